"""People counted whom nobody sent: visitors at a border and shortfalls (helper 16cb).

Called from :func:`analysis.articles.nonfigures.no_figure`, each on the lower-cased text, with
the words of the article tables (``lang/<code>.py``, ``ARTICLES``; see :mod:`analysis.lang`):

* **visitors counted at a border** (``entry``): a number in a sentence that counts people
  entering a country, or by the purpose they stated ("13,221 North Koreans entered Russia",
  "7,887 stated education", "въехали 13 221 граждан", "입국한 북한 주민이 1만3221명",
  "入国目的は「教育」が7,887人", "aus Bildungszwecken", "con fines educativos") is border
  statistics, no sending of the story; soldiers or workers named at the number stay a count
  ("3,000 North Korean soldiers entered Russia");
* **a shortfall** (``shortage``): a number a word of shortage governs ("labor shortages estimated
  at 4,500-5,000 workers", "fehlen in Russland etwa 1,5 Millionen Arbeitskräfte", "дефицит
  оценивают в 4500-5000 человек", "4,500~5,000명 정도 부족한", "労働力不足は現在の150万人")
  counts people missing, nobody sent; not when a word of sending stands between ("to ease the
  shortage, North Korea sent 15,000 workers") or the shortage comes later in the sentence
  ("sent 15,000 workers to ease the country's labor shortage").
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, Nearby, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["entered", "short_of"]

_NEVER = re.compile("(?!)")
_SENTENCE_END = re.compile(r"[!?。\n]|\.(?!\d)")
_PUNCTUATION = re.compile(r"[,;:()]")
_BEFORE = {True: 40, False: 12}
"""Characters at most between a word of shortage and the number it governs, with spaces and
without ("労働力不足は現在の150万人"; not "부족한 문제를 해결하기 위해 북한 전문가 2천 명": the
shortage a hiring answers)."""
_AFTER = 12
"""Characters at most between a number and a word of shortage after it ("5,000명 정도 부족")."""


@cache
def _words(code: str, spaced: bool, key: str) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get(key, [])
    return re.compile(words_pattern(words, spaced)) if words else _NEVER


@cache
def _named(code: str, spaced: bool) -> re.Pattern[str]:
    # soldiers or workers named at the number: after it in spaced languages (three words at
    # most), right before it in Korean and Japanese ("북한군 1만 명", "北朝鮮兵1万人")
    table = ARTICLE_TABLES.get(code, {})
    words = [*table.get("soldiers", []), *table.get("metrics", {}).get("workers_sent", [])]
    if not words:
        return _NEVER
    body = words_pattern(words, spaced)
    return re.compile(r"^\s*(?:[^\s,.;:]+\s+){0,3}?" + body if spaced else body + r"\s?\S{0,3}\s?$")


@cache
def _near(code: str, spaced: bool, key: str) -> Nearby:
    return Nearby(ARTICLE_TABLES.get(code, {}).get(key, []), spaced)


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(low, max(0, start - 300), start)]
    after = _SENTENCE_END.search(low, end, end + 300)
    return (ends[-1] if ends else max(0, start - 300)), (after.start() if after else end + 300)


def entered(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` counts visitors at a border (``entry``)."""
    if not _near(cues.code, cues.spaced, "entry").within(low, max(0, start - 300), end + 300):
        return False  # (no word of entry as far as the sentence can reach: a guard, exact)
    lo, hi = _sentence(low, start, end)
    if not _words(cues.code, cues.spaced, "entry").search(low, lo, hi):
        return False
    named = _named(cues.code, cues.spaced)
    near = named.search(low[end:end + 60]) if cues.spaced else \
        named.search(low[max(0, start - 12):start])
    return near is None


def short_of(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether a word of shortage governs the number at ``low[start:end]`` (``shortage``)."""
    shortage = _words(cues.code, cues.spaced, "shortage")
    after = shortage.search(low, end, end + _AFTER)
    if after and not _PUNCTUATION.search(low, end, after.start()):
        return True
    lo = max(0, start - _BEFORE[cues.spaced])
    before = [m for m in shortage.finditer(low, lo, start) if m.end() <= start]
    if not before:
        return False
    # (not "Из-за нехватки солдат Россия получила 11 тысяч", "병력이 부족한 러시아에 북한은
    # 1만1000명을 파병": troops, North Korea or a cue between, the shortage is the reason of a
    # sending)
    between = low[before[-1].end():start]
    return not (_SENTENCE_END.search(between) or _PUNCTUATION.search(between)
                or any(c.isdigit() for c in between) or cues.sent.search(between)
                or any(rx.search(between) for kind in ("troops", "north_korea", "metric")
                       for _, rx in cues.groups[kind]))
