"""House rules of docs/architecture.md that a tool checks: small modules, short functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "analysis"
MAX_MODULE_CODE_LINES = 600
MAX_FUNCTION_LINES = 80
"""Lines of a function's body after its docstring (the docstring itself is free)."""


def _code_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip() and not line.strip().startswith("#"))


def _modules() -> list[Path]:
    # language tables are data, not code: they may be as long as a language needs
    return sorted(p for p in PACKAGE.rglob("*.py") if "lang" not in p.relative_to(PACKAGE).parts)


def _long_functions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            first = body[1] if (len(body) > 1 and isinstance(body[0], ast.Expr)
                                and isinstance(body[0].value, ast.Constant)
                                and isinstance(body[0].value.value, str)) else body[0]
            length = node.end_lineno - first.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{node.name} ({length} lines)")
    return found


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_stay_small(module):
    assert _code_lines(module.read_text(encoding="utf-8")) <= MAX_MODULE_CODE_LINES
    assert _long_functions(module) == []


def test_the_size_check_catches_a_long_function(tmp_path):
    source = tmp_path / "long.py"
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    source.write_text(f'def f():\n    """Doc."""\n{body}\n')
    assert _long_functions(source) == [f"f ({MAX_FUNCTION_LINES + 1} lines)"]


def test_the_flat_modules_of_release_0_1_are_gone():
    flat = {p.stem for p in PACKAGE.glob("*.py")}
    assert flat == {"__init__", "__main__", "charts", "cli", "pipeline", "verify"}
