"""The article reader on round 16zz44, labelled in session 35 (issue 16): the session's second
fresh round, held out.

Eleven real articles from the pages corpus (3 en, 1 de, 1 fr, 1 es, 1 uk, 2 ko, 2 ja; 23
figures), labelled by a helper (labA37) who changed no code and never ran the reader on them, in
31 queries (9 in Russian, which gave no fresh page with a count).

Held out: labelled while the session's rules were written, and scored before anyone read it on
main 1530656c (the session's start): precision 0.88, recall 0.957, metric 0.909, claimant 0.864,
reading 1.0, every field 0.773; the same on the session's final code. Its rows are not read in the
session it was labelled in. The floors are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz44_scores, test_round_16zz44_shares_no_article_with_other_sets = heldout_round(
    "16zz44", 23,
    {"precision": 0.87, "recall": 0.95, "metric": 0.9, "claimant": 0.86, "all_fields": 0.77}, 11)
