"""Check that two versions of the figure engine give identical readings.

Run once per version, then compare:

    PYTHONPATH=<old tree>/src python benchmarks/compare_figures.py --dump /tmp/old.pkl
    PYTHONPATH=<new tree>/src python benchmarks/compare_figures.py --dump /tmp/new.pkl
    python benchmarks/compare_figures.py --compare /tmp/old.pkl /tmp/new.pkl

The phrases are every ``phrase`` of every table in ``tests/cases/`` and every
``figure_text`` of the ledger (``data/raw/claims/*.csv``), each with its language hint, with
no hint, and with the hint of another language; the same phrases with their digits
changed (so that the template path is taken: a wording seen before with another
number); and the generated phrases of ``bench_figures.py``. Every (phrase, hint) is read
twice: cold (all caches cleared before it, the path the ``--unseen`` benchmark times) and
in one pass with the caches kept (the column path). The readings compared are all seven
fields of the :class:`~analysis.figures.Figure`, its type and the unparsed reason.

``--skip NAME`` (repeatable) leaves a case table out, e.g. a session's untuned measurement
round, whose readings nobody writing rules may see: ``--skip figures_round23.csv``.
"""

from __future__ import annotations

import argparse
import csv
import math
import pickle
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

_DIGIT = re.compile(r"\d")
_OTHER_HINTS = {"en": "de", "de": "fr", "fr": "es", "ru": "uk", "uk": "ru", "ko": "ja", "ja": "zh"}


SKIP: set[str] = set()  # case tables left out (--skip)


def _base_phrases() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "tests" / "cases").glob("*.csv")):
        if path.name in SKIP:
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("phrase"):
                    pairs.add((row["phrase"], row.get("lang") or ""))
    for path in sorted((ROOT / "data" / "raw" / "claims").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if "figure_text" in row:
                    pairs.add((row["figure_text"], row.get("language") or ""))
    return sorted(pairs)


def phrases() -> list[tuple[str, str]]:
    """Every (phrase, hint) read by the check, in a fixed order."""
    import bench_figures

    base = _base_phrases()
    out: set[tuple[str, str]] = set()
    swaps = ("7", "19", "250", "3,400", "12.5", "2024", "1")
    for text, lang in base:
        out.add((text, lang))
        out.add((text, ""))
        out.add((text, _OTHER_HINTS.get(lang[:2], "en")))
        if _DIGIT.search(text):
            for k, swap in enumerate(swaps):
                out.add((re.sub(r"\d+", swap, text, count=1 + k % 2), lang))
    texts, langs = bench_figures._distinct_phrases(20_000, np.random.default_rng(11))
    out.update(zip(texts, langs, strict=True))
    return sorted(out)


def _row(fig: object, reason: str) -> tuple:
    return (type(fig).__name__, *fig, reason)  # type: ignore[misc]


def dump(path: Path) -> None:
    """Read every phrase cold and in one cached pass; write the readings to *path*."""
    from analysis import figures
    from analysis.figures import explain_figure, parse_figure

    pairs = phrases()
    cold = []
    for text, lang in pairs:
        figures.clear_cache()
        cold.append(_row(parse_figure(text, lang or None), explain_figure(text, lang or None)))
    figures.clear_cache()
    warm = [_row(parse_figure(t, h or None), explain_figure(t, h or None)) for t, h in pairs]
    with path.open("wb") as fh:
        pickle.dump({"pairs": pairs, "cold": cold, "warm": warm}, fh)
    print(f"{len(pairs):,} phrases, {2 * len(pairs):,} readings written to {path}")


def _nan(x: object) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _same(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(
        x == y or (_nan(x) and _nan(y)) for x, y in zip(a, b, strict=True)
    )


def compare(old: Path, new: Path) -> int:
    """Print every reading that differs; return the number of differences."""
    a = pickle.loads(old.read_bytes())
    b = pickle.loads(new.read_bytes())
    if a["pairs"] != b["pairs"]:
        print("the two dumps read different phrases")
        return 1
    bad = 0
    for mode in ("cold", "warm"):
        for (text, lang), x, y in zip(a["pairs"], a[mode], b[mode], strict=True):
            if not _same(x, y):
                bad += 1
                if bad <= 30:
                    print(f"{mode} {lang!r} {text!r}\n   old {x}\n   new {y}")
    n = 2 * len(a["pairs"])
    print(f"{n:,} readings compared ({len(a['pairs']):,} phrases, cold and cached): {bad} differ")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    ap.add_argument("--skip", action="append", default=[], metavar="NAME",
                    help="leave out the case table tests/cases/NAME (repeatable)")
    args = ap.parse_args()
    SKIP.update(args.skip)
    if args.dump:
        dump(args.dump)
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)


if __name__ == "__main__":
    main()
