"""Property tests for analysis.periods (hypothesis, derandomised for reproducible runs)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.periods import PRECISIONS, STATUSES, parse_period, parse_periods

SETTINGS = settings(max_examples=60, derandomize=True, deadline=None)

pubs = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))
langs = st.sampled_from([None, "en", "de", "fr", "es", "ru", "uk", "ko", "ja", "zh", "xx", ""])
WORDS = [
    "since",
    "last",
    "week",
    "between",
    "and",
    "October",
    "3",
    "12",
    "2024",
    "-",
    "~",
    "early",
    "mid",
    "late",
    "end",
    "of",
    "the",
    "year",
    "summer",
    "Q3",
    "in",
    "days",
    "three",
    "ago",
    "by",
    "Monday",
    "先週",
    "지난주",
    "2025년",
    "1월",
    "15일",
    "年",
    "月",
    "日",
    "з",
    "жовтня",
    "на",
    "сьогодні",
    "le",
    "23",
    "décembre",
    "seit",
    "Anfang",
    "31st",
    "19/12/2024",
    "2024-12-19",
    "99",
    "0",
    "Feb",
    "30",
    "first",
    "half",
    "quarter",
]
phrases = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join),
)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


@SETTINGS
@given(text=phrases, pub=st.one_of(st.none(), pubs), lang=langs)
def test_never_raises_and_is_well_formed(text, pub, lang):
    p = parse_period(text, pub, lang)
    assert p.precision in PRECISIONS
    assert p.status in STATUSES
    if p.start is not None and p.end is not None:
        assert p.start <= p.end
    if p.status == "unparsed":
        assert p == (None, None, "none", "unparsed")
    if p.status == "ok" and p.precision != "open":
        assert p.start is not None and p.end is not None
    if p.precision == "open" and p.status == "ok":
        assert (p.start is None) != (p.end is None)


@SETTINGS
@given(text=phrases, lang=langs)
def test_without_published_nothing_relative_is_guessed(text, lang):
    # The same phrase with two different publication dates: whatever resolved
    # without a date must not move with the date.
    p = parse_period(text, None, lang)
    if p.status == "ok":
        assert parse_period(text, date(2030, 6, 15), lang) == p


@SETTINGS
@given(pub=pubs)
def test_relative_days(pub):
    assert parse_period("today", pub) == (pub, pub, "day", "ok")
    y = pub - timedelta(days=1)
    assert parse_period("yesterday", pub) == (y, y, "day", "ok")
    assert parse_period("вчора", pub, "uk") == (y, y, "day", "ok")
    assert parse_period("昨日", pub, "ja") == (y, y, "day", "ok")


LAST_WEEK = [
    ("last week", "en"),
    ("letzte Woche", "de"),
    ("la semaine dernière", "fr"),
    ("la semana pasada", "es"),
    ("на прошлой неделе", "ru"),
    ("минулого тижня", "uk"),
    ("지난주", "ko"),
    ("先週", "ja"),
    ("上周", "zh"),
]


@SETTINGS
@given(pub=pubs, which=st.sampled_from(LAST_WEEK))
def test_last_week_is_the_previous_iso_week_in_every_language(pub, which):
    p = parse_period(which[0], pub, which[1])
    assert p.precision == "week" and p.status == "ok"
    assert p.start.weekday() == 0
    assert p.end - p.start == timedelta(days=6)
    assert p.end + timedelta(days=1) == _monday(pub)


@SETTINGS
@given(pub=pubs)
def test_this_week_month_year_contain_published(pub):
    for phrase, precision in [
        ("this week", "week"),
        ("this month", "month"),
        ("this year", "year"),
    ]:
        p = parse_period(phrase, pub)
        assert p.precision == precision
        assert p.start <= pub <= p.end


@SETTINGS
@given(pub=pubs)
def test_last_month_ends_the_day_before_published_month(pub):
    p = parse_period("last month", pub)
    assert p.end + timedelta(days=1) == pub.replace(day=1)
    assert p.start.day == 1


@SETTINGS
@given(pub=pubs, n=st.integers(min_value=1, max_value=60))
def test_windows_end_on_published(pub, n):
    p = parse_period(f"in the past {n} days", pub)
    assert p == (pub - timedelta(days=n), pub, "span", "ok")


@SETTINGS
@given(pub=pubs, wd=st.integers(min_value=0, max_value=6))
def test_weekday_is_latest_on_or_before_published(pub, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    p = parse_period(f"on {name}", pub)
    assert p.start == p.end
    assert p.start.weekday() == wd
    assert timedelta(0) <= pub - p.start < timedelta(days=7)


@SETTINGS
@given(pub=pubs, month=st.integers(min_value=1, max_value=12), day=st.integers(1, 28))
def test_day_without_year_is_latest_on_or_before(pub, month, day):
    name = date(2001, month, 1).strftime("%B")
    p = parse_period(f"{name} {day}", pub, "en")
    assert p.precision == "day" and p.start == p.end
    assert (p.start.month, p.start.day) == (month, day)
    assert timedelta(0) <= pub - p.start < timedelta(days=366)


@SETTINGS
@given(pub=pubs, month=st.integers(min_value=1, max_value=12))
def test_since_month_runs_to_published(pub, month):
    name = date(2001, month, 1).strftime("%B")
    p = parse_period(f"since {name}", pub, "en")
    assert p.status == "ok" and p.precision == "span"
    assert p.end == pub
    assert p.start.day == 1 and p.start.month == month
    assert p.start <= pub < p.start + timedelta(days=366)


@SETTINGS
@given(pub=pubs)
def test_open_phrases_end_on_published(pub):
    for phrase, lang in [
        ("so far", "en"),
        ("На сьогодні", "uk"),
        ("현재까지", "ko"),
        ("bisher", "de"),
    ]:
        assert parse_period(phrase, pub, lang) == (None, pub, "open", "ok")


@SETTINGS
@given(pub=pubs, season=st.sampled_from(["winter", "spring", "summer", "autumn"]))
def test_last_season_ended_before_published(pub, season):
    p = parse_period(f"last {season}", pub)
    assert p.precision == "season"
    assert p.end < pub
    assert pub - p.end <= timedelta(days=366)


@settings(max_examples=25, derandomize=True, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["last week", "yesterday", "since October", "先週", "", "in 2024"]),
            st.one_of(st.none(), pubs),
        ),
        max_size=12,
    )
)
def test_parse_periods_agrees_with_parse_period(rows):
    texts = [r[0] for r in rows]
    published = [r[1] for r in rows]
    out = parse_periods(texts, published)
    assert len(out) == len(rows)
    for i, (t, pub) in enumerate(rows):
        single = parse_period(t, pub)
        got = out.iloc[i]
        assert got["precision"] == single.precision
        assert got["status"] == single.status
        assert (None if pd.isna(got["end"]) else got["end"].date()) == single.end
