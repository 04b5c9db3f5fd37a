"""Troops sent told twice, a headline's "up to N" over the body's range, and two bodies of one
government joined (session of 2026-12-06, eighteenth; issue 16).

``repeats._sent_again``: the same number of troops from the same source, read once as a first
deployment and once as a new wave, is one figure, kept as first told (precision on the
development sets 0.922 -> 0.925, recall 0.937 -> 0.937: 11 false figures gone, 3 labelled ones
lost where a labeller counted the number twice). ``repeats._headline_ranges``: a headline's "up
to N" and the body's "A to N" of the same metric are one figure, the headline's, with the body's
source (4 false figures gone, none lost). ``Claimants._common_government``: "the Pentagon and the
State Department" is the US government's claim, in every language (development sets: one
claimant changed, from one wrong name to another). Real sentences of the labelled sets and of this
session's fresh round (its development half).
"""

from __future__ import annotations

import pytest
from articles_devset import figure_rows, round_lines

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"


@pytest.mark.parametrize(("name", "article", "lang", "want"), [
    # "envoyés" then « déployés »: the new wave of builders, once
    ("round_16zy8.yml", "fr-16zy8-boursorama-5000-batisseurs", "fr", [
        ("Environ 5.000", "additional_deployed", NIS),
        ("environ 10.000", "deployed", NIS), ("milliers", "deployed", NIS)]),
    # the lede's builders and the lawmaker's same 5,000 "поэтапно отправляются"
    ("round_16zz8.yml", "ru-16zz8-tsn-nis-5000-builders", "ru", [
        ("около 5 тысяч", "additional_deployed", NIS),
        ("тысячи", "deployed", "North Korea (state media and leadership)"),
        ("около 10 тысяч", "deployed", NIS)]),
    # "3000人規模の戦闘部隊" and "合わせて3000人あまり": the same 3,000 in all
    ("round_16zz8.yml", "ja-16zz8-kbs-nis-3000-10000", "ja", [
        ("3000人規模", "deployed", NIS), ("1万人あまり", "deployed", NIS)]),
])
def test_troops_sent_told_again_as_the_other_sending_are_one_figure(name, article, lang, want):
    assert figure_rows(round_lines(name, article), lang) == want


def test_a_batch_told_as_more_stays_a_figure_of_its_own():
    # "Еще тысяча военных" after "тысяч военных": another batch, not the first told again
    text = round_lines("devset.yml", "ru-lenta-kots-sappers")
    assert ("Еще тысяча", "additional_deployed",
            "South Korea National Intelligence Service (NIS)") in figure_rows(text, "ru")


def test_a_vague_number_is_no_figure_told_again():
    # "さらに数万人" (read as 10,000, vague) is not the "約1万人" sent in 2024
    text = round_lines("devset.yml", "ja-tcom-nato-7000")
    rows = [(t, m) for t, m, _ in figure_rows(text, "ja")]
    assert ("約1万人", "deployed") in rows and ("さらに数万人", "additional_deployed") in rows


# a headline and the body's range (this session's fresh round, development half)
WORDKOREAN = (
    "North Korea Expected to Deploy Up to 30,000 Additional Troops to Support Russia\n"
    "Reports have emerged suggesting that North Korea is expected to send up to 30,000 additional "
    "troops to support Russia.\n"
    "On the 2nd (local time), CNN reported, citing an analysis from Ukrainian intelligence "
    "authorities, that \"North Korea is pushing for a plan to dispatch an additional 25,000 to "
    "30,000 troops to Russia, which is currently at war with Ukraine, and this additional force "
    "could arrive in Russia within months.\"\n"
    "This move would mark a significant change following the initial deployment of over 11,000 "
    "combat troops last October, potentially influencing the dynamics of the Russia-Ukraine war.\n")
SBS = (
    "\"북한, 러시아에 최대 3만 명 추가 파병 가능성\"\n"
    "우크라이나 정보 당국은 북한이 우크라이나와 싸우는 러시아를 지원하기 위해 "
    "2만 5천∼3만 명의 병력을 추가로 파견할 것으로 예상한다고 CNN이 보도했습니다.\n")


def test_a_headline_up_to_n_over_the_body_s_range_is_one_figure_with_the_body_s_source():
    rows = extract_figures(WORDKOREAN, "en")
    assert list(zip(rows["figure_text"], rows["metric"], rows["claimant"], rows["best"],
                    strict=True)) == [
        ("Up to 30,000 Additional", "additional_deployed", HUR, 30000.0),
        ("over 11,000", "deployed", "Unattributed", 11000.0)]
    assert "named below (the headline's range)" in rows["why"][0]
    assert figure_rows(SBS, "ko") == [("최대 3만 명", "additional_deployed", HUR)]


def test_a_headline_keeps_its_source_over_a_body_range_that_names_none():
    # "…bis 6 Millionen … – Reuters" over "4 bis 6 Millionen" told with no source: Reuters stays
    rows = figure_rows(round_lines("devset.yml", "de-16n-ukrinform-osc-containers"), "de")
    assert rows[0] == ("schätzungsweise bis 6 Millionen", "materiel_sent",
                       "News media (own reporting)")
    assert "4 bis 6 Millionen" not in [t for t, _, _ in rows]


def test_a_range_with_another_top_or_metric_stays():
    text = ("North Korea could send up to 30,000 more troops\n"
            "Officials said 20,000 to 25,000 troops could be sent, and 2,000 to 30,000 were "
            "killed or wounded.")
    assert [t for t, _, _ in figure_rows(text, "en")][1:] == ["20,000 to 25,000",
                                                              "2,000 to 30,000"]


# two bodies of one government joined: that government (claimants.Claimants._common_government)
@pytest.mark.parametrize(("lang", "text", "want"), [
    # this session's fresh round (development half): the Pentagon and the State Department
    ("ko", "미국 국방부와 국무부 역시 북한이 훈련을 위해 러시아에 병력 약 1만 명을 "
           "파견했으며 그중 일부는 이미 우크라이나 쪽에 더 가깝게 이동했다고 확인했다.",
     "US government (unspecified)"),
    ("en", "The Pentagon and the State Department confirmed that about 10,000 North Korean troops "
           "had been sent to Russia.", "US government (unspecified)"),
    ("ru", "Пентагон и Госдепартамент США подтвердили, что около 10 тысяч северокорейских "
           "военных были отправлены в Россию.", "US government (unspecified)"),
    ("ja", "米国防総省と国務省は、北朝鮮がロシアに約1万人の兵士を派遣したと確認した。",
     "US government (unspecified)"),
    # a president and his security service (round 16zy6): Kyiv's, no longer the last named
    ("en", "On 11 January, President Volodymyr Zelenskyy and the Security Service of Ukraine "
           "reported that Ukrainian troops had captured two North Korean soldiers in Russia's "
           "Kursk Oblast.", "Ukrainian government (unspecified)"),
])
def test_two_bodies_of_one_government_joined_are_that_government(lang, text, want):
    assert [c for _, _, c in figure_rows(text, lang)] == [want]


def test_bodies_of_two_governments_stay_a_joint_claim():
    text = ("The Pentagon and South Korea's spy agency said about 10,000 North Korean troops had "
            "been sent to Russia.")
    assert [c for _, _, c in figure_rows(text, "en")] == ["Several governments jointly"]
