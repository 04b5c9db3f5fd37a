"""The article reader on the en/de/fr/es error classes of round 16a (issue 16, lead).

Round 16a was scored untuned (``test_articles_heldout_16ab.py``), then made a development
round; the sentences below are from its articles (URL given), each expected value written by
hand from the sentence. Each class is fixed for the language, not for the sentence: what a
side has published ("nach ukrainischen Angaben", "selon des estimations ukrainiennes"),
North Korea's state media as a body of a country ("la prensa estatal de Pyongyang", "les
médias de Pyongyang"), a body "in" a capital ("der Geheimdienst in Kiew"), a list of
adjectives on one body, "lost N soldiers", members of a regiment, the other side that lost,
kinds of things ("several types of missiles"), a number told again after a definite article,
a quoted paragraph closed by "- X said", a paragraph opening with its number, a report's
author named once ("a new report by …"), a number word's article ("al menos un centenar").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

KYIV = "Ukrainian government (unspecified)"
HUR = "Ukraine Defence Intelligence (HUR)"
NORTH_KOREA = "North Korea (state media and leadership)"
JOINT = "Several governments jointly"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
NIS = "South Korea National Intelligence Service (NIS)"
UNATTRIBUTED = "Unattributed"


def _read(lang: str, text: str) -> list[tuple[str, str, str]]:
    found = extract_figures(text, lang, "2025-12-13")
    return list(zip(found["figure_text"], found["metric"], found["claimant"], strict=True))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # de.webworld.one: "nach ukrainischen Angaben" after the figure (a statement, not the
    # destination "nach")
    ("de",
     "Tausende nordkoreanische Soldaten kämpfen nach ukrainischen Angaben in der Grenzregion "
     "Kursk an der Seite von Moskaus Truppen im Krieg Russlands.",
     [("Tausende", "deployed", KYIV)]),
    # brf.be: the intelligence service "in Kiew" is Ukraine's (HUR)
    ("de",
     "Demnach seien allein in ein Krankenhaus bei Moskau binnen weniger Tage mehr als 200 "
     "verletzte Nordkoreaner eingeliefert worden, teilte der Geheimdienst in Kiew mit.",
     [("mehr als 200", "wounded", HUR)]),
    # lanacion.com.ar: North Korea's state press, named after the figure
    ("es",
     "Una unidad de ingenieros militares norcoreanos fue desplegada durante cuatro meses para "
     "desminar la región rusa de Kursk, una misión en la que murieron nueve soldados, informó "
     "este sábado la prensa estatal de Pyongyang.\n"
     "Corea del Norte ha enviado miles de militares para luchar por Moscú.",
     [("nueve", "killed", NORTH_KOREA), ("miles", "deployed", UNATTRIBUTED)]),
    # blick.ch: "les médias de Pyongyang"
    ("fr",
     "Neuf soldats nord-coréens ont été tués au cours de cette mission de déminage, ont "
     "annoncé samedi les médias de Pyongyang.",
     [("Neuf", "killed", NORTH_KOREA)]),
    # infobae.com: three adjectives listed on one body are a joint claim
    ("es",
     "De acuerdo con fuentes surcoreanas, ucranianas y occidentales, Corea del Norte envió "
     "aproximadamente 14.000 soldados para enfrentar el avance ucraniano de agosto de 2024.",
     [("aproximadamente 14.000", "deployed", JOINT)]),
    # blick.ch (headline): a side that "lost" soldiers lost them killed or wounded
    ("fr", "Pyongyang a perdu neuf soldats dans la région russe de Koursk",
     [("neuf", "killed_or_wounded", UNATTRIBUTED)]),
    # news-pravda.com: members of the regiment are its soldiers; the paragraph opens with its
    # number after a paragraph ending "… (KCNA)."
    ("fr",
     "Saluant le retour d'un régiment du génie nord-coréen, Kim a noté qu'ils avaient écrit "
     "des lettres, selon l'Agence de presse centrale coréenne (KCNA).\n"
     "Neuf membres du régiment sont morts au cours du déploiement de 120 jours qui a débuté en "
     "août, a déclaré Kim dans son discours lors d'une cérémonie de bienvenue vendredi, a "
     "rapporté KCNA.",
     [("Neuf", "killed", NORTH_KOREA)]),
    # unn.ua: the Russians' own losses are no figure; the DPRK's are
    ("en",
     "Russians have lost up to 35,000 troops in the Kursk direction, including soldiers from "
     "the DPRK, who suffered losses of up to 4,000 troops.",
     [("up to 4,000", "killed_or_wounded", UNATTRIBUTED)]),
    # diarioelpopular.com: Russia's losses, and a daily rate, are no figures of the story
    ("es",
     "Rusia está sufriendo grandes pérdidas en el frente, con aproximadamente 1.200 soldados "
     "perdidos cada día.", []),
    # dailydot.asia: kinds of missiles, not a count of them
    ("en",
     "North Korea has likely supplied several types of missiles to Russia to support its war "
     "in Ukraine, South Korea's military said Thursday.", []),
    # lanacion.com.ar: "las nueve víctimas" are the nine dead told before
    ("es",
     "Una unidad de ingenieros militares norcoreanos fue desplegada en Kursk, una misión en la "
     "que murieron nueve soldados, informó este sábado la prensa estatal de Pyongyang.\n"
     "El líder otorgó a las nueve víctimas el título de \"Héroes de la República Popular "
     "Democrática de Corea\", añadió KCNA.",
     [("nueve", "killed", NORTH_KOREA)]),
])
def test_round16a_classes(lang, text, expected):
    assert _read(lang, text) == expected


def test_quoted_paragraph_closed_by_a_dash():
    # unn.ua: the outlet drops the quotation marks and closes the paragraph "- Zelensky said."
    text = ("Russians have lost up to 35,000 troops in the Kursk direction. This was stated by "
            "President of Ukraine Volodymyr Zelenskyy in an interview with Polish media, UNN "
            "reports.\n"
            "As you can see, the Russians are not doing so well on the frontline. We see 12 "
            "thousand North Korean soldiers who came to Ukraine to fight against us. 4 thousand "
            "were killed. They suffered heavy losses. The Russians have suffered great losses - "
            "Zelensky said.")
    assert _read("en", text) == [("12 thousand", "deployed", ZELENSKY),
                                 ("4 thousand", "killed", ZELENSKY)]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    # the same class in each language: what a side published is its government's claim
    ("en", "According to Ukrainian estimates, 3,000 North Korean soldiers were killed.", KYIV),
    ("fr", "Selon des estimations ukrainiennes, 3000 soldats nord-coréens ont été tués.", KYIV),
    ("de", "Nach ukrainischen Angaben sind 3000 nordkoreanische Soldaten getötet worden.", KYIV),
    ("es", "Según cifras ucranianas, 3.000 soldados norcoreanos murieron.", KYIV),
    ("en", "North Korean state media said 101 soldiers were killed in Kursk.", NORTH_KOREA),
    ("de", "Nach Angaben der nordkoreanischen Staatsmedien wurden 101 Soldaten getötet.",
     NORTH_KOREA),
    ("es", "Según los medios estatales norcoreanos, 101 soldados murieron en Kursk.",
     NORTH_KOREA),
])
def test_published_by_a_side(lang, text, claimant):
    assert extract_figures(text, lang, "2025-12-13")["claimant"].tolist() == [claimant]


MSMT = "Multilateral Sanctions Monitoring Team (MSMT)"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # truthlensai.com (16m): "a new report by an international watchdog", named in the next
    # sentence ("The report was released Thursday by the … (MSMT)")
    ("en",
     "North Korea has sent soldiers and millions of munitions, including missiles and rockets, "
     "to Russia over the past year, according to a new report by an international watchdog. "
     "The report was released Thursday by the Multilateral Sanctions Monitoring Team (MSMT), "
     "an initiative made up of 11 United Nations members.",
     [("millions", "materiel_sent", MSMT)]),
    # oszar.com (16m): a headline citing "un informe internacional", its author named below
    ("es",
     "Rusia recibió miles de tropas y millones de municiones de Corea del Norte, según un "
     "informe internacional\n"
     "El documento también denuncia la transferencia de lanzacohetes, vehículos militares y "
     "al menos un centenar de misiles balísticos norcoreanos, muchos de los cuales fueron "
     "empleados contra infraestructura civil.\n"
     "Corea del Norte le ha suministrado a Rusia una cantidad masiva de ayuda militar en el "
     "último año, incluyendo armamento pesado, misiles balísticos y más de 14.000 soldados, en "
     "un esfuerzo por impulsar la ofensiva contra Ucrania. Así lo revela un informe reciente "
     "publicado por el Equipo de Monitoreo de Sanciones Multilaterales (MSMT), una entidad "
     "conformada por once países de las Naciones Unidas que rastrea las violaciones a las "
     "sanciones internacionales.",
     [("miles", "deployed", MSMT), ("millones", "materiel_sent", MSMT),
      ("al menos un centenar", "materiel_sent", MSMT), ("más de 14.000", "deployed", MSMT)]),
    # two reports by two authors: "the report" is neither's
    ("en",
     "North Korea has sent 11,000 soldiers, according to a report. A report by the "
     "Multilateral Sanctions Monitoring Team (MSMT) described the shipments, and a report by "
     "the Institute for the Study of War (ISW) the fighting.",
     [("11,000", "deployed", UNATTRIBUTED)]),
])
def test_the_report_and_its_author(lang, text, expected):
    assert _read(lang, text) == expected


MATSEGORA = "Russian ambassador to North Korea (Alexander Matsegora)"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # die-nachrichten.at (16w): a headline's figure is the story its lead attributes
    ("en",
     "Hundreds of injured Russian soldiers treated in North Korea\n"
     "North Korea has treated a large number of injured Russian soldiers who were violated in "
     "the Ukraine conflict. This was explained by the Russian ambassador in Pyongyang, "
     "Alexander Matsegora, in a comprehensive interview with the State Medium Rossiyskaya "
     "Gazeta, which was released on Sunday.",
     [("Hundreds", "treated_in_north_korea", MATSEGORA)]),
    # two sources in the lead: the headline's figure is neither's
    ("en",
     "Hundreds of North Korean soldiers killed in Kursk\n"
     "Ukraine's military intelligence said North Korean units suffered heavy losses, while "
     "South Korea's spy agency said it could not confirm the toll.",
     [("Hundreds", "killed", UNATTRIBUTED)]),
])
def test_headline_takes_the_lead_source(lang, text, expected):
    assert _read(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # europesays.com (16k): the workers whose accounts the outlet gathered are no count
    ("fr", "La BBC a récupéré les témoignages de six travailleurs nord-coréens qui sont parvenus "
           "à fuir le pays pour échapper à un traitement « proche de l’esclavage »."),
    # larazon.pe (16w): losses of the combined Russian and North Korean forces are not ours
    ("es", "La inteligencia ucraniana había informado previamente que, hasta mediados de "
           "diciembre, unas 200 bajas, entre muertos y heridos, habían sido registradas entre "
           "las fuerzas combinadas rusas y norcoreanas en Kursk."),
    # primenewsmonde.bj (16w): "the two men" are Shoigu and Kim, named before
    ("fr", "La rencontre entre le dirigeant nord-coréen et Shoigu a eu lieu mardi à Pyongyang où "
           "les deux hommes ont discuté d’une « opération militaire spéciale » dans la région de "
           "Koursk."),
])
def test_no_figure_of_the_story(lang, text):
    assert _read(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    # a country right after a speech verb is the subject of the reported clause when an
    # auxiliary follows it ("say Russia has deployed"), the speaker at its clause's end
    ("en", "Officials in Seoul say Ukraine has captured two North Korean soldiers in the Kursk "
           "region.", "South Korea government"),
    ("es", "Corea del Norte ha enviado más de 10.000 soldados a Rusia, afirmó Kiev.", KYIV),
    # the US Defense Intelligence Agency, not South Korea's (the sheet's name alone)
    ("en", "The U.S. Defense Intelligence Agency estimated that 11,000 North Korean troops "
           "were in Kursk.", "US Department of Defense"),
    ("fr", "Selon la DIA américaine, 11 000 soldats nord-coréens sont à Koursk.",
     "US Department of Defense"),
])
def test_who_speaks_after_the_verb(lang, text, claimant):
    assert extract_figures(text, lang, "2025-06-01")["claimant"].tolist() == [claimant]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # newslingo.site (16e): the sentences after the report's naming give its findings, with
    # their dates ("last year") and another body named in passing
    ("en",
     "North Korea has provided enough heavy artillery to Russia for three brigades.\n"
     "This, from the very first report by the Multilateral Sanctions Monitoring Team, released "
     "on Thursday.\n"
     "The team serves as an alternative framework to the UN Panel of Experts on North Korean "
     "sanctions monitoring after it was disbanded in March 2024 due to Russia's veto.\n"
     "The North has supplied Russia with over 20-thousand containers worth of artillery shells "
     "and related materials since September 2023.\n"
     "Around nine million artillery and rocket shells were transferred to Russia over 49 cargo "
     "shipments last year.",
     [("over 20-thousand", "materiel_sent", MSMT), ("Around nine million", "materiel_sent", MSMT)]),
    # world.kbs.co.kr (16e): the MSMT by its French name; "le Nord" sends; Russian cargo ships
    # count no Russians
    ("fr",
     "Sept mois après son lancement, l’équipe multilatérale de surveillance des sanctions contre "
     "la Corée du Nord (MSMT), vient de publier son premier rapport. Le rapport affirme que le "
     "Nord a transmis à son allié plus de 20 000 conteneurs d’obus et matériels connexes, dès "
     "septembre 2023. L’an dernier, il lui a livré quelque neuf millions d’obus ainsi que 200 "
     "pièces d’artillerie lourde, via des cargos russes.",
     [("plus de 20 000", "materiel_sent", MSMT), ("quelque neuf millions", "materiel_sent", MSMT),
      ("200", "materiel_sent", MSMT)]),
    # thequickflash (dev set): the figure told in digits, then spelled out in the quotation
    ("fr",
     "Sergueï Choïgou a annoncé l’arrivée prochaine de 5 000 ouvriers militaires nord-coréens. "
     "\"Cinq mille personnes, réunies au sein d’une division d’ouvriers, se chargeront de la "
     "reconstruction de la région de Koursk\", a déclaré Choïgou.",
     [("5 000", "additional_deployed", "Russian Security Council (Sergei Shoigu)")]),
])
def test_a_reports_findings(lang, text, expected):
    assert _read(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # tid.news (16e): the part lost, its group was sent ("über 6.000 der 14.000 … entsandten …
    # getötet oder verwundet"), in each language that writes the part first
    ("de", "Die Initiative folgt auf Schätzungen des Geheimdienstes, wonach über 6.000 der 14.000 "
           "in den Konflikt entsandten nordkoreanischen Soldaten getötet oder verwundet wurden.",
     [("über 6.000", "killed_or_wounded", UNATTRIBUTED), ("14.000", "deployed", UNATTRIBUTED)]),
    ("en", "Over 6,000 of the 14,000 North Korean soldiers sent to the conflict were killed or "
           "wounded, according to South Korean intelligence.",
     [("Over 6,000", "killed_or_wounded", NIS), ("14,000", "deployed", NIS)]),
    # infobae.com (16e): "el 528º Regimiento" is an ordinal, no count
    ("es", "Kim habló en el acto de bienvenida al 528º Regimiento de Ingenieros del Ejército "
           "norcoreano, desplegado a principios de agosto.", []),
])
def test_part_and_whole(lang, text, expected):
    assert _read(lang, text) == expected


def test_a_reports_findings_in_russian():
    # the MSMT by its Russian name; the next sentence gives the report's findings (ru table's
    # report words, the rule of round 16e)
    text = ("Согласно докладу Многосторонней группы по мониторингу санкций, КНДР отправила в "
            "Россию более 20 тысяч контейнеров. В прошлом году Северная Корея отправила около 9 "
            "млн снарядов.")
    assert _read("ru", text) == [("более 20 тысяч", "materiel_sent", MSMT),
                                 ("около 9 млн", "materiel_sent", MSMT)]


def test_the_enemy_is_not_the_side_counted():
    # webjosh.com (16e): "gegen die Ukrainer" names whom they fight; "600 von ihnen" are the
    # North Koreans of the sentence before
    text = ("Tausende Soldaten aus Pjöngjang kämpfen an der Seite der russischen Streitkräfte "
            "gegen die Ukrainer. Laut südkoreanischen Angaben sind 600 von ihnen bereits gefallen.")
    assert _read("de", text) == [("Tausende", "deployed", UNATTRIBUTED),
                                 ("600", "killed", "South Korea government")]


def test_the_enemy_is_not_the_side_counted_in_russian():
    # the same class in Russian (written on the model of the webjosh.com passage)
    text = ("Тысячи северокорейских солдат воюют вместе с российскими военными против украинцев. "
            "По данным разведки Южной Кореи, 600 из них погибли.")
    assert _read("ru", text) == [("Тысячи", "deployed", UNATTRIBUTED), ("600", "killed", NIS)]


# The review of this session's rules (written by a reviewer on the model of real sentences):
# each case read wrong by a first version of a rule and right by the rule as kept.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "us" the pronoun and "figures" / "information" are no statement of a side
    ("en", "Officials gave us figures showing that 3,000 North Korean soldiers were killed.",
     [("3,000", "killed", UNATTRIBUTED)]),
    ("en", "Pyongyang also sends North Korean information technology workers abroad; about 3,000 "
           "of them are in Russia.", [("about 3,000", "workers_sent", UNATTRIBUTED)]),
    # "report" the verb, and a report *on* North Korea's media, name no author
    ("en", "Ukrainian officials report heavy fighting in the Kursk region.\n\nMeanwhile, about "
           "2,000 North Korean soldiers arrived.", [("about 2,000", "deployed", UNATTRIBUTED)]),
    ("en", "A new report on North Korean state media coverage of the war was published on "
           "Monday.\nAbout 3,000 North Korean soldiers were killed in December.",
     [("About 3,000", "killed", UNATTRIBUTED)]),
    # "par rapport à" is no report; "rencontré Kim." does not reach the next paragraph's number
    ("fr", "Les pertes ont doublé par rapport à l'été, selon le renseignement sud-coréen.\n\n"
           "Le président a rencontré Kim.\n\nEnviron 3 000 soldats nord-coréens sont arrivés.",
     [("Environ 3 000", "deployed", UNATTRIBUTED)]),
    # sanctions against North Korea leave North Korea the side counted
    ("en", "Thousands of Ukrainian soldiers have died in the war. Seoul has now imposed new "
           "sanctions against North Korea. About 500 soldiers were killed in Kursk this week, "
           "Ukraine's intelligence said.", [("About 500", "killed", HUR)]),
    # "lost contact with" is no loss; "dijo Kiev a la agencia" is Kiev speaking
    ("en", "Ukraine's intelligence said North Korean units lost contact with 300 soldiers in "
           "Kursk.", [("300", "deployed", HUR)]),
    ("es", "Unos 3.000 soldados norcoreanos murieron en Kursk, dijo Kiev a la agencia EFE.",
     [("Unos 3.000", "killed", KYIV)]),
])
def test_the_reviews_cases(lang, text, expected):
    assert _read(lang, text) == expected
