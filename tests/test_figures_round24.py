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

A development round since 17nl (D51, the ten judged languages): **375/400**, 190/200 in the
judged languages (ar 18 hi 19 id 17 it 18 ja 20 ko 19 pl 20 pt 19 tr 20 zh 20; 171 before); their
remaining misses carry their reason below.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round24.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a campaign's name in guillemets with its number: the quoted name reader (D38) needs a capital letter
    ('ar', '«نعم الجود 18».. حملة التبرع بالدم لثلاثة أيام'),
    # 'ألفين و947' (two thousand and 947): the dual scale word and a part after و are not joined
    ('ar', 'تمكن معلمو السباحة من إنقاذ ألفين و947 شخصا أحياء'),
    # an age range after 'उम्र' (age) is not yet dropped as an age (D7)
    ('hi', 'मृतकों की उम्र 10 से 12 के बीच है'),
    # '한 혐의로' (on a charge of) is read as one beside 2척
    ('ko', '태안해양경찰서는 한국 측 배타적 경제수역(EEZ)에서 허가 없이 불법 조업을 한 혐의로 중국어선 2척을 나포했다고 29일 밝혔다'),
    # label question: two quantities (saved of a total of) with a typo 'Bel'; 'su un totale di' reads 600 mila
    ('it', 'Bel 60 mila persone vengono salvate su un totale di 600 mila interventi dei bagnini sulle spiagge'),
    # a span of years 'Dal 1969 al 2007' before a count after commas is not yet a date
    ('it', "Dal 1969 al 2007 risultano decedute per annegamento in Italia, secondo i dati dell'Iss, 27.154 persone"),
    # label question: 'de apenas 14' (aged only 14) after a comma, an age labelled unparsed
    ('pt', 'um homem de 40 anos e o seu filho, de apenas 14, morreram afogados em um tanque'),
    # a ship's name 'KM PKFB 1802' is not yet a designation (D32)
    ('id', 'telah menangkap 1 kapal ikan asing (KIA) KM PKFB 1802 asal Malaysia pada Jumat (21/6)'),
    # a ship's name 'PKFB 1802' after 'dengan nama' is not yet a designation (D32)
    ('id', 'Hasil pemeriksaan menunjukkan kapal dengan nama PKFB 1802 yang diawaki oleh lima orang berkewarganegaraan Myanmar'),
    # label question: 'seorang nakhoda dan empat orang ABK' (a captain and four crew), a list labelled unparsed; 'seorang' is the article (D8)
    ('id', 'diamankan bersama seorang nakhoda dan empat orang Anak Buah Kapal (ABK)'),
    ('de', 'Die Zahl der Toten sei um 49 auf mindestens 537 Menschen angewachsen'),
    ('de', '75 Opfer mehr als im Vorjahreszeitraum'),
    ('de', 'Im Monat Februar verzeichnete das Bundesamt 5.806 Erstanträge'),
    ('de', '2017 hat es 53.632 Räumungsaufträge an Gerichtsvollzieher gegeben'),
    ('de', 'Das sind über 2.000 mehr als 2023'),
    ('fr', "La France a enregistré 69.000 demandes d'asile au cours des onze premiers mois de 2015"),
    ('fr', "soit une hausse de 4.000 dossiers par rapport à la même période de l'an dernier"),
    ('fr', 'Plus de 110 millions de personnes étaient déplacées de force dans le monde mi-2023'),
    ('es', 'y los 411 restantes obedecieron a otras causas'),
    ('es', 'Él es una de las 305 personas que han muerto en España por ahogamiento entre enero y julio'),
    ('es', '19 ahogamientos más con respecto al año pasado'),
    ('ru', 'количество детей в детских домах сократилось незначительно - с 145 тыс до 122 тыс'),
    ('ru', '31,7 тысячи — в детдомах и других госучреждениях'),
    ('ru', 'Некоторые неофициальные источники утверждают, что на игре было более 43 тыс. человек'),
    ('uk', 'Сітками з моторного човна «Прогрес-4» браконьєри виловили 1159 особин чорноморського оселедця'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
