"""The suite's own order: the long files named in tests/suite_order.py run first."""

from pathlib import Path

from suite_order import LONGEST_FIRST, longest_first

ROOT = Path(__file__).resolve().parents[1]


def test_every_file_run_first_exists_once() -> None:
    # a renamed or removed file would silently lose its place at the front
    missing = [name for name in LONGEST_FIRST if not (ROOT / name).is_file()]
    assert not missing
    assert len(set(LONGEST_FIRST)) == len(LONGEST_FIRST)


def test_the_long_files_come_first_each_in_its_own_order(pytestconfig) -> None:
    class Item:  # what the hook reads of a collected test
        def __init__(self, nodeid: str) -> None:
            self.nodeid = nodeid

    # (a notebook not in LONGEST_FIRST: its cells follow the long files, in their order)
    notebook = "notebooks/04_article_check.ipynb"
    assert notebook not in LONGEST_FIRST
    names = ["tests/test_api.py::a", f"{notebook}::Cell 0", f"{LONGEST_FIRST[1]}::b",
             f"{notebook}::Cell 1", f"{LONGEST_FIRST[0]}::c[2]", f"{LONGEST_FIRST[1]}::a",
             f"{LONGEST_FIRST[0]}::c[1]"]
    items = [Item(n) for n in names]
    longest_first(items)
    assert [i.nodeid for i in items] == [
        f"{LONGEST_FIRST[0]}::c[2]", f"{LONGEST_FIRST[0]}::c[1]", f"{LONGEST_FIRST[1]}::b",
        f"{LONGEST_FIRST[1]}::a", "tests/test_api.py::a", f"{notebook}::Cell 0",
        f"{notebook}::Cell 1"]
    # xdist keeps that order only when told not to sort files by their number of tests
    assert "--no-loadscope-reorder" in " ".join(pytestconfig.getini("addopts"))
