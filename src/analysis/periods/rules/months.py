"""Months and their parts (codebook, "Conventions").

Rules ``month``, ``relative_month``, ``last_named_month``,
``next_named_month``, ``month_without_year``, ``first_months``, ``first_days_of_month``,
``half_month``, ``last_week_of_month``, ``nth_week_of_month``, ``earlier_in_month``,
``part_of_month``.
"""

from __future__ import annotations

from datetime import date, timedelta

from analysis.periods.calendar import (
    Span,
    earliest_after,
    last_day,
    latest,
    latest_ended,
    month_part_span,
    month_span,
    nearest,
)
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import Anchors
from analysis.periods.tokens import BEFORE

__all__ = ["first_months", "months"]


def first_months(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Rule ``first_months``: "the first three months of 2025" = January-March.

    Without a year, P's year. Tried before the other month rules: it reads only the
    year (see :meth:`Anchors.of`).
    """
    first_n = f.first_n
    if first_n is None or first_n[1] != "month" or f.month is not None:
        return None
    year = a.year if a.year is not None else need(pub).year
    k = first_n[0]
    if not 1 <= k <= 12:
        raise Fail
    return Res(date(year, 1, 1), month_span(year, k)[1], "span", "first_months")


def which_month(
    f: Fields, a: Anchors, pub: date | None, ref: date | None
) -> tuple[Span | None, str]:
    """Place a month on the calendar, and name the rule that did.

    - ``month``: with its year ("October 2024"), or "this April";
    - ``relative_month``: last / this / next month;
    - ``last_named_month``: "last April" = the latest April that ended before P;
    - ``next_named_month``: "next April" = the earliest April starting after P;
    - ``month_without_year``: the latest such month starting on or before P (or the
      range's end); after "until", the nearest one.
    """
    month = a.month

    def in_year(y: int) -> Span:
        return month_span(y, month)

    if a.month_year is not None:
        return in_year(a.month_year), "month" if not a.month_rel else "relative_month"
    if a.rel == "last":
        return latest_ended(in_year, need(pub)), "last_named_month"
    if a.rel == "next":
        return earliest_after(in_year, need(pub)), "next_named_month"
    if a.rel == "this":
        return in_year(need(pub).year), "month"
    if f.until and ref is None:
        return nearest(in_year, need(pub)), "month_without_year"
    return latest(in_year, ref or need(pub)), "month_without_year"


def first_days_of_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``first_days_of_month``: "the first two weeks of December" = days 1-14."""
    first_n = f.first_n
    if first_n is None or first_n[1] not in ("day", "week"):
        return None
    y, month = iv[0].year, a.month
    k = first_n[0] * (7 if first_n[1] == "week" else 1)
    if not 1 <= k <= last_day(y, month):
        raise Fail
    return Res(date(y, month, 1), date(y, month, k), "span", "first_days_of_month")


def half_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``half_month``: "the first / second half of December" = days 1-15 / 16-end."""
    if f.half is None:
        return None
    y, month = iv[0].year, a.month
    first, last = (1, 15) if f.half == 1 else (16, last_day(y, month))
    return Res(date(y, month, first), date(y, month, last), "span", "half_month")


def last_week_of_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``last_week_of_month``: "the last week of November" = its last 7 days."""
    if f.unit != "week" or a.rel not in ("last", "past") or a.month_rel:
        return None
    end = date(iv[0].year, a.month, last_day(iv[0].year, a.month))
    return Res(end - timedelta(days=6), end, "week", "last_week_of_month")


def nth_week_of_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``nth_week_of_month``: "the first week of January" = days 1-7, second 8-14..."""
    nth = f.nth_week
    if nth is None:
        return None
    y, month = iv[0].year, a.month
    first = 7 * (nth - 1) + 1
    if first > last_day(y, month):
        raise Fail
    last = min(first + 6, last_day(y, month))
    return Res(date(y, month, first), date(y, month, last), "week", "nth_week_of_month")


def earlier_in_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``earlier_in_month``: "earlier this month", "earlier in October" = day 1 .. P.

    Only when P is in that month.
    """
    if BEFORE in f.flags and not f.part and pub is not None and iv[0] <= pub <= iv[1]:
        return Res(iv[0], pub, "span", "earlier_in_month")
    return None


def part_of_month(f: Fields, a: Anchors, iv: Span, pub: date | None) -> Res | None:
    """Rule ``part_of_month``: early / beginning = days 1-10, mid = 11-20, late / end = 21-last.

    The month is chosen first, then the part: "In mid-January", "fin octobre", "10月下旬".
    """
    if not f.part:
        return None
    s, e = month_part_span(iv[0].year, a.month, f.part)
    return Res(s, e, "part_of_month", "part_of_month")


_PARTS_OF_MONTH = (
    first_days_of_month,
    half_month,
    last_week_of_month,
    nth_week_of_month,
    earlier_in_month,
    part_of_month,
)


def months(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a month, then the part of it the segment names (the month family).

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
        The month or its part, or None when the segment names no month.
    """
    if a.month is None:
        return None
    if not 1 <= a.month <= 12:
        raise Fail
    iv, rule = which_month(f, a, pub, ref)
    if iv is None:
        raise Fail
    for part in _PARTS_OF_MONTH:
        found = part(f, a, iv, pub)
        if found is not None:
            return found
    return Res(iv[0], iv[1], "month", rule)
