# ruff: noqa: E501 (the phrases are data, as written)
"""Figure round 105, labelled in session 35 (issue 17, part 1): work and migration, 1990-2026 —
labour migrants and foreign workers, recruitment and lay-offs, deportations, asylum, border
crossings, overseas workers' deaths, diasporas. 216 phrases (240 asked: uk 7 and de 14, the rest
failed the novelty check), from pages of the search tool's pages corpus, labelled by a helper
(lab105) who changed no code and never ran the reader. No tr: the helper took none.

Scored on the session's start (main 1530656c) before anyone read a row: 215 of 216. The one
miss was the label: it "scesi da 798.855 a 772.036 unità" (fell from A to B) is B by D35, "whether
the count rose or fell"; labelled unparsed as a decreasing range, read again as exact 772,036.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round105.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {
    ("en", "fr", "es", "ru", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15,
    ("de",): 14,
    ("uk",): 7,
}, 216)
