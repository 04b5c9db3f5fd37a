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
from the thirty-fourth session: 34ra (D226) read its misses in fr, it, pt, tr and id and relabelled
three rows by the codebook (it "ha 4.475 detenuti su una capienza di 2.912" unparsed -> exact 4475
and "oltre 61.000 detenuti per una capienza di 51.000 posti" unparsed -> at least 61000: a capacity
beside a count drops, D96, D116.3; pt "Deste total, …, 2.400 médicos" exact 2400 -> unparsed: a
count after "of this total," is a share, D85.2); 34rb (D227) read its zh, ja and hi misses and
relabelled its two ko "N여명 규모" rows approx (D227.3: 규모 is rule 2's explicit word, which wins
over the weak 여, D2, as round 69's "3000여명 정도"). Both together: 240 of 240.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round97.csv"

KNOWN_MISSES: set[tuple[str, str]] = set()

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 15}, 240)
