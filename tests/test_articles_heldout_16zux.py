"""The article reader on rounds 16zu-16zx, labelled in the eleventh session (issue 16).

Four rounds of 20 real articles each, 5 per language, from the pages corpus, labelled by helpers who
changed no code and never ran the reader on them (no URL of any other set): 16zu (en, de, fr, es; 42
figures) and 16zv (ru, uk, ko, ja; 43) at the session's start, 16zw (en, de, fr, es; 52) and 16zx
(ru, uk, ko, ja; 40) soon after, before any rule of the session was merged. Nobody who wrote a rule
read them. Each was scored on the session's starting code (935ede9) and on its end. Precision /
recall / every field right (claimant), 80 articles and 177 figures: 0.85 / 0.88 / 0.69 (0.74) at the
start and **0.84 / 0.88 / 0.69 (0.74)** at the end. The session's rules (16cs, 16ws, 16wt, 16wu:
sources carried further and named sources chosen; 16pr, 16pq: additional deployments, children,
usual unit sizes) moved the 12 development rounds 16zi-16zt (538 figures) from 0.87 / 0.87 / 0.70
(0.74) to 0.88 / 0.89 / 0.74 (0.77) and none of these: every row reads as at the start but two new
false figures, number-less waves of 16pr ("North Korea has sent more soldiers", "additional troop
deployments") that these rounds' labellers, unlike 16zo-16zt's, did not label (a labelling
convention to settle, docs/articles.md).

Do not tune rules on these rounds before a later session's measurement is labelled; the floors (the
end's scores) keep them from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

test_round_16zu_scores, test_round_16zu_shares_no_article_with_other_sets = heldout_round(
    "16zu", 42,
    # (16cc: "berichtete Südkoreas amtliche Nachrichtenagentur" beside the NIS)
    {"precision": 0.84, "recall": 0.78, "metric": 0.93, "claimant": 0.66, "all_fields": 0.63}, 20)
test_round_16zv_scores, test_round_16zv_shares_no_article_with_other_sets = heldout_round(
    "16zv", 43,
    {"precision": 0.86, "recall": 1.00, "metric": 0.93, "claimant": 0.83, "all_fields": 0.76}, 20)
test_round_16zw_scores, test_round_16zw_shares_no_article_with_other_sets = heldout_round(
    "16zw", 52,
    # (16cc: "While earlier reports from Western officials indicated …, newer estimates …")
    {"precision": 0.88, "recall": 0.90, "metric": 0.85, "claimant": 0.87, "all_fields": 0.76}, 20)
test_round_16zx_scores, test_round_16zx_shares_no_article_with_other_sets = heldout_round(
    "16zx", 40,
    {"precision": 0.85, "recall": 0.87, "metric": 0.91, "claimant": 0.82, "all_fields": 0.82}, 20)
