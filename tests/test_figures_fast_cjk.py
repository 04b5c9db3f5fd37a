"""The CJK fast path (analysis.figures.fast.read_cjk) reads as the full engine does.

read_cjk decides a phrase of digits and Han, kana or Hangul characters without the passes
the full engine runs before deciding; it answers only when those passes would change
nothing. Each shape below is read both ways (the full engine called directly, as
tests/test_figures_fast.py does), and the phrases those passes would change are refused.
The rewrite anchors (Lexicon.rewrites_apply) are held to the table's combined pattern.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from analysis.figures import clear_cache, engine, explain_figure, parse_figure
from analysis.figures.fast import read_cjk
from analysis.figures.lexicon import LEXICONS
from analysis.figures.normalise import HAS_CJK, normalise
from analysis.figures.patterns import PARSER as _P
from analysis.figures.patterns import anchors as _anchors
from analysis.figures.patterns import required as _required

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_figures  # noqa: E402

SHAPES = {
    # digits with a scale (万, 만, 萬, 億, 억) and a second group
    "scale and group": [
        ("1万1000人", "ja"), ("1万2,000人", "ja"), ("9万4291人", "zh"), ("1萬3000名", "zh"),
        ("1만1000명", "ko"), ("1만 2000명", "ko"), ("1억 2천만", "ko"), ("1億2千万人", "ja"),
    ],
    # small multipliers (千, 천) and decimals before a scale
    "small and decimal": [
        ("1만 1천 명", "ko"), ("3천 명", "ko"), ("약 1만 2천 명", "ko"), ("约1.4万名", "zh"),
        ("1.4萬人", "zh"), ("約1万2千人", "ja"), ("2.345万人", "zh"),
    ],
    # a qualifier before: 約, 约, 약, およそ, 最大, 최소, 超过, 近
    "qualifier before": [
        ("約1万1000人", "ja"), ("およそ1万人", "ja"), ("最大5000人", "ja"), ("약 3000명", "ko"),
        ("최소 600명", "ko"), ("超过1万人", "zh"), ("约3000人", "zh"), ("近2000人", "zh"),
        ("少なくとも100人", "ja"), ("거의 1만 명", "ko"),
    ],
    # "-odd" and qualifiers after: 余, 여, 多, 以上, 이상, 超, 未満, 가량, 정도, 近く
    "qualifier after": [
        ("3만여 명", "ko"), ("1000여명", "ko"), ("1500여 명", "ko"), ("1万余人", "zh"),
        ("1000人以上", "ja"), ("3,000名以上", "ja"), ("1000명 이상", "ko"), ("1000人超", "ja"),
        ("1000人未満", "ja"), ("1000명가량", "ko"), ("350명 정도", "ko"), ("1000人近く", "ja"),
        ("3万人余り", "ja"), ("3000多人", "zh"), ("1만 명 이상", "ko"), ("1만여 명 이상", "ko"),
    ],
    # what decide reads besides one figure: ranges, several, percents, counters
    "ranges and others": [
        ("1万至1.2万人", "zh"), ("1万1000人から1万2000人", "ja"), ("2천~3천 명", "ko"),
        ("3천명에서 5천명 사이", "ko"), ("40%", "ja"), ("5배", "ko"), ("800万発", "ja"),
        ("北朝鮮兵1万1000人", "ja"), ("한국군 2명", "ko"), ("1,500人", "ja"),
    ],
}


def _same(a: tuple, b: tuple) -> bool:
    return all(
        (isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y))
        or x == y
        for x, y in zip(a, b, strict=True)
    )


def _both(text: str, lang: str) -> tuple[tuple, tuple] | None:
    norm = normalise(text)
    decision = read_cjk(norm, LEXICONS[lang])
    if decision is None:
        return None
    fig, reason = decision[0], str(decision[1])
    full, full_reason = engine._read_in_full(norm, lang, None)
    return (*fig, reason), (*full, full_reason)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_shape_is_read_fast_as_the_full_engine_reads_it(shape: str) -> None:
    for text, lang in SHAPES[shape]:
        both = _both(text, lang)
        assert both is not None, (text, lang)  # the fast path answers for every one
        fast, full = both
        assert _same(fast, full), (text, lang, fast, full)


def test_the_common_shapes_read_as_written() -> None:
    clear_cache()
    assert tuple(parse_figure("約1万1000人", "ja"))[:5] == (11000, 11000, 11000, "count", "approx")
    low, best, high, _, qual, _, _ = parse_figure("3만여 명", "ko")
    assert (low, best, qual) == (30000, 30000, "at_least") and math.isnan(high)
    assert tuple(parse_figure("1万2,000人", "ja"))[:5] == (12000, 12000, 12000, "count", "exact")
    assert parse_figure("1000人以上", "ja").qualifier == "at_least"


REFUSED = [
    ("2024.10.18 3000人", "ja"),  # a numeric date: the engine blanks it first
    ("3000人(推定)", "ja"),  # brackets: an age in brackets may be dropped
    ("2000年から2010年まで3000人", "ja"),  # two possible years: a span of years
    ("1, 000人", "ja"),  # a stray comma: the engine closes it up
    ("약 3000 troops", "ko"),  # a word: the engine may choose another table
    ("다른 3명", "ko"),  # a rewrite of the table matches ("다른")
    ("1万-2万人", "zh"),  # a dash
    ("1.000.000人", "ja"),  # two points
    ("3000 人", "en"),  # no CJK table: still a CJK phrase, read with its steps (answered)
]


def test_phrases_the_passes_would_change_are_refused() -> None:
    for text, lang in REFUSED[:-1]:
        assert read_cjk(normalise(text), LEXICONS[lang]) is None, (text, lang)
    # with another language's table the phrase is read by the same steps: still agrees
    both = _both(*REFUSED[-1])
    assert both is not None and _same(*both)


def _cjk_phrases() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "tests" / "cases").glob("figures*.csv")):
        with path.open(encoding="utf-8") as fh:
            pairs.update((r["phrase"], r.get("lang") or "") for r in csv.DictReader(fh))
    texts, langs = bench_figures._distinct_phrases(4_000, np.random.default_rng(5))
    pairs.update(zip(texts, langs, strict=True))
    return sorted((t, lang) for t, lang in pairs if HAS_CJK.search(normalise(t)))


def test_the_fast_path_agrees_with_the_full_engine_on_every_cjk_phrase() -> None:
    phrases = _cjk_phrases()
    assert len(phrases) > 1_000
    answered, differ = 0, []
    for text, lang in phrases:
        for hint in {lang[:2] or "ko", "ko", "ja", "zh", "en"}:
            if hint not in LEXICONS:
                continue
            both = _both(text, hint)
            if both is None:
                continue
            answered += 1
            if not _same(*both):
                differ.append((hint, text, *both))
    assert not differ, differ[:5]
    assert answered > 2_000


def test_templates_left_by_the_fast_path_read_as_the_engine() -> None:
    # a wording read by the fast path leaves the template the full engine would leave
    for first, second, lang in [("약 3000명", "약 4500명", "ko"), ("3만여 명", "7만여 명", "ko"),
                                ("約1200人以上", "約800人以上", "ja"), ("2025年", "2024年", "ja")]:
        clear_cache()
        parse_figure(first, lang)
        cached = (*parse_figure(second, lang), explain_figure(second, lang))
        norm = normalise(second)
        full, reason = engine._read_in_full(norm, lang, None)
        assert _same(cached, (*full, reason)), (first, second, cached, full)


def _parse(pattern: str) -> object:
    return _P.parse(pattern).data


def test_rewrite_anchors_are_characters_every_match_holds() -> None:
    assert _required(_parse("(?:ab|c)d?")) == {"a", "c"}
    assert _required(_parse("x?\\d+")) is None
    assert _required(_parse("\\d+(?=명)")) == {"명"}
    assert _required(_parse("(?<![가-힣])다른 ")) == {"다"}
    # a table with a word boundary keeps its one gated pattern; so does one unanchored rewrite
    assert _anchors([re.compile(r"\bfoo"), re.compile("약")]) is None
    assert _anchors([re.compile(r"\d+ "), re.compile("약")]) is None
    assert _anchors([re.compile("(?i)abc")]) is None
    anchors = _anchors([re.compile("약 (?=\\d)"), re.compile("(?:여|餘)명")])
    assert anchors is not None and set(anchors) == {"약", "명"}  # the rarest: one character
    # the CJK tables are anchored, and agree with their combined pattern
    for code in ("ko", "ja", "zh"):
        lex = LEXICONS[code]
        assert lex.rewrite_anchors is not None
        for text in ("약 3000명", "다른 승객 3명", "成千上万", "1、2人", "2万人から3万人に増えた"):
            want = bool(lex.rewrite_any.search(normalise(text)))
            assert lex.rewrites_apply(normalise(text)) == want, (code, text)


def test_shape_tokens_are_the_tokens_of_every_text_of_the_cjk_shape() -> None:
    # read_cjk cuts a text of CJK_SHAPE from its digit split, without the token pattern (17sr):
    # the tokens must be those tokens() gives, on every such phrase we hold and on made texts
    # of digits (ASCII and other), separators, spaces, tildes, per cent signs and CJK characters
    import itertools
    import random

    from analysis.figures.fast import CJK_SHAPE, shape_tokens
    from analysis.figures.normalise import DIGITS_SPLIT, tokens

    texts = {normalise(t) for t, _ in bench_figures._real_phrases()}
    texts |= {normalise(t) for group in SHAPES.values() for t, _ in group}
    texts |= {t for group in SHAPES.values() for t, _ in group}  # not normalised: "〜", "～"
    alphabet = "10 ,.~%万명人"
    texts |= {"".join(p) for k in range(1, 6) for p in itertools.product(alphabet, repeat=k)}
    rng = random.Random(17)
    wide = "1230 ,.~%〜～万명人약이상٣１"
    texts |= {"".join(rng.choice(wide) for _ in range(rng.randint(1, 14))) for _ in range(20_000)}
    shaped = [t for t in texts if CJK_SHAPE.fullmatch(t)]
    assert len(shaped) > 100_000
    for text in shaped:
        assert shape_tokens(DIGITS_SPLIT.split(text)) == tokens(text), repr(text)
