"""``reports.yml`` and report parameters: everything checked before any kernel starts.

Each report names a notebook, a parameter set and an output name. Parameters must be
declared in the notebook's cell tagged ``parameters`` (read with papermill's own
``inspect_notebook``), with a default of the same type. YAML is read with
``yaml.safe_load``: nothing in it is ever run as code.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from analysis.core import paths
from analysis.core.errors import ReportConfigError

DEFAULT_INPUTS: tuple[str, ...] = ("data/processed/*",)
"""Files a report reads unless ``inputs:`` says otherwise (globs, from the project root)."""

_SPEC_KEYS = {"name", "notebook", "title", "description", "parameters", "inputs", "timeout"}

DEFAULT_CELL_TIMEOUT: int = 600
"""Seconds one notebook cell may run before the report fails (``timeout:`` per report)."""

MAX_NAME_CHARS: int = 100
"""Longest report name: it becomes folder names (``reports/.tmp-<name>-<pid>``), and a
file name has at most 255 bytes."""

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)
"""The range of date parameters: the ledger's reports are of this century."""


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
        The report's title (the HTML page title and the index entry).
    parameters : dict
        Values for the notebook's ``parameters`` cell.
    description : str
        One sentence on what the report shows.
    inputs : tuple of str
        Globs of the data files the report reads; a change in any of them re-runs it.
    timeout : int
        Seconds one cell may run (default :data:`DEFAULT_CELL_TIMEOUT`).
    """

    name: str
    notebook: Path
    title: str
    parameters: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    inputs: tuple[str, ...] = DEFAULT_INPUTS
    timeout: int = DEFAULT_CELL_TIMEOUT


def inside_project(text: str) -> bool:
    """Tell whether a path or glob from ``reports.yml`` is relative and stays in the project."""
    path = Path(text)
    return not path.is_absolute() and ".." not in path.parts and not text.startswith("~")


def _check_paths(entry: dict, name: str, where: str) -> tuple[Path, tuple[str, ...]]:
    """Return the notebook and the input globs, refused when they leave the project."""
    if not inside_project(entry["notebook"]):
        raise ReportConfigError(f"report {name!r}: notebook {entry['notebook']!r} is outside "
                                "the project; give a path relative to the project folder",
                                file=where, column="notebook")
    notebook = paths.ROOT / entry["notebook"]
    real_root = Path(os.path.realpath(paths.ROOT))
    if not Path(os.path.realpath(notebook)).is_relative_to(real_root):
        raise ReportConfigError(f"report {name!r}: notebook {entry['notebook']!r} links "
                                "outside the project", file=where, column="notebook")
    if not notebook.is_file():
        raise ReportConfigError(f"report {name!r}: notebook {entry['notebook']} not found",
                                file=where, column="notebook")
    inputs = entry.get("inputs", list(DEFAULT_INPUTS))
    if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
        raise ReportConfigError(f"report {name!r}: `inputs` must be a list of globs",
                                file=where, column="inputs")
    outside = [i for i in inputs if not inside_project(i)]
    if outside:
        raise ReportConfigError(f"report {name!r}: input {outside[0]!r} is outside the "
                                "project; inputs are globs relative to the project folder",
                                file=where, column="inputs")
    return notebook, tuple(inputs)


def _check_timeout(entry: dict, name: str, where: str) -> int:
    timeout = entry.get("timeout", DEFAULT_CELL_TIMEOUT)
    if isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= 86_400:
        raise ReportConfigError(f"report {name!r}: `timeout` must be whole seconds per cell "
                                f"from 1 to 86400, got {timeout!r}", file=where,
                                column="timeout")
    return timeout


def _check_entry(entry: object, number: int, where: str, seen: set[str]) -> ReportSpec:
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
    if not all(c.isalnum() or c in "-_" for c in name) or name.startswith(("_", "-")):
        raise ReportConfigError(
            f"report name {name!r}: use letters, digits, '-' and '_' (not first)",
            file=where, column="name")
    if len(name) > MAX_NAME_CHARS:
        raise ReportConfigError(f"report name {name[:20]}… has {len(name)} characters; at "
                                f"most {MAX_NAME_CHARS}", file=where, column="name")
    if name in seen:
        raise ReportConfigError(f"report name {name!r} appears twice", file=where,
                                column="name")
    seen.add(name)
    notebook, inputs = _check_paths(entry, name, where)
    parameters = entry.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise ReportConfigError(f"report {name!r}: `parameters` must be a mapping",
                                file=where, column="parameters")
    return ReportSpec(name=name, notebook=notebook, title=entry["title"],
                      parameters=parameters, description=str(entry.get("description") or ""),
                      inputs=inputs, timeout=_check_timeout(entry, name, where))


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
    seen: set[str] = set()
    return [_check_entry(entry, n, where, seen) for n, entry in enumerate(entries, start=1)]


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
    import json
    import logging

    import nbformat
    import papermill

    # papermill logs a warning for lines it cannot parse; we report problems ourselves
    logging.getLogger("papermill").setLevel(logging.ERROR)
    try:
        return dict(papermill.inspect_notebook(str(notebook)))
    except (nbformat.reader.NotJSONError, nbformat.ValidationError,
            json.JSONDecodeError) as exc:
        first = (str(exc).splitlines() or [""])[0][:120]
        raise ReportConfigError(
            f"not a readable notebook ({first}); restore it from git or save it again in "
            "Jupyter", file=paths.relative(notebook)) from None


def _default_value(declared: dict[str, Any]) -> Any:
    try:
        return ast.literal_eval(str(declared.get("default")))
    except (ValueError, SyntaxError):
        return None


ValueCheck = Callable[[str, Any], str | None]
"""A domain check of one parameter value: ``check(name, value)`` → what is wrong, or ``None``.

The runner knows no domain; :func:`analysis.pipeline.check_report_value` is the project's
check (known metrics, claimants, articles, categories), passed in by the caller.
"""

DATE_PARAMETERS = frozenset({"start", "end", "as_of"})
"""Parameters that hold an ISO date (or "" for no limit)."""


def check_date(name: str, value: Any) -> str | None:
    """Check that a date parameter (:data:`DATE_PARAMETERS`) holds ``YYYY-MM-DD`` or ``""``.

    Parameters
    ----------
    name : str
        The parameter.
    value : object
        Its value (already of the declared type).

    Returns
    -------
    str or None
        What is wrong, in plain words; ``None`` when the value is fine or the parameter is
        not a date parameter.
    """
    if name not in DATE_PARAMETERS or not value:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return f"{value!r} is not a date in the form YYYY-MM-DD"
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return (f"{value!r} is outside the valid range {EARLIEST_DATE.isoformat()} to "
                f"{LATEST_DATE.isoformat()}")
    return None


def check_date_order(values: dict[str, Any]) -> str | None:
    """Say when ``start`` is after ``end`` (both given as valid ISO dates), else None.

    Parameters
    ----------
    values : dict
        The report's parameters.

    Returns
    -------
    str or None
        What is wrong, naming both dates.
    """
    start, end = values.get("start"), values.get("end")
    if isinstance(start, str) and isinstance(end, str) and start and end and start > end:
        return f"start {start!r} is after end {end!r}; the valid range ends at end"
    return None


def _type_problem(default: Any, shown: Any, value: Any) -> str | None:
    """Say how ``value`` does not have the type of ``default`` (shown as ``shown``)."""
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return None
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        return (f"must be {expected.__name__} (like its default {shown}), "
                f"got {type(value).__name__} {value!r}")
    return None


def check_parameters(spec: ReportSpec, check_value: ValueCheck | None = None) -> None:
    """Check a report's parameters against its notebook, before any kernel starts.

    Every parameter must be declared in the notebook's ``parameters`` cell, and its value
    must have the type of the declared default (an int is accepted for a float; a default
    of ``None`` accepts anything). Defaults are read with ``ast.literal_eval``, never run.
    Date parameters (:data:`DATE_PARAMETERS`) must be ``YYYY-MM-DD`` or empty. Values are
    then checked against the domain with ``check_value``, when given.

    Parameters
    ----------
    spec : ReportSpec
        The report.
    check_value : callable, optional
        A :data:`ValueCheck` for the values the domain knows (metrics, claimants…);
        ``None``: only the generic checks (declared name, type, date form).

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
        if default is None:  # a default of None accepts anything
            continue
        wrong_type = _type_problem(default, declared[name].get("default"), value)
        if wrong_type:
            raise ReportConfigError(f"report {spec.name!r}: parameter {name!r} {wrong_type}",
                                    file=where, column=name)
        problem = check_date(name, value)
        if problem is None and check_value is not None:
            problem = check_value(name, value)
        if problem:
            raise ReportConfigError(f"report {spec.name!r}: parameter {name!r}: {problem}",
                                    file=where, column=name)
    order = check_date_order(spec.parameters)
    if order:
        raise ReportConfigError(f"report {spec.name!r}: {order}", file=where, column="start")
