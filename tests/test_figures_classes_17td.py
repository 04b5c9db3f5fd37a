# ruff: noqa: E501 (the phrases are data, as written)
"""17td: the review's (rv11) leftovers of D56 and D57, on phrases of their own (written for this
test from each language's grammar, after the rule).

Each item has phrases it reads and phrases at its edge it must leave as they were. The phrases
of an item that changes a reading fail without it (checked on the tree before the change).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D56.7: a named number before a colon is the label of the count after it, no ratio
LABELS = [
    ("de", "Gewinnklasse 3: 112 Gewinner", 112, "exact"),
    ("de", "In Klasse 2: 30 Schüler", 30, "exact"),
    ("es", "serotipo 3: 12 casos confirmados", 12, "exact"),
    ("es", "categoría 2: 19 heridos", 19, "exact"),
    ("fr", "catégorie 2 : 7 blessés", 7, "exact"),
    ("fr", "niveau 3: 40 communes", 40, "exact"),
    ("en", "serotype 1: 25 children infected", 25, "exact"),
    ("en", "category 3: 8 people injured", 8, "exact"),
    ("ar", "الفئة 3: 27 فائزا", 27, "exact"),
    ("it", "categoria 2: 15 feriti", 15, "exact"),
    ("pt", "categoria 2: 15 feridos", 15, "exact"),
    ("ru", "тираж 1052: 7 победителей", 7, "exact"),
    ("id", "golongan 3: 22 orang", 22, "exact"),
    ("tr", "kategori 2: 9 yaralı", 9, "exact"),
    # the edge: a colon glued to the number after it is a ratio, and so is a colon after a
    # number no word names; two labelled counts stay several quantities
    ("en", "category 3:2", U, ""),
    ("en", "score 3: 1", U, ""),
    ("de", "Stand 2: 14 Gewinner", U, ""),
    ("en", "Killed: 1998, injured: 300", U, ""),
    ("de", "Gewinnklasse 2: 14 Gewinner, Gewinnklasse 3: 40 Gewinner", U, ""),
]


test_named_number_before_a_colon_is_a_label = case_test(LABELS)


# D56.8: a dash spaced on both sides after a named number, a word after the number that follows,
# and no other count: that number is the count, not the other end of the named range
DASHES = [
    ("en", "level 3 - 12 cities", 12, "exact"),
    ("en", "category 4 – 6 people injured", 6, "exact"),
    ("fr", "niveau 3 - 40 communes", 40, "exact"),
    ("es", "nivel 2 - 14 municipios", 14, "exact"),
    ("it", "livello 2 - 8 comuni", 8, "exact"),
    ("id", "tingkat 2 - 14 desa", 14, "exact"),
    ("de", "Gewinnklasse 2 – 14 Gewinner", 14, "exact"),
    ("ru", "тираж 1052 — 3 победителя", 3, "exact"),
    ("pt", "sorteio 2650 - 4 ganhadores", 4, "exact"),
    # the edge: a dash glued to a number, or nothing after the second number, is a range of the
    # named thing; with another count beside it the range is named and the count is read
    ("en", "level 3-12 cities", 7.5, "range"),
    ("en", "level 3 -12 cities", 7.5, "range"),
    ("en", "level 3 - 5", 4, "range"),
    ("en", "level 3 - 5 alerts in 12 cities", 12, "exact"),
    ("id", "berusia 5 - 9, 12 anak", 12, "exact"),
    ("hi", "उम्र 10 से 12, 5 बच्चे", 5, "exact"),
]


test_spaced_dash_after_a_named_number_ends_its_name = case_test(DASHES)


# D56.3 and D56.4: table entries that only a phrase needing them tests (rv11: "two men aged 47",
# "âgés de 47 ans", "berusia 47 tahun" and "3 numaralı binada 45 kişi" read right without them,
# by the en age rewrite, a duration or another rule). Each positive here fails with its entry
# taken out of the table: en "aged" before a number word (the rewrite takes digits only), fr
# "âgés de" and id "berusia" before an age without its unit, tr "numaralı" with the count after.
ENTRIES = [
    ("en", "3 children aged twelve were hurt", 3, "exact"),
    ("en", "two men aged forty-seven died", 2, "exact"),
    ("en", "aged twelve, 3 children were hurt", 3, "exact"),
    ("fr", "3 enfants âgés de 12 ont été blessés", 3, "exact"),
    ("fr", "âgés de 12, 3 enfants ont été blessés", 3, "exact"),
    ("fr", "quatre hommes âgés de 20 à 25 ont été arrêtés", 4, "exact"),
    ("id", "3 anak berusia 12 terluka", 3, "exact"),
    ("id", "2 korban berusia 30 dan 34 meninggal", 2, "exact"),
    ("id", "berusia 12, 3 anak terluka", 3, "exact"),
    ("tr", "7 numaralı koğuşta 12 hasta", 12, "exact"),
    ("tr", "12 hasta 7 numaralı koğuşta", 12, "exact"),
    # the edge: a named number alone stays as written; two counts beside it stay unparsed
    ("en", "a man aged forty-seven", 47, "exact"),
    ("fr", "âgés de 12", 12, "exact"),
    ("id", "berusia 12", 12, "exact"),
    ("tr", "7 numaralı koğuşta 12 hasta ve 3 doktor", U, ""),
]


test_age_and_number_words_of_the_tables = case_test(ENTRIES)
