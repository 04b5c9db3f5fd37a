# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-first round for issue 17: a development round for the seven weakest judged languages,
labelled by a helper who never ran the engine.

``tests/cases/figures_round21.csv`` holds 280 figure phrases, 40 in each of tr, pl, zh, ar, hi,
id and pt, collected to develop these languages' grammar of counts (rises, places, Hijri and
Chinese dates, Han magnitudes, Hindi numbers).

The code at 79fbe12 (main) read **239/280** (ar 34 hi 29 id 36 pl 39 pt 36 tr 35 zh 30) as first
labelled. 17ng (D47) fixed seven labels by the codebook (the four Chinese 上万 / 上千 rows are
vague, D47.5; two Hindi rows of districts and one Turkish row of provinces beside a count of
people are two quantities, D5, D45.5, D47.9) and wrote rules for the classes of the misses:
**276/280** (ar 38 hi 39 id 40 pl 40 pt 39 tr 40 zh 40). What still misses is listed below, with
why.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round21.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "id", "pt")

KNOWN_MISSES: set[tuple[str, str]] = {
    # (the Arabic 10,276 in words reads right since 17nw, D53.3)
    # label question: "इसके अलावा" (besides this) opens the sentence; rule 12 lists no such
    # connective and figures_newsrooms.csv labels es "Además, 319.000 personas" total
    ('hi', 'इसके अलावा 10 लाख से ज्यादा कल्पवासी भी मेले में शामिल हुए हैं'),
    # an age after a name and a comma ("Carvalho, 61"): the text is read in lower case, so the name
    # is not seen (D43.1 reads ages in brackets only)
    ('pt', 'A vítima foi identificada como Fátima Marina Fernandes de Carvalho, 61'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 40}, 280)
