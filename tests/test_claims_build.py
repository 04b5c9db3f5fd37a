"""The claims stage end to end on the real ledger, and on broken copies of it."""

import csv
import os
import subprocess
import sys
from datetime import date

import frictionless
import pandas as pd
import pytest

from analysis.claims.build import (
    BuildSummary,
    build_claims,
    read_claim_groups,
    read_claims,
    validate_reconciliation,
)
from analysis.core import paths
from analysis.core.errors import ReconciliationError
from analysis.core.tables import read_csv_table
from analysis.pipeline import write_data_package

TODAY = date(2026, 11, 27)
HEADER = ("id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
          "period_text,location_text,note")


def raw_records():
    """Every raw record as (sheet, id, figure_text), read with the csv module alone."""
    records = []
    for path in sorted(paths.RAW_CLAIMS.glob("*.csv")):
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                records.append((path.name, row["id"], row["figure_text"]))
    return records


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    summary = build_claims(processed_dir=out, today=TODAY)
    write_data_package(out)
    return out, summary


def test_every_raw_row_is_processed_and_the_summary_says_so(built):
    out, summary = built
    claims = read_claims(out / "claims.csv")
    assert summary.rows_in == {"casualties.csv": 183, "deployments.csv": 151}
    assert summary.rows_out == len(claims) == 334
    assert summary.quarantined == 0
    got = list(zip(claims["sheet"], claims["id"], claims["figure_text"], strict=True))
    assert sorted(got) == sorted(raw_records())
    assert summary.lines()[-1] == "reconciled: 334 raw rows = 334 processed + 0 quarantined"
    assert "read casualties.csv: 183 rows (utf-8, comma-separated)" in summary.lines()


def test_cleaned_columns_on_known_rows(built):
    out, _ = built
    claims = read_claims(out / "claims.csv").set_index("id")
    d002 = claims.loc["d002"]  # KBS: "some 15-hundred" North Korean special forces
    assert (d002.low, d002.best, d002.high, d002.qualifier) == (1500, 1500, 1500, "approx")
    assert d002.claimant == "South Korea National Intelligence Service (NIS)"
    assert (d002.line, d002.sheet, d002.published_source) == (3, "deployments.csv", "page")
    c004 = claims.loc["c004"]  # "more than 200" wounded
    assert (c004.low, c004.best, c004.qualifier) == (200, 200, "at_least")
    assert pd.isna(c004.high)
    assert claims.loc["c001", "figure_text"] == "mintegy ötszáz"
    assert claims.loc["d003", "claimant"] == "Volodymyr Zelensky (President of Ukraine)"


def test_claim_groups_on_statements_checked_by_hand(built):
    out, _ = built
    claims = read_claims(out / "claims.csv").set_index("id")
    group = claims["claim_group"]
    # NIS, 18 October 2024: the first 1,500 special forces, in English, German and French.
    assert group["d001"] == group["d002"] == group["d024"] == group["d077"] == "grp-d001"
    # NIS, 23 October: another 1,500 is a second statement, not the first one again.
    assert group["d006"] == group["d004"] == group["d058"] != group["d001"]
    # Special Operations Forces, one article: 50 killed and another 47 wounded are two.
    assert group["c002"] != group["c003"]
    # Zelensky, 23 December 2024: "more than 3,000" killed or wounded, in 8 languages;
    # The Insider-style "killed" reports of it are the same statement, flagged.
    assert group["c017"] == group["c019"] == group["c100"] == group["c181"]
    assert claims.loc["c181", "metric_flag"].startswith("reported as killed; the claimant's "
                                                        "statement is killed_or_wounded")
    assert claims.loc["c017", "metric_flag"] == ""
    groups = read_claim_groups(out / "claim_groups.csv").set_index("claim_group")
    zelensky = groups.loc[group["c017"]]
    assert (zelensky.metric, zelensky.low, zelensky.best) == ("killed_or_wounded", 3000, 3000)
    assert pd.isna(zelensky.high)
    assert zelensky.disagreement and "metric: killed, killed_or_wounded" in (
        zelensky.disagreement_reason)
    assert zelensky.rows == (claims["claim_group"] == group["c017"]).sum()


def test_every_row_has_a_group_and_a_reason(built):
    out, _ = built
    claims = read_claims(out / "claims.csv")
    groups = read_claim_groups(out / "claim_groups.csv")
    assert (claims["group_reason"] != "").all()
    assert set(claims["claim_group"]) == set(groups["claim_group"])
    assert groups["rows"].sum() == len(claims)
    assert (claims.set_index("id").loc[groups["first_id"], "claim_group"].to_numpy()
            == groups["claim_group"].to_numpy()).all()


def test_review_queue_lists_unparsed_figures_and_drift(built):
    out, _ = built
    claims = read_claims(out / "claims.csv")
    queue = read_csv_table(out / "review_queue.csv", integers=("line",))
    unparsed = queue[queue["kind"] == "unparsed_figure"]
    assert set(unparsed["id"]) == set(claims.loc[claims["figure_status"] != "ok", "id"])
    assert "c181" in set(queue.loc[queue["kind"] == "metric_drift", "id"])
    assert queue["kind"].is_monotonic_increasing is False or len(queue) > 0


def test_the_data_package_validates_with_frictionless(built):
    out, _ = built
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = [t.name for t in report.tasks]
    assert names == ["claims", "claim_groups", "quarantine", "review_queue"]


def test_the_committed_data_package_describes_every_processed_table():
    report = frictionless.validate(str(paths.PROCESSED / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    described = {t.name + ".csv" for t in report.tasks}
    on_disk = {p.name for p in paths.PROCESSED.glob("*.csv")}
    assert described == on_disk


def test_the_committed_tables_are_what_the_build_produces(built):
    out, _ = built
    for name in ("claims.csv", "claim_groups.csv", "quarantine.csv", "review_queue.csv"):
        assert (out / name).read_bytes() == (paths.PROCESSED / name).read_bytes(), (
            f"data/processed/{name} is stale: run `make data` and commit it")


def test_builds_are_byte_identical(built, tmp_path):
    out, _ = built
    build_claims(processed_dir=tmp_path, today=TODAY)
    write_data_package(tmp_path)
    for name in ("claims.csv", "claim_groups.csv", "review_queue.csv", "datapackage.json"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_bad_rows_are_quarantined_and_counts_reconcile(raw_claims_copy, tmp_path):
    (raw_claims_copy / "extra.csv").write_text(
        HEADER + "\n"
        "e001,2025-01-02,Outlet,https://example.org/x,de,Selenskyj,Soldaten,killed,über 3.000,,,\n"
        "d001,2025-01-02,Outlet,https://example.org/y,de,NIS,Soldaten,killed,3.000,,,\n"
        "e003,2025-02-30,Outlet,https://example.org/z,xx,NIS,Soldaten,dead,3.000,,,\n"
        "e004,,Outlet,https://example.org/w,en,NIS\n",
        encoding="utf-8")
    summary = build_claims(raw_claims_copy, tmp_path, today=TODAY)
    assert summary.rows_in["extra.csv"] == 4
    assert (summary.rows_out, summary.quarantined) == (335, 3)
    quarantine = read_csv_table(tmp_path / "quarantine.csv", integers=("line",))
    assert quarantine[["sheet", "line", "id", "column"]].values.tolist() == [
        ["extra.csv", 3, "d001", "id"],
        ["extra.csv", 4, "e003", "published | language | metric"],
        ["extra.csv", 5, "", ""],
    ]
    assert quarantine["reason"].tolist()[0] == (
        "id: id 'd001' is already used at deployments.csv line 2")
    assert "this record has 6 fields but the header has 12" in quarantine["reason"].iloc[2]
    claims = read_claims(tmp_path / "claims.csv").set_index("id")
    assert claims.loc["e001", "claimant"] == "Volodymyr Zelensky (President of Ukraine)"


def test_a_failed_reconciliation_leaves_the_last_good_tables(tmp_path, monkeypatch):
    import analysis.claims.build as claims_module

    build_claims(processed_dir=tmp_path, today=TODAY)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def lose_a_row(summary, written, quarantine):
        raise ReconciliationError("334 raw rows but 333 processed + 0 quarantined = 333")

    monkeypatch.setattr(claims_module, "validate_reconciliation", lose_a_row)
    with pytest.raises(ReconciliationError):
        build_claims(processed_dir=tmp_path, today=TODAY)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_reconciliation_catches_lost_and_doubled_rows():
    summary = BuildSummary(rows_in={"a.csv": 2, "b.csv": 1})
    written = pd.DataFrame({"sheet": ["a.csv", "b.csv"], "line": [2, 2]})
    quarantine = pd.DataFrame({"sheet": ["a.csv"], "line": [3]})
    validate_reconciliation(summary, written, quarantine)
    with pytest.raises(ReconciliationError, match="3 raw rows but 2 processed \\+ 0"):
        validate_reconciliation(summary, written, quarantine.iloc[:0])
    moved = pd.DataFrame({"sheet": ["b.csv"], "line": [3]})
    with pytest.raises(ReconciliationError) as caught:
        validate_reconciliation(summary, written, moved)
    assert caught.value.file == "a.csv"
    doubled = pd.DataFrame({"sheet": ["a.csv"], "line": [2]})
    summary = BuildSummary(rows_in={"a.csv": 2, "b.csv": 1})
    with pytest.raises(ReconciliationError, match="both processed and quarantined"):
        validate_reconciliation(summary, written, doubled)


def test_overrides_merge_and_split_groups_and_are_listed(tmp_path):
    overrides = tmp_path / "claim_overrides.csv"
    overrides.write_text("action,ids,note\n"
                         "merge,d001 d006,one NIS briefing\n"
                         "split,c181,The Insider's own reading\n", encoding="utf-8")
    summary = build_claims(processed_dir=tmp_path, overrides_csv=overrides, today=TODAY)
    claims = read_claims(tmp_path / "claims.csv").set_index("id")
    assert claims.loc["d004", "claim_group"] == claims.loc["d002", "claim_group"] == "grp-d001"
    assert claims.loc["d004", "group_reason"] == "merged by hand into grp-d001 (one NIS briefing)"
    assert claims.loc["c181", "claim_group"] == "grp-c181-split"
    assert summary.overrides == [
        "merge d001 d006 → grp-d001 (one NIS briefing): 5 rows moved",
        "split c181 → grp-c181-split (The Insider's own reading): 1 row moved",
    ]


def run_cli(root, *args):
    from analysis.external.registry import default_mirror

    env = {**os.environ, "ANALYSIS_ROOT": str(root),
           "ANALYSIS_DATA_MIRROR": str(default_mirror())}
    return subprocess.run([sys.executable, "-m", "analysis", *args], env=env,
                          capture_output=True, text=True)


def test_cli_build_prints_the_audit_trail(project_copy):
    fetched = run_cli(project_copy, "fetch")
    assert fetched.returncode == 0, fetched.stderr
    done = run_cli(project_copy, "build")
    assert done.returncode == 0, done.stderr
    assert "build: claims: read casualties.csv: 183 rows (utf-8, comma-separated)" in done.stdout
    assert "build: claims: reconciled: 334 raw rows = 334 processed + 0 quarantined" in done.stdout
    assert (project_copy / "data" / "processed" / "claims.csv").is_file()
    assert "build: wrote data/processed/datapackage.json (11 tables)" in done.stdout
    for name in ("claims.csv", "claim_groups.csv", "general_staff_daily.csv", "oryx_losses.csv",
                 "datapackage.json"):
        built = (project_copy / "data" / "processed" / name).read_bytes()
        assert built == (paths.PROCESSED / name).read_bytes(), f"data/processed/{name} is stale"


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
