"""The external-data registry and the fetch step: mirror, checksums, offline, atomic writes.

Every test works in temporary folders, with a fake mirror copied from the real one and an
injected downloader: nothing here touches the network or data/external.
"""

import re
import shutil
import urllib.error
from pathlib import Path

import pytest

from analysis.core import paths
from analysis.core.errors import ChecksumError, ClaimsDeskError, FetchError
from analysis.external import registry as external

GS_COMMIT = "37655f8bbdd6806d2f94416253116b02a750c97b"
GS_SNAPSHOT_COMMIT = "326c4c8453853aff2a1e0be3820384c651aa28c9"
ORYX_COMMIT = "a8624b4781666b73440fba89824133cb41531a72"


def real_mirror() -> Path:
    mirror = external.default_mirror()
    if mirror is None:
        pytest.fail("no mirror of the external data: set ANALYSIS_DATA_MIRROR or put shared/ "
                    "beside the project (CI has it)")
    return mirror


@pytest.fixture
def fake_mirror(tmp_path):
    """A copy of the real mirror's files for one small data set (general-staff-2025-12-31)."""
    mirror = tmp_path / "mirror"
    shutil.copytree(real_mirror() / external.GENERAL_STAFF_PREVIOUS,
                    mirror / external.GENERAL_STAFF_PREVIOUS)
    return mirror


def no_network(url, timeout):
    raise urllib.error.URLError("network is unreachable (test)")


def test_the_registry_pins_every_file_to_a_commit_with_license_and_attribution():
    entries = external.registry()
    assert external.datasets(entries) == ["general-staff", "general-staff-2025-12-31", "oryx"]
    by_dataset = {name: [e.file for e in entries if e.dataset == name]
                  for name in external.datasets(entries)}
    assert by_dataset["general-staff"] == [
        "LICENSE", "russia_losses_equipment.json", "russia_losses_equipment_correction.json",
        "russia_losses_personnel.json"]
    assert len(by_dataset["general-staff-2025-12-31"]) == 3
    assert by_dataset["oryx"] == [
        "LICENSE", "daily_count.csv", "event_abandoned.csv", "event_captured.csv",
        "event_damaged.csv", "event_destroyed.csv", "totals_by_type.csv"]
    commits = {"general-staff": GS_COMMIT, "general-staff-2025-12-31": GS_SNAPSHOT_COMMIT,
               "oryx": ORYX_COMMIT}
    for e in entries:
        assert e.url.startswith("https://raw.githubusercontent.com/")
        assert f"/{commits[e.dataset]}/" in e.url and e.url.endswith("/" + e.file)
        assert re.fullmatch(r"[0-9a-f]{64}", e.sha256)
        assert e.license == ("CC-BY-4.0" if e.dataset == "oryx" else "MIT")
    assert external.credits().splitlines() == [
        "General Staff of the Armed Forces of Ukraine via PetroIvaniuk/2022-Ukraine-Russia-War-"
        "Dataset (MIT), https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/tree/"
        + GS_COMMIT,
        "Oryx via scarnecchia/oryx_data (CC BY 4.0), https://github.com/scarnecchia/oryx_data/"
        "tree/" + ORYX_COMMIT,
    ]


def test_the_registry_agrees_with_the_checksums_published_beside_the_mirror():
    readme = real_mirror().parent.parent / "README.md"
    if not readme.is_file():
        pytest.fail(f"{readme} is missing: the mirror's README lists the published checksums")
    published = {}
    section = None
    for line in readme.read_text().splitlines():
        if line.startswith("### "):
            section = line[4:].strip()
        match = re.match(r"\| (\S+) \| (\d+) \| ([0-9a-f]{64}) \|", line)
        if match and section:
            published[(section, match[1])] = (int(match[2]), match[3])
    for e in external.registry():
        if e.file == "LICENSE":
            continue  # not in the README table; pinned from the mirror's copy
        assert published[(e.dataset, e.file)] == (e.bytes, e.sha256), e.file


def test_fetch_copies_from_the_mirror_then_leaves_good_files_alone(tmp_path, fake_mirror):
    target = tmp_path / "external"
    first = external.fetch_all([external.GENERAL_STAFF_PREVIOUS], target, fake_mirror,
                               no_network)
    assert [r.action for r in first.results] == ["mirror"] * 3
    for r in first.results:
        assert r.path.read_bytes() == (fake_mirror / r.entry.dataset / r.entry.file).read_bytes()
    assert first.lines() == [
        "general-staff-2025-12-31: 3 file(s), 790,209 bytes, sha256 ok (3 mirror) → "
        f"{(target / 'general-staff-2025-12-31').as_posix()}/"]
    again = external.fetch_all([external.GENERAL_STAFF_PREVIOUS], target, None, no_network)
    assert [r.action for r in again.results] == ["present"] * 3
    assert not list(target.rglob("*.tmp"))


def test_a_checksum_mismatch_names_the_file_and_keeps_the_existing_copy(tmp_path, fake_mirror):
    name = "russia_losses_personnel.json"
    corrupt = fake_mirror / external.GENERAL_STAFF_PREVIOUS / name
    data = bytearray(corrupt.read_bytes())
    data[100] ^= 0x01  # one byte
    corrupt.write_bytes(bytes(data))
    target = tmp_path / "external"
    existing = target / external.GENERAL_STAFF_PREVIOUS / name
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"an older copy")
    with pytest.raises(ChecksumError) as caught:
        external.fetch_all([external.GENERAL_STAFF_PREVIOUS], target, fake_mirror, no_network)
    message = str(caught.value)
    assert f"general-staff-2025-12-31/{name}" in message
    expected = "9919551e275095a88f9891de48fd9061289855f8018566e621121c7c0e91005a"
    assert f"expected sha256 {expected}" in message
    assert external.sha256_of(bytes(data)) in message
    assert existing.read_bytes() == b"an older copy"
    assert not list(target.rglob("*.tmp"))


def test_a_bad_download_is_refused_and_a_good_one_written(tmp_path):
    entry = next(e for e in external.registry()
                 if e.dataset == "oryx" and e.file == "totals_by_type.csv")
    good = (real_mirror() / "oryx" / "totals_by_type.csv").read_bytes()
    with pytest.raises(ChecksumError):
        external.fetch_file(entry, tmp_path, None, lambda url, timeout: good + b"\n")
    assert not entry.path(tmp_path).exists()
    seen = []

    def fake_download(url, timeout):
        seen.append(url)
        return good

    result = external.fetch_file(entry, tmp_path, tmp_path / "empty-mirror", fake_download)
    assert result.action == "download" and entry.path(tmp_path).read_bytes() == good
    assert seen == [f"https://raw.githubusercontent.com/scarnecchia/oryx_data/{ORYX_COMMIT}/"
                    "totals_by_type.csv"]


def test_offline_without_a_mirror_says_what_to_do(tmp_path):
    with pytest.raises(FetchError) as caught:
        external.fetch_all(["oryx"], tmp_path, None, no_network)
    message = str(caught.value)
    assert message.startswith("external data set oryx is needed and cannot be fetched: "
                              "https://raw.githubusercontent.com/scarnecchia/oryx_data/")
    assert "LICENSE" not in message  # the data set and a data file's URL, not its license
    assert "no mirror is configured" in message
    assert "set ANALYSIS_DATA_MIRROR" in message and "connect to the internet" in message.lower()
    assert not (tmp_path / "oryx").exists() or not any((tmp_path / "oryx").iterdir())


def test_the_real_downloader_reads_urls_without_the_network(tmp_path):
    source = tmp_path / "file.bin"
    source.write_bytes(b"\x00claims-desk\n")
    assert external.download(source.as_uri()) == b"\x00claims-desk\n"
    with pytest.raises(OSError):
        external.download((tmp_path / "missing").as_uri())


def test_the_mirror_comes_from_the_environment_or_beside_the_project(tmp_path, monkeypatch):
    monkeypatch.setenv(external.MIRROR_ENV, str(tmp_path))
    assert external.default_mirror() == tmp_path
    monkeypatch.setenv(external.MIRROR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(FetchError, match="ANALYSIS_DATA_MIRROR=.*nowhere is not a folder"):
        external.default_mirror()
    monkeypatch.delenv(external.MIRROR_ENV)
    beside = paths.ROOT.parent / "shared" / "data" / "external"
    assert external.default_mirror() == (beside if beside.is_dir() else None)


def test_unknown_data_sets_and_unfetched_data_are_refused(tmp_path):
    with pytest.raises(ClaimsDeskError, match="unknown external data set.*known: general-staff"):
        external.fetch_all(["ukrainian-losses"], tmp_path, None, no_network)
    with pytest.raises(FetchError, match="run `make data`"):
        external.dataset_dir("oryx", tmp_path)
