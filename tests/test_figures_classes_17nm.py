# ruff: noqa: E501 (the phrases are data, as written)
"""17nm: the classes of figure rounds 23, 24 and 26's misses in en, de, fr, es, ru, uk (D52).

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules, none of them a round's phrase). Each class has phrases that it reads and phrases at its
edge that it must leave as they were (precision first: when two numbers could each be the count,
unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D52.1: "N more than" a time or an expectation (the year before, a year, the same period)
    # is the count of the difference, additional; "par rapport à", "con respecto al año pasado"
    # (compared with) are no rates
    ("de", "Es gab 300 Verkehrstote mehr als im Jahr zuvor", 300, "exact additional"),
    ("de", "rund 45 Fälle mehr als im Vorjahreszeitraum", 45, "approx additional"),
    ("de", "also 812 mehr als 2021", 812, "exact additional"),
    ("de", "das sind 64 mehr als im Jahr 2019", 64, "exact additional"),
    ("de", "mehr als 2021 Menschen wurden verletzt", 2021, "at_least"),
    ("de", "im Jahr zuvor starben 500 Menschen", 500, "exact"),
    ("de", "500 Tote im Jahr", U, ""),
    ("en", "that is 812 more than in 2021", 812, "exact additional"),
    ("en", "64 more deaths than a year earlier", 64, "exact additional"),
    ("en", "over 1,500 more than 2019", 1500, "at_least additional"),
    ("en", "more than 2021 people were injured", 2021, "at_least"),
    ("en", "5 dead and more than 100 injured", U, ""),
    ("fr", "une hausse de 812 cas par rapport à l'an dernier", 812, "exact additional"),
    ("fr", "300 morts par an", U, ""),
    ("es", "64 muertes más con respecto al año anterior", 64, "exact additional"),
    ("es", "300 muertos al año", U, ""),
    ("ru", "на 812 больше, чем в 2021 году", 812, "exact additional"),
    ("ru", "на 5 тыс. человек больше, чем годом ранее", 5000, "exact additional"),
    ("ru", "больше 300 человек", 300, "at_least"),
    ("uk", "на 64 більше, ніж торік", 64, "exact additional"),
    ("uk", "більше 300 осіб", 300, "at_least"),
    # D52.2: an "other" word two words or more after the count names other things, no more of
    # the count; right after the count (or its noun) it stays additional
    ("fr", "120 patients sont hospitalisés pour d'autres maladies", 120, "exact"),
    ("fr", "16 autres personnes", 16, "exact additional"),
    ("fr", "un moine et 16 autres personnes", U, ""),
    ("es", "los 57 restantes murieron por otras causas", 57, "exact"),
    ("es", "otros 16 heridos", 16, "exact additional"),
    ("ru", "12 тысяч — в приютах и других учреждениях", 12000, "exact"),
    ("ru", "16 других пассажиров", 16, "exact additional"),
    ("uk", "12 тисяч — у притулках та інших закладах", 12000, "exact"),
    ("uk", "16 інших людей", 16, "exact additional"),
    # D52.3: the future and present forms of "rose to", and an adverb or the old count's scale
    # in a change "from A to B": the new total
    ("uk", "кількість камер збільшиться до 410", 410, "exact"),
    ("uk", "число постраждалих зросте до 25", 25, "exact"),
    ("uk", "до 215 осіб", 215, "at_most"),
    ("ru", "число камер увеличится до 410", 410, "exact"),
    ("ru", "число погибших вырастет до 20", 20, "exact"),
    ("ru", "число сирот сократилось резко - с 80 тыс до 61 тыс", 61000, "exact"),
    ("ru", "в возрасте до 18 лет погибли 5 человек", 5, "exact"),
    ("ru", "до 300 человек", 300, "at_most"),
    # D52.4: dates and durations beside the count: "months of" a year, "mi-2023", "de" + a year
    # after a count and its noun, day ranges "entre el A y el B de <month>", "el 8 del mismo mes",
    # "im Monat Februar", "2017 hat es", an age without its unit, "a week and a half"
    ("en", "40 died in the first six months of 2019", 40, "exact"),
    ("en", "Twelve miners over the age of 60 were rescued", 12, "exact"),
    ("en", "3 children aged 5 to 9 were hurt", 3, "exact"),
    ("en", "Ten workers under 16 died", U, ""),
    ("en", "900 arrests in a week and a half", 900, "exact"),
    ("en", "half of the 300 victims", U, ""),
    ("fr", "4.120 demandes au cours des six premiers mois de 2018", 4120, "exact"),
    ("fr", "plus de 3 millions de personnes mi-2022", 3_000_000, "at_least"),
    ("fr", "les 812 décès de 2019", 812, "exact"),
    ("fr", "300 de 2000", U, ""),
    ("es", "que se superen los 512 fallecimientos de 2019", 512, "at_least"),
    ("es", "murieron 300 de 2000", U, ""),
    ("es", "entre el 3 y el 9 de enero, 87 heridos", 87, "exact"),
    ("es", "y el 4 del mismo mes, con 61 casos", 61, "exact"),
    ("es", "40 muertos en los primeros seis meses de 2019", 40, "exact"),
    ("de", "Im Monat März registrierte die Behörde 4.210 Anträge", 4210, "exact"),
    ("de", "300 Tote im Monat", U, ""),
    ("de", "2019 hat es 12.480 Fälle gegeben", 12480, "exact"),
    # D52.5: shares, superlatives, sources: es "una de las N" (one of N), fr "plus d'un
    # demi-million", ru/uk "больше всего" (the most), "некоторые источники" (some sources)
    ("es", "Ella es una de las 87 víctimas", U, ""),
    ("es", "una de las más afectadas, con 300 muertos", 300, "exact"),
    ("fr", "plus d'un demi-million de visiteurs", 500_000, "at_least"),
    ("fr", "un demi-million de personnes", 500_000, "exact"),
    ("ru", "Больше всего задержек – 17 – в Пулково", 17, "exact"),
    ("ru", "больше 17 рейсов", 17, "at_least"),
    ("ru", "по оценкам некоторых экспертов, погибли более 300 человек", 300, "at_least"),
    ("uk", "Більше всього скасувань – 17", 17, "exact"),
    ("uk", "Деякі джерела стверджують, що загинули понад 300 людей", 300, "at_least"),
    # D52.6: "rose by N to M" gives the new total M, as "from A to B" (D35); "rose by N" alone
    # stays additional
    ("de", "Die Zahl der Opfer stieg um 12 auf mindestens 230", 230, "at_least"),
    ("de", "Die Zahl stieg um 12", 12, "exact additional"),
    ("en", "the toll rose by 12 to 230", 230, "exact"),
    ("en", "the toll rose by 12", 12, "exact additional"),
    ("es", "el balance aumentó en 12 hasta al menos 230", 230, "at_least"),
    ("ru", "число погибших выросло на 12 до 230", 230, "exact"),
    ("uk", "кількість загиблих зросла на 12 до 230", 230, "exact"),
    ("uk", "кількість загиблих зросла на 12", 12, "exact additional"),
    # D52.7: averages named by an adjective (ru, uk) and "multiplicar por N" (es) are no counts
    ("ru", "средний размер выплаты составил 4 тыс. рублей", U, ""),
    ("ru", "средняя школа № 5, 300 учеников", 300, "exact"),
    ("uk", "середня сума штрафу склала 850 гривень", U, ""),
    ("es", "multiplica hasta por 4 el riesgo", U, ""),
]


test_d52_reads_as_written = case_test(CLASSES)
