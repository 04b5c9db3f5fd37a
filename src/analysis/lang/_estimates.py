"""Rewrites the figure tables build alike: an estimate told by its verb is approx (20fa, D91.1).

"Das RKI schätzt 2023 die Zahl der Toten auf 3100", "se estima que en junio hubo 829 muertes",
"the agency estimated the death toll at 3,100": the verb of estimating governs the number from
afar, across its object, so no qualifier word stands within reach of it (rule 2 lists only the
words right before the number: "schätzungsweise", "an estimated", "se estima que 829"). The
rewrite writes the language's approximate word right before the number, in the verb's clause:
no stop, comma, colon, semicolon, question or exclamation mark, and no number but a year (1900-2099)
between; the number in digits (a number word after the gap is left as it was).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from analysis.lang._order import longest_first

_GAP = r"(?:[^.,;:!?\d]|(?<!\d)(?:19|20)\d\d(?!\d))"
"""One character of the verb's clause: no stop, and no digit but in a year."""

_NUMBER = r"(?=\d)(?!(?:19|20)\d\d(?!\d))"
"""A number in digits that may be no year (a year there is left as it was)."""


_PRE = ("approx", "at_least", "at_most", "nearly", "prepositions")
_POST = ("post_approx", "post_at_least", "post_at_most", "post_nearly")


def _alternation(words: Iterable[str]) -> str:
    """Return the words as one alternation, longest first."""
    return "|".join(longest_first(set(words)))


def _written(figures: Mapping[str, Any], fields: tuple[str, ...]) -> str:
    """Return the table's qualifier phrases of *fields* as one escaped alternation."""
    words = {w for f in fields for w in figures.get(f, ()) if "\\" not in w}
    return _alternation(re.escape(w) for w in words)


def _gap(figures: Mapping[str, Any], gap: int) -> tuple[str, str]:
    """Return the verb's clause up to the number (no qualifier right before it) and what follows.

    A qualifier written at the number governs it (D1): "estima-se que quase 500" stays nearly,
    "estimates put the crowd at 120,000 or more" at least; the rewrite then does not match.
    """
    pre, post = _written(figures, _PRE), _written(figures, _POST)
    return (
        r"(?:(?!(?<!\w)(?:" + pre + r")\s+\d)" + _GAP + "){1," + str(gap) + r"}?"
    ), r"(?![\d.,\s]*(?:[^\W\d_]+\s+)?(?:" + post + r")(?!\w))"


def estimated_at(
    figures: Mapping[str, Any], verbs: Iterable[str], prepositions: Iterable[str], approx: str,
    gap: int = 80,
) -> tuple[str, str]:
    """Return the rewrite of "VERB object PREPOSITION N": approximate N.

    Parameters
    ----------
    figures : mapping
        The language's figure table: a qualifier of it written at the number keeps the rewrite
        from matching.
    verbs : iterable of str
        The verb forms of estimating (whole words, lower case; regular expressions).
    prepositions : iterable of str
        The words that bring in the estimate's value ("auf", "at", "en", "à", "в", "na").
    approx : str
        The table's approximate word written before the number ("schätzungsweise").
    gap : int, default 80
        Most characters between the verb and the preposition.

    Returns
    -------
    tuple of str
        ``(pattern, replacement)`` for the table's ``rewrites``.
    """
    clause, after = _gap(figures, gap)
    return (
        r"(?<!\w)((?:" + _alternation(verbs) + r")(?!\w)" + clause
        + r"(?<!\S)(?:" + _alternation(prepositions) + r") )" + _NUMBER + after,
        r"\1" + approx + " ",
    )


def estimated_that(
    figures: Mapping[str, Any], openers: Iterable[str], approx: str, gap: int = 80
) -> tuple[str, str]:
    """Return the rewrite of "it is estimated that … N": approximate N.

    Parameters
    ----------
    figures : mapping
        The language's figure table (as for :func:`estimated_at`).
    openers : iterable of str
        The impersonal openers ("se estima que", "si stima che", "on estime que").
    approx : str
        The table's approximate word written before the number.
    gap : int, default 80
        Most characters between the opener and the number.

    Returns
    -------
    tuple of str
        ``(pattern, replacement)`` for the table's ``rewrites``.
    """
    clause, after = _gap(figures, gap)
    return (
        r"(?<!\w)((?:" + _alternation(openers) + r")(?!\w)" + clause + r"(?<!\S))" + _NUMBER
        + after,
        r"\1" + approx + " ",
    )
