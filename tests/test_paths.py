import os
import re
import subprocess
import sys
from pathlib import Path

from analysis.core import paths


def test_root_is_the_project_folder():
    assert (paths.ROOT / "pyproject.toml").is_file()
    assert (paths.ROOT / "src" / "analysis" / "core" / "paths.py").is_file()
    assert paths.RAW_CLAIMS == paths.ROOT / "data" / "raw" / "claims"
    assert paths.CLAIMS_CSV == paths.ROOT / "data" / "processed" / "claims.csv"


def test_relative_strips_the_root_and_keeps_outside_paths():
    assert paths.relative(paths.CLAIMS_CSV) == "data/processed/claims.csv"
    assert paths.relative(Path("/nonexistent/x.csv")) == "/nonexistent/x.csv"


def test_paths_do_not_depend_on_the_working_directory(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", "from analysis.core import paths; print(paths.CLAIMS_CSV)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
        env={k: v for k, v in os.environ.items() if k != "ANALYSIS_ROOT"},
    )
    assert out.stdout.strip() == str(paths.ROOT / "data" / "processed" / "claims.csv")


def test_analysis_root_overrides_the_root(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", "from analysis.core import paths; print(paths.RAW_CLAIMS)"],
        capture_output=True, text=True, check=True,
        env={**os.environ, "ANALYSIS_ROOT": str(tmp_path)},
    )
    assert out.stdout.strip() == str(tmp_path.resolve() / "data" / "raw" / "claims")


def test_no_relative_data_paths_in_code_or_notebooks():
    # Every path must come from analysis.paths: no string literal that climbs to data/.
    pattern = re.compile(r"""["']\.\.?[/\\]+(data|reports|notebooks)\b""")
    offenders = []
    for folder in ("src", "notebooks", "tests", "benchmarks", "tools"):
        for file in sorted((paths.ROOT / folder).rglob("*")):
            if file.suffix in {".py", ".ipynb"} and pattern.search(file.read_text("utf-8")):
                offenders.append(paths.relative(file))
    assert offenders == []
