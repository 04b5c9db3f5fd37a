# ruff: noqa: E501 (the passages are data, as written)
"""rv13: probes of 16ce (numbers that are no figure of the story) and 16cf (the source named
after the figure), passages written for this review and labelled before the reader was run on
them. Only those main reads right are kept here; the others are listed in the review's report.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NO_FIGURE = [
    ("de", "Nordkorea schickte drei Brigaden mit je 2.000 Soldaten nach Russland.", "2.000"),
    ("en", "Russia issued 13,000 visas to North Koreans last year, according to Russian statistics.", "13,000"),
    ("en", "Some 18 North Korean soldiers deserted their units in Russia, Ukrainian intelligence said.", "18"),
    ("ru", "Би-би-си взяла интервью у 6 северокорейских рабочих, отправленных в Россию.", "6"),
    ("es", "La BBC habló con seis trabajadores norcoreanos enviados a Rusia.", "seis"),
    ("uk", "Північна Корея відправила до Росії 5 частин чисельністю по 2000 осіб кожна.", "2000"),
]

KEPT = [
    ("en", "North Korea has sent about 3,000 troops each month since October, according to South Korea's National Intelligence Service.", "3,000"),
    ("ru", "По данным разведки, КНДР отправила в Россию 12 тысяч военных, часть из них без виз.", "12 тысяч"),
    ("en", "About 11,000 North Korean troops were deployed to Kursk last year, and dozens have since deserted, Ukrainian intelligence said.", "11,000"),
]

CLAIMANT = [
    ("de", "Rund 11.000 nordkoreanische Soldaten sind nach Russland verlegt worden.\nNach Angaben des südkoreanischen Geheimdienstes NIS bereitet Nordkorea weitere Entsendungen vor.", "11.000", "NIS"),
    ("de", "Rund 11.000 nordkoreanische Soldaten sind laut dem ukrainischen Militärgeheimdienst nach Russland verlegt worden.\nNach Angaben des südkoreanischen Geheimdienstes NIS bereitet Nordkorea weitere Entsendungen vor.", "11.000", "Ukrain"),
    ("en", 'According to Ukrainian President Volodymyr Zelensky, the situation in Kursk is difficult.\n"There are already 12,000 North Korean troops there. They are taking losses."', "12,000", "Zelensky"),
    ("ja", "北朝鮮兵およそ1万1000人がロシアに派遣された。\n韓国の国家情報院によりますと、北朝鮮は追加派遣を準備しているということです。", "1万1000", "NIS"),
    ("fr", "Selon le renseignement sud-coréen, la situation évolue rapidement.\n« Environ 3 000 soldats nord-coréens ont été blessés ou tués. »", "3 000", "NIS"),
]


def _found(text: str, lang: str, figure: str) -> list[str]:
    found = extract_figures(text, lang, "2025-02-10")
    return [c for t, c in zip(found["figure_text"], found["claimant"], strict=True) if figure in t]


@pytest.mark.parametrize(("lang", "text", "figure"), NO_FIGURE)
def test_no_figure(lang: str, text: str, figure: str) -> None:
    assert _found(text, lang, figure) == []


@pytest.mark.parametrize(("lang", "text", "figure"), KEPT)
def test_kept(lang: str, text: str, figure: str) -> None:
    assert _found(text, lang, figure)


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), CLAIMANT)
def test_claimant(lang: str, text: str, figure: str, claimant: str) -> None:
    found = _found(text, lang, figure)
    assert found and claimant in found[0], found
