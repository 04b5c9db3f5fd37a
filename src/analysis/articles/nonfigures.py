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
  the one head of a price ("1명 2천 달러", "1人30万円", 22ar);
* (23ar) a number told after a year of the twentieth century in its sentence, with no later
  year between, is another time's: "veterans who attacked the USS Pueblo in 1968, killing or
  wounding nine US soldiers", "die 1968 beim Angriff … neun US-Soldaten töteten",
  "атаковавшими … в 1968 году, убив и ранив девять" (a war long over). Not
  a number told before the year ("the two captured soldiers, born in 1999 and 2005").
* (26ar) a number of another subject: a population or an income of millions, participants or
  inhabitants, a part of places (:mod:`analysis.articles.subjects`).
* (32ar) a number of one or two digits right after a phase word (``ARTICLES["phase_before"]``:
  "phase 2", "Phase 4", "étape 3", "fase 2", "этапе 2", "етапі 2"; ko "4단계" and ja "3段階"
  are ``not_figure_after``) names the phase, no count, but for troops right after it.
* (31ar) a year after a part of a year is a date as after a season, by the period tables'
  ``halfw``, ``quarterw`` and ``part:*`` words: "in the first half of 2025", "mid-2025",
  "early 2025", "in der ersten Hälfte 2025", "au premier semestre 2025", "a mediados de 2025"
  (ko "2025년 상반기", ja "2025年前半" carry their year marker), but for a round count of troops.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.apiece import apiece
from analysis.articles.classes import not_the_story
from analysis.articles.counted import counts_no_subject
from analysis.articles.cues import Cues, words_pattern
from analysis.articles.rates import larger_group
from analysis.articles.ratios import per_head, ratio, unit_named
from analysis.articles.rules import troops_follow
from analysis.articles.subjects import other_subject
from analysis.articles.visitors import entered, short_of
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES, PERIOD_TABLES

__all__ = ["another_century", "month_day", "no_figure"]

_BRACKET_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s?[(（]$")
_BRACKET_AFTER = re.compile(r"^[)）]")
_ORDINAL_AFTER = re.compile(r"^\.\s+[^\W\d_]")
# (35aa) a list item's number: one or two digits at the start of a line or right after a
# sentence's end, then a full stop and a word ("1. 北朝鮮はロシア支援のため兵士を派遣。2. 捕虜と
# なった…", "Key points\n1. North Korea sent troops. 2. Captured soldiers …")
_ITEM_BEFORE = re.compile(r"(?:^|[\n.!?。！？][\"'”’»)」]*)[ \t]*$")
_ITEM_AFTER = re.compile(r"^\.[ \t]*[^\W\d_]")
# a year: four digits alone (not "M-1989", "1,950", "1968.5"), of the last century or of ours
# ("1968년", "は1968年" are years: a Latin or Cyrillic letter glued to it makes a name, "m1989")
_YEAR = re.compile(r"(?<![\d.,a-zà-ÿа-яёіїєґ_-])(19|20)\d\d(?![\d.,-]\d|\d|[a-zà-ÿа-яёіїєґ])")
_SENTENCE_END = re.compile(r"[.!?]\s|[。！？]|\n")  # (ja, zh: no space after the stop)
_OLD_REACH = 160
"""How far before a number (characters, within its sentence) a year of another time is read."""


@cache
def _season(code: str, spaced: bool) -> re.Pattern[str]:
    # the season word, then at most one short word ("otoño de 2024", "autumn of 2024")
    seasons = [f for forms in PERIOD_TABLES.get(code, {}).get("seasons", {}).values()
               for f in forms]
    if not seasons:
        return re.compile("(?!)")
    return re.compile(words_pattern(seasons, spaced) + r"(?:\s+[^\W\d_]{1,3})?\s*$")


_PARTS = ("halfw", "quarterw", "part:begin", "part:early", "part:mid", "part:late", "part:end")


@cache
def _part_of_year(code: str, spaced: bool) -> re.Pattern[str]:
    # (31ar) the part word, then at most one short word ("half of 2025", "mediados de 2025",
    # "mid-2025"); not "close to" (en "close" is an end: "close to 2025 soldiers")
    words = [f for key, forms in PERIOD_TABLES.get(code, {}).get("words", {}).items()
             if key in _PARTS for f in forms if f != "close"]
    if not words:
        return re.compile("(?!)")
    return re.compile(words_pattern(words, spaced) + r"(?:\s+(?!to\b)[^\W\d_]{1,3})?[\s-]*$")


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


@cache
def _phase(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("phase_before", [])
    return re.compile(words_pattern(words or ["(?!)"], spaced) + r"\s*$")


def no_figure(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is a season's year, an age or an ordinal."""
    token = low[start:end]
    before = low[max(0, start - 40):start]
    # (32ar) a phase named by its number ("in phase 2", "auf Etappe 3"), not a count after a
    # phase ("In the first phase 3,000 soldiers were sent", "phase 2 20 soldiers")
    if token.isdigit() and len(token) <= 2 and _phase(cues.code, cues.spaced).search(
            before) and not troops_follow(cues, low, end, 0):
        return True
    # a year after a season or a part of a year ("im Herbst 2024", "in the first half of 2025",
    # "a mediados de 2025", 31ar), not a round count of troops: "im Herbst 2000 Soldaten"
    if len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100 and (
            _season(cues.code, cues.spaced).search(before[-20:])
            or _part_of_year(cues.code, cues.spaced).search(before[-24:])) and \
            not (int(token) % 100 == 0 and troops_follow(cues, low, end, 0)):
        return True
    if token.isdigit() and len(token) <= 3 and 1 <= int(token) <= 120 and \
            _BRACKET_AFTER.match(low[end:end + 1]):
        word = _BRACKET_BEFORE.search(before)
        if word and not _counting(cues.code, cues.spaced).search(word.group(1)):
            return True
    if token.isdigit() and len(token) <= 2 and _ITEM_AFTER.match(low[end:end + 4]) and \
            _ITEM_BEFORE.search(low, max(0, start - 6), start):
        return True  # (35aa) a list item's number
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
    if another_century(cues, low, start):
        return True  # (23ar) a number of the last century's events
    if larger_group(cues.code, low, start, end):
        return True  # (24at) "более 20 военных, среди которых - шесть офицеров из КНДР"
    if other_subject(cues, low, start, end):
        return True  # (26ar) a population, an income, participants, a part of places
    return counts_no_subject(cues, low, start, end)  # (16nf) places, trips, days, designations


@cache
def _since(code: str, spaced: bool) -> re.Pattern[str]:
    words = PERIOD_TABLES.get(code, {}).get("words", {}).get("since", [])
    return re.compile(words_pattern(words, spaced)) if words else re.compile("(?!)")


@cache
def _story_named(code: str, spaced: bool) -> re.Pattern[str]:
    """Russia as the article tables name it (the country the story's troops are sent to)."""
    russia = ARTICLE_TABLES.get(code, {}).get("claimant_grammar", {}).get("countries", {}).get(
        "RU", {})
    words = [*russia.get("name", []), *russia.get("adj", [])]
    return re.compile(words_pattern(words, spaced)) if words else re.compile("(?!)")


def another_century(cues: Cues, low: str, start: int) -> bool:
    """Whether a year of the twentieth century stands before ``start`` in its sentence.

    The last year before the number decides: "1968" says another time's event, "2024" ours
    ("after the war ended in 1953, North Korea sent 12,000 troops in 2024" keeps its
    12,000); a year that opens a period up to now, with a word of ``since`` of the period
    tables around it, is no other time ("1950년 한국전쟁 이후 처음으로 1만명의 병력을",
    "the first time since 1953 that 12,000 troops"; module docstring).
    """
    before = low[max(0, start - _OLD_REACH):start]
    ends = list(_SENTENCE_END.finditer(before))
    years = list(_YEAR.finditer(before, ends[-1].end() if ends else 0))
    # (the year must not touch the number: "1968 9" is no year before a count)
    if not years or years[-1].group(1) != "19" or years[-1].end() >= len(before) - 1:
        return False
    # (the since word just before the year, or after it in its clause: "since 1953", "1950년
    # 한국전쟁 이후"; not "in 1968, after firing at the vessel")
    year = years[-1]
    near = before[max(0, year.start() - 25):year.end()] + re.split(
        r"[,;:、，]", before[year.end():year.end() + 15])[0]
    if _since(cues.code, cues.spaced).search(near):
        return False
    # (the story told after the year, in the same sentence: "1961년 체결된 조약에 따라 북한은
    # 러시아에 병력 1만1천명을 파병", "Nordkorea, das 1953 zuletzt Krieg führte, hat … 11.000
    # Soldaten nach Russland geschickt": Russia named after the year; not North Korea, which
    # the Korean War's sentences name too: "June 25, 1950, North Korea's military poured …")
    offset = max(0, start - _OLD_REACH) + year.end()
    stop = _SENTENCE_END.search(low, start)
    return not _story_named(cues.code, cues.spaced).search(
        low, offset, stop.start() if stop else len(low))


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
