"""Portuguese (``pt``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE, after
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at, estimated_that
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    STRAY_POINT_SPACE,
    decimal_comma_before,
    leading_minus,
    leading_plus,
    mark_ahead,
    number_word,
    one_in_exchange,
    open_range_top,
    percent_ahead,
    stray_decimal_space_before,
    time_told_after,
)
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
    "pessoas", "crianças", "vítimas", "adultos", "jovens", "menores", "idosos", "idosas",
    "pacientes", "moradores", "habitantes", "homens", "mulheres", "meninos", "meninas", "alunos",
    "estudantes", "aposentados", "doentes", "casos", "óbitos", "mortos", "feridos", "adolescentes",
    "bebês", "bebés", "trabalhadores", "passageiros", "residentes",
)
"""(17cx, D80.1) The nouns of people an age limit follows ("idosos com mais de 80")."""

SCRIPTS = ("latin",)

MONTHS = [
    ["janeiro"],
    ["fevereiro"],
    ["março", "marco"],
    ["abril"],
    ["maio"],
    ["junho"],
    ["julho"],
    ["agosto"],
    ["setembro"],
    ["outubro"],
    ["novembro"],
    ["dezembro"],
]

WEEKDAYS = [
    ["segunda feira", "segunda"],
    ["terça feira", "terca feira", "terça"],
    ["quarta feira"],
    ["quinta feira"],
    ["sexta feira", "sexta"],
    ["sábado", "sabado"],
    ["domingo"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "mort[oa]s?", "mortes", "ferid[oa]s?", "desaparecid[oa]s?", "detid[oa]s?", "pres[oa]s?",
        "desalojad[oa]s?", "desabrigad[oa]s?", "óbitos?", "hospitalizad[oa]s?",
        # (23rb, D123) poisoned by smoke or gas: an outcome of a fire ("um morto e 11 intoxicados")
        "intoxicad[oa]s?",
    ],
    "casualties": [
        "vítimas?", "casos", "afetad[oa]s?",
    ],
    "numbers": {
        "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4,
        "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
        "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
        "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
        "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200,
        "trezentos": 300, "trezentas": 300, "quatrocentos": 400, "quatrocentas": 400,
        "quinhentos": 500, "quinhentas": 500, "seiscentos": 600, "seiscentas": 600,
        "setecentos": 700, "setecentas": 700, "oitocentos": 800, "oitocentas": 800,
        "novecentos": 900, "novecentas": 900,
    },
    "scales": {
        "mil": 1000, "milhão": 1_000_000, "milhao": 1_000_000, "milhões": 1_000_000,
        "milhoes": 1_000_000, "mi": 1_000_000, "bilhão": 1_000_000_000, "bilhões": 1_000_000_000,
        "k": 1000,
        # "5 mil milhões" (5 billion, European Portuguese; rule 8): one scale word (D39)
        "milmilhões": 1_000_000_000,
        # (17nj) the scale with its "de" ("20,9 milhões de pessoas a mais"): one word, so that a
        # word after the counted noun ("a mais", more) is read there, as after "20 mil pessoas"
        # (rule 12, D49)
        "milhões de": 1_000_000, "milhão de": 1_000_000, "bilhões de": 1_000_000_000,
        "bilhão de": 1_000_000_000,
    },
    "after_number": ["k", "mi"],
    "collective": {
        # (lexicon 17, session 6) half a dozen, half a hundred
        "meia dúzia": 6, "meia duzia": 6, "meia centena": 50, "meio milhar": 500,
        "dezena": 10, "dúzia": 12, "duzia": 12, "vintena": 20, "centena": 100, "milhar": 1000,
        # (17gwb) "um milhar e meio" (some 1,500), "uma dezena e meia" (some 15): the collective
        # and its half, one approximate count (D6)
        "dezena e meia": 15, "dúzia e meia": 18, "centena e meia": 150, "milhar e meio": 1500,
    },
    "vague": {
        "dezenas": 10, "dúzias": 12, "centenas": 100, "milhares": 1000, "milhões": 1_000_000,
        # (17nj) with its "de", as the scale below ("milhões de pessoas": millions of people)
        "milhões de": 1_000_000, "bilhões de": 1_000_000_000,
    },
    # (17df, D87) "ambos": two, when the phrase holds no other quantity and no "e"
    # ("Morreram dois homens, ambos de 27 anos" keeps its 2)
    "both": ["ambos", "ambas"],
    "several": [
        # (lexicon 17, session 6) a handful of
        "um punhado de", "um punhado",
        "vários", "várias", "varios", "alguns", "algumas", "uns poucos", "umas poucas", "um par de",
    ],
    "articles": ["um", "uma"],
    "of": ["de"],
    "and": ["e"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "abaixo dos", "abaixo das", "acima dos", "acima das", "perto dos", "perto das",
        "ao redor de", "ao redor dos", "ao redor das", "em torno dos", "em torno das",
        "por volta dos", "por volta das", "praticamente", "próximo dos", "próximo das",
        "na casa dos", "na casa das",
        "até", "cerca de", "perto de", "por volta de", "em torno de", "acima de", "abaixo de",
    ],
    "approx": [
        # (lexicon 17, session 6) register and articled variants of cerca de
        "por volta dos", "por volta das", "em torno dos", "em torno das", "ao redor de",
        "ao redor dos", "ao redor das", "a volta de",
        "na casa dos", "na casa das", "na faixa de", "na faixa dos", "na faixa das",
        "mais ou menos", "aproximadamente uns",
        "cerca de", "aproximadamente", "por volta de", "em torno de", "uns", "umas", "estimados",
        "estimadas", "aprox.", "~", "na ordem de", "da ordem de", "algo como", "cerca",
        "na ordem dos", "na ordem das", "da ordem dos", "da ordem das",
        # (17cg) "estimate at" before the number ("o relatório estima em 216 mil o número"), the
        # verb and its participle (rule 2, D65.1)
        "estima em", "estimam em", "estimou em", "estimaram em", "se estima em", "estimado em",
        "estimada em", "estimados em", "estimadas em",
        # "estima que 15" (estimates that 15), like "an estimated"
        "estima que", "estimam que", "estima-se que",
        # (17gwb) European Portuguese "à volta de" / "à roda de" (around; "à" is rewritten to "a"
        # below, so that the French "à" votes for no Portuguese, D15), "qualquer coisa como"
        # (something like), "rondar" (hover around: "rondam os 300")
        "a volta dos", "a volta das", "a roda de", "a roda dos", "a roda das",
        "qualquer coisa como", "ronda os", "ronda as", "rondam os", "rondam as", "rondar os",
        "rondar as", "rondando os", "rondando as", "rondava os", "rondavam os",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "ligeiramente superior a", "ligeiramente acima de", "um pouco acima de", "pouco superior a",
        "um pouco superior a",
        # (lexicon 17, session 6) register variants of mais de
        "não menos que", "não menos do que", "mais do que", "acima dos", "acima das", "passa dos",
        # (17cg) "nada menos que 158" (no less than), as "não menos que" (rule 3, D65.2)
        "nada menos que", "nada menos do que",
        "passam dos", "passou dos", "passaram dos", "muito mais de", "um pouco mais de",
        "nao menos de",
        "mais de", "pelo menos", "ao menos", "no mínimo", "no minimo", "não menos de", "supera",
        "superam", "superou", "ultrapassa", "ultrapassam", "ultrapassou", "excede", "excedem",
        "acima de", "bem mais de", "mínimo de", "superior a", "passa de", "passam de",
        "passou de", "passaram de", "pouco mais de",
        # (32rb, D221.1) the gerund, the infinitive and the imperfect, as the present and past
        # ("passando dos 2.700 casos", "após passar de 1,4 milhão de óbitos"): at least (rule 3,
        # D143); "passando de A para B" stays the change's new total (D35)
        *(f"{verb} {of}" for verb in ("passando", "passar", "passava", "passavam")
          for of in ("de", "dos", "das")),
        # every form of "superar" and "ultrapassar" (D39): superar, superaram, ultrapassará …
        "supera\\w*", "supere\\w*", "ultrapassa\\w*",
        # "ultrapassam a casa dos 600" (pass the 600 mark)
        "ultrapassa a casa dos", "ultrapassam a casa dos", "ultrapassou a casa dos",
        "ultrapassaram a casa dos", "supera a casa dos", "superou a casa dos", "passa da casa dos",
        "passou da casa dos",
        # (17gwb) European Portuguese "para cima de" (upwards of)
        "para cima de", "para cima dos", "para cima das",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of no máximo
        "não mais do que", "menos do que", "quando muito", "abaixo dos", "abaixo das", "no maximo",
        "nao mais de",
        "até", "no máximo", "não mais de", "não mais que", "menos de", "um máximo de", "máximo de",
        "inferior a", "abaixo de",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "ligeiramente inferior a", "ligeiramente menos de", "um pouco abaixo de", "pouco abaixo de",
        "pouco abaixo dos", "pouco abaixo das", "ligeiramente abaixo de", "pouco inferior a",
        "um pouco inferior a",
        # (lexicon 17, session 6) register variants of quase
        "perto dos", "perto das", "próximo dos", "próximo das", "proximo de", "pouco menos de",
        "se aproxima de", "se aproximam de", "aproximando-se de", "praticamente", "beirando os",
        "beirando as",
        "quase", "perto de", "próximo de", "próximo a", "próxima de", "próxima a", "próximos de",
        "próximas de", "beirando", "beira", "quase que",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "mais ou menos", "aprox.", "aprox",
        "aproximadamente",
    ],
    # "N, senão mais" (or even more) is at least, as "ou mais" (D3, D41)
    "post_at_least": [
        # (lexicon 17, session 6) after the number: 300 e tantos
        "e tantos", "e tantas", "e poucos", "e poucas", "e pouco", "pelo menos", "ou mais de",
        "ou mais", "e tanto", "+", "no mínimo", "senão mais", "ou até mais",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number
        "ou menos", "quando muito", "no maximo",
        "no máximo",
    ],
    "additional": [
        "outros", "outras", "adicionais", "adicional", "mais outros", "reforço de",
        "extras", "extra",
        # (17cg) "somam-se dois" (two are added), as fr "se sont ajoutées" (D65.3)
        "somam-se", "soma-se", "somaram-se", "juntam-se", "juntaram-se",
    ],
    # "new" counts only after the number ("3.339 novos casos"), not before it (D40)
    "additional_post": ["a mais", "adicionais", "novos"],
    "including": [
        # (lexicon 17, session 6) breakdown words
        "das quais", "entre elas", "dentre eles", "dentre elas", "sendo",
        "incluindo", "dos quais", "entre eles", "inclusive",
        # (17gwb) "entre os quais" (among whom), "incluídos" / "incluídas" (included)
        "entre os quais", "entre as quais", "dentre os quais", "dentre as quais",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "composto por", "composta por", "compostos por", "compostas por",
        "formado por", "formada por", "formados por", "formadas por",
    ],
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "subiu para", "subiram para", "sobe para", "sobem para", "aumentou para", "aumentaram para",
        "passou para", "passaram para", "cresceu para", "cresceram para", "saltou para",
        "saltaram para", "caiu para", "caíram para", "diminuiu para", "diminuíram para",
        "elevou-se para", "elevaram-se para",
        "totalizando", "total", "no total", "um total de", "ao todo", "somando", "em conjunto",
        # (17gwb) the verb "totalizar" ("as vítimas totalizam 300"), "num total de"
        "totaliza", "totalizam", "totalizou", "totalizaram", "num total de",
    ],
    "range_pre": [
        # (lexicon 17, session 6) articled forms: dos 200 aos 300
        "dos", "das",
        "entre", "de", "entre os", "entre as",
    ],
    "range_sep": [
        # (lexicon 17, session 6) articled forms: dos 200 aos 300
        "aos",
        "a", "ou", "até", "senão", "se não", "ou até mesmo", "ou mesmo",
    ],
    "range_and": ["e", "e os", "e as"],
    # (17gwb) "porcento" written as one word
    "percent": ["%", "por cento", "porcento"],
    "fraction": [
        "vezes", "meio", "meia", "metade", "terço", "terços", "quarto", "quartos", "maioria",
        "proporção",
        # (33ra, D224.3) "nearly the whole of" the count ("la quasi-totalité des 13 152 raflés"):
        # a part of it, as "la plupart des" (rule 13, D49); "la totalité des" (the whole) stays
        "quase totalidade", "quase a totalidade",
        # (17nj) "seis pessoas em outros tantos acidentes" (six people in as many accidents):
        # a second count equal to the first, one per thing, as "um em cada": no single total
        # (rule 13, D45.5, D49)
        "outros tantos", "outras tantas",
        # (17gwb) "a maior parte dos 300" (most of the 300): a part of the count, as it "la
        # maggior parte dei" (rule 13, D49)
        "a maior parte dos", "a maior parte das", "maior parte dos", "maior parte das",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "toda noite", "todas as noites", "por noite",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "por minuto",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "todos os dias", "todas as semanas", "todos os meses",
        "por quilômetro quadrado", "por quilómetro quadrado", "por quilômetros quadrados",
        # (17cs) "todos os anos" (every year), as "a cada ano" (rule 13)
        "todos os anos", "todo ano",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "por mil",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "em média", "uma média de", "em media",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "média diária", "média semanal", "média mensal", "média anual",
        "por dia", "ao dia", "diários", "diariamente", "por semana", "por mês", "ao mês",
        "por hora", "por ano", "ao ano", "cada um", "cada uma", "cada",
        # (17np) "R$ 50 mil por máquina", "R$ 30 por pessoa": an amount per thing or head is a
        # per-unit figure (rule 13, D19, D55.3); "por" alone is "by, for" ("presos por policiais")
        "por pessoa", "por cabeça", "por máquina", "por unidade", "por habitante", "por aluno",
        "por animal", "por veículo", "por família", "por paciente", "por infração", "por quilo",
        "por hectare", "por litro", "por tonelada", "por trabalhador", "por funcionário",
        "per capita",
        # (17gwb) adverbs and adjectives of a rate ("300 mortos anualmente", "mortes anuais")
        "anualmente", "mensalmente", "semanalmente", "anuais", "mensais", "semanais", "diárias",
    ],
    "units": [
        "batalhão", "batalhões", "brigada\\w*", "regimento\\w*", "divisão", "divisões",
        "companhia\\w*", "unidades",
        # (34ra, D226.4) contingents counted, in the plural ("11 contingentes")
        "contingentes",
    ],
    # (17gwb) "inúmeros" / "incontáveis" (countless), superlatives, "an unknown number"
    "uncountable": [
        "muitos", "muitas", "numerosos", "numerosas", "um grande número", "inúmeros", "inúmeras",
        "incontáveis", "muitíssimos", "muitíssimas", "um número indeterminado",
        "um número elevado", "um elevado número",
    ],
    # "no mesmo período de 2018", "início de 2020" (D7)
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "após", "a partir de", "depois de",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "antes de",
        # (17ci) a period, month, season or level and "of" before a year ("the same month of
        # 2013", "ai livelli del 2008"): a date (D7, D66.2)
        "mesmo mês de", "mesmo período de", "nível de", "níveis de", "temporada de",
        # (17nl) "em relação a 2022", "em comparação com 2022" (compared with 2022): the year of
        # a comparison, no second count (D7, D51.2)
        "em relação a", "em relação ao", "em comparação com", "em comparação a",
        "comparado a", "comparado com",
        # (17cs) a quarter of a year before the year ("no primeiro trimestre de 2023"): a
        # date (D7, D50)
        "trimestre de",
        "em", "desde", "ano", "período de", "periodo de", "ano de", "início de", "inicio de",
        "final de", "fim de", "meados de",
        # (17nf) "nos primeiros dias de 2023", "nos primeiros meses de" (D7, D46)
        "dias de", "meses de", "semanas de",
        # "durante 2019" (during 2019, D39)
        "durante", "ao longo de",
        # (17nj) a census or a feast with its year ("no Censo 2000", "Censo de 2010", "saidinha de
        # Natal de 2023") is a date (D7, D49)
        "censo", "censo de", "natal de", "páscoa de", "carnaval de", "réveillon de",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "primeira metade de", "segunda metade de", "primeiro semestre", "segundo semestre",
        "primeiro semestre de", "segundo semestre de",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a category,
    # class, serogroup, type, level, draw ("concurso 2500") or edition, an age ("idade de 47")
    "not_count_pre": [
        # (22rd, D116) a capacity told before its number, as en "capacity of" (D96): no count
        # beside another number
        "capacidade para", "capacidade de",
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "disque", "número",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitude", "de magnitude",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "capítulo", "artigo", "km", "quilômetro", "quilómetro", "rodovia",
        # (17cd) "desde o último dia 17" (the 17th): a day of the month after its word (D7, D59.6)
        "último dia", "próximo dia", "desde o dia",
        # (17ca) a week's number after its word ("KW 15", "semaine 40"): no count (D59.5)
        "semana epidemiológica",
        "categoria", "classe", "sorogrupo", "sorotipo", "tipo", "nível", "sorteio",
        "edição", "episódio", "idade de", "versão", "modelo",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("três a mais que em 2020", "12 mortes a menos do que"): no count beside the
    # count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}a (?:menos|mais)"
        r" (?:do que|que|em relação|em comparação|comparado|face|ante)(?![^\W\d_])",
    ],
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("outros prédios … cerca de
    # 300")
    "other_words": ['outros', 'outras', 'outro', 'outra'],
    "source_words": ["(?<!\\w)segundo(?!\\w)", "(?<!\\w)de acordo com(?!\\w)"],
    "compared_pre": [
        # (17ct, D76.4, D66.1) "ante" (against, compared with)
        "ante", "ante os", "ante as",
        "em comparação com", "em comparação a", "comparado com", "comparado a", "comparados com",
        "comparados a", "contra", "contra os", "contra as",
        "frente a", "frente aos",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "rua", "avenida", "av.", "travessa", "praça", "largo", "estrada",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "quilovolts", "quilowatts", "megawatts",
        "gigawatts", "volts",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "andar",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "milímetros",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "graus", "grau", "graus celsius",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metros", "metro", "km", "quilômetros", "quilómetros", "quilômetro",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "pés", "milhas",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "hectares", "hectare",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "de", "dos", "das", "do", "da",
    ],
    "time_units": [
        # (17cd) "last" between the number and its unit ("as duas últimas semanas"), as fr
        # "dernières" (D43.4); "fins de semana" (weekends) (D59.8)
        "últimas semanas", "últimos dias", "últimos meses", "últimos anos", "últimas horas",
        "fins de semana",
        # (17cs) a size of a building ("um prédio de 20 andares"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "andares",
        "hora\\w*", "dia", "dias", "semana\\w*", "mês", "mes", "meses", "ano", "anos", "minuto\\w*",
        "noite\\w*",
        # (17nj) also before "de", where "dias de" marks a year (17nf): "nos quatro dias de
        # operação" is a duration (D40, D49); "e meio" after the unit ("dois dias e meio") is
        # part of it, no fraction
        "dias de", "meses de", "semanas de", "dias e meio", "dia e meio", "horas e meia",
        "hora e meia", "anos e meio", "ano e meio", "meses e meio", "mês e meio", "semanas e meia",
        # (17gwb) decades, centuries, quarters and half-years ("três décadas", "dois séculos")
        "década", "décadas", "século", "séculos", "trimestre", "trimestres", "semestre",
        "semestres", "biênio", "triênio", "quinquênio",
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
            "mamãe", "papai",
            "mulher", "homem", "menina", "menino", "avó", "avô", "filho", "filha",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "criança", "bebê", "bebé", "adolescente", "adulto", "adulta", "irmão", "irmã", "tio",
            "tia", "primo", "prima", "sobrinho", "sobrinha", "neto", "neta", "cunhado", "cunhada",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 crianças e a professora"
            "professor", "professora", "monitor", "monitora", "cuidador", "cuidadora",
            "enfermeiro", "enfermeira", "proprietário", "proprietária",
            # (17dd, D85.1) "3 soldiers and their commander"
            "comandante",
            "piloto", "copiloto", "motorista", "condutor", "condutora", "capitão", "guia",
            "instrutor", "mãe", "pai", "esposa", "marido"],
        "and": ["e"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["seus", "suas"],
        "verbs": ["\\w+ram", "são", "estão", "morrem", "eram", "estavam"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "não dois, mas doze", "não dois e sim doze", "doze e não dois"; "não só 2 mas também 3"
    "contrast": {
        "not": [
            "não", "nao", "em vez de", "ao invés de", "em lugar de", "não foram", "não são",
            "não eram", "não serão", "não seriam", "não foi", "não é", "não era", "não houve",
            "não há", "não havia", "não haverá",
        ],
        "but": ["mas", "e sim", "senão", "senao", "porém", "porem"],
        "also": ["também", "tambem", "além disso"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "aumento", "alta", "queda", "redução", "diminuição", "crescimento", "subida", "descida",
        "salto", "recuo", "elevação", "aumentou", "aumentaram", "subiu", "subiram", "caiu",
        "caíram", "cresceu", "cresceram", "diminuiu", "diminuíram", "passou", "passaram", "recuou",
        "saltou",
    ],
    # (17ct, D76.5) the new count's "to" of a change ("de 103 para 149"): no range word
    "change_to": ["para"],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("1.200 maiores de 65", "menores de 15"); alone it stays
    "age_limits": [
        after(r"(?:com|acima|abaixo) ", *PEOPLE)
        + r"(?:com (?:mais|menos) de|acima d[eo]s?|abaixo d[eo]s?) " + AGE
        + r"\b(?: anos)?(?! ?(?:mil\b|milhões|milhão|%|vezes|dias|semanas|meses|horas|km|metros|"
        r"quilos|toneladas))",
        r"\b(?:maiores|menores) de " + AGE + r"(?: anos)?(?!\w)(?! ?(?:mil\b|milhões|milhão|%))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["maiores", "menores", "mais de", "menos de", "acima", "abaixo"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["e"],
        "plus": ["mais"],
        "the": ["o", "a", "os", "as", "seu", "sua", "seus", "suas"],
        "whole": [
            r"do total", r"(?:deste|desse|daquele) total", r"do número total",
            r"(?:deste|desse) número",
        ],
        "how": [
            "graves", "grave", "gravemente", "levemente", "ligeiramente", "em estado grave",
            "em estado gravíssimo", "em estado crítico", "com gravidade",
        ],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "mísseis", "míssil", "misseis", "missil", "foguetes?", "drones?", "bombas?",
            "projéteis", "projétil", "shaheds?",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(partiu|partiu-se|partiram|partida|partido|quebrou|quebrou-se|quebrada|quebrado|"
         r"rachou|rompeu|rompeu-se|rompe|rompe-se) (?:ao meio|em dois|em duas)\b"
         r"(?! (?:partes|pontos|lugares)\b)",
         r"\1"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("a 30 quilômetros de")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\ba (?:(?:cerca de|quase|mais de|menos de|apenas|uns|umas|pouco mais de) )?(?:"
            r"\d[\d.,]*+(?: \d{3})*|[a-záéíóúâêôãõç]+) (?:km|quil[oó]metros?|quilômetros?|me"
            r"tros?|m|milhas?)(?= (?:de|do|da|dos|das|ao norte|ao sul|ao leste|ao oeste|a no"
            r"rte|a sul|a leste|a oeste|a nordeste|a noroeste|a sudeste|a sudoeste|ao largo)"
            r"\b|\s*[,.;]|$)",
            r"a",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "outras fontes indicam 600 mortos"
        (r"\b(?:outr[oa]s) (?=(?:fontes?|estimativas|dados|relatos|testemunhas|especialistas|meios|"
         r"organizações|relatórios|autoridades)\b)", ""),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\b(?:uma )?meia[- ]hora\b", "30 minutos"),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\b(?:um )?meio ano\b", "6 meses"), (r"\b(?:um )?meio século\b", "50 anos"),
        # (17cd) "de duas rodas" (two-wheeled) names a vehicle's kind, no count (D32, D59.9)
        (r"\bde (?:duas|três|quatro|2|3|4) rodas\b", "de rodas"),
        # (17cb) "o piloto e todos os quatro passageiros": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )e (?:todos|todas) (?:os|as) (?=\d|(?:"
            r"dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|"
            r"doze)\b)",
            "e outros ",
        ),
        # (17nw) "dezenove mil, novecentos e trinta e três": a comma after a scale word and before a
        # hundreds word is inside the number written in words (D53.1)
        (
            r"\b(mil|milhão|milhões|milhao|milhoes), (?=(?:cem|cento|duzent|trezent|quatrocent|"
            r"quinhent|seiscent|setecent|oitocent|novecent)[oa]?s?\b)",
            r"\1 ",
        ),
        # (17gwb) "à volta de 300" (around 300): the grave accent of the contraction, as listed
        (r"\bà (?=(?:volta|roda) d[eoa]s?\b)", "a "),
        # (17nh) "not passed N" ("não passaram de 2.000") is at most N, as "not exceeding N" (D42,
        # D48.6)
        (
            # (32rb, D221.1) the gerund and infinitive too ("não passando de 2.700")
            r"\bnão (?:passa|passam|passou|passaram|passava|passavam|passando|passar|supera|"
            r"superam|superou|superaram|ultrapassa|ultrapassam|ultrapassou|ultrapassaram|excede|excedeu)"
            r" (?:de |os |as |dos |das )?(?=\d)",
            "até ",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 cada ",
        ),
        # (17nh) the number of a road, line or flight ("um ônibus da linha 318", "a rodovia 101",
        # "o voo 370", "no km 45") is a designation, no count (D32, D48.2)
        (
            r"\b(linha|rodovia|estrada|voo|rota|plataforma|km) (?:[a-z]{1,2}-? ?)?\d{1,4}\b"
            r"(?![.,]\d)(?! ?(?:km|quilômetros|quilómetros|metros|m)\b)",
            r"\1",
        ),
        # (17nh) a clock time written "14:30" after "às", "das", "até as" ... or an hour range
        # "das 8 às 11" is no count (D28, D48.1)
        (
            r"\b(às|as|das|até as|até às|a partir das|por volta das|antes das|depois das) "
            r"(?:[01]?\d|2[0-3])(?::[0-5]\d|(?<!\bas \d)(?<!\bas \d\d)\.[0-5]\d"
            r"(?! ?(?:milhões|mil)\b))\b(?![.,:]?\d)",
            r"\1 ",
        ),
        # (19ms, D90) a day and month in two digits each after the article or preposition of a
        # date ("entre 06/08 e 16/08, 2.413 atendimentos"): a date without its year, no fraction
        (
            r"\b(em|no dia|dia|desde|até|entre|de) "
            r"(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d]|[.,]\d)",
            r"\1 ",
        ),
        (
            r"(?<=\be) "
            r"(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d]|[.,]\d)",
            " ",
        ),
        (
            r"\b(das|desde as) (?:[01]?\d|2[0-4]) (às|até as|até às) (?:[01]?\d|2[0-4])\b"
            r"(?![.,:]?\d)(?! (?:mil|milhões)\b)",
            r"\1 \2 ",
        ),
        # (17ng) "deixou, pelo menos, 16 famílias" (left at least 16 families): a qualifier set off
        # by commas right before its number qualifies it; the commas bracket the qualifier, no
        # clause (D1, D47)
        (
            r",\s*(pelo menos|no mínimo|ao menos|no máximo|cerca de|aproximadamente|quase),\s*"
            r"(?=\d|(?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|cem|mil)\b)",
            r" \1 ",
        ),
        # (17ng) "4,175 milhões de estudantes" (4.175 million): Portuguese writes the decimal with a
        # comma and groups thousands with a point, so a comma and three digits before a plural
        # scale is the decimal comma (rule 9, D40.6, D47); "4.175 milhões" stays 4,175 million
        (
            r"(?<![\d.,])(\d{1,3}),(\d{3})"
            r"(?= (?:milhões|milhão|bilhões|bilhão|trilhões|trilhão)\b)",
            r"\1,\g<2>0",
        ),
        # (17nf) "no meio da tarde" (in the middle of the afternoon): "meio" before a part of the
        # day or of a place is "middle", no half (D46)
        (r"\b(?:no|ao|pelo|em|do) meio d[aoe]s? (?=(?:tarde|manhã|noite|dia|semana|mês|ano|"
         r"madrugada|caminho|rua|estrada|mar|rio|mata|floresta|cidade)\b)", " "),
        # (17nf) "um dos quatro detidos", "uma das 20 vítimas" (one of the four): "um" before
        # "dos / das" and a number is "one", a share of them (rule 13, D8, D46)
        (
            r"\b(?:um|uma) (?=d[oa]s (?:\d|(?:dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|"
            r"dez|onze|doze|treze|catorze|quatorze|quinze|vinte|trinta|quarenta|cinquenta|cem)\b))",
            "1 ",
        ),
        # (17nf) "Das 15 unidades que aderiram ao movimento, 11 já recuaram" (of the 15 units,
        # 11): "of the N" opening the phrase before a comma and a count names the whole of a
        # share (rule 13, D37.4, D46; id "Dari 708 korban tersebut, 133")
        (r"^(d[oa]s) (\d[\d.,]*)([^,\d]*), (\d[\d.,]*)(?![\d.,])", r"\4 \1 \2\3"),
        # a height, depth or distance in metres ("de uma altura de três metros") is no count; a
        # length alone stays as written (D45.3)
        (
            r"\b(altura|profundidade|distância) de (?:cerca de |quase |mais de )?"
            r"(?:\d[\d.,]*|[a-záéíóúâêôãõç]+) (?:metros|m)\b",
            r"\1",
        ),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:senão|se não|ou até mesmo|ou até mais|ou mesmo)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (r"\b(?<=\d )de um total de (?=\d)", "dos "),
        # "dez vez mais do que" (ten times more, "vez" for "vezes"): a multiplier, no count
        # (rule 13, D41); "uma vez mais" (once more) is no multiplier
        (
            r"\b(?<![\d.,])(\d[\d.,]*|duas|três|quatro|cinco|seis|sete|oito|nove|dez|vinte|cem|"
            r"mil) vez "
            r"(?=(?:mais|menos|maior|maiores|menor|menores|superior|inferior)\b)",
            r"\1 vezes ",
        ),
        # a clock time told by the part of the day ("hasta las cinco de la mañana", "at 5
        # a.m.", "às cinco da manhã", "alle cinque del mattino") is no count (D28, D41)
        (
            r"\b(às|as|até às|até as|desde as|desde às|por volta das|das|pelas) (?:\d{1,2}|uma|"
            r"duas|"
            r"três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)(?:[:.][0-5]\d| e meia)? "
            r"(?:da (?:manhã|tarde|noite|madrugada))\b",
            r"\1 ",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(alguns|algumas|vários|várias|muitos|muitas)(?= (?:deles |"
            r"delas )?(?:em estado grave|gravemente|com gravidade|em estado crítico|graves?)\b)",
            r", entre eles \1",
        ),
        # "another dozen" written with a singular "other" before a collective numeral ("Otra
        # docena de personas", "une autre dizaine", "un'altra decina", "outra dezena") is
        # additional, approx (D6, D12, D41); "otra" alone is no "more" word ("por otra parte")
        (
            r"\b(?:outra|outro)(?= (?:dezena|dúzia|duzia|vintena|centena|milhar)\b)",
            "outros",
        ),
        # a singular scale word after "1" and three digits ("1,127 milhão") is 1.127 of it: the
        # singular says the number is below two, so the separator is the decimal point (rule 9,
        # D40)
        (r"\b1[.,](\d{3}) milh(?:ão|ao)\b", r"1\1 mil"),
        (r"\b1[.,](\d{3}) bilh(?:ão|ao)\b", r"1\1 milhões"),
        # "5 mil milhões" (5,000 million = 5 billion): "mil" multiplies the scale after it (rule 8)
        (r"\bmil milh(?:ões|oes)\b", "milmilhões"),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:uma|duas|três|as duas|ambas as) (doses?)\b", r"\1\2"),
        # "au moins un enfant" (at least one child): after an at-least word the article is the
        # numeral one, as "at least one" (D8, D39); not before a magnitude ("au moins un millier");
        # also with "mais" (more) between: "pelo menos mais uma pessoa" = at least 1 more (D40)
        (
            r"\b(pelo menos|ao menos|no mínimo) (mais )?(?:um|uma)\b"
            r"(?! ?(?:\d|milhar|milhão|milhao|centena|dezena|dúzia|duzia|meio|meia|terço|quarto|"
            r"pouco|mil)\w*)",
            r"\1 \g<2>1",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\bnenhum(?:a)? (?:dos|das|destes|destas) "
            r"(?=\d|(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte|trinta|"
            r"quarenta|cinquenta|cem)\b)",
            "0 de ",
        ),
        # "neste domingo (3)": the day of the month in brackets after a weekday is a date (D7,
        # D39)
        (
            r"\b(domingo|s[áa]bado|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?) "
            r"\((?:dia )?\d{1,2}\)",
            r"\1",
        ),
        # "superou a marca de 1 milhão" (passed the mark of): the mark is the number's (D39)
        (
            r"\b(supera\w*|superou|ultrapass\w*|atingi\w*|alcanç\w*) "
            r"(?:(?:hoje|ontem|já|também|agora) )?(?:a |o )?"
            r"(?:marca|barreira|cifra|patamar|nível|teto)(?: d[aeo]s?)?\b",
            r"\1",
        ),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:número|nº|n\.º) ?\d+(?:[.,]\d+)*\b", " "),
        # a clock time "23h30", "vers 23h", "22 h 15" is no count (D28, D37)
        (r"\b\d[\d.,]* ?h(?: ?[0-5]\d)?\b", " "),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\b(passou|passaram|passando|passado|aumentou|aumentaram|aumentando|subiu|subiram|"
            r"subindo|saltou|saltaram|caiu|caíram|cresceu|cresceram|diminuiu|diminuíram|disparou|"
            # (17ta) the old count in words and its noun before its year ("disparou de oito para
            # 44", "saltou de 214 casos em 2023 para 5.998": D35, D56.5)
            r"elevou-se) de (?:cerca de )?(?:\d[\d.,]*|um|uma|dois|duas|três|quatro|cinco|seis|"
            r"sete|oito|nove|dez|onze|doze)(?: (?:mil|milhões|milhão))?(?= [^\W\d_]+ (?:em|no ano"
            r" de) (?:19|20)\d\d\b| (?:em|no|na|o|ontem|anteriormente|inicialmente|para)\b"
            # (17cc) or its noun alone, the new total in digits after "para" with no other noun
            # ("passando de 220 mortos para 225", D61.1; "de 10 feridos para 20 mortos", two
            # outcomes, stays two quantities, D49.1)
            r"| [^\W\d_]+ para \d[\d.,]*(?:$|[,;.)]| (?:em|este|esta|no|na|e)\b)"
            # (32rc, D222.3) or B with its own qualifier and the noun told again ("passou de 844
            # mortos para pelo menos 1234 mortos"): B and its qualifier
            r"| ([^\W\d_]+) para (?:(?:pelo menos|ao menos|no mínimo|mais de|cerca de|quase|"
            r"menos de|perto de) )?\d[\d.,]*(?: (?:mil|milhões|milhão))?(?: \2)?(?:$|[,;.)]))"
            r"(?: [^\W\d_]+(?= (?:em|no ano de) (?:19|20)\d\d\b| para (?:(?:pelo menos|ao menos|"
            r"no mínimo|mais de|cerca de|quase|menos de|perto de) )?\d))?"
            # the old count's year may follow it ("de 306 em 2014 para 444", D39)
            # or another word of its time ("de 935 no ano passado para 1.031", D41)
            # (17nj) also between commas ("passaram de 404, em 2012, para mais de 14 mil", D49)
            r"(?:,? (?:em|no ano de) (?:19|20)\d\d,?| no ano (?:passado|anterior)| o ano passado|"
            r" na semana passada| no mês passado| ontem| anteriormente| inicialmente)?"
            r" para (?=\S)",
            r"\1 para ",
        ),
        # (17cc) the new total first, the old count after "contra" or "ante" ("subiu para 46
        # contra 39 no ano passado"): the old count dropped, the new total B (D35, D61.2)
        (
            r"\b((?:passou|passaram|passando|aumentou|aumentaram|aumentando|subiu|subiram|subindo|"
            r"saltou|saltaram|caiu|caíram|cresceu|cresceram|diminuiu|diminuíram|disparou) para "
            r"(?:cerca de |mais de )?\d[\d.,]*(?: (?:mil|milhões|milhão))?(?: [^\W\d_]+)?),? "
            r"(?:contra|ante|frente a|frente aos|frente às) (?:os |as )?\d[\d.,]*"
            r"(?: (?:mil|milhões|milhão))?(?: (?:em|de) (?:19|20)\d\d| no ano (?:passado|anterior)|"
            r" do ano (?:passado|anterior))?(?![\d.,]*\d)",
            r"\1",
        ),
        # (17nj) "rose by N" ("aumentou em 300", not "em 2023"): the count of a rise is
        # additional, as en "grew by" (rule 12, D39, D49)
        (
            r"\b(aumentou|aumentaram|cresceu|cresceram|subiu|subiram) em "
            r"(?!(?:19|20)\d\d\b)(?=(?:cerca de |mais de |quase )?\d)",
            r"\1 em adicionais ",
        ),
        # (17nl) "um aumento de 395 óbitos" (an increase of 395 deaths): the noun of a rise
        # before its count is additional, as "aumentou em" (rule 12, D51.2); "aumento de casos"
        # without a number names no count
        (
            r"\b(aumento|acréscimo|acrescimo|crescimento) de "
            r"(?!(?:19|20)\d\d\b)(?=(?:cerca de |mais de |quase )?\d)",
            r"\1 de adicionais ",
        ),
        # "mais quatro detentos" (four more): "mais" right before a number is additional; "mais
        # de" stays "more than"
        (
            r"\bmais (?=(?:\d+|um|uma|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|"
            r"cem|mil)\b)",
            "outros ",
        ),
        # the number repeated in words in brackets ("As 11 (onze) vítimas"): one number
        (r"(\d+)\s*\([^\W\d_]+\)", r"\1"),
        # "13 milhões de m³" (cubic metres): not the scale "m" and a 3
        (r"(?<![\w\d])m[³3](?![\w\d])", " metros cúbicos"),
        (r"(?<![\w\d])km[²2](?![\w\d])", " quilômetros quadrados"),
        (r"(?<![\w\d])m[²2](?![\w\d])", " metros quadrados"),
        # "cerca de 500 pessoas, na maioria jovens": who most of them were is a breakdown (D30)
        (r",\s*(?:na|em sua|a) maioria\b", ", incluindo"),
        # (33ra, D224.4) "a maioria das fontes / dos historiadores" (most of the sources) is a
        # share of those who tell the count, not of the count: dropped
        (
            r"\ba (?:grande )?(?:maioria|maior parte) d(?=(?:as|os) (?:fontes|historiador[ea]s|"
            r"especialistas|estudos|estimativas|cálculos|autor[ea]s|pesquisador[ea]s|"
            r"investigador[ea]s)\b)",
            "",
        ),
        # the unit written at both ends of a range: "entre 320 milímetros e 500 milímetros" (rule 6)
        (r"\bentre (\d[\d.,]*) ([^\W\d]+) e (\d[\d.,]*) \2\b", r"entre \1 e \3 \2"),
        # "15 mortos, quatro deles crianças": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) (?:deles|delas)\b", r", incluindo \1"),
        (r"\bmeio (milhão|milhao|bilhão)\b", r"0.5 \1"),
        (r"\b(?:um |1 )(milhão|milhao) e meio\b", r"1.5 \1"),
    ],
    "stop": [
        # (17np) a currency written before the amount ("cerca de R$ 3,8 milhões", "acima de US$
        # 5"): a table word, so that a qualifier that is also a preposition reaches the number
        # across it (D34, D55.2)
        "r$", "us$", "u$",
        # (17nl) "em relação ao ano anterior" (compared with the year before): no "ao ano" (per
        # year), no rate (D51.2)
        "ao ano anterior", "ao ano passado",
        "o", "a", "os", "as", "soldados", "tropas", "militares", "norte-coreanos", "mortos",
        "feridos", "baixas", "pessoas", "trabalhadores", "e", "de", "do", "da", "em", "com", "para",
        "que", "mais", "cerca", "quase",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["inverno"],
        "spring": ["primavera"],
        "summer": ["verão", "verao"],
        "autumn": ["outono"],
    },
    "words": {
        "rel:last": ["passado", "passada", "anterior"],
        "rel:past": ["último", "última", "ultimo", "ultima"],
        "rel:past pl": ["últimos", "últimas", "ultimos", "ultimas"],
        "rel:this": ["este", "esta", "neste", "nesta", "deste", "desta", "corrente"],
        "rel:next": ["próximo", "próxima", "proximo", "proxima", "próximos", "próximas"],
        "unit:day": ["dia"],
        "units:day": ["dias"],
        "unit:week": ["semana"],
        "units:week": ["semanas"],
        "unit:month": ["mês", "mes"],
        "units:month": ["meses"],
        "unit:year": ["ano"],
        "units:year": ["anos"],
        "unit:hour": ["hora", "horas"],
        "quarterw": ["trimestre"],
        "halfw": ["semestre", "metade"],
        "part:begin": ["início", "inicio", "princípio", "começo"],
        "part:mid": ["meados", "meio"],
        "part:end": ["fim", "final", "finais"],
        "day:0": ["hoje"],
        "day:-1": ["ontem"],
        "day:1": ["amanhã"],
        "now": ["já", "atualmente", "até agora", "agora", "até o momento", "até hoje"],
        "before": ["recentemente", "anteriormente", "antes"],
        "future": ["em breve", "brevemente"],
        "since": ["desde", "a partir de"],
        "until": ["até"],
        "between": ["entre"],
        "and": ["e"],
        "ago": ["há", "atrás"],
        "n:1": ["um", "uma"],
        "n:2": ["dois", "duas"],
        "n:3": ["três", "tres"],
        "n:4": ["quatro"],
        "n:5": ["cinco"],
        "few": ["alguns", "algumas", "poucos", "poucas", "vários", "várias"],
        "ord:1": ["primeiro", "primeira"],
        "ord:2": ["segundo"],
        "ord:3": ["terceiro", "terceira"],
        "ord:4": ["quarto"],
    },
}

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 veículos bateram em vários
# pontos"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)em )(?:vários|várias|diversos|diversas) (?=(?:pontos|locais|"
    r"lugares)(?!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B" ("os
# pedidos cresceram 62%, de 913 para 1.479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(cresceram|cresceu|cresce|crescem|aumentaram|aumentou|aumenta|subiram|"
    r"subiu|caíram|caiu|diminuíram|diminuiu|saltaram|saltou)"
    r"(?: (?:de|em))? \d[\d.,]*\s?(?:%|por cento)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d"
    r")){0,60},(?= de (?:os |as )?\d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) "milhares e milhares", "centenas e centenas"
    "repeat": ["e"],
    # (D68.2) the units of mass, area and volume (not lengths, D66.3): "uma tonelada", "mais de
    # uma tonelada", "quase um hectare" are one unit (not "grama", also grass)
    "measures": [
        "tonelada", "toneladas", "quilo", "quilos", "quilograma", "quilogramas", "hectare",
        "hectares", "litro", "litros",
    ],
})

# (17cv, D78.3) "dois milhões e meio", "3 bilhões e meio": "e meio" after a magnitude is half of
# it, told as the next lower magnitude ("dois milhões e 500 mil"), as "um milhão e meio" (1.5)
# already is; "e meio" after a unit of time stays part of the duration
FIGURES["rewrites"] += [
    (r"(?<!\S)(milhões|milhoes|milhão|milhao) e meio(?!\w)", r"\1 e 500 mil"),
    (r"(?<!\S)(bilhões|bilhoes|bilhão|bilhao|mil milhões) e meio(?!\w)", r"\1 e 500 milhões"),
]

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Apesar de vários avisos, 12 pessoas morreram"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "apesar de", "após", "apos", "depois de", "antes de", "durante", "desde", "por",
        "devido a", "por causa de", "graças a", "gracas a", "para", "contra", "sem", "mediante",
        "ao longo de", "em razão de", "em virtude de",
    ],
    [
        "de", "e", "ou", "outros", "outras", "vezes", "centenas", "milhares", "dezenas",
    ],
))

# (17dc, D84.2) a count that did not reach or did not pass a value is at most (rule 3): "não chegou
# a 50", "não atingiu", "não ultrapassou", "não passou de" in their persons and tenses; "rose by
# N" without "em" ("o número de feridos aumentou 15") is additional as "aumentou em 15" (rule 12;
# "aumentou para 15" stays the new total)
FIGURES["at_most"] += [
    f"{neg} {verb}"
    for neg in ("não", "nao")
    for verb in (
        "chegou a", "chegaram a", "chega a", "chegam a", "chegava a", "chegavam a",
        "atingiu", "atingiram", "atinge", "atingem", "alcançou", "alcançaram", "alcança",
        "alcançam", "ultrapassou", "ultrapassaram", "ultrapassa", "ultrapassam",
        "passou de", "passaram de", "passa de", "passam de", "superou", "superaram",
    )
]
FIGURES["rewrites"].append((
    r"\b(aumentou|aumentaram|cresceu|cresceram|subiu|subiram) "
    r"(?!(?:19|20)\d\d\b)(?=(?:cerca de |mais de |quase )?\d[\d.,]*(?![\d.,])"
    r"(?! ?(?:%|por cento)))",
    r"\1 em adicionais ",
))

# (20fa, D91.1) an estimate told by its verb across its object ("estima o número de mortes em
# 829") or opened by "estima-se que" far from the number: approx
FIGURES["rewrites"] += [
    estimated_at(
        FIGURES, [r"(?:estima|estimam|estimou|estimaram) (?:o|a|os|as)"], ["em"],
        "aproximadamente",
    ),
    estimated_that(FIGURES, ["estima-se que", "calcula-se que"], "aproximadamente"),
]
# (20fa, D92.1) "N novas" (N new): additional, as "novos"
FIGURES["additional_post"] += ["novas"]
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(em|no|por) meio (?=(?:a|à|ao|aos|às|de|da|do|das|dos)(?!\w))", r"\1 ",
))
# (21rb, D102.2) "deste sábado, 27": the day of the month after a weekday named with "this / on
# the / last", set off by a comma and ending the clause, is a date, as "neste domingo (3)"; not
# the first digits of a number ("neste domingo, 3,4 mil pessoas")
FIGURES["rewrites"].append((
    r"\b((?:neste|nesta|deste|desta|este|esta|no|na|último|última|próximo|próxima) "
    r"(?:domingo|s[áa]bado|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?)),? (?:dia )?"
    r"(?:0?[1-9]|[12][0-9]|3[01])[°º]?(?=\s*(?:[,.;:](?!\d)|\)|$))",
    r"\1",
))

# (22rb, D107) the "to" of a count's change or reach told with "até" ("o número de mortos subiu
# até 170", rose to 170): the new total, exact (rule 1, D29, D31), as "chegou a 170"; only with
# a count as the verb's subject (número, balanço, total, …): "os preços aumentaram até 50%" (by up
# to 50 %) and "chegaram até 170 migrantes" (up to 170 arrived) keep "até" = up to
FIGURES["rewrites"].append((
    r"\b((?:número|balanço|total|saldo|contagem|cifra)\b[^\d,;:.]{0,60}?"
    r"\b(?:sub|cheg|aument|cresc|caiu|caí|ca[íi]ram|desc|diminu|passou|passaram|salt|"
    r"ating|alcan[çc])[^\W\d_]*(?: [^\W\d_]+){0,3}) até (?=(?:os |as |o |a )?(?:\d|um |uma ))",
    r"\1 a ",
))
# (22rb, D108) a per cent of rise right after its verb ("os casos aumentaram 10%", by 10 %) is
# additional, as "aumentaram 500" (17dc, D84.2) and "aumentaram em 10%" read (rule 12, D65,
# D102.4); "para 400" after it stays the new total
FIGURES["rewrites"].append((
    r"\b(aumentou|aumentaram|cresceu|cresceram|subiu|subiram|saltou|saltaram) "
    r"(?=(?:cerca de |mais de |quase )?\d[\d.,]*\s?(?:%|por cento)(?! ?,? para\b))",
    r"\1 em adicionais ",
))
# (22rb, D110) "alguns / algumas" on an institution or a medium that reports the count, its verb
# right after ("Alguns aeroportos relataram 300 cancelamentos"): the source's determiner, no count
# (D9), as "some officials"; not people who are also counted (round 4's fr "Certains survivants ont
# déclaré qu'il y avait 65 hommes" is labelled unparsed), and only where a number follows (alone it
# stays several)
FIGURES["rewrites"].append((
    r"\b(?:alguns|algumas) ((?:[^\W\d_]+ )?(?:aeroportos|companhias|hospitais|clínicas|mídias|"
    r"media|jornais|agências|autoridades|estudos|governos|países|estados|regiões|províncias|"
    r"municípios|ministérios|organizações) (?:relataram|informaram|registraram|registaram|"
    r"disseram|estimam|apontam|reportaram)\b)(?=.*\d)",
    r"\1",
))

# (23rc, D125) "one or two" told with the article that is also "one" ("uma ou duas pessoas", "um a
# dois mortos"): the range 1-2 (rule 6), as "1 ou 2" reads
FIGURES["rewrites"].append((
    r"(?<!\w)(?:um|uma) (ou|a) (?=(?:talvez )?(?:dois|duas)\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6), as "ou mesmo"
FIGURES["range_sep"] += ["ou talvez"]

# (23rc, D126) "menor (do) que" (smaller than) is at most (rule 4), as "menos de" ("menor do que
# 10.000 indivíduos"); the compound tenses of D84.2's verbs too ("não havia passado de 60")
FIGURES["at_most"] += ["menor do que", "menor que", "menores do que", "menores que", "inferiores a"]
FIGURES["at_most"] += [
    f"{neg} {aux} {verb}"
    for neg in ("não", "nao")
    for aux in ("havia", "haviam", "tinha", "tinham", "tem", "têm")
    for verb in ("chegado a", "atingido", "alcançado", "ultrapassado", "passado de", "superado")
]

# (23rd, D130.3) a noun of rise before a per cent ("uma alta de 12%", "um salto de 12%", "‘boom’
# de 173%"): additional, as "um aumento de 12%" (D102.4);
# before 17nl's rewrite of "aumento de N" (inserted first). Not a count: "alta de 500 pacientes" is
# a discharge from hospital
FIGURES["rewrites"].insert(0, (
    r"\b(?:alta|salto|boom|disparada)[\"'’”»]? (?:de|do) (?=\d[\d.,]*\s?(?:%|por cento))",
    "aumento de ",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\b((?:carros|automóveis|veículos|motos|caminhões|camiões)(?: [^\W\d_]+)?) (?:novos|"
    r"novas)\b|\b(?:novos|novas) (?=(?:carros|automóveis|veículos|motos|caminhões|camiões)\b)",
    r"\1",
))

# (23rf, D137) the nouns of a rise before the count or per cent they add ("um incremento de
# 9,4%", "uma elevação de 12%"), as "um aumento de" (rule 12, D108)
# ("aumento / acréscimo / crescimento de" read so already), written as the rewrite of 17nl writes
# those: "um incremento de 103 para 149" stays the new total 149 (D35)
FIGURES["rewrites"].append((
    r"\b(incremento|elevação) de (?!(?:19|20)\d\d\b)(?=(?:cerca de |mais de |quase )?\d)",
    r"\1 de adicionais ",
))
FIGURES["change"] += ["incremento"]

# (23rf, D138) "higher / lower than" with the article joined to "a" ("superior ao índice de 40%",
# "superior aos 500"), and "maior (do) que": at least / at most (rules 3, 4), as "superior a" and
# "menor (do) que" read. Not "superior à" (before a noun: "superior à média"): "à" in the table
# voted an unhinted French phrase ("un bilan final de 250 000 à 300 000 morts") Portuguese
FIGURES["at_least"] += [
    "superior ao", "superior aos", "superior às", "superiores a", "superiores ao",
    "superiores aos", "superiores às", "maior que", "maior do que", "maiores que",
    "maiores do que", "acima do", "acima da",
]
FIGURES["at_most"] += [
    "inferior ao", "inferior aos", "inferior às", "inferiores ao", "inferiores aos",
    "inferiores às", "abaixo do", "abaixo da",
]

# (23rf, D139) a stray space after a thousands point, "61. 852" (lang/_forms.py)
FIGURES["rewrites"].append(STRAY_POINT_SPACE)

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) the verbs of change the table lacked, in the present and the plural ("recuaram
# 29,8%, de 201 para 141", fell from 201 to 141): before "de A para B" the new total B (D35,
# D76.5), as "caíram de 201 para 141" reads
FIGURES["change"] += [
    "recuaram", "recua", "recuam", "cai", "caem", "sobe", "sobem", "subiram", "cresce", "crescem",
    "diminui", "diminuem", "aumenta", "aumentam", "despencou", "despencaram", "saltaram",
    "avançou", "avançaram", "baixou", "baixaram", "caiu para",
]
# (23rf, D139) and with those verbs the amount in per cent before "de A para B" after a comma
# ("recuaram 29,8%, de 201 para 141"): dropped, as the rewrite of 17cf drops it after "caíram"
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(recuaram|recuou|recua|recuam|despencaram|despencou|caem|cai|sobem|sobe|diminuem|"
    r"diminui|baixaram|baixou|avançaram|avançou|dispararam|disparou)"
    r"(?: (?:de|em))? \d[\d.,]*\s?(?:%|por cento)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d"
    r")){0,60},(?= de (?:os |as )?\d)",
    r"\1",
))

# (23rf, D139) a range told by its minimum and maximum, the noun on its first end ("um mínimo de
# 1269 lobos e um máximo de 1800"): the range A-B (rule 6), as "entre um mínimo de 1269 e um
# máximo de 1800" reads
FIGURES["rewrites"].append((
    r"\b(?:entre )?um mínimo de (\d[\d.,]*(?: (?:mil|milhões))?)((?: [^\W\d_]+)?),? e "
    r"um máximo de (\d[\d.,]*(?: (?:mil|milhões))?)",
    r"entre \1 e \3\2",
))

# (23rf, D140) "N dos últimos M meses" is a ratio (rule 13), as "15 de 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:dos últimos|das últimas|dos primeiros|das primeiras) \d+) (?:meses|anos|dias|"
    r"semanas)\b",
    r"\1",
))

# (23re, D133.2) "um incremento de 142%" (a rise of 142 %): a noun of change, as "aumento"; its
# per cent is the change's size, no share of the count beside it
FIGURES["change"] += ["incremento", "acréscimo"]
# (23re, D134.1) D122's size of a change told after the count with a sign ("(+3.932 em relação a
# 2023)") or the noun of the change before it ("um aumento de 3 mil pessoas em relação a 2022"),
# (the tables' rewrite reads "um aumento de adicionais 3 mil"), then the comparison: no count
# beside the count
FIGURES["differences"] += [
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:em relação|em comparação|comparado|face|ante)(?![^\W\d_])",
    r"(?:\S+ )*?(?:um |uma )?(?:aumento|incremento|acréscimo|crescimento|queda|redução|diminuição|"
    r"alta|subida|descida) de(?: adicionais)? # (?:[^\W\d_]+ ){0,2}(?:em relação|em comparação|"
    r"comparado|face|ante)(?![^\W\d_])",
]

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5.000 inscritos") tells the size of
# a change: additional (rule 12), written as "adicionais" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("adicionais"))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("aproximou-se de dois homens" is no mark)
_PT_BIG = mark_ahead(r"mil|milhões|milhão|milhoes|milhao", "os|as|o|a")

# (24ra, D143) "superar / ultrapassar / exceder" in every tense and participle, and "romper / bater
# a barreira de" ("ultrapassará os 31 mil", "rompeu a barreira dos 31 mil"): at least (rule 3), as
# "superou"; "beirar" and "aproximar-se de" in every tense: nearly, as "beira". Not after "não"
_PT_NOT = (r"(?<!\bnão )(?<!\bnão tem )(?<!\bnão têm )(?<!\bnão tinha )(?<!\bnão tinham )"
           r"(?<!\bnão havia )(?<!\bnão foi )(?<!\bnão foram )(?<!\bnão se )")
_PT_END = r"(?:a|am|ava|avam|ou|aram|ará|arão|aria|ariam|ado|ada|ados|adas|ando|ar|e|em)"
_PT_MARK = (r"(?: (?:a|o) (?:barreira|marca|casa|patamar|limite|teto|recorde) (?:de|dos|das|do|"
            r"da))")
FIGURES["rewrites"].append((
    _PT_NOT + r"\b(?:(?:super|ultrapass)" + _PT_END + _PT_MARK + r"?|exced(?:e|em|ia|iam|eu|"
    r"eram|erá|erão|ido|ida|endo|er)|(?:romp|rompe|rompeu|romperam|rompendo|rompido|bateu|"
    r"bateram|batendo|quebrou|quebraram|quebrando)" + _PT_MARK + r")(?= )",
    "superou",
))
FIGURES["rewrites"].append((
    # (28rb, D207) the infinitive "beirar" too ("pode beirar os 130 mil")
    _PT_NOT + r"\bbeir(?:a|am|ava|avam|ou|aram|ará|arão|aria|ando|ar)" + _PT_BIG, "beira",
))
FIGURES["rewrites"].append((
    _PT_NOT + r"\b(?:se )?aproxim(?:a|am|ava|avam|ou|aram|ará|arão|aria|ando)(?:-se)? "
    r"(?:de|dos|das|do|da)" + _PT_BIG,
    "beira",
))

# (24rb, D146) the decimal comma before the abbreviated scales too ("5,434 mi de pessoas" =
# 5,434,000; lang/_forms.py), as D47 reads "4,175 milhões"
FIGURES["rewrites"].append(decimal_comma_before("mi|bi|milhoes|milhao|bilhoes|bilhao"))

# (24rb, D147) multipliers are no counts (rule 13, as "vezes"): "multiplicado por 30"
FIGURES["fraction"] += [
    "multiplicado por", "multiplicada por", "multiplicados por", "multiplicadas por",
    "multiplicar por", "multiplica por", "multiplicam por", "multiplicou por",
    "multiplicaram por", "multiplicando por",
]

# (24rb, D147.2) a change "de QUAL A para B" (from over/about A to B: "passou de mais de 10 mil
# para 17 mil"): the old count's qualifier goes with the old count; the new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:passou|passaram|passando|passado|subiu|subiram|aumentou|aumentaram|cresceu|"
    r"cresceram|caiu|caíram|diminuiu|diminuíram|saltou|saltaram|baixou|baixaram|recuou|"
    r"recuaram|dobrou|triplicou) (?:de|dos|das)) "
    r"(?:pouco mais de|pouco menos de|mais de|menos de|quase|cerca de|perto de|uns|umas|"
    r"aproximadamente|apenas|pelo menos) (?=\d[^;]{0,40}? (?:para|a|até) (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['ou seja', 'isto é', 'quer dizer', 'em outras palavras', 'ou melhor']

# (24rd, D154) "rondar" (to hover around) in every tense before a number: approx, rewritten to
# "cerca de" with its article dropped ("rondou os 300", "ronda 300"). Only right before digits
# or "os / as" and digits ("as rondas", rounds, is no verb)
FIGURES["rewrites"].append((
    r"\brond(?:a|am|ava|avam|ou|aram|ará|arão|aria|ariam|e|em|asse|assem|ando|ar|ado|aram)"
    r" (?:(?:os|as|uns|umas) )?(?=\d)",
    "cerca de ",
))

# (24rc, D150) the size of a rise told in words ("Alta de oito por cento", "aumentou oito por
# cento", "um aumento de dez mortes"): additional, as the same told in digits (rule 12, D108,
# D130.3, 17nl);
# "alta / salto / boom / disparada / avanço / expansão de" only before a per cent ("alta de 500
# pacientes" is a discharge from hospital), also before a range ("alta de 8-10%"); "para" after it
# (rose from A to B) keeps the new total (D35). Falls stay a total.
_PT_NUMBER = number_word(w for w, v in FIGURES["numbers"].items() if v >= 2)
FIGURES["rewrites"].append((
    r"\b(aumentou|aumentaram|aumenta|aumentam|cresceu|cresceram|cresce|crescem|subiu|subiram|"
    r"saltou|saltaram|aumento|acréscimo|acrescimo|crescimento|incremento|elevação|subida)( em| de|"
    r" do| da)?(?= (?:cerca de |quase |mais de |perto de |aproximadamente |pelo menos )?"
    + _PT_NUMBER + r")(?![^.;]*\bpara\b) ",
    r"\1\2 adicionais ",
))
FIGURES["rewrites"].append((
    r"\b(?:alta|salto|boom|disparada|avanço|expansão)[\"'’”»]? (?:de|do) "
    + percent_ahead("%|por cento") + r"(?![^.;]*\bpara\b)",
    "aumento de adicionais ",
))

# (24rc, D151) the rate of a surface the table lacked ("por metro quadrado"): rule 13, D19, D114,
# as "por hectare" and "por quilômetro quadrado" read
FIGURES["rate"] += ["por metro quadrado", "por metros quadrados"]

# (24rc, D150) an adverb between a verb of rise and its size ("aumentou significativamente 10%",
# "cresceu consideravelmente em 500"): dropped, so "aumentou (em) N" reads, additional (rule 12,
# D108, 17nj); first of the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"\b(aumentou|aumentaram|cresceu|cresceram|subiu|subiram|saltou|saltaram)"
    r"(?: (?:[a-zãâáéêíóôõúç]+mente|ainda|muito)){1,2} "
    r"(?=(?:em )?(?:cerca de |quase |mais de )?\d)",
    r"\1 ",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("154, 2 mil pessoas" =
# 154,200): one or two digits after the space and a scale after them are a decimal (three digits
# are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "mil|milhão|milhao|milhões|milhoes|mi|bilhão|bilhao|bilhões|bilhoes|bi"))

# (25rb, D171) the words of a rise with something between: an adjective between the noun of a
# rise and its "de" ("um aumento significativo de 111%", "uma alta expressiva de 12%"), or before
# the noun ("um forte aumento de 10%"): dropped, so the rewrites of "aumento de N" read it,
# additional (rule 12, D150; "alta de" still only before a per cent); a per cent told "mais" /
# "mais alto" / "mais elevado" after it, at the end or before its comparison ("cerca de 4% mais
# alta", "34,5% mais"), is "a mais" (additional); not "os 10% mais ricos" (a share of people: an
# article before, no end). Falls stay a total
_PT_RISE = r"aumento|acréscimo|acrescimo|crescimento|incremento|elevação|elevacao|subida|alta|salto"
_PT_RISE_ADJ = (
    r"significativ[oa]|expressiv[oa]|forte|considerável|consideravel|substancial|acentuad[oa]|"
    r"ligeir[oa]|leve|pequen[oa]|grande|recorde|notável|notavel|important[e]|anual|históric[oa]|"
    r"historic[oa]|brusc[oa]|explosiv[oa]|vertiginos[oa]|nov[oa]|expressivo|robust[oa]|sensível|"
    r"sensivel|impressionante|real|médi[oa]|medi[oa]|interanual"
)
FIGURES["rewrites"].insert(0, (
    rf"\b(?:(?:{_PT_RISE_ADJ}) )?({_PT_RISE})(?: (?:{_PT_RISE_ADJ})){{0,2}} "
    r"(?=(?:de|do|da) (?:cerca de |quase |mais de |aproximadamente |perto de )?\d)",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<!\bos )(?<!\bas )(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|por cento)) mais(?: alt[oa]s?|"
    r" elevad[oa]s?)?(?= *$| *[,;.)]| (?:que|do que|em relação|em relacao|face|ante|frente|"
    r"comparad[oa]))",
    r"\1 a mais",
))

# (25rd, D177) an ordinal of a scale after cardinal words is no count (D7): "o dois milésimo
# caso" read 2; the whole ordinal is dropped. The other ordinals are words of their own
# ("vigésimo primeiro"); a plural is a fraction ("dois milésimos")
FIGURES["rewrites"].append((
    r"(?<![\w-])(?:(?:dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|"
    r"catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|"
    r"dezanove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|"
    r"duzentos|trezentos|quatrocentos|quinhentos|seiscentos|setecentos|oitocentos|novecentos|"
    r"mil|e) )+(?:centésim|milésim|milionésim)[oa](?![\w-])",
    "",
))

# (25rd, D180) "n°", "n.º" (folded "n.o") before digits name the thing so numbered ("o voo n°
# 7", "a lei n.º 14"), as "#14" and "№14" do (D74, D95.2): dropped, so a count beside it is read
FIGURES["rewrites"].append((r"(?<![\w.])(?:n°|n\.o|n\.°) ?\d+(?![\d]|[.,]\d)", " "))

# (26ra, D182) "+ de" before a number is "mais de" (at least, rule 3): "+ de 100 pessoas"
FIGURES["rewrites"].insert(0, (r"(?<![\w+])\+ ?(?=de \d|de (?:um|uma|dois|duas|três|cem|mil)\b)",
                               "mais "))

# (26rb, D185.3) "sair de A para B" (going from A to B) and "passar a ser de A para B": the
# change's new total, as "passando de A para B" (D35); only with a number after "de" and "para".
# (26rb, D187.2) "one in N" told with "em" ("uma em mais de 50 milhões", "uma chance em 50
# milhões"): a ratio, as "1 em 50 milhões" reads; only "one" alone or with a word of chance or of
# a person between, not before a year, a time or a measure, nor "em cada" (read already).
# (26rb, D186.3) "4G", "5G"
FIGURES["rewrites"][:0] = [
    (r"\b(?:saindo|saiu|saíram|sai|saem|saía|saíam|sair|saiam) de (?=(?:cerca de |mais de |quase "
     r")?\d[^;]{0,60}? para (?:cerca de |mais de |quase )?\d)", "passando de "),
    (r"\b(passou|passaram|passando|passa|passam|passar) a ser (?=de (?:cerca de )?\d[^;]{0,60}? "
     r"para )", r"\1 "),
    (r"\b(?:um|uma)(?: (?:chance|possibilidade|probabilidade|pessoa|caso|aposta|"
     r"bilhete))? em (?=(?:mais de |menos de |cerca de )?"
     r"(?:\d+(?:[.,]\d+)*(?![.,]?\d)|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|cem|mil)"
     r"(?: (?:mil|milhões|milhão))?(?!\s?%| (?:anos|dias|meses|semanas|horas|minutos|segundos|"
     r"hectares|quilômetros|quilómetros|km|metros|quilos|kg|toneladas|litros|por cento)\b)"
     r"(?![\d.,]))(?!(?:1\d|20)\d\d\b)", "1 em "),
    *GENERATION,
]

# (26rb, D185.5) "de A a mais de B": "a mais" (N more) was read across the range's "a" and the
# high end's "mais de" (unparsed); after "de" and a number, "a" is the range's word: written
# "até mais de", open above (D3)
FIGURES["rewrites"].insert(0, (
    r"\b(de (?:cerca de )?\d[\d.,]*(?: (?:mil|milhões|milhão|bilhões|bilhão))?) a mais de "
    r"(?=\d|um\b|uma\b)",
    r"\1 até mais de ",
))

# (27ru, D195) an exchange of two counts: after a word of exchange or release ("a troca de 200
# presos contra 20 reféns"), "contra" is "in exchange for": two quantities, no single count (D5),
# as "em troca de" reads
_EXCHANGE_SPAN = r"(?:[^.;:]|\.(?=\d))*?"
FIGURES["rewrites"].append((
    r"^(?=" + _EXCHANGE_SPAN + r"\b(?:troca|trocar|trocad|permut|intercâmbi|intercambi|"
        r"libert|solt|entreg|devolv|devoluç)\w*"
    + _EXCHANGE_SPAN + r" contra )"
    r"(?=" + _EXCHANGE_SPAN + r"(?:\d|dezenas|centenas|milhares|\b(?:um|uma|dois|duas|"
        r"três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|cem|mil)\b)"
    + _EXCHANGE_SPAN + r" contra )"
    r"(" + _EXCHANGE_SPAN + r") contra (?=(?:cerca de |os |as |mais de |"
        r"pelo menos )?(?:\d|dezenas|centenas|milhares|(?:um|uma|dois|duas|três|quatro|cinco|"
        r"seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|cem|mil) ))",
    r"\1 em troca de ",
))

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "entre", "e", "mais de", r"mil|milhões|milhão", "ou mais"))

# (28rb, D207) "an estimate of N" is approximate (rule 2, as "estimated" and fr "une estimation
# de", it "una stima di"): "uma estimativa de 150 mil"
FIGURES["approx"] += ["estimativa de", "uma estimativa de", "estimativas de"]

# (28rb, D207) the verb first, its count as the object before "até" ("elevou o número de mortos
# até 79", "levou o balanço até 79"): the new total, exact, as D107's subject before the verb
FIGURES["rewrites"].append((
    r"\b((?:elev|aument|lev|subi|reduz|reduzi|baix)[^\W\d_]* (?:o|a|os|as|seu|sua) (?:número|"
    r"numero|balanço|balanco|total|saldo|contagem|cifra)\b[^\d,;:.]{0,50}?) até "
    r"(?=(?:os |as )?\d)",
    r"\1 a ",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 passageiros, entre eles 3 crianças, e 15 tripulantes" holds two counts (a
# list, unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes
# no comma in this language
FIGURES["told_with"]["resumes"] = ["e"]

# (30rb, D216.3) "na sua maioria" (mostly, with the possessive) after the comma is the breakdown's
# word as "na maioria" (D30): who most of them were, no share of the count
FIGURES["rewrites"].append((
    r",\s*(?:na sua(?: grande)?|pela sua|na grande|em sua grande) maioria\b", ", incluindo"))

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["e"], ["os", "as", "o", "a"]))
# (31fx, D218.3) and the plural article between D210.2's "and" and its count ("e i 12"): dropped
FIGURES["rewrites"].append(article_after_resumes(
    FIGURES["including"], FIGURES["told_with"]["resumes"], ["os", "as"]))

# (31rb, D219.5) the article of a person exchanged for a count is the count one, as fr "un otage
# pour trois prisonniers" (lang/_forms.py): "um refém por três prisioneiros", "300 presos por um
# único soldado" are two counts, unparsed (they read the other count)
FIGURES["rewrites"] += one_in_exchange(
    "uma?", "só|únic[oa]",
    "refém|prisioneir[oa]|pres[oa]|detid[oa]|soldado|cativ[oa]|militar|israelense|israelita|"
    "palestin[oa]|civil|combatente|homem|mulher",
    "por",
    "dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|"
    "quinze|dezesseis|dezasseis|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|"
    "noventa|cem|cento|mil|vários|várias|dezenas|centenas|milhares",
    "dias?|semanas?|mês|meses|anos?|horas?|minutos?")

# (32rl, D220.1) a share told after the total and its comma ("349 pessoas, das quais mais da metade
# eram crianças") tells who the counted were: the total's breakdown (D5), written as the table's
# breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share keeps
# it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["dos quais", "das quais", "entre os quais", "entre as quais", "entre eles", "entre elas",
     "incluindo", "deles", "delas"],
    ["mais de", "mais da", "quase", "cerca de", "cerca da", "pelo menos", "menos de", "menos da",
     "aproximadamente", "perto de", "perto da", "quase a"],
    ["metade", "a metade", "um terço", "dois terços", "um quarto", "três quartos", "a maioria",
     "a maior parte", "a grande maioria", "um quinto"],
    ["deles", "delas", "dos quais", "das quais"],
    "entre os quais"))

# (32rl, D220.2) "of these" after the total's comma, right before a count ("331, destes 186 eram
# crianças"), opens its breakdown (D5), as "dos quais" does
FIGURES["rewrites"].append((r", ?(?:destes|destas|desses|dessas)(?= \d)", ", dos quais"))

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['em', 'no', 'na', 'nos', 'nas'], 'e', [
        # (35rd, D236.1) a place with its article (a country, a state) before a bare "em" (a
        # city: "10 mortos na Ucrânia, 6 em Kiev e 4 em Kharkiv"), a noun of an area
        (r"no|na|nos|nas", r"em"),
        (r"(?:no|em todo o) (?:país|estado|território)|(?:na|em toda a) (?:região|província)",
         r"em|no|na|nos|nas"),
    ]),
    part_of_total(['dentre um total de', 'entre um total de', 'sobre um total de'], 'de'),
    # a plain "of" may be a noun's far from the count ("as doações de um total de 3.500
    # empresas"): three words at most after it
    part_of_total(
        ['de um total de', 'do total de', 'de um efetivo total de', 'de um contingente total de'],
        'de', 3),
    # "26 militares do segmento feminino fizeram parte do contingente brasileiro, integrando um
    # quadro total de 983 tropas" (round 97): the verb of taking part says it, farther
    part_of_total(
        ['integrando um quadro total de', 'integrando um efetivo total de',
         'integrando um contingente total de'],
        'de', 12),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('um', 'uma') for u in ('ano', 'mês', 'semana', 'dia', 'década')]
    + [f'{n} {u}'
       for n in ('dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove',
                            'dez') for u in ('anos', 'meses', 'semanas', 'dias', 'décadas')],
    ['depois', 'mais tarde', 'antes', 'atrás'],
))

# (34ra, D226.6) "por segundo" after a count is a rate ("cerca de 3 mil pessoas por segundo",
# rule 13, D224.1), as "por minuto"; before a noun it is the ordinal ("por segundo ano
# consecutivo", for a second year), written "pelo segundo" so that no rate is read
FIGURES["rate"] += ["por segundo"]
FIGURES["rewrites"].append((
    r"\bpor (segundo)(?= (?:ano|dia|mês|mes|semestre|trimestre|turno|mandato|lugar|tempo|período|"
    r"periodo|jogo|domingo|sábado|sabado|fim|andar|grau|round|consecutivo|colocado|ciclo|"
    r"bimestre|quadrimestre|verão|inverno|carnaval|réveillon|feriado|leilão|lote|time|"
    r"escalão|piso|pedido|caso|óbito)\b)",
    r"pelo \1",
))

# (34rc, D229.3) D61.1's change told as "partindo de A (…) e chegando a B" (starting from A and
# reaching B: "partindo do patamar de 5.292 mortos e chegando a 6.160 vítimas no ano passado",
# round 100; "partindo de 2.300 casos e chegando a 4.100") reads B as "passou de A para B" (D35)
FIGURES["rewrites"].append((
    r"\bpartindo d[eoa]s? (?:(?:patamar|nível|total|número) de )?(?:cerca de |mais de |menos de "
    r"|quase )?\d[\d.,]*(?: (?:mil|milhões|milhão))?(?: [^\W\d_]+)?,? (?:e )?(?:até )?"
    r"(?:chegando|chegar|atingindo|atingir|alcançando|alcançar) (?:a|aos|às|ao) (?=\S)",
    "passou para ",
))
# (34rc, D229.1) D122's "N (noun) a menos / a mais" with its per cent in brackets before "do que"
# ("3.973 vítimas …, 20 mortes a menos (ou -0,5%) do que em 2024", round 100)
FIGURES["differences"] += [
    # (the span after the size ends at "do": "do" alone stands for "do que")
    r"\S+ # (?:[^\W\d_]+ ){0,2}a (?:menos|mais) \( (?:ou )?(?:[-+] )?[\d.,]+ % \)"
    r" (?:do|que|em relação|em comparação|comparado|face|ante)(?![^\W\d_])",
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("Mais de 400 pessoas estão abrigadas em 33 pontos de apoio", round 101; Petrópolis:
# "849 pessoas … 19 pontos de apoio", falario.com.br 2022/02): set aside, the people read (D20)
FIGURES["rewrites"] += lodging_aside(
    ["em", "entre", "para"],
    [r"abrigos(?: (?:temporários|temporarios|públicos|publicos|improvisados|provisórios|"
     r"provisorios|municipais))?",
     r"pontos de (?:apoio|acolhimento|abrigo)", r"centros de (?:acolhimento|evacuação|evacuacao)",
     r"locais de (?:acolhimento|abrigo)", r"alojamentos(?: provisórios| provisorios)?",
     r"acampamentos"],
    ["mais de", "cerca de", "quase", "pelo menos", "ao menos"],
    r"dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze",
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# feridos foram levados para cinco hospitais", "encaminhados a 4 unidades de saúde"): set aside
# beside the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"levad[oa]s?", r"transportad[oa]s?", r"encaminhad[oa]s?", r"socorrid[oa]s?",
     r"internad[oa]s?", r"hospitalizad[oa]s?", r"atendid[oa]s?", r"transferid[oa]s?",
     r"removid[oa]s?", r"evacuad[oa]s?", r"distribuíd[oa]s?", r"distribuid[oa]s?",
     r"conduzid[oa]s?", r"levaram", r"encaminharam", r"internadas?"],
    ["para", "em", "entre", "a", "até", "nos", "aos", "para os", "pelos"],
    [r"(?:(?:diferentes|vários|varios|várias|varias) )?(?:hospitais|clínicas|clinicas|upas|"
     r"unidades (?:de saúde|de saude|hospitalares|de pronto atendimento|básicas de saúde)|"
     r"postos de (?:saúde|saude)|centros de (?:saúde|saude))"],
    ["mais de", "cerca de", "quase", "pelo menos", "ao menos"],
    r"dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze",
)
# (34re, D231.2) "e outra na Bélgica" after a count: one more of the counted, a sum
FIGURES["rewrites"].insert(0, one_other_in(
    ["e"], ["outra", "outro", "mais uma", "mais um"],
    ["em", "no", "na", "nos", "nas", "a", "ao", "à"],
    r"dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"))

# (35rd, D236.3) a number's scales parted by commas, as it is read aloud ("2 milhões, 888 mil, 218
# pessoas", round 100; "dois milhões, cento e trinta e cinco mil e trinta", oestudo.com): one
# number when each part is below a thousand and the scales fall (milhões, then mil, then units);
# the commas dropped, as "2 milhões 888 mil 218 pessoas" reads
FIGURES["rewrites"].append((
    r"(?<![\d.,])(\d{1,3}) (bilhões|bilhão|bilião|biliões|milhões|milhão),"
    r" (\d{1,3}) (mil)(?:,? e|,) (\d{1,3})(?![\d.,]*\d)(?! ?(?:mil|milh|bilh|%))",
    r"\1 \2 \3 \4 \5"))
