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

__all__ = ["CHECK_COLUMNS", "FLAGS", "article_table", "check_article", "check_figures",
           "headline", "proposed_rows"]

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
    if a1 is None or b1 is None:
        return None
    return not (pd.Timestamp(a1) < b0 or b1 < pd.Timestamp(a0 or a1))


class _Ledger:
    """The claim groups as plain records, by metric family, with their periods.

    Prepared once per pair of tables: a scan checks thousands of articles against one ledger.
    """

    def __init__(self, claims: pd.DataFrame, groups: pd.DataFrame) -> None:
        records = groups.to_dict("records")
        for g in records:
            g["when"] = _date(g["stated_on_end"]) or _date(g["first_reported"])
        self.by_family: dict[str, list[dict]] = {}
        for g in records:
            self.by_family.setdefault(g["metric_family"], []).append(g)
        self.by_id = {g["claim_group"]: g for g in records}
        ok = claims[claims["period_status"] == "ok"]
        self.periods: dict[str, list[tuple]] = {}
        for group, s0, s1 in zip(ok["claim_group"], ok["period_start"], ok["period_end"],
                                 strict=True):
            if isinstance(s1, str) and s1:
                self.periods.setdefault(group, []).append(
                    (pd.Timestamp(s0) if isinstance(s0, str) and s0 else pd.Timestamp(s1),
                     pd.Timestamp(s1)))
        self.first = claims.set_index("id")[["figure_text", "qualifier"]].to_dict("index")
        self.urls = claims.groupby("url")["claim_group"].agg(set).to_dict()
        self.all_urls = claims.groupby("claim_group")["url"].agg(set).to_dict()
        self.memo: dict[tuple, tuple] = {}


_PREPARED: dict[tuple[int, int], _Ledger] = {}


def _ledger(claims: pd.DataFrame, groups: pd.DataFrame) -> _Ledger:
    key = (id(claims), id(groups))
    if key not in _PREPARED:
        _PREPARED.clear()
        _PREPARED[key] = _Ledger(claims, groups)
    return _PREPARED[key]


def _same_figure(fig: dict, g: dict) -> bool:
    if fig["status"] != "ok":
        return True
    if not isinstance(g["best"], float) or math.isnan(g["best"]):
        return False
    return figures_match({**fig, "figure_status": "ok"},
                         {"figure_status": "ok", "unit": g["unit"], "qualifier": "exact",
                          "low": g["low"], "best": g["best"], "high": g["high"],
                          "figure_text": ""})


def _candidates(fig: dict, ledger: _Ledger, skip: set[str],
                published: pd.Timestamp | None) -> list[tuple[float, str, list[str]]]:
    out = []
    for g in ledger.by_family.get(metric_family(fig["metric"]), []):
        if g["claim_group"] in skip:
            continue
        fit, flag = _claimant_fit(fig["claimant"], g["claimant"], g["claimant_kind"])
        when = g["when"]
        if not fit or (published is not None and when is not None and when > published):
            continue
        flags = [flag] if flag else []
        same_figure = _same_figure(fig, g)
        if fig["metric"] != g["metric"]:
            flags.append("metric_drift")
        if not same_figure:  # another figure: the same statement only when said lately
            recent = published is not None and when is not None and \
                (published - when).days <= DRIFT_DAYS
            if fig["metric"] != g["metric"] or fit < 3 or not recent or \
                    not isinstance(g["best"], float) or math.isnan(g["best"]):
                continue
            flags.append("figure_drift")
        score = fit + 2 * same_figure + (fig["metric"] == g["metric"])
        overlaps = [_overlap(fig["period_start"], fig["period_end"], s0, s1)
                    for s0, s1 in ledger.periods.get(g["claim_group"], [])]
        if any(o is True for o in overlaps):
            score += 1
        elif overlaps and all(o is False for o in overlaps):
            flags.append("period_drift")
        out.append((score + (when.toordinal() / 1e7 if when is not None else 0),
                    g["claim_group"], flags))
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
    return check_figures(extract_figures(text, lang, published), published, url, claims, groups)


def check_figures(figures: pd.DataFrame, published: str | date | None = None,
                  url: str | None = None, claims: pd.DataFrame | None = None,
                  groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """Check figures found by :func:`~analysis.articles.extract_figures` against the ledger.

    The figures may come from many articles sharing ``published`` and ``url`` (a folder
    scan checks one table per batch); the parameters are those of :func:`check_article`.

    Returns
    -------
    pandas.DataFrame
        ``figures`` with the columns :func:`check_article` adds.
    """
    from analysis.claims.explore import load_claim_groups, load_claims

    claims = load_claims() if claims is None else claims
    groups = load_claim_groups() if groups is None else groups
    ledger = _ledger(claims, groups)
    own = ledger.urls.get(url, set()) if url else set()
    skip = {g for g in own if ledger.all_urls.get(g, set()) <= {url}}
    when = _date(published)
    extra: dict[str, list] = {c: [] for c in CHECK_COLUMNS}
    columns = list(figures.columns)  # rows as dicts, as to_dict("records") gives them but
    for fig in (dict(zip(columns, values, strict=True))  # without its cost per value
                for values in zip(*(figures[c].tolist() for c in columns), strict=True)):
        key = (*(fig[k] for k in _DECIDES), frozenset(skip), when)
        if key not in ledger.memo:  # a batch reports the same figures again and again
            ledger.memo[key] = _check_one(fig, ledger, skip, when)
        for column, value in zip(CHECK_COLUMNS, ledger.memo[key], strict=True):
            extra[column].append(value)
    return figures.assign(**extra)


_DECIDES = ("metric", "claimant", "status", "unit", "qualifier", "low", "best", "high",
            "period_start", "period_end")
"""The fields of a figure that decide its check (with the article's date and URL)."""


def _check_one(fig: dict, ledger: _Ledger, skip: set[str], when: pd.Timestamp | None
               ) -> tuple:
    found = _candidates(fig, ledger, skip, when)
    if not found:
        flags = ["not_in_ledger"] + (["unattributed"] if fig["claimant"] == UNATTRIBUTED
                                     else [])
        values = ["", "", 0, flags]
    else:
        _, group_id, flags = found[0]
        group = ledger.by_id[group_id]
        flags = flags + _stale(group, ledger, when)
        values = [group_id, _said(group, ledger.first[group["first_id"]]),
                  int(group["outlets"]), flags]
    return tuple(";".join(dict.fromkeys(value)) if column == "flags" else value
                 for column, value in zip(CHECK_COLUMNS, values, strict=True))


def _said(group: dict, said: dict) -> str:
    words = {"at_least": "at least ", "approx": "about ", "at_most": "up to ",
             "nearly": "nearly ", "exact": "", "range": "", "vague": "", "none": ""}
    best, low, high = group["best"], group["low"], group["high"]
    if not isinstance(best, float) or math.isnan(best):
        figure = f"'{said['figure_text']}'"
    elif said["qualifier"] == "range" and not math.isnan(high):
        figure = f"{low:,.0f}–{high:,.0f}"
    elif said["qualifier"] == "vague":
        figure = f"'{said['figure_text']}' ({low:,.0f}–{high:,.0f})"
    else:
        figure = f"{words.get(said['qualifier'], '')}{best:,.0f}"
    when = group["stated_on_end"]
    when = when if isinstance(when, str) and when else "undated"
    return f"{group['metric'].replace('_', ' ')}: {figure} ({when})"


def _stale(group: dict, ledger: _Ledger, when: pd.Timestamp | None) -> list[str]:
    mine = _date(group["stated_on_end"])
    if mine is None:
        return []
    for g in ledger.by_family.get(group["metric_family"], []):
        later = _date(g["stated_on_end"])
        if g["claimant"] == group["claimant"] and g["metric"] == group["metric"] and \
                later is not None and later > mine and (when is None or later <= when):
            return ["stale"]
    return []


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
