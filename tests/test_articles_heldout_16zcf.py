"""The article reader on rounds 16zc-16zf, labelled in the eighth session (2026-12-04) (issue 16).

Four rounds of 20 real articles each, 5 per language, from the pages corpus, labelled by helpers
who changed no code and never ran the reader on them (no URL of any other set): 16zc (en, de,
fr, es; 53 figures) and 16zd (ru, uk, ko, ja; 43) at the session's start, 16ze (en, de, fr, es;
45) and 16zf (ru, uk, ko, ja; 41) while its rules were being written. Nobody who wrote a rule
read them: they are the session's untuned measurement, their rows never read, only their scores
and counts of error kinds. Precision / recall / every field right (claimant), all 80 articles
and 182 figures:

- the session's starting code (a1fdc9b): 0.86 / 0.88 / 0.64 (0.71);
- its end (after 16ab, 16cd, 16rv2, 16ef, 16gh): 0.87 / 0.88 / 0.65 (0.70): 16zc + 16zd
  0.88 / 0.92 / 0.59 (0.68) -> 0.89 / 0.92 / 0.60 (0.67); 16ze + 16zf 0.84 / 0.84 / 0.71
  (0.74) -> 0.85 / 0.85 / 0.71 (0.74).

In the ninth session (2026-12-05) they became development rounds (helpers 16ij, 16kl, 16in,
16km, 16co): 0.90 / 0.90 / 0.75 (0.80) together at its end; the floors below are those scores,
so that the classes written for them are kept. That session's measurement is 16zi-16zl
(``tests/test_articles_heldout_16zil.py``).
"""

from __future__ import annotations

from articles_devset import scored_round, sets_besides

# (16ch) claimant 0.78 -> 0.76 (0.765), every field 0.72 -> 0.70 (0.706): "Según el legislador
# Lee Seong-kweun" now names the NIS he relays, and "Corea del Sur también cree …" after it
# speaks for that body (16cc; docs/articles.md)
test_round_16zc_scores, test_round_16zc_shares_no_article_with_other_sets = scored_round(
    "round_16zc.yml", "issue-16zc", 53,
    {"precision": 0.96, "recall": 0.96, "metric": 0.92, "claimant": 0.76, "all_fields": 0.70},
    sets_besides("round_16zc.yml"), articles=20)

test_round_16zd_scores, test_round_16zd_shares_no_article_with_other_sets = scored_round(
    "round_16zd.yml", "issue-16zd", 43,
    {"precision": 0.87, "recall": 0.95, "metric": 0.95, "claimant": 0.82, "all_fields": 0.75},
    sets_besides("round_16zd.yml"), articles=20)

test_round_16ze_scores, test_round_16ze_shares_no_article_with_other_sets = scored_round(
    "round_16ze.yml", "issue-16ze", 45,
    {"precision": 0.95, "recall": 0.88, "metric": 0.92, "claimant": 0.80, "all_fields": 0.75},
    sets_besides("round_16ze.yml"), articles=20)

test_round_16zf_scores, test_round_16zf_shares_no_article_with_other_sets = scored_round(
    "round_16zf.yml", "issue-16zf", 41,
    {"precision": 0.80, "recall": 0.82, "metric": 0.97, "claimant": 0.85, "all_fields": 0.85},
    sets_besides("round_16zf.yml"), articles=20)
