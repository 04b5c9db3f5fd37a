# ruff: noqa: E501 (the sentences are data, as written)
"""A speaker relaying his own government's intelligence (session 23, helper 23as).

The claimant errors of the later labelled rounds (16zy2-16zy12, 16zz2-16zz11) read at the
session's start: 162 (docs/articles.md, "A speaker and his own intelligence (23as)"). One
class built, for every language with spaces (the rule reads the claimant names and the
attribution words the tables already give, no new table):

- *a minister or a president relaying his own government's intelligence* ("Zelenski aseguró
  que los servicios de inteligencia ucranianos han detectado …", "According to Shin Won-sik,
  South Korean intelligence agencies saw …", "За даними української розвідки, заявив
  Зеленський, …"): the speaker is the source, not the body he cites
  (:func:`analysis.articles.speaker.own_intelligence`).

Near misses: a lawmaker relaying the NIS (a relay, the NIS's), intelligence speaking alone, a
body of the same government that is no intelligence body ("the South Korean military
detected"), a body with an "according to" of its own in a later clause, two sources of two
countries. The real sentences carry their addresses (the ``search`` tool's pages corpus);
those marked *constructed* are written in the form of the labelled cases, where no stored page
had it with a figure of the story. The expected values are written by hand.
"""

from __future__ import annotations

from article_sets import assert_figures_read
from figure_sets import case_test

ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
HUR = "Ukraine Defence Intelligence (HUR)"
SBU = "Security Service of Ukraine (SBU)"
NIS = "South Korea National Intelligence Service (NIS)"
MND = "South Korea Ministry of National Defense"

CLAIMANTS = ("figure_text", "claimant")

READ = [
    # https://elarsenal.net/?p=1190841 (EFE)
    ("es", "El presidente ucraniano, Volodímir Zelenski, aseguró este jueves que los servicios de inteligencia ucranianos han detectado que Corea del Norte se está preparando para enviar a Ucrania 10.000 soldados y ayudar así a Rusia en su invasión.",
     [("10.000", ZELENSKY)]),
    # constructed (the form of the labelled en-16zy7 case: a minister and his intelligence)
    ("en", "Defense Minister Shin Won-sik said South Korea's National Intelligence Service has detected about 6,700 containers sent from North Korea to Russia since September.",
     [("about 6,700", MND)]),
    # constructed (the form of the labelled uk-16zz10 case: "за даними розвідки, заявив")
    ("uk", "За даними української розвідки, заявив Зеленський, невдовзі Росія матиме понад 12 тисяч північнокорейських військових.",
     [("понад 12 тисяч", ZELENSKY)]),
    # constructed
    ("de", "Selenskyj sagte, der ukrainische Militärgeheimdienst habe festgestellt, dass etwa 11.000 nordkoreanische Soldaten in der Region Kursk stationiert seien.",
     [("etwa 11.000", ZELENSKY)]),
    # constructed (the form of the labelled es-16zy12 case: the SBU in the president's words)
    ("en", "Zelensky said the Security Service of Ukraine was questioning two captured North Korean soldiers in Kyiv.",
     [("two", ZELENSKY)]),
]

UNCHANGED = [
    # https://abc.com.py/internacionales/2024/10/23/zelenski-pide-mas-presion-para-disuadir-a-pyongyang-de-intervenir-en-la-guerra-en-europa
    ("es", "Fuentes de la inteligencia surcoreana afirmaron la semana pasada que Moscú y Pyongyang trabajan para el despliegue en el campo de batalla con el Ejército ruso de 12.000 soldados norcoreanos.",
     [("12.000", NIS)]),
    # AP, "South Korea’s spy agency says North Korea shipped more than a million artillery shells to Russia" (stored copies, e.g. http://workcore.fastseoul.com/html/855c73898406.html)
    ("en", "According to lawmaker Yoo Sang-bum, the South Korean National Intelligence Service believes the North shipped more than a million artillery shells to Russia through ships and other transport means since early August.",
     [("more than a million", NIS)]),
    # https://pledgetimes.com/north-korea-helped-russia-with-5000-containers-says-seoul/
    ("en", "At a news conference in Seoul, Shin said the volume of containers that the South Korean military detected being transferred in October from the port of Rason in northeastern North Korea to a port near Vladivostok in Russia's far east was of around 5,000.",
     [("around 5,000", "South Korea military (unspecified)")]),
    # http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188526
    ("en", "Ukrainian President Volodymyr Zelenskyy said his country has intelligence information suggesting that North Korea is preparing to send ten-thousand troops to join Russian forces in the fight against his country.",
     [("ten-thousand", ZELENSKY)]),
    # constructed (the devset's es-lapagina form: the body's own "según" in a later clause)
    ("es", "Esta semana Zelenski cifró en 4.000 las bajas norcoreanas en la región rusa de Kursk, donde según los servicios de seguridad de Kiev se han desplegado 11.000 efectivos norcoreanos.",
     [("4.000", ZELENSKY), ("11.000", SBU)]),
    # constructed: two countries' sources, each its own
    ("en", "The Pentagon said about 1,000 North Korean troops had been killed or wounded, while South Korea's spy agency put the figure at 3,000.",
     [("about 1,000", "US Department of Defense"), ("3,000", NIS)]),
]


test_the_speaker_relaying_his_own_intelligence_is_the_source = case_test(READ, assert_figures_read, columns=CLAIMANTS)
test_near_misses_keep_their_source = case_test(UNCHANGED, assert_figures_read, columns=CLAIMANTS)
