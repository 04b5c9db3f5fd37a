"""Numbers that are no figure of the story by the grammar of each language (helper 16nf, issue 16).

docs/articles.md, "Counted nouns, date ranges and designations (16nf)". On sentences written for
the test, in en, de, fr, es, ru, uk, ko and ja: the number of the class is not reported (the
positive) and the story's figure in the same sentence still is (the negative). Every case fails
on the reader before 16nf (it reported the class's number, or lost the story's figure).

1. the counted noun (``ARTICLES["not_counted"]``, with adjectives between: ``counted_gap``):
   places, regions, bases, trips, times, days ("32 trips", "in fünf russischen Stützpunkten",
   "из пяти российских регионов", "5개 도시", "5地域");
2. a day of a range of dates (``day_range``) and a day's number (``day_number``): "Du 3 au 5
   mars, 200 soldats" keeps the 200, "Tag 1093:" is no figure;
3. designations: letters joined to the number by a hyphen ("COVID-19", "Iskander-23").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

PUBLISHED = "2024-12-01"

COUNTED = [
    ("en", "North Korea sent more than 1 million shells to Russia on 32 trips of four cargo "
           "ships.", [("more than 1 million", "materiel_sent")]),
    ("en", "North Korea shipped 16,000 containers of shells on 64 cargo voyages.",
     [("16,000", "materiel_sent")]),
    ("de", "Nordkorea hat über eine Million Granaten nach Russland geliefert; die Schiffe "
           "machten 32 Fahrten.", [("über eine Million", "materiel_sent")]),
    ("de", "Nordkorea hat 11.000 Soldaten geschickt, die an drei verschiedenen Standorten "
           "stationiert sind.", [("11.000", "deployed")]),
    ("fr", "La Corée du Nord a envoyé plus d'un million d'obus à la Russie, à 32 reprises "
           "depuis août.", [("plus d'un million", "materiel_sent")]),
    ("es", "Unos 12.000 soldados norcoreanos se estaban entrenando en cinco bases militares.",
     [("Unos 12.000", "deployed")]),
    ("ru", "Около 100 детей из пяти российских регионов отправились в лагерь в КНДР.",
     [("Около 100", "hosted_children")]),
    ("ru", "Четыре судна совершили 32 рейса в КНДР, которая передала России более 1 миллиона "
           "снарядов.", [("более 1 миллиона", "materiel_sent")]),
    ("uk", "Близько 100 дітей з 5 російських регіонів вирушили до табору в КНДР.",
     [("Близько 100", "hosted_children")]),
    ("uk", "Чотири судна здійснили 32 рейси до КНДР, яка передала Росії понад 1 мільйон "
           "снарядів.", [("понад 1 мільйон", "materiel_sent")]),
    ("ko", "북한군 1만1000명이 5개 도시에 분산 배치됐다.", [("1만1000명", "deployed")]),
    ("ko", "북한은 포탄 100만 발을 2개 항구를 통해 보냈다.", [("100만 발", "materiel_sent")]),
    ("ko", "북한군 1만1000명이 러시아 3개소에 분산 배치됐다.", [("1만1000명", "deployed")]),
    ("ja", "北朝鮮兵1万1000人がロシアの5地域に分散して配置された。", [("1万1000人", "deployed")]),
    ("ja", "北朝鮮はロシアに砲弾100万発を送り、貨物船が5往復した。",
     [("100万発", "materiel_sent")]),
    ("ja", "北朝鮮兵1万人が3基地に配置された。", [("1万人", "deployed")]),
]

DATES = [
    ("en", "Between 27 and 28 October, 3,000 North Korean soldiers arrived in Kursk.",
     [("3,000", "deployed")]),
    ("en", "From 3 to 5 March, 200 North Korean soldiers were killed.", [("200", "killed")]),
    ("de", "Ukraine-Krieg, Tag 1093: Nordkorea hat 12.000 Soldaten nach Russland geschickt.",
     [("12.000", "deployed")]),
    ("de", "Vom 3. bis 5. März, 200 nordkoreanische Soldaten wurden getötet.",
     [("200", "killed")]),
    ("fr", "Du 3 au 5 mars, 200 soldats nord-coréens ont été tués.", [("200", "killed")]),
    ("fr", "Jour 1000 de la guerre : la Corée du Nord a envoyé 12 000 soldats.",
     [("12 000", "deployed")]),
    ("es", "Guerra en Ucrania, día 1000: Corea del Norte envió 12.000 soldados.",
     [("12.000", "deployed")]),
    ("es", "Del 3 al 5 de marzo, 200 soldados norcoreanos murieron.", [("200", "killed")]),
    ("ru", "День 1093: КНДР отправила в Россию 12 тысяч военных.", [("12 тысяч", "deployed")]),
    ("ru", "С 3 по 5 марта, 200 северокорейских военных погибли.", [("200", "killed")]),
    ("uk", "День 1093: КНДР відправила до Росії 12 тисяч військових.",
     [("12 тисяч", "deployed")]),
    ("uk", "З 3 по 5 березня, 200 північнокорейських військових загинули.", [("200", "killed")]),
]

DESIGNATIONS = [
    ("en", "The KN-23 and Iskander-23 missiles killed 12 people; North Korea sent 100 missiles.",
     [("12", "killed"), ("100", "materiel_sent")]),
    ("de", "Seit der COVID-19-Pandemie hat Nordkorea 12.000 Soldaten geschickt.",
     [("12.000", "deployed")]),
]

# story counts a not-counted noun stands beside: never lost
KEPT = [
    ("de", "3.000 Soldaten in zwei Wellen wurden aus Nordkorea nach Russland geschickt.",
     [("3.000", "deployed")]),
    ("en", "North Korean troops trained at five military bases, where 12,000 soldiers were "
           "stationed.", [("12,000", "deployed")]),
    ("ko", "북한군은 5곳에 1만1000명이 배치됐다.", [("1만1000명", "deployed")]),
    ("ja", "北朝鮮は3回にわたり1万1000人を派遣した。", [("1万1000人", "deployed")]),
    ("ru", "КНДР отправила 11 тысяч военных, которые размещены в пяти российских регионах.",
     [("11 тысяч", "deployed")]),
    # (rv10) a loss counted right after the number after the word for day: no day's number
    ("en", "North Korean troops attacked in Kursk. On that day 200 were killed.",
     [("200", "killed")]),
    ("de", "Nordkoreanische Truppen griffen in Kursk an. An diesem Tag 200 Tote.",
     [("200", "killed")]),
    ("es", "Las tropas norcoreanas atacaron en Kursk. Ese día 200 murieron.", [("200", "killed")]),
    ("ru", "Северокорейские войска атаковали в Курске. В тот день 200 погибли.",
     [("200", "killed")]),
]


def _rows(lang: str, text: str) -> list[tuple[str, str]]:
    found = extract_figures(text, lang, PUBLISHED)
    return [(r.figure_text, r.metric) for r in found.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED + DATES + DESIGNATIONS + KEPT)
def test_class_not_reported_story_figure_read(lang: str, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert _rows(lang, text) == expected


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "ru", "uk", "ko", "ja"])
def test_every_language_has_a_counted_noun(lang: str) -> None:
    assert any(case[0] == lang for case in COUNTED)


# a month followed by a comma ends its date: the number after it is no day of it (the review's
# probe; 16nf's case held back in round 16zm), but a year may still close the date
@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "In March, 200 North Korean soldiers were killed.", "200"),
    ("en", "From the 3rd to the 5th of March, 200 North Korean soldiers were killed.", "200"),
    ("es", "En septiembre, 14 soldados norcoreanos murieron.", "14"),
    ("es", "Desde agosto, nueve soldados norcoreanos fallecieron en labores de desminado.",
     "nueve"),
    ("de", "Im März, 200 nordkoreanische Soldaten wurden getötet.", "200"),
])
def test_a_month_and_a_comma_end_the_date(lang, text, figure):
    assert list(extract_figures(text, lang)["figure_text"]) == [figure]


def test_a_year_after_a_month_and_a_comma_is_still_a_date():
    found = extract_figures("On March 5, 2025, 200 North Korean soldiers were killed.", "en")
    assert list(found["figure_text"]) == ["200"]
