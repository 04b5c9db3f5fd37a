# ruff: noqa: E501 (the phrases are data, as written)
"""34rb: round 97's misses in zh, ja, ko, hi, read as features of a grammar (issue 17, D227).

The first phrases of each feature are the round's own or others of the ``pages`` corpus (real
phrases, as written there; the URL in a comment); the others are forms written for this test
from each grammar; expected readings by hand from the codebook.

* D227.1: zh a count of units or teams (支, 个 / 個 and a noun ending in 队, 组, 团 …) before the
  people: the people (D20); ko "N개" before a compound noun of a unit or team so too.
* D227.2: ja, ko, zh the size of a change in brackets right after the count, the compared time
  first: dropped, the count read (D122); ja the comma form also after 前年末.
* D227.3: ko "N여명 규모": 규모 is rule 2's explicit "about", which wins over the weak 여 (D2):
  approx (round 97's two rows relabelled).
* D227.4: hi "A से B तक" with a verb of rise or fall last in its clause: the new total B (D35).
* D227.5: a change told alone: a rise is "N more" (additional), a fall's size is read as told,
  total (D164); ja "前年をN人上回った / 下回った" and ko "작년보다 N명 웃돌았다 / 밑돌았다" no
  threshold.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D227.1
    # http://odis-joe.com/jspd/111483.html (round 97)
    ("zh", "中國共有10支維和部隊共1546人", 1546, "exact"),
    # http://hk.crntt.com/doc/7_0_103700198_1.html (round 97)
    ("zh", "有14支維和分隊2637名官兵", 2637, "exact"),
    ("zh", "中国共有10支维和部队共1546人", 1546, "exact"),
    ("zh", "14个分队2637名官兵", 2637, "exact"),
    ("zh", "派出3个医疗队120名医护人员", 120, "exact"),
    ("zh", "20个救援小组838名队员", 838, "exact"),
    ("zh", "5个工作组50人", 50, "exact"),
    ("zh", "2支医疗分队约80人", 80, "approx"),
    ("zh", "两支维和部队共800人", 800, "exact"),
    ("ko", "10개 평화유지부대 1546명", 1546, "exact"),
    ("ko", "20개 구조팀 838명", 838, "exact"),
    ("ko", "2개 의료단 80여명", 80, "at_least"),
    # D227.2
    # http://hakusyo1.moj.go.jp/jp/66/nfm/n66_2_3_1_4_2.html (round 97)
    ("ja", "収容人員は5万578人(前年末比2,655人減)", 50_578, "exact"),
    ("ja", "5万578人（前年比2655人増）", 50_578, "exact"),
    ("ja", "5万578人（前年同期比2655人の増加）", 50_578, "exact"),
    ("ja", "5万578人（前年より2655人少ない）", 50_578, "exact"),
    ("ja", "5万578人(▲2,655人)", 50_578, "exact"),
    ("ja", "受刑者は3万3,745人(同2,655人減)", 33_745, "exact"),
    # https://nordot.app/911051058539593728?c=414795408717890657 (round 41, two known misses)
    ("ja", "過去最多の827件(前年比46件増)に上ったことが", 827, "exact"),
    ("ja", "ストーカーの相談件数も、過去2番目に多い602件(同5件減)で高止まりしている", 602, "exact"),
    ("ja", "5万578人で、前年末比2655人減", 50_578, "exact"),
    ("ko", "5만578명(전년 대비 2,655명 감소)", 50_578, "exact"),
    ("ko", "5만578명(작년보다 2,655명 증가)", 50_578, "exact"),
    ("ko", "5만578명(△2,655명)", 50_578, "exact"),
    ("zh", "50578人(比上年末减少2655人)", 50_578, "exact"),
    ("zh", "50578人（较上年减少2655人）", 50_578, "exact"),
    ("zh", "50578人(同比增加2655人)", 50_578, "exact"),
    # D227.3
    # https://m.mir.pe/wiki/%EB%8C%80%ED%95%9C%EB%AF%BC%EA%B5%AD%20%EA%B5%AD%EA%B5%B0/%ED%8C%8C%EB%B3%91%EB%B6%80%EB%8C%80 (round 97)
    ("ko", "350여명 규모의 파병을 결정", 350, "approx"),
    # http://www.chetecut.com/cheteXiaoLingYueZhanBeiHanMianFeiYueDuBiQuGe42229343/read_1268.html (round 97)
    ("ko", "3천 여명 규모의 해외파병 상비부대", 3000, "approx"),
    ("ko", "1만1천여 명 규모의 병력", 11_000, "approx"),
    ("ja", "300人余り規模の部隊", 300, "approx"),
    # D227.4
    # https://news.dailymails.org/hi/news/prisoners-are-being-kept-in-more-prisoners-than-capacity-42023 (round 97)
    ("hi", "2.4 लाख से 4.3 लाख तक विचाराधीन बंदियों की संख्या बढ़ चुकी हैं", 430_000, "exact"),
    ("hi", "साल 2010 से 2021 तक 2.4 लाख से 4.3 लाख तक विचाराधीन बंदियों की संख्या बढ़ चुकी हैं", 430_000, "exact"),
    ("hi", "2.4 लाख से 4.3 लाख तक बंदियों की संख्या बढ़ गई", 430_000, "exact"),
    ("hi", "संख्या 2.4 लाख से 4.3 लाख तक बढ़ गई", 430_000, "exact"),
    ("hi", "10 से 20 तक मामले बढ़ गए", 20, "exact"),
    ("hi", "संख्या 240 से 430 तक पहुंच गई", 430, "exact"),
    ("hi", "संख्या 1200 से 800 तक घट गई है", 800, "exact"),
    # D227.5
    ("ja", "前年を11人上回った", 11, "exact additional"),
    ("ja", "前年を11人下回った", 11, "exact"),
    ("ja", "前年を1万人下回り", 10_000, "exact"),
    ("ko", "작년보다 11명 웃돌았다", 11, "exact additional"),
    ("ko", "작년보다 11명 밑돌았다", 11, "exact"),
]
STAY = [
    # D227.1: a list of three stays unparsed (below); units joined to the people by 、 read already
    # https://er5.cn/news/63456.html
    ("zh", "天龙救援队先后有14支队伍、380余名队员参与了这次救灾", 380, "at_least"),
    # http://www.81.cn/lkkj/2015-09/08/content_6670512_3.htm
    ("zh", "赴利比里亚维和部队包括运输、工兵和医疗三个分队,共计558名官兵", 558, "exact"),
    ("ko", "10개 부대 1546명", 1546, "exact"),
    # D227.2: a per cent in the brackets reads already; a breakdown in them stays one
    # https://hakusyo1.moj.go.jp/jp/65/nfm/n65_2_2_4_1_1.html
    ("ja", "29年末現在は5万3,233人(前年末比4.9%減)", 53_233, "exact"),
    # https://hakusyo1.moj.go.jp/jp/72/nfm/n72_2_2_4_2_1.html
    ("ja", "受刑者は3万3,745人(同0.4%減)", 33_745, "exact"),
    ("ja", "5万578人（うち女性2655人）", 50_578, "exact"),
    ("ko", "5만578명(이 중 여성 2,655명)", 50_578, "exact"),
    ("zh", "50578人，比上年减少2655人", 50_578, "exact"),
    # D227.3: 여 without rule 2's word after the count stays at least; 규모 before the count
    # is the topic (round 97)
    ("ko", "350여명", 350, "at_least"),
    ("ko", "부대규모는 150여 명이 근무하고", 150, "at_least"),
    ("zh", "300余人规模的部队", 300, "at_least"),
    # D227.4: no verb of change: a range
    ("hi", "10 से 20 लोग घायल हुए", (10, 20), "range"),
    ("hi", "10 से 20 लोग घायल हो गए", (10, 20), "range"),
    ("hi", "2.4 लाख से 4.3 लाख हो गई", (240_000, 430_000), "range"),
    # D227.5: the change alone in the other forms; a threshold with its を / 을 stays one
    ("ja", "前年より11人少ない", 11, "exact"),
    ("ja", "前年より11人多い", 11, "exact additional"),
    ("ja", "前年比11人減", 11, "exact"),
    ("ja", "1万人を下回った", 10_000, "at_most"),
    ("ja", "1万人を上回った", 10_000, "at_least"),
    ("ko", "작년보다 11명 적은", 11, "exact"),
    ("ko", "1만 명을 밑돌았다", 10_000, "at_most"),
    ("zh", "比去年减少11人", 11, "exact"),
    ("en", "11 fewer than last year", 11, "exact"),
    ("hi", "पिछले साल से 11 कम", 11, "exact"),
]
UNREAD = [
    # D227.1: a list of units, vehicles and people (round 37's label)
    ("zh", "高雄消防局共出动31个分队、72台车辆、145人前往现场救援"),
    ("ko", "3개 대학 300명"),
    # D227.4: an age span before "तक" is no change's old and new count
    ("hi", "18 से 25 साल तक के युवाओं की संख्या बढ़ी"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
