"""Shared by the held-out figure tests: is a labelled row read right by the engine?"""

from __future__ import annotations

import math

from analysis.figures import parse_figure


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
