"""Hungarian (``hu``): the words of the figure engine (no period table yet).

The format is documented in :mod:`analysis.lang`.
"""

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["január"],
    ["február"],
    ["március"],
    ["április"],
    ["május"],
    ["június"],
    ["július"],
    ["augusztus"],
    ["szeptember"],
    ["október"],
    ["november"],
    ["december"],
]

# not read by any engine yet: there is no PERIODS table
WEEKDAYS = [
    ["hétfő"],
    ["kedd"],
    ["szerda"],
    ["csütörtök"],
    ["péntek"],
    ["szombat"],
    ["vasárnap"],
]

FIGURES = {
    "numbers": {"nulla": 0},
    "compound": {
        "egy": 1, "kettő": 2, "két": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7,
        "nyolc": 8, "kilenc": 9, "tíz": 10, "tiz": 10, "tizen": 10, "húsz": 20, "husz": 20,
        "huszon": 20, "harminc": 30, "negyven": 40, "ötven": 50, "hatvan": 60, "hetven": 70,
        "nyolcvan": 80, "kilencven": 90,
    },
    "compound_small": {"száz": 100},
    "compound_scales": {"ezer": 1000},
    "scales": {
        "ezer": 1000, "millió": 1_000_000, "milliót": 1_000_000, "ezret": 1000, "e.": 1000,
        "ezren": 1000, "milliárd": 1_000_000_000,
    },
    "collective": {"tucat": 12},
    "vague": {
        "tucatnyi": 12, "több száz": 100, "százak": 100, "ezrek": 1000, "több ezer": 1000,
        "tízezrek": 10_000, "milliók": 1_000_000,
    },
    "several": ["néhány", "számos", "pár"],
    "several_magnitude": {"néhányszáz": 100},
    "approx": [
        "mintegy", "körülbelül", "kb.", "nagyjából", "hozzávetőleg", "megközelítőleg", "úgy",
        "becslések szerint", "~", "nagyságrendileg",
    ],
    "at_least": [
        "több mint", "legalább", "minimum", "jóval több mint", "meghaladja", "meghaladta", "túl",
        "már több mint",
    ],
    "at_most": ["legfeljebb", "akár", "kevesebb mint", "maximum", "egészen"],
    "nearly": ["csaknem", "majdnem", "közel", "cirka", "szinte", "híján"],
    "post_at_least": ["felett", "fölött", "nál több", "nél több", "+"],
    "post_at_most": ["alatt", "ig"],
    "additional": ["további", "újabb", "még", "pótlólag", "kiegészítő"],
    "total": ["összesen", "összesítve", "együttesen"],
    "range_sep": ["-", "vagy", "és"],
    "percent": ["%", "százalék\\w*"],
    "fraction": ["fele", "felét", "harmada", "harmadát", "negyede", "többsége"],
    "rate": ["naponta", "hetente", "havonta", "évente", "egyenként", "fejenként"],
    "units": ["zászlóalj\\w*", "dandár\\w*", "ezred\\w*", "hadosztály\\w*", "század"],
    "uncountable": ["sok", "számtalan", "rengeteg"],
    "year_post": ["ban", "ben", "óta", "évben"],
    "time_units": ["óra", "nap", "napig", "hét", "hónap", "év", "éve", "perc"],
    "stop": [
        "katona", "katonát", "katonák", "észak-koreai", "meghalt", "megsebesült", "halott",
        "sebesült", "a", "az", "és", "mintegy",
    ],
}
