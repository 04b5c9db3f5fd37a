# ruff: noqa: E501 (the phrases are data, as written)
"""17cn: D70, a place told by its distance from another is no count, in every language (issue 17).

The tables dropped a position told by its distance only for the units met so far (metres, D45.3),
and a distance alone read as the figure in fifteen languages ("в 80 километрах от Луганска" = 80,
"à 30 kilomètres de" = 30, "30km 떨어진" = 30; English read it as no number already): a wrong number. D70 writes the class: every length
unit (metres, kilometres, miles, feet, nautical miles, in each language's forms) with the words
that make it a distance from a place (from, away, north of, "von … entfernt", "à … de", "a … de",
"от", "від", "od", "uzaklıkta", "على بعد", "दूर", "dari", 距离, 離れた, 떨어진) and a road's kilometre
post ("на 983 километре"). Phrases of their own, written for this test (none is a phrase of a
round); every distance row but the English ones read a number before the change, and the Arabic
count beside one was unparsed; the count beside a distance stays the count.
"""

from __future__ import annotations

from figure_sets import UNPARSED, assert_reads_best, case_test

U = UNPARSED

DISTANCES = [
    ("en", "The village lies 30 kilometres from the front line.", U),
    ("en", "The plant is about 80 miles north of the capital", U),
    ("en", "a town some 15 km away from Kherson", U),
    ("en", "Residents within 30 km of the plant were evacuated", U),
    ("en", "30 kilometres from the border, 1,200 people were evacuated", 1200),
    ("de", "Das Dorf liegt 30 Kilometer von der Front entfernt.", U),
    ("de", "rund 80 Kilometer nördlich der Hauptstadt", U),
    ("de", "in 15 Kilometern Entfernung vom Werk", U),
    ("de", "etwa 30 Kilometer von der Grenze entfernt wurden 1.200 Menschen evakuiert", 1200),
    ("fr", "Le village se trouve à 30 kilomètres de la ligne de front.", U),
    ("fr", "à environ 80 km au nord de la capitale", U),
    ("fr", "à 15 km de Kherson, 1 200 personnes ont été évacuées", 1200),
    ("es", "El pueblo está a 30 kilómetros de la línea del frente.", U),
    ("es", "a unos 80 km al norte de la capital", U),
    ("es", "a 15 kilómetros del lugar murieron 12 personas", 12),
    ("it", "Il paese si trova a 30 chilometri dal fronte.", U),
    ("it", "a circa 80 km a nord della capitale", U),
    ("it", "a 15 chilometri da Kherson sono morte 12 persone", 12),
    ("pt", "A aldeia fica a 30 quilômetros da linha de frente.", U),
    ("pt", "a cerca de 80 km a norte da capital", U),
    ("pt", "a 15 quilómetros de Kherson morreram 12 pessoas", 12),
    ("ru", "Первомайск находится в 80 километрах от Луганска.", U),
    ("ru", "на расстоянии около 30 км от границы", U),
    ("ru", "на 983 километре трассы водитель наехал на лося", U),
    ("ru", "в 15 километрах от города погибли 12 человек", 12),
    ("ru", "отремонтировали 370 километров дорог", 370),
    ("uk", "Ізюм – місто за 140 кілометрів від Харкова", U),
    ("uk", "село розташоване за 30 км від лінії фронту", U),
    ("uk", "на 45 кілометрі траси сталася ДТП", U),
    ("uk", "за 15 кілометрів від міста загинули 12 людей", 12),
    ("pl", "Wieś leży 30 kilometrów od linii frontu.", U),
    ("pl", "w odległości około 80 km na północ od stolicy", U),
    ("pl", "15 km od Chersonia zginęło 12 osób", 12),
    ("tr", "Köy cepheye 30 kilometre uzaklıkta bulunuyor.", U),
    ("tr", "başkente 80 km mesafedeki kasaba", U),
    ("tr", "kente 15 km uzaklıktaki köyde 12 kişi öldü", 12),
    ("ar", "تقع القرية على بعد 30 كيلومترا من خط الجبهة", U),
    ("ar", "على بعد نحو 80 كم شمال العاصمة", U),
    ("ar", "على بعد 15 كيلومترا من المدينة قتل 12 شخصا", 12),
    ("hi", "गांव मोर्चे से 30 किलोमीटर दूर है", U),
    ("hi", "कस्बा राजधानी से करीब 80 किमी दूर है", U),
    ("hi", "शहर से 15 किलोमीटर दूर 12 लोगों की मौत हो गई", 12),
    ("id", "Desa itu berjarak 30 kilometer dari garis depan.", U),
    ("id", "sekitar 80 km sebelah utara ibu kota", U),
    ("id", "15 km dari kota, 12 orang tewas", 12),
    ("zh", "该村距离前线约30公里。", U),
    ("zh", "位于首都以北80公里处的小镇", U),
    ("zh", "距离城市15公里的村庄有12人死亡", 12),
    ("ja", "村は前線から約30キロ離れている。", U),
    ("ja", "首都の北約80キロの地点にある町", U),
    ("ja", "市から15キロ離れた村で12人が死亡した", 12),
    ("ko", "마을은 전선에서 30㎞ 떨어져 있다.", U),
    ("ko", "수도에서 북쪽으로 약 80km 떨어진 마을", U),
    ("ko", "도시에서 15킬로미터 떨어진 마을에서 12명이 숨졌다", 12),
    # stays: "mille" is a thousand, "milionów" millions, "$5m" money (no unit that is a number)
    ("fr", "jusqu'à trois mille", 3000),
    ("en", "raised $5m from donors", 5_000_000),
]


# a rise by a number of millions: its relation is additional ("rose by N", issue 17)
RISES = [("pl", "liczba wzrosła o 5 milionów od 2020", 5_000_000)]


test_a_distance_from_a_place_is_no_count = case_test(DISTANCES, assert_reads_best)
test_a_rise_by_millions_stays_a_number = case_test(RISES, assert_reads_best, relation="additional")
