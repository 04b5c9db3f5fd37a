# ruff: noqa: E501 (the phrases are data, as written)
"""A thirty-fourth round for issue 17: phrases labelled by a helper who never ran the engine, at the
start of the session of 2026-12-05 (twelfth), before any rule of the session was written.

``tests/cases/figures_round34.csv`` holds 400 figure phrases from 213 pages (hunting accidents, ski
and ski-lift accidents, motorcycle crashes, asbestos deaths, maritime piracy, Chernobyl victims and
liquidators, paragliding): 67 in each of en, de, fr, es and 66 in each of ru, uk, the six languages
issue 17 keeps at 97 %. No phrase or page of it is in any other case table.

Nobody who wrote a rule read it before it was scored. The session's starting code (3437e02) read
**372/400** (de 60 en 64 es 61 fr 61 ru 62 uk 64); after the session's first rules (D60 of 17cb,
written for rounds 31 and 32, +11 rows on round 32), the same 372 rows. It was then made a
development round of the same session (rounds 35 and 36 were labelled as the measurement instead);
the misses below are those of that moment, each with its label and the reading of the day.

One label edited by D59 (a share beside the count is no count; merged the same session): en "318
(39%) people were victims of accidental discharge", labelled unparsed as two quantities, is 318.
One label edited by D61.4 (a change told with both numbers is the new total; 17cc): es "Ha habido
cinco fallecidos más en moto (42) que en 2014", labelled unparsed, is exact 42 (still a known miss).

After D61 (17cc), a change told with both numbers in every word order, 378/400 (de 60 en 65 es 63
fr 62 ru 63 uk 65): the rows en "more than doubled, from 10 in 2016 to 22", fr "passant de 23 la
saison précédente à 12", es "pasando de 220 fallecidos a 225", ru "на 18% — до 46 с 39", uk "на 10%
- до 19127" read right and are off the list.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round34.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read exact 20-20
    ('de', 'dass einer seiner 20 Jagdfreunde den Hobbyjäger am hellichten Mittag mit einer Kugel niederstreckte'),
    # label exact 641; read unparsed
    ('de', 'Insgesamt gab es in der Wintersaison 2022/23 641 Unfälle'),
    # label exact 4; read at_least 4-nan
    ('de', 'Über die Festtage sind vier Personen bei Skiunfällen auf Schweizer Pisten gestorben'),
    # label at_least 5700-; read exact 5700-5700
    ('de', 'Während der gesamten Saison hat die Polizei die Kontrollen intensiviert und mehr als 5700 Verstöße festgestellt'),
    # label range 1328-3709 additional; read range 1328-3709
    ('fr', 'avec 1.328 à 3.709 nouveaux cas estimés (dont seulement 56 à 81 chez des femmes)'),
    # label range 615-822; read unparsed
    ('fr', 'les chercheurs ont estimé que 615 à 822 décès par cancer de la plèvre (ou mésothéliome) en 2012 pouvaient être imputés à une exposition professionnelle'),
    # label range 13000000000-16000000000; read unparsed
    ('es', 'algunas estimaciones cifran las pérdidas económicas de la piratería en 13.000-16.000 millones de dólares'),
    # label exact 42 (edited from unparsed by D61.4: five more than in 2014, the new total 42 in
    # brackets, as "rose by 5 to 42"); read exact 5-5 additional: the bracketed total after a noun
    # is taken for an age (D43.1) before the tables' rewrites see it
    ('es', 'Ha habido cinco fallecidos más en moto (42) que en 2014'),
    # label unparsed; read exact 1-1
    ('ru', 'выжил один из пострадавших'),
    # label unparsed; read exact 208303-208303 (17ci: "порівняно з 2015 роком" is now a
    # comparison word and a year, D66.1, no range word "з" before 2015; the decrease's amount
    # "зменшилася на N" is read as a total, as it is alone: a gap of its own)
    ('uk', 'у 2019 році порівняно з 2015 роком зменшилася на 208 303 особи (10%)'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
