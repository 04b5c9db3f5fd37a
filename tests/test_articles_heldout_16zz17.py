"""The article reader on rounds 16zz17 and 16zz18, labelled mid-session twenty-five (issue 16).

Two rounds of real articles from the pages corpus, labelled by helpers who changed no code and
never ran the reader on them: 16zz17 (en de fr es, 16 articles, 33 figures) and 16zz18 (ru uk
ko ja, 8 articles, 8 figures: the well of fresh pages in these languages is nearly dry).

Held out through every article rule of the session (25ar, 25at, 25au): on the session's start
(9483b1f1) and at its end they read the same rows, 16zz17 precision / recall / metric / claimant
/ every field 0.805 / 1.000 / 0.909 / 0.788 / 0.697, 16zz18 0.889 / 1.000 / 1.000 / 0.625 /
0.625. Development rounds for a later session: the floors are those scores.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz17_scores, test_round_16zz17_shares_no_article_with_other_sets = heldout_round(
    "16zz17", 33,
    {"precision": 0.80, "recall": 1.00, "metric": 0.90, "claimant": 0.78, "all_fields": 0.69}, 16)

test_round_16zz18_scores, test_round_16zz18_shares_no_article_with_other_sets = heldout_round(
    "16zz18", 8,
    {"precision": 0.88, "recall": 1.00, "metric": 1.00, "claimant": 0.62, "all_fields": 0.62}, 8)
