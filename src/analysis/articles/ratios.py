"""Proportions and numbered units: numbers that are no figures of the story (helper 16cl).

Called from :func:`analysis.articles.nonfigures.no_figure`, each on the lower-cased text, with
the words of the article tables (``lang/<code>.py``, ``ARTICLES``; see :mod:`analysis.lang`):

* **a proportion** (``ratio``): "eight out of ten", "nine in ten", "huit Nord-Coréens sur dix",
  "siete de cada diez", "9 з 10", "10명 중 9명", "10人に9人", "十人中九人" is a ratio, and the
  codebook reads ratios unparsed: neither number is a figure. The grammar's connectors of a
  proportion are of two kinds: ``sure`` ones make one whatever the counted noun ("out of", "in",
  "sur", "de cada", "당", "に"), the ``of`` ones ("of", "von", "de", "из", "з", "중", "のうち")
  also join a part to its total ("3 of 12,000", "1万2000人のうち4000人", 16cj), so they make
  a proportion only with the denominator ten. A sure connector's denominator is a small number
  (two to ten) or a hundred; a larger one is a total told with its part ("3,000 out of 12,000
  troops": both stay). The numerator is no larger than the denominator; the denominator counts
  no thing the reader never counts ("3 in 10 days"). In Korean and Japanese the denominator comes
  first and both numbers carry a people counter (``counter``); a word after the numerator
  (``after``: "꼴", "の割合") makes any connector a proportion's.
* **a numbered unit** (``unit_named``): a number right after the noun of a military unit
  ("Unit 1234", "Brigade 155", "Korps 11", "cuerpo 11", "бригады 155", "부대 1234") names it.
  Plain digits only (no thousands separator, no round hundreds from 100 up: "a brigade 5000
  strong" is a size), and no troops noun or scale right after ("корпус 11 тысяч военных"). The
  number before a unit's noun ("155 Brigade", "11 корпуса", "11군단", "11軍団") is in the
  tables' ``not_figure_after`` (16ef, completed by 16cl).
* **a price per head** (``per_head``, 22ar): one person counted right before a sum of money
  ("대가는 1명 2천 달러", "兵士1人30万円") is the denominator of a rate, what one soldier earns
  the regime, no count of the story. ``ARTICLES["per_head"]``: the phrase from the number on
  (the one, its counter, the sum and its currency), in the languages that count the head with
  a numeral (ko, ja; "$2,000 per soldier" writes no number for it).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.counted import counted_after
from analysis.articles.cues import Cues, words_pattern
from analysis.figures import parse_figure
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES, longest_first

__all__ = ["per_head", "ratio", "unit_named"]

_NEVER = re.compile("(?!)")
# (the words between a numerator and a connector: "huit Nord-Coréens sur dix", three at most)
_GAP = r"(?:\s+[^\W\d_][\w'’-]*){0,3}?"
_PLAIN = re.compile(r"\d{1,5}")
_HAN = "[一二三四五六七八九十百千〇零]+"


@cache
def _ratio(code: str, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str],
                                              re.Pattern[str], re.Pattern[str]]:
    """Return the gate (any connector), the proportion, its sure connectors, its marks after."""
    table = ARTICLE_TABLES.get(code, {}).get("ratio", {})
    sure, of = table.get("sure", []), table.get("of", [])
    if not sure and not of:
        return _NEVER, _NEVER, _NEVER, _NEVER
    connector = words_pattern(sure + of, spaced)
    after = table.get("after", [])
    marks = re.compile(words_pattern(after, spaced)) if after else _NEVER
    if spaced:
        number = _number(code) + "".join(f"|{re.escape(w)}" for w in table.get("one", []))
        pattern = (rf"(?<![\w.,])(?P<a>{number})(?P<gap>{_GAP})\s+(?P<c>{connector})\s+"
                   rf"(?P<b>{number})(?![\w])")
    else:
        words = [w for key in ("numbers", "small") for w in FIGURE_TABLES.get(code, {})
                 .get(key, {})]
        number = r"\d[\d,]*(?:[만천万千]\d*)*|" + _HAN + (
            "|" + "|".join(longest_first(map(re.escape, words))) if words else "")
        counter = "(?:" + "|".join(table.get("counter", ["(?!)"])) + ")"
        pattern = (rf"(?<![\d,])(?P<b>{number})\s?{counter}\s?(?P<c>{connector})\s?"
                   rf"(?P<a>{number})\s?(?={counter})")
    return (re.compile(connector), re.compile(pattern),
            re.compile(words_pattern(sure, spaced)) if sure else _NEVER, marks)


@cache
def _number(code: str) -> str:
    # digits with a thousands separator, or one of the language's number words
    fig = FIGURE_TABLES.get(code, {})
    words = [w for key in ("numbers", "small", "compound") for w in fig.get(key, {})
             if w.replace("'", "").replace("’", "").isalpha()]
    body = "|".join(longest_first(map(re.escape, words)))
    return r"\d[\d,.  ]*\d|\d" + (f"|{body}" if body else "")


@cache
def _value(token: str, code: str) -> float | None:
    if token in ARTICLE_TABLES.get(code, {}).get("ratio", {}).get("one", []):
        return 1.0  # ("einer von zehn": the pronoun one)
    fig = FIGURE_TABLES.get(code, {})
    for key in ("numbers", "compound", "small"):
        if token in fig.get(key, {}):  # ("un", "ein": the figure engine reads them alone as none)
            return float(fig[key][token])
    figure = parse_figure(token, code)
    return figure.best if figure.status == "ok" else None


def ratio(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is a member of a proportion (module docstring)."""
    gate, pattern, sure, marks = _ratio(cues.code, cues.spaced)
    lo, hi = max(0, start - 60), min(len(low), end + 60)
    if not gate.search(low, lo, hi):
        return False
    for m in pattern.finditer(low, lo, hi):
        if not (m.start("a") <= start < m.end("a") or m.start("b") <= start < m.end("b")):
            continue
        numerator, denominator = (_value(m.group(k).strip(), cues.code) for k in "ab")
        if numerator is None or denominator is None or not 0 <= numerator <= denominator:
            continue
        if cues.spaced and (cues.not_after.match(low[m.end("b"):m.end("b") + 40])
                            or counted_after(cues, low, m.end("b"))):
            continue  # "3 in 10 days": a thing counted, no proportion
        if cues.spaced and _scale(cues.code, True).match(low, m.end("b")):
            continue  # "восемь из десяти тысяч": the denominator is ten thousand, a total
        certain = sure.fullmatch(m.group("c")) or marks.search(low, m.end("a"), m.end("a") + 6)
        if denominator == 10 or certain and (2 <= denominator <= 10 or denominator == 100):
            return True
    return False


@cache
def _unit(code: str, spaced: bool) -> re.Pattern[str]:
    nouns = ARTICLE_TABLES.get(code, {}).get("unit_named", [])
    if not nouns:
        return _NEVER
    return re.compile(words_pattern(nouns, spaced) + r"\s*(?:№|no\.|nr\.|n°)?\s*\Z")


@cache
def _scale(code: str, spaced: bool) -> re.Pattern[str]:
    fig = FIGURE_TABLES.get(code, {})
    words = [w for key in ("scales", "vague") for w in fig.get(key, {}) if len(w) > 1]
    return re.compile(r"\s*" + words_pattern(words, spaced)) if words else _NEVER


def unit_named(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` names a unit told right before it."""
    token = low[start:end]
    if not _PLAIN.fullmatch(token) or int(token) >= 100 and int(token) % 100 == 0:
        return False
    if not _unit(cues.code, cues.spaced).search(low, max(0, start - 40), start):
        return False
    after = low[end:end + 40]
    rest = after.lstrip()
    if _scale(cues.code, cues.spaced).match(after) or cues.people.match(rest):
        return False  # "корпус 11 тысяч военных", "부대 1000명"
    return not any(rx.match(rest) for _, rx in cues.groups["troops"])


_PRICE_REACH = 30
"""Characters after the head's number within which its price must begin (22ar)."""


@cache
def _per_head(code: str) -> re.Pattern[str]:
    phrases = ARTICLE_TABLES.get(code, {}).get("per_head", [])
    return re.compile("|".join(f"(?:{p})" for p in phrases)) if phrases else _NEVER


def per_head(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is the one head of a price (module docstring)."""
    return bool(_per_head(cues.code).match(low, start, min(len(low), end + _PRICE_REACH)))
