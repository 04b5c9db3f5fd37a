"""Article rules of session 30 (issue 16, helper 30ab), from round 16zz29's errors.

Round 16zz29 (13 articles, 27 figures) was scored on e62d91a0 before anyone read it, then read as
development material. Each rule below is a feature of a language's grammar or wording, not of one
excerpt. Every first text is the real sentence of the round with its page's URL; sentences of the
same form from other stored pages say so with their URL; the others are written for this test.
Expected values by hand from the text; each group holds near misses that must stay.

* A subject relative pronoun after a name ("…, que informó de unos 100 muertos", "the NIS, which
  reported") makes that name the speaker of its clause's figures, even an intelligence body of the
  sentence's first speaker's own government (``clauses.SUBJECT_GAP``, ``speaks_in_relative``).
* Losses a sending makes up for are its purpose, not its number's metric ("sent an additional
  3,000 to 4,000 soldiers to compensate for the losses", "pour compenser les pertes", "для
  восполнения потерь", "손실을 보충하기 위해", "損失を補うため"); harm done to oneself ("injuring
  themselves") is no loss of the war (``ARTICLES["made_up_for"]``, ``made_up_for_after``,
  ``self_inflicted_after``).
* Earlier estimates nobody is named for, as the subject of their verb ("Earlier estimates mentioned
  3,000 casualties"), are impersonal: no source carried from the sentence before.
* Prisoners counted in an exchange between Russia and Ukraine ("총 314명의 전쟁 포로를 교환",
  "exchange 314 prisoners of war") are both sides' prisoners, no capture of North Koreans.
* A group speaking for captives speaks the quotation opening after its name and closed by
  its speech verb ("장세율 대표는 … “… 북한군 2명은 …”고 말했다"); the ministry it
  asked, named inside, is no source.
* "2人とも", "2명 모두" (both of them) tell an earlier figure's people again.
* A part of a deployment told as reinforcements ("14,000 troops, including 3,000 reinforcements")
  is a later wave, not a part dropped.

Measured and not kept: a deployment in a sentence whose period begins in 2025 or later ("at the
beginning of the year" in an article of 2025) read as a later wave: one figure of 16zz29 right, but
on every labelled set metric 0.950 -> 0.949 (16k, 16s, 16u, 16zt, 16zu, 16zv, 16zy7, 16zy9 worse).
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
JCS = "South Korea Joint Chiefs of Staff"
WITNESS = "Individual witnesses and sources"


def test_spanish_relative_clause_speaker():
    # https://es-us.noticias.yahoo.com/corea-norte-enviar%C3%A1-recursos-ayudar-125003225.html
    text = ("Según Kiev, Washington y Seúl, actualmente habría unos 12.000 soldados norcoreanos en "
            "suelo ruso. El JCS señala que al menos 1.100 de ellos habían muerto o resultado "
            "heridos, en línea con lo informado la semana pasada por la agencia de inteligencia "
            "de Corea del Sur, que informó de unos 100 muertos y otros 1.000 heridos en la región "
            "rusa de Kursk.")
    assert _read(text, "es")[1:] == [
        ["al menos 1.100", "killed_or_wounded", JCS, 1100.0],
        ["de unos 100", "killed", NIS, 100.0],
        ["otros 1.000", "wounded", NIS, 1000.0]]
    # (written) the same form with the NIS's name
    assert _read("El JCS señala que al menos 1.100 soldados norcoreanos habían muerto o resultado "
                 "heridos, en línea con lo informado por el NIS, que informó de unos 100 muertos.",
                 "es") == [["al menos 1.100", "killed_or_wounded", JCS, 1100.0],
                           ["de unos 100", "killed", NIS, 100.0]]


def test_relative_clause_without_speech_is_no_speaker():
    # near miss (written): a relative clause that says nothing leaves the figure to the speaker
    assert _read("El JCS señala que al menos 100 soldados norcoreanos habían muerto, en línea con "
                 "el NIS, que está en Seúl.", "es") == [["al menos 100", "killed", JCS, 100.0]]


def test_losses_made_up_for_are_no_metric_english():
    # https://dailywrap.net/en-gb/north-korean-casualties-in-russia-ukraine-conflict-surge,7141027741468801a
    text = ("According to NIS, after a brief withdrawal from the front line in the Kursk region, "
            "North Korea sent an additional 3,000 to 4,000 soldiers to compensate for the losses.")
    assert _read(text, "en") == [
        ["an additional 3,000 to 4,000", "additional_deployed", NIS, 3500.0]]
    # (written after https://news.kbs.co.kr/news/pc/view/view.do?ncd=8188633: "another around
    # 2,000 people, to come to replenish the losses they already had")
    assert [r[:2] for r in _read("North Korea is preparing to send another 2,000 soldiers to "
                                 "replenish the losses they already had.", "en")] == [
        ["another 2,000", "additional_deployed"]]
    # round 16u's mixedtimes (Reuters), labelled additional_deployed: the reinforcements are a
    # later wave, no part of the total dropped
    text = ("North Korea has sent an estimated total of 14,000 troops, including 3,000 "
            "reinforcements to replace its losses, Ukrainian officials say.")
    assert [r[:2] for r in _read(text, "en")] == [["14,000", "deployed"],
                                                 ["3,000", "additional_deployed"]]


def test_losses_before_the_purpose_stay():
    # near miss (written): the losses counted, then the sending to replace them
    assert [r[:2] for r in _read("North Korea lost 3,000 soldiers in Kursk, and sent 2,000 more "
                                 "to replace them.", "en")] == [
        ["3,000", "killed_or_wounded"], ["2,000 more", "additional_deployed"]]


def test_losses_made_up_for_in_other_languages():
    assert [r[:2] for r in _read("Selon le NIS, la Corée du Nord a envoyé 3000 soldats "
                                 "supplémentaires pour compenser les pertes.", "fr")] == [
        ["3000", "additional_deployed"]]
    assert [r[:2] for r in _read("По данным NIS, КНДР отправила еще 3000 военных для "
                                 "восполнения потерь.", "ru")] == [
        ["еще 3000", "additional_deployed"]]
    assert [r[:2] for r in _read("국정원에 따르면 북한은 손실을 보충하기 위해 "
                                 "3천 명을 추가 파병했다.", "ko")] == [
        ["3천 명", "additional_deployed"]]
    assert [r[:2] for r in _read("国家情報院によると、北朝鮮は損失を補うため"
                                 "3000人を追加派兵した。", "ja")] == [
        ["3000人", "additional_deployed"]]


def test_self_harm_is_no_wound_of_the_war():
    # https://dailywrap.net/en-gb/north-korean-casualties-in-russia-ukraine-conflict-surge,7141027741468801a
    assert _read("Some North Koreans of conscription age are taking drastic measures, injuring "
                 "themselves to avoid being sent to the front.", "en") == []
    # near miss (written)
    assert _read("Twenty North Korean soldiers were wounded in Kursk.", "en") == [
        ["Twenty", "wounded", "Unattributed", 20.0]]


def test_earlier_estimates_are_impersonal():
    # https://dailywrap.net/en-gb/north-korean-casualties-in-russia-ukraine-conflict-surge,7141027741468801a
    text = ("The South Korean intelligence service, NIS, has reported that the number of North "
            "Korean soldiers killed or wounded in the war with Ukraine has exceeded 4,000. Earlier "
            "estimates mentioned 3,000 casualties, which constituted nearly one-quarter of the "
            "11,000 soldiers sent to Russia by the Pyongyang regime.")
    assert [r[2] for r in _read(text, "en")] == [NIS, "Unattributed", "Unattributed"]
    # near miss (written): a source's own earlier estimates, no verb of their own
    text = ("The NIS said 4,000 North Korean soldiers were killed or wounded. The NIS's earlier "
            "estimates of 3,000 casualties were too low.")
    assert [r[2] for r in _read(text, "en")] == [NIS, NIS]


def test_prisoners_exchanged_are_no_capture():
    # https://www.donga.com/news/amp/all/20260206/133310875/1
    text = ("러시아와 우크라이나가 지난 5일(현지시간) 총 314명의 전쟁 포로를 "
            "교환하기로 합의했지만, 한국 귀순 의사를 밝혀온 북한군 포로 2명은 "
            "교환 대상에서 빠진 것으로 확인됐다.")
    assert [r[0] for r in _read(text, "ko")] == ["2명"]
    # (written) the same in Japanese and English
    assert [r[0] for r in _read("ロシアとウクライナは5日、計314人の捕虜交換で合意したが、"
                                "北朝鮮軍の捕虜2人は対象から外れた。", "ja")] == ["2人"]
    assert [r[0] for r in _read("Russia and Ukraine agreed on Thursday to exchange 314 prisoners "
                                "of war, but two North Korean soldiers captured in Kursk were left "
                                "out.", "en")] == ["two"]
    # near miss: North Korean captives offered in an exchange are counted
    assert [r[:2] for r in _read("Zelensky offered to exchange two North Korean prisoners for "
                                 "Ukrainians held in Russia.", "en")] == [["two", "captured"]]


def test_a_group_speaks_its_quotation():
    # https://www.donga.com/news/amp/all/20260206/133310875/1
    text = ("탈북민 단체 ‘겨레얼통일연대’의 장세율 대표는 6일 뉴스1에 “그간 포로 송환 문제에 있어 "
            "협력해온 국제 비정부기구(NGO)를 통해 우크라이나 국방부 산하 ‘전쟁포로처우조정본부’에 "
            "확인해본 결과, 북한군 2명은 이번 포로 협상에서 배제됐다”고 말했다.")
    assert _read(text, "ko") == [["2명", "captured", WITNESS, 2.0]]


def test_both_of_them_tell_the_captives_again():
    # https://www.chosunonline.com/site/data/html_dir/2025/02/21/2025022180054.html
    text = ("ロシアと戦争中のウクライナ軍は先月9日、ロシアに派遣された北朝鮮軍の兵士2人を捕らえて"
            "捕虜としたが、本紙は最近、ウクライナのある捕虜収容所で2人の兵士と面会した。"
            "派遣された北朝鮮兵は全員、精鋭部隊「暴風軍団」の所属だとされていたが、2人とも"
            "インタビューで「偵察総局所属の兵士」と明らかにした。")
    assert [r[:2] for r in _read(text, "ja")] == [["2人", "captured"]]
