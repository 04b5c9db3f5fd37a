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
    # label exact 30; read unparsed
    ('en', 'Flu deaths this season have included 30 children and teenagers under 18'),
    # label exact 7; read exact 7-7 additional
    ('en', 'Seven people died when another of their helicopters crashed in Arizona'),
    # label unparsed; read exact 4-4
    ('en', 'the pilot and all four passengers died in the devastating accident'),
    # label at_least 47-; read exact 47-47
    ('en', 'meaning the number is higher than 47'),
    # label exact 3; read unparsed
    ('de', 'Demnach starben bereits 2018 drei Menschen aus Baden-Württemberg, Nordrhein-Westfalen und Sachsen-Anhalt'),
    # label exact 4 additional; read exact 4-4
    ('de', 'Die anderen vier Toten waren bereits kurz nach dem Unglück geborgen worden'),
    # label at_least 567-; read exact 567-567
    ('fr', "l'Iran (+ de 567)"),
    # label exact 5; read unparsed
    ('fr', 'En tout, cinq sauveteurs sont morts : un instructeur, deux treuillistes et deux CRS'),
    # label exact 1; read unparsed
    ('fr', 'Une personne est toujours hospitalisée'),
    # label approx 30; read unparsed
    ('fr', 'une trentaine de références commercialisées sous différentes marques dans la plupart des chaînes de supermarchés'),
    # label approx 18750; read unparsed
    ('es', 'al terminar 2011 había en torno a 18.750 personas condenadas a muerte'),
    # label exact 77; read unparsed
    ('es', 'Las sentencias de muerte también cayeron en Estados Unidos, de 95 en 2013 a 77 en 2014'),
    # label at_least 80- additional; read exact 80-80 additional
    ('es', 'y otras 80, como mínimo, permanecían condenadas a muerte'),
    # label exact 14; read unparsed
    ('es', 'El número de fallecimientos relacionados con un brote de listeria que afecta a suplementos congelados ha subido a 14 en varios estados de Estados Unidos'),
    # label exact 5; read unparsed
    ('es', 'Arabia Saudita ejecutó a cinco hombres, cuatro sauditas y un egipcio'),
    # label exact 70; read exact 70-70 additional
    ('ru', 'Ещё до окончания января были официально подтверждены 70 смертельных случаев от гриппа'),
    # label exact 8; read exact 8-8 additional
    ('ru', 'эпидемический порог все еще превышен в восьми регионах'),
    # label exact 113; read at_most nan-113
    ('ru', 'Кроме того, сообщается о росте числа пострадавших до 113 человек'),
    # label exact 12; read unparsed
    ('ru', 'в течение нескольких последних дней зарегистрированы 12 случаев заболевания чумой'),
    # label exact 3 additional; read unparsed
    ('ru', 'На борту, помимо пилота, находились еще три человека: врач и два фельдшера'),
    # label exact 15; read exact 15-15 additional
    ('uk', 'а в стаціонарі залишаються ще 15 хворих'),
    # label unparsed; read exact 14-14
    ('uk', 'Всього наразі відомо про 14 загиблих, з них одна дитина, ще 25 потерпілих перебувають в лікарні'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
