"""A bug is a bug: an exception inside a parser fails the build, never a quiet "unparsed"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

CRASHING_PARSER = (
    "import sys\n"
    "import analysis.claims.build as build\n"
    "def broken(texts, lang=None):\n"
    "    raise ZeroDivisionError('a bug in the figure engine')\n"
    "build.parse_figures = broken\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def run(project, *args):
    env = {"ANALYSIS_ROOT": str(project), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", CRASHING_PARSER, *args], env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_parser_crash_fails_the_build_with_one_line(project_copy):
    done = run(project_copy, "build", "--force")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "analysis build: internal error (a bug in claims-desk, not in your data): "
        "ZeroDivisionError: a bug in the figure engine; run `analysis --debug build` for the "
        "traceback and report it")
    assert not (project_copy / "data" / "processed" / "claims.csv").exists()


def test_debug_shows_the_traceback(project_copy):
    done = run(project_copy, "--debug", "build", "--force")
    assert done.returncode == 1  # an uncaught exception: Python's own exit status
    assert "Traceback" in done.stderr
    assert "ZeroDivisionError: a bug in the figure engine" in done.stderr.splitlines()[-1]


def test_needed_external_data_that_cannot_be_fetched_is_one_line(project_copy):
    # a fresh processed folder: every stage must run, and nothing gives the external files
    env = {"ANALYSIS_ROOT": str(project_copy), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "analysis", "build"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("analysis build: error: external data set general-staff is needed "
                           "and cannot be fetched: https://raw.githubusercontent.com/")
    assert "ANALYSIS_DATA_MIRROR" in last and "LICENSE" not in last
    assert "build: claims: reconciled: 334 raw rows" in done.stdout  # the claims stage ran


def test_committed_tables_current_for_the_registry_need_no_external_data(tmp_path):
    from analysis.core import paths

    root = tmp_path / "project"
    shutil.copytree(paths.RAW, root / "data" / "raw")
    shutil.copytree(paths.PROCESSED, root / "data" / "processed")
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    env = {"ANALYSIS_ROOT": str(root), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "analysis", "build"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "build: external: up to date (inputs and code unchanged)" in done.stdout
    assert done.stderr.strip().splitlines() == [
        "warning: external data not fetched here (no copy, no mirror needed): data/processed/ "
        "is current for the pinned files, so the build carries on"]


UNREADABLE_SHEET = (
    "import builtins, errno, os, sys\n"
    "real = builtins.open\n"
    "def refuse(path, mode='r', *args, **kwargs):\n"
    "    if 'r' in mode and os.fspath(path).endswith('claims/casualties.csv'):\n"
    "        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))\n"
    "    return real(path, mode, *args, **kwargs)\n"
    "builtins.open = refuse\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_a_sheet_that_cannot_be_read_is_named_as_a_read_error(project_copy):
    # tests run as root, so the read is refused in the child, as the kernel would refuse it
    env = {**os.environ, "ANALYSIS_ROOT": str(project_copy)}
    done = subprocess.run([sys.executable, "-c", UNREADABLE_SHEET, "build"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "analysis build: error: data/raw/claims/casualties.csv: cannot read this file: "
        "Permission denied")  # before: "…: cannot write: Permission denied (…)"
