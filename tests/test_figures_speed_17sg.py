"""The 17sg speed steps read every phrase as the steps they replace did.

Issue 17 part 2. Each cheaper step is held to the one it replaces: the ``str`` and pattern
methods held once as module constants (``IS_ASCII``, ``IS_ALPHA``, the digit split's and the
token patterns' methods) to the methods called by name, the ASCII tokens and the general
tokens (appended natively) to the cut they replace, ``gather._big``'s test of a plain digit
group to the search, the denial and list-join tests to ``frozenset.isdisjoint``, and
``quantities``' scale-only test (``Cat.only``) to ``issuperset``. The readings of every phrase
are held by ``benchmarks/compare_figures.py`` (0 changed, docs/figures_evaluation.md).
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

from analysis.figures import cats as Cat
from analysis.figures import contrast, gather, normalise, units
from analysis.figures.lexicon import LEXICONS
from analysis.figures.normalise import IS_ALPHA, IS_ASCII, Token, folded_ascii, split_digits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_figures  # noqa: E402

# phrases of our own: elisions, glued tokens, marks, CJK, Indic, grouped and plain digit groups
OWN = [
    "more than 3,000 troops", "jusqu'à 3 000 soldats", "l'armée a perdu 12 chars",
    "dell'esercito 1.500", "mehr als 3.000", "bis zu 12 Tausend", "не менее 3 тыс.",
    "약 1만 2천 명 이상", "3000人以上", "少なくとも約1万人", "लगभग 300 सैनिक",
    "أكثر من 500 قتيل", "2,45,310 लोग", "1.5 million", "o'clock 7", "x_y 12", "  12  ",
    "rock'n'roll 40", "ABC 12", "Über 40 Tote", "ǅemal 5", "٣٠ قتيلا", "12%", "", "a", "'",
]


def _texts() -> list[str]:
    return sorted({t for t, _ in bench_figures._real_phrases()} | set(OWN))


def _ascii_tokens_before(text: str, words: list[str] | None) -> list[Token]:
    """:func:`normalise._ascii_tokens` as it was before 17sg (a bound ``append``, isalpha)."""
    toks: list[Token] = []
    append = toks.append
    first = True
    for gap, tok in normalise._ASCII_TOKEN_RE.findall(normalise._no_trailing_gap(text)):
        glued = not (gap or first)
        first = False
        head = tok[0]
        if "0" <= head <= "9":
            append((tok, "d", glued))
        elif head.isalpha():
            if "'" in tok:
                word, _, tail = tok.partition("'")
                append((word + "'", "w", glued))
                if words is not None:
                    words.append(word + "'")
                if tail:
                    append((tail, "w", True))
                    if words is not None:
                        words.append(tail)
            else:
                append((tok, "w", glued))
                if words is not None:
                    words.append(tok)
        else:
            append((tok, "s", glued))
    return toks


def _general_tokens_before(text: str, words: list[str] | None) -> list[Token]:
    """:func:`normalise._general_tokens` as it was before 17sg (a bound ``append``)."""
    toks: list[Token] = []
    append = toks.append
    first = True
    for gap, d, c, w, s in normalise._GAPPED_TOKEN_RE.findall(normalise._no_trailing_gap(text)):
        glued = not (gap or first)
        first = False
        if d:
            append((d, "d", glued))
        elif w:
            if "'" in w and w[0] < normalise._ELISION_MAX:
                head, _, tail = w.partition("'")
                append((head + "'", "w", glued))
                if words is not None:
                    words.append(head + "'")
                if tail:
                    append((tail, "w", True))
                    if words is not None:
                        words.append(tail)
            else:
                append((w, "w", glued))
                if words is not None:
                    words.append(w)
        elif c:
            append((c, "c", glued))
        else:
            append((s, "s", glued))
    return toks


def _strings() -> list[str]:
    """Every string of four of a small alphabet (gaps, elisions, digits, marks, CJK)."""
    return ["".join(p) for p in itertools.product("a1 '_.é人\u0301", repeat=4)]


def test_held_methods_are_the_methods():
    for text in [*_texts(), *_strings(), "\ud800"]:
        assert IS_ASCII(text) == text.isascii(), text
        assert IS_ALPHA(text) == text.isalpha(), text
        for ascii in (True, False):
            if ascii and not text.isascii():
                continue
            pattern = normalise._ASCII_DIGITS_SPLIT if ascii else normalise.DIGITS_SPLIT
            assert split_digits(text, ascii) == pattern.split(text), text
        assert split_digits(text) == split_digits(text, text.isascii())
        folded, ascii = folded_ascii(text)
        assert ascii == folded.isascii()


def test_tokens_as_before():
    for text in [*_texts(), *_strings()]:
        norm = normalise.normalise(text)
        if norm.isascii():
            words_now: list[str] = []
            words_before: list[str] = []
            now = normalise._ascii_tokens(norm, words_now)
            assert now == _ascii_tokens_before(norm, words_before), norm
            assert words_now == words_before
        words_now, words_before = [], []
        now = normalise._general_tokens(norm, words_now)
        assert now == _general_tokens_before(norm, words_before), norm
        assert words_now == words_before


def test_big_is_the_search():
    lex = LEXICONS["en"]
    seen = 0
    for text in [*_texts(), "44.309.925", "2 000", "1.5", "١٢٣", "12"]:
        toks = normalise.tokens(normalise.normalise(text))
        us = units.read_units(toks, lex)
        for u in us:
            if u.kind != "d":
                continue
            before = gather._GROUPED.search(u.text) is not None
            now = not u.text.isdigit() and gather._GROUPED.search(u.text) is not None
            assert now == before, u.text
            seen += before
    assert seen > 10


def test_set_tests_are_isdisjoint_and_issuperset():
    cats = [Cat.CONTRAST_NOT, Cat.CONTRAST_NOT_AFTER, Cat.AND, Cat.RANGE_AND, Cat.SCALE,
            Cat.STOP, Cat.OF, Cat.PERCENT]
    from analysis.figures.quantities import _SCALE_ONLY

    for k in range(4):
        for combo in itertools.combinations(cats, k):
            has = dict.fromkeys(combo, 1.0)
            denied = Cat.CONTRAST_NOT in has or Cat.CONTRAST_NOT_AFTER in has
            assert denied == (not contrast._DENIAL.isdisjoint(has))
            assert Cat.shares(Cat.LIST_JOINS, has) == (not Cat.LIST_JOINS.isdisjoint(has))
            assert Cat.only(_SCALE_ONLY, has) == _SCALE_ONLY.issuperset(has)


def test_other_cats_is_a_function():
    # no alias: compiled code calls it directly (17sg)
    assert units.other_cats.__name__ == "other_cats"
    assert not hasattr(units, "_other_cats")
    assert re.fullmatch(r"[a-z_]+", units.other_cats.__name__)
