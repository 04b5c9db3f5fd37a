# ruff: noqa: E501 (the phrases are data, as written)
"""17td: the review's (rv11) leftovers of D56 and D57, on phrases of their own (written for this
test from each language's grammar, after the rule).

Each item has phrases it reads and phrases at its edge it must leave as they were. The phrases
of an item that changes a reading fail without it (checked on the tree before the change).
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

# D56.7: a named number before a colon is the label of the count after it, no ratio
LABELS = [
    ("de", "Gewinnklasse 3: 112 Gewinner", 112, "exact"),
    ("de", "In Klasse 2: 30 Schüler", 30, "exact"),
    ("es", "serotipo 3: 12 casos confirmados", 12, "exact"),
    ("es", "categoría 2: 19 heridos", 19, "exact"),
    ("fr", "catégorie 2 : 7 blessés", 7, "exact"),
    ("fr", "niveau 3: 40 communes", 40, "exact"),
    ("en", "serotype 1: 25 children infected", 25, "exact"),
    ("en", "category 3: 8 people injured", 8, "exact"),
    ("ar", "الفئة 3: 27 فائزا", 27, "exact"),
    ("it", "categoria 2: 15 feriti", 15, "exact"),
    ("pt", "categoria 2: 15 feridos", 15, "exact"),
    ("ru", "тираж 1052: 7 победителей", 7, "exact"),
    ("id", "golongan 3: 22 orang", 22, "exact"),
    ("tr", "kategori 2: 9 yaralı", 9, "exact"),
    # the edge: a colon glued to the number after it is a ratio, and so is a colon after a
    # number no word names; two labelled counts stay several quantities
    ("en", "category 3:2", U, ""),
    ("en", "score 3: 1", U, ""),
    ("de", "Stand 2: 14 Gewinner", U, ""),
    ("en", "Killed: 1998, injured: 300", U, ""),
    ("de", "Gewinnklasse 2: 14 Gewinner, Gewinnklasse 3: 40 Gewinner", U, ""),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), LABELS)
def test_named_number_before_a_colon_is_a_label(lang: str, phrase: str, best: object, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
