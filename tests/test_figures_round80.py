# ruff: noqa: E501 (the phrases are data, as written)
"""Round 80 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-06 (twenty-seventh), as rounds 57 and 62 to 79.

``tests/cases/figures_round80.csv`` was labelled with 400 phrases from 231 pages (the war in Ukraine
and Russia as each language's press told it in 2022-2026: drones and missiles of a night's attack,
prisoner exchanges, civilian casualties, evacuations, recruitment, claimed losses; helper lab80);
105 of 400 are labelled unparsed (each side's share of an exchange, "N of M", several counts).
Held out through every rule of that session (27ru, D192-D200): on the session's start (cc87e7b4)
it read 387 of 400, at the session's end 387, the same rows. The misses below are the end's, each
with its label and the reading of the day: a development round for a later session. 28rb (D208)
relabelled de "mehr als 231.000 neue Vertragssoldaten" additional ("neue", rule 12, D40.14).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round80.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read vague 100-100-999
    ('zh', '飛行距離可達數百公里'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 25}, 400)
