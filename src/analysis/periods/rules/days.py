"""Days of the month (codebook, "Conventions").

Rules ``day``, ``day_in_relative_month``, ``day_without_year``, ``day_of_month``.
"""

from __future__ import annotations

from datetime import date

from analysis.periods.calendar import Span, add_months, last_day, latest
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import Anchors

__all__ = ["days"]


def day_of_known_month(a: Anchors, day: int) -> Res:
    """Rules ``day`` ("2024-12-19", "2025年1月15日") and ``day_in_relative_month``.

    "On the 31st of last month" (P 2024-11-05) -> 2024-10-31.
    """
    try:
        d = date(a.month_year, a.month, day)
    except ValueError as exc:
        raise Fail from exc
    return Res(d, d, "day", "day" if not a.month_rel else "day_in_relative_month")


def day_without_year(month: int, day: int, pub: date | None, ref: date | None) -> Res:
    """Rule ``day_without_year``: the latest such day on or before P (or the range's end).

    "Oct. 24", "on March 13", "14/12".
    """
    r = ref or need(pub)

    def on(y: int) -> Span:
        x = date(y, month, day)
        return x, x

    iv = latest(on, r, years_back=8)
    if iv is None:
        raise Fail
    return Res(iv[0], iv[1], "day", "day_without_year")


def day_of_month(day: int, pub: date | None, ref: date | None) -> Res:
    """Rule ``day_of_month``: a day number alone = the latest such day on or before P.

    "on the 20th", "20日".
    """
    if not (1 <= day <= 31):
        raise Fail
    r = ref or need(pub)
    y, mo = r.year, r.month
    for _ in range(24):
        if day <= last_day(y, mo) and date(y, mo, day) <= r:
            d = date(y, mo, day)
            return Res(d, d, "day", "day_of_month")
        y, mo = add_months(y, mo, -1)
    raise Fail


def days(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a day of the month, with or without its month and year (the day family).

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
        The day, or None when the segment names no day.
    """
    day = a.day
    if day is None:
        return None
    if a.month is None:
        return day_of_month(day, pub, ref)
    if a.month_year is not None:
        return day_of_known_month(a, day)
    return day_without_year(a.month, day, pub, ref)
