"""claims-desk: reported figures, cleaned and published.

The notebook API. Everything a notebook needs is reachable from ``analysis``,
``analysis.charts`` or ``analysis.external``; each name is loaded on first use, so
``import analysis`` stays instant::

    import analysis
    claims = analysis.load_claims()                     # data/processed/claims.csv
    groups = analysis.load_claim_groups()               # one row per statement
    analysis.select_claims(claims, ["killed"], "2025-01-01", "2025-12-31")
    analysis.parse_figure("über 3.000", "de")           # Figure(low=3000.0, ...)
    analysis.parse_period("since October", "2024-12-19")
    analysis.record("latest_estimate", 11000, sources=rows)

See ``docs/exploring.md`` for a worked example and ``docs/architecture.md`` for where
everything lives. The list of names is snapshot-tested (``tests/test_api.py``).
"""

from __future__ import annotations

from analysis.core.lazy import install_moved_modules, lazy_exports

__version__ = "0.1.0"

_EXPLORE = "analysis.claims.explore"
_STATEMENTS = "analysis.claims.statements"
_PROVENANCE = "analysis.publish.provenance"

API: dict[str, str] = {
    # loading the processed tables
    "load_claims": f"{_EXPLORE}:load_claims",
    "load_claim_groups": f"{_EXPLORE}:load_claim_groups",
    "load_review_queue": f"{_EXPLORE}:load_review_queue",
    # questions to the ledger
    "select_claims": f"{_EXPLORE}:select_claims",
    "find_claimants": f"{_EXPLORE}:find_claimants",
    "claims_by": f"{_EXPLORE}:claims_by",
    "monthly_counts": f"{_EXPLORE}:monthly_counts",
    "busiest_month": f"{_EXPLORE}:busiest_month",
    "review_counts": f"{_EXPLORE}:review_counts",
    # statements: one row per claim group
    "select_statements": f"{_STATEMENTS}:statements",
    "latest_by_claimant": f"{_STATEMENTS}:latest_by_claimant",
    "latest_by_claimant_metric": f"{_STATEMENTS}:latest_by_claimant_metric",
    "casualty_shares": f"{_STATEMENTS}:casualty_shares",
    "article_check": f"{_STATEMENTS}:article_check",
    "deployment_title": f"{_STATEMENTS}:deployment_title",
    "flagged_rows": f"{_STATEMENTS}:flagged_rows",
    "current_estimates": f"{_STATEMENTS}:current_estimates",
    "headline_sources": f"{_STATEMENTS}:headline_sources",
    "describe_figure": "analysis.figures.words:describe_figure",
    "casualty_title": f"{_STATEMENTS}:casualty_title",
    # the parsers
    "Figure": "analysis.figures:Figure",
    "parse_figure": "analysis.figures:parse_figure",
    "parse_figures": "analysis.figures:parse_figures",
    "explain_figure": "analysis.figures:explain_figure",
    "Period": "analysis.periods:Period",
    "parse_period": "analysis.periods:parse_period",
    "parse_periods": "analysis.periods:parse_periods",
    "explain_period": "analysis.periods:explain_period",
    # any article, read from its own text and checked against the ledger
    "extract_figures": "analysis.articles:extract_figures",
    "check_article": "analysis.articles:check_article",
    "check_article_file": "analysis.pipeline:check_article_source",
    "article_headline": "analysis.articles:headline",
    "article_table": "analysis.articles:article_table",
    "proposed_ledger_rows": "analysis.articles:proposed_rows",
    # provenance of published numbers
    "record": f"{_PROVENANCE}:record",
    "cite": f"{_PROVENANCE}:cite",
    "show_sources": f"{_PROVENANCE}:show_sources",
    "show_flagged": f"{_PROVENANCE}:show_flagged",
    "show_table": "analysis.publish.tables:show_table",
    # rebuilding the processed tables from data/raw (notebook 00)
    "build": "analysis.pipeline:build",
}
"""The declared notebook API: public name → ``module:attribute``."""

MOVED_MODULES: dict[str, str] = {
    "analysis.paths": "analysis.core.paths",
    "analysis.errors": "analysis.core.errors",
    "analysis.files": "analysis.core.atomic",
    "analysis.export": "analysis.core.tables",
    "analysis.lock": "analysis.core.lock",
    "analysis.progress": "analysis.core.progress",
    "analysis.datapackage": "analysis.core.datapackage",
    "analysis.sources": "analysis.ledger.sheets",
    "analysis.validation": "analysis.ledger.validation",
    "analysis.published": "analysis.ledger.dates",
    "analysis.claimants": "analysis.ledger.reference",
    "analysis.vocabulary": "analysis.ledger.vocabulary",
    "analysis.manifest": "analysis.ledger.manifest",
    "analysis.grouping": "analysis.claims.grouping",
    "analysis.statements": "analysis.claims.statements",
    "analysis.explore": "analysis.claims.explore",
    "analysis.processed": "analysis.claims.schema",
    "analysis.losses": "analysis.external.general_staff",
    "analysis.oryx": "analysis.external.oryx",
    "analysis.loss_charts": "analysis.external.charts",
    "analysis.provenance": "analysis.publish.provenance",
    "analysis.report_config": "analysis.publish.config",
    "analysis.reports": "analysis.publish.report",
    "analysis.runner": "analysis.publish.runner",
}
"""Module paths of release 0.1 that moved; importing one warns and gives the new module."""

__all__ = sorted(API)

install_moved_modules(MOVED_MODULES)
__getattr__, __dir__ = lazy_exports(globals(), API)
