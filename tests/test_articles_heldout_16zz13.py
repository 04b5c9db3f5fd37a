"""The article reader on round 16zz13, labelled early in session twenty-three (issue 16).

A round of real articles from the pages corpus, labelled by a helper who changed no code and never
ran the reader on them (no URL or distinctive sentence of any other set, nor of the session's rounds
16zz12 and 16zy13; about 800 search results looked at): 15 articles (2 in each of en, de, fr, es,
ru, ko, ja and 1 in uk: no fresh Ukrainian page with a figure was left), 20 figures.

Held out whole: scored as a total at the session's start (906e3704), after its first wave (23ar,
23as, full-width digits) and after its second (23at, 23au): precision / recall / metric / claimant /
every field 0.826 / 0.950 / 0.842 / 0.789 / 0.684 all three times, the same rows. A development
round from then on; the floors (those scores) keep it from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zz13_scores, test_round_16zz13_shares_no_article_with_other_sets = heldout_round(
    "16zz13", 20,
    {"precision": 0.82, "recall": 0.95, "metric": 0.84, "claimant": 0.78, "all_fields": 0.68}, 15)
