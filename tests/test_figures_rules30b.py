# ruff: noqa: E501 (the phrases are data, as written)
"""30rb: language features the figure reader missed in round 88 (issue 17, D216).

The first phrase of each feature is round 88's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round88.csv``); the others are forms written for this test from each
grammar; expected readings by hand from the codebook.

* D216.2: de "Viertel" after a preposition with its article ("ins Viertel", "im Viertel") is the
  district, no quarter; "ein Viertel", "das Viertel der …" stay the fraction.
* D216.3: pt "na sua maioria" (mostly) after the comma is a breakdown's word (D30), as "na maioria".
* D216.4: tr the case forms of "tabur" with the possessive ("taburundan") are units (D20).
* D216.5: tr "bir" after a number with "-lik" ("5000'lik bir tümen") is the article (D8).
* D216.6: pl a transitive verb of change before "z A do B" gives B (D35).
* D216.7: zh a Han numeral before 个 and a noun of people in 人 ("三个唐山人") is a headcount.
* D216.8-10: ko "N차" (the Nth round) is an ordinal; "6·25전쟁" (month·day before a war's or a
  movement's name) a date; "38선" (a line's name) no count.
* D216.11: id a spaced dash after a capacity word ("berkapasitas 30.000 - 38.000") is a range.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D216.2
    ("de", "Über 100 000 Menschen zogen am Wochenende ins Viertel", 100_000, "at_least"),
    ("de", "Über 100 000 Menschen zogen im Viertel", 100_000, "at_least"),
    ("de", "300 Polizisten sperrten das Gelände im Viertel ab", 300, "exact"),
    # D216.3
    ("pt", "dezenas de milhares de pessoas, na sua maioria jovens", 10_000, "vague"),
    ("pt", "500 pessoas, na sua maioria jovens", 500, "exact"),
    ("pt", "500 pessoas, na sua grande maioria jovens", 500, "exact"),
    # D216.5
    ("tr", "5000’lik bir tümen tugayını", 5_000, "exact"),
    ("tr", "500'lük bir grup", 500, "exact"),
    # D216.6
    ("pl", "Zwiększa to liczebność naszych wojsk w tym kraju z 75 tys. do 125 tys.", 125_000, "exact"),
    ("pl", "zwiększył liczbę żołnierzy z 300 do 500", 500, "exact"),
    ("pl", "zmniejszają kontyngent z 2 tys. do 1,5 tys.", 1_500, "exact"),
    # D216.7
    ("zh", "三个唐山人", 3, "exact"),
    ("zh", "两个中国人", 2, "exact"),
    ("zh", "十个人", 10, "exact"),
    # D216.8
    ("ko", "1차로 30여만 명의 병력이", 300_000, "at_least"),
    ("ko", "2차로 12만명이 들어왔다", 120_000, "exact"),
    ("ko", "3차에 5천명이 투입됐다", 5_000, "exact"),
    # D216.9
    ("ko", "300만명의 병력이 6·25전쟁에서 싸웠다", 3_000_000, "exact"),
    ("ko", "5·18 민주화운동 당시 200명", 200, "exact"),
    ("ko", "6.25 전쟁 때 300만 명", 3_000_000, "exact"),
    # D216.10
    ("ko", "38선을 넘은 5만 명", 50_000, "exact"),
    # D216.11
    ("id", "berkapasitas 30.000 - 38.000 penonton", (30_000, 38_000), "range"),
    ("id", "stadion berkapasitas 30.000 – 38.000 penonton", (30_000, 38_000), "range"),
]
STAY = [
    # D216.2: the fraction and a district's number
    ("de", "Über 100 000 Menschen zogen am Wochenende", 100_000, "at_least"),
    # D216.3: the neighbours read so already
    ("es", "decenas de miles de personas, en su mayoría jóvenes", 10_000, "vague"),
    ("it", "decine di migliaia di persone, per lo più giovani", 10_000, "vague"),
    ("fr", "des dizaines de milliers de personnes, pour la plupart des jeunes", 10_000, "vague"),
    ("en", "tens of thousands of people, mostly young", 10_000, "vague"),
    # D216.4: "taburcu" (discharged) is no battalion
    ("tr", "120 kişi taburcu edildi", 120, "exact"),
    # D216.5: "bir" before a scale word is the numeral
    ("tr", "bir milyon kişi", 1_000_000, "exact"),
    # D216.6: "z A do B" with no verb of change is a range; "wzrosła z … do" as before
    ("pl", "z 300 do 500 osób", (300, 500), "range"),
    ("pl", "liczba wzrosła z 300 do 500", 500, "exact"),
    # D216.7: a digit before 个 as before; a count in digits after keeps its own
    ("zh", "3个唐山人", 3, "exact"),
    ("zh", "三个人中有5人", 5, "exact"),
    # D216.8: a count beside the war's ordinal
    ("ko", "2차 세계대전 때 300만 명", 3_000_000, "exact"),
    # D216.9: a range with a tilde is no date
    ("ko", "3~4명", (3, 4), "range"),
    # D216.11
    ("id", "berkapasitas 80.000 penonton", 80_000, "exact"),
    ("id", "kapasitas 500 - 600 orang", (500, 600), "range"),
]
UNREAD = [
    # D216.2: the fraction
    ("de", "ein Viertel der Menschen"),
    ("de", "das Viertel der Bevölkerung"),
    # D216.4
    ("tr", "3 piyade taburundan oluşuyordu"),
    ("tr", "5 piyade taburunu"),
    # D216.7: a time, across 的, a lone 一
    ("zh", "三个月"),
    ("zh", "两个多小时"),
    ("zh", "三个国家的人"),
    ("zh", "一个人"),
    # D216.8: N차례 is a count of occasions: with another count, two quantities, as before
    ("ko", "2차례에 걸쳐 300명"),
    # D216.10
    ("ko", "북한군 10개 사단이 38선을 넘어"),
    ("ko", "3선 의원"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
