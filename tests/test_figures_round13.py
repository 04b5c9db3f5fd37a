"""A thirteenth held-out round for issue 17: phrases labelled by a helper who never ran the
engine, scored untuned at two points, then made a development round (17f).

``tests/cases/figures_round13.csv`` holds 400 figure phrases from pages of the pages corpus
(mine and building collapses, typhoons and earthquakes, migrant drownings, mpox and food
poisoning, protests): 200 in issue 17's new languages (tr, pl, zh, ar, hi, ko, ja, it, pt, id;
20 each) and 200 in en, de, fr, es, ru, uk (32-34 each).

Score, untuned: main at the start of the session of 2026-12-04 (e0f0dde) 374/400; after round
12 was made a development round (17d, 7075d8c) **376/400 = 94.0 %** (ar 17/20 de 33/34 en 30/34
es 31/33 fr 28/32 hi 20/20 id 20/20 it 20/20 ja 18/20 ko 18/20 pl 19/20 pt 18/20 ru 31/33 tr
19/20 uk 34/34 zh 20/20): round 12's 28 rules moved it by two.

After 17f (rules for the classes of its 24 misses, each for the language and its neighbours,
not the phrase; D40 in docs/codebook.md, tests below on other phrases) **398/400 = 99.5 %** (ar
20/20 de 34/34 en 34/34 es 33/33 fr 31/32 hi 20/20 id 20/20 it 20/20 ja 20/20 ko 20/20 pl
20/20 pt 20/20 ru 32/33 tr 20/20 uk 34/34 zh 20/20). The classes: a hinted table that knew none
of the phrase's words gave way to another language's ("diğer 3 işçimizi de": "de" is French;
D15); a Polish or Czech number with a dot before a word is an ordinal ("21. tajfunem", D7); the
Arabic dual of a noun of the pattern فعيل ("شقيقين", "قتيلين", "جريحان": a rule on the shape,
D37.3), "and" glued to any verbal noun before a qualified count of others and "and a third" (a
sum, D37.2); Korean "X으로 추정되는" (presumed to be X) is no estimate of the count, a range of
days "7~11일" a date; Japanese "YのうちのX" a share (D37.4), age groups "60~90代" ages (D7); a
singular scale word after "1" and three digits is a decimal ("1,127 milhão", "1,127 millón",
"1,127 milione", "1,127 million" = 1,127,000; rule 9); "pelo menos mais uma" = at least 1 more
(D8, D39.9); a year after "the" with another figure later ("the 1985 earthquake that killed
thousands", D7); a time unit after "N more" ("two more days", "zwei weitere Tage": a duration);
a unit's name in the singular before a plural noun ("six construction company officials":
people, D20); "toll up to N" in a headline and Spanish "aumentó durante 2020 hasta" (rose to,
D29, D31); an average ("durchschnittlich", "on average", "en moyenne" …) is a per-unit figure
(rule 13); Spanish "Sobre las 34" (as for) and "un aproximado de" (approx); French "quelque
milliers" (a vague plural, D10), "dépasse le seuil des" / "franchi la barre des" (passed, D39.4)
and "nouveaux/nouvelles" before the count (new events, not more of the count: now "new" counts
only after the number in fr, it, pt, es); Russian collective numerals in the dative and
instrumental ("четверым", D27).
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round

from analysis.figures import parse_figure

NAME = "figures_round13.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # "certains sont toujours malades et trois d'entre eux …" (some are still ill and three of
    # them …): the label reads exact 3; under D9 "certains" alone is "several" (2-9) and "trois
    # d'entre eux" a part of it (D30), joined by "et" the engine reads a sum. The codebook does
    # not make "three of them" the figure when the group before is vague: left as labelled
    ("fr", "certains sont toujours malades et trois d'entre eux ont été brièvement "
     "hospitalisés"),
    # "в результате нескольких подземных толчков погибли около 9000" (in several tremors about
    # 9,000 died): the label drops "several" as a count of tremors. Rounds 4 and 10 label the same
    # shape the other way ("across several states", "कई राज्यों में दर्जनों", "se alcuni dei 15":
    # two quantities, unparsed), and round 11 left "Tausende … in mehreren Bundesländern" for it;
    # a rule reading this one right misreads those, and the tables do not know what "several"
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 32}, 400)


# The rules 17f wrote for the round's misses, each for the language and its neighbours (D40 and
# the words named in docs/codebook.md), on phrases other than the round's own. Phrases with a
# source are real reporting from the pages corpus.
@pytest.mark.parametrize(
    ("phrase", "lang", "best", "qualifier", "relation"),
    [
        # the Arabic dual of a noun of the pattern فعيل is two of it (D37.3, D40)
        # https://dostor.synceg.net/4076154
        ("وفاة شقيقين غرقًا في بحيرة قارون", "ar", 2, "exact", "total"),
        # https://npasyria.com/?p=156969
        ("غرق شقيقين بنهر الفرات في الرقة", "ar", 2, "exact", "total"),
        ("الغريقان هما أحمد جمال العلي", "ar", 2, "exact", "total"),
        # https://akhbarona.aljalia.ma/2022/07/14/ (the sea swallowed two sisters)
        ("إبتلع مساء يوم الأربعاء شقيقتين", "ar", 2, "exact", "total"),
        ("مقتل جريحين", "ar", 2, "exact", "total"),
        # a sound plural, a participle's plural and "many" are no dual
        ("مقتل 5 مدنيين", "ar", 5, "exact", "total"),
        ("بعد دقيقتين قتل 5", "ar", 5, "exact", "total"),
        # a hinted table keeps a phrase whose only listed word is its "other" (D15, D40)
        ("diğer 5 yolcu da kurtarıldı", "tr", 5, "exact", "additional"),
        # Russian collective numerals in the dative and instrumental (D27, D40)
        ("помощь оказали пятерым пострадавшим", "ru", 5, "exact", "total"),
        ("с двоими детьми", "ru", 2, "exact", "total"),
        # Korean: "X으로 추정되는" says what the cases are, a day range is a date (D24, D40)
        ("집단 감염으로 추정되는 12명의 환자가", "ko", 12, "exact", "total"),
        ("추정 5명", "ko", 5, "approx", "total"),
        ("3~4일 사이에 10명이 숨졌다", "ko", 10, "exact", "total"),
        # Japanese age groups written as a range (D7, D40)
        ("20~30代の男女3人がけが", "ja", 3, "exact", "total"),
        ("4〜16日に5人", "ja", 5, "exact", "total"),
        # a singular scale word after "1" and three digits is a decimal (rule 9, D40)
        ("1,127 millón de personas", "es", 1_127_000, "exact", "total"),
        ("1,250 milione di abitanti", "it", 1_250_000, "exact", "total"),
        ("1,127 million de morts", "fr", 1_127_000, "exact", "total"),
        ("1.127 milhões de eleitores", "pt", 1_127_000_000, "exact", "total"),
        # at least one more (D8, D39.9, D40)
        ("ao menos mais um morto", "pt", 1, "at_least", "additional"),
        # "toll up to N" in a headline is the new total (D29, D40)
        # https://www.dispatch.com/story/news/2012/01/28/death-toll-in-collapses-up/23837237007/
        ("Death toll in collapses up to 14", "en", 14, "exact", "total"),
        ("Some historians have put the total death toll up to 3,000", "en", 3000, "at_most",
         "total"),
        ("los muertos aumentaron durante 2021 hasta 300", "es", 300, "exact", "total"),
        # a year after "the" with another figure later (D7, D40); not a round hundred
        ("the 2004 tsunami that killed 230,000 people", "en", 230_000, "exact", "total"),
        ("the 2000 troops", "en", 2000, "exact", "total"),
        # a unit's name in the singular before a plural noun names what the counted belong to
        ("three battalion commanders were killed", "en", 3, "exact", "total"),
        # Spanish "Sobre" opening the phrase (as for), "un aproximado de" (D40)
        ("Sobre los 12 detenidos, la fiscalía dijo", "es", 12, "exact", "total"),
        ("un aproximado de 300 muertos", "es", 300, "approx", "total"),
        ("sobre 34 personas", "es", 34, "at_least", "total"),
        # French: a vague plural after "environ", "passed the mark of", "new" before the count
        ("environ milliers de manifestants", "fr", 1000, "vague", "total"),
        ("a franchi la barre des 1000 morts", "fr", 1000, "at_least", "total"),
        ("de nouveaux affrontements ont fait 10 morts", "fr", 10, "exact", "total"),
        ("300 nouveaux cas", "fr", 300, "exact", "additional"),
        ("I nuovi scontri hanno causato 10 morti", "it", 10, "exact", "total"),
        ("se registraron 300 nuevos casos", "es", 300, "exact", "additional"),
    ],
)
def test_round13_rules(phrase: str, lang: str, best: float, qualifier: str, relation: str) -> None:
    got = parse_figure(phrase, lang)
    assert (got.best, got.qualifier, got.relation, got.status) == (best, qualifier, relation,
                                                                   "ok"), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # an ordinal with a dot before a word (D7, D40)
        ("był 5. ofiarą powodzi", "pl"),
        ("byl 21. tajfunem", "cs"),
        # "and" with a verbal noun before a count of others, "and a third" (D37.2, D40)
        ("مقتل شخص وفقدان 20 آخرين", "ar"),
        ("مصرع شخصين وإصابة ثالث", "ar"),
        # a time unit after "N more" is a duration (D7, D40)
        ("the search will go on for three more days", "en"),
        ("zwei weitere Tage", "de"),
        # an average is a per-unit figure (rule 13, D40)
        ("on average 200 people", "en"),
        ("im Durchschnitt 200 Teilnehmer", "de"),
        ("en moyenne 4.000 incendies", "fr"),
        ("en promedio 30 muertos", "es"),
        ("in media 50 vittime", "it"),
        ("em média 1.500 pessoas", "pt"),
        ("в среднем 300 человек", "ru"),
        ("у середньому 300 людей", "uk"),
        ("średnio 200 osób", "pl"),
        ("ortalama 200 kişi", "tr"),
        ("rata-rata 200 orang", "id"),
        # a unit count stays one (D20)
        ("six companies", "en"),
        ("one battalion attacks", "en"),
        # a share written "YのうちのX" (D37.4, D40)
        ("乗客10人のうちの3人", "ja"),
    ],
)
def test_round13_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got
