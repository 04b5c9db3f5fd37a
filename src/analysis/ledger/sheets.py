"""Reading raw collection sheets exactly as collected, whatever the spreadsheet wrote.

A collection sheet is any ``*.csv`` in ``data/raw/claims/`` with the columns in
:data:`SHEET_COLUMNS`. Excel habits simply work: UTF-8 with or without a byte-order mark,
UTF-16 (Excel's "Unicode text"), cp1251 (Excel on a Cyrillic Windows), cp1252/Latin-1, and
``;`` or tab delimiters are detected, and the build summary says what was detected.

Sheets are read as text (no type guessing: ``"1,500"`` stays ``"1,500"``), with the line on
which each record starts, so that every message can name the file, line and column.

Problems are of two kinds:

- a *sheet-level* problem (unreadable file, missing required column, a quote that is never
  closed, a file over :data:`MAX_SHEET_BYTES`) raises :class:`~analysis.errors.SheetError`
  and stops the build;
- a *row-level* problem (a record with more or fewer fields than the header, or a stray
  quote inside one record, such as ``"5" tall``) puts the record in :attr:`Sheet.rejected`
  with its line, its raw text and a reason; the build quarantines it and goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.core import paths
from analysis.core.errors import SheetError

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

DELIMITERS: tuple[str, ...] = (",", ";", "\t")
"""Delimiters tried, in order: the first whose header holds every required column wins."""

MAX_SHEET_BYTES: int = int(os.environ.get("ANALYSIS_MAX_SHEET_MB", "64")) * 1024 * 1024
"""Largest sheet read (default 64 MiB, ``ANALYSIS_MAX_SHEET_MB`` overrides).

Our ledger is ~50 KB for 334 rows; 64 MiB is some 400,000 rows. A larger file is almost
certainly not a hand-kept ledger (an export gone wrong), and reading it whole would cost
gigabytes of memory, so it is refused with a clear message rather than half-read.
"""

REJECT_COLUMNS: tuple[str, ...] = ("line", "column", "reason", "raw")


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
        One row per well-formed record: the sheet's columns as strings (missing cells are
        ``""``), plus ``line``, the 1-based line of the file on which the record starts.
    encoding : str
        The text encoding the file was decoded with (``utf-8``, ``utf-8-sig``,
        ``utf-16``, ``cp1251``, ``cp1252``…).
    delimiter : str
        The field delimiter detected.
    rejected : pandas.DataFrame
        Records that could not be read as a row (columns :data:`REJECT_COLUMNS`).
    blank_lines : int
        Lines with no content at all (empty, or only delimiters, as spreadsheets write
        trailing empty rows): skipped, and counted in the build summary.
    """

    name: str
    path: Path
    rows: pd.DataFrame
    encoding: str
    delimiter: str = ","
    rejected: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(REJECT_COLUMNS))
    )
    blank_lines: int = 0

    @property
    def records(self) -> int:
        """Every record in the file: read rows plus rejected ones."""
        return len(self.rows) + len(self.rejected)


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


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """Name the text encoding of a sheet's bytes.

    Order: a byte-order mark (UTF-8 or UTF-16) decides; UTF-16 without a mark is
    recognised by its zero bytes; then strict UTF-8; otherwise the 8-bit Windows code
    page that fits best among cp1251 (Cyrillic) and cp1252 (Western, a superset of
    Latin-1's printable range), chosen by ``charset-normalizer``.

    Parameters
    ----------
    data : bytes
        The whole file.

    Returns
    -------
    str
        A Python codec name.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    without_bom = _utf16_without_bom(data)
    if without_bom:
        return without_bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "cp1252"]).best()
    if best is not None:
        return best.encoding
    return "cp1252"


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    encoding = detect_encoding(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SheetError(
            f"the file cannot be decoded as {encoding} (byte {data[exc.start]:#04x} at "
            f"offset {exc.start}); save it as UTF-8 CSV",
            file=paths.relative(path),
            line=line,
        ) from None


def _header(text: str, where: str) -> tuple[list[str], str]:
    """Find the delimiter whose header has every required column."""
    first_line = text.splitlines()[0] if text else ""
    tried = []
    for delimiter in DELIMITERS:
        try:
            header = next(csv.reader([first_line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        header = [name.strip().strip("\ufeff") for name in header]
        if all(name in header for name in SHEET_COLUMNS):
            return header, delimiter
        tried.append(header)
    header = max(tried, key=len) if tried else []
    missing = [name for name in SHEET_COLUMNS if name not in header]
    raise SheetError(
        f"required column missing (the header has: {', '.join(header) or 'nothing'})",
        file=where,
        line=1,
        column=missing[0] if missing else None,
    )


def _records(text: str, width: int, delimiter: str, where: str
             ) -> tuple[list[list[str]], list[int], list[tuple[int, str, str, str]], int]:
    """Split a sheet's text into records after its header.

    Returns the well-formed records, the line each starts on, the malformed ones (line,
    column, reason, raw text) and the number of blank records skipped.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    starts: list[int] = []
    rejected: list[tuple[int, str, str, str]] = []
    blank = 0
    # the lines the csv reader counts (\n, \r, \r\n), not str.splitlines' (which also
    # breaks on \x0b, \x0c, \x1c-\x1e, \x85, \u2028, \u2029): raw text matches line numbers
    lines = [line.rstrip("\r\n") for line in io.StringIO(text, newline="")]
    next(reader)
    previous_end = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            opened = previous_end + 1
            if "end of data" in str(exc):
                # the quote swallowed the rest of the file: no record boundary is left
                raise SheetError(
                    f"unreadable CSV from line {opened} ({exc}): a quote opened there is "
                    "probably never closed",
                    file=where,
                    line=min(opened, reader.line_num),
                ) from None
            # a stray quote inside one record: the reader resumes on the next line
            raw = "\n".join(lines[opened - 1 : reader.line_num])
            rejected.append((opened, "", f"unreadable record ({exc}): a quote inside a cell "
                             "that is not itself wrapped in quotes", raw))
            previous_end = reader.line_num
            continue
        start = previous_end + 1
        previous_end = reader.line_num
        if all(not cell.strip() for cell in record):
            blank += 1
            continue
        if len(record) != width:
            raw = "\n".join(lines[start - 1 : reader.line_num])
            rejected.append((start, "", f"this record has {len(record)} fields but the "
                             f"header has {width}", raw))
            continue
        records.append(record)
        starts.append(start)
    return records, starts, rejected, blank


def read_sheet(path: Path) -> Sheet:
    """Read one collection sheet, checking its columns and its CSV structure.

    Parameters
    ----------
    path : Path
        The CSV file.

    Returns
    -------
    Sheet
        The sheet's records as text, with their starting line numbers; malformed records
        in :attr:`Sheet.rejected`.

    Raises
    ------
    SheetError
        When the file is too large, empty, cannot be decoded, lacks a required column,
        repeats a column, or has a quote that is never closed; the error names the file,
        line and column.
    """
    path = Path(path)
    where = paths.relative(path)
    size = path.stat().st_size
    if size > MAX_SHEET_BYTES:
        raise SheetError(
            f"the file has {size:,} bytes, over the limit of {MAX_SHEET_BYTES:,} bytes for a "
            "collection sheet; split it, or raise ANALYSIS_MAX_SHEET_MB",
            file=where,
        )
    text, encoding = _decode(path, path.read_bytes())
    if not text.strip():
        raise SheetError("the file is empty: a sheet needs a header row", file=where)
    header, delimiter = _header(text, where)
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise SheetError("column appears twice in the header", file=where, line=1,
                         column=repeated[0])
    records, starts, rejected, blank = _records(text, len(header), delimiter, where)
    rows = pd.DataFrame(records, columns=header, dtype=object)
    rows = rows.loc[:, list(SHEET_COLUMNS)].astype(str)
    rows.insert(0, "line", pd.Series(starts, dtype="int64"))
    rejects = pd.DataFrame(rejected, columns=list(REJECT_COLUMNS))
    rejects["line"] = rejects["line"].astype("int64")
    return Sheet(name=path.name, path=path, rows=rows, encoding=encoding,
                 delimiter=delimiter, rejected=rejects, blank_lines=blank)


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
    from analysis.core.progress import steps

    return [read_sheet(p) for p in steps(found, len(found), "reading sheets",
                                         [p.name for p in found])]
