"""Tests for analysis.lang: one module per language holding the words of both engines."""

from __future__ import annotations

import re

import pytest

from analysis import lang
from analysis.articles.cues import lower
from analysis.figures.lexicon import FIELD_CATS, LEXICONS
from analysis.lang import (
    ARTICLE_TABLES,
    FIGURE_TABLES,
    LETTERS,
    MODULES,
    PERIOD_TABLES,
    SCRIPTS,
    missing_words,
)
from analysis.text.scripts import CHARACTERS

# fields of a figure table that are not phrase -> category fields
_OTHER_FIGURE_FIELDS = {
    "rewrites", "after_number", "compound", "compound_small", "compound_scales", "compound_and",
    "outcomes", "casualties",  # word lists read apart (D43.1, D43.5): no categories
    "share_of",  # words that tell a share of its whole, read apart (D59.1): no categories
    "persons",  # one person named by a role beside a count, read apart (D65.6): no categories
    "told_with",  # a count told with a sum or a part beside it, read apart (D85): no categories
    "source_words",  # who gives a number, read apart where a comparison is (D117): no categories
    "differences",  # a change's size after the count, read apart (D122): no categories
    "other_words",  # "other" far from the count, read apart (D124): no categories
    "year_plural",  # plural verbs before a year told as an adverb, read apart (D69.3)
    "contrast",  # "not A but B": its parts give categories, its words vote for no language (D71)
    "repeat",  # the words that join a vague magnitude to itself, read apart (D68.1)
    "plural_scales",  # a scale's plural forms, vague without a number, read apart (D212.2)
    "age_limits", "age_words",  # an age limit's patterns and their cheap test, read apart (D80.1)
    "time_heads", "time_heads_not",  # the heads of German compounds of time, read apart (D77.1)
}  # fmt: skip


def test_missing_words_lists_what_each_language_lacks():
    assert missing_words() == {
        "hi": ("periods",),
        "hu": ("periods",),
        "is": ("periods",),
        "mk": ("periods",),
        "nl": ("figures",),
        "ro": ("periods",),
    }
    for code, lacking in missing_words().items():
        assert ("figures" in lacking) == (code not in FIGURE_TABLES)
        assert ("periods" in lacking) == (code not in PERIOD_TABLES)


def test_every_language_has_a_table_and_every_table_a_module():
    assert set(MODULES) == set(FIGURE_TABLES) | set(PERIOD_TABLES)
    assert all(code in FIGURE_TABLES or code in PERIOD_TABLES for code in MODULES)


def test_registries_keep_the_tie_breaking_orders():
    assert list(FIGURE_TABLES)[: len(lang.FIGURE_ORDER)] == list(lang.FIGURE_ORDER)
    assert list(PERIOD_TABLES)[: len(lang.PERIOD_ORDER)] == list(lang.PERIOD_ORDER)


@pytest.mark.parametrize("code", sorted(MODULES))
def test_months_weekdays_and_scripts_are_written_once_per_language(code):
    module = MODULES[code]
    assert len(module.MONTHS) == 12 and len(module.WEEKDAYS) == 7
    assert all(isinstance(form, str) and form == form.lower() for m in module.MONTHS for form in m)
    assert set(SCRIPTS[code]) <= set(CHARACTERS)
    assert isinstance(LETTERS[code], str)
    if code in PERIOD_TABLES:
        assert PERIOD_TABLES[code]["months"] is module.MONTHS
        assert PERIOD_TABLES[code]["weekdays"] is module.WEEKDAYS


@pytest.mark.parametrize("code", sorted(FIGURE_TABLES))
def test_figure_tables_use_known_fields_and_read_months(code):
    table = FIGURE_TABLES[code]
    assert set(table) <= set(FIELD_CATS) | _OTHER_FIGURE_FIELDS
    assert isinstance(table["months"], list)
    if "months" not in MODULES[code].FIGURES:
        assert table["months"] == [f for forms in MODULES[code].MONTHS for f in forms]
    assert code in LEXICONS  # compiled without error


def test_a_figure_table_with_an_unknown_field_is_an_error():
    from analysis.figures.lexicon import Lexicon

    with pytest.raises(ValueError, match="unknown field 'aprox'"):
        Lexicon("xx", {"aprox": ["about"]})


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("code", sorted(MODULES))
def test_no_table_string_holds_a_control_character(code):
    """A "\\b" typed where a raw string was meant becomes a backspace, and the pattern then
    never matches (the Polish "w wieku …" rewrite did, unnoticed, until the eighth session)."""
    module = MODULES[code]
    tables = [getattr(module, name) for name in dir(module) if name.isupper()]
    bad = [s for s in _strings(tables) if any(ord(ch) < 32 and ch not in "\n\t" for ch in s)]
    assert bad == []


def _cue_patterns(value: object, under: str = "") -> list[str]:
    # a cue table's patterns: the items of its lists and the keys of its dicts (a dict's string
    # values are what a pattern gives: a claimant's name, a country's code); the country codes
    # that key ``claimant_grammar``'s dicts are no patterns
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        keys = [] if under == "claimant_grammar" else [k for k in value if isinstance(k, str)]
        return keys + [s for v in value.values() if not isinstance(v, str)
                       for s in _cue_patterns(v, under)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _cue_patterns(v, under)]
    return []


def _outside_classes(pattern: str) -> str:
    # the pattern's literal text: escapes, character classes and group openings dropped
    text = re.sub(r"\\.", "", pattern)
    text = re.sub(r"\[(?:\\.|[^\]\\])*\]", "", text)
    return re.sub(r"\(\?(?:P?<[A-Za-z_]\w*>|<?[=!]|[:>])", "", text)


@pytest.mark.parametrize("code", sorted(ARTICLE_TABLES))
def test_no_article_cue_writes_what_the_lowered_text_never_holds(code):
    """The article reader matches its cues on :func:`analysis.articles.cues.lower`'s text: lower
    case, and "’" and "ʼ" made "'". A cue with a capital letter or a typographic apostrophe
    outside a character class never matches (fr "c’est ce qu…", "s’élève à", "l’autre" stood
    beside their "'" forms, dead, until the thirty-first session); write "'" or "['’]"."""
    dead = [(key, p) for key, value in ARTICLE_TABLES[code].items()
            for p in _cue_patterns(value, key)
            if (literal := _outside_classes(p)) != lower(literal)]
    assert dead == []
