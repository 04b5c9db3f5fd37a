"""Charts draw text from data literally: two ``$`` in a claimant name are not a formula
(issue 18). Every chart function is drawn with such a claimant in each text it takes (title,
source line, axis label, series names) and rendered to PNG and SVG."""

from __future__ import annotations

import math

import matplotlib.cbook
import matplotlib.pyplot as plt
import matplotlib.text
import pandas as pd
import pytest

from analysis import charts, external
from analysis.core.errors import ChartError
from analysis.publish.style import alt_text, plain

CLAIMANT = "Deputy minister (50% of $ budget, #2 official $)"


def statements() -> pd.DataFrame:
    return pd.DataFrame({
        "claimant": [CLAIMANT, "South Korea National Intelligence Service (NIS)", CLAIMANT],
        "metric": ["deployed", "deployed", f"cost in {CLAIMANT}"],
        "date": pd.to_datetime(["2024-10-18", "2024-10-23", "2024-11-04"]),
        "low": [1500, 10000, 3000], "best": [1500, 11000, 3000],
        "high": [1500, 12000, math.nan], "kind": ["exact", "range", "at_least"],
    })


def drawn(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if "$" in t.get_text()]


def check(fig) -> None:
    """The claimant is drawn, no text is read as mathtext, and both renderings work."""
    texts = drawn(fig)
    assert texts, "the claimant's text is drawn somewhere"
    assert not [t for t in texts if matplotlib.cbook.is_math_text(t)]
    assert charts.render_png(fig).startswith(b"\x89PNG")
    assert "<svg" in charts.render_svg(fig)
    plt.close(fig)


def test_a_raw_dollar_pair_is_mathtext_so_the_test_can_fail():
    # the hazard itself: unescaped, matplotlib reads the name as a formula and cannot draw it
    assert matplotlib.cbook.is_math_text(CLAIMANT)
    assert not matplotlib.cbook.is_math_text(plain(CLAIMANT))
    fig, ax = plt.subplots()
    ax.set_title(CLAIMANT)
    with pytest.raises(ChartError) as caught:
        charts.render_png(fig)
    plt.close(fig)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("a chart's text cannot be drawn")


@pytest.mark.parametrize("series", ["claimant", "metric"])
def test_statements_over_time_draws_dollars_literally(series):
    fig = charts.statements_over_time(statements(), f"What {CLAIMANT} said",
                                      charts.claimant_sources(statements()["claimant"]),
                                      f"troops ({CLAIMANT})", series=series)
    assert CLAIMANT in alt_text(fig)
    check(fig)


def test_claims_over_time_draws_dollars_literally():
    monthly = pd.DataFrame({"deployed": [1, 2], CLAIMANT: [3, 4]},
                           index=pd.Index(["2024-10", f"2024-11 {CLAIMANT}"], name="month"))
    fig = charts.claims_over_time(monthly, f"Claims by {CLAIMANT}", CLAIMANT)
    assert CLAIMANT in alt_text(fig)
    check(fig)


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return external.select(external.load_daily(), "personnel", "2024-10-01", "2024-12-31")


def test_general_staff_charts_draw_dollars_literally(rows):
    check(charts.daily_chart(rows, "personnel", title=CLAIMANT))
    check(charts.cumulative_chart(rows, "personnel", title=CLAIMANT))
    check(charts.monthly_chart(external.totals_by(rows, "personnel", "month"), "personnel",
                               title=CLAIMANT))


def test_comparison_charts_draw_dollars_literally():
    comparison = external.load_comparison()
    check(charts.comparison_bars(external.latest_comparison(comparison), title=CLAIMANT,
                                 sources=CLAIMANT))
    check(charts.ratio_chart(comparison, title=CLAIMANT))
