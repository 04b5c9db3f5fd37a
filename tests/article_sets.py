"""Shared by the article class tests: which figures, metrics and sources a text is read with.

How a per-class article test file (``tests/test_articles_classes_<id>.py``) is written
-------------------------------------------------------------------------------------
As a figure class file (``tests/figure_sets.py``): the module docstring says the decision,
the lists hold the hand-written texts with what must be read, and each test is ONE line that
gives a list to :func:`figure_sets.case_test` with one of the checks below::

    FIRED = [
        ("en", "North Korea fired at least one missile ...", []),
    ]
    test_a_launch_is_no_sending = case_test(FIRED, assert_figures_read)
    test_claimants = case_test(CLAIMANTS, assert_figures_read,
                               columns=("figure_text", "claimant"))
    test_the_leader_is_no_source = case_test(LEADER, assert_claimant, published=PUBLISHED)

A keyword fixes what every row shares (``published``, ``columns``, a ``claimant``);
``argnames="kind, lang, text, figure, claimant"`` names the columns when a row holds a label
the check does not take (``ids=kind_ids(CASES)`` then names a test item by kind and
language). The checks, by the row they take:

* ``(lang, text, expected)``, every figure read, in order: :func:`assert_figures_read`
  (``expected`` a list of ``(figure_text, metric)``, or of the ``columns`` named);
* ``(lang, text, figure, claimant)``, the source of the first figure whose text holds
  *figure* (``whole=True``: is *figure*): :func:`assert_claimant`;
* ``(lang, text, figure, metric)``, the metric of that figure, ``None`` when none is read:
  :func:`assert_first_metric`;
* ``(kind, lang, text, [published,] figure, metric / claimant)``, a class's positive and
  negative cases (``kind`` as ``"A+"``, ``"A-"``): :func:`assert_one_figure`, with
  :func:`signed_classes_test` checking every class has both signs in each language.

A check that none of these makes is written here (typed, numpy docstring, a message naming
the text), not as a test body in the per-class file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from analysis.articles import extract_figures

ANY: Any = object()
"""A metric or claimant left unchecked by :func:`assert_one_figure`."""


def figures_read(
    text: str,
    lang: str,
    columns: Sequence[str] = ("figure_text", "metric"),
    published: str | None = None,
) -> list[Any]:
    """Return the figures read in *text*, in order, as tuples of *columns*.

    Parameters
    ----------
    text, lang : str
        The text and its language.
    columns : sequence of str
        The columns of :func:`analysis.articles.extract_figures` wanted; with one column,
        its values rather than 1-tuples.
    published : str, optional
        The publication date (ISO), when the reading depends on it.

    Returns
    -------
    list
        One tuple (or value) a figure.
    """
    found = extract_figures(text, lang, published)
    rows = list(zip(*(found[c] for c in columns), strict=True)) if len(found) else []
    return [r[0] for r in rows] if len(columns) == 1 else rows

FIELDS = ("figure_text", "metric", "claimant", "best")
"""The fields the rule tests compare: what was found, what it counts, whose it is, its value."""


def fields_read(text: str, lang: str, published: str | None = None) -> list[list]:
    """Return :func:`figures_read` of :data:`FIELDS` as lists (what a rule test compares)."""
    return [list(row) for row in figures_read(text, lang, FIELDS, published)]



def assert_figures_read(
    lang: str,
    text: str,
    expected: list[Any],
    columns: Sequence[str] = ("figure_text", "metric"),
    published: str | None = None,
) -> None:
    """Assert that *text* is read with exactly the figures *expected*, in order.

    Parameters
    ----------
    lang, text : str
        The language and the text.
    expected : list
        The figures written by hand (see :func:`figures_read`).
    columns : sequence of str
        The columns compared, ``(figure_text, metric)`` unless named.
    published : str, optional
        The publication date (ISO).
    """
    got = figures_read(text, lang, columns, published)
    assert got == expected, (text, got)


def first_row(
    text: str, lang: str, figure: str, published: str | None = None, whole: bool = False
) -> dict[str, Any] | None:
    """Return the first figure read whose text holds *figure* (is it, with *whole*), or None.

    Parameters
    ----------
    text, lang : str
        The text and its language.
    figure : str
        The figure's text, or a part of it.
    published : str, optional
        The publication date (ISO).
    whole : bool, default False
        Match the figure's whole text.

    Returns
    -------
    dict or None
        The row of :func:`analysis.articles.extract_figures`, as a dict.
    """
    found = extract_figures(text, lang, published)
    for row in found.to_dict("records") if len(found) else []:
        if row["figure_text"] == figure or (not whole and figure in row["figure_text"]):
            return row
    return None


def assert_claimant(
    lang: str,
    text: str,
    figure: str,
    claimant: str | None,
    published: str | None = None,
    whole: bool = False,
) -> None:
    """Assert the source of the figure *figure* (see :func:`first_row`); None: no such figure.

    Parameters
    ----------
    lang, text, figure : str
        The language, the text and the figure's text (or a part of it).
    claimant : str or None
        The claimant written by hand.
    published : str, optional
        The publication date (ISO).
    whole : bool, default False
        Match the figure's whole text.
    """
    row = first_row(text, lang, figure, published, whole)
    assert (row["claimant"] if row else None) == claimant, (text, figure, row)


def assert_first_metric(
    lang: str, text: str, figure: str, metric: str | None, published: str | None = None
) -> None:
    """Assert the metric of the figure *figure* (see :func:`first_row`); None: none is read.

    Parameters
    ----------
    lang, text, figure : str
        The language, the text and a part of the figure's text.
    metric : str or None
        The metric written by hand.
    published : str, optional
        The publication date (ISO).
    """
    row = first_row(text, lang, figure, published)
    assert (row["metric"] if row else None) == metric, (text, figure, row)


def assert_one_figure(
    lang: str,
    text: str,
    figure: str,
    metric: str | None = ANY,
    claimant: str | None = ANY,
    published: str | None = None,
) -> None:
    """Assert *text* reads one figure holding *figure*, with this metric and this source.

    Parameters
    ----------
    lang, text, figure : str
        The language, the text and a part of the figure's text.
    metric : str or None, optional
        The metric written by hand; ``None``: no figure holding *figure* is read at all.
        Unchecked when not given.
    claimant : str or None, optional
        The claimant written by hand; unchecked when None or not given.
    published : str, optional
        The publication date (ISO).
    """
    rows = extract_figures(text, lang, published)
    found = rows[rows["figure_text"].str.contains(figure, regex=False)]
    if metric is None:
        assert found.empty, (text, found[["figure_text", "metric"]].to_string())
        return
    assert len(found) == 1, (text, rows[["figure_text", "metric", "claimant"]].to_string())
    row = found.iloc[0]
    if metric is not ANY:
        assert row["metric"] == metric, (text, figure, row["metric"], row["why"])
    if claimant is not ANY and claimant is not None:
        assert row["claimant"] == claimant, (text, figure, row["claimant"], row["why"])


def kind_ids(cases: Sequence[Sequence[Any]]) -> list[str]:
    """Return the test ids ``<kind>-<lang>-<row number>`` of rows ``(kind, lang, ...)``.

    Parameters
    ----------
    cases : sequence
        Rows starting with a class's kind and the language.

    Returns
    -------
    list of str
        One id a row.
    """
    return [f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(cases)]


def signed_classes_test(cases: Sequence[Sequence[Any]]) -> Callable[[], None]:
    """Return a test that every class of *cases* has a positive and a negative per language.

    Parameters
    ----------
    cases : sequence
        Rows ``(kind, lang, ...)``, ``kind`` a class letter and a sign (``"A+"``, ``"C1-"``).

    Returns
    -------
    callable
        The test, to be assigned to a name starting with ``test_``.
    """

    def test() -> None:
        kinds = {(c[0][:-1], c[1], c[0][-1]) for c in cases}
        for cls, lang, _sign in kinds:
            assert {(cls, lang, "+"), (cls, lang, "-")} <= kinds, (cls, lang)

    return test
