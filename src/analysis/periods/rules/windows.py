"""Rolling windows and days relative to the publication date (they need no calendar anchor).

Rules ``ago``, ``window``, ``window_future``, ``vague_past``, ``vague_future``,
``weekend``, ``relative_day`` (codebook, "Conventions").
"""

from __future__ import annotations

from datetime import date, timedelta

from analysis.periods.calendar import add_months, monday, month_span, window_span, year_span
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import REL_OFFSET
from analysis.periods.tokens import AGO, BEFORE, NOW, WEEKEND, WITHIN

__all__ = ["windows"]


def ago(pub: date, n: int, unit: str) -> Res:
    """Rule ``ago``: "three days ago" = P-3; "two weeks ago" = the ISO week of P-14.

    "a month ago" is that calendar month, "two years ago" that year.
    """
    if unit in ("day", "hour"):
        d = pub - timedelta(days=n if unit == "day" else -(-n // 24))
        return Res(d, d, "day", "ago")
    if unit == "week":
        mon = monday(pub - timedelta(days=7 * n))
        return Res(mon, mon + timedelta(days=6), "week", "ago")
    if unit == "month":
        y, m = add_months(pub.year, pub.month, -n)
        return Res(*month_span(y, m), "month", "ago")
    if unit == "year":
        return Res(*year_span(pub.year - n), "year", "ago")
    raise Fail


def counted_window_or_ago(f: Fields, pub: date | None) -> Res | None:
    """Rules ``window``, ``window_future``, ``ago``: a counted window ending (or starting) on P.

    "in just three days", "over the last 24 hours" (P-N .. P), "in the next three days"
    (P .. P+N), "3 days ago", "3일 전".
    """
    count = f.count
    if count is None and AGO in f.flags and f.day is not None and f.month is None:
        count = (f.day, "day")  # 3일 전, 3日前
    if count is None:
        return None
    n, u = count
    if n <= 0:
        raise Fail
    p = need(pub)
    if AGO in f.flags:
        return ago(p, n, u)
    if u == "quarter":
        u, n = "month", 3 * n
    future = f.looks_ahead()
    s, e = window_span(p, n, u, future)
    return Res(s, e, "span", "window_future" if future else "window")


def vague_past_or_future(f: Fields, pub: date | None) -> Res | None:
    """Rules ``vague_past``, ``vague_future``: a window of vague length, its length not guessed.

    "in recent weeks", "in just a few days" (open start .. P); "within months", "in the
    coming weeks" (P .. open end).
    """
    vague = f.vague
    future = f.looks_ahead()
    flags = f.flags
    if (
        vague is None
        and f.units
        and f.year is None
        and f.month is None
        and f.season is None
        and f.weekday is None
        and (
            f.rel in ("past", "last", "next")
            or BEFORE in flags
            or future
            or WITHIN in flags
            or AGO in flags
            or NOW in flags
        )
    ):
        vague = f.units
    if vague is None:
        return None
    p = need(pub)
    if future or WITHIN in flags:
        return Res(p, None, "open", "vague_future")
    return Res(None, p, "open", "vague_past")


def window_of_one_unit(f: Fields, pub: date | None) -> Res | None:
    """Rule ``window``: one rolling unit ending on P.

    "in the past week", "over the last month", "протягом тижня".
    """
    if (
        (f.rel == "past" or (WITHIN in f.flags and f.rel is None))
        and f.unit
        and f.year is None
        and f.month is None
        and f.weekday is None
        and f.day is None
        and f.part is None
    ):
        s, e = window_span(need(pub), 1, f.unit, False)
        return Res(s, e, "span", "window")
    return None


def weekend(f: Fields, pub: date | None) -> Res | None:
    """Rule ``weekend``: Saturday-Sunday.

    "the weekend" = the latest one starting on or before P; last / this weekend = of
    the previous / current ISO week.
    """
    if WEEKEND not in f.flags:
        return None
    p = need(pub)
    if f.rel in REL_OFFSET:
        sat = monday(p) + timedelta(days=5 + 7 * REL_OFFSET[f.rel])
    else:
        sat = p - timedelta(days=(p.weekday() - 5) % 7)
    return Res(sat, sat + timedelta(days=1), "span", "weekend")


def relative_day(f: Fields, pub: date | None) -> Res | None:
    """Rule ``relative_day``: today = P, yesterday = P-1, tomorrow = P+1.

    "the next day" and "the previous day" are relative to the story, not to P: unparsed.
    """
    if f.unit == "day" and f.rel in ("next", "last") and len(f.names()) == 2:
        raise Fail
    if f.day_offset is None:
        return None
    d = need(pub) + timedelta(days=f.day_offset)
    return Res(d, d, "day", "relative_day")


def windows(f: Fields, pub: date | None) -> Res | None:
    """Place a window or a relative day (the window family, tried before any anchor).

    Parameters
    ----------
    f : Fields
        The segment.
    pub : datetime.date or None
        The publication date.

    Returns
    -------
    Res or None
        The first of counted windows, vague windows, one-unit windows, weekends and
        relative days that applies, else None.
    """
    found = counted_window_or_ago(f, pub)
    if found is None:
        found = vague_past_or_future(f, pub)
    if found is None:
        found = window_of_one_unit(f, pub)
    if found is None:
        found = weekend(f, pub)
    if found is None:
        found = relative_day(f, pub)
    return found
