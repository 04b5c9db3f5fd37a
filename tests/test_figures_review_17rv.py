# ruff: noqa: E501 (the phrases are data, as written)
"""17rv: review of D45 (17ne) for regressions, on phrases of the reviewer's own.

124 probes in zh, ja, ko, ru, uk, id, ar, hi and en/de/fr/es/it/pt were read at the session's
start (9fe12d7) and after D45; two classes read worse and are narrowed here (precision first):

* zh 之一 after a superlative ("最严重的矿难之一", one of the worst disasters) ranks the event and
  is no share: the count beside it is read as before D45. 之一 after a count in its clause stays
  a share ("13名被困矿工之一", D45.6), and so does a clause with a count and 之一 ("造成12人死亡的
  事故是…之一": unparsed, unsure).
* ja "のうち" before a word that starts with 一人 / ひとり ("一人暮らし", living alone; "一人親方";
  "一人当たり") is a breakdown of the count before, no "one of them".

Every reading written by hand from the codebook before the test was run.
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

CASES = [
    # zh 之一: a superlative's "one of" is no share
    ("zh", "这是当地最严重的灾难之一，造成35人死亡", 35, "exact"),
    ("zh", "是中国最严重的矿难之一，214人遇难", 214, "exact"),
    ("zh", "这起事故造成至少26人死亡,是近年来伤亡最惨重的火灾之一", 26, "at_least"),
    ("zh", "原因之一是超载,事故造成7人死亡", 7, "exact"),
    # ... after a count in its clause it stays a share (D45.6), or unsure
    ("zh", "13名被困矿工之一", U, ""),
    ("zh", "死者是九名遇难矿工之一", U, ""),
    ("zh", "系5名遇难者之一", U, ""),
    ("zh", "10余名遇难者之一", U, ""),
    ("zh", "造成12人死亡的事故是今年最严重的之一", U, ""),
    ("zh", "三分之一的村民", U, ""),
    ("zh", "3分之一", U, ""),
    # ja のうち before a word starting with 一人 is a breakdown, not "one of them"
    ("ja", "死亡した5人のうち一人暮らしの高齢者が3人", 5, "exact"),
    ("ja", "8人のうち一人親方が2人", 8, "exact"),
    ("ja", "5人のうちの一人が死亡", U, ""),
    ("ja", "乗員12人のうちひとりが行方不明", U, ""),
    ("ja", "10人のうち二人が死亡", U, ""),
    # edges of D45 that the review found right (kept as read)
    ("zh", "一家三口和邻居2人受伤", U, ""),
    ("zh", "119人获救", 119, "exact"),
    ("zh", "出动110名民警", 110, "exact"),
    ("zh", "120急救人员赶到现场，2人死亡", 2, "exact"),
    ("zh", "2支队伍30名救援人员和40名村民", U, ""),
    ("zh", "经过10多个小时的救援，井下发现5名遇难人员的遗体", 5, "exact"),
    ("zh", "七八十万人受灾", 750_000, "range"),
    ("en", "at a depth of 300 metres, 12 miners were trapped", 12, "exact"),
    ("en", "119 people rescued", 119, "exact"),
    ("es", "a una profundidad de 300 metros, 33 mineros", 33, "exact"),
    ("ru", "на глубине 300 метров находились 12 горняков", 12, "exact"),
    ("ru", "семью погибшими", 7, "exact"),
    ("ru", "Спасатели эвакуировали семью, 4 человека", 4, "exact"),
    ("ru", "эвакуируют по 500 человек в день", U, ""),
    ("uk", "за 20 метрів від берега 3 рибалки", 3, "exact"),
    ("ko", "119명 구조", 119, "exact"),
    ("ko", "119구조대 등 30명이 투입됐다", 30, "exact"),
    ("ko", "3개 팀 20명과 주민 40명", U, ""),
    ("ja", "119人が救助された", 119, "exact"),
    ("ja", "110番通報で2人逮捕", 2, "exact"),
    ("id", "Jenazah kedua korban dievakuasi", 2, "exact"),
    ("id", "gelombang kedua 7 orang dievakuasi", 7, "exact"),
    ("ar", "قتل 5 أشخاص بينهم مدنيان", 5, "exact"),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), CASES)
def test_d45_review_reads_as_written(lang: str, phrase: str, best: object, qualifier: str
                                       ) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
