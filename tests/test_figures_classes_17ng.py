# ruff: noqa: E501 (the phrases are data, as written)
"""17ng: the classes of figure round 21's misses (D47), per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D47.1: the count of a rise is additional: hi "N अधिक" / "बढ़ गए", zh 增加 + number, ar
    # "بزيادة", id "peningkatan sebanyak", tr "artışıyla", pl "N więcej niż w ubiegłym roku"
    ("hi", "इस साल 2,500 अधिक श्रद्धालु पहुंचे", 2500, "exact additional"),
    ("hi", "पिछले साल से करीब 40 हजार छात्र अधिक हैं", 40000, "approx additional"),
    ("hi", "जिले में 25 स्कूल बढ़ गए", 25, "exact additional"),
    ("hi", "500 से अधिक छात्र", 500, "at_least"),
    ("hi", "संख्या 800 तक बढ़ गई", 800, "exact"),
    ("zh", "客流量同比增加120万人次", 1_200_000, "exact additional"),
    ("zh", "参观人数增长约3万人", 30_000, "approx additional"),
    ("zh", "死亡人数增加到35人", 35, "exact"),
    ("ar", "بزيادة قدرها 1500 حاج عن العام الماضي", 1500, "exact additional"),
    ("ar", "ارتفع عدد الزوار إلى 5000 زائر", 5000, "exact"),
    ("id", "jumlah wisatawan mengalami kenaikan sebanyak 12 ribu orang", 12_000, "exact additional"),
    ("id", "jumlah korban naik menjadi 40 orang", 40, "exact"),
    ("tr", "geçen yıla göre 2 bin 300 ziyaretçi artışıyla", 2300, "exact additional"),
    ("pl", "to o 300 osób więcej niż w zeszłym roku", 300, "exact additional"),
    ("pl", "więcej niż 300 osób", 300, "at_least"),
    # D47.2: qualifiers: hi "से कम से कम" ("from" before "at least"), zh 有 between a qualifier and
    # its number, pt / es / it a qualifier set off by commas
    ("hi", "अलग-अलग इलाकों से कम से कम 40 लोगों को हिरासत में लिया गया", 40, "at_least"),
    ("hi", "100 से कम लोग", 100, "at_most"),
    ("zh", "现场约有300多人", 300, "approx"),
    ("zh", "大概有5000人参加", 5000, "approx"),
    ("pt", "o incêndio atingiu, pelo menos, 30 casas", 30, "at_least"),
    ("pt", "foram presos, no mínimo, 12 suspeitos", 12, "at_least"),
    ("pt", "morreram 5 pessoas e, pelo menos, 8 ficaram feridas", U, ""),
    ("es", "el temporal dejó, al menos, 20 familias sin hogar", 20, "at_least"),
    ("it", "il crollo ha coinvolto, almeno, 7 persone", 7, "at_least"),
    # D47.3: Hindi numbers: साढ़े (and a half), ordinals in -वीं / -वां, "एक ही" (the same)
    ("hi", "साढ़े चार लाख लोग प्रभावित", 450_000, "exact"),
    ("hi", "करीब साढ़े 3 हजार मरीज", 3500, "approx"),
    ("hi", "सुबह साढ़े आठ बजे 30 लोग पहुंचे", 30, "exact"),
    ("hi", "5वीं और 8वीं कक्षा के 1,200 छात्र", 1200, "exact"),
    ("hi", "12 वीं की परीक्षा में 900 छात्र बैठे", 900, "exact"),
    ("hi", "एक ही परिवार के 6 लोगों की मौत", 6, "exact"),
    ("hi", "एक ही व्यक्ति घायल हुआ", 1, "exact"),
    # D47.4: rates and averages: hi "हर घंटे", zh 日均 / 人均 / 平均
    ("hi", "हर घंटे 50 हजार यात्री", U, ""),
    ("zh", "日均客流量120万人次", U, ""),
    ("zh", "平均每天300人", U, ""),
    # D47.5: Chinese magnitudes: 上万 / 上千 / 上百 (as in 成千上万), 十几 after any character
    ("zh", "现场聚集了上万名群众", 10_000, "vague"),
    ("zh", "有上千人参加", 1000, "vague"),
    ("zh", "上百辆汽车", 100, "vague"),
    ("zh", "成千上万人", 1000, "vague"),
    ("zh", "船上千人", 1000, "exact"),
    ("zh", "一个十几万人的城市", 110_000, "vague"),
    ("zh", "现场有十几人受伤", 11, "vague"),
    # D47.6: dates and names: zh clock by the part of the day, month-day before an event; ar
    # Hijri years and days; tr a year with the locative; id words of a time of the year
    ("zh", "截至晚上8點共有2000人到场", 2000, "exact"),
    ("zh", "下午3点半现场约有500人", 500, "approx"),
    ("zh", "921大地震造成2400多人死亡", 2400, "at_least"),
    ("zh", "5000遊行民眾", 5000, "exact"),
    ("ar", "في موسم حج 1440هـ بلغ عدد الحجاج 2489406 حاجا", 2_489_406, "exact"),
    ("ar", "حتى 15 رمضان وصل عدد المعتمرين 300 ألف معتمر", 300_000, "exact"),
    ("tr", "2019'da 1.250.000 kişi ziyaret etti", 1_250_000, "exact"),
    ("tr", "2019'da", 2019, "exact"),
    ("id", "sejak awal 2024 sebanyak 45 pabrik tutup", 45, "exact"),
    ("id", "selama libur lebaran 2023 tercatat 120 kecelakaan", 120, "exact"),
    # D47.7: the old count of a change written after the new one (id), "and" with a verb before
    # "of them" (ar), the hinted Turkish table (tr), "other" after "and" (zh)
    ("id", "naik menjadi 60 orang dari tahun lalu 45 orang", 60, "exact"),
    ("id", "menjadi 9 dari 12 orang", U, ""),
    ("ar", "شارك 500 متسابق وفاز منهم 20 متسابقا", U, ""),
    ("ar", "أصيب 15 شخصا، منهم 4 أطفال", 15, "exact"),
    ("tr", "45'i yabancı uyruklu 60 göçmen yakalandı", 60, "exact"),
    ("zh", "数十只天鹅及其他水鸟", 10, "vague"),
    # D47.8: Portuguese decimal comma before a plural scale; the Arabic dual of رأس
    ("pt", "2,350 milhões de eleitores", 2_350_000, "exact"),
    ("pt", "2.350 milhões de reais", 2_350_000_000, "exact"),
    ("ar", "نفق رأسان من الماشية", 2, "exact"),
]


test_d47_reads_as_written = case_test(CLASSES)
