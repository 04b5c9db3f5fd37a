"""Reading a column of reported figures: each distinct phrase once, the readings broadcast back.

Split from :mod:`~.engine` (the module-size budget, 30sp), whose phrase cache it reads through.
"""

from __future__ import annotations

import gc
from typing import Final

import numpy as np
import pandas as pd

from analysis.figures.engine import _cached
from analysis.figures.model import QUALIFIERS, RELATIONS, STATUSES, UNITS
from analysis.text.vectorise import distinct

__all__ = ["parse_figures"]

_QUAL_CODE: Final = {q: k for k, q in enumerate(QUALIFIERS)}
_REL_CODE: Final = {r: k for k, r in enumerate(RELATIONS)}
_STATUS_CODE: Final = {s: k for k, s in enumerate(STATUSES)}
_UNIT_CODE: Final = {u: k for k, u in enumerate(UNITS)}


def parse_figures(texts: pd.Series, lang: pd.Series | str | None = None) -> pd.DataFrame:
    """Read a column of reported figures.

    Each distinct (text, language) pair is parsed once and the results are
    broadcast back (:func:`analysis.text.vectorise.distinct`), so a column with
    realistic repetition costs little more than its distinct phrases.

    Parameters
    ----------
    texts : pandas.Series
        Figures as reported; missing values give unparsed rows.
    lang : pandas.Series or str, optional
        ISO 639-1 hints, one per row (a Series or any list-like, aligned on position)
        or one for all.

    Returns
    -------
    pandas.DataFrame
        Columns ``low, best, high`` (float64) and ``unit, qualifier,
        relation, status`` (categorical), with the index of *texts*.
    """
    # the cyclic collector paused over the batch, then left as it was: each phrase read keeps
    # its figure, and a column of new phrases would otherwise have the collector go through
    # the growing cache (and the column's distinct keys) again and again (30sp)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read_column(texts, lang)
    finally:
        if collecting:
            gc.enable()


def _read_column(texts: pd.Series, lang: pd.Series | str | None) -> pd.DataFrame:
    """Return :func:`parse_figures` of *texts* (the collector paused by the caller)."""
    d = distinct(texts, lang)
    m = len(d.keys)
    low = np.empty(m, dtype=np.float64)
    best = np.empty(m, dtype=np.float64)
    high = np.empty(m, dtype=np.float64)
    unit = np.empty(m, dtype=np.int8)
    qual = np.empty(m, dtype=np.int8)
    rel = np.empty(m, dtype=np.int8)
    status = np.empty(m, dtype=np.int8)
    for k, (text, hint) in enumerate(d.keys):
        f = _cached(text, hint)
        low[k], best[k], high[k] = f.low, f.best, f.high
        unit[k] = _UNIT_CODE[f.unit]
        qual[k] = _QUAL_CODE[f.qualifier]
        rel[k] = _REL_CODE[f.relation]
        status[k] = _STATUS_CODE[f.status]
    codes = d.codes
    return pd.DataFrame(
        {
            "low": low.take(codes),
            "best": best.take(codes),
            "high": high.take(codes),
            "unit": _categorical(unit, codes, UNITS),
            "qualifier": _categorical(qual, codes, QUALIFIERS),
            "relation": _categorical(rel, codes, RELATIONS),
            "status": _categorical(status, codes, STATUSES),
        },
        index=texts.index,
    )


def _categorical(arr: np.ndarray, codes: np.ndarray, cats: tuple[str, ...]) -> pd.Categorical:
    """Return the column of the distinct rows' codes *arr* broadcast to the rows (*codes*)."""
    return pd.Categorical.from_codes(arr.take(codes), categories=list(cats))
