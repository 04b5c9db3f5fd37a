"""Precision classes of the article reader, by language (helper 16pf, claims-desk issue 16).

Five classes of numbers the development rounds 16u and 16v showed the reader reporting though
they are no figures of the story (docs/articles.md, "Session of 2026-12-04 (seventh): precision
classes"), each in en, de, fr, es, ru, uk, ko and ja, on sentences written for the test: the
number of the class is not reported (the positive), and a real figure in the same sentence is
still read (the negative).

1. counts of sources ("two US officials said", "アメリカ当局者2人が", "당국자 중 1명은");
2. a document's number ("resolution 2375", "결의 2397", "decree No. 123", "article 5");
3. weapons fired or used, not sent ("Russia used two North Korean ballistic missiles"), unless
   the clause says they were sent ("sent 100 missiles, of which 60 were fired" keeps the 100);
4. the victims of North Korean weapons, people of the other side ("14 people in Kyiv");
5. an organisation's members ("all 32 NATO member countries", "the 27 EU states").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

PUBLISHED = "2024-12-01"

SOURCES = [
    ("en", "3 US officials said North Korea had sent 10,000 troops to Russia.",
     [("10,000", "deployed")]),
    ("en", "2 people familiar with the matter said about 3,000 North Korean soldiers had been "
           "killed.", [("about 3,000", "killed")]),
    ("de", "2 US-Beamte sagten, Nordkorea habe 10.000 Soldaten nach Russland geschickt.",
     [("10.000", "deployed")]),
    ("fr", "2 responsables américains ont déclaré que la Corée du Nord avait envoyé 10 000 "
           "soldats en Russie.", [("10 000", "deployed")]),
    ("es", "2 funcionarios estadounidenses dijeron que Corea del Norte había enviado 10.000 "
           "soldados a Rusia.", [("10.000", "deployed")]),
    ("ru", "2 американских чиновника заявили, что КНДР отправила в Россию 10 тысяч военных.",
     [("10 тысяч", "deployed")]),
    ("uk", "2 посадовці США заявили, що КНДР відправила до Росії 10 тисяч військових.",
     [("10 тисяч", "deployed")]),
    ("ko", "미국 당국자 2명은 북한이 러시아에 1만 명의 병력을 파병했다고 밝혔다.",
     [("1만 명", "deployed")]),
    ("ko", "당국자 중 1명은 북한군 1000명이 사망했다고 말했다.", [("1000명", "killed")]),
    ("ja", "アメリカ当局者2人が、北朝鮮がロシアに兵士1万人を派遣したと明らかにした。",
     [("1万人", "deployed")]),
    ("ja", "当局者の1人は、北朝鮮兵1000人が死亡したと述べた。", [("1000人", "killed")]),
]

DOCUMENTS = [
    ("en", "Under UN Security Council Resolution 2397, North Korean workers were sent home; "
           "decree 123 sent 5,000 workers.", [("5,000", "workers_sent")]),
    ("de", "Dies verstößt gegen die Resolution 2375 des UN-Sicherheitsrats; Nordkorea hat "
           "10.000 Arbeiter nach Russland geschickt.", [("10.000", "workers_sent")]),
    ("fr", "Selon l'article 5 et le décret n° 123, la Corée du Nord a envoyé 10 000 soldats.",
     [("10 000", "deployed")]),
    ("es", "Esto viola la resolución 2397 del Consejo de Seguridad; Corea del Norte envió "
           "10.000 trabajadores a Rusia.", [("10.000", "workers_sent")]),
    ("ru", "Это нарушает резолюцию 2397 Совбеза ООН; КНДР отправила в Россию 10 тысяч "
           "рабочих.", [("10 тысяч", "workers_sent")]),
    ("uk", "Це порушує резолюції 2397 Радбезу ООН; КНДР відправила до Росії 10 тисяч "
           "робітників.", [("10 тисяч", "workers_sent")]),
    ("ko", "이는 유엔 안보리 결의 2397 위반이며 북한은 러시아에 노동자 1만 명을 보냈다.",
     [("1만 명", "workers_sent")]),
    ("ja", "これは国連安保理決議2397に違反し、北朝鮮はロシアに労働者1万人を派遣した。",
     [("1万人", "workers_sent")]),
]

FIRED = [
    ("en", "Zelensky said Russia used two North Korean ballistic missiles against Ukraine.", []),
    ("en", "North Korea sent 100 missiles, of which 60 were fired at Ukraine.",
     [("100", "materiel_sent")]),
    ("de", "Nordkorea hat Russland rund 100 Raketen geliefert, von denen 60 abgefeuert wurden.",
     [("rund 100", "materiel_sent")]),
    ("de", "Russland hat bereits etwa 60 nordkoreanische Raketen auf die Ukraine abgefeuert.",
     []),
    ("fr", "La Corée du Nord a livré 100 missiles à la Russie, dont 60 ont été tirés.",
     [("100", "materiel_sent")]),
    ("fr", "La Russie a déjà tiré environ 60 missiles nord-coréens sur l'Ukraine.", []),
    ("es", "Corea del Norte ha enviado 100 misiles a Rusia, de los cuales 60 fueron "
           "disparados.", [("100", "materiel_sent")]),
    ("es", "Rusia ya ha lanzado unos 60 misiles norcoreanos contra Ucrania.", []),
    ("ru", "КНДР передала России 100 ракет, из которых 60 уже выпущены.",
     [("100", "materiel_sent")]),
    ("ru", "Россия использовала две северокорейские баллистические ракеты.", []),
    ("uk", "КНДР передала Росії 100 ракет, з яких 60 вже випущено.",
     [("100", "materiel_sent")]),
    ("uk", "Росія використала дві північнокорейські балістичні ракети.", []),
    ("ko", "점령군이 이미 약 60기의 북한산 미사일을 발사했다.", []),
    ("ko", "젤렌스키 “러, 북한제 탄도미사일 2발 사용”", []),
    # (16mw: the counter 기 joins the figure)
    ("ko", "북한은 러시아에 탄도미사일 약 100기를 보냈다.", [("약 100기", "materiel_sent")]),
    ("ja", "ロシアはすでに北朝鮮製ミサイル約60発を発射した。", []),
    ("ja", "北朝鮮はロシアにミサイル100発を送り、そのうち60発が発射された。",
     [("100発", "materiel_sent")]),
]

OTHER_SIDE = [
    ("en", "A North Korean missile killed 14 people in Kyiv, and North Korea has lost 4,000 "
           "soldiers.", [("4,000", "killed_or_wounded")]),
    ("de", "Nordkoreanische Raketen töteten 14 Menschen in Kiew, und Nordkorea hat 4000 "
           "Soldaten verloren.", [("4000", "killed_or_wounded")]),
    ("fr", "Des missiles nord-coréens ont tué 14 personnes à Kiev, et la Corée du Nord a perdu "
           "4000 soldats.", [("4000", "killed_or_wounded")]),
    ("es", "Los misiles norcoreanos mataron a 14 personas en Kiev; Corea del Norte perdió 4.000 "
           "soldados.", [("4.000", "killed_or_wounded")]),
    ("es", "Los misiles norcoreanos fueron responsables de varias muertes de ucranianos, y "
           "Corea del Norte perdió 4.000 soldados.", [("4.000", "killed_or_wounded")]),
    ("ru", "Северокорейские ракеты убили четырех человек в Киеве; КНДР потеряла 4000 военных.",
     [("4000", "killed_or_wounded")]),
    ("uk", "Північнокорейські ракети вбили чотирьох людей у Києві; КНДР втратила 4000 "
           "військових.", [("4000", "killed_or_wounded")]),
    ("ko", "북한제 미사일로 키이우에서 4명이 숨졌고 북한군 4000명이 사망했다.",
     [("4000명", "killed")]),
    # (two sentences: in one, a side named anywhere after a number in a text without spaces
    # is read as the number's own, reader.side_of, left as it is)
    ("ja", "北朝鮮製ミサイルでキーウの4人が死亡した。北朝鮮兵4000人が死亡した。",
     [("4000人", "killed")]),
]

MEMBERS = [
    ("en", "Representatives from all 32 NATO member countries attended, as did the 27 EU states; "
           "North Korea sent 10,000 troops.", [("10,000", "deployed")]),
    ("de", "Vertreter der 32 NATO-Mitgliedstaaten und der 27 EU-Staaten verurteilten die "
           "Entsendung von 12.000 nordkoreanischen Soldaten.", [("12.000", "deployed")]),
    ("fr", "Les 32 pays membres de l'OTAN et les 27 États de l'UE ont condamné l'envoi de "
           "12 000 soldats nord-coréens.", [("12 000", "deployed")]),
    ("es", "Los 32 países miembros de la OTAN y los 27 Estados de la UE condenaron el envío de "
           "12.000 soldados norcoreanos.", [("12.000", "deployed")]),
    ("ru", "Все 32 страны-члена НАТО и 27 государств ЕС осудили отправку 12 тысяч "
           "северокорейских военных.", [("12 тысяч", "deployed")]),
    ("uk", "Усі 32 країни-члени НАТО та 27 держав ЄС засудили відправку 12 тисяч "
           "північнокорейських військових.", [("12 тисяч", "deployed")]),
    ("ko", "나토 32개 회원국과 EU 27개국은 북한군 1만2000명 파병을 규탄했다.",
     [("1만2000명", "deployed")]),
    ("ja", "NATO加盟32カ国とEU27カ国は、北朝鮮兵1万2000人の派遣を非難した。",
     [("1万2000人", "deployed")]),
]


def _rows(lang: str, text: str) -> list[tuple[str, str]]:
    df = extract_figures(text, lang, PUBLISHED)
    return [(r.figure_text, r.metric) for r in df.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), SOURCES + DOCUMENTS + FIRED + OTHER_SIDE
                         + MEMBERS)
def test_precision_class_not_reported_real_figure_read(lang: str, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert _rows(lang, text) == expected


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "ru", "uk", "ko", "ja"])
def test_every_class_has_every_language(lang: str) -> None:
    for cases in (SOURCES, DOCUMENTS, FIRED, OTHER_SIDE, MEMBERS):
        assert any(case[0] == lang for case in cases)
