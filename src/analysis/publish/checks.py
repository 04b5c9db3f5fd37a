"""Pre-publication checks: what an editor would refuse to print, checked on every report.

The runner runs :func:`check_report` on every executed report before publishing it; a
report that fails is not published (the last good one stays, the failed one is kept under
``reports/_failed/``). ``analysis check-reports`` runs the same checks on what is
published. Each check is domain-free: it reads the report's folder only.

| check | fails when |
|---|---|
| ``artefacts`` | the visible text shows ``NaN``, ``None``, ``NaT``, ``inf`` or a float |
| | artefact (``15000.0``, ``156.66667``) |
| ``shares`` | a percentage above 100 is printed, or a figure named ``share…`` exceeds 100 |
| ``sources`` | a recorded figure has no source with an ``http(s)`` URL |
| ``flagged`` | a chart's data (``<chart>.csv``) holds a flagged row that no footnote names |
| ``alt_text`` | an image has no alt text, an empty one or nbconvert's placeholder |
| ``offsite`` | a script, stylesheet, font or image is loaded from another host |
| ``chart_data`` | a chart image (``<chart>.png``) has no data table beside it (``<chart>.csv``) |
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from analysis.publish.provenance import FLAGGED_MIME

CHECKS: tuple[str, ...] = ("artefacts", "shares", "sources", "flagged", "alt_text", "offsite",
                           "chart_data")
"""Every check, in the order they run (``docs/reviewing.md`` lists them)."""

PLACEHOLDER_ALT = "No description has been provided for this image"

_ARTEFACT = re.compile(r"(?<![\w.])(NaN|nan|None|NaT|-?inf)(?![\w.])"
                       r"|(?<![\w.,])(?<!BY )(?<!version )\d+\.0(?![\d.])"
                       r"|(?<![\w.,])\d+\.\d{4,}(?![\d.])")
"""NaN and friends, ``15000.0``, ``156.66667``; a licence ("CC BY 4.0") is no artefact."""
_URL = re.compile(r"https?://\S+")
_PERCENT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?%")
_OFFSITE = re.compile(r"^(https?:)?//", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """One failed check: which check, which file, what is wrong."""

    check: str
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.check}: {self.message}"


class _Page(HTMLParser):
    """Collect a page's visible text, its images and what it loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.images: list[dict[str, str]] = []
        self.loads: list[str] = []
        self.css: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag in ("script", "style", "template"):
            self._hidden += 1
        if tag == "img":
            self.images.append(found)
        if tag in ("script", "img", "iframe", "source", "video", "audio") and found.get("src"):
            self.loads.append(found["src"])
        if tag == "link" and found.get("href"):
            self.loads.append(found["href"])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            self.css.append(data)
        else:
            self.text.append(data)


def _read_page(folder: Path) -> _Page:
    page = _Page()
    page.feed((folder / "report.html").read_text(encoding="utf-8"))
    return page


def check_artefacts(folder: Path) -> list[Problem]:
    """No ``NaN``/``None``/``inf`` or float artefacts in the visible text of ``report.html``."""
    text = _URL.sub(" ", " ".join(_read_page(folder).text))
    found = sorted({m.group(0) for m in _ARTEFACT.finditer(text)})
    return [Problem("artefacts", "report.html", f"visible text shows {', '.join(found[:8])!s}")
            ] if found else []


def check_shares(folder: Path) -> list[Problem]:
    """No percentage above 100 printed, no recorded ``share`` figure above 100."""
    text = " ".join(_read_page(folder).text)
    over = sorted({m.group(0) for m in _PERCENT.finditer(text)
                   if float(m.group(1).replace(",", "")) > 100})
    problems = [Problem("shares", "report.html", f"prints a share above 100 %: {', '.join(over)}")
                ] if over else []
    for figure in _figures(folder):
        value = figure.get("value")
        if "share" in figure["name"] and isinstance(value, int | float) and value > 100:
            problems.append(Problem("shares", "figures.json",
                                    f"figure {figure['name']!r} is a share of {value}"))
    return problems


def _figures(folder: Path) -> list[dict]:
    path = folder / "figures.json"
    return json.loads(path.read_text(encoding="utf-8"))["figures"] if path.exists() else []


def check_sources(folder: Path) -> list[Problem]:
    """Every recorded figure has at least one source with an http(s) URL."""
    return [Problem("sources", "figures.json", f"figure {f['name']!r} has no source URL")
            for f in _figures(folder)
            if not any(str(s.get("url", "")).lower().startswith(("http://", "https://"))
                       for s in f.get("sources", []))]


def _footnoted(folder: Path) -> set[str]:
    nb = json.loads((folder / "report.ipynb").read_text(encoding="utf-8"))
    ids: set[str] = set()
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            payload = output.get("data", {}).get(FLAGGED_MIME)
            if payload:
                ids |= {row["id"] for row in payload.get("rows", [])}
    return ids


def check_flagged(folder: Path) -> list[Problem]:
    """Every flagged row in a chart's data CSV is named in a footnote (``show_flagged``)."""
    footnoted = _footnoted(folder) if (folder / "report.ipynb").exists() else set()
    problems = []
    for data in sorted(folder.glob("*.csv")):
        with data.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        missing = sorted({i for row in rows if row.get("flag")
                          for i in row.get("flagged_ids", "").split()} - footnoted)
        if missing:
            problems.append(Problem("flagged", data.name,
                                    f"flagged row(s) {', '.join(missing)} charted, not footnoted"))
    return problems


def check_alt_text(folder: Path) -> list[Problem]:
    """Every image has alt text that describes it (not empty, not the placeholder)."""
    bad = [i for i, img in enumerate(_read_page(folder).images, start=1)
           if not img.get("alt", "").strip() or img.get("alt") == PLACEHOLDER_ALT]
    return [Problem("alt_text", "report.html", f"image(s) {bad} have no alt text")] if bad else []


def check_offsite(folder: Path) -> list[Problem]:
    """Nothing is loaded from another host: no script, stylesheet, font or image URL."""
    page = _read_page(folder)
    found = [u for u in page.loads if _OFFSITE.match(u.strip())]
    found += re.findall(r"(?:url\(|import\(|@import\s+)['\"]?((?:https?:)?//[^'\")\s]+)",
                        " ".join(page.css))
    return [Problem("offsite", "report.html", f"loads {', '.join(sorted(set(found))[:5])}")
            ] if found else []


def check_chart_data(folder: Path) -> list[Problem]:
    """Every chart image has its data beside it as ``<chart>.csv`` (for Datawrapper, Flourish)."""
    missing = [png.name for png in sorted(folder.glob("*.png"))
               if not png.with_suffix(".csv").is_file()]
    return [Problem("chart_data", ", ".join(missing), "chart(s) published without their data "
                    "as CSV (describe the chart with its data table)")] if missing else []


def check_report(folder: Path) -> list[Problem]:
    """Run every check (:data:`CHECKS`) on one report folder.

    Parameters
    ----------
    folder : Path
        A report folder (``report.html``, ``figures.json``, ``report.ipynb``, chart CSVs).

    Returns
    -------
    list of Problem
        Empty when the report can be published.
    """
    folder = Path(folder)
    runs = {"artefacts": check_artefacts, "shares": check_shares, "sources": check_sources,
            "flagged": check_flagged, "alt_text": check_alt_text, "offsite": check_offsite,
            "chart_data": check_chart_data}
    return [problem for name in CHECKS for problem in runs[name](folder)]
