"""The article reader on the error classes of round 16k in Russian and Ukrainian (issue 16, 16g).

Round 16k (``tests/cases/articles/round_16k.yml``) was scored untuned, then made a development
round: the sentences below are from its ru/uk articles and from other stored public pages (URL
given), each expected value written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from articles_devset import figure_rows as _rows
from articles_devset import load_yaml, round_lines, score

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
AMBASSADOR = "Russian ambassador to North Korea (Alexander Matsegora)"
US = "US government (unspecified)"

ROUND = Path(__file__).parent / "cases" / "articles" / "round_16k.yml"


def _round(article_id: str, first: int = 0, last: int | None = None) -> str:
    return round_lines("round_16k.yml", article_id, first, last)


def test_round_16k_ru_and_uk_scores_only_go_up():
    # main before 16g: ru precision 0.50, recall 1.00, metric 0.75, claimant 0.50, every field
    # 0.25; uk 0.86 / 0.86 / 1.00 / 0.83 / 0.83. After: ru 1.00 on each, uk 1.00 / 0.93 / 1.00 /
    # 1.00 / 1.00 (left: "Обох солдатів КНДР відправили до Києва", both captives as a figure)
    articles = load_yaml(ROUND)
    result = score([a for a in articles if a["lang"] in ("ru", "uk")])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    for lang, floor in (("ru", (1.0, 1.0, 1.0, 1.0, 1.0)), ("uk", (1.0, 0.92, 1.0, 1.0, 1.0))):
        got = tuple(result[lang][k] for k in ("precision", "recall", "metric", "claimant",
                                              "all_fields"))
        assert all(g >= f for g, f in zip(got, floor, strict=True)), (lang, got)


def test_a_seizing_verb_is_a_capture_not_a_deployment():
    # ukr.radio.fm (ru-16k-ukrradio-two-captured), its headline: "захватила" governs the soldiers
    assert _rows(_round("ru-16k-ukrradio-two-captured", 0, 1), "ru", "2025-01-13") == [
        ("2", "captured", NIS)]
    # the whole excerpt: the headline, its paragraph ("двух раненых … солдат") and Zelensky's
    # "два захваченных" are the same two captives, one figure
    assert _rows(_round("ru-16k-ukrradio-two-captured"), "ru", "2025-01-13") == [
        ("2", "captured", NIS)]


def test_a_seizing_verb_in_ukrainian_without_a_number():
    # dsnews.ua/ukr/politics/sily-oborony-vzyali-v-plen-boyca-armii-kndr-razvedka-yuzhnoy-korei-
    # 27122024-514086: "ЗСУ захопили солдата КНДР" after the NIS confirmed it ("Як зазначається")
    text = ("Розвідувальне агентство Південної Кореї в п’ятницю підтвердило захоплення Силами "
            "оборони України пораненого північнокорейського солдата.\nЯк зазначається, "
            "підтвердження надійшло після того, як в українських військових медіа написали, що "
            "ЗСУ захопили солдата КНДР під час операції в Курській області Росії.")
    found = extract_figures(text, "uk", "2024-12-27")
    assert found[["metric", "claimant"]].values.tolist() == [["captured", NIS]]


def test_an_intelligence_body_under_the_defence_ministry_is_the_source():
    # bb.lv (ru-16k-bblv-alabuga-12000): "Главное управление разведки Министерства обороны
    # Украины" is HUR, not the ministry; the "12-часовом рабочем дне" is no count
    assert _rows(_round("ru-16k-bblv-alabuga-12000"), "ru", "2025-11-17") == [
        ("до 12 тысяч", "workers_sent", HUR)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # pravda.com.ua/rus/news/2025/08/14/7526119 ("Источник:" names the lead's source)
    ("ru", "Северная Корея в ближайшее время может отправить в Россию около 6 тысяч "
           "военнослужащих.\n\nИсточник: начальник Главного управления разведки Минобороны "
           "Украины Кирилл Буданов в интервью The Japan Times", HUR),
    ("uk", "Головне управління розвідки Міністерства оборони України повідомило, що КНДР "
           "планує надіслати до Росії ще 6 тисяч військових.", HUR),
    ("ru", "Разведка Минобороны Украины сообщила, что КНДР направила в Россию 12 тысяч "
           "военных.", HUR),
])
def test_the_body_named_first_in_the_genitive_wins(lang, text, expected):
    assert _rows(text, lang, "2025-08-14")[0][2] == expected


def test_an_ambassador_speaks_for_his_country():
    # vnews.com.ua (ru-16k-vnews-containers): "посол США при НАТО" is the US government (no
    # Matsegora for a bare "посол", NATO under "при" no other source), one figure told three
    # times
    assert _rows(_round("ru-16k-vnews-containers"), "ru", "2024-10-15") == [
        ("более тысячи", "materiel_sent", US)]
    # uanews.net (uk-16k-uanews-likuvannia): "посол РФ в Пхеньяні" is Matsegora
    text = _round("uk-16k-uanews-likuvannia", 2, 4)
    assert _rows(text, "uk", "2025-01-20") == [("сотень", "treated_in_north_korea", AMBASSADOR)]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ru", "Посол США при ООН заявил, что в Россию прибыли 10 тысяч северокорейских военных.",
     "US State Department"),
    ("uk", "Посол США заявив, що до Росії прибули 10 тисяч військових КНДР.", US),
    ("ru", "Посол России в КНДР заявил, что в санаториях КНДР лечатся сотни раненых российских "
           "бойцов.", AMBASSADOR),
    ("ru", "Посол заявил, что в санаториях КНДР лечатся сотни раненых российских бойцов.",
     "Unattributed"),
])
def test_the_ambassador_by_case_and_country(lang, text, claimant):
    assert _rows(text, lang, "2024-12-01")[0][2] == claimant


@pytest.mark.parametrize(("lang", "text"), [
    # bb.lv (ru-16k-bblv-alabuga-12000), last sentence
    ("ru", "В разведке уточнили, что рабочим из КНДР обещают оплату около 2,5 долларов в час при "
           "12-часовом рабочем дне."),
    # dialog.ua (uk-16w-dialog-sondovon-dvoe): ages joined by a hyphen
    ("uk", "Як повідомила правозахисниця Катерина Рашевська під час слухань у Сенаті США, як "
           "мінімум двох українських неповнолітніх (12-річний Мишко з окупованої Донецької області "
           "та 16-річна Ліза з Сімферополя) було відправлено до дитячого табору Сондовон у "
           "Північній Кореї, за 9000 км від їхіх будинків."),
])
def test_a_measure_joined_by_a_hyphen_is_no_count(lang, text):
    numbers = [t for t, _, _ in _rows(text, lang, "2025-11-17")]
    assert "12" not in numbers and "16" not in numbers


def test_a_pronoun_speaker_goes_on_with_the_person_named_before():
    # suspilne.media/923471 (uk-16k-suspilne-300), last two lines: "він заявляв" after Zelensky,
    # past the background words "До цього"; "двох, як він стверджує, полонених" is two captives
    text = _round("uk-16k-suspilne-300", 4)
    assert _rows(text, "uk", "2025-01-14") == [
        ("двох", "captured", ZELENSKY), ("близько чотирьох тисяч", "killed_or_wounded", ZELENSKY)]


def test_a_pronoun_speaker_in_russian():
    # stahanov.info/news/136770 (as in claimant_sentences.yml)
    text = ("Президент Владимир Зеленский отметил, что они ранены. Ранее он сообщал, что "
            "Северная Корея уже потеряла около 4000 своих солдат в войне против Украины.")
    assert _rows(text, "ru", "2025-01-12") == [("около 4000", "killed_or_wounded", ZELENSKY)]


def test_one_of_the_soldiers_is_no_count():
    # my.ua (uk-16k-myua-polonenyi-300), line 3
    text = _round("uk-16k-myua-polonenyi-300", 2, 3)
    assert _rows(text, "uk", "2025-01-20") == []


def test_moreover_carries_the_source_to_a_figure_without_a_number():
    # uanews.net (uk-16k-uanews-likuvannia): "Крім того, … табір … прийняв дітей" after
    # Matsegora's words, across a line break
    text = _round("uk-16k-uanews-likuvannia", 2, 6)
    rows = _rows(text, "uk", "2025-01-20")
    assert ("дітей", "hosted_children", AMBASSADOR) in rows


def test_the_people_a_reporter_spoke_to_and_a_time_of_day_are_no_counts():
    # 24tv.ua/economy/ru/kndr-predostavljaet-rossii-svoih-ljudej-dlja-raboty-na-zavodah-…
    # _n2892143: "северокорейцев" name the side; the six interviewees and "в 6 утра" are no figures
    text = ("Тысячи северокорейцев в прошлом году выехали на работу в Россию. Один из рабочих "
            "рассказал, что чувствовал себя, будто в трудовом лагере, в тюрьме без решетки.\n\n"
            "Все шестеро рабочих, с которыми разговаривали журналисты BBC, описывали одинаково "
            "изнурительные рабочие дни – просыпались в 6 утра и были вынуждены строить "
            "многоэтажки до 2 часов ночи следующего дня, имея только два выходных в год.")
    assert [t for t, _, _ in _rows(text, "ru", "2025-03-01")] == ["Тысячи"]
    assert _rows(text, "ru", "2025-03-01")[0][1] == "workers_sent"


def test_prisoners_of_war_in_one_word_and_intelligence_services():
    # rbc.ua/rus/news/poloneni-soldati-kndr-kievi-prosyat-povertati-1762070894.html (uk): the two
    # prisoners of war told twice are one capture
    text = ("Двоє військовополонених із Північної Кореї, які воювали на боці Росії, звернулися з "
            "проханням передати їх Південній Кореї.\n\nПро це повідомляє РБК-Україна з посиланням "
            "Deutsche Welle.\n\nДвоє північнокорейських військовослужбовців, захоплених в Україні, "
            "під час інтерв’ю для документального фільму заявили про бажання потрапити до "
            "Південної Кореї.")
    assert [(t, m) for t, m, _ in _rows(text, "uk", "2025-11-02")] == [("Двоє", "captured")]
    # interfax.com.ua/news/general/1131144.html: "розвідслужб Південної Кореї" is the NIS
    text = ("За оцінками розвідслужб Південної Кореї, з жовтня 2024 року Північна Корея направила "
            "близько 10 тисяч своїх військових до України для підтримки російських військ.")
    assert _rows(text, "uk", "2025-12-24") == [("близько 10 тисяч", "deployed", NIS)]
    # and with the West, in either language: a joint claim
    assert _rows(text.replace("Південної Кореї", "Південної Кореї та Заходу"), "uk",
                 "2025-12-24")[0][2] == "Several governments jointly"


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    # zaxid.net/pivdenna_koreya_zayavila_pro_peredachu_kndr_blizko_5_mln_…_n1587483 (headline)
    ("uk", "Південна Корея заявила про передачу КНДР близько 5 млн артилерійських снарядів для "
           "Росії", "South Korea government"),
    ("ru", "США заявили, что КНДР передала России около 5 млн артиллерийских снарядов.", US),
    # dn.ua (dev set, ru-dnua-sondowon-children) in Ukrainian: the verb agrees with the speaker,
    # not with the country of the Senate
    ("uk", "У 2024–2025 роках щонайменше двох дітей із тимчасово окупованих територій України "
           "російська сторона вивезла до дитячого табору «Сондовон» у КНДР. Про це 3 грудня 2025 "
           "року під час слухань у Сенаті США повідомила правозахисниця, експерт Регіонального "
           "центру прав людини Катерина Рашевська.",
     "Regional Center for Human Rights (Kateryna Rashevska)"),
])
def test_a_country_as_the_speaker_of_an_agreeing_verb(lang, text, claimant):
    assert _rows(text, lang, "2025-12-04")[0][2] == claimant


def test_a_pronoun_speaker_is_the_source_before_not_the_media_he_mentions():
    # mynewsua.com/6/2374876: "- написав він": the NSDC's Kovalenko, not the media ("ЗМІ") his
    # quote names
    text = ("Як передає Укрінформ, про це написав керівник Центру протидії дезінформації Ради "
            "національної безпеки й оборони України Андрій Коваленко у Телеграмі .\n\"Інформація "
            "про підготовку 100 тисяч військових КНДР і задіювання їх на території України, яка "
            "з‘явилася у ЗМІ, наразі - вигадки\", - написав він і додав, що менше 1% кадрового "
            "офіцерського складу армії КНДР володіє російською мовою.")
    assert _rows(text, "uk", "2024-10-15") == [
        ("100 тисяч", "deployed", "Ukraine National Security and Defense Council (NSDC)")]
