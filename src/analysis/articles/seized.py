"""Capture words that take a place, not people (art34b, round 16zz41).

"to push Ukrainian forces out of positions they captured in Kursk", "to retain ground captured
in a lightning incursion", "captured towns and villages in the Russian region", "un pequeño
territorio capturado durante una incursión sorpresa", "la región de Kursk que fue capturada por
las fuerzas ucranianas": the verb of a capture tells ground taken, and a number of the sentence
(the troops sent to win it back) is no capture. Read from ``ARTICLES["places_taken"]``
(``lang/<code>.py``): ``places`` (nouns of ground taken), ``next`` (words that may follow the
verb when the place stands before it: a preposition, a time; or punctuation), ``between``
(words that may stand between the verb and a place after it: articles, adjectives of a side)
and ``not_between`` (auxiliaries of a passive of people: "soldiers fighting in the Kursk
region were captured by Ukrainian forces" stays a capture).

A place before the verb counts with at most four words between (no digit, no punctuation:
"the villages that Ukrainian forces captured in August"), and only when no count follows the
verb ("near the village Ukrainian troops captured two soldiers" stays a capture).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Mention, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["place_taken"]


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES.get(code, {}).get("places_taken")
    if not table:
        return None
    places = words_pattern(table["places"], True)
    follow = words_pattern(table["next"], True)
    between = words_pattern(table["between"], True)
    verb = words_pattern(table.get("not_between", []) or ["(?!)"], True)
    return (re.compile(places + r"(?:\s+(?!" + verb + r")[^\W\d_]+){0,4}\s+$"),
            re.compile(r"\s*(?:[,.;:)]|$|" + follow + r")"),
            re.compile(r"\s+(?:" + between + r"\s+){0,2}" + places))


def place_taken(code: str, low: str, cue: Mention) -> bool:
    """Whether the capture cue ``cue`` takes a place (``ARTICLES["places_taken"]``)."""
    found = _patterns(code)
    if found is None or cue.value != "captured":
        return False
    before, follow, after = found
    return bool(before.search(low[max(0, cue.start - 60):cue.start])
                and follow.match(low, cue.end)) or bool(after.match(low, cue.end))
