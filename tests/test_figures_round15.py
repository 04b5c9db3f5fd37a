"""A fifteenth held-out round for issue 17: phrases labelled by a helper who never ran the
engine, the session's untuned measurement of the figure reader.

``tests/cases/figures_round15.csv`` holds 400 figure phrases from pages of the pages corpus (mine
collapses, avalanches, dengue and mpox, migrants at sea, bus crashes, building collapses,
crackdowns on protests, cyclones, locusts): 200 in issue 17's new languages (tr, pl, zh, ar, hi,
ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34 each).

Score, untuned: main at the start of the session of 2026-12-04 (fifth, dbfc5bd) **379/400 =
94.75 %** (ar 19/20 de 33/34 en 32/33 es 31/33 fr 33/33 hi 19/20 id 18/20 it 18/20 ja 19/20
ko 18/20 pl 20/20 pt 20/20 ru 32/34 tr 15/20 uk 32/33 zh 20/20); after round 14 was made a
development round (17r: 372 -> 398 on round 14, codebook D41) still **379/400**, the same 21
phrases missed. After the measurement, the lead read three of them as classes of a language
(Italian yearly rates "annui" and "la media di"; Hindi clock times with "बजे"): 382/400.
Turkish "bazı" and Indonesian "sejumlah" as several words were tried and left (each made real
phrases with another number two quantities). The 18 misses left are below, each with its
class: three clock times inside a count's phrase, three "one of" partitives the labeller reads as
no count, four phrases with a second number, two vague words and two plural magnitudes the
tables lack, two "rose to" wordings, and two readings the codebook leaves open.
17nh (D48.1, clock times with their minutes after a word of time or before "Uhr") reads two of
the clock times right: 385/400 on the code after round 22 was made a development round. 17tc
(D58.1, D58.2) reads the two "rose to" wordings right: 387/400.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round15.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # -- a clock time in the count's phrase (D28 drops times; these leave the phrase unread, or
    #    read the time) --
    ("tr", "2 dağcının üzerine dün 16.00 sıralarında çığ düştü"),
    # (Hindi "साढ़े आठ बजे", half past eight, read since as a time: D28)
    # -- "one of" a group: the labeller reads no count (a person), the engine reads one --
    ("ru", "задержан один из участников несогласованного мероприятия"),
    ("uk", "у центрі Києва затримали одного з протестувальників"),
    # -- a second number in the phrase --
    ("es", "rescató a otros 355 inmigrantes de dos cayucos"),  # the boats counted too
    ("ru", "Четверым удалось выбраться, тело одного нашли ранее"),  # dative four, then one
    ("id", "Pelaku Ricuh Demo PA 212, 561 Orang Ditangkap"),  # "212" a name, read as 212,561
    # -- vague words and plural magnitudes the tables lack --
    # "sejumlah" (a number of): as a several word it makes "sejumlah media … 200 napi" and
    # "ratusan pedagang … sejumlah toko" (rounds 8, 14) two quantities, so it stays out
    ("id", "Sejumlah pekerja timah sempat melarikan diri"),
    # -- readings the codebook leaves open (the labeller's own doubtful list) --
    # an "added" breakdown inside the total (D23): labelled the total, read as additional
    ("ko", "추가된 5천466건을 포함해 올해 들어 모두 2만 4천851건의 엠폭스 의심 사례가"),
    # companions ("with three friends"): labelled no count
    ("ja", "男性は友人3人と28日朝からスノーボードをしていた"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
