"""Whose people a number counts: step 4 of the reader (``reader.side_of``).

Moved out of :mod:`analysis.articles.reader` by 16cg (``reader.py`` stood at 601 code lines, over
the 600 of ``tests/test_architecture.py``); :mod:`analysis.articles.reader` imports it under
its old name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.articles import order
from analysis.articles.cues import Cues, Mention

if TYPE_CHECKING:
    from analysis.articles.reader import Candidate

__all__ = ["side_of"]


def side_of(c: Candidate, sides: list[Mention], carried: str, low: str, cues: Cues) -> str:
    """Whose people a number counts: ``"north_korea"``, ``"other_side"`` or ``""``.

    A side named right after the number ("18 Russians", "500 North Korean soldiers")
    decides; otherwise North Korea when its sentence names it, the other side when the
    sentence names only that one, and with neither the side the article last named.
    """
    for m in sides:
        if m.start >= c.end and len(low[c.end:m.start].split()) <= 1:
            return m.kind
    # (in a language without spaces right before it: "アフマトの兵士8人", 16kj)
    before = order.side_before(cues, sides, low, c.start)
    if before:
        return before
    kinds = {m.kind for m in sides}
    if "north_korea" in kinds:
        return "north_korea"
    return "other_side" if kinds else carried
