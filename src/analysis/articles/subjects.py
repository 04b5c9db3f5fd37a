"""Numbers whose noun is another subject than the story's people (helper 26ar).

Called from :func:`analysis.articles.nonfigures.no_figure`, each on the lower-cased text, with
the words of the article tables (``lang/<code>.py``, ``ARTICLES["other_subject"]``); every
expression is written for the language, not for a phrase met in a round:

* **a population, an income** (``before``): a word of a country's or a region's population or
  of money earned right before a number of millions ("a population of about 26 million", "в
  ней живут 26 миллионов человек", "인구 2600만", "earning the regime millions"), at most three
  words between and no punctuation or digit. Only a number with a scale of a million or more
  (the table's ``scale``): a story's count of people is never written so beside these words,
  and "в России живут 15 тысяч рабочих из КНДР" keeps its workers;
* **the people of an event or of a place** (``after``): a noun of participants, inhabitants or
  residents right after the number, one word at most between ("over 10,000 participants",
  "26 Millionen Einwohner", "300 habitants"), and the force Russia gathers, North Koreans in it
  or not ("5万人の兵力を…集結させている", "50 000 soldats y avaient été mobilisés par la
  Russie", 35c). Not the participants of a camp in Russian and
  Ukrainian, whose children the story counts ("около 50 участников Движения Первых"): the
  tables of those languages list no such noun;
* **a part of places** (``of_total``): a number, the partitive word and a second number before
  a noun of places, trips or ships of the tables' ``not_counted`` ("37 of 64 settlements",
  "37 из 64 населённых пунктов", "37 de las 64 localidades");
* **one of a pair** (``pair``): the word for one, and the word for the other later in its
  sentence ("one soldier carried a Russian ID card, while the other had no documents", "l'un
  … l'autre", "uno … el otro", "один … другой"): the two people told before, described one by
  one, no count of its own; unless a word of a loss or a capture follows the one in its
  sentence ("one was killed and the other captured": the member's own event);
* **some troops deployed** (``some``): a word of an unstated part ("algunas tropas … ya han sido
  desplegadas", "certains ont engagé des combats", "розгортання деяких північнокорейських
  військ") read as a deployment is no figure: a deployment told without its number (called from
  :func:`analysis.articles.reader.figure_rows` on the row's metric). Not the captives, the dead
  or the children so told ("certains soldats nord-coréens" died in captivity, "algunos de los
  capturados" are labelled), nor a number after the word ("some 11,000").

Every test opens with a cheap literal look at the text (a digit or the table's first letters)
so that a batch pays almost nothing for the numbers it does not touch.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["one_of_pair", "other_subject", "vague_deployment"]

_NEVER = re.compile("(?!)")
_REACH = 60
"""Characters before the number read for a word of population or of money."""


def _table(code: str) -> dict:
    return ARTICLE_TABLES.get(code, {}).get("other_subject", {})


@cache
def _before(code: str, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _table(code)
    words, scale = table.get("before", []), table.get("scale", [])
    if not words or not scale:
        return _NEVER, _NEVER
    # (the word, then at most three words without a digit or a stop, then the number)
    gap = r"(?:\s+[^\W\d_]+){0,3}\s*$" if spaced else r"\s?(?:[^\W\d_]{1,3}\s?)?$"
    return (re.compile(words_pattern(words, spaced) + gap),
            re.compile("(?:" + "|".join(scale) + ")"))


@cache
def _after(code: str, spaced: bool) -> re.Pattern[str]:
    words = _table(code).get("after", [])
    if not words:
        return _NEVER
    gap = r"\s*(?:[^\W\d_]+\s+)?" if spaced else r"\s?(?:" + "|".join(
        _table(code).get("counter", ["(?!)"])) + r")?\s?"
    return re.compile(gap + words_pattern(words, spaced))


@cache
def _of_total(code: str, spaced: bool) -> re.Pattern[str]:
    table = ARTICLE_TABLES.get(code, {})
    of, nouns = _table(code).get("of_total", []), table.get("not_counted", [])
    if not of or not nouns or not spaced:
        return _NEVER
    gap = table.get("counted_gap", "")
    gaps = rf"(?:(?:{gap})\s+){{0,2}}" if gap else ""
    return re.compile(r"\s+" + words_pattern(of, spaced) + r"\s+\d[\d.,\s]*?\d?\s+" + gaps
                      + words_pattern(nouns, spaced))


@cache
def _pair(code: str, spaced: bool) -> tuple[frozenset[str], re.Pattern[str]]:
    table = _table(code).get("pair", {})
    if not table:
        return frozenset(), _NEVER
    return frozenset(table["one"]), re.compile(words_pattern(table["other"], spaced))


_EVENTS = frozenset({"killed", "wounded", "killed_or_wounded", "captured", "died_in_captivity"})
_STOP = re.compile(r"[.!?]\s|\n")


def one_of_pair(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number is the word for one, and the other follows in its sentence."""
    ones, other = _pair(cues.code, cues.spaced)
    if low[start:end] not in ones:
        return False
    stop = _STOP.search(low, end)
    s1 = stop.start() if stop else len(low)
    if not other.search(low, end, s1):
        return False
    return not any(value in _EVENTS and rx.search(low, end, s1)
                   for value, rx in cues.groups["metric"])


@cache
def _some(code: str) -> re.Pattern[str]:
    words = _table(code).get("some", [])
    return re.compile(r"(?:" + "|".join(words) + r")(?!\w)") if words else _NEVER


_DEPLOYMENTS = frozenset({"deployed", "additional_deployed"})


def vague_deployment(code: str, metric: str, text: str, best: float) -> bool:
    """Whether a deployment is told by a word of an unstated part, no number (``some``).

    Only the word alone, read as a few (``best`` under ten): "plusieurs milliers", "несколько
    тысяч", "some thousands" are numbers of a deployment.
    """
    if metric not in _DEPLOYMENTS or not best < 10 or any(ch.isdigit() for ch in text):
        return False
    return bool(_some(code).match(text.lower()))


def other_subject(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` counts another subject (module docstring)."""
    code, spaced = cues.code, cues.spaced
    if one_of_pair(cues, low, start, end):
        return True
    after_rx = _after(code, spaced)
    # (35c: 60 characters, so that a passive's agent is reached: "50 000 soldats y avaient été
    # mobilisés par la Russie")
    if after_rx is not _NEVER and after_rx.match(low, end, end + 60):
        return True
    of_rx = _of_total(code, spaced)
    if of_rx is not _NEVER and any(ch.isdigit() for ch in low[end:end + 12]) and \
            of_rx.match(low, end, end + 80):
        return True
    before_rx, scale_rx = _before(code, spaced)
    if before_rx is _NEVER or not scale_rx.search(low, start, end):
        return False
    return bool(before_rx.search(low, max(0, start - _REACH), start))
