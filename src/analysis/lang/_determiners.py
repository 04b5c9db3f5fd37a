"""A rewrite the figure tables build alike: "several" on another noun is no count (17cv, D78.2).

"Despite several warnings, 12 people died", "6,4 Millionen kamen trotz einiger Regentage": a
vague determiner (the table's ``several`` words: "several", "some", "mehrere", "einige",
"plusieurs", "varios", "несколько", "kilka", "beberapa" …) governed by a preposition that does
not say where ("despite", "after", "because of", "during", "through", "for" …) stands on a noun
that is not the counted: the counted of a count is the subject or the object of its verb, never
the object of such a preposition. When a number stands elsewhere in the phrase the determiner is
dropped, so the number is read alone; alone ("despite several warnings") it stays several (D9).

Not after the prepositions of place ("in several villages", "an mehreren Orten": places that
are counted stay a second count, D45.5, D64.7; places no one counts are D64.7's rewrites), nor
after those that add or include ("with several injured", "among", "including", "plus", "of"),
nor "up to" / "about" ("до нескольких"), nor before a number or a magnitude ("after some 30",
"for several hundred": a vague number, rule 7), nor before a word that ends the phrase the
determiner would stand on (a verb: "after several were injured"; "of"; "and").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from analysis.lang._order import longest_first


def _alternation(words: Iterable[str]) -> str:
    """Return the words as one alternation, longest first, dots escaped."""
    return "|".join(w.replace(".", r"\.") for w in longest_first(set(words)))


def several_beside(
    figures: Mapping[str, Any],
    prepositions: Iterable[str],
    stops: Iterable[str] = (),
) -> tuple[str, str]:
    """Return the rewrite that drops a ``several`` word after *prepositions* beside a count.

    Parameters
    ----------
    figures : mapping
        The language's figure table: its ``several`` words are the determiners; its
        ``numbers``, ``scales`` and ``vague`` words (but the determiners) are the counts
        one of which, or a digit, must stand in the phrase, and may not follow the
        determiner.
    prepositions : iterable of str
        The prepositions (one or more words) after which the determiner is dropped.
    stops : iterable of str
        Words that, right after the determiner, keep it (a verb, "of", "and").

    Returns
    -------
    tuple of str
        ``(pattern, replacement)`` for the table's ``rewrites``.
    """
    dets = {w for w in figures["several"] if not w.endswith(("'", "’"))}
    # (20fa, D92.3) an article is no count (D8): "Un lycée a fermé après plusieurs cas" keeps its
    # several, no number standing elsewhere
    other = _alternation(
        (set(figures["numbers"]) | set(figures["scales"]) | set(figures["vague"]))
        - dets - set(figures.get("articles", ()))
    )
    stop = _alternation(stops)
    return (
        r"^(?=.*(?:\d|(?<!\w)(?:" + other + r")(?!\w)))"
        r"(.*?(?<!\S)(?:" + _alternation(prepositions) + r") )"
        r"(?:" + _alternation(dets) + r") "
        r"(?=[^\W\d_]{2,})"
        + (r"(?!(?:" + stop + r")(?!\w))" if stop else "")
        + r"(?!(?:" + other + r")(?!\w))",
        r"\1",
    )


def several_before(
    figures: Mapping[str, Any],
    postpositions: Iterable[str],
) -> tuple[str, str]:
    """Return the rewrite that drops a ``several`` word before a noun and *postpositions*.

    The languages whose prepositions follow their noun (Turkish "birkaç uyarıya rağmen", Hindi
    "कई चेतावनियों के बावजूद"): the determiner, one or two words (the noun, with its case
    ending glued, and an adjective) and the postposition; the same conditions as
    :func:`several_beside`.

    Parameters
    ----------
    figures : mapping
        The language's figure table (as for :func:`several_beside`).
    postpositions : iterable of str
        The postpositions (one or more words) after the noun.

    Returns
    -------
    tuple of str
        ``(pattern, replacement)`` for the table's ``rewrites``.
    """
    dets = set(figures["several"])
    other = _alternation(
        (set(figures["numbers"]) | set(figures["scales"]) | set(figures["vague"])) - dets
    )
    after = r"(?:[^\s\d]{2,} ){1,2}(?:" + _alternation(postpositions) + r")"
    return (
        r"^(?=.*(?:\d|(?<!\w)(?:" + other + r")(?!\w)))"
        r"(.*?)(?<!\S)(?:" + _alternation(dets) + r") "
        r"(?!(?:" + other + r")(?!\w))"
        r"(?=(?:" + after + r")(?!\S))",
        r"\1",
    )
