"""The article reader on round 16zz43, labelled in session 35 (issue 16): a fresh round, held out.

Eleven real articles from the pages corpus (3 en, 1 de, 2 es, 1 ru, 1 uk, 2 ko, 1 ja; 20
figures), labelled by a helper (labA36) who changed no code and never ran the reader on them, in
22 queries; fr gave no fresh page. A twelfth article, in Italian (Il Post), is kept out of the
round by the lead: the reader has no Italian article words and the issue's languages are en de fr
es ru uk ko ja (`/work/notes/s35/lab/round_16zz43_it.yml` in that session's notes).

Held out: scored before anyone read it on main 1530656c (the session's start): precision 0.81,
recall 0.85, metric 1.0, claimant 0.647, reading 1.0, every field 0.647; the same on the session's
final code. Its rows are not read in the session it was labelled in. The floors are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz43_scores, test_round_16zz43_shares_no_article_with_other_sets = heldout_round(
    "16zz43", 20,
    {"precision": 0.8, "recall": 0.85, "metric": 1.0, "claimant": 0.64, "all_fields": 0.64}, 11)
