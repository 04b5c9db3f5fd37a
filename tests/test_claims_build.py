import csv
import os
import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths
from analysis.claims import (
    BuildSummary,
    assemble_claims,
    build_claims,
    read_claims,
    validate_reconciliation,
)
from analysis.errors import ReconciliationError


def raw_records():
    """Every raw record as (sheet, id, figure_text), read with the csv module alone."""
    records = []
    for path in sorted(paths.RAW_CLAIMS.glob("*.csv")):
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                records.append((path.name, row["id"], row["figure_text"]))
    return records


def test_build_writes_one_row_per_raw_row(tmp_path):
    summary = build_claims(processed_dir=tmp_path)
    written = read_claims(tmp_path / "claims.csv")
    assert summary.rows_in == {"casualties.csv": 183, "deployments.csv": 151}
    assert summary.rows_out == len(written) == 334
    got = list(zip(written["sheet"], written["id"], written["figure_text"], strict=True))
    assert sorted(got) == sorted(raw_records())
    assert list(written.columns[:3]) == ["id", "sheet", "line"]
    assert summary.lines()[-1] == "reconciled: 334 raw rows = 334 processed rows"


def test_cells_are_kept_exactly_as_written(tmp_path):
    build_claims(processed_dir=tmp_path)
    written = read_claims(tmp_path / "claims.csv").set_index("id")
    assert written.loc["d002", "figure_text"] == "some 15-hundred"
    assert written.loc["d001", "figure_text"] == "1,500"
    assert written.loc["c001", "location_text"] == "a délnyugat-oroszországi kurszki terület"
    assert written.loc["d001", "line"] == 2
    assert written.loc["d004", "published"] == ""


def test_the_committed_claims_table_is_what_the_build_produces(tmp_path):
    build_claims(processed_dir=tmp_path)
    assert (tmp_path / "claims.csv").read_bytes() == paths.CLAIMS_CSV.read_bytes(), (
        "data/processed/claims.csv is stale: run `make data` and commit it")


def test_builds_are_byte_identical(tmp_path):
    build_claims(processed_dir=tmp_path / "a")
    build_claims(processed_dir=tmp_path / "b")
    first, second = (tmp_path / d / "claims.csv" for d in ("a", "b"))
    assert first.read_bytes() == second.read_bytes()


def test_a_new_sheet_is_built_without_code_changes(raw_claims_copy, tmp_path):
    (raw_claims_copy / "extra.csv").write_text(
        "id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
        "period_text,location_text,note\n"
        "e001,2025-01-02,Outlet,https://example.org/x,de,Someone,Soldaten,killed,über 3.000,,,\n",
        encoding="utf-8")
    summary = build_claims(raw_claims_copy, tmp_path)
    assert summary.rows_in["extra.csv"] == 1
    assert summary.rows_out == 335


def test_reconciliation_catches_a_lost_row():
    claims, summary = assemble_claims()
    validate_reconciliation(summary, claims)
    with pytest.raises(ReconciliationError, match="334 raw rows but 333 processed rows"):
        validate_reconciliation(summary, claims.iloc[1:])


def test_reconciliation_catches_a_row_moved_between_sheets():
    summary = BuildSummary(rows_in={"a.csv": 2, "b.csv": 1})
    moved = pd.DataFrame({"sheet": ["a.csv", "b.csv", "b.csv"]})
    with pytest.raises(ReconciliationError) as caught:
        validate_reconciliation(summary, moved)
    assert caught.value.file == "a.csv"


def run_cli(root, *args):
    env = {**os.environ, "ANALYSIS_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "analysis", *args], env=env,
                          capture_output=True, text=True)


def test_cli_build_prints_the_audit_trail(project_copy):
    done = run_cli(project_copy, "build")
    assert done.returncode == 0, done.stderr
    assert "build: read casualties.csv: 183 rows (utf-8)" in done.stdout
    assert "build: reconciled: 334 raw rows = 334 processed rows" in done.stdout
    assert (project_copy / "data" / "processed" / "claims.csv").is_file()


def test_cli_build_stops_on_a_broken_sheet_with_one_clear_line(project_copy):
    broken = project_copy / "data" / "raw" / "claims" / "broken.csv"
    broken.write_text("id,outlet,url\nx1,O,https://e.org\n", encoding="utf-8")
    done = run_cli(project_copy, "build")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "analysis build: error: data/raw/claims/broken.csv:1, column 'published': "
        "required column missing (the header has: id, outlet, url)")
    assert "broken.csv: not in the manifest (new file)" in done.stderr
    assert not (project_copy / "data" / "processed" / "claims.csv").exists()
