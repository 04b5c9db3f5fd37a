"""Proportions and numbered units are no figures of the story (helper 16cl, docs/articles.md).

Sentences of our own, written for the grammar of each language, not taken from the rounds:

* **a proportion** (``ARTICLES["ratio"]``, :func:`analysis.articles.ratios.ratio`): "eight out
  of ten", "nine in ten", "huit Nord-Coréens sur dix", "siete de cada diez", "9 з 10",
  "10명 중 9명", "10人に9人", "十人中九人" is a ratio: neither number is a figure. The connectors
  that also join a part to its total ("of", "von", "de", "из", "з", "중", "のうち") make a
  proportion only with the denominator ten; a sure connector's denominator is two to ten or a
  hundred. A part with its total ("3 of the 12,000", "3,000 out of 12,000", "1万2000人のうち
  4000人") stays as it was read (16cj);
* **a numbered unit** (``ARTICLES["unit_named"]``, :func:`analysis.articles.ratios.unit_named`,
  and the unit nouns of ``not_figure_after``): "Unit 1234", "Brigade 155", "Korps 11", "cuerpo
  11", "бригады 155", "11 армейского корпуса", "11군단", "1234部隊" name a unit: no figure. A
  count of troops next to a unit stays ("11군단 병력 1만2000명", "Brigade 155 said 300 North
  Korean soldiers were killed").

Every sentence of ``RATIOS`` and ``UNITS`` reads a false figure on main 40b18955 and none
after; ``STAYS`` are read the same on both: each number stays a figure, with its metric where
the reader reads it right (``None``: kept as a figure; its metric is a known miss of another
class, not this one's to assert).
"""

import re

import pytest

from analysis.articles import extract_figures

# (lang, sentence, the numbers that are no figures)
RATIOS = [
    ("en", "Eight out of ten North Korean soldiers sent to Kursk were killed, according to "
           "Ukrainian officials.", ["ten"]),
    ("en", "Nine in ten North Korean troops wounded in the assault did not survive, Kyiv said.",
     ["Nine", "ten"]),
    ("en", "Seven of every ten North Korean soldiers died in the first week, a Ukrainian officer "
           "said.", ["ten"]),
    ("en", "Ukraine's intelligence said two in three North Korean soldiers were killed.",
     ["two", "three"]),
    ("en", "One in four North Korean troops deployed to Kursk has been killed, the report says.",
     ["One", "four"]),
    ("de", "Laut Kiew starben 9 von 10 nordkoreanischen Soldaten an der Front.", ["9", "10"]),
    ("de", "8 von 10 nordkoreanischen Soldaten wurden nach ukrainischen Angaben getötet.",
     ["8", "10"]),
    ("de", "Einer von zehn nordkoreanischen Soldaten wurde verwundet, teilte Kiew mit.",
     ["zehn"]),
    ("fr", "Nous avons éliminé huit Nord-Coréens sur dix, affirme un officier ukrainien.",
     ["huit", "dix"]),
    ("fr", "Neuf soldats nord-coréens sur dix ont été tués selon Kiev.", ["Neuf", "dix"]),
    ("fr", "Trois prisonniers nord-coréens sur cinq étaient blessés, selon Kiev.",
     ["Trois", "cinq"]),
    ("fr", "Un soldat nord-coréen sur trois a été tué, selon le renseignement ukrainien.",
     ["trois"]),
    ("es", "Siete de cada diez soldados norcoreanos murieron, según un oficial ucraniano.",
     ["diez"]),
    ("es", "Nueve de cada diez soldados norcoreanos heridos no sobrevivieron, dijo Kiev.",
     ["diez"]),
    ("es", "Uno de cada tres soldados norcoreanos ha muerto, según la inteligencia ucraniana.",
     ["tres"]),
    ("ru", "Восемь из десяти северокорейских солдат погибли, заявил украинский офицер.",
     ["десяти"]),
    ("ru", "Девять из десяти раненых северокорейцев не выжили, сообщил Киев.", ["десяти"]),
    ("ru", "9 из 10 северокорейских военных погибли в первом бою, заявил Киев.", ["9", "10"]),
    ("ru", "Один из каждых трёх северокорейских солдат погиб, сообщил Киев.", ["трёх"]),
    ("uk", "9 з 10 північнокорейських солдатів гинуть, заявив український офіцер.", ["9", "10"]),
    ("uk", "Вісім із десяти північнокорейських солдатів загинули, повідомив Київ.",
     ["десяти"]),
    ("uk", "Один із кожних трьох північнокорейських солдатів загинув, повідомив Київ.",
     ["трьох"]),
    ("uk", "Дев'ять із десяти поранених північнокорейців померли, повідомив Київ.",
     ["десяти"]),
    ("ko", "북한군 10명 중 9명이 전사했다고 우크라이나 장교가 밝혔다.", ["10명", "9명"]),
    ("ko", "북한군 병사 3명 중 1명꼴로 사망했다고 우크라이나 정보당국이 밝혔다.", ["3명", "1명"]),
    ("ko", "북한군 부상자 10명 가운데 8명이 숨졌다고 우크라이나 측이 밝혔다.", ["10명", "8명"]),
    ("ja", "北朝鮮兵10人に9人が死亡したとウクライナ軍将校が述べた。", ["10人", "9人"]),
    ("ja", "北朝鮮兵士の十人中九人が戦死したとウクライナ側は主張した。", ["十人"]),
    ("ja", "北朝鮮兵の3人に1人が死亡したとウクライナの情報機関が明らかにした。", ["3人", "1人"]),
    ("ja", "負傷した北朝鮮兵10人中8人が死亡したとウクライナ側が明らかにした。", ["10人", "8人"]),
]

# (lang, sentence, the unit's number that is no figure)
UNITS = [
    ("en", "Brigade 155 of North Korea lost soldiers near Kursk, Kyiv said.", "155"),
    ("en", "North Korean troops from Corps 11 were deployed to Kursk, Seoul said.", "11"),
    ("en", "North Korean soldiers of the 11 Corps were deployed to Kursk, Seoul said.", "11"),
    ("en", "North Korean troops of Military Unit 1234 were deployed to Kursk, Seoul said.",
     "1234"),
    ("de", "Nordkoreanische Soldaten der Brigade 155 wurden bei Kursk getötet, sagte Kiew.",
     "155"),
    ("de", "Nordkoreanische Soldaten des Korps 11 wurden nach Kursk verlegt, sagte Seoul.", "11"),
    ("de", "Nordkoreanische Soldaten der Militäreinheit 1234 wurden nach Kursk verlegt.",
     "1234"),
    ("fr", "Des soldats nord-coréens de la brigade 155 ont été tués près de Koursk, selon Kiev.",
     "155"),
    ("fr", "Des soldats nord-coréens du corps 11 ont été déployés à Koursk, selon Séoul.", "11"),
    ("fr", "Des soldats nord-coréens de l'unité militaire 1234 ont été déployés à Koursk.",
     "1234"),
    ("es", "Pyongyang envió soldados del cuerpo 11 a Kursk.", "11"),
    ("es", "Soldados norcoreanos del 11 cuerpo fueron desplegados en Kursk, según Seúl.", "11"),
    ("es", "Soldados norcoreanos de la unidad militar 1234 fueron desplegados en Kursk.",
     "1234"),
    ("ru", "Северокорейские военные бригады 155 погибли под Курском, заявил Киев.", "155"),
    ("ru", "Северокорейские военные 11 корпуса переброшены в Курскую область, заявил Сеул.",
     "11"),
    ("ru", "Северокорейские военные 11 армейского корпуса погибли под Курском, заявил Киев.",
     "11"),
    ("ru", "Северокорейские военные воинской части 1234 переброшены в Курскую область.", "1234"),
    ("uk", "Північнокорейські військові бригади 155 загинули під Курськом, заявив Київ.", "155"),
    ("uk", "Північнокорейські військові 11 корпусу перекинуті до Курської області, заявив "
           "Сеул.", "11"),
    ("uk", "Північнокорейські військові 11 армійського корпусу загинули під Курськом.", "11"),
    ("ko", "북한군은 특수작전부대인 11군단 중 일부다.", "11"),
    ("ko", "쿠르스크에 배치된 북한군은 11 군단 소속이라고 국정원이 밝혔다.", "11"),
    ("ko", "북한군 부대 1234 소속 병력이 쿠르스크로 이동했다.", "1234"),
    ("ko", "북한군 1234부대 병력이 쿠르스크로 이동했다.", "1234"),
    ("ko", "북한 11군단 소속 병사들이 전사했다고 우크라이나 측이 밝혔다.", "11"),
    ("ja", "北朝鮮軍の11軍団の兵士が戦死したとウクライナ側が明らかにした。", "11"),
    ("ja", "北朝鮮軍の1234部隊の兵士がクルスクに移動した。", "1234"),
    ("ja", "11軍団は北朝鮮兵300人が死亡したと発表した。", "11"),
]

# (lang, sentence, the figures that stay: text -> metric)
STAYS = [
    ("en", "Ukraine said 3 of the 12,000 North Korean troops were captured.",
     {"3": "captured"}),
    ("en", "Out of 12,000 deployed, 3,000 North Korean soldiers were killed, Seoul said.",
     {"12,000": "deployed", "3,000": "killed"}),
    ("en", "North Korea sent 11,000 troops; 11,000 of them are in Kursk, Seoul said.",
     {"11,000": "deployed"}),
    ("en", "Kyiv said 3,000 out of 12,000 North Korean troops were killed.",
     {"3,000": "killed", "12,000": "deployed"}),
    ("en", "Brigade 155 said 300 North Korean soldiers were killed near Kursk.",
     {"300": "killed"}),
    ("en", "North Korea's 11th Corps sent 12,000 soldiers to Kursk, Seoul said.",
     {"12,000": "deployed"}),
    ("en", "Eight of the ten thousand North Korean soldiers in Russia have moved to Kursk, "
     "Blinken said.", {"ten thousand": "deployed"}),
    ("de", "Kiew zufolge wurden 3 der 12.000 nordkoreanischen Soldaten gefangen genommen.",
     {"3": "captured"}),
    ("de", "Nordkorea schickte 6.000 von 14.000 Soldaten an die Front, 3.000 wurden getötet.",
     {"6.000": "deployed", "14.000": "deployed", "3.000": "killed"}),
    ("de", "Die Brigade 155 meldete 300 getötete nordkoreanische Soldaten.", {"300": "killed"}),
    # the metrics come out swapped (3 000 deployed, 12 000 killed): a known miss of "sur" as a
    # part with its total, left for the reader's metric rules
    ("fr", "Kiev affirme que 3 000 soldats nord-coréens sur 12 000 ont été tués.",
     {"3 000": None, "12 000": None}),
    ("fr", "La brigade 155 affirme avoir tué 300 soldats nord-coréens.", {"300": "killed"}),
    ("es", "Kiev afirma que 3.000 de los 12.000 soldados norcoreanos murieron.",
     {"3.000": "killed", "12.000": "deployed"}),
    # (11 bodies found are killed; the reader says deployed: a known miss of the metric, left)
    ("es", "Se hallaron 11 cuerpos de soldados norcoreanos, según Kiev.", {"11": None}),
    ("ru", "Из 11 тысяч северокорейских военных около 3 тысяч погибли, заявил Киев.",
     {"11 тысяч": "deployed", "около 3 тысяч": "killed"}),
    ("ru", "Бригада 155 сообщила о 300 убитых северокорейских военных.", {"300": "killed"}),
    # a denominator with its scale word is a total, no proportion (the lead's fix after 16cl)
    ("ru", "Восемь из десяти тысяч военнослужащих КНДР переброшены в Курскую область, заявил "
     "Блинкен.", {"десяти тысяч": "deployed"}),
    ("ru", "В составе корпуса 12 тысяч северокорейских военных, заявил Киев.",
     {"12 тысяч": "deployed"}),
    ("uk", "Із 12 тисяч північнокорейських військових 3 тисячі загинули, заявив Київ.",
     {"12 тисяч": "deployed", "3 тисячі": "killed"}),
    ("uk", "Бригада 155 повідомила про 300 убитих північнокорейських військових.",
     {"300": "killed"}),
    ("ko", "북한군 1만1000명 가운데 3000명이 사상했다고 국정원이 밝혔다.",
     {"1만1000명": "deployed", "3000명": "killed_or_wounded"}),
    ("ko", "북한군 11군단 병력 1만2000명이 쿠르스크에 배치됐다.", {"1만2000명": "deployed"}),
    ("ko", "북한군 2명 중 1명은 부상을 입었다고 우크라이나 측이 밝혔다.", {"2명": "deployed"}),
    ("ja", "北朝鮮兵約1万2000人のうち4000人以上が死傷したとされる。",
     {"約1万2000人": "deployed", "4000人以上": "killed_or_wounded"}),
    ("ja", "北朝鮮の11軍団の兵士1万2000人がクルスク州に派遣された。", {"1万2000人": "deployed"}),
]


def _texts(lang: str, text: str) -> dict[str, str]:
    df = extract_figures(text, lang)
    return dict(zip(df["figure_text"], df["metric"], strict=True)) if len(df) else {}


@pytest.mark.parametrize(("lang", "text", "numbers"), RATIOS)
def test_proportion_is_no_figure(lang: str, text: str, numbers: list[str]) -> None:
    read = _texts(lang, text)
    for number in numbers:
        assert not any(re.search(rf"(?<!\w){re.escape(number)}(?!\w)", t) for t in read), read


@pytest.mark.parametrize(("lang", "text", "number"), UNITS)
def test_numbered_unit_is_no_figure(lang: str, text: str, number: str) -> None:
    read = _texts(lang, text)
    assert not any(re.search(rf"(?<!\d){number}(?!\d)", t) for t in read), read


@pytest.mark.parametrize(("lang", "text", "figures"), STAYS)
def test_figures_stay(lang: str, text: str, figures: dict[str, str | None]) -> None:
    read = _texts(lang, text)
    for figure, metric in figures.items():
        assert figure in read, read
        assert metric is None or read[figure] == metric, read
