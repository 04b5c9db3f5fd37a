"""Spanish (``es``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

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
    "numbers": {
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
    },
    "after_number": ["k", "mill.", "mln"],
    "collective": {
        "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "cuarentena": 40,
        "cincuentena": 50, "medio centenar": 50, "centenar": 100, "centena": 100, "millar": 1000,
    },
    "vague": {
        "decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "centenas": 100,
        "miles": 1000, "millares": 1000, "millones": 1_000_000,
    },
    "several": [
        "varios", "varias", "algunos", "algunas", "unos cuantos", "unas cuantas", "un par de",
        "unos pocos",
    ],
    "articles": ["un", "una"],
    "of": ["de"],
    "and": ["y"],
    "approx": [
        "alrededor de", "unos", "unas", "cerca de", "aproximadamente", "aprox.", "en torno a",
        "en torno de", "del orden de", "un estimado de", "estimados", "estimadas", "se estima que",
        "aproximados", "rondaba", "rondaban", "ronda", "rondan", "rondaría", "alrededor",
        "unos aproximadamente", "~", "cerca", "a rededor de",
        "algo así como",
    ],
    "at_least": [
        "más de", "mas de", "al menos", "por lo menos", "como mínimo", "como minimo", "mínimo",
        "no menos de", "ha superado", "han superado", "superado", "supera", "superan", "superó",
        "supero", "superaron", "sobrepasa",
        "sobrepasan", "sobrepasó", "rebasa", "rebasan", "excede", "exceden", "algo más de",
        "bastante más de", "ya supera", "superior a", "superiores a", "arriba de", "por encima de",
        "sobre",
    ],
    "at_most": [
        "hasta", "menos de", "como máximo", "como maximo", "máximo", "no más de", "un máximo de",
        "hasta unos", "inferior a", "por debajo de",
    ],
    "nearly": [
        "casi", "se acerca a", "se acercan a", "se acercaba a", "rozando", "roza", "rozan",
        "próximo a", "próximos a", "poco menos de",
    ],
    "post_approx": ["aproximadamente", "más o menos"],
    "post_at_least": ["o más", "y más", "al menos", "como mínimo", "+"],
    "post_at_most": ["como máximo"],
    "additional": [
        "otros", "otras", "adicionales", "adicional", "nuevos", "más otros",
        "un nuevo contingente de", "refuerzos de",
    ],
    "additional_post": ["más", "adicionales", "otros"],
    "including": [
        "incluidos", "incluidas", "incluyendo", "de los cuales", "de ellos", "entre ellos",
    ],
    "total": [
        "un total de", "total", "en total", "totalizando", "en conjunto", "suman", "sumando",
        "en suma",
    ],
    "range_pre": [
        "entre", "de", "desde", "entre los", "entre las", "de los", "de las",
    ],
    "range_sep": ["a", "o", "al", "hasta", "y hasta"],
    "range_and": ["y", "y los", "y las"],
    "percent": ["%", "por ciento", "por cien"],
    "fraction": [
        "veces", "medio", "media", "mitad", "tercio", "tercios", "cuarto", "cuartos", "quinto",
        "mayoría",
        "proporción", "de cada",
    ],
    "rate": [
        "por día", "por dia", "al día", "al dia", "diarios", "diarias", "diariamente", "por semana",
        "a la semana", "al mes", "por mes", "por hora", "al año", "por año", "cada uno", "cada una",
        "cada", "por cada",
    ],
    "units": [
        "batallón", "batallones", "brigada\\w*", "regimiento\\w*", "división", "divisiones",
        "compañía\\w*", "unidades",
    ],
    "uncountable": [
        "muchos", "muchas", "numerosos", "numerosas", "un gran número", "gran cantidad",
    ],
    "year_pre": ["en", "desde", "año", "a finales de", "a principios de"],
    "time_units": [
        "hora\\w*", "día", "días", "dia", "dias", "semana\\w*", "mes", "meses", "año", "años",
        "minuto\\w*", "noche\\w*",
    ],
    "rewrites": [
        (r"\bmedio (millón|millon|centenar|millar)\b", r"0.5 \1"),
        (r"\b(?:un |1 )(millón|millon|millar) y medio\b", r"1.5 \1"),
    ],
    "stop": [
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
