import csv
from datetime import date

import pandas as pd
import pytest

from analysis.claims.build import assemble_claims
from analysis.core import paths
from analysis.ledger.validation import validate_rows

TODAY = date(2026, 11, 27)
CASES = list(csv.DictReader(open(paths.ROOT / "tests" / "cases" / "validation.csv",
                                 encoding="utf-8")))


def good_row(**changes):
    row = {"sheet": "s.csv", "line": 2, "id": "x1", "published": "2025-01-02",
           "outlet": "Outlet", "url": "https://example.org/a", "language": "en",
           "attributed_to": "Zelensky", "subject": "North Korean soldiers", "metric": "killed",
           "figure_text": "about 300", "period_text": "", "location_text": "", "note": ""}
    row.update(changes)
    return row


@pytest.mark.parametrize("case", CASES, ids=[f"{c['column']}={c['value']!r}" for c in CASES])
def test_each_cell_is_cleaned_or_quarantined_with_a_reason(case):
    rows = pd.DataFrame([good_row(**{case["column"]: case["value"]})])
    valid, quarantined = validate_rows(rows, today=TODAY)
    assert len(valid) + len(quarantined) == 1
    if case["reason"]:
        assert len(quarantined) == 1
        got = quarantined.iloc[0]
        assert got["column"] == case["column"]
        assert case["reason"] in got["reason"]
        assert (got["sheet"], got["line"]) == ("s.csv", 2)
    else:
        assert len(valid) == 1, quarantined.to_dict("records")
        assert valid.iloc[0][case["column"]] == case["cleaned"]


def test_duplicate_ids_quarantine_every_repeat_and_name_the_first():
    rows = pd.DataFrame([good_row(id="a", line=2), good_row(id="b", line=3),
                         good_row(id="a", line=4, sheet="t.csv"), good_row(id="a", line=5)])
    valid, quarantined = validate_rows(rows, today=TODAY)
    assert valid["line"].tolist() == [2, 3]
    assert quarantined["line"].tolist() == [4, 5]
    assert quarantined["reason"].tolist() == [
        "id: id 'a' is already used at s.csv line 2"] * 2


def test_several_problems_in_one_row_are_all_listed_once():
    rows = pd.DataFrame([good_row(language="xx", metric="dead", url="")])
    _, quarantined = validate_rows(rows, today=TODAY)
    assert len(quarantined) == 1
    assert quarantined.iloc[0]["column"] == "url | language | metric"


def test_the_real_ledger_passes_validation():
    claims, _ = assemble_claims()
    valid, quarantined = validate_rows(claims, today=TODAY)
    assert quarantined.empty, quarantined[["sheet", "line", "reason"]].to_string()
    assert len(valid) == 334
