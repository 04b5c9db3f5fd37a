"""Third-party data sets: registry and fetch, General Staff, Oryx, their comparison, charts.

The notebook API for external data (loaded on first use)::

    from analysis import external
    daily = external.load_daily()
    external.credits([external.GENERAL_STAFF])
"""

from __future__ import annotations

from analysis.core.lazy import lazy_exports

_REGISTRY = "analysis.external.registry"
_GS = "analysis.external.general_staff"
_ORYX = "analysis.external.oryx"
_COMPARISON = "analysis.external.comparison"

API: dict[str, str] = {
    "GENERAL_STAFF": f"{_REGISTRY}:GENERAL_STAFF",
    "ORYX": f"{_REGISTRY}:ORYX",
    "credits": f"{_REGISTRY}:credits",
    "source_files": f"{_REGISTRY}:source_files",
    "LABELS": f"{_GS}:LABELS",
    "short_label": f"{_GS}:short_label",
    "load_daily": f"{_GS}:load_daily",
    "load_corrections": f"{_GS}:load_corrections",
    "load_changes": f"{_GS}:load_changes",
    "select": f"{_GS}:select",
    "totals_by": f"{_GS}:totals_by",
    "summarise_changes": f"{_GS}:summarise_changes",
    "busiest_unflagged_month": "analysis.external.chart_text:busiest_unflagged_month",
    "load_losses": f"{_ORYX}:load_losses",
    "load_totals": f"{_ORYX}:load_totals",
    "load_comparison": f"{_COMPARISON}:load_comparison",
    "select_comparison": f"{_COMPARISON}:select_comparison",
    "latest_comparison": f"{_COMPARISON}:latest_comparison",
    "mapping_table": f"{_COMPARISON}:mapping_table",
}
"""The external-data API: public name → ``module:attribute``."""

_MOVED = {name: f"{_REGISTRY}:{name}" for name in (
    "MIRROR_ENV", "GENERAL_STAFF_PREVIOUS", "DOWNLOAD_TIMEOUT_S", "ChecksumError", "FetchError",
    "ExternalFile", "FetchResult", "FetchSummary", "datasets", "sha256_of",
    "default_mirror", "download", "fetch_file", "fetch_all", "dataset_dir")}

__all__ = sorted(API)
__getattr__, __dir__ = lazy_exports(globals(), API, _MOVED)
