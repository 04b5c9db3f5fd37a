"""The numbers of a sentence that may be figures of the story: the reader's second step.

:func:`sentence_candidates` finds the numbers of one sentence ("over 10,000", "hundreds",
"1만1000여 명"), with the qualifier words before them and the counters after, and drops those
that are no figures (:func:`is_not_a_figure`: dates, years, ages, money, distances, ordinals,
footnote markers, percentages). A sentence's candidates depend on that sentence alone, so
:class:`SentenceCandidates` finds them only for the sentences the reader asks about (session
21: most sentences of an archive's articles can hold no figure of the story, and their
numbers need not be read; see ``reader._read_sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from analysis.articles import clauses, nonfigures, number_of, rules
from analysis.articles.cues import Cues
from analysis.articles.period import years_span
from analysis.lang import FIGURE_TABLES, longest_first

EVENTS = ("killed_or_wounded", "killed", "wounded", "died_in_captivity", "captured",
          "treated_in_north_korea", "hosted_children", "workers_sent", "materiel_sent")
"""Metric cues that name what happened to the people counted (before deployment words)."""

_YEAR = re.compile(r"(19|20)\d\d")
# (a year is never written "about": "2000여명", "2000여 개", "2000余人" count; not "2000여 년")
_YEAR_COUNTED = re.compile(r"\s*(명|人|troops|soldiers|(?:여|余)(?!\s?[년年]))")
_NOT_AFTER = re.compile(r"^[:/.]\d|^\s?%|^[ºª°]|^-?(?:st|nd|rd|th|e|er|ème|й|го|я)\b|^['’ʼ]\w"
                        r"|^-(?:е|х|ті)\b")  # decades: "в 70-е годы", "70-х", "70-ті"
# (\Z, not $: "$" also matches before a final line break, and a paragraph opening with its
# number, "…troupes.\nNeuf soldats", is no footnote glued to the word before)
_NOT_BEFORE = re.compile(r"\d[:/.]\Z|№\s*\Z|#\Z|(?<![\w-])[^\W\d_]{1,4}-\Z")
_GLUED = re.compile(r"[\w)]\.\Z|\[\Z|\^\Z")
_YEARS_OLD = re.compile(r"^\s*(?:\(|\))?\s*(?:-|–)?\s*year")
_PART_OF = re.compile(r"\s*(?:of|de|из|з|із|зі|von|der|de los|des)\s")  # uk "один із"
_AND = re.compile(r"^\s*(?:y|e|and|und|et)\s+")
_INCISE = re.compile(r"\s*,\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*,\s*")


@dataclass(frozen=True)
class Candidate:
    """A number found in a sentence, and what the reader decided about it."""

    start: int
    end: int
    text: str
    sentence: int
    metric: str = ""
    cue: str = ""
    numbered: bool = True
    sized: bool = False  # a unit's size, no number ("up to a battalion", articles/units.py)


def is_not_a_figure(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is no figure of the story.

    Not figures: dates (a month, also glued, or a weekday by it), years (no troops noun
    after), ages, money, distances, durations, ordinals, percentages, footnote markers.
    """
    before, after = low[max(0, start - 30):start], low[end:end + 30]
    # (the tests are pure and joined by "or": the noun after, which drops half the numbers of
    # a batch, first; session 20)
    if cues.not_after.match(after) and not rules.materiel_counted(cues, before, after):
        return True
    token = low[start:end]
    percent = cues.percent_end.search(low, max(0, start - 16), end)
    if percent and percent.start() <= start:
        return True
    if years_span(token) and not any(  # (not "entre 1990 y 2000 soldados")
            rx.match(after.lstrip()) for _, rx in cues.groups["troops"]):
        return True
    if _YEAR.fullmatch(token) and not _YEAR_COUNTED.match(after) and (
            cues.months.search(before[-15:]) or cues.year_word.match(after) or not (
                cues.estimate_left.search(before) or any(
                    rx.match(after.lstrip()) for kind in ("troops", "metric")
                    for _, rx in cues.groups[kind]))):
        # a year, unless people are counted ("о примерно 2000 погибших") or it is an
        # estimate with no year word ("около 2000 северокорейских военнослужащих", D7)
        return True
    # (_NOT_BEFORE and _GLUED end at the end of ``before``: only its last characters are
    # searched, all of it when a "№" may lead spaces)
    # ("HVASON 11GA": Latin letters glued to the number in a Cyrillic text, a model name)
    if _NOT_AFTER.match(after) or clauses.designation(cues.code, after) or \
            _NOT_BEFORE.search(before, 0 if "№" in before else max(0, len(before) - 7)):
        return True
    if cues.spaced and start > 0 and (low[start - 1].isalpha() or
                                      _GLUED.search(before, max(0, len(before) - 3))):
        return True
    words = before.split()
    last_word = words[-1] if words else "~"
    word = last_word.strip(".,")  # "el miércoles 30": a day of the month after a weekday
    if cues.month_first(after) or cues.glued_month.search(word) or \
            nonfigures.month_day(cues, low, start, end, last_word):
        return True
    return bool(cues.not_before.search(before) or _YEARS_OLD.match(after)) or \
        nonfigures.no_figure(cues, low, start, end)


@cache
def _year_words(code: str) -> re.Pattern[str] | None:
    words = FIGURE_TABLES.get(code, {}).get("year_pre", [])
    return re.compile(r"(?<!\w)(?:" + "|".join(longest_first(words)) + r")\s+$") if words else None


def _dated(code: str, low: str, start: int, end: int) -> bool:
    """Whether the number at ``low[start:end]`` is a year after the word that marks a year.

    (29ar) "seit 2022 bis zu sechs Millionen Schuss" (since 2022, up to six million): the
    year is a date, no low end of a range of counts with the number after it.
    """
    words = _year_words(code)
    return bool(words and _YEAR.fullmatch(low, start, end)
                and words.search(low, max(0, start - 30), start))


def find_candidates(cues: Cues, text: str, low: str, sentences: list[tuple[int, int]]
                    ) -> list[Candidate]:
    """Find the numbers of every sentence, in text order (:func:`sentence_candidates`)."""
    return [c for index, span in enumerate(sentences)
            for c in sentence_candidates(cues, (text, low), index, span)]


def sentence_candidates(cues: Cues, texts: tuple[str, str], index: int,
                        span: tuple[int, int]) -> list[Candidate]:
    """Find the numbers of one sentence, with their qualifiers and counters, as phrases.

    ``texts``: the article's text and its lower-cased form; ``span``: the sentence's offsets.
    Two numbers joined by a range word ("10,000 to 12,000", "10.000 bis 12.000") are one
    figure; a spelled-out number below ten ("one", "drei") counts only when a noun of the
    story or a metric cue follows it ("two soldiers", "drei verwundet"). A phrase never
    reaches out of its sentence, so the sentences are read apart.
    """
    text, low = texts
    s0, s1 = span
    out: list[Candidate] = []
    spans = [[m.start() + s0, m.end() + s0] for m in cues.number.finditer(low[s0:s1])]
    merged: list[list[int]] = []
    for one in spans:
        if merged and cues.range_join.match(low[merged[-1][1]:one[0]]) and not _dated(
                cues.code, low, merged[-1][0], merged[-1][1]):
            merged[-1][1:] = [one[1], True]
        else:
            merged.append([*one, False])
    for k, (start, end, ranged) in enumerate(merged):
        if k and end - merged[k - 1][1] <= 80 and cues.upper_alternative.search(
                low, max(merged[k - 1][1], start - 30), start):
            continue  # "Cientos de ellos, si no miles": the first number's upper guess
        if is_not_a_figure(cues, low, start, end) or (
                merged[0][0] < start
                and rules.footnote(cues, low, merged[0][1], start, end, s1, EVENTS)):
            continue  # a note marker follows the sentence's own count
        if low[start:end].strip() in cues.small_words and \
                not _noun_follows(cues, low[:s1], end):
            continue
        # (a number word's article is its own: "al menos un centenar", "more than a hundred")
        article = cues.indefinite.search(low, max(s0, start - 6), start) \
            if low[start].isalpha() else None
        start = article.start() if article else start
        left = cues.qualifier_left.search(low[max(s0, start - 40):start])
        # "between" / "von" opens a range ("between 11,000 and 12,000"), not one number
        left = left if left and (ranged or not cues.range_pre.fullmatch(
            left.group().strip())) else None
        if left and left.group().strip():  # (not the "y" of "misiles y más de 14.000")
            start = start - len(_AND.sub("", left.group()))
        post = cues.post.match(low[end:s1])
        if post and post.group().strip():
            end += len(post.group().rstrip())
        out.append(Candidate(start, end, text[start:end], index))
    # a number word that a qualifier of the next number took in ("some 8,000") is no other
    return [c for i, c in enumerate(out)
            if not any(_holds(o, c) for o in out[max(0, i - 1):i] + out[i + 1:i + 2])]


FIGURE_KINDS = frozenset(("metric", "additional", "anaphora"))
"""The cue kinds that can make a number of their sentence a figure: a metric word
(``reader.assign_metrics``), a word of "more" (``more.more_of_them``, ``additional_troops``),
an anaphora taking the metric of the figure before."""


def may_hold_figures(cues: Cues, low: str, span: tuple[int, int], kinds: Iterable[str]) -> bool:
    """Whether a number of the sentence at ``span`` can be a figure of the story.

    ``kinds``: the cue kinds found in the sentence. Without one of :data:`FIGURE_KINDS` a
    number takes a metric only from the troops or the count named at it
    (:func:`analysis.articles.number_of.uncued`): a troops noun up to 60 characters after it,
    engineers or North Koreans right before it (languages without spaces), or "the number
    of" before it. Each is looked for once in the sentence and the reach around it, before
    any number is read: a necessary condition, so a sentence failing it gives no figure.
    """
    if not FIGURE_KINDS.isdisjoint(kinds):
        return True
    s0, s1 = span
    if cues.groups["troops"][0][1].search(low[s0:s1 + 60]):
        return True
    if not cues.spaced and (cues.engineers.search(low, max(0, s0 - 20), s1) or cues.groups[
            "north_korea"][0][1].search(low[max(0, s0 - 12):s1])):
        return True
    return number_of.subject_near(cues, low, span)


class SentenceCandidates:
    """The candidates of each sentence of an article, found when first asked for.

    Read as the mapping the reader's rules expect (``index in cands``: the sentence has a
    candidate; ``cands.get(index, [])``): a sentence nobody asks about is never read.
    """

    def __init__(self, cues: Cues, texts: tuple[str, str], sentences: list[tuple[int, int]]
                 ) -> None:
        self._read = (cues, texts, sentences)
        self._found: dict[int, list[Candidate]] = {}

    def _of(self, index: int) -> list[Candidate]:
        found = self._found.get(index)
        if found is None:
            cues, texts, sentences = self._read
            found = sentence_candidates(cues, texts, index, sentences[index]) \
                if 0 <= index < len(sentences) else []
            self._found[index] = found
        return found

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and bool(self._of(index))

    def get(self, index: int, default: list[Candidate] | None = None
            ) -> list[Candidate] | None:
        """Return the candidates of sentence ``index``, or ``default`` when it has none."""
        return self._of(index) or default


def _holds(outer: Candidate, inner: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and \
        outer.end - outer.start > inner.end - inner.start


def _noun_follows(cues: Cues, low: str, end: int) -> bool:
    after = low[end:end + 40]
    incise = _INCISE.match(after)  # "двох, як він стверджує, полонених": past the parenthesis
    after = low[end + incise.end():end + incise.end() + 40] if incise else after
    if _PART_OF.match(after):
        return False
    for kind in ("troops", "children", "metric", "north_korea"):
        for _, rx in cues.groups[kind]:
            hit = rx.search(after)
            if hit and len(after[:hit.start()].split()) <= 2:
                return True
    return False

