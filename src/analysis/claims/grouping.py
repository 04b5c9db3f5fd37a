"""Claim groups: the same statement, reported by many outlets, as one group.

One *statement* is one claimant, one occasion, one metric. Outlets repeat it in many
languages with drifting wording ("more than 3,000", "über 3.000", "3,000 killed"), sometimes
with a distorted metric (a "killed or wounded" figure reported as "killed"), months later
("in April"), without a date, or under a broader name ("Seoul" for the NIS).

:func:`explain_groups` groups rows with the engine of :mod:`analysis.claims.clustering`
(statement dates from :mod:`analysis.claims.stated`; the claimant hierarchy from
``data/raw/claimant_hierarchy.csv``) and says why each row is where it is. Precision comes
first: a wrong join publishes a wrong number, a missed join only shows one statement twice,
so a row the rules cannot place for certain stays apart and goes to the review queue.

Journalists correct the result in ``data/raw/claim_overrides.csv`` (merge or split by id),
applied after clustering by :func:`apply_overrides`.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd

from analysis.claims.clustering import (
    DRIFT_ROUNDING,
    ROUNDING,
    UNSPECIFIED_CLAIMANTS,
    WINDOW_DAYS,
    cluster,
    figures_match,
)
from analysis.claims.stated import statement_dates
from analysis.core.errors import SheetError

__all__ = ["DRIFT_ROUNDING", "ROUNDING", "UNSPECIFIED_CLAIMANTS", "WINDOW_DAYS",
           "apply_overrides", "cluster_claims", "explain_groups", "figures_compatible",
           "summarize_groups"]

_SUMMARY_COLUMNS = ("id", "metric", "metric_family", "figure_status", "low", "best", "high",
                    "unit", "claimant", "claimant_country", "claimant_kind", "outlet",
                    "language", "stated_on_start", "stated_on_end")
STATED_COLUMNS = ("stated_on_start", "stated_on_end", "stated_on_precision")


def figures_compatible(a: pd.Series, b: pd.Series, rounding: float = ROUNDING) -> bool:
    """Whether two rows' figures can be the same statement.

    Parameters
    ----------
    a, b : pandas.Series
        Rows with ``figure_status, unit, qualifier, low, best, high, figure_text``.
    rounding : float
        Relative difference of best values still read as the same figure.

    Returns
    -------
    bool
        True when both parsed, have the same unit, and either their best values are
        within ``rounding`` of each other, or (at the full :data:`ROUNDING`) one is a range
        or vague figure whose low–high interval holds the other's best value. Two unparsed
        figures are compatible only when their text is the same (case and spacing aside).
    """
    return figures_match(a, b, rounding)


def _stated(claims: pd.DataFrame) -> pd.DataFrame:
    if all(c in claims.columns for c in STATED_COLUMNS):
        return claims.loc[:, list(STATED_COLUMNS)]
    return statement_dates(claims)


def explain_groups(claims: pd.DataFrame, hierarchy: pd.DataFrame | None = None) -> pd.DataFrame:
    """Group rows and say why each row is where it is.

    Parameters
    ----------
    claims : pandas.DataFrame
        The cleaned claims table (without the group columns): needs ``id, url, published,
        period_text, language, claimant, metric, metric_family, relation, subject_class,
        figure_text, figure_status, unit, qualifier, low, best, high``; the statement dates
        ``stated_on_*`` are used when present, else computed.
    hierarchy : pandas.DataFrame, optional
        The claimant hierarchy (:func:`analysis.ledger.reference.load_hierarchy`); without
        it no broader name stands for another claimant.

    Returns
    -------
    pandas.DataFrame
        Same index; ``claim_group``, ``group_reason``, ``review_kind`` and
        ``review_detail`` (see :func:`analysis.claims.clustering.cluster`).
    """
    return cluster(claims, _stated(claims), hierarchy)


def cluster_claims(claims: pd.DataFrame, hierarchy: pd.DataFrame | None = None) -> pd.Series:
    """Group rows that report the same statement.

    Parameters
    ----------
    claims : pandas.DataFrame
        As for :func:`explain_groups`.
    hierarchy : pandas.DataFrame, optional
        The claimant hierarchy.

    Returns
    -------
    pandas.Series
        A group label per row (``grp-<id of the group's first report>``), same index.
    """
    return explain_groups(claims, hierarchy)["claim_group"]


def apply_overrides(
    claims: pd.DataFrame, groups: pd.DataFrame, overrides: pd.DataFrame
) -> tuple[pd.DataFrame, list[str]]:
    """Apply the journalists' merges and splits after automatic clustering.

    ``merge``: every listed row (and the rest of its group) joins the group of the first
    listed id. ``split``: the listed rows leave their groups and form one new group
    together, labelled after the first listed id.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims, with ``id``.
    groups : pandas.DataFrame
        ``claim_group`` and ``group_reason``, same index (from :func:`explain_groups`).
    overrides : pandas.DataFrame
        From :func:`analysis.ledger.reference.load_overrides`.

    Returns
    -------
    groups : pandas.DataFrame
        The corrected groups.
    applied : list of str
        One line per applied override, for the build summary, ending with how many rows it
        moved to another group.

    Raises
    ------
    SheetError
        When an override names an id that is not in the claims table.
    """
    groups = groups.copy()
    index_of = pd.Series(claims.index, index=claims["id"])
    applied = []
    for row in overrides.itertuples():
        ids = row.ids.split()
        missing = [i for i in ids if i not in index_of.index]
        if missing:
            raise SheetError(f"unknown id {missing[0]!r}", file=overrides.attrs.get("file"),
                             line=row.line, column="ids")
        rows = [index_of[i] for i in ids]
        note = f" ({row.note})" if row.note else ""
        before = groups["claim_group"].copy()
        if row.action == "merge":
            target = groups.at[rows[0], "claim_group"]
            sources = set(groups.loc[rows, "claim_group"]) - {target}
            moving = groups["claim_group"].isin(sources)
            groups.loc[moving, "claim_group"] = target
            groups.loc[moving, "group_reason"] = f"merged by hand into {target}{note}"
            _settled(groups, moving | groups.index.isin(rows))
            applied.append(f"merge {' '.join(ids)} → {target}{note}: "
                           f"{_moved(before, groups['claim_group'])}")
        else:
            target = f"grp-{ids[0]}-split"
            groups.loc[rows, "claim_group"] = target
            groups.loc[rows, "group_reason"] = f"split by hand into {target}{note}"
            _settled(groups, groups.index.isin(rows))
            applied.append(f"split {' '.join(ids)} → {target}{note}: "
                           f"{_moved(before, groups['claim_group'])}")
    return groups, applied


def _settled(groups: pd.DataFrame, rows: pd.Series | np.ndarray) -> None:
    # an editor's override settles the grouping questions of the rows it places
    for column in ("review_kind", "review_detail"):
        if column in groups.columns:
            groups.loc[rows, column] = ""


def _moved(before: pd.Series, after: pd.Series) -> str:
    moved = int((before != after).sum())
    return f"{moved} row{'s' if moved != 1 else ''} moved"


def _dominant_metric(metrics: list[str]) -> str:
    counts = Counter(metrics)
    most = max(counts.values())
    # a tie goes to the broadest metric (killed_or_wounded before killed or wounded)
    preference = ["killed_or_wounded", "deployed", "killed", "wounded"]
    return min((m for m, n in counts.items() if n == most),
               key=lambda m: (preference.index(m) if m in preference else 99, m))


def _isnan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _group_figure(members: dict[str, list], metric: str) -> dict[str, object]:
    # the group's low / best / high / unit and what its reports disagree on
    ok = [s == "ok" for s in members["figure_status"]]
    core = [i for i, m in enumerate(members["metric"]) if m == metric and ok[i]]
    low = best = high = np.nan
    if core:
        bests = [members["best"][i] for i in core if not _isnan(members["best"][i])]
        lows = [members["low"][i] for i in core if not _isnan(members["low"][i])]
        highs = [members["high"][i] for i in core]
        best = float(min(bests)) if bests else np.nan
        low = float(min(lows)) if lows else np.nan
        high = np.nan if any(_isnan(h) for h in highs) else float(max(highs))
    values = [float(b) for b, good in zip(members["best"], ok, strict=True) if good]
    known = [v for v in values if not math.isnan(v)]
    reasons = []
    if any(m != metric for m in members["metric"]):
        reasons.append("metric: " + ", ".join(sorted(set(members["metric"]))))
    if len(values) > 1 and known and max(known) - min(known) > ROUNDING * max(known):
        reasons.append(f"figures from {min(known):,.0f} to {max(known):,.0f}")
    return {"low": low, "best": best, "high": high,
            "unit": members["unit"][core[0]] if core else "",
            "disagreement": bool(reasons), "disagreement_reason": "; ".join(reasons)}


def _group_stated(members: dict[str, list]) -> tuple[str, str]:
    # the group's statement date: the latest occasion start, the earliest end (ISO text)
    if "stated_on_end" not in members:
        return "", ""
    ends = [e for e in members["stated_on_end"] if e]
    end = min(ends) if ends else ""
    starts = [s for s in members["stated_on_start"] if s and (not end or s <= end)]
    return (max(starts) if starts else ""), end


def _group_row(label: str, members: dict[str, list], metric: str) -> dict[str, object]:
    """One claim-groups row: the group's own claimant is that of its first report."""
    anchor_id = label.removeprefix("grp-").removesuffix("-split")
    head = next((i for i, v in enumerate(members["id"]) if v == anchor_id), 0)
    dates = [d for d in members["_date"] if isinstance(d, str)]
    start, end = _group_stated(members)
    absorbed = sorted(set(members["claimant"]) - {members["claimant"][head]})
    return {
        "claim_group": label,
        "claimant": members["claimant"][head],
        "claimant_country": members["claimant_country"][head],
        "claimant_kind": members["claimant_kind"][head],
        "absorbed_claimants": "; ".join(absorbed),
        "metric": metric,
        "metric_family": members["metric_family"][0],
        **_group_figure(members, metric),
        "stated_on_start": start,
        "stated_on_end": end,
        "first_reported": min(dates) if dates else "",
        "last_reported": max(dates) if dates else "",
        "rows": len(members["id"]),
        "outlets": len({o for o in members["outlet"] if not _isnan(o) and o is not None}),
        "languages": " ".join(sorted(set(members["language"]))),
        "first_id": members["id"][head],
    }


def summarize_groups(claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """One row per group, and each row's metric drift against its group.

    Combination (codebook, "claim groups"): the group's metric is the one most members
    report (ties: the broadest); ``best`` is the *lowest* best value among members that
    report the group's metric (ACLED's most conservative figure); ``low`` is the lowest
    low and ``high`` the highest high among them, and ``high`` stays open (NaN) when any
    of them is open-ended upwards: the group's range is the envelope of what was reported,
    never narrower.

    Parameters
    ----------
    claims : pandas.DataFrame
        Cleaned claims with ``claim_group``.

    Returns
    -------
    groups : pandas.DataFrame
        One row per group, sorted by first reported date then label.
    metric_flag : pandas.Series
        Per claim row: empty, or a sentence when the row's metric differs from its
        group's metric (e.g. a "killed or wounded" statement reported as "killed").
    """
    # plain lists per column, one pass per group: pandas per group cost ~10 ms a group
    dates = pd.to_datetime(claims["published"].replace("", None), errors="coerce",
                           format="%Y-%m-%d").dt.strftime("%Y-%m-%d")
    columns = {c: claims[c].tolist() for c in _SUMMARY_COLUMNS if c in claims.columns}
    columns["_date"] = dates.tolist()
    rows = []
    flag = pd.Series("", index=claims.index, dtype=object)
    drifting: dict[int, str] = {}
    positions = claims.groupby("claim_group", sort=True).indices
    for label in sorted(positions):
        idx = positions[label].tolist()
        members = {c: [values[i] for i in idx] for c, values in columns.items()}
        metric = _dominant_metric(members["metric"])
        for i, m in zip(idx, members["metric"], strict=True):
            if m != metric:
                drifting[i] = (f"reported as {m}; the claimant's statement is "
                                       f"{metric} (as most reports of {label} give it)")
        rows.append(_group_row(label, members, metric))
    if drifting:
        flag.iloc[list(drifting)] = list(drifting.values())
    table = pd.DataFrame(rows)
    table = table.sort_values(["first_reported", "claim_group"], kind="stable",
                              key=lambda s: s.replace("", "9999") if s.name == "first_reported"
                              else s, ignore_index=True)
    return table, flag
