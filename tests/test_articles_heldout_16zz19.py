"""The article reader on rounds 16zz19 to 16zz22, labelled early in session twenty-six (issue 16).

Four rounds of real articles from the pages corpus, labelled by helpers who changed no code and
never ran the reader on them: 16zz19 (en de fr es, 16 articles, 42 figures), 16zz20 (ru uk ko ja,
12 articles, 19 figures), 16zz21 (en de fr es, 12 articles, 24 figures) and 16zz22 (ru uk ko ja, 8
articles, 18 figures: one each in ru and uk, the well of fresh pages in those languages is dry).

Held out through every article rule of the session (26ar precision, 26ac the claimant, 26aw
recall): on the session's start (10b2ec14) and at its end the four read the same rows, together
precision 0.858, recall 0.883, metric 0.912, claimant 0.725, every field 0.681 (48 articles, 103
figures). Development rounds for a later session: the floors are each round's score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz19_scores, test_round_16zz19_shares_no_article_with_other_sets = heldout_round(
    "16zz19", 42,
    {"precision": 0.90, "recall": 0.85, "metric": 0.91, "claimant": 0.69, "all_fields": 0.69}, 16)

test_round_16zz20_scores, test_round_16zz20_shares_no_article_with_other_sets = heldout_round(
    "16zz20", 19,
    {"precision": 0.85, "recall": 0.94, "metric": 0.83, "claimant": 0.77, "all_fields": 0.72}, 12)

test_round_16zz21_scores, test_round_16zz21_shares_no_article_with_other_sets = heldout_round(
    "16zz21", 24,
    {"precision": 0.81, "recall": 0.91, "metric": 0.90, "claimant": 0.63, "all_fields": 0.50}, 12)

test_round_16zz22_scores, test_round_16zz22_shares_no_article_with_other_sets = heldout_round(
    "16zz22", 18,
    {"precision": 0.83, "recall": 0.83, "metric": 1.00, "claimant": 0.86, "all_fields": 0.86}, 8)
