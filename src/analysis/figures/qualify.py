"""The qualifier and the relation of a quantity (codebook rules 1-5).

The qualifier is the nearest qualifier phrase before the quantity or after it (at most
two words away, no break symbol between); a "-odd" suffix (여, 余) counts only when no
other qualifier is written. The relation is ``additional`` when "another", "ще",
"추가" ... is written, or "more" right after the quantity.
"""

from __future__ import annotations

from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.model import NAN, Figure
from analysis.figures.quantities import Quantity
from analysis.figures.units import Unit

__all__ = [
    "BREAK_SYMBOLS", "bound_wins", "inside_word", "qualified", "qualifier", "relation",
    "scan_after", "scan_before",
]

_new: Final = tuple.__new__

_TIME_WORDS: Final = frozenset((Cat.DURATION, Cat.MONTH))
"""Categories of words that, like a word no table lists, stop a preposition ("over the weekend")."""

BREAK_SYMBOLS: Final = frozenset(",;:()[]{}|/")
"""Symbols a qualifier does not reach across."""


def inside_word(units: list[Unit], k: int) -> bool:
    """Whether the Hangul unit at *k* is part of a longer word (codebook D14).

    Its tail ("약" in "만약", "당" in "상당"): glued to a Hangul unit before it that is no
    table word, or a number word not itself glued to digits. Its head, for one syllable
    starting a word ("당" in "당국", "배" in "배치"): glued to a Hangul syllable after it that
    is no table word.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    k : int
        Index of the unit.

    Returns
    -------
    bool
        True when the unit is not a word of its own.
    """
    u = units[k]
    if not (u.cjk and "\uac00" <= u.text[0] <= "\ud7af"):
        return False
    if not u.glued_prev or k == 0:
        if len(u.text) != 1 or not u.glued_next or k + 1 >= len(units):
            return False
        n = units[k + 1]
        return n.cjk and not n.cats and "\uac00" <= n.text[0] <= "\ud7af"
    p = units[k - 1]
    if not p.cjk:
        return False
    if not p.cats:
        return True
    numeric = any(r in p.cats for r in Cat.NUMBER_ROLES)
    return numeric and not (p.glued_prev and k > 1 and units[k - 2].kind == "d")


def scan_before(units: list[Unit], q_start: int, lo: int, cat: str) -> tuple[object, float]:
    """Find the nearest unit carrying *cat* before *q_start* (not before *lo*).

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q_start : int
        Index of the quantity's first unit.
    lo : int
        First index that may be looked at.
    cat : str
        A category of :mod:`~analysis.figures.cats`.

    Returns
    -------
    tuple of (object, float)
        The category's value and its distance in words (a CJK character counts half),
        or ``(None, 0)`` when none is within two words.
    """
    words = 0.0
    k = q_start - 1
    plain = False  # a word no table lists lies between ("до лікарів звернулось 122")
    while k >= lo:
        u = units[k]
        v = u.cats.get(cat)
        if v is not None and not inside_word(units, k):
            if plain and Cat.PREPOSITION in u.cats:
                return None, 0  # "over the weekend 300", "bis Montag 300": a preposition
            return v, words
        if u.kind == "s":
            if u.text in BREAK_SYMBOLS:
                if u.text == "," and words == 0.0 and cat == Cat.QUALIFIER_BEFORE:
                    return _between_commas(units, k)
                return None, 0
        else:
            plain = plain or (u.kind == "w" and not (u.cats.keys() - _TIME_WORDS))
            words += 0.5 if u.cjk else 1.0
            if words > 2:
                return None, 0
        k -= 1
    return None, 0


def _between_commas(units: list[Unit], k: int) -> tuple[object, float]:
    """Read a qualifier set off by commas right before the number (D91.2).

    "унесла жизни, по меньшей мере, 15 человек", "murieron, al menos, 15": the qualifier stands
    alone between the comma at *k* (right before the number) and a comma before it (or the
    phrase's start); any other word between keeps the comma a break.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    k : int
        Index of the comma right before the quantity.

    Returns
    -------
    tuple of (object, float)
        The qualifier and a distance of 0, or ``(None, 0)``.
    """
    j = k - 1
    if j < 0:
        return None, 0
    v = units[j].cats.get(Cat.QUALIFIER_BEFORE)
    if v is None or inside_word(units, j) or Cat.PREPOSITION in units[j].cats:
        return None, 0
    if j == 0 or units[j - 1].text == ",":
        return v, 0.0
    return None, 0


def scan_after(
    units: list[Unit], q_end: int, hi: int, cat: str, limit: float = 2.0
) -> tuple[object, float]:
    """Find the nearest unit carrying *cat* after *q_end* (before *hi*).

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q_end : int
        Index of the quantity's last unit.
    hi : int
        First index not looked at.
    cat : str
        A category of :mod:`~analysis.figures.cats`.
    limit : float, default 2.0
        Most words that may lie between.

    Returns
    -------
    tuple of (object, float)
        The category's value and its distance in words, or ``(None, 0)``.
    """
    words = 0.0
    k = q_end + 1
    while k < hi:
        u = units[k]
        v = u.cats.get(cat)
        if v is not None:
            return v, words
        if u.kind == "s":
            if u.text in BREAK_SYMBOLS:
                return None, 0
        else:
            words += 0.5 if u.cjk else 1.0
            if words > limit:
                return None, 0
        k += 1
    return None, 0


def bound_wins(pre: object, post: object, one_word: bool) -> bool:
    """Whether a bound after the number governs an "about" before it at the same distance.

    D175 (25rc, completing D1): "sekitar seratus lebih ayam", "tahminen 2000'i aşıyordu",
    "Yaklaşık 5 bine yakın" are at least / nearly (not at most): the "about" qualifies the
    bounded phrase, as an outer word does (D1), when the bound is one word of letters
    (*one_word*: an adverb or a verb). A bound of a table phrase ("or more", hi "से ज्यादा",
    whose labels split) or glued to a Han, kana or Hangul number (zh "200多", the weak "-odd"
    of D2) leaves the "about".
    """
    return one_word and pre == "approx" and post in _BOUNDS


_BOUNDS: Final = frozenset(("at_least", "nearly"))
"""The bounds that govern (D175); hi "करीब 10% तक" (up to) is labelled approx (round 66)."""


def _one_word_after(units: list[Unit], q_end: int, hi: int) -> bool:
    """Whether the first qualifier after unit *q_end* (before *hi*) is one word of letters."""
    for u in units[q_end + 1 : hi]:
        if Cat.QUALIFIER_AFTER in u.cats:
            return u.kind == "w" and not u.cjk
    return False


def qualifier(units: list[Unit], q: Quantity, lo: int, hi: int) -> str:
    """Return the qualifier of quantity *q*, looking between units *lo* and *hi*.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q : Quantity
        A quantity that is not vague.
    lo, hi : int
        The window of units that belong to *q* (see :func:`~.context.bounds`).

    Returns
    -------
    str
        ``approx``, ``at_least``, ``at_most``, ``nearly`` or ``exact`` (``approx`` for a
        collective noun with no qualifier written).
    """
    pre, dpre = scan_before(units, q.start, lo, Cat.QUALIFIER_BEFORE)
    post, dpost = scan_after(units, q.end, hi, Cat.QUALIFIER_AFTER)
    if pre is not None and (
        post is None
        or dpre < dpost
        or dpre == dpost and not bound_wins(pre, post, _one_word_after(units, q.end, hi))
    ):
        return pre  # type: ignore[return-value]
    if post is not None:
        return post  # type: ignore[return-value]
    weak, _ = scan_after(units, q.end, hi, Cat.WEAK_AT_LEAST, limit=0.5)
    if weak is not None:
        return weak  # type: ignore[return-value]
    if q.odd:
        return "at_least"
    return "approx" if q.approx else "exact"


def relation(units: list[Unit], q: Quantity, hi: int, additional: bool) -> str:
    """Return ``additional`` when written before the phrase's figure or right after it.

    The "of" of a scale ("23 millones de personas más", "23 milioni di persone in più") is
    no word between the count and its "more" (23rf, D137), nor that of a vague plural ("cientos
    de niños más", "centinaia di persone in più": 27ru, D199).
    """
    if additional:
        return "additional"
    end = q.end
    if end + 2 < hi and Cat.OF in units[end + 1].cats and (
            Cat.SCALE in units[end].cats or q.vague is not None):
        end += 1
    if scan_after(units, end, hi, Cat.ADDITIONAL_AFTER, limit=1)[0] is not None:
        return "additional"
    return "total"


def tidied(value: float) -> float:
    """Return :func:`~.model.tidy` of *value*, computed in compiled code.

    ``tidy`` stays in the model, which stays Python; a Python call from the engine costs more
    than its arithmetic, which is repeated here (``tests/test_figures_fast.py`` holds the two
    to each other).
    """
    # whole, NaN or infinite: as is (``value % 1.0 == 0.0`` is ``value.is_integer()``, in C:
    # NaN and the infinities give NaN, 17sp)
    if value % 1.0 == 0.0 or not -1e300 < value < 1e300:
        return value
    whole = round(value)
    return float(whole) if abs(value - whole) <= 1e-9 * abs(value) else value


def qualified(value: float, unit: str, qual: str, rel: str) -> Figure:
    """Return the figure of one quantity: open above for at_least, below for at_most/nearly."""
    value = value if value % 1.0 == 0.0 else tidied(value)  # (value.is_integer(), in C)
    # tuple.__new__ makes the same Figure as Figure(...), without its keyword handling
    if qual == "at_least":
        return _new(Figure, (value, value, NAN, unit, qual, rel, "ok"))
    if qual in ("at_most", "nearly"):
        return _new(Figure, (NAN, value, value, unit, qual, rel, "ok"))
    return _new(Figure, (value, value, value, unit, qual, rel, "ok"))
