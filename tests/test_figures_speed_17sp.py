"""The 17sp speed steps read every phrase as the steps they replace did (issue 17 part 2).

Each cheaper test is held to the one it replaces: the set of characters that may start a
negative number to ``str.isspace`` over every code point, the one search that gates folding
and spelling to the two searches it stands for, ``x % 1.0 == 0.0`` to ``float.is_integer``,
and the steps told that a text is ASCII to the same steps asking it themselves.
"""

from __future__ import annotations

import math
import sys
import unicodedata
from pathlib import Path

import pytest

from analysis.figures import engine, gather, normalise, qualify
from analysis.figures.fast import read_simple
from analysis.figures.lexicon import LEXICONS
from analysis.figures.spelling import _SPELLED, spell
from analysis.text.normalise import _FOLDED, FOLD_TABLE, fold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_figures  # noqa: E402

# phrases of our own, in scripts and shapes the gates tell apart
OWN = [
    "more than 3,000 troops", "about 1`500 soldiers", "über 3.000 Soldaten",
    "около 3 тыс. военных", "близько 2 000 військових", "약 1만 2천 명", "約1万1000人",
    "١٢٠٠ جندي", "حوالي ٣٠٠ جندي", "أكثر من 500 قتيل", "लगभग 300 सैनिक", "३०० सैनिक",
    "करीब दो हज़ार लोग", "İKİ BİN asker", "près de 3\u202f000 soldats", "1438.564万",
    "— 40 %", "−5", " -5", "\u3000-5", "\u00a0\u2212 12", "deux mille", "ＡＢＣ１２３",
    "quelque 12’000 hommes", "12–15 muertos", "", " ", "ok. 90 tys. żołnierzy",
]


def _folded_before(text: str) -> str:
    """:func:`normalise.folded_text` as it was before 17sp (two searches)."""
    if text.isascii():
        if "`" not in text:
            return text.lower()
        folded = fold(text)
    else:
        folded = unicodedata.normalize("NFKC", text)
        if _FOLDED.search(folded) is not None:
            folded = folded.translate(FOLD_TABLE)
        folded = folded.lower()
    if "\u0307" in folded:
        folded = folded.replace("i\u0307", "i")
    if "." in folded and normalise._HAN_DECIMAL.search(folded):
        folded = normalise._HAN_DECIMAL.sub(normalise._HAN_DECIMAL_TEXT, folded)
    if _SPELLED is not None and _SPELLED.search(folded) is not None:
        folded = spell(folded)
    return folded


def _real() -> list[tuple[str, str]]:
    return [*bench_figures._real_phrases(), *((t, "") for t in OWN)]


def test_minus_or_space_is_isspace_over_every_code_point():
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert engine._MINUS_OR_SPACE == spaces | engine._MINUS


def test_negative_gate_reads_as_before():
    for text, _ in _real():
        first = text[:1]
        before = (first in engine._MINUS or first.isspace()) and bool(engine._NEGATIVE.match(text))
        after = text[:1] in engine._MINUS_OR_SPACE and bool(engine._NEGATIVE.match(text))
        assert before == after, text


def test_folding_gate_holds_every_character_of_both_searches():
    gate = normalise._FOLDED_OR_SPELLED
    for c in FOLD_TABLE:
        assert gate.search(chr(c)), hex(c)
    for c in range(sys.maxunicode + 1):
        if _SPELLED is not None and _SPELLED.match(chr(c)):
            assert gate.search(chr(c)), hex(c)


def test_folded_text_as_before():
    for text, _ in _real():
        assert normalise.folded_text(text) == _folded_before(text), text


@pytest.mark.parametrize(
    "x",
    [0.0, -0.0, 1.0, -3.0, 2.5, -2.5, 1e-300, -1e-300, 0.1 + 0.2, 2.0**53, 2.0**53 + 1.0,
     1e300, 1e308, -1e308, math.inf, -math.inf, math.nan, 3000.0000000001, 12e3],
)
def test_whole_as_is_integer(x):
    assert (x % 1.0 == 0.0) == x.is_integer()
    assert qualify.tidied(x) == pytest.approx(x, nan_ok=True) or math.isnan(x)


def test_told_ascii_as_asked():
    for text, lang in _real():
        norm = normalise.normalise(text)
        ascii = norm.isascii()
        assert normalise.split_digits(norm, ascii) == normalise.split_digits(norm)
        assert normalise.tokens(norm, None, ascii) == normalise.tokens(norm)
        assert normalise.letter_tokens(norm, None, ascii) == normalise.letter_tokens(norm)
        lex = LEXICONS.get(lang[:2])
        if lex is not None:
            # (repr: a Figure's NaN is another float object each time, and NaN != NaN)
            assert repr(read_simple(norm, lex, None, None, ascii)) == repr(read_simple(norm, lex))


def test_grouped_needs_five_characters():
    for raw in ("2013", "1,5", "12 000", "3.000", "1'000", "44.309.925", "2\u202f000"):
        assert (len(raw) >= 5 and gather._GROUPED.search(raw) is not None) == bool(
            gather._GROUPED.search(raw)
        ), raw


def test_shares_is_not_isdisjoint():
    from analysis.figures import cats as Cat

    groups = [Cat.RUN_STARTS, frozenset(Cat.NUMBER_ROLES), frozenset((Cat.AND, Cat.PERCENT)),
              frozenset()]
    seen = 0
    for lex in LEXICONS.values():
        for cats in [*lex.one.values(), *lex.multi.values(), {}]:
            for group in groups:
                assert Cat.shares(group, cats) == (not group.isdisjoint(cats))
                seen += 1
    assert seen > 10_000
