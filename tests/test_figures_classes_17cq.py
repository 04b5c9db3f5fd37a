# ruff: noqa: E501 (the phrases are data, as written)
"""17cq: D73, a unit's exponent is part of the unit, never a number (issue 17, generality).

NFKC folds "km²" to "km2" and "㎡" to "m2", and the tokenizer cut "km" from "2": the exponent read
as a number, and a bare "m" as "million" ("300 m³ Wasser" = 300,000,003, "1200 км² леса" = 2).
D73 writes one rule for every language where the text is folded (``normalise.unit_powers``): a
length unit with an exponent glued to it (Latin, Cyrillic, Arabic, Devanagari abbreviations, the
squared symbols, "sq km", "кв. м", "km kw.") is one word, an area or a volume, that every table
reads as a measure (``lexicon.UNIVERSAL``: alone the figure, beside a count none, D59.4, D66.3);
a unit written per another one ("m³/s", "kg/m³") is a rate (D19). The tables add the areas and
volumes written out ("square metres", "Quadratmeter", "квадратных метров", "平方米", "제곱미터").
Phrases of their own, written for this test (none is a phrase of a round); every row of
MEASURES read wrong or unparsed before the change; the "stays" rows read so before, but for "BMW
M3" (3 before), "40 km² quemados y 6 muertos" (6 before, by the exponent's accident) and the two
rates (1,200,000,003 before).
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, case_test

U = UNPARSED

MEASURES = [
    # en
    ("en", "about 4,500 m² of farmland was flooded", 4500, "approx"),
    ("en", "engineers pumped out 2,000 m3 of water", 2000, "exact"),
    ("en", "some 2.5 million m³ of sludge", 2_500_000, "approx"),
    ("en", "12 people were evacuated from 300 m² of flats", 12, "exact"),
    ("en", "12 people were evacuated from 300 square metres of flats", 12, "exact"),
    ("en", "the river carried 100 m3/s", U, ""),
    # de
    ("de", "die Flammen vernichteten 40 km² Wald", 40, "exact"),
    ("de", "12 Verletzte auf einer Fläche von 500 m²", 12, "exact"),
    ("de", "auf 5 km² starben 14 Rehe", 14, "exact"),
    ("de", "auf 500 Quadratmetern wurden 12 Menschen verletzt", 12, "exact"),
    ("de", "300 Kubikmeter Wasser, 12 Verletzte", 12, "exact"),
    # fr
    ("fr", "1 200 km² de forêt ont brûlé", 1200, "exact"),
    ("fr", "plus de 40 km2 de forêt", 40, "at_least"),
    ("fr", "15 blessés dans un entrepôt de 200 m²", 15, "exact"),
    # es
    ("es", "1.200 km² de bosque", 1200, "exact"),
    ("es", "cerca de 1.500 km2 de bosque", 1500, "approx"),
    ("es", "30 heridos en una nave de 800 m2", 30, "exact"),
    # it
    ("it", "47.220 km² di foresta", 47220, "exact"),
    ("it", "7 feriti in 150 m² di uffici", 7, "exact"),
    ("it", "7 feriti in 150 mq di uffici", 7, "exact"),
    # pt (its rewrites read "m²" spaced already; glued to the number, and hectares, they did not)
    ("pt", "cerca de 1200km² de floresta", 1200, "approx"),
    ("pt", "14 feridos num armazém de 300m²", 14, "exact"),
    ("pt", "5 mortos em 40 hectares de mata", 5, "exact"),
    # ru
    ("ru", "около 700 м² леса", 700, "approx"),
    ("ru", "более 3000 м3 воды", 3000, "at_least"),
    ("ru", "5 человек пострадали на площади 100 кв. м", 5, "exact"),
    ("ru", "5 человек пострадали на площади 100 квадратных метров", 5, "exact"),
    ("ru", "5 человек погибли, 300 кубометров воды", 5, "exact"),
    # uk
    ("uk", "близько 600 м² лісу", 600, "approx"),
    ("uk", "понад 1200 м3 води", 1200, "at_least"),
    ("uk", "3 рятувальники травмовані на складі площею 200 м²", 3, "exact"),
    ("uk", "3 людини загинули, 300 кубометрів води", 3, "exact"),
    # pl
    ("pl", "5500 km²", 5500, "exact"),
    ("pl", "powierzchnię ok. 5,5 mln km²", 5_500_000, "approx"),
    ("pl", "6 rannych na 300 m² hali", 6, "exact"),
    # tr
    ("tr", "3.000 m³ su taştı", 3000, "exact"),
    ("tr", "yangın 25 km² alanı yaktı", 25, "exact"),
    ("tr", "150 metrekare alanda 8 kişi yaralandı", 8, "exact"),
    ("tr", "150 metrekarelik depoda 8 kişi yaralandı", 8, "exact"),
    # id
    ("id", "lebih dari 1.500 km² hutan terbakar", 1500, "at_least"),
    ("id", "sekitar 50 km2 lahan", 50, "approx"),
    ("id", "4 orang tewas di area 2.000 m²", 4, "exact"),
    # ar
    ("ar", "أكثر من 2000 م3 من المياه", 2000, "at_least"),
    ("ar", "احترق 40 كم2 من الغابات", 40, "exact"),
    ("ar", "نحو 2 مليون م³ من الطين", 2_000_000, "approx"),
    ("ar", "12 قتيلا في مساحة 40 كم²", 12, "exact"),
    # hi
    ("hi", "40 किमी² जंगल जल गया", 40, "exact"),
    ("hi", "300 m² के गोदाम में 9 मजदूर फंसे", 9, "exact"),
    ("hi", "300 वर्ग मीटर के गोदाम में 9 मजदूर फंसे", 9, "exact"),
    ("hi", "300 घन मीटर पानी में 9 लोग फंसे", 9, "exact"),
    # zh
    ("zh", "300㎡仓库内9名工人被困", 9, "exact"),
    ("zh", "大火烧毁40km²森林,3人死亡", 3, "exact"),
    ("zh", "300平方米仓库内9名工人被困", 9, "exact"),
    ("zh", "300立方米污水中3人被困", 3, "exact"),
    # ja
    ("ja", "300m²の倉庫で9人が負傷", 9, "exact"),
    ("ja", "40㎢の森林で3人が死亡", 3, "exact"),
    ("ja", "300平方メートルの倉庫で9人が負傷", 9, "exact"),
    # ko
    ("ko", "약 800㎡의 창고", 800, "approx"),
    ("ko", "3000m³의 오수가 유출됐다", 3000, "exact"),
    ("ko", "약 2만㎥의 토사", 20000, "approx"),
    ("ko", "40㎢의 산림에서 3명이 숨졌다", 3, "exact"),
    ("ko", "300제곱미터 규모 창고에서 9명이 다쳤다", 9, "exact"),
]

STAYS = [
    # a scale "m" without an exponent stays million; a length alone reads as the table reads it
    ("en", "$5m", 5_000_000, "exact"),
    ("en", "5m people", 5_000_000, "exact"),
    # digits glued to letters that are no unit: as before (D74 drops a designation)
    ("en", "Covid-19 deaths", U, ""),
    ("en", "G7 leaders", U, ""),
    ("en", "M23 rebels", U, ""),
    ("en", "4x4 vehicles", 4, "exact"),
    ("en", "team2 lost 3 players", 3, "exact"),
    # a model's "M3" is no count (it read 3 before, D74 left the unit's exponent to D73)
    ("en", "BMW M3 cars", U, ""),
    # areas and volumes the tables read right already
    ("de", "rund 300 m³ Heizöl sind ausgelaufen", 300, "approx"),
    ("fr", "près de 3 000 m² de toiture", 3000, "nearly"),
    ("pt", "cerca de 900 m² de mata", 900, "approx"),
    ("pl", "pożar strawił 40 km kw. lasu", 40, "exact"),
    ("ru", "пожар охватил 20 кв. км тайги", 20, "exact"),
    ("zh", "约2万m³污水", 20000, "approx"),
    ("ja", "約800㎡の倉庫", 800, "approx"),
    # a measure listed with a count by "and" names another thing: both stay (D45.3)
    ("es", "40 km² quemados y 6 muertos", U, ""),
    # a number written with "・" (a Japanese decimal point, D68.3) before its unit is the decimal,
    # never "2" nor "5" (unparsed on the branch that wrote this row; D68.3 reads it)
    ("ja", "約2・5ヘクタールの農地", 2.5, "approx"),
    ("ja", "約2・5㎡の部屋", 2.5, "approx"),
    # "last" between a number and its unit is a duration (it, as es, fr): the measure's phrase
    # keeps the measure, no "three"
    ("it", "negli otto ultimi anni sono andati persi 3.100 km² di bosco", 3100, "exact"),
    # a unit per another unit is a rate (D19), in a table without the 17nh rewrite too
    ("de", "32 Liter/m²", U, ""),
    ("pl", "1200 m³/s wody", U, ""),
    ("tr", "1.200 m³/s su", U, ""),
]


test_a_unit_exponent_is_no_number = case_test(MEASURES)
test_what_is_no_unit_exponent_stays = case_test(STAYS)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("300 m³ Wasser", "300 m³ wasser"),
        ("1200㎢의 숲", "1200km²의 숲"),
        ("1200 km2", "1200 km²"),
        ("300 sq km", "300 km²"),
        ("100 кв. м", "100 м²"),
        ("40 km kw. lasu", "40 km² lasu"),
        ("co2 h2o g7 4x4 3d m23 team2", "co2 h2o g7 4x4 3d m23 team2"),
    ],
)
def test_the_fold_writes_the_exponent_with_its_unit(text: str, folded: str) -> None:
    from analysis.figures.normalise import normalise

    assert normalise(text) == folded
