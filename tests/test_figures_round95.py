# ruff: noqa: E501 (the phrases are data, as written)
"""Round 95 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-third): scored held out, then worked on.

``tests/cases/figures_round95.csv`` was labelled by helper lab95 with 240 phrases of counts of
people in reporting of 1900-1950 history as told today (the world wars' tolls, the Holocaust, the Armenian genocide, the
Holodomor, the 1918 influenza, Nanjing, the Bengal famine, Partition, the Khmer Rouge), anniversaries
and commemorations, and exhumations and identifications of the dead. Scored before anyone read a row on main 61282377 (the session's
start's code): 231 of 240 (96.2 %). Development material from its own session: its misses
below, each as the label reads it and as the reader read it. After D224 (33ra: de, fr, es, tr,
pl) and D225 (33rb: hi, ko, ja) 240 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round95.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
