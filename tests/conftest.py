"""Shared fixtures: copies of the real ledger in temporary folders, never the repo itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from suite_order import longest_first

from analysis.core import paths


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, with one line, when the external data sets cannot be had.

    Many tests rebuild from the pinned General Staff and Oryx files. Without a local copy in
    data/external/ and without a mirror, stopping here in seconds beats 45 failures after
    minutes. Under CI this is a failure too (exit status 1), never a skip.
    """
    from analysis.core.errors import ClaimsDeskError
    from analysis.external.registry import default_mirror, registry

    try:
        mirror = default_mirror()
    except ClaimsDeskError as exc:
        pytest.exit(f"tests need the external data: {exc}", returncode=1)
    entries = registry()
    if mirror is None and not all(e.path(paths.EXTERNAL).is_file() for e in entries):
        missing = next(e for e in entries if not e.path(paths.EXTERNAL).is_file())
        pytest.exit(
            f"tests need the external data: {missing.dataset} is not in data/external/ and "
            f"cannot be fetched here ({missing.url}); set ANALYSIS_DATA_MIRROR to a mirror "
            "folder (<dataset>/<file>) or run `make data` where the network is reachable",
            returncode=1)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the longest files first (``suite_order.LONGEST_FIRST``), each in its own order."""
    longest_first(items)


@pytest.fixture
def raw_claims_copy(tmp_path: Path) -> Path:
    """A copy of data/raw/claims in a temporary folder, free to edit."""
    target = tmp_path / "raw" / "claims"
    shutil.copytree(paths.RAW_CLAIMS, target)
    return target


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A minimal project tree (raw data, notebooks, reports.yml) for ANALYSIS_ROOT runs."""
    root = tmp_path / "project"
    shutil.copytree(paths.RAW, root / "data" / "raw")
    (root / "data" / "processed").mkdir(parents=True)
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks")
    shutil.copy(paths.REPORTS_CONFIG, root / "reports.yml")
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.fixture(scope="session")
def external_dir(tmp_path_factory):
    """The pinned external data sets, fetched once per session from the mirror into a
    temporary folder (never data/external); fails, not skips, without a mirror."""
    from analysis.external import registry as external

    mirror = external.default_mirror() or (paths.EXTERNAL if paths.EXTERNAL.is_dir() else None)
    if mirror is None:
        pytest.fail("no mirror of the external data: set ANALYSIS_DATA_MIRROR or put shared/ "
                    "beside the project (CI has it)")
    folder = tmp_path_factory.mktemp("external")
    external.fetch_all([external.GENERAL_STAFF, external.GENERAL_STAFF_PREVIOUS, external.ORYX],
                       folder, mirror)
    return folder
