"""Tests for analysis.text: the normaliser core, the script detector, distinct values once."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.text.normalise import fold
from analysis.text.scripts import first_script, has_script, scripts_in
from analysis.text.vectorise import distinct, map_distinct


def test_fold_gives_one_apostrophe_dash_tilde_and_digit_set():
    assert fold("Jusqu’à 3 000–4 000") == "jusqu'à 3 000-4 000"
    assert fold("３００〜５００") == "300~500"
    assert fold("٣٬٠٠٠ ٪") == "3,000 %"
    assert fold("५००") == "500"


def test_every_apostrophe_folds_to_one_even_where_nfkc_takes_it_apart():
    # NFKC makes the acute accent a space and a combining accent: Turkish "2016´da" (a year
    # with its case suffix, round 82) was cut in two before the fold table could read it
    from analysis.text.normalise import _BEFORE_NFKC, APOSTROPHES

    assert set(_BEFORE_NFKC) == {0xB4}  # fold() looks for that one character alone
    for mark in APOSTROPHES:
        assert fold(f"2016{mark}da") == "2016'da", hex(ord(mark))
    assert fold("Türkiye´de 4 bin 500") == "türkiye'de 4 bin 500"


def test_fold_of_ascii_text_matches_the_full_fold():
    # ASCII text takes a shortcut (no NFKC, no table): it must give what the full path gives
    import unicodedata

    from analysis.text.normalise import FOLD_TABLE

    texts = [chr(a) + chr(b) for a in range(128) for b in range(128)]
    texts += ["It`s MORE than 3,000", "l`Ukraine", "A\tB\x1fC"]
    for text in texts:
        full = unicodedata.normalize("NFKC", text).translate(FOLD_TABLE).lower()
        assert fold(text) == full, repr(text)
    assert fold("It`s MORE") == "it's more"


@pytest.mark.parametrize(
    ("text", "scripts"),
    [
        ("약 1만 명", {"hangul"}),
        ("約1万人ほど", {"han", "kana"}),
        ("около 3 тыс.", {"cyrillic"}),
        ("نحو 3000", {"arabic"}),
        ("लगभग 300", {"devanagari"}),
        ("über 3.000", {"latin"}),
        ("3,000 - 4,000", set()),
    ],
)
def test_scripts_in(text, scripts):
    assert scripts_in(text) == scripts
    assert all(has_script(text, s) for s in scripts)


def test_first_script_follows_the_order():
    assert first_script("1만 人", ("hangul", "han")) == "hangul"
    assert first_script("1만 人", ("han", "hangul")) == "han"
    assert first_script("1,000", ("latin",)) is None


def test_distinct_factorizes_columns_together_with_missing_as_none():
    texts = pd.Series(["a", None, "b", "a", np.nan])
    d = distinct(texts, pd.Series(["en", "de", None, "en", "de"]))
    assert d.codes.tolist() == [0, 1, 2, 0, 1]
    assert d.keys == [("a", "en"), (None, "de"), ("b", None)]


def test_distinct_broadcasts_scalars_and_keeps_first_appearance():
    d = distinct(pd.Series(["b", "a", "b"]), "en")
    assert d.codes.tolist() == [0, 1, 0]
    assert d.keys == [("b", "en"), ("a", "en")]
    assert distinct(None, length=2).keys == [(None,)]
    assert distinct(pd.Series([], dtype=object), None).keys == []


def test_distinct_rejects_columns_of_different_length():
    with pytest.raises(ValueError, match="differ in length"):
        distinct([1, 2], [1])
    with pytest.raises(ValueError, match="needs a column or a length"):
        distinct("en")


def test_map_distinct_calls_once_per_distinct_row():
    calls = []

    def f(a, b):
        calls.append((a, b))
        return f"{a}/{b}"

    assert map_distinct(f, ["x", "y", "x", None], ["1", "2", "1", "2"]) == [
        "x/1", "y/2", "x/1", "None/2",
    ]  # fmt: skip
    assert calls == [("x", "1"), ("y", "2"), (None, "2")]
