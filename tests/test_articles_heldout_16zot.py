"""The article reader on rounds 16zo-16zt, labelled in the tenth session (issue 16).

Six rounds of 20 real articles each, 5 per language, from the pages corpus, labelled by helpers who
changed no code and never ran the reader on them (no URL of any other set): 16zo and 16zq (en, de,
fr, es; 50 and 58 figures) and 16zp and 16zr (ru, uk, ko, ja; 36 and 37) at the session's start,
16zs (en, de, fr, es; 46) and 16zt (ru, uk, ko, ja; 49) in its middle, before the last rules. Nobody
who wrote a rule read them. Each was scored on the session's starting code (9627ac6) and on its end.
Precision / recall / every field right (claimant), 120 articles and 276 figures: 0.86 / 0.86 / 0.72
(0.75) at the start, **0.88 / 0.86 / 0.72 (0.75)** at the end of the session's rules: the
non-figures of 16nf (a counted noun, a date range, a designation) cut false figures; the claimant
did not move. One fix made after the measurement (a month followed by a comma ends its date, from
the review's probe and 16nf's held-back case in 16zm) finds one more figure of 16zo with a wrong
claimant: 0.88 / 0.87 / 0.72 (0.74). The learned
claimant choice (16ml, 16mw2; not called by the reader) was scored on them too: with every guard
it fires once in 272 rows and changes nothing; with the first guards only (6565f87 against
9cdeffb) it fixed 4 claimants and broke 3 of 222 matched figures (docs/articles.md).

Do not tune rules on these rounds before a later session's measurement is labelled; the floors
(the end's scores) keep them from getting worse.
"""

from __future__ import annotations

from articles_devset import heldout_round

# (after the measurement, a month followed by a comma ends its date: "entre janvier et février,
# 1 000 à 3 000 soldats" is found, recall 0.76 -> 0.78, with a claimant the reader gets wrong:
# claimant 0.78 -> 0.76, every field 0.76 -> 0.74)
test_round_16zo_scores, test_round_16zo_shares_no_article_with_other_sets = heldout_round(
    "16zo", 50,  # (16wt: "ein ukrainischer Verteidigungsgeheimdienst" is the HUR)
    # (25ar: "…, según un alto funcionario surcoreano" names a source, and the vague "millones"
    # of its sentence, labelled, is now read at its own place; the listed negative "un millón",
    # read before too but counted as that figure's repeat, is now a false positive: precision
    # 0.956 -> 0.935, no reading worse)
    {"precision": 0.93, "recall": 0.84, "metric": 0.95, "claimant": 0.80, "all_fields": 0.78}, 20)
test_round_16zp_scores, test_round_16zp_shares_no_article_with_other_sets = heldout_round(
    "16zp", 36,
    {"precision": 0.84, "recall": 0.88, "metric": 1.00, "claimant": 0.84, "all_fields": 0.84}, 20)
test_round_16zq_scores, test_round_16zq_shares_no_article_with_other_sets = heldout_round(
    "16zq", 58,  # (16cs: "Darüber hinaus …" and "This revelation, disclosed by …" carry the NIS)
    {"precision": 0.94, "recall": 0.96, "metric": 0.92, "claimant": 0.78, "all_fields": 0.76}, 20)
test_round_16zr_scores, test_round_16zr_shares_no_article_with_other_sets = heldout_round(
    "16zr", 37,  # (16cs: "В материале сообщалось", "同紙によると")
    # (16pq: "170㎜", "300グラム", "보통 … 수백 명": precision 0.71 -> 0.79)
    {"precision": 0.83, "recall": 0.81, "metric": 0.96, "claimant": 0.86, "all_fields": 0.86}, 20)
test_round_16zs_scores, test_round_16zs_shares_no_article_with_other_sets = heldout_round(
    "16zs", 46,
    # (16pq: the children of Russian service members vacationing: recall 0.85 -> 0.87)
    # (16wu: "die Angaben von Präsident Selenskyj, dass …" are Zelensky's: claimant 0.62 -> 0.65)
    # (16cc: "…, while Seoul warns", "Die USA gehen davon aus … so der Sprecher …, Kirby")
    # (17df, D87: "die Gefangennahme zweier nordkoreanischer Soldaten durch die Ukraine" is now
    # the figure 2: precision and recall 0.891 -> 0.913; its claimant is the captor named closest,
    # "durch die Ukraine", not the NIS that confirms it, as the number-less row had: claimant
    # 0.732 -> 0.714, every field 0.707 -> 0.690, the same right claimants of one more figure)
    {"precision": 0.91, "recall": 0.91, "metric": 0.95, "claimant": 0.71, "all_fields": 0.69}, 20)
test_round_16zt_scores, test_round_16zt_shares_no_article_with_other_sets = heldout_round(
    "16zt", 49,  # (16cs: "…, пише видання BBC.")
    # (16pq: "러시아 군인들의 자녀들이 … 휴가": recall 0.90 -> 0.92)
    # (16cc: "…派遣したが、国情院によれば")
    {"precision": 0.93, "recall": 0.93, "metric": 0.91, "claimant": 0.82, "all_fields": 0.76}, 20)
