# ruff: noqa: E501 (the phrases are data, as written)
"""17dd: D85, counts told with a sum or a part beside them, in every language that has the class.

Issue 17, generality: each item is the language's closed class of words (the table field
``told_with``), written from the grammar, not from a round's miss. Phrases of their own, written
for this test (none is a phrase of a round). The CHANGES rows each read otherwise on main before
D85 (the reading on main in the comment); the STAYS rows read so before and must not change (the
words of the class meaning something else: "and a dozen", "y una docena", "más" as "more", "of
these" words the rounds label as the count, a per cent of the total, a part told with an outcome
of its own).

D85.1: a count joined by "and" to one more thing named with "a" (or by "plus" to one named with
"a" or "the"; a commander after "and" with a possessive, D65.6) is a sum: unparsed.
D85.2: "of the total / of this number" opening the phrase before a comma makes the count after it
a share: unparsed.
D85.3: a smaller number after a comma told only with how it fared ("one seriously") is a part of
the count before it: the count is the figure.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

SUM_CHANGES = [
    ('en', '15 children and a teacher were taken to hospital', U, ''),  # main: 15 exact
    ('en', 'Three soldiers and an officer were killed in the ambush', U, ''),  # main: 3 exact
    ('en', '20 pupils plus a teacher were evacuated', U, ''),  # main: 20 at_least
    ('en', '12 students plus their teacher fell ill', U, ''),  # main: 12 at_least
    ('en', '3 soldiers and their commander were killed', U, ''),  # main: 3 exact
    ('de', 'Vier Schüler und ein Lehrer wurden leicht verletzt', U, ''),  # main: 4 exact
    ('de', 'drei Soldaten und ihr Kommandeur kamen ums Leben', U, ''),  # main: 3 exact
    ('de', '12 Kinder plus eine Betreuerin mussten ins Krankenhaus', U, ''),  # main: 12 at_least
    ('fr', '15 enfants et une enseignante ont été hospitalisés', U, ''),  # main: 15 exact
    ('fr', '12 élèves plus leur professeur ont été évacués', U, ''),  # main: 12 exact
    ('es', 'tres hombres y una mujer fueron detenidos', U, ''),  # main: 3 exact
    ('es', 'cuatro soldados y su comandante murieron', U, ''),  # main: 4 exact
    ('es', '20 niños más la maestra fueron evacuados', U, ''),  # main: 20 exact additional
    ('it', '15 bambini e una maestra sono stati ricoverati', U, ''),  # main: 15 exact
    ('it', 'tre uomini e una donna sono stati arrestati', U, ''),  # main: 3 exact
    ('pt', '15 crianças e uma professora foram internadas', U, ''),  # main: 15 exact
    ('pt', 'três homens e uma mulher foram presos', U, ''),  # main: 3 exact
    ('pt', '12 alunos mais a professora passaram mal', U, ''),  # main: 12 exact
    ('tr', '15 çocuk ve bir öğretmen hastaneye kaldırıldı', U, ''),  # main: 15 exact
    ('tr', '3 asker ve bir sivil yaralandı', U, ''),  # main: 3 exact
    ('id', '13 rumah dan sebuah masjid rusak berat', U, ''),  # main: 13 exact
    ('id', '20 sapi dan seekor kerbau mati', U, ''),  # main: 20 exact
    ('ru', 'трое солдат и их командир погибли', U, ''),  # main: 3 exact
    ('uk', 'троє солдатів і їхній командир загинули', U, ''),  # main: 3 exact
    ('pl', 'trzech żołnierzy i ich dowódca zginęli', U, ''),  # main: 3 exact
]

SUM_STAYS = [
    ('en', '16 other people were injured', 16, 'exact additional'),  # D12: "other" alone
    ('en', 'a monk and 16 other people', U, ''),  # D12
    ('en', '15 dead and a curfew imposed', 15, 'exact'),  # an outcome, no noun, before "and"
    ('en', 'Two died and a man was arrested', 2, 'exact'),  # a verb before "and" (D65.6)
    ('en', '15 children and 2 teachers', U, ''),  # two counts already
    ('en', 'two and a half million people', 2500000, 'exact'),  # "a half": no thing named
    ('en', '15 killed and a dozen missing', U, ''),  # "a dozen": two counts already
    ('en', '20 people and a week later', 20, 'exact'),  # "a week": a time, no thing counted
    ('en', 'the pilot and four passengers', U, ''),  # D65.6
    ('de', 'zwei Tote und ein Dutzend Verletzte', U, ''),
    ('de', '15 Menschen starben und eine Frau wurde verletzt', 15, 'exact'),  # a verb before "und"
    ('de', 'waren mehr als 1000 Beamte sowie ein Hubschrauber im Einsatz', 1000, 'at_least'),  # "sowie" lists resources
    ('es', 'se registraron 12 casos más la semana pasada', 12, 'exact additional'),  # "más" = more
    ('es', 'subió en 32 más la cifra', 32, 'exact additional'),  # no noun before "más"
    ('es', 'aumentó en 32 casos más la cifra de muertos', 32, 'exact additional'),  # the count's subject
    ('es', 'diez estudiantes y una docena de profesores', U, ''),
    ('fr', '15 morts et une dizaine de blessés', U, ''),
    ('it', '12 casi in più la settimana scorsa', 12, 'exact'),
    ('pt', '12 casos a mais na semana passada', 12, 'exact additional'),
    ('tr', '20 kişi yaralandı ve bir süre sonra taburcu edildi', 20, 'exact'),  # a verb after the noun
    ('id', '13 siswa dan dua guru', U, ''),
    ('id', '13 siswa dan seorang guru', U, ''),  # D34
]

SHARE_CHANGES = [
    ('en', 'Of the total, 45 were children', U, ''),  # main: 45 exact
    ('en', 'Of this number, 12 remain in hospital', U, ''),  # main: 12 exact
    ('en', 'Out of the total, 300 cases were confirmed', U, ''),  # main: 300 exact
    ('de', 'Von dieser Zahl, 40 Frauen', U, ''),  # main: 40 exact
    ('fr', 'Sur ce total, 120 sont des enfants', U, ''),  # main: 120 exact
    ('fr', 'Du total, 35 ont été hospitalisés', U, ''),  # main: 35 exact
    ('es', 'Del total de contagios, 230 son mujeres', U, ''),  # main: 230 exact
    ('es', 'De ese total, 45 permanecen hospitalizados', U, ''),  # main: 45 exact
    ('it', 'Del totale, 35 sono bambini', U, ''),  # main: 35 exact
    ('it', 'Di questo totale, 12 sono in terapia intensiva', U, ''),  # main: 12 exact
    ('pt', 'Do total de internados, 45 estão em UTI', U, ''),  # main: 45 exact
    ('pt', 'Desse total, 120 são crianças', U, ''),  # main: 120 exact
    ('ru', 'Из общего числа, 42 человека госпитализированы', U, ''),  # main: 42 exact
    ('uk', 'З цієї кількості, 15 людей госпіталізовані', U, ''),  # main: 15 exact
    ('pl', 'Z tej liczby, 20 osób trafiło do szpitala', U, ''),  # main: 20 exact
    ('ar', 'ومن إجمالي الحالات، 20 حالة وفاة', U, ''),  # main: 20 exact
    ('id', 'Dari total tersebut, 35 orang dirawat', U, ''),  # main: 35 exact
    ('id', 'Dari jumlah itu, 12 kasus berasal dari Jakarta', U, ''),  # main: 12 exact
]

SHARE_STAYS = [
    # "of these / of them" words: the rounds label the count after them as the figure
    ('en', 'Of these, 20 were men', 20, 'exact'),
    ('fr', 'Parmi eux, 408 ont été arrêtés', 408, 'exact'),
    ('ru', 'Из них 42 изолированы', 42, 'exact'),
    ('de', 'Davon waren 73 Menschen erkrankt', 73, 'exact'),
    ('it', 'Di questi, tre non sono stati ritrovati', 3, 'exact'),
    ('zh', '其中4人已被确诊', 4, 'exact'),
    ('ja', 'うち11人が入院している', 11, 'exact'),
    ('ko', '그중 1명은 중상', 1, 'exact'),
    ('hi', 'इनमें से 440 मरीजों में पुष्टि हुई', 440, 'exact'),
    # a number before the comma: the whole given (two quantities) or the total itself
    ('en', 'Of the 300 cases, 20 were men', U, ''),
    ('pt', 'Do total de 300 casos, 20 foram confirmados', U, ''),
    ('id', 'Dari 708 korban tersebut, 133 diantaranya meninggal', U, ''),
    ('en', 'Out of the total budget of 20 million, most went to schools', 20000000, 'exact'),
    ('en', 'a total of 20 people', 20, 'exact'),
    ('es', 'Del total, el 40% eran mujeres', 40, 'exact'),  # a per cent stays a per cent
]

PART_CHANGES = [
    ('en', 'Twelve workers were hurt, two critically', 12, 'exact'),  # main: unparsed
    ('en', 'Five people were shot, one fatally', 5, 'exact'),  # main: unparsed
    ('de', '15 Menschen wurden verletzt, zwei schwer', 15, 'exact'),  # main: unparsed
    ('fr', 'Quatre personnes ont été blessées, deux grièvement', 4, 'exact'),  # main: unparsed
    ('es', '15 heridos, dos graves', 15, 'exact'),  # main: unparsed
    ('es', 'Quince personas resultaron heridas, dos de gravedad', 15, 'exact'),  # main: unparsed
    ('it', '15 feriti, due gravi', 15, 'exact'),  # main: unparsed
    ('pt', '15 feridos, dois em estado grave', 15, 'exact'),  # main: unparsed
    ('pt', 'Seis pessoas ficaram feridas, duas gravemente', 6, 'exact'),  # main: unparsed
    ('ru', 'Пострадали 15 человек, двое тяжело', 15, 'exact'),  # main: unparsed
    ('uk', 'Постраждали 15 людей, двоє важко', 15, 'exact'),  # main: unparsed
    ('pl', 'Rannych zostało 15 osób, dwie ciężko', 15, 'exact'),  # main: unparsed
]

PART_STAYS = [
    ('en', '3 dead, 2 seriously injured', U, ''),  # an outcome of its own: another count
    ('en', '15 injured, 20 seriously', U, ''),  # not smaller: no part
    ('en', '12 injured, 4 seriously and 8 slightly', 12, 'exact'),  # D43.5's parts
    ('en', 'Five people were shot, one fatally injured in the leg', U, ''),
    ('de', '15 Verletzte, zwei davon schwer', 15, 'exact'),  # D30
    ('de', 'Sechs Personen wurden verletzt, eine lebensgefährlich', 6, 'exact'),  # "eine" an article
    ('fr', 'quatre blessés, dont deux grièvement', 4, 'exact'),  # D5
    ('es', '2 muertos, 15 heridos graves', U, ''),
    ('tr', "30 kişi yaralandı, 6'sı ağır", 30, 'exact'),  # D41.10
    ('ru', 'Погибли 3 человека, 2 тяжело ранены', U, ''),
]


test_a_count_and_one_more_named_is_a_sum = case_test(SUM_CHANGES + SUM_STAYS)
test_of_the_total_before_a_comma_makes_a_share = case_test(SHARE_CHANGES + SHARE_STAYS)
test_a_part_told_with_how_it_fared_leaves_the_count = case_test(PART_CHANGES + PART_STAYS)
