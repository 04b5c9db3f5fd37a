"""Statements (claim groups) as the story notebooks use them.

A claim group is one claimant's statement; its echoes in many outlets are not new
evidence. The deployment and casualty notebooks therefore chart and compare *statements*
(``claim_groups.csv``), with their low / best / high kept, never single best values.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.claims.grouping import ROUNDING, UNSPECIFIED_CLAIMANTS


def figure_kind(low: float, best: float, high: float) -> str:
    """Say how a combined figure is bounded: exact, range, at_least, at_most or unknown.

    Parameters
    ----------
    low, best, high : float
        The figure (NaN where open or unknown).

    Returns
    -------
    str
        ``unknown`` (no best), ``at_least`` (open above), ``at_most`` (open below),
        ``range`` (low < high) or ``exact``.
    """
    if pd.isna(best):
        return "unknown"
    if pd.isna(high):
        return "at_least"
    if pd.isna(low):
        return "at_most"
    return "range" if low < high else "exact"


def statements(
    groups: pd.DataFrame,
    metrics: Sequence[str],
    claimants: Sequence[str] | None = None,
    as_of: str | None = None,
) -> pd.DataFrame:
    """Select the statements of some metrics, dated by their first report.

    Parameters
    ----------
    groups : pandas.DataFrame
        The claim groups.
    metrics : sequence of str
        Metrics to keep (the group's metric).
    claimants : sequence of str, optional
        Canonical claimants to keep; empty or ``None`` keeps all.
    as_of : str, optional
        ISO date: keep statements first reported on or before it.

    Returns
    -------
    pandas.DataFrame
        Dated statements with a parsed ``date`` and a ``kind`` (:func:`figure_kind`),
        sorted by date and group. Statements with no date or no figure are left out
        (they cannot be placed on a chart).
    """
    chosen = groups[groups["metric"].isin(list(metrics))].copy()
    if claimants:
        chosen = chosen[chosen["claimant"].isin(list(claimants))]
    chosen["date"] = pd.to_datetime(chosen["first_reported"].replace("", None),
                                    format="%Y-%m-%d", errors="coerce")
    chosen = chosen[chosen["date"].notna() & chosen["best"].notna()]
    if as_of:
        chosen = chosen[chosen["date"] <= pd.Timestamp(as_of)]
    chosen["kind"] = [figure_kind(lo, b, hi) for lo, b, hi in
                      zip(chosen["low"], chosen["best"], chosen["high"], strict=True)]
    return chosen.sort_values(["date", "claim_group"], kind="stable", ignore_index=True)


def latest_by_claimant(chosen: pd.DataFrame) -> pd.DataFrame:
    """Each claimant's latest statement (the last first-reported; ties: the highest best).

    Parameters
    ----------
    chosen : pandas.DataFrame
        Output of :func:`statements`.

    Returns
    -------
    pandas.DataFrame
        One row per claimant: ``claimant, date, low, best, high, kind, rows, claim_group``,
        sorted by best (descending) then claimant.
    """
    if chosen.empty:
        return chosen.assign(date=pd.Series(dtype="datetime64[ns]"))
    ordered = chosen.sort_values(["claimant", "date", "best"], kind="stable")
    latest = ordered.groupby("claimant", sort=True).tail(1)
    columns = ["claimant", "date", "low", "best", "high", "kind", "rows", "claim_group"]
    return latest.loc[:, columns].sort_values(["best", "claimant"], ascending=[False, True],
                                              kind="stable", ignore_index=True)


def casualty_shares(casualties: pd.DataFrame, deployments: pd.DataFrame) -> pd.DataFrame:
    """Casualties as a share of the same claimant's latest deployment figure at that date.

    Parameters
    ----------
    casualties : pandas.DataFrame
        Casualty statements (:func:`statements`).
    deployments : pandas.DataFrame
        Deployment statements (:func:`statements`, metric ``deployed``).

    Returns
    -------
    pandas.DataFrame
        One row per casualty statement that has a deployment statement of the same
        claimant on or before its date: the casualty figure, the deployment figure and
        the share as low / best / high in percent (rounded to 0.1). The share's low
        divides the lowest casualty figure by the highest deployment figure, its high
        the highest by the lowest; an open bound stays open (NaN).
    """
    rows = []
    for item in casualties.itertuples():
        base = deployments[(deployments["claimant"] == item.claimant)
                           & (deployments["date"] <= item.date)]
        if base.empty:
            continue
        dep = base.iloc[-1]
        share_best = 100 * item.best / dep["best"]
        share_low = (100 * item.low / dep["high"]
                     if pd.notna(item.low) and pd.notna(dep["high"]) else np.nan)
        share_high = (100 * item.high / dep["low"]
                      if pd.notna(item.high) and pd.notna(dep["low"]) else np.nan)
        rows.append({
            "claimant": item.claimant, "date": item.date, "metric": item.metric,
            "casualties": item.best, "deployed": dep["best"],
            "deployment_date": dep["date"], "share_low": share_low, "share_best": share_best,
            "share_high": share_high, "claim_group": item.claim_group,
            "deployment_group": dep["claim_group"],
        })
    table = pd.DataFrame(rows)
    if not table.empty:
        shares = ["share_low", "share_best", "share_high"]
        table[shares] = table[shares].round(1)
    return table


def article_check(claims: pd.DataFrame, groups: pd.DataFrame, article_url: str) -> pd.DataFrame:
    """Check every figure an article reports against the statement it reports.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    groups : pandas.DataFrame
        The claim groups.
    article_url : str
        The article's URL, as in the ledger.

    Returns
    -------
    pandas.DataFrame
        One row per figure in the article: what the article says (metric, figure), its
        claim group, what the claimant's statement is (metric, low / best / high), how
        many other outlets reported it and in which languages, and ``flags``: where the
        article departs from the statement (another metric, another figure beyond
        rounding, a firmer qualifier), or ``""``.

    Raises
    ------
    ValueError
        When the URL is not in the ledger (the message lists close matches).
    """
    mine = claims[claims["url"] == article_url]
    if mine.empty:
        hint = claims.loc[claims["url"].str.contains(article_url.rstrip("/").split("/")[-1],
                                                     regex=False), "url"].unique()[:3]
        raise ValueError(f"article_url {article_url!r} is not in the ledger"
                         + (f"; did you mean {', '.join(hint)}?" if len(hint) else ""))
    by_group = groups.set_index("claim_group")
    rows = []
    for row in mine.itertuples():
        group = by_group.loc[row.claim_group]
        others = claims[(claims["claim_group"] == row.claim_group) & (claims["url"] != article_url)]
        flags = []
        if row.metric != group["metric"]:
            flags.append(f"reports a {group['metric'].replace('_', ' ')} statement as "
                         f"{row.metric.replace('_', ' ')}")
        if row.figure_status == "ok" and pd.notna(group["best"]):
            if abs(row.best - group["best"]) > ROUNDING * max(row.best, group["best"]):
                flags.append(f"gives {row.best:,.0f} where the statement is "
                             f"{group['best']:,.0f}")
        elif row.figure_status != "ok":
            flags.append("no number written: cannot be checked")
        other_metrics = sorted(set(others["metric"]))
        rows.append({
            "id": row.id, "claimant": row.claimant, "article_metric": row.metric,
            "article_figure": row.figure_text, "claim_group": row.claim_group,
            "statement_metric": group["metric"], "statement_low": group["low"],
            "statement_best": group["best"], "statement_high": group["high"],
            "other_outlets": int(others["outlet"].nunique()),
            "other_languages": " ".join(sorted(set(others["language"]))),
            "other_metrics": ", ".join(other_metrics),
            "flags": "; ".join(flags),
        })
    return pd.DataFrame(rows)


def latest_by_claimant_metric(chosen: pd.DataFrame) -> pd.DataFrame:
    """Each claimant's latest statement per metric.

    Parameters
    ----------
    chosen : pandas.DataFrame
        Output of :func:`statements`.

    Returns
    -------
    pandas.DataFrame
        One row per claimant and metric: ``metric, claimant, date, low, best, high, kind,
        rows, claim_group``, sorted by metric then best (descending).
    """
    parts = [latest_by_claimant(part).assign(metric=metric)
             for metric, part in chosen.groupby("metric", sort=True)]
    if not parts:
        return pd.DataFrame(columns=["metric", "claimant", "date", "low", "best", "high"])
    table = pd.concat(parts, ignore_index=True)
    columns = ["metric", "claimant", "date", "low", "best", "high", "kind", "rows", "claim_group"]
    return table.loc[:, columns].sort_values(["metric", "best"], ascending=[True, False],
                                             kind="stable", ignore_index=True)


def _range_text(row: pd.Series) -> str:
    if row["kind"] == "at_least":
        return f"at least {row['best']:,.0f}"
    if row["kind"] == "range":
        return f"{row['low']:,.0f}–{row['high']:,.0f}"
    if row["kind"] == "at_most":
        return f"up to {row['best']:,.0f}"
    return f"{row['best']:,.0f}"


def _specific_first(latest: pd.DataFrame) -> pd.DataFrame:
    """Prefer identifiable claimants for a headline (not "Unattributed" and the like)."""
    specific = latest[~latest["claimant"].isin(UNSPECIFIED_CLAIMANTS)]
    return specific if not specific.empty else latest


def deployment_title(totals: pd.DataFrame) -> str:
    """State the deployment chart's finding: the highest latest total and who claims it."""
    latest = latest_by_claimant(totals)
    if latest.empty:
        return "No deployment statements in this selection"
    top = _specific_first(latest).iloc[0]
    return f"{top['claimant']}: {_range_text(top)} North Korean troops sent"


def casualty_title(chosen: pd.DataFrame) -> str:
    """State the casualty chart's finding: the highest latest figure and its metric."""
    if chosen.empty:
        return "No casualty statements in this selection"
    latest = _specific_first(latest_by_claimant_metric(chosen))
    top = latest.sort_values(["best", "metric"], ascending=[False, True]).iloc[0]
    return (f"{top['claimant']}: {_range_text(top)} North Korean soldiers "
            f"{top['metric'].replace('_', ' ')}")
