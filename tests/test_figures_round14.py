"""A fourteenth held-out round for issue 17: phrases labelled by a helper who never ran the
engine, the session's untuned measurement of the figure reader.

``tests/cases/figures_round14.csv`` holds 400 figure phrases from pages of the pages corpus (gas
explosions, fires in markets and hospitals, heat waves, famine, cholera, prisoner swaps, riots,
shipwrecks, bridge collapses, crowd crushes, livestock lost in floods): 200 in issue 17's new
languages (tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk
(33-34 each).

Score, untuned: main at the start of the session of 2026-12-04 (e0f0dde) **372/400 = 93.0 %**
(ar 18/20 de 30/34 en 33/34 es 31/33 fr 31/33 hi 19/20 id 18/20 it 19/20 ja 20/20 ko 18/20 pl
17/20 pt 19/20 ru 32/33 tr 18/20 uk 31/33 zh 18/20); after rounds 12 and 13 were made
development rounds (17d: 28 classes, 17f: 22 classes) still **372/400**, the same 28 phrases
missed: the rules written for two rounds did not read one more phrase of a third. The misses,
read after the measurement, are below, each with its class; about a quarter are readings the
codebook leaves open (the labeller listed them as doubtful), the rest a score of small classes,
few of them twice.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round14.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # -- readings the codebook leaves open (the labeller's own doubtful list) --
    # a part told before its total with no "including" word (D23, D30 do not cover it)
    ("tr", "4’ü ağır 6 işçi yaralandı"),
    # "7, 8 bin": "7 or 8 thousand", the scale shared by a comma-joined pair (rule 6 names
    # "or" and dashes, not a comma)
    ("tr", "tahminen 7, 8 bin tane koyun vardı"),
    # "min." for "at least" is not a listed qualifier
    ("pl", "umarło min. 15 osób"),
    # "N mehr als erwartet" (N more than expected): additional by D38.4, or a comparison
    ("de", "Am 20. Juli starben 785 Menschen mehr als erwartet"),
    # two vague ends joined by "voire" (D4 names "A or B", not "A, even B")
    ("fr", "la mort de dizaines, voire de centaines de hadji"),
    # "до 30-ти" after "сполучення" (connection to 30 settlements): D38 leaves it as a known miss
    ("uk", "Порушено транспортне сполучення до 30-ти населених пунктів"),
    # -- engine errors: counts of units or crews (D20: a count of units is no count of people) --
    ("pl", "W akcji ratowniczej brało udział 14 zastępów straży pożarnej"),
    ("pl", "W akcji uczestniczyło osiem jednostek straży pożarnej"),
    ("ru", "семнадцать пожарно-спасательных расчетов МЧС"),
    # -- lists of two quantities read as one (rule 5) --
    ("zh", "當場1人死亡,多人受傷"),
    ("it", "causando la morte di 18 persone e numerosi feriti"),
    ("de", "An der Suchaktion beteiligten sich fünf Schiffe, ein Helikopter und ein Flugzeug"),
    # -- shares read as counts (D37.4) --
    ("id", "Dari total penumpang, 60 di antaranya berhasil diselamatkan"),
    ("de", "241 der insgesamt 263 Menschen an Bord nehmen"),
    # -- "from A to B" (D35) not read --
    ("id", "Dari awalnya 13 kini menjadi 14 orang"),
    ("fr", "est passé de 935 l’année dernière à 1.031"),
    # -- ages read as counts (D7) --
    ("hi", "अधिकांश मरीज 60 वर्ष से अधिक आयु के थे"),
    ("uk", "Наймолодшому звільненому — 26 років, найстаршому — 60"),
    # -- vague magnitudes with a counter, collective numerals --
    ("zh", "可看到有几十具尸体覆盖着裹尸布"),
    ("es", "atendió, hasta las cinco de la mañana, a una veintena de personas"),
    ("es", "Otra docena de personas, varias de ellas sin techo"),
    # -- qualifiers and relations --
    ("de", "An Bord des Flüchtlingsbootes waren aber zumindest 600 Personen"),
    ("en", "over 60 others were injured, some critically"),
    ("ko", "닭 등 70만3천 마리가 연일 찜통 같은 더위에 폐사했다"),
    # "إضافي" (additional) after the noun; "يزيد عددها على" (whose number exceeds) not read
    ("ar", "24 مليون شخص إضافي قد يعانون الجوع الطارئ"),
    ("ar", "مجموعة يزيد عددها على 130 شخصاً"),
    # -- an age group before the count ("10대 2명": two teenagers) --
    ("ko", "주변을 지나던 10대 2명도 다쳤습니다"),
    # -- a multiplier with a misspelt "vezes" --
    ("pt", "Isso é dez vez mais do que o número de casos reportados"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
