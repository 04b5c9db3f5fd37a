"""Anaphors in every inflected form (issue 16, helper 16an).

One phrase per form and kind added to ``ARTICLES["carry"]["anaphors"]``: the figure of a
sentence that refers back with the form takes the source named just before (positives); the
same form with another country's adjective, or two sources of the kind named before, leaves it
to the other rules (negatives). ``tests/cases/articles/anaphor_sentences.yml`` holds the
passages of stored pages the forms were checked on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml, score

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
UKMOD = "UK Ministry of Defence (Defence Intelligence)"
CASES = Path(__file__).parent / "cases" / "articles" / "anaphor_sentences.yml"


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    rows = found[found.figure_text.str.contains(figure, regex=False)]
    assert len(rows) == 1, found[["figure_text", "claimant"]]
    return rows.claimant.iloc[0]


# (a paragraph break before the figure: the same-paragraph rule carries nothing there)
POSITIVES = [
    ("en", "South Korea's National Intelligence Service briefed lawmakers on Monday.\n"
           "The spy chief said 3,000 North Korean soldiers had been sent to Russia.", "3,000", NIS),
    ("en", "South Korea's National Intelligence Service briefed lawmakers on Monday.\n"
           "The intelligence services estimated that 300 North Korean soldiers had been killed.",
     "300", NIS),
    ("de", "Der südkoreanische Geheimdienst NIS informierte am Montag das Parlament.\n"
           "Diese Behörde schätzte, dass 300 nordkoreanische Soldaten getötet wurden.", "300", NIS),
    ("de", "Der südkoreanische Geheimdienst NIS informierte am Montag das Parlament.\nDer Chef des "
           "Spionagedienstes sagte, Nordkorea habe 3000 Soldaten nach Russland entsandt.", "3000",
     NIS),
    ("fr", "Le Service national du renseignement (NIS) a informé les députés lundi.\nSelon le "
           "renseignement, 1 500 soldats nord-coréens ont été envoyés en Russie.", "1 500", NIS),
    ("fr", "Le Service national du renseignement (NIS) a informé les députés lundi.\nCes services "
           "secrets estiment que 300 soldats nord-coréens ont été tués.", "300", NIS),
    ("es", "El Servicio Nacional de Inteligencia (NIS) informó a los diputados el lunes.\nDicha "
           "agencia estimó que 300 soldados norcoreanos han muerto.", "300", NIS),
    ("es", "El Servicio Nacional de Inteligencia (NIS) informó a los diputados el lunes.\n"
           "Inteligencia también ha señalado que 300 soldados norcoreanos han muerto.", "300", NIS),
    ("ru", "Национальная разведывательная служба Южной Кореи провела брифинг для депутатов.\nПо "
           "данным разведки, около 300 северокорейских военных погибли.", "300", NIS),
    ("ru", "Национальная разведывательная служба Южной Кореи провела брифинг для депутатов.\n"
           "Разведчики считают, что погибли около 300 северокорейских военных.", "300", NIS),
    ("uk", "Національна розвідувальна служба Південної Кореї провела брифінг для депутатів.\nЗа "
           "даними розвідки, близько 300 північнокорейських військових загинули.", "300", NIS),
    ("uk", "Національна розвідувальна служба Південної Кореї провела брифінг для депутатів.\nЗа "
           "інформацією розвідників, загинули близько 2 тисяч північнокорейських військових.",
     "2 тисяч", NIS),
    ("ko", "국가정보원은 13일 국회 정보위원회에 보고했다.\n첩보기관에 따르면 북한군 1500여명이 "
           "러시아에 도착했다.", "1500여명", NIS),
    ("ja", "韓国の国家情報院は13日、国会に報告した。\n"
           "同機関によると、北朝鮮兵約300人が死亡した。",
     "約300人", NIS),
]


# a person named between the body and the figure: the older "named just before" rule would
# give him the figure; only the form, which fits a body and not a person, reaches the body
# (on the code before 16an, 13 of the 14 went to Zelensky)
PERSON_BETWEEN = {
    "en": "Zelensky visited the front on Tuesday.",
    "de": "Selenskyj besuchte am Dienstag die Front.",
    "fr": "Zelensky s'est rendu au front mardi.", "es": "Zelenski visitó el frente el martes.",
    "ru": "Зеленский во вторник посетил фронт.", "uk": "Зеленський у вівторок відвідав фронт.",
    "ko": "젤렌스키 대통령은 14일 전선을 방문했다.",
    "ja": "ゼレンスキー大統領は14日、前線を訪れた。",
}


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), POSITIVES)
def test_an_inflected_anaphor_takes_the_source_named_before(lang, text, figure, claimant):
    assert _claimant(text, lang, figure) == claimant
    body, rest = text.split("\n", 1)
    assert _claimant(f"{body} {PERSON_BETWEEN[lang]}\n{rest}", lang, figure) == claimant


NEGATIVES = [
    # another country's service described, not the one named before
    ("fr", "Le Service national du renseignement (NIS) a informé les députés lundi. Selon le "
           "renseignement militaire ukrainien, 1 500 soldats nord-coréens ont été envoyés.",
     "1 500", NIS),
    ("ru", "Национальная разведывательная служба Южной Кореи провела брифинг для депутатов. По "
           "данным разведки Великобритании, около 300 северокорейских военных погибли.", "300",
     NIS),
    # two intelligence bodies named just before: the description fits both
    ("uk", "Національна розвідувальна служба Південної Кореї та ГУР провели брифінг. За "
           "даними розвідки, близько 300 північнокорейських військових загинули.", "300", NIS),
    ("es", "El NIS y la inteligencia ucraniana informaron el lunes. Dicha agencia estimó que "
           "300 soldados norcoreanos han muerto.", "300", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "not_claimant"), NEGATIVES)
def test_an_anaphor_that_fits_no_single_source_takes_none(lang, text, figure, not_claimant):
    assert _claimant(text, lang, figure) != not_claimant


def test_the_anaphor_passages():
    # 14 passages, 37 figures; on main before the forms: claimant 0.91, every field 0.88; after:
    # the same (the one es figure moved from the wrong Shoigu to Unattributed)
    passages = load_yaml(CASES)
    result = score(passages)["all"]
    assert result["claimant"] >= 0.91 and result["all_fields"] >= 0.88
    assert result["precision"] >= 0.97 and result["recall"] >= 0.91
