"""A count corrected ("not A but B", D71) or told beside its compared value (D111).

Moved out of :mod:`analysis.figures.context` (which reads the other numbers that are not the
figure) to keep each module small; the words are each table's ``contrast`` field. "A, contre
B": B is the compared value, no count, A is the count (D111, 22rc; the words are each table's
``compared_pre`` and ``compared_post``).
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.context import NUMBER_JOINS
from analysis.figures.quantities import COUNTERS, Quantity
from analysis.figures.units import Unit
from analysis.lang import FIGURE_TABLES

__all__ = ["compared", "drop_compared", "drop_denied", "drop_differences", "two_sources"]



# ---- "not A but B": a count corrected in the same breath (D71)
_DENIAL: Final = frozenset((Cat.CONTRAST_NOT, Cat.CONTRAST_NOT_AFTER))
_QUALIFIERS: Final = (Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.WEAK_AT_LEAST, Cat.PREPOSITION)
_OF: Final = (Cat.OF, Cat.RANGE_BEFORE)
"""The preposition of a toll's value: "le bilan n'est pas de 40 mais d'environ 60", "no es de
40 sino de 60", "non è di 40 ma di 60"."""
_LEAD: Final = frozenset(
    (*_QUALIFIERS, *_OF, Cat.STOP, Cat.ARTICLE, Cat.NUMBER, Cat.RANGE_SEP)
)
"""What may stand between a "not" and the number it denies: a qualifier ("not about 2"), a
common word ("not only 2", "nicht nur 2"), the value's preposition ("pas de 40"), the "one or"
of a pair the quantities do not hold ("nicht ein oder zwei", "non uno o due": the article "one"
counts only before a magnitude)."""
_TURN: Final = frozenset((Cat.CONTRAST_BUT, *_QUALIFIERS, *_OF, Cat.STOP))
"""What may stand between the "but" and the corrected number: a qualifier ("but more than 12"),
the value's preposition ("mais de 60")."""
_BEFORE_NOT: Final = frozenset((Cat.STOP, Cat.AND, Cat.UND, Cat.RANGE_AND, Cat.CONTRAST_BUT))
"""What may stand between the count and a "not" after it: "12, not 2", "12 and not 2", "12, а не
2", "12 и не 2"."""
_NEUTRAL: Final = frozenset((Cat.YEAR_NEXT,))
"""Categories that say nothing of a word here: a word that may follow a year told as an adverb
(D69.3: de "ein", "hier") is still an article or a common word."""
_ODD: Final = frozenset((Cat.STOP, Cat.WEAK_AT_LEAST))
"""Between a denied number and the "but" or "not" after it: its noun or counter, an "-odd"
("20여 명이 아니라", "不是20余人，而是")."""
_PAUSES: Final = frozenset((",", "-", "\u2013", "\u2014", "\u3001"))
"""A comma or a dash: "nicht zwei, sondern zwölf", "2 değil, 12", "不是2人，而是12人"."""
_LINK_SYMBOLS: Final = frozenset(("-", "\u2013", "/", ","))


def _gap(
    units: list[Unit], a: int, b: int, allowed: frozenset[str], pauses: bool
) -> tuple[float, float] | None:
    """Count the words of ``units[a:b]`` and those no table lists (None: one may not stand).

    Each unit carries only categories of *allowed* (or none: a plain word), or is a comma or a
    dash when *pauses* says so; no digits, no other symbol, no "also". A Han, kana or Hangul
    character counts half a word, an "-odd" ("여", "余") none.
    """
    words = plain = 0.0
    for j in range(a, b):
        u = units[j]
        if u.kind == "d":
            return None
        if u.kind == "s":
            if pauses and u.text in _PAUSES:
                continue
            return None
        if u.cats and not allowed.issuperset(u.cats.keys() - _NEUTRAL):
            return None
        w = 0.0 if Cat.WEAK_AT_LEAST in u.cats else 0.5 if u.cjk else 1.0  # "20여", "20余"
        words += w
        if not u.cats:
            plain += w
    return words, plain


def _linked(units: list[Unit], first: Quantity, second: Quantity) -> bool:
    """Whether *first* and *second* are one number word pair: "one or two", "один-два", "एक दो"."""
    gap = second.start - first.end - 1
    if gap == 0:
        return True
    if gap != 1:
        return False
    u = units[first.end + 1]
    return u.text in _LINK_SYMBOLS or not NUMBER_JOINS.isdisjoint(u.cats)


def _also_near(units: list[Unit], a: int, b: Quantity, qs: list[Quantity]) -> bool:
    """Whether an "also" stands from *a* to the corrected count *b* or two units after it.

    "not only 2 soldiers but also 3 civilians", "nicht nur 2, sondern auch 3", "не только 2,
    но и 3", "sadece 2 değil, 3 kişi de": a second group, added to the first (a sum).
    """
    end = b.end + 3
    for o in qs:
        if o.start > b.end:
            end = min(end, o.start)
            break
    return any(Cat.CONTRAST_ALSO in units[j].cats for j in range(a, min(end, len(units))))


def _denied_after_not(
    units: list[Unit], qs: list[Quantity], k: int
) -> list[Quantity]:
    """Return the quantities a "not" at *k* denies when another count stands for them (D71).

    "not two but 12", "nicht zwei, sondern zwölf", "non pas deux mais douze", "не двое, а
    двенадцать", "不是两人而是12人": the number right after "not" (a qualifier or a common
    word between: "not about 2", "not only 2"; a verb is no such word: "did not confirm the
    12 deaths but said 3 …" denies nothing), with its pair ("not one or two"), then its noun
    and a comma at most, "but" and the count (its qualifier before it, no other word). Or the
    count before "not", with a comma, "and" or "а" between: "12, not 2", "12 и не 2", "12
    rather than 2". None when "also" follows "but" (a sum: "not only 2 but also 3").
    """
    after = [q for q in qs if q.start > k]
    if not after:
        return []
    group = [after[0]]
    for q in after[1:]:
        if not _linked(units, group[-1], q):
            break
        group.append(q)
    lead = _gap(units, k + 1, group[0].start, _LEAD, False)
    if lead is None or lead[1] > 0:
        return []
    rest = [q for q in after if q not in group]
    j = group[-1].end + 1
    while j < len(units) and Cat.CONTRAST_BUT not in units[j].cats:
        if rest and j >= rest[0].start:
            break
        j += 1
    if rest and j < len(units) and j < rest[0].start:  # "not 2 but 12"
        noun = _gap(units, group[-1].end + 1, j, _ODD, True)
        turn = _gap(units, j + 1, rest[0].start, _TURN, True)
        if (noun is not None and noun[0] <= 2 and turn is not None and turn[1] == 0
                and not _also_near(units, k, rest[0], qs)):
            return group
        return []
    before = [q for q in qs if q.end < k]  # "12, not 2"
    if not before:
        return []
    gap = _gap(units, before[-1].end + 1, k, _BEFORE_NOT, True)
    if gap is None or gap[0] > 2 or gap[1] > 1:
        return []
    return group


def _denied_before_not(
    units: list[Unit], qs: list[Quantity], k: int
) -> list[Quantity]:
    """Return the quantities a "not" after them at *k* denies when a count follows it (D71).

    "2 değil, 12 kişi", "एक दो नहीं बल्कि एक दर्जन", "2人ではなく12人", "2명이 아니라 12명": the
    number with its noun or counter (and a particle) before the word, its pair ("एक दो"), and
    right after the word, a comma or "but" at most, the count (its qualifier before it).
    """
    before = [q for q in qs if q.end < k]
    after = [q for q in qs if q.start > k]
    if not before or not after:
        return []
    group = [before[-1]]
    for q in reversed(before[:-1]):
        if not _linked(units, q, group[0]):
            break
        group.insert(0, q)
    noun = _gap(units, group[-1].end + 1, k, _ODD, False)
    if noun is None or noun[0] > 1:
        return []
    turn = _gap(units, k + 1, after[0].start, _TURN, True)
    if turn is None or turn[1] > 0 or _also_near(units, group[-1].end + 1, after[0], qs):
        return []
    return group


def drop_restated(units: list[Unit], qs: list[Quantity]) -> list[Quantity]:
    """Keep one of two counts of the same value joined by a "that is" word (24rb, D147.4).

    "8.9 मिलियन यानी 89 लाख युवा" (8.9 million, i.e. 89 lakh), "1,5 млн, то есть 1500 тыс.":
    one count said in two forms. Only a ``restate`` word and punctuation stand between them,
    neither is vague nor a per cent, and the values agree; otherwise *qs* is left as it is.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The two quantities read, in order.

    Returns
    -------
    list of Quantity
        The first quantity alone, or *qs* itself.
    """
    a, b = qs
    gap = units[a.end + 1 : b.start]
    if (not gap or a.pct or b.pct or a.vague is not None or b.vague is not None
            or not math.isclose(a.value, b.value, rel_tol=1e-9)):
        return qs
    if not any(Cat.RESTATE in g.cats for g in gap):
        return [a] if _in_brackets_after(gap) else qs
    if all(Cat.RESTATE in g.cats or g.text in _RESTATE_PUNCT or (g.cjk and g.text in COUNTERS)
           for g in gap):  # "150만 명, 즉 150만 명": the counter after the first
        return [a]
    return qs


def _in_brackets_after(gap: list[Unit]) -> bool:
    """Whether *gap* opens a bracket after the first count and at most two words (24rf, D162).

    "18 मिलियन टन (1.80 करोड़ टन)": the same count in another scale, in brackets after the first
    and its noun, is the count said again, as with a "that is" word (D147.4).
    """
    return (gap[-1].text == "(" and len(gap) <= 3
            and all(g.kind == "w" for g in gap[:-1]))


_RESTATE_PUNCT: Final = frozenset((",", ".", "(", ":", "-", "\u3001", "\uff0c"))
"""Punctuation that may stand beside a "that is" word ("8,9 millions, soit 8 900 000")."""


def drop_denied(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], has: set[str]
) -> list[Quantity]:
    """Drop the numbers a phrase denies to give the count it reports: "not 2 but 12" (D71).

    A reporter who corrects a number in the same breath reports the second one: "not two but
    12 people", "12, not 2", "nicht zwei, sondern zwölf", "не двое, а двенадцать", "2 değil,
    12", "एक दो नहीं बल्कि एक दर्जन से ज्यादा", "不是两人而是12人", "2人ではなく12人", "2명이 아니라
    12명" read as the second count, with its own qualifier. Each table's ``contrast`` field
    names the words: "not" before the number (``not``), after it (``not_post``), "but"
    (``but``) and "also" (``also``: "not only 2 soldiers but also 3 civilians" adds two
    groups, a sum: both stay). A "not" with no other count ("not 2", "no fewer than 12", a
    qualifier of the table) denies nothing.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The quantities read, in order.
    dropped_at : list of int
        Ends of the quantities dropped so far; the denied ones' are appended.
    has : set of str
        Every category in the phrase.

    Returns
    -------
    list of Quantity
        *qs* less the denied numbers (*qs* itself when none is denied).
    """
    # _DENIAL.isdisjoint(has), as two look-ups (a method call in compiled code, 17sg)
    if len(qs) < 2 or (Cat.CONTRAST_NOT not in has and Cat.CONTRAST_NOT_AFTER not in has):
        return qs
    denied: list[Quantity] = []
    for k, u in enumerate(units):
        if Cat.CONTRAST_NOT in u.cats:
            denied += _denied_after_not(units, qs, k)
        elif Cat.CONTRAST_NOT_AFTER in u.cats:
            denied += _denied_before_not(units, qs, k)
    if not denied or all(q in denied for q in qs):
        return qs
    dropped_at.extend(q.end for q in denied)
    dropped_at.sort()
    return [q for q in qs if q not in denied]


# ---- (22rc, D111) "2175 morts, contre 2253 l'an dernier": the compared value is no count
_NUMBER_ROLES: Final = frozenset(Cat.NUMBER_ROLES)
_LEADS: Final = frozenset((*_QUALIFIERS, Cat.STOP, Cat.ARTICLE))
"""What may stand between a comparison word and its number: a qualifier or a common word
("compared to just 311", "contre environ 10 000", "frente a más de 1.000")."""


def compared(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is the earlier value of a comparison, no count (D66.1).

    A ``compared_pre`` word right before the number ("compared with 39", "par rapport aux
    39", "по сравнению с 39") or one qualifier or common word before it ("compared to just
    311", D111), or a ``compared_post`` word right after it or after one word
    (its noun or counter: "39人相比", "39명에 비해", "39 लोगों की तुलना में", "39 kişiye
    kıyasla").
    """
    if q.start > 0 and Cat.COMPARED_BEFORE in units[q.start - 1].cats:
        return True
    if q.start > 1 and Cat.COMPARED_BEFORE in units[q.start - 2].cats \
            and units[q.start - 1].kind in ("w", "p") and units[q.start - 1].cats \
            and _LEADS.issuperset(units[q.start - 1].cats):
        return True  # "compared to just 311", "contre environ 78" (D111)
    k = q.end + 1
    n = len(units)
    if k + 1 < n and units[k].kind in ("w", "c") and Cat.COMPARED_AFTER not in units[k].cats \
            and _NUMBER_ROLES.isdisjoint(units[k].cats):
        k += 1
    while k + 1 < n and units[k].glued_prev and units[k].cjk and not units[k].cats:
        k += 1  # "39명에 비해", "39명과 비교해": a case particle glued to the counter
    return k < n and Cat.COMPARED_AFTER in units[k].cats


_LIST_AND: Final = Cat.LIST_JOINS | {Cat.UND}


def _listed_after(units: list[Unit], a: Quantity, b: Quantity) -> bool:
    """Whether *b* is a second compared value, joined to the compared *a* by "and".

    *a* follows a ``compared_pre`` word, and between them stand at most six units, one an "and",
    none a symbol (a comma, a bracket: a clause of its own): "contro le 177 di gennaio e le 170
    di febbraio", "nach 3931 Fällen im Jahr 2021 und 4082 Fällen im Jahr 2022".
    """
    if a.start == 0 or Cat.COMPARED_BEFORE not in units[a.start - 1].cats:
        return False
    gap = units[a.end + 1 : b.start]
    if len(gap) > 6 or any(u.kind == "s" for u in gap):
        return False
    return any(not _LIST_AND.isdisjoint(u.cats) for u in gap)


def _its_year(units: list[Unit], a: Quantity, b: Quantity) -> bool:
    """Whether *b* is the year of the compared value *a*, after "of": "los 2.980 de 2022"."""
    return b.start == a.end + 2 and Cat.OF in units[a.end + 1].cats and not b.pct \
        and 1900 <= b.value <= 2100 and b.value == int(b.value)


def drop_compared(units: list[Unit], qs: list[Quantity], dropped_at: list[int]) -> list[Quantity]:
    """Drop the compared values of *qs*: the count is the number not marked (D111, 22rc).

    A newsroom reports the count, and the comparison word marks the other number as the earlier
    or compared value: "2175 morts, contre 2253 l'an dernier", "417 casi … contro i 167",
    "1869명으로 … 1270명에 비해", "前年の950人に対し1200人" read 2175, 417, 1869, 1200 (D66.1's
    reading, both unparsed, is reversed). What stays is read by :func:`decide` as without the
    comparison: a year, a measure or a share beside the count is dropped or read as before, and
    more than one count left names no single one (unparsed). The phrase's only number is read as
    written (not called).

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The quantities read, in order (more than one).
    dropped_at : list of int
        Ends of the quantities dropped so far; the compared ones' are appended.

    Returns
    -------
    list of Quantity
        *qs* less the compared values (*qs* itself when none is; empty when all are).
    """
    marked = [q for q in qs if compared(units, q)]
    if not marked:
        return qs
    for a, b in zip(qs, qs[1:], strict=False):
        if a in marked and b not in marked \
                and (_listed_after(units, a, b) or _its_year(units, a, b)):
            marked.append(b)  # "contro le 177 di gennaio e le 170 di febbraio", "los 2.980 de 2022"
    dropped_at.extend(q.end for q in marked)
    dropped_at.sort()
    return [q for q in qs if q not in marked]


@cache
def _source_words(code: str) -> re.Pattern[str] | None:
    words = FIGURE_TABLES.get(code, {}).get("source_words")
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def two_sources(units: list[Unit], code: str) -> bool:
    """Whether two sources each give a number of the phrase: two estimates, no earlier value.

    "170.000 personnes selon la CGT, contre 95.000 selon la police", "Según la policía, 20.000
    personas, frente a 80.000 según los organizadores": the comparison word sets one source's
    count against another's, and neither is the count (D117: unparsed, as D66.1 read every
    comparison). Two or more of the table's ``source_words`` ("selon", "según", "according
    to" ...) in the phrase; a table without them never asks.
    """
    words = _source_words(code)
    return words is not None and len(words.findall(" ".join(u.text for u in units))) >= 2


# ---- (23rb, D122) "29 muertos, 12 menos que en 2016": a change's size is no count
_PAUSE_BEFORE: Final = frozenset((",", ".", ";", ":", "(", "-", "\u2013", "\u2014"))
"""What ends the count's clause before a change's size: a comma, a stop, a bracket, a dash."""
_DIFFERENCE_GAP: Final = 4
"""Units at most between that pause and the change's size ("lo que supone", "c'est-à-dire")."""
_DIFFERENCE_SPAN: Final = 10
"""Units after the change's size that its comparative and "than" may take."""


@cache
def _differences(code: str) -> re.Pattern[str] | None:
    found = FIGURE_TABLES.get(code, {}).get("differences")
    return re.compile("|".join(f"(?:{p})" for p in found)) if found else None


def _paused_before(units: list[Unit], q: Quantity, before: Quantity) -> int:
    """Return where a pause stands between *before* and *q*, a few words before *q* (or -1).

    A qualifier is no word of the gap ("lo que supone un incremento de casi 30.000", D134.1).
    """
    words = 0
    for k in range(q.start - 1, before.end, -1):
        if units[k].text in _PAUSE_BEFORE:
            return k
        if units[k].kind == "d":
            return -1
        if Cat.QUALIFIER_BEFORE not in units[k].cats or units[k].kind == "s":
            words += 1
            if words > _DIFFERENCE_GAP:
                return -1
    return -1


def _told_before(units: list[Unit], q: Quantity, pause: int) -> tuple[str, str]:
    """Return the word before *q* and up to three words before it, its qualifiers passed over.

    "un incremento de casi 30.000": "un incremento de", for the patterns that name the noun of
    the change before its size (D134.1); the patterns of one word see the first.
    """
    k = q.start - 1
    while k > pause + 1 and Cat.QUALIFIER_BEFORE in units[k].cats and units[k].kind != "s":
        k -= 1
    return units[k].text, " ".join(u.text for u in units[max(pause + 1, k - 2) : k + 1])


def drop_differences(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], code: str, mores: list[int]
) -> list[Quantity]:
    """Drop the size of a change told after the count with its comparative (D122, 23rb).

    "29 personas perdieron la vida, lo que supone 12 fallecidos menos que en 2016", "154
    personnes sont décédées, soit 101 personnes en moins par rapport à l'année dernière", "809
    осіб … — це на 296 людей більше, порівняно з 2022 роком", "207, 12 in meno rispetto al
    2016": after the count, its clause closed (a comma, a stop, a bracket or a dash, then at
    most four words), a number followed by the table's ``differences`` (its noun, "fewer /
    more", "than" or a comparison word) is how much the count differs from an earlier one, no
    count: dropped, the count read (as D111 reads the count beside its compared value). The
    patterns see the word before the number, "#" for the number, and the words after it (ru and
    uk rewrite "на N більше" as "ще N", the "more" before the number: D49.4). A
    change's size alone ("12 more than last year"), or before the count, is read as before; a
    per cent of change is D59.1's share.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The quantities read, in order (more than one).
    dropped_at : list of int
        Ends of the quantities dropped so far; the changes' sizes are appended.
    code : str
        The table's language.
    mores : list of int
        Where the "more" words of the dropped changes stand (from the pause to three units after
        the number): appended, so that the count keeps its own relation.

    Returns
    -------
    list of Quantity
        *qs* less the changes' sizes (*qs* itself when none is).
    """
    pattern = _differences(code)
    if pattern is None:
        return qs
    kept = [qs[0]]
    for q in qs[1:]:
        before = kept[-1]
        pause = -1 if q.pct or before.pct else _paused_before(units, q, before)
        if pause >= 0:
            end = min(len(units), q.end + 1 + _DIFFERENCE_SPAN)
            after = " ".join(u.text for u in units[q.end + 1 : end])
            word, words = _told_before(units, q, pause)
            if pattern.match(f"{word} # {after}") or (
                    words != word and pattern.match(f"{words} # {after}")):
                dropped_at.append(q.end)
                mores.extend(k for k in range(pause, min(end, q.end + 4))
                             if Cat.ADDITIONAL in units[k].cats)
                continue
        kept.append(q)
    if len(kept) == len(qs):
        return qs
    dropped_at.sort()
    return kept
