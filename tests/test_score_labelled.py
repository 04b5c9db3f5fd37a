"""``benchmarks/score_labelled.py``: the session's measurement, scored and compared in one place."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_labelled  # noqa: E402


def test_a_round_left_out_is_not_scored() -> None:
    names = score_labelled.article_sets([], ["round_16zy7.yml"])
    assert "devset.yml" in names and "round_16zz7.yml" in names
    assert "round_16zy7.yml" not in names
    assert score_labelled.figure_rounds(["figures_round43.csv"], []) == ["figures_round43.csv"]


def test_the_diff_names_each_changed_score_and_row_and_totals_hide_the_rows() -> None:
    before = {"scores": {"r.yml": {"precision": 0.5, "recall": 1.0}},
              "rows": {"r.yml:a": [["3,000", "killed", "NATO", 3000.0]],
                       "r.yml:b": [["two", "captured", "Unattributed", 2.0]]}}
    after = {"scores": {"r.yml": {"precision": 1.0, "recall": 1.0}},
             "rows": {"r.yml:a": [["3,000", "killed_or_wounded", "NATO", 3000.0]],
                      "r.yml:b": [["two", "captured", "Unattributed", 2.0]]}}
    lines = score_labelled.diff(before, after, totals=False)
    assert lines[0] == "r.yml: {'precision': (0.5, 1.0)}"
    assert len(lines) == 2 and lines[1].startswith("== r.yml:a\n")
    assert "killed_or_wounded" in lines[1] and "r.yml:b" not in "".join(lines)
    assert score_labelled.diff(before, after, totals=True) == lines[:1]
    assert score_labelled.diff(before, before, totals=False) == []


def test_a_figure_round_scored_from_the_command_line(tmp_path: Path) -> None:
    dump = tmp_path / "f.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_labelled.py"),
                           "figures", "--dump", str(dump), "--only", "figures_round4.csv"],
                          capture_output=True, text=True, check=True)
    result = json.loads(dump.read_text(encoding="utf-8"))
    rows = sum(1 for _ in (ROOT / "tests" / "cases" / "figures_round4.csv").open(
        encoding="utf-8")) - 1
    assert result["scores"]["figures_round4.csv"]["rows"] == rows == len(result["rows"])
    assert "figures_round4.csv" in done.stdout
