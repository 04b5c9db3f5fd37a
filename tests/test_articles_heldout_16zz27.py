"""The article reader on round 16zz27, labelled in session 29 (issue 16).

Twelve real articles from the pages corpus (4 en, 2 de, 3 ko, 2 ja, 1 uk; 25 figures), labelled by a
helper who changed no code and never ran the reader on them; no fresh ru, fr or es page with a
figure of the story was found in about 14 queries.

Held out through 29ar's and 29aa's rules: on the session's start (00bf43cd) and after them it read
the same rows: precision 0.786, recall 0.880, metric 0.955, claimant 0.636, reading 0.955, every
field 0.636. Then read: one reading was a fault of the reader, "eine halbe Million solcher
Granaten" cut to "Million" (1,000,000; 29hf: reading 1.0). The claimant errors are conventions
(an outlet and the source it relays, the labeller's doubts listed in the round's header); the
misses a captive counted in native Korean ("북한군 한 명") and a total after the brigades it
counts ("4個旅団計1万2千人" in a sentence of expectation). The floors are its score.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz27_scores, test_round_16zz27_shares_no_article_with_other_sets = heldout_round(
    "16zz27", 25,
    {"precision": 0.78, "recall": 0.88, "metric": 0.95, "claimant": 0.63, "all_fields": 0.63}, 12)
