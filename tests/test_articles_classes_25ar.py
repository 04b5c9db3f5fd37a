# ruff: noqa: E501 (the sentences are data, as written)
"""The leader in a reported clause, one official of a side, a revealing verb (session 25, helper 25ar).

The claimant errors of the later labelled rounds (16zy2-16zy13, 16zz2-16zz14) read on the
session's start tree (9483b1f1): 159 (docs/articles.md, "Claimants of the later rounds, session
25 (25ar)"). Built, precision first:

- *North Korea's leader as the subject of a clause another source reports* ("Budanow gab
  bekannt, dass Kim Jong-un Moskau bereits mindestens 120 … bereitgestellt hat"): a name right
  after a speech verb is no speaker when another source stands right before the same verb
  (:func:`analysis.articles.reported.owned_verbs`, languages that write the subject first); de
  "gab bekannt" with its particle right after the verb is a speech verb (the split form wanted a
  word between them);
- *one official of a side in the singular* (fr "un haut responsable sud-coréen", es "un alto
  funcionario surcoreano", uk "південнокорейський посадовець"), as the plurals the tables had;
- *a revealing verb with its clause* (fr "ont dévoilé … que", es "desveló … que"), as "a
  révélé", "reveló".

Near misses: "laut" / "according to" before the leader, the leader followed by his own speech
verb, another country's official (Russia's: no body of the tables), a lawmaker relaying the NIS,
a memorial unveiled. The real sentences carry their addresses (the ``search`` tool's pages
corpus); those marked *constructed* are written in the form of the labelled cases, where no
stored page had the form with a story figure. The expected values are written by hand.
"""

from __future__ import annotations

from article_sets import assert_claimant
from figure_sets import case_test

NIS = "South Korea National Intelligence Service (NIS)"
MND = "South Korea Ministry of National Defense"
KR_GOVERNMENT = "South Korea government"
US_GOVERNMENT = "US government (unspecified)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"
ACTOR = "North Korea (state media and leadership)"
NOBODY = "Unattributed"

REPORTED_CLAUSE = [
    # constructed (the form of the labelled de-16zy4 case; before 25ar: North Korea)
    ("de", "Der südkoreanische Verteidigungsminister Shin Won-sik gab bekannt, dass Kim Jong-un Russland seit August über den Hafen Rajin bereits mindestens 6.700 Container mit Artilleriegranaten und anderer Munition zur Verfügung gestellt hat.",
     "6.700", MND),
]

REPORTED_CLAUSE_UNCHANGED = [
    # https://uat.apnews.com/article/rusia-norcorea-shoigu-putin-kim-2d619dd5b50d20faf11eb7957a65c474
    ("es", "Durante una visita a Pyongyang, el secretario del Consejo de Seguridad de Rusia, Sergey Shoigu, dijo que Corea del Norte enviará 1.000 desminadores y 5.000 trabajadores de construcción militar a la región de Kursk, según la agencia de noticias estatal rusa RIA Novosti.",
     "5.000", SHOIGU),
    # https://www.webjosh.com/article/tausende-seiner-soldaten-bereits-tot-kim-jong-un-schickt-nachschub-an-ukraine-front-1750342592-11116
    ("de", "Jetzt will Pjöngjang 1.000 Minen-Entschärfer und rund 5.000 Soldaten für Wiederaufbauarbeiten in dasselbe Gebiet nahe der Grenze zur Ukraine entsenden, so der Sekretär des russischen nationalen Sicherheitsrats, Sergej Schoigu, nach neuen Gesprächen mit Machthaber Kim Jong Un.",
     "rund 5.000", SHOIGU),
    # https://www.superdeporte.es/opinion/2025/12/13/guerra-ucrania-hoy-directo-kiev-112240172.html
    ("es", "El líder norcoreano, Kim Jong Un, ha confirmado el fallecimiento de nueve soldados del Ejército Popular de Corea que prestaban servicio junto a las Fuerzas Armadas rusas en la guerra con Ucrania.",
     "nueve", ACTOR),
    # constructed: "laut" before the minister, the leader the subject after him
    ("de", "Laut Südkoreas Verteidigungsminister Shin Won-sik hat Kim Jong-un Russland seit August über den Hafen Rajin bereits mindestens 6.700 Container mit Artilleriegranaten und anderer Munition zur Verfügung gestellt.",
     "6.700", MND),
    # constructed: the leader followed by his own speech verb
    ("en", "Kim Jong Un said North Korea lost about 350 soldiers during the first deployment, South Korea's defence ministry noted.",
     "350", ACTOR),
]

ONE_OFFICIAL = [
    # constructed (the form of the labelled fr-16zz14 case; before 25ar: Unattributed)
    ("fr", "Environ 11 000 soldats nord-coréens ont été envoyés en Russie, a déclaré vendredi un haut responsable sud-coréen.",
     "11 000", KR_GOVERNMENT),
    # constructed
    ("es", "Unos 11.000 soldados norcoreanos han sido enviados a Rusia, dijo el viernes un alto funcionario surcoreano.",
     "11.000", KR_GOVERNMENT),
    # constructed
    ("uk", "Близько 11 тисяч північнокорейських військових направлено до Росії, заявив південнокорейський посадовець.",
     "11 тисяч", KR_GOVERNMENT),
]

ONE_OFFICIAL_UNCHANGED = [
    # https://uat.apnews.com/article/rusia-norcorea-shoigu-putin-kim-2d619dd5b50d20faf11eb7957a65c474
    # (Russia's official: the tables compose no Russian government)
    ("es", "Corea del Norte enviará miles de trabajadores de construcción militar y desminadores para apoyar los trabajos de reconstrucción en la región de Kursk en Rusia, informó un alto funcionario ruso, la última señal de la creciente cooperación entre las dos naciones.",
     "miles", NOBODY),
    # https://lekaloum.com/guerre-en-ukraine-selon-seoul-300-soldats-nord-coreens-ont-ete-tues-179732.html
    # (a lawmaker relaying the NIS stays the NIS's)
    ("fr", "Deux jours après l’annonce de la capture par l'Ukraine de deux soldats nord-coréens dans la région russe de Koursk, un député sud-coréen citant le service de renseignement de son pays a déclaré lundi qu’environ 300 soldats nord-coréens déployés aux côtés des Russes avaient été tués.",
     "environ 300", NIS),
    # http://origin-web.yenisafak.com/fr/international/la-coree-du-nord-envoie-1500-soldats-supplementaires-en-russie-affirme-le-renseignement-sud-coreen-34714
    ("fr", "La Corée du Nord a envoyé 1.500 soldats supplémentaires en Russie, a affirmé le renseignement sud-coréen aux parlementaires mercredi, une manière pour Pyongyang, selon l'agence, de venir en aide militairement à la Russie sur le front ukrainien.",
     "1.500", NIS),
    # constructed: another country's official
    ("fr", "Environ 11 000 soldats nord-coréens ont été envoyés en Russie, a déclaré vendredi un haut responsable russe.",
     "11 000", NOBODY),
    ("uk", "Близько 11 тисяч північнокорейських військових направлено до Росії, заявив російський посадовець.",
     "11 тисяч", NOBODY),
]

REVEALED = [
    # constructed (the form of the labelled fr-16zz14 case; before 25ar: Unattributed)
    ("fr", "Les États-Unis ont dévoilé mercredi que près de 8 000 soldats nord-coréens se trouvaient déjà dans la région de Koursk.",
     "8 000", US_GOVERNMENT),
    # constructed
    ("es", "Estados Unidos desveló el miércoles que cerca de 8.000 soldados norcoreanos ya se encuentran en la región de Kursk.",
     "8.000", US_GOVERNMENT),
]

REVEALED_UNCHANGED = [
    # constructed: a memorial unveiled is no report; the leader honours his dead
    ("fr", "Kim Jong-un a dévoilé vendredi un mémorial pour les 101 soldats tués en Russie.",
     "101", ACTOR),
]

test_the_leader_in_a_reported_clause = case_test(REPORTED_CLAUSE, assert_claimant)
test_the_leader_in_a_reported_clause_near_misses = case_test(REPORTED_CLAUSE_UNCHANGED, assert_claimant)
test_one_official_of_a_side = case_test(ONE_OFFICIAL, assert_claimant)
test_one_official_near_misses = case_test(ONE_OFFICIAL_UNCHANGED, assert_claimant)
test_a_revealing_verb = case_test(REVEALED, assert_claimant)
test_a_revealing_verb_near_misses = case_test(REVEALED_UNCHANGED, assert_claimant)
