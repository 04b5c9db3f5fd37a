"""A fourth held-out round: figure phrases and casualty rows found after the fresh set.

``tests/cases/figures_round4.csv`` holds 1,000 figure phrases printed in reporting on wars,
floods, earthquakes, wildfires, cyclones, landslides, mine disasters, explosions, building
collapses, crashes, shipwrecks, heatwaves, epidemics, volcanoes, tornadoes, avalanches and
stampedes in 15 languages (27 to 92 each; 789 in the ten judged languages tr, pl, zh, ar, hi,
ko, ja, it, pt, es; 211 in en, de, fr, ru, uk), found through the pages corpus for issue 17
and in no other ``tests/cases`` file (48 candidates that repeated or contained a numbered
phrase of an earlier file were dropped before scoring). They came in four batches, each
collected after the changes for the one before and scored before any change for it: rows
1-448, 449-654, 655-854 and 855-1000. ``tests/cases/casualty_rows_round4.csv`` holds 71 whole
casualty sentences or cells from the first batch's reporting, 37 of which hold no single
count. Each row has its source URL and the reading the codebook gives it, written by hand
before the engine was run on it.

Scores of the first batch (448 phrases) and the rows before any change (the engine of main at
caf3942):

- as first labelled: phrases 418/448 = 93.3 % (judged languages 313/337 = 92.9 %, en/de/fr/ru/uk
  105/111 = 94.6 %); casualty rows 65/71 = 91.5 %;
- ten of those labels were wrong under the codebook and were corrected (six before any change,
  four found while fixing; each is named in the commit that corrected it: a count of states or
  districts beside the headcount is a second quantity, D5; "in one hour" is a period, D19;
  "un"/"uma"/"una" are articles, D8; a qualifier five words from the number, D1; "nuovi" is a
  listed additional word; a share of another group is a second quantity, rule 13). With the
  corrected labels the same engine reads phrases 425/448 = 94.9 % (judged 320/337 = 95.0 %,
  en/de/fr/ru/uk 105/111 = 94.6 %) and casualty rows 67/71 = 94.4 %.

After the changes (codebook D31-D33 and table words): phrases 447/448, casualty rows 70/71.

Five rows that label a distance from a place as the figure (de "weniger als 40 Kilometer von Köln
entfernt", pl "około 30 kilometrów na północ od Zagrzebia", tr "50 kilometre uzaklıktaki", "25
kilometre mesafede", hi "250 किलोमीटर दूर") were relabelled unparsed in the fourteenth session under
D66.3 and D70 (a distance from a place is no count: rounds 10-38 label it so, and issue 16 lists
distances among the numbers that are not figures).
A sixth, ar "على بُعد نحو خمسين ميلًا من جزيرة لامبيدوزا", whose short vowels had hidden it from
D70's rewrite until D72 spelt them away (17cp), was relabelled so with it.

The second batch (206 phrases; 145 judged, 61 en/de/fr/ru/uk), scored before any change for it
(the engine after the first batch's changes): 190/206 = 92.2 % as first labelled; three labels
were wrong under the codebook and were corrected (a slip, D13; "certains" + noun, D9; "jednego
z", D8), giving 193/206 = 93.7 % (judged 134/145 = 92.4 %, en/de/fr/ru/uk 59/61 = 96.7 %). The
engine from before round 4 also reads 193 of them. After the second changes: 205/206.

The third batch (200 phrases; 161 judged, 39 en/ru/uk), scored before any change for it: 182/200
= 91.0 % as first labelled; one label was made consistent with ``figures_newsrooms.csv`` (Korean
추정, "estimated", after the number is no qualifier there), giving 183/200 = 91.5 % (judged
147/161 = 91.3 %, en/ru/uk 36/39 = 92.3 %); the engine from before round 4 reads 182. After the
third changes: 200/200.

The fourth batch (146 phrases, all in the judged languages), scored before any change for it:
131/146 = 89.7 % (no label corrected after scoring; the engine from before round 4 also reads
131). After the fourth changes: 145/146.

Over the four batches, each scored before its own changes, the judged languages read 320/337,
134/145, 147/161 and 131/146 right: 732/789 = 92.8 %, below the 97 % target; en/de/fr/ru/uk
200/211 = 94.8 %.

The misses of the first batch were language features: "rose to" written with "hasta"
or 까지 and the Polish "do" of a verb (D31), aircraft designations read as counts
(D32), French "par" ("by") read as a rate, clock times after "as of", a Turkish
ordinal day read as a rate (D33), the unit written at both ends of a range, "N, most
of them in ..." as a breakdown, and qualifier and scale words (tr takribi, toplam
can kaybı; ja 越える; fr au-dessus de; pt ultrapassam a casa dos; de wenige; ar
المليون; hi "दो और लोगों"; zh 時); in the second batch a cardinal case ending read as
an ordinal (ru "4-х"), words holding a shorter table word (tr taburcu, ko 소방당국, 더미),
the including word "olmak üzere", "teens" 十数 / 十几, additional 他の / 新发现, the clock
mark 分, fr "la plupart" and pt ", na maioria". Four are left (below).

One label was corrected on 2026-12-05 (eleventh session) by the codebook: "Bollino arancione
(allerta di livello 2), invece, in altre 8 capoluoghi" was unparsed (two numbers); D56.4 says
"livello 2" is a level, no count, so the phrase reads the 8 further cities, additional (D12).

Four labels were corrected on 2026-12-05 (17ca) by codebook D59, which makes a share and a
measure with its unit no candidate for the count when another number remains (they were
labelled two quantities, unparsed, by D45.3 and rule 13): zh "1000多名救援人员在海拔超过3800米…" =
at_least 1000 (the altitude is a measure, D59.4); ko "교통사고 사망자는 3529명으로 지난해 비해
10.4% 감소했다" = 3529, ko "…전체의 28.3%인 337명이다" = 337, pt "cerca de 2300 óbitos em
excesso, 25% acima da linha de base" = approx 2300 (a share or a change in per cent beside the
count, D59.1).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from figure_sets import assert_reads_right, casualty_rows_share, phrases_elsewhere

CASES = Path(__file__).parent / "cases"
NAMES = ("figures_round4.csv", "casualty_rows_round4.csv")
PHRASES = list(csv.DictReader((CASES / NAMES[0]).open(encoding="utf-8")))
ROWS = list(csv.DictReader((CASES / NAMES[1]).open(encoding="utf-8")))
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "es")

# Misses left on purpose, with why (see docs/codebook.md, "Languages and tables").
KNOWN_MISSES: set[tuple[str, str]] = {
    # (17ca) D59.1 drops the share beside the count; what remains counts prefectures, places, no
    # deaths (D45.5: two quantities outside zh, but here the only other number is the share), so
    # the phrase reads 3 where it is labelled unparsed. The engine knows no Japanese place counter.
    ("ja", "これら3都県で空襲死亡者の約75%を占めている"),
    # Portuguese "mais" before a number is "more" ("e de mais cinco conhecidos": five more, joined
    # by "and" to people named but not counted, D12), but "mais" alone is also "most": the table
    # does not list it (as in tests/test_figures_newsrooms.py), so the five read as a count.
    ("pt", "Acompanhada de uma amiga, da irmã, e de mais cinco conhecidos"),
}


def test_the_round_is_real_reporting_in_every_judged_language() -> None:
    assert len(PHRASES) >= 1000
    assert 40 <= len(ROWS) <= 80
    counts: dict[str, int] = {}
    for row in [*PHRASES, *ROWS]:
        assert row["source"].startswith("http"), row
        assert row["status"] in ("ok", "unparsed"), row
    for row in PHRASES:
        counts[row["lang"]] = counts.get(row["lang"], 0) + 1
    for lang in JUDGED:
        assert counts.get(lang, 0) >= 20, (lang, counts)
    for lang in ("en", "de", "fr", "ru", "uk"):
        assert counts.get(lang, 0) >= 15, (lang, counts)
    assert {row["lang"] for row in ROWS} >= set(JUDGED)


def test_the_round_is_new() -> None:
    old = phrases_elsewhere(CASES, NAMES)
    phrases = [row["phrase"].strip().lower() for row in [*PHRASES, *ROWS]]
    assert not [p for p in phrases if p in old]
    assert len(set(phrases)) == len(phrases)


@pytest.mark.parametrize(
    "row", PHRASES + ROWS, ids=lambda r: f"{r['lang']}-{r['phrase'][:40]}"
)
def test_every_row_reads_right(row: dict[str, str]) -> None:
    assert_reads_right(row, KNOWN_MISSES)


def test_unparsed_casualty_rows_are_unparseable_under_the_codebook() -> None:
    # every casualty row the engine leaves unparsed is one labelled unparsed by hand
    share = casualty_rows_share(ROWS, KNOWN_MISSES)
    assert share >= 0.9, share
