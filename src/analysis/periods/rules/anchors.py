"""The calendar anchors of a segment, computed once and shared by the rule families.

A segment names its year, month, week or day either explicitly ("October 2024") or
relative to the publication date ("last month", "this week"); :class:`Anchors` holds
both kinds in one place, after the rolling windows (which need none of them) have had
their turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from analysis.periods.calendar import add_months, monday
from analysis.periods.grammar import Fields
from analysis.periods.model import need
from analysis.periods.tokens import BEFORE

__all__ = ["REL_OFFSET", "Anchors"]

REL_OFFSET = {"last": -1, "this": 0, "next": 1}
"""Calendar offset of last / this / next (week, month, quarter, year)."""

_CALENDAR_UNITS = ("year", "month", "week", "quarter")


def _implicit_this(f: Fields) -> str | None:
    """Return the segment's rel, with the implicit "this" of "by the end of the year".

    "since the beginning of the year", "by the end of the month", "the first half of
    the year" speak of the current year, month, week or quarter.
    """
    rel = f.rel
    if rel is None and f.unit in _CALENDAR_UNITS:
        if (f.part is not None or BEFORE in f.flags or f.half is not None) and not (
            f.year is not None or (f.month is not None and f.unit == "month")
        ):
            return "this"
    return rel


@dataclass(slots=True, frozen=True)
class Anchors:
    """Year, month, week and day of a segment, explicit or relative to the publication date.

    Attributes
    ----------
    rel : str or None
        The segment's rel, with the implicit "this" of "by the end of the year".
    year : int or None
        The explicit year, or last / this / next year's.
    year_rel : bool
        The year is relative ("this year"), not written.
    month : int or None
        The explicit month, or last / this / next month's.
    month_year : int or None
        The year of that month, when known.
    month_rel : bool
        The month is relative ("last month").
    week : datetime.date or None
        The Monday of last / this / next week.
    day : int or None
        The day of the month (a bare number counts when there is a month).
    """

    rel: str | None
    year: int | None
    year_rel: bool
    month: int | None
    month_year: int | None
    month_rel: bool
    week: date | None
    day: int | None

    @classmethod
    def of(cls, f: Fields, pub: date | None) -> Anchors:
        """Compute the anchors of a segment.

        Parameters
        ----------
        f : Fields
            The segment.
        pub : datetime.date or None
            The publication date.

        Returns
        -------
        Anchors
            The shared values.

        Raises
        ------
        NeedPub
            When a relative year, month or week needs the missing publication date.
        """
        rel = _implicit_this(f)
        year, year_rel = f.year, False
        if year is None and f.unit == "year" and rel in REL_OFFSET:
            year = need(pub).year + REL_OFFSET[rel]
            year_rel = True
        if f.first_n is not None and f.first_n[1] == "month" and f.month is None:
            # rule first_months ("the first three months of 2025") reads only the year
            # and always decides, so no month or week is computed (nor needed)
            return cls(rel, year, year_rel, None, year, False, None, f.day)
        month, month_year, month_rel = f.month, year, False
        if month is None and f.unit == "month" and rel in REL_OFFSET:
            p = need(pub)
            month_year, month = add_months(p.year, p.month, REL_OFFSET[rel])
            month_rel = True
        week = None
        if f.unit == "week" and rel in REL_OFFSET:
            week = monday(need(pub)) + timedelta(days=7 * REL_OFFSET[rel])
        day = f.day
        if day is None and f.bare is not None and month is not None:
            day = f.bare
        return cls(rel, year, year_rel, month, month_year, month_rel, week, day)
