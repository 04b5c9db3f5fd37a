"""Error classes of round 16zg in en, de, fr, es, by language (helper 16ef, issue 16).

Each class of the reader's errors on the English, German, French and Spanish articles of round
16zg, fixed for every language of the eight where it applies (docs/articles.md, "Session of
2026-12-04 (eighth): classes of 16zg, en, de, fr, es (helper 16ef)"), tested on sentences
written for the test: the positive reads as the class says (each failed before the class was
written), the negative is a sentence where the rule must not fire.

A. a year before a vague plural is no product ("Anfang 2023 Zehntausende", "in 2024 thousands"
   read 20,230,000 and 2,024,000): a digit multiplies a scale ("3 Millionen"), never a vague word;
B. the one helped is no source ("sending thousands of troops … to help the Kremlin");
C. a unit's number is no people ("le 528 régiment du génie", "528工兵連隊");
D. Spanish "Servicio de Inteligencia Nacional" is the NIS, in the word order of the English name;
E. dead or out of action are casualties ("tot oder kampfunfähig", "morts ou hors de combat").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

PUBLISHED = "2025-03-01"
NIS = "South Korea National Intelligence Service (NIS)"


def _rows(text: str, lang: str) -> list[dict]:
    df = extract_figures(text, lang, PUBLISHED)
    return df.to_dict("records") if len(df) else []


def _row(text: str, lang: str, figure: str) -> dict:
    rows = [r for r in _rows(text, lang) if r["figure_text"] == figure]
    assert len(rows) == 1, [r["figure_text"] for r in _rows(text, lang)]
    return rows[0]


YEAR_VAGUE = [
    # (lang, text, figure the reader must give, best)
    ("en", "North Korea sent in 2024 thousands of workers to Russia.", "thousands", 1000),
    ("de", "Nordkorea hat 2024 Tausende Arbeiter nach Russland geschickt.", "Tausende", 1000),
    ("fr", "La Corée du Nord a envoyé en 2024 milliers de travailleurs en Russie.", "milliers",
     1000),
    ("es", "Corea del Norte envió en 2024 miles de trabajadores a Rusia.", "miles", 1000),
]
YEAR_VAGUE_NOT = [
    # a scale after a digit still multiplies
    ("en", "North Korea has sent 3 million artillery shells to Russia.", "3 million", 3_000_000),
    ("de", "Nordkorea hat 3 Millionen Granaten nach Russland geschickt.", "3 Millionen",
     3_000_000),
    ("fr", "La Corée du Nord a livré 3 millions d'obus à la Russie.", "3 millions", 3_000_000),
    ("es", "Corea del Norte envió 3 millones de proyectiles a Rusia.", "3 millones", 3_000_000),
]


@pytest.mark.parametrize("lang,text,figure,best", YEAR_VAGUE + YEAR_VAGUE_NOT)
def test_a_digit_multiplies_a_scale_never_a_vague_plural(lang, text, figure, best):
    assert _row(text, lang, figure)["best"] == best


HELPED = [
    # (lang, text, figure, claimant)
    ("en", "North Korea has become one of Russia's main allies, sending thousands of troops and "
           "container loads of weapons to help the Kremlin oust Ukrainian forces from Kursk.",
     "thousands", "Unattributed"),
    ("en", "North Korea sent thousands of troops in support of the Kremlin.", "thousands",
     "Unattributed"),
    # the Kremlin who says is a source (negative)
    ("en", "North Korea sent 5,000 troops to help Russia, the Kremlin said.", "5,000",
     "Russian media"),
]


@pytest.mark.parametrize("lang,text,figure,claimant", HELPED)
def test_the_one_helped_is_no_source(lang, text, figure, claimant):
    assert _row(text, lang, figure)["claimant"] == claimant


UNITS = [
    ("de", "Nordkorea hat das 528 Pionierregiment aus Kursk empfangen, das nach Russland entsandt "
           "worden war.", "528"),
    ("fr", "La Corée du Nord a tenu une cérémonie de bienvenue pour le 528 régiment du génie, "
           "dépêché à Koursk au côté de l'armée russe.", "528"),
    ("es", "Corea del Norte recibió al regimiento 528 de ingenieros desplegado en Kursk.", "528"),
    ("ru", "КНДР встретила 528 инженерный полк, направленный в Курск.", "528"),
    ("uk", "КНДР зустріла 528 інженерний полк, направлений до Курська.", "528"),
    ("ko", "북한은 쿠르스크에 파병된 528 공병연대를 환영했다.", "528"),
    ("ja", "北朝鮮はクルスクに派遣された528工兵連隊を歓迎した。", "528"),
]
UNITS_NOT = [
    # the soldiers of a unit counted are a figure
    ("de", "Nordkorea hat 1000 Soldaten des Pionierregiments nach Kursk entsandt.", "1000"),
    ("fr", "La Corée du Nord a dépêché 1 000 soldats du régiment du génie à Koursk.", "1 000"),
    ("es", "Corea del Norte desplegó 1.000 soldados del regimiento de ingenieros en Kursk.",
     "1.000"),
    ("ru", "КНДР направила в Курск 1000 военных инженерного полка.", "1000"),
    ("uk", "КНДР направила до Курська 1000 військових інженерного полку.", "1000"),
    ("ko", "북한은 528 공병연대 소속 1000명을 쿠르스크에 파병했다.", "1000명"),
    ("ja", "北朝鮮は528工兵連隊の1000人をクルスクに派遣した。", "1000人"),
]


@pytest.mark.parametrize("lang,text,figure", UNITS)
def test_a_units_number_is_no_people(lang, text, figure):
    assert not [r for r in _rows(text, lang) if figure in r["figure_text"]]


@pytest.mark.parametrize("lang,text,figure", UNITS_NOT)
def test_the_soldiers_of_a_unit_are_people(lang, text, figure):
    assert _row(text, lang, figure)["best"] == 1000


NIS_ORDER = [
    ("es", "Corea del Norte envió miles de trabajadores a Rusia en 2024, según informó la agencia "
           "Yonhap, citando al Servicio de Inteligencia Nacional de Corea del Sur.", "miles", True),
    # Ukraine's foreign intelligence service is not Seoul's (negative)
    ("es", "Corea del Norte envió miles de soldados a Rusia, según el Servicio de Inteligencia "
           "Exterior de Ucrania.", "miles", False),
]


@pytest.mark.parametrize("lang,text,figure,is_nis", NIS_ORDER)
def test_the_nis_in_the_english_word_order(lang, text, figure, is_nis):
    assert (_row(text, lang, figure)["claimant"] == NIS) is is_nis


OUT_OF_ACTION = [
    ("en", "Of the 11,000 North Korean soldiers, at least 1,000 are already dead or out of action.",
     "at least 1,000"),
    ("de", "Von den 11.000 nordkoreanischen Soldaten sollen schon mindestens 1000 tot oder "
           "kampfunfähig sein.", "mindestens 1000"),
    ("fr", "Sur les 11 000 soldats nord-coréens, au moins 1 000 seraient morts ou hors de combat.",
     "au moins 1 000"),
    ("es", "De los 11.000 soldados norcoreanos, al menos 1.000 estarían muertos o fuera de "
           "combate.", "al menos 1.000"),
    ("ru", "Из 11 тысяч северокорейских военных не менее 1000 убиты или выведены из строя.",
     "не менее 1000"),
    ("uk", "З 11 тисяч північнокорейських військових щонайменше 1000 убиті або виведені з ладу.",
     "щонайменше 1000"),
    ("ko", "북한군 1만1000명 중 최소 1000명이 사망하거나 전투 불능 상태가 됐다.", "최소 1000명"),
    ("ja", "北朝鮮兵1万1000人のうち少なくとも1000人が死亡または戦闘不能になった。",
     "少なくとも1000人"),
]
DEAD_ONLY = [
    # the dead alone stay killed
    ("en", "Of the 11,000 North Korean soldiers, at least 1,000 are already dead.",
     "at least 1,000"),
    ("de", "Von den 11.000 nordkoreanischen Soldaten sollen schon mindestens 1000 tot sein.",
     "mindestens 1000"),
    ("fr", "Sur les 11 000 soldats nord-coréens, au moins 1 000 seraient morts.", "au moins 1 000"),
    ("es", "De los 11.000 soldados norcoreanos, al menos 1.000 estarían muertos.",
     "al menos 1.000"),
    ("ru", "Из 11 тысяч северокорейских военных не менее 1000 убиты.", "не менее 1000"),
    ("uk", "З 11 тисяч північнокорейських військових щонайменше 1000 убиті.", "щонайменше 1000"),
    ("ko", "북한군 1만1000명 중 최소 1000명이 사망했다.", "최소 1000명"),
    ("ja", "北朝鮮兵1万1000人のうち少なくとも1000人が死亡した。", "少なくとも1000人"),
]


@pytest.mark.parametrize("lang,text,figure", OUT_OF_ACTION)
def test_dead_or_out_of_action_are_casualties(lang, text, figure):
    assert _row(text, lang, figure)["metric"] == "killed_or_wounded"


@pytest.mark.parametrize("lang,text,figure", DEAD_ONLY)
def test_the_dead_alone_stay_killed(lang, text, figure):
    assert _row(text, lang, figure)["metric"] == "killed"
