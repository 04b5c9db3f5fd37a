"""The compiled figure engine (mypyc, ``tools/compile_engine.py``) and its pure-Python fallback.

(a) compiled, the engine reads every second phrase of the case tables exactly as the Python
sources do in a process with ``ANALYSIS_PURE_PYTHON=1`` (every field of the figure, NaN-aware, and
``explain_figure``); (b) :func:`analysis.figures.compiled.compiled_folder` gives the Python
engine when the build is missing, stale, incomplete or of another interpreter, or when
``ANALYSIS_PURE_PYTHON`` is set; (c) ``analysis.figures.COMPILED`` says which engine runs;
(d) ``tools/compile_engine.py`` never fails set-up.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from figure_sets import spread

from analysis import figures
from analysis.figures import compiled, engine, explain_figure, parse_figure

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
SRC = Path(figures.__file__).resolve().parents[2]
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ""

READ = """
import json, sys
import analysis.figures as figures
from analysis.figures import explain_figure, parse_figure
phrases = json.load(sys.stdin)
out = [[repr(v) for v in parse_figure(p, lang)] + [explain_figure(p, lang)] for p, lang in phrases]
json.dump({"compiled": figures.COMPILED, "engine": figures.engine.__file__, "readings": out},
          sys.stdout)
"""


SAMPLE = 7_000
"""The most case phrases the compiled and the Python engine are compared on here."""


def _phrases() -> list[tuple[str, str | None]]:
    """Every (phrase, language) of the case tables that have those two columns, once."""
    seen: dict[tuple[str, str | None], None] = {}
    for path in sorted(CASES.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not {"phrase", "lang"} <= set(reader.fieldnames or ()):
                continue
            for row in reader:
                seen[(row["phrase"], row["lang"] or None)] = None
    return list(seen)


def _in_process(pure: bool, phrases: list[tuple[str, str | None]]) -> dict:
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    env.pop(compiled.PURE_VARIABLE, None)
    if pure:
        env[compiled.PURE_VARIABLE] = "1"
    done = subprocess.run([sys.executable, "-c", READ], input=json.dumps(phrases), env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# (a) the same readings ------------------------------------------------------------------

@pytest.mark.skipif(not figures.COMPILED, reason="the figure engine runs from Python here")
def test_compiled_engine_reads_every_case_phrase_as_the_python_one() -> None:
    # (SAMPLE case phrases evenly spaced in sorted-file order: every one until session 32, when
    # the suite ran over its 10-minute budget and the Python engine's read of them all was its
    # longest test, then every second; a fixed number since session 33, so that new rounds stop
    # lengthening it, 7,000 since session 35, 12,000 being 21 s of a suite over its budget. A
    # change to the engine is checked on every phrase, compiled, by
    # benchmarks/compare_figures.py against the tree before it)
    every = _phrases()
    phrases = spread(every, SAMPLE)
    assert SAMPLE * 0.6 < len(phrases) <= SAMPLE
    pure = _in_process(pure=True, phrases=phrases)
    assert pure["compiled"] is False and pure["engine"].endswith(".py")
    engine.clear_cache()
    mine = [[repr(v) for v in parse_figure(p, lang)] + [explain_figure(p, lang)]
            for p, lang in phrases]
    differ = [(phrase, got, want) for phrase, got, want in zip(phrases, mine, pure["readings"],
                                                              strict=True) if got != want]
    assert not differ, f"{len(differ)} phrases read differently, e.g. {differ[:5]}"


# (b) which build is used -------------------------------------------------------------------

def _tree(tmp_path: Path) -> tuple[Path, Path]:
    """A package (``analysis/figures`` and ``analysis/text`` sources) and its matching build."""
    package = tmp_path / "src" / "analysis" / "figures"
    (package.parent / "text").mkdir(parents=True)
    package.mkdir()
    (package / "engine.py").write_text("x = 1\n", encoding="utf-8")
    (package.parent / "text" / "normalise.py").write_text("y = 2\n", encoding="utf-8")
    build = tmp_path / "build" / "compiled" / str(sys.implementation.cache_tag)
    folder = build / "analysis" / "figures"
    folder.mkdir(parents=True)
    for name in [*compiled.MODULES, compiled.GROUP.rsplit(".", 1)[1] + "__mypyc"]:
        (folder / (name + SUFFIX)).write_bytes(b"")
    manifest = {"cache_tag": sys.implementation.cache_tag, "ext_suffix": SUFFIX,
                "python": "3", "mypy": "2", "group": compiled.GROUP,
                "modules": list(compiled.MODULES), "sources": compiled.source_hashes(package)}
    compiled.manifest_path(build).write_text(json.dumps(manifest), encoding="utf-8")
    return package, build


def test_a_matching_build_is_used(tmp_path: Path) -> None:
    package, build = _tree(tmp_path)
    assert compiled.build_folder(package) == build
    assert compiled.compiled_folder(package, environ={}) == build / "analysis" / "figures"
    assert compiled.compiled_folder(package, build, {compiled.PURE_VARIABLE: ""}) is not None


def test_the_variable_forces_python(tmp_path: Path) -> None:
    package, build = _tree(tmp_path)
    assert compiled.compiled_folder(package, build, {compiled.PURE_VARIABLE: "1"}) is None


def test_a_missing_or_unreadable_manifest_gives_python(tmp_path: Path) -> None:
    package, build = _tree(tmp_path)
    compiled.manifest_path(build).write_text("{not json", encoding="utf-8")
    assert compiled.compiled_folder(package, build, {}) is None
    compiled.manifest_path(build).unlink()
    assert compiled.compiled_folder(package, build, {}) is None
    assert compiled.compiled_folder(package, tmp_path / "nowhere", {}) is None


@pytest.mark.parametrize("edit", ["figures/engine.py", "text/normalise.py", "figures/new.py"])
def test_a_stale_build_gives_python(tmp_path: Path, edit: str) -> None:
    package, build = _tree(tmp_path)
    (package.parent / edit).write_text("x = 3\n", encoding="utf-8")
    assert compiled.compiled_folder(package, build, {}) is None


def test_an_incomplete_build_or_another_interpreter_gives_python(tmp_path: Path) -> None:
    package, build = _tree(tmp_path)
    manifest = json.loads(compiled.manifest_path(build).read_text(encoding="utf-8"))
    for key, value in (("cache_tag", "cpython-27"), ("ext_suffix", ".so"),
                       ("modules", ["engine"])):
        compiled.manifest_path(build).write_text(json.dumps({**manifest, key: value}),
                                                 encoding="utf-8")
        assert compiled.compiled_folder(package, build, {}) is None, key
    compiled.manifest_path(build).write_text(json.dumps(manifest), encoding="utf-8")
    assert compiled.compiled_folder(package, build, {}) is not None
    (build / "analysis" / "figures" / ("engine" + SUFFIX)).unlink()
    assert compiled.compiled_folder(package, build, {}) is None


# (c) COMPILED tells the truth ----------------------------------------------------------------

def test_compiled_says_where_the_engine_comes_from() -> None:
    from_build = not engine.__file__.endswith(".py")
    assert figures.COMPILED is from_build
    for name in compiled.MODULES:
        module = sys.modules[f"analysis.figures.{name}"]
        assert module.__file__.endswith(SUFFIX if from_build else ".py"), name
    if not os.environ.get(compiled.PURE_VARIABLE):
        assert figures.COMPILED is (compiled.compiled_folder() is not None)


def test_the_variable_gives_the_python_engine_in_a_new_process() -> None:
    got = _in_process(pure=True, phrases=[["more than 3,000 troops", "en"]])
    assert got["compiled"] is False
    assert got["engine"] == str(SRC / "analysis" / "figures" / "engine.py")
    assert got["readings"][0][:3] == ["3000.0", "3000.0", "nan"]


# (d) the build script never fails set-up -----------------------------------------------------

def _compile_engine():
    spec = importlib.util.spec_from_file_location("_compile_engine",
                                                  ROOT / "tools" / "compile_engine.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_mypy_or_no_compiler_is_one_line_and_exit_0(monkeypatch, capsys) -> None:
    tool = _compile_engine()
    monkeypatch.setattr(tool, "mypy_version", lambda: "")
    assert tool.compile_engine() == 0
    assert capsys.readouterr().out == ("figure engine not compiled (mypy is not installed);"
                                       " the pure-Python engine is used\n")
    monkeypatch.setattr(tool, "mypy_version", lambda: "2.4.1")
    monkeypatch.setattr(tool.shutil, "which", lambda name: None)
    assert tool.compile_engine() == 0
    out = capsys.readouterr().out
    assert out.startswith("figure engine not compiled (no C compiler") and out.count("\n") == 1
