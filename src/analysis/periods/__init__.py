"""Reported periods as intervals with a precision.

A claim's period phrase ("since October", "in just three days", "先週",
"le 23 décembre") becomes an interval ``start .. end`` (both inclusive) plus a
precision, in the spirit of UCDP's ``date_prec`` and ACLED's ``time_precision``,
never a falsely exact point. Relative phrases resolve against the publication
date; without one they are ``unresolved``, not guessed. Nothing here reads the
clock.

The conventions are documented in ``docs/codebook.md`` (section "Periods"); the
language tables are in :mod:`analysis.lang` (``PERIODS`` of each language module).

The engine, step by step:

=================  ================================================================
module             step
=================  ================================================================
``tokens``         normalise the phrase; numeric patterns; one tagger per language
``grammar``        join numbers with their markers; split at connectors; one
                   :class:`~analysis.periods.grammar.Fields` per segment
``rules``          place one segment on the calendar, one module per rule family
``interpret``      the connectors (range, since, until); the choice of a table
``calendar``       interval arithmetic; :func:`to_date`
``model``          :class:`Period` and the engine's internal types
=================  ================================================================

This package is pure: it imports only the standard library, numpy, pandas, the
word tables (:mod:`analysis.lang`) and the text helpers (:mod:`analysis.text`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from analysis.periods.calendar import to_date
from analysis.periods.interpret import parse_cached as _parse_cached
from analysis.periods.model import PRECISIONS, STATUSES, UNPARSED, Period
from analysis.text.vectorise import distinct

__all__ = [
    "PRECISIONS",
    "STATUSES",
    "Period",
    "explain_period",
    "parse_period",
    "parse_periods",
    "to_date",
]


def explain_period(
    text: str, published: date | str | None = None, lang: str | None = None
) -> tuple[Period, str]:
    """Parse a period phrase and name the codebook rule that resolved it.

    Parameters
    ----------
    text : str
        The period phrase as reported.
    published : datetime.date or str or None
        Publication date (ISO string accepted); relative phrases resolve against it.
    lang : str or None
        ISO 639-1 code of the phrase; its table is tried first.

    Returns
    -------
    tuple of (Period, str)
        The period and the rule name (see the codebook), e.g. ``"since"``.
    """
    if not isinstance(text, str):
        return UNPARSED, "empty"
    lang = lang if isinstance(lang, str) and lang.strip() else None
    return _parse_cached(text, to_date(published), lang)


def parse_period(text: str, published: date | str | None = None, lang: str | None = None) -> Period:
    """Parse a reported period phrase into an interval with a precision.

    Parameters
    ----------
    text : str
        The period phrase as reported ("since October", "先週", "le 23 décembre").
    published : datetime.date or str or None
        Publication date of the article (ISO string accepted). Relative phrases
        resolve against it; without it they come back ``unresolved``.
    lang : str or None
        ISO 639-1 language code; its table is tried first, then the others.

    Returns
    -------
    Period
        ``Period(start, end, precision, status)``; a phrase that is not understood is
        ``unparsed``, not an error.

    Examples
    --------
    >>> parse_period("since October", "2024-12-19")
    Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 12, 19), \
precision='span', status='ok')
    """
    return explain_period(text, published, lang)[0]


def _objects(values: Any) -> Any:
    """Return a Series or array as an object array (the fastest to factorize), else *values*."""
    if isinstance(values, pd.Series | pd.Index | np.ndarray):
        return np.asarray(values, dtype=object)
    return values


def parse_periods(
    texts: Iterable[str] | pd.Series,
    published: Any = None,
    lang: Any = None,
) -> pd.DataFrame:
    """Vectorised :func:`parse_period`.

    Each distinct (text, published, lang) triple is parsed once and the results
    are broadcast back to the rows (:func:`analysis.text.vectorise.distinct`).

    Parameters
    ----------
    texts : iterable of str or pandas.Series
        Period phrases; missing values count as empty.
    published : scalar or array-like, optional
        One publication date for all rows, or one per row (aligned on position).
    lang : scalar or array-like, optional
        One language code for all rows, or one per row.

    Returns
    -------
    pandas.DataFrame
        Columns ``start``, ``end`` (datetime64, NaT when absent), ``precision``,
        ``status`` and ``rule``; the index of *texts* when it is a Series.

    Raises
    ------
    ValueError
        When *published* or *lang* is array-like and its length differs from *texts*'.
    """
    index = texts.index if isinstance(texts, pd.Series) else None
    t = pd.Series(texts, dtype=object) if not isinstance(texts, pd.Series) else texts
    rows = distinct(_objects(t), _objects(published), _objects(lang), length=len(t))
    readings = [
        explain_period(text if isinstance(text, str) else "", pub, code)
        for text, pub, code in rows.keys
    ]
    take = rows.codes
    starts = pd.Series([p.start for p, _ in readings], dtype=object)
    ends = pd.Series([p.end for p, _ in readings], dtype=object)
    return pd.DataFrame(
        {
            "start": pd.to_datetime(starts).to_numpy()[take],
            "end": pd.to_datetime(ends).to_numpy()[take],
            "precision": np.asarray([p.precision for p, _ in readings], dtype=object)[take],
            "status": np.asarray([p.status for p, _ in readings], dtype=object)[take],
            "rule": np.asarray([rule for _, rule in readings], dtype=object)[take],
        },
        index=index,
    )
