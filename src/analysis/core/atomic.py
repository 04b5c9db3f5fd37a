"""Atomic file writes: a reader never sees a half-written output.

Every output of the project is written to a temporary file beside its target and moved
into place with :func:`os.replace`, which is atomic on POSIX file systems. An interrupted
run therefore leaves the last good file in place. When the write fails (disk full,
read-only folder, no permission), the temporary file is removed, the target is untouched,
and :class:`OutputError` says which file could not be written and why.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from analysis.core import paths
from analysis.core.errors import OutputError, ReadError


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.

    Parameters
    ----------
    path : Path
        The target file; its folder is created when missing.
    data : bytes
        The complete new content.

    Raises
    ------
    OutputError
        When the folder or file cannot be written; ``path`` keeps its previous content and
        no temporary file is left behind.
    """
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with suppress(OSError):
                Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            raise OutputError(f"cannot write this file: {reason} (its previous version, if "
                              "any, is unchanged)", file=paths.relative(path),
                              errno=exc.errno) from exc
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


def file_sha256(path: Path) -> str:
    """Return the hex sha256 of a file's bytes.

    Parameters
    ----------
    path : Path
        The file.

    Returns
    -------
    str
        64 lowercase hex digits.

    Raises
    ------
    ReadError
        When the file cannot be read, naming it (never taken for a write error).
    """
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ReadError(f"cannot read this file: {exc.strerror or exc}",
                        file=paths.relative(Path(path)), errno=exc.errno) from None
    return digest.hexdigest()
