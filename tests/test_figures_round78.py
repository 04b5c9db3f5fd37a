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
    # label vague additional 100-100-999; read vague 100-100-999
    ('es', 'cientos de niños más'),
    # label approx 700-700-700; read approx additional 700-700-700
    ('fr', 'Environ 700 renforts français'),
    # label at_least 2000-2000-nan; read exact 2000-2000-2000
    ('hi', '2,000 से तजावुज़'),
    # label vague additional 2-2-9; read vague 2-2-9
    ('hi', 'कुछ और आतंकी'),
    # label unparsed; read vague 2-2-9
    ('id', 'sejumlah kecil pejuang'),
    # label vague 10000-10000-99999; read vague 1000-1000-9999
    ('it', 'Diecine di migliaia di loro'),
    # label exact additional 4-4-4; read unparsed
    ('it', 'altri quattro compagni'),
    # label range 3000-3500-nan; read range additional 3000-3500-4000
    ('ko', '3000~4000명보다 조금 더 많은'),
    # label vague 1000-1000-9999; read exact 1000-1000-1000
    ('pl', 'tysiącom niewinnych Irakijczyków'),
    # label exact additional 1-1-1; read unparsed
    ('tr', 'bir ABD askerinin daha'),
    # label range 15000-16000-17000; read exact 1000-1000-1000
    ('uk', 'від15 до17 тис. осіб'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 23}, 397)
