# ruff: noqa: E501 (the phrases are data, as written)
"""D43: numbers beside a count that are no count (issue 17, round 17's classes).

Each class on phrases of its own, not round 17's, in the languages the rule reaches; each
reading written by hand from the codebook.
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

from analysis.figures import parse_figure

CASES = [
    # 1. an age in brackets after a name is no count
    ("ko", "김모(52) 씨 등 3명이 병원으로 옮겨졌다", 3, "exact"),
    ("ko", "운전자 박모씨(61)등 2명이 다쳤다", 2, "exact"),
    ("ja", "男性(35)ら5人がけがをした", 5, "exact"),
    ("en", "John Smith (44) and his son were among 12 people rescued", 12, "exact"),
    # (17ch) "der Fahrer und 14 Fahrgäste": one person named by a role and a count, a sum (D65.6,
    # written after this row); the age is still no count
    ("de", "Der Fahrer (56) und 14 Fahrgäste wurden verletzt", UNPARSED, ""),
    ("de", "Der Fahrer (56) sagte, 14 Fahrgäste wurden verletzt", 14, "exact"),
    ("pt", "Cerca de 25 pessoas foram presas na sexta-feira (9)", 25, "approx"),
    # 2. a year after "in" and an article; "one of the" + a superlative is a pronoun
    ("en", "at least 30 were killed in a 2015 crash", 30, "at_least"),
    ("en", "more than 60 died in a 2004 flood", 60, "at_least"),
    ("es", "una de las peores ocurrió en 1998 y dejó 40 muertos", 40, "exact"),
    # 3. a number that names a thing: leading zero, "number", a grade, a school, an emergency number
    ("id", "Tiga warga RT 005 RW 003 tertimbun longsor", 3, "exact"),
    ("id", "12 siswa kelas 4 SDN Sukamaju 3 keracunan", 12, "exact"),
    ("id", "8 siswa SMP Negeri 2 Bandung dirawat", 8, "exact"),
    ("ar", "إصابة 12 راكبا في القطار رقم 934", 12, "exact"),
    ("uk", "травмовано п'ятьох пасажирів поїзда №105/106", 5, "exact"),
    ("ru", "пострадали семь пассажиров поезда №101/102", 7, "exact"),
    ("it", "l'elicottero del 118 ha trasportato tre feriti", 3, "exact"),
    ("es", "el helicóptero del 112 trasladó a cuatro heridos", 4, "exact"),
    ("ko", "한 중학교 2학년 학생 15명이 식중독 증세를 보였다", 15, "exact"),
    # 4. durations written as adjectives, "last" between, nights, case endings
    ("de", "Die drei Bergsteiger wurden nach einer 12-stündigen Suche gerettet", 3, "exact"),
    ("de", "Zwei Wanderer nach dreitägiger Suche und 5-tägigem Marsch gefunden", 2, "exact"),
    ("fr", "Des dizaines de morts ces dix derniers jours", 10, "vague"),
    ("ja", "児童約80人が2泊3日の日程で参加", 80, "approx"),
    ("uk", "Троє дітей 5-ти та 7-ми років отримали опіки", 3, "exact"),
    ("ru", "двое детей 3-х и 5-ти лет погибли", 2, "exact"),
    # 5. a count told with its parts
    ("uk", "постраждали 12 людей – 8 дітей і 4 дорослих", 12, "exact"),
    ("en", "45 people: 30 children and 15 adults", 45, "exact"),
    ("en", "45 people: 30 children and 12 adults", UNPARSED, ""),  # parts do not add up
    ("ko", "60대 1명과 30대 2명 등 3명이 숨졌다", 3, "exact"),
    ("ko", "승객 20명이 다쳤고 이 중 5명은 중상", 20, "exact"),
    ("tr", "aralarında 2 çocuğun da bulunduğu 9 kişi kurtarıldı", 9, "exact"),
    ("es", "murieron 50 personas, en su mayoría niños", 50, "exact"),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), CASES)
def test_d43(lang: str, phrase: str, best: float, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)


def test_an_age_alone_stays_as_written() -> None:
    # no other number: the bracket is kept (the phrase may be a count in brackets)
    assert parse_figure("Dead (44)", "en").best == 44
