"""From tokens to fields: merging, segments, one :class:`Fields` record per segment.

Numbers are joined with their markers, the phrase is split at connectors, and each
segment's tokens are collected into one :class:`Fields` record.

``"between October 8 and 13"`` -> tokens -> two segments (``October 8``, ``13``)
-> two ``Fields`` -> :func:`propagate` shares the month -> the rules place each end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from analysis.periods.tokens import (
    AGO,
    AND,
    BEFORE,
    BETWEEN,
    DASH,
    DATE,
    DAY_MARK,
    DAY_OFFSET,
    DEADLINE,
    FEW,
    FROM,
    FUTURE,
    HALF,
    HALF_WORD,
    IGNORED,
    MONTH,
    MONTH_MARK,
    NOW,
    NUM,
    NUMBER_WORD,
    ORDINAL,
    PART,
    PLURAL,
    QUARTER,
    QUARTER_WORD,
    REL,
    SEASON,
    SINCE,
    TO,
    UNIT,
    UNITS,
    UNTIL,
    WEEKDAY,
    WEEKEND,
    WITHIN,
    YEAR_MARK,
    YEAR_MONTH,
    YEAR_RANGE,
    Token,
)

__all__ = ["Fields", "fields_of", "has_anchor", "merge", "propagate", "segments"]

# kinds the grammar adds to the tagger's (see merge)
YEAR = "year"
DAY = "day"  # a day of the month
BARE = "bare"  # a number 1..31 that is a day or a month, depending on its neighbours
COUNT = "count"  # (n, unit): "three days"
VAGUE = "vague"  # a unit of vague length: "a few days"
NTH_WEEK = "nthweek"  # "the second week"
FIRST_N = "firstn"  # (n, unit): "the first three months"
EXPLICIT_DATE = "explicit_date"  # flag: the segment holds a numeric date

_UNIT_KINDS = (UNIT, UNITS)
_CONNECTORS = {SINCE: SINCE, FROM: SINCE, UNTIL: UNTIL, TO: UNTIL, BETWEEN: BETWEEN, AND: AND}
_CONNECTORS[DASH] = DASH
_POINT_KINDS = (MONTH, WEEKDAY, DATE, SEASON, DAY)
_FLAG_KINDS = frozenset((NOW, BEFORE, FUTURE, WITHIN, AGO, PLURAL, DEADLINE, WEEKEND, IGNORED))
_ANCHOR_FLAGS = frozenset((NOW, BEFORE, FUTURE, WEEKEND))

# ------------------------------------------------------------------ merging
# Each handler reads the token at i (and what follows), appends to out and returns
# the index of the next token to read.


def _count_past(tokens: list[Token], i: int, out: list[Token]) -> int | None:
    """Read "3 past days" style counts (number, rel:past, plural marks, unit)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i + 1] != (REL, "past"):
        return None
    j = i + 2
    while j < n and tokens[j][0] == PLURAL:
        j += 1
    if j < n and tokens[j][0] in _UNIT_KINDS:
        kind, v = tokens[i]
        out.append((REL, "past"))
        out.append((COUNT, (v[0] if kind == NUM else v, tokens[j][1])))
        return j + 1
    return None


def _merge_number(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Digits: a year, month or day with its marker (2025年, 1월), a count, Q1, a year, a day."""
    after = _count_past(tokens, i, out)
    if after is not None:
        return after
    val, ndig, is_ord = tokens[i][1]
    nk, nv = tokens[i + 1] if i + 1 < len(tokens) else (None, None)
    if nk == YEAR_MARK:
        out.append((YEAR, val + 2000 if ndig <= 2 else val))
    elif nk == MONTH_MARK and 1 <= val <= 12:
        out.append((MONTH, val))
    elif nk == DAY_MARK and 1 <= val <= 31:
        out.append((DAY, val))
    elif nk in _UNIT_KINDS and not is_ord and ndig <= 3:
        out.append((COUNT, (val, nv)))
    elif nk == QUARTER_WORD and 1 <= val <= 4:
        out.append((QUARTER, val))
    elif nk == HALF_WORD and val in (1, 2):
        out.append((HALF, val))
    else:
        if ndig == 4 and 1900 <= val <= 2100:
            out.append((YEAR, val))
        elif is_ord and 1 <= val <= 31:
            out.append((DAY, val))
        elif 1 <= val <= 31 and ndig <= 2:
            out.append((BARE, val))
        return i + 1
    return i + 2


def _merge_number_word(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Read a number word: a count ("three days"), or "a few days"; drop it otherwise."""
    after = _count_past(tokens, i, out)
    if after is not None:
        return after
    n = len(tokens)
    nk, nv = tokens[i + 1] if i + 1 < n else (None, None)
    if nk in _UNIT_KINDS:
        out.append((COUNT, (tokens[i][1], nv)))
        return i + 2
    if nk == FEW and i + 2 < n and tokens[i + 2][0] in _UNIT_KINDS:
        out.append((VAGUE, tokens[i + 2][1]))
        return i + 3
    return i + 1


def _merge_few(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Read a vague length ("a few days", "several weeks"); drop it without a unit."""
    nk, nv = tokens[i + 1] if i + 1 < len(tokens) else (None, None)
    if nk in _UNIT_KINDS:
        out.append((VAGUE, nv))
        return i + 2
    return i + 1


def _merge_ordinal(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Read an ordinal word: the nth week, the first N units, the nth quarter or half."""
    n = len(tokens)
    v = tokens[i][1]
    nk, nv = tokens[i + 1] if i + 1 < n else (None, None)
    if nk == UNIT and nv == "week" and 1 <= v <= 5:
        out.append((NTH_WEEK, v))
        return i + 2
    if v == 1 and nk in (NUM, NUMBER_WORD) and i + 2 < n and tokens[i + 2][0] == UNITS:
        out.append((FIRST_N, (nv[0] if nk == NUM else nv, tokens[i + 2][1])))
        return i + 3
    if nk == QUARTER_WORD and 1 <= v <= 4:
        out.append((QUARTER, v))
        return i + 2
    if nk == HALF_WORD and v in (1, 2):
        out.append((HALF, v))
        return i + 2
    return i + 1


def _merge_quarter_word(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Read the word quarter: "quarter 3", else the unit quarter ("last quarter")."""
    nk, nv = tokens[i + 1] if i + 1 < len(tokens) else (None, None)
    if nk == NUM and 1 <= nv[0] <= 4:
        out.append((QUARTER, nv[0]))
        return i + 2
    out.append((UNIT, "quarter"))
    return i + 1


def _merge_year_mark(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Read a year marker without a number before it as the unit year (올해 "this year")."""
    out.append((UNIT, "year"))
    return i + 1


def _drop(tokens: list[Token], i: int, out: list[Token]) -> int:
    """Drop a marker without its number (月, 日, half): it says nothing alone."""
    return i + 1


_MERGERS: dict[str, Callable[[list[Token], int, list[Token]], int]] = {
    NUM: _merge_number,
    NUMBER_WORD: _merge_number_word,
    FEW: _merge_few,
    ORDINAL: _merge_ordinal,
    QUARTER_WORD: _merge_quarter_word,
    YEAR_MARK: _merge_year_mark,
    MONTH_MARK: _drop,
    DAY_MARK: _drop,
    HALF_WORD: _drop,
}


def merge(tokens: list[Token]) -> list[Token]:
    """Join numbers with their markers and units ("2025 年", "three days", "Q1").

    Parameters
    ----------
    tokens : list of (kind, value)
        The tagger's tokens.

    Returns
    -------
    list of (kind, value)
        Numbers, number words, ordinals and markers replaced by what they mean
        (``YEAR``, ``DAY``, ``BARE``, ``COUNT``, ``VAGUE``, ``NTH_WEEK``, ``FIRST_N``,
        ``QUARTER``, ``HALF``, ``UNIT``); every other token as it came.
    """
    out: list[Token] = []
    i, n = 0, len(tokens)
    mergers = _MERGERS
    while i < n:
        handler = mergers.get(tokens[i][0])
        if handler is None:
            out.append(tokens[i])
            i += 1
        else:
            i = handler(tokens, i, out)
    return out


def segments(items: list[Token]) -> tuple[list[list[Token]], set[str]]:
    """Split at connectors (between, and, from, to, since, until, dashes).

    Two points of the same kind in a row also split ("de enero a marzo", "hari Jumat
    dan Sabtu").

    Parameters
    ----------
    items : list of (kind, value)
        Merged tokens.

    Returns
    -------
    tuple of (list of list, set of str)
        The non-empty segments, and the connectors found (``from`` counts as
        ``since``, ``to`` as ``until``).
    """
    segs: list[list[Token]] = [[]]
    conns: set[str] = set()
    for kind, v in items:
        if kind in _CONNECTORS:
            conns.add(_CONNECTORS[kind])
            if segs[-1]:
                segs.append([])
            continue
        pk = DAY if kind == BARE else kind
        if pk in _POINT_KINDS and any((DAY if k == BARE else k) == pk for k, _ in segs[-1]):
            segs.append([])
        segs[-1].append((kind, v))
    return [s for s in segs if s], conns


# ------------------------------------------------------------------- fields


@dataclass(slots=True, eq=False)
class Fields:
    """What one segment of a phrase says; ``None`` (or absent from ``flags``): not said.

    Attributes
    ----------
    year, month, day : int or None
        A calendar year, month (1-12), day of the month.
    bare : int or None
        A number 1..31 that may be a day or a month ("Dec. 14-15": the 15 is a day).
    rel : str or None
        ``last``, ``past`` (rolling), ``this``, ``next``.
    unit, units : str or None
        The unit of ``rel``, singular or plural: day, week, month, quarter, year, hour.
    part : str or None
        ``begin``, ``early``, ``mid``, ``late``, ``end``.
    half, quarter : int or None
        Half (1, 2) or quarter (1-4) of a year, or half of a month.
    season : str or None
        ``winter``, ``spring``, ``summer``, ``autumn``.
    weekday : int or None
        0 (Monday) .. 6.
    day_offset : int or None
        Days after the publication date: today 0, yesterday -1.
    count, first_n : tuple of (int, str) or None
        "three days" / "the first three months": a number and a unit.
    vague : str or None
        The unit of a vague length ("in recent weeks").
    nth_week : int or None
        "the second week" (of a month).
    year_range : tuple of (int, int) or None
        "2024-25".
    flags : set of str
        Words whose presence is all that counts: now, before, future, within, ago,
        pl, deadline, weekend, x (ignored), explicit_date.
    until : bool
        The segment is the end of an "until" phrase (a year-less month or season
        is then the nearest one).
    year_copied : bool
        The year was copied from the other end of a range (it may move back a year).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    bare: int | None = None
    rel: str | None = None
    unit: str | None = None
    units: str | None = None
    part: str | None = None
    half: int | None = None
    quarter: int | None = None
    season: str | None = None
    weekday: int | None = None
    day_offset: int | None = None
    count: tuple[int, str] | None = None
    first_n: tuple[int, str] | None = None
    vague: str | None = None
    nth_week: int | None = None
    year_range: tuple[int, int] | None = None
    flags: set[str] = field(default_factory=set)
    until: bool = False
    year_copied: bool = False

    def names(self) -> set[str]:
        """Return the names of what the segment says: set values, flags, until, year_copied."""
        said = {name for name in _VALUE_NAMES if getattr(self, name) is not None}
        said |= self.flags
        if self.until:
            said.add("until")
        if self.year_copied:
            said.add("year_copied")
        return said

    def only(self, *names: str) -> bool:
        """Return whether the segment says nothing but (some of) *names*."""
        return self.names() <= set(names)

    def looks_ahead(self) -> bool:
        """Return whether the segment speaks of the future ("soon", "next ...")."""
        return FUTURE in self.flags or self.rel == "next"

    def absorb(self, other: Fields) -> None:
        """Take from *other* whatever this segment does not say itself."""
        for name in _VALUE_NAMES:
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))
        self.flags |= other.flags
        self.until = self.until or other.until
        self.year_copied = self.year_copied or other.year_copied


_VALUE_NAMES = tuple(
    f.name for f in fields(Fields) if f.name not in ("flags", "until", "year_copied")
)

# token kind -> the field it fills (the first token of a kind wins)
_FIELD_OF_KIND = {
    YEAR: "year",
    MONTH: "month",
    DAY: "day",
    BARE: "bare",
    REL: "rel",
    PART: "part",
    HALF: "half",
    QUARTER: "quarter",
    SEASON: "season",
    WEEKDAY: "weekday",
    DAY_OFFSET: "day_offset",
    COUNT: "count",
    FIRST_N: "first_n",
    VAGUE: "vague",
    NTH_WEEK: "nth_week",
    YEAR_RANGE: "year_range",
}


def fields_of(seg: list[Token]) -> Fields:
    """Collect one segment's tokens into :class:`Fields`.

    The first token of a kind wins (the last plural unit wins over a singular one);
    a plural mark makes the unit plural; a bare number next to a month is its day.

    Parameters
    ----------
    seg : list of (kind, value)
        One segment of merged tokens.

    Returns
    -------
    Fields
        What the segment says.
    """
    f = Fields()
    for kind, v in seg:
        if kind == DATE:
            y, m, d = v
            if y is not None and f.year is None:
                f.year = y
            if f.month is None:
                f.month = m
            if f.day is None:
                f.day = d
            f.flags.add(EXPLICIT_DATE)
        elif kind == YEAR_MONTH:
            if f.year is None:
                f.year = v[0]
            if f.month is None:
                f.month = v[1]
        elif kind in _FLAG_KINDS:
            f.flags.add(kind)
        elif kind == UNIT:
            if f.unit is None:
                f.unit = v
        elif kind == UNITS:
            f.units = v
        else:
            name = _FIELD_OF_KIND[kind]
            if getattr(f, name) is None:
                setattr(f, name, v)
    if PLURAL in f.flags and f.unit is not None and f.units is None:
        f.units, f.unit = f.unit, None
    if f.bare is not None and f.month is not None and f.day is None:
        f.day, f.bare = f.bare, None
    return f


def has_anchor(f: Fields) -> bool:
    """Return whether a segment can be placed on the calendar by itself.

    Parameters
    ----------
    f : Fields
        One segment.

    Returns
    -------
    bool
        False for context-only segments ("of last week" is an anchor, "of the" is not),
        which then join the neighbouring anchor.
    """
    if f.flags & _ANCHOR_FLAGS or any(
        v is not None
        for v in (f.year, f.month, f.day, f.weekday, f.season, f.quarter, f.half, f.bare)
    ):
        return True
    if any(
        v is not None for v in (f.day_offset, f.count, f.vague, f.year_range, f.nth_week, f.first_n)
    ):
        return True
    if f.units is not None and (
        WITHIN in f.flags or f.rel is not None or NOW in f.flags or AGO in f.flags
    ):
        return True
    if f.unit is not None and WITHIN in f.flags:
        return True
    if f.rel == "past" and len(f.names()) == 1:  # "in the past"
        return True
    if f.unit in ("year", "month", "week", "quarter") and (
        f.part is not None or BEFORE in f.flags or f.half is not None
    ):
        return True
    return f.rel is not None and (f.unit is not None or f.units is not None)


def propagate(a: Fields, b: Fields) -> None:
    """Share context between the two ends of a range (month, year, last week...).

    Parameters
    ----------
    a, b : Fields
        The start and the end of the range; both are updated in place.
    """
    for x, y in ((a, b), (b, a)):
        if x.bare is not None and x.day is None and x.month is None:
            if y.day is not None:
                x.day, x.bare = x.bare, None
            elif y.month is not None and 1 <= x.bare <= 12:
                x.month, x.bare = x.bare, None
    for x, y in ((a, b), (b, a)):
        if x.day is not None and x.month is None and y.month is not None:
            x.month = y.month
            if y.year is not None and x.year is None:
                x.year = y.year
        if y.rel is not None and x.rel is None and x.year is None and x.month is None:
            x.rel = y.rel
            if y.unit is not None:
                x.unit = y.unit
    if b.year is not None and a.year is None and a.rel is None:
        a.year = b.year
        a.year_copied = True
    elif a.year is not None and b.year is None and b.rel is None:
        b.year = a.year
