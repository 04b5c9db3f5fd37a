"""Rules of helper art35d (issue 16, session 35): the claimant on the recent rounds.

The claimant errors of the recent rounds (round_16zz2*, 16zz3*, 16zz40-42: 98 matched figures
with the wrong claimant on main 0c4ec1b3) were listed with the sentence and the one before
(``/work/notes/s35/art35d_tmp/errs_before.txt``), grouped, and checked against the codebook's
claimant rules. The classes fixed, each a form of a language or of a neighbourhood of them:

* es writes "Estados Unidos" as the doubled-capital plural abbreviation "EE. UU.", and its
  full stop before "UU." ended a sentence ("Funcionarios de EE." | "UU. y Ucrania han
  corroborado …"): the source fell off its figure. A doubled capital's stop before another
  doubled capital's ("EE. UU.", "FF. AA.") ends none.
* a joint claim whose second side is counted: "citing one Ukrainian and two U.S. officials",
  "Unter Berufung auf einen ukrainischen und zwei amerikanische Beamte": an adjective of one
  country, "and", a small number, then a name of another country's body is one body of two
  sides, as "Ukrainian and American officials" already was.
* a body and its own government in one sentence, each with its own speech verb in its own
  clause ("un portavoz del Pentágono de EE. UU. dijo que …, y al día siguiente un funcionario
  estadounidense no identificado dijo que había habido "varios cientos""): the broader name
  no longer gives way to the body (it speaks the figure's clause), as an "according to" of
  another clause already kept it.
* NPR ("National Public Radio") is an outlet in every language, as CNN is.
* impersonal estimates (the codebook's convention: the report ends at them): en in the past
  ("were believed to be", "was thought to") and first reports nobody is named for ("Initial
  reports indicated that …"); ko the writer's outlook closing the sentence ("보낼 전망이다");
  ja an estimate told as later than the report before ("その後の推定では").

Sentences are from the labelled sets (their id), from stored pages (their address), or written
in their form (said so). Expected values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

from analysis.articles.reader import split_sentences

JOINT = "Several governments jointly"
US = "US government (unspecified)"
DOD = "US Department of Defense"
MEDIA = "News media (own reporting)"
NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
NOBODY = "Unattributed"


# -- es "EE. UU.": no sentence end -------------------------------------------------------------

def test_doubled_capital_abbreviation_ends_no_sentence():
    text = "Funcionarios de EE. UU. y Ucrania dijeron. Otra frase."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Funcionarios de EE. UU. y Ucrania dijeron.", "Otra frase."]
    # the second pair's stop still ends a sentence before a capital
    text = "Lo dijo EE. UU. Corea del Norte envió tropas."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Lo dijo EE. UU.", "Corea del Norte envió tropas."]
    # near miss: one capital pair alone is no plural abbreviation ("la UE. UU." is none)
    text = "Vino de la UE. Luego se fue."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Vino de la UE.", "Luego se fue."]


def test_eeuu_and_ukraine_officials_joint():
    # round_16zz35 es-16zz35-automagazine-12000
    text = ("Funcionarios de EE. UU. y Ucrania han corroborado el aumento de la participación de "
            "Corea del Norte, que supuestamente incluye un contingente de 12,000 tropas con 500 "
            "oficiales y tres generales.")
    assert _read(text, "es") == [["12,000", "deployed", JOINT, 12000.0]]


def test_eeuu_speaking_es():
    # es-us.noticias.yahoo.com/informe-gori-ee-uu-confirma-160705873.html (headline, the number
    # of its body: "se trata de 3.000 militares")
    text = "Informe desde Gori: EE. UU. confirma presencia de 3.000 soldados norcoreanos en Rusia."
    assert _read(text, "es") == [["3.000", "deployed", US, 3000.0]]
    # written: "según EE. UU. y Corea del Sur" (voz-del-pueblo.com's "según EE. UU.")
    text = ("Corea del Norte ha enviado más de 3.000 soldados a Rusia, según EE. UU. y Corea "
            "del Sur.")
    assert _read(text, "es") == [["más de 3.000", "deployed", JOINT, 3000.0]]


# -- a joint claim whose second side is counted ---------------------------------------------

def test_one_ukrainian_and_two_american_officials_de():
    # round_16zz33 de-16zz33-bytesde-nyt-5000
    text = ("Unter Berufung auf einen ukrainischen und zwei amerikanische Beamte sagte die New "
            "York Times am Freitag, dass mehrere tausend nordkoreanische Soldaten in der Region "
            "eingetroffen seien.")
    assert _read(text, "de") == [["mehrere tausend", "deployed", JOINT, 2000.0]]


def test_one_ukrainian_and_two_us_officials_en():
    # the New York Times report of 25 October 2024 as outlets relayed it (am1.news: "Ukrainian
    # and American officials said last week that several thousand North Korean troops had
    # already arrived in the Kursk area"); the counted form written as relayed
    text = ("Ukrainian and American officials said last week that several thousand North "
            "Korean troops had already arrived in the Kursk area.")
    assert _read(text, "en") == [["several thousand", "deployed", JOINT, 2000.0]]
    text = ("The New York Times reported, citing a Ukrainian and two American officials, that "
            "several thousand North Korean soldiers had arrived in Kursk.")
    assert _read(text, "en") == [["several thousand", "deployed", JOINT, 2000.0]]


def test_counted_officials_of_one_country_stay_that_government():
    # near miss (written): no second country's adjective before "and"
    text = "Two U.S. officials said 3,000 North Korean troops had arrived in Kursk."
    assert _read(text, "en") == [["3,000", "deployed", US, 3000.0]]


# -- a body and its government, each speaking its own clause ---------------------------------

def test_government_speaking_its_own_clause_keeps_its_figure():
    # devset es-hoy (its "EE. UU." now one sentence with the Pentagon)
    text = ("El lunes, un portavoz del Pentágono de EE. UU. dijo que habían muerto "
            "norcoreanos, sin dar un número, y al día siguiente un funcionario estadounidense no "
            "identificado dijo que había habido \"varios cientos\" de muertos o heridos.")
    assert _read(text, "es") == [["varios cientos", "killed_or_wounded", US, 200.0]]
    # written in its form (en)
    text = ("The Pentagon said 10,000 North Korean troops were in Russia, and a US official said "
            "another 3,000 had arrived in Kursk.")
    assert _read(text, "en") == [["10,000", "deployed", DOD, 10000.0],
                                 ["another 3,000", "additional_deployed", US, 3000.0]]


def test_body_and_government_joined_stay_the_body():
    # near miss (written): one clause, the two joined as one subject
    text = "US officials and the Pentagon said 3,000 North Korean troops were in Kursk."
    assert _read(text, "en") == [["3,000", "deployed", DOD, 3000.0]]


# -- NPR ------------------------------------------------------------------------------------

def test_npr_is_an_outlet():
    # round_16zz40 es-16zz40-larepublica-lauer-10000-3000-1000 (written shorter)
    text = ("En EEUU National Public Radio informó sobre 1.000 bajas norcoreanas en la primera "
            "semana.")
    assert _read(text, "es") == [["sobre 1.000", "killed_or_wounded", MEDIA, 1000.0]]
    # written: ctpublic.org's "NPR's Brian Mann reports" in the form of a relayed report
    text = "NPR reported that about 1,000 North Korean soldiers had been killed or wounded."
    assert _read(text, "en") == [["about 1,000", "killed_or_wounded", MEDIA, 1000.0]]


# -- impersonal estimates --------------------------------------------------------------------

def test_were_believed_to_is_impersonal():
    # round_16zz35 en-16zz35-moneycontrol-shoigu-5000-1000
    text = ("South Korean intelligence reported earlier this year that roughly 15,000 North "
            "Korean labourers are already working in Russia, despite United Nations Security "
            "Council sanctions that prohibit such labour exports. In 2023, only 4,000 North "
            "Korean construction workers were believed to be in Russia.")
    assert _read(text, "en") == [["roughly 15,000", "workers_sent", NIS, 15000.0],
                                 ["4,000", "workers_sent", NOBODY, 4000.0]]


def test_initial_reports_indicated_is_impersonal():
    # round_16zz35 en-16zz35-hindustandot-11000-3000
    text = ("In fact, fresh North Korean troops continue to rotate into combat to replace those "
            "lost, Ukrainian military intelligence said. Initial reports indicated that these "
            "troops took roughly 3,000 casualties in their first 40 days, but after a number of "
            "weeks in theater they adapted to combat and their losses slowed to around 1,000.")
    assert _read(text, "en") == [["roughly 3,000", "killed_or_wounded", NOBODY, 3000.0],
                                 ["around 1,000", "killed_or_wounded", NOBODY, 1000.0]]


def test_named_reports_stay_their_source():
    # near miss (written): a source's own report is no impersonal one
    text = "Ukrainian military intelligence said 11,000 North Korean soldiers were in Kursk."
    assert _read(text, "en") == [["11,000", "deployed", HUR, 11000.0]]


def test_outlook_closing_the_sentence_is_impersonal_ko():
    # round_16zz35 ko-16zz35-newspic-moneys-dia-1500-13000
    text = ("앞서 국가정보원은 지난 18일 북한군 특수부대 1500여명이 러시아 "
            "블라디보스토크로 향했다고 밝혔다. 북한은 순차적으로 총 1만2000명의 지원 "
            "병력을 우크라 전선에 보낼 전망이다.")
    assert _read(text, "ko")[-1] == ["1만2000명", "deployed", NOBODY, 12000.0]
    # written: the polite style of broadcasters
    text = ("국정원은 북한군 1만여명이 러시아에 파병됐다고 밝혔다. 북한은 연말까지 추가로 3000명을 "
            "더 보낼 전망입니다.")
    assert _read(text, "ko")[-1] == ["추가로 3000명", "additional_deployed", NOBODY, 3000.0]


def test_outlook_a_source_states_stays_its_own_ko():
    # near miss (written): "전망이라고 밝혔다", the source saying so
    text = "국정원은 북한이 연말까지 1만2000명을 파병할 전망이라고 밝혔다."
    assert _read(text, "ko") == [["1만2000명", "deployed", NIS, 12000.0]]


def test_later_estimate_is_impersonal_ja():
    # round_16zz2 ja-16zz2-bbcjp-kim-bereaved-families
    text = ("西側当局は1月、北朝鮮から派遣された兵士のうち少なくとも1000人が3カ月以内に死亡し、"
            "数千人が負傷したとの見方をBBCに示した。その後の推定では、死者は600人近くとみられている。")
    assert _read(text, "ja")[-1] == ["600人近く", "killed", NOBODY, 600.0]
