"""The language tables are the same strings under every hash seed (reruns are byte-identical).

Tables build some of their patterns from sets of words. Sorted by length alone, words of one
length kept the set's order, which follows ``PYTHONHASHSEED``: every figure table's rewrites
came out as different strings from run to run (found in session 23). They are built with
:func:`analysis.lang.longest_first` now; this test loads every table in two interpreters with
different seeds and compares them value by value.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analysis.lang import longest_first

_DUMP = """
import json, sys
from analysis.lang import MODULES
out = {}
for code, module in sorted(MODULES.items()):
    for name in ("FIGURES", "ARTICLES", "PERIODS"):
        table = getattr(module, name, None)
        if isinstance(table, dict):
            for key, value in table.items():
                out[f"{code}.{name}.{key}"] = value
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, default=repr)
"""


def _tables(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed,
           "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", _DUMP], env=env, capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


def test_every_table_is_the_same_under_two_hash_seeds() -> None:
    first, second = _tables("1"), _tables("2")
    assert first.keys() == second.keys()
    differ = sorted(key for key in first if first[key] != second[key])
    assert differ == []
    # the dump holds the tables' patterns: the rewrites of the 16 figure tables among them
    assert sum(key.endswith(".FIGURES.rewrites") for key in first) >= 16


def test_longest_first_breaks_ties_alphabetically() -> None:
    words = {"тысячи", "тысяча", "тыс.", "тысяч", "миллионов"}
    assert longest_first(words) == ["миллионов", "тысяча", "тысячи", "тысяч", "тыс."]
    assert longest_first(["mil", "mil", "milhão"]) == ["milhão", "mil"]
