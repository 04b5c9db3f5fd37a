# ruff: noqa: E501 (the phrases are data, as written)
"""17cr: D74, a designation is no quantity (issue 17, precision: wrong numbers).

Letters glued to the digits after them name a thing. Folded to lower case, "M1989" read as
"million" and 1989: "3 M777 howitzers" = 3,000,777, "50 K9 howitzers" = 50,009, "100 M1989
howitzers" = 100,001,989 in every language whose table has "m" or "k" for a scale. Phrases of
their own, written for this test (none is a phrase of a round): the en, de, tr and ko rows read
otherwise before the change (a wrong number, or unparsed beside the count); the other languages'
rows, with the designation after the count, read right before and guard the rule; the "stays"
rows read so before it too (money glued to its currency, a unit's exponent, a time, a quarter,
Korean scale words glued to digits).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

DESIGNATIONS = [
    ("en", "North Korea sent 100 M1989 Koksan howitzers", 100, "exact"),
    ("en", "Kyiv received 3 M777 howitzers", 3, "exact"),
    ("en", "Poland ordered 50 K9 howitzers", 50, "exact"),
    ("en", "the M1989 Koksan", U, ""),
    ("de", "Nordkorea lieferte 100 M1989-Haubitzen", 100, "exact"),
    ("de", "Polen bestellte 50 K9-Panzerhaubitzen", 50, "exact"),
    ("fr", "la Corée du Nord a livré 100 obusiers M1989", 100, "exact"),
    ("es", "Corea del Norte envió 100 obuses M1989", 100, "exact"),
    ("it", "la Corea del Nord ha inviato 100 obici M1989", 100, "exact"),
    ("pt", "a Coreia do Norte enviou 100 obuses M1989", 100, "exact"),
    ("pl", "Korea Północna wysłała 100 haubic M1989", 100, "exact"),
    ("ru", "КНДР передала 100 гаубиц М1989", 100, "exact"),
    ("uk", "КНДР передала 100 гаубиць M1989", 100, "exact"),
    ("tr", "Kuzey Kore 100 M1989 obüsü gönderdi", 100, "exact"),
    ("id", "Korea Utara mengirim 100 howitzer M1989", 100, "exact"),
    ("hi", "उत्तर कोरिया ने 100 M1989 होवित्जर भेजे", 100, "exact"),
    ("ar", "أرسلت كوريا الشمالية 100 مدفع M1989", 100, "exact"),
    ("ko", "북한은 M1989 자주포 100문을 보냈다", 100, "exact"),
    ("zh", "朝鲜向俄罗斯提供了100门M1989自行火炮", 100, "exact"),
    ("ja", "北朝鮮はM1989自走砲100門を送った", 100, "exact"),
    # stays: money glued to its currency, million after digits, a unit's exponent, a time, a
    # quarter, Korean scale words glued to digits
    ("en", "$5m in aid", 5_000_000, "exact"),
    ("en", "5m people were affected", 5_000_000, "exact"),
    ("id", "kerugian mencapai Rp18 miliar", 18_000_000_000, "exact"),
    ("en", "about 10,000 km² of forest", 10_000, "approx"),
    ("ja", "9月8日AM8:00現在、約5万7000戸", 57_000, "approx"),
    ("en", "Q1 2024", U, ""),
    ("ko", "1만2000명이 대피했다", 12_000, "exact"),
]


test_a_designation_is_no_quantity = case_test(DESIGNATIONS)
