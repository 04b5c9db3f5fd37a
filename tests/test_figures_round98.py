# ruff: noqa: E501 (the phrases are data, as written)
"""Round 98 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-fourth): the session's development round.

``tests/cases/figures_round98.csv`` was labelled by helper lab98 with 240 phrases of counts of
people in reporting of health and education (patients, vaccinated people, doctors short, pupils and
students), elections and public life (voters, candidates, observers, detained protesters) and
tourism, sport and culture (visitors, spectators, festival attendance, evacuated tourists); 37
labelled unparsed. Scored before anyone read a row on main 55d38b4f (the session's start): 237 of 240 (98.8 %).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round98.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label at_least 40000/40000/- total; read nothing
    ("tr", "en az 40 bin öğrenci yüz yüze eğitime devam edememektedir"),
    # label range 50000/55000/- total; read range 50000/55000/60000 total
    ("ko", "관광객 5만~6만여 명(경찰·소방서 추산)이 몰려"),
    # label exact 22/22/22 total; read nothing
    ("ja", "計22人のうち3人が入院した"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
