"""The article reader on round 16zz33, labelled in session 31 (issue 16): the session's last fresh
round, held out through every rule of the session.

Eleven real articles from the pages corpus (4 en, 1 de, 1 ru, 1 uk, 2 ko, 2 ja; 20 figures),
labelled by a helper (labA26) who changed no code and never ran the reader on them; fr and es
gave no fresh page with a figure of the story.

Held out: scored before anyone read it on main 7a320b86 (the session's start: no article rule of
the session in) and again on the session's final code (after 31cl, 31fm, 31ar, 31pf and 31of):
precision 0.90, recall 0.90, metric 1.0, claimant 0.833, reading 1.0, every field 0.833 both times,
the same rows. Not worked on: its errors are the next session's development material. The floors
are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz33_scores, test_round_16zz33_shares_no_article_with_other_sets = heldout_round(
    "16zz33", 20,
    {"precision": 0.90, "recall": 0.90, "metric": 1.0, "claimant": 0.83, "all_fields": 0.83}, 11)
