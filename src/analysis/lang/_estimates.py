"""Rewrites the figure tables build alike: an estimate told by its verb is approximate (20fa, D91.1).

"Das RKI schätzt 2023 die Zahl der Toten auf 3100", "se estima que en junio hubo 829 muertes",
"the agency estimated the death toll at 3,100": the verb of estimating governs the number from
afar, across its object, so no qualifier word stands within reach of it (rule 2 lists only the
words right before the number: "schätzungsweise", "an estimated", "se estima que 829"). The
rewrite writes the language's approximate word right before the number, in the verb's clause:
no stop, comma, colon, semicolon, question or exclamation mark, and no number but a year (1900-2099)
between; the number in digits (a number word after the gap is left as it was).
"""

from __future__ import annotations

from collections.abc import Iterable

_GAP = r"(?:[^.,;:!?\d]|(?<!\d)(?:19|20)\d\d(?!\d))"
"""One character of the verb's clause: no stop, and no digit but in a year."""

_NUMBER = r"(?=\d)(?!(?:19|20)\d\d(?!\d))"
"""A number in digits that may be no year (a year there is left as it was)."""


def _alternation(words: Iterable[str]) -> str:
    """Return the words as one alternation, longest first."""
    return "|".join(sorted(set(words), key=len, reverse=True))


def estimated_at(
    verbs: Iterable[str], prepositions: Iterable[str], approx: str, gap: int = 80
) -> tuple[str, str]:
    """Return the rewrite of "VERB object PREPOSITION N": approximate N.

    Parameters
    ----------
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
    return (
        r"(?<!\w)((?:" + _alternation(verbs) + r")(?!\w)" + _GAP + "{1," + str(gap) + r"}?"
        r"(?<!\S)(?:" + _alternation(prepositions) + r") )" + _NUMBER,
        r"\1" + approx + " ",
    )


def estimated_that(openers: Iterable[str], approx: str, gap: int = 80) -> tuple[str, str]:
    """Return the rewrite of "it is estimated that … N": approximate N.

    Parameters
    ----------
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
    return (
        r"(?<!\w)((?:" + _alternation(openers) + r")(?!\w)" + _GAP + "{1," + str(gap) + r"}?"
        r"(?<!\S))" + _NUMBER,
        r"\1" + approx + " ",
    )
