"""The common shape read directly: [words] [qualifier] number [scale] [qualifier] [words].

Most reported figures are one number with at most a qualifier before or after it, a
scale or per cent word after it and nouns around it ("more than 3,000 troops", "über
3.000 Soldaten", "около 3 тыс. военных", "3 000 ou plus", "40 per cent").
:func:`read_simple` reads such a phrase with a few dictionary look-ups, without cutting
it into units; it answers only when the full engine
(:func:`~analysis.figures.decide.decide`) would give the same reading, and returns None
otherwise (the caller then runs the full engine). The conditions below are what makes
the two agree: every other word carries no category of the table but "additional" (no
"more", no year, month, rate, unit or range word), each phrase is the longest phrase the
table could match there, the engine would keep the hinted table (it knows a word of the
phrase, or no other table does), and nothing is rewritten. A decimal with one separator
("1,5 тыс.", "2.5 million") is read like a whole number: the engine's steps read both
alike (rule 9 gives the value, a scale multiplies it). Several digit groups, number
words and "N more" are left to the engine.

A phrase of digits and Han, kana or Hangul characters ("約1万1000人", "3만여 명",
"1000人以上") is decided by :func:`read_cjk` with the engine's own decision, the passes
that run before it skipped when they would change nothing in it.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.asciicut import shaped
from analysis.figures.decide import Decision, decide
from analysis.figures.language import guess_language, knows
from analysis.figures.lexicon import LEXICONS, Cats, Lexicon
from analysis.figures.model import Figure
from analysis.figures.normalise import (
    _CLASSES,
    CJK,
    DIGITS_SPLIT,
    HAS_CJK,
    IS_ALPHA,
    MARKS,
    Token,
    digits_value,
)
from analysis.figures.qualify import bound_wins, qualified
from analysis.figures.units import other_cats

__all__ = ["CJK_SHAPE", "SIMPLE_RE", "read_cjk", "read_simple", "shape_tokens"]

_WORD: Final = rf"[^\W\d_](?:[^\W\d_]++|[{MARKS}]++)*+"
SIMPLE_RE: Final = re.compile(
    rf"((?:{_WORD} )*)(\d{{1,3}}(?:[,.]\d{{3}})+|\d{{1,3}}(?: \d{{3}})+|\d+(?:[,.]\d+)?)"
    rf"((?: {_WORD}\.?)*)",
)
"""Words, one digit group (plain, grouped by thousands, or a decimal), words (an
abbreviation's dot after them, "тыс."): single spaces only. A word starts with a letter
and may hold combining marks, as the engine's words do (Devanagari vowel signs, Arabic
short vowels: "सैनिक", "تقريبًا"). The digit group is the
token the engine cuts there (one separator at most besides thousands groups: two would
make a date such as 18.10.24)."""
_SIMPLE_ASCII_RE: Final = re.compile(
    r"((?:[A-Za-z]++ )*)"
    r"([0-9]{1,3}(?:[,.][0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+(?:[,.][0-9]+)?)"
    r"((?: [A-Za-z]++\.?)*)",
)
""":data:`SIMPLE_RE` for ASCII text, where a word is a run of ``[A-Za-z]`` (no combining mark)
and a digit ``[0-9]``: the same matches and groups, without a call into Unicode's tables for
each character (40 % faster)."""

# categories that play no part in a phrase of the simple shape where they stand (an
# article starts no quantity before a word that is no magnitude)
_INERT_BEFORE: Final = frozenset((Cat.STOP, Cat.ADDITIONAL, Cat.ADDITIONAL_AFTER, Cat.ARTICLE))
# the qualifier right before the number: "up to" also separates a range, "some" also
# means "several", neither when one number follows
_QUALIFIER: Final = frozenset(
    (Cat.QUALIFIER_BEFORE, Cat.QUALIFIER_AFTER, Cat.STOP, Cat.RANGE_SEP, Cat.SEVERAL,
     Cat.PREPOSITION)
)
_SCALE: Final = frozenset((Cat.SCALE, Cat.VAGUE, Cat.STOP))
_PERCENT: Final = frozenset((Cat.PERCENT, Cat.STOP))
_POST: Final = frozenset((Cat.QUALIFIER_AFTER, Cat.STOP))
# words after the quantity that change nothing but the relation ("N more" is left to the
# engine: its reach depends on the words between)
_INERT_AFTER: Final = frozenset((Cat.STOP, Cat.ADDITIONAL))


def _cats(word: str, lex: Lexicon) -> Cats:
    """Return the categories the engine gives *word* as a single unit."""
    cats = lex.one.get(word)
    if cats is None:
        cats = lex.other.get(word)
        if cats is None:
            cats = other_cats(word, "w", lex)
    return cats


def _before(seq: list[str], n: int, lex: Lexicon) -> tuple[str, bool] | None:
    """Read the units before the number at ``seq[n]``, left to right as the engine cuts them.

    Returns the qualifier of the last unit ("exact" when it is none) and whether an
    "additional" word stands among them; None when they are not of the simple shape.
    """
    i, qual, additional = 0, "exact", False
    while i < n:
        k, cats = _unit(seq, i, lex)
        if i + k > n:
            return None  # a table phrase runs into the number
        if i + k == n and Cat.QUALIFIER_BEFORE in cats and Cat.only(_QUALIFIER, cats):
            qual = str(cats[Cat.QUALIFIER_BEFORE])
        elif not Cat.only(_INERT_BEFORE, cats):
            return None
        additional = additional or Cat.ADDITIONAL in cats
        i += k
    return qual, additional


def _unit(seq: list[str], i: int, lex: Lexicon) -> tuple[int, Cats]:
    """Return the unit the engine reads at ``seq[i]``: the longest table phrase, else the token."""
    second = lex.seconds.get(seq[i])
    if second is None or i + 1 >= len(seq) or seq[i + 1] not in second:
        return 1, _cats(seq[i], lex)  # no phrase starts with these two tokens
    for k in lex.lengths[seq[i]]:
        if i + k <= len(seq):
            cats = lex.multi.get(tuple(seq[i : i + k]))
            if cats is not None:
                return k, cats
    return 1, _cats(seq[i], lex)


def _after(
    seq: list[str], n: int, lex: Lexicon
) -> tuple[float, bool, str | None, bool, bool] | None:
    """Read what follows the number at ``seq[n]``: [scale | per cent] [qualifier] words.

    Returns the scale, whether it is a per cent, the qualifier written after it, whether an
    "additional" word follows ("soldats supplémentaires") and whether the qualifier is one
    word (D175); None when the words after it are not of the simple shape.
    """
    scale, pct, more, one = 1.0, False, False, False
    post: str | None = None
    i, end = n + 1, len(seq)
    if i == end:
        return scale, pct, post, more, one
    # each unit is looked up once: the next step reuses it when this one does not take it
    k, cats = _unit(seq, i, lex)
    if Cat.SCALE in cats and Cat.only(_SCALE, cats):
        scale = float(cats[Cat.SCALE])  # type: ignore[arg-type]
        i += k
        if i < end and seq[i] == "." and scale != 1.0:
            i += 1  # the dot of an abbreviated scale ("тыс.")
        if i < end:
            k, cats = _unit(seq, i, lex)
    elif Cat.PERCENT in cats and Cat.only(_PERCENT, cats):
        pct = True
        i += k
        if i < end:
            k, cats = _unit(seq, i, lex)
    if i < end and Cat.QUALIFIER_AFTER in cats and Cat.only(_POST, cats):
        post = str(cats[Cat.QUALIFIER_AFTER])
        one = k == 1 and any(c.isalpha() for c in seq[i])  # a word, as the engine's unit "w"
        i += k
        if i < end:
            k, cats = _unit(seq, i, lex)
    while i < end:
        if not Cat.only(_INERT_AFTER, cats):
            return None
        more = more or Cat.ADDITIONAL in cats
        i += k
        if i < end:
            k, cats = _unit(seq, i, lex)
    return scale, pct, post, more, one


def _words_before(head: str, ascii: bool) -> bool | None:
    """Whether *head*, the text before the one digit group, is group 1 of :data:`SIMPLE_RE`.

    That group is words each followed by one space: True when *head* is so with words of
    letters only (``str.isalpha``: a letter is a word character that is no digit nor "_"), False
    when it is not so, None when a character is no letter in text beyond ASCII (a combining
    mark may be part of a word there: the pattern decides).
    """
    if not head:
        return True
    if head[-1] != " " or head[0] == " " or "  " in head:
        return False
    if IS_ALPHA(head.replace(" ", "")):
        return True
    return False if ascii else None


def _words_after(tail: str, ascii: bool) -> bool | None:
    """Whether *tail*, the text after the one digit group, is group 3 of :data:`SIMPLE_RE`.

    That group is words each after one space, each with at most a dot after it: answered as
    :func:`_words_before` answers (the dots taken out first, each before a space or at the end).
    """
    if not tail:
        return True
    if tail[0] != " " or tail[-1] == " " or "  " in tail:
        return False
    if "." in tail:
        tail = tail.replace(". ", " ")
        if tail[-1] == ".":
            tail = tail[:-1]
        if tail[-1] == " " or "  " in tail:
            return False  # a dot after a space or after a dot
    if IS_ALPHA(tail.replace(" ", "")):
        return True
    return False if ascii else None


def _simple_number(group: str) -> bool:
    """Whether *group*, a match of :data:`~.normalise.DIGITS_SPLIT`, is :data:`SIMPLE_RE`'s group 2.

    That group is plain digits, thousands groups after one to three digits (",", "." or
    spaces, not mixed with a decimal) or one decimal separator.
    """
    if group.isdigit():
        return True
    if " " in group:  # DIGITS_SPLIT's spaced groups, their decimals after them or none
        return "," not in group and "." not in group
    if "'" in group:
        return False
    if group.count(",") + group.count(".") == 1:
        return True
    pieces = group.replace(",", ".").split(".")
    if not 1 <= len(pieces[0]) <= 3:
        return False
    for piece in pieces[1:]:
        if len(piece) != 3:
            return False
    return True


def read_simple(
    norm: str, lex: Lexicon, applies: bool | None = None, cjk: bool | None = None,
    ascii: bool | None = None, parts: list[str] | None = None,
) -> tuple[Figure, float] | None:
    """Read *norm* when it has the simple shape, else return None.

    Parameters
    ----------
    norm : str
        The normalised phrase.
    lex : Lexicon
        The table of the language hint.
    applies, cjk : bool, optional
        Whether a rewrite of *lex* matches in *norm* (:meth:`~.lexicon.Lexicon.rewrites_apply`)
        and whether *norm* holds a Han, kana or Hangul character, when the caller found out
        already (the engine does, once for all its readers); looked up when None.
    ascii : bool, optional
        ``norm.isascii()``, when the caller found it already.
    parts : list of str, optional
        *norm* split by :data:`~.normalise.DIGITS_SPLIT`, when the caller split it already:
        *norm* is then of the simple shape when it holds one digit group (three parts) and the
        parts around it are words (:func:`_words_before`, :func:`_words_after`) as
        :data:`SIMPLE_RE`'s groups 1 and 3 are, the group itself its group 2
        (:func:`_simple_number`): every digit of *norm* is in that group, so the pattern's
        three groups are the three parts. The pattern is matched only when a part holds a
        character beyond ASCII that is no letter (17se: a tenth of the cost).

    Returns
    -------
    tuple of (Figure, float) or None
        The figure and the value of its digit group (for the template), or None when the
        full engine must read the phrase.
    """
    if ascii is None:
        ascii = norm.isascii()
    known = False  # whether the parts answered for the pattern
    if parts is not None:
        if len(parts) != 3:
            return None
        head, number, tail = parts[0], parts[1], parts[2]
        words_before = _words_before(head, ascii)
        if words_before is False:
            return None
        words_after = _words_after(tail, ascii)
        if words_after is False or not _simple_number(number):
            return None
        known = words_before is True and words_after is True
    if not known:
        m = (_SIMPLE_ASCII_RE if ascii else SIMPLE_RE).fullmatch(norm)
        if m is None:
            return None
        head, number, tail = m.group(1), m.group(2), m.group(3)
    if HAS_CJK.search(norm) is not None if cjk is None else cjk:
        return None
    if lex.rewrites_apply(norm) if applies is None else applies:
        return None
    before = head.split()
    if "." in tail:
        if "." in lex.one or "." in lex.starts:
            return None
        after = tail.replace(".", " .").split()
    else:
        after = tail.split()
    n = len(before)
    seq = [*before, number, *after]
    found = _before(seq, n, lex)
    if found is None:
        return None
    read = _after(seq, n, lex)
    if read is None:
        return None
    scale, pct, post, more, one = read
    if known:  # the words are before and after, each of letters, and the dots stand alone
        words = [*before, *after] if "." not in tail else [*before, *(w for w in after if w != ".")]
    else:
        words = [w for w in seq if w[0].isalpha()]
    if words and not knows(lex, words) and knows(LEXICONS[guess_language(norm, words)], words):
        return None  # the engine would read the phrase with another language's table
    qual = found[0]
    if post is not None and (qual == "exact" or bound_wins(qual, post, one)):
        qual = post  # D175: a bound after the number governs an "about" before it
    additional = more or found[1]
    x = digits_value(number)
    unit = "percent" if pct else "count"
    return qualified(x * scale, unit, qual, "additional" if additional else "total"), x


CJK_SHAPE: Final = re.compile(rf"[\d,.~%〜～ {CJK}]+")
"""A phrase of digit groups, spaces, tildes, per cent signs and Han, kana or Hangul
characters only ("約1万1000人", "약 1만 2천 명", "1,500人以上", "2천~3천 명"): no word,
bracket, quote, dash, slash or colon, so none of the passes the full engine runs before
reading (numeric dates, quoted names, ages in brackets, makers' models) finds anything in
it."""
_YEARISH: Final = re.compile(r"(?:1[89]|20)\d\d")
"""Four digits that may be a year: two of them may be a span of years, which the engine
drops before reading (``engine._YEARS_JOINED`` matches nowhere without two of these)."""


_SHAPE_SYMBOLS: Final = ",.~%〜～"
"""The characters of :data:`CJK_SHAPE` that are neither digits, spaces nor CJK characters (a
string: a character is found in it faster than in a set, whose look-up hashes it, 17se)."""


_SHAPE_OTHERS: Final = _SHAPE_SYMBOLS + " "
"""The characters of :data:`CJK_SHAPE` that are neither digits nor CJK characters."""


def shape_tokens(parts: list[str]) -> list[Token]:
    """Return the tokens of a text of :data:`CJK_SHAPE`, from its digit split.

    *parts* is the text split by :data:`~.normalise.DIGITS_SPLIT`: its odd parts are the digit
    groups :func:`~.normalise.tokens` cuts (the split is the number pattern of its tokens, and
    nothing else in such a text holds a digit or runs into one), and each other character of
    the text is a space (a gap) or a token of one character, a symbol ``s`` of
    :data:`_SHAPE_SYMBOLS` or a CJK character ``c``: the tokens ``tokens`` gives, without its
    pattern (``tests/test_figures_fast_cjk.py`` holds the two to each other).
    """
    toks: list[Token] = []
    gap = True  # before the first token, as after a space: not glued
    odd = False
    for part in parts:
        if odd:
            toks.append((part, "d", not gap))
            gap = False
        else:
            for ch in part:
                if ch == " ":
                    gap = True
                else:
                    toks.append((ch, "s" if ch in _SHAPE_SYMBOLS else "c", not gap))
                    gap = False
        odd = not odd
    return toks


def read_cjk(
    norm: str, lex: Lexicon, applies: bool | None = None, parts: list[str] | None = None
) -> Decision | None:
    """Read a phrase of digits and CJK characters with the engine's decision alone.

    The passes the full engine runs before deciding (numeric dates, stray commas, ages in
    brackets, age limits, spans of years, makers' models, quoted names, the table's rewrites)
    change nothing in a phrase of :data:`CJK_SHAPE` with at most one point, no ", ", fewer than
    two possible years, no age limit of the table beside a count (D80.1) and no rewrite of the
    table matching: such a phrase is decided (:func:`~.decide.decide`) directly, with the
    hinted table the engine keeps for CJK text (:func:`~.language.choose_language`), not
    strict. Any other phrase gives None.

    Parameters
    ----------
    norm : str
        The normalised phrase; it holds a Han, kana or Hangul character.
    lex : Lexicon
        The table of the language hint.
    applies : bool, optional
        Whether a rewrite of *lex* matches in *norm*, when the caller found out already.
    parts : list of str, optional
        *norm* split by :data:`~.normalise.DIGITS_SPLIT`, when the caller split it already.

    Returns
    -------
    Decision or None
        The engine's decision, or None when the full engine must read the phrase.
    """
    shape = shaped(norm, _CLASSES, _SHAPE_OTHERS)  # (32sp: the pattern beyond U+FFFF)
    if (CJK_SHAPE.fullmatch(norm) is None if shape is None else not shape) or (
            ", " in norm or norm.count(".") > 1):
        return None
    if parts is None:
        parts = DIGITS_SPLIT.split(norm)
    held = 0  # the characters of the digit groups: two possible years need eight digits
    for k in range(1, len(parts), 2):
        held += len(parts[k])
    if held >= 8 and len(_YEARISH.findall(norm)) > 1:
        return None
    if lex.rewrites_apply(norm) if applies is None else applies:
        return None
    if len(parts) >= 5 and lex.ages_may_stand(norm):
        return None  # maybe an age limit beside a count, "300名80岁以上" (D80.1): the full engine
    return decide(shape_tokens(parts), lex, False)
