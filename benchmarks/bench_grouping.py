"""Benchmark the claim grouping on ledgers 1×, 8× and ~300× the real one.

Run: .venv/bin/python benchmarks/bench_grouping.py  [--rows 100000]

Each copy of the ledger gets new ids and URLs, its claimants renamed per copy (another set of
claimants, as a larger ledger has) and its dates shifted by a multiple of 90 days, so the
copies are other statements, not repeats. Prints the seconds of
:func:`analysis.claims.grouping.explain_groups` (statement dates computed as the build does)
for each size and the ratio of the 8× time to the 1× time (target: at most 10); the largest
size must finish within two minutes.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

import pandas as pd

from analysis.claims.build import assemble_claims, clean_claims
from analysis.claims.grouping import explain_groups
from analysis.ledger.reference import load_reference
from analysis.ledger.validation import validate_rows


def ledger_copies(claims: pd.DataFrame, copies: int) -> pd.DataFrame:
    """Stack ``copies`` copies of the cleaned ledger as other claimants and dates."""
    frames = []
    for k in range(copies):
        part = claims.copy()
        shift = pd.Timedelta(days=90 * (k % 8))
        for column in ("published", "stated_on_start", "stated_on_end"):
            dates = pd.to_datetime(part[column].replace("", None), format="%Y-%m-%d") + shift
            part[column] = dates.dt.strftime("%Y-%m-%d").fillna("")
        part["id"] = part["id"] + f"-{k}"
        part["url"] = part["url"] + f"#{k}"
        part["claimant"] = part["claimant"] + f" #{k // 8}"
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def main() -> None:
    """Time the grouping at three sizes and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows, _ = assemble_claims()
    valid, _ = validate_rows(rows, today=date(2026, 11, 27))
    reference = load_reference()
    claims = clean_claims(valid, reference)
    times = {}
    for copies in (1, 8, max(1, args.rows // len(claims))):
        table = ledger_copies(claims, copies)
        best = float("inf")
        for _ in range(3 if copies <= 8 else 1):  # best of three where it is quick
            start = time.perf_counter()
            explain_groups(table, reference.hierarchy)
            best = min(best, time.perf_counter() - start)
        times[copies] = best
        print(f"{len(table):>7} rows: {times[copies]:6.2f} s")
    print(f"8x rows / 1x rows: {times[8] / times[1]:.1f}x the time (target <= 10)")


if __name__ == "__main__":
    main()
