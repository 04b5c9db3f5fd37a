# ruff: noqa: E501 (the phrases are data, as written)
"""17cy: D81, a measure told as the adjective of a thing is no count (issue 17, generality).

"a 40-tonne truck hit 6 cars", "40-тонный грузовик протаранил 6 машин", "40 tonluk kamyon 6 araca
çarptı", "一辆40吨的卡车撞上6辆车": the size of a thing named before the count. Each language's
adjective form is a closed class of its grammar (a hyphen before the unit in English and German;
the unit's adjective in Russian, Ukrainian and Polish; -lık/-luk in Turkish), listed
in ``not_count_post``: dropped beside a count, alone read as written. Phrases of our own, written
for this test (none is a phrase of a round). Every row of ADJECTIVES read unparsed before the
change. STAYS read so before and after: a measure alone is the figure, a seized mass told as a
noun beside a count stays two quantities (D66.3), a measure listed with the count by "and" stays
unparsed (D59.4), Chinese 的 after a measure stays unparsed beside a count ("超过一吨的垃圾"
alone is the figure: 的 marks a seized mass as it marks a truck's size), and Turkish text hinted English is still read with the Turkish table (a unit
glued by a hyphen votes for no language).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

ROWS = [
    ('en', 'a 40-tonne truck hit 6 cars', 6, 'exact'),
    ('en', 'a 12-foot wall fell on 9 workers', 9, 'exact'),
    ('en', 'a 500-pound bomb killed 14', 14, 'exact'),
    ('en', 'a 1,000-litre tank exploded, injuring 12', 12, 'exact'),
    ('en', 'a 2-metre wave swept away 8 people', 8, 'exact'),
    ('en', 'a 10-acre fire displaced 60 families', 60, 'exact'),
    ('en', 'a 5-gallon drum exploded and 3 workers were burned', U, ''),
    ('en', '40 tonnes', 40, 'exact'),
    ('en', 'a 500-pound bomb', 500, 'exact'),
    ('en', '200 kg of drugs seized and 12 people arrested', U, ''),
    ('de', 'ein 40-Tonner rammte 6 Autos', 6, 'exact'),
    ('de', 'eine 500-Kilo-Bombe tötete 14 Menschen', 14, 'exact'),
    ('de', 'ein 7,5-Tonner kippte um, 3 Verletzte', 3, 'exact'),
    ('de', 'ein 12-Meter-Boot mit 40 Migranten', 40, 'exact'),
    ('de', 'bei 200 Kilogramm Kokain wurden 12 Personen festgenommen', U, ''),
    ('ru', '40-тонный грузовик протаранил 6 машин', 6, 'exact'),
    ('ru', 'в 40-тонной фуре ехали 12 мигрантов', 12, 'exact'),
    ('ru', '5-тонная плита придавила 3 рабочих', 3, 'exact'),
    ('ru', 'на 100-метровом участке погибли 4 человека', 4, 'exact'),
    ('ru', 'изъяли 200 килограммов наркотиков у 12 человек', U, ''),
    ('uk', '40-тонна вантажівка протаранила 6 авто', 6, 'exact'),
    ('uk', '20-тонний кран травмував 2 робітників', 2, 'exact'),
    ('uk', 'на 200-метровій ділянці 5 загиблих', 5, 'exact'),
    ('uk', 'вилучили 200 кілограмів наркотиків у 12 осіб', U, ''),
    ('pl', '40-tonowa ciężarówka staranowała 6 aut', 6, 'exact'),
    ('pl', '10-tonowy dźwig przygniótł 2 robotników', 2, 'exact'),
    ('pl', '5-litrowa butla wybuchła, 3 rannych', 3, 'exact'),
    ('pl', 'z 200 kilogramami narkotyków zatrzymano 12 osób', U, ''),
    ('tr', '40 tonluk kamyon 6 araca çarptı', 6, 'exact'),
    ('tr', '10 tonluk vinç 2 işçiyi ezdi', 2, 'exact'),
    ('tr', '12 litrelik tüp patladı, 3 kişi yaralandı', 3, 'exact'),
    ('tr', '200 kilo uyuşturucuyla 12 kişi yakalandı', U, ''),
    ('zh', '一辆40吨的卡车撞上6辆车', U, ''),
    ('zh', '30吨的吊车倒塌，造成3人死亡', U, ''),
    ('zh', '5公斤的炸弹炸伤12人', U, ''),
    ('zh', '缴获毒品200公斤，抓获嫌犯12人', U, ''),
    ('en', 'deniz seviyesinden 2 bin 200 metre yükseklikteki bölgeye ulaşması zaman alırken', 2200, 'exact'),
]


test_a_measure_told_as_an_adjective_is_no_count = case_test(ROWS)
