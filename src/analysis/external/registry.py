"""The registry of third-party files, and the fetch step that brings them into ``data/external``.

Every external file is listed in ``registry.csv`` (package data, beside this module):
its data set, file name, upstream URL pinned to a commit, sha256, size, license and attribution.
:func:`fetch_all` makes ``data/external/<dataset>/<file>`` match the registry:

1. a file already there with the right sha256 is left alone;
2. otherwise it is copied from the mirror (``ANALYSIS_DATA_MIRROR``, or ``../shared/data/external``
   beside the project when that folder exists), laid out as ``<mirror>/<dataset>/<file>``;
3. otherwise it is downloaded from its pinned URL.

Whatever the route, the bytes are checked against the registry's sha256 *before* they are
written, and written atomically: a good file is never replaced by a bad one. Without network
and without a mirror the fetch stops with a message saying what to do.

Data sets
---------
``general-staff``
    Ukraine's General Staff daily loss claims, as structured by PetroIvaniuk (MIT).
``general-staff-2025-12-31``
    The same files as published on 2025-12-31: the previous version, kept so that
    :func:`analysis.losses.compare_versions` can list what a newer version changed.
``oryx``
    Oryx's photo-confirmed equipment losses, as scraped by scarnecchia/oryx_data (CC BY 4.0).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from analysis.core import paths
from analysis.core.atomic import write_bytes_atomic
from analysis.core.errors import ChecksumError, ClaimsDeskError, FetchError

MIRROR_ENV = "ANALYSIS_DATA_MIRROR"
"""Environment variable naming a folder laid out as ``<dataset>/<file>`` to copy files from."""

GENERAL_STAFF = "general-staff"
"""The current version of the General Staff data set."""
GENERAL_STAFF_PREVIOUS = "general-staff-2025-12-31"
"""The previous version, compared with the current one in the changes report."""
ORYX = "oryx"

DOWNLOAD_TIMEOUT_S = 30.0

Downloader = Callable[[str, float], bytes]
"""A function ``(url, timeout) -> bytes``; injectable so tests never touch the network."""






@dataclass(frozen=True)
class ExternalFile:
    """One file of the registry.

    Attributes
    ----------
    dataset : str
        The data set (also the folder under ``data/external`` and in the mirror).
    file : str
        The file name.
    url : str
        The upstream URL, pinned to a commit.
    sha256 : str
        The expected sha256 of the file's bytes (hex).
    bytes : int
        The expected size.
    license : str
        SPDX identifier of the license.
    attribution : str
        The credit line to print wherever the data are used.
    """

    dataset: str
    file: str
    url: str
    sha256: str
    bytes: int
    license: str
    attribution: str

    def path(self, external_dir: Path | None = None) -> Path:
        """Return where the file lives under ``external_dir`` (default ``data/external``)."""
        base = Path(external_dir) if external_dir is not None else paths.EXTERNAL
        return base / self.dataset / self.file


@dataclass(frozen=True)
class FetchResult:
    """What the fetch did for one file.

    Attributes
    ----------
    entry : ExternalFile
        The registry entry.
    action : str
        ``"present"`` (already there, checksum good), ``"mirror"`` (copied from the mirror)
        or ``"download"`` (downloaded from its URL).
    path : Path
        Where the file now is.
    """

    entry: ExternalFile
    action: str
    path: Path


@dataclass(frozen=True)
class FetchSummary:
    """The result of :func:`fetch_all`, one :class:`FetchResult` per file."""

    results: tuple[FetchResult, ...]
    external_dir: Path

    def lines(self) -> list[str]:
        """Return one line per data set (files, bytes, what was done), for the command line."""
        out = []
        datasets = sorted({r.entry.dataset for r in self.results})
        for dataset in datasets:
            rows = [r for r in self.results if r.entry.dataset == dataset]
            actions = {a: sum(r.action == a for r in rows) for a in ("present", "mirror",
                                                                    "download")}
            done = ", ".join(f"{n} {a}" for a, n in actions.items() if n)
            size = sum(r.entry.bytes for r in rows)
            out.append(f"{dataset}: {len(rows)} file(s), {size:,} bytes, sha256 ok ({done}) "
                       f"→ {paths.relative(self.external_dir / dataset)}/")
        return out


def registry(path: Path | None = None) -> list[ExternalFile]:
    """Read the registry of external files.

    Parameters
    ----------
    path : Path, optional
        A registry CSV; default the ``registry.csv`` shipped with the package.

    Returns
    -------
    list of ExternalFile
        In file order.
    """
    if path is None:
        text = resources.files("analysis.external").joinpath("registry.csv").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return [
        ExternalFile(dataset=row["dataset"], file=row["file"], url=row["url"],
                     sha256=row["sha256"].lower(), bytes=int(row["bytes"]),
                     license=row["license"], attribution=row["attribution"])
        for row in csv.DictReader(io.StringIO(text))
    ]


def datasets(entries: Iterable[ExternalFile] | None = None) -> list[str]:
    """Return the data set names of the registry, sorted."""
    entries = registry() if entries is None else entries
    return sorted({e.dataset for e in entries})


def credits(names: Sequence[str] = (GENERAL_STAFF, ORYX)) -> str:
    """Return the attribution lines (with licenses) of the given data sets, one per line.

    Parameters
    ----------
    names : sequence of str
        Data set names; the snapshot of a data set shares its attribution.

    Returns
    -------
    str
        E.g. ``"Oryx via scarnecchia/oryx_data (CC BY 4.0), https://github.com/scarnecchia/
        oryx_data/tree/<commit>"``.
    """
    by_dataset = {e.dataset: e for e in registry()}
    lines: list[str] = []
    for name in names:
        entry = by_dataset.get(name)
        if entry is None:
            raise ClaimsDeskError(f"unknown external data set {name!r}; "
                                  f"known: {', '.join(sorted(by_dataset))}")
        owner, repo, commit = entry.url.split("/")[3:6]
        line = f"{entry.attribution}, https://github.com/{owner}/{repo}/tree/{commit}"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines)


def sha256_of(data: bytes) -> str:
    """Return the hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def default_mirror() -> Path | None:
    """Return the mirror folder to use, or ``None`` when there is none.

    ``ANALYSIS_DATA_MIRROR`` wins when set (it must then exist); otherwise
    ``<project root>/../shared/data/external`` when that folder exists.

    Raises
    ------
    FetchError
        When ``ANALYSIS_DATA_MIRROR`` names a folder that does not exist.
    """
    configured = os.environ.get(MIRROR_ENV)
    if configured:
        mirror = Path(configured).expanduser()
        if not mirror.is_dir():
            raise FetchError(f"{MIRROR_ENV}={configured} is not a folder; point it at a folder "
                             "laid out as <dataset>/<file> (general-staff/, oryx/) or unset it")
        return mirror
    beside = paths.ROOT.parent / "shared" / "data" / "external"
    return beside if beside.is_dir() else None


def download(url: str, timeout: float = DOWNLOAD_TIMEOUT_S) -> bytes:
    """Download ``url`` and return its bytes (``file://`` URLs work too).

    Parameters
    ----------
    url : str
        The address.
    timeout : float
        Seconds before giving up.

    Returns
    -------
    bytes
        The body.

    Raises
    ------
    OSError
        Any network problem (``urllib.error.URLError`` is an ``OSError``), or a timeout.
    """
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (pinned URLs)
        return response.read()


def _verified(entry: ExternalFile, data: bytes, origin: str) -> bytes:
    actual = sha256_of(data)
    if actual != entry.sha256:
        raise ChecksumError(
            f"checksum mismatch for {entry.dataset}/{entry.file} from {origin}: expected sha256 "
            f"{entry.sha256}, got {actual} ({len(data):,} bytes, expected {entry.bytes:,}); "
            "the file was not written and any good copy was kept",
            file=f"{entry.dataset}/{entry.file}")
    return data


def fetch_file(
    entry: ExternalFile,
    external_dir: Path | None = None,
    mirror: Path | None = None,
    downloader: Downloader = download,
) -> FetchResult:
    """Make ``external_dir/<dataset>/<file>`` hold the registry's bytes.

    Parameters
    ----------
    entry : ExternalFile
        The file to fetch.
    external_dir : Path, optional
        Default ``data/external``.
    mirror : Path, optional
        A folder laid out as ``<dataset>/<file>``; ``None``: no mirror.
    downloader : callable
        ``(url, timeout) -> bytes``; default :func:`download`.

    Returns
    -------
    FetchResult
        What was done.

    Raises
    ------
    ChecksumError
        When the mirror's or the downloaded bytes do not match the pinned sha256 (nothing is
        written).
    FetchError
        When there is no mirror copy and the download fails.
    """
    target = entry.path(external_dir)
    if target.is_file() and sha256_of(target.read_bytes()) == entry.sha256:
        return FetchResult(entry, "present", target)
    if mirror is not None and (Path(mirror) / entry.dataset / entry.file).is_file():
        source = Path(mirror) / entry.dataset / entry.file
        data = _verified(entry, source.read_bytes(), f"mirror {source}")
        write_bytes_atomic(target, data)
        return FetchResult(entry, "mirror", target)
    try:
        raw = downloader(entry.url, DOWNLOAD_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", None) or exc
        where = (f"the mirror {mirror} lacks it" if mirror is not None
                 else "no mirror is configured")
        data_url = next((e.url for e in registry() if e.dataset == entry.dataset
                         and not e.file.startswith("LICENSE")), entry.url)
        raise FetchError(
            f"external data set {entry.dataset} is needed and cannot be fetched: {data_url} is "
            f"unreachable ({reason}) and {where}; connect to the internet, or set {MIRROR_ENV} "
            "to a folder laid out as <dataset>/<file> (e.g. ../shared/data/external)",
            file=None) from None
    data = _verified(entry, raw, entry.url)
    write_bytes_atomic(target, data)
    return FetchResult(entry, "download", target)


_DEFAULT = object()


def fetch_all(
    names: Sequence[str] | None = None,
    external_dir: Path | None = None,
    mirror: Path | None | object = _DEFAULT,
    downloader: Downloader = download,
) -> FetchSummary:
    """Fetch every file of the registry (or of the named data sets) into ``external_dir``.

    Parameters
    ----------
    names : sequence of str, optional
        Data sets to fetch; default all (``general-staff``, ``general-staff-2025-12-31``,
        ``oryx``).
    external_dir : Path, optional
        Default ``data/external``.
    mirror : Path or None, optional
        Default :func:`default_mirror`; ``None`` for no mirror.
    downloader : callable
        ``(url, timeout) -> bytes``; default :func:`download`.

    Returns
    -------
    FetchSummary
        One result per file; ``lines()`` for the command line.

    Raises
    ------
    ClaimsDeskError
        For an unknown data set name, a checksum mismatch or a file that cannot be obtained.
    """
    entries = registry()
    known = datasets(entries)
    if names:
        unknown = sorted(set(names) - set(known))
        if unknown:
            raise ClaimsDeskError(f"unknown external data set(s) {', '.join(unknown)}; "
                                  f"known: {', '.join(known)}")
        entries = [e for e in entries if e.dataset in set(names)]
    chosen_mirror = default_mirror() if mirror is _DEFAULT else mirror
    base = Path(external_dir) if external_dir is not None else paths.EXTERNAL
    from analysis.core.progress import steps

    results = tuple(
        fetch_file(e, base, chosen_mirror, downloader)  # type: ignore[arg-type]
        for e in steps(entries, len(entries), "fetching external files",
                       [f"{e.dataset}/{e.file}" for e in entries])
    )
    return FetchSummary(results=results, external_dir=base)


def dataset_dir(name: str, external_dir: Path | None = None) -> Path:
    """Return the folder of a fetched data set, checking that its files are there.

    Parameters
    ----------
    name : str
        The data set.
    external_dir : Path, optional
        Default ``data/external``.

    Returns
    -------
    Path
        ``external_dir/<name>``.

    Raises
    ------
    FetchError
        When a file of the data set is missing: run ``analysis fetch`` first.
    """
    base = Path(external_dir) if external_dir is not None else paths.EXTERNAL
    entries = [e for e in registry() if e.dataset == name]
    if not entries:
        raise ClaimsDeskError(f"unknown external data set {name!r}")
    missing = [e.file for e in entries if not e.path(base).is_file()]
    if missing:
        raise FetchError(f"{name}: {', '.join(missing)} not in {paths.relative(base / name)}/; "
                         "run `make data` (or `analysis fetch`) first")
    return base / name



def source_files(names: Sequence[str], suffix: str = "") -> list[tuple[str, str]]:
    """Return (id, pinned URL) pairs of a data set's files, to cite as a figure's sources.

    Parameters
    ----------
    names : sequence of str
        Data set names.
    suffix : str
        Keep only files whose name ends with this (e.g. ``"personnel.json"``).

    Returns
    -------
    list of (str, str)
        ``("<dataset>/<file>", url)`` for every data file (not the licenses), sorted.
    """
    return sorted((f"{e.dataset}/{e.file}", e.url) for e in registry()
                  if e.dataset in names and e.file.endswith(suffix)
                  and not e.file.startswith("LICENSE"))
