# ruff: noqa: E501 (the phrases are data, as written)
"""Round 65 for issue 17: FIGURE TEXTS (the number with its qualifier words and counted noun, as a
ledger's ``figure_text`` holds it), 25 in each of the 16 languages, labelled by a helper who never
ran the engine, early in the session of 2026-12-06 (twenty-fourth), as rounds 57, 62 and 63.

``tests/cases/figures_round65.csv`` holds 400 phrases from 160 pages (fires and emergency
services, strikes, data breaches, pilgrimages, blood donations, protests); 52 of 400 are labelled
unparsed. No phrase or page of it is in any other case table.

Held out whole: scored on the session's start (ca5b64db): 380 of 400 (95.0 %); after its wave
(24ra D141-D144, 24rb D145-D148): 380, the same rows. The misses below are the end's, each with
its label and the reading of the day. A development round for the session's second wave (24rc
D150-D152, 24rd D154-D155), written from its misses and round 64's: 386. A third of them
are units of crews (squads, fire engines: D20, D41.1) read one way by the label and the other by
the engine. 31rb (D219.2: the possessive "si" cut after the apostrophe is a Turkish word, no
Romanian "and") reads tr "2'si kadın 4 kişiye" right: 390.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round65.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label unparsed; read vague 2-2-9
    ('it', 'diverse squadre'),
    # label unparsed; read exact 2-2-2
    ('it', "due autopompe, un'autobotte, un'autoscala"),
    # label unparsed; read exact 2-2-2
    ('it', 'due squadre'),
    # label unparsed; read exact 150-150-150
    ('it', 'gruppi di 150 persone'),
    # label unparsed; read exact 3-3-3
    ('it', 'tre squadre dei vigili del fuoco'),
    # label exact 2400-2400-2400; read unparsed
    ('pl', '2400 osób w 24 grupach'),
    # label unparsed; read at_least 8-8-nan
    ('pt', 'Ao menos oito equipes'),
    # label unparsed; read exact 5-5-5
    ('pt', 'cinco grupos'),
    # label exact 4-4-4; read unparsed
    ('pt', 'quatro pessoas — três mulheres, uma criança e um cachorro'),
    # label unparsed; read exact 12-12-12
    ('tr', '12 araç ve çok sayıda personelle'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es", "ru", "uk", "tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 25}, 400)
