r"""Which of many cue patterns can match a text, found with RE2 before Python's ``re`` runs.

The reader looks for a hundred or so cue patterns (claimant names, metric words, sides) in
every article, and most of them are absent from any one article. Python's ``re`` scans the
whole text once per pattern, case-insensitively, which is most of the reader's time. RE2
(``google-re2``, already in the lock for the ledger's patterns) scans in linear time with a
DFA, so each pattern is first translated into a *looser* RE2 pattern that matches wherever
the Python pattern can (word edges and look-arounds dropped, ``\w``/``\d``/``\s`` widened
to Unicode), and only the patterns whose loose form is found are run with ``re``. The
matches are therefore exactly those of ``re`` alone; a pattern RE2 cannot read is always run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import re2

from analysis.articles.edges import LATIN_EDGE

__all__ = ["Prefilter", "loosen"]

_WRAPPERS = ("(?<!\\w)", "(?!\\w)", LATIN_EDGE)
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_BOUND = re.compile(r"\{(\d+),(\d*)\}")
# (a word character outside a class: an ASCII one or any other character; ``\pL`` and ``\pN``,
# the exact classes, make the set's automaton four times slower to build and slower to run)
_OUTSIDE = {"b": "", "B": "", "A": "", "Z": "", "w": r"[0-9A-Z_a-z\x{80}-\x{10ffff}]",
            "d": r"\pN", "s": r"[\s\pZ\x{85}\x{1c}-\x{1f}]"}
_INSIDE = {"w": r"\w\pL\pN", "d": r"\pN", "s": r"\s\pZ\x{85}\x{1c}-\x{1f}"}


def loosen(pattern: str) -> str | None:
    """Return an RE2 pattern matching wherever the Python ``pattern`` can, or ``None``.

    ``None`` when the pattern has look-arounds (other than the word edges the cue tables
    wrap every cue in) or back-references: such a pattern is always run with ``re``.
    """
    for wrapper in _WRAPPERS:
        pattern = pattern.replace(wrapper, "")
    if _LOOKAROUND.search(pattern):
        return None
    out: list[str] = []
    i, in_class, class_at = 0, False, -1
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt.isdigit() and nxt != "0":
                return None  # a back-reference
            table = _INSIDE if in_class else _OUTSIDE
            out.append(table.get(nxt, ch + nxt))
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_at:
                in_class = False
        elif ch == "[":
            in_class = True
            class_at = i + 1 + (pattern[i + 1:i + 2] == "^")
        elif ch in "^$":
            ch = ""
        elif ch == "{" and (bound := _BOUND.match(pattern, i)):
            # a counted repeat ("[^.\\d]{0,60}") loosened to "*" or "+": the same texts or more
            # match, and the set's automaton stays small (a bound of 60 copies its states 60 times)
            ch = "*" if bound.group(1) == "0" else "+"
            i = bound.end() - 1
        out.append(ch)
        i += 1
    return "".join(out)


class Prefilter:
    """The patterns of a list that can match a text (a superset of those ``re`` finds).

    One ``re2.Set`` scans the text once for all loose patterns. A set answers nothing both
    when nothing matched and when its DFA ran out of memory, so an empty answer is checked
    with one search for any of them (a single ``re2`` pattern falls back to its NFA where
    its DFA runs out), then pattern by pattern: the result is never short.

    Parameters
    ----------
    patterns : sequence of str
        Python regular expressions.
    case_sensitive : bool
        Whether the loose forms match letters in their case only: right for patterns that
        ``re`` matches without ``IGNORECASE`` (the cues, in lower case on the lowered text),
        and quicker; otherwise they match either case.
    """

    def __init__(self, patterns: Sequence[str], case_sensitive: bool = False) -> None:
        options = re2.Options()
        options.case_sensitive = case_sensitive
        options.log_errors = False
        options.max_mem = 64 << 20
        self.set = re2.Set.SearchSet(options)
        self.options = options
        self.loose: list[tuple[int, str]] = []
        self.always: list[int] = []
        self.index: list[int] = []  # the pattern of each member of the set
        for index, pattern in enumerate(patterns):
            loose = loosen(pattern)
            try:
                if loose is None:
                    raise TypeError(pattern)
                self.set.Add(loose)  # (parses the pattern: raises where RE2 cannot read it)
            except (re2.error, TypeError):
                self.always.append(index)
                continue
            self.loose.append((index, loose))
            self.index.append(index)
        self.set.Compile()
        # (the single search over all loose patterns, compiled when first needed)
        self.either = "|".join(f"(?:{loose})" for _, loose in self.loose) or "$^"

    def hits(self, text: str) -> set[int]:
        """Return the indices of the patterns that may match ``text``."""
        encoded = text.encode("utf-8")
        found = set(self.always)
        members = self.set.Match(encoded) if self.index else []
        if members:
            return found | {self.index[m] for m in members}
        if not self.loose or not _compiled(self.either, self.options).search(encoded):
            return found
        # (each loose pattern compiled only here: compiling hundreds of them up front costs
        # more than all the texts of a batch)
        return found | {index for index, loose in self.loose
                        if _compiled(loose, self.options).search(encoded)}


_CACHE: dict[str, re2._Regexp] = {}


def _compiled(pattern: str, options: re2.Options) -> re2._Regexp:
    """Return ``pattern`` compiled by RE2 with ``options`` (one cache for all prefilters)."""
    if pattern not in _CACHE:
        _CACHE[pattern] = re2.compile(pattern, options)
    return _CACHE[pattern]
