"""Tests for analysis.figures: the codebook cases in tests/cases/figures.csv and the API."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.figures import Figure, explain_figure, parse_figure, parse_figures

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "figures.csv"
LEDGER = [ROOT / "data" / "raw" / "claims" / f"{n}.csv" for n in ("deployments", "casualties")]


def _load_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


CASE_ROWS = _load_cases()


def _num(cell: str) -> float:
    return float(cell) if cell.strip() else math.nan


def _same(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _case_id(row: dict[str, str]) -> str:
    return f"{row['lang'] or 'auto'}-r{row['rule']}-{row['phrase']}"


@pytest.mark.parametrize("row", CASE_ROWS, ids=[_case_id(r) for r in CASE_ROWS])
def test_codebook_case(row: dict[str, str]) -> None:
    got = parse_figure(row["phrase"], row["lang"] or None)
    want = Figure(
        _num(row["low"]),
        _num(row["best"]),
        _num(row["high"]),
        row["unit"],
        row["qualifier"],
        row["relation"],
        row["status"],
    )
    assert (got.status, got.qualifier, got.unit) == (want.status, want.qualifier, want.unit)
    if want.status == "ok":
        assert got.relation == want.relation
    for field in ("low", "best", "high"):
        assert _same(getattr(got, field), getattr(want, field)), (field, got, want)


LISTED = ("en", "de", "es", "fr", "it", "pt", "ru", "uk")


@pytest.mark.parametrize("rule", [str(k) for k in range(1, 14)])
def test_case_table_covers_rule_in_every_listed_language(rule: str) -> None:
    langs = {r["lang"] for r in CASE_ROWS if r["rule"] == rule}
    missing = [lang for lang in LISTED if lang not in langs]
    assert not missing, f"rule {rule} has no case in {missing}"


def test_case_table_is_well_formed() -> None:
    assert len(CASE_ROWS) >= 400
    for row in CASE_ROWS:
        assert row["status"] in ("ok", "unparsed")
        assert row["qualifier"] in (
            "exact",
            "approx",
            "at_least",
            "at_most",
            "nearly",
            "range",
            "vague",
            "none",
        )
        if row["status"] == "unparsed":
            assert row["qualifier"] == "none" and not (row["low"] or row["best"] or row["high"])


# --- the API --------------------------------------------------------------------------


def test_figure_fields() -> None:
    assert Figure._fields == ("low", "best", "high", "unit", "qualifier", "relation", "status")


def test_parse_figure_returns_plain_floats() -> None:
    f = parse_figure("about 3,000", "en")
    assert isinstance(f, Figure)
    assert type(f.low) is float and f.low == 3000.0


def test_unparsed_has_nan_numbers_and_qualifier_none() -> None:
    f = parse_figure("two-thirds", "en")
    assert f.status == "unparsed" and f.qualifier == "none"
    assert math.isnan(f.low) and math.isnan(f.best) and math.isnan(f.high)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("two-thirds", "fraction or ratio"),
        ("100 per day", "rate or per-unit figure"),
        ("up to a battalion", "unit size, not a count"),
        ("12,000 troops and 500 officers", "several quantities (sum, list or ratio)"),
        ("a significant number", "vague word without a magnitude"),
        ("captured North Korean soldiers", "no number"),
        ("3 to 1", "not an increasing range (ratio, score or two figures)"),
        ("about 3,000", ""),
    ],
)
def test_explain_figure(text: str, reason: str) -> None:
    assert explain_figure(text, "en") == reason


def test_non_string_input_is_unparsed() -> None:
    assert parse_figure(None).status == "unparsed"
    assert parse_figure("").status == "unparsed"


def test_template_reuse_keeps_the_new_number() -> None:
    # the second phrase shares the template of the first; its own value must come out
    assert parse_figure("about 3,000 soldiers", "en").best == 3000.0
    f = parse_figure("about 4,250 soldiers", "en")
    assert (f.low, f.best, f.high, f.qualifier) == (4250.0, 4250.0, 4250.0, "approx")
    g = parse_figure("3,8 тис.", "uk")
    h = parse_figure("4,1 тис.", "uk")
    assert (g.best, h.best) == (3800.0, 4100.0)
    # a year-like number never takes the template path
    assert parse_figure("about 2024 soldiers", "en").best == 2024.0


def test_parse_figures_matches_parse_figure_and_keeps_index() -> None:
    texts = pd.Series(
        ["more than 3,000", "über 3.000", "1만여 명", None, "two-thirds", "more than 3,000"],
        index=[10, 11, 12, 13, 14, 15],
    )
    langs = pd.Series(["en", "de", "ko", "en", "en", "de"], index=texts.index)
    out = parse_figures(texts, langs)
    assert list(out.index) == [10, 11, 12, 13, 14, 15]
    assert list(out.columns) == ["low", "best", "high", "unit", "qualifier", "relation", "status"]
    assert out["low"].dtype == np.float64
    assert list(out["status"]) == ["ok", "ok", "ok", "unparsed", "unparsed", "ok"]
    assert list(out["qualifier"]) == [
        "at_least",
        "at_least",
        "at_least",
        "none",
        "none",
        "at_least",
    ]
    assert list(out["best"].iloc[[0, 1, 2]]) == [3000.0, 3000.0, 10000.0]
    assert math.isnan(out["high"].iloc[0])


def test_parse_figures_language_forms() -> None:
    texts = pd.Series(["около 300", "3,8 тис.", "hundreds"])
    by_str = parse_figures(texts, "ru")
    by_none = parse_figures(texts)
    assert list(by_str["best"]) == [300.0, 3800.0, 100.0]
    assert list(by_none["best"]) == [300.0, 3800.0, 100.0]
    assert list(by_none["qualifier"]) == ["approx", "exact", "vague"]


def test_parse_figures_empty() -> None:
    out = parse_figures(pd.Series([], dtype=object))
    assert len(out) == 0 and list(out.columns)[:3] == ["low", "best", "high"]


def test_parse_figures_broadcasts_repetition() -> None:
    texts = pd.Series(["about 300", "over 3,000"] * 5000)
    out = parse_figures(texts, "en")
    assert len(out) == 10000
    assert (out["best"].to_numpy()[::2] == 300.0).all()
    assert out["high"].isna().sum() == 5000


# --- the ledger ------------------------------------------------------------------------

# Every ledger row that holds no single reported quantity, with the codebook reason.
LEDGER_UNPARSED = {
    "d069": "no number",
    "d074": "unit size, not a count",
    "d117": "rate or per-unit figure",
    "d127": "unit size, not a count",
    "d135": "unit size, not a count",
    "c027": "no number",
    "c028": "no number",
    "c034": "unit size, not a count",
    "c047": "no number",
    "c049": "no number",
    "c051": "no number",
    "c053": "fraction or ratio",
    "c059": "fraction or ratio",
    "c110": "no number",
    "c128": "no number",
    "c132": "no number",
    "c141": "fraction or ratio",
    "c142": "fraction or ratio",
    "c160": "no number",
    "c162": "fraction or ratio",
    "c165": "fraction or ratio",
    "c170": "unit size, not a count",
    "c182": "no number",
    "c183": "no number",
}


@pytest.mark.skipif(not all(p.exists() for p in LEDGER), reason="ledger not present")
def test_ledger_unparsed_rows_are_exactly_the_unreadable_ones() -> None:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in LEDGER]
    ledger = pd.concat(frames, ignore_index=True)
    out = parse_figures(ledger["figure_text"], ledger["language"])
    unparsed = ledger.loc[out["status"] == "unparsed"]
    got = {row.id: explain_figure(row.figure_text, row.language) for row in unparsed.itertuples()}
    assert got == LEDGER_UNPARSED


@pytest.mark.skipif(not all(p.exists() for p in LEDGER), reason="ledger not present")
def test_every_ledger_phrase_has_a_hand_written_case() -> None:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in LEDGER]
    ledger = pd.concat(frames, ignore_index=True)
    cases = {(r["phrase"], r["lang"]) for r in CASE_ROWS}
    missing = [
        (t, lang)
        for t, lang in zip(ledger["figure_text"], ledger["language"], strict=True)
        if (t, lang) not in cases
    ]
    assert not missing


def test_every_case_reads_the_same_without_a_language_hint() -> None:
    failures = []
    for row in CASE_ROWS:
        if row["lang"] in ("", "nl"):  # nl: the case of a language without a table
            continue
        got = parse_figure(row["phrase"])
        want = (_num(row["low"]), _num(row["best"]), _num(row["high"]))
        same = all(_same(a, b) for a, b in zip((got.low, got.best, got.high), want, strict=True))
        if not (same and got.qualifier == row["qualifier"] and got.status == row["status"]):
            failures.append((row["lang"], row["phrase"], got))
    assert not failures


def test_numbers_and_missing_values_in_a_column() -> None:
    out = parse_figures(pd.Series([1500, 2.5, np.nan, True], dtype=object))
    assert list(out["best"].iloc[:2]) == [1500.0, 2.5]
    assert list(out["status"]) == ["ok", "ok", "unparsed", "unparsed"]
    langs = pd.Series(["en", None])
    out = parse_figures(pd.Series(["about 300", pd.NA], dtype="str"), langs)
    assert list(out["status"]) == ["ok", "unparsed"]
