"""Benchmark the whole claims build stage on ledger-like sheets of 1k, 8k and 64k rows.

Run: .venv/bin/python benchmarks/bench_build.py  [--sizes 1000 8000 64000] [--rows 100000]

Each sheet is drawn (seeded) from the real ledger, ``data/raw/claims/*.csv``: rows are
resampled with new ids, their publication dates shifted by up to four years (the date in
their URL with them, and a per-row query so no two URLs are equal), and their attribution
suffixed with one of many desk names (``"… (desk 17)"``), so a bigger sheet has more
claimants and more dates, as a bigger ledger would, and grouping cannot collapse the copies.
The sheets are written as CSV and built by :func:`analysis.claims.build.build_claims`
(read, validate, parse figures and periods, group, write) in this process, one size after
the other; the ratios 8k/1k and 64k/8k are printed (target: at most 10×).

The ``--rows`` sheet (default 100,000) is built in a child process, which reports its time
and its peak resident memory (``ru_maxrss``); target under two minutes on two cores.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from analysis.core import paths

TODAY = date(2026, 11, 27)
"""The build's date: the real ledger's newest row is older, and shifts only go back."""
URL_DATE = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")


def _real_rows() -> tuple[list[str], list[dict[str, str]]]:
    header: list[str] = []
    rows: list[dict[str, str]] = []
    for sheet in sorted(paths.RAW_CLAIMS.glob("*.csv")):
        with open(sheet, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = header or list(reader.fieldnames or [])
            rows += [r for r in reader if r.get("id")]
    return header, rows


def _shift(row: dict[str, str], days: int) -> None:
    try:
        published = date.fromisoformat(row["published"])
    except ValueError:
        return  # an undated or oddly dated row keeps its text: the build reads it as before
    row["published"] = (published - timedelta(days=days)).isoformat()

    def move(m: re.Match[str]) -> str:
        try:
            moved = date(int(m[1]), int(m[2]), int(m[3])) - timedelta(days=days)
        except ValueError:
            return m[0]
        return moved.strftime("/%Y/%m/%d/")

    row["url"] = URL_DATE.sub(move, row["url"])


def write_sheet(target: Path, n: int, seed: int = 18) -> None:
    """Write a ledger-like sheet of ``n`` rows drawn from the real ledger."""
    header, real = _real_rows()
    rng = random.Random(seed)
    desks = max(8, n // 40)  # about 40 rows per desk name: many claimants at every size
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for i in range(n):
            row = dict(rng.choice(real))
            row["id"] = f"b{i:07d}"
            _shift(row, rng.randrange(0, 4 * 365))
            sep = "&" if "?" in row["url"] else "?"
            row["url"] = f"{row['url']}{sep}row={i}" if row["url"] else row["url"]
            if row["attributed_to"]:
                row["attributed_to"] += f" (desk {rng.randrange(desks)})"
            writer.writerow(row)


def build_once(raw: Path, out: Path) -> float:
    """Build the claims tables of the sheets in ``raw`` into ``out``; return the seconds."""
    from analysis.claims.build import build_claims

    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    build_claims(raw_dir=raw, processed_dir=out, today=TODAY, reference_dir=paths.RAW,
                 overrides_csv=paths.RAW / "claim_overrides.csv")
    return time.perf_counter() - start


def _child(rows: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        write_sheet(raw / "ledger.csv", rows)
        seconds = build_once(raw, Path(tmp) / "out")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.2f} {peak:.0f}")


def main() -> None:
    """Time the build at each size, print the ratios, then the large build in a child."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 8000, 64000])
    parser.add_argument("--rows", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    times = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        build_once(paths.RAW_CLAIMS, Path(tmp) / "warm")  # imports and caches, not timed
        for n in args.sizes:
            raw = Path(tmp) / f"raw-{n}"
            raw.mkdir()
            write_sheet(raw / "ledger.csv", n)
            times[n] = build_once(raw, Path(tmp) / f"out-{n}")
            print(f"{n:>7} rows: {times[n]:7.2f} s", flush=True)
    for small, big in zip(args.sizes, args.sizes[1:], strict=False):
        print(f"{big // 1000}k / {small // 1000}k rows: {times[big] / times[small]:.1f}x the "
              f"time for {big / small:.0f}x the rows (target <= 10x)")
    if args.rows:
        done = subprocess.run([sys.executable, __file__, "--child", str(args.rows)],
                              capture_output=True, text=True, check=True)
        seconds, peak = done.stdout.split()[-2:]
        print(f"{args.rows:>7} rows in a fresh process: {float(seconds):.1f} s, peak memory "
              f"{peak} MB (target < 120 s on 2 cores)")


if __name__ == "__main__":
    main()
