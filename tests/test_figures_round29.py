# ruff: noqa: E501 (the phrases are data, as written)
"""A twenty-ninth round for issue 17: phrases labelled by a helper who never ran the engine,
mid-session on 2026-12-05 (tenth).

``tests/cases/figures_round29.csv`` holds 400 figure phrases (illegal gambling raids, human
trafficking and forced labour, poaching and ivory smuggling, hepatitis, thefts, swine fever
culls): 40 in each of tr, pl, zh, ar, hi, ko, ja, it, pt and id. No phrase or page of it is in
any other case table.

Untuned it read **370/400** on the session's starting code (9627ac6) and **372/400** on the code
of the moment (ar 36 hi 36 id 39 it 38 ja 35 ko 36 pl 39 pt 37 tr 40 zh 36). It then became a
development round (17np, D55): its misses were sorted into classes, each written for the
languages it belongs to, and it reads **397/400** after them (ar 39 hi 40 id 40 it 39 ja 40 ko 39
pl 40 pt 40 tr 40 zh 40).

One label was edited by the codebook: ja "グループが1府6県で関与したとされる計約140の窃盗事件を立件"
(labelled unparsed, two quantities) is a total word's quantity beside a count of places: the
figure by D5 (approx 140).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round29.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a count and one more person named by a singular noun after "و" ("three Saudis and an Arab
    # resident"): a sum (D5), but Arabic singular nouns are not yet read as one
    ('ar', 'أطاحت شرطة تبوك بعصابة مكونة من ثلاثة سعوديين ومقيم عربي'),
    # label question: 또 (also) far before the count is read as additional (rule 12); the ten are
    # a different group from those arrested, labelled total
    ('ko', '경찰은 또 운영진 4명, 도박에 참여한 6명 등 10명은 불구속입건했다'),
    # "I due" (the two, people named before) beside "circa 50": two numbers; the article before
    # "due" is not yet read as an anaphor
    ('it', "I due avevano gia' piazzato nei giorni precedenti circa 50 trappole"),
    # (17ct, D76.4) label none -- total unparsed; read exact 417.0-417.0-417.0 (a count beside its earlier value)
    ('it', "un aumento esponenziale pari a 417 casi da settembre ad aprile contro i 167 casi dell'anno precedente"),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 40}, 400)
