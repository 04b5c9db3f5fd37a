"""Validated rows to claims tables: build, statement grouping, statements, exploring, charts."""

from __future__ import annotations

from analysis.core.lazy import lazy_exports

_MOVED = {name: f"analysis.claims.build:{name}" for name in (
    "build_claims", "clean_claims", "assemble_claims", "review_queue", "cluster_claims",
    "read_claims", "read_claim_groups")}

__getattr__, __dir__ = lazy_exports(globals(), {}, _MOVED)
