"""Czech (``cs``): the words of the period engine (no figure table yet).

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
