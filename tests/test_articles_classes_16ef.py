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
E. dead or out of action are casualties ("tot oder kampfunfähig", "morts ou hors de combat");
F. convicts counted are Russia's, not the story's ("Zehntausende Sträflinge in den Tod geschickt");
G. background the outlet recalls ("Pour rappel, …", "As a reminder, …") takes no source of the
   report before, even where its troops are "supplémentaires" (as ru "Напомним" ends a carry);
H. a full stop glued to the next sentence after a closing quote ("un honneur ».Pour rappel",
   KBS World) or before an elided word ("l'Ukraine.C'est") ends a sentence.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures
from analysis.articles.reader import split_sentences

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


CONVICTS = [
    # (lang, text): the second sentence's number is Russia's convicts
    ("en", "North Korea sent 11,000 soldiers. Russia sent tens of thousands of convicts to their "
           "deaths in 2023."),
    ("de", "Nordkorea hat 11.000 Soldaten geschickt. Russland hat Anfang 2023 Zehntausende "
           "Sträflinge in den Tod geschickt."),
    ("fr", "La Corée du Nord a envoyé 11 000 soldats. La Russie a envoyé des dizaines de milliers "
           "de détenus à la mort."),
    ("es", "Corea del Norte envió 11.000 soldados. Rusia envió decenas de miles de presos a la "
           "muerte."),
    ("ru", "КНДР отправила 11 тысяч солдат. Россия отправила на смерть десятки тысяч "
           "заключенных."),
    ("uk", "КНДР відправила 11 тисяч солдатів. Росія відправила на смерть десятки тисяч "
           "ув'язнених."),
    ("ko", "북한은 1만1000명을 파병했다. 러시아는 수만 명의 죄수를 전장에 보냈다."),
    ("ja", "北朝鮮は1万1000人を派遣した。ロシアは数万人の囚人を戦場に送った。"),
]


@pytest.mark.parametrize("lang,text", CONVICTS)
def test_convicts_are_no_figure_and_the_soldiers_are(lang, text):
    # the negative in the same text: North Korea's 11,000 soldiers stay a figure
    assert [r["best"] for r in _rows(text, lang)] == [11000]


RECALLED = [
    # (lang, text, best of the figure, claimant)
    ("en", "According to KCNA, Kim Jong Un praised the brigade. As a reminder, Pyongyang had sent "
           "a special unit to Kursk, then dispatched more than 1,000 additional troops for "
           "demining.", 1000, "Unattributed"),
    ("de", "Laut KCNA lobte Kim Jong-un die Brigade. Zur Erinnerung: Pjöngjang hatte eine "
           "Spezialeinheit nach Kursk geschickt und dann mehr als 1000 weitere Soldaten zur "
           "Minenräumung entsandt.", 1000, "Unattributed"),
    ("fr", "Selon la KCNA, Kim Jong-un a salué la brigade. Pour rappel, Pyongyang avait envoyé une "
           "unité militaire spéciale à Koursk, puis dépêché plus de 1 000 hommes supplémentaires "
           "pour le déminage.", 1000, "Unattributed"),
    ("es", "Según la KCNA, Kim Jong-un elogió a la brigada. Recordemos que Pyongyang envió luego "
           "otros 1.000 soldados para el desminado.", 1000, "Unattributed"),
    ("ru", "По данным ЦТАК, Ким Чен Ын похвалил бригаду. Напомним, Пхеньян направил в Курск "
           "спецподразделение, а затем ещё более 1000 военных для разминирования.",
     1000, "Unattributed"),
    ("uk", "За даними ЦТАК, Кім Чен Ин похвалив бригаду. Нагадаємо, Пхеньян направив до Курська "
           "спецпідрозділ, а потім ще понад 1000 військових для розмінування.",
     1000, "Unattributed"),
]
HUR = "Ukraine Defence Intelligence (HUR)"
GOES_ON = [
    # more of the same report, with no recall: the source before still holds
    ("en", "More than 20 North Korean soldiers were killed, Ukraine's military intelligence said. "
           "Another 30 were wounded.", 30, HUR),
    ("de", "Mehr als 20 nordkoreanische Soldaten wurden getötet, teilte der ukrainische "
           "Militärgeheimdienst mit. Weitere 30 wurden verletzt.", 30, HUR),
    ("fr", "Plus de 20 soldats nord-coréens ont été tués, selon le renseignement militaire "
           "ukrainien. 30 autres soldats ont été blessés.", 30, HUR),
    ("es", "Más de 20 soldados norcoreanos murieron, según la inteligencia militar ucraniana. "
           "Otros 30 resultaron heridos.", 30, HUR),
    ("ru", "Более 20 северокорейских военных были убиты, сообщила украинская военная разведка. "
           "Ещё 30 военных КНДР были ранены.", 30, HUR),
    ("uk", "Понад 20 північнокорейських військових було вбито, повідомила українська воєнна "
           "розвідка. Ще 30 дістали поранення.", 30, HUR),
]


@pytest.mark.parametrize("lang,text,best,claimant", RECALLED + GOES_ON)
def test_recalled_background_takes_no_source(lang, text, best, claimant):
    assert [r["claimant"] for r in _rows(text, lang) if r["best"] == best] == [claimant]


GLUED = [
    # (lang, text, sentences)
    ("fr", "Il a parlé d'« un honneur ».Pour rappel, Pyongyang avait envoyé une unité.", 2),
    ("fr", "Une partie fut contrôlée par l'Ukraine.C'est la première fois.", 2),
    ("en", "He called it “an honour”.The troops came home.", 2),
    ("de", "Er sprach von «einer Ehre».Die Truppen kehrten zurück.", 2),
    ("es", "Habló de «un honor».Cabe recordar que las tropas volvieron.", 2),
    ("ru", "Он назвал это «честью».Напомним, войска вернулись.", 2),
    ("uk", "Він назвав це «честю».Нагадаємо, війська повернулися.", 2),
    # no sentence starts in lower case, nor after a single capital ("U.S.")
    ("fr", "Il a parlé d'« un honneur ».pour rappel, Pyongyang avait envoyé une unité.", 1),
    ("en", "He called it “an honour”.the troops came home.", 1),
    ("en", "U.S.Officials said the troops came home.", 1),
    ("de", "Er sprach von «einer Ehre».die Truppen kehrten zurück.", 1),
    ("es", "Habló de «un honor».y las tropas volvieron.", 1),
    ("ru", "Он назвал это «честью».войска вернулись.", 1),
    ("uk", "Він назвав це «честю».війська повернулися.", 1),
]


@pytest.mark.parametrize("lang,text,count", GLUED)
def test_a_full_stop_glued_after_a_quote_ends_a_sentence(lang, text, count):
    assert len(split_sentences(text)) == count


def test_the_glued_recall_of_kbs_world_takes_no_source():
    text = ("Kim Jong-un a salué la brigade. Il a ajouté que « les soldats nord-coréens "
            "considèrent leur vie consacrée à la patrie comme un honneur ».Pour rappel, "
            "Pyongyang avait envoyé "
            "une unité militaire spéciale à Koursk, puis dépêché plus de 1 000 hommes "
            "supplémentaires pour le déminage.")
    assert [r["claimant"] for r in _rows(text, "fr")] == ["Unattributed"]
