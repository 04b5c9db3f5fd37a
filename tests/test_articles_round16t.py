"""Rules of the article reader from round 16t, used as a development round (issue 16).

Each case is a real sentence or passage of a stored public page (the round's articles in
``tests/cases/articles/round_16t.yml`` or the page named), with the figure, metric and
claimant a careful reader gives it, written by hand.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    found = extract_figures(text, lang)
    return list(zip(found["figure_text"], found["metric"], found["claimant"], strict=True))


# the leader named in passing is no source when another source says the figure
def test_the_leader_named_in_passing_is_no_source() -> None:
    text = ("Pyongyang has sent millions of artillery shells to Russia since the summit between "
            "North Korean President Kim Jong Un and his Russian counterpart Vladimir Putin last "
            "September, South Korean Defense Minister Shin Won-sik said this week.")
    assert _rows(text, "en") == [
        ("millions", "materiel_sent", "South Korea Ministry of National Defense")]


# headlines write the verbs in the present ("eliminate", "wound")
def test_headline_verbs_in_the_present() -> None:
    text = ("Ukrainian forces eliminate 21 North Korean fighters, wound 40 in Russia's Kursk "
            "region")
    assert [(f, m) for f, m, _ in _rows(text, "en")] == [("21", "killed"), ("40", "wounded")]


def test_the_total_a_part_is_counted_out_of_is_no_loss() -> None:
    text = ("President Volodymyr Zelenskyy said that 4,000 North Korean soldiers out of a total "
            "of 12,000 were killed in the fighting in the Kursk region of Russia.")
    assert ("4,000", "killed", "Volodymyr Zelensky (President of Ukraine)") in _rows(text, "en")
    assert all(m != "killed" for f, m, _ in _rows(text, "en") if f == "12,000")


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("es", "Se trata de los primeros militares norcoreanos capturados vivos en el conflicto. "
           "Cientos de ellos, si no miles, han perdido la vida, según Kyiv, Washington y Seúl.",
     ("Cientos", "killed", "Several governments jointly")),
    ("en", "Hundreds, if not thousands, of North Korean soldiers have been killed, according to "
           "Kyiv, Washington and Seoul.",
     ("Hundreds", "killed", "Several governments jointly")),
])
def test_an_upper_guess_is_no_other_figure(lang: str, text: str, first: tuple) -> None:
    rows = _rows(text, lang)
    assert first in rows
    assert not any(f.lower() in ("miles", "thousands") for f, _, _ in rows)


def test_a_part_of_an_uncounted_contingent_is_its_count() -> None:
    text = ("Según las autoridades de Ucrania, así como las de Estados Unidos y de Corea del Sur, "
            "Pyongyang envió un contingente de militares a Rusia, de los cuales 11.000 se habrían "
            "desplegado en noviembre en Kursk.")
    assert _rows(text, "es") == [("11.000", "deployed", "Several governments jointly")]
    # a part of a contingent counted before stays no figure of its own
    counted = "Pyongyang envió 12.000 militares a Rusia, de los cuales 11.000 llegaron a Kursk."
    assert [f for f, _, _ in _rows(counted, "es")] == ["12.000"]


def test_a_headline_restating_the_body_takes_its_specific_source() -> None:
    text = ("Pionyang ha enviado a unos 5.000 soldados a Rusia para labores de construcción, "
            "según Seúl\nCorea del Norte ha enviado progresivamente a unos 5.000 operarios "
            "militares de construcción a Rusia desde septiembre, según el Servicio Nacional de "
            "Inteligencia (NIS) de Sur, para realizar labores de reconstrucción.")
    assert _rows(text, "es") == [("unos 5.000", "additional_deployed",
                                  "South Korea National Intelligence Service (NIS)")]


def test_a_body_under_another_is_the_source() -> None:
    text = ("According to the Defense Intelligence Agency (DIA) under South Korea's defense "
            "ministry, approximately 28,000 containers loaded with weapons and ammunition have "
            "been shipped from North Korea to Russia.")
    assert _rows(text, "en") == [("approximately 28,000", "materiel_sent",
                                  "South Korea Defense Intelligence Agency")]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("es", "Rusia ha recibido de Corea del Norte al menos 5 millones de proyectiles de munición, "
           "según el Consejo de Seguridad Nacional y Defensa de Ucrania.",
     "Ukraine National Security and Defense Council (NSDC)"),
    ("fr", "Les services de renseignement militaires ukrainiens rapportent que la Russie prévoit "
           "de recruter environ 12 000 travailleurs nord-coréens pour son industrie des drones.",
     "Ukraine Defence Intelligence (HUR)"),
    ("de", "Etwa 300 nordkoreanische Soldaten seien getötet worden, teilten die Behörden der "
           "Ukraine mit.", "Ukrainian government (unspecified)"),
])
def test_names_of_bodies(lang: str, text: str, claimant: str) -> None:
    assert [c for _, _, c in _rows(text, lang)] == [claimant]
