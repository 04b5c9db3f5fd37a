# ruff: noqa: E501 (the phrases are data, as written)
"""Helper rules35c's rule of session 35 (issue 17): D235, people taken to N hospitals.

D235.1: a count of hospitals, clinics or medical facilities beside a count of people is set aside
and the people read when a verb of taking, admitting, treating or spreading the counted joins
them (taken, transported, admitted, hospitalised, treated, distributed, rozlokowane …), in the
16 languages, through D231.1's mechanism (the place preposition, postposition, case or counter
and a closed list of nouns; `lang/_lodging.care_aside` for the European languages, id and ar).
With no such verb ("32 people in 5 hospitals", "5 hospitals were hit, 32 killed") the hospitals
stay a second count (D45.5), and so do villages, districts, provinces and schools. D235.2: round
102's pl row and four older rows of the class (rounds 4, 45, 48, 54) read the people, relabelled.
The first phrase of each language is the brief's; the variants are written from real reporting
of the ``pages`` corpus (URLs in the comments).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

CHANGES: list[tuple[str, str, object, str]] = [
    # D235.1 the people with the verb and the count of hospitals, each language
    ("en", "32 injured were taken to five hospitals", 32, "exact"),
    ("en", "32 injured were admitted to 3 hospitals", 32, "exact"),
    ("en", "32 injured were distributed among 4 hospitals", 32, "exact"),
    # beckershospitalreview.com 2023-11-14 ("18 people were taken to local hospitals from the
    # crash site"); a verb before the people; places first with their preposition
    ("en", "18 people were taken to four local hospitals from the crash site", 18, "exact"),
    ("en", "Ambulances took 32 injured to five hospitals", 32, "exact"),
    ("en", "In 5 hospitals, 32 people were treated", 32, "exact"),
    ("de", "32 Verletzte wurden in fünf Krankenhäuser gebracht", 32, "exact"),
    # brf.be/international/53769 ("Notärzte brachten die Verwundeten … in umliegende
    # Krankenhäuser"); dubisthalle.de ("Schwerverletzte … in hallesche Kliniken geflogen")
    ("de", "30 Verletzte wurden in sechs umliegende Krankenhäuser gebracht", 30, "exact"),
    ("de", "15 Schwerverletzte wurden in drei hallesche Kliniken geflogen", 15, "exact"),
    ("fr", "32 blessés ont été transportés dans cinq hôpitaux", 32, "exact"),
    # maggiedeblock.be 2016-03-24 (attentats de Bruxelles), as written there
    ("fr", "316 victimes au total ont été admises dans 25 hôpitaux universitaires et régionaux belges", 316, "exact"),
    ("fr", "121 victimes ont été réparties sur 48 sites hospitaliers belges", 121, "exact"),
    ("es", "32 heridos fueron trasladados a cinco hospitales", 32, "exact"),
    # pwa.peru21.pe (Matucana: "ocho heridos … fueron trasladados a hospitales de Lima")
    ("es", "ocho heridos fueron trasladados a tres hospitales de Lima", 8, "exact"),
    ("it", "32 feriti sono stati trasportati in cinque ospedali", 32, "exact"),
    # torinocronaca.it ("103 feriti … pazienti trasferiti nei principali ospedali cittadini")
    ("it", "103 feriti trasferiti in 7 ospedali cittadini", 103, "exact"),
    ("pt", "32 feridos foram levados para cinco hospitais", 32, "exact"),
    # alagoasinforma.com/noticias/interior/808637 ("os feridos atendidos nos dois hospitais")
    ("pt", "30 feridos atendidos nos dois hospitais da rede pública estadual", 30, "exact"),
    ("ru", "32 пострадавших доставлены в пять больниц", 32, "exact"),
    # news.mail.ru/incident/67836205 ("Пострадавших доставили в различные больницы города")
    ("ru", "32 пострадавших доставили в пять больниц города", 32, "exact"),
    ("uk", "32 постраждалих госпіталізовані до п'яти лікарень", 32, "exact"),
    ("uk", "32 постраждалих доставили у три лікарні", 32, "exact"),
    ("pl", "32 ranne osoby trafiły do pięciu szpitali", 32, "exact"),
    # tvn24.pl ("Do szpitali trafiło kilkadziesiąt osób"): the places first; wiadomosci.wp.pl
    # 2024-08 ("13 osób poszkodowanych zostało przetransportowanych do szpitali")
    ("pl", "Do pięciu szpitali trafiło 32 pasażerów", 32, "exact"),
    ("pl", "13 osób poszkodowanych zostało przetransportowanych do trzech szpitali", 13, "exact"),
    ("tr", "32 yaralı 5 hastaneye kaldırıldı", 32, "exact"),
    # habervakti.com (depremzedeler: "53 depremzede, ambulanslarla kentteki çeşitli hastanelere
    # sevk edildi")
    ("tr", "Enkazda yaralanan 53 depremzede, ambulanslarla kentteki 9 hastaneye sevk edildi", 53, "exact"),
    ("id", "32 korban luka dilarikan ke lima rumah sakit", 32, "exact"),
    # aceh.tribunnews.com 2019/10/15 ("Empat … Masih Dirawat di Dua RS"), as written there
    ("id", "Empat Penumpang Mobil Rombongan Pengantin Masih Dirawat di Dua RS", 4, "exact"),
    ("ar", "32 جريحا نقلوا إلى خمسة مستشفيات", 32, "exact"),
    # thisislebanon.com/?p=363201 ("تم توزيع الجرحى على مستشفيات المنطقة")
    ("ar", "تم توزيع 12 جريحا على 4 مستشفيات", 12, "exact"),
    ("hi", "32 घायल 5 अस्पतालों में भर्ती", 32, "exact"),
    # prabhatkhabar.com 2018-10-21 ("… घायल हुए जिनका शहर के विभिन्न अस्पतालों … में इलाज हुआ")
    ("hi", "300 से ज्यादा घायलों का शहर के 5 अस्पतालों में इलाज हुआ", 300, "at_least"),
    ("zh", "32名伤者被送往5家医院", 32, "exact"),
    # m.nbnewpower.cn 2008-04-28 ("31位傷員已全部轉移到…", "已被轉至武漢4家醫院接受治療")
    ("zh", "31位伤员已全部转移到武汉4家医院接受治疗", 31, "exact"),
    ("zh", "32名伤者在5家医院接受治疗", 32, "exact"),
    ("ja", "32人が5つの病院に搬送された", 32, "exact"),
    # megalodon.jp NHK 2016-01-15 (軽井沢バス事故: "合わせて9つの病院に30人が搬送され")
    ("ja", "長野県と群馬県の合わせて9つの病院に30人が搬送され", 30, "exact"),
    ("ko", "부상자 32명이 병원 5곳으로 이송됐다", 32, "exact"),
    ("ko", "부상자 32명은 인근 5개 병원에 분산 이송됐다", 32, "exact"),
    # D235.2 the relabelled rows (rounds 102, 4, 48, 54, 45)
    ("pl", "32 ranne osoby są rozlokowane w pięciu szpitalach", 32, "exact"),
    ("pl", "Ponad 40 rannych przewieziono do pięciu szpitali", 40, "at_least"),
    ("de", "Alle 19 Rentner erlitten bei dem Crash leichte Verletzungen und wurden in 5 verschiedene Krankenhäuser gebracht.", 19, "exact"),
    ("de", "vier weitere Schüler wurden vorsorglich in zwei Krankenhäuser gebracht.", 4, "exact additional"),
    ("pl", "Do trzech szpitali trafiło 17 osób, u których lekarze stwierdzili zatrucie salmonellą", 17, "exact"),
]

STAYS: list[tuple[str, str, object, str]] = [
    # no verb of taking: the hospitals stay a second count (D45.5)
    ("en", "32 people in 5 hospitals", UNPARSED, "none"),
    ("en", "5 hospitals were hit, 32 killed", UNPARSED, "none"),
    ("en", "Five hospitals were hit, killing 32", UNPARSED, "none"),
    ("de", "32 Menschen in fünf Krankenhäusern", UNPARSED, "none"),
    ("fr", "32 blessés dans cinq hôpitaux", UNPARSED, "none"),
    # france3-regions.francetvinfo.fr: the places first with no preposition
    ("fr", "Sept hôpitaux parisiens ont pris en charge 300 victimes", UNPARSED, "none"),
    ("es", "32 heridos en cinco hospitales", UNPARSED, "none"),
    ("ru", "32 пострадавших в пяти больницах", UNPARSED, "none"),
    ("pl", "32 osoby w pięciu szpitalach", UNPARSED, "none"),
    ("tr", "32 kişi 5 hastanede", UNPARSED, "none"),
    ("id", "32 korban di lima rumah sakit", UNPARSED, "none"),
    ("ar", "32 جريحا في خمسة مستشفيات", UNPARSED, "none"),
    ("hi", "32 लोग 5 अस्पतालों में", UNPARSED, "none"),
    ("zh", "32人在5家医院", UNPARSED, "none"),
    ("ja", "32人が5つの病院にいる", UNPARSED, "none"),
    ("ko", "부상자 32명이 병원 5곳에 있다", UNPARSED, "none"),
    # a verb of taking to places that are no hospitals: schools, districts stay a count
    ("en", "32 people were taken to 5 schools", UNPARSED, "none"),
    ("ja", "4府県では11人の行方が今なお分かっていない", UNPARSED, "none"),
    # the hospitals alone read as before
    ("en", "the injured were taken to five hospitals", 5, "exact"),
]

test_class_reads_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
