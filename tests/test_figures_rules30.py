# ruff: noqa: E501 (the phrases are data, as written)
"""30rg: a range whose counted noun follows its first end (issue 17, D213).

"from A noun to B": the range word before the low end, one plain word (the counted noun) after
it, the range's "to" word, and the high end closing what is told (the phrase ends, or a symbol or
a qualifier follows) is the range "from A to B noun" (rule 6); no magnitude of the high end is
shared with a low end its noun has closed (D4). With a word or noun of change before it, it is
the change's new total B (D35, D61), as "rose from A to B noun" reads. The first phrases are
real: uk round 85's miss (its source in ``tests/cases/figures_round85.csv``), ru and fr from the
``pages`` corpus (lenta.ua, Zelensky on Mariupol, 2022: "от нескольких сотен человек до тысяч, но
не такие крупные города"; latribune.fr, "des estimations allant de 65.000 manifestants à
300.000"); the others are forms written for this test from each grammar, expected readings by
hand from the codebook.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # the range (rule 6, D4's two vague ends)
    ("uk", "від кількох сотень людей до тисяч", (200, 9_999), "vague"),
    ("ru", "где проживали от нескольких сотен человек до тысяч, но не такие крупные города", (200, 9_999), "vague"),
    ("fr", "des estimations allant de 65.000 manifestants à 300.000.", (65_000, 300_000), "range"),
    ("en", "from several hundred people to thousands", (200, 9_999), "vague"),
    ("en", "from 300 people to 500", (300, 500), "range"),
    ("en", "from about 300 people to 500", (300, 500), "range"),
    ("en", "from 300 people to about 500", (300, 500), "range"),
    ("uk", "від 300 людей до 500", (300, 500), "range"),
    ("uk", "від 300 тис. людей до 500 тис.", (300_000, 500_000), "range"),
    ("ru", "от 300 человек до 500", (300, 500), "range"),
    ("ru", "с 300 человек до 500", (300, 500), "range"),
    ("de", "von 300 Menschen bis 500", (300, 500), "range"),
    ("fr", "de 300 personnes à 500", (300, 500), "range"),
    ("es", "de 300 personas a 500", (300, 500), "range"),
    ("it", "da 300 persone a 500", (300, 500), "range"),
    ("pt", "de 300 pessoas a 500", (300, 500), "range"),
    ("pl", "od 300 osób do 500", (300, 500), "range"),
    ("pl", "od kilkuset osób do kilku tysięcy", (200, 9_999), "vague"),
    ("id", "dari 300 orang hingga 500", (300, 500), "range"),
    # the noun closes the low end: no magnitude shared (D4)
    ("en", "from 5 people to 10 thousand", (5, 10_000), "range"),
    # a change: the new total B (D35, D61), the verb in the engine's list or the table's rewrite
    ("en", "rose from 300 people to 500", 500, "exact"),
    ("en", "fell from 500 people to 300", 300, "exact"),
    ("en", "the toll has risen from 300 people to 500", 500, "exact"),
    ("en", "has grown from 300 people to 500", 500, "exact"),
    ("fr", "est passé de 300 personnes à 500", 500, "exact"),
    ("fr", "une hausse de 300 personnes à 500", 500, "exact"),
    ("it", "è passato da 300 persone a 500", 500, "exact"),
    ("de", "stieg von 300 Menschen auf 500", 500, "exact"),
    ("de", "von 300 Toten auf 500", 500, "exact"),
    ("ru", "выросло с 300 человек до 500", 500, "exact"),
    ("uk", "зросла з 300 людей до 500", 500, "exact"),
    ("pl", "wzrosła z 300 osób do 500", 500, "exact"),
    ("es", "pasando de 300 muertos a 500", 500, "exact"),
]
STAY = [
    # the noun after the high end, as before (rule 6)
    ("en", "from 300 to 500 people", (300, 500), "range"),
    ("uk", "від 300 до 500 людей", (300, 500), "range"),
    # a word after the high end that is no symbol or qualifier: the distance of es "a 500 metros"
    ("es", "de 300 personas a 500 metros", 300, "exact"),
    ("fr", "la mort de 300 personnes à Paris", 300, "exact"),
    # no noun between: a change's own reading
    ("en", "rose from 300 to 500", 500, "exact"),
]
UNREAD = [
    # the high end's own noun (two counts)
    ("en", "from 300 people to 500 vehicles"),
    ("de", "von 300 Toten auf 500 Verletzte"),
    ("pl", "wzrosła z 300 osób do 500 rannych"),
    # more than the noun after the low end, or a word after the high end
    ("en", "from 300 people in Kyiv to 500"),
    ("en", "from 300 people to 500 in Kyiv"),
    ("en", "estimates ranging from 5,000 on the low end ( to 8,000 on the high end"),
    # no range: falling with no word of change (D4), "between … and" (left: the "and" of a list)
    ("en", "from 500 people to 300"),
    ("en", "between 300 people and 500"),
    ("de", "zwischen 300 Menschen und 500"),
    # a count and a share
    ("en", "from 10 people to 20%"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
