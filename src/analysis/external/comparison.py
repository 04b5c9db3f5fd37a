"""The General Staff's claims lined up against Oryx's photo-confirmed losses.

The categories both count are paired in :data:`COMPARABLE`; :func:`claimed_vs_confirmed`
builds the table ``claimed_vs_confirmed.csv`` from the two processed tables, and the
notebook helpers select from it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from analysis.core.errors import ClaimsDeskError
from analysis.external.oryx import COMPARISON_CSV, STATUSES
from analysis.external.schema import read_external

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


def load_comparison(processed_dir: Path | None = None) -> pd.DataFrame:
    """Read ``claimed_vs_confirmed.csv``."""
    return read_external(COMPARISON_CSV, processed_dir)
