"""Charts for notebooks: the house style and every chart of the claims and external data.

The notebook API for charts (loaded on first use)::

    from analysis import charts
    fig = charts.statements_over_time(chosen, title, charts.claimant_sources(...), "troops")
    charts.publish(fig, "deployments")
"""

from __future__ import annotations

from analysis.core.lazy import lazy_exports

_STYLE = "analysis.publish.style"
_CLAIMS = "analysis.claims.charts"
_EXTERNAL = "analysis.external.charts"

API: dict[str, str] = {
    "publish": f"{_STYLE}:publish",
    "house_style": f"{_STYLE}:house_style",
    "render_png": f"{_STYLE}:render_png",
    "render_svg": f"{_STYLE}:render_svg",
    "claimant_sources": f"{_CLAIMS}:claimant_sources",
    "claims_over_time": f"{_CLAIMS}:claims_over_time",
    "statements_over_time": f"{_CLAIMS}:statements_over_time",
    "daily_chart": f"{_EXTERNAL}:daily_chart",
    "daily_title": f"{_EXTERNAL}:daily_title",
    "cumulative_chart": f"{_EXTERNAL}:cumulative_chart",
    "monthly_chart": f"{_EXTERNAL}:monthly_chart",
    "monthly_title": "analysis.external.chart_text:monthly_title",
    "comparison_bars": f"{_EXTERNAL}:comparison_bars",
    "ratio_chart": f"{_EXTERNAL}:ratio_chart",
}
"""The chart API: public name → ``module:attribute``."""

_MOVED = {name: f"{_STYLE}:{name}" for name in (
    "ARTICLE_WIDTH_IN", "PNG_DPI", "STYLE", "PALETTE", "CREDIT", "TITLE_WIDTH", "set_title",
    "add_source_line")}

__all__ = sorted(API)
__getattr__, __dir__ = lazy_exports(globals(), API, _MOVED)
