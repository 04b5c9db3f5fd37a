"""The tables derived from the external data sets, as declared (Table Schema).

Each carries its upstream sources and licenses into the data package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.core import paths
from analysis.core.datapackage import Resource, column
from analysis.core.tables import read_table

_GS_SOURCE = [{"title": "General Staff of the Armed Forces of Ukraine, via "
               "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
               "path": "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"}]
_GS_LICENSE = [{"name": "MIT", "path": "https://opensource.org/licenses/MIT"}]
_ORYX_SOURCE = [{"title": "Oryx, via scarnecchia/oryx_data",
                 "path": "https://github.com/scarnecchia/oryx_data"}]
_ORYX_LICENSE = [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}]

_LOSS_KEYS = [
    column("loss_date", "date", "Day the losses happened: the report date minus one day.",
       required=True),
    column("report_date", "date", "Morning the General Staff published the cumulative figure.",
       required=True),
    column("category", "string", "Stable snake_case category (docs/external_data.md).",
       required=True),
    column("cumulative", "integer", "Cumulative claim up to the loss date (empty: not reported)."),
    column("daily", "integer", "Change from the previous report (negative: a correction, "
       "flagged; empty: first appearance or not reported)."),
    column("flag", "string", "first_day, category_start, not_reported, correction, "
       "revision_jump, corrected_by_file or after_gap (docs/external_data.md)."),
]


@dataclass(frozen=True)
class ExternalResource(Resource):
    """A resource derived from third-party data, with its own license and source.

    Read back with dates as ``datetime64`` and integers as nullable ``Int64`` (a category
    may not be reported on a day).
    """

    read_dates: bool = True
    nullable_integers: bool = True

    def descriptor(self) -> dict[str, Any]:
        """Return the descriptor with the upstream license and source."""
        out = super().descriptor()
        upstream = _ORYX_SOURCE if self.name.startswith("oryx") else _GS_SOURCE
        license_ = _ORYX_LICENSE if self.name.startswith("oryx") else _GS_LICENSE
        if self.name == "claimed_vs_confirmed":
            upstream, license_ = _GS_SOURCE + _ORYX_SOURCE, _GS_LICENSE + _ORYX_LICENSE
        out["sources"] = upstream
        out["licenses"] = license_
        return out


def external_resources() -> list[Resource]:
    """Describe the tables derived from the General Staff and Oryx data sets.

    Returns
    -------
    list of Resource
        general_staff_daily, general_staff_corrections, general_staff_changes,
        oryx_losses, oryx_totals, oryx_events_daily, claimed_vs_confirmed.
    """
    status = column("status", "string", "Oryx status.", required=True,
                enum=["destroyed", "damaged", "abandoned", "captured"])
    country = column("country", "string", "Whose losses (Oryx keeps both countries).",
                 required=True, enum=["Russia", "Ukraine"])
    category = column("category", "string", "Stable snake_case category.", required=True)
    return [
        ExternalResource(
            "general_staff_daily", "general_staff_daily.csv", "General Staff daily claims",
            "Ukraine's General Staff's claims of Russian losses, one row per loss date and "
            "category, long form.", _LOSS_KEYS, ["loss_date", "category"]),
        ExternalResource(
            "general_staff_corrections", "general_staff_corrections.csv",
            "General Staff corrections and unusual jumps",
            "Every flagged row of general_staff_daily with the correction file's amount.",
            _LOSS_KEYS[:5] + [
                column("file_correction", "integer", "Part of the day's change the upstream "
                   "correction file attributes to revising earlier counts."),
                column("daily_excluding_file_correction", "integer", "daily minus that part."),
                _LOSS_KEYS[5]]),
        ExternalResource(
            "general_staff_changes", "general_staff_changes.csv",
            "Changes since the previous version",
            "New days and revised values between the pinned snapshot of 2025-12-31 and the "
            "current version of the General Staff data.",
            [column("change", "string", "new_day, revised or removed.", required=True),
             _LOSS_KEYS[1], _LOSS_KEYS[0], _LOSS_KEYS[2],
             column("old_value", "integer", "Cumulative value in the older version."),
             column("new_value", "integer", "Cumulative value in the newer version.")]),
        ExternalResource(
            "oryx_losses", "oryx_losses.csv", "Oryx confirmed losses by date",
            "Losses confirmed by photo or video (Oryx), cumulative by date, country, "
            "category and status.",
            [column("date", "date", "Date of Oryx's count.", required=True), country, category,
             status, column("cumulative", "integer", "Confirmed losses up to that date."),
             column("change", "integer", "Change since the previous count."),
             column("label", "string", "Oryx's own category label, without running totals."),
             column("flag", "string", "first_record, decrease or label_total_differs.")]),
        ExternalResource(
            "oryx_totals", "oryx_totals.csv", "Oryx totals by type",
            "Oryx's latest confirmed totals by country, category and status.",
            [country, category, status,
             column("count", "integer", "Confirmed losses.", required=True, minimum=0),
             column("label", "string", "Oryx's own category label.")]),
        ExternalResource(
            "oryx_events_daily", "oryx_events_daily.csv", "Oryx event entries per day",
            "Number of confirmed-loss entries per day, country and status (event files).",
            [column("date", "date", "Day of the entries.", required=True), country, status,
             column("entries", "integer", "Entries that day.", required=True, minimum=0)]),
        ExternalResource(
            "claimed_vs_confirmed", "claimed_vs_confirmed.csv", "Claimed against confirmed",
            "General Staff claims against Oryx-confirmed Russian losses for the categories "
            "both count, on Oryx's scrape dates.",
            [column("date", "date", "Oryx scrape date.", required=True), category,
             column("claimed", "integer", "General Staff cumulative claim published that day."),
             column("confirmed", "integer", "Oryx: all confirmed statuses."),
             column("confirmed_destroyed", "integer", "Oryx: destroyed only."),
             column("ratio", "number", "claimed / confirmed."),
             column("ratio_destroyed_only", "number", "claimed / confirmed destroyed.")]),
    ]


def read_external(file_name: str, processed_dir: Path | None = None) -> pd.DataFrame:
    """Read one processed external table with the types its declaration gives.

    Parameters
    ----------
    file_name : str
        The table's file name (``general_staff_daily.csv``, ``oryx_losses.csv`` ...).
    processed_dir : Path, optional
        Default ``data/processed``.

    Returns
    -------
    pandas.DataFrame
        Dates as ``datetime64``, integers as ``Int64``, numbers as float, text as text.
    """
    declared = next(r for r in external_resources() if r.path == file_name)
    folder = Path(processed_dir) if processed_dir is not None else paths.PROCESSED
    return read_table(declared, folder / file_name)
