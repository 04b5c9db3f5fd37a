"""The common shape read directly (analysis.figures.fast) agrees with the full engine.

The fast reader answers only when every step of the engine would give the same reading;
this test holds it to that on every phrase of the case tables and the ledger, and on
generated phrases in eight languages (qualifiers, separators and nouns combined).
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from figure_sets import spread

from analysis.figures import engine
from analysis.figures.fast import read_simple
from analysis.figures.lexicon import LEXICONS
from analysis.figures.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_figures  # noqa: E402


def _phrases() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for name in ("figures.csv", "figures_heldout.csv"):
        with (ROOT / "tests" / "cases" / name).open(encoding="utf-8") as fh:
            pairs.update((r["phrase"], r["lang"]) for r in csv.DictReader(fh))
    for name in ("deployments", "casualties"):
        path = ROOT / "data" / "raw" / "claims" / f"{name}.csv"
        if path.exists():
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            pairs.update(zip(df["figure_text"], df["language"], strict=True))
    texts, langs = bench_figures._distinct_phrases(5_000, np.random.default_rng(7))
    pairs.update(zip(texts, langs, strict=True))
    return sorted(p for p in pairs if p[1][:2] in LEXICONS)


def _same(a: tuple, b: tuple) -> bool:
    nums = all(
        (math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a[:3], b[:3], strict=True)
    )
    return nums and a[3:] == b[3:]


def test_fast_reading_agrees_with_the_full_engine() -> None:
    answered, differ = 0, []
    for text, lang in _phrases():
        norm = normalise(text)
        simple = read_simple(norm, LEXICONS[lang[:2]])
        if simple is None:
            continue
        answered += 1
        full, reason = engine._read_in_full(norm, lang, None)
        if reason or not _same(simple[0], full):
            differ.append((lang, text, simple[0], full))
    assert not differ
    # it must also be used: the generated phrases are mostly of the simple shape
    assert answered >= 3_000


def test_fast_reading_leaves_unusual_phrases_to_the_engine() -> None:
    en = LEXICONS["en"]
    for text in (
        "in 2024 troops",
        "3,000 more troops",
        "about 3,000 to 4,000",
        "1,500 a day",
        "three brigades",
        "24 october",
        "18.10.24 troops",
        "1.000,5 million",
        "more than 1,000+",
    ):
        assert read_simple(normalise(text), en) is None, text
    fig, x = read_simple(normalise("more than 3,000 troops"), en)
    assert (fig.low, fig.best, fig.qualifier, x) == (3000, 3000, "at_least", 3000)


def test_fast_reading_covers_qualifiers_after_per_cents_scales_and_decimals() -> None:
    # each is answered by the fast reader, and exactly as the full engine reads it
    for text, lang, want in (
        ("3,000 or more", "en", (3000.0, "at_least", "count")),
        ("3 000 ou plus", "fr", (3000.0, "at_least", "count")),
        ("40 per cent", "en", (40.0, "exact", "percent")),
        ("около 3 тыс. военных", "ru", (3000.0, "approx", "count")),
        ("1.351 mortes", "pt", (1351.0, "exact", "count")),
        ("1,5 million", "en", (1_500_000.0, "exact", "count")),
        ("около 1,5 тыс. военных", "ru", (1500.0, "approx", "count")),
        ("2,5 tysiąca żołnierzy", "pl", (2500.0, "exact", "count")),
        ("12,5 per cent", "en", (12.5, "exact", "percent")),
        ("1,597 घायल", "hi", (1597.0, "exact", "count")),  # a word with vowel signs
        ("2 करोड़", "hi", (20_000_000.0, "exact", "count")),
    ):
        norm = normalise(text)
        simple = read_simple(norm, LEXICONS[lang])
        assert simple is not None, text
        fig = simple[0]
        assert (fig.best, fig.qualifier, fig.unit) == want, text
        full, reason = engine._read_in_full(norm, lang, None)
        assert not reason and _same(fig, full), text


def _table_phrases(lex, cat: str) -> list[str]:
    one = [w for w, cats in lex.one.items() if cat in cats]
    multi = [" ".join(k) for k, cats in lex.multi.items() if cat in cats]
    return sorted(w for w in one + multi if w and w[0].isalpha())


def test_fast_reading_agrees_with_the_engine_on_every_table_word() -> None:
    # every qualifier, scale, per cent and "additional" word of every table around a number,
    # in pairs (qualifier and scale, qualifier and word after, scale and word after)
    from analysis.figures import cats as Cat

    numbers = ("3", "1,500", "12.000", "2024", "40 000", "0", "1,5", "2.75", "0,5", "15.3")
    answered, differ = 0, []
    for code, lex in sorted(LEXICONS.items()):
        pre = ["", *_table_phrases(lex, Cat.QUALIFIER_BEFORE)]
        mids = ["", *_table_phrases(lex, Cat.SCALE), *_table_phrases(lex, Cat.PERCENT)]
        post = ["", *_table_phrases(lex, Cat.QUALIFIER_AFTER), *_table_phrases(lex, Cat.ADDITIONAL)]
        shapes = [(q, s, "") for q in pre for s in mids]
        shapes += [(q, "", p) for q in pre for p in post] + [("", s, p) for s in mids for p in post]
        # (600 shapes a table, evenly spaced: all of them, the tables' words in pairs, grew with
        # every table word to 13 s of a suite over its budget by session 35)
        for k, (q, s, p) in enumerate(spread(shapes, 600)):
            number = numbers[k % len(numbers)]
            text = " ".join(x for x in (q, number, s, p, "soldiers" if k % 2 else "") if x)
            norm = normalise(text)
            simple = read_simple(norm, lex)
            if simple is None:
                continue
            answered += 1
            full, reason = engine._read_in_full(norm, code, None)
            if reason or not _same(simple[0], full):
                differ.append((code, text, simple[0], full, reason))
    assert not differ, differ[:10]
    assert answered >= 1_000


def test_ascii_tokens_match_the_general_pattern() -> None:
    # ASCII text is cut by a pattern with ASCII letter classes and one group for the token,
    # whose kind its first character tells (speed shortcuts, 17s and 17sr): it must give the
    # general pattern's tokens, kinds, glues and words on every ASCII phrase and every
    # two-character text
    from analysis.figures import normalise as N

    texts = [normalise(t) for t, _ in _phrases()]
    texts += [chr(a) + chr(b) for a in range(128) for b in range(128)]
    texts += ["it's l'a", "a.b.c 1.5", "3 000 000", "1'000", "x''y", "_x_ 1,5 тыс"]
    ascii_texts = [t for t in texts if t.isascii()]
    assert len(ascii_texts) > 19_000
    for text in ascii_texts:
        general = [(gap, d or c or w or s) for gap, d, c, w, s in N._GAPPED_TOKEN_RE.findall(text)]
        assert N._ASCII_TOKEN_RE.findall(text) == general, repr(text)
        words_ascii: list[str] = []
        words_general: list[str] = []
        assert N._ascii_tokens(text, words_ascii) == N._general_tokens(text, words_general), text
        assert words_ascii == words_general, repr(text)


def test_the_digits_split_is_the_number_pattern() -> None:
    # DIGITS_SPLIT is _NUM_PATTERN with the first digit of its branches taken out in front
    # (17sq: a pattern opening with a character class is searched faster): the same cuts
    import itertools
    import re

    from analysis.figures import normalise as N

    plain = re.compile(f"({N._NUM_PATTERN})")
    texts = [normalise(t) for t, _ in _phrases()]
    texts += ["1 000 000", "12 345,5", "1,234.5", "3'000", "1 23", "12 3456", "١٢٣ ٤٥٦",
              "1.2.3", "x1 000y", "5 000 00", "2,45,310", "1,5 тыс.", "v1.2 3 000,25 4'5"]
    texts += ["".join(p) for k in range(1, 6) for p in itertools.product("1 ,.'a", repeat=k)]
    texts += ["".join(p) + " 000 000" for p in itertools.product("12 ,.'", repeat=4)]
    for text in texts:
        assert N.DIGITS_SPLIT.split(text) == plain.split(text), repr(text)
        assert N.split_digits(text) == plain.split(text), repr(text)  # ASCII: by [0-9] (17sr)


def test_the_ascii_simple_shape_is_the_simple_shape() -> None:
    # read_simple matches ASCII text with a pattern of [A-Za-z] words and [0-9] digits (17sr):
    # on ASCII text it must match where SIMPLE_RE does, with the same three groups
    import itertools
    import random

    from analysis.figures import fast as F

    texts = [normalise(t) for t, _ in _phrases()]
    texts += ["".join(p) for k in range(1, 7) for p in itertools.product("1a ,.'", repeat=k)]
    rng = random.Random(17)
    pieces = ["more", "than", "3", "000", "3,000", "1.5", "12 000", "k", "tys", ".", " ", "  ",
              ",", "-", "'", "_", "x2", "1,2,3"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(30_000)]
    ascii_texts = [t for t in texts if t.isascii()]
    matched = 0
    for text in ascii_texts:
        want, got = F.SIMPLE_RE.fullmatch(text), F._SIMPLE_ASCII_RE.fullmatch(text)
        assert (want is None) == (got is None), repr(text)
        if want is not None and got is not None:
            assert want.groups() == got.groups(), repr(text)
            matched += 1
    assert matched > 2_000


def test_the_rewrite_gate_matches_where_a_rewrite_does() -> None:
    # a table's rewrites are tried only where its combined pattern (the gate) matches; the
    # gate shares one "\b" among the patterns that begin with it (a speed shortcut): it must
    # match exactly where one of the patterns matches, on the phrases of every language
    from analysis.figures.patterns import any_of as _any_of

    # (each table on 1,500 phrases of its language and 500 of the others', evenly spaced: the
    # gate is the table's own; every table on every phrase was 20 seconds of the suite, and
    # every phrase of its own and every tenth of the others' 8 s by session 35, as the tables'
    # rewrites grew)
    pairs = [(normalise(t), lang[:2]) for t, lang in _phrases()]
    extra = ["entre 10 mil e 12 mil", "xbar", "foo", "a foo b"]
    tables = [lex for lex in LEXICONS.values() if lex.rewrites]
    assert len(tables) >= 15
    for lex in tables:
        patterns = [pat for pat, _ in lex.rewrites]
        others = [t for t, lang in pairs if lang != lex.code]
        texts = spread([t for t, lang in pairs if lang == lex.code], 1_500)
        texts += spread(others, 500) + extra
        for text in texts:
            want = any(pat.search(text) for pat in patterns)
            assert bool(lex.rewrite_any.search(text)) == want, (lex.code, text)
            assert lex.rewrites_apply(text) == want, (lex.code, text)
    # a pattern with an alternation outside its groups keeps its own boundary
    import re

    gate = _any_of([re.compile(r"\bfoo|bar"), re.compile(r"\bbaz")])
    assert gate.search("xbar") and not gate.search("xbaz") and gate.search("a baz")


def test_the_compiled_tidy_is_the_model_s() -> None:
    # qualify.tidied repeats model.tidy's arithmetic in compiled code (17sr): the same value for
    # whole numbers, values near one (above and below, small and large), halves (rounded to
    # even), NaN, infinities and random values of every magnitude
    import math
    import random

    from analysis.figures.model import tidy
    from analysis.figures.qualify import tidied

    rng = random.Random(17)
    values = [0.0, -0.0, 1.0, -3.0, 3.1e6, 0.5, 1.5, 2.5, -2.5, 1e10 + 0.5, 3e15 + 0.5, 1e300,
              -1e300, 1e301, 5e-324, math.nan, math.inf, -math.inf, 3_100_000.0000000005,
              2_999_999.9999999995, 0.1 + 0.2, 1438.564e4]
    for _ in range(20_000):
        whole = rng.choice([1, 3, 40, 1_000, 3_100_000, 10**9, 10**12, 10**15])
        values += [whole * (1 + rng.uniform(-1e-8, 1e-8)), whole + rng.uniform(-1, 1),
                   rng.uniform(-1e6, 1e6), 10 ** rng.uniform(-300, 300)]
    for v in values:
        want, got = tidy(v), tidied(v)
        same = want == got and type(want) is type(got)
        assert (math.isnan(want) and math.isnan(got)) or same, v
