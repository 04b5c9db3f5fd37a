# ruff: noqa: E501 (the phrases are data, as written)
"""A thirty-second round for issue 17: phrases labelled by a helper who never ran the engine, at the
start of the session of 2026-12-05 (eleventh), before any rule of the session was written.

``tests/cases/figures_round32.csv`` holds 400 figure phrases from 209 pages (seasonal and swine flu,
executions and the death penalty, salmonella and listeria outbreaks, helicopter crashes, plague):
67 in each of en, de, fr, es and 66 in each of ru, uk, the six languages issue 17 keeps at 97 %. No
phrase or page of it is in any other case table.

Nobody who wrote a rule read it. The session's starting code (935ede9) read **368/400** (de 60/67
en 60/67 es 61/67 fr 63/67 ru 61/66 uk 63/66); its end, after D56, D57, D58 (17tc: the six
languages' classes of the development rounds) and the review, **368/400**, the same rows: the
session's rules for the six moved their development rounds (15, 18, 27, 28, 30: +10 rows) and not
one row of this round. The misses below were listed after that measurement, each with its label and
the reading of the day, not sorted into classes: a development round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round32.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 3; read unparsed
    ('de', 'Demnach starben bereits 2018 drei Menschen aus Baden-Württemberg, Nordrhein-Westfalen und Sachsen-Anhalt'),
    # label exact 1; read unparsed
    ('fr', 'Une personne est toujours hospitalisée'),
    # label approx 30; read unparsed
    ('fr', 'une trentaine de références commercialisées sous différentes marques dans la plupart des chaînes de supermarchés'),
    # label approx 18750; read unparsed
    ('es', 'al terminar 2011 había en torno a 18.750 personas condenadas a muerte'),
    # label at_least 80- additional; read exact 80-80 additional
    ('es', 'y otras 80, como mínimo, permanecían condenadas a muerte'),
    # label exact 14; read unparsed
    ('es', 'El número de fallecimientos relacionados con un brote de listeria que afecta a suplementos congelados ha subido a 14 en varios estados de Estados Unidos'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
