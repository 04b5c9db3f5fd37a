# ruff: noqa: E501 (the phrases are data, as written)
"""17cj: D67, the article that looks like a numeral is no count beside one (issue 17, generality).

Korean 한 ("one") before a noun that is no counter is the article "a". The table listed the
nouns it had met (places, lodgings, work sites: "한 마을", "한 공장"), and round 37 (the
thirteenth session's unseen measurement) missed three phrases with nouns outside the list ("한
양봉 농가", "한 원인"). D67.1 writes the grammar instead: counters after a native numeral are a
closed class (명, 마리, 곳, 대의 … then a particle, a space or the end), every other noun takes
the article. D67.2: 만한 after a noun ("팔뚝 만한", as big as) is no ten thousand. Phrases of
their own, written for this test (none is a phrase of a round); every row but the "stays" rows
and the glued "손바닥만한" (read already) read unparsed before the change (two quantities).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

ARTICLE = [
    # D67.1: 한 + a noun outside the old list, then the count
    ("ko", "경북 한 양계 농가에서 닭 3천여 마리가 폐사했다", 3000, "at_least"),
    ("ko", "서울 한 대학 기숙사에서 학생 12명이 식중독 증세를 보였다", 12, "exact"),
    ("ko", "한 시민단체는 이번 사고로 수십 명이 다쳤다고 밝혔다", 10, "vague"),
    ("ko", "사고의 한 원인으로 꼽히는 과속 차량이 올해 1천200건 적발됐다", 1200, "exact"),
    ("ko", "부산의 한 항구에서 고등어 수백 상자가 버려졌다", 100, "vague"),
    # D67.2: 만한 (as big as) after a noun, glued or spaced
    ("ko", "어른 손바닥만한 해파리 수천 마리가 해변을 덮었다", 1000, "vague"),
    ("ko", "주먹 만한 우박이 떨어져 차량 40대가 파손됐다", 40, "exact"),
    # stays: 한 before a counter is one; alone, 한 + noun stays one; 만 after a numeral is 10,000
    ("ko", "한 명이 숨지고", 1, "exact"),
    ("ko", "한 남성이 숨졌다", 1, "exact"),
    ("ko", "한 곳에서 2명이 다쳤다", U, ""),
    ("ko", "관객 1만 명이 몰렸다", 10000, "exact"),
]


test_article_before_a_noun_is_no_count = case_test(ARTICLE)
