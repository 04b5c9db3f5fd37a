# ruff: noqa: E501 (the phrases are data, as written)
"""A twentieth round for issue 17: phrases labelled by a helper who never ran the engine, during
the session of 2026-12-04 (eighth), as its measurement.

``tests/cases/figures_round20.csv`` holds 400 figure phrases from 263 pages (census and
population counts, tourist arrivals, military exercises, police deployments, prisoner releases
and amnesties, malaria cases, holiday road deaths, doctors' and teachers' strikes, volunteers,
animal deaths, university enrolment): 20 in each of tr, pl, zh, ar, hi, ko, ja, it, pt, id and
33-34 in each of en, de, fr, es, ru, uk. No page of it is cited by any other case table.

Nobody who wrote a rule read it before the end. The session's starting code (a1fdc9b) read
**357/400** (ar 16 de 30 en 33 es 30 fr 27 hi 16 id 15 it 20 ja 18 ko 19 pl 17 pt 17 ru 33 tr 16
uk 33 zh 17); its end, after D46 (round 19), D47 (round 21) and D48 (round 22), **359/400** (ar 16
de 30 en 33 es 30 fr 27 hi 17 id 17 it 20 ja 18 ko 19 pl 17 pt 16 ru 33 tr 16 uk 33 zh 17): 173/200
in the judged languages, 186/200 in the six. The misses below were listed after that
measurement and are not yet sorted into classes: the next session's development round.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round20.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    ('tr', '2011 sonunda 74 milyon 724 bin 269 kişiye ulaştı'),
    ('tr', "2015'te binde 13,4'e yükseldi"),
    ('tr', "İlk 8 ayda ise Türkiye'yi 40 milyon 470 bin 270 kişi ziyaret etti"),
    ('tr', "Türkiye'ye ilk 4 ayda 7,8 milyon turist geldi"),
    ('pl', 'To 72 więcej niż w roku ubiegłym'),
    ('pl', 'Po dwóch dobach funkcjonariusze wyłapali 518 nietrzeźwych kierowców'),
    ('pl', 'W oba dni funkcjonariusze zatrzymali po ponad 400 nietrzeźwych kierowców'),
    ('zh', '增添7206萬人'),
    ('zh', '从1959年到1975年,中国共实行过7次特赦'),
    ('zh', '各型车辆(装备)300余台'),
    ('ar', 'بتمتيع 674 سجينًا إضافيًا بالسراح الشرطي'),
    ('ar', 'هذا التمرين يعد الثالث عشر في سلسلة التمارين البحرية'),
    ('ar', 'بلغ عدد السائحين الوافدين من كافة دول العالم 4,9 مليون سائح خلال النصف الأول من عام 2022'),
    ('ar', 'ارتفاع عدد السائحين القادمين من كافة دول العالم الى مليون سائح خلال يوليه 2012'),
    ('hi', 'इस तरह की बड़ी एक्सरसाइज आमतौर पर 4 साल में एक बार की जाती है'),
    ('hi', 'इसी दिन करीब 400 पैरा ट्रूपर्स, एक साथ पैराजंप करेंगे'),
    ('hi', 'मलेरिया मरीजों की संख्या 1700 के करीब पहुंच गई है'),
    ('ko', '2018년 한 해 한국을 찾은 외국인 관광객은 1534만6879명으로 집계됐다'),
    ('ja', '韓国から来た人がいちばん多くて、86万7000人でした'),
    ('ja', '日本の人口は世界で10番目'),
    ('pt', 'Nos quatro dias de operação, 53 mil condutores foram autuados por excesso de velocidade'),
    ('pt', 'Pouco mais de 52 mil detentos foram beneficiados pela saidinha de Natal de 2023'),
    ('pt', 'Há no país 20,9 milhões de pessoas a mais do que no Censo 2000'),
    ('pt', 'Casos da doença na área Yanomami em Roraima passaram de 404, em 2012, para mais de 14 mil, em 2020'),
    ('id', 'Itu 11 narapidana di antaranya besok (Jumat, 17/8) langsung bebas murni setelah mendapat remisi'),
    ('id', 'dari 2.152 kecelakaan pada 2024 menjadi 1.477 kecelakaan pada 2025'),
    ('id', 'jumlah kunjungan wisatawan mancanegara (wisman) ke Indonesia mencapai 1, 45 juta kunjungan'),
    ('en', 'Most of the 64 pilot whales that were stranded on a beach in Tasmania this weekend have died'),
    ('de', 'wuchs die Bevölkerung Deutschlands zwischen dem Zensus von 2011 und dem von 2022 um rund 2,5 Millionen Einwohner'),
    ('de', 'so die Lageeinschätzung in dem 20-seitigen Papier'),
    ('de', 'Hauptmann Felix war einer jener über 6.000 Soldatinnen und Soldaten'),
    ('fr', 'la Préfecture de police avait mis en place un dispositif comprenant environ 8.000 policiers sur Paris et les 3 départements de la petite couronne'),
    ('fr', 'Huit cent quatre véhicules ont été incendiés en France au cours de la nuit de la Saint-Sylvestre 804'),
    ('fr', 'Une école primaire sur deux est fermée, selon le SNUipp-FSU'),
    ('fr', 'il est tombé de 500 en 2014 à 284 en 2017'),
    ('fr', 'la Bretagne devrait accueillir 400 000 habitants supplémentaires d’ici 2040'),
    ('fr', 'La population s’est accrue de 3 millions d’habitants'),
    ('es', 'cuando se registraron 24 muertos en cuatro días y medio'),
    ('es', 'pasando de 22 fallecidos en 2019 a 9 en esta ocasión'),
    ('es', 'Ayer sábado fallecieron seis personas en otros tantos accidentes mortales'),
    ('es', 'ha hablado de un número de 800 y tantas'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
