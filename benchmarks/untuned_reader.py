"""Read a labelled article set with the reader of an older commit (the set's *untuned* reading).

A round of labelled articles (``tests/cases/articles/<name>.yml``) is scored honestly only by
the reader of the day before any rule was written for it: the parent of the commit that added
the round. ``benchmarks/train_story_filter.py`` trains on those readings (and the claimant
model did, until its retirement in session 32); this module gets them: ``git archive`` of the
commit's ``src`` and ``data`` into a temporary folder, and a script run there on the set, in a
child process with that tree on its path. It needs the repository's history.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "cases" / "articles"

__all__ = ["commit_before", "read_at"]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=True).stdout


def commit_before(name: str) -> str:
    """Return the parent of the commit that added the set ``name`` (``round_16zy9``)."""
    added = _git("log", "--diff-filter=A", "--format=%H", "--",
                 f"tests/cases/articles/{name}.yml")
    return _git("rev-parse", f"{added.split()[-1]}^").strip()


def read_at(commit: str, name: str, script: str, trees: Path) -> dict | None:
    """Run ``script`` on the set ``name`` with the reader of ``commit``; return its JSON.

    Parameters
    ----------
    commit : str
        The commit whose ``src`` and ``data`` read the set.
    name : str
        The set, a file of ``tests/cases/articles`` without ``.yml``.
    script : str
        Python source run as ``python -c script SET_PATH``; it prints one JSON document.
    trees : Path
        A folder for the extracted trees (one per commit, reused across sets).

    Returns
    -------
    dict or None
        The printed JSON; ``None`` (and the error on standard error) when the old reader
        failed.
    """
    tree = trees / commit
    if not tree.exists():
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src", "data"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    read = subprocess.run(
        [sys.executable, "-c", script, str(SETS / f"{name}.yml")], capture_output=True,
        text=True, check=False, env={"PYTHONPATH": str(tree / "src"), "ANALYSIS_ROOT": str(tree),
                                     "PATH": os.defpath})
    if read.returncode:
        print(f"{name}: the reader of {commit[:10]} failed: {read.stderr[-300:]}",
              file=sys.stderr)
        return None
    print(f"{name}: read at {commit[:10]}", file=sys.stderr)
    return json.loads(read.stdout)
