# ruff: noqa: E501 (the phrases are data, as written)
"""Round 101 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-fourth): a development round.

``tests/cases/figures_round101.csv`` was labelled by helper lab101 with 240 phrases of counts of
people in reporting of crime and justice (arrests in raids, victims of fraud and trafficking,
people charged, officers deployed) and of searches and rescues (people rescued, searched for,
trapped, evacuated); 31 labelled unparsed. Scored before anyone read a row on main be3a6f80 (after
D226-D230, none written from it): 235 of 240 (97.9 %), and the same 235 on the session's start (55d38b4f): the rules of D226-D230 moved none of its rows. Development material: D232 (the lead: fr "un ménage sur vingt" a ratio, ko "일당" a gang) and D231 (34re: shelters counted beside people set aside, "and another in <place>" a sum; the id "meningkat sekitar 80" row relabelled additional by D164) read 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round101.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
