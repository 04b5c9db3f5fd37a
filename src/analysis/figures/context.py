"""Numbers that are not the figure, and the window of units each quantity owns (rule 12).

A quantity is dropped when it is a date ("24 October", "2024年"), a year ("in 2024"),
an ordinal ("3rd", "제3") or a duration ("three days", "8-hour"); numbers after
"including" are parts of the figure, not other figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.lexicon import NO_CATS
from analysis.figures.quantities import Quantity
from analysis.figures.units import Unit

__all__ = [
    "NUMBER_JOINS", "are_parts", "bounds", "drop_bracket_parts", "drop_breakdown", "dropped",
    "vague_measure", "year_told",
]  # fmt: skip

_NOUN_CATS: Final = frozenset((Cat.STOP,))
"""What a count's noun may carry: no category but a common word's (D210.2)."""
# "º" and "ª" are "o" and "a" once normalised (NFKC): "10º andar", "3ª vez"
_ORD_SUFFIX: Final = frozenset(
    ("st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "è", "º", "ª", "o", "a")
)
_ORD_CYR: Final = frozenset(
    ("й", "го", "я", "е", "ї", "ий", "ого", "ої", "му", "м", "х", "ю", "ій")
)
_ORD_PREFIX: Final = frozenset(("제", "第"))
_ORD_AFTER_POINT: Final = frozenset(("º", "ª", "o", "a"))
"""An ordinal's sign after its point, "1.º", "1.ª" (normalised to "1.o", "1.a")."""
NUMBER_JOINS: Final = frozenset((Cat.RANGE_SEP, Cat.AND, Cat.RANGE_AND))
"""The words that join two numbers: a range's separator, "and" (also read by ``contrast``)."""


def dropped(units: list[Unit], q: Quantity, months: bool = True) -> bool:
    """Return whether quantity *q* is a date, year, ordinal or duration, not the figure.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    q : Quantity
        A quantity read from it.
    months : bool, default True
        Whether a unit of the phrase names a month (False skips the search for one).

    Returns
    -------
    bool
        True when the quantity is not a candidate for the figure.
    """
    if q.pct:
        return False
    n = len(units)
    first = units[q.start]
    # a vague quantity is no date, but "several months" is a duration like "three months"
    if q.vague is None and q.start == q.end and first.kind == "d":
        # one digit group: an ordinal, a year, or a day next to a month
        nxt = units[q.end + 1] if q.end + 1 < n else None
        prv = units[q.start - 1] if q.start > 0 else None
        v: float = first.value  # type: ignore[assignment]
        if nxt is not None and nxt.glued_prev:
            if nxt.text in _ORD_SUFFIX or _ordinal_point(units, q.end + 1):
                return True
            if nxt.text == "-" and q.end + 2 < n and units[q.end + 2].text in _ORD_CYR:
                return True
        if prv is not None and first.glued_prev and prv.text in _ORD_PREFIX:
            return True
        if (
            len(first.text) > 1
            and first.text[0] == "0"
            and first.text[1].isdigit()
            and prv is not None
            and prv.kind in ("w", "c")
            and first.text.strip("0")
            and any(
                (u.kind == "d" and u.text[0] != "0") or u.cats.get(Cat.NUMBER, 0) >= 2  # type: ignore[operator]
                for u in units
            )
        ):
            # "RT 003 RW 002", "SD Negeri 01": a number written with a leading zero names
            # a thing when the phrase counts beside it in digits or words ("Dua warga … RT 003";
            # D43.3); alone it is the count ("deja 03 muertos": Peruvian writing pads counts)
            return True
        if (
            prv is not None
            and prv.text == "-"
            and q.start >= 2
            and first.glued_prev
            and prv.glued_prev
            and (nxt is None or nxt.kind != "d")
            and _designation(units[q.start - 2], 6)
        ):
            # "IŁ-62", "COVID-19", "Су-25": a word glued by a hyphen to a number (D32, D39)
            return True
        if (prv is not None and first.glued_prev and (nxt is None or nxt.kind != "d")
                and _designation(prv, 3, units[max(q.start - 2, 0)])):
            # "A7", "MH17", "G20", "B29": letters glued to a number name a thing (D32); not
            # before another number ("Q1 2024" is a period, no figure)
            return True
        yearish = first.text.isdigit() and len(first.text) == 4 and 1800 <= v <= 2100
        year_after = nxt is not None and Cat.YEAR_AFTER in nxt.cats
        if (year_after and (yearish or _cjk_date_after(units, q.end + 1, v))) or (
                nxt is not None and _cjk_range_start(units, q.end, v)):
            return True  # (and the first month of a range of months, "1至7月", "1~7월": D64.3)
        if yearish and prv is not None and Cat.YEAR_BEFORE in prv.cats:
            return True
        if (
            yearish
            and prv is not None
            and Cat.ARTICLE in prv.cats
            and q.start >= 2
            and Cat.YEAR_BEFORE in units[q.start - 2].cats
        ):
            # "died in a 2010 collision": a year after "in" and an article (D7, D43.2)
            return True
        if months and (yearish or (v == int(v) and 1 <= v <= 31)) and _next_to_month(units, q):
            return True
        if months and v == int(v) and 1 <= v <= 31 and _day_range(units, q, v):
            return True
        if months and yearish and _year_of_date(units, q.start):
            return True
    # a duration: "three days", "8-hour", "20여 시간" (some 20 hours), "two more days" (D40)
    k = q.end + 1
    if k < n and units[k].text == "-":
        k = _past_ending(units, k, n)
    if k < n and (units[k].text == "-" or Cat.shares(_BEFORE_TIME_UNIT, units[k].cats)):
        k += 1
    if k < n and Cat.DURATION in units[k].cats:
        return True
    return _duration_shared(units, q.end + 1, n, q.vague is not None or q.approx)


def vague_measure(units: list[Unit], q: Quantity) -> bool:
    """Whether the vague magnitude *q* is one of a measure: "hundreds of metres" (D89).

    A ``not_count_post`` word right after it or after its "of" ("a poche centinaia di metri",
    "в нескольких сотнях метров", "수백m", "数百メートル"): beside a count it is no count, as
    "300 metres" is (D59.4); alone it reads as written. A "of" of Han, kana or Hangul is none.
    """
    k = q.end + 1
    n = len(units)
    if k < n and Cat.OF in units[k].cats and not units[k].cjk:
        k += 1
    if k >= n:
        return False
    u = units[k]
    return Cat.NOT_COUNT_AFTER in u.cats and (u.glued_prev or not u.cjk)


def _ordinal_point(units: list[Unit], k: int) -> bool:
    """Whether *k* is an ordinal's point before its sign: "1.º de janeiro", "1.ª" (D66.2)."""
    return (
        units[k].text == "."
        and k + 1 < len(units)
        and units[k + 1].glued_prev
        and units[k + 1].text in _ORD_AFTER_POINT
    )


def _cjk_range_start(units: list[Unit], end: int, v: float) -> bool:
    """Whether the number *v* ending at *end* opens a range of CJK dates (D64.3).

    "1至7月", "1~7월", "2006~2008년": a range word, a larger number and a CJK date mark glued to
    it (:func:`_cjk_date_after`); the low end is a date as the high end is.
    """
    k = end + 3
    if k >= len(units) or Cat.YEAR_AFTER not in units[k].cats or not units[k].cjk or (
            Cat.RANGE_SEP not in units[end + 1].cats):
        return False
    high = units[end + 2]
    return (high.kind == "d" and high.value is not None and v < high.value
            and _cjk_date_after(units, k, high.value))


def _cjk_date_after(units: list[Unit], k: int, v: float) -> bool:
    """Whether the CJK date mark at *k* (年, 月, 日, 월 …) closes the number *v* before it.

    Glued to the number it does ("3月", "24日"). One space after it, a Han 月 or 日 does for a
    month of 1-12 or a day of 1-31: Chinese and Japanese text set with a space between Latin
    digits and Han characters writes its dates so ("截至2019 年1 月24 日", D55.1); "日本"
    (Japan) is no day.
    """
    u = units[k]
    if not u.cjk:
        return False
    if u.glued_prev:
        return True
    t = u.text
    if v != int(v) or v < 1:
        return False
    if t == "月":
        return v <= 12
    if t == "日":
        nx = units[k + 1] if k + 1 < len(units) else None
        return v <= 31 and not (nx is not None and nx.glued_prev and nx.text == "本")
    return False


_CASE_ENDINGS: Final = frozenset(("х", "ти", "ми", "ох", "ьох", "ёх", "ех", "и"))
"""Case endings written after a cardinal and a hyphen in Russian and Ukrainian ("6-ти")."""


def _past_ending(units: list[Unit], k: int, n: int) -> int:
    """Skip "-ти", "-х" after a number before a time unit: "6-ти років" is six years (D43.4)."""
    if (
        k + 2 < n
        and units[k].text == "-"
        and units[k + 1].text in _CASE_ENDINGS
        and Cat.DURATION in units[k + 2].cats
    ):
        return k + 2
    return k


_BEFORE_TIME_UNIT: Final = frozenset((Cat.WEAK_AT_LEAST, Cat.ADDITIONAL, Cat.ADDITIONAL_AFTER))
"""Words between a number and its time unit: "20여 시간", "two more days", "zwei weitere Tage"."""


def _designation(prv: Unit, longest: int = 3, before: Unit | None = None) -> bool:
    """Whether *prv*, glued before a number, makes it a designation (D32).

    1-3 Latin letters no table lists: "a" of "A7", "mh" of "MH17"; not "de" of a typo "de1000".
    Before a hyphen (*longest* 6) letters of any script: "ił" of "IŁ-62", "covid" of "COVID-19".
    One letter a table lists glued after an elided article (*before*, the unit before *prv*) is
    a road's letter too: it "sull'A21" (no "a", to; D64.6).
    """
    t = prv.text
    if prv.cats and before is not None and before.text.endswith("'"):
        return len(t) == 1 and t.isascii() and t.isalpha() and prv.glued_prev
    if prv.kind != "w" or prv.cats or len(t) > longest:
        return False
    return longest > 3 or (t.isascii() and t.isalpha())


def _duration_shared(units: list[Unit], k: int, n: int, vague: bool) -> bool:
    """Whether the time unit after the next number, or after "of", is this quantity's too (D37).

    "26 et 29 ans", "3 to 4 days", "2-3 Tage": the first number of a list or range of
    durations is a duration; "une dizaine d'années", "dozens of years": a vague or
    collective count of a time unit is a duration, as "several months" (D7). A list with
    commas too: "de veinte, diez y cuatro pisos", "aged 4, 6 and 8 years" (D89).
    """
    if k + 1 >= n:
        return False
    cats = units[k].cats
    if vague and Cat.OF in cats:
        return Cat.DURATION in units[k + 1].cats
    while (k + 2 < n and units[k].text == "," and _a_number(units[k + 1])
           and (units[k + 2].text == "," or Cat.shares(NUMBER_JOINS, units[k + 2].cats))):
        k += 2  # the comma list's next member and its comma or "and"
        cats = units[k].cats
    if k + 2 >= n or not Cat.shares(NUMBER_JOINS, cats):
        return False
    unit = units[_past_ending(units, k + 2, n)]
    return _a_number(units[k + 1]) and Cat.DURATION in unit.cats


def _a_number(u: Unit) -> bool:
    """Whether *u* is a digit group or a number word."""
    return u.kind == "d" or Cat.NUMBER in u.cats


def _year_of_date(units: list[Unit], s: int) -> bool:
    """Whether the number at *s* is the year of "October 1, 2017" or "Nov. 5, 2017"."""
    if s < 3 or units[s - 1].text != ",":
        return False
    day = units[s - 2]
    if day.kind != "d" or day.value is None or not 1 <= day.value <= 31:
        return False
    m = s - 3
    if units[m].text == "." and m > 0:
        m -= 1
    return Cat.MONTH in units[m].cats


_OPENING: Final = frozenset(("(", "["))
"""Brackets that open a day range as its "from" would (D90)."""


def _day_range(units: list[Unit], q: Quantity, first: float) -> bool:
    """Whether a later day and its month follow the day *first* across one short word (D24, D39).

    "dal 13 al 19 dicembre", "du 13 au 19 décembre", "del 13 al 19 de diciembre", "vom 13.
    bis 19. Dezember", "с 13 по 19 декабря". The word between is a range word ("bis", "to") or
    a short one after a short one ("dal … al", "с … по") or an opening bracket ("(27 au 28
    septembre)", D90): "killed 3 on 19 December" is no range.
    """
    n, k = len(units), q.end + 1
    if k < n and units[k].text == ".":
        k += 1
    if k + 1 >= n:
        return False
    word = units[k]
    if word.kind not in ("w", "p"):
        return False
    if Cat.RANGE_SEP not in word.cats and Cat.RANGE_AND not in word.cats:
        before = units[q.start - 1] if q.start > 0 else None
        if len(word.text) > 3 or before is None or len(before.text) > 4 or (
                before.kind != "w" and before.text not in _OPENING):
            return False  # (an opening bracket as the range's "from": "(27 au 28 septembre)")
    day = units[k + 1]
    if day.kind != "d" or day.value is None or not first < day.value <= 31 or day.value % 1:
        return False
    j = k + 2
    while j < n and j < k + 4 and (units[j].kind == "s" or Cat.OF in units[j].cats):
        j += 1
    return j < n and Cat.MONTH in units[j].cats


def _day_before(u: Unit) -> bool:
    """Whether *u* is a day of the month in digits (1-31) written before its month."""
    return u.kind == "d" and u.value is not None and 1 <= u.value <= 31 and u.text.isdigit()


def _next_to_month(units: list[Unit], q: Quantity) -> bool:
    """Whether a month is within two units of *q*, with only symbols or "of" between.

    The other day of a day range counts as a symbol ("25–26 December", "December 25-26").
    """
    for k in (q.start - 1, q.start - 2, q.start - 3, q.end + 1, q.end + 2, q.end + 3):
        if 0 <= k < len(units) and Cat.MONTH in units[k].cats:
            if (
                (k == q.start - 1 or (k == q.start - 2 and units[k + 1].text == ","))
                and k > 0
                and _day_before(units[k - 1])
                and len(units[q.start].text) < 4
                and (q.end + 1 >= len(units) or Cat.YEAR_AFTER not in units[q.end + 1].cats)
            ):
                # "30 октября 19 осужденных": the month has its day before it, so the number
                # after it is no second day (D7, D46), after a comma too ("Dal 17 marzo, 20
                # casi", 17cd); a year after it stays a date ("1 Maret 2023", "19 грудня 19 року")
                continue
            if k == q.start - 2 and units[k + 1].text == "," and _month_named_whole(units, k):
                continue  # "le mois de novembre, 28 immolations": no day after it (D64.11)
            between = units[min(k, q.start) + 1 : max(k, q.end)]
            if len(between) == 2 and between[0 if k > q.end else 1].text == "-":
                day = between[1 if k > q.end else 0]
                if day.kind == "d" and day.value is not None and 1 <= day.value <= 31:
                    return True
            if len(between) < 3 and all(b.kind == "s" or Cat.OF in b.cats for b in between):
                return True
    return False


def _month_named_whole(units: list[Unit], k: int) -> bool:
    """Whether the month at *k* follows its time word, naming the whole month (D64.11).

    "le mois de novembre", "the month of November", "el mes de noviembre": no day follows it,
    so a number after it and a comma is no day ("…, 28 immolations").
    """
    j = k - 1
    if j > 0 and Cat.OF in units[j].cats and Cat.DURATION not in units[j].cats:
        j -= 1
    return j >= 0 and Cat.DURATION in units[j].cats


def drop_breakdown(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int], has: set[str],
    resumes: re.Pattern[str] | None = None,
) -> list[Quantity]:
    """Drop the quantities of a breakdown ("3,000, including 500 wounded").

    Parameters
    ----------
    units : list of Unit
        The phrase.
    qs : list of Quantity
        The quantities read, in order.
    dropped_at : list of int
        Ends of the quantities dropped so far; the breakdown's are appended.
    has : set of str
        Every category in the phrase.
    resumes : re.Pattern, optional
        The table's "and" words that go back to the figure's list after the comma closing a
        breakdown (``told_with["resumes"]``, D210.2).

    Returns
    -------
    list of Quantity
        The quantities before "including", when there is one before it, less a number
        right before the word when another stands before that ("39 человек, девять из
        которых", "32 people, with 29 of them"); the quantities after a post-positional
        "including" (含む, 포함), when there is one on each side; else *qs*.
    """
    if Cat.INCLUDING_AFTER in has and qs:
        # "約600人を含む4700人余り": the quantities before the word are the breakdown
        k = next(k for k, u in enumerate(units) if Cat.INCLUDING_AFTER in u.cats)
        if qs[0].end < k < qs[-1].start:
            dropped_at.extend(q.end for q in qs if q.end < k)
            qs = [q for q in qs if q.start > k]
    if Cat.INCLUDING not in has or not qs:
        return qs
    # the first including word after the first count: "a group made up of 15 people,
    # including five …" opens its breakdown at "including" (D93.1)
    k = next((j for j in range(qs[0].end + 1, len(units)) if Cat.INCLUDING in units[j].cats), -1)
    if k < 0 or _another_count_after(units, qs, k, resumes):
        return qs
    dropped_at.extend(q.end for q in qs if q.end >= k)
    kept = [q for q in qs if q.end < k]
    if len(kept) > 1 and kept[-1].end == k - 1:
        dropped_at.append(kept[-1].end)
        kept.pop()
    return kept


def _another_count_after(
    units: list[Unit], qs: list[Quantity], k: int, resumes: re.Pattern[str] | None = None
) -> bool:
    """Whether a count with its own "more" word follows the breakdown, beyond a comma (D60.2).

    "14 загиблих, з них одна дитина, ще 25 потерпілих" (14 dead, one of them a child, 25 more
    injured): the breakdown ends at the comma; the count after it is another count, so the
    phrase holds two (unparsed), not one with its parts. So does a count told with its noun
    right after one of *resumes* ("and", where a list's last "and" takes no comma) right after
    a comma: "283 пассажира, среди которых 3 детей, и 15 членов экипажа" (D210.2); not one told
    with how it fared ("из них 3 в тяжелом состоянии, и 2 в критическом").
    """
    comma = False
    for j in range(k + 1, len(units)):
        u = units[j]
        if u.text == ",":
            comma = True
        elif comma and Cat.ADDITIONAL in u.cats and any(q.start == j + 1 for q in qs):
            return True
        elif units[j - 1].text == "," and resumes is not None and resumes.fullmatch(u.text):
            q = next((q for q in qs if q.start == j + 1), None)
            if q is not None and q.end + 1 < len(units) and _noun(units[q.end + 1]):
                return True
    return False


def _noun(u: Unit) -> bool:
    """Whether *u* is a word with no role in the engine: a count's noun ("членов", "niños")."""
    return u.kind == "w" and Cat.only(_NOUN_CATS, u.cats)


def are_parts(
    whole: Quantity, parts: list[Quantity], ones: int, told: Iterable[Unit],
    said: Iterable[Unit], outcomes: re.Pattern[str] | None,
) -> bool:
    """Whether *parts* are the breakdown of the count *whole* told after it (D43.5, D57.1).

    Two parts or more (each article word alone among them, *ones*, is one: "uno in Piemonte")
    whose values add up to the count exactly; and, when the words between the count and its
    parts (*told*) name what befell the counted (*outcomes*, the language's
    ``Lexicon.outcomes``), no other such word among the parts' words (*said*): "5 dead (3
    injured and 2 missing)" add up by chance. The one test of :func:`drop_bracket_parts` and
    of ``reject._parts_told``; each passes the windows it reads.

    Parameters
    ----------
    whole : Quantity
        The count.
    parts : list of Quantity
        The quantities told after it.
    ones : int
        Article words standing alone among the parts, one each.
    told, said : iterable of Unit
        The words between the count and its parts, and the parts' own words.
    outcomes : re.Pattern, optional
        The language's words of what befell the counted.

    Returns
    -------
    bool
    """
    if len(parts) + ones < 2 or abs(sum(p.value for p in parts) + ones - whole.value) >= 1e-9:
        return False
    if outcomes is None:
        return True
    named = {u.text for u in told if outcomes.fullmatch(u.text)}
    return not named or not any(outcomes.fullmatch(u.text) and u.text not in named for u in said)


def drop_bracket_parts(
    units: list[Unit], qs: list[Quantity], dropped_at: list[int],
    outcomes: re.Pattern[str] | None = None,
) -> list[Quantity]:
    """Drop the parts of a count told in brackets after it (D57.1).

    "4 decessi (2 in Veneto, uno in Piemonte e uno in Emilia Romagna)", "16 las personas
    afectadas, (12 hombres y 4 mujeres …)": the quantities inside a bracket opened after a count
    (only words and a comma between, eight units at most) whose values add up to the count are
    its breakdown, as after "including" (D23); an article word alone among them ("uno") is one
    part. Not when they add up to anything else ("Zwei Männer (47 und 53)", ages; "16 (12 men
    and 5 women)"), nor a share ("200 (8%)") or one quantity alone ("(980명)", the count again),
    nor parts told with another outcome than the count's (*outcomes*, the language's
    ``Lexicon.outcomes``: "5 dead (3 injured and 2 missing)" add up by chance, as in D43.5).
    The bracket's words are then blanked: they say nothing of the count.

    Parameters
    ----------
    units : list of Unit
        The phrase; the units inside a bracket of parts are replaced, in place, by units with
        no category.
    qs : list of Quantity
        The quantities read, in order.
    dropped_at : list of int
        Ends of the quantities dropped so far; the parts' are appended.
    outcomes : re.Pattern, optional
        The language's words of what befell the counted (``Lexicon.outcomes``).

    Returns
    -------
    list of Quantity
        *qs* less the parts of the first count told with them; else *qs*.
    """
    n = len(units)
    for i, q in enumerate(qs):
        if q.pct or q.vague is not None:
            continue
        k = q.end + 1
        while k < n and k - q.end <= 8 and units[k].kind != "d" and units[k].text not in "()":
            k += 1
        if k >= n or units[k].text != "(":
            continue
        close = next((j for j in range(k + 1, n) if units[j].text == ")"), n)
        inside = [o for o in qs[i + 1 :] if o.start > k and o.end < close]
        if not inside or any(o.pct or o.vague is not None for o in inside):
            continue
        taken = {j for o in inside for j in range(o.start, o.end + 1)}
        # "uno in Piemonte e uno in Emilia": the article word alone is one of the parts
        ones = sum(
            1 for j in range(k + 1, close) if j not in taken and Cat.ARTICLE in units[j].cats
        )
        # parts that add up, told with no other outcome ("5 dead (3 injured and 2 missing)")
        if are_parts(q, inside, ones, units[q.end + 1 : k], units[k + 1 : close], outcomes):
            dropped_at.extend(o.end for o in inside)
            dropped_at.sort()
            for j in range(k + 1, close):  # the breakdown's words say nothing of the count
                u = units[j]
                units[j] = Unit(NO_CATS, "s", u.text, None, u.glued_prev, u.cjk)
            return [o for o in qs if o not in inside]
    return qs


def bounds(q: Quantity, qs: list[Quantity], dropped_at: list[int], n: int) -> tuple[int, int]:
    """Return the window ``lo .. hi`` (exclusive) of units that belong to quantity *q*.

    Parameters
    ----------
    q : Quantity
        One of *qs*.
    qs : list of Quantity
        The quantities still considered.
    dropped_at : list of int
        Ends of the dropped quantities (a dropped date before *q* closes its window).
    n : int
        Number of units.

    Returns
    -------
    tuple of (int, int)
        From after the previous quantity (or dropped number) to the next quantity.
    """
    lo = 0
    hi = n
    for other in qs:
        if other.end < q.start:
            lo = max(lo, other.end + 1)
        if other.start > q.end:
            hi = min(hi, other.start)
    for d in dropped_at:
        if d < q.start:
            lo = max(lo, d + 1)
    return lo, hi


_AFTER_A_YEAR: Final = frozenset((",", ";", ":", ".", ")", "-", "\u2013", "\u2014"))
"""What may follow a year glued to it: a span ("2024-25") or a number ("2024.5") when no
comma, semicolon or colon."""
_ROLES: Final = frozenset(Cat.NUMBER_ROLES)
_COMMON: Final = frozenset((Cat.STOP,))


_OWN_NOUN: Final = frozenset((
    *Cat.NUMBER_ROLES, Cat.MILITARY_UNIT, Cat.PERCENT, Cat.QUALIFIER_AFTER, Cat.WEAK_AT_LEAST,
    Cat.ADDITIONAL_AFTER, Cat.AND, Cat.RANGE_SEP, Cat.RANGE_AND, Cat.UND, Cat.DURATION,
    Cat.RATE_AFTER, Cat.NOT_COUNT_AFTER, Cat.COMPARED_AFTER, Cat.FRACTION, Cat.OF,
))  # fmt: skip
"""What after a number makes it a count, a measure or a list's member, no year (D69)."""
_OWN_NOUN_NO_ARTICLE: Final = _OWN_NOUN - {Cat.ARTICLE}


def _year_opens(
    units: list[Unit], q: Quantity, counted: re.Pattern[str] | None,
    plural: re.Pattern[str] | None,
) -> bool:
    """Whether the year-like *q* opens the phrase before its verb and a ``year_next`` word (D90).

    The mirror of "wurde 2021 hier": de "2023 lag die Zahl mit 37 Todesfällen", "2015 gab es
    37 Tote" (the year first, then the verb, a word no table knows, then an article, pronoun
    or adverb). Not before a plural verb (*plural*: "2000 starben die …" may count) nor a word
    that counts (*counted*).
    """
    if q.end + 2 >= len(units):
        return False
    verb, after = units[q.end + 1], units[q.end + 2]
    return (
        verb.kind == "w"
        and not (verb.cats.keys() - _COMMON)
        and Cat.YEAR_NEXT in after.cats
        and not (counted is not None and counted.fullmatch(verb.text))
        and not (plural is not None and plural.fullmatch(verb.text))
    )


def year_told(
    units: list[Unit], q: Quantity, counted: re.Pattern[str] | None,
    plural: re.Pattern[str] | None,
) -> bool:
    """Whether the year-like *q* is a year told by a weak word before it or an adverb after it.

    D69: a ``year_pre_weak`` preposition right before it ("after 2018", "с 2015", "a partir de
    2016"; no number before the preposition, "1000 bis 2000", "шість з 12", and none right after
    the year), or, as the sentence's adverb, a word no table knows (a verb) right before it and
    a ``year_next`` word (an adverb, article or pronoun: de "wurde 2021 hier", "endete 1996
    nach") right after it, the word before no plural verb (*plural*: "wurden 2000 allein in
    Aleppo" may count). Never when
    what follows the number is a noun of its own (a casualty word, a unit, a scale, a
    qualifier, "and", a range or list word, a glued dash: "after 2000 victims", "2024-25").
    Only beside another count (the caller's).
    """
    n = len(units)
    prv = units[q.start - 1] if q.start > 0 else None
    nxt = units[q.end + 1] if q.end + 1 < n else None
    if prv is None:
        return _year_opens(units, q, counted, plural)
    if nxt is not None:
        if nxt.glued_prev and nxt.text in _AFTER_A_YEAR and nxt.text not in ",;:":
            return False  # "2024-25", "2024.5"
        # de "wurde 1998 eine Stiftung": the article of the noun after, no numeral
        own = _OWN_NOUN_NO_ARTICLE if Cat.YEAR_NEXT in nxt.cats else _OWN_NOUN
        if not own.isdisjoint(nxt.cats) or nxt.text in ("+", "/"):
            return False
        if counted is not None and nxt.kind in ("w", "c", "p") and counted.fullmatch(nxt.text):
            return False  # "after 2000 victims": the count's noun
    if Cat.YEAR_WEAK in prv.cats:
        before = units[q.start - 2] if q.start >= 2 else None
        return (nxt is None or nxt.kind != "d") and not (before is not None and (
            before.kind == "d" or not _ROLES.isdisjoint(before.cats)))
    return (
        nxt is not None
        and Cat.YEAR_NEXT in nxt.cats
        and prv.kind == "w"
        and not (prv.cats.keys() - _COMMON)
        and not (counted is not None and counted.fullmatch(prv.text))
        and not (plural is not None and plural.fullmatch(prv.text))
    )
