# ruff: noqa: E501 (the phrases are data, as written)
"""D99 to D102 (21rb, issue 17): rounds 47 and 48's classes in en de fr es ru uk it pt id.

D99: a child, a teenager, an adult or a relative named as one person beside a count (D88's
person words, one more of a sum: unparsed), also with an age told between the person and the
"and" ("un enfant de 11 ans et cinq de ses camarades"). D100: "one of the worst / the most …"
names a rank, no count of one. D101: a number word inside an idiom of manner ("one by one"), of
each other ("satu sama lain") or of "amid" ("in mezzo a", "en medio de") is no count. D102:
"most of whom" after the count is a breakdown; pt "deste sábado, 27" is a date.
Rows marked "round" are the rounds' own, "pages" real sentences of the search tool's pages
corpus (trimmed at most), the rest written for the rule. STAYS rows read as on the session's
start. Expected values are written by hand from the codebook.
"""

from __future__ import annotations

from figure_sets import UNPARSED, assert_unparsed, case_test

# D99: one person beside a count, a sum (read a number on the session's start)
SUMS: list[tuple[str, str]] = [
    ('fr', 'Jaime était sorti pour une balade à cheval avec son beau-frère et deux amis'),  # round 48
    ('fr', 'Un adulte et trois enfants ont été grièvement blessés.'),  # round 48
    ('fr', 'Un éclair touche un enfant de 11 ans et cinq de ses camarades'),  # round 48
    ('uk', 'Двоє чоловіків і підліток йшли по полю неподалік від лісу, раптово піднялася гроза'),  # round 48
    ('es', 'Una mujer de 27 años y sus cuatro hijas menores de 8 años fueron auxiliadas por paramédicos de la Cruz Roja'),  # round 18
    ('ru', 'В страшном ДТП на костромской трассе пострадали двое взрослых и ребёнок пяти лет'),  # pages
    ('fr', 'une femme de 45 ans et ses trois enfants'),
    ('en', 'a child and three adults were injured'),
    ('en', 'a teenager and three men were injured'),
    ('de', 'ein Kind und drei Erwachsene wurden verletzt'),
    ('es', 'un niño de 11 años y cinco de sus compañeros'),
    ('es', 'un adolescente y tres hombres resultaron heridos'),
    ('pt', 'um adolescente e três homens ficaram feridos'),
    ('ru', 'подросток и трое мужчин пострадали'),
    ('ru', 'женщина 45 лет и трое детей'),
    ('uk', 'жінка 45 років і троє дітей'),
    ('pl', 'nastolatek i trzech mężczyzn zostało rannych'),
]

# D100-D102: the count (unparsed or another number on the session's start)
COUNTS: list[tuple[str, str, float, str]] = [
    # D100 "one of the worst"
    ('en', 'With more than 14 million residents, the Pakistani city of Lahore is struggling with one of the worst pollution crises in recent years.', 14_000_000.0, "at_least"),  # round 48
    ('es', 'Brasil, uno de los países más afectados por descargas eléctricas en el mundo, registró el año pasado 75 muertes por rayos.', 75.0, "exact"),  # round 48
    ('es', 'la India ha sido en los últimos meses uno de los países más golpeados por la pandemia, con 458.879 decesos', 458_879.0, "exact"),  # pages, trimmed
    ('en', 'one of the deadliest storms killed 14 people', 14.0, "exact"),
    ('en', 'one of the worst affected countries, with 14 deaths', 14.0, "exact"),
    ('ru', 'один из самых страшных пожаров, погибли 14 человек', 14.0, "exact"),
    ('uk', 'одна з найгірших аварій, загинули 14 людей', 14.0, "exact"),
    ('pl', 'jeden z najgorszych wypadków, zginęło 14 osób', 14.0, "exact"),
    ('id', 'salah satu kecelakaan terburuk, 14 orang tewas', 14.0, "exact"),
    ('ar', 'واحدة من أسوأ الكوارث، 14 قتيلا', 14.0, "exact"),
    ('hi', 'सबसे बुरे हादसों में से एक, 14 लोगों की मौत', 14.0, "exact"),
    ('ko', '최악의 사고 중 하나, 14명 사망', 14.0, "exact"),
    # D101 idioms
    ('it', "L'odore acre e la calca in mezzo alla quale sono rimaste travolte centinaia di persone", 100.0, "vague"),  # round 47
    ('id', 'Puluhan penumpang di dalam bus ikut terguling dan saling bertubrukan satu sama lain di dalam bus', 10.0, "vague"),  # round 47
    ('id', 'Korban meninggal satu persatu', UNPARSED, "none"),  # round 16 (no count left)
    ('it', 'A Torino la calca in mezzo alla piazza ha fatto 1527 feriti', 1527.0, "exact"),
    ('es', 'en medio de la multitud, 20 personas heridas', 20.0, "exact"),
    ('pt', 'em meio à multidão, 20 pessoas feridas', 20.0, "exact"),
    ('pt', 'no meio da multidão, 20 pessoas feridas', 20.0, "exact"),
    ('en', '20 passengers collided with one another', 20.0, "exact"),
    ('en', 'one by one, 20 passengers were rescued', 20.0, "exact"),
    ('es', '20 pasajeros fueron rescatados uno a uno', 20.0, "exact"),
    ('ru', '20 пассажиров спасли одного за другим', 20.0, "exact"),
    ('uk', '20 пасажирів рятували одного за одним', 20.0, "exact"),
    ('uk', '20 пасажирів штовхали один одного', 20.0, "exact"),
    ('pl', '20 pasażerów ratowano jeden po drugim', 20.0, "exact"),
    ('id', '20 penumpang dievakuasi satu per satu', 20.0, "exact"),
    ('ar', 'تم إنقاذ 20 راكبا واحدا تلو الآخر', 20.0, "exact"),
    ('hi', '20 यात्रियों को एक-एक कर बचाया गया', 20.0, "exact"),
    ('hi', '20 यात्री एक-दूसरे पर गिर पड़े', 20.0, "exact"),
    # D102.1 "most of whom"
    ('ru', 'Десятки зрителей, большинство из которых было подростками, получили ранения и были отправлены в госпиталь.', 10.0, "vague"),  # round 48
    ('ru', 'перевозивший 477 пассажиров, большинство из которых были студенты', 477.0, "exact"),  # pages, trimmed
    ('uk', '20 глядачів, більшість із яких підлітки, отримали поранення', 20.0, "exact"),
    ('fr', '20 spectateurs, dont la plupart sont des adolescents, ont été blessés', 20.0, "exact"),
    ('fr', '20 spectateurs, la plupart des adolescents, ont été blessés', 20.0, "exact"),
    ('en', '20 spectators, the majority of whom were teenagers, were injured', 20.0, "exact"),
    ('pl', '20 widzów, z których większość to nastolatkowie, zostało rannych', 20.0, "exact"),
    ('hi', '20 दर्शक घायल हुए, जिनमें से अधिकांश किशोर थे', 20.0, "exact"),
    ('id', '20 penonton terluka, yang sebagian besar remaja', 20.0, "exact"),
    # D102.2 pt weekday and day of the month
    ('pt', 'Outras 21 pessoas ficaram feridas no acidente que aconteceu por volta das 5h30 deste sábado, 27', 21.0, "exact additional"),  # round 47
    ('pt', 'Neste domingo, 12, ao menos 40 pessoas foram presas', 40.0, "at_least"),
    ('pt', 'Três pessoas morreram neste domingo, 01, no Hospital Baptista de Sousa', 3.0, "exact"),  # pages (Cape Verde), subject changed
    # D102.4 a per cent of rise
    ('de', 'Schlaganfälle hätten um 14 Prozent zugenommen.', 14.0, "exact additional"),  # round 48
    ('en', 'There is about 20 per cent rise in patients seeking treatment due to respiratory and cardiac issues', 20.0, "approx additional"),  # round 48
    ('en', 'also witnessed a 25% to 30% increase in the last month in outpatient visits dealing with respiratory ailments', 27.5, "range additional"),  # round 48
    ('de', 'Die Zahl ist um 14 Prozent gestiegen', 14.0, "exact additional"),
    ('en', 'a 20% rise in cases', 20.0, "exact additional"),
    ('es', 'un aumento del 20 % en los casos', 20.0, "exact additional"),
    ('it', 'un aumento del 20% dei casi', 20.0, "exact additional"),
    # D102.3 "N new" right after the count (D51.8; labels of round 48 edited)
    ('ru', 'на территории России в прошлом году было зарегистрировано 47 063 новых случая заболевания туберкулезом', 47_063.0, "exact additional"),  # round 48
    ('uk', '1 073 нові випадки захворювання;', 1073.0, "exact additional"),  # round 48
]

# read as on the session's start: (lang, phrase, best or UNPARSED, qualifier)
STAYS: list[tuple[str, str, object, str]] = [
    # D99: the person with a verb of its own, a person word inside another word
    ('fr', "L'enfant a été blessé et trois adultes ont été hospitalisés", 3.0, "exact"),
    ('ru', 'Ребёнок погиб, трое взрослых ранены', 3.0, "exact"),
    ('uk', 'Троє підлітків постраждали в ДТП', 3.0, "exact"),
    ('de', 'Ein Kindergarten und 20 Kinder wurden evakuiert', 20.0, "exact"),
    # D100: no superlative, or the most hurt people ("most seriously", "heridos más graves")
    ('en', 'one of the victims and 14 others', UNPARSED, "none"),
    ('en', 'one of the most seriously injured and 14 others', UNPARSED, "none"),
    ('es', 'uno de los heridos más graves y 75 muertos', UNPARSED, "none"),
    ('es', 'uno de los detenidos y 20 manifestantes', UNPARSED, "none"),
    ('es', 'uno de los mayores incendios, con 20 muertos', 20.0, "exact"),
    ('es', 'uno de los más de 300 heridos murió', UNPARSED, "none"),
    ('es', 'uno de los mayores de 65 y 20 menores', UNPARSED, "none"),
    ('en', 'one of the worst injured and 14 others', UNPARSED, "none"),
    ('id', 'salah satu korban paling parah dan 14 orang lainnya', UNPARSED, "none"),
    ('ru', 'один из ближайших родственников и 14 человек', UNPARSED, "none"),
    ('uk', 'один з найближчих родичів і 14 людей', UNPARSED, "none"),
    ('pl', 'jeden z rannych i 14 osób', UNPARSED, "none"),
    ('ru', 'один из пострадавших скончался в больнице', 1.0, "exact"),
    ('id', 'salah satu korban tewas di lokasi', 1.0, "exact"),
    # D101: "half" outside the idioms, "one in", "one each"
    ('es', 'murieron medio millón de personas', 500_000.0, "exact"),
    ('pt', 'meio milhão de pessoas foram às ruas', 500_000.0, "exact"),
    ('it', 'mezzo milione di persone in piazza', 500_000.0, "exact"),
    ('en', 'one in five patients', UNPARSED, "none"),
    ('hi', 'पांचों को एक-एक लाख रुपये की सहायता', UNPARSED, "none"),
    # D102: "most of the 20" is a share; a count after a weekday's comma is a count
    ('fr', 'la plupart des 20 blessés sont des adolescents', UNPARSED, "none"),
    ('ru', 'большинство из 20 пострадавших — подростки', UNPARSED, "none"),
    ('en', 'most of the 20 spectators were injured', UNPARSED, "none"),
    ('pt', 'Na sexta-feira, 25 pessoas morreram', 25.0, "exact"),
    ('pt', 'Na sexta-feira, 25 morreram.', 25.0, "exact"),
    ('pt', 'Neste domingo, 3,4 mil pessoas foram às ruas', 3400.0, "exact"),
    # D102.4: a new total after the rise, a share
    ('en', 'a 20 per cent rise to 400 cases', 400.0, "exact"),
    ('en', '20% of cases', 20.0, "exact"),
    ('de', 'Die Zahl der Fälle ist um 14 Prozent auf 400 gestiegen', 400.0, "exact"),
    ('it', 'un aumento del 18% a 46 casi', 46.0, "exact"),
    ('pt', 'Neste domingo, 1.500 pessoas foram às ruas', 1500.0, "exact"),
]


test_one_person_beside_a_count_is_a_sum = case_test(SUMS, assert_unparsed)
test_rank_idiom_breakdown_and_date_leave_the_count = case_test(COUNTS)
test_near_misses_stay = case_test(STAYS)
