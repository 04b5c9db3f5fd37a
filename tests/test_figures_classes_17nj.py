# ruff: noqa: E501 (the phrases are data, as written)
"""17nj: the classes of figure round 20's misses (D49), per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D49.1: a change "from A to B" with the old count's noun and time (a year, between commas)
    ("fr", "le nombre est tombé de 1.200 en 2015 à 950 en 2020", 950, "exact"),
    ("fr", "il est tombé de 500 mètres", 500, "exact"),
    ("es", "pasando de 31 heridos en 2021 a 40 este año", 40, "exact"),
    ("es", "pasaron de 10 heridos a 20 muertos", U, ""),
    ("pt", "as mortes passaram de 120, em 2019, para 87, em 2023", 87, "exact"),
    ("id", "dari 340 kasus pada tahun 2022 menjadi 512 kasus", 512, "exact"),
    ("id", "dari 129 menjadi 182", 182, "exact"),
    ("id", "9 dari 12 korban", U, ""),
    ("en", "deaths fell from 61 in 2019 to 48 in 2022", 48, "exact"),
    ("en", "falling from 22 deaths in 2019 to 9 this year", 9, "exact"),
    ("en", "rose from 404, in 2012, to more than 14,000 in 2020", 14000, "at_least"),
    ("en", "rose from 10 deaths to 20 injured", U, ""),
    ("de", "stieg von 22 Toten 2019 auf 31", 31, "exact"),
    ("it", "passando da 22 morti nel 2019 a 9", 9, "exact"),
    ("ru", "снизилось с 500 в 2014 году до 284 в 2017 году", 284, "exact"),
    ("uk", "знизилася з 500 у 2014 році до 284", 284, "exact"),
    ("pl", "liczba ofiar spadła z 500 w 2014 roku do 284", 284, "exact"),
    # D49.2: a year named by its part, its census or its feast is a date; the half of a year is
    # no fraction
    ("tr", "2019 sonunda nüfus 83 milyon 154 bin 997 kişiye ulaştı", 83154997, "exact"),
    ("tr", "2020 başında 1200 kişi", 1200, "exact"),
    ("tr", "2022'nin ilk yarısında 4,9 milyon turist geldi", 4900000, "exact"),
    ("pt", "o país tinha 190 milhões de habitantes no Censo 2010", 190000000, "exact"),
    ("pt", "cerca de 30 mil presos deixaram as cadeias na saidinha de Natal de 2022", 30000, "approx"),
    ("pt", "no primeiro semestre de 2023 chegaram 3,2 milhões de turistas", 3200000, "exact"),
    ("es", "según el censo de 2010, 2.500 habitantes", 2500, "exact"),
    ("es", "en la primera mitad de 2022 llegaron 4,9 millones de turistas", 4900000, "exact"),
    ("es", "la mitad de los 300 heridos", U, ""),
    ("fr", "la région devrait compter 50 000 habitants de plus d’ici 2040", 50000, "exact additional"),
    ("fr", "au premier semestre 2022, 4,9 millions de touristes", 4900000, "exact"),
    ("fr", "la moitié des 300 blessés", U, ""),
    ("de", "seit dem Zensus 2011 zählt die Stadt rund 12.000 Einwohner", 12000, "approx"),
    ("de", "im ersten Halbjahr 2023 kamen 4,9 Millionen Touristen", 4900000, "exact"),
    ("de", "die Hälfte der 300 Opfer", U, ""),
    ("it", "nella prima metà del 2022 sono arrivati 4,9 milioni di turisti", 4900000, "exact"),
    ("en", "4.9 million tourists in the first half of 2022", 4900000, "exact"),
    ("en", "half of the 300 victims", U, ""),
    ("ru", "в первой половине 2022 года приехали 4,9 млн туристов", 4900000, "exact"),
    ("ru", "половина из 300 погибших", U, ""),
    ("uk", "у першій половині 2022 року приїхали 4,9 млн туристів", 4900000, "exact"),
    # D49.3: Arabic month names of Egypt and the Maghreb; "السائحين" is the plural, no dual
    ("ar", "وصل عدد السائحين إلى مليون سائح خلال يونيه 2019", 1000000, "exact"),
    ("ar", "300 مهاجر في جويلية 2020", 300, "exact"),
    ("ar", "بلغ عدد السائحين 4,9 مليون سائح", 4900000, "exact"),
    ("ar", "مقتل سائحان", 2, "exact"),
    ("ar", "مقتل سائحين بريطانيين", 2, "exact"),
    # D49.4: durations: a number with a time unit in the Turkish locative, Polish "doba" and the
    # locative plurals, Portuguese "dias de", "and a half" after the unit, Korean "한 해", "두 달"
    ("tr", "ilk 6 ayda 12 milyon turist geldi", 12000000, "exact"),
    ("tr", "son 3 günde 120 kişi hayatını kaybetti", 120, "exact"),
    ("tr", "günde 40 kişi", U, ""),
    ("tr", "ayda 300 başvuru", U, ""),
    ("pl", "w ciągu dwóch dób policjanci zatrzymali 312 pijanych kierowców", 312, "exact"),
    ("pl", "po trzech dniach 45 osób", 45, "exact"),
    ("pt", "nos cinco dias de feriado, 80 mortos nas estradas", 80, "exact"),
    ("pt", "40 mortos em dois dias e meio", 40, "exact"),
    ("pt", "meio milhão de pessoas", 500000, "exact"),
    ("es", "15 muertos en tres días y medio de lluvias", 15, "exact"),
    ("es", "medio millón de personas", 500000, "exact"),
    ("fr", "24 morts en quatre jours et demi", 24, "exact"),
    ("fr", "un million et demi de personnes", 1500000, "exact"),
    ("it", "24 morti in quattro giorni e mezzo", 24, "exact"),
    ("it", "mezzo milione di persone", 500000, "exact"),
    ("en", "24 dead in four and a half days", 24, "exact"),
    ("ko", "지난해 한 해 동안 외국인 관광객 1750만명이 방문했다", 17500000, "exact"),
    ("ko", "두 달 만에 500명", 500, "exact"),
    ("ko", "한 해 평균 30건", U, ""),
    # D49.5: the count of a rise, "rose by N", and "N more" words after the counted noun are
    # additional; "rose to N" stays the total
    ("fr", "le nombre de visiteurs a augmenté de 12 000", 12000, "exact additional"),
    ("fr", "la population s'est accrue de 250 000 habitants", 250000, "exact additional"),
    ("fr", "le nombre de morts a augmenté à 300", 300, "exact"),
    ("it", "il numero dei detenuti è aumentato di 300", 300, "exact additional"),
    ("it", "è aumentato da 300 a 500", 500, "exact"),
    ("ru", "число погибших выросло на 300", 300, "exact additional"),
    ("ru", "число погибших выросло до 300", 300, "exact"),
    ("uk", "кількість загиблих зросла на 12", 12, "exact additional"),
    ("pl", "liczba ofiar wzrosła o 12", 12, "exact additional"),
    ("pl", "liczba ofiar wzrosła do 12", 12, "exact"),
    ("pl", "To 150 więcej niż w roku ubiegłym", 150, "exact additional"),
    ("es", "la cifra de turistas aumentó en 300.000", 300000, "exact additional"),
    ("es", "aumentó en 2023 a 300", 300, "exact"),
    ("pt", "o número de casos aumentou em 300", 300, "exact additional"),
    ("pt", "aumentou em 2023 para 300", 300, "exact"),
    ("pt", "são 2,1 milhões de pessoas a mais do que em 2010", 2100000, "exact additional"),
    ("pt", "milhões de pessoas", 1000000, "vague"),
    ("de", "wuchs die Einwohnerzahl der Stadt seit 2011 um rund 12.000", 12000, "approx additional"),
    ("de", "die Zahl stieg am Abend um 17 Uhr auf 300", 300, "exact"),
    ("ar", "الإفراج عن 120 سجينًا إضافيًا", 120, "exact additional"),
    ("zh", "增添了300名警力", 300, "exact additional"),
    # D49.6: ordinals: ar 11th-19th in words, ja 番目, ko 번째
    ("ar", "هذه هي المرة الحادية عشرة التي يقتل فيها 12 شخصا", 12, "exact"),
    ("ar", "يعد الخامس عشر في سلسلة التمارين", U, ""),
    ("ar", "ثلاثة عشر شخصا", 13, "exact"),
    ("ja", "世界で3番目に多い", U, ""),
    ("ja", "3番目の事故で42人が死亡", 42, "exact"),
    ("ko", "올해 들어 5번째 사고로 12명이 숨졌다", 12, "exact"),
    ("ko", "10번 공격", 10, "exact"),
    # D49.7: rates: per mille, a frequency ("once in four years"), a count on each of both days
    ("tr", "bebek ölüm hızı binde 9,2'ye düştü", U, ""),
    ("tr", "bin 300 kişi", 1300, "exact"),
    ("en", "a birth rate of 9.2 ‰", U, ""),
    ("de", "mit 1,3 Promille am Steuer", U, ""),
    ("es", "una tasa de mortalidad de 7,3 por mil habitantes", U, ""),
    ("pt", "taxa de 13,4 por mil nascidos vivos", U, ""),
    ("zh", "死亡率为千分之7.3", U, ""),
    ("hi", "यह मेला 12 साल में एक बार लगता है", U, ""),
    ("hi", "करीब 300 जवानों ने एक साथ योग किया", 300, "approx"),
    ("hi", "एक बार फिर 300 लोग घायल", 300, "exact"),
    ("hi", "एक व्यक्ति की मौत", 1, "exact"),
    ("pl", "w oba dni policjanci zatrzymali po ponad 300 kierowców", U, ""),
    ("pl", "po 3 dniach zatrzymano ponad 400 kierowców", 400, "at_least"),
    ("ru", "в оба дня задержали по 400 водителей", U, ""),
    ("ru", "за оба дня задержали 800 водителей", 800, "exact"),
    ("uk", "в обидва дні затримали по 400 водіїв", U, ""),
    # D49.8: parts of a count: "most of the N", "one of those (over) N", "une X Y sur deux"
    ("en", "most of the 120 sheep on board have died", U, ""),
    ("en", "300 people died, most of them children", 300, "exact"),
    ("de", "die meisten der 64 Grindwale sind gestorben", U, ""),
    ("de", "300 Tote, die meisten davon Kinder", 300, "exact"),
    ("de", "er war einer jener rund 3.000 Helfer", U, ""),
    ("de", "einer der Verletzten, 300 Tote", 300, "exact"),
    ("it", "la maggior parte dei 64 cetacei è morta", U, ""),
    ("fr", "une classe maternelle sur trois est fermée", U, ""),
    ("fr", "300 personnes évacuées sur deux communes", U, ""),
    # D49.9: words that hold a qualifier's or a rate's character and mean none
    ("zh", "1990年至2000年间共发生过12次大地震", 12, "exact"),
    ("zh", "曾声称一度有过百万人响应", 1000000, "at_least"),
    ("zh", "各类车辆200余台", 200, "at_least"),
    ("zh", "每天300人", U, ""),
    ("ja", "中国から来た人がいちばん多くて、120万人でした", 1200000, "exact"),
    ("ja", "多くて100人", 100, "at_most"),
    # D49.9: sizes of things ("20-page", "5-storey") and a weekday's date in brackets
    ("de", "in dem 40-seitigen Bericht", U, ""),
    ("de", "ein 5-stöckiges Haus, 30 Bewohner", 30, "exact"),
    ("en", "a five-story building with 30 residents", 30, "exact"),
    ("en", "in the 20-page paper", U, ""),
    ("id", "sebanyak 35 narapidana bebas besok (Sabtu, 17/8)", 35, "exact"),
    ("id", "1/3 korban", U, ""),
    # D49.7: "as many" ("otros tantos") is a second count equal to the first: no single total
    ("es", "murieron cinco personas en otros tantos incendios", U, ""),
    ("es", "otros 6 heridos", 6, "exact additional"),
    ("pt", "seis pessoas morreram em outros tantos acidentes", U, ""),
    ("it", "sei persone morte in altrettanti incidenti", U, ""),
]


test_d49_reads_as_written = case_test(CLASSES)
