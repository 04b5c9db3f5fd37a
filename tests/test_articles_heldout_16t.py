"""The article reader on round 16t, a held-out set no rule was written for (issue 16).

``tests/cases/articles/round_16t.yml``: 32 real articles (4 in each of en, de, fr, es, ru, uk, ko,
ja; 84 figures, 78 negatives) from the pages corpus, labelled by helper 16t, who changed no code
and never ran the reader on them, while this session's rounds were being written. Scored on each
code version, never used to write a rule (precision / recall / every field right over the figures
found; over the figures labelled in brackets):

- main at the start of the session (2f7572b): 0.79 / 0.92 / 0.56 (0.51), claimant 0.68;
- after 16j, 16x and the figure rounds: 0.80 / 0.92 / 0.56;
- after 16u and 16r: 0.87 / 0.93 / 0.62 (0.57), metric 0.85, claimant 0.71, reading 1.00;
- after 16v (the final main of the session): the same.

Then a development round (brief 16y/16z). Main at 5e318ea (the en/de/fr/es classes fixed): 0.92 /
0.94 / 0.79, metric 0.91, claimant 0.86. Helper 16z fixed the Korean and Japanese error classes (ko
4 articles, 9 figures; ja 4, 10: from every field 0.50 / 0.70 to 1.00 / 1.00): on 5e318ea merged,
0.94 / 0.95 / 0.88, metric 0.93, claimant 0.95. With the claimant grammar, the countries named
alone, rounds 16w and the 17x figure fixes (the session's final main): 0.96 / 0.96 / 0.94, metric
0.99, claimant 0.95. The floors below only go up.

Since this session it is a development round like ``devset.yml``: the untuned measurements are
now rounds 16k (``test_articles_heldout_16k.py``) and, until it was used, 16w.
"""

from __future__ import annotations

from articles_devset import scored_round

test_round_16t_scored_without_tuning, test_round_16t_shares_no_article_with_the_dev_set = (
    scored_round(
        "round_16t.yml", "issue-16t", 84,
        {"precision": 0.95, "recall": 0.95, "metric": 0.97, "claimant": 0.94,
         "all_fields": 0.92},
        ("devset.yml", "final_heldout.yml")))
