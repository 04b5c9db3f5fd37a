"""Interval arithmetic on the calendar, and the coercion of publication dates.

Every interval is a ``(start, end)`` pair of dates, both inclusive. Helpers named
``*_span`` build one interval from a year (and a month, season, quarter...); the
searches (:func:`latest`, :func:`latest_ended`, :func:`earliest_after`,
:func:`nearest`) place a year-less interval ("in April", "last summer") relative to a
reference day.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "add_months",
    "earliest_after",
    "half_span",
    "last_day",
    "latest",
    "latest_ended",
    "monday",
    "month_part_span",
    "month_span",
    "nearest",
    "quarter_span",
    "season_span",
    "shift_months",
    "to_date",
    "window_span",
    "year_span",
]

Span = tuple[date, date]
"""An interval: first and last day, both inclusive."""

YearToSpan = Callable[[int], Span]
"""A function placing an interval in a given year (``lambda y: month_span(y, 4)``)."""

MONTH_PARTS = {
    "begin": (1, 10),
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}
"""Days of a month covered by each part (codebook rule ``part_of_month``)."""

SEASON_FIRST_MONTH = {"winter": -1, "spring": 3, "summer": 6, "autumn": 9}
"""First month of each meteorological season (-1: December of the year before)."""


def last_day(y: int, m: int) -> int:
    """Return the number of days of month *m* of year *y*."""
    return calendar.monthrange(y, m)[1]


def month_span(y: int, m: int) -> Span:
    """Return the whole month *m* of year *y*."""
    return date(y, m, 1), date(y, m, last_day(y, m))


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """Return the (year, month) *k* months after month *m* of year *y*."""
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def shift_months(d: date, k: int) -> date:
    """Return the same day *k* months later, clipped to the end of a shorter month."""
    y, m = add_months(d.year, d.month, k)
    return date(y, m, min(d.day, last_day(y, m)))


def month_part_span(y: int, m: int, part: str) -> Span:
    """Return the days of the early, mid or late part of a month (see ``MONTH_PARTS``)."""
    a, b = MONTH_PARTS[part]
    return date(y, m, a), date(y, m, min(b, last_day(y, m)))


def season_span(y: int, s: str) -> Span:
    """Return the meteorological season; winter *y* is December y-1 to February y."""
    first = SEASON_FIRST_MONTH[s]
    sy, sm = (y - 1, 12) if first == -1 else (y, first)
    ey, em = add_months(sy, sm, 2)
    return date(sy, sm, 1), date(ey, em, last_day(ey, em))


def quarter_span(y: int, q: int) -> Span:
    """Return calendar quarter *q* (1-4) of year *y*."""
    m = 3 * (q - 1) + 1
    return date(y, m, 1), date(y, m + 2, last_day(y, m + 2))


def half_span(y: int, h: int) -> Span:
    """Return the first (*h* = 1) or second half of year *y*."""
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


def year_span(y: int) -> Span:
    """Return the calendar year *y*."""
    return date(y, 1, 1), date(y, 12, 31)


def monday(d: date) -> date:
    """Return the Monday of the ISO week of *d*."""
    return d - timedelta(days=d.weekday())


def window_span(pub: date, n: int, unit: str, future: bool) -> Span:
    """Return the covering interval of a window of *n* units ending (or starting) on *pub*.

    The window ends at an unknown hour of the publication day, so it starts at the same
    unknown hour N units earlier: the covering interval is pub - N .. pub (rule
    ``window``); a future window is pub .. pub + N (``window_future``). Hours round up
    to whole days.
    """
    if unit == "hour":
        k = -(-n // 24)
        return (pub, pub + timedelta(days=k)) if future else (pub - timedelta(days=k), pub)
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        if future:
            return pub, pub + timedelta(days=days)
        return pub - timedelta(days=days), pub
    months = n * (12 if unit == "year" else 3 if unit == "quarter" else 1)
    if future:
        return pub, shift_months(pub, months)
    return shift_months(pub, -months), pub


def latest(f: YearToSpan, ref: date, years_back: int = 3) -> Span | None:
    """Return the latest ``f(year)`` whose start is on or before *ref*."""
    for y in range(ref.year + 1, ref.year - years_back - 1, -1):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[0] <= ref:
            return iv
    return None


def latest_ended(f: YearToSpan, pub: date) -> Span | None:
    """Return the latest ``f(year)`` that ended strictly before *pub* ("last April")."""
    for y in range(pub.year + 1, pub.year - 4, -1):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[1] < pub:
            return iv
    return None


def earliest_after(f: YearToSpan, pub: date) -> Span | None:
    """Return the earliest ``f(year)`` that starts strictly after *pub* ("next April")."""
    for y in range(pub.year - 1, pub.year + 3):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[0] > pub:
            return iv
    return None


def nearest(f: YearToSpan, pub: date) -> Span:
    """Return the ``f(year)`` containing *pub*, else the nearest one (ties: the past)."""
    cands = [f(y) for y in range(pub.year - 2, pub.year + 3)]
    return min(cands, key=lambda c: (max((c[0] - pub).days, (pub - c[1]).days, 0), c[0] > pub))


def to_date(value: Any) -> date | None:
    """Coerce a publication date; empty, missing or invalid values become None.

    Parameters
    ----------
    value : datetime.date, datetime.datetime, pandas.Timestamp, numpy.datetime64, str or None
        A date, a timestamp (its day is kept) or an ISO string (its first ten
        characters are read).

    Returns
    -------
    datetime.date or None
        The day, or None when *value* is missing or not a date.
    """
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).date()
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return None
    return None
