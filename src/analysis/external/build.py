"""The external stage's tables: General Staff, Oryx and their comparison, from the fetched files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.external import general_staff, oryx
from analysis.external.comparison import COMPARISON_CSV, claimed_vs_confirmed


@dataclass(frozen=True)
class ExternalTables:
    """Every processed table of the external data sets (file name → table), with notes."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def build_external_tables(external_dir: Path | None = None) -> ExternalTables:
    """Clean the General Staff and Oryx data sets and line them up (nothing is written).

    Parameters
    ----------
    external_dir : Path, optional
        Where the fetched files are; default ``data/external``.

    Returns
    -------
    ExternalTables
        ``general_staff_*.csv``, ``oryx_*.csv`` and ``claimed_vs_confirmed.csv`` → table, in
        the order they are written; notes for the audit trail.
    """
    staff = general_staff.build_tables(external_dir)
    confirmed = oryx.build_tables(external_dir)
    tables = staff.tables | confirmed
    tables[COMPARISON_CSV] = claimed_vs_confirmed(staff.tables[general_staff.DAILY_CSV],
                                                  confirmed[oryx.LOSSES_CSV])
    return ExternalTables(tables=tables, notes=staff.notes)
