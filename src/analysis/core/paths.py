"""Every path of the project, anchored at the project root.

Nothing else in the package spells a directory name: notebooks, tests and the command line
all ask this module, so they work whatever the working directory.

The root is the folder that holds ``pyproject.toml`` above this file (an editable install,
which is how ``make setup`` installs the package). ``ANALYSIS_ROOT`` overrides it, for
example to rebuild everything in a temporary copy.
"""

from __future__ import annotations

import os
from pathlib import Path


def _find_root() -> Path:
    override = os.environ.get("ANALYSIS_ROOT")
    if override:
        return Path(override).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "src" / "analysis").is_dir():
            return parent
    return Path.cwd().resolve()


ROOT: Path = _find_root()
"""The project root: the folder that holds ``pyproject.toml``."""

DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
"""Inputs exactly as collected; never written by code."""
RAW_CLAIMS: Path = RAW / "claims"
"""Collection sheets: every ``*.csv`` here is read by the build."""
RAW_MANIFEST: Path = RAW / "MANIFEST.sha256"
"""Checksums of every file in ``data/raw``; changed only on purpose (``make raw-manifest``)."""
EXTERNAL: Path = DATA / "external"
"""Third-party downloads (git-ignored)."""
PROCESSED: Path = DATA / "processed"
"""Regenerated tables, committed."""
CLAIMS_CSV: Path = PROCESSED / "claims.csv"
"""The cleaned claims table: one row per raw row."""

NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
"""Published reports: one folder per report in ``reports.yml``."""
REPORTS_CONFIG: Path = ROOT / "reports.yml"
"""The list of reports: notebook, parameters and output name of each."""
DOCS: Path = ROOT / "docs"


def relative(path: Path) -> str:
    """Return ``path`` relative to the project root when it lies inside it.

    Parameters
    ----------
    path : Path
        Any path.

    Returns
    -------
    str
        A POSIX-style path relative to :data:`ROOT`, or the absolute path otherwise.
        Used in messages and in outputs, so that no machine-specific prefix leaks into them.
    """
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return resolved.as_posix()


def link_leaves(path: Path, base: Path | None = None) -> bool:
    """Tell whether ``path`` is a symbolic link whose target lies outside the project.

    The project is :data:`ROOT`, and ``base`` when given (a raw-data folder read from
    elsewhere, as tests and ``verify`` do). A link inside them is followed like a file.

    Parameters
    ----------
    path : Path
        The entry to check (not resolved first).
    base : Path, optional
        Another folder whose contents count as inside.

    Returns
    -------
    bool
        False for anything that is not a symbolic link.
    """
    if not Path(path).is_symlink():
        return False
    target = Path(os.path.realpath(path))
    roots = [Path(os.path.realpath(ROOT))]
    if base is not None:
        roots.append(Path(os.path.realpath(base)))
    return not any(target.is_relative_to(root) for root in roots)
