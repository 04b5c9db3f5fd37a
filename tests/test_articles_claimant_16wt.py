"""Which named source is the figure's, continued (issue 16, helper 16wt).

f. The intelligence body of Ukraine's defence ministry, written with its owner ("the Main
Intelligence Directorate of Ukraine's Ministry of Defence", "Service principal de renseignement
du ministère ukrainien de la Défense", "Geheimdienst des ukrainischen Verteidigungsministeriums",
"ein ukrainischer Verteidigungsgeheimdienst", "우크라이나 국방부 산하 정보총국",
"ウクライナ国防省の情報機関") is the HUR: the whole name is one claimant name
(``ARTICLES["claimants"]``), so the ministry named as its owner is no source of its own. The
ministry named alone stays the ministry; another country's defence intelligence is no HUR.
ru and uk already wrote the owner into the name ("Главное управление разведки Министерства
обороны Украины").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

HUR = "Ukraine Defence Intelligence (HUR)"
MOD = "Ukraine Ministry of Defence"


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    return found.set_index("figure_text").loc[figure, "claimant"]


# each read as the ministry (or as another source of the sentence) on the code before 16wt
OWNED = [
    ("en", "The intelligence directorate of Ukraine's defence ministry said North Korea has sent "
           "11,000 troops to Russia.", "11,000"),
    ("en", "Ukraine's defence ministry's intelligence agency said North Korea has sent 11,000 "
           "troops to Russia.", "11,000"),
    ("de", "Nordkorea hat mehr als 100 ballistische Raketen nach Russland geschickt, sagte ein "
           "ukrainischer Verteidigungsgeheimdienst, nachdem Südkorea dies bestätigt hatte.",
     "mehr als 100"),
    ("de", "Der Geheimdienst des ukrainischen Verteidigungsministeriums teilte mit, Nordkorea habe "
           "11.000 Soldaten nach Russland entsandt.", "11.000"),
    ("fr", "Le chef du Service principal de renseignement du ministère ukrainien de la Défense, "
           "Kyrylo Boudanov, a déclaré que la RPDC prévoyait d'envoyer environ 6 000 militaires.",
     "environ 6 000"),
    ("fr", "Le renseignement militaire du ministère de la Défense ukrainien a indiqué que la Corée "
           "du Nord avait envoyé 11 000 soldats.", "11 000"),
    ("es", "El servicio de inteligencia del Ministerio de Defensa ucraniano informó que Corea del "
           "Norte envió 11.000 soldados a Rusia.", "11.000"),
    ("es", "La Dirección General de Inteligencia del Ministerio de Defensa de Ucrania informó que "
           "Corea del Norte envió 11.000 soldados a Rusia.", "11.000"),
    ("ko", "우크라이나 국방부 산하 정보총국은 북한이 러시아에 1만1000명을 파병했다고 밝혔다.",
     "1만1000명"),
    ("ko", "우크라이나 국방부 정보국은 북한이 러시아에 1만1000명을 파병했다고 밝혔다.",
     "1만1000명"),
    ("ja", "ウクライナ国防省の情報機関は、北朝鮮が約1万2000人をロシアに派兵したと発表した。",
     "約1万2000人"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), OWNED, ids=[o[0] for o in OWNED])
def test_the_intelligence_body_of_ukraines_defence_ministry_is_the_hur(lang, text, figure):
    assert _claimant(text, lang, figure) == HUR


# counter-examples: the ministry alone, another country's defence intelligence
NOT_OWNED = [
    ("en", "Ukraine's defence ministry said North Korea has sent 11,000 troops to Russia.",
     "11,000", MOD),
    ("fr", "Le ministère ukrainien de la Défense a indiqué que la Corée du Nord avait envoyé "
           "11 000 soldats.", "11 000", MOD),
    ("es", "El Ministerio de Defensa de Ucrania informó que Corea del Norte envió 11.000 soldados "
           "a Rusia.", "11.000", MOD),
    ("ko", "우크라이나 국방부는 북한이 러시아에 1만1000명을 파병했다고 밝혔다.", "1만1000명", MOD),
    ("ja", "ウクライナ国防省は、北朝鮮が約1万2000人をロシアに派兵したと発表した。", "約1万2000人",
     MOD),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), NOT_OWNED,
                         ids=[o[0] for o in NOT_OWNED])
def test_the_ministry_alone_stays_the_ministry(lang, text, figure, claimant):
    assert _claimant(text, lang, figure) == claimant


def test_another_countrys_defence_intelligence_is_no_hur():
    text = ("Der südkoreanische Verteidigungsgeheimdienst sagte, Nordkorea habe 11.000 Soldaten "
            "nach Russland entsandt.")
    assert _claimant(text, "de", "11.000") != HUR
