# ruff: noqa: E501 (the phrases are data, as written)
"""29ru: language features the figure reader missed in round 83 (issue 17, D210).

Each feature written for every form of it in the language and its neighbours, with phrases at
its edge that must stay as they were. The first phrase of each feature is round 83's, a real
phrase of the ``pages`` corpus (its source in ``tests/cases/figures_round83.csv``); the others
are forms written for this test from each grammar; expected readings by hand from the codebook.

* D210.1: ar the verbs of passing a number (تجاوز، تخطى، فاق، تعدى، زاد على) in the plural, the
  dual and the feminine plural, present and past: at least (rule 3); negated, at most.
* D210.2: after the comma that closes a breakdown, "and" and a count told with its noun go back
  to the figure's list: two counts, unparsed (de fr es it pt ru uk pl, whose lists take no comma
  before their last "and"); a part told with how it fared, a breakdown's own "and" without a
  comma, and English (the serial comma) keep the total.
* D211: en "half-million" hyphenated is half a million (round 84's one miss); "half-dozen" stays
  the collective (approx 6).
* D212.1: en "one-way", "one-off" … are no count of one; D212.2: ru/uk/pl the genitive plural of a
  scale word with no number before it is the vague plural after a qualifier too.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D210.1
    ("ar", "يتجاوزون الـ11 ألف قتيل", 11_000, "at_least"),
    ("ar", "يتجاوزون 500 شخص", 500, "at_least"),
    ("ar", "تجاوزوا 500 شخص", 500, "at_least"),
    ("ar", "يتخطون 300 شخص", 300, "at_least"),
    ("ar", "فاقوا 300 شخص", 300, "at_least"),
    ("ar", "يزيدون على 200 شخص", 200, "at_least"),
    ("ar", "يتجاوزان 40", 40, "at_least"),
    ("ar", "لا يتجاوزون 100 شخص", 100, "at_most"),
    ("ar", "لم يتجاوزوا 40 شخصا", 40, "at_most"),
    # D211
    ("en", "a half-million people homeless", 500_000, "exact"),
    ("en", "nearly a half-million refugees", 500_000, "nearly"),
    ("en", "a half-billion people", 500_000_000, "exact"),
    # D212.1
    ("en", "11 Shahed one-way combat drones", 11, "exact"),
    ("en", "a one-off payment to 3,000 families", 3_000, "exact"),
    # D212.2
    ("ru", "до тысяч человек", 1_000, "vague"),
    ("ru", "от сотен до тысяч", 100, "vague"),
    ("ru", "до миллионов человек", 1_000_000, "vague"),
    ("uk", "до тисяч людей", 1_000, "vague"),
    ("pl", "do tysięcy osób", 1_000, "vague"),
]
STAY = [
    # D210.1: the singular forms as before
    ("ar", "يتجاوز 11 ألف قتيل", 11_000, "at_least"),
    ("ar", "لا يتجاوز 100 شخص", 100, "at_most"),
    # D210.2: a breakdown's own "and" (no comma), a part told with how it fared, English
    ("pl", "298 osób, w tym 283 pasażerów i 15 członków załogi", 298, "exact"),
    ("ru", "283 пассажира, среди которых 3 ребенка", 283, "exact"),
    ("ru", "10 ранены, из них 3 в тяжелом состоянии, и 2 в критическом", 10, "exact"),
    ("fr", "432 victimes, dont 20 décès, 351 victimes évacuées et 61 évacuations refusées", 432, "exact"),
    ("en", "283 passengers, including 3 children, and 15 crew", 283, "exact"),
    # D211: the collective
    ("en", "a half-dozen soldiers", 6, "approx"),
    # D212: "one" alone, a number before the plural, the singular after a qualifier
    ("en", "one soldier", 1, "exact"),
    ("ru", "до 5 тысяч человек", 5_000, "at_most"),
    ("ru", "до тысячи человек", 1_000, "at_most"),
    ("pl", "do 5 tysięcy osób", 5_000, "at_most"),
]
UNREAD = [
    # D210.2
    ("ru", "283 пассажира, среди которых 3 детей, и 15 членов экипажа"),
    ("uk", "283 пасажири, серед яких 3 дітей, і 15 членів екіпажу"),
    ("pl", "283 pasażerów, w tym 3 dzieci, i 15 członków załogi"),
    ("de", "283 Passagiere, darunter 3 Kinder, und 15 Besatzungsmitglieder"),
    ("fr", "283 passagers, dont 3 enfants, et 15 membres d'équipage"),
    ("es", "283 pasajeros, entre ellos 3 niños, y 15 tripulantes"),
    ("it", "283 passeggeri, tra cui 3 bambini, e 15 membri dell'equipaggio"),
    ("pt", "283 passageiros, entre eles 3 crianças, e 15 tripulantes"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
