"""The fields of a figure table (:mod:`analysis.lang`) and the categories they give phrases.

What a table declares, kept apart from how :class:`~analysis.figures.lexicon.Lexicon` reads
it: each field that marks phrases names the category of :mod:`~analysis.figures.cats` (and,
for qualifiers, the qualifier) its phrases carry.
"""

from __future__ import annotations

from analysis.figures import cats as Cat

__all__ = [
    "COMPOUND_FIELDS", "CONTRAST_FIELDS", "FIELD_CATS", "FLAG_FIELDS", "QUALIFIER_FIELDS",
    "SILENT_CATS", "VALUE_FIELDS",
]

#: Qualifier fields: (category, qualifier).
QUALIFIER_FIELDS = {
    "approx": (Cat.QUALIFIER_BEFORE, "approx"),
    "at_least": (Cat.QUALIFIER_BEFORE, "at_least"),
    "at_most": (Cat.QUALIFIER_BEFORE, "at_most"),
    "nearly": (Cat.QUALIFIER_BEFORE, "nearly"),
    "post_approx": (Cat.QUALIFIER_AFTER, "approx"),
    "post_at_least": (Cat.QUALIFIER_AFTER, "at_least"),
    "post_at_most": (Cat.QUALIFIER_AFTER, "at_most"),
    "post_nearly": (Cat.QUALIFIER_AFTER, "nearly"),
    "weak_at_least": (Cat.WEAK_AT_LEAST, "at_least"),
}
#: Fields of phrases carrying a value: {phrase: number}.
VALUE_FIELDS = {
    "numbers": Cat.NUMBER,
    "small": Cat.SMALL,
    "scales": Cat.SCALE,
    "collective": Cat.COLLECTIVE,
    "vague": Cat.VAGUE,
    "several_magnitude": Cat.SEVERAL_MAGNITUDE,
}
#: Fields of phrases that mark a role (value True).
FLAG_FIELDS = {
    "additional": Cat.ADDITIONAL,
    "additional_post": Cat.ADDITIONAL_AFTER,
    "total": Cat.TOTAL,
    "range_pre": Cat.RANGE_BEFORE,
    "range_sep": Cat.RANGE_SEP,
    "range_and": Cat.RANGE_AND,
    "percent": Cat.PERCENT,
    "fraction": Cat.FRACTION,
    "rate": Cat.RATE,
    "rate_post": Cat.RATE_AFTER,
    "restate": Cat.RESTATE,
    "including": Cat.INCLUDING,
    "including_post": Cat.INCLUDING_AFTER,
    # (20fb, D93.1) "made up of": read as "including" by the figure engine only (the article
    # reader reads ``including`` as its own cue of a part, not these)
    "made_of": Cat.INCLUDING,
    "made_of_post": Cat.INCLUDING_AFTER,
    "units": Cat.MILITARY_UNIT,
    "uncountable": Cat.UNCOUNTABLE,
    "months": Cat.MONTH,
    "year_pre": Cat.YEAR_BEFORE,
    "year_post": Cat.YEAR_AFTER,
    "year_pre_weak": Cat.YEAR_WEAK,
    "year_next": Cat.YEAR_NEXT,
    "time_units": Cat.DURATION,
    "stop": Cat.STOP,
    "articles": Cat.ARTICLE,
    "of": Cat.OF,
    "and": Cat.AND,
    "und": Cat.UND,
    "vague_prefix": Cat.VAGUE_PREFIX,
    "teens": Cat.TEENS,
    "prepositions": Cat.PREPOSITION,
    "not_count_pre": Cat.NOT_COUNT_BEFORE,
    "not_count_post": Cat.NOT_COUNT_AFTER,
    "street_pre": Cat.STREET_BEFORE,
    "compared_pre": Cat.COMPARED_BEFORE,
    "compared_post": Cat.COMPARED_AFTER,
    "change": Cat.CHANGE,
    "change_from": Cat.CHANGE_FROM,
    "change_to": Cat.CHANGE_TO,
    "measures": Cat.MEASURE,
    "measure_one": Cat.MEASURE_ONE,
    "measure_one_qualified": Cat.MEASURE_ONE_QUALIFIED,
    "both": Cat.BOTH,
}
SILENT_CATS = frozenset((
    Cat.MEASURE, Cat.MEASURE_ONE, Cat.MEASURE_ONE_QUALIFIED, Cat.CHANGE, Cat.CHANGE_FROM,
    Cat.CHANGE_TO, Cat.STREET_BEFORE,
))
#: The parts of a table's ``contrast`` field (D71): its key -> category.
CONTRAST_FIELDS = {
    "not": Cat.CONTRAST_NOT,
    "not_post": Cat.CONTRAST_NOT_AFTER,
    "but": Cat.CONTRAST_BUT,
    "also": Cat.CONTRAST_ALSO,
}
#: Morphemes of numbers written as one word: field -> kind of morpheme.
COMPOUND_FIELDS = {
    "compound": Cat.NUMBER,
    "compound_small": Cat.SMALL,
    "compound_scales": Cat.SCALE,
    "compound_and": Cat.UND,
}
FIELD_CATS: dict[str, str] = {
    **{field: cat for field, (cat, _) in QUALIFIER_FIELDS.items()},
    **VALUE_FIELDS,
    **FLAG_FIELDS,
    "several": Cat.SEVERAL,
}
"""Every field of a figure table that marks phrases, and the category it gives them."""
