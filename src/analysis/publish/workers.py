"""Worker processes of a parallel report run: they die with the runner, publish under its lock.

A runner killed with SIGKILL cannot clean up: before this module, its workers kept running
notebooks and published reports after it died, without the project lock. Now:

- **own process group**: each worker leaves the runner's process group (``setpgid``), so a
  Ctrl-C typed in the terminal reaches the runner only, and the runner stops its workers
  itself (:func:`stop_workers`) instead of each worker catching it and taking the next report;
- **parent-death check**: on Linux, ``prctl(PR_SET_PDEATHSIG, SIGTERM)`` signals a worker the
  moment the runner dies; a watchdog thread also compares the parent pid with the runner's
  every 0.2 s (other systems, and a runner that died before ``prctl`` was set);
- **SIGTERM** (from the runner, or the parent-death check) makes a worker kill its kernel (the
  kernel runs in its own process group, as jupyter_client starts it) and exit at once; a
  publication under way (two renames) is finished first, so every report is old or new;
- **publishing under the lock**: just before a report folder is renamed into place, the worker
  checks that its parent is still the runner and that the runner still holds the project lock
  (:func:`analysis.core.lock.lock_holder`); otherwise it removes its staging folder and exits.

Nothing here runs in a sequential run (``jobs=1``): the runner is then the process publishing.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.core.lock import lock_holder

POLL_SECONDS = 0.2
"""How often a worker's watchdog checks that the runner is alive."""

STOP_GRACE_SECONDS = 10.0
"""How long the runner waits for a worker to stop on SIGTERM before it sends SIGKILL."""

PR_SET_PDEATHSIG = 1
"""``prctl`` option (linux/prctl.h): the signal sent to this process when its parent dies."""

_KERNELS: set[int] = set()  # process groups of the kernels this worker is running
_PUBLISHING = threading.Lock()  # held while a report folder is renamed into place
_STATE: dict[str, object] = {"runner": None, "lock": None, "publishing": False, "stop": False}


def _die() -> None:
    """Kill this worker's kernels and exit now (no clean-up handlers: the runner is gone)."""
    for group in list(_KERNELS):
        try:
            os.killpg(group, signal.SIGKILL)
        except OSError:
            pass
    os._exit(128 + signal.SIGTERM)


def _on_terminate(signum: int, frame: object) -> None:
    if _STATE["publishing"]:  # finish the two renames first (see publishing)
        _STATE["stop"] = True
        return
    _die()


def _watch(runner: int) -> None:
    while os.getppid() == runner:
        time.sleep(POLL_SECONDS)
    with _PUBLISHING:  # a publication under way completes: the report is old or new
        _die()


def _set_parent_death_signal() -> None:
    """Ask Linux to send SIGTERM to this process when its parent dies (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog thread still notices


def init_worker(runner: int, lock: str | None) -> None:
    """Prepare a worker process of the runner (``ProcessPoolExecutor`` initializer).

    Parameters
    ----------
    runner : int
        The runner's pid: the worker's parent.
    lock : str or None
        The project lock file the runner holds (``None``: it holds none, as when
        :func:`analysis.publish.runner.run_reports` is called from Python).
    """
    _STATE.update(runner=runner, lock=lock)
    try:
        os.setpgid(0, 0)
    except OSError:
        pass  # already a group leader: nothing to leave
    signal.signal(signal.SIGTERM, _on_terminate)
    _set_parent_death_signal()
    threading.Thread(target=_watch, args=(runner,), name="runner-watchdog", daemon=True).start()


@contextmanager
def kernel_running(group: int | None) -> Iterator[None]:
    """Record a kernel's process group while it runs, so that a stopping worker kills it.

    Parameters
    ----------
    group : int or None
        The kernel's process group (``None``: nothing to record).

    Yields
    ------
    None
        While the kernel runs.
    """
    if group:
        _KERNELS.add(group)
    try:
        yield
    finally:
        _KERNELS.discard(group or 0)


def runner_gone(runner: int, lock: Path | None) -> str | None:
    """Say why a worker may not publish: its runner died, or no longer holds the lock.

    Parameters
    ----------
    runner : int
        The runner's pid.
    lock : Path or None
        The lock file the runner took (``None``: the runner took no lock).

    Returns
    -------
    str or None
        The reason, or ``None`` when the runner is alive, is this worker's parent and holds
        the lock.
    """
    if os.getppid() != runner:
        return f"the runner (pid {runner}) has ended"
    if lock is not None:
        holder = lock_holder(lock)
        if holder != runner:
            return (f"the runner (pid {runner}) no longer holds {lock.name} "
                    f"({'free' if holder is None else f'held by pid {holder}'})")
    return None


@contextmanager
def publishing(staging: Path) -> Iterator[None]:
    """Guard the renames that publish a report folder (a no-op outside a worker).

    In a worker, checks :func:`runner_gone` first: a worker whose runner died or lost the
    lock removes ``staging`` and exits without publishing. A SIGTERM arriving during the
    renames takes effect right after them.

    Parameters
    ----------
    staging : Path
        The finished report folder about to be renamed into place.

    Yields
    ------
    None
        While the folder may be renamed.
    """
    runner = _STATE["runner"]
    if not isinstance(runner, int):
        yield
        return
    with _PUBLISHING:
        lock = _STATE["lock"]
        if runner_gone(runner, Path(lock) if isinstance(lock, str) else None):
            shutil.rmtree(staging, ignore_errors=True)
            _die()
        _STATE["publishing"] = True
        try:
            yield
        finally:
            _STATE["publishing"] = False
    if _STATE["stop"]:
        _die()


def stop_workers(grace: float = STOP_GRACE_SECONDS) -> list[int]:
    """Stop every worker process of this runner: SIGTERM, then SIGKILL after ``grace`` seconds.

    The workers are this process's :func:`multiprocessing.active_children` (the runner starts
    no other). Each kills its kernel before it exits (:func:`init_worker`).

    Parameters
    ----------
    grace : float
        Seconds to wait for all of them to exit.

    Returns
    -------
    list of int
        The pids stopped.
    """
    from multiprocessing import active_children

    children = active_children()
    for child in children:
        if child.pid:
            try:
                os.kill(child.pid, signal.SIGTERM)
            except OSError:
                pass
    deadline = time.monotonic() + grace
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join(5)
    return [child.pid for child in children if child.pid]
