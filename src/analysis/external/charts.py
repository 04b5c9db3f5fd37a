"""Charts of the General Staff claims and Oryx-confirmed losses, in the house style.

Every chart is titled with its finding, has labelled axes with units and a source line with
the data sets' credits, and shows what is uncertain: flagged days (corrections, revision
jumps) are marked, not smoothed away, and the claimed/confirmed ratio is drawn as a band
between "all confirmed losses" and "confirmed destroyed only".
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis.external import chart_text
from analysis.external.comparison import COMPARABLE
from analysis.external.general_staff import EVENTS, LABELS, short_label
from analysis.publish.style import (
    CATEGORY_COLOURS,
    CLAIMANT_COLOURS,
    FLAGGED_COLOUR,
    GENERAL_STAFF,
    ORYX,
    ORYX_DESTROYED_COLOUR,
    add_source_line,
    describe,
    house_style,
    plain,
    set_title,
)

GENERAL_STAFF_SOURCE = "General Staff of the Armed Forces of Ukraine via PetroIvaniuk (MIT)"
ORYX_SOURCE = "Oryx via scarnecchia/oryx_data (CC BY 4.0)"
BOTH_SOURCES = ("General Staff of Ukraine via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT);"
                "\nOryx via scarnecchia/oryx_data (CC BY 4.0)")

CLAIMED_COLOUR = CLAIMANT_COLOURS[GENERAL_STAFF]
CONFIRMED_COLOUR = CLAIMANT_COLOURS[ORYX]

FLAG_STYLE = {
    "correction": ("v", "#111111", "correction (total lowered)"),
    "revision_jump": ("^", "#555555", "unusual jump (possible revision)"),
    "corrected_by_file": ("o", FLAGGED_COLOUR, "includes a listed correction"),
}
"""Marker, colour and legend text of each flag drawn on charts: neutral tones, so a flag is
never mistaken for a claimant's or a category's colour."""


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _annotate(ax: Axes, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """Draw :data:`analysis.losses.EVENTS` that fall in the window as lines or spans."""
    top = ax.get_ylim()[1]
    for start, end, label in EVENTS:
        begin = pd.Timestamp(start)
        finish = pd.Timestamp(end) if end else None
        if begin > last or (finish or begin) < first:
            continue
        if finish is None:
            ax.axvline(begin, color="#444444", linewidth=0.9, linestyle="--")
            ax.text(begin, top * 0.97, plain(" " + label), fontsize=8, va="top", ha="left",
                    color="#444444")
        else:
            ax.axvspan(max(begin, first), min(finish, last), color="#999999", alpha=0.15,
                       linewidth=0)
            ax.text(max(begin, first), top * 0.88, plain(" " + label), fontsize=8, va="top",
                    ha="left", color="#444444")


def _mark_flags(ax: Axes, rows: pd.DataFrame, column: str) -> None:
    for flag, (marker, colour, text) in FLAG_STYLE.items():
        hit = rows[rows["flag"].str.contains(flag) & rows[column].notna()]
        if flag == "corrected_by_file":
            hit = hit[~hit["flag"].str.contains("correction;|revision_jump")]
        if hit.empty:
            continue
        ax.scatter(hit["loss_date"], hit[column].astype("float64"), marker=marker, s=28,
                   color=colour, edgecolor="white", linewidth=0.5, zorder=5,
                   label=f"{text} ({len(hit)})")


def daily_title(rows: pd.DataFrame, category: str) -> str:
    """Return a title stating the peak day of a selection (flagged jumps set aside).

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table (:func:`analysis.losses.select`).
    category : str
        The category.

    Returns
    -------
    str
        E.g. ``"Peak of unflagged days: 2,200 personnel on 19 Dec 2024 (flagged days up
        to 3,160, 4 Jul 2025, set aside)"`` (editorial rule 6 of ``docs/codebook.md``).
    """
    usable = rows[rows["daily"].notna()
                  & ~rows["flag"].str.contains("revision_jump|first_day|corrected_by_file")]
    if usable.empty:
        return f"No daily {LABELS[category]} figures in this window"
    peak = usable.loc[usable["daily"].astype("float64").idxmax()]
    title = (f"Peak of unflagged days: {int(peak['daily']):,} {short_label(category)} on "
             f"{peak['loss_date']:%-d %b %Y}")
    flagged = rows[rows["daily"].notna() & ~rows.index.isin(usable.index)]
    higher = flagged[flagged["daily"].astype("float64") > float(peak["daily"])]
    if not higher.empty:
        top = higher.loc[higher["daily"].astype("float64").idxmax()]
        title += (f" (flagged days up to {int(top['daily']):,}, "
                  f"{top['loss_date']:%-d %b %Y}, set aside)")
    return title


def daily_chart(rows: pd.DataFrame, category: str, rolling: int = 7, annotate: bool = True,
                title: str | None = None, sources: str = GENERAL_STAFF_SOURCE) -> Figure:
    """Draw daily claimed losses with a rolling mean, flagged days and events.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table, e.g. from :func:`analysis.losses.select`.
    category : str
        Its stable name (for the axis label).
    rolling : int
        Days in the centred rolling mean (1: none).
    annotate : bool
        Draw the events of :data:`analysis.losses.EVENTS` that fall in the window.
    title : str, optional
        Default :func:`daily_title`.
    sources : str
        The source line.

    Returns
    -------
    Figure
        The chart, ready for :func:`analysis.charts.publish`.
    """
    with house_style():
        fig, ax = plt.subplots(figsize=(7.0, 4.8))
        data = rows[rows["daily"].notna()]
        values = data["daily"].astype("float64")
        ax.bar(data["loss_date"], values, width=1.0, color=CLAIMED_COLOUR, alpha=0.35,
               linewidth=0, label="daily claim")
        if rolling > 1:
            mean = values.rolling(rolling, center=True, min_periods=1).mean()
            ax.plot(data["loss_date"], mean, color=CLAIMED_COLOUR, linewidth=1.6,
                    label=f"{rolling}-day mean")
        _mark_flags(ax, data, "daily")
        ax.axhline(0, color="#666666", linewidth=0.6)
        ax.set_ylabel(plain(f"{short_label(category).capitalize()} per day (claimed)"))
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.set_xlabel("Loss date (report date − 1 day)")
        _date_axis(ax)
        if annotate and not data.empty:
            _annotate(ax, data["loss_date"].min(), data["loss_date"].max())
        set_title(ax, title or daily_title(rows, category))
        ax.legend(loc="upper left", bbox_to_anchor=(-0.01, -0.16), ncols=3, fontsize=8)
        fig.subplots_adjust(bottom=0.27, top=0.86, left=0.11, right=0.98)
        add_source_line(fig, sources)
    return describe(fig, chart_text.daily_alt(rows, category, rolling),
                    chart_text.daily_data(rows, rolling))


def cumulative_chart(rows: pd.DataFrame, category: str, annotate: bool = True,
                     title: str | None = None, sources: str = GENERAL_STAFF_SOURCE) -> Figure:
    """Draw the cumulative claim of one category, with flagged days marked.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table.
    category : str
        Its stable name.
    annotate : bool
        Draw the events that fall in the window.
    title : str, optional
        Default: the total at the end of the window.
    sources : str
        The source line.

    Returns
    -------
    Figure
        The chart.
    """
    with house_style():
        fig, ax = plt.subplots()
        data = rows[rows["cumulative"].notna()]
        ax.plot(data["loss_date"], data["cumulative"].astype("float64"), color=CLAIMED_COLOUR,
                linewidth=1.8, label="cumulative claim")
        _mark_flags(ax, data, "cumulative")
        ax.set_ylabel(plain(f"{short_label(category).capitalize()} since 24 Feb 2022 (claimed)"))
        ax.set_xlabel("Loss date (report date − 1 day)")
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        _date_axis(ax)
        if annotate and not data.empty:
            _annotate(ax, data["loss_date"].min(), data["loss_date"].max())
        if title is None and not data.empty:
            last = data.iloc[-1]
            title = (f"{int(last['cumulative']):,} Russian {short_label(category)} "
                     f"claimed lost by {last['loss_date']:%-d %b %Y}")
        set_title(ax, title or "")
        ax.legend(loc="lower right")
        fig.subplots_adjust(bottom=0.2, top=0.86, left=0.15, right=0.98)
        add_source_line(fig, sources)
    return describe(fig, chart_text.cumulative_alt(rows, category),
                    chart_text.cumulative_data(rows))


def monthly_chart(monthly: pd.DataFrame, category: str, title: str | None = None,
                  sources: str = GENERAL_STAFF_SOURCE) -> Figure:
    """Draw monthly totals (:func:`analysis.losses.totals_by`); flagged, partial months marked.

    Parameters
    ----------
    monthly : pandas.DataFrame
        ``period, losses, days, flagged_days, corrections``.
    category : str
        The category.
    title : str, optional
        The finding; default :func:`analysis.external.chart_text.monthly_title`.
    sources : str
        The source line.

    Returns
    -------
    Figure
        The chart.
    """
    with house_style():
        fig, ax = plt.subplots(figsize=(7.0, 4.8))
        positions = list(range(len(monthly)))
        colours = [FLAGGED_COLOUR if n else CLAIMED_COLOUR for n in monthly["flagged_days"]]
        full = pd.to_datetime(monthly["period"], format="%Y-%m").dt.days_in_month
        partial = (monthly["days"] < full).to_numpy()
        bars = ax.bar(positions, monthly["losses"], color=colours, width=0.8)
        for bar, is_partial in zip(bars, partial, strict=True):
            if is_partial:
                bar.set_alpha(0.45)
                bar.set_hatch("///")
        periods = list(monthly["period"])
        ticks = [i for i, p in enumerate(periods) if p.endswith("-01") or i == 0]
        if len(ticks) < 3:
            ticks = positions[::max(1, len(positions) // 8)]
            ax.set_xticks(ticks, [plain(periods[i]) for i in ticks])
            ax.set_xlabel("Month of loss")
        else:
            ax.set_xticks(ticks, [plain(periods[i][:4] if periods[i].endswith("-01")
                                        else periods[i]) for i in ticks])
            ax.set_xlabel("Month of loss (ticks at January)")
        ax.set_ylabel(plain(f"{short_label(category).capitalize()} per month (claimed)"))
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        handles = [plt.Rectangle((0, 0), 1, 1, color=CLAIMED_COLOUR),
                   plt.Rectangle((0, 0), 1, 1, color=FLAGGED_COLOUR),
                   plt.Rectangle((0, 0), 1, 1, facecolor=CLAIMED_COLOUR, alpha=0.45,
                                 hatch="///")]
        ax.legend(handles, ["month without flagged days", "month with flagged days",
                            "incomplete month (not all days reported)"], loc="upper left",
                  bbox_to_anchor=(-0.01, -0.16), ncols=2, fontsize=8)
        set_title(ax, title or chart_text.monthly_title(monthly, category))
        fig.subplots_adjust(bottom=0.27, top=0.86, left=0.13, right=0.98)
        add_source_line(fig, sources)
    return describe(fig, chart_text.monthly_alt(monthly, category), monthly.reset_index(drop=True))


def comparison_bars(latest: pd.DataFrame, title: str, sources: str = BOTH_SOURCES) -> Figure:
    """Draw claimed against confirmed losses per category at the latest common date.

    Parameters
    ----------
    latest : pandas.DataFrame
        From :func:`analysis.oryx.latest_comparison`.
    title : str
        The finding.
    sources : str
        The source line.

    Returns
    -------
    Figure
        Horizontal bars: claimed, confirmed (any status) and confirmed destroyed.
    """
    with house_style():
        fig, ax = plt.subplots(figsize=(7.0, 4.6))
        rows = latest.iloc[::-1].reset_index(drop=True)
        positions = range(len(rows))
        height = 0.27
        ax.barh([p + height for p in positions], rows["claimed"].astype("float64"), height,
                color=CLAIMED_COLOUR, label="claimed by the General Staff")
        ax.barh(list(positions), rows["confirmed"].astype("float64"), height,
                color=CONFIRMED_COLOUR, label="confirmed by Oryx (any status)")
        ax.barh([p - height for p in positions], rows["confirmed_destroyed"].astype("float64"),
                height, color=ORYX_DESTROYED_COLOUR, label="confirmed destroyed")
        ax.set_yticks(list(positions), [plain(LABELS[c]) for c in rows["category"]])
        ax.set_xscale("log")
        ax.set_xlabel(f"Russian equipment lost by {latest['date'].max():%-d %b %Y}, units "
                      "(log scale)")
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right")
        set_title(ax, title)
        fig.subplots_adjust(bottom=0.22, top=0.86, left=0.3, right=0.98)
        add_source_line(fig, sources)
    return describe(fig, chart_text.comparison_alt(latest), chart_text.comparison_data(latest))


def ratio_chart(comparison: pd.DataFrame, title: str, categories: list[str] | None = None,
                sources: str = BOTH_SOURCES) -> Figure:
    """Draw the claimed/confirmed ratio over time as a band per category.

    Parameters
    ----------
    comparison : pandas.DataFrame
        From :func:`analysis.oryx.claimed_vs_confirmed`.
    title : str
        The finding.
    categories : list of str, optional
        Categories to draw; default all of :data:`analysis.oryx.COMPARABLE` in the table.
    sources : str
        The source line.

    Returns
    -------
    Figure
        Lines: claimed ÷ all confirmed; shaded up to claimed ÷ confirmed destroyed.
    """
    chosen = categories or [c for c in COMPARABLE if c in set(comparison["category"])]
    with house_style():
        fig, ax = plt.subplots()
        for category in chosen:
            colour = CATEGORY_COLOURS.get(category, FLAGGED_COLOUR)
            rows = comparison[comparison["category"] == category]
            ax.fill_between(rows["date"], rows["ratio"], rows["ratio_destroyed_only"],
                            color=colour, alpha=0.18, linewidth=0)
            ax.plot(rows["date"], rows["ratio"], color=colour, linewidth=1.5,
                    label=LABELS[category])
        ax.axhline(1, color="#666666", linewidth=0.6)
        ax.set_yscale("log")
        ax.set_yticks([1, 2, 3, 5, 10, 20, 30])
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:g}×"))
        ax.yaxis.set_minor_formatter(plt.NullFormatter())
        ax.set_ylabel("Claimed ÷ confirmed (log scale)")
        ax.set_xlabel("Date of the Oryx count and of the General Staff report")
        _date_axis(ax)
        ax.legend(loc="lower left", ncols=2, fontsize=8, title_fontsize=8,
                  title="line: claimed ÷ confirmed; band: up to claimed ÷ confirmed destroyed")
        set_title(ax, title)
        fig.subplots_adjust(bottom=0.22, top=0.86, left=0.11, right=0.98)
        add_source_line(fig, sources)
    return describe(fig, chart_text.ratio_alt(comparison, chosen),
                    chart_text.ratio_data(comparison, chosen))
