"""Which named source is the figure's (issue 16, helper 16ws): a source named with unnamed others.

A government's source followed by words adding unnamed others (``ARTICLES["others"]``: "and
other Western countries", "and its allies", "et d'autres pays occidentaux", "y otros países",
"и других стран", "та інших країн", "등", "など") is several governments jointly
(:meth:`analysis.articles.claimants.Claimants.resolve`); a capital followed by them still speaks
("Seoul and its allies assessed", :func:`analysis.articles.rules.speaks`). An "etc." word after
a noun that is no source ("特殊部隊などの兵士", "특수부대원 등") changes nothing.
``tests/cases/articles/claimant_sentences_16ws.yml`` holds the sentences of stored pages,
labelled from the text alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

JOINT = "Several governments jointly"
NIS = "South Korea National Intelligence Service (NIS)"
CASES = Path(__file__).parent / "cases" / "articles" / "claimant_sentences_16ws.yml"
EVIDENCE = load_yaml(CASES)


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    return found.set_index("figure_text").loc[figure, "claimant"]


# each read as the one named source on the code before 16ws
JOINED = [
    ("en", "According to South Korea and other Western countries, North Korea has sent more "
           "than 10,000 troops to Russia.", "more than 10,000"),
    ("en", "Seoul and its allies assessed that North Korea has sent 11,000 troops to Russia.",
     "11,000"),
    ("de", "Nach Angaben des südkoreanischen Geheimdienstes und anderer westlicher Länder hat "
           "Nordkorea mehr als 10.000 Soldaten nach Russland entsandt.", "mehr als 10.000"),
    ("fr", "Selon les services de renseignement de la Corée du Sud et d’autres pays occidentaux, "
           "Pyongyang a envoyé plus de 10 000 soldats en Russie.", "plus de 10 000"),
    ("fr", "Les services de renseignement sud-coréens et des pays occidentaux ont confirmé que "
           "Pyongyang avait envoyé plus de dix mille soldats.", "plus de dix mille"),
    ("es", "Según el servicio de inteligencia surcoreano y otros países occidentales, Corea del "
           "Norte envió más de 10.000 soldados a Rusia.", "más de 10.000"),
    ("ru", "По данным южнокорейской разведки и других западных стран, КНДР отправила в Россию "
           "более 10 тысяч военных.", "более 10 тысяч"),
    ("uk", "За даними південнокорейської розвідки та інших західних країн, КНДР відправила до "
           "Росії понад 10 тисяч військових.", "понад 10 тисяч"),
    ("ko", "국가정보원 등에 따르면 북한은 러시아에 1만1000여 명을 파병했다.", "1만1000여 명"),
    ("ja", "ウクライナなどによると、北朝鮮は約1万2000人をロシアに派兵した。", "約1万2000人"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), JOINED, ids=[j[0] for j in JOINED])
def test_a_source_named_with_unnamed_others_is_several_governments(lang, text, figure):
    assert _claimant(text, lang, figure) == JOINT


KEPT = [
    # an "etc." word after a noun that is no source
    ("ja", "複数の韓国メディアは、韓国の国家情報院の話として、北朝鮮が特殊部隊などの"
           "兵士約1万2千人をロシアに派遣することを決めたと報じました。", "約1万2千人", NIS),
    # the one who sends has no others (North Korea is no government of a joint claim)
    ("en", "The NIS said North Korea and other countries' workers were sent: about 3,000 North "
           "Korean troops.", "about 3,000", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "who"), KEPT, ids=[k[0] for k in KEPT])
def test_others_after_no_source_change_nothing(lang, text, figure, who):
    assert _claimant(text, lang, figure) == who


@pytest.mark.parametrize("case", EVIDENCE, ids=[f"{c['lang']}-{c['kind']}-{c['figure']}"
                                                 for c in EVIDENCE])
def test_the_sentences_of_stored_pages_read_as_labelled(case):
    assert _claimant(case["sentence"], case["lang"], case["figure"]) == case["claimant"]
