"""Charts of the claims ledger, in the house style of :mod:`analysis.publish.style`."""

from __future__ import annotations

import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.publish.style import (
    ARTICLE_WIDTH_IN,
    PALETTE,
    add_source_line,
    house_style,
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
        for colour, column in zip(PALETTE * 4, monthly.columns, strict=False):
            values = monthly[column].to_numpy()
            ax.bar(positions, values, bottom=bottom, width=0.8, color=colour,
                   label=str(column).replace("_", " "))
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        step = max(1, len(positions) // 8)
        ax.set_xticks(positions[::step], list(monthly.index)[::step])
        ax.set_xlabel("Month of publication")
        ax.set_ylabel("Claims reported (ledger rows)")
        set_title(ax, title)
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, 1.0), ncols=2)
        fig.subplots_adjust(bottom=0.2, top=0.9, left=0.09, right=0.98)
        add_source_line(fig, sources)
    return fig


MAX_SERIES = 6
"""Series with most statements get their own colour; the rest share grey."""
OTHER_COLOUR = "#b0b0b0"

KIND_STYLE: dict[str, dict[str, object]] = {
    "exact": {"marker": "o", "fillstyle": "full", "label": "stated figure"},
    "range": {"marker": "o", "fillstyle": "full", "label": "range (bar: low to high)"},
    "at_least": {"marker": "^", "fillstyle": "none", "label": "at least (open above)"},
    "at_most": {"marker": "v", "fillstyle": "none", "label": "at most / nearly (open below)"},
}
"""How each kind of figure is drawn: open bounds get hollow one-sided markers."""


def _legend(colours: dict[str, str], other: str | None, kinds: list[str],
            additional: bool) -> list:
    """Legend entries: one per coloured series, "other", each kind of figure drawn, additional."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=colour, marker="o", linestyle="none",
                      label=str(name).replace("_", " ")) for name, colour in colours.items()]
    if other is not None:
        handles.append(Line2D([], [], color=OTHER_COLOUR, marker="o", linestyle="none",
                              label=other))
    handles += [Line2D([], [], color="#555555", marker=KIND_STYLE[k]["marker"],
                       fillstyle=KIND_STYLE[k]["fillstyle"], linestyle="none",
                       label=str(KIND_STYLE[k]["label"])) for k in kinds]
    if additional:
        handles.append(Line2D([], [], color="white", marker="o", markeredgecolor="black",
                              markeredgewidth=2.2, linestyle="none", label="additional"))
    return handles


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
    with house_style():
        fig, ax = plt.subplots(figsize=(ARTICLE_WIDTH_IN, 5.6))
        counts = chosen[series].value_counts(sort=False)
        ranked = sorted(counts.index, key=lambda n: (-counts[n], str(n)))
        shown = ranked[:MAX_SERIES]
        colours = {name: PALETTE[i] for i, name in enumerate(shown)}
        other = f"other {series}s ({len(ranked) - len(shown)})"
        top = float(np.nanmax(chosen[["best", "high"]].to_numpy())) if len(chosen) else 1.0
        for row in chosen.itertuples():
            colour = colours.get(getattr(row, series), OTHER_COLOUR)
            style = KIND_STYLE.get(row.kind, KIND_STYLE["exact"])
            if row.kind == "range":
                ax.vlines(row.date, row.low, row.high, color=colour, linewidth=2, alpha=0.8)
            elif row.kind == "at_least":
                ax.vlines(row.date, row.best, row.best + 0.08 * top, color=colour,
                          linewidth=1.2, linestyles="dotted")
            elif row.kind == "at_most":
                ax.vlines(row.date, max(0.0, row.best - 0.08 * top), row.best, color=colour,
                          linewidth=1.2, linestyles="dotted")
            edge = "black" if highlight is not None and bool(highlight[row.Index]) else colour
            ax.plot([row.date], [row.best], linestyle="none", marker=style["marker"],
                    fillstyle=style["fillstyle"], markersize=7, color=colour,
                    markeredgecolor=edge, markeredgewidth=2.2 if edge == "black" else 1.2)
        ax.set_ylim(bottom=0, top=top * 1.15)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.set_ylabel(ylabel)
        ax.set_xlabel("Date first reported")
        set_title(ax, title)
        handles = _legend(colours, other if len(ranked) > len(shown) else None,
                          [k for k in KIND_STYLE if k in set(chosen["kind"])],
                          highlight is not None and bool(highlight.any()))
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.01, 0.05), ncols=2,
                   fontsize=7.5)
        fig.autofmt_xdate()
        fig.subplots_adjust(bottom=0.42, top=0.88, left=0.12, right=0.97)
        add_source_line(fig, sources)
    return fig
