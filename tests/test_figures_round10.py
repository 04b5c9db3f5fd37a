"""A tenth held-out round for issue 17 (17y): phrases labelled by a helper who never ran the
engine, scored once after round 9's fixes and not tuned for.

``tests/cases/figures_round10.csv`` holds 400 figure phrases from 206 pages of the pages corpus
(dam and bridge collapses, bus crashes, mine fires, avalanches, dengue and mpox, evacuations,
prisoner exchanges, mass arrests, volcanoes, building collapses): 200 in issue 17's new languages
(tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34
each); 60 unparsed under the codebook.

Score, untuned: main at the start of the session (54dfa75) **372/400 = 93.0 %**; main after
round 9's fixes **373/400 = 93.3 %** (the ten new languages with es 214/234 = 91.5 %,
en/de/fr/ru/uk 159/166 = 95.8 %; ar 16/20 de 31/33 en 33/34 es 33/34 fr 30/33 hi 19/20 id 18/20
it 20/20 ja 18/20 ko 20/20 pl 15/20 pt 19/20 ru 32/33 tr 16/20 uk 33/33 zh 20/20). No rule was
written for it: its 27 misses were the measurement, each with why (the list
as it stood before 17t is in the git history of this file, commit de489a7).

After 17t (rules for the language, not the phrase: D37 and the codebook's words for round 10)
**399/400 = 99.8 %** (ar 20/20 de 33/33 en 34/34 es 34/34 fr 33/33 hi 20/20 id 20/20 it 20/20
ja 20/20 ko 20/20 pl 20/20 pt 20/20 ru 33/33 tr 19/20 uk 33/33 zh 20/20); the one miss left is
below.

Label edited by 17nl (D51.8, "N new" right after the count is additional in every language):
hi "पिछले एक महीने में करीब 6000 नए मामले सामने आए हैं", total -> additional.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round10.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a named person and a count (D12): "Aysel İzgi and her 2 children"; the label reads no
    # count (the 3 would be our sum), the engine reads 2: no table can tell a name from a noun
    ("tr", "Aysel İzgi ile 2 çocuğu can havliyle dışarı kaçtı"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)


# The rules 17t wrote for the round's misses, each for the language and its neighbours (D37 and
# the words named in docs/codebook.md), on phrases other than the round's own. Phrases with a
# source are real reporting from the pages corpus.
@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # Polish number words in every case: instrumental, dative, masculine-personal (D37)
        ("Wciąż trwa akcja, z pięcioma osobami nie ma kontaktu", "pl", 5, "exact", "total"),
        ("pomoc udzielono dwóm rannym", "pl", 2, "exact", "total"),
        ("z dwudziestoma górnikami", "pl", 20, "exact", "total"),
        ("zajęto się trojgiem dzieci", "pl", 3, "exact", "total"),
        # ages and clock times beside a count (D7, D28)
        # https://www.fakt.pl/wydarzenia/polska/na-a6-tez-doszlo-do-takiej-tragedii-jak-na-s7-zginela-piecioosobowa-rodzina/gs3mxyb
        ("Zginęły cztery osoby, dzieci w wieku od 7 do 12 lat", "pl", 4, "exact", "total"),
        ("o godz. 22.30 zginęło 5 osób", "pl", 5, "exact", "total"),
        # https://www.rtl.fr/actu/justice-faits-divers/ille-et-vilaine-deux-sapeurs-pompiers-volontaires-meurent-dans-un-accident-7793699755
        ("Deux sapeurs pompiers volontaires de 38 et 46 ans sont morts", "fr", 2, "exact", "total"),
        ("trois blessés âgés de 20 à 25 ans", "fr", 3, "exact", "total"),
        ("vers 4h20 du matin, cinq personnes ont été blessées", "fr", 5, "exact", "total"),
        ("a las 23h30 murieron dos personas", "es", 2, "exact", "total"),
        ("às 22h, 30 pessoas foram retiradas", "pt", 30, "exact", "total"),
        ("65세 이상 300명", "ko", 300, "exact", "total"),
        # "still" is no "more": "jest jeszcze", as ru "остается еще" (D12)
        ("w szpitalu są jeszcze trzy osoby", "pl", 3, "exact", "total"),
        ("zginęło jeszcze osiem osób", "pl", 8, "exact", "additional"),
        # "other" and "more" right before or after the count (rule 12, D12)
        ("diğer 3 işçi hastaneye kaldırıldı", "tr", 3, "exact", "additional"),
        ("Diğer araçta 1 kişi yaşamını yitirdi", "tr", 1, "exact", "total"),
        ("وأصيب شخصان آخران", "ar", 2, "exact", "additional"),
        ("واصيب خمسة اخرين", "ar", 5, "exact", "additional"),
        # https://hinduvadi.com/12-new-cases-of-corona-surfaced-fast-growing-cases-in-this-district
        ("दोपहर तक राज्य में 12 और नए मामले सामने आ गए", "hi", 12, "exact", "additional"),
        ("300 soldados de infantería más", "es", 300, "exact", "additional"),
        # "A or B" in Turkish is a range (rule 6)
        ("iki ya da üç kişi", "tr", 2.5, "range", "total"),
        ("beş veya altı ev", "tr", 5.5, "range", "total"),
        # the Arabic dual counts two (D37); a year after "since the start of" (D7)
        ("وفاة طفلين", "ar", 2, "exact", "total"),
        ("تحطم طائرتين", "ar", 2, "exact", "total"),
        # https://www.arab48.com/ (2026-01-22, road deaths since the start of the year)
        ("18 شخصا لقوا مصارعهم في حوادث طرق منذ مطلع العام 2026", "ar", 18, "exact", "total"),
        # years in brackets and a designation beside a count (D7, D32)
        ("im Zweiten Weltkrieg (1939-1945) starben 300 Dorfbewohner", "de", 300, "exact", "total"),
        # https://www.klamm.de/news/schwerer-unfall-auf-autobahn-a7-11N21778286.html
        ("auf der Autobahn A7 bei Warder sind zwei Menschen getötet worden", "de", 2, "exact",
         "total"),
        # http://www.rettungsdienst.de/nachrichten/drei-tote-bei-unfall-auf-der-a7-3140
        ("auf der A 7 sind am Sonntagnachmittag drei Menschen ums Leben gekommen", "de", 3,
         "exact", "total"),
        ("Flight 370 carried 239 people", "en", 239, "exact", "total"),
        # "several" alone in Japanese; "half a thousand" in the genitive (rules 7, 8)
        ("けが人が複数いる", "ja", 2, "vague", "total"),
        ("погибли более полутысячи человек", "ru", 500, "at_least", "total"),
        # "more" said of the clause before "and" is not the count's (D37)
        ("Jumlah korban terus bertambah dan ratusan warga mengungsi", "id", 100, "vague", "total"),
    ],
)
def test_round10_rules(phrase: str, lang: str, best: float, qualifier: str, relation: str) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation) == (best, qualifier, relation), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # ages (D7)
        # https://www.fakt.pl/wydarzenia/polska/trojmiasto/tragiczny-karambol-na-obwodnicy-gdanska-dzis-przesluchanie-kierowcy/sycwq0b
        ("Policja zatrzymała 37-letniego kierowcę ciężarówki", "pl"),
        # https://m.egepostasi.com/haber/Trabzon-da-otomobil-dereye-uctu-1-olu-3-yarali/30335
        ("Kazada otomobilde bulunan 3 yaşındaki çocuk öldü", "tr"),
        ("un 22enne alla guida", "it"),
        ("22letý řidič", "cs"),
        ("22岁男子", "zh"),
        ("22세 남성", "ko"),
        ("un enfant âgé d'une dizaine d'années", "fr"),
        ("3 to 4 days later", "en"),
        # "X of Y" is a share (rule 13, D37)
        # http://news.line.me/issue/8c4438be/287cd2c2fc9a
        ("死亡確認された47人のうち46人が", "ja"),
        # after a comma too (28ru, D203.2, amending D37.4, which kept it a breakdown, D23: the
        # labellers of rounds 47, 53 and 80 read the form as a share)
        # https://sk-wadai.cocolog-nifty.com/blog/2014/10/post-ec4d.html
        ("噴火で犠牲になった55人のうち、20人が", "ja"),
        ("8人中有5人受伤", "zh"),
        ("2成個案為兒童", "zh"),
        # "no one", "not a single one" (D36)
        ("no one was injured", "en"),
        ("not one soldier died", "en"),
        ("ni una sola víctima", "es"),
        ("ні одного загиблого", "uk"),
        ("nie ma ani jednej ofiary", "pl"),
        ("tidak satu pun korban jiwa", "id"),
        # a count joined by "and" to someone not counted (D12, D37)
        # https://www.nadorcity.ma/ (a road accident: one killed and 24 others wounded)
        ("مصرع شخص في حادثة سير مروعة وإصابة 24 آخرين", "ar"),
        ("killing a child and wounding 16 others", "en"),
        ("5 siswa dan seorang guru", "id"),
        # a span of years in brackets (D7)
        ("im Vietnamkrieg (1955–1975)", "de"),
    ],
)
def test_round10_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got
