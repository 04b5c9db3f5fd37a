"""The whole of a partitive loss is the contingent (helper ofw31, issue 16).

"where over 6,000 of 14,000 soldiers died", "wo über 6.000 von 14.000 Soldaten starben", "où
plus de 6 000 des 14 000 soldats sont morts", "donde más de 6.000 de los 14.000 soldados
murieron", "более 6 000 из 14 000 солдат погибли": the part A is the loss, the whole B the troops
the part is counted in, the troops sent (``deployed``), never a loss of its own. The reader pairs
each number with its nearest cue, so the whole, next to the loss verb, took the loss (and the
part a word of sending told before, when there is one).

Two numbers right after one another, joined by a partitive word (``ARTICLES["of_the"]`` or
``ARTICLES["other_subject"]["of_total"]``), the whole followed by a troops noun
(``ARTICLES["troops"]``, three words at most between, no comma) and read as a loss, the part as
a loss or a sending: the whole is ``deployed`` and the part keeps (or takes) the loss. Not:

* a whole of another noun ("6 of 10 shells", workers, containers): no troops noun after it;
* a whole that is itself a loss ("200 of the 1,000 wounded soldiers died"): its own loss word
  stands between it and the noun, the whole stays wounded;
* a percentage, a money amount: no candidate number, never paired here.

Korean and Japanese tell the whole first ("1만4000명 중 6000명이 사망", "1万4000人のうち6000人が
死亡"): :func:`analysis.articles.reader.assign_metrics` already reads that whole as the group the
loss is counted among (``among``), the troops noun gives it its sending.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from analysis.articles.cues import Cues, words_pattern
from analysis.articles.rules import troops_follow
from analysis.lang import ARTICLE_TABLES

__all__ = ["whole_sent"]

_NEVER = re.compile("(?!)")
_LOSSES = frozenset({"killed", "wounded", "killed_or_wounded", "died_in_captivity"})
_SENT = frozenset({"deployed", "additional_deployed"})


@cache
def _joiner(code: str) -> re.Pattern[str]:
    table = ARTICLE_TABLES.get(code, {})
    words = list(table.get("of_the", [])) + list(
        table.get("other_subject", {}).get("of_total", []))
    if not words:
        return _NEVER
    return re.compile(r"\s+" + words_pattern(words, True) + r"\s+")


def _noun(cues: Cues, low: str, end: int) -> str:
    """Return the troops noun right after the whole, ``""`` when there is none.

    Nor when a loss word stands between ("1,000 wounded soldiers": the whole is itself a loss).
    """
    if not troops_follow(cues, low, end):
        return ""
    after = low[end:end + 60]
    hit = cues.groups["troops"][0][1].search(after)
    gap = after[:hit.start()]
    if any(value in _LOSSES | {"captured"} and rx.search(gap)
           for value, rx in cues.groups["metric"]):
        return ""
    return hit.group()


def whole_sent(mine: list, cues: Cues, low: str) -> list:
    """Return the sentence's numbers with the whole of a partitive loss read ``deployed``."""
    if not cues.spaced or len(mine) < 2:
        return mine
    joiner = _joiner(cues.code)
    if joiner is _NEVER:
        return mine
    out = list(mine)
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if whole.metric not in _LOSSES or part.metric not in _LOSSES | _SENT:
            continue
        if not joiner.fullmatch(low, part.end, whole.start):
            continue
        if not (noun := _noun(cues, low, whole.end)):
            continue
        if part.metric in _SENT:  # the part took the sending told before: it is the loss
            out[i] = replace(part, metric=whole.metric, cue=whole.cue)
            out[i + 1] = replace(whole, metric=part.metric, cue=part.cue)
        else:
            out[i + 1] = replace(whole, metric="deployed", cue=noun)
    return out
