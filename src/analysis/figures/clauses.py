"""Which clause an "other / more" word belongs to, beside the count (D39, D84.3)."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.quantities import Quantity
from analysis.figures.spelling import spell_pattern
from analysis.figures.units import Unit
from analysis.lang import FIGURE_TABLES

__all__ = ["more_in_later_clause", "other_apart", "total_after_more"]

_OTHER_BEFORE: Final = 1
"""Words at most between an "other" word and the count after it ("las otras 5", "Les autres
victimes, 12", "gli altri feriti - circa 35"): its noun."""
_OTHER_AFTER: Final = 2
"""Words at most between the count and an "other" word after it ("6 orang korban lainnya")."""
_NOT_WORDS: Final = frozenset((Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.PREPOSITION,
                               Cat.ARTICLE))
"""What is not counted as a word between them: a qualifier, an article."""


def more_in_later_clause(units: list[Unit], q: Quantity) -> bool:
    """Whether every "other / more" word stands after *q*, beyond a comma (D39).

    "три людини загинули, інших пасажирів ушпиталили" (three died, the other passengers were
    taken to hospital): "other" belongs to the clause after the comma, not to the three. An
    "and" after the count opens such a clause too (21ra, D95.1): "لقي 20 شخصا مصرعهم و أصيب
    آخرون" (20 died and others were hurt), "200 Soldaten kamen an und weitere sollen folgen";
    the count is the only quantity here, so the others have no number of their own.
    """
    comma = False
    for j, u in enumerate(units):
        if Cat.ADDITIONAL in u.cats and (j < q.start or not comma):
            return False
        if j > q.end and (u.text in (",", ";") or Cat.AND in u.cats or Cat.UND in u.cats):
            comma = True
    return True


def total_after_more(units: list[Unit], q: Quantity) -> bool:
    """Whether a total word after a comma closes every "more" word before *q* (D84.3).

    "a augmenté de 50 000 …, ce qui donne un total de 550 000": the rise's "more" belongs to
    its clause; the count after "a total of" in the next one is the total.
    """
    last = -1
    for j, u in enumerate(units):
        if Cat.ADDITIONAL in u.cats:
            if j >= q.start:
                return False
            last = j
    if last < 0:
        return False
    comma = False
    for j in range(last + 1, q.start):
        u = units[j]
        if u.text in (",", ";"):
            comma = True
        elif comma and Cat.TOTAL in u.cats:
            return True
    return False


@cache
def _other_words(code: str) -> re.Pattern[str] | None:
    found = FIGURE_TABLES.get(code, {}).get("other_words")
    return re.compile("|".join(f"(?:{spell_pattern(w)})" for w in found)) if found else None


def other_apart(units: list[Unit], q: Quantity, code: str) -> bool:
    """Whether every "more" word of the phrase is an "other" word apart from *q* (D124, 23rb).

    "Las iglesias y otros edificios servían de albergue para unos 2,953 habitantes", "488 cas
    sont classés sous le label « autres »", "… tanaman pokok lainnya": the word for "other"
    (the table's ``other_words``) names another thing than the counted one, far from the count:
    no relation of the count, which is a total. "Otras 5 personas", "los otros cinco", "5 orang
    lainnya", "Les autres victimes, 12 au total" (at most one word before the number, two after
    it, qualifiers and articles aside: its noun phrase) stay additional (D12).
    """
    others = _other_words(code)
    if others is None:
        return False
    for j, u in enumerate(units):
        if Cat.ADDITIONAL not in u.cats:
            continue
        if others.fullmatch(u.text) is None:
            return False
        if j < q.start and _words(units, j + 1, q.start) <= _OTHER_BEFORE:
            return False
        if j > q.end and _words(units, q.end + 1, j) <= _OTHER_AFTER:
            return False
    return True


def _words(units: list[Unit], a: int, b: int) -> int:
    """Count the words of ``units[a:b]``, less symbols, qualifiers and articles."""
    return sum(1 for u in units[a:b] if u.kind != "s" and not Cat.shares(_NOT_WORDS, u.cats))
