"""North Korea's leader as the subject of a clause another source reports (25ar, session 25).

"Budanow gab bekannt, dass Kim Jong-un Moskau bereits mindestens 120 dieser Koksan-Haubitzen
… bereitgestellt hat", "Budanov said Kim Jong Un has provided …", "Zelensky a déclaré que
Kim Jong-un avait envoyé …": a name right after a speech verb is the subject of the clause
the verb reports when another source stands right before the same verb as its subject
(languages that write the subject first: the tables' ``spaced`` languages). The verb is that
source's; the leader only acts in what it reports. "laut Budanow", "according to Kim Jong
Un" (no source before the word) and "Kim Jong Un said" (the word after the leader) keep
their reading.
"""

from __future__ import annotations

import re

from analysis.articles.claimants import ACTOR
from analysis.articles.cues import Mention

__all__ = ["owned_verbs"]

_BEFORE = 12  # characters between the speaking source and its verb ("Budanow gab bekannt")
_BEFORE_THAT = 45
"""(25au) With "that" after the verb, an adverbial may stand between the source and its verb:
"Сергей Шойгу по итогам визита в КНДР сообщил, что Ким Чен Ын принял решение направить …"."""
_THAT = re.compile(r",?\s*(?:что|що|that|dass|que|qu['’])(?!\w)")


def owned_verbs(claimants: list[Mention], attribution: list[Mention], low: str,
                spaced: bool) -> dict[Mention, int]:
    """Return the attribution words another source than North Korea speaks as subject.

    Only where the sentence names North Korea and another source, in a language that
    writes the subject first; a sentence's end or a clause's colon between the source and
    the word makes the word no longer its. Each word maps to where its source ends: North
    Korea named between them ("Шойгу по итогам визита в КНДР сообщил, что …", 25au) only
    stands in the adverbial, no speaker of the word either.
    """
    if not spaced or not attribution or not any(m.value == ACTOR for m in claimants):
        return {}
    others = [m for m in claimants if m.value != ACTOR]
    owned: dict[Mention, int] = {}
    for a in attribution:
        that = _THAT.match(low, a.end) is not None
        ends = [o.end for o in others if 0 <= a.start - o.end <= _BEFORE and not any(
            ch in low[o.end:a.start] for ch in ".;:") or that and 0 <= a.start - o.end <=
            _BEFORE_THAT and not any(ch in low[o.end:a.start] for ch in ".;:,")]
        if ends:
            owned[a] = min(ends)
    return owned

