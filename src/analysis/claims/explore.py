"""Short, documented answers to the daily questions about the claims table.

These are the functions the notebooks call: load the processed claims, select by metric
and date, count. They never write files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from analysis.claims.schema import read_claim_groups, read_claims, read_review_queue

load_claims = read_claims
"""Load the processed claims table (``data/processed/claims.csv``): one row per claim row,
with ``id``, ``sheet`` and ``line`` for provenance (:func:`analysis.claims.schema.read_claims`)."""

load_claim_groups = read_claim_groups
"""Load the claim groups (``data/processed/claim_groups.csv``): one row per statement, with its
combined figure. Same as :func:`analysis.claims.schema.read_claim_groups`."""


def publication_dates(claims: pd.DataFrame) -> pd.Series:
    """Return each claim's publication date (``NaT`` where the page shows none).

    Parameters
    ----------
    claims : pandas.DataFrame
        A claims table with a ``published`` column of ISO dates or empty strings.

    Returns
    -------
    pandas.Series
        ``datetime64`` dates, same index.
    """
    return pd.to_datetime(claims["published"].replace("", None), format="%Y-%m-%d",
                          errors="coerce")


def select_claims(
    claims: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    claimants: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Select claims by metric, by publication date and by claimant.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    metrics : sequence of str, optional
        Metrics to keep (e.g. ``["killed", "wounded"]``); empty or ``None`` keeps all.
    start, end : str, optional
        ISO dates, inclusive. When either is given, claims without a publication date
        are left out (they cannot be placed in time); when neither is, they are kept.
    claimants : sequence of str, optional
        Canonical claimants to keep (see :func:`find_claimants`); empty or ``None`` keeps all.

    Returns
    -------
    pandas.DataFrame
        The selected rows, in their original order.

    Raises
    ------
    ValueError
        When ``metrics`` names a metric absent from the table, or a date does not parse.
    """
    selected = claims
    if claimants:
        selected = selected[selected["claimant"].isin(list(claimants))]
    if metrics:
        unknown = sorted(set(metrics) - set(claims["metric"]))
        if unknown:
            known = ", ".join(sorted(set(claims["metric"])))
            raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {known}")
        selected = selected[selected["metric"].isin(list(metrics))]
    if start or end:
        dates = publication_dates(selected)
        keep = dates.notna()
        if start:
            keep &= dates >= pd.Timestamp(start)
        if end:
            keep &= dates <= pd.Timestamp(end)
        selected = selected[keep]
    return selected


def find_claimants(table: pd.DataFrame, text: str) -> list[str]:
    """Find canonical claimants by a word or words of their name.

    Parameters
    ----------
    table : pandas.DataFrame
        The claims or the claim groups (any table with a ``claimant`` column).
    text : str
        Whole words of the name, any case: ``"NIS"``, ``"Zelensky"``, ``"south korea"``.
        Matching is on word boundaries, so ``"NIS"`` does not match "Mi*nis*try".

    Returns
    -------
    list of str
        The matching canonical claimants, sorted; pass them to ``statements.statements``
        or to ``claims["claimant"].isin(...)``.

    Raises
    ------
    ValueError
        When nothing matches (the message lists the claimants with most rows).
    """
    names = sorted(set(table["claimant"]))
    pattern = re.compile(rf"(?<!\w){re.escape(text.strip())}(?!\w)", re.IGNORECASE)
    found = [name for name in names if text.strip() and pattern.search(name)]
    if not found:
        common = ", ".join(table["claimant"].value_counts().index[:8])
        raise ValueError(f"no claimant matches {text!r}; most frequent: {common}")
    return found


def claims_by(claims: pd.DataFrame, column: str) -> pd.DataFrame:
    """Count claims, outlets and languages per value of ``column``.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table (or a selection of it).
    column : str
        The column to group by, e.g. ``"metric"``.

    Returns
    -------
    pandas.DataFrame
        One row per value, sorted by number of claims (descending) then value: columns
        ``claims``, ``outlets``, ``languages``, ``first_published``, ``last_published``
        and ``undated`` (claims whose page shows no date).
    """
    dates = publication_dates(claims)
    grouped = claims.assign(_date=dates).groupby(column, sort=True)
    table = pd.DataFrame({
        "claims": grouped.size(),
        "outlets": grouped["outlet"].nunique(),
        "languages": grouped["language"].nunique(),
        "first_published": grouped["_date"].min().dt.strftime("%Y-%m-%d"),
        "last_published": grouped["_date"].max().dt.strftime("%Y-%m-%d"),
        "undated": grouped["_date"].apply(lambda s: int(s.isna().sum())),
    })
    table = table.fillna({"first_published": "", "last_published": ""})
    return table.sort_values("claims", ascending=False, kind="stable")


def monthly_counts(
    claims: pd.DataFrame, column: str = "metric", top: int | None = None
) -> pd.DataFrame:
    """Count dated claims per publication month and value of ``column``.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table (or a selection of it).
    column : str
        One series per value of this column.
    top : int, optional
        Keep the ``top`` values with most claims as series and add the others up in a
        last column ``"all others"``; ``None`` keeps every value.

    Returns
    -------
    pandas.DataFrame
        Index: every month (``YYYY-MM``) from the first to the last dated claim, gaps
        filled with 0; one integer column per value, ordered by total (descending).
    """
    dates = publication_dates(claims)
    dated = claims.assign(month=dates.dt.to_period("M")).dropna(subset=["month"])
    if dated.empty:
        return pd.DataFrame(index=pd.Index([], name="month"))
    table = pd.crosstab(dated["month"], dated[column])
    months = pd.period_range(table.index.min(), table.index.max(), freq="M")
    table = table.reindex(months, fill_value=0)
    order = table.sum().sort_values(ascending=False, kind="stable").index
    table = table.loc[:, order]
    if top is not None and len(order) > top:
        others = table.iloc[:, top:].sum(axis=1)
        table = table.iloc[:, :top].assign(**{"all others": others})
    table.index = table.index.strftime("%Y-%m")
    table.index.name = "month"
    table.columns.name = column
    return table.astype("int64")


def busiest_month(monthly: pd.DataFrame) -> str:
    """State the month with most claims as a chart title.

    Parameters
    ----------
    monthly : pandas.DataFrame
        The output of :func:`monthly_counts`.

    Returns
    -------
    str
        For example ``"Most claims were published in December 2024 (41)"``; the earliest
        month wins a tie.
    """
    if monthly.empty:
        return "No dated claims in this selection"
    totals = monthly.sum(axis=1)
    month = totals.idxmax()
    label = pd.Period(month, freq="M").strftime("%B %Y")
    return f"Most claims were published in {label} ({int(totals.max())})"


load_review_queue = read_review_queue
"""Load the review queue, what an editor must look at: one row per item, ``kind, id, sheet,
line, claim_group, detail, url`` (:func:`analysis.claims.schema.read_review_queue`)."""


def review_counts(claims: pd.DataFrame, queue: pd.DataFrame | None = None) -> pd.DataFrame:
    """Count review-queue items that concern the given claims, by kind.

    Parameters
    ----------
    claims : pandas.DataFrame
        A selection of claims (with ``id``).
    queue : pandas.DataFrame, optional
        The review queue (default: :func:`load_review_queue`).

    Returns
    -------
    pandas.DataFrame
        Columns ``kind`` and ``items``, in the queue's order of kinds; empty kinds left out.
    """
    queue = load_review_queue() if queue is None else queue
    mine = queue[queue["id"].isin(set(claims["id"]))]
    counts = mine.groupby("kind", sort=False).size()
    return counts.rename("items").reset_index()
