"""Rounds 16h and 16j as development rounds for Korean and Japanese (helper 16kj, issue 16).

Every text is a real passage of round 16h or 16j (``tests/cases/articles/round_16h.yml``,
``round_16j.yml``) or a sentence written on a real passage's model (marked so); the expected
values were written by hand from the text. Each class is fixed for the language and, where the
form exists there, for the other language of the pair.
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
MILITARY = "South Korea military (unspecified)"
MND = "South Korea Ministry of National Defense"
NATO = "NATO"
ISW = "Institute for the Study of War (ISW)"
MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
HUR = "Ukraine Defence Intelligence (HUR)"
WHITE_HOUSE = "White House"
MEDIA = "News media (own reporting)"
NOBODY = "Unattributed"


def _read(text: str, lang: str, published: str | None = None) -> list[list]:
    found = extract_figures(text, lang, published)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── numbers that count nobody ───────────────────────────────────────────────────────────────

def test_countries_counted_and_two_numbers_sharing_a_time_unit_are_no_figures():
    # ko-16h-donga-rutte-3000: "4개 파트너국(IP4)" (countries, and a name glued to its number)
    assert _read("NAC는 나토 32개 회원국 대사들이 모이는 자리다. 이번 회의에는 한국을 비롯해 일본, "
                 "호주, 뉴질랜드 등 인도·태평양 4개 파트너국(IP4) 대사도 초청됐다.", "ko") == []
    # ko-16h-hankookilbo-nis-two-captured: "4, 5일간" (four or five days)
    text = ("국정원에 따르면 생포된 북한군 중 1명은 조사에서 진술했다. 이어 \"전투 중 상당수 병력 "
            "손실이 있었고, 본인은 낙오돼 4, 5일간 먹지도 마시지도 못하다가 붙잡혔다\"고 전했다.")
    assert [r[0] for r in _read(text, "ko")] == ["북한군"]  # (the capture, no number)
    # the same in Japanese (written on the model): "4、5日間", "32の加盟国"
    text = "捕虜の北朝鮮兵は4、5日間何も食べられなかったと述べた。"
    assert [r[0] for r in _read(text, "ja")] == ["北朝鮮兵"]
    assert [r[0] for r in _read("NATO32の加盟国の大使が集まり、北朝鮮兵1万人の派遣を協議した。",
                                "ja")] == ["1万人"]


def test_rates_and_russias_stock_are_no_shells_sent():
    # ko-16j-newdaily-isw-containers: per container, per day, what Russia still holds
    text = ("25일 자유아시아방송(RFA)은 미국 전쟁연구소(ISW)가 발표한 보고서를 인용해 \"북한이 러시"
            "아에 "
            "최대 1000개의 컨테이너를 선적했다는 보고가 있다\"며 \"각 컨테이너에 300~500개의 포탄이"
            " 들어갈 "
            "수 있기에, 북한이 러시아에 30만~50만 개의 포탄을 제공했을 수 있다\"고 보도했다.\n"
            "에스토니아방위군(EDF) 앤트 키비셀그 대령은 보고서에서 \"러시아가 현재 하루에 약 1만 발"
            "의 "
            "포탄을 소비하는 비율로 계산하면 최대 한 달 동안 사용할 수 있는 분량\"이라며 \"러시아에"
            " 아직 "
            "400만 발의 포탄이 남아 있기에, 최소 1년 동안 '저강도(Low intensity)' 전쟁에 사용할 수 "
            "있다\"고 분석했다.")
    assert _read(text, "ko", "2023-10-25") == [
        ["최대 1000", "materiel_sent", ISW, 1000.0],
        ["30만~50만", "materiel_sent", ISW, 400_000.0]]
    # the same forms in Japanese (written on the model)
    text = ("北朝鮮はロシアに砲弾30万発を送ったと、ISWは分析した。各コンテナに300～500発の砲弾が入"
            "る。"
            "ロシアは1日に約1万発の砲弾を消費しており、ロシアにはまだ400万発の砲弾が残っている。")
    assert [r[0] for r in _read(text, "ja")] == ["30万発"]


def test_names_glued_to_numbers_and_a_denied_number_are_no_figures():
    # ja-16j-donga-300k-shells: "RPG7対戦車ロケットランチャー" (a model's name)
    text = ("国防部は16日、北朝鮮がロシアに砲弾を送ったと明らかにした。現在、ロシアは152ミリ、122ミ"
            "リ"
            "砲弾やRPG7対戦車ロケットランチャーなどを最も必要としているものとされる。")
    assert _read(text, "ja") == []
    # ko-16j-news1-first-pow-died: the agency's name in the dateline "(서울=뉴스1)"
    assert _read("(서울=뉴스1) 유민주 기자 = 우크라이나 군이 러시아에 파병된 북한군을 생포했다.",
                 "ko")[0][0] == "북한군"
    # ko-16j-theyouthdream-newdaily-2000-not-1000: "1000개 아니라 2000개" (not A but B); the
    # headline's hanja "北" is North Korea
    assert _read("\"北, 러에 컨테이너 1000개 아니라 2000개 보냈다… 152㎜ 포탄 100만 발 분량\"",
                 "ko") == [["100만 발", "materiel_sent", NOBODY, 1_000_000.0]]
    text = "北朝鮮はロシアにコンテナ3000個ではなく6000個を送った。"
    assert [r[0] for r in _read(text, "ja")] == ["6000"]


def test_the_other_sides_soldiers_named_before_their_number():
    # ja-16j-yahoo-tvasahi-hur-30: Akhmat (Chechen, Russia's side) lost 8, not North Korea
    text = ("ウクライナの情報機関はクルスク州で発生した戦闘で、北朝鮮兵士少なくとも30人が死傷したと"
            "明らかに"
            "しました。 また、ウクライナ側は15日、北朝鮮兵士がクルスク州で、味方であるチェチェン共"
            "和国の"
            "特殊部隊「アフマト」の車両に向かって誤って発砲し、アフマトの兵士8人が死亡したと明らか"
            "にして"
            "います。")
    assert [r[0] for r in _read(text, "ja", "2024-12-16")] == ["少なくとも30人"]
    # the same order in Korean (written on the model), and Russians treated in North Korea
    # still counted (ja-16t-cnn-treated-hundreds)
    assert _read("북한군 병사들이 오인 사격을 해 아흐마트의 병사 8명이 사망했다.", "ko") == []
    text = ("ロシアのマツェゴラ駐北朝鮮大使は、ウクライナで負傷したロシア軍の兵士数百人が北朝鮮で治"
            "療を"
            "受けていると明らかにした。")
    assert _read(text, "ja")[0][:2] == ["数百人", "treated_in_north_korea"]


# ── metrics ───────────────────────────────────────────────────────────────────────────────

def test_the_group_a_later_clause_breaks_down_into_a_share_is_deployed():
    # ko-16j-fvcnow-nato-bauer-third: the third was wounded or killed, the 11,000 are used
    text = ("롭 바우어 북대서양조약기구(NATO·나토) 군사위원장은 16일 기자 회견에서 이같이 말했다. "
            "그는 "
            "\"우리는 쿠르스크 지역에서 북한군 1만 1천 명이 러시아에 의해 사용되고 있다는 것을 알고"
            " "
            "있다\"면서 \"우리가 기본적으로 알고 있는 것은 이 가운데 3분의 1 정도가 부상 또는 사망"
            "했다는 "
            "것\"이라고 말했다.")
    assert _read(text, "ko", "2025-01-17") == [["1만 1천 명", "deployed", NATO, 11_000.0]]
    # North Korean troops named before a count of people (written on the model, ja)
    assert _read("クルスク州で北朝鮮兵1万1000人がロシア軍とともに戦っている。", "ja")[0][:2] == [
        "1万1000人", "deployed"]


def test_the_captive_counted_between_capture_and_death_died_in_captivity():
    # ko-16j-news1-first-pow-died: one figure, the NIS's (the capture told after the death is
    # the same captive); the passive estimates at the end are nobody's
    text = ("우크라에 생포된 첫 북한군 포로 부상으로 사망(종합)\n"
            "(서울=뉴스1) 유민주 임여익 기자 = 우크라이나 군이 러시아에 파병된 북한군 1명을 전투 과"
            "정에서 "
            "생포했지만 심한 부상으로 인해 결국 사망했다.\n"
            "국가정보원은 \"26일 생포되었던 북한군 1명이 부상이 심해져 조금 전 사망하였음을 우방국 "
            "정보기관을 통해 확인했다\"라고 27일 밝혔다.\n"
            "국정원도 이날 우크라이나 매체의 보도가 사실이라고 확인했다. 국정원은 \"우방국 정보기관"
            "과의 "
            "실시간 정보공유를 통해 부상을 입은 북한군 1명이 생포된 사실을 확인했다\"면서 \"후속 상"
            "황을 "
            "면밀히 점검할 예정\"이라고 밝혔지만, 곧 사망 사실을 확인했다.\n"
            "현재까지 러시아로 파병된 북한군은 1만 명에서 1만 2000명 정도로 추정되며 적게는 1000명,"
            " "
            "많게는 3000명의 사상자가 발생한 것으로 분석된다.")
    rows = _read(text, "ko", "2024-12-27")
    assert rows[0] == ["1명", "died_in_captivity", NIS, 1.0]
    assert [r[1:3] for r in rows[1:]] == [["deployed", NOBODY]] + [
        ["killed_or_wounded", NOBODY]] * (len(rows) - 2)
    # the same in Japanese (written on the model)
    assert _read("ウクライナ軍に捕らえられた北朝鮮兵1人が負傷の悪化で死亡したと、国家情報院が明らか"
                 "に"
                 "した。", "ja") == [["1人", "died_in_captivity", NIS, 1.0]]


def test_moved_to_russia_a_construction_brigade_and_a_factory():
    # ko-16h-donga-rutte-3000: "러시아로 이동한 북한군 규모는 … 3000여 명" (moved there)
    assert _read("러시아로 이동한 북한군 규모는 현재까지 3000여 명으로 알려졌다.", "ko") == [
        ["3000여 명", "deployed", NOBODY, 3000.0]]
    # ja-16j-livedoor-dailynk-2215-brigade: a construction brigade's soldiers, Daily NK's sources
    text = ("北朝鮮がロシア・ウクライナ戦争の被災地域復旧事業に投入するため、専門建設部隊を新たに創"
            "設し、"
            "実際に派遣したという。複数のデイリーNK内部情報筋によると、北朝鮮国防省傘下の「第2215建"
            "設旅団」"
            "に所属する兵士約1000人が、先月から今月初めにかけて2回に分けてロシア領内の復旧現場へ派"
            "遣された。")
    assert _read(text, "ja", "2025-10-29") == [
        ["約1000人", "additional_deployed", MEDIA, 1000.0]]
    # people sent to a factory are workers (round 16f's ko-16f-zum-chosun-38north headline)
    assert _read("北, 러시아 드론 공장에 젊은 여성 1만여명 파견", "ko")[0][1] == "workers_sent"


def test_a_vague_magnitude_with_its_scale_apart():
    # ko-16h-donga-rutte-3000: "수백 만의 무기와 미사일" (millions)
    text = ("그는 \"북한은 수백 만의 무기와 미사일을 러시아에 보내면서 유럽 중심부에 수많은 마찰을 "
            "야기했다\"고 말했다.")
    assert _read(text, "ko")[0][0::3] == ["수백 만", 1_000_000.0]


# ── sources ──────────────────────────────────────────────────────────────────────────────

def test_a_name_the_speaker_quotes_is_not_the_source():
    # ko-16j-chetecut-krvip-2000-containers: Kim Jong Un inside the official's quotation; "이
    # 관계자는" is the official named before
    text = ("군 당국이 북한이 나진항을 통해 러시아에 무기·장비를 지원한 정황이 포착됐다고 오늘(2일)"
            " "
            "밝혔습니다.\n군 관계자는 지난해 중순부터 '북러 간 무기 지원' 정황이 식별되기 시작했다"
            "며 "
            "\"김정은의 러시아 방문 직전인 올해 8월부터 해상을 이용한 무기거래가 보다 활발하게 이루"
            "어지고 "
            "있는 정황이 식별됐다\"고 말했습니다.\n현재까지 북한이 나진항을 통해 러시아로 보낸 컨테"
            "이너는 총 "
            "2천여 개로 추산되고, 컨테이너에 122mm 방사포탄을 적재했다고 가정했을 땐 20만 발 이상, "
            "152mm "
            "포탄으로 가정했을 땐 100만 발 이상으로 판단된다고 이 관계자는 설명했습니다.")
    assert [r[2] for r in _read(text, "ko", "2023-11-02")] == [MILITARY] * 3
    # ja-16j-donga-300k-shells: the White House inside the ministry's first quotation
    text = ("北朝鮮がロシアに送ったコンテナ「砲弾なら30万発」、政府筋が見解示す\n"
            "国防部は16日、報道資料を通じて、「ホワイトハウスが公表した海上コンテナを利用した朝ロ間"
            "の"
            "軍事物資の輸送は事実」とし、「コンテナの積載量を考えると、ロシアが最も必要とする砲弾"
            "数十万発に相当する膨大な量だ」と明らかにした。")
    assert _read(text, "ja", "2023-10-17")[1] == ["数十万発", "materiel_sent", MND, 100_000.0]


def test_a_comparison_with_what_a_source_said_attributes_nothing():
    # ko-16j-theyouthdream-newdaily-2000-not-1000: "미국이 발표한 내용보다 2배" compares; "군은
    # … 보고 있다" is the military
    text = ("군은 북한 나진항에서 선박을 통해 러시아로 넘어간 컨테이너 규모를 약 2000개로 보고 있다"
            ". 이는 "
            "최근 미국이 발표한 내용보다 2배나 많은 수치다.")
    assert _read(text, "ko", "2023-11-02") == [["약 2000", "materiel_sent", MILITARY, 2000.0]]
    # ko-16j-donga-6000 (dev set): the journalist's comparison after a report is nobody's
    text = ("러시아 쿠르스크주에서 북한군 사상자가 6000명을 돌파했다고 영국 국방정보국이 15일(현지 "
            "시간) "
            "보고서에서 밝혔다.\n지난해 가을 쿠르스크 지역에 첫 배치된 북한군 1만1000명의 절반이 넘"
            "는 "
            "규모다.")
    assert [r[2] for r in _read(text, "ko")] == [
        "UK Ministry of Defence (Defence Intelligence)", NOBODY]


def test_a_reports_findings_go_on_with_its_author():
    # ja-16h-donga-msmt-9-million: the findings after "MSMT … 報告書を通じて"
    text = ("北朝鮮が、ウクライナと戦争中のロシアに約900万発の砲弾と100発以上の弾道ミサイルなどを支"
            "援した"
            "と、多国間制裁監視チーム(MSMT)が報告書を通じて29日に明らかにした。MSMTが報告書を公開し"
            "たのは"
            "今回が初めてだ。\n昨年、砲弾および放射砲弾約900万発はロシア貨物船を通じて極東の港へ運"
            "ばれた"
            "ことが確認された。特に170ミリ自走砲、240ミリ放射砲など3個旅団が使用可能な200台以上の重"
            "砲も"
            "昨年ロシアに移送された。")
    assert [r[0::2] for r in _read(text, "ja", "2025-05-30")] == [
        ["約900万発", MSMT], ["100発以上", MSMT], ["200", MSMT]]
