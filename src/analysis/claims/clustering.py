"""The grouping engine: rows → statements, in three passes (codebook, "Claim groups").

1. **Dated rows** (:func:`_pass_dated`). Within one *block* — one claimant, one statement
   kind (metric family; in the deployment family a total and an additional deployment
   apart), one subject class — rows are taken in order of their statement date. A row joins
   a group when its figure is the same statement's (:func:`same_statement`) and its
   statement date overlaps the group's, or when a member comes from the same article.
   A row dated only by its publication counts as stated in the :data:`WINDOW_DAYS` before it.
2. **Broader claimants** (:func:`_pass_broader`). A group of a broader name ("Seoul",
   "US government (unspecified)") joins the one statement of a claimant it can stand for
   (``data/raw/claimant_hierarchy.csv``) that has the same metric, figure and statement date;
   with several, it stays apart for review.
3. **Undated rows** (:func:`_pass_undated`). A row with no statement date joins a dated
   statement only when exactly one of its claimant's has the same metric and figure, and
   the claimant's own figures do not pass through it at another time. Otherwise it stays
   apart and the review queue lists the candidates.

Only rows of one block are ever compared, and a dated row only with the groups of its block
whose dates can still overlap it (:data:`REACH_DAYS`), so the work grows with the rows, not
with their pairs.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from analysis.ledger.reference import ANY_CLAIMANT
from analysis.ledger.vocabulary import CASUALTY_METRICS

WINDOW_DAYS = 14
"""A row dated only by its publication was stated within this many days before it."""

REACH_DAYS = 31
"""The longest statement-date interval of a dated row (an occasion named by its month)."""

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
statement only when reported in the same article, or dated, overlapping, with the same
metric and the same best value; their undated rows never join by figure."""

_DAY = np.timedelta64(1, "D")


def _norm_text(text: Any) -> str:
    # the words of an unparsed figure: case, spacing, punctuation, hyphens and a leading
    # article aside ("the sub-units of the armed forces" = "subunits of the armed forces")
    words = re.sub(r"[\W_]+", " ", str(text).casefold().replace("-", "")).split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


def _close(a: float, b: float, rounding: float) -> bool:
    return abs(a - b) <= rounding * max(abs(a), abs(b))


def figures_match(a: Mapping[str, Any], b: Mapping[str, Any], rounding: float = ROUNDING,
                  widen: bool = True) -> bool:
    """Whether two rows' figures can be the same reported figure.

    Parameters
    ----------
    a, b : mapping
        Rows with ``figure_status, unit, qualifier, low, best, high, figure_text``.
    rounding : float
        Relative difference of best values still read as the same figure.
    widen : bool
        Also accept a range or vague figure whose low–high interval holds the other's best
        value (only at the full :data:`ROUNDING`).

    Returns
    -------
    bool
        True when both parsed with the same unit and their best values are within
        ``rounding`` (or, widened, one's interval holds the other); two unparsed figures only
        with the same text (case and spacing aside).
    """
    if a["figure_status"] != "ok" or b["figure_status"] != "ok":
        if a["figure_status"] == b["figure_status"] == "unparsed":
            return _norm_text(a["figure_text"]) == _norm_text(b["figure_text"])
        return False
    if a["unit"] != b["unit"]:
        return False
    best_a, best_b = float(a["best"]), float(b["best"])
    if _close(best_a, best_b, rounding):
        return True
    if not widen or rounding < ROUNDING:
        return False
    for wide, point in ((a, best_b), (b, best_a)):
        if wide["qualifier"] in ("range", "vague"):
            low, high = float(wide["low"]), float(wide["high"])
            lo = low if not math.isnan(low) else 0.0
            hi = high if not math.isnan(high) else math.inf
            if lo <= point <= hi:
                return True
    return False


def same_statement(a: Mapping[str, Any], b: Mapping[str, Any], strict: bool = False) -> bool:
    """Whether two rows' metrics and figures allow them to be one statement.

    Parameters
    ----------
    a, b : mapping
        Rows with ``metric`` and the figure columns.
    strict : bool
        The test for joins without a shared date or article (undated rows, broader
        claimants, recaps): the same figure within rounding, never a range holding the
        other's value, and a vague figure only as the same vague words' interval.

    Returns
    -------
    bool
        Same metric and matching figures (:func:`figures_match`), or — metric drift, among
        killed, wounded and killed-or-wounded only — the very same figure (2%).
    """
    if a["metric"] == b["metric"]:
        if strict and "vague" in (a["qualifier"], b["qualifier"]):
            return _same_vague(a, b)
        return figures_match(a, b, ROUNDING, widen=not strict)
    if a["metric"] in CASUALTY_METRICS and b["metric"] in CASUALTY_METRICS:
        return figures_match(a, b, DRIFT_ROUNDING, widen=False)
    return False


def _same_vague(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    # two vague figures are the same only with the same words' interval ("hundreds" and
    # "Сотні"); a vague word is never the same figure as a number ("a few" is not "two")
    if a["qualifier"] != b["qualifier"] or a["unit"] != b["unit"]:
        return False
    return all(float(a[k]) == float(b[k]) or (math.isnan(float(a[k])) and math.isnan(float(b[k])))
               for k in ("low", "best", "high"))


def statement_kind(metric: str, family: str, relation: str) -> str:
    """Return the statement kind that blocks comparisons: rows of different kinds never group.

    Parameters
    ----------
    metric, family, relation : str
        The row's metric, metric family and figure relation (``total``/``additional``).

    Returns
    -------
    str
        ``family:metric`` for "other" and the deployment family (a further deployment is
        another statement than a total: "another 1,500" deployed counts as
        ``additional_deployed``); the family alone elsewhere. Relation words in casualty
        reports ("another 2,700 wounded" beside "300 killed") do not change the kind.
    """
    if family == "deployment":
        return "deployment:" + ("additional_deployed" if relation == "additional" else metric)
    return family + ":" + (metric if family == "other" else "")


@dataclass
class _Group:
    label: str
    anchor: int
    claimant: str
    key: tuple[str, str]
    lo: float
    hi: float
    dated: bool
    members: list[int] = field(default_factory=list)
    by_url: dict[str, list[int]] = field(default_factory=dict)
    merged_into: _Group | None = None


@dataclass
class _State:
    rows: list[dict[str, Any]]
    group_of: list[_Group | None]
    reason: list[str]
    review: dict[int, tuple[str, str]] = field(default_factory=dict)
    groups: list[_Group] = field(default_factory=list)
    by_url: dict[str, list[_Group]] = field(default_factory=dict)
    by_key: dict[tuple[str, str], list[_Group]] = field(default_factory=dict)
    by_figure: dict[tuple[str, str], tuple[list[float], list[_Group]]] = field(
        default_factory=dict)
    series: dict[tuple[str, str, str], list[tuple[float, _Group]]] = field(default_factory=dict)
    candidates: dict[tuple[str, ...], list[_Group]] = field(default_factory=dict)


def _index_dated(state: _State) -> None:
    """Index the dated statements once for the undated pass: by figure and as series."""
    for key, groups in state.by_key.items():
        dated = [g for g in groups if g.dated and g.merged_into is None]
        ordered = sorted(dated, key=lambda g: _anchor_best(state, g))
        state.by_figure[key] = ([_anchor_best(state, g) for g in ordered], ordered)
        for group in sorted(dated, key=lambda g: (g.hi, g.label)):
            if state.rows[group.anchor]["figure_status"] == "ok":
                state.series.setdefault((*key, _group_metric(state, group)), []).append(
                    (float(state.rows[group.anchor]["best"]), group))


def _anchor_best(state: _State, group: _Group) -> float:
    row = state.rows[group.anchor]
    return float(row["best"]) if row["figure_status"] == "ok" else math.inf


def _rows(claims: pd.DataFrame, stated: pd.DataFrame) -> list[dict[str, Any]]:
    """Row records with a block key and a statement interval in days (NaN: undated)."""
    start = pd.to_datetime(stated["stated_on_start"].replace("", None), format="%Y-%m-%d")
    end = pd.to_datetime(stated["stated_on_end"].replace("", None), format="%Y-%m-%d")
    epoch = np.datetime64("1970-01-01")
    hi = ((end.to_numpy(dtype="datetime64[D]") - epoch) / _DAY).astype(float)
    lo = ((start.to_numpy(dtype="datetime64[D]") - epoch) / _DAY).astype(float)
    hi[end.isna().to_numpy()] = np.nan
    lo = np.where(start.isna().to_numpy(), hi - WINDOW_DAYS, lo)
    kind = [statement_kind(m, f, r) for m, f, r in
            zip(claims["metric"], claims["metric_family"], claims["relation"], strict=True)]
    published = pd.to_datetime(claims["published"].replace("", None), format="%Y-%m-%d")
    pub = ((published.to_numpy(dtype="datetime64[D]") - epoch) / _DAY).astype(float)
    pub[published.isna().to_numpy()] = np.nan
    columns = ["id", "url", "claimant", "metric", "metric_family", "figure_text",
               "figure_status", "unit", "qualifier", "low", "best", "high"]
    records = claims.loc[:, columns].to_dict("records")
    occasion = ~stated["stated_on_precision"].isin(["on_or_before", "none"]).to_numpy()
    for record, k, s, lo_i, hi_i, p, o in zip(records, kind, claims["subject_class"], lo, hi,
                                              pub, occasion, strict=True):
        record.update(kind=k + "|" + s, lo=float(lo_i), hi=float(hi_i),
                      pub=float(p), occasion=bool(o))
    return records


def _when(lo: float, hi: float, occasion: bool = True) -> str:
    if math.isnan(hi):
        return "undated"
    first, last = (str(np.datetime64("1970-01-01") + int(d) * _DAY) for d in (lo, hi))
    if not occasion:
        return f"on or before {last}"
    return f"on {last}" if first == last else f"between {first} and {last}"


def _group_when(state: _State, group: _Group) -> str:
    occasion = any(state.rows[i]["occasion"] for i in group.members)
    return _when(group.lo, group.hi, occasion)


def _describe(row: Mapping[str, Any]) -> str:
    return f"{row['metric']} '{row['figure_text']}'"


def _new_group(state: _State, i: int, why: str) -> _Group:
    row = state.rows[i]
    dated = not math.isnan(row["hi"])
    group = _Group(label=f"grp-{row['id']}", anchor=i, claimant=row["claimant"],
                   key=(row["claimant"], row["kind"]), lo=row["lo"], hi=row["hi"], dated=dated)
    state.groups.append(group)
    state.by_key.setdefault(group.key, []).append(group)
    _add(state, group, i)
    state.reason[i] = f"first report of this statement ({why})"
    return group


def _add(state: _State, group: _Group, i: int, narrow: bool = True) -> None:
    row = state.rows[i]
    group.members.append(i)
    group.by_url.setdefault(row["url"], []).append(i)
    if group not in state.by_url.setdefault(row["url"], []):
        state.by_url[row["url"]].append(group)
    state.group_of[i] = group
    if narrow and not math.isnan(row["hi"]) and max(group.lo, row["lo"]) <= min(group.hi,
                                                                              row["hi"]):
        group.lo, group.hi = max(group.lo, row["lo"]), min(group.hi, row["hi"])


def _join(state: _State, group: _Group, i: int, how: str) -> None:
    row, anchor = state.rows[i], state.rows[group.anchor]
    state.reason[i] = (f"same claimant ({group.claimant}) and metric family "
                       f"({row['metric_family']}); {_describe(row)} matches {_describe(anchor)}; "
                       f"{how} {anchor['id']}")
    _add(state, group, i)


def _joinable(state: _State, i: int, group: _Group, strict: bool = False) -> bool:
    # the same statement as the group's first report and as every member of its article
    # (an article giving "50 killed" and "47 wounded" reports two statements)
    row = state.rows[i]
    if not same_statement(row, state.rows[group.anchor], strict):
        return False
    return all(same_statement(row, state.rows[m]) for m in group.by_url.get(row["url"], []))


def _dated_candidate(state: _State, i: int, groups: list[_Group]) -> tuple[_Group, str] | None:
    # the group a dated row joins: one from its article first, else the nearest overlap
    row = state.rows[i]
    unspecified = row["claimant"] in UNSPECIFIED_CLAIMANTS
    best: tuple[float, str, _Group, str] | None = None
    for group in groups:
        if not _joinable(state, i, group):
            continue
        if row["url"] in group.by_url:
            choice = (-1.0, group.label, group, "reported in the same article as")
        elif max(group.lo, row["lo"]) > min(group.hi, row["hi"]):
            continue
        elif unspecified and not (row["metric"] == state.rows[group.anchor]["metric"]
                                  and row["best"] == state.rows[group.anchor]["best"]):
            continue
        else:
            distance = abs((group.lo + group.hi) - (row["lo"] + row["hi"])) / 2
            choice = (distance, group.label, group,
                      f"stated {_when(row['lo'], row['hi'], row['occasion'])}, as was")
        if best is None or choice[:2] < best[:2]:
            best = choice
    return None if best is None else (best[2], best[3])


def _pass_dated(state: _State) -> None:
    """Group dated rows block by block, in order of their statement dates."""
    order = sorted((i for i, r in enumerate(state.rows) if not math.isnan(r["hi"])),
                   key=lambda i: (state.rows[i]["hi"], np.nan_to_num(state.rows[i]["pub"], nan=9e9),
                                  state.rows[i]["id"]))
    active: dict[tuple[str, str], list[_Group]] = {}
    for i in order:
        row = state.rows[i]
        key = (row["claimant"], row["kind"])
        groups = [g for g in active.get(key, []) if g.hi >= row["hi"] - REACH_DAYS]
        groups += [g for g in state.by_url.get(row["url"], []) if g.key == key and g not in groups]
        found = _dated_candidate(state, i, groups)
        if found is None:
            groups.append(_new_group(state, i, "stated "
                                     + _when(row["lo"], row["hi"], row["occasion"])))
        else:
            _join(state, found[0], i, found[1])
        active[key] = [g for g in groups if g.dated]


def _pass_recaps(state: _State) -> None:
    """Merge recaps into the statement they re-report.

    A dated group naming no occasion that gives the very figure of its claimant's previous
    statement of that metric, with no other figure between them, re-reports that statement.
    """
    previous: dict[tuple[str, str, str], _Group] = {}
    for group in sorted((g for g in state.groups if g.dated), key=lambda g: (g.hi, g.label)):
        metric = _group_metric(state, group)
        before = previous.get((*group.key, metric))
        if before is not None and before.hi < group.lo and _is_recap(state, group, before):
            anchor = state.rows[before.anchor]
            for i in group.members:
                _add(state, before, i, narrow=False)
                state.reason[i] = (f"same claimant ({before.claimant}); {_describe(state.rows[i])}"
                                   f" names no occasion and repeats the claimant's previous "
                                   f"{metric} figure, {_describe(anchor)} stated "
                                   f"{_group_when(state, before)}, with no other figure between:"
                                   f" a recap of {anchor['id']}")
            group.merged_into, group.members = before, []
            continue
        previous[(*group.key, metric)] = group


def _is_recap(state: _State, group: _Group, before: _Group) -> bool:
    a, b = state.rows[group.anchor], state.rows[before.anchor]
    if any(state.rows[i]["occasion"] for i in group.members) or a["figure_status"] != "ok":
        return False
    return (a["metric"] == b["metric"] and same_statement(a, b, strict=True)
            and _close(float(a["best"]), float(b["best"]), DRIFT_ROUNDING))


def _pass_broader(state: _State, hierarchy: pd.DataFrame) -> None:
    """Let each dated group of a broader name join the one narrower statement it stands for."""
    stands_for = hierarchy.groupby("broader")["specific"].apply(list).to_dict()
    if not stands_for:
        return
    index: dict[str, list[_Group]] = {}
    for group in sorted((g for g in state.groups if g.dated), key=lambda g: g.hi):
        index.setdefault(group.key[1], []).append(group)
    his = {k: [g.hi for g in groups] for k, groups in index.items()}
    for group in [g for g in state.groups if g.dated and g.claimant in stands_for]:
        names = stands_for[group.claimant]
        anyone = ANY_CLAIMANT in names
        pool = index.get(group.key[1], [])
        start = bisect.bisect_left(his.get(group.key[1], []), group.lo)
        fits = []
        for other in pool[start:]:
            if other.lo > group.hi + REACH_DAYS:
                break
            if (other is group or other.merged_into is not None
                    or max(other.lo, group.lo) > min(other.hi, group.hi)):
                continue
            named = other.claimant not in UNSPECIFIED_CLAIMANTS and other.claimant not in stands_for
            if (other.claimant in names or (anyone and named)) and _broad_fits(state, group, other,
                                                                               anyone):
                fits.append(other)
        _settle_broader(state, group, fits)


def _broad_fits(state: _State, group: _Group, other: _Group, anyone: bool) -> bool:
    a, b = state.rows[group.anchor], state.rows[other.anchor]
    if a["metric"] != b["metric"] or not same_statement(a, b, strict=True):
        return False
    return not anyone or _close(float(a["best"]), float(b["best"]), DRIFT_ROUNDING)


def _settle_broader(state: _State, group: _Group, fits: list[_Group]) -> None:
    broad = group.claimant
    if len(fits) == 1:
        target = fits[0]
        anchor = state.rows[target.anchor]
        for i in group.members:
            _add(state, target, i, narrow=False)
            state.reason[i] = (f"attributed to {broad}, a broader name for {target.claimant} "
                               f"(data/raw/claimant_hierarchy.csv); {_describe(state.rows[i])} "
                               f"matches {_describe(anchor)}, stated {_group_when(state, target)}"
                               f"; joins {anchor['id']}")
            state.review[i] = ("claimant_broadened",
                               f"attributed to '{broad}'; joined {target.label} of "
                               f"{target.claimant} (same metric, figure and statement date)")
        group.merged_into = target
        group.members = []
    elif len(fits) > 1:
        listed = ", ".join(f"{g.label} ({g.claimant})" for g in fits)
        for i in group.members:
            state.reason[i] += f"; attributed to {broad}: left apart for review ({listed} fit)"
            state.review[i] = ("claimant_broadened",
                               f"attributed to '{broad}', which could be any of: {listed}; "
                               "left apart (merge in data/raw/claim_overrides.csv)")


def _group_metric(state: _State, group: _Group) -> str:
    # the metric most of the group's rows give (ties: its first report's)
    metrics = [state.rows[i]["metric"] for i in group.members]
    anchor = state.rows[group.anchor]["metric"]
    return max(dict.fromkeys([anchor, *metrics]), key=metrics.count)


def _crossing(state: _State, i: int, target: _Group) -> tuple[_Group, _Group] | None:
    # two consecutive dated statements of the target's claimant whose figures pass through
    # the row's figure (one below it, the next above it, neither the same figure): the
    # claimant may have given the row's figure between them, so the target is not the only
    # statement it can be
    row = state.rows[i]
    if row["figure_status"] != "ok" or row["metric_family"] == "other":
        return None
    value = float(row["best"])
    series = state.series.get((*target.key, row["metric"]), [])
    for (x, a), (y, b) in zip(series, series[1:], strict=False):
        if (min(x, y) < value < max(x, y) and not _close(value, x, ROUNDING)
                and not _close(value, y, ROUNDING)):
            return a, b
    return None


_STATEMENT_FIELDS = ("kind", "metric", "qualifier", "figure_status", "figure_text", "unit",
                     "low", "best", "high")
"""What :func:`same_statement` and the undated pass read of a row (with its claimant)."""


def _undated_candidates(state: _State, i: int, names: list[str]) -> list[_Group]:
    # dated statements of the named claimants with the row's metric and figure; when several,
    # the one that repeats the very figure (2%) if it is the only one
    row = state.rows[i]
    # a row whose article no group holds is judged on the anchors alone: rows alike in
    # everything same_statement reads share one answer (hundreds of copies in a large ledger)
    key = (*names, *(str(row[c]) for c in _STATEMENT_FIELDS)) if row["url"] not in \
        state.by_url else None
    if key in state.candidates:
        return state.candidates[key]
    found = []
    for name in names:
        bests, groups = state.by_figure.get((name, row["kind"]), ([], []))
        if row["figure_status"] == "ok":
            value = float(row["best"])
            lo, hi = (value * (1 - ROUNDING), value / (1 - ROUNDING)) if value >= 0 else (
                value / (1 - ROUNDING), value * (1 - ROUNDING))
            near = groups[bisect.bisect_left(bests, lo):bisect.bisect_right(bests, hi)]
        else:
            near = groups[bisect.bisect_left(bests, math.inf):]
        found += [g for g in near if _joinable(state, i, g, strict=True)]
    if len(found) > 1:
        exact = [g for g in found if state.rows[g.anchor]["metric"] == row["metric"]
                 and row["figure_status"] == "ok"
                 and _close(float(row["best"]), float(state.rows[g.anchor]["best"]),
                            DRIFT_ROUNDING)]
        found = exact if len(exact) == 1 else found
    found = sorted(found, key=lambda g: g.label)
    if key is not None:
        state.candidates[key] = found
    return found


def _pass_undated(state: _State, hierarchy: pd.DataFrame) -> None:
    """Undated rows: their article's group, else the only compatible dated statement."""
    stands_for = hierarchy.groupby("broader")["specific"].apply(list).to_dict()
    _index_dated(state)
    for i in [i for i, r in enumerate(state.rows) if math.isnan(r["hi"])]:
        row = state.rows[i]
        key = (row["claimant"], row["kind"])
        article = sorted((g for g in state.by_url.get(row["url"], [])
                          if g.key == key and g.merged_into is None and _joinable(state, i, g)),
                         key=lambda g: g.label)
        if article:
            _join(state, article[0], i, "undated; reported in the same article as")
            continue
        if row["claimant"] in UNSPECIFIED_CLAIMANTS:
            _new_group(state, i, "undated; an unspecified claimant's figure joins nothing")
            continue
        broader = [n for n in stands_for.get(row["claimant"], []) if n != ANY_CLAIMANT]
        found = _undated_candidates(state, i, [row["claimant"], *broader])
        crossing = _crossing(state, i, found[0]) if len(found) == 1 else None
        if len(found) == 1 and crossing is None and found[0].claimant == row["claimant"]:
            _join(state, found[0], i, "undated; the only statement of its claimant with this "
                                      "metric and figure is that of")
            continue
        _leave_apart(state, i, found, crossing)


MAX_LISTED = 10
"""Candidate statements named in one review line; the rest are counted. A large ledger can
have hundreds for one undated row, and naming each made the queue grow with the square of
the rows (the real ledger has at most 2)."""


def _leave_apart(state: _State, i: int, found: list[_Group],
                 crossing: tuple[_Group, _Group] | None) -> None:
    if not found:
        _new_group(state, i, "undated; no dated statement of its claimant has this figure")
        return
    listed = ", ".join(f"{g.label} ({g.claimant}, {_describe(state.rows[g.anchor])}, stated "
                       f"{_group_when(state, g)})" for g in found[:MAX_LISTED])
    if len(found) > MAX_LISTED:
        listed += f" and {len(found) - MAX_LISTED} more"
    if crossing is not None:
        a, b = (state.rows[g.anchor] for g in crossing)
        why = (f"its claimant's figures went from {a['figure_text']!r} ({a['id']}) to "
               f"{b['figure_text']!r} ({b['id']}), so it may have said this in between")
    elif len(found) > 1:
        why = "several statements fit"
    else:
        why = "a broader name: only a dated report may stand for a narrower claimant"
    _new_group(state, i, f"undated; left apart for review: {why}")
    state.review[i] = ("undated_candidates",
                       f"undated; {why}; candidate statements: {listed}. Resolve with a "
                       "'merge' line in data/raw/claim_overrides.csv")


def _relabel(state: _State) -> None:
    # label each group after its first report: the earliest published row of its own
    # claimant (an occasion named months later does not make a late article the first)
    for group in state.groups:
        if group.members:
            own = [i for i in group.members if state.rows[i]["claimant"] == group.claimant]
            first = min(own or group.members, key=lambda i: (math.isnan(state.rows[i]["pub"]),
                                                            state.rows[i]["pub"],
                                                            state.rows[i]["id"]))
            group.label = f"grp-{state.rows[first]['id']}"


def cluster(claims: pd.DataFrame, stated: pd.DataFrame,
            hierarchy: pd.DataFrame | None = None) -> pd.DataFrame:
    """Group rows into statements: dated rows, broader claimants, then undated rows.

    Parameters
    ----------
    claims : pandas.DataFrame
        Cleaned claims (``id, url, claimant, metric, metric_family, relation,
        subject_class`` and the figure columns).
    stated : pandas.DataFrame
        Their statement dates (:func:`analysis.claims.stated.statement_dates`), same index.
    hierarchy : pandas.DataFrame, optional
        ``broader, specific`` (:func:`analysis.ledger.reference.load_hierarchy`).

    Returns
    -------
    pandas.DataFrame
        Same index; ``claim_group``, ``group_reason``, and ``review_kind`` /
        ``review_detail`` (empty, or what an editor must decide about the row).
    """
    hierarchy = hierarchy if hierarchy is not None else pd.DataFrame(
        columns=["broader", "specific"])
    rows = _rows(claims, stated)
    state = _State(rows=rows, group_of=[None] * len(rows), reason=[""] * len(rows))
    _pass_dated(state)
    _pass_recaps(state)
    _pass_broader(state, hierarchy)
    _relabel(state)
    _pass_undated(state, hierarchy)
    labels = [g.label if g is not None else "" for g in state.group_of]
    kinds = [state.review.get(i, ("", ""))[0] for i in range(len(rows))]
    details = [state.review.get(i, ("", ""))[1] for i in range(len(rows))]
    return pd.DataFrame({"claim_group": labels, "group_reason": state.reason,
                         "review_kind": kinds, "review_detail": details}, index=claims.index)
