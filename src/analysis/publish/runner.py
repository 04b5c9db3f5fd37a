"""The report runner behind ``analysis reports`` and ``make reports``.

- **Strict**: every report to run has its parameters checked before any kernel starts.
- **Incremental**: a report re-runs only when its notebook, its parameters, the data it
  reads (``inputs`` globs), the ``analysis`` source or the lock changed. The content
  hashes are stored in each report's ``build.json``, committed with the report, so a
  scheduled job on a fresh checkout rebuilds only what changed; a run where nothing
  changed starts no kernel.
- **Parallel**: stale reports run in separate processes (``jobs``, default: the number of
  cores); each has its own kernel. Workers die with the runner and publish only while it
  holds the project lock (:mod:`analysis.publish.workers`).
- **Interruptible**: on Ctrl-C or SIGTERM nothing more is scheduled, the workers stop with
  their kernels, staging folders are removed and every report folder is old or new.
- **Atomic**: see :mod:`analysis.publish.report`; a failure never replaces a good report.
  Every other report still runs, the index is written, and the run ends with one
  :class:`~analysis.core.errors.ReportsFailed` naming every failure.
- **Index**: ``reports/index.html`` and ``reports/README.md`` (:mod:`analysis.publish.index`)
  list every report with its parameters, headline figures and links.
- **Domain-free**: checks of parameter values against the data come in as a callback
  (``check_value``, see :data:`analysis.publish.config.ValueCheck`).
"""

from __future__ import annotations

import functools
import glob
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.core import paths
from analysis.core.atomic import file_sha256
from analysis.core.errors import (
    ClaimsDeskError,
    ReportConfigError,
    ReportExecutionError,
    ReportsFailed,
)
from analysis.publish.config import ReportSpec, ValueCheck, check_parameters

if TYPE_CHECKING:  # importing the runner proper (nbformat, papermill) costs ~1 s: only
    from analysis.publish.report import ReportResult  # when a report has to run

SOURCE_SUFFIXES = {".py", ".csv", ".json", ".yml", ".yaml"}

VERSIONED_PACKAGES = ("pandas", "matplotlib", "numpy", "papermill", "nbconvert", "ipykernel")


@functools.cache
def versions() -> dict[str, str]:
    """Return the versions that shape report outputs (Python, key packages, ``analysis``).

    Returns
    -------
    dict
        ``python``, each of :data:`VERSIONED_PACKAGES` and ``analysis``: recorded in every
        report's ``build.json`` and notebook metadata (never a timestamp).
    """
    import platform
    from importlib import metadata

    found = {"python": platform.python_version()}
    for package in VERSIONED_PACKAGES:
        found[package] = metadata.version(package)
    found["analysis"] = metadata.version("claims-desk")
    return found  # cached: versions cannot change while a process runs


def dependency_files(spec: ReportSpec) -> list[Path]:
    """List every file a report depends on.

    Parameters
    ----------
    spec : ReportSpec
        The report.

    Returns
    -------
    list of Path
        Its notebook, the ``analysis`` package source, ``requirements.lock`` and the
        files matched by its ``inputs`` globs; sorted, without duplicates.
    """
    files = {spec.notebook.resolve()}
    files |= set(package_files())
    lock = paths.ROOT / "requirements.lock"
    if lock.exists():
        files.add(lock.resolve())
    for pattern in spec.inputs:
        full = pattern if Path(pattern).is_absolute() else str(paths.ROOT / pattern)
        files |= {Path(p).resolve() for p in glob.glob(full) if Path(p).is_file()}
    return sorted(files)


PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The installed ``analysis`` package (``src/analysis`` of the checkout that installed it)."""


def package_files() -> list[Path]:
    """List the source and data files of the ``analysis`` package."""
    found = []
    for folder, subfolders, names in os.walk(PACKAGE_DIR):
        # no caches, no editor or Jupyter checkpoints (.ipynb_checkpoints): only the code
        subfolders[:] = [d for d in subfolders if d != "__pycache__" and not d.startswith(".")]
        found += [Path(folder, n) for n in names
                  if not n.startswith(".") and os.path.splitext(n)[1] in SOURCE_SUFFIXES]
    return sorted(found)


def _name(path: Path) -> str:
    """Name a dependency the same way wherever the project root is (see ANALYSIS_ROOT)."""
    if path.is_relative_to(PACKAGE_DIR):
        return "src/analysis/" + path.relative_to(PACKAGE_DIR).as_posix()
    return paths.relative(path)


_DIGESTS: dict[tuple[Path, int, int], str] = {}


def _digest(path: Path) -> str:
    """Return a file's sha256, hashing each version of a file once per process.

    The reports of one run share most dependencies (the package, the processed tables):
    a file whose size and modification time did not change is not read again.
    """
    stat = path.stat()
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _DIGESTS:
        _DIGESTS[key] = file_sha256(path)
    return _DIGESTS[key]


def build_info(spec: ReportSpec) -> dict[str, Any]:
    """Describe what a report is built from: content hashes and versions.

    Parameters
    ----------
    spec : ReportSpec
        The report.

    Returns
    -------
    dict
        ``report``, ``inputs_sha256`` (one hash over the report's definition and every
        dependency), ``inputs`` (relative path → sha256) and ``versions``.
    """
    hashes = dict(sorted((_name(p), _digest(p)) for p in dependency_files(spec)))
    definition = {"title": spec.title, "description": spec.description,
                  "parameters": spec.parameters, "inputs": list(spec.inputs)}
    found = versions()
    combined = hashlib.sha256(json.dumps({"definition": definition, "files": hashes,
                                          "versions": found}, sort_keys=True).encode()
                              ).hexdigest()
    return {"report": spec.name, "inputs_sha256": combined, "inputs": hashes,
            "versions": found}


def changed_inputs(spec: ReportSpec, info: dict[str, Any], reports_dir: Path) -> list[str]:
    """Say why a report must run: empty when its published copy is up to date.

    Parameters
    ----------
    spec : ReportSpec
        The report.
    info : dict
        Its current :func:`build_info`.
    reports_dir : Path
        Where reports are published.

    Returns
    -------
    list of str
        Reasons (``"never published"``, ``"data/processed/claims.csv changed"``…).
    """
    folder = reports_dir / spec.name
    try:
        published = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return ["never published"]
    expected = published.get("files") or ["report.ipynb", "report.html", "figures.json"]
    missing = [f for f in expected if not (folder / f).exists()]
    if missing:
        return [f"published file(s) missing: {', '.join(missing)}"]
    if published.get("inputs_sha256") == info["inputs_sha256"]:
        return []
    old, new = published.get("inputs", {}), info["inputs"]
    reasons = [f"{name} changed" for name in sorted(set(old) | set(new))
               if old.get(name) != new.get(name)]
    old_versions = published.get("versions", {})
    reasons += [f"{package} {old_versions.get(package, '?')} → {version}"
                for package, version in info["versions"].items()
                if old_versions.get(package) != version]
    return reasons or ["its definition in reports.yml changed"]


@dataclass
class RunSummary:
    """What a run of the runner did.

    Attributes
    ----------
    published : list of ReportResult
        Reports run and published.
    skipped : list of str
        Reports whose inputs had not changed.
    reasons : dict
        Report → why it ran.
    orphans : list of str
        Folders in ``reports/`` that ``reports.yml`` no longer lists (left in place, not
        indexed; delete them if the report was retired on purpose).
    """

    published: list[ReportResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    orphans: list[str] = field(default_factory=list)


Progress = Callable[[str, str, int, int, str], None]
"""Called as ``progress(event, report, done, total, detail)`` with event run/done/skip."""


def recover_interrupted(reports_dir: Path) -> list[str]:
    """Repair what a killed run left behind in ``reports_dir``.

    A report folder is swapped in with two renames (old folder aside, new one in); a run
    killed between them leaves only ``.old-<name>-<pid>``. That folder is put back when
    ``<name>`` is missing, and deleted otherwise; half-written ``.tmp-*`` folders are
    deleted. Safe under the project lock (:mod:`analysis.core.lock`).

    Parameters
    ----------
    reports_dir : Path
        Where reports are published.

    Returns
    -------
    list of str
        What was repaired, one line each.
    """
    import shutil

    repaired = []
    if not reports_dir.exists():
        return repaired
    for old in sorted(reports_dir.glob(".old-*")):
        name = old.name.removeprefix(".old-").rsplit("-", 1)[0]
        target = reports_dir / name
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.rename(target)
            repaired.append(f"restored {name} from an interrupted run")
    for tmp in sorted(reports_dir.glob(".tmp-*")):
        shutil.rmtree(tmp, ignore_errors=True)
    return repaired


def _choose(specs: Sequence[ReportSpec], only: Sequence[str] | None) -> list[ReportSpec]:
    if not only:
        return list(specs)
    names = {spec.name for spec in specs}
    unknown = sorted(set(only) - names)
    if unknown:
        raise ReportConfigError(f"unknown report(s) {', '.join(unknown)}; "
                                f"known: {', '.join(sorted(names))}")
    return [spec for spec in specs if spec.name in set(only)]


def _run_one(spec: ReportSpec, reports_dir: Path, info: dict[str, Any],
             check_value: ValueCheck | None) -> ReportResult:
    from analysis.publish.report import run_report

    return run_report(spec, reports_dir, build_info=info, check_value=check_value)


Outcome = tuple[ReportSpec, "ReportResult | None", "ReportExecutionError | None"]
"""``(spec, None, None)`` when a report starts; ``(spec, result, error)`` when it ends."""


def _execute_all(stale: list[tuple[ReportSpec, dict[str, Any]]], reports_dir: Path,
                 workers: int, check_value: ValueCheck | None) -> Iterator[Outcome]:
    """Run the stale reports, one at a time or in worker processes.

    Yields ``(spec, None, None)`` when a report starts, then ``(spec, result, None)`` or
    ``(spec, None, error)`` when it ends, in the order reports finish. ``check_value`` must
    be picklable (a module-level function) when ``workers`` > 1.
    """
    if workers == 1:
        for spec, info in stale:
            yield spec, None, None
            try:
                yield spec, _run_one(spec, reports_dir, info, check_value), None
            except ReportExecutionError as exc:
                yield spec, None, exc
        return
    from analysis.core.lock import held_lock
    from analysis.publish.workers import init_worker, stop_workers

    lock = held_lock()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=init_worker,
                               initargs=(os.getpid(), str(lock) if lock else None))
    try:
        futures = {pool.submit(_run_one, spec, reports_dir, info, check_value): spec
                   for spec, info in stale}
        for spec, _ in stale:
            yield spec, None, None
        for future in as_completed(futures):
            spec = futures[future]
            try:
                yield spec, future.result(), None
            except ReportExecutionError as exc:
                yield spec, None, exc
    except BaseException:  # interrupted (Ctrl-C, SIGTERM) or the caller stopped early:
        pool.shutdown(wait=False, cancel_futures=True)  # schedule nothing more,
        stop_workers()  # stop the running reports and their kernels
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _plan(chosen: list[ReportSpec], reports_dir: Path, force: bool, summary: RunSummary
          ) -> list[tuple[ReportSpec, dict[str, Any]]]:
    """Return the reports that must run, with their build info; record why, or skip."""
    stale: list[tuple[ReportSpec, dict[str, Any]]] = []
    for spec in chosen:
        info = build_info(spec)
        reasons = ["forced"] if force else changed_inputs(spec, info, reports_dir)
        if reasons:
            stale.append((spec, info))
            summary.reasons[spec.name] = reasons
        else:
            summary.skipped.append(spec.name)
    return stale


def _run_stale(stale: list[tuple[ReportSpec, dict[str, Any]]], reports_dir: Path,
               summary: RunSummary, total: int, jobs: int | None,
               progress: Progress | None, check_value: ValueCheck | None
               ) -> list[ReportExecutionError]:
    """Run the stale reports, filling ``summary.published``; return the failures."""
    done = len(summary.skipped)
    failures: list[ReportExecutionError] = []
    workers = max(1, min(jobs or os.cpu_count() or 1, len(stale)))
    outcomes = _execute_all(stale, reports_dir, workers, check_value)
    with closing(outcomes):  # an interruption here stops the workers at once
        return _collect(outcomes, summary, failures, done, total, progress)


def _collect(outcomes: Iterator[Outcome], summary: RunSummary,
             failures: list[ReportExecutionError], done: int, total: int,
             progress: Progress | None) -> list[ReportExecutionError]:
    """Record each outcome in ``summary`` and ``failures`` and report progress."""
    for spec, result, error in outcomes:
        if result is None and error is None:
            if progress:  # started
                progress("run", spec.name, done, total, "; ".join(summary.reasons[spec.name]))
            continue
        done += 1
        if error is not None:
            failures.append(error)
            if progress:
                progress("fail", spec.name, done, total, error.error)
            continue
        summary.published.append(result)
        if progress:
            progress("done", spec.name, done, total, f"{result.seconds:.1f} s")
    return failures


def run_reports(
    specs: Sequence[ReportSpec],
    reports_dir: Path | None = None,
    only: Sequence[str] | None = None,
    force: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    check_value: ValueCheck | None = None,
) -> RunSummary:
    """Run the reports that changed (or all with ``force``), in parallel, and index them.

    Parameters
    ----------
    specs : sequence of ReportSpec
        Every report, usually from :func:`analysis.publish.config.load_config`.
    reports_dir : Path, optional
        Default ``reports/``.
    only : sequence of str, optional
        Consider just these report names.
    force : bool
        Re-run even reports whose inputs did not change.
    jobs : int, optional
        Reports run at once; default the number of cores.
    progress : callable, optional
        See :data:`Progress`.
    check_value : callable, optional
        The domain check of parameter values (:data:`analysis.publish.config.ValueCheck`);
        ``None``: only the generic checks. Must be a module-level function when reports
        run in parallel (it is sent to the worker processes).

    Returns
    -------
    RunSummary
        What was published and what was skipped.

    Raises
    ------
    ReportConfigError
        Before any kernel starts: an unknown report name, or parameters that do not fit
        a notebook.
    ReportsFailed
        After every report has run and the index is written: one error per failed report,
        in the order of ``specs``. The last good version of each stays published; each
        failed notebook is kept under ``reports/_failed/<name>/``.
    """
    reports_dir = Path(reports_dir) if reports_dir is not None else paths.REPORTS
    recover_interrupted(reports_dir)
    chosen = _choose(specs, only)
    summary = RunSummary()
    stale = _plan(chosen, reports_dir, force, summary)
    for spec, _ in stale:
        check_parameters(spec, check_value)
    total = len(chosen)
    if progress:
        for done, name in enumerate(summary.skipped, start=1):
            progress("skip", name, done, total, "unchanged")
    try:
        failures = _run_stale(stale, reports_dir, summary, total, jobs, progress, check_value)
    except BaseException:
        # interrupted, or a failure no report could catch: every report folder is left old
        # or new (a half-done swap is undone), no staging folder stays, the index matches
        # what is published, and the first failure is the one raised
        recover_interrupted(reports_dir)
        _write_index(specs, reports_dir, bool(stale), after_failure=True)
        raise
    index_problem = _write_index(specs, reports_dir, bool(stale), after_failure=bool(failures))
    order = {spec.name: i for i, spec in enumerate(specs)}
    summary.published.sort(key=lambda r: order[r.name])
    summary.orphans = sorted(
        p.name for p in reports_dir.iterdir()
        if p.is_dir() and not p.name.startswith((".", "_")) and p.name not in order
    ) if reports_dir.exists() else []
    if failures:
        raise ReportsFailed(sorted(failures, key=lambda f: order[f.report]), note=index_problem)
    return summary


def _write_index(specs: Sequence[ReportSpec], reports_dir: Path, ran: bool,
                 after_failure: bool) -> str | None:
    """Write the index when reports ran or an index file is missing.

    The index matches what is published, always; a run that published nothing and finds
    both index files in place has nothing to rewrite (and loads no templates). After a
    failure, a failure to write the index is returned as words instead of raised, so the
    first failure is the one the user sees.
    """
    if not ran and all((reports_dir / n).is_file() for n in ("index.html", "README.md")):
        return None
    from analysis.publish.index import write_index

    try:
        write_index(specs, reports_dir)
    except (ClaimsDeskError, OSError) as exc:
        if not after_failure:
            raise
        return f"the index was not rewritten either ({exc})"
    return None
