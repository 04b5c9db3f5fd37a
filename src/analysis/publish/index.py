"""``reports/index.html`` and ``reports/README.md``: every published report, one row each.

Both pages are rendered from the Jinja2 templates in ``templates/``. Everything that comes
from data (titles, descriptions, parameters, figure labels and values) is escaped by
default: the HTML page with ``autoescape`` (spelled like :func:`html.escape`, so the
published bytes do not change), the Markdown page with :func:`markdown_escape` applied to
every ``{{ … }}`` output that is not marked safe. A title or a label can never inject
markup, a link or a table cell.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from analysis.core import paths
from analysis.core.atomic import write_text_atomic
from analysis.publish.config import ReportSpec
from analysis.publish.provenance import format_value, safe_link

INDEX_HTML = "index.html"
INDEX_README = "README.md"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")


def markdown_escape(value: Any) -> str:
    r"""Escape text from data for Markdown (GitHub-flavoured, inside a table cell).

    Every character that could start emphasis, a link, an image, an autolink, raw HTML,
    an entity, a code span, strike-through or a table cell (``\ ` * _ [ ] < > | & ~``) is
    backslash-escaped, and line breaks become spaces (a table row is one line).

    Parameters
    ----------
    value : object
        The text (anything else is turned into text first).

    Returns
    -------
    str
        The text, shown literally by a Markdown renderer.
    """
    text = " ".join(str(value).splitlines())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_code(value: Any) -> Markup:
    """Return a Markdown code span showing ``value`` literally, safe inside a table cell.

    Backslash escapes do not work inside code spans, so the span is fenced with more
    backticks than the text holds in a row; ``|`` is escaped for the table (GitHub
    applies that escape before the code span) and line breaks become spaces.

    Parameters
    ----------
    value : object
        The text.

    Returns
    -------
    Markup
        The code span, marked safe so that :func:`markdown_escape` leaves it alone.
    """
    text = " ".join(str(value).splitlines()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Markup(f"{fence}{pad}{text}{pad}{fence}")


def _html_escape(value: Any) -> Markup:
    """Escape like :func:`html.escape` (``&quot;``, ``&#x27;``): the bytes published so far."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value)))


def _url_part(value: Any) -> Markup:
    """Percent-encode one path segment of a relative link (a report's folder name)."""
    return Markup(quote(str(value), safe=""))


def _finalize_markdown(value: Any) -> Any:
    return value if isinstance(value, Markup) else markdown_escape(value)


@cache
def environments() -> tuple[Environment, Environment]:
    """Return the Jinja2 environments of the HTML and the Markdown page.

    Returns
    -------
    tuple of Environment
        HTML: ``autoescape=True`` with :func:`html.escape`'s spelling. Markdown: every
        output not marked safe goes through :func:`markdown_escape`.
    """
    loader = PackageLoader("analysis.publish", "templates")
    common = {"loader": loader, "undefined": StrictUndefined, "keep_trailing_newline": True,
              "trim_blocks": True, "lstrip_blocks": True}
    page = Environment(autoescape=True, finalize=_html_escape, **common)
    page.filters.update(url_part=_url_part)
    page.globals["safe_link"] = lambda url, text: Markup(safe_link(url, text))
    readme = Environment(autoescape=False, finalize=_finalize_markdown, **common)
    readme.filters.update(markdown_escape=markdown_escape, markdown_code=markdown_code,
                          url_part=_url_part)
    return page, readme


@dataclass(frozen=True)
class IndexRow:
    """One published report as the index shows it (raw text; the templates escape it)."""

    name: str
    title: str
    description: str
    parameters: str
    figures: tuple[tuple[str, str], ...]
    charts: tuple[str, ...]
    as_of: str = ""
    """The date the report's first finding describes, in words ("" when it gave none)."""
    as_of_iso: str = ""


def _load_figures(folder: Path) -> list[dict[str, Any]]:
    try:
        return json.loads((folder / "figures.json").read_text(encoding="utf-8"))["figures"]
    except (FileNotFoundError, json.JSONDecodeError, KeyError):
        return []


def parameters_text(parameters: dict[str, Any]) -> str:
    """Show a report's parameters as ``name = json`` pairs (``defaults`` when none).

    Parameters
    ----------
    parameters : dict
        The report's parameters.

    Returns
    -------
    str
        ``metrics = ["killed"], start = "2025-01-01"`` or ``defaults``.
    """
    if not parameters:
        return "defaults"
    return ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in parameters.items())


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value) if value else "all"
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        year, month, day = (int(p) for p in text.split("-"))
        return f"{day} {MONTHS[month - 1]} {year}"
    return text.replace("_", " ") if text else "no limit"


def parameters_words(parameters: dict[str, Any]) -> str:
    """Say a report's as-of date and parameters in plain words.

    Parameters
    ----------
    parameters : dict
        The report's parameters.

    Returns
    -------
    str
        ``"As of 31 December 2024 · show additional: no"``; ``"Default parameters"``.
    """
    if not parameters:
        return "Default parameters: all the data."
    words = [f"As of {_plain(v)}" if k == "as_of" else f"{k.replace('_', ' ')}: {_plain(v)}"
             for k, v in parameters.items()]
    return " · ".join(words)


def index_rows(specs: Sequence[ReportSpec], reports_dir: Path) -> list[IndexRow]:
    """Collect the published reports (those with a ``report.html``), in ``specs`` order.

    Parameters
    ----------
    specs : sequence of ReportSpec
        Every report.
    reports_dir : Path
        Where reports are published.

    Returns
    -------
    list of IndexRow
        One per published report.
    """
    rows = []
    for spec in specs:
        folder = reports_dir / spec.name
        if not (folder / "report.html").exists():
            continue
        recorded = _load_figures(folder)
        figures = tuple((str(f.get("label", f["name"])), format_value(f["value"]))
                        for f in recorded)
        as_of = str(recorded[0].get("as_of", "")) if recorded else ""
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
            as_of = ""
        rows.append(IndexRow(name=spec.name, title=spec.title, description=spec.description,
                             parameters=parameters_text(spec.parameters), figures=figures,
                             charts=tuple(sorted(p.name for p in folder.glob("*.png"))),
                             as_of=_plain(as_of) if as_of else "", as_of_iso=as_of))
    return rows


def newest_findings(rows: Sequence[IndexRow]) -> list[IndexRow]:
    """Order the reports that have a finding newest first, for the top of the landing page.

    Parameters
    ----------
    rows : sequence of IndexRow
        The published reports, in ``reports.yml`` order.

    Returns
    -------
    list of IndexRow
        Those with at least one figure: dated findings newest first, then undated ones; ties
        keep the order of ``reports.yml``.
    """
    with_finding = [row for row in rows if row.figures]
    dated = sorted((r for r in with_finding if r.as_of_iso), key=lambda r: r.as_of_iso,
                   reverse=True)
    return dated + [r for r in with_finding if not r.as_of_iso]


def write_index(specs: Sequence[ReportSpec], reports_dir: Path | None = None) -> list[Path]:
    """Write ``reports/index.html`` and ``reports/README.md`` listing every report.

    Parameters
    ----------
    specs : sequence of ReportSpec
        Every report, in the order of ``reports.yml``.
    reports_dir : Path, optional
        Default ``reports/``.

    Returns
    -------
    list of Path
        The two files written.
    """
    reports_dir = Path(reports_dir) if reports_dir is not None else paths.REPORTS
    rows = index_rows(specs, reports_dir)
    page, readme = environments()
    targets = [reports_dir / INDEX_HTML, reports_dir / INDEX_README]
    findings = newest_findings(rows)
    write_text_atomic(targets[0], page.get_template("index.html.j2").render(
        rows=rows, findings=findings))
    write_text_atomic(targets[1], readme.get_template("README.md.j2").render(
        rows=rows, findings=findings))
    return targets
