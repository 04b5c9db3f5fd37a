"""An eleventh held-out round for issue 17 (17u): phrases labelled by a helper who never ran the
engine, scored before round 10's fixes and after them, never tuned for.

``tests/cases/figures_round11.csv`` holds figure phrases from pages of the pages corpus (ferry
and migrant-boat sinkings, heat waves, strikes, floods, drone strikes, stampedes): 200 in issue
17's new languages (tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and the rest in en, de,
fr, es, ru, uk (32-34 each). The file as labelled held 400 phrases; one of them ("одна людина
загинула") is a phrase of round 5 (``Одна людина загинула``) and was taken out here, so that
both rounds stay new (399 rows; it read right before and after).

Score, untuned (the lead's measurement on the 400): main at the start of the session (de489a7)
**371/400**; main after round 10's fixes (17t) **372/400 = 93.0 %** (ar 16/20 de 30/33 en
32/33 es 34/34 fr 34/34 hi 17/20 id 19/20 it 20/20 ja 18/20 ko 19/20 pl 17/20 pt 20/20 ru 32/33
tr 17/20 uk 29/33 zh 18/20). Round 10 had been fixed from 373 to 399 and moved this round by
one phrase only: fixes of one round barely reach the next.

After 17u (rules for the language and its neighbours, not the phrase: D38 in
docs/codebook.md, tests below on other phrases) **394/400 = 98.5 %** on the 400 (393/399 here;
ar 20/20 de 31/33 en 33/33 es 34/34 fr 34/34 hi 18/20 id 20/20 it 20/20 ja 20/20 ko 20/20 pl
20/20 pt 20/20 ru 33/33 tr 19/20 uk 32/33 zh 20/20). The 28 misses of the round were: Polish
scale words in the dative ("tysiącom") and "ćwierć miliona"; "razy" after a verb (occasions,
not a multiplier); Arabic "قارب" (boat) read as "approached", a compound "مئة وأحد عشر"; a
Russian stem "час\\w*" (hour) that took "частных" (private); an abbreviated scale inside a
compound ("1 тис. 344"); "зросла кількість загиблих до 17" and "включаючи" (uk); Chinese "from
(the earlier) A fell to B"; Japanese and Korean ages ("21~90歳", "70살") and "N more than last
year" ("2700人程多く"); Indonesian "N di antaranya" after a comma; "one of the twelve" (de);
"for 2023" (en); "platform number 2" (hi); Turkish "saatte" (per hour) and a number ending a
quoted ship name. The six left are below.

One label was corrected on 2026-12-05 (17ca) by codebook D59 (a share or a measure beside
the count is no candidate for it; labelled two quantities, unparsed, before): it "Sciopero,
in adesioni al 50%, in 150mila in Piazza" = 150,000.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round11.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # "13 çocuk ile birlikte 25 göçmen": "together with 13 children, 25 migrants" is a sum (38,
    # rule 13, as "a monk and 16 other people") or a breakdown (25 including 13); the label reads
    # the breakdown, the words do not decide it
    ("tr", "13 çocuk ile birlikte 25 düzensiz göçmen kurtarıldı"),
    # label slips against rule 7: "कई" (several) alone is vague 2-9, as rounds 4-9 label it
    # ("कई लोग फिर भूकंप के डर से", "हादसे में कई लोगों की मौत"); "कई अन्य" (several others) is
    # vague and additional
    ("hi", "कई की हालत गंभीर हैं"),
    ("hi", "जबकि कई अन्य घायल हुए है"),
    # the same: "mehrere" (several) alone is vague 2-9 (rule 7); the codebook does not make one
    # "several" before two nouns a sum
    ("de", "es gibt mehrere Tote und Schwerverletzte"),
    # two quantities: the people (thousands) and the places (several states); the tables do not
    # tell a count of places from a count of people, so the phrase reads as two figures
    ("de", "Tausende Beschäftigte in mehreren Bundesländern legten am Morgen die Arbeit nieder"),
    # "сполучення до 30 населених пунктів" (the connection to 30 settlements): "до" is "to" after a
    # noun of connection and "up to" before a number; nothing in the table tells them apart
    ("uk", "Порушено транспортне сполучення до 30 населених пунктів"),
    # (17ct, D76.4) label none -- total unparsed; read exact 170000 (a count beside its
    # earlier value)
    ("fr", "a rassemblé 170.000 personnes selon la CGT, contre 95.000 selon la police"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 32}, 399)


# The rules 17u wrote for the round's misses, each for the language and its neighbours (D38 and
# the words named in docs/codebook.md), on phrases other than the round's own. Phrases with a
# source are real reporting from the pages corpus.
@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # Polish scale words in every case (D38)
        ("pomoc przekazano 3 tysiącom rodzin", "pl", 3000, "exact", "total"),
        ("z 2 tysiącami uczestników", "pl", 2000, "exact", "total"),
        ("ewakuowano około 1,5 milionem", "pl", 1_500_000, "approx", "total"),
        # "a quarter of a million" (rule 8, D38)
        ("ćwierć miliona uchodźców", "pl", 250_000, "exact", "total"),
        ("около четверти миллиона человек", "ru", 250_000, "approx", "total"),
        ("чверть мільйона людей", "uk", 250_000, "exact", "total"),
        ("čtvrt milionu lidí", "cs", 250_000, "exact", "total"),
        ("un quart de million de personnes", "fr", 250_000, "exact", "total"),
        ("un cuarto de millón de personas", "es", 250_000, "exact", "total"),
        ("eine Viertelmillion Menschen", "de", 250_000, "exact", "total"),
        ("a quarter-million people", "en", 250_000, "exact", "total"),
        # "razy" after a verb counts occasions (D38)
        # https://wydarzenia.interia.pl/polska/news-deszcz-i-silny-wiatr-setki-interwencji-strazakow,nId,5454239
        ("W całym kraju strażacy interweniowali ponad 800 razy", "pl", 800, "at_least", "total"),
        # https://wydarzenia.interia.pl/polska/news-pozar-w-domu-michala-dworczyka-glupi-zart,nId,5313295
        ("straż interweniowała 1685 razy", "pl", 1685, "exact", "total"),
        # Arabic "قارب" is a boat before a verb, "approached" before a number (D34, D38)
        # https://newturkpost.com/tag/غرق-قارب-للمهاجرين
        ("غرق قارب يقل 16 مهاجرا غير نظامي قبالة الساحل الشمالي", "ar", 16, "exact", "total"),
        ("عدد القتلى قارب 300", "ar", 300, "nearly", "total"),
        # Arabic hundreds and thousands with a glued "و" (rule 11, D38)
        ("قتل ثلاثمائة وخمسة أشخاص", "ar", 305, "exact", "total"),
        ("نجا مئتين واثنا عشر راكبا", "ar", 212, "exact", "total"),
        # the forms of "час" (hour), not a stem (D38)
        # https://news.mail.ru/svo/69087667/
        ("выбило окна еще в четырех частных домах", "ru", 4, "exact", "additional"),
        ("через три часа погибли 5 человек", "ru", 5, "exact", "total"),
        # an abbreviated scale inside a compound (rule 8, D38)
        ("эвакуировали 2 тыс. 150 человек", "ru", 2150, "exact", "total"),
        ("ewakuowano 1 tys. 200 osób", "pl", 1200, "exact", "total"),
        ("понад 5 тис. 20 з них діти", "uk", 5000, "at_least", "total"),
        # "rose to N" with the count named between (D35, D38)
        ("выросло число погибших до 23", "ru", 23, "exact", "total"),
        ("зросла кількість поранених до 40", "uk", 40, "exact", "total"),
        # "including" in Ukrainian (D30)
        ("загинули 12 осіб, включаючи 3 дітей", "uk", 12, "exact", "total"),
        # "from (the earlier) A fell to / rose to B" (D35)
        ("死亡人数从此前公布的120人降至98人", "zh", 98, "exact", "total"),
        ("伤者从最初的30人增至45人", "zh", 45, "exact", "total"),
        # "N more than (last year)" is additional (rule 12, D38)
        ("前年より300人多い", "ja", 300, "exact", "additional"),
        ("작년보다 120명 많은", "ko", 120, "exact", "additional"),
        ("比去年同期多了300人", "zh", 300, "exact", "additional"),
        # ages (D7): Korean 살, Japanese age ranges
        ("3살배기 아이 등 5명이 숨졌다", "ko", 5, "exact", "total"),
        ("4人(18~25歳)が負傷", "ja", 4, "exact", "total"),
        # Indonesian "N di antaranya" after a comma is a breakdown (D30, D38)
        ("korban tewas 50 orang, 10 diantaranya anak-anak", "id", 50, "exact", "total"),
        # a year after "for" that no noun follows (D7, D38); "for 2000 people" stays a count
        ("heat deaths reached 2,300 for 2024", "en", 2300, "exact", "total"),
        ("shelter for 2000 people", "en", 2000, "exact", "total"),
        # Turkish "N saatte" (in N hours) is a duration (D7, D38)
        ("son 24 saatte 80 kişi hayatını kaybetti", "tr", 80, "exact", "total"),
        ("30 dakikada 5 kişi kurtarıldı", "tr", 5, "exact", "total"),
        # a number ending a quoted name is a designation (D32, D38); not a quoted statement
        ("the “Apollo 13” crew of 3", "en", 3, "exact", "total"),
        ("корабль «Союз 2» и 5 человек", "ru", 5, "exact", "total"),
        # Korean 조 only after a number (D38)
        ("1조 2천억 원", "ko", 1_200_000_000_000, "exact", "total"),
    ],
)
def test_round11_rules(phrase: str, lang: str, best: float, qualifier: str, relation: str) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation) == (best, qualifier, relation), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # multipliers stay ratios (rule 13)
        ("trzy razy więcej", "pl"),
        ("Już teraz jest ich ponad dwa razy tyle", "pl"),
        # a quarter alone is a share (rule 13)
        ("ćwierć mieszkańców", "pl"),
        ("четверть погибших", "ru"),
        ("a quarter of the victims", "en"),
        # "one of the twelve" is a share (rule 13, D38), as English "one of the 12"
        ("einer der 12 Verletzten starb", "de"),
        ("l'un des douze rescapés est mort", "fr"),
        ("uno dei dodici salvati è morto", "it"),
        # a number's name (D32, D38)
        ("platform number 2", "en"),
        ("Gleis Nr. 2", "de"),
        ("andén número 2", "es"),
        ("peron nr 2", "pl"),
        ("2 numaralı peron", "tr"),
        ("палата номер 6", "ru"),
        # ages in Korean 살 (D7)
        # https://www.kmib.co.kr/article/view_amp.asp?arcid=0008879551
        ("뒷좌석에 타고 있던 3살짜리 남아가 유리창 밖으로 튕겨져나가 숨지고", "ko"),
        # http://www.krnews21.co.kr/article/314509
        ("화물차 조수석에 타고 있던 15살 이 모 군이 심정지 상태로 병원에 이송됐으나", "ko"),
        # a speed is a rate (rule 13): Turkish "saatte" (per hour)
        ("saatte 120 kilometre hızla", "tr"),
        # an Indonesian share "of the Y, X among them" stays unparsed (rule 13, D37)
        ("Dari 708 korban tersebut, 133 diantaranya meninggal dunia", "id"),
        # a quoted statement is no name: two quantities
        ('he said "we lost 50" and 20 more were hurt', "en"),
    ],
)
def test_round11_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got
