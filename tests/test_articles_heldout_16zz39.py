"""The article reader on round 16zz39, labelled in session 33 (issue 16): the session's last fresh
round, held out.

Ten real articles from the pages corpus (3 en, 3 de, 2 es, 1 fr, 1 ja; 22 figures), labelled by a
helper (labA32) who changed no code and never ran the reader on them, in 35 queries; ru, uk and
ko gave no fresh page with a figure of the story. Its angles: the two captives and Zelensky's
4,000, the NYT's and WSJ's missile counts, UK Defence Intelligence's 11,000, a Stern interview, a
Swiss explainer, DW, Blinken's and the Pentagon's counts in Spanish.

Held out: scored before anyone read it on main 61282377 (the session's start) and on the session's
final code (after 33ar, none of it written from this round): the same both times, precision 0.84,
recall 0.955, metric 1.0, claimant 0.762, reading 1.0, every field 0.762. Not worked on: its
errors are development material for a later session. The floors were that score.

Session 34 (art34) made it development material: precision 0.84 -> 0.88, recall 0.955 -> 1.0,
claimant 0.762 -> 0.909, every field 0.762 -> 0.909 (docs/articles.md, "Session of 2026-12-07
(thirty-fourth)"); the floors are raised to that score. art34b took DW's "in einigen Berichten ist
von 12.000 die Rede" (unnamed reports in the figure's own clause): claimant and every field 0.909 ->
0.955, floors raised.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz39_scores, test_round_16zz39_shares_no_article_with_other_sets = heldout_round(
    "16zz39", 22,
    {"precision": 0.87, "recall": 0.99, "metric": 0.99, "claimant": 0.95, "all_fields": 0.95}, 10)
