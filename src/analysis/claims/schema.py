"""The claims tables as declared: fields, types, enumerations, keys (Table Schema).

The single source for the columns of ``claims.csv``, ``claim_groups.csv``,
``quarantine.csv`` and ``review_queue.csv``: the build writes them in this order and the
data package describes them from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import pandas as pd

from analysis.claims.stated import STATED_PRECISIONS
from analysis.core import paths
from analysis.core.datapackage import FORMULA_NOTE, Resource, column
from analysis.core.tables import read_table
from analysis.ledger.vocabulary import METRICS

QUALIFIERS = ["exact", "approx", "at_least", "at_most", "nearly", "range", "vague", "none"]
PRECISIONS = ["day", "week", "part_of_month", "month", "season", "quarter", "year", "span",
              "open", "none"]
KINDS = ["government", "intelligence", "military", "international", "media", "other", ""]

REVIEW_KINDS = ("unparsed_figure", "unparsed_period", "unresolved_period", "unmatched_claimant",
                "date_conflict", "metric_drift", "undated_candidates", "claimant_broadened",
                "group_disagreement")
"""Review-queue kinds, in the order the queue lists them."""

_PROVENANCE = [
    column("sheet", "string", "Collection sheet (file in data/raw/claims/) the row comes from.",
       required=True),
    column("line", "integer", "Line of that sheet on which the row starts.", required=True,
       minimum=2),
]

CLAIMS_FIELDS: list[dict[str, Any]] = [
    column("id", "string", "The row's id in its collection sheet, unique across sheets.",
       required=True, unique=True),
    *_PROVENANCE,
    column("published", "date", "Publication date: from the page where it shows one, else "
       "read from the URL (see published_source); empty when neither gives it."),
    column("published_source", "string", "Where the publication date comes from.", required=True,
       enum=["page", "url", "none"]),
    column("published_conflict", "string", "When the page date and the date in the URL disagree:"
       " what each says (the page date is kept)."),
    column("outlet", "string", "The publication that reported the figure.", required=True),
    column("url", "string", "The article's address.", required=True, pattern=r"https?://\S+"),
    column("language", "string", "The article's language, ISO 639-1.", required=True,
       pattern="[a-z]{2}"),
    column("attributed_to", "string", "Who made the claim, as the article attributes it.",
       required=True),
    column("claimant", "string", "Canonical claimant from data/raw/claimants.csv (or the text "
       "itself when no alias matches).", required=True),
    column("claimant_country", "string", "Claimant's country, ISO 3166-1 alpha-2; empty for "
       "international or unknown."),
    column("claimant_kind", "string", "Kind of claimant.", enum=KINDS),
    column("claimant_matched", "boolean", "Whether an alias in data/raw/claimants.csv matched.",
       required=True),
    column("subject", "string", "Who or what is counted, as written.", required=True),
    column("subject_class", "string", "Subject class from data/raw/subjects.csv."),
    column("metric", "string", "What the figure measures, as the row records it.", required=True,
       enum=list(METRICS)),
    column("metric_family", "string", "Family of the metric (see analysis.vocabulary).",
       required=True),
    column("metric_flag", "string", "When the row reports its statement under another metric "
       "than its claim group (e.g. a killed-or-wounded figure reported as killed)."),
    column("figure_text", "string", "The figure exactly as written (original language).",
       required=True),
    column("low", "number", "Lowest value the wording allows (empty: open or unknown)."),
    column("best", "number", "Best single value under the codebook (docs/codebook.md)."),
    column("high", "number", "Highest value the wording allows (empty: open or unknown)."),
    column("unit", "string", "count or percent (empty when unparsed).",
       enum=["count", "percent", ""]),
    column("qualifier", "string", "How the figure is qualified.", enum=QUALIFIERS),
    column("relation", "string", "total, or additional to an earlier figure.",
       enum=["total", "additional"]),
    column("figure_status", "string", "ok, or unparsed (no single quantity; see review queue).",
       required=True, enum=["ok", "unparsed"]),
    column("period_text", "string", "The period the figure covers, as written."),
    column("period_start", "date", "First day of that period (empty when open or unknown)."),
    column("period_end", "date", "Last day of that period (empty when open or unknown)."),
    column("period_precision", "string", "How precise the period is.", enum=PRECISIONS),
    column("period_status", "string", "ok, unresolved (relative, no publication date) or "
       "unparsed.", enum=["ok", "unresolved", "unparsed"]),
    column("stated_on_start", "date", "First day the statement can have been made: the "
       "occasion its period text names ('on Monday', 'in April'); empty when only the "
       "publication bounds it, or undated."),
    column("stated_on_end", "date", "Last day the statement can have been made: the "
       "occasion's end, else the publication date (stated on or before it); empty when "
       "undated."),
    column("stated_on_precision", "string", "How precisely the statement is dated: an "
       "occasion's precision, on_or_before (the publication only) or none (undated).",
       enum=list(STATED_PRECISIONS)),
    column("location_text", "string", "The place, as written."),
    column("note", "string", "The ledger keepers' note."),
    column("claim_group", "string", "The statement this row reports (see claim_groups.csv).",
       required=True),
    column("group_reason", "string", "Why the row is in its group.", required=True),
]

GROUP_FIELDS: list[dict[str, Any]] = [
    column("claim_group", "string", "Group label: grp-<id of the group's first report>.",
       required=True, unique=True),
    column("claimant", "string", "Canonical claimant.", required=True),
    column("claimant_country", "string", "Claimant's country, ISO 3166-1 alpha-2."),
    column("claimant_kind", "string", "Kind of claimant.", enum=KINDS),
    column("absorbed_claimants", "string", "Broader names some reports attribute the statement "
       "to ('South Korea government' for the NIS; data/raw/claimant_hierarchy.csv), "
       "'; '-separated."),
    column("metric", "string", "The statement's metric: the one most reports give (ties: the "
       "broadest).", required=True, enum=list(METRICS)),
    column("metric_family", "string", "Family of the metric.", required=True),
    column("low", "number", "Lowest low among reports of the group's metric."),
    column("best", "number", "Lowest best value among reports of the group's metric (the most "
       "conservative figure, as ACLED codes)."),
    column("high", "number", "Highest high among them; empty when any is open-ended upwards."),
    column("unit", "string", "count or percent.", enum=["count", "percent", ""]),
    column("stated_on_start", "date", "First day the statement can have been made (the "
       "latest occasion start among the rows); empty when no row names the occasion."),
    column("stated_on_end", "date", "Last day the statement can have been made (the earliest "
       "statement-date end among the rows); empty when every row is undated."),
    column("first_reported", "date", "Earliest publication date among the rows."),
    column("last_reported", "date", "Latest publication date among the rows."),
    column("rows", "integer", "Rows (reports) in the group.", required=True, minimum=1),
    column("outlets", "integer", "Distinct outlets.", required=True, minimum=1),
    column("languages", "string", "Languages of the reports, ISO 639-1, space-separated."),
    column("first_id", "string", "Id of the group's first report.", required=True),
    column("disagreement", "boolean", "Members disagree on the metric or on the figure beyond "
       "rounding (10%).", required=True),
    column("disagreement_reason", "string", "What they disagree on."),
]

QUARANTINE_FIELDS: list[dict[str, Any]] = [
    *_PROVENANCE,
    column("id", "string", "The row's id as written (may be empty or repeated: that can be the "
       "problem)."),
    column("column", "string", "The failing column(s), separated by ' | ' (empty when the "
       "record as a whole could not be read)."),
    column("reason", "string", "What is wrong, in plain words.", required=True),
]

REVIEW_FIELDS: list[dict[str, Any]] = [
    column("kind", "string", "What needs an editor's look.", required=True,
       enum=list(REVIEW_KINDS)),
    column("id", "string", "The claim row (for group_disagreement: the group's first report).",
       required=True),
    *_PROVENANCE,
    column("claim_group", "string", "The row's claim group."),
    column("detail", "string", "What exactly to look at.", required=True),
    column("url", "string", "The article to check."),
]


def claims_resources(quarantine_columns: list[str]) -> list[Resource]:
    """Describe the four claims tables.

    Parameters
    ----------
    quarantine_columns : list of str
        The quarantine table's columns after its own (the raw sheet columns it carries).

    Returns
    -------
    list of Resource
        claims, claim_groups, quarantine, review_queue.
    """
    known = {f["name"] for f in QUARANTINE_FIELDS}
    raw_fields = [column(c, "string", f"The sheet's {c} cell as read (cleaned of invisible "
                                  "characters).") for c in quarantine_columns if c not in known]
    return [
        Resource("claims", "claims.csv", "Claims",
                 "One row per valid raw ledger row: the figure read under the codebook, the "
                 "period, the canonical claimant and the claim group. " + FORMULA_NOTE,
                 CLAIMS_FIELDS, ["id"],
                 [{"fields": ["claim_group"],
                   "reference": {"resource": "claim_groups", "fields": ["claim_group"]}}]),
        Resource("claim_groups", "claim_groups.csv", "Claim groups",
                 "One row per statement (claimant, occasion, metric) with its combined "
                 "figure. " + FORMULA_NOTE, GROUP_FIELDS, ["claim_group"]),
        Resource("quarantine", "quarantine.csv", "Quarantined rows",
                 "Raw rows that failed validation, with sheet, line, column and reason. "
                 "Raw rows = claims rows + quarantined rows. " + FORMULA_NOTE,
                 QUARANTINE_FIELDS + raw_fields),
        Resource("review_queue", "review_queue.csv", "Review queue",
                 "What an editor must look at: unparsed figures, unresolved periods, "
                 "unmatched claimants, date conflicts, metric drift, undated rows left apart "
                 "with their candidate statements, broader claimants, disagreements. "
                 + FORMULA_NOTE, REVIEW_FIELDS),
    ]


def quarantine_columns(processed: Path) -> list[str]:
    """Return the columns of the ``quarantine.csv`` in ``processed`` (its header line).

    Parameters
    ----------
    processed : Path
        The processed folder.

    Returns
    -------
    list of str
        The header's column names; the declared ones when the file is not there.
    """
    import csv

    try:
        with open(processed / "quarantine.csv", encoding="utf-8", newline="") as handle:
            return next(csv.reader(handle))
    except (OSError, StopIteration):
        return [f["name"] for f in QUARANTINE_FIELDS]


def resource(name: str) -> Resource:
    """Return the declaration of one claims table by its resource name.

    Parameters
    ----------
    name : str
        ``claims``, ``claim_groups``, ``quarantine`` or ``review_queue``.

    Returns
    -------
    Resource
        Its declaration (the quarantine table with its declared columns only).
    """
    return next(r for r in claims_resources([]) if r.name == name)


def read_claims(path: Path | IO[str] | None = None) -> pd.DataFrame:
    """Read ``claims.csv`` back with the types its schema declares.

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
    return read_table(resource("claims"), path if path is not None else paths.CLAIMS_CSV)


def read_claim_groups(path: Path | None = None) -> pd.DataFrame:
    """Read ``claim_groups.csv`` back with the types its schema declares.

    Parameters
    ----------
    path : Path, optional
        Default ``data/processed/claim_groups.csv``.

    Returns
    -------
    pandas.DataFrame
        One row per claim group.
    """
    table = resource("claim_groups")
    return read_table(table, Path(path) if path is not None else paths.PROCESSED / table.path)


def read_review_queue(path: Path | None = None) -> pd.DataFrame:
    """Read ``review_queue.csv``: what an editor must look at.

    Parameters
    ----------
    path : Path, optional
        Default ``data/processed/review_queue.csv``.

    Returns
    -------
    pandas.DataFrame
        One row per item: ``kind, id, sheet, line, claim_group, detail, url``.
    """
    table = resource("review_queue")
    return read_table(table, Path(path) if path is not None else paths.PROCESSED / table.path)


def read_quarantine(source: Path | IO[str]) -> pd.DataFrame:
    """Read a ``quarantine.csv`` back (``line`` as int, the rest as text).

    Parameters
    ----------
    source : Path or text stream
        The file or its text.

    Returns
    -------
    pandas.DataFrame
        One row per quarantined raw record.
    """
    return read_table(resource("quarantine"), source)
