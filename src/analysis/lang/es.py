"""Spanish (``es``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at, estimated_that
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    STRAY_POINT_SPACE,
    leading_minus,
    leading_plus,
    mark_ahead,
    number_word,
    one_in_exchange,
    open_range_top,
    percent_ahead,
    rewrite_index,
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
)
from analysis.lang._latin import LATIN_NAMES
from analysis.lang._lists import (
    article_after_resumes,
    bracketed_breakdown,
    part_of_total,
    parts_of_them,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside, one_other_in

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["enero", "ene"],
    ["febrero", "feb"],
    ["marzo"],
    ["abril", "abr"],
    ["mayo"],
    ["junio"],
    ["julio"],
    ["agosto"],
    ["septiembre", "setiembre", "sept"],
    ["octubre", "oct"],
    ["noviembre", "nov"],
    ["diciembre", "dic"],
]

WEEKDAYS = [
    ["lunes"],
    ["martes"],
    ["miércoles", "miercoles"],
    ["jueves"],
    ["viernes"],
    ["sábado", "sabado"],
    ["domingo"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "muertos?", "muertes", "fallecid[oa]s?", "herid[oa]s?", "lesionad[oa]s?",
        "desaparecid[oa]s?", "detenid[oa]s?", "evacuad[oa]s?", "hospitalizad[oa]s?",
        # (23rb, D123) poisoned by smoke or gas: an outcome of a fire ("decenas de intoxicados")
        "intoxicad[oa]s?",
    ],
    "casualties": [
        "víctimas?", "casos", "afectad[oa]s?", "damnificad[oa]s?",
    ],
    "numbers": {
        # (lexicon 17, session 6) spellings without the accent
        "veintiun": 21,
        "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21,
        "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
        "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
        "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
        "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
        "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
        "ochocientas": 800, "novecientos": 900, "novecientas": 900,
    },
    "scales": {
        "mil": 1000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000,
        "mill.": 1_000_000, "mln": 1_000_000, "k": 1000, "millardo": 1_000_000_000,
        "millardos": 1_000_000_000,
        # "5 mil millones" (5 billion, rule 8): rewritten to one scale word (D39)
        "milmillones": 1_000_000_000,
        # (17gwc) the Spanish "billón" is 10^12; "mdd" (millones de dólares, Mexico) and "mmdd"
        # (miles de millones de dólares) only right after a number
        "billón": 1_000_000_000_000, "billon": 1_000_000_000_000,
        "billones": 1_000_000_000_000, "mdd": 1_000_000, "mmdd": 1_000_000_000,
    },
    "after_number": ["k", "mill.", "mln", "mdd", "mmdd"],
    "collective": {
        # (lexicon 17, session 6) half a dozen
        "media docena": 6, "sesentena": 60, "setentena": 70, "ochentena": 80, "noventena": 90,
        "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "cuarentena": 40,
        "cincuentena": 50, "medio centenar": 50, "centenar": 100, "centena": 100, "millar": 1000,
    },
    "vague": {
        "decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "centenas": 100,
        "miles": 1000, "millares": 1000, "millones": 1_000_000,
    },
    # (17df, D87) "ambos": two, when the phrase holds no other quantity and no "y" ("ambos
    # heridos"; "dos accidentes, ambos mortales" keeps its 2)
    "both": ["ambos", "ambas"],
    "several": [
        # (lexicon 17, session 6) a handful of
        "un puñado de", "un puñado",
        "varios", "varias", "algunos", "algunas", "unos cuantos", "unas cuantas", "un par de",
        "unos pocos",
    ],
    "articles": ["un", "una"],
    "of": ["de"],
    "and": ["y"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "más allá de", "mas alla de", "apenas por debajo de", "muy por encima de", "prácticamente",
        "practicamente",
        "hasta", "cerca de", "cerca del", "cerca", "sobre", "alrededor de", "alrededor del",
        "alrededor", "por encima de", "por debajo de", "arriba de", "en torno a",
    ],
    "approx": [
        # (lexicon 17, session 6) register variants of alrededor de
        "en el orden de", "más o menos", "mas o menos", "rondando", "rondando los", "rondando las",
        "ronda los", "rondan los", "aproximadamente unos", "alrededor de unos", "al rededor de",
        "alrededor de", "alrededor del", "unos", "unas", "cerca de", "cerca del",
        "aproximadamente", "aprox.", "en torno a",
        "en torno de", "del orden de", "un estimado de", "estimados", "estimadas", "se estima que",
        "aproximados", "rondaba", "rondaban", "ronda", "rondan", "rondaría", "alrededor",
        "unos aproximadamente", "~", "cerca", "a rededor de",
        "algo así como",
        # "un aproximado de 40" (an approximate 40, D40), as "un estimado de"
        "un aproximado de", "aproximado de",
        # (17cg) "estimate at" before the number ("el informe estima en 216.000 el número"), the
        # verb and its participle (rule 2, D65.1)
        "estima en", "estiman en", "estimó en", "estimaron en", "se estima en", "se estiman en",
        "estimado en", "estimada en", "estimados en", "estimadas en",
        # (17gwc) "a eso de 300 personas" (about), "aprox" without its point
        "a eso de", "aprox",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "ligeramente superior a", "ligeramente superiores a", "algo superior a",
        "ligeramente por encima de", "algo por encima de", "un poco por encima de",
        "apenas por encima de",
        # (lexicon 17, session 6) register variants of más de
        "más allá de", "mas alla de", "pasan de", "pasa de", "pasan de los", "pasa de los",
        "pasaron de", "pasaron los", "un poco más de", "ligeramente más de", "muy por encima de",
        "más de", "mas de", "más del", "mas del", "al menos", "por lo menos", "como mínimo",
        "como minimo", "mínimo",
        # (17cg) "nada menos que 158" (no less than), as "no menos de" (rule 3, D65.2)
        "nada menos que", "nada menos de",
        "no menos de", "ha superado", "han superado", "superado", "supera", "superan", "superó",
        "supero", "superaron", "superaban", "superaba", "superaban los", "superaron los",
        "supera los", "superan los", "a lo menos", "sobrepasa",
        # every form of "superar" (to exceed, D39): superar, superará, superaría, superado …
        "supera\\w*", "supere\\w*", "superar los", "superaría los", "superará los",
        # "y más de un centenar": not the "y más" written after a number
        "y más de", "o más de",
        "sobrepasan", "sobrepasó", "rebasa", "rebasan", "excede", "exceden", "algo más de",
        "bastante más de", "ya supera", "superior a", "superiores a", "arriba de", "por encima de",
        "sobre",
        # "no menor de 2.000" (not less than)
        "no menor de", "no menor a", "no inferior a",
        # (17gwc) "mayor a 300" (Latin America: greater than); "mayores de" is left out ("los
        # mayores de 60", people over 60)
        "mayor a", "mayores a",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of como máximo
        "a lo sumo", "a lo más", "como mucho", "cuanto mucho", "no más que",
        "hasta", "menos de", "menos del", "como máximo", "como maximo", "máximo", "no más de",
        "un máximo de",
        # (30fx, D215.3) not "hasta unos": the nearest qualifier governs (D1), "unos" = approx, as
        # "hasta unas", en "up to about", de "bis zu etwa" read
        "inferior a", "por debajo de",
        # (17gwc) "menor a 300" (less than), "inferiores a"
        "menor a", "menores a", "inferiores a",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "ligeramente inferior a", "ligeramente inferiores a", "algo inferior a",
        "un poco inferior a", "poco por debajo de", "un poco por debajo de",
        "ligeramente por debajo de", "algo por debajo de", "ligeramente menos de",
        "apenas por debajo de",
        # (lexicon 17, session 6) register variants of casi
        "prácticamente", "practicamente", "bordea", "bordean", "bordeando", "bordea los",
        "bordean los", "bordeando los", "algo menos de", "un poco menos de", "ligeramente menos de",
        "apenas por debajo de",
        "casi", "se acerca a", "se acercan a", "se acercaba a", "rozando", "roza", "rozan",
        "acercando a", "acercándose a", "acercándonos a", "se acerca a los", "se acercan a los",
        "acercando a los", "acercándose a los", "acercándonos a los", "se acercaba a los",
        "cerca de alcanzar",
        "próximo a", "próximos a", "poco menos de",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "aprox.", "aprox", "aproximados",
        "aproximadamente", "más o menos",
    ],
    # "N, si no más" (or even more) is at least, as "o más" (D3, D41)
    "post_at_least": [
        # (lexicon 17, session 6) after the number: 300 y pico, 300 y tantos
        "y pico", "y picos", "y tantos", "y tantas", "por lo menos", "como poco",
        "o más", "y más", "al menos", "como mínimo", "+", "si no más", "o incluso más",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number
        "a lo sumo", "o menos", "como mucho", "máximo", "a lo más",
        "como máximo",
    ],
    "additional": [
        "otros", "otras", "adicionales", "adicional", "más otros",
        "un nuevo contingente de", "refuerzos de",
        # (17no) "se suman 47 casos" (are added), a rise's nouns: additional (rule 12, D54.2)
        "se suman", "se suma", "se sumaron", "se sumó", "un aumento de", "un incremento de",
        # (17cg) "añadir" ("se han añadido dos", two were added, D65.3); not "se han sumado a",
        # also "have joined" ("se han sumado a la huelga unos 400 presos": the total)
        "se añaden", "se añadieron", "se han añadido",
    ],
    # "new" counts only after the number ("300 nuevos casos"), not before it (D40)
    "additional_post": ["más", "adicionales", "otros", "nuevos"],
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 heridos, a saber 20
        # adultos"; D23, D50.5)
        "a saber",
        # (lexicon 17, session 6) breakdown words
        "entre ellas", "de las cuales", "de ellas", "entre los que", "entre las que",
        "entre los cuales", "entre las cuales", "incluyendo a",
        "incluidos", "incluidas", "incluyendo", "de los cuales", "de ellos", "entre ellos",
        # (17gwc) "300 personas, de los que 20 niños"
        "de los que", "de las que", "entre otros", "entre otras",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "compuesto por", "compuesta por", "compuestos por", "compuestas por",
        "formado por", "formada por", "formados por", "formadas por", "integrado por",
        "integrada por", "integrados por", "integradas por",
    ],
    "total": [
        "un total de", "total", "en total", "totalizando", "en conjunto", "suman", "sumando",
        "en suma",
        # (17tc) a verb of change with "a / hasta" announces the new total: beside another
        # number ("en los tres países la cifra subió a 4.500") the count after it is the figure,
        # and "eleva hasta 1.631 el número" (raises to) is no "up to" (D35, D58.1)
        "subió a", "subieron a", "sube a", "suben a", "aumentó a", "aumentaron a", "ascendió a",
        "ascendieron a", "asciende a", "ascienden a", "se elevó a", "se eleva a", "elevó a",
        "eleva a", "elevan a", "elevaron a", "creció a", "crecieron a", "pasó a", "pasaron a",
        "bajó a", "bajaron a", "cayó a", "cayeron a", "disminuyó a", "descendió a",
        "eleva hasta", "elevó hasta", "elevan hasta", "elevaron hasta", "se eleva hasta",
        "se elevó hasta",
    ],
    "range_pre": [
        "entre", "de", "desde", "entre los", "entre las", "de los", "de las",
    ],
    "range_sep": ["a", "o", "al", "hasta", "y hasta", "si no", "o incluso", "cuando no"],
    "range_and": ["y", "y los", "y las"],
    "percent": ["%", "por ciento", "por cien"],
    "fraction": [
        "veces", "medio", "media", "mitad", "tercio", "tercios", "cuarto", "cuartos", "quinto",
        "mayoría",
        # (33ra, D224.3) "nearly the whole of" the count ("la quasi-totalité des 13 152 raflés"):
        # a part of it, as "la plupart des" (rule 13, D49); "la totalité des" (the whole) stays
        "casi totalidad", "casi la totalidad",
        "proporción", "de cada",
        # (17nj) "seis personas en otros tantos accidentes" (six people in as many accidents):
        # a second count equal to the first, one per thing, as "uno de cada": no single total
        # (rule 13, D45.5, D49)
        "otros tantos", "otras tantas",
        # (17gwc) "dos terceras partes" (two thirds; was read 2 exact)
        "terceras partes", "tercera parte", "cuartas partes", "cuarta parte", "quinta parte",
        "décima parte",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "todas las noches",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "todos los años", "todos los días", "todas las semanas", "todos los meses",
        "por kilómetro cuadrado",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "por mil",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "en promedio", "un promedio de", "como promedio", "de media",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "media diaria", "media semanal", "media mensual", "media anual", "promedio diario",
        "promedio semanal", "promedio mensual", "promedio anual",
        "por día", "por dia", "al día", "al dia", "diarios", "diarias", "diariamente", "por semana",
        "a la semana", "al mes", "por mes", "por hora", "al año", "por año", "cada uno", "cada una",
        "cada", "por cada", "anualmente", "mensualmente", "semanalmente",
        # (17gwc) "300 muertes anuales", "300 por habitante"
        "anuales", "mensuales", "semanales", "por habitante", "por persona", "por noche",
        "por minuto", "por cabeza", "per cápita", "per capita",
    ],
    "units": [
        "batallón", "batallones", "brigada\\w*", "regimiento\\w*", "división", "divisiones",
        "compañía\\w*", "unidades",
        # (17gwc) squadrons and detachments
        "escuadrón", "escuadrones", "destacamento\\w*",
        # (34ra, D226.4) contingents counted, in the plural ("11 contingentes")
        "contingentes",
    ],
    "uncountable": [
        "muchos", "muchas", "numerosos", "numerosas", "un gran número", "gran cantidad",
        # (17gwc) vague words with no magnitude
        "muchísimos", "muchísimas", "innumerables", "incontables", "un sinnúmero",
        "un número indeterminado", "un número desconocido", "una gran cantidad",
    ],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "a partir de", "después de", "luego de", "tras",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "el", "del", "al",
        # (17ci) a period, month, season or level and "of" before a year ("the same month of
        # 2013", "ai livelli del 2008"): a date (D7, D66.2)
        "mismo mes de", "mes del", "mismo período de", "nivel de", "niveles de",
        "temporada de",
        # (17cs) a quarter of a year before the year ("el primer trimestre de 2023"): a
        # date (D7, D50)
        "trimestre de", "trimestre del",
        # "en el 2001", "en l'an 2001": an article or "an" before the year (session 6)
        "en el", "el año",
        "en", "desde", "año", "a finales de", "a principios de", "período de", "periodo de",
        "año de", "inicios de", "finales de", "mediados de", "principios de",
        # (17nf) "en lo que va de 2023" (so far in 2023; D7, D46)
        "lo que va de",
        # (17nm) "los primeros nueve meses de 2016" (D7, D52.4)
        "meses de", "semanas de", "días de", "primeros meses de", "primeras semanas de",
        "primeros días de",
        # "durante 2019" (during 2019, D39)
        "durante", "a lo largo de",
        # (17nj) a census or a feast with its year ("el censo de 2010", "Navidad de 2023") is a
        # date (D7, D49)
        "censo", "censo de", "navidad de", "semana santa de", "carnaval de", "nochevieja de",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "primera mitad de", "segunda mitad de", "primer semestre", "segundo semestre",
        "primer semestre de", "segundo semestre de",
        # (17gwc) the seasons ("en el verano de 2022"), "antes de 2020", "fines de",
        # "comienzos de"
        "verano de", "invierno de", "primavera de", "otoño de", "verano", "invierno",
        "primavera", "otoño", "antes de", "fines de", "comienzos de",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a category,
    # class, serogroup, type, level, draw or edition, an age ("a la edad de 47")
    "not_count_pre": [
        # (22rd, D116) a capacity told before its number, as en "capacity of" (D96): no count
        # beside another number
        "capacidad para", "capacidad de",
        # (23rd, D129.3) a capacity or a limit told before its number, with its verb or
        # adjective ("space meant for 1,044", "при лимите в 8657"): no count beside another
        # number, as D96's "capacity of"
        "capacidad real es para", "capacidad es para", "capacidad real para", "capacidad real de",
        "diseñado para", "diseñada para",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitud", "de magnitud",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "capítulo", "artículo", "kilómetro", "km", "carretera", "autovía", "autopista", "ruta",
        # (17cd) "desde el pasado día 17" (the 17th): a day of the month after its word (D59.6)
        "pasado día", "último día", "próximo día", "desde el día",
        # (17ca) a week's number after its word ("KW 15", "semaine 40"): no count (D59.5)
        "semana epidemiológica",
        "categoría", "clase", "serogrupo", "serotipo", "tipo", "nivel", "sorteo", "edición",
        "episodio", "edad de", "versión", "modelo",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("41 menos que el pasado año", "31 víctimas mortales menos que en el mismo
    # periodo"): no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:menos|más)"
        r" (?:que|de lo que|respecto|con respecto|en comparación|comparado|frente)(?![^\W\d_])",
    ],
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("Las iglesias y otros
    # edificios … unos 2,953")
    "other_words": ['otros', 'otras', 'otro', 'otra'],
    "source_words": ["(?<!\\w)según(?!\\w)", "(?<!\\w)de acuerdo con(?!\\w)"],
    "compared_pre": [
        # (17ct, D76.4, D66.1) "respecto a" (compared with)
        "respecto a", "respecto al", "respecto a los", "respecto a las", "con respecto a",
        "con respecto al", "con respecto a los", "con respecto a las",
        "en comparación con", "en comparación a", "comparado con", "comparados con",
        "comparadas con", "comparado a", "frente a", "frente a los", "frente a las", "contra",
        "contra los", "contra las",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "calle", "avenida", "avda.", "av.", "c/", "pasaje", "carrera",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilovoltios", "kilovatios", "megavatios",
        "gigavatios", "voltios",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "piso", "planta",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "milímetros", "litros por metro cuadrado",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "grados", "grado", "grados centígrados", "grados celsius",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metros", "metro", "km", "kilómetros", "kilómetro",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "pies", "millas",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "hectáreas", "hectárea",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "de", "del", "de los", "de las", "sobre",
    ],
    "time_units": [
        # (17cd) "last" between the number and its unit ("las dos últimas semanas"), as fr
        # "dernières" (D43.4); "fines de semana" (weekends) (D59.8)
        "últimas semanas", "últimos días", "últimos meses", "últimos años", "últimas horas",
        "fines de semana",
        # (17cs) a size of a building ("un edificio de 20 pisos"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "pisos", "plantas",
        "hora\\w*", "día", "días", "dia", "dias", "semana\\w*", "mes", "meses", "año", "años",
        "primeros días", "primeras semanas", "primeros meses", "últimos días",
        # (17nm) also before "de" and a year ("en los primeros nueve meses de 2016"): a
        # duration that marks the year (D7, D52.4; as pt "meses de", 17nf)
        "meses de", "semanas de", "días de", "primeros meses de", "primeras semanas de",
        "primeros días de",
        "minuto\\w*", "noche\\w*",
        # (17nj) "y medio" after the unit ("cuatro días y medio", "dos horas y media") is part of
        # the duration, no fraction (D40, D49)
        "días y medio", "dias y medio", "día y medio", "horas y media", "hora y media",
        "años y medio", "año y medio", "meses y medio", "mes y medio", "semanas y media",
        # (17gwc) decades, centuries, seconds, abbreviations
        "década\\w*", "siglo\\w*", "segundos", "min", "hrs",
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
            "mamá", "papá",
            "mujer", "hombre", "niña", "niño", "abuela", "abuelo", "hijo", "hija",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "bebé", "adolescente", "adulto", "adulta", "hermano", "hermana", "tío", "tía", "primo",
            "prima", "sobrino", "sobrina", "nieto", "nieta", "cuñado", "cuñada",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 niños y su profesora"
            "profesor", "profesora", "maestro", "maestra", "cuidador", "cuidadora", "acompañante",
            "enfermero", "enfermera", "dueño", "dueña", "propietario", "propietaria",
            # (17dd, D85.1) "3 soldiers and their commander"
            "comandante",
            "piloto", "copiloto", "conductor", "conductora", "chófer", "chofer", "capitán",
            "guía", "instructor", "monitor", "madre", "padre", "esposa", "esposo"],
        "and": ["y"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["sus", "su"],
        "verbs": ["\\w+ron", "son", "están", "mueren", "siguen", "eran", "estaban"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "no dos sino doce", "doce y no dos"; "no solo 2 sino también 3"
    "contrast": {
        "not": [
            "no", "en lugar de", "en vez de", "no fueron", "no son", "no eran", "no serán",
            "no serían", "no fue", "no es", "no era", "no hubo", "no hay", "no había", "no habrá",
            "no han sido", "no habían sido",
        ],
        "but": ["sino"],
        "also": ["también", "tambien", "además", "ademas", "asimismo"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "aumento", "incremento", "ascenso", "descenso", "subida", "bajada", "caída", "alza",
        "baja", "disminución", "reducción", "crecimiento", "repunte", "retroceso", "aumentó",
        "aumentaron", "subió", "subieron", "bajó", "bajaron", "cayó", "cayeron", "creció",
        "crecieron", "descendió", "descendieron", "disminuyó", "disminuyeron", "pasó", "pasaron",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("1.200 mayores de 65", "menores de 15"); alone it stays
    "age_limits": [
        r"\b(?:mayores|menores) de (?:los )?" + AGE + r"(?: años)?(?!\w)(?! ?(?:mil\b|millones|%))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["mayores", "menores"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["y", "e"],
        "plus": ["más"],
        "the": ["el", "la", "los", "las", "su", "sus"],
        "whole": [
            r"del total", r"de (?:ese|este|dicho) total", r"sobre el total",
            r"de (?:esa|esta|dicha) cifra", r"del número total",
        ],
        "how": [
            "de gravedad", "de consideración", "graves", "grave", "leves", "leve", "gravemente",
            "levemente", "de forma grave", "de manera grave", "en estado grave",
        ],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "misil(?:es)?", "cohetes?", "drones?", "proyectiles?", "bombas?", "obús", "obuses",
            "shaheds?",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(partió|partido|partida|partieron|rompió|rompieron|roto|rota|quebró|quebrado) "
         r"(?:por la mitad|en dos)\b(?! (?:partes|puntos|lugares|tramos)\b)", r"\1"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("a 30 kilómetros de")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\ba (?:(?:unos|unas|cerca de|más de|menos de|apenas|casi|solo|sólo|poco más de"
            r") )?(?:\d[\d.,]*+(?: \d{3})*|[a-záéíóúñ]+) (?:km|kilómetros?|kilometros?|metro"
            r"s?|m|millas?)(?= (?:de|del|al norte|al sur|al este|al oeste|al noreste|al noro"
            r"este|al sureste|al suroeste|mar adentro)\b|\s*[,.;]|$)",
            r"a",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "otras fuentes indican que los afectados llegarían a 600"
        (r"\b(?:otr[oa]s) (?=(?:fuentes?|informes?|medios|estimaciones|cifras|datos|versiones|"
         r"reportes|testigos|expertos|organizaciones|autoridades)\b)", ""),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\b(?:una )?media hora\b", "30 minutos"),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\b(?:un )?medio año\b", "6 meses"), (r"\b(?:un )?medio siglo\b", "50 años"),
        # (17cd) "de dos ruedas" (two-wheeled) names a vehicle's kind, no count (D32, D59.9)
        (r"\bde (?:dos|tres|cuatro|2|3|4) ruedas\b", "de ruedas"),
        # (17cb) "el piloto y todos los cuatro pasajeros": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )y (?:todos|todas) (?:los|las) (?=\d|(?:"
            r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b)",
            "y otros ",
        ),
        # (17nm) "aumentó en 49 hasta al menos 537" (rose by 49 to at least 537): the new total is
        # the figure, as "de A a B" (D35, D52.6), no range of 49 to 537
        (
            r"\b(aument\w+|subi\w+|subió|creci\w+|creció|ascendi\w+|increment\w+|elev\w+|"
            r"disminu\w+|baj\w+|descendi\w+|cay\w+) (?:en|un|una) (?:unos |unas |casi |más de )?"
            r"\d[\d.,]*"
            # (17cc) also a percentage of change ("aumentó un 18 % hasta 46", D61.3)
            r"(?: (?:mil|millones))?(?: ?%| por ?ciento)?,? (hasta|a) (?=\S)",
            r"\1 \2 ",
        ),
        # (17nm) "entre el 1 y el 18 de diciembre" (between the 1st and the 18th of December) is
        # a date, as "del 1 al 18 de diciembre" (D24, D39.3, D52.4)
        (
            r"\bentre el (\d{1,2}) y el (?=\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|"
            r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)",
            r"del \1 al ",
        ),
        # (17nm) "el 8 del mismo mes" (the 8th of the same month) is a date (D7, D52.4)
        (r"\b(el|del|al|hasta el|desde el) \d{1,2} (del? (?:mismo|presente|pasado|próximo) mes)\b",
         r"\1 \2"),
        # (17nm) "los 760 fallecimientos de 2017": "de" and a year that no word follows, after a
        # count and its one noun, is the year of the count (D7, D52.4); "300 de 2000" stays
        (
            r"(?<=\d)( (?!(?:más|menos|cerca|alrededor|total)\b)[^\s\d,;:]+ )de "
            r"(?=(?:19|20)\d\d\b(?![.,]\d)(?! *[^\W\d_\s]))",
            r"\1en ",
        ),
        # (17nm) an "other" word two words or more after the count, no number between, names
        # other things, no more of the count: "los 411 restantes obedecieron a otras causas"
        # (total); "1.000 soldados más, otros 16" stays additional (rule 12, D12, D52.2)
        (
            r"(?<=\d)((?: [^\s\d,;:]+){2,}? )\botr[oa]s\b",
            r"\1distintas",
        ),
        # (17nh) "not passed N" ("no pasaron de 2.000", "no superaron los 2.000") is at most N, as
        # "not exceeding N" (D42, D48.6)
        (
            r"\bno (?:pasa|pasan|pasó|paso|pasaron|pasaba|pasaban|supera|superan|superó|superaron|"
            r"superaba|superaban|excede|exceden|excedió|excedieron|rebasa|rebasan|rebasó|rebasaron)"
            r" (?:de |los |las |de los |de las )?(?=\d|(?:mil|un|una|dos|tres|cien|doscient)\w*\b)",
            "hasta ",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 cada ",
        ),
        # (17nh) the number of a road, line or flight ("la ruta 40", "la línea 5", "el vuelo 370",
        # "el kilómetro 45") is a designation, no count (D32, D48.2)
        (
            r"\b(ruta|línea|linea|vuelo|autopista|autovía|carretera|kilómetro|km|andén) "
            r"(?:[a-z]{1,2}-? ?)?\d{1,4}\b(?![.,]\d)",
            r"\1",
        ),
        # (17nh) a clock time written "14:30" after "a las", "desde las" ... or an hour range
        # "de las 8 a las 11" is no count (D28, D48.1); "a las 23 víctimas" stays a count
        (
            r"\b(a|de|desde|hasta|sobre|hacia|antes de|después de) las (?:[01]?\d|2[0-3])"
            r"(?::[0-5]\d|\.[0-5]\d(?! ?(?:millones|mil)\b))\b(?![.,:]?\d)",
            r"\1 las ",
        ),
        # (19ms, D90) a day and month in two digits each after the article or preposition of a
        # date ("entre el 06/08 y el 16/08, 2.413 atenciones"): a date without its year, no fraction
        (
            r"\b(el|del|al|desde el|hasta el) "
            r"(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d]|[.,]\d)",
            r"\1 ",
        ),
        (
            r"\b(de|desde) las (?:[01]?\d|2[0-4]) (a|hasta) las (?:[01]?\d|2[0-4])\b"
            r"(?![.,:]?\d)(?! (?:mil|millones)\b)",
            r"\1 las \2 las ",
        ),
        # (17ng) "dejó, al menos, 16 familias" (left at least 16 families): a qualifier set off by
        # commas right before its number qualifies it (D1, D47)
        (
            r",\s*(al menos|por lo menos|como mínimo|como máximo|cerca de|aproximadamente|casi),\s*"
            r"(?=\d|(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil)\b)",
            r" \1 ",
        ),
        # a height, depth or distance in metres ("desde una altura de tres metros") is no count;
        # a length alone stays as written (D45.3)
        (
            r"\b(altura|profundidad|distancia) de (?:unos |casi |más de |cerca de )?"
            r"(?:\d[\d.,]*|[a-záéíóúñ]+) (?:metros|m)\b",
            r"\1",
        ),
        # (lexicon 17, session 6) "treinta y un muertos", "cuarenta y una víctimas": the
        # apocopated and feminine forms of "uno" in a compound (rule 11)
        (r"\b(treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa) y (?:un|una)\b",
         r"\1 y uno"),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:si no|o incluso|cuando no)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (r"\b(?<=\d )de un total de (?=\d)", "de los "),
        # a clock time told by the part of the day ("hasta las cinco de la mañana", "at 5
        # a.m.", "às cinco da manhã", "alle cinque del mattino") is no count (D28, D41)
        (
            r"\b(a|hasta|desde|sobre|hacia|pasadas|antes de|después de|de) (?:las|la) (?:\d{1,2}|"
            r"una|"
            r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?:[:.][0-5]\d| y "
            r"(?:media|cuarto))? (?:de la (?:mañana|tarde|noche|madrugada)|del mediodía)\b",
            r"\1 ",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(algunos|algunas|varios|varias|muchos|muchas)(?= (?:de ellos |"
            r"de ellas )?(?:de gravedad|graves?|gravemente|en estado grave|de consideración|"
            r"de seriedad|en estado crítico)\b)",
            r", entre ellos \1",
        ),
        # "another dozen" written with a singular "other" before a collective numeral ("Otra
        # docena de personas", "une autre dizaine", "un'altra decina", "outra dezena") is
        # additional, approx (D6, D12, D41); "otra" alone is no "more" word ("por otra parte")
        (
            r"\b(?:otra|otro)(?= (?:medio )?(?:decena|docena|veintena|treintena|cuarentena|"
            r"cincuentena|centenar|centena|millar)\b)",
            "otros",
        ),
        # a singular scale word after "1" and three digits ("1,127 millón") is 1.127 of it: the
        # singular says the number is below two, so the separator is the decimal point (rule 9,
        # D40)
        (r"\b1[.,](\d{3}) mill(?:ón|on)\b", r"1\1 mil"),
        (r"\b1[.,](\d{3}) bill(?:ón|on)\b", r"1\1 millones"),
        # "aumentó durante 2020 hasta 4.500" (rose in 2020 to 4,500): the year between the verb and
        # "hasta" does not make "hasta" "up to" (D31, D39, D40)
        (
            r"\b(aument[óo]|aumentaron|increment[óo]|incrementaron|ascendi[óo]|ascendieron|"
            r"subi[óo]|subieron|creci[óo]|crecieron|se elev[óo]) (?:durante|en) (?:el )?(?:año )?"
            r"(?:19|20)\d\d hasta\b",
            r"\1 hasta",
        ),
        # "Sobre las 34 personas hospitalizadas" (as for the 34 people in hospital): "sobre" opening
        # the phrase before an article names the topic, no "over" (D34, D40)
        (r"^sobre (?=(?:las|los|el|la) )", ""),
        # "5 mil millones" (5,000 million = 5 billion): "mil" multiplies the scale after it (rule 8)
        (r"\bmil millones\b", "milmillones"),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:una|dos|tres|ambas|las dos) (dosis)\b", r"\1\2"),
        # "au moins un enfant" (at least one child): after an at-least word the article is the
        # numeral one, as "at least one" (D8, D39); not before a magnitude ("au moins un millier")
        (
            r"\b(al menos|por lo menos|como mínimo) (?:un|una|uno)\b"
            r"(?! ?(?:\d|millar|millón|millon|centenar|docena|decena|veintena|medio|media|tercio|"
            r"cuarto|poco|mil)\w*)",
            r"\1 1",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\bningun[oa] (?:de (?:los|las|estos|estas)) "
            r"(?=\d|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|"
            r"cuarenta|cincuenta|cien)\b)",
            "0 de ",
        ),
        # (17df, D87) "ninguno de ambos" is none of two, as "ninguno de los dos"
        (r"\bningun[oa] de (?:ambos|ambas)\b", "0 de los dos"),
        # "el domingo (3)": the day of the month in brackets after a weekday is a date (D7, D39)
        (r"\b(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo) \(\d{1,2}\)", r"\1"),
        # "superar la barrera de los 7 millones" (to pass the mark of): the mark is the number's
        # (D39)
        (
            r"\b(supera\w*|superó|supere\w*|sobrepas\w*|rebas\w*|alcanz\w*|roza\w*) "
            r"(?:(?:ya|hoy|ayer|también|ahora) )?(?:la |el )?"
            r"(?:barrera|cifra|marca|umbral|cota|techo|nivel|listón)(?: de(?: los| las)?)?\b",
            r"\1",
        ),
        # "645 deaths for 2023": a year after "for" that no noun follows is a date (D7, D38)
        (r"\bpara ((?:19|20)\d\d)\b(?![ \t]*[^\W\d_])(?![ \t]*\d)", r"en \1"),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:número|núm\.|nº|n\.º) ?\d+(?:[.,]\d+)*\b", " "),
        # "un cuarto de millón" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\b(?:un )?cuarto de (mill[oó]n|millardo)\b", r"0,25 \1"),
        # a clock time "23h30", "vers 23h", "22 h 15" is no count (D28, D37)
        (r"\b\d[\d.,]* ?h(?: ?[0-5]\d)?\b", " "),
        # "ni uno", "ni una sola víctima" (not a single one): none, no count (D36)
        (r"\bni (?:uno|una|un)\b", "ni"),
        # "enero del 2022": the year of a month is a date (D7)
        (
            r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
            r"noviembre|diciembre) del (?=(?:1[89]|20)\d\d\b)",
            r"\1 de ",
        ),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\b(pasó|pasaron|pasando|pasado|aumentó|aumentaron|aumentando|aumentado|subió|"
            r"subieron|"
            r"subiendo|subido|bajó|bajaron|bajando|creció|crecieron|creciendo|disminuyó|"
            r"disminuyeron|"
            r"descendió|descendieron|ascendió|ascendieron|se elevó|incrementó|saltó|cayó|cayeron|"
            # (17ta) the infinitive ("al pasar de los 213 a los 353") and the articles before
            # the two counts: the new total B (D35, D56.5)
            r"pasar|aumentar|subir|bajar|crecer|disminuir) "
            # (17tc) an adverb in -mente between, in quotation marks or not ('"aumentaron
            # severamente" de 24 en 2014 a 80 en 2015'; D35, D58.2)
            r"(?:[^\W\d_]+mente)?[\"«»“”]? ?"
            # (17cc) also "del" before the old count ("ha pasado del 1.618 a 1.750", D61.1)
            r"(?:de|del) (?:unos |unas |los |las )?\d[\d.,]*"
            # the old count's year may follow it ("pasó de 306 en 2014 a 444 en 2018", D39)
            # or another word of its time ("de 935 el año pasado a 1.031", D41), also after its
            # noun ("pasando de 22 fallecidos en 2019 a 9", 17nj, D49)
            # (17tc) its noun and a participle ("de 122 rinocerontes cazados en 2009", D58.2)
            r"(?: (?:mil|millones|millón))?(?:(?: [^\W\d_]+){0,2}"
            r"(?: en (?:el )?(?:año )?(?:19|20)\d\d|"
            # (28rb, D208.2) "en el último año / mes" (in the past year, month)
            r" en el (?:último|ultimo) (?:año|mes|semestre|trimestre)|"
            r" el año (?:pasado|anterior)| la semana (?:pasada|anterior)| el mes (?:pasado|"
            r"anterior)| ayer| anteriormente| previamente| inicialmente| al principio"
            # (17cc) a season before ("de 23 la temporada pasada a 12", D61.1)
            r"| (?:en )?la temporada (?:pasada|anterior)| el (?:primer )?(?:semestre|trimestre)"
            r"(?: pasado| anterior)?)"
            # (17cc) or its noun alone, the new total in digits after "a" with no other noun
            # ("pasando de 220 fallecidos a 225", D61.1): "de 10 heridos a 20 muertos" (two
            # outcomes) stays two quantities (D49.1)
            r"| [^\W\d_]+(?= (?:a|hasta) (?:los |las )?\d[\d.,]*(?:$|[,;.)]|"
            r" (?:en|este|esta|el|la|durante|y|según)\b)))? (?:a|"
            r"hasta)(?: los| las)? (?=\S)",
            r"\1 a ",
        ),
        # (17cc) the new total first, the old count after "desde" or "frente a" ("subió a 225
        # desde 220", "pasó a 46 frente a los 39 del año pasado"): the old count dropped, the new
        # total B (D35, D61.2)
        (
            r"\b((?:pasó|pasaron|pasando|aumentó|aumentaron|aumentando|subió|subieron|subiendo|"
            r"bajó|bajaron|bajando|creció|crecieron|creciendo|disminuyó|disminuyeron|descendió|"
            r"ascendió|se elevó|saltó|cayó|cayeron) (?:a|hasta) (?:los |las )?(?:unos |unas |casi |"
            r"más de )?\d[\d.,]*(?: (?:mil|millones))?(?: [^\W\d_]+)?),? (?:desde|frente a) "
            r"(?:los |las |unos |unas )?\d[\d.,]*(?: (?:mil|millones))?"
            r"(?: (?:en|de|del) (?:19|20)\d\d|"
            r" del año (?:pasado|anterior)| el año (?:pasado|anterior)| de la temporada (?:pasada|"
            r"anterior))?(?![\d.,]*\d)",
            r"\1",
        ),
        # (17nj) "rose by N" ("aumentó en 300", not "en 2023"): the count of a rise is
        # additional, as en "grew by" (rule 12, D39, D49)
        (
            r"\b(aumentó|aumentaron|creció|crecieron|subió|subieron|incrementó|incrementaron) en "
            r"(?!(?:19|20)\d\d\b)(?=(?:unos |unas |casi |más de |cerca de )?\d)",
            r"\1 en adicionales ",
        ),
        # "mil 600 enfermos de dengue más" (1,600 more dengue patients): "más" closing the noun
        # of the count is "N more" (D12, D37), not "más" before an adjective ("más afectada")
        (
            r"\b(\d[\d.,]*(?: mil| millones)?) ([^\W\d_]+ de [^\W\d_]+) más"
            r"(?=\s*(?:$|[,.;:]|(?:que|en|y|con|por|para|desde|hoy|ayer|durante|este|esta)\b))",
            r"\1 más \2",
        ),
        # the number repeated in words in brackets ("11 (once) víctimas"): one number
        (r"(\d+)\s*\([^\W\d_]+\)", r"\1"),
        # "15 muertos, cuatro de ellos niños": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) de (?:ellos|ellas)\b", r", entre ellos \1"),
        (r"\bmedio (millón|millon|centenar|millar)\b", r"0.5 \1"),
        (r"\b(?:un |1 )(millón|millon|millar) y medio\b", r"1.5 \1"),
        # "cerca de 1.000 personas murieron, la mayoría en la capital": where most of them were
        # is a breakdown of the figure, not a share reported instead of it (D30)
        # (17cf) with any other word after it too ("atendió a 42 personas durante la carrera, la
        # mayoría por curas menores", "800 casos, la mayoría mujeres"): not before the share's
        # whole ("la mayoría de los 800", rule 13; D64.4)
        (r",\s*la mayoría (?!de (?:los |las )?(?:más de |unos |unas |casi )?\d)", ", entre ellos "),
        # "más de 300 pasajeros, en su mayoría turistas" (mostly tourists): who most of them
        # were, after a comma, is a breakdown, no share reported instead of the count (D30, D43.5)
        (r",\s*(?:en su (?:gran |inmensa |amplia )?mayoría|mayoritariamente)\b", ", entre ellos "),
        # (33ra, D224.4) "la mayoría de las fuentes / de los historiadores" (most of the sources)
        # is a share of those who tell the count, not of the count: dropped ("la mayoría de las
        # fuentes las cifran entre 122.766 y 320.000" is the range)
        (
            r"\bla (?:gran |inmensa )?(?:mayoría|mayor parte) de (?=(?:las |los )?(?:fuentes|"
            r"historiador(?:es|as)|expert[oa]s|especialistas|estudios|estimaciones|cálculos|"
            r"autor(?:es|as)|investigador(?:es|as))\b)",
            "",
        ),
        # "uno de los más extremos ocurrió …" (one of the most extreme): "one" before a
        # superlative is the pronoun of a thing ranked, no count (D8, D43.2)
        # ("uno de los más de 300 heridos": "más de" before a number is a qualifier, no
        # superlative; the phrase stays with its two counts)
        (
            r"\b(?:uno|una) de (?:los|las) (?=(?:más|mayores|peores|menos)\b)"
            r"(?!(?:más|menos) de \d)",
            " ",
        ),
        # (17nm) "multiplicar hasta por 9 las posibilidades" (multiply by up to 9) is a
        # multiplier, a ratio as "9 veces" (rule 13, D52.7)
        (r"\b(multiplic\w+) (?:(hasta|casi|al menos) )?por (\d[\d.,]*)\b", r"\1 \2 \3 veces"),
        # (17nm) "una de las 305 personas" (one of the 305) is a share, as "uno de los 305" (rule
        # 13, D46.6, D52.5): the feminine "una" is the numeral here, no article
        (r"\buna de las (?=(?:(?:más|menos) de |cerca de |casi )?\d)", "uno de las "),
        # "el helicóptero del 112": an emergency number names the service, no count (D32, D43.3)
        (r"\b(el|del|al) (?:112|911|061)\b", r"\1 servicio"),
    ],
    "stop": [
        # (17nm) "más con respecto al año pasado" (more than last year): the year compared with
        # is no rate "al año" (D52.1)
        "al año pasado", "al año anterior", "al mes pasado", "al mes anterior",
        "a la semana pasada", "a la semana anterior",
        # (17tb) "medio / media" after a noun is "average, middle", no half (D18, D57.3): "el
        # perfil medio de los 21 ciclistas", "la edad media", "Oriente Medio", "medio ambiente"
        "perfil medio", "término medio", "oriente medio", "medio oriente", "clase media",
        "edad media", "medio ambiente", "a medio plazo", "precio medio", "tamaño medio",
        "valor medio", "nivel medio",
        # "se ha incrementado hasta 165" is the new total, exact (rule 1, D31): not "hasta" = up
        # to; "hasta ahora" (so far) is no qualifier
        "incrementado hasta", "aumentado hasta", "ascendido hasta", "subido hasta", "elevado hasta",
        "crecido hasta", "aumentó hasta", "ascendió hasta", "subió hasta", "se elevó hasta",
        "creció hasta", "incrementó hasta", "dispararon hasta", "disparó hasta", "hasta ahora",
        "aumentaron hasta", "incrementaron hasta", "ascendieron hasta", "subieron hasta",
        "crecieron hasta",
        "hasta el momento", "hasta la fecha",
        "el", "la", "los", "las", "soldados", "tropas", "militares", "norcoreanos", "muertos",
        "heridos", "bajas", "personas", "trabajadores", "equipos", "artillería", "misiles", "y",
        "de", "del", "en", "con", "por", "para", "que", "se", "ya", "más", "menos", "unos", "cerca",
        "alrededor", "total",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["invierno"],
        "spring": ["primavera"],
        "summer": ["verano"],
        "autumn": ["otoño", "otono"],
    },
    "words": {
        "rel:last": ["pasado", "pasada", "anterior", "previo", "previa"],
        "rel:past": ["último", "última", "ultimo", "ultima"],
        "rel:past pl": ["últimos", "últimas", "ultimos", "ultimas"],
        "rel:this": ["este", "esta", "en curso", "corriente", "actual"],
        "rel:next": ["próximo", "próxima", "proximo", "proxima", "siguiente", "que viene"],
        "rel:next pl": ["próximos", "próximas", "proximos", "proximas"],
        "unit:day": ["día", "dia"],
        "units:day": ["días", "dias"],
        "unit:week": ["semana"],
        "units:week": ["semanas"],
        "weekend": ["fin de semana"],
        "unit:month": ["mes"],
        "units:month": ["meses"],
        "unit:year": ["año", "ano"],
        "units:year": ["años", "anos"],
        "unit:hour": ["hora", "horas"],
        "quarterw": ["trimestre"],
        "halfw": ["semestre", "mitad"],
        "part:begin": ["principios", "principio", "inicios", "inicio", "comienzos", "comienzo"],
        "part:mid": ["mediados", "medio"],
        "part:end": ["finales", "final", "fines", "fin"],
        "day:0": ["hoy"],
        "day:-1": ["ayer"],
        "day:-2": ["anteayer", "antes de ayer"],
        "day:1": ["mañana"],
        "now": [
            "hasta ahora", "hasta la fecha", "actualmente", "ya", "ahora", "en la actualidad",
            "por ahora", "hasta el momento", "a día de hoy", "al día de hoy", "a la fecha",
            "en este momento",
        ],
        "before": ["recientemente", "anteriormente", "previamente", "antes", "hace poco"],
        "future": ["pronto", "próximamente", "proximamente", "en breve"],
        "within": ["dentro de", "en el plazo de"],
        "since": ["desde", "a partir de", "a partir del", "desde el", "tras", "después de"],
        "until": ["hasta", "antes de", "para"],
        "to": ["al", "hasta el"],
        "between": ["entre"],
        "and": ["y", "e"],
        "ago": ["hace"],
        "n:1": ["un", "uno", "una"],
        "n:2": ["dos"],
        "n:3": ["tres"],
        "n:4": ["cuatro"],
        "n:5": ["cinco"],
        "n:6": ["seis"],
        "n:7": ["siete"],
        "n:8": ["ocho"],
        "n:9": ["nueve"],
        "n:10": ["diez"],
        "n:24": ["veinticuatro"],
        "few": ["unos", "unas", "varios", "varias", "algunos", "algunas", "pocos", "pocas"],
        "ord:1": ["primer", "primero", "primera"],
        "ord:2": ["segundo", "segunda"],
        "ord:3": ["tercer", "tercero", "tercera"],
        "ord:4": ["cuarto", "cuarta"],
    },
}

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("La información fue difundida, según informa Glavkom, por …")
_RELAYED_ASIDE = ("(?:, (?:según|como) (?:informa\\w*|publica\\w*|report\\w*|recog\\w*|señala\\w*|"
                  "escrib\\w*) [^,.]{1,40},)?")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["misil(?:es)?", "cohetes?", "proyectiles?", "obuses", "drones?", "artillería",
                "armas?", "municiones?", "cañones?"],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["si no", "o incluso", "o hasta", "quizás incluso", "tal vez incluso",
                          "quizás", "tal vez", "posiblemente"],
    # a body named under the one it belongs to ("the DIA under South Korea's defence
    # ministry"): the second is no other source
    "subordinate": ["bajo", "dependiente del?", "adscrit[oa] al?", "dentro del?"],
    # (19nm) medios por la gramática (articles/outlets.py): "el diario británico The
    # Times", "informa el 'Wall Street Journal'", ", informó El País."
    "outlet_grammar": {
        "before": ["diario", "periódico", "rotativo", "tabloide", "semanario", "revista",
                   "medio", "portal", "cadena(?: de televisión)?", "canal", "emisora",
                   "agencia de noticias", "publicación"],
        "adjectives": ["británico", "estadounidense", "norteamericano", "alemán", "japonés",
                       "surcoreano", "ucraniano", "especializado", "digital", "económico",
                       "sensacionalista"],
        "verbs": ["informa", "informó", "publica", "publicó", "reporta", "reportó",
                  "revela", "reveló", "según informa", "según informó"],
        "verbs_after": [],
            "skip": ["estatal\\w*", "oficial\\w*", "norcorean\\w*", "rus[oa]s?"],
    },
    # nombres compuestos de un país y un organismo (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": ["ucranian\\w*"], "name": ["ucrania", "kiev", "kyiv"]},
            "KR": {"adj": ["surcorean\\w*", "sudcorean\\w*"], "name": ["corea del sur", "seúl"]},
            "US": {"adj": ["estadounidense\\w*", "norteamerican\\w*"],
                   "name": ["(?:los )?estados unidos", "ee\\.?\\s?uu\\.?", "washington"]},
            "GB": {"adj": ["británic\\w*"], "name": ["(?:el )?reino unido", "londres"]},
            "RU": {"adj": ["rus[oa]s?"], "name": ["rusia", "(?:el )?kremlin"]},
            "WEST": {"adj": ["occidental\\w*"], "name": []},
            "KP": {"adj": ["norcorean\\w*"], "name": ["corea del norte", "pyongyang", "pionyang"]},
        },
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["presidente", "mandatario", "jefe de(?:l)? estado", "líder"],
            # (16db) a country's media reporting
            # ("según medios ucranianos", "la prensa surcoreana"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["medios(?: de comunicación)?", "prensa"],
            # what a side has published ("según estimaciones ucranianas"): its government
            "statement": ["datos", "estimaciones", "cifras", "cálculos", "evaluaciones?",
                          "afirmaciones", "recuentos?", "declaraciones"],
            "state_media": ["medios(?: de comunicación)?(?: estatales| oficiales)?",
                            "prensa(?: estatal| oficial)?",
                            "agencia(?: de noticias)?(?: estatal| oficial)?",
                            "televisión(?: estatal| oficial)?", "propaganda"],
            "security": ["servicios? de seguridad", "servicio federal de seguridad"],
            "government": ["autoridades", "funcionarios", "fuentes(?: oficiales)?", "gobierno",
                           "congreso", "diplomáticos?",
                           "responsables", "oficiales",
                           # (16ck) the source nouns of a side: "la parte ucraniana", "un
                           # portavoz surcoreano", "los dirigentes estadounidenses"
                           "parte", "portavoz", "portavoces", "dirigentes"],
            "intelligence": ["inteligencia", "servicios? de inteligencia",
                             "agencias? de inteligencia", "espías", "espionaje"],
            "military_intelligence": ["inteligencia militar", "servicios? de inteligencia militar"],
            "defence": ["ministerio de defensa", "ministro de defensa"],
            "military": ["ejércitos?", "militares", "fuerzas armadas", "mandos militares",
                         "fuentes militares",
                         # (22ar) its officials ("funcionarios militares surcoreanos")
                         "(?:funcionarios|oficiales|autoridades|responsables) militares",
                         "generale?s?"],
        },
        "templates": ["{body} {adj}", "{body} (?:de |del |en ){name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:muert[oa]s?|fallecid[oa]s?) o (?:fuera de combate|incapacitad[oa]s?)",
            # a side that "lost" soldiers lost them killed or wounded, as "pérdidas" says
            "perdido", "perdió", "pierde", "perdía",
            # (16r) casualty cue variants (M5)
            "(?:están|estarían|estaban|quedaron|han quedado|habían quedado|quedado) fuera de "
            "combate",
            "murieron o resultaron heridos", "murieron o fueron heridos",
            "muerto o han resultado heridos", "murieron y resultaron heridos",
            "tanto muertos como heridos", "tanto heridos como muertos",
            "muertos o heridos", "muertos y heridos", "heridos o muertos", "heridos o asesinados",
            "muerto o resultado heridos", "muerto y \\w+ heridos",
            "perdido la vida o resultado heridos",
            "bajas", "pérdidas", "víctimas", "entre muertos y heridos",
            "muertos o resultado heridos",
            # (31ar) a verb of death and one of wounds joined by "o", the auxiliaries between
            # ("han muerto o resultaron heridos", "fallecieron o quedaron heridos")
            "(?:muert[oa]s?|murieron|fallecid[oa]s?|fallecieron) (?:o|u) (?:(?!\\d)\\w+ ){0,2}"
            "(?:herid[oa]s?|lesionad[oa]s?)",
        ],
        "killed": ["muertos?", "muertes?", "muerto", "fallecidos?", "murieron", "asesinados?",
                   # the verbs in every tense, as "murieron" ("nueve soldados fallecieron")
                   "murió", "mueren", "muere", "fallecieron", "falleció", "fallecen", "fallece",
                   "han fallecido",
                   "caíd[oa]s", "han caído", "cayeron",
                   "han muerto", "perdido la vida",
                   "(?:perdieron|perdió|pierden|pierde|perdían|perdía) la vida",
                   "abatidos?", "eliminados?",
                   # verbs of headlines ("Ucrania mata a 21 soldados")
                   "mata", "matan", "mató", "mataron", "neutralizados?"],
        "wounded": ["heridos?", "resultado heridos", "hiere", "hieren", "hirió", "hirieron"],
        "captured": ["capturados?", "captura", "prisioneros?", "prisioneros de guerra",
                     "apresados?", "cautivos?", "arrestad[oa]s?", "arrestaron",
                     # the verb in every tense (16k: "capturaron a dos soldados")
                     "capturaron", "capturó", "capturan", "captura[rn]",
                     "apresaron", "apresó", "hech[oa]s? prisioner[oa]s?",
                     "tomad[oa]s? prisioner\\w*",
                     # (35aa) held by Ukraine: "la detención de dos militares norcoreanos",
                     # "habían detenido a dos soldados", "Detiene a Dos Soldados" (the verb
                     # with its person's "a" only: "detuvieron el avance" stops a thing)
                     "detenci[oó]n", "detenid[oa]s?",
                     "(?:detuvieron|detuvo|detiene[n]?|(?:ha|han|había|habían) detenido) a"],
        "died_in_captivity": [
            # (16r) a death in captivity told without a number (N)
            "muerte de(?: (?:los|las|la|lo|un|una))?(?: \\w+)?(?= prisioner)",
            # captured …, then died (no number between)
            "capturad\\w*[^.\\d]{0,60} murió",
            "murió en cautiverio", "murió tras ser capturado", "murió a causa de sus heridas",
            # (18) "murió un día después de su captura" (the capture with its owner: a person)
            "(?:murió|murieron|falleció|fallecieron)[^.\\d]{0,40} (?:después de|tras) su "
            "captura(?! de)",
            "murieron tras ser capturados",
            # captured …, but died (16k: "había tomado cautivos a varios norcoreanos, pero que
            # murieron a causa de heridas graves")
            "(?:cautiv\\w*|capturad\\w*|prisioner\\w*)[^.\\d]{0,60}pero (?:que )?(?:murieron|murió|"
            "fallecieron|falleció)",
            # (16ab) the captive named by the participle, then his death ("El soldado norcoreano
            # capturado por Ucrania falleció a causa de sus heridas")
            "capturad\\w* (?:(?!dijo|declaró|contó|afirmó)[^.\\d,]){0,60}(?:ha )?"
            "(?:falleci(?:ó|do)|fallecieron|muerto)",
            "falleci(?:ó|eron) a causa de sus heridas",
            # (35aa) the captive's death in a relative clause, an incise between ("un soldado
            # capturado que, además, habría muerto horas después", "capturado que murió")
            "capturad[oa]s? que,?(?: [^.\\d,]{1,25},)? (?:(?:habría|habrían|había|habían|ha|han) "
            "(?:muerto|fallecido)|murió|murieron|falleció|fallecieron)",
        ],
        "deployed": ["(?:estimaron|estima|estiman|cifraron|cifra) su número",  # "… en 10,000"
                     "desplegad\\w*", "desplegó", "despliegue", "enviad\\w*", "envió",
                     "estacionad\\w*", "luchan", "combaten", "llegad\\w*", "destinad\\w*"],
        # (22ar) not the treaty, a noun after its determiner ("un tratado de defensa mutua")
        "treated_in_north_korea": ["(?<!un\\s)(?<!el\\s)(?<!del\\s)(?<!al\\s)(?<!este\\s)"
                                   "(?<!nuevo\\s)(?<!histórico\\s)tratad\\w*", "tratamiento",
                                   "rehabilitación", "sanatorio\\w*", "atendid\\w*"],
        "hosted_children": ["campamento\\w*", "acog\\w*", "alojad\\w*",
                            # (16pq) a holiday there ("los hijos de soldados rusos fallecidos
                            # pasaron el verano", "de vacaciones"), as en "vacationing"
                            "vacaciones", "veranea\\w*", "pas\\w+ el verano"],
        "workers_sent": [
            # (16r) workers told by their work (M2)
            "enviad\\w* [^.\\d]{0,40}para trabajar",
            "trabajadores", "obreros",
            # (16cd) people who work there ("miles de norcoreanos trabajan en Rusia")
            "trabaja(?:n|ban) (?:en|como)",
            "para trabajar", "mano de obra", "operarios"],
        "materiel_sent": [
            # (16r) materiel noun variants (V)
            "munición",
            "obuses de artillería",
            "proyectiles", "misiles", "contenedores", "municiones", "obuses",
                          "artillería",
            # (16mw) guns ("cañones autopropulsados", Koksan), launchers ("lanzacohetes
            # múltiples", "sistemas de lanzamiento múltiple de cohetes"), rockets, mortars,
            # small arms, armoured vehicles and air defence; tanks ("tanques") and drones stay
            # counts of no figure (``not_figure_after``)
            "cañones", "koksan", "lanzacohetes", "lanzamisiles", "lanzadores",
            "sistemas de lanzamiento\\w*(?: múltiple)?", "cohetes", "morteros", "granadas",
            "fusiles", "armas ligeras", "vehículos blindados", "blindados",
            "sistemas (?:de defensa (?:anti)?aérea|antiaéreos|tierra-aire)"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["soldados?", "militares", "combatientes", "tropas?", "efectivos"],
    "troops": ["soldados?", "tropas?", "militares", "efectivos", "combatientes", "hombres",
               "fuerzas", "zapadores", "desminadores", "artificieros",
               # members of a military body ("nueve miembros del regimiento")
               "(?:miembros|integrantes) (?:del |de la |de los |de las |de un |de una )?"
               "(?:\\w+ ){0,2}(?:"
               "regimiento|unidad|brigada|batallón|cuerpo|contingente|ejército|fuerzas)(?:es|s)?"],
    "children": ["niños", "niñas", "huérfanos", "menores", "adolescentes", "chicas", "chicos",
                 "escolares",
                 # (16pq) sons and daughters ("los hijos de soldados rusos fallecidos"), as en
                 # "the children of Russian service members", ko "자녀"
                 "hij(?:os|as)"],
    "russian_wounded": ["heridos rusos", "soldados rusos heridos", "soldados heridos"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["(?:soldados|militares|combatientes) norcoreanos heridos",
                    "heridos norcoreanos"],
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": [
        # (16gh) an agreement to send ("acordó … el envío de 6.000")
        "acord\\w* [^.;]{0,60}?(?:el envío de|enviar|desplegar)",
        "planea\\w*", "prevé", "prevén", "previst[oa]s?", "tiene\\w* previsto",
                "enviará\\w*", "desplegará\\w*", "(?:va|van|iba|iban) a (?:enviar|desplegar|"
                "ser enviados|llegar)", "se prepara\\w* para", "podría\\w* (?:enviar|desplegar|"
                "ser enviados)", "(?:serán|serían) (?:enviad|desplegad)\\w*", "se enviarán",
                "pretende\\w*", "próximamente", "futur[oa]s?",
        "llegarán",  # (16px)
        "prometió enviar",  # (16px)
        "se comprometió a enviar",  # (16px)
        # (16pr) getting ready to send ("se dispone a enviar más soldados", "preparativos para
        # desplegar más tropas"), as "se prepara para"
        "se dispon\\w* a (?:enviar|desplegar)", "preparativos para (?:enviar|desplegar)",
    ],
    "additional": ["adicional\\w*", "otros?", "otras?", "más(?! de)", "nuevos?", "refuerzos",
                   # (16pr) a later group by its order or its turn ("el segundo envío de
                   # tropas", "una rotación")
                   "(?:segund|tercer)[oa] (?:oleada|contingente|envío|despliegue)", "rotación"],
    "north_korea": [
        # "el Norte" as the one that sends
        "el norte(?= (?:ha|había|habría|envió|envía|suministró) )",
        # (16r) North Korea spellings (S1)
        "pionyang",
        "piongyang",
        "kim jong-un",
        "norcorea",
        "norcorean\\w*", "corea del norte", "pyongyang", "rpdc", "kim jong un",
                    # (23at) the official name
                    "república popular democrática de corea"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("varias muertes de
        # ucranianos", "14 personas en Kiev")
        "personas en (?:kiev|kyiv|járkov|jarkov|odesa|dnipro|zaporiyia|leópolis|ucrania)",
        "muertes? de (?:\\S+ )?(?:ucranianos|civiles)", "civiles ucranianos",
        # mixed units are not ours ("las fuerzas combinadas rusas y norcoreanas")
        "(?:fuerzas |tropas )?(?:combinadas )?rus[oa]s y norcorean[oa]s",
        "norcorean[oa]s y rus[oa]s", "rusos y norcoreanos",
        # (the people, not an adjective of things: "buques rusos" counts no Russians)
        "(?:los|a los|de los|\\d+) rusos", "soldados rusos", "tropas rusas", "fuerzas rusas",
        "militares rusos", "(?:los|a los|de los|\\d+) ucranianos", "soldados ucranianos",
        # (16ab) another country's soldiers, as ru/uk 16ru ("nueve soldados estadounidenses")
        "(?:soldados|militares|marineros|marinos|tropas) (?:estadounidense|norteamerican|"
        "american|británic|japones|surcorean)\\w*",
                   # (16in) not the civilians North Korea sends to work ("15.000 trabajadores
                   # civiles")
                   "(?<!trabajadores\\s)(?<!obreros\\s)civiles",
        # las víctimas de un ataque contra Ucrania
        "(?:ataques?|bombardeos?) (?:rusos? )?(?:contra|sobre) (?:kiev|ucrania)",
        "(?:ataques?|bombardeos?) rusos?",
        "chechen\\w*",  # (16px)
        "israelí(?:es)?",  # (16px)
        "palestin[oa]s?",  # (16px)
        "ajmat",  # (16px)
        "akhmat",  # (16px)
    ],
    "attribution_next": [  # una frase que dice de quién son las cifras de antes
        # (16cd) "Es la conclusión de un informe del ISW", "Así lo concluye el ISW"
        "(?:es|esa es|esta es|tal es) la conclusión de", "así lo conclu(?:ye|yen|yó|yeron)",
        "así lo", "(?:eso|esto) (?:es lo que|según)", "(?:la cifra|las cifras|los datos) "
        "(?:proceden?|provienen?|vienen?|llegan?)",  # (art34b) "Las cifras llegan de"
        "esta cifra", "estas cifras", "este dato", "estos datos",
        "(?:la|esta|dicha) información (?:fue|ha sido) (?:difundida|publicada|"
        "revelada|divulgada|proporcionada|dada a conocer|confirmada)" + _RELAYED_ASIDE
        + " por",  # (16sw)
        "lo anterior (?:fue|ha sido) (?:informado|dado a conocer|confirmado|"
        "revelado|anunciado|señalado|reportado)",  # (16sw)
        "(?:estas|dichas|las) cifras (?:fueron|han sido) (?:difundidas|publicadas|"
        "reveladas|divulgadas|proporcionadas|dadas a conocer|confirmadas)" + _RELAYED_ASIDE
        + " por",  # (16sw)
    ],
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "(?<!se\\s)detect(?:ó|aron)", "(?<!se\\s)descubri(?:ó|eron)",
        "(?:ha|han) (?:detectado|descubierto)",
        # (31ar) the imperfect subjunctive a clause of time or concession takes ("semanas después
        # de que Ucrania informara sobre la llegada de …", "antes de que Seúl anunciara")
        "(?:inform|afirm|asegur|anunci|revel|confirm|estim|report|declar|señal|indic|calcul|"
        "cifr|detall|precis|comunic)(?:ara|aran|ase|asen)", "(?:dij|sostuv)(?:era|eran|ese|esen)",
        "según", "de acuerdo con", "dijo", "afirmó", "declaró", "informó",
                    "aseguró", "estima", "estimó", "citó", "citando", "citado", "señaló",
                    "indicó", "anunció", "detalló", "añadió", "reportó", "sostienen", "reveló",
                    # the rest of the speech verbs, every tense outlets write (16k)
                    "dijeron", "afirmaron", "declararon", "informaron", "aseguraron",
                    "estimaron", "señalaron", "indicaron", "anunciaron", "detallaron",
                    "añadieron", "revelaron", "confirmó", "confirmaron", "explicó", "explicaron",
                    "precisó", "precisaron", "apuntó", "subrayó", "destacó", "cifró", "cifraron",
                    "calculó", "calcularon", "reconoció", "advirtió", "sostuvo", "agregó",
                    "agregaron", "comunicó", "reportaron", "mencionó", "aseveró", "manifestó",
                    "dice", "dicen", "afirma", "afirman", "asegura", "aseguran", "señala",
                    "señalan", "indica", "indican", "informa", "informan", "estiman", "cifran",
                    "calcula", "calculan", "sostiene", "revela", "revelan", "confirma",
                    "confirman", "explica", "precisa", "detalla", "reporta", "reportan",
                    "advierte", "afirmaba", "aseguraba", "estimaba", "afirmado", "asegurado",
                    "señalado", "indicado", "confirmado", "revelado", "declarado", "cifrado",
                    "(?:ha|han|había|habían|habría) dicho", "de acuerdo a", "a decir de",
                    "en palabras de", "citad[oa]s? por", "acusó", "acusa", "acusan",
                    "acusaron",
                    # (16in) a side's belief is its claim ("Corea del Sur también cree que …", as
                    # en "believes", fr "estime"); "se cree" names nobody (``impersonal``)
                    "(?<!se\\s)(?:cree|creen|creía|creían)",
                    # a statement's noun with its author ("según las estimaciones
                    # estadounidenses", "fotografías publicadas por Kiev", "la confirmación
                    # por parte de Kiev")
                    "según (?:las |los )?(?:informaciones|datos|estimaciones|cifras|cálculos|"
                    "fuentes)(?: de(?:l| la| los| las)?)?", "publicad[oa]s? por",
                    "difundid[oa]s? por",
                    "(?:confirmación|anuncio|estimación|cálculo)(?:es|s)? (?:por parte )?de",
                    # (16cd) sharing information is saying it ("compartió información …")
                    "comparti(?:ó|eron) (?:\\w+ )?(?:información|datos|detalles)",
        "contabilizó",  # (16sw)
        "contabiliza",  # (16sw)
        "contabilizan",  # (16sw)
        "contabilizaron",  # (16sw)
        "notificó",  # (16sw)
        "divulgó",  # (16sw)
        "difundió",  # (16sw)
        "expresó",  # (16sw)
        "insistió",  # (16sw)
        "remarcó",  # (16sw)
        "recalcó",  # (16sw)
        "enfatizó",  # (16sw)
        "puntualizó",  # (16sw)
        "aclaró",  # (16sw)
        "alertó",  # (16sw)
        "admitió",  # (16sw)
        "reconocieron",  # (16sw)
        "comentó",  # (16sw)
        "relató",  # (16sw)
        "refirió",  # (16sw)
        "escribió",  # (16sw)
        "tuiteó",  # (16sw)
        "apuntaron",  # (16sw)
        "subrayaron",  # (16sw)
        "destacaron",  # (16sw)
        "calculaba",  # (16sw)
        "cifraba",  # (16sw)
        "señalaba",  # (16sw)
        "informaba",  # (16sw)
        "indicaba",  # (16sw)
        "estimaban",  # (16sw)
        "dio a conocer",  # (16sw)
        "dieron a conocer",  # (16sw)
        "dio cuenta",  # (16sw)
        "hizo saber",  # (16sw)
        "hicieron saber",  # (16sw)
        "reiteró",  # (16sw)
        "advirtieron",  # (16sw)
        "sostuvieron",  # (16sw)
        "manifestaron",  # (16sw)
        "(?<!se\\s)(?:ha|han|había|habían|habría|habrían) (?:informado|reportado|anunciado|"
        "precisado|detallado|calculado|estimado|explicado|comunicado|contabilizado)",  # (16sw)
    ],
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) información que un orador transmite de una fuente nombrada justo después ("before")
    # o justo antes ("after") de estas palabras: el origen (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:datos|información|informaciones|informes?|cifras)(?: de inteligencia)?"
            " (?:entregad|proporcionad|facilitad|suministrad|obtenid|recibid|compartid|"
            "transmitid)\\w* (?:a \\S+ )?(?:\\S+ )?(?:por|de|desde)",
            "(?:citando|basándose en|con base en|apoyándose en) (?:la |los |las )?"
            "(?:información|informaciones|datos|informes?)"
            " (?:de|del|de la|proporcionad\\w* por)"],
        "after": [],
    },
    "others": [
        "y (?:de )?otros (?:varios )?países(?: occidentales| aliados| europeos)?",
        "y (?:sus) aliados(?: occidentales)?",
    ],
    "interviewer": {"before": ["entrevista"], "after": []},
    "according": ["según", "de acuerdo con", "de acuerdo a",
        "a decir de",  # (16sw)
        "en palabras de",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["previamente", "anteriormente", "antes", "anterior(?:es)?",
                      "había (?:dicho|afirmado|señalado|estimado)"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["mientras que", "mientras", "en tanto que"],
    "subject_first": True,
    "intelligence": ["inteligencia"],
    "clause": ["y", "pero", "mientras"],
    "relay": ["legislador\\w*", "diputad\\w*", "parlamentari\\w*"],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "(?:de acuerdo con|según) (?:las )?estimaciones"
        "(?: disponibles| actuales| recientes)?(?! de)",
        "se estima", "se cree", "se calcula", "se dice", "según estimaciones",
                   # reports nobody is named for (16w)
                   "según (?:informes|reportes|medios|informaciones)(?! de)", "al parecer",
                   "(?:los |algunos |varios |otros )?(?:informes|reportes) (?:indican|señalan|"
                   "apuntan|sugieren|muestran)",
                   # the reflexive passive names nobody ("Se informa que …")
                   "se (?:informa|informó|reporta|reportó|indica|indicó|afirma|señala|señaló|dice|"
                   "asegura|sabe|supo|calcula|calculó|estimó)",
        "trascendió",  # (16sw)
        "se habla de",  # (16sw)
        "se (?:ha|han) (?:informado|reportado|estimado|calculado|contabilizado|dicho)",  # (16sw)
        "se estiman",  # (16sw)
        "se calculan",  # (16sw)
        "se cifra",  # (16sw)
        "se cifran",  # (16sw)
        "según (?:la prensa|los medios(?: de comunicación)?)(?! de)",  # (16sw)
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:podría|puede|pueden|podrían|capaz de) (?:albergar|acoger|alojar|contener)",
        "(?:con )?capacidad (?:para|de)",
        "plazas? para",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:podría\\w*|puede\\w*|capa(?:z|ces) de) (?:transportar|embarcar)",
        "diseñad\\w* para (?:transportar|albergar)",  # (16px)
    ],
    "excluded": [
        # (16ce) the people an outlet spoke with ("los seis trabajadores con los que habló la BBC")
        "con (?:los|las|quienes) (?:que |cuales )?(?:\\S+ ){0,4}?(?:habló|hablaron|conversó|"
        "conversaron|entrevistó|entrevistaron)",
        # (16ce) los desertores: ninguna cifra de la historia
        "desert(?:aron|ó|ado|ados|ar|ores?|oras?)", "intent(?:aron|ó) desertar",
        # (17ch) the noun is "deserción" (not "desertción"); not a desertion fought ("para
        # frenar la deserción")
        "(?<!frenar\\sla\\s)(?<!evitar\\sla\\s)(?<!contra\\sla\\s)(?<!impedir\\sla\\s)"
        "(?<!combatir\\sla\\s)(?<!frenar\\slas\\s)(?<!evitar\\slas\\s)deserci(?:ón|ones)",
        # (16cd) a shortage counted, not people sent ("faltan 5.000 trabajadores", "un déficit de
        # 5.000 obreros"; not "envió 5.000 trabajadores para paliar la escasez de mano de obra")
        "(?:faltan|faltaban|escasez|déficit|carencia) (?:de )?(?:\\S+ ){0,3}?\\d+",
        # a count of combined Russian and North Korean forces is no figure of the story (16w)
        "fuerzas combinadas",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "para no ser capturad\\w*", "evitar ser capturad\\w*", "evitar la captura",
        "desaparecid\\w*", "repatriad\\w*", "regresad\\w*", "regresaron", "volvieron",
        "retornad\\w*", "devuelt\\w*",
        # (16in) the wounded evacuated home are repatriated ("evacuados … a su país")
        "evacuad\\w* [^.\\d]{0,60}?(?:a|hacia) (?:su país|corea del norte|pyongyang|pionyang)",
        # a count of combined Russian and North Korean forces is no figure of the story (16n)
        "fuerzas combinadas",
        "contenedores de ayuda",  # (16px)
        "con (?:quien|quienes) (?:\\S+ ){0,3}?(?:habló|hablaron|conversó|conversaron)",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))en (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d)",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))"
        "en el año (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d)",  # (16px)
        "un arsenal de",  # (16px)
        "reservas de",  # (16px)
        "un ejército de",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "huido", "huyeron", "prófug(?:o|os|a|as)", "buscad(?:o|os|a|as) (?:por|para)",
    ],
    # "this figure": the metric of the figure before
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["de ellos", "de los cuales"],
    # "1.000 de estos soldados": a part of the figure before
    "partitive": ["de estos", "de esos", "de ellos"],
    # companions of the North Koreans ("junto a las tropas rusas"): not the side counted
    # (and the enemy they fight: "contra los ucranianos" counts no Ukrainians)
    "alongside": ["junto a", "junto con", "al lado de", "codo con codo con"],
    # (23ar) la munición que un país produce, consume o almacena no es un envío, as en
    "used": ["produc(?:e|en|ir|irá|irían?)", "produj(?:o|eron)", "fabric(?:a|an|ar|ó|aron)",
             "consum(?:e|en|ir|ió|ieron)", "en reserva", "existencias", "arsenal"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("Rusia ya ha lanzado unos 60 misiles
        # norcoreanos"), unless its clause says they were sent (`supplied`), as en
        "lanz(?:ado|ada|ados|adas|ó|aron)", "dispar(?:ado|ada|ados|adas|ó|aron)",
        "utiliz(?:ado|ada|ados|adas|ó|aron)", "us(?:ado|ada|ados|adas|ó|aron)",
        "emple(?:ado|ada|ados|adas|ó|aron)",
    ],
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends North
    # Korea is no figure of the story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination after a verb of sending ("envió a Corea del Norte",
        # "unos 1.000 especialistas a Corea del Norte") or the one who receives ("Corea del
        # Norte recibió")
        "recipient": [
            "(?:envi|entreg|suministr|proporcion|transfer|transfir|export|vend|mand|traslad|"
            "transport|ofrec|dio|dado|dieron)\\w*(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:a|hacia|para) "
            "(?:corea del norte|pyongyang|pionyang|piongyang)",
            "(?:de|desde) rusia (?:a|hacia) (?:corea del norte|pyongyang|pionyang|piongyang)",
            "(?:pyongyang|pionyang|piongyang|corea del norte)(?: (?:ha|habría|había|también|"
            "a cambio)){0,2}(?: [^\\s;:]*[^\\s.,;:])? (?:recibi\\w*|obtuvo|obtenido|import\\w*|adqu"
            "iri\\w*|"
            "compr[óa]\\w*)(?! (?:las |una |un )?(?:órdenes|orden|instrucciones|solicitud|"
            "invitación))",
        ],
        # Russia as the one who sends ("Rusia envió", "Moscú entregó", "recibió de Rusia")
        "sender": [
            "(?:rusia|moscú|el kremlin)(?: (?:ha|había|habría|también|a su vez|por su parte|"
            "a cambio|luego)){0,3} (?:envió|enviado|entregó|entregado|suministró|suministrado|"
            "proporcionó|proporcionado|transfirió|transferido|exportó|exportado|dio|dado|mandó|"
            "mandado|vendió|vendido|envía|entrega|suministra|vende)",
            "(?:envi|entreg|suministr|proporcion|transfer|export|vend|recib|obten|obtuv|import|"
            "adquir)\\w*(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:desde|de|por) rusia",
            "procedentes? de rusia",
        ],
        # the story's own direction ("a Rusia", "Corea del Norte envió", "de Corea del Norte")
        "forward": [
            "(?:a|hacia|en) rusia", "(?:a|hacia) moscú", "al kremlin", "(?:a|hacia) kursk",
            "al frente",
            "(?:corea del norte|pyongyang|pionyang|piongyang|el norte|kim jong[- ]un)"
            "(?: [^\\s;:]*[^\\s.,;:]){0,3}? (?:envió|enviado|entregó|entregado|suministró|suministr"
            "ado|"
            "proporcionó|transfirió|exportó|desplegó|desplegado|mandó|mandado|vendió|envía|"
            "despliega|suministra|entrega)",
            "(?:de|desde|por) (?:corea del norte|pyongyang|pionyang|piongyang)",
            "(?:rusia|moscú)(?: (?:ha|habría|había)){0,1}(?: [^\\s;:]*[^\\s.,;:])? (?:recibi\\w*|ob"
            "tuvo|"
            "obtenido|import\\w*|adquiri\\w*|compr[óa]\\w*)",
        ],
    },
    "supplied": [
        "envi\\w*", "suministr\\w*", "entreg\\w*", "transfer\\w*", "proporcion\\w*", "recib\\w*",
        "export\\w*",

        # (16ab) "mandar", to send ("Kim Jong-Un mandó a su aliado un total de 11.000")
        "mand(?:ó|aron|ado|ados|ada|adas)",
    ],
    "against": ["contra", "combatir a", "combaten a", "combatir"],  # (16cg)
    # a number told again after one of these is an earlier figure's people ("las nueve víctimas")
    "definite": ["los", "las", "estos", "estas", "esos", "esas"],
    # the article of a number word ("un centenar", "a hundred"): part of the figure
    "indefinite": ["un", "una"],
    # auxiliaries after a name right after a speech verb: it is the reported clause's subject
    # ("officials in Seoul say Ukraine has captured …"), not who speaks
    "auxiliary": ["ha", "han", "había", "habría", "fue", "será", "sería"],
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["de los", "de las", "del total de"],
    "anaphora": ["esta cifra", "esa cifra", "la cifra", "este número",
                 # (16pr) a pronoun for the number just told ("la cifran en más de 1.000")
                 "l[oa] (?:cifr|estim|calcul)\\w* en",
                 # (30ar) another source's estimate of the same count with no noun, the number
                 # right after its verb ("… más de 4.700 bajas … Fuentes occidentales calculan
                 # incluso más de 6.000")
                 "(?:calcul|estim|cifr)(?:an|a|aron|ó|en)(?: incluso| hasta| aún| ya)?"
                 "(?= (?:más de |menos de |cerca de |casi |unos |unas |alrededor de )?\\d)"],
    # un pronombre habla ("dijo él"): la fuente nombrada antes, no la agencia que la lleva
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Kim depositó una flor blanca ante los retratos de nueve soldados")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "kim", "verbs": [
        "(?:ha )?(?:depositó|deposita|depositado|rindió|rinde|rendido|honró|honra|honrado|"
        "condecoró|condecora|condecorado|entregó|entrega|reconoció|reconoce|reconocido|"
        "admitió|admite|anunció|anuncia|anunciado|declaró|declara|reveló|revela|mostró|"
        "muestra|elogió|elogia|dijo|dice|afirmó|afirma|confirmó|confirma)",
        "se inclinó",
    ]},
    "they_open": ["ellos", "ellas", "estos", "estas"],
    "pronoun": ["(?:dijo|afirmó|añadió|agregó|aseguró|declaró|explicó|indicó|señaló|precisó|"
                "sostuvo|estimó|anunció|reconoció|confirmó|escribió) (?:él|ella)",
                "(?:él|ella) (?:dijo|afirmó|añadió|agregó|aseguró|declaró|explicó|indicó|señaló|"
                "precisó|sostuvo|estimó|anunció|reconoció|confirmó|escribió)",
                "según (?:él|ella)", "según sus (?:palabras|datos|cálculos)"],
    # atribución de una frase a otra (articles/carry.py): palabras que remiten a una fuente
    # nombrada antes (y la clase de fuente que designan), formas que continúan el relato y
    # palabras que lo terminan
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py; as en): "el anuncio de Kiev de que …"
    "owned_statement": {
        "nouns": ["(?:anuncio|afirmación|afirmaciones|declaración|declaraciones|estimación|"
                  "evaluación|información|cifras|datos|versión) (?:de|del)"],
        "opens": ["de que", "según la cual", "según el cual", "según las cuales",
                  "según los cuales"],
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
            "(?:esta|estas|dicha|dichas) (?:revelación|información|informaciones|cifras?|"
            "estimación|evaluación)(?:,[^,]{0,60},)? (?:\\S+ ){0,2}?(?:fue|fueron|ha sido|"
            "han sido) (?:revelad|divulgad|publicad|difundid|proporcionad|facilitad|dad)\\w* "
            "por",
            "(?:los|estos) datos (?:proceden|provienen) de",
        ],
        "closes_later_within": [],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "cuenta con",
            "cuentan con",
            "dispone de",
            "disponen de",
            "posee",
            "poseen",
            "mantiene un ejército",
            "tiene un ejército",
            "bajo las armas",
            "en servicio activo",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "en particular",
            "en concreto",
            "concretamente",
            "específicamente",
            "además",
            "asimismo",
            "por otra parte",
            "adicionalmente",
        ],
        "documents": {
            "según (?:el|este|dicho|ese) (?:comunicado|documento|balance|estudio|análisis)":
            "published",
            "de acuerdo con (?:el|este|dicho) (?:comunicado|documento)": "published",
            "el (?:comunicado|documento) (?:señala|indica|estima|afirma|precisa|añade|agrega)":
            "published",
            "según (?:la|esta|dicha) (?:evaluación|estimación|declaración|publicación)":
            "published",
        },
        "anaphors": {
            # (19nm) el medio sin su nombre: la fuente que citaba, si no él mismo
            "según (?:el diario|el periódico|la publicación|el medio|la cadena|el rotativo|la "
            "revista|el portal|el tabloide)": "outlet",
            "(?:informa|añade|señala|precisa|escribe|agrega) (?:el diario|el periódico|la "
            "publicación|el medio|la cadena|el rotativo|el tabloide)(?=\\s*[,.;:!?])": "outlet",
            # (16an) demostrativos, plural y la inteligencia sin adjetivo de otro país, el portavoz
            "(?:dicha|esta|esa) agencia": "agency", "(?:dicho|este|ese) organismo": "institution",
            "(?:dicho|este|ese) ministerio": "ministry",
            "(?:la|esta|dicha) inteligencia(?! (?:militar|ucraniana|estadounidense|rusa|británica"
            "|occidental|artificial))": "agency",
            # (the bare noun opening a line: "Inteligencia también ha señalado que …")
            "(?:^|(?<=\\n))inteligencia(?= (?:también |además )?(?:ha |dijo|señal|afirm|indic"
            "|inform|estim|calcul|asegur))": "agency",
            "los servicios de (?:inteligencia|espionaje)(?! (?:ucranian|estadounidense"
            "|occidental|rus|británic|militar))": "agency",
            "el portavoz(?! d)": "institution", "la portavoz(?! d)": "institution",
            "la agencia(?! de noticias| efe| de prensa)": "agency",
            "el organismo": "institution",
            "el ministerio": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("citando (?:a )?(?:fuentes|datos|información|informes|servicios) de inteligencia"
             "(?! (?:militar|ucranian|estadounidense|rus|británic|occidental))"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("el ministro (?:también )?(?:dijo|añadió|agregó|afirmó|señaló|indicó|"
             "precisó|aseguró|explicó|estimó)"): "minister",
            ("según el ministro"
             "(?! de (?:asuntos|relaciones) exteriores| ruso| norcoreano)"): "minister",
            ("(?:dijo|añadió|agregó|afirmó|señaló|indicó|precisó|aseguró|explicó) el ministro"
             "(?! de (?:asuntos|relaciones) exteriores| ruso| norcoreano)"): "minister",
            "el diputado": "lawmaker", "el legislador": "lawmaker",
            "la misma fuente": "source",
            "estas afirmaciones": "source", "esta información": "source",
            "estos datos": "source",
            # the report of the institution named before (16n)
            "según el informe": "institution",
        },
        # a report the article names an author for ("un informe publicado por …")
        "report": ["informe", "documento", "estudio", "reporte"],
        "goes_on": ["según la misma fuente", "agregó", "añadió", "precisó", "detalló"],
        # the conditional of reported speech ("habrían muerto"): the sentence still relays the
        # source before it, whatever time it names
        "reported": ["(?:habr|ser)ían? \\w{2,}(?:[aií]d[oa]s?|ert[oa]s?|ech[oa]s?|ist[oa]s?"
                     "|uest[oa]s?)",
                     "estarían? \\w+(?:ando|iendo)"],
        # (not past the journalist's own reasoning: "lo que significa que … habrían")
        "reasoning": ["sugiere", "implica", "lo que significa", "es decir"],
        # (16cf) a sentence closing the report: names the source of the figures before it
        # (articles/carry.py, closing)
        "closes": ["así lo (?:afirmó|afirmaron|informó|informaron|aseguró|aseguraron|indicó|"
                   "indicaron|dijo|dijeron|señaló|señalaron|reveló|revelaron|anunció|anunciaron|"
                   "explicó|declaró)",
                   "lo (?:informó|informaron|anunció|anunciaron|reveló|revelaron)",
                   "(?:estas|esas) cifras (?:las )?(?:dio|dieron|ofreció|ofrecieron|fueron dadas|"
                   "fueron declaradas|fueron difundidas)",
                   "esta cifra(?:,[^,]{0,80},)? fue (?:declarada|dada|difundida|anunciada)"],
        "ends": ["anteriormente", "previamente", "el año pasado",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "sugiere", "implica", "lo que significa", "es decir",
                 # (16ef) background the outlet recalls (as ru "Напомним")
                 "cabe recordar", "hay que recordar", "recordemos que", "conviene recordar",
            "recordemos",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["los", "las", "estos", "estas", "esos", "esas"],
        "other": ["otros", "otras", "nuevos", "nuevas"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["entre los", "de entre los", "de un total de",
              # (art34b) the total a loss is counted against ("Las bajas norcoreanas, sobre un
              # total de 11.000 tropas"), as fr "sur un total de"
              "sobre un total de",
              # (16cd) the base of a share ("más de la mitad de los cerca de 11.000 soldados"), as
              # ru and uk
              "(?:mitad|tercera parte|cuarta parte)(?: de los| de)?"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    # zapadores, desminadores y obreros militares: las oleadas siguientes (envío adicional)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    "rebuilding": [
        "reconstrucción", "reconstruir", "desminado", "desminar", "remoción de minas",
        "obras de construcción", "restaurar la infraestructura",
    ],
    "engineers": [
        # (16r) military workers of the later waves (M3)
        "operarios militares",
        "obreros militares",
        "constructores militares", "trabajadores de (?:la )?construcción militar",
        "zapadores", "desminadores", "artificieros", "ingenieros militares",
                  "ingenieros de combate", "construcción militar", "división de obreros",
                  "obreros del ejército", "trabajadores militares",
                  # (16pr) the construction troops by their arm, as fr "troupes de
                  # construction", en "construction troops"
                  "tropas (?:de construcción|de ingenieros|del cuerpo de ingenieros)",
                  "soldados para (?:la )?reconstrucción",
                  # (31fm) "1.000 soldados de ingeniería y unos 5.000 trabajadores"
                  "soldados de ingeniería"],
    "sent": ["enviad\\w*", "envió", "desplegad\\w*", "desplegó", "(?:el )?envío", "enviar\\w*",
             "desplegar\\w*", "despliegue",
             "llegada"],  # (31ar) the noun of arrival governing the number
    # the one who orders or owns the sending is no source (C6)
    # (16ef) background the outlet recalls, opening a sentence ("Pour rappel, Pyongyang avait
    # … dépêché plus de 1 000 hommes supplémentaires"): no source of the report before, as
    # ko "한편" (and its "additional" troops no more of that report)
    "new_topic": ["cabe recordar", "hay que recordar", "recordemos que", "conviene recordar",
        "recordemos",  # (16px)
    ],
    "partner": [
        "ejército de kim",
        "por orden de",
        "por (?:la )?orden personal de",
        "bajo las órdenes de",
    ],
    "claimants": {
        # people and bodies every Latin-script language writes alike (lang/_latin.py)
        **LATIN_NAMES,
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # Shoigu by his post as outlets shorten it ("el jefe de seguridad ruso")
        "(?:jefe|responsable) de (?:la )?seguridad (?:rus[oa]|de rusia|del kremlin)":
            "Russian Security Council (Sergei Shoigu)",
        # the defence minister with the adjective before the portfolio ("el ministro ucraniano
        # de Defensa"), as "ministro de Defensa ucraniano"
        "ministr[oa] ucranian[oa] de defensa": "Ukraine Ministry of Defence",
        # the US envoy to the UN by each of his titles (the US mission to the UN is the State
        # Department's, 16ch); not "embajador" alone, read as Russia's in Pyongyang
        "(?:representante|embajador|embajadora|enviad[oa]|diplomático|diplomática)s? "
        "(?:permanente |adjunt[oa] )?(?:estadounidense|de (?:ee\\.? ?uu\\.?|estados unidos)) "
        "(?:ante|en) (?:la onu|las naciones unidas|el consejo de seguridad(?: de la onu)?)":
            "US State Department",
        # another country's envoy is no source of this story ("el embajador chino ante la ONU",
        # Russia's at the UN): not "embajador" alone, read as Russia's in Pyongyang
        "(?:embajador|embajadora|representante)(?:es)? (?:permanente )?(?:chin[oa]|japon[ée]sa?|"
        "alemana?|frances[a]?|de (?:china|jap[oó]n|alemania|francia))|(?:embajador|embajadora|"
        "representante)(?:es)? (?:permanente )?(?:rus[oa]|de rusia) (?:ante|en) (?:la onu|las "
        "naciones unidas|el consejo de seguridad)":
            "Unattributed",
        # the head of a foreign ministry by the outlets' phrase ("el jefe de la diplomacia
        # estadounidense")
        "jefe de la diplomacia (?:estadounidense|norteamericana|de (?:ee\\.? ?uu\\.?|estados "
        "unidos))":
            "US State Department",
        "jefe de la diplomacia ucraniana": "Ukrainian government (unspecified)",
        "(?:oficina|despacho) presidencial (?:surcoreana?|de corea del sur)":
            "South Korea government",
        "ria n[oó]vosti": "Russian media",
        # the MSMT by its name
        "equipo (?:multilateral )?de (?:monitoreo|supervisión|vigilancia|seguimiento) de (?:las )?"
        "sanciones(?: multilaterales)?": "Multilateral Sanctions Monitoring Team (MSMT)",
        # la agencia de inteligencia militar de EE. UU. (la DIA sola es la de Seúl)
        "(?:la )?(?:dia|agencia de inteligencia (?:de (?:la )?defensa|militar)(?: \\(dia\\))?|"
        "defense intelligence agency(?: \\(dia\\))?) (?:estadounidense|de (?:ee\\.? ?uu\\.?|"
        "estados unidos)|del pentágono)":
            "US Department of Defense",
        # the NSDC by its Spanish name (16t)
        "consejo (?:nacional )?de seguridad (?:nacional )?y (?:de )?defensa"
        "(?: (?:nacional )?de ucrania)?":
            "Ukraine National Security and Defense Council (NSDC)",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "(?:funcionarios|autoridades|inteligencia) (?:ucranian|surcorean|estadounidens)\\w* y "
        "(?:la )?(?:inteligencia )?occidental\\w*":
            "Several governments jointly",
        "inteligencia surcoreana y occidental": "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        # (16in) Corea del Norte que reconoce sus muertos ("Pyongyang reconoció la muerte de
        # nueve soldados"): lo que admite, lo publica
        "(?:corea del norte|pyongyang|pionyang|el régimen (?:norcoreano|de pyongyang|de kim "
        "jong[- ]un))(?:,? por su parte,?)? (?:ha |había )?(?:(?:oficialmente|públicamente) )?"
        "(?:por primera vez )?(?:reconoci(?:ó|do)|reconoce|admiti(?:ó|do)|admite)":
            "North Korea (state media and leadership)",
        "estimaciones estadounidenses": "US government (unspecified)",
        "(?:datos|cifras|fuentes) estadounidenses": "US government (unspecified)",
        "ucrania (?:asegura|afirma|sostiene|dice|estima|calcula|informó|aseguró|afirmó)":
            "Ukrainian government (unspecified)",
        "inteligencia militar de corea del sur": "South Korea Defense Intelligence Agency",
        "fiscal general (?:ucraniano|de ucrania)": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "oleh ivashchenko": "Ukrainian government (unspecified)",
        "ivashchenko": "Ukrainian government (unspecified)",
        "ivaschenko": "Ukrainian government (unspecified)",
        "servicio de inteligencia exterior (?:de ucrania|ucraniano)":
            "Ukrainian government (unspecified)",
        "inteligencia exterior ucraniana": "Ukrainian government (unspecified)",
        "szru": "Ukrainian government (unspecified)",
        "andri[iy] kostin": "Ukrainian government (unspecified)",
        "embajador\\w* (?:adjunto )?(?:estadounidense|de (?:ee\\.? ?uu\\.?|estados unidos)) ante "
        "(?:la )?onu":
            "US State Department",
        "según (?:los )?datos (?:oficiales )?(?:norcoreanos|de pyongyang|de pionyang)":
            "North Korea (state media and leadership)",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "sni": "South Korea National Intelligence Service (NIS)",
        "agencia de (?:espionaje|inteligencia) (?:de corea del sur|surcoreana)":
            "South Korea National Intelligence Service (NIS)",
        "servicios? de inteligencia surcoreanos?":
            "South Korea National Intelligence Service (NIS)",
        "otan": "NATO",
        "budánov": "Ukraine Defence Intelligence (HUR)",
        "dirección principal de inteligencia": "Ukraine Defence Intelligence (HUR)",
        "estado mayor conjunto": "South Korea Joint Chiefs of Staff",
        "estado mayor (?:de corea del sur|surcoreano)": "South Korea Joint Chiefs of Staff",
        "junta de jefes de estado mayor": "South Korea Joint Chiefs of Staff",
        "shoigú": "Russian Security Council (Sergei Shoigu)",
        "sirski": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "instituto para el estudio de la guerra": "Institute for the Study of War (ISW)",
        "departamento de defensa(?: de (?:ee\\.? ?uu\\.?|estados unidos))?":
            "US Department of Defense",
        "departamento de estado": "US State Department",
        "ministerio de defensa (?:surcoreano|de corea del sur)":
            "South Korea Ministry of National Defense",
        # the minister (16n): the ministry's statement by its head
        "ministro (?:surcoreano de defensa|de defensa (?:surcoreano|de corea del sur))":
            "South Korea Ministry of National Defense",
        # the US military by its army's name (16n), as its officials are the Pentagon
        "ejército (?:estadounidense|de (?:ee\\.? ?uu\\.?|estados unidos))":
            "US Department of Defense",
        "inteligencia militar surcoreana": "South Korea Defense Intelligence Agency",
        # the DIA by its own name (16p)
        "agencia de inteligencia (?:de (?:la )?)?defensa(?: de corea del sur| surcoreana)?":
            "South Korea Defense Intelligence Agency",
        # "dijo la DIA" ("día" has its accent)
        "(?:la|según) dia": "South Korea Defense Intelligence Agency",
        "fuerzas de operaciones especiales": "Ukraine Special Operations Forces",
        "fuerzas especiales ucranianas": "Ukraine Special Operations Forces",
        "centro de lucha contra la desinformación":
            "Ukraine National Security and Defense Council (NSDC)",
        "umérov": "Ukraine Ministry of Defence",
        # two governments' services written with "de … y de …" (a joint claim)
        "(?:servicios de inteligencia|agencias de inteligencia|autoridades) de corea del sur y "
        "(?:de )?(?:países occidentales|ucrania|estados unidos)": "Several governments jointly",
        "centro nacional de resistencia": "Ukraine National Resistance Center",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "estado mayor (?:general )?(?:ucraniano|de las fuerzas armadas de ucrania)":
            "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:servicios? de (?:inteligencia|espionaje)|agencias? de "
        "(?:inteligencia|espionaje)|inteligencia) (?:de seúl|surcorean\\w*)":
            "South Korea National Intelligence Service (NIS)",
        # ── end of 16h block ──
        # ── issue 16 (16na): every claimant as outlets write it, with the heads and
        # spokespeople who speak for it in 2024-2026 (tests/cases/articles/claimant_names.yml) ──
        # the MSMT by its Spanish names ("el Equipo de Monitoreo de Sanciones Multilaterales",
        # "el Comité de Monitoreo de Sanciones Multilaterales de la ONU")
        "(?:equipo|grupo|comité|mecanismo) (?:(?:multilateral|multinacional|internacional) )?de "
        "(?:monitoreo|vigilancia|supervisión|seguimiento) (?:multilateral )?de (?:las )?"
        "sanciones(?: multilaterales)?":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "organización del tratado del atlántico norte": "NATO",
        "alianza atlántica": "NATO",
        "agencia central de noticias de corea(?: del norte)?":
            "North Korea (state media and leadership)",
        "jcs": "South Korea Joint Chiefs of Staff",
        "ministerio de defensa nacional(?: de corea del sur| surcoreano)?":
            "South Korea Ministry of National Defense",
        "servicios? secretos? (?:surcorean\\w*|de corea del sur|de seúl)":
            "South Korea National Intelligence Service (NIS)",
        "presidente (?:surcoreano|de corea del sur)": "South Korea government",
        "presidente de ucrania": "Volodymyr Zelensky (President of Ukraine)",
        "(?:andrí |andriy |andrii )?y[úu]sov": "Ukraine Defence Intelligence (HUR)",
        "dirección (?:general|principal) de inteligencia(?: militar)?(?: de ucrania| ucraniana)?":
            "Ukraine Defence Intelligence (HUR)",
        "inteligencia de defensa de ucrania": "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "(?:dirección (?:general|principal) de inteligencia(?: militar)?|(?:servicios?|agencia) "
        "de inteligencia(?: militar)?|inteligencia(?: militar)?) del ministerio de defensa "
        "(?:de ucrania|ucraniano)": "Ukraine Defence Intelligence (HUR)",
        "fuerzas especiales de ucrania": "Ukraine Special Operations Forces",
        "(?:vasil |vasyl )?maliuk": "Security Service of Ukraine (SBU)",
        "comandante en jefe (?:de las fuerzas armadas (?:de ucrania|ucranianas)|del ejército "
        "ucraniano|ucraniano)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "jefe del ejército ucraniano":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "sirskyi": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "fuerzas de asalto aéreo(?: de ucrania| ucranianas)?": "Ukrainian army units",
        "centro de resistencia nacional": "Ukraine National Resistance Center",
        "centro (?:para|de) contrarrestar la desinformación":
            "Ukraine National Security and Defense Council (NSDC)",
        "oleksandr lytvynenko": "Ukraine National Security and Defense Council (NSDC)",
        "(?:cancillería|canciller) ucranian[oa]": "Ukrainian government (unspecified)",
        "(?:andrí )?(?:sibiga|sybiha)": "Ukrainian government (unspecified)",
        "(?:dmitro |dmytro )?kuleba": "Ukrainian government (unspecified)",
        "(?:andrí )?yermak": "Ukrainian government (unspecified)",
        "secretari[oa] de (?:defensa|guerra) (?:estadounidense|de (?:estados "
        "unidos|ee\\.? ?uu\\.?))":
            "US Department of Defense",
        "departamento de (?:la )?guerra": "US Department of Defense",
        "tammy bruce": "US State Department",
        "secretari[oa] de estado (?:estadounidense|de (?:estados unidos|ee\\.? ?uu\\.?))":
            "US State Department",
        "administración (?:biden|trump|estadounidense)": "US government (unspecified)",
        "instituto (?:de|para el) estudios? (?:de|sobre) la guerra":
            "Institute for the Study of War (ISW)",
        "servicio federal de seguridad": "Russian Federal Security Service (FSB)",
        "medios (?:estatales |oficiales )?rusos": "Russian media",
        "(?:dmitri )?peskov": "Russian media",
        "ria novosti": "Russian media",
        "centro regional (?:de|para los) derechos humanos":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        # big outlets reporting on their own (16na; one relaying a source yields to it)
        "europa press": "News media (own reporting)",
        "la vanguardia": "News media (own reporting)",
        "rtve": "News media (own reporting)",
        "infobae": "News media (own reporting)",
        "clarín": "News media (own reporting)",
        "el confidencial": "News media (own reporting)",
        "(?:agencia|servicio)s? de (?:espionaje|inteligencia) militar (?:de ucrania|ucranian[oa])":
            "Ukraine Defence Intelligence (HUR)",
        "(?:agencia|servicio)s? de (?:espionaje|inteligencia) militar "
        "(?:de corea del sur|surcorean[oa])":
            "South Korea Defense Intelligence Agency",
        "the national interest": "News media (own reporting)",  # the US magazine, in English
        # (16wp) outlets named after a country, in the language (the Latin names: lang.OUTLETS)
        "(?:la )?voz de (?:los estados unidos de )?américa": "News media (own reporting)",
        "radio asia libre": "News media (own reporting)",
        "(?:máximo|principal|alto) responsable de (?:la )?seguridad (?:rus[oa]|de rusia)":
            "Russian Security Council (Sergei Shoigu)",
        "ministerio de (?!defensa)(?:\\w+ ){1,3}de ucrania": "Ukrainian government (unspecified)",
        "ministr[oa] (?:ucranian[oa] de (?:asuntos )?exteriores|de (?:asuntos )?exteriores "
        "(?:ucranian[oa]|de ucrania))":
            "Ukrainian government (unspecified)",
        "andrí cherniak": "Ukraine Defence Intelligence (HUR)",
        "artem dejtiarenko": "Security Service of Ukraine (SBU)",
        "(?:dmitro |dmytro )?lubinets": "Ukrainian government (unspecified)",
        "cuartel general de coordinación (?:para|del) (?:el )?tratamiento de (?:los )?prisioneros "
        "de guerra":
            "Ukrainian government (unspecified)",
        "(?:ministerio|ministro) surcoreano de (?:asuntos exteriores|unificación)":
            "South Korea government",
        "cancillería surcoreana": "South Korea government",
        # ── end of 16na block ──
        "fuentes anónimas": "Unattributed",  # unnamed sources: nobody
        # (16wp) a research centre outside the ledger whose data an outlet relays ("Citando datos
        # del Centro de Estudios Avanzados de Defensa (C4ADS), el rotativo explicó", kbs.co.kr):
        # nobody, as labelled, not the outlet
        "(?:el )?centro de estudios avanzados de defensa|c4ads": "Unattributed",
        "zelensky": "Volodymyr Zelensky (President of Ukraine)",
        "zelenski": "Volodymyr Zelensky (President of Ukraine)",
        # the office-holder named by his title (the story runs from 2024)
        "(?:presidente|mandatario) ucraniano": "Volodymyr Zelensky (President of Ukraine)",
        "servicios? de seguridad (?:de ucrania|de kiev|ucraniano)":
            "Security Service of Ukraine (SBU)",
        "agencia de inteligencia de su país": "South Korea National Intelligence Service (NIS)",
        "inteligencia surcoreana": "South Korea National Intelligence Service (NIS)",
        "corea del sur (?:[^.]|\\.\\d){0,120}(?:citando|según) "
        "(?:a )?sus servicios de inteligencia":
            "South Korea National Intelligence Service (NIS)",
        "agencia de (?:espionaje|inteligencia) (?:surcoreana|de corea del sur)":
            "South Korea National Intelligence Service (NIS)",
        "servicio nacional de inteligencia(?: de corea del sur| surcoreano)?":
            "South Korea National Intelligence Service (NIS)",
        # (16ef) the English word order, as fr "service de renseignement national"
        "servicio de inteligencia nacional(?: de corea del sur| surcoreano)?":
            "South Korea National Intelligence Service (NIS)",
        "servicios de inteligencia de seúl": "South Korea National Intelligence Service (NIS)",
        "seúl": "South Korea government",
        # Seoul's official figures (16n): "estimaciones oficiales de Corea del Sur"
        "(?:estimaciones|cifras|datos|fuentes) oficiales (?:de corea del sur|surcorean[oa]s)":
            "South Korea government",
        "kiev": "Ukrainian government (unspecified)",
        "kyiv": "Ukrainian government (unspecified)",  # the Ukrainian spelling (16t)
        "kíev": "Ukrainian government (unspecified)",
        # Ukraine's own data (16n), as de 'ukrainische Angaben'
        "(?:datos|cifras) (?:ucranian[oa]s|de ucrania)": "Ukrainian government (unspecified)",
        "inteligencia ucraniana": "Ukraine Defence Intelligence (HUR)",
        "inteligencia militar ucraniana": "Ukraine Defence Intelligence (HUR)",
        "ejército surcoreano": "South Korea military (unspecified)",
        "kiev y sus aliados(?: occidentales)?": "Several governments jointly",
        "ejército de corea del sur": "South Korea military (unspecified)",
        # nationality adjectives sharing one noun ("las agencias de inteligencia surcoreanas
        # y occidentales"): several governments at once
        "(?:agencias de inteligencia|servicios de inteligencia|autoridades|funcionarios|fuentes) "
        "(?:surcorean|estadounidens|ucranian|occidental|británic)\\w*(?:,? (?:y )?(?:surcorean|"
        "estadounidens|ucranian|occidental|británic)\\w*){1,3}": "Several governments jointly",
        # a US military official or commander by any of the language's words for one
        "(?:alto )?(?:funcionario|mando|oficial|responsable|cargo) militar "
        "(?:estadounidense|de (?:ee\\.? ?uu\\.?|estados unidos))": "US Department of Defense",
        # officials by nationality (16p), as en "Ukrainian officials", "US officials"
        "funcionari[oa]s? ucranian[oa]s?": "Ukrainian government (unspecified)",
        "funcionari[oa]s? estadounidenses?": "US government (unspecified)",
        "pentágono": "US Department of Defense",
        "casa blanca": "White House",
        "estados unidos": "US government (unspecified)",
        "inteligencia británica": "UK Ministry of Defence (Defence Intelligence)",
        "ministerio de defensa británico": "UK Ministry of Defence (Defence Intelligence)",
        "ministerio de defensa de reino unido": "UK Ministry of Defence (Defence Intelligence)",
        "kim jong un": "North Korea (state media and leadership)",
        "(?:el )?(?:líder|dictador|mandatario) norcoreano(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "(?:el )?líder de corea del norte(?!,? ?kim)":
            "North Korea (state media and leadership)",
        # Shoigu with the Spanish accent and by his title
        "shoig[uú]": "Russian Security Council (Sergei Shoigu)",
        "consejo de seguridad (?:ruso|de rusia)": "Russian Security Council (Sergei Shoigu)",
        "embajador": "Russian ambassador to North Korea (Alexander Matsegora)",
        "reuters": "News media (own reporting)",
    },
    "joint": ["y", "e", "así como"],
    "determiners": ["un", "una", "el", "la", "los", "las", "dos", "otro", "primer",
        "otra",  # (16px)
        "otros",  # (16px)
        "otras",  # (16px)
        "varios",  # (16px)
        "algunos",  # (16px)
        "primera",  # (16px)
    ],
    # el otro bando como el que perdió ("Moscú ha perdido más de un millón")
    "losses_of": [
        # (16r) Russia's own losses, told in a relative clause (S2)
        "pérdidas (?:de rusia|rusas|de moscú)(?: \\S+){0,3},? que (?:\\S+ "
        ")?(?:ascienden a|alcanzan|superan)",
        "(?:moscú|rusia|kiev|ucrania) (?:ha |había )?(?:perdido|sufrido|superado)",
                  "(?:moscú|rusia|kiev|ucrania) (?:perdió|sufrió|superó)",
                  "(?:moscú|rusia|kiev|ucrania) (?:está|estaba|sigue|seguía) "
                  "(?:perdiendo|sufriendo)",
                  "los (?:rusos|ucranianos) (?:han |habían )?"
                  "(?:perdido|sufrido|perdieron|sufrieron)",
        "pérdidas (?:de rusia|rusas|de moscú|del ejército ruso) (?:ascienden a|alcanzan|superan|"
        "se estiman en)",  # (16px)
        # (35aa) Russia's casualties named before their number ("la evaluación occidental de las
        # bajas rusas a la fecha es de unos 610,000", "las bajas rusas ascienden a"): not the
        # joint losses of both ("bajas rusas y norcoreanas")
        "(?:bajas|pérdidas) (?:rusas|de rusia|de moscú|del ejército ruso)(?! y| e )",
    ],
    # un destino ("trasladados a Kiev"): el nombre que sigue no es una fuente
    "destination": ["a", "hacia"],
    # una proyección, no un recuento ("podrían ser abatidos antes de abril")
    # (35c) a wave without a number told as a possibility, an expectation or a sending being
    # prepared: no figure ("se espera la llegada de más efectivos en las próximas semanas",
    # "podría estar preparando el envío de más tropas", "para aumentar dicho despliegue con
    # más tropas"); read only beside an unnumbered wave (articles/reinforcements.py)
    "wave_unseen": ["se espera\\w*", "posibilidad", "posible\\w*", "riesgo de",
                    "(?:está|están|estaría|estarían|podría\\w* estar) preparando",
                    "para aumentar", "aún no"],
    "hypothetical": ["podría\\w* ser", "podría\\w* resultar", "podría\\w* quedar",
        "podría\\w*(?= (?:\\S+ )?(?:morir|fallecer|perecer))",  # (16px)
        "corre\\w* el riesgo de",  # (16px)
    ],
    "not_figure_after": [
        # (22lb) an anniversary's number ("el desfile del 75 aniversario del Partido"): an ordinal,
        # no count
        "(?:º|°)? ?aniversario",
        # (16cl) la clase cerrada de las unidades tras su número ("11 cuerpo", "155 brigada";
        # no "cuerpos", los muertos: "11 cuerpos hallados")
        "cuerpo(?: de ejército)?", "ejércitos?", "división", "compañías?", "pelotón",
        "pelotones", "escuadrones?", "escuadrillas?", "flotillas?",
        # (16ab) a quantity per thing ("300 proyectiles por contenedor", "en cada contenedor")
        # (16rv2) "por" only of a container: "envió 1.500 soldados por buque" is by ship
        "(?:[\\w-]+ ){0,2}(?:por (?:contenedor|caja)|en cada (?:contenedor|caja|vagón|envío|"
        "buque))\\w*",
        # (16ab) camps counted, no people, as ru/uk "лагерей" ("165 campamentos")
        "(?:campamentos|campos)",
        # (16cd) photos and videos counted, no figure ("publicó tres fotos")
        "(?:fotos?|fotografías|imágenes|v[íi]deos?)"
        "(?! de (?:los )?(?:soldados )?(?:caídos|muertos|fallecidos))",
        # (16pf) sources counted, no figure ("dos funcionarios estadounidenses", "tres personas
        # familiarizadas", "uno de los funcionarios")
        "(?:altos? )?(?:funcionarios|diplomáticos)",
        "personas (?:familiarizadas|al tanto|cercanas|con conocimiento)",
        "de (?:los|esos|estos) (?:\\S+ )?(?:funcionarios|diplomáticos|fuentes)",
        # (16pf) an organisation's members counted, no figure ("los 27 Estados de la UE", "los 32
        # países miembros")
        "estados(?: miembros)?(?: de la ue| de la otan)?", "aliados",
        "pulgadas?",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?mm",
        "-?milímetros?",
        "(?:de )?(?:fábricas|empresas)",
        # las minas no son material enviado ("cientos de minas")
        "(?:de )?minas",
        # envíos y fábricas, no material (16n)
        "envíos", "cargamentos", "entregas", "(?:de )?fábricas",
        # superficies ("cientos de km2", "200 kilómetros cuadrados")
        "(?:de )?km2", "(?:de )?km²", "(?:de )?kilómetros? cuadrados", "(?:de )?hectáreas?",
        "km", "kilómetros?", "metros?", "años", "dólares?", "euros?", "rublos?", "wones?",
        "por ciento", "%", "horas?", "días?", "semanas?", "meses", "minutos?", "toneladas?",
        "aldeas?", "veces", "tanques?", "drones?", "brigadas?", "divisiones?", "batallones?",
        "países", "ataques",
        "fuentes",
        # stages and rates are no counts ("en dos fases", "unas 92 bajas al día")
        "fases", "etapas", "oleadas", "(?:\\w+ ){1,2}(?:al|por|cada) día",
        # kinds, not items ("varios tipos de misiles")
        "(?:tipos|clases|modelos) de",
        # (notfig, session 6) dinero: monedas, sus códigos y símbolos tras el número
        # ("500 USD", "500 yuanes", "500 libras esterlinas", "500 millones de dólares")
        "usd", "\\$", "€", "£", "eur", "won", "yen(?:es)?", "yuan(?:es)?", "grivnas?",
        "hryvnias?", "uah", "libras?(?: esterlinas)?", "francos", "céntimos", "centavos",
        "de (?:dólares|euros|rublos|wones|yenes|yuanes|grivnas|libras)",
        # (notfig, session 6) medidas: longitudes, pesos, volúmenes ("500 m", "500 millas
        # náuticas", "500 kg", "500 t", "500 litros", "500 barriles")
        "m(?!-)", "cm", "centímetros?", "millas(?: náuticas)?", "nudos", "kg", "kilo(?:gramo)?s?",
        "t(?!-)", "kilotones", "litros?", "barriles", "m3", "metros cúbicos",
        # (notfig, session 6) duraciones ("500 segundos", "durante décadas", "dos siglos")
        "segundos?", "décadas?", "siglos?",
        # (notfig, session 6) puntos porcentuales, horas del día, grados, potencia, otros
        # recuentos ("5 puntos porcentuales", "a las 10 de la mañana", "40 grados", "300 escaños")
        "puntos porcentuales", "h", "de la (?:mañana|tarde|noche|madrugada)", "hora local",
        "gmt", "utc", "grados", "°c?", "megavatios", "mw", "calorías", "escaños", "votos", "º",
        "ª", "\\.º", "\\.ª",
        # (16ef) a unit's number or a count of units, no people ("el 528 regimiento")
        "regimientos?", "brigadas?", "batall(?:ón|ones)",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:de )?(?:presos|reclusos|convictos|presidiarios)",
        "páginas",  # (16px)
        "camas",  # (16px)
        "por \\d[\\d.]*",  # (16px)
        "regiones",  # (16px)
        "aviones(?: de combate)?",  # (16px)
        "cazas",  # (16px)
    ],
    # (16nf) el sustantivo contado: lugares, viajes, veces, buques y días no cuentan nada de la
    # historia ("cinco bases militares", "al menos cinco viajes", "dos puertos", "16 posiciones")
    "not_counted": [
        "bases", "sitios", "lugares", "emplazamientos", "ubicaciones", "destinos", "puertos",
        "aeropuertos",
        "aeródromos", "instalaciones", "centros de entrenamiento", "campos de entrenamiento",
        "polígonos", "depósitos", "almacenes", "hospitales", "posiciones", "puntos",
        "provincias", "regiones", "óblasts", "distritos", "ciudades", "localidades", "pueblos",
        "aldeas", "zonas", "sectores", "frentes", "viajes", "trayectos", "travesías",
        "escalas", "visitas", "vuelos", "rotaciones", "veces", "ocasiones",
        "buques", "barcos", "naves", "cargueros", "portacontenedores", "trenes",
        "días", "semanas", "meses",
        # (19ct) asientos, filas, tumbas, placas ("9 filas de 12 asientos", "400 tumbas")
        "asientos", "butacas", "filas", "tumbas", "sepulturas", "lápidas", "nichos", "placas",
        "monumentos", "edificios",
    ],
    "counted_gap": "(?!(?:para|entre|unos|unas|más|menos|cerca|hacia|desde|durante|según|"
                   "contra|sobre|hasta|tras|como|cuyo|cuyos)\\b)[^\\W\\d_][\\w'’-]{3,}",
    # (16nf) un día de un intervalo de fechas ("entre el 27 y el 28 de octubre", "del 3 al 5 de
    # marzo") y el número de un día ("día 1000 de la guerra")
    "day_range": ["y(?: el)?", "al", "a"],
    "day_number": ["día", "dia"],
    # (16pq) a size told as usual, no count:
    # "un batallón suele contar con varios cientos de soldados"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["número", "número total", "total", "cifra", "contingente"],
                  "verb": ["es", "era", "sería", "es de", "era de", "sería de", "asciende a",
                           "ascendía a", "ascendería a", "alcanza", "alcanzó", "alcanzaría",
                           "se sitúa en", "se situaba en", "se estima en", "se calcula en",
                           "se cifra en", "se cifró en", "ronda", "supera", "superó"]},
    "usual": ["por lo general", "en general", "generalmente", "normalmente", "habitualmente",
              "por regla general", "suelen?",
              # (16ci) the rest of the closed class: how often, how it varies
              "a menudo", "con frecuencia", "frecuentemente", "típicamente", "usualmente",
              "comúnmente", "de ordinario", "sol[ií]an?", "var[íi]an?", "puede(?:n)? variar",
              "oscilan?"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    # ("de unos 20 años de edad", "en la veintena"; not "una veintena de soldados")
    "age": {"after": [r"\s?años? de edad(?!\w)", r"\s+de edad(?!\w)"],
            "before": [r"(?:en|a) (?:la|sus)", r"ronda\w* la",
                       r"edad de(?: unos| entre| casi| más de)?",
                       r"edades de(?: entre)?"]},
    "measure": [r"\s?-?\s?(?:pies?|pulgadas?|millas?|(?:kil[oó]|cent[ií]|mil[ií])?metros?|km|cm|"
                r"mm)(?![\w])",
                r"\s?-?\s?toneladas?(?! de)(?![\w])", r"\s?-?\s?calibre(?![\w])"],
    "interviewed": {
        "before": [r"entrevist(?:ó|aron|ado|ados|amos|a|an)(?: a)?",
                   r"habl(?:ó|aron|ado|amos) con", r"convers(?:ó|aron|ado) con",
                   r"charl(?:ó|aron|ado) con", r"se reuni(?:ó|eron) con", r"reunido con",
                   r"encuesta(?: realizada| hecha)? (?:a|entre)", r"sondeo (?:a|entre)",
                   r"entrevistas? (?:a|con)", r"testimonios? de"],
        "gap": ["los", "las", "unos", "unas", "cerca de", "más de", "al menos", "estos",
                "estas", "otros", "otras", "casi"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+entrevistad[oa]s? por(?!\w)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4},?\s+con (?:los|las|quienes) (?:que )?"
                  r"(?:[^\s\d.,;:!?]+\s+){0,3}(?:habló|hablaron|conversó|se reunió|ha hablado)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4},?\s+a (?:los|las|quienes) (?:que )?"
                  r"(?:[^\s\d.,;:!?]+\s+){0,3}entrevist\w+"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "por motivos personales", "con fines (?:comerciales|privados|turísticos|de negocios)",
        "en tránsito (?:hacia|a) (?:un |otros )?terceros? países", "visitantes norcoreanos",
        "entraron (?:en|a) rusia", "ingresaron (?:en|a|al)", "con fines educativos",
              "para estudiar", "motivo de su (?:viaje|traslado|visita)",
              # (16ce) visados expedidos: estadística de frontera
              "visados?", "visas?"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["escasez", "déficit", "faltan", "falta de", "carencia de"],
    # (16ce) por unidad ("cinco unidades de 2.000 soldados cada una"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": ["cada uno", "cada una"]},
    # (32ar) a phase named by its number ("la fase 2"): no count (articles/nonfigures.py)
    "phase_before": ["fase", "etapa"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("trasladados en grupos de 1.500"): no count
        "(?<!\\w)en (?:grupos|tandas|lotes|contingentes|rotaciones) de",
        # (23at) and groups counted first ("organizados en cinco grupos de 2.500 a 3.000")
        "(?<!\\w)(?:dos|tres|cuatro|cinco|seis|siete|ocho|varios|\\d+) "
        "(?:grupos|tandas|lotes|unidades) de",
        # (16ce) the people an outlet spoke with ("habló con seis trabajadores")
        "(?:habló|hablaron|conversó|conversaron) con(?: \\S+){0,2}",
        # (16kl) an outlet named by a number ("France 24", "France 2"): a name, no count
        "(?<!\\w)france",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに" ("en cada
        # contenedor caben unos 300 proyectiles"; not "cada uno de los 12.000")
        "(?<!\\w)(?:en |por |para )?cada (?!uno\\b|una\\b|vez\\b)[\\w-]+(?: [\\w-]+){0,3}",
        # (16pf) a document's number, no figure ("resolución 2397", "decreto número 123", "artículo
        # 5")
        "(?<!\\w)(?:resolución|resoluciones|artículos?|decretos?|leyes|ley|directivas?)"
        "(?: n\\.?º| núm\\.?| número)?",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "entrevist\\w*(?: \\S+){0,2}",
        "habló con(?: \\S+){0,2}",
        # those whose accounts the outlet gathered ("los testimonios de seis trabajadores")
        "testimonios? de(?: [^\\s.!?;:]+){0,2}", "relatos? de(?: [^\\s.!?;:]+){0,2}",
        "\\$", "€", "£", "edad de", "n\\.º", "página",
        # (notfig, session 6) dinero y designaciones antes del número: "¥500", "Hwasong-11",
        # "capítulo 5", "unidad 29155", "tipo 73", "vuelo 17"
        "₩", "¥", "hwasong-?", "(?<!\\w)(?:capítulo|sección|apartado|párrafo|calibre)",
        "(?<!\\w)(?:puesto|nivel|vuelo|ruta|sala|edificio|puerta|modelo|tipo|versión|número)",
        # (notfig, session 6) "nº 5", "núm. 5": a number of a series
        "(?<!\\w)n\\.?[º°]", "(?<!\\w)núm\\.?",
        # (16ef) "el regimiento 528 de ingenieros": a unit's number
        "(?<!\\w)(?:regimiento|brigada|batallón)",
        "(?<!\\w)páginas",  # (16px)
        "(?<!\\w)top",  # (16px)
        "\\d[\\d.]* por",  # (16px)
        "(?<!\\w)(?:el|del) año",  # (16px)
        "(?<!\\w)nombres de",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["ya"],
    # (16cj) words of a sum: right before a total ("en total", "un total de") or right after it
    # ("11.000 en total"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) una proporción, ninguna cifra de la historia ("siete de cada diez", "uno de cada
    # tres", "ocho sobre diez"; "de" solo con el denominador diez: "tres de los 12.000", "3.000
    # de 12.000" son partes con su total, 16cj): analysis.articles.ratios
    "ratio": {"sure": ["de cada", "por cada", "sobre", "entre cada"], "of": ["de"]},
    # (16cl) los nombres de una unidad numerada después de ellos ("unidad 1234", "brigada 155",
    # "cuerpo 11", "regimiento 94")
    "unit_named": ["unidad(?:es)?(?: militar(?:es)?)?", "cuerpo(?: de ejército)?",
                   "ejércitos?", "división", "divisiones", "brigadas?", "regimientos?",
                   "batall(?:ón|on|ones)", "compañías?", "pelotón", "pelotones",
                   "escuadras?", "secciones", "sección", "baterías?", "destacamentos?",
                   "escuadrones?", "escuadrillas?", "flotillas?", "agrupaciones?", "agrupación"],
    "sum": {"before": ["en total", "un total de", "total de", "en conjunto", "en suma",
                       "sumando", "suman", "sumados", "es decir", "o sea", "en total unos",
                       "entre todos"],
            "after": ["en total", "en conjunto", "en suma", "entre todos", "entre ambos",
                      "sumados", "en total de"],
            "made_of": ["compuestos? por", "compuestas? por", "formados? por", "formadas? por",
                        "integrados? por", "integradas? por", "conformados? por", "de los cuales",
                        "de las cuales", "entre ellos", "entre los cuales", "incluidos",
                        "incluidas", "incluyendo", "repartidos en", "divididos en"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("Rusia dispara unos 10.000 proyectiles al día"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["al día(?! siguiente| anterior)", "por día", "cada día", "diariamente",
                "todos los días", "al dia", "por dia"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["secuestrad[oa]s?", "secuestros?", "deportad[oa]s?",
                           "deportaci[oó]n\\w*", "raptad[oa]s?", "sustraíd[oa]s?"],
                 "camp": ["campamentos?", "songdowon", "wonsan", "pyongyang"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "irán",
        "iran(?:í|íes|ies)?",
        "teherán",
        "(?:estados unidos|ee\\.? ?uu\\.?|washington|occidente|europa|la ue) (?:ha |han |había |"
        "habían )?(?:solo |ya )?(?:enviado|entregado|suministrado|proporcionado)",
        "(?:enviad|entregad|suministrad|proporcionad)[oa]s? [^.;:]{0,50}?a (?:ucrania|kiev)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "destru(?:ido|ida|idos|idas|yó|yeron|ye|yen)",
        "perd(?:ido|ida|idos|idas|ió|ieron)",
        "neutraliz(?:ado|ada|ados|adas|ó|aron)",
        "dañad(?:o|a|os|as)",
        "inutiliz(?:ado|ada|ados|adas|ó|aron)",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "en todo el mundo",
        "en el extranjero",
        "al extranjero",
        "\\d+ países",
        "otros países",
        "\\d+ naciones",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "al día(?! siguiente| anterior)",
        "por día",
        "cada día",
        "diariamente",
    ],
    # (26aw) una pérdida del tamaño de una unidad ("hasta un batallón"): articles/units.py
    "unit_size": [
        "(?:(?:hasta|casi|cerca de|alrededor de|aproximadamente) )?(?:un|todo un) batallón"
        "(?! ruso| ucraniano)",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("El
# embajador de Ucrania ante la ONU, Sergiy Kyslytsya"); "embajador" alone stays Russia's
ARTICLES["claimants"].update({
    "(?:embajador|embajadora|representante|enviad[oa])(?:e?s)? (?:permanente )?"
    "(?:ucranian[oa]|de ucrania|de kiev)": "Ukrainian government (unspecified)"})
# the side holding a place is no source ("la región de Kursk, ocupada por las fuerzas
# especiales ucranianas"), as fr "occupée par"
ARTICLES["partner"] += ["(?:ocupad|controlad)[oa]s? por(?: las| los| el| la)?"]
# workers counted for another destination ("China con 1.500, … Libia con 600") in a sentence
# naming no Russia: no workers sent to Russia, as "al extranjero"
ARTICLES["worldwide"] += ["china", "qatar", "catar", "emiratos árabes unidos", "libia", "irán",
                          "kuwait", "mongolia", "sudeste asiático", "oriente (?:medio|próximo)",
                          "áfrica"]
# a force counted with North Koreans among it ("unos 50.000 soldados, entre ellos varios miles de
# soldados norcoreanos"): a mixed unit, no figure of the story, as fr "dont"
ARTICLES["other_side"] += ["(?:soldados|tropas|militares|efectivos|combatientes),? (?:entre ellos|"
                           "entre los cuales|incluidos|incluyendo|de los cuales)"
                           "(?=[^.;:]{0,40}?(?:norcorean|corea del norte))"]

# (25ar) one official of a side ("dijo un alto funcionario surcoreano"), as the plural
# "funcionarios surcoreanos"; a revealing verb with its clause ("Estados Unidos desveló el
# jueves que …"), as "reveló"
ARTICLES["claimant_grammar"]["bodies"]["government"] += ["funcionari[oa]"]
ARTICLES["attribution"] += ["desvel(?:ó|a|an|aron|aba)(?: \\w+){0,2} que"]

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 vehículos chocaron en varios
# puntos"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)en )(?:varios|varias|diversos|diversas|distintos|distintas) "
    r"(?=(?:puntos|lugares|sitios)(?!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B"
# ("crecieron un 62%, de 913 a 1.479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(crecieron|creció|crece|crecen|aumentaron|aumentó|aumenta|aumentan|"
    r"subieron|subió|bajaron|bajó|cayeron|cayó|disminuyeron|disminuyó|descendieron|"
    r"descendió|incrementaron|incrementó)"
    r"(?: (?:en )?(?:un|el|del|de))? \d[\d.,]*\s?(?:%|por ciento)(?:[^,\d]|(?<!\d)(?"
    r":19|20)\d\d(?!\d)){0,60},(?= (?:de|del) (?:los |las )?\d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) "miles y miles", "cientos y cientos"
    "repeat": ["y"],
    # (D68.2) the units of mass, area and volume (not lengths, D66.3): "una tonelada", "más de
    # una tonelada", "casi una hectárea" are one unit
    "measures": [
        "tonelada", "toneladas", "kilo", "kilos", "kilogramo", "kilogramos", "gramo", "gramos",
        "hectárea", "hectáreas", "litro", "litros", "quintal", "quintales",
    ],
})

# (17cv, D78.3) "seis millones y medio de asistentes", "3 millones y medio": "y medio" after a
# magnitude is half of it, told as the next lower magnitude ("seis millones 500 mil"), as "un
# millón y medio" (1.5) already is; "y medio" after a unit of time stays part of the duration
FIGURES["rewrites"] += [
    (r"(?<!\S)(millones|millón|millon) y medio(?!\w)", r"\1 500 mil"),
    (r"(?<!\S)(millardos|millardo) y medio(?!\w)", r"\1 500 millones"),
]

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Pese a varias advertencias, murieron 12 personas"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "pese a", "a pesar de", "tras", "después de", "despues de", "antes de", "durante",
        "desde", "por", "debido a", "a causa de", "gracias a", "para", "contra", "sin",
        "mediante", "a lo largo de", "luego de", "a raíz de", "a raiz de", "al cabo de",
    ],
    [
        "de", "y", "o", "otros", "otras", "veces", "cientos", "miles", "decenas",
    ],
))

# (17dc, D84.2) a count that did not reach or did not pass a value is at most (rule 3): "no llegó a
# 50", "no alcanzó", "no superó" in their persons and tenses; "bajó de 300" is left (also "from
# 300" before "a": "bajó de 300 a 200")
FIGURES["at_most"] += [
    f"no {verb}"
    for verb in (
        "llegó a", "llegaron a", "llega a", "llegan a", "llegaba a", "llegaban a", "ha llegado a",
        "han llegado a", "alcanzó", "alcanzaron", "alcanza", "alcanzan", "alcanzaba",
        "ha alcanzado", "han alcanzado", "superó", "superaron", "supera", "superan", "superaba",
        "ha superado", "han superado", "rebasó", "rebasa", "excedió", "excede",
    )
]

# (20fa, D91.1) an estimate told by its verb across its object, an article opening it ("estima el
# número de muertes en 829"; not "se estima ahora en 737.801", labelled exact in figures_fresh), or
# opened by "se estima que" far from the number ("se estima que en todo el mes de junio en España
# hubo 829 muertes"): approx, as "se estima que 829"
FIGURES["rewrites"] += [
    estimated_at(
        FIGURES, [r"(?:estima|estiman|estimó|estimaron) (?:el|la|los|las)"], ["en"],
        "aproximadamente",
    ),
    estimated_that(FIGURES, ["se estima que", "se calcula que"], "aproximadamente"),
]
# (20fa, D92.3) "una quincena de" (some fifteen) is a collective, approx 15, as "una docena de";
# only with its article and "de": "la primera quincena de julio" (half a month) is a date
FIGURES["collective"]["una quincena de"] = 15
# (20fa, D92.1) "N nuevas" (N new): additional, as "nuevos"
FIGURES["additional_post"] += ["nuevas"]
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents"); "más de 300" (more
# than) and "mayores de 65" (over 65) are no superlative, "uno de los más graves" (a person) no rank
FIGURES["rewrites"].append((
    r"(?<!\S)un[oa] de (?=(?:los|las) (?:(?!herid|muert|fallecid|v[ií]ctim|pacient|person|niñ|"
    r"menor|detenid|pasajer|hombre|mujer)[^\W\d_]+ más|peores|mayores)(?!\w)(?! de))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)un[oa] (?:a|por|tras) (?:un[oa]|otr[oa])(?!\w)", " ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)(en|por) medio (?=del?(?!\w))", r"\1 ",
))
# (21rb, D102.4) a per cent of rise is additional, as "rose by 5 %" (rule 12, D65): "un
# aumento del 20 %", as "un aumento de 300"
FIGURES["rewrites"].append((
    r"\bun (aumento|incremento) del (?=\d[\d.,]*\s?(?:%|por ciento))", r"un \1 de ",
))

# (22rb, D107) the "to" of a change told with "hasta" and the article ("rebajó la participación
# hasta el 50%", lowered it to 50 %): the new total, exact (rule 1, D31), as "aumentó hasta 165";
# a transitive verb of change with its object between, or "llegó / bajó hasta" after a count as
# the subject ("la cifra de muertos llegó hasta 165"). "hasta un 50%" (by up to 50 %) and
# "llegaron hasta 165 migrantes" (up to 165 arrived) keep "hasta" = up to
FIGURES["rewrites"].append((
    r"\b((?:rebaj|baj|reduj|reduc|redujer|descend|disminu|elev|aument|sub|ascend|increment|"
    r"recort|cay)[^\W\d_]*(?: [^\W\d_]+){1,3}) hasta (?=(?:el|la|los|las) (?:\d|un |una ))",
    r"\1 a ",
))
FIGURES["rewrites"].append((
    r"\b((?:cifra|número|balance|total|saldo|recuento|conteo)\b[^\d,;:.]{0,60}?"
    r"\b(?:lleg|baj|descend|cay|disminu|reduj|alcanz)[^\W\d_]*) hasta (?=(?:el |la |los |las )?"
    r"(?:\d|un |una ))",
    r"\1 a ",
))
# (22rb, D108) a per cent of rise told with its verb and "(en) un" ("los casos aumentaron un 10%",
# "se incrementaron en un 10%", by 10 %) is additional, as "aumentaron en 500" and "un aumento del
# 10%" read (rule 12, D65, D102.4); a new total after it stays the figure ("… un 10% hasta 400")
FIGURES["rewrites"].append((
    r"\b((?:aument|increment|sub|crec|ascend|dispar|repunt)[^\W\d_]*)(?: en)? un "
    r"(?=(?:\d[\d.,]*\s?(?:%|por ciento)))",
    r"\1 un aumento de ",
))
# (22rb, D109) "se calcula / se estima" (it is estimated) right before the count, with no "que"
# ("Se calcula medio millón de viviendas …"): approx (rule 2, D91.1), as "se estima que 500"
# (the count or its scale right after the verb: "se estima ahora en 737.801" stays exact, as
# labelled in figures_fresh)
FIGURES["rewrites"].append((
    r"\bse (?:calcula|calculan|estima|estiman|calculó|estimó) (?=(?:unos |unas |más de |casi |"
    r"cerca de )?(?:\d|medio millón|media docena|un millón|una docena))",
    "aproximadamente ",
))
# (22rb, D110) "algunos / algunas" on an institution or a medium that reports the count, its verb
# right after ("Algunos aeropuertos informaron 300 cancelaciones"): the source's determiner, no
# count (D9), as "some officials"; not people who are also counted (round 4's fr "Certains
# survivants ont déclaré qu'il y avait 65 hommes" is labelled unparsed), and only where a number
# follows (alone it stays several)
FIGURES["rewrites"].append((
    r"\b(?:algunos|algunas) ((?:[^\W\d_]+ )?(?:aeropuertos|aerolíneas|hospitales|clínicas|"
    r"medios|periódicos|agencias|autoridades|estudios|gobiernos|países|estados|regiones|"
    r"provincias|municipios|ministerios|organizaciones) (?:informaron|informan|reportaron|"
    r"reportan|"
    r"dijeron|dicen|estiman|estimaron|calculan|calcularon|señalaron|señalan|registraron)\b)"
    r"(?=.*\d)",
    r"\1",
))

# (23rc, D125) "one or two" told with the article that is also "one" ("una o dos personas", "un a
# dos muertos"): the range 1-2 (rule 6), as "uno o dos" reads
FIGURES["rewrites"].append((
    r"(?<!\w)(?:un|una) (o|a) (?=(?:quizás |quizá |tal vez )?dos\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6), as "o incluso"
FIGURES["range_sep"] += ["o quizás", "o quizá", "o tal vez"]

# (23rc, D126) "menor que" (smaller than) is at most (rule 4), as "menor a" ("menor que 10.000
# individuos")
FIGURES["at_most"] += ["menor que", "menores que"]

# (23rd, D130.2) a per cent of rise told apart from its verb: the verb's object or an adverb
# between ("El Banco de Alimentos eleva el reparto de comida un 58%", "La demanda creció
# muchísimo, casi un 50 por ciento"), a qualifier before "un": additional, as D108's "aumentaron
# un 10%". Not across "a / al / hasta / que" ("se elevó a un 30%" is the new total), nor before
# "de / del" (a share of a whole: "un 30% de los casos")
FIGURES["rewrites"].append((
    r"\b((?:aument|increment|elev)(?:a|an|ó|aron|ado)|(?:crec|sub)(?:e|en|ió|ieron|ido)|"
    r"dispar(?:a|an|ó|aron|ado))((?: (?!(?:a|al|hasta|hacia|que|y|o|entre)\b)[^\W\d_]+){1,4},?)"
    r" ((?:casi|cerca de|más de|alrededor de|aproximadamente) )?un "
    r"(?=\d[\d.,]*\s?(?:%|por ciento)(?!\s*(?:de|del)\b))",
    r"\1\2 un aumento de \3",
))
# (23rd, D130.3) a noun of rise before a per cent ("un alza del 10%", "un repunte del 10%", "un
# salto del 10%", "un boom del 10%"): additional, as "un aumento del 10%" (D102.4)
FIGURES["rewrites"].append((
    r"\b(?:alza|repunte|salto|boom)[\"'’”»]? (?:de|del) (?=\d[\d.,]*\s?(?:%|por ciento))",
    "aumento de ",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\b((?:coches|autos|automóviles|vehículos|carros|turismos|motos|"
    r"camiones)(?: [^\W\d_]+)?) (?:nuevos|nuevas)\b|\b(?:nuevos|nuevas) (?=(?:coches|autos|"
    r"automóviles|vehículos|carros|turismos|motos|camiones)\b)",
    r"\1",
))

# (23rf, D137) the nouns of a rise before the count or per cent they add ("un crecimiento de
# 9,4%", "una subida del 12%"), as "un aumento de" (rule 12, D108)
# The phrase is also a word of change, as fr "une hausse de": "un ascenso de 103 a 149
# fallecidos" stays the new total 149 (D35, D76.2); so too the table's "un aumento de", "un
# incremento de" ("un aumento de 103 a 149" read the range, additional)
_RISE_OF = [
    "crecimiento de", "crecimiento del", "subida de", "subida del", "ascenso de", "ascenso del",
    "aumento del", "incremento del",
]
FIGURES["additional"] += _RISE_OF
FIGURES["change"] += [*_RISE_OF, "un aumento de", "un incremento de"]
# (23rf, D137) a figure text that is only "en un N%" (by N per cent) tells the size of a change:
# additional, as "aumentó en un N%" (D130)
FIGURES["rewrites"].append((
    r"^\s*en ((?:casi |más de |cerca de |alrededor de |aproximadamente )?)un "
    r"(?=\d[\d.,]* ?(?:%|por ciento)\s*[.!]?\s*$)",
    r"\1adicionales ",
))
# (23rf, D137) "más" closing a count told with a scale of millions and "de" ("alrededor de 23
# millones de personas más"): "N more" (rule 12), as "23 mil personas más"; the scale is no noun
# of the count for the rewrite of "mil 600 enfermos de dengue más" (17t), which read "23 más
# millones de personas", two quantities
FIGURES["rewrites"].insert(0, (
    r"\b(\d[\d.,]* (?:millones|millón|millon|mil millones)) de ([^\W\d_]+ más)"
    r"(?=\s*(?:$|[,.;:]|(?:que|en|y|con|por|para|desde|hoy|ayer|durante|este|esta)\b))",
    r"\1 \2",
))

# (23rf, D138) "higher / lower than" with the article joined to "a" ("superior al 40%", "inferior
# al 12%", "mayor que 40"): at least / at most (rules 3, 4), as "superior a" and "menor que" read
FIGURES["at_least"] += [
    "superior al", "superiores al", "mayor al", "mayores al", "mayor que", "mayores que",
    "ligeramente superior al", "algo superior al",
]
FIGURES["at_most"] += ["inferior al", "inferiores al", "menor al", "menores al"]
FIGURES["nearly"] += ["ligeramente inferior al", "algo inferior al"]

# (23rf, D139) a stray space after a thousands point, "61. 852" (lang/_forms.py)
FIGURES["rewrites"].append(STRAY_POINT_SPACE)

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) a range told by its minimum and maximum, the noun on its first end ("un mínimo de
# 1269 lobos y un máximo de 1800"): the range A-B (rule 6), as "entre un mínimo de 1269 y un
# máximo de 1800" reads
FIGURES["rewrites"].append((
    r"\b(?:entre )?un mínimo de (\d[\d.,]*(?: (?:mil|millones))?)((?: [^\W\d_]+)?),? y "
    r"un máximo de (\d[\d.,]*(?: (?:mil|millones))?)",
    r"entre \1 y \3\2",
))

# (23rf, D140) "N de los últimos M meses" is a ratio (rule 13), as "15 de los últimos 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( de (?:los últimos|las últimas|los primeros|las primeras) \d+) (?:meses|años|días|"
    r"semanas)\b",
    r"\1",
))

# (23re, D133.2) the participles of the verbs of change ("ha descendido un 2,6%", "han aumentado
# un 18%"): the per cent after them is the change's size, no share of the count beside it
FIGURES["change"] += [
    "aumentado", "incrementado", "descendido", "disminuido", "crecido", "caído", "subido",
    "bajado", "ascendido",
]
# (23re, D133.4) a per cent of fall told with its verb and "un", then "hasta (el / los) N" ("ha
# descendido un 2,6% de un año para otro hasta los 320.656"): "hasta" is the change's "to", the
# new total exact, as D107 reads it after the verb and D108 after a per cent of rise
FIGURES["rewrites"].append((
    r"\b((?:descend|disminu|baj|cay|cae|reduj|reduc|recort|retroced)[^\W\d_]*(?: en)? un "
    r"\d[\d.,]*\s?(?:%|por ciento)(?: [^\W\d_]+){0,5}) hasta (?=(?:el |la |los |las )?\d)",
    r"\1 a ",
))
# (23re, D136.1) D100's rank with "mejores" (the best: "uno de los mejores registros de su
# historia"), as "peores" and "mayores": no count of one, the other count is read
FIGURES["rewrites"].append((
    r"(?<!\S)un[oa] de (?=(?:los|las|sus) mejores(?!\w))", "",
))
# (23re, D134.1) D122's size of a change told after the count with the noun of the change before
# it ("…, lo que supone un incremento de casi 30.000 personas respecto a la anualidad anterior")
# or a sign ("(+3.932 respecto a 2023)"), then the comparison: no count beside the count
FIGURES["differences"] += [
    r"(?:\S+ )*?un[a]? (?:incremento|aumento|descenso|crecimiento|subida|bajada|caída|"
    r"disminución|reducción|alza|repunte) del? # (?:[^\W\d_]+ ){0,2}(?:respecto|con respecto|"
    r"en comparación|comparado|frente)(?![^\W\d_])",
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:respecto|con respecto|en comparación|comparado|frente)"
    r"(?![^\W\d_])",
]

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5.000 afiliados") tells the size of
# a change: additional (rule 12), written as "adicionales" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("adicionales"))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("se acercó a dos mujeres" is no mark)
_ES_BIG = mark_ahead(r"mil|millones|millón|millon|miles", "los|las|el|la")

# (24ra, D143) "superar / sobrepasar / rebasar / exceder" in every tense and participle, with
# "la barrera / cifra / marca / el umbral de" between ("rebasó los 31.000", "superó la barrera de
# los 31.000"): at least (rule 3), as "superó"; "rozar" and "acercarse a" in every tense: nearly,
# as "roza". Not after "no" (D42)
_ES_NOT = (r"(?<!\bno )(?<!\bno ha )(?<!\bno han )(?<!\bno había )(?<!\bno habían )"
           r"(?<!\bno haya )(?<!\bno hayan )(?<!\bno habrá )(?<!\bno habría )")
_ES_END = (r"(?:a|an|aba|aban|ó|aron|ará|arán|aría|arían|ado|ada|ados|adas|ando|ar|e|en|"
           r"ase|asen|ara|aran)")
FIGURES["rewrites"].append((
    _ES_NOT + r"\b(?:super|sobrepas|rebas)" + _ES_END + r"(?: (?:la|el) (?:barrera|cifra|marca|"
    r"umbral|listón|liston|techo|límite|limite|registro) (?:de|del))?(?= )",
    "superó",
))
FIGURES["rewrites"].append((
    _ES_NOT + r"\bexced(?:e|en|ía|ían|ió|ieron|erá|erán|ería|ido|ida|idos|idas|iendo|er)(?= )",
    "superó",
))
FIGURES["rewrites"].append((
    _ES_NOT + r"\broz(?:a|an|aba|aban|ó|aron|ará|arán|aría|ado|ando|ar)" + _ES_BIG, "roza",
))
FIGURES["rewrites"].append((
    _ES_NOT + r"\b(?:se acerc(?:a|an|aba|aban|ó|aron|ará|arán|aría)|acerc(?:ándose|andose)) a"
    + _ES_BIG,
    "roza",
))

# (24rb, D147.2) a change "de QUAL A a B" (from over/about A to B: "pasó de más de 10.000 a
# 17.000"): the old count's qualifier goes with the old count; the new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:pas[óo]|pasaron|pasando|pasado|subi[óo]|subieron|subido|aument[óo]|aumentaron|"
    r"aumentado|creci[óo]|crecieron|crecido|baj[óo]|bajaron|bajado|cay[óo]|cayeron|caído|"
    r"descendi[óo]|descendieron|disminuy[óo]|disminuyeron|se elev[óo]|increment[óo]|"
    r"incrementaron|se dispar[óo]|se duplic[óo]|se triplic[óo]) (?:de|desde)) "
    r"(?:poco más de|poco menos de|más de|menos de|casi|cerca de|unos|unas|alrededor de|"
    r"aproximadamente|apenas|al menos|algo más de) (?=\d[^;]{0,40}? (?:a|hasta) (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['es decir', 'o sea', 'esto es', 'vale decir', 'en otras palabras']

# (24rd, D154) "rondar" (to hover around) in every tense before a number: approx, as "ronda
# los"; rewritten to "alrededor de" with its article dropped ("rondó los 8,7 millones", "rondó el
# 30%"). Only right before digits or an article and digits ("las rondas", rounds, is no verb)
FIGURES["rewrites"].append((
    r"\brond(?:ó|o|aron|ará|arán|aría|arían|e|en|ase|asen|ara|aran|ado|aba|aban|ando|ar|a|an"
    r"|aban) (?:(?:los|las|unos|unas|el|la) )?(?=\d)",
    "alrededor de ",
))
# (24rd, D154) "bordear" (to border on) in every tense: nearly, as "bordea"
FIGURES["rewrites"].append((
    r"\bborde(?:ó|o|aron|ará|arán|aría|arían|e|en|ase|asen|ara|aran|ado|aba|aban)"
    r" (?:(?:los|las) )?(?=\d)",
    "bordea ",
))

# (24rc, D150) a noun of rise before the per cent it adds, without "un" or before a range or words
# ("repunte del 5%", "el aumento del 8-10%", "un alza del 8-10%", "alza de ocho por ciento"), and
# a verb of rise with "(en) un" before a per cent told in words or as a range ("aumentaron un
# ocho por ciento", "subieron un 8-10%"; not after D108's rewrite of the same in digits,
# "aumentaron un aumento de 8%"): additional, as "un aumento del 5%" and "aumentaron un 10%" read
# (rule 12, D108, D130.3; D130.3 wrote "aumento de" for the nouns, read total without "un").
# "hasta" or "a" and a number after it (the new total, D35) keep the total. Falls stay a total.
_ES_NOT_TO = r"(?![^.;]*\b(?:a|al|hasta)\s(?:el |los |un )?\d)"
FIGURES["rewrites"].append((
    r"(?:\bun )?\b(?:aumento|incremento|alza|repunte|salto|boom)[\"'’”»]? (?:de|del) "
    + percent_ahead("%|por ciento") + _ES_NOT_TO,
    "un aumento de ",
))
FIGURES["rewrites"].append((
    r"\b((?:aument|increment|sub|crec|ascend|dispar|repunt)[^\W\d_]*)(?: en)? un (?!aumento )"
    + percent_ahead("%|por ciento") + _ES_NOT_TO,
    r"\1 un aumento de ",
))

# (24rc, D151) the rates of a surface and per hour the table lacked ("por hectárea", "por metro
# cuadrado", "a la hora"): rule 13, D19, D114, as "por kilómetro cuadrado" reads
FIGURES["rate"] += [
    "por hectárea", "por hectarea", "por metro cuadrado", "a la hora", "cada 24 horas",
]

# (24rc, D150) an adverb in -mente between a verb of rise and its "en / un" ("creció notablemente en
# 500", "aumentaron considerablemente en un 10%"): dropped, so "creció en N" reads, additional (rule
# 12, 17nj, D108); first of the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"\b(aumentó|aumentaron|creció|crecieron|subió|subieron|incrementó|incrementaron)"
    r"(?: [a-záéíóúñ]+mente){1,2} (?=(?:en |un |en un )(?:cerca de |casi |más de )?\d)",
    r"\1 ",
))

# (24re, D158) "por debajo de" (below) with its article joined ("cayó por debajo del 40%", "por
# debajo de los 100"): at most (rule 3), as "por debajo de"
FIGURES["at_most"] += [
    "por debajo del", "por debajo de los", "por debajo de las", "por debajo de la",
    "cayó por debajo del", "bajó por debajo del",
]

# (24rf, D160) a range of per cents with the singular article before each end ("entre el 10 y el
# 12%", "entre un 5 y un 7 por ciento"): the article before the high end dropped, as "entre el 10 y
# 12%" reads (not 10); only with the per cent after the high end ("entre el 1 y el 18 de
# diciembre" is a date)
FIGURES["rewrites"].append((
    r"\bentre (el|un) (\d[\d.,]*) y (?:el|un) (\d[\d.,]*)(?= ?(?:%|por ?ciento\b))",
    r"entre \1 \2 y \3",
))

# (25ra, D167) a change "de A a B" with a verb of change the D35 rewrite did not list ("se ha
# disparado de 14 a 110", "se redujo de 300 a 200", "se duplicó de"), in its tenses and with
# "se" and the auxiliary: the new total B (D35), read as "pasó de"; B keeps its own qualifier
# ("de menos de 60 a cerca de 71"). "de 14 a 110 personas" with no verb stays a range (rule 6);
# "baja / bajas" (a casualty, a fall) and the feminine participles ("una caída de", "la subida
# de") are nouns too and are not written
FIGURES["rewrites"].insert(0, (
    r"\b(?:se )?(?:ha |han |había |habían |habría |hubo )?"
    r"(?:dispar(?:ó|o|aron|ado|ados|ando|ándose|a|an)|"
    r"redu(?:jo|jeron|cido|cidos|ciendo|ce|cen)|"
    r"elev(?:ó|aron|ado|ados|ando|a|an)|duplic(?:ó|aron|ado|ados|ando|a|an)|"
    r"triplic(?:ó|aron|ado|ados|ando|a|an)|multiplic(?:ó|aron|ado|ados|a|an)|"
    r"increment(?:ó|aron|ado|ados|ando|a|an)|desplom(?:ó|aron|ado|ando|a|an)|"
    r"escal(?:ó|aron|ado)|trep(?:ó|aron|ado)|salt(?:ó|aron|ado)|dispar|"
    r"retroced(?:ió|ieron|ido|iendo|e|en)|descend(?:ió|ieron|ido|iendo|e|en)|"
    r"disminu(?:yó|yeron|ido|idos|yendo|ye|yen)|ca(?:yó|yeron|ído|ídos|yendo|e|en)|"
    r"recort(?:ó|aron|ado)|mengu(?:ó|aron|ado)|hundi(?:ó|eron|do)|contra(?:jo|jeron)|"
    r"ascend(?:ió|ieron|ido|iendo)|sub(?:ió|ieron|ido|idos|iendo|e|en)|"
    r"baj(?:ó|aron|ado)|crec(?:ió|ieron|ido|iendo|e|en)|"
    r"aument(?:ó|aron|ado|ados|ando|a|an)|pas(?:ó|aron|ado|ando|a|an)|"
    r"rebaj(?:ó|aron|ado)|repunt(?:ó|aron|ado)|saltando|escalando|trepando)"
    # "de A" must have its "a B": "aumentó de 5%" alone is no "from"
    # no per cent, comma or other number between A and "a" ("bajó un 8%, de 27.862 a 25.610"
    # is D35's own), and B no year ("una caída de 3.500 personas respecto a 2022")
    r"(?= (?:de|del|desde) (?:[^\W\d_]+ ){0,3}\d[\d.,]*(?: (?:mil|millones|millón))?"
    r"[^;,%\d]{0,40}? (?:a|hasta) (?:[^\W\d_]+ ){0,3}(?!(?:19|20)\d\d\b)\d)",
    "pasó",
))
FIGURES["rewrites"].insert(1, (
    r"\bpasó (?:de|del|desde) (?:poco más de|poco menos de|más de|menos de|casi|cerca de|unos|"
    r"unas|alrededor de|aproximadamente|apenas|al menos|algo más de|solo|sólo) "
    r"(?=\d[^;]{0,40}? (?:a|hasta) (?:[^\W\d_]+ ){0,3}\d)",
    "pasó de ",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 millones" =
# 12,500,000): one or two digits after the space and a scale after them are a decimal (three
# digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "mil|millón|millon|millones|mill|mlls|millardo|millardos|billón|billon|billones"))

# (25rb, D171) an adjective between the noun of a rise and its "de" ("un aumento significativo
# del 11%", "un incremento notable de 500"), or before the noun ("un fuerte aumento del 11%"):
# dropped, so "un aumento del N" reads, additional (rule 12, D150); a per cent told "más
# elevado" after it is "más" (additional), as "más alto" reads. Falls stay a total
_ES_RISE_ADJ = (
    r"significativ[oa]|importante|considerable|notable|sustancial|fuerte|liger[oa]|leve|"
    r"pequeñ[oa]|gran|grande|récord|record|interanual|anual|históric[oa]|historic[oa]|"
    r"drástic[oa]|drastic[oa]|brusc[oa]|espectacular|notori[oa]|nuev[oa]|marcad[oa]|"
    r"acusad[oa]|sensible|moderad[oa]|expresiv[oa]|explosiv[oa]|vertiginos[oa]|medi[oa]|real"
)
FIGURES["rewrites"].insert(0, (
    rf"\b(?:(?:{_ES_RISE_ADJ}) )?(aumento|incremento|crecimiento|alza|subida|repunte|ascenso|"
    rf"salto)(?: (?:{_ES_RISE_ADJ})){{0,2}} "
    r"(?=(?:de|del) (?:un |el )?(?:cerca de |casi |más de |alrededor de |aproximadamente )?\d)",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|por ciento)) más (?:elevad[oa]s?|alt[oa]s?|"
    r"grandes?|mayor(?:es)?)\b",
    r"\1 más",
))
# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadow', 'atacms', 'himars', 'scalp']
ARTICLES["excluded"] += ['zona desmilitarizada', 'dmz']
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    '(?:organización|asociación|grupo|ong)(?:es)? (?:surcoreana?s? )?(?:de (?:defensa'
    ' de (?:los )?)?derechos humanos|de desertores(?: norcoreanos)?)',
    'gyeore-?a?-?eol\\w*',
    '(?:un |una |el |la )activista',
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("según diversas fuentes"): nobody's
ARTICLES["impersonal"] += ["según (?:diversas|distintas|varias|diferentes) fuentes"
                           "(?! (?:de|del|cercanas|ucranianas|surcoreanas|estadounidenses|"
                           "occidentales|rusas))"]
# (26ac) "anunciar" in the present and imperfect ("Seúl anuncia que 12.000 soldados"), as
# "anunció" (the noun is "anuncio")
ARTICLES["attribution"] += ["anuncia", "anuncian", "anunciaba", "anunciaban"]

# (25rd, D177) an ordinal of a scale after cardinal words is no count (D7): "el dos milésimo
# caso" read 2; the whole ordinal is dropped. The other ordinals are words of their own
# ("vigésimo primero"), read as no number already; a plural is a fraction ("dos milésimas")
FIGURES["rewrites"].append((
    r"(?<![\w-])(?:(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    r"quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta|"
    r"sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|cuatrocientos|"
    r"quinientos|seiscientos|setecientos|ochocientos|novecientos|mil|y) )+"
    r"(?:centésim|milésim|millonésim)[oa](?![\w-])",
    "",
))

# (25rd, D180) "N°", "núm.", "nro." before digits name the thing so numbered ("la fiscalía N° 7",
# "el caso núm. 14"), as "#14" and "№14" do (D74, D95.2): dropped, so a count beside it is read.
# Not "Nº" (folded to "no", also the negation: "no 7 sino 8")
FIGURES["rewrites"].append((r"(?<![\w.])(?:n°|núm\.|nro\.) ?\d+(?![\d]|[.,]\d)", " "))

# (26ra, D183) a word no table lists between the noun of a rise and "de / del" before a per cent
# ("un incremento final del 10,5%", "un aumento salarial del 3%"): dropped, as D171's listed
# adjectives are, so "un incremento del N%" reads, additional (rule 12, D150); only before a per
# cent (a count after "de" may be the new total or a share); a verb of a rise right before a per
# cent with no "un / en" ("aumentó 10,5%", "creció 3%"): "aumentó en N%". Falls stay a total
FIGURES["rewrites"].insert(0, (
    r"\b(aumento|incremento|crecimiento|alza|subida|repunte|ascenso|salto)"
    r"(?: (?!(?:de|del|en|a|al|hasta|que|y|o|con|para|por|sobre|entre|desde|respecto|frente|"
    r"la|el|los|las|un|una|se|es|fue|ha|casi|cerca|más|menos|alrededor|aproximadamente|"
    r"apenas|solo|sólo|poco|hasta|aún|ya|incluso|mínimo|máximo|unos|unas)\b)"
    r"[a-záéíóúüñ]{3,}){1,2} (?=(?:de|del) (?:un |el )?"
    r"(?:cerca de |casi |más de |alrededor de |aproximadamente )?\d[\d.,]* ?(?:%|por ciento))",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"(?:se )?(?:ha |han |había |habían )?(?:aument(?:ó|aron|a|an|ado|ando|aba|aban)|"
    r"increment(?:ó|aron|a|an|ado|ando)|cre(?:ció|cieron|ce|cen|cido|ciendo|cía|cían)|"
    r"sub(?:ió|ieron|e|en|ido|iendo|ía|ían)|repunt(?:ó|aron|a|an|ado)|"
    r"dispar(?:ó|aron|a|an|ado)|escal(?:ó|aron|ado)|avanz(?:ó|aron|a|an|ado))", "en",
    r"%|por ciento", r"casi|cerca de|más de|alrededor de|aproximadamente|apenas|solo|sólo",
))
# (26ra, D182) "+ de" before a number is "más de" (at least, rule 3): "+ de 100 personas"
FIGURES["rewrites"].insert(0, (
    r"(?<![\w+])\+ ?(?=de \d|de (?:un|una|dos|tres|cien|mil)\b)", "más ",
))
# an emphatic word between "(en) un" and the per cent ("aumentó un impresionante 9%", "en un
# notable 12%"): dropped, so "en un N%" reads, a change's size, additional (D108, D164)
FIGURES["rewrites"].insert(0, (
    r"\b(en un|un) (?:impresionante|espectacular|notable|considerable|significativo|importante|"
    r"enorme|increíble|sorprendente|modesto|discreto|tímido|ligero|leve|sólido|robusto|"
    r"destacado|llamativo|abultado|extraordinario|histórico|contundente|vertiginoso|"
    r"inédito|récord)"
    r" (?=\d[\d.,]* ?(?:%|por ciento)(?!\w))",
    r"\1 ",
))

# (26ar) números de otro sujeto (articles/subjects.py): una población o unos ingresos de
# millones, participantes o habitantes contados, una parte de lugares ("37 de las 64 localidades")
ARTICLES["other_subject"] = {
    "before": ["población de", "viven", "gan(?:ando|ar|a|an|ó|aron)", "ingres(?:ando|ar|a|an|ó)"],
    "scale": ["mill[oó]n", "millones", "billones"],
    "after": ["participantes", "habitantes", "residentes"],
    "of_total": ["de(?: las| los)?"],
}

# (26ar) uno de una pareja ya nombrada, descrito uno a uno (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["uno", "una", "un"],
                                     "other": ["el otro", "la otra", "el segundo", "la segunda"]}
# (26ar) una captura que no ocurrió: antes de ella, o ningún prisionero
ARTICLES["excluded"] += [
    "antes de (?:ser )?captur\\w*", "antes de (?:su|la) captura",
    "ningún (?:\\w+ ){0,2}prisionero\\w*", "no (?:tiene|tenía|hay|había) (?:\\w+ ){0,2}prisioneros",
]
# (26ar) la gente del otro bando, nombrada por su ejército ("ocho soldados de las fuerzas
# especiales ucranianas")
ARTICLES["other_side"] += [
    "(?:soldados|militares|miembros|combatientes|efectivos) del ejército (?:ruso|ucraniano)",
    "(?:soldados|militares|miembros|combatientes|efectivos) de las fuerzas (?:\\w+ )?"
    "(?:rusas|ucranianas)",
]
ARTICLES["not_counted"] += ["despliegues", "oleadas", "contingentes"]  # (26ar)
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['algunos', 'algunas', 'algún', 'varios', 'varias']

# (26rb, D185.3) "pasar a ser de A a B" (came to be, from A to B): the change's new total, as
# "pasar de A a B" (D35). (26rb, D185.4) a per cent told with "un" (the size of a change) and
# "hasta (los)" before a count: the change's "to", the new total ("un 1,8 % hasta los 19
# millones" = 19 million exact; "hasta" alone stays at most; "del 10 % hasta 300 euros", a cap,
# stays). (26rb, D186.4) "N,NNN millones" where the phrase writes another decimal comma before it
# ("un 1,8 % hasta los 19,369 millones"): the comma is the phrase's decimal mark (alone it stays
# thousands, D129.2: Mexico writes "19,369 millones" for 19,369 million). (26rb, D187.2) "one in
# N" told with "en / entre" ("una en 50 millones", "una posibilidad entre 50 millones"): a ratio,
# as "1 en 50 millones" reads; only "one" alone or with a word of chance or of a person between,
# not before a year, a time or a measure ("un estallido en 1841", round 17). (26rb, D186.3) "4G"
FIGURES["rewrites"][:0] = [
    (r"\b(pas(?:ó|aron|a|an|ando|ado|ar|aba|aban|ará|arán)) a ser (?=(?:de|del) (?:unos |unas |"
     r"los |las )?\d)", r"\1 "),
    (r"\b((?:en )?un \d+(?:[.,]\d+)? ?(?:%|por ciento)),? hasta (?:los |las )?(?=\d[\d.,]*"
     r"(?! ?(?:%|por ciento))(?![\d.,]))", r"\1 a "),
    (r"(\d,\d{1,2}(?![\d.,])\D+?(?<![\d.,])\d{1,3}),(\d{3})(?= ?(?:millones|millón|mil millones|"
     r"mill\.|mdd|mmdd)\b)", r"\1,\g<2>0"),
    (r"\b(?:un|uno|una)(?: (?:posibilidad|probabilidad|oportunidad|opción|persona|caso|"
     r"boleto|apuesta))? (?:en|entre) (?=(?:más de |menos de |unos |unas )?"
     r"(?:\d+(?:[.,]\d+)*(?![.,]?\d)|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil)"
     r"(?: (?:mil|millones|millón))?(?!\s?%| (?:años|días|meses|semanas|horas|minutos|segundos|"
     r"hectáreas|kilómetros|km|metros|kilos|kg|toneladas|litros|por ciento)\b)(?![\d.,]))"
     r"(?!(?:1\d|20)\d\d\b)", "1 en "),
    *GENERATION,
]

# (26rb, D185.6) a range of per cents with the article and the per cent on both ends ("entre el 5 %
# y el 10 %", "entre un 5 por ciento y un 7 por ciento"): written as D160's "entre el 5 y 10 %"
FIGURES["rewrites"].append((
    r"\bentre (el|un) (\d[\d.,]*) ?(?:%|por ?ciento) y (?:el|un) (\d[\d.,]*)"
    r"(?= ?(?:%|por ?ciento\b))",
    r"entre \1 \2 y \3",
))

# (27ru, D195) an exchange of two counts: after a word of exchange or release ("canje de 200
# presos contra 20 rehenes", "liberar a 1.968 presos contra 20"), "contra" is "in exchange for",
# no "versus" nor an earlier value: two quantities, no single count (D5), as "a cambio de" and
# "por" read
_EXCHANGE_SPAN = r"(?:[^.;:]|\.(?=\d))*?"
FIGURES["rewrites"].append((
    r"^(?=" + _EXCHANGE_SPAN + r"\b(?:canje|canjea|intercambi|liber|excarcel|trueque|entreg)\w*"
    + _EXCHANGE_SPAN + r" contra )"
    r"(?=" + _EXCHANGE_SPAN + r"(?:\d|decenas|cientos|centenares|miles|\b(?:un|una|dos|"
        r"tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cien|"
        r"mil)\b)"
    + _EXCHANGE_SPAN + r" contra )"
    r"(" + _EXCHANGE_SPAN + r") contra (?=(?:unos |unas |los |las |cerca de |más de |"
        r"al menos )?(?:\d|decenas|cientos|centenares|miles|(?:un|una|dos|tres|cuatro|cinco|"
        r"seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cien|mil) ))",
    r"\1 a cambio de ",
))

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "entre", "y", "más de", r"mil|millones|millón", "o más"))

# (28rb, D207) "an estimate of N" is approximate (rule 2, as "un estimado de" and fr "une
# estimation de", it "una stima di"): "una estimación de 150.000"
FIGURES["approx"] += ["estimación de", "una estimación de", "estimaciones de"]

# (28rb, D207) a verb of raising or lowering with its count as the object before "hasta" ("elevan
# el número de muertos hasta 79", raise the number of dead to 79): the new total, exact (rule 1,
# D31, D35), as "eleva hasta 1.631 el número" (17tc) and "aumentó hasta 79"; "hasta 79 muertos"
# with no such verb and object stays "up to" (rule 4)
FIGURES["rewrites"].append((
    r"\b((?:elev|aument|llev|ascend|increment|dispar|sub|baj|reduc|reduj|rebaj)[^\W\d_]* "
    r"(?:el|la|los|las|su|sus) (?:número|numero|cifra|balance|saldo|total|recuento|conteo|"
    r"cómputo|computo|bilance)\b[^\d,;:.]{0,50}?) hasta (?=(?:los |las |unos |unas )?\d)",
    r"\1 a ",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 pasajeros, entre ellos 3 niños, y 15 tripulantes" holds two counts (a
# list, unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes
# no comma in this language
FIGURES["told_with"]["resumes"] = ["y", "e"]

# (29aa) infantrymen counted are troops and soldiers, as en "infantry" is (round 16zz26's
# "11 000 nordkoreanischen Infanteristen")
ARTICLES["troops"].append("infantes")
ARTICLES["soldiers"].append("infantes")

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out:
# "medio millón de proyectiles", "un millón y medio" (it read "million", 1,000,000)
ARTICLES["scale_fractions"] = {"before": ["medio", "un cuarto de"], "after": ["y medio", "y media"]}

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "para compensar
# las pérdidas", "para reponer las bajas"
ARTICLES["made_up_for"] = [
    "(?:para |a fin de )?(?:compensar|reponer|reemplazar|suplir|sustituir|cubrir)"
    "(?: (?:las|los|sus|la|el|elevadas|numerosas|cuantiosas|grandes))*"]
# (30ab) earlier estimates nobody is named for ("Estimaciones anteriores hablaban de 3.000
# bajas"): impersonal, no source carried from before
ARTICLES["impersonal"] += ["(?:las )?(?:estimaciones|cálculos) (?:anteriores|previas|previos) "
                           "(?:hablaban|situaban|cifraban|apuntaban|indicaban|mencionaban|eran)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("canje de 314 prisioneros
# de guerra"): both sides' prisoners, no capture of North Koreans
ARTICLES["excluded"] += [
    "(?:canje|intercambio|canjearon|intercambiaron|intercambiar|canjear)(?: de)?"
    "(?= (?:un total de |unos |cerca de |más de )?\\d[\\d.]* (?:prisioneros|presos|cautivos))"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["y", "e"], ["los", "las", "el", "la"]))

# (31fx, D218.1) "N de ellas eran X y M Y" opening the phrase (seven of them were women and two
# men): no count before it to break down, so the count after "y" is the list's other part, two
# counts, unparsed; "siete de ellas" alone stays 7, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(
    number_word(w for w, v in FIGURES["numbers"].items() if v >= 2),
    ["de ellos", "de ellas", "de estos", "de estas", "de esos", "de esas"], ["y", "e"]))
# (31fx, D218.3) and the plural article between D210.2's "and" and its count ("e i 12"): dropped
FIGURES["rewrites"].append(article_after_resumes(
    FIGURES["including"], FIGURES["told_with"]["resumes"], ["los", "las"]))

# (32rc, D222.1) a ratio told with "relación" before "de A a B" ("una relación de 1 a 15"): a
# ratio (rule 13), as "una proporción de 1 a 15" reads; only right before the two numbers ("en
# relación con", with regard to, and "de 1 a 15 muertos" stay as they read)
FIGURES["rewrites"].append((
    r"\brelaci[oó]n (?=(?:(?:es|era|sería|será) )?(?:de )?(?!(?:19|20)\d\d\b)\d[\d.,]* "
    r"(?:a|por|contra) \d)",
    "proporción ",
))

# (31rb, D219.5) the article of a person exchanged for a count is the count one, as fr "un otage
# pour trois prisonniers" (lang/_forms.py): "un rehén por tres presos", "300 presos por un solo
# soldado" are two counts, unparsed (they read the other count); "por cada" is a rate already
FIGURES["rewrites"] += one_in_exchange(
    "una?", "sol[oa]|únic[oa]",
    "rehén|prisioner[oa]|pres[oa]|detenid[oa]|soldado|cautiv[oa]|militar|israelí|"
    "palestin[oa]|civil|combatiente|hombre|mujer",
    "por",
    "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    "dieciséis|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|"
    "mil|varios|varias|decenas|centenares|cientos|miles",
    "días?|semanas?|mes|meses|años?|horas?|minutos?")

# (32rl, D220.1) a share told after the total and its comma ("349 personas, de las que un tercio
# eran niños") tells who the counted were: the total's breakdown (D5), written as the table's
# breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share keeps
# it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["de los cuales", "de las cuales", "de los que", "de las que", "entre ellos", "entre ellas",
     "de ellos", "de ellas"],
    ["más de", "casi", "cerca de", "alrededor de", "al menos", "menos de", "aproximadamente",
     "poco más de", "prácticamente"],
    ["la mitad", "un tercio", "una tercera parte", "dos tercios", "las dos terceras partes",
     "dos terceras partes", "un cuarto", "una cuarta parte", "tres cuartas partes", "la mayoría",
     "la mayor parte", "la gran mayoría", "una quinta parte"],
    ["de ellos", "de ellas", "de los cuales", "de las cuales"],
    "entre ellos"))

# (32rl, D220.2) "of these" after the total's comma, right before a count ("331, de estos 186
# eran niños"), opens its breakdown (D5), as "de ellos" does
FIGURES["rewrites"].append((r", ?de (?:estos|estas|esos|esas)(?= \d)", ", de ellos"))

# (34ar) los efectivos de un ejército permanente ("1,2 millones de soldados activos", "1,28
# millones de militares en activo"): el ejército propio de Corea del Norte, no una cifra de la
# historia
ARTICLES["other_subject"]["after"] += [
    "(?:de )?(?:soldados|militares|efectivos|tropas) (?:activos|activas|en activo|en servicio "
    "activo)"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "vladivostok", "moscú", "kursk", "primorie", "jabárovsk", "siberia", "lejano oriente",
    "san petersburgo", "najodka", "sajalín", "rostov", "tuvá", "kazán", "tatarstán", "alabuga",
    "novosibirsk", "yakutia"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['en', 'en el', 'en la', 'en los', 'en las'], 'y', [
        # (35rd, D236.1) a noun of an area with no name ("en el país, 6 en Kiev")
        (r"en (?:todo )?el (?:país|estado|departamento|territorio)"
         r"|en (?:toda )?la (?:región|provincia|comunidad)", r"en|en el|en la|en los|en las"),
    ]),
    part_of_total(['sobre un total de', 'sobre el total de', 'entre un total de'], 'de'),
    # a plain "of" may be a noun's far from the count ("cuenta con las donaciones de un total de
    # 3.500 empresas", round 56): three words at most after it
    part_of_total(['de un total de', 'del total de', 'de entre un total de'], 'de', 3),
    part_of_total(['integrando un contingente total de', 'integrando un efectivo total de'],
                  'de', 12),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('un', 'una') for u in ('año', 'mes', 'semana', 'día', 'década')]
    + [f'{n} {u}'
       for n in ('dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez')
       for u in ('años', 'meses', 'semanas', 'días', 'décadas')],
    ['después', 'más tarde', 'antes', 'atrás'],
))

# (34ra, D226.6) "por segundo" after a count is a rate ("unas 20 personas por segundo", rule 13,
# D224.1), as "por minuto"; before a noun it is the ordinal ("por segundo año consecutivo", for
# a second year), written "por el segundo" so that no rate is read
FIGURES["rate"] += ["por segundo"]
FIGURES["rewrites"].append((
    r"\bpor (segundo)(?= (?:año|día|dia|mes|semestre|trimestre|turno|mandato|lugar|tiempo|"
    r"período|periodo|partido|domingo|sábado|sabado|fin|piso|grado|round|consecutivo|puesto|"
    r"ciclo|bimestre|cuatrimestre|verano|invierno|carnaval|festivo|lote|equipo|caso|"
    r"fallecimiento)\b)",
    r"por el \1",
))

# (34rc, D229.3) D61.1's "pasó de A (noun) a B" with a qualifier on either count ("pasando de los
# casi 3.500 muertos a menos de 1.200 en el último lustro", round 100; "pasó de más de 4.000 a
# menos de 1.100"): the old count dropped with its qualifier, the new total read with its own (D35,
# D61.4: "a" is no range word); "partiendo de A … llegando a B" (starting from A, reaching B) is the
# same change. Before the rewrite of 17cc
_ES_QUALS = (r"(?:casi|cerca de|más de|menos de|unos|unas|alrededor de|al menos|por lo menos|"
             r"apenas|poco más de|poco menos de)")
_ES_FROM_TO = rewrite_index(
    FIGURES["rewrites"], r"\1 a ", r"\b(pasó|pasaron|pasando|pasado|aumentó")
FIGURES["rewrites"][_ES_FROM_TO:_ES_FROM_TO] = [
    (r"\b(pasó|pasaron|pasando|pasado|aumentó|aumentaron|aumentando|subió|subieron|subiendo|"
     r"bajó|bajaron|bajando|creció|crecieron|creciendo|disminuyó|disminuyeron|descendió|"
     r"descendieron|cayó|cayeron) (?:de|del) (?:los |las |unos |unas )?"
     rf"(?:{_ES_QUALS} )?\d[\d.,]*(?: (?:mil|millones|millón))?(?: [^\W\d_]+)? "
     rf"(?:a|hasta)(?: los| las)? (?={_ES_QUALS} \d)", r"\1 a "),
    (r"\bpartiendo de (?:los |las |unos |unas )?(?:[^\W\d_]+ de )?"
     rf"(?:{_ES_QUALS} )?\d[\d.,]*(?: (?:mil|millones|millón))?(?: [^\W\d_]+)?,? (?:y )?"
     r"(?:hasta )?(?:llegando|llegar|alcanzando|alcanzar) a(?: los| las)? (?=\S)", "pasó a "),
]
# (34rc, D229.6) "un aumentó de N" (the noun "aumento" written with the verb's accent after the
# article: "la Seguridad Social registró un aumentó de 158.038 trabajadores", round 100): after
# "un" the word is the noun, "un aumento de" (additional, rule 12, 17no)
FIGURES["rewrites"].append((r"\bun (aument|increment)ó de (?=\d)", r"un \1o de "))
# (34rc, D229.2) D61.3's "bajó en N hasta M" in the orders the rewrite of 17nm did not list: the
# size's noun, and a clause with no count but a per cent, between the size and "hasta (situarse
# …) en M" ("bajó en 58.216 personas en marzo, lo que supone un 1,4% menos respecto al mes
# anterior, hasta situarse el total de desempleados en 4.094.770 personas", round 100; "el paro
# bajó en 27.000 personas, hasta los 2,9 millones"); and a fall "hasta M" is the new total, as
# "a M" (D35: "fell to N" is exact; it read at most). Before the rewrite of 17nm
_ES_BY_TO = rewrite_index(FIGURES["rewrites"], r"\1 \2 ", r"\b(aument\w+|subi\w+|subió")
FIGURES["rewrites"][_ES_BY_TO:_ES_BY_TO] = [
    (r"\b((?:aument|subi|creci|ascendi|increment|elev|disminu|baj|descendi|cay)\w* (?:en|un|una) "
     r"(?:unos |unas |casi |más de )?\d[\d.,]*(?: (?:mil|millones))?(?: ?%| por ?ciento)?)"
     r"(?: [^\W\d_]+)?(?: [^\W\d_]+| \d[\d.,]* ?%|,){0,20}? hasta(?: (?:situarse|quedar|"
     r"colocarse|alcanzar)(?: [^\W\d_]+){0,6}? (?:en|a))?(?: los| las)? (?=\d)",
     r"\1 hasta "),
]
FIGURES["rewrites"].append((
    r"\b((?:baj|descend|disminu|cay|cae|redu[cj]|retroced)\w*) hasta (?=(?:unos |unas |casi |"
    r"más de |menos de |poco más de )?\d)",
    r"\1 a ",
))

# (art34b) el terreno que toma una captura ("un pequeño territorio capturado durante una
# incursión sorpresa", "la región de Kursk que fue capturada por las fuerzas ucranianas"): no
# captura de personas; un número de la frase no toma de ella el indicador (articles/seized.py)
ARTICLES["places_taken"] = {
    "places": ["posicion(?:es)?", "territorios?", "terreno", "tierras?", "zonas?", "áreas?",
               "aldeas?", "localidad(?:es)?", "ciudad(?:es)?", "regi[oó]n(?:es)?",
               "kil[oó]metros cuadrados"],
    "next": ["en", "durante", "por", "desde", "el", "la", "los", "las", "tras", "y", "pero",
             "hace", "con"],
    "not_between": ["fueron", "han", "ha", "habían", "había", "sido", "son", "están",
                    "estaban", "resultaron"],
    "between": ["el", "la", "los", "las", "un", "una", "unos", "unas", "varios", "varias",
                "algunos", "algunas", "rus[oa]s?", "ucranian[oa]s?", "fronteriz[oa]s?"],
}

# (art34b) palabras de tamaño ante las bajas ("con grandes bajas", "cuantiosas pérdidas"):
# muchas, ninguna contada; más allá de un límite de cláusula no dan su métrica a ningún número
# (articles/heavy.py)
ARTICLES["heavy_losses"] = ["grandes", "cuantiosas", "numerosas", "fuertes", "enormes",
                            "importantes", "elevadas", "masivas", "considerables"]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("400 personas en 33 albergues"; "51 personas … distribuidas en 5 albergues",
# canal12.com.sv/noticia/27-familias-albergadas-por-lluvias; "se encuentran en más de 800
# albergues", dca.gob.gt/?p=379083): set aside, the people read (D20)
FIGURES["rewrites"] += lodging_aside(
    ["en", "entre", "a"],
    [r"albergues(?: (?:temporales|provisionales|habilitados|públicos|publicos))?",
     r"refugios(?: (?:temporales|provisionales))?",
     r"centros de (?:acogida|evacuación|evacuacion|refugio|alojamiento|atención|atencion)",
     r"campamentos(?: de (?:refugiados|desplazados))?", r"puntos de (?:acogida|atención|atencion)"],
    ["más de", "mas de", "unos", "unas", "cerca de", "casi", "al menos", "alrededor de"],
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# heridos fueron trasladados a cinco hospitales", "distribuidos en 4 hospitales"): set aside
# beside the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"trasladad[oa]s?", r"llevad[oa]s?", r"evacuad[oa]s?", r"hospitalizad[oa]s?",
     r"ingresad[oa]s?", r"atendid[oa]s?", r"distribuid[oa]s?", r"repartid[oa]s?",
     r"derivad[oa]s?", r"remitid[oa]s?", r"transportad[oa]s?", r"internad[oa]s?",
     r"enviad[oa]s?", r"referid[oa]s?", r"trasladaron", r"llevaron", r"atienden",
     r"reciben atención", r"reciben atencion", r"recibiendo atención", r"recibiendo atencion"],
    ["a", "en", "entre", "hacia", "hasta"],
    [r"(?:(?:diferentes|distintos|varios) )?(?:hospitales|clínicas|clinicas|sanatorios|"
     r"nosocomios|centros (?:médicos|medicos|de salud|asistenciales|hospitalarios|sanitarios)|"
     r"establecimientos (?:de salud|sanitarios|hospitalarios))"],
    ["más de", "mas de", "unos", "unas", "cerca de", "casi", "al menos", "alrededor de"],
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
)
# (34re, D231.2) "y otra en Bélgica" after a count: one more of the counted, a sum
FIGURES["rewrites"].insert(0, one_other_in(
    ["y", "e"], ["otra", "otro", "una más", "una mas", "uno más", "uno mas"],
    ["en", "a", "al", "desde", "cerca de"],
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"))
