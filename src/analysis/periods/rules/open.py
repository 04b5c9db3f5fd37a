"""Open-ended periods: rules ``until_now``, ``earlier``, ``future`` (codebook, "Conventions")."""

from __future__ import annotations

from datetime import date

from analysis.periods.grammar import Fields
from analysis.periods.model import Res, need
from analysis.periods.rules.anchors import Anchors
from analysis.periods.tokens import BEFORE, NOW

__all__ = ["open_ended"]


def open_ended(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place an open period: one end is P, the other unknown (the open family).

    - ``until_now``: "so far", "until now", "already", "На сьогодні", "현재까지" (.. P);
    - ``earlier``: "recently", "earlier", "previously", "in the past" (.. P);
    - ``future``: "soon", "незабаром" (P ..).

    Parameters
    ----------
    f : Fields
        The segment.
    a : Anchors
        Its anchors.
    pub : datetime.date or None
        The publication date.
    ref : datetime.date or None
        Unused.

    Returns
    -------
    Res or None
        The open interval, or None when the segment says none of these.
    """
    if NOW in f.flags:
        return Res(None, need(pub), "open", "until_now")
    if BEFORE in f.flags or (a.rel == "past" and len(f.names()) == 1):
        return Res(None, need(pub), "open", "earlier")
    if f.looks_ahead():
        return Res(need(pub), None, "open", "future")
    return None
