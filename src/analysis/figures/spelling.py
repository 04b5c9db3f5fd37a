"""One spelling for every word of a language whose script has its rules (17cp, D72).

Moved out of :mod:`analysis.figures.normalise` (which folds and cuts the text) to keep each
module small: the rules are each language's ``SPELLING`` (:mod:`analysis.lang`), Hindi's
"घन्टे" -> "घंटे", Arabic's hamza forms; :func:`spell` writes a folded text with them and
:func:`spell_pattern` a table's pattern, so that both meet.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.lang import SCRIPTS, SPELLING
from analysis.text.scripts import CHARACTERS

try:  # the standard library's own parser of regular expressions (as in patterns.py)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python before 3.11
    _P = _C = None

__all__ = ["SPELLED_CHARACTERS", "spell", "spell_pattern"]


Rule = tuple[re.Pattern[str], str, tuple[str, ...] | None]
"""A spelling rule: its pattern, its replacement and the characters it needs (:func:`needed`)."""
_FEWEST: Final = 8
"""The most characters a rule's check tries (more cost about what the pattern's search does)."""


def needed(pat: re.Pattern[str]) -> tuple[str, ...] | None:
    """Return characters one of which every match of *pat* holds, or None (none known).

    Each item of the pattern's top level that consumes one character of a small set (a
    literal, a class of literals and ranges) must find one of them in a text the pattern
    matches in: the smallest such set is kept, when it holds at most :data:`_FEWEST`
    characters. A text holding none is left as it is by the rule (29sp).
    """
    if _P is None:
        return None
    best: tuple[str, ...] | None = None
    for op, arg in _P.parse(pat.pattern, pat.flags).data:
        chars: set[str] | None = None
        if op is _C.LITERAL:
            chars = {chr(arg)}
        elif op is _C.IN and arg and all(o is _C.LITERAL or o is _C.RANGE for o, _ in arg):
            chars = set()
            for o, a in arg:
                chars.update(chr(a) for a in ([a] if o is _C.LITERAL else range(a[0], a[1] + 1)))
        if chars and len(chars) <= _FEWEST and (best is None or len(chars) < len(best)):
            best = tuple(sorted(chars))
    return None if pat.flags & re.IGNORECASE else best


def _spellings() -> tuple[tuple[re.Pattern[str], tuple[Rule, ...]], ...]:
    """Compile the ``SPELLING`` rules of :mod:`analysis.lang`: (a script character, rules)."""
    out = []
    for code, rules in SPELLING.items():
        chars = "".join(CHARACTERS[script] for script in SCRIPTS[code])
        script = re.compile(f"[{chars}]")
        pats = [(re.compile(p), r) for p, r in rules]
        out.append((script, tuple((pat, r, needed(pat)) for pat, r in pats)))
    return tuple(out)


_SPELLINGS: Final = _spellings()
"""(17cp, D72) Each language's spelling rules, with a pattern of its script's characters."""
_SPELLED: Final = (
    re.compile("|".join(script.pattern for script, _ in _SPELLINGS)) if _SPELLINGS else None
)
"""A character of a script whose language has spelling rules (most texts hold none)."""
SPELLED_CHARACTERS: Final = "".join(
    CHARACTERS[script] for code in SPELLING for script in SCRIPTS[code]
)
"""The characters :data:`_SPELLED` finds, as the body of a character class (17sp)."""


def spell(text: str) -> str:
    """Write every word of folded *text* in the one spelling its language's rules give (D72).

    The rules (``SPELLING`` of :mod:`analysis.lang`: Hindi "घन्टे" -> "घंटे", Arabic "إلى" ->
    "الي") of each language whose script *text* holds a character of are applied in order.
    """
    for script, rules in _SPELLINGS:
        if script.search(text) is not None:
            for pat, rep, chars in rules:
                # a text holding none of the characters a rule needs is left as it is (29sp)
                if chars is None or _holds_one(text, chars):
                    text = pat.sub(rep, text)
    return text


def _holds_one(text: str, chars: tuple[str, ...]) -> bool:
    """Whether *text* holds one of *chars*."""
    for ch in chars:
        if ch in text:
            return True
    return False


def spell_pattern(pattern: str) -> str:
    """Return the regular expression *pattern* of a table written as :func:`spell` writes text.

    A rewrite or word pattern of a table must match the text as spelt: its literal characters
    are spelt as the text's are. A character a rule deletes (a short vowel, the tatweel)
    takes its quantifier with it ("بـ?" -> "ب", not "ب?"): the text never holds it.
    """
    for script, rules in _SPELLINGS:
        if script.search(pattern) is not None:
            for pat, rep, _ in rules:
                if not rep:
                    pattern = re.sub(f"(?:{pat.pattern})[?*+]", "", pattern)
                pattern = pat.sub(rep, pattern)
    return pattern
