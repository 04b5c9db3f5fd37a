"""Every numbered decision a text cites ("D40.14") is an item of that decision in the codebook.

A decision of ``docs/codebook.md`` ("* **D49 — …**") lists its classes as numbered items; a
citation of an item it does not have points nowhere (review rv10: item 14 of D39, which has 12,
cited for D40.14's "new counts only after the number"; item 11 of D51 for D41.11).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_DECISION = re.compile(r"\* \*\*D(\d+) ")
_ITEM = re.compile(r" {2,5}(\d+)\. ")
_CITED = re.compile(r"(?<![\w.])D(\d+)\.(\d+)(?!\d)")


def _items() -> dict[int, set[int]]:
    """Return the numbered items of each decision with items."""
    items: dict[int, set[int]] = {}
    current = None
    for line in (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8").splitlines():
        decision = _DECISION.match(line)
        if decision:
            current = int(decision.group(1))
            items[current] = set()
        elif line.startswith("#"):
            current = None
        elif current is not None and (item := _ITEM.match(line)):
            items[current].add(int(item.group(1)))
    return {d: found for d, found in items.items() if found}


def test_every_cited_item_of_a_decision_exists() -> None:
    items = _items()
    assert len(items) > 15
    texts = [ROOT / "docs" / name for name in ("codebook.md", "figures_evaluation.md",
                                               "articles.md")]
    texts += sorted((ROOT / "src" / "analysis").rglob("*.py"))
    texts += sorted((ROOT / "tests").glob("test_*.py"))
    dangling = [
        f"{path.relative_to(ROOT)}:{number}: {cited.group()}"
        for path in texts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for cited in _CITED.finditer(line)
        if int(cited.group(1)) in items and int(cited.group(2)) not in items[int(cited.group(1))]
    ]
    assert not dangling
