"""Writing systems: character classes and a detector.

Each script is the body of a regular-expression character class (such as ``"а-я"``),
so callers can build their own patterns from it, plus a compiled pattern to test for it:

>>> scripts_in("약 1만 명")
frozenset({'hangul'})
>>> first_script("около 3 тыс.", ("hangul", "cyrillic", "latin"))
'cyrillic'

The Latin class holds letters of both cases; the others have no case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "CHARACTERS",
    "HANGUL_SYLLABLES",
    "PATTERNS",
    "SPACELESS",
    "first_script",
    "has_script",
    "scripts_in",
]

HANGUL_SYLLABLES = "\uac00-\ud7af"
"""Precomposed Hangul syllables (the form Korean text is written in after NFC/NFKC)."""

CHARACTERS: dict[str, str] = {
    # syllables, conjoining jamo, compatibility jamo
    "hangul": "\u1100-\u11ff\u3130-\u318f" + HANGUL_SYLLABLES,
    # hiragana and katakana
    "kana": "\u3040-\u30ff",
    # the iteration mark 々, extension A, unified and compatibility ideographs
    "han": "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "cyrillic": "\u0400-\u04ff",
    "arabic": "\u0600-\u06ff",
    "devanagari": "\u0900-\u097f",
    # ASCII letters and Latin-1 Supplement to Latin Extended-B, without × and ÷
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",
}
"""Script name -> body of a regular-expression character class."""

PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(f"[{chars}]") for name, chars in CHARACTERS.items()
}
"""Script name -> compiled pattern matching one character of the script."""

SPACELESS = frozenset(("hangul", "kana", "han"))
"""Scripts that do not put spaces between words (or between a word and its particle)."""


def has_script(text: str, name: str) -> bool:
    """Return whether *text* holds at least one character of script *name*.

    Parameters
    ----------
    text : str
        Any text.
    name : str
        A key of :data:`CHARACTERS`.

    Returns
    -------
    bool
        True when a character of the script occurs in *text*.
    """
    return PATTERNS[name].search(text) is not None


def scripts_in(text: str) -> frozenset[str]:
    """Return the names of every script used in *text*.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    frozenset of str
        Keys of :data:`CHARACTERS`; empty for digits and punctuation only.
    """
    return frozenset(name for name, rx in PATTERNS.items() if rx.search(text))


def first_script(text: str, order: Iterable[str]) -> str | None:
    """Return the first script of *order* that *text* uses.

    Parameters
    ----------
    text : str
        Any text.
    order : iterable of str
        Script names (keys of :data:`CHARACTERS`) by priority, e.g. Hangul before Han
        so that Korean mixed with Han characters counts as Korean.

    Returns
    -------
    str or None
        The first name whose script occurs in *text*, or None.
    """
    for name in order:
        if PATTERNS[name].search(text) is not None:
            return name
    return None
