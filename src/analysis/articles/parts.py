"""A part of a count that is a count of its own (helper 16cg).

:func:`analysis.articles.rules.part_of_counted` drops a deployment told as a part of one its
sentence counted before ("12.000 militares, de los cuales 11.000 …", "of whom 500 officers"):
the part is no other deployment. Two parts are counts the ledger keeps
(:func:`part_counts`, called from ``reader._row``):

* **a part of a whole no figure counts** ("des troupes nord-coréennes, dont 12 000 …", "bis zu
  572 Millionen Dollar für den Einsatz nordkoreanischer Truppen, von denen derzeit etwa 12.000
  in Russland stationiert sind": the number before is money, a date or a year, no figure of
  the sentence) is the count of that whole, as :func:`~analysis.articles.rules.part_of_counted`
  says of an uncounted whole;
* **the part of a later wave already there** (the whole carries a word of
  ``ARTICLES["additional"]`` or ``ARTICLES["planned"]`` and the part's own clause a word of
  ``ARTICLES["already"]``: "6.000 militaires supplémentaires …, dont 1.000 seraient déjà
  arrivés", "6,000 soldados adicionales, entre los cuales ya se confirmaron 1,000 zapadores",
  "6.000 militares adicionales en Rusia, de los cuales 1.000 ya habrían llegado") counts the
  people of the wave already sent: an additional deployment of its own, beside the wave. Not
  a part telling what the wave is made of ("an additional 6,000 personnel …, including 1,000
  sappers", "шесть тысяч специалистов, в том числе тысячу саперов": the labelled rounds
  disagree on those, and the rule leaves them parts).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, Mention, words_pattern
from analysis.articles.rules import part_of_counted
from analysis.lang import ARTICLE_TABLES

__all__ = ["part_counts"]

_NEVER = re.compile("(?!)")
_CLAUSE_END = re.compile(r"[,;:()!?。、，]|\.(?!\d)")


@cache
def _already(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("already", [])
    return re.compile(words_pattern(words, spaced)) if words else _NEVER


def _wholes(cues: Cues, low: str, s0: int, start: int) -> list[tuple[int, int]]:
    """Return the figure numbers of the sentence before ``start`` (no money, date or year)."""
    from analysis.articles.reader import is_not_a_figure  # (the reader imports this module)

    return [(m.start() + s0, m.end() + s0) for m in cues.number.finditer(low[s0:start])
            if not is_not_a_figure(cues, low, m.start() + s0, m.end() + s0)]


def part_counts(cues: Cues, low: str, where: tuple, here: dict[str, list[Mention]]) -> str:
    """Return the metric a deployment number keeps, ``""`` when it is a part and no figure.

    ``where``: the reader's candidate and its sentence's start and end; ``here``: the
    sentence's mentions. A number that is no part of a counted deployment stays
    ``deployed``.
    """
    c, s0, s1 = where
    start, end = c.start, c.end
    if not part_of_counted(cues, low, s0, start):
        return "deployed"
    before = _wholes(cues, low, s0, start)
    if not before:
        return "deployed"  # a whole no figure counts ("Truppen, von denen etwa 12.000")
    whole = before[-1]
    later = [m for m in here["additional"] + here["planned"]
             if whole[0] - 25 <= m.start and m.end <= start]
    # the part's own clause: from the last clause mark before it to the first after it
    lo = max([whole[1]] + [m.end() for m in _CLAUSE_END.finditer(low, whole[1], start)])
    stop = _CLAUSE_END.search(low, end, s1)
    there = _already(cues.code, cues.spaced).search(low, lo, stop.start() if stop else s1)
    return "additional_deployed" if later and there else ""
