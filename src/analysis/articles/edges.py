r"""Word edges that know scripts: a Latin name ends where Latin letters end.

``\b`` and ``(?<!\w)`` treat the letters of every script as one word, so "NATOによると"
(NATO glued to Japanese kana) or "NATO는" has no word edge after "NATO", and a name
``\bNATO\b`` never matches there. A Latin edge only looks at Latin letters and digits:
"NATOs" is still not "NATO" (Latin-in-Latin edges are kept), while a Latin name glued to
Han, kana, Hangul or Cyrillic is a whole word. The classes are small on purpose: Python's
``re`` spends compile time in proportion to a class's size, and the reader compiles
hundreds of cues per language.

Used by the sheet's claimant patterns (every language) and by the Latin cues of the
languages written without spaces; the cues of spaced languages keep ``(?<!\w)`` edges.
"""

from __future__ import annotations

import re

__all__ = ["LATIN_EDGE", "latin_edged", "letter_first", "lowered"]

_LATIN = r"[\d_a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
LATIN_EDGE = f"(?!(?<={_LATIN}){_LATIN})"
"""A zero-width edge: the characters either side are not both Latin letters or digits."""

_STARTS_LATIN = re.compile(r"^[a-zA-Z0-9\u00c0-\u024f]")
_ENDS_LATIN = re.compile(r"(?<!\\)[a-zA-Z0-9\u00c0-\u024f]$")


def latin_edged(pattern: str) -> str:
    """Return a cue ``pattern`` with Latin edges where it starts or ends with a Latin letter.

    For the languages written without spaces (Japanese, Korean, Chinese), whose cues match
    inside words: their Latin names ("nato", "isw") must still not match inside a Latin word.
    """
    head = LATIN_EDGE if _STARTS_LATIN.search(pattern) else ""
    tail = LATIN_EDGE if _ENDS_LATIN.search(pattern) else ""
    return f"{head}(?:{pattern}){tail}" if head or tail else pattern


_EDGE_THEN_LETTER = re.compile(re.escape(LATIN_EDGE) + r"([A-Za-z0-9])(?![?*+{])")
_EDGE_AFTER = f"(?<!{_LATIN}{_LATIN})"


def letter_first(pattern: str) -> str:
    """Return ``pattern`` with each Latin edge before a plain letter moved after that letter.

    ``EDGE n`` becomes ``n(?<!LL)``: the letter, then a look-behind that the letter and the
    character before it are not both Latin. Both match the same text, but ``re`` tries a
    pattern at every position of the text, and a letter fails faster than two look-arounds
    (the sheet's claimant patterns run over whole articles). Not for the RE2 prefilter, which
    only knows the plain edges.
    """
    return _EDGE_THEN_LETTER.sub(lambda m: m.group(1) + _EDGE_AFTER, pattern)


_ESCAPE_OR_LETTER = re.compile(r"\\.|[^\\]+", re.DOTALL)


def lowered(pattern: str) -> str:
    r"""Return ``pattern`` in lower case, for matching the lowered text without ``IGNORECASE``.

    Escapes keep their case (``\S`` is not ``\s``); typographic apostrophes become
    straight ones, as :func:`analysis.articles.cues.lower` makes them in the text. Python's
    ``re`` finds a pattern's literal first letters fast only when the case is fixed: the
    sheet's claimant patterns, run over whole articles, cost a fifth of their ``IGNORECASE``
    form on the lowered text (the same matches on every labelled set and 1,500 generated
    articles).
    """
    parts = (part if part.startswith("\\") else "".join(ch.lower()[:1] or ch for ch in part)
             for part in _ESCAPE_OR_LETTER.findall(pattern))
    return "".join(parts).replace("\u2019", "'").replace("\u02bc", "'")
