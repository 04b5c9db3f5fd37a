"""Fixtures of the browser test: a private JupyterLab server and a headless Chromium.

The server runs from ``.venv`` on 127.0.0.1 with a random token, temporary Jupyter
config/data/runtime/settings folders, and a temporary root folder holding a *copy* of
``notebooks/``: whatever the browser does, the committed notebooks are never served,
so never saved. Autosave is switched off in the temporary settings folder as well.

The browser is Debian's Chromium (``apt-get install chromium``), driven by the Playwright
Python package through ``executable_path``: no browser download. When Chromium is absent
or cannot start, the tests are skipped on a workstation and *fail* in CI (``CI=true``).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from analysis.core import paths

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

ARTIFACTS = paths.ROOT / "test-artifacts" / "browser"
"""Screenshots and the server log of the last run (git-ignored)."""

LAB_SETTINGS: dict[str, dict[str, object]] = {
    # never write the browser's in-memory notebook back to disk
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    # no news or update checks: the test machine has no network
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false",
                                                    "checkForUpdates": False},
    # render every cell, so outputs below the fold are in the page (and in screenshots)
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}

CHROMIUM_ARGS = [
    "--no-sandbox",  # tests run as root
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SERVER_START_TIMEOUT_S = 60


def in_ci() -> bool:
    """Whether we run in CI, where a browser that cannot start is a failure."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def no_browser(reason: str) -> None:
    """Fail in CI, skip elsewhere, with the same clear message."""
    if in_ci():
        pytest.fail(f"browser test cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"{reason} (skipped outside CI; in CI this fails)")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Lab:
    """A running JupyterLab: where it listens and what it serves."""

    url: str
    token: str
    root: Path
    log: Path

    def api(self, path: str) -> object:
        """GET a server API path with the token and return the decoded JSON."""
        request = urllib.request.Request(f"{self.url}{path}",
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)


def write_settings(settings_dir: Path) -> None:
    """Write :data:`LAB_SETTINGS` as JupyterLab user settings."""
    for plugin, values in LAB_SETTINGS.items():
        target = settings_dir / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values, indent=2), encoding="utf-8")


def wait_for_server(lab: Lab, process: subprocess.Popen[bytes]) -> None:
    """Poll ``/api/status`` until the server answers, or fail with its log."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {process.returncode} before answering; "
                        f"log:\n{lab.log.read_text(errors='replace')[-3000:]}", pytrace=False)
        try:
            lab.api("/api/status")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    pytest.fail(f"JupyterLab did not answer within {SERVER_START_TIMEOUT_S} s; log:\n"
                f"{lab.log.read_text(errors='replace')[-3000:]}", pytrace=False)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server (it shuts its kernels down), then kill it if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The folder for screenshots, emptied of the previous run's."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    return ARTIFACTS


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, artifacts: Path) -> Iterator[Lab]:
    """A JupyterLab server from ``.venv`` serving copies of the notebooks under test."""
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "desk"
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = tmp / "settings"
    write_settings(settings)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(tmp / "config"),
        "JUPYTER_DATA_DIR": str(tmp / "data"),
        "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
        "IPYTHONDIR": str(tmp / "ipython"),
    }
    env.pop("ANALYSIS_ROOT", None)  # the kernel must read the real processed data
    port, token = free_port(), secrets.token_hex(24)
    jupyter = Path(sys.executable).parent / "jupyter"
    command = [
        str(jupyter), "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
        f"--port={port}", "--port-retries=0", f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
    ]
    log = artifacts / "jupyterlab.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=sink,
                                   stderr=subprocess.STDOUT)
    server = Lab(url=f"http://127.0.0.1:{port}", token=token, root=root, log=log)
    try:
        wait_for_server(server, process)
        yield server
    finally:
        stop(process)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The path of Debian's Chromium, or skip (fail in CI) when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        no_browser("chromium is not installed (Debian: apt-get install chromium)")
    return str(found)


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """A headless Chromium context with a fresh profile (Playwright, system browser)."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        no_browser(f"the playwright package is missing from .venv ({error})")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=chromium, headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1400, "height": 1000}, timeout=30_000,
            )
        except PlaywrightError as error:
            no_browser(f"{chromium} could not start: {str(error)[-1500:]}")
        try:
            yield context
        finally:
            context.close()
