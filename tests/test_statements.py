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


def test_labels_come_from_the_qualifier_not_the_bounds(claims, groups):
    chosen = st.statements(groups, ["deployed"], claims=claims).set_index("claim_group")
    # Yonhap's "around 15,000" (news media's own reporting): approx, not "exact"
    media = chosen["claimant"] == "News media (own reporting)"
    yonhap = chosen[media & (chosen["best"] == 15000)]
    assert set(yonhap["figure"]) == {"about 15,000"}
    # Rutte's "thousands of" (NATO): vague, not a range from 1,000
    assert set(chosen.loc[chosen["claimant"] == "NATO", "figure"]) == {"thousands (1,000–9,999)"}


def test_flagged_statements_are_marked_and_never_latest(claims, groups):
    chosen = st.statements(groups, ["killed"], claims=claims)
    several = chosen[chosen["claimant"] == "Several governments jointly"]
    # c094: "понад 6 тисяч" killed, where the sources counted killed and wounded
    assert several["flag"].tolist() == ["distorted_metric"]
    assert several["flagged_ids"].tolist() == ["c094"]
    assert "Several governments jointly" not in set(st.latest_by_claimant(chosen)["claimant"])
    typo = st.statements(groups, ["additional_deployed"], claims=claims)
    assert typo.loc[typo["best"] == 5, "flag"].tolist() == ["typo"]  # d043, "5 pessoas"
    rows = st.flagged_rows(claims, chosen)
    assert {"c094", "c001"} <= set(rows["id"]) and rows["url"].str.startswith("http").all()


def test_headline_sources_leave_out_flagged_rows(claims):
    rows = st.headline_sources(claims, ["grp-c062"])  # NIS 4,700: c062 and c071 misreport it
    assert not rows.empty and not {"c062", "c071"} & set(rows["id"])


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


def _frame(**columns):
    frame = pd.DataFrame(columns)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["kind"] = [st._shape(lo, b, hi) for lo, b, hi in
                     zip(frame["low"], frame["best"], frame["high"], strict=True)]
    return frame


def test_casualty_shares_only_between_comparable_figures():
    casualties = _frame(
        claimant=["A", "A", "B", "A", "A"], metric=["killed"] * 5,
        date=["2025-01-10", "2024-01-01", "2025-01-10", "2025-12-01", "2025-01-20"],
        low=[300, 1, 5, 300, 30000], best=[300, 1, 5, 300, 30000],
        high=[math.nan, 1, 5, 300, 30000], claim_group=["g1", "g2", "g3", "g4", "g5"])
    deployed = _frame(claimant=["A", "A"], date=["2024-11-01", "2025-02-01"],
                      low=[10000, 20000], best=[11000, 20000], high=[12000, 20000],
                      claim_group=["d1", "d2"])
    shares = st.casualty_shares(casualties, deployed).set_index("claim_group")
    g1 = shares.loc["g1"]
    assert g1["share_low"] == 2.5  # 300 / 12,000: a share of a range is a range
    assert math.isnan(g1["share_high"])  # "at least 300": open above stays open
    assert g1["share"] == "at least 2.5%"
    assert shares.loc["g2", "share"].startswith("not computed: this claimant stated no")
    assert shares.loc["g3", "share"].startswith("not computed")  # B stated no deployment
    assert "days older" in shares.loc["g4", "share"]  # 2025-02-01 is 303 days before
    assert shares.loc["g5", "share"].startswith("withheld")  # 30,000 of 11,000
    assert math.isnan(shares.loc["g5", "share_best"])


def test_a_stated_comparable_claimant_stands_in_only_when_the_claimant_has_none():
    casualties = _frame(
        claimant=["A", "A", "C"], metric=["killed"] * 3,
        date=["2025-01-10", "2025-06-01", "2025-06-01"], low=[300, 500, 500],
        best=[300, 500, 500], high=[300, 500, 500], claim_group=["g1", "g2", "g3"])
    deployed = _frame(claimant=["A", "B", "C"], date=["2024-12-01", "2025-05-01", "2024-01-01"],
                      low=[10000, 5000, 1000], best=[10000, 5000, 1000],
                      high=[10000, 5000, 1000], claim_group=["dA", "dB", "dC"])
    pairs = pd.DataFrame({"claimant": ["B"], "comparable": ["A"]})
    shares = st.casualty_shares(casualties, deployed, pairs).set_index("claim_group")
    # A's own total of 1 Dec 2024 is recent enough for January: B's is not used
    assert shares.loc["g1", ["deployed", "share"]].tolist() == ["10,000", "3%"]
    # by June A's own total is 182 days old: B's of 1 May (stated comparable) stands in, named
    assert shares.loc["g2", ["deployed", "share", "deployment_group"]].tolist() == [
        "5,000 (B)", "10%", "dB"]
    # C is paired with nobody: its own stale total is not replaced
    assert "days older" in shares.loc["g3", "share"]
    none = st.casualty_shares(casualties, deployed, pairs.iloc[:0]).set_index("claim_group")
    assert "days older" in none.loc["g2", "share"]


def test_comparable_claimants_table_is_checked(tmp_path):
    from analysis.core.errors import SheetError
    from analysis.ledger.reference import load_comparable_claimants

    real = load_comparable_claimants(claimants=set(analysis.load_claims()["claimant"]))
    assert real["source"].str.startswith("https://").all()
    bad = tmp_path / "comparable_claimants.csv"
    bad.write_text("claimant,comparable,note,source\nA,A,same,https://x.org\n")
    with pytest.raises(SheetError, match=":2, column .comparable.: the same claimant on both"):
        load_comparable_claimants(bad)
    bad.write_text("claimant,comparable,note,source\nA,Nobody,n,https://x.org\n")
    with pytest.raises(SheetError, match="'Nobody' is no claimant"):
        load_comparable_claimants(bad, claimants={"A"})
    bad.write_text("claimant,comparable,note,source\nA,B,n,ledger note\n")
    with pytest.raises(SheetError, match="source"):
        load_comparable_claimants(bad)


def test_no_published_share_of_the_ledger_exceeds_100(claims, groups):
    casualties = st.statements(groups, ["killed", "wounded", "killed_or_wounded"], claims=claims)
    shares = st.casualty_shares(casualties, st.statements(groups, ["deployed"], claims=claims))
    nis = shares[shares["claimant"] == "South Korea National Intelligence Service (NIS)"]
    # the NIS's 4,700 and 4,100 of 2025 against its 3,000 of October 2024: not comparable
    stale = nis[nis["casualties"].isin(["about 4,700", "4,100"])]
    assert len(stale) == 2 and stale["share_best"].isna().all()
    assert (shares["share_best"].dropna() <= 100).all()
    # 6,000 killed or wounded of 11,000 deployed, both said on 13 February 2026
    assert nis.loc[nis["casualties"] == "about 6,000", "share"].tolist() == ["54.5%"]


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
