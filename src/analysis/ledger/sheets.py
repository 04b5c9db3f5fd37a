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

import bisect
import codecs
import csv
import io
import os
import re
import stat
from collections import Counter
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


def _is_csv_name(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and not path.name.startswith(".")


def _entry_name(path: Path) -> str:
    """Name a folder entry as written (a symbolic link by its own name, not its target's)."""
    return f"{paths.relative(path.parent)}/{path.name}"


def _why_not_a_sheet(path: Path, base: Path) -> str | None:
    """Say why a ``*.csv`` entry is not read as a sheet (None when it is a regular file).

    Raises
    ------
    SheetError
        For a symbolic link that leaves the project: it is never followed.
    """
    if paths.link_leaves(path, base):
        raise SheetError("a symbolic link that leaves the project is not read; copy the "
                         "file into the raw folder instead", file=_entry_name(path))
    if path.is_symlink() and not path.exists():
        return "a dangling symbolic link (its target is missing)"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    return None


def scan_sheets(raw_dir: Path | None = None) -> tuple[list[Path], list[str]]:
    """Find the collection sheets in ``raw_dir`` and name every ``*.csv`` entry skipped.

    Names ending in ``.csv`` in any case (``X.CSV``) are sheets. A dangling symbolic link,
    a folder, a pipe or a device named ``*.csv`` is skipped and named (never opened, so a
    pipe cannot hang the build); a symbolic link leaving the project stops the build.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of sheets; default ``data/raw/claims``.

    Returns
    -------
    (list of Path, list of str)
        The regular files sorted by name, and one line per entry skipped
        (``data/raw/claims/x.csv: a folder, not a file``).
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW_CLAIMS
    found, skipped = [], []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not _is_csv_name(entry):
            continue
        why = _why_not_a_sheet(entry, folder.parent)
        if why is None:
            found.append(entry)
        else:
            skipped.append(f"{_entry_name(entry)}: {why}")
    return found, skipped


def sheet_paths(raw_dir: Path | None = None) -> list[Path]:
    """List the collection sheets in ``raw_dir`` in a stable (sorted) order.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of sheets; default ``data/raw/claims``.

    Returns
    -------
    list of Path
        Every regular ``*.csv`` file (any case) directly in the folder, sorted by name
        (see :func:`scan_sheets` for what is skipped).
    """
    return scan_sheets(raw_dir)[0]


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


_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
UTF8_WITH_BAD_BYTES = "utf-8, with bytes that are not UTF-8"


def _mostly_utf8(data: bytes) -> bool:
    """Tell whether the bytes hold real UTF-8 text and only a few bytes that are not.

    The evidence for UTF-8 is its multi-byte characters: at least one, and at least as
    many as the bytes that do not decode. A file with none is a legacy code page.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_NOT_UTF8.findall(text))
    good = len(_NON_ASCII.findall(text))
    return good > 0 and bad <= good


def detect_encoding(data: bytes) -> str:
    """Name the text encoding of a sheet's bytes.

    Order: a byte-order mark (UTF-8 or UTF-16) decides; UTF-16 without a mark is
    recognised by its zero bytes; then strict UTF-8; then UTF-8 holding a few bytes
    that are not UTF-8 (:data:`UTF8_WITH_BAD_BYTES`: it has real multi-byte UTF-8
    characters, at least as many as the bad bytes; those records are quarantined);
    otherwise, when there is no UTF-8 character at all, the 8-bit Windows code page that
    fits best among cp1251 (Cyrillic) and cp1252 (Western, a superset of Latin-1's
    printable range), chosen by ``charset-normalizer``.

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
    if _mostly_utf8(data):
        return UTF8_WITH_BAD_BYTES
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "cp1252"]).best()
    if best is not None:
        return best.encoding
    return "cp1252"


def _line_starts(data: bytes) -> list[int]:
    """Byte offset at which each line starts, lines broken as the csv reader does."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(data)]


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _bad_utf8_bytes(data: bytes) -> tuple[str, dict[int, int]]:
    """Decode UTF-8 keeping bad bytes as lone surrogates; line → first bad byte's offset."""
    offsets: list[int] = []

    def note(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        offsets.append(exc.start)
        return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end

    codecs.register_error("analysis-note-bad-bytes", note)
    text = data.decode("utf-8", errors="analysis-note-bad-bytes")
    starts = _line_starts(data)
    bad: dict[int, int] = {}
    for offset in offsets:
        bad.setdefault(_line_of(starts, offset), offset)
    return text, bad


def _decode(path: Path, data: bytes) -> tuple[str, str, dict[int, int]]:
    encoding = detect_encoding(data)
    if encoding == UTF8_WITH_BAD_BYTES:
        text, bad = _bad_utf8_bytes(data)
        return text, encoding, bad
    try:
        return data.decode(encoding), encoding, {}
    except UnicodeDecodeError as exc:
        line = _line_of(_line_starts(data), exc.start)
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


def _not_utf8_reason(bad: dict[int, int], start: int, end: int, data_byte: str) -> str:
    line = next(n for n in range(start, end + 1) if n in bad)
    return (f"bytes that are not UTF-8 on line {line} (byte {data_byte} at offset "
            f"{bad[line]}): the rest of the sheet is UTF-8; retype that text and save as UTF-8")


def _records(text: str, width: int, delimiter: str, where: str, bad: dict[int, int] | None = None
             ) -> tuple[list[list[str]], list[int], list[tuple[int, str, str, str]], int]:
    """Split a sheet's text into records after its header.

    Returns the well-formed records, the line each starts on, the malformed ones (line,
    column, reason, raw text) and the number of blank records skipped. Fields are read
    whole whatever their length (the csv module's field limit is lifted); records holding
    bytes that are not UTF-8 (``bad``: line → byte offset) are malformed.
    """
    bad = bad or {}
    csv.field_size_limit(max(csv.field_size_limit(), MAX_SHEET_BYTES))
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
        if bad and any(_NOT_UTF8.search(cell) for cell in record):
            raw = "\n".join(lines[start - 1 : reader.line_num])
            first = _NOT_UTF8.search(raw)
            byte = f"{ord(first[0]) - 0xDC00:#04x}" if first else "?"
            rejected.append((start, "", _not_utf8_reason(bad, start, reader.line_num, byte),
                             _NOT_UTF8.sub("\ufffd", raw)))
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
    text, encoding, bad = _decode(path, path.read_bytes())
    if not text.strip():
        raise SheetError("the file is empty: a sheet needs a header row", file=where)
    header, delimiter = _header(text, where)
    counts = Counter(header)
    repeated = sorted(name for name, n in counts.items() if name and n > 1)
    if repeated:
        raise SheetError("column appears twice in the header", file=where, line=1,
                         column=repeated[0])
    records, starts, rejected, blank = _records(text, len(header), delimiter, where, bad)
    # only the codebook's columns are kept: extra columns cost nothing per row
    keep = [header.index(name) for name in SHEET_COLUMNS]
    rows = pd.DataFrame([[record[i] for i in keep] for record in records],
                        columns=list(SHEET_COLUMNS), dtype=object).astype(str)
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
