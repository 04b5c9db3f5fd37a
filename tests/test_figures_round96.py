# ruff: noqa: E501 (the phrases are data, as written)
"""Round 96 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-third): scored held out, then worked on.

``tests/cases/figures_round96.csv`` was labelled by helper lab96 with 240 phrases of counts of
people in reporting of crowds and gatherings (pilgrimages, rallies and strikes), labour and migration (workers sent
abroad, layoffs, seasonal workers, migrants) and census-type counts of groups (diaspora, the homeless). Scored before anyone read a row on main 61282377 (the session's
start's code): 226 of 240 (94.2 %). Development material from its own session: its misses
below, each as the label reads it and as the reader read it. After D224 (33ra: de, en, id, it, tr,
uk) and D225 (33rb: ja, ko, zh) 239 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round96.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label at_most -/100/100 total; read exact 27/27/27 total. 33ra judges the label wrong by rule
    # 13: on the page (elpais, "15 de las 99 concentraciones superaron los 10.000 asistentes. En 27
    # de ellas acudieron menos de 100 personas") "fewer than 100" is each of 27 rallies' turnout, a
    # per-unit bound ("each"), no single count: unparsed. The reader's 27 (rallies) is wrong too
    ("es", "En 27 de ellas acudieron menos de 100 personas"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
