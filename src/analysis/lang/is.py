"""Icelandic (``is``): the words of the figure engine (no period table yet).

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["janúar"],
    ["febrúar"],
    ["mars"],
    ["apríl"],
    ["maí"],
    ["júní"],
    ["júlí"],
    ["ágúst"],
    ["september"],
    ["október"],
    ["nóvember"],
    ["desember"],
]

# not read by any engine yet: there is no PERIODS table
WEEKDAYS = [
    ["mánudagur"],
    ["þriðjudagur"],
    ["miðvikudagur"],
    ["fimmtudagur"],
    ["föstudagur"],
    ["laugardagur"],
    ["sunnudagur"],
]

FIGURES = {
    "numbers": {
        "núll": 0, "einn": 1, "ein": 1, "eitt": 1, "tveir": 2, "tvær": 2, "tvö": 2, "tveggja": 2,
        "þrír": 3, "þrjár": 3, "þrjú": 3, "fjórir": 4, "fjórar": 4, "fjögur": 4, "fimm": 5,
        "sex": 6, "sjö": 7, "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "þrettán": 13,
        "fjórtán": 14, "fimmtán": 15, "sextán": 16, "sautján": 17, "átján": 18, "nítján": 19,
        "tuttugu": 20, "þrjátíu": 30, "fjörutíu": 40, "fimmtíu": 50, "sextíu": 60, "sjötíu": 70,
        "áttatíu": 80, "níutíu": 90,
    },
    "small": {"hundruð": 100, "hundrað": 100},
    "scales": {
        "þúsund": 1000, "milljón": 1_000_000, "milljónir": 1_000_000, "milljóna": 1_000_000,
        "þús.": 1000,
    },
    "vague": {"hundruð": 100, "þúsundir": 1000, "tugir": 10, "milljónir": 1_000_000},
    "several": ["nokkrir", "nokkur", "nokkrar", "nokkurra"],
    "approx": [
        "um", "u.þ.b.", "um það bil", "tæplega um", "í kringum", "nálægt", "~", "rúmlega um",
        "ríflega um",
    ],
    "at_least": [
        "yfir", "meira en", "að minnsta kosti", "minnst", "rúmlega", "ríflega", "vel yfir",
        "fleiri en", "hátt í fleiri",
    ],
    "at_most": ["allt að", "mest", "í mesta lagi", "færri en", "undir", "minna en"],
    "nearly": ["nærri", "næstum", "tæplega", "hátt í", "nánast", "nær"],
    "post_at_least": ["+"],
    "additional": ["annar", "önnur", "aðrir", "fleiri", "til viðbótar", "viðbótar", "enn"],
    "total": ["alls", "samtals", "í heildina"],
    "range_pre": ["milli", "frá"],
    "range_sep": ["til", "eða"],
    "range_and": ["og"],
    "percent": ["%", "prósent\\w*"],
    "fraction": ["helmingur", "helming", "þriðjungur", "þriðjung", "fjórðungur", "meirihluti"],
    "rate": ["á dag", "daglega", "á viku", "á mánuði", "á ári", "hver", "hvor"],
    "units": ["herfylki\\w*", "stórfylki\\w*", "fylki\\w*", "herdeild\\w*"],
    "uncountable": ["margir", "fjölmargir", "mörg"],
    "year_pre": ["árið", "frá", "síðan"],
    "time_units": ["klukkustund\\w*", "dag\\w*", "vik\\w*", "mánuð\\w*", "ár", "árum", "ára"],
    "stop": [
        "hermenn", "hermaður", "hermanna", "norðurkóreskir", "norðurkóreskur", "maðurinn", "féllu",
        "særðust", "og", "í", "á", "af", "vel",
    ],
}
