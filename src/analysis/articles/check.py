"""Check an article's figures against the ledger's claim groups.

For each figure :func:`check_article` finds the claim group it reports: the same claimant
(or a broader attribution of it: "Seoul" for the NIS, "Kyiv and Seoul", no source at all),
the same metric family, a compatible figure, a statement made before the article; groups
made only of this article's own ledger rows are not evidence of what the claimant said.
It then flags where the article departs (:data:`FLAGS`).
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from analysis.articles.claimants import JOINT, UNATTRIBUTED, load_claimants
from analysis.articles.reader import extract_figures
from analysis.claims.clustering import figures_match
from analysis.ledger.vocabulary import metric_family

__all__ = ["CHECK_COLUMNS", "FLAGS", "article_table", "check_article", "headline",
           "proposed_rows"]

FLAGS = {
    "metric_drift": "another metric than the claimant's ('killed' for killed and wounded)",
    "figure_drift": "another figure than the claimant's, beyond rounding (10 %)",
    "period_drift": "another period than the claimant's (summer 2023 for summer 2024)",
    "stale": "the claimant had published a newer figure before the article",
    "unattributed": "the article names no source",
    "broadened_claimant": "a broader source than the claimant ('Seoul' for the NIS)",
    "not_in_ledger": "no statement in the ledger: proposed as a new ledger row",
}
"""The flags of :func:`check_article`, with what each means."""

DRIFT_DAYS = 45
"""A figure unlike the claimant's reads as drift from a statement of at most this many days
before the article; further back, it is another statement (not in the ledger)."""

CHECK_COLUMNS = ["claim_group", "original", "outlets", "flags"]
"""The columns :func:`check_article` adds to :func:`extract_figures`."""

SHEET_COLUMNS = ["id", "published", "outlet", "url", "language", "attributed_to", "subject",
                 "metric", "figure_text", "period_text", "location_text", "note"]
"""The collection sheet's columns (``data/raw/claims/*.csv``)."""


def _date(value) -> pd.Timestamp | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    return pd.Timestamp(value)


def _claimant_fit(article: str, group: str, kind: str) -> tuple[int, str]:
    names = load_claimants()
    if article == group:
        return 3, ""
    if group in names.broader and article in names.broader[group]:
        return 2, "broadened_claimant"
    if article == JOINT and kind in ("government", "intelligence", "military"):
        return 1, "broadened_claimant"
    if article == UNATTRIBUTED:
        return 1, "unattributed"
    return 0, ""


def _overlap(a0, a1, b0, b1) -> bool | None:
    if a1 is None or b1 is None or (isinstance(b1, float) and math.isnan(b1)):
        return None
    return not (pd.Timestamp(a1) < pd.Timestamp(b0 if isinstance(b0, str) else b1)
                or pd.Timestamp(b1) < pd.Timestamp(a0 or a1))


def _candidates(fig: pd.Series, groups: pd.DataFrame, periods: pd.DataFrame,
                published: pd.Timestamp | None) -> list[tuple[float, str, list[str]]]:
    out = []
    fam = groups[groups["metric_family"] == metric_family(fig["metric"])]
    for g in fam.itertuples():
        fit, flag = _claimant_fit(fig["claimant"], g.claimant, g.claimant_kind)
        if not fit:
            continue
        when = _date(g.stated_on_end) or _date(g.first_reported)
        if published is not None and when is not None and when > published:
            continue
        flags = [flag] if flag else []
        same_figure = fig["status"] != "ok" or (
            isinstance(g.best, float) and not math.isnan(g.best) and figures_match(
                {**fig.to_dict(), "figure_status": fig["status"]},
                {"figure_status": "ok", "unit": g.unit, "qualifier": "exact",
                      "low": g.low, "best": g.best, "high": g.high, "figure_text": ""}))
        if fig["metric"] != g.metric:
            flags.append("metric_drift")
        if not same_figure:  # another figure: the same statement only when said lately
            recent = published is not None and when is not None and \
                (published - when).days <= DRIFT_DAYS
            if fig["metric"] != g.metric or fit < 3 or math.isnan(g.best) or not recent:
                continue
            flags.append("figure_drift")
        score = fit + 2 * same_figure + (fig["metric"] == g.metric)
        spans = periods[periods["claim_group"] == g.claim_group]
        overlaps = [_overlap(fig["period_start"], fig["period_end"], s, e)
                    for s, e in zip(spans["period_start"], spans["period_end"], strict=True)]
        if any(o is True for o in overlaps):
            score += 1
        elif overlaps and all(o is False for o in overlaps):
            flags.append("period_drift")
        out.append((score + (when.toordinal() / 1e7 if when is not None else 0),
                    g.claim_group, flags))
    return sorted(out, reverse=True)


def check_article(text: str, lang: str | None = None, published: str | date | None = None,
                  url: str | None = None, claims: pd.DataFrame | None = None,
                  groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """Check every figure of an article against the claim groups of the ledger.

    Parameters
    ----------
    text : str
        The article's text.
    lang : str, optional
        Its language (guessed when not given).
    published : str or date, optional
        Its publication date: only statements made by then count, and relative periods
        are read from it.
    url : str, optional
        Its URL: ledger rows of this very article are not evidence of what was said.
    claims, groups : pandas.DataFrame, optional
        The claims and claim groups (default: ``data/processed``).

    Returns
    -------
    pandas.DataFrame
        The rows of :func:`~analysis.articles.extract_figures` plus ``claim_group`` ("" when
        none), ``original`` (what the claimant said), ``outlets`` (how many reported it) and
        ``flags`` (``;``-separated, :data:`FLAGS`).
    """
    from analysis.claims.explore import load_claim_groups, load_claims

    claims = load_claims() if claims is None else claims
    groups = load_claim_groups() if groups is None else groups
    figures = extract_figures(text, lang, published)
    own = set(claims.loc[claims["url"] == url, "claim_group"]) if url else set()
    others = set(claims.loc[claims["url"] != url, "claim_group"]) if url else own
    usable = groups[~groups["claim_group"].isin(own - others)]
    periods = claims.loc[claims["period_status"] == "ok",
                         ["claim_group", "period_start", "period_end"]]
    first = claims.set_index("id")
    when = _date(published)
    extra = {c: [] for c in CHECK_COLUMNS}
    for _, fig in figures.iterrows():
        found = _candidates(fig, usable, periods, when)
        if not found:
            flags = ["not_in_ledger"] + (["unattributed"] if fig["claimant"] == UNATTRIBUTED
                                         else [])
            values = ["", "", 0, flags]
        else:
            _, group_id, flags = found[0]
            group = usable.set_index("claim_group").loc[group_id]
            flags += _stale(group, usable, when)
            said = first.loc[group["first_id"]]
            values = [group_id, _said(group, said),
                      int(group["outlets"]), flags]
        for column, value in zip(CHECK_COLUMNS, values, strict=True):
            extra[column].append(";".join(dict.fromkeys(value)) if column == "flags" else value)
    return figures.assign(**extra)


def _said(group: pd.Series, said: pd.Series) -> str:
    words = {"at_least": "at least ", "approx": "about ", "at_most": "up to ",
             "nearly": "nearly ", "exact": "", "range": "", "vague": "", "none": ""}
    if pd.isna(group["best"]):
        figure = f"'{said['figure_text']}'"
    elif said["qualifier"] == "range" and pd.notna(group["high"]):
        figure = f"{group['low']:,.0f}–{group['high']:,.0f}"
    elif said["qualifier"] == "vague":
        figure = f"'{said['figure_text']}' ({group['low']:,.0f}–{group['high']:,.0f})"
    else:
        figure = f"{words.get(said['qualifier'], '')}{group['best']:,.0f}"
    when = group["stated_on_end"]
    when = when if isinstance(when, str) and when else "undated"
    return f"{group['metric'].replace('_', ' ')}: {figure} ({when})"


def _stale(group: pd.Series, groups: pd.DataFrame, when: pd.Timestamp | None) -> list[str]:
    mine = _date(group["stated_on_end"])
    if mine is None:
        return []
    same = groups[(groups["claimant"] == group["claimant"]) & (groups["metric"] == group["metric"])]
    later = pd.to_datetime(same["stated_on_end"], errors="coerce")
    newer = (later > mine) & ((later <= when) if when is not None else True)
    return ["stale"] if bool(newer.any()) else []


def headline(checked: pd.DataFrame) -> str:
    """Say in one sentence what the check found.

    Only figures that can be checked (a number written and a claim group found) count as
    departing or not.
    """
    checkable = checked[(checked["status"] == "ok") & (checked["claim_group"] != "")]
    departs = checkable[checkable["flags"].str.contains("drift|stale", regex=True)]
    unchecked = len(checked) - len(checkable)
    return (f"{len(checked)} figures of the story found; {len(checkable)} can be checked "
            f"against the ledger, {len(departs)} of them depart from what the claimant said"
            + (f"; {unchecked} cannot be checked (no number written, or not in the ledger)"
               if unchecked else "") + ".")


def article_table(checked: pd.DataFrame) -> pd.DataFrame:
    """Return the check as a narrow table (four short columns, fits a 375 px screen)."""
    short = {"killed_or_wounded": "killed or wounded", "treated_in_north_korea": "treated in NK",
             "died_in_captivity": "died captive", "additional_deployed": "more deployed",
             "hosted_children": "children hosted"}
    return pd.DataFrame({
        "Figure": checked["figure_text"].str.slice(0, 32),
        "Counts": [short.get(m, m.replace("_", " ")) for m in checked["metric"]],
        "Source": checked["claimant"].str.replace(r"\s*\(.*\)$", "", regex=True),
        "Check": [f.replace(";", ", ").replace("_", " ") or "matches" for f in checked["flags"]],
    })


def proposed_rows(checked: pd.DataFrame, url: str | None, published: str | date | None,
                  outlet: str = "", language: str = "") -> pd.DataFrame:
    """Return the figures not in the ledger as rows of the collection sheet.

    For a journalist to confirm: the tool never writes them into ``data/raw``.
    """
    new = checked[checked["flags"].str.contains("not_in_ledger")]
    source = url or "the article"
    return pd.DataFrame({
        "id": [f"new{i + 1:03d}" for i in range(len(new))],
        "published": str(published or ""), "outlet": outlet, "url": url or "",
        "language": language, "attributed_to": new["claimant"].tolist(),
        "subject": new["subject"].tolist(), "metric": new["metric"].tolist(),
        "figure_text": new["figure_text"].tolist(), "period_text": new["period_text"].tolist(),
        "location_text": "", "note": f"proposed from {source}",
    }, columns=SHEET_COLUMNS)
