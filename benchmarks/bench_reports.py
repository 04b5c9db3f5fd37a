"""Benchmark the report runner against the floor of what any runner must pay.

Prints, from one run on this machine (machines here are noisy: compare ratios, not
seconds):

- the floor: the time to start one Jupyter kernel and import pandas, matplotlib and
  ``analysis`` in it (median of 3), times the number of reports, divided by the jobs;
- a full regeneration of every report in ``reports.yml`` with ``--jobs 2`` into a
  temporary folder, and its ratio to the floor (target: at most 2.0);
- a run where nothing changed (wall time of the whole ``analysis reports`` command, a new
  process, as a scheduler would start it; target: under 1 s).

Usage: ``.venv/bin/python benchmarks/bench_reports.py``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import start_new_kernel

from analysis.core import paths
from analysis.pipeline import check_report_value
from analysis.publish.config import load_config
from analysis.publish.runner import run_reports

JOBS = 2


def kernel_floor() -> float:
    """Start a kernel, import the report stack in it, shut it down; return seconds."""
    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        reply = client.execute_interactive("import pandas, matplotlib, analysis.charts", timeout=60)
        assert reply["content"]["status"] == "ok", reply
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return time.perf_counter() - started


def main() -> int:
    specs = load_config()
    floors = [kernel_floor() for _ in range(3)]
    floor_one = statistics.median(floors)
    floor = floor_one * len(specs) / JOBS
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        run_reports(specs, reports_dir=Path(tmp), force=True, jobs=JOBS,
                    check_value=check_report_value)
        full = time.perf_counter() - started
    # the committed reports must be up to date for the no-op run to be one
    noop_runs = []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "analysis", "reports"], cwd=paths.ROOT,
                              capture_output=True, text=True, env={**os.environ, "CI": "1"})
        noop_runs.append(time.perf_counter() - started)
        if "nothing changed" not in done.stdout:
            print("warning: the committed reports are not up to date; the no-op run ran "
                  "reports:\n" + done.stdout)
    noop = statistics.median(noop_runs)
    print(f"reports: {len(specs)}, jobs: {JOBS}, cores: {os.cpu_count()}")
    print(f"floor per report (kernel start + imports, median of 3): {floor_one:.2f} s")
    print(f"floor for all reports: {floor_one:.2f} s x {len(specs)} / {JOBS} = {floor:.2f} s")
    print(f"full regeneration --jobs {JOBS}: {full:.2f} s")
    print(f"ratio full / floor: {full / floor:.2f} (target <= 2.0)")
    print(f"no-op run (nothing changed, new process, median of 3): {noop:.2f} s (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
