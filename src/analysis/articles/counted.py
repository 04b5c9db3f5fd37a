"""Numbers that count no subject of the story, by the grammar of each language (helper 16nf).

Called from :func:`analysis.articles.nonfigures.no_figure`, each on the lower-cased text, with
the words of the article tables (``lang/<code>.py``, ``ARTICLES``; see :mod:`analysis.lang`):

* **the counted noun** (``not_counted``): a number whose noun counts places, regions, bases,
  ports, trips, times, ships or days is no figure, also with adjectives between
  (``counted_gap``, one word each, at most two: "cinco bases militares", "five military
  bases", "пяти российских регионов", "in fünf russischen Regionen"); in Korean and Japanese
  the counter glued to the number ("5곳", "3カ所", "64차례", "64回", "1093일째"); and (19ct)
  seats, rows, graves, plaques and buildings, also beside a verb of placing ("9 rows of 12
  seats", "400 Gräber", "12석씩 9줄(108석)", "12席ずつ9列"; graves counted with 기 / 基 or
  개 / 個, which also count missiles and containers, only with a noun of graves: "묘비 300기");
* **a day of a range of dates** (``day_range``): a day followed by the word joining it to a
  second day and a month ("entre el 27 y el 28 de octubre", "du 3 au 5 mars", "vom 3. bis
  5. März", "с 3 по 5 марта", "from 3 to 5 March");
* **a day's number** (``day_number``): a number after the word for day ("Tag 1093", "день
  1093", "Day 1,000"), unless people or a loss are counted after it ("the day 300 soldiers
  died", "on that day 200 were killed");
* **a designation**: letters joined to the number by a hyphen ("COVID-19", "Iskander-23";
  the reader's own rule takes up to four letters: "BTR-80", "KN-23", "Su-34");
* **a size told as usual** (``usual``, helper 16pq): a number in a clause saying what is
  generally so ("a battalion usually consists of several hundred soldiers", "besteht ein
  Bataillon im Allgemeinen aus mehreren Hundert Soldaten", "보통 한 개 대대는 수백 명의 병력으로
  구성된다", "1個大隊が一般的に数百人単位を意味する") explains a unit, it counts nobody.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, Nearby, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["counted_after", "counts_no_subject", "people_follow", "told_as_usual"]

_NEVER = re.compile("(?!)")
_DESIGNATION = re.compile(r"(?<![\w-])[^\W\d_]{5,}-\Z")
_DAY = re.compile(r"\d{1,2}")
_DASH = r"[-–—~]"
_PUNCTUATION = re.compile(r"[,:;.!?()]")
# the clause of a number: from the last comma or sentence end before it to the next one
_CLAUSE_EDGE = re.compile(r"[,;:!?。、，\n]|\.(?!\d)")


@cache
def _counted(code: str, spaced: bool) -> re.Pattern[str]:
    table = ARTICLE_TABLES.get(code, {})
    nouns, gap = table.get("not_counted", []), table.get("counted_gap", "")
    if not nouns:
        return _NEVER
    gaps = rf"(?:(?:{gap})\s+){{0,2}}" if gap and spaced else ""
    # (23ar) the quote may follow a space and open or close: 'au moins 19 "navires sombres"'
    return re.compile(r"^\s*[\"“”«»]?\s*" + gaps + words_pattern(nouns, spaced))


@cache
def _day_range(code: str, spaced: bool) -> re.Pattern[str]:
    joins = ARTICLE_TABLES.get(code, {}).get("day_range", [])
    if not joins:
        return _NEVER
    # "27 y el 28 de", "3. bis 5.", "3 au 5", "3 по 5", "3-5" (the month is matched after it;
    # an article before the second day is the table's: "y(?: el)?")
    return re.compile(rf"^\.?\s*(?:{_DASH}|{words_pattern(joins, spaced)})" + r"\s*\d{1,2}\.?\s*")


@cache
def _usual(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("usual", [])
    return re.compile(words_pattern(words, spaced)) if words else _NEVER


@cache
def _usual_near(code: str, spaced: bool) -> Nearby:
    return Nearby(ARTICLE_TABLES.get(code, {}).get("usual", []), spaced)


def told_as_usual(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the clause of the number at ``low[start:end]`` says what is usual (``usual``).

    Not a number after a definite word (``definite``: "the", "die", "les"): a group told
    before, no size in general ("Russia often relies on the 11,000 troops", 16ci).
    """
    if cues.definite.search(low, max(0, start - 12), start):
        return False
    if not _usual_near(cues.code, cues.spaced).within(low, max(0, start - 200), end + 200):
        return False  # (no usual word as far as the clause can reach: a guard, exact)
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(low, max(0, start - 200), start)]
    after = _CLAUSE_EDGE.search(low, end, end + 200)
    lo, hi = (edges[-1] if edges else max(0, start - 200)), (after.start() if after else end + 200)
    usual = _usual(cues.code, cues.spaced)
    if usual.search(low, lo, hi):
        return True
    # (16ci) the usual word alone between commas, right before the number's clause, is said of
    # it ("Северокорейская бригада, как правило, включает 2000–5000 военных")
    aside = low[edges[-2]:edges[-1] - 1].strip() if len(edges) >= 2 else ""
    return bool(aside) and usual.fullmatch(aside) is not None


@cache
def _day_number(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("day_number", [])
    if not words:
        return _NEVER
    # (the word right before the number: "Tag 1093", not "cada día, 480 de los cuales")
    return re.compile(words_pattern(words, spaced) + r"\s+\Z")


def counted_after(cues: Cues, low: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts a noun of ``not_counted`` (places, days ...)."""
    return bool(_counted(cues.code, cues.spaced).match(low[end:end + 60]))


def counts_no_subject(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` counts no subject of the story.

    Its noun counts places, trips or times, or it is a day of a range of dates, a day's
    number, part of a designation, or a size told as usual (module docstring).
    """
    after, before = low[end:end + 60], low[max(0, start - 20):start]
    if _counted(cues.code, cues.spaced).match(after):
        return True
    if before.endswith("-") and _DESIGNATION.search(before):
        return True  # (the designation's hyphen ends ``before``: a guard, exact)
    token = low[start:end]
    if _DAY.fullmatch(token):
        joined = _day_range(cues.code, cues.spaced).match(after)
        if joined and cues.month_first(after[joined.end():]):
            return True
    # (the day's word, then spaces: ``before`` ends with one, a guard, exact)
    return bool(before[-1:].isspace() and _day_number(cues.code, cues.spaced).search(before)
                and not people_follow(cues, low, end, ("troops", "children", "metric"))) or \
        told_as_usual(cues, low, start, end)


def people_follow(cues: Cues, low: str, end: int,
                  kinds: tuple[str, ...] = ("troops", "children")) -> bool:
    """Whether troops or children follow the number ending at ``end``.

    Three words at most between, no punctuation ("the day 300 soldiers died"; not "День 1093:
    КНДР отправила 12 000 военных"). ``kinds`` the cue groups looked for ("metric" too: a loss
    counted, "on that day 200 were killed").
    """
    after = low[end:end + 50]
    for kind in kinds:
        for _, rx in cues.groups[kind]:
            hit = rx.search(after)
            if hit and len(after[:hit.start()].split()) <= 3 and \
                    not _PUNCTUATION.search(after[:hit.start()]):
                return True
    return False
