"""Who made a claim: free-text attributions → canonical claimants.

``attributed_to`` is written as the article attributes the claim ("South Korea National
Intelligence Service via MP Lee Seong-kweun", "Seoul's spy agency", "Zelenskyy"). The
curated table ``data/raw/claimants.csv`` maps it to a canonical claimant with its country
(ISO 3166-1 alpha-2) and kind (government, intelligence, military, international, media,
other).

Matching rule: each row's ``pattern`` is a case-insensitive regular expression searched in
the text (with RE2, a linear-time engine: no pattern can take exponential time, so a pattern
such as ``(a+)+$`` costs microseconds, not hours; look-arounds and back-references are not
available and are refused naming the line); the *first* row in file order that matches
wins, so specific claimants stand before general ones and news media last. Text no row
matches keeps its own wording as the claimant, with ``claimant_matched`` false, and goes
to the review queue.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import re2

from analysis.core import paths
from analysis.core.errors import SheetError

_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
"""Line breaks as the csv reader counts them (``\\r\\n``, ``\\r``, ``\\n``)."""

CLAIMANTS_CSV: Path = paths.RAW / "claimants.csv"
KINDS: tuple[str, ...] = ("government", "intelligence", "military", "international", "media",
                          "other")
CLAIMANT_COLUMNS: tuple[str, ...] = ("claimant", "claimant_country", "claimant_kind",
                                     "claimant_matched")


def read_reference_csv(path: Path) -> pd.DataFrame:
    """Read a curated table as text, refusing anything but a regular file inside the project.

    Parameters
    ----------
    path : Path
        The table.

    Returns
    -------
    pandas.DataFrame
        Every cell a string.

    Raises
    ------
    SheetError
        For a folder, a pipe or device (never opened, so a pipe cannot hang the build), a
        symbolic link leaving the project, or a file that cannot be read or decoded.
    """
    where = f"{paths.relative(Path(path).parent)}/{Path(path).name}"
    if paths.link_leaves(path, Path(path).parent):
        raise SheetError("a symbolic link that leaves the project is not read", file=where)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise SheetError(f"cannot read this file: {exc.strerror}", file=where) from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a pipe, socket or device"
        raise SheetError(f"{kind}, not a file: a reference table must be a CSV file",
                         file=where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"cannot read this table: {exc.strerror}", file=where) from None
    text = _decode_table(data, where)
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as exc:
        # pandas counts records, not lines: name the physical line of the first bad record
        found = _first_wide_record(text)
        if found is None:
            raise SheetError(f"cannot read this table: {exc}".splitlines()[0],
                             file=where) from None
        line, fields, width = found
        raise SheetError(f"this record has {fields} fields but the header has {width}",
                         file=where, line=line) from None


def _decode_table(data: bytes, where: str) -> str:
    """Decode a reference table as UTF-8 (a byte-order mark allowed), naming a bad byte's line.

    Lines are counted as the csv reader counts them, so a byte after a quoted cell that
    spans lines is named on its own line, not on its record's number.
    """
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + len(data) - len(body)
        line = len(_LINE_BREAK.findall(data, 0, offset)) + 1
        raise SheetError(f"byte {data[offset]:#04x} at offset {offset} is not UTF-8; save the "
                         "table as UTF-8 CSV", file=where, line=line) from None


def _first_wide_record(text: str) -> tuple[int, int, int] | None:
    """Return (line, fields, header width) of the first record wider than the header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        width = len(next(reader))
        previous = reader.line_num
        for record in reader:
            if len(record) > width:
                return previous + 1, len(record), width
            previous = reader.line_num
    except (csv.Error, StopIteration):
        return None
    return None


def _linear_options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


def compile_pattern(pattern: str, where: str | None = None, line: int | None = None) -> re2._Regexp:
    """Compile a curated table's pattern with RE2 (linear time, case-insensitive).

    Parameters
    ----------
    pattern : str
        The regular expression, Python syntax without look-arounds or back-references.
    where : str, optional
        The table's file, for the message.
    line : int, optional
        The pattern's line, for the message.

    Returns
    -------
    re2 compiled pattern
        With ``search``.

    Raises
    ------
    SheetError
        When RE2 cannot compile it, naming file, line and column ``pattern``.
    """
    try:
        return re2.compile(pattern, _linear_options())
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise SheetError(f"not a valid pattern: {detail} (patterns run on RE2: no "
                         "look-arounds or back-references)", file=where, line=line,
                         column="pattern") from None


def load_alias_table(path: Path | None = None) -> pd.DataFrame:
    """Read and check the claimant alias table.

    Parameters
    ----------
    path : Path, optional
        Default ``data/raw/claimants.csv``.

    Returns
    -------
    pandas.DataFrame
        Columns ``pattern, claimant, country, kind, note`` plus ``line``, in file order.

    Raises
    ------
    SheetError
        When a pattern is not a valid regular expression, or a kind is unknown, naming the
        line.
    """
    path = Path(path) if path is not None else CLAIMANTS_CSV
    table = read_reference_csv(path)
    table["line"] = range(2, len(table) + 2)
    where = paths.relative(path)
    for row in table.itertuples():
        compile_pattern(row.pattern, where, row.line)
        if row.kind not in KINDS:
            raise SheetError(f"unknown kind {row.kind!r}; use one of {', '.join(KINDS)}",
                             file=where, line=row.line, column="kind")
    return table


def match_claimants(attributed_to: pd.Series, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Map each attribution to its canonical claimant.

    Parameters
    ----------
    attributed_to : pandas.Series
        Free-text attributions.
    table : pandas.DataFrame, optional
        The alias table (default: :func:`load_alias_table`).

    Returns
    -------
    pandas.DataFrame
        Same index; columns :data:`CLAIMANT_COLUMNS`. Unmatched rows keep their own text as
        ``claimant``, with empty country and kind.
    """
    table = load_alias_table() if table is None else table
    compiled = [(compile_pattern(row.pattern), row) for row in table.itertuples()]
    cache: dict[str, tuple[str, str, str, bool]] = {}
    for text in attributed_to.unique():
        found = next((row for pattern, row in compiled if pattern.search(text)), None)
        if found is None:
            cache[text] = (text, "", "", False)
        else:
            cache[text] = (found.claimant, found.country, found.kind, True)
    values = [cache[text] for text in attributed_to]
    return pd.DataFrame(values, index=attributed_to.index, columns=list(CLAIMANT_COLUMNS))


SUBJECTS_CSV: Path = paths.RAW / "subjects.csv"


def classify_subjects(subject: pd.Series, path: Path | None = None) -> pd.Series:
    """Map free-text subjects to a subject class with ``data/raw/subjects.csv``.

    Parameters
    ----------
    subject : pandas.Series
        Who or what is counted, as written.
    path : Path, optional
        The pattern table (first match in file order wins); default ``data/raw/subjects.csv``.

    Returns
    -------
    pandas.Series
        The subject class, or ``"unclassified"``.
    """
    path = Path(path) if path is not None else SUBJECTS_CSV
    table = read_reference_csv(path)
    where = paths.relative(path)
    compiled = [(compile_pattern(p, where, line), c) for line, (p, c) in enumerate(
        zip(table["pattern"], table["subject_class"], strict=True), start=2)]
    cache = {
        text: next((c for pattern, c in compiled if pattern.search(text)), "unclassified")
        for text in subject.unique()
    }
    return subject.map(cache)


OVERRIDES_CSV: Path = paths.RAW / "claim_overrides.csv"
OVERRIDE_ACTIONS = ("merge", "split")


def load_overrides(path: Path | None = None) -> pd.DataFrame:
    """Read ``data/raw/claim_overrides.csv``: ``action, ids, note`` (ids space-separated).

    Parameters
    ----------
    path : Path, optional
        Default ``data/raw/claim_overrides.csv``; a missing file means no overrides.

    Returns
    -------
    pandas.DataFrame
        The overrides with their ``line``.

    Raises
    ------
    SheetError
        For an unknown action or a merge/split naming fewer ids than it needs.
    """
    path = Path(path) if path is not None else OVERRIDES_CSV
    where = paths.relative(path)
    if not path.exists() and not path.is_symlink():
        empty = pd.DataFrame(columns=["action", "ids", "note", "line"])
        empty.attrs["file"] = where
        return empty
    table = read_reference_csv(path)
    table["line"] = range(2, len(table) + 2)
    table.attrs["file"] = where
    for row in table.itertuples():
        if row.action not in OVERRIDE_ACTIONS:
            raise SheetError(f"unknown action {row.action!r}; use merge or split", file=where,
                             line=row.line, column="action")
        if row.action == "merge" and len(row.ids.split()) < 2:
            raise SheetError("a merge needs at least two ids", file=where, line=row.line,
                             column="ids")
        if not row.ids.split():
            raise SheetError("no ids given", file=where, line=row.line, column="ids")
    return table


HIERARCHY_CSV: Path = paths.RAW / "claimant_hierarchy.csv"
ANY_CLAIMANT = "*"
"""In ``claimant_hierarchy.csv``, a ``specific`` of ``*``: any one named claimant."""


def load_hierarchy(path: Path | None = None, claimants: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read ``data/raw/claimant_hierarchy.csv``: which broader names stand for which claimant.

    Each row ``broader, specific, note`` says that a report attributed to the canonical
    claimant ``broader`` ("South Korea government") may be a report of a statement of
    ``specific`` (the NIS). ``specific`` ``*`` means any one named claimant. Claimants
    that stand for nobody (unnamed sources, several governments at once) have no row.

    Parameters
    ----------
    path : Path, optional
        Default ``data/raw/claimant_hierarchy.csv``; a missing file means no hierarchy.
    claimants : pandas.DataFrame, optional
        The alias table: when given, every name must be one of its canonical claimants.

    Returns
    -------
    pandas.DataFrame
        Columns ``broader, specific, note, line``.

    Raises
    ------
    SheetError
        For an empty name, a name that is no canonical claimant, a claimant standing for
        itself, or a repeated pair, naming the line.
    """
    path = Path(path) if path is not None else HIERARCHY_CSV
    where = paths.relative(path)
    if not path.exists() and not path.is_symlink():
        return pd.DataFrame(columns=["broader", "specific", "note", "line"])
    table = read_reference_csv(path)
    for column in ("broader", "specific", "note"):
        if column not in table.columns:
            raise SheetError(f"missing column {column!r}", file=where, line=1)
    table["line"] = range(2, len(table) + 2)
    known = set(claimants["claimant"]) if claimants is not None else None
    seen: set[tuple[str, str]] = set()
    for row in table.itertuples():
        for column in ("broader", "specific"):
            name = getattr(row, column)
            if not name.strip():
                raise SheetError("empty, but this column is required", file=where,
                                 line=row.line, column=column)
            if known is not None and name != ANY_CLAIMANT and name not in known:
                raise SheetError(f"{name!r} is no claimant of claimants.csv", file=where,
                                 line=row.line, column=column)
        if row.broader == row.specific or (row.broader, row.specific) in seen:
            raise SheetError("a claimant standing for itself, or a repeated pair",
                             file=where, line=row.line, column="specific")
        seen.add((row.broader, row.specific))
    return table.loc[:, ["broader", "specific", "note", "line"]]


@dataclass(frozen=True)
class ReferenceTables:
    """The curated tables a build reads beside the sheets, loaded once and passed in.

    Attributes
    ----------
    claimants : pandas.DataFrame
        The alias table of ``claimants.csv`` (:func:`load_alias_table`).
    subjects : Path
        ``subjects.csv``.
    overrides : pandas.DataFrame
        ``claim_overrides.csv`` (:func:`load_overrides`).
    hierarchy : pandas.DataFrame
        ``claimant_hierarchy.csv`` (:func:`load_hierarchy`).
    """

    claimants: pd.DataFrame
    subjects: Path
    overrides: pd.DataFrame
    hierarchy: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["broader", "specific", "note", "line"]))


def load_reference(raw_dir: Path | None = None) -> ReferenceTables:
    """Load every curated reference table from one raw folder.

    Parameters
    ----------
    raw_dir : Path, optional
        The raw data folder holding ``claimants.csv``, ``subjects.csv``,
        ``claim_overrides.csv`` and ``claimant_hierarchy.csv``; default ``data/raw``.

    Returns
    -------
    ReferenceTables
        The tables, checked (a broken table raises :class:`SheetError` with its line).
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW
    claimants = load_alias_table(folder / "claimants.csv")
    return ReferenceTables(claimants=claimants,
                           subjects=folder / "subjects.csv",
                           overrides=load_overrides(folder / "claim_overrides.csv"),
                           hierarchy=load_hierarchy(folder / "claimant_hierarchy.csv", claimants))


def _curated_table(path: Path, columns: tuple[str, ...]) -> tuple[str, pd.DataFrame]:
    """Read an editor's table (every cell text) with its file lines; no file, no rows."""
    where = paths.relative(path)
    if not path.exists():
        return where, pd.DataFrame(columns=[*columns, "line"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for column in columns:
        if column not in table.columns:
            raise SheetError(f"missing column {column!r}", file=where, line=1)
    table["line"] = range(2, len(table) + 2)
    return where, table


ROW_FLAGS_CSV: Path = paths.RAW / "row_flags.csv"
ROW_FLAGS: tuple[str, ...] = ("distorted_metric", "typo", "unverified", "superseded")
"""What an editor can say about one ledger row (``data/raw/row_flags.csv``)."""
ROW_FLAG_COLUMNS: tuple[str, ...] = ("id", "flag", "note", "correction_source")


def load_row_flags(path: Path | None = None, known_ids: set[str] | None = None) -> pd.DataFrame:
    """Read ``data/raw/row_flags.csv``: ledger rows an editor marked as not to be headlined.

    Each row ``id, flag, note, correction_source`` names one ledger row, why it must not
    stand as published (``distorted_metric``: the outlet changed what was counted;
    ``typo``; ``unverified``; ``superseded``: the article gives an earlier estimate), in
    the editor's words, and where the correction comes from (a URL or "ledger note").
    Reports draw flagged rows distinctly, never use them in a headline and footnote them.

    Parameters
    ----------
    path : Path, optional
        Default ``data/raw/row_flags.csv``; a missing file means no flags.
    known_ids : set of str, optional
        The ledger's ids: when given, every flagged id must be one of them.

    Returns
    -------
    pandas.DataFrame
        Columns ``id, flag, note, correction_source, line``, in file order.

    Raises
    ------
    SheetError
        For a missing column, an unknown flag, an empty note, an id flagged twice or an
        id the ledger does not hold, naming the line and column.
    """
    path = Path(path) if path is not None else ROW_FLAGS_CSV
    where, table = _curated_table(path, ROW_FLAG_COLUMNS)
    seen: set[str] = set()
    for row in table.itertuples():
        if row.flag not in ROW_FLAGS:
            raise SheetError(f"unknown flag {row.flag!r}; use one of {', '.join(ROW_FLAGS)}",
                             file=where, line=row.line, column="flag")
        if not row.note.strip():
            raise SheetError("empty, but an editor's note is required", file=where,
                             line=row.line, column="note")
        if row.id in seen or (known_ids is not None and row.id not in known_ids):
            problem = "flagged twice" if row.id in seen else "is no id of the ledger"
            raise SheetError(f"{row.id!r} {problem}", file=where, line=row.line, column="id")
        seen.add(row.id)
    return table.loc[:, [*ROW_FLAG_COLUMNS, "line"]]


COMPARABLE_CSV: Path = paths.RAW / "comparable_claimants.csv"
COMPARABLE_COLUMNS: tuple[str, ...] = ("claimant", "comparable", "note", "source")
"""Columns of ``data/raw/comparable_claimants.csv``."""


def load_comparable_claimants(path: Path | None = None,
                              claimants: set[str] | None = None) -> pd.DataFrame:
    """Read ``data/raw/comparable_claimants.csv``: claimants whose figures are stated comparable.

    A row says that ``claimant`` states ``comparable``'s figures as its own (e.g. a president
    citing his intelligence service's count), so a ratio may use the other's latest figure
    when the claimant has none of its own as of the same date. Pairs hold both ways.

    Parameters
    ----------
    path : Path, optional
        Default ``data/raw/comparable_claimants.csv``; a missing file means no pairs.
    claimants : set of str, optional
        The canonical claimant names: when given, both names must be among them.

    Returns
    -------
    pandas.DataFrame
        Columns ``claimant, comparable, note, source, line``, in file order.

    Raises
    ------
    SheetError
        For a missing column, an unknown claimant, a claimant paired with itself, an empty
        note or a source that is not an ``http(s)`` URL, naming the line and column.
    """
    path = Path(path) if path is not None else COMPARABLE_CSV
    where, table = _curated_table(path, COMPARABLE_COLUMNS)
    for row in table.itertuples():
        for column in ("claimant", "comparable"):
            name = getattr(row, column)
            if claimants is not None and name not in claimants:
                raise SheetError(f"{name!r} is no claimant of claimants.csv", file=where,
                                 line=row.line, column=column)
        problems = {"comparable": "the same claimant on both sides" if row.claimant ==
                    row.comparable else "", "note": "" if row.note.strip() else
                    "empty, but an editor's note is required", "source": "" if
                    row.source.startswith(("http://", "https://")) else
                    "must be the http(s) URL where the claimant states the other's figure"}
        for column, problem in problems.items():
            if problem:
                raise SheetError(problem, file=where, line=row.line, column=column)
    return table.loc[:, [*COMPARABLE_COLUMNS, "line"]]
