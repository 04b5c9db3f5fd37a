"""Where the article scan's CPU time goes: each step of the reader, per article (session 30).

Run in a tree (its ``src`` first on the path), on a folder of articles (``bench_articles.py``'s,
written out as ``a00000.txt`` ...)::

    PYTHONPATH=src python benchmarks/articles_steps.py FOLDER [--warm 128] [--articles 256]

The first ``--warm`` files are read once as a scan worker reads them (``pipeline._scan_chunk``,
batches of 64: the tables loaded, each language's cues compiled, the cue tallies warm); then
the next ``--articles`` files are read the same way with the steps below timed (process CPU
time). A step's time is its own: what the steps it calls took is left out of it (each is
timed once, where it is called). ``(rest)`` is what no listed step holds: the batch's table,
reading the files, the rules called from the steps' bodies. The timers add a little time of
their own to each call timed.
"""

from __future__ import annotations

import argparse
import functools
import time
from collections import defaultdict
from pathlib import Path

from analysis.articles import backref, carry, check, cues, reader, surname_speaker
from analysis.articles.candidates import SentenceCandidates
from analysis.articles.claimants import Claimants
from analysis.pipeline import _scan_chunk

STEPS = [
    (reader, "figure_rows"), (reader, "guess_language"), (reader, "split_sentences"),
    (cues.Cues, "present"), (cues.Cues, "find"), (reader, "resolve_overlaps"),
    (reader.abbrev, "named"), (Claimants, "mentions"), (reader.rules, "destination"),
    (reader, "spoken_countries"), (reader, "_read_sentences"), (reader, "_by_sentence"),
    (reader, "briefings"), (carry, "fill"), (backref, "surnames"),
    (surname_speaker, "speakers_again"), (SentenceCandidates, "_of"),
    (reader, "may_hold_figures"), (reader, "_sentence_rows"), (reader, "assign_metrics"),
    (reader, "_named_after"), (Claimants, "resolve"), (reader, "parse_figure"),
    (reader, "period_of"), (reader, "dedupe"), (reader, "listed_with_sum"),
    (reader.width, "fold"), (reader.width, "restore"), (check, "check_figures"),
]
"""The steps timed: (module or class, name); a module's name is patched where it is read."""


def _timed(steps: list[tuple[object, str]]) -> tuple[dict[str, float], dict[str, int]]:
    """Wrap each step with a timer of its own time; return the totals and counts (filled in)."""
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    stack: list[float] = []
    clock = time.process_time

    def wrap(function, label):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            stack.append(0.0)
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                took, inner = clock() - started, stack.pop()
                spent[label] += took - inner
                calls[label] += 1
                if stack:
                    stack[-1] += took
        return timed

    for owner, name in steps:
        label = f"{getattr(owner, '__name__', owner)}.{name}".replace("analysis.articles.", "")
        setattr(owner, name, wrap(getattr(owner, name), label))
    return spent, calls


def main() -> None:
    """Time the steps and print them, the costliest first."""
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--warm", type=int, default=128)
    parser.add_argument("--articles", type=int, default=256)
    args = parser.parse_args()
    files = sorted(str(p) for p in Path(args.folder).iterdir() if p.suffix == ".txt")
    spent, calls = _timed(STEPS)
    for k in range(0, args.warm, 64):
        _scan_chunk(files[k:min(k + 64, args.warm)], None)
    spent.clear()
    calls.clear()
    batch = files[args.warm:args.warm + args.articles]
    started = time.process_time()
    for k in range(0, len(batch), 64):
        _scan_chunk(batch[k:k + 64], None)
    total, n = time.process_time() - started, len(batch)
    print(f"{total / n * 1000:.2f} ms of CPU an article ({n} articles after {args.warm})")
    for label, took in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{took / n * 1000:8.3f} ms {100 * took / total:5.1f} % "
              f"{calls[label] / n:7.1f} calls  {label}")
    rest = total - sum(spent.values())
    print(f"{rest / n * 1000:8.3f} ms {100 * rest / total:5.1f} %          (rest)")


if __name__ == "__main__":
    main()
