"""Shared fixtures: copies of the real ledger in temporary folders, never the repo itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import paths


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
    from analysis import external

    mirror = external.default_mirror()
    if mirror is None:
        pytest.fail("no mirror of the external data: set ANALYSIS_DATA_MIRROR or put shared/ "
                    "beside the project (CI has it)")
    folder = tmp_path_factory.mktemp("external")
    external.fetch_all([external.GENERAL_STAFF, external.GENERAL_STAFF_PREVIOUS, external.ORYX],
                       folder, mirror)
    return folder
