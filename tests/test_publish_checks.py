"""Pre-publication checks: a clean report passes; each fails on a report built to break it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.publish.checks import CHECKS, check_report
from analysis.publish.provenance import FLAGGED_MIME

SOURCE = {"id": "c175", "url": "https://kyivindependent.com/nearly-11-000-north-korean-troops",
          "outlet": "The Kyiv Independent"}
CLEAN_BODY = (
    "<h1>North Korean casualties</h1><p class='dek'>NIS: about 6,000 killed or wounded.</p>"
    "<img src='data:image/png;base64,AAAA' alt='Dot chart of 33 statements, 2024 to 2026'>"
    "<table><tr><th>Claimant</th><th>Share of deployment</th></tr>"
    "<tr><td>NIS</td><td>54.5%</td></tr><tr><td>Zelensky</td><td>—</td></tr></table>"
    "<p>Sources: <a href='https://kyivindependent.com/x-2025-09-03-1.1969479'>1</a></p>")


def _page(body: str, head: str = "<style>body{margin:0}</style>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _write(folder: Path, body: str = CLEAN_BODY, head: str | None = None,
           figures: list | None = None, csv_rows: str = "", footnoted: tuple = (),
           charts: tuple = ("casualties",)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = _page(body) if head is None else _page(body, head)
    (folder / "report.html").write_text(page, encoding="utf-8")
    figures = figures if figures is not None else [
        {"name": "highest_killed_or_wounded", "value": "about 6,000", "sources": [SOURCE]}]
    (folder / "figures.json").write_text(json.dumps({"figures": figures}), encoding="utf-8")
    outputs = [{"output_type": "display_data", "metadata": {},
                "data": {FLAGGED_MIME: {"rows": [{"id": i} for i in footnoted]}}}]
    (folder / "report.ipynb").write_text(json.dumps({"cells": [{"cell_type": "code",
                                                                 "outputs": outputs}]}))
    (folder / "casualties.csv").write_text(
        "date,claimant,figure,flag,flagged_ids\n2026-02-13,NIS,\"about 6,000\",,\n" + csv_rows,
        encoding="utf-8")
    for chart in charts:
        (folder / f"{chart}.png").write_bytes(b"\x89PNG\r\n")
    return folder


def test_a_clean_report_passes(tmp_path):
    assert check_report(_write(tmp_path / "clean")) == []


BROKEN = {
    "artefacts": [{"body": CLEAN_BODY.replace("—", "NaN")},
                  {"body": CLEAN_BODY.replace("54.5%", "15000.0")},
                  {"body": CLEAN_BODY.replace("54.5%", "156.66666666")},
                  {"body": CLEAN_BODY.replace("—", "None")}],
    "shares": [{"body": CLEAN_BODY.replace("54.5%", "156.7%")},
               {"figures": [{"name": "nis_share", "value": 156.7, "sources": [SOURCE]}]}],
    "sources": [{"figures": [{"name": "review_items", "value": 98, "sources": []}]},
                {"figures": [{"name": "x", "value": 1, "sources": [{"id": "c1", "url": ""}]}]}],
    "flagged": [{"csv_rows": "2025-06-17,Several governments,\"at least 6,000\","
                             "distorted_metric,c094\n"}],
    "alt_text": [{"body": CLEAN_BODY.replace("alt='Dot chart of 33 statements, 2024 to 2026'",
                                             "")},
                 {"body": CLEAN_BODY.replace("Dot chart of 33 statements, 2024 to 2026",
                                             "No description has been provided for this image")}],
    "offsite": [{"head": '<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/'
                         'require.min.js"></script>'},
                {"head": "<style>@import url('https://fonts.googleapis.com/css?family=Noto');"
                         "</style>"},
                {"head": "<script>await import(\"https://cdnjs.cloudflare.com/mermaid.mjs\")"
                         "</script>"},
                {"head": '<link rel="stylesheet" href="//cdn.example.org/x.css">'}],
    "chart_data": [{"charts": ("casualties", "monthly")}],
}


@pytest.mark.parametrize(("check", "index"),
                         [(c, i) for c in CHECKS for i in range(len(BROKEN[c]))])
def test_each_check_fails_on_a_report_built_to_break_it(tmp_path, check, index):
    problems = check_report(_write(tmp_path / check, **BROKEN[check][index]))
    assert [p.check for p in problems] == [check], [str(p) for p in problems]


def test_a_footnoted_flagged_row_passes(tmp_path):
    folder = _write(tmp_path / "footnoted", footnoted=("c094",), **BROKEN["flagged"][0])
    assert check_report(folder) == []


def test_the_checks_are_documented():
    text = (Path(__file__).resolve().parents[1] / "docs" / "reviewing.md").read_text()
    for check in CHECKS:
        assert f"`{check}`" in text
