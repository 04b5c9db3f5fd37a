# ruff: noqa: E501 (the phrases are data, as written)
"""17ci: D66, the compared value and a year after "of" are never the count (issue 17, precision).

Phrases of their own, written for this test from each language's grammar after the rule (none
is a phrase of a round). Every row but the "stays" rows read otherwise before the change: the
compared value (587, 39) was read as the count once the other quantity beside it had been
dropped as no count (a measure, a share of change), or the year after "of" made the phrase two
quantities. The "stays" rows read so before the change too: a count beside a compared count
stayed unparsed (as rounds 11-35 labelled "690 véhicules … contre 874 en 2022"; since D111,
22rc, the lead's reversal of D66.1, the count is read, the measure alone as written, the share
alone as without the comparison, and those rows are relabelled); the phrase's only
number, after a comparison word, is read as written (as rounds 10, 30 and 32 label "compared to
1,215 for the year before"); "against" an opponent is no comparison alone ("lutam contra 500
soldados" = 500).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

COMPARED = [
    # D66.1: a value compared with another quantity is never the count; (22rc, D111) the other
    # is: D66.1's reading (unparsed) reversed by the lead, as rounds 48-52 label the count
    # a measure beside the compared value, alone the figure (D66.3; round 37 labels "541 km²")
    ("fr", "la déforestation a atteint 541 kilomètres carrés, contre 587 le mois précédent", 541, "exact"),
    ("pt", "A área desmatada chegou a 541 quilômetros quadrados, contra 587 no mês anterior", 541, "exact"),
    ("it", "sono stati disboscati 541 chilometri quadrati, contro i 587 del mese precedente", 541, "exact"),
    ("pl", "wylesiono 541 kilometrów kwadratowych wobec 587 w poprzednim miesiącu", 541, "exact"),
    # a share of change beside the compared value: alone, read as without it (additional, D108)
    ("de", "Die Zahl stieg um 8 Prozent, im Vergleich zu 587 im Vorjahr", 8, "exact additional"),
    ("fr", "les cas ont augmenté de 8 %, par rapport aux 587 de l'an dernier", 8, "exact additional"),
    ("es", "los casos subieron un 8 %, en comparación con 587 del año pasado", 8, "exact additional"),
    ("pt", "os casos subiram 8%, em comparação com 587 no ano passado", 8, "exact additional"),
    ("it", "i casi sono aumentati dell'8%, rispetto ai 587 dell'anno scorso", 8, "exact additional"),
    ("ru", "число случаев выросло на 8% по сравнению с 587 в прошлом году", 8, "exact additional"),
    ("uk", "кількість випадків зросла на 8% порівняно з 587 торік", 8, "exact additional"),
    ("pl", "liczba przypadków wzrosła o 8 proc. w porównaniu z 587 przed rokiem", 8, "exact additional"),
    ("id", "jumlah kasus naik 8 persen dibandingkan dengan 587 kasus pada tahun lalu", 8, "exact additional"),
    ("ar", "ارتفعت الحالات بنسبة 8% مقارنة مع 587 العام الماضي", 8, "exact additional"),
    # after the number (its noun or counter between): hi, tr, zh, ja, ko
    ("hi", "मामलों में 8% की वृद्धि हुई, पिछले साल 587 की तुलना में", 8, "exact additional"),
    ("hi", "पिछले साल 587 लोगों की तुलना में 8% की वृद्धि", 8, "exact additional"),
    ("tr", "vakalar yüzde 8 arttı, geçen yılki 587 vakaya kıyasla", 8, "exact additional"),
    ("zh", "病例增加了8%，与去年同期的587例相比", 8, "exact additional"),
    ("ja", "前年の587人に比べ8%増えた", 8, "exact additional"),
    ("ko", "지난해 587명에 비해 8% 증가했다", 8, "exact additional"),
    # the count beside a compared count ("w tym" is no "including" here)
    ("pl", "W ostatnim kwartale 2025 roku było ich 102 wobec 95 w tym samym okresie w 2024 roku", 102, "exact"),
    # the count beside a compared count (was "stays": unparsed under D66.1)
    ("fr", "la police recense 450 manifestants contre 1000 samedi dernier", 450, "exact"),
    ("en", "46 deaths, compared with 39 a year earlier", 46, "exact"),
    ("es", "la deforestación alcanzó 541 kilómetros cuadrados, frente a los 587 del mes anterior", 541, "exact"),
    ("ru", "вырубка составила 541 квадратный километр по сравнению с 587 в прошлом месяце", 541, "exact"),
    ("id", "korban tewas 46 orang, dibandingkan 39 orang pada periode yang sama", 46, "exact"),
    ("zh", "死亡46人，与去年同期的39人相比增加", 46, "exact"),
    ("ko", "39명 대비 46명", 46, "exact"),
    ("tr", "geçen yıl 39’a karşı 46 kişi", 46, "exact"),
    # stays: the phrase's only number is read as written (rounds 10, 30, 32 label it so)
    ("fr", "contre 39 l'année précédente", 39, "exact"),
    ("es", "frente a 39 del año anterior", 39, "exact"),
    ("pt", "contra 223 mil no mesmo período de 2018", 223000, "exact"),
    ("it", "rispetto ai 39 dell'anno scorso", 39, "exact"),
    ("de", "im Vergleich zu 39 im Vorjahr", 39, "exact"),
    ("ru", "по сравнению с 39 в прошлом году", 39, "exact"),
    ("uk", "порівняно з 39 торік", 39, "exact"),
    ("pl", "w porównaniu z 39 przed rokiem", 39, "exact"),
    ("id", "dibandingkan dengan 39 kasus pada tahun lalu", 39, "exact"),
    ("ar", "مقارنة مع 39 العام الماضي", 39, "exact"),
    ("hi", "पिछले साल 39 की तुलना में", 39, "exact"),
    ("tr", "geçen yılki 39 kişiye kıyasla", 39, "exact"),
    ("zh", "与去年同期的39人相比", 39, "exact"),
    ("ja", "前年の39人に比べ", 39, "exact"),
    ("ko", "지난해 39명에 비해", 39, "exact"),
    ("en", "compared with 39 the month before", 39, "exact"),
    # stays: "against" an opponent, alone, is the count
    ("pt", "lutam contra 500 soldados", 500, "exact"),
    ("es", "lucharon contra 500 soldados", 500, "exact"),
    ("ru", "воевали против 500 солдат", 500, "exact"),
    ("en", "troops fought against 500 rebels", 500, "exact"),
    # stays: a year compared beside the count is a year (D56.2), the count read
    ("fr", "242 personnes sont décédées sur cette période par rapport à 2019", 242, "exact"),
]

YEARS = [
    # D66.2: a year after a period, month, season or level and "of"; an ordinal day
    ("en", "In the same month of 2013 some 40 people died", 40, "approx"),
    ("en", "levels of 2008 saw 300 deaths", 300, "exact"),
    ("de", "auf dem Niveau von 2008 starben 40 Menschen", 40, "exact"),
    ("es", "En el mismo mes de 2013 murieron 40 personas", 40, "exact"),
    ("es", "en los niveles de 2008 murieron 40 personas", 40, "exact"),
    ("pt", "no mesmo mês de 2013 morreram 40 pessoas", 40, "exact"),
    ("it", "nello stesso mese del 2013 sono morte 40 persone", 40, "exact"),
    ("it", "ai livelli del 2008 sono morte 40 persone", 40, "exact"),
    ("pt", "Desde 1.º de janeiro, 40 pessoas morreram", 40, "exact"),
    ("pt", "de 1.º de janeiro até hoje morreram 40 pessoas", 40, "exact"),
    # stays: the forms the tables already knew
    ("de", "Im selben Monat des Jahres 2013 starben 40 Menschen", 40, "exact"),
    ("fr", "Au cours de la même période de 2013, 40 personnes sont mortes", 40, "exact"),
    ("fr", "le 1er janvier, 40 personnes sont mortes", 40, "exact"),
    ("ru", "в том же месяце 2013 года погибли 40 человек", 40, "exact"),
    ("it", "Nei primi otto mesi del 2022 105 ciclisti hanno perso la vita", 105, "exact"),
]


MEASURES = [
    # D66.3: an English mass or area alone is the figure, as in the other tables (was "no number":
    # "kg", "tons", "km2" were durations); beside a count a measure (D59.4), listed by "and" two
    # quantities (D59)
    ("en", "Police seized 300 kg of cocaine", 300, "exact"),
    ("en", "more than 20 tonnes of cocaine were seized", 20, "at_least"),
    ("en", "300 kg of cocaine were seized and 3 people arrested", U, ""),
    # stays: "hectares" was no duration; beside a count the measure is dropped
    ("en", "It covers 5,000 hectares", 5000, "exact"),
    ("en", "12 people killed by a 500 kg bomb", 12, "exact"),
    ("en", "3 dead, 20 tons of debris", 3, "exact"),
]


test_d66_measures_alone = case_test(MEASURES)
test_d66_compared_value = case_test(COMPARED)
test_d66_year_after_of = case_test(YEARS)
