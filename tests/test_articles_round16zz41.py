"""The article reader on round 16zz41, labelled in session 34 (issue 16): a development round.

Twelve real articles from the pages corpus (2 en, 2 de, 1 fr, 2 es, 1 ru, 1 uk, 1 ko, 2 ja; 29
figures), labelled by a helper (labA34) who changed no code and never ran the reader on them, in
60 queries: editorials and columns (the Guardian, Chosun Ilbo, Niigata Nippo), RFA on the letter
found on a dead soldier, features retelling Le Monde and the Korea Herald.

Scored before anyone read it on main e352a89b (the session's start's reader): precision 0.743,
recall 0.897, metric 0.885, claimant 0.885, reading 1.0, every field 0.769. Then development
material; the floors are the score it reads now. After art34b's rules (docs/articles.md,
"Session of 2026-12-07 (thirty-fourth): round 16zz41 as a development round (art34b)"):
precision 0.848, recall 0.966, metric 1.0, claimant 1.0, every field 1.0 (floors raised).
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz41_scores, test_round_16zz41_shares_no_article_with_other_sets = heldout_round(
    "16zz41", 29,
    {"precision": 0.84, "recall": 0.96, "metric": 0.99, "claimant": 0.99, "all_fields": 0.99}, 12)
