# ruff: noqa: E501 (the phrases are data, as written)
"""Round 79 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-06 (twenty-seventh), as rounds 57 and 62 to 78.

``tests/cases/figures_round79.csv`` was labelled by helper lab79 in session 27 with 400 phrases
(conflicts 1990-2026 beyond Ukraine: prisoner and hostage exchanges, the missing, refugees and the
displaced, peacekeeping contingents, mines and munitions cleared and delivered); 90 of 400 were
labelled unparsed (88 after the relabels below). It read 385 of 400 at the session's start
(cc87e7b4), 389 on the labels as changed, 400 at 27ru's end. A development round of
27ru (D192-D200): four labels were read again by the codebook and changed (ru "по крайней мере,
восемь миллионов человек" at_least by D91.2, the comma after a parenthetical qualifier no clause;
zh "預計將有80多萬…" approx, 預計 an approx word of the zh table that wins over 多 by D2; ko "… 등 총
900여명" at_least 900, the count after the total word 총 by D5; pt "274 militares: 204 …, 40 … e 30
…" exact 274, parts after a colon that add up to the count by D43.5 and D57.1; D200). No miss is left at the end.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round79.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 25}, 400)
