# ruff: noqa: E501 (the phrases are data, as written)
"""17nj: the classes of figure round 20's misses (D49), per language, on phrases of their own.

Every reading written by hand from the codebook (the phrases were written for this test, after
the rules). Each class has phrases that it reads and phrases at its edge that it must leave as
they were (precision first: when two numbers could each be the count, unparsed).
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

CLASSES = [
    # D49.1: a change "from A to B" with the old count's noun and time (a year, between commas)
    ("fr", "le nombre est tombé de 1.200 en 2015 à 950 en 2020", 950, "exact"),
    ("fr", "il est tombé de 500 mètres", 500, "exact"),
    ("es", "pasando de 31 heridos en 2021 a 40 este año", 40, "exact"),
    ("es", "pasaron de 10 heridos a 20 muertos", U, ""),
    ("pt", "as mortes passaram de 120, em 2019, para 87, em 2023", 87, "exact"),
    ("id", "dari 340 kasus pada tahun 2022 menjadi 512 kasus", 512, "exact"),
    ("id", "dari 129 menjadi 182", 182, "exact"),
    ("id", "9 dari 12 korban", U, ""),
    ("en", "deaths fell from 61 in 2019 to 48 in 2022", 48, "exact"),
    ("en", "falling from 22 deaths in 2019 to 9 this year", 9, "exact"),
    ("en", "rose from 404, in 2012, to more than 14,000 in 2020", 14000, "at_least"),
    ("en", "rose from 10 deaths to 20 injured", U, ""),
    ("de", "stieg von 22 Toten 2019 auf 31", 31, "exact"),
    ("it", "passando da 22 morti nel 2019 a 9", 9, "exact"),
    ("ru", "снизилось с 500 в 2014 году до 284 в 2017 году", 284, "exact"),
    ("uk", "знизилася з 500 у 2014 році до 284", 284, "exact"),
    ("pl", "liczba ofiar spadła z 500 w 2014 roku do 284", 284, "exact"),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), CLASSES)
def test_d49_reads_as_written(lang: str, phrase: str, best: object, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
