"""A country or its capital that says or estimates, in Russian, Ukrainian, Korean and Japanese
(session of 2026-12-06, eighteenth; issue 16).

English, German, French and Spanish read "Seoul estimates that …" as South Korea's government
(``subject_first``). Russian and Ukrainian named a few countries with a few verbs ("Южная Корея
заявила"); "Киев считает, что …", "Сеул оценивает", "Україна вважає" named nobody. Korean and
Japanese read a country as the topic of a sentence ending "…고 발표했다", "…と発表した", not one
ending with an estimate ("…것으로 추정했다", "…と推定している", "…とみている"). A grid of
ordinary wordings; the development sets do not change (no labelled figure uses these forms).
"""

from __future__ import annotations

import pytest
from articles_devset import figure_rows

UA, KR, US = "Ukrainian government (unspecified)", "South Korea government", \
    "US government (unspecified)"
RU_BODY = "около 3 тысяч северокорейских солдат погибли."
UK_BODY = "близько 3 тисяч північнокорейських солдатів загинули."

GRID = [
    *[("ru", f"{s} {v}, что {RU_BODY}", who) for s, who, verbs in [
        ("Украина", UA, ["считает", "оценивает", "полагает", "утверждает"]),
        ("Киев", UA, ["считает", "заявил", "оценивает", "подтвердил"]),
        ("Сеул", KR, ["считает", "утверждает", "заявил", "предполагает"]),
        ("Южная Корея", KR, ["полагает", "подтвердила"]),
        ("США", US, ["считают", "полагают", "подтвердили"]),
        ("Вашингтон", US, ["полагает", "подтвердил"])] for v in verbs],
    *[("uk", f"{s} {v}, що {UK_BODY}", who) for s, who, verbs in [
        ("Україна", UA, ["вважає", "оцінює", "припускає", "підтвердила"]),
        ("Київ", UA, ["вважає", "заявив", "оцінює", "повідомив"]),
        ("Сеул", KR, ["вважає", "стверджує", "заявив", "оцінює"]),
        ("Південна Корея", KR, ["припускає", "підтвердила"]),
        ("США", US, ["вважають", "припускають", "підтвердили"])] for v in verbs],
    *[("ko", f"{s} 북한군 약 3천 명이 사망한 {v}", who) for s, who in [
        ("한국은", KR), ("우크라이나는", UA), ("미국은", US)]
      for v in ["것으로 추정했다.", "것으로 보고 있다.", "것으로 파악했다.", "것으로 분석했다."]],
    *[("ja", f"{s}、北朝鮮兵約3000人が死亡したと{v}", who) for s, who in [
        ("韓国は", KR), ("ウクライナは", UA), ("米国は", US)]
      for v in ["推定している。", "みている。", "分析した。", "発表した。"]],
]


@pytest.mark.parametrize(("lang", "text", "who"), GRID)
def test_a_country_that_says_or_estimates_is_its_government(lang, text, who):
    assert [c for _, _, c in figure_rows(text, lang)] == [who]


@pytest.mark.parametrize(("lang", "text"), [
    # a country that is no speaker: inside another noun, or the subject of the reported clause
    ("ru", "В Сенате США сообщила правозащитница, что около 3 тысяч северокорейских солдат "
           "погибли."),
    ("ru", "Россия считает, что около 3 тысяч северокорейских солдат погибли."),
    ("uk", "Росія вважає, що близько 3 тисяч північнокорейських солдатів загинули."),
    # a topic that ends in no saying or estimating
    ("ko", "한국은 북한군 약 3천 명이 사망한 사실에 주목했다."),
    ("ja", "韓国は、北朝鮮兵約3000人が死亡した事実に注目した。"),
])
def test_a_country_that_does_not_say_it_names_no_government(lang, text):
    assert {c for _, _, c in figure_rows(text, lang)} <= {"Unattributed"}
