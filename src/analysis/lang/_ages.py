"""Pieces of the tables' age limits (17cx, D80.1): an age and the nouns of people before one.

An age limit ("people over 65", "children under 15", "15 yaş altı", "15岁以下", "65세 이상") names
who is counted, no count: beside another number the engine drops it (each table's
``age_limits``, :func:`analysis.figures.engine._without_age_limits`); a phrase with no other
number keeps it as written. An age is a whole number of 1 to 120, not followed by another digit,
a decimal or a scale (those are counts).
"""

AGE: str = r"(?<![\d.,])(?:1[01][0-9]|120|[1-9][0-9]?)(?![0-9]|[.,][0-9])"
"""A whole number of 1 to 120, the digits of an age."""


def after(first: str, *nouns: str) -> str:
    """Return a place before *first* right after one of *nouns* and a space.

    The age limits of some languages ("over 65", "unter 14", "старше 80") are also qualifiers of
    a count ("over 65 died"); they limit an age only right after a noun of people. *first* (what
    the limit starts with) is looked for first: the look-behinds (fixed width, one per noun) are
    tried only where it stands, not at every place of the text.
    """
    return f"(?={first})(?:" + "|".join(f"(?<=\\b{noun} )" for noun in nouns) + ")"
