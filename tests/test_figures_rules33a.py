# ruff: noqa: E501 (the phrases are data, as written)
"""33ra: rounds 95 and 96's misses in European languages, tr and id, read as features of a grammar
(issue 17, D224).

The first phrase of each feature is round 95's or 96's, a real phrase of the ``pages`` corpus (its
source in ``tests/cases/figures_round95.csv`` / ``figures_round96.csv``); a few more are real
phrases of the ``pages`` corpus (the URL in a comment); the others are forms written for this test
from each grammar; expected readings by hand from the codebook.

* D224.1: every minute, second or hour ("jede Minute", "щохвилини", "ежеминутно", "co minutę",
  "her dakika", "toutes les minutes", "por minuto") is a rate, as "every day" is (D114).
* D224.2: an average named with its period ("una media giornaliera di", "un promedio diario de",
  "une moyenne quotidienne de", "im Tagesdurchschnitt", "среднесуточно") is a rate (D40).
* D224.3: "nearly the whole of" a count ("la quasi-totalité des", "la casi totalidad de") is a part
  of it (D49); "la totalité des" (the whole) stays the count.
* D224.4: "most of the sources / historians" is a share of the tellers, not of the count.
* D224.5: de "die (überwiegende) Mehrheit" after the count and a comma is its breakdown (D30).
* D224.6: id "bertambah (hingga / sampai) mencapai N" (rose until reaching N) is the new total.
* D224.7: pl "jeszcze" after "żyje" (lives), also with "ich" (of them), is "still".
* D224.8: tr "one of the N X" with a compound noun ("son 3 Kore gazisinden biri") is a share.
* D224.9: tr durations listed before one time unit ("4, 5, 6 ve 7 yıl") are durations.
* D224.10: en "a year later / earlier / ago" right after the count is no rate "a year".
* D224.11: "¿" between a digit and three digits is a thousands mark lost in a page's decoding.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D224.4
    ("es", "la mayoría de las fuentes las cifran entre 122.766 y 320.000", 221_383, "range"),
    ("es", "la mayoría de los historiadores calculan 300.000 muertos", 300_000, "exact"),
    ("pt", "a maioria das fontes estima 300 mil mortos", 300_000, "exact"),
    ("it", "la maggior parte delle fonti parla di 300.000 morti", 300_000, "exact"),
    ("fr", "la majorité des sources avancent 300 000 morts", 300_000, "exact"),
    ("de", "die Mehrheit der Historiker geht von 300.000 Toten aus", 300_000, "exact"),
    ("en", "the majority of sources put the toll at 300,000", 300_000, "exact"),
    # D224.5
    ("de", "fast 120 Arbeitskräfte, die überwiegende Mehrheit Rumänen und ein paar Bulgaren", 120, "nearly"),
    ("de", "300 Festgenommene, die große Mehrheit Studenten", 300, "exact"),
    # D224.6
    ("id", "kuota haji Indonesia terus bertambah hingga mencapai 221.000 jemaah pada tahun 2023", 221_000, "exact"),
    ("id", "jumlah pengungsi bertambah mencapai 1.200 orang", 1_200, "exact"),
    ("id", "korban bertambah sampai mencapai 35 orang", 35, "exact"),
    # D224.7
    ("pl", "Żyje ich jeszcze 420", 420, "exact"),
    ("pl", "żyje jeszcze 420 powstańców", 420, "exact"),
    ("pl", "jest ich jeszcze pięciu", 5, "exact"),
    # D224.9
    ("tr", "çeşitli birimlerde 4, 5, 6 ve 7 yıl süreyle çalışan 9 işçi", 9, "exact"),
    ("tr", "2 ve 3 ay süren grevde 40 işçi", 40, "exact"),
    ("tr", "9 işçi 6 ve 7 yıl çalıştı", 9, "exact"),
    # D224.10
    ("en", "rising to nearly 59,000 a year later", 59_000, "nearly"),
    ("en", "59,000 pilgrims a year earlier", 59_000, "exact"),
    # D224.11
    ("de", "nur noch 165.000 polnische Saisonarbeitnehmer im Einsatz gewesen im Vergleich zu 197¿000 ein Jahr zuvor", 165_000, "exact"),
    ("de", "197¿000 Saisonarbeiter", 197_000, "exact"),
    ("es", "1¿500¿000 personas", 1_500_000, "exact"),
]
STAY = [
    # D224.1: a saying, and a minute that is no frequency
    ("de", "jede Minute zählt: 24 Menschen gerettet", 24, "exact"),
    ("de", "in letzter Minute 24 Menschen gerettet", 24, "exact"),
    ("de", "in der Minute danach 24 Menschen", 24, "exact"),
    ("pl", "w ostatniej minucie 24 osoby", 24, "exact"),
    # D224.3: the whole of the count stays the count
    ("fr", "la totalité des 13 152 raflés", 13_152, "exact"),
    ("es", "la totalidad de los 13.152 detenidos", 13_152, "exact"),
    # D224.5: the share's whole after "Mehrheit" stays a share (UNREAD); "die meisten davon" as before
    ("de", "fast 120 Arbeitskräfte, die meisten davon Rumänen", 120, "nearly"),
    # D224.6: "bertambah" alone is "rose by"
    ("id", "bertambah 436 orang", 436, "exact additional"),
    ("id", "bertambah menjadi 221.000 jemaah", 221_000, "exact"),
    # D224.7: "jeszcze" of "more" after a verb of an event
    ("pl", "zginęło jeszcze 5 osób", 5, "exact additional"),
    # D224.8: a verb between the count and the ablative, no compound noun
    ("tr", "12 kişi öldü yaralılardan biri ağır", 12, "exact"),
    # D224.9: "ayı" (a bear) is no month; counts listed before a noun stay
    ("tr", "3 ve 4 aylık 12 bebek", 12, "exact"),
    # D224.10: a rate stays a rate (UNREAD); a time before the count stays
    ("en", "a week later 300 people had died", 300, "exact"),
    # D224.11: a Spanish question mark before a number
    ("de", "¿1.000 Tote?", 1_000, "exact"),
]
UNREAD = [
    # D224.1
    ("de", "jede Minute 24 Menschen"),
    ("de", "jede Stunde 24 Menschen"),
    ("de", "minütlich 24 Menschen"),
    ("uk", "щохвилини з України виїжджають двоє заробітчан"),
    # https://www.vz.kiev.ua/shhogodyny-vid-koronavirusu-v-sviti-pomyraye-246-lyudej/
    ("uk", "Щогодини від коронавірусу в світі помирає 246 людей"),
    ("uk", "щосекунди 24 людини"),
    ("ru", "ежеминутно 24 человека"),
    ("ru", "ежечасно 24 человека"),
    ("pl", "co minutę 24 osoby"),
    ("pl", "co godzinę 24 osoby"),
    ("tr", "her dakika 24 kişi"),
    ("fr", "toutes les minutes 24 personnes"),
    ("fr", "par minute 24 personnes"),
    ("pt", "24 pessoas por minuto"),
    # D224.2
    ("it", "una media giornaliera di 90.400 nei 358 giorni dell’Anno Santo"),
    # https://www.paroladivita.org/giubileo-338-milioni-di-pellegrini-in-totale
    ("it", "con una media giornaliera di 90.400 presenze nei 358 giorni dell’Anno Santo"),
    ("it", "la media giornaliera è di 90.400 persone"),
    ("es", "un promedio diario de 90.400 personas"),
    ("pt", "uma média diária de 90.400 pessoas"),
    ("fr", "une moyenne quotidienne de 90 400 personnes"),
    ("de", "im Tagesdurchschnitt 90.400 Menschen"),
    ("ru", "среднесуточно 90 400 человек"),
    ("uk", "середньодобово 90 400 людей"),
    ("pl", "średnia dzienna 90 400 osób"),
    # D224.3
    ("fr", "La quasi-totalité des 13 152 raflés furent déportés"),
    ("fr", "la quasi totalité des 13 152 raflés"),
    ("es", "la casi totalidad de los 13.152 detenidos"),
    ("it", "la quasi totalità dei 13.152 deportati"),
    ("pt", "a quase totalidade dos 13.152 deportados"),
    # D224.4 / D224.5: the share's whole after the share word stays a share
    ("es", "la mayoría de los 800 detenidos"),
    ("de", "die Mehrheit der 120 Arbeitskräfte"),
    ("en", "the majority of the 300 victims"),
    # D224.8
    ("tr", "Burdur’un son 3 Kore gazisinden biri olan Tulunay’ın vefatı"),
    ("tr", "son 3 Kore gazilerinden biri"),
    ("tr", "3 kişiden biri"),
    # D224.9: a bear is no month, two counts
    ("tr", "10 ve 12 ayı"),
    # D224.10: a rate stays a rate; "from a week earlier" after a per cent as before (round 30)
    ("en", "300 pilgrims a day"),
    ("en", "200 calls a day on the hotline"),
    ("en", "Deaths totaled 603, up 16 percent from a week earlier"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
