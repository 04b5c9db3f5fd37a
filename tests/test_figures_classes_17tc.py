# ruff: noqa: E501 (the phrases are data, as written)
"""17tc: D58, what the development rounds (7, 8, 15, 18, 27, 28, 30) still missed in en, de, fr,
es, ru and uk, by classes, each written for the languages of the six it belongs to, on phrases
of their own (written for this test from each language's grammar, after the rule).

Each item has phrases it reads and phrases at its edge it must leave as they were. No label of
any round was edited.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D58.1: the count after a verb of change "to N" is the new total, beside another number
    ("en", "in the three provinces the toll rose to 4,500", 4500, "exact"),
    ("en", "across 12 states the number of cases climbed to more than 600", 600, "at_least"),
    ("en", "the toll rose by 40 in three provinces", U, ""),
    ("en", "3 killed and 5 injured", U, ""),
    ("de", "in den drei Provinzen stieg die Zahl der Toten auf 4.500", 4500, "exact"),
    ("de", "die Zahl ist in zwölf Bundesländern auf rund 600 gestiegen", 600, "approx"),
    ("de", "in zwölf Bundesländern erkrankten 600 Menschen und 30 starben", U, ""),
    ("fr", "dans les trois provinces le bilan est passé à 4 500", 4500, "exact"),
    ("fr", "dans 12 départements le nombre de cas a grimpé à plus de 600", 600, "at_least"),
    ("es", "en las tres provincias la cifra subió a 4.500", 4500, "exact"),
    ("es", "el accidente eleva hasta 16 el número de fallecidos", 16, "exact"),
    ("es", "hasta 16 personas", 16, "at_most"),
    ("ru", "в трех областях число погибших выросло до 4500", 4500, "exact"),
    ("ru", "в 12 регионах число заболевших выросло до 2040", 2040, "exact"),
    ("ru", "до 40 человек", 40, "at_most"),
    ("uk", "у трьох областях кількість загиблих зросла до 4500", 4500, "exact"),
    ("uk", "у 12 областях кількість хворих зросла до 2040", 2040, "exact"),
    # D58.2: a change "from A to B" (D56.5) told with more words between
    ("en", "cases rising to 1,240 from about 900 in March", 1240, "exact"),
    ("en", "the toll rose to 75 from 60 a day earlier", 75, "exact"),
    ("en", "flights from 3 to 10 people", 6.5, "range"),
    ("de", "die Zahl der Toten stieg von zwei auf neun", 9, "exact"),
    ("de", "von zwei bis neun Menschen", 5.5, "range"),
    ("fr", "passant de 40 éléphants abattus en 2015 à 95 cette année", 95, "exact"),
    ("fr", "le nombre a augmenté fortement de 12 à 40", 40, "exact"),
    ("fr", "de 12 à 40 personnes", 26, "range"),
    ("es", "los casos \"aumentaron considerablemente\" de 12 en 2019 a 40 en 2020", 40, "exact"),
    ("es", "pasó de 40 elefantes cazados en 2015 a 95 este año", 95, "exact"),
    ("es", "de 12 a 40 personas", 26, "range"),
    # D58.3: a German year first, the count in words or after a verb of reported speech
    ("de", "2019 starben in Bayern zwei Kinder an der Grippe", 2, "exact"),
    ("de", "2018 habe die Zahl noch bei 45 gelegen", 45, "exact"),
    ("de", "2019 starben zwei Menschen und drei wurden verletzt", U, ""),
    # D58.4: fr "par" before an article or a determiner is "by", no rate
    ("fr", "42 intoxications par le monoxyde de carbone", 42, "exact"),
    ("fr", "12 morts causées par des avalanches", 12, "exact"),
    ("fr", "200 par village", U, ""),
    ("fr", "30 par jour", U, ""),
    # D58.5: uk "добу" (a day and a night) in every case is a duration
    ("uk", "за 200 добу війни загинули 37 журналістів", 37, "exact"),
    ("uk", "за 3 доби загинули 37 людей", 37, "exact"),
]


test_d58_reads_as_written = case_test(CLASSES)
