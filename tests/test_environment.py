"""The pinned environment: lock, conda file, pyproject and Makefile agree."""

import re
import tomllib

import yaml

from analysis import paths

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins():
    pins = {}
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        match = PIN.match(line)
        if match:
            pins[normalise(match.group(1))] = match.group(2)
    return pins


def test_every_line_of_the_lock_is_an_exact_pin():
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        code = line.split("#", 1)[0].strip()
        assert not code or PIN.match(code), f"not an exact pin: {line!r}"
    assert len(lock_pins()) > 100


def test_environment_yml_agrees_with_the_lock():
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_list = next(d["pip"] for d in deps if isinstance(d, dict))
    conda_pins = {}
    for entry in pip_list:
        if entry.startswith("-e"):
            continue
        name, version = entry.split("==")
        conda_pins[normalise(name)] = version
    lock = lock_pins()
    lock.pop("pip", None)
    assert conda_pins == lock


def test_the_design_cards_packages_are_direct_dependencies_and_pinned():
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    direct = {normalise(re.split(r"[<>=!~\[ ;]", d)[0]) for d in project["dependencies"]}
    card = {"pandas", "matplotlib", "jupyterlab", "papermill", "pytest", "nbval"}
    assert card <= direct
    pins = lock_pins()
    assert all(name in pins for name in direct)
    assert project["requires-python"].startswith(">=3.11")


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
