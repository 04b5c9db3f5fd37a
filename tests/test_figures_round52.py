# ruff: noqa: E501 (the phrases are data, as written)
"""Round 52 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-06 (twenty-second), before any rule of the session was merged; the session's
measurement for six languages of our ledger (67 each in en, de, fr and es, 66 in ru and uk).

``tests/cases/figures_round52.csv`` holds 400 figure phrases from 169 pages (job cuts and layoffs,
dog attacks, hospital waiting lists, school closures, holiday road deaths, bankruptcies and store
closures). No phrase or page of it is in any other case table. The labeller's brief asked for
phrases as they come on the page, the hard ones included: 136 of 400 are labelled unparsed.

Held out whole: the rule writers of the session (22ra: D103-D106, 22rb: D107-D110) worked from
rounds 49 and 50's misses and never saw this round. Scored on the session's start (4274cac1) and
after the last rule merge: 344 -> 344 of 400 (no row changed).
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session. (30fx, D214.4) "3,3 Personen/Jahr" (a time unit after "/": a rate)
now reads as labelled.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round52.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 440-440-440; read unparsed
    ('de', 'Auch wenn die Zahl der Unfalltoten erfreulicherweise gesunken ist, reduzierte sich deren Zahl seit 2010 nur um 11 % auf 440 Personen, die 2018 bei einem Verkehrsunfall ihr Leben verloren.'),
    # label exact 130-130-130; read unparsed
    ('de', 'Bis Ende Juni werden die von ehemals 196 verbleibenden 130 Standorte in Deutschland schließen.'),
    # label unparsed; read range 10-11-12
    ('de', 'Der DWD habe schwere Sturmböen, Orkanböen in hohen Lagen und Windstärken von 10 bis 12 angekündigt.'),
    # label unparsed; read exact 39-39-39
    ('de', 'Die bisher niedrigste Opferzahl konnte im Jahr 2013 mit einem Getöteten verzeichnet werden, während 1976 mit 39 das bisher blutigste Osterwochenende war.'),
    # label at_least 30-30-nan; read unparsed
    ('de', 'In den Umfragen bis 2008 lag der Anteil stets bei mindestens 30 Prozent.'),
    # label nearly nan-80-80; read unparsed
    ('de', 'Mittlerweile ist das Filialnetz von Görtz von rund 160 Geschäften auf knapp 80 geschrumpft.'),
    # label exact 17-17-17; read exact 2010-2010-2010
    ('de', 'Nach einer Studie des Commonwealth Fund und der OECD von 2010 müssen in Deutschland nur 17 % der Patienten länger als vier Wochen auf einen Termin beim Facharzt warten.'),
    # label exact 1656-1656-1656; read unparsed
    ('en', 'A further 849 will cancel classes for some groups of pupils, bringing the number of schools affected to 1,656.'),
    # label exact 551-551-551; read unparsed
    ('en', 'Admissions following dog bites and strikes were highest in the north east with 551 cases (21 per 100,000).'),
    # label exact additional 21-21-21; read unparsed
    ('en', 'Aside from Brooks Brothers, here are 21 more companies that filed for bankruptcy in 2020.'),
    # label unparsed; read at_most nan-12000-12000
    ('en', 'In April 2020, British Airways announced plans to cut up to 12,000 jobs, roughly 30% of its workforce'),
    # label exact 3-3-3; read unparsed
    ('en', 'Mia was one of three kids attacked within 48 hours in South Yorkshire last week'),
    # label at_least 1000-1000-nan; read unparsed
    ('en', 'More than 1,000 schools in England and Wales could be closed and most will have to send some children home'),
    # label exact 23078-23078-23078; read unparsed
    ('en', "Overall there were 23,078 hospital admissions during the time period, with children and under-18's making up 21 per cent of that figure."),
    # label nearly nan-8200-8200; read unparsed
    ('en', 'Teacher Tapp, a daily surveying app, polled almost 8,200 teachers on Sunday, of whom 14 percent said their school was planning to close to all pupils'),
    # label at_most nan-4000000-4000000; read exact 4000000-4000000-4000000
    ('en', 'The English waiting list managed to stay inside 4 million, in the last figures to be published before the general election'),
    # label exact 282-282-282; read unparsed
    ('en', 'The number of over-104 week waits rose by 55 patient pathways to 282.'),
    # label exact 85-85-85; read unparsed
    ('en', 'with 85 per cent of schools in England and Wales set to close to some or all year groups'),
    # label exact 18.9-18.9-18.9; read unparsed
    ('es', 'Además, la cantidad de pacientes cuyas esperas se prolongan más allá de los seis meses supone ahora el 18,9% del total cuando a mitad de 2016 estaba en el 8,8%.'),
    # label exact additional 14-14-14; read unparsed
    ('es', 'De este modo, son 14 los fallecidos que se han sumado a lo largo de esta última semana a los 22 recogidos el domingo pasado'),
    # label exact 162-162-162; read unparsed
    ('es', 'Después se produjeron algunas oscilaciones, hasta alcanzar otro pico en 1999, con 162 muertos.'),
    # label unparsed; read exact 239-239-239
    ('es', 'El pasado diciembre Evo Banco ejecutó un despido colectivo para 239 personas, el 52% de la plantilla.'),
    # label unparsed; read exact 12-12-12
    ('es', 'En la N-340, en Tarragona, se han acumulado 12 kilómetros de tráfico lento a la altura de Comarruga hacia Barcelona.'),
    # label exact 11-11-11; read unparsed
    ('es', 'Once de las víctimas mortales fallecieron entre el viernes 12 y el domingo 14 de abril, durante la primera fase del dispositivo.'),
    # label exact 75-75-75; read unparsed
    ('es', 'Recientemente un gran medio de comunicación español tuvo que enfrentarse a un ERE, o Expediente de Regulación de Empleo, lo que significó deshacerse del 75% de su plantilla laboral'),
    # label at_least additional 45000-45000-nan; read at_least 45000-45000-nan
    ('es', 'Se habían añadido más de 45.000.'),
    # label exact 34-34-34; read unparsed
    ('fr', 'En intégrant cette donnée, les chiffres définitifs pour 2009 risquent fort de monter à 34 tués contre 40 pour le week-end de la Toussaint 2008.'),
    # label exact 4796-4796-4796; read unparsed
    ('fr', "La statistique publiée jeudi fait état de 4796 annonces au total: 2567 accidents chez l'homme, 1663 accidents par morsure chez l'animal, 384 annonces de comportements agressifs supérieurs à la norme et 182 annonces non catégorisables."),
    # label exact 26-26-26; read unparsed
    ('fr', 'L’AFP annonce ainsi un total de 26 tués sur les routes entre le vendredi 30 et le dimanche 1er novembre, contre 39 pour le week-end de la Toussaint 2008.'),
    # label unparsed; read exact 1000-1000-1000
    ('ru', 'Paramount и Ford: по одной тысяче человек;'),
    # label exact 191-191-191; read unparsed
    ('ru', 'В прошлом году за три рождественских выходных дня в стране было зарегистрировано 191 ДТП.'),
    # label unparsed; read vague 2-2-9
    ('ru', 'Ряд крупных компаний проводит масштабные сокращения штата, а многие приостановили приём новых работников.'),
    # label unparsed; read approx 350000-350000-350000
    ('uk', 'Враховуючи, що штат корпоративних працівників Amazon складає близько 350 тисяч людей, звільнення зачепить майже 10% персоналу.'),
    # label unparsed; read exact 2-2-2
    ('uk', 'Господар собаки — 35-річний житель Кременчука - отримав протокол за частиною 2 статті 154 кодексу України Про адміністративні правопорушення.'),
    # label unparsed; read exact 2938-2938-2938
    ('uk', 'Загалом у аваріях загинуло 2938 осіб, серед них 179 дітей, а ще майже 29 тисяч людей отримали травми різного ступеня тяжкості.'),
    # label exact 300-300-300; read nearly nan-300-300
    ('uk', 'На заводі планують поетапно звільнити майже всіх 300 працівників підприємства.'),
    # label exact 809-809-809; read unparsed
    ('uk', 'Так, у 2023 роц в Миколав зарестрували 809 осб, як мали покуси тварин — це на 296 людей бльше, порвняно з 2022 роком.'),
    # label unparsed; read at_least 11000-11000-nan
    ('uk', 'Тоді звільнили понад 11 000 людей, близько 13% штату.'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
