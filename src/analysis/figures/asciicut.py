"""Text cut at its digit groups, and ASCII text into tokens, by loops over characters (27sp).

:func:`split_digits` cuts any text as ``normalise.DIGITS_SPLIT.split`` does and
:func:`ascii_tokens` ASCII text as ``normalise._ASCII_TOKEN_RE`` (with ``_no_trailing_gap``)
does: each character is read as its code (``ord(text[i])``, which compiled code reads from
the string without making a one-character string), so no regular expression is called. The
patterns stay in :mod:`~.normalise` as the definition;
``tests/test_figures_speed_27sp.py`` holds these loops to them on every phrase we hold, on
every short string of a few characters and on random ASCII strings.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ascii_tokens", "number_end", "split_digits"]

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
            tok = text[i:end]
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
            end = i + 1
            toks.append((text[i], "s", glued))
        i = end
    return toks
