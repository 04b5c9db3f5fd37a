"""What the General Staff and Oryx charts show, in words and as a table.

Each chart of :mod:`analysis.external.charts` is published with alt text generated from the
data it draws (what is counted, the window, the peak and the latest values, what is flagged)
and with that data as a CSV beside the image, in the columns a Datawrapper or Flourish user
would paste. These functions are pure: a frame in, text or a frame out.
"""

from __future__ import annotations

import pandas as pd

from analysis.external.general_staff import LABELS, short_label

SET_ASIDE = "revision_jump|first_day|corrected_by_file"
"""Flags whose days are set aside from a peak (editorial rule 6 of ``docs/codebook.md``)."""


def _day(value: pd.Timestamp) -> str:
    return f"{value:%-d %B %Y}"


def _flagged(rows: pd.DataFrame) -> int:
    return int((rows["flag"].fillna("") != "").sum())


def daily_data(rows: pd.DataFrame, rolling: int) -> pd.DataFrame:
    """Return the daily chart's data: loss date, daily claim, rolling mean and flags.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table (``loss_date, daily, flag``).
    rolling : int
        Days in the centred rolling mean drawn (1: none, and no mean column).

    Returns
    -------
    pandas.DataFrame
        ``loss_date`` (ISO), ``daily`` (integer), ``mean_<n>_days`` (to 0.1) and ``flag``.
    """
    data = rows[rows["daily"].notna()]
    table = pd.DataFrame({"loss_date": data["loss_date"].dt.strftime("%Y-%m-%d"),
                          "daily": data["daily"].astype("Int64")})
    if rolling > 1:
        mean = data["daily"].astype("float64").rolling(rolling, center=True, min_periods=1)
        table[f"mean_{rolling}_days"] = mean.mean().round(1)
    table["flag"] = data["flag"].fillna("")
    return table.reset_index(drop=True)


def daily_alt(rows: pd.DataFrame, category: str, rolling: int) -> str:
    """Describe the daily chart: the window, the peak of unflagged days, the latest day.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table.
    category : str
        The category.
    rolling : int
        Days in the rolling mean drawn.

    Returns
    -------
    str
        E.g. "Bar chart of the personnel the General Staff of Ukraine claimed Russia lost each
        day, 1,053 days from 24 February 2022 to 13 January 2025, with a 7-day mean. Peak of
        unflagged days: 2,200 on 19 December 2024. Latest day, 13 January 2025: 1,150 (7-day
        mean 1,378). 31 flagged days are marked."
    """
    data = daily_data(rows, rolling)
    what = short_label(category)
    if data.empty:
        return f"An empty chart: no daily {what} figures in this window."
    dates = pd.to_datetime(data["loss_date"])
    text = (f"Bar chart of the {what} the General Staff of Ukraine claimed Russia lost each "
            f"day, {len(data):,} days from {_day(dates.iloc[0])} to {_day(dates.iloc[-1])}"
            + (f", with a {rolling}-day mean." if rolling > 1 else "."))
    usable = data[~data["flag"].str.contains(SET_ASIDE)]
    if not usable.empty:
        peak = usable.loc[usable["daily"].astype("float64").idxmax()]
        text += (f" Peak of unflagged days: {int(peak['daily']):,} on "
                 f"{_day(pd.Timestamp(peak['loss_date']))}.")
    last = data.iloc[-1]
    text += f" Latest day, {_day(dates.iloc[-1])}: {int(last['daily']):,}"
    text += f" ({rolling}-day mean {last[f'mean_{rolling}_days']:,.0f})." if rolling > 1 else "."
    flagged = _flagged(data)
    return text + (f" {flagged:,} flagged days are marked." if flagged else "")


def cumulative_data(rows: pd.DataFrame) -> pd.DataFrame:
    """Return the cumulative chart's data: loss date, running total and flags.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table (``loss_date, cumulative, flag``).

    Returns
    -------
    pandas.DataFrame
        ``loss_date`` (ISO), ``cumulative`` (integer), ``flag``.
    """
    data = rows[rows["cumulative"].notna()]
    return pd.DataFrame({"loss_date": data["loss_date"].dt.strftime("%Y-%m-%d"),
                         "cumulative": data["cumulative"].astype("Int64"),
                         "flag": data["flag"].fillna("")}).reset_index(drop=True)


def cumulative_alt(rows: pd.DataFrame, category: str) -> str:
    """Describe the cumulative chart: where the running total starts and ends.

    Parameters
    ----------
    rows : pandas.DataFrame
        One category of the daily table.
    category : str
        The category.

    Returns
    -------
    str
        E.g. "Line chart of the personnel the General Staff of Ukraine claimed Russia lost
        since 24 February 2022, from 2,800 on 24 February 2022 to 820,990 on 13 January 2025.
        31 flagged days are marked."
    """
    data = cumulative_data(rows)
    what = short_label(category)
    if data.empty:
        return f"An empty chart: no cumulative {what} figures in this window."
    first, last = data.iloc[0], data.iloc[-1]
    flagged = _flagged(data)
    return (f"Line chart of the {what} the General Staff of Ukraine claimed Russia lost since "
            f"24 February 2022, from {int(first['cumulative']):,} on "
            f"{_day(pd.Timestamp(first['loss_date']))} to {int(last['cumulative']):,} on "
            f"{_day(pd.Timestamp(last['loss_date']))}."
            + (f" {flagged:,} flagged days are marked." if flagged else ""))


def monthly_alt(monthly: pd.DataFrame, category: str) -> str:
    """Describe the monthly chart: the months, the busiest, the latest, the flagged ones.

    Parameters
    ----------
    monthly : pandas.DataFrame
        ``period, losses, days, flagged_days`` (:func:`analysis.external.totals_by`).
    category : str
        The category.

    Returns
    -------
    str
        E.g. "Bar chart of the personnel claimed per month of loss, 2022-02 to 2025-01 (36
        months). Busiest month: 2024-12 with 48,670. Latest month, 2025-01: 14,900 (not all
        days reported). 20 months contain flagged days, drawn grey."
    """
    what = short_label(category)
    if monthly.empty:
        return f"An empty chart: no monthly {what} figures in this window."
    busiest = monthly.loc[monthly["losses"].idxmax()]
    last = monthly.iloc[-1]
    full = pd.Period(str(last["period"]), freq="M").days_in_month
    flagged = int((monthly["flagged_days"] > 0).sum())
    return (f"Bar chart of the {what} claimed per month of loss, {monthly['period'].iloc[0]} to "
            f"{last['period']} ({len(monthly)} months). Busiest month: {busiest['period']} "
            f"with {int(busiest['losses']):,}. Latest month, {last['period']}: "
            f"{int(last['losses']):,}" + (" (not all days reported)." if last["days"] < full
                                           else ".")
            + (f" {flagged} months contain flagged days, drawn grey." if flagged else ""))


def _comparison_table(rows: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """ISO dates, category labels and ``columns`` of comparison rows, for a chart's CSV."""
    table = rows.loc[:, ["date", "category", *columns]].copy()
    table["date"] = table["date"].dt.strftime("%Y-%m-%d")
    table["category"] = [LABELS[c] for c in table["category"]]
    return table.reset_index(drop=True)


def comparison_data(latest: pd.DataFrame) -> pd.DataFrame:
    """Return the claimed-against-confirmed bars' data, one row per category.

    Parameters
    ----------
    latest : pandas.DataFrame
        From :func:`analysis.external.latest_comparison`.

    Returns
    -------
    pandas.DataFrame
        ``date`` (ISO), ``category`` (its label), ``claimed``, ``confirmed``,
        ``confirmed_destroyed``, ``ratio``, ``ratio_destroyed_only``.
    """
    return _comparison_table(latest, ["claimed", "confirmed", "confirmed_destroyed", "ratio",
                                      "ratio_destroyed_only"])


def comparison_alt(latest: pd.DataFrame) -> str:
    """Describe the claimed-against-confirmed bars: every category's three values.

    Parameters
    ----------
    latest : pandas.DataFrame
        From :func:`analysis.external.latest_comparison`.

    Returns
    -------
    str
        E.g. "Horizontal bars, log scale: Russian equipment the General Staff of Ukraine
        claimed lost against losses Oryx confirmed, by 19 July 2025. Tanks: 11,000 claimed,
        4,100 confirmed, 3,200 of them destroyed; ..."
    """
    if latest.empty:
        return "An empty chart: no date with both claimed and confirmed losses."
    parts = [f"{LABELS[r.category].capitalize()}: {int(r.claimed):,} claimed, {int(r.confirmed):,} "
             f"confirmed, {int(r.confirmed_destroyed):,} of them destroyed"
             for r in latest.itertuples()]
    return ("Horizontal bars, log scale: Russian equipment the General Staff of Ukraine claimed "
            f"lost against losses Oryx confirmed, by {_day(latest['date'].max())}. "
            + "; ".join(parts) + ".")


def ratio_data(comparison: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Return the ratio chart's data: date, category and both ratios, one row per point.

    Parameters
    ----------
    comparison : pandas.DataFrame
        From :func:`analysis.external.load_comparison`.
    categories : list of str
        The categories drawn.

    Returns
    -------
    pandas.DataFrame
        ``date`` (ISO), ``category`` (label), ``claimed``, ``confirmed``, ``ratio``,
        ``ratio_destroyed_only``.
    """
    rows = comparison[comparison["category"].isin(categories)]
    return _comparison_table(rows, ["claimed", "confirmed", "ratio", "ratio_destroyed_only"])


def ratio_alt(comparison: pd.DataFrame, categories: list[str]) -> str:
    """Describe the ratio chart: the window and each category's latest ratio band.

    Parameters
    ----------
    comparison : pandas.DataFrame
        From :func:`analysis.external.load_comparison`.
    categories : list of str
        The categories drawn.

    Returns
    -------
    str
        E.g. "Lines, log scale: claimed ÷ confirmed losses per category, 19 March 2022 to
        19 July 2025. Latest, 19 July 2025: tanks 2.7× (up to 3.7× counting confirmed
        destroyed only); ..."
    """
    rows = comparison[comparison["category"].isin(categories)]
    if rows.empty:
        return "An empty chart: no ratio of claimed to confirmed losses in this selection."
    last = rows.sort_values("date", kind="stable").groupby("category", sort=False).tail(1)
    order = {c: i for i, c in enumerate(categories)}
    last = last.sort_values("category", key=lambda s: s.map(order), kind="stable")
    one_date = last["date"].nunique() == 1
    parts = [f"{LABELS[r.category]} {r.ratio:.1f}× (up to {r.ratio_destroyed_only:.1f}× counting "
             "confirmed destroyed only" + ("" if one_date else f", {_day(r.date)}") + ")"
             for r in last.itertuples()]
    latest = f"Latest, {_day(last['date'].iloc[0])}: " if one_date else "Latest: "
    return (f"Lines, log scale: claimed ÷ confirmed losses per category, "
            f"{_day(rows['date'].min())} to {_day(rows['date'].max())}. {latest}"
            + "; ".join(parts) + ".")


def busiest_unflagged_month(monthly: pd.DataFrame) -> tuple[pd.Series | None, pd.Series | None]:
    """Return the busiest month without flagged days, and a busier flagged one if any.

    Editorial rule 6 of ``docs/codebook.md``: a peak is that of unflagged periods, with
    flagged ones stated beside it, never silently left out.

    Parameters
    ----------
    monthly : pandas.DataFrame
        ``period, losses, flagged_days`` (:func:`analysis.external.totals_by`).

    Returns
    -------
    tuple of (pandas.Series or None, pandas.Series or None)
        The busiest unflagged month (``None`` when every month is flagged) and the busiest
        month with flagged days when it is higher (else ``None``).
    """
    clean = monthly[monthly["flagged_days"] == 0]
    flagged = monthly[monthly["flagged_days"] > 0]
    peak = clean.loc[clean["losses"].idxmax()] if not clean.empty else None
    top = flagged.loc[flagged["losses"].idxmax()] if not flagged.empty else None
    if top is not None and peak is not None and top["losses"] <= peak["losses"]:
        top = None
    return peak, top


def monthly_title(monthly: pd.DataFrame, category: str) -> str:
    """Title the monthly chart with its busiest unflagged month, a busier flagged one beside it.

    Parameters
    ----------
    monthly : pandas.DataFrame
        ``period, losses, flagged_days`` (:func:`analysis.external.totals_by`).
    category : str
        The category.

    Returns
    -------
    str
        E.g. "Busiest month without flagged days: 2024-05, 428 tanks (2023-10, with flagged
        days, 521)".
    """
    what = short_label(category)
    peak, top = busiest_unflagged_month(monthly)
    if peak is None:
        return f"Every month of {what} in this window has flagged days"
    title = f"Busiest month without flagged days: {peak['period']}, {int(peak['losses']):,} {what}"
    if top is not None:
        title += f" ({top['period']}, with flagged days, {int(top['losses']):,})"
    return title
