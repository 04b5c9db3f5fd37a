"""The article reader on rounds 16zz15 and 16zz16, labelled early in session twenty-five (issue 16).

Two rounds of real articles from the pages corpus, labelled by helpers who changed no code and
never ran the reader on them: 16zz15 (en de fr es, 16 articles, 36 figures) and 16zz16 (ru uk
ko ja, 15 articles, 33 figures).

Read at the session's start (d9948056 for both, the same rows as the session's first tree):
16zz15 precision / recall / metric / claimant / every field 0.914 / 0.889 / 0.969 / 0.812 /
0.75; 16zz16 0.795 / 0.939 / 0.903 / 0.645 / 0.581. Development rounds of 25au from then on
(docs/articles.md, 25au): the floors are their scores after it.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz15_scores, test_round_16zz15_shares_no_article_with_other_sets = heldout_round(
    "16zz15", 36,
    {"precision": 0.96, "recall": 0.88, "metric": 0.93, "claimant": 0.81, "all_fields": 0.75}, 16)

test_round_16zz16_scores, test_round_16zz16_shares_no_article_with_other_sets = heldout_round(
    "16zz16", 33,
    {"precision": 0.96, "recall": 0.93, "metric": 0.90, "claimant": 0.70, "all_fields": 0.61}, 15)
