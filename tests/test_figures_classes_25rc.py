# ruff: noqa: E501 (the phrases are data, as written)
"""25rc: number forms, bounds and non-counts of rounds 70 and 71 (issue 17, D173 to D176).

The classes of rounds 70 and 71's misses in 25rc's part, written for each figure table where the
language has the form. Phrases are the rounds' own rows and phrases written for this test from
each language's grammar (a few after real pages: "München überschreitet die Eine-Million-
Einwohner-Grenze", "100 paket sembako/kelurahan"); expected readings by hand from the codebook.
Each item has phrases it reads and phrases at its edge that must stay as they were.

* D173: number forms: a comma and three digits before de "Mill.", fr "Mrd", tr "mn" / "mlyr" is
  the decimal comma; both separators in one group with three digits after the last stay
  thousands (the labels of rounds 21, 59, 62 and 71 read so, one of round 71 does not).
* D174: Han digits with 〇 place by place; ja 10数 / zh 10几 / ko 10수 before a scale; de
  "mehrere Hunderttausend", "einige Zehntausend"; zh a road's number before 国道.
* D175: fr "d'" before a digit; tr and de verbs of passing and approaching after the number;
  an "about" before and a one-word bound after (at least, nearly) at the same distance: the bound.
* D176: not counts: a decimal number of times; ja "1か月に", it "per persona", id "/kelurahan"
  rates; a count, its noun, "or" and its share.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D173: number forms
NUMBER_FORMS = [
    ("de", "1,724 Mill. Einwohner", 1724000, "exact"),
    ("fr", "2,150 Mrd d'euros", 2150000000, "exact"),
    ("tr", "1,724 mn abone", 1724000, "exact"),
    ("tr", "2,150 mlyr lira", 2150000000, "exact"),
]
NUMBER_FORMS_STAY = [
    # three digits after the last separator: thousands, as four labelled rows read it
    ("es", "1.760,629 kilos", 1760629, "exact"),
    ("es", "3.121,418 personas", 3121418, "exact"),
    ("pt", "88.993,180 quilos", 88993180, "exact"),
    ("en", "1,724 million subscribers", 1724000000, "exact"),
    ("de", "1.724 Mill. Einwohner", 1724000000, "exact"),
]

# D174: Han digits with 〇, "teens" words with digits, "several" with a compound magnitude
HAN_AND_VAGUE = [
    ("ja", "二〇万冊弱", 200000, "nearly"),
    ("ja", "五億〇五三二万冊", 505320000, "exact"),
    ("ja", "一〇〇人", 100, "exact"),
    ("zh", "二〇万人", 200000, "exact"),
    ("zh", "三〇五名", 305, "exact"),
    ("ja", "10数万頭", (110000, 190000), "vague"),
    ("zh", "10几万头", (110000, 190000), "vague"),
    ("zh", "10幾萬人", (110000, 190000), "vague"),
    ("ko", "10수만 마리", (110000, 190000), "vague"),
    ("de", "Mehrere Hunderttausend Hühner, Enten, Gänse und Puten", (200000, 999999), "vague"),
    ("de", "einigen Hunderttausend Menschen", (200000, 999999), "vague"),
    ("de", "einige Zehntausend Menschen", (20000, 99999), "vague"),
    ("de", "mehrere Zehntausend Euro", (20000, 99999), "vague"),
    ("zh", "遼寧一○一國道也因霧氣重、路面濕滑,造成三十多宗車輛連環相撞事故", 30, "at_least"),
]
HAN_AND_VAGUE_STAY = [
    ("ja", "三百〇五人", 305, "exact"),
    ("zh", "一千零五人", 1005, "exact"),
    ("ja", "二〇二〇年に五万人", 50000, "exact"),
    ("ja", "五万人", 50000, "exact"),
    ("ko", "10만 명", 100000, "exact"),
    ("de", "hunderttausend Menschen", 100000, "exact"),
    ("de", "zehntausend Menschen", 10000, "exact"),
    ("de", "rund hunderttausend Menschen", 100000, "approx"),
]

# D175: bounds told by an elision, a verb after the number, two qualifiers
BOUNDS = [
    ("fr", "plus d'1,3 million", 1300000, "at_least"),
    ("fr", "plus d’1 million de personnes", 1000000, "at_least"),
    ("fr", "moins d'1 million de personnes", 1000000, "at_most"),
    ("fr", "près d'1 million de personnes", 1000000, "nearly"),
    ("tr", "66,4 milyona yaklaşmıştır", 66400000, "nearly"),
    ("tr", "66,4 MİLYONA YAKLAŞMIŞTIR", 66400000, "nearly"),
    ("tr", "70 MİLYON BARAJI AŞILDI", 70000000, "at_least"),
    ("tr", "100 bin sınırı aşılmıştır", 100000, "at_least"),
    ("de", "die Marke von 1 Million überschritten", 1000000, "at_least"),
    ("de", "hat 2 Millionen übertroffen", 2000000, "at_least"),
    ("de", "die Marke von 1 Million fast erreicht", 1000000, "nearly"),
    ("id", "sekitar seratus lebih ayam", 100, "at_least"),
    ("id", "sekitar 100 lebih ayam", 100, "at_least"),
    ("tr", "tahminen 2000'i aşıyordu", 2000, "at_least"),
    ("tr", "Yaklaşık 5 bine yakın çocuk", 5000, "nearly"),
]
BOUNDS_STAY = [
    ("fr", "aujourd'hui 300 personnes", 300, "exact"),
    ("de", "1 Million Menschen erreicht", 1000000, "exact"),
    # a table phrase after the number, a bound glued to Han, "up to": the "about" stays
    ("hi", "लगभग 6 करोड़ से ज्यादा आवारा कुत्ते", 60000000, "approx"),
    ("hi", "करीब 10% तक", 10, "approx"),
    ("en", "about 300 or more people", 300, "approx"),
    ("zh", "住在人民醫院的學生大致有200多人", 200, "approx"),
    ("ko", "약 3000여 명", 3000, "approx"),
]

# D176: not counts
NOT_COUNTS = [
    ("ru", "2,3 раза", U, "none"),
    ("ru", "на 1,5 раза", U, "none"),
    ("uk", "на 1,5 рази", U, "none"),
    ("uk", "на 2 рази", U, "none"),
    ("uk", "1,5 раза", U, "none"),
    ("pl", "2,3 razy", U, "none"),
    ("pl", "o 1,5 raza", U, "none"),
    ("en", "2.3 times", U, "none"),
    ("de", "2,3-mal", U, "none"),
    ("fr", "2,3 fois", U, "none"),
    ("ja", "1か月に350匹もの子猫", U, "none"),
    ("ja", "一ヶ月に350人", U, "none"),
    ("it", "67 kg per persona beneficiaria", U, "none"),
    ("it", "3 pacchi a famiglia", U, "none"),
    ("id", "100 paket sembako/kelurahan", U, "none"),
    ("id", "5 kg/orang", U, "none"),
    ("id", "352.403 kasus atau 76 persen", U, "none"),
    ("en", "352,403 cases or 76 percent", U, "none"),
    ("en", "352,403 cases, or 76 percent.", U, "none"),
    ("de", "441.800 Fälle oder 35 %", U, "none"),
]
NOT_COUNTS_STAY = [
    ("ru", "он был там 2 раза", 2, "exact"),
    ("de", "Zu für das Tier tödlichen Unfällen mit Rotwild kam es 2.940 Mal.", 2940, "exact"),
    ("en", "Police said they were called out 2,031 times", 2031, "exact"),
    ("ja", "“熱中症”一週間に65人死亡", 65, "exact"),
    ("ja", "令和1年に350件", 350, "exact"),
    ("ja", "認知症が1年に500万人超え", 5000000, "at_least"),
    ("ja", "1月に350人", 350, "exact"),
    ("it", "Sono per ora 6 le vittime", 6, "exact"),
    ("it", "per 67 persone", 67, "exact"),
    ("id", "19 kabupaten/kota", 19, "exact"),
    ("id", "50 desa/kelurahan", 50, "exact"),
    ("id", "100 personel TNI/Polri", 100, "exact"),
    ("en", "some 15,561 confirmed or 85 per cent of the worldwide total", 15561, "approx"),
    ("uk", "1800 дворів – 80% домоволодінь – постраждали", 1800, "exact"),
    ("en", "120 dead and 15 percent injured", 120, "exact"),
]

test_number_forms_read_as_the_codebook_says = case_test(NUMBER_FORMS)
test_number_forms_at_the_edge_stay = case_test(NUMBER_FORMS_STAY)
test_han_digits_and_vague_magnitudes = case_test(HAN_AND_VAGUE)
test_han_digits_and_magnitudes_at_the_edge_stay = case_test(HAN_AND_VAGUE_STAY)
test_bounds_after_the_number = case_test(BOUNDS)
test_bounds_at_the_edge_stay = case_test(BOUNDS_STAY)
test_not_counts_are_unparsed = case_test(NOT_COUNTS)
test_counts_at_the_edge_stay = case_test(NOT_COUNTS_STAY)
