"""The article reader on the error classes of round 16f in Russian and Ukrainian (issue 16, 16x).

Round 16f (``tests/cases/articles/round_16f.yml``) was scored untuned, then made a development
round: the sentences below are from its ru/uk articles and the dev set (id given), each
expected value written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from articles_devset import figure_rows as _rows
from articles_devset import load_yaml, round_lines, score

from analysis.articles.reader import split_sentences

NIS = "South Korea National Intelligence Service (NIS)"
MND = "South Korea Ministry of National Defense"
NORTH = "North Korea (state media and leadership)"
WEST = "Western intelligence (unnamed)"
MEDIA = "News media (own reporting)"
UNATTRIBUTED = "Unattributed"

ROUND = Path(__file__).parent / "cases" / "articles" / "round_16f.yml"


def _round(article_id: str, first: int = 0, last: int | None = None) -> str:
    return round_lines("round_16f.yml", article_id, first, last)


def test_round_16f_ru_and_uk_scores_only_go_up():
    # main before 16x (61f030f): ru precision 1.00, recall 1.00, metric 0.90, claimant 0.80,
    # every field 0.70; uk 0.92 / 0.86 / 0.92 / 0.42 / 0.33. After: ru 1.00 on every score;
    # uk 1.00 / 0.86 / 0.92 / 0.83 / 0.75. Left in uk: "втрати щонайменше у 600 осіб" labelled
    # killed (losses are killed or wounded, rule 3 of docs/articles.md); the capture of
    # "Двоє солдатів …, повідомило видання Yonhap" labelled Unattributed (the sentence's outlet
    # is its source, rule 5); the lede's "12 тисяч" whose source (ГУР) is named only in a
    # sub-heading after it; gordonua's first sentence, cut from its headline, names no North
    # Korea and its containers are missed
    articles = load_yaml(ROUND)
    result = score([a for a in articles if a["lang"] in ("ru", "uk")])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    for lang, floor in (("ru", (1.0, 1.0, 1.0, 1.0, 1.0)),
                        ("uk", (1.0, 0.85, 0.91, 0.83, 0.75))):
        got = tuple(result[lang][k] for k in ("precision", "recall", "metric", "claimant",
                                              "all_fields"))
        assert all(g >= f for g, f in zip(got, floor, strict=True)), (lang, got)


def test_waves_of_the_sending_count_no_people():
    # nikvesti: "у перших двох хвилях відправки" counts waves; the 350 are North Korea's own
    # figure ("Північна Корея офіційно повідомляла"), not the NIS of the sentence after
    text = ("Північна Корея офіційно повідомляла про близько 350 загиблих у перших двох хвилях "
            "відправки. У квітні NIS оцінювала втрати щонайменше у 600 осіб.")
    rows = _rows(text, "uk", "2025-09-02")
    assert len(rows) == 2 and rows[1][0].endswith("600")
    assert rows[0] == ("близько 350", "killed", NORTH)
    assert rows[1][2] == NIS
    # North Korea as the speaker in Russian: the first clause of a real sentence
    # (https://news.novyny.live/ru/skilki-viiskovikh-kndr-zaginuli-u-boiakh-za-rosiiu-dani-rozvidki-278201.html;
    # its contrasting clause after, "тогда как NIS … сообщила", still wins: 16r's C7, left)
    rows = _rows("Северная Корея сообщила, что во время первого и второго этапов развертывания "
                 "войск погибло около 350 человек.", "ru", "2025-09-02")
    assert rows == [("около 350", "killed", NORTH)]


def test_north_korea_holding_its_verb_speaks_past_a_word_of_sending():
    # nikvesti's last paragraph opens a quotation it never closes (one sentence): North Korea
    # "повідомляла" is the speaker of its 350, though "відправки" follows in its clause
    rows = _rows(_round("uk-16f-nikvesti-2000", 5), "uk", "2025-09-02")
    assert rows[0] == ("близько 350", "killed", NORTH)


def test_a_lawmaker_relaying_the_intelligence_service_by_another_noun():
    # nikvesti: "За словами парламентарів …, розвідслужба також заявила": the NIS's briefing,
    # and "Крім того, …" goes on with it; "Yonhap.News" is one name (no sentence cut inside)
    rows = _rows(_round("uk-16f-nikvesti-2000", 0, 5), "uk", "2025-09-02")
    assert rows == [("близько 2 тисяч", "killed", NIS),
                    ("близько 13 тисяч", "deployed", NIS),
                    ("ще близько 6 000", "additional_deployed", NIS),
                    ("близько тисячі", "additional_deployed", NIS)]


def test_a_latin_name_glued_by_its_full_stop_is_one_word_in_a_cyrillic_text():
    text = ("Про це повідомляє південнокорейська агенція новин Yonhap.News. "
            "За даними Yonhap.News, так.")
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Про це повідомляє південнокорейська агенція новин Yonhap.News.",
        "За даними Yonhap.News, так."]
    # a German full stop glued to the next sentence still ends it (KBS World)
    german = "Die Soldaten sind gefallen.Dies teilte der NIS mit."
    assert len(split_sentences(german)) == 2


def test_the_outlets_source_named_in_the_sentence_after_it():
    # uanews: "Об этом сообщает РБКУкраина со ссылкой на BBC. Соответствующие данные изданию
    # сообщили западные чиновники.": the Western officials' figures, the headline's too
    rows = _rows(_round("ru-16f-uanews-bbc-4000"), "ru", "2025-01-22")
    assert rows[:2] == [("около 1000", "killed", WEST),
                        ("около 4000", "killed_or_wounded", WEST)]
    # an outlet alone stays the source
    text = "\n".join(_round("ru-16f-uanews-bbc-4000", 1, 4).split("\n"))
    assert _rows(text, "ru", "2025-01-22") == [("около 4000", "killed_or_wounded", MEDIA),
                                               ("около 1000", "killed", MEDIA)]


def test_a_closing_source_reaches_past_the_journalists_guess():
    # 24tv: "Імовірно, саме з цієї зброї гатять по Україні." (no figure) does not end the
    # report that "Такі дані навела … національна розвідувальна служба" closes
    rows = _rows(_round("uk-16f-24tv-million-shells"), "uk", "2023-11-01")
    assert rows == [("мільйон", "materiel_sent", NIS)]
    # an impersonal sentence with a figure of its own still ends it
    text = ("Північна Корея відправила до Росії мільйон артилерійських снарядів. Імовірно, "
            "ще 5 тисяч солдатів уже прибули до Росії. Саме з цієї зброї гатять по Україні. "
            "Такі дані навела національна розвідувальна служба Південної Кореї.")
    assert _rows(text, "uk", "2023-11-01")[0] == ("мільйон", "materiel_sent", UNATTRIBUTED)


def test_shin_won_sik_in_every_spelling_and_supposing():
    # gordonua: "Шин Вон Сік також припустив в інтерв'ю, що КНДР передала … десятки
    # балістичних ракет"
    rows = _rows(_round("uk-16f-gordonua-4-8-mln", 2, 3), "uk", "2024-06-14")
    assert rows == [("десятки", "materiel_sent", MND)]


def test_the_dead_counted_on_a_memorial():
    # tass: "мемориальная стена, где были размещены портреты 101 человека" (the fallen), not a
    # deployment ("размещены"); the dev set's uk-pravda-stela: "стела з фотографіями 101 бійця"
    rows = _rows(_round("ru-16f-tass-101-portraits"), "ru", "2025-08-22")
    assert rows == [("101", "killed", NORTH)]
    text = round_lines("devset.yml", "uk-pravda-stela")
    # (its source line lists three sources, "Джерело: … ЦТАК, Meduza, …": left Unattributed)
    assert [r[:2] for r in _rows(text, "uk", "2025-08-22")] == [("101", "killed")]
