"""Shared fixtures: copies of the real ledger in temporary folders, never the repo itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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


# The test files that take longest (CPU seconds of a whole run, 2026-12-06), in that order. The
# suite runs on every core with `--dist loadfile`, each file on one worker; xdist would hand out
# the files with most tests first (`--no-loadscope-reorder` in pyproject.toml turns that off), so
# these few long files came last and one worker ran them alone for minutes while the other sat
# idle. Run first, they end while the other worker clears the many short files.
LONGEST_FIRST = (
    "tests/test_robustness_runs.py",
    "tests/test_figures_passes.py",
    "tests/test_verify.py",
    "tests/test_robustness_signals.py",
    "tests/browser/test_lab.py",
    "tests/test_articles_claimant_model.py",
    "tests/test_figures_fuzz.py",
    "tests/test_figures_compiled.py",
    "tests/test_reports_e2e.py",
    "tests/test_articles.py",
    "tests/test_robustness_parameters.py",
    "tests/test_robustness_kernels.py",
    "tests/test_claims_build.py",
    "tests/test_robustness_fuzz.py",
    "tests/browser/test_report_pages.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Put the files of ``LONGEST_FIRST`` first, in its order; every file keeps its own order
    (a notebook's cells run in theirs), and the others follow as collected."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}

    def key(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("::", 1)[0], len(rank))

    items.sort(key=key)


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
