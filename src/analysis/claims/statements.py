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
from analysis.figures.words import describe_figure
from analysis.ledger.reference import load_comparable_claimants, load_row_flags


def _shape(low: float, best: float, high: float) -> str:
    """Say how a figure is drawn (exact, range, at_least, at_most); words: its qualifier."""
    if pd.isna(high) and pd.notna(low):
        return "at_least"
    if pd.isna(low) and pd.notna(high):
        return "at_most"
    return "range" if pd.notna(low) and low < high else "exact"


def group_qualifiers(claims: pd.DataFrame, groups: pd.DataFrame,
                     flagged: set[str] | None = None) -> pd.Series:
    """Return the qualifier of each statement, from the reports that give its figure.

    Among a group's reports of its metric (unflagged ones first) with the group's best
    value, ``approx`` wins over ``exact`` (the cautious reading), ``vague`` and ``nearly``
    are kept when any report says so. The words of a statement come from this qualifier
    and its bounds (:func:`analysis.figures.words.describe_figure`).

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    groups : pandas.DataFrame
        The claim groups.
    flagged : set of str, optional
        Ids of flagged rows (used only when no unflagged report gives the figure).

    Returns
    -------
    pandas.Series
        Qualifier by ``claim_group`` (``""`` when no report gives the group's figure).
    """
    flagged = flagged or set()
    merged = claims.merge(groups[["claim_group", "metric", "best"]], on="claim_group",
                          suffixes=("", "_group"))
    same = merged[(merged["metric"] == merged["metric_group"])
                  & ((merged["best"] - merged["best_group"]).abs() < 0.5)].copy()
    same["flagged"] = same["id"].isin(flagged)
    found: dict[str, str] = {}
    for group, part in same.sort_values("flagged", kind="stable").groupby("claim_group"):
        usable = part[~part["flagged"]] if (~part["flagged"]).any() else part
        words = set(usable["qualifier"])
        found[group] = next((q for q in ("vague", "nearly", "approx", "at_least", "at_most",
                                         "range", "exact") if q in words), "")
    return pd.Series(found, dtype=str).reindex(groups["claim_group"].tolist()).fillna("")


def group_flags(claims: pd.DataFrame, flags: pd.DataFrame) -> pd.DataFrame:
    """Which statements stand only on flagged rows (``data/raw/row_flags.csv``).

    A statement is flagged when every row reporting it is flagged: it is drawn distinctly
    and never used in a headline. A statement with at least one unflagged report stands on
    those reports.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    flags : pandas.DataFrame
        The row flags (:func:`analysis.ledger.reference.load_row_flags`).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``claim_group``: ``flag`` (the rows' flags, or ``""``), ``flag_note``
        and ``flagged_ids`` (space-separated ids of its flagged rows, even when it stands).
    """
    by_id = flags.set_index("id")
    rows = claims[["id", "claim_group"]].copy()
    rows["flag"] = rows["id"].map(by_id["flag"]).fillna("")
    rows["note"] = rows["id"].map(by_id["note"]).fillna("")
    out = {}
    for group, part in rows.groupby("claim_group", sort=True):
        marked = part[part["flag"] != ""]
        every = len(marked) == len(part)
        out[group] = {"flag": " ".join(sorted(set(marked["flag"]))) if every else "",
                      "flag_note": "; ".join(dict.fromkeys(marked["note"])) if every else "",
                      "flagged_ids": " ".join(marked["id"])}
    return pd.DataFrame.from_dict(out, orient="index")


def statements(
    groups: pd.DataFrame,
    metrics: Sequence[str],
    claimants: Sequence[str] | None = None,
    as_of: str | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Select the statements of some metrics, dated by when they were made.

    Parameters
    ----------
    groups : pandas.DataFrame
        The claim groups.
    metrics : sequence of str
        Metrics to keep (the group's metric).
    claimants : sequence of str, optional
        Canonical claimants to keep; empty or ``None`` keeps all.
    as_of : str, optional
        ISO date: keep statements made on or before it.
    claims : pandas.DataFrame, optional
        The claims table: gives each statement its qualifier (so its words are what was
        said) and its flags (``data/raw/row_flags.csv``). Without it the words follow the
        bounds alone and nothing is flagged.

    Returns
    -------
    pandas.DataFrame
        Dated statements, sorted by date and group, with ``date`` (the statement date's
        last possible day, ``stated_on_end``, or the first report's date when the
        statement is not dated), ``kind`` (how it is drawn), ``qualifier``, ``figure``
        (the figure in words), ``flag``, ``flag_note`` and ``flagged_ids``. Statements
        with no date or no figure are left out (they cannot be placed on a chart).
    """
    chosen = groups[groups["metric"].isin(list(metrics))].copy()
    if claimants:
        chosen = chosen[chosen["claimant"].isin(list(claimants))]
    stated = chosen["stated_on_end"].where(chosen["stated_on_end"] != "", chosen["first_reported"])
    chosen["date"] = pd.to_datetime(stated.replace("", None), format="%Y-%m-%d", errors="coerce")
    chosen = chosen[chosen["date"].notna() & chosen["best"].notna()]
    if as_of:
        chosen = chosen[chosen["date"] <= pd.Timestamp(as_of)]
    chosen["kind"] = [_shape(lo, b, hi) for lo, b, hi in
                      zip(chosen["low"], chosen["best"], chosen["high"], strict=True)]
    chosen["qualifier"], chosen["flag"], chosen["flag_note"], chosen["flagged_ids"] = "", "", "", ""
    if claims is not None:
        flags = load_row_flags(known_ids=set(claims["id"]))
        marks = group_flags(claims, flags).reindex(chosen["claim_group"]).fillna("")
        for column in ("flag", "flag_note", "flagged_ids"):
            chosen[column] = marks[column].to_numpy()
        chosen["qualifier"] = group_qualifiers(claims, chosen, set(flags["id"])).to_numpy()
    chosen["figure"] = [describe_figure(lo, b, hi, q, u) for lo, b, hi, q, u in zip(
        chosen["low"], chosen["best"], chosen["high"], chosen["qualifier"], chosen["unit"],
        strict=True)]
    return chosen.sort_values(["date", "claim_group"], kind="stable", ignore_index=True)


LATEST_COLUMNS = ["claimant", "metric", "date", "low", "best", "high", "kind", "qualifier",
                  "figure",
                  "rows", "claim_group"]


def latest_by_claimant(chosen: pd.DataFrame) -> pd.DataFrame:
    """Each claimant's latest estimate: its last unflagged statement (ties: the highest best).

    Parameters
    ----------
    chosen : pandas.DataFrame
        Output of :func:`statements`.

    Returns
    -------
    pandas.DataFrame
        One row per claimant (:data:`LATEST_COLUMNS`), sorted by best (descending) then
        claimant. Flagged statements are never a claimant's latest estimate.
    """
    if "flag" in chosen.columns:
        chosen = chosen[chosen["flag"] == ""]
    if chosen.empty:
        return chosen.assign(date=pd.Series(dtype="datetime64[ns]"))
    ordered = chosen.sort_values(["claimant", "date", "best"], kind="stable")
    latest = ordered.groupby("claimant", sort=True).tail(1)
    columns = [c for c in LATEST_COLUMNS if c in latest.columns]
    return latest.loc[:, columns].sort_values(["best", "claimant"], ascending=[False, True],
                                              kind="stable", ignore_index=True)


SHARE_METRICS = ("killed", "wounded", "killed_or_wounded")
"""Metrics whose share of the deployment is computed."""
COMPARABLE_DAYS = 92
"""A deployment figure is comparable with a casualty figure stated at most this many days
later (a quarter): older totals describe another stage of the deployment."""


def _comparable_deployment(item: object, base: pd.DataFrame) -> pd.Series:
    """Pick the claimant's own latest deployment total when recent enough, else a peer's."""
    own = base[base["claimant"] == item.claimant]
    if not own.empty and (item.date - own.iloc[-1]["date"]).days <= COMPARABLE_DAYS:
        return own.iloc[-1]
    others = base[base["claimant"] != item.claimant]
    if not others.empty and (own.empty or (item.date - others.iloc[-1]["date"]).days
                             <= COMPARABLE_DAYS):
        return others.iloc[-1]
    return own.iloc[-1]


def _share_row(item: object, base: pd.DataFrame) -> dict[str, object]:
    """One casualty statement against its claimant's deployment figures (see casualty_shares)."""
    row: dict[str, object] = {
        "claimant": item.claimant, "date": item.date, "metric": item.metric,
        "casualties": item.figure, "deployed": "—", "deployment_date": pd.NaT,
        "share_low": np.nan, "share_best": np.nan, "share_high": np.nan, "share": "",
        "claim_group": item.claim_group, "deployment_group": ""}
    if base.empty:
        row["share"] = "not computed: this claimant stated no deployment total before"
        return row
    dep = _comparable_deployment(item, base)
    other = dep["claimant"] != item.claimant
    row.update(deployed=f"{dep['figure']} ({dep['claimant']})" if other else dep["figure"],
               deployment_date=dep["date"], deployment_group=dep["claim_group"])
    age = (item.date - dep["date"]).days
    if age > COMPARABLE_DAYS:
        whose = "the stated comparable" if other else "the claimant's"
        row["share"] = (f"not computed: {whose} latest deployment total is {age} days "
                        f"older (more than {COMPARABLE_DAYS})")
        return row
    low = 100 * item.low / dep["high"] if pd.notna(item.low) and pd.notna(dep["high"]) else np.nan
    best = 100 * item.best / dep["best"]
    high = (100 * item.high / dep["low"] if pd.notna(item.high) and pd.notna(dep["low"])
            else np.nan)
    if pd.isna(low) and pd.isna(high) and not (item.kind == dep["kind"] == "exact"):
        row["share"] = "not computed: both figures are open-ended, so the share has no bound"
        return row
    if best > 100 or (pd.notna(low) and low > 100):
        row["share"] = "withheld: the casualty figure exceeds the deployment figure"
        return row
    row.update(share_low=round(low, 1) if pd.notna(low) else np.nan, share_best=round(best, 1),
               share_high=round(high, 1) if pd.notna(high) else np.nan)
    shown = row["share_low"] if pd.isna(row["share_high"]) else row["share_best"]  # open above
    row["share"] = describe_figure(row["share_low"], shown, row["share_high"], "", "percent")
    return row


def casualty_shares(casualties: pd.DataFrame, deployments: pd.DataFrame,
                    comparable: pd.DataFrame | None = None) -> pd.DataFrame:
    """Casualties as a share of a comparable deployment figure, or why there is none.

    Comparable means the same claimant's latest unflagged deployment total stated on or
    before the casualty statement and no more than :data:`COMPARABLE_DAYS` earlier; when
    the claimant has none that recent, the latest of a claimant it is stated comparable
    with (``data/raw/comparable_claimants.csv``), named beside the figure. A share of a
    range is a range (low: lowest casualties over highest deployment; high the reverse; an
    open bound stays open). A share above 100 % is withheld, with the reason.

    Parameters
    ----------
    casualties : pandas.DataFrame
        Casualty statements (:func:`statements`).
    deployments : pandas.DataFrame
        Deployment statements (:func:`statements`, metric ``deployed``).
    comparable : pandas.DataFrame, optional
        Pairs of claimants stated comparable (``claimant, comparable``); default
        :func:`analysis.ledger.reference.load_comparable_claimants`.

    Returns
    -------
    pandas.DataFrame
        One row per unflagged casualty statement: ``claimant, date, metric, casualties``
        (in words), ``deployed`` (in words), ``deployment_date``, ``share_low,
        share_best, share_high`` (percent, to 0.1; NaN when not shown), ``share`` (the
        share in words, or why it is not shown), ``claim_group, deployment_group``.
    """
    casualties = casualties[casualties["metric"].isin(SHARE_METRICS)]
    if "flag" in casualties.columns:
        casualties = casualties[casualties["flag"] == ""]
        deployments = deployments[deployments["flag"] == ""]
    casualties = _with_words(casualties)
    deployments = _with_words(deployments)
    pairs = load_comparable_claimants() if comparable is None else comparable
    peers: dict[str, set[str]] = {}
    for one, other in zip(pairs["claimant"], pairs["comparable"], strict=True):
        peers.setdefault(one, set()).add(other)
        peers.setdefault(other, set()).add(one)
    rows = [_share_row(item, deployments[deployments["claimant"].isin(
                {item.claimant} | peers.get(item.claimant, set()))
                & (deployments["date"] <= item.date)])
            for item in casualties.itertuples()]
    columns = ["claimant", "date", "metric", "casualties", "deployed", "deployment_date",
               "share_low", "share_best", "share_high", "share", "claim_group",
               "deployment_group"]
    return pd.DataFrame(rows, columns=columns)


def _with_words(frame: pd.DataFrame) -> pd.DataFrame:
    if "figure" in frame.columns:
        return frame
    return frame.assign(figure=[describe_figure(lo, b, hi) for lo, b, hi in zip(
        frame["low"], frame["best"], frame["high"], strict=True)])


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
    """Each claimant's latest unflagged statement per metric.

    Parameters
    ----------
    chosen : pandas.DataFrame
        Output of :func:`statements`.

    Returns
    -------
    pandas.DataFrame
        One row per claimant and metric: ``metric`` then :data:`LATEST_COLUMNS`, sorted by
        metric then best (descending).
    """
    parts = [latest_by_claimant(part).assign(metric=metric)
             for metric, part in chosen.groupby("metric", sort=True)]
    parts = [part for part in parts if not part.empty]
    if not parts:
        return pd.DataFrame(columns=["metric", *LATEST_COLUMNS[:1], *LATEST_COLUMNS[2:]])
    table = pd.concat(parts, ignore_index=True)
    columns = ["metric", *[c for c in LATEST_COLUMNS if c in table.columns and c != "metric"]]
    return table.loc[:, columns].sort_values(["metric", "best"], ascending=[True, False],
                                             kind="stable", ignore_index=True)


def named_claimants(latest: pd.DataFrame) -> pd.DataFrame:
    """Keep identifiable claimants for a headline (editorial rule 2 of ``docs/codebook.md``).

    Parameters
    ----------
    latest : pandas.DataFrame
        Statements with a ``claimant`` column.

    Returns
    -------
    pandas.DataFrame
        The rows whose claimant is one identifiable source: not "Unattributed", news
        media's own reporting, unnamed intelligence, several governments at once, nor a
        government or military left unspecified.
    """
    unnamed = latest["claimant"].isin(UNSPECIFIED_CLAIMANTS) | latest["claimant"].str.contains(
        "(unspecified)", regex=False)
    return latest[~unnamed]


CURRENT_DAYS = 365
"""A claimant's latest estimate is current when stated at most this many days before the
newest statement of the selection (editorial rule 3)."""


def current_estimates(chosen: pd.DataFrame) -> pd.DataFrame:
    """Named claimants' current estimates, lowest first (editorial rules 1-3).

    Parameters
    ----------
    chosen : pandas.DataFrame
        Statements of one metric (:func:`statements`).

    Returns
    -------
    pandas.DataFrame
        Each named claimant's latest unflagged statement, kept when stated at most
        :data:`CURRENT_DAYS` before the newest of them; sorted by best, then claimant.
    """
    latest = named_claimants(latest_by_claimant(chosen))
    if latest.empty:
        return latest
    latest = latest[latest["date"] >= latest["date"].max() - pd.Timedelta(days=CURRENT_DAYS)]
    return latest.sort_values(["best", "date", "claimant"], kind="stable", ignore_index=True)


def deployment_title(totals: pd.DataFrame) -> str:
    """State the deployment chart's finding: the range of current named estimates.

    Parameters
    ----------
    totals : pandas.DataFrame
        Deployment statements (:func:`statements`, metric ``deployed``).

    Returns
    -------
    str
        "Latest estimates of North Korean troops sent range from thousands (1,000–9,999)
        to about 12,000 (4 named claimants)" (editorial rules 1-3 of ``docs/codebook.md``);
        who said which is in the report's table and headline figures.
    """
    ordered = current_estimates(totals)
    if ordered.empty:
        return "No named claimant's deployment statement in this selection"
    low, top = ordered.iloc[0], ordered.iloc[-1]
    if low["figure"] == top["figure"]:
        return (f"Latest estimates of North Korean troops sent: {top['figure']} "
                f"({len(ordered)} named claimant{'s' if len(ordered) > 1 else ''})")
    return (f"Latest estimates of North Korean troops sent range from {low['figure']} to "
            f"{top['figure']} ({len(ordered)} named claimants)")


def casualty_title(chosen: pd.DataFrame) -> str:
    """State the casualty chart's finding: the highest named latest estimate and its metric.

    Parameters
    ----------
    chosen : pandas.DataFrame
        Casualty statements (:func:`statements`).

    Returns
    -------
    str
        "NIS: 6,000 North Korean soldiers killed or wounded (latest estimate)".
    """
    parts = [current_estimates(part) for _, part in chosen.groupby("metric", sort=True)]
    latest = pd.concat([p for p in parts if not p.empty], ignore_index=True) if any(
        not p.empty for p in parts) else pd.DataFrame()
    if latest.empty:
        return "No named claimant's casualty statement in this selection"
    top = latest.sort_values(["best", "date", "metric"], ascending=[False, False, True]).iloc[0]
    return (f"{top['claimant']}: {top['figure']} North Korean soldiers "
            f"{top['metric'].replace('_', ' ')} (latest estimate)")


def flagged_rows(claims: pd.DataFrame, chosen: pd.DataFrame) -> pd.DataFrame:
    """Return the flagged ledger rows among the statements shown, for the footnote.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    chosen : pandas.DataFrame
        The statements shown (:func:`statements`, with ``flagged_ids``).

    Returns
    -------
    pandas.DataFrame
        ``id, outlet, url, claimant, metric, figure_text, flag, note, correction_source``,
        one row per flagged row, by id.
    """
    ids = {i for text in chosen.get("flagged_ids", pd.Series(dtype=str)) for i in text.split()}
    flags = load_row_flags(known_ids=set(claims["id"]))
    rows = claims[claims["id"].isin(ids)].drop(columns="note").merge(
        flags.drop(columns="line"), on="id")
    columns = ["id", "outlet", "url", "claimant", "metric", "figure_text", "flag", "note",
               "correction_source"]
    return rows.loc[:, columns].sort_values("id", ignore_index=True)


def headline_sources(claims: pd.DataFrame, claim_groups: Sequence[str]) -> pd.DataFrame:
    """Return the rows a headline number stands on: its statements' unflagged reports.

    Parameters
    ----------
    claims : pandas.DataFrame
        The claims table.
    claim_groups : sequence of str
        The statements behind the number.

    Returns
    -------
    pandas.DataFrame
        Their rows, without any row of ``data/raw/row_flags.csv``.
    """
    flagged = set(load_row_flags(known_ids=set(claims["id"]))["id"])
    rows = claims[claims["claim_group"].isin(list(claim_groups))]
    return rows[~rows["id"].isin(flagged)]
