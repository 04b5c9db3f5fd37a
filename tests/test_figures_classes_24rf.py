# ruff: noqa: E501 (the phrases are data, as written)
"""24rf: number forms, counters and "A, or B%" (issue 17, D160 to D163), on phrases of their own.

The classes of rounds 66 and 67's misses in 24rf's part, written for each figure table where the
language has the form (phrases written for this test from each language's grammar and reporting
habits, a few from real pages (tr "%24,43-25,55 arasında", it "Incrementi da 0,9% a 4%"), and the
rounds' own rows; expected readings by hand from the codebook). Each item has phrases it reads and
phrases at its edge that must stay as they were.

* D160: per cent ranges with the per cent word once before the low end (tr "yüzde 98-99", zh
  "百分之10到12"), with the singular article before each end (es "entre el 10 y el 12%", it "dal 10
  al 12%", "tra il 10 e il 12%"); zh Han decimals with 點 / 点 before a scale; zh Han-numeral ranges
  with the counter once; zh classifiers 颗 场 枚 辆 架 部 after Han numerals.
* D161: "A, or B%" (a count, a comma, "or", its share) is no single count, as "A or B%" (D145).
* D162: hi a point and three digits before a scale of a lakh and more is the decimal point; the
  same count restated in brackets in another scale is one count (D147.4).
* D163: doses: "one / two doses" name which dose only beside another number in digits; alone
  ("dos dosis", "tylko jedną dawkę") the doses are the count.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D160.1: per cent ranges, the per cent word once
PER_CENT_RANGES = [
    ("tr", "yüzde 98-99 oranında", (98, 99), "range"),
    ("tr", "yüzde 10-12 arasında", (10, 12), "range"),
    ("tr", "%10-12", (10, 12), "range"),
    ("tr", "yüzde 5,5-6 oranında", (5.5, 6), "range"),
    ("tr", "dünya ortalaması %24,43-25,55 arasında yer almaktadır", (24.43, 25.55), "range"),
    ("tr", "yüzde 10 ila 12", (10, 12), "range"),
    ("tr", "yüzde 10 ile 12 arasında", (10, 12), "range"),
    ("tr", "yüzde 10 ve 12 arasında", (10, 12), "range"),
    ("tr", "yüzde 20-25 oranında artış", (20, 25), "range"),
    ("zh", "百分之10到12", (10, 12), "range"),
    ("es", "entre el 10 y el 12%", (10, 12), "range"),
    ("es", "entre un 5 y un 7 por ciento", (5, 7), "range"),
    ("it", "dal 10 al 12%", (10, 12), "range"),
    ("it", "dall'8 al 10%", (8, 10), "range"),
    ("it", "tra il 10 e il 12 per cento", (10, 12), "range"),
    ("it", "fra l'8 e il 10%", (8, 10), "range"),
    # the edge: the forms that read already, a second per cent sign, a scale after the high end,
    # a date, per cents in Han numerals (left unread rather than read as the high end's last digit)
    ("tr", "yüzde 3 ile yüzde 5 arasında", (3, 5), "range"),
    ("tr", "%40 ile %50 arasında", (40, 50), "range"),
    ("it", "Incrementi da 0,9% a 4%", (0.9, 4), "range"),
    ("es", "entre el 10 y 12%", (10, 12), "range"),
    ("en", "10-12%", (10, 12), "range"),
    ("de", "10 bis 12 Prozent", (10, 12), "range"),
    ("ar", "%10-12", (10, 12), "range"),
    ("tr", "yüzde 40", 40, "exact"),
    ("es", "Solo entre el 1 y el 18 de diciembre", U, "none"),
    ("it", "dal 13 al 19 luglio", U, "none"),
    ("zh", "百分之十至十二", U, "none"),
    ("zh", "百分之三十", 30, "exact"),
]

# D160.2: zh Han decimals, Han-numeral ranges with the counter once, classifiers
HAN_FORMS = [
    ("zh", "三十九點七三萬人", 397_300, "exact"),
    ("zh", "十二點九六萬人", 129_600, "exact"),
    ("zh", "十二点九六万人", 129_600, "exact"),
    ("zh", "一百零五点三万人", 1_053_000, "exact"),
    ("zh", "百分之三十五点六", 35.6, "exact"),
    ("zh", "十至十二人", (10, 12), "range"),
    ("zh", "五到八名", (5, 8), "range"),
    ("zh", "三場衛星發射任務", 3, "exact"),
    ("zh", "三颗卫星", 3, "exact"),
    ("zh", "五枚导弹", 5, "exact"),
    ("zh", "四輛機動車", 4, "exact"),
    ("zh", "两架飞机", 2, "exact"),
    ("zh", "十二部車輛", 12, "exact"),
    # the edge: a clock time, a measure with no scale, a lone 一 (D67.3), ships beside their crew
    # and incidents beside their dead (艘, 起 left out), a list of parts
    ("zh", "下午三點五十分", U, "none"),
    ("zh", "一颗通讯卫星", U, "none"),
    ("zh", "三艘渔船上的40名船员", 40, "exact"),
    ("zh", "两起矿难的死亡人数已经上升到至少22人", 22, "at_least"),
    ("zh", "四部落水車輛中有一部出租車、一部面包車,還有兩輛裝滿沙子的貨運卡車", U, "none"),
]

# D161: "A, or B%"
COUNT_OR_SHARE = [
    ("en", "441,800, or 35%", U, "none"),
    ("en", "1,200, or 12% of the workforce", U, "none"),
    ("de", "441.800, oder 35 %", U, "none"),
    ("ru", "441 800, или 35%", U, "none"),
    ("pt", "441.800, ou 35%", U, "none"),
    ("id", "441.800, atau 35 persen", U, "none"),
    ("en", "441,800 or 35%", U, "none"),
    # the edge: the share first (the labels disagree: left as read), a new total after "to"
    ("en", "35%, or 441,800", 441_800, "exact"),
    ("en", "fell by 5,000, to 3.5%", 3.5, "exact"),
]

# D162: hi decimals before a scale; a count restated in brackets
HINDI_FORMS = [
    ("hi", "385.519 मिलियन टन", 385_519_000, "exact"),
    ("hi", "2.850 करोड़ रुपये", 28_500_000, "exact"),
    ("hi", "18 मिलियन टन (1.80 करोड़ टन)", 18_000_000, "exact"),
    ("en", "18 million (18,000,000) people", 18_000_000, "exact"),
    # the edge: one decimal digit, two values that differ
    ("hi", "1.5 लाख लोग", 150_000, "exact"),
    ("en", "18 million tonnes (20 million tons)", U, "none"),
]

# D163: doses alone are the count
DOSES = [
    ("es", "dos dosis", 2, "exact"),
    ("pl", "dwóch dawek szczepionki", 2, "exact"),
    ("pl", "tylko jedną dawkę", 1, "exact"),
    ("en", "two doses", 2, "exact"),
    ("de", "zwei Dosen", 2, "exact"),
    ("fr", "deux doses", 2, "exact"),
    ("it", "due dosi", 2, "exact"),
    ("pt", "duas doses", 2, "exact"),
    ("ru", "две дозы вакцины", 2, "exact"),
    ("uk", "дві дози", 2, "exact"),
    # the edge: beside the people who received them, the people (D39)
    ("uk", "Одну дозу отримали 103 783 людини", 103_783, "exact"),
    ("en", "500 people received two doses", 500, "exact"),
]

test_per_cent_ranges_with_the_sign_once = case_test(PER_CENT_RANGES)
test_han_decimals_ranges_and_classifiers = case_test(HAN_FORMS)
test_a_count_a_comma_or_its_share = case_test(COUNT_OR_SHARE)
test_hindi_decimals_and_restated_counts = case_test(HINDI_FORMS)
test_doses_alone_are_the_count = case_test(DOSES)
