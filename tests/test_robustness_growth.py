"""Time grows linearly: parsers and validators on adversarial inputs of growing size.

Each case builds an input of size ``n`` and of size ``8 n`` that attacks one parser or
validator (a URL of ``a.`` repeated, a date cell of spaces, 20,000 copies of one id, 200,000
extra columns, a claimant pattern that backtracks), times both (best of three) and fails
when the time grows more than :data:`MAX_RATIO` times: linear growth gives about 8,
quadratic 64. Ratios, not absolute times, so a slow or busy machine does not fail them.
Catalogue: ``docs/robustness.md`` (issue 18).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis.ledger.dates import published_from_url, resolve_published
from analysis.ledger.reference import compile_pattern, match_claimants
from analysis.ledger.sheets import SHEET_COLUMNS, read_sheet
from analysis.ledger.validation import clean_text, is_http_url, normalize_date, validate_rows
from analysis.periods import parse_period

GROWTH = 8
MAX_RATIO = 24.0
"""8x the input in at most 24x the time: linear is ~8, quadratic ~64."""


def _best_of(run: Callable[[], object], repeat: int = 3) -> float:
    # CPU time of this process: other processes on a shared machine (the suite runs on every
    # core) do not stretch it as they stretch wall time
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _ratio(make: Callable[[int], object], call: Callable[[object], object], n: int) -> float:
    small, large = make(n), make(n * GROWTH)
    call(small)  # warm caches and imports
    return _best_of(lambda: call(large)) / max(_best_of(lambda: call(small)), 1e-4)


def _rows(n: int, **cells: str) -> pd.DataFrame:
    base = {"sheet": "s.csv", "id": "dup", "published": "2025-01-02", "outlet": "O",
            "url": "https://example.org/x", "language": "en", "attributed_to": "Zelensky",
            "subject": "soldiers", "metric": "killed", "figure_text": "300", "period_text": "",
            "location_text": "", "note": ""}
    base.update(cells)
    frame = pd.DataFrame([base] * n)
    frame.insert(1, "line", range(2, n + 2))
    return frame


def _wide_sheet(tmp: Path, n: int) -> Path:
    path = tmp / f"wide_{n}.csv"
    extra = [f"extra_{i}" for i in range(n)]
    header = ",".join([*SHEET_COLUMNS, *extra])
    cells = "1,2025-01-02,O,https://example.org/x,en,Z,s,killed,300,,,"
    path.write_text(header + "\n" + cells + "," * n + "\n", encoding="utf-8")
    return path


CASES: dict[str, tuple[Callable[[int], object], Callable[[object], object], int]] = {
    # "https://" + "a."*n + ":x": the old URL pattern backtracked over every dot (> 20 s at 16k)
    "url_of_dots": (lambda n: "https://" + "a." * n + ":x", is_http_url, 2_000),
    "url_of_dots_published_date": (lambda n: "https://" + "a." * n + ":x",
                                   published_from_url, 2_000),
    # a published cell of spaces: the old time-of-day pattern was tried at every space
    "date_of_spaces": (lambda n: "1" + " " * n + "x", normalize_date, 2_000),
    "date_of_ts": (lambda n: "T" * n + "x", normalize_date, 2_000),
    "published_and_url": (lambda n: ("1 " * n, "https://x.org/" + "2024-" * n),
                          lambda v: resolve_published(*v), 2_000),
    "period_of_numbers": (lambda n: "1 " * n, lambda v: parse_period(v, "2024-12-19"), 100),
    "period_of_months": (lambda n: "December 2024 - " * n,
                         lambda v: parse_period(v, "2024-12-19"), 40),
    "clean_text_bidi": (lambda n: "\u202eab\u200b" * n, clean_text, 20_000),
    # 20,000 copies of one id took 29 s: each repeat searched the whole table for the first
    "copies_of_one_id": (lambda n: _rows(n), validate_rows, 600),
}


@pytest.mark.parametrize("name", list(CASES))
def test_cost_grows_linearly_with_the_input(name):
    make, call, n = CASES[name]
    ratio = _ratio(make, call, n)
    assert ratio <= MAX_RATIO, f"{name}: {GROWTH}x the input took {ratio:.1f}x the time"


def test_extra_columns_cost_grows_linearly(tmp_path):
    """200,000 named extra columns: the header check counted each name in the whole header."""
    small, large = _wide_sheet(tmp_path, 25_000), _wide_sheet(tmp_path, 200_000)
    read_sheet(small)
    ratio = _best_of(lambda: read_sheet(large)) / _best_of(lambda: read_sheet(small))
    assert ratio <= MAX_RATIO, ratio
    assert read_sheet(large).rows.loc[0, "figure_text"] == "300"


def test_a_backtracking_claimant_pattern_runs_in_linear_time():
    """``(a+)+$`` on a 39-character attribution took 16 s with Python's engine (exponential)."""
    table = pd.DataFrame({"pattern": ["(a+)+$", "zelensk"], "claimant": ["A", "Zelensky"],
                          "country": ["", "UA"], "kind": ["other", "government"],
                          "note": ["", ""], "line": [2, 3]})
    attributions = pd.Series(["a" * 39 + "!", "a" * 312 + "! Zelenskyy", "AAAA"])
    start = time.perf_counter()
    found = match_claimants(attributions, table)
    assert time.perf_counter() - start < 1.0
    assert list(found["claimant"]) == ["a" * 39 + "!", "Zelensky", "A"]


def test_a_pattern_the_linear_engine_cannot_run_is_refused_naming_its_line():
    from analysis.core.errors import SheetError

    with pytest.raises(SheetError) as caught:
        compile_pattern(r"(?<=Kim )Jong", "data/raw/claimants.csv", 7)
    assert (caught.value.file, caught.value.line, caught.value.column) == (
        "data/raw/claimants.csv", 7, "pattern")
    assert "look-arounds" in str(caught.value)
