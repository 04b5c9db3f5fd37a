"""Tables for readers: human headers, thousands separators, no index, "—" for missing.

:func:`show_table` displays a data frame the way a report prints it (escaped HTML), and
:func:`readable` gives the same cells as text, so the published page never shows an index
column, ``NaN``, ``15000.0`` or ``snake_case`` headers.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from analysis.publish.provenance import format_value

if TYPE_CHECKING:
    import pandas as pd

MISSING = "—"


def cell_text(value: Any) -> str:
    """Write one cell for readers.

    Parameters
    ----------
    value : object
        A number, date, boolean, string or missing value.

    Returns
    -------
    str
        ``"15,000"`` for 15000.0, ``"2.5"``, ``"2025-01-13"`` for a timestamp, ``"yes"``
        / ``"no"``, ``"—"`` for NaN, None, NaT or an empty string; snake_case words
        become spaced words (``killed_or_wounded`` → ``killed or wounded``).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if hasattr(value, "isoformat") and not isinstance(value, str):
        if str(value) == "NaT":
            return MISSING
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, int | float):
        return format_value(value)
    text = str(value)
    if not text.strip():
        return MISSING
    return text.replace("_", " ") if text.replace("_", "").isalpha() else text


def header_text(column: str) -> str:
    """``share_best`` → ``Share best``: a column name as a header."""
    text = str(column).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def readable(frame: pd.DataFrame, headers: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Return the table as readers see it: chosen columns, human headers, text cells.

    Parameters
    ----------
    frame : pandas.DataFrame
        The data.
    headers : mapping, optional
        Column → header, in the order to show; default every column with
        :func:`header_text`.

    Returns
    -------
    pandas.DataFrame
        Text cells (:func:`cell_text`), a plain 0..n index.
    """
    import pandas as pd

    headers = dict(headers) if headers else {c: header_text(c) for c in frame.columns}
    data = {label: [cell_text(v) for v in frame[column].tolist()]
            for column, label in headers.items()}
    return pd.DataFrame(data, columns=list(headers.values()))


def show_table(frame: pd.DataFrame, headers: Mapping[str, str] | None = None,
               caption: str = "") -> None:
    """Display a table for readers (see :func:`readable`), with an optional caption.

    Parameters
    ----------
    frame : pandas.DataFrame
        The data.
    headers : mapping, optional
        Column → header, in the order to show.
    caption : str
        One sentence saying what the table shows.
    """
    from IPython.display import display

    table = readable(frame, headers)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                   for row in table.itertuples(index=False))
    title = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    markup = (f'<div class="claims-desk-table"><table>{title}<thead><tr>{head}</tr></thead>'
              f"<tbody>{body}</tbody></table></div>")
    if table.empty:
        markup = f'<p class="claims-desk-table">{html.escape(caption or "")} (none)</p>'
    text = table.to_string(index=False) if not table.empty else "(none)"
    display({"text/html": markup, "text/plain": text}, raw=True)
