"""A count told after "the number of" North Korean troops or their losses (helper 16cd).

"The number of North Korean soldiers in Russia is 12,000": the count stands after a copula or a
verb of amount, far from the troops noun, with no word of sending; before 16cd no language
read it. Counter-examples: the same words counting the other side, visitors, shells fired.
Evidence: ``tests/cases/articles/number_of_sentences.yml`` (verbatim passages, labelled first).
"""

from pathlib import Path

import pytest
from articles_devset import DEVSET as DEVSET_FILE
from articles_devset import load_yaml, score

from analysis.articles import extract_figures

EVIDENCE = Path(__file__).parent / "cases" / "articles" / "number_of_sentences.yml"
PASSAGES = load_yaml(EVIDENCE)

READ = [
    # the sentences of the brief, none read before 16cd
    ("en", "The number of North Korean soldiers in Russia is 12,000, according to the NIS.",
     "12,000", "deployed"),
    ("de", "Die Zahl der nordkoreanischen Soldaten in Russland liegt bei 12.000, so der NIS.",
     "12.000", "deployed"),
    ("fr", "Le nombre de soldats nord-coréens en Russie s'élève à 12 000, selon le NIS.",
     "12 000", "deployed"),
    ("es", "El número de soldados norcoreanos en Rusia es de 12.000, según el NIS.",
     "12.000", "deployed"),
    ("ru", "Число северокорейских военных в России составляет 12 тысяч, по данным NIS.",
     "12 тысяч", "deployed"),
    ("uk", "Кількість північнокорейських військових у Росії становить 12 тисяч, за даними NIS.",
     "12 тисяч", "deployed"),
    ("ko", "국정원에 따르면 쿠르스크의 북한군 규모는 1만 2천 명이다.", "1만 2천 명", "deployed"),
    ("ko", "국정원에 따르면 북한 병력 규모가 1만 2천 명으로 추산된다.", "1만 2천 명", "deployed"),
    ("ja", "国家情報院によると、クルスクの北朝鮮兵の数は1万2000人に上る。", "1万2000人",
     "deployed"),
    ("ja", "国家情報院によると、北朝鮮軍の規模は1万2000人と推定される。", "1万2000人", "deployed"),
    # other verbs of amount (as the evidence's "now totaling around 3,000")
    ("en", "The NIS said the number of North Korean troops in Kursk now stands at about 11,000.",
     "about 11,000", "deployed"),
    ("de", "Nach Angaben des NIS ist die Zahl der nordkoreanischen Soldaten in Kursk auf rund "
           "11.000 gestiegen.", "rund 11.000", "deployed"),
]

NOT_READ = [
    # another side's soldiers (the evidence's counter-examples)
    ("en", "The number of Russian soldiers in Kursk is 50,000, according to the NIS.", "50,000"),
    ("ko", "국정원에 따르면 쿠르스크의 러시아군 규모는 5만 명이다.", "5만"),
    ("ja", "国家情報院によると、クルスクのロシア兵の数は5万人に上る。", "5万"),
    # visitors and shells fired: no troops, no loss
    ("en", "The number of North Koreans entering Russia is 13,221, according to Russian "
           "statistics.", "13,221"),
    ("en", "The number of shells fired by North Korean artillery is 20,000, according to the "
           "NIS.", "20,000"),
    # a year after the copula
    ("en", "The number of North Korean soldiers in Russia rose sharply in 2024, the NIS said.",
     "2024"),
    # (17dc, D84.2) an increase read whole with its verb ("risen by", "grown by"): no count of
    # the troops there
    ("en", "The number of North Korean troops in Kursk has risen by about 3,000, the NIS said.",
     "3,000"),
    ("en", "The number of North Korean soldiers in Russia has grown by 1,500, the NIS said.",
     "1,500"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "metric"), READ)
def test_the_number_of_north_korean_troops_is_read(lang, text, figure, metric):
    found = extract_figures(text, lang)
    rows = found[found.figure_text.str.contains(figure, regex=False)]
    assert len(rows) == 1, found[["figure_text", "metric"]]
    assert rows.metric.iloc[0] == metric


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_READ)
def test_other_counts_told_as_a_number_stay_out(lang, text, figure):
    found = extract_figures(text, lang)
    assert not found.figure_text.str.contains(figure, regex=False).any(), found


def test_the_evidence_is_real_and_labelled():
    dev_urls = {a["url"] for a in load_yaml(DEVSET_FILE)}
    assert len({p["id"] for p in PASSAGES}) == len(PASSAGES)
    for p in PASSAGES:
        assert p["url"].startswith("http") and p["url"] not in dev_urls, p["id"]
        assert p["kind"] in ("number_of", "counter"), p["id"]
        for figure in p["figures"]:
            assert figure["text"] in p["text"], (p["id"], figure["text"])
    # before 16cd: 7 figures, precision 1.00, recall 0.57 (4 found: the "now totaling around
    # 3,000" missed); after: recall 0.71 (left: "increased by approximately 1,500", a wave
    # told by its increase, and "이 가운데 3천 명 이상은 … 이동한", a part moved to the front),
    # no counter-example read
    result = score(PASSAGES)["all"]
    assert result["recall"] >= 0.71 and result["precision"] >= 0.99
    counters = [p for p in PASSAGES if p["kind"] == "counter"]
    assert all(len(extract_figures(p["text"], p["lang"])) == 0 for p in counters)
