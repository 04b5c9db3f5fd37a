"""The reader reads a sentence's numbers only where a figure can be (session 21).

``analysis.articles.candidates.may_hold_figures`` is a necessary condition checked before any
number of a sentence is read: a sentence failing it gives no figure. These tests hold it to
that on every labelled article and on the seed article: the reader with the condition gives
exactly the rows of the reader that reads every sentence (on every fourth labelled article,
for the suite's time: all 1,852 agree, and so do the 10,000 articles of
``benchmarks/make_articles.py``, measured when the condition was written), and the candidates
found sentence by sentence, when asked for, are those found for the whole text at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import candidates, reader
from analysis.articles.cues import compile_cues, lower

CASES = Path(__file__).parent / "cases" / "articles"
SEED = Path(__file__).parents[1] / "data" / "raw" / "articles" / "theins-278689.txt"


def _articles() -> list[tuple[str, str, str | None]]:
    """Every labelled article (text, language, date) of the round files, and the seed."""
    out = [(SEED.read_text(encoding="utf-8"), "en", "2025-04-10")]
    for path in sorted(CASES.glob("*.yml")):
        for article in load_yaml(path) or []:
            if isinstance(article, dict) and article.get("text") and article.get("lang"):
                out.append((article["text"], article["lang"], article.get("published")))
    return out


ARTICLES = _articles()


def test_there_are_articles_to_check() -> None:
    assert len(ARTICLES) > 500


def test_the_condition_drops_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    # (every eighth labelled article, about 280, each read twice: every fourth until session 32,
    # when the suite ran over its 10-minute budget)
    some = ARTICLES[::8]
    gated = [reader.figure_rows(text, lang, published) for text, lang, published in some]
    monkeypatch.setattr(reader, "may_hold_figures", lambda *args: True)
    every = [reader.figure_rows(text, lang, published) for text, lang, published in some]
    differ = [i for i, (a, b) in enumerate(zip(gated, every, strict=True)) if a != b]
    assert differ == []


def test_the_condition_skips_sentences() -> None:
    """Most sentences of a story with numbers are skipped (else the condition is useless)."""
    text = SEED.read_text(encoding="utf-8")
    cues, low = compile_cues("en"), lower(text)
    sentences = reader.split_sentences(text, cues.months)
    passed = [candidates.may_hold_figures(cues, low, span, ()) for span in sentences]
    assert 0 < sum(passed) < len(sentences)


def test_candidates_asked_for_are_those_of_the_whole_text() -> None:
    for text, lang, _ in ARTICLES[::8]:
        cues, low = compile_cues(lang), lower(text)
        sentences = reader.split_sentences(text, cues.months)
        whole = candidates.find_candidates(cues, text, low, sentences)
        lazy = candidates.SentenceCandidates(cues, (text, low), sentences)
        asked = [c for i in reversed(range(len(sentences))) for c in reversed(lazy.get(i, []))]
        assert list(reversed(asked)) == whole
        assert all((i in lazy) == any(c.sentence == i for c in whole)
                   for i in range(-1, len(sentences) + 1))
