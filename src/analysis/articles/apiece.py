"""A number told for each of several units, no total (helper 16ce).

Called from :func:`analysis.articles.nonfigures.no_figure` on the lower-cased text, with the
words of ``ARTICLES["apiece"]`` (``lang/<code>.py``; see :mod:`analysis.lang`):

* ``before``: a distributive word right before the number ("die jeweils Hunderte von Containern
  transportieren", "mit je 2.000 Soldaten");
* ``after``: a distributive word closing the number's noun phrase, at most three words after
  it ("units of 2,000 to 3,000 troops each", "чисельністю 2000-3000 осіб кожне", "de 2 000
  hommes chacune", "de 2.000 soldados cada una").

Either way the number counts what one unit holds, not how many were sent; "each month", "each
year" after it (a rate, "about 1 million rounds each month") is no such word. Korean "씩" and
Japanese "ずつ" are no words of the table: "2,500여 명씩 추가로 들어오고" tells waves.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["apiece"]

_NEVER = re.compile("(?!)")


@cache
def _patterns(code: str, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = ARTICLE_TABLES.get(code, {}).get("apiece", {})
    before, after = table.get("before", []), table.get("after", [])
    return (re.compile(words_pattern(before, spaced) + r"\s*$") if before else _NEVER,
            re.compile(r"^\s*(?:[^\s,.;:!?]+\s+){0,3}?" + words_pattern(after, spaced)
                       + r"(?=\s*(?:[,.;:!?)»”\"]|$))") if after else _NEVER)


def apiece(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` counts what each unit holds (``apiece``)."""
    before, after = _patterns(cues.code, cues.spaced)
    return bool(before.search(low[max(0, start - 20):start])
                or after.match(low[end:end + 60]))
