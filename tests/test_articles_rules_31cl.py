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


# ── Russia that announces: the Russian Security Council (lang.SPEAKING_COUNTRIES) ──────────────

SHOIGU = "Russian Security Council (Sergei Shoigu)"


def test_russia_that_announces_is_the_security_council():
    # devset fr-boursorama-demineurs (label Shoigu's council)
    text = ("Fin juin, la Russie a annoncé que Pyongyang allait envoyer plusieurs milliers de "
            "démineurs militaires et des ouvriers de l'armée nord-coréenne pour aider à la "
            "reconstruction de cette région.")
    assert _read(text, "fr")[0][2] == SHOIGU
    # round_16a es-lanacion-nueve-zapadores (label Shoigu's council, both figures)
    text = ("En junio, Rusia anunció el despliegue de 1.000 soldados de ingeniería y unos 5.000 "
            "trabajadores norcoreanos para \"la reconstrucción\" de Kursk, recuperada de Ucrania "
            "dos meses antes por las fuerzas de Moscú con la ayuda de un contingente del país "
            "asiático.")
    assert {row[2] for row in _read(text, "es")} == {SHOIGU}
    # round_16zz23 en-16zz23-kbs-194255-cnn-25000-30000 (label Shoigu's council)
    text = ("Last month, Russia announced that North Korea would send six-thousand personnel to "
            "undertake reconstruction work, with South Korea warning that additional troop "
            "deployments could begin as early as July.")
    assert _read(text, "en")[0][2] == SHOIGU
    # round_16zz8 ko-16zz8-sbs-khinshtein-sappers-builders (label Shoigu's council): the
    # subject's particle, its verb at the sentence's end; the photo credit is no source
    text = ("이후 러시아는 북한이 쿠르스크 지역 지뢰 제거를 위한 공병 병력 1천 명과 "
            "인프라 재건을 위한 군사 건설 인력 5천 명을 추가로 파병하기로 했다고 "
            "밝혔습니다.(사진=AP, 연합뉴스)")
    assert {row[2] for row in _read(text, "ko")} == {SHOIGU}


def test_near_misses_russia_named_as_destination_quoted_or_before_another_statement():
    # round_16zg de-16zg-kbs-101906-selenskyj-12000 (label the Pentagon): Russia the destination
    text = ("Das US-Verteidigungsministerium hatte früher am Montag mitgeteilt, dass Nordkorea "
            "etwa 10.000 Soldaten nach Russland entsandt habe.")
    assert _read(text, "de")[0][2] == "US Department of Defense"
    # devset es-amuracms-cinco-mil (label Unattributed): the Kremlin's clause, then an
    # impersonal estimate after a semicolon
    text = ("El Kremlin reconoció que un numeroso contingente de soldados norcoreanos participó "
            "en los combates contra las fuerzas ucranianas en el frente de Kursk, y, si bien, no "
            "se proporcionaron cifras precisas sobre el número de decesos entre las filas de las "
            "unidades asiáticas; se estima que Pyongyang habría enviado cerca de 10.000 soldados "
            "a la región rusa, de los cuales cerca de 2.000 habrían fallecido.")
    assert {row[2] for row in _read(text, "es")} == {NOBODY}
    # https://times.abema.tv/articles/-/10147197: Russia that forms units (its particle, a
    # speech word later in the sentence): not the Security Council (read as before)
    text = ("ウクライナ・メディアによりますと、ロシアは最大3000人の北朝鮮兵士を含む部隊をロシア"
            "国内で編成し、今後、ウクライナとの国境に近いクルスク州などに投入する可能性があると"
            "いうことです。")
    assert _read(text, "ja")[0][2] == NOBODY
