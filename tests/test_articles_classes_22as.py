# ruff: noqa: E501 (the sentences are data, as written)
"""Sources named in the sentence around the figure's (session 22, helper 22as).

The claimant errors of the later labelled rounds (16zy2-16zy11, 16zz2-16zz11) read at the
session's middle tree: 154, of which 59 "Unattributed" where the article names a source
(docs/articles.md, "Sources around the figure (22as)"). Four classes, each of every language
that has the form, written as data where the code allows:

- *the story's first report, and a next sentence that opens with its attribution*
  ("Как сообщает Report со ссылкой на BBC News, …", "According to Ukrinform, …"): the whole
  next sentence is the source's, so the lead is too, as when the next sentence names North
  Korea (:func:`analysis.articles.lede.lead_next`);
- *the minister named again by his title* ("the minister said", "Міністр додав", "за словами
  міністра", "selon le ministre", "según el ministro", "laut dem Minister", "同相は"; anaphors of
  kind ``minister``): the last source named, when it is a ministry, and nobody after a
  president or a foreign minister (:mod:`analysis.articles.carry`);
- *a paragraph opening with a word that details the report before* ("Зокрема,", "В частности,",
  "In particular,", "Insbesondere", "Notamment,", "En concreto,", "구체적으로", "具体的には"; carry
  ``links``): it goes on with the source of the sentence before, as "Крім того," does;
- *an outlet citing intelligence it does not name* ("unter Berufung auf
  Geheimdienstinformationen", "citing intelligence sources", "со ссылкой на разведку", "із
  посиланням на дані розвідки", "citant des sources du renseignement", "citando fuentes de
  inteligencia"; anaphors of kind ``agency``): the intelligence agency named before, else the
  outlet as before.

The near misses are real reporting from the stored pages (the ``search`` tool's pages corpus,
with their addresses) and read the same before and after. Where no stored page had a form with
a figure of the story, the positive case joins real sentences of two reports (said so at the
case); the expected values are written by hand.
"""

from __future__ import annotations

import re

import pytest
from article_sets import assert_figures_read
from figure_sets import case_test

from analysis.articles.carry import carry_cues
from analysis.articles.cues import carry_further, words_pattern
from analysis.lang import ARTICLE_TABLES

MOD_UA = "Ukraine Ministry of Defence"
MND = "South Korea Ministry of National Defense"
NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
MEDIA = "News media (own reporting)"

READ_RIGHT = [
    # the minister named again: https://apostrophe.ua/world/dlya-polnogo-razvertyivaniya-ponadobitsya-neskolko-nedel-umerov-rasskazal-o-voennyih-kndr-v-ukraine.html
    ("uk", "Про це повідомив в інтерв'ю південнокорейському телеканалу міністр оборони України Рустем Умєров.\n\n"
           "\"Північнокорейські солдати носять російську військову форму, проходять тактичну підготовку та перебувають під наглядом російських військових\", - сказав Умєров.\n\n"
           "Міністр додав, що наразі ідентифіковано близько 12 000 північнокорейських солдатів, але більшість з них все ще проходить навчання.",
     [("близько 12 000", MOD_UA)]),
    # the minister two sentences on, a sentence naming nobody between: the first sentence from
    # https://fr.in-ukraine.info/article/109527498-pershi-zitknennya-viyskovih-kndr-zi-zsu-oficiyno-v
    # (Umerov to KBS), the next two from https://apostrophe.ua/world/dlya-polnogo-razvertyivaniya-ponadobitsya-neskolko-nedel-umerov-rasskazal-o-voennyih-kndr-v-ukraine.html
    ("uk", "Про це повідомив в інтерв'ю південнокорейському телеканалу міністр оборони України Рустем Умєров. "
           "Наразі війська КНДР входять до складу російських військ і дислокуються розосереджено. "
           "Міністр додав, що наразі ідентифіковано близько 12 000 північнокорейських солдатів, але більшість з них все ще проходить навчання.",
     [("близько 12 000", MOD_UA)]),
    # the first report and a next sentence opening with its attribution: the lead of
    # https://www.pravda.com.ua/eng/news/2025/12/24/8013291 ("Source: Yonhap" there, said here as
    # the attribution opening the next sentence, with that report's "The letter was handed over
    # in early December.")
    ("en", "Two North Korean soldiers captured in Ukraine while fighting on Russia's side have written a letter expressing their wish to go to South Korea.\n"
           "According to Yonhap, a South Korean news outlet, the letter was handed over in early December.",
     [("Two", MEDIA)]),
    # a paragraph detailing the report before: https://censor.net/ua/news/3572712/kndr-vidpravlyatyme-tysyachi-pratsivnykiv-na-oboronni-pidpryyemstva-rf
    # (its third paragraph opened with "Зокрема," for "За його словами,")
    ("uk", "Про це в інтерв’ю Укрінформу повідомив заступник начальника Головного управління розвідки Міноборони України Вадим Скібіцький, передає Цензор.НЕТ.\n\n"
           "Зокрема, перша тисяча північнокорейських працівників уже прибула до Курської області, де їх залучають для відновлення доріг та інженерного обладнання оборонних рубежів.",
     [("тисяча", HUR)]),
    # the same in Russian: https://censor.net/ru/news/3572712/kndr-budet-otpravlyat-tysyachi-rabotnikov-na-oboronnye-predpriyatiya-rf
    ("ru", "Об этом в интервью Укринформу сообщил заместитель начальника Главного управления разведки Минобороны Украины Вадим Скибицкий, передает Цензор.НЕТ.\n\n"
           "В частности, первая тысяча северокорейских работников уже прибыла в Курскую область, где их привлекают для восстановления дорог и инженерного оборудования оборонительных рубежей.",
     [("тысяча", HUR)]),
    # an outlet citing unnamed intelligence: the NIS paragraph of https://bytesde.com/722073,
    # then an outlet's sentence in the form of https://www.saarbruecker-zeitung.de/nachrichten/politik/topthemen/soldat-aus-nordkorea-flieht-nach-suedkorea_aid-34865239
    # ("Das berichtet die südkoreanische Nachrichtenagentur Yonhap unter Berufung auf …")
    ("de", "In einem Briefing vor der Nationalversammlung am Montag teilte der Nationale Geheimdienst den Gesetzgebern mit, dass er die Gesamtzahl der Todesopfer und Verletzten der nordkoreanischen Truppen auf über 3.000 schätzt.\n"
           "Etwa 300 nordkoreanische Soldaten seien getötet worden, berichtete die südkoreanische Nachrichtenagentur Yonhap unter Berufung auf Geheimdienstinformationen.",
     [("über 3.000", NIS), ("Etwa 300", NIS)]),
]


test_the_source_around_the_figure = case_test(
    READ_RIGHT, assert_figures_read, columns=("figure_text", "claimant"))


NEAR_MISSES = [
    # the minister named with his name, or a sentence with no figure after "по словам министра"
    # https://www.koreadailyus.com/north-has-shipped-6700-containers-of-munitions-to-russia-says-souths-defense-chief/
    ("en", "Speaking at a press conference on Monday, Defense Minister Shin Won-sik said the South Korean government estimates that the scale of the North's shipments to Russia is equivalent to approximately 3 million rounds of 152-millimeter artillery shells or 500,000 122-millimeter shells.\n\n"
           "Shipments have not been limited to those from the North to Russia, according to the defense minister, who noted that the volume of containers traveling in the opposite direction appeared 30 percent larger.",
     [("approximately 3 million", MND), ("500,000", MND)]),
    # https://m24.ru/news/politika/19032024/675724
    ("ru", "КНДР якобы отправила в Россию 7 тысяч контейнеров с боеприпасами и другим военным оборудованием. Об этом заявил министр обороны Южной Кореи Син Вон Сик, сообщает Sky News.\n\n"
           "Он уточнил, что ранее КНДР использовала для трансграничных поставок оружия корабли. Теперь же, по словам министра, КНДР использует для них железную дорогу.",
     [("7 тысяч", MND)]),
    # https://www.firstpost.com/world/ukraine-confirms-fighting-north-korean-soldiers-at-russian-front-seoul-state-media-13832025.html/amp
    ("en", "Umerov did not give much details about when and where the fighting took place. The defence minister, however, said about 3,000 North Korean soldiers were deployed in the northeast, east and southeast locations on a 1,500-km-long front line.",
     [("about 3,000", MOD_UA)]),
    # "Зокрема," after a sentence naming nobody: nothing to carry
    # (pages corpus, the Bloomberg report of 1,500 troops and 8 million shells)
    ("uk", "У документах розвідки також викладено деталі масштабів постачання зброї з Північної Кореї для підтримки військових операцій Росії в її війні проти України. "
           "Зокрема, від серпня минулого року Пхеньян відправив приблизно 8 мільйонів снарядів північнокорейського виробництва калібру 122 мм і 152 мм.",
     [("приблизно 8 мільйонів", "Unattributed")]),
    # a speaker citing intelligence authorities is the speaker's
    # https://www.firstpost.com/world/ukraine-confirms-fighting-north-korean-soldiers-at-russian-front-seoul-state-media-13832025.html/amp
    ("en", "\"We understand that more than 10,000 North Korean troops are currently in Russia, and a significant number of them have moved to the frontline areas including Kursk,\" Jeon Ha-kyou, a spokesperson for Seoul's defence ministry, told a briefing, citing intelligence authorities.",
     [("more than 10,000", MND)]),
    # intelligence named: https://www.svoboda.org/a/razvedka-yuzhnoy-korei-v-rossiyu-budut-otpravleny-esche-6-tys-soldat-iz-kndr/33519801.html
    ("ru", "Северная Корея собирается отправить в Россию дополнительно 6 тысяч своих солдат, сообщает южнокорейское информационное агентство Yonhap со ссылкой на доклад представителей разведки Южной Кореи \"на закрытом брифинге\" перед законодателями страны.",
     [("дополнительно 6 тысяч", NIS)]),
    # lawmakers citing their country's intelligence: https://iarex.ru/news/148741.html
    ("ru", "Около 600 северокорейских военнослужащих погибли, сражаясь на стороне России против Украины из 15 000 прибывших в страну солдат, сообщили южнокорейские законодатели со ссылкой на разведывательное управление страны, писало агентство Reuters.",
     [("Около 600", NIS), ("15 000", NIS)]),
    # https://amp.my.ua/news/cluster/2024-12-19-blizko-sotni-pivnichnokoreitsiv-zaginuli-u-viini-proti-ukrayini-a-sered-tisiachi-poranenikh-mozhut-buti-generali-yonhap/54d868f4-e34e-72b2-7304-7e4722a4a19c
    ("uk", "Парламентський комітет Південної Кореї під час закритого брифінгу повідомив, що щонайменше 100 північнокорейських військових загинули у бойових діях проти України.\n"
           "Про це інформує Yonhap.\n"
           "Тим часом кількість поранених може сягнути до тисячі, додали там, посилаючись на розвідувальну службу.",
     [("щонайменше 100", NIS), ("до тисячі", NIS)]),
    # the lead whose next sentence closes the report (the older rule): https://report.az/ru/drugie-strany/severnaya-koreya-poteryala-do-2-tys-soldat-v-ukraine
    ("ru", "Около 2 тыс. северокорейских военных погибли в Украине в боях на стороне вооруженных сил РФ.\n\n"
           "Как передает Report со ссылкой на агентство Yonhap, об этом сообщили в разведывательном управлении Северной Кореи.",
     [("Около 2 тыс.", MEDIA)]),
    # a lead naming its source, the next paragraph opening with "According to sources, …"
    # https://ai.news.ge/content_wordai-128
    ("en", "The BBC has uncovered a shocking reality of thousands of North Koreans being sent to work in slave-like conditions in Russia. The laborers, mostly men, are being exploited to fill the severe labor shortage caused by Russia’s ongoing invasion of Ukraine.\n"
           "According to sources, including government officials and researchers, Moscow is increasingly relying on North Korean laborers to help with the war effort. With many Russian men either killed or tied up fighting, Pyongyang has been dispatching tens of thousands of workers to Russia since last year.",
     [("thousands", MEDIA), ("tens of thousands", "Unattributed")]),
]


test_near_misses_read_as_before = case_test(
    NEAR_MISSES, assert_figures_read, columns=("figure_text", "claimant"))


def _anaphor(code: str, kind: str) -> re.Pattern[str]:
    table = carry_further(ARTICLE_TABLES[code]["carry"])["anaphors"]
    spaced = code not in ("ko", "ja")
    return re.compile(words_pattern([p for p, k in table.items() if k == kind], spaced))


@pytest.mark.parametrize(("code", "sentence", "found"), [
    # the title alone in real sentences
    ("uk", "Міністр додав, що наразі ідентифіковано близько 12 000 північнокорейських солдатів", True),
    ("ru", "Теперь же, по словам министра, КНДР использует для них железную дорогу.", True),
    ("fr", "nous continuerons à analyser et examiner respectivement\", a déclaré le ministre.", True),
    ("en", "The minister said he expects that five units, each consisting of about 3,000 soldiers, will be deployed", True),
    # a foreign minister, or the title before a name, is none
    ("uk", "За словами міністра закордонних справ, …", False),
    ("es", "según el ministro de Relaciones Exteriores", False),
    ("en", "The defence minister, however, said about 3,000 North Korean soldiers were deployed", False),
])
def test_the_minister_forms(code: str, sentence: str, found: bool) -> None:
    assert bool(_anaphor(code, "minister").search(sentence.lower())) is found


@pytest.mark.parametrize(("code", "sentence", "found"), [
    ("de", "berichtete die südkoreanische Nachrichtenagentur Yonhap unter Berufung auf Geheimdienstinformationen.", True),
    ("uk", "Про це пише Yonhap із посиланням на дані розвідки.", True),
    ("uk", "додали там, посилаючись на розвідувальну службу.", True),
    ("ru", "добавил Ли, ссылаясь на сообщения разведки.", True),
    ("en", "told a briefing, citing intelligence authorities.", True),
    # intelligence named by its country is a named source, no anaphor
    ("uk", "з посиланням на розвідку України", False),
    ("ru", "со ссылкой на разведку США", False),
])
def test_unnamed_intelligence_forms(code: str, sentence: str, found: bool) -> None:
    assert bool(_anaphor(code, "agency").search(sentence.lower())) is found


@pytest.mark.parametrize(("code", "sentence", "opens"), [
    # https://news.kbs.co.kr/news/pc/view/view.do?ncd=8099277
    ("en", "In particular, since DPRK troops are mixed in with the Russian forces disguised as Mongolian Buryats, he said that accurate casualty or prisoner information will be announced", True),
    ("uk", "Зокрема, від серпня минулого року Пхеньян відправив приблизно 8 мільйонів снарядів", True),
    # inside a sentence it opens nothing (censor.net, ru)
    ("ru", "В то же время другие специалисты направляются на предприятия, производящие боеприпасы и вооружение, в частности танки, БТР, БМП и БПЛА.", False),
])
def test_detail_openers(code: str, sentence: str, opens: bool) -> None:
    assert bool(carry_cues(code).adds.match(sentence.lower(), 0)) is opens
