"""Which numbers beside the count are its measure's list or a name's: helpers of :mod:`~.decide`.

A measure's unit glued by a hyphen (D64.2), a ``not_count_post`` word after a number (D59.4), a
measure listed with a count by an "and" of its own clause (D45.3, D103.2) and a house's number
after a street's name (D105). Split from :mod:`~.decide` (the module-size budget).
"""

from __future__ import annotations

from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.quantities import Quantity
from analysis.figures.units import Unit

__all__ = ["clause_break", "hyphen_glued", "listed_with", "named_after", "street_number"]



_STREET_NAME: Final = frozenset((Cat.STOP, Cat.MONTH))
"""Categories a word of a street's name may carry: "viale XX settembre", "rua da Paz"."""
_CLOSES: Final = frozenset((",", ".", ";", ")", "(", "-", "\u2013", "\u2014"))
"""What may close an address after its house number (D105)."""


def street_number(units: list[Unit], k: int) -> bool:
    """Whether the digits at *k* end a street's name: its house number, no count (D105).

    A ``street_pre`` word ("jalan", "rua", "ul.") one to five units before the number, with only
    plain words of the name between ("Jalan Pramuka Raya 70,", "rua da Paz 12,"; a point of the
    word's abbreviation too: "ul. Długa 5"; a comma right before the number: "вул. Шевченка,
    12"), and the address closed after the number by a
    comma, a point, a bracket, a dash or the phrase's end: a count may follow a street's name
    directly ("di jalan tol 2 orang tewas"), an address does not run on into a noun. Never
    across a digit, a comma or a word of the table's other roles.
    """
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and nxt.text not in _CLOSES:
        return False
    for j in range(k - 1, max(k - 6, -1), -1):
        u = units[j]
        if Cat.STREET_BEFORE in u.cats:
            return True
        if not (u.kind == "w" or (u.text == "." and u.glued_prev) or (u.text == "," and j == k - 1)
                ) or not u.cats.keys() <= _STREET_NAME:
            return False
    return False


def hyphen_glued(units: list[Unit], k: int) -> bool:
    """Whether *k* is a hyphen glued to the number before it and the word after it (D64.2).

    "850-метрового забігу", "a 10-metre fall", "50-Meter-Absturz": a measure's unit written
    as one word with its number is the number's unit, as "850 метрів".
    """
    return (
        k < len(units)
        and units[k].text == "-"
        and units[k].glued_prev
        and k + 1 < len(units)
        and units[k + 1].glued_prev
        and units[k + 1].kind == "w"
    )


def named_after(units: list[Unit], q: Quantity) -> bool:
    """Whether a ``not_count_post`` word right after *q* names it ("130 Meter", "15. KW")."""
    return _naming_word(units, q) is not None


def _naming_word(units: list[Unit], q: Quantity) -> str | None:
    """Return the ``not_count_post`` word right after *q* ("Meter" of "130 Meter"), or None."""
    k = q.end + 1
    if k < len(units) and hyphen_glued(units, k):
        k += 1
    if k < len(units) and Cat.NOT_COUNT_AFTER in units[k].cats:
        return units[k].text
    if k + 1 < len(units) and units[k].text == "." and Cat.NOT_COUNT_AFTER in units[k + 1].cats:
        return units[k + 1].text
    return None


def listed_with(units: list[Unit], q: Quantity, qs: list[Quantity]) -> bool:
    """Whether an "and" joins *q* to the next quantity of *qs*, or to a measure of its unit before.

    Forward, "370 километров дорог и 36 мостов" (:func:`_listed_before`). Backward only between
    two measures of one unit, "30 tonnes and 40 tonnes", "between 37.5 million tonnes and 39.6
    million tonnes" (D181): the second was dropped as a measure and the phrase read its first, a
    wrong number; two masses are two quantities. A measure after an "and" that joins clauses
    ("102 vittime … e temperature … i 40 gradi") is still passed over for the count.
    """
    if _listed_before(units, q, qs):
        return True
    before = [other for other in qs if other.end < q.start]
    if not before:
        return False
    prev = max(before, key=lambda other: other.end)
    unit = _naming_word(units, q)
    return unit is not None and _naming_word(units, prev) == unit and _listed_before(
        units, prev, [q])


def _listed_before(units: list[Unit], q: Quantity, qs: list[Quantity]) -> bool:
    """Whether an "and" joins *q* to the next quantity of *qs*: "370 километров дорог и 36 мостов".

    A measure listed with a count names another thing the phrase reports (D45.3): both stay.
    Only an "and" lists (D103.2: a range's "to" does not, "40 stopni Celsjusza, doprowadziły
    już do śmierci … kilkunastu osób"), and a clause break between them ends the measure's list
    (a semicolon, a colon or a spaced dash not followed by an "and": "охопило 7 га та
    перекинулося … — спалахнуло 12 споруд"); a measure after it is passed over for the count
    after that ("+38°C і … 7 га … — 12").
    """
    start = q.end + 3 if hyphen_glued(units, q.end + 1) else q.end + 1  # "10-metre" (D64.2)
    for other in qs:
        if other.start > q.end:
            if named_after(units, other) and other is not qs[-1]:
                continue  # "+38°C і … 7 га … — 12 споруд": a measure after it is no count (D103.2)
            if clause_break(units, start, other.start):
                return False
            return any(  # (not a Han or Hangul syllable: inside a word, "전국에서")
                not u.cjk and not Cat.LIST_JOINS.isdisjoint(u.cats)
                and not hyphen_glued(units, j)  # "50-Meter-Absturz": one word
                for j, u in enumerate(units[start : other.start], start)
            )
    return False


_BREAKS: Final = frozenset((";", ":"))


def clause_break(units: list[Unit], start: int, end: int) -> bool:
    """Whether a clause break stands in ``units[start:end]`` (D103.2).

    A semicolon or colon, or a dash with a space on both sides, whose next unit is no "and" of
    a list: the measure before it and the count after it are told in two clauses, no list of
    reported things. Not a comma ("80 mètres de tablier, avec un bus et deux voitures" lists).
    """
    for j in range(start, end):
        u = units[j]
        if u.text in _BREAKS or (u.text in Cat.DASHES and not u.glued_prev and not (
                j + 1 < end and units[j + 1].glued_prev)):
            nxt = units[j + 1] if j + 1 < end else None
            if nxt is None or (Cat.AND not in nxt.cats and Cat.RANGE_AND not in nxt.cats):
                return True
    return False
