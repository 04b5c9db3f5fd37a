"""Every published report and the index, read in a real browser at phone, tablet and desktop width.

At 375, 720 and 1280 px each page must show no horizontal scroll, no table cell whose text
overflows into its neighbour, non-empty alt text on every image, and make no request that
leaves the page (no CDN, no web font). A screenshot of each is kept under
``test-artifacts/browser/reports/``. Run on the published ``reports/`` (``ANALYSIS_ROOT``
may point at a scratch copy).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.core import paths

WIDTHS = (375, 720, 1280)


def _pages() -> list[str]:
    config = yaml.safe_load((paths.ROOT / "reports.yml").read_text(encoding="utf-8"))
    names = [r["name"] for r in config["reports"]
             if (paths.REPORTS / r["name"] / "report.html").exists()]
    return ["index.html", *[f"{name}/report.html" for name in names]]


OVERFLOW_JS = """() => {
  const wide = document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;
  const cells = [...document.querySelectorAll('td, th')].filter(
      c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.slice(0, 40));
  const alts = [...document.querySelectorAll('img')].map(i => (i.getAttribute('alt') || '').trim());
  return {wide, width: document.documentElement.scrollWidth, cells, alts};
}"""


@pytest.mark.parametrize("page", _pages())
def test_report_page_reads_at_every_width(browser, artifacts: Path, page: str):
    shots = artifacts / "reports"
    shots.mkdir(exist_ok=True)
    offsite: list[str] = []
    tab = browser.new_page()
    tab.route("**/*", lambda route: (offsite.append(route.request.url), route.abort())
              if not route.request.url.startswith(("file:", "data:")) else route.continue_())
    try:
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 900})
            tab.goto((paths.REPORTS / page).as_uri(), wait_until="load")
            found = tab.evaluate(OVERFLOW_JS)
            name = page.replace("/report.html", "").replace(".html", "")
            tab.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=width != 1280)
            assert not found["wide"], f"{page} at {width}px scrolls sideways ({found['width']}px)"
            assert found["cells"] == [], f"{page} at {width}px: text overflows cells"
            assert all(found["alts"]), f"{page} at {width}px: an image has no alt text"
    finally:
        tab.close()
    assert offsite == [], f"{page} requested {offsite[:3]}"
