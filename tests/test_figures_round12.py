"""A twelfth held-out round for issue 17 (17m): phrases labelled by a helper who never ran the
engine, scored at the start of the session and at its end, never tuned for.

``tests/cases/figures_round12.csv`` holds 400 figure phrases from 186 pages of the pages corpus
(elections and turnout, tornadoes, food poisoning, prison riots, migrant deaths, plane crashes,
dams, school shootings, air pollution, vaccination): 200 in issue 17's new languages (tr, pl,
zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34 each); 43
unparsed under the codebook.

Score, untuned: main at the start of the previous session (54dfa75) 365/400; at the start of
this session (de489a7) 366/400 = 91.5 %; the session's final main, after rounds 10 and 11 were
fixed, **370/400 = 92.5 %** (ar 19/20 de 31/33 en 30/33 es 31/34 fr 30/33 hi 20/20 id 20/20 it
15/20 ja 18/20 ko 20/20 pl 17/20 pt 19/20 ru 34/34 tr 18/20 uk 30/33 zh 18/20). No rule was
written for it: the misses below are the measurement, each with why, read only after the score.
Two French phrases of the 400 ("une soixantaine de détenus …", "une quarantaine de membres …")
are phrases of earlier rounds and were taken out here, so every round stays new (398 rows, both
read right: 368/398).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round12.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # Turkish 'artan'/'artarak' (increasing by) after the count: additional, read as total
    ('tr', "Seçmen sayısı 4,5 milyon artan Türkiye'de"),
    ('tr', 'kayıtlı seçmen sayısı 4 milyon 601 bin 748 kişi artarak'),
    # a killed person and N others is a sum (D37.2): Polish gerunds are no 'and + verb'
    ('pl', 'zabijając mężczyznę i raniąc cztery inne osoby'),
    # 'dla sześciu osób' (for six people) read as approximate
    ('pl', 'siedzenia środkowego rzędu dla sześciu osób'),
    # a model designation in the phrase (IŁ-62, Boeing 787, Airbus A320) makes the engine leave it
    ('pl', 'W ciągu tego czasu wyprodukowano 292 egzemplarze samolotów IŁ-62'),
    ('en', '241 passengers killed in crash of Boeing 787 Dreamliner'),
    ('fr', "tuant 87 passagers et membres d'équipage d'un Airbus A320"),
    # Chinese 近千 (nearly a thousand) and the Han numeral 九十九 before 名: not read
    ('zh', '近千師生食物中毒'),
    ('zh', '有九十九名师生陆续上吐下泻而被送医'),
    # Arabic 'لايقل عن' (no less than) written as one word: not among the at-least words
    ('ar', 'ودمر ما لايقل عن 50 بناية'),
    # Japanese 数軒 (a few houses): the counter 軒 is not among the vague words
    ('ja', '竜巻とみられる強風で、損壊している家が数軒あり'),
    # Japanese count of the lightly injured after 'などで': not read
    ('ja', '割れたガラスなどで3人が軽傷を負った'),
    # Italian 'over 60' / 'over 12' (an age group) after the count makes the engine leave the phrase
    ('it', 'Mancano all’appello però quasi 2,7milioni di over 60'),
    ('it', 'ci sono ancora oltre 5,6 milioni di over 12 senza alcuna copertura'),
    # 'superato', 'superate', 'superar' (passed, exceed) are no at-least words in the it/es tables
    ('it', 'si è superato il livello di 3,8 milioni di dosi'),
    ('it', 'Superate oggi le 53 milioni di dosi somministrate'),
    ('es', 'se esperaba una participación podría superar los 7,4 millones de personas'),
    # a date range, a bracketed day or a year later in the phrase makes the engine leave it
    ('it', 'quasi 3,7 milioni di dosi dal 13 al 19 dicembre'),
    ('pt', 'Pelo menos 23 pessoas morreram, neste domingo (3)'),
    ('es', 'Con casi 500 inmigrantes muertos, de acuerdo a la ONU durante 2019'),
    # 'rise to around 15': the engine keeps 'exact' from 'rise to' over 'around'
    ('en', 'the number of dead could rise to around 15 people'),
    # 'around a group of five': 'a group of' stands between the qualifier and the number
    ('en', 'this one centered around a group of five'),
    # a year with no year word in the phrase makes the engine leave it (D7)
    ('de', 'ca. 61.500.000 Wahlberechtigte werden es 2017 sein'),
    ('de', '44.309.925 gaben 2013 ihre Stimme ab'),
    # 'aucun des 34' (none of the 34) is no count (D36), read as 34
    ('fr', "qu'aucun des 34 enfants bénéficiant du portage des mêmes repas"),
    # 'au moins un enfant' (at least one child): the article 'un' after a qualifier is not read
    ('fr', 'au moins un enfant aurait été conduit aux urgences'),
    # 'pasó de A en Y a B en Y' (D35) with years inside: not read
    ('es', 'en la frontera pasó de 306 en 2014 a 444 en 2018'),
    # 'Одну дозу' (one dose) before the count: two numbers, not read
    ('uk', 'Одну дозу отримали 103 783 людини'),
    # 'COVID-19' (a designation with a number) in the phrase: not read
    ('uk', 'До листа очікування вакцинації від COVID-19 записані 558 857 людей'),
    # 'інших' (other) after a comma read as 'more' for the three
    ('uk', 'внаслідок чого три людини загинули, інших пасажирів ушпиталили'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 31}, 398)
