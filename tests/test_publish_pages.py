"""What a reader sees: table cells, parameters in words, chart alt text from the data."""

from __future__ import annotations

import math

import matplotlib
import pandas as pd

import analysis
from analysis import charts
from analysis.publish.index import parameters_words
from analysis.publish.style import alt_text
from analysis.publish.tables import cell_text, readable

matplotlib.use("Agg")


def test_cells_have_no_pandas_artefacts():
    assert [cell_text(v) for v in (15000.0, math.nan, None, pd.NaT, 2.96, True, "",
                                   "killed_or_wounded", pd.Timestamp("2025-01-13"))] == [
        "15,000", "—", "—", "—", "3", "yes", "—", "killed or wounded", "2025-01-13"]
    table = readable(pd.DataFrame({"share_best": [54.5], "claim_group": ["grp-c098"]}))
    assert list(table.columns) == ["Share best", "Claim group"]
    assert table.iloc[0].tolist() == ["54.5", "grp-c098"]


def test_parameters_are_said_in_plain_words():
    assert parameters_words({"as_of": "2024-12-31", "show_additional": False}) == (
        "As of 31 December 2024 · show additional: no")
    assert parameters_words({"metrics": [], "start": ""}) == "metrics: all · start: no limit"


def test_a_statements_chart_describes_its_data():
    claims, groups = analysis.load_claims(), analysis.load_claim_groups()
    chosen = analysis.select_statements(groups, ["killed"], claims=claims)
    fig = charts.statements_over_time(chosen, "t", "s", "North Korean soldiers (people)",
                                      series="metric")
    from analysis.publish.style import _DESCRIBED

    alt, data = _DESCRIBED.pop(fig)
    assert alt.startswith(f"Dot chart of {len(chosen)} statements of North Korean soldiers")
    assert "flagged statement(s) drawn as grey crosses" in alt  # c094's "6,000 killed"
    assert data.loc[data["flag"] != "", "flagged_ids"].str.contains("c094").any()
    assert "Chart: t." in alt_text(fig)


def _described(fig):
    from analysis.publish.style import _DESCRIBED

    return _DESCRIBED.pop(fig)


def test_general_staff_charts_describe_their_data_and_write_it():
    from analysis import external
    from analysis.publish.style import CLAIMANT_COLOURS, FLAGGED_COLOUR, GENERAL_STAFF

    rows = external.select(external.load_daily(), "personnel", None, None)
    fig = charts.daily_chart(rows, "personnel")
    alt, data = _described(fig)
    # The peak of unflagged days the General Staff reported (19 Dec 2024, 2,200 personnel).
    assert "Peak of unflagged days: 2,200 on 19 December 2024" in alt
    assert alt.startswith("Bar chart of the personnel the General Staff of Ukraine claimed")
    assert list(data.columns) == ["loss_date", "daily", "mean_7_days", "flag"]
    assert len(data) == int(rows["daily"].notna().sum())
    bars = fig.axes[0].patches
    assert matplotlib.colors.to_hex(bars[0].get_facecolor()) == CLAIMANT_COLOURS[GENERAL_STAFF]
    monthly = external.totals_by(rows, "personnel", "month")
    fig = charts.monthly_chart(monthly, "personnel", "t")
    alt, data = _described(fig)
    assert "Busiest month: 2024-12 with 48,670" in alt
    colours = {matplotlib.colors.to_hex(b.get_facecolor()) for b, n in zip(
        fig.axes[0].patches, monthly["flagged_days"], strict=False) if n}
    assert colours == {FLAGGED_COLOUR}


def test_oryx_charts_describe_their_data_and_write_it():
    from analysis import external

    comparison = external.load_comparison()
    latest = external.latest_comparison(comparison)
    alt, data = _described(charts.comparison_bars(latest, "t"))
    assert alt.startswith("Horizontal bars, log scale: Russian equipment the General Staff")
    assert "Tanks: " in alt and "Helicopters: " in alt
    assert set(data["category"]) >= {"tanks", "helicopters"}
    assert {"claimed", "confirmed", "confirmed_destroyed"} <= set(data.columns)
    alt, data = _described(charts.ratio_chart(comparison, "t"))
    assert alt.startswith("Lines, log scale: claimed ÷ confirmed losses per category")
    assert "artillery systems 21.2×" in alt  # the highest ratio the report headlines
    assert len(data) == len(comparison)


def test_every_series_keeps_one_colour_of_its_own():
    from analysis.publish.style import CATEGORY_COLOURS, CLAIMANT_COLOURS, METRIC_COLOURS

    for table in (CLAIMANT_COLOURS, METRIC_COLOURS, CATEGORY_COLOURS):
        assert len(set(table.values())) == len(table)


def test_the_busiest_month_is_an_unflagged_one_with_the_flagged_beside_it():
    from analysis import external

    rows = external.select(external.load_daily(), "tanks", None, None)
    monthly = external.totals_by(rows, "tanks", "month")
    peak, flagged = external.busiest_unflagged_month(monthly)
    assert peak["flagged_days"] == 0 and flagged["flagged_days"] > 0
    assert flagged["losses"] > peak["losses"]
    title = charts.monthly_title(monthly, "tanks")
    assert title == (f"Busiest month without flagged days: {peak['period']}, "
                     f"{peak['losses']:,} tanks ({flagged['period']}, with flagged days, "
                     f"{flagged['losses']:,})")
    # October 2023 (521 tanks) holds a flagged day: it is stated beside, not headlined
    assert flagged["period"] == "2023-10" and flagged["losses"] == 521
