# ruff: noqa: E501 (the phrases are data, as written)
"""Session 24's lead: the Korean "세대" (households) after a number (issue 17, D149).

"400세대" read 403: the 세 of 세대 was taken for the native three and added. Real phrases from
Korean fire reports in the stored pages (the URL above each), read by hand from the codebook, and
the edges that must stay as they were.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

HOUSEHOLDS = [
    # https://devm.sedaily.com/NewsView/1HTUNIC55L
    ("ko", "이 건물에는 총 13세대가 거주하고 있다", 13, "exact"),
    ("ko", "400세대", 400, "exact"),
    ("ko", "1천800여 세대", 1800, "at_least"),
    ("ko", "350여 세대", 350, "at_least"),
    ("ko", "2만5천세대가", 25_000, "exact"),
    # the noun alone holds no number (https://news.zum.com/articles/50499865: "세대 주")
    ("ko", "세대 주 등을 상대로 화재 원인을 조사하고 있습니다", U, ""),
    ("ko", "불이 난 세대 거주자는 화재 당시 외출 중이었던 것으로 알려졌습니다", U, ""),
    # https://web1.dailian.co.kr/news/view/1427974: the count beside "다세대주택" stays
    ("ko", "다세대주택에서 불이 나 주민 20명이 대피하는 소동이 벌어졌다", 20, "exact"),
    # the edge: after one digit 세대 may be a generation ("5세대 이동통신"): unread, as before
    ("ko", "2층 내 2세대가 그을렸다", U, ""),
    ("ko", "5세대 이동통신", U, ""),
    ("ko", "40세 남성", U, ""),
    # the native three before a spaced counter stays three
    ("ko", "차량 세 대", 3, "exact"),
]
test_households_after_a_number = case_test(HOUSEHOLDS)
