"""Normalising and cutting a phrase, and reading digit groups (codebook rule 9).

The text is folded by :func:`analysis.text.normalise.fold` (NFKC, lower case, one
apostrophe, dash and digit set), Hindi and Arabic text written in one spelling
(:func:`spell`, D72), then cut by :data:`TOKEN_RE` into digit groups (``d``), single
Han/kana/Hangul characters (``c``), words (``w``) and symbols (``s``). A language's
rewrites (French 70-99, "half a million") run before reading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from typing import Final

from analysis.figures.asciicut import ascii_tokens as _ascii_tokens
from analysis.figures.asciicut import char_classes, codes_of, general_tokens, holds_cjk, holds_code
from analysis.figures.asciicut import split_digits as _split_digits
from analysis.figures.cjkdigits import (
    HAN_DECIMAL_POINT,
    HAN_DIGITS,
    HANGUL_DIGITS,
    han_decimal_point,
    han_digits,
    hangul_digits,
)
from analysis.figures.spelling import _SPELLED, SPELLED_CHARACTERS, spell, spell_pattern
from analysis.lang import longest_first
from analysis.text.normalise import _BEFORE_NFKC, _FOLDED, FOLD_TABLE, fold
from analysis.text.scripts import CHARACTERS, HANGUL_SYLLABLES

__all__ = [
    "CJK",
    "Token",
    "DATE_RE",
    "DIGITS_SPLIT",
    "HAS_CJK",
    "has_cjk",
    "TOKEN_RE",
    "apply_rewrite",
    "digits_value",
    "expander",
    "folded_ascii",
    "folded_text",
    "join_stray_comma",
    "letter_tokens",
    "normalise",
    "powers_may_stand",
    "rewrite",
    "spell",
    "spell_pattern",
    "split_digits",
    "table_tokens",
    "tokens",
    "unit_powers",
    "UNIT_POWERS",
    "UNIT_SYMBOLS",
]

_HAN_DECIMAL: Final = re.compile(r"(\d)\.(\d{3})(?=[万萬亿億])")
_QUOTE_IN_WORD: Final = re.compile("(?<=[а-щьюяіїєґ])[\"\u201c\u201d\u201e](?=[а-щьюяіїєґ])")
"""(31rb, D219.1) A double quote mark with a Cyrillic letter on both sides, typed for the
Ukrainian apostrophe ("п”ятсот", "дев"ять"): the apostrophe. Quotes around a word have a letter
on one side only ("«п'ять»", ""п'ять"")."""
_FOLDED_OR_SPELLED: Final = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(FOLD_TABLE)) + SPELLED_CHARACTERS + "]"
)
"""A character :data:`~analysis.text.normalise.FOLD_TABLE` changes or one of a script with
spelling rules (:data:`~.spelling.SPELLED_CHARACTERS`): text beyond ASCII that holds none
(most: Cyrillic, CJK, accented Latin) is searched once, not twice (17sp). Folding writes
neither kind (the table writes ASCII; lower case, the dot above and a Han decimal no letter of
those scripts), so what the search does not find in the NFKC text, the folded text lacks."""
# (32sp) _FOLDED_OR_SPELLED read by code (asciicut.holds_code): the pattern's search cost
# ~1,500 instructions a phrase beyond ASCII, a loop over the codes less
_FOLDED_OR_SPELLED_CODES: Final = codes_of(_FOLDED_OR_SPELLED)


CJK: Final = CHARACTERS["han"] + CHARACTERS["kana"] + HANGUL_SYLLABLES
"""Characters read one per token (a regex class body): Han, kana, Hangul syllables."""

UNIT_SYMBOLS: Final = (
    "km", "cm", "mm", "dm", "hm", "dam", "nm", "\u03bcm", "m", "ft", "yd",
    "\u043a\u043c", "\u0441\u043c", "\u043c\u043c", "\u0434\u043c", "\u043c",
    "\u0643\u0645", "\u0633\u0645", "\u0645\u0645", "\u0645",
    "\u0915\u093f\u092e\u0940", "\u0938\u0947\u092e\u0940", "\u092e\u0940",
)
"""Abbreviations of a length that an exponent makes an area or a volume (D73): Latin (km, cm,
mm, dm, hm, dam, nm, μm, m, ft, yd; mi and in only after a number), Cyrillic (км, см, мм, дм, м),
Arabic (كم, سم, مم, م) and Devanagari (किमी, सेमी, मी). Han, kana and Hangul texts write the
Latin ones or the squared symbols (㎡, ㎢, ㎥ …), which NFKC folds to them."""
_AFTER_NUMBER_SYMBOLS: Final = ("mi", "in")
"""Abbreviations that are also words ("in"): a unit with its exponent only right after a number
("300 mi²", "5 in³")."""
UNIT_POWERS: Final = tuple(
    unit + power for unit in UNIT_SYMBOLS + _AFTER_NUMBER_SYMBOLS for power in ("\u00b2", "\u00b3")
)
"""The words :func:`unit_powers` writes: every unit with its exponent ("km²", "м³", "كم²")."""
_NOT_WORD: Final = rf"(?![^\W{CJK}])"
_UNIT_EXPONENT: Final = re.compile(
    rf"(?<![^\W\d{CJK}])(?:({'|'.join(longest_first(UNIT_SYMBOLS))})"
    rf"|(?:(?<=\d)|(?<=\d ))({'|'.join(_AFTER_NUMBER_SYMBOLS)}))([23]){_NOT_WORD}"
)
"""A unit abbreviation and its exponent, folded to a digit ("km²", "m³", "㎢" -> "km2", "m3",
"km2"; or written so): the exponent glued to it, no letter or digit after it (Han, kana and
Hangul may follow, "1200㎢의 숲"), none but a digit before it ("300m2", not "team2")."""
_EXPONENT_GATE: Final = re.compile(r"[mtdni\u043c\u0645\u0940][23]")
"""The last letter of a unit of :data:`_UNIT_EXPONENT` and an exponent: most texts hold none,
and are not searched further (one scan for a character class)."""
_SPELLED_AREA: Final = re.compile(
    rf"(?<![^\W\d{CJK}])(?:(sq|cu)\.? ?(km|m|cm|mm|mi|ft|yd|in)"
    rf"|(\u043a\u0432|\u043a\u0443\u0431)\.? ?(\u043a\u043c|\u043c|\u0441\u043c|"
    rf"\u043c\u043c|\u0434\u043c))\.?{_NOT_WORD}"
    rf"|(?<![^\W\d{CJK}])(km|m|cm|mm) (kw|sze\u015bc)\.?{_NOT_WORD}"
)
"""An area or volume whose exponent is an abbreviated word: en "sq km", "sq. m", "sq ft",
"cu m"; ru, uk "кв. км", "кв. м", "куб. м"; pl "km kw.", "m sześc." (D73)."""
_SPELLED_GATE: Final = re.compile(r"sq|cu|\u043a\u0432|\u043a\u0443\u0431| kw| sze")
"""What every match of :data:`_SPELLED_AREA` holds (most texts hold none of them)."""
_SQUARE: Final = {"2": "\u00b2", "3": "\u00b3", "sq": "\u00b2", "cu": "\u00b3",
                  "\u043a\u0432": "\u00b2", "\u043a\u0443\u0431": "\u00b3",
                  "kw": "\u00b2", "sze\u015bc": "\u00b3"}


def _unit_power(m: re.Match[str]) -> str:
    """Return the unit of a match of :data:`_UNIT_EXPONENT` with its exponent as "²" or "³"."""
    unit = m.group(1) or m.group(2)
    return unit + _SQUARE[m.group(3)]


def _spelled_power(m: re.Match[str]) -> str:
    """Return the unit of a match of :data:`_SPELLED_AREA` with its exponent as "²" or "³"."""
    if m.group(2) is not None:
        return m.group(2) + _SQUARE[m.group(1)]
    if m.group(4) is not None:
        return m.group(4) + _SQUARE[m.group(3)]
    return m.group(5) + _SQUARE[m.group(6)]


def unit_powers(folded: str) -> str:
    """Write a unit's exponent as part of the unit, never as a number (D73).

    NFKC folds "km²" to "km2" and "㎡" to "m2", which :data:`TOKEN_RE` cuts into a unit and a
    number ("m" may even read as a scale, "300 m³" = 300,000,003). A unit abbreviation of
    :data:`UNIT_SYMBOLS` with an exponent 2 or 3 glued to it becomes one word, the unit with a
    superscript exponent ("km²", "м³", "كم²"), which no table reads as a number (a superscript
    is a letter to :data:`TOKEN_RE`'s word class, not a digit); so do the exponents written as
    abbreviated words ("sq km", "кв. м", "km kw."). A digit glued to letters that are no such
    unit is left as it was ("co2", "covid-19", "g7", "4x4", "3d").
    """
    if _EXPONENT_GATE.search(folded) is not None:
        folded = _UNIT_EXPONENT.sub(_unit_power, folded)
    if _SPELLED_GATE.search(folded) is not None:
        folded = _SPELLED_AREA.sub(_spelled_power, folded)
    return folded


def normalise(text: str) -> str:
    """Fold *text* (:func:`analysis.text.normalise.fold`) for reading.

    The combining dot that lower-casing leaves on Turkish "İ" is dropped ("BİNİ" ->
    "bini"). A point before a Han scale is a decimal point, never a thousands separator
    ("1438.564万" = 14,385,640; Chinese and Japanese group thousands with commas): a
    zero is appended to its three decimals so that rule 9 reads them as decimals.
    Text holding a character of a script whose language has spelling rules is then written
    in one spelling (:func:`spell`, D72: Hindi "घन्टे" -> "घंटे", Arabic "مئة" -> "مئه").

    Parameters
    ----------
    text : str
        A phrase.

    Returns
    -------
    str
        The folded phrase.
    """
    return unit_powers(folded_text(text))


def folded_text(text: str) -> str:
    """Return :func:`normalise` of *text* but its last step, :func:`unit_powers`.

    The engine writes a unit's exponent only where the digit groups say one may stand
    (:func:`powers_may_stand`), a cheaper test.
    """
    return folded_ascii(text)[0]


# str methods held once: compiled code calls a str method it has no primitive for by its name
# (a look-up on the type at each call; 17sg, tests/test_figures_speed_17sg.py)
IS_ASCII: Final = str.isascii
IS_ALPHA: Final = str.isalpha
# (27sp) the same for a module's function and a pattern's search, asked of text beyond ASCII
_NFKC: Final = unicodedata.normalize
_FOLDED_OR_SPELLED_IN: Final = _FOLDED_OR_SPELLED.search


def folded_ascii(text: str) -> tuple[str, bool]:
    """Return :func:`folded_text` of *text* and whether it is ASCII (``str.isascii``).

    The engine asks both; ASCII text without "`" folds to its lower case, which is ASCII: the
    question is asked of *text* alone then (17se).
    """
    if IS_ASCII(text):
        if "`" not in text:
            return text.lower(), True  # what fold gives ASCII text without "`"; no CJK decimal
        folded = fold(text)
        marked = False  # ASCII: no character of a script with spelling rules
    else:
        # fold's steps for text beyond ASCII, here in compiled code (fold stays Python)
        if "\u00b4" in text:  # an apostrophe NFKC would take apart (fold's _BEFORE_NFKC)
            text = text.translate(_BEFORE_NFKC)
        folded = _NFKC("NFKC", text)
        held = holds_code(folded, _FOLDED_OR_SPELLED_CODES)  # (32sp; the pattern beyond U+FFFF)
        marked = _FOLDED_OR_SPELLED_IN(folded) is not None if held is None else held
        if marked and _FOLDED.search(folded) is not None:
            folded = folded.translate(FOLD_TABLE)
        folded = folded.lower()
        if "\u0307" in folded:
            folded = folded.replace("i\u0307", "i")
        if ('"' in folded or "\u201d" in folded or "\u201c" in folded or "\u201e" in folded) and (
                _QUOTE_IN_WORD.search(folded) is not None):
            folded = _QUOTE_IN_WORD.sub("'", folded)
    if "." in folded and _han_scale_in(folded) and _HAN_DECIMAL.search(folded):
        folded = _HAN_DECIMAL.sub(_HAN_DECIMAL_TEXT, folded)
    if marked and _SPELLED is not None and _SPELLED.search(folded) is not None:
        folded = spell(folded)
    return folded, IS_ASCII(folded)


def _han_scale_in(text: str) -> bool:
    """Whether *text* holds a Han scale (万, 萬, 亿, 億), as every match of :data:`_HAN_DECIMAL`."""
    return "万" in text or "萬" in text or "亿" in text or "億" in text


_POWER_LETTERS: Final = frozenset("mtdniмمी")
"""The last letter of a unit of :data:`UNIT_SYMBOLS` (an exponent glued after it, D73)."""
_POWER_WORDS: Final = ("sq", "cu", "кв", "куб", " kw", " sze")
"""What an exponent written as a word holds, within a few words after its number."""


def powers_may_stand(text: str, parts: list[str], ascii: bool = False) -> bool:
    """Whether :func:`unit_powers` may change *text*, cut by :data:`DIGITS_SPLIT` into *parts*.

    An exponent is a digit group "2" or "3" glued after a unit's last letter ("km2", "m3"); an
    exponent written as a word follows a number ("120 sq km", "5 кв. м", "40 km kw."). Reading
    the digit groups costs a tenth of the two searches of :func:`unit_powers` (17cq's
    normalisation cost a sixth of a parse; the fourteenth session's speed check).
    """
    words = False
    for k in range(1, len(parts), 2):
        group = parts[k]
        if (group == "2" or group == "3") and parts[k - 1][-1:] in _POWER_LETTERS:
            return True
        words = words or k + 1 < len(parts)
    # "120 sq km", "59 тыс. кв. км", "40 km kw.": a word after a number; the words of
    # _POWER_WORDS written out (a loop boxes the tuple and makes an iterator each time, 17se)
    # (29sp: an ASCII text, *ascii*, holds no Cyrillic word: not searched for one)
    # (32sp) each string only in a text that holds its rarest letter: a search for one
    # character costs a fraction of one for two or more (most texts hold none of these)
    return words and (
        ("q" in text and "sq" in text) or ("c" in text and "cu" in text)
        or ("w" in text and " kw" in text) or ("z" in text and " sze" in text)
        or (not ascii and "к" in text and ("кв" in text or "куб" in text))
    )


_NUM_PATTERN: Final = r"\d{1,3}(?: \d{3}(?!\d))+(?:[,.]\d+)?|\d+(?:[,.'](?=\d)\d+)*"
MARKS: Final = (
    "\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f"
    "\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
)
"""Combining marks that belong to the word they are written in (Devanagari vowel signs,
Arabic short vowels, Latin accents): ``\\w`` does not match them, and a word cut at its
marks would hide number words inside longer words ("तीन" in "फिलिस्तीनी")."""
_LETTER: Final = rf"(?:[^\W\d_{CJK}]|[{MARKS}])"
TOKEN_RE: Final = re.compile(
    rf"(?P<d>{_NUM_PATTERN})"
    rf"|(?P<c>[{CJK}])"
    rf"|(?P<w>{_LETTER}+(?:[.'](?={_LETTER}){_LETTER}+)*)"
    r"|(?P<s>[^\w\s])"
)
"""Tokens: digit groups ``d``, CJK characters ``c``, words ``w``, symbols ``s``."""
_LETTERS: Final = rf"(?:[^\W\d_{CJK}]++|[{MARKS}]++)"
_GAPPED_TOKEN_RE: Final = re.compile(
    rf"([\s_]*)(?:(?P<d>{_NUM_PATTERN})"
    rf"|(?P<c>[{CJK}])"
    rf"|(?P<w>{_LETTERS}++(?:[.'](?={_LETTER}){_LETTERS}++)*+)"
    r"|(?P<s>[^\w\s]))"
)
""":data:`TOKEN_RE` with the gap before each token: only spaces and "_" match no token.

The same tokens, matched faster: a word is runs of letters and of marks taken whole
(possessive), as nothing after a word could make the pattern give any of it back."""

_ASCII_NUM: Final = _NUM_PATTERN.replace("\\d", "[0-9]")
_ASCII_TOKEN_RE: Final = re.compile(
    rf"([\s_]*)({_ASCII_NUM}"
    r"|[A-Za-z]++(?:[.'](?=[A-Za-z])[A-Za-z]++)*+"
    r"|[^\w\s])"
)
""":data:`_GAPPED_TOKEN_RE` for ASCII text, where its letter classes are ``[A-Za-z]`` (no
CJK character, no combining mark, no digit but ``[0-9]``): the same tokens, a third faster.
The token is one group: its first character tells its kind (``d`` a digit, ``w`` a letter,
else ``s``). The definition of :func:`~.asciicut.ascii_tokens`, which cuts the same (27sp)."""

DIGITS_SPLIT: Final = re.compile(
    r"(\d(?:\d{0,2}+(?: \d{3}(?!\d))++(?:[,.]\d++)?+|\d*+(?:[,.'](?=\d)\d++)*+))"
)
"""Splits a text around its digit groups (the template path of the engine).

:data:`_NUM_PATTERN` with the first digit of both its branches taken out in front: the same
matches, but a pattern that begins with a character class lets the regular expression
engine skip the characters that cannot start one (twice as fast on a phrase). Its repeats are
possessive (17se, a sixth faster): the first match takes each whole (docs/figures_evaluation.md).
The definition of :func:`split_digits`, which cuts the same by a loop (27sp)."""
_ASCII_DIGITS_SPLIT: Final = re.compile(DIGITS_SPLIT.pattern.replace(r"\d", "[0-9]"))
""":data:`DIGITS_SPLIT` for ASCII text, where a digit is ``[0-9]``: the same cuts (the tests')."""


def split_digits(text: str, ascii: bool | None = None) -> list[str]:
    """Return *text* split by :data:`DIGITS_SPLIT`.

    Cut by a loop over its characters (:func:`~.asciicut.split_digits`, the same cuts without a
    call of the pattern, 27sp). *ascii* (``text.isascii()`` when the caller found it) is no
    longer needed; it is kept for the callers.
    """
    return _split_digits(text)


DATE_RE: Final = re.compile(
    r"(?<![\d.,])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?![\d])"
)
"""Numeric dates (2024-10-18, 18.10.2024, 18/10/24), blanked before reading."""

HAS_CJK: Final = re.compile(f"[{CJK}]")
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_SEP_SPLIT: Final = re.compile(r"([,.' ])")
_THOUSANDS: Final = re.compile(r"[1-9]\d{0,2}(?:[,.' ]\d{3})+")  # 1,500 / 3.000 / 12 000
_INDIAN_GROUPS: Final = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")  # 2,45,310 (lakh and crore groups)
# the token pattern's findall, held once (as _SPLIT)
_GAPPED_FINDALL: Final = _GAPPED_TOKEN_RE.findall
_CLASSES: Final = char_classes(CJK, MARKS)
"""The token pattern's kind of every character below U+10000 (:func:`~.asciicut.char_classes`)."""


def has_cjk(text: str) -> bool:
    """Whether *text* holds a Han, kana or Hangul character: ``HAS_CJK.search`` by a loop (29sp)."""
    found = holds_cjk(text, _CLASSES)
    return HAS_CJK.search(text) is not None if found is None else found
_ELISION_MAX: Final = "\u0250"  # elisions ("jusqu'à", "l'") are split in Latin-script words only


def digits_value(raw: str) -> float:
    """Read a digit group under rule 9 (separators).

    A separator followed by exactly three digits groups thousands; otherwise a comma or
    point is the decimal point. Indian grouping ("2,45,310": pairs of digits, then three)
    groups thousands, lakhs and crores.

    Parameters
    ----------
    raw : str
        A digit group as matched by :data:`TOKEN_RE` ("1,500", "3.000", "1,5", "3 000").

    Returns
    -------
    float
        Its value.
    """
    if raw.isdigit():
        return float(raw)
    n = len(raw)
    if 5 <= n <= 7 and raw[n - 4] in ",.' " and "1" <= raw[0] <= "9":
        # one separator before three digits, after one to three ("3,000", "12.500"): what
        # _THOUSANDS matches with one group, read as it reads it
        head, tail = raw[: n - 4], raw[n - 3 :]
        if head.isdigit() and tail.isdigit():
            return float(head + tail)
    # (32sp) one decimal mark between digits, not before three ("2.5", "1,25"): what the split
    # below reads there, without the two patterns and the split (most groups left here)
    head, mark, tail = raw.partition(",") if "," in raw else raw.partition(".")
    if mark and len(tail) != 3 and head.isdecimal() and tail.isdecimal():
        return float(head + "." + tail)
    if _THOUSANDS.fullmatch(raw):
        # every group after the first has three digits and the first is no "0": all group
        # thousands, as the loop below would read them
        return float(raw.replace(",", "").replace(".", "").replace(" ", "").replace("'", ""))
    if _INDIAN_GROUPS.fullmatch(raw):
        return float(raw.replace(",", ""))
    parts = _SEP_SPLIT.split(raw)
    out = parts[0]
    last = len(parts) - 2
    for k in range(1, len(parts), 2):
        sep, grp = parts[k], parts[k + 1]
        if len(grp) == 3 and not (k == last and sep in ",." and parts[0] == "0"):
            out += grp
        elif sep in ",.":
            out += "." + grp
            # anything after a decimal point ends the number
            break
        else:
            out += grp
    return float(out)


STRAY_COMMA: Final = re.compile(r"(?<![\d.,'])(?<!\d, )(\d{1,3}), (\d{3})(?![\d]|[,.]\d|, ?\d)")
"""A thousands comma followed by a stray space ("15, 200"), not inside a list of numbers."""


def join_stray_comma(text: str, months: Container[str]) -> str:
    """Close a stray space after a thousands comma: "15, 200" -> "15,200" (rule 9).

    Read so only where it is unambiguous: 1-3 digits, a comma, one space and exactly
    three digits, with no other number listed before or after it ("100, 200, 300" is a
    list), and no month word in the text ("May 5, 200 troops" is a date and a count).

    Parameters
    ----------
    text : str
        Normalised text.
    months : container of str
        The words that name a month in the phrase's language.

    Returns
    -------
    str
        The text, with such a comma closed up.
    """
    if STRAY_COMMA.search(text) is None:
        return text
    if any(m.group() in months for m in _WORD_RE.finditer(text)):
        return text
    return STRAY_COMMA.sub(_STRAY_COMMA_TEXT, text)


Token = tuple[str, str, bool]
"""A token, its kind (``d``, ``c``, ``w``, ``s``) and whether it is glued to the one before."""


def letter_tokens(
    text: str, words: list[str] | None = None, ascii: bool | None = None
) -> list[Token] | None:
    """Return the tokens of *text* when it is words of letters between single spaces, else None.

    Most phrases written in number words are such ("a few hundred", "zwei tausend"): each
    word is one token of kind ``w``, none glued, as :func:`tokens` cuts them. A letter
    (``str.isalpha``) is a word character that is neither a digit nor "_", so a run of
    letters other than Han, kana and Hangul is one word of :data:`TOKEN_RE` (no mark, no
    elision, no point inside); ``tests/test_figures_passes.py`` holds the two to each other.
    The test costs a copy of the text: the engine asks only of a text without digits.
    *words*, when given, has the words appended (as :func:`tokens` does); *ascii* is
    ``text.isascii()`` when the caller found it already.
    """
    if not text or text[0] == " " or text[-1] == " " or "  " in text:
        return None
    if not IS_ALPHA(text.replace(" ", "")):
        return None
    if not (IS_ASCII(text) if ascii is None else ascii) and has_cjk(text):
        return None
    pieces = text.split(" ")
    if words is not None:
        words.extend(pieces)
    return [(p, "w", False) for p in pieces]


def tokens(
    text: str, words: list[str] | None = None, ascii: bool | None = None
) -> list[Token]:
    """Cut normalised *text* into tokens, elisions split ("jusqu'à" -> "jusqu'", "à").

    Parameters
    ----------
    text : str
        Normalised text.
    words : list of str, optional
        A list the words (the tokens of kind ``w``) are appended to, in order, when given.
    ascii : bool, optional
        ``text.isascii()``, when the caller found it already.

    Returns
    -------
    list of Token
        ``(token, kind, glued)`` in order; the words are the tokens of kind ``w``.
    """
    if IS_ASCII(text) if ascii is None else ascii:
        return _ascii_tokens(text, words)
    toks = general_tokens(text, words, _CLASSES)  # (27sp) by a loop; the pattern beyond U+FFFF
    return toks if toks is not None else _general_tokens(text, words)


def _no_trailing_gap(text: str) -> str:
    """Return *text* without the spaces and "_" it ends with, which hold no token.

    The token patterns match a gap, then a token: a gap with no token after it fails, and
    ``findall`` tries again one character on, so a long run of spaces at the end cost its length
    squared (a phrase of designations dropped by D74, "x1 x1 …", leaves only spaces; 17cr).
    """
    if not text or not (text[-1].isspace() or text[-1] == "_"):
        return text
    end = text.rstrip()
    while end.endswith("_"):
        end = end[:-1].rstrip()
    return end


def _general_tokens(text: str, words: list[str] | None) -> list[Token]:
    """:func:`tokens` of any *text*, cut by :data:`_GAPPED_TOKEN_RE` (a group per kind)."""
    toks: list[Token] = []
    first = True
    # one findall (no match objects): every character is a token's or a gap's (spaces, "_")
    for gap, d, c, w, s in _GAPPED_FINDALL(_no_trailing_gap(text)):
        glued = not (gap or first)
        first = False
        if d:
            toks.append((d, "d", glued))
        elif w:
            if "'" in w and w[0] < _ELISION_MAX:
                head, _, tail = w.partition("'")
                toks.append((head + "'", "w", glued))
                if words is not None:
                    words.append(head + "'")
                if tail:
                    toks.append((tail, "w", True))
                    if words is not None:
                        words.append(tail)
            else:
                toks.append((w, "w", glued))
                if words is not None:
                    words.append(w)
        elif c:
            toks.append((c, "c", glued))
        else:
            toks.append((s, "s", glued))
    return toks


def table_tokens(phrase: str) -> tuple[str, ...]:
    """Cut a table phrase into the tokens the engine sees in a text.

    Parameters
    ----------
    phrase : str
        A phrase of a language table ("more than", "jusqu'à", "тыс.").

    Returns
    -------
    tuple of str
        Its tokens; a trailing dot of an abbreviation ("тыс.") is not part of the key.
    """
    merged: list[str] = []
    for tok, _, _ in tokens(normalise(phrase)):
        if tok == "'" and merged and merged[-1][-1].isalpha():
            merged[-1] += "'"
        else:
            merged.append(tok)
    while len(merged) > 1 and merged[-1] == ".":
        merged.pop()
    return tuple(merged)


_FR_UNITS: Final = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}  # fmt: skip
FR_70_99: Final = "FR7099"
"""The rewrite replacement that stands for the French 70-99 arithmetic."""


def _fr_7099(m: re.Match[str]) -> str:
    base = 60 if m.group(1) == "soixante" else 80
    tail = m.group(3)
    return str(base + (_FR_UNITS.get(tail.replace(" ", "-"), 0) if tail else 0))


_COMPUTED: Final[dict[str, Callable[[re.Match[str]], str]]] = {
    FR_70_99: _fr_7099, HANGUL_DIGITS: hangul_digits, HAN_DIGITS: han_digits,
    HAN_DECIMAL_POINT: han_decimal_point,
}
"""The replacements a table names that are computed from the match, not a template."""


def rewrite(
    text: str, rewrites: Sequence[tuple[re.Pattern[str], str]],
    literals: Sequence[tuple[str, ...] | None] | None = None,
) -> str:
    """Apply a language's rewrites to normalised *text*.

    Parameters
    ----------
    text : str
        Normalised text.
    rewrites : sequence of (pattern, replacement)
        Compiled patterns and their replacements; :data:`FR_70_99` computes French
        70-99 ("quatre-vingt-dix" -> "90"), :data:`HANGUL_DIGITS` writes Sino-Korean digits
        in digits ("이천삼백" -> "2천3백").
    literals : sequence, optional
        For each rewrite, strings one of which the text holds wherever it matches, or None
        (the table's ``rewrite_literals``): a rewrite is not searched for in a text that
        holds none of its strings (the text as rewritten so far).

    Returns
    -------
    str
        The rewritten text.
    """
    for k, (pat, rep) in enumerate(rewrites):
        if literals is not None and not _holds_one(text, literals[k]):
            continue  # a substring test is a tenth of a search
        # most rewrites do not match: a search is cheaper than a substitution, which first
        # reads its replacement template (in Python) whether the pattern matches or not
        if pat.search(text) is not None:
            text = apply_rewrite(text, pat, rep)
    return text


def apply_rewrite(
    text: str, pat: re.Pattern[str], rep: str,
    expand: Callable[[re.Match[str]], str] | None = None,
) -> str:
    """Apply one rewrite of a table (*pat*, *rep*) to *text*, as :func:`rewrite` does.

    *expand*, when given, is :func:`expander` of the rewrite: the same text built in compiled
    code (``re`` reads a template with group references in Python, at each substitution).
    """
    if expand is not None:
        return pat.sub(expand, text)
    computed = _COMPUTED.get(rep)
    return pat.sub(computed, text) if computed is not None else pat.sub(rep, text)


def _template(pat: re.Pattern[str], rep: str) -> tuple[str, list[tuple[int, str]]] | None:
    r"""Read the template *rep* of *pat*: its text before the first group, then (group, text).

    Only plain text, ``\N`` (one digit 1-9, or two when a digit follows, as ``re`` reads
    them) and ``\g<N>`` are read, each group one *pat* has; any other escape (an octal or
    ``\0``, ``\n``, a name) gives None: ``re`` reads it.
    """
    head = ""
    rest: list[tuple[int, str]] = []
    lit = ""
    i, n = 0, len(rep)
    while i < n:
        ch = rep[i]
        if ch != "\\":
            lit += ch
            i += 1
            continue
        nxt = rep[i + 1 : i + 2]
        if nxt == "g":
            close = rep.find(">", i)
            name = rep[i + 3 : close]
            if rep[i + 2 : i + 3] != "<" or close < 0 or not (name.isascii() and name.isdigit()):
                return None
            group = int(name)
            i = close + 1
        elif nxt in "123456789" and nxt:
            two = rep[i + 1 : i + 3]
            if len(two) == 2 and two[1] in "0123456789":
                if two[0] in "01234567" and two[1] in "01234567" and rep[i + 3 : i + 4] in (
                        "0", "1", "2", "3", "4", "5", "6", "7"):
                    return None  # three octal digits: a character
                group = int(two)
                i += 3
            else:
                group = int(nxt)
                i += 2
        else:
            return None
        if group > pat.groups:
            return None  # an error, which re raises
        if rest:
            rest[-1] = (rest[-1][0], lit)
        else:
            head = lit
        rest.append((group, ""))
        lit = ""
    if not rest:
        return None  # no group: re copies plain text itself
    rest[-1] = (rest[-1][0], lit)
    return head, rest


def expander(pat: re.Pattern[str], rep: str) -> Callable[[re.Match[str]], str] | None:
    """Return a function building the text of a match of *pat* as the template *rep* does.

    ``pat.sub(expander(pat, rep), text)`` is ``pat.sub(rep, text)`` (a group that took no part
    in the match gives ""). None for a computed rewrite, a template without a group reference
    and one :func:`_template` does not read: those are left to ``re``.
    """
    if rep in _COMPUTED:
        return None
    read = _template(pat, rep)
    if read is None:
        return None
    head, rest = read

    def expand(m: re.Match[str]) -> str:
        out = head
        for group, lit in rest:
            got = m.group(group)
            if got is not None:
                out += got
            out += lit
        return out

    return expand


def _holds_one(text: str, strings: tuple[str, ...] | None) -> bool:
    """Whether *text* holds one of *strings* (True when there are none to test)."""
    if strings is None:
        return True
    for s in strings:
        if s in text:
            return True
    return False


_HAN_DECIMAL_TEXT: Final = expander(_HAN_DECIMAL, r"\1.\g<2>0") or r"\1.\g<2>0"
_STRAY_COMMA_TEXT: Final = expander(STRAY_COMMA, r"\1,\2") or r"\1,\2"
"""The texts of :func:`normalise`'s and :func:`join_stray_comma`'s substitutions, built in
compiled code (:func:`expander`)."""
