"""The pinned environment: lock, conda file, pyproject, set-up, Makefile and CI agree."""

import importlib.util
import os
import re
import subprocess
import sys
import tomllib

import pytest
import yaml
from packaging.markers import Marker

from analysis.core import paths

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)\s*(?:;([^#]*))?(?:#.*)?$")


# make and setup_venv.py as a newcomer runs them: no variables passed down from an outer make
MAKE_ENV = {key: value for key, value in os.environ.items()
            if key not in {"PYTHON", "VENV", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_lines():
    """(name, version, marker) of every pin in the lock, in file order."""
    pins = []
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        match = PIN.match(line)
        if match:
            pins.append((normalise(match.group(1)), match.group(2), (match.group(3) or "").strip()))
    return pins


def lock_pins(python="3.11.7", platform="linux"):
    """{name: version} of the lock as installed on one Python and platform."""
    env = {"python_version": python.rsplit(".", 1)[0], "python_full_version": python,
           "sys_platform": platform, "os_name": "nt" if platform == "win32" else "posix",
           "platform_system": {"linux": "Linux", "darwin": "Darwin"}.get(platform, "Windows"),
           "implementation_name": "cpython", "platform_python_implementation": "CPython"}
    pins = {}
    for name, version, marker in lock_lines():
        if not marker or Marker(marker).evaluate(env):
            assert name not in pins, f"{name} pinned twice for Python {python} on {platform}"
            pins[name] = version
    return pins


@pytest.fixture(scope="module")
def setup_venv():
    """tools/setup_venv.py as a module (its version check runs only as a script)."""
    spec = importlib.util.spec_from_file_location("setup_venv", paths.ROOT / "tools/setup_venv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_line_of_the_lock_is_an_exact_pin():
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        code = line.split("#", 1)[0].strip()
        assert not code or PIN.match(code), f"not an exact pin: {line!r}"
    assert len(lock_pins()) > 100


def test_one_lock_serves_every_supported_python(setup_venv):
    lock = (paths.ROOT / "requirements.lock").read_text()
    assert "make lock" in "".join(lock.splitlines()[:3])  # uv's header names the command
    reference = lock_pins()
    for minor in setup_venv.SUPPORTED:
        for platform in ("linux", "darwin", "win32"):
            pins = lock_pins(setup_venv.dotted(minor) + ".9", platform)
            # what the published outputs depend on is the same everywhere
            for name in ("pandas", "numpy", "matplotlib", "pillow", "jinja2", "nbconvert"):
                assert pins[name] == reference[name], (name, minor, platform)


def test_the_lock_leaves_out_what_lock_excludes_names_and_no_process_loads_it(setup_venv):
    lines = setup_venv.LOCK_EXCLUDES.read_text().splitlines()
    excluded = [normalise(line.strip()) for line in lines if line.strip() and line[0] != "#"]
    assert excluded == ["rfc3987-syntax"]
    pins = {name for name, _, _ in lock_lines()}
    assert not set(excluded) & pins and "lark" not in pins  # lark came only with it
    # what a report run imports (nbformat validates with jsonschema's format checkers) and
    # what the build validates with (frictionless) load no Lark grammar at import
    done = subprocess.run(
        [sys.executable, "-c", "import sys, papermill, nbconvert, frictionless, jsonschema;"
         "print(sorted(m for m in sys.modules if m.startswith(('rfc3987_syntax', 'lark'))))"],
        capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_installed_packages_are_compiled_to_bytecode():
    # tools/setup_venv.py installs with --compile-bytecode: where PYTHONDONTWRITEBYTECODE is
    # set, nothing else would write these, and every process compiled matplotlib from source
    import matplotlib.pyplot
    import nbconvert
    import pandas

    for module in (matplotlib.pyplot, nbconvert, pandas):
        cached = importlib.util.cache_from_source(module.__file__)
        assert os.path.exists(cached), cached


def test_make_lets_python_write_its_bytecode_caches():
    # a recipe run by make does not see PYTHONDONTWRITEBYTECODE, however the caller set it
    done = subprocess.run(
        ["make", "-s", "--eval", 'show-env: ; @echo "[$$PYTHONDONTWRITEBYTECODE]"', "show-env"],
        cwd=paths.ROOT, env={**MAKE_ENV, "PYTHONDONTWRITEBYTECODE": "1"}, capture_output=True,
        text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_environment_yml_agrees_with_the_lock():
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_list = next(d["pip"] for d in deps if isinstance(d, dict))
    conda_pins = []
    for entry in pip_list:
        if entry.startswith("-e"):
            continue
        requirement, _, marker = entry.partition(";")
        name, version = requirement.strip().split("==")
        conda_pins.append((normalise(name), version, marker.strip()))
    assert conda_pins == [pin for pin in lock_lines() if pin[0] != "pip"]


def test_the_design_cards_packages_are_direct_dependencies_and_pinned(setup_venv):
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]

    def names(requirements):
        return {normalise(re.split(r"[<>=!~\[ ;]", d)[0]) for d in requirements}

    direct = names(project["dependencies"])
    dev = names(project["optional-dependencies"]["dev"])
    card = {"pandas", "matplotlib", "jupyterlab", "papermill", "pytest", "nbval"}
    assert card | {"jinja2", "tqdm"} <= direct
    assert {"import-linter", "uv", "setuptools"} <= dev  # setuptools: the editable build
    pins = lock_pins()
    assert all(name in pins for name in direct | dev)
    oldest, newest = setup_venv.SUPPORTED[0], setup_venv.SUPPORTED[-1]
    assert project["requires-python"] == (
        f">={setup_venv.dotted(oldest)},<{newest[0]}.{newest[1] + 1}")


def test_the_supported_pythons_are_named_alike_everywhere(setup_venv):
    words = setup_venv.supported_text()
    assert words == "3.11, 3.12 or 3.13"
    makefile = (paths.ROOT / "Makefile").read_text()
    assert f"needs Python {words}" in makefile
    readme = (paths.ROOT / "README.md").read_text()
    assert f"Python {words}" in readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    ci = (paths.ROOT / ".ci" / "run").read_text()
    checked = re.search(r"setup_venv\.py --check-lock ([\d. ]+)", ci).group(1).split()
    # the default python3 (3.11 here and in the scheduled workflow) runs the whole suite
    assert checked == [setup_venv.dotted(minor) for minor in setup_venv.SUPPORTED[1:]]


def test_an_unsupported_python_is_refused_in_one_line(setup_venv):
    assert setup_venv.refusal((3, 12, 1), "/usr/bin/python3.12") == ""
    message = setup_venv.refusal((3, 10, 12), "/usr/bin/python3")
    assert "\n" not in message
    assert message.startswith("setup: claims-desk needs Python 3.11, 3.12 or 3.13, not 3.10.12")
    assert "`make PYTHON=python3." in message


def test_an_unsupported_python_stops_before_installing_anything():
    script = paths.ROOT / "tools" / "setup_venv.py"
    # run the script's own check as an unsupported Python would see it
    done = subprocess.run(
        [sys.executable, "-c",
         f"import sys; sys.version_info = (3, 10, 4, 'final', 0); sys.argv = [{str(script)!r}];"
         f" exec(compile(open({str(script)!r}).read(), {str(script)!r}, 'exec'),"
         " {'__name__': '__main__', '__file__': " + repr(str(script)) + "})"],
        capture_output=True, text=True, cwd=paths.ROOT, env=MAKE_ENV)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "needs Python 3.11, 3.12 or 3.13, not 3.10.4" in done.stderr


def test_make_stops_in_one_line_without_a_python(tmp_path):
    done = subprocess.run(["make", "--no-print-directory", "setup", f"VENV={tmp_path}/venv",
                           "PYTHON=no-such-python3"], capture_output=True, text=True,
                          cwd=paths.ROOT, env=MAKE_ENV)
    assert done.returncode != 0
    ours = [line for line in done.stderr.splitlines() if not line.startswith("make:")]
    assert len(ours) == 1 and "needs Python 3.11, 3.12 or 3.13" in ours[0], done.stderr
    assert "make PYTHON=python3.12" in ours[0]
    assert not (tmp_path / "venv").exists()


def test_make_remembers_the_python_that_made_the_venv(tmp_path, setup_venv):
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / setup_venv.STAMP).write_text(f"interpreter: {sys.executable}\npython: x\n")
    done = subprocess.run(["make", "-n", "--no-print-directory", "setup", f"VENV={venv}"],
                          capture_output=True, text=True, cwd=paths.ROOT, check=True,
                          env=MAKE_ENV)
    assert f"{sys.executable} tools/setup_venv.py {venv}" in done.stdout
    (venv / setup_venv.STAMP).write_text("interpreter: /gone/python3.12\n")
    done = subprocess.run(["make", "-n", "--no-print-directory", "setup", f"VENV={venv}"],
                          capture_output=True, text=True, cwd=paths.ROOT, check=True,
                          env=MAKE_ENV)
    assert f"\npython3 tools/setup_venv.py {venv}" in "\n" + done.stdout


def test_a_venv_from_another_python_or_lock_is_rebuilt(tmp_path, setup_venv):
    wanted = setup_venv.wanted_stamp()
    version = setup_venv.dotted(sys.version_info[:3])
    assert wanted["python"].split()[:2] == [sys.implementation.name, version]
    assert set(setup_venv.REBUILD_ON) == {"python", "requirements.lock", "pyproject.toml"}
    (tmp_path / setup_venv.STAMP).write_text("0123abcd\n")  # the stamp of the pip set-up
    assert setup_venv.read_stamp(tmp_path) == {}
    stamp = "".join(f"{key}: {value}\n" for key, value in wanted.items())
    (tmp_path / setup_venv.STAMP).write_text(stamp)
    assert setup_venv.read_stamp(tmp_path) == wanted


def test_uv_is_the_pinned_one(setup_venv):
    assert setup_venv.pinned_uv() == lock_pins()["uv"]


def test_readme_quickstart_is_the_two_commands_and_every_target_exists():
    readme = (paths.ROOT / "README.md").read_text()
    makefile = (paths.ROOT / "Makefile").read_text()
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \S+", quickstart, flags=re.M)
    assert commands == ["make reports", "make test"]
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.M))
    mentioned = set(re.findall(r"`make ([a-z-]+)`", readme))
    assert mentioned <= targets, mentioned - targets
    assert {"setup", "data", "reports", "test", "lab", "clean"} <= targets


def test_ci_runs_make_test():
    script = (paths.ROOT / ".ci" / "run").read_text()
    assert re.search(r"^\s*make test\b", script, flags=re.M)
