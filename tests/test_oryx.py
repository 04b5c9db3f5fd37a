"""Oryx cleaning: labels with embedded totals, renamed categories, both countries, comparison.

The real files are fetched once per session from the mirror into a temporary folder.
"""

import shutil

import pandas as pd
import pytest

from analysis.core.errors import ClaimsDeskError
from analysis.external import comparison as compare
from analysis.external import general_staff as losses
from analysis.external import oryx
from analysis.external import registry as external


@pytest.fixture(scope="session")
def confirmed(external_dir):
    return oryx.read_losses(external_dir / "oryx")


def series(table, country, category, status="destroyed"):
    return table[(table["country"] == country) & (table["category"] == category)
                 & (table["status"] == status)].set_index("date")


def test_labels_are_split_from_their_running_totals():
    assert oryx.split_label(
        "Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425, damaged: "
        "803, abandoned: 1122, captured: 2244") == (
        "Losses excluding Recon Drones and Trucks",
        {"total": 17594, "destroyed": 13425, "damaged": 803, "abandoned": 1122,
         "captured": 2244})
    assert oryx.split_label("Surface-To-Air Missile Systems\n") == (
        "Surface-To-Air Missile Systems", None)
    assert oryx.split_label("  Trucks, Vehicles,\nand Jeeps ") == ("Trucks, Vehicles, and Jeeps",
                                                                  None)


def test_the_tidy_table_keeps_both_countries_and_every_status(confirmed):
    assert list(confirmed.columns) == ["date", "country", "category", "status", "cumulative",
                                       "change", "label", "flag"]
    # 1,365 rows of daily_count.csv x 4 statuses
    assert len(confirmed) == 1365 * 4 == 5460
    assert set(confirmed["country"]) == {"Russia", "Ukraine"}
    assert set(confirmed["status"]) == {"destroyed", "damaged", "abandoned", "captured"}
    assert not confirmed.duplicated(["date", "country", "category", "status"]).any()
    assert confirmed["date"].is_monotonic_increasing
    # aggregate lines whose label embeds numbers become one category each
    aggregates = confirmed[confirmed["category"] == "all_excluding_recon_drones_and_trucks"]
    assert set(aggregates["label"]) == {"Losses excluding Recon Drones and Trucks"}
    assert aggregates.groupby("country")["date"].nunique().to_dict() == {"Russia": 73,
                                                                         "Ukraine": 28}


def test_renamed_categories_map_to_one_stable_category(confirmed):
    rockets = series(confirmed, "Russia", "rocket_artillery")
    labels = rockets["label"]
    assert labels.loc[:pd.Timestamp("2025-06-12")].unique().tolist() == [
        "Multiple Rocket Launchers"]
    assert labels.loc[pd.Timestamp("2025-06-27"):].unique().tolist() == [
        "Rocket and Missile Artillery"]
    assert rockets.loc[pd.Timestamp("2025-06-27"), "change"] == 4  # one series across the rename
    trucks = series(confirmed, "Russia", "trucks_and_vehicles")
    assert trucks.loc[pd.Timestamp("2025-05-23"), "label"] == "Trucks, Vehicles, and Jeeps"
    assert trucks.loc[pd.Timestamp("2025-05-27"), "label"] == (
        "Trucks, Vehicles, Jeeps, and Trains")
    assert {"naval_ships"} <= set(confirmed.loc[confirmed["country"] == "Ukraine", "category"])
    sam = series(confirmed, "Ukraine", "surface_to_air_missile_systems")
    assert sam["label"].iloc[0] == "Surface-To-Air Missile Systems"  # stray newline removed
    assert sam["cumulative"].iloc[0] == 143


def test_embedded_totals_are_checked_against_the_columns(confirmed):
    differs = confirmed[confirmed["flag"].str.contains("label_total_differs")]
    # 2025-02-21: the label says 11864, the four statuses add up to 11865
    assert set(differs["date"]) == {pd.Timestamp("2025-02-21")}
    assert set(differs["category"]) == {"armoured_combat_vehicles_incl_tanks"}
    assert differs["cumulative"].sum() == 8980 + 368 + 981 + 1536 == 11865


def test_decreases_are_flagged(confirmed):
    glitch = series(confirmed, "Russia", "all_types").loc[pd.Timestamp("2022-03-28")]
    assert (glitch["cumulative"], glitch["change"], glitch["flag"]) == (100, -859, "decrease")
    assert (confirmed["change"] < 0).sum() == (confirmed["flag"].str.contains("decrease")).sum()


def test_the_last_records_agree_with_the_totals_file(external_dir, confirmed):
    totals = oryx.read_totals(external_dir / "oryx")
    tanks = totals[(totals["country"] == "Russia") & (totals["category"] == "tanks")]
    assert tanks.set_index("status")["count"].to_dict() == {
        "destroyed": 2991, "damaged": 158, "abandoned": 392, "captured": 533}
    last = pd.DatetimeIndex([pd.Timestamp("2025-07-19")])
    for country in ("Russia", "Ukraine"):
        for category in ("all_types", "tanks", "infantry_fighting_vehicles", "aircraft"):
            got = compare.as_of(confirmed, country, (category,), last).iloc[0]
            want = totals[(totals["country"] == country) & (totals["category"] == category)]
            assert got["total"] == want["count"].sum(), (country, category)
    assert compare.as_of(confirmed, "Russia", ("all_types",), last).iloc[0]["total"] == 22381
    assert compare.as_of(confirmed, "Ukraine", ("all_types",), last).iloc[0]["total"] == 9374


def test_a_category_is_missing_before_its_first_record(confirmed):
    dates = pd.DatetimeIndex(["2024-09-29", "2025-03-20", "2025-03-21", "2025-03-22"])
    tanks = compare.as_of(confirmed, "Russia", ("tanks",), dates)["total"]
    assert tanks.isna().tolist() == [True, True, False, False]
    assert tanks.iloc[2] == tanks.iloc[3] == 3812  # carried forward to a date without a record


def test_an_unknown_label_stops_the_build(tmp_path, external_dir):
    folder = tmp_path / "oryx"
    shutil.copytree(external_dir / "oryx", folder)
    text = (folder / "daily_count.csv").read_text()
    (folder / "daily_count.csv").write_text(text.replace("Russia,Radars,", "Russia,Lasers,", 1))
    with pytest.raises(ClaimsDeskError, match="unknown Oryx category 'Lasers'"):
        oryx.read_losses(folder)


def test_event_files_are_counted_by_date_and_status(external_dir):
    events = oryx.read_events(external_dir / "oryx")
    assert events.groupby("country")["entries"].sum().to_dict() == {"Russia": 26655,
                                                                    "Ukraine": 10850}
    russia = events[events["country"] == "Russia"].groupby("status")["entries"].sum()
    assert russia.to_dict() == {"abandoned": 1800, "captured": 3799, "damaged": 2233,
                                "destroyed": 18823}


def test_claims_against_confirmed_losses(external_dir, confirmed):
    claims = losses.clean(external_dir / external.GENERAL_STAFF)
    comparison = compare.claimed_vs_confirmed(claims, confirmed)
    latest = compare.latest_comparison(comparison).set_index("category")
    assert list(latest.index) == list(compare.COMPARABLE)
    assert set(latest["date"]) == {pd.Timestamp("2025-07-19")}
    tanks = latest.loc["tanks"]
    # General Staff report of 2025-07-19: 11,032 tanks; Oryx: 4,074 (2,991 destroyed)
    assert (tanks["claimed"], tanks["confirmed"], tanks["confirmed_destroyed"]) == (11032, 4074,
                                                                                   2991)
    assert tanks["ratio"] == round(11032 / 4074, 3) == 2.708
    armour = latest.loc["armoured_combat_vehicles"]
    assert armour["confirmed"] == 2200 + 6069 + 676 + 61  # AFV + IFV + APC + MRAP
    assert armour["claimed"] == 23012
    aircraft = comparison[comparison["category"] == "aircraft"]
    assert aircraft["date"].min() == pd.Timestamp("2022-03-19")
    first = aircraft.iloc[0]
    assert (first["claimed"], first["confirmed"]) == (95, 13)
    assert comparison.groupby("category")["date"].min().loc["tanks"] == pd.Timestamp("2025-03-21")
