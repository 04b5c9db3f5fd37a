# ruff: noqa: E501 (the phrases are data, as written)
"""33hf: round 94's misses, read as features of a grammar (issue 17, D223).

The first phrase of each feature is round 94's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round94.csv``); the others are forms written for this test from each
grammar; expected readings by hand from the codebook.

* D223.1: a part of a scale ("meio milhão", "half a million", "eine halbe Million") is no
  compound's head: "A and B" after it is two numbers, a range after "between", never their sum.
* D223.2: id the teens written as one word ("tigabelas", "duabelas") are the number.
* D223.3: id an age range after "berusia" / "usia" ("berusia antara 11 hingga 16") is no count.
* D223.4: tr "ile" (with) joining a count to one more named with "bir" is a list, as "ve" is.
* D223.5: ru the other cases of "полмиллиона" ("полумиллионом") are half a million.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D223.1
    ("pt", "entre meio milhão e 800 mil tutsis", 650_000, "range"),
    ("pt", "entre meio milhão e um milhão de pessoas", 750_000, "range"),
    ("en", "between half a million and 800,000 people", 650_000, "range"),
    ("es", "entre medio millón y 800.000 personas", 650_000, "range"),
    ("fr", "entre un demi-million et 800 000 personnes", 650_000, "range"),
    ("de", "zwischen einer halben Million und 800.000 Menschen", 650_000, "range"),
    # D223.2
    ("id", "Tigabelas orang penyelam asing", 13, "exact"),
    ("id", "duabelas orang", 12, "exact"),
    ("id", "sembilanbelas korban", 19, "exact"),
    # D223.5
    ("ru", "между полумиллионом и 800 тысячами человек", 650_000, "range"),
    ("ru", "около полумиллиарда", 500_000_000, "approx"),
]
STAY = [
    # D223.1: a whole number of the scale still takes the lower part ("two million and 800,000")
    ("pt", "dois milhões e 800 mil pessoas", 2_800_000, "exact"),
    ("en", "two million and 800,000 people", 2_800_000, "exact"),
    ("pt", "um milhão e meio de pessoas", 1_500_000, "exact"),
    ("en", "half a million people", 500_000, "exact"),
    # D223.3: the count before the ages stays
    ("id", "30 anak berusia 5 hingga 10 tahun", 30, "exact"),
    ("id", "30 anak berusia antara 5 dan 10 tahun", 30, "exact"),
    # D223.4: "ile" of a range, and "bir" of an idiom or before a magnitude
    ("tr", "5 ile 10 kişi", 7.5, "range"),
    ("tr", "12 kişi ile bir araya geldi", 12, "exact"),
    ("tr", "5 bin ile bir milyon arasında", 502_500, "range"),
]
UNREAD = [
    # D223.1: no "between": two numbers, no sum
    ("en", "half a million and 800,000"),
    # D223.3
    ("id", "berusia antara 11 hingga 16"),
    ("id", "berusia 11 hingga 16 tahun"),
    ("en", "aged between 11 and 16"),
    # D223.4
    ("tr", "12 çocuk ile bir antrenör"),
    ("tr", "12 çocuk ve bir antrenör"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)


def test_a_comma_before_one_or_two_digits_leaves_no_template() -> None:
    """(33) "2,3人" is the range 2-3 in zh and ja (D225.7) and "1,5人" 1.5: a reading that
    depends on the digits' values leaves no template for the next phrase of that wording (before,
    "2,3人" read after "1,5人" took its template: 2.3). Each pair read in both orders, from
    empty caches; the decimal comma of es keeps its reading either way."""
    from analysis.figures import clear_cache, parse_figure

    for lang, first, second, want in [
        ("zh", "1,5人", "2,3人", (2.0, 2.5, 3.0, "range")),
        ("ja", "1,5人", "2,3人", (2.0, 2.5, 3.0, "range")),
        ("zh", "2,3人", "1,5人", (1.5, 1.5, 1.5, "exact")),
        ("es", "2,3 millones", "1,5 millones", (1_500_000.0, 1_500_000.0, 1_500_000.0, "exact")),
    ]:
        clear_cache()
        parse_figure(first, lang)
        got = parse_figure(second, lang)
        assert (got.low, got.best, got.high, got.qualifier) == want, (lang, first, second, got)
    clear_cache()


FALLS = [
    # D225.8: a ja fall before its new total, as a rise (D225.3); round 11's row relabelled
    ("ja", "死者は前年より11人少ない48人", 48, "exact"),
    ("ja", "前年を約9万8500人下回る約98万9000人", 989_000, "approx"),
    ("ja", "5人減った22人", 22, "exact"),
]
test_ja_falls_read_the_new_total = case_test(FALLS)


def test_a_fraction_takes_no_template_of_a_whole_number() -> None:
    """(33) ru "3 раза" (three times: a count of times) and "2.5 раза" (2.5 times: a multiplier,
    unparsed) are one wording: a fraction's reading may differ from a whole number's, so each
    leaves its own template (found by reading case phrases' wordings under other values)."""
    from analysis.figures import clear_cache, parse_figure

    clear_cache()
    cold = parse_figure("2.5 раза", "ru")
    clear_cache()
    parse_figure("3 раза", "ru")
    assert repr(parse_figure("2.5 раза", "ru")) == repr(cold)
    assert cold.status == "unparsed"
    clear_cache()


def test_a_number_s_length_keeps_its_templates_apart() -> None:
    """(33) ja "5000千戸" reads 5,000 (a scale after four digits multiplies none of them) and
    "3千戸" 3,000; es "(500)" after a word is a count and "(3)" a note's mark: one wording whose
    reading hangs on the number's length, so three digits, and four or more, leave templates of
    their own (found by ``benchmarks/scan_templates.py``)."""
    from analysis.figures import clear_cache, parse_figure

    for lang, first, second in [
        ("ja", "停電は5000千戸程度となった", "停電は3千戸程度となった"),
        ("es", "Solo Traumatología (500) acumula una demanda mayor.",
         "Solo Traumatología (3) acumula una demanda mayor."),
        ("es", "se acercó a 3", "se acercó a 500"),
    ]:
        clear_cache()
        cold = parse_figure(second, lang)
        clear_cache()
        parse_figure(first, lang)
        assert repr(parse_figure(second, lang)) == repr(cold), (lang, first, second)
    clear_cache()
