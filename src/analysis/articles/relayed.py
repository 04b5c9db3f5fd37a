"""Information relayed with its origin named (16ca).

A lawmaker, an outlet or a speaker often hands on information and says where it came from:
"information he obtained from Ukraine's defence ministry", "data provided by the DIA to
lawmaker Kang", "selon des informations transmises par le SBU", "según datos entregados por
la inteligencia", "данные, полученные от ГУР", "опирается на информацию NIS",
"국방정보본부에서 제출받은 자료", "ウクライナ国防省の高官から得た情報". The source so named is
the origin of the figures (``ARTICLES["relayed_from"]`` of :mod:`analysis.lang`, every
language at once, as ``others``):

* in its own sentence it wins over the other names (the relaying outlet or speaker) and a
  lawmaker there relays it, not the default briefing (the NIS) of
  :meth:`~analysis.articles.claimants.Claimants.resolve`;
* a lawmaker named in the two sentences before or after it relays it too ("韓国の国会議員は…
  情報を明らかにしました。公表したのは…ユ・ヨンウォン氏で、ウクライナ国防省の高官から得た情報
  だということです。"): :func:`briefings` gives it to the lawmaker's sentence as a mention of
  kind ``origin``.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Mention
from analysis.lang import ARTICLE_TABLES

__all__ = ["briefings", "origins"]

_REACH = 90
"""How many characters before a name its "information obtained from" words may start."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def words(where: str) -> str:
        found = sorted({w for table in ARTICLE_TABLES.values()
                        for w in table.get("relayed_from", {}).get(where, [])})
        return "|".join(found) or "(?!)"

    # before the name: the words, then at most two words ("from the", "by Ukraine's")
    return (re.compile(r"(?<!\w)(?:" + words("before") + r")\s+(?:\S+\s+){0,2}$"),
            re.compile(r"\s?(?:" + words("after") + ")"))


def origins(mentions: list[Mention], low: str) -> list[Mention]:
    """Return the claimant ``mentions`` named as the origin of relayed information."""
    before, after = _patterns()
    return [m for m in mentions if m.kind == "claimant" and (
        before.search(low, max(0, m.start - _REACH), m.start) or after.match(low, m.end))]


def briefings(inside: dict[str, dict[int, list[Mention]]], low: str, count: int
              ) -> list[list[Mention]]:
    """Return, for each of ``count`` sentences naming a lawmaker, what he may relay.

    The intelligence words of the sentence and the two around it ("Об этом заявил член
    парламента … Ли выступил после закрытого брифинга NIS"), and the origins named there
    (kind ``origin``); nothing for a sentence naming no lawmaker.
    """
    named = {j: origins(ms, low) for j, ms in inside["claimant"].items()}
    return [[m for j in range(i - 2, i + 3) for m in inside["intelligence"].get(j, [])] + [
        Mention(o.start, o.end, "origin", o.value) for j in range(i - 2, i + 3)
        for o in named.get(j, [])] if i in inside["relay"] else [] for i in range(count)]
