"""The article reader on the error classes of round 16b in Russian and Ukrainian (issue 16, 16l).

Round 16b (``tests/cases/articles/round_16b.yml``) was scored untuned, then made a development
round: the sentences below are from its ru/uk articles and from other stored public pages (URL
given), each expected value written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from articles_devset import figure_rows as _rows
from articles_devset import load_yaml, round_lines, score

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
SEOUL = "South Korea government"
STATE = "US State Department"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
UNATTRIBUTED = "Unattributed"
MEDIA = "News media (own reporting)"

ROUND = Path(__file__).parent / "cases" / "articles" / "round_16b.yml"


def _round(article_id: str, first: int = 0, last: int | None = None) -> str:
    return round_lines("round_16b.yml", article_id, first, last)


def test_round_16b_ru_and_uk_scores_only_go_up():
    # main before 16l (e0f0dde): ru precision 0.73, recall 0.89, metric 0.88, claimant 0.62,
    # every field 0.62; uk 0.67 / 0.86 / 1.00 / 0.67 / 0.67. After: ru 1.00 / 1.00 / 0.89 / 0.89 /
    # 0.78 (left: the headline's vague "тысяч бойцов", labelled the new wave; Robert Wood
    # labelled US government where the dev set's uk-16q-unian-wood has the State Department),
    # uk 1.00 / 0.86 / 1.00 / 1.00 / 1.00 (left: "Половина з близько трьох мільйонів" labelled
    # 1.5 million where the dev set and round 16k label neither the share nor Russia's total)
    articles = load_yaml(ROUND)
    result = score([a for a in articles if a["lang"] in ("ru", "uk")])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    for lang, floor in (("ru", (1.0, 1.0, 0.88, 0.88, 0.77)), ("uk", (1.0, 0.85, 1.0, 1.0, 1.0))):
        got = tuple(result[lang][k] for k in ("precision", "recall", "metric", "claimant",
                                              "all_fields"))
        assert all(g >= f for g, f in zip(got, floor, strict=True)), (lang, got)


def test_north_korean_army_is_not_another_army():
    # radio1 (ru-radio1-10000-builders): "солдат … северокорейской армии" names North Korea's
    # army; the sentence after ("Еще 1 тыс. военнослужащих …") counts its soldiers too, from the
    # NIS the outlet cited ("По данным издания" after "… со ссылкой на данные NIS")
    rows = _rows(_round("ru-radio1-10000-builders", 1, 3), "ru", "2025-11-05")
    assert rows == [("Около 10 тысяч", "additional_deployed", NIS),
                    ("порядка 5 тыс.", "additional_deployed", NIS),
                    ("Еще 1 тыс.", "additional_deployed", NIS)]


def test_a_vague_headline_figure_is_no_exact_body_figure_again():
    # radio1: the headline's "тысяч бойцов" stays a figure of its own, not "Еще 1 тыс." again
    rows = _rows(_round("ru-radio1-10000-builders"), "ru", "2025-11-05")
    assert [t for t, _, _ in rows] == ["тысяч", "Около 10 тысяч", "порядка 5 тыс.", "Еще 1 тыс."]


def test_the_outlet_named_again_is_the_source_it_cited_or_its_own():
    # radio1: "Об этом сообщило … «Рёнхап» со ссылкой на данные Национальной разведывательной
    # службы страны. По данным издания, …": the NIS
    assert _rows(_round("ru-radio1-10000-builders", 1, 3), "ru", "2025-11-05")[1][2] == NIS
    # ipress (dev set uk-ipress-vyznav): "Про це повідомляє rfi. За даними видання, …": the
    # outlet's own reporting, no source before it
    text = ("Про це повідомляє rfi.\nЗа даними видання, у боях в Україні загинули щонайменше 600 "
            "північнокорейських військових, ще тисячі отримали поранення.")
    assert _rows(text, "uk", "2025-08-30") == [("щонайменше 600", "killed", MEDIA),
                                               ("ще тисячі", "wounded", MEDIA)]


def test_soldiers_who_returned_in_a_participle_phrase_are_no_figure():
    # haqqin (ru-haqqin-6000-casualties): "примерно 1,1 тыс. военнослужащих, вернувшихся в КНДР
    # …, могут быть вновь направлены": the returned soldiers, no deployment
    assert _rows(_round("ru-haqqin-6000-casualties", 3, 4), "ru", "2026-02-13") == []
    # the same with a Ukrainian relative "що" and a passive participle (written by hand)
    for text in ("Розвідка додає, що приблизно 1,1 тис. військових, що повернулися до КНДР у "
                 "грудні, можуть бути знову направлені до Росії.",
                 "Розвідка додає, що приблизно 1,1 тис. військових, повернутих до КНДР у грудні, "
                 "можуть бути знову направлені до Росії."):
        assert _rows(text, "uk", "2026-02-13") == []


def test_russia_bearing_losses_is_not_our_story():
    # vmestezp (uk-vmestezp-times-shells): "Росія зазнає великих втрат в Україні — 1200 військових
    # на добу, з них 480 — …": Russia's losses
    assert _rows(_round("uk-vmestezp-times-shells", 3, 5), "uk", "2024-10-21") == []
    text = "Северокорейские солдаты воюют в Курской области. Россия несёт большие потери — " \
           "1200 военных в сутки."
    assert _rows(text, "ru") == []


def test_latin_letters_glued_to_a_number_make_a_model_name():
    # souz (ru-souz-kharkiv-kn23): "ракеты КНДР HVASON 11GA (KN-23)": no eleven missiles
    assert _rows(_round("ru-souz-kharkiv-kn23", 3, 4), "ru", "2024-02-07") == []


def test_ammunition_russia_fires_or_uses_is_no_sending():
    # souz: "Две из пяти ракет, выпущенных утром по Харькову, — северокорейского производства":
    # the missiles of one strike; "девять ракет северокорейского производства" Russia used are
    # North Korea's (the deputy ambassador to the UN: the State Department, as the dev set's
    # uk-16q-unian-wood)
    assert _rows(_round("ru-souz-kharkiv-kn23", 2, 5), "ru", "2024-02-07") == [
        ("по меньшей мере девять", "materiel_sent", STATE)]
    # vmestezp: "Половина з близько трьох мільйонів артилерійських снарядів на рік, які
    # використовує Росія …": Russia's yearly use, of which half comes from North Korea (the dev
    # set's fr-unsujet-donetsk and round 16k's es-16k-noticiasdelmundo-times label neither)
    assert _rows(_round("uk-vmestezp-times-shells", 0, 1), "uk", "2024-10-21") == []
    # meta.ua (https://meta.ua/uk/news/war-in-ukraine/93115-rosiya-otrimala-ponad-milion-
    # snaryadiv-vid-pivnichnoyi-koreyi-bloomberg): sent, then used: a figure
    text = ("Північна Корея відправила росіянам понад 1 мільйон артилерійських снарядів, які "
            "кремль використовує для вторгнення в Україну.")
    assert _rows(text, "uk", "2023-11-01") == [("понад 1 мільйон", "materiel_sent", UNATTRIBUTED)]


def test_the_corresponding_message_names_whose_figures_they_are():
    # vgolos (uk-vgolos-two-pows): "Відповідне повідомлення з'явилось у Telegram президента
    # України Володимира Зеленського."
    assert _rows(_round("uk-vgolos-two-pows", 0, 2), "uk", "2025-01-11") == [
        ("двох", "captured", ZELENSKY)]
    text = ("Украинские военные впервые взяли в плен двух солдат КНДР в Курской области. "
            "Соответствующее сообщение появилось в Telegram-канале президента Украины Владимира "
            "Зеленского.")
    assert _rows(text, "ru", "2025-01-11") == [("двух", "captured", ZELENSKY)]


def test_the_first_captive_is_one():
    # bukvy (uk-bukvy-first-pow-11000): the headline's "взяли у полон першого північнокорейця"
    # is the capture, one soldier, the NIS's; the body's "першого військового" tells it again
    found = extract_figures(_round("uk-bukvy-first-pow-11000"), "uk", "2024-12-27")
    assert list(zip(found["figure_text"], found["metric"], found["claimant"], found["best"],
                    strict=True)) == [
        ("першого північнокорейця", "captured", NIS, 1.0),
        ("близько 11 000", "deployed", SEOUL, 11000.0)]


def test_a_headline_country_is_the_body_of_it_the_article_names():
    # radio1: "Южная Корея заявила об отправке тысяч бойцов КНДР" (headline) over the NIS the
    # outlet cited below; zaxid (round 16w uk-16w-zaxid-shin-10-tys-konteyneriv): "Південна Корея
    # заявила про передачу КНДР близько 5 млн артилерійських снарядів" over the defence minister
    assert _rows(_round("ru-radio1-10000-builders", 0, 3), "ru", "2025-11-05")[0] == (
        "тысяч", "deployed", NIS)
    text = round_lines("round_16w.yml", "uk-16w-zaxid-shin-10-tys-konteyneriv")
    assert _rows(text, "uk", "2024-06-14")[0] == (
        "близько 5 млн", "materiel_sent", "South Korea Ministry of National Defense")
