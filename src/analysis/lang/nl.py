"""Dutch (``nl``): the words of the period engine (no figure table yet).

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["januari", "jan"],
    ["februari", "feb"],
    ["maart", "mrt"],
    ["april", "apr"],
    ["mei"],
    ["juni"],
    ["juli"],
    ["augustus", "aug"],
    ["september", "sept", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["december", "dec"],
]

WEEKDAYS = [
    ["maandag\\w*"],
    ["dinsdag\\w*"],
    ["woensdag\\w*"],
    ["donderdag\\w*"],
    ["vrijdag\\w*"],
    ["zaterdag\\w*"],
    ["zondag\\w*"],
]

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["winter"],
        "spring": ["lente", "voorjaar"],
        "summer": ["zomer"],
        "autumn": ["herfst", "najaar"],
    },
    "words": {
        "rel:last": ["vorige", "vorig", "afgelopen"],
        "rel:this": ["deze", "dit"],
        "rel:next": ["volgende", "komende", "volgend"],
        "unit:day": ["dag"],
        "units:day": ["dagen"],
        "unit:week": ["week"],
        "units:week": ["weken"],
        "unit:month": ["maand"],
        "units:month": ["maanden"],
        "unit:year": ["jaar"],
        "units:year": ["jaren"],
        "unit:hour": ["uur"],
        "quarterw": ["kwartaal"],
        "weekend": ["weekend"],
        "part:begin": ["begin"],
        "part:mid": ["midden", "half"],
        "part:end": ["eind", "einde", "eind van"],
        "day:0": ["vandaag"],
        "day:-1": ["gisteren"],
        "day:-2": ["eergisteren"],
        "day:1": ["morgen"],
        "now": ["inmiddels", "momenteel", "nu", "al", "tot nu toe", "tot dusver", "intussen"],
        "before": ["onlangs", "recent", "eerder", "kortgeleden"],
        "future": ["binnenkort"],
        "since": ["sinds", "vanaf", "sedert"],
        "until": ["tot", "tot en met", "uiterlijk"],
        "between": ["tussen"],
        "and": ["en"],
        "ago": ["geleden"],
        "n:1": ["een", "één"],
        "n:2": ["twee"],
        "n:3": ["drie"],
        "n:4": ["vier"],
        "n:5": ["vijf"],
        "few": ["enkele", "paar", "een paar", "aantal", "enige"],
        "ord:1": ["eerste"],
        "ord:2": ["tweede"],
        "ord:3": ["derde"],
        "ord:4": ["vierde"],
    },
}
