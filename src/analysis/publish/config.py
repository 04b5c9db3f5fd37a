"""``reports.yml`` and report parameters: everything checked before any kernel starts.

Each report names a notebook, a parameter set and an output name. Parameters must be
declared in the notebook's cell tagged ``parameters`` (read with papermill's own
``inspect_notebook``), with a default of the same type. YAML is read with
``yaml.safe_load``: nothing in it is ever run as code.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.errors import ReportConfigError

DEFAULT_INPUTS: tuple[str, ...] = ("data/processed/*",)
"""Files a report reads unless ``inputs:`` says otherwise (globs, from the project root)."""

_SPEC_KEYS = {"name", "notebook", "title", "description", "parameters", "inputs"}


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
    """

    name: str
    notebook: Path
    title: str
    parameters: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    inputs: tuple[str, ...] = DEFAULT_INPUTS


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
    inputs = entry.get("inputs", list(DEFAULT_INPUTS))
    if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
        raise ReportConfigError(f"report {name!r}: `inputs` must be a list of globs",
                                file=where, column="inputs")
    return ReportSpec(name=name, notebook=notebook, title=entry["title"],
                      parameters=parameters, description=str(entry.get("description") or ""),
                      inputs=tuple(inputs))


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


def check_parameters(spec: ReportSpec) -> None:
    """Check a report's parameters against its notebook, before any kernel starts.

    Every parameter must be declared in the notebook's ``parameters`` cell, and its value
    must have the type of the declared default (an int is accepted for a float; a default
    of ``None`` accepts anything). Defaults are read with ``ast.literal_eval``, never run.

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
        problem = check_value(name, value)
        if problem:
            raise ReportConfigError(f"report {spec.name!r}: parameter {name!r}: {problem}",
                                    file=where, column=name)


VERSIONED_PACKAGES = ("pandas", "matplotlib", "numpy", "papermill", "nbconvert", "ipykernel")


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
    return found


DATE_PARAMETERS = frozenset({"start", "end", "as_of"})
"""Parameters that hold an ISO date (or "" for no limit)."""


def check_value(name: str, value: Any) -> str | None:
    """Check a parameter's value against what the project knows, before any kernel starts.

    Parameters named ``start``, ``end`` or ``as_of`` must be ISO dates (or empty);
    ``article_url`` must be an article of the ledger; ``metrics`` must be known metrics;
    ``claimants`` must be canonical claimants of the claims table; ``category`` and
    ``categories`` must be General Staff categories of the processed data.

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
    from datetime import date

    if name in DATE_PARAMETERS and value:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return f"{value!r} is not a date in the form YYYY-MM-DD"
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


def _known_values(name: str) -> set[Any] | None:
    """Return the allowed values of a parameter, read from the processed tables."""
    import csv

    from analysis.vocabulary import METRICS

    if name == "metrics":
        return set(METRICS)
    column = {"article_url": ("claims.csv", "url"), "claimants": ("claims.csv", "claimant"),
              "category": ("general_staff_daily.csv", "category"),
              "categories": ("general_staff_daily.csv", "category")}.get(name)
    if column is None:
        return None
    path = paths.PROCESSED / column[0]
    if not path.exists():
        return None
    with open(path, newline="", encoding="utf-8") as handle:
        return {row[column[1]] for row in csv.DictReader(handle)}
