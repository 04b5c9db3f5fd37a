"""Estonian (``et``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["jaanuar\\w*"],
    ["veebruar\\w*"],
    ["märts\\w*"],
    ["aprill\\w*"],
    ["mai\\w*"],
    ["juuni\\w*"],
    ["juuli\\w*"],
    ["august\\w*"],
    ["septemb\\w*"],
    ["oktoob\\w*"],
    ["novemb\\w*"],
    ["detsemb\\w*"],
]

WEEKDAYS = [
    ["esmaspäev\\w*"],
    ["teisipäev\\w*"],
    ["kolmapäev\\w*"],
    ["neljapäev\\w*"],
    ["reede\\w*"],
    ["laupäev\\w*"],
    ["pühapäev\\w*"],
]

FIGURES = {
    "numbers": {
        "null": 0, "üks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7,
        "kaheksa": 8, "üheksa": 9, "kümme": 10, "sada": 100, "kakssada": 200, "kolmsada": 300,
        "nelisada": 400, "viissada": 500,
    },
    "scales": {
        "tuhat": 1000, "tuhande": 1000, "tuh.": 1000, "miljon": 1_000_000, "miljonit": 1_000_000,
        "miljoni": 1_000_000, "mln": 1_000_000,
    },
    "vague": {
        "kümned": 10, "sajad": 100, "tuhanded": 1000, "kümned tuhanded": 10_000,
        "miljonid": 1_000_000,
    },
    "several": ["mitu", "mitmed", "paar", "mõned", "mõni"],
    "approx": ["umbes", "ligikaudu", "u", "ca", "hinnanguliselt", "~", "ümmarguselt", "kuskil"],
    "at_least": ["üle", "vähemalt", "rohkem kui", "enam kui", "tublisti üle"],
    "at_most": ["kuni", "mitte rohkem kui", "alla", "vähem kui", "kõige rohkem"],
    "nearly": ["ligi", "peaaegu", "pea", "kõigest alla", "napilt alla"],
    "post_at_least": ["+"],
    "additional": ["veel", "täiendavad", "täiendavalt", "uued", "lisaks"],
    "total": ["kokku", "kokku umbes", "kogu"],
    "range_sep": ["kuni", "või", "-"],
    "percent": ["%", "protsent\\w*"],
    "fraction": ["pool", "poole", "kolmandik", "veerand", "enamik"],
    "rate": ["päevas", "nädalas", "kuus", "aastas", "igaüks"],
    "units": ["pataljon\\w*", "brigaad\\w*", "polk\\w*", "diviis\\w*"],
    "uncountable": ["palju", "arvukalt"],
    # Not MONTHS: the figure engine would read a stem on any word ("mai\w*" also matches "maitse",
    # "maine"), so it reads the full forms.
    "months": [
        "jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
        "oktoober", "november", "detsember",
    ],
    "year_pre": ["aastal", "alates"],
    "time_units": ["tund\\w*", "päev\\w*", "nädal\\w*", "kuu", "aasta\\w*"],
    "stop": ["sõdurit", "sõdurid", "põhja-korea", "hukkus", "haavata", "ja", "on", "ning", "umbes"],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["talv\\w*"],
        "spring": ["kevad\\w*"],
        "summer": ["suvel", "suvi", "suve"],
        "autumn": ["sügis\\w*"],
    },
    "words": {
        "rel:last": ["eelmi\\w*", "möödunud"],
        "rel:this": ["see", "sel", "selle", "käesoleva\\w*"],
        "unit:week": ["nädal\\w*"],
        "unit:month": ["kuu\\w*"],
        "unit:year": ["aasta\\w*"],
        "day:0": ["täna"],
        "day:-1": ["eile"],
        "now": ["praegu", "juba", "seni", "tänaseks"],
        "before": ["hiljuti", "varem"],
        "since": ["alates"],
        "until": ["kuni"],
        "and": ["ja"],
    },
}
