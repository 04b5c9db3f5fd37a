"""The claims stage: raw collection sheets → the processed claims tables.

::

    data/raw/claims/*.csv ─read─► validate ─┬─► clean (figures, periods, claimants) ─► group
                                            └─► quarantine.csv
    → claims.csv, claim_groups.csv, quarantine.csv, review_queue.csv

Every raw record ends up in ``claims.csv`` or in ``quarantine.csv`` with a reason; the
build checks that the counts reconcile (raw = processed + quarantined) and says so.
Every row keeps its ``id``, ``sheet`` and ``line``, so each published number can be traced
back to the raw file and the article URL.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.claims.grouping import (
    apply_overrides,
    cluster_claims,
    explain_groups,
    summarize_groups,
)
from analysis.claims.schema import (
    CLAIMS_FIELDS,
    GROUP_FIELDS,
    QUARANTINE_FIELDS,
    REVIEW_FIELDS,
    REVIEW_KINDS,
    read_claim_groups,
    read_claims,
    read_quarantine,
)
from analysis.claims.stated import statement_dates
from analysis.core import paths
from analysis.core.atomic import write_text_atomic
from analysis.core.errors import ReconciliationError
from analysis.core.progress import Stages
from analysis.core.tables import to_csv_text
from analysis.figures import Reason, explain_figure, parse_figures
from analysis.ledger.dates import resolve_published_frame
from analysis.ledger.manifest import read_manifest
from analysis.ledger.reference import (
    ReferenceTables,
    classify_subjects,
    load_overrides,
    load_reference,
    match_claimants,
)
from analysis.ledger.sheets import (
    SHEET_COLUMNS,
    UTF8_WITH_BAD_BYTES,
    Sheet,
    read_sheets,
    scan_sheets,
)
from analysis.ledger.validation import validate_rows
from analysis.ledger.vocabulary import metric_family
from analysis.periods import parse_periods

__all__ = ["build_claims", "clean_claims", "cluster_claims", "read_claim_groups", "read_claims"]

RAW_COLUMNS: tuple[str, ...] = ("sheet", "line", *SHEET_COLUMNS)
CLAIMS_COLUMNS: tuple[str, ...] = tuple(f["name"] for f in CLAIMS_FIELDS)
GROUP_COLUMNS: tuple[str, ...] = tuple(f["name"] for f in GROUP_FIELDS)
REVIEW_COLUMNS: tuple[str, ...] = tuple(f["name"] for f in REVIEW_FIELDS)
REVIEW_ORDER = REVIEW_KINDS


@dataclass
class BuildSummary:
    """What a build read and wrote, for the audit trail.

    Attributes
    ----------
    rows_in : dict
        Sheet name → records read (well-formed plus malformed).
    encodings : dict
        Sheet name → "encoding, delimiter" detected.
    blank_lines : int
        Empty lines skipped over all sheets.
    rows_out : int
        Rows written to ``claims.csv``.
    quarantined : int
        Rows written to ``quarantine.csv``.
    groups : int
        Claim groups.
    review : dict
        Review-queue kind → count.
    overrides : list of str
        Hand overrides applied.
    outputs : list of Path
        Files written.
    quarantine_columns : list of str
        The quarantine table's columns (for the data package).
    rejected : pandas.DataFrame
        Records the sheet reader could not read as rows (quarantined with their line).
    notes : list of str
        What the reader did not read or read with a warning, one line each: entries named
        ``*.csv`` that are no sheet, sheets listed in the raw manifest but missing, sheets
        decoded from a legacy code page or holding bytes that are not UTF-8.
    """

    rows_in: dict[str, int] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    blank_lines: int = 0
    rows_out: int = 0
    quarantined: int = 0
    groups: int = 0
    review: dict[str, int] = field(default_factory=dict)
    overrides: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    quarantine_columns: list[str] = field(default_factory=list)
    rejected: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def total_in(self) -> int:
        """Records read over all sheets."""
        return sum(self.rows_in.values())

    def lines(self) -> list[str]:
        """Return the summary as lines for a terminal."""
        out = [f"read {name}: {count} rows ({self.encodings[name]})"
               for name, count in self.rows_in.items()]
        if self.blank_lines:
            out.append(f"skipped {self.blank_lines} blank line(s)")
        out += [f"WARNING {note}" for note in self.notes]
        out += [f"override: {line}" for line in self.overrides]
        out += [f"wrote {paths.relative(p)}" for p in self.outputs]
        out.append(f"claim groups: {self.groups}")
        review = ", ".join(f"{k} {v}" for k, v in self.review.items()) or "nothing"
        out.append(f"review queue: {sum(self.review.values())} ({review})")
        out.append(f"reconciled: {self.total_in} raw rows = {self.rows_out} processed + "
                   f"{self.quarantined} quarantined")
        return out


def _unread_sheets(raw_dir: Path | None) -> list[str]:
    """Entries named ``*.csv`` that are no sheet, and manifest-listed sheets now missing."""
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW_CLAIMS
    found, notes = scan_sheets(folder)
    names = {p.name for p in found} | {Path(n.split(":")[0]).name for n in notes}
    listed = read_manifest(folder.parent / paths.RAW_MANIFEST.name)
    prefix = f"{folder.name}/"
    for name in sorted(listed):
        if name.startswith(prefix) and "/" not in name[len(prefix):] \
                and name[len(prefix):] not in names:
            notes.append(f"{paths.relative(folder / name[len(prefix):])}: listed in "
                         f"{paths.relative(folder.parent / paths.RAW_MANIFEST.name)} but "
                         "missing (deleted?)")
    return notes


def _encoding_notes(sheet: Sheet) -> list[str]:
    """Say loudly when a sheet was not plain UTF-8."""
    where = paths.relative(sheet.path)
    if sheet.encoding == UTF8_WITH_BAD_BYTES:
        return [f"{where}: UTF-8 with bytes that are not UTF-8; the records holding them are "
                "quarantined with their line and byte offset"]
    if sheet.encoding.startswith(("utf-8", "utf-16")):
        return []
    return [f"{where}: NOT UTF-8: the whole sheet was decoded as {sheet.encoding} (no UTF-8 "
            "character in it); check its accented letters, or save it as UTF-8 CSV"]


def assemble_claims(raw_dir: Path | None = None) -> tuple[pd.DataFrame, BuildSummary]:
    """Read every sheet and stack the well-formed records as text.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of collection sheets; default ``data/raw/claims``.

    Returns
    -------
    rows : pandas.DataFrame
        One row per well-formed raw record: ``sheet, line`` and the sheet columns,
        ordered by sheet then line.
    summary : BuildSummary
        Records per sheet, detected encodings; the malformed records are in
        ``summary.rejected`` (a quarantine-shaped table).
    """
    summary = BuildSummary()
    frames, rejected = [], []
    summary.notes += _unread_sheets(raw_dir)
    for sheet in read_sheets(raw_dir):
        summary.notes += _encoding_notes(sheet)
        rows = sheet.rows.copy()
        rows.insert(0, "sheet", sheet.name)
        frames.append(rows)
        if len(sheet.rejected):
            rejects = sheet.rejected.rename(columns={"raw": "note"}).assign(sheet=sheet.name,
                                                                              id="")
            rejected.append(rejects)
        summary.rows_in[sheet.name] = sheet.records
        delimiter = {",": "comma", ";": "semicolon", "\t": "tab"}[sheet.delimiter]
        summary.encodings[sheet.name] = f"{sheet.encoding}, {delimiter}-separated"
        summary.blank_lines += sheet.blank_lines
    rows = pd.concat(frames, ignore_index=True).loc[:, list(RAW_COLUMNS)]
    rows = rows.sort_values(["sheet", "line"], kind="stable", ignore_index=True)
    summary.rejected = (pd.concat(rejected, ignore_index=True) if rejected
                        else pd.DataFrame(columns=["sheet", "line", "id", "column", "reason"]))
    return rows, summary


def clean_claims(valid: pd.DataFrame, reference: ReferenceTables | None = None) -> pd.DataFrame:
    """Read figures, dates, periods, claimants and subjects of validated rows.

    Parameters
    ----------
    valid : pandas.DataFrame
        Rows that passed :func:`analysis.ledger.validation.validate_rows`.
    reference : ReferenceTables, optional
        The curated tables; default those of ``data/raw``.

    Returns
    -------
    pandas.DataFrame
        The claims table in :data:`CLAIMS_COLUMNS` order, without the group columns.
    """
    reference = reference if reference is not None else load_reference()
    out = valid.copy()
    dates = resolve_published_frame(out, published="published", url="url")
    out["published"] = dates["published"].dt.strftime("%Y-%m-%d").fillna("")
    out["published_source"] = dates["published_source"]
    out["published_conflict"] = dates["published_conflict"].fillna("")
    figures = parse_figures(out["figure_text"], out["language"])
    for column in ("low", "best", "high"):
        out[column] = figures[column].astype("float64")
    for column in ("unit", "qualifier", "relation"):
        out[column] = figures[column].astype(str)
    out["figure_status"] = figures["status"].astype(str)
    out.loc[out["figure_status"] != "ok", "unit"] = ""
    published = out["published"].replace("", None)
    periods = parse_periods(out["period_text"], published, out["language"])
    out["period_start"] = periods["start"].dt.strftime("%Y-%m-%d").fillna("")
    out["period_end"] = periods["end"].dt.strftime("%Y-%m-%d").fillna("")
    out["period_precision"] = periods["precision"].astype(str)
    out["period_status"] = periods["status"].astype(str)
    out = out.join(statement_dates(out))
    out = out.join(match_claimants(out["attributed_to"], reference.claimants))
    out["subject_class"] = classify_subjects(out["subject"], reference.subjects)
    out["metric_family"] = out["metric"].map(metric_family)
    out["metric_flag"] = ""
    columns = [c for c in CLAIMS_COLUMNS if c not in ("claim_group", "group_reason")]
    return out.loc[:, columns]


def review_queue(claims: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """List what an editor must look at.

    Parameters
    ----------
    claims : pandas.DataFrame
        The grouped claims table; with ``review_kind`` and ``review_detail`` (from
        :func:`analysis.claims.grouping.explain_groups`) its grouping questions are listed too.
    groups : pandas.DataFrame
        The claim-groups table.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REVIEW_COLUMNS`, sorted by kind, sheet and line.
    """
    if claims.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "line" else "str")
                             for c in REVIEW_COLUMNS})
    items = []

    def add(mask: pd.Series, kind: str, detail: pd.Series) -> None:
        rows = claims[mask]
        items.append(pd.DataFrame({
            "kind": kind, "id": rows["id"], "sheet": rows["sheet"], "line": rows["line"],
            "claim_group": rows["claim_group"], "detail": detail[mask], "url": rows["url"],
        }))

    unparsed = claims["figure_status"] != "ok"
    negative = claims.loc[unparsed, "figure_text"].map(
        lambda text: explain_figure(text) == Reason.NEGATIVE.value).reindex(
        claims.index, fill_value=False).astype(bool)
    figure = "figure '" + claims["figure_text"] + "' "
    add(unparsed, "unparsed_figure",
        (figure + "holds no single quantity under the codebook").where(
            ~negative, figure + "is negative: a count cannot be below zero"))
    has_period = claims["period_text"] != ""
    add(has_period & (claims["period_status"] == "unparsed"), "unparsed_period",
        "period '" + claims["period_text"] + "' could not be read")
    add(has_period & (claims["period_status"] == "unresolved"), "unresolved_period",
        "period '" + claims["period_text"] + "' is relative and the publication date is "
        "unknown")
    add(~claims["claimant_matched"], "unmatched_claimant",
        "'" + claims["attributed_to"] + "' matches no alias in data/raw/claimants.csv")
    add(claims["published_conflict"] != "", "date_conflict", claims["published_conflict"])
    add(claims["metric_flag"] != "", "metric_drift", claims["metric_flag"])
    if "review_kind" in claims.columns:
        for kind in ("undated_candidates", "claimant_broadened"):
            add(claims["review_kind"] == kind, kind, claims["review_detail"])
    disagree = groups[groups["disagreement"]]
    first = claims.set_index("id").loc[disagree["first_id"]]
    items.append(pd.DataFrame({
        "kind": "group_disagreement", "id": disagree["first_id"].to_numpy(),
        "sheet": first["sheet"].to_numpy(), "line": first["line"].to_numpy(),
        "claim_group": disagree["claim_group"].to_numpy(),
        "detail": ("reports of " + disagree["claim_group"] + " disagree: "
                   + disagree["disagreement_reason"]).to_numpy(),
        "url": first["url"].to_numpy(),
    }))
    queue = pd.concat(items, ignore_index=True)
    queue["_kind"] = queue["kind"].map(REVIEW_ORDER.index)
    queue = queue.sort_values(["_kind", "sheet", "line"], kind="stable", ignore_index=True)
    return queue.drop(columns="_kind").loc[:, list(REVIEW_COLUMNS)]


def validate_reconciliation(summary: BuildSummary, written: pd.DataFrame,
                            quarantine: pd.DataFrame) -> None:
    """Raise unless every raw record is processed or quarantined, exactly once.

    Parameters
    ----------
    summary : BuildSummary
        The records read per sheet.
    written : pandas.DataFrame
        ``claims.csv`` as read back from disk.
    quarantine : pandas.DataFrame
        ``quarantine.csv`` as read back from disk.

    Raises
    ------
    ReconciliationError
        When the totals or a sheet's counts differ, or a row is in both tables.
    """
    total = len(written) + len(quarantine)
    if total != summary.total_in:
        raise ReconciliationError(
            f"{summary.total_in} raw rows but {len(written)} processed + {len(quarantine)} "
            f"quarantined = {total}")
    for name, count in summary.rows_in.items():
        got = int((written["sheet"] == name).sum() + (quarantine["sheet"] == name).sum())
        if got != count:
            raise ReconciliationError(
                f"{count} raw rows but {got} processed or quarantined", file=name)
    both = set(zip(written["sheet"], written["line"], strict=True)) & set(
        zip(quarantine["sheet"], quarantine["line"], strict=True))
    if both:
        sheet, line = sorted(both)[0]
        raise ReconciliationError("row is both processed and quarantined", file=sheet,
                                  line=int(line))


def _quarantine_table(rejected: pd.DataFrame, invalid: pd.DataFrame) -> pd.DataFrame:
    """Stack unreadable records and invalid rows: declared columns first, by sheet and line."""
    quarantine = pd.concat([rejected, invalid], ignore_index=True)
    lead = [f["name"] for f in QUARANTINE_FIELDS]
    quarantine = quarantine.loc[:, lead + [c for c in RAW_COLUMNS if c not in lead]]
    return quarantine.fillna("").sort_values(["sheet", "line"], kind="stable",
                                             ignore_index=True)


def _no_groups() -> pd.DataFrame:
    """Return the claim-groups table with no rows, its columns typed as in the data package."""
    types = {"number": "float64", "integer": "int64", "boolean": "bool"}
    return pd.DataFrame({f["name"]: pd.Series(dtype=types.get(f["type"], "str"))
                         for f in GROUP_FIELDS})


def build_claims(
    raw_dir: Path | None = None,
    processed_dir: Path | None = None,
    overrides_csv: Path | None = None,
    today: date | None = None,
    reference_dir: Path | None = None,
) -> BuildSummary:
    """Build every claims table from the raw sheets and check that the rows reconcile.

    Parameters
    ----------
    raw_dir : Path, optional
        The folder of collection sheets; default ``data/raw/claims``.
    processed_dir : Path, optional
        Where to write; default ``data/processed``.
    overrides_csv : Path, optional
        Hand merges and splits of claim groups; default ``data/raw/claim_overrides.csv``.
    today : date, optional
        The build's date, for the "no future publication date" check; default today.
    reference_dir : Path, optional
        The folder of ``claimants.csv`` and ``subjects.csv``; default ``data/raw``
        (:func:`analysis.pipeline.build` always passes the raw folder it builds from).

    Returns
    -------
    BuildSummary
        Counts and outputs, for the audit trail.

    Raises
    ------
    SheetError
        When a sheet (or the alias or override table) cannot be read as a whole.
    ReconciliationError
        When the written tables do not hold every raw row exactly once.
    """
    stages = Stages(["reading sheets", "validating", "reading figures and periods",
                     "grouping statements", "writing tables"], "building the claims tables")
    raw_dir = Path(raw_dir) if raw_dir is not None else paths.RAW_CLAIMS
    reference = load_reference(reference_dir)
    if overrides_csv is not None:
        reference = replace(reference, overrides=load_overrides(overrides_csv))
    stages.start("reading sheets")
    rows, summary = assemble_claims(raw_dir)
    stages.start("validating")
    valid, quarantined = validate_rows(rows, today=today)
    quarantine = _quarantine_table(summary.rejected, quarantined)
    stages.start("reading figures and periods")
    claims = clean_claims(valid, reference)
    stages.start("grouping statements")
    grouped = explain_groups(claims, reference.hierarchy)
    grouped, summary.overrides = apply_overrides(claims, grouped, reference.overrides)
    claims = claims.join(grouped)
    if claims.empty:  # every row quarantined, or only empty sheets: empty tables, no error
        groups, metric_flag = _no_groups(), claims["metric_flag"]
    else:
        groups, metric_flag = summarize_groups(claims)
    claims["metric_flag"] = metric_flag
    queue = review_queue(claims, groups)
    claims = claims.loc[:, list(CLAIMS_COLUMNS)]
    stages.start("writing tables")

    out_dir = Path(processed_dir) if processed_dir is not None else paths.PROCESSED
    tables = {"claims.csv": claims, "claim_groups.csv": groups.loc[:, list(GROUP_COLUMNS)],
              "quarantine.csv": quarantine, "review_queue.csv": queue}
    texts = {name: to_csv_text(table) for name, table in tables.items()}
    # reconcile on the exact text about to be written, before anything is replaced: a
    # failing check leaves the last good tables in place
    written = read_claims(io.StringIO(texts["claims.csv"]))
    written_quarantine = read_quarantine(io.StringIO(texts["quarantine.csv"]))
    validate_reconciliation(summary, written, written_quarantine)
    for name, text in texts.items():
        target = out_dir / name
        write_text_atomic(target, text)
        summary.outputs.append(target)
    summary.quarantine_columns = list(quarantine.columns)
    summary.rows_out = len(written)
    summary.quarantined = len(written_quarantine)
    summary.groups = len(groups)
    counts = queue["kind"].value_counts()
    summary.review = {k: int(counts[k]) for k in REVIEW_ORDER if k in counts}
    stages.finish()
    return summary
