"""The Frictionless data package that describes every processed table.

``data/processed/datapackage.json`` gives each CSV a Table Schema: field types,
descriptions, constraints (required, unique, enumerations), primary keys and foreign keys,
so a reader can load and check the tables without our code (``frictionless validate
data/processed/datapackage.json``). This module holds the schemas of the claims tables
and writes the package; other stages pass their own :class:`Resource` descriptions in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.files import write_text_atomic
from analysis.vocabulary import METRICS

PACKAGE_NAME = "claims-desk-processed"
FORMULA_NOTE = (
    "Text cells that begin with =, +, -, @, a tab or a carriage return (or an apostrophe "
    "followed by one of those) are written with a leading apostrophe so that spreadsheets "
    "never run them as formulas; remove that first apostrophe to recover the text."
)


@dataclass(frozen=True)
class Resource:
    """One table of the package.

    Attributes
    ----------
    name : str
        The resource name (lower case, ``_``).
    path : str
        The file name relative to the package folder.
    title, description : str
        For people.
    fields : list of dict
        Table Schema fields.
    primary_key : list of str
        Columns that identify a row.
    foreign_keys : list of dict
        Table Schema foreign keys.
    """

    name: str
    path: str
    title: str
    description: str
    fields: list[dict[str, Any]]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)

    def descriptor(self) -> dict[str, Any]:
        """Return the resource as a Data Package descriptor."""
        schema: dict[str, Any] = {"fields": self.fields, "missingValues": [""]}
        if self.primary_key:
            schema["primaryKey"] = self.primary_key
        if self.foreign_keys:
            schema["foreignKeys"] = self.foreign_keys
        return {
            "name": self.name, "path": self.path, "title": self.title,
            "description": self.description, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema,
        }


def _f(name: str, type_: str, description: str, **constraints: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": type_, "description": description}
    if type_ == "boolean":
        out["trueValues"] = ["true"]
        out["falseValues"] = ["false"]
    if constraints:
        out["constraints"] = constraints
    return out


QUALIFIERS = ["exact", "approx", "at_least", "at_most", "nearly", "range", "vague", "none"]
PRECISIONS = ["day", "week", "part_of_month", "month", "season", "quarter", "year", "span",
              "open", "none"]
KINDS = ["government", "intelligence", "military", "international", "media", "other", ""]

_PROVENANCE = [
    _f("sheet", "string", "Collection sheet (file in data/raw/claims/) the row comes from.",
       required=True),
    _f("line", "integer", "Line of that sheet on which the row starts.", required=True,
       minimum=2),
]

CLAIMS_FIELDS: list[dict[str, Any]] = [
    _f("id", "string", "The row's id in its collection sheet, unique across sheets.",
       required=True, unique=True),
    *_PROVENANCE,
    _f("published", "date", "Publication date: from the page where it shows one, else "
       "read from the URL (see published_source); empty when neither gives it."),
    _f("published_source", "string", "Where the publication date comes from.", required=True,
       enum=["page", "url", "none"]),
    _f("published_conflict", "string", "When the page date and the date in the URL disagree:"
       " what each says (the page date is kept)."),
    _f("outlet", "string", "The publication that reported the figure.", required=True),
    _f("url", "string", "The article's address.", required=True, pattern=r"https?://\S+"),
    _f("language", "string", "The article's language, ISO 639-1.", required=True,
       pattern="[a-z]{2}"),
    _f("attributed_to", "string", "Who made the claim, as the article attributes it.",
       required=True),
    _f("claimant", "string", "Canonical claimant from data/raw/claimants.csv (or the text "
       "itself when no alias matches).", required=True),
    _f("claimant_country", "string", "Claimant's country, ISO 3166-1 alpha-2; empty for "
       "international or unknown."),
    _f("claimant_kind", "string", "Kind of claimant.", enum=KINDS),
    _f("claimant_matched", "boolean", "Whether an alias in data/raw/claimants.csv matched.",
       required=True),
    _f("subject", "string", "Who or what is counted, as written.", required=True),
    _f("subject_class", "string", "Subject class from data/raw/subjects.csv."),
    _f("metric", "string", "What the figure measures, as the row records it.", required=True,
       enum=list(METRICS)),
    _f("metric_family", "string", "Family of the metric (see analysis.vocabulary).",
       required=True),
    _f("metric_flag", "string", "When the row reports its statement under another metric "
       "than its claim group (e.g. a killed-or-wounded figure reported as killed)."),
    _f("figure_text", "string", "The figure exactly as written (original language).",
       required=True),
    _f("low", "number", "Lowest value the wording allows (empty: open or unknown)."),
    _f("best", "number", "Best single value under the codebook (docs/codebook.md)."),
    _f("high", "number", "Highest value the wording allows (empty: open or unknown)."),
    _f("unit", "string", "count or percent (empty when unparsed).",
       enum=["count", "percent", ""]),
    _f("qualifier", "string", "How the figure is qualified.", enum=QUALIFIERS),
    _f("relation", "string", "total, or additional to an earlier figure.",
       enum=["total", "additional"]),
    _f("figure_status", "string", "ok, or unparsed (no single quantity; see review queue).",
       required=True, enum=["ok", "unparsed"]),
    _f("period_text", "string", "The period the figure covers, as written."),
    _f("period_start", "date", "First day of that period (empty when open or unknown)."),
    _f("period_end", "date", "Last day of that period (empty when open or unknown)."),
    _f("period_precision", "string", "How precise the period is.", enum=PRECISIONS),
    _f("period_status", "string", "ok, unresolved (relative, no publication date) or "
       "unparsed.", enum=["ok", "unresolved", "unparsed"]),
    _f("location_text", "string", "The place, as written."),
    _f("note", "string", "The ledger keepers' note."),
    _f("claim_group", "string", "The statement this row reports (see claim_groups.csv).",
       required=True),
    _f("group_reason", "string", "Why the row is in its group.", required=True),
]

GROUP_FIELDS: list[dict[str, Any]] = [
    _f("claim_group", "string", "Group label: grp-<id of the group's first report>.",
       required=True, unique=True),
    _f("claimant", "string", "Canonical claimant.", required=True),
    _f("claimant_country", "string", "Claimant's country, ISO 3166-1 alpha-2."),
    _f("claimant_kind", "string", "Kind of claimant.", enum=KINDS),
    _f("metric", "string", "The statement's metric: the one most reports give (ties: the "
       "broadest).", required=True, enum=list(METRICS)),
    _f("metric_family", "string", "Family of the metric.", required=True),
    _f("low", "number", "Lowest low among reports of the group's metric."),
    _f("best", "number", "Lowest best value among reports of the group's metric (the most "
       "conservative figure, as ACLED codes)."),
    _f("high", "number", "Highest high among them; empty when any is open-ended upwards."),
    _f("unit", "string", "count or percent.", enum=["count", "percent", ""]),
    _f("first_reported", "date", "Earliest publication date among the rows."),
    _f("last_reported", "date", "Latest publication date among the rows."),
    _f("rows", "integer", "Rows (reports) in the group.", required=True, minimum=1),
    _f("outlets", "integer", "Distinct outlets.", required=True, minimum=1),
    _f("languages", "string", "Languages of the reports, ISO 639-1, space-separated."),
    _f("first_id", "string", "Id of the group's first report.", required=True),
    _f("disagreement", "boolean", "Members disagree on the metric or on the figure beyond "
       "rounding (10%).", required=True),
    _f("disagreement_reason", "string", "What they disagree on."),
]

QUARANTINE_FIELDS: list[dict[str, Any]] = [
    *_PROVENANCE,
    _f("id", "string", "The row's id as written (may be empty or repeated: that can be the "
       "problem)."),
    _f("column", "string", "The failing column(s), separated by ' | ' (empty when the "
       "record as a whole could not be read)."),
    _f("reason", "string", "What is wrong, in plain words.", required=True),
]

REVIEW_FIELDS: list[dict[str, Any]] = [
    _f("kind", "string", "What needs an editor's look.", required=True,
       enum=["unparsed_figure", "unparsed_period", "unresolved_period", "unmatched_claimant",
             "date_conflict", "metric_drift", "group_disagreement"]),
    _f("id", "string", "The claim row (for group_disagreement: the group's first report).",
       required=True),
    *_PROVENANCE,
    _f("claim_group", "string", "The row's claim group."),
    _f("detail", "string", "What exactly to look at.", required=True),
    _f("url", "string", "The article to check."),
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
    raw_fields = [_f(c, "string", f"The sheet's {c} cell as read (cleaned of invisible "
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
                 "unmatched claimants, date conflicts, metric drift, disagreements. "
                 + FORMULA_NOTE, REVIEW_FIELDS),
    ]


def write_package(folder: Path, resources: list[Resource]) -> Path:
    """Write ``datapackage.json`` describing ``resources`` in ``folder``.

    Parameters
    ----------
    folder : Path
        The processed-data folder.
    resources : list of Resource
        Tables, in the order to list them.

    Returns
    -------
    Path
        The descriptor written.
    """
    descriptor = {
        "name": PACKAGE_NAME,
        "title": "claims-desk: processed tables",
        "description": "Tables regenerated by `analysis build` from data/raw/. Never edit "
                       "them by hand.",
        "profile": "tabular-data-package",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [r.descriptor() for r in resources],
    }
    target = Path(folder) / "datapackage.json"
    write_text_atomic(target, json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
    return target


_GS_SOURCE = [{"title": "General Staff of the Armed Forces of Ukraine, via "
               "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
               "path": "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"}]
_GS_LICENSE = [{"name": "MIT", "path": "https://opensource.org/licenses/MIT"}]
_ORYX_SOURCE = [{"title": "Oryx, via scarnecchia/oryx_data",
                 "path": "https://github.com/scarnecchia/oryx_data"}]
_ORYX_LICENSE = [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}]

_LOSS_KEYS = [
    _f("loss_date", "date", "Day the losses happened: the report date minus one day.",
       required=True),
    _f("report_date", "date", "Morning the General Staff published the cumulative figure.",
       required=True),
    _f("category", "string", "Stable snake_case category (docs/external_data.md).",
       required=True),
    _f("cumulative", "integer", "Cumulative claim up to the loss date (empty: not reported)."),
    _f("daily", "integer", "Change from the previous report (negative: a correction, "
       "flagged; empty: first appearance or not reported)."),
    _f("flag", "string", "first_day, category_start, not_reported, correction, "
       "revision_jump, corrected_by_file or after_gap (docs/external_data.md)."),
]


class ExternalResource(Resource):
    """A resource derived from third-party data, with its own license and source."""

    def descriptor(self) -> dict[str, Any]:
        """Return the descriptor with the upstream license and source."""
        out = super().descriptor()
        upstream = _ORYX_SOURCE if self.name.startswith("oryx") else _GS_SOURCE
        license_ = _ORYX_LICENSE if self.name.startswith("oryx") else _GS_LICENSE
        if self.name == "claimed_vs_confirmed":
            upstream, license_ = _GS_SOURCE + _ORYX_SOURCE, _GS_LICENSE + _ORYX_LICENSE
        out["sources"] = upstream
        out["licenses"] = license_
        return out


def external_resources() -> list[Resource]:
    """Describe the tables derived from the General Staff and Oryx data sets.

    Returns
    -------
    list of Resource
        general_staff_daily, general_staff_corrections, general_staff_changes,
        oryx_losses, oryx_totals, oryx_events_daily, claimed_vs_confirmed.
    """
    status = _f("status", "string", "Oryx status.", required=True,
                enum=["destroyed", "damaged", "abandoned", "captured"])
    country = _f("country", "string", "Whose losses (Oryx keeps both countries).",
                 required=True, enum=["Russia", "Ukraine"])
    category = _f("category", "string", "Stable snake_case category.", required=True)
    return [
        ExternalResource(
            "general_staff_daily", "general_staff_daily.csv", "General Staff daily claims",
            "Ukraine's General Staff's claims of Russian losses, one row per loss date and "
            "category, long form.", _LOSS_KEYS, ["loss_date", "category"]),
        ExternalResource(
            "general_staff_corrections", "general_staff_corrections.csv",
            "General Staff corrections and unusual jumps",
            "Every flagged row of general_staff_daily with the correction file's amount.",
            _LOSS_KEYS[:5] + [
                _f("file_correction", "integer", "Part of the day's change the upstream "
                   "correction file attributes to revising earlier counts."),
                _f("daily_excluding_file_correction", "integer", "daily minus that part."),
                _LOSS_KEYS[5]]),
        ExternalResource(
            "general_staff_changes", "general_staff_changes.csv",
            "Changes since the previous version",
            "New days and revised values between the pinned snapshot of 2025-12-31 and the "
            "current version of the General Staff data.",
            [_f("change", "string", "new_day, revised or removed.", required=True),
             _LOSS_KEYS[1], _LOSS_KEYS[0], _LOSS_KEYS[2],
             _f("old_value", "integer", "Cumulative value in the older version."),
             _f("new_value", "integer", "Cumulative value in the newer version.")]),
        ExternalResource(
            "oryx_losses", "oryx_losses.csv", "Oryx confirmed losses by date",
            "Losses confirmed by photo or video (Oryx), cumulative by date, country, "
            "category and status.",
            [_f("date", "date", "Date of Oryx's count.", required=True), country, category,
             status, _f("cumulative", "integer", "Confirmed losses up to that date."),
             _f("change", "integer", "Change since the previous count."),
             _f("label", "string", "Oryx's own category label, without running totals."),
             _f("flag", "string", "first_record, decrease or label_total_differs.")]),
        ExternalResource(
            "oryx_totals", "oryx_totals.csv", "Oryx totals by type",
            "Oryx's latest confirmed totals by country, category and status.",
            [country, category, status,
             _f("count", "integer", "Confirmed losses.", required=True, minimum=0),
             _f("label", "string", "Oryx's own category label.")]),
        ExternalResource(
            "oryx_events_daily", "oryx_events_daily.csv", "Oryx event entries per day",
            "Number of confirmed-loss entries per day, country and status (event files).",
            [_f("date", "date", "Day of the entries.", required=True), country, status,
             _f("entries", "integer", "Entries that day.", required=True, minimum=0)]),
        ExternalResource(
            "claimed_vs_confirmed", "claimed_vs_confirmed.csv", "Claimed against confirmed",
            "General Staff claims against Oryx-confirmed Russian losses for the categories "
            "both count, on Oryx's scrape dates.",
            [_f("date", "date", "Oryx scrape date.", required=True), category,
             _f("claimed", "integer", "General Staff cumulative claim published that day."),
             _f("confirmed", "integer", "Oryx: all confirmed statuses."),
             _f("confirmed_destroyed", "integer", "Oryx: destroyed only."),
             _f("ratio", "number", "claimed / confirmed."),
             _f("ratio_destroyed_only", "number", "claimed / confirmed destroyed.")]),
    ]
