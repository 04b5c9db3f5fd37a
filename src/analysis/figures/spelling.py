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

__all__ = ["SPELLED_CHARACTERS", "spell", "spell_pattern"]


def _spellings() -> tuple[tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], ...]:
    """Compile the ``SPELLING`` rules of :mod:`analysis.lang`: (a script character, rules)."""
    out = []
    for code, rules in SPELLING.items():
        chars = "".join(CHARACTERS[script] for script in SCRIPTS[code])
        script = re.compile(f"[{chars}]")
        out.append((script, tuple((re.compile(p), r) for p, r in rules)))
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
            for pat, rep in rules:
                text = pat.sub(rep, text)
    return text


def spell_pattern(pattern: str) -> str:
    """Return the regular expression *pattern* of a table written as :func:`spell` writes text.

    A rewrite or word pattern of a table must match the text as spelt: its literal characters
    are spelt as the text's are. A character a rule deletes (a short vowel, the tatweel)
    takes its quantifier with it ("بـ?" -> "ب", not "ب?"): the text never holds it.
    """
    for script, rules in _SPELLINGS:
        if script.search(pattern) is not None:
            for pat, rep in rules:
                if not rep:
                    pattern = re.sub(f"(?:{pat.pattern})[?*+]", "", pattern)
                pattern = pat.sub(rep, pattern)
    return pattern
