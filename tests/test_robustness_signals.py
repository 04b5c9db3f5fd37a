"""A parallel ``analysis reports`` that is killed or interrupted stops, all of it (issue 18).

A small project (three reports of one notebook whose second cell sleeps ``SLOW_SECONDS``) is
published once quickly; then ``analysis reports --force --jobs 2`` runs with 120-second
cells, and once both kernels have started (each writes ``started-<pid>`` next to the
notebook), the runner gets SIGKILL, SIGINT or SIGTERM. Every process of the run (the runner,
its workers, their kernels) carries a marker in its environment, so the test finds them all,
whoever their parent is now. Before: after SIGKILL the workers ran on and published without
the lock; after SIGINT or SIGTERM more reports were published.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import nbformat
import pytest

from analysis.core.lock import lock_holder, project_lock
from analysis.publish.workers import runner_gone

REPORTS = ("slow-a", "slow-b", "slow-c")
WAIT = 60  # seconds allowed for a kernel to start, and for a stopped run to disappear


def _project(root: Path) -> Path:
    (root / "notebooks").mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell("import os, pathlib\n"
                                  "pathlib.Path(f'started-{os.getpid()}').write_text('')"),
        nbformat.v4.new_code_cell("import os, time\ntime.sleep(int(os.environ['SLOW_SECONDS']))"),
    ]
    nbformat.write(nb, root / "notebooks" / "slow.ipynb")
    (root / "reports.yml").write_text("reports:\n" + "".join(
        f"  - name: {name}\n    notebook: notebooks/slow.ipynb\n    title: {name}\n"
        for name in REPORTS), encoding="utf-8")
    return root


def _env(root: Path, mark: str, slow: int) -> dict[str, str]:
    return {**os.environ, "ANALYSIS_ROOT": str(root), "SLOW_SECONDS": str(slow),
            "PYTHONUNBUFFERED": "1", "CLAIMS_DESK_TEST_RUN": mark}


def _processes(mark: str) -> list[int]:
    """Every live process whose environment carries ``mark`` (zombies have none)."""
    found = []
    needle = f"CLAIMS_DESK_TEST_RUN={mark}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, dead but not yet reaped, is not alive)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _state(reports: Path) -> dict[str, bytes]:
    return {str(p.relative_to(reports)): p.read_bytes() for p in sorted(reports.rglob("*"))
            if p.is_file()}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The project with its three reports published once (cells of 0 s)."""
    root = _project(tmp_path_factory.mktemp("signals") / "project")
    done = subprocess.run([sys.executable, "-m", "analysis", "reports", "--jobs", "2"],
                          env=_env(root, "setup", 0), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    for marker in (root / "notebooks").glob("started-*"):
        marker.unlink()
    return root


def _start_and_signal(root: Path, signum: int) -> tuple[subprocess.Popen, str, str]:
    """Start a forced parallel run, send ``signum`` once two kernels run; return its stderr.

    Output goes to files, not pipes: a worker that outlives the runner (the bug) would
    keep a pipe open and block the test.
    """
    mark = uuid.uuid4().hex
    err_file = root / f"stderr-{mark}.txt"
    with open(err_file, "w") as err:
        child = subprocess.Popen([sys.executable, "-m", "analysis", "reports", "--force",
                                  "--jobs", "2"], env=_env(root, mark, 120),
                                 stdout=subprocess.DEVNULL, stderr=err)
    markers = root / "notebooks"
    deadline = time.monotonic() + WAIT
    while len(list(markers.glob("started-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(list(markers.glob("started-*"))) == 2, "the two kernels did not start"
    child.send_signal(signum)
    try:
        child.wait(timeout=WAIT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    text = err_file.read_text()
    err_file.unlink()
    return child, mark, text


def _gone(mark: str) -> list[int]:
    """Wait (at most WAIT seconds) for the run's processes to end; return any still alive."""
    deadline = time.monotonic() + WAIT
    while _processes(mark) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _processes(mark)


def _clean_up(root: Path, mark: str) -> None:
    for pid in _processes(mark):  # only this test's processes, by pid
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    for marker in (root / "notebooks").glob("started-*"):
        marker.unlink()


def test_a_killed_parallel_run_leaves_no_worker_or_kernel_and_publishes_nothing(published):
    root = published
    reports = root / "reports"
    before = _state(reports)
    child, mark = None, ""
    try:
        child, mark, _ = _start_and_signal(root, signal.SIGKILL)
        assert child.returncode == -signal.SIGKILL
        kernels = [int(p.name.split("-")[1]) for p in (root / "notebooks").glob("started-*")]
        left = _gone(mark)
        assert left == [], f"still running after the runner was killed: {left}"
        assert kernels and not [pid for pid in kernels if _alive(pid)]
        # nothing can publish any more, and nothing was: every report is its last good version
        assert _state(reports) == before
    finally:
        _clean_up(root, mark)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
                         ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_parallel_run_stops_cleans_up_and_says_one_line(published, signum,
                                                                       status):
    root = published
    reports = root / "reports"
    before = _state(reports)
    mark = ""
    try:
        child, mark, err = _start_and_signal(root, signum)
        assert child.returncode == status, err
        name = signal.Signals(signum).name
        assert err.splitlines() == [
            f"analysis reports: interrupted ({name}); stopped what was running; outputs "
            "already written are intact"], err
        # the runner waited for its workers and their kernels: none outlives it
        assert _gone(mark) == []
        assert not [p.name for p in reports.iterdir() if p.name.startswith(".")]
        assert _state(reports) == before  # every report old (none could finish), index too
    finally:
        _clean_up(root, mark)


def test_a_worker_may_publish_only_while_its_runner_holds_the_lock(tmp_path):
    lock = tmp_path / ".analysis.lock"
    parent = os.getppid()  # this test plays a worker whose runner is its parent
    lock.write_text("")
    assert runner_gone(parent, lock) == f"the runner (pid {parent}) no longer holds " \
                                        ".analysis.lock (free)"
    assert runner_gone(parent, None) is None  # a runner that took no lock
    assert runner_gone(os.getpid(), None) == f"the runner (pid {os.getpid()}) has ended"
    with project_lock(path=lock):  # held, but by this process, not by the runner
        assert lock_holder(lock) == os.getpid()
        assert runner_gone(parent, lock) == (f"the runner (pid {parent}) no longer holds "
                                             f".analysis.lock (held by pid {os.getpid()})")
    assert lock_holder(lock) is None
