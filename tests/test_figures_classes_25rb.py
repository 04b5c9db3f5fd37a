# ruff: noqa: E501 (the phrases are data, as written)
"""25rb: number forms and the words of a rise (issue 17, D169 to D172), on phrases of their own.

The classes of rounds 62-69's misses in 25rb's part, written for each figure table where the
language has the form (phrases written for this test from each language's grammar and reporting
habits, and the rounds' own rows; expected readings by hand from the codebook). Each item has
phrases it reads and phrases at its edge that must stay as they were.

* D169: a point and three digits before a scale of millions is the decimal point in en ("1.259
  billion") and ko ("1.259억"); not in the tables that group thousands with a point.
* D170: a stray space after a decimal comma, one or two digits and a scale word after it ("154, 2
  mil pessoas"): one decimal number, in pt es it fr de pl ru uk tr id.
* D171: the words of a rise with an adjective between the noun and its size, a comparative after
  a per cent, and the Turkish, Polish and Arabic forms: additional.
* D172: ja 百 after digits, hi decimals told with दशमलव, tr a one-word number with a case
  ending, ar the dual of a million with the article.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D169: the decimal point before a scale of millions
DECIMAL_POINT = [
    ("en", "1.259 billion", 1_259_000_000, "exact"),
    ("en", "1.259 billion people", 1_259_000_000, "exact"),
    ("en", "about 2.125 million refugees", 2_125_000, "approx"),
    ("en", "1.375 bn", 1_375_000_000, "exact"),
    ("en", "more than 1.025 million", 1_025_000, "at_least"),
    ("en", "1.250 crore", 12_500_000, "exact"),
    ("ko", "1.259억 명", 125_900_000, "exact"),
    ("ko", "약 1.250만 명", 12_500, "approx"),
    # the template of a wording read before with another shape of number is not taken (the
    # point and three digits leave a template of their own: figures/engine._shape_mark)
    ("ko", "약 1.5만 명", 15_000, "approx"),
    ("ar", "1.5 مليون شخص", 1_500_000, "exact"),
    ("ar", "2.850 مليون شخص", 2_850_000, "exact"),
    ("en", "1.5 billion", 1_500_000_000, "exact"),
    # the edge: a thousands group before "thousand", no scale, the point-grouping tables
    ("en", "1.5 million", 1_500_000, "exact"),
    ("en", "1,259 million", 1_259_000_000, "exact"),
    ("ko", "1.5만 명", 15_000, "exact"),
    ("ko", "1,250만 명", 12_500_000, "exact"),
    ("de", "1.200 Milliarden", 1_200_000_000_000, "exact"),
    ("es", "1.200 millones", 1_200_000_000, "exact"),
    ("id", "1.200 juta", 1_200_000_000, "exact"),
    ("tr", "1.200 milyon", 1_200_000_000, "exact"),
]

# D170: a stray space after the decimal comma before a scale word
STRAY_DECIMAL = [
    ("pt", "154, 2 mil pessoas", 154_200, "exact"),
    ("pt", "cerca de 3, 5 milhões de pessoas", 3_500_000, "approx"),
    ("uk", "411, 1 тисяч осіб", 411_100, "exact"),
    ("uk", "на 57, 5 тис. осіб", 57_500, "exact"),
    ("ru", "12, 5 тыс. человек", 12_500, "exact"),
    ("es", "12, 5 millones de personas", 12_500_000, "exact"),
    ("it", "12, 5 milioni di persone", 12_500_000, "exact"),
    ("fr", "12, 5 millions de personnes", 12_500_000, "exact"),
    ("de", "12, 5 Millionen Menschen", 12_500_000, "exact"),
    ("pl", "12, 5 tys. osób", 12_500, "exact"),
    ("tr", "12, 5 milyon kişi", 12_500_000, "exact"),
    ("id", "1, 45 juta orang", 1_450_000, "exact"),
    ("pt", "Foram emplacados 207, 73 mil unidades", 207_730, "exact"),
    # the edge: three digits after the space are a thousands group (D22), a list, a year before
    ("pt", "15, 200 pessoas", 15_200, "exact"),
    ("pt", "5, 6 ou 7 mil pessoas", U, "none"),
    ("tr", "tahminen 7, 8 bin tane koyun vardı", (7_000, 8_000), "range"),
    ("pt", "em 2020, 15 mil pessoas", 15_000, "exact"),
    ("pt", "154,2 mil pessoas", 154_200, "exact"),
]

# D171: the words of a rise with something between, or after
RISE = [
    ("pt", "um aumento significativo de 111%", 111, "exact additional"),
    ("pt", "um forte aumento de 10%", 10, "exact additional"),
    ("pt", "cerca de 4% mais alta", 4, "approx additional"),
    ("pt", "34,5% mais", 34.5, "exact additional"),
    ("es", "un aumento significativo del 11%", 11, "exact additional"),
    ("es", "un fuerte incremento del 20%", 20, "exact additional"),
    ("es", "un 11% más elevado", 11, "exact additional"),
    ("it", "un aumento significativo del 11%", 11, "exact additional"),
    ("it", "11% più alto", 11, "exact additional"),
    ("fr", "une forte hausse de 11%", 11, "exact additional"),
    ("fr", "une hausse significative de 11%", 11, "exact additional"),
    ("fr", "11 % plus élevé", 11, "exact additional"),
    ("en", "a significant increase of 11%", 11, "exact additional"),
    ("en", "11% higher", 11, "exact additional"),
    ("de", "um 11% höher", 11, "exact additional"),
    ("ru", "на 11% выше", 11, "exact additional"),
    ("uk", "на 11% вище", 11, "exact additional"),
    ("pl", "więcej o 476 tys. osób", 476_000, "exact additional"),
    ("pl", "o 11% wyższy", 11, "exact additional"),
    ("pl", "wzrosła aż o 11%", 11, "exact additional"),
    ("pl", "wzrośnie o 5 tys.", 5_000, "exact additional"),
    ("tr", "42 bin arttığı", 42_000, "exact additional"),
    ("tr", "yüzde 11 yükseldi", 11, "exact additional"),
    ("tr", "yüzde 11 daha fazla", 11, "exact additional"),
    ("id", "11 persen lebih tinggi", 11, "exact additional"),
    ("ar", "ارتفاعا بحوالي 2.34 مليار متر مكعب", 2_340_000_000, "approx additional"),
    ("hi", "तीन दशमलव एक-सात प्रतिशत अधिक", 3.17, "exact additional"),
    # the edge: a share of people, a fall, a new total told with the dative, more than
    ("pt", "os 10% mais ricos", 10, "exact"),
    ("pt", "alta de 500 pacientes", 500, "exact"),
    ("tr", "5 bine yükseldi", 5_000, "exact"),
    ("tr", "100'den daha fazla", 100, "at_least"),
    ("id", "11 persen lebih", 11, "at_least"),
    ("pl", "mniej o 11%", 11, "exact"),
    ("en", "11% lower", 11, "exact"),
]

# D172: number forms
FORMS = [
    ("ja", "韓国156百人", 15_600, "exact"),
    ("ja", "156百万人", 156_000_000, "exact"),
    ("hi", "दस दशमलव तीन पांच प्रतिशत", 10.35, "exact"),
    ("hi", "एक दशमलव पांच लाख", 150_000, "exact"),
    ("tr", "yüzbinin üzerinde", 100_000, "at_least"),
    ("tr", "ikiyüzbini aşkın", 200_000, "at_least"),
    ("ar", "المليوني نزيل", 2_000_000, "exact"),
    # the edge: the forms that read already, the adjective "million-strong"
    ("ja", "3百人", 300, "exact"),
    ("tr", "yüzbinlerce", 100_000, "vague"),
    ("ar", "الحشد المليوني", U, "none"),
]

test_decimal_point_before_a_scale = case_test(DECIMAL_POINT)
test_stray_space_after_a_decimal_comma = case_test(STRAY_DECIMAL)
test_words_of_a_rise = case_test(RISE)
test_number_forms = case_test(FORMS)
