"""Which figure engine runs: the mypyc-compiled build, or the Python sources.

``tools/compile_engine.py`` (run by ``make setup``) compiles the engine's modules
(:data:`MODULES`) with mypyc, out of the tree, into ``build/compiled/<cache tag>/`` of the
project (``cpython-311`` ...), and writes ``manifest.json`` there: the sha256 of the
sources it compiled from (:func:`source_hashes`), the Python and the mypy versions.
:func:`compiled_folder` decides whether that build is used: only when the manifest is the
one of this interpreter, every compiled module is there, and the sources still hash the
same (an edited source means the Python one runs, silently, until the next
``make setup``). Setting ``ANALYSIS_PURE_PYTHON`` (to anything non-empty) always gives the
Python engine.

Standard library only, and nothing of :mod:`analysis` is imported: the build script loads
this file by its path, without the package.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "GROUP",
    "MODULES",
    "PURE_VARIABLE",
    "build_folder",
    "compiled_folder",
    "manifest_path",
    "source_hashes",
]

MODULES = (
    "asciicut", "cats", "cjkdigits", "clauses", "column", "context", "contrast", "decide", "engine",
    "fast", "gather", "language", "lexicon", "listed", "normalise", "patterns", "qualify",
    "quantities", "quantity", "ranges", "reject", "spelling", "told", "units", "yearside",
)  # fmt: skip
"""The modules of :mod:`analysis.figures` that are compiled (the data model, the words and
the package's ``__init__`` stay Python)."""
GROUP = "analysis.figures.engine_lib"
"""mypyc's group name: its shared library is ``analysis.figures.engine_lib__mypyc``, found
on the package's path beside the compiled modules."""
PURE_VARIABLE = "ANALYSIS_PURE_PYTHON"
PACKAGE = Path(__file__).resolve().parent
"""``src/analysis/figures``."""
HASHED = ("figures", "text")
"""The folders of ``src/analysis`` whose ``.py`` files the manifest hashes: the compiled
modules, the Python ones they import (mypyc compiles against their types), and
:mod:`analysis.text`, whose helpers the engine calls."""


def build_folder(package: Path = PACKAGE) -> Path:
    """Return the build of this interpreter: ``<project>/build/compiled/<cache tag>``.

    The project is found from the package's own place (``src/analysis/figures``), so a
    worktree or a clone uses its own build.
    """
    tag = sys.implementation.cache_tag or "unknown"
    return package.parents[2] / "build" / "compiled" / tag


def manifest_path(folder: Path) -> Path:
    """Return the manifest of the build in ``folder``."""
    return folder / "manifest.json"


def source_hashes(package: Path = PACKAGE) -> dict[str, str]:
    """Return the sha256 of every source the build depends on, by path below ``src/analysis``.

    Parameters
    ----------
    package : Path
        The ``analysis/figures`` folder; its sibling folders of :data:`HASHED` are hashed too.

    Returns
    -------
    dict[str, str]
        ``{"figures/engine.py": "<sha256>", ...}``, sorted by path (about 150 kB: a
        millisecond).
    """
    root = package.parent
    hashes: dict[str, str] = {}
    for name in HASHED:
        for path in sorted((root / name).glob("*.py")):
            hashes[f"{name}/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def read_manifest(folder: Path) -> dict:
    """Return the manifest in ``folder``, or ``{}`` when it is missing or unreadable."""
    try:
        manifest = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def compiled_folder(
    package: Path = PACKAGE,
    folder: Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Path | None:
    """Return the folder of ``analysis/figures`` in a usable compiled build, or ``None``.

    Parameters
    ----------
    package : Path
        The Python package (``src/analysis/figures``), whose sources are hashed.
    folder : Path or None
        The build (default :func:`build_folder` of ``package``).
    environ : Mapping[str, str]
        The environment: a non-empty :data:`PURE_VARIABLE` means ``None``.

    Returns
    -------
    Path or None
        ``<build>/analysis/figures`` when the manifest is there, was written for this
        interpreter (cache tag and extension suffix), every module of :data:`MODULES` and the
        shared library are there, and the sources hash as recorded; otherwise ``None`` (the
        Python engine).
    """
    if environ.get(PURE_VARIABLE):
        return None
    folder = build_folder(package) if folder is None else folder
    manifest = read_manifest(folder)
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ""
    if (
        not manifest
        or manifest.get("cache_tag") != sys.implementation.cache_tag
        or manifest.get("ext_suffix") != suffix
        or manifest.get("modules") != list(MODULES)
    ):
        return None
    compiled = folder / "analysis" / "figures"
    names = [*MODULES, GROUP.rsplit(".", 1)[1] + "__mypyc"]
    if not all((compiled / (name + suffix)).is_file() for name in names):
        return None
    if manifest.get("sources") != source_hashes(package):
        return None
    return compiled
