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
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
