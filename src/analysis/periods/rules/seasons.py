"""Seasons (codebook, "Conventions").

Rules ``season``, ``last_season``, ``next_season``, ``this_season``,
``season_without_year``.

Meteorological seasons: spring March-May, summer June-August, autumn September-November,
winter December-February; winter Y = December Y-1 .. February Y.
"""

from __future__ import annotations

from datetime import date

from analysis.periods.calendar import (
    Span,
    earliest_after,
    latest,
    latest_ended,
    nearest,
    season_span,
)
from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res, need
from analysis.periods.rules.anchors import Anchors

__all__ = ["seasons"]


def season_year(f: Fields, a: Anchors, season: str) -> int | None:
    """Return the year of a season: written, or from "winter 2024-25" (winter: 2025)."""
    if a.year is not None:
        return a.year
    yr = f.year_range
    if yr is not None and yr[1] == yr[0] + 1:
        return yr[1] if season == "winter" else yr[0]
    return None


def seasons(f: Fields, a: Anchors, pub: date | None, ref: date | None) -> Res | None:
    """Place a season (the season family).

    - ``season``: with its year ("in the summer of 2024", "winter 2024-25");
    - ``last_season``: "last summer" = the latest summer that ended before P;
    - ``next_season``: the earliest starting after P;
    - ``this_season``: the one containing P, else the nearest one;
    - ``season_without_year``: the latest starting on or before P (or the range's end);
      after "until", the nearest one.

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
        The season, or None when the segment names none.
    """
    season = f.season
    if season is None:
        return None

    def in_year(y: int) -> Span:
        return season_span(y, season)

    year = season_year(f, a, season)
    if year is not None:
        iv, rule = in_year(year), "season"
    elif a.rel == "last":
        iv, rule = latest_ended(in_year, need(pub)), "last_season"
    elif a.rel == "next":
        iv, rule = earliest_after(in_year, need(pub)), "next_season"
    elif a.rel == "this" or (f.until and ref is None):
        iv = nearest(in_year, need(pub))
        rule = "this_season" if a.rel == "this" else "season_without_year"
    else:
        iv, rule = latest(in_year, ref or need(pub)), "season_without_year"
    if iv is None:
        raise Fail
    return Res(iv[0], iv[1], "season", rule)
