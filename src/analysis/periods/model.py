"""The engine's value types and its control-flow exceptions.

The public :class:`Period`, a rule's :class:`Res`, and the two exceptions the engine
uses for control flow.

``NeedPub`` and ``Fail`` are expected: a relative phrase without a publication date
becomes ``unresolved``, tokens that make no period become ``unparsed``. Any other
exception out of the engine is a bug and propagates.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

__all__ = ["PRECISIONS", "STATUSES", "UNPARSED", "Fail", "NeedPub", "Period", "Res", "need"]

PRECISIONS = (
    "day",
    "week",
    "part_of_month",
    "month",
    "season",
    "quarter",
    "year",
    "span",
    "open",
    "none",
)
"""Allowed values of :attr:`Period.precision`, finest first."""

STATUSES = ("ok", "unresolved", "unparsed")
"""Allowed values of :attr:`Period.status`."""


class Period(NamedTuple):
    """A reported period as an inclusive interval with a precision.

    Attributes
    ----------
    start, end : datetime.date or None
        First and last day of the interval, both inclusive. ``None`` means open
        on that side (precision ``open``) or not known (status ``unresolved``).
    precision : str
        One of :data:`PRECISIONS`.
    status : str
        ``ok``; ``unresolved`` (a relative phrase without a publication date);
        ``unparsed`` (empty or not understood).
    """

    start: date | None
    end: date | None
    precision: str
    status: str


UNPARSED = Period(None, None, "none", "unparsed")
"""The period of an empty or not understood phrase."""


class Res(NamedTuple):
    """What a rule resolves one segment to: an interval, its precision and the rule name.

    Attributes
    ----------
    start, end : datetime.date or None
        The interval (``None``: open on that side).
    precision : str
        One of :data:`PRECISIONS`.
    rule : str
        The codebook rule that placed it (what :func:`analysis.periods.explain_period`
        returns).
    """

    start: date | None
    end: date | None
    precision: str
    rule: str


class NeedPub(Exception):
    """A relative phrase needs the publication date, which is missing."""


class Fail(Exception):
    """The tokens do not make a period."""


def need(pub: date | None) -> date:
    """Return the publication date, or raise :class:`NeedPub` when there is none.

    Parameters
    ----------
    pub : datetime.date or None
        The publication date.

    Returns
    -------
    datetime.date
        *pub* itself.
    """
    if pub is None:
        raise NeedPub
    return pub
