"""Headline figures and the claims behind them, recorded by name inside a notebook.

A notebook states its headline numbers with :func:`record`; each becomes an output that
shows the number to the reader and carries, machine-readably, the ids and URLs of the
claim rows behind it. The report runner collects them into the report's
``figures.json``, and :func:`show_sources` ends the report with every URL used, linked.

All text shown is HTML-escaped, and only ``http(s)`` addresses become links: a ledger cell
can never inject markup or a ``javascript:`` link into a published page.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported by the notebooks anyway; the runner need not load it
    import pandas as pd

FIGURE_MIME = "application/vnd.claims-desk.figure+json"
"""Output mimetype of a recorded figure (read by the report runner)."""
SOURCES_MIME = "application/vnd.claims-desk.sources+json"
"""Output mimetype of the sources section."""
FLAGGED_MIME = "application/vnd.claims-desk.flagged+json"
"""Output mimetype of the footnote naming the flagged rows a report shows."""
CHART_MIME_KEY = "claims-desk/chart"
"""Output metadata key under which :func:`analysis.charts.publish` names a chart."""
CHART_ALT_KEY = "claims-desk/alt"
"""Output metadata key of a chart's alt text (shown as the image's ``alt``)."""
CHART_DATA_KEY = "claims-desk/data"
"""Output metadata key of a chart's data as CSV (written as ``<chart>.csv``)."""

_CITED: dict[str, dict[str, str]] = {}
"""Every source cited in this kernel so far, by id, in first-cited order."""


def _sources(sources: pd.DataFrame | Iterable[tuple[str, ...]] | None) -> list[dict[str, str]]:
    if sources is None:
        return []
    if hasattr(sources, "columns"):
        cols = [c for c in ("id", "url", "outlet") if c in sources.columns]
        pairs = sources[cols].drop_duplicates("id").to_dict("records")
    else:
        pairs = [dict(zip(("id", "url", "outlet"), source, strict=False)) for source in sources]
    out = [{k: str(v) for k, v in p.items()} for p in pairs]
    return sorted(out, key=lambda s: s["id"])


def safe_link(url: str, text: str | None = None) -> str:
    """Return an HTML link for an http(s) URL, or the escaped text for anything else.

    Parameters
    ----------
    url : str
        The address.
    text : str, optional
        The link text (default: the address).

    Returns
    -------
    str
        ``<a href="…">…</a>`` for ``http://`` and ``https://`` addresses; otherwise the
        escaped address as plain text (``javascript:`` and other schemes never link).
    """
    label = html.escape(text if text is not None else url)
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
    return label


def format_value(value: Any) -> str:
    """Format a figure for readers: thousands separators, no trailing ``.0``."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return "unknown"
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.1f}".removesuffix(".0")  # 2.96 is "3", never "3.0"
    return str(value)


def _iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` of a date, a timestamp or an ISO string; ``None`` for none or NaT."""
    if isinstance(value, str):
        text = value.strip()[:10]
        if len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit():
            return text
        raise ValueError(f"as_of {value!r}: give a date or a YYYY-MM-DD string")
    try:
        return value.strftime("%Y-%m-%d") if value is not None else None
    except (AttributeError, ValueError):  # NaT, NaN: the figure has no date
        return None


def record(name: str, value: Any, sources: pd.DataFrame | Iterable[tuple[str, ...]] | None = None,
           label: str | None = None, as_of: Any = None) -> None:
    """Show a headline figure and record it, with its sources, for ``figures.json``.

    Parameters
    ----------
    name : str
        A stable name (``latest_nis_estimate``): reviewers find the figure by it.
    value : number or str
        The figure as published.
    sources : DataFrame or iterable of (id, url) or (id, url, outlet), optional
        The claim rows behind the figure (a frame needs ``id`` and ``url`` columns; an
        ``outlet`` column or third item names the link).
    label : str, optional
        The sentence shown to readers (default: the name).
    as_of : date, Timestamp or ISO str, optional
        The date the figure describes (the statement's date, the last day of data): the
        index puts the newest findings first and says "as of" beside them.
    """
    from IPython.display import display

    if not name or not all(c.isalnum() or c == "_" for c in name):
        raise ValueError(f"figure name {name!r}: use letters, digits and '_' only")
    cited = _sources(sources)
    for source in cited:
        _CITED.setdefault(source["id"], source)
    if isinstance(value, float) and math.isnan(value):
        value = None
    payload = {"name": name, "value": value, "label": label or name, "sources": cited}
    if _iso_date(as_of):
        payload["as_of"] = _iso_date(as_of)
    shown = format_value(value)
    text = f"{label or name}: {shown}"
    markup = (f'<p class="claims-desk-figure"><strong>{html.escape(label or name)}:</strong> '
              f"{html.escape(shown)} <small>{source_links(cited)}</small></p>")
    display({FIGURE_MIME: payload, "text/html": markup, "text/plain": text}, raw=True)


LINKED_SOURCES = 6
"""A figure links each of its first sources; the rest are in the sources section."""


def source_links(cited: list[dict[str, str]]) -> str:
    """Link a figure to its sources: each article (up to :data:`LINKED_SOURCES`), then a count.

    Parameters
    ----------
    cited : list of dict
        Sources with ``url`` (and ``outlet``).

    Returns
    -------
    str
        HTML: ``sources: <a>Outlet</a>, <a>Outlet</a> and 12 more (see Sources)``.
    """
    urls = list(dict.fromkeys(s["url"] for s in cited))
    if not urls:
        return "(no source)"
    outlets = {s["url"]: s.get("outlet") or f"source {i}" for i, s in enumerate(cited, 1)}
    shown = ", ".join(safe_link(u, outlets[u]) for u in urls[:LINKED_SOURCES])
    rest = len(urls) - LINKED_SOURCES
    more = f' and {rest} more (see <a href="#sources">Sources</a>)' if rest > 0 else ""
    return f"(sources: {shown}{more})"


def show_flagged(rows: pd.DataFrame, what: str = "the charts") -> None:
    """Footnote the flagged rows a report shows: drawn apart, never in a headline.

    Parameters
    ----------
    rows : pandas.DataFrame
        Flagged rows with ``id``, ``url``, ``flag``, ``note`` (and optionally ``outlet``
        and ``correction_source``); empty: says that nothing was left out.
    what : str
        Where they appear, for the footnote's sentence.
    """
    from IPython.display import display

    records = [{k: str(v) for k, v in r.items()} for r in rows.to_dict("records")]
    cite(rows)
    items = "".join(
        f"<li>{html.escape(r['id'])} ({html.escape(r['flag'].replace('_', ' '))}): "
        f"{html.escape(r['note'])} {safe_link(r['url'], r.get('outlet') or r['url'])}"
        + (f"; correction: {safe_link(r['correction_source'], r['correction_source'])}"
           if r.get("correction_source", "").startswith("http") else "") + "</li>"
        for r in records)
    sentence = (f"Flagged rows in {html.escape(what)} ({len(records)}): drawn hollow and grey, "
                "never used in a headline." if records else
                f"No flagged row appears in {html.escape(what)}.")
    markup = f'<aside class="claims-desk-flagged"><p>{sentence}</p><ul>{items}</ul></aside>'
    text = sentence + "".join(f"\n- {r['id']}: {r['note']}" for r in records)
    payload = {"rows": [{k: r.get(k, "") for k in ("id", "flag", "note", "url")} for r in records]}
    display({FLAGGED_MIME: payload, "text/html": markup, "text/plain": text}, raw=True)


def cite(rows: pd.DataFrame) -> None:
    """Register the claim rows a table or chart shows, for the sources section.

    Parameters
    ----------
    rows : pandas.DataFrame
        Rows with ``id`` and ``url`` (and optionally ``outlet``).
    """
    for source in _sources(rows):
        _CITED.setdefault(source["id"], source)


def show_sources() -> None:
    """Display the sources section: every article cited so far, linked, once per URL."""
    from IPython.display import display

    by_url: dict[str, list[str]] = {}
    outlets: dict[str, str] = {}
    for source in _CITED.values():
        by_url.setdefault(source["url"], []).append(source["id"])
        outlets.setdefault(source["url"], source.get("outlet", ""))
    items = []
    for url in sorted(by_url):
        ids = ", ".join(sorted(by_url[url]))
        outlet = html.escape(outlets[url])
        items.append(f"<li>{outlet + ': ' if outlet else ''}{safe_link(url)} "
                     f"<small>(rows {html.escape(ids)})</small></li>")
    markup = (f'<section class="claims-desk-sources"><h2 id="sources">Sources</h2><p>'
              f"{len(by_url):,} articles, {len(_CITED):,} ledger rows.</p>"
              f"<ol>{''.join(items)}</ol></section>")
    payload = {"sources": [{"url": u, "ids": sorted(i)} for u, i in sorted(by_url.items())]}
    text = "Sources:\n" + "\n".join(f"- {u}" for u in sorted(by_url))
    display({SOURCES_MIME: payload, "text/html": markup, "text/plain": text}, raw=True)
