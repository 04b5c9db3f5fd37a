"""Text cut at its digit groups and into tokens by loops over its characters (27sp).

:func:`split_digits` cuts any text as ``normalise.DIGITS_SPLIT.split`` does,
:func:`ascii_tokens` ASCII text as ``normalise._ASCII_TOKEN_RE`` and :func:`general_tokens`
other text as ``normalise._GAPPED_TOKEN_RE`` (each after ``_no_trailing_gap``): each character
is read as its code (``ord(text[i])``, which compiled code reads from the string without
making a one-character string), its kind looked up in a table made by the pattern's own
classes (:func:`char_classes`), so no regular expression is called. The patterns stay in
:mod:`~.normalise` as the definition; ``tests/test_figures_speed_27sp.py`` holds these loops
to them on every phrase we hold, every character, short strings of a few characters and
random strings.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ascii_tokens", "char_classes", "codes_of", "general_tokens", "holds_cjk", "holds_code",
    "number_end", "shaped", "split_digits",
]

Token = tuple[str, str, bool]
"""A token, its kind (``d``, ``w``, ``s``) and whether it is glued to the one before."""


_LIMIT: Final = 0x20000
"""Every character ``str.isdecimal`` takes is below this code (the test checks it)."""
_DECIMALS: Final = bytes(c >= 128 and chr(c).isdecimal() for c in range(_LIMIT))
"""1 at the code of each decimal digit beyond ASCII (Arabic-Indic, Devanagari ...): the
digits of the patterns' ``\\d``, read by code (a string method is a call by its name)."""


def _digit(c: int) -> bool:
    """Whether the code *c* is a digit of the patterns (``str.isdecimal``)."""
    return 48 <= c <= 57 or (128 <= c < _LIMIT and _DECIMALS[c] == 1)


def number_end(text: str, i: int, n: int) -> int:
    """Return where the digit group that starts at *i* (a digit) of ``text[:n]`` ends.

    The pattern's two branches: one to three digits and one or more groups of a space and
    three digits not followed by a digit, with a decimal part after a comma or a point
    ("1 000 000", "27 862,5"); else the digits, each mark of ",.'" followed by a digit taking
    the digits after it ("1,000,000", "3.5"). The repeats take all they can (possessive in
    ``DIGITS_SPLIT``; nothing after them gives any back in the token pattern).
    """
    j = i + 1
    k = j + 2 if j + 2 < n else n  # at most two digits more before a space
    while j < k and _digit(ord(text[j])):
        j += 1
    start = j
    while (
        j + 3 < n and ord(text[j]) == 32 and _digit(ord(text[j + 1]))
        and _digit(ord(text[j + 2])) and _digit(ord(text[j + 3]))
        and (j + 4 >= n or not _digit(ord(text[j + 4])))
    ):
        j += 4
    if j > start:  # grouped by spaces: a decimal part may follow a comma or a point
        if j + 1 < n and (ord(text[j]) == 44 or ord(text[j]) == 46) and _digit(ord(text[j + 1])):
            j += 2
            while j < n and _digit(ord(text[j])):
                j += 1
        return j
    j = i + 1
    while j < n and _digit(ord(text[j])):
        j += 1
    while j + 1 < n and _digit(ord(text[j + 1])) and (
            ord(text[j]) == 44 or ord(text[j]) == 46 or ord(text[j]) == 39):
        j += 2
        while j < n and _digit(ord(text[j])):
            j += 1
    return j


def split_digits(text: str) -> list[str]:
    """Return *text* split around its digit groups, as ``DIGITS_SPLIT.split`` does.

    The text before the first group, the group, the text up to the next, ... and the text
    after the last (``[text]`` when it holds no digit).
    """
    out: list[str] = []
    n = len(text)
    last = 0
    i = 0
    while i < n:
        if _digit(ord(text[i])):
            end = number_end(text, i, n)
            out.append(text[last:i])
            out.append(text[i:end])
            last = end
            i = end
        else:
            i += 1
    out.append(text[last:])
    return out


def _gap(c: int) -> bool:
    """Whether the code *c* is a gap between tokens: "_" or an ASCII space (``str.isspace``)."""
    return c == 32 or c == 95 or 9 <= c <= 13 or 28 <= c <= 31


def _letter(c: int) -> bool:
    """Whether the code *c* is an ASCII letter."""
    return 97 <= c <= 122 or 65 <= c <= 90


def _word_end(text: str, i: int, n: int) -> int:
    """Return where the word that starts at *i* (a letter) ends.

    Letters, and a point or an apostrophe followed by a letter with the letters after it
    ("u.s", "jusqu'a").
    """
    j = i + 1
    while j < n and _letter(ord(text[j])):
        j += 1
    while j + 1 < n and (ord(text[j]) == 46 or ord(text[j]) == 39) and _letter(ord(text[j + 1])):
        j += 2
        while j < n and _letter(ord(text[j])):
            j += 1
    return j


def ascii_tokens(text: str, words: list[str] | None) -> list[Token]:
    """Cut ASCII *text* into tokens, as :func:`~.normalise.tokens` does (elisions split).

    *words*, when given, has the words appended. The gap before a token (spaces, "_") says
    whether the token is glued to the one before; a gap at the end holds no token.
    """
    toks: list[Token] = []
    n = len(text)
    while n > 0 and _gap(ord(text[n - 1])):
        n -= 1
    i = 0
    while i < n:
        start = i
        c = ord(text[i])
        while _gap(c):  # the text ends with no gap: a token follows
            i += 1
            c = ord(text[i])
        glued = i == start and i > 0
        if 48 <= c <= 57:  # (ASCII text: no other digit)
            end = number_end(text, i, n)
            toks.append((text[i:end], "d", glued))
        elif _letter(c):
            end = _word_end(text, i, n)
            _word(toks, words, text[i:end], glued)  # (ASCII: an elision is always split)
        else:
            end = i + 1
            toks.append((text[i], "s", glued))
        i = end
    return toks


DIGIT, CJK_CHAR, LETTER, MARK, SPACE = 1, 2, 4, 8, 16
"""The kinds of :func:`char_classes`: ``\\d``, a CJK character, a letter of a word (``\\w`` but
no digit, "_" or CJK character), a combining mark of a word, ``\\s``."""
_WORD_CHAR: Final = LETTER | MARK
_BMP: Final = 0x10000
_CJK_BIT: Final = 2
"""``CJK_CHAR`` as a constant compiled code inlines."""


def char_classes(cjk: str, marks: str) -> bytes:
    """Return the kinds of every character below U+10000, each a byte of bits.

    *cjk* and *marks* are the token pattern's class bodies (``normalise.CJK``, ``MARKS``); each
    kind is found by the pattern's own class, so the table is the pattern's reading.
    """
    every = "".join(map(chr, range(_BMP)))
    out = bytearray(_BMP)
    for bit, body in ((DIGIT, r"\d"), (CJK_CHAR, cjk), (LETTER, rf"^\W\d_{cjk}"),
                      (MARK, marks), (SPACE, r"\s")):
        for m in re.finditer(f"[{body}]", every):
            out[m.start()] |= bit
    return bytes(out)


def holds_cjk(text: str, classes: bytes) -> bool | None:
    """Whether *text* holds a Han, kana or Hangul character (the bit ``CJK_CHAR`` of *classes*).

    *classes* is :func:`char_classes` (the pattern's own class, read by code: 29sp, where
    ``normalise.HAS_CJK.search`` cost a call and a scan of the pattern's class). None when it
    holds none below U+10000 but a character beyond, which the table does not reach.
    """
    beyond = False
    for i in range(len(text)):
        c = ord(text[i])
        if c >= _BMP:
            beyond = True
        elif classes[c] & _CJK_BIT:  # (a Final constant: no look-up of the module's name)
            return True
    return None if beyond else False


def codes_of(pattern: re.Pattern[str]) -> bytes:
    """Return 1 at the code of every character below U+10000 the one-character *pattern* finds.

    *pattern* is a character class (32sp: ``normalise._FOLDED_OR_SPELLED``): the table is the
    pattern's own reading, made once by its ``finditer`` over every such character.
    """
    out = bytearray(_BMP)
    for m in pattern.finditer("".join(map(chr, range(_BMP)))):
        out[m.start()] = 1
    return bytes(out)


def holds_code(text: str, codes: bytes) -> bool | None:
    """Whether *text* holds a character marked in *codes* (:func:`codes_of`), by a loop.

    The pattern's ``search`` read by code (32sp, as :func:`holds_cjk`): None when *text* holds
    none below U+10000 but a character beyond, which the table does not reach.
    """
    beyond = False
    for i in range(len(text)):
        c = ord(text[i])
        if c >= _BMP:
            beyond = True
        elif codes[c]:
            return True
    return None if beyond else False


_DIGIT_OR_CJK: Final = 3
"""``DIGIT | CJK_CHAR`` as a constant compiled code inlines."""


def shaped(text: str, classes: bytes, others: str) -> bool | None:
    """Whether *text* is one or more digits, CJK characters and characters of *others*.

    ``fast.CJK_SHAPE.fullmatch`` read by code (32sp): each character is a digit or a CJK
    character by *classes* (:func:`char_classes`, the bits ``DIGIT`` and ``CJK_CHAR``) or one of
    *others*. None for a text holding a character beyond U+FFFF, which the table does not reach.
    """
    if not text:
        return False
    for i in range(len(text)):
        c = ord(text[i])
        if c >= _BMP:
            return None
        if not classes[c] & _DIGIT_OR_CJK and text[i] not in others:
            return False
    return True


def _general_word_end(text: str, i: int, n: int, classes: bytes) -> int:
    """Return :func:`_word_end` of any text.

    Letters and marks, and a point or an apostrophe followed by one with the letters and marks
    after it.
    """
    j = i + 1
    while j < n and classes[ord(text[j])] & _WORD_CHAR:
        j += 1
    while j + 1 < n and (ord(text[j]) == 46 or ord(text[j]) == 39) and (
            classes[ord(text[j + 1])] & _WORD_CHAR):
        j += 2
        while j < n and classes[ord(text[j])] & _WORD_CHAR:
            j += 1
    return j


def general_tokens(text: str, words: list[str] | None, classes: bytes) -> list[Token] | None:
    """Cut *text* into tokens as ``normalise._GAPPED_TOKEN_RE`` does, or None beyond U+FFFF.

    *classes* is :func:`char_classes` of the pattern's classes. A text holding a character
    beyond the table (an emoji, a Han character of an extension) is left to the pattern.
    """
    n = len(text)
    for k in range(n):
        if ord(text[k]) >= _BMP:
            return None
    while n > 0 and (classes[ord(text[n - 1])] & SPACE or ord(text[n - 1]) == 95):
        n -= 1
    toks: list[Token] = []
    i = 0
    while i < n:
        start = i
        c = ord(text[i])
        while classes[c] & SPACE or c == 95:  # the text ends with no gap: a token follows
            i += 1
            c = ord(text[i])
        glued = i == start and i > 0
        kind = classes[c]
        if kind & DIGIT:
            end = number_end(text, i, n)
            toks.append((text[i:end], "d", glued))
        elif kind & CJK_CHAR:
            end = i + 1
            toks.append((text[i], "c", glued))
        elif kind & _WORD_CHAR:
            end = _general_word_end(text, i, n, classes)
            _word(toks, words, text[i:end], glued)
        else:
            end = i + 1
            toks.append((text[i], "s", glued))
        i = end
    return toks


def _word(toks: list[Token], words: list[str] | None, w: str, glued: bool) -> None:
    """Append the word *w* to *toks* (and *words*), an elision of a Latin word split."""
    if "'" in w and ord(w[0]) < 0x250:  # ("jusqu'à", "l'": Latin-script words only)
        head, _, tail = w.partition("'")
        toks.append((head + "'", "w", glued))
        if words is not None:
            words.append(head + "'")
        if tail:
            toks.append((tail, "w", True))
            if words is not None:
                words.append(tail)
    else:
        toks.append((w, "w", glued))
        if words is not None:
            words.append(w)
