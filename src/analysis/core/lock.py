"""One run at a time: an advisory lock on the project, held by ``build`` and ``reports``.

Two runs writing the same outputs at once could interleave their files; the second run
waits up to ``wait`` seconds for the first, then stops with a clear message (exit 1)
naming the process that holds the lock. The lock is released by the operating system when
the process ends, however it ends, so a killed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.core import paths
from analysis.core.errors import BusyError

LOCK_FILE: Path = paths.ROOT / ".analysis.lock"

_HELD: list[Path] = []
"""The lock files this process holds now (worker processes check the runner still holds its)."""


def held_lock() -> Path | None:
    """Return the lock file this process holds, or ``None``.

    Returns
    -------
    Path or None
        The path given to (or defaulted by) the innermost :func:`project_lock` still open.
    """
    return _HELD[-1] if _HELD else None


def lock_holder(path: Path) -> int | None:
    """Return the pid of the process holding the lock at ``path``; ``None`` when nobody does.

    Parameters
    ----------
    path : Path
        A lock file written by :func:`project_lock`.

    Returns
    -------
    int or None
        The holder's pid as it wrote it (``-1`` when the lock is held but the file names no
        pid); ``None`` when the lock is free or the file cannot be opened.
    """
    try:
        handle = open(path, encoding="utf-8")
    except OSError:
        return None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            words = handle.read().split()
            return int(words[1]) if len(words) == 2 and words[1].isdigit() else -1
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None


@contextmanager
def project_lock(wait: float = 0.0, path: Path | None = None) -> Iterator[None]:
    """Hold the project lock for the duration of a ``with`` block.

    Parameters
    ----------
    wait : float
        Seconds to wait for another run to finish before giving up.
    path : Path, optional
        The lock file (default ``.analysis.lock`` at the project root).

    Yields
    ------
    None
        While the lock is held.

    Raises
    ------
    BusyError
        When another process still holds the lock after ``wait`` seconds.
    """
    path = Path(path) if path is not None else LOCK_FILE
    with open(path, "a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise BusyError(
                        f"another analysis run is in progress ({holder}); wait for it to "
                        "finish, then run again", file=paths.relative(path)) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        _HELD.append(path)
        try:
            yield
        finally:
            _HELD.remove(path)
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
