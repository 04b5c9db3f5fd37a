"""The journalist's API on the real processed tables (expected values read by hand)."""

import pytest

import analysis
from analysis.claims import explore


@pytest.fixture(scope="module")
def claims():
    return analysis.load_claims()


def test_find_claimants_matches_whole_words(claims):
    assert explore.find_claimants(claims, "NIS") == [
        "South Korea National Intelligence Service (NIS)"]
    # "nis" is inside "Ministry" and "Sanctions": whole words only
    assert "South Korea Ministry of National Defense" not in explore.find_claimants(claims, "nis")
    south_korea = explore.find_claimants(claims, "south korea")
    assert "South Korea Joint Chiefs of Staff" in south_korea
    assert all("South Korea" in name for name in south_korea)


def test_find_claimants_says_what_exists_when_nothing_matches(claims):
    with pytest.raises(ValueError, match="no claimant matches 'xyz'; most frequent: South Korea"):
        explore.find_claimants(claims, "xyz")


def test_select_claims_by_claimant_metric_and_date(claims):
    nis = explore.find_claimants(claims, "NIS")
    chosen = analysis.select_claims(claims, ["deployed"], "2024-10-01", "2024-10-31", claimants=nis)
    assert set(chosen["claimant"]) == set(nis)
    assert set(chosen["metric"]) == {"deployed"}
    assert {"d001", "d002"} <= set(chosen["id"])  # NIS, 18 October 2024: 1,500
    assert chosen["published"].between("2024-10-01", "2024-10-31").all()


def test_select_claims_refuses_unknown_metrics(claims):
    with pytest.raises(ValueError, match="unknown metric"):
        analysis.select_claims(claims, ["dead"])


def test_the_lazy_api_lists_its_names():
    for name in ("load_claims", "load_claim_groups", "select_claims", "find_claimants",
                 "parse_figure", "parse_period", "record", "show_sources"):
        assert name in dir(analysis)
        assert callable(getattr(analysis, name))
    with pytest.raises(AttributeError):
        analysis.no_such_function  # noqa: B018


def test_progress_is_silent_and_transparent_outside_a_notebook(capsys):
    from analysis.core.progress import Stages, steps

    assert list(steps(iter([1, 2, 3]), 3, "counting", ["a", "b", "c"])) == [1, 2, 3]
    stages = Stages(["one", "two"], "job")
    stages.start("one")
    stages.finish()
    assert capsys.readouterr() == ("", "")
