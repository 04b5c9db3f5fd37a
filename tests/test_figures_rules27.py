# ruff: noqa: E501 (the phrases are data, as written)
"""27ru: language features the figure reader missed in rounds 76-79 (issue 17, D192 to D199).

Each feature written for every form of it in the language and its neighbours, with phrases at
its edge that must stay as they were. Phrases are rounds 76-79's forms, real phrases of the
``pages`` corpus (tr "Hamas iki İsrailli rehineyi daha serbest bıraktı", "30 Filistinli
mahkûmun daha serbest bırakılması" (aussiedlerbote.de); ru "уничтожают свыше 50 мин и
взрывоопасных предметов" (tass.ru), "В ДНР разминировали 800 мин и снарядов" (dzen.ru); fr
"l'échange de quatre otages israéliennes contre 200 prisonniers palestiniens" (wideo.ovh), "la
libération de 50 otages retenus à Gaza, contre celle de 150 prisonniers palestiniens"
(icibeyrouth.com); pl "Mamy jeszcze 700 tys. osób" (wiadomosci.wp.pl)) and forms written for
this test from each grammar; expected readings by hand from the codebook.

* D192: tr "N <adjective> <noun> daha" (N more) and "bir X Y daha"; a year with "-deki / -teki".
* D193: id "per <month>" (as of); "tidak / tak ... lagi" (no longer).
* D194: pl / ru / uk every form of "remain" before "jeszcze / ещё / ще" (still: total); ru "мин"
  after a verb of clearing (mines).
* D195: an exchange of two counts: fr "contre", es / pt "contra", it "contro", ar "مقابل" after a
  word of exchange or release.
* D196: table words: ja 推計; it "diecine"; pl the dative plural "tysiącom"; hi "से तजावुज़",
  "कुछ और" (some more), "और" after a noun (and); ko "보다 조금 더 많은", "수만 N명"; it "compagni"
  (comrades, no unit); id "sejumlah kecil"; ru / uk "около сотни тысяч", a preposition glued to
  its digits.
* D197: uk the other forms of "кожний" (each): a per-unit figure.
* D198: pl the distributive "po N" (each).
* D199: a vague plural's "of" before "more" ("cientos de niños más").
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D192
    ("tr", "200 Filistinli tutuklu daha bulunuyor", 200, "exact additional"),
    ("tr", "Hamas iki İsrailli rehineyi daha serbest bıraktı", 2, "exact additional"),
    ("tr", "30 Filistinli mahkûmun daha serbest bırakılması", 30, "exact additional"),
    ("tr", "200 bin Suriyeli mülteci daha", 200000, "exact additional"),
    ("tr", "yüzlerce Filistinli tutuklu daha", (100, 999), "vague additional"),
    ("tr", "bir ABD askerinin daha", 1, "exact additional"),
    ("tr", "bir Türk askerinin daha", 1, "exact additional"),
    ("tr", "1995'teki savaşta 8 bin kişi", 8000, "exact"),
    ("tr", "2011'deki iç savaşta 500 bin kişi", 500000, "exact"),
    # D193
    ("id", "tercatat sebanyak 500 orang per September 2023", 500, "exact"),
    ("id", "sebanyak 500 orang per Maret 2024", 500, "exact"),
    ("id", "tak mampu lagi menampung jutaan warga", (1_000_000, 9_999_999), "vague"),
    ("id", "tidak lagi menampung 300 orang", 300, "exact"),
    # D194
    ("pl", "W Libanie zostało jeszcze około 220 polskich żołnierzy", 220, "approx"),
    ("pl", "zostały jeszcze 3 osoby", 3, "exact"),
    ("ru", "остался ещё 1 человек", 1, "exact"),
    ("ru", "останется ещё 5 человек", 5, "exact"),
    ("uk", "залишилася ще 1 людина", 1, "exact"),
    ("uk", "лишилося ще 14 осіб", 14, "exact"),
    ("ru", "На данный момент в городе обезврежено 1230 мин", 1230, "exact"),
    ("ru", "уничтожают свыше 50 мин и взрывоопасных предметов", 50, "at_least"),
    ("ru", "В ДНР разминировали 800 мин и снарядов", 800, "exact"),
    # D196
    ("ja", "推計5500人", 5500, "approx"),
    ("it", "Diecine di migliaia di loro", (10000, 99999), "vague"),
    ("pl", "tysiącom niewinnych Irakijczyków", (1000, 9999), "vague"),
    ("pl", "setkom rodzin", (100, 999), "vague"),
    ("hi", "2,000 से तजावुज़", 2000, "at_least"),
    ("hi", "कुछ और आतंकी", (2, 9), "vague additional"),
    ("hi", "कई और जवान", (2, 9), "vague additional"),
    ("hi", "कई बच्चों और महिलाओं", (2, 9), "vague"),
    ("ko", "3000~4000명보다 조금 더 많은", 3500, "range"),
    ("ko", "3000명보다 약간 더 많은", 3000, "at_least"),
    ("ko", "사망자 수만 64명", 64, "exact"),
    ("it", "altri quattro compagni", 4, "exact additional"),
    ("ru", "около сотни тысяч человек", 100000, "approx"),
    ("ru", "свыше сотни тысяч", 100000, "at_least"),
    ("uk", "близько сотні тисяч людей", 100000, "approx"),
    ("uk", "від15 до17 тис. осіб", (15000, 17000), "range"),
    ("ru", "от15 до17 тыс. человек", (15000, 17000), "range"),
    # D199
    ("es", "cientos de niños más", (100, 999), "vague additional"),
    ("it", "centinaia di persone in più", (100, 999), "vague additional"),
    ("pt", "milhares de pessoas a mais", (1000, 9999), "vague additional"),
]
STAY = [
    ("tr", "200 tutuklu daha", 200, "exact additional"),
    ("tr", "5 kişi daha öldü", 5, "exact additional"),
    ("tr", "1995'te 8 bin kişi", 8000, "exact"),
    ("id", "tiga orang lagi", 3, "exact additional"),
    ("pl", "jeszcze 10 osób", 10, "exact additional"),
    ("pl", "Rannych zostało jeszcze 10 osób", 10, "exact additional"),
    ("pl", "Mamy jeszcze 700 tys. osób", 700000, "exact additional"),
    ("ru", "ещё 5 человек", 5, "exact additional"),
    ("uk", "ще 5 людей", 5, "exact additional"),
    ("fr", "échangé contre plus de mille Palestiniens", 1000, "at_least"),
    ("fr", "46 contre 39 l'an dernier", 46, "exact"),
    ("hi", "दो और लोगों की मौत", 2, "exact additional"),
    ("ko", "수만 명", (10000, 99999), "vague"),
    ("ru", "сотни тысяч человек", (100000, 999999), "vague"),
    ("pl", "po 2 latach zginęło 5 osób", 5, "exact"),
    ("pl", "po 1989 roku 300 osób", 300, "exact"),
    ("it", "una compagnia di 120 soldati", 120, "exact"),
    ("id", "sejumlah pejuang", (2, 9), "vague"),
]
UNREAD = [
    # D195
    ("fr", "l'échange de centaines de Palestiniens contre des dizaines d'otages"),
    ("fr", "l'échange de quatre otages israéliennes contre 200 prisonniers palestiniens"),
    ("fr", "la libération de 50 otages retenus à Gaza, contre celle de 150 prisonniers palestiniens"),
    ("es", "el canje de 200 presos contra 20 rehenes"),
    ("it", "lo scambio di 200 prigionieri contro 20 ostaggi"),
    ("pt", "a troca de 200 presos contra 20 reféns"),
    ("ar", "الإفراج عن 1968 أسيرًا فلسطينيًا مقابل 20 إسرائيليًا"),
    ("ar", "تبادل 50 رهينة مقابل 150 أسيرا"),
    # D196: no magnitude
    ("id", "sejumlah kecil pejuang"),
    # D197
    ("uk", "у кожній мусульманській родині вбили 20—40 чоловіків"),
    ("uk", "у кожній родині по 5 людей"),
    # D198
    ("pl", "Najwięcej uchodźców przyjęły Iran i Turcja – po 3,4 miliona"),
    ("pl", "po 5 osób"),
    # lists stay lists
    ("hi", "5 लोगों और 3 बच्चों"),
]
DURATIONS = [
    # ru "мин" with no verb of clearing stays a time: no count
    ("ru", "~1 мин"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
test_minutes_stay_a_time = case_test(DURATIONS, assert_unparsed)
