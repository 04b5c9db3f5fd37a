"""The speed steps of 17se (issue 17 part 2) read every phrase as the steps they replace.

Each step before the full engine was made cheaper without deciding anything new: the fast
reader's simple shape read from the engine's digit split instead of a pattern over the whole
phrase, the digit split's repeats made possessive, the power words written out, the fold and
its ASCII question asked together, a Han scale looked for before the Han decimal's search, a
compiled loop for ``frozenset.issuperset`` of a unit's categories, and the CJK reader's symbols
in a string. ``benchmarks/compare_figures.py`` holds the whole engine to main's readings; this
test holds each step to its former self on the phrases we hold and on generated text
(``docs/figures_evaluation.md``, "Speed, session of 2026-12-05 (fifteenth) (17se)").
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import unicodedata
from pathlib import Path

from analysis.figures import cats as Cat
from analysis.figures import fast as F
from analysis.figures import normalise as N
from analysis.figures.lexicon import LEXICONS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import test_figures_fast  # noqa: E402

_PIECES = [
    "more", "than", "3", "000", "3,000", "1.5", "12 000", "k", "tys", ".", " ", "  ", ",", "-",
    "'", "_", "x2", "1,2,3", "тыс", "é", "\u0301", "सैनिक", "²", "①", "1'000", "3.000.000",
    "1,000.5", "12 345,6", "٣", "1 234 5678", "a.b", "a. b", ". ", "..", "約", "명", "%",
]  # fmt: skip
"""Pieces of generated text: words, digit groups of every form, separators, marks, digits and
letters beyond ASCII, a numeric superscript and a circled number (no letters, no decimals)."""


def _texts(n: int = 60_000) -> list[str]:
    texts = [N.normalise(t) for t, _ in test_figures_fast._phrases()]
    texts += ["".join(p) for k in range(1, 7) for p in itertools.product("1a ,.'", repeat=k)]
    texts += ["".join(p) for k in range(1, 6) for p in itertools.product("1é ,.\u0301", repeat=k)]
    rng = random.Random(17)
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(n)]
    return texts


def test_the_simple_shape_from_the_digit_split_is_the_pattern() -> None:
    # read_simple told the digit split reads the shape from its three parts (SIMPLE_RE only
    # where a part holds a character beyond ASCII that is no letter): the same answer, the
    # same three groups, and the same reading as without the split, in three tables
    simple = 0
    for text in _texts():
        parts = N.DIGITS_SPLIT.split(text)
        ascii = text.isascii()
        m = F.SIMPLE_RE.fullmatch(text)
        if len(parts) != 3:
            assert m is None, repr(text)
        else:
            before = F._words_before(parts[0], ascii)
            after = F._words_after(parts[2], ascii)
            number = F._simple_number(parts[1])
            if before is not None and after is not None:
                assert (before and after and number) == (m is not None), repr(text)
            elif before is False or after is False or not number:
                assert m is None, repr(text)
            if m is not None:
                simple += 1
                assert m.groups() == tuple(parts), repr(text)
        for lang in ("en", "fr", "ru"):
            lex = LEXICONS[lang]
            told = F.read_simple(text, lex, None, None, ascii, parts)
            assert repr(told) == repr(F.read_simple(text, lex)), (text, lang)
    assert simple > 5_000


def test_the_possessive_digit_split_is_the_former_split() -> None:
    # the repeats of DIGITS_SPLIT are possessive (17se): the same cuts as the pattern before
    former = re.compile(r"(\d(?:\d{0,2}(?: \d{3}(?!\d))+(?:[,.]\d+)?|\d*(?:[,.'](?=\d)\d+)*))")
    texts = _texts(20_000)
    texts += ["".join(p) for k in range(1, 7) for p in itertools.product("1 ,.'a٣", repeat=k)]
    texts += ["".join(p) + " 000 000" for p in itertools.product("12 ,.'", repeat=4)]
    for text in texts:
        assert N.DIGITS_SPLIT.split(text) == former.split(text), repr(text)
        assert N.split_digits(text) == former.split(text), repr(text)


def test_the_power_words_written_out_are_the_loop() -> None:
    texts = _texts(20_000) + ["120 sq km", "5 кв. м", "3 куб", "40 km kw.", "9 m sześc.", "sq 3"]
    for text in texts:
        parts = N.split_digits(text)
        words = any(k + 1 < len(parts) for k in range(1, len(parts), 2))
        power = any(
            (parts[k] in ("2", "3") and parts[k - 1][-1:] in N._POWER_LETTERS)
            for k in range(1, len(parts), 2)
        )
        want = power or (words and any(w in text for w in N._POWER_WORDS))
        assert N.powers_may_stand(text, parts) == want, repr(text)


def _folded_text_before(text: str) -> str:
    """``normalise.folded_text`` as it was before 17se (40b1895), the fold asked on its own.

    With 31rb's step (D219.1): a double quote mark between two Cyrillic letters is the apostrophe.
    """
    if text.isascii():
        if "`" not in text:
            return text.lower()
        folded = N.fold(text)
        marked = False
    else:
        folded = unicodedata.normalize("NFKC", text)
        marked = N._FOLDED_OR_SPELLED.search(folded) is not None
        if marked and N._FOLDED.search(folded) is not None:
            folded = folded.translate(N.FOLD_TABLE)
        folded = folded.lower()
        if "\u0307" in folded:
            folded = folded.replace("i\u0307", "i")
        folded = N._QUOTE_IN_WORD.sub("'", folded)
    if "." in folded and N._HAN_DECIMAL.search(folded):
        folded = N._HAN_DECIMAL.sub(N._HAN_DECIMAL_TEXT, folded)
    if marked and N._SPELLED is not None and N._SPELLED.search(folded) is not None:
        folded = N.spell(folded)
    return folded


def test_folded_with_its_ascii_question() -> None:
    texts = [t for t, _ in test_figures_fast._phrases()]
    texts += ["Über 3.000", "`3`", "３,０００", "1438.564万", "約1.500万人", "ABC", "١٢٣",
              "İstanbul'da 3 bin", "ŞIRNAK 12", "п”ятсот сорок три", 'дев"ять', "«п'ять»",
              '"п\'ять"']
    for text in texts:
        folded, ascii = N.folded_ascii(text)
        assert folded == _folded_text_before(text), text
        assert ascii == folded.isascii(), text


def test_a_han_decimal_holds_a_han_scale() -> None:
    chars = "1.05万萬亿億千x"
    texts = ["".join(p) for k in range(1, 7) for p in itertools.product(chars, repeat=k)]
    for text in texts:
        if N._HAN_DECIMAL.search(text) is not None:
            assert N._han_scale_in(text), text


def test_only_is_issuperset() -> None:
    rng = random.Random(5)
    names = [Cat.STOP, Cat.SCALE, Cat.QUALIFIER_BEFORE, Cat.ADDITIONAL, Cat.PERCENT, Cat.NUMBER]
    groups = [frozenset(rng.sample(names, rng.randint(0, 4))) for _ in range(50)]
    for group in groups:
        for k in range(4):
            for combo in itertools.combinations(names, k):
                cats: dict[str, object] = dict.fromkeys(combo, True)
                assert Cat.only(group, cats) == group.issuperset(cats), (group, combo)


def test_the_shape_symbols_as_a_string() -> None:
    for ch in map(chr, range(0x3100)):
        assert (ch in F._SHAPE_SYMBOLS) == (ch in frozenset(",.~%〜～")), hex(ord(ch))
    assert len(set(F._SHAPE_SYMBOLS)) == len(F._SHAPE_SYMBOLS)
