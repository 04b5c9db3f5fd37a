# ruff: noqa: E501 (the phrases are data, as written)
"""Round 50 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-06 (twenty-first), before any rule of the session was merged; the session's
measurement for six languages of our ledger (67 each in en, de, fr and es, 66 in ru and uk).

``tests/cases/figures_round50.csv`` holds 400 figure phrases from 213 pages (wildfires and evacuations, workers' strikes, power outages,
landslides and avalanches, snowstorms and stranded travellers).
No phrase or page of it is in any other case table. The labeller's brief asked for phrases as they
come on the page, the hard ones included: 81 of 400 are labelled unparsed.

Held out whole: the rule writers of the session (21ra: D95-D98, 21rb: D99-D102) worked from rounds
47 and 48's misses and never saw this round. Scored on the session's start (7ee9ab76) and after
the last rule merge: 367 -> 367 of 400 (no row changed).
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round50.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read exact 8-8-8
    ('de', 'Etwa 100 Spezialisten suchten mit insgesamt acht Helikoptern nach den neuerlich Verschütteten.'),
    # label unparsed; read exact 6-6-6
    ('de', 'Neben Mitarbeitern der Bahn AG fordern Lokführer von sechs großen Schienen-Personen-Nahverkehrs-Unternehmen einen für alle gültigen Tarifvertrag sowie 5 Prozent mehr Lohn.'),
    # label range 15-37.5-60; read unparsed
    ('de', 'im Nahverkehr und bei S-Bahnen fuhren je nach Region zwischen 15 und 60 Prozent der Züge'),
    # label exact 2-2-2; read unparsed
    ('en', 'And in Italy, two backcountry skiers are believed to have died in an avalanche near the Swiss border, while a third skier survived unharmed'),
    # label unparsed; read exact 147-147-147
    ('en', 'In Baltimore, Alex Eichmiller was stuck on a runway for eight hours along with 147 fellow passengers on an Air Jamaica flight'),
    # label exact 3-3-3; read unparsed
    ('en', 'Only three survivors — a couple and their one-month-old baby — have been found since heavy rain brought down a side of the mountain'),
    # label unparsed; read exact 3-3-3
    ('en', 'officials had to send in three engine crews to rescue a person who ignored weekend orders to leave as flames approached mountain homes'),
    # label exact 30000-30000-30000; read unparsed
    ('es', 'A causa de las rachas de viento de más de 120 Km/h, 30 mil clientes de UTE vieron afectado el suministro de energía eléctrica durante gran parte del día.'),
    # label exact 5-5-5; read unparsed
    ('es', 'De acuerdo a lo apuntado por EDEN a Vía San Nicolás, el corte se produjo porque cinco alimentadores de media tensión se quedaron sin servicio a raíz de la tormenta.'),
    # label exact 4-4-4; read unparsed
    ('es', 'Después de una avalancha que causó la muerte de cuatro escaladores en Huaraz durante el fin de semana (tres ciudadanos españoles y su guía peruano), los rescatistas pudieron bajar los cadáveres de la montaña el martes por la mañana.'),
    # label unparsed; read exact 13-13-13
    ('es', 'En el lugar trabajan 13 dotaciones, incluyendo Bomberos de la Comunidad de Madrid, brigadas forestales y agentes forestales, en las labores de extinción del incendio.'),
    # label unparsed; read at_least 5000-5000-nan
    ('es', 'Según la página FlightAware, solo este domingo se han cancelado más de 1,800 vuelos y los retrasos suman más de 5,000.'),
    # label unparsed; read exact 48-48-48
    ('fr', 'A la RATP, 48% des conducteurs de métro et 97% de ceux des RER A et B ont débrayé.'),
    # label unparsed; read approx 275000-275000-275000
    ('fr', 'Lundi 6 novembre à 7h du matin, 126 000 foyers étaient encore privés d’électricité, soit environ 275 000 personnes, indique Le Parisien.'),
    # label approx 200-200-200; read unparsed
    ('fr', 'Par ailleurs, environ 200 véhicules sont bloqués sur la quatre-voies Caen-Douvres, rapporte Ouest France.'),
    # label nearly nan-45000-45000; read unparsed
    ('fr', "Près de 45.000 foyers étaient privés d'électricité ce dimanche 16 février au soir dans le quart nord-ouest de la France"),
    # label exact 12-12-12; read unparsed
    ('ru', '18 июля забастовку поддержали горняки Ворошиловградской и Днепропетровской областей, а 20 июля остановились и все 12 шахт Львовской области.'),
    # label exact 3-3-3; read unparsed
    ('ru', 'В час дня трое из бастующих вышли из шахты.'),
    # label exact 15-15-15; read unparsed
    ('ru', 'Всего в лавину попали 15 лыжников, шестеро выжили, двое получили травмы, не угрожающие жизни.'),
    # label unparsed; read nearly nan-40-40
    ('ru', 'Он, как и почти сорок его коллег, работать отказался.'),
    # label exact 3-3-3; read unparsed
    ('ru', 'Спасателям удалось высвободить из-под завалов семью из трех человек.'),
    # label unparsed; read exact 12-12-12
    ('uk', 'Внаслідок погіршення погодних умов на автошляхах Франківщини рятувальники ДСНС відбуксирували 12 легкових автомобілів та автобус.'),
    # label unparsed; read exact 4-4-4
    ('uk', 'За його словами, страйк за підвищення зарплатні та покращення умов праці на 4 шахтах підприємства триває вже понад 2 тижні.'),
    # label unparsed; read exact 2-2-2
    ('uk', 'Зсув на Закарпатті "поховав" два будинки і легковик'),
    # label vague 10-10-99; read unparsed
    ('uk', 'Кожна хвилина - це зусилля десятків людей, які стоять на захисті нашого лісу.'),
    # label unparsed; read nearly nan-48000-48000
    ('uk', 'На ранок 105 населених пунктів залишаються без електрики, загалом – майже 48 тисяч абонентів.'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
