"""Numbers that are no figure of the story, as classes of each language's grammar (helper 16ci).

Called from :func:`analysis.articles.nonfigures.no_figure`, each on the lower-cased text, with
the closed classes of the article tables (``lang/<code>.py``, ``ARTICLES``; see
:mod:`analysis.lang`); every expression is a regular expression written for the language, not
for a phrase met in a round:

* **an age or a generation** (``age``): ``after`` closes any number ("20-jährige",
  "20-летний", "20-річний", "20歳", "20代", "3代"); ``decade`` closes a round number of tens
  only ("in their 20s", "in den 20ern"); ``before`` opens a number of two digits or a number
  word with no people counted right after it ("Mitte 20", "Anfang 30", "лет 25", "років 25",
  "dans la vingtaine": not "dans la vingtaine de soldats", "Mitte Dezember 20 Soldaten");
* **a measure** (``measure``): a unit of length, calibre or (joined as an adjective) weight
  after the number describes the size of a thing, it counts none ("25-foot-long barrels",
  "25 Meter lange Rohre", "de 25 pieds", "25-метровые", "25피트", "25フィート"; "60-tonne
  transporters", not "60 tonnes of ammunition");
* **the people a reporter met** (``interviewed``): a verb or noun of interviewing, speaking
  with, meeting or surveying right before the number (``before``, with at most two words of
  the language's closed ``gap`` between: articles, approximations) or closing its noun
  phrase after it (``after``): "spoke with six workers", "a survey of 40 workers", "sprach
  mit sechs Arbeitern", "опросу шестерых рабочих", "40명을 대상으로 한 설문", "2人に対する
  インタビュー". What those people say stays: "officials the BBC spoke with said 15,000
  workers were sent" (a word of speech between is no word of the gap).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues
from analysis.lang import ARTICLE_TABLES

__all__ = ["aged", "interviewed", "measured", "not_the_story"]

_NEVER = re.compile("(?!)")
_DIGITS = re.compile(r"\d{1,3}")
_TENS = range(10, 100, 10)
_PUNCTUATION = re.compile(r"[,:;.!?()]")


def _either(patterns: list[str], prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + "|".join(patterns) + ")" + suffix) if patterns else _NEVER


@cache
def _age(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = ARTICLE_TABLES.get(code, {}).get("age", {})
    return (_either(table.get("after", [])), _either(table.get("decade", [])),
            _either(table.get("before", []), r"(?<![\w-])", r"\s*$"))


def aged(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is an age or a generation (``age``)."""
    after_rx, decade_rx, before_rx = _age(cues.code)
    if after_rx.match(low, end, end + 40):
        return True
    token = low[start:end]
    tens = _DIGITS.fullmatch(token) is not None and int(token) in _TENS
    if tens and decade_rx.match(low, end, end + 40):
        return True
    if any(ch.isdigit() for ch in token) and not (token.isdigit() and 10 <= int(token) <= 99):
        return False  # (two digits, or a number word: "Mitte 20", "dans la vingtaine"; not
        # "за 10 лет 12 тысяч")
    return bool(before_rx.search(low, max(0, start - 40), start)) and \
        not _noun_after(cues, low, end)


def _noun_after(cues: Cues, low: str, end: int) -> bool:
    # a noun of troops, children or workers right after the number, one word at most between
    # and no punctuation ("Ende 20 nordkoreanische Arbeiter"; not "Mitte 20 wurden … gefangen
    # genommen": a verb is no noun counted)
    after = low[end:end + 50]
    nouns = [rx for kind in ("troops", "children") for _, rx in cues.groups[kind]]
    nouns += [rx for metric, rx in cues.groups["metric"] if metric == "workers_sent"]
    for rx in nouns:
        hit = rx.search(after)
        if hit and len(after[:hit.start()].split()) <= 1 and \
                not _PUNCTUATION.search(after[:hit.start()]):
            return True
    return False


@cache
def _measure(code: str) -> re.Pattern[str]:
    return _either(ARTICLE_TABLES.get(code, {}).get("measure", []))


def measured(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether a unit of length, calibre or weight follows the number (``measure``)."""
    return bool(_measure(cues.code).match(low, end, end + 40))


@cache
def _interviewed(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = ARTICLE_TABLES.get(code, {}).get("interviewed", {})
    gap = table.get("gap", [])
    gaps = rf"(?:(?:{'|'.join(gap)})\s+){{0,2}}" if gap else ""
    spaced = code not in ("ko", "ja", "zh")
    edge = r"(?<!\w)" if spaced else ""
    return (_either(table.get("before", []), edge, r"\s*" + gaps + "$"),
            _either(table.get("after", [])))


def interviewed(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number counts the people a reporter met or surveyed (``interviewed``)."""
    before_rx, after_rx = _interviewed(cues.code)
    return bool(before_rx.search(low, max(0, start - 80), start)
                or after_rx.match(low, end, end + 80))


def not_the_story(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number is an age, a measure or the people a reporter met (module doc)."""
    return aged(cues, low, start, end) or measured(cues, low, start, end) or \
        interviewed(cues, low, start, end)
