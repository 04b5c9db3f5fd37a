# ruff: noqa: E501 (the phrases are data, as written)
"""28rb: language features the figure reader missed in round 81 (issue 17, D207 and D208).

Each feature written for every form of it in the language and its neighbours, with phrases at
its edge that must stay as they were. The first phrase of each feature is round 81's, a real
phrase of the ``pages`` corpus (its source in ``tests/cases/figures_round81.csv``); the others
are forms written for this test from each grammar; expected readings by hand from the codebook.

* D207.1: a verb of raising or lowering with its count as the object before "hasta / até / fino
  a / jusqu'à / up to" gives the new total, exact (es, pt, it, fr, en).
* D207.2: fr "avoisiner / approcher / frôler", it "sfiorare", pt "beirar" in the infinitive:
  nearly (en "approached 3 men" stays 3, D143's guard).
* D207.3: "an estimate of N" is approximate (pt, es, en, de).
* D207.4: tr "aşmak / geçmek / üzerine çıkmak" in every form, and each Turkish qualifier word as
  an upper-case headline folds it (dotless "I" -> "i").
* D207.5: tr parts with the possessive listed side by side ("4.104'ü çocuk, 2.641'i kadın"):
  several counts.
* D207.6: hi "और" between a qualifier word and the number is "more".
* D207.7: id "lebih / kurang dari N …, M di antaranya": the "dari" of "more than" is no "of".
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D207.1
    ("es", "elevan el número de muertos hasta 79", 79, "exact"),
    ("es", "elevó la cifra de fallecidos hasta 120", 120, "exact"),
    ("es", "aumentaron el balance de víctimas hasta los 300", 300, "exact"),
    ("pt", "elevou o número de mortos até 79", 79, "exact"),
    ("pt", "levou o balanço de vítimas até 300", 300, "exact"),
    ("it", "ha portato il numero dei morti fino a 79", 79, "exact"),
    ("it", "fa salire il bilancio delle vittime fino a 300", 300, "exact"),
    ("fr", "a porté le bilan jusqu'à 79 morts", 79, "exact"),
    ("fr", "fait grimper le nombre de victimes jusqu'à 300", 300, "exact"),
    ("en", "raised the death toll up to 79", 79, "exact"),
    ("en", "the death toll rose up to 79", 79, "exact"),
    # D207.2
    ("fr", "le nombre de morts pourrait avoisiner les 130 000", 130_000, "nearly"),
    ("fr", "devrait frôler 130 000 morts", 130_000, "nearly"),
    ("fr", "risque d'approcher les 500 morts", 500, "nearly"),
    ("it", "potrebbe sfiorare i 130.000", 130_000, "nearly"),
    ("pt", "pode beirar os 130 mil", 130_000, "nearly"),
    # D207.3
    ("pt", "uma estimativa de 150 mil vitimas fatais", 150_000, "approx"),
    ("pt", "estimativas de 150 mil mortos", 150_000, "approx"),
    ("es", "una estimación de 150 mil muertos", 150_000, "approx"),
    ("en", "an estimate of 150,000 dead", 150_000, "approx"),
    ("de", "eine Schätzung von 150.000 Toten", 150_000, "approx"),
    # D207.4
    ("tr", "CAN KAYBININ 3 BİNİ AŞMASI BEKLENİYOR", 3000, "at_least"),
    ("tr", "can kaybının 3 bini aşması bekleniyor", 3000, "at_least"),
    ("tr", "yaralıların sayısının 25.000'in üzerine çıktığını", 25_000, "at_least"),
    ("tr", "ÖLÜ SAYISI 500 ÜZERİNE ÇIKTI", 500, "at_least"),
    ("tr", "3 BİNİ GEÇMESİ BEKLENİYOR", 3000, "at_least"),
    ("tr", "ölü sayısı 100 kişiyi geçince", 100, "at_least"),
    ("tr", "ölü sayısı 1000'i aşabilir", 1000, "at_least"),
    ("tr", "1000 KİŞİYİ AŞAN", 1000, "at_least"),
    ("tr", "500 KİŞİYE KADAR", 500, "at_most"),
    ("tr", "YAKLAŞIK 500 KİŞİ", 500, "approx"),
    # D207.6
    ("hi", "कम से कम और 13 बंधकों को रिहा करेगा", 13, "at_least additional"),
    ("hi", "लगभग और 200 लोग मारे गए", 200, "approx additional"),
    ("hi", "कम से कम और दो लोगों की मौत", 2, "at_least additional"),
    # D207.7
    ("id", "lebih dari 600 orang terluka, 190 di antaranya dirawat di rumah sakit", 600, "at_least"),
    ("id", "lebih dari 600 orang terluka, 190 di antaranya anak-anak", 600, "at_least"),
    ("id", "kurang dari 600 orang terluka, 190 di antaranya anak-anak", 600, "at_most"),
]
STAY = [
    # D207.1: "up to" with no verb of change and its count before it
    ("es", "hasta 79 muertos", 79, "at_most"),
    ("es", "podría haber hasta 79 muertos", 79, "at_most"),
    ("pt", "até 79 mortos", 79, "at_most"),
    ("it", "fino a 79 morti", 79, "at_most"),
    ("fr", "jusqu'à 79 morts", 79, "at_most"),
    ("en", "up to 79 dead", 79, "at_most"),
    ("de", "bis zu 79 Tote", 79, "at_most"),
    # D207.2: en "approach" before a count of people is no mark (D143)
    ("en", "approached 3 men", 3, "exact"),
    # D207.4: "üzerine" alone is "onto"
    ("tr", "18 kişilik grubun üzerine çığ düştü", 18, "exact"),
    ("tr", "Bu sayıların 4.104'ü çocuk", 4104, "exact"),
    # D207.5: a part after a comma names a part of the whole before it
    ("tr", "30 kişi yaralandı, 6'sı ağır", 30, "exact"),
    ("tr", "3'ü yabancı uyruklu, 43'ü yerli olmak üzere 46 kişi", 46, "exact"),
    # D207.6: "और" at the start or between counts is "and"
    ("hi", "और 13 बंधकों को रिहा करेगा", 13, "exact"),
]
UNREAD = [
    # D207.5
    ("tr", "Bu sayıların 4.104'ü çocuk, 2.641'i kadın"),
    ("tr", "bunların 4'ü çocuk, 2'si kadın"),
    ("tr", "aralarında 4.104'ü çocuk, 2.641'i kadın"),
    # D207.6
    ("hi", "5 लोग मारे गए और 13 घायल"),
    # D207.7: "dari" = of before the whole stays a share
    ("id", "Dari 708 korban tersebut, 133 diantaranya"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)

# D208.2: D61.1's time phrase "en el último año" between the old count and "a"
test_change_read = case_test([
    ("es", "pasando de 73 en el último año a 108", 108, "exact"),
    ("es", "pasando de 73 en el último año a 108 casos", 108, "exact"),
])
test_change_two_outcomes = case_test([
    ("es", "de 10 heridos en el último año a 20 muertos"),
], assert_unparsed)
