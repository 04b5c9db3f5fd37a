# ruff: noqa: E501 (the phrases are data, as written)
"""Round 40 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-05 (fourteenth), before any rule of the session was merged; the session's
measurement for the six languages kept at 97 % (67 each in en, de, fr, es; 66 each in ru, uk).

``tests/cases/figures_round40.csv`` holds 400 figure phrases from 199 pages (syphilis and gonorrhoea, rubella, trichinosis, dysentery and shigella, rotavirus, Oktoberfest statistics, pedestrians killed).
No phrase or page of it is in any other case table.

Nobody who wrote a rule read it (``benchmarks/compare_figures.py --skip`` kept it from the rule
writers' comparisons); it was scored as a total on the session's starting code (a52d283) and on its
end: **356/400 (de 55/67 en 59 es 64 fr 53 ru 62/66 uk 63)** at the start and **357/400 (de 56/67; the rest as at the start)** at the end. The session's rules were written
as grammar classes of every language (D67-D75: articles that look like numerals, repeated vague
words and measures told with an article, the year's words, distances, "not A but B", spellings,
unit exponents, designations, magnitudes and temperatures), with phrases of their own, before
this round was read. The misses below were listed after that measurement, each with its label and
the reading of the day: a development round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round40.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 101567; read exact 101567-101567 additional
    ('en', 'During 2017, there were 101,567 reported new diagnoses of syphilis (all stages)'),
    # label exact 600; read unparsed
    ('en', 'Only 600 visitors had to be treated for alcohol poisoning this year, down from 629 last year and 739 in 2012'),
    # label exact 10; read nearly nan-10
    ('en', 'Nearly a year after 10 people became sick at an event in North Carolina'),
    # label at_least 2268-; read unparsed
    ('en', 'the number of infants born with syphilis has increased annually for the past nine years-from 362 in 2013 to at least 2,268 in 2021'),
    # label unparsed; read exact 2015-2015
    ('de', 'Die Syphilis war 2015 damit die achthäufigste meldepflichtige Infektionskrankheit'),
    # label exact 5600000; read unparsed
    ('de', '2022 schoben sich innerhalb von 14 Tagen 5,6 Millionen Besucher über die Theresienwiese'),
    # label exact 6300000; read unparsed
    ('de', '6,3 Millionen Menschen kamen heuer, genauso viele wie 2018'),
    # label exact 7100000; read unparsed
    ('de', 'Laut Statista ist der Besucherrekord 1985 erfasst worden – mit 7,1 Millionen Gästen'),
    # label range 400-500 additional; read range 400-500
    ('fr', 'Le Parisien révèle que 400 à 500 nouveaux cas ont été déclarés en 2015 en France'),
    # label exact 3300000; read unparsed
    ('fr', 'En 2023, 3,3 millions de personnes ont été dépistées au moins une fois pour une recherche de syphilis'),
    # label exact 119; read unparsed
    ('fr', 'ainsi en 2022, on en compte 119, soit un peu plus d’un tiers'),
    # label unparsed; read vague 20-999
    ('fr', "sous forme d'épidémies de plusieurs dizaines voire centaines de cas"),
    # label approx 6900000; read unparsed
    ('fr', 'Quelque 6,9 millions de visiteurs ont fréquenté les tentes de la Fête de la Bière 2011 à Munich'),
    # label exact 3; read unparsed
    ('fr', 'seuls 3 cas de rubéole confirmés ont été signalés chez deux adultes masculins et un nourrisson incomplètement vacciné en 2019'),
    # label unparsed; read exact 16-16
    ('ru', 'А в стационаре все еще находятся шестнадцать взрοслых и шестерο детей'),
    # label nearly -200; read unparsed
    ('uk', 'були шпиталізовані майже 200 дітей з декількох дитячих садиків з діагнозом «дизентерія»'),
    # label unparsed; read exact 4-4
    ('uk', 'Ніхто з учасників дорожнього руху не загинув (тижнем раніше - четверо загиблих)'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
