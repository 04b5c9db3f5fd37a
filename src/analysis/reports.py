"""The report runner: ``reports.yml`` → executed notebooks, HTML and chart files.

Each report in ``reports.yml`` names a notebook, a parameter set and an output name. The
runner checks the parameters against the notebook before any kernel starts, executes the
notebook with papermill, strips everything that changes between runs (timestamps,
durations, machine paths), and publishes ``reports/<name>/`` atomically:

- ``report.ipynb``: the executed notebook;
- ``report.html``: the same without code cells;
- ``<chart>.png`` and ``<chart>.svg``: every chart shown with :func:`analysis.charts.publish`.

A report that fails leaves the last good one in place; the failed notebook is kept under
``reports/_failed/<name>/`` (git-ignored) for debugging.
"""

from __future__ import annotations

import ast
import base64
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import yaml

from analysis import paths
from analysis.errors import ReportConfigError, ReportExecutionError
from analysis.files import write_bytes_atomic, write_text_atomic

CHART_MIME_KEY = "claims-desk/chart"
"""Output metadata key naming a chart (the same key :mod:`analysis.charts` writes)."""

FAILED_DIR_NAME = "_failed"
KERNEL_NAME = "python3"
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
"""Environment for the kernels: fixed hash seed and no wall-clock time in image files."""

_SPEC_KEYS = {"name", "notebook", "title", "description", "parameters"}


@dataclass(frozen=True)
class ReportSpec:
    """One report of ``reports.yml``.

    Attributes
    ----------
    name : str
        Output folder name under ``reports/`` (letters, digits, ``-``, ``_``).
    notebook : Path
        The notebook to execute.
    title : str
        The report's title (used as the HTML page title).
    parameters : dict
        Values for the notebook's ``parameters`` cell.
    description : str
        One sentence on what the report shows.
    """

    name: str
    notebook: Path
    title: str
    parameters: dict[str, Any] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class ReportResult:
    """What running one report produced.

    Attributes
    ----------
    name : str
        The report.
    folder : Path
        Where it was published.
    files : tuple of str
        The file names written in ``folder``, sorted.
    """

    name: str
    folder: Path
    files: tuple[str, ...]


def load_config(config: Path | None = None) -> list[ReportSpec]:
    """Read and check ``reports.yml``.

    Parameters
    ----------
    config : Path, optional
        Default ``reports.yml`` at the project root. Notebook paths in it are relative to
        the project root.

    Returns
    -------
    list of ReportSpec
        In file order.

    Raises
    ------
    ReportConfigError
        When the file is not valid YAML, a report lacks a field, has an unknown field, a
        name is repeated or unsafe, or a notebook does not exist.
    """
    config = Path(config) if config is not None else paths.REPORTS_CONFIG
    where = paths.relative(config)
    try:
        loaded = yaml.safe_load(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportConfigError("the report list does not exist", file=where) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ReportConfigError(
            f"not valid YAML: {getattr(exc, 'problem', exc)}",
            file=where,
            line=mark.line + 1 if mark else None,
        ) from None
    entries = loaded.get("reports") if isinstance(loaded, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ReportConfigError("expected a top-level list `reports:` with at least one report",
                                file=where)
    specs: list[ReportSpec] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        label = f"report #{number}"
        if not isinstance(entry, dict):
            raise ReportConfigError(f"{label} is not a mapping", file=where)
        unknown = sorted(set(entry) - _SPEC_KEYS)
        if unknown:
            raise ReportConfigError(
                f"{label} has unknown field(s) {', '.join(unknown)}; "
                f"allowed: {', '.join(sorted(_SPEC_KEYS))}", file=where, column=unknown[0])
        for key in ("name", "notebook", "title"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ReportConfigError(f"{label} needs a text field `{key}`", file=where,
                                        column=key)
        name = entry["name"]
        if not all(c.isalnum() or c in "-_" for c in name) or name.startswith("_"):
            raise ReportConfigError(
                f"report name {name!r}: use letters, digits, '-' and '_' (not first)",
                file=where, column="name")
        if name in seen:
            raise ReportConfigError(f"report name {name!r} appears twice", file=where,
                                    column="name")
        seen.add(name)
        notebook = paths.ROOT / entry["notebook"]
        if not notebook.is_file():
            raise ReportConfigError(f"report {name!r}: notebook {entry['notebook']} not found",
                                    file=where, column="notebook")
        parameters = entry.get("parameters") or {}
        if not isinstance(parameters, dict):
            raise ReportConfigError(f"report {name!r}: `parameters` must be a mapping",
                                    file=where, column="parameters")
        specs.append(ReportSpec(name=name, notebook=notebook, title=entry["title"],
                                parameters=parameters,
                                description=str(entry.get("description") or "")))
    return specs


def notebook_parameters(notebook: Path) -> dict[str, dict[str, Any]]:
    """Return the parameters a notebook declares in its ``parameters`` cell.

    Parameters
    ----------
    notebook : Path
        The notebook.

    Returns
    -------
    dict
        Parameter name → papermill's description (``default``, ``inferred_type_name``,
        ``help``).
    """
    import papermill

    return dict(papermill.inspect_notebook(str(notebook)))


def _default_value(declared: dict[str, Any]) -> Any:
    try:
        return ast.literal_eval(str(declared.get("default")))
    except (ValueError, SyntaxError):
        return None


def check_parameters(spec: ReportSpec) -> None:
    """Check a report's parameters against its notebook, before any kernel starts.

    Every parameter must be declared in the notebook's ``parameters`` cell, and its value
    must have the type of the declared default (an int is accepted for a float; a default
    of ``None`` accepts anything).

    Parameters
    ----------
    spec : ReportSpec
        The report.

    Raises
    ------
    ReportConfigError
        Naming the report, the parameter and the valid parameters.
    """
    declared = notebook_parameters(spec.notebook)
    where = paths.relative(spec.notebook)
    valid = ", ".join(sorted(declared)) or "(none: the notebook has no parameters cell)"
    for name, value in spec.parameters.items():
        if name not in declared:
            raise ReportConfigError(
                f"report {spec.name!r}: unknown parameter {name!r}; valid: {valid}",
                file=where, column=name)
        default = _default_value(declared[name])
        if default is None:
            continue
        expected = type(default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            continue
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ReportConfigError(
                f"report {spec.name!r}: parameter {name!r} must be {expected.__name__} "
                f"(like its default {declared[name].get('default')}), got "
                f"{type(value).__name__} {value!r}", file=where, column=name)


def clean_notebook(nb: nbformat.NotebookNode, spec: ReportSpec) -> nbformat.NotebookNode:
    """Strip what changes between runs from an executed notebook.

    Removes execution timestamps and durations (papermill's and nbclient's), absolute
    paths and environment variables, and gives the injected parameters cell a fixed id.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook, modified in place.
    spec : ReportSpec
        The report it belongs to (its title becomes the notebook's title).

    Returns
    -------
    nbformat.NotebookNode
        The same notebook.
    """
    meta = nb.metadata.get("papermill", {})
    for key in ("start_time", "end_time", "duration", "environment_variables", "output_path",
                "exception"):
        meta.pop(key, None)
    if "input_path" in meta:
        meta["input_path"] = paths.relative(Path(meta["input_path"]))
    nb.metadata["title"] = spec.title
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        elif not cell.get("id"):
            cell["id"] = f"cell-{index}"
    return nb


def export_html(nb: nbformat.NotebookNode) -> str:
    """Render an executed notebook as HTML without code cells or prompts.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed, cleaned notebook.

    Returns
    -------
    str
        A complete HTML page.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    return body if body.endswith("\n") else body + "\n"


def extract_charts(nb: nbformat.NotebookNode) -> dict[str, bytes]:
    """Collect the chart files shown with :func:`analysis.charts.publish`.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook.

    Returns
    -------
    dict
        File name (``<chart>.png``, ``<chart>.svg``) → bytes, sorted by name.

    Raises
    ------
    ReportConfigError
        When two charts of the notebook share a name.
    """
    files: dict[str, bytes] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get(CHART_MIME_KEY)
            if not name:
                continue
            if f"{name}.png" in files:
                raise ReportConfigError(f"two charts are named {name!r}")
            data = output.get("data", {})
            if "image/png" in data:
                files[f"{name}.png"] = base64.b64decode(data["image/png"])
            if "image/svg+xml" in data:
                svg = data["image/svg+xml"]
                files[f"{name}.svg"] = ("".join(svg) if isinstance(svg, list) else svg).encode()
    return dict(sorted(files.items()))


def _execute(spec: ReportSpec, output: Path) -> None:
    import papermill
    from jupyter_client.manager import KernelManager

    # The kernel talks to the runner over Unix sockets in a private temporary folder (short
    # path: sockets have a length limit): nothing listens on the network, and each report,
    # parallel or not, has its own.
    with tempfile.TemporaryDirectory(prefix="claims-desk-kernel-") as sockets:
        manager = KernelManager(kernel_name=KERNEL_NAME, transport="ipc",
                                ip=str(Path(sockets) / "k"))
        try:
            papermill.execute_notebook(
                str(spec.notebook), str(output), parameters=dict(spec.parameters),
                kernel_name=KERNEL_NAME, cwd=str(spec.notebook.parent), progress_bar=False,
                log_output=False, request_save_on_cell_execute=False, km=manager,
            )
        finally:
            # papermill shuts down only kernels it created itself
            if manager.has_kernel:
                manager.shutdown_kernel(now=True)


def _publish_folder(staging: Path, target: Path) -> None:
    """Move a finished report folder into place, replacing the old one."""
    old = target.with_name(f".old-{target.name}-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def run_report(spec: ReportSpec, reports_dir: Path | None = None) -> ReportResult:
    """Execute one report and publish it into ``reports_dir/<name>/``.

    Parameters
    ----------
    spec : ReportSpec
        The report.
    reports_dir : Path, optional
        Default ``reports/``.

    Returns
    -------
    ReportResult
        The folder and the files written.

    Raises
    ------
    ReportConfigError
        When the parameters do not fit the notebook (checked before the kernel starts).
    ReportExecutionError
        When a cell raises; names the report, the cell and the error. The last good
        report stays in place and the failed notebook is kept under ``_failed/``.
    """
    from papermill.exceptions import PapermillExecutionError

    check_parameters(spec)
    reports_dir = Path(reports_dir) if reports_dir is not None else paths.REPORTS
    reports_dir.mkdir(parents=True, exist_ok=True)
    staging = reports_dir / f".tmp-{spec.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    executed = staging / "report.ipynb"
    for key, value in KERNEL_ENV.items():
        os.environ.setdefault(key, value)
    try:
        _execute(spec, executed)
    except PapermillExecutionError as exc:
        failed = reports_dir / FAILED_DIR_NAME / spec.name
        shutil.rmtree(failed, ignore_errors=True)
        failed.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(failed)
        first_line = (exc.source or "").strip().splitlines()[:1]
        raise ReportExecutionError(
            f"report {spec.name!r} failed in cell {exc.cell_index + 1} "
            f"(In [{exc.exec_count}]: {first_line[0] if first_line else ''}): "
            f"{exc.ename}: {exc.evalue}",
            report=spec.name, cell=exc.cell_index + 1, error=f"{exc.ename}: {exc.evalue}",
            file=paths.relative(failed / "report.ipynb"),
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    nb = clean_notebook(nbformat.read(executed, as_version=4), spec)
    write_text_atomic(executed, nbformat.writes(nb) + "\n")
    write_text_atomic(staging / "report.html", export_html(nb))
    for file_name, data in extract_charts(nb).items():
        write_bytes_atomic(staging / file_name, data)
    files = tuple(sorted(p.name for p in staging.iterdir()))
    target = reports_dir / spec.name
    _publish_folder(staging, target)
    return ReportResult(name=spec.name, folder=target, files=files)


def run_reports(
    specs: Sequence[ReportSpec],
    reports_dir: Path | None = None,
    only: Sequence[str] | None = None,
    on_done: Callable[[ReportResult], None] | None = None,
) -> list[ReportResult]:
    """Check every report's parameters, then run the reports one after another.

    Parameters
    ----------
    specs : sequence of ReportSpec
        The reports, usually from :func:`load_config`.
    reports_dir : Path, optional
        Default ``reports/``.
    only : sequence of str, optional
        Run just these report names.
    on_done : callable, optional
        Called with each finished report's result (for progress output).

    Returns
    -------
    list of ReportResult
        One per report run.

    Raises
    ------
    ReportConfigError
        Before any kernel starts, when ``only`` names an unknown report or any report's
        parameters do not fit its notebook.
    ReportExecutionError
        For the first report that fails, after the others have run.
    """
    chosen = list(specs)
    if only:
        names = {spec.name for spec in specs}
        unknown = sorted(set(only) - names)
        if unknown:
            raise ReportConfigError(f"unknown report(s) {', '.join(unknown)}; "
                                    f"known: {', '.join(sorted(names))}")
        chosen = [spec for spec in specs if spec.name in set(only)]
    for spec in chosen:
        check_parameters(spec)
    results: list[ReportResult] = []
    failures: list[ReportExecutionError] = []
    for spec in chosen:
        try:
            result = run_report(spec, reports_dir)
        except ReportExecutionError as exc:
            failures.append(exc)
            continue
        results.append(result)
        if on_done is not None:
            on_done(result)
    if failures:
        first = failures[0]
        if len(failures) > 1:
            others = ", ".join(f.report for f in failures[1:])
            first.message += f" (also failed: {others})"
            first.args = (first.message,)
        raise first
    return results
