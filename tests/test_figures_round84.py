# ruff: noqa: E501 (the phrases are data, as written)
"""Round 84 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (twenty-ninth).

``tests/cases/figures_round84.csv`` was labelled by helper lab84 with 240 phrases from reporting
of 1995-2007 (the Iraq war, the 2004 tsunami, Darfur, Lebanon 2006, the Kashmir and Izmit
earthquakes, hurricane Katrina, Beslan) and of 2015-2026 road, rail, air and sea disasters,
collapses and fires. Held out through D210: it read 239 of 240 on the session's start (00bf43cd)
and after D210, the same rows. Its one miss, en "a half-million people homeless" (the hyphen of
"half-million", read as "quarter-million" was), is D211: 240 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round84.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
