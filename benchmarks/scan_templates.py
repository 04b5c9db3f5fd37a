"""Check that no phrase's reading depends on the phrases read before it (the wording cache).

Run: .venv/bin/python benchmarks/scan_templates.py  [--rows 8000] [--seed 33]

A phrase with one digit group leaves a *template* (its wording, the digits cut out) that
reads the next phrase of the same wording without the full engine (``engine._parse``). A
wording whose reading hangs on its digits (a comma before two digits, a fraction, four
digits or more) must leave none, or one of its own shape. This reads ``--rows`` case phrases
(of ``tests/cases/*.csv`` and the ledger, as ``compare_figures.py`` reads them, shuffled
with ``--seed``) that hold one digit group, each under
nine values of the group ("3", "47", "500", "5000", "1,500", "12,500", "2.5", "1.500",
"150"): each value cold (caches cleared), then every value after every other one. It prints
the wordings read, the pairs that read otherwise after another value, and up to 40 of them.
Exit status 1 when any pair differs.

Measured 2026-12-07 (session 33), every case phrase (20,424 wordings; 20,576 with the ledger's
since the loader is ``compare_figures``'s, 0 of 1,481,472 pairs): before 33's changes
to ``_shape_mark`` and the comma groups, ru "2.5 раза" read after "3 раза", ja "3千戸" after
"5000千戸", es "Solo Traumatología (3)" after "(500)" and "se acercó a 500" after "a 3" (and
zh "2,3人" after "1,5人", found by 33rb) took the other's template; after them, no pair (0 of
1,470,528 readings).
"""

from __future__ import annotations

import argparse
import random
import sys

from compare_figures import _base_phrases

from analysis.figures import clear_cache, parse_figure
from analysis.figures.normalise import folded_ascii, split_digits

VALUES = ("3", "47", "500", "5000", "1,500", "12,500", "2.5", "1.500", "150")


def _variants(phrase: str) -> dict[str, str] | None:
    """The phrase with its one digit group replaced by each of :data:`VALUES`, or None."""
    norm, ascii = folded_ascii(phrase)
    parts = split_digits(norm, ascii)
    k = phrase.find(parts[1]) if len(parts) == 3 else -1
    if k < 0:
        return None
    return {v: phrase[:k] + v + phrase[k + len(parts[1]) :] for v in VALUES}


def _differing(texts: dict[str, str], lang: str | None) -> list[tuple[str, str, str, str]]:
    """The (first, second, cold, after) readings that differ after another value."""
    cold = {}
    for value, text in texts.items():
        clear_cache()
        cold[value] = repr(parse_figure(text, lang))
    found = []
    for first in VALUES:
        for second in VALUES:
            if second == first:
                continue
            clear_cache()
            parse_figure(texts[first], lang)
            after = repr(parse_figure(texts[second], lang))
            if after != cold[second]:
                found.append((texts[first], texts[second], cold[second], after))
    return found


def main() -> int:
    """Scan and print; 1 when a reading depends on the phrase read before it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=33)
    args = parser.parse_args()
    rows = _base_phrases()  # every case phrase and the ledger's, as compare_figures reads them
    random.Random(args.seed).shuffle(rows)
    wordings, found = 0, []
    for phrase, lang in rows[: args.rows]:
        texts = _variants(phrase)
        if texts is None:
            continue
        wordings += 1
        found += [(lang, *pair) for pair in _differing(texts, lang or None)]
    clear_cache()
    print(f"wordings read: {wordings}, pairs read otherwise after another value: {len(found)}")
    for example in found[:40]:
        print(example)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
