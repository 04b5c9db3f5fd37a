"""29sp: cheap exact checks that spare a pattern's search where it cannot find anything.

:func:`~analysis.figures.engine._date_may_stand` must be True of every text ``DATE_RE`` finds a
date in (the text cut by ``split_digits``): on every phrase we hold (as written and folded),
every short string of an alphabet of digits, the date marks, a space and a letter, every
decimal digit beyond ASCII, and random strings. :func:`~analysis.figures.spelling.spell`, which
skips a rule when the text holds none of the characters it needs, must write every text as all
its rules applied in order do: the phrases, every string of up to five characters of an
alphabet of each rule's characters, and random strings of each script.
:func:`~analysis.figures.normalise.has_cjk` must answer as ``HAS_CJK.search`` for every
character, beside others, on every phrase we hold and on random strings. A table's
``rewritten`` must write a phrase the same whether ``rewrites_apply`` asked the RE2 set of that
very text just before (its answer is reused) or not, and ``powers_may_stand`` told that a text
is ASCII must answer as without.
"""

from __future__ import annotations

import itertools
import random

from figure_sets import case_phrases, spread

from analysis.figures import normalise as N
from analysis.figures import spelling as S
from analysis.figures.asciicut import split_digits
from analysis.figures.engine import _date_may_stand
from analysis.figures.language import LEXICONS


def _phrases() -> set[str]:
    return case_phrases(normalised=True)


def _check_date(text: str) -> None:
    if N.DATE_RE.search(text) is not None:
        assert _date_may_stand(split_digits(text)), repr(text)


def test_no_date_is_missed_in_the_phrases_we_hold() -> None:
    phrases = _phrases()
    assert len(phrases) > 2_000
    refused = sum(not _date_may_stand(split_digits(t)) for t in phrases if "." in t or "-" in t)
    assert refused > 500  # the check spares most searches
    for text in phrases:
        _check_date(text)
        _check_date(f"am {text} 18.10.2024")


def test_no_date_is_missed_in_short_strings() -> None:
    for n in range(7):
        for chars in itertools.product("1./- ,a", repeat=n):  # (7 ** 6 strings at most)
            _check_date("".join(chars))
    for n in range(9):
        for chars in itertools.product("12./-", repeat=n):
            _check_date("".join(chars))


def test_no_date_is_missed_with_digits_beyond_ascii() -> None:
    digits = [chr(c) for c in range(128, 0x110000) if chr(c).isdecimal()]
    for d in digits:
        for text in (f"{d}{d}.{d}.{d}{d}", f"{d}{d}{d}{d}-{d}-{d}", f"{d}/{d}{d}/{d}{d}",
                     f"1{d}.1{d}.1{d}{d}{d}", f"x {d}.{d}/{d}{d} y"):
            _check_date(text)


def test_no_date_is_missed_in_random_strings() -> None:
    rng = random.Random(29)
    dense = "0123456789 ./-,'a"
    beyond = "1./- \u0663\u0966\uff15\u00e9\u4e07"
    for _ in range(50_000):
        _check_date("".join(rng.choice(dense) for _ in range(rng.randint(0, 24))))
        _check_date("".join(rng.choice(beyond) for _ in range(rng.randint(0, 16))))


def _spell_every_rule(text: str) -> str:
    """``spelling.spell`` as it was before 29sp: every rule of a script the text holds."""
    for script, rules in S._SPELLINGS:
        if script.search(text) is not None:
            for pat, rep, _ in rules:
                text = pat.sub(rep, text)
    return text


def _check_spell(text: str) -> None:
    assert S.spell(text) == _spell_every_rule(text), repr(text)
    for _, rules in S._SPELLINGS:
        for pat, _, chars in rules:
            if chars is not None and pat.search(text) is not None:
                assert any(ch in text for ch in chars), (pat.pattern, text)


def test_the_spelling_checks_miss_no_rule() -> None:
    assert sum(chars is not None for _, rules in S._SPELLINGS for _, _, chars in rules) >= 8
    for text in _phrases():
        _check_spell(text)
        _check_spell(N.fold(text))
    rng = random.Random(2029)
    for script, rules in S._SPELLINGS:
        letters = [c for c in map(chr, range(0x600, 0x980)) if script.search(c)][:40]
        marks = sorted({ch for _, _, chars in rules for ch in chars or ()})
        alphabet = "".join(marks[:6]) + "".join(letters[:3]) + " "
        for n in range(5):
            for chars in itertools.product(alphabet, repeat=n):
                _check_spell("".join(chars))
        pool = letters + marks + [" ", "\u200c", "\u064e", "\u0640", "1"]
        for _ in range(20_000):
            _check_spell("".join(rng.choice(pool) for _ in range(rng.randint(0, 14))))


def _check_cjk(text: str) -> None:
    assert N.has_cjk(text) == (N.HAS_CJK.search(text) is not None), repr(text)


def test_has_cjk_reads_every_character_as_the_pattern() -> None:
    for c in range(0x11_0000):
        ch = chr(c)
        _check_cjk(ch)
        _check_cjk(f"a{ch}б")
    for text in _phrases():
        _check_cjk(text)
    rng = random.Random(129)
    pool = "aé б1\u4e07\uac00\u3042\U00020000\U0001f600\u0663"
    for _ in range(20_000):
        _check_cjk("".join(rng.choice(pool) for _ in range(rng.randint(0, 12))))


def test_rewritten_reads_the_sets_last_answer_as_its_own() -> None:
    # 5,000 of the phrases we hold, evenly spaced (sorted: the same each run), in six tables of
    # six scripts (all of them took 15 s of the suite; every third 14 s by session 34)
    phrases = spread(sorted(_phrases()), 5_000)
    for code in ("en", "de", "ru", "ko", "zh", "ar"):
        lex = LEXICONS[code]
        for text in phrases:
            lex.last_text = None
            alone = lex.rewritten(text)
            lex.rewrites_apply(text)
            assert lex.last_text is None or lex.last_text is text
            assert lex.rewritten(text) == alone, (code, text)


def test_powers_may_stand_told_ascii_answers_as_without() -> None:
    for text in _phrases():
        parts = split_digits(text)
        assert N.powers_may_stand(text, parts, text.isascii()) == N.powers_may_stand(text, parts)
