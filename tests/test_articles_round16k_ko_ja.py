"""Round 16k as a development round for Korean and Japanese (helper 16h, issue 16).

Every text is a real sentence or passage: of round 16k (``tests/cases/articles/round_16k.yml``) or
of other stored public pages (URL given); the expected values were written by hand from the text.
Each class is fixed for the language (every usual form), not for the sentence: where a test uses a
16k passage, another form or a real passage of another page is checked too.
"""

from __future__ import annotations

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
MND = "South Korea Ministry of National Defense"
MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"
MEDIA = "News media (own reporting)"
KYIV = "Ukrainian government (unspecified)"
INDIVIDUAL = "Individual witnesses and sources"


def _read(text: str, lang: str) -> list[list]:
    found = extract_figures(text, lang)
    return found[["figure_text", "metric", "claimant", "best"]].values.tolist()


# ── a sentence pointing back at the figures before names their source ──────────────────────

def test_korean_this_content_was_reported_names_the_source_of_the_sentence_before():
    # ko-16k-kwnews-15000: "국정원은 … 이런 내용을 보고했다고 … 전했다" (reported this content);
    # "2차례에 걸쳐" (in two rounds) counts waves: the 15,000 are all sent, no additional wave
    text = ("북한이 러시아에 2차례에 걸쳐 1만5000여 명을 파병했으며, 사망한 600명을 포함해 "
            "모두 4천700여 명의 사상자가 발생한 것으로 알려졌다.\n"
            "국정원은 30일 국회 정보위원회 비공개 간담회에서 이런 내용을 보고했다고 "
            "국민의힘 이성권·더불어민주당 김병기 의원이 기자들에게 전했다.")
    assert _read(text, "ko") == [
        ["1만5000여 명", "deployed", NIS, 15000.0],
        ["600명", "killed", NIS, 600.0],
        ["4천700여 명", "killed_or_wounded", NIS, 4700.0]]


def test_without_the_sentence_pointing_back_the_figures_stay_unattributed():
    # the same lede alone: "알려졌다" (it is known) names nobody
    text = ("북한이 러시아에 2차례에 걸쳐 1만5000여 명을 파병했으며, 사망한 600명을 포함해 "
            "모두 4천700여 명의 사상자가 발생한 것으로 알려졌다.")
    assert {r[2] for r in _read(text, "ko")} == {"Unattributed"}


def test_japanese_the_report_that_made_the_figures_known_closes_the_passage():
    # ja-16k-wacoca-msmt: "…「多国間制裁監視チーム(MSMT)」の報告書で明らかになった" (became clear in
    # the MSMT's report); the Reuters dateline names who wrote, not whose the figures are
    text = ("[ソウル 29日 ロイター] – 北朝鮮は、ロシアに対しウクライナの重要な民間インフラへの"
            "ミサイル攻撃の強化支援を行い、2万個以上の軍需品コンテナや、900万発の砲弾および"
            "ロケット砲弾薬を供給したもよう。国連安全保障理事会の対北朝鮮制裁の履行状況を監視"
            "する「多国間制裁監視チーム(MSMT)」の報告書で明らかになった。")
    assert [r[1:] for r in _read(text, "ja")] == [
        ["materiel_sent", MSMT, 20000.0], ["materiel_sent", MSMT, 9000000.0]]


# ── an official named in full, then by surname and title ──────────────────────────────────

def test_a_minister_named_again_by_surname_and_title_is_the_ministry():
    # ko-16k-namulive-containers: "신원식 국방장관은 … 신 장관은 \"…300만 발 이상…\"이라며";
    # the containers going from Russia to the North ("러시아에서 북으로") are no materiel sent
    text = ("신원식 국방장관은 지난해 7~8월부터 최근까지 북한이 러시아에 보낸 컨테이너가 "
            "6천700개에 이르고, 러시아가 북한에 보낸 컨테이너는 이보다 30% 이상 많다고 "
            "밝혔습니다.\n컨테이너 9천 개 정도가 러시아에서 북으로 갔다는 겁니다.\n"
            "신 장관은 \"북한에 간 컨테이너는 식량이 가장 큰 비중을 차지하고 있다\"며 \"이 때문에 "
            "북한의 식량 가격이 안정적 추세를 유지하고 있는 것 같다\"고 말했습니다.\n"
            "북에서 러시아로 보낸 컨테이너에는 대부분 포탄이 담겼는데 신 장관은 \"152mm "
            "포탄이면 300만 발 이상, 122mm 방사포탄이면 50만 발 이상\"이라며 \"두 포탄이 섞여서 "
            "적어도 몇백만 발이 간 걸로 볼 수 있다\"고 설명했습니다.")
    assert _read(text, "ko") == [
        ["6천700", "materiel_sent", MND, 6700.0],
        ["300만 발 이상", "materiel_sent", MND, 3000000.0],
        ["50만 발 이상", "materiel_sent", MND, 500000.0],
        ["적어도 몇백만 발", "materiel_sent", MND, 2000000.0]]


def test_the_outlet_a_minister_named_again_spoke_to_is_not_the_source():
    # https://voakorea.com/amp/7734736.html: "신 장관은 8일 공개된 로이터통신 인터뷰에서 이같이
    # 말하고": Reuters is where he spoke
    text = ("북한이 작년부터 이달 4일까지 1만2천 개 이상의 컨테이너를 러시아에 보냈다고 신원식 "
            "한국 국방부 장관이 밝혔습니다.\n\n신 장관은 8일 공개된 로이터통신 인터뷰에서 이같이 "
            "말하고, 152mm 포탄 약 560만 발을 운반할 수 있는 규모라고 덧붙였습니다.")
    assert [r[2] for r in _read(text, "ko")] == [MND, MND]


# ── ships carry the materiel; they are none of it ──────────────────────────────────────────

def test_ships_are_no_materiel_in_korean_and_japanese():
    # https://m.newspic.kr/summary.html?cp=w3Hru72p&nid=2025041521290352048 ("선박 4척")
    ko = ("로이터와 OSC는 러시아 국적 선박 4척이 이 기간 북한 라진항을 64차례 드나들며 "
          "1만6천여개의 컨테이너를 수송한 기록을 추적해 북한이 러시아로 보낸 포탄 규모가 "
          "수백만발 수준임을 확인했다.")
    assert [r[0] for r in _read(ko, "ko")] == ["1만6천여", "수백만발 수준"]
    # https://nagoyatv.com/news/1000/kokusai.html?id=000418553 ("貨物船4隻"), as
    # ja-16k-hatena-nhk-reuters-shells ("コンテナ船4隻")
    ja = ("OSCによりますと、2023年9月から2025年3月にかけてロシアの貨物船4隻が北朝鮮北東部の"
          "羅津(ラジン)からロシア東部のボストーチヌイなどへ64回航海したことが確認できたという"
          "ことです。  合わせて1万5809個のコンテナが輸送され、400万から600万発の砲弾が積まれて"
          "いたと推定しています。")
    assert [r[0] for r in _read(ja, "ja")] == ["1万5809", "400万から600万発"]


# ── one of them, then the other: no count ──────────────────────────────────────────────────

def test_japanese_one_and_the_other_of_the_captives_are_no_count():
    # ja-16k-maldankon-asahi-300
    text = ("ウクライナ側は12日、捕虜にした2人の北朝鮮兵の映像を公開。1人は北朝鮮に帰りたい"
            "意向を示し、もう1人はウクライナに残りたい考えを示している。")
    assert _read(text, "ja") == [["2人", "captured", KYIV, 2.0]]


def test_korean_one_and_the_other_of_the_captives_are_no_count():
    # ko-16t-... (round_16t.yml): "한 명은 머리를, 또 다른 한 명은 양손을 다친 것으로 보인다"
    text = ("젤렌스키 대통령은 이 게시물에서 생포된 북한군 2명의 사진을 공개했다. 그가 올린 "
            "사진을 보면 한 명은 머리를, 또 다른 한 명은 양손을 다친 것으로 보인다.")
    assert [r[:2] for r in _read(text, "ko")] == [["2명", "captured"]]


# ── an expert named as the speaker is one person, not the government carried before ────────

def test_a_named_military_expert_is_an_individual_source():
    # ja-16k-maldankon-asahi-300: Ukraine's side spoke in the sentence before
    text = ("ウクライナ側は12日、捕虜にした2人の北朝鮮兵の映像を公開。ウクライナの軍事専門家で"
            "あるスミトソンは、ロシアとの戦闘のために難西部クルスカ州などの前線に派遣されている"
            "北朝鮮兵士は1万~1万7000人に上るとの見方を示した。")
    assert [r[1:3] for r in _read(text, "ja")] == [
        ["captured", KYIV], ["deployed", INDIVIDUAL]]
