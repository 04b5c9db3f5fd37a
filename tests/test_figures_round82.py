# ruff: noqa: E501 (the phrases are data, as written)
"""Round 82 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (twenty-eighth).

``tests/cases/figures_round82.csv`` was labelled by helper lab82 with 240 phrases from reporting
of 2015-2022 (Syria, Yemen, Nagorno-Karabakh, Tigray, the Rohingya exodus, Mediterranean
shipwrecks, the Afghanistan evacuation, COVID-19 tolls, the Nepal, Mexico and Haiti earthquakes).
Held out through every rule of that session: it read 237 of 240 at the session's start
(9829ad07), after 28ru's D201-D206 and after 28rb's D207-D208, the same rows. Then D209: the
acute accent as the apostrophe ("2016´da", read apart by NFKC before) and pt "novas chegadas"
additional by rule 12 (labelled total), 239 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round82.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed (seven of every ten deaths: a ratio); read exact 10-10-10
    ('tr', 'her 10 can kaybından yedisini'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
