# ruff: noqa: E501 (the phrases are data, as written)
"""17cs: D75, an earthquake's magnitude and a temperature are measures (issue 17, disasters).

A disaster report gives the count beside the earthquake's magnitude or the heat: "a magnitude 7.8
earthquake killed 300 people", "bei 40 Grad starben 12 Menschen". Before the change every one of
these read unparsed (two quantities) in all sixteen languages: the tables knew neither the
magnitude's words nor the temperature's units as measures. D75 lists them (each table's
`not_count_pre` / `not_count_post`, read as D59.4's measures: beside a count dropped, alone as
written) and reads "M7.8", "규모 7.8", "マグニチュード7.8" as a magnitude. Phrases of their own,
written for this test (none is a phrase of a round); the "stays" rows read so before the change
(a temperature alone, as round 4 labels it; Korean 규모 before a force's size).
"""

from __future__ import annotations

from figure_sets import case_test

MEASURES = [
    ("en", "a magnitude 7.8 earthquake killed 300 people", 300, "exact"),
    ("en", "the 7.8-magnitude quake killed 300", 300, "exact"),
    ("en", "an M7.8 quake killed 300", 300, "exact"),
    ("de", "ein Erdbeben der Stärke 7,8 tötete 300 Menschen", 300, "exact"),
    ("fr", "un séisme de magnitude 7,8 a fait 300 morts", 300, "exact"),
    ("es", "un sismo de magnitud 7,8 dejó 300 muertos", 300, "exact"),
    ("it", "un terremoto di magnitudo 7.8 ha ucciso 300 persone", 300, "exact"),
    ("pt", "um sismo de magnitude 7,8 matou 300 pessoas", 300, "exact"),
    ("ru", "землетрясение магнитудой 7,8 унесло жизни 300 человек", 300, "exact"),
    ("uk", "землетрус магнітудою 7,8 забрав життя 300 людей", 300, "exact"),
    ("pl", "trzęsienie ziemi o sile 7,8 zabiło 300 osób", 300, "exact"),
    ("tr", "7,8 büyüklüğündeki depremde 300 kişi öldü", 300, "exact"),
    ("ar", "زلزال بقوة 7.8 درجات أودى بحياة 300 شخص", 300, "exact"),
    ("hi", "7.8 तीव्रता के भूकंप में 300 लोगों की मौत", 300, "exact"),
    ("id", "gempa bermagnitudo 7,8 menewaskan 300 orang", 300, "exact"),
    ("id", "gempa M 7,8 menewaskan 300 orang", 300, "exact"),
    ("zh", "7.8级地震造成300人死亡", 300, "exact"),
    ("ja", "マグニチュード7.8の地震で300人が死亡", 300, "exact"),
    ("ja", "M7.8の地震で300人が死亡", 300, "exact"),
    ("ja", "震度6強の揺れで3人が死亡", 3, "exact"),
    ("ko", "규모 7.8의 지진으로 300명이 숨졌다", 300, "exact"),
    ("en", "temperatures of 40 degrees killed 12 people", 12, "exact"),
    ("de", "bei 40 Grad starben 12 Menschen", 12, "exact"),
    ("fr", "par 40 degrés, 12 personnes sont mortes", 12, "exact"),
    ("es", "con 40 grados murieron 12 personas", 12, "exact"),
    ("it", "con 40 gradi sono morte 12 persone", 12, "exact"),
    ("pt", "com 40 graus morreram 12 pessoas", 12, "exact"),
    ("ru", "при температуре 40 градусов погибли 12 человек", 12, "exact"),
    ("uk", "за температури 40 градусів загинули 12 людей", 12, "exact"),
    ("pl", "przy 40 stopniach zmarło 12 osób", 12, "exact"),
    ("tr", "40 derece sıcaklıkta 12 kişi öldü", 12, "exact"),
    ("ar", "في درجة حرارة 40 توفي 12 شخصا", 12, "exact"),
    ("hi", "40 डिग्री तापमान में 12 लोगों की मौत", 12, "exact"),
    ("id", "suhu 40 derajat menewaskan 12 orang", 12, "exact"),
    ("zh", "40摄氏度高温导致12人死亡", 12, "exact"),
    ("ja", "気温40度の暑さで12人が死亡", 12, "exact"),
    ("ko", "40도 폭염에 12명이 숨졌다", 12, "exact"),
    # a storm's category after its number, rainfall in millimetres
    ("ru", "ураган 5 категории унес жизни 12 человек", 12, "exact"),
    ("uk", "ураган 5 категорії забрав життя 12 людей", 12, "exact"),
    ("tr", "5. kategorideki kasırga 12 kişinin ölümüne yol açtı", 12, "exact"),
    ("ja", "カテゴリー5のハリケーンで12人が死亡", 12, "exact"),
    ("fr", "200 mm de pluie sont tombés, 12 morts", 12, "exact"),
    ("de", "200 Millimeter Regen fielen, 12 Menschen starben", 12, "exact"),
    ("ru", "выпало 200 мм осадков, погибли 12 человек", 12, "exact"),
    ("ja", "200ミリの雨が降り12人が死亡", 12, "exact"),
    ("ko", "200mm의 비가 내려 12명이 숨졌다", 12, "exact"),
    ("zh", "降雨200毫米，造成12人死亡", 12, "exact"),
    # stays: a temperature alone is read as written (round 4); 규모 before a force's size
    ("uk", "Температура місцями сягає 40 градусів", 40, "exact"),
    ("pl", "Miejscami temperatura może przekroczyć 40 stopni Celsjusza", 40, "at_least"),
    ("ko", "병력 규모 1만 명", 10_000, "exact"),
]


test_a_magnitude_or_a_temperature_is_a_measure = case_test(MEASURES)
