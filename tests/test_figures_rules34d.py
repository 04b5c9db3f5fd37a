# ruff: noqa: E501 (the phrases are data, as written)
"""Helper rules34d's rules of session 34 (issue 17): D230, from round 100's misses in zh ja ko ar.

A count told with the size of its change (the count, then the time compared with, the size and
its verb; the size "by N" before the new total), read as the grammar of each language tells it
(D61, D111, D122, D164 extended); ar "ر" as a decimal mark. Each rule on the round's phrase and on
variants written from real reporting (sources in the comments and in the tables' comments).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

CHANGES: list[tuple[str, str, object, str]] = [
    # D230.1 zh: the count, then "比 <time> 减少/增加 N人"
    ("zh", "141175萬人,比上年末減少85萬人", 1411750000, "exact"),
    # m.shanxiti.com/top/431525.html (NBS 2022 bulletin as reported)
    ("zh", "141175萬人,比2021年末減少85萬人", 1411750000, "exact"),
    ("zh", "城鎮常住人口達到92071萬人,比2021年增加646萬人", 920710000, "exact"),
    ("zh", "全年出生人口956万人,比上一年减少106万人", 9560000, "exact"),
    # D230.2 zh: the earlier year's value in brackets after the count
    ("zh", "全年出生人口1,465万人(2018年1,523万人),比上一年减少58万人", 14650000, "exact"),
    ("zh", "死亡人口1041万人（2021年1014万人）", 10410000, "exact"),
    # D230.3 ja: the count, "で", the comparison, the size and its verb
    ("ja", "出生数は56,943 人で前年に比べ1,116 人減少し", 56943, "exact"),
    # datazoo.jp (1都6県の出生数): "25万2201人で前年比から8255人減少している"
    ("ja", "去年は外国人含む25万2201人で前年比から8255人減少している", 252201, "exact"),
    ("ja", "死亡した人は50万175人で前年比と比べ1万3628人多い", 500175, "exact"),
    ("ja", "婚姻数は2270件で、前年より119件減った", 2270, "exact"),
    # D230.4 ja: the earlier value in brackets, the per cent after "="
    ("ja", "10年前(2010年/2489人)に比べ893人=35・9%の減少", 893, "exact"),
    ("ja", "5年前（2015年/1200人）に比べ300人の減少", 300, "exact"),
    # D230.5 ja: "from A, by N" with no new total: a rise additional, a fall total (D164)
    ("ja", "東京が前年の133人から22人増えて最多となった", 22, "exact additional"),
    ("ja", "大阪は前年の80人から12人増えた", 12, "exact additional"),
    ("ja", "前年の133人から22人減った", 22, "exact"),
    # D230.6 ja: the emphatic も
    ("ja", "昨年より200人近くも増えた", 200, "nearly additional"),
    ("ja", "前年より300人も増えた", 300, "exact additional"),
    # D230.7 ja: a fall's size alone with 減って
    ("ja", "合計は前年同期と比べて1252人減っている", 1252, "exact"),
    ("ja", "1人減って2人となりました", 2, "exact"),
    # D230.8 ko: the count "으로" or ",", the comparison, the size (per cent) and its verb
    ("ko", "실업자는 65만6000명으로 1년 전에 비해 2만1000명(2.1%) 감소했다", 656000, "exact"),
    ("ko", "8월 출생아 수는 2만 7천 3백 명으로 지난해 같은 달보다 2천 8백 명(9.3%) 감소했고", 27300, "exact"),
    ("ko", "사망자 수는 29만 8900명, 전년대비 4.7%(1만 3400명) 증가했다", 298900, "exact"),
    ("ko", "3천7백 80명으로 지난해 같은 기간의 3천7백87명보다 7명(0.2%)이 줄어 들었다", 3780, "exact"),
    ("ko", "지난해 출생아 수는 23만명으로 24만 9200명이었던 전년보다 1만 9200명 줄었습니다", 230000, "exact"),
    # newsway.kr 2013-07-10; m1.inews24.com/v/mrlted/550148; imnews.imbc.com 2022 (6426618)
    ("ko", "지난달 실업자는 81만3000명으로 지난해 같은 달과 비교해 9000명 감소한 것으로 나타났다", 813000, "exact"),
    ("ko", "실업자도 91만8천명으로 지난해 1월보다 29만8천명 감소했다", 918000, "exact"),
    ("ko", "10월 20대 실업자 수는 23만1천 명으로 작년 같은 달보다 5천 명 늘었습니다", 231000, "exact"),
    # D230.9 ar: "ر" as a decimal mark, fraction first
    ("ar", "ليصل الإجمالي إلى 532ر1 مليون شخص", 1532000, "exact"),
    ("ar", "4ر76 مليون فرد", 76400000, "exact"),
    # alwasatnews.com/news/882795.html
    ("ar", "يبلغ 7ر4 مليون شخص", 4700000, "exact"),
    # D230.10 ar: "by N" then "to reach M": the new total
    ("ar", "عدد العاطلين تراجع بمقدار 146549 عاطلا ليصل إجمالي عدد العاطلين في إسبانيا إلى 734ر2 مليون عاطل", 2734000, "exact"),
    ("ar", "وتراجع عدد العاطلين بواقع 74 ألف شخص ليصل الإجمالي إلى 532ر1 مليون شخص", 1532000, "exact"),
    ("ar", "وارتفع عدد المصابين بواقع 120 حالة ليصل إلى 3500 حالة", 3500, "exact"),
    # D230.11 ar: a rise "by N" with the noun of a rise or a far verb: additional
    ("ar", "ارتفاع عدد العاملين بمقدار 935 ألف شخص", 935000, "exact additional"),
    ("ar", "وارتفعت البطالة بين من يبلغون من العمر أقل من 25 عاماً بواقع 16085", 16085, "exact additional"),
    # elnashra.com (1231450): a fall by its size alone stays a total (D164)
    ("ar", "وانخفضت البطالة بواقع 200 ألف شخص", 200000, "exact"),
]

STAYS: list[tuple[str, str, object, str]] = [
    # a rise or fall by its size alone, with the comparison before it, as before
    ("zh", "比去年增加3.5万人", 35000, "exact additional"),
    ("ko", "작년보다 5명 많은", 5, "exact additional"),
    # "N명으로 감소했다" (fell to N) with no comparison: the new total
    ("ko", "65만6000명으로 감소했다", 656000, "exact"),
    # two counts with no comparison word stay two
    ("ko", "사망자 29만 8900명, 부상자 1만 3400명", UNPARSED, "none"),
    ("ja", "死者56人で負傷者1,116人", UNPARSED, "none"),
    # "from A to B" stays D35's
    ("ja", "前年の133人から155人に増えた", 155, "exact"),
    # a number with another letter beside "ر" is no decimal
    ("ar", "قتل 12 شخصا", 12, "exact"),
]

test_changes_read_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
