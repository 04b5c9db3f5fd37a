"""Create or refresh the project's virtual environment from ``requirements.lock``, with uv.

Run by ``make setup`` (and so by every other make target), ``make lock`` and CI:

``setup_venv.py [VENV]``
    Make ``VENV`` (default ``.venv``) exactly the lock plus the project (editable). The Python
    running this script is checked first: claims-desk runs on Python 3.11, 3.12 and 3.13
    (``SUPPORTED``), and any other stops with one line that names them and how to pick one
    (``make PYTHON=python3.12``). The installed packages are compiled to bytecode once, at
    install (``--compile-bytecode``): where ``PYTHONDONTWRITEBYTECODE`` is set, as on our
    machines, Python would otherwise compile matplotlib, pandas and the Jupyter stack from
    source in every process, kernel and test worker (1-2 s each). The environment is rebuilt
    from scratch, never patched, when
    the lock, ``pyproject.toml`` or the Python differ from the last build (a stamp inside the
    environment records all three), so a fresh checkout of an unchanged lock installs nothing.
    Then the figure engine is compiled with mypyc (``tools/compile_engine.py``) when its
    sources changed since the last build; without a C compiler it says so in one line and the
    pure-Python engine is used.
``setup_venv.py --lock [--upgrade-package NAME ...]``
    Re-resolve ``requirements.lock`` from ``pyproject.toml``: one universal lock, valid on every
    supported Python and platform (``uv pip compile --universal``). Pins already in the lock are
    kept unless ``pyproject.toml`` or ``--upgrade-package`` asks for another version; the
    packages of ``tools/lock-excludes.txt`` are left out (each with why).
``setup_venv.py --check-lock VERSION_OR_PATH ...``
    Install the lock and the project into a throwaway environment for each given Python (``3.12``,
    or the path of an interpreter) and import the main packages: what CI runs for the supported
    versions that the test suite does not.

uv is the version pinned in the lock (a dev dependency): the ``uv`` on the ``PATH`` when it is that
version, otherwise installed once per machine with pip into ``~/.cache/claims-desk/uv-VERSION/``
(with ``XDG_CACHE_HOME``, there); a Python without pip borrows one from a temporary standard
library venv. uv reaches the package index with its own settings, not pip's
(``UV_DEFAULT_INDEX``, ``HTTPS_PROXY``, ``uv.toml``), and trusts the system's certificates as
pip does unless told otherwise.

Uses only the standard library, and parses on Python 3.6 and later, so that an old Python gets
the one-line answer rather than a traceback.
"""

import argparse
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
LOCK_EXCLUDES = ROOT / "tools" / "lock-excludes.txt"
PYPROJECT = ROOT / "pyproject.toml"
COMPILE_ENGINE = ROOT / "tools" / "compile_engine.py"
SUPPORTED = ((3, 11), (3, 12), (3, 13))
STAMP = ".claims-desk-installed"
REBUILD_ON = ("python", LOCK.name, PYPROJECT.name)  # stamp entries; the interpreter's path is not


def dotted(version: tuple) -> str:
    """Return a version tuple as text: ``(3, 12, 1)`` is ``'3.12.1'``."""
    return ".".join(str(part) for part in version)


def supported_text() -> str:
    """Return the supported versions as words, e.g. ``'3.11, 3.12 or 3.13'``."""
    names = [dotted(version) for version in SUPPORTED]
    return ", ".join(names[:-1]) + " or " + names[-1]


def refusal(version: tuple, python: str, prefix: str = "setup") -> str:
    """Return the one line that stops an unsupported Python, or ``''`` for a supported one.

    Parameters
    ----------
    version : tuple
        The interpreter's ``sys.version_info`` (or its first three numbers).
    python : str
        The interpreter's path, as the user will recognise it.
    prefix : str
        The word the line starts with (the command that refuses).

    Returns
    -------
    str
        ``''`` when ``version`` is supported; otherwise the message, which names the supported
        versions and how to pick one: ``make PYTHON=...`` with an interpreter found on the
        ``PATH`` when there is one.
    """
    if tuple(version[:2]) in SUPPORTED:
        return ""
    found = dotted(version[:3])
    for minor in reversed(SUPPORTED):
        name = "python" + dotted(minor)
        if _runs(name)[:2] == minor:
            hint = f"{name} is installed: run `make PYTHON={name}`"
            break
    else:
        hint = ("install one (python.org, the system's packages or pyenv) and pick it with"
                " `make PYTHON=python3.12`")
    return f"{prefix}: claims-desk needs Python {supported_text()}, not {found} ({python}): {hint}"


def _runs(python: str) -> tuple:
    """Return ``(major, minor, micro)`` of the interpreter ``python``; ``()`` if it won't run."""
    if os.sep not in python and shutil.which(python) is None:
        return ()
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print('%d %d %d' % sys.version_info[:3])"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return ()
    words = done.stdout.decode("ascii", "replace").split()
    if done.returncode != 0 or len(words) != 3:
        return ()
    return tuple(int(word) for word in words)


# Checked before anything else runs, and with nothing newer than Python 3.6 above this line.
if __name__ == "__main__":
    _REFUSAL = refusal(sys.version_info, sys.executable)
    if _REFUSAL:
        print(_REFUSAL, file=sys.stderr)
        sys.exit(2)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wanted_stamp() -> dict[str, str]:
    """Return what the stamp of an environment made now, with this Python, holds.

    Returns
    -------
    dict[str, str]
        ``interpreter`` (the path ``make`` uses next time unless told another), ``python``
        (implementation, version and real path: another Python means a rebuild), and the
        sha256 of ``requirements.lock`` and of ``pyproject.toml`` (another one, a rebuild).
    """
    version = dotted(sys.version_info[:3])
    return {
        "interpreter": sys.executable,
        "python": f"{sys.implementation.name} {version} {os.path.realpath(sys.executable)}",
        LOCK.name: _sha256(LOCK),
        PYPROJECT.name: _sha256(PYPROJECT),
    }


def read_stamp(env_dir: Path) -> dict[str, str]:
    """Return the stamp of ``env_dir`` as a dict (empty when missing or from an older set-up)."""
    try:
        text = (env_dir / STAMP).read_text(encoding="utf-8")
    except OSError:
        return {}
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def pinned_uv() -> str:
    """Return the version of uv pinned in ``requirements.lock``.

    Raises
    ------
    SystemExit
        When the lock pins no uv (it must: uv is a dev dependency in ``pyproject.toml``).
    """
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line.startswith("uv=="):
            return line[len("uv=="):].split()[0]
    raise SystemExit("setup: requirements.lock pins no uv: add uv to the dev extra of"
                     " pyproject.toml, pin it by hand in the lock (uv==VERSION), then `make lock`")


def _uv_version(uv: str) -> str:
    try:
        done = subprocess.run([uv, "--version"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return ""
    words = done.stdout.split()
    return words[1] if done.returncode == 0 and len(words) > 1 else ""


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claims-desk"


def find_uv(version: str) -> str:
    """Return the path of a uv executable at ``version``, installing it once if needed.

    Parameters
    ----------
    version : str
        The exact version wanted (the lock's pin).

    Returns
    -------
    str
        The ``uv`` on the ``PATH`` when it is that version, otherwise
        ``~/.cache/claims-desk/uv-VERSION/uv``, installed there with pip on first use.
    """
    on_path = shutil.which("uv")
    if on_path and _uv_version(on_path) == version:
        return on_path
    home = _cache_home() / f"uv-{version}"
    uv = home / "uv"
    if uv.exists() and _uv_version(str(uv)) == version:
        return str(uv)
    print(f"setup: installing uv {version} into {home} (once per machine)", flush=True)
    home.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".uv-{version}-", dir=home.parent) as tmp:
        work = Path(tmp)
        if importlib.util.find_spec("pip") is not None:
            pip = [sys.executable, "-m", "pip"]
        else:  # a Python without pip (Debian's, say): borrow the one a venv brings
            venv.EnvBuilder(with_pip=True).create(work / "pip")
            pip = [str(work / "pip" / "bin" / "python"), "-m", "pip"]
        env = dict(os.environ, PIP_ROOT_USER_ACTION="ignore", PIP_DISABLE_PIP_VERSION_CHECK="1")
        subprocess.run([*pip, "install", "--no-deps", "--only-binary", ":all:",
                        "--target", str(work / "target"), f"uv=={version}"], check=True, env=env)
        (work / "home").mkdir()
        shutil.move(str(work / "target" / "bin" / "uv"), str(work / "home" / "uv"))
        if _uv_version(str(work / "home" / "uv")) != version:
            raise SystemExit(f"setup: the uv installed from the index is not version {version}")
        try:
            os.replace(work / "home", home)
        except OSError:  # another make got there first, or a broken leftover is in the way
            if _uv_version(str(uv)) != version:
                shutil.rmtree(home, ignore_errors=True)
                os.replace(work / "home", home)
    return str(uv)


def uv_environment() -> dict[str, str]:
    """Return the environment for uv: the caller's, with this project's defaults added.

    uv may use only the Python it is given (never download one), trusts the system's
    certificate store as pip does (unless ``SSL_CERT_FILE``, ``UV_SYSTEM_CERTS`` or
    ``UV_NATIVE_TLS`` say otherwise), and ignores an activated virtual environment.
    """
    env = dict(os.environ)
    env.setdefault("UV_PYTHON_DOWNLOADS", "never")
    if not {"SSL_CERT_FILE", "UV_SYSTEM_CERTS", "UV_NATIVE_TLS"} & env.keys():
        env["UV_SYSTEM_CERTS"] = "1"
    env.pop("VIRTUAL_ENV", None)
    return env


def _uv(uv: str, *args: str) -> None:
    subprocess.run([uv, *args], check=True, cwd=ROOT, env=uv_environment())


def install(uv: str, python: str, env_dir: Path, quiet: bool = False,
            bytecode: bool = True) -> None:
    """Make ``env_dir`` a new environment of ``python`` holding exactly the lock and the project.

    Parameters
    ----------
    uv : str
        The uv executable.
    python : str
        The base interpreter.
    env_dir : Path
        The environment; whatever was there is removed first.
    quiet : bool
        Hide uv's list of installed packages (and its progress bars).
    bytecode : bool
        Compile the installed packages to bytecode (about 25 s on 2 cores, repaid by the first
        few processes; a throwaway environment that imports once is better without).
    """
    env_python = str(env_dir / "bin" / "python")
    _uv(uv, "venv", "--quiet", "--clear", "--python", python, str(env_dir))
    _uv(uv, "pip", "sync", *(["--quiet"] if quiet else []),
        *(["--compile-bytecode"] if bytecode else []), "--python", env_python, str(LOCK))
    _uv(uv, "pip", "install", "--quiet", "--python", env_python, "--no-deps",
        "--no-build-isolation", "--editable", str(ROOT))
    _uv(uv, "pip", "check", "--quiet", "--python", env_python)


def setup(env_dir: Path) -> int:
    """Create or rebuild ``env_dir`` from the lock when it is missing or out of date.

    Parameters
    ----------
    env_dir : Path
        The environment (``.venv``).

    Returns
    -------
    int
        The exit status: 0 when the environment is ready.
    """
    wanted = wanted_stamp()
    found = read_stamp(env_dir)
    changed = [key for key in REBUILD_ON if found.get(key) != wanted[key]]
    if not changed and (env_dir / "bin" / "python").exists():
        return compile_engine(env_dir)
    if Path(sys.prefix).resolve() == env_dir.resolve():
        print(f"setup: cannot rebuild {env_dir} with its own Python: pick another, e.g. "
              "`make PYTHON=python3.12`", file=sys.stderr)
        return 2
    name = env_dir.relative_to(ROOT) if env_dir.is_relative_to(ROOT) else env_dir
    version = dotted(sys.version_info[:3])
    if not env_dir.exists():
        why = f"creating {name}"
    elif not found:
        why = f"rebuilding {name} (made by an older set-up, or unfinished)"
    else:
        reasons = {"python": "made with another Python", LOCK.name: f"{LOCK.name} changed",
                   PYPROJECT.name: f"{PYPROJECT.name} changed"}
        why = f"rebuilding {name} ({', '.join(reasons[key] for key in changed)})" if changed else (
            f"rebuilding {name} (its Python is gone)")
    print(f"setup: {why} with Python {version} ({sys.executable}) from {LOCK.name}", flush=True)
    started = time.monotonic()
    install(find_uv(pinned_uv()), sys.executable, env_dir)
    (env_dir / STAMP).write_text("".join(f"{key}: {value}\n" for key, value in wanted.items()),
                                 encoding="utf-8")
    print(f"setup: {name} is ready ({time.monotonic() - started:.0f} s)", flush=True)
    return compile_engine(env_dir)


def compile_engine(env_dir: Path) -> int:
    """Compile the figure engine with mypyc when its sources changed (``tools/compile_engine.py``).

    Quick when the build is up to date; a build that cannot be made prints one line and the
    pure-Python engine is used: set-up never fails because of it.

    Returns
    -------
    int
        0, always.
    """
    try:
        done = subprocess.run([str(env_dir / "bin" / "python"), str(COMPILE_ENGINE), "--quiet"],
                              cwd=ROOT, check=False)
    except OSError as exc:
        print(f"figure engine not compiled ({exc}); the pure-Python engine is used")
        return 0
    if done.returncode:
        print(f"figure engine not compiled (tools/compile_engine.py exited {done.returncode});"
              " the pure-Python engine is used")
    return 0


def lock(upgrade: list[str]) -> int:
    """Re-resolve ``requirements.lock`` from ``pyproject.toml`` for every supported Python.

    Parameters
    ----------
    upgrade : list[str]
        Packages to move to their newest allowed version; every other pin is kept if it can be.

    Returns
    -------
    int
        The exit status.
    """
    uv = find_uv(pinned_uv())
    oldest = dotted(SUPPORTED[0])
    every = supported_text().replace(" or ", " and ")
    print(f"lock: resolving {PYPROJECT.name} (dev extra included) for Python {every} on every"
          f" platform into {LOCK.name}", flush=True)
    subprocess.run([uv, "pip", "compile", PYPROJECT.name, "--extra", "dev", "--universal",
                    "--python-version", oldest, "--python", sys.executable,
                    "--annotation-style", "line", "--custom-compile-command", "make lock",
                    "--output-file", LOCK.name, "--excludes", str(LOCK_EXCLUDES),
                    *[arg for name in upgrade for arg in ("--upgrade-package", name)]],
                   check=True, cwd=ROOT, env=uv_environment(), stdout=subprocess.DEVNULL)
    return 0


def find_python(spec: str) -> str:
    """Return the interpreter for ``spec``: a path, or a version such as ``'3.12'``.

    A version is looked for as ``pythonX.Y`` on the ``PATH`` (when it runs: a pyenv shim may
    not), then in pyenv's versions (``$PYENV_ROOT``, default ``~/.pyenv``), newest patch first.

    Raises
    ------
    SystemExit
        When no such interpreter runs here.
    """
    if os.sep in spec:
        if _runs(spec):
            return spec
        raise SystemExit(f"check-lock: cannot run {spec}")
    wanted = tuple(int(part) for part in spec.split("."))
    name = f"python{spec}"
    on_path = shutil.which(name)
    if on_path and _runs(on_path)[:2] == wanted:
        return on_path
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    found = sorted(pyenv.glob(f"{spec}.*/bin/{name}"),
                   key=lambda path: [int(part) if part.isdigit() else -1
                                     for part in path.parent.parent.name.split(".")])
    for candidate in reversed(found):
        if _runs(str(candidate))[:2] == wanted:
            return str(candidate)
    raise SystemExit(f"check-lock: no Python {spec} here (looked for {name} on the PATH and in "
                     f"{pyenv}): install it, or give the path of one")


# The project, the design card's runner and every compiled extension the reports load (imports
# from source are slow where PYTHONDONTWRITEBYTECODE is set: the rest is checked by uv pip check).
SMOKE = """\
import analysis.cli, jinja2, matplotlib.pyplot, numpy, pandas, papermill, pydantic_core, tqdm, zmq
print("pandas", pandas.__version__, "numpy", numpy.__version__,
      "matplotlib", matplotlib.__version__)
"""


def check_lock(specs: list[str]) -> int:
    """Install the lock into a throwaway environment for each Python and import the packages.

    Parameters
    ----------
    specs : list[str]
        Versions (``'3.12'``) or interpreter paths.

    Returns
    -------
    int
        The exit status: 0 when the lock installs, passes ``uv pip check`` and imports on all.
    """
    pythons = [find_python(spec) for spec in specs]
    for python in pythons:
        version = _runs(python)
        problem = refusal(version, python, prefix="check-lock")
        if problem:
            raise SystemExit(problem)
    uv = find_uv(pinned_uv())
    for python in pythons:
        version = dotted(_runs(python))
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="claims-desk-check-") as tmp:
            env_dir = Path(tmp) / "venv"
            install(uv, python, env_dir, quiet=True, bytecode=False)
            done = subprocess.run([str(env_dir / "bin" / "python"), "-c", SMOKE], cwd=tmp,
                                  env=dict(uv_environment(), MPLBACKEND="Agg"),
                                  stdout=subprocess.PIPE, text=True, check=True)
        print(f"check-lock: Python {version} ({python}): the lock installs and imports"
              f" ({done.stdout.strip()}) in {time.monotonic() - started:.1f} s", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Run the command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("env_dir", nargs="?", default=".venv", help="the environment (.venv)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--lock", action="store_true", help="re-resolve requirements.lock")
    mode.add_argument("--check-lock", nargs="+", metavar="PYTHON",
                      help="install the lock for these Pythons (3.12, or a path) and import")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME",
                        help="with --lock: move this package to its newest allowed version")
    args = parser.parse_args(argv)
    if args.lock:
        return lock(args.upgrade_package)
    if args.check_lock:
        return check_lock(args.check_lock)
    return setup(ROOT / args.env_dir)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        command = " ".join(str(part) for part in exc.cmd[:3])
        print(f"setup: failed while running {command} ... (exit {exc.returncode}); the messages"
              " above say why", file=sys.stderr)
        sys.exit(1)
