"""Additional deployments by the grammar of each language (helper 16pr, issue 16).

docs/articles.md, "Session of 2026-12-05 (eleventh): classes of 16zo-16zt (16pr)". The class of
16zo-16zt the reader missed most: a later wave told without a number ("des troupes
supplémentaires", "zusätzliche Truppen", "tropas adicionales", "додаткові війська"), the
ways each language says "more / reinforcements / a second contingent / rotation", and the
construction troops named by their arm ("soldats des troupes de construction", "軍建設部隊").
Passages are verbatim from stored public pages (the pages corpus; none of a page in
tests/cases/articles) where a page said it, otherwise written for the test (marked).
Positives fail on the reader before 16pr; negatives hold on both.
"""

from __future__ import annotations

import math

import pytest
from article_sets import assert_figures_read
from figure_sets import case_test

from analysis.articles import extract_figures

PUBLISHED = "2025-03-01"

# (lang, text, expected rows (figure_text, metric)): additional troops written without a number
NUMBERLESS = [
    # newsminimalist.com, "North Korea sends more troops to support Russia in Ukraine"
    ("en", "South Korea's spy agency reports that North Korea has sent more troops to Russia to "
           "support its military efforts in Ukraine.", [("more troops", "additional_deployed")]),
    # world.kbs.co.kr (German service), Seq_Code=102996
    ("de", "Nordkorea hat offenbar zusätzliche Truppen für die Unterstützung des russischen "
           "Aggressionskriegs gegen die Ukraine entsandt.",
     [("zusätzliche Truppen", "additional_deployed")]),
    # written: "mehr Soldaten" (not "mehr als")
    ("de", "Nordkorea hat im Februar mehr Soldaten nach Russland geschickt.",
     [("mehr Soldaten", "additional_deployed")]),
    # lemondejuifvupar.com, "selon Séoul, Pyongyang a déployé des troupes supplémentaires"
    ("fr", "Pyongyang a envoyé des troupes supplémentaires en Russie et a déployé des soldats "
           "nord-coréens sur la ligne de front dans la région de Koursk, affirme ce jeudi "
           "l’agence d’espionnage sud-coréenne.",
     [("troupes supplémentaires", "additional_deployed")]),
    # written: "plus de soldats" (more soldiers)
    ("fr", "La Corée du Nord a envoyé plus de soldats en Russie.",
     [("plus de soldats", "additional_deployed")]),
    # written
    ("es", "Corea del Norte ha desplegado tropas adicionales en la región rusa de Kursk.",
     [("tropas adicionales", "additional_deployed")]),
    # written
    ("ru", "Северная Корея направила в Россию дополнительные войска.",
     [("дополнительные войска", "additional_deployed")]),
    # written: the troops as a body ("війська"), as ru "войска"
    ("uk", "Північна Корея відправила до Росії додаткові війська.",
     [("додаткові війська", "additional_deployed")]),
    # written
    ("ko", "북한이 러시아에 추가 병력을 파병했다.", [("추가 병력", "additional_deployed")]),
    # written
    ("ja", "北朝鮮はロシアに追加兵力を派遣した。", [("追加兵力", "additional_deployed")]),
]

# the number of the wave, not a second figure; a sending planned or possible; the other side;
# "more than"; a breakdown written with a dash
KEPT = [
    # prothomalo.com is in the labelled rounds; written after it
    ("en", "North Korea sent an additional 3,000 troops to Russia this year.",
     [("an additional 3,000", "additional_deployed")]),
    # freespoke.com (a figures round's page, no article set's)
    ("en", "South Korea’s military said Friday it suspects North Korea is preparing to send "
           "additional troops to Russia after its soldiers fighting in the Russian-Ukraine war "
           "suffered heavy casualties.", []),
    # written: another side's troops
    ("en", "Ukraine sent additional troops to the Kursk region.", []),
    # krone.at/3875190
    ("de", "Nach Angaben südkoreanischer und westlicher Geheimdienste schickte Nordkorea im "
           "vergangenen Jahr mehr als 10.000 Soldaten nach Russland, um den Kampf gegen die "
           "Ukraine zu unterstützen – vor allem in die Grenzregion Kursk.",
     [("mehr als 10.000", "deployed")]),
    # written: the verb last in a subordinate clause
    ("de", "Das Militär hat Hinweise darauf, dass Nordkorea noch mehr Soldaten nach Russland "
           "schicken will.", []),
    # written: "plus de" before a number stays "more than"
    ("fr", "La Corée du Nord a envoyé plus de 10 000 soldats en Russie.",
     [("plus de 10 000", "deployed")]),
    # written: "refuerzos" with no troops noun, and probable
    ("es", "Es probable que Corea del Norte envíe refuerzos a la región rusa de Kursk en los "
           "próximos meses.", []),
    # written: getting ready to send
    ("es", "Corea del Norte se dispone a enviar más soldados a Rusia.", []),
    # written: imperfective future of sending
    ("uk", "Північна Корея відправлятиме до Росії додаткові війська.", []),
    # written: a breakdown with the dash and no "це"
    ("uk", "КНДР направила до Росії 10 тисяч військових. 8 тисяч – звичайні війська, 2 тисячі "
           "– інженерні.", [("10 тисяч", "deployed")]),
    # written: "нові борти" (new flights), no troops noun
    ("uk", "На аеродромі Курська чекають на нові борти з північнокорейцями.", []),
]


# the construction troops named by their arm or a short form: a later wave (``engineers``)
ENGINEERS = [
    # written: fr/es by the arm, as en "construction troops", de "Bautruppen"
    ("fr", "Depuis septembre, la Corée du Nord a déployé environ 5 000 soldats des troupes de "
           "construction en Russie, selon un parlementaire sud-coréen.",
     [("environ 5 000", "additional_deployed")]),
    ("es", "Corea del Norte envió unos 5.000 soldados de las tropas de construcción a Rusia.",
     [("unos 5.000", "additional_deployed")]),
    # written: ja 軍 for 軍事, as ko "군 건설"
    ("ja", "北朝鮮は1000人の地雷除去要員を派遣する。計5000人の軍建設部隊が既にロシアに到着した。",
     [("1000人", "additional_deployed"), ("5000人", "additional_deployed")]),
]


def _rows(lang: str, text: str) -> list[tuple[str, str]]:
    found = extract_figures(text, lang, PUBLISHED)
    return [(r.figure_text, r.metric) for r in found.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), NUMBERLESS)
def test_additional_troops_without_a_number(lang: str, text: str, expected: list) -> None:
    assert _rows(lang, text) == expected
    row = extract_figures(text, lang, PUBLISHED).iloc[0]
    assert row.status != "ok" and math.isnan(row.best)  # no number written, none checked


test_construction_troops_by_their_arm = case_test(
    ENGINEERS, assert_figures_read, published=PUBLISHED)
test_no_phrase_beside_a_number_a_plan_or_another_side = case_test(
    KEPT, assert_figures_read, published=PUBLISHED)


def test_the_count_of_the_wave_keeps_its_own_source() -> None:
    # written: the wave told without a number by the NIS, then counted by Shoigu: one figure,
    # the count, with the source that counts it (repeats.dedupe; a phrase alone would take the
    # number's place and the NIS would have taken Shoigu's 6,000)
    text = ("Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea zusätzliche "
            "Truppen nach Russland entsandt. Sergej Schoigu sagte, Nordkorea habe 6.000 "
            "Bausoldaten entsandt.")
    found = extract_figures(text, "de", PUBLISHED)
    assert _rows("de", text) == [("6.000", "additional_deployed")]
    assert "NIS" not in found.claimant.iloc[0]
