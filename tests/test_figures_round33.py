# ruff: noqa: E501 (the phrases are data, as written)
"""A thirty-third round for issue 17: phrases labelled by a helper who never ran the engine, at the
start of the session of 2026-12-05 (twelfth), before any rule of the session was written.

``tests/cases/figures_round33.csv`` holds 400 figure phrases from 238 pages (leprosy, scabies, lumpy
skin disease, exam cheating, celebratory and stray gunfire, bedbugs and other infestations, bird
strikes, tetanus, RSV): 40 in each of tr, pl, zh, ar, hi, ko, ja, it, pt and id, the ten languages
issue 17 is judged on. No phrase or page of it is in any other case table.

Nobody who wrote a rule read it before it was scored. The session's starting code (3437e02) read
**349/400** (ar 27 hi 36 id 38 it 36 ja 35 ko 35 pl 37 pt 36 tr 37 zh 32); after the session's first
rules (D60 of 17cb, written for rounds 31 and 32), the same 349 rows. It was then made a development
round of the same session (rounds 35 and 36 were labelled as the measurement instead); the misses
below are those of that moment, each with its label and the reading of the day.

After D61 (17cc), a change told with both numbers in every word order, 357/400 (ar 28 hi 36 id 38
it 39 ja 36 ko 36 pl 37 pt 36 tr 38 zh 33): the rows tr "1’den 8’e yükseldiği", zh "增长 5 起,达 22
起", ar "من 264 طالبا … إلى 619" and it "raggiungere il minimo storico di 49" (twice) read right and
are off the list. No label edited.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round33.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read exact 2-2
    ('tr', 'gelin alma sırasında evin bahçesine doğru rastgele açılan ateş bir kişinin ölümüne, 2 kişinin de yaralanmasına neden olmuştu'),
    # label exact 8455; read at_most nan-8455
    ('pl', 'W 2022 r. specjalne ekipy musiały przyjeżdżać do 8455 domów'),
    # label unparsed; read exact 16-16
    ('zh', '18人中,共有16人涉嫌触犯刑法'),
    # label exact 885; read unparsed
    ('zh', '2014年,23個省(市)的484個縣(市)共報告新發麻風病例885例'),
    # label exact 171; read unparsed
    ('zh', '全国各机场、航空公司和飞机维修公司等有关部门共上报在中国大陆地区发生的鸟击事件报告 171 起'),
    # label unparsed; read exact 169-169
    ('hi', 'विमान में 169 यात्री और क्रू मेंबर सवार थे'),
    # label exact 8; read unparsed
    ('ko', '또 2킬로미터 안에 있는 8개 사육농가에 대해 임상검사와'),
    # label exact 5; read unparsed (a name's number in single quotes: not written by 17cd, D59.9)
    ('ko', "정부 민원안내 전화인 '국민콜 110'을 통해 들어온 서울지역 빈대 의심 신고도 5건으로 집계됐다"),
    # label unparsed; read at_least 1000-nan
    ('ja', '国土交通省によると国内の空港では年間1千件超のバードストライクが発生'),
    # label at_least 104-; read exact 104-104
    ('pt', 'Em todo o ano de 2024, pelo o menos 104 pessoas foram vítimas desses disparos'),
    # label exact 4999; read unparsed
    ('pt', 'Balanço divulgado pelo Inep, que organiza o Enem, aponta que 4.999 candidatos foram eliminados no primeiro dia de provas de 2024'),
    # label exact 7; read unparsed
    ('id', 'sebanyak tujuh peserta yang mengikuti UTBK 2023 di Universitas Sumatera Utara (USU) ketahuan melakukan kecurangan'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 40}, 400)
