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
from dataclasses import dataclass, field
from typing import Any

import re2
from re2 import _re2

from analysis.articles.translate import to_guide, to_set

__all__ = ["Prefilter"]

_UNANCHORED = _re2.RE2.Anchor.UNANCHORED


_MEMBERS = 16
"""Loose patterns per RE2 set. One set of all ~300 cues of a language builds a DFA whose states
each follow hundreds of patterns: on Cyrillic text a state costs so much that the set scanned
a 1,000-word article in 15 ms (ru) to 80 ms (uk), most of the reader's time. Sets of 16 scan
it in 0.3 to 1.5 ms each language, all sets together (24pf, ``benchmarks/bench_articles.py``)."""


@dataclass
class _Part:
    """One RE2 set of at most ``_MEMBERS`` loose patterns and what each member stands for."""

    members: Any  # the ``re2.Set``
    index: list[int] = field(default_factory=list)  # the pattern of each member of the set
    loose: list[str] = field(default_factory=list)  # each member's loose form
    either: str = ""  # one search for any member (set when the part is compiled)

    def compile(self) -> None:
        """Compile the set; after this no member is added."""
        self.members.Compile()
        self.either = "|".join(f"(?:{loose})" for loose in self.loose)

    def hits(self, encoded: bytes, options: re2.Options) -> set[int]:
        """Return the patterns of this part that may match ``encoded`` (never short)."""
        matched = self.members.Match(encoded)
        if matched:
            return {self.index[m] for m in matched}
        # (nothing: either nothing matched or the DFA ran out of memory; one search for any of
        # them tells which, and each loose pattern is compiled only then: compiling hundreds of
        # them up front costs more than all the texts of a batch)
        if not _compiled(self.either, options).search(encoded):
            return set()
        return {index for index, loose in zip(self.index, self.loose, strict=True)
                if _compiled(loose, options).search(encoded)}


class Prefilter:
    """The patterns of a list that can match a text (a superset of those ``re`` finds).

    RE2 sets of at most ``_MEMBERS`` loose patterns each scan the text. A set answers nothing
    both when nothing matched and when its DFA ran out of memory, so an empty answer is
    checked with one search for any of its patterns (a single ``re2`` pattern falls back to
    its NFA where its DFA runs out), then pattern by pattern: the result is never short.

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
        self.options = options
        self.parts: list[_Part] = []
        self.always: list[int] = []
        self.patterns = list(patterns)
        self.guides: dict[int, Any] = {}  # (each pattern's guide, compiled when first needed)
        for index, pattern in enumerate(patterns):
            if not self.parts or len(self.parts[-1].index) == _MEMBERS:
                self.parts.append(_Part(re2.Set.SearchSet(options)))
            part, loose = self.parts[-1], to_set(pattern)
            try:
                if loose is None:
                    raise TypeError(pattern)
                part.members.Add(loose)  # (parses the pattern: raises where RE2 cannot read it)
            except (re2.error, TypeError):
                self.always.append(index)
                continue
            part.index.append(index)
            part.loose.append(loose)
        self.parts = [part for part in self.parts if part.index]
        for part in self.parts:
            part.compile()

    def hits(self, text: str) -> set[int]:
        """Return the indices of the patterns that may match ``text``."""
        encoded = text.encode("utf-8")
        found = set(self.always)
        for part in self.parts:
            found |= part.hits(encoded, self.options)
        return found

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


_CACHE: dict[tuple[str, bool], re2._Regexp] = {}


def _compiled(pattern: str, options: re2.Options) -> re2._Regexp:
    """Return ``pattern`` compiled by RE2 with ``options`` (one cache for all prefilters)."""
    key = (pattern, options.case_sensitive)
    if key not in _CACHE:
        _CACHE[key] = re2.compile(pattern, options)
    return _CACHE[key]
