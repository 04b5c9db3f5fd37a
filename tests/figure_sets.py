"""Shared by the held-out figure tests: is a labelled row read right by the engine?"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable
from pathlib import Path

from analysis.figures import parse_figure

CASES = Path(__file__).parent / "cases"


def _same(got: float, want: str) -> bool:
    return math.isnan(got) if want == "" else not math.isnan(got) and got == float(want)


def read_right(row: dict[str, str]) -> bool:
    """Say whether ``parse_figure`` reads a labelled row exactly as its label says.

    Parameters
    ----------
    row : dict
        ``phrase, lang, status, low, best, high, qualifier, relation`` (empty bounds: NaN).

    Returns
    -------
    bool
        The status matches and, for an ``ok`` row, every bound, the qualifier and relation.
    """
    got = parse_figure(row["phrase"], row["lang"])
    if got.status != row["status"]:
        return False
    if got.status != "ok":
        return True
    return (_same(got.low, row["low"]) and _same(got.best, row["best"])
            and _same(got.high, row["high"]) and got.qualifier == row["qualifier"]
            and got.relation == row["relation"])


UNPARSED = "unparsed"
"""The ``best`` of a written reading that leaves the phrase unparsed."""


def assert_reads_as(lang: str, phrase: str, best: object, qualifier: str) -> None:
    """Assert that *phrase* reads as written by hand.

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    best : float or str
        The best value, or :data:`UNPARSED`.
    qualifier : str
        The qualifier, followed by " additional" for an additional count ("exact additional").
    """
    fig = parse_figure(phrase, lang)
    if best == UNPARSED:
        assert fig.status == "unparsed", fig
        return
    assert fig.status == "ok", fig
    assert fig.best == best, fig
    qual, _, relation = qualifier.partition(" ")
    assert fig.qualifier == qual, fig
    assert fig.relation == (relation or "total"), fig


def assert_reads_fully(
    lang: str,
    phrase: str,
    bounds: tuple[float, float, float],
    reading: tuple[str, str, str],
    unit: str | None = None,
) -> None:
    """Assert that *phrase* reads with these bounds and this reading, field by field.

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    bounds : (float, float, float)
        The low, best and high values (NaN where the reading has none; compared with
        ``pytest.approx``).
    reading : (str, str, str)
        The qualifier, the relation and the status.
    unit : str, optional
        The unit, when the test states it.
    """
    import pytest

    fig = parse_figure(phrase, lang)
    for got, want in zip((fig.low, fig.best, fig.high), bounds, strict=True):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want), (phrase, fig)
    assert (fig.qualifier, fig.relation, fig.status) == reading, (phrase, fig)
    if unit is not None:
        assert fig.unit == unit, (phrase, fig)


def assert_reads_right(row: dict[str, str], known_misses: set[tuple[str, str]]) -> None:
    """Assert a labelled row reads right, or that a listed known miss still reads wrong.

    Parameters
    ----------
    row : dict
        A labelled row (see :func:`read_right`).
    known_misses : set of (lang, phrase)
        Rows the engine is known to misread, each explained where it is listed.
    """
    if (row["lang"], row["phrase"]) in known_misses:
        assert not read_right(row), "a known miss now reads right: take it off the list"
        return
    got = parse_figure(row["phrase"], row["lang"])
    assert read_right(row), (row, got)


def phrases_elsewhere(cases: Path, own: tuple[str, ...]) -> set[str]:
    """Return every phrase (stripped, lower case) of the case tables other than *own*.

    Parameters
    ----------
    cases : Path
        The folder of case tables (``tests/cases``).
    own : tuple of str
        File names of the set being checked for novelty.

    Returns
    -------
    set of str
        The phrases of every other ``*.csv`` table with a ``phrase`` column.
    """
    return {
        row["phrase"].strip().lower()
        for path in cases.glob("*.csv")
        if path.name not in own
        for row in csv.DictReader(path.open(encoding="utf-8"))
        if row.get("phrase")
    }


def casualty_rows_share(rows: list[dict[str, str]], known_misses: set[tuple[str, str]]) -> float:
    """Check every casualty row left unparsed is labelled unparsed; return the share read right.

    Parameters
    ----------
    rows : list of dict
        Whole casualty sentences or cells, labelled (see :func:`read_right`).
    known_misses : set of (lang, phrase)
        Rows the engine is known to misread.

    Returns
    -------
    float
        The share of rows read exactly as labelled.
    """
    left = [
        r["phrase"]
        for r in rows
        if parse_figure(r["phrase"], r["lang"]).status == "unparsed"
        and r["status"] != "unparsed"
        and (r["lang"], r["phrase"]) not in known_misses
    ]
    assert not left, left
    return sum(read_right(r) for r in rows) / len(rows)


def held_out_round(
    name: str,
    known_misses: set[tuple[str, str]],
    languages: dict[tuple[str, ...], int],
    size: int | None = None,
) -> tuple[Callable[..., None], ...]:
    """Return the three tests every held-out round of phrases runs.

    Parameters
    ----------
    name : str
        The case table (``tests/cases/<name>``).
    known_misses : set of (lang, phrase)
        Rows the engine is known to misread, each explained where the round lists them.
    languages : dict
        ``{languages: least rows in each}`` the round must hold.
    size : int, optional
        The exact number of rows (at least 300 when not given).

    Returns
    -------
    tuple of callables
        The round is real reporting in every language; it is new (no phrase of another
        table); every row reads right (or is a listed miss). A test module assigns them to
        names starting with ``test_``.
    """
    phrases = list(csv.DictReader((CASES / name).open(encoding="utf-8")))

    def real_reporting() -> None:
        assert len(phrases) == size if size is not None else len(phrases) >= 300
        counts: dict[str, int] = {}
        for row in phrases:
            assert row["source"].startswith("http"), row
            assert row["status"] in ("ok", "unparsed"), row
            counts[row["lang"]] = counts.get(row["lang"], 0) + 1
        for langs, least in languages.items():
            for lang in langs:
                assert counts.get(lang, 0) >= least, (lang, counts)

    def new() -> None:
        old = phrases_elsewhere(CASES, (name,))
        texts = [row["phrase"].strip().lower() for row in phrases]
        assert not [p for p in texts if p in old]
        assert len(set(texts)) == len(texts)

    def every_row() -> None:
        # (one test for the round's rows, not one per row: 400 items cost the parallel run
        # more than reading them; every wrong row is named, with its reading)
        wrong = [(row["lang"], row["phrase"], str(parse_figure(row["phrase"], row["lang"])))
                 for row in phrases
                 if read_right(row) != ((row["lang"], row["phrase"]) not in known_misses)]
        assert not wrong, "rows read otherwise than labelled (or known misses now right):\n" + \
            "\n".join(map(str, wrong))

    return real_reporting, new, every_row
