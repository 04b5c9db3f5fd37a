"""Rules of helper art35b (issue 16, session 35): the claimant field across the labelled sets.

The claimant confusions of every labelled set were counted by language, label and reading
(``/work/notes/s35/tools/claim_conf.py``); the largest class that is one rule of a language
and that the codebook reads one way was ru "News media (own reporting)" read Unattributed.
Several of its rows are the Ukrainian outlets' own Russian editions naming themselves, and no
ru name of them was in the tables ("Об этом сообщает 24 Канал со ссылкой на The Telegraph",
"пишет УНН со ссылкой на Yonhap", "в расследовании «Суспільного»"); the uk table lacked "24
Канал" and "УНН" too. An outlet naming itself (or another outlet) as the figure's reporter is the
news media's own reporting (docs/articles.md, outlets 19nm; the codebook's "## Articles").

Kept apart: "24 Каналу" in the dative (the one interviewed speaks to the channel) and the
editor's note in brackets inside a quotation ("(з Трампом – 24 Канал)"), and an outlet still
yields to a source its sentence names ("Зеленський повідомив, що … Про це повідомляє 24 Канал").

The uk class of "South Korea National Intelligence Service (NIS)" read Unattributed held a form
of the language: "розвідка" writes its dative and locative with ц ("Раніше у розвідці Південної
Кореї розповіли", "– повідомили у розвідці Південної Кореї", "В українській розвідці
наголошують"), and the tables' names stopped at the stem's к ("розвідк\\w*"); ru "в разведке"
keeps its к and was read. Kept apart: "у розвідці" with no country (an anaphor, as before) and
"служив у розвідці" (no speaking).

Sentences are from the labelled sets (their id) or written in their form (said so). Expected
values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

MEDIA = "News media (own reporting)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"


def test_24_kanal_closing_the_report_is_the_news_media_ru():
    # round_16zn ru-16zn-24tv-telegraph-deminers
    text = ("Около 10 тысяч военных из КНДР сейчас находятся вблизи российско-украинской "
            "границы. Об этом сообщает 24 Канал со ссылкой на The Telegraph.")
    assert _read(text, "ru") == [["Около 10 тысяч", "deployed", MEDIA, 10000.0]]
    # written in the form of story_figures_16cg ("Об этом сообщает 24 Канал со ссылкой на The
    # Chosun Daily"), the outlet alone
    text = ("Около 10 тысяч военных из КНДР сейчас находятся вблизи российско-украинской "
            "границы. Об этом сообщает 24 Канал.")
    assert _read(text, "ru") == [["Около 10 тысяч", "deployed", MEDIA, 10000.0]]


def test_24_kanal_closing_the_report_is_the_news_media_uk():
    # round_16zt (uk): "Про це повідомляє 24 Канал з посиланням на The Chosun Daily."
    text = ("Ще 5 тисяч північнокорейців будуть залучені до відбудови інфраструктури на "
            "окупованих територіях. Про це повідомляє 24 Канал з посиланням на The Chosun Daily.")
    assert _read(text, "uk") == [["Ще 5 тисяч", "additional_deployed", MEDIA, 5000.0]]


def test_ukrainian_outlets_by_name_in_ru():
    # round_16zd ru-16zd-obozrevatel-sondovon-two-children
    text = ("В 2024-2025 годах по меньшей мере двое детей из захваченных территорий россияне "
            "возили в лагерь \"Сондовон\" в КНДР. Об этом говорится в расследовании "
            "\"Суспільного\".")
    assert [r[2] for r in _read(text, "ru")] == [MEDIA]
    # written in the form of round_16zt ru-16zt-unn-yonhap-engineers ("…, пишет УНН со ссылкой
    # на Yonhap"), the outlet alone closing the sentence, in ru and uk
    text = "КНДР отправила в Россию около 12 тысяч военных, пишет УНН."
    assert _read(text, "ru") == [["около 12 тысяч", "deployed", MEDIA, 12000.0]]
    text = "КНДР відправила до Росії близько 12 тисяч військових, пише УНН."
    assert _read(text, "uk") == [["близько 12 тисяч", "deployed", MEDIA, 12000.0]]


def test_the_channel_interviewing_or_in_an_editors_note_is_no_source():
    # written in the form of round_16zz38 ("… Тарас Березовец объяснил 24 Каналу, что …"):
    # the dative is the channel spoken to, no outlet reporting
    text = "Около 10 тысяч военных из КНДР находятся в Курской области, объяснил 24 Каналу эксперт."
    assert [r[2] for r in _read(text, "ru")] == ["Unattributed"]
    # round_16zz20 (ru): the editor's note in brackets inside the speaker's words
    text = ("Как рассказал госсекретарь (Энтони Блинкен – 24 Канал) в четверг, в Курскую "
            "область прибыли около 8 тысяч северокорейских военных.")
    assert [r[2] for r in _read(text, "ru")] == ["US State Department"]


def test_a_source_named_in_the_sentence_keeps_the_figure_over_the_channel():
    # round_16zf (uk): Zelensky speaks, the channel only relays him
    text = ("Під час спілкування з журналістами на Мюнхенській безпековій конференції Зеленський "
            "повідомив, що Кремль просить відправити на Курщину ще кілька тисяч військових КНДР. "
            "Про це повідомляє 24 Канал.")
    assert [r[2] for r in _read(text, "uk")] == [ZELENSKY]


def test_the_locative_of_intelligence_names_the_body_uk():
    # round_16zj uk-16zj-unian-nis-2000-6000 (the figure's sentence carries the body named in
    # the locative the sentence before)
    text = ("Раніше у розвідці Південної Кореї розповіли, скільки військових КНДР загинуло на "
            "війні в Україні. За інформацією розвідників, йдеться про 2 тисячі загиблих солдатів "
            "союзника РФ.")
    assert _read(text, "uk") == [["2 тисячі", "killed", NIS, 2000.0]]
    # round_16b (uk): "– повідомили у розвідці Південної Кореї" closing the quotation
    text = ("“Завдяки обміну інформацією у режимі реального часу з розвідувальним відомством "
            "дружньої країни (ми) підтверджуємо факт взяття у полон пораненого північнокорейського "
            "солдата”, – повідомили у розвідці Південної Кореї.")
    assert [r[1:3] for r in _read(text, "uk")] == [["captured", NIS]]
    # round_16zj (uk): "В українській розвідці наголошують, що …"
    text = ("КНДР продовжує допомагати Росії в агресії проти України. В українській розвідці "
            "наголошують, що Пхеньян може перекинути ще кілька тисяч військових.")
    assert [r[1:3] for r in _read(text, "uk")] == [["additional_deployed", HUR]]


def test_the_locative_of_intelligence_with_no_body_named_stays_as_it_was_uk():
    # written: a man who served in intelligence names no source
    text = "Він служив у розвідці, коли КНДР відправила до Росії близько 11 тисяч військових."
    assert [r[2] for r in _read(text, "uk")] == ["Unattributed"]
