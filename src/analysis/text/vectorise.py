"""Parse each distinct value once: factorize, call on the distinct rows, broadcast back.

Ledger columns repeat a few thousand phrases over many rows, so every vectorised parser
(figures, periods, publication dates) follows the same pattern:

1. :func:`distinct` factorizes one or more columns together into per-row ``codes`` and
   the list of distinct ``keys`` (one tuple per distinct row);
2. the caller computes one result per key;
3. the results are broadcast back with ``numpy.take(results, codes)`` (or
   :func:`map_distinct` does steps 2 and 3 for a plain Python function).

Missing values (None, NaN, NaT, ``pd.NA``) are all the same key part, ``None``.

>>> import pandas as pd
>>> d = distinct(pd.Series(["a", "b", "a", None]), "en")
>>> d.codes.tolist(), d.keys
([0, 1, 0, 2], [('a', 'en'), ('b', 'en'), (None, 'en')])
>>> map_distinct(lambda text, lang: f"{text}/{lang}", ["x", "y", "x"], ["en", "de", "en"])
['x/en', 'y/de', 'x/en']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

__all__ = ["Distinct", "distinct", "map_distinct"]


class Distinct(NamedTuple):
    """Distinct rows of one or more columns.

    Attributes
    ----------
    codes : numpy.ndarray
        One ``intp`` per row: the index of its key in :attr:`keys`.
    keys : list of tuple
        The distinct rows, one tuple of column values each (missing values as None), in
        order of first appearance, except that a single column's missing value comes last.
    """

    codes: np.ndarray
    keys: list[tuple[Any, ...]]


def _factorize(column: Any) -> tuple[np.ndarray, list[Any]]:
    """Codes (-1 for missing) and the distinct values of one column, as Python objects."""
    if not isinstance(column, pd.Series | pd.Index | pd.api.extensions.ExtensionArray | np.ndarray):
        column = pd.Series(list(column), dtype=object)
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    values = uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)
    return codes, values


def _one_column(column: Any) -> tuple[np.ndarray, list[list[Any]]]:
    codes, values = _factorize(column)
    missing = codes < 0
    if missing.any():
        codes = np.where(missing, len(values), codes)
        values.append(None)
    return codes, [values]


def _several_columns(arrays: list[Any]) -> tuple[np.ndarray, list[list[Any]]]:
    codes: np.ndarray | None = None
    column_values: list[list[Any]] = []
    picks: list[np.ndarray] = []  # per column: each key's index into its values
    for column in arrays:
        col_codes, values = _factorize(column)
        values = [None, *values]  # code 0 = missing
        column_values.append(values)
        col_codes = col_codes.astype(np.int64, copy=False)
        if codes is None:
            col_codes += 1
            codes = col_codes
            picks.append(np.arange(len(values)))
            continue
        # the key of a row so far times this column's width plus its code, in place
        # (no row-sized copies: a column may hold millions of rows)
        width = len(values)
        codes *= width
        codes += col_codes
        codes += 1
        del col_codes
        codes, uniques = pd.factorize(codes)
        uniques = np.asarray(uniques, dtype=np.int64)
        picks = [pick[uniques // width] for pick in picks]
        picks.append(uniques % width)
    parts = [
        [values[i] for i in pick.tolist()]
        for values, pick in zip(column_values, picks, strict=True)
    ]
    return codes, parts  # type: ignore[return-value]


def distinct(*columns: Any, length: int | None = None) -> Distinct:
    """Factorize columns together into per-row codes and the distinct rows.

    Parameters
    ----------
    *columns : array-like or scalar
        Series, arrays or lists of equal length, aligned on position (not on index);
        a scalar (a string, None, a date ...) stands for a column holding that value on
        every row.
    length : int, optional
        Number of rows; needed only when every column is a scalar.

    Returns
    -------
    Distinct
        ``codes`` (one per row) and ``keys`` (one tuple per distinct row, with one
        value per column, in the order of *columns*).

    Raises
    ------
    ValueError
        When the columns differ in length, or no column and no length is given.
    """
    list_like = [pd.api.types.is_list_like(c) for c in columns]
    arrays = [c for c, is_array in zip(columns, list_like, strict=True) if is_array]
    n = length if length is not None else (len(arrays[0]) if arrays else None)
    if n is None:
        raise ValueError("distinct() needs a column or a length")
    if any(len(a) != n for a in arrays):
        raise ValueError("distinct() columns differ in length")
    parts: list[list[Any]]  # (typed for mypy, which the figure engine's compile runs)
    if not arrays:
        codes, parts, m = np.zeros(n, dtype=np.intp), [], 1 if n else 0
    else:
        one = len(arrays) == 1
        codes, parts = _one_column(arrays[0]) if one else _several_columns(arrays)
        m = len(parts[0])
    found = iter(parts)
    full = [
        next(found) if is_array else [None if _missing(c) else c] * m
        for c, is_array in zip(columns, list_like, strict=True)
    ]
    keys = list(zip(*full, strict=True)) if full else [()] * m
    return Distinct(codes.astype(np.intp, copy=False), keys)


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def map_distinct(func: Callable[..., Any], *columns: Any, length: int | None = None) -> list[Any]:
    """Call *func* once per distinct row of *columns* and return one result per row.

    Parameters
    ----------
    func : callable
        Called as ``func(value_1, value_2, ...)`` with one value per column (missing
        values as None), once per distinct combination.
    *columns : array-like or scalar
        As for :func:`distinct`.
    length : int, optional
        As for :func:`distinct`.

    Returns
    -------
    list
        ``func``'s result for each row, in row order (rows with equal values share the
        same result object).
    """
    d = distinct(*columns, length=length)
    results = [func(*key) for key in d.keys]
    return [results[c] for c in d.codes.tolist()]
