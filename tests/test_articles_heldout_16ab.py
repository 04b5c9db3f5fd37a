"""The article reader on rounds 16a and 16b, the untuned measurement of the session (issue 16).

``tests/cases/articles/round_16a.yml`` (en, de, fr, es; 31 figures) and ``round_16b.yml`` (ru,
uk, ko, ja; 36 figures): 20 real articles each, 5 per language, from the pages corpus, labelled
by helpers 16a and 16b, who changed no code and never ran the reader on them, while rounds 16k,
16m and 16s were development rounds (no URL or sentence of any other set). Their rows were never
read: only their scores, and counts of error kinds, were looked at. Scored (precision / recall /
every field right over the figures found; claimant), both rounds together (40 articles, 67
figures):

- main at the start of the previous session (54dfa75): 0.80 / 0.91 / 0.51, claimant 0.57;
- main at the start of this session (de489a7): 0.80 / 0.91 / 0.61, claimant 0.66;
- the session's final main: 0.80 / 0.91 / 0.66, metric 0.93, claimant 0.67 (16a: 0.83 / 0.97 /
  0.63, claimant 0.63; 16b: 0.78 / 0.86 / 0.68, claimant 0.71).

Half of the claimant errors left are figures the labeller gave to a source named in an earlier
sentence, where the reader finds no word that carries it (it answers "Unattributed"). Do not tune
rules on these rounds; this test keeps the measurement from getting worse.

Both rounds then became development rounds (session of 2026-12-04, fourth): the lead fixed
16a's en/de/fr/es classes (16a 0.83 / 0.97 / 0.63, claimant 0.63 → 0.94 / 1.00 / 0.84, claimant
0.87), helper 16l 16b's ru/uk (ru 0.73 / 0.89 / 0.62 → 1.00 / 1.00 / 0.78, uk 0.67 / 0.86 /
0.67 → 1.00 / 0.86 / 1.00) and helper 16o its ko/ja (ko 0.70 / 0.70 / 0.71 → 1.00 / 1.00 /
1.00, ja 1.00 / 1.00 / 0.70 → 1.00 / 1.00 / 1.00): 16b 0.78 / 0.86 / 0.68, claimant 0.71 →
1.00 / 0.97 / 0.94, claimant 0.97. The floors below are raised by those gains. The session's
untuned measurement is rounds 16e-16h (``test_articles_heldout_16eh.py``).
"""

from __future__ import annotations

from articles_devset import scored_round

OTHERS = ("devset.yml", "final_heldout.yml", "round_16t.yml", "round_16w.yml", "round_16k.yml",
          "round_16m.yml", "round_16s.yml")

test_round_16a_scores, test_round_16a_shares_no_article_with_other_sets = scored_round(
    "round_16a.yml", "issue-16a", 31,
    # (raised by the lead's en/de/fr/es fixes, round 16a a development round; 19nm 0.86 ->
    # 0.83, 0.83 -> 0.80, a loss left: "La revista estadounidense “Foreign Policy” destaca …"
    # is now an outlet, and the next sentence's "Los expertos indican que … al menos dos
    # millones" takes it as the source named before (unnamed experts: Unattributed))
    # (31fm: metric 0.935 -> 0.903, every field 0.806 -> 0.774: Shoigu's "unos 5.000
    # trabajadores" and "otros 5.000 trabajadores", listed with his sappers, are read as the
    # later wave, additional_deployed, as the codebook reads the mid-2025 builders and the sets
    # label 11 of the 15 such lists; this round labels both workers_sent: a label doubt put to
    # the lead, not relabelled)
    {"precision": 0.93, "recall": 0.99, "metric": 0.90, "claimant": 0.83, "all_fields": 0.77},
    (*OTHERS, "round_16b.yml"), articles=20)

test_round_16b_scores, test_round_16b_shares_no_article_with_other_sets = scored_round(
    "round_16b.yml", "issue-16b", 36,
    # (raised by 16o's ko/ja and 16l's ru/uk fixes, round 16b a development round)
    {"precision": 0.99, "recall": 0.96, "metric": 0.96, "claimant": 0.96, "all_fields": 0.93},
    (*OTHERS, "round_16a.yml"), articles=20)
