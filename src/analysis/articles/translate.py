r"""One walk over a Python regular expression, translated into looser patterns (21tr).

The reader translates its cue patterns three ways, each a pattern that matches wherever the
Python one can:

- :func:`to_set`: an RE2 pattern for the prefilter's set (:mod:`analysis.articles.prefilter`):
  the cue tables' word edges dropped, ``\w``/``\d``/``\s`` widened to Unicode, counted
  repeats made ``*`` or ``+``; ``None`` for any other look-around or a back-reference;
- :func:`to_guide`: an RE2 guide whose matches hold every start of the pattern's matches
  (:meth:`~analysis.articles.prefilter.Prefilter.starts`): every look-around an empty group;
- :func:`to_window`: a Python pattern without its look-arounds, searched in a window of the
  text (:class:`~analysis.articles.cues.Nearby`); ``None`` where what is left could see the
  window's end.

:func:`pieces` walks the pattern once (escapes with ``\u``/``\U``, classes and negated
classes, groups, look-arounds, anchors, counted repeats); each target maps a piece to its
text, or to ``None`` when it cannot translate it (then the whole pattern has no translation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from analysis.articles.edges import LATIN_EDGE

__all__ = ["Piece", "pieces", "to_guide", "to_set", "to_window", "translate"]

class Piece(NamedTuple):
    r"""One piece of a pattern, as written (``text``) and what it is (``kind``).

    Attributes
    ----------
    kind : str
        ``"char"`` (the characters between two other pieces: letters, quantifiers, ``|``, a
        ``{`` that is no bound ...; or one ``)``),
        ``"escape"``, ``"class"``, ``"look"`` (a whole look-around), ``"group"`` (a ``(``),
        ``"anchor"`` (``^``, ``$``) or ``"bound"`` (``{m,n}``).
    text : str
        The piece as written; the pieces' texts make the pattern again.
    letter : str
        An escape's character after the backslash; a bound's lower count.
    code : str or None
        The hex digits of a ``\u`` or ``\U`` escape (``None`` for others, or malformed).
    items : tuple of Piece
        A class's characters and escapes (after its ``[`` or ``[^``).
    negated : bool
        A class's ``[^``; a group's ``(?`` not followed by ``:`` (a flag, a name ...).
    closed : bool
        Whether a class or a look-around ends before the pattern does.
    """

    kind: str
    text: str
    letter: str = ""
    code: str | None = None
    items: tuple[Piece, ...] = ()
    negated: bool = False
    closed: bool = True


_ESCAPES: dict[str, Piece] = {}  # (every escape made once: "\\w", "\\s" ... recur)
_CLOSE = Piece("char", ")")


def _escape(text: str) -> Piece:
    r"""Return the escape ``text`` (a backslash and a character, or ``\u``/``\U`` and hex)."""
    piece = _ESCAPES.get(text)
    if piece is None:
        piece = _ESCAPES[text] = Piece("escape", text, text[1], text[2:] or None)
    return piece


def _class(match: re.Match[str]) -> Piece:
    """Return the class matched by :data:`_SPECIAL` (a ``]`` right after ``[`` or ``[^`` in it)."""
    negated = match.group("negated") is not None
    items = tuple(_escape(m.group()) if m.lastgroup == "escape" else Piece("char", m.group())
                  for m in _INSIDE_CLASS.finditer(match.group("body")))
    return Piece("class", match.group(), "", None, items, negated, match.group("end") is not None)


# (the pieces that are more than plain characters, each alternative a kind; the characters
# between two of them are one piece; a look-around's "(?=" only opens one, :func:`pieces`
# closes it)
_SPECIAL = re.compile(r"""
    (?P<escape>\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.))
  | (?P<cls>\[(?P<negated>\^)?(?P<body>\]?(?:\\.|[^\]\\])*)(?P<end>\])?)
  | (?P<look>\(\?<?[=!])
  | (?P<group>\((?P<flagged>(?=\?[^:]))?)
  | (?P<close>\))
  | (?P<anchor>[\^$])
  | (?P<bound>\{(?P<low>\d+),\d*\})
""", re.DOTALL | re.VERBOSE)
_INSIDE_CLASS = re.compile(r"(?P<escape>\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.))|[^\\]+|\\",
                           re.DOTALL)


def _piece(match: re.Match[str]) -> Piece:
    """Return the piece of a match of :data:`_SPECIAL` (not a look-around)."""
    kind, text = match.lastgroup, match.group()
    if kind == "escape":
        return _escape(text)
    if kind == "close":
        return _CLOSE
    if kind == "cls":
        return _class(match)
    if kind == "group":
        return Piece("group", text, "", None, (), match.group("flagged") is not None)
    if kind == "bound":
        return Piece("bound", text, match.group("low"))
    return Piece("anchor", text)


@lru_cache(maxsize=4096)
def pieces(pattern: str) -> tuple[Piece, ...]:
    """Return ``pattern`` walked once into its pieces (escapes, classes, groups ...).

    A look-around is one piece up to its ``)`` (the groups opened in it closed first).
    """
    out: list[Piece] = []
    at, look, depth = 0, -1, 0  # (where the outermost open look-around starts; groups in it)
    for match in _SPECIAL.finditer(pattern):
        kind = match.lastgroup
        if look < 0:
            if match.start() > at:
                out.append(Piece("char", pattern[at:match.start()]))
            at = match.end()
            if kind == "look":
                look = match.start()
            else:
                out.append(_piece(match))
        elif kind in ("look", "group"):
            depth += 1
        elif kind == "close":
            if depth:
                depth -= 1
            else:
                out.append(Piece("look", pattern[look:match.end()]))
                at, look = match.end(), -1
    if look >= 0:
        out.append(Piece("look", pattern[look:], "", None, (), False, False))
    elif at < len(pattern):
        out.append(Piece("char", pattern[at:]))
    return tuple(out)


def translate(pattern: str, target: Callable[[Piece], str | None]) -> str | None:
    """Return ``pattern`` with each piece given by ``target``, or ``None`` if one has none."""
    out: list[str] = []
    for piece in pieces(pattern):
        # (every target keeps plain characters as they are)
        text = piece.text if piece.kind == "char" else target(piece)
        if text is None:
            return None
        out.append(text)
    return "".join(out)


def _class_of(piece: Piece, item: Callable[[Piece], str | None]) -> str | None:
    """Return a class with each of its escapes given by ``item`` (``None`` if one has none)."""
    out = ["[^" if piece.negated else "["]
    for part in piece.items:
        text = part.text if part.kind == "char" else item(part)
        if text is None:
            return None
        out.append(text)
    return "".join(out) + ("]" if piece.closed else "")


def _repeat(piece: Piece) -> str:
    # a counted repeat ("[^.\\d]{0,60}") loosened to "*" or "+": the same texts or more
    # match, and the set's automaton stays small (a bound of 60 copies its states 60 times)
    return "*" if piece.letter == "0" else "+"


# ── to_set: the prefilter's RE2 set ─────────────────────────────────────────────────────

_WRAPPERS = frozenset(("(?<!\\w)", "(?!\\w)", LATIN_EDGE))
# (a word character outside a class: an ASCII one or any other character; ``\pL`` and ``\pN``,
# the exact classes, make the set's automaton four times slower to build and slower to run)
_OUTSIDE = {"b": "", "B": "", "A": "", "Z": "", "w": r"[0-9A-Z_a-z\x{80}-\x{10ffff}]",
            "d": r"\pN", "s": r"[\s\pZ\x{85}\x{1c}-\x{1f}]"}
_INSIDE = {"w": r"\w\pL\pN", "d": r"\pN", "s": r"\s\pZ\x{85}\x{1c}-\x{1f}"}
# (in a negated class the escapes must stand for FEWER characters than Python's, so that the
# class stands for more: RE2's ASCII ``\w``, ``\d``, ``\s``, and ASCII parts of ``\W``,
# ``\D``, ``\S``. RE2's own ``\W`` is every character but [0-9A-Za-z_]: "[^\W\d_]" (a
# letter) given as it is matched no "é" and no Cyrillic letter, and the cue was skipped)
_INSIDE_NEGATED = {"w": r"\w", "d": r"\d", "s": r"\s",
                   "W": r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f",
                   "D": r"\x00-\x2f\x3a-\x7f", "S": r"\x21-\x7e"}


def _set_escape(piece: Piece, table: dict[str, str]) -> str | None:
    if piece.letter.isdigit() and piece.letter != "0":
        return None  # a back-reference
    return table.get(piece.letter, piece.text)


def _set_piece(piece: Piece) -> str | None:
    kind = piece.kind
    if kind == "escape":
        return _set_escape(piece, _OUTSIDE)
    if kind == "class":
        table = _INSIDE_NEGATED if piece.negated else _INSIDE
        return _class_of(piece, lambda item: _set_escape(item, table))
    if kind == "look":  # (only the word edges the cue tables wrap every cue in are dropped)
        return "" if piece.text in _WRAPPERS else None
    if kind == "anchor":
        return ""
    return _repeat(piece) if kind == "bound" else piece.text


def to_set(pattern: str) -> str | None:
    """Return an RE2 pattern matching wherever the Python ``pattern`` can, or ``None``.

    ``None`` when the pattern has look-arounds (other than the word edges the cue tables
    wrap every cue in) or back-references: such a pattern is always run with ``re``.
    """
    return translate(pattern, _set_piece)


# ── to_guide: an RE2 guide to where matches start ───────────────────────────────────────

# (a guide's escapes inside a negated class: a subset of Python's there)
_GUIDE_NEGATED = {"w": r"\w", "d": r"\d", "s": r"\s"}
_UNSAFE_NEGATED = frozenset("WDSbB")


def _guide_escape(piece: Piece, negated: bool | None) -> str | None:
    """Return an escape in a guide: outside a class (``negated`` None), in one, in a ``[^``."""
    letter = piece.letter
    if letter.isdigit() or letter == "N":
        return None  # a back-reference, an octal escape, a named character
    if letter in "uU":
        return None if piece.code is None else r"\x{" + piece.code + "}"
    if negated is None:
        return _OUTSIDE.get(letter, piece.text)
    if negated:
        return None if letter in _UNSAFE_NEGATED else _GUIDE_NEGATED.get(letter, piece.text)
    return None if letter in "bB" else _INSIDE.get(letter, piece.text)


def _guide_piece(piece: Piece) -> str | None:
    kind = piece.kind
    if kind == "escape":
        return _guide_escape(piece, None)
    if kind == "class":
        return _class_of(piece, lambda item: _guide_escape(item, piece.negated))
    if kind == "look":  # (zero width either way: a quantifier after it stays its own)
        return "(?:)" if piece.closed else None
    if kind == "anchor":
        return ""
    return _repeat(piece) if kind == "bound" else piece.text


def to_guide(pattern: str) -> str | None:
    r"""Return an RE2 pattern matching at every position where the Python ``pattern`` does.

    Looser still than :func:`to_set`: look-arounds become empty groups, and a class stays a
    superset of Python's (a negated class is given RE2's ASCII ``\w``, ``\d``, ``\s``, which
    Python's own hold). ``None`` for what it cannot translate (back-references, ``\S`` in a
    negated class ...).
    """
    return translate(pattern, _guide_piece)


# ── to_window: a Python pattern without look-arounds ────────────────────────────────────

def _window_piece(piece: Piece) -> str | None:
    kind = piece.kind
    if kind == "escape":
        return None if piece.letter in "bBAZ123456789" else piece.text
    if kind in ("class", "look"):
        return None if not piece.closed else piece.text if kind == "class" else ""
    if kind == "anchor" or (kind == "group" and piece.negated):
        return None  # (an anchor; an inline flag, a named group, a conditional ...)
    return piece.text


def to_window(pattern: str) -> str | None:
    r"""Return ``pattern`` without its look-arounds and leading ``\w*``, or ``None``.

    A match of ``pattern`` at a position, in the text or in a window of it (``re``'s ``pos``
    and ``endpos``), is one of the result there in the whole text: dropping an assertion only
    loosens it, and nothing left sees where the text ends. ``None`` when something could
    (``$``, ``\b``, ``\Z``, a back-reference, an inline flag).
    """
    depth = sum((p.kind == "group") - (p.kind == "char" and p.text == ")")
                for p in pieces(pattern))
    loose = None if depth else translate(pattern, _window_piece)
    if loose is None:
        return None
    return loose[3:] if loose.startswith(r"\w*") else loose  # (its match starts later, no earlier)
