# ruff: noqa: E501 (the phrases are data, as written)
"""Round 81 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (twenty-eighth), as rounds 57 and 62 to 80.

``tests/cases/figures_round81.csv`` was labelled by helper lab81 in session 28 with 400 phrases
(conflicts and disasters other than the war in Ukraine as each language's press told them in
2023-2026: Gaza, Lebanon, Sudan, Haiti, eastern Congo, the Myanmar earthquake of March 2025, the
Afghan earthquakes and floods). It read 388 of 400 at the session's start (9829ad07) and after
rules28's D201-D206 (6738463c), the same rows. A development round of 28rb: D207 (the language
features of its misses) and D208 (four labels changed by the codebook: hi "के करीब पहुंच गई"
approx by D190; id "dari 1.405 menjadi sekitar 1.200", it "È raddoppiato da 30 ad almeno 60" and
es "pasando de 73 en el último año a 108" the new total by D61 and D204) bring it to 399 of 400
(395 on its labels as delivered).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round81.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 19-19-19; read unparsed (複数 "several" before hospitals, a second count, D64.7)
    ('ja', '複数の病院の周辺を攻撃し、19人が死亡しました'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 25}, 400)
