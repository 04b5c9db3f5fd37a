"""Rules of helper 31cl (issue 16): claimant causes counted over every labelled set.

North Korea's leader or state named in a figure's clause as the one who acts (moves troops,
supports, offers, owns the troops) with no word of saying beside it is no source of a
deployment or materiel figure (``analysis.articles.speaker.silent_leader``); its dead and
wounded honoured at a ceremony stay its own account, and a leader who acknowledges speaks.
Each test gives real sentences of the labelled sets (their id), sentences of the same form
from other stored pages (their URL), and near misses that must stay as they were. Expected
values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

PYONGYANG = "North Korea (state media and leadership)"
NIS = "South Korea National Intelligence Service (NIS)"
NOBODY = "Unattributed"


def test_the_leader_who_moves_or_supports_is_no_source():
    # round_16zy10 es-16zy10-instantaneas-12000-3000 (label Unattributed)
    text = "Kim Jong Un desplazó hasta 12.000 soldados bajo un tratado de defensa mutua."
    assert _read(text, "es") == [["hasta 12.000", "deployed", NOBODY, 12000.0]]
    # round_16zm de-16zm-kurier-granaten-putin-besuch (label Unattributed)
    text = ("Mit zumindest einer Million Artilleriegranaten hat Nordkoreas Diktator Kim Jong Un "
            "Russland bereits unterstützt.")
    assert _read(text, "de") == [["zumindest einer Million", "materiel_sent", NOBODY, 1e6]]


def test_the_regime_owning_the_troops_is_no_source():
    # round_16zs fr-16zs-franceinfo-10000 (label Unattributed)
    text = ("Le déploiement d'environ 10 000 militaires du régime de Kim Jong Un montre la "
            "détermination de la Russie à récupérer cette zone frontalière.")
    assert _read(text, "fr") == [["d'environ 10 000", "deployed", NOBODY, 10000.0]]


def test_a_headline_naming_the_leader_who_gives_takes_no_source_from_him():
    # round_16zy11 ko-16zy11-joongang-shin-6700-millions (label the defence ministry, named in
    # the body): the headline alone names nobody who speaks
    assert _read("“김정은, 러에 컨테이너 6700개분 포탄 주고 식량 받았다”", "ko")[0][2] == NOBODY


def test_the_same_form_on_other_pages():
    # https://www.krone.at/2813799: the leader who offered soldiers
    text = ("Statt Waffen hatte Nordkoreas Machthaber Kim Jong Un der russischen Armee jedoch "
            "Tausende Soldaten angeboten.")
    assert _read(text, "de") == [["Tausende", "deployed", NOBODY, 1000.0]]
    # https://goin1.gomawoon-info.com/tag/%EA%B5%B0%EC%82%AC%EB%8F%99%EB%A7%B9?page=1: a
    # headline naming the leader's decision
    assert _read("김정은의 결단, 전선 너머까지… 北, 러시아에 또 6천명 파병", "ko")[0][2] == NOBODY


def test_forms_already_read_so_stay():
    # https://society.comments.ua/ua/news/warrussia/skilki-soldativ-kim-chen-ina-zaginulo-za-
    # putina-u-viyni-v-ukraini-797214.html: the leader's soldiers, the next sentence's source
    text = ("Наразі у Курській області залишається ще приблизно 11 тисяч солдатів Кім Чен Ина. "
            "Про це повідомило видання Yonhap з посиланням на дані розвідки Південної Кореї.")
    assert _read(text, "uk")[0][2] == NIS
    # https://news.infoseek.co.jp/article/japanindepth_84958: North Korea as the sender
    text = "・北朝鮮がロシアに現在まで3000人余りを派兵し、12月ごろには計1万人余りを派兵すると予測。"
    assert {row[2] for row in _read(text, "ja")} == {NOBODY}


def test_near_misses_the_leader_who_honours_his_dead():
    # round_16zz7 ko-16zz7-allthenews-engineers-nine-dead (label North Korea): his dead
    text = "김정은 국무위원장은 9명의 사망자를 추모하며 부대에 훈장을 수여했다."
    assert _read(text, "ko")[0][2] == PYONGYANG
    # round_16zy7 es-16zy7-visionnoticias-nueve (label North Korea), after a sentence naming him
    text = ("El líder norcoreano Kim Jong Un recibió a los soldados. Durante la ceremonia, Kim "
            "depositó una flor blanca ante los retratos de nueve soldados fallecidos en combate, "
            "en una escena cargada de simbolismo.")
    assert _read(text, "es")[-1][2] == PYONGYANG


def test_near_miss_the_leader_who_acknowledges_after_a_relative_clause():
    # round_16v uk-16v-glavcom-sappers-nine (label North Korea): "визнав" after "який …"
    text = ("Лідер країни Кім Чен Ин, який був присутній на заході, уперше публічно визнав "
            "розгортання близько 1000 північнокорейських військовослужбовців.")
    assert _read(text, "uk")[0][2] == PYONGYANG
