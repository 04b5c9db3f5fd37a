# ruff: noqa: E501 (the phrases are data, as written)
"""30fx: language features the figure reader missed in round 86 (issue 17, D214).

The first phrase of each feature is round 86's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round86.csv``); the others are forms written for this test from each
grammar; expected readings by hand from the codebook.

* D214.1: pl a multiplier "N razy" before a comparative in every case and gender (większy,
  większa, większe, większych … wyższe, niższe, mniejsze) is no count (rule 13), as "razy
  więcej" was. And no table writes a stem (``\\w*``) inside a phrase of several words: a longer
  phrase is matched word by word as written, so such an entry never matched.
* D214.2: ko "N명의 배" (twice N) is a multiplier, as "N배"; 배 the ship is not.
* D214.3: hi "N या अधिक" / "या उससे अधिक" (N or more) is at least, as en "or more".
* D214.4: a time unit right after "/" makes a rate (rule 13): "5000 例/天", "5000 cases/day",
  "300/Tag"; two nouns neither a measure nor a time ("5 Tote/Verletzte") stay.
* D215 (round 87): ko 여 before its scale word ("1400여 만 명" = at least 14 million); zh a
  breakdown before its total ("包括9名儿童在内的至少17名平民" = at least 17); es "hasta unos"
  is approx (D1: the nearest governs); en "up 30% from N" names the compared value (D111).
* D217 (round 89): fr "proche de N" (close to N) is nearly, as "près de".
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

from analysis.figures.lexicon import FIELD_CATS
from analysis.lang import FIGURE_TABLES

READ = [
    # D214.3
    ("hi", "अन्य 8,000 या अधिक", 8_000, "at_least additional"),
    ("hi", "500 या उससे अधिक लोग", 500, "at_least"),
    ("hi", "500 या ज़्यादा लोग", 500, "at_least"),
    ("hi", "500 अथवा अधिक लोग", 500, "at_least"),
    # D215.1
    ("ko", "1400여 만 명이 집을 버리고", 14_000_000, "at_least"),
    ("ko", "30여 만 명", 300_000, "at_least"),
    # D215.2
    ("zh", "包括9名儿童在内的至少17名平民死亡", 17, "at_least"),
    ("zh", "包括3名警察在内的25人受伤", 25, "exact"),
    # D215.3
    ("es", "Hasta unos 7.000 civiles han muerto", 7_000, "approx"),
    # D215.4
    ("en", "At least 233 597 people were reportedly killed as a result of conflict in 2024, up 30% from 179 099 fatalities in 2023", 233_597, "at_least"),
    ("en", "1,200 people were arrested, down 5 percent from 1,400", 1_200, "exact"),
    # D217 (round 89)
    ("fr", "proche de 10 000", 10_000, "nearly"),
    ("fr", "un bilan proche de 300 morts", 300, "nearly"),
]
STAY = [
    # D214.1: "razy" after a verb counts occasions
    ("pl", "strażacy interweniowali ponad 2800 razy", 2_800, "at_least"),
    # D214.2: the ship, and a count with no 배
    ("ko", "배에 타고 있던 300명", 300, "exact"),
    ("ko", "2천365명으로 늘었다", 2_365, "exact"),
    # D214.3: "से अधिक" as before
    ("hi", "8,000 से अधिक", 8_000, "at_least"),
    # D214.4: two nouns, neither a measure nor a time
    ("de", "5 Tote/Verletzte", 5, "exact"),
    # D215: the forms that read already
    ("ko", "1400여만 명", 14_000_000, "at_least"),
    ("zh", "至少17名平民死亡，包括9名儿童", 17, "at_least"),
    ("es", "hasta 7.000 civiles", 7_000, "at_most"),
    ("en", "233,597 killed in 2024, up from 179,099", 233_597, "exact"),
    # D217: "proche de" before no number
    ("fr", "proche de Kyiv, 300 soldats", 300, "exact"),
    ("fr", "300 soldats proches de la frontière", 300, "exact"),
]
UNREAD_TOO = [
    # D215.4: no count before the change (round 59)
    ("en", "That was down 3.1% from 624,828 in 2021 – and the lowest number since 2002, when there were 596,122."),
]
UNREAD = [
    # D214.1
    ("pl", "400 razy większe"),
    ("pl", "3 razy większa liczba ofiar"),
    ("pl", "dwa razy wyższy"),
    ("pl", "10 razy mniejszych"),
    ("pl", "5 razy niższą"),
    # D214.2
    ("ko", "작년 같은 기간 2천365명의 배에 육박하는 규모"),
    ("ko", "지난해 300명의 배로 늘었다"),
    ("ko", "1천명의 배가 넘는"),
    # D214.4
    ("zh", "病例数以 5000 例/天的速度增加"),
    ("zh", "5000例/天"),
    ("en", "5000 cases/day"),
    ("en", "300/day"),
    ("de", "300 Fälle/Tag"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD + UNREAD_TOO, assert_unparsed)


def test_no_table_writes_a_stem_inside_a_longer_phrase() -> None:
    """A phrase of several words is matched word by word as written: a ``\\w*`` there is dead."""
    dead = [(code, field, phrase) for code, table in FIGURE_TABLES.items()
            for field, value in table.items() if field in FIELD_CATS
            for phrase in (value if isinstance(value, list | dict) else ())
            if isinstance(phrase, str) and " " in phrase.strip() and "\\w" in phrase]
    assert dead == []
