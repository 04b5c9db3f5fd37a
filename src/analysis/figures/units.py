"""Cutting a phrase into tokens, then units: single tokens and the longest table phrases."""

from __future__ import annotations

from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.lexicon import NO_CATS, UNIVERSAL, Cats, Lexicon
from analysis.figures.normalise import Token, digits_value

__all__ = ["POWERS", "TIME_HEAD", "Unit", "other_cats", "read_units"]

POWERS: Final = frozenset((10.0, 100.0, 1e3, 1e4, 1e5, 1e6))
"""Digit groups that read as a plural magnitude with a glued "s" ("100s", "1,000s")."""
_KO_ODD: Final = "\uc5ec"  # 여
_KO_ODD_COUNTERS: Final = frozenset("명건곳채척개마가만천억조년일주분초시차회번발종톤점쌍")
"""First syllables of the Korean counters a spaced "-odd" 여 is glued to ("200 여명", "30 여곳",
"10 여차례", "20 여년"; 24rb, D148); not 대 군 배 세 (여대생, 여군, 여배우, 여세): words."""

class Unit:
    """A token or a table phrase, with its categories.

    Attributes
    ----------
    cats : dict
        Categories (:mod:`~analysis.figures.cats`) and their values.
    kind : str
        ``"d"`` digits, ``"w"`` word, ``"c"`` CJK character, ``"s"`` symbol, ``"p"``
        phrase of the table.
    text : str
        The token, or the phrase's tokens joined by spaces.
    value : float or None
        The value of a digit group.
    glued_prev, glued_next : bool
        Whether no space separates it from the unit before / after.
    cjk : bool
        Whether it is (or starts with) a Han, kana or Hangul character.
    """

    __slots__ = ("cats", "kind", "text", "value", "glued_prev", "glued_next", "cjk")

    def __init__(
        self, cats: Cats, kind: str, text: str, value: float | None, glued_prev: bool, cjk: bool
    ) -> None:
        self.cats = cats
        self.kind = kind
        self.text = text
        self.value = value
        self.glued_prev = glued_prev
        self.glued_next = False
        self.cjk = cjk


_MEMO_LIMIT: Final = 100_000
TIME_HEAD: Final[Cats] = {Cat.DURATION: True}
"""The categories of a compound read by its time-unit head (D77.1): shared, so that
:func:`~.language.knows` tells it from a word of the table (a head votes for no language:
"hostages" is no German word)."""


def other_cats(tok: str, kind: str, lex: Lexicon) -> Cats:
    """Categories of a token the table does not list: symbols, one-word numbers, stems.

    Remembered in ``lex.other`` (the kind of a token follows from its text).
    """
    cats = UNIVERSAL.get(tok)
    if cats is None and kind == "w":
        cats = lex.compound_value(tok)
        if cats is None and lex.stem_re is not None:
            m = lex.stem_re.match(tok)
            if m is not None:
                cat, val = lex.stem_of[m.group()]
                cats = {cat: val}
        if (cats is None and lex.heads and tok.endswith(lex.heads)
                and not tok.endswith(lex.heads_not) and tok not in lex.heads_not_whole):
            cats = TIME_HEAD  # "festwochen", "regentage": a compound's head (D77.1)
    if len(lex.other) >= _MEMO_LIMIT:
        lex.other.clear()
    lex.other[tok] = cats = cats or NO_CATS
    return cats


def _phrase_at(
    toks: list[Token], i: int, lex: Lexicon
) -> tuple[int, tuple[str, ...], Cats] | None:
    """Return the longest table phrase at token *i*: (length, key, categories), or None.

    Every phrase of ``lex.multi`` has two tokens or more: a token not followed by the
    second token of one of its phrases starts none (most tokens, one look-up).
    """
    top = len(toks) - i
    first = toks[i][0]
    second = toks[i + 1][0] if top >= 2 else ""
    if top < 2 or second not in lex.seconds[first]:
        return None
    if toks[i][1] == "c":
        # Han, kana and Hangul phrases only join characters written together
        run = 1
        top = min(lex.maxlen, top)
        while run < top and toks[i + run][2] and toks[i + run][1] == "c":
            run += 1
        top = run
    top = min(top, lex.maxlen)
    multi = lex.multi
    for k in lex.lengths[first]:
        if k > top:
            continue
        # the key built for its length alone: most phrases are two tokens (17sf)
        key = (first, second) if k == 2 else tuple([t[0] for t in toks[i : i + k]])
        cats = multi.get(key)
        if cats is not None:
            return k, key, cats
    return None


def read_units(toks: list[Token], lex: Lexicon) -> list[Unit]:
    """Join the tokens of a phrase into units using the table of *lex*.

    Parameters
    ----------
    toks : list of Token
        The tokens of the normalised (and rewritten) text (:func:`tokens`).
    lex : Lexicon
        The language's table.

    Returns
    -------
    list of Unit
        Digit groups, the longest table phrases, and single tokens, in order.
    """
    units: list[Unit] = []
    one, other, seconds = lex.one, lex.other, lex.seconds
    i, n = 0, len(toks)
    prev: Unit | None = None
    while i < n:
        tok, kind, glued = toks[i]
        if kind == "d":
            value = digits_value(tok)
            if i + 1 < n and toks[i + 1][0] == "s" and toks[i + 1][2] and value in POWERS:
                # "100s", "1,000s": a plural magnitude written in digits
                u = Unit({Cat.VAGUE: value}, "w", tok + "s", None, glued, False)
                i += 2
            else:
                u = Unit(NO_CATS, "d", tok, value, glued, False)
                i += 1
        else:
            sec = seconds.get(tok)  # the first token of a table phrase, and its second
            hit = _phrase_at(toks, i, lex) if sec and i + 1 < n and toks[i + 1][0] in sec else None
            if hit is not None:
                k, key, phrase_cats = hit
                u = Unit(phrase_cats, "p", " ".join(key), None, glued, kind == "c")
                i += k
            else:
                cats = one.get(tok)
                if cats is None:
                    cats = other.get(tok)
                    if cats is None:
                        cats = other_cats(tok, kind, lex)
                u = Unit(cats, kind, tok, None, glued, kind == "c")
                i += 1
        if prev is not None:
            prev.glued_next = glued
            if glued and prev.text == _KO_ODD and not prev.glued_prev and kind == "c":
                _word_start(prev, tok)
        units.append(u)  # (a bound ``append`` is a generic call in compiled code: 17sf)
        prev = u
    return units


def _word_start(odd: Unit, tok: str) -> None:
    """Clear the "-odd" of a spaced 여 that begins a word ("두 여성은": two women; 24rb, D148).

    Parameters
    ----------
    odd : Unit
        The unit 여, written after a space and glued to the syllable *tok*.
    tok : str
        The syllable after it: a counter ("200 여명") keeps the "-odd"; any other makes 여
        the first syllable of a word (여성, 여러, 여름, 여객), no suffix of the number before.
    """
    if tok not in _KO_ODD_COUNTERS and Cat.WEAK_AT_LEAST in odd.cats:
        odd.cats = {k: v for k, v in odd.cats.items() if k != Cat.WEAK_AT_LEAST}
