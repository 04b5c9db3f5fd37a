"""The language tables of :mod:`analysis.lang` compiled for the engine.

Each figure table becomes a :class:`Lexicon`: its phrases cut into the tokens the
engine sees (:func:`~analysis.figures.normalise.table_tokens`) and keyed to the
categories of :mod:`~analysis.figures.cats` they carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from analysis.figures import cats as Cat
from analysis.figures.normalise import normalise, place, table_tokens
from analysis.lang import FIGURE_TABLES

__all__ = ["FIELD_CATS", "LEXICONS", "NO_CATS", "UNIVERSAL", "Lexicon"]

Cats = dict[str, object]

#: Qualifier fields: (category, qualifier).
QUALIFIER_FIELDS = {
    "approx": (Cat.QUALIFIER_BEFORE, "approx"),
    "at_least": (Cat.QUALIFIER_BEFORE, "at_least"),
    "at_most": (Cat.QUALIFIER_BEFORE, "at_most"),
    "nearly": (Cat.QUALIFIER_BEFORE, "nearly"),
    "post_approx": (Cat.QUALIFIER_AFTER, "approx"),
    "post_at_least": (Cat.QUALIFIER_AFTER, "at_least"),
    "post_at_most": (Cat.QUALIFIER_AFTER, "at_most"),
    "post_nearly": (Cat.QUALIFIER_AFTER, "nearly"),
    "weak_at_least": (Cat.WEAK_AT_LEAST, "at_least"),
}
#: Fields of phrases carrying a value: {phrase: number}.
VALUE_FIELDS = {
    "numbers": Cat.NUMBER,
    "small": Cat.SMALL,
    "scales": Cat.SCALE,
    "collective": Cat.COLLECTIVE,
    "vague": Cat.VAGUE,
    "several_magnitude": Cat.SEVERAL_MAGNITUDE,
}
#: Fields of phrases that mark a role (value True).
FLAG_FIELDS = {
    "additional": Cat.ADDITIONAL,
    "additional_post": Cat.ADDITIONAL_AFTER,
    "total": Cat.TOTAL,
    "range_pre": Cat.RANGE_BEFORE,
    "range_sep": Cat.RANGE_SEP,
    "range_and": Cat.RANGE_AND,
    "percent": Cat.PERCENT,
    "fraction": Cat.FRACTION,
    "rate": Cat.RATE,
    "rate_post": Cat.RATE_AFTER,
    "including": Cat.INCLUDING,
    "including_post": Cat.INCLUDING_AFTER,
    "units": Cat.MILITARY_UNIT,
    "uncountable": Cat.UNCOUNTABLE,
    "months": Cat.MONTH,
    "year_pre": Cat.YEAR_BEFORE,
    "year_post": Cat.YEAR_AFTER,
    "time_units": Cat.DURATION,
    "stop": Cat.STOP,
    "articles": Cat.ARTICLE,
    "of": Cat.OF,
    "and": Cat.AND,
    "und": Cat.UND,
    "vague_prefix": Cat.VAGUE_PREFIX,
    "teens": Cat.TEENS,
    "prepositions": Cat.PREPOSITION,
}
#: Morphemes of numbers written as one word: field -> kind of morpheme.
COMPOUND_FIELDS = {
    "compound": Cat.NUMBER,
    "compound_small": Cat.SMALL,
    "compound_scales": Cat.SCALE,
    "compound_and": Cat.UND,
}
FIELD_CATS: dict[str, str] = {
    **{field: cat for field, (cat, _) in QUALIFIER_FIELDS.items()},
    **VALUE_FIELDS,
    **FLAG_FIELDS,
    "several": Cat.SEVERAL,
}
"""Every field of a figure table that marks phrases, and the category it gives them."""

NO_CATS: Cats = {}
"""The categories of a unit no table knows (shared, never mutated)."""

UNIVERSAL: dict[str, Cats] = {
    "-": {Cat.RANGE_SEP: True},
    "~": {Cat.RANGE_SEP: True, Cat.QUALIFIER_BEFORE: "approx"},
    "+": {Cat.QUALIFIER_AFTER: "at_least"},
    ">": {Cat.QUALIFIER_BEFORE: "at_least"},
    "≥": {Cat.QUALIFIER_BEFORE: "at_least"},
    "<": {Cat.QUALIFIER_BEFORE: "at_most"},
    "≤": {Cat.QUALIFIER_BEFORE: "at_most"},
}
"""Symbols read the same in every language."""

_STEM = "\\w*"
MAX_COMPOUND_CHARS = 80
"""Longer words are not numbers written as one word (the longest real one is ~40)."""



_BACKREF = re.compile(r"(?<!\\)\\([1-9])")


def _words_re(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern of the whole words *patterns* (None for none), matched with ``fullmatch``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _shifter(k: int) -> Callable[[re.Match[str]], str]:
    r"""Return a substitution that moves a back-reference ``\N`` on by *k* groups."""

    def sub(m: re.Match[str]) -> str:
        return f"\\{int(m.group(1)) + k}"

    return sub


def _splits_at_top(source: str) -> bool:
    """Whether the regular expression *source* holds an alternation outside every group."""
    depth, in_class, escaped = 0, False, False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


try:  # the standard library's own parser of regular expressions (sre_parse before 3.11)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no first-character gate
    _P = _C = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_DIGIT = "\\d"
"""Stands for every character ``\\d`` matches (the folded text keeps some non-ASCII digits)."""


def _first_chars(items: Any) -> tuple[set[str], bool] | None:
    r"""Return the characters a parsed pattern can start with, and whether it can match empty.

    None when they cannot be told (a category such as ``\w``, a negated class, a wide
    range): the caller then gates on nothing. ``\d`` is kept as itself (:data:`_DIGIT`).
    """
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # a boundary or a look-around consumes nothing
        if name == "LITERAL":
            return chars | {chr(av)}, False
        if name == "IN":
            for o, a in av:
                if str(o) == "LITERAL":
                    chars.add(chr(a))
                elif str(o) == "RANGE" and a[1] - a[0] < 64:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                elif str(o) == "CATEGORY" and str(a) == "CATEGORY_DIGIT":
                    chars.add(_DIGIT)
                else:
                    return None
            return chars, False
        if name in ("BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT"):
            if name == "BRANCH":
                subs = [_first_chars(b) for b in av[1]]
            elif name == "SUBPATTERN":
                subs = [_first_chars(av[3])]
            else:
                subs = [_first_chars(av[2])]
                if av[0] == 0:
                    subs.append((set(), True))
            if any(s is None for s in subs):
                return None
            for found, _ in subs:  # type: ignore[misc]
                chars |= found
            if not any(empty for _, empty in subs):  # type: ignore[misc]
                return chars, False
            continue  # the group may match nothing: what follows may start the match
        return None
    return chars, True


def _starts(patterns: list[re.Pattern[str]], cut: int) -> list[frozenset[str]] | None:
    r"""Return the characters each pattern (its first *cut* characters cut) can start with.

    None when those of one cannot be told, or when one can match the empty string.
    """
    if _P is None:
        return None
    starts: list[frozenset[str]] = []
    for pat in patterns:
        try:
            found = _first_chars(_P.parse(pat.pattern[cut:]).data)
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no gate
            return None
        if found is None or found[1] or not found[0]:
            return None
        starts.append(frozenset(found[0]))
    return starts


def _char_class(chars: Iterable[str]) -> str:
    """Return the character class of *chars* (:data:`_DIGIT` for every digit)."""
    rest = set(chars)
    digit = _DIGIT if _DIGIT in rest else ""
    rest.discard(_DIGIT)
    return "[" + digit + "".join("\\" + c if c in "\\]^-[" else c for c in sorted(rest)) + "]"


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    r"""Return one pattern matching wherever one of *patterns* matches.

    Numbered back-references ("entre (\d+) (\w+) e (\d+) \2") are renumbered past the groups
    of the patterns before them, so that each still refers to its own group. The patterns that
    begin with a word boundary share one ``\b`` ("\b(?:A|B)|C"): a position inside a word is
    then refused once, not once per pattern, which keeps the gate's cost from growing with each
    rewrite a table adds; a look-ahead for the characters they can start with (the gate) then
    refuses most word starts before any of them is tried, and at a word start it passes only
    those that can start with its character (:func:`_by_first_chars`).
    """
    bounded = [p for p in patterns if p.pattern.startswith("\\b") and not _splits_at_top(p.pattern)]
    others = [p for p in patterns if p not in bounded]
    starts = _starts(bounded, 2) if bounded else None
    if starts is not None:
        head, shift = _by_first_chars(bounded, starts, 2, 0)
        head = f"(?={_char_class(set().union(*starts))})(?:{head})"
    else:
        heads, shift = _shifted(bounded, 2, 0)
        head = f"(?:{'|'.join(heads)})"
    # the others are tried at every position: grouped too, most positions refuse them at once
    starts = _starts(others, 0) if others else None
    tails = [_by_first_chars(others, starts, 0, shift)[0]] if starts is not None else \
        _shifted(others, 0, shift)[0]
    return re.compile("|".join(([f"\\b{head}"] if bounded else []) + tails))


def _shifted(patterns: list[re.Pattern[str]], cut: int, shift: int) -> tuple[list[str], int]:
    """Return the sources of *patterns*, each in a group, and the number of groups after them.

    The first *cut* characters of each source are cut, and its back-references are moved on
    past the *shift* groups before it (and those of the patterns before it in the list).
    """
    out: list[str] = []
    for pat in patterns:
        out.append(f"(?:{_BACKREF.sub(_shifter(shift), pat.pattern)[cut:]})")
        shift += pat.groups
    return out, shift


def _by_first_chars(
    patterns: list[re.Pattern[str]], starts: list[frozenset[str]], cut: int, shift: int
) -> tuple[str, int]:
    r"""Return *patterns* (their first *cut* characters cut) grouped by their first characters.

    ``[ab](?<=(?=(?:A1|A2)).)|[c](?<=(?=(?:C1)).)|...``: each branch begins with the class of
    the characters its patterns can start with (*starts*, :func:`_starts`), which the regular
    expression engine checks before it enters the branch, so that at a word start only the
    patterns that can start there are tried (a plain alternation enters every one). The
    look-behind steps back over that character and the look-ahead matches the patterns from
    where it stands. A pattern with a back-reference (not allowed in a look-behind) is
    written plainly after the branches. As a search, the whole matches where and only where
    one of *patterns* does. Returns the source and the number of groups after it, *shift*
    those before it.
    """
    plain: list[re.Pattern[str]] = []
    by_start: dict[frozenset[str], list[re.Pattern[str]]] = {}
    for pat, chars in zip(patterns, starts, strict=True):
        if _BACKREF.search(pat.pattern):
            plain.append(pat)
        else:
            by_start.setdefault(chars, []).append(pat)
    parts: list[str] = []
    for chars, pats in by_start.items():
        sources, shift = _shifted(pats, cut, shift)
        parts.append(f"{_char_class(chars)}(?<=(?=(?:{'|'.join(sources)}))(?s:.))")
    sources, shift = _shifted(plain, cut, shift)
    return "|".join(parts + sources), shift


_COMMON = frozenset(" ,.-'0123456789")
"""Characters too common to anchor a rewrite on (nearly every phrase holds one)."""


def _anchor_score(chars: set[str]) -> int:
    return len(chars) + 100 * len(chars & _COMMON)


def _required(items: Any) -> set[str] | None:
    r"""Return characters one of which every match of a parsed pattern holds, or None.

    Look-arounds count (their text is in the phrase too, if not in the match); of the
    items that must match, the one with the fewest (and rarest) characters is taken. None
    when no item tells (a category such as ``\d``, a negated class, an optional part,
    letters matched without regard to case).
    """
    best: set[str] | None = None
    for op, av in items:
        name = str(op)
        found: set[str] | None = None
        if name == "LITERAL":
            found = {chr(av)}
        elif name == "IN":
            found = set()
            for o, a in av:
                if str(o) == "LITERAL":
                    found.add(chr(a))
                elif str(o) == "RANGE" and a[1] - a[0] < 64:
                    found.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    found = None
                    break
        elif name == "SUBPATTERN":
            found = None if av[1] & re.IGNORECASE else _required(av[3])
        elif name == "ATOMIC_GROUP":
            found = _required(av)
        elif name == "ASSERT":
            found = _required(av[1])
        elif name == "BRANCH":
            subs = [_required(b) for b in av[1]]
            found = None if any(x is None for x in subs) else set().union(*subs)  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _required(av[2])
        if found is not None and (best is None or _anchor_score(found) < _anchor_score(best)):
            best = found
    return best


def _anchors(patterns: list[re.Pattern[str]]) -> dict[str, re.Pattern[str]] | None:
    """Return, for each anchor character, one pattern of the rewrites that need it.

    Only for a table none of whose rewrites begins with a word boundary (the CJK tables:
    :func:`_any_of` has nothing to gate on there, and its one pattern tries every rewrite at
    every character); None for the others, or when a rewrite has no anchor. A rewrite can
    then match only in a phrase holding one of its anchors, and only those are tried.
    """
    if _P is None or any(p.pattern.startswith("\\b") for p in patterns):
        return None
    by_char: dict[str, list[re.Pattern[str]]] = {}
    for pat in patterns:
        try:
            found = None if pat.flags & re.IGNORECASE else _required(_P.parse(pat.pattern).data)
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no anchors
            return None
        if not found or found & _COMMON:
            return None
        for ch in found:
            by_char.setdefault(ch, []).append(pat)
    return {ch: _any_of(pats) for ch, pats in by_char.items()}


_ANY_DIGIT: Final = re.compile(r"\d")
_GATES: Final = (":", "/", "(")
"""Characters few phrases hold: a rewrite that needs one is not tried in a phrase without it."""


def _digit_class(items: Any) -> bool:
    """Whether a parsed character class matches digits only (any digit, ``[0-9]``, ``[13]``)."""
    for op, av in items:
        name = str(op)
        if name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            continue
        if name == "LITERAL" and "0" <= chr(av) <= "9":
            continue
        if name == "RANGE" and "0" <= chr(av[0]) and chr(av[1]) <= "9":
            continue
        return False
    return bool(items)


def _needs(items: Any, ch: str | None) -> bool:
    """Whether every match of a parsed pattern needs *ch* in the text (a digit when None).

    Look-arounds count (their text is in the phrase too); a group, a repeat of at least one
    and a branch all of whose alternatives need it need it; anything else is not read.
    """
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and ("0" <= chr(av) <= "9" if ch is None else chr(av) == ch):
            return True
        if name == "IN" and (
            _digit_class(av) if ch is None
            else bool(av) and all(str(o) == "LITERAL" and chr(a) == ch for o, a in av)
        ):
            return True
        if name == "SUBPATTERN" and _needs(av[3], ch):
            return True
        if name == "ATOMIC_GROUP" and _needs(av, ch):
            return True
        if name == "ASSERT" and _needs(av[1], ch):
            return True
        if name == "BRANCH" and all(_needs(b, ch) for b in av[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1 and _needs(
                av[2], ch):
            return True
    return False


def _needed(pat: re.Pattern[str]) -> int:
    """Return what every match of *pat* needs in a phrase, as bits: 1 a digit, then :data:`_GATES`.

    A digit is any character the digit class matches (one the pattern names is one); 0 when
    the pattern cannot be read.
    """
    if _P is None:
        return 0
    try:
        items = _P.parse(pat.pattern, pat.flags).data
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no needs
        return 0
    needs = int(_needs(items, None))
    for k, ch in enumerate(_GATES, 1):
        if _needs(items, ch):
            needs |= 1 << k
    return needs


class Lexicon:
    r"""One language's figure table compiled into dictionaries keyed by token tuples.

    Attributes
    ----------
    code : str
        ISO 639-1 code.
    one, multi : dict
        Categories of one-token phrases (by token) and of longer phrases (by tuple).
    starts, maxlen
        First tokens of the longer phrases and their largest length.
    stem_re, stem_of
        Stems (``battalion\w*``) as one pattern, longest first, and their categories.
    compound : dict
        Morphemes of numbers written as one word: ``{morpheme: (kind, value)}``.
    after_number : set of str
        Scales read only right after a number ("5k").
    rewrites : list of (pattern, replacement)
        Rewrites applied before reading.
    rewrite_any : re.Pattern or None
        Matches where any rewrite would (a text it does not match is left as it is).
    rewrite_needs : list of int
        For a table without anchors, what each rewrite needs in a phrase to match there: a
        digit, ":", "/" or "(" (:func:`_needed`), as bits.
    rewrite_gates : dict
        The table's rewrites that can match in a phrase holding what the bits of the key say,
        as one pattern (None when there are none), made at its first use
        (:meth:`rewrites_apply`).
    rewrite_anchors : dict or None
        For a table whose rewrites begin with no word boundary: the rewrites that can match
        only in a phrase holding a given character, by that character (see
        :meth:`rewrites_apply`).
    lengths : dict
        For each first token of a longer phrase, the lengths of its phrases, longest first.
    seconds : dict
        For each first token of a longer phrase, the second tokens of its phrases (a token
        followed by none of them starts no phrase: the common case, settled by one look-up).
    known : set of str
        Every token of the table (for guessing the language).
    months : frozenset of str
        One-token month names (a stray comma next to one is not closed up).
    outcomes : re.Pattern or None
        A word naming what befell the counted ("dead", "injured", "missing"; the table's
        ``outcomes``): parts told with another outcome than their whole's are none of its
        parts (D43.5).
    counted : re.Pattern or None
        The outcomes and the words that count casualties ("victims", "casualties"; the
        table's ``casualties``): a number in brackets after one is a count, no age (D43.1).
    other : dict
        Categories found so far for tokens not in ``one`` (symbols, one-word numbers,
        stems): a memo, emptied by :func:`analysis.figures.clear_cache`.
    """

    __slots__ = (
        "code", "one", "multi", "starts", "maxlen", "stems", "compound", "after_number",
        "rewrites", "known", "stem_of", "stem_re", "other", "longest_morpheme", "rewrite_any",
        "rewrite_anchors", "lengths", "months", "seconds", "outcomes", "counted", "rewrite_needs",
        "rewrite_gates",
    )  # fmt: skip

    def __init__(self, code: str, table: Mapping[str, object]) -> None:
        self.code = code
        self.one: dict[str, Cats] = {}
        self.multi: dict[tuple[str, ...], Cats] = {}
        self.stems: list[tuple[str, str, object]] = []
        self.compound: dict[str, tuple[str, float]] = {}
        self.after_number: set[str] = set()
        self.rewrites: list[tuple[re.Pattern[str], str]] = []
        self.other: dict[str, Cats] = {}
        words: dict[str, list[str]] = {"outcomes": [], "casualties": []}
        for field, entries in table.items():
            if field in words:  # no table words: they vote for no language (D15)
                words[field] = list(entries)  # type: ignore[call-overload]
                continue
            self._read_field(field, entries)
        self.outcomes = _words_re(words["outcomes"])
        self.counted = _words_re(words["outcomes"] + words["casualties"])
        self.stems.sort(key=lambda item: -len(item[0]))
        self.stem_of = {stem: (cat, val) for stem, cat, val in reversed(self.stems)}
        self.stem_re = (
            re.compile("|".join(re.escape(stem) for stem, _, _ in self.stems))
            if self.stems
            else None
        )
        self.longest_morpheme = max(map(len, self.compound), default=0)
        self.starts = {k[0] for k in self.multi}
        lengths: dict[str, set[int]] = {}
        for k in self.multi:
            lengths.setdefault(k[0], set()).add(len(k))
        self.lengths = {tok: tuple(sorted(ks, reverse=True)) for tok, ks in lengths.items()}
        seconds: dict[str, set[str]] = {}
        for k in self.multi:
            seconds.setdefault(k[0], set()).add(k[1])
        self.seconds = {tok: frozenset(ks) for tok, ks in seconds.items()}
        patterns = [pat for pat, _ in self.rewrites]
        self.rewrite_any = _any_of(patterns) if patterns else None
        self.rewrite_anchors = _anchors(patterns) if patterns else None
        self.rewrite_needs = (
            [_needed(pat) for pat in patterns] if self.rewrite_anchors is None else []
        )
        self.rewrite_gates: dict[int, re.Pattern[str] | None] = {}
        self.maxlen = max((len(k) for k in self.multi), default=1)
        self.known = set(self.one) | {t for k in self.multi for t in k}
        self.months = frozenset(w for w, cats in self.one.items() if Cat.MONTH in cats)

    def rewrites_apply(self, text: str, digits: bool | None = None) -> bool:
        """Return whether a rewrite of the table matches in *text* (as ``rewrite_any`` does).

        A table with anchors tries only the rewrites whose anchor characters *text* holds;
        another tries only those whose needs (:func:`_needed`) *text* meets. *digits* says
        whether *text* holds a digit (any character the digit class matches), when the caller
        knows.
        """
        anchors = self.rewrite_anchors
        if anchors is None:
            if self.rewrite_any is None:
                return False
            if digits is None:
                digits = _ANY_DIGIT.search(text) is not None
            held = int(digits)
            for k, ch in enumerate(_GATES, 1):
                if ch in text:
                    held |= 1 << k
            gates = self.rewrite_gates
            pat = gates[held] if held in gates else self._gate(held)
            return pat is not None and pat.search(text) is not None
        for ch in anchors.keys() & set(text):
            if anchors[ch].search(text) is not None:
                return True
        return False

    def _gate(self, held: int) -> re.Pattern[str] | None:
        """Make the pattern of the rewrites that can match in a phrase holding *held* (bits)."""
        pats = [
            pat for (pat, _), needs in zip(self.rewrites, self.rewrite_needs, strict=True)
            if needs & ~held == 0
        ]
        self.rewrite_gates[held] = gate = _any_of(pats) if pats else None
        return gate

    def _read_field(self, field: str, entries: Any) -> None:
        if field == "rewrites":
            self.rewrites = [(re.compile(pat), rep) for pat, rep in entries]
        elif field in COMPOUND_FIELDS:
            kind = COMPOUND_FIELDS[field]
            for word, value in _pairs(entries, 0.0):
                self.compound[word] = (kind, float(value))  # type: ignore[arg-type]
        elif field == "after_number":
            self.after_number = {table_tokens(x)[0] for x in entries}
        elif field in VALUE_FIELDS:
            for word, value in _pairs(entries, None):
                self._add(word, VALUE_FIELDS[field], float(value))  # type: ignore[arg-type]
        elif field == "several":
            for word in entries:
                self._add(word, Cat.SEVERAL, 1.0)
        elif field in QUALIFIER_FIELDS:
            cat, qualifier = QUALIFIER_FIELDS[field]
            for phrase in entries:
                self._add(phrase, cat, qualifier)
        elif field in FLAG_FIELDS:
            for phrase in entries:
                self._add(phrase, FLAG_FIELDS[field], True)
        else:
            raise ValueError(f"figure table {self.code!r}: unknown field {field!r}")

    def _add(self, phrase: str, cat: str, value: object) -> None:
        if phrase.endswith(_STEM) and len(phrase) > len(_STEM):
            self.stems.append((normalise(phrase[: -len(_STEM)]), cat, value))
            return
        key = table_tokens(phrase)
        if not key:
            return
        if len(key) == 1:
            self.one.setdefault(key[0], {})[cat] = value
        else:
            self.multi.setdefault(key, {})[cat] = value

    def compound_value(self, word: str) -> Cats | None:
        """Read a number written as one word ("dreitausendfünfhundert", "ötszáz").

        Parameters
        ----------
        word : str
            A normalised word.

        Returns
        -------
        dict or None
            ``{Cat.NUMBER: value}``, or ``{Cat.SMALL | Cat.SCALE: value}`` for a lone
            multiplier; None when the word is not a number of this language.
        """
        if not self.compound or len(word) < 2 or len(word) > MAX_COMPOUND_CHARS:
            return None
        seq = self._segment(word)
        if not seq:
            return None
        if len(seq) == 1 and seq[0][0] in (Cat.SMALL, Cat.SCALE):
            return {seq[0][0]: seq[0][1]}
        return _compound_total(seq)

    def _segment(self, word: str) -> list[tuple[str, float]] | None:
        """Cut *word* into morphemes, longest first at each place (None when it cannot be).

        A depth-first search that remembers the places no cut can finish from, so each
        place is tried once: the work is linear in the word times the longest morpheme.
        """
        dead: set[int] = set()
        longest = self.longest_morpheme

        def cut(pos: int) -> list[tuple[str, float]] | None:
            if pos == len(word):
                return []
            if pos in dead:
                return None
            for end in range(min(len(word), pos + longest), pos, -1):
                piece = self.compound.get(word[pos:end])
                if piece is not None:
                    rest = cut(end)
                    if rest is not None:
                        return [piece, *rest]
            dead.add(pos)
            return None

        return cut(0)


def _pairs(entries: Any, default: object) -> Iterable[tuple[str, object]]:
    """``{word: value}`` items, or ``(word, default)`` for a plain list of words."""
    if isinstance(entries, Mapping):
        return entries.items()
    return ((word, default) for word in entries)


def _compound_total(seq: list[tuple[str, float]]) -> Cats | None:
    """Add up the morphemes of a one-word number (None when they do not make one)."""
    total = section = 0.0
    number: float | None = None
    und = False
    for kind, val in seq:
        if kind == Cat.NUMBER:
            if number is None:
                number = val
            elif und and number < 10 and val % 10 == 0:
                number += val
            elif val < place(number):
                number += val
            else:
                return None
            und = False
        elif kind == Cat.SMALL:
            section += (number if number is not None else 1.0) * val
            number = None
        elif kind == Cat.SCALE:
            total += section + (number if number is not None else (0 if section else 1))
            total *= val
            section, number = 0.0, None
        else:
            if number is None:
                return None
            und = True
    if und:
        return None
    return {Cat.NUMBER: total + section + (number or 0.0)}


LEXICONS: dict[str, Lexicon] = {code: Lexicon(code, t) for code, t in FIGURE_TABLES.items()}
"""Every figure table, compiled, in the order of :data:`analysis.lang.FIGURE_TABLES`."""
