"""claims-desk: reported figures, cleaned and published.

The short API a journalist needs in a notebook (each name is loaded on first use, so
``import analysis`` stays instant)::

    import analysis
    claims = analysis.load_claims()                     # data/processed/claims.csv
    groups = analysis.load_claim_groups()               # one row per statement
    analysis.select_claims(claims, ["killed"], "2025-01-01", "2025-12-31")
    analysis.parse_figure("über 3.000", "de")           # Figure(low=3000.0, ...)
    analysis.parse_period("since October", "2024-12-19")
    analysis.record("latest_estimate", 11000, sources=rows)

See ``docs/exploring.md`` for a worked example.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API: dict[str, tuple[str, str]] = {
    "load_claims": ("analysis.explore", "load_claims"),
    "load_claim_groups": ("analysis.explore", "load_claim_groups"),
    "select_claims": ("analysis.explore", "select_claims"),
    "find_claimants": ("analysis.explore", "find_claimants"),
    "claims_by": ("analysis.explore", "claims_by"),
    "monthly_counts": ("analysis.explore", "monthly_counts"),
    "parse_figure": ("analysis.figures", "parse_figure"),
    "parse_figures": ("analysis.figures", "parse_figures"),
    "parse_period": ("analysis.periods", "parse_period"),
    "parse_periods": ("analysis.periods", "parse_periods"),
    "record": ("analysis.provenance", "record"),
    "cite": ("analysis.provenance", "cite"),
    "show_sources": ("analysis.provenance", "show_sources"),
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    """Load the public API lazily (PEP 562)."""
    if name in _API:
        module, attribute = _API[name]
        value = getattr(import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public API next to the submodules."""
    return sorted(set(globals()) | set(_API))
