# ruff: noqa: E501 (the phrases are data, as written)
"""24rd: qualifier words and number forms (issue 17, D154 and D155), on phrases of their own.

The classes of rounds 64 and 65's misses in 24rd's part, written for each figure table where the
language has the form (phrases written for this test from each language's grammar and reporting
habits, and the rounds' own rows; expected readings by hand from the codebook). Each item has
phrases it reads and phrases at its edge that must stay as they were.

* D154: verbs of hovering (es / pt "rondar" in every tense, es "bordear"); ko "N보다 많은 / 적은"
  and ja "Nより多い / 少ない" after the count; en "to about / around N" with no number before it.
* D155: ar a point and three digits before "million" is a decimal point; ru / uk "400-сот" (a case
  ending of the hundreds after a hyphen) and a scale abbreviation glued to the next one ("2
  тис.кв.м."); it "tra / fra A ed i B".
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D154: verbs of hovering, every tense
HOVERING = [
    ("es", "rondó los 8,7 millones de toneladas", 8_700_000, "approx"),
    ("es", "las víctimas rondaron los 300", 300, "approx"),
    ("es", "la cifra rondará los 5.000 desplazados", 5000, "approx"),
    ("es", "los heridos rondarían los 40", 40, "approx"),
    ("es", "los muertos bordearon los 300", 300, "nearly"),
    ("pt", "o número rondou os 300 mortos", 300, "approx"),
    ("pt", "as vítimas rondaram as 2 mil pessoas", 2000, "approx"),
    ("pt", "ronda 300 feridos", 300, "approx"),
    ("es", "la inflación rondó el 30%", 30, "approx"),
    ("de", "die Zahl der Opfer bewegte sich um die 300", 300, "approx"),
    ("de", "die Zahl pendelt um 300", 300, "approx"),
    ("pl", "liczba ofiar oscylowała wokół 300 osób", 300, "approx"),
    ("pl", "w okolicy 300 osób", 300, "approx"),
    # the edge: "rondas" (rounds) is a noun, the present read as before; "schwanken um" (by),
    # "wokół" alone (a place)
    ("de", "schwankte um 300 Euro", 300, "exact"),
    ("pl", "wokół 300 osób", 300, "exact"),
    ("es", "tres rondas de negociación", 3, "exact"),
    ("es", "rondaba los 300", 300, "approx"),
]
test_verbs_of_hovering = case_test(HOVERING)

# D154: "more / fewer than N" after the count (ko, ja)
MORE_THAN_AFTER = [
    ("ko", "767곳보다 많을", 767, "at_least"),
    ("ko", "300명보다 많은 사람이 다쳤다", 300, "at_least"),
    ("ko", "300명보다 더 많은 주민", 300, "at_least"),
    ("ko", "1만 명보다 많다", 10_000, "at_least"),
    ("ko", "300명보다 적은", 300, "at_most"),
    ("ja", "300人より多い", 300, "at_least"),
    ("ja", "300人よりも多く", 300, "at_least"),
    ("ja", "300人より少ない", 300, "at_most"),
    # the edge: "more than last year" before the count is no qualifier of it
    ("ko", "지난해보다 많은 300명", 300, "exact"),
    ("ko", "300명 이상", 300, "at_least"),
]
test_more_than_after_the_count = case_test(MORE_THAN_AFTER)

# D154: en "to about / around N" with no number before it
TO_ABOUT = [
    ("en", "the number of homes affected to about 300", 300, "approx"),
    ("en", "pushing the toll to around 1,200", 1200, "approx"),
    ("en", "damage to about 300 homes", 300, "approx"),
    # the edge: a range's second end after a number or a number word stays a range
    ("en", "200 to about 300", (200, 300), "range"),
    ("en", "from three to about five", (3, 5), "range"),
    ("en", "between 200 to about 300", (200, 300), "range"),
]
test_to_about_with_no_number_before = case_test(TO_ABOUT)

# D155: ar a point and three digits before "million / billion": the decimal point
ARABIC_POINT = [
    ("ar", "2.850 مليون شخص", 2_850_000, "exact"),
    ("ar", "قدم نحو 1.831 مليون حاج", 1_831_000, "approx"),
    ("ar", "بلغ نحو 9.643 مليون زائر", 9_643_000, "approx"),
    ("ar", "2.850 مليار دولار", 2_850_000_000, "exact"),
    # the edge: before ألف (thousand), and a number grouped twice, read as before
    ("ar", "961.382 ألف وحدة", 961_382_000, "exact"),
    ("ar", "2.850.000 شخص", 2_850_000, "exact"),
    ("ar", "1.5 مليون شخص", 1_500_000, "exact"),
]
test_arabic_point_before_millions = case_test(ARABIC_POINT)

# D155: ru / uk a hyphenated case ending of the hundreds, a glued scale abbreviation
CYRILLIC_FORMS = [
    ("ru", "около 400-сот специалистов", 400, "approx"),
    ("ru", "более 500-ста человек", 500, "at_least"),
    ("uk", "понад 500-ста осіб", 500, "at_least"),
    ("uk", "близько 2 тис.кв.м.", 2000, "approx"),
    ("ru", "около 2 тыс.кв.м.", 2000, "approx"),
    ("ru", "около 2 тыс.человек", 2000, "approx"),
    # the edge: the other endings and the spaced abbreviation read as before
    ("ru", "более 5-ти человек", 5, "at_least"),
    ("ru", "около 20-ти", 20, "approx"),
    ("uk", "близько 2 тис. кв.м.", 2000, "approx"),
]
test_cyrillic_number_forms = case_test(CYRILLIC_FORMS)

# D155: it "between A and B" with the euphonic "ed" and the article of the second end
ITALIAN_BETWEEN = [
    ("it", "fra i 56 ed i 58 milioni di quintali", (56_000_000, 58_000_000), "range"),
    ("it", "tra i 56 e i 58 milioni", (56_000_000, 58_000_000), "range"),
    ("it", "tra le 300 e le 400 persone", (300, 400), "range"),
    # the edge: the singular "e il" joins a list, not two ends
    ("it", "muoiono 42 pensionati e il figlio 13enne del camionista", U, ""),
]
test_italian_between_with_articles = case_test(ITALIAN_BETWEEN)
