# ruff: noqa: E501 (the phrases are data, as written)
"""24re: the words of a change, and the "to" of a change (issue 17, D156 to D158).

The classes of rounds 63, 66 and 67's misses in this part, written for each figure table where
the language has them (phrases of real reporting found for this test: GUS's population forecast
"spadek do 30,4 mln osób", a Russian forecast "снижение численности населения до 125 миллионов
человек", Korean market reports "7%까지 떨어진 증시", "2386.96까지 밀려나기도"; and phrases written
from each language's grammar; expected readings by hand from the codebook). Each item has phrases
it reads and phrases at its edge that must stay as they were.

* D156: the size of a rise in the forms the tables lacked: ko a per cent before the adnominal
  verbs of a rise ("24% 늘어난"); pl D141's "o N proc." with "nawet" and with a range, and a per
  cent before "wzrost"; uk D141's "на" with a range; de "um (qualifier) N Prozent" in words; it
  "superiore del N%". Additional.
* D157: the "to" of a change after the number or after a noun of change is the new total, exact:
  ja "まで / へ / に" before a verb of change, "AからB程度に引き上げ" (B with its qualifier); ko
  "까지" before a verb of a fall; tr "-e kadar" before a verb of change; pl ru uk a noun of change
  before "do / до".
* D158: "fall below" told by the verbs the tables lacked: ja "を切る / を割る" after a per cent, "の
  大台を割る"; ko "아래로 / 밑으로"; es "por debajo del"; it "sotto il"; de "unter die Marke von":
  at most; it "sfiorare" before a number glued to its scale: nearly.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D156: the size of a rise, additional
RISES = [
    ("ko", "24% 늘어난", 24, "exact additional"),
    ("ko", "무려 97.5% 늘어난", 97.5, "exact additional"),
    ("ko", "5% 증가한", 5, "exact additional"),
    ("ko", "3.2% 늘며", 3.2, "exact additional"),
    ("ko", "12% 상승한", 12, "exact additional"),
    ("pl", "nawet o 30 proc.", 30, "at_most additional"),
    ("pl", "o 20–30 proc.", (20, 30), "range additional"),
    ("pl", "o 20-30%", (20, 30), "range additional"),
    ("pl", "o maksymalnie 5%", 5, "at_most additional"),
    ("pl", "10% wzrost", 10, "exact additional"),
    ("pl", "10 proc. wzrost", 10, "exact additional"),
    ("uk", "на 70-80% відсотків", (70, 80), "range additional"),
    ("uk", "на 5–7 відсотків", (5, 7), "range additional"),
    ("de", "um knapp zehn Prozent", 10, "nearly additional"),
    ("de", "um rund zwanzig Prozent", 20, "approx additional"),
    ("de", "um zehn Prozent", 10, "exact additional"),
    ("it", "superiore del 10%", 10, "exact additional"),
    ("it", "maggiore del 15 per cento", 15, "exact additional"),
]

# D157: the "to" of a change: the new total
TO = [
    ("ja", "20.9%まで下がって", 20.9, "exact"),
    ("ja", "300人まで減った", 300, "exact"),
    ("ja", "10%まで引き上げる", 10, "exact"),
    ("ja", "10%から20%程度に引き上げても", 20, "approx"),
    ("ja", "100人から200人前後に減少した", 200, "approx"),
    ("ko", "36.8%까지 떨어지자", 36.8, "exact"),
    ("ko", "7%까지 떨어진 증시", 7, "exact"),
    ("ko", "2386.96까지 밀려나기도 했다", 2386.96, "exact"),
    ("ko", "12명까지 줄어들었다", 12, "exact"),
    ("ko", "3%까지 하락했다", 3, "exact"),
    ("tr", "185 milyon metre küpe kadar düşmüş", 185_000_000, "exact"),
    ("tr", "300'e kadar geriledi", 300, "exact"),
    ("tr", "yüzde 5'e kadar geriledi", 5, "exact"),
    ("tr", "300 kişiye kadar yükseldi", 300, "exact"),
    ("tr", "244 bin 837'ye kadar çıktı", 244_837, "exact"),
    ("pl", "spadek do 30,4 mln osób", 30_400_000, "exact"),
    ("pl", "W scenariuszu głównym przewiduje się spadek do 30,4 mln osób", 30_400_000, "exact"),
    ("pl", "spadek liczby bezrobotnych do 30 tys.", 30_000, "exact"),
    ("pl", "wzrost do 12%", 12, "exact"),
    ("ru", "снижение численности населения до 125 миллионов человек", 125_000_000, "exact"),
    ("ru", "снижение до 30,4 млн человек", 30_400_000, "exact"),
    ("ru", "рост до 12%", 12, "exact"),
    ("ru", "уменьшение численности до 300 человек", 300, "exact"),
    ("uk", "зниження до 30,4 млн осіб", 30_400_000, "exact"),
    ("uk", "зростання до 12%", 12, "exact"),
    ("uk", "зменшення кількості до 300 осіб", 300, "exact"),
]

# D158: below a mark (at most) and "sfiorare" (nearly)
BELOW = [
    ("ja", "40%を切る", 40, "at_most"),
    ("ja", "貯水率3％を切る", 3, "at_most"),
    ("ja", "1万人の大台を割った", 10_000, "at_most"),
    ("ja", "50%を割り込んだ", 50, "at_most"),
    ("ko", "40% 아래로 떨어졌다", 40, "at_most"),
    ("ko", "100명 밑으로 줄었다", 100, "at_most"),
    ("es", "cayó por debajo del 40%", 40, "at_most"),
    ("es", "por debajo de los 100", 100, "at_most"),
    ("it", "è sceso sotto il 40%", 40, "at_most"),
    ("it", "sotto gli 80 euro", 80, "at_most"),
    ("de", "sank unter die Marke von 100", 100, "at_most"),
    ("de", "fiel unter die Schwelle von 5 Prozent", 5, "at_most"),
    ("it", "hanno sfiorato le 90mila tonnellate", 90_000, "nearly"),
    ("it", "sfiora i 3 milioni", 3_000_000, "nearly"),
]

# near misses: as on the start
STAYS = [
    ("ko", "57% 늘어난 100명", 100, "exact"),
    ("ko", "299명까지 늘어났다", 299, "exact"),
    ("ko", "최대 300명까지", 300, "at_most"),
    ("ja", "最大300人まで", 300, "at_most"),
    ("ja", "300人まで受け入れる", 300, "at_most"),
    ("tr", "300 kişiye kadar", 300, "at_most"),
    ("tr", "300 lira kadar düştü", 300, "at_most"),
    ("tr", "2030'a kadar yükselecek", 2030, "at_most"),
    ("pl", "do 30,4 mln osób", 30_400_000, "at_most"),
    ("pl", "ograniczenie do 30 osób", 30, "at_most"),
    ("pl", "wzrost do 2030 roku", U, "none"),
    ("ru", "до 300 человек", 300, "at_most"),
    ("ru", "рост до 180 см", 180, "at_most"),
    ("ru", "Meta: сокращение до 25 000 сотрудников запланировано к концу года;", 25_000, "at_most"),
    ("it", "superiore al 10%", 10, "at_least"),
    # "non" before it: not rewritten, read as on the start
    ("it", "non hanno sfiorato le 90mila tonnellate", 90_000, "exact"),
    ("de", "um die zehn Prozent", 10, "approx"),
]

test_rises_read_as_the_codebook_says = case_test(RISES)
test_to_of_a_change_reads_the_new_total = case_test(TO)
test_below_and_nearly_read_as_the_codebook_says = case_test(BELOW)
test_near_misses_stay = case_test(STAYS)
