"""Carrying a source further (issue 16, helper 16cs).

Later sentences saying whose the report before is (``ARTICLES["carry"]["closes_later"]``,
``["closes_later_within"]``: "This revelation, disclosed by …", "…, пише видання BBC.", "Diese …
Schätzung nannte …"), document anaphors (``["documents"]``, kind ``published``: "В материале
сообщалось", "発表によると", "同紙によると") and linking adverbs that carry a report across a
paragraph break (``["links"]``: "Darüber hinaus", "In addition") with the sentences after them in
that paragraph (:mod:`analysis.articles.carry`).
``tests/cases/articles/carry_further_sentences.yml`` holds passages of stored pages labelled from
the text alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles_devset import load_yaml, score

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
MEDIA = "News media (own reporting)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
CASES = Path(__file__).parent / "cases" / "articles" / "carry_further_sentences.yml"


def _claimant(text: str, lang: str, figure: str) -> str:
    found = extract_figures(text, lang)
    return found.set_index("figure_text").loc[figure, "claimant"]


# each read Unattributed on the code before 16cs, but the ja "同紙によると" one (News media there
# too: the older outlet anaphor; rv11)
CARRIED = [
    # later attribution (closes_later, closes_later_within)
    ("en", "North Korea has sent 9 million artillery shells to Russia, escalating its support. "
           "This revelation, disclosed by South Korean intelligence, has alarmed Europe.",
     "9 million", NIS),
    ("uk", "Тисячі північнокорейців відправляють на роботу до рф. На такий крок путін пішов, щоб "
           "заповнити дефіцит робочої сили, пише видання BBC.", "Тисячі", MEDIA),
    ("de", "Mehr als 3000 nordkoreanische Soldaten sollen bereits getötet oder verwundet worden "
           "sein. Diese nicht unabhängig überprüfbare Schätzung nannte der ukrainische Präsident, "
           "Wolodymyr Selenskyj, kürzlich.", "Mehr als 3000", ZELENSKY),
    # document anaphors (documents): the source that published, not one named as an actor
    ("ru", "Ким Чен Ын отправил в Россию элитный полк. Об этом написал Bild со ссылкой на данные "
           "южнокорейской разведки NIS.\n\nВ материале сообщалось об отправке на российский "
           "Дальний Восток 1500 северокорейских солдат.", "1500", NIS),
    ("ja", "米紙ウォールストリート・ジャーナルは23日、ウクライナ軍当局者の話として、"
           "砲弾の6割が北朝鮮製になったと報じた。\n\n当局者は「北朝鮮の弾薬がロシアを支えて"
           "いる」と述べた。\n\n同紙によると、北朝鮮からこれまでにコンテナ2万個分の武器や"
           "弾薬がロシアに送られた。", "2万", MEDIA),
    # a linking adverb across a paragraph break, and the paragraph it opens (links)
    ("de", "Nach Erkenntnissen des südkoreanischen Geheimdienstes hat Nordkorea 200 "
           "Artilleriesysteme an Russland geliefert.\n\nDarüber hinaus wurden 11.000 "
           "nordkoreanische Soldaten zum Einsatz an die Kurskfront entsandt. 300 davon dürften "
           "bisher gefallen, 2.700 verwundet worden sein.", "2.700", NIS),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), CARRIED)
def test_a_source_is_carried_further(lang, text, figure, claimant):
    assert _claimant(text, lang, figure) == claimant


def test_a_link_carries_the_report_into_its_paragraph():
    text = CARRIED[-1][1]
    found = extract_figures(text, "de")
    assert list(found["claimant"]) == [NIS] * 4


# counter-examples: nothing carried
NOT_CARRIED = [
    # an impersonal estimate after a minister's confirmation (carry_further_sentences.yml)
    ("en", "U.S. Secretary of Defense Lloyd Austin confirmed that North Korea has deployed troops "
           "in Russia. It is estimated that around 3,000 North Korean soldiers are receiving "
           "instruction in Russia.", "around 3,000", "Unattributed"),
    # a link opening a paragraph of background ("zuvor") carries nothing
    ("de", "Nach Erkenntnissen des südkoreanischen Geheimdienstes hat Nordkorea 200 "
           "Artilleriesysteme an Russland geliefert.\n\nDarüber hinaus hatte Nordkorea zuvor "
           "11.000 Soldaten nach Russland entsandt.", "11.000", "Unattributed"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), NOT_CARRIED)
def test_nothing_is_carried_where_the_report_ended(lang, text, figure, claimant):
    assert _claimant(text, lang, figure) == claimant


def test_an_announcement_takes_the_source_that_published_it():
    # "発表によると": the body that announced in the sentence before, not one acting in between
    text = ("国家情報院は24日、北朝鮮兵の部隊がクルスク州に到着したと発表した。\n\n"
            "発表によると、北朝鮮からは推定約1万2000人がロシアに派遣されているという。")
    assert _claimant(text, "ja", "推定約1万2000人") == NIS


def test_the_passages_score_no_lower():
    articles = load_yaml(CASES)
    result = score(articles)["all"]
    assert result["figures"] == 15
    assert result["precision"] >= 1.0 and result["recall"] >= 0.93
    assert result["claimant"] >= 0.64  # 0.57 of matched figures on the code before 16cs
