"""Phrases the codebook leaves unparsed (rule 13), each with its :class:`Reason`.

Rates ("200 a day"), fractions and ratios ("a third", "3/4"), counts of military units
("three brigades"), vague words without a magnitude ("many"), and several quantities
that are not one figure (a sum, a list, a ratio).
"""

from __future__ import annotations

import re
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.context import are_parts, bounds
from analysis.figures.model import Reason
from analysis.figures.qualify import inside_word, scan_after, scan_before
from analysis.figures.quantities import Quantity
from analysis.figures.units import Unit

__all__ = [
    "beside_person", "is_unit_count", "listed_with_many", "nothing_read", "one_quantity",
    "rate_or_fraction",
    "year_span_at",
]  # fmt: skip

def rate_or_fraction(
    units: list[Unit], qs: list[Quantity], has: set[str], labels: tuple[int, ...] = ()
) -> Reason | None:
    """Return why the phrase is a rate, fraction or ratio, or None.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The quantities read.
    has : set of str
        Every category in the phrase.
    labels : tuple of int, optional
        Positions of colons that end a named number's label ("Gewinnklasse 2: 14 Gewinner",
        D56): no ratio.

    Returns
    -------
    Reason or None
        :attr:`Reason.RATE` (a rate word, or a "rate after" word right after a
        quantity), :attr:`Reason.FRACTION` (a fraction word, or digits on both sides of
        "/" or ":"), else None.
    """
    n = len(units)
    if Cat.RATE in has and any(Cat.RATE in u.cats and not inside_word(units, k)
                               and not _before_year(units, k) for k, u in enumerate(units)):
        return Reason.RATE
    if Cat.RATE_AFTER in has:
        for q in qs:
            if scan_after(units, q.end, n, Cat.RATE_AFTER, 1)[0] is not None:
                return Reason.RATE
    if Cat.FRACTION in has and _written(units, Cat.FRACTION):
        return Reason.FRACTION
    if (Cat.NOT_COUNT_AFTER in has or Cat.DURATION in has) and _per_measure(units, qs):
        return Reason.RATE
    for k in range(1, n - 1):
        if units[k].text in "/:" and units[k - 1].kind == "d" and units[k + 1].kind == "d" and (
                k not in labels) and not year_span_at(units, k):
            return Reason.FRACTION
    return None


def _per_measure(units: list[Unit], qs: list[Quantity]) -> bool:
    """Whether a quantity's unit is written per another, one of them a measure (D73, D19).

    "1200 m³/s", "32 Liter/m²", "5 Einwohner/km²": the word right after a quantity, a "/" glued
    to it and a word glued after it, one of the two words a measure's unit (``not_count_post``:
    an area or a volume, "m³", "km²"; a length or a mass where the table lists it) make a rate
    or a per-unit figure, in every language. Two words neither of which is a measure ("5
    Tote/Verletzte") are left as they were. (30fx, D214.4) A time unit after the "/" is a rate
    too, with the noun or without it: "5000 cases/day", "5000 例/天", "300/Tag".
    """
    n = len(units)
    for q in qs:
        k = q.end + 1
        if k + 1 < n and units[k].text == "/" and Cat.DURATION in units[k + 1].cats and (
                units[k + 1].kind in _WORDS and units[k + 1].glued_prev):
            return True
        k += 1
        if k + 1 >= n or units[k].text != "/":
            continue
        a, b = units[k - 1], units[k + 1]
        if not (units[k].glued_prev and b.glued_prev):
            continue
        if (a.kind == "w" and b.kind == "w" and (
                Cat.NOT_COUNT_AFTER in a.cats or Cat.NOT_COUNT_AFTER in b.cats)) or (
                a.kind in _WORDS and b.kind in _WORDS and Cat.DURATION in b.cats):
            return True
    return False


_WORDS: Final = ("w", "c")
"""Kinds of units that are words: letters, or a CJK character ("例/天")."""


_SPAN_JOINS: Final = frozenset(("-", "\u2013", "\u2014", "/"))


def year_span_at(units: list[Unit], k: int) -> bool:
    """Whether the dash or slash at *k* joins a span of years: "2018-19", "2018/19", "2016–2017".

    Glued on both sides, a four-digit 1900-2100 before it, and after it the same century's
    two last digits one to ten years later ("1999-00" too) or a four-digit year one to thirty
    years later (D59): a season or a fiscal year, no fraction ("2018/19") and no count.
    """
    if not (0 < k < len(units) - 1) or units[k].text not in _SPAN_JOINS:
        return False
    a, b = units[k - 1], units[k + 1]
    if not (units[k].glued_prev and b.glued_prev and a.kind == "d" and b.kind == "d"):
        return False
    if len(a.text) != 4 or not a.text.isdigit() or not b.text.isdigit():
        return False
    first = int(a.text)
    if not 1900 <= first <= 2100:
        return False
    if len(b.text) == 2:
        return 0 < (int(b.text) - first) % 100 <= 10
    return len(b.text) == 4 and 0 < int(b.text) - first <= 30


def _before_year(units: list[Unit], k: int) -> bool:
    """Whether the rate word at *k* is a year's preposition: "im Jahr 2001" (in the year).

    Only a rate word that is also a year's word (``FIGURES["year_pre"]``: de "im Jahr") is
    one; "saatte 2024 kilometre" stays a rate whatever its digits.
    """
    nxt = units[k + 1] if k + 1 < len(units) else None
    return Cat.YEAR_BEFORE in units[k].cats and nxt is not None and nxt.kind == "d" and \
        len(nxt.text) == 4 and nxt.text.isdigit() and 1800 <= int(nxt.text) <= 2100


def _written(units: list[Unit], cat: str) -> bool:
    """Whether a unit carrying *cat* is a word of its own, not inside a longer one (D14)."""
    return any(cat in u.cats and not inside_word(units, k) for k, u in enumerate(units))


def nothing_read(has: set[str]) -> Reason:
    """Return why a phrase with no quantity is unparsed.

    Parameters
    ----------
    has : set of str
        Every category in the phrase.

    Returns
    -------
    Reason
        Unit size (a unit's name with no count), no magnitude (an uncountable word), or
        no number.
    """
    if Cat.MILITARY_UNIT in has:
        return Reason.UNIT_SIZE
    if Cat.UNCOUNTABLE in has:
        return Reason.NO_MAGNITUDE
    return Reason.NO_NUMBER


_COPULA: Final = frozenset("是為为")
"""A Chinese copula after "many": "不少是儿童" (many are children) is a breakdown."""


def listed_with_many(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is listed with counts no number gives (D41).

    "18 persone e numerosi feriti" (18 dead and many wounded), "當場1人死亡,多人受傷": after
    the count, beyond "and" (or a comma, in Chinese and Japanese: after a comma alone, "300
    dead, many children" may be a breakdown), "many" counts something else; and "fünf Schiffe, ein
    Helikopter und ein Flugzeug" lists two more things after a comma, each with "a" (one), the
    last after "and". The phrase is a list (rule 13, D5). Not in a breakdown ("18, many of
    them children": an including word comes first), not "many of" (a share), not a "many"
    glued to a number ("10多人", ten-odd).

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q : Quantity
        The one quantity read.

    Returns
    -------
    bool
        True when such a "many" word follows the quantity.
    """
    if _article_parts(units, q):
        return False  # "quattro veicoli: un suv, un pulmino, un autobus e un camion" (D64.12)
    joined = punct = False  # an "and" / a comma between the count and the word
    comma = article = False
    for k in range(q.end + 1, len(units)):
        u = units[k]
        c = u.cats
        if Cat.INCLUDING in c or Cat.INCLUDING_AFTER in c:
            return False
        if Cat.ARTICLE in c and comma:
            if article and Cat.shares(Cat.LIST_JOINS, units[k - 1].cats):
                return True  # ", a helicopter and a plane"
            article = True
        if u.text in (",", ";", "、"):
            comma = comma or u.text == ","
            punct = True
        elif Cat.shares(Cat.LIST_JOINS, c):
            joined = True
        elif Cat.UNCOUNTABLE in c and (joined or (punct and u.cjk)) and not inside_word(units, k):
            prev = units[k - 1]
            glued = u.glued_prev and (prev.kind == "d" or Cat.NUMBER in prev.cats)
            nxt = units[k + 1] if k + 1 < len(units) else None
            # ("300人死亡，不少是儿童": "many of them are children", a breakdown)
            return not glued and not (nxt is not None and (
                Cat.OF in nxt.cats or nxt.text[:1] in _COPULA))
    return False


def _article_parts(units: list[Unit], q: Quantity) -> bool:
    """Whether a colon or an apposition after the count opens its parts, each told with "a".

    "sono rimasti coinvolti quattro veicoli: un suv, un pulmino, un autobus di linea e un
    camion", "four vehicles: a car, a van, a bus and a truck": the colon within eight units
    after the count, then only parts with an article word and no other number, their number
    the count's (D60.2: a part told with words and no number is one; D64.12). (D93.3) A comma
    after the count and at most two words opens an apposition the same way, which ends at the
    comma after its "and" ("Deux autres personnes, un homme de 58 ans et une femme de 55 ans,
    ont été hospitalisées" = 2); an age told in it ("de 58 ans") is no number of a part.
    """
    n = len(units)
    start, close = -1, False
    for k in range(q.end + 1, min(q.end + 9, n)):
        if units[k].text == ":":
            start = k + 1
            break
    if start < 0:
        k = q.end + 1
        while k < min(q.end + 3, n) and units[k].kind == "w" and not Cat.shares(
                Cat.LIST_JOINS, units[k].cats) and Cat.ARTICLE not in units[k].cats:
            k += 1
        if k >= n or units[k].text != "," or k + 1 >= n or Cat.ARTICLE not in units[k + 1].cats:
            return False
        start, close = k + 1, True
    ones = 0
    joined = False
    for j in range(start, n):
        u = units[j]
        if close and joined and u.text == ",":
            break
        if Cat.ARTICLE in u.cats:
            ones += 1
        elif u.kind == "d" or Cat.NUMBER in u.cats:
            if not (close and j + 1 < n and Cat.DURATION in units[j + 1].cats):
                return False
        elif close and Cat.shares(Cat.LIST_JOINS, u.cats):
            joined = True
    return ones >= 2 and ones == q.value


def _word(u: Unit) -> bool:
    """Whether *u* is a word (no number, sign or punctuation)."""
    return u.kind == "w" or (u.kind == "p" and Cat.NUMBER not in u.cats)


def beside_person(
    units: list[Unit],
    q: Quantity,
    persons: re.Pattern[str],
    joins: re.Pattern[str],
    verbs: re.Pattern[str] | None,
    outcomes: re.Pattern[str] | None,
    own: re.Pattern[str] | None = None,
) -> bool:
    """Whether one person named by a role is joined by "and" to the count *q* (D65.6, D88).

    "the pilot and four passengers", "Acht Passagiere und der Fahrer", "Un piloto y tres
    pasajeros": the person (a table's ``persons`` role or family word) is one more of a sum
    the codebook does not add (rule 13, D12). Before the count, the person stands right before
    the "and"; after it, the count's noun at most comes before the "and", and an article or
    possessive at most between the "and" and the person. A verb there (the table's verb
    forms: "Two died and the driver was arrested") ends the count's clause: the count stays
    (an outcome is no verb there: "8 injured and the driver" is a sum). A role word that is
    also a verb (uk "мати", to have) is the person only at the end of the clause or before a
    verb. Told with its whole after an opener ("seven hurt:
    six passengers and the driver") the person is a part of that whole
    (:func:`_told_parts`), and the whole is the count. Dates, years and designations beside
    the person ("on May 5 and the pilot", "Flight 370 and the pilot") are no quantity here.
    A person word of D88 (woman, man, girl, boy; "and" also "with" in ru, uk) reads alike, a
    possessive of the table (*own*) may stand between the "and" and the count after it ("a
    woman and her three children"), and an age told as a word may stand before the person
    after the count ("семеро дітей та 18-річна дівчина").
    """
    n = len(units)
    k = q.start - 1
    if k >= 2 and own is not None and own.fullmatch(units[k].text):
        k -= 1  # "мать и её четверых детей", "a mother and her two children"
    if k >= 1 and joins.fullmatch(units[k].text) and persons.fullmatch(
            units[_before_age(units, k - 1)].text):
        return True
    k = q.end + 1
    if k < n and _word(units[k]) and not joins.fullmatch(units[k].text):
        if verbs is not None and verbs.fullmatch(units[k].text):
            return False
        k += 1
    if k >= n or not joins.fullmatch(units[k].text):
        return False
    for j in (k + 1, k + 2):
        if j >= n or not _word(units[j]):
            return False
        if persons.fullmatch(units[j].text):
            if verbs is None or not verbs.fullmatch(units[j].text):
                return True
            nxt = units[j + 1] if j + 1 < n else None  # "мати" (mother; to have)
            return nxt is None or not _word(nxt) or bool(
                verbs.fullmatch(nxt.text) or (outcomes is not None and outcomes.fullmatch(nxt.text))
            )
    return False


def _before_age(units: list[Unit], i: int) -> int:
    """Return the place of the word before an age told after a person, ending at *i*, or *i*.

    (21rb, D99.2) "un enfant de 11 ans et cinq de ses camarades", "женщина 45 лет и трое
    детей": the age (a number and a time unit, one short word such as "de", "di" before it) is
    no count and stands between the person and the "and".

    Parameters
    ----------
    units : list of Unit
        The phrase.
    i : int
        The place of the unit right before the "and".

    Returns
    -------
    int
        The place before the age, or *i* when no age ends there.
    """
    if i < 2 or Cat.DURATION not in units[i].cats:
        return i
    num = units[i - 1]
    if not (num.kind == "d" or Cat.NUMBER in num.cats):
        return i
    j = i - 2
    if j >= 1 and units[j].kind == "w" and len(units[j].text) <= 3:
        j -= 1  # "de", "di", "of"
    return j


def is_unit_count(units: list[Unit], q: Quantity, hi: int) -> bool:
    """Whether *q* counts military units ("three brigades"), not people.

    A number of 100 or more next to a unit's name ("1,500 Storm Corps troops") is a
    headcount.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q : Quantity
        A quantity read from it.
    hi : int
        End of the window of units that belong to *q*.

    Returns
    -------
    bool
        True when a unit's name follows a small or vague quantity.
    """
    small = q.vague is not None or q.value < 100
    return small and scan_after(units, q.end, hi, Cat.MILITARY_UNIT)[0] is not None


def one_quantity(
    units: list[Unit],
    qs: list[Quantity],
    dropped_at: list[int],
    outcomes: re.Pattern[str] | None = None,
) -> list[Quantity] | None:
    """Narrow several quantities down to the figure, or None when they are several.

    The quantity after a "total" word is the figure, unless an earlier one has its own and the
    last does not add the others up (D106); a unit count next to one headcount
    describes the force ("two brigades, about 10,000 troops"). Anything else is a sum,
    a list or a ratio.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        Two or more quantities, in order.
    dropped_at : list of int
        Ends of the dropped quantities.
    outcomes : re.Pattern, optional
        The language's words of what befell the counted (``Lexicon.outcomes``).

    Returns
    -------
    list of Quantity or None
        The quantities still considered (one), or None.
    """
    n = len(units)
    last = qs[-1]
    lo, _ = bounds(last, qs, dropped_at, n)
    counts = [q for q in qs if not is_unit_count(units, q, bounds(q, qs, dropped_at, n)[1])]
    if scan_before(units, last.start, lo, Cat.TOTAL)[0] is not None:
        first = _first_total(units, qs, dropped_at)
        parts = qs[first:-1]
        if first < 0 or (len(parts) > 1 and abs(sum(q.value for q in parts) - last.value) < 1e-9):
            return [last]  # (two totals are two figures, unless the last adds up: D106)
        return None
    if _parts_told(units, qs, outcomes):
        return [qs[0]]
    if len(counts) == 1 and not any(
        Cat.AND in u.cats or Cat.RANGE_AND in u.cats or u.text == "+"
        for u in units[qs[0].end + 1 : qs[-1].start]
    ):
        return counts
    return None


def _first_total(units: list[Unit], qs: list[Quantity], dropped_at: list[int]) -> int:
    """Return the index of the first quantity before the last told with a total word, or -1.

    "कुल 252 मामले …, जबकि … संख्या बढ़कर 3695" (in all 252 cases, while the suspected rose to
    3,695): two counts each told as a total are two figures; "男女計44人と引率者10人の計54人"
    (in all 44 pupils and 10 teachers, in all 54): the last adds up the counts from the first
    total on, and it is the figure (:func:`one_quantity`, D106).
    """
    n = len(units)
    for k, q in enumerate(qs[:-1]):
        if scan_before(units, q.start, bounds(q, qs, dropped_at, n)[0], Cat.TOTAL)[0] is not None:
            return k
    return -1


_PARTS_OPEN: Final = frozenset(("-", "\u2013", "\u2014", ":", "("))
_PARTS_REACH: Final = 8
"""Units after the count within which a dash, colon or bracket opens its parts (D60.2)."""
_APPOSITION_REACH: Final = 10
"""Units after the count within which its first comma opens its parts (D93.4)."""


def _parts_told(units: list[Unit], qs: list[Quantity], outcomes: re.Pattern[str] | None) -> bool:
    """Whether the count is told with its parts after a dash, colon or bracket (D43.5, D60.2).

    "91 людина – 76 дітей і 15 дорослих" (91 people: 76 children and 15 adults): two or more
    exact counts after the first, opened by a dash, a colon or a bracket, that add up to it
    exactly, are its parts. Parts that do not add up leave several quantities (precision
    first: either could be the count), and so do parts told with another outcome than the
    whole's, which add up by chance ("5 dead - 3 injured and 2 missing"). The test is
    :func:`~analysis.figures.context.are_parts`, as for parts in brackets (D57.1).

    D60.2: the opener may follow the count's own words ("cinq sauveteurs sont morts : un
    instructeur, deux treuillistes et deux CRS"), a comma right after the count's noun opens
    an apposition ("cinco hombres, cuatro sauditas y un egipcio"), and a part told with no
    number ("un instructeur", "врач", "y un egipcio") is one (:func:`_told_parts`).
    """
    if len(qs) < 2 or any(q.vague is not None or q.pct or q.approx or q.odd for q in qs):
        return False
    between = units[qs[0].end + 1 : qs[1].start]
    if len(qs) > 2 and any(u.text in _PARTS_OPEN for u in between) and len(between) <= 3:
        said = [  # each part's words: up to the next part, three units after the last
            u
            for k, q in enumerate(qs[1:], 1)
            for u in units[q.end + 1 : qs[k + 1].start if k + 1 < len(qs) else q.end + 4]
        ]
        if are_parts(qs[0], qs[1:], 0, between, said, outcomes):
            return True
    return _told_parts(units, qs, outcomes)


def _told_parts(units: list[Unit], qs: list[Quantity], outcomes: re.Pattern[str] | None) -> bool:
    """Whether the rest of the phrase, after an opener, lists the parts of the count (D60.2).

    The opener is a dash, colon or bracket within eight units after the count, before the
    first part, or a comma after the count and at most one word, right before the first part
    (an apposition). What follows, to the end of the phrase, is cut into items at commas and
    "and" words: an item holding one quantity is that part; an item holding words and no
    number ("un instructeur", "врач", "un egipcio") is one part. The parts must add up to the
    count (:func:`~analysis.figures.context.are_parts`).
    """
    whole, first = qs[0], qs[1]
    opener = -1
    for j in range(whole.end + 1, min(first.start, whole.end + 1 + _PARTS_REACH)):
        if units[j].text in _PARTS_OPEN:
            opener = j
            break
    if opener < 0:
        # a comma right before the first part: after the count and at most one word (D60.2), or
        # the first comma after the count's clause, ten units at most (D93.4: "ha cifrado en 15
        # los afectados por el brote en la escuela, 13 alumnos y dos docentes")
        j = first.start - 1
        if not (j > whole.end and units[j].text == "," and j - whole.end <= _APPOSITION_REACH
                and all(u.text != "," for u in units[whole.end + 1 : j])):
            return False
        opener = j
    n = len(units)
    starts = {q.start: q for q in qs[1:]}
    ones = 0
    item_q = 0  # quantities in the item so far
    item_words = item_dropped = False
    for j in range(opener + 1, n + 1):
        u = units[j] if j < n else None
        if u is None or u.text == "," or Cat.AND in u.cats or Cat.RANGE_AND in u.cats:
            if item_q > 1:
                return False
            if item_q == 0 and item_words and not item_dropped:
                ones += 1
            item_q, item_words, item_dropped = 0, False, False
            continue
        if j in starts:
            item_q += 1
        elif u.kind == "d" or (Cat.NUMBER in u.cats and Cat.ARTICLE not in u.cats):
            # a number dropped (an age, a date: "двох дітей 10 та 8 років"): the item is no part
            # told with words alone (D93.2)
            item_dropped = True
        elif u.kind in ("w", "p", "c") and not (u.text in _PARTS_OPEN or u.text in ")"):
            item_words = True
    return are_parts(whole, qs[1:], ones, units[whole.end + 1 : opener + 1],
                     units[opener + 1 :], outcomes)
