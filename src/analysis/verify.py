"""Reviewer verification: rebuild everything from raw data and prove the published outputs.

:func:`rebuild` copies the project's inputs (``data/raw``, ``notebooks``, ``reports.yml``,
``requirements.lock``) into a temporary folder, fetches the pinned external data there
(sha256-checked), and runs ``analysis build`` and ``analysis reports --force`` in it, in
fresh processes, exactly as ``make reports`` does. :func:`compare` then checks the
published tree against the rebuilt one:

- every figure of every ``figures.json``, exactly (value and sources);
- every report notebook's outputs, cell by cell (the comparison nbval makes: output
  types, stream text and every data mimetype, images included);
- every other report file (charts, HTML, ``build.json``), the index, and every file of
  ``data/processed/``, byte for byte.

Before any rebuild, :func:`inspect_published` checks what a rebuild cannot see: every file
under ``data/raw`` against ``data/raw/MANIFEST.sha256`` (a changed raw figure would
otherwise be rebuilt into the same tampered reports), and every entry under ``reports/``
(hidden ones included) against what is expected there: ``index.html``, ``README.md``, one
folder per report of ``reports.yml`` and, inside it, the files its ``build.json`` lists.

Any difference is named; the command exits non-zero. What it proves and what it does not:
``docs/reviewing.md``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.core import paths
from analysis.core.errors import VerifyError

INPUTS: tuple[str, ...] = ("data/raw", "notebooks", "reports.yml", "requirements.lock",
                           "pyproject.toml")
"""What a rebuild starts from (copied into the temporary project)."""
INDEX_FILES: frozenset[str] = frozenset({"index.html", "README.md"})
"""The files expected at the top of ``reports/`` besides the report folders."""
NB_SKIP = {"metadata", "traceback", "execution_count", "prompt_number"}
"""Output keys left out of the notebook comparison, as nbval leaves them out."""




@dataclass
class Row:
    """One line of the verification table."""

    report: str
    item: str
    published: str
    recomputed: str
    status: str


@dataclass
class Verification:
    """The outcome of :func:`compare`.

    Attributes
    ----------
    rows : list of Row
        One per figure compared, and one per file, cell or figure that differs.
    counts : dict
        What was compared: figures, notebook cells, report files, processed files.
    """

    rows: list[Row] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {
        "figures": 0, "cells": 0, "report files": 0, "processed files": 0})

    @property
    def differences(self) -> list[Row]:
        """Rows whose status is not ``same``."""
        return [r for r in self.rows if r.status != "same"]

    def table(self) -> list[str]:
        """Return the table and the one-line verdict, for a terminal."""
        widths = [max(len(getattr(r, f)) for r in self.rows) if self.rows else 6
                  for f in ("report", "item", "published", "recomputed")]
        widths = [max(w, len(h)) for w, h in
                  zip(widths, ("report", "figure", "published", "recomputed"), strict=True)]
        widths = [min(w, 60) for w in widths]

        def fmt(values: tuple[str, ...]) -> str:
            cells = [v if len(v) <= w else v[: w - 1] + "…" for v, w in
                     zip(values, widths, strict=False)]
            return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)) + "  " + \
                values[-1]

        out = [fmt(("report", "figure", "published", "recomputed", "status"))]
        out += [fmt((r.report, r.item, r.published, r.recomputed, r.status)) for r in self.rows]
        compared = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        if self.differences:
            out.append(f"verify: FAILED: {len(self.differences)} difference(s) ({compared} "
                       "compared)")
        else:
            out.append(f"verify: OK: everything published is what the raw data and the code "
                       f"produce ({compared} compared)")
        return out


def _report_files(folder: Path) -> set[str] | None:
    """Return the files a report folder's ``build.json`` lists (``None``: unreadable)."""
    try:
        listed = json.loads((folder / "build.json").read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(listed, list):
        return None
    return {str(name) for name in listed} | {"build.json"}


def unexpected_in_reports(reports_dir: Path, names: set[str]) -> list[str]:
    """Every entry under ``reports_dir`` that publishing does not put there.

    Parameters
    ----------
    reports_dir : Path
        The published ``reports/`` folder.
    names : set of str
        The report names of ``reports.yml``.

    Returns
    -------
    list of str
        Paths relative to ``reports_dir``'s parent (``reports/...``), sorted; hidden
        entries, staging leftovers (``.tmp-*``), folders and symlinks included.
    """
    if not reports_dir.is_dir():
        return []
    found = []
    for entry in sorted(reports_dir.iterdir()):
        if entry.is_symlink():
            found.append(entry)
        elif entry.name in names and entry.is_dir():
            allowed = _report_files(entry)
            found += [inner for inner in sorted(entry.iterdir())
                      if inner.is_symlink() or not inner.is_file()
                      or (allowed is not None and inner.name not in allowed)
                      or (allowed is None and inner.name.startswith("."))]
        elif not (entry.name in INDEX_FILES and entry.is_file()):
            found.append(entry)
    return [entry.relative_to(reports_dir.parent).as_posix() + ("/" if entry.is_dir() else "")
            for entry in found]


def inspect_published(root: Path, names: set[str] | None = None) -> list[Row]:
    """Find what a rebuild cannot see: tampered raw data, unexpected files in ``reports/``.

    Parameters
    ----------
    root : Path
        The project (or a copy of its ``data/raw`` and ``reports``).
    names : set of str, optional
        The report names (default: those of the project's ``reports.yml``).

    Returns
    -------
    list of Row
        One per raw file changed, missing or not in the manifest, and one per unexpected
        entry under ``reports/``; empty when both are as published.
    """
    from analysis.ledger.manifest import manifest_differences
    from analysis.publish.config import load_config

    if names is None:
        names = {spec.name for spec in load_config()}
    rows = []
    if (root / "data" / "raw").is_dir():
        for problem in manifest_differences(root / "data" / "raw"):
            name, _, what = problem.rpartition(": ")
            rows.append(Row("(raw)", f"data/raw/{name}", "", "", f"DIFFERENT: {what}"))
    for item in unexpected_in_reports(root / "reports", names):
        rows.append(Row("(reports)", item, "present", "(not published)", "UNEXPECTED"))
    return rows


def _copy_inputs(target: Path) -> None:
    for name in INPUTS:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    (target / "data" / "processed").mkdir(parents=True, exist_ok=True)
    (target / "src" / "analysis").mkdir(parents=True, exist_ok=True)  # marks the root


def _local_copies() -> str | None:
    """Where this checkout already has the pinned external files, to fetch them from.

    ``data/external`` when every registry file is there, else the project's default
    mirror (``../shared/data/external`` beside it). The rebuild checks every sha256 again,
    so a local copy proves nothing by itself; without either, the rebuild downloads.
    """
    from analysis.external import registry as external

    if all(entry.path().is_file() for entry in external.registry()):
        return str(paths.EXTERNAL)
    mirror = external.default_mirror()
    return str(mirror) if mirror is not None else None


def _run(command: list[str], env: dict[str, str], step: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["?"]
        raise VerifyError(f"the rebuild failed at `{step}`: {last[0]}")


@contextmanager
def rebuild(jobs: int | None = None) -> Iterator[Path]:
    """Rebuild data and every report from the raw inputs in a temporary project.

    Parameters
    ----------
    jobs : int, optional
        Reports run at once (default: the number of cores).

    Yields
    ------
    Path
        The temporary project root, removed afterwards.

    Raises
    ------
    VerifyError
        When fetching, building or running a report fails.
    """
    with tempfile.TemporaryDirectory(prefix="claims-desk-verify-") as tmp:
        root = Path(tmp)
        _copy_inputs(root)
        env = {**os.environ, "ANALYSIS_ROOT": str(root), "CI": "1"}
        mirror = os.environ.get("ANALYSIS_DATA_MIRROR") or _local_copies()
        if mirror:
            env["ANALYSIS_DATA_MIRROR"] = mirror
        python = [sys.executable, "-m", "analysis"]
        _run([*python, "fetch"], env, "analysis fetch")
        _run([*python, "build"], env, "analysis build")
        _run([*python, "reports", "--force", *(["--jobs", str(jobs)] if jobs else [])], env,
             "analysis reports --force")
        yield root


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"


def _files(folder: Path) -> set[str]:
    if not folder.exists():
        return set()
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


def _compare_outputs(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> str | None:
    def flat(outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for output in outputs:
            item = {k: v for k, v in output.items() if k not in NB_SKIP and k != "data"}
            for key, value in output.get("data", {}).items():
                item["data:" + key] = value
            out.append(item)
        return out

    a, b = flat(ours), flat(theirs)
    if len(a) != len(b):
        return f"{len(a)} output(s) published, {len(b)} recomputed"
    for index, (x, y) in enumerate(zip(a, b, strict=True), start=1):
        for key in sorted(set(x) | set(y)):
            if x.get(key) != y.get(key):
                return f"output {index}, {key.removeprefix('data:')} differs"
    return None


def _compare_notebook(name: str, published: Path, rebuilt: Path, result: Verification) -> None:
    a = json.loads(published.read_text(encoding="utf-8"))
    b = json.loads(rebuilt.read_text(encoding="utf-8"))
    cells_a, cells_b = a.get("cells", []), b.get("cells", [])
    if len(cells_a) != len(cells_b):
        result.rows.append(Row(name, "report.ipynb", f"{len(cells_a)} cells",
                               f"{len(cells_b)} cells", "DIFFERENT"))
        return
    for number, (x, y) in enumerate(zip(cells_a, cells_b, strict=True), start=1):
        result.counts["cells"] += 1
        if "".join(x.get("source", "")) != "".join(y.get("source", "")):
            result.rows.append(Row(name, f"report.ipynb cell {number}", "source", "source",
                                   "DIFFERENT source"))
            continue
        problem = _compare_outputs(x.get("outputs", []), y.get("outputs", []))
        if problem:
            result.rows.append(Row(name, f"report.ipynb cell {number}", "", "",
                                   f"DIFFERENT: {problem}"))


def _compare_figures(name: str, published: Path, rebuilt: Path, result: Verification) -> None:
    def load(path: Path) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}
        return {f["name"]: f for f in data.get("figures", [])}

    ours, theirs = load(published), load(rebuilt)
    for figure in sorted(set(ours) | set(theirs), key=lambda n: (n not in ours, n)):
        result.counts["figures"] += 1
        a, b = ours.get(figure), theirs.get(figure)
        if a is None or b is None:
            result.rows.append(Row(name, figure, _show(a["value"]) if a else "(missing)",
                                   _show(b["value"]) if b else "(missing)", "DIFFERENT"))
            continue
        if a.get("value") != b.get("value"):
            status = "DIFFERENT value"
        elif a.get("sources") != b.get("sources"):
            status = "DIFFERENT sources"
        else:
            status = "same"
        result.rows.append(Row(name, figure, _show(a.get("value")), _show(b.get("value")),
                               status))


def _compare_files(label: str, item_prefix: str, published: Path, rebuilt: Path,
                   names: set[str], counter: str, result: Verification) -> None:
    for name in sorted(names):
        result.counts[counter] += 1
        a, b = published / name, rebuilt / name
        if not a.exists() or not b.exists():
            result.rows.append(Row(label, item_prefix + name,
                                   "present" if a.exists() else "(missing)",
                                   "present" if b.exists() else "(missing)", "DIFFERENT"))
        elif a.read_bytes() != b.read_bytes():
            result.rows.append(Row(label, item_prefix + name, "", "", "DIFFERENT bytes"))


def compare(published_root: Path, rebuilt_root: Path) -> Verification:
    """Compare a published project tree with a rebuilt one.

    Parameters
    ----------
    published_root : Path
        The project as committed (usually the project root).
    rebuilt_root : Path
        The tree :func:`rebuild` produced.

    Returns
    -------
    Verification
        Every figure compared, every difference named, and the counts.
    """
    result = Verification()
    result.rows += inspect_published(published_root)
    pub_reports, new_reports = published_root / "reports", rebuilt_root / "reports"
    names = sorted({p.parent.name for p in pub_reports.glob("*/report.ipynb")}
                   | {p.parent.name for p in new_reports.glob("*/report.ipynb")})
    for name in names:
        a, b = pub_reports / name, new_reports / name
        _compare_figures(name, a / "figures.json", b / "figures.json", result)
        if (a / "report.ipynb").exists() and (b / "report.ipynb").exists():
            _compare_notebook(name, a / "report.ipynb", b / "report.ipynb", result)
        others = (_files(a) | _files(b)) - {"report.ipynb"}
        _compare_files(name, "", a, b, others | {"report.ipynb"}, "report files", result)
    top = {n for n in (_files(pub_reports) | _files(new_reports)) if "/" not in n}
    _compare_files("(index)", "reports/", pub_reports, new_reports, top, "report files",
                   result)
    processed = _files(published_root / "data" / "processed") | _files(
        rebuilt_root / "data" / "processed")
    _compare_files("(data)", "data/processed/", published_root / "data" / "processed",
                   rebuilt_root / "data" / "processed", processed, "processed files", result)
    return result


def verify(jobs: int | None = None) -> Verification:
    """Rebuild everything from raw data and compare it with what is published.

    Parameters
    ----------
    jobs : int, optional
        Reports run at once during the rebuild.

    Returns
    -------
    Verification
        See :func:`compare`. When :func:`inspect_published` finds tampered raw data or
        unexpected files, only those are returned, at once, without a rebuild.
    """
    found = inspect_published(paths.ROOT)
    if found:
        return Verification(rows=found)
    with rebuild(jobs) as rebuilt:
        return compare(paths.ROOT, rebuilt)
