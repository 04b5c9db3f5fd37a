"""(16ck) Sources named by their country, jointly, or once for a list (issue 16, articles).

Three classes written from each language's grammar (en de fr es ru uk ko ja), proved with
sentences and short articles of our own (``tests/cases/articles/claimants_16ck.yml``; the
third field of a row says whether the reader got it wrong before 16ck):

* ``country``: a country's adjective or name and a source noun of the language ("South Korean
  sources", "Südkoreanischen Quellen zufolge", "la partie ukrainienne", "un portavoz
  surcoreano", "по данным украинской стороны", "українських джерел", "한국 정부 소식통",
  "米国の消息筋"): the ``claimant_grammar`` bodies of :mod:`analysis.lang` complete the closed
  class of those nouns (sources, circles, side, spokespeople, leadership);
* ``joint``: two countries' sources in one subject ("한미 정보당국", "日米韓の当局": the one-
  character forms, ``claimant_grammar["short"]``), an alliance with a country ("South Korean
  intelligence and NATO", "Kiev et l'OTAN"): several governments jointly;
* ``list``: a line naming one source right before a list gives the list's lines that name none
  that source, by the layout (``carry._introduced``);
* ``stays``: a country that is a place or the subject, an unnamed source, a list after a line
  naming nobody, a line of dialogue, a date before "米" (``29日米国防総省``).

docs/articles.md, decision 16ck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

CASES = load_yaml(Path(__file__).parent / "cases" / "articles" / "claimants_16ck.yml")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ko", "ja"]
ROWS = [(kind, lang, text, claimant) for kind, langs in CASES.items()
        for lang, rows in langs.items() for text, claimant, _ in rows]


def test_three_gaps_per_language_and_class():
    for kind in ("country", "joint", "list"):
        for lang in LANGS:
            assert sum(gap for _, _, gap in CASES[kind][lang]) >= 3, (kind, lang)
    assert sum(len(rows) for rows in CASES["stays"].values()) >= 10


@pytest.mark.parametrize(("kind", "lang", "text", "claimant"), ROWS,
                         ids=[f"{k}-{la}-{i}" for i, (k, la, _, _) in enumerate(ROWS)])
def test_every_figure_has_the_claimant(kind, lang, text, claimant):
    found = extract_figures(text, lang)
    assert len(found), text
    assert sorted(set(found["claimant"])) == [claimant]
