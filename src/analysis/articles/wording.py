"""Rules of the article reader for wordings of rounds 16y and 16zb (helper 16cd).

Each function is one rule of ``docs/articles.md`` (session of 2026-12-04, eighth: classes of
16y/16zb, ru, uk, ko, ja), called from :mod:`analysis.articles.reader`.
"""

from __future__ import annotations

from analysis.articles.cues import Mention

__all__ = ["treated_or_own"]

_OWN_GAP = 4
"""Characters at most between a number and the North Korean wounded named with it (a space,
"약 ")."""


def treated_or_own(start: int, end: int, own: list[Mention]) -> str:
    """Return the metric of wounded people counted in a sentence of treatment, by whose they are.

    ``treated_in_north_korea`` counts Russians treated in North Korea. North Korea's own
    wounded named right at the number (``ARTICLES["own_wounded"]``: "24 wounded North Korean
    soldiers are treated in Kursk", "북한군 부상병 24명이 … 치료 중", "北朝鮮軍の負傷兵24人が…治療")
    are wounded, wherever they are treated.
    """
    near = any(0 <= m.start - end <= _OWN_GAP or 0 <= start - m.end <= _OWN_GAP for m in own)
    return "wounded" if near else "treated_in_north_korea"
