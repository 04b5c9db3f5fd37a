"""Reading raw collection sheets exactly as collected.

A collection sheet is any ``*.csv`` in ``data/raw/claims/`` with the columns in
:data:`SHEET_COLUMNS`. Sheets are read as text (no type guessing: ``"1,500"`` stays
``"1,500"``), with the line on which each record starts, so that every later message can
name the file, line and column of a problem.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import SheetError

SHEET_COLUMNS: tuple[str, ...] = (
    "id",
    "published",
    "outlet",
    "url",
    "language",
    "attributed_to",
    "subject",
    "metric",
    "figure_text",
    "period_text",
    "location_text",
    "note",
)
"""The columns every collection sheet must have, in their documented order."""


@dataclass(frozen=True)
class Sheet:
    """One collection sheet as read.

    Attributes
    ----------
    name : str
        The file name, e.g. ``"casualties.csv"``: kept in every processed row as ``sheet``.
    path : Path
        Where it was read from.
    rows : pandas.DataFrame
        One row per record: the sheet's columns as strings (missing cells are ``""``),
        plus ``line``, the 1-based line of the file on which the record starts.
    encoding : str
        The text encoding the file was decoded with.
    """

    name: str
    path: Path
    rows: pd.DataFrame
    encoding: str


def sheet_paths(raw_dir: Path | None = None) -> list[Path]:
    """List the collection sheets in ``raw_dir`` in a stable (sorted) order.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of sheets; default ``data/raw/claims``.

    Returns
    -------
    list of Path
        Every ``*.csv`` file directly in the folder, sorted by name.
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW_CLAIMS
    return sorted(p for p in folder.glob("*.csv") if p.is_file())


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SheetError(
            f"the file is not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "save it as UTF-8 CSV",
            file=paths.relative(path),
            line=line,
        ) from None


def read_sheet(path: Path) -> Sheet:
    """Read one collection sheet, checking its columns and its CSV structure.

    Parameters
    ----------
    path : Path
        The CSV file.

    Returns
    -------
    Sheet
        The sheet's records as text, with their starting line numbers.

    Raises
    ------
    SheetError
        When the file cannot be decoded, a required column is missing, or a record has
        more or fewer fields than the header; the error names the file, line and column.
    """
    path = Path(path)
    where = paths.relative(path)
    text, encoding = _decode(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise SheetError("the file is empty: a sheet needs a header row", file=where) from None
    except csv.Error as exc:
        raise SheetError(f"unreadable CSV header: {exc}", file=where, line=1) from None
    header = [name.strip() for name in header]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise SheetError("column appears twice in the header", file=where, line=1,
                         column=repeated[0])
    missing = [name for name in SHEET_COLUMNS if name not in header]
    if missing:
        raise SheetError(
            f"required column missing (the header has: {', '.join(header)})",
            file=where,
            line=1,
            column=missing[0],
        )
    records: list[list[str]] = []
    starts: list[int] = []
    previous_end = reader.line_num
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if not record:
                continue
            if len(record) != len(header):
                raise SheetError(
                    f"this record has {len(record)} fields but the header has {len(header)}",
                    file=where,
                    line=start,
                )
            records.append(record)
            starts.append(start)
    except csv.Error as exc:
        raise SheetError(f"unreadable CSV: {exc}", file=where, line=reader.line_num) from None
    rows = pd.DataFrame(records, columns=header, dtype=object)
    rows = rows.loc[:, list(SHEET_COLUMNS)].astype(str)
    rows.insert(0, "line", pd.Series(starts, dtype="int64"))
    return Sheet(name=path.name, path=path, rows=rows, encoding=encoding)


def read_sheets(raw_dir: Path | None = None) -> list[Sheet]:
    """Read every collection sheet in ``raw_dir``.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of sheets; default ``data/raw/claims``.

    Returns
    -------
    list of Sheet
        In file-name order.

    Raises
    ------
    SheetError
        When the folder holds no sheet, or any sheet cannot be read.
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW_CLAIMS
    found = sheet_paths(folder)
    if not found:
        raise SheetError("no collection sheet (*.csv) found", file=paths.relative(folder))
    return [read_sheet(p) for p in found]
