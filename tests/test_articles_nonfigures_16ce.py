"""Numbers of a story's sentences that are no figure of the story (helper 16ce).

Four rules, each measured alone on the 20 rounds 16zi-16zz2 (docs/articles.md, "Numbers of the
story's sentences that are no figure of the story (16ce)"): visas issued are border statistics
(``ARTICLES["entry"]``), soldiers who deserted are none of the story's counts
(``ARTICLES["excluded"]``), the people an outlet interviewed are no count (``excluded``,
``not_figure_before``), and a number told for each of several units is no total
(``ARTICLES["apiece"]``, :mod:`analysis.articles.apiece`).

Positives: the development rounds' sentences (16zq, 16zr, 16zv, 16zz, 16zy2, 16zz2) and their
forms in the other languages; all but three (ja "脱走", de "jeweils", fr "avec lesquels", read as
figures only inside their round's article, where the round floors hold them) are read as figures
before 16ce. Counter-examples: figures of the story beside the same words, which stay. The
evidence passages (``nonfigure_sentences_16ce.yml``) are checked with what the rules leave.
"""

from pathlib import Path

import pytest
from articles_devset import load_yaml

from analysis.articles import extract_figures

EVIDENCE = Path(__file__).parent / "cases" / "articles" / "nonfigure_sentences_16ce.yml"

_KO_DESERTED = ("키이우포스트는 국방부 정보총국의 정보를 인용해 우크라이나의 미사일 공격으로 "
                "북한군 장교 6명이 사망했으며, 북한군 18명이 우크라이나 국경 인근 전선에서 "
                "탈영했다고 보도하기도 했다.")

NO_FIGURE = [
    # visas issued: border statistics (16zr, 16zz)
    ("ru", "Ежегодно им выдавали по 12-15 тысяч рабочих виз, а на пике в России одновременно "
           "находились больше 35 тысяч граждан КНДР.", "35 тысяч"),
    ("ja", "第3、4四半期に学生ビザを取得した北朝鮮人は3,765人で、"
           "第2四半期の332人から10倍以上急増した。", "3,765"),
    # soldiers who deserted (16zz2)
    ("ko", _KO_DESERTED, "18명"),
    ("ja", "また、派遣された兵士18人が一時脱走を試みたという情報もあり、"
           "大規模な派兵が大量脱北につながるのではないかという指摘も出ています。", "18人"),
    ("en", "Approximately 18 North Korean soldiers have allegedly deserted their posts on the "
           "Russian frontline, prompting an ongoing search by Kremlin forces.", "18"),
    ("de", "Nach Medienberichten sind 18 nordkoreanische Soldaten desertiert.", "18"),
    ("fr", "Au moins 18 soldats nord-coréens ont déserté leurs positions près de la frontière.",
     "18"),
    ("es", "Al menos 18 soldados norcoreanos desertaron de sus posiciones cerca de la frontera.",
     "18"),
    ("ru", "По данным СМИ, 18 северокорейских военных дезертировали с позиций в Курской области.",
     "18"),
    ("uk", "За даними ЗМІ, 18 північнокорейських військових дезертирували з позицій на Курщині.",
     "18"),
    # the people an outlet interviewed (16zy2, 16zz2)
    ("fr", "Les six travailleurs avec lesquels la chaîne britannique s'est entretenue ont tous "
           "décrit les mêmes journées de travail épuisantes.", "six"),
    ("ru", "Телекомпания взяла интервью у шести северокорейских рабочих, бежавших из России с "
           "начала войны.", "шести"),
    ("uk", "Телеканал взяв інтерв'ю у шести північнокорейських робітників, які втекли з Росії.",
     "шести"),
    ("es", "La BBC habló con seis trabajadores norcoreanos que huyeron de Rusia.", "seis"),
    ("es", "Los seis trabajadores norcoreanos con los que habló la BBC huyeron de Rusia.", "seis"),
    # what each of several units holds (16zv, 16zq)
    ("uk", "Згодом планується сформувати щонайменше п'ять частин або з'єднань із "
           "військовослужбовців КНДР чисельністю 2000-3000 осіб кожне.", "2000-3000"),
    ("de", "Es hat vier russische Frachtschiffe verfolgt, die jeweils Hunderte von Containern "
           "transportieren.", "Hunderte"),
    ("en", "Pyongyang will form five units of 2,000 to 3,000 North Korean troops each.", "2,000"),
    ("ru", "Планируется сформировать пять частей из военных КНДР численностью 2000-3000 человек "
           "каждая.", "2000"),
    ("fr", "Pyongyang formera cinq unités de 2 000 soldats nord-coréens chacune.", "2 000"),
    ("es", "Se formarán cinco unidades de 2.000 soldados norcoreanos cada una.", "2.000"),
    # (17ch) desertions counted and deserters, beside the guards below
    ("en", "At least 18 North Korean soldiers deserted, the report said.", "18"),
    ("en", "There were 18 desertions among the North Korean troops.", "18"),
    ("fr", "On compte 18 désertions parmi les soldats nord-coréens.", "18"),
    ("es", "Se registraron 18 deserciones entre los soldados norcoreanos.", "18"),
    ("ru", "Выявлено 18 случаев дезертирства среди военных КНДР.", "18"),
    ("uk", "Виявлено 18 випадків дезертирства серед військових КНДР.", "18"),
    ("de", "18 nordkoreanische Soldaten begingen Fahnenflucht.", "18"),
    ("ja", "北朝鮮兵18人が脱走した。", "18人"),
    ("ko", "북한군 18명이 탈영했다.", "18명"),
]

KEPT = [
    ("ko", _KO_DESERTED, "6명"),
    ("en", "North Korea has sent about 15,000 workers to Russia on student visas, South Korean "
           "intelligence said.", "15,000"),
    ("en", "In a briefing, the NIS official said around 4,000 North Korean workers – each being "
           "paid a monthly stipend of approximately $800 (£645) – were already believed to be in "
           "Russia, The Korean Herald reported.", "4,000"),
    ("en", "The estimate is that North Korea ships about 1 million rounds each month to Russia.",
     "1 million"),
    ("es", "La BBC ha sabido que más de 50,000 norcoreanos serán enviados eventualmente a trabajar "
           "en Rusia en condiciones de esclavitud.", "50,000"),
    ("en", "According to South Korea’s National Intelligence Service (NIS), as of October 18, "
           "around 12,000 North Korean troops have already been deployed to Ukraine.", "12,000"),
    # (17ch) the adjective "deserted" (a deserted village, abandoned) and a desertion fought ("to
    # stem desertion") tell of no soldier who deserted: the figure of the story stays
    ("en", "Russia moved 3,000 North Korean troops to a deserted village near the front.",
     "3,000"),
    ("en", "Moscow sent 3,000 North Korean troops to the front line to stem desertion.", "3,000"),
    ("en", "The village was deserted when 3,000 North Korean troops arrived.", "3,000"),
    ("fr", "La Russie a déplacé 3 000 soldats nord-coréens vers un village déserté près du front.",
     "3 000"),
    ("fr", "Moscou a envoyé 3 000 soldats nord-coréens au front pour enrayer la désertion.",
     "3 000"),
    ("de", "Russland schickte 3000 nordkoreanische Soldaten gegen die Fahnenflucht an die Front.",
     "3000"),
    ("ru", "Россия отправила 3000 военных КНДР для борьбы с дезертирством.", "3000"),
    ("uk", "Росія відправила 3000 військових КНДР для боротьби з дезертирством.", "3000"),
    ("ja", "ロシアは脱走を防ぐため北朝鮮兵3000人を前線に送った。", "3000人"),
    ("ko", "탈영을 막기 위해 러시아는 북한군 3000명을 전선에 보냈다.", "3000명"),
    ("ko", "러시아는 탈영을 막기 위해 북한군 3000명을 보냈다.", "3000명"),
]


# what the rules leave in the evidence (docs/articles.md, 16ce): a desertion word after a relative
# clause ("sind 18 … Soldaten, die …, desertiert"), a desertion told without one ("근무지 이탈");
# (16ci) an outlet that "talked with" its interviewees ("пообщались с шестью") is read by the
# closed class of interviewing verbs (analysis.articles.classes)
LEFT = {("de-kasaantimes-18-deserteure", "18"), ("ko-stv-18-itral", "18명")}
# and the figure a desertion word in the same headline clause takes away ("18명 집단 탈영…
# … 1만명 파병": "…" ends no clause)
LOST = {("ko-hiuskorea-18-talyeong-10000", "1만명")}


def _texts(lang: str, text: str) -> list[str]:
    return list(extract_figures(text, lang, "2025-02-10")["figure_text"])


@pytest.mark.parametrize(("lang", "text", "number"), NO_FIGURE)
def test_no_figure(lang: str, text: str, number: str) -> None:
    assert not [t for t in _texts(lang, text) if number in t]


@pytest.mark.parametrize(("lang", "text", "number"), KEPT)
def test_kept(lang: str, text: str, number: str) -> None:
    assert [t for t in _texts(lang, text) if number in t]


def _overlapping(found, text: str, phrase: str) -> list[str]:
    lo = text.find(phrase)
    hi = lo + len(phrase)
    return [r.figure_text for r in found.itertuples() if r.start < hi and lo < r.end]


def test_evidence() -> None:
    """No labelled negative of the evidence is read but those left; every figure is found."""
    for article in load_yaml(EVIDENCE):
        text = article["text"]
        found = extract_figures(text, article["lang"], article.get("published"))
        for negative in article["negatives"]:
            hits = _overlapping(found, text, negative)
            assert bool(hits) == ((article["id"], negative) in LEFT), (article["id"], negative)
        for figure in article["figures"]:
            hits = _overlapping(found, text, figure["text"])
            assert not hits == ((article["id"], figure["text"]) in LOST), (article["id"], figure)
