"""Shared by the figure tests: is a phrase, or a labelled row, read right by the engine?

How a per-class test file (``tests/test_figures_classes_<id>.py``) is written
-----------------------------------------------------------------------------
The file holds the class's DATA and nothing else of its own: the module docstring says the
decision (the codebook item, what reads otherwise, where the phrases come from), the lists hold
the hand-written phrases with their expected readings, and each test is ONE line that gives a
list to a shared test made here::

    CHANGES: list[tuple[str, str, object, str]] = [
        # D95.1 others with no number, after "and": total
        ('de', 'Drei Menschen starben und weitere wurden verletzt', 3.0, "exact"),
        ('en', 'patient #14 died', UNPARSED, "none"),
    ]
    test_class_reads_as_the_codebook_says = case_test(CHANGES)
    test_near_misses_stay = case_test(STAYS)

:func:`case_test` makes a test parametrized over the list, one item a row (the pytest id
names the phrase), that runs a check on each row; the check is :func:`assert_reads_as`
unless another is named. The checks, by the row they take:

* ``(lang, phrase, best, qualifier)``: :func:`assert_reads_as` -- status, best, qualifier
  and relation (``"exact additional"``); ``best`` is :data:`UNPARSED` for a phrase left
  unparsed, or ``(low, high)`` with the qualifier ``"range"``;
* ``(lang, phrase)``, the phrase is left unparsed: ``case_test(SUMS, assert_unparsed)``;
* ``(lang, phrase, best)``, status, best and a total relation, any qualifier:
  ``case_test(ROWS, assert_reads_best)``; one qualifier for every row:
  ``case_test(STAYS, assert_reads_as, qualifier="exact")`` (a keyword fixes a column);
* ``(lang, phrase, bounds, qualifier)``, low, best and high (``None``: unparsed):
  ``case_test(ROWS, assert_reads_bounds)``;
* ``(lang, phrase, expected)`` with the whole reading written as text
  (``"approx 90-100-110"``): ``case_test(ROWS, assert_reading_text)``;
* a labelled case table (``tests/cases/*.csv``), a row an item: :func:`table_test`.

Write a new check here (typed, with a numpy docstring) only when a class asserts what none of
these does, never a test body in the per-class file; a check's message names the phrase. The
article class tests (``tests/test_articles_classes_*.py``) follow the same shape with the
checks of ``tests/article_sets.py``.
"""

from __future__ import annotations

import csv
import functools
import inspect
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

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
    best : float, (float, float) or str
        The best value; ``(low, high)`` for a range (qualifier ``"range"``); or
        :data:`UNPARSED` (status unparsed, no best value; the qualifier is not read).
    qualifier : str
        The qualifier, followed by " additional" for an additional count ("exact additional").
    """
    fig = parse_figure(phrase, lang)
    if best == UNPARSED:
        assert fig.status == "unparsed" and math.isnan(fig.best), (phrase, fig)
        return
    assert fig.status == "ok", (phrase, fig)
    if isinstance(best, tuple):
        assert (fig.low, fig.high) == best, (phrase, fig)
    else:
        assert fig.best == best, (phrase, fig)
    qual, _, relation = qualifier.partition(" ")
    assert fig.qualifier == qual, (phrase, fig)
    assert fig.relation == (relation or "total"), (phrase, fig)


def assert_unparsed(lang: str, phrase: str) -> None:
    """Assert that *phrase* is left unparsed (no best value).

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    """
    assert_reads_as(lang, phrase, UNPARSED, "none")


def assert_reads_best(lang: str, phrase: str, best: object, relation: str = "total") -> None:
    """Assert that *phrase* reads *best* (any qualifier) with *relation*, or is left unparsed.

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    best : float or str
        The best value, or :data:`UNPARSED`.
    relation : str, default "total"
        The relation of a phrase read.
    """
    fig = parse_figure(phrase, lang)
    if best == UNPARSED:
        assert fig.status == "unparsed" and math.isnan(fig.best), (phrase, fig)
        return
    assert (fig.status, fig.best) == ("ok", best), (phrase, fig)
    assert fig.relation == relation, (phrase, fig)


def reading_text(lang: str, phrase: str) -> str:
    """Return the reading of *phrase* as one line: ``"<qualifier>[ additional] low-best-high"``.

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.

    Returns
    -------
    str
        ``"unparsed"``, or e.g. ``"approx 90-100-110"``, ``"exact additional 3-3-3"``
        (``nan`` for a missing bound, whole numbers without a decimal point).
    """
    fig = parse_figure(phrase, lang)
    if fig.status != "ok":
        return "unparsed"

    def num(v: float) -> str:
        return "nan" if math.isnan(v) else (str(int(v)) if v.is_integer() else str(v))

    rel = " additional" if fig.relation == "additional" else ""
    return f"{fig.qualifier}{rel} {num(fig.low)}-{num(fig.best)}-{num(fig.high)}"


def assert_reading_text(lang: str, phrase: str, expected: str) -> None:
    """Assert that *phrase* reads as the line *expected* (see :func:`reading_text`).

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    expected : str
        The reading written by hand.
    """
    assert reading_text(lang, phrase) == expected, phrase


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
    fig = parse_figure(phrase, lang)
    for got, want in zip((fig.low, fig.best, fig.high), bounds, strict=True):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want), (phrase, fig)
    assert (fig.qualifier, fig.relation, fig.status) == reading, (phrase, fig)
    if unit is not None:
        assert fig.unit == unit, (phrase, fig)


def assert_reads_bounds(
    lang: str, phrase: str, bounds: tuple[float, float, float] | None, qualifier: str
) -> None:
    """Assert that *phrase* reads these bounds and qualifier as a total, or is left unparsed.

    Parameters
    ----------
    lang, phrase : str
        The language hint and the phrase.
    bounds : (float, float, float) or None
        The low, best and high values (see :func:`assert_reads_fully`); ``None`` for a phrase
        left unparsed (every bound NaN, qualifier ``none``).
    qualifier : str
        The qualifier of a phrase read (not read for an unparsed one).
    """
    if bounds is None:
        nan = math.nan
        assert_reads_fully(lang, phrase, (nan, nan, nan), ("none", "total", "unparsed"))
    else:
        assert_reads_fully(lang, phrase, bounds, (qualifier, "total", "ok"))


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
        assert not read_right(row), ("a known miss now reads right: take it off the list",
                                     row["phrase"])
        return
    got = parse_figure(row["phrase"], row["lang"])
    assert read_right(row), (row, got)


def case_phrases(normalised: bool = False) -> set[str]:
    """Every phrase of the case tables (``tests/cases/figures*.csv``), and, with *normalised*,
    each one's normalised form too (what the engine's steps after :func:`normalise` see)."""
    from analysis.figures.normalise import normalise

    found: set[str] = set()
    for path in sorted(CASES.glob("figures*.csv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                text = row.get("phrase") or ""
                found.add(text)
                if normalised:
                    found.add(normalise(text))
    return found


def spread(items: Sequence[Any], at_most: int) -> list[Any]:
    """Return at most *at_most* of *items*, evenly spaced in their order (the same every run).

    The tests that walk every case phrase, or every rewrite of every table over them, grew
    with each labelled round and each rule until the suite passed its 10-minute budget
    (10:39 in a fresh-clone run, 2026-12-07); they take a fixed number now. A change to the
    engine is still checked on every phrase by ``benchmarks/compare_figures.py``.

    Parameters
    ----------
    items : sequence
        What a test walks, in a fixed order (sorted, or as the case files hold it).
    at_most : int
        The most items to return (at least one).

    Returns
    -------
    list
        Every ``ceil(len(items) / at_most)``-th item, from the first.
    """
    step = max(-(-len(items) // max(at_most, 1)), 1)
    return list(items[::step])


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
    return set().union(*(_phrases_of(path) for path in sorted(cases.glob("*.csv"))
                         if path.name not in own))


@functools.cache
def _phrases_of(path: Path) -> frozenset[str]:
    """Return the phrases (stripped, lower case) of one case table, read once a process: every
    round's novelty test reads every other table, about 100 tests reading some 110 files each
    (32 s of the suite's CPU when each read them again, 2026-12-07)."""
    with path.open(encoding="utf-8") as fh:
        return frozenset(row["phrase"].strip().lower() for row in csv.DictReader(fh)
                         if row.get("phrase"))


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


def case_test(
    cases: Sequence[Any],
    check: Callable[..., None] = assert_reads_as,
    argnames: str | None = None,
    ids: Sequence[str] | None = None,
    **fixed: object,
) -> Callable[..., None]:
    """Return a test that runs *check* on every case of a hand-written list.

    Parameters
    ----------
    cases : sequence
        The rows, each a tuple of the check's arguments in its order (after those *fixed*);
        a single value per row when the check takes one argument.
    check : callable
        The assertion run on a row (:func:`assert_reads_as` unless named; the others of this
        module, or of ``tests/article_sets.py``).
    argnames : str, optional
        The columns of a row, comma-separated, when they are not the check's arguments
        without a default in order; a column the check does not take (a row's label, such as
        a class's ``kind``) is given to pytest's id only.
    ids : sequence of str, optional
        The test ids, one a row, where pytest's own would not say the row (long texts; see
        ``article_sets.kind_ids``).
    **fixed
        Arguments given to the check on every row (a qualifier or a date the rows share).

    Returns
    -------
    callable
        A test parametrized over *cases* with pytest's ids (the phrase and the values in
        the id), to be assigned to a name starting with ``test_`` in the per-class module.
    """
    takes = inspect.signature(check).parameters
    if argnames is None:
        names = [n for n, p in takes.items()
                 if p.default is inspect.Parameter.empty and n not in fixed]
    else:
        names = [n.strip() for n in argnames.split(",")]
    passed = [n for n in names if n in takes]

    def test(**case: object) -> None:
        check(**{n: case[n] for n in passed}, **fixed)

    test.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in names])
    test.__doc__ = f"{check.__name__} on every row."
    return pytest.mark.parametrize(names, cases, ids=ids)(test)


def table_test(name: str, known_misses: set[tuple[str, str]] | None = None) -> Callable[..., None]:
    """Return a test that checks every row of a labelled case table, one test item a row.

    Parameters
    ----------
    name : str
        The case table (``tests/cases/<name>``; see :func:`read_right` for its columns).
    known_misses : set of (lang, phrase), optional
        Rows the engine is known to misread (see :func:`assert_reads_right`).

    Returns
    -------
    callable
        A test parametrized over the rows, with the ids ``<lang>-<row number>``.
    """
    with (CASES / name).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    misses = known_misses or set()

    @pytest.mark.parametrize("row", rows, ids=[f"{r['lang']}-{k}" for k, r in enumerate(rows)])
    def test(row: dict[str, str]) -> None:
        assert_reads_right(row, misses)

    return test
