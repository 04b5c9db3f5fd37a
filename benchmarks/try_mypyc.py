"""Compare the compiled figure engine with the pure-Python one, on the project's real build.

``make setup`` compiles the engine with mypyc (``tools/compile_engine.py``, into
``build/compiled/<cache tag>/``); ``ANALYSIS_PURE_PYTHON=1`` makes a process use the Python
sources instead. This script makes sure the build is up to date, checks with
``compare_figures.py`` that both engines give every reading alike, then runs
``bench_figures.py --unseen`` (with ``--full``, the whole benchmark: the cached column path
[1] too) in both modes, alternating::

    .venv/bin/python benchmarks/try_mypyc.py [--runs 3] [--full]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = {"pure": {"ANALYSIS_PURE_PYTHON": "1"}, "compiled": {"ANALYSIS_PURE_PYTHON": ""}}


def _run(args: list[str], mode: str) -> str:
    env = {**os.environ, **MODES[mode], "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"failed: {' '.join(args)}\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--full", action="store_true", help="the whole benchmark, not only --unseen")
    args = ap.parse_args()
    py = sys.executable
    print(_run([py, "tools/compile_engine.py"], "pure").strip())
    state = "import analysis.figures as f; print(f.COMPILED)"
    if _run([py, "-c", state], "compiled").strip() != "True":
        sys.exit("the compiled engine is not used: see the line above (tools/compile_engine.py)")
    with tempfile.TemporaryDirectory(prefix="figures-modes-") as tmp:
        for mode in MODES:
            _run([py, "benchmarks/compare_figures.py", "--dump", f"{tmp}/{mode}.pkl"], mode)
        print(_run([py, "benchmarks/compare_figures.py", "--compare",
                    f"{tmp}/pure.pkl", f"{tmp}/compiled.pkl"], "pure").strip().splitlines()[-1])
    bench = [py, "benchmarks/bench_figures.py", *([] if args.full else ["--unseen"])]
    for _ in range(args.runs):
        for mode in MODES:
            lines = _run(bench, mode).strip().splitlines()[1:]  # past the "engine:" line
            print(f"{mode}:", *lines, sep="\n    " if len(lines) > 1 else " ")


if __name__ == "__main__":
    main()
