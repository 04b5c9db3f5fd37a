"""A figure in words: the one formatter behind every label a report shows.

``describe_figure(3000, 3000, nan, "at_least")`` is ``"at least 3,000"``. The words come
from the figure's qualifier and its open bounds, never re-derived from the best value:
"around 15,000" stays "about 15,000", "thousands of" stays "thousands (1,000–9,999)".

| qualifier | example |
|---|---|
| ``exact`` | ``15,000`` |
| ``approx`` | ``about 15,000`` |
| ``at_least`` | ``at least 3,000`` |
| ``at_most`` | ``up to 12,000`` |
| ``nearly`` | ``nearly 3,000`` |
| ``range`` | ``1,000–3,000`` |
| ``vague`` | ``thousands (1,000–9,999)`` |
| ``none`` | ``no number given`` |

A qualifier that does not fit the bounds (a combined statement whose reports were open
upwards, say) gives way to the bounds: an open high is "at least", an open low "up to".
"""

from __future__ import annotations

import math

__all__ = ["MAGNITUDE_WORDS", "describe_figure", "format_number"]

MAGNITUDE_WORDS: dict[float, str] = {
    2: "several", 10: "tens", 12: "dozens", 100: "hundreds", 1_000: "thousands",
    10_000: "tens of thousands", 100_000: "hundreds of thousands", 1_000_000: "millions",
}
"""The magnitude word of a vague figure, by its low bound (codebook rule 7)."""
SEVERAL: dict[float, str] = {12: "dozen", 100: "hundred", 1_000: "thousand"}
"""Singular after "several" ("several thousand"); the other magnitudes keep their plural."""


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: float, unit: str = "count") -> str:
    """Write one number for readers: thousands separators, no ``.0``, ``%`` for percent.

    Parameters
    ----------
    value : float
        The number (not NaN).
    unit : str
        ``count`` or ``percent``.

    Returns
    -------
    str
        ``"15,000"``, ``"2.5"``, ``"40%"``.
    """
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}".removesuffix(".0")
    return f"{text}%" if unit == "percent" else text


def _vague_words(low: float, high: float, unit: str) -> str:
    span = f"{format_number(low, unit)}–{format_number(high, unit)}"
    for magnitude, word in MAGNITUDE_WORDS.items():
        top = {2: 9, 12: 99}.get(magnitude, 10 * magnitude - 1)
        if high != top:
            continue
        if low == magnitude:
            return f"{word} ({span})"
        if low == 2 * magnitude and magnitude > 2:
            return f"several {SEVERAL.get(magnitude, word)} ({span})"
    return f"an unspecified number ({span})"


def describe_figure(low: float, best: float, high: float, qualifier: str = "",
                    unit: str = "count") -> str:
    """Say a figure in words, from its qualifier and its open bounds.

    Parameters
    ----------
    low, best, high : float
        The figure; NaN where open or unknown.
    qualifier : str
        The codebook qualifier (``exact, approx, at_least, at_most, nearly, range,
        vague, none``); empty: judged from the bounds alone.
    unit : str
        ``count`` or ``percent``.

    Returns
    -------
    str
        For example ``"about 15,000"``, ``"at least 3,000"``, ``"1,000–3,000"``,
        ``"thousands (1,000–9,999)"``, ``"up to 12,000"``; ``"no number given"`` when the
        figure has no best value.
    """
    if _missing(best) or qualifier == "none":
        return "no number given"
    number = format_number(best, unit)
    if _missing(high) and not _missing(low):
        return f"at least {number}"
    if _missing(low) and not _missing(high):
        return f"nearly {number}" if qualifier == "nearly" else f"up to {number}"
    if _missing(low) and _missing(high):
        return f"about {number}" if qualifier == "approx" else number
    if low < high:
        if qualifier == "vague":
            return _vague_words(low, high, unit)
        return f"{format_number(low, unit)}–{format_number(high, unit)}"
    return f"about {number}" if qualifier == "approx" else number
