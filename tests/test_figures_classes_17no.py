# ruff: noqa: E501 (the phrases are data, as written)
"""17no: the classes of figure round 30's misses in en, de, fr, es, ru, uk (D54).

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules, none of them a round's phrase). Each class has phrases that it reads and phrases at its
edge that it must leave as they were (precision first: when two numbers could each be the count,
unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D54.1: a German year before a finite verb or an adverb and then the count, in one clause,
    # and a year named by a year-noun or a yearly tally, is the time, no count
    ("de", "2019 starben 312 Menschen auf den Straßen", 312, "exact"),
    ("de", "2021 wurden bundesweit rund 4500 Fälle registriert", 4500, "approx"),
    ("de", "dass 2016 allein 48 Bergsteiger ums Leben kamen", 48, "exact"),
    ("de", "Laut Statistik waren es 2020 immer noch 90 Tote", 90, "exact"),
    ("de", "Im Kalenderjahr 2019 verunglückten 530 Menschen", 530, "exact"),
    ("de", "Jahresbilanz 2020: Mehr als 50 Journalisten getötet", 50, "at_least"),
    ("de", "2000 wurden getötet, 300 verletzt", U, ""),
    ("de", "2000 wurden getötet und 300 verletzt", U, ""),
    ("de", "mehr als 2000 wurden 2019 getötet", U, ""),
    ("de", "2000 Menschen starben, 300 wurden verletzt", U, ""),
    ("de", "2019 wurden 2019 Fälle gemeldet", U, ""),
    # D54.2: the verbs and nouns of a rise by N (and "added to them") give its count, additional;
    # "to N" stays the total
    ("en", "a jump of 230 cases in a week", 230, "exact additional"),
    ("en", "an increase of about 40 deaths since Monday", 40, "approx additional"),
    ("en", "the toll climbed by 12 overnight", 12, "exact additional"),
    ("en", "the toll climbed to 120", 120, "exact"),
    ("de", "ein Anstieg um 300 Fälle binnen einer Woche", 300, "exact additional"),
    ("de", "ein Zuwachs von rund 40 Toten", 40, "approx additional"),
    ("fr", "S'y ajoutent 12 blessés graves", 12, "exact additional"),
    ("fr", "une augmentation de 300 cas en une semaine", 300, "exact additional"),
    ("es", "a ellos se suman 12 heridos", 12, "exact additional"),
    ("es", "un aumento de 300 casos en una semana", 300, "exact additional"),
    ("ru", "к ним добавляются 12 раненых", 12, "exact additional"),
    ("ru", "рост на 300 случаев за неделю", 300, "exact additional"),
    ("uk", "до них додаються 12 поранених", 12, "exact additional"),
    ("uk", "кількість хворих виросла на 300 осіб", 300, "exact additional"),
    ("uk", "кількість хворих виросла до 300", 300, "exact"),
    # D54.3: a vessel's name in Latin letters with its number, in Cyrillic text, names the ship
    ("ru", "на борту лайнера Costa Serena 5 заболели 120 человек", 120, "exact"),
    ("ru", "около 300 пассажиров теплохода Queen Elizabeth 2", 300, "approx"),
    ("ru", "по данным Human Rights Watch 300 человек", 300, "exact"),
    ("uk", "понад 120 пасажирів лайнера Costa Serena 5 захворіли", 120, "at_least"),
    ("uk", "на борту судна було 300 осіб", 300, "exact"),
    # D54.4: total words (D5): the quantity they introduce is the figure
    ("uk", "12 груп загальною чисельністю 140 рятувальників", 140, "exact"),
    ("uk", "5 загонів сукупною чисельністю 90 осіб", 90, "exact"),
    ("ru", "12 групп общим количеством 140 спасателей", 140, "exact"),
    ("fr", "12 équipes totalisant 140 sauveteurs", 140, "exact"),
    ("fr", "12 équipes et 140 sauveteurs", U, ""),
    # D54.5: "the other N" right before the count is additional, as "los otros 16"
    ("en", "the other 35 passengers were evacuated", 35, "exact additional"),
    ("en", "the other day 300 people died", 300, "exact"),
    # D54.6: a change by a multiple or a fraction to N, and a verb that brings a group to N,
    # give the new total; "до N" alone stays at most
    ("ru", "число браконьерских убийств сократилось почти вдвое до 42", 42, "exact"),
    ("ru", "число краж снизилось на треть до 300", 300, "exact"),
    ("ru", "группу спасателей усилили до 40 человек", 40, "exact"),
    ("ru", "до 40 человек", 40, "at_most"),
    ("uk", "кількість крадіжок скоротилася вдвічі до 300", 300, "exact"),
    ("uk", "вирішили посилити групу рятувальників до 40 осіб", 40, "exact"),
    ("uk", "до 40 осіб", 40, "at_most"),
]


test_d54_reads_as_written = case_test(CLASSES)
