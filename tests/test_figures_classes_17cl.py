# ruff: noqa: E501 (the phrases are data, as written)
"""17cl: D69, the year told with its article or preposition, in every language (issue 17).

A four-digit 1900-2100 is a date, never the count (D7), when the words before it (``year_pre``)
or after it (``year_post``) mark it. The tables held the words met so far; D69 writes, for each
of the sixteen languages, the closed class the grammar offers: the article or contraction that
only a year takes (es "el/del/al 2017", it "il/del/al/sul 2013": a count takes the plural
article), the prepositions that put a year in the sentence (``year_pre_weak``: "after 2018",
"с 2015", "a partir de 2016", "setelah 2018"; a year only beside another count and with no
noun of its own after it), the postpositions (tr "2019 itibarıyla", "2018 sonrası", hi "2018 के
बाद", "2021 के दौरान"), and the German year told as the sentence's adverb ("wurde 2021 hier",
``year_next``). A change "from A (in YEAR) to B (in YEAR)", and "fell by N%, from A to B" with
space-grouped numbers ("27 862"), reads the new value B (D35, D61.1, D64.8) in every language.
Phrases of their own, written for this test (none is a phrase of a round). FIXED rows read
wrong (unparsed) before D69; READ rows, the same classes in other words, read right already
and must stay so (zh, ja, ko mark the year with 年/년 glued: done before). The STAYS rows (U:
unparsed, or a count kept) must not change: a count of 2017 with nothing marking a year, a
preposition that is also a qualifier ("até 2020", "hingga 2020", "2020 तक": at most as well as
until), a year followed by an outcome word that may be its own ("С 2015 погибли"), de "vor" (also
"in front of": "vor 2000 Zuschauern").
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

FIXED = [
    ("en", 'Through 2019, 4,512 people were displaced by the floods', 4512, "exact"),
    ("en", 'the number of cases grew sharply, from 1 204 in 2019 to 3 318 in 2022', 3318, "exact"),
    ("en", 'admissions fell by 8%, from 27 862 to 25 610', 25610, "exact"),
    ("en", 'arrests increased significantly, from 581 in 2010 to 6932 in 2014', 6932, "exact"),
    ("de", 'Nach 2016 starben 45 Menschen auf dieser Strecke', 45, "exact"),
    ("de", 'Gefunden wurden 2022 dort 56 Waffen', 56, "exact"),
    ("fr", 'Après 2018 on a recensé 65 attaques', 65, "exact"),
    ("es", 'murieron 87 personas en el país desde el 2015', 87, "exact"),
    ("es", 'A partir del 2016 fueron detenidos 56 policías', 56, "exact"),
    ("es", 'causaron 20.492 accidentes de tráfico durante el 2017', 20492, "exact"),
    ("it", 'Fino al 2020 erano 312 i detenuti nel carcere', 312, "exact"),
    ("pt", 'A partir de 2016 foram fechadas 230 escolas', 230, "exact"),
    ("pt", 'Após 2018 foram registrados 65 ataques', 65, "exact"),
    ("ar", 'ارتفع عدد الحالات من 1204 في 2019 إلى 3318 في 2022', 3318, "exact"),
    ("ar", 'قبل 2010 كانت 73 قرية بلا كهرباء', 73, "exact"),
    ("ar", 'خلال 2021 قتل 94 صحفيا', 94, "exact"),
    ("hi", '2015 से अब तक 1240 लोगों की मौत हुई', 1240, "exact"),
    ("hi", '2018 के बाद 65 हमले दर्ज किए गए', 65, "exact"),
    ("hi", '2010 से पहले 73 गांवों में बिजली नहीं थी', 73, "exact"),
    ("id", 'Setelah 2018 tercatat 65 serangan', 65, "exact"),
    ("ja", '件数は2019年の1204件から2022年には3318件に増えた', 3318, "exact"),
    ("de", 'die Zahl sank um 8 %, von 27 862 auf 25 610', 25610, "exact"),
    ("de", 'die Zahl sank von 27 862 im Jahr 2019 auf 25 610 im Jahr 2022', 25610, "exact"),
    ("de", 'In Guatemala endete 1996 nach 36 Jahren ein Bürgerkrieg, bei dem schätzungsweise 250.000 Menschen starben', 250000, "approx"),
    ("de", 'Veröffentlicht wurde 2021 hier lediglich ein Fund von 345 Kilogramm', 345, "exact"),
    ("es", 'las denuncias bajaron un 8%, de 27 862 a 25 610', 25610, "exact"),
    ("es", 'las denuncias bajaron de 27 862 en 2019 a 25 610 en 2022', 25610, "exact"),
    ("it", "le denunce sono calate dell'8%, da 27 862 a 25 610", 25610, "exact"),
    ("pt", 'as denúncias caíram 8%, de 27 862 para 25 610', 25610, "exact"),
    ("pt", 'as denúncias caíram de 27 862 em 2019 para 25 610 em 2022', 25610, "exact"),
    ("ru", 'число жалоб снизилось на 8%, с 27 862 до 25 610', 25610, "exact"),
    ("ru", 'число жалоб снизилось с 27 862 в 2019 году до 25 610 в 2022 году', 25610, "exact"),
    ("ru", 'После 2018 зарегистрировано 65 нападений', 65, "exact"),
    ("uk", 'кількість скарг знизилася на 8%, з 27 862 до 25 610', 25610, "exact"),
    ("uk", 'Після 2018 зареєстровано 65 нападів', 65, "exact"),
    ("pl", 'liczba skarg spadła o 8%, z 27 862 do 25 610', 25610, "exact"),
    ("pl", 'Od 2015 zamknięto 312 szkół', 312, "exact"),
    ("ru", 'С 2015 закрыто 312 школ', 312, "exact"),
    ("pl", 'Po 2018 odnotowano 65 ataków', 65, "exact"),
    ("tr", "şikayet sayısı yüzde 8 azalarak 27 862'den 25 610'a düştü", 25610, "exact"),
    ("tr", '2019 itibarıyla 87 işçi yaralandı', 87, "exact"),
    ("tr", '2018 sonrası 65 saldırı kaydedildi', 65, "exact"),
    ("tr", '2010 öncesinde 73 köyde elektrik yoktu', 73, "exact"),
    ("id", 'jumlah pengaduan turun 8%, dari 27 862 menjadi 25 610', 25610, "exact"),
    ("ar", 'انخفض عدد الشكاوى بنسبة 8%، من 27 862 إلى 25 610', 25610, "exact"),
    ("hi", 'शिकायतें 8% घटकर 27 862 से 25 610 रह गईं', 25610, "exact"),
    ("hi", '2021 के दौरान 94 पत्रकार मारे गए', 94, "exact"),
    ("fr", 'Après 2015 plus de 300 soldats sont arrivés', 300, "at_least"),
    ("fr", 'Après 2019 les autorités ont recensé 412 cas', 412, "exact"),
    ("fr", 'À partir de 2016 ont été fermées 230 écoles', 230, "exact"),
    ("id", 'Usai 2019 sebanyak 412 guru diberhentikan', 412, "exact"),
    ("id", 'Mulai 2020 tercatat 56 kasus baru', 56, "exact additional"),
    ("id", 'Pasca 2018 sebanyak 65 rumah rusak', 65, "exact"),
]

READ = [
    ("en", 'the agency counted 312 drownings throughout 2021', 312, "exact"),
    ("en", 'As of 2023, 1,275 families were still living in tents', 1275, "exact"),
    ("en", 'Until 2018 some 740 workers were employed at the mine', 740, "approx"),
    ("de", 'Seit 2015 wurden 1.240 Fälle gemeldet', 1240, "exact"),
    ("de", 'Ab 2019 kamen insgesamt rund 300 Migranten an', 300, "approx"),
    ("de", 'Bis 2020 wurden 812 Verfahren eingestellt', 812, "exact"),
    ("de", 'Die Zahl stieg von 412 im Jahr 2018 auf 1.033 im Jahr 2022', 1033, "exact"),
    ("de", 'Die Polizei zählte 2019 insgesamt 318 Einbrüche', 318, "exact"),
    ("fr", 'Depuis 2012, 4 500 migrants sont morts en Méditerranée', 4500, "exact"),
    ("fr", "Jusqu'en 2019 quelque 300 soldats étaient stationnés", 300, "approx"),
    ("fr", "Avant 2015, 87 villages n'avaient pas d'électricité", 87, "exact"),
    ("fr", 'le nombre est passé de 1 204 en 2019 à 3 318 en 2022', 3318, "exact"),
    ("fr", 'les plaintes ont baissé de 8 %, de 27 862 à 25 610', 25610, "exact"),
    ("fr", 'À partir de 2016, 230 écoles ont fermé', 230, "exact"),
    ("fr", "Au cours de l'année 2021, 94 journalistes ont été tués", 94, "exact"),
    ("es", 'Durante el 2019 se registraron 1.240 homicidios', 1240, "exact"),
    ("es", 'Hasta el 2020, 312 periodistas habían sido asesinados', 312, "exact"),
    ("es", 'Para el 2030 se esperan 4.500 nuevos casos', 4500, "exact additional"),
    ("es", 'los casos pasaron de 1.204 en el 2019 a 3.318 en el 2022', 3318, "exact"),
    ("it", 'Dal 2015 sono stati registrati 1.240 casi', 1240, "exact"),
    ("it", "Nel corso dell'anno 2019 sono morti 87 operai", 87, "exact"),
    ("it", 'lo stesso mese del 2013 erano 45 i feriti', 45, "exact"),
    ("it", 'A partire dal 2016 sono state chiuse 230 scuole', 230, "exact"),
    ("it", 'sono passati da 1.204 nel 2019 a 3.318 nel 2022', 3318, "exact"),
    ("it", 'Prima del 2010, 73 villaggi erano senza luce', 73, "exact"),
    ("pt", 'Desde 2015 foram registrados 1.240 casos', 1240, "exact"),
    ("pt", 'No ano de 2019 morreram 87 trabalhadores', 87, "exact"),
    ("pt", 'os casos passaram de 1.204 em 2019 para 3.318 em 2022', 3318, "exact"),
    ("pt", 'Antes de 2010, 73 aldeias não tinham luz', 73, "exact"),
    ("ru", 'С 2015 года погибли 1240 человек', 1240, "exact"),
    ("ru", 'До 2020 года было закрыто 312 школ', 312, "exact"),
    ("ru", 'В 2019 году пострадали 87 горняков', 87, "exact"),
    ("ru", 'число случаев выросло с 1204 в 2019 году до 3318 в 2022 году', 3318, "exact"),
    ("ru", 'После 2018 г. зарегистрировано 65 нападений', 65, "exact"),
    ("ru", 'Начиная с 2016 года закрыто 230 школ', 230, "exact"),
    ("uk", 'З 2015 року загинули 1240 людей', 1240, "exact"),
    ("uk", 'До 2020 року закрили 312 шкіл', 312, "exact"),
    ("uk", 'У 2019 році постраждали 87 шахтарів', 87, "exact"),
    ("uk", 'кількість випадків зросла з 1204 у 2019 році до 3318 у 2022 році', 3318, "exact"),
    ("uk", 'Після 2018 р. зареєстровано 65 нападів', 65, "exact"),
    ("uk", 'Починаючи з 2016 року закрито 230 шкіл', 230, "exact"),
    ("pl", 'Od 2015 roku zginęło 1240 osób', 1240, "exact"),
    ("pl", 'Do 2020 r. zamknięto 312 szkół', 312, "exact"),
    ("pl", 'W 2019 roku rannych zostało 87 górników', 87, "exact"),
    ("pl", 'liczba przypadków wzrosła z 1204 w 2019 r. do 3318 w 2022 r.', 3318, "exact"),
    ("pl", 'Po 2018 roku odnotowano 65 ataków', 65, "exact"),
    ("pl", 'Przed 2010 rokiem 73 wsie nie miały prądu', 73, "exact"),
    ("tr", "2015'ten beri 1240 kişi hayatını kaybetti", 1240, "exact"),
    ("tr", "2019'da 87 madenci yaralandı", 87, "exact"),
    ("tr", '2020 yılına kadar 312 okul kapatıldı', 312, "exact"),
    ("tr", "vaka sayısı 2019'da 1204 iken 2022'de 3318'e yükseldi", 3318, "exact"),
    ("tr", "2018'den sonra 65 saldırı kaydedildi", 65, "exact"),
    ("tr", "2010'dan önce 73 köyde elektrik yoktu", 73, "exact"),
    ("ar", 'منذ عام 2015 قتل 1240 شخصا', 1240, "exact"),
    ("ar", 'في 2019 أصيب 87 عاملا', 87, "exact"),
    ("ar", 'حتى عام 2020 أغلقت 312 مدرسة', 312, "exact"),
    ("ar", 'بعد عام 2018 سجلت 65 هجمة', 65, "exact"),
    ("hi", 'साल 2019 में 87 मजदूर घायल हुए', 87, "exact"),
    ("hi", 'मामले 2019 में 1204 से बढ़कर 2022 में 3318 हो गए', 3318, "exact"),
    ("id", 'Sejak 2015 sebanyak 1.240 orang tewas', 1240, "exact"),
    ("id", 'Pada 2019 sebanyak 87 pekerja terluka', 87, "exact"),
    ("id", 'jumlah kasus naik dari 1.204 pada 2019 menjadi 3.318 pada 2022', 3318, "exact"),
    ("id", 'Sebelum 2010, 73 desa tidak memiliki listrik', 73, "exact"),
    ("id", 'Di tahun 2021, 94 wartawan tewas', 94, "exact"),
    ("zh", '自2015年以来，共有1240人死亡', 1240, "exact"),
    ("zh", '2019年有87名工人受伤', 87, "exact"),
    ("zh", '截至2020年，已有312所学校关闭', 312, "exact"),
    ("zh", '病例从2019年的1204例增至2022年的3318例', 3318, "exact"),
    ("ja", '2015年以降、1240人が死亡した', 1240, "exact"),
    ("ja", '2019年に作業員87人が負傷した', 87, "exact"),
    ("ja", '2020年までに312校が閉鎖された', 312, "exact"),
    ("ko", '2015년 이후 1240명이 숨졌다', 1240, "exact"),
    ("ko", '2019년에 노동자 87명이 다쳤다', 87, "exact"),
    ("ko", '2020년까지 학교 312곳이 문을 닫았다', 312, "exact"),
    ("ko", '사례는 2019년 1204건에서 2022년 3318건으로 늘었다', 3318, "exact"),
]

STAYS = [
    ("uk", 'З 2015 закрито 312 шкіл', U, ""),
    ("uk", 'Всього їхало 12 кабінок з 2000 туристами', U, ""),
    ("en", '2017 accidents were recorded on the motorway', 2017, "exact"),
    ("en", 'the 2,017 victims were buried', 2017, "exact"),
    ("en", 'up to 2000 people fled', 2000, "at_most"),
    ("de", 'Vor 2010 hatten 73 Dörfer keinen Strom', U, ""),
    ("de", '2017 Unfälle wurden gezählt', 2017, "exact"),
    ("de", 'bis 2000 Menschen flohen', 2000, "at_most"),
    ("de", 'von 2000 Menschen wurden 300 verletzt', U, ""),
    ("fr", '2017 accidents ont été recensés', 2017, "exact"),
    ("es", '2017 accidentes fueron registrados', 2017, "exact"),
    ("es", 'hasta 2000 personas huyeron', 2000, "at_most"),
    ("it", '2017 incidenti sono stati registrati', 2017, "exact"),
    ("pt", 'Até 2020, 312 jornalistas foram mortos', U, ""),
    ("pt", '2017 acidentes foram registrados', 2017, "exact"),
    ("pt", 'até 2000 pessoas fugiram', 2000, "at_most"),
    ("ru", '2017 аварий зарегистрировано', 2017, "exact"),
    ("uk", '2017 аварій зареєстровано', 2017, "exact"),
    ("pl", '2017 wypadków odnotowano', 2017, "exact"),
    ("tr", '2017 kaza kaydedildi', 2017, "exact"),
    ("hi", '2020 तक 312 स्कूल बंद हुए', U, ""),
    ("id", 'Hingga 2020 sebanyak 312 sekolah ditutup', U, ""),
    ("de", 'Vor 2000 Zuschauern wurden 3 Tore erzielt', U, ""),
    ("de", 'Nach 2000 Toten wurden 300 Verletzte gezählt', U, ""),
    ("en", 'from 2000 victims, 300 were identified', U, ""),
    ("en", 'following 2000 arrests, 300 were charged', U, ""),
    ("es", 'tras 2000 detenidos hubo 300 heridos', U, ""),
    ("it", 'i 2017 incidenti del 2019', 2017, "exact"),
    ("ru", 'С 2015 погибли 1240 человек', U, ""),
    ("ru", 'с 2000 пострадавших до 300', U, ""),
    ("uk", 'З 2015 загинули 1240 людей', U, ""),
    ("pl", 'Od 2015 zginęło 1240 osób', U, ""),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), FIXED + READ + STAYS)
def test_year_told_with_its_word_is_no_count(lang: str, phrase: str, best: object,
                                             qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
