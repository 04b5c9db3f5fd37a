"""Round 16b as a development round for Korean and Japanese (helper 16o, issue 16).

Every text is a real sentence or passage of round 16b (``tests/cases/articles/round_16b.yml``),
of the dev set or of another stored public page (URL given); the expected values were written by
hand from the text. Each class is fixed for the language and, where the form exists there, for the
other language of the pair (a sentence written on a real passage's model is marked so).
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
DIA = "South Korea Defense Intelligence Agency"
MND = "South Korea Ministry of National Defense"
MILITARY = "South Korea military (unspecified)"
SEOUL = "South Korea government"
PYONGYANG = "North Korea (state media and leadership)"
NOBODY = "Unattributed"


def _read(text: str, lang: str, published: str | None = None) -> list[list]:
    found = extract_figures(text, lang, published)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── what North Korea made public, told inside another source's report ─────────────────────

def test_korean_figure_north_korea_disclosed_is_north_koreas():
    # ko-newsis-2000-killed: "북한이 1,2차 표창 수여식에서 공개한 전사자는 350명 정도지만 국정원이 …
    # 보고한 전사자는 최소 600명 …, 현재는 2000여명으로 사망자를 추산" (the NIS quoting
    # North Korea's own count, then its own two); "2000여명" is no year ("여": about)
    text = ('국정원은 "북한이 1,2차 표창 수여식에서 공개한 전사자는 350명 정도지만 국정원이 지난 '
            "4월 정보위에 보고한 전사자는 최소 600명 수준이었으며 우방국과 전황을 종합한 결과 현"
            '재는 2000여명으로 사망자를 추산하고 있다"고 분석했다.')
    assert _read(text, "ko", "2025-09-02") == [
        ["350명 정도", "killed", PYONGYANG, 350.0],
        ["최소 600명 수준", "killed", NIS, 600.0],
        ["2000여명", "killed", NIS, 2000.0]]
    # the object form (https://ir.newspim.com/news/view/20250902000635)
    text = ("북한이 최근 김정은 주도로 전사자 추모행사를 벌이면서 350명 정도의 전사자를 공개한 것"
            "과 관련해 국정원은 2000명 가운데 일부에 불과한 것으로 판단하고 있는 것으로 알려졌다.")
    assert _read(text, "ko", "2025-09-02")[0][:3] == ["350명 정도", "killed", PYONGYANG]
    # not past another speaker's verb (written on the model)
    assert _read("북한이 러시아에 1만명을 파병했다고 국정원이 발표했다.", "ko")[0][2] == NIS


def test_japanese_figure_north_korea_disclosed_is_north_koreas():
    # https://news.livedoor.com/topics/detail/29491472/ (the same NIS briefing)
    text = ("ロシアに派遣された北朝鮮兵について、北朝鮮が公開した戦死者は350人ほどでしたが、"
            "国家情報院が他国と調べたところ、2000人あまりが戦死したと推定されるということです。")
    assert [r[2] for r in _read(text, "ja", "2025-09-02")] == [PYONGYANG, NIS]
    # ko-newsis-2000-killed in Japanese (written on the model): the words between the name and
    # its verb, and the first of a list of rounds ("1・2回目") is no count
    text = ("北朝鮮が1・2回目の表彰式で公表した戦死者は350人ほどだが、国家情報院が4月に報告した"
            "戦死者は少なくとも600人だった。")
    assert _read(text, "ja") == [["350人ほど", "killed", PYONGYANG, 350.0],
                                 ["少なくとも600人", "killed", NIS, 600.0]]
    assert _read("北朝鮮がロシアに1万人を派遣したと国家情報院が発表した。", "ja")[0][2] == NIS


# ── numbers that are no figures of the story ───────────────────────────────────────────────

def test_designations_diseases_and_years_before_the_war_are_no_figures():
    # ko-khan-workers-thousands: "코로나19", "결의 2397호", and the workers of 2017 and 2019
    text = ("국정원은 이날 경향신문의 관련 질의에 “북한은 지난해 러시아 각지의 건설·산업 현장에 "
            "수천여 명의 노동자를 파견한 바 있다”고 밝혔다. 북한 노동자는 코로나19 팬데믹과 "
            "우크라이나 전쟁으로 부족해진 러시아의 건설·산업 현장의 노동력을 메우고 있는 것으로 "
            "알려졌다.\n안보리 결의 2397호가 채택된 이후 러시아에서 북한 노동자는 크게 줄었다. "
            "2017년 당시 러시아에 파견된 북한 노동자는 3만명으로 추정됐다. 이후 러시아는 2019년 말 "
            "북한 노동자 1000여명만 남기고 북한에 돌려보냈다고 유엔 안보리에 보고했다.")
    assert _read(text, "ko", "2025-02-09") == [["수천여 명", "workers_sent", NIS, 1000.0]]
    # the same in Japanese (written on the model); "2017年以降" (since then) still dates nothing
    text = ("安保理決議2397号の採択後、ロシアの北朝鮮労働者は大きく減った。2017年当時ロシアに"
            "派遣されていた北朝鮮労働者は約3万人と推定された。")
    assert _read(text, "ja", "2025-02-09") == []
    text = "2017年以降で初めて、北朝鮮は昨年ロシアに労働者1万人を派遣した。"
    assert _read(text, "ja", "2025-02-09")[0][:2] == ["1万人", "workers_sent"]
    # nor does a year a few words before "since" (written on the model)
    text = "북한은 1950년 한국전쟁 이후 처음으로 1만명의 병력을 러시아에 파병했다."
    assert _read(text, "ko")[0][:2] == ["1만명", "deployed"]
    text = "北朝鮮は1950年の朝鮮戦争以来初めて1万人の兵士をロシアに派遣した。"
    assert _read(text, "ja")[0][:2] == ["1万人", "deployed"]


# ── metric: the first sending a later wave came after; sappers ────────────────────────────

def test_korean_sending_a_second_wave_came_after_is_the_first():
    # ko-nocutnews-second-wave: "1만 1천여명의 병력을 러시아에 파견한 이후 2차 파병이다"
    text = ("이번 파병은 북한이 지난해 10월 1만 1천여명의 병력을 러시아에 파견한 이후 2차 "
            "파병이다.")
    assert _read(text, "ko", "2025-02-27") == [["1만 1천여명", "deployed", NOBODY, 11000.0]]


def test_korean_sappers_alone_are_an_additional_deployment():
    # ko-asiae-10000-border: "공병 1천여 명은 이미 … 지뢰 제거 임무를 수행 중", the NIS's report
    text = ("국가정보원이 북한군 건설부대 5000여 명이 러시아로 순차 이동 중이며, 인프라 복구 작업"
            "에 투입될 것으로 보인다고 밝혔다. 공병 1천여 명은 이미 러시아-우크라이나 전선 부근에"
            "서 지뢰 제거 임무를 수행 중인 것으로 파악됐다.")
    assert _read(text, "ko", "2025-11-04") == [
        ["5000여 명", "additional_deployed", NIS, 5000.0],
        ["1천여 명", "additional_deployed", NIS, 1000.0]]


# ── names: Shin Won-sik as security adviser, the military bare, the DIA under the ministry ──

def test_shin_won_sik_as_national_security_adviser_is_the_presidential_office():
    # ja-japantoday-200-guns: "韓国大統領府の申源湜(シンウォンシク)国家安保室長が昨年11月、
    # 「150~160門以上」と言及"
    text = ("韓国国防省は11日、国会への報告で、ウクライナ侵攻を続けるロシアに北朝鮮が200門余りの"
            "長射程砲や相当量の弾薬などを供与したとの分析を示した。\n長射程砲の供与については、"
            "韓国大統領府の申源湜(シンウォンシク)国家安保室長が昨年11月、「150~160門以上」と言及"
            "しており、その後に追加で供与したとみられる。")
    assert _read(text, "ja", "2025-02-11") == [["200門余り", "materiel_sent", MND, 200.0],
                                               ["150~160門以上", "materiel_sent", SEOUL, 155.0]]
    # the defence minister he was is still the ministry
    assert _read("申源湜国防相は、北朝鮮がコンテナ約6700個を送ったと述べた。", "ja")[0][2] == MND
    # the same in Korean (written on the model)
    text = ("신원식 국가안보실장은 지난해 11월 북한이 러시아에 장사정포 150~160문 이상을 "
            "넘겼다고 말했다.")
    assert _read(text, "ko")[0][2] == SEOUL


def test_korean_military_officials_named_bare_are_seouls():
    # ko-daum-kn23-containers: "군 관계자는 당시 … “북한 나진항을 통해 러시아로 보낸 컨테이너는 총
    # 2000여 개로 추산된다”고 했다." ("2000여 개" is no year either)
    text = ("군 관계자는 당시 “신뢰할 만한 첩보에 의하면 북한이 열차 컨테이너나 선박 등을 통해 SR"
            "BM을 건넨 정황이 여러 방식으로 파악됐다”며 “북한 나진항을 통해 러시아로 보낸 컨테이"
            "너는 총 2000여 개로 추산된다”고 했다.")
    assert _read(text, "ko", "2024-01-05") == [["2000여", "materiel_sent", MILITARY, 2000.0]]
    # another country's military is not Seoul's
    text = "러시아 군 관계자는 북한군 1만명이 쿠르스크에 배치됐다고 말했다."
    assert _read(text, "ko")[0][2] != MILITARY


def test_dia_under_the_ministry_and_a_conversion_of_its_figure():
    # ja-chosunonline-13000-containers: "韓国国防部の国防情報本部が…提出した資料で分かった", then
    # "…152ミリ砲弾だと仮定した場合、約600万発分に相当する規模だ" (the figure before converted:
    # its source's, across the line break)
    text = ("北朝鮮が2022年半ばから約2年間でコンテナ1万3000個以上をロシアに向けて送ったことが27日、"
            "韓国国防部の国防情報本部が国会国防委員会所属の与党議員に提出した資料で分かった。\n"
            "コンテナ1万3000個の中身が全て152ミリ砲弾だと仮定した場合、約600万発分に相当する"
            "規模だ。")
    assert [r[1:] for r in _read(text, "ja", "2024-08-27")] == [
        ["materiel_sent", DIA, 13000.0], ["materiel_sent", DIA, 6000000.0]]
    # the same story in Korean (dev set ko-fcs-containers, http://fcs.news/View.aspx?No=3347247)
    text = ("27일 국회 국방위원회 소속 국민의힘 강대식 의원이 국방부 국방정보본부에서 제출받은 자"
            "료에 따르면 북한은 2022년 중반부터 현재까지 약 2년에 걸쳐 나진항을 통해 총 1만3천개 "
            "이상의 컨테이너를 러시아로 보냈다.\n컨테이너에 실린 물건이 모두 152㎜ 고폭탄이라고 "
            "가정할 때, 약 600여만 발을 운반할 수 있는 규모다.")
    assert [r[2] for r in _read(text, "ko", "2024-08-27")] == [DIA, DIA]


# ── more numbers that count nobody (seen on other stored pages) ──────────────────────────

def test_unit_numbers_sectors_hours_rates_and_interviewees_count_nobody():
    # https://news1.kr/amp/world/europe/5633827: a brigade's number ("94 독립 여단")
    text = ('DIU는 이러한 손실 발생을 보완하기 위해 "북한군의 94 독립 여단에서 새 인력이 공격 '
            '부대에 배치되고 있다"고 했다.')
    assert _read(text, "ko") == []
    # https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=03680166642141368: sectors
    text = ("국정원은 정찰위성 발사대, 기술 자문 등이 북한에 넘어갔다고 보고했다. 양국은 금속, "
            "항공, 에너지, 관광 등 14개 산업 부문에서 협력 및 현대화 방안을 협의 중이며, 북한 "
            "노동자 약 1만5000명도 러시아에 송출된 상태라고 밝혔다.")
    assert [r[0] for r in _read(text, "ko")] == ["약 1만5000명"]
    # https://www.kmib.co.kr/article/view.asp?arcid=0028532805: the workers a reporter met, and
    # the hours they worked
    text = ("인터뷰에 응한 6명의 북한 노동자들 모두 오전 6시에 일어나 다음날 새벽 2시까지 "
            "일했다고 증언했다.")
    assert _read(text, "ko") == []
    # https://nownewstv.seoul.co.kr/news/politics/2023/10/25/20231025500042: shells per
    # container ("300~500발씩"), no total; as ja "500人ずつ"
    text = ("북한이 나진항을 통해 러시아에 보낸 컨테이너가 1000개에 달하고 컨테이너마다 포탄 "
            "300~500발씩을 싣는다고 가정해 나온 계산이다.")
    assert [r[0] for r in _read(text, "ko")] == ["1000"]
    # https://s.japanese.joins.com/JArticle/145821
    text = ("ウラジオストクでは北朝鮮勤労者およそ3000人が、会議場建設現場で働いている。このほか、"
            "アムール州の水力発電所と鉄道施設に500人ずつ派遣される予定だ。")
    assert [r[0] for r in _read(text, "ja")] == ["およそ3000人"]


def test_japanese_ages_in_brackets_count_nobody():
    # https://news.livedoor.com/topics/detail/30418910/: "リ氏（27）とペク氏（22）"
    text = ("ロシアに派兵された後、ウクライナ軍に生け捕りにされた北朝鮮兵捕虜2人のインタビュー内容"
            "が公開された。20日、韓国メディアMBC（文化放送）の時事番組『PD手帳』は北朝鮮兵捕虜の"
            "リ氏（27）とペク氏（22）の近況を伝えた。")
    assert [r[:2] for r in _read(text, "ja")] == [["2人", "captured"]]


def test_japanese_seized_and_hospitalised_soldiers():
    # https://maldankon.cloud/…: "北朝鮮兵2人を捕縛した" (seized: a capture)
    text = ("ウクライナ保安庁は11日、ウクライナ軍が越境攻撃を続けるロシア南部クリスコ州で、露軍に"
            "加わっていた北朝鮮兵2人を捕縛したと発表した。")
    assert _read(text, "ja") == [["2人", "captured", "Security Service of Ukraine (SBU)", 2.0]]
    # https://news.yahoo.co.jp/articles/1f2d0116962bea0fb652702e7a1f4e1a0e0eec38: in hospital
    text = ("この通話で、女性看護師は前日に100人、同日に120人、合わせて約220人の北朝鮮兵が病院に"
            "入院していると説明した")
    assert ["約220人", "wounded"] in [r[:2] for r in _read(text, "ja")]


def test_a_range_of_things_with_the_counter_at_both_ends_is_one_figure():
    # https://news.sbs.co.kr/news/endPage.do?news_id=N1007408310 ("20만 발에서 100만 발")
    text = ("북한 나진에서 러시아 블라디보스토크로 대형 컨테이너 2천 개가 넘어간 게 우리 군 당국에 "
            "포착됐습니다. 북한이 해당 컨테이너에 포탄을 넣었다면 20만 발에서 100만 발에 이르는 "
            "규모가 러시아에 지원됐다는 뜻입니다.")
    assert _read(text, "ko")[-1][0::3] == ["20만 발에서 100만 발", 600000.0]
    # the same in Japanese (written on the model)
    text = "北朝鮮が送った砲弾は300万発から500万発と推定される。"
    assert _read(text, "ja") == [["300万発から500万発", "materiel_sent", NOBODY, 4000000.0]]


def test_long_range_guns_are_materiel_and_a_difference_counts_nobody():
    # (written on the model of round 16b's ja-japantoday-200-guns: "長距離砲", as "長射程砲")
    text = "韓国国防部は、北朝鮮がロシアに長距離砲約200門を供与したと明らかにした。"
    assert _read(text, "ja") == [["約200門", "materiel_sent", MND, 200.0]]
    text = "국방부는 북한이 러시아에 장거리포 200여 문을 지원했다고 밝혔다."
    assert _read(text, "ko")[0][1:3] == ["materiel_sent", MND]
    # a difference between two estimates ("1000명 더 많은 수치", "1000人多い"), no count
    text = ("합참은 북한군 사상자가 약 4000명 발생했다고 밝혔는데, 이보다도 1000명 더 많은 "
            "수치다.")
    assert [r[0] for r in _read(text, "ko")] == ["약 4000명"]
    text = "韓国軍は北朝鮮兵の死傷者を約4000人と推定したが、これより1000人多い数字だ。"
    assert [r[0] for r in _read(text, "ja")] == ["約4000人"]


def test_korean_dia_by_its_short_name_and_a_conversion_with_da_go():
    # https://kollo.kr/todaycontent?id=aurSfj: "정보본부의 컨테이너 추산량은 약 1만3000여 개, …
    # 미국이 밝힌 컨테이너 숫자는 약 1만6400여 개였다" (the DIA's, then the US's)
    # (the page's lead names North Korea; here in the sentence: "북한 컨테이너")
    text = ("지난 8월 27일 공개된 정보본부의 북한 컨테이너 추산량은 약 1만3000여 개, 지난 9월 4일 "
            "미국이 밝힌 컨테이너 숫자는 약 1만6400여 개였다.")
    assert [r[2] for r in _read(text, "ko")] == [DIA, "US government (unspecified)"]
    # "…넣었다고 가정할 경우" (a conversion) goes on with the one source before it
    text = ("국방정보본부는 북한이 러시아로 반출한 컨테이너를 약 2만여 개 이상으로 평가했다.\n"
            "2만여 개의 컨테이너에 모두 152㎜ 포탄을 넣었다고 가정할 경우 940여만 발에 "
            "달한다.")
    assert [r[2] for r in _read(text, "ko")] == [DIA, DIA]
