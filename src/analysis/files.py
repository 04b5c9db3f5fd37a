"""Atomic file writes: a reader never sees a half-written output.

Every output of the project is written to a temporary file beside its target and moved
into place with :func:`os.replace`, which is atomic on POSIX file systems. An interrupted
run therefore leaves the last good file in place.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.

    Parameters
    ----------
    path : Path
        The target file; its folder is created when missing.
    data : bytes
        The complete new content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (line endings as given).

    Parameters
    ----------
    path : Path
        The target file.
    text : str
        The complete new content.
    """
    write_bytes_atomic(path, text.encode("utf-8"))
