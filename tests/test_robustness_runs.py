"""Interrupted, concurrent and failing runs: the last good outputs survive, nothing half-written.

- ``analysis build`` is SIGKILLed at chosen points (just before the 1st, 4th and 6th file is
  moved into place, and at a real moment in time); every output is then the old good file
  or a complete new one, and the next build completes and is byte-identical.
- ``analysis reports`` is SIGKILLed while its second report runs; both report folders stay
  complete and the next run completes.
- the project lock makes a second run wait, or stop with one line; two builds at once
  produce the same bytes as one.
- a full disk or a read-only folder gives one clear line and leaves nothing half-written.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.claims.build import build_claims
from analysis.core import paths
from analysis.core.atomic import write_text_atomic
from analysis.core.errors import OutputError
from analysis.core.lock import project_lock
from analysis.core.tables import read_csv_table

TODAY = date(2026, 11, 27)


def env_for(root: Path, **extra: str) -> dict[str, str]:
    from analysis.external.registry import default_mirror

    return {**os.environ, "ANALYSIS_ROOT": str(root), "ANALYSIS_DATA_MIRROR": str(default_mirror()),
            "PYTHONUNBUFFERED": "1", **extra}


def cli(root: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], env=env_for(root, **extra),
                          capture_output=True, text=True, timeout=300)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def built_project(tmp_path_factory):
    """A project with its external data fetched and one good build; returns (root, outputs)."""
    root = tmp_path_factory.mktemp("build") / "project"
    shutil.copytree(paths.RAW, root / "data" / "raw")
    (root / "data" / "processed").mkdir(parents=True)
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    assert cli(root, "fetch").returncode == 0
    done = cli(root, "build")
    assert done.returncode == 0, done.stderr
    return root, snapshot(root / "data" / "processed")


def check_outputs(processed: Path, good: dict[str, bytes]) -> list[str]:
    """Every output is the old good file or a complete new one; return the leftovers."""
    leftovers = []
    for path in sorted(processed.iterdir()):
        if path.name.startswith("."):
            assert path.name.endswith(".tmp"), path.name
            leftovers.append(path.name)
            continue
        data = path.read_bytes()
        if data == good.get(path.name):
            continue
        if path.suffix == ".json":
            json.loads(data)
        else:
            table = pd.read_csv(path, dtype=str, keep_default_na=False)
            assert list(table.columns), path.name
            assert data.endswith(b"\n")
    # no reader ever takes a leftover for an output
    assert not [p for p in processed.glob("*.csv") if p.name.startswith(".")]
    package = json.loads((processed / "datapackage.json").read_text())
    assert all(not r["path"].startswith(".") for r in package["resources"])
    return leftovers


KILL_AT = (
    "import os, signal, sys\n"
    "import analysis.core.atomic as files\n"
    "n = int(os.environ['KILL_AT_REPLACE'])\n"
    "calls = [0]\n"
    "real = files.os.replace\n"
    "def replace(src, dst):\n"
    "    calls[0] += 1\n"
    "    if calls[0] == n:\n"
    "        os.kill(os.getpid(), signal.SIGKILL)\n"
    "    real(src, dst)\n"
    "files.os.replace = replace\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("n", [1, 6], ids=["before-first-write", "before-6th-write"])
def test_build_killed_before_a_file_is_moved_into_place_loses_nothing(built_project, n):
    root, good = built_project
    processed = root / "data" / "processed"
    done = subprocess.run([sys.executable, "-c", KILL_AT, "build", "--force"],
                          env=env_for(root, KILL_AT_REPLACE=str(n)), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL
    leftovers = check_outputs(processed, good)
    assert len(leftovers) == 1  # the temporary file of the write that was interrupted
    again = cli(root, "build")
    assert again.returncode == 0, again.stderr
    # every output is whole (old or new bytes), so the incremental build finds them current
    assert "build: claims: up to date" in again.stdout
    outputs = {k: v for k, v in snapshot(processed).items() if not k.startswith(".")}
    assert outputs == good
    for name in leftovers:
        (processed / name).unlink(missing_ok=True)


def test_build_killed_at_a_moment_in_time_loses_nothing(built_project):
    root, good = built_project
    processed = root / "data" / "processed"
    # start from a different last-good state, so old and new files can be told apart
    write_text_atomic(processed / "review_queue.csv", "kind,id\nold,x\n")
    old = snapshot(processed)
    child = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--force"],
                             env=env_for(root),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()  # the first progress line: the claims tables are written
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert line.startswith("build: claims: ran because --force")
    leftovers = check_outputs(processed, old)
    for name, data in snapshot(processed).items():
        if not name.startswith("."):
            assert data in (old.get(name), good.get(name)), name
    again = cli(root, "build")
    assert again.returncode == 0, again.stderr
    assert {k: v for k, v in snapshot(processed).items() if not k.startswith(".")} == good
    for name in leftovers:
        (processed / name).unlink(missing_ok=True)


# -- two runs at once ------------------------------------------------------------------------

def test_a_second_run_stops_with_one_line_while_the_first_holds_the_lock(built_project):
    root, good = built_project
    with project_lock(path=root / ".analysis.lock"):
        done = cli(root, "build", ANALYSIS_LOCK_WAIT="0")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("analysis build: error: .analysis.lock: another analysis run is in "
                           f"progress (pid {os.getpid()}); wait for it to finish, then run again")
    assert snapshot(root / "data" / "processed") == good


def test_a_second_run_waits_for_the_first_then_completes(built_project):
    root, good = built_project
    lock = root / ".analysis.lock"
    with project_lock(path=lock):
        child = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--force"],
                                 env=env_for(root, ANALYSIS_LOCK_WAIT="60"),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        assert child.poll() is None  # still waiting
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert "build: claims: reconciled: 334 raw rows" in out
    assert snapshot(root / "data" / "processed") == good


def test_two_builds_started_together_give_the_bytes_of_one(built_project):
    root, good = built_project
    children = [subprocess.Popen([sys.executable, "-m", "analysis", "build", "--force"],
                                 env=env_for(root, ANALYSIS_LOCK_WAIT="120"),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    for child in children:
        _, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
    assert snapshot(root / "data" / "processed") == good


# -- disk full, read-only folder ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        pytest.param("replace", errno.ENOSPC, "No space left on device", id="disk-full"),
        pytest.param("mkstemp", errno.EROFS, "Read-only file system", id="read-only-folder"),
        pytest.param("write", errno.ENOSPC, "No space left on device", id="disk-full-mid-write"),
    ],
)
def test_a_failed_write_names_the_file_and_leaves_the_last_good_one(
        tmp_path, monkeypatch, where, code, words):
    import analysis.core.atomic as files

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(paths.RAW_CLAIMS / "casualties.csv", raw)
    raw_claims_copy = raw
    out = tmp_path / "processed"
    build_claims(raw_claims_copy, out, today=TODAY)
    good = snapshot(out)

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    if where == "replace":
        monkeypatch.setattr(files.os, "replace", fail)
    elif where == "mkstemp":
        monkeypatch.setattr(files.tempfile, "mkstemp", fail)
    else:
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[: len(data) // 2])
                raise OSError(code, os.strerror(code))

        monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    with pytest.raises(OutputError) as caught:
        build_claims(raw_claims_copy, out, today=TODAY)
    error = caught.value
    assert error.errno == code
    assert error.file.endswith("claims.csv")
    assert str(error).endswith(f"claims.csv: cannot write this file: {words} (its previous "
                               "version, if any, is unchanged)")
    assert snapshot(out) == good  # untouched, and no temporary file left behind


WRITE_FAILS = (
    "import errno, os, sys\n"
    "import analysis.core.atomic as files\n"
    "def replace(src, dst):\n"
    "    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
    "files.os.replace = replace\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_cli_build_on_a_full_disk_ends_with_one_line(built_project):
    root, good = built_project
    done = subprocess.run([sys.executable, "-c", WRITE_FAILS, "build", "--force"],
                          env=env_for(root), capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "analysis build: error: data/processed/claims.csv: cannot write this file: No space "
        "left on device (its previous version, if any, is unchanged)")
    assert snapshot(root / "data" / "processed") == good


READ_ONLY_REPORTS = (
    "import errno, os, sys\n"
    "real = os.mkdir\n"
    "def mkdir(path, *args, **kwargs):\n"
    "    if os.fspath(path).startswith(os.environ['ANALYSIS_ROOT'] + '/reports'):\n"
    "        raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))\n"
    "    return real(path, *args, **kwargs)\n"
    "os.mkdir = mkdir\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


# -- reports: hostile ledger text, then an interrupted run -------------------------------------

HOSTILE = [
    {"id": "h1", "outlet": "<script>alert(1)</script>", "note": "<script>alert(1)</script>",
     "attributed_to": "<script>alert(1)</script>"},
    {"id": "h2", "figure_text": "<img src=x onerror=alert(1)>",
     "subject": "<img src=x onerror=alert(1)>", "outlet": "<img src=x onerror=alert(1)>"},
    {"id": "h3", "url": "javascript:alert(1)"},
    {"id": "h4", "url": 'https://example.org/"><script>alert(2)</script>',
     "outlet": "Quote\" onmouseover=\"alert(3)"},
]
REPORTS_YML = """\
reports:
  - name: overview-all
    notebook: notebooks/01_claims_overview.ipynb
    title: "Every claim <script>alert(4)</script>"
    inputs: [data/processed/claims.csv]
    parameters:
      metrics: []
  - name: overview-killed
    notebook: notebooks/01_claims_overview.ipynb
    title: Killed
    inputs: [data/processed/claims.csv]
    parameters:
      metrics: [killed]
"""


@pytest.fixture(scope="module")
def report_project(tmp_path_factory):
    """The real ledger plus hostile rows, built, with two reports published."""
    import csv

    from analysis.ledger.sheets import SHEET_COLUMNS

    root = tmp_path_factory.mktemp("reports") / "project"
    shutil.copytree(paths.RAW, root / "data" / "raw")
    (root / "notebooks").mkdir()
    shutil.copy(paths.NOTEBOOKS / "01_claims_overview.ipynb", root / "notebooks")
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "reports.yml").write_text(REPORTS_YML, encoding="utf-8")
    base = {"published": "2025-01-02", "outlet": "Outlet", "language": "en",
            "attributed_to": "Unknown <b>desk</b>", "subject": "North Korean soldiers",
            "metric": "killed", "figure_text": "about 300", "period_text": "",
            "location_text": "", "note": ""}
    with open(root / "data" / "raw" / "claims" / "hostile.csv", "w", newline="",
              encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, SHEET_COLUMNS)
        writer.writeheader()
        for r in HOSTILE:
            writer.writerow({**base, "url": f"https://example.org/{r['id']}", **r})
    summary = build_claims(root / "data" / "raw" / "claims", root / "data" / "processed",
                           root / "data" / "raw" / "claim_overrides.csv", today=TODAY)
    assert (summary.rows_out, summary.quarantined) == (337, 1)
    done = cli(root, "reports", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    return root


class Elements:
    """An HTML page as a browser parses it: start tags with attributes, script and text data."""

    def __init__(self, page: str) -> None:
        from html.parser import HTMLParser

        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        outer = self

        class Parser(HTMLParser):
            in_script = False

            def handle_starttag(self, tag, attrs):
                outer.tags.append((tag, dict(attrs)))
                self.in_script = tag == "script"

            def handle_endtag(self, tag):
                if tag == "script":
                    self.in_script = False

            def handle_data(self, data):
                (outer.scripts if self.in_script else outer.text).append(data)

        Parser(convert_charrefs=True).feed(page)


def test_hostile_ledger_text_is_escaped_in_the_published_html(report_project):
    root = report_project
    quarantine = read_csv_table(root / "data" / "processed" / "quarantine.csv",
                                integers=("line",))
    assert quarantine[["id", "column"]].values.tolist() == [["h3", "url"]]
    for name in ("overview-all", "overview-killed"):
        page = (root / "reports" / name / "report.html").read_text(encoding="utf-8")
        found = Elements(page)
        assert not any("alert(" in script for script in found.scripts)
        for tag, attrs in found.tags:
            assert tag != "img" or attrs.get("src") != "x", attrs
            assert not any(a.startswith("on") for a in attrs), (tag, attrs)
            for a in ("href", "src", "action", "formaction", "xlink:href"):
                assert not (attrs.get(a) or "").strip().lower().startswith("javascript:")
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "javascript:alert" not in page  # quarantined: never shown, never linked
    found = Elements((root / "reports" / "overview-all" / "report.html").read_text("utf-8"))
    text = "".join(found.text)
    # the hostile text is shown as text: readers see exactly what the ledger holds
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert 'Quote" onmouseover="alert(3)' in text
    assert "Every claim <script>alert(4)</script>" in text  # the <title>
    links = [attrs["href"] for tag, attrs in found.tags if tag == "a" and attrs.get("href")]
    assert 'https://example.org/"><script>alert(2)</script>' in links  # a link, inert
    assert all(href.startswith(("https://", "http://", "#")) for href in links), links
    index = Elements((root / "reports" / "index.html").read_text(encoding="utf-8"))
    assert not index.scripts and "Every claim <script>alert(4)</script>" in "".join(index.text)


def report_state(reports: Path) -> dict[str, bytes]:
    return {str(p.relative_to(reports)): p.read_bytes() for p in sorted(reports.rglob("*"))
            if p.is_file() and not p.relative_to(reports).parts[0].startswith(".")}


def check_report_folder(folder: Path) -> None:
    nbformat.validate(nbformat.read(folder / "report.ipynb", as_version=4))
    json.loads((folder / "figures.json").read_text())
    json.loads((folder / "build.json").read_text())
    assert (folder / "report.html").read_text().rstrip().endswith("</html>")


def test_reports_killed_mid_run_keep_every_report_whole(report_project):
    root = report_project
    reports = root / "reports"
    before = report_state(reports)
    child = subprocess.Popen([sys.executable, "-m", "analysis", "reports", "--force", "--jobs",
                              "1"], env=env_for(root), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    timer = threading.Timer(240, lambda: os.killpg(child.pid, signal.SIGKILL))
    timer.start()
    try:
        line = child.stdout.readline()  # "[1/2] overview-all done": the second is running
        os.killpg(child.pid, signal.SIGKILL)  # the runner and its kernel, at once
        child.wait(timeout=60)
    finally:
        timer.cancel()
    assert line.startswith("reports: [1/2] overview-all done"), line
    for name in ("overview-all", "overview-killed"):
        check_report_folder(reports / name)
    after = report_state(reports)
    # the second report is the last good one, file for file; the first is complete
    killed = {k: v for k, v in after.items() if k.startswith("overview-killed/")}
    assert killed == {k: v for k, v in before.items() if k.startswith("overview-killed/")}
    leftovers = [p.name for p in reports.iterdir() if p.name.startswith(".")]
    assert all(n.startswith((".tmp-", ".old-")) for n in leftovers)
    index = (reports / "index.html").read_text()
    assert ".tmp-" not in index
    again = cli(root, "reports", "--force", "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert "reports: 2 published, 0 unchanged" in again.stdout
    for name in ("overview-all", "overview-killed"):
        check_report_folder(reports / name)
    for name in leftovers:
        shutil.rmtree(reports / name, ignore_errors=True)


def test_reports_into_a_read_only_folder_end_with_one_line(report_project):
    root = report_project
    done = subprocess.run([sys.executable, "-c", READ_ONLY_REPORTS, "reports", "--force",
                           "--jobs", "1"],
                          env=env_for(root), capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("analysis reports: error: ")


FULL_REPORTS = (
    "import errno, os, sys, tempfile\n"
    "real = tempfile.mkstemp\n"
    "def mkstemp(*args, dir=None, **kwargs):\n"
    "    if os.fspath(dir or '').startswith(os.environ['ANALYSIS_ROOT'] + '/reports'):\n"
    "        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
    "    return real(*args, dir=dir, **kwargs)\n"
    "tempfile.mkstemp = mkstemp\n"
    "from analysis.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_reports_on_a_full_disk_say_the_first_failure_not_the_index(report_project):
    root = report_project
    reports = root / "reports"
    before = {k: v for k, v in report_state(reports).items() if not k.startswith("_failed/")}
    done = subprocess.run([sys.executable, "-c", FULL_REPORTS, "reports", "--force",
                           "--jobs", "1"], env=env_for(root), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    # the reports' own failure comes first; the index that could not be written after it
    # is said last (before: only "reports/index.html: cannot write this file: …")
    assert last.startswith("analysis reports: error: 2 report(s) failed: "), last
    assert "report 'overview-all' ran but could not be published: " in last
    assert last.endswith("; the index was not rewritten either (reports/index.html: cannot "
                         "write this file: No space left on device (its previous version, if "
                         "any, is unchanged))"), last
    after = {k: v for k, v in report_state(reports).items() if not k.startswith("_failed/")}
    assert after == before
