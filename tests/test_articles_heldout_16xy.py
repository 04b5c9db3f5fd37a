"""The article reader on rounds 16x and 16y, the session of 2026-12-04 (seventh) (issue 16).

Two rounds of 20 real articles each, 5 per language, from the pages corpus, labelled at the
session's start by helpers who changed no code and never ran the reader on them (no URL of
any other set): 16x (en, de, fr, es; 46 figures) and 16y (ru, uk, ko, ja; 35). They are the
session's untuned measurement: their rows are not read, only their scores. Precision / recall
/ every field right over the figures found (claimant), on the session's starting code
(9fe12d7):

- 16x: 0.91 / 0.89 / 0.61 (0.66); 16y: 0.80 / 0.91 / 0.62 (0.72); together (40 articles, 81
  figures) 0.86 / 0.90 / 0.62 (0.68).

In the session after (eighth) they became development rounds (16ab, 16cd): the floors
keep what was reached from getting worse.
"""

from __future__ import annotations

from articles_devset import scored_round, sets_besides

test_round_16x_scores, test_round_16x_shares_no_article_with_other_sets = scored_round(
    "round_16x.yml", "issue-16x", 46,
    # (raised to the 16cc reader: "Seoul discovered …" after the defence minister)
    {"precision": 0.95, "recall": 0.89, "metric": 0.95, "claimant": 0.75, "all_fields": 0.70},
    sets_besides("round_16x.yml"), articles=20)

test_round_16y_scores, test_round_16y_shares_no_article_with_other_sets = scored_round(
    "round_16y.yml", "issue-16y", 35,
    {"precision": 0.80, "recall": 0.97, "metric": 0.84, "claimant": 0.71, "all_fields": 0.62},
    sets_besides("round_16y.yml"), articles=20)
