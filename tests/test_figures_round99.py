# ruff: noqa: E501 (the phrases are data, as written)
"""Round 99 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-fourth): the session's held-out round.

``tests/cases/figures_round99.csv`` was labelled by helper lab99 with 240 phrases of casualty and
humanitarian counts of armed conflicts and crises of 1990-2026 other than the war in Ukraine
(killed, wounded, missing, displaced, refugees, people in need of aid, bodies recovered; Gaza,
Lebanon, Syria, Yemen, Sudan, Ethiopia, the Sahel, Congo, Myanmar, Afghanistan, Chechnya,
Karabakh, Bosnia, Colombia, Mexico, Haiti, Kashmir); 38 labelled unparsed. Scored before anyone
read a row on main 55d38b4f (the session's start): 234 of 240 (97.5 %), and the same 234 on the session's final code (after D226-D232, none written from it). Held out through every rule of the
session; its misses below are development material for the next session.

Session 35 (D233, rules35a): the six misses read as labelled after D233, one of them relabelled
(pt "dezenas de" is tens, vague 10-99, not 12: rule 7).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round99.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
