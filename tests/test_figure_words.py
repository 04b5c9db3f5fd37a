"""One formatter turns a figure into words: every qualifier, read from real phrases."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from analysis.figures import QUALIFIERS, parse_figure
from analysis.figures.words import describe_figure

CASES = list(csv.DictReader((Path(__file__).parent / "cases" / "figure_words.csv").open(
    encoding="utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[c["phrase"] for c in CASES])
def test_a_parsed_phrase_reads_back_in_words(case):
    figure = parse_figure(case["phrase"], case["lang"])
    words = describe_figure(figure.low, figure.best, figure.high, figure.qualifier, figure.unit)
    assert words == case["words"], case["note"]


def test_the_cases_render_every_qualifier():
    seen = {parse_figure(c["phrase"], c["lang"]).qualifier for c in CASES}
    assert seen == set(QUALIFIERS)


def test_bounds_win_over_a_qualifier_they_contradict():
    # a statement combining "about 3,000" and "more than 3,000" is open above
    assert describe_figure(3000, 3000, math.nan, "approx") == "at least 3,000"
    assert describe_figure(40, 40, 40, "approx", "percent") == "about 40%"
    assert describe_figure(2.5, 2.5, 2.5, "exact", "percent") == "2.5%"
