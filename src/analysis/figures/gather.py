"""Every quantity of a phrase, one vague magnitude repeated as one, a measure's singular as one.

Moved out of :mod:`analysis.figures.decide` to keep each module small: the first step of the
decision (D68.1, D68.2: 17ck; D39: a bare year beside a grouped count).
"""

from __future__ import annotations

import re
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.context import dropped
from analysis.figures.lexicon import Lexicon
from analysis.figures.quantities import PLURAL, Quantity, measure_at, read_run
from analysis.figures.units import Unit

__all__ = ["JOINS", "both_as_two", "gather_quantities", "joined", "year_label"]

_NUMBER_ROLES: Final = frozenset(Cat.NUMBER_ROLES)

_GROUPED: Final = re.compile(r"\d[.,' \u00a0\u202f\u2009]\d{3}(?!\d)")
"""Digits grouped by thousands ("44.309.925", "2,000"), not a decimal ("1.5")."""
_CASE_PARTICLES: Final = frozenset(
    ("에", "의", "은", "는", "을", "를", "도", "の", "に", "で", "は", "を", "も")
)
"""Korean and Japanese case particles glued after a number: no counter (a counter makes it
a count, "2100개", "2100か所"; a particle leaves it a name's year, "엑스포 2012에",
"万博2025の", D77.3)."""
JOINS: Final = frozenset(
    (
        Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.AND, Cat.RANGE_AND, Cat.RANGE_SEP,
        Cat.RANGE_BEFORE, Cat.ADDITIONAL, Cat.FRACTION, Cat.INCLUDING, Cat.TOTAL,
    )
)
"""Words next to a number that make it a count: a qualifier, "and", a range, a ratio, "more"."""
_BOTH_ANDS: Final = frozenset((Cat.AND, Cat.UND, Cat.RANGE_AND))
"""Words of "and": a phrase holding one tells no "both" as a count (D87)."""
_BOTH_ORS: Final = frozenset((Cat.AND, Cat.UND, Cat.RANGE_AND, Cat.RANGE_SEP))
"""Words that, right beside a "both" word, make it no count: "or both", "both or none" (D87)."""


def gather_quantities(
    units: list[Unit], lex: Lexicon, months: bool
) -> tuple[list[Quantity], list[int]]:
    """Every quantity of the phrase, and the ends of those dropped as dates or durations.

    *months* says whether a unit names a month (a day next to one is a date).
    """
    qs: list[Quantity] = []
    dropped_at: list[int] = []
    i, n = 0, len(units)
    last: Quantity | None = None  # the quantity read last, kept or dropped
    measures = False
    while i < n:
        u = units[i]
        if u.kind == "d" or Cat.shares(Cat.RUN_STARTS, u.cats):
            q, i = read_run(units, i, lex)
            if q is not None:
                if last is not None and last.vague == PLURAL and _repeated(units, last, q, lex):
                    # "hundreds and hundreds", "수천수만": one vague quantity (D68.1)
                    last.end, last.high = q.end, max(last.high, q.high)
                    if last in qs:
                        qs.remove(last)
                    elif dropped_at and dropped_at[-1] == last.end:
                        dropped_at.pop()
                    q = last
                if (q.start == q.end and q.digit_units == 0 and units[q.start].cjk
                        and units[q.start].glued_next and measure_at(units, q.end + 1)):
                    q.measure = True  # "一吨", "几吨": a Han numeral read for its unit (D68.2)
                last = q
                if dropped(units, q, months):
                    dropped_at.append(q.end)
                else:
                    qs.append(q)
                measures = measures or q.measure
        elif u.cats and (Cat.MEASURE_ONE in u.cats or Cat.MEASURE_ONE_QUALIFIED in u.cats):
            q = _measure_one(units, i)  # "более тонны", "أكثر من طن" (D68.2)
            if q is not None:
                qs.append(q)
                last, measures = q, True
            i += 1
        else:
            i += 1
    if measures and len(qs) > 1:
        # a measure told with an article, "one" or a vague word beside another quantity is none
        # of its candidates: the phrase reads as it did without it (D68.2)
        counts = [q for q in qs if not q.measure]
        if counts:
            qs = counts
    if len(qs) > 1:
        _drop_bare_years(units, qs, dropped_at)
    return qs, dropped_at


def _numeric(u: Unit) -> bool:
    """Whether *u* is digits or a word of a quantity ("5", "two", "several", "hundreds")."""
    return u.kind == "d" or not _NUMBER_ROLES.isdisjoint(u.cats)


def _measure_one(units: list[Unit], i: int) -> Quantity | None:
    """Read the singular of a unit of measure as one unit: "тонну", "طن" (D68.2).

    In a language without an article the singular alone tells one unit ("изъяли тонну
    кокаина", "أكثر من طن"); a form that is also a plural ("тонны", "tony") tells one only right
    after a qualifier ("более тонны", "ponad tony"). Not beside a number or a word of a
    quantity: "2 тонны", "тонна 5", "طن واحد" are read as written.
    """
    u = units[i]
    prv = units[i - 1] if i > 0 else None
    nxt = units[i + 1] if i + 1 < len(units) else None
    if (prv is not None and _numeric(prv)) or (nxt is not None and _numeric(nxt)):
        return None
    if Cat.MEASURE_ONE not in u.cats and (prv is None or Cat.QUALIFIER_BEFORE not in prv.cats):
        return None
    q = Quantity()
    q.start = q.end = i
    q.value = 1.0
    q.linear = False
    q.measure = True
    return q


def _repeated(units: list[Unit], a: Quantity, b: Quantity, lex: Lexicon) -> bool:
    """Whether the vague *b* repeats the vague *a* before it, as one quantity (D68.1).

    The same magnitude joined to itself by a word of the table's ``repeat`` ("hundreds and
    hundreds", "thousands upon thousands", "miles y miles", "сотні й сотні"), the words before
    the first written again after the joiner ("des milliers et des milliers"), the joiner glued
    to the second ("آلاف وآلاف") or a hyphen ("हज़ारों-हज़ारों"); or, in Han and Hangul, a vague
    magnitude right after one ten times smaller ("수천수만", "何千何万", "数百数千"): their span,
    as D4 reads two vague ends. When true, *a* is widened to *b*'s high.
    """
    if b.vague != PLURAL or b.start <= a.end:
        return False
    between = units[a.end + 1 : b.start]
    first, second = units[a.start], units[b.start]
    if a.low == b.low and a.high == b.high:
        if not between:
            return not second.cjk and any(second.text == j + first.text for j in lex.repeat)
        if len(between) == 1 and between[0].text == "-":
            return True
        if between[0].text not in lex.repeat:
            return False
        again = between[1:]
        if len(again) > a.start:
            return False
        return [u.text for u in again] == [u.text for u in units[a.start - len(again) : a.start]]
    return (
        not between and first.cjk and second.cjk and b.low == 10.0 * a.low
        and a.high < b.high
    )


def joined(u: Unit) -> bool:
    """Whether *u*, next to a number, joins it to a list, range, sum or ratio, or qualifies it."""
    return u.kind == "d" or u.text in (",", ";", "+", "/") or not JOINS.isdisjoint(u.cats)


def _yearish(u: Unit) -> bool:
    """Whether *u* is a four-digit 1900-2100 in digits."""
    return u.kind == "d" and len(u.text) == 4 and u.text.isdigit() and 1900 <= float(u.text) <= 2100


def _bare_year(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is a four-digit 1900-2100 alone, inside the phrase, with no word joining it."""
    u = units[q.start]
    return (
        q.start == q.end
        and 0 < q.start
        and _yearish(u)
        and (not joined(units[q.start - 1]) or _spaced_dash_before(units, q.start))
        and not _after_scale(units, q.start)
        and not (q.end + 1 < len(units) and joined(units[q.end + 1]))
    )


def _after_scale(units: list[Unit], k: int) -> bool:
    """Whether a scale word (or its abbreviation and point) stands before *k* (D56.2).

    "2 bin 500", "5 тис. 1990": one number, no year beside a count.
    """
    p = k - 1
    if units[p].text == "." and p > 0:
        p -= 1
    return Cat.SCALE in units[p].cats


def _spaced_dash_before(units: list[Unit], k: int) -> bool:
    """Whether a dash spaced on both sides, after a word, stands before *k* (D77.3).

    "Zum Vergleich – 2017 waren es rund 650.000": a dash after a word opens a clause; a range
    needs a number before it ("1000 – 2000").
    """
    dash = units[k - 1]
    return (dash.text in ("-", "\u2013", "\u2014") and not dash.glued_prev
            and not units[k].glued_prev and k >= 2 and units[k - 2].kind == "w"
            and not units[k - 2].cats)


def _big(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is written grouped ("2.013") or with a scale word ("6,3 millions", D77.3)."""
    first = units[q.start]
    # digits alone hold no separator (asked first: the search is a method call, 17sg)
    if first.kind == "d" and not first.text.isdigit() and _GROUPED.search(first.text):
        return True
    for k in range(q.start + 1, q.end + 1):
        if units[k].cats.get(Cat.SCALE, 0.0) >= 1000.0:  # type: ignore[operator]
            return True
    return False


def _year_label(units: list[Unit], q: Quantity) -> bool:
    """Whether the bare year *q* labels what follows: "2022:", "(2019)" alone (D77.3).

    A four-digit 1900-2100 before a colon not glued to a number ("Data 2022: 670 kasus",
    "2015: 300 Tote"; "2022:15" is a ratio or a time), or alone in brackets ("1,2 Mio. (2019)").
    """
    n, k = len(units), q.end + 1
    if k >= n:
        return False
    nxt = units[k]
    if nxt.text == ":":
        return not (k + 1 < n and units[k + 1].kind == "d" and units[k + 1].glued_prev)
    return nxt.text == ")" and q.start > 0 and units[q.start - 1].text == "("


def year_label(units: list[Unit], e: int) -> bool:
    """Whether a colon after the year at *e*, dropped as a label, is its label's (D77.3)."""
    return (e + 1 < len(units) and units[e + 1].text == ":" and _yearish(units[e])
            and (e == 0 or units[e - 1].kind != "d"))


def _drop_bare_years(units: list[Unit], qs: list[Quantity], dropped_at: list[int]) -> None:
    """Drop a year written bare beside a count written with thousands separators (D39).

    "44.309.925 gaben 2013 ihre Stimme ab": a writer who groups the digits of a count
    writes a count of 2,013 as "2.013"; a four-digit 1900-2100 without a separator, with no
    qualifier, "and", list or range word next to it, is then the year, as after a year word
    (D7). Not the first word of the phrase ("2013 Tote und 1.500 Verletzte"), and not when
    "and" or a comma stands between it and the grouped count (a sum or a list). A count told
    with a scale word ("Expo 2020 welcomed 24 million", "Oktoberfest 2019 avait réuni 6,3
    millions") is as grouped; a year before a colon or alone in brackets is a label beside any
    count (D77.3).
    """
    for q in [q for q in qs if q.start == q.end and _yearish(units[q.start])]:
        if len(qs) > 1 and _year_label(units, q):
            qs.remove(q)
            dropped_at.append(q.end)
    grouped = [q for q in qs if _big(units, q)]
    if not grouped:
        dropped_at.sort()
        return
    for q in [q for q in qs if _bare_year(units, q)]:
        # a count told with a scale word only after the year ("Expo 2020 welcomed 24 million";
        # "डेढ़ लाख नकदी के साथ 2024 जुआरी": a count after another count's scale, D77.3)
        beside = [g for g in grouped if g.start > q.end or _GROUPED.search(units[g.start].text)]
        if not beside:
            continue
        scaled = any(not _GROUPED.search(units[g.start].text) for g in beside)
        nxt = units[q.end + 1] if q.end + 1 < len(units) else None
        if (scaled and nxt is not None and nxt.cjk and nxt.glued_prev
                and nxt.text not in _CASE_PARTICLES):
            continue  # "在2100个避难设施": a number glued to Han or Hangul is counted (D77.3)
        lo, hi = min(q.start, beside[0].start), max(q.end, beside[-1].end)
        # "– 2018 waren es rund 800.000": the count's own qualifier, after a table word (D77.3)
        own = {g.start - 1 for g in beside} if nxt is not None and (
            nxt.cats or nxt.kind == "s") else ()
        if any(joined(units[k]) and units[k].kind != "d"
               and not (k in own and Cat.QUALIFIER_BEFORE in units[k].cats and k > q.end + 1)
               for k in range(lo + 1, hi)):
            continue
        qs.remove(q)
        dropped_at.append(q.end)
    dropped_at.sort()


def both_as_two(units: list[Unit]) -> bool:
    """Make the one "both" word of a phrase that holds no quantity the number two (D87).

    "beide Soldaten", "Погибли оба водителя", "Обох госпіталізували", "ambos", "両方": the
    word (a table's ``both``) reads as the language's "two" would in its place, so that every
    later step treats it as that number ("einen der beiden" is one of two, as "einen der
    zwei"). Only when the phrase holds no other quantity (the caller asks after gathering:
    "Morreram dois homens, ambos de 27 anos" keeps its 2), one "both" word, no "and" (the
    correlative "both killed and wounded", a sum "beide Soldaten und ein Zivilist") and no
    "or" or "to" right beside it ("homeless or injured, or both", "обидва або жоден"; the
    tables' "or" words are range words, as "to" is: "a ambos" is left too). Returns whether
    the word was made a number (its unit's categories, a new dict: table dicts are shared).
    """
    at = -1
    for k, u in enumerate(units):
        cats = u.cats
        if not cats:
            continue
        if Cat.BOTH in cats:
            if at >= 0 or (k > 0 and Cat.shares(_BOTH_ORS, units[k - 1].cats)):
                return False
            at = k
        elif Cat.shares(_BOTH_ANDS, cats):
            return False
    if at < 0 or (at + 1 < len(units) and Cat.shares(_BOTH_ORS, units[at + 1].cats)):
        return False  # "both or none", "обидва або жоден"
    u = units[at]
    u.cats = {**u.cats, Cat.NUMBER: 2.0}
    return True
