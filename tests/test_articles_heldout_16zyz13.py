"""The article reader on rounds 16zz12 and 16zy13, labelled at the start of session twenty-three.

Two rounds of real articles from the pages corpus, labelled by helpers who changed no code and never
ran the reader on them (no URL or distinctive sentence of any other set): 16zz12, 4 articles in each
of en, de, fr, es (29 figures, about 330 search results looked at); 16zy13, 4 in each of ru, uk, ko,
ja (20 figures, about 490 results; 8 of its figures are Russian children hosted in North Korea,
the one story still little labelled in ko and ja). The well of fresh pages is nearly dry: most
articles hold one figure.

Held out whole: scored as totals at the session's start (906e3704) and after its first wave
(23ar, 23as): precision / recall / metric / claimant / every field
- 16zz12: 0.903 / 0.966 / 0.893 / 0.750 / 0.679 both times, the same rows;
- 16zy13: 0.571 / 0.600 / 1.000 / 0.667 / 0.667 at the start, 0.619 / 0.650 / 1.000 / 0.692 /
  0.692 after the first wave, then 0.650 precision once full-width digits were read as ASCII
  (``analysis.articles.width``, written after reading this round's rows).
Development rounds for the session's second wave; the floors (the first wave's scores) keep them
from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz12_scores, test_round_16zz12_shares_no_article_with_other_sets = heldout_round(
    "16zz12", 29,
    {"precision": 0.90, "recall": 0.96, "metric": 0.89, "claimant": 0.75, "all_fields": 0.67}, 16)

test_round_16zy13_scores, test_round_16zy13_shares_no_article_with_other_sets = heldout_round(
    "16zy13", 20,
    {"precision": 0.64, "recall": 0.64, "metric": 0.99, "claimant": 0.69, "all_fields": 0.69}, 16)
