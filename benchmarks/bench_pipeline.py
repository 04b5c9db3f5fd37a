"""Benchmark the incremental pipeline: a run where nothing changed, and a full rebuild.

Prints, from one run on this machine (compare ratios, not seconds; machines here are noisy):

- the floor: a bare ``python -c "import analysis"`` (median of 5), what any command pays;
- ``make reports`` with nothing changed, as a scheduler starts it (``make -s reports``: the
  set-up check, ``analysis build`` and ``analysis reports``; median of 5) and its ratio to the
  floor (target: under 1 s wall);
- ``analysis build --force`` (every stage rebuilt from data/raw and the external files) into a
  copy of the project, and the same build when nothing changed, with their ratio.

Usage: ``.venv/bin/python benchmarks/bench_pipeline.py`` (after ``make reports``).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> float:
    """Run a command to completion (it must succeed); return its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_of(runs: int, command: list[str], **kwargs: object) -> float:
    """Median wall time of ``runs`` runs of ``command``."""
    return statistics.median(timed(command, **kwargs) for _ in range(runs))


def project_copy(target: Path) -> Path:
    """Copy what a build reads (raw data, processed tables, pyproject) into ``target``."""
    shutil.copytree(ROOT / "data" / "raw", target / "data" / "raw")
    shutil.copytree(ROOT / "data" / "processed", target / "data" / "processed")
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def main() -> None:
    """Measure and print."""
    python = str(ROOT / ".venv" / "bin" / "python")
    floor = median_of(5, [python, "-c", "import analysis"])
    noop = median_of(5, ["make", "-s", "reports"])
    print(f"floor (python -c 'import analysis'): {floor:.3f} s")
    print(f"make reports, nothing changed: {noop:.3f} s wall = {noop / floor:.1f}x the floor "
          f"(target < 1 s: {'met' if noop < 1 else 'NOT met'})")
    with tempfile.TemporaryDirectory() as scratch:
        root = project_copy(Path(scratch) / "project")
        env = {**os.environ, "ANALYSIS_ROOT": str(root)}
        if "ANALYSIS_DATA_MIRROR" not in env and (ROOT / "data" / "external").is_dir():
            env["ANALYSIS_DATA_MIRROR"] = str(ROOT / "data" / "external")
        full = timed([python, "-m", "analysis", "build", "--force"], env=env)
        again = median_of(3, [python, "-m", "analysis", "build"], env=env)
    print(f"analysis build --force (every stage): {full:.2f} s")
    print(f"analysis build, nothing changed: {again:.3f} s = {again / full:.3f} of a full "
          "rebuild")


if __name__ == "__main__":
    sys.exit(main())
