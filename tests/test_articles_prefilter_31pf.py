r"""(31pf) The RE2 prefilter never hides a cue that ``re`` finds, on every labelled article.

:class:`~analysis.articles.prefilter.Prefilter` promises a superset: a cue pattern is run with
``re`` only where its loose RE2 form (:func:`~analysis.articles.translate.to_set`) is found, so
a loose form that misses a text the pattern matches silently drops the cue. It did for every
negated class that held ``\W``, ``\D`` or ``\S`` ("[^\W\d_]", a letter): RE2's ``\W`` is every
character but [0-9A-Za-z_], so "[^\W\d_]" matched no "é" and no Cyrillic letter. Checked here
on real text: every sixth labelled article of each language (all sets), each cue and claimant
pattern searched with ``re`` and with the prefilter, and each match's start inside the RE2
guide's spans (:meth:`~analysis.articles.prefilter.Prefilter.starts`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from pathlib import Path

import pytest
import re2
from articles_devset import load_yaml

from analysis.articles.claimants import load_claimants
from analysis.articles.cues import compile_cues, lower
from analysis.articles.translate import to_set
from analysis.lang import ARTICLE_TABLES

CASES = Path(__file__).parent / "cases" / "articles"


def _texts(code: str) -> list[str]:
    # (every sixth labelled article of the language, 40 or more each: the check runs every cue
    # over them, which over all of them would cost the suite some 90 s of a core; every third
    # until session 32, when the suite ran over its 10-minute budget)
    texts = [a["text"] for path in sorted(CASES.glob("*.yml"))
             for a in (load_yaml(path) or []) if isinstance(a, dict) and a.get("lang") == code
             and isinstance(a.get("text"), str)]
    return texts[::6]


class _Joined:
    """A language's labelled texts, lowered and joined: each match found once over them all is
    checked against the prefilter of the one text it lies in (one ``re`` scan a pattern)."""

    def __init__(self, code: str) -> None:
        self.texts = [lower(text) for text in _texts(code)]
        self.starts = list(accumulate((len(t) + 2 for t in self.texts[:-1]), initial=0))
        self.joined = "\n\n".join(self.texts)

    def matches(self, rx: re.Pattern[str]) -> dict[int, list[tuple[int, int]]]:
        """The matches of ``rx`` in each text (offsets in that text), none across two."""
        out: dict[int, list[tuple[int, int]]] = {}
        for m in rx.finditer(self.joined):
            i = bisect_right(self.starts, m.start()) - 1
            at = self.starts[i]
            if m.end() > m.start() and m.end() <= at + len(self.texts[i]):
                out.setdefault(i, []).append((m.start() - at, m.end() - at))
        return out


@pytest.mark.parametrize("code", sorted(ARTICLE_TABLES))
def test_every_cue_that_re_finds_is_present_and_its_starts_guided(code):
    cues, joined = compile_cues(code), _Joined(code)
    assert len(joined.texts) >= 30  # (every language has its labelled articles)
    present = cache(lambda i: cues.present(joined.texts[i]))
    hidden, unguided = set(), set()
    for kind, group in cues.groups.items():
        for (_, rx), k in zip(group, cues.members[kind], strict=True):
            for i, spans_re in joined.matches(rx).items():
                if k not in present(i):
                    hidden.add((kind, rx.pattern[:80]))
                    continue
                low = joined.texts[i]
                guide = cues.filter.starts(k, low, low.encode("utf-8"))
                if guide is not None and any(not any(a <= s < b for a, b in guide)
                                             for s, _ in spans_re):
                    unguided.add((kind, rx.pattern[:80]))
    assert sorted(hidden) == [] and sorted(unguided) == []


@pytest.mark.parametrize("code", sorted(ARTICLE_TABLES))
def test_every_claimant_name_that_re_finds_is_present(code):
    claimants, joined = load_claimants(), _Joined(code)
    originals = _texts(code)
    named = cache(lambda i: claimants.filter.hits(originals[i]))
    hidden = {name for k, (name, rx) in enumerate(claimants.patterns)
              for i in joined.matches(rx) if k not in named(i)}
    assert sorted(hidden) == []


@pytest.mark.parametrize(("pattern", "text"), [
    (r"[^\W\d_][\w-]*(?:e|en|er|es)", "ärzte"),  # (de: a noun's letters, one not ASCII)
    (r"[^\W\d_]+ пленных", "захваченных пленных"),
    (r"x[^\S]y", "x\u2003y"),  # (an em space: Python's \s)
    (r"x[^\D]y", "x٣y"),  # (an Arabic-Indic digit: Python's \d)
    (r"x[^\d]y", "x²y"),  # (a superscript two: no \d of Python's, a \pN of RE2's)
])
def test_a_negated_class_stands_for_at_least_what_python_reads(pattern, text):
    assert re2.search(to_set(pattern), text)
