# ruff: noqa: E501 (the phrases are data, as written)
"""17np: the classes of figure round 29's misses in the ten judged languages (D55), per
language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D55.1: a Han month or day one space after its number is a date (text set with spaces
    # between Latin digits and Han characters)
    ("zh", "截至2023 年3 月15 日,全省共报告病例212 例", 212, "exact"),
    ("zh", "2022 年12 月,警方抓获犯罪嫌疑人35 名", 35, "exact"),
    ("ja", "2023 年4 月に同様の被害が58件あった", 58, "exact"),
    ("zh", "3 日本人", 3, "exact"),
    ("zh", "13 月 35 名", U, ""),
    # D55.2: a currency written before the amount lets a qualifier that is also a preposition
    # reach the number
    ("pt", "o prejuízo foi de cerca de R$ 2,5 milhões", 2500000, "approx"),
    ("pt", "apreenderam acima de R$ 40 mil em espécie", 40000, "at_least"),
    ("pt", "multas de até US$ 10 mil", 10000, "at_most"),
    ("pt", "R$ 40 mil em espécie", 40000, "exact"),
    ("id", "kerugian korban sampai Rp 350 juta", 350000000, "at_most"),
    ("id", "kerugian hingga Rp. 12 juta", 12000000, "at_most"),
    # D55.3: an amount per thing or head, and per month or year, is a rate; "all" is no "each"
    ("pt", "a multa é de R$ 5 mil por pessoa", U, ""),
    ("pt", "foram presos 30 suspeitos por policiais civis", 30, "exact"),
    ("ja", "月に50万円ほどを稼いでいた", U, ""),
    ("ja", "3月に50人が逮捕された", 50, "exact"),
    ("ja", "被害は年数件にとどまる", U, ""),
    ("ar", "اعترف 3 متهمين بالمشاركة في كل السرقات", 3, "exact"),
    ("ar", "يموت 5 أشخاص كل يوم", U, ""),
    # D55.4: Korean 한 as the verb after an object, and an age group before a person
    ("ko", "500만 원을 걸고 도박을 한 혐의", 5000000, "exact"),
    ("ko", "40대 B씨 등 5명을 입건했다", 5, "exact"),
    ("ko", "60대 남성 등 3명이 다쳤다", 3, "exact"),
    ("ko", "차량 30대가 불에 탔다", 30, "exact"),
    ("ko", "5명을 구조하고 한 명을 찾고 있다", U, ""),
    # D55.5: nouns ending in 分 before の are no fraction
    ("ja", "殺処分の対象は約3000頭", 3000, "approx"),
    ("ja", "3分の1", U, ""),
    # D55.6: several and teens with Han counters
    ("ja", "牛が数頭逃げ出した", 2, "vague"),
    ("ja", "10数台の車が被害に遭った", 11, "vague"),
    ("zh", "扑杀了数头生猪", 2, "vague"),
    # D55.7: Han numerals with an "-odd" word before a counter
    ("zh", "现场查获十多台赌博机", 10, "at_least"),
    ("zh", "共发生二十余起盗窃案", 20, "at_least"),
    ("zh", "一起盗窃案", U, ""),
    # D55.8: a number in brackets before its scale
    ("ar", "غرامة مالية قدرها (5) آلاف ريال", 5000, "exact"),
    ("ar", "ضبط (3) ملايين حبة", 3000000, "exact"),
    ("ar", "(٢٨٢٥) صكا", 2825, "exact"),
    # D55.9: the Arabic accusative with its alif
    ("ar", "سجلت المستشفيات ستا وثلاثين حالة", 36, "exact"),
    ("ar", "خمسا", 5, "exact"),
    # D55.10: Hindi "एक" before a place and its postposition beside a later number
    ("hi", "एक घर में छापा मारकर 12 जुआरियों को पकड़ा", 12, "exact"),
    ("hi", "एक गोदाम से हजारों बोतलें बरामद", 1000, "vague"),
    ("hi", "एक घर में आग लगी", 1, "exact"),
    # D55.11: it "piú" with an acute accent
    ("it", "sono stati arrestati piú di 40 scommettitori", 40, "at_least"),
    # D55.12: pl "jeszcze" before a preposition of time
    ("pl", "jeszcze w 2015 roku zatrzymano 420 kłusowników", 420, "exact"),
    ("pl", "zatrzymano jeszcze 5 osób", 5, "exact additional"),
    # D55.13: id "roda dua / empat" names a vehicle's kind
    ("id", "polisi mengamankan tiga unit sepeda motor roda dua", 3, "exact"),
    ("id", "sebanyak 12 kendaraan roda empat terjaring razia", 12, "exact"),
    # D55.14: zh "中的一个" (one of) after a count
    ("zh", "他是被解救的8名妇女中的一人", U, ""),
    ("zh", "警方解救8名妇女", 8, "exact"),
    # D55.15: hi "के करीब" before a number is the genitive and "about"
    ("hi", "राज्य के करीब 300 गांवों में", 300, "approx"),
    # D55.16: hi a span of days of the month
    ("hi", "मई की 5 तारीख से 20 तक 150 से अधिक लोग पकड़े गए", 150, "at_least"),
    # D55.17: hi a section of an act
    ("hi", "पुलिस ने 8 लोगों को 13 जुआ अधिनियम के तहत पकड़ा", 8, "exact"),
    ("hi", "13 जुआ एक्ट के तहत कार्रवाई", U, ""),
]


test_d55_reads_as_written = case_test(CLASSES)
