"""The rules that place one segment on the calendar, one module per family.

:func:`resolve` tries the families in the engine's order of precedence, which is
also the order of the modules below; the first rule that applies decides. The rule
names are those :func:`analysis.periods.explain_period` returns and the codebook's
section "Periods" documents:

======================  ===============================================================
module                  rules
======================  ===============================================================
``windows``             ``ago``, ``window``, ``window_future``, ``vague_past``,
                        ``vague_future``, ``weekend``, ``relative_day``
``months`` (first)      ``first_months``
``weekdays``            ``weekday``, ``weekday_in_week``
``days``                ``day``, ``day_in_relative_month``, ``day_without_year``,
                        ``day_of_month``
``months``              ``month``, ``relative_month``, ``last_named_month``,
                        ``next_named_month``, ``month_without_year``,
                        ``first_days_of_month``, ``half_month``, ``last_week_of_month``,
                        ``nth_week_of_month``, ``earlier_in_month``, ``part_of_month``
``seasons``             ``season``, ``last_season``, ``next_season``, ``this_season``,
                        ``season_without_year``
``quarters``            ``relative_quarter``, ``quarter``, ``half_year``
``years``               ``year``, ``relative_year``, ``beginning_of_year``,
                        ``end_of_year``, ``part_of_year``, ``earlier_this_year``,
                        ``year_to_date``, ``year_range``
``weeks``               ``relative_week``, ``earlier_this_week``
``open``                ``until_now``, ``earlier``, ``future``
======================  ===============================================================

The connectors (``since``, ``until``, ``range``, ``window_to``) combine these results;
they live in :mod:`analysis.periods.interpret`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from analysis.periods.grammar import Fields
from analysis.periods.model import Fail, Res
from analysis.periods.rules.anchors import Anchors
from analysis.periods.rules.days import days
from analysis.periods.rules.months import first_months, months
from analysis.periods.rules.open import open_ended
from analysis.periods.rules.quarters import quarters
from analysis.periods.rules.seasons import seasons
from analysis.periods.rules.weekdays import weekdays
from analysis.periods.rules.weeks import weeks
from analysis.periods.rules.windows import windows
from analysis.periods.rules.years import years

__all__ = ["FAMILIES", "resolve"]

Family = Callable[[Fields, Anchors, date | None, date | None], Res | None]

FAMILIES: tuple[Family, ...] = (
    first_months,
    weekdays,
    days,
    months,
    seasons,
    quarters,
    years,
    weeks,
    open_ended,
)
"""The anchored rule families, in order of precedence (after :func:`windows`)."""


def resolve(f: Fields, pub: date | None, ref: date | None) -> Res:
    """Resolve one segment's fields into an interval.

    Rolling windows and relative days come first (they need no calendar anchor); then
    the segment's :class:`Anchors` are computed once and each family of
    :data:`FAMILIES` is tried in turn.

    Parameters
    ----------
    f : Fields
        The segment.
    pub : datetime.date or None
        The publication date.
    ref : datetime.date or None
        For the start of a range: the resolved end, which the start precedes; year-less
        days, months and seasons are placed on or before it instead of P.

    Returns
    -------
    Res
        The interval, its precision and the rule's name.

    Raises
    ------
    NeedPub
        The segment is relative and the publication date is missing.
    Fail
        No rule places the segment.
    """
    found = windows(f, pub)
    if found is not None:
        return found
    anchors = Anchors.of(f, pub)
    for family in FAMILIES:
        found = family(f, anchors, pub, ref)
        if found is not None:
            return found
    raise Fail
