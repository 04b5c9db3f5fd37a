# ruff: noqa: E501 (the phrases are data, as written)
"""Round 87 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirtieth).

``tests/cases/figures_round87.csv`` was labelled by helper lab87 with 240 phrases from reporting
of 2015-2026 armed conflicts and political violence other than the war in Ukraine (Gaza and
Israel, Sudan, Yemen, Syria, Myanmar, the Sahel, Haiti, Nagorno-Karabakh, the India-Pakistan
clashes of 2025, Iran and Bangladesh). Held out on the session's start (e62d91a0), before D214:
232 of 240 as delivered (96.7 %); no label read again. Then read (D215): ko "1400여 만 명", zh
"包括…在内的" before the total, es "hasta unos" (D1), en "up 30% from" (D111): 236 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round87.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label nearly 20,000 additional ("added to the list"); read total: "added" after the noun is
    # no word of "more" in the table (one row: not written)
    ('en', 'almost 20,000 deaths added to the list in 2024'),
    # label unparsed (an exchange of two counts, D195); read 105: the breakdown after the comma
    # ("entre os quais 24 estrangeiros") takes the exchange's count with it (en "105 hostages,
    # including 24 foreigners, in exchange for 240 Palestinians" alike)
    ('pt', '105 reféns, entre os quais 24 estrangeiros, em troca de 240 palestinianos'),
    # label total; read additional: "başka" (other) before "ülkelere" (countries) qualifies the
    # countries, not the people (an "other" word far from the count, D93's known class)
    ('tr', '100 binden fazla kişi de başka ülkelere kaçtı'),
    # label unparsed (prisoners for hostages: an exchange); read 30: "مقابل" with no word of
    # exchange or release before it is the comparison's word (D111, D195 left it so)
    ('ar', '30 أسيرًا فلسطينيًا مقابل 10 رهائن إسرائيليين'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
