"""Numbers that are no figures of the story, by general rules of news writing (session 16ij).

Called from :func:`analysis.articles.reader.is_not_a_figure`, each on the lower-cased text:

* a year after a season word is a date, in every language of the period tables ("ab Herbst
  2024", "desde el otoño de 2024", "since autumn 2024", "осенью 2024"), as after a month,
  but for a round count of troops ("im Herbst 2000 Soldaten");
* a small number alone in brackets after a word that counts nothing of the story is the age
  of the person named ("Wladimir Putin (72)", "John Kirby (61)"; the figure engine's D43.1
  drops it only beside another count); after a casualty word or a troops noun it stays a
  count ("Tote (12)");
* in German a number with a full stop after an article or a preposition and before the
  sentence goes on is an ordinal ("für den kommenden 9. Parteitag", "zum 80. Jahrestag");
* a number whose noun counts places, trips or times, a day of a range of dates, a day's
  number or a designation (:mod:`analysis.articles.counted`, helper 16nf);
* visitors counted at a border and a shortfall of people (:mod:`analysis.articles.visitors`,
  helper 16cb);
* a number told for each of several units (:mod:`analysis.articles.apiece`, helper 16ce);
* an age or a generation, a measure of a thing, the people a reporter met or surveyed
  (:mod:`analysis.articles.classes`, helper 16ci);
* a member of a proportion ("nine out of ten", "10명 중 9명") and the number of a unit named
  before it ("Unit 1234", "бригады 155") (:mod:`analysis.articles.ratios`, helper 16cl), and
  the one head of a price ("1명 2천 달러", "1人30万円", 22ar).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.apiece import apiece
from analysis.articles.classes import not_the_story
from analysis.articles.counted import counts_no_subject
from analysis.articles.cues import Cues, words_pattern
from analysis.articles.ratios import per_head, ratio, unit_named
from analysis.articles.rules import troops_follow
from analysis.articles.visitors import entered, short_of
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES, PERIOD_TABLES

__all__ = ["month_day", "no_figure"]

_BRACKET_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s?[(（]$")
_BRACKET_AFTER = re.compile(r"^[)）]")
_ORDINAL_AFTER = re.compile(r"^\.\s+[^\W\d_]")


@cache
def _season(code: str, spaced: bool) -> re.Pattern[str]:
    # the season word, then at most one short word ("otoño de 2024", "autumn of 2024")
    seasons = [f for forms in PERIOD_TABLES.get(code, {}).get("seasons", {}).values()
               for f in forms]
    if not seasons:
        return re.compile("(?!)")
    return re.compile(words_pattern(seasons, spaced) + r"(?:\s+[^\W\d_]{1,3})?\s*$")


@cache
def _counting(code: str, spaced: bool) -> re.Pattern[str]:
    # words a number in brackets counts after: casualty words and troops nouns (D43.1)
    fig, table = FIGURE_TABLES.get(code, {}), ARTICLE_TABLES.get(code, {})
    words = [*fig.get("outcomes", []), *fig.get("casualties", []), *table.get("troops", []),
             *table.get("soldiers", [])]
    return re.compile(words_pattern(words or ["(?!)"], spaced) + "$")


@cache
def _ordinal_before(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("ordinal_before", [])
    if not words:
        return re.compile("(?!)")
    return re.compile(words_pattern(words, spaced) + r"(?:\s+[^\W\d_]+(?:e|en|er|es|em))?\s*$")


def no_figure(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is a season's year, an age or an ordinal."""
    token = low[start:end]
    before = low[max(0, start - 40):start]
    if len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100 and \
            _season(cues.code, cues.spaced).search(before[-20:]) and \
            not (int(token) % 100 == 0 and troops_follow(cues, low, end, 0)):
        return True  # (not a round count of troops: "im Herbst 2000 Soldaten")
    if token.isdigit() and len(token) <= 3 and 1 <= int(token) <= 120 and \
            _BRACKET_AFTER.match(low[end:end + 1]):
        word = _BRACKET_BEFORE.search(before)
        if word and not _counting(cues.code, cues.spaced).search(word.group(1)):
            return True
    if token.isdigit() and _ORDINAL_AFTER.match(low[end:end + 4]) and \
            _ordinal_before(cues.code, cues.spaced).search(before):
        return True
    if entered(cues, low, start, end) or short_of(cues, low, start, end):
        return True  # (16cb) visitors at a border, a shortfall
    if apiece(cues, low, start, end):
        return True  # (16ce) what each of several units holds
    if not_the_story(cues, low, start, end):
        return True  # (16ci) an age, a measure, the people a reporter met
    if ratio(cues, low, start, end) or unit_named(cues, low, start, end) or \
            per_head(cues, low, start, end):
        return True  # (16cl) a proportion, a unit's number; (22ar) a price per head
    return counts_no_subject(cues, low, start, end)  # (16nf) places, trips, days, designations


def month_day(cues: Cues, low: str, start: int, end: int, last_word: str) -> bool:
    """Whether the number at ``low[start:end]`` is a day after a month or weekday (``last_word``).

    "March 5", "el miércoles 30"; not after a date closed by a comma before a count of troops
    ("Du 3 au 5 mars, 200 soldats nord-coréens ont été tués": the month ends a range of dates,
    so the 200 is no day of it; helper 16nf).
    """
    word = last_word.strip(".,")
    if cues.months.fullmatch(word):
        # a comma after the month ends the date: the number after it is no day of it ("In March,
        # 200 soldiers were killed", "En septiembre, 14 personas"), but a year may close it
        # ("5 March, 2025")
        token = low[start:end]
        return not last_word.endswith(",") or (len(token) == 4 and token.isdigit()
                                               and 1800 <= int(token) <= 2100)
    return bool(end - start <= 2 and cues.weekdays.fullmatch(word))
