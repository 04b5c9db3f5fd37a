"""The checksum manifest that guards ``data/raw/`` against silent edits.

``data/raw/MANIFEST.sha256`` lists the sha256 of every file under ``data/raw`` in the
format of ``sha256sum`` (so ``cd data/raw && sha256sum -c MANIFEST.sha256`` checks it
too). A test compares it with the files; changing a raw file on purpose means running
``make raw-manifest`` and committing both.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.core import paths
from analysis.core.atomic import file_sha256, write_text_atomic


def compute_manifest(raw_dir: Path | None = None) -> dict[str, str]:
    """Checksum every file under ``raw_dir`` except the manifest itself.

    Parameters
    ----------
    raw_dir : Path, optional
        Default ``data/raw``.

    Returns
    -------
    dict
        POSIX path relative to ``raw_dir`` → sha256, sorted by path.
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW
    found = {
        p.relative_to(folder).as_posix(): file_sha256(p)
        for p in folder.rglob("*")
        if p.is_file() and p.name != paths.RAW_MANIFEST.name
    }
    return dict(sorted(found.items()))


def read_manifest(manifest: Path | None = None) -> dict[str, str]:
    """Read a manifest file written by :func:`write_manifest` (``sha256sum`` format).

    Parameters
    ----------
    manifest : Path, optional
        Default ``data/raw/MANIFEST.sha256``.

    Returns
    -------
    dict
        Relative path → sha256; empty when the file does not exist.
    """
    manifest = Path(manifest) if manifest is not None else paths.RAW_MANIFEST
    if not manifest.exists():
        return {}
    entries = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            entries[name.lstrip("*")] = digest
    return entries


def write_manifest(raw_dir: Path | None = None) -> Path:
    """Record the current checksums of ``raw_dir`` in its ``MANIFEST.sha256``.

    Parameters
    ----------
    raw_dir : Path, optional
        Default ``data/raw``.

    Returns
    -------
    Path
        The manifest written.
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW
    target = folder / paths.RAW_MANIFEST.name
    lines = [f"{digest}  {name}\n" for name, digest in compute_manifest(folder).items()]
    write_text_atomic(target, "".join(lines))
    return target


def manifest_differences(raw_dir: Path | None = None) -> list[str]:
    """Compare the files under ``raw_dir`` with its manifest.

    Parameters
    ----------
    raw_dir : Path, optional
        Default ``data/raw``.

    Returns
    -------
    list of str
        One plain sentence per difference (changed, added or missing file, or an entry
        that is not a regular file: a dangling symlink, a FIFO); empty when the raw data
        is exactly as recorded.
    """
    folder = Path(raw_dir) if raw_dir is not None else paths.RAW
    recorded = read_manifest(folder / paths.RAW_MANIFEST.name)
    current = compute_manifest(folder)
    problems = []
    for name in sorted(set(recorded) | set(current)):
        if name not in current:
            problems.append(f"{name}: listed in the manifest but missing")
        elif name not in recorded:
            problems.append(f"{name}: not in the manifest (new file)")
        elif recorded[name] != current[name]:
            problems.append(f"{name}: changed since the manifest was written")
    odd = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                 if not p.is_file() and not p.is_dir())
    problems += [f"{name}: not a regular file (a dangling symlink, FIFO or device)"
                 for name in odd]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check (default) or ``--write`` the manifest of ``data/raw``; exit 1 on differences."""
    parser = argparse.ArgumentParser(prog="python -m analysis.manifest", description=__doc__)
    parser.add_argument("--write", action="store_true", help="record the current checksums")
    args = parser.parse_args(argv)
    if args.write:
        target = write_manifest()
        print(f"wrote {paths.relative(target)} ({len(read_manifest(target))} files)")
        return 0
    problems = manifest_differences()
    for problem in problems:
        print(f"data/raw/{problem}")
    print("data/raw matches its manifest" if not problems else "run `make raw-manifest` "
          "only if these changes are intended, and commit the manifest with them")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
