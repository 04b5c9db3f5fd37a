"""Write ``environment.yml`` (for conda users) from ``requirements.lock``.

Run by ``make lock`` after the lock is re-resolved; a test checks that the two agree.
Conda gets Python and pip; every package comes from the lock through pip, at the same
exact versions, so conda and ``make setup`` environments are the same. The lock is
universal (one file for every supported Python and platform), so a pin that applies only
somewhere keeps its environment marker (``; sys_platform == 'win32'``), which pip evaluates.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s#;]+)\s*(?:;([^#]*))?")
# The Python that CI's full test suite runs on and that built the published outputs.
CONDA_PYTHON = "3.11"


def lock_pins(lock: Path) -> list[tuple[str, str, str]]:
    """Return the pins of a lock file in file order.

    Parameters
    ----------
    lock : Path
        A requirements file of exact pins (``uv pip compile`` output).

    Returns
    -------
    list[tuple[str, str, str]]
        ``(name, version, marker)`` for each pin; ``marker`` is ``''`` for a pin that applies
        everywhere. A package may appear twice, with different versions under exclusive markers.
    """
    pins = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            pins.append((match.group(1), match.group(2), (match.group(3) or "").strip()))
    return pins


def render(pins: list[tuple[str, str, str]], python: str) -> str:
    """Return the text of ``environment.yml`` for these pins.

    Parameters
    ----------
    pins : list[tuple[str, str, str]]
        ``(name, version, marker)`` as returned by :func:`lock_pins`.
    python : str
        The Python version conda installs (``'3.11'``).

    Returns
    -------
    str
        The file's text: conda's pip installs every pin but pip itself, then the project.
    """
    entries = []
    for name, version, marker in pins:
        if name == "pip":  # conda's own
            continue
        requirement = f"{name}=={version} ; {marker}" if marker else f"{name}=={version}"
        entries.append(f"      - {json.dumps(requirement) if marker else requirement}")
    lines = [
        "# Generated from requirements.lock by `make lock` (tools/write_environment.py).",
        "# Do not edit by hand: edit pyproject.toml, then run `make lock`.",
        "name: claims-desk",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        f"  - python={python}",
        "  - pip",
        "  - pip:",
        *entries,
        "      - -e .",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Regenerate ``environment.yml`` next to the lock."""
    pins = lock_pins(ROOT / "requirements.lock")
    (ROOT / "environment.yml").write_text(render(pins, CONDA_PYTHON), encoding="utf-8")
    print(f"wrote environment.yml ({len(pins)} pins)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
