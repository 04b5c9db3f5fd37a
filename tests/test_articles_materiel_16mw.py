"""Materiel words of the article reader, language by language (issue 16, helper 16mw).

A number is ``materiel_sent`` when a weapons or materiel noun of its language stands by it
(``ARTICLES["metrics"]["materiel_sent"]`` of ``src/analysis/lang/<code>.py``). The nouns below
were added from the language, not from one article: shells and rounds, ammunition, missiles,
rockets, multiple rocket launchers, self-propelled guns and howitzers (Koksan), artillery
systems and pieces, tanks, armoured vehicles, air-defence systems, containers, rifles and small
arms, drones, in the case forms and compounds each language uses after a number (ru/uk genitive
plural, German compounds, "systèmes d'…", "sistemas de …", the counters of Korean and Japanese).
Each sentence counts materiel North Korea sent with a sending verb; the negatives count Russian
or Ukrainian weapons, or weapons fired or used, which stay no materiel sent.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

# (lang, sentence, the figure as written): read as ``materiel_sent``
SENT = [
    # en
    ("en", "North Korea has sent 120 self-propelled guns to Russia.", "120"),
    ("en", "North Korea has supplied 120 self-propelled howitzers to Russia.", "120"),
    ("en", "Pyongyang delivered 240 multiple rocket launchers to Moscow.", "240"),
    ("en", "Pyongyang sent 240 MLRS to Russia.", "240"),
    ("en", "North Korea has transferred 100 ballistic missiles to Russia.", "100"),
    ("en", "Pyongyang shipped 50 KN-23 missiles to Russia.", "50"),
    ("en", "North Korea sent 120 Koksan guns to Russia.", "120"),
    ("en", "North Korea has sent 200 artillery pieces to Russia.", "200"),
    ("en", "North Korea has sent 200 pieces of artillery to Russia.", "200"),
    ("en", "North Korea has sent 200 artillery systems to Russia.", "200"),
    ("en", "North Korea has supplied 50 armoured vehicles to Russia.", "50"),
    ("en", "North Korea has supplied 50 armored vehicles to Russia.", "50"),
    ("en", "North Korea has sent 20 air-defence systems to Russia.", "20"),
    ("en", "North Korea has sent 20 air defense systems to Russia.", "20"),
    ("en", "North Korea has sent 100,000 rifles to Russia.", "100,000"),
    ("en", "North Korea has sent 100,000 small arms to Russia.", "100,000"),
    ("en", "North Korea has sent 300 rockets to Russia.", "300"),
    ("en", "North Korea has sent 100 mortars to Russia.", "100"),
    # de
    ("de", "Nordkorea hat 120 Selbstfahrlafetten an Russland geliefert.", "120"),
    ("de", "Nordkorea hat 240 Mehrfachraketenwerfer an Russland geliefert.", "240"),
    ("de", "Nordkorea hat 240 Raketenwerfer an Russland geliefert.", "240"),
    ("de", "Nordkorea hat 120 Koksan-Geschütze an Russland geliefert.", "120"),
    ("de", "Nordkorea hat 200 Geschütze an Russland geliefert.", "200"),
    ("de", "Nordkorea hat 100 ballistische Raketen an Russland geliefert.", "100"),
    ("de", "Nordkorea hat 50 Kampfpanzer an Russland geliefert.", "50"),
    ("de", "Nordkorea hat 50 gepanzerte Fahrzeuge an Russland geliefert.", "50"),
    ("de", "Nordkorea hat 20 Flugabwehrsysteme an Russland geliefert.", "20"),
    ("de", "Nordkorea hat 100.000 Gewehre an Russland geliefert.", "100.000"),
    ("de", "Nordkorea hat 100 Mörser an Russland geliefert.", "100"),
    ("de", "Nordkorea hat 6700 Munitionscontainer an Russland geliefert.", "6700"),
    # fr
    ("fr", "Pyongyang a également envoyé 120 systèmes d'artillerie automoteurs à la Russie.",
     "120"),
    ("fr", "Pyongyang a livré 200 pièces d'artillerie à la Russie.", "200"),
    ("fr", "Pyongyang a livré 120 canons automoteurs à la Russie.", "120"),
    ("fr", "Pyongyang a livré 120 obusiers automoteurs Koksan à la Russie.", "120"),
    ("fr", "Pyongyang a livré 240 lance-roquettes multiples à la Russie.", "240"),
    ("fr", "Pyongyang a envoyé 100 missiles balistiques à la Russie.", "100"),
    ("fr", "Pyongyang a envoyé 300 roquettes à la Russie.", "300"),
    ("fr", "Pyongyang a livré 50 véhicules blindés à la Russie.", "50"),
    ("fr", "Pyongyang a livré 20 systèmes de défense aérienne à la Russie.", "20"),
    ("fr", "Pyongyang a livré 100 000 fusils à la Russie.", "100 000"),
    ("fr", "Pyongyang a livré 100 mortiers à la Russie.", "100"),
    # es
    ("es", "Pyongyang envió a Rusia 120 sistemas de artillería autopropulsados.", "120"),
    ("es", "Pyongyang envió a Rusia 120 cañones autopropulsados.", "120"),
    ("es", "Pyongyang envió a Rusia 120 obuses autopropulsados Koksan.", "120"),
    ("es", "Pyongyang envió a Rusia 240 lanzacohetes múltiples.", "240"),
    ("es", "Pyongyang envió a Rusia 240 sistemas de lanzamiento múltiple de cohetes.", "240"),
    ("es", "Pyongyang envió a Rusia 100 misiles balísticos.", "100"),
    ("es", "Pyongyang envió a Rusia 300 cohetes.", "300"),
    ("es", "Pyongyang entregó a Rusia 50 vehículos blindados.", "50"),
    ("es", "Pyongyang entregó a Rusia 20 sistemas de defensa aérea.", "20"),
    ("es", "Pyongyang entregó a Rusia 100.000 fusiles.", "100.000"),
    ("es", "Pyongyang entregó a Rusia 100 morteros.", "100"),
    # ru
    ("ru", "Северная Корея передала России 120 самоходных артиллерийских установок.", "120"),
    ("ru", "КНДР передала России 120 САУ Koksan.", "120"),
    ("ru", "КНДР передала России 120 единиц артиллерии.", "120"),
    ("ru", "КНДР передала России 200 артиллерийских орудий.", "200"),
    ("ru", "КНДР передала России 240 РСЗО.", "240"),
    ("ru", "КНДР передала России 240 реактивных систем залпового огня.", "240"),
    ("ru", "КНДР передала России 100 баллистических ракет.", "100"),
    ("ru", "КНДР передала России 50 единиц бронетехники.", "50"),
    ("ru", "КНДР передала России 50 бронемашин.", "50"),
    ("ru", "КНДР передала России 20 зенитных ракетных комплексов.", "20"),
    ("ru", "КНДР передала России 20 систем ПВО.", "20"),
    ("ru", "КНДР передала России 100 тысяч винтовок.", "100 тысяч"),
    ("ru", "КНДР передала России 100 тысяч единиц стрелкового оружия.", "100 тысяч"),
    ("ru", "КНДР передала России 100 минометов.", "100"),
    ("ru", "КНДР передала России 100 пушек.", "100"),
    # uk
    ("uk", "Північна Корея передала Росії 120 самохідних артилерійських установок.", "120"),
    ("uk", "КНДР передала Росії 120 САУ Koksan.", "120"),
    ("uk", "КНДР передала Росії 120 одиниць артилерії.", "120"),
    ("uk", "КНДР передала Росії 200 гармат.", "200"),
    ("uk", "КНДР передала Росії 240 РСЗВ.", "240"),
    ("uk", "КНДР передала Росії 240 реактивних систем залпового вогню.", "240"),
    ("uk", "КНДР передала Росії 100 балістичних ракет.", "100"),
    ("uk", "КНДР передала Росії 50 одиниць бронетехніки.", "50"),
    ("uk", "КНДР передала Росії 50 бронемашин.", "50"),
    ("uk", "КНДР передала Росії 20 зенітних ракетних комплексів.", "20"),
    ("uk", "КНДР передала Росії 20 систем ППО.", "20"),
    ("uk", "КНДР передала Росії 100 тисяч гвинтівок.", "100 тисяч"),
    ("uk", "КНДР передала Росії 100 мінометів.", "100"),
    # ko
    ("ko", "북한은 러시아에 자주포 120문을 보냈다.", "120문"),
    ("ko", "북한은 러시아에 곡산 자주포 120문을 보냈다.", "120문"),
    ("ko", "북한은 러시아에 다연장로켓포 240문을 보냈다.", "240문"),
    ("ko", "북한은 러시아에 포탄 100만 발을 보냈다.", "100만 발"),
    ("ko", "북한은 러시아에 탄도미사일 100기를 보냈다.", "100기"),
    ("ko", "북한은 러시아에 KN-23 미사일 50기를 보냈다.", "50기"),
    ("ko", "북한은 러시아에 화성-11 미사일 50기를 보냈다.", "50기"),
    ("ko", "북한은 러시아에 전차 50대를 보냈다.", "50대"),
    ("ko", "북한은 러시아에 장갑차 50대를 보냈다.", "50대"),
    ("ko", "북한은 러시아에 방공 시스템 20기를 보냈다.", "20기"),
    ("ko", "북한은 러시아에 소총 10만 정을 보냈다.", "10만 정"),
    ("ko", "북한은 러시아에 야포 200문을 보냈다.", "200문"),
    # ja
    ("ja", "北朝鮮はロシアに自走砲120門を送った。", "120門"),
    ("ja", "北朝鮮はロシアに多連装ロケット砲240門を供与した。", "240門"),
    ("ja", "北朝鮮はロシアに砲弾100万発を送った。", "100万発"),
    ("ja", "北朝鮮はロシアに弾道ミサイル100基を供与した。", "100基"),
    ("ja", "北朝鮮はロシアに戦車50両を供与した。", "50"),
    ("ja", "北朝鮮はロシアに装甲車50両を供与した。", "50"),
    ("ja", "北朝鮮はロシアに防空システム20基を供与した。", "20基"),
    ("ja", "北朝鮮はロシアに小銃10万丁を供与した。", "10万丁"),
    ("ja", "北朝鮮はロシアに野砲200門を供与した。", "200門"),
    ("ja", "北朝鮮はロシアにロケット弾300発を送った。", "300発"),
]

# (lang, sentence, the number as written): Russia's or Ukraine's weapons, or weapons fired or
# used, are no materiel North Korea sent
NOT_SENT = [
    ("en", "Russia produces 3 million shells a year.", "3 million"),
    ("en", "Ukraine destroyed 120 howitzers last month.", "120"),
    ("en", "Ukraine destroyed 50 Russian tanks last week.", "50"),
    ("de", "Russland produziert jährlich 3 Millionen Granaten.", "3 Millionen"),
    ("de", "Die Ukraine zerstörte 50 russische Panzer.", "50"),
    ("fr", "La Russie produit 3 millions d'obus par an.", "3 millions"),
    ("fr", "L'Ukraine a détruit 50 chars russes.", "50"),
    ("es", "Rusia produce 3 millones de proyectiles al año.", "3 millones"),
    ("es", "Ucrania destruyó 50 tanques rusos.", "50"),
    ("ru", "Россия производит 3 миллиона снарядов в год.", "3 миллиона"),
    ("ru", "Украина уничтожила 50 российских танков.", "50"),
    ("uk", "Росія виробляє 3 мільйони снарядів на рік.", "3 мільйони"),
    ("uk", "Україна знищила 50 російських танків.", "50"),
    ("ko", "러시아는 한 해 포탄 300만 발을 생산한다.", "300만"),
    # weapons Russia uses (``ARTICLES["used"]``) or the other side lost, with the new nouns
    ("en", "Ukraine destroyed 20 Russian armoured vehicles and 5 air defence systems.", "20"),
    ("en", "Ukraine destroyed 20 Russian armoured vehicles and 5 air defence systems.", "5"),
    ("de", "Die Ukraine zerstörte 20 russische Selbstfahrlafetten.", "20"),
    ("fr", "L'Ukraine a détruit 20 canons automoteurs russes.", "20"),
    ("es", "Ucrania destruyó 20 lanzacohetes múltiples rusos.", "20"),
    ("ru", "По данным разведки КНДР, Россия использует на фронте 120 САУ и 240 РСЗО.", "120"),
    ("ru", "По данным разведки КНДР, Россия использует на фронте 120 САУ и 240 РСЗО.", "240"),
    ("uk", "За даними розвідки, КНДР допомагає, а Росія використовує на фронті 120 САУ.", "120"),
    ("ja", "北朝鮮の支援を受け、ロシア軍は野砲120門を前線で使用している。", "120"),
    ("ja", "ロシアは年間300万発の砲弾を生産している。", "300万"),
]


def _metrics(lang: str, text: str, number: str) -> list[str]:
    df = extract_figures(text, lang)
    if not len(df):
        return []
    return [m for t, m in zip(df["figure_text"], df["metric"], strict=True) if number in t]


@pytest.mark.parametrize(("lang", "text", "number"), SENT)
def test_the_materiel_noun_makes_the_number_materiel_sent(lang, text, number):
    assert _metrics(lang, text, number) == ["materiel_sent"]


@pytest.mark.parametrize(("lang", "text", "number"), NOT_SENT)
def test_weapons_of_the_other_side_are_no_materiel_sent(lang, text, number):
    assert "materiel_sent" not in _metrics(lang, text, number)


def test_the_cases_cover_the_languages():
    assert {lang for lang, _, _ in SENT} == {"en", "de", "fr", "es", "ru", "uk", "ko", "ja"}
