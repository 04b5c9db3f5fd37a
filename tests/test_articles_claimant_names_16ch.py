"""(16ch) Every claimant by every name a newsroom uses, in the reader's languages.

A closed-class audit: the claimants are the 38 rows of ``data/raw/claimants.csv`` and the
languages those with an article ``claimants`` table (en de fr es ru uk ko ja). For each
claimant and language, the sentences of tests/cases/articles/claimant_names_16ch.yml (our own,
no round's text) name it once: by the people who speak for it, in every transliteration
outlets use (Shoygu, Schoigu, Choïgou, Шойгу, 쇼이구, ショイグ), by their titles alone ("Russia's
security chief", "러시아 국가안보회의 서기", "le chef de l'État ukrainien", "украинский
президент"), by the body's names and abbreviations, in the cases the language inflects.
Before 16ch the reader gave 1394 of the 1525 sentences their claimant (131 gaps: en 14, de 12,
fr 12, es 12, ru 21, uk 17, ko 25, ja 18); after, 1525. docs/articles.md, decision 16ch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

CASES = load_yaml(Path(__file__).parent / "cases" / "articles" / "claimant_names_16ch.yml")
ROWS = [(lang, row) for lang, rows in CASES.items() for row in rows]
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ko", "ja"]


def _claimants(lang: str, sentence: str) -> list[str]:
    found = extract_figures(sentence, lang)
    return sorted(set(found["claimant"]))


def test_every_language_has_sentences_and_stays():
    for lang in LANGS:
        rows = CASES[lang]
        assert len(rows) >= 150, lang
        # "stays" (no claimant must be read) and the gaps found before 16ch, in every language
        assert sum(r["claimant"] == "Unattributed" for r in rows) >= 5, lang
        assert sum(bool(r.get("gap")) for r in rows) >= 10, lang


@pytest.mark.parametrize("lang", LANGS)
def test_each_name_gives_its_claimant(lang):
    wrong = [(row["sentence"], row["claimant"], got) for row in CASES[lang]
             if (got := _claimants(lang, row["sentence"])) != [row["claimant"]]]
    assert wrong == []


# ── the envoy to the UN speaks for the State Department; a bare "US representative" for
# the US government; another country's envoy for no claimant ───────────────────────────

@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ko", "유엔 안보리 관련 회의에 참석한 미국 대표는 북한이 러시아에 병력 1만 1000명을 "
           "파병했다고 밝혔습니다.", "US State Department"),
    ("ja", "国連安保理の会合で米国代表は、北朝鮮がロシアに兵士1万1000人を派遣したと述べた。",
     "US State Department"),
    ("en", "The US envoy to the UN said North Korea had sent 11,000 troops to Russia.",
     "US State Department"),
    ("ko", "미국 대표는 북한이 러시아에 병력 1만 1000명을 파병했다고 밝혔다.",
     "US government (unspecified)"),
    ("de", "Der chinesische Botschafter schwieg; laut Pentagon hat Nordkorea weitere 1000 "
           "Soldaten nach Russland entsandt.", "US Department of Defense"),
    ("fr", "L'ambassadeur russe à l'ONU a démenti que la Corée du Nord ait envoyé 1 000 soldats "
           "en Russie.", "Unattributed"),
])
def test_envoys(lang, text, claimant):
    assert _claimants(lang, text) == [claimant]


# ── North Korea, the one who sends, makes no joint claim with the one announcing the deal ──

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sergei Shoigu and Kim Jong Un agreed that North Korea would send 1,000 sappers "
           "to Kursk."),
    ("ko", "세르게이 쇼이구 러시아 국가안보회의 서기와 김정은 국무위원장은 공병 1000명을 "
           "쿠르스크에 보내기로 합의했다."),
    ("ja", "ショイグ安全保障会議書記と金正恩総書記は、工兵1000人をクルスクに派遣することで"
           "合意した。"),
])
def test_no_joint_claim_with_the_one_who_sends(lang, text):
    assert _claimants(lang, text) == ["Russian Security Council (Sergei Shoigu)"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kyiv and Seoul said North Korea had sent 1,000 more troops to Russia."),
    ("ko", "한국과 우크라이나는 북한이 러시아에 병력 1000명을 추가 파병했다고 밝혔다."),
])
def test_two_reporting_governments_stay_joint(lang, text):
    assert _claimants(lang, text) == ["Several governments jointly"]


def test_kim_and_his_name_read_in_katakana_are_one_name():
    # "金正恩(キム・ジョンウン)": the reading in brackets is no second mention of him
    text = ("北朝鮮の金正恩(キム・ジョンウン)総書記が約6000人の派遣を決めたと、ロシアのショイグ"
            "安全保障会議書記が17日明らかにした。")
    assert _claimants("ja", text) == ["Russian Security Council (Sergei Shoigu)"]
