# ruff: noqa: E501 (the passages are data, as written)
"""rv14: probes of 16cg's rules S (companions and enemies are no side counted) and E ("more" of
the people just counted), passages written for this review and labelled before the reader was
run on them. Only those main reads right are kept here; the others are listed in the review's
report. Its precision loss, ru "Украина мобилизовала еще 30 тысяч резервистов" after a North
Korean deployment read as 30,000 more North Koreans ("more" of another group), was mended after
the review (``more._other_noun``: a word of five letters or more after the number and its
"more" that is no troops word is another group's noun) and is tested here with its en and de
forms. The price, left: a verb of that length there is taken for a noun too, so de "2.000
weitere werden erwartet" (read right before the mend) is no longer read; precision first.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NK = "north_korean_troops"

MORE_OF_THEM = [
    (
        "en",
        "North Korea has deployed about 11,000 troops to Russia, and 3,000 more are expected.",
        "3,000",
    ),
    ("es", "Casi 11.000 soldados norcoreanos están en Rusia y se esperan 3.000 más.", "3.000"),
    (
        "ru",
        "В Россию прибыли около 11 тысяч северокорейских военных. Пхеньян может отправить еще 5 тысяч.",
        "5 тысяч",
    ),
    (
        "uk",
        "До Росії прибули 12 тисяч північнокорейських військових. Вони можуть привезти ще 20 тисяч.",
        "20 тисяч",
    ),
    ("ko", "북한군 1만 1천 명이 러시아에 파병됐고, 3천 명이 추가로 들어올 예정이다.", "3천"),
    (
        "ja",
        "北朝鮮兵約1万1000人がロシアに派遣された。さらに3000人が追加で派遣される見通しだ。",
        "3000",
    ),
]

NOT_OURS = [
    # "more" of another group whose country is the actor: no North Korean wave (rv14's finding,
    # mended in more._other_noun)
    (
        "ru",
        "В Россию прибыли около 11 тысяч северокорейских военных. Украина мобилизовала еще 30 тысяч резервистов.",
        "30 тысяч",
    ),
    (
        "en",
        "North Korea has deployed about 11,000 troops to Russia. Kyiv plans to mobilise 50,000 more reservists.",
        "50,000",
    ),
    (
        "de",
        "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt. Die Ukraine will 50.000 weitere Reservisten einberufen.",
        "50.000",
    ),
    (
        "en",
        "North Korea has deployed about 11,000 troops to Russia. Kyiv plans to mobilise 50,000 more Ukrainians.",
        "50,000",
    ),
    (
        "en",
        "Some 11,000 North Korean soldiers fight alongside 50,000 Russian troops in Kursk.",
        "50,000",
    ),
]

COMPANIONS = [
    (
        "en",
        "About 600 North Korean soldiers have been killed fighting alongside Russian troops, Seoul said.",
        "600",
        "killed",
    ),
    (
        "fr",
        "Séoul estime à environ 600 le nombre de soldats nord-coréens tués en combattant aux côtés des forces russes.",
        "600",
        "killed",
    ),
    (
        "de",
        "Nordkorea hat 11.000 Soldaten nach Russland geschickt. Etwa 600 von ihnen sind im Kampf gegen die Ukrainer gefallen.",
        "600",
        "killed",
    ),
    (
        "es",
        "Corea del Norte envió unos 11.000 soldados a Rusia. Unos 600 murieron al combatir junto a las fuerzas rusas.",
        "600",
        "killed",
    ),
]


def _rows(text: str, lang: str, figure: str) -> list[tuple[str, str]]:
    found = extract_figures(text, lang, "2025-02-10")
    return [
        (m, s)
        for t, m, s in zip(found["figure_text"], found["metric"], found["subject"], strict=True)
        if figure in t
    ]


@pytest.mark.parametrize(("lang", "text", "figure"), MORE_OF_THEM)
def test_more_of_the_people_just_counted(lang: str, text: str, figure: str) -> None:
    assert ("additional_deployed", NK) in _rows(text, lang, figure)


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_OURS)
def test_another_group_is_no_north_korean_figure(lang: str, text: str, figure: str) -> None:
    assert all(s != NK for _, s in _rows(text, lang, figure))


@pytest.mark.parametrize(("lang", "text", "figure", "metric"), COMPANIONS)
def test_companions_are_no_side_counted(lang: str, text: str, figure: str, metric: str) -> None:
    assert (metric, NK) in _rows(text, lang, figure)
