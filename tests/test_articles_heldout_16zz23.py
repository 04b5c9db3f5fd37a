"""The article reader on rounds 16zz23 and 16zz24, labelled early in session 27 (issue 16).

Two rounds of real articles from the pages corpus, labelled by helpers who changed no code and
never ran the reader on them: 16zz23 (en de fr es, 12 articles, 25 figures) and 16zz24 (9
articles, 24 figures: one uk, four ko, four ja; no fresh ru page with a figure of the story was
left in the corpus).

Held out through every article rule of the session (27cl, a head of state as a claimant): on the
session's start (cc87e7b4) and at its end the two read the same rows, together precision 0.887,
recall 0.959, metric 0.957, claimant 0.872, every field 0.830 (21 articles, 49 figures).
Development rounds for a later session: the floors are each round's score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz23_scores, test_round_16zz23_shares_no_article_with_other_sets = heldout_round(
    "16zz23", 25,
    {"precision": 0.82, "recall": 0.92, "metric": 1.00, "claimant": 0.82, "all_fields": 0.82}, 12)

test_round_16zz24_scores, test_round_16zz24_shares_no_article_with_other_sets = heldout_round(
    "16zz24", 24,
    {"precision": 0.96, "recall": 1.00, "metric": 0.91, "claimant": 0.91, "all_fields": 0.83}, 9)
