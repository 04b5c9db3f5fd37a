"""Years beside a count: a four-digit number alone, and when it is a year (D39, D56.2, D64.1).

Split from :mod:`~.decide` (the module-size budget): :func:`year_beside` tells a year standing
beside a count of a phrase, :func:`yearish` a number that may be one, :func:`in_year_span` one end
of a span of years ("2018-19").
"""

from __future__ import annotations

import re
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.gather import JOINS, joined
from analysis.figures.quantities import Quantity
from analysis.figures.reject import year_span_at
from analysis.figures.units import Unit

__all__ = [
    "AFTER_YEAR",
    "YEAR_LIST",
    "in_year_span",
    "year_before_qualified",
    "year_beside",
    "year_of_share",
    "yearish",
]

AFTER_YEAR: Final = frozenset((",", ";", ":", ".", ")", "-", "\u2013", "\u2014"))
"""What may follow a year that ends its clause: a stop, a dash, a colon, a bracket."""
YEAR_LIST: Final = frozenset((Cat.AND, Cat.RANGE_AND, Cat.RANGE_SEP))
"""The words that join a year to another in a list of years."""
_NUMBER_ROLES: Final = frozenset(Cat.NUMBER_ROLES)
_NOT_BEFORE_SHARES_YEAR: Final = frozenset((
    Cat.AND, Cat.RANGE_AND, Cat.RANGE_SEP, Cat.CHANGE_TO, Cat.RANGE_BEFORE, *Cat.NUMBER_ROLES,
))  # fmt: skip
"""Words that make the number after a per cent another quantity: "5 % to 2010", "and 2010"."""
_SET_AGAINST: Final = frozenset((Cat.CONTRAST_NOT, Cat.COMPARED_BEFORE))
"""Words before a year-like number that set it against the count after it ("statt", "instead
of", "compared with"): it may be the count's earlier or denied value, no year."""
_COMPARED_FROM: Final = frozenset(("from", "since"))
"""A "from" that compares a per cent with its year ("up 0.4% from 2014"), no range's."""


def in_year_span(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is one end of a span of years, "2018-19", "2018/19" (D59.2)."""
    if q.start != q.end or units[q.start].kind != "d":
        return False
    return year_span_at(units, q.start - 1) or year_span_at(units, q.end + 1)


def yearish(units: list[Unit], q: Quantity) -> bool:
    """Whether *q* is a four-digit 1900-2100 written alone, no per cent, no separator."""
    u = units[q.start]
    return (
        q.start == q.end
        and not q.pct
        and u.kind == "d"
        and len(u.text) == 4
        and u.text.isdigit()
        and 1900 <= float(u.text) <= 2100
    )


def _from_alone(prv: Unit, nxt: Unit | None) -> bool:
    """Whether *prv* joins only as "from" of a range no range word follows ("pico de 2014,")."""
    return (
        Cat.RANGE_BEFORE in prv.cats
        and prv.kind != "d"
        and prv.text not in (",", ";", "+", "/")
        and len(JOINS.intersection(prv.cats)) == 1
        and (nxt is None or (Cat.RANGE_SEP not in nxt.cats and Cat.RANGE_AND not in nxt.cats))
    )


def year_beside(
    units: list[Unit], q: Quantity, qs: list[Quantity], counted: re.Pattern[str] | None
) -> bool:
    """Whether the year-like *q* is a year beside a count of *qs* (D56.2, generalising D39).

    The year ends the phrase or is followed by a stop, dash, colon, bracket or another
    number ("in tutto il 2021", "del 2022 105 ciclisti", "2019 – 10 випадків", "pico de
    2014, con 75"); no qualifier, "and", range or list word stands before it; and a count of
    *qs* stands beside it with no such word between (after the year, the stop right after it
    aside). A year joined by "and", a comma or a dash to another year is one of a list of years
    ("(2007, 2004 та 2008 років народження)"). A number right after a colon or a word that
    counts the casualties (*counted*: "Killed: 1998, injured: 300", "fallecidos 2010, heridos
    340") is that word's count, no year.
    """
    n = len(units)
    nxt = units[q.end + 1] if q.end + 1 < n else None
    prv = units[q.start - 1] if q.start > 0 else None
    if prv is not None and (prv.text == ":" or (counted is not None and counted.fullmatch(
            prv.text))):
        return False  # "Killed: 1998, injured: 300": the label's count
    listed = False
    first, last = q.start, q.end  # the list of years *q* belongs to (D64.1)
    for other in qs:
        if other is not q and yearish(units, other):
            lo, hi = (other.end, q.start) if other.end < q.start else (q.end, other.start)
            if hi - lo == 2 and (units[lo + 1].text == "," or not YEAR_LIST.isdisjoint(
                    units[lo + 1].cats)):
                listed = True
                first, last = min(first, other.start), max(last, other.end)
    if listed and (len({units[o.start].text for o in qs if first <= o.start <= last})
                   < sum(first <= o.start <= last for o in qs)):
        first, last = q.start, q.end  # "2024 à 2024 000": the same year twice, no span (D64.1)
    elif listed and first > 0 and Cat.RANGE_BEFORE in units[first - 1].cats and (
            units[first - 1].kind != "d"):
        first -= 1  # "zwischen 1946 und 2014", "de 1950 à 2020": the span's "from" (D64.1)
    if prv is not None and not _NUMBER_ROLES.isdisjoint(prv.cats):
        return False  # "2 bin 500": a number after a scale word goes on
    if nxt is not None and nxt.glued_prev and nxt.text in AFTER_YEAR and nxt.text not in ",;:":
        return False  # "winter 2024-25", "2024.666": glued to what follows, a span or a number
    if not listed:
        if prv is not None and joined(prv) and not _from_alone(prv, nxt):
            return False
        if prv is not None and q.start >= 2 and units[q.start - 2].kind == "d":
            return False  # "300 de 2000": of 2,000, two quantities (D52.4)
        if nxt is not None and nxt.kind != "d" and nxt.text not in AFTER_YEAR:
            return False
    for other in qs:
        if other is q or yearish(units, other):
            continue
        if other.start == q.end + 2 and nxt is not None and Cat.RANGE_SEP in nxt.cats and (
                other.value > float(units[q.start].text)):
            return False  # "1990-2000 тысяч": an increasing range
        if listed and first < other.start <= last:
            continue  # a number inside the list of years
        if other.start > q.end:
            start = q.end + 2 if nxt is not None and nxt.text in AFTER_YEAR else q.end + 1
            between = units[max(start, last + 1) : other.start]
        else:
            end = q.start - 1 if prv is not None and _from_alone(prv, nxt) else q.start
            between = units[other.end + 1 : min(end, first)]
        if not any(joined(u) and u.kind != "d" for u in between):
            return True
    return False


def year_of_share(
    units: list[Unit], q: Quantity, qs: list[Quantity], share_of: re.Pattern[str] | None
) -> bool:
    """Whether the year-like *q* is the year a per cent of *qs* is compared with (D133.3).

    "an increase of 0.4% from 2014.", "3.7 per cent up on 2017", "a 20% increase on 2012",
    "2,4 Prozent weniger als 2017": a per cent one to three words before the year, none of
    them a number, "and", a range or list word or a change's "to" ("rose 5 % to 2010"), nor a
    word that tells the share of a whole after it ("8 % of 2000."); the year ends the phrase or
    its clause (a stop, comma, colon, dash or bracket, not glued to it as "2024-25" is).
    """
    n = len(units)
    if q.end + 1 < n:
        nxt = units[q.end + 1]
        if nxt.text not in AFTER_YEAR or (nxt.glued_prev and nxt.text in "-\u2013\u2014"):
            return False
    for p in qs:
        if not p.pct or p.end >= q.start or not 1 <= q.start - p.end - 1 <= 3:
            continue
        between = units[p.end + 1 : q.start]
        if any(u.kind not in ("w", "p") or (
                not _NOT_BEFORE_SHARES_YEAR.isdisjoint(u.cats) and u.text not in _COMPARED_FROM)
               for u in between):
            continue
        if share_of is not None and share_of.fullmatch(between[0].text):
            continue
        return True
    return False


def year_before_qualified(units: list[Unit], q: Quantity, qs: list[Quantity]) -> bool:
    """Whether the year-like *q* stands right before a qualified count of *qs* (D135.1).

    de "lösten 2011 rund 29 000 Menschen ein Ticket", "besichtigten 2011 rund 34 500 Leute":
    a qualifier word ("rund", "über", "about") between two numbers belongs to the second, so
    the first is no count of a sum or a list (that needs "and" or a comma) but the time. Not
    after a number, a scale, a range, list or qualifier word ("from 2000 to about 3000", "2
    bin 2011"), nor before a per cent, nor when the qualifier also joins a range (de "bis",
    up to and "to": "2024 bis 2024 Soldaten"), nor after a word that sets a number against
    another ("statt angemeldeter 2000 rund 5000 Teilnehmer": instead of 2,000 registered).
    """
    if q.end + 2 >= len(units):
        return False
    nxt = units[q.end + 1]
    if Cat.QUALIFIER_BEFORE not in nxt.cats or nxt.kind not in ("w", "p"):
        return False
    if not YEAR_LIST.isdisjoint(nxt.cats):
        return False  # "1990 bis 2000 Menschen": "bis" also joins a range (de "bis zu")
    if q.start > 0 and joined(units[q.start - 1]):
        return False
    if q.start > 0 and not _NUMBER_ROLES.isdisjoint(units[q.start - 1].cats):
        return False
    for k in range(q.start):  # "statt angemeldeter 2000 rund 5000 Teilnehmer": two counts set
        if not _SET_AGAINST.isdisjoint(units[k].cats):  # against each other
            return False
    return any(o.start == q.end + 2 and not o.pct for o in qs)
