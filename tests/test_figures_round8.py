"""An eighth held-out round for issue 17 (17v): phrases labelled by a helper who never ran the
engine.

``tests/cases/figures_round8.csv`` holds 400 figure phrases from 208 pages of the pages corpus that
no earlier file cites (mass shootings, plane and train crashes, prison riots, mine collapses,
droughts, migrant shipwrecks, parades, protests): 200 in issue 17's new languages (tr, pl, zh, ar,
hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (31-35 each); 63 unparsed. It
was collected while round 7's fixes were being written, and scored once they were done.

Score before any change for it: main at 2f7572b (before this session) **357/400 = 89.3 %**; main
after rounds 5-7 (2873885) **362/400 = 90.5 %** (the ten new languages with es 214/233 =
91.8 %, en/de/fr/ru/uk 148/167 = 88.6 %). No label was changed.

Fixed: the year of a US date ("Nov. 5, 2017", "October 1, 2017", D7); uk case endings on digits
("50-ти тисяч", "3-х тисяч"); a number after "№" and Cyrillic designations ("Ан-24") are no counts
(D32); de "vier von ihnen" (D30); pt "mais N" is N more; fr "surpasserait"; id "seratusan"; ru/uk
sections of rescuers are units (D20). After: 375/400. The misses left are below, each with why.
"""

from __future__ import annotations

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round8.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a person named and a count (D12)
    ("tr", "Hastaneye kaldırılan 2 işçiden Tevfik Soy hayatını kaybetti"),
    # a number word with a possessive and case suffix (üçünün, of three of them) is not read
    ("tr", "Mahkumlardan üçünün hayatını kaybettiği bildirildi"),
    # "bazı" (some) is not a several word in the table: as one, it would make "bazı
    # a typo glued to the word ("ىمئات")
    ("ar", "بأن ىمئات من المهاجرين فقدوا"),
    # the number repeated in words without brackets
    ("hi", "रेल हादसे में 3 तीन लोगों की मौत हो गयी है"),
    # "社員も" before the number: the particle も is not read as a boundary
    ("ja", "当社社員も200名以上が現地で対応にあたり"),
    # "多かった" (more than the year before) is a comparison, not read as additional
    ("ja", "最低でも5万5千人以上多かったことが分かった"),
    # a day range "tra l'8 e l'11 marzo" is read as a range of numbers
    ("it", "Ventuno carceri si ribellarono tra l'8 e l'11 marzo 2020"),
    # "Kelas II A" (a prison class) is read as a second number
    ("id", "Seratusan napi Lembaga Pemasyarakatan (Lapas) Kelas II A Lambaro"),
    # "one" is a pronoun here (D8 reads it as 1)
    ("en", "defines a \"mass killing\" as one resulting in at least 3 victims"),
    # "one" is a pronoun here (D8 reads it as 1)
    ("en", "one of at least 23 countries that no longer exist"),
    # "by one" after a rise is additional (rule 12); "raising ... by" is not in the table
    ("en", "raising the initial toll by one"),
    # a sentence boundary inside the phrase: the label counts two quantities
    ("de", "bei Magdeburg zwei Züge. Dabei starben 196 Menschen"),
    # a person and others (D12): "otras" reads as additional
    ("es", "fue mantenido como rehén junto a otras 60 personas"),
    # a number after a month and a comma is read as its day
    ("es", "En septiembre, 14 personas murieron al estrellarse un avión"),
    # "многих из 75" (many of the 75) is a share not in the table
    (
        "ru",
        "Была организована срочная эвакуация персонала, и многих из 75 горняков удалось вывести",
    ),
    # (22rd, D116.3) labelled unparsed; a prison's capacity is no count (D96), so the 374
    # prisoners it housed are the figure (read 374), as round 9's "a stadium with a capacity of
    # 40,000": the label is judged wrong, not edited
    ("fr", "L'établissement avait une capacité de 208 places, mais hébergeait 374 prisonniers"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 31}, 400)


@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # the year of "Nov. 5, 2017" is a date, a day after a month and a comma is not
        ("26 dead - Sutherland Springs, Texas - Nov. 5, 2017", "en", 26, "exact", "total"),
        ("On October 1, 25 people died", "en", 25, "exact", "total"),
        # case endings on digits (uk), institutions and designations (D32)
        ("близько 50-ти тисяч людей", "uk", 50000, "approx", "total"),
        ("Около 600 заключенных устроили бунт в исправительной колонии №1", "ru", 600, "approx",
         "total"),
        ("Число погибших в аварии Ан-24 под Донецком возросло до пяти", "ru", 5, "exact", "total"),
        # "N of them" after a comma (D30), but not inside a number
        ("52 Menschen werden verletzt, vier von ihnen schwer", "de", 52, "exact", "total"),
        ("Nur 3,400 von ihnen konnten gerettet werden", "de", 3400, "exact", "total"),
        # the comma of a thousands group opens no breakdown, in any language's D30 rewrite
        ("only 3,400 of them were rescued", "en", 3400, "exact", "total"),
        ("nur 3,400 davon gerettet", "de", 3400, "exact", "total"),
        ("погибли 3,400 человек", "ru", 3400, "exact", "total"),
        # "mais N" is N more; "mais de N" more than N
        ("mais quatro detentos morrem", "pt", 4, "exact", "additional"),
        ("mais de 200 pessoas", "pt", 200, "at_least", "total"),
    ],
)
def test_dates_designations_and_parts(
    phrase: str, lang: str, best: float, qualifier: str, relation: str
) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation) == (best, qualifier, relation)
