# ruff: noqa: E501 (the phrases are data, as written)
"""D117: two sources' estimates set against each other are no count and its earlier value.

The session's review found that D111 (the count beside its compared value reads the count) read
"170.000 personnes selon la CGT, contre 95.000 selon la police" as exact 170,000: a disputed
crowd count published as certain. Each number with its own source word makes the phrase two
estimates, unparsed; one source beside a comparison reads as D111. The first phrase is round
11's (https://parisparlez.com/?p=110302); the others are written for the rule in each language,
their readings by hand.
"""

from __future__ import annotations

from figure_sets import assert_reads_best, assert_unparsed, case_test

TWO_SOURCES = [
    ("fr", "a rassemblé 170.000 personnes selon la CGT, contre 95.000 selon la police"),
    ("fr", "12 000 manifestants selon les organisateurs, contre 4 000 selon la police"),
    ("es", "Según la policía, 20.000 personas, frente a 80.000 según los organizadores"),
    ("en", "12,000 according to organisers, compared with 4,000 according to police"),
    ("de", "laut Polizei 12.000 Teilnehmer, im Vergleich zu 4.000 laut Veranstaltern"),
    ("it", "50.000 secondo gli organizzatori, contro i 10.000 secondo la questura"),
    ("pt", "segundo os organizadores, 50 mil pessoas, contra 10 mil segundo a polícia"),
    ("ru", "по данным организаторов, 50 тысяч человек, против 10 тысяч по данным полиции"),
    ("uk", "за даними організаторів, 50 тисяч людей, проти 10 тисяч за даними поліції"),
]

ONE_SOURCE = [
    ("fr", "2175 morts, contre 2253 l'an dernier, selon le ministère", 2175.0),
    ("fr", "à 2175, contre 2253", 2175.0),
    ("es", "Según la policía, 20.000 personas se manifestaron", 20000.0),
    ("en", "2,325 heat-related deaths, compared to just 311, according to the county", 2325.0),
]


test_two_sources_estimates_are_unparsed = case_test(TWO_SOURCES, assert_unparsed)
test_one_source_beside_a_comparison_reads_the_count = case_test(ONE_SOURCE, assert_reads_best)
