# ruff: noqa: E501 (the phrases are data, as written)
"""Figure round 104, labelled in session 35 (issue 17, part 1): political violence and unrest,
1990-2026, in each language's own region — protests and turnout, arrests and detentions,
hostages taken and freed, terror attacks and mass shootings, riots, strikes, political prisoners
released. 240 phrases, 15 in each of 16 languages (24 labelled unparsed), from pages of the search
tool's pages corpus, labelled by a helper (lab104) who changed no code and never ran the reader.

Held out: scored before anyone read a row on main 1530656c (the session's start): 234 of 240
(97.5 %), and the same 234 on the session's final code (after D233-D236, none written from it).
Its misses below are development material for the next session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round104.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 88/88/88 total; read nothing
    ("ru", "в двух терактах пострадали 88 пассажиров"),
    # label exact 107/107/107 total; read nothing
    ("uk", "Сотні стали 107 загиблих"),
    # label at_least 500/500/- total; read nothing
    ("hi", "चार मामले 500 से अधिक लोगों के खिलाफ हैं"),
    # label exact 58/58/58 additional; read exact 58/58/58 total
    ("hi", "पुलिस ने और 58 लोगों को गिरफ्तार किया है"),
    # label at_least 7000000/7000000/- total; read exact 7000000/7000000/7000000 total
    ("ko", "연인원 700만명(주최측 추산)을 돌파했다"),
    # label unparsed; read vague 100/100/999 total
    ("it", "Un morto, centinaia di feriti"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
