"""Which clause an "other / more" word belongs to, beside the count (D39, D84.3)."""

from __future__ import annotations

from analysis.figures import cats as Cat
from analysis.figures.quantities import Quantity
from analysis.figures.units import Unit

__all__ = ["more_in_later_clause", "total_after_more"]


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
