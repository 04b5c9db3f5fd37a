# ruff: noqa: E501 (the phrases are data, as written)
"""A thirty-sixth round for issue 17: phrases labelled by a helper who never ran the engine, in the
middle of the session of 2026-12-05 (twelfth), after the session's first rule (D60) and before the
others were merged; the session's measurement for the six languages of the ledger.

``tests/cases/figures_round36.csv`` holds 400 figure phrases (hot-air balloon accidents, the San
Fermín bull runs, Tibetan self-immolations, the 2011 EHEC outbreak, clergy abuse inquiries,
antisemitic incident statistics, fairground ride accidents, urban cable cars and funiculars): 67 in
each of en, de, fr, es and 66 in each of ru, uk. No phrase or page of it is in any other case table.

Nobody who wrote a rule read it; it was scored on the session's starting code (3437e02) and on its
end: **362/400** at the start (de 59 en 60 es 63 fr 58 ru 63 uk 59) and **363/400** at the end (ru
"в кабинках на высоте остаются еще 184 человека": D60.1, a verb of remaining makes "еще" still).
The session's rules for the six languages moved their development rounds (32: 368 -> 389, 34: 372
-> 384) and one row here. The misses below were listed after that measurement, each with its label
and the reading of the day: a development round for a later session.

17cg (D65, the next session) wrote rules for the classes of the misses read with the wrong
qualifier or relation or read where the label says no count: **374/400** (de 61 en 63 es 64 fr 60
ru 65 uk 61); the rows it reads right are out of the list below. 17df (D87: German "zweier" is
two) reads "auch den Tod zweier weiterer Patienten …" right and took it out.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round36.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 13; read unparsed
    ('en', 'a 1989 crash in Australia that left 13 dead'),
    # label unparsed; read exact 19-19
    ('en', 'Nineteen of them were men and 3 of them were women.'),
    # label exact 2255; read unparsed
    ('en', 'As per the data, there have been 2,255 such incidents last year.'),
    # label unparsed; read exact 2255-2255
    ('en', 'nearly doubles the previous highest tally of 2,255 recorded the year before'),
    # label exact 16; read unparsed
    ('de', 'Seit 1924 gab es 16 Todesopfer, das letzte 2009.'),
    # label at_least 141-; read unparsed
    ('de', 'haben sich unter chinesischer Herrschaft jedoch mindestens 141 Tibeter (Stand: Jani 2015) zu diesem Schritt entschlossen, davon allein 84 im Jahr 2012'),
    # label exact 11; read unparsed
    ('fr', 'Onze personnes sont légèrement blessées au Parc Saint-Paul (Oise) sur un circuit grand huit'),
    # label exact 4; read unparsed
    ('es', 'Cuatro personas sufrieron distintos traumatismos el lunes en el quinto encierro de San Fermín'),
    # label approx 400; read unparsed
    ('es', 'En la ciudad de Hamburgo se reportaron 400 afectados aproximadamente, 60 catalogados como graves.'),
    # label exact 15; read unparsed
    ('ru', 'По данным Минздрава, госпитализировали 15 человек, трое находятся в тяжёлом состоянии.'),
    # label unparsed; read exact 4-4
    ('uk', 'В результаті аварії атракціону постраждали дорослі і четверо дітей.'),
    # label unparsed; read exact 1-1
    ('uk', 'Одна з жертв - 71-річна туристка з Бразилії - померла на місці'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
