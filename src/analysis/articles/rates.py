"""Rates of use, larger groups, abducted children, another supplier: no figures (24at).

Four classes of false positives of the later rounds (session 24), each a rule of the
language's grammar with its words in the article tables (``lang/<code>.py``, ``ARTICLES``):

* **ammunition used at a daily rate** (``per_day``; called from
  :func:`analysis.articles.flows.not_sent_to_russia` for ``materiel_sent``): a count of shells
  told with a word of "a day" in its sentence near it counts what an army fires or
  uses each day, not what North Korea sent ("Russia … utilizing 10,000 artillery shells
  daily", "러시아는 현재 하루에 포탄 약 1만발을 소모하고 있다", "1日あたり … ロシアが1万発",
  "Россия выпускает около 10 тысяч снарядов в день"). The rate words are those of a day only:
  a sending is told by the month or the year ("a million shells a year") and stays;
* **a larger group that holds North Koreans** (``FIGURES["including"]`` of en, de, fr, es, ru
  and uk; called from :func:`analysis.articles.nonfigures.no_figure`): a count followed in
  its sentence by "among them", "including", "среди которых", "entre ellos", "darunter", then
  a count of North Koreans ("более 20 военных, среди которых - шесть офицеров из Северной
  Кореи", "unos 50.000 soldados, entre ellos varios miles de soldados norcoreanos") counts
  the larger group, mostly Russian: the part is the story's. Not when North Korea is named
  before the number in its clause ("North Korea sent 12,000 troops, including 500 officers")
  nor when no count stands between the word and North Korea ("12,000 troops, including North
  Korea's special forces");
* **children abducted from Ukraine** (``abducted``: ``verbs`` and ``camp``; called from
  :func:`analysis.articles.reader._row` for ``hosted_children``): a sentence with a word of
  abducting or deporting that names neither North Korea nor a camp counts the children Russia
  took, not those hosted in North Korea (:func:`abducted_elsewhere`);
* **another country's supplies** (``other_supplier``; called from
  :func:`analysis.articles.flows.not_sent_to_russia` for ``materiel_sent``): Iran named, the
  United States or Europe with a verb of sending, a sending to Ukraine, in the number's clause
  and no North Korea there (:func:`other_supplier`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import words_pattern
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES

__all__ = ["abducted_elsewhere", "daily_rate", "larger_group", "other_supplier"]

_NEVER = re.compile("(?!)")
_STOP = re.compile(r"[.!?;]\s|[。！？\n]")
_BREAK = re.compile(r"[.!?;]\s|[,;:()—–]|\s-\s|\n")
"""Where a clause of a spaced language ends: the word of "a day" must be in the number's."""
_MARK = re.compile(r"[,;:]\s|[.!?]\s|[。！？、，\n]")
"""Where a clause ends, for :func:`other_supplier`."""
_CLAUSE = re.compile(r"[,;:—–]\s|[.!?]\s|[。！？、，\n]")
_BEFORE, _AFTER = 100, 40
"""How far (characters) before and after the number a word of "a day" is read."""
_SAME = frozenset(("namely", "und zwar", "nämlich", "à savoir", "a savoir", "a saber"))
_PART = 45
_LEAD = re.compile(r"\s*(?:[-—–:]\s*)?")
"""How far after the word of including its count of North Koreans must stand."""


@cache
def _per_day(code: str) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("per_day", [])
    return re.compile(words_pattern(words, _spaced(code))) if words else _NEVER


def _spaced(code: str) -> bool:
    return code not in ("ko", "ja", "zh")


def daily_rate(code: str, low: str, start: int, end: int) -> bool:
    """Whether a word of "a day" stands near the number ``low[start:end]`` in its sentence."""
    per_day = _per_day(code)
    if per_day is _NEVER:
        return False
    lo, hi = max(0, start - _BEFORE), min(len(low), end + _AFTER)
    # (the window's end is not the text's: the words' look-aheads read past it, "a day after")
    for m in per_day.finditer(low, lo, hi + 30):
        if m.start() >= hi:
            break
        if m.start() and (low[m.start() - 1].isdigit() or low[m.start() - 1] == "月"):
            continue  # a date's day ("11月1日に"), not "1日に"
        between = (m.end(), start) if m.end() <= start else (end, m.start())
        # (in Korean and Japanese the sentence: "1日あたりウクライナが最大7千発で…、ロシアが1万発")
        if m.start() < end and m.end() > start or not (
                _BREAK if _spaced(code) else _STOP).search(low, *between):
            return True
        # the other side's rate it is compared with: "la Russie tirant environ 10 000 obus par
        # jour, comparé aux 2 000 du côté ukrainien"
        if m.end() <= start and not _STOP.search(low, *between) and \
                _compared(code).search(low, max(m.end(), start - 25), start):
            return True
    return False


@cache
def _compared(code: str) -> re.Pattern[str]:
    words = FIGURE_TABLES.get(code, {}).get("compared_pre", [])
    return re.compile(words_pattern(words, True) + r"\s*$") if words else _NEVER


@cache
def _group(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    fig, table = FIGURE_TABLES.get(code, {}), ARTICLE_TABLES.get(code, {})
    spaced = _spaced(code)
    # (the words that name the same group again, "namely", say no part of it)
    including = [w for w in fig.get("including", []) if w not in _SAME] if spaced else []
    if not including:
        return None
    counts = [*fig.get("numbers", {}), *fig.get("vague", {}), *fig.get("several", []),
              *fig.get("scales", {})]
    # the number's noun (at most three words), then the word of including
    return (re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*[,(—–-]?\s*(?:[-—–]\s*)?"
                       + words_pattern(including, spaced)),
            re.compile(r"\d|" + words_pattern(counts, spaced)),
            re.compile(words_pattern(table.get("north_korea", []), spaced)))


def larger_group(code: str, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` counts a larger group holding North Koreans."""
    found = _group(code)
    if found is None:
        return False
    including, count, north = found
    opened = including.match(low, end, end + 80)
    if opened is None:
        return False
    # North Korea named in the number's own noun phrase: "12 тысяч северокорейских военных,
    # среди которых 500 офицеров"
    if north.search(low, end, opened.start()):
        return False
    # a count right after the word (a dash between), then North Korea: "среди которых - шесть
    # офицеров из Северной Кореи"; not "з яких загинуло вже 4000 солдатів КНДР" (a part that
    # did something: the group is the story's)
    part = low[opened.end():opened.end() + _PART]
    nk = north.search(part)
    if nk is None or not count.match(part, _LEAD.match(part).end(), nk.start()):
        return False
    # North Korea named before the number in its clause: the group is North Korea's
    clause = [m.end() for m in _CLAUSE.finditer(low, max(0, start - 200), start)]
    return north.search(low, clause[-1] if clause else max(0, start - 200), start) is None


@cache
def _abducted(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES.get(code, {}).get("abducted")
    if not table:
        return None
    spaced = _spaced(code)
    return (re.compile(words_pattern(table["verbs"], spaced)),
            re.compile(words_pattern([*table["camp"], *ARTICLE_TABLES[code].get(
                "north_korea", [])], spaced)))


def abducted_elsewhere(code: str, low: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``low[s0:s1]`` tells children abducted, with no North Korea.

    (24at) "some 19,546 Ukrainian children have been taken from Russian-controlled areas",
    "ロシアは…少なくとも１万９５４６人の子どもを拉致しロシアへ強制移住させた", "납치 아동 최대
    30만명 수준 추정": children Russia took from Ukraine, counted by Kyiv, are no children hosted
    in North Korea; the sentence that names North Korea or a camp ("two Ukrainian girls abducted
    by Russian forces were sent to North Korea's Songdowon summer camp") keeps its count.
    """
    found = _abducted(code)
    if found is None:
        return False
    verbs, north = found
    return verbs.search(low, s0, s1) is not None and north.search(low, s0, s1) is None


@cache
def _supplier(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = ARTICLE_TABLES.get(code, {}).get("other_supplier", [])
    if not words:
        return None
    spaced = _spaced(code)
    return (re.compile(words_pattern(words, spaced)),
            re.compile(words_pattern(ARTICLE_TABLES[code].get("north_korea", []), spaced)))


def other_supplier(code: str, low: str, start: int, end: int) -> bool:
    """Whether the clause of the number ``low[start:end]`` tells another country's supplies.

    (24at) "Iran has supplied Russia with thousands of Shahed drones", "the United States has
    only sent approximately 300,000 rounds of artillery to Ukraine", "이란으로부터는 122mm
    8만발 … 지원받았다": materiel of another supplier (``other_supplier``: Iran by name, the
    United States or Europe with a verb of sending, a sending to Ukraine), in a clause that
    names no North Korea ("North Korea and Iran supplied Russia with …" keeps its count).
    """
    found = _supplier(code)
    if found is None:
        return False
    supplier, north = found
    marks = list(_MARK.finditer(low, max(0, start - 250), start))
    after = _MARK.search(low, end, end + 250)
    clause = (marks[-1].end() if marks else max(0, start - 250),
              after.start() if after else min(len(low), end + 250))
    return supplier.search(low, *clause) is not None and north.search(low, *clause) is None
