"""Slovenian (``sl``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["januar\\w*"],
    ["februar\\w*"],
    ["marec", "marca", "marcu"],
    ["april\\w*"],
    ["maj\\w*"],
    ["junij\\w*"],
    ["julij\\w*"],
    ["avgust\\w*"],
    ["septemb\\w*"],
    ["oktob\\w*"],
    ["novemb\\w*"],
    ["decemb\\w*"],
]

WEEKDAYS = [
    ["ponedelj\\w*"],
    ["tor\\w*"],
    ["sred\\w*"],
    ["četrt\\w*"],
    ["petek", "petka", "petku"],
    ["sobot\\w*"],
    ["nedelj\\w*"],
]

FIGURES = {
    "numbers": {
        "nič": 0, "en": 1, "ena": 1, "eno": 1, "dva": 2, "dve": 2, "tri": 3, "štiri": 4, "pet": 5,
        "šest": 6, "sedem": 7, "osem": 8, "devet": 9, "deset": 10, "enajst": 11, "dvanajst": 12,
        "trinajst": 13, "štirinajst": 14, "petnajst": 15, "šestnajst": 16, "sedemnajst": 17,
        "osemnajst": 18, "devetnajst": 19, "dvajset": 20, "trideset": 30, "štirideset": 40,
        "petdeset": 50, "šestdeset": 60, "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90,
        "sto": 100, "dvesto": 200, "tristo": 300, "štiristo": 400, "petsto": 500, "šeststo": 600,
        "sedemsto": 700, "osemsto": 800, "devetsto": 900,
    },
    "scales": {
        "tisoč": 1000, "milijon": 1_000_000, "milijona": 1_000_000, "milijonov": 1_000_000,
        "mio.": 1_000_000, "tis.": 1000,
    },
    "vague": {
        "desetine": 10, "stotine": 100, "tisoče": 1000, "desettisoče": 10_000,
        "milijone": 1_000_000,
    },
    "several": ["nekaj", "več", "nekoliko"],
    "approx": ["okoli", "približno", "okrog", "kakih", "ocenjeno", "~", "nekje"],
    "at_least": ["več kot", "vsaj", "najmanj", "preko", "čez", "nad"],
    "at_most": ["do", "največ", "manj kot", "vse do"],
    "nearly": ["skoraj", "blizu", "domala"],
    "post_at_least": ["+"],
    "additional": ["še", "dodatnih", "dodatni", "novih", "nadaljnjih"],
    "total": ["skupno", "skupaj", "vsega"],
    "range_pre": ["med", "od"],
    "range_sep": ["do", "ali"],
    "range_and": ["in"],
    "percent": ["%", "odstot\\w*"],
    "fraction": ["polovica", "polovico", "tretjina", "tretjino", "četrtina", "večina"],
    "rate": ["na dan", "dnevno", "na teden", "na mesec", "na leto", "vsak", "vsaka"],
    "units": ["bataljon\\w*", "brigad\\w*", "polk\\w*", "divizij\\w*", "čet\\w*"],
    "uncountable": ["veliko", "številni", "mnogo"],
    # Not MONTHS: the figure engine would read a stem on any word ("maj\w*" also matches "majhnih",
    # small), so it reads the full forms.
    "months": [
        "januar", "januarja", "februar", "februarja", "marec", "marca", "april", "aprila", "maj",
        "maja", "junij", "junija", "julij", "julija", "avgust", "avgusta", "september", "septembra",
        "oktober", "oktobra", "november", "novembra", "december", "decembra",
    ],
    "year_pre": ["leta", "od"],
    "time_units": ["ur", "uro", "ure", "dan", "dni", "teden", "tednov", "mesec\\w*", "let", "leto"],
    "stop": [
        "vojakov", "vojaki", "severnokorejskih", "ubitih", "ranjenih", "ljudi", "in", "v", "na",
        "z", "je", "so", "okoli",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["zim\\w*"],
        "spring": ["pomlad\\w*"],
        "summer": ["polet\\w*"],
        "autumn": ["jesen\\w*"],
    },
    "words": {
        "rel:last": ["prejšnj\\w*", "pretekl\\w*", "lanski\\w*"],
        "rel:last unit:year": ["lani"],
        "rel:this unit:year": ["letos"],
        "rel:this": ["ta", "tem", "tega"],
        "unit:week": ["teden", "tedna", "tednu"],
        "unit:month": ["mesec\\w*"],
        "unit:year": ["leto", "leta", "letu"],
        "day:0": ["danes"],
        "day:-1": ["včeraj"],
        "now": ["zdaj", "trenutno", "že", "doslej"],
        "before": ["nedavno", "prej"],
        "since": ["od"],
        "until": ["do"],
        "between": ["med"],
        "and": ["in"],
    },
}
