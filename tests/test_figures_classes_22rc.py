# ruff: noqa: E501 (the phrases are data, as written)
"""22rc: D111, a count told beside its compared value reads the count (issue 17; D66.1 reversed).

The lead reversed D66.1: a count told beside its earlier or compared value, the compared one
marked by a word of the tables' ``compared_pre`` / ``compared_post`` ("contre", "compared with",
"rispetto a", "に比べ", "대비", "相比", ...), reads the count, the number NOT marked; a second
compared value joined to the first by "and" ("contro le 177 di gennaio e le 170 di febbraio")
and the compared value's year after "of" ("los 2.980 de 2022") are compared too. More than one
unmarked count, or a share left alone once a count was dropped, stays unparsed. Expected values
written by hand from the codebook. REAL rows are phrases of public reporting (address in the
comment; cut to the clause, as the rounds cut them); OWN rows are written from each language's
grammar for this test; NEAR rows must not change (they read so on the start tree too).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

REAL = [
    # recuperation-points-permis.org/?p=1082 (ONISR, October 2016)
    ("fr", "avec 316 décès sur la route en France (contre 378 en octobre 2015)", 316, "exact"),
    # ennapress.it (Unioncamere, first quarter 2019)
    ("it", "A determinare il risultato è stato il balzo in avanti delle cessazioni (136.069 contro le 128.628 del 2018)", 136069, "exact"),
    # bg.camcom.it (Lombardy, third quarter 1997): two compared values joined by "e"
    ("it", "esso perde infatti 10mila unità contro le 5mila dell'agricoltura e le 4mila dell'industria", 10000, "exact"),
    # round 48 and 52 rows, labelled the count (read right since D111)
    ("en", "Private sector facilities reported 47,125 cases in 2018 compared to 23,438 in 2017", 47125, "exact"),
    ("fr", "Depuis mars, le nombre de plans de sauvegarde de l'emploi a atteint 394, contre 249 sur la même période l’an dernier.", 394, "exact"),
    ("es", "El número total de muertes relacionadas con la tuberculosis (incluidas las de personas con VIH) fue de 1,3 millón en 2022, frente a 1,4 millón en 2021.", 1300000, "exact"),
    ("ko", "올해 상반기 동안 백일해 환자는 11,000명을 넘어섰으며, 이는 지난해 같은 기간의 2,447명과 비교해 매우 심각한 수준입니다", 11000, "at_least"),
    ("uk", "Кількість ДТП за участю нетверезих водіїв зросла майже на 19% порівняно з 2021 роком.", 19, "nearly additional"),
]

OWN = [
    ("en", "Private hospitals reported 6,450 cases in 2023, compared with 6,130 in 2022", 6450, "exact"),
    ("en", "There were 412 drownings, against 389 the year before", 412, "exact"),
    ("en", "2,325 heat-related deaths, compared to just 311", 2325, "exact"),
    ("de", "Im ersten Halbjahr starben 1.374 Menschen, gegenüber 1.422 im Vorjahreszeitraum", 1374, "exact"),
    ("de", "Die Polizei zählte 2.310 Einbrüche im Vergleich zu 2.650 im Jahr zuvor", 2310, "exact"),
    ("fr", "2 310 blessés, contre environ 1 980 en 2022", 2310, "exact"),
    ("es", "Se registraron 1.145 fallecidos, frente a los 1.098 del año anterior", 1145, "exact"),
    ("es", "En total hubo 3.210 detenidos, respecto a los 2.980 de 2022", 3210, "exact"),
    ("es", "2.310 heridos, frente a más de 1.980 en 2022", 2310, "exact"),
    ("pt", "Foram registrados 1.145 óbitos, contra 1.098 no ano anterior", 1145, "exact"),
    ("it", "Sono 210 i casi registrati, contro i 177 dell'anno scorso", 210, "exact"),
    ("ru", "За год зарегистрировано 1204 случая по сравнению с 980 годом ранее", 1204, "exact"),
    ("ru", "1200 пострадавших против 950 годом ранее и 700 в 2020 году", 1200, "exact"),
    ("uk", "Загинули 312 людей, проти 287 торік", 312, "exact"),
    ("pl", "W tym roku zginęło 412 osób, w porównaniu z 389 przed rokiem", 412, "exact"),
    ("tr", "Geçen yıl 1.980 kişiye kıyasla bu yıl 2.310 kişi yaralandı", 2310, "exact"),
    ("ar", "وسجلت 1200 حالة وفاة مقارنة مع 950 حالة في العام الماضي", 1200, "exact"),
    ("hi", "पिछले साल के 950 के मुकाबले इस साल 1,200 लोगों की मौत हुई", 1200, "exact"),
    ("id", "Tercatat 2.310 kasus, dibandingkan dengan 1.980 kasus pada tahun lalu", 2310, "exact"),
    ("zh", "今年共有2310人受伤,而去年同期为1980人", 2310, "exact"),
    ("ja", "死者は前年の950人に比べ1200人に上った", 1200, "exact"),
    ("ko", "사망자는 지난해 950명에 비해 1200명으로 집계됐다", 1200, "exact"),
    # it "dell'" before a number read with a vowel: the per cent of rise is additional (D108)
    ("it", "i casi sono aumentati dell'8%", 8, "exact additional"),
    ("it", "le vittime sono cresciute dell'11 per cento", 11, "exact additional"),
]

NEAR = [
    # two unmarked counts beside the compared one: no single count
    ("en", "2,310 injured and 12 dead, compared with 1,980 injured last year", U, ""),
    ("fr", "2 310 blessés et 12 morts, contre 1 980 blessés en 2022", U, ""),
    ("ko", "2023년 조사대상 사고사망자 수가 598명(584건)으로 전년 644명(611건) 대비 46명(7.1%), 27건(4.4%) 감소", U, ""),
    # every count a compared value (two joined by "und"): none is the count (round 48)
    ("de", "Nach 3931 Fällen im Jahr 2021 und 4082 Fällen im Jahr 2022 sei dies ein neuerlicher Anstieg gewesen.", U, ""),
    # a share left alone once a measure was dropped beside the compared value (round 37)
    ("pt", "A área desmatada da Amazônia diminuiu 8 por cento em outubro, para 541 quilômetros quadrados, contra 587 no mês anterior", U, ""),
    # no marker of the tables: as before (pl "w stosunku do", D65.5; tr "göre"; zh "比")
    ("pl", "120 ofiar w stosunku do 100 rok wcześniej", 120, "exact"),
    ("tr", "polise göre 1.200 yaralı, geçen yıl 950", U, ""),
    ("zh", "比去年同期的39人增加了12人", U, ""),
    # the phrase's only number after a comparison word: as written (D66.1)
    ("fr", "contre environ 10 000 il y a 10 ans", 10000, "approx"),
    ("en", "troops fought against 500 rebels", 500, "exact"),
    # the Italian "del" of D108 and a number read with a consonant after "dell'": as before
    ("it", "i casi sono aumentati del 10%", 10, "exact additional"),
]


test_d111_real_phrases = case_test(REAL)
test_d111_own_phrases = case_test(OWN)
test_d111_near_misses = case_test(NEAR)
