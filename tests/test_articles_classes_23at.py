# ruff: noqa: E501 (the sentences are data, as written)
"""Misses of the later rounds (session 23, 23at): North Korea by its official name, two weapons
with the same count in one sentence, and the size of each of several groups.

Found among the misses and false positives of the later rounds (16zy2-16zy13, 16zz2-16zz12),
each a class of every language where it occurs:

- *North Korea by its official name* ("soldiers of the Democratic People's Republic of Korea",
  "Soldaten der Demokratischen Volksrepublik Korea", "der DVRK", "de la République populaire
  démocratique de Corée", "de la República Popular Democrática de Corea", "Корейской Народно-
  Демократической Республики", "Корейської Народно-Демократичної Республіки",
  "조선민주주의인민공화국", "朝鮮民主主義人民共和国"): the side tables (``north_korea``) knew the
  short names only, so a count of the official name's soldiers was nobody's;
- *two weapons with the same count in one sentence* ("120 M1989 Koksan howitzers and 120 M1991
  multiple-launch rocket systems", "自走砲120両と多連装ロケット砲120基"): two materiel figures of
  one sentence named by different cues are two figures, not one told again
  (``repeats._other_item``). A count told again by "the" ("the 120 howitzers") stays one;
  the same count in the next sentence is left as before (see docs/articles.md, 23at);
- *the size of each of several groups* ("п’ять груп по 2500–3000 осіб", "five groups of 2,500
  to 3,000", "cinq groupes de", "cinco grupos de", "fünf Gruppen zu je"): a group's size, as the
  22lb batches; a group in the singular ("a group of 3,000") is a sending and stays.

Sentences with an address are real reporting from the stored pages; the official-name cases
are written here in each language's reporting style (the stored pages gave no sentence with
the official name alone beside a count: the el-aviso page names Nordkorea too), said so at each.
"""

from __future__ import annotations

from article_sets import assert_figures_read
from figure_sets import case_test

OFFICIAL_NAME = [
    # constructed in the form of round 16zy5's UK MoD statement (de) and its translations
    ("en", "More than 6,000 soldiers of the Democratic People's Republic of Korea have been "
           "killed in the fighting in Kursk.", [("More than 6,000", "killed")]),
    ("de", "Bei den Kämpfen in der Region Kursk sind mehr als 6.000 Soldaten der Demokratischen "
           "Volksrepublik Korea gefallen.", [("mehr als 6.000", "killed")]),
    ("de", "Bei den Kämpfen in der Region Kursk sind mehr als 6.000 Soldaten der DVRK gefallen.",
     [("mehr als 6.000", "killed")]),
    ("fr", "Plus de 6 000 soldats de la République populaire démocratique de Corée ont été tués "
           "à Koursk.", [("Plus de 6 000", "killed")]),
    ("es", "Más de 6.000 soldados de la República Popular Democrática de Corea han muerto en "
           "Kursk.", [("Más de 6.000", "killed")]),
    ("ru", "В боях в Курской области погибли более 6 тысяч военнослужащих Корейской "
           "Народно-Демократической Республики.", [("более 6 тысяч", "killed")]),
    ("uk", "У боях у Курській області загинули понад 6 тисяч військовослужбовців Корейської "
           "Народно-Демократичної Республіки.", [("понад 6 тисяч", "killed")]),
    ("ko", "쿠르스크 전투에서 조선민주주의인민공화국 병사 6000명 이상이 사망했다.",
     [("6000명 이상", "killed")]),
    ("ja", "クルスクの戦闘で朝鮮民主主義人民共和国の兵士6000人以上が死亡した。",
     [("6000人以上", "killed")]),
    # near miss, real: https://el-aviso.es/weltnachrichten/etwa-1-000-nordkoreaner-wurden-bei-kaempfen-in-kursk-in-der-ukraine-getoetet-sagen-beamte/32414
    ("de", "Die Beamten, die anonym sprachen, sagten aus, dass von den geschätzten 11.000 "
           "Truppen, die aus Nordkorea geschickt wurden, auch bekannt als DVRK (Demokratische "
           "Volksrepublik Korea), 4.000 Kriegsverluste erlitten haben.",
     [("geschätzten 11.000", "deployed"), ("4.000", "killed_or_wounded")]),
    # near miss: South Korea's soldiers are no figure of the story
    ("en", "More than 6,000 soldiers of the Republic of Korea took part in the exercise.", []),
]

SAME_COUNT = [
    # constructed in the form of round 16zy3's Budanov sentence (en, de, ja)
    ("en", "Pyongyang has already supplied Moscow with 120 M1989 Koksan howitzers and 120 M1991 "
           "multiple-launch rocket systems over the past three months, he said.",
     [("120", "materiel_sent"), ("120", "materiel_sent")]),
    ("ja", "ブダノフ氏は、北朝鮮がこの3カ月間で、自走砲120両と多連装ロケット砲120基もロシアに供与したと指摘。",
     [("120", "materiel_sent"), ("120基", "materiel_sent")]),
    # near miss: the same howitzers told again by "the" are one figure
    ("en", "North Korea has sent 120 M1989 Koksan howitzers to Russia, and the 120 howitzers are "
           "already in Kursk.", [("120", "materiel_sent")]),
    # near miss, real (the same count in the next sentence: left as before, one figure)
    # https://sabiniax.online/2025/01/28/the-terrifying-north-korean-weapon-entering-the-hands-of-putins-thugs
    ("en", "According to Lt Gen Budanov, North Korean Supreme Leader has already sent Putin at "
           "least 120 M1989 Koksans over the last three months. The dictator has also sent Moscow "
           "120 M1991 multiple-launch rocket systems, the general claimed.",
     [("at least 120", "materiel_sent")]),
]

GROUPS = [
    # constructed in the form of round 16zy13's Umerov sentence (uk) and its translations
    ("uk", "Міністр очікує, що в найближчі тижні на полі бою з'явиться значна кількість "
           "північнокорейських військових, які будуть організовані в п’ять груп по 2500–3000 осіб.",
     []),
    ("ru", "По его словам, северокорейские военные будут организованы в пять групп по 2500–3000 "
           "человек.", []),
    ("en", "North Korean troops will be organised into five groups of 2,500 to 3,000 soldiers, "
           "he said.", []),
    ("fr", "Les soldats nord-coréens seront organisés en cinq groupes de 2 500 à 3 000 hommes.", []),
    ("es", "Los soldados norcoreanos serán organizados en cinco grupos de 2.500 a 3.000 "
           "efectivos.", []),
    ("de", "Die nordkoreanischen Soldaten werden in fünf Gruppen zu je 2500 bis 3000 Mann "
           "organisiert.", []),
    # real (Umerov to KBS, the same statement: units of 3,000 each; a stored page the search
    # gave without its address)
    ("uk", "За його словами, очікують, що п'ять підрозділів по 3 тис. осіб кожен розподілять по "
           "лінії фронту протяжністю 1,5 тис. км. Отже, загальна чисельність залучених до війни "
           "військових КНДР становитиме 15 тис. осіб.", [("15 тис.", "deployed")]),
    # https://svizhinovyny.com/incydenty/ym%d1%94rov-p%d1%96dtverdiv-persh%d1%96-bo%d1%97-m%d1%96j-zsy-ta-p%d1%96vn%d1%96chnokoreiskimi-soldatami-na-kyrshin%d1%96.html
    ("uk", "Умєров додав, очікується, що п’ять підрозділів (по 3 тис. осіб кожен) буде "
           "розподілено по лінії фронту протяжністю в 1,5 тис. км.", []),
    # https://apostrophe.ua/world/dlya-polnogo-razvertyivaniya-ponadobitsya-neskolko-nedel-umerov-rasskazal-o-voennyih-kndr-v-ukraine.html
    ("uk", "Вони будуть розділені на 5 підрозділів по 3000 осіб кожен на лінії фронту "
           "протяжністю 1500 км, включаючи Курську область.", []),
    # near misses: a group in the singular is a sending
    ("ru", "Северная Корея отправила группу из 3000 военных.", [("3000", "deployed")]),
    ("en", "A group of 3,000 North Korean soldiers arrived.", [("3,000", "deployed")]),
]


test_north_korea_by_its_official_name = case_test(OFFICIAL_NAME, assert_figures_read)
test_two_weapons_with_the_same_count = case_test(SAME_COUNT, assert_figures_read)
test_the_size_of_each_of_several_groups = case_test(GROUPS, assert_figures_read)
