import shutil
import subprocess

import pytest

from analysis.core import paths
from analysis.ledger.manifest import (
    compute_manifest,
    file_sha256,
    manifest_differences,
    read_manifest,
    write_manifest,
)


def test_raw_data_matches_its_committed_manifest():
    # The immutability guard: a raw file changed, added or removed without
    # `make raw-manifest` fails here.
    assert manifest_differences() == []
    recorded = read_manifest()
    assert {"claims/deployments.csv", "claims/casualties.csv", "README.md"} <= set(recorded)


def test_the_ledger_is_the_shared_ledger_verbatim():
    # sha256 of the team's shared ledger files, copied verbatim (checked by hand with sha256sum).
    assert file_sha256(paths.RAW_CLAIMS / "deployments.csv") == (
        "3782523e382dfae3052f1ee881bd6a4a61af7b6439f7847304a814c4837e8c29")
    assert file_sha256(paths.RAW_CLAIMS / "casualties.csv") == (
        "775fc771da598047694c75fa64cb294a3ffbc4a7a93a2ca2bf8ecb6e4d4b5361")


@pytest.fixture
def raw_copy(tmp_path):
    target = tmp_path / "raw"
    shutil.copytree(paths.RAW, target)
    return target


def test_an_edited_raw_file_is_caught(raw_copy):
    sheet = raw_copy / "claims" / "casualties.csv"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("mintegy ötszáz", "mintegy hatszáz"), encoding="utf-8")
    assert manifest_differences(raw_copy) == [
        "claims/casualties.csv: changed since the manifest was written"]


def test_added_and_removed_files_are_caught(raw_copy):
    (raw_copy / "claims" / "new.csv").write_text("id\n")
    (raw_copy / "claims" / "deployments.csv").unlink()
    assert manifest_differences(raw_copy) == [
        "claims/deployments.csv: listed in the manifest but missing",
        "claims/new.csv: not in the manifest (new file)",
    ]


def test_writing_the_manifest_on_purpose_accepts_the_change(raw_copy):
    (raw_copy / "claims" / "new.csv").write_text("id\n")
    write_manifest(raw_copy)
    assert manifest_differences(raw_copy) == []
    assert "claims/new.csv" in compute_manifest(raw_copy)


def test_the_manifest_is_readable_by_sha256sum():
    if shutil.which("sha256sum") is None:
        pytest.skip("sha256sum is not installed")
    done = subprocess.run(["sha256sum", "--check", "--strict", paths.RAW_MANIFEST.name],
                          cwd=paths.RAW, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
