# ruff: noqa: E501 (the phrases are data, as written)
"""25ra: direction, bounds and "from A to B" (issue 17, D165 to D168).

The classes of rounds 62-69's misses in this part, written for each figure table where the
language has them (phrases of real reporting found for this test: Haber Global's "Türkiye
nüfusu 50 milyonun altına düşebilir", "85 milyonun biraz üzerinde", round 62-69 rows such as
"reduced in 2009 from 3,064 to 2,820", "-46% presenze"; and phrases written from each language's
grammar; expected readings by hand from the codebook). Each item has phrases it reads and
phrases at its edge that must stay as they were.

* D165: "below / above N" told after the number: tr "altına / altındaki", ko "아래로 / 밑으로 / 위로"
  ending the figure text, ja "N割れ", "を上回り", hi "N के नीचे", fr "au-dessous de": at most / at
  least.
* D166: qualifier words in the spellings the folding does not join: de pl tr without their
  letters' marks, ar loose hamza / ya / ta marbuta and the colloquial "أكتر".
* D167: "from A to B" after a verb of change the tables lacked (en es fr it ru uk pl ja zh tr):
  the new total B with B's own qualifier (D35); with no verb, a range stays a range.
* D168: a minus sign opening a per cent is the size of a fall: total (D150); "-5" stays
  unparsed (a negative count).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D165: below / above after the number
BOUNDS = [
    ("tr", "50 milyonun altındaki", 50_000_000, "at_most"),
    ("tr", "50 milyonun altına", 50_000_000, "at_most"),
    ("tr", "Türkiye nüfusu 50 milyonun altına düşebilir", 50_000_000, "at_most"),
    ("tr", "500 kişinin üzerindeki", 500, "at_least"),
    ("ko", "100만 명 아래로", 1_000_000, "at_most"),
    ("ko", "100만 명 위로", 1_000_000, "at_least"),
    ("ko", "100만 명 위로 올라섰다", 1_000_000, "at_least"),
    ("ja", "1万人割れ", 10_000, "at_most"),
    ("ja", "1万人の大台割れ", 10_000, "at_most"),
    ("ja", "1万人を上回り", 10_000, "at_least"),
    ("hi", "100 के नीचे", 100, "at_most"),
    ("hi", "1 लाख के नीचे", 100_000, "at_most"),
    ("fr", "au-dessous de 100 personnes", 100, "at_most"),
]

# D166: spellings without marks, loose Arabic spellings
SPELLINGS = [
    ("de", "uber 100 Menschen", 100, "at_least"),
    ("de", "ungefahr 100 Menschen", 100, "approx"),
    ("de", "hochstens 100 Menschen", 100, "at_most"),
    ("pl", "ponizej 100 osob", 100, "at_most"),
    ("pl", "mniej niz 100 osob", 100, "at_most"),
    ("pl", "niespelna 100 osob", 100, "nearly"),
    ("tr", "50 milyonun altindaki", 50_000_000, "at_most"),
    ("tr", "500 kisinin uzerindeki", 500, "at_least"),
    ("ar", "أكتر من 150 مدرسة", 150, "at_least"),
    ("ar", "أكتر من 100 شخص", 100, "at_least"),
]

# D167: from A to B after a verb of change: the new total B
CHANGES = [
    ("en", "reduced in 2009 from 3,064 to 2,820", 2820, "exact"),
    ("en", "cut from 300 to 200", 200, "exact"),
    ("en", "shrank from 300 to 200", 200, "exact"),
    ("en", "skyrocketed from 300 to 420", 420, "exact"),
    ("es", "se ha disparado de 14 a 110", 110, "exact"),
    ("es", "se redujo de 300 a 200", 200, "exact"),
    ("es", "se duplicó de 300 a 600", 600, "exact"),
    ("fr", "passant de moins de 60 000 à près de 71 000", 71_000, "nearly"),
    ("fr", "s'est envolé de 300 à 420", 420, "exact"),
    ("fr", "a été réduit de 300 à 200", 200, "exact"),
    ("it", "schizzati da 300 a 420", 420, "exact"),
    ("it", "crollati da 300 a 200", 200, "exact"),
    ("ru", "взлетело с 300 до 420", 420, "exact"),
    ("uk", "підскочила з 300 до 420", 420, "exact"),
    ("pl", "skoczyła z 300 do 420", 420, "exact"),
    ("pl", "podskoczyła z 300 do 420", 420, "exact"),
    ("ja", "300人から420人まで増えた", 420, "exact"),
    ("zh", "从300人跌至200人", 200, "exact"),
    ("tr", "300'den 420'ye fırladı", 420, "exact"),
    ("tr", "300'den 420'ye sıçradı", 420, "exact"),
]

# D168: a minus opening a per cent: the size of a fall, total
FALLS = [
    ("it", "-46% presenze", 46, "exact"),
    ("it", "-44,21% di biglietti venduti", 44.21, "exact"),
    ("en", "-46% visitors", 46, "exact"),
    ("en", "−3.2 %", 3.2, "exact"),
    ("fr", "-46 % de visiteurs", 46, "exact"),
    ("es", "-46% de visitantes", 46, "exact"),
    ("de", "-46 % Besucher", 46, "exact"),
    ("pt", "-12% de turistas", 12, "exact"),
    ("ru", "-5% жителей", 5, "exact"),
    ("ar", "-46% من الزوار", 46, "exact"),
]

# near misses: as on the start
STAYS = [
    ("en", "from 3,064 to 2,820 people", U, "none"),
    ("es", "de 14 a 110 personas", (14, 110), "range"),
    ("fr", "de 300 à 420 migrants", (300, 420), "range"),
    ("fr", "une baisse de 5 à 10 %", (5, 10), "range"),
    ("de", "von 400 bis 520 Menschen", (400, 520), "range"),
    ("ru", "с 300 до 420", (300, 420), "range"),
    ("uk", "з 300 до 420", (300, 420), "range"),
    ("pl", "z 300 do 420", (300, 420), "range"),
    ("it", "da 300 a 420", (300, 420), "range"),
    ("ko", "300명에서 420명으로", (300, 420), "range"),
    ("ja", "300人から420人に", (300, 420), "range"),
    ("zh", "从300人到420人", (300, 420), "range"),
    ("hi", "100 लोग मलबे के नीचे दबे", 100, "exact"),
    ("ja", "窓ガラス3枚割れ", 3, "exact"),
    ("en", "-5", U, "none"),
    ("en", "-5 people", U, "none"),
    ("en", "-5 degrees", U, "none"),
    ("en", "+12% visitors", 12, "exact additional"),
    ("tr", "Olayda yaralanan iki hasta tedavi altına alındı", 2, "exact"),
    ("tr", "Orada 7 köy risk altındaydı", 7, "exact"),
    ("tr", "enkazın altındaki 5 kişi", 5, "exact"),
    ("fr", "a augmenté de 22%", 22, "exact additional"),
    ("fr", "ont augmenté de près de 15%", 15, "nearly additional"),
    ("en", "more than tripled from 1110 to 3522", 3522, "exact"),
    ("fr", "les plaintes ont baissé de 8 %, de 27 862 à 25 610", 25_610, "exact"),
    ("es", "La feria recibió 120.000 visitantes, una caída de unas 3.500 personas respecto a 2022", 120_000, "exact"),
]

test_bounds_after_the_number_read_as_the_codebook_says = case_test(BOUNDS)
test_spellings_read_as_the_written_words = case_test(SPELLINGS)
test_changes_from_a_to_b_read_the_new_total = case_test(CHANGES)
test_a_minus_before_a_per_cent_is_a_fall = case_test(FALLS)
test_near_misses_stay = case_test(STAYS)
