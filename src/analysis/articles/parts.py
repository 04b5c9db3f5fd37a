"""A part of a count that is a count of its own (helper 16cg).

:func:`analysis.articles.rules.part_of_counted` drops a deployment told as a part of one its
sentence counted before ("12.000 militares, de los cuales 11.000 …", "of whom 500 officers"):
the part is no other deployment. Two parts are counts the ledger keeps
(:func:`part_counts`, called from ``reader._row``):

* **a part of a whole no figure counts** ("des troupes nord-coréennes, dont 12 000 …", "bis zu
  572 Millionen Dollar für den Einsatz nordkoreanischer Truppen, von denen derzeit etwa 12.000
  in Russland stationiert sind": the number before is money, a date or a year, no figure of
  the sentence) is the count of that whole, as :func:`~analysis.articles.rules.part_of_counted`
  says of an uncounted whole;
* **the part of a later wave already there** (the whole carries a word of
  ``ARTICLES["additional"]`` or ``ARTICLES["planned"]`` and the part's own clause a word of
  ``ARTICLES["already"]``: "6.000 militaires supplémentaires …, dont 1.000 seraient déjà
  arrivés", "6,000 soldados adicionales, entre los cuales ya se confirmaron 1,000 zapadores",
  "6.000 militares adicionales en Rusia, de los cuales 1.000 ya habrían llegado") counts the
  people of the wave already sent: an additional deployment of its own, beside the wave. Not
  a part telling what the wave is made of ("an additional 6,000 personnel …, including 1,000
  sappers", "шесть тысяч специалистов, в том числе тысячу саперов": the labelled rounds
  disagree on those, and the rule leaves them parts).

Two more kinds of part are no figure (helper 16cj, docs/articles.md "16cj"):

* **parts listed with their sum** (:func:`listed_with_sum`): numbers of one sentence followed
  by a word of ``ARTICLES["sum"]`` and their total ("100人、120人、合わせて約220人", "1,000
  sappers and 5,000 builders, 6,000 in all", "3.000 im Oktober und 8.000 im November,
  insgesamt 11.000", "공병 1000명과 건설 인력 5000명 등 총 6000명") are the total's breakdown,
  when they add up to it; a part of another event than the total's stays (the labels keep
  "300 killed and 2,700 wounded, 3,000 casualties in all": killed and wounded are figures of
  their own);
* **one member of a group** (:func:`member`, ``ARTICLES["member"]``, Korean and Japanese, where
  the counter makes "one" a number: "1人は…", "捕虜の1人は", "그중 1명은", "2명 중 1명은")
  names a person of a group counted before, no new figure, unless its own clause tells what
  happened to that member (died, was killed, wounded or captured).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Cues, Mention, words_pattern
from analysis.articles.rules import part_of_counted
from analysis.lang import ARTICLE_TABLES

__all__ = ["group_told", "listed_with_sum", "member", "part_counts"]

_NEVER = re.compile("(?!)")
_CLAUSE_END = re.compile(r"[,;:()!?。、，]|\.(?!\d)")


@cache
def _already(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("already", [])
    return re.compile(words_pattern(words, spaced)) if words else _NEVER


def _wholes(cues: Cues, low: str, s0: int, start: int) -> list[tuple[int, int]]:
    """Return the figure numbers of the sentence before ``start`` (no money, date or year)."""
    from analysis.articles.candidates import is_not_a_figure  # (imports this module)

    return [(m.start() + s0, m.end() + s0) for m in cues.number.finditer(low[s0:start])
            if not is_not_a_figure(cues, low, m.start() + s0, m.end() + s0)]


def part_counts(cues: Cues, low: str, where: tuple, here: dict[str, list[Mention]]) -> str:
    """Return the metric a deployment number keeps, ``""`` when it is a part and no figure.

    ``where``: the reader's candidate and its sentence's start and end; ``here``: the
    sentence's mentions. A number that is no part of a counted deployment stays
    ``deployed``.
    """
    c, s0, s1 = where
    start, end = c.start, c.end
    if not part_of_counted(cues, low, s0, start):
        return "deployed"
    before = _wholes(cues, low, s0, start)
    if not before:
        return "deployed"  # a whole no figure counts ("Truppen, von denen etwa 12.000")
    whole = before[-1]
    if any(0 <= m.start - end <= 2 for m in here["additional"]):
        return "additional_deployed"  # (30ab) "14,000 troops, including 3,000 reinforcements"
    later = [m for m in here["additional"] + here["planned"]
             if whole[0] - 25 <= m.start and m.end <= start]
    # the part's own clause: from the last clause mark before it to the first after it
    lo = max([whole[1]] + [m.end() for m in _CLAUSE_END.finditer(low, whole[1], start)])
    stop = _CLAUSE_END.search(low, end, s1)
    there = _already(cues.code, cues.spaced).search(low, lo, stop.start() if stop else s1)
    return "additional_deployed" if later and there else ""


_FINER = frozenset({"killed", "wounded", "captured", "died_in_captivity"})
"""Metrics of a part that stays beside a total of another metric (killed of casualties)."""
_SENDING = frozenset({"deployed", "additional_deployed"})
_SUM_GAP = r"[\s:：,、]*(?:で|は|の)?\s*$"


@cache
def _sum_words(code: str, spaced: bool) -> tuple[re.Pattern[str], ...]:
    """Compile the sum words of a language.

    Those right before a total (to ``$``), right after it, and the words of what a whole is
    made of between it and its parts (both from ``^``).
    """
    table = ARTICLE_TABLES.get(code, {}).get("sum", {})
    before, after = table.get("before", []), table.get("after", [])
    made_of = table.get("made_of", [])
    word = r"(?:\s+[^\W\d_]+){0,3}?\s*" if spaced else r"[^\W\d_]{0,6}?\s*"
    return (re.compile(words_pattern(before, spaced) + _SUM_GAP) if before else _NEVER,
            re.compile(word + words_pattern(after, spaced)) if after else _NEVER,
            re.compile(r"[^\d.;:!?]{0,30}?" + words_pattern(made_of, spaced) + r"[^\d.;]{0,25}$")
            if made_of else _NEVER)


def sum_before(code: str, spaced: bool) -> re.Pattern[str]:
    """Return the words right before a total (``ARTICLES["sum"]["before"]``), up to ``$``."""
    return _sum_words(code, spaced)[0]


def _add_up(rows: list[dict], j: int, steps: range, drop: set[int]) -> list[int]:
    """Return the parts of total ``rows[j]``, none if they do not add up to it.

    The rows of its sentence taken in ``steps`` (nearest first) while their sum stays within
    1.2 times it, if there are two or more and they reach 0.8 times it.
    """
    total = rows[j]
    parts, added = [], 0.0
    for i in steps:
        r = rows[i]
        if r["sentence"] != total["sentence"] or r["status"] != "ok" or \
                not r["best"] > 0 or added + r["best"] > 1.2 * total["best"] or i in drop:
            break
        parts.append(i)
        added += r["best"]
    return parts if len(parts) >= 2 and added >= 0.8 * total["best"] else []


def _summed(rows: list[dict], low: str, code: str, spaced: bool) -> tuple[set[int], dict]:
    """Return the parts to drop and the totals to give the losses' metric (row indices)."""
    before, after, made_of = _sum_words(code, spaced)
    drop: set[int] = set()
    losses: dict[int, str] = {}
    for j, total in enumerate(rows):
        if total["status"] != "ok" or not total["best"] > 0 or j in drop:
            continue
        # the parts: the numbers right before the total, nearest first, while their sum stays
        # within the total ("300 killed, 2,700 wounded, 3,000 in all"; not the 11,000 sent
        # told before them in the sentence); or right after a whole and a word of what it is
        # made of ("6,000 troops, consisting of 1,000 sappers and 5,000 builders")
        parts = []
        if j >= 2 and (
                before.search(low, max(rows[j - 1]["end"], total["start"] - 40), total["start"])
                or after.match(low, total["end"], min(len(low), total["end"] + 40))):
            parts = _add_up(rows, j, range(j - 1, -1, -1), drop)
        if not parts and j + 2 < len(rows) and made_of.match(low, total["end"],
                                                             rows[j + 1]["start"]):
            parts = _add_up(rows, j, range(j + 1, len(rows)), drop)
        if not parts:
            continue
        metric = total["metric"]
        finer = {rows[i]["metric"] for i in parts} & _FINER
        if metric in _SENDING and finer:
            # a total with no event of its own is the sum of its parts' events: of one event
            # ("200 wounded … and 150 on Tuesday, altogether 350") it is that event, of two
            # ("погибли … получили ранения, всего 3000") the casualties
            metric = finer.pop() if len(finer) == 1 else "killed_or_wounded"
            losses[j] = metric
        drop.update(i for i in parts if rows[i]["metric"] not in _FINER
                    or rows[i]["metric"] == metric)
    return drop, losses


def listed_with_sum(rows: list[dict], low: str, code: str, spaced: bool) -> list[dict]:
    """Drop the parts told before their sum in one sentence (``ARTICLES["sum"]``).

    Two or more numbers of a sentence right before a sum word and a number ("前日に100人、同日に
    120人、合わせて約220人", "1 000 démineurs et 5 000 constructeurs, soit 6 000 au total"), or
    before a number and a sum word after it ("6,000 in all"), are that total's parts when they
    add up to it (0.8 to 1.2 times it): the parts of the total's metric, or of none of their own
    (a sending), are no figures; a part of another event stays (killed, wounded, captured of a
    total of casualties), and a total of such parts the reader took for a sending is their
    casualties.
    """
    if not ARTICLE_TABLES.get(code, {}).get("sum"):
        return rows
    order = sorted(range(len(rows)), key=lambda i: rows[i]["start"])
    ordered = [rows[i] for i in order]
    drop, losses = _summed(ordered, low, code, spaced)
    if not drop and not losses:
        return rows
    drop = {order[k] for k in drop}
    losses = {order[k]: metric for k, metric in losses.items()}
    return [dict(row, metric=losses[i], subject="north_korean_troops") if i in losses else row
            for i, row in enumerate(rows) if i not in drop]


_MEMBER_EVENTS = frozenset({"killed", "wounded", "killed_or_wounded", "captured",
                            "died_in_captivity"})


@cache
def _member(code: str) -> tuple[re.Pattern[str], ...]:
    table = ARTICLE_TABLES.get(code, {}).get("member", {})
    if not table:
        return _NEVER, _NEVER, _NEVER, _NEVER
    only = table.get("only")
    return (re.compile("(?:" + "|".join(table["before"]) + r")\s*$"),
            re.compile("(?:" + "|".join(table["one"]) + ")"),
            re.compile("(?:" + "|".join(table["after"]) + ")"),
            re.compile("(?:" + "|".join(only) + ")") if only else _NEVER)


def member(cues: Cues, low: str, span: tuple[int, int, int, int],
           here: dict[str, list[Mention]]) -> bool:
    """Whether the number at ``low[start:end]`` is one member of a group counted before.

    ``span``: the number's start and end and its sentence's start and end.
    ``ARTICLES["member"]`` gives what opens the member, the forms of one and the topic
    particle after it: "1人はロシア軍の身分証明書を携行", "捕虜の1人は、…と説明した",
    "그중 1명은 …", "2명 중 1명은 …" name no new figure, unless a word of a loss or a
    capture follows the number in its sentence ("うち1人は…死亡した": the member's own
    event). A word of "only" right after the one (``["member"]["only"]``, 30ac: "1人だけが",
    "1人のみが", "한 명만") restricts a group told before with no opener needed.
    """
    start, end, s0, s1 = span
    before, one, after, only = _member(cues.code)
    if before is _NEVER or not one.fullmatch(low, start, end):
        return False
    alone = only.match(low, end)
    if not alone and (not after.match(low, end) or
                      not before.search(low, max(s0, start - 12), start) and start != s0):
        return False
    return not any(m.value in _MEMBER_EVENTS and end <= m.start < s1 for m in here["metric"])


@cache
def _group_told(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES.get(code, {}).get("group_parts")
    if not table:
        return None
    kind = "(?:" + "|".join(table["kind"]) + ")"
    link = "(?:" + "|".join(table["link"]) + ")"
    part = rf"{kind}\s?(?:\d+|[一二三四五六七八九十]+|한|두|세)\s?{table['counter']}\s?{link}\s?"
    return (re.compile(rf"(?:{'|'.join(table['group'])}){table['topic']}\s?({part})*{kind}\s?\Z"),
            re.compile(rf"\s?{table['counter']}?\s?{link}\s?{kind}"))


def group_told(code: str, low: str, span: tuple[int, int], s0: int) -> bool:
    """Whether the number at ``span`` is a part of a group told with the group (25au).

    Korean and Japanese (``ARTICLES["group_parts"]``): the group as the topic, then two parts
    or more by kind, "負傷者は将校2人と女性1人で", "부상자는 장교 2명과 여성 1명으로" (the three
    wounded counted before: two officers and a woman); not the group's own count ("死者は
    500人", "死傷者は兵士500人で": one kind alone, no part beside it).
    """
    told = _group_told(code)
    if told is None:
        return False
    before, then = told
    found = before.search(low, max(s0, span[0] - 40), span[0])
    return found is not None and (found.group(1) is not None or
                                  then.match(low, span[1]) is not None)
