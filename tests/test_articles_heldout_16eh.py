"""The article reader on rounds 16e-16j, the session of 2026-12-04 (fourth) (issue 16).

Six rounds of 20 real articles each, 5 per language, from the pages corpus, labelled by helpers
who changed no code and never ran the reader on them (no URL of any other set): 16e (en, de,
fr, es; 54 figures), 16f (ru, uk, ko, ja; 55), 16g (en, de, fr, es; 55), 16h (ru, uk, ko, ja;
38), labelled at the session's start, and 16i (en, de, fr, es; 41), 16j (ru, uk, ko, ja; 43),
labelled late in it. All six were scored on the session's starting code (e0f0dde) first.

Rounds 16e and 16f then became development rounds (the lead: en/de/fr/es; helpers 16x: ru/uk,
16y: ko/ja). Rounds 16g-16j are the session's untuned measurement: their rows were never read,
only their scores and counts of error kinds. Precision / recall / every field right over the
figures found (claimant):

- 16g-16j together (80 articles, 177 figures): 0.86 / 0.92 / 0.61 (0.67) at e0f0dde, 0.85 / 0.93
  / 0.63 (0.68) at the session's end (16g 0.90 / 0.96 / 0.68, 16h 0.83 / 0.92 / 0.77, 16i 0.95 /
  0.90 / 0.59, 16j 0.75 / 0.91 / 0.46);
- 16e + 16f (40, 109), as development rounds: 0.95 / 0.92 / 0.58 (0.64) → 0.98 / 0.95 / 0.85
  (0.88).

Two more helpers labelled the texts of 16e and 16f a second time without seeing the first
labels or the reader: the two labellings agree on every field for 96 % and 94 % of the figures
(tests/cases/articles/README.md). The reader's gap to the target (80 %) on unseen text is the
reader's. In the session of 2026-12-04 (fifth) rounds 16g-16j became development rounds
(the lead: 16g, 16i; helpers 16ru, 16kj: 16h, 16j); rounds 16q and 16r measure that session
(``test_articles_heldout_16qr.py``). Floors may only go up. Both helpers merged: 16h 0.95 /
1.00 / 0.87 (0.87), 16j 0.98 / 1.00 / 0.79 (0.81).

After 16ru/16kj: rounds 16h and 16j then became development rounds of the next session (helpers
16ru: ru/uk, 16kj: ko/ja), measured on new untuned rounds. 16ru alone (main dbfc5bd → 16ru),
precision / recall / every field (claimant) of the whole round: 16h 0.83 / 0.92 / 0.77 (0.86) →
0.90 / 0.97 / 0.84 (0.86), 16j 0.75 / 0.91 / 0.46 (0.51) → 0.79 / 0.95 / 0.59 (0.61); the floors
of 16h and 16j below rose by those gains.

After 16kj (ko and ja of 16h and 16j fixed; ru and uk as before), from main dbfc5bd: 16h 0.83 /
0.92 / 0.77 -> 0.88 / 0.95 / 0.81 (claimant 0.86 -> 0.86), 16j 0.75 / 0.91 / 0.46 -> 0.93 /
0.95 / 0.68 (claimant 0.51 -> 0.73); ko and ja of 16h 0.89 / 0.94 / 0.76 -> 1.00 / 1.00 /
0.83, of 16j 0.68 / 0.92 / 0.43 -> 0.96 / 1.00 / 0.80 (figures pooled).
"""

from __future__ import annotations

from articles_devset import scored_round

OTHERS = ("devset.yml", "final_heldout.yml", "round_16t.yml", "round_16w.yml", "round_16k.yml",
          "round_16m.yml", "round_16s.yml", "round_16a.yml", "round_16b.yml")
ROUNDS = ("round_16e.yml", "round_16f.yml", "round_16g.yml", "round_16h.yml", "round_16i.yml",
          "round_16j.yml")


def _others(name: str) -> tuple[str, ...]:
    return (*OTHERS, *(r for r in ROUNDS if r != name))


test_round_16e_scores, test_round_16e_shares_no_article_with_other_sets = scored_round(
    "round_16e.yml", "issue-16e", 54,
    # (a development round: 0.94 / 0.91 / 0.53 untuned, claimant 0.61)
    {"precision": 0.95, "recall": 0.97, "metric": 0.93, "claimant": 0.82, "all_fields": 0.76},
    _others("round_16e.yml"), articles=20)

test_round_16f_scores, test_round_16f_shares_no_article_with_other_sets = scored_round(
    "round_16f.yml", "issue-16f", 55,
    # (a development round: 0.96 / 0.93 / 0.63 untuned, claimant 0.67)
    {"precision": 0.99, "recall": 0.92, "metric": 0.97, "claimant": 0.91, "all_fields": 0.89},
    _others("round_16f.yml"), articles=20)

test_round_16g_scores, test_round_16g_shares_no_article_with_other_sets = scored_round(
    "round_16g.yml", "issue-16g", 55,
    # (a development round of the lead: 0.90 / 0.96 / 0.68 (0.74) -> 0.90 / 0.96 / 0.77 (0.81))
    # (31fm: metric 0.981 -> 0.962: Shoigu's "al menos 5.000" builders listed with his 1.000
    # zapadores are read as the later wave, labelled workers_sent here, a label doubt put to the
    # lead; precision 0.914 -> 0.930, the 11'000 bis 12'000 told again kept once)
    {"precision": 0.89, "recall": 0.95, "metric": 0.96, "claimant": 0.80, "all_fields": 0.76},
    _others("round_16g.yml"), articles=20)

test_round_16h_scores, test_round_16h_shares_no_article_with_other_sets = scored_round(
    "round_16h.yml", "issue-16h", 38,
    # (a development round after 16ru/16kj: 0.83 / 0.92 / 0.77 untuned, claimant 0.86)
    {"precision": 0.94, "recall": 0.99, "metric": 0.99, "claimant": 0.89, "all_fields": 0.89},
    _others("round_16h.yml"), articles=20)

test_round_16i_scores, test_round_16i_shares_no_article_with_other_sets = scored_round(
    "round_16i.yml", "issue-16i", 41,
    # (a development round of the lead: 0.95 / 0.90 / 0.59 (0.62) -> 0.95 / 0.90 / 0.70 (0.73));
    # recall 0.90 -> 0.88 in session 18: "12 000 envoyés … atteignant de nouveau environ 12 000"
    # is one figure told twice for repeats._sent_again, two for this round's labeller
    {"precision": 0.94, "recall": 0.87, "metric": 0.96, "claimant": 0.72, "all_fields": 0.69},
    _others("round_16i.yml"), articles=20)

test_round_16j_scores, test_round_16j_shares_no_article_with_other_sets = scored_round(
    "round_16j.yml", "issue-16j", 43,
    # (a development round after 16ru/16kj: 0.75 / 0.91 / 0.46 untuned, claimant 0.51); recall
    # 1.00 -> 0.98, every field 0.86 -> 0.857 in session 18: the headline's "최대 50만 발" and the
    # body's "30만~50만 개" are one figure for repeats._headline_ranges, two for the labeller
    {"precision": 0.97, "recall": 0.97, "metric": 0.99, "claimant": 0.88, "all_fields": 0.85},
    _others("round_16j.yml"), articles=20)
