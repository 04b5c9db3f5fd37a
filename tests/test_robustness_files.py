"""Entries that are no sheet, reference tables that are no file, parameters that mean nothing.

Issue 18: a dangling symlink, a folder or FIFO named ``*.csv``, a symlink to ``/dev/zero``,
``X.CSV`` in upper case and a deleted sheet were skipped silently; a symlink to
``/etc/passwd`` was read; ``claimants.csv`` as a folder gave a traceback and as a FIFO hung
the build. Catalogue: ``docs/robustness.md``.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from analysis.claims.build import assemble_claims
from analysis.core import paths
from analysis.core.errors import SheetError
from analysis.ledger.reference import load_reference
from analysis.pipeline import check_report_value
from analysis.publish.config import check_date, check_date_order


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(paths.RAW, folder)
    return folder


def test_entries_named_csv_that_are_no_sheet_are_named_in_the_build_summary(raw):
    claims = raw / "claims"
    (claims / "dangling.csv").symlink_to(claims / "nowhere.csv")
    (claims / "folder.csv").mkdir()
    os.mkfifo(claims / "pipe.csv")
    shutil.copy(claims / "deployments.csv", claims / "UPPER.CSV")
    (claims / "casualties.csv").unlink()  # listed in the manifest, now deleted
    rows, summary = assemble_claims(claims)  # returns: the FIFO is never opened
    notes = "\n".join(summary.lines())
    assert "dangling.csv: a dangling symbolic link" in notes
    assert "folder.csv: a folder, not a file" in notes
    assert "pipe.csv: not a regular file" in notes
    assert "casualties.csv: listed in" in notes and "but missing (deleted?)" in notes
    assert "UPPER.CSV" in summary.rows_in  # read as a sheet, like x.csv
    assert set(rows["sheet"]) == {"deployments.csv", "UPPER.CSV"}


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero"])
def test_a_symlink_leaving_the_project_is_refused_without_reading_it(raw, target):
    (raw / "claims" / "outside.csv").symlink_to(target)
    with pytest.raises(SheetError) as caught:
        assert_claims = assemble_claims(raw / "claims")
        del assert_claims
    message = str(caught.value)
    assert "outside.csv" in message and "leaves the project" in message
    assert "root:" not in message


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_claimants_csv_that_is_no_file_stops_with_one_line(raw, kind):
    (raw / "claimants.csv").unlink()
    if kind == "folder":
        (raw / "claimants.csv").mkdir()
    else:
        os.mkfifo(raw / "claimants.csv")
    with pytest.raises(SheetError) as caught:
        load_reference(raw)
    assert "claimants.csv" in str(caught.value) and "\n" not in str(caught.value)
    assert ("a folder, not a file" if kind == "folder" else "a pipe") in str(caught.value)


@pytest.mark.parametrize(("name", "value", "words"), [
    ("as_of", "1900-01-01", "outside the valid range 2000-01-01 to 2099-12-31"),
    ("start", "2100-01-01", "outside the valid range"),
    ("rolling", 10 ** 23, "outside the valid range 1 to 366"),
    ("rolling", 0, "outside the valid range 1 to 366"),
])
def test_parameters_that_mean_nothing_are_refused_naming_the_range(name, value, words):
    assert words in (check_report_value(name, value) or "")


def test_start_after_end_is_refused():
    assert "start '2025-06-01' is after end '2025-01-01'" in check_date_order(
        {"start": "2025-06-01", "end": "2025-01-01"})
    assert check_date_order({"start": "2025-01-01", "end": "2025-06-01"}) is None
    assert check_date("as_of", date(2024, 1, 1).isoformat()) is None
    assert check_report_value("rolling", 7) is None
