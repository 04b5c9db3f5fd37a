"""Materiel lost or destroyed, losses at a daily rate, workers worldwide: no figures (25at).

Three classes of false positives of the later rounds (session 25), each a rule of the
language's grammar with its words in the article tables (``lang/<code>.py``, ``ARTICLES``):

* **weapons lost, destroyed or knocked out** (``materiel_lost``; called from
  :func:`analysis.articles.flows.not_sent_to_russia` for ``materiel_sent``): a count of
  weapons in a clause that says they were destroyed, lost or neutralised ("ロシア軍は戦争中、
  多連装ロケット砲400門以上を失い", "un total de cinq obusiers « Koksan » ont été neutralisés
  par l'armée ukrainienne", "Ukrainian forces have destroyed 12 Koksan howitzers") counts
  what an army lost, not what North Korea sent. Not when the same clause tells a sending
  (``supplied``: "North Korea sent 100 howitzers to replace those destroyed" keeps its 100);
* **losses at a daily rate** (``losses_per_day``; called from ``reader._row`` for killed,
  wounded and killed or wounded): "92 hommes tués au combat par jour en moyenne", "92 soldiers
  a day have been injured or killed" count a rate, not the North Koreans killed or wounded
  (the labels of rounds 16zy, 16zy12 and 16zz14 list them as negatives). The word of "a day"
  must follow the number in its clause (in Korean and Japanese, come right before it: "하루
  평균 약 92명", "1日平均92人"): a rate word before a running total ("suffer losses every day
  and have already lost 3,000", 16rv) leaves the total a count; the words are those of a rate
  only, not of a day as a time ("в день наступления", "in daily drone strikes");
* **workers sent all over the world** (``worldwide``; called from
  :func:`analysis.articles.flows.not_sent_to_russia` for ``workers_sent``): "北朝鮮が世界約40カ国に
  約10万人の労働者を派遣し", "some 100,000 North Korean workers abroad", "전 세계 40여 개국에":
  North Korea's workers in every country, not those sent to Russia, unless the sentence names
  Russia ("15,000 workers abroad, most of them in Russia" keeps its count).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["CASUALTIES", "lost_rate", "materiel_lost", "worldwide"]

CASUALTIES = frozenset(("killed", "wounded", "killed_or_wounded"))
"""The metrics a daily rate of losses is read for."""

_MARK = re.compile(r"[,;:]\s|[.!?]\s|[。！？、，\n]")
"""Where a clause ends."""
_STOP = re.compile(r"[。！？\n]")
"""Where the clause of a verb-final language (Korean, Japanese) ends: its verb comes last
("ロケット砲2基が、ウクライナ軍のドローン攻撃で破壊された")."""
_REACH = 200
_SENTENCE = re.compile(r"[.!?]\s|[。！？\n]")


@cache
def _lost(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES.get(code, {})
    words = table.get("materiel_lost", [])
    if not words:
        return None
    spaced = code not in ("ko", "ja", "zh")
    supplied = table.get("supplied", [])
    return (re.compile(words_pattern(words, spaced)),
            re.compile(words_pattern(supplied, spaced)) if supplied else re.compile("(?!)"))


def materiel_lost(code: str, low: str, start: int, end: int) -> bool:
    """Whether the clause of the materiel number ``low[start:end]`` tells weapons lost.

    A word of ``ARTICLES["materiel_lost"]`` (destroyed, lost, neutralised, knocked out) in
    the number's clause and no word of ``ARTICLES["supplied"]`` there (module docstring).
    """
    found = _lost(code)
    if found is None:
        return False
    lost, supplied = found
    marks = list(_MARK.finditer(low, max(0, start - _REACH), start))
    after = (_MARK if code not in ("ko", "ja") else _STOP).search(low, end, end + _REACH)
    clause = (marks[-1].end() if marks else max(0, start - _REACH),
              after.start() if after else min(len(low), end + _REACH))
    return lost.search(low, *clause) is not None and supplied.search(low, *clause) is None


@cache
def _losses_per_day(code: str) -> re.Pattern[str] | None:
    words = ARTICLE_TABLES.get(code, {}).get("losses_per_day", [])
    return re.compile(words_pattern(words, code not in ("ko", "ja", "zh"))) if words else None


_AFTER_RATE = 40
"""How far after the number (spaced languages) its word of "a day" may stand."""
_BEFORE_RATE = 12
"""How far before the number (Korean, Japanese) its word of "a day" may end."""


def lost_rate(metric: str, code: str, low: str, start: int, end: int) -> bool:
    """Whether a count of killed or wounded at ``low[start:end]`` is told at a daily rate."""
    if metric not in CASUALTIES:
        return False
    rate = _losses_per_day(code)
    if rate is None:
        return False
    if code in ("ko", "ja"):
        found = [m for m in rate.finditer(low, max(0, start - _BEFORE_RATE - 10), start)
                 if m.end() >= start - _BEFORE_RATE]
        return any(not _MARK.search(low, m.end(), start) for m in found)
    m = rate.search(low, end, min(len(low), end + _AFTER_RATE))
    return m is not None and not _MARK.search(low, end, m.start())


@cache
def _worldwide(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES.get(code, {})
    words = table.get("worldwide", [])
    if not words:
        return None
    spaced = code not in ("ko", "ja", "zh")
    russia = table.get("claimant_grammar", {}).get("countries", {}).get("RU", {})
    # (34ar) a place in Russia is Russia named ("travelled through China to Vladivostok")
    names = [*russia.get("name", []), *russia.get("adj", []), *table.get("russia_places", [])]
    return (re.compile(words_pattern(words, spaced)),
            re.compile(words_pattern(names, spaced)) if names else re.compile("(?!)"))


def worldwide(code: str, low: str, start: int, end: int) -> bool:
    """Whether the clause of the workers' number ``low[start:end]`` counts them worldwide.

    A word of ``ARTICLES["worldwide"]`` ("worldwide", "abroad", "40 countries", "世界約40カ国")
    in the number's clause and no Russia named in its sentence (module docstring).
    """
    found = _worldwide(code)
    if found is None:
        return False
    world, russia = found
    marks = list(_MARK.finditer(low, max(0, start - _REACH), start))
    after = (_MARK if code not in ("ko", "ja") else _STOP).search(low, end, end + _REACH)
    clause = (marks[-1].end() if marks else max(0, start - _REACH),
              after.start() if after else min(len(low), end + _REACH))
    if world.search(low, *clause) is None:
        return False
    # Russia named anywhere in the sentence: "15,000 workers abroad, most of them in Russia"
    ends = list(_SENTENCE.finditer(low, max(0, start - 400), start))
    after = _SENTENCE.search(low, end, end + 400)
    return russia.search(low, ends[-1].end() if ends else max(0, start - 400),
                         after.start() if after else min(len(low), end + 400)) is None
