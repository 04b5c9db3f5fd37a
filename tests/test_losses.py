"""General Staff cleaning: report vs loss date, schema drift, corrections, published figures.

The real files are fetched once per session from the mirror into a temporary folder (never
data/external). Expected values are written by hand from the files and from public reporting.
"""

import json
import shutil

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.errors import ClaimsDeskError
from analysis.external import general_staff as losses
from analysis.external import registry as external
from analysis.pipeline import build


@pytest.fixture(scope="session")
def daily(external_dir):
    return losses.clean(external_dir / external.GENERAL_STAFF)


def row(daily, category, report_date):
    found = daily[(daily["category"] == category)
                  & (daily["report_date"] == pd.Timestamp(report_date))]
    assert len(found) == 1, (category, report_date)
    return found.iloc[0]


def personnel(daily):
    return daily[daily["category"] == "personnel"].set_index("report_date")


# --- shape and publication semantics -------------------------------------------------------

def test_one_sorted_row_per_loss_date_and_category(daily):
    assert list(daily.columns) == ["loss_date", "report_date", "category", "cumulative", "daily",
                                   "flag"]
    # 1,626 reports (2022-02-25 to 2026-08-08) x 17 stable categories
    assert len(daily) == 1626 * 17 == 27642
    assert not daily.duplicated(["loss_date", "category"]).any()
    assert (daily["report_date"] - daily["loss_date"] == pd.Timedelta(days=1)).all()
    assert daily["loss_date"].min() == pd.Timestamp("2022-02-24")
    assert daily["report_date"].max() == pd.Timestamp("2026-08-08")
    assert daily["loss_date"].is_monotonic_increasing
    first = daily[daily["loss_date"] == daily["loss_date"].min()]["category"].tolist()
    assert first == list(losses.CATEGORIES)


def test_the_first_report_is_the_first_day_of_the_invasion(daily):
    first = row(daily, "personnel", "2022-02-25")
    assert first["loss_date"] == pd.Timestamp("2022-02-24")
    assert (first["cumulative"], first["daily"], first["flag"]) == (2800, 2800, "first_day")
    second = row(daily, "personnel", "2022-02-26")
    assert (second["cumulative"], second["daily"]) == (4300, 1500)


def test_daily_losses_add_up_to_the_published_cumulative(daily):
    people = personnel(daily)
    assert people["daily"].sum() == people["cumulative"].iloc[-1] == 1456610
    tanks = daily[daily["category"] == "tanks"]
    assert tanks["daily"].sum() == tanks["cumulative"].iloc[-1] == 12251


# --- schema drift ----------------------------------------------------------------------------

def test_military_auto_and_fuel_tanks_merge_into_vehicles_and_fuel_tanks(daily):
    before = row(daily, "vehicles_and_fuel_tanks", "2022-04-30")
    after = row(daily, "vehicles_and_fuel_tanks", "2022-05-01")
    assert before["cumulative"] == 1701 + 76  # military auto + fuel tank
    assert (after["cumulative"], after["daily"], after["flag"]) == (1796, 19, "")
    assert row(daily, "vehicles_and_fuel_tanks", "2022-02-25")["cumulative"] == 100 + 60
    assert "military_auto" not in set(daily["category"])


def test_categories_that_start_later_have_no_first_daily_value(daily):
    starts = daily[daily["flag"] == "category_start"]
    assert [(r.category, r.report_date.strftime("%Y-%m-%d"), r.cumulative)
            for r in starts.itertuples()] == [
        ("special_equipment", "2022-03-16", 10),
        ("mobile_srbm_systems", "2022-03-26", 2),
        ("cruise_missiles", "2022-05-01", 84),
        ("submarines", "2023-09-14", 1),
        ("ground_robotic_systems", "2026-05-03", 1306),
    ]
    assert starts["daily"].isna().all()


def test_an_absent_category_is_missing_not_zero(daily):
    srbm = row(daily, "mobile_srbm_systems", "2022-05-01")  # dropped when cruise missiles began
    assert pd.isna(srbm["cumulative"]) and pd.isna(srbm["daily"])
    assert srbm["flag"] == "not_reported"
    assert row(daily, "mobile_srbm_systems", "2022-04-30")["cumulative"] == 4
    pow_ = daily[(daily["category"] == "prisoners_of_war") & daily["cumulative"].notna()]
    assert pow_["report_date"].max() == pd.Timestamp("2022-04-27")
    assert pow_["cumulative"].iloc[-1] == 496
    assert pd.isna(row(daily, "submarines", "2023-09-13")["cumulative"])
    assert (daily["flag"] == "not_reported").sum() == daily["cumulative"].isna().sum() == 5332


def test_an_unknown_category_stops_the_build(tmp_path, external_dir):
    folder = tmp_path / "gs"
    shutil.copytree(external_dir / external.GENERAL_STAFF, folder)
    records = json.loads((folder / losses.EQUIPMENT_FILE).read_text())
    records[-1]["laser weapons"] = 3
    (folder / losses.EQUIPMENT_FILE).write_text(json.dumps(records))
    with pytest.raises(ClaimsDeskError, match="unknown category 'laser weapons'.*RAW_CATEGORIES"):
        losses.read_cumulative(folder)


# --- corrections ------------------------------------------------------------------------------

def test_every_decrease_is_flagged_and_kept(daily):
    decreases = daily[daily["daily"] < 0]
    assert decreases["flag"].str.contains("correction").all()
    found = [(r.report_date.strftime("%Y-%m-%d"), r.category, r.daily, r.flag)
             for r in decreases.itertuples()]
    both = "correction;corrected_by_file"
    assert found == [
        ("2022-10-13", "armoured_combat_vehicles", -14, both),
        ("2023-05-28", "tanks", -2, "correction"),  # the file lists tank -5 on 2023-05-27
        ("2023-10-03", "aircraft", -1, both),
        ("2024-03-13", "cruise_missiles", -1, both),
        ("2024-08-05", "air_defence_systems", -1, both),
        ("2024-10-03", "aircraft", -1, both),
        ("2024-11-30", "multiple_rocket_launchers", -2, both),
        ("2024-11-30", "special_equipment", -83, both),
        ("2025-04-22", "multiple_rocket_launchers", -1, both),
        ("2025-05-04", "cruise_missiles", -1, both),
        ("2025-10-03", "air_defence_systems", -2, both),
        ("2025-10-03", "special_equipment", -9, both),
        ("2026-03-04", "artillery_systems", -10, "correction"),  # not in the correction file
    ]


def test_the_correction_file_is_read_by_report_date(external_dir, daily):
    corrections = losses.read_corrections(external_dir / external.GENERAL_STAFF)
    assert len(corrections) == 86  # non-zero values in 28 records
    assert corrections["report_date"].nunique() == 28
    assert daily["flag"].str.contains("corrected_by_file").sum() == 86
    table = losses.corrections_table(daily, corrections)
    feb28 = table[(table["category"] == "personnel")
                  & (table["report_date"] == pd.Timestamp("2025-02-28"))].iloc[0]
    # 2,710 more in the report of 2025-02-28, of which 1,650 revise earlier counts
    assert (feb28["daily"], feb28["file_correction"],
            feb28["daily_excluding_file_correction"]) == (2710, 1650, 1060)
    cruise = table[(table["category"] == "cruise_missiles")
                   & (table["report_date"] == pd.Timestamp("2024-12-15"))].iloc[0]
    assert (cruise["daily"], cruise["file_correction"]) == (82, 80)


def test_the_early_march_2022_revision_is_flagged_as_a_jump(daily):
    march = row(daily, "personnel", "2022-03-03")
    assert (march["cumulative"], march["daily"]) == (9000, 9000 - 5840)
    assert "revision_jump" in march["flag"]
    jumps = daily[daily["flag"].str.contains("revision_jump")]
    assert len(jumps) == 23
    assert set(jumps[jumps["category"] == "personnel"]["report_date"].dt.strftime("%Y-%m-%d")) \
        == {"2022-02-26", "2022-03-03", "2022-03-15"}


# --- figures the General Staff published, reproduced exactly ----------------------------------

def test_yearly_personnel_losses_match_the_published_totals(daily):
    """Russian personnel losses per calendar year, by loss date.

    https://britishnews.org/huge-blow-to-putin-as-russia-430000-fighters-killed-in-2024-world-news/
    (Express, 2 January 2025): "The New Year's Day tally from Ukraine [...] indicates that
    Russia lost a staggering 430,790 troops over the past year." "Given last year's tally of
    360,010 [...]" "Kyiv's reported Russian losses for 2023 stood at 253,290, a significant
    increase from the 106,720 losses recorded between the start of the war on February 24,
    2022, and January 1, 2023."
    """
    yearly = losses.totals_by(daily, "personnel", "year").set_index("period")["losses"]
    assert yearly["2023"] == 253290
    assert yearly["2024"] == 430790
    people = personnel(daily)
    assert people.loc[pd.Timestamp("2023-01-01"), "cumulative"] == 106720
    assert people.loc[pd.Timestamp("2024-01-01"), "cumulative"] == 360010
    assert yearly["2022"] == 106720  # 24 February to 31 December 2022
    # https://news.liga.net/en/politics/news/in-2025-the-defense-forces-reduced-their-own-losses-
    # by-13-syrskyi (13 January 2026), Commander-in-Chief Syrskyi: "Over the year, Russia's army
    # was reduced by more than 418,000 wounded and killed." A rounded figure: consistent only.
    assert 418000 < yearly["2025"] < 419000
    assert yearly["2025"] == 418170


def test_december_2024_matches_the_published_monthly_total(daily):
    """https://www.dv.is/frettir/2025/01/15/thrystingur-putin-hefur-aldrei-verid-verra (UK
    Ministry of Defence summary, 15 January 2025): "Rússar hafi misst 48.670 hermenn í desember
    [...] að meðaltali 1.570 hermenn á dag. 19. desember var blóðugasti dagurinn en þá misstu
    Rússar 2.200 hermenn" (48,670 in December, 1,570 a day on average; 19 December the
    bloodiest day with 2,200). By loss date, as here; the report date of 2,200 is 20 December.
    """
    monthly = losses.totals_by(daily, "personnel", "month").set_index("period")
    assert monthly.loc["2024-12", "losses"] == 48670
    assert round(48670 / 31) == 1570
    record = row(daily, "personnel", "2024-12-20")
    assert (record["loss_date"], record["daily"]) == (pd.Timestamp("2024-12-19"), 2200)


def test_record_days_match_what_the_general_staff_published(daily):
    """Records of daily personnel losses, by report date.

    https://receive.news/01/20/2025/russia-suffers-deadliest-day-yet-kyiv-says (Newsweek,
    quoting Ukraine's Ministry of Defence): "On December 20, russian personnel losses reached
    2,200 soldiers.It's the highest daily number since the beginning of the full-scale
    invasion.The previous record — 2,030 soldiers — was set on November 29, 2024."
    https://www.telegraph.co.uk/world-news/2024/11/29/russia-ukraine-war-casualties-military-
    kyiv-kremlin-convict/: "On Friday, Kyiv's general staff reported that 2,030 Russian troops
    had been lost over the past 24 hours. [...] The figure surpassed the previous record of
    1,950 casualties, which Ukraine said Russia suffered on Nov 12."
    """
    people = personnel(daily)
    assert people.loc[pd.Timestamp("2024-12-20"), "daily"] == 2200
    assert people.loc[pd.Timestamp("2024-11-29"), "daily"] == 2030
    assert people.loc[pd.Timestamp("2024-11-12"), "daily"] == 1950
    # "the highest daily number since the beginning": true once the flagged early-March 2022
    # revision (3,160 on 2022-03-03) is set aside, as the General Staff itself does.
    until = people.loc[:pd.Timestamp("2024-12-20")]
    clean = until[~until["flag"].str.contains("revision_jump|first_day")]
    assert clean["daily"].max() == 2200
    assert clean["daily"].idxmax() == pd.Timestamp("2024-12-20")
    assert until["daily"].max() == 3160  # the revision, flagged
    before = clean.loc[:pd.Timestamp("2024-11-28"), "daily"]
    assert before.max() == 1950


def test_daily_reports_quoted_in_the_press_match(daily):
    """Cumulative totals and 24-hour losses as the press quoted them.

    https://euromaidanpress.com/2024/12/28/russian-losses-hit-421000-in-2024-highest-of-war-
    ukraines-top-general-says/: "The Ukrainian General Staff reported on 28 December that Russia
    had lost 784,200 soldiers during the full-scale invasion, with 1,690 killed in the last 24
    hours."
    https://kyivindependent.com/150-000-russian-soldiers-killed-in-ukraine-in-2024-syrskyi-says/:
    "As of Jan. 19, Russia has lost a total of 818,740 troops since the full-scale invasion
    began, Ukraine's General Staff reported."
    https://evrimagaci.org/tpg/russian-casualties-exceed-898000-as-conflict-intensifies-272797:
    "As of March 19, 2025, reports indicate that the Russian military has lost 898,070 troops
    [...] Russian forces endured 1,060 casualties in just one day of fighting."
    https://babel.ua/en/news/113861-general-staff-of-the-armed-forces-of-ukraine-russia-lost-1-
    990-soldiers-over-the-last-day: "Over the past 24 hours, December 22, Russia lost 1,990
    soldiers" (the report of 23 December: loss date 22 December).
    """
    people = personnel(daily)
    assert tuple(people.loc[pd.Timestamp("2024-12-28"), ["cumulative", "daily"]]) == (784200,
                                                                                     1690)
    assert people.loc[pd.Timestamp("2025-01-19"), "cumulative"] == 818740
    assert tuple(people.loc[pd.Timestamp("2025-03-19"), ["cumulative", "daily"]]) == (898070,
                                                                                     1060)
    dec22 = daily[(daily["category"] == "personnel")
                  & (daily["loss_date"] == pd.Timestamp("2024-12-22"))].iloc[0]
    assert dec22["daily"] == 1990


# --- versions: the 2025-12-31 snapshot against the current files -----------------------------

def test_moving_from_the_2025_snapshot_lists_the_new_days(external_dir):
    changes = losses.compare_versions(external_dir / external.GENERAL_STAFF_PREVIOUS,
                                      external_dir / external.GENERAL_STAFF)
    summary = losses.summarise_changes(changes).set_index("change")
    assert list(summary.index) == ["new_day"]  # no published value was revised
    assert summary.loc["new_day", "reports"] == 220  # 2026-01-01 to 2026-08-08
    assert summary.loc["new_day", "first_report"] == "2026-01-01"
    assert summary.loc["new_day", "last_report"] == "2026-08-08"
    # 14 categories a day, plus ground robotic systems from 2026-05-03 (98 reports)
    assert len(changes) == 220 * 14 + 98 == 3178
    first = changes.iloc[0]
    assert (first["report_date"], first["loss_date"], first["category"]) == (
        pd.Timestamp("2026-01-01"), pd.Timestamp("2025-12-31"), "personnel")
    assert pd.isna(first["old_value"]) and first["new_value"] == 1208970


def test_revised_values_and_removed_days_are_listed(tmp_path, external_dir):
    old = external_dir / external.GENERAL_STAFF_PREVIOUS
    new = tmp_path / "new"
    shutil.copytree(old, new)
    people = json.loads((new / losses.PERSONNEL_FILE).read_text())
    assert people[10]["date"] == "2022-03-07"
    people[10]["personnel"] += 500
    del people[-1]  # 2025-12-31
    (new / losses.PERSONNEL_FILE).write_text(json.dumps(people))
    equipment = json.loads((new / losses.EQUIPMENT_FILE).read_text())
    del equipment[-1]
    (new / losses.EQUIPMENT_FILE).write_text(json.dumps(equipment))
    corrections = json.loads((new / losses.CORRECTION_FILE).read_text())
    corrections[0]["APC"] = -20
    (new / losses.CORRECTION_FILE).write_text(json.dumps(corrections))
    changes = losses.compare_versions(old, new)
    found = [(r.change, r.report_date.strftime("%Y-%m-%d"), r.category,
              None if pd.isna(r.old_value) else r.old_value,
              None if pd.isna(r.new_value) else r.new_value) for r in changes.itertuples()]
    assert found[:3] == [
        ("revised", "2022-03-07", "personnel", 11000, 11500),
        ("correction_revised", "2022-10-13", "armoured_combat_vehicles", -25, -20),
        ("removed_day", "2025-12-31", "personnel", 1207910, None),
    ]
    # the last report held 14 categories, all of them now removed
    assert [f[0] for f in found[2:]] == ["removed_day"] * 14


# --- outputs ------------------------------------------------------------------------------

def test_build_writes_every_output_deterministically(tmp_path, external_dir):
    external.fetch_all(["oryx"], external_dir)
    first = build(processed_dir=tmp_path / "a", external_dir=external_dir, only=["external"])
    build(processed_dir=tmp_path / "b", external_dir=external_dir, only=["external"])
    assert first.stages[0].ran
    written = {line.split(" ")[1].split("/")[-1]: int(line.split("(")[1].split(" ")[0]
                                                      .replace(",", ""))
               for line in first.stages[0].lines if line.startswith("wrote ")}
    assert written == {
        "general_staff_daily.csv": 27642, "general_staff_corrections.csv": 110,
        "general_staff_changes.csv": 3178, "oryx_losses.csv": 5460, "oryx_totals.csv": 224,
        "oryx_events_daily.csv": 3215, "claimed_vs_confirmed.csv": 560,
    }
    for name in written:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    text = (tmp_path / "a" / "general_staff_daily.csv").read_text()
    assert text.startswith("loss_date,report_date,category,cumulative,daily,flag\n"
                           "2022-02-24,2022-02-25,personnel,2800,2800,first_day\n")
    assert "\n2022-04-30,2022-05-01,prisoners_of_war,,,not_reported\n" in text
    assert ".0," not in text
    loaded = losses.load_daily(tmp_path / "a")
    pd.testing.assert_frame_equal(loaded, losses.clean(external_dir / external.GENERAL_STAFF),
                                  check_dtype=False)
    assert any("revision_jump 23" in line for line in first.lines())


def test_selection_and_monthly_totals(daily):
    chosen = losses.select(daily, "tanks", "2024-08-01", "2024-08-31")
    assert len(chosen) == 31 and chosen["loss_date"].min() == pd.Timestamp("2024-08-01")
    monthly = losses.totals_by(chosen, "tanks", "month")
    assert monthly.iloc[0]["losses"] == chosen["daily"].sum()
    with pytest.raises(ClaimsDeskError, match="unknown category 'tank'"):
        losses.select(daily, "tank")
    with pytest.raises(ClaimsDeskError, match="not an ISO date"):
        losses.select(daily, "tanks", "August")


# --- properties and charts ---------------------------------------------------------------------

@given(st.lists(st.integers(min_value=-50, max_value=500), min_size=1, max_size=60),
       st.integers(min_value=0, max_value=10_000))
@settings(max_examples=60, deadline=None)
def test_daily_values_always_reconcile_and_every_decrease_is_flagged(steps, base):
    dates = pd.date_range("2024-01-01", periods=len(steps), freq="D", name="report_date")
    totals = [base + sum(steps[: i + 1]) for i in range(len(steps))]
    cumulative = pd.DataFrame({"tanks": totals}, index=dates).astype("Int64")
    table = losses.daily_losses(cumulative)
    assert len(table) == len(steps)
    assert table["daily"].sum() == totals[-1]  # first day counts from zero
    later = table.iloc[1:]
    assert (later["daily"].to_numpy() == steps[1:]).all()
    assert (later["flag"].str.contains("correction") == (later["daily"] < 0)).all()


def test_charts_state_their_finding_and_render_identically(daily):
    from analysis import charts
    from analysis.external import charts as loss_charts

    rows = losses.select(daily, "personnel")
    title = loss_charts.daily_title(rows, "personnel")
    # the peak of unflagged days, the flagged 2 March 2022 (3,160: the first days summed) beside it
    assert title == ("Peak of unflagged days: 2,200 personnel on 19 Dec 2024 "
                     "(flagged days up to 3,160, 2 Mar 2022, set aside)")
    first = charts.render_png(loss_charts.daily_chart(rows, "personnel"))
    second = charts.render_png(loss_charts.daily_chart(rows, "personnel"))
    assert first == second and first.startswith(b"\x89PNG")
    figure = loss_charts.cumulative_chart(rows, "personnel")
    title = figure.axes[0].get_title(loc="left")
    assert title == "1,456,610 Russian personnel claimed lost by 7 Aug 2026"
    assert "PetroIvaniuk (MIT)" in "".join(t.get_text() for t in figure.texts)
