"""A quantity: the value :mod:`~.quantities` reads a run of units into.

Split from :mod:`~.quantities` (the module-size budget), with :func:`place`, the place value of a
whole number (from :mod:`~.normalise`), which the readings of quantities and of compound number
words use.
"""

from __future__ import annotations

from typing import Final

from analysis.figures import cats as Cat

__all__ = ["NAN", "Quantity", "compound_total", "place"]

NAN: Final = float("nan")


def place(n: float) -> float:
    """Return the largest power of ten dividing the integer *n* (0 for others).

    Parameters
    ----------
    n : float
        A number.

    Returns
    -------
    float
        1, 10, 100 ... for positive integers ("20" -> 10, "300" -> 100), else 0.
    """
    if n <= 0 or n != int(n):
        return 0.0
    whole = int(n)
    p = 1
    while whole % (p * 10) == 0:
        p *= 10
    return float(p)


class Quantity:
    """A quantity read from a run of units.

    Attributes
    ----------
    start, end : int
        Indexes of its first and last unit.
    value, low, high : float
        Its value; bounds for a vague quantity (NaN otherwise).
    vague : str or None
        :data:`PLURAL` or :data:`SEVERAL` for a vague quantity.
    approx : bool
        Read from a collective noun ("a dozen"): approximate unless qualified.
    pct : bool
        Followed by a per cent word.
    has_mag : bool
        Holds a multiplier word.
    big_part, big_unit : float
        The part before the last scale and that scale ("1만 2천": 10000, 10000).
    digit_units : int
        Number of digit groups in it.
    linear : bool
        Its value is its one digit group times a constant (may serve as a template).
    odd : bool
        An "-odd" suffix stands inside it ("180餘萬", "700多万"): at least, unless qualified.
    measure : bool
        Read from a unit of measure told with an article, "one" or a vague word ("a ton",
        "数トン", "более тонны"): the figure alone, no candidate beside another quantity
        (D68.2).
    """

    __slots__ = (
        "start", "end", "value", "low", "high", "vague", "approx", "pct", "has_mag",
        "big_part", "big_unit", "digit_units", "linear", "odd", "measure",
    )  # fmt: skip

    def __init__(self) -> None:
        self.vague: str | None = None
        self.approx = False
        self.pct = False
        self.has_mag = False
        self.big_part = 0.0
        self.big_unit = 0.0
        self.digit_units = 0
        self.linear = True
        self.odd = False
        self.measure = False
        self.low = self.high = self.value = NAN
        self.start = self.end = 0


def compound_total(seq: list[tuple[str, float]]) -> dict[str, object] | None:
    """Add up the morphemes of a one-word number (None when they do not make one).

    (Moved from :mod:`~.lexicon`, 20cu: its module-size budget.)
    """
    total = section = 0.0
    number: float | None = None
    und = False
    for kind, val in seq:
        if kind == Cat.NUMBER:
            if number is None:
                number = val
            elif und and number < 10 and val % 10 == 0:
                number += val
            elif val < place(number):
                number += val
            else:
                return None
            und = False
        elif kind == Cat.SMALL:
            section += (number if number is not None else 1.0) * val
            number = None
        elif kind == Cat.SCALE:
            total += section + (number if number is not None else (0 if section else 1))
            total *= val
            section, number = 0.0, None
        else:
            if number is None:
                return None
            und = True
    if und:
        return None
    return {Cat.NUMBER: total + section + (number or 0.0)}
