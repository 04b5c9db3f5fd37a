"""Weekdays: rules ``weekday`` and ``weekday_in_week`` (codebook, "Conventions")."""

from __future__ import annotations

from datetime import date, timedelta

from analysis.periods.calendar import monday
from analysis.periods.grammar import Fields
from analysis.periods.model import Res, need
from analysis.periods.rules.anchors import Anchors
from analysis.periods.tokens import DEADLINE

__all__ = ["weekdays"]


def weekday_in_week(wd: int, week: date) -> Res:
    """Rule ``weekday_in_week``: a weekday with a week = that day of that ISO week.

    "지난주 금요일" (Friday of last week).
    """
    d = week + timedelta(days=wd)
    return Res(d, d, "day", "weekday_in_week")


def weekday(f: Fields, a: Anchors, wd: int, pub: date | None, ref: date | None) -> Res:
    """Rule ``weekday``: a weekday name = the latest such day on or before P.

    "last Tuesday" = strictly before P; "this Friday" = in P's ISO week; "next Monday" =
    strictly after P; a deadline ("by Monday") = the next such day on or after P. The
    start of a range is placed on or before its end (*ref*) instead of P.
    """
    p = need(pub)
    if a.rel == "last":
        d = p - timedelta(days=(p.weekday() - wd - 1) % 7 + 1)
    elif a.rel == "next":
        d = p + timedelta(days=(wd - p.weekday() - 1) % 7 + 1)
    elif a.rel == "this":
        d = monday(p) + timedelta(days=wd)
    elif DEADLINE in f.flags and ref is None:
        d = p + timedelta(days=(wd - p.weekday()) % 7)
    else:
        r = ref or p
        d = r - timedelta(days=(r.weekday() - wd) % 7)
    return Res(d, d, "day", "weekday")


def weekdays(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a weekday name without a day of the month (the weekday family).

    Parameters
    ----------
    f : Fields
        The segment.
    a : Anchors
        Its anchors.
    pub : datetime.date or None
        The publication date.
    ref : datetime.date or None
        For the start of a range: its end, which the start precedes.

    Returns
    -------
    Res or None
        The day, or None when the segment names no weekday (or names a day).
    """
    wd = f.weekday
    if wd is None or a.day is not None:
        return None
    if a.week is not None:
        return weekday_in_week(wd, a.week)
    return weekday(f, a, wd, pub, ref)
