"""Romanian (``ro``): the words of the figure engine (no period table yet).

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["ianuarie"],
    ["februarie"],
    ["martie"],
    ["aprilie"],
    ["mai"],
    ["iunie"],
    ["iulie"],
    ["august"],
    ["septembrie"],
    ["octombrie"],
    ["noiembrie"],
    ["decembrie"],
]

# not read by any engine yet: there is no PERIODS table
WEEKDAYS = [
    ["luni"],
    ["marți"],
    ["miercuri"],
    ["joi"],
    ["vineri"],
    ["sâmbătă"],
    ["duminică"],
]

FIGURES = {
    "numbers": {
        "zero": 0, "unu": 1, "una": 1, "doi": 2, "două": 2, "doua": 2, "trei": 3, "patru": 4,
        "cinci": 5, "șase": 6, "sase": 6, "șapte": 7, "sapte": 7, "opt": 8, "nouă": 9, "noua": 9,
        "zece": 10, "douăzeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "o sută": 100,
        "sută": 100, "suta": 100, "sute": 100,
    },
    "scales": {
        "mie": 1000, "mii": 1000, "milion": 1_000_000, "milioane": 1_000_000, "mil.": 1_000_000,
        "mld.": 1_000_000_000,
    },
    "vague": {"zeci": 10, "sute": 100, "mii": 1000, "zeci de mii": 10_000, "milioane": 1_000_000},
    "several": ["câteva", "cateva", "câțiva", "cativa", "mai multe", "mai mulți"],
    "articles": ["o", "un"],
    "of": ["de"],
    "approx": [
        "aproximativ", "circa", "în jur de", "in jur de", "cca", "cca.", "aprox.", "vreo", "~",
        "estimat la",
    ],
    "at_least": [
        "peste", "cel puțin", "cel putin", "mai mult de", "mai bine de", "minimum", "minim",
    ],
    "at_most": ["până la", "pana la", "maximum", "maxim", "mai puțin de", "cel mult", "sub"],
    "nearly": ["aproape", "aproape de", "circa aproape"],
    "post_at_least": ["+"],
    "additional": ["alți", "alte", "alti", "suplimentari", "suplimentare", "încă", "noi"],
    "total": ["în total", "in total", "total", "totalul"],
    "range_pre": ["între", "intre", "de la"],
    "range_sep": ["la", "până la", "sau"],
    "range_and": ["și", "si"],
    "percent": ["%", "la sută", "la suta", "procent\\w*"],
    "fraction": ["jumătate", "jumatate", "treime", "sfert", "majoritatea"],
    "rate": ["pe zi", "zilnic", "pe săptămână", "pe lună", "lunar", "pe an", "fiecare"],
    "units": ["batalion\\w*", "brigad\\w*", "regiment\\w*", "diviz\\w*"],
    "uncountable": ["mulți", "multi", "numeroși", "numerosi"],
    "year_pre": ["în", "in", "din", "anul"],
    "time_units": ["ore", "ora", "zi", "zile", "săptămân\\w*", "lun\\w*", "ani", "an"],
    "stop": [
        "soldați", "soldati", "militari", "nord-coreeni", "trupe", "morți", "răniți", "și", "în",
        "de", "la", "pe", "aproximativ",
    ],
}
