"""``analysis verify`` sees what a rebuild cannot: tampered raw data and stray files under
``reports/`` (issue 18). A rebuild from a tampered raw sheet reproduces the tampered reports,
so these checks run first, on the published tree, and name the file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.core import paths
from analysis.core.lock import project_lock
from analysis.publish.config import load_config
from analysis.verify import inspect_published

NAMES = {spec.name for spec in load_config()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's inputs and published reports, free to tamper with."""
    root = tmp_path / "project"
    for name in ("data/raw", "reports", "notebooks"):
        shutil.copytree(paths.ROOT / name, root / name)
    for name in ("reports.yml", "pyproject.toml"):
        shutil.copy2(paths.ROOT / name, root / name)
    (root / "src" / "analysis").mkdir(parents=True)
    return root


def found(root: Path) -> list[tuple[str, str, str]]:
    return [(r.report, r.item, r.status) for r in inspect_published(root, NAMES)]


def test_the_committed_tree_has_nothing_unexpected():
    assert found(paths.ROOT) == []


def test_a_raw_figure_changed_without_the_manifest_is_named(project):
    sheet = project / "data" / "raw" / "claims" / "casualties.csv"
    text = sheet.read_text(encoding="utf-8")
    assert ",killed,50," in text
    sheet.write_text(text.replace(",killed,50,", ",killed,500,", 1), encoding="utf-8")
    assert found(project) == [("(raw)", "data/raw/claims/casualties.csv",
                               "DIFFERENT: changed since the manifest was written")]


def test_a_missing_raw_file_is_named(project):
    (project / "data" / "raw" / "claims" / "deployments.csv").unlink()
    assert found(project) == [("(raw)", "data/raw/claims/deployments.csv",
                               "DIFFERENT: listed in the manifest but missing")]


def test_an_unlisted_raw_file_hidden_or_not_is_named(project):
    (project / "data" / "raw" / "claims" / "extra.csv").write_text("id\n1\n")
    (project / "data" / "raw" / ".hidden").write_text("x")
    (project / "data" / "raw" / "dangling").symlink_to(project / "nowhere")
    assert found(project) == [
        ("(raw)", "data/raw/.hidden", "DIFFERENT: not in the manifest (new file)"),
        ("(raw)", "data/raw/claims/extra.csv", "DIFFERENT: not in the manifest (new file)"),
        ("(raw)", "data/raw/dangling",
         "DIFFERENT: not a regular file (a dangling symlink, FIFO or device)")]


def test_unexpected_entries_under_reports_are_named_hidden_ones_included(project):
    reports = project / "reports"
    (reports / "evil").mkdir()
    (reports / "evil" / "index.html").write_text("<script>alert(1)</script>")
    (reports / ".tmp-overview-all-123").mkdir()
    (reports / ".DS_Store").write_text("x")
    (reports / "notes.txt").write_text("x")
    (reports / "overview-all" / ".hidden.html").write_text("x")
    (reports / "overview-all" / "extra.png").write_bytes(b"x")
    (reports / "overview-all" / "sub").mkdir()
    (reports / "casualties-all" / "link.png").symlink_to(reports / "index.html")
    assert found(project) == [
        ("(reports)", "reports/.DS_Store", "UNEXPECTED"),
        ("(reports)", "reports/.tmp-overview-all-123/", "UNEXPECTED"),
        ("(reports)", "reports/casualties-all/link.png", "UNEXPECTED"),
        ("(reports)", "reports/evil/", "UNEXPECTED"),
        ("(reports)", "reports/notes.txt", "UNEXPECTED"),
        ("(reports)", "reports/overview-all/.hidden.html", "UNEXPECTED"),
        ("(reports)", "reports/overview-all/extra.png", "UNEXPECTED"),
        ("(reports)", "reports/overview-all/sub/", "UNEXPECTED"),
    ]


def verify_cli(root: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ANALYSIS_ROOT": str(root), **extra}
    return subprocess.run([sys.executable, "-m", "analysis", "verify"], env=env,
                          capture_output=True, text=True, timeout=120)


def test_verify_fails_at_once_naming_a_tampered_raw_file_and_a_stray_folder(project):
    sheet = project / "data" / "raw" / "claims" / "casualties.csv"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(",killed,50,", ",killed,500,", 1),
                     encoding="utf-8")
    (project / "reports" / ".sneaky").mkdir()
    done = verify_cli(project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("(raw)") and "data/raw/claims/casualties.csv" in line
               and "changed since the manifest was written" in line for line in lines)
    assert any(line.startswith("(reports)") and "reports/.sneaky/" in line
               and "UNEXPECTED" in line for line in lines)
    assert any(line.startswith("verify: FAILED: 2 difference(s)") for line in lines)


@pytest.mark.parametrize("command", [["verify"], ["manifest", "--write"]])
def test_verify_and_manifest_write_take_the_project_lock(project, command):
    before = (project / "data" / "raw" / "MANIFEST.sha256").read_bytes()
    (project / "data" / "raw" / "new.txt").write_text("x")
    with project_lock(path=project / ".analysis.lock"):
        done = subprocess.run([sys.executable, "-m", "analysis", *command],
                              env={**os.environ, "ANALYSIS_ROOT": str(project),
                                   "ANALYSIS_LOCK_WAIT": "0"},
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith(
        f"analysis {command[0]}: error: .analysis.lock: another analysis run is in progress "
        f"(pid {os.getpid()})")
    assert (project / "data" / "raw" / "MANIFEST.sha256").read_bytes() == before
