"""Troops sent for the work sappers and builders do (moved out of ``rules.py`` by 30ac).

:func:`for_rebuilding` tells a deployment for rebuilding or demining
(``ARTICLES["rebuilding"]``), which :func:`analysis.articles.rules.engineers` reads as a later
wave, and :func:`purpose_before` the same purpose told before the number in Japanese and Korean
(31fm); :func:`their_work` the clause opener whose subject is the counted people
(``ARTICLES["their_work"]``: "wo sie", "where they", "où ils", "где они", "де вони").
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues
from analysis.lang import ARTICLE_TABLES

__all__ = ["for_rebuilding", "purpose_before", "their_work"]

_BETWEEN_PURPOSE = re.compile(r"[,;:()]|\s[-–—]\s")
_DIGIT = re.compile(r"\d")
_PAUSE = re.compile(r"[,，、.。…·]")


def for_rebuilding(cues: Cues, low: str, where: tuple[int, int, int]) -> bool:
    """Whether the number at ``where`` (start, end, sentence end) counts troops sent to rebuild."""
    # troops sent for the work sappers and builders do (``ARTICLES["rebuilding"]``: "pour
    # participer à des travaux de reconstruction", "для разминирования"): the purpose after the
    # number in its clause, no comma, other number or "and" between (not the region's own
    # rebuilding in a relative clause: "… Kursk, which Moscow has pledged to rebuild"; not a
    # second thing done: "to expel Ukrainian forces and clear mines"); only in a language with
    # spaces (in Japanese and Korean the purpose may stand before another year's number)
    # (30ac) a clause whose subject is the counted people goes on with their work: "Tausende
    # … Soldaten … eingetroffen, wo sie gefährliche Minenräumarbeiten durchführen"
    # (``ARTICLES["their_work"]``: "wo sie", "where they", "où ils", "где они")
    start, end, s1 = where
    if not cues.spaced:
        return False
    hit = cues.rebuilding.search(low, end, min(s1, end + 120))
    cut = hit and _BETWEEN_PURPOSE.search(low, end, hit.start())
    if cut and their_work(cues.code).match(low, cut.end()):
        cut = _BETWEEN_PURPOSE.search(low, cut.end(), hit.start())
    return bool(hit) and not cut and not (
        cues.number.search(low, end, hit.start())) and not any(
            end <= m.start() < hit.start() for _, rx in cues.groups["joint"]
            for m in rx.finditer(low, end, hit.start()))


@cache
def their_work(code: str) -> re.Pattern[str]:
    """Return the opener of a clause whose subject is the counted people, in language ``code``."""
    words = ARTICLE_TABLES.get(code, {}).get("their_work", [])
    return re.compile(r"\s*(?:" + "|".join(words) + r")\b") if words else re.compile("(?!)")


def purpose_before(cues: Cues, low: str, start: int) -> bool:
    """Whether a purpose of rebuilding or demining ends right before the number at ``start``.

    Only in Japanese and Korean (the purpose comes first): the work (``ARTICLES["rebuilding"]``)
    then a word of purpose (``ARTICLES["purpose_before"]``: "위해", "위한", "필요한", "도우려",
    "のために") and at most three nouns of the people sent (``ARTICLES["purpose_nouns"]``: "인력",
    "공병 등 병력") before the number, within 30 characters, no other number, comma or full stop
    between (31fm). Not a time word between ("재건을 위해 지난해 1만1000명을 파병한 데 이어 올해
    6000명을 추가로": the purpose is the sentence's, the number last year's first deployment).
    """
    if cues.spaced:
        return False
    before = _purpose(cues.code)
    window = max(0, start - 30)
    for hit in cues.rebuilding.finditer(low, window, start):
        between = low[hit.end():start]
        if not _DIGIT.search(between) and not _PAUSE.search(between) \
                and before.search(between):
            return True
    return False


@cache
def _purpose(code: str) -> re.Pattern[str]:
    table = ARTICLE_TABLES.get(code, {})
    words, nouns = table.get("purpose_before", []), table.get("purpose_nouns", [])
    noun = "(?:" + "|".join(nouns) + ")" if nouns else "(?!)"
    return re.compile("(?:" + "|".join(words) + rf")\S*\s*(?:{noun}\S?\s*){{0,3}}$") if words \
        else re.compile("(?!)")
