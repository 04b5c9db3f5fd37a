"""Every number word of every language reads its value (helper 17nw, codebook D53).

The rows of ``tests/cases/number_words.csv`` are written by ``tools/number_word_cases.py``
from the independent library num2words (``source=num2words-<version>``) and from the grammar
(``source=grammar``): their values never come from the engine. The few phrases the codebook
leaves unparsed are listed in :data:`UNPARSED` with why.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.figures import parse_figure

CASES = list(csv.DictReader((Path(__file__).parent / "cases" / "number_words.csv").open(
    encoding="utf-8")))

_ARTICLE = "an article alone, no numeral (D8: it counts only before a magnitude)"
_HANGUL_ONE = "one Sino-Korean syllable alone is a word: 이 (this), 사 (company), 구 (district)"
_HANGUL_TWO = "two Sino-Korean syllables alone are as often a word (D53.4): read before a counter"
UNPARSED: dict[tuple[str, str], str] = {
    ("un", "fr"): _ARTICLE, ("um", "pt"): _ARTICLE, ("uma", "pt"): _ARTICLE,
    ("una", "es"): _ARTICLE, ("uno", "it"): _ARTICLE, ("bir", "tr"): _ARTICLE,
    ("ein", "de"): _ARTICLE, ("eine", "de"): _ARTICLE,
    **{(w, "ko"): _HANGUL_ONE for w in "일이삼사오육칠팔구"},
    # 십일 (ten days), 백일 (a baby's hundredth day), 이천 / 삼천 / 오천 (Icheon, Samcheon,
    # Ocheon), 이만 (this much), 오만 (arrogance)
    **{(w, "ko"): _HANGUL_TWO for w in (
        "십일", "십이", "십삼", "십사", "십오", "십육", "십칠", "십팔", "십구", "백일", "이천",
        "삼천", "오천", "이만", "오만")},
}


def test_the_fixture_covers_every_judged_and_kept_language():
    langs = {c["lang"] for c in CASES}
    assert langs >= {"tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id", "en", "de", "fr",
                     "es", "ru", "uk"}
    assert {c["source"].split("-")[0] for c in CASES} == {"num2words", "grammar"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{c['phrase']}" for c in CASES])
def test_a_number_word_reads_its_value(case):
    figure = parse_figure(case["phrase"], case["lang"])
    why = UNPARSED.get((case["phrase"], case["lang"]))
    if why is not None:
        assert figure.status == "unparsed", why
        return
    assert figure.status == "ok"
    assert figure.best == float(case["value"]), case["source"]


@pytest.mark.parametrize("phrase", [
    "이 사건", "사", "구", "천사 같은 아이", "만일 북한이", "오만과 편견", "일사천리로", "삼십육계",
    "쉰 목소리",
])
def test_hangul_words_made_of_numeral_syllables_are_no_numbers(phrase):
    assert parse_figure(phrase, "ko").status == "unparsed"


@pytest.mark.parametrize(("phrase", "lang", "value"), [
    ("이천에서 5명", "ko", 5), ("사천시 3명", "ko", 3),
    ("killed three thousand, two hundred and five people", "en", 3205),
    ("dezenove mil, novecentos mortos", "pt", 19_900),
    ("أسفر عن مقتل مئتين وواحد وعشرين شخصا", "ar", 221),
    ("korban seratus dua puluh tujuh orang", "id", 127),
])
def test_number_words_inside_a_phrase(phrase, lang, value):
    assert parse_figure(phrase, lang).best == value
