# ruff: noqa: E501 (the phrases are data, as written)
"""Round 41 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-05 (fifteenth), before any rule of the session was merged; the session's
measurement for the ten judged languages (40 each in tr, pl, zh, ar, hi, ko, ja, it, pt and id).

``tests/cases/figures_round41.csv`` holds 400 figure phrases from 207 pages (domestic violence
statistics and helplines, power outages, synthetic-drug seizures, roads cut off by snow).
No phrase or page of it is in any other case table.

Nobody who wrote a rule read it (``benchmarks/compare_figures.py --skip`` kept it from the rule
writers' comparisons); it was scored as a total on the session's starting code (e7bf5bb) and on its
end: **361/400 (ar 37 hi 37 id 35 it 33 ja 33 ko 37 pl 39 pt 36 tr 36 zh 38)** at both, and not
one of its 400 readings changed. The session's rules (D76-D81: a change told with its per cent or
its old count's year, time units and ordinals and years as closed classes, "one" and "several"
that locate the counted and halves of a magnitude, age limits and "slightly less", measures told
as adjectives) gained 41 rows of rounds 4-40 and none here. The misses below were listed after that
measurement, each with its label and the reading of the day: a development round for a later
session.
After it was read, D82 (written from its wrong numbers, with phrases of its own) brought
two of its rows (zh "总重36.205公斤", "缴获冰毒40.258公斤": wrong numbers) came right as
development rows: 363/400 today. D83 (17db: the closed classes of numbers that name a floor,
a line, a phone line or a rank, written from the languages' grammar with phrases of its own)
brought hi "हेल्पलाइन 181 पर … 6.3 लाख से अधिक" right, a development row: 364/400.
D84 (17dc, Arabic scale words in every form; "fell below N" in every language) brought two more as
development rows: ar "قدر عددها بمليونين و141 ألف" (approx 2,141,000; it read 141,000, a wrong
number) and ja "2万件を下回りました" (at most): 366/400 today.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round41.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 60000-60000-60000; read unparsed
    ('ar', 'خلال سنة واحدة تم تسجيل 60 ألف محضر عدلي'),
    # label exact 261000-261000-261000; read exact additional 261000-261000-261000
    ('ar', 'وضبطت مصلحة الجمارك، في قضية أخرى، 261 ألف حبة مخدرة'),
    # label at_least 630000-630000-; read unparsed, since D83 at_least 630000 additional (the
    # span "जुलाई 2022 और जून 2023 के बीच" reads its "और" as additional, as it does alone)
    ('hi', 'दिल्ली महिला आयोग की 181 हेल्पलाइन को जुलाई 2022 और जून 2023 के बीच 6.30 लाख से अधिक कॉल प्राप्त हुईं'),
    # label unparsed; read exact 3-3-3
    ('hi', 'शारीरिक और यौन हिंसा के मामले भी टॉप 3 में शामिल हैं'),
    # label exact 26-26-26; read unparsed
    ('id', 'dan 26 KRL yang sedang beroperasi tertahan di beberapa perlintasan'),
    # label exact 38-38-38; read unparsed
    ('id', 'petugas menyita 38 bungkus sabu-sabu seberat 39,22 kilogram'),
    # label exact 18-18-18; read unparsed
    ('id', 'Dari empat kasus itu, BNN mengamankan 18 tersangka'),
    # label exact 63573-63573-63573; read unparsed
    ('id', 'barang bukti 63.573 butir ekstasi dengan berat sekitar 19,975 kilogram'),
    # label range 800-850-900; read unparsed
    ('it', 'tra il 25 e il 27 novembre sono state tra le 800 e le 900'),
    # label exact 14011-14011-14011; read unparsed
    ('it', 'si registra un calo del -16,2% delle chiamate valide rispetto al trimestre precedente, pari a 14.011'),
    # label exact 48000-48000-48000; read unparsed
    ('it', 'Dal 1 gennaio al 30 settembre 2024, il 1522 ha avuto 48mila contatti'),
    # label unparsed; read exact 1522-1522-1522
    ('it', 'sono più che raddoppiate le chiamate al numero antiviolenza 1522'),
    # label exact 150000-150000-150000; read unparsed
    ('it', 'Erano 150mila sette giorni fa le famiglie al buio'),
    # label approx 2-2-2; read unparsed
    ('it', 'hanno sequestrato circa due etti di svariate sostanze stupefacenti'),
    # label exact 77482-77482-77482; read unparsed
    ('ja', '前年より5027件(6・9%)多い7万7482件に上り'),
    # label approx 934900-934900-934900; read unparsed
    ('ja', '停電は千葉や静岡、神奈川などの7都県で、最大約93万4900軒発生した'),
    # label exact 431-431-431; read unparsed
    ('ja', '摘発件数は431件で、全国の約6割を占めた'),
    # label exact additional 5-5-5; read exact 5-5-5
    ('ja', 'ほか5人も密輸に関わったとして同法違反容疑で逮捕した'),
    # label at_least 10600-10600-; read unparsed
    ('ko', '2014년 7천7백여 건이던 가정폭력 접수 건수는 2015년 8천4백여 건, 지난해 1만6백여 건으로 늘었습니다'),
    # label approx 4000-4000-4000; read unparsed
    ('ko', '매년 설과 추석 등 명절 연휴에 4000여건 가량 신고가 접수되고 있다'),
    # label exact 5-5-5; read unparsed
    ('ko', '필로폰을 내·외국인 근로자 등에게 유통하고 투약한 마약사범 A씨 등 5명을 검거했다'),
    # label at_least 700-700-; read unparsed
    ('pl', 'w całej Polsce w związku z wichurami ponad 700-krotnie wyjeżdżała straż pożarna'),
    # label exact 146124-146124-146124; read unparsed
    ('pt', 'De 2009 até o ano passado, as delegacias do DF receberam 146.124 denúncias deste tipo'),
    # label nearly -1000000-1000000; read unparsed
    ('pt', 'A Enel Ceará informou que quase 1 milhão de clientes foram afetados em 38 subestações do interior do estado'),
    # label at_least 2000000-2000000-; read unparsed
    ('pt', 'Na quarta-feira (10/12), a falta de energia afetou mais de 2 milhões de imóveis na capital e região metropolitana'),
    # label at_least 570000-570000-; read unparsed
    ('pt', 'A capital concentra a maior parte das ocorrências, com mais de 570 mil endereços sem luz'),
    # label exact 165-165-165; read unparsed
    ('tr', 'Kar nedeniyle 4 ilde 165 yol ulaşıma kapandı'),
    # label unparsed; read exact 2409-2409-2409
    ('tr', "Doğuyu Karadeniz'e bağlayan 2 bin 409 rakımlı Kop Dağı geçidi ulaşıma kapandı"),
    # label unparsed; read at_most nan-4-4
    ('tr', "Kars'ta da soğuk hava etkisini artırırken sıcaklık eksi 4 dereceye kadar düştü"),
    # label exact 750000-750000-750000; read unparsed
    ('tr', '30 KOLİ İÇİNDE 750 BİN HAP ELE GEÇİRİLDİ'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 40}, 400)
