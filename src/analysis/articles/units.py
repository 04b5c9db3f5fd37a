"""Losses told as the size of a unit: "lost up to a battalion" (issue 16, session 26aw).

Zelensky's "the Russian army lost up to a battalion of North Korean infantry" (Makhnovka,
January 2025) was retold in every language: "bis zu einem Bataillon", "близько батальйону",
"1개 대대가 전멸", "1個大隊規模の北朝鮮兵が戦死". The labelled rounds read it as a figure with no
number (``best: .nan``; the codebook: a unit size is no quantity, "unparsed"), its metric the
loss word: 9 rounds label it, one lists it as a negative. The unit phrases are the language's
``ARTICLES["unit_size"]``: a battalion with a size word or an article ("up to a", "ein",
"близько", "1개", "1個"), never a unit's name ("the Buryat battalion") or its officer ("a
battalion commander"). ``ARTICLES["wiped_out"]``: the words saying a unit was destroyed
("전멸", "全滅"), read as killed or wounded (most rounds label them so).
"""

from __future__ import annotations

from analysis.articles.candidates import Candidate
from analysis.articles.cues import Mention

LOSSES = ("killed_or_wounded", "killed", "wounded")
"""The metrics a unit's size can count."""

UNIT_CUE = "metric: 'a unit's size, "
"""How the ``why`` of such a row opens (``repeats.sized``)."""

_REACH = 90  # (the loss word within a clause of the unit: "lost … up to a battalion")
_BESIDE = 30  # (a number by the unit: "lost 300 men, a battalion")
_CLAUSE = (".", ";", "\n", "?", "!", "。")


def unit_losses(here: dict[str, list[Mention]], numbered: list[Candidate], low: str,
                text: str, index: int) -> list[Candidate]:
    """Return the loss told as a unit's size in one sentence (none counted by number by it).

    The loss word nearest the unit phrase, in its sentence and within ``_REACH`` characters
    with no clause end or other number between them, gives the metric; a unit "wiped out"
    lost its men killed or wounded.
    """
    if not here["unit_size"]:
        return []
    words = [(m, m.value) for m in here["metric"] if m.value in LOSSES] + [
        (m, "killed_or_wounded") for m in here["wiped_out"]]
    for unit in here["unit_size"]:
        near = [(max(m.start - unit.end, unit.start - m.end, 0), m, metric)
                for m, metric in words if _joined(unit, m, low)]
        # (a loss counted by number by the unit tells its size: "lost 300 men, a battalion")
        if near and not any(c.metric in LOSSES and max(c.start - unit.end, unit.start - c.end)
                            <= _BESIDE for c in numbered):
            _, cue, metric = min(near, key=lambda x: x[0])
            return [Candidate(unit.start, unit.end, text[unit.start:unit.end], index, metric,
                              "a unit's size, " + low[cue.start:cue.end], numbered=False,
                              sized=True)]
    return []


def _joined(unit: Mention, cue: Mention, low: str) -> bool:
    lo, hi = min(unit.end, cue.end), max(unit.start, cue.start)
    between = low[lo:hi] if lo < hi else ""
    return len(between) <= _REACH and not any(c in between for c in _CLAUSE) and not any(
        ch.isdigit() for ch in between)
