# ruff: noqa: E501 (the passages are data, as written)
"""rv12 (review of 16ca, 16cb, 16cc): short passages, labelled before the reader was run on them,
of a country that speaks where the article names its body and counter-examples ("according to
Seoul"), a contrasting clause, visitors at a border and troops entering, a shortfall, and a
relayed origin, that the reader attributes as labelled (``NONE``: no figure at all).

Written for this review. Read wrong on the merge and on the session's start, and left (see the
review's report): "Zelensky said, citing intelligence data, that 3,000 …" (en, uk "посилаючись на
дані розвідки") stays Zelensky's: the relayed origin is named by no body's name.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
GOV = "South Korea government"
MND = "South Korea Ministry of National Defense"
NOT_NIS = "not " + NIS
NONE = ""

PROBES = [
    ('en-meto', 'en',
     'Seoul said about 1,500 North Korean troops had arrived in Russia. The assessment was presented by the National Intelligence Service to lawmakers on Wednesday.',
     '1,500', NIS),
    ('en-according', 'en',
     'According to Seoul, 3,000 more North Korean soldiers have been sent to Russia. The National Intelligence Service briefed lawmakers on Monday.',
     '3,000', GOV),
    ('de-meto', 'de',
     'Seoul meldete, rund 11.000 nordkoreanische Soldaten seien in Russland stationiert. Das teilte der südkoreanische Geheimdienst NIS am Mittwoch mit.',
     '11.000', NIS),
    ('ja-meto', 'ja',
     '韓国は北朝鮮が兵士約1万1000人をロシアに派遣したと発表した。韓国国防省が18日、明らかにした。',
     '1万1000人', MND),
    ('ko-according', 'ko',
     '서울에 따르면 북한군 3000명이 러시아에 추가 파병됐다. 국가정보원은 이날 국회에 보고했다.',
     '3000명', GOV),
    ('fr-contrast', 'fr',
     'Selon le renseignement militaire ukrainien, 12 000 soldats nord-coréens se trouvent à Koursk, tandis que le Pentagone évoque un chiffre plus bas.',
     '12 000', HUR),
    ('es-contrast', 'es',
     'Unos 3.000 soldados norcoreanos han muerto o resultado heridos en Kursk, mientras que la inteligencia surcoreana habla de una cifra menor.',
     '3.000', NOT_NIS),
    ('ru-contrast', 'ru',
     'По данным украинской военной разведки, в Курской области находятся 11 тысяч северокорейских военных, в то время как южнокорейская разведка называет меньшую цифру.',
     '11 тысяч', HUR),
    ('en-contrast', 'en',
     "Around 10,000 North Korean troops are in Russia, while South Korea's spy agency says the number could be higher.",
     '10,000', NOT_NIS),
    ('ko-relay', 'ko',
     '이성권 의원은 국가정보원으로부터 보고받은 내용을 인용해 북한군 1만1000명이 러시아에 파병됐다고 밝혔다.',
     '1만1000명', NIS),
    ('en-visitors', 'en',
     'Some 1,200 North Koreans entered Russia on student visas in the second quarter, according to Russian border data.',
     '1,200', NONE),
    ('en-troops-enter', 'en',
     "About 3,000 North Korean soldiers entered Russia's Kursk region last week, Ukraine's military intelligence said.",
     '3,000', HUR),
    ('ru-visitors', 'ru',
     'Во втором квартале в Россию въехали более 13 тысяч граждан КНДР с целью учебы, следует из данных пограничной службы ФСБ.',
     '13 тысяч', NONE),
    ('ru-shortage', 'ru',
     'Российской армии не хватает около 100 тысяч военных, считают аналитики ISW.',
     '100 тысяч', NONE),
    ('de-troops', 'de',
     'Nach Angaben des ukrainischen Militärgeheimdienstes sind rund 12.000 nordkoreanische Soldaten nach Russland eingereist.',
     '12.000', HUR),
]


@pytest.mark.parametrize(("case", "lang", "text", "figure", "claimant"), PROBES,
                         ids=[p[0] for p in PROBES])
def test_rv12_passage_attributed_as_labelled(case: str, lang: str, text: str, figure: str,
                                             claimant: str) -> None:
    found = extract_figures(text, lang)
    got = [c for f, c in zip(found["figure_text"], found["claimant"], strict=True) if figure in f]
    if not claimant:
        assert not got, case
        return
    assert got, (case, list(found["figure_text"]))
    if claimant.startswith("not "):
        assert got[0] != claimant[4:], case
    else:
        assert got[0] == claimant, case
