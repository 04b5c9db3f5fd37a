# ruff: noqa: E501 (the phrases are data, as written)
"""17df: D87, words meaning "both" / "the two of them" are two; German "zweier", "dreier".

Issues 16 and 17. A table's ``both`` words ("both", "beide", "оба", "обидва", "ambos",
"entrambi", "両方") read as the language's "two" in their place when the phrase holds no other
quantity, one such word, no "and" and no "or" / "to" right beside it
(:func:`analysis.figures.gather.both_as_two`); the German genitives "zweier", "dreier" are
number words. CHANGES rows each read unparsed on main before D87 (the reading on main in the
comment); STAYS rows read so on main and must not change (a "both" beside another count, the
correlative "both … and", "or both", "one / none of both", the words that name two parties).
LABELLED rows are rows of the figure rounds (their file and line).
"""

from __future__ import annotations

import math

import pytest

from analysis.figures import Figure, parse_figure

NAN = math.nan


def _exact(n: float, relation: str = "total") -> Figure:
    return Figure(n, n, n, "count", "exact", relation, "ok")


UNPARSED = Figure(NAN, NAN, NAN, "count", "none", "total", "unparsed")
TWO = _exact(2.0)

CHANGES = [  # main: unparsed, no number
    ("en", "both", TWO),
    ("en", "both soldiers", TWO),
    ("en", "Both soldiers were captured", TWO),
    ("en", "both of them were killed", TWO),
    ("en", "Both men died at the scene", TWO),
    ("de", "die Gefangennahme zweier nordkoreanischer Soldaten", TWO),
    ("de", "der Tod dreier Menschen", _exact(3.0)),
    ("de", "Die beiden", TWO),
    ("de", "Die beiden Nordkoreaner", TWO),
    ("de", "beide Soldaten", TWO),
    ("de", "Beide wurden schwer verletzt", TWO),
    ("de", "die Leichen beider Soldaten", TWO),
    ("es", "ambos", TWO),
    ("es", "ambas", TWO),
    ("es", "ambos heridos fueron trasladados a un hospital", TWO),
    ("es", "Ambos soldados murieron", TWO),
    ("pt", "ambos", TWO),
    ("pt", "ambas", TWO),
    ("pt", "ambos morreram no local", TWO),
    ("it", "entrambi", TWO),
    ("it", "entrambe", TWO),
    ("it", "ambedue", TWO),
    ("it", "entrambi i feriti sono stati portati in ospedale", TWO),
    ("ru", "оба", TWO),
    ("ru", "обе", TWO),
    ("ru", "обоих", TWO),
    ("ru", "обеих", TWO),
    ("ru", "обоих задержали", TWO),
    ("uk", "обидва", TWO),
    ("uk", "обидві", TWO),
    ("uk", "обох", TWO),
    ("uk", "Обидва військовополонені солдати", TWO),  # labelled 2 captured in the article sets
    ("uk", "обидва чоловіки", TWO),  # labelled 2 captured in the article sets
    ("uk", "обоє загинули", TWO),
    ("ja", "両方", TWO),
    ("ja", "両方とも死亡した", TWO),
]

READ_ALREADY = [  # the language's "two" is written: 2 on main, unchanged
    ("fr", "les deux", TWO),
    ("fr", "tous les deux", TWO),
    ("fr", "les deux soldats", TWO),
    ("fr", "toutes les deux ont été blessées", TWO),
    ("ko", "둘 다", TWO),
    ("ko", "두 사람 모두", TWO),
    ("ko", "두 명 모두 숨졌다", TWO),
    ("ja", "二人とも", TWO),
    ("ja", "2人とも", TWO),
    ("ja", "両名", TWO),
    ("zh", "两人都", TWO),
]

STAYS = [  # as on main
    ("en", "both killed and wounded", UNPARSED),  # the correlative "both … and"
    ("en", "homeless or injured, or both", UNPARSED),
    ("en", "5,000 people are left homeless or injured, or both", _exact(5000.0)),
    ("en", "Both March and April saw numbers above 100,000",
     Figure(100000.0, 100000.0, NAN, "count", "at_least", "total", "ok")),
    ("en", "one of both soldiers", _exact(1.0)),  # "one" is the quantity, as on main
    ("de", "beide Soldaten und ein Zivilist", UNPARSED),  # a sum
    ("de", "Tote oder Verletzte oder beides", UNPARSED),  # "beides" is no count
    ("de", "einer der beiden Soldaten", UNPARSED),  # one of two, a share (as "einer der zwei")
    ("de", "keiner der beiden Soldaten", UNPARSED),  # none of two
    ("de", "zwischen beiden Ländern waren mehr als 2.000 Menschen eingeklemmt",
     Figure(2000.0, 2000.0, NAN, "count", "at_least", "total", "ok")),
    ("es", "Entre ambos días se han reportado 105 lesionados.", _exact(105.0)),
    ("es", "ambos fallecidos y tres heridos", _exact(3.0)),  # as on main ("y": no "both")
    ("es", "ninguno de ambos", UNPARSED),
    ("es", "trasladaron a ambos al hospital", UNPARSED),  # a range word beside it: left
    ("ru", "оба солдата и мирный житель", UNPARSED),
    ("ru", "один из обоих", _exact(1.0)),
    ("ru", "оба или ни одного", UNPARSED),
    ("uk", "жоден з обох", UNPARSED),
    ("uk", "обидва або жоден", UNPARSED),
    ("ko", "양측", UNPARSED),  # the two sides: no count of people
    ("ja", "両者", UNPARSED),
    ("ja", "両国", UNPARSED),
    ("ja", "両方で300人", _exact(300.0)),
    ("zh", "双方", UNPARSED),
]

LABELLED = [  # rows of the figure rounds: (file:line) label
    # read 2 by D87 (unparsed on main)
    ("ru", "Оба мальчика находятся в сознании в отделении интенсивной терапии", TWO),  # round46:293
    ("ru", "Погибли оба водителя", TWO),  # round46:329
    ("uk", "Обох госпіталізували з попереднім діагнозом – отруєння чадним газом", TWO),  # round46:336
    ("de", "auch den Tod zweier weiterer Patienten verursacht haben könnten",
     _exact(2.0, "additional")),  # round36:6
    # a "both" beside another count keeps its reading
    ("pt", "Morreram dois homens, ambos de 27 anos", TWO),
    ("es", "se han producido dos accidentes, ambos mortales", TWO),
    ("it", "I due responsabili, entrambi di Capodrise, sono stati quindi denunciati", TWO),
    ("uk", "Загинуло двоє людей, обидва – пішоходи", TWO),
    ("uk", "У Кременчуці на атракціоні травмувалися двоє дітей: обох ушпиталили", TWO),
    ("en", "Two children in Zanesville, Ohio that both attend the same daycare have tested positive for Shigella", TWO),
    ("de", "In den ersten beiden Monaten des Jahres nahm das Bundesamt 13.327 Asylerstanträge entgegen",
     _exact(13327.0)),
    ("de", "haben Rettungskräfte einen der beiden vermissten Arbeiter tot aufgefunden", UNPARSED),
]


def _same(a: Figure, b: Figure) -> bool:
    return all(x == y or (isinstance(x, float) and math.isnan(x) and math.isnan(y))
               for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize(("lang", "phrase", "figure"), CHANGES + READ_ALREADY)
def test_both_words_are_two(lang: str, phrase: str, figure: Figure) -> None:
    got = parse_figure(phrase, lang)
    assert _same(got, figure), got


@pytest.mark.parametrize(("lang", "phrase", "figure"), STAYS)
def test_near_misses_read_as_on_main(lang: str, phrase: str, figure: Figure) -> None:
    got = parse_figure(phrase, lang)
    assert _same(got, figure), got


@pytest.mark.parametrize(("lang", "phrase", "figure"), LABELLED)
def test_labelled_rows(lang: str, phrase: str, figure: Figure) -> None:
    got = parse_figure(phrase, lang)
    assert _same(got, figure), got


def test_both_words_guess_their_language() -> None:
    # without a hint, the words vote for their table (ru/uk share a script)
    assert _same(parse_figure("Обох госпіталізували"), TWO)
    assert _same(parse_figure("Погибли оба водителя"), TWO)
