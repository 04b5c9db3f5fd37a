"""Korean and Japanese sentences that end in a reporting form and name nobody (issue 16).

Korean and Japanese leave out a subject that is the one just named: "韓国軍の関係者は2日、…
を明らかにしました。\\n…としています。\\n…ということです。\\nこれは…積める量だと説明しています。"
goes on with the South Korean military across line breaks (``ARTICLES["carry"]["reports_end"]``),
as long as each sentence between ends in a reporting form (helper 16kj found the class on round
16j; the lead wrote the rule). A sentence that ends in no reporting form still carries nothing
across a line break. Expected values written by hand.
"""

from __future__ import annotations

import pytest
from articles_devset import figure_rows

JCS = "South Korea Joint Chiefs of Staff"
MILITARY = "South Korea military (unspecified)"
UNATTRIBUTED = "Unattributed"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # round 16j, www3.nhk.or.jp (2023-11-02): a chain of subjectless reporting sentences
    ("ja",
     "韓国軍の関係者は2日、北朝鮮からロシアへの軍事支援に関する分析を明らかにしました。\n"
     "支援の動きは去年半ばから確認され始め、ロ朝首脳会談を控えたことし8月以降、船舶による海上輸送が活発に"
     "なったとしています。\n"
     "具体的には、北朝鮮北東部にあるラジン港からロシア極東の港に運ばれ、これまでに送られたコンテナは推計で"
     "およそ2000個に上るということです。",
     # (D50) "推計で" (estimated) is a qualifier word of the figure, as "およそ"
     [("推計でおよそ2000", "materiel_sent", MILITARY)]),
    # the same figure in a sentence that reports nothing: background, across a line break
    ("ja",
     "韓国軍の関係者は2日、北朝鮮からロシアへの軍事支援に関する分析を明らかにしました。\n"
     "これまでに送られたコンテナはおよそ2000個に上ります。",
     [("およそ2000", "materiel_sent", UNATTRIBUTED)]),
    # devset (yonhap, the JCS): "…고 설명했다" after a line break
    ("ko",
     "합동참모본부는 24일 북한이 러시아에 병력을 추가로 보냈다고 밝혔다.\n"
     "러시아로 파병된 북한군 1만1000여명 중 사상자가 약 4000명 발생했다고 설명했다.",
     [("1만1000여명", "deployed", JCS), ("약 4000명", "killed_or_wounded", JCS)]),
    ("ko",
     "합동참모본부는 24일 북한이 러시아에 병력을 추가로 보냈다고 밝혔다.\n"
     "러시아로 파병된 북한군 1만1000여명 중 사상자가 약 4000명 발생했다.",
     [("1만1000여명", "deployed", UNATTRIBUTED), ("약 4000명", "killed_or_wounded", UNATTRIBUTED)]),
])
def test_a_reporting_form_goes_on_with_the_source_before(
        lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figure_rows(text, lang, "2025-12-13") == expected
