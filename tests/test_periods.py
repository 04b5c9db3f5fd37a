"""Tests for analysis.periods: the case tables and the vectorised helpers.

Every expected value is written by hand in tests/cases/*.csv or below; a journalist
can add a case to the CSV without touching Python.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis.ledger.dates import (
    published_from_url,
    resolve_published,
    resolve_published_frame,
)
from analysis.periods import (
    PRECISIONS,
    STATUSES,
    Period,
    explain_period,
    parse_period,
    parse_periods,
)

CASES = Path(__file__).parent / "cases"


def _d(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


def _rows(name: str) -> list[dict]:
    with open(CASES / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


PERIOD_CASES = _rows("periods.csv")
URL_CASES = _rows("published_from_url.csv")


def _case_id(row: dict) -> str:
    phrase = row["phrase"].strip() or f"<blank x{len(row['phrase'])}>"
    return f"{row['lang'] or '??'}:{phrase}@{row['published'] or 'none'}"


def test_case_table_is_well_formed():
    assert len(PERIOD_CASES) > 300
    for row in PERIOD_CASES:
        assert row["precision"] in PRECISIONS, row
        assert row["status"] in STATUSES, row
    ids = [_case_id(r) for r in PERIOD_CASES]
    assert len(ids) == len(set(ids)), "duplicate cases"


@pytest.mark.parametrize("row", PERIOD_CASES, ids=_case_id)
def test_period_case(row):
    period, rule = explain_period(row["phrase"], row["published"] or None, row["lang"] or None)
    expected = Period(_d(row["start"]), _d(row["end"]), row["precision"], row["status"])
    assert period == expected
    if row["rule"]:
        assert rule == row["rule"]


@pytest.mark.parametrize("row", URL_CASES, ids=lambda r: r["note"] or r["url"][:60])
def test_published_from_url_case(row):
    assert published_from_url(row["url"]) == _d(row["expected"])


def test_parse_period_is_a_namedtuple_with_the_issue_fields():
    p = parse_period("since October", date(2024, 12, 19))
    assert p._fields == ("start", "end", "precision", "status")
    assert p == (date(2024, 10, 1), date(2024, 12, 19), "span", "ok")


def test_published_accepts_date_string_timestamp_and_missing():
    expected = Period(date(2025, 3, 11), date(2025, 3, 11), "day", "ok")
    assert parse_period("yesterday", date(2025, 3, 12)) == expected
    assert parse_period("yesterday", "2025-03-12") == expected
    assert parse_period("yesterday", pd.Timestamp("2025-03-12 15:00")) == expected
    missing = Period(None, None, "day", "unresolved")
    assert parse_period("yesterday", "") == missing
    assert parse_period("yesterday", None) == missing
    assert parse_period("yesterday", float("nan")) == missing
    assert parse_period("yesterday", "not a date") == missing
    assert parse_period("yesterday", pd.NaT) == missing


def test_non_string_text_is_unparsed():
    assert parse_period(None) == Period(None, None, "none", "unparsed")  # type: ignore[arg-type]
    assert parse_period(float("nan")) == Period(None, None, "none", "unparsed")  # type: ignore[arg-type]


def test_parse_periods_broadcasts_per_row_published_and_lang():
    texts = pd.Series(
        ["last week", "last week", "先週", "", "in 2024", "last week"], index=list("abcdef")
    )
    published = ["2025-03-12", "2024-10-18", "2025-03-12", "2025-03-12", None, None]
    langs = ["en", "en", "ja", "en", "en", "en"]
    out = parse_periods(texts, published, langs)
    assert list(out.index) == list("abcdef")
    assert list(out.columns) == ["start", "end", "precision", "status", "rule"]
    assert out.loc["a", "start"] == pd.Timestamp("2025-03-03")
    assert out.loc["a", "end"] == pd.Timestamp("2025-03-09")
    assert out.loc["b", "start"] == pd.Timestamp("2024-10-07")
    assert out.loc["b", "end"] == pd.Timestamp("2024-10-13")
    assert out.loc["c", "start"] == pd.Timestamp("2025-03-03")
    assert out.loc["d", "status"] == "unparsed"
    assert out.loc["d", "precision"] == "none"
    assert out.loc["e", "end"] == pd.Timestamp("2024-12-31")
    assert out.loc["f", "status"] == "unresolved"
    assert pd.isna(out.loc["f", "start"])
    assert list(out["precision"]) == ["week", "week", "week", "none", "year", "week"]


def test_parse_periods_scalar_published_and_list_input():
    out = parse_periods(["yesterday", "today", None], published="2025-03-12")
    assert list(out.index) == [0, 1, 2]
    assert list(out["start"].dt.strftime("%Y-%m-%d")[:2]) == ["2025-03-11", "2025-03-12"]
    assert out.loc[2, "status"] == "unparsed"


def test_parse_periods_matches_parse_period_row_by_row():
    texts = [r["phrase"] for r in PERIOD_CASES[:80]]
    pubs = [r["published"] or None for r in PERIOD_CASES[:80]]
    langs = [r["lang"] or None for r in PERIOD_CASES[:80]]
    out = parse_periods(texts, pubs, langs)
    for i, (t, p, lg) in enumerate(zip(texts, pubs, langs, strict=True)):
        single = parse_period(t, p, lg)
        row = out.iloc[i]
        assert row["precision"] == single.precision
        assert row["status"] == single.status
        got_start = None if pd.isna(row["start"]) else row["start"].date()
        assert got_start == single.start


def test_parse_periods_rejects_misaligned_published():
    with pytest.raises(ValueError):
        parse_periods(["a", "b"], published=["2025-01-01"])


def test_resolve_published_page_url_none_and_conflict():
    url = "https://www.pravda.com.ua/eng/news/2024/12/19/7489788/"
    assert resolve_published("2024-12-19", url) == (date(2024, 12, 19), "page", None)
    assert resolve_published("", url) == (date(2024, 12, 19), "url", None)
    assert resolve_published(None, "https://instapundit.com/678503/") == (None, "none", None)
    day, source, msg = resolve_published("2024-12-20", url)
    assert (day, source) == (date(2024, 12, 20), "page")
    assert msg == "page date 2024-12-20 but URL says 2024-12-19"


def test_resolve_published_reports_a_broken_page_date():
    url = "https://www.pravda.com.ua/eng/news/2024/12/19/7489788/"
    assert resolve_published("2024-13-45", url) == (
        date(2024, 12, 19),
        "url",
        "page date '2024-13-45' is not a date",
    )


def test_resolve_published_month_only_url_is_checked_but_not_used():
    url = "https://www.nknews.org/2025/06/kim-jong-un-to-send-6k-military-workers/"
    assert resolve_published("2025-06-17", url) == (date(2025, 6, 17), "page", None)
    assert resolve_published("", url) == (None, "none", None)
    _, _, msg = resolve_published("2025-07-01", url)
    assert msg == "page date 2025-07-01 but URL says 2025-06"


def test_resolve_published_frame():
    df = pd.DataFrame(
        {
            "published": ["2024-12-19", "", "", "2024-12-18"],
            "url": [
                "https://x.org/2024/12/19/a",
                "https://x.org/2024/12/19/a",
                "https://x.org/a",
                "https://x.org/2024/12/19/a",
            ],
        },
        index=[10, 11, 12, 13],
    )
    out = resolve_published_frame(df)
    assert list(out.index) == [10, 11, 12, 13]
    assert list(out["published_source"]) == ["page", "url", "none", "page"]
    assert out.loc[11, "published"] == pd.Timestamp("2024-12-19")
    assert pd.isna(out.loc[12, "published"])
    assert out.loc[13, "published"] == pd.Timestamp("2024-12-18")
    assert out.loc[13, "published_conflict"] == "page date 2024-12-18 but URL says 2024-12-19"
    assert out.loc[10, "published_conflict"] is None


def test_module_is_pure():
    import ast

    package = Path(__file__).parents[1] / "src" / "analysis" / "periods"
    text = "".join(src.read_text(encoding="utf-8") for src in sorted(package.rglob("*.py")))
    imported = set()
    for src in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(src.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
    project = {m for m in imported if m.startswith("analysis")}
    assert {m.split(".")[1] for m in project} <= {"periods", "lang", "text"}
    assert imported - project <= {"__future__", "calendar", "re", "collections.abc", "datetime"} | {
        "functools",
        "typing",
        "numpy",
        "pandas",
        "dataclasses",
    }
    for clock in (
        "date.today(",
        "datetime.now(",
        "datetime.today(",
        "time.time(",
        "Timestamp.now(",
    ):
        assert clock not in text


def test_language_tables_have_no_duplicate_keys():
    # a repeated key in a dict literal silently drops the first list of words
    import ast

    for src in sorted((Path(__file__).parents[1] / "src" / "analysis" / "lang").glob("*.py")):
        for node in ast.walk(ast.parse(src.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), f"duplicate key near line {node.lineno}"


def test_language_tables_have_twelve_months_and_seven_weekdays():
    from analysis.lang import PERIOD_TABLES as LANGUAGES

    for code, table in LANGUAGES.items():
        assert len(table["months"]) == 12, code
        assert len(table["weekdays"]) == 7, code


@pytest.mark.parametrize("text", ["1週1/0001:1:1", "SINCE2002", "31/02", "9999-99-99", "Q5", "~~~"])
def test_fuzz_findings_do_not_raise(text):
    # strings hypothesis once broke the parser with; the contract is "never raises"
    for pub in (None, date(2001, 1, 1)):
        p = parse_period(text, pub)
        assert p.status in STATUSES and p.precision in PRECISIONS
