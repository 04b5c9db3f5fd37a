"""Claim groups: the same statement, reported by many outlets, as one group.

One *statement* is one claimant, one occasion, one metric. Outlets repeat it in many
languages with drifting wording ("more than 3,000", "über 3.000", "3,000 killed"), and
sometimes with a distorted metric (a "killed or wounded" figure reported as "killed").

:func:`cluster_claims` groups rows automatically. Two rows can belong to one group only
when they have the same canonical claimant, the same metric family and subject class, and
compatible figures (:func:`figures_compatible`). A row joins the group whose first report
is nearest in time within :data:`WINDOW_DAYS`; a row reported in the same article as a
member joins regardless of dates; an undated row joins the only compatible group of its
claimant, if there is exactly one. Every row gets a plain ``group_reason``.

Journalists correct the result in ``data/raw/claim_overrides.csv`` (merge or split by id),
applied after clustering by :func:`apply_overrides`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.core.errors import SheetError
from analysis.ledger.vocabulary import CASUALTY_METRICS

WINDOW_DAYS = 14
"""Rows of one statement are first reported within this many days of each other."""

ROUNDING = 0.10
"""Best values within 10% of each other are the same figure, rounded or qualified
differently ("more than 3,000" / "about 3,000" / "3,100")."""

DRIFT_ROUNDING = 0.02
"""Across metrics of one family (a "killed or wounded" figure reported as "killed"), the
figure itself must be the same: best values within 2%."""

UNSPECIFIED_CLAIMANTS: frozenset[str] = frozenset({
    "Unattributed", "News media (own reporting)", "Individual witnesses and sources",
    "Western intelligence (unnamed)", "Several governments jointly",
})
"""Canonical claimants that are not one identifiable source: two of their rows are one
statement only when reported in the same article, or dated, in the same window, with the
same metric and the same best value."""



def _bounds(low: float, best: float, high: float) -> tuple[float, float]:
    lo = low if not math.isnan(low) else 0.0
    hi = high if not math.isnan(high) else math.inf
    if math.isnan(best):
        return math.nan, math.nan
    return lo, hi


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
        within :data:`ROUNDING` of each other, or one is a range or vague figure whose
        low–high interval holds the other's best value. Two unparsed figures are
        compatible only when their text is the same (case and spacing aside).
    """
    if a["figure_status"] != "ok" or b["figure_status"] != "ok":
        if a["figure_status"] == b["figure_status"] == "unparsed":
            return _norm_text(a["figure_text"]) == _norm_text(b["figure_text"])
        return False
    if a["unit"] != b["unit"]:
        return False
    best_a, best_b = float(a["best"]), float(b["best"])
    if abs(best_a - best_b) <= rounding * max(abs(best_a), abs(best_b)):
        return True
    if rounding < ROUNDING:
        return False
    for wide, point in ((a, best_b), (b, best_a)):
        if wide["qualifier"] in ("range", "vague"):
            lo, hi = _bounds(float(wide["low"]), float(wide["best"]), float(wide["high"]))
            if lo <= point <= hi:
                return True
    return False


def _norm_text(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


@dataclass
class _Group:
    label: str
    anchor: int
    first_date: pd.Timestamp | None
    members: list[int] = field(default_factory=list)
    urls: set[str] = field(default_factory=set)


def _block_key(row: pd.Series) -> tuple[str, str, str]:
    """Rows can share a group only within one block: claimant, statement kind, subject."""
    family = row["metric_family"]
    # "other" is no family at all; a further deployment is another statement than a total
    metric = row["metric"] if family in ("other", "deployment") else ""
    return (row["claimant"], family + ":" + metric, row["subject_class"])


def _same_statement(a: pd.Series, b: pd.Series) -> bool:
    """Whether two rows' metrics and figures allow them to be one statement."""
    if a["metric"] == b["metric"]:
        return figures_compatible(a, b, ROUNDING)
    # metric drift: only among the casualty metrics, and only with the very same figure
    if a["metric"] in CASUALTY_METRICS and b["metric"] in CASUALTY_METRICS:
        return figures_compatible(a, b, DRIFT_ROUNDING)
    return False


def _joinable(row: pd.Series, anchor: pd.Series, members: pd.DataFrame) -> bool:
    """Whether ``row`` may join the group of ``anchor``.

    It must be the same statement as the group's first report and as every member from
    its own article (an article that gives "50 killed" and "47 wounded" reports two
    statements, even though 47 is within rounding of 50).
    """
    if not _same_statement(row, anchor):
        return False
    in_article = members[members["url"] == row["url"]]
    return all(_same_statement(row, m) for _, m in in_article.iterrows())


def _describe(row: pd.Series) -> str:
    return f"{row['metric']} '{row['figure_text']}'"


def _cluster(claims: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    dates = pd.to_datetime(claims["published"].replace("", None), errors="coerce",
                           format="%Y-%m-%d")
    order = sorted(claims.index, key=lambda i: (pd.isna(dates[i]), dates[i] if
                                                 pd.notna(dates[i]) else 0, claims.at[i, "id"]))
    groups: dict[tuple[str, str, str], list[_Group]] = {}
    label = pd.Series("", index=claims.index, dtype=object)
    reason = pd.Series("", index=claims.index, dtype=object)
    for i in order:
        row = claims.loc[i]
        when = dates[i]
        block = groups.setdefault(_block_key(row), [])
        candidates = []
        unspecified = row["claimant"] in UNSPECIFIED_CLAIMANTS
        for group in block:
            anchor = claims.loc[group.anchor]
            if not _joinable(row, anchor, claims.loc[group.members]):
                continue
            same_article = row["url"] in group.urls
            if same_article:
                candidates.append((0, 0, group, "reported in the same article as"))
            elif unspecified and (pd.isna(when) or row["metric"] != anchor["metric"]
                                  or row["best"] != anchor["best"]):
                continue
            elif pd.isna(when):
                candidates.append((2, 0, group, "undated; the only compatible statement of"))
            elif group.first_date is not None:
                days = abs((when - group.first_date).days)
                if days <= WINDOW_DAYS:
                    candidates.append((1, days, group, f"reported {days} day(s) from"))
        chosen = None
        if candidates:
            candidates.sort(key=lambda c: (c[0], c[1], c[2].label))
            kind = candidates[0][0]
            if kind == 2:
                exact = [c for c in candidates
                         if claims.at[c[2].anchor, "best"] == row["best"]
                         and claims.at[c[2].anchor, "metric"] == row["metric"]]
                if len(candidates) == 1 or len(exact) == 1:
                    chosen = (candidates if len(candidates) == 1 else exact)[0]
            else:
                chosen = candidates[0]
        if chosen is None:
            group = _Group(label=f"grp-{row['id']}", anchor=i,
                           first_date=None if pd.isna(when) else when)
            block.append(group)
            why = "first report of this statement"
            if candidates:
                why += " (undated, and several compatible statements: left apart for review)"
            reason[i] = why
        else:
            group = chosen[2]
            anchor = claims.loc[group.anchor]
            reason[i] = (f"same claimant ({row['claimant']}) and metric family "
                         f"({row['metric_family']}); {_describe(row)} matches "
                         f"{_describe(anchor)}; {chosen[3]} {anchor['id']}")
            if group.first_date is None and pd.notna(when):
                group.first_date = when
        group.members.append(i)
        group.urls.add(row["url"])
        label[i] = group.label
    return label, reason


def cluster_claims(claims: pd.DataFrame) -> pd.Series:
    """Group rows that report the same statement.

    Parameters
    ----------
    claims : pandas.DataFrame
        The cleaned claims table as written to ``data/processed/claims.csv`` (without the
        group columns): needs ``id, url, published, claimant, metric, metric_family,
        subject_class, figure_text, figure_status, unit, qualifier, low, best, high``.

    Returns
    -------
    pandas.Series
        A group label per row (``grp-<id of the group's first report>``), same index.
    """
    return _cluster(claims)[0]


def explain_groups(claims: pd.DataFrame) -> pd.DataFrame:
    """Group rows and say why each row is where it is.

    Parameters
    ----------
    claims : pandas.DataFrame
        As for :func:`cluster_claims`.

    Returns
    -------
    pandas.DataFrame
        Same index; columns ``claim_group`` and ``group_reason``.
    """
    label, reason = _cluster(claims)
    return pd.DataFrame({"claim_group": label, "group_reason": reason})


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
        One line per applied override, for the build summary.

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
        if row.action == "merge":
            target = groups.at[rows[0], "claim_group"]
            sources = set(groups.loc[rows, "claim_group"]) - {target}
            moving = groups["claim_group"].isin(sources)
            groups.loc[moving, "claim_group"] = target
            groups.loc[moving, "group_reason"] = f"merged by hand into {target}{note}"
            applied.append(f"merge {' '.join(ids)} → {target}{note}")
        else:
            target = f"grp-{ids[0]}-split"
            groups.loc[rows, "claim_group"] = target
            groups.loc[rows, "group_reason"] = f"split by hand into {target}{note}"
            applied.append(f"split {' '.join(ids)} → {target}{note}")
    return groups, applied


def _dominant_metric(metrics: pd.Series) -> str:
    counts = metrics.value_counts()
    top = counts[counts == counts.max()].index
    # a tie goes to the broadest metric (killed_or_wounded before killed or wounded)
    preference = ["killed_or_wounded", "deployed", "killed", "wounded"]
    return min(top, key=lambda m: (preference.index(m) if m in preference else 99, m))


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
    dates = pd.to_datetime(claims["published"].replace("", None), errors="coerce",
                           format="%Y-%m-%d")
    frame = claims.assign(_date=dates)
    rows = []
    flag = pd.Series("", index=claims.index, dtype=object)
    for label, members in frame.groupby("claim_group", sort=True):
        metric = _dominant_metric(members["metric"])
        core = members[(members["metric"] == metric) & (members["figure_status"] == "ok")]
        if core.empty:
            low = best = high = np.nan
        else:
            best = float(core["best"].min())
            low = float(core["low"].min()) if core["low"].notna().any() else np.nan
            high = np.nan if core["high"].isna().any() else float(core["high"].max())
        drift = members["metric"] != metric
        for i in members.index[drift]:
            flag[i] = (f"reported as {members.at[i, 'metric']}; the claimant's statement "
                       f"is {metric} (as most reports of {label} give it)")
        parsed = members[members["figure_status"] == "ok"]
        bests = parsed["best"].astype(float)
        reasons = []
        if drift.any():
            reasons.append("metric: " + ", ".join(sorted(set(members["metric"]))))
        if len(bests) > 1 and bests.max() - bests.min() > ROUNDING * bests.max():
            reasons.append(f"figures from {bests.min():,.0f} to {bests.max():,.0f}")
        anchor = members.loc[members["id"] == label.removeprefix("grp-").removesuffix("-split")]
        first = members["_date"].min()
        last = members["_date"].max()
        rows.append({
            "claim_group": label,
            "claimant": members["claimant"].iloc[0],
            "claimant_country": members["claimant_country"].iloc[0],
            "claimant_kind": members["claimant_kind"].iloc[0],
            "metric": metric,
            "metric_family": members["metric_family"].iloc[0],
            "low": low, "best": best, "high": high,
            "unit": core["unit"].iloc[0] if not core.empty else "",
            "first_reported": "" if pd.isna(first) else first.strftime("%Y-%m-%d"),
            "last_reported": "" if pd.isna(last) else last.strftime("%Y-%m-%d"),
            "rows": len(members),
            "outlets": members["outlet"].nunique(),
            "languages": " ".join(sorted(set(members["language"]))),
            "first_id": anchor["id"].iloc[0] if not anchor.empty else members["id"].iloc[0],
            "disagreement": bool(reasons),
            "disagreement_reason": "; ".join(reasons),
        })
    table = pd.DataFrame(rows)
    table = table.sort_values(["first_reported", "claim_group"], kind="stable",
                              key=lambda s: s.replace("", "9999") if s.name == "first_reported"
                              else s, ignore_index=True)
    return table, flag
