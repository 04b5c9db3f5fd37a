"""32sp: four exact shortcuts, each held to the code it spares.

:func:`~analysis.figures.asciicut.holds_code` on ``normalise._FOLDED_OR_SPELLED_CODES`` (the
engine's fold asks it of text beyond ASCII, the pattern only for a text beyond U+FFFF) must
answer as ``_FOLDED_OR_SPELLED.search``, and :func:`~analysis.figures.asciicut.shaped`
(``fast.read_cjk``'s test of the phrase's shape) as ``fast.CJK_SHAPE.fullmatch``: every
character below U+10000, every phrase we hold and random strings. ``powers_may_stand``, which
looks for each exponent word only in a text that holds its rarest letter, must answer as the
plain searches did; ``digits_value``, which reads one decimal mark between digits without its
patterns, as the split it spares: every phrase we hold, every short string of an alphabet of
their characters, random strings.
"""

from __future__ import annotations

import itertools
import random

from figure_sets import case_phrases

from analysis.figures import fast as F
from analysis.figures import normalise as N
from analysis.figures.asciicut import holds_code, shaped, split_digits


def _phrases() -> set[str]:
    return case_phrases(normalised=True)


def _marked(text: str) -> bool:
    held = holds_code(text, N._FOLDED_OR_SPELLED_CODES)
    return N._FOLDED_OR_SPELLED.search(text) is not None if held is None else held


def test_the_fold_check_reads_every_character_as_the_pattern() -> None:
    codes = N._FOLDED_OR_SPELLED_CODES
    for c in range(0x10000):
        assert bool(codes[c]) == (N._FOLDED_OR_SPELLED.search(chr(c)) is not None), hex(c)
    assert holds_code("a\U00020000", codes) is None  # beyond the table: the pattern answers
    rng = random.Random(32)
    pool = "aé б1\u4e07\u0663\u0966`\u2019\u0644\u0915\u00b4\U00020000\U0001f600"
    texts = [*_phrases(), *("".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
                            for _ in range(20_000))]
    for text in texts:
        assert _marked(text) == (N._FOLDED_OR_SPELLED.search(text) is not None), repr(text)


def _powers_before(text: str, parts: list[str], ascii: bool = False) -> bool:
    """``normalise.powers_may_stand`` as it was before 32sp."""
    words = False
    for k in range(1, len(parts), 2):
        group = parts[k]
        if (group == "2" or group == "3") and parts[k - 1][-1:] in N._POWER_LETTERS:
            return True
        words = words or k + 1 < len(parts)
    return words and (
        "sq" in text or "cu" in text or " kw" in text or " sze" in text
        or (not ascii and ("кв" in text or "куб" in text))
    )


def _check_powers(text: str) -> None:
    parts = split_digits(text)
    for ascii in (False, text.isascii()):
        assert N.powers_may_stand(text, parts, ascii) == _powers_before(text, parts, ascii), text


def test_powers_may_stand_answers_as_the_searches() -> None:
    for text in _phrases():
        _check_powers(text)
    for n in range(5):
        for chars in itertools.product("5sqcu kwzкв", repeat=n):
            _check_powers("".join(chars))
    rng = random.Random(320)
    pool = "12 sqcukwzeкбувм."
    for _ in range(10_000):
        _check_powers("".join(rng.choice(pool) for _ in range(rng.randint(0, 16))))


def _value_before(raw: str) -> float:
    """``normalise.digits_value`` as it was before 32sp."""
    if raw.isdigit():
        return float(raw)
    n = len(raw)
    if 5 <= n <= 7 and raw[n - 4] in ",.' " and "1" <= raw[0] <= "9":
        head, tail = raw[: n - 4], raw[n - 3 :]
        if head.isdigit() and tail.isdigit():
            return float(head + tail)
    if N._THOUSANDS.fullmatch(raw):
        return float(raw.replace(",", "").replace(".", "").replace(" ", "").replace("'", ""))
    if N._INDIAN_GROUPS.fullmatch(raw):
        return float(raw.replace(",", ""))
    parts = N._SEP_SPLIT.split(raw)
    out = parts[0]
    last = len(parts) - 2
    for k in range(1, len(parts), 2):
        sep, grp = parts[k], parts[k + 1]
        if len(grp) == 3 and not (k == last and sep in ",." and parts[0] == "0"):
            out += grp
        elif sep in ",.":
            out += "." + grp
            break
        else:
            out += grp
    return float(out)


def _reading(fn, raw: str) -> object:  # noqa: ANN001
    try:
        return fn(raw)
    except ValueError:
        return ValueError


def _check_value(raw: str) -> None:
    assert repr(_reading(N.digits_value, raw)) == repr(_reading(_value_before, raw)), repr(raw)


def test_digits_value_reads_as_the_split() -> None:
    groups = {p for text in _phrases() for p in split_digits(text)[1::2]}
    assert len(groups) > 1_000
    for raw in groups:
        _check_value(raw)
    for n in range(1, 6):
        for chars in itertools.product("10,.' \u0663", repeat=n):
            _check_value("".join(chars))
    rng = random.Random(3200)
    for _ in range(10_000):
        _check_value("".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 12))))


def _check_shape(text: str) -> None:
    shape = shaped(text, N._CLASSES, F._SHAPE_OTHERS)
    want = F.CJK_SHAPE.fullmatch(text) is not None
    assert want == shape or (shape is None and any(ord(ch) > 0xFFFF for ch in text)), repr(text)


def test_the_cjk_shape_reads_every_character_as_the_pattern() -> None:
    for c in range(0x10000):
        ch = chr(c)
        _check_shape(ch)
        _check_shape(f"1{ch}\u4e07")
    _check_shape("")
    assert shaped("1\U00020000", N._CLASSES, F._SHAPE_OTHERS) is None
    rng = random.Random(32_000)
    pool = "12 ,.~%\u301c\uff5e\u4e07\uac00\u3042a-\u0663\U00020000"
    texts = [*_phrases(), *("".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
                            for _ in range(20_000))]
    for text in texts:
        _check_shape(text)
