"""Round 16t as a development round for Korean and Japanese (helper 16z, issue 16).

Every text is a real sentence or passage: of round 16t (``tests/cases/articles/round_16t.yml``) or
of other stored public pages (URL given); the expected values were written by hand from the text.
Each class is fixed for the language (every usual form), not for the sentence: where a test uses a
16t sentence, another form or a real sentence of another page is checked too.
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
KYIV = "Ukrainian government (unspecified)"
JOINT = "Several governments jointly"
US = "US government (unspecified)"


def _read(text: str, lang: str) -> list[list]:
    found = extract_figures(text, lang)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── a fraction is no figure; an explicit source keeps its clause ────────────────────────────

def test_a_fraction_of_the_troops_is_no_figure_and_an_explicit_source_keeps_its_clause():
    # ko-16t-kmnal-gur-3000: "4분의 1" (a quarter) was read as one soldier deployed; the
    # figure of the first clause is Kyiv's ("우크라이나 정부에 따르면"), not Zelensky's, who is
    # only named in the conditional clause after it
    text = ("우크라이나 정부에 따르면 북한은 러시아에 1만~1만2000명의 병력을 "
            "파견했는데, 젤렌스키 대통령의 주장이 사실이라면 파병된 병력의 "
            "4분의 1을 잃은 셈이다.")
    assert _read(text, "ko") == [["1만~1만2000명", "deployed", KYIV, 11000.0]]


def test_a_broader_name_without_according_to_still_gives_way_to_the_specific_one():
    # devset en-millenniumpost: the dateline "Seoul:" is no source of its own clause
    text = ("Seoul: An estimated 4,700 North Korean soldiers have been killed or wounded "
            "while fighting alongside Russia against Ukrainian forces, South Korea's spy "
            "agency told lawmakers Wednesday.")
    assert [r[2] for r in _read(text, "en")] == [NIS]


# ── officials of a country by their nouns; a government and the West as one source ───────────

def test_japanese_joint_sources_of_ukraine_and_the_west():
    # ja-16t-cnn-treated-hundreds
    text = ("ウクライナ当局や西側諸国の情報機関の報告によれば、北朝鮮はロシアに"
            "約1万2000人の兵士を派遣している。\nウクライナや西側諸国によれば、"
            "少なくとも昨年11月以降、ロシア・クルスク州に進出したウクライナ軍を"
            "撃退するために同州に派遣された北朝鮮兵のうち約4000人が死傷したと"
            "伝えられている。")
    assert [r[1:3] for r in _read(text, "ja")] == [
        ["deployed", JOINT], ["killed_or_wounded", JOINT]]


def test_joint_sources_with_the_west_written_with_oyobi():
    # https://news-information-bureau.com/2025/02/28/ (AFP via Yahoo!): "欧米" is the West
    text = ("韓国および欧米諸国の情報機関によると、北朝鮮は昨年、ウクライナを侵攻"
            "しているロシア軍を支援する目的で、クルスク州の国境地域に1万人以上の"
            "兵士を派遣した。")
    assert [r[1:3] for r in _read(text, "ja")] == [["deployed", JOINT]]


def test_korean_joint_source_of_seoul_and_western_intelligence():
    # https://clw2222.tistory.com (devset ko-16n-tistory-bbc-western-officials)
    text = ("우리나라와 서방 정보기관은 북한이 작년 쿠르스크에 수천 명의 병력을 "
            "파견했다고 오랫동안 보도해 왔습니다.")
    assert [r[2] for r in _read(text, "ko")] == [JOINT]


def test_a_list_of_countries_sharing_one_noun_and_seouls_government():
    # https://ipdefenseforum.com/ko/2025/07/ (devset ko-16p-ipdefenseforum-sucheon-myeong)
    text = ("북한이 러시아에 파견한 병력 규모에 대해 양국은 공식 발표를 하지 않았지만, "
            "한국, 우크라이나, 미국 당국은 2024년에 북한이 러시아에 1만~1만 2천 명의 "
            "병력을 파견했다고 밝혔다. 한국 정부는 북한이 2025년 초에도 러시아에 "
            "3천~4천 명의 병력을 추가 파견했다고 밝혔다.")
    assert [r[1:3] for r in _read(text, "ko")] == [
        ["deployed", JOINT], ["additional_deployed", "South Korea government"]]


def test_us_officials_by_their_nouns():
    # ja-16t-cnn-treated-hundreds
    ja = ("米当局者によれば、ロシアは弾薬などの物資を搭載したコンテナ数千個を"
          "北朝鮮から受け取っているほか、ロシア軍は北朝鮮製のミサイルを発射"
          "している。")
    assert [r[1:3] for r in _read(ja, "ja")] == [["materiel_sent", US]]
    # https://news.yahoo.co.jp/articles/0c636a6af96161288cc3111bafc0adc301d270c7
    ja2 = ("米政府高官は先週、ロシア国内に派遣された北朝鮮兵の総数は約1万人、"
           "そのうちクルスク州には約8000人が配備されているとの見方を示していた。")
    assert [r[2] for r in _read(ja2, "ja")][:1] == [US]
    # https://voakorea.com/amp/7905329.html: a US military official
    ko = ("미군 고위 당국자는 17일 “북한군은 확실히 최전방 지역에 있으며, 사상자 "
          "수는 수백명에 달할 것”이라고 밝혔습니다.")
    assert [r[1:3] for r in _read(ko, "ko")] == [
        ["killed_or_wounded", "US Department of Defense"]]


def test_a_prisoner_of_the_ukrainian_side_is_no_source():
    # https://news.yahoo.co.jp/articles/29ecdf9c1dec316138aeb6fe19f58c6d25ab7a6b: "ウクライナ側の
    # 捕虜" names the captors; the NIS tells it, the capture and its fate in one report: one figure
    text = ("韓国の情報機関「国家情報院」は27日、ロシアとともにウクライナとの戦闘を"
            "続けている北朝鮮の兵士1人が、ウクライナ側の捕虜になったことを確認したと"
            "明らかにしました。捕虜になった兵士はケガをしていましたが、その後、"
            "死亡したということです。")
    assert [r[1:] for r in _read(text, "ja")] == [["died_in_captivity", NIS, 1.0]]


# ── brigades counted are no materiel ────────────────────────────────────────────────────────

def test_brigades_worth_of_guns_is_no_count():
    # ja-16t-jbpress-msmt-report
    text = ("2024年中には、北朝鮮は少なくとも100発の弾道ミサイルおよび3個旅団分の"
            "重砲の構成品に加え、対戦車ミサイルも提供した。")
    assert [r[0] for r in _read(text, "ja")] == ["少なくとも100発"]


# ── meanwhile: a new topic takes no source from before ──────────────────────────────────────

BEFORE = ("젤렌스키 대통령은 이후에도 우크라이나군이 몇 차례 북한군을 생포했으나 "
          "모두 심각한 부상으로 사망했다고 밝힌 바 있다.\n")
AFTER = ("북한은 지난해 10월부터 러시아를 돕기 위해 격전지인 쿠르스크에 자국 "
         "병사들을 보내고 있다. 현재까지 파병된 병력은 1만1000여명인 것으로 "
         "파악됐다.")


def test_meanwhile_ends_the_report_before():
    # ko-16t-joongang-two-pows: the deployment after "한편" is nobody's, not Zelensky's
    found = _read(BEFORE + "한편 " + AFTER, "ko")
    assert [r[2] for r in found if r[1] == "deployed"] == ["Unattributed"]
    # without the new topic the sentence goes on with the report before ("he said")
    found = _read(BEFORE + AFTER, "ko")
    assert [r[2] for r in found if r[1] == "deployed"] == [ZELENSKY]


# ── the death of the one captive, told by another source ────────────────────────────────────

def test_a_capture_by_ukraine_and_the_death_told_by_the_nis_are_two_figures():
    # ko-16t-joongang-two-pows: the capture stays Ukraine's; "이 병사" died in captivity (NIS,
    # no number: the one captive); Zelensky's later deaths of other captives add no figure
    text = ("앞서 우크라이나는 지난달에도 쿠르스크에서 북한군 1명을 생포했다며 사진을 "
            "공개한 바 있다. 국가정보원은 이 병사가 부상으로 인해 붙잡힌 지 하루 만에 "
            "사망했다고 확인했다.\n" + BEFORE)
    assert [r[1:] for r in _read(text, "ko")] == [["captured", KYIV, 1.0],
                                                    ["died_in_captivity", NIS, 1.0]]


# ── an earlier estimate recalled is nobody's ────────────────────────────────────────────────

def test_an_earlier_estimate_recalled_in_its_own_clause_is_nobodys():
    # ko-16t-tistory-11000
    text = ("4일(현지시간) 우크라이나의 볼로디미르 젤렌스키 대통령은 쿠르스크에 "
            "북한군이 약 1만1,000명이 배치되어 있다고 발표했으며, 이는 며칠 전 "
            "7,000~8,000명으로 추정되던 수치에서 크게 증가한 것입니다.")
    assert [r[2] for r in _read(text, "ko")] == [ZELENSKY, "Unattributed"]
