"""A twelfth held-out round for issue 17 (17m): phrases labelled by a helper who never ran the
engine, scored at the start of the session and at its end, never tuned for.

``tests/cases/figures_round12.csv`` holds 400 figure phrases from 186 pages of the pages corpus
(elections and turnout, tornadoes, food poisoning, prison riots, migrant deaths, plane crashes,
dams, school shootings, air pollution, vaccination): 200 in issue 17's new languages (tr, pl,
zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34 each); 43
unparsed under the codebook.

Score, untuned: main at the start of the previous session (54dfa75) 365/400; at the start of
this session (de489a7) 366/400 = 91.5 %; the session's final main, after rounds 10 and 11 were
fixed, **370/400 = 92.5 %** (ar 19/20 de 31/33 en 30/33 es 31/34 fr 30/33 hi 20/20 id 20/20 it
15/20 ja 18/20 ko 20/20 pl 17/20 pt 19/20 ru 34/34 tr 18/20 uk 30/33 zh 18/20). No rule was
written for it then: the 30 misses were the measurement, each with why, read only after the score.
Two French phrases of the 400 ("une soixantaine de détenus …", "une quarantaine de membres …")
are phrases of earlier rounds and were taken out here, so every round stays new (398 rows, both
read right: 368/398).

After 17d (the round made a development round: rules for the classes of its 30 misses, each
for the language and its neighbours, not the phrase; D39 in docs/codebook.md, tests below on
other phrases) **398/398** (ar 20/20 de 33/33 en 33/33 es 34/34 fr 31/31 hi 20/20 id 20/20
it 20/20 ja 20/20 ko 20/20 pl 20/20 pt 20/20 ru 34/34 tr 20/20 uk 33/33 zh 20/20). The
classes: a maker's model or a word glued by a hyphen to a number ("Boeing 787", "Airbus
A320", "IŁ-62", "COVID-19": designations, D32); a bare year beside a count written with
thousands separators ("44.309.925 gaben 2013 ihre Stimme ab"), "durante 2019", a year after
the old count of "from A to B" (D7, D35); a day range written with words before a month
("dal 13 al 19 dicembre", D24) and a day in brackets after a weekday ("neste domingo (3)");
"passed / exceed" in every form and across "the mark of" (superate, superar la barrera de,
superato il livello di); Arabic "لا" glued to its verb ("لايقل عن"); Italian age groups
"over 60" (D7); Chinese unit characters inside other words (师生, 旅客) and a Han magnitude
alone after a qualifier (近千); Japanese 数 + counter (数軒) and the verb 割れる (not the tenth 割);
Turkish "N artan / artarak" (rose by N: additional; "N'e artarak" stays the total); Polish
"i" (and: the sum of D37.2; "między A i B" a range) and "rzędu" (row) as a preposition;
"none of the N" (aucun des 34: a share of none, D36); "at least" + the article ("au moins un
enfant" = at least 1, D8); "rise to around N" (the nearest qualifier, D1); "this one" (a
pronoun), "centered around" (a verb's preposition); "one dose / two doses" (which dose, no
count); "other" in a later clause after a comma (no "more" for the count before it). Nothing
is left.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round12.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 31}, 398)


# The rules 17d wrote for the round's misses, each for the language and its neighbours (D39 and
# the words named in docs/codebook.md), on phrases other than the round's own. Phrases with a
# source are real reporting from the pages corpus.
@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # a maker's model and a word glued by a hyphen to a number are designations (D32, D39)
        # https://reneasechristabella.pages.dev/rxtbcgn-boeing-737-china-crash-update-2025-china-images-fcftxkw
        ("A boeing 737 carrying 132 people crashed early monday in china", "en", 132, "exact",
         "total"),
        # https://www.urdupoint.com/en/world/china-declares-all-people-aboard-crashed-boei-1488233.html
        ("All 132 people on board the crashed Chinese Boeing 737 jetliner have been declared dead",
         "en", 132, "exact", "total"),
        # http://www.boursorama.com/actualites/aucun-survivant-dans-le-crash-d-un-avion-en-indonesie-012a0c2629542dfe3286c6189229ae5a
        ("L'ATR 42-300 de Trigana Air Service transportait 44 passagers adultes", "fr", 44,
         "exact", "total"),
        # https://news.dayfr.com/trends/amp/4138077
        ("L’avion, un Boeing 737-8AS en provenance de Bangkok avec 181 personnes à bord", "fr",
         181, "exact", "total"),
        ("der Flug mit einer Tupolev Tu-154 und 92 Menschen an Bord", "de", 92, "exact", "total"),
        ("Los muertos por el COVID-19 superan los 5000", "es", 5000, "at_least", "total"),
        ("कोविड-19 से 300 मौतें", "hi", 300, "exact", "total"),
        ("كوفيد-19 أودى بحياة 300", "ar", 300, "exact", "total"),
        # a bare year beside a count written with thousands separators (D7, D39)
        ("63.000 Wahlberechtigte stimmten 2021 ab", "de", 63000, "exact", "total"),
        ("Près de 34.000 migrants se sont noyés en Méditerranée depuis 2000", "fr", 34000,
         "nearly", "total"),
        # "from A in <year> to B" (D35, D39)
        ("die Zahl stieg von 306 im Jahr 2014 auf 444", "de", 444, "exact", "total"),
        ("la cifra pasó de 120 en 2019 a 250", "es", 250, "exact", "total"),
        ("Il bilancio è salito da 12 nel 2019 a 30", "it", 30, "exact", "total"),
        ("the toll rose from 306 in 2014 to 444 in 2018", "en", 444, "exact", "total"),
        # a day range written with words before a month (D24, D39)
        ("500 vaccinati dal 3 al 9 gennaio", "it", 500, "exact", "total"),
        ("500 vacunados del 3 al 9 de enero", "es", 500, "exact", "total"),
        ("500 vaccinés du 3 au 9 janvier", "fr", 500, "exact", "total"),
        ("500 Geimpfte vom 3. bis 9. Januar", "de", 500, "exact", "total"),
        ("500 привитых с 3 по 9 января", "ru", 500, "exact", "total"),
        ("killed 3 people on 19 December", "en", 3, "exact", "total"),
        ("a strike killed 3 on 19 December", "en", 3, "exact", "total"),
        ("500 osób od 3 do 9 stycznia", "pl", 500, "exact", "total"),
        # a day in brackets after a weekday (D7, D39)
        # https://www.folhadoprogresso.com.br/pai-mae-e-filhos-vitimas-de-acidente-entre-carro-e-carreta-no-mt-sao-identificadas/
        ("as cinco pessoas que morreram após uma batida nesta segunda-feira (14)", "pt", 5,
         "exact", "total"),
        ("23 personas murieron el domingo (3)", "es", 23, "exact", "total"),
        # "passed / exceed" in every form, across "the mark of" (rule 3, D39)
        # https://www.agenzianova.com/a/60b1400e919df6.86545885/3468198/2021-05-28/vaccino-figliuolo-superate-33-milioni-somministrazioni-in-ultima-settimana-500-mila-al-giorno
        ("È stata superata oggi la soglia dei 33 milioni di somministrazioni", "it", 33_000_000,
         "at_least", "total"),
        # https://codigolibre.mx/2021/01/15/mas-de-dos-millones-de-muertes-a-nivel-mundial-causadas-por-el-coronavirus/
        ("La cifra mundial de fallecimientos por el coronavirus superó los dos millones", "es",
         2_000_000, "at_least", "total"),
        ("superar la barrera de las 5 mil millones de descargas", "es", 5_000_000_000,
         "at_least", "total"),
        ("superou a marca de 1 milhão de casos", "pt", 1_000_000, "at_least", "total"),
        # https://www.agenzianova.com/a/605793237fea70.47912366/3366753/2021-03-21/covid-assessore-lazio-raggiunta-quota-800-mila-vaccinazioni-avanti-tutta
        ("Oggi è stata raggiunta la quota delle 800 mila somministrazioni", "it", 800_000,
         "exact", "total"),
        # Arabic "لا" glued to its verb (D39)
        ("ودمر ما لاتقل عن 20 منزلا", "ar", 20, "at_least", "total"),
        ("لايزيد عن 100 شخص", "ar", 100, "at_most", "total"),
        # Italian age groups (D7, D39)
        # http://www.aforp.it/go/55396-2/
        ("Ma restano ancora 3,2 milioni di over 50 senza vaccino", "it", 3_200_000, "exact",
         "total"),
        # https://www.personaedanno.it/articolo/corsa-ai-vaccini-covid-ma-i-medici-avvertono-aspettate-quelli-nuovi
        ("Sono venti milioni gli over 60 e i fragili", "it", 20_000_000, "exact", "total"),
        # Chinese unit characters inside other words; a magnitude alone after a qualifier (D39)
        # http://bbs.kongweb.net/viewthread.php?extra=page%3D89%26amp%3Borderby%3Ddateline&tid=123707
        ("台湾台中近百名师生食物中毒", "zh", 100, "nearly", "total"),
        # http://news.sina.com.cn/c/2006-05-13/03308910715s.shtml
        ("滁州市体校此次中毒的师生共有22名", "zh", 22, "exact", "total"),
        ("体校食堂早餐放倒22师生", "zh", 22, "exact", "total"),
        ("近万人受灾", "zh", 10000, "nearly", "total"),
        # 数 + a counter of houses and places is "several" (rule 7, D39)
        ("壊れた家が数棟", "ja", 2, "vague", "total"),
        ("村里数家房屋倒塌", "zh", 2, "vague", "total"),
        # the verb 割れる is no tenth (D18, D39)
        ("窓ガラスが割れ、2人がけが", "ja", 2, "exact", "total"),
        # Turkish "N artarak" (rising by N) is additional; "N'e artarak" (to N) the total (D39)
        # https://turkiyeegitim.com/en-cok-secmen-artisi-olan-iller-100824h.htm
        ("seçmen sayısı, 313.115 kişi artarak", "tr", 313_115, "exact", "additional"),
        ("ölü sayısı 33'e artarak", "tr", 33, "exact", "total"),
        ("ölü sayısı 5 bine arttı", "tr", 5000, "exact", "total"),
        # Polish "i" (and) between the ends of a range; "rzędu" right before the number (D39)
        ("między 30 i 50 osób", "pl", 40, "range", "total"),
        ("liczba zgonów wyniesie rzędu 300", "pl", 300, "approx", "total"),
        # "at least" + the article is the numeral one, not before a magnitude (D8, D39)
        ("al menos un herido", "es", 1, "at_least", "total"),
        ("au moins une personne est morte", "fr", 1, "at_least", "total"),
        ("mindestens ein Toter", "de", 1, "at_least", "total"),
        ("pelo menos um morto", "pt", 1, "at_least", "total"),
        ("au moins une centaine de personnes", "fr", 100, "at_least", "total"),
        ("almeno una decina di feriti", "it", 10, "at_least", "total"),
        # "rise to around N": the nearest qualifier governs (D1, D39)
        ("the toll could climb to about 40", "en", 40, "approx", "total"),
        ("rose from 10 to about 300", "en", 300, "approx", "total"),
        # "this one" is a pronoun (D8, D39)
        ("this one was hit by a group of 12", "en", 12, "exact", "total"),
        # "one dose", "two doses" name which dose (D39)
        ("1,2 мільйона людей отримали дві дози", "uk", 1_200_000, "exact", "total"),
        ("двумя дозами привиты 300 тысяч человек", "ru", 300_000, "exact", "total"),
        ("300.000 Menschen haben beide Dosen erhalten", "de", 300_000, "exact", "total"),
        ("dwiema dawkami zaszczepiono 2 mln osób", "pl", 2_000_000, "exact", "total"),
        # "other" in a later clause after a comma (D39); "ещё пятеро" stays additional
        ("Pięć osób zginęło, inni pasażerowie trafili do szpitala", "pl", 5, "exact", "total"),
        ("пятеро погибли, других пассажиров госпитализировали", "ru", 5, "exact", "total"),
        ("ещё пятеро погибли", "ru", 5, "exact", "additional"),
    ],
)
def test_round12_rules(phrase: str, lang: str, best: float, qualifier: str, relation: str) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation) == (best, qualifier, relation), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # "none of the N" reports none (rule 13, D36, D39)
        # http://www.airsafe.com/events/models/b737.htm
        ("None of the seven crew members were injured", "en"),
        ("aucune des 12 victimes", "fr"),
        ("ninguna de las 40 personas", "es"),
        ("nessuno dei 30 passeggeri", "it"),
        ("nenhum dos 25 passageiros", "pt"),
        ("keiner der 25 Insassen", "de"),
        ("ни один из 25 пассажиров", "ru"),
        ("жоден з 25 пасажирів", "uk"),
        ("żaden z 25 pasażerów", "pl"),
        # a bare year next to "and" or a comma stays a count: two quantities (D39)
        ("1.500 Tote, 2013 Verletzte", "de"),
        ("2013 Tote und 1.500 Verletzte", "de"),
        # "and" with one verb before the count: a sum with someone not counted (D37, D39)
        ("zabijając dwie osoby i raniąc 14 innych", "pl"),
        ("zginęło 5 osób i 12 zostało rannych", "pl"),
        # a tenth, a duration
        ("4割の世帯", "ja"),
        ("近百年来", "zh"),
        # "Nx lebih" is a multiplier (rule 13)
        ("virus campak 4-5x lebih mudah menular", "id"),
    ],
)
def test_round12_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got
