# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-sixth round for issue 17: phrases labelled by a helper who never ran the engine, at the
end of the session of 2026-12-05 (ninth), after its last rule was merged.

``tests/cases/figures_round26.csv`` holds 400 figure phrases from 237 pages (drunk-driving checks
and traffic enforcement, flight cancellations and delays, femicides, workplace deaths, contraband
cigarette seizures): 20 in each of tr, pl, zh, ar, hi, ko, ja, it, pt, id and 33-34 in each of en,
de, fr, es, ru, uk. No phrase or page of it is in any other case table.

Nobody read it; it was scored once on the session's starting code (f5f64bd): **371/400** (ar 19
de 32 en 32 es 30 fr 32 hi 19 id 18 it 18 ja 19 ko 18 pl 19 pt 20 ru 30 tr 17 uk 31 zh 17; 184/200
in the judged languages, 187/200 in the six), and once on its end: **381/400** (ar 19 de 33 en 32 es 31 fr 32 hi 19 id 18 it 19 ja 20 ko 18 pl 19 pt 20 ru 30 tr 20 uk 31 zh 20):
192/200 in the judged languages, 189/200 in the six. The misses below were listed after that
and are not sorted into classes: a development round for a later session.

A development round since 17nl (D51, the ten judged languages): **384/400**, 195/200 in the
judged languages (ar 19 hi 20 id 18 it 20 ja 20 ko 19 pl 19 pt 20 tr 20 zh 20; 192 before); their
remaining misses carry their reason below.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round26.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # 'w ciągu dwóch ostatnich dni' (in the last two days): an adjective between a number and its time unit
    ('pl', 'Krakowscy policjanci tylko w ciągu dwóch ostatnich dni ujawnili blisko 40 pijanych kierujących'),
    # a number in brackets before its scale '(4) ملايين' is read as the plural 'millions'
    ('ar', 'كمية كبيرة من السجائر بلغ عددها (4) ملايين سيجارة'),
    # a breakdown in brackets after the count '302편(출발 147·도착 155)' is not yet dropped
    ('ko', '이날 오후 8시 기준 항공편 302편(출발 147·도착 155)이 결항했다'),
    # 'roda dua' (two-wheeled) is a vehicle's kind, read as a count
    ('id', 'Kendaraan bermotor roda dua (motor) tetap mendominasi pelanggaran, dengan jumlah mencapai 3.418 unit'),
    # 'seratusan' (about a hundred) is not a table word; 'Operasi Zebra Krakatau 2018' names an operation
    ('id', 'Seratusan pengendara itu terkena tilang dalam Operasi Zebra Krakatau 2018'),
    ('en', 'have issued at least 900 tickets in the first week and a half of their lives'),
    ('en', 'Ten workers under the age of 16 died from an injury incurred at work in 2011'),
    ('fr', "soit plus d'un demi-million de paquets"),
    ('es', 'que puede multiplicar hasta por 9 las posibilidades de sufrir un accidente'),
    ('es', 'Se produjeron un total de 2.954 positivos, 1.606 de alcohol y 1.348 de otras drogas'),
    ('es', 'que se superen los 760 fallecimientos de 2017'),
    ('ru', 'в отношении 45 нетрезвых водителей составлены административные протоколы по ст. 12.8 КоАП РФ'),
    ('ru', 'Больше всего отмен – 42 – фиксируется в аэропорту Шереметьево'),
    ('ru', 'Таким образом, средняя сумма штрафа составила 350 рублей'),
    ('uk', 'Тому їх загальна кількість виросте до 215'),
    ('uk', 'загальна кількість комплексів автоматичної фіксації на українських дорогах збільшиться до 377'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
