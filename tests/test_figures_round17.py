# ruff: noqa: E501 (the phrases are data, as written)
"""A seventeenth held-out round for issue 17: phrases labelled by a helper who never ran the
engine, the session's untuned measurement of the figure reader.

``tests/cases/figures_round17.csv`` holds 400 figure phrases from 271 pages of the pages corpus
(lightning strikes, train derailments, landslides, volcano and wildfire evacuations, food
poisoning at schools and camps, hostage and kidnapped-worker releases, heatstroke transports,
protest detentions, gas explosions): 200 in issue 17's new languages (tr, pl, zh, ar, hi, ko,
ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34 each). No page of it is
cited by any other case table.

Score, untuned: main at the start of the session of 2026-12-04 (seventh, 9fe12d7) **357/400 =
89.25 %** (ar 18/20 de 33/34 en 33/34 es 30/33 fr 32/33 hi 18/20 id 15/20 it 16/20 ja 17/20
ko 12/20 pl 18/20 pt 19/20 ru 31/33 tr 16/20 uk 29/33 zh 20/20). The misses were read after
the measurement; they are listed below (a round's test lists what the engine misreads). Most
are a second number beside the count that is no count (an age in brackets, "노모(43) 씨", a
year, a train's or school's number, a duration) or a total told with its parts. After D43 (17nc)
381/400; after 17nd's classes by language (Polish collective numerals and "jednego z", Hindi
"आधा दर्जन", a number word beside a month and "एक" before a place, Arabic duals, Italian
"una ventina" between dashes, "diversi ospedali" and "più il macchinista", Russian "полсотни",
Korean "다른 N명") 391/400.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round17.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    ('tr', 'Şii milislerin her bir işçiye Kuran-ı Kerim ve zarf içinde 200 dolar para verdikleri de öğrenildi'),
    ('tr', "60 KİŞİ RAHATSIZLANDI, 20'Sİ HASTANEDE"),
    ('ko', '김목사는 신도 19명과 함께'),
    ('ja', '女性1人が死亡、女性1人が意識不明の重体、男女計8人が軽傷を負った'),
    ('id', 'Lagi Berteduh, 7 Warga di Pringsewu Disambar Petir, Dua Diantaranya Meninggal Dunia'),
    ('id', 'Kantor SAR Surabaya menerjunkan 1 tim operasi yang berisi tujuh orang'),
    ('ru', 'Всего жалобы поступили от 55 человек'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
