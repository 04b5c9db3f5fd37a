# ruff: noqa: E501 (the sentences are data, as written)
"""Numbers of another subject, pairs, upper guesses and captures that did not happen (26ar).

The false positives of the later rounds (16zy2-16zy13, 16zz2-16zz18) read on the session's start
(docs/articles.md, "The reader's precision (26ar)") are examples of classes built here, precision
first:

- *another subject* (``ARTICLES["other_subject"]``, :mod:`analysis.articles.subjects`): a
  population, an income or an army's whole strength in millions, participants and inhabitants,
  a part of places ("37 of 64 settlements"), one of a pair told one by one ("one …, while the
  other");
- *an upper guess after the first* (ko "어쩌면", "아마도", ja "多分"; ``upper_alternative``);
- *a capture that did not happen* (``excluded``): before it ("before getting captured", "vor ihrer
  Gefangennahme", "antes de ser capturado"), none held ("не має полонених", "keine
  Kriegsgefangenen", "포로는 아직 없다", "捕虜はいない");
- *the other side named by its army* (``other_side``: "ocho soldados de las fuerzas especiales
  ucranianas", "une vingtaine de soldats de l'armée russe");
- *waves counted* (``not_counted``: "the first two deployments");
- *North Korea named only as a weapon's maker* in a sentence naming the other side
  (``sides.counted``, losses only): the victims of a strike on Kyiv are the other side's.

The real sentences carry their addresses (the ``search`` tool's pages corpus); those marked
*constructed* are written in the form of the labelled cases, where no stored page had the form.
Each case gives the figures the reader must report (text, metric, best); every other number of the
text is none. The expected values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

SUBJECTS = [
    # constructed: a population of millions (before: "about 26 million" deployed)
    ("en", "North Korea, a country with a population of about 26 million, has sent some 11,000 troops to Russia, according to the NIS.",
     [("some 11,000", "deployed", 11000)]),
    # constructed (the form of the labelled ru-16zz4 sentence)
    ("ru", "Сама КНДР невелика, но в ней живут 26 миллионов человек, а в Россию она отправила 11 тысяч военных.",
     [("11 тысяч", "deployed", 11000)]),
    # constructed: an income (before: "millions" deployed)
    ("en", "North Korea has sent about 15,000 workers to Russia, earning the Pyongyang regime millions.",
     [("about 15,000", "workers_sent", 15000)]),
    # https://koreannuclear.com/north-korean-statistics/ (an army's whole strength)
    ("en", "North Korea has the fourth largest military in the world with 1.21 million active duty military personnel.",
     []),
    # constructed: participants and places
    ("en", "North Korea held a military parade in Pyongyang involving over 10,000 participants.", []),
    ("de", "An der Militärparade in Pjöngjang nahmen mehr als 10.000 Teilnehmer teil.", []),
    ("en", "The district head said 37 of 64 settlements in the Kursk region are still closed because of mines.", []),
    ("ru", "Глава района сообщил, что 37 из 64 населённых пунктов до сих пор закрыты из-за мин.", []),
    ("es", "El jefe del distrito dijo que 37 de las 64 localidades siguen cerradas por las minas.", []),
    # near miss (constructed): a part of people, no place
    ("en", "Some 2,000 of the 11,000 North Korean soldiers sent to Russia were killed, the NIS said.",
     [("Some 2,000", "killed", 2000), ("11,000", "deployed", 11000)]),
]

PAIRS = [
    # constructed (the form of the labelled en-16zz13 sentence; before: "one" additional_deployed)
    ("en", "The SBU said one soldier carried a Russian military ID card issued in another person's name, while the other had no documents.", []),
    # https://www.devdiscourse.com/article/politics/3222383-zelenskiy-proposes-swap-north-korean-troops-for-ukrainian-prisoners
    ("en", "Though one expressed willingness to return, the other is open to staying in Ukraine.", []),
    # https://noticias.madrid/el-ejercito-ucraniano-detiene-a-dos-soldados-norcoreanos-en-territorio-ruso-de-kursk
    ("es", "Uno de ellos portaba una identificación militar rusa a nombre de otra persona, mientras que el segundo estaba indocumentado.", []),
    # constructed
    ("fr", "L'un d'eux portait une carte militaire russe au nom d'une autre personne, l'autre n'avait aucun document.", []),
    ("de", "Einer der beiden trug einen russischen Militärausweis, der andere hatte keine Dokumente.", []),
    ("ru", "Один из них имел при себе российский военный билет на чужое имя, другой не имел документов.", []),
]

UPPER = [
    # https://m.ajunews.com/view/20250106142045703 (before: "50만명까지도" read)
    ("ko", "그는 이어 \"북한은 독재체제이기 때문에 명령으로 3만∼4만명, 아마도 50만명까지도 더 데려올 수 있을 것\"이라고 내다봤다.", []),
    # constructed (the form of the labelled ja-16zz3 quote; before: "50万人まで" read)
    ("ja", "ゼレンスキー氏は、北朝鮮は命令により3万~4万人、多分50万人まで連れて来るかもしれないと語った。",
     [("3万~4万人", "deployed", 35000)]),
]

CAPTURES = [
    # https://nordicjumpworld.com/weltnachrichten/nordkoreanische-soldaten-in-der-ukraine-sollen-sich-vor-ihrer-gefangennahme-umbringen-suedkorea/64361
    ("de", "Nordkoreanische Soldaten in der Ukraine sollen sich vor ihrer Gefangennahme umbringen: Südkorea", []),
    # https://www.livemint.com/news/world/ready-to-die-for-kim-jong-un-north-korea-s-suicide-soldiers-in-russia-bring-fresh-trouble-for-ukraine-who-are-they-11736848846138.html
    ("en", "More worryingly, North Korean soldiers have posed new challenges for Ukraine by blowing themselves up before getting captured.", []),
    # https://jungle.world/artikel/2025/06/ukraine-krieg-nordkorea-soldaten-himmelfahrts-kommando-kursk
    ("de", "Ein ukrainischer Militärkommandeur mit Decknamen Amur bestätigte, dass nordkoreanische Truppen grundsätzlich keine Kriegsgefangenen nähmen.", []),
    # constructed (the forms of the labelled uk-16zz4 and es-16zy6 sentences)
    ("uk", "Зеленський додав, що Україна наразі не має полонених північнокорейських військовослужбовців.", []),
    ("es", "Un soldado norcoreano se inmoló antes de ser capturado por las fuerzas ucranianas.", []),
    ("ko", "북한군 포로는 아직 없다고 우크라이나 정부는 밝혔다.", []),
    ("ja", "ウクライナ政府は、北朝鮮兵の捕虜はいないと明らかにした。", []),
    # near miss: https://www.rte.ie/news/world/2025/0113/1490431-ukraine
    ("en", "He said Ukraine had taken two North Koreans prisoner in Russia's Kursk region.",
     [("two", "captured", 2)]),
]

SIDES = [
    # constructed (the forms of the labelled es-16zz17 and fr-16zy5 sentences)
    ("es", "La operación fue llevada a cabo por ocho soldados de las fuerzas especiales ucranianas.", []),
    ("fr", "Une vingtaine de soldats de l'armée russe ont été tués par une frappe ukrainienne près de Donetsk.", []),
    # near miss: https://es.fatshimetrie.org/2024/12/23/soldados-norcoreanos-de-bandera-falsa-se-revela-la-alianza-secreta-ruso-coreana
    ("es", "Las fuerzas especiales ucranianas informaron que en sólo tres días, 50 soldados norcoreanos murieron y 47 resultaron heridos mientras luchaban junto a las tropas rusas en Kursk.",
     [("50", "killed", 50), ("47", "wounded", 47)]),
    # constructed (the form of the labelled en-16zz17 sentence; before: "two" deployed)
    ("en", "Rep. Lee said about 350 North Korean casualties were reported in the first two deployments.",
     [("about 350", "killed_or_wounded", 350)]),
]


MAKERS = [
    # https://tribune.com.pk/story/2542153/zelensky-claims-north-korean-missile-used-in-russian-strike-killed-12-in-kyiv (before: 12 killed, 90 and six wounded)
    ("en", "Ukrainian President Volodymyr Zelensky said on April 24 that Russia used a ballistic missile manufactured in North Korea during a deadly overnight attack on Kyiv that killed 12 people and injured 90, including six children.", []),
    # https://www.theherald.co.za/news/world/2025-04-24-missile-that-killed-8-in-russian-strike-on-kyiv-was-north-korean-says-source/
    ("en", "The missile that killed at least eight people in a major Russian aerial attack on Kyiv overnight was a North Korean KN-23 (KN-23A) ballistic missile, a Ukrainian military source told Reuters on Thursday.", []),
    # constructed (the forms of the labelled de-16zy10 sentence; before: 10 killed)
    ("ja", "ロシアはキーウへの攻撃に北朝鮮製の弾道ミサイルを使用し、少なくとも10人が死亡した。", []),
    # near misses: https://tribune.com.pk/story/2542153/zelensky-claims-north-korean-missile-used-in-russian-strike-killed-12-in-kyiv
    ("en", "Kyiv estimates that more than 11,000 North Korean troops are deployed in support of Russia's war effort, primarily in Russia's Kursk Oblast.",
     [("more than 11,000", "deployed", 11000)]),
    # constructed: North Korea's soldiers named at the number
    ("en", "Russian troops fired North Korean missiles at Ukrainian positions, and 30 North Korean soldiers were killed in the counterattack, the Ukrainian army said.",
     [("30", "killed", 30)]),
]


RETURNING = [
    # constructed (the form of the labelled en-16zy12 sentence; before: "thousands" killed or
    # wounded): troops going back, in the present tense
    ("en", "The news comes as thousands of North Korean troops return home after Moscow withdrew them from Kursk due to heavy losses.", []),
    # near miss (constructed)
    ("en", "North Korea has sent thousands of troops to Russia, South Korea's spy agency said.",
     [("thousands", "deployed", 1000)]),
]


def _read(lang: str, text: str) -> list[tuple]:
    rows = extract_figures(text, lang, None)
    return [(r.figure_text, r.metric, r.best) for r in rows.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), SUBJECTS + PAIRS + UPPER + CAPTURES + SIDES
                         + MAKERS + RETURNING)
def test_figures_of_the_26ar_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _read(lang, text) == expected, text


# near misses (constructed) whose other numbers are read by other rules: the one of a pair with
# its own event stays ("one was captured alive and the other blew himself up")
KEPT = [
    ("en", "Ukrainian forces found two wounded North Korean soldiers; one was captured alive and the other blew himself up.",
     ("one", "captured", 1)),
]


@pytest.mark.parametrize(("lang", "text", "kept"), KEPT)
def test_the_one_of_a_pair_with_its_own_event_stays(lang: str, text: str, kept: tuple) -> None:
    assert kept in _read(lang, text), text
