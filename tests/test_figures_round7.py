"""A seventh held-out round for issue 17 (17r): phrases labelled by a helper who never ran the
engine.

``tests/cases/figures_round7.csv`` holds 400 figure phrases from pages of the pages corpus that no
earlier file cites (stampedes, terror attacks, the Gaza and Sudan wars, famine, cholera and dengue,
wildfires, building collapses, earthquakes): 200 in issue 17's new languages (tr, pl, zh, ar, hi,
ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34 each); 72 unparsed. It was
collected while round 6's fixes were being written, and scored once they were done.

Score before any change for it: main at 2f7572b (before this session) **356/400 = 89.0 %**; main
after rounds 5 and 6 (a78cb9e) **358/400 = 89.5 %** (the ten new languages with es 207/234 =
88.5 %, en/de/fr/ru/uk 151/166 = 91.0 %; ar 18/20, de 31/33, en 29/34, es 30/34, fr 29/33, hi
15/20, id 17/20, it 20/20, ja 16/20, ko 19/20, pl 20/20, pt 17/20, ru 31/33, tr 20/20, uk 31/33,
zh 15/20). A harder round than 5 and 6: more unparsed rows (sums, named people with counts, shares,
negations) and more labels the codebook leaves open. No label was changed.

Fixed: Han numerals inside a sentence ("當中十七人" read as 7), neighbouring numerals ("五六人"),
"数人"; a back-reference in a language's rewrites (pt "entre N mm e M mm") disabled every
rewrite of that language when a pattern before it had a group; multipliers "в четыре раза", "у
вісім разів"; ages (hi "वर्षीय", ja "N歳未満"), a Japanese annual average, a fall before the new
total ("1人減って2人"); shares ("many of the"), "autant de", "pour la plupart", "premiers mois";
"a lo menos", "superaban", "y más de"; ar "علي الأقل"; pt "(onze)" and "estima que"; id "dari A
menjadi B"; de "viele Tausend"; "в одном из". After: 382/400 (new languages with es 222/234 =
94.9 %, en/de/fr/ru/uk 160/166 = 96.4 %). The eighteen left are below.

Two labels were corrected in the fourteenth session by codebook D59.4 (a measure beside a
count is no candidate for it), which the area in hectares now meets (D73: "ettari" is an area):
it "In Spagna gli incendi sono stati 43, per 19.666 ettari inceneriti" = 43 and "decine di
persone sono state evacuate per un rogo su 20 ettari" = vague 10-99; both were labelled two
quantities, unparsed, before D59.
"""

from __future__ import annotations

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round7.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # the enumeration comma 、 between two numbers is read as a list; here it means "6,000 or 7,000"
    ("zh", "吸引了6000、7000人參加"),
    # a negation ("not even one death") is not read
    ("hi", "पिछले 24 घंटे में 1 भी मौत की रिपोर्ट नहीं की गई"),
    # "के करीब" after a number is approx in the table; with पहुंच (reached) it means nearly
    ("hi", "डेंगू के मामलों की संख्या 3000 के करीब पहुंच गई है"),
    # "채 되지 않" (did not even reach) is not in the table
    ("ko", "경찰 병력은 200명이 채 되지 않았다고"),
    # "新たに" (newly) before the number is additional in the table; here the label reads a newly
    # announced total
    ("ja", "新たに1人の死亡が発表されました"),
    # a person named and a count (D12)
    ("id", "menemukan mandor dan tiga orang rekan mereka tewas"),
    # "one in" is a ratio word ("one in five"); here it is a pronoun before a year
    ("en", "one in 1990 that killed 1,426 people"),
    # "another" is a pronoun here (another earthquake), not "N more"
    ("en", "another in February 2004 that killed 244"),
    # a typo ("700 hundred") read as written is several quantities
    ("en", "one of over 700 hundred killed"),
    # "Some" before a noun with another number after it reads as two quantities (D9)
    ("en", "Some civil society organisation have the number at 40,000"),
    # "gegen" (against) is also "about"; the total word between does not stop it (D34)
    ("de", "gegen insgesamt 53 Brände"),
    # a person named and a count (D12)
    ("fr", "dont la femme et les quatre enfants ont été tués"),
    # ages written without a year word after the second ("de 62")
    ("es", "una mujer de 85 años y un hombre de 62"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)


@pytest.mark.parametrize(
    ("phrase", "lang", "low", "best", "qualifier"),
    [
        # Han numerals inside a sentence ("當中十七人", "有十一名"): the magnitude after a numeral
        ("當中十七人証實死亡", "zh", 17, 17, "exact"),
        ("初步确定有十一名施工人员被埋在废墟里", "zh", 11, 11, "exact"),
        # two neighbouring numerals before a counter: "five or six"
        ("五六人受伤", "zh", 5, 5.5, "range"),
        # a back-reference in one language's rewrites no longer disables the others (pt "entre
        # N unit e M unit")
        ("entre 320 milímetros e 500 milímetros de chuva", "pt", 320, 410, "range"),
        ("y más de un centenar de desaparecidos", "es", 100, 100, "at_least"),
    ],
)
def test_numerals_ranges_and_rewrites(
    phrase: str, lang: str, low: float, best: float, qualifier: str
) -> None:
    got = parse_figure(phrase, lang)
    assert (got.low, got.best, got.qualifier) == (low, best, qualifier)


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("в четыре раза", "ru"), ("у вісім разів", "uk"), ("年間平均1,300件", "ja"),
     ("35 वर्षीय", "hi"), ("Many of the 11 million", "en"), ("presque autant de blessés", "fr")],
)
def test_multipliers_rates_ages_and_shares_are_no_count(phrase: str, lang: str) -> None:
    assert parse_figure(phrase, lang).status == "unparsed"


def test_a_russian_time_is_no_multiplier() -> None:
    assert parse_figure("в этот раз погибли 5 человек", "ru").best == 5
