"""The lead's rules of session 34 (issue 17): D228, from round 98's misses.

Each rule is tested on the round's phrase and on variants of the wording family written from real
reporting (sources in the comments).
"""

from __future__ import annotations

import pytest
from figure_sets import assert_reads_as, assert_reads_bounds, assert_unparsed


@pytest.mark.parametrize(
    ("phrase", "best", "qualifier"),
    [
        # round 98 (lab98): at least 40,000 pupils cannot attend in-person classes
        ("en az 40 bin öğrenci yüz yüze eğitime devam edememektedir", 40000, "at_least"),
        # sabah.com.tr 2023-10-08 ("410 binden fazla öğrenci", "yüz yüze eğitim"), in one
        ("410 binden fazla öğrenci yüz yüze eğitime başladı", 410000, "at_least"),
        # the idiom before the count, and written as one word (dogruhaber.com.tr "yüzyüze eğitim")
        ("Yüz yüze sınavlara 2 bin 500 öğrenci girdi", 2500, "exact"),
        ("yüzyüze eğitime yaklaşık 300 öğrenci katıldı", 300, "approx"),
        ("yüz yüze görüşmelere 1.200 kişi katıldı", 1200, "exact"),
        # after a numeral "yüz" stays the hundred (D72)
        ("iki yüze yakın kişi", 200, "nearly"),
        ("beş yüz kişi", 500, "exact"),
    ],
)
def test_tr_face_to_face_is_no_hundred(phrase: str, best: int, qualifier: str) -> None:
    assert_reads_as("tr", phrase, best, qualifier)


@pytest.mark.parametrize("phrase", ["yüz yüze eğitim", "Uygulamalı derslerde ise tamamen yüz yüze"])
def test_tr_face_to_face_alone_is_no_number(phrase: str) -> None:
    assert_unparsed("tr", phrase)


def test_a_korean_range_with_yeo_at_its_high_end_stays_closed() -> None:
    # rule 6 and D4 as the codebook's case "1만 1000~2000여 명" reads: 여 closes nothing
    assert_reads_bounds(
        "ko", "관광객 5만~6만여 명(경찰·소방서 추산)이 몰려", (50000, 55000, 60000), "range")


@pytest.mark.parametrize("phrase", ["計22人のうち3人が入院した", "乗客計40人のうち12人がけが"])
def test_ja_a_part_of_a_total_without_a_comma_is_a_share(phrase: str) -> None:
    assert_unparsed("ja", phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        # round 101 (lab101): one household in twenty
        "Une ménage sur vingt",
        "un foyer sur vingt",
        "une personne sur quinze",
        "un habitant sur trente",
        "un bénévole sur quatre-vingts",
        # every numeral below ten before ("sept Français sur dix", "huit Nord-Coréens sur dix")
        "sept Français sur dix",
        "huit patients sur dix",
    ],
)
def test_fr_one_in_twenty_is_a_ratio(phrase: str) -> None:
    # D232.1: rule 13's "one in three" with the tens and teens written out
    assert_unparsed("fr", phrase)


def test_fr_a_count_over_a_span_of_days_stays_a_count() -> None:
    assert_reads_as("fr", "deux sur vingt jours", 2, "exact")


@pytest.mark.parametrize(
    ("phrase", "best"),
    [
        # round 101 (lab101), dailytv.net/video/x7wxgyc (연합뉴스TV)
        ("일당 45명을 검거해 이 중 16명을 구속 송치했다", 45),
        # mbn.co.kr/news/society/2322025
        ("보이스피싱 일당 15명을 검거하고, 이 가운데 10명을 구속했다", 15),
        # gnnews.co.kr idxno=322145
        ("보이스피싱 일당 5명 구속", 5),
        # m.moneys.co.kr 2015110513128099244
        ("중국 국적 조선족 일당 3명을 구속했다", 3),
    ],
)
def test_ko_ildang_before_people_is_a_gang(phrase: str, best: int) -> None:
    # D232.2: 일당 (一黨) before a count of people, no rate
    assert_reads_as("ko", phrase, best, "exact")


def test_ko_ildang_before_money_stays_a_day_wage() -> None:
    assert_unparsed("ko", "일당 10만원")
