"""The house style for charts, and chart files that are byte-identical on every run.

Every chart of every notebook goes through :func:`publish`, which renders the figure to
PNG and SVG with no timestamps or random ids, shows it in the notebook and tags the output
with the chart's name, so the report runner can write ``<name>.png`` and ``<name>.svg``
next to the report.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib
import matplotlib.axes
import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.provenance import CHART_MIME_KEY

ARTICLE_WIDTH_IN = 7.0
"""Figure width in inches: at :data:`PNG_DPI` this is 1,050 px, sharp at article width."""
PNG_DPI = 150

STYLE: dict[str, object] = {
    "figure.figsize": (ARTICLE_WIDTH_IN, 4.2),
    "figure.dpi": 100,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.8,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "svg.hashsalt": "claims-desk",
    "svg.fonttype": "path",
    "path.simplify": True,
    "axes.axisbelow": True,
}
"""Matplotlib settings of the house style; ``svg.hashsalt`` makes SVG ids stable."""

PALETTE: tuple[str, ...] = (
    "#1f5a96", "#c8553d", "#2a9d8f", "#8a5a9c", "#e0a100", "#6c757d", "#3d405b", "#81b29a",
)
"""Colours in the order series receive them (colour-blind-safe neighbours)."""

CREDIT = "compiled by claims-desk"


@contextmanager
def house_style() -> Iterator[None]:
    """Apply the house style inside a ``with`` block.

    Yields
    ------
    None
        Figures created inside the block use :data:`STYLE`.
    """
    with plt.rc_context(STYLE):
        yield


TITLE_WIDTH = 58
"""Characters per title line at article width; longer findings wrap onto a second line."""


def set_title(ax: matplotlib.axes.Axes, title: str) -> None:
    """Title a chart with its finding, wrapped to fit the article width.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The chart's axes.
    title : str
        The finding, stated plainly.
    """
    ax.set_title(textwrap.fill(title, TITLE_WIDTH))


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


def add_source_line(fig: Figure, sources: str) -> None:
    """Write the source line under a chart.

    Parameters
    ----------
    fig : Figure
        The chart.
    sources : str
        Who the figures come from, e.g. the claimants or the data set.
    """
    text = textwrap.fill(f"Source: {sources} · {CREDIT}", 120)
    fig.text(0.01, 0.01, text, fontsize=7.5, color="#555555", ha="left", va="bottom")


def render_png(fig: Figure) -> bytes:
    """Render ``fig`` to PNG bytes without any metadata that varies between runs."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()


def render_svg(fig: Figure) -> str:
    """Render ``fig`` to SVG text without date, creator or random ids."""
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": STYLE["svg.hashsalt"]}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def publish(fig: Figure, name: str) -> None:
    """Show a chart in the notebook and mark it for the report as ``name``.png/.svg.

    Parameters
    ----------
    fig : Figure
        The finished chart; it is closed afterwards so it is not displayed twice.
    name : str
        The chart's file name without extension (letters, digits, ``-`` and ``_``).
    """
    from IPython.display import display

    if not name or not all(c.isalnum() or c in "-_" for c in name):
        raise ValueError(f"chart name {name!r}: use letters, digits, '-' and '_' only")
    data = {"image/png": render_png(fig), "image/svg+xml": render_svg(fig)}
    plt.close(fig)
    display(data, raw=True, metadata={CHART_MIME_KEY: name})


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
    from matplotlib.lines import Line2D

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
        handles = [Line2D([], [], color=colours[n], marker="o", linestyle="none",
                          label=str(n).replace("_", " ")) for n in shown]
        if len(ranked) > len(shown):
            handles.append(Line2D([], [], color=OTHER_COLOUR, marker="o", linestyle="none",
                                  label=other))
        kinds = [k for k in KIND_STYLE if k in set(chosen["kind"])]
        handles += [Line2D([], [], color="#555555", marker=KIND_STYLE[k]["marker"],
                           fillstyle=KIND_STYLE[k]["fillstyle"], linestyle="none",
                           label=str(KIND_STYLE[k]["label"])) for k in kinds]
        if highlight is not None and bool(highlight.any()):
            handles.append(Line2D([], [], color="white", marker="o", markeredgecolor="black",
                                  markeredgewidth=2.2, linestyle="none", label="additional"))
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.01, 0.05), ncols=2,
                   fontsize=7.5)
        fig.autofmt_xdate()
        fig.subplots_adjust(bottom=0.42, top=0.88, left=0.12, right=0.97)
        add_source_line(fig, sources)
    return fig
