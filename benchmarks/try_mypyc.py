"""Measure what compiling the figure engine with mypyc would give, on a throwaway copy.

Nothing here is part of the project's set-up: the copy is built in a temporary folder and
deleted afterwards. mypy (which ships mypyc) is not in the lock; install it anywhere and
name the folder:

    python -m pip install --target /tmp/mypy-pkgs mypy
    .venv/bin/python benchmarks/try_mypyc.py --mypy-path /tmp/mypy-pkgs

It copies ``src/analysis``, compiles the engine's modules (:data:`MODULES`) with mypyc,
checks with ``compare_figures.py`` that the compiled engine gives every reading of the
pure-Python one, and runs ``bench_figures.py --unseen`` on both, alternating.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    *(f"analysis/figures/{name}.py" for name in (
        "cats", "context", "decide", "engine", "fast", "language", "lexicon", "normalise",
        "qualify", "quantities", "ranges", "reject", "units",
    )),
    "analysis/text/normalise.py",
]  # fmt: skip
"""The modules compiled: the engine (its data model and formatter stay Python)."""


def _run(args: list[str], pythonpath: str, cwd: Path = ROOT) -> str:
    env = {**os.environ, "PYTHONPATH": pythonpath, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"failed: {' '.join(args)}\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mypy-path", default="", help="folder where mypy is installed")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    py = sys.executable
    src = str(ROOT / "src")
    with tempfile.TemporaryDirectory(prefix="figures-mypyc-") as tmp:
        built = Path(tmp) / "src"
        shutil.copytree(ROOT / "src" / "analysis", built / "analysis")
        t0 = time.perf_counter()
        path = os.pathsep.join(p for p in (args.mypy_path, str(built)) if p)
        _run([py, "-m", "mypyc", "--ignore-missing-imports", *MODULES], path, cwd=built)
        print(f"mypyc build: {time.perf_counter() - t0:.0f} s wall")
        for name, where in (("python", src), ("mypyc", str(built))):
            _run([py, "benchmarks/compare_figures.py", "--dump", f"{tmp}/{name}.pkl"], where)
        print(_run([py, "benchmarks/compare_figures.py", "--compare",
                    f"{tmp}/python.pkl", f"{tmp}/mypyc.pkl"], src).strip().splitlines()[-1])
        for _ in range(args.runs):
            for name, where in (("python", src), ("mypyc", str(built))):
                out = _run([py, "benchmarks/bench_figures.py", "--unseen"], where)
                print(f"{name}: {out.strip()}")


if __name__ == "__main__":
    main()
