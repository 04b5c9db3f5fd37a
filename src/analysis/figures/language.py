"""Which language table reads a phrase: the hint when it fits, else a guess.

The guess goes by script first (a script few languages write, such as Hangul or
Devanagari, names the language), then by the words each table knows. Scripts and
identifying letters come from :mod:`analysis.lang`, so a new language needs no change
here.
"""

from __future__ import annotations

from typing import Final

from analysis.figures.lexicon import LEXICONS, UNIVERSAL, Lexicon
from analysis.figures.normalise import has_cjk
from analysis.figures.units import TIME_HEAD, other_cats
from analysis.lang import LETTERS, SCRIPTS
from analysis.text.scripts import PATTERNS, SPACELESS

__all__ = ["OTHER_VOTES", "VOTES", "choose_language", "guess_language", "hinted_table", "knows"]

# Scripts checked first, in this order: each is written by one language or a few
# (Japanese and Chinese share Han). Any other text is Cyrillic or else Latin.
_NAMING_SCRIPTS: Final = ("hangul", "kana", "han", "arabic", "devanagari")
_BY_SCRIPT: Final[dict[str, tuple[str, ...]]] = {}
for _code in LEXICONS:
    for _script in SCRIPTS[_code]:
        _BY_SCRIPT[_script] = (*_BY_SCRIPT.get(_script, ()), _code)
_CHECKS: Final = tuple(
    (PATTERNS[script], _BY_SCRIPT[script]) for script in _NAMING_SCRIPTS if script in _BY_SCRIPT
)
_CYRILLIC: Final = PATTERNS["cyrillic"]
_HAN_CHARS: Final = PATTERNS["han"]
_SPACELESS_LANGS: Final = frozenset(c for c in LEXICONS if SPACELESS.intersection(SCRIPTS[c]))
_LETTERS: Final = {code: LETTERS[code] for code in LEXICONS if LETTERS[code]}

VOTES: Final[dict[str, tuple[tuple[str, float], ...]]] = {}
"""word -> ((language, weight), ...) for guessing.

A word listed on its own counts 1, a word only seen inside a longer phrase ("y" in "y
compris") counts 0.5, a one-letter word half as much.
"""
for _code, _lex in LEXICONS.items():
    for _word in _lex.known:
        if _word and _word[0].isalpha():
            _w = (1.0 if _word in _lex.one else 0.5) * (1.0 if len(_word) > 1 else 0.5)
            VOTES[_word] = (*VOTES.get(_word, ()), (_code, _w))
_COMPOUND_LANGS: Final = tuple(code for code, lex in LEXICONS.items() if lex.compound)
_STEM_LANGS: Final = tuple(code for code, lex in LEXICONS.items() if lex.stem_re is not None)


def _by_characters(text: str, codes: tuple[str, ...]) -> str:
    """Return the language whose table knows most Han characters of *text* (ties: first)."""
    chars = [c for c in text if _HAN_CHARS.match(c)]

    def known(code: str) -> int:
        lex = LEXICONS[code]
        return sum((c in lex.one and c in lex.known) + (c in lex.known) for c in chars)

    return max(codes, key=known)


OTHER_VOTES: Final[dict[str, tuple[tuple[str, float], ...]]] = {}
"""Votes found so far for words no table lists (a one-word number or a stem in some
languages): a memo, emptied by :func:`analysis.figures.clear_cache`."""
_MEMO_LIMIT: Final = 100_000


def _other_votes(w: str) -> tuple[tuple[str, float], ...]:
    """Return the votes of a word no table lists, and remember them in :data:`OTHER_VOTES`."""
    # a number written as one word ("dreitausend", "tremila"), or a stem ("binden")
    votes = tuple((c, 1.0) for c in _COMPOUND_LANGS if LEXICONS[c].compound_value(w))
    votes += tuple((c, 0.5) for c in _STEM_LANGS if LEXICONS[c].stem_re.match(w))  # type: ignore[union-attr]
    if len(OTHER_VOTES) >= _MEMO_LIMIT:
        OTHER_VOTES.clear()
    OTHER_VOTES[w] = votes
    return votes


def _vote(pool: tuple[str, ...], found: list[str]) -> str:
    """Return the language of *pool* whose table knows most of the words *found*.

    Ties go to the first language of *pool*; with no evidence at all, the first wins.
    """
    scores = dict.fromkeys(pool, 0.0)
    for w in found:
        votes = VOTES.get(w)
        if votes is None:
            votes = OTHER_VOTES.get(w)
            if votes is None:
                votes = _other_votes(w)
        for code, weight in votes:
            if code in scores:
                scores[code] += weight
    # a phrase of the table ("as few as", "y compris") is strong evidence
    for code in pool:
        lex = LEXICONS[code]
        for i, w in enumerate(found):
            if w in lex.starts:
                for k in range(min(lex.maxlen, len(found) - i), 1, -1):
                    key = tuple(found[i : i + k])
                    if key in lex.multi and key not in lex.silent_multi:
                        scores[code] += k
                        break
    best = max(pool, key=lambda c: scores[c])
    return best if scores[best] else pool[0]


def guess_language(text: str, found: list[str]) -> str:
    """Guess the language of a phrase from its script and known words.

    Parameters
    ----------
    text : str
        The normalised phrase.
    found : list of str
        Its words (the tokens of kind ``w``, :func:`~analysis.figures.normalise.tokens`).

    Returns
    -------
    str
        The code of a language of :data:`~analysis.figures.lexicon.LEXICONS`.
    """
    for pattern, codes in _CHECKS:
        if pattern.search(text):
            return codes[0] if len(codes) == 1 else _by_characters(text, codes)
    pool = _BY_SCRIPT["cyrillic"] if _CYRILLIC.search(text) else _BY_SCRIPT["latin"]
    for code in pool:
        letters = _LETTERS.get(code)
        if letters and any(ch in text for ch in letters):
            return code
    return _vote(pool, found)


def knows(lex: Lexicon, found: list[str]) -> bool:
    """Whether the table knows a word of *found*: listed, a one-word number, or a stem.

    A word's number or stem reading is the one the units get (:func:`~.units.other_cats`,
    remembered in ``lex.other`` until :func:`analysis.figures.clear_cache`).
    """
    known, other = lex.known, lex.other
    for w in found:
        if w in known:
            return True
        cats = other.get(w)
        if cats is None:
            cats = other_cats(w, "w", lex)  # remembered for the units too
        if cats and w not in UNIVERSAL and cats is not TIME_HEAD:
            # a unit every table reads ("km²") tells no language, nor a compound's time-unit
            # head ("hostages" ends as "Festtages", D77.1)
            return True
    return False


def choose_language(text: str, hint: str | None, found: list[str]) -> tuple[Lexicon, bool]:
    """Choose the table for *text*: the hint when it has one, else a guess.

    A hinted Latin or Cyrillic table that knows none of the words gives way to the
    guessed table when that one knows some ("über 3.000" hinted English reads as German).

    Parameters
    ----------
    text : str
        The normalised phrase.
    hint : str or None
        The row's language ("en", "de-AT" ...), if any.
    found : list of str
        The words of *text*.

    Returns
    -------
    tuple of (Lexicon, bool)
        The table, and whether reading is strict: a word no table knows makes the
        phrase unparsed (a hint was given but has no table).
    """
    if hint:
        hint = hint.strip().lower()[:2]
    lex = LEXICONS.get(hint) if hint else None
    if lex is not None:
        return hinted_table(text, lex, found, has_cjk(text)), False
    return LEXICONS[guess_language(text, found)], bool(hint)


def hinted_table(text: str, lex: Lexicon, found: list[str], cjk: bool) -> Lexicon:
    """Return the table that reads *text* when the hint names the table *lex*.

    :func:`choose_language` for a hint that has a table, with what the engine already knows
    of the phrase: *cjk* says whether *text* holds a Han, kana or Hangul character.
    """
    if lex.code not in _SPACELESS_LANGS and not cjk and found and not knows(lex, found):
        other = LEXICONS[guess_language(text, found)]
        if knows(other, found):
            return other
    return lex
