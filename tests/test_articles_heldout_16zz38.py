"""The article reader on round 16zz38, labelled in session 33 (issue 16): development after 33ar.

Ten real articles from the pages corpus (3 fr, 3 es, 1 ru, 3 ko; 20 figures), labelled by a helper
(labA31) who changed no code and never ran the reader on them, in 31 queries (uk gave no fresh page
with a figure): France Info, watson.ch, Le Grand Continent, AP's Spanish text, Colombian and
Spanish papers, a Ukrainian officer on the NIS's builders, Korean papers and a blog on the NIS's
counts and Ukraine's shells estimates.

Held out: scored before anyone read it on main 61282377 (the session's start): precision 0.792,
recall 0.95, metric 1.0, claimant 0.842, reading 1.0, every field 0.842. Then read by helper 33ar
(development after 33ar: Ukraine's envoys, the side holding a place, ko "전사" inside a command's
name and the counter 건, a force with North Koreans among it,
tests/test_articles_rules_33ar.py): precision 0.826, recall 0.95, metric 1.0, claimant 0.947,
every field 0.947. The floors are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz38_scores, test_round_16zz38_shares_no_article_with_other_sets = heldout_round(
    "16zz38", 20,
    {"precision": 0.82, "recall": 0.95, "metric": 0.99, "claimant": 0.94, "all_fields": 0.94}, 10)
