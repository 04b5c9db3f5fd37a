"""Reading the processed claims tables back, with their types, cheaply.

Kept apart from :mod:`analysis.claims` (which builds the tables and imports the parsers
and the validation stack) so that notebooks that only *read* the tables start fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import pandas as pd

from analysis.core import paths
from analysis.core.tables import read_csv_table

NUMBER_COLUMNS = ("low", "best", "high")


def read_claims(path: Path | IO[str] | None = None) -> pd.DataFrame:
    """Read ``claims.csv`` back with its types.

    Parameters
    ----------
    path : Path or text stream, optional
        Default ``data/processed/claims.csv``.

    Returns
    -------
    pandas.DataFrame
        The processed claims: numbers as float, ``line`` as int, ``claimant_matched`` as
        bool, everything else as text (formula escapes removed).
    """
    path = path if path is not None else paths.CLAIMS_CSV
    return read_csv_table(path, numbers=NUMBER_COLUMNS, integers=("line",),
                          booleans=("claimant_matched",))


def read_claim_groups(path: Path | None = None) -> pd.DataFrame:
    """Read ``claim_groups.csv`` back with its types.

    Parameters
    ----------
    path : Path, optional
        Default ``data/processed/claim_groups.csv``.

    Returns
    -------
    pandas.DataFrame
        One row per claim group.
    """
    path = Path(path) if path is not None else paths.PROCESSED / "claim_groups.csv"
    return read_csv_table(path, numbers=NUMBER_COLUMNS, integers=("rows", "outlets"),
                          booleans=("disagreement",))
