"""Progress for long work, shown where the person is.

In a Jupyter kernel, :func:`steps` shows an HTML ``<progress>`` bar that updates in place
(one display, no stderr, so notebooks and published reports stay clean). Elsewhere it is
silent: the command line prints its own audit trail. No dependency beyond IPython, which
every kernel has (``tqdm.auto`` would need ipywidgets and writes to stderr without them).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def _in_kernel() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    from IPython import get_ipython

    ip = get_ipython()
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


def _bar(label: str, done: int, total: int, item: str) -> str:
    return (f'<div class="claims-desk-progress"><progress value="{done}" max="{total}"'
            f' style="width:20em"></progress> {html.escape(label)}: {done}/{total}'
            f"{' · ' + html.escape(item) if item else ''}</div>")


def steps(items: Iterable[T], total: int, label: str, names: Iterable[str] | None = None
          ) -> Iterator[T]:
    """Yield ``items``, showing a progress bar in a notebook while they are worked through.

    Parameters
    ----------
    items : iterable
        The work, one item per step.
    total : int
        How many steps there are.
    label : str
        What is being done ("reading sheets").
    names : iterable of str, optional
        A name per step, shown next to the bar.

    Yields
    ------
    object
        Each item, unchanged.
    """
    if not _in_kernel():
        yield from items
        return
    from IPython.display import HTML, display

    labels = iter(names) if names is not None else None
    handle = display(HTML(_bar(label, 0, total, "")), display_id=True)
    done = 0
    for item in items:
        name = next(labels, "") if labels is not None else ""
        handle.update(HTML(_bar(label, done, total, str(name))))
        yield item
        done += 1
    handle.update(HTML(_bar(label, done, total, "done")))


class Stages:
    """A progress bar over named stages of one job (silent outside a notebook).

    Parameters
    ----------
    names : sequence of str
        The stages, in order.
    label : str
        What the job is ("building the claims tables").

    Examples
    --------
    >>> stages = Stages(["read", "write"], "building")
    >>> stages.start("read")
    >>> stages.start("write")
    >>> stages.finish()
    """

    def __init__(self, names: list[str], label: str) -> None:
        self.names = names
        self.label = label
        self.handle = None
        if _in_kernel():
            from IPython.display import HTML, display

            self.handle = display(HTML(_bar(label, 0, len(names), "")), display_id=True)

    def start(self, name: str) -> None:
        """Show that stage ``name`` is under way."""
        if self.handle is not None:
            from IPython.display import HTML

            done = self.names.index(name) if name in self.names else 0
            self.handle.update(HTML(_bar(self.label, done, len(self.names), name)))

    def finish(self) -> None:
        """Show the job as done."""
        if self.handle is not None:
            from IPython.display import HTML

            total = len(self.names)
            self.handle.update(HTML(_bar(self.label, total, total, "done")))
