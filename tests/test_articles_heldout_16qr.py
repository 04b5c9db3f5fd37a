"""The article reader on rounds 16q and 16r, the session of 2026-12-04 (fifth) (issue 16).

Two rounds of 20 real articles each, 5 per language, from the pages corpus, labelled at the
session's start by helpers who changed no code and never ran the reader on them (no URL of
any other set): 16q (en, de, fr, es; 55 figures) and 16r (ru, uk, ko, ja; 41). They are the
session's untuned measurement: their rows are not read, only their scores. Precision / recall
/ every field right over the figures found (claimant), on the session's starting code
(dbfc5bd):

- 16q: 0.91 / 0.91 / 0.72 (0.78); 16r: 0.84 / 1.00 / 0.78 (0.88); together (40 articles, 96
  figures) 0.88 / 0.95 / 0.75 (0.82).

At the session's end, after 16g-16j were made development rounds (16g 0.68 -> 0.77 every field,
16h 0.77 -> 0.87, 16i 0.59 -> 0.70, 16j 0.46 -> 0.84): 16q 0.91 / 0.91 / 0.72 (0.78), not one
figure read differently; 16r 0.89 / 1.00 / 0.78 (0.85), precision and metric up, claimant down
one Korean figure; together 0.90 / 0.95 / 0.75 (0.81). The floors are the end's scores.

In the sixth session they became development rounds (16u and 16v the measurement,
``test_articles_heldout_16uv.py``): with the names completed by language and the lead's classes
(``test_articles_session6_lead.py``), 16q 0.98 / 0.91 / 0.80 (0.84) and 16r 0.91 / 1.00 / 0.83
(0.88). The floors are these scores.
"""

from __future__ import annotations

from articles_devset import scored_round

OTHERS = ("devset.yml", "final_heldout.yml", "round_16t.yml", "round_16w.yml", "round_16k.yml",
          "round_16m.yml", "round_16s.yml", "round_16a.yml", "round_16b.yml", "round_16e.yml",
          "round_16f.yml", "round_16g.yml", "round_16h.yml", "round_16i.yml", "round_16j.yml")

test_round_16q_scores, test_round_16q_shares_no_article_with_other_sets = scored_round(
    "round_16q.yml", "issue-16q", 55,
    {"precision": 0.97, "recall": 0.90, "metric": 0.93, "claimant": 0.83, "all_fields": 0.79},
    (*OTHERS, "round_16r.yml"), articles=20)

test_round_16r_scores, test_round_16r_shares_no_article_with_other_sets = scored_round(
    "round_16r.yml", "issue-16r", 41,
    {"precision": 0.93, "recall": 1.00, "metric": 0.95, "claimant": 0.95, "all_fields": 0.90},
    (*OTHERS, "round_16q.yml"), articles=20)
