# ruff: noqa: E501 (the phrases are data, as written)
"""17cz: D82, a decimal point before a unit in Chinese, Japanese and Korean; German "N-mal so viele".

Written after the session's measurement was read (round 41's zh "总重36.205公斤" read 36,205, round
42's de "20 Mal so viele" read 20: wrong numbers), as grammar classes with phrases of their own
(none is a phrase of a round). Three digits after a point read as thousands (rule 9); before a unit
of measure in zh, ja and ko text the point is a decimal point ("36.205公斤" = 36.205), while a count
of people written so ("9.730명", round 39) stays thousands. German writes a multiple with "Mal"
after a number in digits or words ("20 Mal so viele", "20-mal mehr", "3,5-mal höher"): a ratio,
no count (rule 13, D57.6), as "dreimal so viele" already was. Every row that changes read
otherwise before (a wrong number); the rows of people and the bare "20 Mal" stay as they were.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

ROWS = [
    ('zh', '总重36.205公斤', 36.205, 'exact'),
    ('zh', '缴获冰毒40.258公斤', 40.258, 'exact'),
    ('zh', '缴获海洛因2.150千克', 2.15, 'exact'),
    ('zh', '总重量为1.350吨', 1.35, 'exact'),
    ('zh', '增至1,205人', 1205, 'exact'),
    ('zh', '死亡人数升至1.205人', 1205, 'exact'),
    ('ja', '覚醒剤約2.345キロを押収', 2.345, 'approx'),
    ('ja', 'コカイン1.500キロ', 1.5, 'exact'),
    ('ja', '大麻約3.200キログラムを押収', 3.2, 'approx'),
    ('ja', '1,500人以上', 1500, 'at_least'),
    ('ko', '필로폰 1.234kg을 압수', 1.234, 'exact'),
    ('ko', '대마 2.500kg', 2.5, 'exact'),
    ('ko', '코카인 3.250킬로그램을 압수했다', 3.25, 'exact'),
    ('ko', '자살 사망자 중 남성이 9.730명으로', 9730, 'exact'),
    ('de', 'das sind 20 Mal so viele wie in Deutschland', U, ''),
    ('de', '20-mal mehr Fälle', U, ''),
    ('de', '20mal so hoch', U, ''),
    ('de', 'zehn Mal so viele Opfer wie im Vorjahr', U, ''),
    ('de', '3,5-mal höher als im Vorjahr', U, ''),
    ('de', '3 Mal wurden 20 Menschen verletzt', U, ''),
    ('de', '20 Mal', 20, 'exact'),
]


test_a_decimal_before_a_unit_and_a_german_multiple = case_test(ROWS)
