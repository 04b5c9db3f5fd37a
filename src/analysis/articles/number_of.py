"""A count told after "the number of" North Korean troops or their losses (helper 16cd).

Called from :func:`analysis.articles.reader.assign_metrics` for a number that no metric cue took,
on the lower-cased text, with the words of the article tables (``lang/<code>.py``,
``ARTICLES["number_of"]``: ``subject``, the nouns of a count, "number", "Zahl", "nombre",
"número", "число", "кількість", "규모가", "数は"; ``verb``, the copula or verb of amount that
puts the count after it, "is", "stands at", "liegt bei", "s'élève à", "asciende a",
"составляет", "становить"):

* **troops named before their number** ("11,000 North Korean troops", "북한군 1만 1천 명이"):
  a deployment (:func:`analysis.articles.rules.troops_follow`,
  :func:`analysis.articles.rules.engineers_before`,
  :func:`analysis.articles.order.north_koreans_before`);
* **the number of X is N**: the count right after the verb of amount takes the metric of its
  subject, the words between the noun of the count and the verb ("The number of North Korean
  soldiers in Russia is 12,000": deployed; "die Zahl der getöteten nordkoreanischen Soldaten
  liegt bei 2.000": killed; "북한군 사상자 수가 4000명": killed and wounded). North Korea must be
  the first side named there ("the number of Russian soldiers killed is 47,000": none); a loss
  word names the loss, else a troops noun the deployment; nothing else counts (visitors,
  workers, shells fired: none). In Korean and Japanese the noun of the count carries its
  particle and stands right before the number ("규모가 최소 1만 1천 명", "死傷者数が4000人").
* **counters** (32ar): a number with a counter of rounds or guns ("約1000万発", "100만 발") counts
  materiel whatever troops are near (:func:`counter_fits`, :func:`things_counted`), and a part
  of such a count ("ミサイル3発のうち1発") is a share, no figure.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles import order, rules
from analysis.articles.cues import Cues, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["counter_fits", "subject_near", "things_counted", "told_count", "uncued"]

_NEVER = re.compile("(?!)")
_REACH = {True: 160, False: 40}
"""Characters at most between the noun of the count and the number (with spaces and
without)."""
_SENTENCE_END = re.compile(r"[;!?。\n]|\.(?!\d)")
_INCREASE = re.compile(r"(?:by|um|на)\s")
"""The word of an increase, right before a count or leading it ("has risen by about 2,000")."""
_INCREASE_LEAD = re.compile(r"(?:[^\W\d]+\s){1,2}(?:by|um|на)\s")
"""A figure that starts with its verb of increase (D84.2 reads "risen by about 2,000" whole, as
"rose by": the verb and its "by" open the figure's text)."""
_LOSSES = ("killed_or_wounded", "killed", "wounded", "captured", "died_in_captivity")


@cache
def _words(code: str, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = ARTICLE_TABLES.get(code, {}).get("number_of", {})
    subject, verb = table.get("subject", []), table.get("verb", [])
    if not subject:
        return _NEVER, _NEVER
    # (the verb ends right at the number; a language without one ends with the subject's
    # particle, "규모가 ", "数は")
    tail = words_pattern(verb, spaced) + r"\s*\Z" if verb else r"\Z"
    return re.compile(words_pattern(subject, spaced)), re.compile(tail)


def told_count(cues: Cues, low: str, start: int, events: tuple[str, ...]) -> str:
    """Return the metric of the count starting at ``start`` told as "the number of X", or "".

    ``events`` are the reader's event metrics (only the losses among them name one here).
    """
    subject_rx, verb_rx = _words(cues.code, cues.spaced)
    lo = max(0, start - _REACH[cues.spaced])
    verb = verb_rx.search(low, lo, start)
    # (a qualifier that is itself a verb of amount needs no other: "el total de efectivos
    # norcoreanos … supera los 14.000", "es de entre 10.000 y 12.000")
    # (not an increase: "has risen by about 2,000", "um 1.500", "на 1500")
    at = verb.start() if verb else start if low[start:start + 1].isalpha() and \
        not _increase(low, start) else -1
    heads = [m for m in subject_rx.finditer(low, lo, at if cues.spaced else start)
             if cues.spaced or not low[m.end():start].strip()] if at >= 0 else []
    if not heads:
        return ""
    # (spaced: "the number of X is"; Korean, Japanese: "X 병력은", the words before and the
    # noun itself)
    head = heads[-1]
    a, b = (head.end(), at) if cues.spaced else (lo, head.end())
    ends = [m.end() for m in _SENTENCE_END.finditer(low, a, b)]
    a = ends[-1] if ends else a
    if _SENTENCE_END.search(low, head.end(), at):
        return ""
    return _metric_of(cues, low, a, b, events)


def _increase(low: str, start: int) -> bool:
    return bool(_INCREASE.match(low, start) or _INCREASE_LEAD.match(low, start) or any(
        _INCREASE.fullmatch(low, k, start) for k in range(max(0, start - 4), start)))


def _metric_of(cues: Cues, low: str, a: int, b: int, events: tuple[str, ...]) -> str:
    nk = cues.groups["north_korea"][0][1].search(low, a, b)
    other = cues.groups["other_side"][0][1].search(low, a, b)
    if nk is None or (other is not None and other.start() < nk.start()):
        return ""
    # (the first loss named, the longest there: "tués ou blessés" is killed or wounded)
    losses = [(hit.start(), -hit.end(), value) for value, rx in cues.groups["metric"]
              if value in _LOSSES and value in events and (hit := rx.search(low, a, b))]
    if losses:
        return min(losses)[2]
    return "deployed" if cues.groups["troops"][0][1].search(low, a, b) else ""


def uncued(cues: Cues, low: str, span: tuple[int, int],
           events: tuple[str, ...]) -> tuple[str, str] | None:
    """Return the metric and cue of a number no metric cue took, or ``None`` (module docstring).

    (32ar) The metric is empty for a share of things counted ("3発のうち1発"): no figure, and
    no cue near it is looked for.
    """
    start, end = span
    # (32ar) a number with a counter of things ("約1000万発", "100만 발", "148発") counts
    # shells or guns, whatever troops noun is near ("152ミリ弾換算で約1000万発分量"); a part
    # of them is a share, no figure at all ("ミサイル3発のうち1発は北朝鮮製")
    things = things_counted(cues, low, span)
    if things and cues.part_of.search(low, max(0, start - 12), start):
        return "", "share"
    if rules.troops_follow(cues, low, end) or rules.engineers_before(cues, low, start) or \
            order.north_koreans_before(cues, low, start, end):
        return ("materiel_sent", "counter") if things else ("deployed", "troops")
    told = told_count(cues, low, start, events)
    return (told, "number of") if told else None


def subject_near(cues: Cues, low: str, span: tuple[int, int]) -> bool:
    """Whether a noun of a count ("the number of", "규모가") is in the sentence at ``span``.

    Or within reach before it: :func:`told_count` needs one before the number (a necessary
    condition the reader checks before reading a sentence's numbers).
    """
    subject_rx, _ = _words(cues.code, cues.spaced)
    return bool(subject_rx.search(low, max(0, span[0] - _REACH[cues.spaced]), span[1]))


def counter_fits(cues: Cues, low: str, span: tuple[int, int], metric: str) -> bool:
    """Whether the counter of a number allows ``metric`` (a number at ``low[span[0]:span[1]]``).

    People counted ("約1万1000人", "4000명") are no materiel sent; guns and shells counted
    ("160門", "100만발") are no soldiers, killed or wounded, also when the phrase holds the
    counter ("約1000万発", "100만 발": 32ar). Without a counter any metric fits.
    """
    start, end = span
    if metric == "materiel_sent":
        return not cues.people.search(low, start, end + 1)
    return not cues.counters.match(low, end) and not things_counted(cues, low, span)


def things_counted(cues: Cues, low: str, span: tuple[int, int]) -> bool:
    """Whether a counter of things closes the number's phrase ("約1000万発", "100만 발", 32ar).

    After the phrase's last digit (not a qualifier before it: "최대 1만 명" holds 대).
    """
    start, end = span
    digits = [k for k in range(start, end) if low[k].isdigit()]
    return bool(digits) and any(
        (m := cues.counters.match(low, k)) and m.end() <= end
        for k in range(digits[-1] + 1, end))
