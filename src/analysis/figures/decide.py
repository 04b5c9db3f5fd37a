"""The decision: read the quantities, reject, read a range or one figure and qualify it."""

from __future__ import annotations

import re
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.clauses import more_in_later_clause, other_apart, total_after_more
from analysis.figures.context import (
    bounds,
    drop_bracket_parts,
    drop_breakdown,
    vague_measure,
    year_told,
)
from analysis.figures.contrast import (
    drop_compared,
    drop_denied,
    drop_differences,
    drop_restated,
    two_sources,
)
from analysis.figures.gather import both_as_two, gather_quantities, year_label
from analysis.figures.lexicon import NO_CATS, Lexicon
from analysis.figures.listed import hyphen_glued, listed_with, named_after, street_number
from analysis.figures.model import UNPARSED, Figure, Reason
from analysis.figures.normalise import Token
from analysis.figures.qualify import inside_word, qualified, qualifier, relation, scan_before
from analysis.figures.quantities import Quantity
from analysis.figures.ranges import is_range, read_range, told_share
from analysis.figures.reject import (
    beside_person,
    is_unit_count,
    listed_with_many,
    nothing_read,
    one_quantity,
    rate_or_fraction,
)
from analysis.figures.told import drop_told_parts, one_more_named, one_told, share_opened
from analysis.figures.units import Unit, read_units
from analysis.figures.yearside import (
    in_year_span,
    year_before_qualified,
    year_beside,
    year_of_share,
    yearish,
)

__all__ = ["Decision", "decide"]

# readings near a month, a year word or a unit's name depend on the value
# (24 October vs 40 October, 3 battalions vs 1,500 battalions)
_NEAR_VALUE: Final = frozenset((
    Cat.MONTH, Cat.YEAR_BEFORE, Cat.YEAR_AFTER, Cat.YEAR_WEAK, Cat.YEAR_NEXT, Cat.MILITARY_UNIT,
))  # fmt: skip

MAX_QUANTITIES: Final = 8
"""More quantities than this in one phrase are several, whatever they are: no reading
of the codebook makes one figure out of them. The cap keeps the work on each quantity
(its window, its neighbours) constant, so the cost of a phrase grows linearly with it."""
_new: Final = tuple.__new__  # builds a Figure from a tuple, without Figure()'s keywords


Decision = tuple[Figure, str, Quantity | None, bool]
"""The result of reading one phrase: figure, unparsed reason ("" when parsed), the one
quantity read (None for ranges and unparsed phrases), and whether the reading depends on
the value of the digits (a number dropped as a date; a month, year or unit word nearby;
a range): such a phrase never serves as a template for the same wording with another
number."""


_RANGEJOINS: Final = frozenset((Cat.RANGE_SEP, Cat.RANGE_AND))
_NOT_NUMBERS: Final = frozenset(Cat.NUMBER_ROLES)
_FROM_WORDS: Final = frozenset((Cat.RANGE_BEFORE, Cat.CHANGE_FROM))
"""The old count's "from": the range's or a change's own (pl "z"; D76.5)."""
_TO_WORDS: Final = frozenset((Cat.RANGE_SEP, Cat.CHANGE_TO))
"""The new count's "to": the range's or a change's own (pt "para", id "ke"; D76.5)."""
"""A number's categories: the scan for a word of change before a range stops at one (D76)."""
"""Words that join a named number to its range's other end: "aged 5 to 9", "उम्र 10 से 12"."""
_PLAIN: Final = frozenset((Cat.STOP,))


def _named(units: list[Unit], q: Quantity) -> bool:
    """Whether the words beside *q* say it is no count: "1등", "serogroup 1", "6系" (D56).

    A ``not_count_pre`` word right before the number, or a ``not_count_post`` word right after
    it (in Han, kana and Hangul glued to it: "1등은", not "3명 등"). A vague magnitude only by
    the word after it (:func:`~.context.vague_measure`).
    """
    if q.pct:
        return False
    if q.vague is not None:
        return vague_measure(units, q)
    if q.start > 0:
        prv = units[q.start - 1]
        if Cat.NOT_COUNT_BEFORE in prv.cats:
            return True
        if q.start > 1 and q.start == q.end and units[q.start].kind == "d":
            before = units[q.start - 2]
            if prv.kind == "w" and not prv.cats and Cat.NOT_COUNT_BEFORE in before.cats:
                return True  # "vom Typ Eurocopter 135", "model Bell 412": a type's name (D59.3)
            if (prv.text == "-" and prv.glued_prev and units[q.start].glued_prev
                    and before.kind == "w" and not (before.cats.keys() - _PLAIN)):
                return True  # "Робінсон-44", "Covid-19": a name's number (D59.3)
        if (q.start == q.end and units[q.start].kind == "d" and prv.kind == "w"
                and _name_before(prv, units[q.start])
                and (q.end + 1 >= len(units) or units[q.end + 1].kind != "d")):
            return True  # "un A319", "um A320": a model's letter and number (D59.9)
        if q.start == q.end and units[q.start].kind == "d" and street_number(units, q.start):
            return True  # "Jalan Pramuka Raya 70, Utan Kayu": a house's number (D105)
    k = q.end + 1
    n = len(units)
    if k < n:
        u = units[k]
        if u.text == "." and u.glued_prev and k + 1 < n and not units[k + 1].cjk:
            u = units[k + 1]  # "in der 15. KW": an ordinal's point before the word (D59.5)
            return Cat.NOT_COUNT_AFTER in u.cats
        if hyphen_glued(units, k):
            return Cat.NOT_COUNT_AFTER in units[k + 1].cats  # "850-метрового" (D64.2)
        return Cat.NOT_COUNT_AFTER in u.cats and (u.glued_prev or not u.cjk)
    return False


def _name_before(prv: Unit, u: Unit) -> bool:
    """Whether the word *prv* makes the digits *u* after it a model's number (D59.3, D59.9).

    One Latin letter glued to three digits is a model ("un A319 con 88 passeggeri", "um A320",
    "C130"; the text is lower case here); not before another number ("Q250 2024", a period, as
    ``context.dropped`` says of "Q1 2024").
    """
    t = prv.text
    return (len(t) == 1 and "a" <= t <= "z" and u.glued_prev and len(u.text) == 3
            and u.text.isdigit())


def _range_end(units: list[Unit], q: Quantity, qs: list[Quantity]) -> bool:
    """Whether *q* is joined to another quantity of *qs* by a range word: "1-40%", "5 to 9"."""
    for other in qs:
        if other is q or (q.pct and not other.pct and q.start < other.start):
            continue  # "14 percent to 35,000": a per cent is no low end of a count (D76.1)
        if other.end + 2 == q.start:
            joiner = units[other.end + 1]
        elif q.pct and other.end + 3 <= q.start <= other.end + 4 and told_share(
            units[other.end + 1 : q.start], units[q.end + 1 :]
        ):
            # "441,800, or 35%": a count, a comma, its share (D161); "352.403 kasus atau 76
            # persen", "352,403 cases, or 76%": a count, its noun, its share (D176)
            joiner = units[q.start - 1]
        elif q.end + 2 == other.start:
            joiner = units[q.end + 1]
        else:
            continue
        if not _RANGEJOINS.isdisjoint(joiner.cats):
            return True
    return False


def _share_of_whole(
    units: list[Unit], q: Quantity, qs: list[Quantity], share_of: re.Pattern[str] | None
) -> bool:
    """Whether the share *q* is told of another quantity of *qs*, its whole (D59.1).

    "25% of the 300 injured", "300명 중 25%": a ``share_of`` word ("of", "из", "중") right
    after the share, before a count, or right before the share, after a count; the count is
    then the whole, and the phrase stays two quantities. A word of the list farther from the
    share is no share's ("45 morts de la route (+12 %)", "150 погибших из-за ковида (+5%)").
    """
    if share_of is None:
        return False
    for other in qs:
        if other is q or other.pct:
            continue
        if q.end < other.start:  # "25% of the 300": the word opens what follows the share
            if _after_change(units, q.start) or (
                    q.end + 2 < len(units) and Cat.CHANGE in units[q.end + 2].cats
                    and share_of.fullmatch(units[q.end + 1].text)):
                continue  # "une hausse de 13 % de visiteurs", "90 % d'augmentation" (D133.1)
            found = share_of.match(" ".join(u.text for u in units[q.end + 1 : other.start]))
            if found is not None:
                return True
        elif not _after_change(units, q.start):  # "300명 중 25%": the word closes what
            between = " ".join(u.text for u in units[other.end + 1 : q.start])
            if any(m.end() == len(between) for m in share_of.finditer(between)):
                return True
    return False


def _after_change(units: list[Unit], k: int) -> bool:
    """Whether a word of change stands right before unit *k*, or one word before (D76).

    "35 000 cas, en hausse de 14 %", "a rise of 8 %": the per cent after it is the change's
    size, no share of the count before it; so after a word of "more" ("a rise of 8 %", "une
    hausse de 2,6 %", "rose by 8 %": the table phrases of the change's size).
    """
    before = units[k - 1].cats if k > 0 else NO_CATS
    return (Cat.CHANGE in before or Cat.ADDITIONAL in before) or (
        k > 1 and Cat.CHANGE in units[k - 2].cats and units[k - 1].kind == "w")


def _change_range(units: list[Unit], a: Quantity, b: Quantity, lo_a: int) -> bool:
    """Whether the range *a* to *b* is a change "from A to B", its new total *b* (D76.2).

    A word of change (each table's ``change``: "rise", "ascenso", "рост", "wzrost", "ارتفاع",
    "वृद्धि") right before the range's "from" word, or up to two words before it ("an increase
    in deaths from"), or within three units after *b* where the language puts it last
    ("103 से 149 तक की वृद्धि"; not a word also read as "N more", "6 bin arasında artış", nor
    in Han, kana or Hangul, where the tables' rewrites read it). "A to B per cent" stays a
    range of shares.
    """
    if b.pct:
        return False
    k = a.start - 1
    while k >= lo_a and Cat.QUALIFIER_BEFORE in units[k].cats and units[k].kind == "w":
        k -= 1  # "from about 10": the low end's qualifier
    if k >= lo_a and Cat.CHANGE in units[k].cats:
        return True  # "une hausse de 103 à 149": the noun and its "de" one table phrase
    if k >= lo_a and Cat.RANGE_BEFORE in units[k].cats:
        for j in range(k - 1, max(k - 4, -1), -1):
            u = units[j]
            if Cat.CHANGE in u.cats:
                return True
            if u.kind != "w" or not _NOT_NUMBERS.isdisjoint(u.cats):
                break
    for j in range(b.end + 1, min(b.end + 4, len(units))):
        u = units[j]
        if u.cjk or u.kind == "d" or u.text in (",", ";", "(", ")"):
            break  # (ja, ko, zh "A에서 B로 늘었다": the tables' rewrites, D35)
        if Cat.CHANGE in u.cats:
            # a word the table reads as "N more" after a number makes B the change's size
            # ("4 bin ila 6 bin arasında artış": a rise of 4,000 to 6,000)
            return Cat.ADDITIONAL_AFTER not in u.cats and Cat.ADDITIONAL not in u.cats
    return False


def _dated_change(units: list[Unit], qs: list[Quantity], dropped_at: list[int]) -> bool:
    """Whether two quantities are a change "from A in YEAR to B", B the new total (D76.3).

    "from 362 in 2013 to 918 in 2017", "de 362 en 2013 à 918": the old count's own time (a
    year dropped between A and the word before B) makes the two counts the old and the new
    value, whatever the verb; a range of estimates has no time of its own on its low end. The
    words are the range's ("from", "to") or a change's own (``change_from``, ``change_to``:
    pl "z 362 w 2013 r. do 918", pt "de 362 em 2013 para 918", D76.5).
    """
    a, b = qs
    if b.pct or a.pct or b.start < 2:
        return False
    if (scan_before(units, a.start, 0, Cat.RANGE_BEFORE)[0] is None
            and scan_before(units, a.start, 0, Cat.CHANGE_FROM)[0] is None):
        return False
    k = b.start - 1
    while (k > a.end and Cat.QUALIFIER_BEFORE in units[k].cats
           and _TO_WORDS.isdisjoint(units[k].cats)):
        k -= 1
    if k <= a.end or _TO_WORDS.isdisjoint(units[k].cats):
        return False
    return any(a.end < d < k for d in dropped_at)


def _joined_change(units: list[Unit], qs: list[Quantity]) -> bool:
    """Whether "A" and "B" are joined by a change's own words after a word of change (D76.5).

    pt "um aumento de 103 para 149", id "penurunan dari 300 ke 250", pl "spadek z 300 do
    250": a ``change_from`` word before A or a ``change_to`` word between them (the tables'
    range words join a range too: those go through :func:`_change_range`), and a word of
    change at most three words before the first.
    """
    a, b = qs
    if b.pct or a.pct or a.start < 2 or b.start != a.end + 2:
        return False
    f = a.start - 1
    if Cat.ADDITIONAL in units[f].cats and units[f].kind == "w" and f > 0:
        f -= 1  # pt "aumento de adicionais 103": the tables' rewrite of a change's size
    before, join = units[f].cats, units[a.end + 1].cats
    if _FROM_WORDS.isdisjoint(before) or _TO_WORDS.isdisjoint(join):
        return False
    if Cat.CHANGE_FROM not in before and Cat.CHANGE_TO not in join:
        return False
    for k in range(f - 1, max(f - 4, -1), -1):
        u = units[k]
        if Cat.CHANGE in u.cats:
            return True
        if u.kind != "w" or not _NOT_NUMBERS.isdisjoint(u.cats):
            return False
    return False


def _more_of_shares(units: list[Unit], shares: list[Quantity]) -> bool:
    """Whether every "more" word of the phrase stands right beside a dropped share (D59.1, rv12).

    "120 mortos (mais 10% que em 2020)": "mais" tells the share's rise, no count's "more".
    """
    beside = {k for q in shares for k in (q.start - 1, q.end + 1)}
    more = [k for k, u in enumerate(units) if Cat.ADDITIONAL in u.cats]
    return bool(shares) and bool(more) and beside.issuperset(more)


def _drop_labels(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int]
) -> tuple[list[Quantity], tuple[int, ...]]:
    """Drop a named number before a colon, the label of the count after it (D56).

    "Gewinnklasse 2: 14 Gewinner", "serotipo 2: 45 casos", "tirage 1052 : 3 gagnants": the
    number named by its word (:func:`_named`) and the colon after it are a label, no ratio;
    the count after the colon is read. Not when the colon is glued to the number after it
    ("level 3:1", a ratio). Returns the quantities left and the colons' positions.
    """
    n = len(units)
    drop = [
        q for q in qs
        if q.end + 2 < n and units[q.end + 1].text == ":" and units[q.end + 2].kind == "d"
        and not units[q.end + 2].glued_prev and _named(units, q)
    ]
    if not drop or len(drop) >= len(qs):
        return qs, ()
    dropped_at.extend(q.end for q in drop)
    dropped_at.sort()
    return [q for q in qs if q not in drop], tuple(q.end + 1 for q in drop)


def _spaced_dash(units: list[Unit], k: int, other: Quantity) -> bool:
    """Whether *k* is a dash spaced on both sides before *other*, a word after it (D56.8).

    "level 3 - 12 cities": after a named number such a dash may end its name, the count and
    its noun following; a dash glued to both numbers ("level 3-5", "aged 5-9"), a range word
    ("aged 5 to 9") or nothing after ("level 3 - 5") joins a range.
    """
    u, nxt = units[k], units[other.end + 1] if other.end + 1 < len(units) else None
    return (
        u.text in Cat.DASHES
        and not u.glued_prev
        and not units[k + 1].glued_prev
        and nxt is not None
        and nxt.kind in ("w", "c")
    )


def _glued_to_number(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is glued by a symbol (or "・") to the digits before it: "5・5ヘクタール" (D73).

    A number written with a symbol the digit groups do not take (a Japanese decimal point "・")
    is one number the engine cannot read: its unit names no count of its last part, which is
    not dropped (the phrase stays two quantities, unparsed, rather than "5"); nor is a measure
    right after another digit group. A range's dash or tilde ("120-130 Meter") is a range, read
    as one.
    """
    k = q.start
    if k >= 1 and units[k - 1].kind == "d":
        return True  # two digit groups side by side ("19 19 кубометров"): no reading of either
    if k < 2 or not units[k].glued_prev:
        return False
    sym = units[k - 1]
    return ((sym.kind == "s" or sym.text == "\u30fb") and sym.glued_prev
            and units[k - 2].kind == "d" and _RANGEJOINS.isdisjoint(sym.cats))


def _drop_not_counts(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], lex: Lexicon
) -> list[Quantity]:
    """Drop from several quantities those whose own words say they are no count (D56, D59).

    A rank, class, draw, group or age named by its word (:func:`_named`), and a year beside
    a count (:func:`_year_beside`); a type's or a name's number, a measure with its unit, a
    week's number (:func:`_named` too, D59.3-5), unless a measure is listed with the count by
    "and"; both ends of a span of years (D59.2); a share, signed or not, that is neither told
    of another quantity nor an end of a range (D59.1). Only when a quantity remains: a number
    alone is read as written.
    """
    drop = [
        q for q in qs
        if _named(units, q) and not (named_after(units, q) and listed_with(units, q, qs))
        and not _glued_to_number(units, q)
    ]
    counted_after: list[Quantity] = []
    for q in list(drop):  # "उम्र 10 से 12", "aged 5 to 9": the range's other end is named too
        for other in qs:
            if other.start == q.end + 2 and not _RANGEJOINS.isdisjoint(
                    units[q.end + 1].cats) and other not in drop:
                drop.append(other)
                if _spaced_dash(units, q.end + 1, other):
                    counted_after.append(other)
            elif other.end + 2 == q.start and other not in drop and not _RANGEJOINS.isdisjoint(
                    units[other.end + 1].cats) and named_after(units, q):
                drop.append(other)  # "120 bis 130 Meter": the unit after both ends (D59.4)
    if counted_after and len(drop) >= len(qs):  # "level 3 - 12 cities": 12 is the count
        drop = [q for q in drop if q not in counted_after]
    kept = [q for q in qs if q not in drop]
    spans = [q for q in kept if in_year_span(units, q)]  # "during the 2018-19 season"
    if spans:
        drop += spans
        kept = [q for q in kept if q not in spans]
    compared = [
        q for q in kept if yearish(units, q) and year_of_share(units, q, kept, lex.share_of)
    ]
    if compared:  # "an increase of 0.4% from 2014": the per cent's year (D133.3)
        drop += compared
        kept = [q for q in kept if q not in compared]
    shares = [
        q for q in kept
        if q.pct and not _share_of_whole(units, q, kept, lex.share_of)
        and not _range_end(units, q, kept)
    ]
    if shares and len(shares) < len(kept):  # "155점(43%)", "16.448 incidenti (+22%)" (D59.1)
        drop += shares
        kept = [q for q in kept if q not in shares]
    if len(kept) > 1:
        years = [
            q for q in kept if yearish(units, q) and (
                year_beside(units, q, kept, lex.counted)
                or year_told(units, q, lex.counted, lex.year_plural)
                or year_before_qualified(units, q, kept))
        ]
        drop += years
    if not drop or len(drop) >= len(qs):
        return qs
    if all(q.start == q.end and q.value == 1.0 and units[q.start].kind != "d" for q in kept):
        return qs  # "한 개비의 담배로 … 200헥타르가": a lone "one" is never the count left (D73)
    dropped_at.extend(q.end for q in drop)
    dropped_at.sort()
    return [q for q in qs if q not in drop]


def _unreadable(units: list[Unit]) -> str | None:
    """Return the unparsed reason for the first word no table knows, if any."""
    for u in units:
        if u.kind in ("w", "c") and not u.cats:
            return Reason.UNREADABLE_WORD.format(word=u.text)
    return None


_QUALIFIER_CATS: Final = frozenset((Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.WEAK_AT_LEAST))


def _one_figure(
    units: list[Unit], q: Quantity, lo: int, hi: int, additional: bool, has: set[str]
) -> Figure:
    """Return the figure of the one quantity *q*: vague, or qualified (rules 1-5).

    The scans for a qualifier or "more" run only when the phrase holds such a word.
    """
    if additional:
        rel = "additional"
    else:
        rel = relation(units, q, hi, False) if Cat.ADDITIONAL_AFTER in has else "total"
    unit = "percent" if q.pct else "count"
    if q.vague is not None:
        return _new(Figure, (q.low, q.value, q.high, unit, "vague", rel, "ok"))  # as Figure(...)
    if not (Cat.QUALIFIER_BEFORE in has or Cat.QUALIFIER_AFTER in has
            or Cat.WEAK_AT_LEAST in has):  # _QUALIFIER_CATS.isdisjoint(has), as look-ups (17sf)
        qual = "at_least" if q.odd else ("approx" if q.approx else "exact")
    else:
        qual = qualifier(units, q, lo, hi)
    return qualified(q.value, unit, qual, rel)


def _and_others(units: list[Unit], q: Quantity, lo: int) -> int:
    """Where the "and" joining *q* to words before it stands: "a monk and 16 other people".

    Such an additional quantity adds to something named but not counted in the same
    phrase; the whole is a sum the codebook does not compute (rule 13, D12). One verb may
    stand between "and" and the number: "killing a child and wounding 16 others" (D37).
    Returns -1 when no such "and" stands there.
    """
    k = q.start - 1
    while k >= lo and (Cat.ADDITIONAL in units[k].cats or Cat.QUALIFIER_BEFORE in units[k].cats):
        k -= 1
    if k > lo and units[k].kind == "w" and not (units[k].cats.keys() - _PLAIN):
        k -= 1
    if k <= lo or not (Cat.AND in units[k].cats or Cat.RANGE_AND in units[k].cats):
        return -1
    return k if units[k - 1].kind in ("w", "c", "p") else -1


def _additional_from(units: list[Unit], k: int, hi: int) -> bool:
    """Whether an "additional" word stands from *k* to *hi* (the clause after an "and")."""
    return any(
        Cat.ADDITIONAL in units[j].cats or Cat.ADDITIONAL_AFTER in units[j].cats
        for j in range(k, min(hi + 1, len(units)))
    )


def _near_value(has: set[str]) -> bool:
    """Whether *has* holds a category of :data:`_NEAR_VALUE` (``not isdisjoint``).

    Six look-ups of constant strings: a loop over the phrase's categories (17sf) built an
    iterator and a reference for each of them (30sp; ``tests/test_figures_speed_30sp.py`` holds
    it to ``isdisjoint``).
    """
    return (Cat.MONTH in has or Cat.YEAR_BEFORE in has or Cat.YEAR_AFTER in has
            or Cat.YEAR_WEAK in has or Cat.YEAR_NEXT in has or Cat.MILITARY_UNIT in has)


def _categories(units: list[Unit]) -> set[str]:
    """Return every category the units of the phrase carry."""
    has: set[str] = set()
    for u in units:
        if u.cats:
            has.update(u.cats)
    return has


def _more_word(units: list[Unit], has: set[str], code: str) -> bool:
    """Whether a "more" word stands in the phrase (none inside a longer Hangul word)."""
    if Cat.ADDITIONAL not in has:
        return False
    if code != "ko":
        return True
    # a "more" word inside a longer Hangul word is none ("더" in "더위", heat: D14, D41)
    return any(Cat.ADDITIONAL in u.cats and not inside_word(units, k) for k, u in enumerate(units))


def _change_or_range(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], has: set[str], additional: bool
) -> tuple[Decision | None, list[Quantity], bool, bool]:
    """Read two quantities as a change's old and new count, or as a range (rule 6).

    A word of change before "from A to B" or the change's own words (D76.2, D76.5: "un ascenso
    de 103 a 149", "um aumento de 103 para 149"; no "more": "une hausse de 10 à 20"), or the old
    count's own time ("from 362 in 2013 to 918 in 2017", D76.3), leave the new count B. Returns
    the decision of a range when the two are one, else None; the quantities left, the "more"
    and whether a change was read.
    """
    lo_a = bounds(qs[0], qs, dropped_at, len(units))[0]
    if ((Cat.CHANGE in has and is_range(units, qs[0], qs[1], lo_a)
         and _change_range(units, qs[0], qs[1], lo_a))
            or (Cat.CHANGE in has and (Cat.CHANGE_FROM in has or Cat.CHANGE_TO in has)
                and _joined_change(units, qs))):
        dropped_at.append(qs[0].end)
        dropped_at.sort()
        return None, qs[1:], False, True
    if (dropped_at and (Cat.RANGE_BEFORE in has or Cat.CHANGE_FROM in has)
            and _dated_change(units, qs, dropped_at)):
        dropped_at.append(qs[0].end)
        dropped_at.sort()
        return None, qs[1:], additional, True
    if is_range(units, qs[0], qs[1], lo_a):
        rel = "additional" if additional else "total"
        return (*read_range(units, qs[0], qs[1], lo_a, rel), None, True), qs, additional, False
    return None, qs, additional, False


def _told_beside(units: list[Unit], q: Quantity, lex: Lexicon, has: set[str]) -> Reason | None:
    """Why the one count *q* is no figure for what is told beside it, or None.

    One person named by a role beside it ("the pilot and four passengers", D65.6) or one more
    thing named with "a" ("15 Kinder und eine Lehrkraft", D85.1) make a sum; "of the total" and
    a comma before it ("Do total de casos registrados, 6.159", D85.2) a share.
    """
    persons, joins, told = lex.persons, lex.person_and, lex.told
    if (
        persons is not None and joins is not None
        and beside_person(units, q, persons, joins, lex.person_verbs, lex.outcomes, lex.person_own)
    ):
        return Reason.SEVERAL_QUANTITIES
    if told is None:
        return None
    if one_more_named(units, q, told, lex.person_verbs, lex.outcomes) or one_told(
            units, q, told, lex.outcomes, has):  # "tre morti e un ferito" (D94)
        return Reason.SEVERAL_QUANTITIES
    return Reason.FRACTION if share_opened(units, q, told) else None


def _earlier_values(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], has: set[str], code: str
) -> tuple[list[Quantity] | None, bool, int, bool]:
    """Drop the compared values (D111) and the sizes of a change (D122) beside the count.

    Returns the quantities kept (None: every number a compared value, or two sources' estimates,
    D117), whether a compared value was dropped, how many quantities were left then, and whether
    every "more" word of the phrase was a dropped change's ("ще 296 людей, ніж у 2022 році").
    """
    dropped_compared, left = False, len(qs)  # "2175 morts, contre 2253" (D111); two sources: D117
    if (Cat.COMPARED_BEFORE in has or Cat.COMPARED_AFTER in has) and len(qs) > 1:
        kept = [] if two_sources(units, code) else drop_compared(units, qs, dropped_at)
        dropped_compared, left, qs = kept is not qs, len(kept), kept
        if not qs:
            return None, True, 0, False
    mores: list[int] = []
    if len(qs) > 1:  # "29 muertos, 12 menos que en 2016": a change's size (D122)
        qs = drop_differences(units, qs, dropped_at, code, mores)
    its_more = bool(mores) and all(
        k in mores for k, u in enumerate(units) if Cat.ADDITIONAL in u.cats)
    return qs, dropped_compared, left, its_more


def decide(toks: list[Token], lex: Lexicon, strict: bool) -> Decision:
    """Read a phrase with the table *lex*.

    Parameters
    ----------
    toks : list of Token
        Tokens of the normalised, rewritten text with numeric dates blanked.
    lex : Lexicon
        The language's table.
    strict : bool
        Whether a word the table does not know makes the phrase unparsed.

    Returns
    -------
    Decision
        The figure, the unparsed reason, the quantity and whether the reading depends
        on the value of the digits.
    """
    units = read_units(toks, lex)
    if not units:
        return (UNPARSED, Reason.EMPTY, None, False)
    unreadable = _unreadable(units) if strict else None
    if unreadable is not None:
        return (UNPARSED, unreadable, None, False)
    has = _categories(units)
    qs, dropped_at = gather_quantities(units, lex, Cat.MONTH in has)
    if not qs and Cat.BOTH in has and both_as_two(units):  # "beide Soldaten" = 2 (D87)
        has.add(Cat.NUMBER)
        qs, dropped_at = gather_quantities(units, lex, Cat.MONTH in has)
    if len(qs) > 1:  # "not 2 but 12", "2명이 아니라 12명": the count corrected (D71)
        qs = drop_denied(units, qs, dropped_at, has)
    if len(qs) == 2:  # "8.9 मिलियन यानी 89 लाख", "18 मिलियन (1.80 करोड़)": one count (D147.4)
        qs = drop_restated(units, qs)
    kept, dropped_compared, left, its_more = _earlier_values(units, qs, dropped_at, has, lex.code)
    if kept is None:  # every number a compared value: no count (D66.1)
        return (UNPARSED, Reason.SEVERAL_QUANTITIES, None, True)
    qs = kept
    qs = drop_breakdown(units, qs, dropped_at, has, lex.told.resumes if lex.told else None)
    if len(qs) > 1:  # "4 decessi (2 in Veneto, uno … e uno …)": parts in brackets (D57.1)
        qs = drop_bracket_parts(units, qs, dropped_at, lex.outcomes)
        qs = drop_told_parts(units, qs, dropped_at, lex.told)  # "18 hurt, one seriously" (D85.3)
    labels: tuple[int, ...] = ()
    if len(qs) > 1 and (Cat.NOT_COUNT_BEFORE in has or Cat.NOT_COUNT_AFTER in has):
        qs, labels = _drop_labels(units, qs, dropped_at)  # "Gewinnklasse 2: 14 Gewinner"
    if dropped_at:  # "Data 2022: 670 kasus": a year's label, no ratio (D77.3)
        labels += tuple(e + 1 for e in dropped_at if year_label(units, e))
    value_dependent = bool(dropped_at) or _near_value(has)
    reason = rate_or_fraction(units, qs, has, labels) or (None if qs else nothing_read(has))
    if reason is not None:
        return (UNPARSED, reason, None, value_dependent)
    additional = _more_word(units, has, lex.code) and not its_more
    if len(qs) > 1:  # a rank, class, age or year beside the count is no count (D56)
        kept = _drop_not_counts(units, qs, dropped_at, lex)
        if kept is not qs:
            if additional and _more_of_shares(units, [q for q in qs if q.pct and q not in kept]):
                additional = False  # "120 mortos (mais 10% que em 2020)": the share's "more"
            qs, value_dependent = kept, True
    if dropped_compared and (len(qs) > 1 or (len(qs) == 1 and qs[0].pct and left > 1)):
        # (22rc, D111) two counts, or a share once a count was dropped ("8 %, 541 km², contra 587")
        return (UNPARSED, Reason.SEVERAL_QUANTITIES, None, True)
    n = len(units)
    changed = False
    if len(qs) == 2:
        ranged, qs, additional, changed = _change_or_range(units, qs, dropped_at, has, additional)
        if ranged is not None:
            return ranged
    if len(qs) > 1:  # (more than MAX_QUANTITIES: several, whatever they are)
        chosen = None if len(qs) > MAX_QUANTITIES else one_quantity(
            units, qs, dropped_at, lex.outcomes)
        if chosen is None:
            return (UNPARSED, Reason.SEVERAL_QUANTITIES, None, value_dependent)
        qs = chosen
    q = qs[0]
    lo, hi = bounds(q, qs, dropped_at, n)
    if Cat.MILITARY_UNIT in has and is_unit_count(units, q, hi):
        return (UNPARSED, Reason.UNIT_SIZE, None, value_dependent)
    if (
        Cat.UNCOUNTABLE in has
        or (Cat.ARTICLE in has and (Cat.AND in has or Cat.RANGE_AND in has))
    ) and listed_with_many(units, q):
        return (UNPARSED, Reason.SEVERAL_QUANTITIES, None, value_dependent)
    beside = _told_beside(units, q, lex, has)  # "the pilot and four passengers", "Do total …"
    if beside is not None:
        return (UNPARSED, beside, None, value_dependent)
    if additional and (more_in_later_clause(units, q) or other_apart(units, q, lex.code)):
        additional = False  # "y otros edificios … unos 2,953 habitantes" (D124)
    if additional and Cat.TOTAL in has and total_after_more(units, q):
        additional = False  # "rose by 50,000, giving a total of 550,000" (D84.3)
    fig = _one_figure(units, q, lo, hi, additional, has)
    if changed and fig.qualifier == "at_most":  # "рост с 103 до 149": the change's "до" (D76.2)
        fig = qualified(q.value, fig.unit, "exact", fig.relation)
    if fig.relation == "additional":
        k = _and_others(units, q, lo)
        if k >= 0 and _additional_from(units, k, hi):
            return (UNPARSED, Reason.SEVERAL_QUANTITIES, None, value_dependent)
        if k >= 0:  # "more" was said of the clause before "and" (D37): "toll rises and thousands …"
            fig = Figure(fig.low, fig.best, fig.high, fig.unit, fig.qualifier, "total", fig.status)
    return (fig, "", q, value_dependent)
