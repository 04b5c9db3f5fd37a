"""The article reader on rounds 16zy5 and 16zz5, labelled in the fourteenth session (issue 16).

Two rounds of real articles from the pages corpus, labelled by helpers who changed no code and
never ran the reader on them (no URL of any other set): 16zy5 (en, de, fr, es; 24 articles, 47
figures) and 16zz5 (ru, uk, ko, ja; 23 articles, 33 figures; the corpus held no sixth new
Ukrainian article). Nobody who wrote a rule read them. Each was scored only as a total on the
session's starting code (a52d283) and read row by row only after the last rule merge.
Precision / recall / every field right (claimant), 47 articles and 80 figures: **0.77 / 0.91 /
0.69 (0.74)** at the start and exactly the same at the end. The session's article work (16ch:
every claimant by every name a newsroom uses, 1,525 sentences of its own; 16ci: numbers that are
not figures as grammar classes, 81 sentences of its own) changed no row of these 47 articles,
as last session's rules changed none of its 96.

Do not tune rules on these rounds before a later session's measurement is labelled; the floors (the
end's scores) keep them from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zy5_scores, test_round_16zy5_shares_no_article_with_other_sets = heldout_round(
    "16zy5", 47,
    {"precision": 0.89, "recall": 0.87, "metric": 0.92, "claimant": 0.80, "all_fields": 0.73}, 24)
test_round_16zz5_scores, test_round_16zz5_shares_no_article_with_other_sets = heldout_round(
    "16zz5", 33,
    {"precision": 0.65, "recall": 0.96, "metric": 0.93, "claimant": 0.65, "all_fields": 0.62}, 23)
