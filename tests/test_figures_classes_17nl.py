# ruff: noqa: E501 (the phrases are data, as written)
"""17nl: the classes of figure rounds 23, 24 and 26's misses in the ten judged languages (D51),
per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D51.1: a change from A (in one year) to B (in a later one) gives the new total B (D35)
    ("ko", "교통사고 사망자는 2019년 120명에서 2023년 95명으로 감소했다", 95, "exact"),
    ("ko", "환자는 지난해 30명에서 올해 48명으로 늘었다", 48, "exact"),
    ("ko", "2019년 120명, 2023년 95명", U, ""),
    ("tr", "2015 yılında 820 olan ölü sayısı 2022 yılında 610'a düştü", 610, "exact"),
    ("tr", "2015 yılında 820 olan ölü sayısı", 820, "exact"),
    ("ja", "2010年は約120人だったが、2020年には約80人に減少した", 80, "approx"),
    ("ja", "死者は30人から45人へと増加した", 45, "exact"),
    ("ja", "2010年は120人、2020年は80人", U, ""),
    ("it", "passando dai 120 del 2022 ai 95 di quest'anno", 95, "exact"),
    ("it", "sono saliti dai 30 dell'anno scorso ai 48 di quest'anno", 48, "exact"),
    ("it", "dal 13 al 19 dicembre 40 feriti", 40, "exact"),
    # D51.2: the noun or verb of a rise before its count is additional (rule 12)
    ("pt", "um aumento de 312 mortes em relação a 2021", 312, "exact additional"),
    ("pt", "houve um aumento de casos, que chegaram a 300", 300, "exact"),
    ("pt", "foram 1.200 casos em relação ao ano anterior", 1200, "exact"),
    ("it", "un aumento di 300 casi rispetto al 2022", 300, "exact additional"),
    ("it", "i morti sono cresciuti in tutto di 12", 12, "exact additional"),
    ("it", "i morti sono saliti a 12", 12, "exact"),
    ("ko", "사망자가 5명 늘었다", 5, "exact additional"),
    ("ko", "2년 새 300건 넘게 증가했다", 300, "at_least additional"),
    ("ko", "사망자가 100명으로 늘었다", 100, "exact"),
    # D51.3: a superlative before the count is no qualifier
    ("tr", "en az kaza ise 12 ile Bartın'da oldu", 12, "exact"),
    ("tr", "en az 12 kişi öldü", 12, "at_least"),
    ("ja", "死者は過去最多の412人に上った", 412, "exact"),
    ("ja", "死者は最多で5人", 5, "at_most"),
    # D51.4: names and dates with numbers: Japanese era years, a weekday's date in brackets
    # (id), a street's or an emergency line's number (tr), a law's section (hi)
    ("ja", "平成30（2018）年の死者は1200人", 1200, "exact"),
    ("ja", "令和元年度の件数は345件", 345, "exact"),
    ("id", "polisi menahan 6 orang pada Senin (12/8)", 6, "exact"),
    ("id", "rasio (3/4) warga", U, ""),
    ("tr", "1203 Sokak'ta çıkan yangında 3 kişi yaralandı", 3, "exact"),
    ("tr", "155 Polis İmdat hattına gelen ihbarla 2 şüpheli yakalandı", 2, "exact"),
    ("tr", "12 sokak köpeği 3 kişiye saldırdı", U, ""),
    ("hi", "पुलिस ने धारा 144 के तहत 35 लोगों को गिरफ्तार किया", 35, "exact"),
    # D51.5: a breakdown after the count ("of them", "of which")
    ("pl", "zginęło 80 osób, 12 z nich to dzieci", 80, "exact"),
    ("ar", "سجلت 500 حالة، منها 20 حالة وفاة", 500, "exact"),
    ("ar", "ارتكبت 4 مجازر، وصل منها إلى المستشفيات 62 جثمانا", U, ""),
    ("it", "oltre 40 vittime, 9 di bambini", 40, "at_least"),
    ("tr", "5'i çocuk, 7'si kadın olmak üzere 20 kişi yaralandı", 20, "exact"),
    # D51.6: Hindi "एक ही" (one and the same, a single) beside a count, and "एक रिकॉर्ड" (a
    # record), are no count of one
    ("hi", "एक ही परिवार के चार लोगों की मौत", 4, "exact"),
    ("hi", "तीनों मृतक एक ही गांव के थे", 3, "exact"),
    ("hi", "एक ही व्यक्ति की मौत हुई", 1, "exact"),
    ("hi", "एक रिकॉर्ड 450 यूनिट रक्तदान", 450, "exact"),
    # D51.7: words that hold a table word: ko 배타적 (no 배), 시각 (no 각); zh 各級 (no "each"); ja
    # 人分 (no fraction); ar "يوم واحد" (one day), a dual stressed by "two"; tr "N günlük" (a
    # duration), "bir daha" (ever again)
    ("ko", "배타적 경제수역에서 어선 3척을 나포했다", 3, "exact"),
    ("ko", "3배", U, ""),
    ("zh", "各级法院共审结案件300件", 300, "exact"),
    ("zh", "各300人", U, ""),
    ("ja", "3万人分の食料", 30000, "exact"),
    ("ja", "3分の1", U, ""),
    ("ar", "سقط 12 قتيلا في يوم واحد", 12, "exact"),
    ("ar", "مقتل طفلين اثنين", 2, "exact"),
    ("ar", "مصرع مهاجرين اثنين وفقدان ثالث", U, ""),
    ("tr", "üç günlük tatilde 25 kişi boğuldu", 25, "exact"),
    ("tr", "günlük 500 kişi", U, ""),
    ("tr", "12 kişi bir daha dönmedi", 12, "exact"),
    ("tr", "bir kişi daha öldü", 1, "exact additional"),
    # D51.8: "N new" (right after the count) is additional in every language; before the count
    # "new" names the counted
    ("en", "health officials reported 420 new cases", 420, "exact additional"),
    ("en", "new cases rose to 420", 420, "exact"),
    ("de", "das RKI meldete 420 neue Fälle", 420, "exact additional"),
    ("tr", "420 yeni vaka tespit edildi", 420, "exact additional"),
    ("tr", "yeni vaka sayısı 420", 420, "exact"),
    ("ar", "سجلت 420 إصابة جديدة", 420, "exact additional"),
    ("ar", "بلغ عدد الحالات الجديدة 420 حالة", 420, "exact"),
    ("hi", "राज्य में 420 नए मामले दर्ज", 420, "exact additional"),
    ("ko", "신규 확진자는 420명", 420, "exact"),
    # D51.9: Arabic words of closeness and approach are "nearly"
    ("ar", "قرابة 3 آلاف شخص", 3000, "nearly"),
    ("ar", "ما يناهز 500 شخص", 500, "nearly"),
    ("ar", "بما يقارب 12 مليون دولار", 12000000, "nearly"),
    ("ar", "حوالي 500 شخص", 500, "approx"),
]


test_d51_reads_as_written = case_test(CLASSES)
