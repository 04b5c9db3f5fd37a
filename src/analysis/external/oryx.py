"""Oryx's photo-confirmed equipment losses: labels, renamed categories, both countries.

Oryx lists every Russian and Ukrainian equipment loss for which there is photographic or video
evidence, by category and status (destroyed, damaged, abandoned, captured). scarnecchia's
scrape (fetched by :mod:`analysis.external`) gives, among other files:

``daily_count.csv``
    The cumulative count per country, category and status on each date the page was scraped
    and the category changed. Category labels are messy: the two aggregate lines embed their
    running totals (``"Losses excluding Recon Drones and Trucks - 17594, of which: destroyed:
    13425, ..."``), some carry stray newlines (``"Surface-To-Air Missile Systems"`` and a
    newline), and some were renamed (``Multiple Rocket Launchers`` → ``Rocket and Missile
    Artillery``).
``totals_by_type.csv``
    The same counts at the last scrape (2025-07-19).
``event_<status>.csv``
    One row per documented loss (with its photo link and date recorded), without category.

This module splits labels from numbers (checking the embedded numbers against the columns),
maps every label to a stable snake_case category (:data:`CATEGORY_NAMES`; an unknown label
stops the build), and writes tidy tables. It also lines Oryx up against the General Staff's
claims for the categories both count (:data:`COMPARABLE`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.core import paths
from analysis.core.errors import ClaimsDeskError
from analysis.external import registry as external
from analysis.external.schema import read_external

STATUSES: tuple[str, ...] = ("destroyed", "damaged", "abandoned", "captured")
COUNTRIES: tuple[str, ...] = ("Russia", "Ukraine")

LOSSES_CSV = "oryx_losses.csv"
TOTALS_CSV = "oryx_totals.csv"
EVENTS_CSV = "oryx_events_daily.csv"
COMPARISON_CSV = "claimed_vs_confirmed.csv"

LOSSES_COLUMNS = ("date", "country", "category", "status", "cumulative", "change", "label",
                  "flag")

CATEGORY_NAMES: dict[str, str] = {
    "All Types": "all_types",
    "Losses excluding Recon Drones and Trucks": "all_excluding_recon_drones_and_trucks",
    "Losses of Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs]":
        "armoured_combat_vehicles_incl_tanks",
    "Tanks": "tanks",
    "Armoured Fighting Vehicles": "armoured_fighting_vehicles",
    "Infantry Fighting Vehicles": "infantry_fighting_vehicles",
    "Armoured Personnel Carriers": "armoured_personnel_carriers",
    "Mine-Resistant Ambush Protected": "mrap_vehicles",
    "Infantry Mobility Vehicles": "infantry_mobility_vehicles",
    "Command Posts And Communications Stations": "command_posts_and_communications",
    "Engineering Vehicles And Equipment": "engineering_vehicles",
    "Unmanned Ground Vehicles": "unmanned_ground_vehicles",
    "Self-Propelled Anti-Tank Missile Systems": "self_propelled_anti_tank_missile_systems",
    "Artillery Support Vehicles And Equipment": "artillery_support_vehicles",
    "Towed Artillery": "towed_artillery",
    "Self-Propelled Artillery": "self_propelled_artillery",
    "Multiple Rocket Launchers": "rocket_artillery",
    "Rocket and Missile Artillery": "rocket_artillery",
    "Anti-Aircraft Guns": "anti_aircraft_guns",
    "Self-Propelled Anti-Aircraft Guns": "self_propelled_anti_aircraft_guns",
    "Surface-To-Air Missile Systems": "surface_to_air_missile_systems",
    "Radars": "radars",
    "Radars And Communications Equipment": "radars_and_communications",
    "Jammers And Deception Systems": "jammers_and_deception_systems",
    "Aircraft": "aircraft",
    "Helicopters": "helicopters",
    "Unmanned Combat Aerial Vehicles": "unmanned_combat_aerial_vehicles",
    "Reconnaissance Unmanned Aerial Vehicles": "reconnaissance_uavs",
    "Naval Ships and Submarines": "naval_ships",
    "Naval Ships": "naval_ships",
    "Trucks, Vehicles, and Jeeps": "trucks_and_vehicles",
    "Trucks, Vehicles, Jeeps, and Trains": "trucks_and_vehicles",
}
"""Every Oryx label (newlines and spaces cleaned, embedded numbers removed) → stable category.

Renames mapped to one category: ``Multiple Rocket Launchers`` → ``Rocket and Missile Artillery``
(Russia: last 2025-06-12, first 2025-06-27; the new line may also hold missile launchers),
``Trucks, Vehicles, and Jeeps`` → ``Trucks, Vehicles, Jeeps, and Trains`` (Russia: last
2025-05-23, first 2025-05-27). Ukraine's page says ``Naval Ships`` where Russia's says ``Naval
Ships and Submarines``: one category. ``Radars And Communications Equipment`` (Ukraine) is
broader than ``Radars`` (Russia) and stays separate.
"""

_EMBEDDED = re.compile(
    r"^(?P<label>.+?) - (?P<total>\d+), of which: destroyed: (?P<destroyed>\d+), "
    r"damaged: (?P<damaged>\d+), abandoned: (?P<abandoned>\d+), captured: (?P<captured>\d+)$")

FLAGS: dict[str, str] = {
    "first_record": "first record of the category for the country: change is missing",
    "decrease": "the cumulative went down: Oryx removed or reclassified entries",
    "label_total_differs": "the running total written in the label differs from the status "
                           "columns, which add up and are used",
}
"""The controlled vocabulary of ``flag`` in ``oryx_losses.csv``."""



def split_label(text: str) -> tuple[str, dict[str, int] | None]:
    """Split an Oryx category label into the label and the numbers embedded in it.

    Parameters
    ----------
    text : str
        A raw label, e.g. ``"Losses excluding Recon Drones and Trucks - 17594, of which:
        destroyed: 13425, damaged: 803, abandoned: 1122, captured: 2244"`` or
        ``"Surface-To-Air Missile Systems"`` with a trailing newline.

    Returns
    -------
    tuple
        The label with whitespace (newlines included) collapsed and trimmed, and a dict
        ``total, destroyed, damaged, abandoned, captured`` when the label embeds numbers,
        else ``None``.
    """
    cleaned = " ".join(str(text).split())
    match = _EMBEDDED.match(cleaned)
    if not match:
        return cleaned, None
    numbers = {k: int(v) for k, v in match.groupdict().items() if k != "label"}
    return match.group("label"), numbers


def category_of(label: str, where: str = "") -> str:
    """Return the stable category of a cleaned label.

    Raises
    ------
    ClaimsDeskError
        For a label not in :data:`CATEGORY_NAMES` (Oryx renamed or added a category).
    """
    try:
        return CATEGORY_NAMES[label]
    except KeyError:
        raise ClaimsDeskError(
            f"unknown Oryx category {label!r}: add it to analysis.oryx.CATEGORY_NAMES and to "
            "docs/external_data.md", file=where or None) from None


def _read_counts(path: Path) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype={"country": str, "equipment_type": str})
    except FileNotFoundError:
        raise ClaimsDeskError("file not found; run `make data` (or `analysis fetch`) first",
                              file=paths.relative(path)) from None
    missing = {"country", "equipment_type", *STATUSES} - set(raw.columns)
    if missing:
        raise ClaimsDeskError(f"missing column(s) {', '.join(sorted(missing))}",
                              file=paths.relative(path))
    unknown_countries = set(raw["country"]) - set(COUNTRIES)
    if unknown_countries:
        raise ClaimsDeskError(f"unknown country {sorted(unknown_countries)[0]!r}",
                              file=paths.relative(path), column="country")
    split = [split_label(text) for text in raw["equipment_type"]]
    raw["label"] = [label for label, _ in split]
    raw["category"] = [category_of(label, paths.relative(path)) for label, _ in split]
    raw["label_total_differs"] = [
        numbers is not None and (numbers["total"], *(numbers[s] for s in STATUSES))
        != (row.type_total, *(getattr(row, s) for s in STATUSES))
        for (_, numbers), row in zip(split, raw.itertuples(), strict=True)
    ]
    return raw


def read_losses(folder: Path | None = None) -> pd.DataFrame:
    """Read ``daily_count.csv`` into a tidy table of confirmed losses.

    Parameters
    ----------
    folder : Path, optional
        Default ``data/external/oryx``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`LOSSES_COLUMNS`: one row per recorded date, country, category and status
        (sorted); ``cumulative`` is the confirmed count on that date, ``change`` the difference
        from the previous record of the same series (missing for the first), ``label`` the
        cleaned Oryx label, ``flag`` words of :data:`FLAGS` joined by ``;``.
    """
    folder = Path(folder) if folder is not None else external.dataset_dir(external.ORYX)
    raw = _read_counts(folder / "daily_count.csv")
    raw["date"] = pd.to_datetime(raw["date_recorded"], format="%Y-%m-%d")
    duplicated = raw.duplicated(["date", "country", "category"])
    if duplicated.any():
        row = raw[duplicated].iloc[0]
        raise ClaimsDeskError(f"{row['country']} {row['category']} recorded twice on "
                              f"{row['date_recorded']}", file="oryx/daily_count.csv")
    long = raw.melt(id_vars=["date", "country", "category", "label", "label_total_differs"],
                    value_vars=list(STATUSES), var_name="status", value_name="cumulative")
    status_order = {s: i for i, s in enumerate(STATUSES)}
    long = (long.assign(_s=long["status"].map(status_order))
            .sort_values(["country", "category", "_s", "date"]).reset_index(drop=True))
    keys = ["country", "category", "status"]
    long["change"] = long.groupby(keys)["cumulative"].diff().astype("Int64")
    first = long["change"].isna()
    flags = []
    for is_first, change, differs in zip(first, long["change"], long["label_total_differs"],
                                         strict=True):
        words = ["first_record"] if is_first else []
        if not is_first and change < 0:
            words.append("decrease")
        if differs:
            words.append("label_total_differs")
        flags.append(";".join(words))
    long["flag"] = flags
    long["cumulative"] = long["cumulative"].astype("Int64")
    long = long.sort_values(["date", "country", "category", "_s"]).reset_index(drop=True)
    return long[list(LOSSES_COLUMNS)]


def read_totals(folder: Path | None = None) -> pd.DataFrame:
    """Read ``totals_by_type.csv``: confirmed losses at the last scrape, tidy.

    Returns
    -------
    pandas.DataFrame
        ``country, category, status, count, label``, sorted.
    """
    folder = Path(folder) if folder is not None else external.dataset_dir(external.ORYX)
    raw = _read_counts(folder / "totals_by_type.csv")
    long = raw.melt(id_vars=["country", "category", "label"], value_vars=list(STATUSES),
                    var_name="status", value_name="count")
    status_order = {s: i for i, s in enumerate(STATUSES)}
    long = (long.assign(_s=long["status"].map(status_order))
            .sort_values(["country", "category", "_s"]).drop(columns="_s")
            .reset_index(drop=True))
    long["count"] = long["count"].astype("Int64")
    return long[["country", "category", "status", "count", "label"]]


def read_events(folder: Path | None = None) -> pd.DataFrame:
    """Count documented loss entries (``event_<status>.csv``) by date recorded.

    Returns
    -------
    pandas.DataFrame
        ``date, country, status, entries``: one row per date, country and status with at least
        one entry. An item both damaged and captured has one entry per status, so entries do
        not add up to the number of items.
    """
    folder = Path(folder) if folder is not None else external.dataset_dir(external.ORYX)
    frames = []
    for status in ("destroyed", "damaged", "abandoned", "captured"):
        path = folder / f"event_{status}.csv"
        try:
            frame = pd.read_csv(path, usecols=["country", "status", "date_recorded"], dtype=str)
        except FileNotFoundError:
            raise ClaimsDeskError("file not found; run `make data` (or `analysis fetch`) first",
                                  file=paths.relative(path)) from None
        frames.append(frame)
    events = pd.concat(frames, ignore_index=True)
    events["date"] = pd.to_datetime(events["date_recorded"], format="%Y-%m-%d")
    counts = events.groupby(["date", "country", "status"]).size().rename("entries").reset_index()
    return counts.sort_values(["date", "country", "status"]).reset_index(drop=True)


def build_tables(external_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Clean the Oryx data set into its processed tables (nothing is written).

    Parameters
    ----------
    external_dir : Path, optional
        Default ``data/external``.

    Returns
    -------
    dict
        ``oryx_losses.csv``, ``oryx_totals.csv``, ``oryx_events_daily.csv`` → table.
    """
    folder = external.dataset_dir(external.ORYX, external_dir)
    return {LOSSES_CSV: read_losses(folder), TOTALS_CSV: read_totals(folder),
            EVENTS_CSV: read_events(folder)}


def load_losses(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``oryx_losses.csv`` (dates as ``datetime64``, counts as ``Int64``)."""
    return read_external(LOSSES_CSV, processed_dir)


def load_totals(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``oryx_totals.csv`` (counts as ``Int64``)."""
    return read_external(TOTALS_CSV, processed_dir)
