"""Round 16s as a development round for Korean and Japanese (helper 16d, issue 16).

Every text is a real sentence or passage of round 16s (``tests/cases/articles/round_16s.yml``);
the expected values were written by hand from the text. Each class is fixed for the language
(every usual form) and, where the form exists there, for the other language of the pair: where a
test uses a 16s passage of one language, the same class is checked in the other too (a sentence
written on the 16s passage's model, marked so).
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
JCS = "South Korea Joint Chiefs of Staff"
DIA = "South Korea Defense Intelligence Agency"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"
MEDIA = "News media (own reporting)"
SEOUL = "South Korea government"
NOBODY = "Unattributed"


def _read(text: str, lang: str, published: str | None = None) -> list[list]:
    found = extract_figures(text, lang, published)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── killed or wounded written as two verbs joined by "or" ─────────────────────────────────

def test_japanese_died_or_was_wounded_is_killed_or_wounded():
    # ja-16s-donga-di-6000: "約4千人が死亡または負傷し" (about 4,000 died or were wounded)
    text = ("これに先立ち、3月に韓国合同参謀本部は、昨年ロシアに派遣された北朝鮮兵約1万1千人のうち"
            "約4千人が死亡または負傷し、北朝鮮は今年1~2"
            "月にも3千人以上を追加派兵したと明らかにした。")
    assert _read(text, "ja") == [
        ["約1万1千人", "deployed", JCS, 11000.0],
        ["約4千人", "killed_or_wounded", JCS, 4000.0],
        # (a breakdown word, "のうち", in another clause: "、" parts them)
        ["3千人以上", "additional_deployed", JCS, 3000.0]]
    # another form: "戦死あるいは負傷" (killed in action or wounded)
    assert _read("北朝鮮兵約4千人が戦死あるいは負傷した。", "ja")[0][1] == "killed_or_wounded"


# ── a sending told as new, planned or by military builders ───────────────────────────────

def test_korean_newly_deployed_is_an_additional_deployment():
    # ko-16s-christiandaily-second-deployment: "새롭게 배치된" (newly deployed); "새로" too
    text = '한 소식통은 "약 2000명의 북한군이 새롭게 배치된 것으로 파악된다"고 전했다.'
    assert _read(text, "ko")[0][:2] == ["약 2000명", "additional_deployed"]
    assert _read("약 2000명의 북한군이 새로 파병됐다.", "ko")[0][1] == "additional_deployed"


def test_military_builders_to_be_sent_are_an_additional_deployment():
    # ja-16s-ipdefenseforum-builders: "数千人の軍事建設作業員と地雷除去要員を…派遣する見込み"
    # (military builders, not workers: the noun after "の"), told by South Korean intelligence
    text = ("2025年7月に韓国の情報機関が伝えたところに"
            "よると、北朝鮮がまもなく数千人の軍事建設作業員と"
            "地雷除去要員をロシアのクルスク州に派遣する見込みだという。")
    assert _read(text, "ja", "2025-07-15") == [["数千人", "additional_deployed", NIS, 1000.0]]
    # the same in Korean (devset ko-16p-ipdefenseforum-sucheon-myeong, the same outlet's page)
    text = ("2025년 7월, 한국 정보당국은 북한이 조만간 수"
            "천 명 규모의 군사 건설 인력과 지뢰 제거 요원을 "
            "러시아 쿠르스크 지역에 파견할 것으로 보인다고 밝혔다.")
    assert _read(text, "ko", "2025-07-15") == [["수천 명 규모", "additional_deployed", NIS, 1000.0]]


def test_the_leader_who_sends_is_no_source_past_a_digit_comma_or_a_reading_in_brackets():
    # ja-16s-joins-6000-sappers: "金正恩(キム・ジョンウン)国務委員長が、…派遣することにしたと、
    # …ショイグ安全保障会議書記が…明らかにした": Shoigu says, Kim sends
    text = ("北朝鮮の金正恩(キム・ジョンウン)国務委員長が"
            "、ウクライナが一時占領したロシアのクルスク地域に"
            "約6000人の工兵兵力と軍事建設人員を派遣する"
            "ことにしたと、北朝鮮を訪問中のロシアのセルゲイ・"
            "ショイグ安全保障会議書記が17日(現地時間)明らかにした。")
    assert _read(text, "ja", "2025-06-18") == [["約6000人", "additional_deployed", SHOIGU, 6000.0]]
    # "金正恩が…1,000人の工兵を派遣する": the digit group's comma ends no clause
    text = "ショイグ書記は、金正恩が1,000人の工兵を派遣することを決定したと述べた。"
    assert _read(text, "ja", "2025-06-18")[0][2] == SHOIGU


# ── the captor is no source ───────────────────────────────────────────────────────────────

def test_korean_and_japanese_captors_are_no_source():
    # ko-16s-imbc-3000-casualties: "우크라이나 당국에 생포된 북한군 포로 2명" (captured by the
    # Ukrainian authorities): the NIS, the sentence's subject, says so
    text = ("국정원은 또 최근 우크라이나 당국에 생포된 북한군"
            " 포로 2명은 정찰총국 소속인 것으로 파악했습니다.")
    assert _read(text, "ko") == [["2명", "captured", NIS, 2.0]]
    # the same in Japanese (on the 16s passage's model): "ウクライナ軍に拘束された"
    text = "ウクライナ軍に拘束された北朝鮮兵2人について、国家情報院は偵察総局所属だと明らかにした。"
    assert _read(text, "ja") == [["2人", "captured", NIS, 2.0]]


# ── mixed units, capacities, names with a number ─────────────────────────────────────────

def test_russian_and_north_korean_troops_together_are_no_figure():
    # ko-16s-christiandaily-second-deployment: "수백 명의 러시아 및 북한군 병력이 사살됐다"
    text = ('젤렌스키 대통령은 "러시아군과 북한군이 재투입'
            '됐으며, 수백 명의 러시아 및 북한군 병력이 '
            '사살됐다"고 말했다.')
    assert _read(text, "ko") == []
    assert _read("ロシア軍と北朝鮮軍の兵士数百人が死亡した。", "ja") == []


def test_a_capacity_a_range_of_ages_and_38_north_are_no_figures():
    # ja-16s-chosunonline-women-workers: "最大で4万1000人が収容可能" (room for), "18－22歳"
    # (ages, a full-width dash), "38ノース" (38 North, an outlet: the source of the sentence before)
    text = ("北朝鮮がロシアのドローン製造工場に1万人の女性労働者を派遣するという。"
            "米国の北朝鮮専門メディア、38ノースが17日に報じた。")
    assert _read(text, "ja") == [["1万人", "workers_sent", MEDIA, 10000.0]]
    text = ("主にアフリカや南米の貧困国出身の18－22歳女"
            "性が対象で、実際はほとんどがドローン製造工場に"
            "配置されているという。科学国際安全保障研究所（"
            "ISIS）は報告書で「アラブカの北朝鮮労働者の"
            "宿舎が急速に拡充されており、最大で4万1000人が収容可能とみられる」と明らかにした。")
    assert _read(text, "ja") == []
    # the same in Korean (on the model of the passage): "수용할 수 있는", "38노스가 … 보도했다"
    assert _read("북한이 최대 4만1000명을 수용할 수 있는 숙소를 지었다.", "ko") == []
    text = ("북한이 러시아에 1만 명의 노동자를 보낼 것이라고 한다. "
            "미국의 북한 전문 매체 38노스가 17일 보도했다.")
    assert _read(text, "ko") == [["1만 명", "workers_sent", MEDIA, 10000.0]]


# ── whose the figures are ────────────────────────────────────────────────────────────────

def test_an_impersonal_report_takes_no_source_from_the_breakdown_after_it():
    # ko-16s-ggal79-cnn-30000: "… 보낸 것으로 알려졌다. 이 가운데 사상자 수는 … 영국
    # 국방정보국은 추산했다": the casualties are the UK's, the deployments nobody's
    text = ("북한은 지난해 10월 쿠르스크 지역에 약 1만20"
            "00명에 달하는 북한군 특수부대원 등 전투 병력을 "
            "파병한 데 이어 올 초 3000명 안팎의 병력을 추"
            "가로 보낸 것으로 알려졌다. 이 가운데 사상자 수는 "
            "현재까지 6000명을 넘을 가능성이 높다고 영국 국방정보국은 추산했다.")
    assert [r[2] for r in _read(text, "ko")] == [NOBODY, NOBODY, UK_DI]


def test_japanese_the_same_agency_said_is_hearsay_of_the_source_before():
    # ja-16s-zeleb-13000-containers: "同通信いわく、…計算になるとのこと" (so the agency says):
    # the DIA's data the agency relayed
    text = ("国防情報本部(DIA)の資料によれば、北朝鮮か"
            "らロシアに出荷されたコンテナの数はすでに万単位に"
            "上る。そして、その積み荷は武器だと見られているそうだ。\n"
            "また、同通信いわく、コンテナの中身がすべて152"
            "ミリメートル榴弾だったとすると、合計で600万発"
            "あまりが入っていた計算になるとのこと。")
    assert _read(text, "ja") == [["600万発あまり", "materiel_sent", DIA, 6000000.0]]


def test_a_country_as_the_topic_of_a_sentence_ending_it_said_is_the_source():
    # ja-16s-ipdefenseforum-builders: "韓国は、北朝鮮が…追加派兵を行なったと発表した"
    text = "韓国は、北朝鮮が2025年上半期にロシアに3,000から4,000人の追加派兵を行なったと発表した。"
    assert _read(text, "ja") == [["3,000から4,000人", "additional_deployed", SEOUL, 3500.0]]
    # the same in Korean (on the passage's model): "한국은 … 추가 파병했다고 발표했다"
    text = "한국은 북한이 2025년 상반기에 러시아에 3천~4천 명을 추가 파병했다고 발표했다."
    assert _read(text, "ko") == [["3천~4천 명", "additional_deployed", SEOUL, 3500.0]]
    # a country the sentence names without saying anything stays no source
    assert _read("북한은 한국과 달리 러시아에 3천 명을 추가 파병했다.", "ko")[0][2] == NOBODY
