# ruff: noqa: E501 (the phrases are data, as written)
"""17nk: the classes of figure round 25's misses (D50), per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D50.1: a period of a year beside the count is a date or a duration, no second quantity:
    # quarters (pl "kwartał", tr "çeyreğinde"), ko month ranges with 월 once and "N월간", ko
    # ordinals "N차", pl "z" a year after a survey or a report, ar Hijri years, a year in
    # brackets closing the phrase, ar "نصف العام"
    ("pl", "W ciągu dwóch kwartałów 2023 r. zgłoszono 412 wypadków", 412, "exact"),
    ("pl", "w pierwszym kwartale odnotowano 87 zgonów", 87, "exact"),
    ("pl", "Raport z 2022 pokazuje, że było ich 1 250", 1250, "exact"),
    ("pl", "zginęło 12 górników z 1900 zatrudnionych", U, ""),
    ("tr", "yılın ilk iki çeyreğinde 4 bin 210 kişi işten çıkarıldı", 4210, "exact"),
    ("tr", "2024 yılının üçüncü çeyreğinde 500 kişi işten çıkarıldı", 500, "exact"),
    ("tr", "ilk üç çeyrekte 300 ve 400 kişi", U, ""),
    ("ko", "올해 1~9월 사망자는 1203명으로 집계됐다", 1203, "exact"),
    ("ko", "3월~8월간 실종자는 42명", 42, "exact"),
    ("ko", "월간 300명", U, ""),
    ("ko", "1~2개월 동안 300명", 300, "exact"),
    ("ko", "3차 회의에서 250명이 참석했다", 250, "exact"),
    ("ko", "3~5명", 4, "range"),
    ("ar", "بلغ عدد الحجاج 2300 حاج في عام ١٤٤٤", 2300, "exact"),
    ("ar", "سجلت نحو 45 ألف حالة في العام الماضي (2019)", 45000, "approx"),
    ("ar", "عدد القتلى (2013)", 2013, "exact"),
    ("ar", "تم تسجيل 800 حالة خلال نصف العام الأول", 800, "exact"),
    ("ar", "نصف الضحايا", U, ""),
    # D50.2: "estimated" is approximate (rule 2): ja 推計で
    ("ja", "推計で12万人が避難した", 120000, "approx"),
    ("ja", "12万人が避難した", 120000, "exact"),
    # D50.3: "new" counts only after the number (D40.14), also in pl and id; it "nuovi nati"
    # (newborns) is one noun
    ("pl", "liczba nowych przypadków wyniosła 1 200", 1200, "exact"),
    ("pl", "odnotowano 300 nowych przypadków", 300, "exact additional"),
    ("id", "jumlah kasus baru mencapai 5.400 kasus", 5400, "exact"),
    ("id", "ada 120 kasus baru", 120, "exact additional"),
    ("it", "nel 2023 sono stati 379.000 i nuovi nati", 379000, "exact"),
    ("it", "ci sono 300 nuovi casi", 300, "exact additional"),
    # D50.4: words that only look like a qualifier, a rate or a share
    ("tr", "işsiz sayısı 2 milyonu aşarken", 2000000, "at_least"),
    ("tr", "doğum sayısı 1 milyon 200 bin olarak kayıtlara geçti", 1200000, "exact"),
    ("tr", "sayı 1 milyonu geçti", 1000000, "at_least"),
    ("ar", "بلغ عدد القتلى حتى الآن 35 شخصا", 35, "exact"),
    ("ar", "حتى 35 شخصا", 35, "at_most"),
    ("hi", "हर साल की तरह इस बार भी हजारों लोग पहुंचे", 1000, "vague"),
    ("hi", "हर साल 500 लोग", U, ""),
    ("id", "polisi menangkap 40 orang yang mayoritas WNA", 40, "exact"),
    ("id", "mayoritas dari 40 orang", U, ""),
    ("zh", "抽调各部门200余人参与救援", 200, "at_least"),
    ("zh", "各抽调200人", U, ""),
    ("pl", "co rok umiera kilkuset bezdomnych", U, ""),
    ("pl", "umarło kilkuset bezdomnych", 200, "vague"),
    # D50.5: a breakdown after "yakni" / "yaitu" (namely) is parts of the figure
    ("id", "ada 520 korban, yakni 300 dari Jawa dan 220 dari Bali", 520, "exact"),
    ("id", "ada 520 korban dan 300 pengungsi", U, ""),
    # D50.6: a change "from A to B" with the nouns or verbs of change (D35)
    ("pl", "liczba ofiar uległa zmniejszeniu z 1200 do 950", 950, "exact"),
    ("pl", "od 1 200 do 1 500 osób", 1350, "range"),
    ("it", "sono raddoppiati da 200 a 400", 400, "exact"),
    ("it", "da 200 a 400 persone", 300, "range"),
]


test_d50_reads_as_written = case_test(CLASSES)
