"""One report: execute its notebook and publish ``reports/<name>/`` atomically.

The runner (:mod:`analysis.publish.runner`) decides which reports to run; this module runs one.
It executes the notebook with papermill, strips everything that changes between runs
(timestamps, durations, machine paths), and publishes into ``reports/<name>/``:

- ``report.ipynb``: the executed notebook;
- ``report.html``: the same without code cells, ending with its sources;
- ``<chart>.png`` and ``<chart>.svg``: every chart shown with :func:`analysis.charts.publish`;
- ``figures.json``: every figure recorded with :func:`analysis.publish.provenance.record`, with the
  ids and URLs of the claims behind it;
- ``build.json``: the content hash of everything the report was built from, and the
  versions that built it (so an unchanged report is not re-run, even on a fresh checkout).

A report that fails leaves the last good one in place; the failed notebook is kept under
``reports/_failed/<name>/`` (git-ignored) for debugging.

The kernel gets its environment explicitly (the caller's, plus :data:`KERNEL_ENV`): this
process's ``os.environ`` is never changed.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from analysis.core import paths
from analysis.core.atomic import write_bytes_atomic, write_text_atomic
from analysis.core.errors import (
    ClaimsDeskError,
    ReportCheckError,
    ReportConfigError,
    ReportExecutionError,
)
from analysis.publish.checks import check_report
from analysis.publish.config import ReportSpec, ValueCheck, check_parameters
from analysis.publish.index import parameters_words
from analysis.publish.provenance import CHART_DATA_KEY, CHART_MIME_KEY, FIGURE_MIME, format_value
from analysis.publish.runner import versions
from analysis.publish.workers import kernel_running, publishing

FAILED_DIR_NAME = "_failed"
KERNEL_NAME = "python3"
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
"""Set in every kernel's environment: fixed hash seed and no wall-clock time in image files."""
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]
"""Kernel command-line additions (what nbclient adds when it starts the kernel itself)."""


def kernel_env() -> dict[str, str]:
    """Return the environment a report kernel starts with: the caller's plus :data:`KERNEL_ENV`.

    Returns
    -------
    dict
        A new mapping; ``os.environ`` is not changed.
    """
    return {**os.environ, **KERNEL_ENV}


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
    seconds : float
        Wall time of the run (0 when skipped).
    skipped : bool
        True when nothing the report depends on changed, so it was not run.
    """

    name: str
    folder: Path
    files: tuple[str, ...]
    seconds: float = 0.0
    skipped: bool = False


def clean_notebook(nb: nbformat.NotebookNode, spec: ReportSpec) -> nbformat.NotebookNode:
    """Strip what changes between runs from an executed notebook.

    Removes execution timestamps and durations (papermill's and nbclient's), absolute
    paths and environment variables, gives the injected parameters cell a fixed id, and
    records the versions that produced the report under ``metadata.claims_desk``.

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
    nb.metadata["claims_desk"] = {"report": spec.name, "versions": versions(),
                                  "description": spec.description,
                                  "parameters": spec.parameters}
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        elif not cell.get("id"):
            cell["id"] = f"cell-{index}"
    return nb


TEMPLATES = Path(__file__).resolve().parent / "templates"
"""The report page template (``templates/report``): self-contained, for readers."""


def page_header(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Return the words that open a report page: title, dek (first finding), parameters.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed, cleaned notebook (title and parameters in its metadata).

    Returns
    -------
    dict
        ``title``, ``dek`` (the first recorded figure as a sentence, or the description)
        and ``meta`` (the as-of date and parameters in plain words).
    """
    info = nb.metadata.get("claims_desk", {})
    dek = info.get("description", "")
    for cell in nb.cells:
        found = [o["data"][FIGURE_MIME] for o in cell.get("outputs", [])
                 if FIGURE_MIME in o.get("data", {})]
        if found:
            dek = f"{found[0]['label']}: {format_value(found[0]['value'])}."
            break
    return {"title": nb.metadata.get("title", ""), "dek": dek,
            "meta": parameters_words(info.get("parameters", {}))}


def export_html(nb: nbformat.NotebookNode) -> str:
    """Render an executed notebook as a self-contained page for readers.

    No code cells or prompts; the page opens with :func:`page_header`; images carry the
    alt text given by :func:`analysis.charts.publish`; nothing is loaded from another
    host (no require.js, MathJax, Mermaid or web fonts).

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
                            exclude_output_prompt=True, template_name="report",
                            extra_template_basedirs=[str(TEMPLATES)])
    body, _ = exporter.from_notebook_node(nb, resources={"claims_desk": page_header(nb)})
    return body if body.endswith("\n") else body + "\n"


def extract_charts(nb: nbformat.NotebookNode) -> dict[str, bytes]:
    """Collect the chart files shown with :func:`analysis.publish.style.publish`.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook.

    Returns
    -------
    dict
        File name (``<chart>.png``, ``<chart>.svg``, ``<chart>.csv`` for its data) →
        bytes, sorted by name.

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
            if not all(c.isalnum() or c in "-_" for c in str(name)):
                raise ReportConfigError(f"chart name {name!r}: use letters, digits, '-', '_'")
            if f"{name}.png" in files or f"{name}.svg" in files:
                raise ReportConfigError(f"two charts are named {name!r}")
            data = output.get("data", {})
            if "image/png" in data:
                files[f"{name}.png"] = base64.b64decode(data["image/png"])
            if "image/svg+xml" in data:
                svg = data["image/svg+xml"]
                files[f"{name}.svg"] = ("".join(svg) if isinstance(svg, list) else svg).encode()
            table = output.get("metadata", {}).get(CHART_DATA_KEY)
            if table:
                files[f"{name}.csv"] = table.encode()
    return dict(sorted(files.items()))


def extract_figures(nb: nbformat.NotebookNode, spec: ReportSpec) -> dict[str, Any]:
    """Collect the figures recorded with :func:`analysis.publish.provenance.record`.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook.
    spec : ReportSpec
        The report (its name, title and parameters head the file).

    Returns
    -------
    dict
        The content of ``figures.json``: report, title, parameters, and the figures in
        the order recorded, each with its value and sources (ids and URLs).

    Raises
    ------
    ReportConfigError
        When two figures of the notebook share a name.
    """
    figures: list[dict[str, Any]] = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            payload = output.get("data", {}).get(FIGURE_MIME)
            if payload is None:
                continue
            if any(f["name"] == payload["name"] for f in figures):
                raise ReportConfigError(
                    f"report {spec.name!r}: two figures are named {payload['name']!r}")
            figures.append(dict(payload))
    return {"report": spec.name, "title": spec.title, "parameters": spec.parameters,
            "figures": figures}


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


class _KernelDeathFilter(logging.Filter):
    """Drop nbclient's "Kernel died…" and timeout log lines: the report's error says it once."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Kernel died", "Timeout waiting for execute"))


@contextmanager
def _quiet_kernel_death() -> Iterator[None]:
    """Keep nbclient (which logs through papermill's logger) from printing a second line."""
    quiet = _KernelDeathFilter()
    logger = logging.getLogger("papermill")
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def _execute(spec: ReportSpec, output: Path) -> None:
    import papermill
    from jupyter_client.manager import KernelManager

    # The kernel talks to the runner over Unix sockets in a private temporary folder (short
    # path: sockets have a length limit): nothing listens on the network, and each report,
    # parallel or not, has its own. The kernel is started here, with its environment and
    # working folder given explicitly; papermill runs the notebook in it.
    with tempfile.TemporaryDirectory(prefix="claims-desk-kernel-") as sockets:
        # an asynchronous client: nbclient then waits for output without blocking its event
        # loop, so its check that the kernel is alive runs, and a dead kernel is seen
        manager = KernelManager(kernel_name=KERNEL_NAME, transport="ipc",
                                ip=str(Path(sockets) / "k"),
                                client_class="jupyter_client.asynchronous.AsyncKernelClient")
        try:
            manager.start_kernel(env=kernel_env(), cwd=str(spec.notebook.parent),
                                 extra_arguments=list(KERNEL_ARGUMENTS))
            # a worker that must stop kills this kernel with itself (publish.workers)
            with kernel_running(getattr(manager.provisioner, "pgid", None)), \
                    _quiet_kernel_death():
                papermill.execute_notebook(
                    str(spec.notebook), str(output), parameters=dict(spec.parameters),
                    kernel_name=KERNEL_NAME, cwd=str(spec.notebook.parent),
                    progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                    km=manager, execution_timeout=spec.timeout,
                    # one print can reach the kernel's output thread in two flushes under load
                    # ("text", then "\n"): nbclient merges a cell's stream outputs by name, so
                    # a rerun writes the same outputs however the flushes fell
                    coalesce_streams=True,
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


def _write_outputs(spec: ReportSpec, staging: Path, build_info: dict[str, Any] | None
                   ) -> tuple[str, ...]:
    """Clean the executed ``staging/report.ipynb`` and write every file of the report beside it.

    Returns the file names of the finished folder, sorted (``build.json`` only with
    ``build_info``).
    """
    executed = staging / "report.ipynb"
    nb = clean_notebook(nbformat.read(executed, as_version=4), spec)
    write_text_atomic(executed, nbformat.writes(nb) + "\n")
    write_text_atomic(staging / "report.html", export_html(nb))
    for file_name, data in extract_charts(nb).items():
        write_bytes_atomic(staging / file_name, data)
    write_text_atomic(staging / "figures.json", _json_text(extract_figures(nb, spec)))
    problems = check_report(staging)  # pre-publication checks: a failing report is not published
    if problems:
        raise ReportCheckError(f"{len(problems)} pre-publication check(s) failed: "
                               + "; ".join(map(str, problems)), file=paths.relative(staging))
    files = tuple(sorted([p.name for p in staging.iterdir()] + ["build.json"]))
    if build_info is None:
        return tuple(f for f in files if f != "build.json")
    write_text_atomic(staging / "build.json", _json_text({**build_info, "files": list(files)}))
    return files


def _kernel_error(spec: ReportSpec, exc: BaseException, kept: Path) -> ReportExecutionError:
    """Name the report and how its kernel stopped answering (died, or a cell ran too long)."""
    from nbclient.exceptions import CellTimeoutError

    if isinstance(exc, CellTimeoutError):
        what = (f"a cell ran longer than its timeout of {spec.timeout} s (raise `timeout:` "
                "for this report in reports.yml if it needs longer)")
    else:
        what = ("the kernel died (a crash, os._exit, or the system ran out of memory and "
                "killed it)")
    return ReportExecutionError(f"report {spec.name!r} failed: {what}", report=spec.name,
                                cell=None, error=type(exc).__name__, file=paths.relative(kept))


def _cell_error(spec: ReportSpec, exc: Any, kept: Path) -> ReportExecutionError:
    """Name the report, the failing cell and its error (``exc``: papermill's)."""
    first_line = (exc.source or "").strip().splitlines()[:1]
    return ReportExecutionError(
        f"report {spec.name!r} failed in cell {exc.cell_index + 1} "
        f"(In [{exc.exec_count}]: {first_line[0] if first_line else ''}): "
        f"{exc.ename}: {exc.evalue}",
        report=spec.name, cell=exc.cell_index + 1, error=f"{exc.ename}: {exc.evalue}",
        file=paths.relative(kept),
    )


def run_report(
    spec: ReportSpec,
    reports_dir: Path | None = None,
    build_info: dict[str, Any] | None = None,
    check_value: ValueCheck | None = None,
) -> ReportResult:
    """Execute one report and publish it into ``reports_dir/<name>/``.

    Parameters
    ----------
    spec : ReportSpec
        The report.
    reports_dir : Path, optional
        Default ``reports/``.
    build_info : dict, optional
        Written as ``build.json`` (input hashes and versions, from the runner).
    check_value : callable, optional
        The domain check of parameter values (:data:`analysis.publish.config.ValueCheck`);
        ``None``: only the generic checks.

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
    import time

    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    check_parameters(spec, check_value)
    reports_dir = Path(reports_dir) if reports_dir is not None else paths.REPORTS
    reports_dir.mkdir(parents=True, exist_ok=True)
    staging = reports_dir / f".tmp-{spec.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    executed = staging / "report.ipynb"
    failed = reports_dir / FAILED_DIR_NAME / spec.name

    def keep_failed() -> None:
        shutil.rmtree(failed, ignore_errors=True)
        failed.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(failed)

    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    try:
        _execute(spec, executed)
    except PapermillExecutionError as exc:
        keep_failed()
        raise _cell_error(spec, exc, failed / "report.ipynb") from None
    except (DeadKernelError, CellTimeoutError) as exc:
        keep_failed()
        raise _kernel_error(spec, exc, failed / "report.ipynb") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        files = _write_outputs(spec, staging, build_info)
    except (ClaimsDeskError, OSError, ValueError) as exc:
        # the notebook ran, publishing it failed: keep it for debugging, never half-publish
        keep_failed()
        raise ReportExecutionError(
            f"report {spec.name!r} ran but could not be published: {exc}",
            report=spec.name, cell=None, error=f"{type(exc).__name__}: {exc}",
            file=paths.relative(failed / "report.ipynb"),
        ) from None
    target = reports_dir / spec.name
    with publishing(staging):  # in a worker: only while the runner holds the project lock
        _publish_folder(staging, target)
    return ReportResult(name=spec.name, folder=target, files=files,
                        seconds=time.perf_counter() - started)
