# ruff: noqa: E501 (the phrases are data, as written)
"""Round 85 for issue 17: FIGURE TEXTS in the six languages of our ledger (en de fr es ru uk), 40
each, labelled by a helper who never ran the engine, in the session of 2026-12-07 (twenty-ninth).

``tests/cases/figures_round85.csv`` was labelled by helper lab85 with 240 phrases from reporting of
the war in Ukraine, 2022-2026, other than North Korea's troops (strikes and civilian casualties,
drones and missiles, prisoner exchanges, bodies returned, deported children, refugees, daily
losses, mobilisation). Held out through D210-D211: it read 233 of 240 on the session's start
(00bf43cd) and after them, the same rows: the held-out measure of "no regression on the six we
have" (97.1 %). Then read (D212): three labels read again by the codebook (en "men under 60" at
most 60 by D80.1, an age limit alone keeps its reading; ru "31 дрон-камикадзе, 29 из них
удалось уничтожить" 31 by D30; ru "По меньшей мере, четыре человека" at least 4 by D91.2 and
D200), and two features: en "one-way" (D212.1) and ru/uk/pl "до тысяч" (D212.2; its row, "від
кількох сотень людей до тисяч", still breaks at the noun): 237 of 240. In the thirtieth session
(30rg) D213 reads that row, a range whose counted noun follows its first end: 238 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round85.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed (two parts, each "of them", in two places: a list); read 18
    ('es', '18 de ellas en Melilla y 15 de ellas en Ceuta'),
    # label additional 1243 ("N more than the week before"); read unparsed as a rate: "in der
    # Woche" (a week) with "davor" (before) is a time, no rate
    ('de', '1243 mehr als in der Woche davor'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk"): 40}, 240)
