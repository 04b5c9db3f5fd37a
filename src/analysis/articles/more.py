"""More of the people just counted: a number with a word of "more" and no cue (helper 16cg).

Reporters count a later wave by the word of "more" alone once the deployment is told: "12
тисяч приїхало … Вони можуть привезти ще 30-40 тисяч", "casi 11,000 soldados norcoreanos ya
están en Rusia, y se esperan 2,600 más", "만 2천 명 정도의 북한군이 … 있는 것으로 식별됐고
2,500여 명씩 추가로 들어오고 있다". The troops noun and the word of arrival were the first
number's (each cue pairs once, ``reader.assign_metrics``), so the second is left with no cue.
A number no cue took with a word of ``ARTICLES["additional"]`` joined to it (right before or
right after it, a space or nothing between: "ще 30-40 тисяч", "2,600 más", "2,500여 명씩
추가로") is an additional deployment when the article counted a deployment in its sentence
before it (in digits) or in the two sentences before in its paragraph (:func:`recent`); not
"А могут и 500" (no such word), nor a part of a breakdown ("10 тыс. человек – это обычные
войска, еще 1 тыс. – инженерные": a word of ``ARTICLES["excluded"]`` in the sentence), nor
a number of another metric ("another 2,700 wounded" has its cue), nor one whose noun is no
troops word ("Украина мобилизовала еще 30 тысяч резервистов", in languages that space words:
:func:`_other_noun`). The side and the exclusions
of the row still apply (``reader._row``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.articles.cues import Mention

__all__ = ["more_of_them", "noted", "recent"]

_SENDING = ("deployed", "additional_deployed")
_JOINED = 2
"""Characters at most between the number and its word of "more" (a space, a particle)."""


def _joined(low: str, lo: int, hi: int, spaced: bool) -> bool:
    """Whether nothing but a space (or, in Korean and Japanese, a particle) parts two spans."""
    between = low[lo:hi]
    return 0 <= hi - lo <= _JOINED and (not between.strip() or not spaced and not any(
        ch in ",;:()、，。" or ch.isdigit() for ch in between))


_NOUN = re.compile(r"\s+([^\W\d_]{5,})")
"""A word of five letters or more right after the number and its word of "more": a noun."""


def _other_noun(low: str, end: int, ours: list[Mention]) -> bool:
    """Whether a noun that is no troops or metric word follows the number and its "more".

    "еще 30 тысяч резервистов", "50,000 more reservists", "50.000 weitere Reservisten": another
    group's people (rv14). Short words ("3,000 more are expected", "2,600 más en la región") and
    the end of the clause leave the number the wave's, and so do the words of the story
    ("2 600 autres attendus", "ещё 5 тысяч прибудут": a word of arrival, ``ours``).
    """
    noun = _NOUN.match(low, end)
    return bool(noun) and not any(t.start <= noun.start(1) < t.end for t in ours)


def more_of_them(mine: list, here: dict[str, list[Mention]], low: str,
                 context: tuple[bool, bool]) -> list:
    """Give ``additional_deployed`` to the uncued numbers of a sentence joined to "more".

    ``mine``: the sentence's candidates after their metrics; ``context``: whether a deployment
    was counted in the two sentences before, in the same paragraph, and whether the language
    writes spaces between words ("2,500여 명씩 추가로": a particle may part them).
    """
    recent, spaced = context
    if here["excluded"]:
        return mine  # (a breakdown, "10 тыс. – это обычные войска, еще 1 тыс. – инженерные")
    out = list(mine)
    for i, c in enumerate(out):
        # (a deployment counted in digits: not the article of "un défilé militaire")
        counted = recent or any(o.metric in _SENDING and any(ch.isdigit() for ch in o.text)
                                for o in out[:i])
        if c.metric or not counted:
            continue
        words = [m for m in here["additional"] if c.start <= m.start and m.end <= c.end
                 or _joined(low, m.end, c.start, spaced) or _joined(low, c.end, m.start, spaced)]
        if words and not (spaced and _other_noun(low, max([c.end] + [m.end for m in words]),
                                                 here["troops"] + here["metric"])):
            out[i] = replace(c, metric="additional_deployed", cue="(more of them)")
    return out


def recent(sent: list[int], index: int, sentences: list[tuple[int, int]], low: str) -> bool:
    """Whether one of the two sentences before ``index`` in its paragraph counted a sending.

    ``sent``: the indices of the sentences that gave a deployment row (:func:`noted`).
    """
    s0 = sentences[index][0]
    return any(index - 2 <= i < index and "\n" not in low[sentences[i][1]:s0] for i in sent)


def noted(rows: list[dict], sent: list[int], index: int) -> list[dict]:
    """Return a sentence's ``rows``, noting in ``sent`` that sentence ``index`` sent troops."""
    if any(r["metric"] in _SENDING for r in rows):
        sent.append(index)
    return rows
