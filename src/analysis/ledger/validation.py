"""Row-level validation of the claims ledger: clean what can be cleaned, quarantine the rest.

Cells are first normalised (Unicode NFC, zero-width characters removed, ends stripped,
language codes lower-cased, spreadsheet date forms rewritten as ISO dates, spaces inside
URLs percent-encoded), then checked with a pandera schema (:func:`claims_schema`). A row
that fails any check is *quarantined* with its sheet, line, the failing column(s) and a
plain reason; the rest go on to cleaning. Nothing is dropped silently.

Why pandera: it states the rules as a declarative schema and reports *every* failing cell
(lazy validation) with its row, which is exactly what a quarantine needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd
import pandera.pandas as pa
import pycountry

from analysis.ledger.vocabulary import METRICS

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Bidirectional embedding, override and isolate controls and directional marks: they can
make a cell display as other text than it holds (``evil\u202etxt.exe``)."""

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad" + BIDI_CONTROLS),
                           None)
"""Characters that are invisible in a spreadsheet and never meaningful in a cell: zero-width
characters, the soft hyphen, and the bidirectional controls (:data:`BIDI_CONTROLS`)."""

MAX_CELL_CHARS: int = 2_000
"""Longest cell read (characters, after cleaning). The longest cell of the real ledger has
235; a longer cell is almost certainly a paste gone wrong, and every parser's cost per row
is bounded by it. A row holding one is quarantined, naming the column."""

MAX_DATE_CHARS: int = 64
"""A ``published`` cell longer than this is no date in any form this reader knows."""

LANGUAGES: frozenset[str] = frozenset(
    lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")
)
"""ISO 639-1 two-letter codes (from pycountry)."""

QUARANTINE_COLUMNS: tuple[str, ...] = ("sheet", "line", "id", "column", "reason")

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DMY_DOT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")
_D_MONTH_Y = re.compile(rf"^(\d{{1,2}})(?:\.?\s+|-)({_MONTH_RE})\.?(?:,?\s+|-)(\d{{4}})$", re.I)
_MONTH_D_Y = re.compile(rf"^({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_EXCEL_SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME = re.compile(r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)$", re.I)
_EXCEL_EPOCH = date(1899, 12, 30)


def clean_text(value: str) -> str:
    """Normalise one cell: NFC, no zero-width characters, no surrounding whitespace.

    Parameters
    ----------
    value : str
        The cell as read.

    Returns
    -------
    str
        The cleaned cell. Inner spacing (including no-break spaces used as thousands
        separators) is kept.
    """
    return unicodedata.normalize("NFC", value).translate(ZERO_WIDTH).strip()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: str) -> tuple[str, str | None]:
    """Rewrite a spreadsheet date as ``YYYY-MM-DD`` when its reading is certain.

    Accepted: ISO dates (with or without a time), ``YYYY/MM/DD``, ``DD.MM.YYYY``,
    ``19 December 2024``, ``19-Dec-2024``, ``Dec. 19, 2024``, Excel serial day numbers
    (20000–80000, a time fraction ignored), and ``DD/MM/YYYY`` or ``MM/DD/YYYY`` when one
    part is over 12 (so the order is certain); a leading weekday (``Thursday, …``) and a
    trailing time of day (``… 08:30``, ``… 8:30 PM``) are ignored. Two-digit years are not
    read (the century would be a guess).

    Parameters
    ----------
    value : str
        The cleaned cell.

    Returns
    -------
    (str, str or None)
        The ISO date (or ``value`` unchanged when it cannot be read) and, when it cannot
        be read, the reason.
    """
    if not value:
        return "", None
    if len(value) > MAX_DATE_CHARS:
        return value, f"not a date: {len(value):,} characters; write it as YYYY-MM-DD"
    original = value
    if not _ISO.match(value):
        # spreadsheet long forms: "Thursday, 19 December 2024", "19/12/2024 08:30"
        value = _TIME.sub("", _WEEKDAY.sub("", value)) or value
    parts: tuple[int, int, int] | None = None
    if m := _ISO.match(value) or _YMD_SLASH.match(value):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif m := _DMY_DOT.match(value):
        parts = (int(m[3]), int(m[2]), int(m[1]))
    elif m := _D_MONTH_Y.match(value):
        parts = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif m := _MONTH_D_Y.match(value):
        parts = (int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    elif (m := _EXCEL_SERIAL.match(value)) and 20000 <= int(m[1]) <= 80000:
        return (_EXCEL_EPOCH + timedelta(days=int(m[1]))).isoformat(), None
    elif m := _SLASHED.match(value):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if first > 12 >= second:
            parts = (year, second, first)
        elif second > 12 >= first:
            parts = (year, first, second)
        else:
            return original, (f"ambiguous date {original!r}: day and month could be either "
                              "way round; write it as YYYY-MM-DD")
    if parts is None:
        return original, f"not a date: {original!r}; write it as YYYY-MM-DD"
    iso = _iso(*parts)
    if iso is None:
        return original, f"impossible date {original!r}"
    return iso, None


def normalize_url(value: str) -> str:
    """Percent-encode spaces inside a URL (a faithful rewrite, not a guess)."""
    return re.sub(r"\s", lambda m: "%20" if m[0] == " " else "", value)


_URL = re.compile(r"https?://([^\s/?#:]+)(?::\d+)?(?:[/?#]\S*)?", re.I)


def is_http_url(value: str) -> bool:
    """Tell whether a URL is ``http(s)://host.name[:port][/path]`` with no whitespace; linear time.

    The host holds a dot with something on each side; the pattern has no nested or
    adjacent repetition of one character class, so it cannot backtrack.
    """
    m = _URL.fullmatch(value)
    return bool(m) and "." in m[1][1:-1]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


def _not_after(value: str, today: date) -> bool:
    """Return True unless ``value`` is a real ISO date after ``today``; never raise.

    A check that raises makes pandera fail the whole column without naming rows, so an
    impossible date (reported by ``iso_date``) must not hide the future dates of other rows.
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return True
    try:
        return date.fromisoformat(value) <= today
    except ValueError:
        return True


def _rules(today: date) -> dict[str, list[tuple[str, Callable[[str], bool], str]]]:
    """Return the checks per column: (check name, test on one cell, plain reason)."""
    required = ("required", lambda v: bool(v), "empty, but this column is required")
    return {
        "id": [required,
               ("id_syntax", lambda v: not v or bool(_ID.match(v)),
                "an id must be letters, digits, '-', '_', '.' or ':' without spaces")],
        "published": [
            ("iso_date", lambda v: not v or _iso(*map(int, v.split("-"))) is not None
             if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else not v,
             "not a date in the form YYYY-MM-DD"),
            ("not_future", lambda v: _not_after(v, today),
             # no date in the text: the quarantine table must not change from day to day
             "the date is after the day of this build"),
        ],
        "outlet": [required],
        "url": [required,
                ("http_url", lambda v: not v or is_http_url(v),
                 "not a web address starting with http:// or https://")],
        "language": [required,
                     ("iso639_1", lambda v: not v or v in LANGUAGES,
                      "not an ISO 639-1 language code (two letters, e.g. en, uk, ko)")],
        "attributed_to": [required],
        "subject": [required],
        "metric": [required,
                   ("known_metric", lambda v: not v or v in METRICS,
                    f"not one of the metrics: {', '.join(METRICS)}")],
        "figure_text": [required],
    }


def claims_schema(today: date | None = None) -> pa.DataFrameSchema:
    """Build the pandera schema every processed claim row must pass.

    Parameters
    ----------
    today : date, optional
        The build's date, for the "not in the future" check; default today.

    Returns
    -------
    pandera.DataFrameSchema
        Column checks from :func:`_rules`, plus ``id`` unique across all sheets (every
        repeat after the first occurrence fails).
    """
    rules = _rules(today or date.today())
    columns = {
        name: pa.Column(
            str,
            checks=[pa.Check(test, element_wise=True, name=check, error=reason)
                    for check, test, reason in checks],
            unique=name == "id",
            report_duplicates="exclude_first",
        )
        for name, checks in rules.items()
    }
    return pa.DataFrameSchema(columns, strict=False)


def normalize_rows(rows: pd.DataFrame) -> tuple[pd.DataFrame, dict[int, list[tuple[str, str]]]]:
    """Clean every text cell and rewrite dates, URLs and language codes.

    Parameters
    ----------
    rows : pandas.DataFrame
        Claim rows as read (text columns).

    Returns
    -------
    rows : pandas.DataFrame
        A cleaned copy.
    problems : dict
        Row index → list of (column, reason) for dates that could not be read.
    """
    out = rows.copy()
    text_columns = [c for c in out.columns if c not in {"line"}]
    for column in text_columns:
        out[column] = out[column].map(clean_text)
    out["language"] = out["language"].str.lower()
    out["url"] = out["url"].map(normalize_url)
    problems: dict[int, list[tuple[str, str]]] = {}
    dates = []
    for index, value in out["published"].items():
        iso, reason = normalize_date(value)
        dates.append(iso)
        if reason:
            problems.setdefault(index, []).append(("published", reason))
    out["published"] = pd.Series(dates, index=out.index, dtype="str")  # typed even when empty
    return out, problems


def _too_long(cleaned: pd.DataFrame, problems: dict[int, list[tuple[str, str]]]) -> None:
    """Add a problem for every cell over :data:`MAX_CELL_CHARS` (its row is quarantined)."""
    for column in cleaned.columns:
        if column in ("sheet", "line"):
            continue
        lengths = cleaned[column].str.len()
        for index in lengths.index[lengths > MAX_CELL_CHARS]:
            if any(c == column for c, _ in problems.get(index, [])):
                continue  # already explained (a date that is too long to be one)
            problems.setdefault(index, []).append(
                (column, f"the cell has {lengths[index]:,} characters, over the limit of "
                         f"{MAX_CELL_CHARS:,} per cell"))


def validate_rows(
    rows: pd.DataFrame, today: date | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split claim rows into valid rows and quarantined rows with reasons.

    Parameters
    ----------
    rows : pandas.DataFrame
        Rows with ``sheet``, ``line`` and the sheet columns, as read.
    today : date, optional
        The build's date (default today), for the future-date check.

    Returns
    -------
    valid : pandas.DataFrame
        Normalised rows that passed every check, in their original order.
    quarantined : pandas.DataFrame
        One row per failing record: :data:`QUARANTINE_COLUMNS` (``column`` and ``reason``
        list every problem, separated by ``" | "`` and ``"; "``), then the row's cells.
    """
    cleaned, problems = normalize_rows(rows.reset_index(drop=True))
    _too_long(cleaned, problems)
    schema = claims_schema(today)
    try:
        schema.validate(cleaned, lazy=True)
    except pa.errors.SchemaErrors as exc:
        rules = {(c, name): reason for c, checks in _rules(today or date.today()).items()
                 for name, _, reason in checks}
        # where each id is first used: one pass, however many copies of one id there are
        first_of = {v: i for i, v in reversed(list(cleaned["id"].items()))}
        for case in exc.failure_cases.itertuples(index=False):
            if pd.isna(case.index):
                # a check that raised instead of answering: never let rows through unchecked
                raise RuntimeError(f"validation check {case.check!r} on column {case.column!r} "
                                   f"could not run ({case.failure_case}); this is a bug in "
                                   "claims-desk") from exc
            index = int(case.index)
            column = str(case.column)
            if any(c == column for c, _ in problems.get(index, [])):
                continue  # already explained by normalisation (e.g. an unreadable date)
            if case.check == "field_uniqueness":
                first = first_of[cleaned.at[index, "id"]]
                reason = (f"id {cleaned.at[index, 'id']!r} is already used at "
                          f"{cleaned.at[first, 'sheet']} line {cleaned.at[first, 'line']}")
            else:
                reason = rules.get((column, str(case.check)), str(case.check))
            problems.setdefault(index, []).append((column, reason))
    bad = sorted(problems)
    order = list(rows.columns)
    quarantine = cleaned.loc[bad, order].copy()
    quarantine.insert(2, "column", [" | ".join(dict.fromkeys(c for c, _ in problems[i]))
                                    for i in bad])
    quarantine.insert(3, "reason", ["; ".join(f"{c}: {r}" for c, r in problems[i])
                                    for i in bad])
    lead = [c for c in QUARANTINE_COLUMNS if c in quarantine.columns]
    quarantine = quarantine.loc[:, lead + [c for c in order if c not in lead]]
    valid = cleaned.drop(index=bad)
    return valid.reset_index(drop=True), quarantine.reset_index(drop=True)
