# ruff: noqa: E501 (the phrases are data, as written)
"""A thirty-eighth round for issue 17: phrases labelled by a helper who never ran the engine, at the
start of the session of 2026-12-05 (thirteenth), before any rule of the session was merged; the
session's measurement for the six languages issue 17 keeps at 97 %.

``tests/cases/figures_round38.csv`` holds 400 figure phrases from 224 pages (oil spills and the
wildlife they killed, mass graves and exhumations, malnutrition and hunger, cocaine seizures,
collisions with wild animals, sepsis, sleeping sickness, trampoline-park injuries): 67 in each of
en, de, fr, es and 66 in each of ru, uk. No phrase or page of it is in any other case table.

Nobody who wrote a rule read it before it was scored. The session's starting code (76d16c3) read
**373/400** (de 64 en 58 es 65 fr 64 ru 63 uk 59) and its end **374/400** (en 59: "the other seven
were remanded", D65.3). A change told with its years or a per-cent amount ("from 581 in 2010 to 6932
in 2014", "fell by 92%, from 27 862 to 2131"), measures labelled as the figure (kg) and distances
("в 80 километрах от", labelled unparsed) are most of what is left. The misses below were listed
after that measurement, each with its label and the reading of the day: a development round for a
later session. In the fourteenth session, after D70 (distances: 374 -> 377), D69 (17cl, the year
told with its article, preposition or postposition) reads five rows more right and D68 (17ck, a
measure told with an article) fr "Plus d'une tonne de cocaïne".
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round38.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label at_least 4000-; read exact 4000-4000
    ('en', 'Three years later this burial site was detected by the Germans and more than 4,000 bodies exhumed.'),
    # label unparsed; read exact 12-12
    ('en', '12 drug traffickers were arrested with a record haul of 2.4 tonnes of cocaine seized during an international covert operation'),
    # label exact 91000; read unparsed
    ('en', 'Backyard setups are still responsible for the vast majority of an overall 91,000 trampoline injuries'),
    # label range 100-500 additional; read range 100-500
    ('en', 'Central African Republic, Chad and South Sudan declared between 100 and 500 new cases in 2012.'),
    # label exact 53; read unparsed
    ('en', 'the number of newly reported cases of the acute form of human African trypanosomiasis (T.b. rhodesiense) fell by 91% from 619 to 53'),
    # label exact 15; read unparsed
    ('en', 'She said 15 dolphins with some oil on them have been found since last April'),
    # label exact 260000 additional; read exact 260000-260000
    ('de', 'dass in diesen besonders gefährdeten Ländern seit Beginn des Jahres die Zahl der Kinder mit schwerer akuter Mangelernährung um 260.000 Mädchen und Jungen gestiegen sei'),
    # label vague 200-999; read unparsed
    ('fr', 'On en recenserait plusieurs centaines à travers le monde depuis le début des années 2000.'),
    # label range 300000-500000; read unparsed
    ('fr', 'La prévalence, très souvent sous-estimée en raison de la faible proportion de population à risque sous surveillance, oscillerait entre 300 000 et 500 000'),
    # label exact 35; read unparsed
    ('es', 'Un Centro Médico Forense Federal Móvil con un área para realizar nuevas necropsias de algunos cuerpos y una cámara para mantener 35 cadáveres en refrigeración fue instalado para la operación'),
    # label exact 688; read unparsed
    ('ru', 'За год, прошедший после аварии на двух танкерах в Керченском проливе, на побережье Краснодарского края (Россия) было найдено 688 мертвых китообразных.'),
    # label exact 54; read unparsed
    ('uk', 'було виявлено 46 пакунків, загорнутих у сріблясту пластикову плівку, загальною вагою 54 кг'),
    # label unparsed; read at_least 200-nan
    ('uk', 'У звільненому Лимані виявили вже більше 200 могил і братське поховання'),
    # label at_least 10-; read unparsed
    ('uk', 'На прибережній території Краснодарського краю, після розливу мазуту внаслідок аварії двох російських танкерів, знайшли щонайменше десять мертвих дельфінів.'),
    # label nearly -57; read unparsed
    ('uk', 'Під час його огляду було виявлено 46 брикетів загальною вагою (брутто) майже 57 кг.'),
    # label unparsed; read at_least 10-nan
    ('uk', 'Понад десяток БТРів та купа озброєних російських армійців у селищі'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
