"""The article reader on round 16zz40, labelled in session 34 (issue 16): the session's fresh
round, held out.

Twelve real articles from the pages corpus (2 en, 2 fr, 2 es, 1 de, 1 ru, 1 uk, 1 ko, 2 ja; 37
figures), labelled by a helper (labA33) who changed no code and never ran the reader on them, in
66 queries; most news angles are used up, so columns, blogs and aggregators gave most of it. Two
pages tell the opening of Saeppyol Street in Pyongyang with a count, which no labelled page did.

Held out: scored before anyone read it on main 55d38b4f (the session's start): precision 0.789,
recall 0.811, metric 0.967, claimant 0.767, reading 1.0, every field 0.767. Its rows are not read
in the session it was labelled in. The floors were that score.

Session 35 (art35a) made it a development round: its errors read and their classes fixed by
language (docs/articles.md, "Session of 2026-12-07 (thirty-fifth)"): precision 0.912, recall
0.838, metric 1.0, claimant 0.806, every field 0.806 after; the floors are raised to that.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz40_scores, test_round_16zz40_shares_no_article_with_other_sets = heldout_round(
    "16zz40", 37,
    {"precision": 0.91, "recall": 0.83, "metric": 1.0, "claimant": 0.8, "all_fields": 0.8}, 12)
