"""What the engine returns: :class:`Figure`, its allowed values, and the unparsed reasons."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "NAN", "QUALIFIERS", "RELATIONS", "STATUSES", "UNITS", "UNPARSED", "Figure", "Reason", "tidy",
]  # fmt: skip

NAN = float("nan")


def tidy(value: float) -> float:
    """Return *value* without the error of binary floats.

    "3.1 millones" is 3,100,000, not 3,100,000.0000000005: a value within a billionth of a
    whole number is that number.

    Parameters
    ----------
    value : float
        A value read from a phrase (NaN passes through).

    Returns
    -------
    float
        The value, rounded to the whole number it stands for.
    """
    if value.is_integer() or not -1e300 < value < 1e300:  # whole, NaN or infinite: as is
        return value
    whole = round(value)
    return float(whole) if abs(value - whole) <= 1e-9 * abs(value) else value

UNITS = ("count", "percent")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "nearly", "range", "vague", "none")
RELATIONS = ("total", "additional")
STATUSES = ("ok", "unparsed")


class Figure(NamedTuple):
    """A reported figure read under the codebook.

    Attributes
    ----------
    low, best, high : float
        Bounds and best estimate; NaN where open or unknown.
    unit : str
        ``"count"`` or ``"percent"``.
    qualifier : str
        One of ``exact, approx, at_least, at_most, nearly, range, vague, none``.
    relation : str
        ``"total"`` or ``"additional"``.
    status : str
        ``"ok"`` or ``"unparsed"``.
    """

    low: float
    best: float
    high: float
    unit: str
    qualifier: str
    relation: str
    status: str


UNPARSED = Figure(NAN, NAN, NAN, "count", "none", "total", "unparsed")
"""The figure of every phrase the codebook cannot read."""


class Reason(StrEnum):
    """Why a phrase is unparsed (codebook rule 13), as :func:`explain_figure` says it.

    The values are written into the processed tables and the review queue: never
    change one. A parsed phrase has no reason (the empty string).
    """

    NO_TEXT = "no text"
    EMPTY = "empty"
    UNREADABLE_WORD = "unreadable word '{word}' (no table for this language)"
    RATE = "rate or per-unit figure"
    FRACTION = "fraction or ratio"
    UNIT_SIZE = "unit size, not a count"
    NO_MAGNITUDE = "vague word without a magnitude"
    NO_NUMBER = "no number"
    SEVERAL_QUANTITIES = "several quantities (sum, list or ratio)"
    MIXED_RANGE = "range mixing a number and a vague word"
    NOT_INCREASING = "not an increasing range (ratio, score or two figures)"
    NEGATIVE = "negative figure (a count cannot be below zero)"
