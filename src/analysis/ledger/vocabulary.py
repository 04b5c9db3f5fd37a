"""The controlled vocabulary of metrics: what each ledger ``metric`` counts.

Each metric belongs to a *family*. Claims are only grouped, compared or charted within a
family; inside the ``casualties`` family, a statement reported under another metric (an
outlet calling a "killed or wounded" figure "killed") is *metric drift*, flagged for review.
"""

from __future__ import annotations

from typing import NamedTuple


class Metric(NamedTuple):
    """One metric of the ledger."""

    family: str
    description: str


METRICS: dict[str, Metric] = {
    "deployed": Metric("deployment", "troops sent or present in total"),
    "additional_deployed": Metric("deployment", "troops sent on top of an earlier deployment"),
    "workers_sent": Metric("labour", "workers sent (construction, industry)"),
    "materiel_sent": Metric("materiel", "weapons, ammunition or containers sent"),
    "killed": Metric("casualties", "killed"),
    "wounded": Metric("casualties", "wounded"),
    "killed_or_wounded": Metric("casualties", "killed and wounded together (casualties, losses)"),
    "captured": Metric("captivity", "taken prisoner"),
    "died_in_captivity": Metric("captivity", "died after capture"),
    "treated_in_north_korea": Metric("medical", "Russian wounded treated in North Korea"),
    "hosted_children": Metric("children", "children hosted in camps or resorts"),
    "other": Metric("other", "anything else; read the note"),
}
"""Every metric a sheet may use, with its family. Order is the documented order."""

CASUALTY_METRICS: tuple[str, ...] = ("killed", "wounded", "killed_or_wounded")
"""Metrics that outlets confuse with each other (the distortion the ledger's notes flag)."""


def metric_family(metric: str) -> str:
    """Return the family of ``metric`` (``"other"`` for an unknown one)."""
    found = METRICS.get(metric)
    return found.family if found else "other"
