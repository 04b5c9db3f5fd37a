"""Word order and quotations the reader needs beyond its cue tables (helper 16kj).

Small tests of the reader (:mod:`analysis.articles.reader`) that a table of words cannot
express, found on Korean and Japanese text and written for every language where the form
exists:

* in a language written without spaces the noun comes before its number ("북한군 1만 1천
  명이", "アフマトの兵士8人"): the side named right before a count is the side counted, and
  North Korean troops named right before a count of people make it a deployment;
* a group a later clause breaks down into a share ("… 1만 1천 명이 … 사용되고 있다"면서 "…
  이 가운데 3분의 1 정도가 부상 또는 사망했다") takes no loss of that share;
* a name quoted by the speaker is not the speaker ("군 관계자는 … "김정은의 러시아 방문 직전인
  …"고 말했습니다", "国防部は…「ホワイトハウスが公表した…」とし、「…」と明らかにした"), while a
  name in quotation marks alone («Рёнхап», 「アフマト」) is no quotation;
* a name that only says whose the troops are ("Kim Jong Un's troops", "soldats de Kim
  Jong-un") is no source, and a pronoun right before a death word ("он скончался") stands
  for the captive (16ru).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from analysis.articles.cues import Cues, Mention
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES

__all__ = ["broken_down", "captive_pronoun", "north_koreans_before", "outside_quotes", "owner_only",
           "quote_of", "side_before"]

_QUOTE = re.compile(r"[\"“”«»「」『』]")
_NAME_QUOTED = re.compile(r"[\"“«「『][^\"“”«»「」『』]{1,20}[\"”»」』]")
_POSSESSIVE = re.compile(r"^(?:の|의)\s?")


def quote_of(low: str, s0: int, at: int) -> int | None:
    """Return where the quotation holding ``at`` opens (in the paragraph of ``s0``).

    A quotation may hold several sentences of its paragraph; a name in quotation marks
    («Рёнхап», 「アフマト」, '밀리타르니': at most two words and 20 characters) is no quotation.
    """
    opened: list[int] = []
    i = low.rfind("\n", 0, s0) + 1
    # (from one quotation mark to the next: the characters between change nothing)
    while (mark := _QUOTE.search(low, i, at)) is not None:
        i = mark.start()
        name = _NAME_QUOTED.match(low, i)
        if name and len(name.group().split()) <= 2:
            i = min(name.end(), at)
            continue
        if low[i] in "“«「『" or low[i] == '"' and not (opened and low[opened[-1]] == '"'):
            opened.append(i)
        elif low[i] in "”»」』\"" and opened:
            opened.pop()
        i += 1
    return opened[0] if opened else None


def outside_quotes(mentions: list[Mention], low: str, s0: int, at: int | None = None
                   ) -> list[Mention]:
    """Return the names outside quotation marks when the sentence (from ``s0``) has some.

    With ``at`` (a figure), the names of the quotation holding it are kept too: a name
    quoted elsewhere by the speaker is not the figure's source ("国防部は…「ホワイトハウスが
    公表した…」とし、「…砲弾数十万発に相当…」と明らかにした"). The list itself is returned when
    no name is set aside.
    """
    if not mentions or not _QUOTE.search(low, s0, max([m.end for m in mentions] + [at or 0])) \
            or not any(quote_of(low, s0, m.start) is None for m in mentions):
        return mentions
    mine = quote_of(low, s0, at) if at is not None else None
    out = [m for m in mentions if quote_of(low, s0, m.start) in (None, mine)]
    return out if len(out) < len(mentions) else mentions


def broken_down(cues: Cues, low: str, end: int, metrics: list[Mention],
                events: Sequence[str]) -> bool:
    """Whether a later clause breaks the number ending at ``end`` down into a share.

    ``ARTICLES["breakdown_next"]`` between the number and an event cue, a share after it (the
    figure words' ``fraction``): "북한군 1만 1천 명이 … 사용되고 있다"면서 "… 이 가운데 3분의
    1 정도가 부상 또는 사망했다" (the loss is the share's). Not right after the number ("3,000
    of them were killed" is the part), not after the number's own event cue ("rund 4.700 Opfer
    habe es darunter gegeben", "1万1千人のうち4千人が死傷し、…このうち約3分の1が戦死"), not a
    count ("dont six officiers, ont été tués" is the twenty's loss).
    """
    after = [m.start for m in metrics if m.value in events and m.start > end]
    found = after and cues.groups["breakdown_next"][0][1].search(low, end, max(after))
    return bool(found) and found.start() - end > 12 and min(after) > found.start() and \
        _fraction(cues.code).search(low, found.end(), found.end() + 20) is not None


@cache
def _fraction(code: str) -> re.Pattern[str]:
    return re.compile("|".join(FIGURE_TABLES[code].get("fraction", []) or ["(?!)"]))


def north_koreans_before(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether North Korean troops are named right before a count of people (no spaces).

    "북한군 1만 1천 명이 러시아에 의해 사용되고", "北朝鮮兵1万1000人が": a deployment, as
    "11,000 North Korean troops" is in a language that writes the noun after the number.
    """
    if cues.spaced or not cues.people.search(low, start, end):
        return False
    before = low[max(0, start - 12):start].rstrip()
    return any(not before[m.end():].strip() or cues.groups["troops"][0][1].fullmatch(
        before[m.end():].strip()) for m in cues.groups["north_korea"][0][1].finditer(before))


def side_before(cues: Cues, sides: list[Mention], low: str, start: int) -> str | None:
    """Return the side named right before a number in a language without spaces.

    "アフマトの兵士8人が死亡" (the Chechen unit: the other side), "러시아군 1만 명", "ウクライナで
    負傷したロシア兵数百人が北朝鮮で治療" (Russians treated, as "18 Russians"): the nearest side
    before, with at most a possessive and a troops noun between.
    """
    near = max((m for m in sides if m.end <= start), key=lambda m: m.end, default=None)
    if cues.spaced or near is None:
        return None
    gap = _POSSESSIVE.sub("", low[near.end:start].strip())
    return near.kind if not gap or cues.groups["troops"][0][1].fullmatch(gap) else None


_OF = re.compile(r"\s*(?:(?:of|de|d'|d’|du|des|von|der)\s*)?")
_OWNS = re.compile(r"['’]s?\s+(?:\w+\s+)?$")


def owner_only(m: Mention, troops: list[Mention], low: str) -> bool:
    """Whether a name only says whose the troops are ("Kim Jong Un's troops").

    "soldats de Kim Jong-un", "солдат Ким Чен Ына": the name is no source of the figure.
    """
    i = bisect_right([t.start for t in troops], m.start)
    before = troops[i - 1] if i else None
    after = troops[i] if i < len(troops) else None
    # (a troops word glued to the name is part of another name: "韓国軍合同参謀本部")
    return bool(before and before.end < m.start and _OF.fullmatch(low[before.end:m.start])) \
        or bool(after and m.end <= after.start and _OWNS.fullmatch(low[m.end:after.start]))


@cache
def _pronoun_before(code: str) -> re.Pattern[str] | None:
    words = ARTICLE_TABLES[code].get("captive_pronoun", ())
    # (opening the text, a sentence or a "that" clause, "стало известно, что он скончался": not
    # after a clause with a subject of its own, "Командир … был тяжело ранен, он скончался", 16rv)
    return re.compile(r"(?:^|[.!?]\s+|\b(?:что|що|як|как)\s+)(" + "|".join(words)
                      + r")\s+(?:\w+\s+){0,2}$") if words else None


def captive_pronoun(code: str, low: str, cue: int) -> list[Mention]:
    """Return the pronoun subject right before a death word ("он скончался", "він помер")."""
    rx = _pronoun_before(code)
    # (``search`` with a start: "^" is the text's own start, "$" the death word)
    hit = rx.search(low, max(0, cue - 60), cue) if rx else None
    return [Mention(hit.start(1), hit.end(1), "troops", "pronoun")] if hit else []


_BRACKET = re.compile(r"\s?\([^)]{1,40}\)")


def bracketed(low: str, start: int, end: int) -> int:
    """Return the length of a bracket right after a name ("우크라이나 정보당국(SBU)과의 … 공조")."""
    hit = _BRACKET.match(low, start, end)
    return hit.end() - start if hit else 0
