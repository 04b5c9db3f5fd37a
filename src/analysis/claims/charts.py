"""Charts of the claims ledger, in the house style of :mod:`analysis.publish.style`."""

from __future__ import annotations

import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures.words import describe_figure
from analysis.publish.style import (
    ARTICLE_WIDTH_IN,
    CLAIMANT_COLOURS,
    FLAGGED_COLOUR,
    METRIC_COLOURS,
    OTHER_COLOUR,
    add_source_line,
    describe,
    house_style,
    plain,
    set_title,
)


def claimant_sources(claimants: pd.Series, names: int = 3) -> str:
    """Name who the figures of a chart come from, for its source line.

    Parameters
    ----------
    claimants : pandas.Series
        The claimant of every point or row drawn.
    names : int
        How many claimants to name (those with most rows first); the rest are counted.

    Returns
    -------
    str
        For example ``"claims by South Korea National Intelligence Service (NIS),
        Volodymyr Zelensky (President of Ukraine) and 4 other claimants, as reported in the
        ledger"``.
    """
    counts = claimants.value_counts(sort=False)
    ranked = sorted(counts.index, key=lambda n: (-counts[n], str(n)))
    shown = ranked[:names]
    rest = len(ranked) - len(shown)
    if not shown:
        return "the claims ledger"
    if rest:
        listed = ", ".join(shown) + f" and {rest} other claimant{'s' if rest > 1 else ''}"
    elif len(shown) == 1:
        listed = shown[0]
    else:
        listed = ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"claims by {listed}, as reported in the ledger"


def claims_over_time(monthly: pd.DataFrame, title: str, sources: str) -> Figure:
    """Draw monthly claim counts as stacked bars, one colour per series, in the house style.

    Parameters
    ----------
    monthly : pandas.DataFrame
        Index: month (``YYYY-MM`` strings); one column per series (e.g. metric), counts.
    title : str
        The finding, stated plainly.
    sources : str
        The source line's text.

    Returns
    -------
    Figure
        The chart, ready for :func:`publish`.
    """
    with house_style():
        fig, ax = plt.subplots()
        positions = list(range(len(monthly.index)))
        bottom = [0] * len(positions)
        for column in monthly.columns:
            colour = METRIC_COLOURS.get(str(column), OTHER_COLOUR)
            values = monthly[column].to_numpy()
            ax.bar(positions, values, bottom=bottom, width=0.8, color=colour,
                   label=plain(str(column).replace("_", " ")))
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        step = max(1, -(-len(positions) // 6))
        ax.set_xticks(positions[::step], [plain(m) for m in list(monthly.index)[::step]],
                      rotation=45, ha="right")
        ax.set_xlabel("Month of publication")
        ax.set_ylabel("Claims reported (ledger rows)")
        set_title(ax, title)
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, 1.0), ncols=2)
        fig.subplots_adjust(bottom=0.2, top=0.9, left=0.09, right=0.98)
        add_source_line(fig, sources)
    busiest = monthly.sum(axis=1)
    series = ", ".join(str(c).replace("_", " ") for c in monthly.columns)
    alt = (f"Stacked bars of claims reported per month, {monthly.index[0]} to "
           f"{monthly.index[-1]}, by {series};"
           f" the busiest month is {busiest.idxmax()} with {int(busiest.max()):,} claims."
           ) if len(monthly) else "An empty chart: no dated claims in this selection."
    data = monthly.reset_index().rename(columns={monthly.index.name or "index": "month"})
    return describe(fig, alt, data)


MAX_SERIES = 6
"""Series with most statements get their own colour; the rest share grey."""

KIND_STYLE: dict[str, dict[str, object]] = {
    "exact": {"marker": "o", "fillstyle": "full", "label": "stated figure"},
    "range": {"marker": "o", "fillstyle": "full", "label": "range (bar: low to high)"},
    "at_least": {"marker": "^", "fillstyle": "none", "label": "at least (open above)"},
    "at_most": {"marker": "v", "fillstyle": "none", "label": "at most / nearly (open below)"},
}
"""How each kind of figure is drawn: open bounds get hollow one-sided markers."""


def _legend(colours: dict[str, str], other: str | None, kinds: list[str],
            additional: bool, flagged: bool = False) -> list:
    """Legend entries: one per coloured series, "other", each kind of figure drawn, additional."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=colour, marker="o", linestyle="none",
                      label=plain(str(name).replace("_", " ")))
               for name, colour in colours.items()]
    if other is not None:
        handles.append(Line2D([], [], color=OTHER_COLOUR, marker="o", linestyle="none",
                              label=plain(other)))
    handles += [Line2D([], [], color="#555555", marker=KIND_STYLE[k]["marker"],
                       fillstyle=KIND_STYLE[k]["fillstyle"], linestyle="none",
                       label=str(KIND_STYLE[k]["label"])) for k in kinds]
    if additional:
        handles.append(Line2D([], [], color="white", marker="o", markeredgecolor="black",
                              markeredgewidth=2.2, linestyle="none", label="additional"))
    if flagged:
        handles.append(Line2D([], [], color=FLAGGED_COLOUR, marker="X", fillstyle="none",
                              linestyle="none", label="flagged (see note; not in headlines)"))
    return handles


def _draw_statement(ax: object, row: object, colour: str, top: float, flagged: bool,
                    edge_black: bool) -> None:
    """Draw one statement: its whisker or open bound, then its marker (flagged: a hollow X)."""
    style = KIND_STYLE.get(row.kind, KIND_STYLE["exact"])
    if row.kind == "range":
        ax.vlines(row.date, row.low, row.high, color=colour, linewidth=2, alpha=0.8)
    elif row.kind == "at_least":
        ax.vlines(row.date, row.best, row.best + 0.08 * top, color=colour, linewidth=1.2,
                  linestyles="dotted")
    elif row.kind == "at_most":
        ax.vlines(row.date, max(0.0, row.best - 0.08 * top), row.best, color=colour,
                  linewidth=1.2, linestyles="dotted")
    marker, fill = ("X", "none") if flagged else (style["marker"], style["fillstyle"])
    edge = "black" if edge_black else colour
    ax.plot([row.date], [row.best], linestyle="none", marker=marker, fillstyle=fill,
            markersize=7, color=colour, markeredgecolor=edge,
            markeredgewidth=2.2 if edge == "black" else 1.2)


DATA_COLUMNS = ["date", "claimant", "metric", "figure", "low", "best", "high", "flag",
                "flagged_ids", "claim_group"]


def chart_data(chosen: pd.DataFrame) -> pd.DataFrame:
    """Return the columns of a statements chart a Datawrapper or Flourish user would paste.

    Parameters
    ----------
    chosen : pandas.DataFrame
        The statements drawn.

    Returns
    -------
    pandas.DataFrame
        ``date`` (ISO), claimant, metric, the figure in words, low / best / high as
        integers (empty when open), flag, flagged ids and claim group.
    """
    data = chosen.loc[:, [c for c in DATA_COLUMNS if c in chosen.columns]].copy()
    data["date"] = data["date"].dt.strftime("%Y-%m-%d")
    for column in ("low", "best", "high"):
        data[column] = data[column].round().astype("Int64")
    return data


def statements_alt(chosen: pd.DataFrame, series: str, ylabel: str) -> str:
    """Describe a statements chart from its data: who, the range, the latest values.

    Parameters
    ----------
    chosen : pandas.DataFrame
        The statements drawn.
    series : str
        The column coloured (claimant or metric).
    ylabel : str
        What is counted.

    Returns
    -------
    str
        For example "Dot chart of 40 statements of North Korean troops (people) by 15
        claimants, 18 October 2024 to 13 February 2026, from 1,500 to 15,000. Latest: ...".
    """
    if chosen.empty:
        return "An empty chart: no statements in this selection."
    last = chosen.sort_values("date", kind="stable").groupby(series, sort=False).tail(1)
    last = last.sort_values("date", ascending=False, kind="stable").head(4)
    latest = "; ".join(f"{getattr(r, series).replace('_', ' ')} {r.figure} "
                       f"({r.date:%d %B %Y})" for r in last.itertuples())
    flagged = int((chosen["flag"] != "").sum()) if "flag" in chosen.columns else 0
    return (f"Dot chart of {len(chosen)} statements of {ylabel} by "
            f"{chosen[series].nunique()} {series}s, {chosen['date'].min():%d %B %Y} to "
            f"{chosen['date'].max():%d %B %Y}, values from {chosen['best'].min():,.0f} to "
            f"{chosen['best'].max():,.0f}. Latest: {latest}."
            + (f" {flagged} flagged statement(s) drawn as grey crosses." if flagged else ""))


def statements_over_time(
    chosen: pd.DataFrame,
    title: str,
    sources: str,
    ylabel: str,
    series: str = "claimant",
    highlight: pd.Series | None = None,
) -> Figure:
    """Draw statements over time with their uncertainty always visible.

    Ranges are whiskers from low to high around the best value; "at least" figures are
    hollow up-pointing triangles with a dotted line running upwards (the bound is open);
    "at most" figures are hollow down-pointing triangles with a dotted line running down.
    No figure is drawn as a bare best value without its kind.

    Parameters
    ----------
    chosen : pandas.DataFrame
        Statements (:func:`analysis.statements.statements`): ``date, low, best, high,
        kind`` and the ``series`` column.
    title : str
        The finding, stated plainly.
    sources : str
        The source line's text.
    ylabel : str
        The y axis label, with units.
    series : str
        Column whose values get one colour each (default: the claimant).
    highlight : pandas.Series, optional
        Booleans, same index: statements drawn with a thick black edge (e.g. additional
        deployments), explained in the legend as "additional".

    Returns
    -------
    Figure
        The chart, ready for :func:`publish`.
    """
    if "figure" not in chosen.columns:
        chosen = chosen.assign(figure=[describe_figure(lo, b, hi) for lo, b, hi in zip(
            chosen["low"], chosen["best"], chosen["high"], strict=True)])
    with house_style():
        fig, ax = plt.subplots(figsize=(ARTICLE_WIDTH_IN, 5.6))
        fixed = METRIC_COLOURS if series == "metric" else CLAIMANT_COLOURS
        names = sorted(set(chosen[series]), key=str)
        colours = {name: fixed[name] for name in names if name in fixed}
        others = [name for name in names if name not in fixed]
        other = f"other {series}s ({len(others)})"
        flagged = (chosen["flag"] != "") if "flag" in chosen.columns else pd.Series(
            False, index=chosen.index)
        top = float(np.nanmax(chosen[["best", "high"]].to_numpy())) if len(chosen) else 1.0
        for row in chosen.itertuples():
            colour = FLAGGED_COLOUR if flagged[row.Index] else colours.get(
                getattr(row, series), OTHER_COLOUR)
            _draw_statement(ax, row, colour, top, bool(flagged[row.Index]),
                            highlight is not None and bool(highlight[row.Index]))
        ax.set_ylim(bottom=0, top=top * 1.15)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.set_ylabel(plain(ylabel))
        ax.set_xlabel("Date stated")
        set_title(ax, title)
        handles = _legend(colours, other if others else None,
                          [k for k in KIND_STYLE if k in set(chosen["kind"])],
                          highlight is not None and bool(highlight.any()), bool(flagged.any()))
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.01, 0.05), ncols=2,
                   fontsize=7.5)
        fig.autofmt_xdate()
        fig.subplots_adjust(bottom=0.42, top=0.88, left=0.12, right=0.97)
        add_source_line(fig, sources)
    return describe(fig, statements_alt(chosen, series, ylabel), chart_data(chosen))
