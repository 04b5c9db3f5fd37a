# ruff: noqa: E501 (the phrases are data, as written)
"""Round 98 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-fourth): the session's development round.

``tests/cases/figures_round98.csv`` was labelled by helper lab98 with 240 phrases of counts of
people in reporting of health and education (patients, vaccinated people, doctors short, pupils and
students), elections and public life (voters, candidates, observers, detained protesters) and
tourism, sport and culture (visitors, spectators, festival attendance, evacuated tourists); 38
labelled unparsed (37 as delivered). Scored before anyone read a row on main 55d38b4f (the session's
start): 237 of 240 (98.8 %) as delivered; two labels read again by the codebook (D228.2: ko 여 after
a range's high end closes nothing, ja "計22人のうち3人" is a share), and after D228.1 (tr "yüz yüze", face
to face, is no hundred) 240 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round98.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
