"""Full-width digits and letters: read as their ASCII forms, written back as the article has them.

Japanese editions of Korean papers (Donga, Chosun Online) print numbers in full-width forms
("少なくとも２人", "１９６８年"); round 16zy13's Donga page read the "９人" of a 1968 attack as a
death of the story, where the same sentence in ASCII digits reads nothing. The sentences below
are stored pages' sentences (Mainichi via t-com.ne.jp, livedoor) written in full-width forms as
those editions print them; the readings are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures
from analysis.articles.width import fold

NIS = "South Korea National Intelligence Service (NIS)"

# https://cont.t-com.ne.jp/international/744431_1.html (Mainichi), digits and brackets full-width
CAPTIVES = ("韓国の情報機関・国家情報院（国情院）は１２日、ウクライナ軍が北朝鮮の兵士２人を"
            "捕虜にした事実を「確認した」と述べた。")

CASES = [
    (CAPTIVES, [("２人", "captured", NIS, 2.0)]),
    # the same sentence as printed in ASCII digits reads the same figure
    (CAPTIVES.replace("１２", "12").replace("２人", "2人"), [("2人", "captured", NIS, 2.0)]),
    # a year of another century in full-width digits: the count after it is that time's event
    ("北朝鮮軍関係者は１９６８年に米海軍艦艇プエブロ号を攻撃して米兵９人を殺害した。", []),
    # ... and only in its own sentence: the next one, after a "。" with no space, keeps its
    # figure (https://news.yahoo.co.jp/articles/c3078d6915d06830adea4244c8d2e74fa395e435)
    ("北朝鮮軍関係者は１９６８年に米海軍艦艇プエブロ号を攻撃して米兵９人を殺害した。北朝鮮は、"
     "ウクライナに侵攻する露軍を支援するため、ロシアに１万１０００人以上を派兵したと伝えられている。",
     [("１万１０００人以上", "deployed", "Unattributed", 11000.0)]),
    ("北朝鮮軍関係者は1968年に米海軍艦艇プエブロ号を攻撃して米兵9人を殺害した。北朝鮮は、"
     "ウクライナに侵攻する露軍を支援するため、ロシアに1万1000人以上を派兵したと伝えられている。",
     [("1万1000人以上", "deployed", "Unattributed", 11000.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:20] for c in CASES])
def test_full_width_figures_read_as_written(text: str, expected: list[tuple]) -> None:
    rows = extract_figures(text, "ja")
    got = list(zip(rows.figure_text, rows.metric, rows.claimant, rows.best, strict=True))
    assert got == expected, got
    for row in rows.itertuples():
        assert text[row.start:row.end] == row.figure_text
        assert row.sentence in text


def test_the_sentence_is_the_articles_own() -> None:
    rows = extract_figures(CAPTIVES, "ja")
    assert rows.sentence.tolist() == [CAPTIVES]


def test_fold_keeps_every_offset_and_the_punctuation() -> None:
    assert fold("兵士２人（ＮＩＳ），５０％") == "兵士2人（NIS），50%"
    assert fold("兵士2人") == "兵士2人"
