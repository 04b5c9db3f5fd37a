# ruff: noqa: E501 (the phrases are data, as written)
"""Round 100 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-fourth): a development round.

``tests/cases/figures_round100.csv`` was labelled by helper lab100 with 240 phrases of counts of
people as official statistics and their changes are reported (unemployment and jobs, births and
deaths of a year, populations, road deaths, emigrants, students enrolled, members), with the
press's wordings of change (rose by, fell to, down N from a year earlier, record highs); 43
labelled unparsed. Scored before anyone read a row on main e352a89b (the session's start, with
D228 for tr "yüz yüze"): 195 of 240 (81.3 %): its misses are mostly counts told with the size of their change (the total with "N fewer than a year earlier", "fell by N to M"), across its languages.
Development material: 34rc (D229: the orders of a count told with its change in en de fr es it pt
ru uk pl tr id) and 34rd (D230: the same in zh ja ko ar) read 218 and 212 of it, 235 together; the
rows they read left the list. 35rd (D236) read three more (ar, pt, id) and relabelled hi unparsed (D236.5).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round100.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label nearly -/189000/189000 total; read nothing
    ("it", "la popolazione residente è inferiore di quasi 189 mila unità (188.721) rispetto all’inizio dell’anno"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
