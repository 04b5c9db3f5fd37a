"""A ninth held-out round for issue 17 (17x): phrases labelled by a helper who never ran the
engine.

``tests/cases/figures_round9.csv`` holds 400 figure phrases from 257 pages of the pages corpus that
no earlier file cites (heatwaves, epidemics, evacuations, rescues, troop sendings, kidnappings):
200 in issue 17's new languages (tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en,
de, fr, es, ru, uk (33-34 each); 66 unparsed under the codebook.

Score before any change for it (main at 54dfa75, untuned): **371/400 = 92.8 %** (the ten new
languages with es 216/233 = 92.7 %, en/de/fr/ru/uk 155/167 = 92.8 %; ar 18/20 de 31/33 en 33/34
es 30/33 fr 32/34 hi 18/20 id 18/20 it 18/20 ja 20/20 ko 19/20 pl 19/20 pt 18/20 ru 28/33 tr 19/20
uk 31/33 zh 19/20). No label of this round was changed; two labels of round 6 were, under D35.

Fixed, by language and never by phrase: a change "from A to B" gives the new total B, and "fell
to N" is the new total like "rose to N" (D35; ko, it, and every language that writes it); "ни
одного" (not a single one) is no count (D36); case endings on digits ("152-м особам", "962-х",
D7); ages "в возрасте от 18 до 22 лет" (D7); a year after a season word (fr "l'été 2022") or
"del" (es "enero del 2022", D7); a clock time after ru "к" (D33); "N sur six" is a ratio (rule
13); "some" before a source ("Some historians have put ...", "Some say", D9); rates "jedes
Jahr", "her yıl", "रोजाना", "anualmente"; "additional" words "aggiuntivo", "extras", "um N erhöht",
hi "N ज्यादा" (rule 12); "niecałe" (nearly), "no menor de" (at least), ru "в их числе"
(including), Arabic teens in two words, zh rescue teams as units (D20), id "detik" (a duration)
and "kali lebih" (a multiplier); ru "в других регионах" (in other regions) is no "other" of the
count. After: 398/400. The misses left are below, each with why.

Labels edited by 17nl (D51.8, "N new" right after the count is additional in every language):
tr "Temmuz ayında bildirilen 67 bini aşkın yeni vaka" and en "only one new case has been
identified since Feb. 8", total -> additional.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round9.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # "novos casos" (new cases): the codebook is silent on "new"; the Portuguese table reads
    # "novos" as additional, as round 4's Italian "4mila nuovi posti" is labelled, and this
    # label reads it as the total
    ("pt", "O Brasil confirmou 3.339 novos casos de sarampo no país"),
    # (21ra, D96) labelled unparsed; a stadium's capacity is no count, so the 80,000 who
    # crammed in are the figure (read 80,000), as round 47 labels the same form "80 bin
    # kapasiteli stadyumda … 120 bin kişi" = 120,000: the label is judged wrong, not edited
    ("en", "When 80,000 people crammed into a stadium with a capacity of 40,000"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)


@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # a change "from A to B" gives the new total B (D35), in every language that writes it
        ("the toll rose from 10 to 20", "en", 20, "exact", "total"),
        ("die Zahl stieg von 10 auf 20", "de", 20, "exact", "total"),
        ("le bilan est passé de 10 à 20 morts", "fr", 20, "exact", "total"),
        ("el número pasó de 10 a 20 muertos", "es", 20, "exact", "total"),
        ("o número subiu de 10 para 20 mortos", "pt", 20, "exact", "total"),
        ("i morti sono saliti da 12 a 15", "it", 15, "exact", "total"),
        ("число погибших выросло с 10 до 20", "ru", 20, "exact", "total"),
        ("кількість загиблих зросла з 10 до 20", "uk", 20, "exact", "total"),
        ("liczba ofiar wzrosła z 10 do 20", "pl", 20, "exact", "total"),
        ("이재민은 1만명에서 2만명으로 늘었다", "ko", 20000, "exact", "total"),
        ("死者は10人から20人に増えた", "ja", 20, "exact", "total"),
        ("死亡人数从10人增至20人", "zh", 20, "exact", "total"),
        ("ölü sayısı 10 kişiden 20 kişiye yükseldi", "tr", 20, "exact", "total"),
        ("मृतकों की संख्या 9 से बढ़कर 15 हो गई", "hi", 15, "exact", "total"),
        # "fell to N" is the new total as "rose to N" is (D29, D35)
        ("число пострадавших сократилось до 20", "ru", 20, "exact", "total"),
        ("кількість зниклих зменшилася до 20", "uk", 20, "exact", "total"),
        ("liczba zaginionych spadła do 20", "pl", 20, "exact", "total"),
        # without a verb of change, "from A to B" stays a range (rule 6)
        ("from 10 to 20 people", "en", 15, "range", "total"),
        ("un groupe de 100 à 200 migrants", "fr", 150, "range", "total"),
        ("с 10 до 20 человек", "ru", 15, "range", "total"),
        ("3천명에서 5천명 사이", "ko", 4000, "range", "total"),
        # case endings on digits before a dative plural (D7); an ordinal stays an ordinal
        ("Ще 20-м особам допомогли рятувальники", "uk", 20, "exact", "additional"),
        ("в 5-м классе учатся 30 детей", "ru", 30, "exact", "total"),
        # years: a season word, "del" (D7); a clock time after "к" (D33)
        ("Pendant l'hiver 2023, 300 morts ont été recensés", "fr", 300, "exact", "total"),
        ("en marzo del 2021 murieron 40 personas", "es", 40, "exact", "total"),
        ("к 18.00 эвакуированы 120 человек", "ru", 120, "exact", "total"),
        # "some" before a source is no count (D9); alone it is still "several"
        ("Some say 200-300.", "en", 250, "range", "total"),
        ("Some experts put the toll at 4,000", "en", 4000, "exact", "total"),
        # "rose by N" and other additional words (rule 12)
        ("die Zahl der Helfer wurde um 50 erhöht", "de", 50, "exact", "additional"),
        # (22rb, D108) "um" (by) names the rise, a per cent as a count ("um 50 erhöht"): additional,
        # as "um 14 Prozent gestiegen" and "Anstieg um" (D65, D102.4); it read total here
        # while the rewrite of "um N erhöht" left a per cent out, a split D108 closed
        ("die Zahl wurde um 10 Prozent erhöht", "de", 10, "exact", "additional"),
        ("un contingente aggiuntivo di 300 militari", "it", 300, "exact", "additional"),
        ("enviou 200 mil doses extras", "pt", 200000, "exact", "additional"),
        ("कई सौ ज्यादा लोग पहुंचे", "hi", 200, "vague", "additional"),
        ("500 से ज्यादा लोग", "hi", 500, "at_least", "total"),
        # "sur deux jours" (over two days) is a period, no ratio
        ("300 morts sur 2 jours", "fr", 300, "exact", "total"),
        ("trois morts sur 24 heures", "fr", 3, "exact", "total"),
        # "in other regions" names places, not more of the count
        ("Сотни случаев выявлены в других регионах", "ru", 100, "vague", "total"),
        # qualifiers, breakdowns, number words, units
        ("niecałe 5 tys. osób", "pl", 5000, "nearly", "total"),
        ("no menor de 300 personas", "es", 300, "at_least", "total"),
        ("40 человек пострадали, в их числе 5 детей", "ru", 40, "exact", "total"),
        ("خمسة عشر قتيلا", "ar", 15, "exact", "total"),
        ("اثنا عشر شخصا", "ar", 12, "exact", "total"),
        ("共派出5支救援队伍120名队员", "zh", 120, "exact", "total"),
    ],
)
def test_round9_rules(phrase: str, lang: str, best: float, qualifier: str, relation: str) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation) == (best, qualifier, relation), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # "not a single one" is no count (D36)
        ("ни один человек не пострадал", "ru"),
        ("не нашли ни одного выжившего", "ru"),
        # ages are no counts (D7)
        ("группа людей в возрасте от 18 до 22 лет", "ru"),
        ("чоловіки у віці від 20 до 25 років", "uk"),
        # ratios and multipliers (rule 13)
        ("un mort sur trois", "fr"),
        ("dua kali lebih banyak dari tahun lalu", "id"),
        # rates (rule 13, D19)
        ("jedes Jahr sterben 500 Menschen", "de"),
        ("her yıl 200 kişi ölüyor", "tr"),
        ("रोजाना 40 लोग बीमार पड़ते हैं", "hi"),
        ("se registran anualmente 300 casos", "es"),
        # a vague count of seconds is a duration (D7)
        ("beberapa detik kemudian", "id"),
    ],
)
def test_round9_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got
