# ruff: noqa: E501 (the phrases are data, as written)
"""D129 to D132 (23rd, issue 17): classes of rounds 56 and 57's wrong readings (en de fr es ru uk),
in every language of the 16 where the class was found and can be written safely.

D129: number forms read wrongly: "and" with the article-one of a collective count, "und" before a
number that is no tens word ("entre 300 et un millier" = 300-1,000, "zwischen fünf und zehn" =
5-10; D129.1); a comma and three digits before a scale of millions in a language that writes the
decimal with a comma ("1,326 млн" = 1,326,000; D129.2); a capacity or a limit told with its verb
or adjective before its number beside the count ("при лимите в 8657", "meant for 1,044"; D129.3).
D130: a per cent of rise told apart from its verb, with "more / more often", or after a noun of
rise, is additional (D65, D108): "на 16% чаще", "eleva el reparto de comida un 58%", "‘boom’ de
173%", "8% से ज्यादा की बढ़ोतरी".
D131: "every night / every evening" words are rates (rule 13, D114): "Щоночі … від 35 до 50".
D132: "new" on a vehicle names its kind (new, not used), not an additional count (D51.8): "1,326
млн новых легковых автомобилей", "155.157 nuove auto immatricolate" are totals.
Rows marked "round" are the rounds' own, "pages" real sentences of the search tool's pages corpus
(trimmed at most), the rest written for the rule. CHANGES rows read otherwise on the session's
start (0558aba0, /work/wt-w2); STAYS rows read as on it. Expected values are written by hand from
the codebook.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

# the reading after the rule (each read otherwise on the session's start)
CHANGES: list[tuple[str, str, object, str]] = [
    # D129.1 "and" with a collective count's article; "und" only before a tens word
    ('fr', 'entre 300 et un millier de loups', (300.0, 1000.0), "range"),  # round 57
    ('fr', 'entre trois cents et un millier de manifestants', (300.0, 1000.0), "range"),
    ('fr', 'entre 20 et une centaine de blessés', (20.0, 100.0), "range"),
    ('de', 'zwischen fünf und zehn Tiere', (5.0, 10.0), "range"),  # round 57
    # D129.2 the decimal comma before a scale of millions
    ('ru', 'в 2025 г. в России было продано 1,326 млн новых легковых автомобилей.', 1326000.0, "exact"),  # pages
    ('uk', 'близько 1,326 мільйона переселенців', 1326000.0, "approx"),
    ('de', 'Das sind 1,326 Millionen Menschen', 1326000.0, "exact"),
    ('it', 'oltre 1,326 milioni di persone', 1326000.0, "at_least"),
    ('pl', 'około 1,326 mln osób', 1326000.0, "approx"),
    ('tr', '1,326 milyondan fazla kişi', 1326000.0, "at_least"),
    ('id', 'lebih dari 1,326 juta orang', 1326000.0, "at_least"),
    # D129.3 a capacity or a limit beside the count
    ('ru', 'Член Общественной наблюдательной комиссии Москвы Александр Хуруджи заявил, что в московских СИЗО содержится 9327 человек при лимите в 8657 человек.', 9327.0, "exact"),  # round 56
    ('en', 'North Dakota’s 1,571 prisoners live in space meant for 1,044 people, 150 percent of capacity', 1571.0, "exact"),  # round 56
    ('es', 'Se estima que el penal alberga casi 3.000 reclusos, aunque su capacidad real es para 1.500, en una situación de hacinamiento', 3000.0, "nearly"),  # round 56
    ('en', 'the jail holds 900 inmates but was designed for 600', 900.0, "exact"),
    ('uk', 'у СІЗО утримують 900 осіб при ліміті в 700', 900.0, "exact"),
    ('ru', 'в изоляторе 900 человек, хотя он рассчитан на 600', 900.0, "exact"),
    # D130 a per cent of rise
    ('ru', 'в августе, то есть как раз перед тем, как школы распахнули свои двери для детворы, учителей искали на 16% чаще, чем годом ранее', 16.0, "exact additional"),  # round 56
    ('uk', 'на 28% більше', 28.0, "exact additional"),  # round 57
    ('ru', 'число обращений оказалось на 12% больше, чем годом ранее', 12.0, "exact additional"),
    # a verb of rise and "and" before: as the count ("выросли и оказались на 12 больше" is unparsed
    # on the start, D37's "more" of the clause before "and"); a per cent reads as a count (D108)
    ('ru', 'продажи выросли и оказались на 12% больше, чем годом ранее', UNPARSED, "none"),
    ('uk', 'звернень стало на 15% частіше, ніж торік', 15.0, "exact additional"),
    ('es', 'El Banco de Alimentos eleva el reparto de comida un 58%', 58.0, "exact additional"),  # round 56
    ('es', 'La demanda creció muchísimo, casi un 50 por ciento.', 50.0, "nearly additional"),  # round 56
    ('es', 'En el canal de particulares se han incrementado las entregas un 25% en tasa interanual', 25.0, "exact additional"),  # pages
    ('es', 'un alza del 23,5%', 23.5, "exact additional"),
    ('pt', '‘boom’ de 173%', 173.0, "exact additional"),  # round 57
    ('pt', 'uma alta de 12% nas vendas', 12.0, "exact additional"),
    ('it', 'un balzo del 10% delle immatricolazioni', 10.0, "exact additional"),
    ('hi', '8% से ज्यादा की बढ़ोतरी', 8.0, "at_least additional"),  # round 57
    # D131 every night / every evening
    ('uk', 'Щоночі послугами львівської нічліжки користаються від 35 до 50 безхатченків', UNPARSED, "none"),  # round 56
    ('uk', 'щовечора до пункту приходять 40 людей', UNPARSED, "none"),
    ('ru', 'еженощно в приюте ночуют 50 человек', UNPARSED, "none"),
    ('de', 'Jede Nacht schlafen 50 Menschen im Freien', UNPARSED, "none"),
    ('fr', 'tous les soirs 50 personnes dorment dehors', UNPARSED, "none"),
    ('es', 'todas las noches 50 personas duermen en la calle', UNPARSED, "none"),
    ('it', 'tutte le notti 50 persone dormono in strada', UNPARSED, "none"),
    ('pt', '50 pessoas por noite', UNPARSED, "none"),
    ('pl', 'co noc 50 osób śpi na ulicy', UNPARSED, "none"),
    ('tr', 'her gece 50 kişi sokakta uyuyor', UNPARSED, "none"),
    ('hi', 'हर रात 50 लोग सड़क पर सोते हैं', UNPARSED, "none"),
    # D132 "new" on a vehicle
    ('ru', '1,326 млн новых легковых автомобилей', 1326000.0, "exact"),  # round 57
    ('ru', 'более 677 тысяч единиц новых легковых машин', 677000.0, "at_least"),  # round 57
    ('ru', 'Так, в мае этого года было реализовано более 127 тысяч новых легковушек.', 127000.0, "at_least"),  # pages
    ('uk', 'У січні цього року у світі було продано близько 6,8 мільйонів нових легкових автомобілів, що на 1,9% більше, ніж у січні минулого року.', 6800000.0, "approx"),  # pages
    ('it', '155.157 nuove auto immatricolate', 155157.0, "exact"),  # round 57
    ('it', '33.068 auto nuove', 33068.0, "exact"),  # round 57
    ('en', '500,000 new cars were sold', 500000.0, "exact"),
    ('de', '500.000 neue Autos wurden zugelassen', 500000.0, "exact"),
    ('fr', '500 000 nouvelles voitures vendues', 500000.0, "exact"),
    ('es', '500.000 coches nuevos vendidos', 500000.0, "exact"),
    ('pt', '500 mil carros novos vendidos', 500000.0, "exact"),
    ('pl', '500 tys. nowych samochodów', 500000.0, "exact"),
    ('tr', '500 bin yeni otomobil satıldı', 500000.0, "exact"),
    ('id', '500 ribu mobil baru terjual', 500000.0, "exact"),
]

# near misses: read as on the session's start
STAYS: list[tuple[str, str, object, str]] = [
    # D129.1
    ('fr', 'vingt et un morts', 21.0, "exact"),
    ('fr', 'cent et une personnes', 101.0, "exact"),
    ('de', 'fünf und zwanzig', 25.0, "exact"),
    ('de', 'zwischen zwei und drei Tiere', (2.0, 3.0), "range"),
    ('en', 'one hundred and one', 101.0, "exact"),
    ('es', 'entre 300 y un millar', (300.0, 1000.0), "range"),
    # D129.2
    ('ru', '2,5 млн', 2500000.0, "exact"),
    ('ru', '1 326 млн', 1326000000.0, "exact"),
    ('de', '1.326 Millionen', 1326000000.0, "exact"),
    ('en', '1,326 million', 1326000000.0, "exact"),
    ('es', '1,326 millones', 1326000000.0, "exact"),
    # D129.3
    ('en', 'aid meant for 500 families', 500.0, "exact"),
    ('ru', 'изолятор рассчитан на 500 человек', 500.0, "exact"),
    ('uk', 'трое детей получили травмы при падении с аттракциона', 3.0, "exact"),
    # D130
    ('es', 'se elevó a un 30%', 30.0, "exact"),
    ('ru', 'на 16% меньше', 16.0, "exact"),
    ('de', 'um 60 Prozent gesunken', 60.0, "exact"),
    ('pt', 'alta de 500 pacientes', 500.0, "exact"),
    ('hi', '8% से ज्यादा', 8.0, "at_least"),
    # D131
    ('ko', '밤마다 공격하는 ‘살인 코끼리’…인도서 일주일간 17명 참변', 17.0, "exact"),  # round 55
    ('de', 'In der Nacht starben 50 Menschen', 50.0, "exact"),
    ('pt', 'toda a noite 50 pessoas esperaram', 50.0, "exact"),
    # D132
    ('en', '300 new cases', 300.0, "exact additional"),
    ('it', '300 nuovi casi', 300.0, "exact additional"),
    ('ru', '300 новых случаев', 300.0, "exact additional"),
    ('es', '300 nuevos casos', 300.0, "exact additional"),
    ('fr', '500 000 voitures neuves', 500000.0, "exact"),
]

test_class_reads_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
