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

from collections.abc import Sequence
from typing import Any

import re2
from re2 import _re2

from analysis.articles.translate import to_guide, to_set

__all__ = ["Prefilter"]

_UNANCHORED = _re2.RE2.Anchor.UNANCHORED


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
        self.patterns = list(patterns)
        self.guides: dict[int, Any] = {}  # (each pattern's guide, compiled when first needed)
        for index, pattern in enumerate(patterns):
            loose = to_set(pattern)
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

    def starts(self, index: int, low: str, encoded: bytes) -> list[tuple[int, int]] | None:
        """Return spans of ``low`` that hold the start of every match of pattern ``index``.

        The matches of its guide (:func:`~analysis.articles.translate.to_guide`), one after
        another from the text's start, each at least one character long (an empty one covers
        its own position); ``None`` when the pattern has no guide. A match of the pattern at
        a position means one of its guide there, and scanning for the leftmost match of the
        guide cannot pass that position without a match that covers it. ``encoded`` is
        ``low`` in UTF-8; the spans are in characters of ``low``.
        """
        if index not in self.guides:
            loose = to_guide(self.patterns[index])
            try:
                self.guides[index] = None if loose is None else \
                    re2.compile(loose, self.options)._regexp
            except re2.error:
                self.guides[index] = None
        regexp = self.guides[index]
        if regexp is None:
            return None
        spans: list[tuple[int, int]] = []
        size, pos = len(encoded), 0
        ascii_text = len(low) == size
        byte_at, char_at = 0, 0  # (the last byte offset turned into characters)
        while pos <= size:
            (start, end), *_ = regexp.Match(_UNANCHORED, encoded, pos, size)
            if start < 0:
                break
            if ascii_text:
                first, last = start, end
            else:
                first = char_at + _re2.BytesToCharLen(encoded, byte_at, start)
                last = first + _re2.BytesToCharLen(encoded, start, end)
                byte_at, char_at = end, last
            spans.append((first, max(last, first + 1)))
            if end > start:
                pos = end
            elif start < size:  # (an empty match: one character further)
                pos = start + _re2.CharLenToBytes(encoded, start, 1)
            else:
                break
        return spans


_CACHE: dict[str, re2._Regexp] = {}


def _compiled(pattern: str, options: re2.Options) -> re2._Regexp:
    """Return ``pattern`` compiled by RE2 with ``options`` (one cache for all prefilters)."""
    if pattern not in _CACHE:
        _CACHE[pattern] = re2.compile(pattern, options)
    return _CACHE[pattern]
