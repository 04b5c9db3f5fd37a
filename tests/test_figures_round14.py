"""A fourteenth held-out round for issue 17: phrases labelled by a helper who never ran the
engine, the session's untuned measurement of the figure reader, then a development round.

``tests/cases/figures_round14.csv`` holds 400 figure phrases from pages of the pages corpus (gas
explosions, fires in markets and hospitals, heat waves, famine, cholera, prisoner swaps, riots,
shipwrecks, bridge collapses, crowd crushes, livestock lost in floods): 200 in issue 17's new
languages (tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk
(33-34 each).

Score, untuned: main at the start of the session of 2026-12-04 (e0f0dde) **372/400 = 93.0 %**
(ar 18/20 de 30/34 en 33/34 es 31/33 fr 31/33 hi 19/20 id 18/20 it 19/20 ja 20/20 ko 18/20 pl
17/20 pt 19/20 ru 32/33 tr 18/20 uk 31/33 zh 18/20); after rounds 12 and 13 were made
development rounds (17d: 28 classes, 17f: 22 classes) still **372/400**, the same 28 phrases
missed: the rules written for two rounds did not read one more phrase of a third.

After 17r (the round as a development round, codebook D41: each miss's class written for the
language and its neighbours, tested below on other phrases): **398/400 = 99.5 %** (ar 20/20
de 34/34 en 34/34 es 33/33 fr 33/33 hi 20/20 id 20/20 it 20/20 ja 20/20 ko 20/20 pl 20/20 pt
20/20 ru 33/33 tr 20/20 uk 32/33 zh 19/20). The two left are below, each with why.
"""

from __future__ import annotations

import math

import pytest
from figure_sets import held_out_round, spread

from analysis.figures import parse_figure

NAME = "figures_round14.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # "几十" is labelled 10-99 (tens), but 几 is "several" (rule 7: several tens = 20-99), as
    # figures_fresh labels "几十万濛洼人民" 200,000-999,999; the engine reads 20/20/99 (D41.14)
    ("zh", "可看到有几十具尸体覆盖着裹尸布"),
    # "до 30-ти" after "сполучення" (connection to 30 settlements): "до" as "to" after a noun of
    # connection, as round 11's known miss (D38); the table cannot tell it from "up to"
    ("uk", "Порушено транспортне сполучення до 30-ти населених пунктів"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)


# The rules 17r wrote for the round's misses, each for the language and its neighbours (D41 in
# docs/codebook.md), on phrases other than the round's own. Phrases with a source are real
# reporting from the pages corpus.
@pytest.mark.parametrize(
    ("phrase", "lang", "low", "best", "high", "qualifier", "relation"),
    [
        # abbreviated and other qualifiers (D41.1)
        ("zginęło min. 20 osób", "pl", 20, 20, None, "at_least", "total"),
        ("maks. 40 osób", "pl", None, 40, 40, "at_most", "total"),
        ("zemřelo min. 12 lidí", "cs", 12, 12, None, "at_least", "total"),
        ("zumindest 300 Menschen", "de", 300, 300, None, "at_least", "total"),
        ("mind. 15 Verletzte", "de", 15, 15, None, "at_least", "total"),
        ("يتجاوز عددهم 500 شخص", "ar", 500, 500, None, "at_least", "total"),
        ("لا يقل عددهم عن 40 قتيلا", "ar", 40, 40, None, "at_least", "total"),
        # "N, or even more" (D41.9)
        ("186.000 morts, voire plus", "fr", 186_000, 186_000, None, "at_least", "total"),
        ("300 dead, if not more", "en", 300, 300, None, "at_least", "total"),
        ("300 погибших, а то и больше", "ru", 300, 300, None, "at_least", "total"),
        ("300 Tote, wenn nicht mehr", "de", 300, 300, None, "at_least", "total"),
        # "A, if not B" is a range, vague ends from the low's low to the high's high (D4, D41.9)
        ("dozens, if not hundreds, of people", "en", 12, 12, 999, "vague", "total"),
        ("des dizaines ou des centaines de morts", "fr", 10, 10, 999, "vague", "total"),
        ("Dutzende, wenn nicht gar Hunderte", "de", 12, 12, 999, "vague", "total"),
        ("decenas, si no cientos, de personas", "es", 10, 10, 999, "vague", "total"),
        ("десятки, а то и сотни человек", "ru", 10, 10, 999, "vague", "total"),
        ("десятки, а то й сотні людей", "uk", 10, 10, 999, "vague", "total"),
        ("30, or even 40 people", "en", 30, 35, 40, "range", "total"),
        # Turkish neighbouring numerals are a range; a possessive numeral is a part (D41.10)
        ("beş altı kişi yaralandı", "tr", 5, 5.5, 6, "range", "total"),
        ("2'si çocuk 5 kişi hayatını kaybetti", "tr", 5, 5, 5, "exact", "total"),
        ("30 kişi yaralandı, 6'sı ağır", "tr", 30, 30, 30, "exact", "total"),
        # a vague part by how badly hurt, after a comma, is a breakdown (D30, D41.6)
        ("at least 134 injured, some critically", "en", 134, 134, None, "at_least", "total"),
        ("60 blessés, certains grièvement", "fr", 60, 60, 60, "exact", "total"),
        ("60 Verletzte, einige schwer", "de", 60, 60, 60, "exact", "total"),
        ("60 heridos, algunos de gravedad", "es", 60, 60, 60, "exact", "total"),
        ("60 feriti, alcuni gravemente", "it", 60, 60, 60, "exact", "total"),
        ("60 feridos, alguns em estado grave", "pt", 60, 60, 60, "exact", "total"),
        ("60 раненых, некоторые тяжело", "ru", 60, 60, 60, "exact", "total"),
        ("60 поранених, деякі тяжко", "uk", 60, 60, 60, "exact", "total"),
        # another + a collective numeral is additional (D6, D12, D41.7)
        ("otro centenar de heridos", "es", 100, 100, 100, "approx", "additional"),
        ("une autre dizaine de blessés", "fr", 10, 10, 10, "approx", "additional"),
        ("un'altra decina di feriti", "it", 10, 10, 10, "approx", "additional"),
        ("outra dezena de feridos", "pt", 10, 10, 10, "approx", "additional"),
        # "إضافي" (additional) after the noun (D12, D41.1)
        ("5 ملايين طفل إضافي", "ar", 5_000_000, 5_000_000, 5_000_000, "exact", "additional"),
        # "N more than expected" (rule 12, D38.4, D41.8)
        ("3.000 Tote mehr als im Vorjahr", "de", 3000, 3000, 3000, "exact", "additional"),
        ("mehr als 3.000 Tote", "de", 3000, 3000, None, "at_least", "total"),
        # a change from A with a word of its time to B (D35, D41.4)
        ("the toll rose from 935 last year to 1,031", "en", 1031, 1031, 1031, "exact", "total"),
        ("stieg von 935 im Vorjahr auf 1.031", "de", 1031, 1031, 1031, "exact", "total"),
        ("pasó de 935 el año pasado a 1.031", "es", 1031, 1031, 1031, "exact", "total"),
        ("è passato da 935 l'anno scorso a 1.031", "it", 1031, 1031, 1031, "exact", "total"),
        ("passou de 935 no ano passado para 1.031", "pt", 1031, 1031, 1031, "exact", "total"),
        ("dari semula 5 orang bertambah menjadi 9 orang", "id", 9, 9, 9, "exact", "total"),
        # clock times by the part of the day (D28, D41.5)
        ("until five in the morning, 20 people were treated", "en", 20, 20, 20, "exact", "total"),
        ("at 5 a.m. 20 people", "en", 20, 20, 20, "exact", "total"),
        ("a las 5 de la tarde, 20 personas", "es", 20, 20, 20, "exact", "total"),
        ("até às cinco da manhã, 20 pessoas", "pt", 20, 20, 20, "exact", "total"),
        ("fino alle cinque del mattino, 20 persone", "it", 20, 20, 20, "exact", "total"),
        # ages: the oldest or youngest, Korean age groups, Hindi years (D7, D41.3)
        ("звільнено 90 людей, наймолодшому — 26 років, найстаршому — 60", "uk", 90, 90, 90,
         "exact", "total"),
        ("освобождены 90 человек, самому старшему — 60", "ru", 90, 90, 90, "exact", "total"),
        ("12 died; the oldest was 60", "en", 12, 12, 12, "exact", "total"),
        ("20대 초반 여성 5명이 다쳤다", "ko", 5, 5, 5, "exact", "total"),
        ("20~30대 남성 3명", "ko", 3, 3, 3, "exact", "total"),
        ("차량 10대", "ko", 10, 10, 10, "exact", "total"),
        ("60 वर्ष से अधिक आयु के 200 लोग", "hi", 200, 200, 200, "exact", "total"),
        # "more" inside a longer Hangul word is none (D14, D41.2); 几 + magnitude (D41.14)
        ("폭염 같은 더위에 닭 5천 마리가 폐사", "ko", 5000, 5000, 5000, "exact", "total"),
        ("2명 더 숨져", "ko", 2, 2, 2, "exact", "additional"),
        ("有几十人受伤", "zh", 20, 20, 99, "vague", "total"),
        ("10多人受伤", "zh", 10, 10, None, "at_least", "total"),
        # after a comma alone "many" may open a breakdown: the count stays (D41.12)
        ("300 dead, many children", "en", 300, 300, 300, "exact", "total"),
        ("18 morti, molti dei quali bambini", "it", 18, 18, 18, "exact", "total"),
        # a Chinese "many" with a copula after it is a breakdown ("many of them are children"),
        # not a list (found by the review, 16rv)
        ("300人死亡，不少是儿童", "zh", 300, 300, 300, "exact", "total"),
        ("300名士兵，许多是新兵", "zh", 300, 300, 300, "exact", "total"),
    ],
)
def test_round14_rules(
    phrase: str, lang: str, low: float | None, best: float | None, high: float | None,
    qualifier: str | None, relation: str | None,
) -> None:
    got = parse_figure(phrase, lang)
    if qualifier is None:
        assert got.status == "unparsed", got
        return
    def same(a: float, b: float | None) -> bool:
        return math.isnan(a) if b is None else a == b
    assert same(got.low, low) and same(got.best, best) and same(got.high, high), got
    assert (got.qualifier, got.relation, got.status) == (qualifier, relation, "ok"), got


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        # fire-and-rescue crews and units are units (D20, D41.1)
        ("na miejscu pracowało 12 zastępów straży", "pl"),
        ("w akcji brało udział pięć jednostek straży pożarnej", "pl"),
        ("к тушению привлекли 12 пожарных расчетов", "ru"),
        ("залучено 12 розрахунків ДСНС", "uk"),
        # a total word inside a share "X of (a total of) Y" (rule 13, D37.4, D41.11)
        ("241 of a total of 263 people", "en"),
        ("241 von insgesamt 263 Menschen", "de"),
        ("241 sur un total de 263", "fr"),
        ("241 de un total de 263", "es"),
        ("241 su un totale di 263", "it"),
        ("241 de um total de 263", "pt"),
        ("241 из в общей сложности 263", "ru"),
        ("241 з загальної кількості 263", "uk"),
        ("241 z łącznie 263", "pl"),
        ("Dari seluruh korban, sebanyak 22 orang di antaranya anak-anak", "id"),
        # a count listed with "many" or with "a X and a Y" (rule 13, D5, D41.12)
        ("18 dead and many injured", "en"),
        ("1人死亡,多人受伤", "zh"),
        ("18 morti e molti feriti", "it"),
        ("five ships, a helicopter and a plane", "en"),
        # "most" is a share; a multiplier with "vez" (rule 13, D41.3, D41.13)
        ("आग में फंसे अधिकांश 50 लोग", "hi"),
        ("vinte vez maior do que", "pt"),
        # ages with the unit left out (D7, D41.3)
        ("Наймолодшому — 26 років, найстаршому — 60", "uk"),
    ],
)
def test_round14_no_count(phrase: str, lang: str) -> None:
    got = parse_figure(phrase, lang)
    assert got.status == "unparsed" and math.isnan(got.best), got


def test_the_rewrites_gate_lets_every_rewrite_through() -> None:
    """The first-character gate of a table's rewrites (D41) refuses no text a rewrite matches.

    12,000 rows of the case tables (evenly spaced in the files' order: every row until session
    35, when each rule's new rewrite had made this walk 11 s of a suite over its budget),
    normalised, with their language's table: wherever one of the table's rewrites matches, the
    gate matches too.
    """
    import csv
    from pathlib import Path

    from analysis.figures.lexicon import LEXICONS
    from analysis.figures.normalise import normalise

    rows = []
    for path in sorted((Path(__file__).parent / "cases").glob("figures*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows += [(row.get("lang") or "", row["phrase"]) for row in csv.DictReader(fh)]
    checked = 0
    for lang, phrase in spread(rows, 12_000):
        lex = LEXICONS.get(lang)
        if lex is None or lex.rewrite_any is None:
            continue
        text = normalise(phrase)
        if any(pat.search(text) for pat, _ in lex.rewrites):
            assert lex.rewrite_any.search(text), (lang, text)
            checked += 1
    assert checked > 300
