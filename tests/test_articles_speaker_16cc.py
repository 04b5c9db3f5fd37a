"""A country that speaks, a name that does not (issue 16, helper 16cc).

A country or capital that is the subject of a speech word is the one body of it named in the
sentence before or after (:mod:`analysis.articles.metonymy`): "Seoul discovered … This was
reported by South Korean Defence Minister …" is the ministry's. It stays the government after
"according to", in a sentence recalling an earlier claim (``ARTICLES["earlier_claim"]``) and
where two bodies of it are named. A source opening a contrasting clause (``ARTICLES["contrast"]``:
"while", "während", "tandis que", "mientras que", "в то время как", "тоді як", "지만,", "が、")
speaks for that clause, not for a figure before it, which then takes no source from around it;
a contrasting clause put first and closed by a comma speaks for itself only
(:mod:`analysis.articles.speaker`). ``tests/cases/articles/speaker_sentences.yml`` holds passages
of stored pages labelled from the text alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

GOV = "South Korea government"
NIS = "South Korea National Intelligence Service (NIS)"
CASES = Path(__file__).parent / "cases" / "articles" / "speaker_sentences.yml"
EVIDENCE = load_yaml(CASES)


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    return found.set_index("figure_text").loc[figure, "claimant"]


# each read as the country's government on the code before 16cc
SPOKEN = [
    ("en", "Seoul discovered at least 10,000 shipping containers going from North Korea to "
           "Russia. This was reported by South Korean Defence Minister Shin Won-sik.",
     "at least 10,000", "South Korea Ministry of National Defense"),
    ("de", "Die USA gehen davon aus, dass Nordkorea mindestens 3.000 Soldaten nach Russland "
           "entsandt hat. Sie seien per Schiff nach Wladiwostok gebracht worden, so der Sprecher "
           "des Weißen Hauses, Kirby.", "mindestens 3.000", "White House"),
    ("fr", "Séoul affirme que la Corée du Nord a envoyé environ 3 000 soldats supplémentaires en "
           "Russie. Le Service national du renseignement (NIS) a présenté son évaluation aux "
           "députés lundi.", "environ 3 000", NIS),
    ("es", "Kiev dijo que al menos 30 soldados norcoreanos murieron o resultaron heridos en Kursk. "
           "La inteligencia militar ucraniana publicó el parte el lunes en Telegram.",
     "al menos 30", "Ukraine Defence Intelligence (HUR)"),
    ("ko", "한국은 북한이 러시아에 3000명을 추가 파병했다고 밝혔다. 국가정보원은 27일 국회 "
           "정보위원회에서 추가 파병 정황을 보고했다.", "3000명", NIS),
    ("ja", "北朝鮮がロシアに兵士約3000人を追加派遣したと韓国が明らかにした。"
           "韓国の国家情報院は27日、国会の情報委員会で追加派兵の兆候を報告した。", "約3000人", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "body"), SPOKEN,
                         ids=[s[0] for s in SPOKEN])
def test_a_country_that_speaks_is_the_body_named_next_to_it(lang, text, figure, body):
    assert _claimant(text, lang, figure) == body


# the country stays its government
STAYS = [
    ("en", "Seoul has previously claimed that North Korea sent more than 10,000 soldiers to "
           "Russia. South Korea's spy agency said on Monday that about 300 had been killed.",
     "more than 10,000"),  # an earlier claim
    ("en", "According to Seoul, about 600 North Korean soldiers have been killed. South Korea's "
           "spy agency briefed lawmakers on Wednesday.", "about 600"),  # "according to"
]


@pytest.mark.parametrize(("lang", "text", "figure"), STAYS, ids=[s[0] for s in STAYS])
def test_a_country_named_as_a_source_or_recalled_stays_the_government(lang, text, figure):
    assert _claimant(text, lang, figure) == GOV


def test_a_head_of_state_is_no_body_the_country_stands_for():
    text = ("Le président ukrainien, Volodymyr Zelensky, a ajouté que plusieurs soldats blessés "
            "étaient morts après avoir été capturés. Kiev estime que 12 000 soldats nord-coréens "
            "sont engagés dans la région de Koursk.")
    assert _claimant(text, "fr", "12 000") == "Ukrainian government (unspecified)"


# the figure before a contrasting clause whose subject is a source: nobody's (on the code before
# 16cc: the source's, in en, es, ko, ja)
CONTRASTED = [
    ("en", "North Korea has deployed 15,000 troops to Russia, while Seoul warns that "
           "repatriation is a death sentence.", "15,000"),
    ("es", "Corea del Norte envió 15.000 soldados a Rusia, mientras que Seúl advierte que la "
           "repatriación sería una condena a muerte.", "15.000"),
    ("ko", "북한은 러시아에 1만1000명을 파병했지만, 국정원에 따르면 이미 300명이 숨졌다.",
     "1만1000명"),
    ("ja", "北朝鮮は約1万1000人をロシアに派遣したが、国家情報院によれば少なくとも300人が死亡した。",
     "約1万1000人"),
    ("en", "While earlier reports from Western officials said 1,000 North Korean troops had "
           "died, newer estimates suggest that around 600 have perished.", "around 600"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), CONTRASTED, ids=[c[0] for c in CONTRASTED])
def test_a_source_in_a_contrasting_clause_is_no_source_of_the_figure(lang, text, figure):
    assert _claimant(text, lang, figure) == "Unattributed"


# what the contrasting clause's source says stays its own; "while" of time opens no clause
OWN = [
    ("ko", "북한은 러시아에 1만1000명을 파병했지만, 국정원에 따르면 이미 300명이 숨졌다.", "300명",
     NIS),
    ("en", "While earlier reports from Western officials said 1,000 North Korean troops had "
           "died, newer estimates suggest that around 600 have perished.", "1,000",
     "Western intelligence (unnamed)"),
    ("en", "About 300 North Korean soldiers were killed while fighting in Kursk, the NIS said.",
     "About 300", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "source"), OWN, ids=[o[0] for o in OWN])
def test_the_contrasting_clause_keeps_its_own_figures(lang, text, figure, source):
    assert _claimant(text, lang, figure) == source


@pytest.mark.parametrize("case", EVIDENCE, ids=[c["id"] for c in EVIDENCE])
def test_the_pages_read_as_labelled(case):
    found = extract_figures(case["text"], case["lang"], case.get("published"))
    got = dict(zip(found["figure_text"], found["claimant"], strict=True))
    for figure in case["figures"]:
        assert got.get(figure["text"]) == figure["claimant"], figure["text"]


def test_a_contrast_in_the_second_half_keeps_its_own_source() -> None:
    # round 16zo (LaPresse/AP): the figure stands in the contrasting clause, after its source;
    # only a contrast that opens the sentence ends before the figure (16cc reviewed with 16cd)
    text = ("Zelensky avait précédemment estimé à 4 000 le nombre de Nord-Coréens tués ou blessés, "
            "tandis que les estimations américaines étaient plus faibles, autour de 1 200.")
    rows = extract_figures(text, "fr")
    assert rows[["figure_text", "claimant"]].values.tolist()[-1] == [
        "autour de 1 200", "US government (unspecified)"]
