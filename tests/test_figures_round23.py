# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-third round for issue 17: phrases labelled by a helper who never ran the engine, at the session's start
of 2026-12-05 (ninth), as its measurement.

``tests/cases/figures_round23.csv`` holds 400 figure phrases from 229 pages (animal attacks (snakebites, scorpion stings, stray dogs, bears, elephants, wild boar, wolves, sharks, crocodiles), bee and hornet stings, tick-borne diseases, New Year fireworks injuries and arrests, overdose deaths, mushroom poisonings and refugee camp populations):
20 in each of tr, pl, zh, ar, hi, ko, ja, it, pt, id and 33-34 in each of en, de, fr, es, ru, uk.
No phrase of it is in any other case table.

Nobody who wrote a rule read it before the end (``benchmarks/compare_figures.py --skip`` kept its
readings from the rule writers' comparisons). The session's starting code (f5f64bd) read
**360/400 (ar 17 de 30 en 30 es 31 fr 32 hi 18 id 16 it 18 ja 19 ko 15 pl 20 pt 18 ru 33 tr 13 uk 33 zh 17)**; its end, after D49 (round 20), D50 (round 25), the grammar sweeps of every
table (17gwa, 17gwb, 17gwc) and the constructions across languages (17cs), **367/400** (ar 17 de 30 en 31 es 31 fr 32 hi 18 id 18 it 18 ja 19 ko 16 pl 20 pt 19 ru 33 tr 15 uk 33 zh 17):
177/200 in the judged languages, 190/200 in the six. The misses below were listed after that
measurement and are not yet sorted into classes: the next session's development round.
In en, de, fr, es, ru and uk it then became a development round (17nm, D52): these six read
190/200 before its classes were written and **197/200** after (de 33 en 32 es 33 fr 33 ru 33 uk 33); the rows left, each with why.
In the ten judged languages (17nl, D51): 189/200 (ar 19 hi 19 id 18 it 19 ja 19 ko 20 pl 20 pt 20 tr 19 zh 17; 177 before); their
remaining misses carry their reason below. With both, the round reads **387/400**.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round23.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a number after a month and a comma is read as its day (D7); not yet told apart (es in round 8 too)
    ('en', 'From July 1 through the end of September, 17 more people died in Carroll County'),
    # 大年三十 (New Year's Eve) and 6時 are a date and a clock time beside 202人次: the Han date is not read
    ('zh', '從大年三十到今晨6時,該院共收治煙花爆竹炸傷患者202人次'),
    # Han numeral before the simplified counter 个 after a verb is not read (engine, _COUNTERS: 17sx)
    ('zh', '前天晚上他就一连接诊了七个蛇咬伤患者'),
    # a change told as 'built for 41000 … who today reached about 100,000': no change verb between the counts
    ('ar', 'أنشئ عام 1949 لإقامة 41000 لاجئ بلغوا اليوم حوالي مائة ألف'),
    # two qualifiers, 'करीब 400 से अधिक': D1 (nearest governs) reads approx, labelled at_least
    ('hi', 'जुलाई और अक्टूबर के बीच में करीब 400 से अधिक सर्पदंश की घटनाएं हुईं।'),
    # 6疾患 (six diseases) and a ratio 1・3倍 beside 計258人: the total word does not yet outrank them
    ('ja', '国内で確認されている6疾患の患者が今年、昨年同期の約1・3倍となる計258人に上っていることが'),
    # a day range 'tra il 30 e il 31 dicembre' is not yet a date (D39.3 reads dal … al …)
    ('it', 'tra il 30 e il 31 dicembre sono state verificate circa 28.200 persone'),
    # label question: 'tiga di antaranya' (three of them) with no whole labelled unparsed; read as 3
    ('id', 'Dari kasus gigitan anjing tersebut, tiga di antaranya meninggal dunia.'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
