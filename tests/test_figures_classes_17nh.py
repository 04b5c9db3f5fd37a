# ruff: noqa: E501 (the phrases are data, as written)
"""17nh: the classes of figure round 22's misses (D48), per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D48.1: a clock time "HH:MM" / "HH.MM" after a word of time or before an hour word is no count
    ("de", "gegen 21:15 Uhr waren rund 300 Haushalte ohne Strom", 300, "approx"),
    ("de", "um 6.45 Uhr meldete die Polizei 12 Verletzte", 12, "exact"),
    ("de", "ab 18 Uhr versammelten sich etwa 500 Menschen", 500, "approx"),
    ("en", "As of 9 a.m. Sunday, about 12,000 homes were still without power", 12000, "approx"),
    ("en", "At 10:45, more than 200 people had been evacuated", 200, "at_least"),
    ("en", "a ratio of 1:10, with 300 soldiers", U, ""),
    ("fr", "vers 18:30, environ 150 personnes étaient bloquées", 150, "approx"),
    ("es", "a las 14:30 había unas 300 personas en la plaza", 300, "approx"),
    ("es", "desde las 9 hasta las 12 se registraron 45 incidencias", 45, "exact"),
    ("es", "la ambulancia atendió a las 23 víctimas", 23, "exact"),
    ("pt", "às 16:20, cerca de 80 mil clientes estavam sem luz", 80000, "approx"),
    ("pt", "das 8 às 11 foram registradas 30 ocorrências", 30, "exact"),
    ("it", "alle 15:30 erano circa 200 le persone evacuate", 200, "approx"),
    ("it", "dalle 7 alle 10 sono state 25 le chiamate", 25, "exact"),
    ("it", "alle ore 9 si contavano 12 feriti", 12, "exact"),
    ("id", "hingga pukul 21.00 WIB, sebanyak 35 rumah terendam", 35, "exact"),
    ("id", "sekitar jam 14.30 sedikitnya 7 orang terluka", 7, "at_least"),
    ("ja", "PM3:30現在、約2万戸が停電", 20000, "approx"),
    ("ja", "10:00時点で1200戸", 1200, "exact"),
    ("ko", "오후 3:30 기준 1500여 가구가 정전", 1500, "at_least"),
    ("zh", "截至18:00，约300人撤离", 300, "approx"),
    ("tr", "saat 09.30 sıralarında 14 kişi yaralandı", 14, "exact"),
    ("pl", "o 16:45 około 40 osób zostało ewakuowanych", 40, "approx"),
    # D48.2: the number of a road, line or flight is a designation, no count
    ("fr", "près de 400 véhicules bloqués sur la RN 88", 400, "nearly"),
    ("fr", "une centaine de camions sur l'autoroute A7", 100, "approx"),
    ("fr", "il y a 13 blessés", 13, "exact"),
    ("es", "unos 60 pasajeros del vuelo 2431 resultaron ilesos", 60, "approx"),
    ("es", "40 conductores atrapados en el kilómetro 112", 40, "exact"),
    ("it", "circa 300 automobilisti bloccati sulla statale 36", 300, "approx"),
    ("it", "12 passeggeri della linea 90 sono rimasti feriti", 12, "exact"),
    ("pt", "15 passageiros do ônibus da linha 510 ficaram feridos", 15, "exact"),
    ("pt", "mais de 200 motoristas parados na rodovia 116", 200, "at_least"),
    ("en", "about 500 drivers were stranded on the M6", 500, "approx"),
    ("en", "25 passengers on bus line 12 were hurt", 25, "exact"),
    # D48.3: "doubled to N", "revised up / down from A to B" give the new total
    ("uk", "удвічі зросла кількість викликів - до 140", 140, "exact"),
    ("uk", "подвоїлася кількість постраждалих до 18", 18, "exact"),
    ("uk", "до 140 викликів", 140, "at_most"),
    ("ru", "удвоилось число пострадавших до 18", 18, "exact"),
    ("ko", "경찰은 참가자 수를 3만명에서 5만명으로 상향 조정했다", 50000, "exact"),
    ("ko", "사망자를 14명에서 11명으로 정정했다", 11, "exact"),
    # D48.4: a unit per unit written with a slash, and a speed "per second", are rates
    ("de", "es fielen 45 Liter/m² Regen", U, ""),
    ("en", "gusts of 130 km/h", U, ""),
    ("fr", "des rafales à 120 km/h", U, ""),
    ("es", "cayeron 60 litros/m2", U, ""),
    ("ru", "ветер до 28 метров в секунду", U, ""),
    ("uk", "пориви вітру до 20 м/с", U, ""),
    ("en", "1/3 of the 300 troops", U, ""),
    # D48.5: Korean ranks, a name in 만수 / 천수, counts before 등 beside a length
    ("ko", "역대 3위의 폭우로 500여 가구가 침수됐다", 500, "at_least"),
    ("ko", "만수동 일대 300여 가구가 정전됐다", 300, "at_least"),
    # (17ca) D59.4 supersedes the length clause: a measure with its unit is no candidate
    ("ko", "승객 20명 등을 태운 버스가 30m를 미끄러졌다", 20, "exact"),
    ("ko", "승객 20명 등 25명이 다쳤다", 25, "exact"),
    # D48.6: "not passed N" is at most N; "the N mark passed" at least N; fr "d'entre eux" after a
    # comma; ja 大規模 and ほかの in a later clause; id "sejumlah" alone
    ("es", "los asistentes no superaron los 5.000", 5000, "at_most"),
    ("es", "los asistentes superaron los 5.000", 5000, "at_least"),
    ("pt", "os manifestantes não passaram de 3 mil", 3000, "at_most"),
    ("it", "i partecipanti non hanno superato i 1.500", 1500, "at_most"),
    ("fr", "les manifestants n'ont pas dépassé les 4.000", 4000, "at_most"),
    ("en", "the crowd did not exceed 8,000", 8000, "at_most"),
    ("en", "the 100,000 mark was passed by noon", 100000, "at_least"),
    ("en", "the crowd reached 100,000", 100000, "exact"),
    ("fr", "25 personnes ont été blessées, six d'entre elles gravement", 25, "exact"),
    ("fr", "six d'entre eux ont été hospitalisés", 6, "exact"),
    ("ja", "5万戸余りで大規模な停電", 50000, "at_least"),
    ("ja", "1万人規模の集会", 10000, "approx"),
    ("ja", "約40人が乗っていたが、ほかの乗客は無事だった", 40, "approx"),
    ("ja", "ほかの乗客12人がけが", 12, "exact additional"),
    ("id", "sejumlah rumah rusak akibat angin kencang", 2, "vague"),
    ("id", "ratusan warga mengungsi ke sejumlah posko", 100, "vague"),
]


test_d48_reads_as_written = case_test(CLASSES)
