"""Categories of a unit of text: the keys of ``Unit.cats``, one per role in the codebook.

Imported as ``from analysis.figures import cats as Cat`` so that the engine reads
``Cat.NUMBER in unit.cats``. A unit's ``cats`` maps each category it carries to a
value: a number for the quantity roles, a qualifier name for the qualifier roles,
``True`` for the others. The table fields that fill each category are in
:data:`analysis.figures.fields.FIELD_CATS`.
"""

from __future__ import annotations

from typing import Final

# ---- quantities (codebook rules 7, 8, 10, 11)
NUMBER: Final = "number"  # a number word or numeral: its value ("three" -> 3.0)
SMALL: Final = "small"  # multiplier binding the word before it ("hundred" -> 100.0)
SCALE: Final = "scale"  # large multiplier closing a group ("thousand", "만")
COLLECTIVE: Final = "collective"  # collective noun read as approximate ("dozen" -> 12.0)
VAGUE: Final = "vague"  # plural magnitude read as vague ("hundreds" -> 100.0)
VAGUE_PREFIX: Final = "vague_prefix"  # makes the next magnitude a vague plural (수, 数)
SEVERAL: Final = "several"  # "several", "a few"
SEVERAL_MAGNITUDE: Final = "several_magnitude"  # "several" fused with a magnitude ("кількасот")
TEENS: Final = "teens"  # "teens" words: vague 11-19 times the magnitude after them ("kilkanaście")
ARTICLE: Final = "article"  # "a", "an": one, but only before a magnitude
OF: Final = "of"  # links magnitudes ("tens of thousands")
AND: Final = "and"  # joins number words ("hundred and fifty")
UND: Final = "und"  # "and" that may also put units before tens (German "fünfundzwanzig")
PERCENT: Final = "percent"  # per cent words and signs

# ---- qualifier and relation (rules 1-5)
QUALIFIER_BEFORE: Final = "qualifier_before"  # value: "approx", "at_least", "at_most", "nearly"
QUALIFIER_AFTER: Final = "qualifier_after"  # the same, written after the number
WEAK_AT_LEAST: Final = "weak_at_least"  # "-odd" suffixes (여, 余): at_least unless qualified
ADDITIONAL: Final = "additional"  # "another", "further": relation additional
ADDITIONAL_AFTER: Final = "additional_after"  # "N more"
TOTAL: Final = "total"  # "in total": with several numbers, the one after it is the figure
PREPOSITION: Final = "preposition"  # a qualifier that is also a preposition ("до", "over", "bis"):
# it reaches the number across number and table words only, never across a word of its own

# ---- ranges (rule 6)
RANGE_BEFORE: Final = "range_before"  # "between", "from"
RANGE_SEP: Final = "range_sep"  # "to", "-", "~"
RANGE_AND: Final = "range_and"  # "and" after "between"

# ---- not the figure (rules 12, 13)
FRACTION: Final = "fraction"
RATE: Final = "rate"
RATE_AFTER: Final = "rate_after"  # a rate only right after the number ("200 a day")
RESTATE: Final = "restate"  # "i.e.", "यानी": the same count said again (24rb, D147.4)
INCLUDING: Final = "including"  # opens a breakdown of the figure
INCLUDING_AFTER: Final = "including_after"  # closes a breakdown written before the figure (含む)
MILITARY_UNIT: Final = "military_unit"  # battalion, brigade: a count of units is no headcount
UNCOUNTABLE: Final = "uncountable"  # "a significant number": vague without a magnitude
MONTH: Final = "month"
YEAR_BEFORE: Final = "year_before"  # "in 2024"
YEAR_AFTER: Final = "year_after"  # "2024 року", "2024年"
YEAR_WEAK: Final = "year_weak"  # "after 2018", "с 2015": a year beside another count (D69)
YEAR_NEXT: Final = "year_next"  # de "wurde 2021 hier": a word no count's noun, after a year (D69)
DURATION: Final = "duration"  # "three days", "8-hour"
STOP: Final = "stop"  # common words, used only to recognise the language
NOT_COUNT_BEFORE: Final = "not_count_before"  # "serogroup 1", "kelas 3", "aged 47": no count (D56)
NOT_COUNT_AFTER: Final = "not_count_after"  # "1등", "1等", "6系", "3 numaralı": no count (D56)
STREET_BEFORE: Final = "street_before"  # "via", "jalan", "ul.": a street name's word (D105)
COMPARED_BEFORE: Final = "compared_before"  # "compared with 39": the earlier value (D66.1)
COMPARED_AFTER: Final = "compared_after"  # "39人相比", "39'a kıyasla": the earlier value (D66.1)
CHANGE: Final = "change"  # "rise", "Anstieg", "рост", "증가": a noun or verb of change (D76)
CHANGE_FROM: Final = "change_from"  # pl "z": the old count's "from" of a change only (D76.5)
CHANGE_TO: Final = "change_to"  # pt "para", id "ke", "menjadi": the new count's "to" (D76.5)
MEASURE: Final = "measure"  # a unit of mass, area or volume: "a ton", "数トン" (D68.2)
MEASURE_ONE: Final = "measure_one"  # its singular alone is one unit: "тонну", "طن" (D68.2)
MEASURE_ONE_QUALIFIED: Final = "measure_one_qualified"  # one unit after a qualifier: "более тонны"
BOTH: Final = "both"  # "both", "beide", "оба", "ambos": two, when nothing else counts (D87)
# ---- a count corrected in the same breath, "not A but B" (D71): A is no count, B is
CONTRAST_NOT: Final = "contrast_not"  # "not", "nicht", "не", "不是": denies the number after it
CONTRAST_NOT_AFTER: Final = "contrast_not_after"  # "değil", "नहीं", "ではなく", "아니라": before it
CONTRAST_BUT: Final = "contrast_but"  # "but", "sondern", "а", "而是": the corrected number follows
CONTRAST_ALSO: Final = "contrast_also"  # "also", "auch", "тоже", "뿐": a second group, a sum

NUMBER_ROLES: Final = (
    NUMBER, SMALL, SCALE, COLLECTIVE, VAGUE, SEVERAL, SEVERAL_MAGNITUDE, VAGUE_PREFIX, ARTICLE,
    TEENS,
)  # fmt: skip
"""Categories that make a unit part of a quantity."""

RUN_STARTS: Final = frozenset((*NUMBER_ROLES, PERCENT))
"""Categories a quantity may start at (besides digits)."""

LIST_JOINS: Final = frozenset((AND, RANGE_AND))
"""The "and" of a list of counts or measures (D85, D103.2)."""

DASHES: Final = frozenset(("-", "\u2013", "\u2014"))
"""A hyphen, an en dash and an em dash standing as tokens of their own."""


def shares(group: frozenset[str], cats: dict[str, object]) -> bool:
    """Whether *cats* (a unit's categories) holds one of *group*: ``not group.isdisjoint(cats)``.

    A loop over the unit's few categories in compiled code, where ``isdisjoint`` is a method
    call that makes an iterator of the dict (17sp: the engine asks this ~4 times a phrase).
    """
    for cat in cats:
        if cat in group:
            return True
    return False


def only(group: frozenset[str], cats: dict[str, object]) -> bool:
    """Whether every category of *cats* is one of *group*: ``group.issuperset(cats)``.

    A loop in compiled code over the unit's few categories, where ``issuperset`` of a dict
    first copies it into a set (17se: the fast reader asks this of every unit it reads).
    """
    for cat in cats:
        if cat not in group:
            return False
    return True
