# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-fourth round for issue 17: phrases labelled by a helper who never ran the engine, early in the session
of 2026-12-05 (ninth), as its measurement.

``tests/cases/figures_round24.csv`` holds 400 figure phrases from 244 pages (drownings while bathing, blood donation drives, organ transplants and waiting lists, asylum applications, evictions, illegal fishing seizures, adoptions, school closures for flu and football attendance):
20 in each of tr, pl, zh, ar, hi, ko, ja, it, pt, id and 33-34 in each of en, de, fr, es, ru, uk.
No phrase of it is in any other case table.

Nobody who wrote a rule read it before the end (``benchmarks/compare_figures.py --skip`` kept its
readings from the rule writers' comparisons). The session's starting code (f5f64bd) read
**352/400 (ar 16 de 29 en 33 es 30 fr 31 hi 15 id 16 it 17 ja 15 ko 15 pl 19 pt 18 ru 31 tr 17 uk 32 zh 18)**; its end, after D49 (round 20), D50 (round 25), the grammar sweeps of every
table (17gwa, 17gwb, 17gwc) and the constructions across languages (17cs), **356/400** (ar 16 de 29 en 33 es 30 fr 30 hi 16 id 16 it 17 ja 15 ko 18 pl 19 pt 18 ru 31 tr 17 uk 32 zh 19):
171/200 in the judged languages, 185/200 in the six. The misses below were listed after that
measurement and are not yet sorted into classes: the next session's development round.
In en, de, fr, es, ru and uk it then became a development round (17nm, D52): these six read
185/200 before its classes were written and **199/200** after (de 34 en 33 es 33 fr 33 ru 34 uk 32); the rows left, each with why.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round24.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    ('tr', 'Dört günlük bayram tatilinde 19 kişi, serinlemek veya balık tutmak için girdiği suda boğuldu'),
    ('tr', 'Serinlemek için deniz, dere, gölet veya sulama kanallarına girenlerden 43 bir daha sudan çıkamadı'),
    ('tr', "3'ü yabancı uyruklu, 43'ü yerli olmak üzere 46 kişi yaşamını yitirdi"),
    ('pl', 'W ubiegłym roku w polskich wodach utonęło 646 osób, aż 157 z nich było pod wpływem alkoholu'),
    ('zh', '南海海區各級海警機構共查辦涉漁類案件70起'),
    ('ar', '«نعم الجود 18».. حملة التبرع بالدم لثلاثة أيام'),
    ('ar', 'أزيد من ثلاثة آلاف حالة غرق في مجموع الشواطئ الوطنية، منها 43 حالة وفاة'),
    ('ar', 'تمكن معلمو السباحة من إنقاذ ألفين و947 شخصا أحياء'),
    ('ar', 'اليوم السبت 07 وفيات غرقا في يوم واحد'),
    ('hi', 'एक ही दिन में 2563 यूनिट रक्तदान के साथ जोधपुर में एक रिकॉर्ड रक्तदान हुआ'),
    ('hi', 'गुजरात के पोइचा में नर्मदा नदी में एक ही परिवार के सात लोगों के डूबने की खबर सामने आई है'),
    ('hi', 'मृतकों की उम्र 10 से 12 के बीच है'),
    ('hi', 'पांचों बच्चे एक ही परिवार के बताए जाते हैं'),
    ('ko', 'EEZ(배타적 경제수역) 어업법을 위반해 조업한 중국 어선 1척을 나포했다'),
    ('ko', '태안해양경찰서는 한국 측 배타적 경제수역(EEZ)에서 허가 없이 불법 조업을 한 혐의로 중국어선 2척을 나포했다고 29일 밝혔다'),
    ('ja', '行為別の死者・行方不明者は「魚取り・釣り」が最多の67人だった'),
    ('ja', '令和6（2024）年の水難は過去10年間で最多の1535件'),
    ('ja', '1994年度は約662万人であったが、2015年度には約488万人へと減少してきている'),
    ('ja', '将来、延べ献血者約85万人分の血液が不足するおそれがあります'),
    ('ja', '2027 年には 85 万人分の献血者不足が生じると打算された'),
    ('it', 'Bel 60 mila persone vengono salvate su un totale di 600 mila interventi dei bagnini sulle spiagge'),
    ('it', "Dal 1969 al 2007 risultano decedute per annegamento in Italia, secondo i dati dell'Iss, 27.154 persone"),
    ('it', 'Da maggio ad oggi nelle acque italiane si contano oltre 20 decessi per annegamento, 8 di bambini'),
    ('pt', 'um aumento de 395 óbitos em relação a 2022'),
    ('pt', 'um homem de 40 anos e o seu filho, de apenas 14, morreram afogados em um tanque'),
    ('id', 'kembali menangkap satu kapal ikan asing asal Malaysia yang melakukan illegal fishing pada Rabu (28/7)'),
    ('id', 'telah menangkap 1 kapal ikan asing (KIA) KM PKFB 1802 asal Malaysia pada Jumat (21/6)'),
    ('id', 'Hasil pemeriksaan menunjukkan kapal dengan nama PKFB 1802 yang diawaki oleh lima orang berkewarganegaraan Myanmar'),
    ('id', 'diamankan bersama seorang nakhoda dan empat orang Anak Buah Kapal (ABK)'),
    # a name of seven letters glued by a hyphen to its number: D39.1 reads one to six letters
    ('uk', 'Сітками з моторного човна «Прогрес-4» браконьєри виловили 1159 особин чорноморського оселедця'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
