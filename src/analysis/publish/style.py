"""The house style for charts, and chart files that are byte-identical on every run.

Every chart of every notebook goes through :func:`publish`, which renders the figure to
PNG and SVG with no timestamps or random ids, shows it in the notebook and tags the output
with the chart's name, so the report runner can write ``<name>.png`` and ``<name>.svg``
next to the report.
"""

from __future__ import annotations

import io
import textwrap
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib
import matplotlib.axes
import matplotlib.pyplot as plt
import matplotlib.ticker
from matplotlib.figure import Figure

from analysis.core.errors import ChartError
from analysis.publish.provenance import CHART_ALT_KEY, CHART_DATA_KEY, CHART_MIME_KEY

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

GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"
ORYX = "Oryx"

CLAIMANT_COLOURS: dict[str, str] = {
    "South Korea National Intelligence Service (NIS)": PALETTE[0],
    "Volodymyr Zelensky (President of Ukraine)": PALETTE[4],
    "Ukraine Defence Intelligence (HUR)": PALETTE[2],
    "UK Ministry of Defence (Defence Intelligence)": PALETTE[3],
    "US Department of Defense": PALETTE[1],
    "Ukraine Ministry of Defence": PALETTE[6],
    GENERAL_STAFF: "#8c510a",
    ORYX: "#01665e",
}
"""One colour per claimant (or data set) that is charted often, the same in every chart and
report; other claimants are grey (:data:`OTHER_COLOUR`)."""

ORYX_DESTROYED_COLOUR = "#5ab4ac"
"""Oryx's "confirmed destroyed" subset: a lighter shade of :data:`CLAIMANT_COLOURS` ``Oryx``."""

METRIC_COLOURS: dict[str, str] = {
    "deployed": PALETTE[0], "additional_deployed": PALETTE[6], "killed_or_wounded": PALETTE[3],
    "killed": PALETTE[1], "wounded": PALETTE[4], "captured": PALETTE[2],
    "died_in_captivity": PALETTE[7], "treated_in_north_korea": PALETTE[5],
}
"""One colour per ledger metric, the same in every chart and report."""

CATEGORY_COLOURS: dict[str, str] = {
    "tanks": PALETTE[0], "armoured_combat_vehicles": PALETTE[1], "artillery_systems": PALETTE[2],
    "multiple_rocket_launchers": PALETTE[3], "air_defence_systems": PALETTE[4],
    "aircraft": PALETTE[6], "helicopters": PALETTE[7],
}
"""One colour per equipment category where several are drawn together (the ratio chart)."""

FLAGGED_COLOUR = "#8c8c8c"
"""Flagged rows and flagged months: always grey, so a reader sees what is set apart."""
OTHER_COLOUR = "#b0b0b0"
"""Series without a colour of their own."""

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


def plain(text: object) -> str:
    """Return text from data as matplotlib draws it literally, never as mathtext.

    Matplotlib reads the text between two ``$`` as a formula, so a claimant such as
    ``Deputy minister (50% of $ budget, #2 official $)`` would break the chart; every
    ``$`` is escaped (a backslash before it), which matplotlib draws as a plain dollar
    sign. Every chart function passes each title, label, legend entry and source line drawn
    from data or parameters through this one helper.

    Parameters
    ----------
    text : object
        The text (anything, shown with ``str``).

    Returns
    -------
    str
        The text with each ``$`` escaped.
    """
    return str(text).replace("$", "\\$")


def set_title(ax: matplotlib.axes.Axes, title: str) -> None:
    """Title a chart with its finding, wrapped to fit the article width.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The chart's axes.
    title : str
        The finding, stated plainly.
    """
    ax.set_title(textwrap.fill(plain(title), TITLE_WIDTH))


def add_source_line(fig: Figure, sources: str) -> None:
    """Write the source line under a chart.

    Parameters
    ----------
    fig : Figure
        The chart.
    sources : str
        Who the figures come from, e.g. the claimants or the data set.
    """
    text = textwrap.fill(plain(f"Source: {sources} · {CREDIT}"), 120)
    fig.text(0.01, 0.01, text, fontsize=7.5, color="#555555", ha="left", va="bottom")


@contextmanager
def _text_errors() -> Iterator[None]:
    """Turn matplotlib's multi-line text errors (a stray mathtext ``$``) into one line."""
    try:
        yield
    except ValueError as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        if not any("ParseException" in line or "mathtext" in line.lower() or "$" in line
                   for line in lines):
            raise
        raise ChartError("a chart's text cannot be drawn: matplotlib read it as a formula ("
                         + " ".join(lines)[:200] + "); pass text from data through "
                         "analysis.publish.style.plain") from None


def render_png(fig: Figure) -> bytes:
    """Render ``fig`` to PNG bytes without any metadata that varies between runs.

    Raises
    ------
    ChartError
        When a text of the chart cannot be drawn (one line).
    """
    buffer = io.BytesIO()
    with _text_errors():
        fig.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()


def render_svg(fig: Figure) -> str:
    """Render ``fig`` to SVG text without date, creator or random ids.

    Raises
    ------
    ChartError
        When a text of the chart cannot be drawn (one line).
    """
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": STYLE["svg.hashsalt"]}), _text_errors():
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


_DESCRIBED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
"""Alt text and data of the charts built by the chart functions, until published."""


def describe(fig: Figure, alt: str, data: object | None = None) -> Figure:
    """Attach a chart's alt text (what it shows, from the data) and its data table.

    Parameters
    ----------
    fig : Figure
        The chart.
    alt : str
        What the chart shows in words: the series, the range, the latest values.
    data : pandas.DataFrame, optional
        The chart's data, written beside the image as ``<name>.csv``.

    Returns
    -------
    Figure
        The same chart.
    """
    _DESCRIBED[fig] = (alt, data)
    return fig


def alt_text(fig: Figure) -> str:
    """Describe a chart from what it draws: title, axes, series and the value range.

    Parameters
    ----------
    fig : Figure
        The chart.

    Returns
    -------
    str
        One or two sentences; used when a chart function gave no alt text.
    """
    parts = []
    for ax in fig.axes:
        title = " ".join((ax.get_title("left") or ax.get_title()).split())
        series = [t.get_text() for legend in (ax.get_legend(), *fig.legends) if legend
                  for t in legend.get_texts()]
        low, high = ax.get_ylim()
        parts.append(f"Chart: {title or 'untitled'}. {ax.get_ylabel() or 'Values'} "
                     f"against {ax.get_xlabel() or 'time'}, axis from {low:,.0f} to {high:,.0f}"
                     + (f"; series: {', '.join(dict.fromkeys(series))}." if series else "."))
    return (" ".join(parts) or "Chart.").replace("\\$", "$")


def publish(fig: Figure, name: str) -> None:
    """Show a chart in the notebook and mark it for the report as ``name``.png/.svg/.csv.

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
    alt, table = _DESCRIBED.pop(fig, (None, None))
    metadata = {CHART_MIME_KEY: name, CHART_ALT_KEY: alt or alt_text(fig)}
    if table is not None:
        metadata[CHART_DATA_KEY] = table.to_csv(index=False, lineterminator="\n")
    data = {"image/png": render_png(fig), "image/svg+xml": render_svg(fig)}
    plt.close(fig)
    display(data, raw=True, metadata=metadata)
