"""The journalist's desk in a real browser: open notebooks in JupyterLab, run them, look.

Drives JupyterLab the way a person does: the file browser (double-click), the menu
*Run → Run All Cells*, then waits until every code cell has an execution count and the
kernel is idle, and checks what a reader sees: a table, a chart, the recorded figure and
the sources, and no error or stderr output. Screenshots go to ``test-artifacts/browser/``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from analysis.core import paths

if TYPE_CHECKING:  # playwright is imported by the fixture, so a missing package can skip
    from conftest import Lab
    from playwright.sync_api import BrowserContext, Locator, Page

pytestmark = pytest.mark.slow

NOTEBOOKS_UNDER_TEST = ("00_start_here.ipynb", "02_deployments.ipynb")
"""The worked example and one report notebook (the lab serves copies of all notebooks)."""

RUN_TIMEOUT_MS = 60_000
ERROR_OUTPUTS = (
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
    '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]'
)
"""Stderr streams and error tracebacks (both render with the stderr mimetype)."""

# what each notebook must show once run: text of its main table, its recorded figure's label
EXPECTED = {
    "00_start_here.ipynb": {"table_text": "figure_text",
                            "figure": "Latest deployed figure of South Korea National"},
    "02_deployments.ipynb": {"table_text": "claimant",
                             "figure": "Highest current estimate"},
}


def committed_hashes() -> dict[str, str]:
    """SHA-256 of every committed notebook."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.NOTEBOOKS.glob("*.ipynb"))}


def open_from_file_browser(page: Page, name: str) -> Locator:
    """Double-click ``notebooks`` then ``name`` in the file browser; return the panel."""
    listing = page.locator(".jp-DirListing-content")
    crumbs = page.locator(".jp-FileBrowser .jp-BreadCrumbs")
    if not crumbs.get_by_text("notebooks").count():
        listing.locator(".jp-DirListing-item", has_text="notebooks").dblclick()
    listing.locator(".jp-DirListing-item", has_text=name).dblclick()
    tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current", has_text=name)
    tab.wait_for()
    panel = page.locator(f'[id="{tab.get_attribute("data-id")}"]')
    panel.locator(".jp-Notebook").wait_for()
    return panel


def kernel_status(page: Page) -> Locator:
    """The status bar's kernel item, e.g. "Python 3 (ipykernel) | Idle"."""
    return page.locator(".jp-StatusBar-Item", has_text="Python 3 (ipykernel) |")


def wait_until_idle(page: Page) -> None:
    """Wait until the active notebook's kernel has started and reports idle."""
    kernel_status(page).filter(has_text=re.compile(r"\|\s*Idle\b")).wait_for(
        timeout=RUN_TIMEOUT_MS)


def run_all_cells(page: Page) -> None:
    """Run → Run All Cells, from the menu bar."""
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()


def wait_until_all_ran(page: Page, panel: Locator) -> None:
    """Wait until every code cell shows an execution count (or one failed), then idle.

    Run All stops at a failing cell, leaving the cells after it unnumbered: an error
    output with no cell still running ends the wait too, so the test fails fast on it.
    """
    page.wait_for_function(
        """([id, errors]) => {
            const panel = document.getElementById(id);
            const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                .map(p => p.textContent.trim());
            const numbered = prompts.filter(t => /^\\[\\d+\\]:$/.test(t)).length;
            const running = prompts.some(t => t === '[*]:');
            return prompts.length > 0 && !running
                && (numbered === prompts.length || panel.querySelector(errors) !== null);
        }""",
        arg=[panel.get_attribute("id"), ERROR_OUTPUTS], timeout=RUN_TIMEOUT_MS)
    wait_until_idle(page)


def unnumbered_cells(panel: Locator) -> list[str]:
    """The prompts of code cells that did not run (normally none)."""
    prompts = panel.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
    return [p for p in prompts if not re.fullmatch(r"\[\d+\]:", p.strip())]


def shoot(page: Page, locator: Locator | None, path: Path) -> None:
    """Scroll ``locator`` into view and save a screenshot of the whole window."""
    if locator is not None:
        locator.scroll_into_view_if_needed()
    page.screenshot(path=str(path), full_page=True)


@pytest.mark.parametrize("name", NOTEBOOKS_UNDER_TEST)
def test_notebook_runs_in_jupyterlab(name: str, browser: BrowserContext, lab: Lab,
                                     artifacts: Path) -> None:
    before = committed_hashes()
    copy = lab.root / "notebooks" / name
    copy_before = copy.read_bytes()
    settings = lab.api("/lab/api/settings/@jupyterlab/docmanager-extension:plugin")
    assert settings.get("settings", {}).get("autosave") is False, f"autosave is on: {settings}"

    page = browser.new_page()
    console_errors: list[str] = []
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    try:
        page.goto(f"{lab.url}/lab?token={lab.token}")
        page.locator(".jp-DirListing-content").wait_for(timeout=RUN_TIMEOUT_MS)
        panel = open_from_file_browser(page, name)
        wait_until_idle(page)
        stem = Path(name).stem
        shoot(page, None, artifacts / f"{stem}-1-opened.png")

        run_all_cells(page)
        wait_until_all_ran(page, panel)
        outputs = panel.locator(".jp-OutputArea-output")
        shoot(page, panel.locator(".jp-Cell").first, artifacts / f"{stem}-2-ran-top.png")

        errors = panel.locator(ERROR_OUTPUTS)
        assert errors.count() == 0, f"error output in {name}: {errors.first.inner_text()}"
        assert "Traceback" not in panel.inner_text()
        assert unnumbered_cells(panel) == [], f"cells of {name} did not run"

        # pandas tables (table.dataframe) or the readable tables of analysis.show_table
        table = outputs.locator("table.dataframe, .claims-desk-table table").filter(
            has_text=EXPECTED[name]["table_text"]).first
        table.wait_for()
        assert table.locator("tbody tr").count() >= 1
        shoot(page, table, artifacts / f"{stem}-3-table.png")

        chart = outputs.locator("img").first
        chart.wait_for()
        width = chart.evaluate("img => img.complete ? img.naturalWidth : 0")
        assert width > 300, f"the chart of {name} did not render (natural width {width})"
        shoot(page, chart, artifacts / f"{stem}-4-chart.png")

        figure = outputs.locator(".claims-desk-figure", has_text=EXPECTED[name]["figure"])
        assert figure.count() >= 1
        sources = outputs.locator(".claims-desk-sources")
        assert sources.locator("a[href^='http']").count() >= 1
        shoot(page, sources.locator("h2"), artifacts / f"{stem}-5-sources.png")
        assert console_errors == []
    except BaseException:
        page.screenshot(path=str(artifacts / f"{Path(name).stem}-failed.png"), full_page=True)
        raise
    finally:
        page.close()

    assert copy.read_bytes() == copy_before, "the lab saved over the notebook it ran"
    assert committed_hashes() == before, "a committed notebook changed during the test"
