# ruff: noqa: E501 (the phrases are data, as written)
"""17cb: D60, "still" is no "another", a total before its parts, "not even one" (rounds 31 and
32's classes), each written for the languages it belongs to, on phrases of their own (written
for this test from each language's grammar, after the rule; none is a phrase of a round).

Each item has phrases it reads and phrases at its edge it must leave as they were (the "stays"
rows, which read so before the change too). No label of any round was edited.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D60.1: a "more" word that is "still / even / yet" is no "more" of the count
    ("ru", "ещё до начала войны погибли 15 человек", 15, "exact"),
    ("ru", "ещё в 2006 году погибли 30 человек", 30, "exact"),
    ("ru", "ещё вчера в больнице были 12 человек", 12, "exact"),
    ("ru", "в больнице остаются ещё 15 человек", 15, "exact"),
    ("ru", "ещё не найдены 12 человек", 12, "exact"),
    ("ru", "порог всё ещё превышен в девяти регионах", 9, "exact"),
    ("ru", "погибли ещё 15 человек", 15, "exact additional"),  # stays
    ("ru", "ещё в 15 регионах зафиксированы вспышки", 15, "exact additional"),  # stays
    ("ru", "Россия может направить ещё до 100 тысяч военных", 100000, "at_most additional"),  # stays
    ("ru", "на борту находились еще два человека", 2, "exact additional"),  # stays: a verb of being
    ("uk", "ще до початку війни загинули 15 людей", 15, "exact"),
    ("uk", "ще у 2014 році загинули 30 людей", 30, "exact"),
    ("uk", "у лікарні залишаються ще 12 поранених", 12, "exact"),
    ("uk", "ще не знайдено 12 людей", 12, "exact"),
    ("uk", "поріг все ще перевищено у дев'яти областях", 9, "exact"),
    ("uk", "ще 15 людей загинули", 15, "exact additional"),  # stays
    ("uk", "Росія може направити ще до 100 тисяч військових", 100000, "at_most additional"),  # stays
    ("pl", "jeszcze nie odnaleziono 12 osób", 12, "exact"),
    ("pl", "jeszcze wczoraj w szpitalu przebywało 12 osób", 12, "exact"),
    ("pl", "jeszcze 15 osób zginęło", 15, "exact additional"),  # stays
    ("tr", "15 kişi daha önce hayatını kaybetmişti", 15, "exact"),
    ("tr", "12 kişi daha sonra taburcu edildi", 12, "exact"),
    ("tr", "15 kişi daha hayatını kaybetti", 15, "exact additional"),  # stays
    ("en", "Seven people died when another of the company's helicopters went down", 7, "exact"),
    ("en", "12 sailors drowned after another of the boats sank", 12, "exact"),
    ("en", "another 20 troops were killed", 20, "exact additional"),  # stays
    ("en", "yet another 20 people died", 20, "exact additional"),  # stays
    ("en", "20 people are still in hospital", 20, "exact"),  # stays
    ("de", "die anderen drei Verletzten wurden in Kliniken gebracht", 3, "exact additional"),
    ("de", "die anderen 12 Passagiere blieben unverletzt", 12, "exact additional"),
    ("de", "noch 15 Patienten liegen im Krankenhaus", 15, "exact"),  # stays
    ("de", "in anderen Bundesländern starben 12 Menschen", 12, "exact"),  # stays
    ("fr", "encore 15 blessés sont hospitalisés", 15, "exact"),  # stays
    ("es", "todavía hay 15 personas hospitalizadas", 15, "exact"),  # stays
    ("it", "ancora 15 persone sono ricoverate", 15, "exact"),  # stays
    ("pt", "ainda há 15 pessoas internadas", 15, "exact"),  # stays
    ("zh", "还有15人在医院", 15, "exact"),  # stays
    ("zh", "又有15人死亡", 15, "exact additional"),  # stays
    ("ja", "まだ15人が入院している", 15, "exact"),  # stays
    ("ko", "아직 15명이 입원해 있다", 15, "exact"),  # stays
    ("id", "masih ada 15 orang dirawat", 15, "exact"),  # stays
    ("id", "15 orang lagi meninggal", 15, "exact additional"),  # stays
    ("ar", "لا يزال 15 شخصا في المستشفى", 15, "exact"),  # stays
    # D60.2: a total told with its parts after a colon, a dash or an apposition
    ("fr", "Au total, trois alpinistes ont péri : un guide et deux clients", 3, "exact"),
    ("fr", "cinq morts : deux à Paris, trois à Lyon", 5, "exact"),  # stays (D43.5)
    ("fr", "cinq morts : deux blessés et trois disparus", U, ""),  # another outcome
    ("es", "la policía detuvo a cuatro hombres, tres colombianos y un venezolano", 4, "exact"),
    ("es", "cuatro muertos, tres heridos y un desaparecido", U, ""),  # another outcome
    ("en", "five people were killed: a driver, two nurses and two patients", 5, "exact"),
    ("en", "three people were killed: two men and a woman, police said", U, ""),  # a trailing clause
    ("en", "3 killed: 2 in Kyiv", U, ""),  # stays: the parts do not add up
    ("de", "drei Menschen starben: ein Arzt und zwei Sanitäter", 3, "exact"),
    ("ru", "погибли три человека: врач и два фельдшера", 3, "exact"),
    ("ru", "в машине находились еще четыре человека: водитель и трое детей", 4, "exact additional"),
    ("uk", "загинули троє людей: лікар і двоє рятувальників", 3, "exact"),
    ("uk", "відомо про 10 загиблих, з них одна дитина, ще 20 поранених у лікарні", U, ""),
    ("uk", "відомо про 10 загиблих, з них одна дитина", 10, "exact"),  # stays
    ("en", "12 dead, including a child, and another 20 injured", U, ""),
    ("en", "3,000, including 500 wounded", 3000, "exact"),  # stays
    # D60.3: "not even one" and "X and all N" are no reported count; "higher / lower than N"
    ("en", "not even one child died", U, ""),
    ("en", "not a single child died", U, ""),  # stays (D36)
    ("en", "the driver and all six passengers were killed", U, ""),
    ("en", "the crew and all 150 passengers were killed", U, ""),
    ("en", "all six passengers were killed", 6, "exact"),  # stays
    ("en", "the toll is higher than 120", 120, "at_least"),
    ("en", "the real number is lower than 30", 30, "at_most"),
    ("en", "no higher than 30", 30, "at_most"),  # stays
    ("de", "der Fahrer und alle sechs Fahrgäste starben", U, ""),
    ("de", "alle sechs Fahrgäste starben", 6, "exact"),  # stays
    ("fr", "le conducteur et tous les six passagers sont morts", U, ""),
    ("es", "el conductor y todos los seis pasajeros murieron", U, ""),
    ("it", "l'autista e tutti i sei passeggeri sono morti", U, ""),
    ("pt", "o motorista e todos os seis passageiros morreram", U, ""),
    ("ru", "водитель и все шесть пассажиров погибли", U, ""),
    ("ru", "не погиб даже один человек", U, ""),
    ("ru", "погиб один человек", 1, "exact"),  # stays
    ("uk", "водій і всі шестеро пасажирів загинули", U, ""),
    ("uk", "не загинула навіть одна людина", U, ""),
    ("pl", "kierowca i wszyscy czterej pasażerowie zginęli", U, ""),
    ("hi", "राज्य में एक भी व्यक्ति की मौत नहीं हुई", U, ""),
    ("hi", "इस साल एक भी मामला सामने नहीं आया", U, ""),
    ("hi", "एक व्यक्ति की मौत हुई", 1, "exact"),  # stays
    ("hi", "पांच जिलों में एक भी मौत नहीं हुई", U, ""),  # stays: another number before (two quantities)
    ("zh", "一人也没有死亡", U, ""),
    ("zh", "一人死亡", 1, "exact"),  # stays
    ("ja", "一人も死亡していない", U, ""),
    ("ja", "1人も見つかっていない", U, ""),
    ("ja", "1人が死亡した", 1, "exact"),  # stays
    ("ko", "단 한 명도 숨지지 않았다", U, ""),
    ("ko", "1명도 없었다", U, ""),
    ("ko", "한 명이 숨졌다", 1, "exact"),  # stays
    ("id", "tidak ada satu pun korban jiwa", U, ""),
    ("ar", "لم يمت ولا شخص واحد", U, ""),
    ("ar", "توفي شخص واحد", 1, "exact"),  # stays
]


test_d60_reads_as_written = case_test(CLASSES)
