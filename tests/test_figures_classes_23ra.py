# ruff: noqa: E501 (the phrases are data, as written)
"""D118 and D119 (23ra, issue 17): rounds 51 and 53's classes written as table data.

D118: a plural of "billion" alone is vague (it "miliardi"), decades are durations (it "decadi",
pl "dekad", "dziesięcioleci"). D119: one who looks after, teaches or owns, named with no number
beside a count and joined to it by "and", is one more of a sum (D65.6, D88, D99): "16 dzieci
oraz opiekunka" is unparsed. The round phrases are rounds 51 and 53's
(``tests/cases/figures_round51.csv``, ``_53.csv``); the pl phrases marked "page" are from real
reporting (warszawawpigulce.pl, 2025-09-29; tysol.pl a97941; gizycko.policja.gov.pl 15158); the
others are written for the rule in each language, every reading by hand from the codebook.
"""

from __future__ import annotations

from figure_sets import assert_reads_as, assert_unparsed, case_test

from analysis.figures import parse_figure

SUMS = [
    # round 53
    ("pl", "W busie podróżowało 16 dzieci oraz opiekunka"),
    ("pl", "W wyniku zderzenia autobusu szkolnego z busem, dziewięcioro dzieci i ich opiekunka trafiło do szpitala"),
    ("pl", "szkolny bus, którym podróżowało 13 dzieci oraz opiekun zderzył się z samochodem osobowym"),
    # pages
    ("pl", "Czworo uczniów i opiekunka trafili do szpitala"),
    ("pl", "Szkolnym autobusem jechało 45 uczniów i ich opiekunka"),
    ("pl", "W pojeździe znajdowało się pięcioro dzieci i 30-letnia opiekunka"),
    # written for the rule
    ("pl", "Rannych zostało 12 uczniów i nauczycielka"),
    ("en", "20 pupils and a teacher were injured"),
    ("en", "a teacher and 20 pupils"),
    ("en", "the owner and 3 workers"),
    ("de", "20 Kinder und ihre Lehrerin wurden verletzt"),
    ("fr", "20 enfants et leur institutrice ont été blessés"),
    ("es", "20 niños y su profesora resultaron heridos"),
    ("it", "20 bambini e la maestra sono rimasti feriti"),
    ("pt", "20 crianças e a professora ficaram feridas"),
    ("ru", "20 детей и воспитательница пострадали"),
    ("uk", "20 дітей і вихователька постраждали"),
]

COUNTS_KEPT = [
    # the person with a verb of their own, or as the speaker: the count stays (D88)
    ("pl", "Czworo dzieci zostało rannych, opiekunka trafiła do szpitala", 4.0),
    ("pl", "Opiekunka 16 dzieci zginęła", 16.0),
    ("en", "Twenty pupils were hurt and a teacher was arrested", 20.0),
    ("en", "the owner said 3 workers died", 3.0),
    ("de", "20 Kinder und Lehrer", 20.0),  # "Lehrer" is also the plural: not listed
    ("fr", "L'institutrice a dit que 20 enfants", 20.0),
    ("es", "20 niños resultaron heridos y la profesora fue detenida", 20.0),
    ("it", "la maestra ha detto che 20 bambini", 20.0),
    ("pt", "a professora disse que 20 crianças", 20.0),
    ("ru", "воспитательница сказала, что 20 детей", 20.0),
    ("uk", "вихователька сказала, що 20 дітей", 20.0),
]

DURATIONS = [
    # round 51
    ("pl", "Szarańczy w biblijnych ilościach nie widziano w Kenii od 60 lat, w Pakistanie od trzech dekad, w Kongu pojawiły się pierwszy raz po 75-letniej przerwie"),
    ("pl", "od trzech dekad"),
    ("pl", "od dwóch dziesięcioleci"),
    ("it", "da tre decadi"),
]


test_a_carer_teacher_or_owner_beside_a_count_is_a_sum = case_test(SUMS, assert_unparsed)
test_a_person_with_a_verb_of_their_own_keeps_the_count = case_test(
    COUNTS_KEPT, assert_reads_as, qualifier="exact")
test_decades_are_durations = case_test(DURATIONS, assert_unparsed)


def test_decades_beside_a_count_leave_the_count() -> None:
    figure = parse_figure("Od trzech dekad zginęło 40 osób", "pl")
    assert (figure.status, figure.qualifier, figure.best) == ("ok", "exact", 40.0), figure


def test_billions_alone_are_vague_in_italian() -> None:
    figure = parse_figure("Sono diventate miliardi le cavallette che oggi invadono i campi", "it")
    assert (figure.qualifier, figure.low, figure.best, figure.high) == ("vague", 1e9, 1e9, 9_999_999_999.0)


def test_billions_after_a_number_stay_a_scale_in_italian() -> None:
    figure = parse_figure("3 miliardi di euro", "it")
    assert (figure.qualifier, figure.best) == ("exact", 3e9), figure
