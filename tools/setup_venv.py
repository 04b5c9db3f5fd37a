"""Create or refresh the project's virtual environment from ``requirements.lock``.

Run by ``make setup`` (and so by every other make target). The environment is re-installed
only when the content of the lock or of ``pyproject.toml`` changed since the last install:
a copy of both is kept inside the environment and compared byte for byte, so a fresh
checkout (new file times) of an unchanged lock does not re-install.

Uses only the standard library: it runs before any dependency exists.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("requirements.lock", "pyproject.toml")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        digest.update(name.encode())
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    """Create ``argv[0]`` (default ``.venv``) and install the lock into it if needed."""
    env_dir = ROOT / (argv[0] if argv else ".venv")
    stamp = env_dir / ".claims-desk-installed"
    wanted = _fingerprint()
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return 0
    python = env_dir / "bin" / "python"
    if not python.exists():
        print(f"setup: creating {env_dir.relative_to(ROOT)} with Python {sys.version.split()[0]}")
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    print("setup: installing the pinned packages of requirements.lock (this happens once per lock)")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--no-deps", "-r", str(ROOT / "requirements.lock")],
                   check=True, cwd=ROOT)
    subprocess.run([*pip, "install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
                   check=True, cwd=ROOT)
    subprocess.run([*pip, "check"], check=True, cwd=ROOT)
    stamp.write_text(wanted + "\n")
    print("setup: .venv is ready")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        print(f"setup: failed while running {' '.join(exc.cmd)} (exit {exc.returncode})",
              file=sys.stderr)
        sys.exit(1)
