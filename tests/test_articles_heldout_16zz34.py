"""The article reader on round 16zz34, labelled in session 32 (issue 16): development after 32ar.

Fourteen real articles from the pages corpus (3 en, 2 de, 2 fr, 2 es, 1 ru, 1 uk, 1 ko, 2 ja; 33
figures), labelled by a helper (labA27) who changed no code and never ran the reader on them. Ten
of them report the opening of Pyongyang's Saeppyol Street for the families of soldiers killed for
Russia (February 2026): the only fresh pages in ru, uk and es, so its figures (14,000 sent, 6,000
killed or wounded, 600 dead) recur.

Held out: scored before anyone read it on main 807164bf (the session's start): precision 0.939,
recall 0.939, metric 0.935, claimant 0.903, reading 1.0, every field 0.839. Then read by helper
32ar (development after 32ar: a counter of rounds, a "per" word and a phase word,
tests/test_articles_rules_32ar.py): precision 1.0, recall 0.939, metric 0.968, claimant 0.903,
every field 0.871. The floors are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz34_scores, test_round_16zz34_shares_no_article_with_other_sets = heldout_round(
    "16zz34", 33,
    {"precision": 1.0, "recall": 0.93, "metric": 0.96, "claimant": 0.90, "all_fields": 0.87}, 14)
