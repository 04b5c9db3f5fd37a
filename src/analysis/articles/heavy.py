"""Losses told by their size alone ("mit hohen Verlusten"), no count (art34b, round 16zz41).

"Über 10.000 nordkoreanische Soldaten kämpfen an der Seite Russlands in der Ukraine – mit hohen
Verlusten": a loss noun after a word of size (``ARTICLES["heavy_losses"]``: "hohen", "heavy",
"lourdes", "grandes") says the losses were many and counts none. Across a clause boundary it
gives no number its metric: the sending before the dash or the comma stays a sending. In the
number's own clause it still does ("erlitten schwere Verluste von rund 4.000 Soldaten").
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Mention, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["heavy_losses"]


@cache
def _before(code: str) -> re.Pattern[str] | None:
    words = ARTICLE_TABLES.get(code, {}).get("heavy_losses", [])
    return re.compile(words_pattern(words, True) + r"\s+$") if words else None


def heavy_losses(code: str, low: str, cue: Mention) -> bool:
    """Whether the loss cue ``cue`` follows a word of size (``ARTICLES["heavy_losses"]``)."""
    before = _before(code)
    return before is not None and cue.value == "killed_or_wounded" and bool(
        before.search(low[max(0, cue.start - 30):cue.start]))
