"""House charts are deterministic and draw uncertainty; provenance output is safe HTML."""

import math

import pandas as pd
import pytest

from analysis import charts
from analysis.publish.provenance import _sources, format_value, safe_link


def sample():
    return pd.DataFrame({
        "claimant": ["A", "B", "A", "C"],
        "date": pd.to_datetime(["2024-10-18", "2024-10-23", "2024-11-04", "2024-12-01"]),
        "low": [1500, 10000, 3000, math.nan], "best": [1500, 11000, 3000, 4000],
        "high": [1500, 12000, math.nan, 4000], "kind": ["exact", "range", "at_least", "at_most"],
    })


def test_the_same_chart_gives_the_same_png_and_svg_bytes():
    first = charts.statements_over_time(sample(), "t", "s", "people")
    second = charts.statements_over_time(sample(), "t", "s", "people")
    assert charts.render_png(first) == charts.render_png(second)
    svg = charts.render_svg(first)
    assert svg == charts.render_svg(second)
    assert "<dc:date>" not in svg and "Software" not in svg[:2000]


def test_uncertainty_is_drawn_for_every_kind():
    fig = charts.statements_over_time(sample(), "t", "s", "people")
    ax = fig.axes[0]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"range (bar: low to high)", "at least (open above)",
            "at most / nearly (open below)"} <= set(legend)
    # one vertical segment per range, open-above and open-below figure
    segments = sum(len(c.get_segments()) for c in ax.collections)
    assert segments == 3
    assert fig.texts[-1].get_text().endswith("compiled by claims-desk")


@pytest.mark.parametrize(
    ("url", "html"),
    [
        ("https://example.org/a?b=1&c=2",
         '<a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>'),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ('https://x.org/"><script>alert(1)</script>',
         '<a href="https://x.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'
         'https://x.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>'),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ],
)
def test_only_http_links_are_links_and_everything_is_escaped(url, html):
    assert safe_link(url) == html


def test_values_are_formatted_for_readers():
    assert [format_value(v) for v in (11000, 11000.0, 2.5, float("nan"), "n/a")] == [
        "11,000", "11,000", "2.5", "unknown", "n/a"]


def test_sources_are_deduplicated_and_sorted():
    rows = pd.DataFrame({"id": ["b", "a", "b"], "url": ["u2", "u1", "u2"]})
    assert _sources(rows) == [{"id": "a", "url": "u1"}, {"id": "b", "url": "u2"}]
    named = [("article", "https://theins.ru/en/amp/news/278689", "the article checked"),
             ("c131", "https://theins.ru/x")]
    assert _sources(named) == [
        {"id": "article", "url": "https://theins.ru/en/amp/news/278689",
         "outlet": "the article checked"},
        {"id": "c131", "url": "https://theins.ru/x"}]


@pytest.mark.parametrize(
    ("claimants", "line"),
    [
        (["A"], "claims by A, as reported in the ledger"),
        (["A", "B", "A"], "claims by A and B, as reported in the ledger"),
        (["C", "B", "A"], "claims by A, B and C, as reported in the ledger"),
        (["A", "A", "B", "C", "D", "E"],
         "claims by A, B, C and 2 other claimants, as reported in the ledger"),
    ],
)
def test_source_lines_name_the_claimants(claimants, line):
    assert charts.claimant_sources(pd.Series(claimants)) == line
