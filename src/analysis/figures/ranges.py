"""Ranges of two quantities: "1,000 to 3,000", "between 5 and 7 thousand" (codebook rule 6)."""

from __future__ import annotations

from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.cats import only
from analysis.figures.model import NAN, UNPARSED, Figure, Reason
from analysis.figures.qualify import scan_after, scan_before
from analysis.figures.quantities import COUNTERS, Quantity
from analysis.figures.units import Unit

_new: Final = tuple.__new__
"""Builds a Figure from a tuple, as Figure(...) does, without its keyword handling."""

__all__ = ["is_range", "read_range", "share_magnitude", "told_share"]

_RANGE_COUNTERS: Final = frozenset(
    "只隻头頭匹羽艘辆輛架座户戶戸具棵株个個件起例宗处處枚张張颗顆栋棟幢台本軒所家条條尾機両基"
)
"""Counters of Chinese and Japanese after the low end of a range of digits ("200头至300头",
"3000羽から5000羽"; 17cm, D67.4): after digits no place name is read into them."""
_KO_RANGE_COUNTERS: Final = frozenset(
    ("마리", "그루", "채", "척", "곳", "가구", "세대", "건", "개소", "동", "두", "송이", "상자")
)
"""Korean counters after the low end ("200마리에서 300마리"); not 대 (20대에서 30대: ages) nor
살 / 세 / 층."""


def _past_counter(units: list[Unit], a: Quantity, b: Quantity) -> list[Unit]:
    """Return the units between *a* and *b*, past the counter after the low end (D67.4).

    The counters of :data:`COUNTERS` are skipped as before; the others only when the high end
    has the same counter ("200头至300头", "200마리에서 300마리"; "한 곳에서 2명" stays two
    quantities).
    """
    gap = units[a.end + 1 : b.start]
    while gap and gap[0].cjk and gap[0].text in COUNTERS:
        gap = gap[1:]  # "1万人から2万人", "3천명에서 5천명": the counter after the low end
    for k in (2, 1):
        if len(gap) <= k or not all(u.cjk for u in gap[:k]):
            continue
        if not all(u.glued_prev for u in gap[1:k]):
            continue
        word = "".join(u.text for u in gap[:k])
        if word not in _KO_RANGE_COUNTERS and not (k == 1 and word in _RANGE_COUNTERS):
            continue
        after = units[b.end + 1 : b.end + 1 + k]
        if len(after) == k and after[0].glued_prev and "".join(u.text for u in after) == word:
            return gap[k:]
    return gap


def _same_words_after(units: list[Unit], b: Quantity, gap: list[Unit]) -> int:
    """Return how many words opening *gap* follow the high end *b* too (2, 1 or 0).

    The noun told on both ends ("30 tonnes and 40 tonnes", "5 millones de personas a 10
    millones de personas"; D185.2): one or two plain words, the same after *b* (past the point
    of its abbreviated scale, "5 тис. осіб до 10 тис. осіб"), and a word left before *b*.
    """
    k = b.end + 1
    n = len(units)
    if k < n and units[k].text == "." and units[k].glued_prev and (b.has_mag or b.pct):
        k += 1
    for size in (2, 1):
        if len(gap) > size and k + size <= n and all(
            g.kind == "w" and u.kind == "w" and g.text == u.text
            for g, u in zip(gap[:size], units[k : k + size], strict=True)
        ):
            return size
    return 0


_NOUN_CATS: Final = frozenset((Cat.STOP,))
"""The categories a word may carry and still be read as the counted noun (D213): none, or
only the language-recognising "stop" mark ("people", "человек", "людей" carry it)."""


def _noun_once(units: list[Unit], a: Quantity, b: Quantity, lo_a: int) -> bool:
    """Whether the counted noun is told once, after the low end of "from A noun to B" (D213).

    "від кількох сотень людей до тисяч", "from 300 people to 500", "de 65.000 manifestants à
    300.000": a range word (``range_pre``) right before *a* (past its qualifiers), one plain
    word after *a* (a word no table lists but as a "stop" word), a ``range_sep`` word ("to",
    "до", "à", "bis"; not the "and" of "between") right before *b*, and *b* closing what is
    told: the phrase ends after it or a symbol or a qualifier word follows it. A noun of its
    own after *b* ("from 300 people to 500 vehicles"), any other word ("… to 500 in Kyiv") or
    more than one word after *a* ("from 300 people in Kyiv to 500") leave two quantities.
    """
    k = a.end + 1
    if k < b.start and units[k].text == "." and units[k].glued_prev and a.has_mag:
        k += 1  # "від 300 тис. людей до 500 тис." (D185.1)
    if a.pct or b.pct or b.start < k + 2:
        return False
    noun, sep = units[k], units[k + 1]
    if noun.kind != "w" or noun.cjk or not only(_NOUN_CATS, noun.cats):
        return False
    if Cat.RANGE_SEP not in sep.cats or not all(
            Cat.QUALIFIER_BEFORE in u.cats for u in units[k + 2 : b.start]):
        return False  # "from 300 people to about 500": the high end's qualifier
    k = a.start - 1
    while (k >= lo_a and Cat.QUALIFIER_BEFORE in units[k].cats
           and Cat.RANGE_BEFORE not in units[k].cats and units[k].kind != "s"):
        k -= 1  # "from about 300 people to 500": the low end's qualifier (D3)
    if k < lo_a or (Cat.RANGE_BEFORE not in units[k].cats and Cat.CHANGE not in units[k].cats):
        return False  # a change's noun and its "from" may be one table phrase ("une hausse de")
    k = b.end + 1
    if k >= len(units):
        return True
    after = units[k]
    return (after.kind == "s" and after.text != "/") or Cat.QUALIFIER_AFTER in after.cats


def is_range(units: list[Unit], a: Quantity, b: Quantity, lo_a: int) -> bool:
    """Whether two quantities form a range ("A to B", "between A and B", "A - about B").

    Parameters
    ----------
    units : list of Unit
        The phrase.
    a, b : Quantity
        The two quantities, in order.
    lo_a : int
        First unit that belongs to *a*.

    Returns
    -------
    bool
        True when a range separator follows *a* (or "and" after "between"), with only
        qualifiers between it and *b*.
    """
    if a.pct != b.pct and (a.pct or a.has_mag or a.value >= b.value):
        # "rose 14 percent to 35,000": the change's size and the new total (D76.1); "131,06 juta
        # atau 93,74%": a count and its share, two units that make no range (24rb, D145); "5 to
        # 10%" writes the one unit once
        return False
    gap = _past_counter(units, a, b)
    if len(gap) > 1 and (a.has_mag or a.pct) and gap[0].text == "." and gap[0].glued_prev:
        gap = gap[1:]  # "od 130 tys. do 200 tys.", "5 proc. do 10 proc." (D185.1)
    if len(gap) > 1 and gap[0].kind == "w":
        gap = gap[_same_words_after(units, b, gap):]  # "… million tonnes and … tonnes" (D185.2)
    if len(gap) > 1 and _noun_once(units, a, b, lo_a):
        gap = gap[1:]  # "від кількох сотень людей до тисяч": the noun told once (D213)
    if not gap:
        return False
    first = gap[0].cats
    has_pre = scan_before(units, a.start, lo_a, Cat.RANGE_BEFORE)[0] is not None
    # before a vague high end an article or "of" may stand ("des dizaines ou des centaines",
    # "dizaines, voire de centaines": D4, D41)
    vague = a.vague is not None and b.vague is not None
    return (Cat.RANGE_SEP in first or (Cat.RANGE_AND in first and has_pre)) and all(
        Cat.QUALIFIER_BEFORE in g.cats
        or (vague and g.kind == "w" and g.cats and g.cats.keys() <= _GLUE)
        for g in gap[1:]
    )


_GLUE: Final = frozenset((Cat.STOP, Cat.OF, Cat.RANGE_BEFORE))
"""Categories of the articles and "of" words that may stand before a vague range end."""


def share_magnitude(a: Quantity, b: Quantity) -> float:
    """Apply a magnitude written once to the low end of a range ("5 to 7 thousand").

    Parameters
    ----------
    a, b : Quantity
        The low and high ends as written.

    Returns
    -------
    float
        The value of *a*, multiplied by *b*'s magnitude when *a* has none and the
        result stays below *b* and within a factor of ten of it.
    """
    av, bv = a.value, b.value
    if b.vague is not None or a.vague is not None:
        return av
    if bv < av and a.big_part > 0 and b.big_part == 0 and bv < a.big_unit:
        return av  # handled by the caller (Korean head sharing)
    if a.has_mag or av >= 1000:
        return av
    if _hundred_once(a, b):
        return av * 100.0
    unit = b.big_unit if b.big_unit >= 1000 else 0.0
    if not unit and bv >= 1000 and bv == int(bv):
        unit = 1.0
        while bv % (unit * 1000) == 0:
            unit *= 1000
        if unit == 1.0:
            unit = 0.0
    if unit and av * unit <= bv and av * unit * 10 >= bv:
        return av * unit
    return av


def _hundred_once(a: Quantity, b: Quantity) -> bool:
    """Whether "hundred" written once as a word closes both ends ("two to three hundred").

    (26rc, D189) The low end a bare whole number from one to nine, the high end a number of
    hundreds (or half hundreds: hi "ढाई सौ", 250) below a thousand told with the word (en "three
    hundred", hi "तीन सौ" or "3 सौ", es "trescientas", it "seicento"), the low end's hundreds
    below it: "दो-तीन सौ" = 200-300, "दो-ढाई सौ" = 200-250, as
    "2-300" and "5 to 7 thousand" read (rule 6, D4). The high end in digits alone ("5 to 700")
    is left as written.
    """
    av, bv = a.value, b.value
    return (
        b.big_unit == 0.0 and (b.has_mag or b.digit_units == 0) and 100.0 < bv < 1000.0
        and bv % 50.0 == 0.0 and 1.0 <= av <= 9.0 and av == int(av) and av * 100.0 < bv
    )


def _vague_range(a: Quantity, b: Quantity, rel: str) -> tuple[Figure, str]:
    """Two vague ends ("hundreds to thousands"), or a number mixed with a vague word."""
    if a.vague is not None and b.vague is not None and a.low < b.low:
        return _new(Figure, (a.low, a.low, b.high, "count", "vague", rel, "ok")), ""
    return UNPARSED, Reason.MIXED_RANGE


def read_range(
    units: list[Unit], a: Quantity, b: Quantity, lo_a: int, rel: str
) -> tuple[Figure, str]:
    """Read the range from *a* to *b*.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    a, b : Quantity
        The two ends (:func:`is_range` holds).
    lo_a : int
        First unit that belongs to *a*.
    rel : str
        The relation of the phrase.

    Returns
    -------
    tuple of (Figure, str)
        The figure (``range``, or ``vague`` for two vague ends) and the unparsed reason
        ("" when parsed). An "at least" / "up to" written with the range opens one end.
    """
    if a.vague is not None or b.vague is not None:
        return _vague_range(a, b, rel)
    av, bv = a.value, b.value
    if bv < av and a.big_part > 0 and b.big_part == 0 and bv < a.big_unit:
        bv = a.big_part + bv  # "1만 2천~5천": the head is written once
    elif not _noun_once(units, a, b, lo_a):  # the noun closes the low end: no magnitude shared
        av = share_magnitude(a, b)
    if not av < bv:
        return UNPARSED, Reason.NOT_INCREASING
    n = len(units)
    low, high = av, bv
    pre, _ = scan_before(units, a.start, lo_a, Cat.QUALIFIER_BEFORE)
    if pre is not None and scan_before(units, a.start, lo_a, Cat.RANGE_BEFORE)[0] is not None:
        pre = None
    post, _ = scan_after(units, b.end, n, Cat.QUALIFIER_AFTER)
    mid = [g.cats.get(Cat.QUALIFIER_BEFORE) for g in units[a.end + 2 : b.start]]
    if pre == "at_least" or post == "at_least" or "at_least" in mid:
        high = NAN
    if pre in ("at_most", "nearly"):
        low = NAN
    unit = "percent" if a.pct or b.pct else "count"
    if scan_after(units, b.end, n, Cat.MILITARY_UNIT)[0] is not None:
        return UNPARSED, Reason.UNIT_SIZE
    return _new(Figure, (low, (av + bv) / 2.0, high, unit, "range", rel, "ok")), ""


_JOINS: Final = frozenset((Cat.RANGE_SEP, Cat.RANGE_AND))


def told_share(between: list[Unit], rest: list[Unit]) -> bool:
    """Whether *between*, the units after a count up to its share's per cent, tell the share.

    A comma and a range word (D161: "441,800, or 35%"), or the count's noun (a plain word),
    an optional comma and "or" (a ``range_sep`` word, not "and" nor a dash) with nothing but
    symbols after the per cent (*rest*; D176: "352.403 kasus atau 76 persen", "352,403 cases,
    or 76%"; "15,561 confirmed or 85 per cent of the worldwide total" names the share's own
    whole and keeps its count). Read by :func:`~.decide` for a count and a per cent.
    """
    texts = [u.text for u in between[:-1]]
    if texts == [","]:
        return True
    joiner = between[-1]
    noun = between[0].kind == "w" and _JOINS.isdisjoint(between[0].cats)
    return (
        noun and texts[1:] in ([], [","]) and joiner.kind in "wp"
        and Cat.RANGE_SEP in joiner.cats and all(u.kind == "s" for u in rest)
    )
