"""A Hangul scale word written alone before the people counter is a number (issue 16).

"최소 만 명" (at least ten thousand) and "만 2천 명" (12,000) write the scale "만" with no digit
before it; the article reader found no candidate there and read "만 2천 명" as 2,000. The
particle "만" (only) is written on its noun ("병사만") and "천명한" (declared) is a verb: neither
is a number. The sentence is round 16zx's (ko-16zx, the State Department's estimate,
tests/cases/articles/round_16zx.yml).
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

STATE_DEPARTMENT = ("미 국무부는 지난주 8천 명의 북한군이 쿠르스크에 갔다고 했지만, "
                    "지금은 최소 만 명의 북한군이 이동한 것으로 평가했다.")


def test_a_scale_alone_before_the_counter_is_read() -> None:
    rows = extract_figures(STATE_DEPARTMENT, "ko")
    assert rows[["figure_text", "best"]].values.tolist() == [["8천 명", 8000.0],
                                                             ["최소 만 명", 10000.0]]


@pytest.mark.parametrize(("text", "figure", "best"), [
    ("국정원은 북한이 만 2천 명을 러시아에 파병했다고 밝혔다.", "만 2천 명", 12000.0),
    ("국정원은 북한이 천여 명을 추가 파병했다고 밝혔다.", "천여 명", 1000.0),
])
def test_a_scale_alone_takes_the_digits_after_it(text: str, figure: str, best: float) -> None:
    rows = extract_figures(text, "ko")
    assert rows[["figure_text", "best"]].values.tolist() == [[figure, best]]


@pytest.mark.parametrize("text", [
    "국정원은 북한군 병사만 명단에 올랐다고 밝혔다.",
    "조기 종전을 천명한 트럼프 대통령은 북한군 파병을 비판했다.",
])
def test_the_particle_and_the_verb_are_no_numbers(text: str) -> None:
    assert extract_figures(text, "ko").empty
