"""Rules of the article reader for wordings of rounds 16y and 16zb (helper 16cd).

Each function is one rule of ``docs/articles.md`` (session of 2026-12-04, eighth: classes of
16y/16zb, ru, uk, ko, ja), called from :mod:`analysis.articles.reader`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.articles.cues import Mention, compile_cues
from analysis.articles.rules import children_sent
from analysis.lang import ARTICLE_TABLES

if TYPE_CHECKING:
    from analysis.articles.candidates import Candidate

__all__ = ["affected", "first_metric", "soldiers_not_workers", "treated_or_own"]

_OWN_GAP = 4
"""Characters at most between a number and the North Korean wounded named with it (a space,
"약 ")."""


def treated_or_own(start: int, end: int, own: list[Mention]) -> str:
    """Return the metric of wounded people counted in a sentence of treatment, by whose they are.

    ``treated_in_north_korea`` counts Russians treated in North Korea. North Korea's own
    wounded named right at the number (``ARTICLES["own_wounded"]``: "24 wounded North Korean
    soldiers are treated in Kursk", "북한군 부상병 24명이 … 치료 중", "北朝鮮軍の負傷兵24人が…治療")
    are wounded, wherever they are treated; so are they when the cue read first was one of
    treatment (29ar: "북한 병사들이 200명 이상 … 치료를 받기 위해 병원에 도착했다").
    """
    near = any(0 <= m.start - end <= _OWN_GAP or 0 <= start - m.end <= _OWN_GAP for m in own)
    return "wounded" if near else "treated_in_north_korea"


_SPACED_SOLDIERS = r"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{})(?!\w)"
_GLUED_SOLDIERS = r"(?:{})(?:の|의)?\s?$"


@cache
def _soldiers(code: str) -> tuple[re.Pattern[str], bool] | None:
    words = ARTICLE_TABLES.get(code, {}).get("soldiers")
    if not words:
        return None
    spaced = compile_cues(code).spaced  # written with spaces, by its scripts (not ko, ja, zh)
    rx = (_SPACED_SOLDIERS if spaced else _GLUED_SOLDIERS).format("|".join(words))
    return re.compile(rx), spaced


def soldiers_not_workers(metric: str, low: str, span: tuple[int, int], code: str) -> str:
    """Return ``deployed`` for soldiers counted with a word of working, else ``metric``.

    A verb of working makes people counted workers ("тисячі північнокорейців працюють у РФ",
    "数千人の北朝鮮人が…働いている"); soldiers named at the number (``ARTICLES["soldiers"]``:
    after it within three words in spaced languages, right before it in Korean and Japanese)
    stay troops ("11,000 North Korean soldiers are working in Kursk alongside Russian units",
    "북한군 1만 1000명이 … 일하고 있다"); sappers and builders go on to
    :func:`analysis.articles.rules.engineers`.
    """
    found = _soldiers(code) if metric == "workers_sent" else None
    if found is None:
        return metric
    rx, spaced = found
    start, end = span
    hit = rx.match(low, end) if spaced else rx.search(low, max(0, start - 8), start)
    return "deployed" if hit else metric


def first_metric(c: Candidate, code: str, children: list[Mention], low: str) -> str:
    """Return the metric a number's row starts from: its cue's, read by two rules.

    Children sent (:func:`analysis.articles.rules.children_sent`), then soldiers who work
    (:func:`soldiers_not_workers`). ``c`` is the reader's candidate figure.
    """
    # (16kl) ko, ja count the noun before the number ("어린이 2명", "子ども2人")
    noun_first = bool(ARTICLE_TABLES.get(code, {}).get("noun_first"))
    metric = children_sent(c.metric, children, low, c.end, c.start if noun_first else -1)
    return soldiers_not_workers(metric, low, (c.start, c.end), code)


def affected(c: Candidate, anaphora: list[Mention]) -> bool:
    """Whether a count of troops is of the people the figure before counts (30ac).

    A word of ``ARTICLES["anaphora"]`` right after the number, before its troops noun ("Der
    südkoreanische Generalstab geht hingegen von „etwa 1.100“ betroffenen Soldaten aus": the
    soldiers affected by the losses told before) makes the count, which only its troops noun
    read as deployed, take the metric of the figure before, as an anaphora with no noun does.
    """
    return c.cue == "troops" and any(0 <= m.start - c.end <= 3 for m in anaphora)
