"""Closing sentences in every language (issue 16, helper 16cf).

A sentence that says whose the figures before it are ("This was reported by …", "X enthüllte
Details dazu", "Así lo informó …", "국정원은 … 이같이 밝혔다", "これは…が明らかにした") names their
source across sentences that name none (``ARTICLES["carry"]["closes"]`` opening the sentence,
``["closes_within"]`` anywhere in it; :func:`analysis.articles.carry.closing`).
``tests/cases/articles/closing_sentences.yml`` holds the passages of stored pages, labelled before
the rule (a third of them counter-examples).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml, score

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
CASES = Path(__file__).parent / "cases" / "articles" / "closing_sentences.yml"

# each read Unattributed on the code before 16cf
CLOSED = [
    ("en", "North Korea has sent 3,000 more soldiers to Russia. The move drew criticism in Seoul. "
           "The claim was made on Monday by Ukraine's military intelligence.", "3,000", HUR),
    ("de", "Nordkorea hat weitere 3.000 Soldaten nach Russland geschickt. Der Schritt sorgte in "
           "Seoul für Kritik. Der südkoreanische Geheimdienst NIS enthüllte Details dazu.",
     "3.000", NIS),
    ("es", "Corea del Norte ha enviado 3.000 soldados más a Rusia. El frente apenas se ha movido "
           "desde entonces. Los combates continuaron durante la noche. Así lo informó la "
           "inteligencia militar ucraniana.", "3.000", HUR),
    ("ko", "북한이 러시아에 3000명을 추가로 보냈다. 전선은 그 뒤로 거의 움직이지 않았다. "
           "전투는 밤새 이어졌다. 국가정보원은 13일 국회 정보위원회에서 이같이 밝혔다.", "3000명",
     NIS),
    ("ja", "北朝鮮がロシアに3000人を追加で送った。前線はその後ほとんど動いていない。戦闘は夜通し"
           "続いた。これは韓国の国家情報院が明らかにした。", "3000人", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), CLOSED)
def test_a_closing_sentence_names_the_source_of_the_figures_before_it(lang, text, figure,
                                                                      claimant):
    found = extract_figures(text, lang)
    assert found[found.figure_text.str.contains(figure, regex=False)].claimant.tolist() == [
        claimant]


@pytest.mark.parametrize("lang", ["en", "de", "ko", "ja"])
def test_a_closing_sentence_about_nothing_before_it_names_no_source(lang):
    # the same closing sentence with no figure before it: nothing to attribute, nothing read
    closing = {c[0]: c[1].rsplit(". ", 1)[-1] if c[0] in ("en", "de") else c[1] for c in CLOSED}
    text = {"en": closing["en"], "de": closing["de"],
            "ko": "국가정보원은 13일 국회 정보위원회에서 이같이 밝혔다.",
            "ja": "これは韓国の国家情報院が明らかにした。"}[lang]
    assert extract_figures(text, lang).empty


def test_the_closing_passages():
    # 28 passages, 41 figures, scored on main before the rule and after: precision 0.98, recall
    # 0.98, claimant 0.82, every field 0.78 (the closers found follow their figure at once,
    # which the older next-sentence rule already read)
    result = score(load_yaml(CASES))["all"]
    assert result["precision"] >= 0.97 and result["recall"] >= 0.97
    assert result["claimant"] >= 0.81 and result["all_fields"] >= 0.77
