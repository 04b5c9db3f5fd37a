"""Error classes of rounds 16x and 16za in en, de, fr, es, by language (helper 16ab, issue 16).

Each class of the reader's errors on the English, German, French and Spanish articles of the
rounds 16x and 16za, fixed for every language of the eight where it applies (docs/articles.md,
"Session of 2026-12-04 (eighth): classes of 16x/16za, en, de, fr, es (helper 16ab)"), tested
on sentences written for the test: the positive reads as the class says (each failed before
the class was written), the negative is a sentence where the rule must not fire.

1. the North Korean leader or regime who ships or supplies is no source ("Kim Jong-Un mandó a
   su aliado un total de 11.000"), as the one who sends troops; the leader who says still is;
2. the captive named by the capture participle, then his death, is a death in captivity ("Le
   soldat nord-coréen capturé … est décédé"), not when the captive speaks of others' deaths;
3. another country's soldiers are the other side ("killing and wounding nine American
   soldiers"), North Korea's own dead still read, and a name among those victims ("parmi les
   militaires américains") is no source;
4. camps counted are no people ("au moins 165 camps"), the children sent there still are;
5. a quantity per thing is no total ("in jedem Container 300 bis 500 Granaten"), the total
   still is;
6. French "réhabilitation" is a word of treatment, as the other languages' words.
"""

from __future__ import annotations

import pytest
from article_sets import assert_claimant, assert_first_metric
from figure_sets import case_test

from analysis.articles import extract_figures

PUBLISHED = "2025-03-01"
NK = "North Korea (state media and leadership)"


def _rows(text: str, lang: str, figure: str, published: str = PUBLISHED) -> list[dict]:
    df = extract_figures(text, lang, published)
    return [r for r in df.to_dict("records") if figure in r["figure_text"]] if len(df) else []


LEADER = [
    # (lang, text, figure, claimant expected)
    ("en", "The regime of North Korean dictator Kim Jong-un has transferred at least 4 million "
           "artillery shells to Russia.", "at least 4 million", "Unattributed"),
    ("de", "Der nordkoreanische Machthaber Kim Jong-un hat Russland eine Million "
           "Artilleriegeschosse geliefert.", "eine Million", "Unattributed"),
    ("fr", "Le dirigeant nord-coréen Kim Jong-un a livré trois millions d'obus à la Russie.",
     "trois millions", "Unattributed"),
    ("es", "Kim Jong-Un mandó a su aliado un total de 11.000 soldados.", "11.000",
     "Unattributed"),
    ("ru", "Лидер КНДР Ким Чен Ын передал России миллион снарядов.", "миллион", "Unattributed"),
    ("uk", "Лідер КНДР Кім Чен Ин передав Росії мільйон снарядів.", "мільйон", "Unattributed"),
    ("ko", "김정은 국무위원장은 러시아에 포탄 100만 발을 제공했다.", "100만", "Unattributed"),
    ("ja", "金正恩総書記はロシアに砲弾100万発を供与した。", "100万", "Unattributed"),
    # negatives: the leader who says is the source
    ("en", "Kim Jong Un said nine North Korean soldiers were killed in Kursk.", "nine", NK),
    ("de", "Kim Jong-un sagte, neun nordkoreanische Soldaten seien in Kursk getötet worden.",
     "neun", NK),
    ("fr", "Kim Jong-un a déclaré que neuf soldats nord-coréens avaient été tués à Koursk.",
     "neuf", NK),
    ("es", "Kim Jong-un afirmó que nueve soldados norcoreanos murieron en Kursk.", "nueve", NK),
    ("ru", "Ким Чен Ын заявил, что девять северокорейских военных погибли в Курской области.",
     "девять", NK),
    ("uk", "Кім Чен Ин заявив, що дев'ятеро північнокорейських військових загинули в Курській "
           "області.", "дев", NK),
    ("ko", "김정은 위원장은 북한군 9명이 전사했다고 밝혔다.", "9명", NK),
    ("ja", "金正恩総書記は北朝鮮兵9人が戦死したと明らかにした。", "9人", NK),
    # the leader who shipped, in a relative clause, and says
    ("fr", "Kim Jong-un, qui a livré des obus à Moscou, a déclaré vendredi que neuf soldats "
           "nord-coréens étaient morts.", "neuf", NK),
    ("de", "Kim Jong-un, der Russland Granaten geliefert hat, sagte am Freitag, neun "
           "nordkoreanische Soldaten seien gestorben.", "neun", NK),
]


test_the_leader_who_ships_is_no_source = case_test(LEADER, assert_claimant, published=PUBLISHED)


DIED = [
    # (lang, text, figure, died in captivity?)
    ("en", "The captured North Korean soldier has died, South Korea's spy agency said.",
     "soldier", True),
    ("de", "Der gefangene nordkoreanische Soldat ist verstorben, teilte der südkoreanische "
           "Geheimdienst mit.", "Soldat", True),
    ("fr", "Le soldat nord-coréen capturé par les forces ukrainiennes est décédé, a annoncé "
           "l'agence de renseignement sud-coréenne.", "soldat", True),
    ("es", "El soldado norcoreano capturado por Ucrania falleció, informó el servicio de "
           "inteligencia surcoreano.", "soldado", True),
    ("ru", "Плененный северокорейский солдат скончался, сообщила южнокорейская разведка.",
     "солдат", True),
    # negatives: the captive speaks of others' deaths
    ("en", "The captured North Korean soldier said many of his comrades had died, South Korea's "
           "spy agency said.", "soldier", False),
    ("de", "Der gefangene nordkoreanische Soldat sagte, viele Kameraden seien gestorben, teilte "
           "der Geheimdienst mit.", "Soldat", False),
    ("fr", "Le soldat nord-coréen capturé a déclaré que ses camarades sont morts, selon le "
           "renseignement sud-coréen.", "soldat", False),
    ("es", "El soldado norcoreano capturado dijo que muchos compañeros habían muerto, según la "
           "inteligencia surcoreana.", "soldado", False),
    ("ru", "Плененный северокорейский солдат заявил, что многие сослуживцы умерли, сообщила "
           "южнокорейская разведка.", "солдат", False),
]


@pytest.mark.parametrize(("lang", "text", "figure", "died"), DIED)
def test_the_captive_named_by_the_participle_then_dead(lang: str, text: str, figure: str,
                                                       died: bool) -> None:
    metrics = [r["metric"] for r in _rows(text, lang, figure)]
    assert ("died_in_captivity" in metrics) is died, metrics


def test_the_captive_who_died_told_again_is_that_death() -> None:
    text = ("Le soldat nord-coréen capturé par les forces ukrainiennes est décédé des suites de "
            "ses blessures, a annoncé vendredi l'agence de renseignement sud-coréenne.\n"
            "\"Il a été confirmé que le soldat nord-coréen capturé vivant le 26 décembre vient "
            "de succomber\", a indiqué l'agence de renseignement dans un communiqué.")
    df = extract_figures(text, "fr", "2024-12-27")
    assert list(df["metric"]) == ["died_in_captivity"]


OTHERS = [
    # (lang, text, figure, metric expected or None)
    ("en", "Two children were sent to the Songdowon camp in North Korea. There, children were "
           "introduced to Korean veterans who attacked the US Navy ship \"Pueblo\" in 1968, "
           "killing and wounding nine American soldiers.", "nine", None),
    ("de", "Nordkoreanische Veteranen griffen 1968 das US-Schiff Pueblo an und töteten neun "
           "amerikanische Soldaten.", "neun", None),
    ("fr", "Des vétérans nord-coréens ont attaqué le navire Pueblo en 1968 et ont tué neuf "
           "soldats américains.", "neuf", None),
    ("es", "Veteranos norcoreanos atacaron el buque Pueblo en 1968 y mataron a nueve soldados "
           "estadounidenses.", "nueve", None),
    ("ko", "북한군이 미군 9명을 살해했다.", "9명", None),
    ("ja", "北朝鮮の退役軍人は1968年にプエブロ号を攻撃し、米兵9人を殺害した。", "9人", None),
    # negatives: North Korea's own dead
    ("en", "Nine North Korean soldiers were killed in Kursk, the NIS said.", "Nine", "killed"),
    ("de", "Neun nordkoreanische Soldaten wurden in Kursk getötet, teilte der NIS mit.", "Neun",
     "killed"),
    ("fr", "Neuf soldats nord-coréens ont été tués à Koursk, selon le NIS.", "Neuf", "killed"),
    ("es", "Nueve soldados norcoreanos murieron en Kursk, según el NIS.", "Nueve", "killed"),
    ("ko", "국정원은 북한군 9명이 쿠르스크에서 사망했다고 밝혔다.", "9명", "killed"),
    ("ja", "国家情報院は北朝鮮兵9人がクルスクで死亡したと明らかにした。", "9人", "killed"),
]


test_another_countrys_soldiers_are_the_other_side = case_test(
    OTHERS, assert_first_metric, published=PUBLISHED)


@pytest.mark.parametrize(("text", "claimant"), [
    # a country's military among the victims counted: no source
    ("Kateryna Rachevska, experte du Centre régional des droits de l'homme, a présenté les cas "
     "de deux enfants. Dans ce camp, les enfants rencontreraient des vétérans coréens impliqués "
     "dans l'attaque du Pueblo en 1968, qui avait fait neuf victimes parmi les militaires "
     "américains.", "Unattributed"),
    # the same military speaking: the source
    ("Selon les militaires américains, 10 000 soldats nord-coréens ont été envoyés en Russie.",
     "US Department of Defense"),
])
def test_a_name_among_the_victims_is_no_source(text: str, claimant: str) -> None:
    df = extract_figures(text, "fr", "2025-12-04")
    assert len(df) == 1 and df.iloc[0]["claimant"] == claimant, df[["figure_text", "claimant"]]


_CAMPS_FR = ("Au moins 165 camps auraient été créés pour ces enfants. Deux enfants ont été "
             "envoyés dans un camp en Corée du Nord.")
_CAMPS_ES = ("Al menos 165 campamentos fueron creados para los niños. Dos niños fueron enviados "
             "a un campamento en Corea del Norte.")
_CAMPS_KO = "아이들을 위해 최소 165개 캠프가 만들어졌다. 어린이 2명이 북한의 캠프로 보내졌다."
_CAMPS_JA = ("子どもたちのために少なくとも165のキャンプが作られた。"
             "子ども2人が北朝鮮のキャンプに送られた。")
_CAMPS_DE = ("Das Zentrum hat 165 Lager für ukrainische Kinder dokumentiert. Zwei Kinder wurden "
             "in ein Lager in Nordkorea geschickt.")
CAMPS = [
    ("de", _CAMPS_DE, "165", None), ("fr", _CAMPS_FR, "165", None),
    ("es", _CAMPS_ES, "165", None), ("ko", _CAMPS_KO, "165", None),
    ("ja", _CAMPS_JA, "165", None),
    # negatives: the children sent there
    ("de", _CAMPS_DE, "Zwei", "hosted_children"), ("fr", _CAMPS_FR, "Deux", "hosted_children"),
    ("es", _CAMPS_ES, "Dos", "hosted_children"), ("ko", _CAMPS_KO, "2명", "hosted_children"),
    ("ja", _CAMPS_JA, "2人", "hosted_children"),
]


test_camps_counted_are_no_people = case_test(CAMPS, assert_first_metric, published="2025-12-04")


_PER_EN = ("North Korea shipped 1,000 containers to Russia, each container holding 300 to 500 "
           "shells.")
_PER_DE = ("Nordkorea habe 1.000 Container nach Russland verschifft, wobei in jedem Container "
           "300 bis 500 Granaten enthalten sein könnten.")
_PER_FR = ("La Corée du Nord a expédié 1 000 conteneurs vers la Russie, chaque conteneur "
           "contenant 300 obus.")
_PER_ES = ("Corea del Norte envió 1.000 contenedores a Rusia, y en cada contenedor caben unos "
           "300 proyectiles.")
_PER_RU = "КНДР отправила в Россию 1000 контейнеров, в каждом контейнере по 300 снарядов."
_PER_UK = "КНДР відправила до Росії 1000 контейнерів, у кожному контейнері по 300 снарядів."
PER = [
    ("en", _PER_EN, "300", None),
    ("en", "North Korea shipped 1,000 containers to Russia, with 300 to 500 shells in each "
           "container.", "300", None),
    ("de", _PER_DE, "300", None), ("fr", _PER_FR, "300", None), ("es", _PER_ES, "300", None),
    ("ru", _PER_RU, "300", None), ("uk", _PER_UK, "300", None),
    # negatives: the total, and "each of the" a total
    ("en", _PER_EN, "1,000", "materiel_sent"),
    ("en", "Each of the 11,000 North Korean soldiers sent to Russia was trained.", "11,000",
     "deployed"),
    ("de", _PER_DE, "1.000", "materiel_sent"), ("fr", _PER_FR, "1 000", "materiel_sent"),
    ("es", "Cada uno de los 12.000 soldados norcoreanos enviados a Rusia recibió "
           "entrenamiento.", "12.000", "deployed"),
    ("ru", _PER_RU, "1000", "materiel_sent"), ("uk", _PER_UK, "1000", "materiel_sent"),
]


test_a_quantity_per_thing_is_no_total = case_test(PER, assert_first_metric, published=PUBLISHED)


REHABILITATION = [
    ("La Corée du Nord a assuré la réhabilitation de 300 soldats blessés, a déclaré "
     "Matsegora.", "treated_in_north_korea"),
    # Ukraine's own wounded treated at home: no figure of the story
    ("L'Ukraine a assuré la réhabilitation de 300 soldats blessés, a déclaré Zelensky.", None),
]


test_rehabilitation_is_treatment_in_french = case_test(
    REHABILITATION, assert_first_metric, argnames="text, metric", lang="fr", figure="300",
    published=PUBLISHED)
