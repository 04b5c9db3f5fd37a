"""The article reader on rounds 16zg and 16zh, development rounds of the session of
2026-12-04 (eighth) (issue 16).

Two rounds of 20 real articles each, 5 per language, labelled by helpers who never ran the
reader, after the session's first rules (16ab, 16cd) were merged: 16zg (en, de, fr, es; 51
figures) and 16zh (ru, uk, ko, ja; 49). Scored before anyone read them they measured that code on
new text — 0.91 / 0.94 / 0.60 every field (claimant 0.70) together, where the session's starting
code read 0.90 / 0.94 / 0.61 (0.71): the first rules had not moved them. Then 16ef and 16gh
fixed the classes of their errors: 16zg 0.90 / 0.92 / 0.62 -> 0.94 / 0.92 / 0.70 (claimant 0.70
-> 0.77), 16zh 0.92 / 0.96 / 0.57 -> 0.92 / 0.96 / 0.68 (0.70 -> 0.74). The floors are those
scores.
"""

from __future__ import annotations

from articles_devset import scored_round, sets_besides

test_round_16zg_scores, test_round_16zg_shares_no_article_with_other_sets = scored_round(
    "round_16zg.yml", "issue-16zg", 51,
    {"precision": 0.94, "recall": 0.92, "metric": 0.93, "claimant": 0.76, "all_fields": 0.70},
    sets_besides("round_16zg.yml"), articles=20)

test_round_16zh_scores, test_round_16zh_shares_no_article_with_other_sets = scored_round(
    "round_16zh.yml", "issue-16zh", 49,
    {"precision": 0.92, "recall": 0.95, "metric": 0.91, "claimant": 0.78, "all_fields": 0.72},
    sets_besides("round_16zh.yml"), articles=20)
