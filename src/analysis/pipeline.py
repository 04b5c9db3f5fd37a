"""The one orchestrator: fetch, build (ledger → claims → external → data package), reports.

Reads like the steps it runs. Each build stage is skipped when its inputs did not change:
the content hashes of its input files (raw sheets, reference tables, the registry's pinned
checksums of the external files) and of its code are kept in ``data/processed/stages.json``
(committed beside the tables it describes), with the hashes of the tables it wrote. A stage
runs again when any of those differ, when an output is missing or was edited, or with
``force``; the data package is written once, after the stages that ran.

Because the external stage's inputs are the registry's checksums, not the downloaded files,
a checkout whose committed tables are current for the registry needs no external data at
all: offline and without a mirror, ``make reports`` carries on with a one-line warning.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.core import paths
from analysis.core.atomic import file_sha256, write_text_atomic
from analysis.core.errors import ClaimsDeskError, ExternalDataError, FetchError

if TYPE_CHECKING:  # the report runner is imported only when reports run
    from analysis.publish.runner import RunSummary

STAGES_JSON = "stages.json"
"""The stage manifest, in the processed folder: inputs and outputs of each stage, hashed."""

PACKAGE_DIR = Path(__file__).resolve().parent

STAGES = ("claims", "external")
"""The build stages, in the order they run."""

STAGE_CODE: dict[str, tuple[str, ...]] = {
    "claims": ("core", "text", "lang", "figures", "periods", "ledger", "claims"),
    "external": ("core", "external"),
}
"""The parts of the ``analysis`` package whose code each stage runs (the orchestrator only
wires stages together and writes what they return, so a change to it invalidates nothing)."""

CLAIMS_REFERENCE = ("claimants.csv", "subjects.csv", "claim_overrides.csv",
                    "claimant_hierarchy.csv")
"""Curated tables in ``data/raw/`` that the claims stage reads."""


@dataclass
class StageRun:
    """What one stage did: ran (and why) or was skipped, and the lines it printed."""

    name: str
    ran: bool
    reasons: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def audit(self) -> list[str]:
        """Return this stage's lines: why it ran and what it did, or that it was up to date."""
        if not self.ran:
            return [f"{self.name}: up to date (inputs and code unchanged)"]
        more = f"; and {len(self.reasons) - 4} more" if len(self.reasons) > 4 else ""
        return ([f"{self.name}: ran because {'; '.join(self.reasons[:4])}{more}"]
                + [f"{self.name}: {line}" for line in self.lines])


@dataclass
class BuildReport:
    """The result of :func:`build`: one :class:`StageRun` per stage, and warnings."""

    stages: list[StageRun] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    package: Path | None = None
    tables: int = 0

    def lines(self) -> list[str]:
        """Return the audit trail: what each stage did and why, for the command line."""
        out = [line for stage in self.stages for line in stage.audit()]
        if self.package is not None:
            out.append(f"wrote {paths.relative(self.package)} ({self.tables} tables)")
        return out


# ------------------------------------------------------------------------ fingerprints

def _code_files(parts: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for part in parts:
        target = PACKAGE_DIR / part
        module = target.with_suffix(".py")
        if target.is_file() or module.is_file():
            files.append(target if target.is_file() else module)
        elif target.is_dir():
            files += [p for p in target.rglob("*") if p.is_file() and p.suffix in {".py", ".csv"}
                      and "__pycache__" not in p.parts]
    return sorted(files)


def _hash_files(files: Iterable[Path], name: Callable[[Path], str]) -> dict[str, str]:
    return {name(p): file_sha256(p) for p in files}


def _code_name(path: Path) -> str:
    return "src/analysis/" + path.relative_to(PACKAGE_DIR).as_posix()


def claims_inputs(raw_dir: Path) -> dict[str, str]:
    """Hash what the claims stage reads: every sheet, the reference tables, its code.

    Parameters
    ----------
    raw_dir : Path
        The raw data folder (``data/raw``).

    Returns
    -------
    dict
        Input name (relative to the project) → sha256.
    """
    sheets = sorted(p for p in (raw_dir / "claims").glob("*.csv") if p.is_file())
    reference = [raw_dir / n for n in CLAIMS_REFERENCE if (raw_dir / n).is_file()]
    named = {f"data/raw/{p.relative_to(raw_dir).as_posix()}": file_sha256(p)
             for p in sheets + reference}
    return named | _hash_files(_code_files(STAGE_CODE["claims"]), _code_name)


def external_inputs() -> dict[str, str]:
    """Fingerprint what the external stage reads: the pinned checksums, and its code.

    Returns
    -------
    dict
        ``external/<dataset>/<file>`` → the registry's sha256, and code file → sha256.
    """
    from analysis.external.registry import registry

    pinned = {f"data/external/{e.dataset}/{e.file}": e.sha256 for e in registry()}
    return pinned | _hash_files(_code_files(STAGE_CODE["external"]), _code_name)


def _read_manifest(folder: Path) -> dict[str, dict[str, dict[str, str]]]:
    try:
        data = json.loads((folder / STAGES_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(folder: Path, manifest: dict[str, dict[str, dict[str, str]]]) -> None:
    text = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    write_text_atomic(folder / STAGES_JSON, text)


def stale_reasons(recorded: dict[str, dict[str, str]] | None, inputs: dict[str, str],
                  folder: Path) -> list[str]:
    """Say why a stage must run: changed, new or removed inputs, missing or edited outputs.

    Parameters
    ----------
    recorded : dict or None
        The stage's entry in ``stages.json`` (``inputs`` and ``outputs``: name → sha256).
    inputs : dict
        The stage's inputs now.
    folder : Path
        The processed folder holding its outputs.

    Returns
    -------
    list of str
        Empty when the stage is up to date.
    """
    if not recorded or "inputs" not in recorded or "outputs" not in recorded:
        return ["it has not run in this checkout"]
    before = recorded["inputs"]
    reasons = [f"{n} changed" for n in sorted(inputs) if n in before and before[n] != inputs[n]]
    reasons += [f"{n} is new" for n in sorted(set(inputs) - set(before))]
    reasons += [f"{n} was removed" for n in sorted(set(before) - set(inputs))]
    for name, digest in sorted(recorded["outputs"].items()):
        target = folder / name
        if not target.is_file():
            reasons.append(f"data/processed/{name} is missing")
        elif file_sha256(target) != digest:
            reasons.append(f"data/processed/{name} was edited (outputs are never edited by hand)")
    return reasons


# ------------------------------------------------------------------------ the stages

def _claims_stage(raw_dir: Path, processed: Path, today: date | None,
                  warn: Callable[[str], None]) -> tuple[list[str], list[Path]]:
    from analysis.claims.build import build_claims
    from analysis.ledger.manifest import manifest_differences

    for problem in manifest_differences(raw_dir):
        warn(f"data/raw/{problem} (run `make raw-manifest` if intended)")
    summary = build_claims(raw_dir / "claims", processed, raw_dir / "claim_overrides.csv",
                           today=today, reference_dir=raw_dir)
    return summary.lines(), list(summary.outputs)


def _external_stage(processed: Path, external_dir: Path | None) -> tuple[list[str], list[Path]]:
    from analysis.core.tables import write_table
    from analysis.external.build import build_external_tables

    built = build_external_tables(external_dir)
    for name, table in built.tables.items():
        write_table(table, processed / name)
    lines = [f"wrote {paths.relative(processed / n)} ({len(t):,} rows)"
             for n, t in built.tables.items()]
    return lines + list(built.notes), [processed / n for n in built.tables]


def _run_stage(name: str, raw: Path, processed: Path, external_dir: Path | None,
               today: date | None, warn: Callable[[str], None]) -> tuple[list[str], list[Path]]:
    """Run one stage; return its audit lines and the tables it wrote."""
    if name == "claims":
        return _claims_stage(raw, processed, today, warn)
    lines = _fetch_for_build(external_dir)
    more, outputs = _external_stage(processed, external_dir)
    return lines + more, outputs


def _external_present(external_dir: Path | None) -> bool:
    from analysis.external.registry import registry

    return all(e.path(external_dir).is_file() for e in registry())


def _fetch_for_build(external_dir: Path | None) -> list[str]:
    """Fetch the external files the external stage needs; one clear line when impossible."""
    from analysis.external.registry import fetch_all

    try:
        return fetch_all(external_dir=external_dir).lines()
    except FetchError as exc:
        raise ExternalDataError(str(exc)) from None


def build(
    force: bool = False,
    raw_dir: Path | None = None,
    processed_dir: Path | None = None,
    external_dir: Path | None = None,
    today: date | None = None,
    on_stage: Callable[[StageRun], None] | None = None,
    only: Sequence[str] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> BuildReport:
    """Rebuild what changed in ``data/processed`` from ``data/raw`` and the external data.

    Parameters
    ----------
    force : bool
        Run every stage even when its inputs did not change.
    raw_dir, processed_dir, external_dir : Path, optional
        Default ``data/raw``, ``data/processed``, ``data/external``.
    today : date, optional
        The build's date for the "no future publication date" check; default today.
    on_stage : callable, optional
        Called with each :class:`StageRun` as soon as the stage is done (the CLI prints it).
    only : sequence of str, optional
        Run only these stages (``"claims"``, ``"external"``); default all of :data:`STAGES`.
    on_warning : callable, optional
        Called at once with each warning (the CLI prints it to stderr); also kept in
        ``BuildReport.warnings``.

    Returns
    -------
    BuildReport
        What ran and why; ``lines()`` for the command line.

    Raises
    ------
    ClaimsDeskError
        A problem in the input (one line: file, row, column), or external data that is
        needed and cannot be fetched.
    """
    raw = Path(raw_dir) if raw_dir is not None else paths.RAW
    processed = Path(processed_dir) if processed_dir is not None else paths.PROCESSED
    processed.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(processed)
    report = BuildReport()

    def warn(message: str) -> None:
        report.warnings.append(message)
        if on_warning:
            on_warning(message)

    unknown = sorted(set(only or ()) - set(STAGES))
    if unknown:
        raise ClaimsDeskError(f"unknown stage(s) {', '.join(unknown)}; choose from "
                              f"{', '.join(STAGES)}")
    for name in [s for s in STAGES if not only or s in only]:
        inputs = claims_inputs(raw) if name == "claims" else external_inputs()
        reasons = ["--force"] if force else stale_reasons(manifest.get(name), inputs, processed)
        if reasons:
            lines, outputs = _run_stage(name, raw, processed, external_dir, today, warn)
            manifest[name] = {"inputs": inputs,
                              "outputs": {p.name: file_sha256(p) for p in sorted(outputs)}}
            report.stages.append(StageRun(name, ran=True, reasons=reasons, lines=lines))
        else:
            if name == "external" and not _external_present(external_dir):
                warn("external data not fetched here (no copy, no mirror needed): "
                     "data/processed/ is current for the pinned files, so the build carries on")
            report.stages.append(StageRun(name, ran=False))
        if on_stage:
            on_stage(report.stages[-1])
    if any(stage.ran for stage in report.stages) or not (processed / "datapackage.json").exists():
        report.package, report.tables = write_data_package(processed)
        _write_manifest(processed, manifest)
    return report


def write_data_package(processed: Path) -> tuple[Path, int]:
    """Write ``datapackage.json`` once, describing every table the stages wrote.

    Parameters
    ----------
    processed : Path
        The processed folder.

    Returns
    -------
    tuple of (Path, int)
        The descriptor written and the number of tables it describes.
    """
    from analysis.claims.schema import claims_resources, quarantine_columns
    from analysis.core.datapackage import write_package
    from analysis.external.schema import external_resources

    resources = claims_resources(quarantine_columns(processed))
    external = external_resources()
    if all((processed / r.path).exists() for r in external):
        resources += external
    return write_package(processed, resources), len(resources)


def fetch(datasets: Sequence[str] | None = None) -> list[str]:
    """Fetch the external data sets (mirror or pinned URL, sha256 checked).

    Parameters
    ----------
    datasets : sequence of str, optional
        Data set names; default all.

    Returns
    -------
    list of str
        One line per data set.
    """
    from analysis.external.registry import fetch_all

    try:
        return fetch_all(datasets or None).lines()
    except FetchError as exc:
        raise ExternalDataError(str(exc)) from None


# ------------------------------------------------------------------------ reports

def check_report_value(name: str, value: Any) -> str | None:
    """Check a report parameter's value against what the project knows, before any kernel.

    The domain check handed to the report runner (``publish`` knows no domain). Parameters
    named ``start``, ``end`` or ``as_of`` must be ISO dates (or empty); ``article_url``
    must be an article of the ledger; ``metrics`` must be known metrics; ``claimants``
    must be canonical claimants of the claims table; ``category`` and ``categories`` must
    be General Staff categories of the processed data.

    Parameters
    ----------
    name : str
        The parameter.
    value : object
        Its value (already of the right type).

    Returns
    -------
    str or None
        What is wrong, in plain words; ``None`` when the value is fine.
    """
    from analysis.publish.config import DATE_PARAMETERS, check_date

    if name in DATE_PARAMETERS:
        return check_date(name, value)
    if name in _NUMBER_RANGES:
        low, high = _NUMBER_RANGES[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"{value!r} is outside the valid range {low} to {high}"
        return None
    known = _known_values(name)
    if known is None:
        return None
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        return f"{value!r}: every value must be text"
    unknown = [v for v in values if v not in known]
    if not unknown:
        return None
    if name == "article_url":
        return f"{value!r} is not an article of the ledger (data/processed/claims.csv)"
    listed = ", ".join(sorted(map(str, known))[:12])
    return f"unknown value(s) {', '.join(map(repr, unknown))}; known: {listed}" + (
        ", …" if len(known) > 12 else "")


_NUMBER_RANGES: dict[str, tuple[int, int]] = {"rolling": (1, 366)}
"""Report parameter → the whole numbers it may take (``rolling``: days of the mean)."""

_KNOWN_COLUMNS: dict[str, tuple[str, str]] = {
    "article_url": ("claims.csv", "url"),
    "claimants": ("claims.csv", "claimant"),
    "category": ("general_staff_daily.csv", "category"),
    "categories": ("general_staff_daily.csv", "category"),
}
"""Report parameter → (processed table, column) holding its allowed values."""


def _known_values(name: str) -> set[Any] | None:
    """Return the allowed values of a parameter, read from the processed tables."""
    import csv

    from analysis.ledger.vocabulary import METRICS

    if name == "metrics":
        return set(METRICS)
    column = _KNOWN_COLUMNS.get(name)
    if column is None:
        return None
    path = paths.PROCESSED / column[0]
    if not path.exists():
        return None
    with open(path, newline="", encoding="utf-8") as handle:
        return {row[column[1]] for row in csv.DictReader(handle)}


def reports(
    only: Sequence[str] | None = None,
    force: bool = False,
    jobs: int | None = None,
    progress: Callable[[str, str, int, int, str], None] | None = None,
) -> RunSummary:
    """Run the reports of ``reports.yml`` that changed (or all with ``force``), and index them.

    Parameters
    ----------
    only : sequence of str, optional
        Consider just these report names.
    force : bool
        Re-run even reports whose inputs did not change.
    jobs : int, optional
        Reports run at once; default the number of cores.
    progress : callable, optional
        Called as ``progress(event, report, done, total, detail)``
        (see :data:`analysis.publish.runner.Progress`).

    Returns
    -------
    RunSummary
        What was published, skipped and why.

    Raises
    ------
    ReportConfigError
        Before any kernel starts: a broken ``reports.yml``, an unknown report name, or a
        parameter that does not fit its notebook or the data (:func:`check_report_value`).
    ReportsFailed
        After every report has run and the index is written: one error per failed report.
    """
    from analysis.publish.config import load_config
    from analysis.publish.runner import run_reports

    return run_reports(load_config(), only=only, force=force, jobs=jobs, progress=progress,
                       check_value=check_report_value)


# ── the article check: any article, read from its own text ─────────────────────────────────

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
"""Files :func:`scan_articles` reads in a folder."""


def check_article_source(source: str | Path, lang: str | None = None,
                         published: str | None = None, url: str | None = None) -> Any:
    """Check one article given as a file, a URL or ``-`` (standard input).

    Parameters
    ----------
    source : str or Path
        A text or HTML file (relative paths from the project root when not found from the
        working folder), an http(s) URL (fetched; offline, an error asking for the file), or
        ``"-"``.
    lang, published, url : str, optional
        The article's language (guessed when not given), publication date and URL (for a
        file: its address, so the ledger's own rows of it are set aside).

    Returns
    -------
    pandas.DataFrame
        :func:`analysis.articles.check_article`'s table.

    Raises
    ------
    ArticleError
        When the article cannot be read.
    """
    from analysis.articles import check_article, read_article

    if str(source) != "-" and not Path(source).exists() and (paths.ROOT / str(source)).exists():
        source = paths.ROOT / str(source)
    text, fetched_from = read_article(source)
    return check_article(text, lang=lang, published=published, url=url or fetched_from)


_TABLES: dict[str, Any] = {}


def _scan_chunk(paths: list[str], lang: str | None) -> Any:
    """Check a batch of articles in one process; return one table for the batch.

    The figures of all the batch's articles are checked as one table (no table per
    article); an article that cannot be read or has no figure of the story is one row with
    ``error``. Rows keep the order of ``paths``.
    """
    import pandas as pd

    from analysis.articles import read_article
    from analysis.articles.check import check_figures
    from analysis.articles.reader import COLUMNS, figure_rows
    from analysis.claims.explore import load_claim_groups, load_claims

    if not _TABLES:
        _TABLES.update(claims=load_claims(), groups=load_claim_groups())
    rows: list[dict] = []
    files: list[tuple[str, int]] = []
    errors: list[dict] = []
    for at, path in enumerate(paths):
        name, error, found = Path(path).name, "", []
        try:
            found = figure_rows(read_article(path)[0], lang)
        except ClaimsDeskError as exc:
            error = exc.message
        if not found:
            errors.append({"file": name, "error": error or "no figure of the story", "_at": at})
        rows += found
        files += [(name, at)] * len(found)
    table = check_figures(pd.DataFrame(rows, columns=COLUMNS), claims=_TABLES["claims"],
                          groups=_TABLES["groups"])
    table = table.assign(file=[f for f, _ in files], error="", _at=[a for _, a in files])
    if errors:
        table = pd.concat([table, pd.DataFrame(errors)], ignore_index=True) if len(table) \
            else pd.DataFrame(errors)
    return table.sort_values("_at", kind="stable").drop(columns="_at")


def scan_articles(folder: str | Path, lang: str | None = None, jobs: int | None = None,
                  chunk: int = 64) -> Any:
    """Check every article of a folder (text or HTML) in parallel; return one table.

    Parameters
    ----------
    folder : str or Path
        The folder; files ending in :data:`ARTICLE_SUFFIXES` are read, in name order.
    lang : str, optional
        One language for all (guessed per article when not given).
    jobs : int, optional
        Processes (default: the number of cores).
    chunk : int
        Articles handed to a process at once.

    Returns
    -------
    pandas.DataFrame
        One row per figure (``file`` first, then :func:`analysis.articles.check_article`'s
        columns); an article that cannot be read or has no figure of the story is one row
        with ``error`` saying why.

    Raises
    ------
    ArticleError
        When ``folder`` is not a folder.
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    import pandas as pd

    from analysis.core.errors import ArticleError

    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError("not a folder of articles", file=str(folder))
    files = sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files) or 1))
    work = partial(_scan_chunk, lang=lang)
    batches = [files[k:k + chunk] for k in range(0, len(files), max(1, chunk))]
    if jobs == 1:
        parts = [work(b) for b in batches]
    else:
        # the first batch here: the workers, forked after it, share the tables it loaded and
        # the cues it compiled instead of each building them again
        parts = [work(batches[0])]
        fork = "fork" in multiprocessing.get_all_start_methods()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(
                "fork" if fork else None)) as pool:
            parts += list(pool.map(work, batches[1:]))
    if not parts:
        return pd.DataFrame(columns=["file", "error"])
    table = pd.concat(parts, ignore_index=True)
    for column in ("start", "end", "outlets"):
        if column in table:
            table[column] = table[column].astype("Int64")
    first = ["file"] + [c for c in table.columns if c not in ("file", "error")] + ["error"]
    return table.loc[:, first].fillna({"error": ""})


def check_reports(only: Sequence[str] | None = None, reports_dir: Path | None = None
                  ) -> list[str]:
    """Run the pre-publication checks on the published reports (``analysis check-reports``).

    Parameters
    ----------
    only : sequence of str, optional
        Check just these reports (names of ``reports.yml``).
    reports_dir : Path, optional
        Default ``reports/``.

    Returns
    -------
    list of str
        One line per problem, ``<report>/<file>: <check>: <what>``; a listed report that
        is not published is a problem too. Empty: every report passes.
    """
    from analysis.publish.checks import check_report
    from analysis.publish.config import load_config

    reports_dir = Path(reports_dir) if reports_dir is not None else paths.REPORTS
    names = [spec.name for spec in load_config() if not only or spec.name in set(only)]
    problems = []
    for name in names:
        folder = reports_dir / name
        if not (folder / "report.html").exists():
            problems.append(f"{name}: not published")
            continue
        problems += [f"{name}/{problem}" for problem in check_report(folder)]
    return problems
