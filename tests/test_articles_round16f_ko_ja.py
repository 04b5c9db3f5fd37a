"""Round 16f as a development round for Korean and Japanese (helper 16y, issue 16).

Every text is a real passage of round 16f (``tests/cases/articles/round_16f.yml``) or a sentence
written on a real passage's model (marked so); the expected values were written by hand from the
text. Each class is fixed for the language and, where the form exists there, for the other
language of the pair.
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
KDIA = "South Korea Defense Intelligence Agency"
PENTAGON = "US Department of Defense"
MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
NOBODY = "Unattributed"


def _read(text: str, lang: str, published: str | None = None) -> list[list]:
    found = extract_figures(text, lang, published)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── a source's short name in brackets, then alone ───────────────────────────────────────────

def test_japanese_short_name_alone_is_the_body_named_with_it():
    # ja-16f-yahoo-dia-3million: "国防情報局(DIA)" under the Pentagon, then "DIAによると"
    # (not the Ukrainian side of the sentence before, which only showed wreckage)
    text = ("米、北朝鮮製ミサイル使用確認 ロシアによる1月ウクライナ着弾\n"
            "【ワシントン共同】米国防総省傘下の国防情報局(DIA)は29日、ロシアが今年1月にウクライナ"
            "東部ハリコフへの攻撃に使った短距離弾道ミサイルは北朝鮮製だったとする分析結果を発表した。"
            "北朝鮮国営メディアが公開した製造工場の画像と、ウクライナ側が示した残骸の画像を突き合わせ"
            "判断した。\nDIAによると、北朝鮮はロシアに300万発以上の砲弾を提供。")
    assert _read(text, "ja", "2024-05-30") == [
        ["300万発以上", "materiel_sent", PENTAGON, 3_000_000.0]]


def test_korean_short_name_and_the_us_dia():
    # the same report in Korean (written on the model): "미 국방부 산하 국방정보국(DIA)"
    text = ("미 국방부 산하 국방정보국(DIA)은 29일 분석 결과를 발표했다. 우크라이나 측이 잔해 "
            "사진을 공개했다.\nDIA에 따르면 북한은 러시아에 포탄 300만 발 이상을 제공했다.")
    assert _read(text, "ko")[0][1:] == ["materiel_sent", PENTAGON, 3_000_000.0]
    assert _read("미국 국방정보국은 북한이 러시아에 포탄 300만 발 이상을 제공했다고 밝혔다.",
                 "ko")[0][2] == PENTAGON
    # South Korea's DIA keeps its own short name (written on the model)
    text = ("국방정보본부(DIA)는 22일 국회에 보고했다. 우크라이나 측이 사진을 공개했다.\n"
            "DIA는 북한이 컨테이너 약 2만2000개를 보냈다고 밝혔다.")
    assert _read(text, "ko")[0][2] == KDIA


# ── judged, saw as, wrote: a report's findings in every form ───────────────────────────────

def test_korean_report_findings_judged_and_headline_line_dated():
    # ko-16f-rankmore-msmt: "…넘어갔다고 판단했다" goes on with the MSMT's report; the headline's
    # own "지난해" dates the story (no earlier report): the headline's single source
    text = ("MSMT ‘북·러 군사협력’ 주제로 보고서 펴내\n"
            "러, 북한에 전파교란 장치 제공 및 사용법 전수\n"
            "북한 노동자 8000명 지난해 러시아에 파견\n"
            "보고서에는 북·러의 무기 이전, 북한군의 러시아 파병 등이 들어있다. "
            "MSMT는 보고서에 북한이 2023년 9월부터 컨테이너 2만개 이상 분량의 포탄과 "
            "관련 물자를 러시아에 제공했다고 적었다. 지난해 포탄 및 방사포탄 900만발을 "
            "러시아 화물선을 통해 49차례 걸쳐 이전한 것으로 봤다. 탄도미사일 100기 이상, "
            "중포 200문 이상, 대전차 미사일 및 로켓도 러시아로 넘어갔다고 판단했다.")
    rows = _read(text, "ko", "2025-05-29")
    assert [r[1:] for r in rows] == [
        ["workers_sent", MSMT, 8000.0], ["materiel_sent", MSMT, 20000.0],
        ["materiel_sent", MSMT, 9_000_000.0], ["materiel_sent", MSMT, 100.0],
        ["materiel_sent", MSMT, 200.0]]
    # the passive is nobody's (written on the model)
    text = "북한 탄도미사일 100기 이상이 러시아로 넘어간 것으로 판단된다."
    assert _read(text, "ko")[0][2] == NOBODY


def test_japanese_report_findings_judged():
    # ja-16f-yahoo-containers-22000's "…と判断した" after the DIA's sentence (the judgement of
    # the military in the sentence before, written on the model)
    text = ("軍当局は、北朝鮮が1万3000個余りのコンテナをロシアに渡したと明らかにした。"
            "砲弾は約500万発に上ると判断した。")
    assert [r[2] for r in _read(text, "ja")] == ["South Korea military (unspecified)"] * 2


# ── a headline over a lede that attributes nothing ─────────────────────────────────────────

def test_japanese_headline_takes_the_source_of_the_second_paragraph():
    # ja-16f-yahoo-containers-22000: a one-sentence lede attributing nothing; the DIA's
    # paragraph after it gives the headline's rounded figure
    text = ("「北朝鮮、ロシアへコンテナ約2万個」…トランプ氏就任前に「軍事取り引き」加速化\n"
            "ドナルド・トランプ米大統領の就任を控え、ロ朝が軍事取り引きを加速化する兆しが捉えられた。\n"
            "22日、国会国防委員会の国民の力の姜大植(カン・デシク)議員によると、ロ朝間の軍事協力動向に"
            "関する質疑に対し、国防情報本部は「最近まで北朝鮮の羅津(ナジン)港などを通じてロシアに送った"
            "コンテナは約2万2000個と推定される」とし、「これを152ミリの単一弾種砲弾と仮定すると、約1000"
            "万発の分量」と答えた。")
    assert [r[2:] for r in _read(text, "ja", "2024-12-22")] == [
        [KDIA, 20000.0], [KDIA, 22000.0], [KDIA, 10_000_000.0]]


# ── a headline figure the body told under its own metric ───────────────────────────────────

def test_japanese_headline_killed_not_replaced_by_a_later_restatement():
    # ja-16f-yahoo-hankyoreh-100: the headline's "少なくとも100人死亡" is the body's "100人を
    # 超える死者"; the lawmaker's "100人以上と表現した" about the casualties is that figure again
    text = ("韓国国情院「ロシアに派遣された北朝鮮兵、少なくとも100人死亡」…追加投入を注視\n"
            "韓国国家情報院は19日、「ウクライナ戦に派遣された北朝鮮軍で100人を超える死者が発生し、"
            "負傷者は1千人余りに達すると把握している」と明らかにした。\n"
            "国会情報委与党幹事のイ・ソングォン議員は「国情院はできるだけ慎重に(死傷者を)分析するため、"
            "100人以上と表現した」と説明した。")
    assert _read(text, "ja", "2024-12-19") == [
        ["少なくとも100人", "killed", NIS, 100.0], ["1千人余り", "wounded", NIS, 1000.0]]
