# ruff: noqa: E501 (the phrases are data, as written)
"""24rb: number forms, ranges and multipliers (issue 17, D145 to D148), on phrases of their own.

The classes of round 63's misses, written for each figure table where the language has them
(phrases written for this test from each language's grammar and reporting habits; expected
readings by hand from the codebook). Each item has phrases it reads and phrases at its edge that
must stay as they were.

* D145: a count "or" a per cent (two ends of different units) is no range: unparsed.
* D146: a decimal comma and three digits before a scale of millions (fr, pt "mi", id "jt").
* D147: multipliers are no counts (.1); the old count's qualifier in "from A to B" (.2); "to B
  from A" with compounds, "jadi", "asırlık" after a big count (.3); "that is" words (.4).
* D148: a spaced Korean 여 that begins a word is no "-odd" suffix.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D145: a count or a per cent, a scaled count or a smaller number: no range
OR_SHARES = [
    ("id", "131,06 juta atau 93,74%", U, ""),
    ("id", "7,03 juta atau 5,61 persen", U, ""),
    ("en", "5 million or 12%", U, ""),
    ("fr", "2,5 millions ou 8 %", U, ""),
    ("de", "2,5 Millionen oder 8 Prozent", U, ""),
    ("pt", "2 milhões ou 9%", U, ""),
    ("tr", "2 milyon veya yüzde 9", U, ""),
    # the edge: a range of one unit written once, and of two counts, stays a range
    ("en", "5 to 10%", (5, 10), "range"),
    ("en", "20 or 30 people", (20, 30), "range"),
    ("id", "20 atau 30 orang", (20, 30), "range"),
    ("fr", "5 ou 6 millions", (5_000_000, 6_000_000), "range"),
    ("de", "5 bis 10 Prozent", (5, 10), "range"),
]
test_a_count_or_a_share_is_no_range = case_test(OR_SHARES)

# D146: the decimal comma before millions in the comma-decimal tables
DECIMAL_COMMA = [
    ("fr", "5,434 millions", 5_434_000, "exact"),
    ("fr", "5,434 millions de personnes", 5_434_000, "exact"),
    ("fr", "2,125 milliards", 2_125_000_000, "exact"),
    ("fr", "5,43 millions de personnes", 5_430_000, "exact"),
    ("fr", "5,4 millions de personnes", 5_400_000, "exact"),
    ("pt", "5,434 mi de pessoas", 5_434_000, "exact"),
    ("pt", "5,434 milhões de pessoas", 5_434_000, "exact"),
    ("id", "5,434 jt orang", 5_434_000, "exact"),
    ("id", "5,434 juta orang", 5_434_000, "exact"),
    ("de", "5,434 Mio. Menschen", 5_434_000, "exact"),
    ("it", "5,434 mln di persone", 5_434_000, "exact"),
    ("ru", "5,434 млн человек", 5_434_000, "exact"),
    ("uk", "5,434 млн осіб", 5_434_000, "exact"),
    ("pl", "5,434 mln osób", 5_434_000, "exact"),
    ("tr", "5,434 milyon kişi", 5_434_000, "exact"),
    # the edge: English groups thousands with the comma; Spanish of the Americas too (left)
    ("en", "5,434 million", 5_434_000_000, "exact"),
    ("es", "1,200 millones de personas", 1_200_000_000, "exact"),
    ("fr", "5.434 millions", 5_434_000_000, "exact"),
]
test_decimal_comma_before_millions = case_test(DECIMAL_COMMA)

# D147.1: multipliers are no counts
MULTIPLIERS = [
    ("fr", "multiplié par près de 30", U, ""),
    ("fr", "multipliés par trois", U, ""),
    ("fr", "un nombre 3 fois supérieur", U, ""),
    ("en", "multiplied by 30", U, ""),
    ("en", "a 30-fold increase", U, ""),
    ("en", "increased 30-fold", U, ""),
    ("en", "300 killed, a threefold increase", 300, "exact"),
    ("en", "3 times as much", U, ""),
    ("it", "moltiplicato per 30", U, ""),
    ("pt", "multiplicado por 30", U, ""),
    ("de", "das 30-fache", U, ""),
    ("de", "um das 30-Fache gestiegen", U, ""),
    ("pl", "30-krotny wzrost", U, ""),
    ("ar", "30 ضعفا", U, ""),
    ("id", "meningkat 30 kali", U, ""),
    ("id", "naik hampir 3 kali", U, ""),
    ("es", "multiplicado por 30", U, ""),
    ("ko", "30배 증가", U, ""),
    ("hi", "30 गुना", U, ""),
    # the edge: a rate, a count of people, a new total after a change verb
    ("en", "3 times a month", U, ""),
    ("id", "3 kali sebulan", U, ""),
    ("id", "meningkat 30 orang", 30, "exact additional"),
    ("en", "tripled to 300", 300, "exact"),
]
test_multipliers_are_no_counts = case_test(MULTIPLIERS)

# D147.2: the old count's qualifier in a change "from A to B": the new total B
FROM_QUALIFIED = [
    ("it", "passate da poco più di 10 mila a 17 mila", 17_000, "exact"),
    ("it", "saliti da oltre 300 a 450", 450, "exact"),
    ("es", "pasó de más de 10.000 a 17.000", 17_000, "exact"),
    ("fr", "passé de plus de 10 000 à 17 000", 17_000, "exact"),
    ("fr", "passé d'environ 300 à 450", 450, "exact"),
    ("pt", "passou de mais de 10 mil para 17 mil", 17_000, "exact"),
    ("en", "rose from more than 10,000 to 17,000", 17_000, "exact"),
    ("ru", "выросло с более чем 300 до 450", 450, "exact"),
    ("pl", "wzrosła z ponad 300 do 450", 450, "exact"),
    # the edge: "by nearly N" (no "to") keeps its qualifier
    ("fr", "les abandons ont augmenté de près de 15%", 15, "nearly additional"),
    ("fr", "augmenté de plus de 300 personnes", 300, "at_least"),
    ("en", "from about 300 to 450 people", (300, 450), "range"),
]
test_the_old_counts_qualifier_goes_with_it = case_test(FROM_QUALIFIED)

# D147.3: "to B from A" with compounds, "jadi", "asırlık" after a big count
NEW_TOTALS = [
    ("ru", "до 20 тыс. 582 человек с 7 тыс. 718 человек", 20_582, "exact"),
    ("ru", "до 450 человек с 300 человек", 450, "exact"),
    ("ru", "выросло до 20 тыс. 582 человек с 7 тыс. 718 человек", 20_582, "exact"),
    ("uk", "до 20 тис. 582 осіб з 7 тис. 718 осіб", 20_582, "exact"),
    ("uk", "зросла до 20 тис. 582 з 7 тис. 718", 20_582, "exact"),
    ("id", "turun 530.000 jadi 7,03 juta orang", 7_030_000, "exact"),
    ("id", "bertambah 300 jadi 450 orang", 450, "exact"),
    ("tr", "5 bin 780 asırlık çınarımız", 5780, "exact"),
    ("tr", "5.780 asırlık çınar", 5780, "exact"),
    # the edge: "up to B" alone; "with" children; a five-century-old tree
    ("ru", "до 20 тыс. 582 человек", 20_582, "at_most"),
    ("ru", "до 20 человек с 5 детьми", U, ""),
    ("uk", "до 20 осіб з 5 дітьми", U, ""),
    ("tr", "5 asırlık çınar", U, ""),
]
test_the_new_total_of_a_change = case_test(NEW_TOTALS)

# D147.4: one count said twice, "that is"
RESTATED = [
    ("hi", "8.9 मिलियन यानी 89 लाख युवा बेरोजगार", 8_900_000, "exact"),
    ("en", "1.5 million, i.e. 1,500,000 people", 1_500_000, "exact"),
    ("en", "1.5 million (i.e. 1,500,000)", 1_500_000, "exact"),
    ("de", "1,5 Millionen, d.h. 1.500.000", 1_500_000, "exact"),
    ("de", "1,5 Mio., das heißt 1.500.000 Menschen", 1_500_000, "exact"),
    # the edge: the spaced "d. h." is left out (a lone "d" would make "she’d" German)
    ("ru", "1,5 млн, то есть 1500 тыс. человек", 1_500_000, "exact"),
    ("ru", "1,5 млн, т.е. 1500 тыс.", 1_500_000, "exact"),
    ("tr", "1,5 milyon yani 1.500.000 kişi", 1_500_000, "exact"),
    ("ko", "150만 명, 즉 150만 명", 1_500_000, "exact"),
    ("ja", "150万人、つまり150万人", 1_500_000, "exact"),
    ("zh", "150万人，即150万人", 1_500_000, "exact"),
    # the edge: two values that differ stay two quantities
    ("hi", "8.9 मिलियन यानी 80 लाख युवा", U, ""),
    ("en", "2 dead, i.e. 3 people", U, ""),
]
test_one_count_said_twice = case_test(RESTATED)

# D148: a spaced 여 that begins a word is no "-odd" suffix
KOREAN_ODD = [
    ("ko", "두 여성은", 2, "exact"),
    ("ko", "사라진 남성을 본 두 여성은 공포에 질려", 2, "exact"),
    ("ko", "세 여학생이 다쳤다", 3, "exact"),
    # the edge: the suffix glued, spaced before a counter, or alone
    ("ko", "20여명", 20, "at_least"),
    ("ko", "20여 명", 20, "at_least"),
    ("ko", "200 여명", 200, "at_least"),
    ("ko", "30 여곳", 30, "at_least"),
]
test_a_spaced_yeo_beginning_a_word = case_test(KOREAN_ODD)
