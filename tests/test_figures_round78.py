# ruff: noqa: E501 (the phrases are data, as written)
"""Round 78 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-06 (twenty-sixth), as rounds 57 and 62 to 75.

``tests/cases/figures_round78.csv`` was labelled with 400 phrases from 155 pages (wars of 2000-2020: Iraq, Afghanistan, Libya 2011, Sri Lanka, Georgia, Lebanon 2006, Darfur, ISIS, Boko Haram, the Central African Republic, South Sudan, Kashmir); 38 of 400 are
labelled unparsed. Labelled fresh in session 26 and held out through every rule of that session
(26ra, 26rb, 26rc): on the session's start (10b2ec14) it read 388 of 400, at the session's end
388. Three phrases were in rounds 64 and 77 too (alike labelled, read right) and are dropped
here, so that the round's "new" test holds: 397 rows. The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round78.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label at_least 3000-3000-nan; read unparsed
    ('de', 'mehr als 3.000 Menschen – davon mehr als ein Drittel Zivilisten'),
    # label approx 700-700-700; read approx additional 700-700-700
    ('fr', 'Environ 700 renforts français'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 23}, 397)
