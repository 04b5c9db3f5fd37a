# ruff: noqa: E501 (the phrases are data, as written)
"""17nd: a review of D43 on phrases of its own, and round 17's remaining classes per language.

Every reading written by hand from the codebook before the engine was run on it. The review's
phrases probe the edges of each D43 rule: a number in brackets that is a count ("Fatalities
(12)"), parts that add up by chance ("5 dead – 3 injured and 2 missing"), a count with a leading
zero ("deja 03 muertos"), a school's words before a count ("SMP tersebut terdapat 300 siswa").
"""

from __future__ import annotations

import math

from figure_sets import UNPARSED, case_test

NAN = math.nan
U = UNPARSED

REVIEW = [
    # D43.1: a number in brackets after a word that counts casualties is a count, no age; two
    # numbers then remain (precision first)
    ("en", "Fatalities (12) were reported in 3 provinces", U, ""),
    ("es", "Fallecidos (12) en 4 provincias", U, ""),
    # ... and beside hospitals the counted are taken to, set aside by D235.1 (35rc), the
    # bracketed count is the figure (an age would leave nothing to read)
    ("en", "Injured (44) were taken to 3 hospitals", 44, "exact"),
    ("de", "Verletzte (14) wurden in 3 Kliniken gebracht", 14, "exact"),
    ("fr", "Blessés (15) évacués vers 3 hôpitaux", 15, "exact"),
    ("ru", "Раненые (15) доставлены в 3 больницы", 15, "exact"),
    ("pl", "Ranni (15) trafili do 3 szpitali", 15, "exact"),
    ("it", "Feriti (15) trasportati in 3 ospedali", 15, "exact"),
    ("tr", "Yaralılar (15) 3 hastaneye kaldırıldı", 15, "exact"),
    ("id", "Korban luka (15) dibawa ke 3 rumah sakit", 15, "exact"),
    ("ar", "الجرحى (15) نقلوا إلى 3 مستشفيات", 15, "exact"),
    ("ko", "사망자(12) 가운데 3명은 어린이", U, ""),
    ("ja", "死者(12)のうち3人が子ども", U, ""),
    ("en", "(44) injured in bus crash", 44, "exact"),
    ("en", "(2) dead after house fire", 2, "exact"),
    # ... and an age after a name still is one
    ("en", "Mary Jones (67) was among 5 people injured", 5, "exact"),
    ("fr", "Un octogénaire (84) figure parmi les 7 victimes", 7, "exact"),
    ("es", "Un vecino (58) está entre los 3 heridos", 3, "exact"),
    ("ko", "김모(52) 씨 등 6명이 다쳤다", 6, "exact"),
    # "unter den 7 Toten" is among the seven dead, no "under" (rule 3)
    ("de", "Ein Mann (45) ist unter den 7 Toten", 7, "exact"),
    ("de", "unter den 12 Opfern war ein Kind", 12, "exact"),
    # D43.2: "uno de los más de 300" is "one of the more than 300": two counts
    ("es", "uno de los más de 300 heridos murió", U, ""),
    ("es", "uno de los más extremos ocurrió en 1975 y mató a 21", 21, "exact"),
    ("en", "In a 2000-strong crowd, 12 people were hurt", 12, "exact"),
    ("en", "a 1500-strong crowd", 1500, "exact"),
    # D43.3: a leading zero names a thing only when the phrase counts beside it
    ("es", "Accidente en la Panamericana deja 03 muertos", 3, "exact"),
    ("id", "warga RT 003 RW 002 sebanyak 14 orang", 14, "exact"),
    ("id", "Dua warga RT 004 RW 001 tersambar petir", 2, "exact"),
    # ... and a school's words before a count are no school's number
    ("id", "Di SMP tersebut terdapat 300 siswa", 300, "exact"),
    ("id", "siswa SDN yang berjumlah 45 orang keracunan", 45, "exact"),
    ("id", "sebanyak 120 siswa SD Negeri 2 Bantul keracunan", 120, "exact"),
    ("ko", "한 초등학교에서 한 명이 숨졌다", 1, "exact"),
    ("it", "soccorsi dal 118", U, ""),
    # D43.4: durations; a case ending before a noun that is no time unit keeps the count
    ("de", "nach 60-stündiger Geiselhaft", U, ""),
    ("ru", "гибель 5-ти человек", 5, "exact"),
    ("uk", "загибель 3-х людей", 3, "exact"),
    ("ja", "宿泊客30人が避難", 30, "exact"),
    # D43.5: parts told with another outcome than the whole's add up by chance
    ("en", "5 dead – 3 injured and 2 missing", U, ""),
    ("de", "5 Tote – 3 Verletzte und 2 Vermisste", U, ""),
    ("fr", "5 morts – 3 blessés et 2 disparus", U, ""),
    ("es", "5 muertos: 3 heridos y 2 desaparecidos", U, ""),
    ("ru", "5 погибших – 3 раненых и 2 пропавших", U, ""),
    ("tr", "7 ölü – 4 yaralı ve 3 kayıp", U, ""),
    # ... and parts of another kind, or of a word that counts all casualties, are parts
    ("en", "12 casualties: 7 dead and 5 injured", 12, "exact"),
    ("en", "10 killed – 6 in Kyiv and 4 in Kharkiv", 10, "exact"),
    ("en", "7 injured - 4 seriously and 3 slightly", 7, "exact"),
    ("id", "7 korban – 4 tewas dan 3 luka-luka", 7, "exact"),
    ("it", "6 feriti - 4 gravi e 2 lievi", 6, "exact"),
    ("pt", "10 mortos – 7 adultos e 3 crianças", 10, "exact"),
    ("hi", "9 लोग – 5 बच्चे और 4 वयस्क", 9, "exact"),
    ("zh", "9人（5名儿童和4名成人）", 9, "exact"),
    ("ko", "사망 2명 등 사상자 5명", 5, "exact"),
    ("es", "300 pasajeros, en su mayoría turistas", 300, "exact"),
]

CLASSES = [
    # Polish collective numerals, all cases, and "one of" after a count (names a place)
    ("pl", "trzydzieścioro osób", 30, "exact"),
    ("pl", "Czterdzieścioro dzieci z kolonii trafiło do szpitala", 40, "exact"),
    ("pl", "rodzice trzydzieściorga uczniów", 30, "exact"),
    ("pl", "opieka nad dwadzieściorgiem dzieci", 20, "exact"),
    ("pl", "Prawie 30 uczniów jednej ze szkół trafiło do szpitala", 30, "nearly"),
    ("pl", "Około 20 pracowników jednej z firm zatruło się", 20, "approx"),
    ("pl", "jedna z 20 ofiar", U, ""),
    ("pl", "jeden z rannych zmarł", 1, "exact"),
    # Hindi: half a dozen is about six; a number word beside a month is the day
    ("hi", "आधे दर्जन से अधिक लोग घायल", 6, "at_least"),
    ("hi", "आधा दर्जन लोग घायल हुए", 6, "approx"),
    ("hi", "चार जून को 15 बच्चे बीमार पड़े", 15, "exact"),
    ("hi", "मई दस को 12 लोगों की मौत हो गई", 12, "exact"),
    ("hi", "दस मई को पांच लोगों की मौत", 5, "exact"),
    ("hi", "जून में चार लोगों की मौत", 4, "exact"),
    # ... and एक before a place or a case is the article "a"; before a person it counts one
    ("hi", "एक सरकारी स्कूल के 20 छात्र बीमार", 20, "exact"),
    ("hi", "एक व्यक्ति की मौत", 1, "exact"),
    # Arabic duals of nouns with a broken plural are two; a sound plural is no dual
    ("ar", "مقتل ضابطين", 2, "exact"),
    ("ar", "إصابة سائحين في الحادث", 2, "exact"),
    ("ar", "مقتل جنديين", 2, "exact"),
    ("ar", "مقتل 3 مسافرين", 3, "exact"),
    # Italian: a number between dashes after "some"; "several" counting places; a sum with
    # people not counted
    ("it", "Numerose persone – una quarantina – sono state soccorse", 40, "approx"),
    ("it", "Diverse persone – una trentina – sono state evacuate", 30, "approx"),
    ("it", "12 feriti portati in vari ospedali", 12, "exact"),
    ("it", "30 passeggeri più il capotreno", U, ""),
    ("it", "più di 30 passeggeri", 30, "at_least"),
    # English: a year after a year word and "the"
    ("en", "2 people died in the 2004 floods", 2, "exact"),
    ("en", "3 people died during the 2011 earthquake", 3, "exact"),
    ("en", "in the 2004 floods", U, ""),
    # Russian and Ukrainian: half a hundred is exact fifty
    ("ru", "полсотни детей попали в больницу", 50, "exact"),
    ("ru", "пол сотни человек", 50, "exact"),
    ("ru", "около полсотни человек", 50, "approx"),
    ("uk", "півсотні людей", 50, "exact"),
    ("uk", "близько півсотні людей", 50, "approx"),
    # Korean: N other is additional (rule 12); another place is no other of the count
    ("ko", "다른 승객 2명도 병원으로 옮겨졌다", 2, "exact additional"),
    ("ko", "다른 5명", 5, "exact additional"),
    ("ko", "다른 지역에서 3명이 다쳤다", 3, "exact"),
]


test_d44_reads_as_written = case_test(REVIEW + CLASSES)
