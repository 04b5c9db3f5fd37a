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
