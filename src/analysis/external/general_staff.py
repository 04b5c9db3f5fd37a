"""Ukraine's General Staff daily claims of Russian losses: drift, corrections, report vs loss date.

Every morning the General Staff of the Armed Forces of Ukraine publishes its *cumulative* claim
of Russian losses since 24 February 2022, up to the previous day. PetroIvaniuk's data set
(fetched by :mod:`analysis.external`) records one object per report, keyed by the report's date.
This module turns it into one long, sorted table (``data/processed/general_staff_daily.csv``):

``loss_date, report_date, category, cumulative, daily, flag``

- ``report_date`` is the date of the morning report; ``loss_date = report_date - 1 day`` is the
  day the losses belong to.
- ``category`` is a stable snake_case name (:data:`RAW_CATEGORIES` maps every name the data set
  has used; an unknown name stops the build rather than being dropped).
- ``cumulative`` is the claim as published; missing (empty) when the category was not in that
  day's report. Absence is missing, never zero.
- ``daily`` is the change of ``cumulative`` from the previous report: negative when the General
  Staff lowered a total (a correction, flagged, kept so that daily figures add up to the
  published totals), missing when the category is not reported or has just started.
- ``flag`` holds zero or more words of :data:`FLAGS`, joined by ``;``.

The correction file (``russia_losses_equipment_correction.json``) lists, per report date, the part
of that day's change that the General Staff attributed to a revision of earlier counts rather
than to new losses; see :func:`read_corrections` and ``docs/external_data.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.core import paths
from analysis.core.errors import ClaimsDeskError
from analysis.external import registry as external
from analysis.external.schema import read_external

PERSONNEL_FILE = "russia_losses_personnel.json"
EQUIPMENT_FILE = "russia_losses_equipment.json"
CORRECTION_FILE = "russia_losses_equipment_correction.json"

DAILY_CSV = "general_staff_daily.csv"
CORRECTIONS_CSV = "general_staff_corrections.csv"
CHANGES_CSV = "general_staff_changes.csv"

DAILY_COLUMNS = ("loss_date", "report_date", "category", "cumulative", "daily", "flag")

RAW_CATEGORIES: dict[str, str] = {
    "personnel": "personnel",
    "POW": "prisoners_of_war",
    "aircraft": "aircraft",
    "helicopter": "helicopters",
    "tank": "tanks",
    "APC": "armoured_combat_vehicles",
    "field artillery": "artillery_systems",
    "MRL": "multiple_rocket_launchers",
    "anti-aircraft warfare": "air_defence_systems",
    "drone": "drones",
    "naval ship": "warships_and_boats",
    "submarines": "submarines",
    "cruise missiles": "cruise_missiles",
    "mobile SRBM system": "mobile_srbm_systems",
    "special equipment": "special_equipment",
    "vehicles and fuel tanks": "vehicles_and_fuel_tanks",
    "military auto": "vehicles_and_fuel_tanks",
    "fuel tank": "vehicles_and_fuel_tanks",
    "ground robotic systems": "ground_robotic_systems",
}
"""Every category name the data set has used → its stable name.

``military auto`` and ``fuel tank`` (until the report of 2022-04-30) are added up into
``vehicles_and_fuel_tanks``, the line that replaced them on 2022-05-01 (1,701 + 76 = 1,777 on
04-30, then 1,796 on 05-01: the series is continuous). ``mobile SRBM system`` (2022-03-26 to
04-30, at most 4) was dropped the day ``cruise missiles`` appeared with 84: the General Staff
folded the line away, but the numbers are not one series, so they keep separate names.
"""

IGNORED_KEYS = frozenset({"date", "day", "personnel*", "greatest losses direction"})
"""Keys that are not loss counts: the date, the war day, the qualifier of the personnel figure
(``about``/``more``) and the text ``greatest losses direction`` (2022-04-25 to 2023-01-02)."""

CATEGORIES: tuple[str, ...] = (
    "personnel", "prisoners_of_war", "tanks", "armoured_combat_vehicles", "artillery_systems",
    "multiple_rocket_launchers", "air_defence_systems", "aircraft", "helicopters", "drones",
    "cruise_missiles", "mobile_srbm_systems", "warships_and_boats", "submarines",
    "vehicles_and_fuel_tanks", "special_equipment", "ground_robotic_systems",
)
"""Stable categories, in the order the General Staff lists them (sort order of the outputs)."""

LABELS: dict[str, str] = {
    "personnel": "personnel (killed, wounded, captured)",
    "prisoners_of_war": "prisoners of war",
    "tanks": "tanks",
    "armoured_combat_vehicles": "armoured combat vehicles",
    "artillery_systems": "artillery systems",
    "multiple_rocket_launchers": "multiple rocket launchers",
    "air_defence_systems": "air defence systems",
    "aircraft": "aircraft",
    "helicopters": "helicopters",
    "drones": "operational-tactical drones",
    "cruise_missiles": "cruise missiles",
    "mobile_srbm_systems": "mobile SRBM systems",
    "warships_and_boats": "warships and boats",
    "submarines": "submarines",
    "vehicles_and_fuel_tanks": "vehicles and fuel tanks",
    "special_equipment": "special equipment",
    "ground_robotic_systems": "ground robotic systems",
}
"""Plain-English labels for charts and tables."""

def short_label(category: str) -> str:
    """Return the label of a category without its explanation in brackets (``personnel``)."""
    return LABELS[category].split(" (")[0]


FLAGS: dict[str, str] = {
    "first_day": "first report of the data set (2022-02-25, losses of 24 February 2022): daily "
                 "is the whole cumulative, since counting began that day",
    "category_start": "first report of a category that began later: daily is missing, because "
                      "the first cumulative includes earlier losses",
    "not_reported": "the category is not in that day's report: cumulative and daily missing",
    "correction": "the cumulative went down: the General Staff lowered an earlier count; the "
                  "negative daily is kept so daily figures add up to the published totals",
    "revision_jump": "an unusually large increase: more than 5 times the median daily value of "
                     "the 29 days around it, and above that median by at least 10 and by 2% of "
                     "the cumulative; possibly a revision of earlier counts (as in early March "
                     "2022) rather than one day's losses: check before quoting",
    "corrected_by_file": "the data set's correction file attributes part of that day's change "
                         "to a revision of earlier counts",
    "after_gap": "the previous report is missing: daily covers more than one day",
}
"""The controlled vocabulary of ``flag`` (several words are joined by ``;``)."""

JUMP_FACTOR = 5.0
"""A jump is more than this many times the median daily value of the surrounding days…"""
JUMP_WINDOW = 14
"""Days on each side of a day whose median daily value is the reference for a jump."""
JUMP_MIN_EXCESS = 10
JUMP_MIN_SHARE = 0.02
"""…and exceeds that median by at least 10 units and 2% of the cumulative before it."""

EVENTS: tuple[tuple[str, str, str], ...] = (
    ("2024-08-06", "", "Ukraine's Kursk incursion begins"),
    ("2024-10-23", "2025-04-26", "North Korean troops in Russia's Kursk region"),
)
"""Dates annotated on charts: (start, end or empty, label). The North Korean period runs from
the Pentagon's confirmation of troops in Russia (2024-10-23) to Russia's claim to have retaken
Kursk region with their help (2025-04-26)."""


def _read_json(path: Path) -> list[dict]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClaimsDeskError("file not found; run `make data` (or `analysis fetch`) first",
                              file=paths.relative(path)) from None
    except json.JSONDecodeError as exc:
        raise ClaimsDeskError(f"not valid JSON: {exc.msg}", file=paths.relative(path),
                              line=exc.lineno) from None
    if not isinstance(records, list):
        raise ClaimsDeskError("expected a list of daily records", file=paths.relative(path))
    return records


def _stable(key: str, path: Path) -> str:
    try:
        return RAW_CATEGORIES[key]
    except KeyError:
        raise ClaimsDeskError(
            f"unknown category {key!r}: the data set has drifted; add it to "
            "analysis.losses.RAW_CATEGORIES and to docs/external_data.md",
            file=paths.relative(path), column=key) from None


def read_cumulative(folder: Path) -> pd.DataFrame:
    """Read a General Staff data set folder into one cumulative column per stable category.

    Parameters
    ----------
    folder : Path
        A folder holding :data:`PERSONNEL_FILE` and :data:`EQUIPMENT_FILE`, e.g.
        ``data/external/general-staff``.

    Returns
    -------
    pandas.DataFrame
        Index ``report_date`` (``datetime64``, one row per report, sorted); one ``Int64``
        column per category of :data:`CATEGORIES` that appears, missing where a report does
        not give the category.

    Raises
    ------
    ClaimsDeskError
        When a file is missing or malformed, a date repeats, or a category name is unknown.
    """
    folder = Path(folder)
    values: dict[str, dict[str, dict[str, int]]] = {}
    for name in (PERSONNEL_FILE, EQUIPMENT_FILE):
        path = folder / name
        for record in _read_json(path):
            date = record.get("date")
            if not isinstance(date, str):
                raise ClaimsDeskError(f"a record has no date: {record!r:.80}",
                                      file=paths.relative(path))
            row = values.setdefault(date, {})
            for key, value in record.items():
                if key in IGNORED_KEYS or value is None:
                    continue
                category = _stable(key, path)
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ClaimsDeskError(f"{date}: {key} is {value!r}, not a whole number",
                                          file=paths.relative(path), column=key)
                parts = row.setdefault(category, {})
                if key in parts:
                    raise ClaimsDeskError(f"report {date} appears twice",
                                          file=paths.relative(path), column=key)
                parts[key] = value
    rows = {date: {cat: sum(parts.values()) for cat, parts in cats.items()
                   if not _incomplete_merge(cat, parts)}
            for date, cats in values.items()}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index = pd.to_datetime(frame.index, format="%Y-%m-%d")
    frame.index.name = "report_date"
    ordered = [c for c in CATEGORIES if c in frame.columns]
    return frame[ordered].sort_index().astype("Int64")


def _incomplete_merge(category: str, parts: dict[str, int]) -> bool:
    """Tell whether only one of the two lines merged into ``vehicles_and_fuel_tanks`` is given."""
    if category != "vehicles_and_fuel_tanks" or "vehicles and fuel tanks" in parts:
        return False
    return set(parts) != {"military auto", "fuel tank"}


def read_corrections(folder: Path) -> pd.DataFrame:
    """Read the correction file: the part of a report's change that revises earlier counts.

    Each record is keyed by a report date (its ``date``; the ``day`` field disagrees with the
    date on 2022-10-13 and 2024-06-23, and the date is the one that matches the series). A
    value ``v`` for a category means that ``v`` of that report's change in the cumulative is a
    correction of earlier counts (negative: counts withdrawn), not losses of the previous day;
    the losses of that day are ``daily - v``.

    Parameters
    ----------
    folder : Path
        A folder holding :data:`CORRECTION_FILE`.

    Returns
    -------
    pandas.DataFrame
        Columns ``report_date`` (``datetime64``), ``category``, ``correction`` (``Int64``);
        one row per non-zero value, sorted.
    """
    path = Path(folder) / CORRECTION_FILE
    rows = []
    for record in _read_json(path):
        for key, value in record.items():
            if key in IGNORED_KEYS or not value:
                continue
            rows.append({"report_date": record["date"], "category": _stable(key, path),
                         "correction": int(value)})
    frame = pd.DataFrame(rows, columns=["report_date", "category", "correction"])
    frame["report_date"] = pd.to_datetime(frame["report_date"], format="%Y-%m-%d")
    frame["correction"] = frame["correction"].astype("Int64")
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return (frame.assign(_o=frame["category"].map(order))
            .sort_values(["report_date", "_o"]).drop(columns="_o").reset_index(drop=True))


def _jumps(daily: pd.Series, cumulative_before: pd.Series) -> pd.Series:
    """Flag increases far above the median of the surrounding days (see :data:`FLAGS`)."""
    values = daily.astype("float64")
    medians = values.rolling(2 * JUMP_WINDOW + 1, center=True, min_periods=JUMP_WINDOW).median()
    floor = np.maximum(JUMP_MIN_EXCESS, JUMP_MIN_SHARE * cumulative_before.astype("float64"))
    return ((values > JUMP_FACTOR * medians) & (medians > 0)
            & (values - medians >= floor)).fillna(False)


def daily_losses(cumulative: pd.DataFrame, corrections: pd.DataFrame | None = None) -> pd.DataFrame:
    """Turn cumulative claims into daily losses by loss date, with flags.

    Parameters
    ----------
    cumulative : pandas.DataFrame
        From :func:`read_cumulative`.
    corrections : pandas.DataFrame, optional
        From :func:`read_corrections`; adds the flag ``corrected_by_file``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`DAILY_COLUMNS`: one row per report (loss date) and category, sorted by
        loss date and category order; ``cumulative`` and ``daily`` are ``Int64``.
    """
    corrected: set[tuple[pd.Timestamp, str]] = set()
    if corrections is not None:
        corrected = set(zip(corrections["report_date"], corrections["category"], strict=True))
    dates = cumulative.index
    gaps = pd.Series(dates, index=dates).diff().dt.days.fillna(1).to_numpy() > 1
    frames = []
    for category in cumulative.columns:
        series = cumulative[category]
        present = series.notna().to_numpy()
        previous_present = np.concatenate([[False], present[:-1]])
        daily = series - series.shift(1)
        starts = present & ~previous_present
        first_day = np.zeros(len(series), dtype=bool)
        first_day[0] = present[0]
        daily = daily.mask(starts & ~first_day, pd.NA)
        if present[0]:
            daily.iloc[0] = series.iloc[0]
        flags = [[] for _ in range(len(series))]
        jump = _jumps(daily.where(~(starts | first_day), pd.NA), series.shift(1)).to_numpy()
        negative = daily.lt(0).fillna(False).to_numpy(dtype=bool)  # (a missing day: no)
        for i, day in enumerate(dates):
            words = flags[i]
            if not present[i]:
                words.append("not_reported")
                continue
            if first_day[i]:
                words.append("first_day")
            elif starts[i]:
                words.append("category_start")
            elif gaps[i]:
                words.append("after_gap")
            if not starts[i] and negative[i]:
                words.append("correction")
            if jump[i]:
                words.append("revision_jump")
            if (day, category) in corrected:
                words.append("corrected_by_file")
        frames.append(pd.DataFrame({
            "loss_date": dates - pd.Timedelta(days=1),
            "report_date": dates,
            "category": category,
            "cumulative": series.to_numpy(),
            "daily": daily.astype("Int64").to_numpy(),
            "flag": [";".join(w) for w in flags],
        }))
    table = pd.concat(frames, ignore_index=True)
    table["cumulative"] = table["cumulative"].astype("Int64")
    table["daily"] = table["daily"].astype("Int64")
    order = {c: i for i, c in enumerate(CATEGORIES)}
    table = (table.assign(_o=table["category"].map(order))
             .sort_values(["loss_date", "_o"]).drop(columns="_o").reset_index(drop=True))
    return table[list(DAILY_COLUMNS)]


def clean(folder: Path | None = None) -> pd.DataFrame:
    """Read and clean a General Staff data set folder (default the fetched current version).

    Parameters
    ----------
    folder : Path, optional
        Default ``data/external/general-staff``.

    Returns
    -------
    pandas.DataFrame
        The daily table of :func:`daily_losses`.
    """
    folder = Path(folder) if folder is not None else external.dataset_dir(external.GENERAL_STAFF)
    return daily_losses(read_cumulative(folder), read_corrections(folder))


def corrections_table(daily: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """List every row flagged as a correction, a revision jump or corrected by the file.

    Parameters
    ----------
    daily : pandas.DataFrame
        From :func:`daily_losses`.
    corrections : pandas.DataFrame
        From :func:`read_corrections`.

    Returns
    -------
    pandas.DataFrame
        ``loss_date, report_date, category, cumulative, daily, file_correction,
        daily_excluding_file_correction, flag``; ``file_correction`` is the correction file's
        value (missing when it has none), ``daily_excluding_file_correction`` is ``daily``
        minus it.
    """
    flagged = daily[daily["flag"].str.contains("correction|revision_jump|corrected_by_file",
                                               regex=True)]
    merged = flagged.merge(
        corrections.rename(columns={"correction": "file_correction"}),
        on=["report_date", "category"], how="left")
    merged["file_correction"] = merged["file_correction"].astype("Int64")
    merged["daily_excluding_file_correction"] = (
        merged["daily"] - merged["file_correction"].fillna(0)).astype("Int64")
    columns = ["loss_date", "report_date", "category", "cumulative", "daily", "file_correction",
               "daily_excluding_file_correction", "flag"]
    return merged[columns].reset_index(drop=True)


def compare_versions(old_dir: Path, new_dir: Path) -> pd.DataFrame:
    """List what a newer version of the data set changed: new days, revised values.

    Parameters
    ----------
    old_dir, new_dir : Path
        Two General Staff data set folders, e.g. ``data/external/general-staff-2025-12-31``
        and ``data/external/general-staff``.

    Returns
    -------
    pandas.DataFrame
        ``change, report_date, loss_date, category, old_value, new_value``, sorted, where
        ``change`` is ``new_day`` (a report only the new version has), ``removed_day`` (only
        the old one has), ``revised`` (a cumulative that differs, including appearing or
        disappearing), or ``correction_added`` / ``correction_removed`` /
        ``correction_revised`` (the correction file). Empty when nothing changed.
    """
    old = read_cumulative(old_dir).stack(future_stack=True).rename("old_value")
    new = read_cumulative(new_dir).stack(future_stack=True).rename("new_value")
    both = pd.concat([old, new], axis=1)
    both.index.names = ["report_date", "category"]
    both = both.reset_index()
    old_dates, new_dates = set(old.index.get_level_values(0)), set(new.index.get_level_values(0))
    in_old = both["report_date"].isin(old_dates)
    in_new = both["report_date"].isin(new_dates)
    change = pd.Series("", index=both.index, dtype="object")
    change[in_new & ~in_old & both["new_value"].notna()] = "new_day"
    change[in_old & ~in_new & both["old_value"].notna()] = "removed_day"
    differs = both["old_value"].ne(both["new_value"]).fillna(False) | (
        both["old_value"].isna() != both["new_value"].isna())
    change[in_old & in_new & differs] = "revised"
    both["change"] = change
    cumulative_changes = both[both["change"] != ""]

    old_c = read_corrections(old_dir).rename(columns={"correction": "old_value"})
    new_c = read_corrections(new_dir).rename(columns={"correction": "new_value"})
    corr = old_c.merge(new_c, on=["report_date", "category"], how="outer")
    corr["change"] = np.select(
        [corr["old_value"].isna(), corr["new_value"].isna(),
         corr["old_value"].ne(corr["new_value"]).fillna(False)],
        ["correction_added", "correction_removed", "correction_revised"], default="")
    corr = corr[corr["change"] != ""]

    table = pd.concat([cumulative_changes, corr], ignore_index=True)
    table["loss_date"] = table["report_date"] - pd.Timedelta(days=1)
    for column in ("old_value", "new_value"):
        table[column] = table[column].astype("Int64")
    order = {c: i for i, c in enumerate(CATEGORIES)}
    table = (table.assign(_o=table["category"].map(order))
             .sort_values(["report_date", "_o", "change"]).drop(columns="_o")
             .reset_index(drop=True))
    return table[["change", "report_date", "loss_date", "category", "old_value", "new_value"]]


def summarise_changes(changes: pd.DataFrame) -> pd.DataFrame:
    """Count a changes table by kind: rows, categories, first and last report date.

    Parameters
    ----------
    changes : pandas.DataFrame
        From :func:`compare_versions` (or :func:`load_changes`).

    Returns
    -------
    pandas.DataFrame
        One row per kind of change (``new_day``, ``revised``, ...).
    """
    if changes.empty:
        return pd.DataFrame(columns=["change", "rows", "categories", "reports", "first_report",
                                     "last_report"])
    grouped = changes.groupby("change")
    return pd.DataFrame({
        "rows": grouped.size(),
        "categories": grouped["category"].nunique(),
        "reports": grouped["report_date"].nunique(),
        "first_report": grouped["report_date"].min().dt.strftime("%Y-%m-%d"),
        "last_report": grouped["report_date"].max().dt.strftime("%Y-%m-%d"),
    }).reset_index()


def select(daily: pd.DataFrame, category: str, start: str | None = None,
           end: str | None = None) -> pd.DataFrame:
    """Keep one category between two loss dates (inclusive), dropping unreported days.

    Parameters
    ----------
    daily : pandas.DataFrame
        The daily table.
    category : str
        A stable category name (:data:`CATEGORIES`).
    start, end : str, optional
        ISO loss dates; ``None`` or empty for no limit.

    Returns
    -------
    pandas.DataFrame
        The rows, sorted by loss date.

    Raises
    ------
    ClaimsDeskError
        For an unknown category or a date that is not ISO.
    """
    if category not in CATEGORIES:
        raise ClaimsDeskError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}",
                              column="category")
    rows = daily[(daily["category"] == category) & daily["cumulative"].notna()]
    bounds = []
    for bound in (start, end):
        try:
            bounds.append(pd.Timestamp(date.fromisoformat(bound)) if bound else None)
        except ValueError:
            raise ClaimsDeskError(f"not an ISO date (YYYY-MM-DD): {bound!r}") from None
    if bounds[0] is not None:
        rows = rows[rows["loss_date"] >= bounds[0]]
    if bounds[1] is not None:
        rows = rows[rows["loss_date"] <= bounds[1]]
    return rows.reset_index(drop=True)


def totals_by(daily: pd.DataFrame, category: str, freq: str = "month") -> pd.DataFrame:
    """Sum daily losses of one category by calendar month or year of the loss date.

    Parameters
    ----------
    daily : pandas.DataFrame
        The daily table (or a selection of it).
    category : str
        A stable category name.
    freq : {"month", "year"}
        The period.

    Returns
    -------
    pandas.DataFrame
        ``period, losses, days, flagged_days, corrections``: the sum of ``daily`` (flagged days
        included, so totals match the published cumulative), the number of reported days, of
        flagged days and the sum of negative daily values.
    """
    fmt = {"month": "%Y-%m", "year": "%Y"}[freq]
    rows = daily[(daily["category"] == category) & daily["daily"].notna()].copy()
    rows["period"] = rows["loss_date"].dt.strftime(fmt)
    flagged = rows["flag"].ne("") & rows["flag"].ne("first_day")
    grouped = rows.assign(_flagged=flagged, _neg=rows["daily"].clip(upper=0)).groupby("period")
    return pd.DataFrame({
        "losses": grouped["daily"].sum().astype("int64"),
        "days": grouped.size(),
        "flagged_days": grouped["_flagged"].sum().astype("int64"),
        "corrections": grouped["_neg"].sum().astype("int64"),
    }).reset_index()


@dataclass(frozen=True)
class GeneralStaffTables:
    """The General Staff tables of a build: file name → table, and notes for the audit trail."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def build_tables(external_dir: Path | None = None) -> GeneralStaffTables:
    """Clean the General Staff data set into its processed tables (nothing is written).

    ``general_staff_daily.csv``, ``general_staff_corrections.csv`` and, when the previous
    version was fetched, ``general_staff_changes.csv`` (current against previous).

    Parameters
    ----------
    external_dir : Path, optional
        Default ``data/external`` (fetched by ``analysis fetch``).

    Returns
    -------
    GeneralStaffTables
        The tables and notes (flag counts, what changed since the previous version).
    """
    current = external.dataset_dir(external.GENERAL_STAFF, external_dir)
    corrections = read_corrections(current)
    daily = daily_losses(read_cumulative(current), corrections)
    tables = {DAILY_CSV: daily, CORRECTIONS_CSV: corrections_table(daily, corrections)}
    words = daily["flag"].str.split(";").explode()
    counts = words[words != ""].value_counts()
    notes = ["general staff flags: " + ", ".join(
        f"{word} {int(counts.get(word, 0))}" for word in FLAGS)]
    try:
        previous = external.dataset_dir(external.GENERAL_STAFF_PREVIOUS, external_dir)
    except ClaimsDeskError:
        notes.append(f"{CHANGES_CSV}: not written ({external.GENERAL_STAFF_PREVIOUS} not "
                     "fetched)")
    else:
        changes = compare_versions(previous, current)
        tables[CHANGES_CSV] = changes
        kinds = changes["change"].value_counts()
        notes.append(f"changes {external.GENERAL_STAFF_PREVIOUS} → {external.GENERAL_STAFF}: "
                     + (", ".join(f"{k} {int(n)}" for k, n in sorted(kinds.items()))
                        or "none"))
    return GeneralStaffTables(tables=tables, notes=tuple(notes))


def load_daily(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``general_staff_daily.csv`` (dates as ``datetime64``, counts as ``Int64``)."""
    return read_external(DAILY_CSV, processed_dir)


def load_corrections(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``general_staff_corrections.csv``."""
    return read_external(CORRECTIONS_CSV, processed_dir)


def load_changes(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``general_staff_changes.csv``."""
    return read_external(CHANGES_CSV, processed_dir)
