# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-seventh round for issue 17: phrases labelled by a helper who never ran the engine, at the
start of the session of 2026-12-05 (tenth), before any rule of the session was written.

``tests/cases/figures_round27.csv`` holds 400 figure phrases from 255 pages (anthrax, botulism, chickenpox, cyclists killed on the roads, diphtheria, lift accidents,
hand-foot-and-mouth disease, Legionnaires' disease, leptospirosis, lottery winners, meningitis,
mumps): 20 in each of tr, pl, zh, ar, hi, ko, ja, it, pt, id and 33-34 in each of en,
de, fr, es, ru, uk. No phrase or page of it is in any other case table.

Nobody who wrote a rule read it (``benchmarks/compare_figures.py --skip`` kept its readings from the
rule writers' comparisons). The session's starting code (9627ac6) read **346/400** (ar 14 de 27 en 28 es 31 fr 31 hi 17 id 18 it 16 ja 16 ko 12 pl 18 pt 20 ru 32 tr 18 uk 30 zh 18;
167/200 in the judged languages, 179/200 in the six); its end, after
D51-D55 (the classes of rounds 23, 24, 26, 29 and 30), the number words of D53 (17nw) and the
review, **348/400** (ar 14 de 28 en 29 es 31 fr 31 hi 18 id 18 it 16 ja 16 ko 12 pl 18 pt 20 ru 32 tr 17 uk 30 zh 18):
167/200 in the judged languages, 181/200 in the six. The misses below were listed after that measurement and are not sorted into
classes: a development round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round27.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    ('tr', 'İşçilerden 2’si hafif, bir işçi ise ağır yaralandı'),
    ('tr', 'en az 5 kişi yeni yıla milyoner olarak girebilecek'),
    ('tr', 'Milyonların soluksuz bir şekilde takip ettiği yılbaşı çekilişi'),
    ('pl', 'to o trzy więcej niż w sobotę'),
    ('pl', '"szóstkę" udało się skreślić aż 8 graczom'),
    ('zh', '其中高一4班达十余例'),
    ('ar', 'الحالات زادت ثلاثة امثال خلال الاسبوعين الماضيين'),
    ('ar', 'ان ما يقرب 100 شخص توفوا خلال الأيام الماضية'),
    ('ar', 'وزادت خلاله حالات الإصابة على 80 ألفا'),
    ('ar', 'وتعرض العمال الثلاثة لإصابات متفرقة'),
    ('ar', 'لنفاجئ بأكثر من 15 شخصا أكوام فوق بعض'),
    ('hi', 'इसके बाद चार लोग और चढ़े'),
    ('hi', 'हादसे में 20 साल के युवक की मौत हो गई, जबकि तीन लोग घायल हैं'),
    ('ko', '서로 다른 3명이 같은 복권판매소에서 같은 번호를 수동으로 골라'),
    ('ko', '2006~2008년 찜질방, 목욕탕, 병원 등 다중이용시설 1만7742곳에 대해'),
    ('ja', '県 内の60歳〜83歳の男性3人がレジオネラ菌に感染し'),
    ('ja', '1等が1本も出なかった県が13ありますが'),
    ('ja', '2015~16年に全国で少なくとも348人が診断されていた'),
    ('it', 'Sono in totale 1.282 gli incidenti che non hanno visto coinvolti altri veicoli'),
    ('it', 'Furono 29 in tutto il 2021'),
    ('id', 'Dari jumlah itu, hanya tiga yang positif difteri'),
    ('id', 'selama tahun 2022 sudah ada 22 kasus leptospirosis, di mana empat penderitanya meninggal dunia'),
    ('en', 'the Mega Millions lottery is offered in 45 states'),
    ('de', 'Zwei Männer (47 und 53) starben bereits an den Folgen der mysteriösen Erkrankung'),
    ('de', 'Es ist der 165. Fall.'),
    ('de', '2014 habe sie noch bei 39 gelegen'),
    ('de', 'Fortuna schüttete am Wochenende über weiteren zwölf Spielern grosse Beträge aus ihrem Füllhorn aus'),
    ('de', 'Acht Millionäre kreuzten sich allein bei dieser Zusatzlotterie zur Million'),
    ('fr', 'touchant plusieurs centaines de milliers de personnes dans certains départements'),
    ('es', 'ya son 16 las personas afectadas, (12 hombres y 4 mujeres de entre 52 y 92 años)'),
    ('es', 'El perfil medio de los 21 ciclistas que han perdido la vida en las carreteras españolas'),
    ('ru', 'Еще 70 остаются госпитализированными с подозрением на инфекцию, более половины из них - дети'),
    ('uk', 'Кабіна ліфту полетіла вниз ліфтової шахти на висоту в майже 7 метрів'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
