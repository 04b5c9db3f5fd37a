# ruff: noqa: E501 (the phrases are data, as written)
"""34ra: round 97's misses in fr, it, pt, tr, id and what the last session saw beside them, read as
features of a grammar (issue 17, D226).

The first phrase of each feature is round 97's, a real phrase (its source in
``tests/cases/figures_round97.csv``); a few more are real phrases of the ``pages`` corpus (the URL
in a comment); the others are forms written for this test from each grammar; expected readings by
hand from the codebook.

* D226.1: counts told each with its own place after a comma ("600 militaires au Gabon, 400 en RDC
  et 200 en Centrafrique") are a list, no count with its breakdown, even when they add up.
* D226.2: "N … out of a total of M" ("64 presos não voltaram de um total de 1.568") is a part and
  its whole: two quantities; the total word makes no figure of M.
* D226.3: tr parts told with the possessive, their numbers written with "bin" / "milyon" ("141
  bin 802'si hükümlü, 87 bin 988'i ise tutuklu"), are parts, as "4.104'ü çocuk, 2.641'i kadın".
* D226.4: contingents counted ("hingga 11 kontingen", "11 contingents") are units (D20).
* D226.5: digits take no number word after them ("59,000 one year later" was 59,001 years); a span
  of time with "later / ago" right after the count says when it was told.
* D226.6: pt / es "por segundo" after a count is a rate; before a noun ("por segundo año
  consecutivo") the ordinal.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D226.1: a breakdown by place of a count told with no place stays the count (D56.5)
    ("fr", "10 morts, 6 à Kiev et 4 à Kharkiv", 10, "exact"),
    ("en", "10 dead, 6 in Kyiv and 4 in Kharkiv", 10, "exact"),
    ("es", "10 muertos, 6 en Kiev y 4 en Járkov", 10, "exact"),
    # D226.2: alone, "a total of M" stays the total
    ("pt", "de um total de 1.568 presos", 1_568, "exact"),
    ("fr", "un total de 2923 infections", 2_923, "exact"),
    ("it", "su un totale, a oggi di 166.921", 166_921, "exact"),
    # D226.2: a plain "of" far from the count is a noun's (round 56), three words at most
    ("es", "La FESBAL, que agrupa en la actualidad a 52 Bancos de Alimentos regionales, cuenta con las donaciones de un total de 3.500 empresas alimentarias.", 3_500, "exact"),
    # D226.3: a part after a comma with how it fared stays "of them" (D30, D41.10)
    ("tr", "30 kişi yaralandı, 6'sı ağır", 30, "exact"),
    ("tr", "1 bin 3'ü yabancı uyruklu, 2 bin 43'ü yerli olmak üzere 3 bin 46 kişi", 3_046, "exact"),
    ("tr", "3'ü yabancı uyruklu, 43'ü yerli olmak üzere 46 kişi", 46, "exact"),
    # D226.4: a contingent named before its size; a headcount beside a count of contingents
    # (http://online.flipbuilder.com/sgkb/xzgj/files/basic-html/page17.html)
    ("id", "Kontingen Garuda XXXIX-A Congo yang berjumlah 850 personel", 850, "exact"),
    ("id", "TNI mengirim 3 kontingen dengan total 2.500 prajurit", 2_500, "exact"),
    ("en", "a contingent of 2,000 soldiers", 2_000, "exact"),
    ("pt", "um contingente de 983 militares", 983, "exact"),
    ("fr", "un contingent de 200 soldats", 200, "exact"),
    ("de", "ein Kontingent von 200 Soldaten", 200, "exact"),
    # D226.5: the last session's row, and the span after the count in the neighbours
    ("en", "rising to nearly 59,000 one year later", 59_000, "nearly"),
    ("en", "59,000 two years later", 59_000, "exact"),
    ("en", "59 thousand one year later", 59_000, "exact"),
    ("fr", "à près de 59 000 un an plus tard", 59_000, "nearly"),
    ("fr", "59 mille un an plus tard", 59_000, "exact"),
    ("pt", "para quase 59 mil um ano depois", 59_000, "nearly"),
    ("es", "59 mil dos años después", 59_000, "exact"),
    ("it", "a quasi 59.000 due anni dopo", 59_000, "nearly"),
    ("de", "59 Tausend zwei Jahre später", 59_000, "exact"),
    ("ru", "почти 59 000 год спустя", 59_000, "nearly"),
    ("ru", "59 тысяч год спустя", 59_000, "exact"),
    ("uk", "майже 59 000 рік потому", 59_000, "nearly"),
    ("pl", "59 tysięcy dwa lata później", 59_000, "exact"),
    ("pl", "do prawie 59 tys. rok później", 59_000, "nearly"),
    ("id", "59 ribu satu tahun kemudian", 59_000, "exact"),
    # D226.5: number words still add up with each other
    ("en", "2 million twenty five", 2_000_025, "exact"),
    ("en", "2 million three hundred thousand", 2_300_000, "exact"),
    ("de", "fünf und zwanzig", 25, "exact"),
    # D226.5: a half after digits still joins them (rounds 59, 75, 96)
    ("ru", "В музеи пришло 34 с половиной тысячи человек.", 34_500, "exact"),
    ("tr", "Avrupa’daki Türk sayısı Türkiye Cumhuriyeti Dışişleri Bakanlığına göre 5 buçuk milyondur", 5_500_000, "exact"),
    # D226.6: the ordinal "por segundo" before a noun is no rate
    ("pt", "por segundo ano consecutivo, 500 pessoas morreram", 500, "exact"),
    ("pt", "500 detentos fugiram, por segundo dia", 500, "exact"),
    ("es", "500 muertos por segundo año consecutivo", 500, "exact"),
    ("es", "Por segundo día, 300 migrantes", 300, "exact"),
    ("es", "500 migrantes por segunda vez", 500, "exact"),
]

UNREAD = [
    # D226.1
    ("fr", "600 militaires au Gabon, 400 en RDC et 200 en Centrafrique"),
    # (http://news.adakar.com/h/147703.html: "une centaine de militaires au Gabon …, une
    # centaine au Sénégal … et environ 300 au Tchad"), in digits
    ("fr", "100 militaires au Gabon, 100 au Sénégal et 300 au Tchad"),
    ("fr", "600 militaires au Gabon, 400 militaires en RDC et 200 en Centrafrique"),
    ("en", "600 soldiers in Gabon, 400 in Congo and 200 in Chad"),
    ("de", "600 Soldaten in Gabun, 400 im Kongo und 200 in Mali"),
    ("es", "600 militares en Gabón, 400 en RDC y 200 en Centroáfrica"),
    ("it", "600 militari in Gabon, 400 in Congo e 200 in Ciad"),
    ("pt", "600 militares no Gabão, 400 na RDC e 200 no Chade"),
    ("pl", "600 żołnierzy w Gabonie, 400 w DRK i 200 w RŚA"),
    ("ru", "600 военных в Габоне, 400 в ДРК и 200 в ЦАР"),
    ("uk", "600 військових у Габоні, 400 в ДРК і 200 в ЦАР"),
    # D226.2
    ("pt", "64 presos não voltaram de um total de 1.568"),
    ("pt", "26 militares do segmento feminino fizeram parte do contingente brasileiro , integrando um quadro total de 983 tropas"),
    # (https://g1.globo.com/politica/noticia/2026/01/12/saidinha-natal-2025-presos-nao-voltaram.ghtml:
    # "1.131 presos foragidos ente os 29,2 mil liberados"), with the total word
    ("pt", "1.131 presos não voltaram de um total de 29,2 mil liberados"),
    ("fr", "a déjà fait au moins 54 morts cet été aux Etats-Unis, sur un total de 2923 infections"),
    ("fr", "54 morts sur un total de 2923 cas"),
    ("it", "Bel 60 mila persone vengono salvate su un totale di 600 mila interventi dei bagnini sulle spiagge"),
    ("it", "Quasi 4.700 episodi su un totale di poco meno di 48mila casi censiti nel periodo"),
    ("it", "64 detenuti, sul totale di 1.568"),
    ("es", "se ha saldado con 493 denuncias formuladas, de un total de 13.583 motocicletas controladas"),
    ("es", "64 presos, del total de 1.568"),
    ("en", "64 prisoners did not return out of a total of 1,568"),
    ("de", "64 Häftlinge kehrten nicht zurück, von insgesamt 1.568"),
    ("pl", "64 więźniów nie wróciło z łącznie 1568"),
    ("ru", "64 заключённых не вернулись из в общей сложности 1568"),
    ("uk", "64 в'язні не повернулися з загалом 1568"),
    # D226.3
    ("tr", "229 bin 790 kişinin 141 bin 802’si hükümlü, 87 bin 988’i ise tutuklu"),
    # (https://www.evrensel.net/haber/336001/cezaevlerinde-22-bin-451-kapasite-fazlasi-mahpus-var)
    ("tr", "229 bin 790 kişinin 141 bin 802'si hükümlü, 87.988'i ise tutuklu"),
    # (https://twohaber.com/ekonomideki-bozulma-ile-yeni-rekor-cezaevleri-doldu-tasiyor-1)
    ("tr", "bu kişilerin 275 bin 965'i hükümlü, 38 bin 537'si tutuklu"),
    ("tr", "Bu sayıların 4 bin 104'ü çocuk, 2 bin 641'i kadın"),
    ("tr", "2 milyon 300 bin kişinin 1 milyon'u kadın, 1 milyon 300 bin'i erkek"),
    # D226.4
    ("id", "TNI menurunkan hingga 11 kontingen"),
    # (https://id.scribd.com/document/555064519/Kontingen-Garuda: "Terdapat total 27 lebih
    # kontingen pasukan")
    ("id", "Terdapat total 27 lebih kontingen pasukan"),
    # (https://koranjokowi.com/2020/11/03/tentara-indonesia-sebagai-pasukan-perdamaian-pbb-masih-diperhitungkan-sob/)
    ("id", "KONGA telah mengirimkan lebih dari 31 kontingen"),
    ("en", "up to 11 contingents"),
    ("fr", "onze contingents"),
    ("pt", "11 contingentes"),
    ("es", "11 contingentes de paz"),
    ("it", "11 contingenti"),
    ("de", "elf Kontingente"),
    # D226.6
    ("pt", "20 pessoas por segundo"),
    ("pt", "cerca de 3 mil pessoas por segundo"),
    ("es", "20 personas por segundo"),
]

test_features_read = case_test(READ)
test_features_unread = case_test(UNREAD, assert_unparsed)
