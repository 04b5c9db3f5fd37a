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
from datetime import date
from pathlib import Path

import pandas as pd

from analysis import external, paths
from analysis.errors import ClaimsDeskError

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

COMPARABLE: dict[str, tuple[str, ...]] = {
    "tanks": ("tanks",),
    "armoured_combat_vehicles": ("armoured_fighting_vehicles", "infantry_fighting_vehicles",
                                 "armoured_personnel_carriers", "mrap_vehicles"),
    "artillery_systems": ("towed_artillery", "self_propelled_artillery"),
    "multiple_rocket_launchers": ("rocket_artillery",),
    "air_defence_systems": ("surface_to_air_missile_systems", "anti_aircraft_guns",
                            "self_propelled_anti_aircraft_guns"),
    "aircraft": ("aircraft",),
    "helicopters": ("helicopters",),
}
"""General Staff category → the Oryx categories that count the same kind of equipment.

Only categories with a close counterpart are compared. Left out on purpose: personnel (Oryx
counts equipment only), drones (the General Staff counts operational-tactical drones shot down,
Oryx a small set of photographed reconnaissance and combat drones), cruise missiles (not
equipment losses), vehicles and fuel tanks (Oryx's trucks line has a different scope), special
equipment (no counterpart), warships (the General Staff counts boats Oryx does not). Oryx's
infantry mobility vehicles are left out of armoured combat vehicles, as Oryx's own armoured
combat vehicles line leaves them out.
"""


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


def as_of(losses: pd.DataFrame, country: str, categories: tuple[str, ...],
          dates: pd.DatetimeIndex) -> pd.DataFrame:
    """Return confirmed losses of a group of categories on given dates, carrying records on.

    A category's count stays what it was at its last record (``daily_count.csv`` has a row
    only when a count changed); before its first record it is missing, and so is the group.

    Parameters
    ----------
    losses : pandas.DataFrame
        From :func:`read_losses` (or :func:`load_losses`).
    country : str
        ``"Russia"`` or ``"Ukraine"``.
    categories : tuple of str
        Oryx categories to add up.
    dates : pandas.DatetimeIndex
        The dates wanted.

    Returns
    -------
    pandas.DataFrame
        Index ``dates``; columns :data:`STATUSES` and ``total`` (``Int64``).
    """
    rows = losses[(losses["country"] == country) & losses["category"].isin(categories)]
    wide = rows.pivot_table(index="date", columns=["category", "status"], values="cumulative",
                            aggfunc="first")
    union = wide.index.union(dates)
    wide = wide.reindex(union).ffill().reindex(dates)
    out = pd.DataFrame(index=dates)
    for status in STATUSES:
        parts = [wide[(c, status)] if (c, status) in wide.columns
                 else pd.Series(float("nan"), index=dates) for c in categories]
        out[status] = pd.concat(parts, axis=1).sum(axis=1, min_count=len(categories))
    out["total"] = out[list(STATUSES)].sum(axis=1, min_count=len(STATUSES))
    return out.astype("Int64")


def claimed_vs_confirmed(general_staff: pd.DataFrame, losses: pd.DataFrame) -> pd.DataFrame:
    """Line up the General Staff's claims against Oryx-confirmed Russian losses.

    For every date Oryx recorded Russian losses and every pair of :data:`COMPARABLE`, the
    claim is the General Staff's cumulative in the report published that morning (covering
    losses up to the day before), and the confirmed count is Oryx's as of that date.

    Parameters
    ----------
    general_staff : pandas.DataFrame
        The General Staff daily table (:func:`analysis.losses.load_daily`).
    losses : pandas.DataFrame
        The Oryx table (:func:`read_losses` or :func:`load_losses`).

    Returns
    -------
    pandas.DataFrame
        ``date, category, claimed, confirmed, confirmed_destroyed, ratio,
        ratio_destroyed_only`` where ``confirmed`` counts all statuses and
        ``confirmed_destroyed`` only *destroyed*; the two ratios bound the comparison (the
        General Staff speaks of equipment "destroyed", which may include captured or damaged
        items). Only dates on which every Oryx category of the pair has been recorded.
    """
    dates = pd.DatetimeIndex(sorted(losses.loc[losses["country"] == "Russia", "date"].unique()))
    claims = general_staff.pivot_table(index="report_date", columns="category",
                                       values="cumulative", aggfunc="first")
    frames = []
    for category, oryx_categories in COMPARABLE.items():
        confirmed = as_of(losses, "Russia", oryx_categories, dates)
        claimed = (claims[category].reindex(dates) if category in claims.columns
                   else pd.Series(pd.NA, index=dates))
        frame = pd.DataFrame({
            "date": dates,
            "category": category,
            "claimed": claimed.astype("Int64").to_numpy(),
            "confirmed": confirmed["total"].to_numpy(),
            "confirmed_destroyed": confirmed["destroyed"].to_numpy(),
        })
        frames.append(frame.dropna(subset=["claimed", "confirmed"]))
    table = pd.concat(frames, ignore_index=True)
    for column in ("claimed", "confirmed", "confirmed_destroyed"):
        table[column] = table[column].astype("Int64")
    table["ratio"] = (table["claimed"] / table["confirmed"]).astype("float64").round(3)
    table["ratio_destroyed_only"] = (
        table["claimed"] / table["confirmed_destroyed"]).astype("float64").round(3)
    order = {c: i for i, c in enumerate(COMPARABLE)}
    return (table.assign(_o=table["category"].map(order)).sort_values(["date", "_o"])
            .drop(columns="_o").reset_index(drop=True))


def latest_comparison(comparison: pd.DataFrame) -> pd.DataFrame:
    """Keep the last date of each category in a :func:`claimed_vs_confirmed` table."""
    last = comparison.sort_values("date").groupby("category").tail(1)
    order = {c: i for i, c in enumerate(COMPARABLE)}
    return (last.assign(_o=last["category"].map(order)).sort_values("_o").drop(columns="_o")
            .reset_index(drop=True))


def select_comparison(comparison: pd.DataFrame, categories: list[str] | None = None,
                      start: str | None = None) -> pd.DataFrame:
    """Keep some categories of a comparison table, from a date on.

    Parameters
    ----------
    comparison : pandas.DataFrame
        From :func:`claimed_vs_confirmed` or :func:`load_comparison`.
    categories : list of str, optional
        General Staff categories (keys of :data:`COMPARABLE`); empty or ``None`` for all.
    start : str, optional
        First date, ISO; empty or ``None`` for no limit.

    Returns
    -------
    pandas.DataFrame
        The selected rows.

    Raises
    ------
    ClaimsDeskError
        For a category that is not comparable, or a date that is not ISO.
    """
    chosen = list(categories or COMPARABLE)
    unknown = [c for c in chosen if c not in COMPARABLE]
    if unknown:
        raise ClaimsDeskError(f"not a comparable category: {', '.join(unknown)}; choose from "
                              f"{', '.join(COMPARABLE)}", column="categories")
    rows = comparison[comparison["category"].isin(chosen)]
    if start:
        try:
            first = pd.Timestamp(date.fromisoformat(start))
        except ValueError:
            raise ClaimsDeskError(f"not an ISO date (YYYY-MM-DD): {start!r}",
                                  column="start") from None
        rows = rows[rows["date"] >= first]
    return rows.reset_index(drop=True)


def mapping_table() -> pd.DataFrame:
    """Return :data:`COMPARABLE` as a table: General Staff category → Oryx categories."""
    return pd.DataFrame({
        "general_staff": list(COMPARABLE),
        "oryx": [", ".join(v) for v in COMPARABLE.values()],
    })


def build_outputs(processed_dir: Path, external_dir: Path | None,
                  general_staff: pd.DataFrame) -> dict[str, int]:
    """Write the Oryx tables and the comparison with the General Staff.

    Parameters
    ----------
    processed_dir : Path
        Where to write (``data/processed`` in a build).
    external_dir : Path, optional
        Default ``data/external``.
    general_staff : pandas.DataFrame
        The General Staff daily table just built.

    Returns
    -------
    dict
        File name → rows written.
    """
    from analysis.losses import write_csv

    folder = external.dataset_dir(external.ORYX, external_dir)
    losses = read_losses(folder)
    tables = {
        LOSSES_CSV: losses,
        TOTALS_CSV: read_totals(folder),
        EVENTS_CSV: read_events(folder),
        COMPARISON_CSV: claimed_vs_confirmed(general_staff, losses),
    }
    for name, table in tables.items():
        write_csv(table, Path(processed_dir) / name)
    return {name: len(table) for name, table in tables.items()}


def _load(name: str, processed_dir: Path | None, dates: tuple[str, ...]) -> pd.DataFrame:
    path = (Path(processed_dir) if processed_dir is not None else paths.PROCESSED) / name
    if not path.is_file():
        raise ClaimsDeskError("not built yet; run `make data`", file=paths.relative(path))
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
    for column in dates:
        frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
    for column in frame.columns:
        if pd.api.types.is_integer_dtype(frame[column]) or column in (
                "cumulative", "change", "count", "claimed", "confirmed", "confirmed_destroyed"):
            frame[column] = frame[column].astype("Int64")
    for column in ("flag", "label"):
        if column in frame:
            frame[column] = frame[column].fillna("").astype(str)
    return frame


def load_losses(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``oryx_losses.csv`` (dates as ``datetime64``, counts as ``Int64``)."""
    return _load(LOSSES_CSV, processed_dir, ("date",))


def load_totals(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``oryx_totals.csv`` (counts as ``Int64``)."""
    return _load(TOTALS_CSV, processed_dir, ())


def load_comparison(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``claimed_vs_confirmed.csv``."""
    return _load(COMPARISON_CSV, processed_dir, ("date",))
