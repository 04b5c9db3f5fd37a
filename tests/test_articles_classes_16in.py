"""Claimant classes of rounds 16zc and 16ze, en, de, fr, es (helper 16in, docs/articles.md).

Each class has sentences where its rule must fire and sentences where it must not; the
sentences are written for these tests or taken from real articles of the stored pages
(the host is named in a comment).
"""

from __future__ import annotations

import pytest
from article_sets import assert_claimant
from figure_sets import case_test

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
NK = "North Korea (state media and leadership)"
JOINT = "Several governments jointly"


def _claimant(text: str, lang: str, figure: str, published: str | None = None) -> str:
    rows = extract_figures(text, lang, published)
    found = rows[rows["figure_text"].str.contains(figure, regex=False)]
    assert len(found), f"{figure!r} not read in {text!r}"
    return str(found.iloc[0]["claimant"])


def _texts(text: str, lang: str, published: str | None = None) -> list[str]:
    return list(extract_figures(text, lang, published)["figure_text"])


# the leader who sends, named with an apposition between his name and the verb of sending, is
# no source: another source of the sentence is, else nobody (head-post.com)
APPOSITION = [
    ("es", "Kim Jong-un, el líder de Corea del Norte, envió hasta 12.000 tropas a Rusia en "
           "2024, según funcionarios de inteligencia de Ucrania, Corea del Sur y Estados "
           "Unidos.", "12.000", JOINT),
    ("es", "Kim Jong-un, el líder de Corea del Norte, envió hasta 12.000 tropas a Rusia en "
           "2024.", "12.000", "Unattributed"),
    ("en", "Kim Jong Un, the leader of North Korea, sent up to 12,000 troops to Russia in "
           "2024.", "12,000", "Unattributed"),
    ("fr", "Kim Jong-un, le dirigeant de la Corée du Nord, a envoyé jusqu'à 12 000 soldats en "
           "Russie en 2024.", "12 000", "Unattributed"),
    ("de", "Kim Jong-un, der Machthaber Nordkoreas, hat bis zu 12.000 Soldaten nach Russland "
           "geschickt.", "12.000", "Unattributed"),
]

# ... but the leader who says, with an apposition, is the source
APPOSITION_SAYS = [
    ("es", "Kim Jong-un, el líder de Corea del Norte, dijo que 101 soldados murieron en "
           "Kursk.", "101"),
    ("en", "Kim Jong Un, the leader of North Korea, said 101 soldiers died in Kursk.", "101"),
]


test_the_sending_leader_with_an_apposition_is_no_source = case_test(APPOSITION, assert_claimant)
test_the_leader_who_says_with_an_apposition_is_the_source = case_test(
    APPOSITION_SAYS, assert_claimant, claimant=NK)


# sources of several nations sharing one noun are several governments (i24news.tv, lefigaro.fr
# via intelli.news)
SEVERAL_SOURCES = [
    ("fr", "Dans le cadre d’un pacte de défense mutuelle, la Corée du Nord aurait envoyé l’an "
           "dernier environ 14 000 soldats en Russie, dont plus de 6 000 auraient été tués, selon "
           "des sources sud-coréennes, ukrainiennes et occidentales.", "plus de 6 000"),
    ("fr", "Pyongyang aurait envoyé des milliers de soldats sur le front ukrainien, selon des "
           "sources sud-coréennes et ukrainiennes.", "milliers"),
    ("en", "North Korea sent about 11,000 troops to Russia, according to South Korean and "
           "Ukrainian sources.", "11,000"),
    ("es", "Corea del Norte envió unos 11.000 soldados a Rusia, según fuentes surcoreanas y "
           "ucranianas.", "11.000"),
    ("de", "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt, berichten "
           "südkoreanische und ukrainische Quellen.", "11.000"),
]

# ... the sources of one nation are not
ONE_NATION_SOURCES = [
    ("fr", "Pyongyang aurait envoyé 11 000 soldats en Russie, selon des sources ukrainiennes.",
     "11 000"),
    ("en", "North Korea sent about 11,000 troops to Russia, according to Ukrainian sources.",
     "11,000"),
    ("es", "Corea del Norte envió unos 11.000 soldados a Rusia, según fuentes ucranianas.",
     "11.000"),
]


test_sources_of_several_nations_are_several_governments = case_test(
    SEVERAL_SOURCES, assert_claimant, claimant=JOINT)


@pytest.mark.parametrize(("lang", "text", "figure"), ONE_NATION_SOURCES)
def test_sources_of_one_nation_are_no_joint_claim(lang, text, figure):
    assert _claimant(text, lang, figure) != JOINT


# North Korea acknowledging its own dead is the source of the count (i24news.tv, europesays.com)
ACKNOWLEDGED = [
    ("fr", "Pyongyang, de son côté, reconnaît officiellement la mort de neuf soldats, qualifiée "
           "par Kim de « perte déchirante ».", "neuf", "killed"),
    ("fr", "La Corée du Nord a reconnu la mort de neuf soldats.", "neuf", "killed"),
    ("en", "Pyongyang has officially acknowledged the deaths of nine soldiers.", "nine",
     "killed"),
    ("es", "Pyongyang reconoció la muerte de nueve soldados.", "nueve", "killed"),
    ("de", "Nun hat das Regime in Pjöngjang erstmals den Tod von mehr als hundert Soldaten bei "
           "einer Zeremonie anerkannt, wie das Portal „NK News“ schreibt.", "hundert", "killed"),
    ("de", "Nordkorea räumte den Tod von neun Soldaten ein.", "neun", "killed"),
]

# ... North Korea that sends, or another side that acknowledges, is not
NOT_ACKNOWLEDGED = [
    ("de", "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt.", "11.000"),
    ("fr", "Kiev a reconnu la mort de neuf soldats ukrainiens dans l'attaque.", "neuf"),
    ("en", "North Korea sent about 11,000 troops to Russia.", "11,000"),
    ("es", "Corea del Norte envió unos 11.000 soldados a Rusia.", "11.000"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "metric"), ACKNOWLEDGED)
def test_north_korea_acknowledging_its_dead_is_the_source(lang, text, figure, metric):
    rows = extract_figures(text, lang)
    row = rows[rows["figure_text"].str.contains(figure, regex=False)].iloc[0]
    assert (row["claimant"], row["metric"]) == (NK, metric)


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_ACKNOWLEDGED)
def test_north_korea_acknowledging_nothing_is_no_source(lang, text, figure):
    rows = extract_figures(text, lang)
    found = rows[rows["figure_text"].str.contains(figure, regex=False)]
    assert not len(found) or found.iloc[0]["claimant"] != NK


# civilian workers North Korea sends are workers, not the other side's civilians; a side's
# belief is its claim (united24media.com)
CIVILIAN_WORKERS = [
    ("es", "Corea del Sur también cree que Corea del Norte ha enviado aproximadamente 15.000 "
           "trabajadores civiles a Rusia, a pesar de las sanciones vigentes de la ONU.",
     "15.000", "South Korea government"),
    ("fr", "La Corée du Sud estime que la Corée du Nord a envoyé environ 15 000 travailleurs "
           "civils en Russie.", "15 000", "South Korea government"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), CIVILIAN_WORKERS)
def test_civilian_workers_are_workers_sent(lang, text, figure, claimant):
    rows = extract_figures(text, lang, "2025-04-30")
    row = rows[rows["figure_text"].str.contains(figure, regex=False)].iloc[0]
    assert (row["metric"], row["claimant"]) == ("workers_sent", claimant)


# ... the civilians a strike kills stay the other side's, and "se cree" names nobody
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los misiles norcoreanos mataron a 15 civiles en Kiev."),
    ("fr", "Les missiles nord-coréens ont tué 15 civils à Kiev."),
])
def test_civilians_killed_stay_the_other_side(lang, text):
    assert _texts(text, lang) == []


def test_an_impersonal_belief_names_nobody():
    text = ("Según el NIS, Corea del Norte envió 11.000 soldados. Se cree que unos 4.000 "
            "murieron o resultaron heridos.")
    assert _claimant(text, "es", "4.000") == "Unattributed"


# the wounded evacuated home are repatriated: no figure (lequotidienfrancais.fr)
EVACUATED_HOME = [
    ("fr", "Selon le renseignement sud-coréen, les forces nord-coréennes ont subi environ 4 700 "
           "pertes. Environ 2 000 autres soldats blessés ont été évacués entre janvier et mars "
           "vers leur pays d’origine."),
    ("en", "The NIS said North Korean forces suffered about 4,700 casualties. About 2,000 other "
           "wounded soldiers were evacuated back to North Korea by air and rail."),
    ("es", "Según el NIS, las fuerzas norcoreanas sufrieron unas 4.700 bajas. Unos 2.000 "
           "soldados heridos fueron evacuados por vía aérea a su país."),
    ("de", "Nach Angaben des südkoreanischen Geheimdienstes erlitten die nordkoreanischen "
           "Truppen etwa 4700 Verluste. Etwa 2000 verwundete Soldaten wurden nach Nordkorea "
           "ausgeflogen."),
]


@pytest.mark.parametrize(("lang", "text"), EVACUATED_HOME)
def test_wounded_evacuated_home_are_no_figure(lang, text):
    assert not any("2" in t and "000" in t or t.endswith("2000")
                   for t in _texts(text, lang, "2025-04-30"))


def test_wounded_evacuated_elsewhere_stay_a_figure():
    text = ("Selon le renseignement sud-coréen, les forces nord-coréennes ont subi environ 4 700 "
            "pertes. Environ 2 000 autres soldats blessés ont été évacués vers des hôpitaux de "
            "Moscou.")
    assert any("2 000" in t for t in _texts(text, "fr", "2025-04-30"))


# Russia's media named so (interfax.com.ua, world.kbs.co.kr)
def test_russias_media_is_russian_media():
    text = ("The National Intelligence Service (NIS) made the assessment in a closed-door "
            "briefing, as Russia's media reported that Pyongyang will send 5,000 military "
            "construction workers and 1,000 sappers to Russia's Kursk region.")
    assert _claimant(text, "en", "5,000", "2025-06-26") == "Russian media"


def test_russias_ministry_is_no_media():
    text = "Russia's defence ministry said Pyongyang will send 5,000 military construction workers."
    assert _claimant(text, "en", "5,000", "2025-06-26") != "Russian media"
