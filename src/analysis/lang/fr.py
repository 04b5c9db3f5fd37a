"""French (``fr``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE, after
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at, estimated_that
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    decimal_comma_before,
    decimal_times,
    leading_minus,
    leading_plus,
    mark_ahead,
    one_in_exchange,
    open_range_top,
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
)
from analysis.lang._latin import LATIN_NAMES
from analysis.lang._lists import (
    article_after_resumes,
    bracketed_breakdown,
    part_of_total,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside, one_other_in

# fmt: off

PEOPLE = (
    "personnes", "enfants", "victimes", "adultes", "jeunes", "mineurs", "seniors", "âgés",
    "âgées", "patients", "habitants", "hommes", "femmes", "garçons", "filles", "élèves",
    "étudiants", "retraités", "malades", "cas", "décès", "morts", "blessés", "adolescents",
    "bébés", "nourrissons", "travailleurs", "salariés", "passagers", "résidents",
)
"""(17cx, D80.1) The nouns of people an age limit follows ("enfants de moins de 5 ans")."""

SCRIPTS = ("latin",)

MONTHS = [
    ["janvier", "janv"],
    ["février", "fevrier", "févr", "fevr"],
    ["mars"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["août", "aout"],
    ["septembre", "sept"],
    ["octobre", "oct"],
    ["novembre", "nov"],
    ["décembre", "decembre", "déc", "dec"],
]

WEEKDAYS = [
    ["lundi"],
    ["mardi"],
    ["mercredi"],
    ["jeudi"],
    ["vendredi"],
    ["samedi"],
    ["dimanche"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "morts?", "décès", "tués?", "tuées?", "blessée?s?", "disparue?s?", "évacuée?s?",
        "interpellée?s?", "hospitalisée?s?", "décédée?s?",
        # (23rb, D123) poisoned by smoke or gas: an outcome of a fire ("un mort et 11 intoxiqués")
        "intoxiquée?s?",
    ],
    "casualties": [
        "victimes?", "cas", "interpellations?",
    ],
    "numbers": {
        "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
        "octante": 80, "nonante": 90,
    },
    "small": {"cent": 100, "cents": 100},
    "scales": {
        "mille": 1000, "mil": 1000, "million": 1_000_000, "millions": 1_000_000,
        "milliard": 1_000_000_000, "milliards": 1_000_000_000, "k": 1000,
        # (17gwc) the French "billion" is 10^12; "Md", "Mds", "Mrd" abbreviate milliard (only
        # right after a number: "3 Mds d'euros")
        "billion": 1_000_000_000_000, "billions": 1_000_000_000_000, "md": 1_000_000_000,
        "mds": 1_000_000_000, "mrd": 1_000_000_000, "mrds": 1_000_000_000,
    },
    "after_number": ["k", "md", "mds", "mrd", "mrds"],
    "collective": {
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
        "dizaines": 10, "centaines": 100, "milliers": 1000, "douzaines": 12,
    },
    "vague": {
        "dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1000, "millions": 1_000_000,
        # (17gwc) "des milliards de" (was read 1,000,000,000 exact), as "millions"
        "milliards": 1_000_000_000,
    },
    "several": ["plusieurs", "quelques", "certains", "une poignée de", "une poignée d'"],
    "articles": ["un", "une"],
    "of": ["de", "d'"],
    "and": ["et"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "au-delà d'", "au-delà des", "autour des", "autour d'", "aux alentours des",
        "aux alentours d'", "tout près de", "près d'", "pres d'", "pas loin d'",
        "jusqu'à", "jusqu'a", "autour de", "près de", "pres de", "au-dessus de", "en dessous de",
        "au-delà de", "dans les",
        # (17gwc) "aux environs de 300" (approx)
        "aux environs de", "aux environs des", "aux environs d'",
    ],
    "approx": [
        # (lexicon 17, session 6) variants and elided forms of environ
        "quelques", "autour des", "autour d'", "aux alentours des", "aux alentours d'",
        "a peu pres", "a peu près", "de l'ordre des", "de l'ordre d'", "approximativement de",
        "environ de",
        "environ", "quelque", "autour de", "aux alentours de", "approximativement", "à peu près",
        "estimé à", "estimés à", "estimées à", "estimée à", "une estimation de", "grosso modo",
        "en gros", "de l'ordre de", "d'environ", "dans les", "~", "env.",
        # (17gwc) "aux environs de 300"
        "aux environs de", "aux environs des", "aux environs d'",
        # (17cg) the verb "estimate at" before the number ("Son rapport estime à 216 000 le
        # nombre"), as the participle "estimé à" (rule 2, D65.1)
        "estime à", "estiment à", "estimait à", "estimaient à", "a estimé à", "ont estimé à",
        "évalue à", "évaluent à", "a évalué à", "ont évalué à", "évalué à", "évaluée à",
        "évalués à", "évaluées à",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "légèrement supérieure à", "légèrement supérieurs à", "un peu supérieur à",
        "un peu au-dessus de", "légèrement au-dessus de", "juste au-dessus de",
        # (lexicon 17, session 6) variants and elided forms of plus de
        "au bas mot", "pas moins d'", "bien plus d'", "un peu plus d'", "largement plus d'",
        "au-delà d'", "au-delà des", "excédant", "excédé", "supérieure à", "supérieures à",
        "nettement plus de", "légèrement plus de",
        "davantage que", "tout au moins",
        "plus de", "au moins", "au minimum", "pas moins de", "plus d'", "dépasse", "dépassent",
        "dépassé", "dépassant", "excède", "excèdent", "supérieur à", "supérieurs à", "bien plus de",
        "largement plus de", "un peu plus de", "au-delà de", "au-dessus de", "au-dessus des",
        "au-dessus d'", "plus de quelque", "a minima", "surpasse", "surpassent", "surpassé",
        "surpasserait", "surpasseraient", "surpasse les", "surpasserait les",
        # "a franchi (la barre des) 1000" (crossed the mark of, D40)
        "franchi", "franchit", "franchir", "franchissent", "franchissant",
        "minimum",
    ],
    "at_most": [
        # (lexicon 17, session 6) variants and elided forms of moins de
        "pas plus d'", "moins d'", "au grand maximum",
        "jusqu'à", "moins de", "au plus", "au maximum", "pas plus de", "tout au plus", "maximum",
        "inférieur à", "en dessous de", "jusqu'a",
        # (17gwc) the feminine and plural forms (was read exact)
        "inférieure à", "inférieurs à", "inférieures à",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "légèrement inférieur à", "légèrement inférieure à", "légèrement inférieurs à",
        "légèrement inférieures à", "un peu inférieur à", "un peu inférieure à",
        "un peu en dessous de", "légèrement en dessous de", "un peu au-dessous de",
        "légèrement au-dessous de", "juste en dessous de", "juste sous",
        # (lexicon 17, session 6) variants and elided forms of près de
        "près d'", "pres d'", "pas loin d'", "un peu moins d'", "tout près de", "frôlant",
        "frôlant les", "avoisinant", "avoisinant les", "approchant", "approchant les", "frôle les",
        "avoisine les", "approche les", "à peine moins de",
        "légèrement moins de",
        "près de", "presque", "quasi", "quasiment", "pas loin de", "frôle", "frôlent", "avoisine",
        "avoisinent", "approche", "approchent", "un peu moins de", "pres de",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "approximativement", "grosso modo", "à peu de chose près", "ou à peu près",
        "environ", "à peu près",
    ],
    # "N, voire plus" (or even more) is at least, as "ou plus" (D3, D41)
    "post_at_least": [
        # (lexicon 17, session 6) after the number
        "au bas mot", "au minimum", "minimum", "et quelques", "et des poussières",
        "à tout le moins",
        "ou plus", "et plus", "au moins", "+", "voire plus", "voire davantage", "sinon plus",
        "ou même plus",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number
        "ou moins", "tout au plus", "maximum", "au grand maximum", "grand maximum",
        "au plus", "au maximum",
    ],
    "additional": [
        "supplémentaires", "supplémentaire", "autres", "de renfort", "renforts",
        # (17nj) "rose by N" with the verb's preposition of the difference is additional, as en
        # "grew by", de "wuchs um" (rule 12, D39, D49); "to N" stays the total
        "augmenté de", "augmentée de", "augmentés de", "augmentées de", "accru de", "accrue de",
        "accrus de", "accrues de", "progressé de", "crû de", "en hausse de", "une hausse de",
        # (17no) "S'y ajoutent 47 homicides" (added to them), a rise's nouns: additional (rule
        # 12, D54.2)
        "s'y ajoutent", "s'y ajoute", "s'ajoutent", "s'ajoute", "une augmentation de",
        "un bond de", "une progression de",
        # (17cg) the past forms ("se sont ajoutées deux auto-immolations", D65.3)
        "se sont ajoutés", "se sont ajoutées", "s'est ajouté", "s'est ajoutée", "s'y sont ajoutés",
        "s'y sont ajoutées", "s'y est ajouté", "s'y est ajoutée",
    ],
    # "new" counts only after the number ("300 nouveaux cas"): before it, it names new events
    # ("Les nouvelles secousses ont provoqué des dizaines de …", "de nouveaux affrontements ont
    # fait 10 morts"), not more of the count (rule 12, D40)
    "additional_post": [
        "de plus", "supplémentaires", "autres", "en plus", "nouveaux", "nouvelles",
    ],
    # "des dizaines de personnes, pour la plupart des adolescents": a breakdown (D30)
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 blessés, à savoir 20
        # adultes"; D23, D50.5)
        "à savoir", "a savoir",
        # (lexicon 17, session 6) breakdown words
        "parmi lesquelles", "parmi elles", "notamment", "incluant", "dont au moins",
        "dont", "y compris", "parmi lesquels", "parmi eux", "pour la plupart",
        # (17gwc) "300 personnes, entre autres 20 enfants"
        "entre autres", "parmi ceux-ci", "parmi celles-ci",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "composé de", "composée de", "composés de", "composées de", "constitué de",
        "constituée de", "constitués de", "constituées de",
    ],
    "total": ["au total", "en tout", "un total de", "total", "au total de", "soit",
              # (17no) "41 équipes totalisant 378 alpinistes", as en "totalling" (D5, D54.4)
              "totalisant", "totalisent", "totalisaient",
              # (17tc) a verb of change with "à" announces the new total: beside another number
              # ("dans les trois pays le bilan est passé à 4 500") the count after it is the
              # figure (D35, D58.1)
              "passé à", "passée à", "passés à", "passées à", "passant à", "passe à",
              "grimpé à", "grimpe à", "grimpant à", "monté à", "montée à", "s'élève à",
              "s'élevait à", "s'est élevé à", "baissé à", "chuté à", "tombé à", "tombée à",
              "reculé à"],
    "range_pre": ["entre", "de"],
    "range_sep": ["à", "a", "ou", "jusqu'à", "voire", "sinon", "voire même", "ou même"],
    "range_and": ["et", "et les"],
    "percent": ["%", "pour cent", "pourcent", "pour-cent"],
    "fraction": [
        "moitié", "tiers", "quart", "quarts", "cinquième", "majorité", "proportion", "demi",
        "la plupart",
        # (33ra, D224.3) "nearly the whole of" the count ("la quasi-totalité des 13 152 raflés"):
        # a part of it, as "la plupart des" (rule 13, D49); "la totalité des" (the whole) stays
        "quasi-totalité", "quasi totalité", "presque totalité", "quasi-intégralité",
        # "presque autant de blessés" (nearly as many wounded): a second quantity, a ratio
        "autant de", "autant d'",
        # multipliers ("huit fois plus élevés") are ratios, not counts
        "fois plus", "fois moins",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "tous les soirs", "toutes les nuits",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "toutes les minutes", "toutes les secondes", "par minute", "par seconde",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "tous les ans", "tous les jours", "toutes les semaines", "tous les mois",
        "par kilomètre carré", "au kilomètre carré",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "pour mille",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "en moyenne", "une moyenne de", "une moyenne d'",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "moyenne quotidienne", "moyenne journalière", "moyenne hebdomadaire",
        "moyenne mensuelle", "moyenne annuelle",
        "par jour", "chaque jour", "quotidiennement", "par semaine", "par mois", "par heure",
        "par an", "par année", "chacun", "chacune", "chaque",
        # (17gwc) "300 annuellement"
        "annuellement", "mensuellement", "hebdomadairement",
    ],
    # "par" alone is "by" ("tués par", "évoqué par le premier ministre") far more often than
    # "per": a rate only right after the quantity ("200 par village"; D19)
    "rate_post": ["par"],
    "units": [
        "bataillon\\w*", "brigade\\w*", "régiment\\w*", "division\\w*", "compagnie\\w*", "unités",
        # (17gwc) squadrons and detachments ("3 escadrons")
        "escadron\\w*", "escadrille\\w*", "détachement\\w*",
        # (34ra, D226.4) contingents counted, in the plural ("onze contingents")
        "contingents",
    ],
    "uncountable": [
        "nombreux", "nombreuses", "de nombreux", "beaucoup", "un grand nombre", "bon nombre",
    ],
    # MONTHS without "sept", which is also seven ("5-sept" is a range, "sept 2024" is not a date).
    "months": [form for forms in MONTHS for form in forms if form != "sept"],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "après", "à partir de", "à compter de",
    ],
    "year_pre": [
        # (17ci) a period, month, season or level and "of" before a year ("the same month of
        # 2013", "ai livelli del 2008"): a date (D7, D66.2)
        "période de", "même période de", "niveau de", "niveaux de", "saison de", "mois de l'année",
        "l'année",
        # (17cs) a quarter of a year before the year ("au premier trimestre 2023"): a date
        # (D7, D50)
        "trimestre", "trimestre de",
        # "en el 2001", "en l'an 2001": an article or "an" before the year (session 6)
        "en l'an", "l'an",
        "en", "depuis", "année", "fin", "début", "courant",
        # (17nm) "les onze premiers mois de 2015" (D7, D52.4)
        "premiers mois de", "derniers mois de", "mois de", "premières semaines de",
        "semaines de", "premiers jours de", "jours de",
        # "durant 2019", "pendant 2019" (during 2019, D39)
        "durant", "pendant", "au cours de",
        # a year after a season word ("l'été 2022") is a date (D7)
        "été", "l'été", "hiver", "l'hiver", "printemps", "automne", "l'automne",
        # (17nj) "d'ici 2040" (by 2040), "d'ici à 2030", a census or a feast with its year
        # ("recensement de 2011", "Noël 2023") are dates (D7, D49)
        "d'ici", "d'ici à", "d'ici fin", "recensement", "recensement de", "noël",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "première moitié de", "seconde moitié de", "deuxième moitié de", "premier semestre",
        "second semestre", "deuxième semestre", "premier semestre de", "second semestre de",
        "deuxième semestre de",
        # (17gwc) "mi-2022", "avant 2020", "jusqu'en 2025", "dès 2022"
        "mi", "avant", "jusqu'en", "dès",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a category,
    # class, serogroup, type, level, draw, episode or edition, an age ("âgés de 47")
    "not_count_pre": [
        # (22rd, D116) a capacity told before its number, as en "capacity of" (D96): no count
        # beside another number
        "capacité de", "capacité d'accueil de",
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "numéro",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitude", "de magnitude",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "chapitre", "article", "kilomètre", "km", "route nationale", "autoroute", "pk",
        "catégorie", "classe", "sérogroupe", "sérotype", "type", "niveau", "tirage",
        "épisode", "édition", "âgé de", "âgée de", "âgés de", "âgées de", "version",
        "modèle",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("trois décès de moins qu'en 2009", "101 personnes en moins par rapport à"):
    # no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:de|en) (?:moins|plus)"
        r" (?:que|qu|par rapport|comparé|en comparaison)(?![^\W\d_])",
    ],
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("488 cas … le label « autres
    # »")
    "other_words": ['autres', 'autre'],
    "source_words": ["(?<!\\w)selon(?!\\w)", "(?<!\\w)d'après(?!\\w)"],
    "compared_pre": [
        "par rapport à", "par rapport au", "par rapport aux", "comparé à", "comparé aux",
        "comparativement à", "comparativement aux", "en comparaison de", "en comparaison avec",
        "contre", "contre les", "face à", "face aux",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilovolt\\w*", "kilowatt\\w*", "mégawatt\\w*",
        "gigawatt\\w*", "volts",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "étage", "étages",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "millimètres",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "degrés", "degré", "degrés celsius",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "mètres", "mètre", "km", "kilomètres", "kilomètre",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "pieds", "milles",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "hectares", "hectare",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "de", "des", "du", "d'",
    ],
    "time_units": [
        # (17cs) a size of a building ("un immeuble de 20 étages"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "étages",
        "heure\\w*", "jour", "jours", "semaine\\w*", "mois", "an", "ans", "année\\w*", "minute\\w*",
        "nuit\\w*",
        # "sur les six premiers mois" (over the first six months)
        "premiers mois", "derniers mois", "premières semaines", "dernières semaines",
        "premiers jours", "derniers jours",
        # (17nm) also before "de" and a year ("au cours des onze premiers mois de 2015"): a
        # duration that marks the year (D7, D52.4; as pt "meses de", 17nf)
        "premiers mois de", "derniers mois de", "mois de", "premières semaines de",
        "semaines de", "premiers jours de", "jours de",
        # (17nj) "et demi" after the unit ("quatre jours et demi") is part of the duration, no
        # fraction (D40, D49)
        "jours et demi", "jour et demi", "heures et demie", "heure et demie", "ans et demi",
        "an et demi", "mois et demi", "semaines et demie", "semaine et demie",
        # (17gwc) decades, centuries, seconds, "5 min"
        "décennie\\w*", "siècle\\w*", "seconde\\w*", "min",
    ],
    # (17ch) "the pilot and four passengers", "eight passengers and the driver": one person named
    # by a role or a family word, joined by "and" to a count, is one more of a sum the codebook
    # does not add (rule 13, D12, D65.6); a verb between the count and the "and" ends its clause
    # ("Two died and the driver was arrested": the count stays). Read by
    # analysis.figures.reject.beside_person; no table words (they vote for no language)
    "persons": {
        "roles": [
            # (19fr, D88) one person named by what they are, not by a role: "a woman and
            # three children"
            "maman", "papa",
            "homme", "fille", "garçon", "grand-mère", "grand-père", "fils",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "enfant", "bébé", "nourrisson", "adolescent", "adolescente", "adulte", "frère", "sœur",
            "soeur", "oncle", "tante", "cousin", "cousine", "neveu", "nièce", "petit-fils",
            "petite-fille", "beau-frère", "belle-sœur", "belle-soeur",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 enfants et leur institutrice"
            "professeur", "professeure", "enseignant", "enseignante", "instituteur",
            "institutrice", "accompagnateur", "accompagnatrice", "animateur", "animatrice",
            "infirmier", "infirmière", "propriétaire",
            # (17dd, D85.1) "3 soldiers and their commander"
            "commandant",
            "pilote", "copilote", "conducteur", "conductrice", "chauffeur", "capitaine",
            "guide", "moniteur", "monitrice", "instructeur", "mère", "père", "femme", "mari"],
        "and": ["et"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["ses", "leurs", "son", "sa"],
        "verbs": ["sont", "ont", "étaient", "furent", "moururent", "meurent", "périrent",
            "survécurent", "restent", "demeurent"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "non pas deux mais douze", "douze, et non deux"; "non seulement 2 mais aussi 3"
    "contrast": {
        "not": [
            "pas", "non", "au lieu de", "plutôt que", "pas eu",
        ],
        "but": ["mais"],
        "also": ["aussi", "également", "en plus", "de plus", "encore"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "hausse", "baisse", "augmentation", "diminution", "progression", "recul", "croissance",
        "chute", "bond", "repli", "en hausse de", "une hausse de", "en baisse de",
        "une augmentation de", "un bond de", "une progression de", "augmenté", "diminué", "baissé",
        "progressé", "reculé", "chuté", "grimpé", "bondi",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("40 enfants de moins de 5", "300 personnes âgées de plus de 80"; with "ans" it
    # is a duration already, D7); alone it stays. "de plus de / de moins de N" limits an age
    # only right after a noun of people and before no scale, unit or duration
    "age_limits": [
        after(r"(?:âgé|de )", *PEOPLE)
        + r"(?:âgée?s? )?de (?:plus|moins) de " + AGE + r"\b(?: ans)?(?! ?(?:000|"
        r"mille|millions?|milliards?|%|fois|jours|semaines|mois|heures|km|mètres|kilos|tonnes))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["plus de", "moins de"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["et"],
        "plus": ["plus"],
        "the": ["le", "la", "les", "l'", "leur", "leurs", "son", "sa", "ses"],
        "whole": [r"(?:sur|de|parmi) (?:le|ce) total", r"du total", r"(?:sur|de) ce nombre"],
        "how": [
            "grièvement", "gravement", "légèrement", "mortellement", "sérieusement",
            "dans un état grave", "en urgence absolue", "en urgence relative",
        ],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "missiles?", "roquettes?", "drones?", "obus", "bombes?", "projectiles?", "shaheds?",
        ],
    },
    "rewrites": [
        # (34re, D231.1) a count of lodging places after its preposition beside the people
        # sheltered there ("plus de 400 personnes sont hébergées dans 20 centres d'hébergement"):
        # set aside, the people read (D20); not villages, communes, départements (D45.5)
        *lodging_aside(
            ["dans", "en", "entre", "vers"],
            [r"centres d['’]\s?(?:hébergement|accueil|évacuation|urgence|regroupement)",
             r"(?:lieux|structures|points|sites) d['’]\s?(?:hébergement|accueil)",
             r"abris(?: (?:temporaires|provisoires|d['’]\s?urgence))?", r"refuges",
             r"camps(?: de (?:réfugiés|déplacés|fortune))?", r"gymnases"],
            ["plus de", "environ", "près de", "quelque", "au moins", "une vingtaine de"],
            r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
        ),
        # (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread
        # among ("32 blessés ont été transportés dans cinq hôpitaux", "répartis dans 4
        # hôpitaux"): set aside beside the people, as D231.1's shelters; with no such verb two
        # counts (D45.5)
        *care_aside(
            [r"transporté(?:e|s|es)?", r"évacué(?:e|s|es)?", r"hospitalisé(?:e|s|es)?",
             r"admis(?:e|es)?", r"soigné(?:e|s|es)?", r"pris(?:e|es)? en charge",
             r"réparti(?:e|s|es)?", r"conduit(?:e|s|es)?", r"acheminé(?:e|s|es)?",
             r"emmené(?:e|s|es)?", r"dirigé(?:e|s|es)?", r"transféré(?:e|s|es)?",
             r"héliporté(?:e|s|es)?", r"accueilli(?:e|s|es)?", r"traité(?:e|s|es)?",
             r"évacué(?:e|s|es)? (?:en urgence|d['’]urgence)", r"dispatché(?:e|s|es)?"],
            ["dans", "vers", "entre", "sur", "à"],
            [r"(?:(?:différents|plusieurs) )?(?:hôpitaux|hopitaux|cliniques|"
             r"centres (?:hospitaliers|de santé|médicaux)|sites hospitaliers|"
             r"établissements (?:de santé|hospitaliers)|"
             r"structures (?:hospitalières|de santé|médicales))"],
            ["plus de", "environ", "près de", "quelque", "au moins"],
            r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
        ),
        # (34re, D231.2) "18 personnes interpellées en France et une autre en Belgique": after a
        # count, one more of the counted told with its place: a sum, as "et 1 en Belgique"
        one_other_in(["et"], ["une autre", "un autre", "une de plus", "un de plus"],
                     ["en", "à", "au", "aux", "dans", "de", "près de"],
                     r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
                     r"dix-(?:sept|huit|neuf)|vingt"),
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(brisé|brisée|brisés|cassé|cassée|cassés|fendu|fendue|rompu|rompue|scindé|scindée) "
         r"en deux\b(?! (?:endroits|points|parties|morceaux|tronçons)\b)", r"\1"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("à 30 kilomètres de")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\bà (?:(?:environ|près de|plus de|moins de|quelque|quelques|seulement|une|un) "
            r")?(?:\d[\d.,]*+(?: \d{3})*|[a-zàâçéèêëîïôûùüÿœ\-]+) (?:km|kilomètres?|mètres?|"
            r"m|milles|miles)(?= (?:de|du|des|d'|d’|au nord|au sud|à l'est|à l’est|à l'oue"
            r"st|à l’ouest|au nord-est|au nord-ouest|au sud-est|au sud-ouest|au large)\b|\s*"
            r"[,.;]|$)",
            r"à",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "d'autres sources font état de 600 morts"
        (r"\b(?:d'|les )autres (?=(?:sources?|estimations|chiffres|données|bilans|médias|témoins|"
         r"experts|rapports|organisations|autorités)\b)", ""),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\b(?:une )?demi-heure\b", "30 minutes"),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\b(?:un )?demi-siècle\b", "50 ans"), (r"\b(?:une )?demi-journée\b", "12 heures"),
        # (17cd) "deux-roues" (a two-wheeler) names a vehicle's kind, no count (D32, D59.9; as id
        # "roda dua")
        (r"\b(?:deux|trois|quatre)-roues\b", "roues"),
        # (17cb) "le pilote et tous les quatre passagers": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )et (?:tous|toutes) les (?=\d|(?:"
            r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b)",
            "et autres ",
        ),
        # (17nm) "mi-2023", "fin-2022" (the middle, the end of a year): the year with its
        # hyphen is a date, no range (D7, D52.4)
        (r"\b(mi|fin|début)-(?=(?:19|20)\d\d\b)", r"\1 "),
        # (17nm) "les 760 décès de 2017": "de" and a year that no word follows, after a count
        # and its one noun, is the year of the count (D7, D52.4); "300 de 2000", "300 morts et
        # plus de 2000" stay as written
        (
            r"(?<=\d)( (?!(?:plus|moins|près|autour|environ|total)\b)[^\s\d,;:]+ )de "
            r"(?=(?:19|20)\d\d\b(?![.,]\d)(?! *[^\W\d_\s]))",
            r"\1en ",
        ),
        # (17nm) an "other" word two words or more after the count, no number between, names
        # other things, no more of the count: "jusqu'à 400 000 personnes sont amputées d'un
        # membre ou souffrent d'autres handicaps" (total); "16 autres personnes" stays
        # additional (rule 12, D12, D52.2)
        (
            r"(?<=\d)((?: [^\s\d,;:]+){2,}? )\b(?:d'|d' |des |les |aux )?autres\b",
            r"\1différents",
        ),
        # (17nh) "18 enfants …, quatre d'entre eux ont été transportés": a number before "of them"
        # after a comma is a breakdown of the count before it (D30, D48.6)
        (r",(?!\d)\s*([^\s,]+) d['’]entre (?:eux|elles)\b", r", dont \1"),
        # (17nh) "not passed N" (n'ont pas dépassé 2.000) is at most N, as "not exceeding N" (D42,
        # D48.6)
        (
            r"\bn['’](?:a|ont|avait|avaient) pas (?:dépassé|excédé|franchi) "
            r"(?:les |la barre des )?",
            "jusqu'à ",
        ),
        (r"\bne (?:dépasse|dépassent|dépassait|dépassaient|dépassera) pas (?:les )?", "jusqu'à "),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 chaque ",
        ),
        # (17nh) the number of a road, line or flight ("sur la RN 13", "l'autoroute A89", "la
        # ligne 13", "le vol 370") is a designation, no count (D32, D48.2); "il y a 13 morts"
        # (a = has) keeps its count: the letter "a" counts only glued to the number
        (
            r"\b(autoroute|nationale|départementale|route|ligne|vol|rer|voie|quai|tram|tramway|"
            r"métro) (?:[a-z]{1,2}-? ?)?\d{1,4}\b(?![.,]\d)",
            r"\1",
        ),
        (r"\b(?:rn|rd|a|n|d)-?\d{1,3}\b(?![.,]\d)", " "),
        (r"\b(?:rn|rd) \d{1,3}\b(?![.,]\d)", " "),
        # (17nh) a clock time written "14:30" after a word of time ("à 14:30", "vers 8:00") is no
        # count (D28, D48.1); a ratio "1:10" has no such word
        (
            r"\b(à|a|vers|dès|des|jusqu['’]à|avant|après|depuis|entre|de) "
            r"(?:[01]?\d|2[0-3]):[0-5]\d\b(?![.,:]?\d)",
            r"\1 ",
        ),
        # (19ms, D90) a day and month in two digits each after the article or preposition of a
        # date ("Entre le 06/08 et le 16/08, 2.413 passages"): a date without its year, no fraction
        (
            r"\b(le|du|au|depuis le|jusqu['’]au) "
            r"(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d]|[.,]\d)",
            r"\1 ",
        ),
        # a height, depth or distance in metres ("d'une hauteur de trois mètres") is no count; a
        # length alone stays as written (D45.3)
        (
            r"\b(hauteur|profondeur|distance) de (?:près de |plus de |quelque )?"
            r"(?:\d[\d.,]*|[a-zàâçéèêëîïôûùüÿœ\-]+) (?:mètres|m)\b",
            r"\1",
        ),
        # "ces quinze dernières années" (these fifteen last years): "last" written between the
        # number and its time unit; the number is a duration (D7, D43.4)
        (
            r"\b(derni[eè]re?s?|prochaine?s?|précédente?s?|passée?s?) (?=(?:années|ans|mois|"
            r"semaines|jours|heures|minutes|décennies|siècles)\b)",
            "",
        ),
        # (lexicon 17, session 6) "une bonne centaine" (a good hundred) is more than a hundred,
        # "un petit millier" (a small thousand) nearly a thousand: read as "plus d'une centaine",
        # "près d'un millier" (rules 3, 5; D6); the adjectives alone qualify no number
        (r"\b(une?) (?:bonne|bon|grosse|gros) (?=(?:dizaine|douzaine|quinzaine|vingtaine|"
         r"trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?\b)", r"plus d'\1 "),
        (r"\b(une?) (?:petite|petit) (?=(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|"
         r"quarantaine|cinquantaine|soixantaine|centaine|millier)s?\b)", r"près d'\1 "),
        # (lexicon 17, session 6) the 1990 spelling joins every compound with hyphens:
        # "vingt-et-un", "soixante-et-onze" read as "vingt et un" (rule 11); "une demi-douzaine"
        # is approx 6 (rule 2, D6)
        (r"\b(vingt|trente|quarante|cinquante|soixante)-et-(une?|onze)\b", r"\1 et \2"),
        (r"\b(?:une )?demi[- ]douzaines?\b", "0.5 douzaine"),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:voire|sinon|voire même|ou même)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (r"\b(?<=\d )(?:sur|des) un total de (?=\d)", "des "),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(certains|certaines|plusieurs|quelques-uns|"
            r"quelques-unes)(?= (?:d['’]entre eux |"
            r"d['’]entre elles )?(?:grièvement|gravement|sérieusement|dans un état|"
            r"en urgence absolue)\b)",
            r", dont \1",
        ),
        # "another dozen" written with a singular "other" before a collective numeral ("Otra
        # docena de personas", "une autre dizaine", "un'altra decina", "outra dezena") is
        # additional, approx (D6, D12, D41); "otra" alone is no "more" word ("por otra parte")
        (
            r"\b(?:une autre|un autre)(?= (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|"
            r"quarantaine|cinquantaine|soixantaine|centaine|millier)\b)",
            "autres une",
        ),
        # a plural magnitude after an approximate word ("quelque milliers de morts", "environ
        # centaines") is the vague plural, the qualifier absorbed (D10, D40); not the collective
        # count it is after a number ("3 milliers")
        (r"\b(quelque|environ) (?=(?:dizaines|douzaines|centaines|milliers)\b)", r"\1 des "),
        # "dépasse maintenant le seuil des 11.200" (passes the mark of): the mark is the number's,
        # as Italian "superato la soglia dei" (D39, D40)
        (
            r"\b(dépass\w*|franchi\w*|surpass\w*|excèd\w*|atteint|atteindre|atteignent) "
            r"(?:(?:maintenant|désormais|déjà|aujourd'hui|hier|ainsi|donc) )?(?:le |la |l')?"
            r"(?:seuil|cap|barre|barrière|marque|niveau|plafond)(?: des| de| du)?\b",
            r"\1",
        ),
        # a singular scale word after "1" and three digits ("1,127 million") is 1.127 of it: the
        # singular says the number is below two, so the separator is the decimal point (rule 9,
        # D40)
        (r"\b1[.,](\d{3}) million\b", r"1\1 mille"),
        (r"\b1[.,](\d{3}) milliard\b", r"1\1 millions"),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:une|deux|trois) (doses?)\b", r"\1\2"),
        # "au moins un enfant" (at least one child): after an at-least word the article is the
        # numeral one, as "at least one" (D8, D39); not before a magnitude ("au moins un millier")
        (
            r"\b(au moins|pas moins d'|jusqu'à) (?:un|une)\b"
            r"(?! ?(?:\d|millier|million|milliard|centaine|dizaine|douzaine|vingtaine|quinzaine|"
            r"trentaine|cinquantaine|demi|tiers|quart|cinquième|peu)\w*)",
            r"\1 1",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\baucune? (?:des|d'entre les|de ces|parmi les) "
            r"(?=\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|"
            r"quarante|cinquante|cent)\b)",
            "0 sur ",
        ),
        # "one of the twelve" is a share, no count, as English "one of the 12" (rule 13, D38)
        (
            r"\bl'une? (?:des|d'entre les) (?=\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
            r"onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|"
            r"cent|mille)\b)",
            "1 sur ",
        ),
        # "645 deaths for 2023": a year after "for" that no noun follows is a date (D7, D38)
        (r"\bpour ((?:19|20)\d\d)\b(?![ \t]*[^\W\d_])(?![ \t]*\d)", r"en \1"),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:n°|numéro) ?\d+(?:[.,]\d+)*\b", " "),
        # "un quart de million" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\b(?:un )?quart de (million|milliard)s?\b", r"0,25 \1"),
        # a clock time "23h30", "vers 23h", "22 h 15" is no count (D28, D37)
        (r"\b\d[\d.,]* ?h(?: ?[0-5]\d)?\b", " "),
        # (32rc, D222.1) a ratio told with "rapport" or "ratio" before "de A à B" ("le rapport
        # est de 1 à 15") is a ratio (rule 13), as "une proportion de 1 à 15" reads; "rapport"
        # is also a report: only right before the two numbers ("de 1 à 15 morts" stays a range)
        (
            r"\b(?:rapport|ratio) (?=(?:(?:est|était|serait|sera|de l['’]ordre) )?(?:de |d['’])?"
            r"(?!(?:19|20)\d\d\b)\d[\d.,]* (?:à|a|pour|contre|sur) \d)",
            "proportion ",
        ),
        # "un décès sur six" (one death in six): a ratio, not a count (rule 13); "sur deux
        # jours" (over two days) is a period
        (
            # (17nj) "un" / "une" also before a noun and its adjective ("une école primaire sur
            # deux", D49)
            # (34, D232.1) every numeral below ten before, the tens and teens after ("un ménage
            # sur vingt", one household in twenty; "sept Français sur dix")
            r"\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|\d+)(?: [^\W\d_]+|"
            r"(?<=un) [^\W\d_]+ [^\W\d_]+|(?<=une) [^\W\d_]+ [^\W\d_]+)? sur "
            r"(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
            r"seize|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|"
            r"quatre-vingt-dix|cent|mille|\d+)\b(?! ?\d)(?!-)"
            r"(?! (?:jours?|nuits?|semaines?|mois|ans?|années?|heures?|minutes?|km|kilomètres?|"
            r"mètres?|kilos?|tonnes?)\b)",
            r"\1 sur \2 proportion",
        ),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\b(passée?s?|passant|passe|passent|grimpée?s?|grimpant|grimpe|augmentée?s?|"
            r"augmentant|"
            r"baissée?s?|chuté|chutant|diminuée?s?|bondi|montée?s?|reculé|"
            # (17nj) "il est tombé de 500 en 2014 à 284 en 2017" (fell from A to B, D35, D49)
            r"tombée?s?|tombant) "
            # (17tc) an adverb in -ment between ("passé brutalement de", D58.2)
            r"(?:[^\W\d_]+ment )?"
            # the old count's year may follow it ("de 306 en 2014 à 444", D39)
            # or another word of its time ("de 935 l'année dernière à 1.031", D41)
            # (17cs) the old count may be grouped with spaces ("a baissé de 5 000 à 3 200")
            r"de (?:quelque |environ )?\d[\d.,]*(?: \d{3})*(?: (?:mille|millions?))?"
            # (17cc) a percentage of change, "de 18 % à 46" (by 18 % to 46, D61.3)
            r"(?: ?%| pour ?cent)?"
            # (17tc) also after its noun and a participle ("de 122 rhinocéros abattus en 2009 à
            # 946", D58.2)
            r"(?:(?: [^\W\d_]+){0,2} en (?:19|20)\d\d|"
            r" l['’]année (?:dernière|précédente|passée)| l['’]an (?:dernier|passé)|"
            r" la semaine (?:dernière|précédente)| le mois (?:dernier|précédent)| la veille| hier|"
            r" auparavant| précédemment| initialement| au départ"
            # (17cc) a season, quarter or half-year ("de 23 la saison précédente à 12", D61.1)
            r"| (?:la|lors de la|au cours de la) saison (?:précédente|dernière|passée)"
            r"| (?:le|au) (?:trimestre|semestre) (?:précédent|dernier)"
            r"| (?:au|le) premier (?:trimestre|semestre)"
            # (30rg, D213) or its noun alone, the new total in digits after "à" closing what is
            # told ("est passé de 300 personnes à 500"), as "de 300 à 500 personnes" reads
            # (32rc, D222.3) B with its own qualifier and the noun told again ("est passé de 844
            # morts à au moins 1234 morts"): B and its qualifier, as "de 844 à au moins 1234 morts"
            r"| ([^\W\d_]+)(?= (?:à|a) (?:(?:au moins|plus de|près de|environ|quelque|presque|"
            r"moins de|pas moins de|au minimum|au maximum|quasiment|un peu plus de|un peu moins de"
            r"|bien plus de) )?\d[\d.,]*(?: \d{3})*(?: (?:mille|millions?))?(?: \2)?"
            r"(?:$|[,;.)])))? "
            r"(?:à|a) (?=\S)",
            r"\1 à ",
        ),
        # (17cc) the new total first, the old count after "contre" ("est passé à 46 contre 39 l'an
        # dernier", "grimpant à 225 contre 220 en 2014"): the old count dropped, the new total B
        # (D35, D61.2)
        (
            r"\b((?:passée?s?|passant|passe|passent|grimpée?s?|grimpant|grimpe|augmentée?s?|"
            r"augmentant|baissée?s?|chuté|chutant|diminuée?s?|montée?s?|reculé|tombée?s?|tombant) "
            r"à (?:quelque |environ |plus de |près de )?\d[\d.,]*(?: \d{3})*"
            r"(?: (?:mille|millions?))?"
            r"(?: [^\W\d_]+)?),? (?:contre|après) (?:quelque |environ )?\d[\d.,]*(?: \d{3})*"
            r"(?: (?:mille|millions?))?(?: en (?:19|20)\d\d|"
            r" l['’]année (?:dernière|précédente|passée)| l['’]an (?:dernier|passé)|"
            r" la saison (?:précédente|dernière|passée)| la veille| hier|"
            r" auparavant)?(?![\d.,]*\d)",
            r"\1",
        ),
        # a range of days ("entre le 4 et le 18 août"): dates, not the figure (D7)
        (
            r"\bentre le \d{1,2}(?:er)? et le \d{1,2}(?:er)? (?=(?:janvier|février|mars|avril|mai|"
            r"juin|juillet|août|septembre|octobre|novembre|décembre)\b)",
            " ",
        ),
        # "la mort de plus de 300": "de plus" is not "in addition" there
        (r"\bde (plus|moins) de\b", r"\1 de"),
        # (17nm) "plus d'un demi-million" keeps its "plus de" (at least 500,000; rule 3, D52.5)
        (r"\bd'un demi-? ?(million|milliard)\b", r"de 0.5 \1"),
        (r"\b(?:un )?demi-? ?(million|milliard)\b", r"0.5 \1"),
        (
            r"\b(soixante|quatre-vingts?|quatre vingts?)(?:[- ](et[- ])?(un|une|deux|trois|quatre|"
            r"cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|"
            r"dix-huit|dix-neuf))?\b",
            r"FR7099",
        ),
        (r"\b(?:un |1 )(million|milliard) et demi\b", r"1.5 \1"),
    ],
    "stop": [
        # (17nm) "par rapport à" (compared with) is no rate "par" ("une hausse de 4.000 dossiers
        # par rapport à la même période de l'an dernier" = additional 4,000; D52.1)
        "par rapport à", "par rapport au", "par rapport aux", "par rapport a",
        # (17tc) "par" before an article or a determiner is "by" ("1509 intoxications par le
        # monoxyde de carbone"), no rate "per" (D19, D58.4); "200 par village" stays a rate
        "par le", "par la", "par les", "par l'", "par un", "par une", "par des", "par du",
        "par ce", "par cette", "par ces", "par son", "par sa", "par ses", "par leur", "par leurs",
        "le", "la", "les", "des", "du", "soldats", "soldat", "troupes", "militaires",
        "nord-coréens", "nord-coréen", "tués", "blessés", "morts", "pertes", "hommes",
        "travailleurs", "ont", "été", "sont", "et", "de", "en", "avec", "pour", "premier",
        "contingent", "environ", "plus", "moins", "au", "aux", "supplémentaires", "quelque",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["hiver"],
        "spring": ["printemps"],
        "summer": ["été"],
        "autumn": ["automne"],
    },
    "words": {
        "rel:last": ["dernier", "dernière", "derniere", "passé", "passée", "précédent\\w*"],
        "rel:past pl": ["derniers", "dernières", "dernieres"],
        "rel:this": ["ce", "cet", "cette", "en cours", "actuel", "actuelle"],
        "rel:next": ["prochain", "prochaine", "à venir", "suivant", "suivante"],
        "rel:next pl": ["prochains", "prochaines"],
        "unit:day": ["jour", "journée"],
        "units:day": ["jours"],
        "unit:week": ["semaine"],
        "units:week": ["semaines"],
        "weekend": ["week end", "weekend"],
        "unit:month": ["mois"],
        "unit:year": ["an", "année", "annee"],
        "units:year": ["ans", "années", "annees"],
        "unit:hour": ["heure", "heures"],
        "quarterw": ["trimestre"],
        "halfw": ["semestre", "moitié"],
        "part:begin": ["début", "debut", "commencement"],
        "part:mid": ["mi", "milieu"],
        "part:end": ["fin"],
        "day:0": ["aujourd'hui", "aujourd hui", "ce jour"],
        "day:-1": ["hier"],
        "day:-2": ["avant hier"],
        "day:1": ["demain"],
        "now": [
            "jusqu'à présent", "jusqu'ici", "à ce jour", "actuellement", "déjà", "maintenant",
            "à l'heure actuelle", "pour l'instant", "désormais", "jusqu'à maintenant", "à présent",
            "en ce moment", "pour le moment", "jusqu'à aujourd'hui",
        ],
        "before": [
            "récemment", "précédemment", "auparavant", "plus tôt", "dernièrement", "naguère",
            "récent", "récents",
        ],
        "future": ["bientôt", "prochainement", "sous peu"],
        "within": ["dans les"],
        "since": ["depuis", "à partir de", "à partir du", "dès", "après"],
        "until": ["jusqu'à", "jusqu'au", "jusqu'en", "avant", "avant le", "au plus tard"],
        "until deadline": ["d'ici", "d'ici à", "d'ici au", "d'ici la"],
        "between": ["entre"],
        "and": ["et"],
        "ago": ["il y a"],
        "n:1": ["un", "une"],
        "n:2": ["deux"],
        "n:3": ["trois"],
        "n:4": ["quatre"],
        "n:5": ["cinq"],
        "n:6": ["six"],
        "n:7": ["sept"],
        "n:8": ["huit"],
        "n:9": ["neuf"],
        "n:10": ["dix"],
        "n:24": ["vingt quatre"],
        "few": ["quelques", "plusieurs"],
        "ord:1": ["premier", "première", "premiere"],
        "ord:2": ["deuxième", "deuxieme", "second", "seconde"],
        "ord:3": ["troisième", "troisieme"],
        "ord:4": ["quatrième", "quatrieme"],
    },
}

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("L'information a été communiquée, comme le rapporte Glavcom, par …")
_RELAYED_ASIDE = ("(?:, (?:(?:comme|ainsi que) (?:le |la |l['’]|les )?(?:rapporte\\w*|indique\\w*|"
                  "écri\\w*|relaie\\w*|relate\\w*|précise\\w*|affirme\\w*) [^,.]{1,40}|selon "
                  "[^,.]{1,40}|d['’]après [^,.]{1,40}),)?")

# (29ar) a country a body belongs to, with its preposition ("des États-Unis", "de la Corée du
# Sud", "de l'Ukraine", "du Royaume-Uni"): the items of a list of countries sharing one body
_FR_LISTED = ("(?:de (?:la )?corée du sud|de l['’]ukraine|d['’]ukraine|des [ée]tats-unis"
              "|du royaume-uni|des pays occidentaux|de l['’]otan)")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["missiles?", "roquettes?", "obus", "obusiers?", "drones?", "artillerie", "armes?",
                "munitions?", "canons?"],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["voire", "voire même", "sinon", "si ce n['’]est", "ou même",
                          "peut-être même", "peut-être"],
    # a body named under the one it belongs to ("the DIA under South Korea's defence
    # ministry"): the second is no other source
    "subordinate": ["sous", "relevant d[eu]", "rattachée? à", "au sein d[eu]"],
    # (19nm) médias par la grammaire (articles/outlets.py) : "le journal britannique The
    # Times", "rapporte le « Wall Street Journal »", ", rapporte Le Monde."
    "outlet_grammar": {
        "before": ["journal", "quotidien", "hebdomadaire", "tabloïd", "magazine", "média",
                   "site(?: d['’]information)?", "chaîne(?: de télévision)?", "radio",
                   "agence de presse", "publication", "gazette"],
        "adjectives": ["britannique", "américain", "américaine", "allemand", "allemande",
                       "japonais", "sud-coréen", "sud-coréenne", "ukrainien", "ukrainienne",
                       "spécialisé", "spécialisée", "en ligne", "d['’]information",
                       "économique", "populaire"],
        "verbs": ["rapporte", "rapportait", "a rapporté", "écrit", "a écrit", "révèle",
                  "a révélé", "indique", "a indiqué"],
        "verbs_after": [],
            "skip": ["d['’]état", "officiel\\w*", "étatique\\w*", "nord-coréen\\w*", "russe\\w*"],
    },
    # noms composés d'un pays et d'un organe (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": ["ukrainien\\w*"], "name": ["l['’]ukraine", "kiev", "kyiv"]},
            "KR": {"adj": ["sud-coréen\\w*"], "name": ["la corée du sud", "séoul"]},
            "US": {"adj": ["américain\\w*", "[ée]tats-unien\\w*"],
                   "name": ["les [ée]tats-unis", "washington"]},
            "GB": {"adj": ["britannique\\w*"], "name": ["le royaume-uni", "londres"]},
            "RU": {"adj": ["russes?"], "name": ["(?:la )?russie", "(?:le )?kremlin"]},
            "WEST": {"adj": ["occidenta\\w*"], "name": []},
            "KP": {"adj": ["nord-coréen\\w*"], "name": ["la corée du nord", "pyongyang"]},
        },
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["président", "chef de l['’]état", "dirigeant"],
            # (16db) a country's media reporting
            # ("selon les médias ukrainiens", "la presse sud-coréenne"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["médias", "presse", "journaux"],
            # what a side has published ("selon des estimations ukrainiennes"): its government
            "statement": ["estimations?", "données", "chiffres", "évaluations?", "affirmations",
                          "décomptes?", "déclarations?"],
            "state_media": ["médias(?: d['’]état| officiels)?", "presse(?: d['’]état| officielle)?",
                            "agence (?:de presse )?officielle", "agence de presse",
                            "télévision(?: d['’]état| officielle)?", "propagande"],
            "security": ["services? de sécurité", "service fédéral de sécurité"],
            "government": ["autorités", "responsables", "officiels", "gouvernement", "congrès",
                           "diplomates?", "fonctionnaires",
                           "sources officielles", "dirigeants",
                           # (16ck) the source nouns of a side: "des sources sud-coréennes",
                           # "la partie ukrainienne", "un porte-parole ukrainien"
                           "sources?", "partie", "porte-parole"],
            "intelligence": ["renseignements?", "services? (?:de renseignements?|secrets?)",
                             "agence (?:de|du) renseignement", "espions"],
            "military_intelligence": ["renseignements? militaires?",
                                      "services? de renseignements? militaires?"],
            "defence": ["ministère de la défense", "ministre de la défense"],
            "military": ["armée", "militaires", "forces armées", "responsables militaires",
                         "sources militaires",
                         "généra(?:l|ux)"],
        },
        "templates": ["{body} {adj}", "{body} (?:de |d['’]|du |des |à |en ){name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:morts?|tués?) ou (?:mis )?hors de combat",
            # a side that "lost" soldiers lost them killed or wounded, as "pertes" says
            "perdu", "perd", "perdait",
            "tués ou blessés", "tués et blessés", "morts ou blessés", "morts et blessés",
            "blessés ou tués", "pertes", "victimes", "tués ou ont été blessés",
            "tant (?:tués|morts) que blessés",
            # (31ar) a verb of death and one of wounds joined by "ou", the auxiliaries between
            # ("sont morts ou ont été blessés")
            "(?:tué|mort)e?s? ou (?:(?!\\d)\\w+ ){0,3}blessée?s?",
        ],
        "killed": ["tués?", "tuées?", "morts?", "mortes?", "décès", "décédés?", "péri",
                   "perdu la vie", "(?:perdent|perd|perdirent|perdit|perdaient|perdait) la vie",
                   "tombés?", "éliminés?",
                   # verbs in the present of headlines ("l'Ukraine tue 21 soldats")
                   "tuent", "tue", "tuant", "neutralisés?", "abattus?"],
        "wounded": ["blessés?", "blessées?", "blessent", "blessant", "blessures",
                    # admitted to hospital (16w)
                    "hospitalisés?", "admis (?:\\S+ ){0,4}(?:à|dans) (?:un |l['’])hôpital"],
        "captured": ["capturés?", "capture", "prisonniers?", "faits? prisonniers?", "captifs?",
                     "prisonniers de guerre"],
        "died_in_captivity": [
            # captured …, then died (no number between)
            "captur\\w*[^.\\d]{0,60} succombé",
            "mort en captivité", "mort après avoir été capturé",
            # (18) "mort un jour après sa capture" (the capture with its owner: of a person)
            "(?:mort|morts|décédée?s?|succombé)[^.\\d]{0,40} après (?:sa|leur) "
            "capture(?! d[eu'’]| des)",
            # (art34b) the plural too ("les prisonniers nord-coréens avaient succombé à leurs
            # blessures")
            "succombé à (?:ses|leurs) blessures", "morts? de (?:ses|leurs) blessures",
            "morts après avoir été capturés",
            "décédés? après avoir été capturés?", "décédées? après avoir été capturées?",
            # captured …, but died (16k)
            "(?:captur\\w*|fait\\w* prisonniers?)[^.\\d]{0,60}(?:mais|puis) (?:\\w+ )?"
            "(?:sont morts|est mort|sont décédés|est décédé|ont succombé|a succombé)",
            # (16ab) the captive named by the participle, then his death ("Le soldat nord-coréen
            # capturé par les forces ukrainiennes est décédé des suites de ses blessures")
            "captur\\w* (?:(?!a déclaré|a dit|ont déclaré|a raconté)[^.\\d,]){0,60}"
            "(?:est|sont) (?:décédés?|morts?)",
            "décédés? des suites de (?:ses|leurs) blessures",
        ],
        "deployed": ["déployés?", "déployées?", "déploiement", "envoyés?", "envoyé", "dépêchés?",
                     "stationnés?", "engagés?",
                     "arrivés?", "transférés?",
                     "combat(?!tants?\\b)\\w*"],  # fighting; "combattants" are a noun
        # (16ab) "réhabilitation", the word translations from English and Russian use ("la
        # réhabilitation de centaines de soldats blessés"), as en/de/es/ru/uk
        # (22ar) not the treaty, a noun after its determiner ("un traité de défense mutuelle")
        "treated_in_north_korea": ["soignés?", "(?<!un\\s)(?<!le\\s)(?<!du\\s)(?<!au\\s)"
                                   "(?<!ce\\s)(?<!nouveau\\s)(?<!historique\\s)traités?",
                                   "rééducation", "réadaptation", "réhabilitation",
                                   "sanatorium\\w*", "convalescence"],
        "hosted_children": ["accueill\\w*", "camp\\w*", "colonie\\w*",
                            # (16pq) a holiday there ("les enfants … passent leurs vacances en
                            # Corée du Nord", "ont passé l'été"), as en "vacationing"
                            "vacances", "pass\\w* l'été", "séjourn\\w*"],
        "workers_sent": [
            # (16r) workers told by their work (M2)
            "envoyé\\w* [^.\\d]{0,40}pour (?:y )?travailler",
            "travailleurs", "ouvriers",
            # (16cd) people who work there ("des milliers de Nord-Coréens travaillent en Russie")
            "travaill(?:ent|aient) (?:en|dans|sur)",
            "pour (?:y )?travailler", "main-d['’]œuvre", "main-d['’]oeuvre"],
        "materiel_sent": ["obus", "missiles", "conteneurs", "munitions", "obusiers",
                          "lance-roquettes",
                          # (16mw) artillery reached through its system or piece ("120
                          # systèmes d'artillerie automoteurs", "pièces d'artillerie"; not
                          # bare "artillerie", "projectiles": "trois millions de projectiles
                          # d'artillerie utilisés … par la Russie"), guns
                          # ("canons automoteurs"), launchers, rockets, mortars, small arms,
                          # armoured vehicles and air defence; tanks ("chars") and drones
                          # stay counts of no figure (``not_figure_after``)
                          "(?:systèmes|pièces|canons|batteries) d['’]artillerie", "canons",
                          "koksan", "lance-missiles", "roquettes", "mortiers", "grenades", "fusils",
                          "armes légères",
                          "véhicules blindés", "blindés",
                          "systèmes (?:de défense (?:anti)?aérienne|antiaériens|sol-air)"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["soldats?", "militaires", "combattants?", "troupes?"],
    "troops": ["soldats?", "troupes?", "militaires?", "combattants?", "hommes", "forces",
               "effectifs", "démineurs", "sapeurs",
               # members of a military body ("neuf membres du régiment")
               "membres (?:du |de la |de l['’]|des |d['’]un |d['’]une )?(?:\\w+ ){0,2}"
               "(?:régiment|unité|"
               "brigade|bataillon|corps|contingent|armée|forces|génie)s?"],
    "children": ["enfants?", "orphelins?", "mineurs", "fillettes", "jeunes filles", "garçons",
                 "adolescent\\w*", "écoliers"],
    "russian_wounded": ["blessés russes", "soldats russes blessés", "soldats blessés"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["(?:soldats|militaires|combattants) nord-cor[ée]ens bless[ée]s",
                    "bless[ée]s nord-cor[ée]ens"],
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": [
        # (16gh) an agreement to send ("a convenu … d'envoyer 6 000")
        "(?:convenu|accepté|accord\\w*) [^.;]{0,60}?(?:d'envoyer|l'envoi de|de déployer)",
        "prévoi\\w*", "prévu\\w*", "projette\\w*", "(?:va|vont|allait|allaient) "
                "(?:envoyer|déployer|dépêcher|être envoyés|arriver)", "enverr\\w*",
                "déploier\\w*",
                "devrai\\w* (?:envoyer|déployer|être envoyés|être déployés|arriver)",
                "s'apprête\\w* à", "compte\\w* envoyer", "doi\\w* (?:envoyer|être envoyés)",
                "pourrai\\w* (?:envoyer|déployer|être envoyés)", "envisage\\w*", "à venir",
                "prochainement",
        "arriveront",  # (16px)
        "(?:a|ont) promis d['’]envoyer",  # (16px)
        "s['’]est engagé\\w* à envoyer",  # (16px)
        "(?:a|ont) l['’]intention d['’]envoyer",  # (16px)
    ],
    "additional": ["supplémentaires?", "autres?", "nouveaux?", "nouvelles?", "renforts",
                   # (16pr) "plus de soldats" (more soldiers; "plus de 1 000" stays "more
                   # than"), a later group by its order or its turn
                   "plus de(?= (?:soldats|troupes|militaires|hommes|combattants)\\b)",
                   "(?:deuxième|seconde?|troisième) (?:vague|contingent|envoi)", "rotation"],
    "north_korea": [
        # "le Nord" as the one that sends ("le Nord a transmis à son allié …")
        "le nord(?= (?:a|avait|aurait|envoie|fournit|livre) )",
        # (16r) North Korea spellings (S1)
        "pyong-yang",
        "kim jong un",
        "nord-corée",
        "nord-coréen\\w*", "nord coréen\\w*", "corée du nord", "pyongyang",
                    "rpdc", "kim jong-un",
                    # (23at) the official name
                    "république populaire démocratique de corée"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("14 personnes à
        # Kiev", "la mort de 14 civils
        # ukrainiens")
        "(?:personnes|habitants) (?:à|en|de) (?:kiev|kyiv|kharkiv|odessa|dnipro|zaporijia|lviv|"
        "l[\'’]ukraine|ukraine)",
        "morts? d(?:e |[\'’])(?:\\S+ )?(?:ukrainiens|civils)",
        # mixed units are not ours
        "russes et nord-coréen\\w*", "nord-coréen\\w* et russes", "russes et nord-coréens",
        # (the people, not an adjective of things: "via des cargos russes" counts no Russians)
        "(?:les|des|aux|de|\\d+) russes", "soldats russes", "troupes russes", "forces russes",
        "militaires russes", "(?:les|des|aux|de|\\d+) ukrainiens",
                   "soldats ukrainiens",
                   # (16in) not the civilians North Korea sends to work ("15 000 travailleurs
                   # civils")
                   "(?<!travailleurs\\s)(?<!ouvriers\\s)civils",
        # (16ab) another country's soldiers, as ru/uk 16ru ("neuf victimes parmi les militaires
        # américains")
        "(?:soldats|militaires|marins|troupes) (?:américain|britannique|japonais|sud-coréen)\\w*",
        # les victimes d'une attaque contre l'Ukraine
        "(?:frappes?|attaques?|bombardements?) (?:russes? )?(?:sur|contre) (?:kiev|kyiv|l'ukraine)",
        "(?:frappes?|attaques?|bombardements?) russes?",
        "tchétchène\\w*",  # (16px)
        "israélien\\w*",  # (16px)
        "palestinien\\w*",  # (16px)
        "akhmat",  # (16px)
    ],
    "attribution_next": [  # une phrase qui dit de qui sont les chiffres d'avant
        # (16cd) "C'est la conclusion d'un rapport de l'ISW", "Telle est la conclusion de"
        "(?:c['’]est|telle est) la conclusion d",
        "c'est ce qu(?:e|')", "c'est (?:ce )?qu'a", "ce sont les chiffres",
        "(?:ces|ce) (?:chiffres?|estimations?|données) (?:proviennent|provient|viennent|vient)",
        "ce chiffre", "ces chiffres", "ce bilan", "cette estimation",
        "(?:ces|ce|les) (?:chiffres?|données|estimations?|informations?) (?:ont "
        "été|a été|avaient été|avait été) (?:communiqué|publié|fourni|donné|avancé|"
        "diffusé|rapporté|transmis|révélé)e?s?" + _RELAYED_ASIDE + " par",  # (16sw)
        "(?:l'information|l'annonce|l'estimation) a été (?:faite|donnée|rendue "
        "publique|communiquée|publiée|relayée)" + _RELAYED_ASIDE + " par",  # (16sw)
    ],
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "(?:a|ont) (?:détecté|découvert|repéré)",
        "rapportent", "rapporte", "selon", "d'après", "a déclaré", "a affirmé",
                    "a indiqué", "a annoncé",
                    "a estimé", "estime", "rapporté", "citant", "a ajouté", "a précisé",
                    "a dit", "a rapporté", "ont déclaré", "affirme", "a confirmé", "a révélé",
                    # the rest of the speech verbs, every tense outlets write, an adverb
                    # allowed between the auxiliary and the participle (16k: "Séoul a
                    # précédemment affirmé")
                    "affirmé", "déclaré", "indiqué", "annoncé", "précisé", "confirmé", "révélé",
                    "assuré", "souligné", "expliqué", "ajouté", "avancé", "évoqué", "signalé",
                    "reconnu", "averti", "chiffré", "évalué", "détaillé", "raconté",
                    "affirment", "déclare", "déclarent", "indique", "indiquent", "précise",
                    "précisent", "confirme", "confirment", "révèle", "révèlent", "assure",
                    "assurent", "souligne", "soulignent", "explique", "expliquent", "ajoute",
                    "ajoutent", "avancent", "évoque", "évoquent", "signale", "signalent",
                    "estiment", "chiffrent", "évalue", "évaluent", "disent", "ont dit",
                    "avait dit", "avaient dit", "affirmait", "affirmaient", "indiquait",
                    "estimait", "estimaient", "déclarait", "évoquait", "avançait",
                    "(?:a |ont |avait |avaient )?fait savoir", "(?:a |ont )?fait état",
                    "selon (?:lui|elle|eux|elles)", "cité\\w* par", "accuse", "accusent",
                    "accusé",
                    # a statement's noun with its author ("selon les informations de Kiev",
                    # "des photos publiées par Kiev")
                    "selon (?:les |des )?(?:informations|données|estimations|chiffres|sources|"
                    "services|renseignements)(?: d[eu']| des)?",
                    "d'après (?:les |des )?(?:informations|données|estimations|chiffres)"
                    "(?: d[eu']| des)?", "publié\\w* par", "diffusé\\w* par",
                    # (16cd) sharing information is saying it ("a partagé des informations")
                    "(?:a|ont) (?:également |aussi )?partagé (?:des |les )?"
                    "(?:informations|données)",
        "a jugé",  # (16sw)
        "juge-t-(?:il|elle)",  # (16sw)
        "dans un communiqué",  # (16sw)
        "a communiqué",  # (16sw)
        "comptabilisé",  # (16sw)
        "comptabilise",  # (16sw)
        "comptabilisent",  # (16sw)
        "recensé",  # (16sw)
        "recense",  # (16sw)
        "recensent",  # (16sw)
        "dénombré",  # (16sw)
        "dénombre",  # (16sw)
        "dénombrent",  # (16sw)
        "a noté",  # (16sw)
        "note-t-(?:il|elle)",  # (16sw)
        "a rappelé",  # (16sw)
        "rappelle-t-(?:il|elle)",  # (16sw)
        "a martelé",  # (16sw)
        "a insisté",  # (16sw)
        "a admis",  # (16sw)
        "a confié",  # (16sw)
        "confie",  # (16sw)
        "a écrit",  # (16sw)
        "écrit",  # (16sw)
        "écrivent",  # (16sw)
        "a tweeté",  # (16sw)
        "a informé",  # (16sw)
        "rapportait",  # (16sw)
        "rapportaient",  # (16sw)
        "annoncent",  # (16sw)
        "annonçait",  # (16sw)
        "estimerait",  # (16sw)
        "estimeraient",  # (16sw)
        "a-t-(?:il|elle) dit",  # (16sw)
        "dit-(?:il|elle)",  # (16sw)
        "disent-(?:ils|elles)",  # (16sw)
        "ont-(?:ils|elles) dit",  # (16sw)
        "a prévenu",  # (16sw)
        "a calculé",  # (16sw)
        "au dire de",  # (16sw)
        "aux dires de",  # (16sw)
        "de l'avis de",  # (16sw)
        "à en croire",  # (16sw)
        "sur la foi de",  # (16sw)
    ],
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) des informations qu'un orateur transmet d'une source nommée juste après ("before")
    # ou juste avant ("after") ces mots : l'origine (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:informations?|données|renseignements|chiffres|éléments)"
            "(?: qui lui ont été| qui leur ont été)? (?:transmis|fournis|communiqués|obtenus|"
            "recueillis|remis|partagés)\\w* (?:par|auprès d[eu]|de)",
            "(?:citant|cité|s'appuyant sur|se fondant sur|sur la base d)(?:e)? (?:des |les )?"
            "(?:informations?|données|renseignements) (?:de|du|des|fournies par|transmises par)"],
        "after": [],
    },
    "others": [
        "et (?:de plusieurs |de |des )?(?:d['’])?autres pays(?: occidentaux| alliés| européens)?",
        "et (?:de |des )?pays (?:occidentaux|alliés)",
        "et (?:ses|leurs) alliés(?: occidentaux)?",
    ],
    "interviewer": {"before": ["interview", "entretien"], "after": []},
    "according": ["selon", "d'après",
        "au dire de",  # (16sw)
        "aux dires de",  # (16sw)
        "de l'avis de",  # (16sw)
        "à en croire",  # (16sw)
        "sur la foi de",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["précédemment", "auparavant", "plus tôt", "précédent\\w*",
                      "avait (?:dit|affirmé|déclaré|estimé|avancé)"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["tandis que", "alors que"],
    "subject_first": True,
    "intelligence": ["renseignement\\w*"],
    "clause": ["et", "mais"],
    "relay": ["député\\w*", "parlementaire\\w*", "législateur\\w*"],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "d\'après (?:les |des )?estimations(?: disponibles| actuelles| récentes)?(?! d)",
        "on estime", "est estimé", "sont estimés", "il est estimé",
        "selon les estimations",
        "(?:des|d'autres|certains|plusieurs) (?:rapports|informations) (?:indiquent|affirment|"
        "évoquent|suggèrent|font état|montrent)",
        # reports nobody is named for (16w)
        "selon (?:des|certains|plusieurs) (?:informations|rapports|médias)", "selon la presse",
        # (16gh) reported earlier, nobody named ("Il avait été rapporté que …")
        "il (?:avait été|a été) (?:précédemment )?rapporté",
        "on apprend",  # (16sw)
        "selon les médias(?! d)",  # (16sw)
        "d'après (?:la presse|les médias|des médias)",  # (16sw)
        "on évoque",  # (16sw)
        "dit-on",  # (16sw)
        "rapporte-t-on",  # (16sw)
        "est estimée",  # (16sw)
        "sont estimées",  # (16sw)
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:pouvant|pourrait|peut|pourraient|peuvent|capable d['’]) "
        "(?:accueillir|abriter|loger|contenir)",
        "capacité d[e'’]",
        "places? pour",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:pouvant|pourrai\\w*|peu(?:t|vent)|capables? de) (?:transporter|embarquer)",
        "conçu\\w* pour (?:transporter|accueillir)",  # (16px)
    ],
    "excluded": [
        # (16ce) the people an outlet spoke with ("les six travailleurs avec lesquels la chaîne
        # britannique s'est entretenue")
        "avec (?:lesquel|lesquell|qui)\\w* (?:\\S+ ){1,4}?(?:s['’]est|se sont|a|ont) "
        "(?:entretenu|parlé|discuté)\\w*",
        # (16ce) les déserteurs : aucun chiffre de l'histoire
        # (17ch) the verb, not the participle after a place ("un village déserté": abandoned),
        # nor a desertion prevented ("pour enrayer la désertion")
        "(?<!village\\s)(?<!villages\\s)(?<!ville\\s)(?<!rue\\s)(?<!rues\\s)(?<!quartier\\s)(?<!quartiers\\s)"
        "(?<!maison\\s)(?<!maisons\\s)(?<!zone\\s)(?<!zones\\s)désert(?:é|ée|és|ées)",
        "désert(?:er|ent|aient|èrent|ait)",
        "(?<!enrayer\\sla\\s)(?<!endiguer\\sla\\s)(?<!empêcher\\sla\\s)(?<!freiner\\sla\\s)(?<!contre\\sla\\s)"
        "(?<!prévenir\\sla\\s)(?<!limiter\\sla\\s)(?<!enrayer\\sles\\s)(?<!endiguer\\sles\\s)(?<!empêcher\\sles\\s)"
        "(?<!freiner\\sles\\s)(?<!contre\\sles\\s)(?<!limiter\\sles\\s)désertions?", "déserteurs?",
        "déserteuses?",
        # (16cd) a shortage counted, not people sent ("il manque 5000 ouvriers", "une pénurie de
        # 5000 travailleurs"; not "envoyé 5000 ouvriers pour pallier la pénurie de main-d'œuvre")
        "(?:manque(?:nt)?|pénurie|déficit) (?:de |d')?(?:\\S+ ){0,3}?\\d+",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "éviter d'être captur\\w*", "pour ne pas être captur\\w*", "éviter la capture",
        "disparus?", "rapatrié\\w*", "rapatriement", "rentré\\w*", "retourné\\w*",
        "renvoyé\\w*",
        # (16in) the wounded evacuated home are repatriated ("2 000 autres soldats blessés ont été
        # évacués … vers leur pays d'origine")
        "évacué\\w* [^.\\d]{0,60}?vers (?:leur pays|la corée du nord|pyongyang)",
        # a count of combined Russian and North Korean forces is no figure of the story (16n)
        "forces combinées",
        "conteneurs d['’]aide",  # (16px)
        "avec qui (?:\\S+ ){1,3}?(?:a|ont|avons) (?:parlé|discuté)",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))en (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d)",  # (16px)
        "(?:un|des) stocks? de",  # (16px)
        "un arsenal de",  # (16px)
        "une armée de",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "en fuite", "recherch(?:é|és|ée|ées) (?:pour|par la police)",
    ],
    # "this figure": the metric of the figure before
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["parmi eux", "dont"],
    # "1 000 de ces soldats": a part of the figure before
    "partitive": ["de ces", "d'entre eux"],
    # companions of the North Koreans ("aux côtés des troupes russes"): not the side counted
    # (and the enemy they fight: "contre les Ukrainiens" counts no Ukrainians)
    "alongside": ["aux côtés des?", "aux côtés d'", "côte à côte avec"],
    # (23ar) les munitions qu'un pays produit, consomme ou stocke ne sont pas un envoi ("la Russie
    # produit annuellement jusqu'à 3 millions d'obus"), as en
    "used": ["produi(?:t|sent|re|ra|rait|raient)",
             "fabriqu(?:e|ent|é|ée|és|ées|er)", "consomm(?:e|ent|é|és|er)", "en stock"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("la Russie a tiré environ 60 missiles
        # nord-coréens"), unless its clause says they were sent (`supplied`), as en
        "tir(?:é|ée|és|ées)", "tirent", "lanc(?:é|ée|és|ées)", "utilis(?:é|ée|és|ées)",
        "employ(?:é|ée|és|ées)",
    ],
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends North
    # Korea is no figure of the story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination after a verb of sending ("a envoyé à la Corée du Nord",
        # "environ 1 000 spécialistes en Corée du Nord"; "en Corée du Nord" alone is also "in")
        # or the one who receives ("la Corée du Nord a reçu")
        "recipient": [
            "(?:envoy|envoi|livr|fourni|expédi|achemin|transfér|dépêch|cédé|remis|remet|donn|"
            "export|vend|offert|transport)\\w*(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:(?:à|en|vers) (?:la"
            " )?"
            "corée du nord|(?:à|vers) pyongyang|à destination de (?:la corée du nord|pyongyang))",
            "de (?:la )?russie (?:vers|à destination de) (?:la corée du nord|pyongyang)",
            "(?:pyongyang|la corée du nord)(?: (?:a|aurait|avait|aussi|également|en échange|"
            "en retour)){0,2}(?: [^\\s;:]*[^\\s.,;:])? (?:reçu|obtenu|importé|acquis|acheté)(?! (?:"
            "l'|"
            "des |un |une )?(?:ordres?|instructions?|demandes?|invitations?))",
        ],
        # Russia as the one who sends ("la Russie a envoyé", "Moscou a livré", "livrés par la
        # Russie", "reçu de la Russie")
        "sender": [
            "(?:la russie|moscou|le kremlin)(?: (?:a|aurait|avait|lui a|leur a|aussi|également|"
            "en retour|en échange|quant à elle)){0,3} (?:envoyé|livré|fourni|expédié|transféré|"
            "cédé|remis|donné|exporté|vendu|acheminé|envoie|livre|fournit|expédie|vend)",
            "(?:envoy|livr|fourni|expédi|achemin|transfér|cédé|remis|donn|export|vend|reçu|"
            "obtenu|import|acquis)\\w*(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:depuis|de|par) (?:la )?russ"
            "ie",
            "en provenance de (?:la )?russie",
        ],
        # the story's own direction ("en Russie", "la Corée du Nord a envoyé", "de Corée du
        # Nord")
        "forward": [
            "(?:en|vers|à) (?:la )?russie", "(?:à|vers) moscou", "au kremlin", "(?:à|vers) koursk",
            "(?:au|vers le) front",
            "(?:la corée du nord|pyongyang|le nord|kim jong[- ]un)(?: [^\\s;:]*[^\\s.,;:]){0,3}? "
            "(?:envoyé|livré|fourni|expédié|transféré|dépêché|déployé|cédé|vendu|envoie|livre|"
            "fournit|expédie|déploie|vend)",
            "(?:de|depuis|par) (?:la )?corée du nord", "(?:de|depuis|par) pyongyang",
            "(?:la russie|moscou)(?: (?:a|aurait|avait)){0,1}(?: [^\\s;:]*[^\\s.,;:])? (?:reçu|obte"
            "nu|"
            "importé|acquis|acheté)",
        ],
    },
    "supplied": [
        "livr\\w*", "envoy\\w*", "envoi\\w*", "fourni\\w*", "transféré\\w*", "expédi\\w*",
        "cédé\\w*", "reçu\\w*", "exporté\\w*",
    ],
    # (16cg) and the verbs of fighting ("pour combattre les forces ukrainiennes")
    "against": ["contre", "combattre", "combattent"],
    # a number told again after one of these is an earlier figure's people ("les neuf soldats")
    "definite": ["les", "aux", "des", "ces"],
    # the article of a number word ("un centenar", "a hundred"): part of the figure
    "indefinite": ["un", "une"],
    # auxiliaries after a name right after a speech verb: it is the reported clause's subject
    # ("officials in Seoul say Ukraine has captured …"), not who speaks
    "auxiliary": ["ont", "avait", "aurait", "est", "sera", "serait",
                  # ("a" only before a participle)
                  "a \\w+(?:é|és|ée|i|u|is|it|ert)"],
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["des", "sur les", "parmi les"],
    "anaphora": ["ce chiffre", "ce nombre", "ce bilan",
                 # (16pr) a pronoun for the number just told ("l'estiment à plus de 1 000")
                 "l['’](?:estim|évalu|chiffr)\\w* à"],
    # un pronom parle (« a-t-il dit ») : la source nommée avant, non l'agence qui relaie
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Kim a déposé une fleur devant les portraits de neuf soldats")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "kim", "verbs": [
        "(?:a |avait )?(?:déposé|dépose|rendu|rend|honoré|honore|décoré|décore|reconnu|"
        "reconnaît|admis|admet|annoncé|annonce|déclaré|déclare|révélé|révèle|montré|"
        "montre|salué|salue|dit|affirmé|affirme|confirmé|confirme|remis|remet)",
        "s['’](?:est|était) incliné",
    ]},
    "they_open": ["ils", "elles"],
    "pronoun": ["a-t-(?:il|elle) (?:dit|déclaré|ajouté|affirmé|précisé|expliqué|indiqué|souligné|"
                "assuré|estimé|poursuivi|annoncé|reconnu|confirmé|écrit)",
                "(?:il|elle) a (?:dit|déclaré|ajouté|affirmé|précisé|expliqué|indiqué|souligné|"
                "assuré|estimé|annoncé|reconnu|confirmé|écrit)",
                "(?:selon|d'après) (?:lui|elle)"],
    # attribution d'une phrase à l'autre (articles/carry.py) : mots qui renvoient à une source
    # nommée avant (et le genre de source qu'ils désignent), formes qui prolongent le compte
    # rendu, et mots qui y mettent fin
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py; as en): "l'annonce de Kiev selon laquelle …"
    "owned_statement": {
        "nouns": ["(?:annonce|affirmations?|déclarations?|estimations?|évaluation|informations?|"
                  "version|chiffres|allégations?) (?:de|du|des)"],
        "opens": ["selon laquelle", "selon lesquelles", "selon lequel", "selon lesquels",
                  "que", "qu['’]"],
    },
    "carry": {
        # (16cs) carrying a source further (articles/carry.py; docs/articles.md "Carrying a
        # source further (16cs)"): "closes_later" opens a later sentence that says whose the
        # report before it is and is read with "closes"; "closes_later_within" may stand
        # anywhere in it (read with "closes_within"); "documents": the report, announcement,
        # statement, material, data or assessment of a source named before (read with
        # "anaphors", kind as there); "links": a linking adverb opening a sentence (a paragraph)
        # that goes on with the report before (read with "adds")
        "closes_later": [
            "(?:cette|ces) (?:révélation|information|estimation|donnée|évaluation)s?,? "
            "(?:\\S+ ){0,3}?(?:a|ont|avait|avaient) été (?:\\S+ )?(?:faite|divulguée|révélée|"
            "publiée|rapportée|communiquée|fournie|donnée)s? par",
            "(?:ces|les) chiffres (?:proviennent|viennent) (?:de|du|des)",
        ],
        "closes_later_within": [],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "compte(?= (?:environ|près de|quelque|plus de|au moins|\\d))",
            "disposer?",
            "disposent",
            "possède",
            "possèdent",
            "entretient",
            "aligne",
            "sous les drapeaux",
            "en service actif",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "en particulier",
            "notamment",
            "plus précisément",
            "de plus",
            "en outre",
            "par ailleurs",
            "de surcroît",
            "en plus",
            "de même",  # (carry_further_sentences.yml, fr-kbs)
        ],
        "documents": {
            "selon (?:ce|le) (?:communiqué|document|bilan|texte)": "published",
            "d['’]après (?:le|ce) (?:communiqué|document|bilan)": "published",
            "le (?:communiqué|document) (?:indique|précise|estime|affirme|note|ajoute)":
            "published",
            "selon (?:l['’]|cette )(?:évaluation|estimation|annonce|étude)": "published",
            "selon (?:la|cette) (?:déclaration|note|publication|étude)": "published",
        },
        "anaphors": {
            # (19nm) le média sans son nom : la source qu'il citait, sinon lui-même
            "(?:selon|d['’]après) (?:la publication|le journal|le quotidien|le média|la chaîne"
            "|le magazine|l['’]hebdomadaire|le site|le tabloïd)": "outlet",
            "(?:rapporte|écrit|précise|ajoute|indique) (?:la publication|le journal|le quotidien"
            "|le média|la chaîne|le magazine|le tabloïd)(?=\\s*[,.;:!?])": "outlet",
            # (16an) démonstratifs, pluriel et le renseignement sans adjectif de pays ("Selon le
            # renseignement", pas "le renseignement militaire ukrainien"), le porte-parole
            "(?:cette|ladite) agence(?! de presse)": "agency", "ce service": "agency",
            "(?:ces|les) services (?:secrets|de renseignements?)(?! \\w*(?:ukrainien|américain"
            "|britannique|russe|occidenta|militaire))": "agency",
            "(?:selon|d['’]après|pour) le renseignement(?! (?:militaire|ukrainien|américain"
            "|britannique|russe|occidental))": "agency",
            "le porte-parole(?! d)": "institution", "la porte-parole(?! d)": "institution",
            "l'agence(?! de presse| france)": "agency",
            "le service(?! de presse)": "agency",
            "le ministère": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("citant (?:des |les )?(?:sources|informations|données|services) (?:du |de )"
             "renseignement(?!s? \\w*(?:ukrainien|américain|britannique|russe|occidenta|"
             "militaire))"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("(?:le|la) ministre (?:a |avait )?"
             "(?:ajout|précis|affirm|soulign|indiqu|déclar|estim|expliqu)\\w*"): "minister",
            "(?:selon|d['’]après) (?:le|la) ministre(?! des affaires| russe| nord)": "minister",
            ("(?:a|avait) (?:ajouté|précisé|indiqué|déclaré|affirmé|souligné|estimé) (?:"
             "le|la) ministre(?! des affaires| russe| nord)"): "minister",
            "le député": "lawmaker", "les députés": "lawmaker",
            "la même source": "source", "de même source": "source",
            # the report of the institution named before (16n)
            "selon le rapport": "institution", "d['’]après le rapport": "institution",
        },
        # a report the article names an author for ("un informe publicado por …")
        "report": ["(?<!par.)rapport", "document", "étude"],
        "goes_on": ["selon la même source", "de même source", "a-t-(?:il|elle) (?:ajouté|précisé)",
                    "ajoute-t-(?:il|elle)", "précise-t-(?:il|elle)", "a-t-on appris",
                    "a-t-on précisé"],
        # the conditional of reported speech ("auraient été tués"): the sentence still relays the
        # source before it, whatever time it names
        "reported": ["(?:aur|ser)ai(?:en)?t (?:été|eu|\\w{3,}(?:é|és|ée|ées|is|it|u|us))"],
        # (not past the journalist's own reasoning: "ce qui signifie que … auraient été")
        "reasoning": ["suggère", "implique", "ce qui signifie", "c'est-à-dire"],
        # (16cf) a sentence closing the report: names the source of the figures before it
        # (articles/carry.py, closing)
        "closes": ["c['’]est ce qu(?:e |['’])(?:\\S+ ){0,3}?(?:a|ont|avait|avaient) (?:\\S+ )?"
                   "(?:affirmé|déclaré|indiqué|annoncé|rapporté|révélé|précisé|assuré|estimé)",
                   "c['’]est ce que vient d['’](?:annoncer|affirmer|indiquer|révéler)",
                   "(?:ces|ce) chiffres? (?:a|ont) été (?:avancés?|communiqués?|publiés?|donnés?|"
                   "fournis?)" + _RELAYED_ASIDE + " par",
                   "l['’]information a été (?:rapportée|révélée|annoncée|donnée|publiée)"
                   + _RELAYED_ASIDE + " par"],
        "ends": ["auparavant", "précédemment", "plus tôt", "l'an dernier", "l'année dernière",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "suggère", "implique", "ce qui signifie", "c'est-à-dire",
                 # (16ef) background the outlet recalls (as ru "Напомним")
                 "pour rappel", "rappelons que", "rappelons-le",
            "il convient de rappeler",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["les", "ces"],
        "other": ["autres", "nouveaux", "nouvelles", "supplémentaires"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["parmi les", "sur les", "sur un total de",
              # (16cd) the base of a share ("plus de la moitié des quelque 11 000 soldats"), as ru
              # and uk
              "(?:moitié|tiers|quart) des"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    # sapeurs, démineurs et ouvriers militaires : les vagues suivantes (envoi supplémentaire)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    # (30ac) a clause whose subject is the counted people, before their work ("…, où ils participent
    # au déminage"): the purpose of rebuilding still theirs (articles/rules.py, _for_rebuilding)
    "their_work": ["où ils"],
    "rebuilding": [
        "reconstruction", "reconstruire", "déminage", "déminer", "travaux de construction",
        "rétablir les infrastructures",
    ],
    "engineers": [
        # (16r) military engineers of the later waves (M3)
        "militaires du génie(?: civil)?",
        "soldats du génie(?: civil| militaire)?", "génie militaire",
        "sapeurs", "démineurs", "ouvriers militaires", "ouvriers de l'armée",
                  "division d'ouvriers", "soldats du génie", "génie militaire",
                  "ingénieurs militaires", "bâtisseurs militaires",
                  "soldats pour (?:la )?reconstruction",
                  # (16pr) the construction troops by their arm ("5 000 soldats des troupes de
                  # construction"), as en "construction troops", de "Bautruppen"
                  "(?:soldats )?(?:des |de )?troupes (?:de construction|du génie)",
                  # (29ar) the military construction workers by the noun of their work ("5 000
                  # ouvriers de construction militaire"), as en "military construction workers"
                  "(?:ouvriers|travailleurs|employés) (?:de (?:la )?|du )?(?:construction|bâtiment)"
                  " militaires?",
                  "constructeurs militaires"],
    "sent": ["envoy\\w*", "déploy\\w*", "dépêch\\w*"],
    # the one who orders or owns the sending is no source (C6)
    # (16ef) background the outlet recalls, opening a sentence ("Pour rappel, Pyongyang avait
    # … dépêché plus de 1 000 hommes supplémentaires"): no source of the report before, as
    # ko "한편" (and its "additional" troops no more of that report)
    "new_topic": ["pour rappel", "rappelons que", "rappelons-le",
        "il convient de rappeler",  # (16px)
    ],
    "partner": [
        "armée de kim",
        "sur (?:l['’])?ordre de",
        "sur ordre personnel de",
        "par ordre de",
    ],
    "claimants": {
        # people and bodies every Latin-script language writes alike (lang/_latin.py)
        **LATIN_NAMES,
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # the Ukrainian president by his other title ("le chef de l'État ukrainien")
        "chef de l['’]état ukrainien": "Volodymyr Zelensky (President of Ukraine)",
        # Shoigu by his post as outlets shorten it ("le chef de la sécurité russe")
        "(?:chef|patron|responsable) de la sécurité (?:russe|de la russie|du kremlin)":
            "Russian Security Council (Sergei Shoigu)",
        # the US envoy to the UN by each of his titles (the US mission to the UN is the State
        # Department's, 16ch); not "ambassadeur" alone, read as Russia's in Pyongyang
        "(?:représentant|représentante|ambassadeur|ambassadrice|envoyé|envoyée|émissaire|"
        "diplomate)s? (?:permanente? |adjointe? )?(?:américaine?|des [ée]tats-unis) (?:à|auprès "
        "(?:de|des|du)) (?:l['’]onu|l['’]organisation des nations unies|nations unies|conseil de "
        "sécurité(?: de l['’]onu)?)":
            "US State Department",
        # another country's envoy is no source of this story ("l'ambassadeur chinois à l'ONU",
        # Russia's at the UN): not "ambassadeur" alone, read as Russia's in Pyongyang
        "(?:ambassadeur|ambassadrice|représentant|représentante)s? (?:permanente? )?(?:chinois|"
        "chinoise|japonaise?|allemande?|française?|de (?:la )?(?:chine|japon|allemagne|france))"
        "|(?:ambassadeur|ambassadrice|représentant|représentante)s? (?:permanente? )?(?:russe|"
        "de (?:la )?russie) (?:à|auprès (?:de|des|du)) (?:l['’]onu|nations unies|conseil de "
        "sécurité)":
            "Unattributed",
        "(?:centre ukrainien|centre \\w+ ukrainien) de (?:lutte contre|contre) la désinformation":
            "Ukraine National Security and Defense Council (NSDC)",
        # the MSMT by its name
        "(?:l['’])?équipe multilatérale de (?:surveillance|contrôle|suivi) des sanctions":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        # l'agence de renseignement militaire des États-Unis (la DIA seule est celle de Séoul)
        "(?:la |l['’])?(?:dia|agence de renseignement (?:de la défense|militaire)(?: \\(dia\\))?|"
        "defense intelligence agency(?: \\(dia\\))?) (?:américaine|des [ée]tats-unis|du pentagone)":
            "US Department of Defense",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "(?:responsables|autorités|renseignements?) (?:ukrainien|sud-coréen|américain)\\w* et "
        "(?:les )?(?:renseignements? |services de renseignement )?occidenta\\w*":
            "Several governments jointly",
        "renseignements? sud-coréens? et occidenta\\w*": "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        # (16in) la Corée du Nord qui reconnaît ses morts ("Pyongyang, de son côté, reconnaît
        # officiellement la mort de neuf soldats"): ce qu'elle admet, elle le publie
        "(?:la corée du nord|pyongyang|le régime (?:nord-coréen|de pyongyang|de kim jong-un))"
        "(?:,? de son côté,?)? (?:a |avait )?(?:(?:officiellement|publiquement|enfin) )?"
        "(?:pour la première fois )?(?:reconnu|reconnaît|reconnait|admis|admet)":
            "North Korea (state media and leadership)",
        "les [ée]tats-unis (?:ont|avaient) (?:déjà |aussi "
        ")?(?:dénombré|compté|évalué|recensé|annoncé)":
            "US government (unspecified)",
        "selon les [ée]tats-unis": "US government (unspecified)",
        "(?:estimations?|chiffres|données|renseignements?) américain\\w*":
            "US government (unspecified)",
        "renseignement militaire de (?:la )?corée du sud":
            "South Korea Defense Intelligence Agency",
        "procureur général (?:ukrainien|d['’]ukraine|de l['’]ukraine)":
            "Ukrainian government (unspecified)",
        "andriy kostine?": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "oleh ivachtchenko": "Ukrainian government (unspecified)",
        "ivachtchenko": "Ukrainian government (unspecified)",
        "ivashchenko": "Ukrainian government (unspecified)",
        "service (?:de )?renseignement extérieur (?:de l['’]ukraine|ukrainien)":
            "Ukrainian government (unspecified)",
        "renseignement extérieur ukrainien": "Ukrainian government (unspecified)",
        "szru": "Ukrainian government (unspecified)",
        "ambassadeur (?:adjoint )?(?:américain|des [ée]tats-unis) (?:à|auprès de) l['’]onu":
            "US State Department",
        "l['’]ukraine (?:affirme|assure|estime|dit|évalue)":
            "Ukrainian government (unspecified)",
        "selon (?:les )?(?:chiffres|données) (?:officiel\\w* )?(?:nord-coréen\\w*|de pyongyang)":
            "North Korea (state media and leadership)",
        "(?:responsables|autorités) ukrainien\\w* et (?:le )?renseignement occidental":
            "Several governments jointly",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "service national du renseignement": "South Korea National Intelligence Service (NIS)",
        "service de renseignement national": "South Korea National Intelligence Service (NIS)",
        "services? secrets? sud-coréens?": "South Korea National Intelligence Service (NIS)",
        "services? de renseignement (?:en|de (?:la )?) corée du sud":
            "South Korea National Intelligence Service (NIS)",
        "otan": "NATO",
        "boudanov": "Ukraine Defence Intelligence (HUR)",
        "services? de renseignements? militaires? ukrainiens?":
            "Ukraine Defence Intelligence (HUR)",
        "conseil (?:ukrainien )?de (?:la )?sécurité nationale et de (?:la )?défense"
        "(?: (?:d['’]ukraine|ukrainien|de l['’]ukraine))?":
            "Ukraine National Security and Defense Council (NSDC)",
        "services? de sécurité (?:d['’]ukraine|ukrainiens?)": "Security Service of Ukraine (SBU)",
        "choïgou": "Russian Security Council (Sergei Shoigu)",
        "ministère américain de la défense": "US Department of Defense",
        "maison-blanche": "White House",
        "département d['’][ée]tat": "US State Department",
        "ministère sud-coréen de la défense": "South Korea Ministry of National Defense",
        "ministère de la défense sud-coréen": "South Korea Ministry of National Defense",
        # the NIS as "Service national de renseignement" (16n), or without its noun
        "service national de renseignements?": "South Korea National Intelligence Service (NIS)",
        "service national sud-coréen": "South Korea National Intelligence Service (NIS)",
        # the minister (16n): the ministry's statement by its head
        "ministre sud-coréen de la défense": "South Korea Ministry of National Defense",
        "ministre de la défense sud-coréen": "South Korea Ministry of National Defense",
        "renseignement militaire sud-coréen": "South Korea Defense Intelligence Agency",
        # the DIA by its own name (16p)
        "agence (?:du |de )?renseignement de (?:la )?défense(?: sud-coréenne| de (?:la )?corée du "
        "sud)?": "South Korea Defense Intelligence Agency",
        "forces spéciales ukrainiennes": "Ukraine Special Operations Forces",
        # (29ar) the special forces "of the Ukrainian army" ("Le 8e régiment des forces spéciales
        # de l'armée ukrainienne a fait état …"), not the army or the government
        "forces spéciales de l['’]armée ukrainienne": "Ukraine Special Operations Forces",
        # (29ar) British Defence Intelligence by its French name ("Les services de renseignement
        # de la défense britannique estiment …")
        "(?:services? de )?renseignements? de (?:la )?défense britannique":
            "UK Ministry of Defence (Defence Intelligence)",
        "forces d['’]opérations spéciales": "Ukraine Special Operations Forces",
        "centre de lutte contre la désinformation":
            "Ukraine National Security and Defense Council (NSDC)",
        "oumerov": "Ukraine Ministry of Defence",
        # two governments' services written with "de … et de …" (a joint claim)
        "(?:services? (?:secrets|de renseignement)|autorités|renseignements) de (?:la )?corée du "
        "sud et (?:des |de |d['’])?(?:pays occidentaux|l['’]ukraine|[ée]tats-unis)":
            "Several governments jointly",
        # (29ar) one body of three or more countries listed with "de …, de … et de …" ("selon
        # les rapports des services de renseignement des États-Unis, de la Corée du Sud et de
        # l'Ukraine"): a joint claim, as the two-country form above
        "(?:services? (?:secrets|de renseignements?)|autorités|renseignements?) " + _FR_LISTED
        + "(?:, " + _FR_LISTED + ")+ et " + _FR_LISTED: "Several governments jointly",
        "centre national de (?:la )?résistance": "Ukraine National Resistance Center",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "[ée]tat-major (?:général )?(?:ukrainien|de l['’]armée ukrainienne|"
        "des forces armées ukrainiennes)":
            "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:agence|services?|renseignements?)(?: de renseignements?| du renseignement)? "
        "(?:sud-coréen\\w*|de séoul)":
            "South Korea National Intelligence Service (NIS)",
        # ── end of 16h block ──
        # ── issue 16 (16na): every claimant as outlets write it, with the heads and
        # spokespeople who speak for it in 2024-2026 (tests/cases/articles/claimant_names.yml) ──
        # the MSMT by its French names ("l'Équipe multilatérale de surveillance des sanctions",
        # EMSS on Canada's pages) and described ("le groupe de surveillance des sanctions")
        "(?:équipe|groupe|mécanisme)s? (?:(?:multilatéra|multinationa|internationa)\\w* )?de "
        "surveillance des sanctions(?: multilatérales)?":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "emss": "Multilateral Sanctions Monitoring Team (MSMT)",
        "organisation du traité de l['’]atlantique nord": "NATO",
        "alliance atlantique": "NATO",
        "agence centrale de presse coréenne": "North Korea (state media and leadership)",
        "jcs": "South Korea Joint Chiefs of Staff",
        "ministère de la défense (?:nationale )?de (?:la )?corée du sud":
            "South Korea Ministry of National Defense",
        "ministère (?:sud-coréen )?de la défense nationale(?: sud-coréen| de "
        "(?:la )?corée du sud)?":
            "South Korea Ministry of National Defense",
        "services? de renseignements? (?:de |en )corée du sud":
            "South Korea National Intelligence Service (NIS)",
        "(?:agence|service)s? d['’]espionnage (?:sud-coréen\\w*|de séoul|de (?:la )?corée du sud)":
            "South Korea National Intelligence Service (NIS)",
        "(?:présidence|président) sud-coréen\\w*": "South Korea government",
        "ministre britannique de la défense": "UK Ministry of Defence (Defence Intelligence)",
        # a body of the US or the UK after "des" / "du" (de + les, de + le: "selon des
        # déclarations des États-Unis", "le ministère de la Défense du Royaume-Uni")
        "(?:déclarations?|estimations?|données|chiffres|évaluations?|affirmations|responsables|"
        "autorités|gouvernement|officiels|renseignements?|services? (?:de renseignements?|"
        "secrets?)) des [ée]tats-unis":
            "US government (unspecified)",
        "(?:ministère|ministre|département) de la défense des [ée]tats-unis":
            "US Department of Defense",
        "(?:estimations?|évaluations?|déclarations?|données|chiffres|renseignements?(?: "
        "militaires?)?|services? (?:de renseignements?|secrets?)|ministère de la défense|"
        "ministre de la défense) du royaume-uni":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:andriï |andriy )?ioussov": "Ukraine Defence Intelligence (HUR)",
        "yusov": "Ukraine Defence Intelligence (HUR)",
        "direction principale du renseignement(?: militaire)?(?: ukrainien| de l['’]ukraine)?":
            "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "(?:service principal|direction principale|direction générale) (?:du |de )?"
        "renseignements?(?: militaires?)?(?: du ministère (?:ukrainien de la défense|de la "
        "défense(?: ukrainien\\w*| de l['’]ukraine| d['’]ukraine)?))?":
            "Ukraine Defence Intelligence (HUR)",
        "(?:services? (?:de )?)?renseignements? (?:militaires? )?du ministère (?:ukrainien de la "
        "défense|de la défense (?:ukrainien\\w*|de l['’]ukraine|d['’]ukraine))":
            "Ukraine Defence Intelligence (HUR)",
        "renseignement de (?:la )?défense (?:de l['’]ukraine|d['’]ukraine|ukrainien\\w*)":
            "Ukraine Defence Intelligence (HUR)",
        "(?:vassyl )?maliouk": "Security Service of Ukraine (SBU)",
        "maliuk": "Security Service of Ukraine (SBU)",
        "commandant en chef (?:de l['’]armée ukrainienne|des forces armées ukrainiennes|"
        "des forces armées de l['’]ukraine|ukrainien)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "chef de l['’]armée ukrainienne":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "forces d['’]assaut aérien(?:nes)?(?: ukrainiennes)?": "Ukrainian army units",
        "centre de (?:la )?résistance nationale": "Ukraine National Resistance Center",
        "(?:ministère|ministre) ukrainien de la défense": "Ukraine Ministry of Defence",
        "conseil national de sécurité et de défense(?: d['’]ukraine| ukrainien)?":
            "Ukraine National Security and Defense Council (NSDC)",
        "oleksandr lytvynenko": "Ukraine National Security and Defense Council (NSDC)",
        "(?:chef de la )?diplomatie ukrainienne": "Ukrainian government (unspecified)",
        "sybiha": "Ukrainian government (unspecified)",
        "(?:dmytro )?k(?:ou|u)leba": "Ukrainian government (unspecified)",
        "(?:andriï )?(?:iermak|yermak)": "Ukrainian government (unspecified)",
        "secrétaire (?:américain )?à la (?:défense|guerre)": "US Department of Defense",
        "(?:ministre|ministère) américain de la (?:défense|guerre)": "US Department of Defense",
        "département (?:américain )?de la (?:défense|guerre)": "US Department of Defense",
        # ("d'Etat": the capital written without its accent, 29ar)
        "secrétaire d['’][ée]tat (?:américain|des [ée]tats-unis)": "US State Department",
        "(?:chef de la )?diplomatie américaine": "US State Department",
        "administration (?:américaine|biden|trump)": "US government (unspecified)",
        "institut (?:pour l['’]|d['’])étude de la guerre": "Institute for the Study of War (ISW)",
        "médias (?:d['’]état |officiels )?russes": "Russian media",
        "(?:dmitri )?peskov": "Russian media",
        "ria novosti": "Russian media",
        "(?:kateryna )?rachevska": "Regional Center for Human Rights (Kateryna Rashevska)",
        "centre régional (?:pour les|des) droits (?:de l['’]homme|humains)":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        # big outlets reporting on their own (16na; one relaying a source yields to it)
        "(?:le )?figaro": "News media (own reporting)",
        "france ?24": "News media (own reporting)",
        "rfi": "News media (own reporting)",
        "franceinfo": "News media (own reporting)",
        "bfmtv": "News media (own reporting)",
        "radio-canada": "News media (own reporting)",
        "ouest-france": "News media (own reporting)",
        "the national interest": "News media (own reporting)",  # the US magazine, in English
        # (16wp) outlets named after a country, in the language (the Latin names: lang.OUTLETS)
        "(?:la )?voix de l['’]amérique": "News media (own reporting)",
        "radio asie libre": "News media (own reporting)",
        "(?:plus )?haut responsable de la sécurité (?:russe|de (?:la )?russie)":
            "Russian Security Council (Sergei Shoigu)",
        "(?:ministère|ministre) ukrainien des affaires étrangères":
            "Ukrainian government (unspecified)",
        "(?:ministère|ministre) des affaires étrangères (?:ukrainien|d['’]ukraine|de l['’]ukraine)":
            "Ukrainian government (unspecified)",
        "andri(?:ï|i|y) tcherniak": "Ukraine Defence Intelligence (HUR)",
        "artem dekhtiarenko": "Security Service of Ukraine (SBU)",
        "(?:dmytro )?loubinets": "Ukrainian government (unspecified)",
        "(?:quartier général|[ée]tat-major) de coordination (?:pour le traitement|du traitement) "
        "des prisonniers de guerre":
            "Ukrainian government (unspecified)",
        "(?:ministère|ministre) sud-coréen (?:des affaires étrangères|de l['’]unification)":
            "South Korea government",
        # ── end of 16na block ──
        "sources anonymes": "Unattributed",  # unnamed sources: nobody
        "gouvernement sud-coréen": "South Korea government",
        "responsables? militaires? américains?": "US Department of Defense",
        "zelensky": "Volodymyr Zelensky (President of Ukraine)",
        "service de renseignement de son pays": "South Korea National Intelligence Service (NIS)",
        "renseignements? sud-coréens?": "South Korea National Intelligence Service (NIS)",
        "(?:kiev|kyiv|l'ukraine) et ses alliés(?: occidentaux)?": "Several governments jointly",
        "agence sud-coréenne (?:du|de) renseignement":
            "South Korea National Intelligence Service (NIS)",
        "[ée]tat-major interarmées(?: sud-coréen| de séoul)?": "South Korea Joint Chiefs of Staff",
        "[ée]tat-major (?:sud-coréen|de (?:la )?corée du sud)": "South Korea Joint Chiefs of Staff",
        "services? de sécurité (?:ukrainiens?|de l'ukraine)": "Security Service of Ukraine (SBU)",
        "l'ukraine a (?:annoncé|affirmé|déclaré|indiqué)": "Ukrainian government (unspecified)",
        # nationality adjectives sharing one noun ("les autorités sud-coréennes, américaines
        # et ukrainiennes"): several governments at once
        "(?:autorités|responsables|services de renseignement|renseignements|sources) (?:sud-coréen|"
        "américain|ukrainien|occidentau|occidental|britannique)\\w*(?:,? (?:et )?(?:sud-coréen|"
        "américain|ukrainien|occidentau|occidental|britannique)\\w*){1,3}":
            "Several governments jointly",
        # the office-holder named by his title (the story runs from 2024)
        "(?:le )?président ukrainien": "Volodymyr Zelensky (President of Ukraine)",
        "services de renseignement sud-coréens": "South Korea National Intelligence Service (NIS)",
        "séoul": "South Korea government",
        "kiev": "Ukrainian government (unspecified)",
        "kyiv": "Ukrainian government (unspecified)",
        # Ukraine's own data (16n), as de 'ukrainische Angaben'
        "(?:données|chiffres) (?:ukrainien\\w*|de l['’]ukraine)":
            "Ukrainian government (unspecified)",
        "renseignement militaire ukrainien\\w*": "Ukraine Defence Intelligence (HUR)",
        "responsable militaire américain": "US Department of Defense",
        # officials by nationality (16p), as en "Ukrainian officials", "US officials"
        "responsables? ukrainiens?": "Ukrainian government (unspecified)",
        "responsables? américains?": "US government (unspecified)",
        "pentagone": "US Department of Defense",
        "maison blanche": "White House",
        "ministère britannique de la défense": "UK Ministry of Defence (Defence Intelligence)",
        "renseignement britannique": "UK Ministry of Defence (Defence Intelligence)",
        "services de renseignement britanniques": "UK Ministry of Defence (Defence Intelligence)",
        "kim jong-un": "North Korea (state media and leadership)",
        "(?:le )?(?:dirigeant|leader|dictateur) nord-coréen(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "(?:le )?(?:dirigeant|leader) de la corée du nord(?!,? ?kim)":
            "North Korea (state media and leadership)",
        # Shoigu in French spelling and by his title
        "cho[iï]gou": "Russian Security Council (Sergei Shoigu)",
        "conseil de sécurité (?:russe|de (?:la )?russie)":
            "Russian Security Council (Sergei Shoigu)",
        # "la Corée du Sud a affirmé …, en citant ses services de renseignement": the NIS
        "la corée du sud (?:[^.]|\\.\\d){0,120}(?:citant|selon) "
        "ses services de renseignement":
            "South Korea National Intelligence Service (NIS)",
        "la corée du sud a (?:affirmé|annoncé|déclaré|indiqué|estimé)": "South Korea government",
        "les [ée]tats-unis (?:ont|avaient) (?:confirmé|affirmé|estimé|déclaré|indiqué)":
            "US government (unspecified)",
        "ambassadeur": "Russian ambassador to North Korea (Alexander Matsegora)",
        "reuters": "News media (own reporting)",
    },
    "joint": ["et", "ainsi que"],
    "determiners": ["un", "une", "le", "la", "les", "deux", "autre", "premier", "des",
        "plusieurs",  # (16px)
        "quelques",  # (16px)
        "autres",  # (16px)
        "première",  # (16px)
    ],
    # l'autre camp comme celui qui a perdu ("Moscou a dépassé le million de pertes")
    "losses_of": [
        # (16r) Russia's own losses, told in a relative clause (S2)
        "pertes (?:de la russie|russes|de moscou)(?: \\S+){0,3},? qui (?:\\S+ "
        ")?(?:s['’]élèvent à|atteignent|dépassent)",
        "(?:moscou|la russie|kiev|kyiv|l'ukraine) a (?:dépassé|perdu|subi)",
                  "(?:moscou|la russie|kiev|kyiv|l'ukraine) (?:dépasse|perd|subit)",
                  "les (?:russes|ukrainiens) (?:ont |avaient )?(?:perdu|subi|perdent|subissent)",
        "pertes (?:de la russie|russes|de moscou|de l['’]armée russe) (?:s['’]élèvent à|"
        "atteignent|dépassent|sont estimées à)",  # (16px)
    ],
    # une destination ("transférés vers Kiev") : le nom qui suit n'est pas une source
    "destination": ["vers", "à"],
    # une projection, pas un bilan ("pourraient être tués d'ici avril")
    # (35c) a wave without a number told as a possibility, an expectation or a sending being
    # prepared ("la possibilité d'envoyer des troupes supplémentaires", "s'attend à l'arrivée
    # de soldats supplémentaires", "se prépare à envoyer"): no figure; read only beside an
    # unnumbered wave (articles/reinforcements.py)
    "wave_unseen": ["possibilité", "possible\\w*", "risque de", "s'attend\\w*",
                    "se prépar\\w* à", "pas encore"],
    "hypothetical": ["pourrai\\w* être", "risque\\w* d'être",
        "pourrai\\w*(?= (?:\\S+ )?(?:mourir|périr))",  # (16px)
        "risque\\w* de(?= (?:mourir|périr))",  # (16px)
    ],
    "not_figure_after": [
        # (22lb) an anniversary's number ("du 75 anniversaire du parti"): an ordinal, no count
        "(?:e|ème)? ?anniversaire",
        # (16cl) la classe fermée des unités après leur numéro ("155 brigade", "11 corps
        # d'armée"; pas "corps" seul, les morts: "11 corps retrouvés")
        "corps d['’]armée", "armées?", "compagnies?", "escouades?", "pelotons?", "escadrons?",
        "escadrilles?", "flottilles?",
        # (16ab) a quantity per thing ("300 obus par conteneur", "dans chaque conteneur")
        # (16rv2) "par" only of a container: "envoyé 1 500 soldats par navire" is by ship
        "(?:[\\w'’-]+ ){0,2}(?:par (?:conteneur|caisse)|dans chaque (?:conteneur|caisse|wagon|"
        "livraison|navire))s?",
        # (16ab) camps counted, no people, as ru/uk "лагерей" ("au moins 165 camps")
        "camps",
        # (16cd) photos and videos counted, no figure ("a publié trois photos")
        "(?:photos?|photographies|images|vidéos?|clichés)"
        "(?! (?:des|de) (?:soldats )?(?:morts|tués|tombés))",
        # (16pf) sources counted, no figure ("deux responsables américains", "trois personnes
        # proches du dossier", "l'un des responsables")
        "(?:hauts? )?(?:responsables|diplomates|fonctionnaires|officiels)",
        "personnes (?:proches|au fait|informées|familières|ayant connaissance)",
        "d(?:es|e ces) (?:\\S+ )?(?:responsables|diplomates|fonctionnaires|sources)",
        # (16pf) an organisation's members counted, no figure ("les 32 pays membres de l'OTAN", "les
        # 27 États de l'UE")
        "(?:états|etats)(?: membres)?(?: de l[\'’]ue| de l[\'’]otan)?", "alliés",
        "pouces?",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?mm",
        "-?millimètres?",
        "(?:d['’])?(?:usines|entreprises)",
        # des mines à déminer ne sont pas du matériel envoyé ("des centaines de mines")
        "(?:de )?mines(?!-)",
        # des livraisons et des usines, pas du matériel (16n)
        "livraisons", "cargaisons", "(?:d['’])?usines",
        # des surfaces ("plusieurs centaines de km2", "200 kilomètres carrés")
        "(?:de )?km2", "(?:de )?km²", "(?:de )?kilomètres? carrés", "(?:d['’])?hectares?",
        "km", "kilomètres?", "mètres?", "ans", "dollars?", "euros?", "roubles?", "wons?",
        "pour cent", "%", "heures?", "jours?", "semaines?", "mois", "minutes?", "tonnes?",
        "villages?", "fois", "chars?", "drones?", "brigades?", "divisions?", "bataillons?",
        "pays", "e", "er", "ème",
        "sources",
        # stages and rates are no counts ("en deux phases", "92 pertes par jour")
        "phases", "étapes", "vagues", "(?:\\w+ ){1,2}(?:par|chaque) jour",
        # kinds, not items ("plusieurs types de missiles")
        "(?:types?|sortes|genres|modèles) d(?:e |['’])",
        # a duration with its adjective between ("ces trente derniers jours")
        "(?:derni|premi|prochain)\\w* (?:jours|semaines|mois|années|ans)",
        # (notfig, session 6) l'argent : monnaies, leurs codes et symboles après le nombre
        # ("500 USD", "500 yuans", "500 livres sterling", "500 millions de dollars")
        "dollars? américains", "usd", "\\$", "€", "£", "eur", "yens?", "yuans?", "hryvnias?",
        "uah", "livres?(?: sterling)?", "francs?", "centimes?",
        "(?:de |d['’])(?:dollars?|euros?|roubles?|wons?|yens?|yuans?|hryvnias?|livres?)",
        # (notfig, session 6) mesures : longueurs, poids, volumes ("500 m", "500 milles",
        # "500 kg", "500 t", "500 litres", "500 barils")
        "m(?!-)", "cm", "centimètres?", "milles(?: nautiques)?", "kg", "kilo(?:gramme)?s?",
        "t(?!-)", "kilotonnes?", "litres?", "barils?", "m3", "mètres? cubes?",
        # (notfig, session 6) durées et vitesses ("500 secondes", "des décennies", "500 nœuds",
        # "500 km/h")
        "secondes?", "années", "décennies", "siècles?", "nœuds", "noeuds",
        # (notfig, session 6) points de pourcentage, heures, degrés, puissance, autres comptes
        # ("5 points de pourcentage", "à 10 h", "40 degrés", "300 sièges", "500 voix")
        "points? de pourcentage", "h", "heure locale", "gmt", "utc", "degrés", "°c?",
        "mégawatts?", "mw", "calories", "sièges", "voix", "re", "ᵉ",
        # (16ef) a unit's number or a count of units, no people ("le 528 régiment du génie")
        "régiments?", "brigades?", "bataillons?",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:de )?(?:détenus|forçats|prisonniers de droit commun)",
        "pages",  # (16px)
        "lits",  # (16px)
        "contre \\d[\\d  ]*",  # (16px)
        "régions",  # (16px)
        "avions(?: de (?:chasse|combat))?",  # (16px)
    ],
    # (16nf) le nom compté : lieux, voyages, fois, navires, jours ne comptent rien de l'histoire
    # ("cinq bases militaires", "64 voyages", "à 32 reprises", "quatre navires", "deux ports")
    "not_counted": [
        "bases", "sites", "lieux", "endroits", "emplacements", "destinations", "ports", "aéroports",
        "aérodromes", "installations", "centres d['’]entraînement", "terrains d['’]entraînement",
        "polygones", "entrepôts", "dépôts", "hôpitaux", "positions", "provinces", "régions",
        "oblasts", "districts", "villes", "localités", "villages", "zones", "secteurs", "fronts",
        "voyages", "trajets", "traversées", "allers-retours", "allers et retours", "escales",
        "visites", "vols", "rotations", "reprises", "occasions", "fois",
        "navires", "bateaux", "cargos", "porte-conteneurs", "porte-containers", "trains",
        "jours", "semaines", "mois",
        # (19ct) sièges, rangées, tombes, plaques ("9 rangées de 12 sièges", "400 tombes")
        "sièges", "places assises", "rangées", "tombes", "tombeaux", "sépultures",
        "pierres tombales", "stèles", "plaques", "monuments", "bâtiments",
    ],
    "counted_gap": "(?!(?:dans|pour|avec|entre|environ|plus|moins|près|vers|chez|sans|sous|"
                   "depuis|pendant|parmi|selon|contre|dont|soit)\\b)[^\\W\\d_][\\w'’-]{3,}",
    # (16nf) un jour d'une plage de dates ("du 3 au 5 mars", "entre le 27 et le 28 octobre")
    # et le numéro d'un jour ("jour 1000 de la guerre")
    "day_range": ["au", "et(?: le)?", "à"],
    "day_number": ["jour"],
    # (16pq) a size told as usual, no count:
    # "un bataillon compte généralement plusieurs centaines de soldats"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["nombre", "nombre total", "bilan", "effectif", "effectifs"],
                  "verb": ["est de", "était de", "serait de", "s'élève à", "s'élevait à",
                           "s'élèverait à", "atteint", "atteignait", "atteindrait",
                           "est estimé à", "était estimé à", "serait estimé à", "est évalué à",
                           "est passé à", "est porté à", "dépasse",
                           "chiffré à"]},
    "usual": ["en général", "généralement", "habituellement", "normalement", "d'ordinaire",
              "d'habitude", "en règle générale",
              # (16ci) the rest of the closed class: how often, how it varies
              "souvent", "le plus souvent", "typiquement", "ordinairement", "communément",
              "var(?:ie|ient)", "peu(?:t|vent) varier", "oscill\\w*"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    # ("âgés d'une vingtaine d'années", "dans la trentaine"; not "une vingtaine de soldats")
    "age": {"after": [r"\s+d['’]ann[ée]es(?!\w)", r"\s?ans? (?:et demi )?d['’]âge"],
            "before": [r"(?:dans|à) la", r"âgée?s?(?: de| d['’])?(?: environ| entre| moins de|"
                       r" plus de)?(?: une?)?"]},
    "measure": [r"\s?-?\s?(?:pieds?|pouces?|(?:kilo|centi|milli)?mètres?|km|cm|mm)(?![\w])",
                r"\s?-?\s?tonnes?(?! d[e'’])(?![\w])", r"\s?-?\s?calibre(?![\w])"],
    "interviewed": {
        "before": [r"interrogée?s?", r"interviewée?s?", r"rencontrée?s?",
                   r"s['’]est entretenue? avec", r"se sont entretenue?s avec",
                   r"entretenue?s? avec", r"parlé (?:avec|à)", r"discuté avec",
                   r"(?:enquête|sondage|étude)(?: menée| réalisée)? auprès d['’]?e?",
                   r"entretiens? avec", r"témoignages? d['’]?e?", r"interrogeant",
                   r"rencontrant"],
        "gap": ["les", "des", "ces", "quelque", "environ", "près de", "plus de", "au moins",
                "une", "un"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:interrogé|interviewé|rencontré|sondé)e?s? "
                  r"par(?!\w)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4},?\s+avec (?:les)?quel(?:le)?s"
                  r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:entretenue?s?|parlé|discuté)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4},?\s+(?:qu['’]|que )(?:[^\s\d.,;:!?]+\s+){0,3}"
                  r"(?:a|ont) (?:rencontré|interrogé|interviewé)"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "pour (?:des )?raisons personnelles",
        "à des fins (?:professionnelles|privées|touristiques)",
        "en transit vers (?:un |des )?pays tiers", "visiteurs nord-coréens",
        "entrés en russie", "sont entrés", "foulé le sol", "pour (?:y )?étudier",
              "fins? (?:éducatives?|d'études)", "but de leur (?:visite|voyage|séjour)",
              # (16ce) des visas délivrés : une statistique de frontière
              "visas?"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["pénuries?", "manques?", "manquent", "déficit"],
    # (16ce) pour chaque unité ("cinq unités de 2 000 hommes chacune"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": ["chacun", "chacune"]},
    # (32ar) a phase named by its number ("la phase 2"): no count (articles/nonfigures.py)
    "phase_before": ["phase", "étape"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("acheminés par groupes de 1 500"): no count
        "(?<!\\w)par (?:groupes|lots|contingents|rotations) de",
        # (23at) and groups counted first ("organisés en cinq groupes de 2 500 à 3 000")
        "(?<!\\w)(?:en|deux|trois|quatre|cinq|six|sept|huit|plusieurs|\\d+) "
        "(?:groupes|lots|unités) de",
        # (16ce) the people an outlet spoke with ("s'est entretenue avec six travailleurs")
        "entretenu\\w* avec(?: \\S+){0,2}",
        # (16kl) an outlet named by a number ("France 24", "France 2"): a name, no count
        "(?<!\\w)france",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに" ("chaque
        # conteneur pouvant contenir 300 obus")
        "(?<!\\w)(?:dans |par |pour )?chaque (?!fois\\b)[\\w'’-]+(?: [\\w'’-]+){0,3}",
        # (16pf) a document's number, no figure ("résolution 2375", "décret n° 123", "article 5")
        "(?<!\\w)(?:résolutions?|articles?|décrets?|lois?|arrêtés?|ordonnances?|directives?)"
        "(?: n°| no\\.?| numéro)?",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "interrogé\\w*(?: \\S+){0,2}",
        "interviewé\\w*(?: \\S+){0,2}",
        # those whose accounts the outlet gathered ("les témoignages de six travailleurs")
        "témoignages? d(?:e |['’])(?:[^\\s.!?;:]+ ){0,2}",
        "récits? d(?:e |['’])(?:[^\\s.!?;:]+ ){0,2}",
        "(?:rencontré|parlé (?:à|avec))(?: [^\\s.!?;:]+){0,2}",
        "\\$", "€", "£", "âgés? de", "n°", "page",
        # (notfig, session 6) argent et désignations avant le nombre : "¥500", "Hwasong-11",
        # "chapitre 5", "unité 29155", "type 73", "vol 17"
        "₩", "¥", "hwasong-?", "(?<!\\w)(?:chapitre|section|alinéa|paragraphe|calibre)",
        "(?<!\\w)(?:rang|niveau|vol|route|salle|bâtiment|porte|modèle|type|version|numéro)",
        "(?<!\\w)pages",  # (16px)
        "(?<!\\w)top",  # (16px)
        "\\d[\\d  ]* contre",  # (16px)
        "(?<!\\w)(?:en )?l['’]an(?:née)?",  # (16px)
        "(?<!\\w)noms de",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["déjà"],
    # (16cj) words of a sum: right before a total ("au total", "soit") or right after it
    # ("11 000 au total"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) une proportion, aucun chiffre de l'histoire ("huit Nord-Coréens sur dix", "un sur
    # trois", "neuf sur chaque dix"; "3 000 soldats sur 12 000" est une partie avec son total,
    # 16cj): analysis.articles.ratios
    "ratio": {"sure": ["sur", "sur chaque"], "of": []},
    # (16cl) les noms d'une unité numérotée après eux ("unité 1234", "brigade 155", "corps 11")
    "unit_named": ["unités?(?: militaires?)?", "corps(?: d['’]armée)?", "armées?",
                   "divisions?", "brigades?", "régiments?", "bataillons?", "compagnies?",
                   "sections?", "escouades?", "batteries?", "détachements?", "escadrons?",
                   "escadrilles?", "flottilles?", "groupements?"],
    "sum": {"before": ["au total", "en tout", "soit", "soit au total", "soit un total de",
                       "un total de", "au total de", "en somme", "au cumul", "en cumulé",
                       "cumulativement", "c'est-à-dire"],
            "after": ["au total", "en tout", "en somme", "au cumul", "cumulés", "cumulées"],
            "made_of": ["composés? de", "composées? de", "constitués? de", "constituées? de",
                        "formés? de", "formées? de", "comprenant", "dont", "parmi lesquels",
                        "parmi lesquelles", "parmi eux", "répartis en", "réparties en",
                        "y compris"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("la Russie tire environ 10 000 obus par jour"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["par jour", "chaque jour", "quotidiennement", "tous les jours"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["enlevés?", "enlevées?", "enlèvements?", "déportés?", "déportées?",
                           "déportations?", "kidnappés?", "arrachés?"],
                 "camp": ["camps?", "songdowon", "wonsan", "pyongyang"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "iran(?:ien\\w*)?",
        "téhéran",
        "(?:les états-unis|washington|les occidentaux|l['’]occident|l['’]europe|l['’]ue) (?:ont "
        "|a |avaient |avait )?(?:seulement |déjà )?(?:livré|envoyé|fourni|transféré)",
        "(?:livrés?|envoyés?|fournis?|transférés?) [^.;:]{0,50}?à (?:l['’]ukraine|kiev|kyiv)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "détrui(?:t|te|ts|tes|sent|sait|saient)",
        "perdu(?:e|s|es)?",
        "perd(?:ait|aient|ent)",
        "neutralis(?:é|ée|és|ées)",
        "endommag(?:é|ée|és|ées)",
        "anéanti(?:e|s|es)?",
        "mis hors de combat",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "dans le monde",
        "à l['’]étranger",
        "\\d+ pays",
        "d['’]autres pays",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "par jour",
        "chaque jour",
        "quotidiennement",
    ],
    # (26aw) une perte de la taille d'une unité ("jusqu'à un bataillon"): articles/units.py
    "unit_size": [
        "(?:(?:jusqu['’]à|près d['’]|environ|presque|quasiment) ?)?(?:un|tout un) bataillon"
        "(?! de commandement| russe| ukrainien)",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko
# ("l'ambassadeur ukrainien à l'ONU"); "ambassadeur" alone stays Russia's in Pyongyang
ARTICLES["claimants"].update({
    "(?:ambassadeur|ambassadrice|représentant|représentante|envoyé|envoyée)s? (?:permanente? )?"
    "(?:ukrainien(?:ne)?|de l['’]ukraine|de kiev|de kyiv)": "Ukrainian government (unspecified)"})
# the side holding a place is no source ("la région de Koursk, toujours occupée par les forces
# spéciales ukrainiennes"), as the one helped is none
ARTICLES["partner"] += ["(?:occupée?s?|contrôlée?s?) par(?: les| la| le| l['’])?"]
# workers counted for another destination ("la Chine avec 1 500, … la Libye avec 600") in a
# sentence naming no Russia: no workers sent to Russia, as "à l'étranger"
ARTICLES["worldwide"] += ["chine", "qatar", "émirats arabes unis", "libye", "iran", "koweït",
                          "mongolie", "asie du sud-est", "moyen-orient", "afrique"]
# a force counted with North Koreans among it ("50 000 soldats, dont plus de 10 000 venus de
# Corée du Nord"): a mixed unit, no figure of the story, as "russes et nord-coréens"
ARTICLES["other_side"] += ["(?:soldats|troupes|militaires|hommes|combattants),? dont"
                           "(?=[^.;:]{0,40}?(?:nord-coréen|corée du nord))"]

# (24ar) intelligence agencies in the plural, or of "renseignements" ("les agences de
# renseignements de Corée du Sud ont confirmé la capture"), as "agence de renseignement"
ARTICLES["claimant_grammar"]["bodies"]["intelligence"] += [
    "agences (?:de|du) renseignements?", "agence (?:de|du) renseignements"]
# (24ar) South Korea's intelligence with "de" and no article ("les agences de renseignements de
# Corée du Sud ont confirmé la capture"), as "les services de renseignement de Corée du Sud"
ARTICLES["claimants"].update({
    "(?:agences? (?:de|du) )?renseignements? de corée du sud":
        "South Korea National Intelligence Service (NIS)",
})

# (25ar) one official of a side ("a déclaré vendredi un haut responsable sud-coréen"), as the
# plural "responsables sud-coréens"; a revealing verb with its clause ("Les États-Unis ont
# dévoilé jeudi que jusqu'à 8000 soldats …"), as "a révélé"
ARTICLES["claimant_grammar"]["bodies"]["government"] += ["responsable"]
ARTICLES["attribution"] += ["dévoil(?:é|e|ent|ait|aient)(?: \\w+){0,2} que"]

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("Plus de 800 cas – en majorité des femmes adultes –")
FIGURES["rewrites"].append((
    r"(?:,|(?<=\s)[–—-])\s*en (?:grande |très grande |large )?majorité(?!\S)",
    ", dont",
))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 véhicules se sont percutés à
# plusieurs endroits"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)(?:à|en|dans) )(?:plusieurs|différents|divers) (?=(?:endroit"
    r"s|lieux|points|sites)(?!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B" ("les
# demandes ont augmenté de 62 %, de 913 à 1 479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(augmenté|augmente|augmentent|progressé|progresse|grimpé|bondi|baissé|"
    r"diminué|chuté|reculé)"
    r"(?: de)? \d[\d.,]*\s?(?:%|pour ?cent)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,6"
    r"0},(?= de \d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) "des milliers et des milliers", "des centaines et des centaines"
    "repeat": ["et"],
    # (D68.2) the units of mass, area and volume (not lengths, D66.3): "une tonne", "plus d'une
    # tonne", "près d'un hectare" are one unit ("mètre cube", "kilomètre carré" would take
    # "mètre", "kilomètre" from the lengths of D59.4: not listed)
    "measures": [
        "tonne", "tonnes", "kilo", "kilos", "kilogramme", "kilogrammes", "gramme", "grammes",
        "hectare", "hectares", "litre", "litres", "quintal", "quintaux",
    ],
})

# (17cv, D78.3) "deux millions et demi", "3 milliards et demi": "et demi" after a magnitude is
# half of it, told as the next lower magnitude ("deux millions 500 mille"), as "un million et
# demi" (1.5) already is; "et demi" after a unit of time stays part of the duration
FIGURES["rewrites"] += [
    (r"(?<!\S)(millions|million) et demi(?!\w)", r"\1 500 mille"),
    (r"(?<!\S)(milliards|milliard) et demi(?!\w)", r"\1 500 millions"),
]

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Malgré plusieurs avertissements, 12 personnes sont mortes"; not after
# the prepositions of place, of adding or including, nor before a number or a magnitude; alone it
# stays several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "malgré", "après", "avant", "pendant", "durant", "depuis", "suite à", "à la suite de",
        "en raison de", "à cause de", "grâce à", "pour", "contre", "sans", "par", "lors de",
        "au cours de", "au bout de", "au terme de", "en dépit de",
    ],
    [
        "de", "d", "et", "ou", "autres", "fois", "centaines", "milliers", "dizaines",
    ],
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "sous les
# 300", "sous la barre / le seuil des 2 000", "en deçà de", "n'a pas atteint 50" (prepositions
# too: "sous les décombres" is no qualifier of a count further on; not "sous le cap", "ne dépasse
# pas": "cap" and "ne" would vote for French in English and Turkish text); a count that
# rose by N is additional (rule 12): the verbs of a rise before "de" / "d'" ("s'est alourdi de
# 12", "a grimpé de 15", "a progressé d'environ 200")
_FR_BELOW = [
    "sous les", "sous la barre des", "sous la barre de", "sous la barre d'",
    "sous la barre symbolique des", "sous le seuil des", "sous le seuil de", "sous le seuil d'",
    "en deçà de", "en deçà des", "en deçà d'", "en deca de",
]
FIGURES["at_most"] += _FR_BELOW + [
    "n'a pas atteint", "n'ont pas atteint", "n'avait pas atteint", "n'avaient pas atteint",
    "n'atteint pas", "n'atteignent pas", "n'atteignait pas", "n'a pas dépassé",
    "n'ont pas dépassé",
]
FIGURES["prepositions"] += _FR_BELOW
FIGURES["additional"] += [
    f"{verb} {de}"
    for verb in (
        "alourdi", "alourdie", "alourdis", "alourdies", "grimpé", "bondi", "augmenté",
        "augmentée", "augmentés", "augmentées", "accru", "accrue", "accrus", "accrues",
        "progressé", "gonflé", "crû", "augmente", "augmentent", "progresse", "progressent",
        "grimpe", "grimpent", "s'alourdit",
    )
    for de in ("de", "d'")
] + ["une hausse d'", "une augmentation d'", "en hausse d'", "un bond d'"]

# (20fa, D91.1) an estimate told by its verb across its object ("l'InVS estime le nombre de décès
# à 3100") or opened by "on estime que": approx, as "estimé à 3100" (D-rule 2)
FIGURES["rewrites"] += [
    estimated_at(
        FIGURES,
        [r"(?:estime|estiment|estimait|estimaient|a estimé|ont estimé|évalue|évaluent|a évalué|"
         r"ont évalué) (?:le|la|les)"],
        ["à"], "environ",
    ),
    estimated_that(FIGURES, ["on estime que", "on estime qu'", "il est estimé que"], "environ"),
]
# (20fa, D92.3) "la première / seconde quinzaine de juillet" is half a month, a date: no count
FIGURES["rewrites"].append((
    r"(?<!\w)(?:(?:première|premiere|deuxième|deuxieme|seconde|dernière|derniere) quinzaine"
    r"|quinzaine (?=de (?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre)(?!\w)))(?!\w)",
    "mi-mois",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r",\s*(?:dont la (?:plupart|majorité)|la plupart(?= d(?:es |e |')\s?[^\W\d_]))(?!\w)",
    ", pour la plupart",
))
# (33ra, D224.4) "la plupart des sources / des historiens" (most of the sources) is a share of
# those who tell the count, not of the count: "les sources"
FIGURES["rewrites"].append((
    r"\b(?:la plupart|la (?:grande )?majorité) des (?=(?:sources|historien(?:ne)?s|experts|"
    r"spécialistes|études|estimations|auteurs|chercheurs)\b)",
    "les ",
))

# (22rb, D107) the "to" of a count's change told with "jusqu'à" ("le bilan est monté jusqu'à
# 170", rose to 170): the new total, exact (rule 1, D29, D31), as "est passé à 170"; only with a
# count as the verb's subject (bilan, nombre, total, …): "jusqu'à 170 migrants sont arrivés"
# keeps "jusqu'à" = up to
FIGURES["rewrites"].append((
    r"\b((?:bilan|nombre|total|chiffre|décompte|compteur)\b[^\d,;:.]{0,60}?"
    r"\b(?:mont|grimp|pass|augment|s'élev|s’élev|élev|chut|baiss|descend|tomb|recul|diminu|"
    r"arriv|bondi|atteint|atteignait|atteint)[^\W\d_]*(?: [^\W\d_]+){0,3}) jusqu['’] ?(?=à |aux )",
    r"\1 ",
))
# (22rb, D110) "certains / certaines" on an institution or a medium that reports the count, its
# verb right after ("Certains aéroports ont signalé 300 annulations"): the source's determiner, no
# count (D9), as "some officials"; not people who are also counted (round 4's fr "Certains
# survivants ont déclaré qu'il y avait 65 hommes" is labelled unparsed), and only where a number
# follows (alone it stays several)
FIGURES["rewrites"].append((
    r"\b(?:certains|certaines) ((?:[^\W\d_]+ )?(?:aéroports|compagnies|hôpitaux|cliniques|"
    r"médias|journaux|agences|autorités|études|gouvernements|pays|états|régions|provinces|"
    r"communes|ministères|organisations) (?:ont signalé|ont rapporté|ont déclaré|"
    r"ont indiqué|ont recensé|signalent|rapportent|estiment|évoquent|font état)\b)(?=.*\d)",
    r"\1",
))

# (23rc, D125) "one or two" told with the article that is also "one" ("une ou deux personnes", "un à
# deux morts"): the range 1-2 (rule 6), as "1 ou 2" reads; "l'un ou l'autre" has no number after it
FIGURES["rewrites"].append((
    r"(?<![\w'’])(?:un|une) (ou|à) (?=(?:peut-être )?deux\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6), as "ou même"
FIGURES["range_sep"] += ["ou peut-être"]

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\b(?:nouvelles|nouveaux) ((?:[^\W\d_]+ )?(?:voitures|véhicules|automobiles|camions|"
    r"motos)\b)",
    r"\1",
))

# (23rf, D137) the nouns of a rise before the count or per cent they add ("une croissance de 9,4
# %", "un rebond de 500 cas"), as "une hausse de" (rule 12, D108)
# The phrase is also a word of change, as "une hausse de": "une croissance de 103 à 149 morts"
# stays the new total 149 (D35, D76.2)
_RISE_OF = [
    "croissance de", "croissance d'", "accroissement de", "accroissement d'", "poussée de",
    "poussée d'", "rebond de", "rebond d'", "envolée de", "envolée d'", "flambée de", "flambée d'",
    "en augmentation de", "en augmentation d'", "en progression de", "en progression d'",
    "en croissance de", "en croissance d'",
]
FIGURES["additional"] += _RISE_OF
FIGURES["change"] += _RISE_OF

# (23rf, D138) "higher / lower than" with the article joined to "à" ("supérieur au seuil de",
# "supérieurs aux 500"): at least / at most (rules 3, 4), as "supérieur à" reads
FIGURES["at_least"] += [
    "supérieur au", "supérieur aux", "supérieure au", "supérieure aux", "supérieurs au",
    "supérieurs aux", "supérieures au", "supérieures aux",
]
FIGURES["at_most"] += [
    "inférieur au", "inférieur aux", "inférieure au", "inférieure aux", "inférieurs au",
    "inférieurs aux", "inférieures au", "inférieures aux",
]

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) a range told by its minimum and maximum ("entre un minimum de 1269 loups et un
# maximum de 1800"): the range A-B (rule 6), the noun after its ends
FIGURES["rewrites"].append((
    r"\b(?:entre )?un minimum de (\d[\d.,]*(?: (?:mille|millions?))?)((?: [^\W\d_]+)?),? et "
    r"un maximum de (\d[\d.,]*(?: (?:mille|millions?))?)",
    r"entre \1 et \3\2",
))

# (23rf, D140) "N des M derniers mois" is a ratio (rule 13), as "15 des 16 derniers" (the table
# drops "derniers" before a time unit first: "15 des 16 mois")
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:des|sur les) \d+)(?: (?:derniers|dernières|premiers|premières))? (?:mois|ans|"
    r"années|semaines|jours)\b",
    r"\1",
))

# (23re, D134.1) D122's size of a change told after the count with a sign ("(+3 932 par rapport à
# 2023)") or the noun of the change before it ("une hausse de 3 000 visiteurs par rapport à
# 2022"), then the comparison: no count beside the count
FIGURES["differences"] += [
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:par rapport|comparé|en comparaison)(?![^\W\d_])",
    r"(?:\S+ )*?(?:une|en) (?:hausse|augmentation|baisse|diminution|progression|croissance|"
    r"chute|recul) de # (?:[^\W\d_]+ ){0,2}(?:par rapport|comparé|en comparaison)(?![^\W\d_])",
]

# (24ra, D142) a sign "+" opening a figure text ("(+12 %)", "+5 000 inscrits") tells the size of
# a change: additional (rule 12), written as "supplémentaires" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("supplémentaires"))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("se rapprochait de deux hommes" is no mark)
_FR_BIG = mark_ahead(r"mille|millions?|milliards?", "les|le|la")

# (24ra, D143) "dépasser / excéder / surpasser / franchir" in every tense and participle
# ("dépassait les 31.000", "dépasseront"): at least (rule 3), as "dépasse"; "frôler / approcher /
# avoisiner" in every tense: nearly, as "frôle". "ne … pas" reads at most before (D42)
FIGURES["at_least"] += [
    f"{stem}{end}" for stem in ("dépass", "surpass")
    for end in ("ait", "aient", "era", "eront", "erait", "eraient", "a", "èrent", "er", "ée",
                "és", "ées", "ons", "ez")
] + ["excédait", "excédaient", "excédera", "excéderont", "excéderait", "excédée", "excéder",
     "franchissait", "franchissaient", "franchira", "franchiront", "franchirait", "franchie"]
# (30, D217) "proche de N" (close to N) is nearly, as "près de" ("proche de 10 000", round 89)
FIGURES["nearly"] += ["proche de", "proches de"]
FIGURES["nearly"] += [
    f"{stem}{end}" for stem in ("frôl", "approch", "avoisin")
    for end in ("ait", "aient", "era", "eront", "erait", "eraient", "a", "èrent", "é", "ée",
                "és", "ées")
] + ["frôlaient les", "frôlait les", "approchait les", "avoisinait les"]
# (28rb, D207) and their infinitive after a verb of likelihood ("pourrait avoisiner les 130 000",
# "devrait frôler", "risque d'approcher"): nearly, as the other tenses
FIGURES["nearly"] += ["frôler", "approcher", "avoisiner"]

# (24ra, D143) "passer / franchir la barre des N" (passed the mark of) in every tense: at least, as
# "dépasse"; "se rapprocher des N" (drawing near) in every tense: nearly, as "frôle"
FIGURES["rewrites"].append((
    r"(?<!\bne )(?<!\bn')(?<!\bpas )(?<!\bjamais )\b(?:pass\w*|franchi\w*) "
    r"(?:(?:cette fois|maintenant|désormais|déjà|ainsi) )?(?:le |la |l'|l’)"
    r"(?:seuil|cap|barre|barrière|marque)(?: des| de| du)?(?= )",
    "dépasse",
))
# (24ra, D143) "ne … pas" around the other tenses ("ne dépasseront pas les 31.000"): at most, as
# "ne dépasse pas" (17nh, D42)
FIGURES["rewrites"].append((
    r"\bne (?:dépass|excéd|surpass|franchi)\w* pas (?:les |le |la |l'|l’)?", "jusqu'à ",
))
FIGURES["rewrites"].append((
    r"(?<!\bne )\b(?:se |s'|s’)(?:(?:est|sont|était|étaient) )?rapproch\w* (?:des|de|du)" + _FR_BIG,
    "frôle",
))

# (24rb, D146) French writes the decimal with a comma and groups thousands with a space or a
# point: a comma and three digits before millions is the decimal comma ("5,434 millions" =
# 5,434,000; lang/_forms.py), as de it pl ru uk tr id
FIGURES["rewrites"].append(decimal_comma_before("millions|million|milliards|milliard|mds|md"))

# (24rb, D147) multipliers are no counts (rule 13, as "fois plus"): "multiplié par près de 30",
# "N fois autant", "N fois supérieur"; not "doublé" / "triplé" alone (a new total may follow)
FIGURES["fraction"] += [
    "multiplié par", "multipliée par", "multipliés par", "multipliées par", "multiplier par",
    "multiplie par", "multiplient par", "multipliant par", "multiplierait par", "fois autant",
    "fois supérieur", "fois supérieure", "fois supérieurs", "fois supérieures",
]

# (24rb, D147.2) a change "de QUAL A à B" (from over/about A to B: "passé de plus de 10 000 à
# 17 000", "passé d'environ 300 à 450"): the old count's qualifier goes with the old count; the
# new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:passé|passée|passés|passées|passe|passent|passant|passait|augmenté|augmentée|"
    r"augmentés|augmentées|grimpé|grimpée|grimpés|monté|montée|montés|chuté|baissé|diminué|"
    r"reculé|tombé|tombée|tombés|bondi|doublé|triplé) )(?:de|d'|d’) ?"
    r"(?:un peu plus de |un peu moins de |plus de |plus d'|moins de |moins d'|près de |environ |"
    r"quelque |presque |au moins |à peine )(?=\d[^;]{0,40}? (?:à|a|jusqu'à) (?:[^\W\d_]+ )?\d)",
    r"\1de ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ["c'est-à-dire", "c'est à dire", 'autrement dit']

# (24rc, D151) the rates of a surface and per head the table lacked ("55 à 65 quintaux à l'hectare",
# round 64; "par mètre carré", "par habitant"): rule 13, D19, D114, as "par kilomètre carré" reads
FIGURES["rate"] += [
    "à l'hectare", "à l’hectare", "par hectare", "au mètre carré", "par mètre carré",
    "par habitant", "par tête", "par personne", "toutes les heures", "toutes les 24 heures",
]

# (24rc, D150) an adverb between a verb of rise and its "de" ("a augmenté fortement de 10%", "ont
# progressé encore de 500"): dropped, so "augmenté de N" reads, additional (rule 12, D65); first of
# the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"\b(augmenté|augmentée|augmentés|augmentées|augmente|augmentent|progressé|progresse|"
    r"progressent|grimpé|grimpe|grimpent|bondi|crû|accru|accrue|accrus|accrues|gonflé)"
    r"(?: (?:[a-zéèêâîôûç]+ment|encore|aussi|bien)){1,2} (?=d(?:e |['’]))",
    r"\1 ",
))

# (25ra, D167) a change "de A à B" with a verb of change the D35 rewrite did not list ("s'est
# envolé de 300 à 420", "a explosé de", "a été réduit de", "passant de moins de 60 000 à près de
# 71 000"), in its tenses: the new total B (D35), read as "passé de"; B keeps its own qualifier
# (two words too: "à près de"). "de 300 à 420 migrants" with no verb stays a range (rule 6);
# the present forms that are nouns ("une baisse / chute / hausse de 5 à 10 %") are not written
FIGURES["rewrites"].insert(0, (
    r"\b(?:s['’](?:est|sont|était|étaient) |(?:a|ont|avait|avaient) (?:été )?|est |sont |"
    r"était |étaient )?"
    r"(?:envol(?:é|ée|és|ées|ant|e|ent|ait|aient)|explos(?:é|ée|ant|e|ent|ait|aient)|"
    r"dégringol(?:é|ée|ant|e|ent|ait)|plong(?:é|ée|eant|e|ent|eait)|"
    r"rédui(?:t|te|ts|tes|sant|sent|sait|saient)|ramen(?:é|ée|és|ées)|"
    r"progress(?:é|ée|ant|e|ent|ait)|recul(?:é|ée|ant|e|ent|ait|aient)|régress(?:é|ant|e|ent)|"
    r"bond(?:i|it|issant|issent|issait)|doubl(?:é|ée|ant|ent|ait)|tripl(?:é|ée|ant|ent|ait)|"
    r"gonfl(?:é|ée|ant|e|ent|ait)|flamb(?:é|ée|ant|e|ent)|grimp(?:é|ée|és|ant|ait|aient|e|ent)|"
    r"augment(?:é|ée|és|ées|ant|e|ent|ait|aient)|baiss(?:é|ée|és|ant|ent|ait|aient)|"
    r"chut(?:é|ée|ant|ent|ait|aient)|diminu(?:é|ée|és|ant|e|ent|ait|aient)|"
    r"tomb(?:é|ée|és|ées|ant|ent|ait|aient)|pass(?:é|ée|és|ées|ant|e|ent|ait|aient)|"
    r"mont(?:é|ée|és|ant|ait|aient)|fond(?:u|ue|ant)|abaiss(?:é|ée)|relev(?:é|ée|és)|"
    r"rehauss(?:é|ée))"
    # "de A" must have its "à B": "augmenté de 22%" is the size of the rise (D141), no "from"
    # no per cent, comma or other number between A and "à" ("baissé de 8 %, de 27 862 à 25 610"
    # is D35's own, D69), and B no year
    r"(?= (?:de|d'|d’) ?(?:[^\W\d_]+ ){0,3}\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*"
    r"(?: (?:mille|millions?))?[^;,%\d]{0,40}? (?:à|a|jusqu'à) (?:[^\W\d_']+ |"
    r"[^\W\d_]+')?(?:[^\W\d_]+ ){0,2}(?!(?:19|20)\d\d\b)\d)",
    "passé",
))
FIGURES["rewrites"].insert(1, (
    r"\bpassé (?:de|d'|d’) ?(?:un peu plus de |un peu moins de |plus de |plus d'|moins de |"
    r"moins d'|près de |environ |quelque |presque |au moins |à peine |seulement )"
    r"(?=\d[^;]{0,40}? (?:à|a|jusqu'à) (?:[^\W\d_']+ |[^\W\d_]+')?(?:[^\W\d_]+ ){0,2}\d)",
    "passé de ",
))
# (25ra, D165) "au-dessous de N" (below), with or without its hyphen, as "en dessous de": at
# most (rule 3); "au dessus de" without its hyphen as "au-dessus de": at least
FIGURES["at_most"] += [
    w for w in ("au-dessous de", "au-dessous des", "au-dessous d'", "au dessous de",
                "au dessous des", "au dessous d'", "en-dessous de", "en-dessous des",
                "en dessous des", "en dessous d'", "en-dessous d'")
    if w not in FIGURES["at_most"]
]
FIGURES["at_least"] += [
    w for w in ("au dessus de", "au dessus des", "au dessus d'") if w not in FIGURES["at_least"]
]

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 millions" =
# 12,500,000): one or two digits after the space and a scale after them are a decimal (three
# digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "millions|million|milliards|milliard|mds|md|mille|k"))

# (25rb, D171) an adjective between the noun of a rise and its "de" ("une hausse significative de
# 11 %", "une augmentation importante de 500"), or before the noun ("une forte hausse de 11 %"):
# dropped, so "une hausse de N" reads, additional (rule 12, D150); a per cent told "plus élevé"
# after it is "de plus" (additional). Falls stay a total
_FR_RISE_ADJ = (
    r"significative?s?|importante?s?|considérables?|considerables?|sensibles?|notables?|"
    r"nette?s?|forte?s?|légère?s?|legere?s?|leger|léger|petite?s?|grande?s?|grosse?s?|gros|"
    r"nouvelle?s?|nouvel|record|annuelle?s?|historiques?|brutale?s?|brusques?|spectaculaires?|"
    r"vive?s?|marquée?s?|marquee?s?|substantielle?s?|massive?s?|fulgurante?s?|moyenne?s?|"
    r"réelle?s?|reelle?s?|sensible"
)
FIGURES["rewrites"].insert(0, (
    rf"\b(?:(?:{_FR_RISE_ADJ}) )?(hausse|augmentation|progression|croissance|bond|"
    rf"accroissement|envolée|envolee|remontée|remontee|poussée|poussee)(?: (?:{_FR_RISE_ADJ}))"
    r"{0,2} (?=(?:de|d['’]) ?(?:près de |pres de |presque |environ |plus de )?\d)",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,\s]*\d)?\s?(?:%|pour cent|pourcent)) (?:plus (?:élevée?s?|elevee?s?|"
    r"haute?s?|importante?s?)|supérieure?s?|superieure?s?)\b",
    r"\1 de plus",
))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadow', 'atacms', 'himars', 'scalp']
ARTICLES["excluded"] += ['zone démilitarisée', 'dmz']
# (26ac) the back-referring "c'est ce qu'…" with its verb elided onto "qu'" ("C'est ce
# qu'affirme le Service national de renseignement sud-coréen", "c'est ce qu'indiquent les
# renseignements"): the table's "c'est ce qu'" needs a word edge after the apostrophe, which the
# elided verb never leaves (the auxiliary "qu'a" / "qu'ont" forms were read already)
ARTICLES["attribution_next"] += [
    "c['’]est (?:du moins )?ce qu['’](?:affirm|indiqu|annonc|estim|rapport|révèl|expliqu|assur|"
    "avanc|écri|observ|évalu)\\w*",
]
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    '(?:organisation|association|ong|groupe)s? (?:sud-coréenne?s? )?(?:de (?:défense des )?droits'
    " (?:de l['’]homme|humains)|de (?:transfuges|défecteurs|réfugiés)(?: nord-coréens)?)",
    'gyeore-?a?-?eol\\w*',
    "militante?s? des droits (?:de l['’]homme|humains)",
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("Selon diverses sources, il pourrait y avoir environ 10 000
# soldats"): nobody's, as "selon plusieurs rapports"
ARTICLES["impersonal"] += ["(?:selon|d'après) (?:diverses|différentes|plusieurs) sources"
                           "(?! (?:proches|au sein|de|du|des|ukrainiennes|sud-coréennes|"
                           "américaines|occidentales|russes))"]
# (26ac) "annoncer" in the present with its clause ("Séoul annonce que 12 000 soldats"), as
# "annoncent" and "a annoncé" (not the noun: "l'annonce", "une annonce de Séoul")
ARTICLES["attribution"] += ["(?<![’'])annonce(?: \\w+){0,2} qu(?:e|['’])"]

# (25rc, D173) the decimal comma before the other abbreviations of milliards too ("2,150 Mrd" =
# 2.15 billion): French groups thousands with a space or a point, never a comma. The letter "M"
# is no scale of this table (a metre): "1,724 M abonnés" is left to the reading of today.
FIGURES["rewrites"].append(decimal_comma_before("mrd|mrds"))

# (25rc, D175) "de" elided before a number in digits ("plus d'1,3 million", "près d’1 million",
# "moins d'1 %"): written "de", so that the qualifier "plus de", "près de" reaches the number.
FIGURES["rewrites"].append((r"(?<![^\W\d_])d['’](?=\d)", "de "))

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "2,3 fois", "1,5 fois",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("fois", "fois plus")

# (25rd, D177) an ordinal spelled in words is no count (D7): cardinal words before a word in
# "-ième" ("vingt et unième", "trente-deuxième", "deux centième", "trois millième", "mille sept
# cent treizième") read their cardinals (20, 2, 3, 1 700) as the figure; the whole ordinal is
# dropped, as "21e" is. Not "un" alone before it ("un cinquième des victimes", a share), nor a
# plural ("trois quatrièmes", a fraction). First, before the numbers of 70-99 are computed
FIGURES["rewrites"].insert(0, (
    r"(?<![\w-])(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|"
    r"milliards?)(?: et | |-et-|-))+[a-zéèêàç]*i[eè]me(?![\w-])",
    "",
))

# (25rd, D180) "n°" before digits names the thing so numbered ("le vol n° 7", "la loi n° 14"), as
# "#14" and "№14" do (D74, D95.2): dropped, so a count beside it is read
FIGURES["rewrites"].append((r"(?<![\w.])n° ?\d+(?![\d]|[.,]\d)", " "))

# (26ra, D182) "+ de" before a number is "plus de" (at least, rule 3): "+ de 30 000 personnes",
# "+ d'un million"; "environs" (a plural spelling of "environ") right before digits is "environ"
# (approx, rule 2): "environs 3000 associations" ("les environs de Paris" is a place, untouched)
FIGURES["rewrites"].insert(0, (
    r"(?<![\w+])\+ ?(?=de \d|d['’] ?\d|d['’]un\b|d['’]une\b|de (?:deux|trois|cent|mille)\b)",
    "plus ",
))
FIGURES["rewrites"].insert(0, (r"\benvirons (?=\d)", "environ "))
# (32rc, D222.2) "prés de" (the accent typed the wrong way) before a number is "près de" (nearly,
# rule 2): "prés de 5000 blessés"; "les prés de 20 hectares" (meadows, with a determiner before
# "prés") stays as written
FIGURES["rewrites"].insert(0, (
    r"(?<!\bles )(?<!\bdes )(?<!\baux )(?<!\bses )(?<!\bces )(?<!\bnos )(?<!\bvos )"
    r"(?<!\bleurs )(?<!\bdeux )(?<!\btrois )(?<!\d )\bprés "
    r"(?=d['’] ?\d|d['’]une?\b|de (?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"vingt|trente|quarante|cinquante|soixante|cent|mille)\b))",
    "près ",
))
# (26ra, D183) a word no table lists between the noun of a rise and "de" before a per cent ("une
# hausse finale de 3%", "une augmentation annuelle de 2,5%"): dropped, as D171's adjectives are;
# a verb of a rise right before a per cent with no "de" ("a augmenté 3%", "progresse 2%"): "a
# augmenté de N%", additional (rule 12, D150). Falls stay a total
FIGURES["rewrites"].insert(0, (
    r"\b(hausse|augmentation|progression|croissance|bond|accroissement|envolée|remontée|poussée)"
    r"(?: (?!(?:de|du|des|d|à|au|aux|en|et|ou|que|qui|pour|par|sur|entre|la|le|les|un|une|est|"
    r"a|près|plus|moins|environ|presque|quelque|autour|jusqu|jusque|seulement|encore|déjà|"
    r"même|quasi|approximativement)\b)[a-zàâçéèêëîïôûùüÿœ]{3,}){1,2} "
    r"(?=de (?:près de |plus de |environ |presque )?"
    r"\d[\d.,]* ?(?:%|pour cent))",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"augment(?:é|ée|és|ées|e|ent|ait|aient|era|eront)|progress(?:é|e|ent|ait|aient)|"
    r"grimp(?:é|e|ent|ait|aient)|bond(?:i|it|issent|issait)|accru(?:e|s|es)?|cr[ûu]|cro[îi]t|"
    r"croissent|flamb(?:é|e|ent)|envol(?:é|ée|e|ent)", "de",
    r"%|pour cent|pourcent", r"près de|plus de|environ|presque|quelque",
))

# (26ar) nombres d'un autre sujet (articles/subjects.py) : une population ou un gain de
# millions, des participants ou des habitants comptés, une part de lieux ("37 des 64 localités")
ARTICLES["other_subject"] = {
    "before": ["population de", "peuplée? de", "gagn\\w*"],
    "scale": ["million", "milliard"],
    "after": ["participants", "habitants", "résidents"],
    "of_total": ["des", "sur"],
}

# (26ar) l'un d'une paire déjà nommée, décrit l'un après l'autre (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["un", "une", "l'un", "l'une"],
                                     "other": ["l'autre", "le second", "la seconde"]}
# (26ar) une capture qui n'a pas eu lieu : avant elle, ou aucun prisonnier
ARTICLES["excluded"] += [
    "avant d['’]être captur\\w*", "avant (?:leur|sa|la) capture",
    "aucun (?:\\w+ ){0,2}prisonnier\\w*", "pas de (?:\\w+ ){0,2}prisonniers",
]
# (26ar) les gens de l'autre camp, nommés par leur armée ("une vingtaine de soldats de l'armée
# russe")
ARTICLES["other_side"] += [
    "(?:soldats|militaires|membres|combattants) de l['’]armée (?:russe|ukrainienne)",
    "(?:soldats|militaires|membres|combattants) des forces (?:\\w+ )?(?:russes|ukrainiennes)",
]
ARTICLES["not_counted"] += ["déploiements", "vagues", "contingents"]  # (26ar)
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['certains', 'certaines', 'quelques', 'plusieurs']

# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): no count
# (lang/_designations.py)
FIGURES["rewrites"] += GENERATION

# (27ru, D195) an exchange of two counts ("l'échange de centaines de Palestiniens contre des
# dizaines d'otages", "libérer 200 prisonniers contre 20 otages"): after a word of exchange or
# release, "contre" is "in exchange for", no earlier value of a comparison (D66.1): two
# quantities, no single count (D5); the word of exchange and a count anywhere before it, in
# either order ("33 otages … doivent être échangés contre 1900"). "46 contre 39 l'an dernier" (no
# such word) stays as it reads
_EXCHANGE_SPAN = r"(?:[^.;:]|\.(?=\d))*?"
FIGURES["rewrites"].append((
    r"^(?=" + _EXCHANGE_SPAN + r"\b(?:échang|echang|libér|liber|relâch|relach|troqu|troc|remis|"
    r"rendu|restitu)\w*"
    + _EXCHANGE_SPAN + r" contre )"
    r"(?=" + _EXCHANGE_SPAN + r"(?:\d|dizaines|centaines|milliers|\b(?:un|une|deux|trois|"
        r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b)"
    + _EXCHANGE_SPAN + r" contre )"
    r"(" + _EXCHANGE_SPAN + r") contre (?=(?:celle de |celles de |ceux de |des |les |"
        r"quelque |environ |près de |pres de |plus de |au moins )?(?:\d|dizaines|centaines|"
        r"milliers|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|"
        r"vingt|trente|cent|mille) ))",
    r"\1 en échange de ",
))

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "entre", "et", "plus de", r"mille|millions?", "ou plus"))

# (28rb, D207) a verb of raising or lowering with its count as the object before "jusqu'à" ("a
# porté le bilan jusqu'à 79 morts", "fait grimper le nombre jusqu'à 79"): the new total, exact
# (rule 1, D31), as "est monté jusqu'à 79"; "jusqu'à 79 morts" alone stays "up to" (rule 4)
FIGURES["rewrites"].append((
    r"\b((?:port|élev|augment|fait grimper|fait monter|fait passer|rédui|abaiss)[^\W\d_]* "
    r"(?:le |la |l'|l’|les |son |sa |ses )(?:nombre|bilan|total|chiffre|décompte|compte)\b"
    r"[^\d,;:.]{0,50}?) jusqu['’](?:à|a) (?=(?:les )?\d)",
    r"\1 à ",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 passagers, dont 3 enfants, et 15 membres d'équipage" holds two counts (a
# list, unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes
# no comma in this language
FIGURES["told_with"]["resumes"] = ["et"]

# (29aa) infantrymen counted are troops and soldiers, as en "infantry" is (round 16zz26's
# "11 000 nordkoreanischen Infanteristen")
ARTICLES["troops"].append("fantassins?")
ARTICLES["soldiers"].append("fantassins?")

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out: "un demi-
# million d'obus", "un million et demi" (it read "million", 1,000,000)
ARTICLES["scale_fractions"] = {
    "before": ["(?:un )?demi", "(?:un )?quart de"], "after": ["et demi", "et demie"],
}

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "pour compenser
# les pertes", "afin de remplacer les morts"
ARTICLES["made_up_for"] = [
    "(?:pour |afin de )?(?:compenser|remplacer|combler|pallier|en remplacement de|en compensation "
    "de)(?: (?:les|des|ses|leurs|la|de|lourdes|importantes))*"]
# (30ab) earlier estimates nobody is named for ("Des estimations antérieures faisaient état de
# 3 000 pertes"): impersonal, no source carried from before
ARTICLES["impersonal"] += ["(?:les |des )?(?:estimations|évaluations) (?:antérieures|précédentes) "
                           "(?:faisaient|évoquaient|mentionnaient|parlaient|situaient|étaient)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("échange de 314
# prisonniers de guerre"): both sides' prisoners, no capture of North Koreans
ARTICLES["excluded"] += [
    "(?:échange|échangé|échangeront|échanger)(?: de)?(?= (?:au total |quelque |environ |plus de )?"
    "\\d[\\d  ]* (?:prisonniers|captifs))"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["et"], ["les", "le", "la"]))
# (31fx, D218.3) and the plural article between D210.2's "and" and its count ("e i 12"): dropped
FIGURES["rewrites"].append(article_after_resumes(
    FIGURES["including"], FIGURES["told_with"]["resumes"], ["les"]))

# (31rb, D219.5) the article of a person told in an exchange of two counts (D195): "un otage pour
# trois prisonniers" (one hostage for three prisoners), "438 Arabes pour un Israélien", "pour un
# seul Israélien": "un" / "une" (and "un seul") before a noun of captives, soldiers or the two
# sides' people is the count one when "pour" joins it to a count, so the phrase holds two counts,
# unparsed (it read the other count; lang/_forms.py). Not other nouns ("un abri pour 300
# personnes" stays 300), not "pour cent" (per cent: "cent" alone opens no count here), and not
# "contre": without a word of exchange it is the comparison's (D111: "1027 Palestiniens contre un
# seul Israélien" stays 1027)
FIGURES["rewrites"] += one_in_exchange(
    "une?", "seule?",
    "otages?|prisonni(?:er|ère)s?|détenue?s?|soldate?s?|captif|captive|militaire|"
    "israélien(?:ne)?|palestinien(?:ne)?|civile?|combattante?|homme|femme",
    "pour",
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    "vingt|trente|quarante|cinquante|soixante|mille|plusieurs|des dizaines|des centaines|"
    "des milliers",
    "jours?|semaines?|mois|ans|années?|heures?|minutes?")

# (32rl, D220.1) a share told after the total and its comma ("349 personnes, dont plus de la moitié
# d'enfants") tells who the counted were: the total's breakdown (D5), written as the table's
# breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share keeps
# it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles"],
    ["plus de", "près de", "presque", "environ", "au moins", "moins de", "quelque", "bien plus de",
     "un peu plus de", "pratiquement"],
    ["la moitié", "un tiers", "le tiers", "un quart", "le quart", "deux tiers", "les deux tiers",
     "trois quarts", "les trois quarts", "un cinquième", "la majorité", "une majorité",
     "la grande majorité", "la plupart"],
    ["d'entre eux", "d'entre elles", "d’entre eux", "d’entre elles"],
    "dont"))

# (34ar) l'effectif d'une armée permanente ("1,2 million de soldats d'active", "1,28 million
# de militaires actifs"): l'armée de la Corée du Nord, pas un chiffre de l'histoire
ARTICLES["other_subject"]["after"] += [
    "(?:de )?(?:soldats|militaires|hommes) (?:d['’]active|actifs|en service actif)"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "vladivostok", "moscou", "koursk", "primorié", "khabarovsk", "sibérie", "extrême-orient",
    "saint-pétersbourg", "nakhodka", "sakhaline", "amour", "rostov", "touva", "kazan",
    "tatarstan", "alabouga", "novossibirsk", "iakoutie"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(
        [
            'au', 'aux', 'en', 'à', 'à la', "à l'", 'dans', 'dans le', 'dans la', 'dans les'
        ], 'et', [
            # (35rd, D236.1) a country's or region's preposition before a city's ("10 morts en
            # Ukraine, 6 à Kiev et 4 à Kharkiv"), a noun of an area with no name
            (r"en|au|aux", r"à"),
            (r"dans (?:le|la|tout le|toute la) (?:pays|région|province|département|territoire)"
             r"|en région", r"au|aux|en|à|dans"),
        ]),
    part_of_total(
        [
            'sur un total de', '", ', ', ', ', ', ', '
        ], 'sur'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('un', 'une') for u in ('an', 'année', 'mois', 'semaine', 'jour')]
    + [f'{n} {u}' for n in ('deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix')
       for u in ('ans', 'années', 'mois', 'semaines', 'jours')],
    ['plus tard', 'auparavant', 'plus tôt', 'après', 'avant'],
))

# (34rc, D229.7) a noun of a school or sports year before a year ("par rapport à la rentrée
# 2014", round 100; "à la rentrée 2023", "la saison 2022", "l'exercice 2021"): a date (D7, D66.2),
# as "l'année 2014"; beside a count of "supplémentaires" it read two counts
FIGURES["year_pre"] += [
    "rentrée", "la rentrée", "rentrée scolaire", "rentrée universitaire", "saison", "la saison",
    "exercice", "l'exercice",
]

# (art34b) mots de taille devant les pertes ("avec de lourdes pertes", "des pertes massives" n'en
# est pas un: après le nom): nombreuses, aucune comptée; par-delà une limite de proposition, elles
# ne donnent à aucun nombre sa métrique (articles/heavy.py)
ARTICLES["heavy_losses"] = ["lourdes", "importantes", "grosses", "énormes", "considérables"]

# (art34b, 35aa) the label of an editorial's headline ("Éditorial : …"): the paper's own view,
# no source of its lead (reader._named_after)
ARTICLES["editorial_headline"] = ["éditorial\\s*[:|]"]

# (35aa) troops Russia gathers itself ("La Russie elle-même a rassemblé 40000 troupes là-bas", "la
# Russie a massé 50 000 soldats dans la région de Koursk"): its own forces, or a mixed force, no
# figure of the troops North Korea sends (the codebook's negatives)
ARTICLES["not_figure_before"] += [
    "(?:russie|moscou|kremlin)(?: elle-même| lui-même)? (?:a|avait|aurait) (?:déjà )?"
    "(?:rassemblé|massé|amassé|concentré|regroupé)(?: (?:environ|quelque|près de|plus de|"
    "jusqu['’]à))?"]

# (35c) des soldats rassemblés ou mobilisés par la Russie, Nord-Coréens compris ou non ("50 000
# soldats y avaient été mobilisés par la Russie", "50 000 soldats russes et nord-coréens
# rassemblés par Moscou"): la force russe, pas un envoi de la Corée du Nord (articles/subjects.py;
# le nom des soldats, puis au plus trois mots avant le participe)
ARTICLES["other_subject"]["after"] += [
    "(?:\\S+ ){0,3}?(?:mobilisé|rassemblé|massé|concentré)e?s? par (?:la russie|moscou|le kremlin|"
    "l['’]armée russe)"]
