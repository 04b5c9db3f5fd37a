"""Compile the figure engine with mypyc, out of the tree, when its sources changed.

Run by ``make setup`` (``tools/setup_venv.py``) with the environment's Python, after the lock
is installed; by hand::

    .venv/bin/python tools/compile_engine.py [--force] [--quiet]

The modules of ``analysis.figures.compiled.MODULES`` are compiled with mypyc (the version
pinned in the lock) into ``build/compiled/<cache tag>/analysis/figures/`` (``cpython-311``
...), one shared library under the fixed group name ``analysis.figures.engine_lib``, and
``manifest.json`` beside them records the sha256 of the sources, the Python and the mypy
versions. Nothing happens when that manifest already matches (a few milliseconds).
``analysis.figures`` uses the build only while the sources still hash the same
(``analysis.figures.compiled.compiled_folder``); ``ANALYSIS_PURE_PYTHON=1`` always gives the
Python engine. ``build/`` is ignored by git and removed by ``make clean``.

A build that cannot be made (no C compiler, mypy missing, mypyc refusing a module) prints one
line, "figure engine not compiled (<reason>); the pure-Python engine is used", keeps the
compiler's messages in ``build/compiled/<cache tag>.log``, and exits 0: set-up never fails
because of it. The build runs in a child process into a temporary folder that replaces the
old build only once complete.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "analysis" / "figures"


def _decider() -> ModuleType:
    """Load ``analysis/figures/compiled.py`` by its path, without importing the package."""
    spec = importlib.util.spec_from_file_location("_figures_compiled", PACKAGE / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPILED = _decider()


def wanted_manifest(mypy_version: str) -> dict:
    """Return the manifest a build made now, from the current sources, would have."""
    return {
        "cache_tag": sys.implementation.cache_tag,
        "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX") or "",
        "python": platform.python_version(),
        "mypy": mypy_version,
        "group": COMPILED.GROUP,
        "modules": list(COMPILED.MODULES),
        "sources": COMPILED.source_hashes(PACKAGE),
    }


def mypy_version() -> str:
    """Return the version of the mypy this Python imports, ``''`` when there is none.

    Read from the name of its ``dist-info`` folder on ``sys.path``: a few milliseconds,
    where ``importlib.metadata`` reads every installed package (~0.1 s on each ``make``).
    """
    for entry in sys.path:
        for info in sorted(Path(entry or ".").glob("mypy-*.dist-info")):
            return info.name[len("mypy-"):-len(".dist-info")]
    return ""


def _problem() -> tuple[str, str]:
    """Return ``(mypy version, '')``, or ``('', reason)`` when no build can be tried here."""
    version = mypy_version()
    if not version:
        return "", "mypy is not installed"
    compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")
    if not compiler or shutil.which(compiler[0]) is None:
        return version, f"no C compiler: {compiler[0] if compiler else 'cc'} not found"
    return version, ""


def _build_child(out: Path, work: Path) -> None:
    """Compile into ``out`` (the child process: mypyc, then setuptools' build_ext)."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT / "src")
    paths = [f"analysis/figures/{name}.py" for name in COMPILED.MODULES]
    extensions = mypycify(
        [*paths, "--ignore-missing-imports", "--cache-dir", str(work / "mypy-cache")],
        group_name=COMPILED.GROUP,
        target_dir=str(work / "c"),
    )
    setup(
        name="claims-desk-figure-engine",
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--build-lib", str(out),
                     "--build-temp", str(work / "temp")],
    )


def compile_engine(force: bool = False, quiet: bool = False) -> int:
    """Build when the manifest does not match; return the exit status (always 0).

    Parameters
    ----------
    force : bool
        Build even when the manifest matches.
    quiet : bool
        Print nothing when the build is up to date.
    """
    folder = COMPILED.build_folder(PACKAGE)
    version, problem = _problem()
    if problem:
        print(f"figure engine not compiled ({problem}); the pure-Python engine is used")
        return 0
    wanted = wanted_manifest(version)
    if (not force and COMPILED.read_manifest(folder) == wanted
            and COMPILED.compiled_folder(PACKAGE, folder, {}) is not None):
        if not quiet:
            print(f"figure engine: compiled build up to date ({folder.relative_to(ROOT)})")
        return 0
    folder.parent.mkdir(parents=True, exist_ok=True)
    log = folder.parent / f"{folder.name}.log"
    started = time.monotonic()
    print(f"figure engine: compiling {len(COMPILED.MODULES)} modules with mypyc {version}"
          f" into {folder.relative_to(ROOT)}", flush=True)
    with tempfile.TemporaryDirectory(prefix=f".{folder.name}-", dir=folder.parent) as tmp:
        out = Path(tmp) / "out"
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        with log.open("w", encoding="utf-8") as sink:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(out), str(Path(tmp) / "work")],
                stdout=sink, stderr=subprocess.STDOUT, env=env, check=False)
        if done.returncode:
            lines = [line for line in log.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
            reason = lines[-1].strip()[:160] if lines else f"exit {done.returncode}"
            print(f"figure engine not compiled (mypyc failed: {reason}; see"
                  f" {log.relative_to(ROOT)}); the pure-Python engine is used")
            return 0
        COMPILED.manifest_path(out).write_text(json.dumps(wanted, indent=1) + "\n",
                                               encoding="utf-8")
        if COMPILED.compiled_folder(PACKAGE, out, {}) is None:
            print("figure engine not compiled (the build is incomplete, or a source changed"
                  " while it ran); the pure-Python engine is used")
            return 0
        old = Path(tmp) / "old"
        if folder.exists():
            os.replace(folder, old)
        os.replace(out, folder)
    log.unlink(missing_ok=True)
    print(f"figure engine: compiled ({time.monotonic() - started:.0f} s)", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Run the command line (see the module's docstring)."""
    if argv[:1] == ["--child"]:
        _build_child(Path(argv[1]), Path(argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--force", action="store_true", help="build even when up to date")
    parser.add_argument("--quiet", action="store_true", help="say nothing when up to date")
    args = parser.parse_args(argv)
    return compile_engine(force=args.force, quiet=args.quiet)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
