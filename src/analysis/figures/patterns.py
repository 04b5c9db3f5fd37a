"""What a rewrite pattern of a language table needs, read from its parsed form.

The engine checks on every phrase whether a table's rewrites apply (:class:`~analysis.figures.
lexicon.Lexicon`, ``rewrites_apply``). These functions read the patterns once, when a table is
compiled, with the standard library's own parser of regular expressions: the characters a
pattern can start with (to gate a combined pattern by them, :func:`any_of`), a character every
match holds (the anchors of the CJK tables, :func:`anchors`, :func:`required`), and whether every
match needs a digit or one of a few rare characters (:func:`needed`), and a looser RE2 form
of each rewrite (:func:`loosen`, :func:`loose_any`): one DFA pass over a phrase refuses most
phrases before Python's ``re`` runs. Each answer is either exact (or, for the loose forms,
wider) or "cannot tell", and then nothing is gated; tests compare the gated check with the plain
one on every case phrase (``tests/test_figures_fast.py``, ``test_figures_fast_cjk.py``,
``test_figures_passes.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final

import re2

__all__ = [
    "ANY_DIGIT", "GATES", "PARSER", "any_of", "anchors", "literals", "loose_any", "loose_found",
    "loosen", "needed", "required",
]

_BACKREF = re.compile(r"(?<!\\)\\([1-9])")


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
PARSER = _P
"""The parser of regular expressions (None on a Python without it: nothing is gated)."""

_PARSED: dict[tuple[str, int], Any] = {}
"""Each pattern's parsed items, by its source and flags: :func:`literals`, :func:`needed` and
:func:`loosen` read the same rewrite, parsed once (33mk: the parse was most of their cost)."""


def _items(pat: re.Pattern[str]) -> Any:
    """Return the parsed items of *pat* (parsed once), or None when the parser cannot read it."""
    key = (pat.pattern, pat.flags)
    if key in _PARSED:
        return _PARSED[key]
    items: Any = None
    if _P is not None:
        try:
            items = _P.parse(pat.pattern, pat.flags).data
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: none
            items = None
    _PARSED[key] = items
    return items

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


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
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


def required(items: Any) -> set[str] | None:
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
            found = None if av[1] & re.IGNORECASE else required(av[3])
        elif name == "ATOMIC_GROUP":
            found = required(av)
        elif name == "ASSERT":
            found = required(av[1])
        elif name == "BRANCH":
            subs = [required(b) for b in av[1]]
            found = None if any(x is None for x in subs) else set().union(*subs)  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = required(av[2])
        if found is not None and (best is None or _anchor_score(found) < _anchor_score(best)):
            best = found
    return best


def anchors(patterns: list[re.Pattern[str]]) -> dict[str, re.Pattern[str]] | None:
    """Return, for each anchor character, one pattern of the rewrites that need it.

    Only for a table none of whose rewrites begins with a word boundary (the CJK tables:
    :func:`any_of` has nothing to gate on there, and its one pattern tries every rewrite at
    every character); None for the others, or when a rewrite has no anchor. A rewrite can
    then match only in a phrase holding one of its anchors, and only those are tried.
    """
    if _P is None or any(p.pattern.startswith("\\b") for p in patterns):
        return None
    by_char: dict[str, list[re.Pattern[str]]] = {}
    for pat in patterns:
        try:
            found = None if pat.flags & re.IGNORECASE else required(_P.parse(pat.pattern).data)
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no anchors
            return None
        if not found or found & _COMMON:
            return None
        for ch in found:
            by_char.setdefault(ch, []).append(pat)
    return {ch: any_of(pats) for ch, pats in by_char.items()}


ANY_DIGIT: Final = re.compile(r"\d")
GATES: Final = (":", "/", "(")
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


def needed(pat: re.Pattern[str]) -> int:
    """Return what every match of *pat* needs in a phrase, as bits: 1 a digit, then :data:`GATES`.

    A digit is any character the digit class matches (one the pattern names is one); 0 when
    the pattern cannot be read.
    """
    items = _items(pat)
    if items is None:
        return 0
    needs = int(_needs(items, None))
    for k, ch in enumerate(GATES, 1):
        if _needs(items, ch):
            needs |= 1 << k
    return needs


_MAX_LITERALS: Final = 64
"""The most strings a literal part of a pattern is spelt out into ("(a|b) (c|d)": four)."""


def _spelt(items: Any) -> set[str] | None:
    """Return every string a parsed pattern of literals and groups of them matches, or None.

    None when it holds anything else (a class, a repeat, a letter matched without regard to
    case) or more than :data:`_MAX_LITERALS` strings.
    """
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out = {s + chr(av) for s in out}
            continue
        alts: set[str] | None = None
        if name == "BRANCH":
            alts = set()
            for branch in av[1]:
                found = _spelt(branch)
                if found is None:
                    return None
                alts |= found
        elif name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            alts = _spelt(av[3])
        if alts is None:
            return None
        out = {s + a for s in out for a in alts}
        if len(out) > _MAX_LITERALS:
            return None
    return out


def _usable(strings: set[str]) -> bool:
    """Whether *strings* gate well: none empty, and none a lone letter, digit or space."""
    return all(len(s) >= 2 or (s and not s.isalnum() and not s.isspace()) for s in strings)


_RARE: Final = frozenset(":/(%‰")
"""Characters few phrases hold (a string of one of them gates as well as a word)."""


def _cost(strings: set[str]) -> float:
    """Return what gating on *strings* costs, in substring tests.

    Each string is tested, and a text that holds one is searched (likelier the shorter the
    string: a guess, not a count).
    """
    held = 0.0
    for s in strings:
        held += 0.05 if len(s) >= 5 or s in _RARE else 0.5 / len(s)
    return len(strings) + 12 * held


def _better(found: set[str] | None, best: set[str] | None) -> set[str] | None:
    """Return the better gate of two: usable, then the cheaper (:func:`_cost`)."""
    if found is None or not _usable(found):
        return best
    return found if best is None or _cost(found) < _cost(best) else best


def _held_literals(items: Any) -> set[str] | None:
    r"""Return strings one of which the text holds wherever a parsed pattern matches, or None.

    Literal characters matched one after the other (a boundary or a look-around between them
    consumes nothing) are a string the text holds; a group or branch of literals spells them
    out into a few ("(at|by) " gives "at ", "by "); a branch of other alternatives holds one
    of theirs, a group or a repeat of at least one what its content holds, a look-ahead or
    look-behind what it looks at. Of all the sets found the cheapest to gate on is taken
    (:func:`_better`); None when none is usable.
    """
    best: set[str] | None = None
    joined, run = {""}, ""  # the literal strings since the last other item, spelt out and plain
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            joined, run = {s + chr(av) for s in joined}, run + chr(av)
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # they consume nothing: the run goes on
            if name == "ASSERT":
                best = _better(_held_literals(av[1]), best)
            continue
        best = _better({run} if run else None, best)
        run = ""
        spelt = _spelt([(op, av)]) if name in ("BRANCH", "SUBPATTERN") else None
        if spelt is not None and len(joined) * len(spelt) <= _MAX_LITERALS:
            joined = {s + a for s in joined for a in spelt}
            continue
        best = _better(joined, best)
        joined = {""}
        if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            best = _better(_held_literals(av[3]), best)
        elif name == "ATOMIC_GROUP":
            best = _better(_held_literals(av), best)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            best = _better(_held_literals(av[2]), best)
        elif name == "BRANCH":
            subs = [_held_literals(branch) for branch in av[1]]
            if all(sub is not None for sub in subs):
                best = _better(set().union(*subs), best)  # type: ignore[arg-type]
    best = _better({run} if run else None, best)
    return _better(joined, best)


def literals(pat: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""Return strings one of which every text *pat* matches in holds, or None.

    A rewrite whose strings a text holds none of does not match there: ``"half "`` for
    ``\bhalf (?:a |an )?(million|...)``, ``" from "`` for ``\b(rose|...) from ...``. None
    when the pattern cannot be read, ignores case or holds no usable string.
    """
    if pat.flags & re.IGNORECASE:
        return None
    items = _items(pat)
    if items is None:
        return None
    try:
        found = _held_literals(items)
    except Exception:  # noqa: BLE001 - a pattern read otherwise than here: no strings
        return None
    return tuple(sorted(found)) if found else None


# --- a looser RE2 form of the rewrites: most phrases are refused by one DFA scan -------------

_SILENT: Final = frozenset(("AT", "ASSERT_NOT"))
"""Items that consume nothing and leave nothing in a loose form (boundaries, negative
look-arounds: dropped)."""
_HEX: Final = "\\x{%x}"
_ALL: Final = "\\x{0}-\\x{10ffff}"
_OVER: Final = {
    "CATEGORY_DIGIT": "\\pN",
    "CATEGORY_NOT_DIGIT": "\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}",
    "CATEGORY_WORD": "\\x{30}-\\x{39}\\x{41}-\\x{5a}\\x{5f}\\x{61}-\\x{7a}\\x{80}-\\x{10ffff}",
    "CATEGORY_NOT_WORD": "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}",
    "CATEGORY_SPACE": "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\pZ",
    "CATEGORY_NOT_SPACE": _ALL,
}
"""RE2 class bodies holding every character a category of Python's ``re`` matches in a
``str`` pattern (and maybe more): ``\\d`` is Unicode's Nd, within N; ``\\w`` is ASCII's
letters, digits and "_" and, beyond ASCII, within everything; ``\\s`` is ASCII's
``\\t-\\r``, ``\\x1c-\\x1f`` and space, U+0085 and the separators (Z)."""
_SURE: Final = {
    "CATEGORY_DIGIT": "\\x{30}-\\x{39}",
    "CATEGORY_NOT_DIGIT": "\\x{0}-\\x{2f}\\x{3a}-\\x{7f}",
    "CATEGORY_WORD": "\\x{30}-\\x{39}\\x{41}-\\x{5a}\\x{5f}\\x{61}-\\x{7a}",
    "CATEGORY_NOT_WORD": "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{7f}",
    "CATEGORY_SPACE": "\\x{9}-\\x{d}\\x{1c}-\\x{20}",
    "CATEGORY_NOT_SPACE": "\\x{21}-\\x{7e}",
}
"""RE2 class bodies of characters a category surely matches (ASCII ones): what a negated
class leaves out is never more than it leaves out in Python."""


def loosen(pat: re.Pattern[str]) -> str | None:
    """Return an RE2 pattern that matches wherever *pat* matches in a text (and maybe more).

    Read from the parsed pattern: boundaries and negative look-arounds are dropped, a
    look-behind that nothing precedes and a look-ahead that nothing follows become the text
    they look at (it is in the text, before or after the match), other look-arounds are
    dropped, a bounded repeat becomes ``*`` or ``+``, a back-reference any text, and each
    category of characters a class holding at least all its characters (:data:`_OVER`;
    inside a negated class, only those it surely holds, :data:`_SURE`). Every change can
    only widen the matches. None when the pattern ignores case or holds what is not read
    here (a conditional group).
    """
    if pat.flags & (re.IGNORECASE | re.LOCALE):
        return None
    items = _items(pat)
    return None if items is None else _loose(items, True, True)


def _silent(items: Any) -> bool:
    """Whether every one of *items* consumes nothing and is dropped from a loose form."""
    for op, _ in items:
        if str(op) not in _SILENT:
            return False
    return True


def _loose(items: Any, head: bool, tail: bool) -> str | None:
    """Return the loose form of parsed *items* (see :func:`loosen`), or None.

    *head* says whether nothing is consumed before them in the whole pattern, *tail* whether
    nothing is left after them in the loose form. Read from the last item to the first, so
    that a look-ahead becomes text only where nothing after it is left in the loose form
    (once: two look-aheads at the same place are not two texts one after the other); a
    look-behind becomes text only where nothing but boundaries and negative look-arounds
    precede it in the pattern.
    """
    out: list[str] = []
    free = tail  # nothing is left after the item in the loose form
    for k in range(len(items) - 1, -1, -1):
        op, av = items[k]
        name = str(op)
        first = head and _silent(items[:k])
        part: str | None = None
        if name == "LITERAL":
            part = _HEX % av
        elif name == "NOT_LITERAL":
            part = "[^" + _HEX % av + "]"
        elif name == "ANY":
            part = "(?s:.)"
        elif name == "IN":
            part = _loose_class(av)
        elif name in _SILENT:
            continue
        elif name == "ASSERT":
            if av[0] == 1 and free:  # a look-ahead nothing follows: the text after the match
                part = _loose(av[1], False, True)
            elif av[0] == -1 and first:  # a look-behind nothing precedes: the text before it
                part = _loose(av[1], True, False)
            if not part:
                continue  # dropped: the loose form matches more
            part = "(?:" + part + ")"
        elif name == "BRANCH":
            alternatives: list[str] = []
            for branch in av[1]:
                alt = _loose(branch, first, free)
                if alt is None:
                    return None
                alternatives.append(alt)
            part = "(?:" + "|".join(alternatives) + ")" if any(alternatives) else ""
        elif name == "SUBPATTERN" or name == "ATOMIC_GROUP":
            if name == "SUBPATTERN" and av[1] & (re.IGNORECASE | re.LOCALE):
                return None
            inner = _loose(av[3] if name == "SUBPATTERN" else av, first, free)
            part = None if inner is None else "(?:" + inner + ")" if inner else ""
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _loose(av[2], False, False)
            part = None if inner is None else "(?:" + inner + (")*" if av[0] == 0 else ")+")
        elif name == "GROUPREF":
            part = "(?s:.)*"
        if part is None:
            return None
        if part:
            out.append(part)
            free = False
    return "".join(reversed(out))


def _loose_class(items: Any) -> str | None:
    """Return an RE2 class holding every character the parsed class *items* matches."""
    negate = bool(items) and str(items[0][0]) == "NEGATE"
    table = _SURE if negate else _OVER
    parts: list[str] = []
    for op, av in items[1:] if negate else items:
        name = str(op)
        if name == "LITERAL":
            parts.append(_HEX % av)
        elif name == "RANGE":
            parts.append(_HEX % av[0] + "-" + _HEX % av[1])
        elif name == "CATEGORY":
            body = table.get(str(av))
            if body is None:
                if negate:
                    continue  # left out of what is left out: the class matches more
                return None
            parts.append(body)
        else:
            return None
    if negate:
        return "[^" + "".join(parts) + "]" if parts else "(?s:.)"
    return "[" + "".join(parts) + "]" if parts else None


try:  # the library's compiled core (a version without it: no loose forms, nothing gated)
    _UNANCHORED: Any = re2._re2.RE2.Anchor.UNANCHORED
except AttributeError:  # pragma: no cover
    _UNANCHORED = None


def loose_any(patterns: list[re.Pattern[str]]) -> Any:
    """Return an RE2 set (``re2.Set``) of *patterns* loosened (:func:`loosen`).

    The set tells which loose forms match in a text, by their index in *patterns*: a text
    where it finds none holds no match of any of *patterns* (an RE2 set search is one pass of
    a DFA over the text whatever the patterns). Its empty answer is never a failure: a set
    cannot fall back on another engine, so RE2 checks when the set is compiled that its DFA
    has the memory to run (``Compiler::CompileSet`` searches "hello, world" with it and
    fails ``Compile()`` otherwise, the DFA refusing a budget that holds fewer than 20 states),
    and a set's search never gives up when it runs short: it empties its cache of states and
    goes on (``DFA::InlinedSearchLoop`` bails out early only for the kinds of search that can
    fall back, ``kind_ != Prog::kManyMatch``). It is called through ``re2._re2`` (the
    library's compiled core, as :func:`loose_found` does: its Python wrapper costs ~1 µs a
    call, more than the check it saves). None when a pattern has no loose form or RE2 refuses
    one (nothing is then gated).
    """
    if _UNANCHORED is None:
        return None
    sources: list[bytes] = []
    for pat in patterns:
        source = loosen(pat)
        if source is None:
            return None
        sources.append(source.encode())
    try:
        options = re2.Options()
        options.never_capture = True
        options.log_errors = False
        found = re2._re2.Set(_UNANCHORED, options)
        for k, loose in enumerate(sources):
            if found.Add(loose) != k:
                return None
        if not found.Compile():
            return None
    except Exception:  # noqa: BLE001 - another version of the library: nothing is gated
        return None
    return found


def loose_found(match: Any, text: str) -> list[int] | None:
    """Return the indices of the loose forms an RE2 set (:func:`loose_any`) finds in *text*.

    *match* is the set's bound ``Match`` method, found once by the caller (17sf: compiled
    code would look the method up by its name at every call). Empty when none is found in
    *text* (then no pattern of the set matches there); None for a text that cannot be
    written in UTF-8 (a lone surrogate): it is not searched.
    """
    try:
        data = text.encode()
    except UnicodeEncodeError:
        return None
    hits: list[int] = match(data)
    return hits
