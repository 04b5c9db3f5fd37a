"""Lexicon 17 (session 6, helper 17lb): qualifier and count words of tr, pl, zh, ar, hi, ko,
ja and id that their FIGURES tables lacked, built from each language's grammar (not from the
misses of any held-out round).

One phrase per added word, with its reading by docs/codebook.md written by hand. "written"
marks a phrase written for the test (no stored page had the word); a URL marks a page the
phrase comes from.
"""

from __future__ import annotations

import math

import pytest

from analysis.figures import parse_figure

N = math.nan
C, P = "count", "percent"

# (lang, phrase, low, best, high, unit, qualifier, relation)
CASES = [
    # --- Turkish (all written) ---
    ("tr", "100 küsur kişi", 100, 100, N, C, "at_least", "total"),  # -odd, D2
    ("tr", "bin küsur asker", 1000, 1000, N, C, "at_least", "total"),
    ("tr", "yaklaşık 100 küsur kişi", 100, 100, 100, C, "approx", "total"),  # explicit wins, D2
    ("tr", "70'i geçkin kişi", 70, 70, N, C, "at_least", "total"),
    ("tr", "100'den çok kişi", 100, 100, N, C, "at_least", "total"),
    ("tr", "100'den daha fazla kişi", 100, 100, N, C, "at_least", "total"),
    ("tr", "500'den daha çok asker", 500, 500, N, C, "at_least", "total"),
    ("tr", "200 askin kisi", 200, 200, N, C, "at_least", "total"),  # ASCII spelling
    ("tr", "100'un uzerinde yarali", 100, 100, N, C, "at_least", "total"),
    ("tr", "100'den az kişi", N, 100, 100, C, "at_most", "total"),
    ("tr", "100'den daha az kişi", N, 100, 100, C, "at_most", "total"),
    ("tr", "en çok 100 kişi", N, 100, 100, C, "at_most", "total"),
    # "en çok" is "most" when a word not of the table stands before the number (a phrase of
    # tests/cases): the flood hit most the district of 5,400
    ("tr", "Sel en çok Kastamonu’daki 5 bin 400 nüfuslu Bozkurt ilçesini vurdu", 5400, 5400, 5400, C,
     "exact", "total"),
    ("tr", "100'ü geçmeyen kişi", N, 100, 100, C, "at_most", "total"),
    ("tr", "1000'i aşmayan asker", N, 1000, 1000, C, "at_most", "total"),
    ("tr", "nerdeyse 100 kişi", N, 100, 100, C, "nearly", "total"),
    ("tr", "1000'i bulmak üzere", N, 1000, 1000, C, "nearly", "total"),
    ("tr", "yaklasik 100 kisi", 100, 100, 100, C, "approx", "total"),
    ("tr", "tahmini olarak 3 bin kişi", 3000, 3000, 3000, C, "approx", "total"),
    ("tr", "takr. 300 kişi", 300, 300, 300, C, "approx", "total"),
    ("tr", "1000 sularında", 1000, 1000, 1000, C, "approx", "total"),
    ("tr", "5 bin raddesinde", 5000, 5000, 5000, C, "approx", "total"),
    ("tr", "yüzde 40", 40, 40, 40, P, "exact", "total"),
    ("tr", "%40'ı", 40, 40, 40, P, "exact", "total"),
    ("tr", "yarım milyon kişi", 500_000, 500_000, 500_000, C, "exact", "total"),
    ("tr", "milyarlarca", 1e9, 1e9, 1e10 - 1, C, "vague", "total"),
    ("tr", "on milyonlarca", 1e7, 1e7, 1e8 - 1, C, "vague", "total"),
    ("tr", "yüz milyonlarca", 1e8, 1e8, 1e9 - 1, C, "vague", "total"),
    ("tr", "düzinelerce asker", 12, 12, 99, C, "vague", "total"),
    ("tr", "100'den 200'e kadar", 100, 150, 200, C, "range", "total"),
    ("tr", "fazladan 200 asker", 200, 200, 200, C, "exact", "additional"),
    # --- Polish (all written) ---
    ("pl", "nie mniej niż 100 osób", 100, 100, N, C, "at_least", "total"),
    ("pl", "nie mniej jak 100 osób", 100, 100, N, C, "at_least", "total"),
    ("pl", "więcej jak 100 osób", 100, 100, N, C, "at_least", "total"),
    ("pl", "z górą 100 osób", 100, 100, N, C, "at_least", "total"),
    ("pl", "dobrze ponad 300 osób", 300, 300, N, C, "at_least", "total"),
    ("pl", "grubo ponad 300 osób", 300, 300, N, C, "at_least", "total"),
    ("pl", "100 z okładem", 100, 100, N, C, "at_least", "total"),
    ("pl", "200 z hakiem", 200, 200, N, C, "at_least", "total"),
    ("pl", "około 200 z hakiem", 200, 200, 200, C, "approx", "total"),
    ("pl", "mniej jak 100 osób", N, 100, 100, C, "at_most", "total"),
    ("pl", "co najwyżej 100 osób", N, 100, 100, C, "at_most", "total"),
    ("pl", "nie więcej jak 100 osób", N, 100, 100, C, "at_most", "total"),
    ("pl", "koło 100 osób", 100, 100, 100, C, "approx", "total"),
    ("pl", "w granicach 100 osób", 100, 100, 100, C, "approx", "total"),
    ("pl", "w okolicach 100 osób", 100, 100, 100, C, "approx", "total"),
    ("pl", "ok 300 osób", 300, 300, 300, C, "approx", "total"),
    ("pl", "nieomal 100 osób", N, 100, 100, C, "nearly", "total"),
    ("pl", "bez mała 100 osób", N, 100, 100, C, "nearly", "total"),
    ("pl", "półtora tysiąca", 1500, 1500, 1500, C, "exact", "total"),
    ("pl", "półtorej tysiąca osób", 1500, 1500, 1500, C, "exact", "total"),
    ("pl", "około tuzina", 12, 12, 12, C, "approx", "total"),
    ("pl", "ponad setkę osób", 100, 100, N, C, "at_least", "total"),
    ("pl", "setkami", 100, 100, 999, C, "vague", "total"),
    ("pl", "tysiącami ludzi", 1000, 1000, 9999, C, "vague", "total"),
    ("pl", "w tysiącach", 1000, 1000, 9999, C, "vague", "total"),
    ("pl", "miliardy", 1e9, 1e9, 1e10 - 1, C, "vague", "total"),
    ("pl", "setki milionów", 1e8, 1e8, 1e9 - 1, C, "vague", "total"),
    ("pl", "dziesiątki milionów", 1e7, 1e7, 1e8 - 1, C, "vague", "total"),
    ("pl", "parędziesiąt osób", 20, 20, 99, C, "vague", "total"),
    ("pl", "paręset osób", 200, 200, 999, C, "vague", "total"),
    ("pl", "z kilkudziesięcioma osobami", 20, 20, 99, C, "vague", "total"),
    ("pl", "paręnaście osób", 11, 11, 19, C, "vague", "total"),
    ("pl", "kilkunastoma tysiącami", 11_000, 11_000, 19_000, C, "vague", "total"),
    ("pl", "kolejni 3 żołnierze", 3, 3, 3, C, "exact", "additional"),
    ("pl", "dodatkowo 100 żołnierzy", 100, 100, 100, C, "exact", "additional"),
    ("pl", "dalsze 200 osób", 200, 200, 200, C, "exact", "additional"),
    ("pl", "300 osób, wśród nich 5 dzieci", 300, 300, 300, C, "exact", "total"),
    ("pl", "300 osób, z których 5 to dzieci", 300, 300, 300, C, "exact", "total"),
    ("pl", "mniej-więcej 300 osób", 300, 300, 300, C, "approx", "total"),
    ("pl", "circa 300 osób", 300, 300, 300, C, "approx", "total"),
    ("pl", "dwie brygady, sumarycznie 3000 żołnierzy", 3000, 3000, 3000, C, "exact", "total"),
    ("pl", "dwa czy trzy", 2, 2.5, 3, C, "range", "total"),
    ("pl", "dwa bądź trzy", 2, 2.5, 3, C, "range", "total"),
    # --- Chinese (all written) ---
    ("zh", "大致100人", 100, 100, 100, C, "approx", "total"),
    ("zh", "估算100人", 100, 100, 100, C, "approx", "total"),
    ("zh", "大體300人", 300, 300, 300, C, "approx", "total"),
    ("zh", "直逼100人", N, 100, 100, C, "nearly", "total"),
    ("zh", "不下100人", 100, 100, N, C, "at_least", "total"),
    ("zh", "不止100人", 100, 100, N, C, "at_least", "total"),
    ("zh", "起码100人", 100, 100, N, C, "at_least", "total"),
    ("zh", "起碼100人", 100, 100, N, C, "at_least", "total"),
    ("zh", "高于300人", 300, 300, N, C, "at_least", "total"),
    ("zh", "不足100人", N, 100, 100, C, "at_most", "total"),
    ("zh", "低於100人", N, 100, 100, C, "at_most", "total"),
    ("zh", "未满100人", N, 100, 100, C, "at_most", "total"),
    ("zh", "不滿100人", N, 100, 100, C, "at_most", "total"),
    ("zh", "3或4人", 3, 3.5, 4, C, "range", "total"),
    ("zh", "100～200人", 100, 150, 200, C, "range", "total"),
    ("zh", "100—200人", 100, 150, 200, C, "range", "total"),
    ("zh", "100－200人", 100, 150, 200, C, "range", "total"),
    ("zh", "成千上万", 1000, 1000, 99_999, C, "vague", "total"),
    ("zh", "成千上萬的民眾", 1000, 1000, 99_999, C, "vague", "total"),
    ("zh", "成百上千人", 100, 100, 9999, C, "vague", "total"),
    ("zh", "若干人", 2, 2, 9, C, "vague", "total"),
    ("zh", "一些人", 2, 2, 9, C, "vague", "total"),
    ("zh", "100人，包含10名儿童", 100, 100, 100, C, "exact", "total"),
    ("zh", "100人，内含10名儿童", 100, 100, 100, C, "exact", "total"),
    # --- Arabic (all written) ---
    ("ar", "ما يربو على 100 شخص", 100, 100, N, C, "at_least", "total"),
    ("ar", "يربو على 100", 100, 100, N, C, "at_least", "total"),
    ("ar", "يربو عن 100", 100, 100, N, C, "at_least", "total"),
    ("ar", "تربو على 100", 100, 100, N, C, "at_least", "total"),
    ("ar", "على أقل تقدير 100", 100, 100, N, C, "at_least", "total"),
    ("ar", "100 على أقل تقدير", 100, 100, N, C, "at_least", "total"),
    ("ar", "100 كحد أدنى", 100, 100, N, C, "at_least", "total"),
    ("ar", "100 بحد أدنى", 100, 100, N, C, "at_least", "total"),
    ("ar", "100 كحد أقصى", N, 100, 100, C, "at_most", "total"),
    ("ar", "100 بحد أقصى", N, 100, 100, C, "at_most", "total"),
    ("ar", "100 ونيف", 100, 100, N, C, "at_least", "total"),
    ("ar", "مئة ونيف", 100, 100, N, C, "at_least", "total"),
    ("ar", "في حدود 100 شخص", 100, 100, 100, C, "approx", "total"),
    ("ar", "بحدود 500 شخص", 500, 500, 500, C, "approx", "total"),
    ("ar", "الاف", 1000, 1000, 9999, C, "vague", "total"),
    ("ar", "3 الاف شخص", 3000, 3000, 3000, C, "exact", "total"),
    ("ar", "عشرات الاف", 10_000, 10_000, 99_999, C, "vague", "total"),
    ("ar", "مئات الاف", 100_000, 100_000, 999_999, C, "vague", "total"),
    ("ar", "ألوف", 1000, 1000, 9999, C, "vague", "total"),
    ("ar", "مليارات", 1e9, 1e9, 1e10 - 1, C, "vague", "total"),
    ("ar", "10 مليارات", 1e10, 1e10, 1e10, C, "exact", "total"),
    ("ar", "3 ملياراً", 3e9, 3e9, 3e9, C, "exact", "total"),
    ("ar", "عدد من الجنود", 2, 2, 9, C, "vague", "total"),
    ("ar", "بعض الجنود", 2, 2, 9, C, "vague", "total"),
    ("ar", "قتل شخص واحد", 1, 1, 1, C, "exact", "total"),
    ("ar", "امرأة واحدة", 1, 1, 1, C, "exact", "total"),
    ("ar", "اثنتان", 2, 2, 2, C, "exact", "total"),
    ("ar", "ثمان", 8, 8, 8, C, "exact", "total"),
    ("ar", "مائتان", 200, 200, 200, C, "exact", "total"),
    ("ar", "100 قتيل من بينهن 5 نساء", 100, 100, 100, C, "exact", "total"),
    ("ar", "إجمالا 100", 100, 100, 100, C, "exact", "total"),
    # --- Hindi (all written) ---
    ("hi", "अंदाजन 100 लोग", 100, 100, 100, C, "approx", "total"),
    ("hi", "अंदाज़न 100 लोग", 100, 100, 100, C, "approx", "total"),
    ("hi", "अनुमानतः 100 लोग", 100, 100, 100, C, "approx", "total"),
    ("hi", "करीबन 100 लोग", 100, 100, 100, C, "approx", "total"),
    ("hi", "100 के आस-पास", 100, 100, 100, C, "approx", "total"),
    ("hi", "100 के लगभग", 100, 100, 100, C, "approx", "total"),
    ("hi", "100 से कहीं अधिक", 100, 100, N, C, "at_least", "total"),
    ("hi", "100 से कहीं ज्यादा", 100, 100, N, C, "at_least", "total"),
    ("hi", "ज्यादा से ज्यादा 100 लोग", N, 100, 100, C, "at_most", "total"),
    ("hi", "ज़्यादा-से-ज़्यादा 100 लोग", N, 100, 100, C, "at_most", "total"),
    ("hi", "अधिक से अधिक 100 लोग", N, 100, 100, C, "at_most", "total"),
    ("hi", "100 से नीचे", N, 100, 100, C, "at_most", "total"),
    ("hi", "करीब-करीब 100 लोग", N, 100, 100, C, "nearly", "total"),
    ("hi", "क़रीब क़रीब 100 लोग", N, 100, 100, C, "nearly", "total"),
    ("hi", "दसियों लोग", 10, 10, 99, C, "vague", "total"),
    ("hi", "अरबों", 1e9, 1e9, 1e10 - 1, C, "vague", "total"),
    ("hi", "हजारो लोग", 1000, 1000, 9999, C, "vague", "total"),
    ("hi", "5 अरब", 5e9, 5e9, 5e9, C, "exact", "total"),
    ("hi", "ढाई अरब", 2.5e9, 2.5e9, 2.5e9, C, "exact", "total"),
    ("hi", "बीस अरब", 2e10, 2e10, 2e10, C, "exact", "total"),
    ("hi", "अरब देशों में 500 लोग", 500, 500, 500, C, "exact", "total"),  # Arab, no scale
    ("hi", "सऊदी अरब में 500 लोग", 500, 500, 500, C, "exact", "total"),
    ("hi", "चंद लोग", 2, 2, 9, C, "vague", "total"),
    ("hi", "कुछेक लोग", 2, 2, 9, C, "vague", "total"),
    ("hi", "इक्कीस लोग", 21, 21, 21, C, "exact", "total"),
    ("hi", "पैंतालीस लोग", 45, 45, 45, C, "exact", "total"),
    ("hi", "सड़सठ लोग", 67, 67, 67, C, "exact", "total"),
    ("hi", "निन्यानवे", 99, 99, 99, C, "exact", "total"),
    ("hi", "चौंसठ हजार", 64_000, 64_000, 64_000, C, "exact", "total"),
    ("hi", "छः लोग", 6, 6, 6, C, "exact", "total"),
    ("hi", "शून्य", 0, 0, 0, C, "exact", "total"),
    ("hi", "100 लोग, जिसमें 10 बच्चे", 100, 100, 100, C, "exact", "total"),
    ("hi", "100 लोग, उनमें से 10 बच्चे", 100, 100, 100, C, "exact", "total"),
    ("hi", "दो ब्रिगेड, कुल मिलाकर 3000 सैनिक", 3000, 3000, 3000, C, "exact", "total"),
    ("hi", "100 से लेकर 200 तक", 100, 150, 200, C, "range", "total"),
    ("hi", "दो तीन लोग", 2, 2.5, 3, C, "range", "total"),
]


@pytest.mark.parametrize(("lang", "phrase", "low", "best", "high", "unit", "qualifier", "relation"), CASES)
def test_lexicon_word(
    lang: str, phrase: str, low: float, best: float, high: float, unit: str, qualifier: str,
    relation: str,
) -> None:
    fig = parse_figure(phrase, lang)
    got = (fig.low, fig.best, fig.high)
    for g, w in zip(got, (low, best, high), strict=True):
        assert (math.isnan(g) and math.isnan(w)) or g == pytest.approx(w), (phrase, fig)
    assert (fig.unit, fig.qualifier, fig.relation, fig.status) == (unit, qualifier, relation, "ok"), (
        phrase, fig,
    )
