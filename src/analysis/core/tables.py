"""Writing processed tables for people and spreadsheets: one way, the same bytes each time.

- UTF-8, LF line endings, a header row, the table's own column order and row order; a cell
  holding a line break (LF or CR) is quoted, so it never splits its row;
- whole-number floats written without ``.0`` and missing numbers as empty cells;
- booleans as ``true`` / ``false``;
- formula injection neutralised: a text cell that starts with ``=``, ``+``, ``-``, ``@``,
  a tab or a carriage return (or with an apostrophe followed by one of those or by another
  apostrophe) gets a leading apostrophe, so a spreadsheet shows it as text and never runs
  it (OWASP's advice for CSV injection). :func:`unescape_cell` reverses it exactly.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import IO

import pandas as pd

from analysis.core.atomic import write_text_atomic
from analysis.core.datapackage import Resource
from analysis.core.errors import ClaimsDeskError

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """Prefix an apostrophe to a text cell a spreadsheet would run as a formula.

    Parameters
    ----------
    value : str
        The cell.

    Returns
    -------
    str
        The cell, safe to open in a spreadsheet.
    """
    if value.startswith(FORMULA_TRIGGERS) or (
        value.startswith("'") and value[1:].startswith((*FORMULA_TRIGGERS, "'"))
    ):  # the second case keeps the escape reversible: "'=x" and "''x" are escaped too
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell`.

    Parameters
    ----------
    value : str
        A cell as written.

    Returns
    -------
    str
        The original text.
    """
    if value.startswith("'") and (value[1:].startswith(FORMULA_TRIGGERS)
                                  or value[1:].startswith("'")):
        return value[1:]
    return value


def _format_number(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


def to_csv_text(table: pd.DataFrame) -> str:
    """Serialise a table the one way every processed CSV is written.

    Parameters
    ----------
    table : pandas.DataFrame
        The table, columns and rows in their final order.

    Returns
    -------
    str
        The CSV text.
    """
    out = pd.DataFrame(index=table.index)
    for column in table.columns:
        values = table[column]
        if pd.api.types.is_bool_dtype(values):
            out[column] = values.map({True: "true", False: "false"})
        elif pd.api.types.is_float_dtype(values):
            out[column] = values.map(_format_number)
        elif pd.api.types.is_integer_dtype(values):  # nullable Int64 too: NA as empty
            out[column] = values.map(lambda v: "" if pd.isna(v) else str(int(v)))
        else:
            out[column] = values.fillna("").astype(str).map(escape_cell)
    # csv quotes a cell holding the line terminator's characters only: written with "\r\n"
    # rows, a cell holding a lone "\r" is quoted too, instead of breaking its row in two
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for record in [list(out.columns), *out.itertuples(index=False, name=None)]:
        writer.writerow(record)
        lines.append(buffer.getvalue()[:-2] + "\n")
        buffer.seek(0)
        buffer.truncate()
    return "".join(lines)


def read_csv_table(path: object, numbers: tuple[str, ...] = (), integers: tuple[str, ...] = (),
                   booleans: tuple[str, ...] = (), nullable_integers: tuple[str, ...] = (),
                   dates: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read a table written by :func:`to_csv_text` back with its types.

    Parameters
    ----------
    path : path-like or text stream
        The CSV file.
    numbers, integers, booleans : tuple of str
        Columns to read as float, int64 and bool.
    nullable_integers, dates : tuple of str
        Columns to read as ``Int64`` (empty cells allowed) and as ``datetime64`` (ISO dates);
        all other columns are text.

    Returns
    -------
    pandas.DataFrame
        The table, with formula escapes removed from text cells.
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for column in table.columns:
        if column in numbers:
            table[column] = pd.to_numeric(table[column].replace("", None), errors="raise"
                                          ).astype("float64")
        elif column in integers:
            table[column] = table[column].astype("int64")
        elif column in nullable_integers:
            table[column] = pd.to_numeric(table[column].replace("", None), errors="raise"
                                          ).astype("Int64")
        elif column in booleans:
            table[column] = table[column].map({"true": True, "false": False}).astype(bool)
        elif column in dates:
            table[column] = pd.to_datetime(table[column], format="%Y-%m-%d")
        else:
            quoted = table[column].str.startswith("'")
            if quoted.any():  # only escaped cells start with an apostrophe: touch just those
                table.loc[quoted, column] = table.loc[quoted, column].map(unescape_cell)
    return table


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write a table with ISO dates the way every processed CSV is written, atomically.

    See :func:`to_csv_text` (formula-safe text cells, stable numbers).
    """
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    write_text_atomic(path, to_csv_text(out))


def read_table(resource: Resource, source: Path | IO[str]) -> pd.DataFrame:
    """Read a processed table back with the types its :class:`Resource` declares.

    The declaration is the only source of the types: ``number`` → float64, ``integer`` →
    int64 (``Int64`` when the resource allows empty integers), ``boolean`` → bool, ``date`` →
    datetime64 when the resource says so (else ISO text), everything else text with formula
    escapes removed (:func:`unescape_cell`).

    Parameters
    ----------
    resource : Resource
        The table's declaration.
    source : Path or text stream
        The CSV file (or its text).

    Returns
    -------
    pandas.DataFrame
        The table, typed.

    Raises
    ------
    ClaimsDeskError
        When the file does not exist: it has not been built yet.
    """
    if isinstance(source, Path) and not source.is_file():
        from analysis.core import paths

        raise ClaimsDeskError("not built yet; run `make data`", file=paths.relative(source))

    def named(kind: str) -> tuple[str, ...]:
        return tuple(f["name"] for f in resource.fields if f["type"] == kind)

    integers = named("integer")
    return read_csv_table(
        source, numbers=named("number"), booleans=named("boolean"),
        integers=() if resource.nullable_integers else integers,
        nullable_integers=integers if resource.nullable_integers else (),
        dates=named("date") if resource.read_dates else ())
