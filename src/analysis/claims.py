"""The claims stage: raw collection sheets → ``data/processed/claims.csv``.

Every raw record becomes exactly one processed row that keeps its ``id``, the ``sheet`` it
came from and the ``line`` it starts on, so any published number can be traced back to the
raw file. The build checks that the rows reconcile (raw in = processed out) and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import ReconciliationError
from analysis.files import write_text_atomic
from analysis.sources import SHEET_COLUMNS, read_sheets

CLAIMS_COLUMNS: tuple[str, ...] = ("id", "sheet", "line", *SHEET_COLUMNS[1:])
"""Column order of ``claims.csv``: provenance first, then the sheet's own columns."""


@dataclass
class BuildSummary:
    """What a build read and wrote, for the audit trail.

    Attributes
    ----------
    rows_in : dict
        Sheet name → number of records read.
    rows_out : int
        Rows written to ``claims.csv``.
    encodings : dict
        Sheet name → detected encoding.
    output : Path
        The ``claims.csv`` written.
    """

    rows_in: dict[str, int] = field(default_factory=dict)
    rows_out: int = 0
    encodings: dict[str, str] = field(default_factory=dict)
    output: Path | None = None

    @property
    def total_in(self) -> int:
        """Records read over all sheets."""
        return sum(self.rows_in.values())

    def lines(self) -> list[str]:
        """Return the summary as lines for a terminal."""
        out = [
            f"read {name}: {count} rows ({self.encodings[name]})"
            for name, count in self.rows_in.items()
        ]
        out.append(
            f"wrote {paths.relative(self.output) if self.output else '?'}: {self.rows_out} rows"
        )
        out.append(
            f"reconciled: {self.total_in} raw rows = {self.rows_out} processed rows"
        )
        return out


def assemble_claims(raw_dir: Path | None = None) -> tuple[pd.DataFrame, BuildSummary]:
    """Read every sheet and stack them into the claims table.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of collection sheets; default ``data/raw/claims``.

    Returns
    -------
    claims : pandas.DataFrame
        One row per raw record, columns :data:`CLAIMS_COLUMNS`, ordered by sheet then line.
    summary : BuildSummary
        Counts per sheet (``output`` and ``rows_out`` are filled by :func:`build_claims`).
    """
    summary = BuildSummary()
    frames = []
    for sheet in read_sheets(raw_dir):
        rows = sheet.rows.copy()
        rows.insert(0, "sheet", sheet.name)
        frames.append(rows)
        summary.rows_in[sheet.name] = len(rows)
        summary.encodings[sheet.name] = sheet.encoding
    claims = pd.concat(frames, ignore_index=True).loc[:, list(CLAIMS_COLUMNS)]
    claims = claims.sort_values(["sheet", "line"], kind="stable", ignore_index=True)
    return claims, summary


def validate_reconciliation(summary: BuildSummary, written: pd.DataFrame) -> None:
    """Raise unless every raw row is in the written table exactly once.

    Parameters
    ----------
    summary : BuildSummary
        The rows read per sheet.
    written : pandas.DataFrame
        The table as read back from disk.

    Raises
    ------
    ReconciliationError
        When the totals or the per-sheet counts differ.
    """
    if len(written) != summary.total_in:
        raise ReconciliationError(
            f"{summary.total_in} raw rows but {len(written)} processed rows"
        )
    per_sheet = written["sheet"].value_counts().to_dict()
    for name, count in summary.rows_in.items():
        if per_sheet.get(name, 0) != count:
            raise ReconciliationError(
                f"{count} raw rows but {per_sheet.get(name, 0)} processed rows", file=name
            )


def to_csv_text(table: pd.DataFrame) -> str:
    """Serialize a table the one way every processed CSV is written.

    UTF-8, LF line endings, no index, minimal quoting: the same table always gives
    the same bytes.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.

    Returns
    -------
    str
        The CSV text.
    """
    return table.to_csv(index=False, lineterminator="\n")


def read_claims(path: Path | None = None) -> pd.DataFrame:
    """Read ``claims.csv`` back with every column as text except ``line``.

    Parameters
    ----------
    path : Path, optional
        Default ``data/processed/claims.csv``.

    Returns
    -------
    pandas.DataFrame
        The processed claims.
    """
    path = Path(path) if path is not None else paths.CLAIMS_CSV
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    table["line"] = table["line"].astype("int64")
    return table


def build_claims(
    raw_dir: Path | None = None, processed_dir: Path | None = None
) -> BuildSummary:
    """Build ``claims.csv`` from the raw sheets and check that the rows reconcile.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of collection sheets; default ``data/raw/claims``.
    processed_dir : Path, optional
        Where to write; default ``data/processed``.

    Returns
    -------
    BuildSummary
        Rows per sheet, rows written, the output path.

    Raises
    ------
    SheetError
        When a sheet cannot be read.
    ReconciliationError
        When the written table does not hold every raw row exactly once.
    """
    claims, summary = assemble_claims(raw_dir)
    out_dir = Path(processed_dir) if processed_dir is not None else paths.PROCESSED
    output = out_dir / paths.CLAIMS_CSV.name
    write_text_atomic(output, to_csv_text(claims))
    written = read_claims(output)
    summary.rows_out = len(written)
    summary.output = output
    validate_reconciliation(summary, written)
    return summary
