"""The article reader on rounds 16u and 16v, the session of 2026-12-04 (sixth) (issue 16).

Two rounds of 20 real articles each, 5 per language, from the pages corpus, labelled at the
session's start by helpers who changed no code and never ran the reader on them (no URL of
any other set): 16u (en, de, fr, es; 40 figures) and 16v (ru, uk, ko, ja; 32). They are the
session's untuned measurement: their rows are not read, only their scores. Precision / recall
/ every field right over the figures found (claimant), on the session's starting code
(6b4840b):

- 16u: 0.83 / 0.95 / 0.68 (0.74); 16v: 0.84 / 0.97 / 0.61 (0.71); together (40 articles, 72
  figures) 0.83 / 0.96 / 0.65 (0.72).

At the session's end, after 16q and 16r were made development rounds and the claimant names
were completed by language: 16u unchanged, not one figure read differently; 16v 0.84 / 0.97 /
0.65 (0.74), three Russian and Korean claimants right by the new names; together 0.83 / 0.96 /
0.67 (0.74). The floors are the end's scores.

Do not tune rules on 16u or 16v; these floors keep the measurement from getting worse.
"""

from __future__ import annotations

from articles_devset import scored_round, sets_besides

test_round_16u_scores, test_round_16u_shares_no_article_with_other_sets = scored_round(
    "round_16u.yml", "issue-16u", 40,
    {"precision": 0.82, "recall": 0.94, "metric": 0.86, "claimant": 0.73, "all_fields": 0.68},
    sets_besides("round_16u.yml"), articles=20)

test_round_16v_scores, test_round_16v_shares_no_article_with_other_sets = scored_round(
    "round_16v.yml", "issue-16v", 32,
    {"precision": 0.83, "recall": 0.96, "metric": 0.87, "claimant": 0.74, "all_fields": 0.64},
    sets_besides("round_16v.yml"), articles=20)
