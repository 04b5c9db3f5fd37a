"""Benchmark making the figure tables' rewrites, the cost every new process pays once per table.

Run: .venv/bin/python benchmarks/bench_tables.py  [--repeat 3]

A fresh :class:`~analysis.figures.lexicon.Lexicon` of every table is made the way a process
makes it at its first phrase in that language (:meth:`Lexicon.made`, then the RE2 set of loose
forms the first ``rewrites_apply`` makes), and, as the baseline in the same process, the way it
was made until session 33 (33mk): every step eager and each of ``literals``, ``needed`` and
``loosen`` parsing the pattern again (the parse cache is emptied before each). The two are run
alternately, ``--repeat`` times; the best time of each and their ratio are printed.

Where the time went before 33mk (all 23 tables, 1,814 rewrites, compiled engine, idle host,
2026-12-07): compiling the rewrites 1.2 s, the one pattern of them all (``any_of``) 1.7 s, the
anchors 0.5 s, each rewrite's literal strings 1.0 s, its needs 0.6 s, the loose forms and their
RE2 set 1.4 s: 6.4 s. The build of the ledger (334 rows in 20 languages) made 20 of them.
"""

from __future__ import annotations

import argparse
import re
import time

from analysis.figures import patterns
from analysis.figures.lexicon import Lexicon
from analysis.figures.normalise import expander, spell_pattern
from analysis.lang import FIGURE_TABLES


def _as_before(code: str, table: object) -> None:
    """Make one table's rewrites, gates and loose set as before 33mk (eager, parsed thrice)."""
    lex = Lexicon(code, table)
    rewrites = [(re.compile(spell_pattern(p)), spell_pattern(r)) for p, r in lex.rewrite_table]
    pats = [p for p, _ in rewrites]
    if not pats:
        return
    patterns.any_of(pats)
    anchored = patterns.anchors(pats)
    patterns._PARSED.clear()
    [patterns.literals(p) for p in pats]
    [expander(p, r) for p, r in rewrites]
    patterns._PARSED.clear()
    if anchored is None:
        [patterns.needed(p) for p in pats]
    patterns._PARSED.clear()
    patterns.loose_any(pats)


def _as_now(code: str, table: object) -> None:
    """Make one table as a process does now: its rewrites, then its loose set."""
    lex = Lexicon(code, table)
    lex.made()
    lex._make_loose()


def _timed(make: object) -> float:
    patterns._PARSED.clear()
    re.purge()
    start = time.perf_counter()
    for code, table in FIGURE_TABLES.items():
        make(code, table)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    """Time both ways alternately and print the best of each and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    before: list[float] = []
    now: list[float] = []
    for _ in range(args.repeat):
        before.append(_timed(_as_before))
        now.append(_timed(_as_now))
    count = sum(len(Lexicon(c, t).rewrite_table) for c, t in FIGURE_TABLES.items())
    print(f"tables: {len(FIGURE_TABLES)}, rewrites: {count}")
    print(f"before 33mk (eager, parsed thrice): best {min(before):.2f} s")
    print(f"now (gates when asked, parsed once): best {min(now):.2f} s")
    print(f"ratio now / before: {min(now) / min(before):.2f}")


if __name__ == "__main__":
    main()
