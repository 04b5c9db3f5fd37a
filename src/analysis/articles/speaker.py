"""A name in a contrasting clause after the figure is no source of it (16cc).

"North Korea has deployed 15,000 troops to fight alongside Russia, while Seoul warns
repatriation is …", "…, tandis que le NIS a fait état d'au moins 600", "北朝鮮は、約1万1000人の
部隊をロシアに派遣したが、国情院によれば、…": a clause opened by a contrast word
(``ARTICLES["contrast"]``: "while", "während", "tandis que", "mientras que", "в то время как",
"тоді як"; the clause endings "지만,", "는데,", "が、" in Korean and Japanese) with a source as
its subject right after the word says what that source says, not the figure before it.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, Mention, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["contrasted"]

_SUBJECT = 30  # characters between the contrast word and its subject ("while the NIS")


@cache
def _contrast(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES[code].get("contrast", [])
    return re.compile(words_pattern(words, spaced) if words else "(?!)")


def contrasted(names: list[Mention], figure: tuple[int, int], low: str, cues: Cues,
               end: int) -> list[Mention]:
    """Return ``names`` without those opening a contrasting clause after the figure.

    ``end`` is where the sentence ends.
    """
    pattern = _contrast(cues.code, cues.spaced)
    cut = [w for w in pattern.finditer(low, figure[1], end)]
    return [m for m in names if not any(
        w.end() <= m.start <= w.end() + _SUBJECT for w in cut)]
