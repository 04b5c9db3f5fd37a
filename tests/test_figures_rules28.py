# ruff: noqa: E501 (the phrases are data, as written)
"""28ru: language features the figure reader missed in round 80 (issue 17, D201 to D204).

Each feature written for every form of it in the language and its neighbours, with phrases at
its edge that must stay as they were. Phrases are round 80's forms, real phrases of the
``pages`` corpus (ru "По шесть дронов перехвачено в Ленинградской, Рязанской и Тульской
областях", "По три дрона сбили в Орловской и Псковской областях", "Еще по восемь БПЛА уничтожили
над Воронежской и Ростовской областями" (vedomosti.ru); es "empleando más de 800 drones y una
docena de misiles" (andaluciainforma.com)) and forms written for this test from each grammar;
expected readings by hand from the codebook.

* D201: ru / uk the distributive "по N" (N each) in digits and number words; not "по" = until
  before a date, a month, a year or an ordinal, nor "по" = on / across before a dative.
* D202: a count of weapons joined by "and" to one weapon told with the article ("23 Drohnen und
  eine Rakete", "un misil y 20 drones"; zh "和一枚"), either order: a list, unparsed.
* D203: ar / es / fr / it / pt a handover is an exchange (D195); ja "XのうちY" after a comma is a
  share, as without it.
* D205: "between A and more than B" opens the range's high end (D3) in es, pt, fr, it, de, en.
* D206: hi "दोनों ओर / तरफ के" (on both sides) is no count of two.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

UNREAD = [
    # D201 ru
    ("ru", "по 11 дронов"),
    ("ru", "По два вражеских дрона"),
    ("ru", "По шесть дронов перехвачено в Ленинградской, Рязанской и Тульской областях"),
    ("ru", "По три дрона сбили в Орловской и Псковской областях"),
    ("ru", "Еще по восемь БПЛА уничтожили над Воронежской и Ростовской областями"),
    ("ru", "получили по двое суток ареста"),
    ("ru", "по сто человек"),
    ("ru", "по 3,4 тысячи рублей"),
    ("ru", "по 1 000 рублей"),
    ("ru", "по 3-4 дрона"),
    ("ru", "по пять человек"),
    # D201 uk
    ("uk", "по 11 дронів"),
    ("uk", "По два ворожих дрони"),
    ("uk", "по двоє людей"),
    ("uk", "по п'ять ракет"),
    ("uk", "по сто осіб"),
    ("uk", "по 3,4 тисячі гривень"),
    # D202
    ("de", "mit 23 russischen Kampfdrohnen und einer Rakete"),
    ("de", "eine Rakete und 23 Drohnen"),
    ("de", "23 Drohnen und einem Marschflugkörper"),
    ("es", "un misil y 20 drones de ataque rusos"),
    ("es", "20 drones de ataque y un misil balístico"),
    ("es", "un misil y unos 20 drones"),
    ("en", "20 attack drones and a cruise missile"),
    ("en", "a missile and 20 drones"),
    ("it", "un missile e 20 droni"),
    ("it", "20 droni russi e un missile"),
    ("fr", "un missile et 20 drones"),
    ("pt", "um míssil e 20 drones"),
    ("tr", "23 insansız hava aracı ve bir füze"),
    ("tr", "bir füze ve 23 iha"),
    ("id", "20 drone dan sebuah rudal"),
    ("zh", "俄羅斯用56架無人機和一枚巡航導彈襲擊了烏克蘭"),
    ("zh", "一枚巡航导弹和56架无人机"),
    ("zh", "五十架无人机和一枚导弹"),
    ("es", "empleando más de 800 drones y una docena de misiles"),
    # D203.1
    ("ar", "تسليم 31 أسير حرب أوكراني مصاب مقابل 15 جنديا روسيا مصابا"),
    ("ar", "سلمت روسيا 31 أسيرا مقابل 15"),
    ("es", "la entrega de 200 presos contra 20 rehenes"),
    ("fr", "la remise de 200 prisonniers contre 20 otages"),
    ("it", "la consegna di 200 prigionieri contro 20 ostaggi"),
    ("pt", "a entrega de 200 presos contra 20 reféns"),
    # D203.2
    ("ja", "約1万2000人のうち、4000人以上が死傷"),
    ("ja", "33人のうち、15人が死傷"),
    ("ja", "バスに乗っていた大学生33人のうち、男女15人がシートから投げ出され"),
    ("ja", "12人のうち、約4000人"),
]
STAY = [
    # D201: "по" = until (a date, a month, a year, an ordinal) or on / across (a dative)
    ("ru", "удары по 11 объектам", 11, "exact"),
    ("ru", "по 11 вражеским дронам", 11, "exact"),
    ("ru", "по 5 населённым пунктам", 5, "exact"),
    ("ru", "удары по двум городам", 2, "exact"),
    ("ru", "с 9 по 15 июня погибли 40 человек", 40, "exact"),
    ("ru", "с 2020 по 2022 год погибли 40 человек", 40, "exact"),
    ("ru", "по 24.02.2022 погибли 11 человек", 11, "exact"),
    ("ru", "по данным МЧС, погибли 11 человек", 11, "exact"),
    ("ru", "по словам губернатора, 11 человек ранены", 11, "exact"),
    ("ru", "по одному дрону", 1, "exact"),
    ("uk", "удари по 11 об'єктах", 11, "exact"),
    ("uk", "по 5 населеним пунктам", 5, "exact"),
    ("uk", "з 1 по 5 серпня загинули 40 людей", 40, "exact"),
    # D202: no weapon after the article, or one count only
    ("de", "23 Tote und eine Stadt", 23, "exact"),
    ("de", "zweieinhalb Tausend Drohnen", 2500, "exact"),
    ("en", "two and a half thousand drones", 2500, "exact"),
    ("es", "un incendio y 11 heridos", 11, "exact"),
    ("es", "un misil y 20 heridos", 20, "exact"),
    ("zh", "一枚导弹击中大楼，造成5人死亡", 5, "exact"),
    ("zh", "一架飞机上的40名乘客", 40, "exact"),
    # D203.2: "このうち" / "うち" after the count stays a breakdown (D23)
    ("ja", "死者は26人、このうち2人", 26, "exact"),
    ("ja", "26人、うち2人", 26, "exact"),
    ("ja", "2人の添乗員のうち、女性1人", 2, "exact"),
    ("ar", "تسليم 31 أسيرا", 31, "exact"),
    ("fr", "46 contre 39 l'an dernier", 46, "exact"),
    # D206
    ("hi", "दोनों ओर के हजारों जवान मारे जा चुके हैं", (1000, 9999), "vague"),
    ("hi", "दोनों तरफ से 500 सैनिक मारे गए", 500, "exact"),
    ("hi", "दोनों जवान", 2, "exact"),
]

OPEN_RANGES = [
    # D205 (the value: the midpoint of the two ends; the high end open)
    ("es", "las estimaciones oscilan entre 1.000 y más de 12.000", 1000, 6500),
    ("es", "entre 1.000 y más de 12.000 muertos", 1000, 6500),
    ("pt", "entre 1.000 e mais de 12.000", 1000, 6500),
    ("fr", "entre 1 000 et plus de 12 000", 1000, 6500),
    ("it", "tra 1.000 e oltre 12.000", 1000, 6500),
    ("de", "zwischen 1.000 und mehr als 12.000", 1000, 6500),
    ("de", "zwischen 2 und über 3 Millionen", 2_000_000, 2_500_000),
    ("en", "between 1,000 and more than 3,000", 1000, 2000),
    ("en", "between 1,000 and over 3,000 people", 1000, 2000),
]
UNREAD += [
    # D205: no range word before, a list of two outcomes
    ("es", "5 muertos y más de 20 heridos"),
]

test_features_unread = case_test(UNREAD, assert_unparsed)
test_edges_stay = case_test(STAY)


def test_open_ranges() -> None:
    import math

    from analysis.figures import parse_figure

    for lang, phrase, low, best in OPEN_RANGES:
        fig = parse_figure(phrase, lang)
        assert (fig.qualifier, fig.low, fig.best) == ("range", low, best), (phrase, fig)
        assert math.isnan(fig.high), (phrase, fig)
