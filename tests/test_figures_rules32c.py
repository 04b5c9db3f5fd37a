# ruff: noqa: E501 (the phrases are data, as written)
"""32rc: language features the figure reader missed in round 93 (issue 17, D222).

The first phrase of each feature is round 93's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round93.csv``); the others are forms written for this test from each
grammar (no other stored page was found with the features in the time given); expected readings
by hand from the codebook.

* D222.1: a ratio told with its noun right before "A to B" (fr "rapport", "ratio"; it
  "rapporto"; es "relación"; pl "stosunek", "proporcja"; uk "співвідношення") is a ratio, no
  range, as "proportion", "proporción", "Verhältnis", "соотношение" read already.
* D222.2: fr "prés de" (the accent typed the wrong way) before a number is "près de" (nearly);
  after a determiner ("les prés de 20 hectares", meadows) it stays as written.
* D222.3: a change "from A noun to QUAL B (noun)" gives B with its own qualifier (D35): fr, it,
  pt, de, as en and es read already.
* D222.4: ar a qualifier glued to "من" ("أكثرمن", "أقلمن") or "ما" glued to a qualifier's
  verb ("مايقارب", "مايزيد عن") reads as written apart.
* D222.5: ar "رقم N" (number N, a number's name or a figure named) with "ك" (as) or "و" (and)
  glued to it is dropped as "رقم N" is: "رقم 45000 كرقم 1500000" compares two figures, no count.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D222.2
    ("fr", "prés de 5000 blessés", 5_000, "nearly"),
    ("fr", "il a fait prés de 300 morts", 300, "nearly"),
    ("fr", "prés d'un millier de morts", 1_000, "nearly"),
    # D222.3
    ("fr", "est passé de 844 morts à au moins 1234 morts", 1_234, "at_least"),
    ("fr", "est passé de 844 morts à 1234 morts", 1_234, "exact"),
    ("fr", "est passé de 844 morts à plus de 1234", 1_234, "at_least"),
    ("it", "è passato da 844 morti ad almeno 1234 morti", 1_234, "at_least"),
    ("it", "è passato da 844 morti a oltre 1234", 1_234, "at_least"),
    ("pt", "passou de 844 mortos para pelo menos 1234 mortos", 1_234, "at_least"),
    ("pt", "passou de 844 mortos para mais de 1234", 1_234, "at_least"),
    ("de", "stieg von 844 Toten auf mindestens 1234 Tote", 1_234, "at_least"),
    ("de", "stieg von 844 Toten auf über 1234", 1_234, "at_least"),
    # D222.4
    ("ar", "قدمت أكثرمن مليون شهيد", 1_000_000, "at_least"),
    ("ar", "بأكثرمن 300 شهيد", 300, "at_least"),
    ("ar", "اكثرمن 300 شهيد", 300, "at_least"),
    ("ar", "أقلمن 100 شهيد", 100, "at_most"),
    ("ar", "مايقارب 300 شهيد", 300, "nearly"),
    ("ar", "مايزيد عن 300 شهيد", 300, "at_least"),
    ("ar", "ومايزيد على 300 شهيد", 300, "at_least"),
]
STAY = [
    # D222.1: a range with no ratio word before it; "rapport" as a report, a word away
    ("fr", "de 1 à 15 morts", 8, "range"),
    ("fr", "le rapport fait état de 1 à 15 morts", 8, "range"),
    ("it", "da 1 a 15 morti", 8, "range"),
    ("pl", "od 1 do 15 ofiar", 8, "range"),
    ("pl", "w stosunku do 2020 roku 15 ofiar", 15, "exact"),
    ("uk", "від 1 до 15 загиблих", 8, "range"),
    # D222.2: the right accent, and the meadows
    ("fr", "près de 5000 blessés", 5_000, "nearly"),
    ("fr", "les prés de 20 hectares", 20, "exact"),
    # D222.3: the noun alone after A (D213), and the forms that read already
    ("fr", "est passé de 300 personnes à 500", 500, "exact"),
    ("fr", "est passé de 844 à au moins 1234 morts", 1_234, "at_least"),
    ("it", "è passato da 844 morti a 1234 morti", 1_234, "exact"),
    ("pt", "passando de 220 mortos para 225", 225, "exact"),
    ("de", "stieg von 300 Toten auf 500", 500, "exact"),
    ("en", "rose from 844 dead to at least 1,234 dead", 1_234, "at_least"),
    ("es", "pasó de 844 muertos a al menos 1234 muertos", 1_234, "at_least"),
    # D222.4: written apart
    ("ar", "قدمت أكثر من مليون شهيد", 1_000_000, "at_least"),
    ("ar", "ما يقارب 300 شهيد", 300, "nearly"),
    # D222.5: a count beside the glued form stays
    ("ar", "القطار كرقم 1935 و300 راكب", 300, "exact"),
]
UNREAD = [
    # D222.1
    ("fr", "le rapport est de 1 à 15"),
    ("fr", "un rapport de 1 à 15"),
    ("fr", "un ratio de 1 à 15"),
    ("it", "un rapporto di 1 a 15"),
    ("it", "il rapporto è di 1 a 15"),
    ("es", "una relación de 1 a 15"),
    ("pl", "w stosunku 1 do 15"),
    ("pl", "w proporcji 1 do 15"),
    ("uk", "співвідношення 1 до 15"),
    ("uk", "у співвідношенні 1 до 15"),
    # the neighbours that read so already
    ("en", "a ratio of 1 to 15"),
    ("es", "una proporción de 1 a 15"),
    ("de", "ein Verhältnis von 1 zu 15"),
    ("pt", "uma proporção de 1 para 15"),
    ("ru", "соотношение 1 к 15"),
    # D222.3: two outcomes stay two counts (D49.1)
    ("fr", "est passé de 10 blessés à 20 morts"),
    ("it", "è passato da 10 feriti a 20 morti"),
    ("pt", "passou de 10 feridos para 20 mortos"),
    ("de", "stieg von 10 Verletzten auf 20 Tote"),
    # D222.5
    ("ar", "رقم 45000 كرقم 1500000"),
    ("ar", "القطار رقم 1935"),
    ("ar", "ورقم 1935"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
