"""Czech (``cs``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["leden", "ledna", "lednu"],
    ["únor", "února", "únoru"],
    ["březen", "března", "březnu"],
    ["duben", "dubna", "dubnu"],
    ["květen", "května", "květnu"],
    ["červen", "června", "červnu"],
    ["červenec", "července", "červenci"],
    ["srpen", "srpna", "srpnu"],
    ["září"],
    ["říjen", "října", "říjnu"],
    ["listopad", "listopadu"],
    ["prosinec", "prosince", "prosinci"],
]

WEEKDAYS = [
    ["pondělí"],
    ["úterý"],
    ["středa", "středu"],
    ["čtvrtek"],
    ["pátek"],
    ["sobota", "sobotu"],
    ["neděle", "neděli"],
]

FIGURES = {
    "numbers": {
        "nula": 0, "jeden": 1, "jedna": 1, "jedno": 1, "jednoho": 1, "dva": 2, "dvě": 2, "dvou": 2,
        "tři": 3, "tří": 3, "čtyři": 4, "čtyř": 4, "pět": 5, "pěti": 5, "šest": 6, "šesti": 6,
        "sedm": 7, "sedmi": 7, "osm": 8, "osmi": 8, "devět": 9, "devíti": 9, "deset": 10,
        "deseti": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15,
        "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19, "dvacet": 20,
        "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60, "sedmdesát": 70,
        "osmdesát": 80, "devadesát": 90,
    },
    # "sto" (100), "dvě stě" (200), "tři sta" (300), "pět set" (500)
    "small": {"sto": 100, "stě": 100, "sta": 100, "set": 100},
    "scales": {
        "tisíc": 1000, "tisícovek": 1000, "tis.": 1000, "milion": 1_000_000, "milionu": 1_000_000,
        "milionů": 1_000_000, "mil.": 1_000_000, "mln.": 1_000_000, "miliarda": 1_000_000_000,
        "miliardy": 1_000_000_000, "miliard": 1_000_000_000, "mld.": 1_000_000_000,
    },
    # plural magnitudes; after a number they are multipliers ("čtyři tisíce" = 4,000)
    "vague": {
        "desítky": 10, "desítek": 10, "stovky": 100, "stovek": 100, "tisíce": 1000,
        "tisíců": 1000, "desetitisíce": 10_000, "desítky tisíc": 10_000, "statisíce": 100_000,
        "stovky tisíc": 100_000, "miliony": 1_000_000,
    },
    "collective": {"tucet": 12, "tuctu": 12},
    "several": ["několik", "několika", "pár"],
    # not "na" ("zahynulo na 600" = some 600): it is first the preposition "on / at"
    "approx": [
        "asi", "přibližně", "zhruba", "kolem", "okolo", "odhadem", "odhadovaných", "odhadovaný",
        "odhadovaná", "cca", "cca.", "řádově", "~",
    ],
    "at_least": [
        "více než", "víc než", "přes", "nejméně", "minimálně", "alespoň", "aspoň", "nad",
        "přesáhl", "přesáhla", "přesáhlo", "překročil", "překročila", "překročilo", "přesahuje",
        # the abbreviations "min. 15" (at least), "max. 15" (at most) (D41)
        "min.",
    ],
    "at_most": ["až", "až do", "nejvýše", "maximálně", "méně než", "míň než", "max."],
    "nearly": ["téměř", "skoro", "bezmála", "necelých", "necelé", "takřka", "blízko"],
    "post_at_least": ["+", "a více"],
    "additional": ["dalších", "další", "nových", "dodatečných", "ještě"],
    "including": ["z toho", "mezi nimi", "z nich", "včetně"],
    "total": ["celkem", "dohromady", "úhrnem", "celkově"],
    "range_pre": ["mezi", "od"],
    "range_sep": ["do", "až", "nebo", "-"],
    "range_and": ["a"],
    "percent": ["%", "procent\\w*"],
    "fraction": [
        "polovina", "polovinu", "poloviny", "třetina", "třetinu", "čtvrtina", "čtvrtinu",
        "většina", "většinu", "krát", "násob\\w*",
    ],
    # (17nj) per mille ("‰") is a rate per thousand: no count, no per cent (rule 13, D49)
    "rate": [
        "‰", "promile", "denně", "za den", "týdně", "měsíčně", "ročně", "každý", "každá",
        "každé", "na den",
    ],
    "units": ["prapor\\w*", "brigád\\w*", "pluk\\w*", "divizi\\w*", "divize"],
    "uncountable": ["mnoho", "hodně", "spousta", "četní", "řada"],
    "year_pre": ["roku", "roce", "od"],
    "time_units": [
        "hodin\\w*", "den", "dny", "dní", "dnů", "týden", "týdny", "týdnů", "měsíc\\w*", "rok",
        "roky", "let",
    ],
    # an age written "22letý", "22letá", "22-letého" (22-year-old) is no count (D7)
    "rewrites": [
        # a number with a dot before a word is an ordinal ("byl 21. tajfunem", the 21st
        # typhoon), no count (D7, D40): the text is lower-cased, so a sentence's end is not told
        # from it; phrases are cut from sentences
        (r"\b(?<![\d.,])\d{1,4}\.(?= [^\W\d_])", " "),
        # "1 tis. 344" (1,344): the dot of an abbreviated scale does not end the
        # number, the next part adds up as after the full word (rule 8, D38)
        (r"\b(tis|mil|mld)\. (?=\d{1,3}\b(?![.,]\d))(?!\d+ z\b)", r"\1 "),
        # "čtvrt milionu" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\bčtvrt (?=(?:tisíc|milion|miliard)\w*)", "0,25 "),
        (r"\b\d[\d.,]*-?let(?:ý|á|é|ého|ou|ém|ých|ým|ými|í|ému)\b", " "),
        # "ani jeden" (not a single one): none, no count (D36)
        (r"\bani (?:jeden|jedna|jedno|jednoho|jediný|jediná|jediné|jediného)\b", "ani"),
    ],
    "stop": [
        "vojáků", "vojáci", "vojáky", "severokorejských", "zabitých", "zraněných", "lidí", "osob",
        "v", "na", "je", "jsou", "bylo", "zahynulo",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["zima", "zimě", "zimu", "v zimě"],
        "spring": ["jaro", "jaře", "na jaře"],
        "summer": ["léto", "létě", "v létě"],
        "autumn": ["podzim", "podzimu", "na podzim"],
    },
    "words": {
        "rel:last": ["minulý", "minulém", "minulého", "minulou", "minulé", "uplynulý"],
        "rel:last unit:year": ["loni", "loňském roce"],
        "rel:this unit:year": ["letos"],
        "rel:this": ["tento", "tomto", "tohoto", "tuto", "této"],
        "rel:next": ["příští", "příštím", "příštího"],
        "rel:past": ["posledních", "poslední"],
        "unit:day": ["den", "dne"],
        "units:day": ["dny", "dní", "dnů", "dnech"],
        "unit:week": ["týden", "týdnu", "týdne"],
        "units:week": ["týdny", "týdnů", "týdnech"],
        "unit:month": ["měsíc", "měsíci", "měsíce"],
        "units:month": ["měsíců", "měsících"],
        "unit:year": ["rok", "roce"],
        "ymark": ["roku"],
        "units:year": ["let", "roky"],
        "part:begin": ["začátk\\w*", "začátek", "počátk\\w*"],
        "part:mid": ["polovin\\w*", "poloviny"],
        "part:end": ["konc\\w*", "konec"],
        "day:0": ["dnes"],
        "day:-1": ["včera"],
        "day:1": ["zítra"],
        "now": ["zatím", "dosud", "již", "už", "nyní", "aktuálně", "v současnosti"],
        "before": ["nedávno", "dříve"],
        "future": ["brzy", "brzo"],
        "since": ["od"],
        "until": ["do"],
        "between": ["mezi"],
        "ago": ["před"],
        "n:1": ["jeden", "jedna", "jednu"],
        "n:2": ["dva", "dvě"],
        "n:3": ["tři", "třemi"],
        "few": ["několik", "několika"],
    },
}
