"""Quarters and halves of a year (codebook, "Conventions").

Rules ``relative_quarter``, ``quarter``, ``half_year``.
"""

from __future__ import annotations

from datetime import date

from analysis.periods.calendar import add_months, half_span, latest, quarter_span
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import REL_OFFSET, Anchors

__all__ = ["quarters"]


def relative_quarter(f: Fields, a: Anchors, pub: date | None) -> Res | None:
    """Rule ``relative_quarter``: last / this / next quarter = the calendar quarter."""
    if f.quarter is not None or f.unit != "quarter" or a.rel not in REL_OFFSET:
        return None
    p = need(pub)
    qy, qm = add_months(p.year, p.month, 3 * REL_OFFSET[a.rel])
    s, e = quarter_span(qy, (qm - 1) // 3 + 1)
    return Res(s, e, "quarter", "relative_quarter")


def quarter(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Rule ``quarter``: Q1-Q4; without a year, the latest one starting on or before P.

    "Q3 2024", "im ersten Quartal 2025", "2025년 1분기".
    """
    q = f.quarter
    if q is None:
        return None
    if a.year is not None:
        s, e = quarter_span(a.year, q)
    else:
        iv = latest(lambda y: quarter_span(y, q), ref or need(pub))
        if iv is None:
            raise Fail
        s, e = iv
    return Res(s, e, "quarter", "quarter")


def half_year(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Rule ``half_year``: first / second half, H1/H2, semestre, Halbjahr, 상반기, 上半期.

    Without a year, the latest one starting on or before P.
    """
    h = f.half
    if h is None:
        return None
    if a.year is not None:
        s, e = half_span(a.year, h)
    else:
        iv = latest(lambda y: half_span(y, h), ref or need(pub))
        if iv is None:
            raise Fail
        s, e = iv
    return Res(s, e, "span", "half_year")


def quarters(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a relative quarter, a quarter or a half of a year (the quarter family).

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
        The quarter or half, or None when the segment names neither.
    """
    found = relative_quarter(f, a, pub)
    if found is None:
        found = quarter(f, a, pub, ref)
    if found is None:
        found = half_year(f, a, pub, ref)
    return found
