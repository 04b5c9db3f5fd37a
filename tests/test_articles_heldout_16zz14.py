"""The article reader on round 16zz14, labelled early in session twenty-four (issue 16).

A round of real articles from the pages corpus, labelled by a helper who changed no code and never
ran the reader on them (no URL or distinctive sentence of any other set; about 1,000 search results
looked at, over 200 pages rejected as used or as copies of used texts): 16 articles, 2 in each of
en, de, fr, es, ru, uk, ko and ja, 30 figures.

Held out whole: scored as a total at the session's start (ca5b64db), after 24ar (claimants) and
after 24at (false positives): precision / recall / metric / claimant / every field 0.703 / 0.867 /
0.923 / 0.769 / 0.692 all three times, the same rows. A development round from then on; the floors
(those scores) keep it from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz14_scores, test_round_16zz14_shares_no_article_with_other_sets = heldout_round(
    "16zz14", 30,
    {"precision": 0.70, "recall": 0.86, "metric": 0.92, "claimant": 0.76, "all_fields": 0.69}, 16)
