"""Years and their parts (codebook, "Conventions").

Rules ``year``, ``relative_year``, ``beginning_of_year``, ``end_of_year``,
``part_of_year``, ``earlier_this_year``, ``year_to_date``, ``year_range``.
"""

from __future__ import annotations

from datetime import date

from analysis.periods.calendar import month_span, year_span
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import Anchors
from analysis.periods.tokens import BEFORE, NOW

__all__ = ["years"]

_THIRDS = {"early": 1, "mid": 5, "late": 9}  # first month of each third of a year


def part_of_year(year: int, part: str | None) -> Res | None:
    """Rules ``beginning_of_year``, ``end_of_year``, ``part_of_year``.

    Beginning / start / Anfang / начало / 초 of a year = January, end / Ende / конец /
    末 / 말 = December (``month``); the adjectives early / mid / late = thirds:
    January-April / May-August / September-December (``span``): "late 2024".
    """
    if part == "begin":
        return Res(*month_span(year, 1), "month", "beginning_of_year")
    if part == "end":
        return Res(*month_span(year, 12), "month", "end_of_year")
    if part in _THIRDS:
        first = _THIRDS[part]
        return Res(date(year, first, 1), month_span(year, first + 3)[1], "span", "part_of_year")
    return None


def year_until_published(f: Fields, a: Anchors, year: int, pub: date | None) -> Res | None:
    """Rules ``earlier_this_year`` and ``year_to_date``: January 1 .. P.

    "earlier this year"; "so far this year", "year to date", "in 2025 so far" (when P
    is in that year).
    """
    if BEFORE in f.flags and a.year_rel:
        p = need(pub)
        if p.year == year:
            return Res(date(year, 1, 1), p, "span", "earlier_this_year")
    if NOW in f.flags:
        p = need(pub)
        if p.year == year:
            return Res(date(year, 1, 1), p, "span", "year_to_date")
    return None


def year_range(f: Fields) -> Res | None:
    """Rule ``year_range``: "in 2024-25" = 2024-01-01 .. 2025-12-31."""
    if f.year_range is None:
        return None
    first, last = f.year_range
    if last < first:
        raise Fail
    return Res(date(first, 1, 1), date(last, 12, 31), "span", "year_range")


def years(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a year ("in 2024", "this year"), a part of it, or a range of years (the year family).

    Parameters
    ----------
    f : Fields
        The segment.
    a : Anchors
        Its anchors.
    pub : datetime.date or None
        The publication date.
    ref : datetime.date or None
        For the start of a range: its end (unused: years are absolute or relative to P).

    Returns
    -------
    Res or None
        The year, its part, or a range of years; None when the segment names no year.
    """
    year = a.year
    if year is None:
        return year_range(f)
    found = part_of_year(year, f.part)
    if found is None:
        found = year_until_published(f, a, year, pub)
    if found is None:
        found = Res(*year_span(year), "year", "year" if not a.year_rel else "relative_year")
    return found
