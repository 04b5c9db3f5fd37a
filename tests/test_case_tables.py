"""Every labelled case table is well formed: each row has its header's fields, none more.

A comma left unquoted in a note once split a row of ``tests/cases/figures.csv`` into twelve
fields: ``csv.DictReader`` kept the row and put the note's tail under the key ``None``, so the
tests read it without a word. This test names the file and the line of such a row.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
TABLES = sorted(CASES.rglob("*.csv"))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_row_has_the_headers_fields(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        wrong = [(reader.line_num, len(row)) for row in reader if len(row) != len(header)]
    assert not wrong, f"{path.name}: rows (line, fields) not of {len(header)} fields: {wrong[:5]}"


def test_the_tables_are_found() -> None:
    assert len(TABLES) >= 50, TABLES
