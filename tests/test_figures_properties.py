"""Property tests for analysis.figures (hypothesis, derandomized for reproducible runs)."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import figures
from analysis.figures import (
    QUALIFIERS,
    RELATIONS,
    STATUSES,
    UNITS,
    explain_figure,
    parse_figure,
    parse_figures,
)

SETTINGS = settings(max_examples=250, derandomize=True, deadline=None, database=None)
LANGS = st.sampled_from([None, "en", "de", "es", "fr", "it", "pt", "ru", "uk", "ko", "ja", "xx"])

# Text built from the pieces a figure is made of, so hypothesis reaches the parser's corners.
PIECES = st.sampled_from(
    [
        "about", "more than", "up to", "between", "and", "to", "or", "-", "~", "+", "%",
        "thousand", "hundred", "million", "k", "m", "a", "an", "few", "several", "dozen",
        "tens", "of", "thousands", "another", "per", "day", "half", "third", "1,500", "3.000",
        "2024", "12", "0", "1,5", "3 000", "über", "mehr als", "bis", "около", "тыс.", "до",
        "понад", "тисяч", "약", "만", "천", "여", "명", "이상", "~", "約", "万", "人", "以上",
        "数", "수", "cent", "mil", "zwei", "tausend", "one", "twenty", "in", "October", "th",
        "battalion", "each", "total", "between", "y", "entre", "de", "à", "et", "ещё",
    ]
)  # fmt: skip
PHRASES = st.lists(PIECES, min_size=0, max_size=8).map(" ".join)


def _check(f) -> None:
    assert f.unit in UNITS and f.qualifier in QUALIFIERS
    assert f.relation in RELATIONS and f.status in STATUSES
    values = [v for v in (f.low, f.best, f.high) if not math.isnan(v)]
    assert values == sorted(values), f
    if f.status == "unparsed":
        assert f.qualifier == "none" and not values
    else:
        assert f.qualifier != "none" and not math.isnan(f.best)


@SETTINGS
@given(st.text(max_size=60), LANGS)
def test_any_string_gives_a_figure(text: str, lang: str | None) -> None:
    _check(parse_figure(text, lang))
    assert not explain_figure(text, lang).startswith("parser error")


@SETTINGS
@given(PHRASES, LANGS)
def test_any_figure_like_phrase_gives_an_ordered_figure(text: str, lang: str | None) -> None:
    _check(parse_figure(text, lang))
    assert not explain_figure(text, lang).startswith("parser error")


NUMBERS = st.integers(min_value=1, max_value=50_000_000)


@SETTINGS
@given(NUMBERS)
def test_english_qualifiers_keep_the_number(n: int) -> None:
    text = f"{n:,}"
    exact = parse_figure(text, "en")
    assert (exact.low, exact.best, exact.high, exact.qualifier) == (n, n, n, "exact")
    more = parse_figure(f"more than {text} troops", "en")
    assert (more.low, more.best, more.qualifier) == (n, n, "at_least") and math.isnan(more.high)
    upto = parse_figure(f"up to {text}", "en")
    assert (upto.best, upto.high, upto.qualifier) == (n, n, "at_most") and math.isnan(upto.low)
    about = parse_figure(f"about {text}", "en")
    assert (about.low, about.best, about.high, about.qualifier) == (n, n, n, "approx")


@SETTINGS
@given(NUMBERS)
def test_german_and_french_separators(n: int) -> None:
    de = parse_figure("über " + f"{n:,}".replace(",", "."), "de")
    assert (de.low, de.qualifier) == (n, "at_least")
    fr = parse_figure("environ " + f"{n:,}".replace(",", "\u202f"), "fr")
    assert (fr.best, fr.qualifier) == (n, "approx")


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_korean_compounds_add_up(man: int, rest: int) -> None:
    f = parse_figure(f"약 {man}만 {rest}명" if rest else f"약 {man}만 명", "ko")
    assert (f.best, f.qualifier) == (man * 10_000 + rest, "approx")


@SETTINGS
@given(st.integers(min_value=1000, max_value=10_000_000), st.integers(min_value=1, max_value=10**6))
def test_between_a_and_b_is_a_range(a: int, step: int) -> None:
    b = a + step
    f = parse_figure(f"between {a:,} and {b:,}", "en")
    assert (f.low, f.high, f.qualifier) == (a, b, "range")
    assert f.best == (a + b) / 2


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["about 300", "über 3.000", "1만여 명", "two-thirds", ""]), max_size=30
    )
)
def test_parse_figures_agrees_with_parse_figure(texts: list[str]) -> None:
    s = pd.Series(texts, dtype=object)
    out = parse_figures(s)
    for i, text in enumerate(texts):
        f = parse_figure(text)
        row = out.iloc[i]
        assert row["status"] == f.status and row["qualifier"] == f.qualifier
        for field in ("low", "best", "high"):
            a, b = row[field], getattr(f, field)
            assert (math.isnan(a) and math.isnan(b)) or a == b


AFFIXES = st.sampled_from(
    [
        "", "about ", "more than ", "up to ", "nearly ", "another ", "some ", "between 5 and ",
        "in ", "the ", "über ", "около ", "понад ", "약 ", "約", "~", "总 ", "1 or ", "from ",
    ]
)  # fmt: skip
SUFFIXES = st.sampled_from(
    [
        "", " troops", " thousand", " million", "%", " per day", " battalions", " or two",
        " to 3,000", "명", "만 명", "여 명", "人以上", " тыс.", " тисяч", "-hundred", "k", "th",
        " October", " days", " more", " or more", " dozen", ",", "-", " und zwanzig",
    ]
)  # fmt: skip


@SETTINGS
@given(
    AFFIXES,
    SUFFIXES,
    st.lists(
        st.one_of(st.integers(0, 3_000_000), st.integers(1790, 2110), st.integers(0, 40)),
        min_size=2,
        max_size=4,
    ),
    LANGS,
)
def test_reusing_a_wording_gives_the_same_result_as_a_fresh_parse(
    prefix: str, suffix: str, values: list[int], lang: str | None
) -> None:
    texts = [f"{prefix}{v:,}{suffix}" if v % 2 else f"{prefix}{v}{suffix}" for v in values]
    warm = [parse_figure(t, lang) for t in texts]  # later ones may reuse the wording
    for text, seen in zip(texts, warm, strict=True):
        figures.clear_cache()
        fresh = parse_figure(text, lang)
        assert str(seen) == str(fresh), text
