# ruff: noqa: E501 (the phrases are data, as written)
"""Round 45 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-05 (seventeenth), before any rule of the session was merged; the session's measurement for ten languages beyond our ledger's (40 phrases each in tr, pl,
zh, ar, hi, ko, ja, it, pt and id).

``tests/cases/figures_round45.csv`` holds 400 figure phrases from 266 pages (food poisoning at weddings, in school canteens and from street food, wild
mushroom poisoning, avalanches and mountaineering deaths, bird flu and culls of poultry).
No phrase or page of it is in any other case table. The labeller's brief asked for phrases as they
come on the page, the hard ones included: 107 of 400 are labelled unparsed, against about 40 in
rounds 40-44, which is why this round reads lower than those.

The round was split by page (sha256 of "s17:" + the URL, even or odd) into a development half
(186 rows, given to the rule writer 17de, whose D86 was
reverted after review: its branch is kept) and a held-out half (214 rows, read by nobody
who wrote a rule). Scored on the session's start (76a2e1b) and end: whole round 362 -> 362
of 400; development half 165 -> 165; held-out half 197 -> 197.
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round45.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read exact 5-5-5
    ('hi', 'शक्तिफार्म के बैकुंठपुर पाँच क्वार्टर स्थित पोल्ट्री फार्म में अचानक बड़ी संख्या में मुर्गियों की मौत के बाद प्रशासन में हड़कंप मच गया'),
    # label exact 1000-1000-1000; read unparsed
    ('id', 'Sebanyak 1.000 ekor itik petelur di salah satu peternakan di Kota Bengkulu mati akibat terjangkit virus H5N1 atau flu burung'),
    # label exact 39-39-39; read unparsed
    ('id', 'selama Januari 2014 ada 39 kasus kematian unggas akibat AI di beberapa daerah'),
    # label exact 10-10-10; read unparsed
    ('it', 'Dieci persone sono finite al Pronto Soccorso e per tre di queste è stato necessario il ricovero'),
    # label exact 2-2-2; read unparsed
    ('it', 'Paura per due escursionisti trentini, un uomo di 55 anni e una donna di 51'),
    # label unparsed; read exact 12-12-12
    ('ja', '尾根の北側を山スキー中だった十二人のうち六人が雪崩に巻き込まれた'),
    # label unparsed; read exact 2-2-2
    ('ja', '雪崩は隣接する2カ所で発生し、いずれも長さは100メートル、幅は50メートルと80メートルあったという'),
    # label exact 13-13-13; read unparsed
    ('ko', '이날 성주읍 A횟집에서 식사를 한 13명이 식중독 의심 증상을 보여 성주읍 무강병원에서 치료를 받았다'),
    # label unparsed; read at_least 100-100-nan
    ('ko', '저녁 급식으로 도시락을 먹은 학생 100여명 가운데 상당수가 식중독 의심 증상을 보였다'),
    # label exact 63-63-63; read unparsed
    ('pl', '17 ognisko ptasiej grypy w Polsce zostało wyznaczone w gospodarstwie niekomercyjnym, w którym utrzymywano 63 kury'),
    # label unparsed; read vague 2-2-9
    ('pl', 'hospitalizacja w przypadku zatruć trwa od kilku do kilkunastu tygodni'),
    # label unparsed; read exact 3-3-3
    ('pl', 'każdym z tych grzybów zatruły się po trzy osoby'),
    # label unparsed; read approx 30000-30000-30000
    ('pl', 'w Pleszewie i powiecie grudziądzkim hodowano ich po ok. 30 tys. sztuk'),
    # label range 10-12.5-15; read unparsed
    ('pt', 'As intoxicações por cogumelos causam a morte em 10-15% (dez a quinze por cento) dos casos'),
    # label unparsed; read exact 5-5-5
    ('pt', 'Um pai e sua filha adolescente estão entre os cinco montanhistas que morreram em uma avalanche nas Dolomitas, na Itália'),
    # label exact 2-2-2; read unparsed
    ('tr', 'Eşi Emine Yavuz, akşam saatlerinde 2 mantarı çiğ olarak yedi ve uyudu'),
    # label exact 59-59-59; read unparsed
    ('tr', 'İki ilde düğün sonrası facia! 59 kişi hastanelik oldu'),
    # label unparsed; read exact 3-3-3
    ('zh', '誤食「致死率70%」毒菇 祖孫3人送醫不治'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 40}, 400)
