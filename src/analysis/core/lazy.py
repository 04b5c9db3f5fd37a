"""Lazy facades: a package's public names loaded on first use (PEP 562).

A facade module declares a table ``{public name: "module:attribute"}`` and gets a module
``__getattr__`` and ``__dir__`` from :func:`lazy_exports`, so ``import analysis`` stays
instant and a notebook imports only what it uses. Names listed as *moved* still resolve,
with a :class:`DeprecationWarning` that names their new home (kept for one release).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def _load(target: str) -> Any:
    module, _, attribute = target.partition(":")
    return getattr(import_module(module), attribute) if attribute else import_module(module)


def lazy_exports(
    namespace: dict[str, Any],
    exports: Mapping[str, str],
    moved: Mapping[str, str] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return ``__getattr__`` and ``__dir__`` for a facade module.

    Parameters
    ----------
    namespace : dict
        The facade module's ``globals()``: a loaded name is cached there.
    exports : mapping of str to str
        Public name → ``"package.module:attribute"`` (or ``"package.module"`` for a module).
    moved : mapping of str to str, optional
        Old names that still resolve, with a deprecation warning, to the same kind of target.

    Returns
    -------
    tuple of (callable, callable)
        The module-level ``__getattr__`` and ``__dir__``.
    """
    moved = dict(moved or {})
    facade = namespace.get("__name__", "analysis")

    def __getattr__(name: str) -> Any:
        if name in exports:
            value = _load(exports[name])
            namespace[name] = value
            return value
        if name in moved:
            target = moved[name]
            warnings.warn(
                f"{facade}.{name} moved to {target.replace(':', '.')}; the old name works "
                "for one release", DeprecationWarning, stacklevel=2)
            return _load(target)
        raise AttributeError(f"module {facade!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(exports))

    return __getattr__, __dir__


class _MovedModuleFinder:
    """Resolve an old module path (``analysis.explore``) to its new module, with a warning."""

    def __init__(self, moved: Mapping[str, str]) -> None:
        self.moved = dict(moved)

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> Any:
        """Return a spec for an old module path, or None for every other name."""
        if fullname not in self.moved:
            return None
        from importlib.machinery import ModuleSpec

        return ModuleSpec(fullname, self)  # type: ignore[arg-type]  # (a finder and loader)

    def create_module(self, spec: Any) -> None:
        """Use the default module object."""
        return None

    def exec_module(self, module: Any) -> None:
        """Fill the old module with the new one's names; unknown names are looked up there."""
        new = self.moved[module.__name__]
        warnings.warn(f"{module.__name__} moved to {new}; the old path works for one release",
                      DeprecationWarning, stacklevel=2)
        target = import_module(new)
        module.__dict__.update(
            {k: v for k, v in vars(target).items() if not k.startswith("__")})
        module.__getattr__ = lambda name: getattr(target, name)


def install_moved_modules(moved: Mapping[str, str]) -> None:
    """Let ``import old.path`` keep working for modules that moved (one release).

    Parameters
    ----------
    moved : mapping of str to str
        Old dotted module path → new dotted module path.
    """
    import sys

    if not any(isinstance(f, _MovedModuleFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedModuleFinder(moved))
