"""The common shape read directly: [words] [qualifier] number [scale] [words].

Most reported figures are one number with at most a qualifier before it, a scale word
after it and nouns around it ("more than 3,000 troops", "über 3.000 Soldaten", "около 3
тыс. военных" is not: "тыс." has a dot). :func:`read_simple` reads such a phrase with a
few dictionary look-ups, without cutting it into units; it answers only when the full
engine (:func:`~analysis.figures.decide.decide`) would give the same reading, and
returns None otherwise (the caller then runs the full engine). The conditions below are
what makes the two agree: every other word carries no category of the table (no
qualifier after the number, no "more", no year, month, rate, unit or range word), the
qualifier phrase is the longest phrase the table could match there, the hinted table
knows a word of the phrase (so the engine keeps it), and nothing is rewritten.
"""

from __future__ import annotations

import re

from analysis.figures import cats as Cat
from analysis.figures.language import knows
from analysis.figures.lexicon import Cats, Lexicon
from analysis.figures.model import Figure
from analysis.figures.normalise import HAS_CJK, digits_value
from analysis.figures.qualify import qualified
from analysis.figures.units import other_cats

__all__ = ["SIMPLE_RE", "read_simple"]

SIMPLE_RE = re.compile(
    r"((?:[^\W\d_]+ )*)(\d{1,3}(?:[,.]\d{3})+|\d{1,3}(?: \d{3})+|\d+)((?: [^\W\d_]+)*)",
)
"""Words, one digit group (plain or grouped by thousands), words: single spaces only."""

# categories that play no part in a phrase of the simple shape where they stand
_INERT = frozenset((Cat.STOP,))
_INERT_BEFORE = frozenset((Cat.STOP, Cat.ADDITIONAL, Cat.ADDITIONAL_AFTER))
_QUALIFIER = frozenset((Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.STOP))
_SCALE = frozenset((Cat.SCALE, Cat.VAGUE, Cat.STOP))


def _cats(word: str, lex: Lexicon) -> Cats:
    """Return the categories the engine gives *word* as a single unit."""
    cats = lex.one.get(word)
    if cats is None:
        cats = lex.other.get(word)
        if cats is None:
            cats = other_cats(word, "w", lex)
    return cats


def _phrase_at(seq: list[str], i: int, lex: Lexicon, longer_than: int = 1) -> bool:
    """Whether a table phrase longer than *longer_than* tokens starts at ``seq[i]``."""
    for k in lex.lengths.get(seq[i], ()):
        if k > longer_than and i + k <= len(seq) and tuple(seq[i : i + k]) in lex.multi:
            return True
    return False


def _inert(seq: list[str], lo: int, hi: int, lex: Lexicon, allowed: frozenset[str]) -> bool:
    """Whether the words ``seq[lo:hi]`` are single units whose categories are *allowed*."""
    for i in range(lo, hi):
        if _phrase_at(seq, i, lex) or not allowed.issuperset(_cats(seq[i], lex)):
            return False
    return True


def _qualifier_before(seq: list[str], n: int, lex: Lexicon) -> tuple[str, int] | None:
    """Return the qualifier phrase just before the number (at ``seq[n]``), and its length.

    ``("exact", 0)`` when there is none; None when the phrase is not of the simple shape.
    """
    for k in (3, 2, 1):
        if n < k:
            continue
        key = tuple(seq[n - k : n])
        cats = lex.multi.get(key) if k > 1 else _cats(seq[n - 1], lex)
        if cats is None or Cat.QUALIFIER_BEFORE not in cats or not _QUALIFIER.issuperset(cats):
            continue
        if _phrase_at(seq, n - k, lex, k) or not _inert(seq, 0, n - k, lex, _INERT_BEFORE):
            return None  # a longer phrase of the table starts there: let the engine decide
        return str(cats[Cat.QUALIFIER_BEFORE]), k
    if not _inert(seq, 0, n, lex, _INERT_BEFORE):
        return None
    return "exact", 0


def read_simple(norm: str, lex: Lexicon) -> tuple[Figure, float] | None:
    """Read *norm* when it has the simple shape, else return None.

    Parameters
    ----------
    norm : str
        The normalised phrase.
    lex : Lexicon
        The table of the language hint.

    Returns
    -------
    tuple of (Figure, float) or None
        The figure and the value of its digit group (for the template), or None when the
        full engine must read the phrase.
    """
    m = SIMPLE_RE.fullmatch(norm)
    if m is None or HAS_CJK.search(norm):
        return None
    if lex.rewrite_any is not None and lex.rewrite_any.search(norm):
        return None
    before = m.group(1).split()
    after = m.group(3).split()
    n = len(before)
    seq = [*before, m.group(2), *after]
    found = _qualifier_before(seq, n, lex)
    if found is None:
        return None
    qual, k = found
    scale = 1.0
    rest = n + 1
    if after:
        cats = _cats(after[0], lex)
        if Cat.SCALE in cats and _SCALE.issuperset(cats) and not _phrase_at(seq, rest, lex):
            scale = float(cats[Cat.SCALE])  # type: ignore[arg-type]
            rest += 1
        if not _inert(seq, rest, len(seq), lex, _INERT):
            return None
    words = [*before, *after]
    if words and not knows(lex, words):
        return None  # the engine would read the phrase with another language's table
    rel = "additional" if any(Cat.ADDITIONAL in _cats(w, lex) for w in before) else "total"
    x = digits_value(m.group(2))
    return qualified(x * scale, "count", qual, rel), x
