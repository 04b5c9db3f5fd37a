"""Grammar sweep of the tr, pl, ar, hi and id figure tables (helper 17gwa, issue 17).

Each language's FIGURES table was gone through field by field (number words, scales, vague
plurals, several, the qualifiers before and after the number, additional, including, total,
range, percent, fraction, rate, units, uncountable, months, year and time words) and the forms
the grammar and newsrooms use that the table lacked were added (docs/codebook.md, "Grammar sweep
of tr, pl, ar, hi, id"). Not built from the misses of any round.

One phrase per added form or group of forms, with its reading by the codebook written by hand
and checked against the engine; rows marked "-neg" are negatives: a phrase where the word, or a
form left out of the table, must not change the reading. All phrases were written for this test.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import assert_reads_fully

N = math.nan
C, P = "count", "percent"

# (lang, phrase, low, best, high, unit, qualifier, relation, status)  # field
CASES = [
    (
        "tr",
        "Dünyadaki ağaç sayısı 3 trilyonu aşıyor",
        3000000000000,
        3000000000000,
        N,
        C,
        "at_least",
        "total",
        "ok",
    ),  # scales
    ("tr", "Depremde binlercesi yaralandı", 1000, 1000, 9999, C, "vague", "total", "ok"),  # vague
    ("tr", "Yüzlercesi hâlâ kayıp", 100, 100, 999, C, "vague", "total", "ok"),  # vague
    ("tr", "Binlerce kişi yaralandı", 1000, 1000, 9999, C, "vague", "total", "ok"),  # vague-neg
    ("tr", "birkac kişi yaralandı", 2, 2, 9, C, "vague", "total", "ok"),  # several
    ("tr", "YAKLAŞIK 500 KİŞİ TAHLİYE EDİLDİ", 500, 500, 500, C, "approx", "total", "ok"),  # approx
    ("tr", "AŞAĞI YUKARI 300 KİŞİ", 300, 300, 300, C, "approx", "total", "ok"),  # approx
    (
        "tr",
        "tahmin edilen 500 kişi hayatını kaybetti",
        500,
        500,
        500,
        C,
        "approx",
        "total",
        "ok",
    ),  # approx
    (
        "tr",
        "500 dolaylarında kişi tahliye edildi",
        500,
        500,
        500,
        C,
        "approx",
        "total",
        "ok",
    ),  # post_approx
    ("tr", "Ölü sayısı 1000'in üstü", 1000, 1000, N, C, "at_least", "total", "ok"),  # post_at_least
    (
        "tr",
        "Ölü sayısı 1000'i aşmış durumda",
        1000,
        1000,
        N,
        C,
        "at_least",
        "total",
        "ok",
    ),  # post_at_least
    (
        "tr",
        "Yaralı sayısı 200'ü geçiyor",
        200,
        200,
        N,
        C,
        "at_least",
        "total",
        "ok",
    ),  # post_at_least
    (
        "tr",
        "Binanın üstü çöktü, 7 kişi yaralandı",
        7,
        7,
        7,
        C,
        "exact",
        "total",
        "ok",
    ),  # post_at_least-neg
    ("tr", "maksimum 500 kişi kapasiteli", N, 500, 500, C, "at_most", "total", "ok"),  # at_most
    ("tr", "100'den aşağı kişi kaldı", N, 100, 100, C, "at_most", "total", "ok"),  # post_at_most
    (
        "tr",
        "Aşağı Mahalle'de 5 kişi yaralandı",
        5,
        5,
        5,
        C,
        "exact",
        "total",
        "ok",
    ),  # post_at_most-neg
    (
        "tr",
        "1000'e yakını hayatını kaybetti",
        N,
        1000,
        1000,
        C,
        "nearly",
        "total",
        "ok",
    ),  # post_nearly
    (
        "tr",
        "toplam olarak 500 kişi tahliye edildi",
        500,
        500,
        500,
        C,
        "exact",
        "total",
        "ok",
    ),  # total
    ("tr", "2 ilâ 3 bin kişi", 2000, 2500, 3000, C, "range", "total", "ok"),  # range_sep
    (
        "tr",
        "yılda 500 kişi trafik kazalarında ölüyor",
        N,
        N,
        N,
        C,
        "none",
        "total",
        "unparsed",
    ),  # rate
    ("tr", "kişi başına 3 ton", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("tr", "5 yılda 300 kişi öldü", 300, 300, 300, C, "exact", "total", "ok"),  # rate-neg
    ("tr", "sayısız kişi yaralandı", N, N, N, C, "none", "total", "unparsed"),  # uncountable
    (
        "tr",
        "2024 yazında 300 kişi tahliye edildi",
        300,
        300,
        300,
        C,
        "exact",
        "total",
        "ok",
    ),  # year_post
    (
        "tr",
        "2023 senesinde 300 kişi hayatını kaybetti",
        300,
        300,
        300,
        C,
        "exact",
        "total",
        "ok",
    ),  # year_post
    ("tr", "2024 yılına kadar 300 kişi", 300, 300, 300, C, "exact", "total", "ok"),  # year_post
    ("tr", "3 sene boyunca", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("tr", "5 gece", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("tr", "gece 3 kişi öldü", 3, 3, 3, C, "exact", "total", "ok"),  # time_units-neg
    ("pl", "obaj kierowcy zginęli", 2, 2, 2, C, "exact", "total", "ok"),  # numbers
    ("pl", "oboje rodzice trafili do szpitala", 2, 2, 2, C, "exact", "total", "ok"),  # numbers
    (
        "pl",
        "obie strony straciły 500 żołnierzy",
        500,
        500,
        500,
        C,
        "exact",
        "total",
        "ok",
    ),  # numbers-neg
    (
        "pl",
        "po obu stronach zginęło 100 osób",
        100,
        100,
        100,
        C,
        "exact",
        "total",
        "ok",
    ),  # numbers-neg
    ("pl", "ok. 5 tysiecy osob", 5000, 5000, 5000, C, "approx", "total", "ok"),  # scales
    ("pl", "3 mld. dawek", 3000000000, 3000000000, 3000000000, C, "exact", "total", "ok"),  # scales
    ("pl", "z paroma osobami", 2, 2, 9, C, "vague", "total", "ok"),  # several
    (
        "pl",
        "liczba ofiar szacowana na 500 osób",
        500,
        500,
        500,
        C,
        "approx",
        "total",
        "ok",
    ),  # approx
    ("pl", "okolo 500 osob", 500, 500, 500, C, "approx", "total", "ok"),  # approx
    ("pl", "100 osób mniej więcej", 100, 100, 100, C, "approx", "total", "ok"),  # post_approx
    ("pl", "conajmniej 30 osób", 30, 30, N, C, "at_least", "total", "ok"),  # at_least
    ("pl", "100 osób albo więcej", 100, 100, N, C, "at_least", "total", "ok"),  # post_at_least
    ("pl", "100 osób z górą", 100, 100, N, C, "at_least", "total", "ok"),  # post_at_least
    ("pl", "100 osób lub mniej", N, 100, 100, C, "at_most", "total", "ok"),  # post_at_most
    (
        "pl",
        "dodatkowy 1 tys. żołnierzy",
        1000,
        1000,
        1000,
        C,
        "exact",
        "additional",
        "ok",
    ),  # additional
    ("pl", "razem z 5 innymi", 5, 5, 5, C, "exact", "additional", "ok"),  # additional_post
    ("pl", "zginęło 20 osób, m.in. 5 dzieci", 20, 20, 20, C, "exact", "total", "ok"),  # including
    (
        "pl",
        "zginęło 20 osób, w tej liczbie 5 dzieci",
        20,
        20,
        20,
        C,
        "exact",
        "total",
        "ok",
    ),  # including
    ("pl", "łączna liczba ofiar wynosi 500", 500, 500, 500, C, "exact", "total", "ok"),  # total
    # (17cg) "wzrost o" (a rise of) is additional, as ru "рост на", en "an increase of" (rule 12,
    # D54.2, D65.3)
    ("pl", "wzrost o 10 proc", 10, 10, 10, P, "exact", "additional", "ok"),  # percent
    ("pl", "3 przypadki na mieszkańca", N, N, N, C, "none", "total", "unparsed"),  # rate
    (
        "pl",
        "na miesiąc przed wyborami zginęło 300 osób",
        300,
        300,
        300,
        C,
        "exact",
        "total",
        "ok",
    ),  # rate-neg
    ("pl", "sporo osób zostało rannych", N, N, N, C, "none", "total", "unparsed"),  # uncountable
    ("pl", "w marcu 2024 zginęło 5 osób", 5, 5, 5, C, "exact", "total", "ok"),  # months
    ("pl", "w październiku 2024", N, N, N, C, "none", "total", "unparsed"),  # months
    ("pl", "w połowie 2023 zginęło 50 osób", 50, 50, 50, C, "exact", "total", "ok"),  # year_pre
    ("pl", "pod koniec 2023 300 osób", 300, 300, 300, C, "exact", "total", "ok"),  # year_pre
    ("pl", "w połowie drogi zginęło 5 osób", 5, 5, 5, C, "exact", "total", "ok"),  # year_pre-neg
    ("pl", "w ciągu 10 minut 5 osób", 5, 5, 5, C, "exact", "total", "ok"),  # time_units
    ("pl", "przez 3 minuty", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("pl", "6 miesięcy", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("ar", "ثلاث مئة شخص", 300, 300, 300, C, "exact", "total", "ok"),  # small
    ("ar", "خمس مائة قتيل", 500, 500, 500, C, "exact", "total", "ok"),  # small
    ("ar", "مئة شخص", 100, 100, 100, C, "exact", "total", "ok"),  # small
    ("ar", "ألف ومائة شخص", 1100, 1100, 1100, C, "exact", "total", "ok"),  # small
    ("ar", "تجاوز الألف قتيل", 1000, 1000, N, C, "at_least", "total", "ok"),  # scales
    ("ar", "2 بليون نسمة", 2000000000, 2000000000, 2000000000, C, "exact", "total", "ok"),  # scales
    ("ar", "بعشرات القتلى", 10, 10, 99, C, "vague", "total", "ok"),  # vague
    ("ar", "بمئات الجرحى", 100, 100, 999, C, "vague", "total", "ok"),  # vague
    ("ar", "وبضعة جنود", 2, 2, 9, C, "vague", "total", "ok"),  # several
    # (17nl) words of closeness and approach are "nearly" (D51.9)
    ("ar", "بقرابة 500 شخص", N, 500, 500, C, "nearly", "total", "ok"),  # nearly
    ("ar", "ناهز 500 قتيل", N, 500, 500, C, "nearly", "total", "ok"),  # nearly
    ("ar", "100 أو نحو ذلك", 100, 100, 100, C, "approx", "total", "ok"),  # post_approx
    ("ar", "تعدى 500 قتيل", 500, 500, N, C, "at_least", "total", "ok"),  # at_least
    ("ar", "فاق عدد القتلى 500", 500, 500, N, C, "at_least", "total", "ok"),  # at_least
    ("ar", "100 فأكثر", 100, 100, N, C, "at_least", "total", "ok"),  # post_at_least
    ("ar", "100 فما فوق", 100, 100, N, C, "at_least", "total", "ok"),  # post_at_least
    ("ar", "100 او أكثر", 100, 100, N, C, "at_least", "total", "ok"),  # post_at_least
    ("ar", "100 على الأكثر", N, 100, 100, C, "at_most", "total", "ok"),  # post_at_most
    ("ar", "100 أو أقل", N, 100, 100, C, "at_most", "total", "ok"),  # post_at_most
    ("ar", "بأقل من 100 شخص", N, 100, 100, C, "at_most", "total", "ok"),  # at_most
    ("ar", "مقتل 5 من ضمنهم طفلان", 5, 5, 5, C, "exact", "total", "ok"),  # including
    ("ar", "100 او 200 شخص", 100, 150, 200, C, "range", "total", "ok"),  # range_sep
    ("ar", "لكل 100 ألف نسمة", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("ar", "بمعدل 50 قتيلا يوميا", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("ar", "صاروخ متوسط المدى أصاب 12 شخصا", 12, 12, 12, C, "exact", "total", "ok"),  # rate-neg
    ("ar", "قتل 50 شخصا أغلبهم أطفال", 50, 50, 50, C, "exact", "total", "ok"),  # fraction-neg
    ("ar", "لعام 2024 قتل 500", 500, 500, 500, C, "exact", "total", "ok"),  # year_pre
    ("ar", "صيف 2023 قتل 500", 500, 500, 500, C, "exact", "total", "ok"),  # year_pre
    ("ar", "أواسط 2023 قتل 500", 500, 500, 500, C, "exact", "total", "ok"),  # year_pre
    ("ar", "2024م قتل 500", 500, 500, 500, C, "exact", "total", "ok"),  # year_post
    ("ar", "خلال 3 شهور", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("ar", "10 ثوان", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("ar", "ليلة أمس قتل 5 أشخاص", 5, 5, 5, C, "exact", "total", "ok"),  # time_units-neg
    ("hi", "500 से ज्\u200dयादा लोग", 500, 500, N, C, "at_least", "total", "ok"),  # rewrites
    ("hi", "पौने दो लाख लोग", 175000, 175000, 175000, C, "exact", "total", "ok"),  # numbers
    ("hi", "सवा दो लाख लोग", 225000, 225000, 225000, C, "exact", "total", "ok"),  # numbers
    ("hi", "साढे तीन लाख लोग", 350000, 350000, 350000, C, "exact", "total", "ok"),  # numbers
    ("hi", "सवा लाख लोग", 125000, 125000, 125000, C, "exact", "total", "ok"),  # numbers-neg
    ("hi", "2 बिलियन लोग", 2000000000, 2000000000, 2000000000, C, "exact", "total", "ok"),  # scales
    ("hi", "एक सैकड़ा लोग", 100, 100, 100, C, "approx", "total", "ok"),  # collective
    ("hi", "500 के ऊपर लोग", 500, 500, N, C, "at_least", "total", "ok"),  # post_at_least
    ("hi", "500 से उपर लोग", 500, 500, N, C, "at_least", "total", "ok"),  # post_at_least
    ("hi", "पुल के ऊपर 5 लोग फंसे", 5, 5, 5, C, "exact", "total", "ok"),  # post_at_least-neg
    ("hi", "इनमे 5 बच्चे", 5, 5, 5, C, "exact", "total", "ok"),  # including
    ("hi", "हादसे में 20 लोग घायल हुए, इसमें 5 बच्चे", 20, 20, 20, C, "exact", "total", "ok"),  # including
    ("hi", "कुल मिला कर 500 लोग", 500, 500, 500, C, "exact", "total", "ok"),  # total
    ("hi", "10 फीसद", 10, 10, 10, P, "exact", "total", "ok"),  # percent
    ("hi", "5 परसेंट", 5, 5, 5, P, "exact", "total", "ok"),  # percent
    ("hi", "प्रतिवर्ष 500 लोग", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("hi", "औसतन 50 लोग", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("hi", "अनगिनत लोग", N, N, N, C, "none", "total", "unparsed"),  # uncountable
    ("hi", "सन 2020 में 500 लोग", 500, 500, 500, C, "exact", "total", "ok"),  # year_pre
    ("hi", "2024 के अंत तक 500 लोग", 500, 500, 500, C, "exact", "total", "ok"),  # year_post
    ("hi", "3 माह", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("hi", "3 हफ़्ते", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("hi", "2 दशक", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("hi", "रात में 5 लोगों की मौत", 5, 5, 5, C, "exact", "total", "ok"),  # time_units-neg
    ("hi", "फ़रवरी 2024 में 300 लोग", 300, 300, 300, C, "exact", "total", "ok"),  # months
    (
        "hi",
        "50 हजार से ज्यादा नए मामले",
        50000,
        50000,
        N,
        C,
        "at_least",
        "additional",
        "ok",
    ),  # additional_post (17nl: "N new" is additional, D51.8)
    (
        "id",
        "semiliar dosis vaksin",
        1000000000,
        1000000000,
        1000000000,
        C,
        "exact",
        "total",
        "ok",
    ),  # numbers
    (
        "id",
        "2 triliun sel",
        2000000000000,
        2000000000000,
        2000000000000,
        C,
        "exact",
        "total",
        "ok",
    ),  # scales
    ("id", "selusin orang", 12, 12, 12, C, "approx", "total", "ok"),  # collective
    ("id", "beribu-ribu orang", 1000, 1000, 9999, C, "vague", "total", "ok"),  # vague
    ("id", "beratus-ratus orang", 100, 100, 999, C, "vague", "total", "ok"),  # vague
    ("id", "sekitaran 500 orang", 500, 500, 500, C, "approx", "total", "ok"),  # approx
    ("id", "100 orang kurang lebih", 100, 100, 100, C, "approx", "total", "ok"),  # post_approx
    ("id", "minimum 100 orang", 100, 100, N, C, "at_least", "total", "ok"),  # at_least
    ("id", "tak kurang 100 orang", 100, 100, N, C, "at_least", "total", "ok"),  # at_least
    ("id", "setinggi-tingginya 100 orang", N, 100, 100, C, "at_most", "total", "ok"),  # at_most
    ("id", "100 orang atau kurang", N, 100, 100, C, "at_most", "total", "ok"),  # post_at_most
    ("id", "ditambah 5 orang", 5, 5, 5, C, "exact", "additional", "ok"),  # additional
    (
        "id",
        "sebanyak 10 orang dengan rincian 6 laki-laki dan 4 perempuan",
        10,
        10,
        10,
        C,
        "exact",
        "total",
        "ok",
    ),  # including
    ("id", "banjir meliputi 5 desa", 5, 5, 5, C, "exact", "total", "ok"),  # including-neg
    ("id", "secara keseluruhan 500 orang", 500, 500, 500, C, "exact", "total", "ok"),  # total
    ("id", "10 prosen", 10, 10, 10, P, "exact", "total", "ok"),  # percent
    ("id", "tiga perempat", N, N, N, C, "none", "total", "unparsed"),  # fraction
    (
        "id",
        "20 orang tewas, separuhnya anak-anak",
        20,
        20,
        20,
        C,
        "exact",
        "total",
        "ok",
    ),  # fraction-neg
    ("id", "100 orang per jam", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("id", "pertahun 500 orang", N, N, N, C, "none", "total", "unparsed"),  # rate
    ("id", "5 batalyon", N, N, N, C, "none", "total", "unparsed"),  # units
    ("id", "tak terhitung jumlahnya", N, N, N, C, "none", "total", "unparsed"),  # uncountable
    (
        "id",
        "sepanjang 2024 tercatat 500 kasus",
        500,
        500,
        500,
        C,
        "exact",
        "total",
        "ok",
    ),  # year_pre
    ("id", "medio 2023 sebanyak 300 orang", 300, 300, 300, C, "exact", "total", "ok"),  # year_pre
    ("id", "thn 2020 ada 300 korban", 300, 300, 300, C, "exact", "total", "ok"),  # year_pre
    ("id", "3 pekan", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("id", "2 dekade", N, N, N, C, "none", "total", "unparsed"),  # time_units
    ("id", "korban ke-5", N, N, N, C, "none", "total", "unparsed"),  # rewrites
    ("id", "HUT ke-79 dihadiri 500 orang", 500, 500, 500, C, "exact", "total", "ok"),  # rewrites
    ("hi", "मामले दोगुना हो गए", N, N, N, C, "none", "total", "unparsed"),  # fraction
    ("hi", "आधी रात को 5 लोगों की मौत", 5, 5, 5, C, "exact", "total", "ok"),  # fraction-neg
]


@pytest.mark.parametrize(
    ("lang", "phrase", "low", "best", "high", "unit", "qualifier", "relation", "status"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_grammar_form(
    lang: str,
    phrase: str,
    low: float,
    best: float,
    high: float,
    unit: str,
    qualifier: str,
    relation: str,
    status: str,
) -> None:
    assert_reads_fully(lang, phrase, (low, best, high), (qualifier, relation, status), unit)


def test_every_language_has_negatives() -> None:
    """Each language of the sweep has phrases of both kinds (D-rules read, words held out)."""
    langs = {c[0] for c in CASES}
    assert langs == {"tr", "pl", "ar", "hi", "id"}
