# ruff: noqa: E501 (the passages are data, as written)
"""rv11 (review of 16cs): short passages, labelled before the reader was run on them, of a
figure whose source is named only later, by "the statement / the report", or across a
paragraph after a linking adverb, and counter-examples whose source must not carry (a
report by another body), that the reader attributes as labelled.

Written for this review. Two read Unattributed on the merge and right after rv11: a document
anaphor ("Según el comunicado", "Согласно заявлению") after a sentence that names the source
with no verb of saying ("emitió un comunicado", "выступила с заявлением"): with no attributing
sentence in reach the anaphor leaves the sentence to the reader's "he said" rule, as before
16cs (:func:`analysis.articles.carry._published`). Read wrong and left (see the review's
report): a link word opening a paragraph of the journalist's background ("In addition, North
Korea keeps about 1.2 million soldiers", "Par ailleurs, …") carries the source before.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
MEDIA = "News media (own reporting)"
JCS = "South Korea Joint Chiefs of Staff"
DOD = "US Department of Defense"
ISW = "Institute for the Study of War (ISW)"
UKMOD = "UK Ministry of Defence (Defence Intelligence)"
NOT_NIS = "not " + NIS

PROBES = [
    ('en-later', 'en',
     "North Korea has deployed about 11,000 troops to Russia's Kursk region. This assessment was first disclosed by South Korea's National Intelligence Service.",
     '11,000', NIS),
    ('en-doc', 'en',
     'The Pentagon said on Monday that North Korea had sent troops to Russia.\n\nAccording to the statement, about 3,000 more soldiers arrived in October.',
     '3,000', DOD),
    ('en-link', 'en',
     "Ukraine's military intelligence said 12,000 North Korean soldiers were in Kursk.\n\nIn addition, 500 officers have been sent to the front.",
     '500', HUR),
    ('en-counter-other', 'en',
     'The NIS said 3,000 North Korean troops had been deployed. Moreover, the Institute for the Study of War estimated that 1,000 had been killed.',
     '1,000', ISW),
    ('de-later', 'de',
     'Rund 1.000 nordkoreanische Soldaten sollen getötet worden sein. Diese Zahlen stammen vom südkoreanischen Geheimdienst.',
     '1.000', NIS),
    ('de-link', 'de',
     'Der ukrainische Militärgeheimdienst HUR meldete 11.000 nordkoreanische Soldaten in Kursk.\n\nAußerdem seien 200 Offiziere eingetroffen.',
     '200', HUR),
    ('de-counter-other', 'de',
     'Laut südkoreanischem Geheimdienst sind 10.000 Soldaten in Russland.\n\nAußerdem hat Nordkorea nach Angaben des britischen Verteidigungsministeriums 600 Raketen geliefert.',
     '600', NOT_NIS),
    ('fr-link', 'fr',
     'Selon le renseignement sud-coréen, 1 500 soldats nord-coréens sont arrivés en Russie.\n\nEn outre, 2 000 soldats nord-coréens supplémentaires ont été envoyés à Koursk.',
     '2 000', NIS),
    ('es-doc', 'es',
     'El Estado Mayor Conjunto surcoreano emitió un comunicado el lunes.\n\nSegún el comunicado, unos 3.000 soldados norcoreanos han muerto o resultado heridos.',
     '3.000', JCS),  # rv11 fix: Unattributed on the merge
    ('ru-doc', 'ru',
     'Разведка Южной Кореи выступила с заявлением в парламенте.\n\nСогласно заявлению, в Россию отправлены 3000 северокорейских военнослужащих.',
     '3000', NIS),  # rv11 fix: Unattributed on the merge
    ('uk-later', 'uk',
     'На фронт відправили ще 3 тисячі військових КНДР. Більшість з них спецпризначенці, пише видання Kyiv Independent.',
     '3 тисячі', MEDIA),
    ('ko-later', 'ko',
     '북한군 1만1000명이 러시아에 파병됐다. 이는 국가정보원이 13일 공개한 분석 결과다.',
     '1만1000명', NIS),
    ('ko-later-b', 'ko',
     '북한군 1만1000명이 러시아에 파병됐다. 이는 국가정보원이 국회 정보위원회에 보고한 내용이다.',
     '1만1000명', NIS),
    ('ko-link', 'ko',
     '국정원은 북한군 사상자가 3000명이라고 밝혔다.\n\n또한 북한군 500명이 추가로 러시아에 파병됐다.',
     '500명', NIS),
    ('ja-doc', 'ja',
     '韓国国家情報院は13日、分析結果を発表した。\n\n発表によると、北朝鮮兵の死傷者は約3000人に上る。',
     '3000人', NIS),
    ('ja-counter-other', 'ja',
     '韓国国家情報院によると、約1万1000人が派遣された。\n\nまた、ウクライナ国防省情報総局によると、北朝鮮兵300人が死亡した。',
     '300人', HUR),
    ("en-doc-issued", "en",
     "The Joint Chiefs of Staff issued a statement on Monday.\n\nAccording to the statement, about 3,000 North Korean soldiers were killed or wounded.",
     "3,000", JCS),  # rv11 fix: Unattributed on the merge
]


@pytest.mark.parametrize(("case", "lang", "text", "figure", "claimant"), PROBES)
def test_rv11_passage_attributed_as_labelled(case: str, lang: str, text: str, figure: str,
                                             claimant: str) -> None:
    found = extract_figures(text, lang)
    got = [c for f, c in zip(found["figure_text"], found["claimant"], strict=True) if figure in f]
    assert got, (case, list(found["figure_text"]))
    if claimant.startswith("not "):
        assert got[0] != claimant[4:], case
    else:
        assert got[0] == claimant, case
