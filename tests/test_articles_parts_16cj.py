"""Parts told with their total, and one member of a group (helper 16cj, docs/articles.md "16cj").

Sentences of our own, written for the rule of each language, not taken from the rounds:

* **parts listed with their sum** (``ARTICLES["sum"]``, :func:`analysis.articles.parts.
  listed_with_sum`): two or more numbers of a sentence right before a sum word and their total
  ("a total of", "insgesamt", "au total", "en total", "всего", "загалом", "총", "合わせて"), or
  before a total followed by one ("6,000 in all"), adding up to it, are its breakdown: the parts
  of the total's metric, or of no event of their own, are no figures; the total stays. Parts of
  another event than the total's stay (the labelled sets keep "about 300 killed and 2,700
  wounded" beside "3,000 casualties"), and a total the reader took for a sending takes its parts'
  event;
* **one member of a group counted before** (``ARTICLES["member"]``, Korean and Japanese, where
  the counter makes "one" a number: "1人は…", "捕虜の1人は", "2명 중 1명은"): no new figure,
  unless the member's own clause tells a loss or a capture ("1人は…死亡した"). In en, de, fr, es,
  ru and uk the reader reads no "one of them" (no noun is counted): those sentences are guards.

Every sentence of ``PARTS`` and ``MEMBERS`` is read wrong before 16cj but the guards
(marked; the de "3.000 im Oktober" sentence of ``PARTS`` is read right before too, the reader
reading none of its parts). ``STAYS`` hold the figures that must stay (the ru and uk totals of
killed and wounded were read as sendings before 16cj).
"""

import re

import pytest

from analysis.articles import extract_figures

# (lang, sentence, the parts that are no figure, the total that stays, the total's metric)
PARTS = [
    ("en", "North Korea will send 1,000 sappers and 5,000 military builders, 6,000 in all, to "
           "Kursk, Ukrainian intelligence said.", ["1,000", "5,000"], "6,000", None),
    ("en", "North Korea sent 3,000 troops in October and 8,000 in November, a total of 11,000 "
           "soldiers.", ["3,000", "8,000"], "11,000", "deployed"),
    ("en", "Some 200 wounded North Korean soldiers arrived on Monday and 150 on Tuesday, "
           "altogether 350, the nurse said.", ["200", "150"], "350", "wounded"),
    ("de", "Nordkorea schickte im Oktober 3.000 und im November 8.000 Soldaten nach Russland, "
           "insgesamt 11.000 Mann.", ["3.000", "8.000"], "11.000", "deployed"),
    ("de", "Am Montag wurden 100 und am Dienstag 120 verwundete nordkoreanische Soldaten "
           "eingeliefert, insgesamt rund 220.", ["100", "120"], "220", "wounded"),
    ("de", "Pjöngjang entsendet 1.000 Pioniere und 5.000 Bauarbeiter nordkoreanischer Truppen, "
           "zusammen 6.000 Mann.", ["1.000", "5.000"], "6.000", None),
    ("fr", "Pyongyang a envoyé 3 000 soldats en octobre et 8 000 en novembre, soit 11 000 au "
           "total.", ["3 000", "8 000"], "11 000", "deployed"),
    ("fr", "Selon Moscou, 1 000 démineurs et 5 000 constructeurs militaires nord-coréens, soit "
           "6 000 personnes au total, seront envoyés à Koursk.", ["1 000", "5 000"], "6 000",
     None),
    ("fr", "L'hôpital a reçu 100 soldats nord-coréens blessés lundi et 120 mardi, en tout 220.",
     ["100", "120"], "220", "wounded"),
    ("es", "Corea del Norte envió 3.000 soldados en octubre y 8.000 en noviembre, 11.000 en "
           "total.", ["3.000", "8.000"], "11.000", "deployed"),
    ("es", "Pyongyang enviará 1.000 zapadores y 5.000 constructores militares, un total de 6.000 "
           "efectivos.", ["1.000", "5.000"], "6.000", None),
    ("es", "El hospital recibió 100 soldados norcoreanos heridos el lunes y 120 el martes, en "
           "total unos 220.", ["100", "120"], "220", "wounded"),
    ("ru", "КНДР направила в Россию 3000 военных в октябре и 8000 в ноябре, всего 11 тысяч "
           "человек.", ["3000", "8000"], "11 тысяч", "deployed"),
    ("ru", "В Курскую область направят 1000 саперов и 5000 военных строителей из КНДР, в общей "
           "сложности 6000 человек.", ["1000", "5000"], "6000", None),
    ("ru", "В госпиталь в понедельник поступили 100 раненых военных КНДР, во вторник 120, всего "
           "около 220.", ["100", "120"], "220", "wounded"),
    ("uk", "КНДР відправила до Росії 3000 військових у жовтні та 8000 у листопаді, загалом "
           "11 тисяч військових.", ["3000", "8000"], "11 тисяч", "deployed"),
    ("uk", "На Курщину направлять 1000 саперів і 5000 військових будівельників з КНДР, усього "
           "6000 осіб.", ["1000", "5000"], "6000", None),
    ("uk", "До шпиталю в понеділок привезли 100 поранених військових КНДР, у вівторок 120, "
           "загалом близько 220.", ["100", "120"], "220", "wounded"),
    ("ko", "러시아에 10월에 3000명, 11월에 8000명 등 모두 1만1000명의 북한군이 파병됐다.",
     ["3000명", "8000명"], "1만1000명", "deployed"),
    ("ko", "북한은 공병 1000명과 군사 건설 인력 5000명 등 총 6000명을 쿠르스크에 보내기로 했다.",
     ["1000명", "5000명"], "6000명", None),
    ("ko", "간호사는 전날 100명, 이날 120명, 합계 약 220명의 북한군 부상병이 병원에 입원했다고 "
           "말했다.", ["100명", "120명"], "220명", "wounded"),
    ("ja", "北朝鮮は10月に3000人、11月に8000人、合わせて1万1000人の兵士をロシアに派遣した。",
     ["3000人", "8000人"], "1万1000人", "deployed"),
    ("ja", "北朝鮮は工兵1000人と軍事建設要員5000人の計6000人をクルスクに派遣する。",
     ["1000人", "5000人"], "6000人", None),
    ("ja", "病院には前日に100人、当日に120人、合計約220人の負傷した北朝鮮兵が運び込まれた。",
     ["100人", "120人"], "220人", "wounded"),
]

# a whole, a word of what it is made of, and its parts (``ARTICLES["sum"]["made_of"]``; in
# Korean and Japanese the parts come first, "…으로 구성된", "…からなる", before the whole)
PARTS += [
    ("en", "North Korea will send 6,000 troops, consisting of 1,000 sappers and 5,000 military "
           "builders, to Kursk.", ["1,000", "5,000"], "6,000", None),
    ("de", "Nordkorea schickt 6.000 Soldaten, bestehend aus 1.000 Pionieren und 5.000 "
           "Bauarbeitern, nach Kursk.", ["1.000", "5.000"], "6.000", None),
    ("fr", "La Corée du Nord enverra 6 000 soldats, composés de 1 000 démineurs et de 5 000 "
           "ouvriers du bâtiment, à Koursk.", ["1 000", "5 000"], "6 000", None),
    ("es", "Corea del Norte enviará 6.000 soldados, compuestos por 1.000 zapadores y 5.000 "
           "trabajadores de la construcción, a Kursk.", ["1.000", "5.000"], "6.000", None),
    ("ko", "북한은 공병 1000명과 건설 인력 5000명으로 구성된 6000명을 쿠르스크에 보낸다.",
     ["1000명", "5000명"], "6000명", None),
    ("ja", "北朝鮮は工兵1000人と建設要員5000人からなる6000人をクルスクに派遣する。",
     ["1000人", "5000人"], "6000人", None),
]

# (lang, sentence, {figure: metric}): parts of another event than their total's, and totals
# told alone, stay
STAYS = [
    ("en", "About 300 North Korean soldiers were killed and 2,700 wounded, 3,000 casualties in "
           "all.", {"300": "killed", "2,700": "wounded", "3,000": "killed_or_wounded"}),
    ("en", "North Korea has sent a total of 11,000 troops to Russia.", {"11,000": "deployed"}),
    ("de", "Rund 300 nordkoreanische Soldaten wurden getötet und 2.700 verwundet, insgesamt 3.000 "
           "Opfer.", {"300": "killed", "2.700": "wounded", "3.000": "killed_or_wounded"}),
    ("fr", "Environ 300 soldats nord-coréens ont été tués et 2 700 blessés, soit 3 000 victimes "
           "au total.", {"300": "killed", "2 700": "wounded", "3 000": "killed_or_wounded"}),
    ("es", "Unos 300 soldados norcoreanos murieron y 2.700 resultaron heridos, en total 3.000 "
           "bajas.", {"300": "killed", "2.700": "wounded", "3.000": "killed_or_wounded"}),
    ("ru", "Около 300 военных КНДР погибли и 2700 получили ранения, всего 3000 человек.",
     {"300": "killed", "2700": "wounded", "3000": "killed_or_wounded"}),
    ("uk", "Близько 300 військових КНДР загинули і 2700 були поранені, загалом 3000 осіб.",
     {"300": "killed", "2700": "wounded", "3000": "killed_or_wounded"}),
    ("ko", "북한군 사망 300여 명, 부상 2700여 명 등 사상자 3000여 명이 발생했다.",
     {"300여 명": "killed", "2700여 명": "wounded", "3000여 명": "killed_or_wounded"}),
    ("ja", "北朝鮮兵約300人が死亡、約2700人が負傷し、死傷者は計約3000人に上る。",
     {"300人": "killed", "2700人": "wounded", "3000人": "killed_or_wounded"}),
    # a part alone does not make the total its sum ("3,000 … and a total of 11,000": 3,000 is
    # no breakdown of 11,000 by itself)
    ("en", "Russia says 3,000 North Korean troops arrived in October, and a total of 11,000 are "
           "expected.", {"3,000": "deployed"}),
    ("ja", "北朝鮮は3000人を派遣し、推計約1万1000人がロシアにいる。", {"3000人": "deployed"}),
    # numbers that do not add up to the total are no parts of it
    ("de", "Nordkorea schickte 11.000 Soldaten, 300 wurden getötet, insgesamt 4.700 Opfer.",
     {"11.000": "deployed", "300": "killed"}),
    # parts of other events after their whole
    ("en", "North Korea reported 3,000 casualties, including 300 killed and 2,700 wounded.",
     {"3,000": "killed_or_wounded", "300": "killed", "2,700": "wounded"}),
    ("de", "Nordkorea hat 4.700 Opfer zu beklagen, darunter 600 Tote und 4.100 Verwundete.",
     {"4.700": "killed_or_wounded", "600": "killed", "4.100": "wounded"}),
    # a later wave is no part of the troops sent before it
    # (31fm: builders counted in one list with sappers are that later wave, additional_deployed;
    # they were read workers_sent here before)
    ("en", "North Korea has sent 6,000 troops to Kursk. Another 1,000 sappers and 5,000 builders "
           "may follow.", {"6,000": "deployed", "1,000": "additional_deployed",
                           "5,000": "additional_deployed"}),
]

_CAPTURED = {
    "en": "Ukraine captured two North Korean soldiers in Kursk. ",
    "de": "Die Ukraine nahm zwei nordkoreanische Soldaten gefangen. ",
    "fr": "L'Ukraine a capturé deux soldats nord-coréens. ",
    "es": "Ucrania capturó a dos soldados norcoreanos. ",
    "ru": "ВСУ взяли в плен двух военных КНДР. ",
    "uk": "ЗСУ взяли в полон двох військових КНДР. ",
    "ko": "우크라이나군이 북한군 2명을 생포했다. ",
    "ja": "ウクライナ軍は北朝鮮兵2人を捕虜にした。",
}

# (lang, second sentence): the member is no figure; the captives (2) stay
MEMBERS = [
    ("ja", "1人はロシア軍の身分証明書を携行していた。"),
    ("ja", "捕虜の1人は、実戦だとは知らなかったと説明した。"),
    ("ja", "兵士の1人も、ロシアに来るまで派遣を知らなかったと話した。"),
    ("ja", "1人は、ロシアに派遣されてから実戦に投入されたと証言した。"),
    ("ko", "2명 중 1명은 파병 사실을 몰랐다고 말했다."),
    ("ko", "1명은 러시아에 파병되기 전 훈련을 받았다고 진술했다."),
    ("ko", "그 가운데 1명은 러시아로 파병되기 전 훈련을 받았다고 밝혔다."),
    # guards: read as no figure before 16cj too
    ("ko", "그중 1명은 러시아군 신분증을 갖고 있었다."),
    ("ko", "한 명은 북한으로 돌아가고 싶다고 답했다."),
    ("ja", "うち1人は北朝鮮に帰りたいと話した。"),
    ("en", "One of them carried a Russian military ID."),
    ("en", "One of the two told interrogators he had not known he would fight Ukraine."),
    ("de", "Einer von ihnen trug einen russischen Militärausweis."),
    ("fr", "L'un d'eux portait une carte d'identité militaire russe."),
    ("es", "Uno de ellos llevaba una identificación militar rusa."),
    ("ru", "Один из них имел при себе российский военный билет."),
    ("uk", "Один з них мав при собі російський військовий квиток."),
]

# (lang, sentence, member figure): the member's own loss or capture stays
MEMBER_STAYS = [
    ("ja", _CAPTURED["ja"] + "1人は負傷が悪化して死亡した。", "1人"),
    ("ko", _CAPTURED["ko"] + "1명은 부상이 악화돼 숨졌다.", "1명"),
    ("ko", "북한군 1명은 전사했고 1명은 생포됐다.", "1명"),
    ("ja", "ウクライナ軍は北朝鮮兵1人を捕虜にした。", "1人"),
    ("ko", "우크라이나군은 북한군 1명을 생포했다.", "1명"),
]


def _has(text: str, number: str) -> bool:
    return bool(re.search(rf"(?<![\d.,]){re.escape(number)}(?!\d)", text))


def _rows(lang: str, text: str) -> list[tuple[str, str]]:
    found = extract_figures(text, lang, "2025-02-10")
    return list(zip(found["figure_text"], found["metric"], strict=True))


@pytest.mark.parametrize(("lang", "text", "parts", "total", "metric"), PARTS)
def test_parts_before_their_sum(lang: str, text: str, parts: list[str], total: str,
                                metric: str | None) -> None:
    rows = _rows(lang, text)
    for part in parts:
        assert not [t for t, _ in rows if _has(t, part)], (part, rows)
    kept = [m for t, m in rows if _has(t, total)]
    assert kept, rows
    if metric:
        assert kept == [metric], rows


@pytest.mark.parametrize(("lang", "text", "figures"), STAYS)
def test_parts_that_stay(lang: str, text: str, figures: dict[str, str]) -> None:
    rows = _rows(lang, text)
    for figure, metric in figures.items():
        assert [m for t, m in rows if _has(t, figure)] == [metric], (figure, rows)


@pytest.mark.parametrize(("lang", "sentence"), MEMBERS)
def test_member_of_a_group(lang: str, sentence: str) -> None:
    rows = _rows(lang, _CAPTURED[lang] + sentence)
    assert [m for _, m in rows] == ["captured"], rows


@pytest.mark.parametrize(("lang", "text", "figure"), MEMBER_STAYS)
def test_member_own_event(lang: str, text: str, figure: str) -> None:
    assert [t for t, _ in _rows(lang, text) if t == figure], _rows(lang, text)
