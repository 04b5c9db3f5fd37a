"""How far a children noun may stand from the hosting it is the figure of (helper 16pq).

Called from :func:`analysis.articles.reader.unnumbered`. A captive or a death is told right
next to its noun (40 characters at most, or the cue is another clause's); children hosted are
often named with whose children they are before the hosting is told: "the children of Russian
service members killed in Ukraine are vacationing in North Korea", "los hijos de soldados rusos
fallecidos en la guerra pasaron el verano … en el campamento". With no clause punctuation
between (no comma, colon, semicolon, bracket or quotation), the noun reaches the hosting cue
across such a complement (a troops noun between them), up to :data:`REACH_CHILDREN`
characters, when no number of the
sentence already counts them ("dos menores deportados por Rusia fueron llevados al campamento":
the number is the figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.articles.cues import Mention

__all__ = ["REACH", "REACH_CHILDREN", "reach"]

REACH = 40
"""Characters between a noun and a captivity cue (the rule of :func:`reader.unnumbered`)."""
REACH_CHILDREN = 90
"""Characters between a children noun and its hosting cue across a complement."""

_CLAUSE_MARK = re.compile(r"[,;:()\"“”«»„]")


def reach(metric: str, low: str, pair: tuple[Mention, Mention],
          sentence: tuple[Sequence[Mention], Sequence]) -> int:
    """Return how many characters may stand between the noun and the cue of ``metric``.

    ``pair`` the noun and the cue; ``sentence`` the troops nouns and the numbers (candidates)
    of the sentence. The reach is longer only for children named with whose children they
    are: a troops noun between ("of Russian service members", "de soldados rusos").
    """
    noun, cue = pair
    lo, hi = min(noun.end, cue.end), max(noun.start, cue.start)
    troops, numbered = sentence
    if metric == "hosted_children" and not _CLAUSE_MARK.search(low, lo, hi) and not any(
            c.metric == metric for c in numbered) and any(
            lo <= t.start and t.end <= hi for t in troops):
        return REACH_CHILDREN
    return REACH
