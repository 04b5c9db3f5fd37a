"""The 17sf speed steps of the full engine read every phrase as the steps they replace did.

Issue 17 part 2. Each cheaper step is held to the one it replaces: the table phrase found at a
token (its key built for its length alone) to the slices it was built from, the near-value
test looped to ``frozenset.isdisjoint``, and the RE2 set's ``Match``, bound once, to the method
called by its name. ``read_units`` appending to its list natively (not through a bound
``append``) builds the same list; the readings of every phrase are held by
``benchmarks/compare_figures.py`` (0 changed, docs/figures_evaluation.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.figures import decide, units
from analysis.figures.lexicon import LEXICONS, Lexicon
from analysis.figures.normalise import Token, normalise, tokens
from analysis.figures.patterns import loose_found

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_figures  # noqa: E402

# phrases of our own: table phrases of two, three and more tokens, glued CJK runs, elisions
OWN = [
    "more than 3,000 troops", "as many as 500 people", "up to a thousand", "in total 12",
    "jusqu'à 3 000 soldats", "plus de deux mille", "un peu plus de 40", "mehr als 3.000",
    "bis zu 12 Tausend", "más de 300 muertos", "al menos un centenar", "не менее 3 тыс.",
    "более 500 человек", "понад 2 тисячі", "약 1만 2천 명 이상", "1만여 명", "3000人以上",
    "少なくとも約1万人", "至少3000人", "一千多人", "en az 300 asker", "lebih dari 200 orang",
    "ponad 90 tys.", "quasi 500 persone", "mais de 1.500", "أكثر من 500 قتيل", "लगभग 300 सैनिक",
    "3 to 5 thousand", "between 10 and 20", "", "a", "x y",
]


def _phrase_at_before(
    toks: list[Token], i: int, lex: Lexicon
) -> tuple[int, tuple[str, ...], dict] | None:
    """:func:`units._phrase_at` as it was before 17sf (every key sliced from one list)."""
    top = len(toks) - i
    if top < 2 or toks[i + 1][0] not in lex.seconds[toks[i][0]]:
        return None
    if toks[i][1] == "c":
        run = 1
        top = min(lex.maxlen, top)
        while run < top and toks[i + run][2] and toks[i + run][1] == "c":
            run += 1
        top = run
    top = min(top, lex.maxlen)
    texts = [t[0] for t in toks[i : i + top]]
    for k in lex.lengths[texts[0]]:
        if k > top:
            continue
        key = tuple(texts[:k])
        cats = lex.multi.get(key)
        if cats is not None:
            return k, key, cats
    return None


def _texts() -> list[str]:
    return sorted({t for t, _ in bench_figures._real_phrases()} | set(OWN))


def test_phrase_at_as_before():
    found = 0
    all_toks = [tokens(normalise(t)) for t in _texts()]
    for lex in LEXICONS.values():
        for toks in all_toks:
            for i, (tok, _, _) in enumerate(toks):
                if tok not in lex.seconds:  # (read_units asks only at a phrase's first token)
                    continue
                before = _phrase_at_before(toks, i, lex)
                assert units._phrase_at(toks, i, lex) == before, (lex.code, toks, i)
                found += before is not None
    assert found > 100  # phrases of two tokens and longer were found


def test_near_value_is_not_isdisjoint():
    seen = 0
    for text in _texts():
        toks = tokens(normalise(text))
        for lex in (LEXICONS["en"], LEXICONS["de"], LEXICONS["ko"], LEXICONS["ru"]):
            has = decide._categories(units.read_units(toks, lex))
            assert decide._near_value(has) == (not decide._NEAR_VALUE.isdisjoint(has)), text
            seen += decide._near_value(has)
    assert seen > 0
    assert not decide._near_value(set())


def test_loose_match_is_the_sets_match():
    made = 0
    texts = _texts()
    for lex in LEXICONS.values():
        if lex.rewrite_any is None:
            continue
        lex.rewrites_apply("12")  # makes the set at the first check
        assert lex.loose_made
        if lex.loose_set is None:
            assert lex.loose_match is None
            continue
        made += 1
        for text in texts:
            got = loose_found(lex.loose_match, text)
            assert got == lex.loose_set.Match(text.encode()), (lex.code, text)
    assert made >= 15
    assert loose_found(LEXICONS["en"].loose_match, "\ud800") is None  # a lone surrogate


def test_qualifier_lookups_are_the_qualifier_cats():
    # _one_figure asks the three categories of _QUALIFIER_CATS one by one
    assert decide._QUALIFIER_CATS == {
        decide.Cat.QUALIFIER_BEFORE, decide.Cat.QUALIFIER_AFTER, decide.Cat.WEAK_AT_LEAST
    }


def test_holds_maker_is_not_isdisjoint():
    from analysis.figures import engine

    texts = [*_texts(), "boeing 787", "ein airbus a320", "Typ Eurocopter 135", "туполев 154"]
    hits = 0
    for text in texts:
        words = [t for t, kind, _ in tokens(normalise(text)) if kind == "w"]
        assert engine._holds_maker(words) == (not engine._MAKERS.isdisjoint(words)), text
        hits += engine._holds_maker(words)
    assert hits >= 4
    assert not engine._holds_maker([])
