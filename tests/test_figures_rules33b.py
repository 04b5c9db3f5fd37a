# ruff: noqa: E501 (the phrases are data, as written)
"""33rb: rounds 95 and 96's misses in hi, ko, ja, zh, read as features of a grammar (issue 17, D225).

The first phrases of each feature are the rounds' own or others of the ``pages`` corpus (real
phrases, as written there; the URL in a comment); the others are forms written for this test
from each grammar; expected readings by hand from the codebook.

* D225.1: hi "A और B (noun) के बीच" with B's "+" or the counted noun before "के बीच": a range.
* D225.2: ko, ja, zh a month and day joined by a middle dot ("4·3", "4‧3", "2・26") before an
  incident, its victims or its remembrance is the event's name, no count.
* D225.3: ja, ko, zh the size of a rise in the clause that names the new total right after it:
  dropped, the total read.
* D225.4: ja "最多" before a count is a record (exact), not "at most"; "最多で" stays at most.
* D225.5: ja the 読点 "、" before a total word closes the clause of a "more" word (D84.3).
* D225.6: zh 数以亿计 / 數以億計 (by the hundred million): vague 10^8.
* D225.7: zh, ja neighbouring numerals with "、": "4、500萬" (the zeros written once), "2、3人",
  zh "二、三十人": a range.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D225.1
    # https://www.safalta.com/doubts/class-10th/627553e53828bc7295053b70
    ("hi", "मारे गए लोगों का अनुमान 379 और 1500+ लोगों के बीच भिन्न है", 939.5, "range"),
    ("hi", "379 और 1500 लोगों के बीच", (379, 1500), "range"),
    ("hi", "200 और 300 हजार लोगों के बीच", (200_000, 300_000), "range"),
    # D225.2
    # https://m.jnuri.net/news/article.html?no=54637
    ("ko", "4‧3희생자 유가족 279명이 참여한", 279, "exact"),
    # https://www.insight.co.kr/news/539621
    ("ko", "'제주4·3 희생자' 7명 추가 신원 확인", 7, "exact additional"),
    # https://jejumbc.com/NewsArticle/184577
    ("ko", "현재까지 제주4·3희생자로 추정되는 유해 413구가 발굴됐으며", 413, "exact"),
    # http://jeju.news1.kr/news/articleView.html?idxno=50664
    ("ko", "희생자 137명과 유족 3677명 등 총 3814명이 4·3 희생자 및 유족으로 추가 결정됐다고", 3814, "exact additional"),
    ("ko", "4·3사건 희생자 279명", 279, "exact"),
    ("ko", "5·18 유공자 279명", 279, "exact"),
    ("ja", "済州島4・3事件の犠牲者1万4千人", 14_000, "exact"),
    ("ja", "2・26事件で死亡した4人", 4, "exact"),
    ("zh", "济州4·3事件遇难者279人", 279, "exact"),
    ("zh", "9·11事件中2977人", 2977, "exact"),
    # D225.3
    # https://plaza.rakuten.co.jp./odazuma/backnumber/200701
    ("ja", "前年を約9万8500人上回る約98万9000人", 989_000, "approx"),
    # https://ganbareshiga.blogspot.com/2009/01/blog-post_08.html
    ("ja", "昨年より3万5千人多い552万人", 5_520_000, "exact"),
    # https://ftp.philforu.com/bbs/board.php?bo_table=philkornews&page=14
    ("ko", "2년 전보다 24만여명이 증가한 7,430,664명이다", 7_430_664, "exact"),
    ("ja", "前年より5人増えた22人", 22, "exact"),
    ("ko", "작년보다 5명 많은 22명", 22, "exact"),
    ("ko", "5명이 늘어난 22명", 22, "exact"),
    ("zh", "比去年增加3.5万人的552万人", 5_520_000, "exact"),
    # D225.4
    # https://xn--p1u50a47ih6of48accd.com/2025/02/27/gaikokujinroudousha-2
    ("ja", "外国人労働者が最多230万2587人", 2_302_587, "exact"),
    # D225.5
    # https://ryukyushimpo.jp/news/entry-1536189.html
    ("ja", "新たに判明した県内27人、県外28人の計55人の名前が刻まれている", 55, "exact"),
    ("ja", "さらに5人が見つかり、合わせて55人となった", 55, "exact"),
    # D225.6
    # https://www.sti666.com/question/1888286.html
    ("zh", "数以亿计的人群集中在春节期间往返于家乡和工作地点", 100_000_000, "vague"),
    ("zh", "數以億計的民眾", 100_000_000, "vague"),
    ("zh", "数以千万计的人", 10_000_000, "vague"),
    # D225.7
    # https://tw.bg3.co/a/da-jia-ma-hui-luan-chai-5gong-li-yu-bai-sha-tun-ma.html
    ("zh", "總參與人次有4、500萬人", (4_000_000, 5_000_000), "range"),
    ("zh", "2、30人", (20, 30), "range"),
    ("zh", "2、3人受伤", (2, 3), "range"),
    ("zh", "二、三十人", (20, 30), "range"),
    ("ja", "2、300人が集まった", (200, 300), "range"),
    ("ja", "4、500万人", (4_000_000, 5_000_000), "range"),
]
STAY = [
    # D225.1: two years before "के बीच" are the span of the count
    ("hi", "2022 और 2023 के बीच 500 लोग", 500, "exact"),
    # D225.2: a decimal written with the dot stays a number
    ("ja", "約3・7トン", 3.7, "approx"),
    # D225.3: the rise alone stays "N more"
    ("ja", "前年より5人多い", 5, "exact additional"),
    ("ko", "작년보다 5명 많은", 5, "exact additional"),
    ("zh", "比去年多3.5万人", 35_000, "exact additional"),
    # D225.4: "最多で" and a limit's まで stay at most; zh 最多 is at most
    ("ja", "死者は最多で5人", 5, "at_most"),
    ("ja", "最多5人まで", 5, "at_most"),
    ("zh", "最多5人", 5, "at_most"),
    # D225.5: "新たに" right before the count stays additional (D65.4)
    # https://ryukyushimpo.jp/news/entry-1536189.html (round 95)
    ("ja", "今年新たに342人が追加刻銘され", 342, "exact additional"),
    ("ja", "新たに29人", 29, "exact additional"),
    # D225.7: the plain neighbours (ja, D42)
    ("ja", "二、三十人", (20, 30), "range"),
]
UNREAD = [
    # D225.1: "A और B" without "के बीच" stays a list
    ("hi", "379 और 1500 लोग"),
    # D225.7: no neighbours, or a list of three
    ("zh", "4、6人"),
    ("ja", "4、60人"),
    ("ja", "1、2、30人"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
