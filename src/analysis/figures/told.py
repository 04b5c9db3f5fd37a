"""Counts told with a sum or a part beside them (D85): the table field ``told_with``.

Three readings follow from the words that join a count to something else named in the same
phrase, each written as words of the language's table (no table words: they vote for no
language) and asked only where the engine already stands:

1. :func:`one_more_named` -- "15 Kinder und eine Lehrkraft", "diez estudiantes y una maestra",
   "12 alumnos más la profesora": a count joined by "and" to one more thing named with "a", or by
   "plus" to one named with "a" or "the", is a sum the codebook does not add (rule 13, D12, D65.6).
2. :func:`share_opened` -- "Do total de casos registrados, 6.159 foram confirmados", "Dari total
   tersebut, sebanyak 20 pasien": a phrase opened by "of the total" (of this number) and a comma
   tells a part of a whole the phrase does not give: a share (rule 13, D41.11, D46.6).
3. :func:`drop_told_parts` -- "Eighteen children were injured, one seriously", "15 heridos, dos
   graves": a smaller number after a comma, told only with how it fared, is a part of the count
   before it, as "four of them" is (D30): the count is the figure.
4. :func:`one_told_after` and :func:`one_told_before` (D94) -- "tre morti e un ferito", "y una
   más", "eine Person getötet, acht weitere …": one more of the counted, told with the article
   that is also the language's "one", beside the count: a sum the codebook does not add; and
   :func:`one_told_first` (D123), the same one told before "and" and the count ("un morto e 11
   feriti").
5. :func:`one_arm_beside` (D202) -- "23 russischen Kampfdrohnen und einer Rakete", "un misil y
   20 drones de ataque": one weapon told with the article beside a count of weapons, on either
   side of "and": a list of several counts, a sum the codebook does not add.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from analysis.figures import cats as Cat
from analysis.figures.quantity import Quantity
from analysis.figures.spelling import spell_pattern

if TYPE_CHECKING:  # units reads the tables, which hold a Told each
    from analysis.figures.units import Unit

__all__ = [
    "Told", "drop_told_parts", "one_more_named", "one_told", "one_told_after", "one_told_before",
    "one_arm_beside", "one_told_first", "read_told", "share_opened",
]

_PARTS: Final = ("and", "plus", "the", "one", "whole", "how", "arms", "resumes")
# the categories a plain word may carry: a common word of the language, an article's own
_PLAIN: Final = frozenset((Cat.STOP, Cat.YEAR_NEXT))
# what may follow the words of how a part fared: the end of the phrase or a stop
_ENDS: Final = frozenset((",", ".", ";", ")", ":"))
_MORE: Final = frozenset((Cat.ADDITIONAL, Cat.ADDITIONAL_AFTER))
_CLAUSE_ENDS: Final = frozenset((".", ";", ":", "!", "?"))
_BEFORE_NUMBER: Final = frozenset((Cat.QUALIFIER_BEFORE, Cat.PREPOSITION))
"""A qualifier between the "and" and the count of D123 ("e oltre 11 feriti")."""
_GAP: Final = 4
"""Words at most between the count and the "and" of a one told after it (D94.1)."""


class Told:
    """The words of a table's ``told_with`` field, compiled (D85).

    Attributes
    ----------
    joins : re.Pattern or None
        "and" words that join a count to one more named with an article ("and", "und", "y").
    plus : re.Pattern or None
        "plus" words, after which a definite article names the one more too ("plus", "más").
    the : re.Pattern or None
        Definite articles and possessives after a "plus" word ("the", "la", "their").
    one : re.Pattern or None
        Words that are "a" of a language whose table lists them as no article (id "sebuah").
    whole : re.Pattern or None
        "of the total" (of this number) words opening a phrase, matched at its start when a
        comma stands before the count.
    how : re.Pattern or None
        How a part fared, right after its number ("seriously", "de gravedad", "тяжело").
    arms : re.Pattern or None
        Weapons fired or launched, counted one by one ("missile", "Rakete", "drones"; D202).
    resumes : re.Pattern or None
        "and" words that, after the comma closing a breakdown, join another count to the list
        the figure belongs to (ru ", и 15 членов экипажа"; D210.2): written for the languages
        whose lists take no comma before their last "and".
    """

    __slots__ = ("joins", "plus", "the", "one", "whole", "how", "arms", "resumes")

    def __init__(self, entries: Mapping[str, list[str]]) -> None:
        def words(part: str) -> re.Pattern[str] | None:
            found = entries.get(part, [])
            return re.compile("|".join(f"(?:{spell_pattern(p)})" for p in found)) if found else None

        self.joins, self.plus, self.the = words("and"), words("plus"), words("the")
        self.one, self.how, self.arms = words("one"), words("how"), words("arms")
        self.resumes = words("resumes")
        wholes = entries.get("whole", [])
        self.whole = re.compile("|".join(f"(?:{spell_pattern(p)})(?![^\\W\\d_])" for p in wholes)) \
            if wholes else None


def read_told(code: str, entries: Mapping[str, list[str]] | None) -> Told | None:
    """Return the compiled ``told_with`` field of table *code*, or None when it has none."""
    if not entries:
        return None
    unknown = set(entries) - set(_PARTS)
    if unknown:
        raise ValueError(f"figure table {code!r}: unknown told_with part {sorted(unknown)[0]!r}")
    return Told(entries)


def _plain(u: Unit) -> bool:
    """Whether *u* is a word with no role of its own in the engine (a noun, most often)."""
    return u.kind == "w" and Cat.only(_PLAIN, u.cats)


def one_more_named(
    units: list[Unit], q: Quantity, told: Told, verbs: re.Pattern[str] | None,
    outcomes: re.Pattern[str] | None,
) -> bool:
    """Whether the count *q* is joined to one more thing named with "a" or after "plus" (D85.1).

    After the count, at most one plain word (its noun; no verb form of the table's
    ``persons`` nor an outcome: "15 dead and a curfew", "Two died and a man was held" keep the
    count), then an "and" word and an article ("15 Kinder und eine Lehrkraft", "zwei Männer und
    eine Frau"), or, after the noun, a "plus" word and an article, a definite article or a
    possessive ("12 alumnos más la profesora", "15 children plus their teacher"; not before "of":
    "más la cifra de muertos" is the count's subject), then a plain word: the thing so named
    is one more of a sum the codebook does not add (rule 13, D12, D65.6). An article before a
    magnitude, a fraction or a time ("and a dozen", "and a half", "y una semana") is no such one.
    """
    if told.joins is None and told.plus is None:
        return False
    n = len(units)
    k = q.end + 1
    if k < n and _plain(units[k]):  # the count's noun
        text = units[k].text
        if (verbs is not None and verbs.fullmatch(text)) or (
                outcomes is not None and outcomes.fullmatch(text)):
            return False
        k += 1
    if k + 2 >= n:
        return False
    join, art, noun = units[k], units[k + 1], units[k + 2]
    if not _plain(noun):
        return False
    one = Cat.ARTICLE in art.cats or (
        told.one is not None and told.one.fullmatch(art.text) is not None)
    if told.joins is not None and told.joins.fullmatch(join.text) and one:
        return True
    # "plus" only after the count's noun ("subió en 32 más la cifra": "más" is "more" there),
    # and "the" only before a noun that names no count ("más la cifra de muertos")
    if told.plus is None or k == q.end + 1 or not told.plus.fullmatch(join.text):
        return False
    return one or (told.the is not None and told.the.fullmatch(art.text) is not None and (
        k + 3 >= n or Cat.OF not in units[k + 3].cats))


def share_opened(units: list[Unit], q: Quantity, told: Told) -> bool:
    """Whether the phrase opens with "of the total" and a comma before the count *q* (D85.2).

    "Do total de casos registrados, 6.159 foram confirmados", "Of the total, 20 were men",
    "dari jumlah yang dirilis Kemenkes, hanya 2.510 kasus": the whole is named before the comma
    and not given, the count after it is a part of it, a share (rule 13, D41.11, D46.6). No
    number stands before the comma ("Dari 708 korban tersebut, 133" is two quantities already);
    a per cent stays a per cent ("Del total, el 40%").
    """
    if told.whole is None or q.pct or not units or units[0].kind not in ("w", "p"):
        return False
    for k in range(q.start):
        u = units[k]
        if u.text == ",":
            return told.whole.match(" ".join(x.text for x in units[:k])) is not None
        if u.kind == "d" or Cat.shares(Cat.RUN_STARTS, u.cats) and Cat.ARTICLE not in u.cats:
            return False
    return False


def _fared(units: list[Unit], k: int, how: re.Pattern[str]) -> bool:
    """Whether the words from *k* tell only how a part fared, to the end or a stop (D85.3)."""
    n = len(units)
    if k < n and units[k].text in Cat.DASHES:
        k += 1
    for end in range(min(n, k + 4), k, -1):
        if (end == n or units[end].text in _ENDS) and how.fullmatch(
                " ".join(u.text for u in units[k:end])):
            return True
    return False


def drop_told_parts(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], told: Told | None
) -> list[Quantity]:
    """Drop the parts told after a comma with only how they fared (D85.3).

    "Eighteen children were injured, one seriously", "15 Menschen wurden verletzt, zwei
    schwer", "15 heridos, dos graves", "Пострадали 15 человек, двое тяжело": a number after a
    comma, smaller than the first count, followed by the table's words of how it fared and then
    the end of the phrase or a stop, is a part of that count, as "two of them" is (D30). A part
    told with an outcome of its own ("3 dead, 2 seriously injured") is another count: it stays.
    """
    if told is None or told.how is None or len(qs) < 2:
        return qs
    whole = qs[0]
    kept = [whole]
    for q in qs[1:]:
        if (q.start > 0 and units[q.start - 1].text == "," and not q.pct and not whole.pct
                and q.value < whole.value and _fared(units, q.end + 1, told.how)):
            dropped_at.append(q.end)
        else:
            kept.append(q)
    if len(kept) < len(qs):
        dropped_at.sort()
        return kept
    return qs


def _outcome(u: Unit, outcomes: re.Pattern[str]) -> bool:
    """Whether *u* is a word of what befell the counted ("ferito", "disparu", "verletzten")."""
    return u.kind == "w" and outcomes.fullmatch(u.text) is not None


def one_told_after(
    units: list[Unit], q: Quantity, told: Told, outcomes: re.Pattern[str] | None
) -> bool:
    """Whether one more is told with the article after "and", beside the count *q* (D94.1).

    The article of de, fr, es, it, pt (and tr "bir") is also the language's "one". After the
    count and at most four words of its clause, an "and" word, then: the article and a "more"
    word right after it ("Tres personas quedaron atrapadas y una más", "und ein weiterer", "e mais
    um"; not "y una vez más", once again); or,
    when the count's own words name what befell it, the article and another such word right after
    it or after a word of how it fared ("tre morti e un ferito", "sept morts et un disparu", "drei
    Toten und einer schwer verletzten Person"). Either tells one more beside the count: a sum
    (rule 13, D5, D60.2); "Two died and a man was arrested" keeps its count (D65.6).
    "8 feriti e una notte di caos", "15 dead and a curfew" keep their count (D85.1).
    """
    if told.joins is None:
        return False
    n = len(units)
    fared = False  # the count's own words name what befell it
    for k in range(q.end + 1, min(n, q.end + 2 + _GAP)):
        u = units[k]
        if u.text in _CLAUSE_ENDS or u.kind == "d":
            return False
        if told.joins.fullmatch(u.text) is None:
            fared = fared or (outcomes is not None and _outcome(u, outcomes))
            continue
        j = k + 1
        if j < n and (Cat.shares(_MORE, units[j].cats) or Cat.OF in units[j].cats):
            j += 1  # pt "e mais um", fr "et d'un blessé"
        if j >= n or Cat.ARTICLE not in units[j].cats:
            return False
        if j + 1 < n and Cat.shares(_MORE, units[j + 1].cats):
            return True  # "y una más", "und ein weiterer" (not "y una vez más", once again)
        m = j + 1
        if m < n and told.how is not None and told.how.fullmatch(units[m].text):
            m += 1  # "einer schwer verletzten Person"
        # the outcome right after the article ("un ferito"): "Two died and a man was arrested"
        # tells the man with a verb of his own (D65.6), no count of the outcome
        return fared and outcomes is not None and m < n and _outcome(units[m], outcomes)
    return False


def one_told_before(
    units: list[Unit], q: Quantity, outcomes: re.Pattern[str] | None
) -> bool:
    """Whether the "other" count *q* follows one told with an outcome before a comma (D94.2).

    "eine Person getötet, acht weitere befinden sich unter den Trümmern", "Morta dopo aver
    mangiato funghi, altri 4 ricoverati", "a man was killed, three others were hurt": the clause
    before the comma tells someone with what befell them (an article, then an outcome word; or
    an outcome word opening the phrase) and no number; the count after the comma, with its
    "more / other" word, adds to them. The comma stands for D12's "and" ("a monk and 16 other
    people"): the phrase holds no reported count. "Con lui, altri tre escursionisti", "crashed
    into a volcano, killing three others" tell no outcome before the comma: additional, as before.
    """
    if outcomes is None:
        return False
    k = q.start - 1
    if k >= 0 and Cat.shares(_MORE, units[k].cats):
        k -= 1  # "altri 4", "otros 4"
    elif not (q.end + 1 < len(units) and Cat.shares(_MORE, units[q.end + 1].cats)):
        return False  # "acht weitere", "three others"
    if k < 1 or units[k].text != ",":
        return False
    start = k - 1
    while start > 0 and units[start - 1].text not in _CLAUSE_ENDS and units[start - 1].text != ",":
        start -= 1
    article = False
    for j in range(start, k):
        u = units[j]
        if u.kind == "d" or (Cat.NUMBER in u.cats and Cat.ARTICLE not in u.cats):
            return False
        if Cat.ARTICLE in u.cats:
            article = True
        elif _outcome(u, outcomes) and (article or (j == start == 0)):
            return True
    return False


def one_told_first(
    units: list[Unit], q: Quantity, told: Told, outcomes: re.Pattern[str]
) -> bool:
    """Whether one told with the article and an outcome stands before "and" and the count (D123).

    D94.1 in the other order: "Un muerto y decenas de intoxicados", "un morto e 11 feriti", "Ein
    Toter und elf Verletzte", "un mort et 11 blessés", "um morto e 11 feridos": right before the
    count (a qualifier between at most) an "and" word; before it an outcome word (a word of how
    it fared after it at most), and before that the article that is also the language's "one"
    (one plain word between at most: "una persona muerta y 11 heridas"); the count told with an
    outcome of its own right after it (after "de" / "of" too). One more beside the count: a sum
    (rule 13, D5, D94). "Un incendio y 11 heridos" (no outcome before "and") keeps its count.
    """
    if told.joins is None:
        return False
    k = q.start - 1
    if k > 0 and Cat.shares(_BEFORE_NUMBER, units[k].cats):
        k -= 1  # "e oltre 11 feriti"
    if k < 2 or told.joins.fullmatch(units[k].text) is None:
        return False
    j = k - 1
    if told.how is not None and told.how.fullmatch(units[j].text):
        j -= 1  # "un herido grave y 11 …"
    if j < 1 or not _outcome(units[j], outcomes):
        return False
    a = j - 1
    if a > 0 and _plain(units[a]) and Cat.ARTICLE not in units[a].cats:
        a -= 1  # "una persona muerta"
    if Cat.ARTICLE not in units[a].cats or (a > 0 and units[a - 1].kind == "d"):
        return False
    n = len(units)
    m = q.end + 1
    if m < n and Cat.OF in units[m].cats:
        m += 1  # "decenas de intoxicados"
    return m < n and _outcome(units[m], outcomes)


def one_told(
    units: list[Unit], q: Quantity, told: Told, outcomes: re.Pattern[str] | None, has: set[str]
) -> bool:
    """Whether one is told with the article-like "one" beside the count *q* (D94.1, D94.2).

    Each step is asked only when the phrase holds what it reads (*has*, the phrase's
    categories): an article for :func:`one_told_after`, a "more" word for :func:`one_told_before`.
    """
    if Cat.ARTICLE in has and (one_told_after(units, q, told, outcomes) or (
            outcomes is not None and one_told_first(units, q, told, outcomes))):
        return True  # "tre morti e un ferito", "y una más"; "un morto e 11 feriti" (D123)
    if (Cat.ARTICLE in has or told.one is not None) and one_arm_beside(units, q, told):
        return True  # "23 Kampfdrohnen und einer Rakete", "un misil y 20 drones" (D202)
    return (Cat.ADDITIONAL in has or Cat.ADDITIONAL_AFTER in has) and one_told_before(
        units, q, outcomes)  # "eine Person getötet, acht weitere"


_ARM_WORDS: Final = 3
"""Words at most that tell a weapon beside its count or article (D202: "russischen Kampfdrohnen",
"drones de ataque", "misil balístico")."""


def _arm_within(units: list[Unit], start: int, stop: int, arms: re.Pattern[str]) -> bool:
    """Whether the words *start* .. *stop* (exclusive) are plain words, one of them a weapon."""
    if start >= stop:
        return False
    words = units[start:stop]
    return all(u.kind == "w" and (_plain(u) or Cat.OF in u.cats) for u in words) and any(
        arms.fullmatch(u.text) for u in words)


def _article(u: Unit, told: Told) -> bool:
    """Whether *u* is the article that is also "one" ("ein", "un", "a"; id "sebuah")."""
    return Cat.ARTICLE in u.cats or (
        told.one is not None and told.one.fullmatch(u.text) is not None)


def one_arm_beside(units: list[Unit], q: Quantity, told: Told) -> bool:
    """Whether a count of weapons is joined by "and" to one weapon told with the article (D202).

    "mit 23 russischen Kampfdrohnen und einer Rakete", "20 drones and a cruise missile", "un
    misil y 20 drones de ataque rusos", "eine Rakete und 23 Drohnen": the count's own words (at
    most three, after it) and the one's (the article, then at most three words) each name a
    weapon of the table's ``told_with["arms"]``; "and" between them. The article is the
    language's "one": a list of several counts, a sum the codebook does not add (rule 13, D5,
    D85.1, D94). An article before a magnitude or a fraction ("and a half", "and a dozen") names
    no weapon; "un misil y 20 heridos", "20 drones and a curfew" keep their count.
    """
    arms, joins = told.arms, told.joins
    if arms is None or joins is None:
        return False
    n = len(units)
    for k in range(q.end + 2, min(n - 1, q.end + 2 + _ARM_WORDS)):  # the count, then "and"
        if joins.fullmatch(units[k].text) and _arm_within(units, q.end + 1, k, arms):
            if _article(units[k + 1], told) and any(
                    _arm_within(units, k + 2, m, arms)
                    for m in range(k + 3, min(n, k + 2 + _ARM_WORDS) + 1)):
                return True
            break
    k = q.start - 1
    while k > q.start - 3 and k > 0 and (
            Cat.shares(_BEFORE_NUMBER, units[k].cats) or Cat.OF in units[k].cats):
        k -= 1  # "y más de 20 drones"
    if k < 2 or joins.fullmatch(units[k].text) is None:
        return False
    after = any(_arm_within(units, q.end + 1, m, arms)
                for m in range(q.end + 2, min(n, q.end + 1 + _ARM_WORDS) + 1))
    return after and any(
        _article(units[a], told) and (a == 0 or units[a - 1].kind != "d")
        and _arm_within(units, a + 1, k, arms) for a in range(max(0, k - 1 - _ARM_WORDS), k - 1))
