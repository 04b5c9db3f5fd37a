"""Rules of helper 32ar (issue 16): how a language writes a counter, a "per" word, a phase.

Round 16zz34's errors of form (development after 32ar):

* a number with a counter of rounds or guns ("約1000万発", "148発", "1200만여 발") counts shells,
  whatever troops noun is near: it is ``materiel_sent``, never a deployment, and a part of such a
  count ("ミサイル3発のうち1発") is a share, no figure
  (``analysis.articles.number_of.things_counted``, ``analysis.articles.number_of.uncued``);
* a number after "per" a noun ("전사자 한 가족당 1가구의 주택", "1인당 6000~1만 달러") is one
  of a rate, no figure (``not_figure_before`` / ``not_figure_after`` of ko and ja);
* a number naming a phase or a stage ("화성지구 4단계 개발 구역", ja "3段階", "phase 2",
  "Phase 2", "étape 2", "fase 2", "этапе 2", "етапі 2") is no count (ko and ja
  ``not_figure_after``; the other languages' ``phase_before``).

Each test gives real sentences of the labelled sets (their id) and of other stored pages (their
URL), and near misses that must stay. Expected values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

DIA = "South Korea Defense Intelligence Agency"
HUR = "Ukraine Defence Intelligence (HUR)"
MILITARY = "South Korea military (unspecified)"
NIS = "South Korea National Intelligence Service (NIS)"
NOBODY = "Unattributed"


def _metrics(text: str, lang: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _read(text, lang)]


def test_a_count_of_rounds_is_materiel_whatever_troops_are_near():
    # round_16zz34 ja-16zz34-jp24h-dia-12mln (label materiel_sent; the reader gave deployed by
    # "北朝鮮の" before it)
    text = ("実際に、軍当局は昨年12月の時点で、「北朝鮮の羅津(ラジン)港などを通じてロシアに搬出"
            "されたコンテナは約2万2000個と推定される」とし、「152ミリ弾換算で約1000万発分量」と"
            "発表していた。2023年8月頃から、砲弾などの"
            "武器支援が本格化したというのが軍当局の評価だ。")
    assert _metrics(text, "ja") == [("約2万2000", "materiel_sent"), ("約1000万発", "materiel_sent")]
    # round_16zz7 ja-16zz7-miyanichi-budanov-kn23-150: last year's missiles, no cue in their
    # sentence (the reader gave deployed)
    text = ("【キーウ共同】ロシアの侵攻を受けるウクライナ"
            "国防省のブダノフ情報総局長は、北朝鮮が今年、"
            "短距離弾道ミサイル「KN23」150発をロシアに提供する見通しだと明らかにした。昨年は148発"
            "だったとした。ウクラインスカ・プラウダが23"
            "日、ブダノフ氏が軍事メディアに語った内容として"
            "報じた。")
    assert _read(text, "ja") == [["150発", "materiel_sent", HUR, 150.0],
                                 ["148発", "materiel_sent", HUR, 148.0]]


def test_shells_and_troops_counted_side_by_side_keep_their_own_metrics():
    # https://www.kangnamtimes.com/ja/?p=507056 (headline)
    text = ("北朝鮮、ロシアに「戦争兵器」の大量供与!900万"
            "発の砲弾とミサイル100発、兵士1万4千人も派遣か")
    assert _metrics(text, "ja") == [("900万発", "materiel_sent"), ("100発", "materiel_sent"),
                                    ("1万4千人", "deployed")]
    # https://news.yahoo.co.jp/articles/ca8b743eb6223959b88aae528151facca32a1f8e?page=6
    text = ("「北朝鮮がロシア派兵」その情報に現実味はあるか、"
            "兵士1万2000人、砲弾800万発の支援は可能か")
    assert _metrics(text, "ja") == [("1万2000人", "deployed"), ("800万発", "materiel_sent")]


def test_a_part_of_a_count_of_rounds_is_a_share():
    # round_16zz2 ja-16zz2-dprkanalysis-kn23-share (negative "3発のうち1発")
    text = "ウクライナに飛来するミサイル3発のうち1発は北朝鮮製である。"
    assert _metrics(text, "ja") == [("3発", "materiel_sent")]


def test_a_number_after_per_a_noun_is_one_of_a_rate():
    # round_16zz34 ko-16zz34-news1-saebyeol-2500 (negative "1가구"; the reader gave 1 killed):
    # the count in the same sentence stays
    text = ("김 총비서는 지난해 8월 말 파병군 전사자 유가족을 평양으로 초청한 자리에서 \"유가족"
                                                         "들을 "
            "위한 새 거리(새별거리)를 평양에 꾸리겠다\"라고 언급했다. 전사자 한"
                                     " 가족당 1가구의 주택이 "
            "배정된다고 추정하면, 현재까지 사망자 수도 2500명에 준할 가능성이 제기된다.")
    assert _metrics(text, "ko") == [("2500명", "killed")]
    # https://www.dailynk.com/20250530-6/ (the reader gave "1" of "1인당" killed); the NIS's
    # 600 dead in the next sentence stays
    text = ("또한 북한은 참전 중 사망한 병력에 대해 1인당 "
            "6000~1만 달러의 위로금을 러시아 측으로부터 "
            "받는 것으로 알려졌다. 국정원은 최근 국회 보고"
            "에서 북한군 파병 병력 중 약 600명이 사망한 "
            "것으로 추정된다고 밝혔으며, 이를 바탕으로 계산"
            "하면 북한이 받은 사망 위로금은 최소 360만 "
            "달러, 최대 600만 달러에 이르는 것으로 보인다.")
    assert _read(text, "ko") == [["약 600명", "killed", NIS, 600.0]]


def test_a_phase_named_by_its_number_is_no_count():
    # round_16zz34 ko-16zz34-news1-saebyeol-2500 (negative "4단계"; the reader gave 4 deployed
    # by "배치된")
    text = ("조선중앙TV가 지난 11일 공개한 김정은 노동당 총비서의 화성지구 현지지도 사진을 보면, "
            "새별거리는 화성지구 4단계 개발 구역에 동일한 형식의 고층 주택 수천 세대가 집단 배치된 "
            "대규모 주거 단지로 조성되고 있다.")
    assert _read(text, "ko") == []
    # https://eachj.tistory.com/ (화성 태안3지구), http://historysend.blogspot.com/2005/03/
    # beachhead.html: the same form, no story
    assert _read("화성 태안3지구 택지개발사업 1단계 구간 5월 준공 예정", "ko") == []
    assert _read("This was our strategic objective for Iraq in phase 2, to distract and disrupt "
                 "the enemy.", "en") == []


def test_a_count_beside_a_phase_word_stays():
    # near misses: a count of troops told in a phase, or with the round it belongs to, is read,
    # only a phase's own number is dropped
    # round_16zz26 ja-16zz26-voi-nis-12000-1500-10000 (negative "第1段階")
    text = ("NISによると、第1段階では、約1,500人の北朝鮮軍兵士が水陸両用着陸船4隻と"
            "ロシア系ボディーガード3隻を使用して運ばれた。")
    assert _read(text, "ja") == [["約1,500人", "deployed", NIS, 1500.0]]
    # https://www.unian.net/war/skolko-voennyh-kndr-pogiblo-na-voyne-raskryto-kolichestvo-13117179.html
    text = ("По данным разведки, Северная Корея также план"
            "ирует дополнительно отправить в Россию около "
            "6 тысяч солдат в рамках третьей партии развертывания войск.")
    assert _metrics(text, "ru") == [("около 6 тысяч", "additional_deployed")]
