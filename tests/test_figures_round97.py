# ruff: noqa: E501 (the phrases are data, as written)
"""Round 97 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 15 in each of the 16 languages, labelled by a helper who never
ran the engine, in the session of 2026-12-07 (thirty-third): the session's last fresh round,
held out.

``tests/cases/figures_round97.csv`` was labelled by helper lab97 with 240 phrases of counts of
people in reporting of soldiers and fighters (recruits, conscripts, deserters, mercenaries, troops abroad,
peacekeepers), prisoners (prison populations, amnesties, political prisoners) and public services'
people (nurses, doctors and teachers short or on strike, police officers, rescuers). Scored before anyone read a row on main 61282377 (the session's
start's code): 226 of 240 (94.2 %); on the session's final code (after D223-D225 and the
template keys, none written from it) the same 226 of 240, the same rows. Development material
from the 34th session on: 34ra (D226) read its misses in fr, it, pt, tr and id and relabelled
three rows by the codebook (it "ha 4.475 detenuti su una capienza di 2.912" unparsed -> exact
4475 and "oltre 61.000 detenuti per una capienza di 51.000 posti" unparsed -> at least 61000: a
capacity beside a count drops, D96, D116.3; pt "Deste total, …, 2.400 médicos" exact 2400 ->
unparsed: a count after "of this total," is a share, D85.2). Its other misses below, each as the
label reads it and as the reader read it; a label question: ko "350여명 규모의" (여 at least, or
규모 approx?).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round97.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 1546/1546/1546 total; read nothing
    ("zh", "中國共有10支維和部隊共1546人"),
    # label exact 2637/2637/2637 total; read nothing
    ("zh", "有14支維和分隊2637名官兵"),
    # label exact 50578/50578/50578 total; read nothing
    ("ja", "収容人員は5万578人(前年末比2,655人減)"),
    # label at_least 350/350/- total; read approx 350/350/350 total
    ("ko", "350여명 규모의 파병을 결정"),
    # label at_least 3000/3000/- total; read approx 3000/3000/3000 total
    ("ko", "3천 여명 규모의 해외파병 상비부대"),
    # label exact 430000/430000/430000 total; read range 240000/335000/430000 total
    ("hi", "2.4 लाख से 4.3 लाख तक विचाराधीन बंदियों की संख्या बढ़ चुकी हैं"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
