"""Write ``environment.yml`` (for conda users) from ``requirements.lock``.

Run by ``make lock`` after the lock is re-resolved; a test checks that the two agree.
Conda gets Python and pip; every package comes from the lock through pip, at the same
exact versions, so conda and ``make setup`` environments are the same.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s#;]+)")


def lock_pins(lock: Path) -> list[tuple[str, str]]:
    """Return the (name, version) pins of a pip-compile lock file, in file order."""
    pins = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            pins.append((match.group(1), match.group(2)))
    return pins


def render(pins: list[tuple[str, str]], python: str) -> str:
    """Return the text of ``environment.yml`` for these pins."""
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
        *[f"      - {name}=={version}" for name, version in pins if name not in {"pip"}],
        "      - -e .",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Regenerate ``environment.yml`` next to the lock."""
    pins = lock_pins(ROOT / "requirements.lock")
    (ROOT / "environment.yml").write_text(render(pins, "3.11"), encoding="utf-8")
    print(f"wrote environment.yml ({len(pins)} pins)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
