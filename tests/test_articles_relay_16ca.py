"""Relayed information with its origin named (issue 16, helper 16ca).

A lawmaker, an outlet or a speaker hands on information and names where it came from
("citing intelligence he received from Ukraine's defence ministry", "Angaben, die ihm vom …
Verteidigungsministerium übermittelt wurden", "renseignements transmis par", "datos …
entregados por", "우크라이나 국방부 고위 관계자로부터 받은 정보", "ウクライナ国防省の高官から
得た情報"): the source so named (``ARTICLES["relayed_from"]``, :mod:`analysis.articles.relayed`)
is the figures' origin, not the default briefing a lawmaker relays (the NIS), in its own
sentence and, for a lawmaker, in the two sentences around it. A speaker's own statement cited by
a lawmaker, and an origin that is no claimant ("友好国の情報機関"), change nothing.
``tests/cases/articles/relayed_sentences.yml`` holds passages of stored pages, labelled from the
text alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

MOD = "Ukraine Ministry of Defence"
NIS = "South Korea National Intelligence Service (NIS)"
CASES = Path(__file__).parent / "cases" / "articles" / "relayed_sentences.yml"


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    return found.set_index("figure_text").loc[figure, "claimant"]


# each read as the NIS (the lawmaker's default briefing) before 16ca
RELAYED = [
    ("en", "North Korea has sent about 3,000 more troops to Russia, lawmaker Yu Yong-won said, "
           "citing intelligence he received from Ukraine's defence ministry.", "about 3,000 more"),
    ("en", "Lawmaker Yu Yong-won said about 1,500 more North Korean soldiers were sent to Russia, "
           "according to intelligence provided to him by Ukraine's defence ministry.",
     "about 1,500 more"),
    ("de", "Nordkorea hat weitere 1.500 Soldaten nach Russland geschickt, sagte der Abgeordnete "
           "Yu Yong-won unter Berufung auf Geheimdienstangaben, die ihm vom ukrainischen "
           "Verteidigungsministerium übermittelt wurden.", "weitere 1.500"),
    ("fr", "Selon des renseignements transmis par le ministère ukrainien de la Défense au député "
           "Yu Yong-won, la Corée du Nord a envoyé 1 500 soldats supplémentaires en Russie.",
     "1 500"),
    ("es", "Según datos de inteligencia entregados por el Ministerio de Defensa de Ucrania al "
           "diputado Yu Yong-won, Corea del Norte envió 1.500 soldados más a Rusia.", "1.500"),
    # the origin named in the next sentence
    ("ko", "유용원 의원은 북한군 약 1500명이 러시아에 추가 파병됐다는 정보를 공개했다. 우크라이나 "
           "국방부 고위 관계자로부터 받은 정보라고 그는 설명했다.", "약 1500명"),
    ("ja", "韓国の国会議員は、北朝鮮の兵士およそ1500人が追加でロシアに派遣されたという情報を"
           "明らかにしました。\n公表したのはユ・ヨンウォン議員で、ウクライナ国防省の高官から得た"
           "情報だということです。", "およそ1500人"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), RELAYED, ids=[r[0] for r in RELAYED])
def test_relayed_information_is_its_named_origins(lang, text, figure):
    assert _claimant(text, lang, figure) == MOD


def test_the_origin_goes_on_in_the_hearsay_after_it():
    # round 16zv (ja-16zv-tbs-yu-ukraine-mod): "ということです" goes on with the origin
    text = ("韓国の国会議員は先月、北朝鮮の兵士およそ1500人が追加でロシアに派遣されたという情報を"
            "明らかにしました。\n公表したのはユ・ヨンウォン氏で、ウクライナ国防省の高官から得た情報"
            "だということです。\nそれによりますと、今年2月、北朝鮮の兵士の追加要員としておよそ"
            "1500人がロシア西部クルスク州に派遣されたということです。\nロシアには、去年10月ごろ、"
            "およそ1万2000人の北朝鮮兵が派遣され、これまでにおよそ400人が死亡したということです。")
    found = extract_figures(text, "ja")
    assert set(found["claimant"]) == {MOD}


# right on main and after: a speaker's own statement a lawmaker cites, the lawmaker's default
# briefing, a body handing on its own subordinate's material, an origin that is no claimant
COUNTERS = [
    ("en", "On Thursday, Ukrainian president Volodymyr Zelensky said over 10,000 North Korean "
           "soldiers are currently preparing to fight against his country on behalf of Russia. "
           "His statement was cited in lawmaker Turner's letter.", "over 10,000",
     "Volodymyr Zelensky (President of Ukraine)"),
    ("en", "Lawmaker Lee Seong-kweun said about 1,100 North Korean soldiers had been killed or "
           "wounded, citing intelligence from the NIS.", "about 1,100", NIS),
    ("ko", "강대식 의원이 국방정보본부에서 제출받은 자료를 보면 정보본부는 북한이 러시아로 반출한 "
           "컨테이너를 약 2만여 개로 평가했다.", "약 2만여",
     "South Korea Defense Intelligence Agency"),
    ("ja", "韓国の国家情報院は、北朝鮮兵およそ1万1000人がロシアに派遣されたと明らかにした。"
           "「友好国の情報機関から提供された情報だ」としている。", "およそ1万1000人", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), COUNTERS,
                         ids=[c[0] for c in COUNTERS])
def test_what_is_no_relayed_origin_is_read_as_before(lang, text, figure, claimant):
    assert _claimant(text, lang, figure) == claimant


def test_the_evidence_passages_keep_their_claimants():
    """Claimants of the stored passages right with this rule (the rest is left: see the docs)."""
    right = {("ru-elivre-park-relies-on-nis", "10 900"),
             ("ko-fnnews-yu-relays-budanov", "400여명"),
             ("ko-fnnews-yu-relays-budanov", "3600여명"),
             ("en-nationalreview-turner-cites-zelensky", "over 10,000"),
             ("uk-cccv-lawmakers-then-pentagon", "близько 10 000")}
    for passage in load_yaml(CASES):
        found = extract_figures(passage["text"], passage["lang"], passage.get("published"))
        for figure in passage["figures"]:
            if (passage["id"], figure["text"]) not in right:
                continue
            rows = found[[figure["text"] in t or t in figure["text"]
                          for t in found["figure_text"]]]
            assert list(rows["claimant"])[:1] == [figure["claimant"]], (passage["id"], figure)


# (16ca, G1) uk "скерувати" (to send) is a word of sending as "направити" is: the leader who
# sends in a quoted relay ("Кім Чен Ин ухвалив рішення скерувати до Росії 1 тис. саперів", –
# повідомив представник Радбезу) is no source (``rules.speakers``); round 16zx read North Korea
SENDING = [
    "\"Голова державних справ КНДР Кім Чен Ин ухвалив рішення {} до Росії 1 тис. саперів для "
    "розмінування території\", – повідомив представник Радбезу РФ.",
    "Лідер КНДР Кім Чен Ин вирішив {} до Курської області 5 тисяч військових будівельників, "
    "повідомили в Радбезі РФ.",
]


@pytest.mark.parametrize("text", SENDING)
def test_skeruvaty_sends_as_napravyty_does(text):
    sent = extract_figures(text.format("скерувати"), "uk")
    directed = extract_figures(text.format("направити"), "uk")
    assert list(sent["claimant"]) == list(directed["claimant"])
    assert "North Korea (state media and leadership)" not in set(sent["claimant"])


def test_the_relayed_leaders_decision_is_the_speakers():
    text = ("Секретар Ради безпеки РФ Сергій Шойгу зустрівся в Пхеньяні з Кім Чен Ином.\n"
            "\"Голова державних справ КНДР Кім Чен Ин ухвалив рішення скерувати до Росії 1 тис. "
            "саперів для розмінування території\", – повідомив представник Радбезу "
            "країни-агресора.")
    assert _claimant(text, "uk", "1 тис.") == "Russian Security Council (Sergei Shoigu)"
