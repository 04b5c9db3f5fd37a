"""Calendar weeks: rules ``relative_week`` and ``earlier_this_week`` (codebook, "Conventions")."""

from __future__ import annotations

from datetime import date, timedelta

from analysis.periods.grammar import Fields
from analysis.periods.model import Res, need
from analysis.periods.rules.anchors import Anchors
from analysis.periods.tokens import BEFORE

__all__ = ["weeks"]


def weeks(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place last / this / next week (the week family).

    - ``relative_week``: the Monday-start ISO week before / containing / after P
      ("last week", "先週", "지난주");
    - ``earlier_this_week``: Monday .. P.

    Parameters
    ----------
    f : Fields
        The segment.
    a : Anchors
        Its anchors.
    pub : datetime.date or None
        The publication date.
    ref : datetime.date or None
        Unused (weeks are relative to P).

    Returns
    -------
    Res or None
        The week, or None when the segment names none.
    """
    week = a.week
    if week is None:
        return None
    sunday = week + timedelta(days=6)
    if BEFORE in f.flags:
        p = need(pub)
        if week <= p <= sunday:
            return Res(week, p, "span", "earlier_this_week")
    return Res(week, sunday, "week", "relative_week")
