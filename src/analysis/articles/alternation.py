r"""A list of cue alternatives joined into one expression that Python's ``re`` tries fast.

``re`` tries the alternatives of ``a|b|c`` one after another at every position of the text
where the first letter of one of them stands; a cue list of eighty words ("said", "says",
"told", "according to" ...) costs eighty tries at most letters of an article. Grouped by
their first letter ("s(?:aid|ays)|t(?:old)|a(?:ccording\s+to)"), only the words of the
letter at hand are tried. Python's ``re`` does not group them itself, and no maintained
library builds such groups from regular expressions (the trie builders on PyPI take plain
words), so they are grouped here.

The grouped expression matches exactly what the plain one matches, at every position, with
the same leftmost-first choice: two alternatives that start with different plain characters
never both match at one position, so their order does not matter; an alternative that does
not start with a plain character ("[тв]ойск", "\w+ said") keeps its place, and the grouping
starts anew after it. A leading group ``(?:x|y)rest`` is first distributed (``xrest|yrest``,
the same order of tries).
"""

from __future__ import annotations

from analysis.articles.edges import LATIN_EDGE

__all__ = ["grouped", "regrouped"]

_SPECIAL = frozenset("\\[](){}.*+?|^$#")
_QUANTIFIERS = frozenset("?*+{")
_EXPANDED = 16  # at most this many alternatives from one distributed leading group
_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _tokens(pattern: str) -> list[str]:
    """Split ``pattern`` into escapes, character classes and single characters."""
    out, k = [], 0
    while k < len(pattern):
        if pattern[k] == "\\":
            out.append(pattern[k:k + 2])
            k += 2
        elif pattern[k] == "[":
            end = k + 1 + (pattern[k + 1:k + 2] == "^")
            end += pattern[end:end + 1] == "]"  # a "]" first in a class is a letter
            while end < len(pattern) and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            out.append(pattern[k:end + 1])
            k = end + 1
        else:
            out.append(pattern[k])
            k += 1
    return out


def _top_level(tokens: list[str]) -> list[list[str]]:
    """Split tokens at the ``|`` outside any group."""
    parts: list[list[str]] = [[]]
    depth = 0
    for tok in tokens:
        depth += (tok == "(") - (tok == ")")
        if tok == "|" and depth == 0:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


_EDGE = _tokens(LATIN_EDGE)
_EDGE_AFTER = "(?<!" + LATIN_EDGE[LATIN_EDGE.index("[")
                      :LATIN_EDGE.index("]") + 1] * 2 + ")"  # (two Latin characters)


def _group_end(tokens: list[str], optional: bool = False) -> int | None:
    """Return where the group opening ``tokens`` closes; ``None`` when a quantifier follows.

    With ``optional``, a greedy ``?`` may follow (not ``??`` nor ``?+``).
    """
    depth = 0
    for end, tok in enumerate(tokens):
        depth += (tok == "(") - (tok == ")")
        if depth == 0:
            following = tokens[end + 1:end + 3]
            if optional and following[:1] == ["?"] and following[1:] not in (["?"], ["+"]):
                return end
            return None if following and following[0] in _QUANTIFIERS else end
    return None


def _behind(alt: list[str]) -> int:
    """Return how many tokens of look-behinds (and Latin edges) ``alt`` opens with."""
    at = 0
    while alt[at:at + 3] == ["(", "?", "<"] and alt[at + 3:at + 4] in (["!"], ["="]) \
            or "".join(alt[at:at + len(_EDGE)]) == LATIN_EDGE:
        if alt[at + 2] != "<":
            at += len(_EDGE)
            continue
        depth = 0
        for end in range(at, len(alt)):
            depth += (alt[end] == "(") - (alt[end] == ")")
            if depth == 0:
                break
        at = end + 1
    return at


def _letter_first(alt: list[str], at: int) -> list[str]:
    """Return ``alt`` with its leading look-behinds after its plain first character.

    ``(?<!X)c`` becomes ``c(?<!(?:X)c)``: the text before ``c`` does not end with ``X``
    exactly when the text up to ``c`` does not end with ``Xc``. A Latin edge before a
    Latin letter or digit becomes :func:`~analysis.articles.edges.letter_first`'s look-behind.
    """
    head, out, k = alt[at], [], 0
    while k < at:
        if "".join(alt[k:k + len(_EDGE)]) == LATIN_EDGE:
            out += _tokens(_EDGE_AFTER)
            k += len(_EDGE)
            continue
        depth, end = 0, k
        for end in range(k, at):
            depth += (alt[end] == "(") - (alt[end] == ")")
            if depth == 0:
                break
        out += alt[k:k + 4] + ["(", "?", ":"] + alt[k + 4:end] + [")", head, ")"]
        k = end + 1
    return [head, *out, *alt[at + 1:]]


def _distributed(alt: list[str]) -> list[list[str]]:
    """Return ``(?:x|y)rest`` as ``[xrest, yrest]`` (each again), other alternatives alone.

    An optional leading group ``(?:x|y)?rest`` is ``[xrest, yrest, rest]``: a greedy ``?``
    tries the group's alternatives in order, then none of them. Leading look-behinds go
    with each alternative of the group, and after a plain first character
    (:func:`_letter_first`).
    """
    if any(tok == "(" and alt[k + 1:k + 2] != ["?"] or tok == "?" and alt[k + 1:k + 2] == ["P"]
           or tok[:1] == "\\" and tok[1:].isdigit() for k, tok in enumerate(alt)):
        return [alt]  # (groups numbered or named, back-references: not copied)
    at = _behind(alt)
    if at:
        if _plain_head(alt[at:]) and (alt[at] in _LATIN_LETTERS or "".join(alt[:at]).find(
                LATIN_EDGE) < 0):
            return [_letter_first(alt, at)]
        inner = _distributed(alt[at:]) if alt[at:at + 3] == ["(", "?", ":"] else [alt[at:]]
        if len(inner) == 1 and inner[0] == alt[at:]:
            return [alt]
        out = [b for a in inner for b in _distributed(alt[:at] + a)]
        return out if len(out) <= _EXPANDED else [alt]
    members = alt[0][1:-1] if alt and alt[0][:1] == "[" and len(alt[0]) <= 10 else ""
    if members and not any(ch in _SPECIAL or ch in "-" or ch.isspace() for ch in members) \
            and alt[1:2] not in (["?"], ["*"], ["+"], ["{"]):
        # "[23]차": one alternative per character ("2차", "3차"); at most one matches there
        return [[ch, *alt[1:]] for ch in members]
    if alt[:3] != ["(", "?", ":"]:
        return [alt]
    end = _group_end(alt, optional=True)
    if end is None:
        return [alt]
    optional = alt[end + 1:end + 2] == ["?"]
    rest = alt[end + 1 + optional:]
    out = [a + rest for part in _top_level(alt[3:end]) for a in _distributed(part)]
    out += _distributed(rest) if optional else []
    return out if len(out) <= _EXPANDED else [alt]


def _plain_head(alt: list[str]) -> bool:
    """Whether ``alt`` starts with a plain character that no quantifier follows."""
    return bool(alt) and len(alt[0]) == 1 and alt[0] not in _SPECIAL \
        and not alt[0].isspace() and (len(alt) == 1 or alt[1] not in _QUANTIFIERS)


def _join(alternatives: list[list[str]]) -> str:
    out: list[str] = []
    run: dict[str, list[str]] = {}  # plain first character -> the rests, in order

    def close_run() -> None:
        for head, rests in run.items():
            out.append(head + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})"))
        run.clear()

    for alt in alternatives:
        if _plain_head(alt):
            run.setdefault(alt[0], []).append("".join(alt[1:]))
        else:
            close_run()
            out.append("".join(alt))
    close_run()
    return "|".join(out)


def grouped(alternatives: list[str]) -> str:
    """Return ``"|".join(alternatives)`` grouped by first character, matching the same.

    Parameters
    ----------
    alternatives : list of str
        Regular expressions (no verbose mode), in the order ``re`` should try them.

    Returns
    -------
    str
        One alternation: at every position of any text it matches what the plain join
        matches, with the same alternative chosen.
    """
    return _join([a for alt in alternatives for part in _top_level(_tokens(alt))
                  for a in _distributed(part)])


def regrouped(pattern: str) -> str:
    r"""Return ``pattern`` with the alternatives of its leading group grouped (:func:`grouped`).

    ``(?:said|told|says)(?!\w)`` becomes ``(?:s(?:aid|ays)|told)(?!\w)``: the same matches,
    tried in the same order. A pattern not opening with such a group is returned as it is.
    """
    tokens = _tokens(pattern)
    end = _group_end(tokens) if tokens[:3] == ["(", "?", ":"] else None
    if end is None:
        return pattern
    return f"(?:{grouped([''.join(tokens[3:end])])})" + "".join(tokens[end + 1:])
