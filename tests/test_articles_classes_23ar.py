# ruff: noqa: E501 (the sentences are data, as written)
"""Numbers that are no figure of the story, classes of the later rounds' false positives
(session 23, helper 23ar; docs/articles.md, "Classes of unseen articles, session 23").

- ammunition a country produces, consumes or keeps is no sending (``ARTICLES["used"]``, now
  also in en, de, fr, es; production and consumption verbs added in ru, uk, ko, ja): "la
  Russie n'aurait pas produit plus de 2,3 millions d'obus", "Russia probably produces 250 000
  artillery pieces per month", "러시아는 현재 하루에 포탄 약 1만 발을 소모하고 있다",
  "700万発以上生産する計画". Not the shells North Korea sent beside them, nor shells "of North
  Korean production" (a noun of production says where a sent thing was made);
- a year of the last century before the number in its sentence makes it another time's event
  (:func:`analysis.articles.nonfigures.another_century`): "the Pueblo in 1968, ... killing one
  U.S. sailor", "June 25, 1950, ... took the lives of millions"; not a number told before the
  year ("The two captured soldiers, born in 1999 and 2005");
- a compound of countries counted in Japanese ("朝ロ2国間", "2国家関係", "2プラス2") and a
  Korean date with a middle dot ("4·25문화회관", "6·25 전쟁"): no count;
- places counted (``not_counted``): "destinations" in en, fr, es, de, ru, uk; a counted noun in
  quotes after a space ('au moins 19 "navires sombres"').

The sentences are real reporting from the stored pages (the `search` tool's pages corpus),
with their address; the compounds' cases are the labelled rounds' own sentences (no other page
had them), two with a sentence written for the test, as marked. No page had a production
sentence with a number in es, ru or uk: their words are tested by the near misses only. The
expected figures are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

DROPPED = [
    # https://babel.ua/en/news/104796-russia-produces-three-times-more-projectiles-than-the-us-and-europe-can-send-to-ukraine
    ("en", "Russia probably produces 250 000 artillery pieces per month, or about 3 million per "
           "year. In addition, Russia imports ammunition, in particular from Iran. which last year "
           "provided Moscow with 300 000 artillery shells, and North Korea with at least 6 700 "
           "containers containing millions of shells.",
     ["250 000", "about 3 million"]),
    # https://www.rusi.org/news-and-comment/in-the-news/north-koreas-kim-jong-un-meet-putin-russia-coming-days
    ("en", "North Korea’s Kim Jong Un to meet Putin in Russia in ‘coming days’\n"
           "The country has ramped up its own production of artillery and is set to produce some "
           "2.5 million rounds this year, but this is still a significant shortfall in comparison "
           "with its needs.",
     ["some 2.5 million"]),
    # https://de.news-front.su/2024/03/11/cnn-russland-produziert-fast-dreimal-so-viele-artilleriegranaten-wie-die-usa-und-europa-zusammen-in-die-ukraine-schicken-konnen
    ("de", "Nach Schätzungen des NATO-Geheimdienstes produziert Russland etwa 250.000 "
           "Artilleriegranaten pro Monat bzw. etwa 3 Millionen pro Jahr. Und es gibt auch Käufe aus "
           "dem Iran und der Demokratischen Volksrepublik Korea.",
     ["etwa 250.000", "etwa 3 Millionen"]),
    # https://www.tagtik.fr/news/sans-la-coree-du-nord-poutine-naurait-pas-pu-bombarder-lukraine-depuis-3-ans
    ("fr", "L'organisation estime que les cargaisons de la Corée du Nord comprenaient entre 4 et 6 "
           "millions d'obus d'artillerie. À titre de comparaison, la Russie n'aurait pas produit "
           "plus de 2,3 millions d'obus d'artillerie sur son territoire en 2024, selon des "
           "responsables ukrainiens et occidentaux.",
     ["plus de 2,3 millions"]),
    # https://v.daum.net/v/20231025083207498
    ("ko", "미국 전쟁연구소(ISW)는 에스토니아군 관계자 분석을 토대로 \"북한이 러시아에 포탄 30만∼50만 "
           "발을 제공했을 수 있다\"는 내용의 보고서를 작성했다고 자유아시아방송(RFA)이 25일 보도했다. "
           "보고서에 따르면 러시아는 현재 우크라이나를 상대로 하루에 포탄 약 1만 발을 소모하고 있다.",
     ["약 1만"]),
    # https://new-wa.com/?p=4279
    ("ja", "イギリスの調査団体によると、2023年9月から2025年3月にかけて、ロシア船が64回の航海で北朝鮮から"
           "およそ1万6,000のコンテナを輸送。中には最大600万発の砲弾が含まれていたと推定されています。"
           "ロシア国内の砲弾生産は2024年に230万発程度にとどまるとされ、需要を大きく下回ります。",
     ["230万発程度"]),
    # https://conspiracyscope.blogspot.com/2018/06/summit-gives-trump-chance-to-seek.html (the
    # two sentences joined as one, as the Ukrainian and Russian reports of 16zd / 16zz3 write it)
    ("en", "The North Korean Navy seized the Pueblo in 1968, after firing at the vessel, injuring "
           "10 crew members and killing one U.S. sailor.",
     ["10", "one"]),
    # https://engview.rfaweb.org/english/video?v=1_xbcomvyw
    ("en", "Seventy-one years ago on June 25, 1950, North Korea’s military poured across the border "
           "with South Korea and sparked a grueling war that lasted three years and took the lives "
           "of millions of soldiers and civilians on the Korean peninsula.",
     ["millions"]),
]

KEPT = [
    # near misses: the shells North Korea sent, told beside a production or consumption
    # https://babel.ua/en/news/104796-... (as above): North Korea's containers stay
    ("en", "Russia probably produces 250 000 artillery pieces per month, or about 3 million per "
           "year. In addition, Russia imports ammunition, in particular from Iran. which last year "
           "provided Moscow with 300 000 artillery shells, and North Korea with at least 6 700 "
           "containers containing millions of shells.",
     "at least 6 700"),
    # https://www.thetrumpet.com/29125-north-korea-has-sent-russia-more-than-3-million-artillery-shells
    ("en", "North Korea has sent more than 3 million artillery shells to Russia since September, "
           "South Korean Defense Minister Shin Won-sik said on February 28.",
     "more than 3 million"),
    # https://www.tagtik.fr/... (as above)
    ("fr", "L'organisation estime que les cargaisons de la Corée du Nord comprenaient entre 4 et 6 "
           "millions d'obus d'artillerie. À titre de comparaison, la Russie n'aurait pas produit "
           "plus de 2,3 millions d'obus d'artillerie sur son territoire en 2024, selon des "
           "responsables ukrainiens et occidentaux.",
     "entre 4 et 6 millions"),
    # https://v.daum.net/v/20231025083207498 (as above)
    ("ko", "미국 전쟁연구소(ISW)는 에스토니아군 관계자 분석을 토대로 \"북한이 러시아에 포탄 30만∼50만 "
           "발을 제공했을 수 있다\"는 내용의 보고서를 작성했다고 자유아시아방송(RFA)이 25일 보도했다. "
           "보고서에 따르면 러시아는 현재 우크라이나를 상대로 하루에 포탄 약 1만 발을 소모하고 있다.",
     "30만∼50만 발"),
    # https://new-wa.com/?p=4279 (as above)
    ("ja", "イギリスの調査団体によると、2023年9月から2025年3月にかけて、ロシア船が64回の航海で北朝鮮から"
           "およそ1万6,000のコンテナを輸送。中には最大600万発の砲弾が含まれていたと推定されています。"
           "ロシア国内の砲弾生産は2024年に230万発程度にとどまるとされ、需要を大きく下回ります。",
     "最大600万発"),
    # https://censor.net/ua/news/3477328/... (made decades ago: the import stays)
    ("uk", "На сьогодні, враховуючи наявну статистику, Росія вже імпортувала 1,5 млн боєприпасів із "
           "КНДР, однак ці снаряди були виготовлені у 70-80-х роках.",
     "1,5 млн"),
    # https://censor.net/ru/news/3477328/...
    ("ru", "На сегодняшний день, учитывая имеющуюся статистику, Россия уже импортировала 1,5 млн "
           "боеприпасов из КНДР, однако эти снаряды были изготовлены в 70-80-х годах.",
     "1,5 млн"),
    # https://www.bagnet.org/news/world/1384523/kim-chen-in-pochav-buduvati-velichezniy-zavod-dlya-rosiyskoyi-armiyi
    ("uk", "За даними Міністерства оборони Південної Кореї, протягом останнього року Північна Корея "
           "працювала у режимі повного навантаження, виготовивши мільйони артилерійських снарядів — "
           "значну частину з яких уже відправлено до Росії.",
     "мільйони"),
    # near misses of the year: a number told before the year, or after a year of ours
    # round 16w's labelled sentence (a number told before the year)
    ("en", "The two captured soldiers, born in 1999 and 2005, have been serving in the North Korean "
           "military since 2016 and 2021, respectively.",
     "two"),
    # https://www.huffingtonpost.es/global/ucrania-afirma-corea-norte-quedando-suministros-enviar-rusia-estan-aprendiendo-1.html
    ("es", "Mientras en 2023 Corea del Norte había enviado 6,5 millones de proyectiles de artillería "
           "a Rusia, estos registros no se han vuelto a observar de misma forma desde el pasado mes "
           "de septiembre.",
     "6,5 millones"),
    # (the lead, session 23) a year of the last century, then the story with Russia named after
    # it in the sentence: the sending stays. Written for the test on the AP's wording ("North
    # Korea dispatched about 10,000-12,000 troops to Russia", tvnewslies.org 68832)
    ("de", "Nordkorea, das 1953 zuletzt Krieg führte, hat laut NIS rund 11.000 Soldaten nach "
           "Russland geschickt.",
     "rund 11.000"),
    ("ru", "Договор 1961 года предусматривает помощь; КНДР отправила в Россию около 11 тысяч "
           "военных, сообщила разведка Южной Кореи.",
     "около 11 тысяч"),
    # https://v.daum.net/v/20250416164056277 (a year of ours before the number)
    ("ko", "우크라이나군 정보기관(GUR)은 북한이 2023년 중반 이후 400만 발의 포탄을 제공했으며 그중 4분의 "
           "3 이상이 러시아군의 핵심 무기인 122mm, 155mm 구경 포탄이었다고 밝혔다.",
     "400만 발"),
]

WORDS = [
    # ja: countries counted in a compound; ko: a date with a middle dot. The pages' sentences
    # hold no figure of the story, so the reader must read none.
    # https://chosonsinbo.com/jp/?p=309238 (round 16zz4's page; the second sentence written for
    # the test)
    ("ja", "朝ロ2国間のキャンプとして初めて行われた朝ロ少年親善キャンプに参加した。ロシアの子ども"
           "たちが北朝鮮を訪れた。", []),
    # https://pongisayoku.hatenablog.com/entry/2024/10/29/233934 (round 16zz7's page; the second
    # sentence written for the test)
    ("ja", "米国と韓国は31日にワシントンで外務・防衛担当閣僚協議(2プラス2)を開く。北朝鮮は"
           "ロシアに兵士1万人以上を派遣した。", ["1万人以上"]),
    # https://cont.t-com.ne.jp/international/787214_1.html (round 16zz11's page)
    ("ja", "北朝鮮は23年12月、南北を「敵対的な2国家関係」と位置付け、韓国との平和統一方針を放棄した。",
     []),
    # round 16zy12's page (kbc-news, the engineers' return): "4·25문화회관"
    ("ko", "북한이 러시아 쿠르스크에 파병했던 공병부대의 귀국 환영식을 어제(12일) 평양 4·25문화회관 "
           "광장에서 대대적으로 열었습니다.", []),
    # https://bunatimes.com/world/285682.html (round 16zy11's page: "16 destinations")
    ("en", "These cargoes were then sent within a week to 16 destinations, located mainly along the "
           "borders with Ukraine.", []),
]


def _read(lang: str, text: str) -> list[str]:
    return list(extract_figures(text, lang).figure_text)


@pytest.mark.parametrize(("lang", "text", "gone"), DROPPED)
def test_no_figure_of_the_story(lang: str, text: str, gone: list[str]) -> None:
    read = _read(lang, text)
    assert not set(gone) & set(read), read


@pytest.mark.parametrize(("lang", "text", "kept"), KEPT)
def test_near_miss_stays(lang: str, text: str, kept: str) -> None:
    assert kept in _read(lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), WORDS)
def test_compounds_and_places(lang: str, text: str, expected: list[str]) -> None:
    assert _read(lang, text) == expected
