"""The article reader on round 16zz37, labelled in session 33 (issue 16): development after 33ar.

Ten real articles from the pages corpus (3 en, 4 de, 3 ja; 23 figures), labelled by a helper
(labA30) who changed no code and never ran the reader on them, in 33 queries: the Saeppyol Street
opening (the one page of it allowed), the prisoner talks of March 2025, workers counted by a Russian
developer and by Daily NK, the ISW's loss rate, British intelligence's 14,000, the missiles and
shells counted by Bunshun.

Held out: scored before anyone read it on main 61282377 (the session's start): precision 0.742,
recall 1.0, metric 0.870, claimant 0.739, reading 1.0, every field 0.652. Then read by helper 33ar
(development after 33ar: a force with North Koreans among it, workers of other destinations, the
joint list of three governments, ja civilians and a second model number, de killed or wounded
with both auxiliaries, the leader as the subject after "Demnach hat",
tests/test_articles_rules_33ar.py): precision 0.92, recall 1.0, metric 0.957, claimant 0.826,
every field 0.783. The floors are that score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz37_scores, test_round_16zz37_shares_no_article_with_other_sets = heldout_round(
    "16zz37", 23,
    {"precision": 0.92, "recall": 0.99, "metric": 0.95, "claimant": 0.82, "all_fields": 0.78}, 10)
