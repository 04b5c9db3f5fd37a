"""Statements for the story notebooks, on the real claim groups (values checked by hand)."""

import math

import pandas as pd
import pytest

import analysis
from analysis.claims import statements as st


@pytest.fixture(scope="module")
def claims():
    return analysis.load_claims()


@pytest.fixture(scope="module")
def groups():
    return analysis.load_claim_groups()


@pytest.mark.parametrize(
    ("low", "best", "high", "kind"),
    [
        (1500, 1500, 1500, "exact"),
        (10000, 11000, 12000, "range"),
        (3000, 3000, math.nan, "at_least"),
        (math.nan, 4000, 4000, "at_most"),
        (math.nan, math.nan, math.nan, "unknown"),
    ],
)
def test_figure_kind(low, best, high, kind):
    assert st.figure_kind(low, best, high) == kind


def test_statements_count_each_statement_once(groups):
    chosen = st.statements(
        groups, ["deployed"], ["South Korea National Intelligence Service (NIS)"]
    )
    first = chosen.iloc[0]
    # NIS, 18 October 2024: 1,500 special forces: d001 d002 d007 d014 d024 d025 d077 d079 d099.
    assert (first["date"], first["best"], first["kind"]) == (
        pd.Timestamp("2024-10-18"),
        1500,
        "exact",
    )
    assert first["rows"] == 9
    assert chosen["claim_group"].is_unique
    assert (chosen["date"].diff().dropna() >= pd.Timedelta(0)).all()


def test_as_of_keeps_only_earlier_statements(groups):
    chosen = st.statements(groups, ["deployed"], as_of="2024-10-31")
    assert chosen["date"].max() <= pd.Timestamp("2024-10-31")
    assert set(chosen["best"]) >= {1500, 3000}


def test_latest_by_claimant_takes_the_last_statement(groups):
    chosen = st.statements(
        groups,
        ["deployed"],
        ["South Korea National Intelligence Service (NIS)"],
        as_of="2024-10-31",
    )
    latest = st.latest_by_claimant(chosen)
    assert len(latest) == 1
    # By 31 October 2024 the NIS's latest total was 3,000 (23 October briefing).
    assert latest.iloc[0]["best"] == 3000


def test_casualty_shares_divide_by_the_same_claimants_deployment():
    casualties = pd.DataFrame(
        {
            "claimant": ["A", "A", "B"],
            "date": pd.to_datetime(["2025-01-10", "2024-01-01", "2025-01-10"]),
            "metric": ["killed"] * 3,
            "low": [300, 1, 5],
            "best": [300, 1, 5],
            "high": [math.nan, 1, 5],
            "claim_group": ["g1", "g2", "g3"],
        }
    )
    deployed = pd.DataFrame(
        {
            "claimant": ["A", "A"],
            "date": pd.to_datetime(["2024-11-01", "2025-02-01"]),
            "low": [10000, 20000],
            "best": [11000, 20000],
            "high": [12000, 20000],
            "claim_group": ["d1", "d2"],
        }
    )
    shares = st.casualty_shares(casualties, deployed)
    assert shares["claim_group"].tolist() == ["g1"]  # g2 predates, g3 has no deployment
    row = shares.iloc[0]
    assert row["share_best"] == 2.7  # 300 / 11,000, in percent, to 0.1
    assert row["share_low"] == 2.5  # 300 / 12,000
    assert math.isnan(row["share_high"])  # "at least 300": open above stays open


def test_article_check_flags_the_insiders_killed(claims, groups):
    check = st.article_check(claims, groups, "https://theins.ru/en/amp/news/278689").set_index("id")
    assert set(check.index) == {"c131", "c132", "c181", "c182", "c183", "d151"}
    c181 = check.loc["c181"]
    assert c181["flags"] == "reports a killed or wounded statement as killed"
    assert c181["statement_metric"] == "killed_or_wounded"
    assert c181["statement_best"] == 3000
    assert c181["other_outlets"] >= 10
    assert check.loc["c131", "flags"] == ""


def test_article_check_refuses_an_unknown_url(claims, groups):
    with pytest.raises(ValueError, match="is not in the ledger"):
        st.article_check(claims, groups, "https://example.org/not-in-ledger")
