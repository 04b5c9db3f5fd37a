"""27sp: text cut by loops over its characters (``analysis.figures.asciicut``).

:func:`~analysis.figures.asciicut.split_digits` must cut as ``normalise.DIGITS_SPLIT.split``
(any text) and :func:`~analysis.figures.asciicut.ascii_tokens` as ``normalise._ASCII_TOKEN_RE``
(after ``_no_trailing_gap``) with the elisions split (ASCII text): on every phrase we hold (as
written and folded), every string of up to six characters of a small alphabet that holds each
kind of character the patterns tell apart, every decimal digit beyond ASCII, and random strings.
"""

from __future__ import annotations

import itertools
import random

from figure_sets import case_phrases

from analysis.figures import normalise as N
from analysis.figures.asciicut import _LIMIT, ascii_tokens, split_digits


def _tokens_by_pattern(text: str, words: list[str] | None) -> list[tuple[str, str, bool]]:
    """``normalise._ascii_tokens`` as it was before 27sp: the pattern's ``findall``."""
    toks: list[tuple[str, str, bool]] = []
    first = True
    for gap, tok in N._ASCII_TOKEN_RE.findall(N._no_trailing_gap(text)):
        glued = not (gap or first)
        first = False
        head = tok[0]
        if "0" <= head <= "9":
            toks.append((tok, "d", glued))
        elif head.isalpha():
            if "'" in tok:
                word, _, tail = tok.partition("'")
                toks.append((word + "'", "w", glued))
                if words is not None:
                    words.append(word + "'")
                if tail:
                    toks.append((tail, "w", True))
                    if words is not None:
                        words.append(tail)
            else:
                toks.append((tok, "w", glued))
                if words is not None:
                    words.append(tok)
        else:
            toks.append((tok, "s", glued))
    return toks


def _check(text: str) -> None:
    assert split_digits(text) == N.DIGITS_SPLIT.split(text), repr(text)
    if not text.isascii():
        return
    assert split_digits(text) == N._ASCII_DIGITS_SPLIT.split(text), repr(text)
    words_now: list[str] = []
    words_before: list[str] = []
    assert ascii_tokens(text, words_now) == _tokens_by_pattern(text, words_before), repr(text)
    assert words_now == words_before, repr(text)
    assert ascii_tokens(text, None) == _tokens_by_pattern(text, None), repr(text)


def _phrases() -> set[str]:
    return case_phrases(normalised=True)


def test_the_loops_cut_every_phrase_we_hold_as_the_patterns() -> None:
    phrases = _phrases()
    assert sum(t.isascii() for t in phrases) > 1_000
    for text in phrases:
        _check(text)


def test_every_digit_beyond_ascii_is_read_as_the_pattern_reads_it() -> None:
    digits = [chr(c) for c in range(128, 0x110000) if chr(c).isdecimal()]
    assert len(digits) > 500
    assert max(ord(d) for d in digits) < _LIMIT
    for d in digits:
        for text in (d, f"a{d}{d}", f"{d} {d}{d}{d}", f"1 {d}{d}{d},{d}", f"{d}{d}{d} 000{d}",
                     f"x{d}'{d}.5", f"{d}.{d}", f"٠{d}"):
            _check(text)
    for c in range(128, 0x110000, 7):  # every seventh character beyond ASCII beside digits
        _check(f"1{chr(c)}2 3{chr(c)}")


def test_the_loops_cut_every_short_string_as_the_patterns() -> None:
    # a digit, a letter, the marks of the groups, a space, another gap, "_", a symbol
    alphabet = "1a ,.'\t_-"
    for n in range(7 if len(alphabet) ** 6 < 600_000 else 6):
        for chars in itertools.product(alphabet, repeat=n):
            _check("".join(chars))
    for n in range(9):  # the digit groups: digits, spaces, marks
        for chars in itertools.product("1 ,.", repeat=n):
            _check("".join(chars))


def test_the_loops_cut_random_ascii_strings_as_the_patterns() -> None:
    rng = random.Random(27)
    every = "".join(chr(c) for c in range(128))
    dense = "0123456789 ,.'aZ_\x1c\n-"
    beyond = "1 ,.'\u0663\u0966\uff15\u00e9\u4e07\ud55c\u0301\u00a0"
    for _ in range(20_000):
        pool = every if rng.random() < 0.3 else dense
        _check("".join(rng.choice(pool) for _ in range(rng.randint(0, 24))))
        _check("".join(rng.choice(beyond) for _ in range(rng.randint(0, 16))))


def _check_general(text: str) -> None:
    words_now: list[str] = []
    words_before: list[str] = []
    now = N.general_tokens(text, words_now, N._CLASSES)
    if any(ord(ch) >= 0x10000 for ch in text):
        assert now is None and words_now == [], repr(text)
        return
    assert now == N._general_tokens(text, words_before), repr(text)
    assert words_now == words_before, repr(text)


def test_the_general_loop_cuts_every_phrase_we_hold_as_the_pattern() -> None:
    phrases = _phrases()
    assert sum(not t.isascii() for t in phrases) > 1_000
    for text in phrases:
        _check_general(text)
        assert N.tokens(text) == N._general_tokens(text, None), repr(text)


def test_the_general_loop_reads_every_character_as_the_pattern() -> None:
    for c in range(0x11_0000):
        ch = chr(c)
        _check_general(ch)
        _check_general(f"a{ch}")
        _check_general(f"1{ch}b")
        _check_general(f"x.{ch}y 2 {ch}")


def test_the_general_loop_cuts_short_strings_as_the_pattern() -> None:
    alphabet = "1a ,.'_-\u00e9\u0436\u4e07\u0301\u0663\u00a0"
    for n in range(5):
        for chars in itertools.product(alphabet, repeat=n):
            _check_general("".join(chars))
    rng = random.Random(2027)
    pool = alphabet + "\u093e\u0915\u0627\u0964\u3001\u00b2\u2163\U0001f600\u02bc\u0250\u024f"
    for _ in range(30_000):
        _check_general("".join(rng.choice(pool) for _ in range(rng.randint(0, 20))))
