"""Statement dates: when a claim was *said*, as an interval with a precision.

A row's ``period_text`` is read in one of two ways (codebook, "Statement dates"):

* **When it was said** — the text names the occasion: a day ("on Monday", "Jan. 13",
  "le 23 décembre", "4일"), a week ("last week", "先週"), a part of a month ("in early
  August") or a month ("in April", "지난 4월", "last month"). The statement date is that
  interval, resolved against the publication date by the period engine, and it never ends
  after the publication date. A report of September that says "in April" is dated April.
* **The period the figure covers** — windows, spans and open periods ("since October",
  "in the past three days", "so far", "this year", "in 2024", "between January and
  March", "soon"). The figure covers that period; the statement itself is dated by the
  publication: *on or before* the publication date (precision ``on_or_before``).

A row with neither a publication date nor an occasion the engine can place has no statement
date (precision ``none``): it is *undated* and grouping treats it with care
(:mod:`analysis.claims.clustering`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.periods import parse_periods

OCCASION_RULES: frozenset[str] = frozenset({
    "day", "day_without_year", "day_of_month", "day_in_relative_month", "weekday",
    "weekday_in_week", "relative_day", "ago", "relative_week", "part_of_month",
    "month", "month_without_year", "last_named_month", "relative_month",
})
"""Period-engine rules whose phrase names the occasion ("when it was said"): a single day,
week, part of a month or month. Every other rule (windows, ``since``, ``until``,
``until_now``, ranges, seasons, quarters, years, vague and future phrases) reads as the
period the figure covers."""

STATED_PRECISIONS: tuple[str, ...] = ("day", "week", "part_of_month", "month", "on_or_before",
                                     "none")
"""Values of ``stated_on_precision``: an occasion's precision, ``on_or_before`` (only the
publication date bounds it) or ``none`` (undated)."""


def reads_as_occasion(rule: str, precision: str) -> bool:
    """Whether a period read by ``rule`` names when the statement was made.

    Parameters
    ----------
    rule : str
        The period engine's rule (:func:`analysis.periods.explain_period`).
    precision : str
        The period's precision.

    Returns
    -------
    bool
        True for the occasion rules of :data:`OCCASION_RULES` at day, week, part-of-month
        or month precision; False for periods the figure covers.
    """
    return rule in OCCASION_RULES and precision in ("day", "week", "part_of_month", "month")


def statement_dates(claims: pd.DataFrame) -> pd.DataFrame:
    """Date each row's statement: an occasion named in its period text, else its publication.

    Parameters
    ----------
    claims : pandas.DataFrame
        Cleaned claims with ``published`` (ISO text, empty when unknown), ``period_text``
        and ``language``.

    Returns
    -------
    pandas.DataFrame
        Same index; ``stated_on_start`` and ``stated_on_end`` (ISO text, empty when open or
        unknown) and ``stated_on_precision`` (:data:`STATED_PRECISIONS`). An occasion gives
        its interval, cut at the publication date; otherwise the publication date is the
        end (``on_or_before``, empty start); with neither, both are empty (``none``).
    """
    published = pd.to_datetime(claims["published"].replace("", None), format="%Y-%m-%d",
                               errors="coerce")
    periods = parse_periods(claims["period_text"], claims["published"].replace("", None),
                            claims["language"])
    occasion = np.array([reads_as_occasion(r, p) for r, p in
                         zip(periods["rule"], periods["precision"], strict=True)], dtype=bool)
    occasion &= (periods["status"] == "ok").to_numpy() & periods["start"].notna().to_numpy()
    start = periods["start"].where(occasion)
    end = periods["end"].where(occasion)
    end = end.where(end.isna() | published.isna() | (end <= published), published)
    start = start.where(start.isna() | end.isna() | (start <= end), end)
    precision = pd.Series(np.where(occasion, periods["precision"], "none"), index=claims.index,
                          dtype=object)
    bound = ~occasion & published.notna().to_numpy()
    end = end.where(~bound, published)
    precision[bound] = "on_or_before"
    return pd.DataFrame({
        "stated_on_start": start.dt.strftime("%Y-%m-%d").fillna(""),
        "stated_on_end": end.dt.strftime("%Y-%m-%d").fillna(""),
        "stated_on_precision": precision,
    }, index=claims.index)
