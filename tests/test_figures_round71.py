# ruff: noqa: E501 (the phrases are data, as written)
"""Round 71 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-06 (twenty-fifth), as rounds 57 and 62 to 69.

``tests/cases/figures_round71.csv`` holds 400 phrases from 151 pages; 29 of 400 are labelled
unparsed. Labelled fresh in session 25: on the session's start (9483b1f1) it read 381 of 400.
It was a development round of 25rc (D173-D176, whose helper read its misses): not held out from
that wave. The misses below are the end of 25rc's branch, each with its label and the reading
of the day.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round71.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 912606-912606-912606; read unparsed
    ('ar', '912 ألفا و606 عقود'),
    # label vague 1000-1000-9999; read unparsed
    ('ar', 'آلاف الكراتين'),
    # label at_least 60000000-60000000-nan; read approx 60000000-60000000-60000000
    ('hi', 'लगभग 6 करोड़ से ज्यादा आवारा कुत्ते'),
    # label exact 114612-114612-114612; read range 111246-112929-114612
    ('pl', 'ze 111 tys. 246 do 114 tys. 612'),
    # label exact 88993.18-88993.18-88993.18; read exact 88993180-88993180-88993180
    ('pt', '88.993,180 quilos'),
    # label unparsed; read exact 23-23-23
    ('tr', '23 kilogramlık gıda yardım kolileri'),
    # label exact 72766-72766-72766; read exact additional 72766-72766-72766
    ('uk', '72 766 нових сімей'),
    # label unparsed; read exact 38840-38840-38840
    ('uk', 'на 19,3%, або 38,84 тис. менше'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 25}, 400)
