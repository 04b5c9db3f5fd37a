"""The article reader on rounds 16zm and 16zn, labelled at the end of the ninth session (issue 16).

Two rounds of 20 real articles each, 5 per language, from the pages corpus, labelled after the
session's last rule was merged, by helpers who changed no code and never ran the reader on them
(no URL of any other set): 16zm (en, de, fr, es; 59 figures) and 16zn (ru, uk, ko, ja; 36). They
were scored once on the session's starting code (f5f64bd) and once on its end, and read by
nobody: a second look at what the session's rules did on text nobody had read. Precision /
recall / every field right (claimant), 40 articles and 95 figures: 0.86 / 0.84 / 0.61 (0.70)
on both (16zm 0.90 / 0.80 / 0.62 (0.70), 16zn 0.80 / 0.92 / 0.61 (0.70)): no figure read
differently. With 16zi-16zl (``tests/test_articles_heldout_16zil.py``), 120 articles and 262
figures: 0.84 / 0.87 / 0.67 (0.72) at the start, 0.84 / 0.87 / 0.68 (0.72) at the end.

Do not tune rules on these rounds; the floors (the end's scores) keep the measurement from
getting worse.
"""

from __future__ import annotations

from articles_devset import scored_round, sets_besides

# (tenth session: 16nf's non-figures raised precision 0.90 -> 0.94; a month followed by a comma
# ends its date, so "iniciada en agosto, nueve soldados norcoreanos fallecieron" is found, recall
# 0.79 -> 0.81, with the claimant the reader cannot tell ("Según medios estatales", read
# Unattributed): claimant 0.70 -> 0.68, every field 0.61 -> 0.60)
test_round_16zm_scores, test_round_16zm_shares_no_article_with_other_sets = scored_round(
    "round_16zm.yml", "issue-16zm", 59,  # (16wt: the HUR as "Service principal de renseignement
    # du ministère ukrainien de la Défense", claimant 0.69 -> 0.73, every field 0.60 -> 0.65)
    # (23at: "Soldaten der Demokratischen Volksrepublik Korea" and "another 120" found, recall
    # 0.847 -> 0.898; the two German figures with the outlet, labels Western intelligence:
    # claimant 0.78 -> 0.755, every field 0.68 -> 0.66, no figure read right before read wrong)
    {"precision": 0.94, "recall": 0.89, "metric": 0.88, "claimant": 0.75, "all_fields": 0.65},
    sets_besides("round_16zm.yml"), articles=20)

test_round_16zn_scores, test_round_16zn_shares_no_article_with_other_sets = scored_round(
    "round_16zn.yml", "issue-16zn", 36,
    # (16ws: "ウクライナなどによると", several governments jointly: claimant 0.70 -> 0.73,
    # every field 0.61 -> 0.64)
    # (18ra: the reverse exclusion "КНДР … отрима\w*" moved to ARTICLES["flows"] for sendings
    # only, so varta1's subheading count of the dead "Декілька" (… "отриманих … поранень") is
    # found: precision 0.80 -> 0.82, recall 0.91 -> 0.94, and that one figure, matched with the
    # reader's metric (killed, label died_in_captivity) and claimant (Syrskyi, label Zelensky),
    # lowers metric 0.909 -> 0.882, claimant 0.788 -> 0.765 and every field 0.697 -> 0.676)
    {"precision": 0.82, "recall": 0.94, "metric": 0.88, "claimant": 0.75, "all_fields": 0.66},
    sets_besides("round_16zn.yml"), articles=20)
