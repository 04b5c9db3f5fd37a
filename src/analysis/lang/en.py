"""English (``en``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE, after
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    decimal_point_before,
    decimal_times,
    leading_minus,
    leading_plus,
    number_word,
    one_in_exchange,
    open_range_top,
    rewrite_index,
    rise_then_percent,
    time_told_after,
)
from analysis.lang._latin import LATIN_NAMES
from analysis.lang._lists import (
    bracketed_breakdown,
    part_of_total,
    parts_of_them,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside, one_other_in

# fmt: off

PEOPLE = (
    "people", "persons", "children", "kids", "adults", "residents", "patients", "pupils",
    "students", "men", "women", "boys", "girls", "teenagers", "teens", "youths", "youngsters",
    "minors", "infants", "babies", "toddlers", "elderly", "seniors", "pensioners", "retirees",
    "workers", "employees", "passengers", "victims", "those", "anyone", "everyone", "individuals",
    "citizens", "civilians", "migrants", "refugees", "inmates", "prisoners", "volunteers",
    "voters", "tourists", "visitors", "participants", "members", "adolescents", "cases", "deaths",
    "fatalities", "casualties", "survivors", "a child", "a person", "a man", "a woman",
)
"""(17cx, D80.1) The nouns of people an age limit follows ("people over 65", "kids under 5")."""
AGE_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)\b"
)

SCRIPTS = ("latin",)

MONTHS = [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sept", "sep"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
]

WEEKDAYS = [
    ["monday", "mon"],
    ["tuesday", "tues", "tue"],
    ["wednesday", "wed"],
    ["thursday", "thurs", "thur", "thu"],
    ["friday", "fri"],
    ["saturday", "sat"],
    ["sunday", "sun"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "dead", "killed", "died", "deaths?", "fatalit\\w*", "injured", "wounded", "hurt",
        "missing", "arrested", "detained", "evacuated", "hospitali[sz]ed", "displaced",
    ],
    "casualties": [
        "victims?", "casualt\\w*", "injuries", "cases", "infected", "evacuees", "arrests",
    ],
    "numbers": {
        "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
    "small": {"hundred": 100},
    "scales": {
        "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1000, "m": 1_000_000,
        "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
        # (17nf) Indian English: "12 lakh" = 1,200,000, "2 crore" = 20,000,000 (rule 8, D46)
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
        # (17gwc) the scale after a billion, its abbreviations, and the spelling "lac" of lakh
        # ("2 lac people"; the last four only right after a number)
        "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        "lac": 100_000, "lacs": 100_000,
    },
    "after_number": ["k", "m", "mn", "mln", "bn", "tn", "trn", "lac", "lacs"],
    # (17gwc) "a half-dozen soldiers" (hyphenated; "a half dozen" is the rewrite of "half a")
    "collective": {"dozen": 12, "score": 20, "half-dozen": 6},
    "vague": {
        "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
        "billions": 1_000_000_000, "scores": 20,
        "trillions": 1_000_000_000_000,
    },
    # (17df, D87) "both": two, when the phrase holds no other quantity and no "and"
    # ("both soldiers"; "both March and April", "injured, or both" stay as they were)
    "both": ["both"],
    "several": [
        "several", "a few", "a couple of", "a couple", "a number of", "a handful of", "some",
    ],
    "articles": ["a", "an"],
    "of": ["of"],
    "and": ["and"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "well above", "just above", "slightly above", "a little above", "not above", "not over",
        "a shade over", "a shade under", "a shade below", "barely under", "barely below",
        "a little below", "slightly below",
        "over", "under", "around", "about", "above", "below", "past", "near", "up to", "top",
        # (17gwc) "beyond 300" (at least); a preposition, as "above"
        "beyond",
    ],
    "approx": [
        # (lexicon 17, session 6) register variants of approximately
        "give or take", "more or less", "in the ballpark of", "something like",
        "somewhere in the region of", "in the order of", "round about", "roughly some",
        "about", "around", "some", "roughly", "approximately", "approx.", "approx", "an estimated",
        "estimated", "est.", "circa", "ca.", "~", "an approximate", "in the region of",
        "in the vicinity of",
        "on the order of", "of the order of", "in the neighbourhood of", "in the neighborhood of",
        "somewhere around", "reportedly around", "an approximately", "≈",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "a bit over", "a bit above", "marginally over", "marginally above", "marginally more than",
        "a touch above", "a touch more than", "fractionally over", "fractionally above",
        "fractionally more than", "slightly higher than", "a little higher than", "a tad over",
        "a tad more than", "a tad above",
        # (lexicon 17, session 6) register variants of more than
        "at the very least", "well above", "well in excess of", "far more than", "many more than",
        "considerably more than", "significantly more than", "a shade over", "just above",
        "slightly above", "a little above",
        "more than", "over", "at least", "as few as", "in excess of", "upwards of", "upward of",
        "exceeding", "exceeded", "exceeds", "exceed", "tops", "topped", "topping", "surpass",
        "surpassed", "surpasses", "surpassing", "well over", "just over", "a little over",
        "well past", "just past", "past",
        "slightly over", "north of", "no fewer than", "no less than", "not less than",
        "not fewer than", "a minimum of", "minimum of", "at a minimum", "above", "greater than",
        "better than", "more then", "passed", "passes", "top",
        # (17gwc) "a good 300 people" (a full 300, as de "gut"); "beyond 300"
        "a good", "beyond",
        # (17cb) "the number is higher than 47" (D60.3); "no lower than" is at least too
        "higher than", "no lower than", "not lower than",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of up to
        "as high as", "not exceeding", "no higher than", "not over", "not above",
        # (32rb, D221.1) "not passing N", as "not exceeding N" (D42)
        "not passing", "never passing",
        "up to", "as many as", "at most", "no more than", "not more than", "less than",
        "fewer than", "under", "below", "a maximum of", "maximum of", "at the most", "max.", "max",
        "as much as", "up to about", "upto",
        # (17gwc) "no greater than 300" was read at least by "greater than"; "less then" as
        # "more then"
        "no greater than", "not greater than", "no larger than", "less then", "fewer then",
        # (17cb) "the number is lower than 47" (D60.3)
        "lower than",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "slightly fewer than", "a little fewer than", "a bit less than", "a bit fewer than",
        "a bit under", "a bit below", "marginally less than", "marginally fewer than",
        "marginally under", "marginally below", "a touch under", "a touch below",
        "a touch less than", "fractionally under", "fractionally below", "fractionally less than",
        "slightly short of", "a little short of", "slightly lower than", "a little lower than",
        "a tad under", "a tad less than", "a tad below",
        # (lexicon 17, session 6) register variants of nearly
        "nigh on", "well-nigh", "close upon", "getting on for", "not far short of", "not far off",
        "a shade under", "a shade below", "barely under", "barely below", "a little below",
        "slightly below", "edging towards", "edging toward",
        "nearly", "almost", "close to", "approaching", "just under", "nearing", "not quite",
        "just shy of", "shy of", "a little under", "just short of", "slightly under",
        "slightly less than", "just below", "close on", "closer to", "near", "approximating",
        # (17gwc) register variants
        "closing in on", "verging on", "bordering on", "practically", "a little less than",
    ],
    "post_approx": [
        # (lexicon 17, session 6) register variants: 300-ish, 300 more or less
        "ish", "more or less", "or thereabout", "or about",
        "or so", "odd", "or thereabouts", "give or take", "or around", "roughly", "approximately",
    ],
    "post_at_least": [
        # (lexicon 17, session 6) after the number: at least
        "at a minimum", "at the very least", "at the least", "and counting", "and rising",
        "or higher", "or upwards", "and upwards", "and over",
        "or more", "and more", "plus", "+", "and above", "or above", "at least", "and up",
        "or over", "minimum",
        # "N, if not more" (or even more) is at least, as "or more" (D3, D41)
        "if not more", "or even more", "perhaps even more", "possibly even more",
        # (17gwc) "300 or greater", "300 and climbing"
        "or greater", "and greater", "and climbing", "and growing", "and still rising",
        "and still counting",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number: at most
        "or below", "and under", "and below", "at the outside",
        "or fewer", "or less", "tops", "at most", "at the most", "max", "maximum", "or under",
        # (17gwc) "300 or lower"
        "or lower", "at maximum",
    ],
    "additional": [
        "rose by", "increased by", "grew by", "rising by", "up by",
        # (17no) the other verbs and nouns of a rise by N: its count is additional (rule 12,
        # D54.2); "to N" stays the total
        "climbed by", "jumped by", "surged by", "soared by", "went up by", "a jump of",
        "an increase of", "a rise of", "a surge of",
        "another", "additional", "further", "extra", "an additional", "a further", "an extra",
        "new batch of", "reinforcements of",
    ],
    # (17nl) "300 new cases": "new" right after the count is additional, as in every language
    # (D40.14, D51.8); "new cases rose to 300" names the counted
    "additional_post": ["more", "other", "others", "additional", "extra", "further", "new"],
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 injured, namely 20
        # adults and 12 children"; D23, D50.5)
        "namely",
        "including", "of whom", "of which", "of them", "among them", "among whom", "incl.", "incl",
        # (17gwc) the British "amongst", and "among which"
        "amongst them", "amongst whom", "among which", "amongst which", "among these",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "consisting of", "made up of", "composed of", "comprising", "comprised of",
    ],
    "total": [
        "total", "in total", "totaling", "totalling", "a total of", "total of", "in all",
        "altogether", "overall", "cumulative", "all told", "combined", "totalling some",
        # (17tc) a verb of change with "to" announces the new total: beside another number ("in
        # the three countries the toll rose to 4,500") the count after it is the figure (D35,
        # D58.1); "rose by N" stays additional
        "rose to", "risen to", "rises to", "rising to", "climbed to", "climbs to", "climbing to",
        "increased to", "increases to", "increasing to", "grew to", "grown to", "growing to",
        "jumped to", "soared to", "surged to", "swelled to", "fell to", "fallen to", "falling to",
        "dropped to", "declined to", "decreased to",
        # (17cc) "N more, reaching / bringing the total to M": the count the change reaches is
        # the new total (D35, D61.4)
        "reaching", "bringing the total to", "bringing the toll to", "bringing the number to",
    ],
    "range_pre": ["between", "from"],
    "range_sep": [
        "if not", "or even", "perhaps even", "possibly even",
        "to", "or", "through", "up to", "to about", "to around", "to as many as", "and up to",
        # (17gwc) "300 thru 400"
        "thru",
    ],
    "range_and": ["and"],
    "percent": ["%", "per cent", "percent", "pct", "per-cent", "percentage points",
                # (17gwc) the singular ("a 5 percentage point rise")
                "percentage point", "percentage-point"],
    "fraction": [
        # (17cg) "nearly all of the 30 gondola cars": "nearly all of" a count is a part of it, as
        # "most of the" (rule 13, D49.7, D65.6); "all of the 30" and "practically all 300" (no "of")
        # stay the count
        "nearly all of the", "almost all of the", "nearly all of its", "almost all of its",
        "times that", "times as many", "times more", "times higher", "times the",
        # a share of a group ("many of the 11 million displaced")
        "many of the", "many of its", "some of the", "some of its",
        # (17nj) "most of the 64 pilot whales … have died": a part of the count, as "many of the"
        # (rule 13, D49); "most of them" after a count stays a breakdown
        "most of the", "most of its",
        "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
        "tenths", "two-thirds", "one-third", "one-quarter", "three-quarters", "majority",
        "minority", "share", "proportion", "ratio", "one in", "in every",
        # (17gwc) the American "fourths" (not "fourth": an ordinal, "the fourth day")
        "fourths", "three-fourths", "one-fourth", "one-fifth", "two-fifths", "out of every",
    ],
    "rate": [
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "on average", "an average of", "on an average",
        "per day", "each day", "every day", "daily", "per week", "every week", "weekly",
        "per month", "every month", "monthly", "per hour", "per year", "annually", "per night",
        "each", "apiece", "per unit", "per brigade", "per battalion", "per regiment", "per soldier",
        "per person", "every", "per", "a piece",
        # (17gwc) "300 yearly", "300 nightly", "300 p.a."
        "yearly", "nightly", "hourly", "per annum", "p.a.", "per capita", "per head",
    ],
    "rate_post": ["a day", "a week", "a month", "a year", "an hour", "a night",
                  # (17gwc) "300 a minute"
                  "a minute", "a second", "a fortnight"],
    "units": [
        "battalion\\w*", "brigade\\w*", "regiment\\w*", "division\\w*", "platoon\\w*", "squad\\w*",
        "corps", "company", "companies", "battalion-sized", "contingents of", "batteries",
        "battery", "army", "armies", "units", "unit", "formation\\w*", "troop-carrying",
        "shiploads", "trainloads", "planeloads", "shipload", "trainload",
        # (17gwc) "three detachments"
        "detachment\\w*",
        # (34ra, D226.4) contingents counted, in the plural ("up to 11 contingents"); a contingent
        # is named before its size, with no number before it ("a contingent of 200")
        "contingents",
    ],
    "uncountable": [
        "a significant number", "a large number", "a great number", "a small number",
        "a substantial number", "a considerable number", "a huge number", "a vast number",
        "large numbers", "significant numbers", "many", "numerous", "countless", "a lot", "lots",
        "multiple", "plenty",
        # (17gwc) vague words with no magnitude
        "an unknown number", "an undisclosed number", "an unspecified number",
        "an untold number", "untold numbers", "a growing number", "an increasing number",
        "a great many", "a good many", "a host of", "myriad", "innumerable",
    ],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "from", "through", "throughout", "following", "prior to", "ahead of",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "as of", "till",
        # (17ci) a period, month, season or level and "of" before a year ("the same month of
        # 2013", "ai livelli del 2008"): a date (D7, D66.2)
        "same month of", "period of", "same period of", "level of", "levels of",
        "season of", "year of",
        # (17cs) a quarter of a year before the year ("in the first quarter of 2023"): a
        # date (D7, D50)
        # (17ta) a cohort named by its year ("the class of 2020 had 300 students", D56.2)
        "class of",
        "first quarter of", "second quarter of", "third quarter of", "fourth quarter of",
        "last quarter of", "final quarter of",
        "in", "since", "by", "until", "year", "during", "before", "after", "early", "late", "mid",
        "end of",
        # (17nj) "in the first half of 2022" is a date, no fraction (D7, D49)
        "first half of", "second half of", "latter half of",
        # (17nm) "the first nine months of 2016" (D7, D52.4)
        "months of", "weeks of", "days of",
        # (17gwc) the seasons ("in summer 2022 300 people died"); not "winter", whose span
        # "winter 2024-25" would read 25
        "summer", "spring", "autumn", "fall",
        # (17gwc) "beyond 2025" is a date as "after 2025" (with "beyond" an at-least word)
        "beyond",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a
    # serogroup, type, class, grade, draw, issue or edition number, an age ("serogroup 1",
    # "aged 47")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "hotline", "helpline", "dial", "house number", "minus",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitude", "a magnitude", "richter", "temperature of", "temperatures of",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "route", "highway", "interstate", "km", "milepost", "mile marker", "exit", "junction",
        "article",
        # (17ca) a week's number after its word ("KW 15", "semaine 40"): no count (D59.5)
        "calendar week", "epi week", "epiweek", "mmwr week", "week no", "week number",
        "serogroup", "serotype", "type", "class", "grade", "category", "draw", "episode",
        "issue", "edition", "aged", "ages", "level", "stage", "division", "model",
        "version", "chapter", "section",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "capacity of",
        # (23rd, D129.3) a capacity or a limit told before its number, with its verb or
        # adjective ("space meant for 1,044", "при лимите в 8657"): no count beside another
        # number, as D96's "capacity of"
        "meant for", "designed for", "designed to hold", "built for", "built to hold",
        "intended for",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("12 fewer than in 2016", "77 less deaths overall when compared"): no count
    # beside the count
    "differences": [
        r"\S+ # (?:fewer|less|more)(?: [^\W\d_]+){0,3}?"
        r" (?:than|compared|as against)(?![^\W\d_])",
    ],
    "source_words": ["(?<!\\w)according to(?!\\w)",
                     "(?<!\\w)(?:police|organi[sz]ers|unions?) "
                     "(?:say|said|says|estimated?)(?!\\w)"],
    "compared_pre": [
        "compared with", "compared to", "compared with the", "compared to the", "as compared with",
        "as compared to", "in comparison with", "in comparison to", "versus", "vs", "against",
        "as against",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "kw", "mw", "gw", "kwh", "mwh", "gwh", "kilovolt\\w*", "kilowatt\\w*", "megawatt\\w*",
        "gigawatt\\w*", "volts",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "hotline", "helpline", "storey",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "-metre", "-meter", "-kilometre", "-kilometer", "-km", "-centimetre", "-centimeter", "-cm",
        "-millimetre", "-millimeter", "-mm", "-foot", "-feet", "-inch", "-yard", "-ton", "-tonne",
        "-kilogram", "-kilo", "-kg", "-pound", "-lb", "-ounce", "-litre", "-liter", "-gallon",
        "-barrel", "-acre", "-hectare", "-mile", "-square-metre", "-square-meter", "-square-foot",
        "foot", "inch", "yard", "pound",
        "gallon", "acre",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "millimetres", "millimeters",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "degrees", "degree", "degrees celsius", "degrees fahrenheit",
        "-magnitude", "magnitude",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metres", "meters", "feet", "ft", "yards",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "square metres", "square meters", "square miles", "square feet", "square yards",
        "square centimetres", "square centimeters", "cubic metres", "cubic meters", "cubic feet",
        "cubic yards", "cubic kilometres", "cubic kilometers", "cubic centimetres",
        "cubic centimeters", "acres",
        # (17ci) a mass or an area: alone it is the figure (rounds 10-38 label 43 of 43 so, D66.3)
        "kg", "kilograms", "kilogrammes", "tons", "tonnes", "square kilometres",
        "square kilometers", "hectares",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "seat", "seater",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "of", "out of",
    ],
    "time_units": [
        "hour\\w*", "day", "days", "week\\w*", "month\\w*", "year", "years", "minute\\w*",
        "night\\w*", "-year-old", "year-old", "years-old", "-hour", "-day", "-week", "-month",
        # (17ci) not a mass or an area ("kg", "tons", "km2"): alone the figure, beside a count a
        # measure (not_count_post; D66.3)
        "-year", "km", "kilometers", "kilometres", "miles", "mile",
        # (17nj) "four and a half days" is a duration, no fraction (D40, D49)
        "and a half days", "and a half hours", "and a half weeks", "and a half months",
        "and a half years",
        # (17nm) "a week and a half", "the first week and a half" (the unit before "and a half")
        # is a duration, no fraction (D7, D49.3, D52.4)
        "week and a half", "weeks and a half", "day and a half", "days and a half",
        "month and a half", "months and a half", "year and a half", "years and a half",
        "hour and a half", "hours and a half", "a week and a half", "a day and a half",
        "a month and a half", "a year and a half", "an hour and a half",
        # (17nm) "in the first nine months of 2016": the unit before "of" and a year is a
        # duration, and marks the year (D7, D52.4; as pt "meses de", 17nf)
        "months of", "weeks of", "days of",
        # (17nj) an adjective of a size ("the 20-page paper", "a 5-storey building"): a measure of
        # a thing, no count; dropped as a duration is (D32, D49)
        "-page", "-storey", "-story", "-floor", "-lane",
        # (17gwc) abbreviations and longer units ("within 5 hrs", "in 5 decades", "a 30-minute
        # walk")
        "hrs", "hr", "mins", "yrs", "yr", "wks", "seconds", "decade\\w*",
        "centur\\w*", "fortnight\\w*", "-minute", "-second", "-decade",
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
            "mom", "mum", "dad",
            "woman", "man", "girl", "boy", "grandmother", "grandfather", "son", "daughter",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "child", "kid", "baby", "infant", "toddler", "teenager", "teen", "adult", "brother",
            "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
            "brother-in-law", "sister-in-law",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 pupils and a teacher"
            "teacher", "guardian", "chaperone", "carer", "caregiver", "nanny", "owner",
            # (17dd, D85.1) "3 soldiers and their commander"
            "commander",
            "pilot", "co-pilot", "copilot", "driver", "captain", "conductor", "guide",
            "instructor", "skipper", "mother", "father", "wife", "husband",
            # (35ra, D233.8) a relative, a neighbour ("her three children and a relative")
            "relative", "neighbour", "neighbor"],
        "and": ["and"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["her", "his", "their"],
        "verbs": ["died", "fled", "drowned", "survived", "escaped", "perished", "were", "was",
            "are", "is", "remain", "remained"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "not two but 12", "12, not 2", "12 rather than 2"; "not only 2 soldiers but also 3"
    "contrast": {
        "not": ["not", "rather than", "instead of"],
        "but": ["but"],
        "also": ["also", "too", "as well", "in addition"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "rise", "rises", "increase", "increases", "increased", "drop", "drops",
        "decline", "declines", "declined", "decrease", "decreases", "decreased", "jump", "jumps",
        "jumped", "surge", "surged", "climb", "climbed", "growth", "grew", "rose", "fell",
        "dropped", "swelled", "soared", "plunge", "plunged", "plummeted", "reduction", "spike",
        "doubled", "tripled", "halved",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("1,200 people over 65", "children under 15, 284 in all", "52 under-15s",
    # "120 patients older than 70", "aged 80 and over"); alone it stays ("under 15" = at most 15).
    # "over / under / above / below N" limits an age only right after a noun of people and
    # before no scale, unit or duration ("over 65 people died" counts)
    "age_limits": [
        after(r"\d{1,3}\+", *PEOPLE) + AGE + r"\+(?! ?\d)",
        after(r"(?:over|under|above|below|older|younger) ", *PEOPLE)
        + r"(?:over|under|above|below|older than|younger than) (?:" + AGE + r"\b|"
        + AGE_WORDS + r")(?: years?(?: old| of age)?)?(?: (?:and|or) (?:over|older|above|up|"
        r"under|younger|below)\b)?(?! ?(?:thousand|million|billion|hundred|k\b|m\b|bn\b|%|"
        r"percent|per cent|times|-|days?\b|weeks?\b|months?\b|hours?\b|minutes?\b|nights?\b|km|"
        r"kilomet|miles?\b|met(?:er|re)s?\b|feet\b|kg\b|tons?\b|tonnes?\b|[.,]\d))",
        after(r"\d{1,3}(?: years?(?: old| of age)?)? (?:and|or) ", *PEOPLE) + AGE
        + r"(?: years?(?: old| of age)?)? (?:and|or) (?:over|older|above|up|"
        r"under|younger|below)\b(?! ?\d)",
        r"\b(?:under|over)-" + AGE + r"s\b",
        r"\b(?:older|younger) than " + AGE
        + r"(?: years?(?: old)?)?(?!\w)(?! ?(?:thousand|million|%))",
        r"\b(?:below|under|over|above) the age of (?:" + AGE + "|" + AGE_WORDS + r")(?: years)?\b",
        r"\baged (?:" + AGE + "|" + AGE_WORDS + r")(?: years)? (?:and|or) (?:over|older|above|up|"
        r"under|younger|below)\b(?! ?\d)",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["over", "under", "above", "below", "older", "younger", "aged", "+"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["and"],
        "plus": ["plus"],
        "the": ["the", "their", "his", "her", "its"],
        "whole": [
            r"(?:out )?of (?:the|this|that) (?:overall |grand )?total",
            r"(?:out )?of (?:this|that) number",
        ],
        "how": [
            "seriously", "critically", "severely", "badly", "gravely", "fatally", "mortally",
            "slightly", "lightly",
        ],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "missiles?", "rockets?", "drones?", "shells?", "bombs?", "projectiles?", "uavs?",
            "shaheds?",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(broke|broken|breaks|split|splits|snapped|cracked|torn|tore|ripped) in (?:half|two)"
         r"\b(?! (?:places|spots|points|locations|sections|parts)\b)", r"\1 apart"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 kilometres from")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\b(?:(?:about|around|some|roughly|approximately|nearly|almost|just|only|over|m"
            r"ore than|less than|under) )?(?:\d[\d.,]*+(?: \d{3})*|(?:(?:a few|several|many|"
            # (19ms, D89) a vague magnitude of the length ("a few hundred metres from", "hundreds
            # of metres from"); not "of" alone as the length's number
            r"some) )?(?:hundreds?|thousands?|tens|dozens)(?: of)?|(?!of\b)[a-z]+)(?: |-)?"
            r"(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|yards?|nautical miles?)"
            r"(?= "
            r"(?:from|away|off|outside|north|south|east|west|north-east|north-west|south-eas"
            r"t|south-west|northeast|northwest|southeast|southwest|inland|offshore|short of|"
            r"behind|beyond)\b)",
            r"",
        ),
        (
            r"\bwithin (?:(?:about|around|some|roughly|approximately) )?(?:\d[\d.,]*+(?: \d{"
            r"3})*|[a-z]+)(?: |-)?(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|"
            r"ft|yards?)(?= of\b)",
            r"within",
        ),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\bhalf an hour\b", "30 minutes"),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\bhalf a year\b", "6 months"), (r"\bhalf a century\b", "50 years"),
        (r"\bhalf a decade\b", "5 years"), (r"\bhalf a day\b", "12 hours"),
        # (17cd) "in their 70s" (an age decade) is an age, as "70 years" (D7, D59.7)
        (r"\b(their|his|her) ((?:early|mid|late)[- ])?([1-9]0)'?s\b", r"\1 \2\3 years"),
        # (17cd) "the third year" is an ordinal of a time, no fraction "a third" (D7, D59.6); not
        # before "quarter" ("the third quarter" is read as a period already)
        (r"\bthird (?=(?:year|month|week|day|time)\b)", "3rd "),
        (r"\bfourth (?=(?:year|month|week|day|time)\b)", "4th "),
        (r"\bfifth (?=(?:year|month|week|day|time)\b)", "5th "),
        # (17nw) "nineteen thousand, nine hundred and thirty-three": a comma after a scale word and
        # before a hundreds word is inside the number written in words (D53.1)
        (
            r"\b(thousand|million|billion), (?=(?:one|two|three|four|five|six|seven|eight|nine|a) "
            r"hundred\b)",
            r"\1 ",
        ),
        # (17no) "The other 201 incidents" (right before the count): the other ones, additional
        # as es "los otros 16" (D12, D54.5); not "the other day"
        (r"\bthe other (?=\d)", "the additional "),
        # (17cg) "which would raise the figure to around 445,000": a verb that brings a count to a
        # new total, as "bringing the total to" (D35, D61.4); its "to" is no range, and the
        # qualifier after it qualifies the new total (D65.1)
        (r"\b(?:raise|raises|raised|raising|bring|brings|brought|push|pushes|pushed|pushing|"
         r"put|puts|putting|take|takes|took|taking) (?:the|its|their) (?:figure|toll|total|"
         r"number|count|tally|estimate) to\b", "bringing the total to"),
        # (17cg) and before a number word ("the other three victims died later", D65.3)
        (r"\bthe other (?=(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
         r"thirty|forty|fifty|hundred)\b)", "the additional "),
        # (17nm) "the toll rose by 49 to at least 537": the new total is the figure, as "from A to
        # B" (D35, D52.6), no range of 49 to 537
        (
            r"\b(rose|risen|rising|rises|increased|increasing|increases|grew|grown|growing|jumped|"
            r"climbed|fell|fallen|dropped|declined|decreased|went up|gone up|up|down) by "
            r"(?:about |around |some |nearly |almost |more than |over )?\d[\d.,]*"
            # (17cc) a percentage of change ("rose by 18% to 46", D61.3)
            r"(?: (?:thousand|million|hundred))?(?: ?%| percent| per cent)?,? to (?=\S)",
            r"\1 to ",
        ),
        # (17nm) "Ten workers under the age of 16", "a boy aged 16", "aged 16 to 18": an age
        # written without its unit is no count (D7, D52.4); "under 16" alone stays at most.
        # A second age after "and" only where nothing is counted after it: in "3 children aged
        # 12 and 5 adults" the 5 counts adults (two counts, unparsed), after 17td's review
        (
            r"\b(aged|ages|age of|ages of)( (?:between |from )?\d{1,3}"
            r"(?:\s*(?:-|to)\s*\d{1,3}|\s+and\s+\d{1,3}(?=\s*(?:$|[.,;:)]|years?\b|yrs\b|were\b|are\b|was\b|died\b|have\b|had\b)))?"
            r"(?![\d.,]*\s*(?:thousand|million|hundred)))(?![.,]?\d)",
            r"\1",
        ),
        # (17nm) "237 more than in 2022", "120 more than a year earlier", "over 2,000 more than
        # 2023": "more than" right after the count (and its noun), before the time or the
        # expectation it is compared with, is "N more" (rule 12, D38.4, D52.1); "more than" before
        # a number stays at least, and so does a year that a noun follows ("more than 2022
        # people")
        (
            r"(?<=\d)( [^\W\d_]+)? more than (?=(?:in|during|at|on|for|the|a|an|last|this|"
            r"previous|prior|expected|usual|normal|before|previously|earlier|anticipated|"
            r"forecast|predicted)\b)",
            r"\1 more compared with ",
        ),
        (
            r"(?<=\d)( [^\W\d_]+)? more than (?=(?:19|20)\d\d\b(?![.,]\d)(?! *[^\W\d_\s]))",
            r"\1 more in ",
        ),
        # (33ra, D224.10) "a year later / earlier / ago" after the count is when it was told, no
        # rate "a year" (D19): "rising to nearly 59,000 a year later" is nearly 59,000. Only right
        # after the count (and its noun), where D19 reads a rate; not "on", "before", "after" ("200
        # calls a day on the hotline", "50 a day before the truce": rates)
        (
            r"(?<=\d)((?: [^\W\d_]+)?) an? (?:year|month|week|day|decade|fortnight|night|hour) "
            r"(?=(?:later|earlier|ago|afterwards|previously)(?!\w))",
            r"\1 ",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 per ",
        ),
        # a height, depth or distance in metres ("from a height of three metres", "at a depth of
        # 300 metres") is no count; a length alone stays as written (D45.3)
        (
            r"\b(height|depth|distance|altitude) of (?:about |nearly |some |over )?"
            r"(?:\d[\d.,]*|[a-z]+)(?: |-)(?:metres|meters|feet|m)\b",
            r"\1",
        ),
        # "in the 2004 floods", "during the 2011 earthquake": a year after a year word and
        # "the" is a date (D7, 17nd), as after "in a" (D43.2); not with a comma or a decimal
        # ("in the 2,000 homes"), nor before a hyphen ("the 1500-strong crowd")
        (r"\b(in|during|since|before|after|until) the (?=(?:19|20)\d\d(?![\d,.\-]))", r"\1 "),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:if not|or even|perhaps even|possibly even)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (
            r"\b(?<=\d )(?:out )?of (?:a total of|the total of|the total|"
            r"a total) (?=\d)",
            "of the ",
        ),
        # the age of the oldest or youngest, its unit left out ("наймолодшому — 26 років,
        # найстаршому — 60", "the oldest was 60"), is no count (D7, D41)
        (
            r"\b(the (?:oldest|youngest|eldest))(?: [^\W\d_]+)?(?:\s*[—–:]\s*| (?:was|is|being|"
            r"aged) )"
            r"\d+(?:[.,]\d+)*(?:\s*(?:years?(?: old)?))?(?![\w.,]*\s*(?:thousand|million))",
            r"\1",
        ),
        # a clock time told by the part of the day ("hasta las cinco de la mañana", "at 5
        # a.m.", "às cinco da manhã", "alle cinque del mattino") is no count (D28, D41)
        (
            r"\b(at|until|till|by|from|around|after|before|about|since|to|as of|as at) "
            r"(?:\d{1,2}|one|two|"
            r"three|"
            r"four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.][0-5]\d)? ?(?:in the "
            r"(?:morning|afternoon|evening)|at night|o['’]clock|a\.m\.|p\.m\.|am|pm)(?!\w)",
            r"\1 ",
        ),
        # (17nh) a clock time written "11:30" after a word of time ("As of 11:00, about 350,000
        # customers", "at 11.30") is no count (D28, D48.1); a ratio "1:10" has no such word
        (
            r"\b(at|until|till|by|from|around|after|before|since|as of|as at) (?:[01]?\d|2[0-3])"
            r"(?::[0-5]\d|\.[0-5]\d(?! ?(?:million|billion|thousand|per|%)))\b(?![.,:]?\d)",
            r"\1 ",
        ),
        # (19ms, D90) a day and month in two digits each after a preposition of a date ("between
        # 06/08 and 16/08, 2,413 visits", "on 08/06"): a date without its year, no fraction
        (
            r"\b(on|since|until|till|from|between|and|to) (?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|"
            r"[12]\d|3[01])\b(?![/\d]|[.,]\d)",
            r"\1 ",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(some|several|many|a few|most)(?= (?:of them |of whom )?(?:critically|"
            r"seriously|"
            r"severely|badly|gravely|fatally|in critical|in serious)\b)",
            r", including \1",
        ),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:one|two|three|both) (doses?)\b", r"\1\2"),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\bnone of (?:the |these |those )?"
            r"(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)",
            "0 of ",
        ),
        # "645 deaths for 2023": a year after "for" that no noun follows is a date (D7, D38)
        (r"\bfor ((?:19|20)\d\d)\b(?![ \t]*[^\W\d_])(?![ \t]*\d)", r"in \1"),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\bnumber \d+(?:[.,]\d+)*\b", " "),
        # the number of a road, line, flight or reactor ("Highway 1", "Flight 370", "Reactor 4")
        # is a designation, no count (D32)
        (r"\b(highway|interstate|route|flight|reactor|platform|gate) \d[\d.,]*", r"\1"),
        # (17nh) "did not pass / exceed N" is at most N, as "does not exceed" (D42, D48.6); "the N
        # mark passed" (was passed) is at least N, as "passed the N mark" (rule 3, D39.4)
        (r"\b(?:did|does|do|had|has|have|would|will) not (?:pass|exceed|surpass|top)\b", "up to"),
        (
            r"\b(?:the )?(?<![\d.,])(\d[\d,.]*+(?: (?:thousand|million|billion))?)[ -]mark "
            r"(?:(?:was|has been|had been) )?(?:passed|surpassed|crossed|exceeded|topped)\b",
            r"passed \1",
        ),
        # (17nh) "bus line 5", "the A89", "the M25": a line's number and a road written as a
        # letter glued to its number are designations too (D32, D48.2)
        (r"\b((?:bus|tram|metro|subway|rail|train) line) \d{1,4}\b(?![.,]\d)", r"\1"),
        (r"\b(the|on|off|along|via) [am]\d{1,3}\b(?![.,]\d)", r"\1 "),
        # "no one died", "not a single one" (D36): none, no count; (17co) not "not one or two
        # but dozens", one of a number word pair denied (D71)
        (r"\b(?:no|not)(?:-| )(?:a single )?one\b(?! ?(?:or|to|-|,) ?(?:two|three|\d))", "none"),
        # (17cb) "not even one", "not even a single" (D36, D60.3): none, no count
        (r"\bnot even (?:a single |one single )?one\b", "none"),
        # (17cb) "the pilot and all four passengers died": "and all N" after a word counts the
        # others of a sum, as "and four other passengers" (D12, D37.2, D60.3): unparsed
        (r"(?<=[^\W\d] )and all (?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve)\b)", "and another "),
        # "Some historians have put the toll up to 3,000", "Some say 200-300": "some" names who
        # reports the figure, no count (D9)
        (
            r"\bsome (say|said|put|estimate|estimated|claim|claimed|believe|suggest|suggested|"
            r"historians|experts|estimates|sources|reports|officials|analysts|observers|scholars|"
            r"researchers|accounts)\b",
            r"\1",
        ),
        # a unit's name in the singular before a plural noun names what the counted belong to:
        # "six construction company officials", "three battalion commanders" count people, no
        # units (D20, D40); "six companies" stays a unit count, and so does a unit after "one",
        # "a", "the", "each" ("one battalion attacks"). Written from the unit's name, so that the
        # gate tries a rare word, not every number
        (
            r"\b(?:company|battalion|brigade|regiment|division|platoon|squad|battery|unit)"
            r"(?= [a-z]+s\b)(?! (?:was|has|is|does)\b)"
            r"(?<!\bone company)(?<!\bone battalion)(?<!\bone brigade)(?<!\bone regiment)"
            r"(?<!\bone division)(?<!\bone platoon)(?<!\bone squad)(?<!\bone battery)"
            r"(?<!\bone unit)(?<!\b1 company)(?<!\b1 battalion)(?<!\b1 brigade)(?<!\b1 unit)"
            r"(?<!\ba company)(?<!\ba battalion)(?<!\ba brigade)(?<!\ba regiment)"
            r"(?<!\ba division)(?<!\ba platoon)(?<!\ba squad)(?<!\ba battery)(?<!\ba unit)"
            r"(?<!\bthe company)(?<!\bthe battalion)(?<!\bthe brigade)(?<!\bthe unit)"
            r"(?<!\beach company)(?<!\beach battalion)(?<!\beach brigade)(?<!\beach unit)",
            "",
        ),
        # "the 1985 earthquake that killed thousands": a bare 1900-2099 after "the" and before a
        # noun, with another figure later in the phrase (not after "and"), is the year of the
        # event (D7, D39, D40); "the 1985 troops" alone and round hundreds ("the 1500 soldiers
        # killed 30") stay counts
        (
            r"\b(the|its|their|this|that) ((?:19|20)(?!00)\d\d) (?!(?:or|to|and)\b)"
            r"(?=[a-z]+ (?:(?!\band\b)[^,;])*?(?:\d|\b(?:dozens|hundreds|thousands|millions|"
            r"scores)\b))",
            r"\1 year \2 ",
        ),
        # "Death toll up to 32" (a headline: the toll has risen to 32) is the new total, as
        # Russian "до" after a verb of change (D29, D40); "put the (total death) toll up to 3,000"
        # (as many as), the toll after "the" (a verb's object), is not
        (
            r"\btoll(?<!the toll)(?<!the death toll)(?<!total death toll)(?<!put toll)"
            r"(?<!puts toll) (?:in [a-z]+ (?:[a-z]+ )?)?(?:is |now |climbs |climbed |has climbed )?"
            r"up to\b"
            r"(?=,? (?:about |around )?\d)",
            "toll rose to",
        ),
        # (17ta) "more than tripled from A to B": the ratio is the change's, no qualifier of B
        # (D35, D56.5)
        (r"\b(?:more than|nearly|almost) (doubled|tripled|quadrupled)(?=,? from\b)", r"\1"),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\b(rose|risen|rises|rising|increased|increasing|climbed|climbing|jumped|grew|grown|"
            r"growing|went up|gone up|soared|surged|fell|fallen|falling|dropped|declined|decreased|"
            r"put|raised|revised|lowered|went|gone|going|doubled|doubling|tripled|tripling|"
            # (17cc) a comma after the verb ("has more than doubled, from 10 in 2016 to 22", D61.1)
            r"quadrupled|halved)"
            # (17ta) an adverb or a ratio word between ("rose marginally from 60 to 61", "more
            # than tripled from 1110 to 3522"), the old count in words ("from six in 2011 to
            # thirteen"): the new total B (D35, D56.5); (17cl) a comma after the adverb
            # ("increased significantly, from 581 in 2010 to 6932", D69)
            # (17cl) any adverb in -ly ("markedly", "considerably"), not only those met (D69)
            r"(?:,? (?:[a-z]+ly|further|again))?,? "
            # (17cl) the old count grouped by spaces ("from 27 862 to 25 610", D69)
            r"from (?:about |around |some )?(?:\d[\d.,]*(?:[ \u00a0\u202f]\d{3}(?!\d))*|"
            r"(?:one|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|a dozen|a few|a handful)\b)"
            # the old count's year may follow it ("from 306 in 2014 to 444", D39), or another word
            # of its time ("from 935 last year to 1,031", D41)
            # (17nj) also after its noun or between commas ("falling from 22 deaths in 2019 to 9",
            # "from 404, in 2012, to", D49)
            r"(?: (?:hundred|thousand|million))?(?:(?: [^\W\d_]+)?(?:,? in (?:19|20)\d\d,?|"
            r" last (?:year|month|week)|"
            r" the (?:previous|prior) (?:year|month|week|day)| a (?:year|month|week|day) "
            r"(?:earlier|before|ago)| earlier| previously| yesterday| initially| at first)"
            # (30rg, D213) or its noun alone, the new total in digits after "to" closing what
            # is told ("has risen from 300 people to 500"), as "from 300 to 500 people" reads
            r"| [^\W\d_]+(?= to \d[\d.,]*(?:$|[,;.)])))? to\b",
            r"\1 to",
        ),
        # (17cc) "went up from 3 to 5" left "went up to 5" above: the change's "to", no "up to"
        # (at most) of B (D35, D61.1)
        (r"\b(went|gone|going) up to (?=(?:about |around |nearly |more than )?\d)", r"rose to "),
        # (17tc) the change told the other way round, "to B from A" ("rising to 8,975 from about
        # 6,800 in February"): the new total B, the old count and its time dropped (D35, D58.2)
        (
            r"\b((?:rose|risen|rises|rising|climbed|climbing|increased|increasing|grew|grown|"
            r"growing|jumped|soared|surged|fell|fallen|falling|dropped|declined|decreased) to "
            r"(?:about |around |nearly |almost |more than |over )?\d[\d.,]*"
            # (17cc) also "compared with / to A" after the new total (D61.2)
            r"(?: (?:hundred|thousand|million))?(?: [^\W\d_]+)?),? (?:from|compared (?:with|to)) "
            r"(?:about |around |some )?\d[\d.,]*(?: (?:hundred|thousand|million))?"
            r"(?: (?:in|on) (?:(?:19|20)\d\d|[^\W\d_]+)| last (?:year|month|week)|"
            r" a (?:year|month|week|day) (?:earlier|before|ago)| earlier| previously| yesterday)?"
            r"(?![\w.,]*\d)",
            r"\1",
        ),
        # (17cc) "46 deaths, up from 39 a year earlier", "down from 52 in 2022": "up / down from"
        # tells a change, the count before it the new total, the old count dropped (D35, D61.2)
        (
            r",? (?:up|down) from (?:about |around |some )?\d[\d.,]*"
            r"(?: (?:hundred|thousand|million))?(?: (?:in|on) (?:19|20)\d\d|"
            r" last (?:year|month|week)| a (?:year|month|week|day) (?:earlier|before|ago)|"
            r" the (?:previous|prior) (?:year|month|week|day|season)| earlier| previously|"
            r" yesterday)?(?![\w.,]*\d)(?! to\b)",
            "",
        ),
        # "15 killed, four of them children": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) of (?:them|whom)\b", r", including \1"),
        # (17cv, D78.3) "six and a half million", "2-and-a-half billion": a number and a half
        # before a magnitude is the number of it and half of it, told as the next lower one ("six
        # million 500 thousand"), before "half a million" takes the "half" of it
        *[
            (
                r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
                r"[ -]and[ -]a[ -]half[ -]" + scale + r"s?\b",
                r"\1 " + scale + " " + rest,
            )
            for scale, rest in (
                ("billion", "500 million"), ("million", "500 thousand"), ("thousand", "500"),
                ("hundred", "50"),
            )
        ],
        (r"\bhalf (?:a |an )?(million|billion|thousand|dozen|hundred)\b", r"0.5 \1"),
        # (29rv, D212.1) "one" of a compound adjective is no count: "11 Shahed one-way combat
        # drones", "a one-off payment", "one-time", "one-sided" (written as one word)
        (r"\bone-(way|off|time|sided|man|woman|stop|size|party|day|year|on-one)\b", r"one\1"),
        # (29, D211) hyphenated as "quarter-million" is: "a half-million people homeless" (not
        # "half-dozen", the collective of D6: approx 6)
        (r"\bhalf-(million|billion|thousand|hundred)\b", r"0.5 \1"),
        (r"\b(?:a|one) (million|billion|thousand|hundred|dozen) and a half\b", r"1.5 \1"),
        (r"\bone and a half (million|billion|thousand|hundred|dozen)\b", r"1.5 \1"),
        (r"\b(?:a |one )?quarter(?: of a|-| ) ?(million|billion)\b", r"0.25 \1"),
        (r"\bthree quarters of a (million|billion)\b", r"0.75 \1"),
        # "could rise to around 15": the nearest qualifier governs (D1), "rose to" is no range's
        # "to around" (rule 6) when no number stands before it (D39). Written from "to" with
        # look-behinds for the verb, so that the gate tries one word, not every verb, at each word
        (
            r"\bto (?=(?:about|around)\b)(?:"
            r"(?<=rise to )|(?<=rises to )|(?<=rising to )|(?<=rose to )|(?<=risen to )|"
            r"(?<=climb to )|(?<=climbs to )|(?<=climbed to )|(?<=climbing to )|"
            r"(?<=increase to )|(?<=increases to )|(?<=increased to )|(?<=increasing to )|"
            r"(?<=jump to )|(?<=jumps to )|(?<=jumped to )|(?<=grow to )|(?<=grows to )|"
            r"(?<=growing to )|(?<=grew to )|(?<=grown to )|(?<=fall to )|(?<=falls to )|"
            r"(?<=falling to )|(?<=fell to )|(?<=fallen to )|(?<=drop to )|(?<=drops to )|"
            r"(?<=dropped to )|(?<=soared to )|(?<=surged to )|(?<=swelled to )|"
            r"(?<=swollen to )"
            r")",
            "",
        ),
        # "this one", "that one": a pronoun, no count (D8, D39); "centered around", "revolves
        # around": the verb's preposition, no "approximately" (D34, D39)
        (
            r"\bone\b(?:(?<=this one)|(?<=that one)|(?<=which one))"
            r"(?! (?:of|hundred|thousand|million)\b)",
            "",
        ),
        (
            r"\baround\b(?:"
            r"(?<=centered around)|(?<=centred around)|(?<=centering around)|"
            r"(?<=centring around)|(?<=centers around)|(?<=centres around)|"
            r"(?<=revolves around)|(?<=revolved around)|(?<=revolving around)|"
            r"(?<=revolve around)|(?<=clustered around)|(?<=gathered around)|"
            r"(?<=built around)|(?<=based around)"
            r")",
            "on",
        ),
    ],
    "stop": [
        # (17cb) "another of their helicopters": "another" before "of" is a pronoun of
        # another thing, no "more" of the count (rule 12, D60.1); "another 20" stays additional
        "another of",
        # (17tb) the lottery's name "Mega Millions" is no magnitude (D32, D57.3)
        "mega millions",
        "the", "troops", "soldiers", "soldier", "personnel", "people", "men", "women", "killed",
        "wounded", "dead", "deaths", "casualties", "injured", "captured", "prisoners", "workers",
        "shells", "rounds", "missiles", "containers", "civilians", "fighters", "servicemen",
        "combat", "engineers", "north", "korean", "koreans", "russian", "only", "all", "just",
        "likely", "reportedly", "first", "in", "on", "at", "with", "and", "or", "was", "were",
        "have", "has", "had", "including", "sent", "deployed", "new", "some", "military", "army",
        "lost", "losses", "children", "officers", "estimate", "according", "to", "by", "for", "its",
        "this", "that", "these", "those", "total", "battle", "kursk", "region",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["winter", "wintertime"],
        "spring": ["spring", "springtime"],
        "summer": ["summer", "summertime"],
        "autumn": ["autumn", "fall"],
    },
    "words": {
        "rel:last": ["last", "previous", "the previous", "preceding", "the preceding"],
        "rel:past": [
            "the last", "the past", "past", "over the last", "in the last", "during the last",
            "within the last", "over the past", "in the past", "during the past", "within the past",
        ],
        "rel:this": ["this", "the current", "current", "this past"],
        "rel:next": ["next", "the next", "coming", "the coming", "upcoming", "the upcoming"],
        "unit:day": ["day"],
        "units:day": ["days"],
        "unit:week": ["week"],
        "units:week": ["weeks"],
        "n:2 unit:week": ["fortnight"],
        "n:6 units:month": ["half a year", "half year", "six months"],
        "weekend": ["weekend", "the weekend", "week end"],
        "now rel:this unit:year": ["year to date", "ytd", "the year to date"],
        "unit:month": ["month"],
        "units:month": ["months"],
        "unit:year": ["year"],
        "units:year": ["years"],
        "unit:hour": ["hour", "hours", "hrs"],
        "quarterw": ["quarter"],
        "halfw": ["half"],
        "part:early": ["early", "early in"],
        "part:begin": ["beginning", "the beginning", "start", "the start"],
        "part:mid": ["mid", "middle", "the middle", "midway"],
        "part:late": ["late", "late in"],
        "part:end": ["end", "the end", "close", "the close"],
        "day:0": ["today", "tonight", "this morning", "this afternoon", "this evening"],
        "day:-1": ["yesterday", "last night"],
        "day:-2": ["the day before yesterday"],
        "day:1": ["tomorrow"],
        "now": [
            "now", "so far", "to date", "thus far", "as yet", "until now", "up to now",
            "up until now", "till now", "by now", "as of now", "as of today", "currently",
            "presently", "already", "at present", "at the moment", "at this stage", "at this point",
            "right now", "to this day", "as things stand",
        ],
        "before": [
            "earlier", "previously", "recently", "lately", "formerly", "in recent", "recent",
            "earlier on",
        ],
        "future": ["soon", "shortly", "in the future", "in the near future"],
        "within": ["within"],
        "since": [
            "since", "starting", "starting in", "starting on", "starting from", "beginning in",
            "beginning on", "ever since", "after",
        ],
        "from": ["from"],
        "until": ["up to", "as of", "as at", "before"],
        "until deadline": ["until", "till", "up until", "by", "no later than"],
        "to": ["to", "through", "thru"],
        "between": ["between"],
        "and": ["and"],
        "ago": ["ago"],
        "n:1": ["a", "an", "one", "a single", "single"],
        "n:2": ["two", "a couple of", "couple of", "a pair of"],
        "n:3": ["three"],
        "n:4": ["four"],
        "n:5": ["five"],
        "n:6": ["six"],
        "n:7": ["seven"],
        "n:8": ["eight"],
        "n:9": ["nine"],
        "n:10": ["ten"],
        "n:11": ["eleven"],
        "n:12": ["twelve"],
        "n:14": ["fourteen"],
        "n:15": ["fifteen"],
        "n:20": ["twenty"],
        "n:24": ["twenty four"],
        "n:30": ["thirty"],
        "n:36": ["thirty six"],
        "n:48": ["forty eight"],
        "n:72": ["seventy two"],
        "few": ["a few", "few", "several", "some", "a number of", "a handful of"],
        "ord:1": ["first"],
        "ord:2": ["second"],
        "ord:3": ["third"],
        "ord:4": ["fourth"],
    },
}

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("This was stated, as Glavcom reports, by …"): the aside does not break it
_RELAYED_ASIDE = ("(?:, (?:as (?:[^,.]{1,40} )?(?:reports?|reported|writes|wrote|notes|noted|"
                  "relays|relayed)|according to [^,.]{1,40}),)?")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["missiles?", "rockets?", "shells?", "howitzers?", "drones?", "artillery", "guns?",
                "weapons?", "munitions?", "ammunition"],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["if not", "or even", "or perhaps even", "possibly even", "perhaps even",
                          "perhaps", "maybe", "possibly"],
    # a body named under the one it belongs to ("the DIA under South Korea's defence
    # ministry"): the second is no other source
    # a name that is the place of something ("the Kyiv-based Regional Centre"): no source
    "place_after": ["-based", "based"],
    "subordinate": ["under", "within", "part of", "subordinate to", "attached to"],
    # (19nm) outlets named by grammar (articles/outlets.py): a media noun before the
    # name ("the British newspaper The Times", "the US outlet NK News"), a name closing
    # the sentence after a newsroom's verb, or before one ("as the Daily Star reported")
    "outlet_grammar": {
        "before": ["newspaper", "paper", "daily", "tabloid", "weekly", "magazine",
                   "broadcaster", "(?:tv |television )?channel", "news (?:site|website|"
                   "portal|outlet)", "outlet", "news agency", "publication"],
        "adjectives": [],
        "verbs": [],
        "verbs_after": [],
            "skip": ["state", "state-run", "state-controlled", "official", "propaganda"],
    },
    # claimant names composed of a country and a body (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": ["ukrainian", "ukraine's", "kyiv's", "kiev's"],
                   "name": ["ukraine", "kyiv", "kiev"]},
            "KR": {"adj": ["south korean", "south korea's", "seoul's", "s\\.\\s?korean"],
                   "name": ["south korea", "seoul"]},
            "US": {"adj": ["u\\.s\\.", "us", "american", "united states'?", "washington's",
                           "america's"],
                   "name": ["the u\\.s\\.", "the us", "the united states", "washington"]},
            "GB": {"adj": ["british", "uk", "u\\.k\\.", "britain's"],
                   "name": ["the uk", "the united kingdom", "britain", "london"]},
            "RU": {"adj": ["russian", "russia's", "kremlin"], "name": ["russia", "the kremlin"]},
            "WEST": {"adj": ["western"], "name": []},
            "KP": {"adj": ["north korean", "north korea's", "pyongyang's"],
                   "name": ["north korea", "pyongyang"]},
        },
        "bodies": {
            # (16db) a country's media reporting
            # ("Ukrainian media reported", "South Korean media outlets"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["media", "media outlets", "news outlets", "media reports"],
            # what a side has published ("according to Ukrainian estimates"): its government
            # (not "figures", "data", "information", "count": "gave us figures", "let us count",
            # "North Korean information technology workers")
            "statement": ["estimates?", "assessments?", "claims", "tally", "statements"],
            "state_media": ["(?:state|state-run|state-controlled|official|government) (?:media|"
                            "news agency|press|television|tv|broadcaster)", "media",
                            "propaganda"],
            "government": ["officials?", "authorities", "government", "administration",
                           "government sources", "officials and sources", "civil servants",
                           # (16ck) the source nouns of a side: "South Korean sources", "a
                           # Ukrainian spokesman", "the US leadership"
                           "sources", "spokes(?:man|woman|person|people)", "leadership",
                           "diplomats?", "congress", "congressional (?:report|research service)",
                           # (31ar) an agency of the state left unnamed ("a South Korean security
                           # agency estimates that …"): its government, the broader name
                           "(?:security|government) agenc(?:y|ies)"],
            "security": ["security service", "federal security service"],
            "intelligence": ["intelligence", "intelligence (?:services?|agenc(?:y|ies)|officials?|"
                             "community|reports?|assessments?|estimates?|sources)",
                             "spy (?:agency|service)", "spies", "spy chiefs?",
                             "secret services?(?: reports?)?"],
            "military_intelligence": ["military intelligence", "defen[cs]e intelligence"],
            "defence": ["defen[cs]e ministry", "ministry of defen[cs]e", "defen[cs]e department",
                        "department of defen[cs]e", "defen[cs]e officials?", "defen[cs]e chiefs?"],
            "military": ["military", "army", "armed forces", "military officials?",
                         "military sources", "generals?", "commanders?"],
            # (27cl) a country's head of state ("the Ukrainian president", "Ukraine's leader")
            "leader": ["president", "leader", "head of state"],
        },
        # (27cl) a country's name as a noun before its body ("Ukraine military intelligence",
        # "the Ukraine president", "Seoul officials"), as English writes it in headlines
        "templates": ["{adj} {body}", "{name} {body}", "{body} (?:of|in|from) {name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:dead|killed) or (?:put )?(?:out of action|incapacitated)",
            # a side that "lost" soldiers lost them killed or wounded, as "losses" says
            "lost(?! contact| touch| track)", "losing(?! contact| touch| track)",
            "casualt\\w*", "loss\\w*", "killed or wounded", "killed and wounded",
            "killed or injured",
            "killed and injured", "dead or wounded", "dead and wounded", "dead or injured",
            "wounded or killed", "injured or killed", "killed, wounded", "died or were wounded",
            "were killed or", "killed or",
            "(?:killed|dead),? (?:wounded|injured)(?:,? or missing)?",
            # (31ar) a verb of death and one of wounds joined by "or", the auxiliaries between
            # ("have died or been wounded")
            "(?:died|killed|dead) or (?:(?!\\d)\\w+ ){0,2}(?:wounded|injured)",
        ],
        "killed": [
            "killed", "dead", "death\\w*", "died", "die", "slain", "perished", "lost their lives",
            "los(?:t|es) (?:their|his|her) li(?:ves|fe)",
            "fallen",
            "fatalit\\w*", "eliminat\\w*", "neutrali[sz]\\w*", "wiped out", "death toll", "killing",
            # headline verbs in the present ("Ukrainian forces eliminate 21 …, wound 40")
            "kills?",
        ],
        "wounded": ["wounded", "injured", "injur\\w*", "hurt", "wound(?:s|ing)?"],
        "captured": [
            "captured", "capture", "captures", "taken prisoner", "prisoners? of war", "pows?",
            "prisoners?", "captive\\w*", "in custody",
            # the verb in every tense (16k)
            "capturing", "took prisoner", "taken captive", "took captive",
            # (34ar) the police's verb outlets use for a capture ("Ukrainian forces apprehended two
            # wounded North Korean soldiers")
            "apprehend(?:ed|s|ing)?",
        ],
        "died_in_captivity": [
            "died in captivity", "died after being captured", "died after capture",
            # (18) died a day after his capture: a capture with its owner is of a person, never
            # of a place ("died after the capture of the village" stays no captive)
            "(?:died|passed away|succumbed)[^.\\d]{0,40} after (?:his|her|their) capture(?! of)",
            "died (?:soon |shortly |later )?of (his|their) (wounds|injuries)",
            "died (?:soon |shortly |later )?from (his|their) (wounds|injuries)",
            "succumbed to (his|their) (wounds|injuries)",
            # captured …, then died (the count may stand between)
            "captured [^.\\d]{0,60} who later died",
            "took [^.\\d]{0,20}captive but (?:they|he) died",
            "captured [^.\\d]{0,60}(?:but|and later|before) (?:they |he )?died",
            # (35aa) the captives named again by their noun ("had captured North Korean
            # soldiers, but those prisoners died of wounds", "but the captives died")
            "captured [^.\\d]{0,60}but (?:the|those|these|both) (?:prisoners|captives|soldiers|"
            "men) (?:later |soon |had |have )?died",
            # (16ab) the captive named by the participle, then his death ("The North Korean
            # soldier captured by Ukraine has died"; not "the captured soldier said many had died")
            "captured (?:(?!said|says|told)[^.\\d,]){0,60}(?:has|had) (?:since |now )?"
            "(?:died|passed away|succumbed)",
        ],
        "deployed": [
            "deploy\\w*", "sent", "send\\w*", "dispatch\\w*", "station\\w*", "transferred",
            "moved", "contingent", "arriv\\w*", "present in", "fighting", "fight\\w*",
        ],
        "treated_in_north_korea": [
            "rehabilitation", "treated", "treatment", "sanatorium\\w*", "medical facilit\\w*",
            "recuperat\\w*", "convalesc\\w*",
        ],
        "hosted_children": ["hosted", "hosting", "hosts", "camp", "summer camp", "children's camp",
                            # (16pq) a holiday in North Korea ("the children of Russian service
                            # members … are vacationing in North Korea")
                            "vacation\\w*", "holidays?", "holidaying", "spen[dt] the summer"],
        "workers_sent": [
            # (16r) workers told by their work, with no worker noun (M2)
            "(?:sent|dispatched|shipped) [^.\\d]{0,40}to work",
            "to work (?:in|at|on|for)", "workforce", "labou?r force",
            # (16cd) people who work there ("thousands of North Koreans are working in Russia")
            "(?:are|were|have been) (?:\\w+ )?working (?:in|at)",
            "workers", "labou?rers", "construction workers", "builders"],
        "materiel_sent": [
            # (16r) materiel noun variants (V)
            "munitions",
            "projectiles",
            "artillery rounds",
            "shells", "rounds", "missiles", "containers", "howitzers", "rocket launchers",
            "artillery", "ammunition",
            # (16mw) guns and launchers ("120 self-propelled guns", "Koksan guns", "240 MLRS",
            # "multiple launch rocket systems"), rockets, mortars, small arms, armoured
            # vehicles and air defence ("20 air-defence systems"); tanks and drones stay
            # counts of no figure (``not_figure_after``)
            "guns", "koksans?", "mlrs", "launchers", "rockets", "mortars", "grenades",
            "(?:multiple )?(?:launch )?rocket systems", "rifles", "small arms",
            "armou?red (?:vehicles|personnel carriers)", "apcs",
            "(?:air[- ]?defen[cs]e|anti-?aircraft) systems",
        ],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["troops?", "soldiers?", "servicemen", "service members", "fighters?"],
    "troops": [
        "troops?", "soldiers?", "servicemen", "servicem[ae]n", "personnel", "fighters?",
        "military personnel", "forces", "men", "service members", "infantry", "sappers",
        "deminers", "engineers",
        # members of a military body ("nine members of the regiment"; 34ar: "1,500 members of
        # North Korean special forces")
        "members of (?:the |an? |its |their )?(?:\\w+ ){0,3}(?:regiment|unit|brigade|battalion|"
        "corps|"
        "contingent|army|armed forces|military|force)s?",
    ],
    # (16pq) not the camp's name ("the Songdowon International Children’s Camp"), as ko
    # "어린이(?! ?캠프)"
    "children": ["children(?!['’]s camp)", "child", "orphans", "minors", "girls", "boys",
                 "teenagers", "kids", "schoolchildren", "pupils"],
    "russian_wounded": ["wounded russian\\w*", "russian wounded", "wounded soldiers"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["(?:wounded|injured) north korean\\w*", "north korean (?:wounded|injured)"],
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": [
        # (16gh) an agreement to send, its partner between ("agreed with Kim … to send 6,000")
        "agreed with [^.;]{0,60}?to (?:send|deploy|dispatch)",
        "plans? to (?:send|deploy|dispatch|transfer)", "planning to", "planned",
                "will (?:send|deploy|dispatch)", "will be (?:sent|deployed|dispatched)",
                "(?:is|are) (?:set|expected|preparing|going|due|poised) to (?:send|deploy|"
                "dispatch|be sent|be deployed|arrive)", "to be (?:sent|deployed|dispatched)",
                "(?:could|may|might|would) (?:send|deploy|dispatch|be sent|be deployed)",
                "intends? to", "(?:agreed|pledged|promised|vowed|decided) to (?:send|deploy)",
                "upcoming", "forthcoming", "future",
        "will arrive",  # (16px)
        # (16pr) a sending told as likely ("is likely to send additional troops")
        "likely to (?:send|deploy|dispatch)",
        "preparing for", "preparations for",
    ],
    "additional": ["additional", "further", "another", "more(?! than)", "extra", "new",
                   "second wave", "third wave", "reinforcements",
                   # (16pr) a later group by its order or its turn ("a second contingent of
                   # 3,000 soldiers", "a rotation of 2,000 troops")
                   "(?:second|third|fresh) (?:contingent|batch|group|deployment|dispatch)",
                   "rotation"],
    "north_korea": [
        # "the North" as the one that sends ("The North has supplied Russia with …")
        "the north(?=['’]s | (?:has|had|sent|supplied|provided|delivered|shipped|transferred|"
        "dispatched|deployed)\\b)",
        "north korea\\w*", "dprk", "kpa", "pyongyang", "n\\. korea\\w*", "kim jong un's",
        "korean people's army",
        # (23at) the official name ("soldiers of the Democratic People's Republic of Korea")
        "democratic people['’]s republic of korea",
    ],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("killed 14 people in
        # Kyiv",
        # "deaths of Ukrainian civilians")
        "(?:people|persons|residents|civilians) (?:in|of) (?:kyiv|kiev|kharkiv|odesa|odessa|dnipro|"
        "zaporizhzhia|lviv|ukraine)",
        "deaths? of (?:\\S+ )?(?:ukrainians?|civilians)",
        # mixed units are not ours
        "north korean and russian", "combined russian and north korean", "russian and north korean",
        "russian soldiers", "russian troops", "russian servicemen", "russians", "russian forces",
        "ukrainian soldiers", "ukrainian troops", "ukrainian servicemen", "ukrainians",
        "ukrainian forces", "chechen", "civilians", "israeli\\w*", "palestinian\\w*",
        # (16ab) another country's soldiers, as ru/uk 16ru ("killing and wounding nine American
        # soldiers": the Pueblo's crew in 1968)
        "(?:american|u\\.?s\\.?|british|japanese|south korean) (?:soldiers|troops|servicemen|"
        "sailors|service members|military personnel)",
        # the victims of an attack on Ukraine ("14 dead in a Russian air strike on Kyiv")
        "(?:air ?strikes?|attacks?|missile strikes?|drone attacks?|shelling) "
        "(?:on|against) (?:kyiv|kiev|ukraine\\w*)",
        "russian (?:air ?strikes?|missile strikes?|drone attacks?|missile attacks?)",
        "akhmat",  # (16px)
    ],
    "attribution_next": [  # a sentence saying whose the figures just before are
        # (16cd) "That is the conclusion of a report by the ISW", "This conclusion was reached by"
        "(?:that|this) (?:is|was) the conclusion (?:of|reached by|drawn by)",
        "(?:that|this) conclusion (?:is|was) (?:contained|drawn|reached)",
        "(?:that|this|that's|this's) (?:is|was|comes|came)" + _RELAYED_ASIDE
        + " (?:according to|from)",
        "that's according to", "(?:that|this|the figures?|the estimates?|the numbers?) "
        "(?:is|are|was|were|comes?|came) (?:according to|from)",
        "so (?:said|says)", "(?:that|this) (?:is|was) what", "(?:that|this) (?:was|is) "
        "(?:reported|stated|announced|estimated|said|revealed)" + _RELAYED_ASIDE + " by",
        "(?:this|that) (?:figure|number|estimate)", "these (?:figures|numbers|estimates)",
        # "This information was revealed by White House spokesperson John Kirby" (16n)
        "(?:this|that|the) (?:information|data|assessment) (?:is|was|were|has been) "
        "(?:reported|stated|announced|revealed|disclosed|released|provided|given)" + _RELAYED_ASIDE
        + " by",
        "(?:the )?(?:figures?|estimates?|numbers?|data) (?:was|were|is|are|has "
        "been|have been) (?:provided|released|published|given|shared|disclosed|"
        "compiled)" + _RELAYED_ASIDE + " by",  # (16sw)
        "(?:that|this|the figure|the estimate) (?:is|was) based on",  # (16sw)
        # (31ar) the event told before, by a noun, announced by its source ("…, according to
        # Russian state news agency Tass. The move was announced by Sergei Shoigu")
        "(?:the|this|that) (?:move|plan|decision|deal|agreement|deployment|announcement) "
        "(?:was|has been|had been) (?:announced|revealed|disclosed|confirmed|made public)"
        + _RELAYED_ASIDE + " by",
    ],
    "attribution": [
        # (16cd) sharing information is saying it ("The NIS also shared information that …")
        "shared (?:the |its |new )?(?:information|data|intelligence|details)",
        "according to", "said", "says", "say", "told", "citing", "cited", "reported", "reports",
        "announced", "estimated", "estimates", "claimed", "claims", "stated", "added", "noted",
        "revealed", "confirmed", "believes?", "assessed", "disclosed", "briefed", "per",
        "wrote", "posted", "recalled", "explained", "warned",
        # the rest of the speech verbs, every tense outlets write (16k: a source is named by
        # the verb that says it spoke)
        "estimate", "estimating", "announces?", "confirms?", "reveals?", "warns?", "notes?",
        "adds", "writes", "stating", "saying", "telling", "tells", "adding", "noting",
        "claiming", "cites", "quoted", "quoting", "suggested", "suggests", "indicated",
        "indicates", "alleged", "alleges", "testified", "acknowledged", "admitted", "asserted",
        "stressed", "emphasi[sz]ed", "highlighted", "detailed", "specified", "concluded",
        "pointed out", "calculated", "put the (?:number|figure|toll|count)",
        "puts the (?:number|figure|toll|count)", "informed", "accused", "accuses",
        # (30ar) an estimate told by its verb and object ("Ukraine placed North Korean losses to
        # as many as 4,000", "Kyiv puts their casualties at 3,000"): its subject speaks
        "(?:put|puts|placed|places|placing|putting) (?:the |its |their )?(?:[a-z-]+ ){0,2}?"
        "(?:losses|casualties|death toll|toll|number|figure|count)",
        # a statement's noun with its author ("according to figures from Kyiv", "images
        # released by Kyiv")
        "according to (?:the )?(?:figures|data|estimates|information|assessments?|reports?) "
        "(?:from|of|by)", "(?:confirmation|announcement|estimates?|assessment|statement) by",
        "published by", "released by",
        # a finding is its finder's ("Seoul discovered at least 10,000 shipping containers")
        "discovered", "detected", "spotted",
        "assesses",  # (16sw)
        "assessing",  # (16sw)
        "reckons",  # (16sw)
        "reckoned",  # (16sw)
        "insisted",  # (16sw)
        "insists",  # (16sw)
        "contends",  # (16sw)
        "contended",  # (16sw)
        "argued",  # (16sw)
        "argues",  # (16sw)
        "declared",  # (16sw)
        "reiterated",  # (16sw)
        "affirmed",  # (16sw)
        "tweeted",  # (16sw)
        "mentioned",  # (16sw)
        "calculates",  # (16sw)
        "relayed",  # (16sw)
        "discloses",  # (16sw)
        "acknowledges",  # (16sw)
        "admits",  # (16sw)
        "testifies",  # (16sw)
        "announcing",  # (16sw)
        "confirming",  # (16sw)
        "revealing",  # (16sw)
        "puts? (?:the )?(?:total|losses|casualties|death toll) at",  # (16sw)
    ],
    # "according to" words: the name right after one is the explicit source of its clause,
    # not replaced by a more specific name of another clause
    # (16ij) the outlet a source spoke to in an interview is no source of its own ("said in an
    # interview with Russian media"): words before the outlet ("before") or right after it ("after")
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) information a speaker hands on from a source named right after ("before") or right
    # before ("after") these words: the origin (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:information|intelligence|data|figures|details)(?: that)?(?: he| she| they| it)?"
            " (?:had )?(?:obtained|received|got|gathered|been given|been provided) (?:from|by)",
            "(?:information|intelligence|data|figures|details)(?: that)?"
            "(?: was| were| had been)? (?:provided|supplied|shared|passed on|handed over|given|"
            "submitted|relayed) (?:to \\S+ )?(?:\\S+ )?by",
            "cit(?:ing|ed) (?:information|data|intelligence|figures) (?:from|of|by)",
            "rel(?:ying|ies|ied) on (?:information|data|intelligence) (?:from|of|by)"],
        "after": [],
    },
    "others": [
        "and (?:several |many |some )?other (?:western |allied |european )?"
        "(?:countries|nations|governments|states)",
        "and (?:its|their) (?:western )?allies",
    ],
    "interviewer": {"before": ["interview"], "after": []},
    "according": ["according to"],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["previously", "earlier", "previous", "prior", "before that",
                      "had (?:said|claimed|estimated|put)"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["while", "whereas"],
    "subject_first": True,
    "intelligence": ["intelligence", "spy agency"],
    "clause": ["and", "but", "while", "whereas"],
    "relay": ["lawmakers?", "legislators?", "mps?", "parliamentarians?", "member of parliament",
        "members of parliament",  # (16sw)
    ],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "according to (?:available |current |the latest |latest |some |various |rough )?"
        "estimates(?! (?:by|of|from))",
        "it is believed", "is believed to", "are believed to", "it is estimated",
        "is estimated to", "are estimated to", "is thought to", "are thought to", "is said to",
        "are said to", "reportedly", "estimates suggest",
        # reports nobody is named for (16w)
        "according to (?:media |press |unconfirmed |some )?reports", "reports suggest",
        # (16gh) reported earlier, nobody named ("It was reported earlier that …")
        "it (?:was|had been) (?:earlier |previously )?reported",
        "it is (?:being |widely |now )?reported",  # (16sw)
        "it has (?:been|also been) reported",  # (16sw)
        "(?:is|are) reported to",  # (16sw)
        "it is understood",  # (16sw)
        "(?:is|are) understood to",  # (16sw)
        "it is (?:widely )?thought",  # (16sw)
        "it is claimed",  # (16sw)
        # (art34b) an adverb between ("about 10,000 are now thought to be fighting for Moscow")
        "(?:is|are) (?:now|widely|still|also|generally) (?:thought|believed|estimated|said) to",
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:could|can|able to|would) (?:accommodate|house|seat|hold)",
        "capacity (?:of|for)",
        "room for",
        "(?:beds?|places) for",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "capable of (?:carrying|transporting)",
        "(?:can|could|able to) (?:carry|transport)",
        "designed to carry",
        "carrying capacity",
        "designed to (?:hold|accommodate|house)",  # (16px)
    ],
    "excluded": [
        # (16ce) soldiers who deserted or fled their units: none of the story's counts
        # (17ch) not the adjective ("a deserted village", "the streets were deserted") nor a
        # desertion prevented ("sent 3,000 troops … to stem desertion"): no soldier deserted
        "(?<!\\ba\\s)(?<!\\ban\\s)(?<!\\bthe\\s)(?<!\\bwas\\s)(?<!\\bwere\\s)(?<!\\bis\\s)"
        "(?<!\\bnow\\s)(?<!\\blargely\\s)(?<!\\bmostly\\s)(?<!\\balmost\\s)"
        "deserted(?! (?:villages?|towns?|streets?|areas?|buildings?|houses?|homes?|cit(?:y|ies)|"
        "roads?|islands?|hamlets?|settlements?|farms?))",
        "deserting", "deserters?",
        "(?<!\\bstem\\s)(?<!\\bprevent\\s)(?<!\\bcurb\\s)(?<!\\bstop\\s)(?<!\\bdeter\\s)"
        "(?<!\\bcombat\\s)(?<!\\bagainst\\s)desertions?", "went awol",
        "fled (?:their|the) (?:units?|posts?)",
        # (16cd) a shortage counted, not people sent ("the region is short of 5,000 workers",
        # "a shortage of 5,000 builders"; not "sent 5,000 workers to ease a labour shortage")
        "(?:short|shortage|shortfall|lack|deficit) of (?:\\S+ ){0,3}?\\d+",
        # (16r) goods sent the other way, from Russia to North Korea (E)
        "containers of aid",
        "aid containers",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "to avoid (?:being )?captur\\w*", "to avoid capture",
        "missing", "returned", "returning", "repatriated", "sent (?:back|home)",
        "brought (?:back|home)", "rotated (?:out|home)",
        # (16in) the wounded evacuated home are repatriated ("evacuated … back to North Korea")
        "evacuated [^.\\d]{0,60}?(?:back )?(?:home|to north korea|to pyongyang)",
        # a count of combined Russian and North Korean forces is no figure of the story (16n)
        "combined (?:russian and north korean |north korean and russian )?forces",
        "whom (?:\\S+ ){1,3}?(?:interviewed|met|spoke to|spoke with|talked to)",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))in (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d)",  # (16px)
        "stockpiles? of",  # (16px)
        "an arsenal of",  # (16px)
        "an army of",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "(?<=being\\s)sought", "(?<=are\\s)sought", "(?<=were\\s)sought", "wanted for",
    ],
    # "this figure": the metric of the figure before
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["of them", "of those", "of whom"],
    # "1,000 of these soldiers": a part of the figure before
    "partitive": ["of these", "of those", "of them"],
    # a number told again after one of these is an earlier figure's people ("the 11,000 troops")
    # (16ci) "all six workers": the people told before, as "the six"
    "definite": ["the", "these", "those", "all"],
    # the article of a number word ("un centenar", "a hundred"): part of the figure
    "indefinite": ["a", "an"],
    # auxiliaries after a name right after a speech verb: it is the reported clause's subject
    # ("officials in Seoul say Ukraine has captured …"), not who speaks
    "auxiliary": ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may",
                  "might"],
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["of the", "out of the", "out of"],
    "anaphora": ["this figure", "that figure", "the figure", "this number", "that number",
                 # (16pr) a pronoun for the number just told ("put it at more than 1,000")
                 "(?:put|puts|estimated?|estimates|place[sd]?) it at"],
    # a pronoun speaker ("he said"): the source named before, not the wire carrying it, even
    # the North Korean leader acting in the sentence before ("Kim … congratulated the troops.
    # He said nine were killed", 16v)
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Kim laid flowers before the portraits of nine soldiers")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "kim", "verbs": [
        "(?:has |had )?(?:laid|lays|paid|pays|honou?red|honou?rs|mourned|mourns|praised|"
        "praises|awarded|awards|decorated|decorates|presented|presents|announced|"
        "announces|declared|declares|acknowledged|acknowledges|admitted|admits|revealed|"
        "reveals|showed|shows|confirmed|confirms|hailed|hails|saluted|salutes|bowed|bows|"
        "knelt|kneels|said|says|told|stated)",
    ]},
    "they_open": ["they"],
    "pronoun": ["(?:he|she) (?:said|says|added|told|stated|noted|estimated|claimed|wrote|explained|"
                "reported|announced|confirmed|revealed|disclosed|acknowledged|admitted)",
                "(?:said|added|told|wrote) (?:he|she)", "according to (?:him|her)",
                "in (?:his|her) words"],
    # attribution carried across sentences (articles/carry.py): words that refer back to a
    # source named before (and the kind of source they fit), forms that go on with the report
    # before, and words that end it (a background sentence carries no source)
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py): "nouns" with their "of" right before the name, "possessive" the
    # name's "'s" and the noun right after it, "opens" the content opener right after the name
    "owned_statement": {
        "nouns": ["(?:claims?|announcement|statements?|assertion|assessment|estimates?|figures|"
                  "account|reports?) (?:of|by|from)"],
        "possessive": ["['’]s? (?:claims?|announcement|statements?|assertion|assessment|"
                       "estimates?|figures|account|reports?) that"],
        "opens": ["that"],
    },
    "carry": {
        # (16cs) carrying a source further (articles/carry.py; docs/articles.md "Carrying a
        # source further (16cs)"): "closes_later" opens a later sentence that says whose the
        # report before it is and is read with "closes"; "closes_later_within" may stand
        # anywhere in it (read with "closes_within"); "documents": the report, announcement,
        # statement, material, data or assessment of a source named before (read with
        # "anaphors", kind as there); "links": a linking adverb opening a sentence (a paragraph)
        # that goes on with the report before (read with "adds")
        "closes_later": [
            "this (?:revelation|report|information|assessment|finding|estimate|"
            "disclosure)s?,? (?:which (?:was|were) |was |were )?(?:first )?(?:disclosed|"
            "revealed|reported|released|provided|published|announced|made public) by",
            "(?:the|these) (?:figures?|numbers?|estimates?) (?:come|comes|came) from",
        ],
        "closes_later_within": [],
        # (16wu) a standing fact of a country's forces, population or economy ("In addition,
        # North Korea keeps about 1.2 million soldiers"): a sentence opened by a link word
        # ("links", "adds") with one of these is the journalist's background, not the report
        # before (articles/carry.py; docs/articles.md "After the review (16wu)")
        "standing": [
            # (not "keeps sending", "maintains that": a report goes on)
            "keeps(?! \\w+ing\\b)",
            "maintains(?! that\\b)",
            "boasts",
            "is home to",
            "has (?:an? )?(?:standing |active |regular |total )?(?:army|military|armed forces|"
            "population|arsenal|economy|gdp) of",
            "has (?:one of )?the (?:world's )?(?:\\w+ )?(?:largest|biggest)",
            "(?:army|military|armed forces|population) (?:numbers|totals|stands at)",
            "under arms",
            "on active duty",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "in particular",
            "specifically",
            "in addition",
            "additionally",
            "moreover",
            "furthermore",
        ],
        "documents": {
            "according to the (?:assessment|statement|announcement|briefing|data|document|"
            "paper|study|findings)":
            "published",
            "the (?:assessment|statement|announcement|briefing|document|paper|study) (?:said|"
            "says|added|noted|found|estimated|stated)":
            "published",
        },
        "anaphors": {
            # (19nm) the outlet named again without its name: the source it cited, else its own
            "according to the (?:newspaper|paper|tabloid|outlet|publication|broadcaster|channel"
            "|magazine|media (?:agency|outlet)|news (?:agency|outlet|site))": "outlet",
            "the (?:newspaper|paper|tabloid|outlet|publication|broadcaster|magazine|"
            "media (?:agency|outlet)|news (?:agency|outlet|site)) (?:reported|"
            "said|wrote|added|reports|says|writes|notes|noted)": "outlet",
            # (16an) the forms a body named before is referred back to: demonstratives and the
            # plural, the spokesman ("the spokesman said", not "the Pentagon spokesman": his body
            # is named), the body's chief
            "(?:this|that) (?:spy |intelligence )?(?:agency|service)": "agency",
            "the (?:spy|intelligence) services": "agency",
            "the spy chief": "agency", "the agency's (?:chief|director|head)": "agency",
            "the spokes(?:man|woman|person)": "institution",
            "the (?:spy |intelligence )?agency": "agency",
            "the (?:spy |intelligence )?service": "agency",
            "the ministry": "ministry", "the department": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("citing (?:the )?(?:intelligence|spy) "
             "(?:information|sources|data|officials|authorities|assessments?|reports?)"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("the (?:defen[cs]e )?minister (?:also )?"
             "(?:said|added|told|noted|stressed|explained|estimated)"): "minister",
            "according to the (?:defen[cs]e )?minister": "minister",
            "(?:said|added|noted|explained) the (?:defen[cs]e )?minister": "minister",
            "the lawmakers?": "lawmaker", "the legislators?": "lawmaker",
            "the same sources?": "source", "the sources? said": "source",
            "the officials?": "source",
            # the report of the institution named before (16n)
            "according to the report": "institution",
            "the report (?:said|says|found|estimated|estimates)": "institution",
        },
        # a report the article names an author for ("a new report by …", "the MSMT report"): the
        # noun, after a determiner ("officials report heavy fighting" is the verb)
        "report": ["(?:the|a|an|its|their|this|that|new|latest|recent|first|inaugural|annual)"
                   "(?: [\\w-]+){0,2} (?:report|study|document)"],
        "goes_on": ["it added", "it also said", "it said", "it noted", "it estimated",
                    "according to the same source", "the same report"],
        # (16cf) a sentence closing the report: names the source of the figures before it
        # (articles/carry.py, closing); "closes" opens the sentence, "closes_within" anywhere
        "closes": ["this was (?:reported|announced|stated|said|disclosed|revealed|confirmed)"
                   + _RELAYED_ASIDE + " by",
                   "the (?:claim|statement|estimate|figures?) (?:was|were) (?:made|given|released|"
                   "provided|announced) (?:\\S+ ){0,8}?by",
                   "(?:that|this) is" + _RELAYED_ASIDE
                   + " according to", "that's according to", "so said"],
        "closes_within": ["said this", "made (?:the|this) claim"],
        "ends": ["earlier", "previously", "last year", "it is believed", "reportedly",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "suggests", "implies", "which means", "that means", "meaning that",
                 # (16ef) background the outlet recalls ("As a reminder, …", as ru "Напомним")
                 "as a reminder", "it should be recalled", "it is worth recalling",
            "recall that",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["the", "these", "those"],
        "other": ["other", "another", "additional", "more", "further"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["among the", "among", "out of the", "out of", "out of a total of", "of a total of",
              "from a total of",
              # (16cd) the base of a share ("more than half of the roughly 11,000 troops … were
              # killed or wounded"), as ru and uk
              "(?:half|a third|one third|a quarter|one quarter|two[- ]thirds|three[- ]quarters) "
              "of(?: the| those| these)?"],
    # companions of the North Koreans ("alongside Russian troops"): not the side counted
    # (and the enemy they fight: "fighting against the Ukrainians" counts no Ukrainians)
    "alongside": ["alongside", "along with", "together with", "side by side with"],
    # the enemy they fight: "fighting against the Ukrainians" counts no Ukrainians (an other
    # side's mention right after one of these is not the side counted; "sanctions against
    # North Korea" leaves North Korea counted)
    # (23ar) ammunition a country produces, consumes or stocks is no sending ("Russian factories
    # will be able to produce about 4.5 million shells"), unless its clause says it was sent
    # (`supplied`) or names North Korea in the number's noun phrase (articles/clauses.py); the
    # verbs only: a noun of production also says where a sent thing was made ("howitzers of
    # North Korean production")
    "used": ["produc(?:e|es|ed|ing)", "manufactur(?:e|es|ed|ing)", "consum(?:e|es|ed|ing)",
             "stockpiles?", "in stock"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("Russia used two North Korean ballistic
        # missiles", "has fired about 60 North Korean missiles"): a count of launches, unless its
        # clause says they were sent (`supplied`: "sent 100 missiles, of which 60 were fired")
        "fired", "launched", "used", "employed", "expended",
    ],
    # (18ra) the direction of a sending (articles/flows.py): what Russia sends North Korea
    # (food, oil, containers, jets, air defence, specialists) is no figure of the story, unless
    # the clause also tells North Korea's own sending ("In exchange for food and oil sent to
    # North Korea, Pyongyang shipped 12,000 containers of shells to Russia")
    "flows": {
        # North Korea as the destination or the one who receives: after a verb of sending
        # ("sent some 1,000 specialists to North Korea", "sent North Korea some 9,000
        # containers"), or the subject of receiving ("North Korea received"; not orders)
        "recipient": [
            "(?:sent|sends?|sending|shipped|ships?|shipping|delivered|deliver(?:s|ing)?|"
            "supplied|suppl(?:y|ies|ying)|provided|provid(?:es?|ing)|transferred|transfer(?:s|"
            "ring)?|exported|exports?|gave|gives?|given|handed|sold|sells?|selling|transported|"
            "flown|dispatched|moved)(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:to|into) (?:north korea|pyong"
            "yang|"
            "the dprk)",
            "(?:sent|sends?|sending|shipped|ships?|delivered|delivers?|supplied|suppl(?:y|ies|"
            "ying)|provided|provid(?:es?|ing)|gave|gives?|given|handed|sold|sells?|selling|"
            "offered) (?:north korea|pyongyang|the dprk)(?!['’])",
            "from (?:russia|moscow) (?:to|into) (?:north korea|pyongyang|the dprk)",
            "(?:north korea|pyongyang|the dprk)(?: (?:has|had|have|also|reportedly|probably|"
            "likely|allegedly|in return|in exchange|itself)){0,3} (?:received|receives|"
            "receiving|obtained|got|gets|imported|acquired|bought|purchased)(?! (?:an? )?"
            "(?:orders?|instructions?|requests?|invitations?|permission|approval|calls?))",
        ],
        # Russia as the one who sends ("Russia sent", "Moscow delivered", "received … from
        # Russia"): materiel and workers only (Russia also moves North Korea's troops)
        "sender": [
            "(?:russia|moscow|the kremlin)(?: (?:has|had|have|also|reportedly|probably|likely|"
            "allegedly|in turn|in return|in exchange|itself|then|later)){0,3} (?:sent|sends|"
            "shipped|ships|delivered|delivers|supplied|supplies|provided|provides|transferred|"
            "transfers|exported|exports|gave|gives|handed|sold|sells|transported)",
            "(?:sent|shipped|delivered|supplied|provided|transferred|exported|received|obtained|"
            "got|imported|acquired|bought|purchased)(?: [^\\s;:]*[^\\s.,;:]){0,8}? from (?:russia|m"
            "oscow)",
        ],
        # the story's own direction: North Korea sending, Russia receiving ("to Russia",
        # "North Korea sent", "from North Korea", "supplied Russia")
        "forward": [
            "(?:to|into) (?:russia|moscow|the kremlin|kursk|the front(?:line)?s?)",
            "(?:sent|sends?|sending|shipped|ships?|delivered|delivers?|supplied|suppl(?:y|ies|"
            "ying)|provided|provid(?:es?|ing)|gave|gives?|given|handed|sold|sells?|selling|"
            "offered) (?:russia|moscow|the kremlin)",
            "(?:north korea|pyongyang|the dprk|the north|kim jong[- ]un|kim)(?: [^\\s;:]*[^\\s.,;:]"
            "){0,3}?"
            " (?:sent|sends|sending|shipped|ships|delivered|delivers|supplied|supplies|provided|"
            "provides|transferred|transfers|exported|exports|gave|gives|handed|sold|sells|"
            "dispatched|dispatches|deployed|deploys|moved|contributed)",
            "from (?:north korea|pyongyang|the dprk)",
            "(?:russia|moscow|the kremlin)(?: (?:has|had|have|also|reportedly)){0,2} (?:received|"
            "receives|obtained|got|imported|acquired|bought|purchased)",
        ],
    },
    "supplied": [
        "sent", "sends?", "sending", "supplied", "suppl(?:y|ies|ying)", "delivered",
        "deliver(?:s|ing)?",
        "shipped", "ship(?:s|ping)?", "provided", "provid(?:e|es|ing)", "transferred", "handed",
        "gave", "given", "received", "exported",
    ],
    "against": ["against", "(?:to )?fight(?:s|ing)?"],  # (16cg) "to fight Ukrainian forces"
    # deployment words that say troops were sent (a number in their clause is no loss)
    # sappers, deminers and military builders: the later waves (an additional deployment)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    # (30ac) a clause whose subject is the counted people, before their work ("…, where they …
    # clear mines"): the purpose of rebuilding still theirs (articles/rules.py, _for_rebuilding)
    "their_work": ["where they"],
    "rebuilding": [
        "reconstruction", "rebuild\\w*", "de-?mining", "mine[- ]clearance",
        "clear(?:ing)? (?:the )?mines", "construction works?",
        "restor\\w* (?:the )?infrastructure",
    ],
    "engineers": ["sappers", "deminers", "de-miners", "mine[- ]clear(?:ers|ance (?:troops|units))",
                  "combat engineers", "military engineers", "construction troops",
                  "military builders", "military construction workers",
                  "engineering troops", "engineer troops",
                  "(?:troops|soldiers|personnel) for (?:demining|reconstruction)",
                  # (session 6) "6,000 engineers and construction workers"
                  "engineers and (?:construction workers|builders|sappers|deminers)"],
    # (31ar) the noun of arrival governing the number ("weeks after the arrival of 10,000 troops"):
    # the arriving people, no loss the sentence tells elsewhere
    "sent": ["sent", "send\\w*", "deploy\\w*", "dispatch\\w*", "arrival"],
    # the one who orders or owns the sending is no source (C6)
    # (16ef) background the outlet recalls, opening a sentence ("Pour rappel, Pyongyang avait
    # … dépêché plus de 1 000 hommes supplémentaires"): no source of the report before, as
    # ko "한편" (and its "additional" troops no more of that report)
    "new_topic": ["as a reminder", "it should be recalled", "it is worth recalling",
        "recall that",  # (16px)
    ],
    "partner": [
        "(?:army|forces|troops) of kim",
        "on (?:the )?(?:personal )?orders? of",
        "by (?:the )?(?:personal )?order of",
        # (16ef) the one helped is no source ("sending thousands of troops … to help the
        # Kremlin oust Ukrainian forces")
        "help(?:s|ed|ing)?(?: the)?", "aid(?:s|ed|ing)? the", "in support of(?: the)?",
        # (30ar) the side troops are sent to support ("has deployed up to 12,000 troops to
        # Russia's Kursk Oblast to support Russian forces"): helped, neither source nor counted
        "to (?:support|back|assist|bolster|reinforce)(?: the)?",
        # (31ar) the other side of talks is no source ("announced the agreement after talks with
        # Kim Jong Un in Pyongyang": the one announcing it speaks)
        "(?:talks|a meeting|meeting|meetings|a summit|summit) with(?: (?:north korean )?leader)?",
    ],
    "claimants": {
        # people and bodies every Latin-script language writes alike (lang/_latin.py)
        **LATIN_NAMES,
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # Shoigu by his post as outlets shorten it ("Russia's security chief Sergey Shoygu")
        "(?:russia['’]s|russian|moscow['’]s|the kremlin['’]s|kremlin) (?:top )?security chief":
            "Russian Security Council (Sergei Shoigu)",
        # the US envoy to the UN by each of his titles: the US mission to the UN is the State
        # Department's (16ch), as "US ambassador to the UN" above
        "(?:the )?(?:us|u\\.s\\.|american|washington['’]s) (?:deputy )?(?:envoy|representative|"
        "ambassador|delegate|diplomat)s? (?:to|at) the (?:un|u\\.n\\.|united nations)"
        "(?: security council)?":
            "US State Department",
        "(?:the )?(?:us|u\\.s\\.|american|washington['’]s) (?:deputy )?(?:un|u\\.n\\.) "
        "(?:envoy|ambassador|representative)":
            "US State Department",
        # the US Defense Intelligence Agency (the sheet's "Defense Intelligence Agency" alone is
        # South Korea's)
        "(?:the )?(?:u\\.?s\\.?|us|american|pentagon['’]s) defen[cs]e intelligence agency"
        "(?: \\(dia\\))?":
            "US Department of Defense",
        "defen[cs]e intelligence agency(?: \\(dia\\))?,? (?:of the (?:us|u\\.s\\.|pentagon)|"
        "at the pentagon)":
            "US Department of Defense",
        "(?:u\\.?s\\.?|us|american|pentagon['’]s) dia": "US Department of Defense",
        "regional cent(?:re|er) for human rights":
            "Regional Center for Human Rights (Kateryna Rashevska)",  # British spelling (16t)
        # the NSDC by its full name (16t)
        "(?:ukraine's |ukrainian )?national security and defen[cs]e council(?: of ukraine)?":
            "Ukraine National Security and Defense Council (NSDC)",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "(?:ukrainian|south korean|u\\.s\\.|us|american) (?:officials|intelligence|authorities) "
        "and western (?:intelligence|officials)(?: reports?| agencies| services| sources)?":
            "Several governments jointly",
        "south korean and western intelligence": "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        # (16in) North Korea acknowledging its own dead or deployment ("Pyongyang has officially
        # acknowledged the deaths of nine soldiers"): what it admits is what it publishes
        "(?:north korea|pyongyang)(?: has| had)?(?: (?:officially|publicly|now|also|finally))?"
        "(?: for the first time)? (?:acknowledge[ds]?|admit(?:s|ted)?|concede[ds]?|"
        "recogni[sz]e[ds]?)(?! to)":
            "North Korea (state media and leadership)",
        "south korea['’]s military intelligence": "South Korea Defense Intelligence Agency",
        "south korean military intelligence": "South Korea Defense Intelligence Agency",
        "(?:ukraine['’]s |ukrainian )prosecutor[- ]general(?:['’]s office)?":
            "Ukrainian government (unspecified)",
        "andriy kostin": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "oleh ivashchenko": "Ukrainian government (unspecified)",
        "ivashchenko": "Ukrainian government (unspecified)",
        "(?:the )?foreign intelligence service of ukraine": "Ukrainian government (unspecified)",
        "ukraine['’]s foreign intelligence(?: service)?": "Ukrainian government (unspecified)",
        "ukrainian foreign intelligence(?: service)?": "Ukrainian government (unspecified)",
        "szru": "Ukrainian government (unspecified)",
        "(?:us|u\\.s\\.|american) (?:deputy )?ambassador to the (?:un|u\\.n\\.|united "
        "nations)":
            "US State Department",
        "(?:united states|us|u\\.s\\.) (?:said|says|estimated|estimates|counted|has "
        "counted|claimed|claims)":
            "US government (unspecified)",
        "western intelligence(?: reports?| agencies| services| officials| sources)?":
            "Western intelligence (unnamed)",
        "according to (?:official )?(?:north korean|pyongyang['’]s) (?:figures|data)":
            "North Korea (state media and leadership)",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "ukraine['’]s (?:military|defen[cs]e) intelligence(?: agency| directorate)?":
            "Ukraine Defence Intelligence (HUR)",
        "main intelligence directorate": "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "(?:(?:main |chief )?(?:intelligence directorate|directorate of intelligence)|"
        "(?:military )?intelligence (?:agency|service|arm)) of (?:ukraine['’]s (?:ministry of "
        "defen[cs]e|defen[cs]e ministry)|the ukrainian (?:ministry of defen[cs]e|defen[cs]e "
        "ministry)|the (?:ministry of defen[cs]e|defen[cs]e ministry) of ukraine)":
            "Ukraine Defence Intelligence (HUR)",
        "ukraine['’]s (?:ministry of defen[cs]e|defen[cs]e ministry)['’]s (?:main |military )?"
        "intelligence(?: directorate| agency| service)?": "Ukraine Defence Intelligence (HUR)",
        "jcs": "South Korea Joint Chiefs of Staff",
        "korean central news agency": "North Korea (state media and leadership)",
        "british (?:defen[cs]e ministry|ministry of defen[cs]e)":
            "UK Ministry of Defence (Defence Intelligence)",
        "south korean? (?:defen[cs]e ministry|ministry of defen[cs]e)":
            "South Korea Ministry of National Defense",
        # the minister (16n): the ministry's statement by its head
        "south korean? defen[cs]e minister": "South Korea Ministry of National Defense",
        # South Korea's military intelligence (16p): the DIA, as de/fr/es/ru/uk already have it
        "(?:south korea['’]s|south korean|seoul['’]s) military intelligence":
            "South Korea Defense Intelligence Agency",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "(?:ukraine['’]s|ukrainian) general staff": "Ukrainian army units",
        "general staff of (?:the )?(?:ukrainian armed forces|armed forces of ukraine)":
            "Ukrainian army units",
        # ── end of 16h block ──
        # ── issue 16 (16na): every claimant as outlets write it, with the heads and
        # spokespeople who speak for it in 2024-2026 (tests/cases/articles/claimant_names.yml) ──
        # the MSMT described ("the 11-nation sanctions monitoring team"); not "the team" alone
        "(?:(?:multilateral|multinational|international|11-(?:nation|country|member|state)|"
        "eleven-(?:nation|country|member)) )?sanctions?[- ]monitoring (?:team|group)":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "(?:multilateral|multinational|international|11-(?:nation|country|member|state)) "
        "sanctions?[- ]monitoring (?:body|mechanism|panel)":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "north atlantic treaty organi[sz]ation": "NATO",
        "farah dakhlallah": "NATO",
        "allison hart": "NATO",
        "korean central (?:television|tv|broadcasting station)":
            "North Korea (state media and leadership)",
        # (16in) "as Russia's media reported that Pyongyang will send 5,000"
        "russia['’]s (?:state(?:-run|-controlled)? )?media":
            "Russian media",
        "russian state(?:-run|-controlled)? (?:media|news agenc(?:y|ies)|television|tv)":
            "Russian media",
        "ria novosti": "Russian media",
        "(?:dmitry |dmitri )?peskov": "Russian media",
        "(?:korea(?:n)? )?defen[cs]e intelligence command":
            "South Korea Defense Intelligence Agency",
        "kim myung[- ]?soo": "South Korea Joint Chiefs of Staff",
        "(?:south korea['’]s|seoul['’]s) defen[cs]e minister":
            "South Korea Ministry of National Defense",
        "(?:south korea['’]s|south korean) (?:president|presidential office)":
            "South Korea government",
        "(?:ukraine['’]s|ukrainian) president": "Volodymyr Zelensky (President of Ukraine)",
        "(?:uk|u\\.k\\.|british|britain['’]s) (?:mod|defen[cs]e secretary)":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:andriy |andrii )?yusov": "Ukraine Defence Intelligence (HUR)",
        "main directorate of intelligence": "Ukraine Defence Intelligence (HUR)",
        "(?:vasyl )?mal(?:iu|yu)k": "Security Service of Ukraine (SBU)",
        "artem dekhtiarenko": "Security Service of Ukraine (SBU)",
        "(?:ukraine['’]s|ukrainian) (?:commander-in-chief|top commander|army chief|top general)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "commander-in-chief of (?:the )?(?:armed forces of ukraine|ukrainian armed forces|"
        "ukraine['’]s armed forces)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:ukraine['’]s |ukrainian )?air assault forces": "Ukrainian army units",
        "cent(?:er|re) of national resistance": "Ukraine National Resistance Center",
        "(?:ukraine['’]s|ukrainian) defen[cs]e minister": "Ukraine Ministry of Defence",
        "defen[cs]e minister (?:denys shmyhal|mykhailo fedorov)": "Ukraine Ministry of Defence",
        "oleksandr lytvynenko": "Ukraine National Security and Defense Council (NSDC)",
        "(?:ukraine['’]s|ukrainian) foreign (?:ministry|minister)":
            "Ukrainian government (unspecified)",
        "(?:andrii |andriy )?sybiha": "Ukrainian government (unspecified)",
        "(?:dmytro )?kuleba": "Ukrainian government (unspecified)",
        "(?:andrii |andriy )?yermak": "Ukrainian government (unspecified)",
        "(?:defense|war) secretary(?: lloyd)? austin": "US Department of Defense",
        "secretary austin": "US Department of Defense",
        "kingsley wilson": "US Department of Defense",
        "(?:department|secretary) of war": "US Department of Defense",
        "war department": "US Department of Defense",
        # (American spelling: a "Defence Secretary" is the UK's)
        "(?:(?:us|u\\.s\\.|american) )?(?:defense|war) secretary": "US Department of Defense",
        "(?:(?:us|u\\.s\\.|american) )?secretary of defen[cs]e": "US Department of Defense",
        "tammy bruce": "US State Department",
        "(?:(?:us|u\\.s\\.|american) )?secretary of state": "US State Department",
        "department of state": "US State Department",
        "(?:biden|trump) administration": "US government (unspecified)",
        "washington-based (?:think[- ]tank,? )?(?:the )?(?:institute for the study of war|isw)":
            "Institute for the Study of War (ISW)",
        "(?:russia['’]s|russian) security council": "Russian Security Council (Sergei Shoigu)",
        "(?:novosibirsk (?:region(?:al)?|oblast) government|government of (?:the )?novosibirsk "
        "(?:region|oblast))":
            "Novosibirsk region government",
        # big outlets reporting on their own (16na; one relaying a source yields to it)
        "associated press": "News media (own reporting)",
        "(?:the )?wall street journal": "News media (own reporting)",
        "wsj": "News media (own reporting)",
        "(?:the )?washington post": "News media (own reporting)",
        "the guardian(?! of)": "News media (own reporting)",  # not "the guardian of the base"
        "(?:the )?kyiv independent": "News media (own reporting)",
        # (31ar) the Kyiv Post, an outlet, not the city's government (held back in every language
        # by 16wp for round 16k's de watson; in en alone no labelled row is lost)
        "(?:the )?kyiv post": "News media (own reporting)",
        "nk news": "News media (own reporting)",
        "daily nk": "News media (own reporting)",
        "sky news": "News media (own reporting)",
        "kyodo(?: news)?": "News media (own reporting)",
        "politico": "News media (own reporting)",
        "axios": "News media (own reporting)",
        "ministry of (?!defen[cs]e)(?:\\w+ ){1,3}of ukraine": "Ukrainian government (unspecified)",
        "novosibirsk (?:oblast|region(?:al)?) official": "Novosibirsk region government",
        "(?:moscow['’]s|russia['’]s|the kremlin['’]s|russian) top security official":
            "Russian Security Council (Sergei Shoigu)",
        "andri(?:y|i) chern(?:y|i)?ak": "Ukraine Defence Intelligence (HUR)",
        # prisoners of war: Ukraine's ombudsman and coordination headquarters speak for Kyiv
        "(?:dmytro )?lubinets": "Ukrainian government (unspecified)",
        "coordination (?:headquarters|staff|centre|center) for the treatment of (?:prisoners of "
        "war|pows)":
            "Ukrainian government (unspecified)",
        "petro yatsenko": "Ukrainian government (unspecified)",
        "(?:south korea['’]s|south korean|seoul['’]s) (?:foreign|unification) "
        "(?:ministry|minister)":
            "South Korea government",
        # ── end of 16na block ──
        "(?:unnamed|anonymous|unidentified) (?:\\w+ ){0,2}sources?": "Unattributed",  # nobody
        # (session 6, review) "quoting two people familiar with the matter": nobody named
        "(?:(?:two|three|several|some) )?(?:people|persons|sources) familiar with": "Unattributed",
        "(?:ukraine|kyiv) (?:has |had )?(?:said|says|claimed|claims|estimated|estimates)":
            "Ukrainian government (unspecified)",
        "western media": "News media (own reporting)",
        "south korea's spy agency": "South Korea National Intelligence Service (NIS)",
        "south korea's intelligence": "South Korea National Intelligence Service (NIS)",
        "seoul's spy agency": "South Korea National Intelligence Service (NIS)",
        "seoul's intelligence": "South Korea National Intelligence Service (NIS)",
        "seoul's national intelligence service": "South Korea National Intelligence Service (NIS)",
        "south korean spy agency": "South Korea National Intelligence Service (NIS)",
        "seoul": "South Korea government",
        "ukraine (?=said|says|claimed|claims|has claimed|reported)":
            "Ukrainian government (unspecified)",
        "south korean officials": "South Korea government",
        "south korea": "South Korea government",
        "kyiv": "Ukrainian government (unspecified)",
        "kiev": "Ukrainian government (unspecified)",
        "ukrainian officials": "Ukrainian government (unspecified)",
        # Ukraine's own data (16n), as de 'ukrainische Angaben'
        "ukrainian (?:data|figures)": "Ukrainian government (unspecified)",
        "ukraine['’]s (?:data|figures)": "Ukrainian government (unspecified)",
        "ukraine's military intelligence": "Ukraine Defence Intelligence (HUR)",
        "ukraine's defence intelligence": "Ukraine Defence Intelligence (HUR)",
        "ukraine's defense intelligence": "Ukraine Defence Intelligence (HUR)",
        "ukraine's intelligence": "Ukraine Defence Intelligence (HUR)",
        "us military official\\w*": "US Department of Defense",
        "u\\.s\\. military official\\w*": "US Department of Defense",
        "us official\\w*": "US government (unspecified)",
        "u\\.s\\. official\\w*": "US government (unspecified)",
        "british intelligence": "UK Ministry of Defence (Defence Intelligence)",
        "british ministry of defence": "UK Ministry of Defence (Defence Intelligence)",
        "uk defence ministry": "UK Ministry of Defence (Defence Intelligence)",
        "western officials": "Western intelligence (unnamed)",
        # nationality adjectives sharing one noun ("Western, South Korean and Ukrainian
        # intelligence agencies"): several governments at once
        "(?:western|south korean|ukrainian|u\\.?s\\.?|american|british)(?:,? (?:and )?"
        "(?:western|south korean|ukrainian|u\\.?s\\.?|american|british)){1,3} (?:intelligence "
        "agencies|intelligence services|intelligence|officials|authorities|governments|"
        "assessments|estimates|sources)":
            "Several governments jointly",
        # a list of countries as one source ("estimates from the US, Ukraine, and South Korea"),
        # not any two countries side by side ("to fight Ukraine, and South Korea said …")
        "(?:from|by|according to|estimates of) (?:the )?(?:us|u\\.s\\.|united states|ukraine|"
        "south korea)(?:,? (?:and )?(?:the )?"
        "(?:us|u\\.s\\.|united states|ukraine|south korea)){1,3}": "Several governments jointly",
        "(?:kyiv|kiev|ukraine) and its (?:western )?allies": "Several governments jointly",
        "(?:ukraine's|ukrainian) special (?:operations )?forces":
            "Ukraine Special Operations Forces",
        "kremlin": "Russian media",
        # the secretary of Russia's Security Council (Shoigu), by his title
        "(?:russia's |russian )?security council secretary":
            "Russian Security Council (Sergei Shoigu)",
        "secretary of (?:russia's |the russian )?security council":
            "Russian Security Council (Sergei Shoigu)",
        "kim jong un": "North Korea (state media and leadership)",
        "kim jong-un": "North Korea (state media and leadership)",
        # (16v) the leader by his title, a source as his name is ("Лидер КНДР … Он заявил"),
        # unless his name follows in apposition (the name decides: "el líder norcoreano, Kim …")
        "(?:the )?north korean leader(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "north korea['’]s leader(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "(?:the )?leader of north korea(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "the ambassador": "Russian ambassador to North Korea (Alexander Matsegora)",
        "russian ambassador": "Russian ambassador to North Korea (Alexander Matsegora)",
        "moscow's ambassador": "Russian ambassador to North Korea (Alexander Matsegora)",
        "russia's ambassador": "Russian ambassador to North Korea (Alexander Matsegora)",
        # (16m) the envoy by his post ("Moscow's envoy to Pyongyang has told state media")
        "(?:moscow's|russia's|russian|the russian) envoy(?: to (?:pyongyang|north korea))?":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "(?:russian )?(?:envoy|ambassador) to (?:pyongyang|north korea)":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "reuters": "News media (own reporting)",
        "the bbc": "News media (own reporting)",
        "bbc": "News media (own reporting)",
        "cnn": "News media (own reporting)",
        "bloomberg": "News media (own reporting)",
        "nhk": "News media (own reporting)",
        "the new york times": "News media (own reporting)",
    },
    "joint": ["and", "as well as", "both"],
    "determiners": ["another", "the", "a", "one", "two", "captured", "wounded", "an", "its",
                    "first", "both", "several", "some", "its first", "those"],
    # the other side as the one that lost ("Russia has lost over a million"): not our figures
    "losses_of": [
        # (16r) Russia's own losses, told in a relative clause (S2)
        "(?:russia|moscow)['’]s (?:own )?losses(?: \\S+){0,3},? which (?:\\S+ )?(?:amount "
        "to|stand at|exceed|total|reach)",
        "(?:russia|moscow|ukraine|kyiv|kiev) (?:has |had )?(?:lost|suffered|"
                  "surpassed|exceeded)", "(?:russia|moscow|ukraine|kyiv)'s losses (?:of|at)",
        # (the people or the army: "Russians have lost up to 35,000 troops")
        "(?:the )?(?:russians|ukrainians|russian (?:army|forces|military)|ukrainian (?:army|forces|"
        "military)) (?:ha(?:ve|s|d) |are |is |were |was )?(?:lost|losing|suffered|suffering)",
        "(?:russia|moscow) (?:has|had) (?:already |now )(?:lost|suffered)",  # (16px)
        "(?:russia|moscow)['’]s (?:own )?losses (?:amount to|stand at|exceed|total|"
        "reach)",  # (16px)
        "russian losses (?:amount to|stand at|exceed|total|reach|have reached)",  # (16px)
    ],
    # a place the soldiers go to ("transferred to Kyiv"): the name after it is no source
    "destination": ["to", "into", "towards"],
    # a projection, not a count ("may be killed or wounded by mid-April")
    # (35c) a wave without a number told as a possibility, a risk, a sending being prepared or
    # not yet seen: no figure ("did not rule out the possibility of North Korea deploying
    # additional troops", "there are risks of North Korea sending additional troops", "is
    # (likely) preparing to send additional troops", "has yet to detect signs of another troop
    # deployment"); read only beside an unnumbered wave (articles/reinforcements.py)
    "wave_unseen": ["possibility", "possible", "possibly", "risks? of", "(?:has|have) yet to",
                    "(?:is|are|was|were) (?:\\w+ )?preparing to (?:send|deploy|dispatch)"],
    "hypothetical": ["may be", "could be", "might be", "would be", "may all be", "could all be",
        "(?:could|may|might|would)(?= (?:all |also )?die)",  # (16px)
        "(?:are|is) (?:likely|expected|set) to be",  # (16px)
        "risk being",  # (16px)
    ],
    "not_figure_after": [
        # (22lb) an anniversary's number ("the party's 75 anniversary"): an ordinal, no count
        "-?anniversary", "-?jubilee",
        # (16cl) the closed class of a unit's nouns after its number ("the 11 Corps", "155
        # Brigade"): a name or units counted, no people
        "(?:(?:army|infantry|mechani[sz]ed|airborne|marine|special operations|assault|"
        "tank|artillery) )?(?:corps|armies|compan(?:y|ies)|platoons?|squads?|batter(?:y|ies)|"
        "detachments?|squadrons?|flotillas?)",
        # (16ab) a quantity per thing ("300 shells per container", "500 shells in each container")
        # (16rv2) "in a single" only of a container: "sent 1,500 troops in a single shipment" is
        # all of that sending
        "(?:[\\w-]+ ){0,2}(?:(?:per|in each|in every) (?:container|box|crate|wagon|shipment|"
        "train|ship)|in a single (?:container|box|crate))\\w*",
        # (16cd) photos and videos counted, no figure ("posted three photos of North Korean
        # soldiers captured"; the soldiers of "photos of two captured soldiers" are counted; not
        # the portraits of the dead on a memorial, "101 photos of the fallen", as ru and uk)
        "(?:photos?|photographs?|pictures?|images?|videos?|video clips?|clips?)"
        "(?! of (?:the )?(?:fallen|dead|killed))",
        # (16pf) sources counted, no figure ("two US officials said", "3 people familiar with",
        # "two diplomats", "one of the officials")
        # (not North Korea's officials, counted in the story: "1,000 North Korean officials and
        # soldiers were sent", "3 North Korean officials were killed", 16rv)
        "(?:(?:senior|top|u\\.s\\.|us|american|western|south korean|russian|"
        "ukrainian|european|"
        "government|defen[cs]e|intelligence|administration|other) ){0,3}(?:officials|diplomats|"
        "insiders)",
        "(?:people|persons|individuals|sources) (?:familiar|close to|briefed|"
        "with (?:direct )?knowledge)",
        "of (?:the|those|these) (?:\\S+ )?(?:officials|diplomats|sources)",
        # (16pf) an organisation's members counted, no figure ("all 32 NATO member countries", "the
        # 27 EU states")
        "(?:nato|eu|european union|g7|g20|un|asean|member|allied|western) (?:member )?"
        "(?:countries|states|nations|allies|members)",
        "inch(?:es)?", "-inch",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?mm", "a\\.m\\.?", "p\\.m\\.?", "o['’]clock",
        "-?millimet(?:er|re)s?",
        "-?fold",
        "-?calib(?:er|re)",
        "(?:of )?(?:(?:north )?korean )?(?:factories|plants|enterprises|firms|companies)",
        # mines to clear are no materiel sent ("hundreds of mines")
        "(?:of )?(?:land ?)?mines(?!-)",
        # shipments and factories are counted, not the materiel (16n)
        "(?:cargo |rail |arms )?(?:shipments?|batch(?:es)?|consignments?|deliveries)",
        "(?:of )?factories",
        "km", "kilomet\\w*", "miles?", "meters?", "metres?", "years? old", "year-old",
        # areas ("several hundred square kilometres", "200 km2")
        "square (?:kilomet\\w*|km|miles?)", "sq\\.? ?(?:km|miles?)", "km2", "km²", "hectares?",
        "acres?",
        "-year-old", "dollars?", "usd", "euros?", "won", "rubles?", "roubles?", "percent",
        "per cent", "%", "hours?", "days?", "weeks?", "months?", "years", "minutes?", "tons?",
        "tonnes?", "villages?", "kilograms?", "kg", "times", "st", "nd", "rd", "th",
        "rounds? per", "a day", "per day", "daily", "billion dollars?", "million dollars?",
        "pages?", "countries", "nations", "states", "regions?", "brigades?", "divisions?",
        "battalions?", "regiments?", "tanks?", "aircraft", "drones?", "uavs?", "jets?",
        "sources",
        # (16ij) units counted with a side's or an arm's adjective between ("two North Korean
        # brigades", "two military brigades"): no soldiers
        "(?:north korean|dprk|korean|military|combat|army|infantry|assault) "
        "(?:brigades?|divisions?|battalions?|regiments?)",
        # stages and rates are no counts ("in two phases", "92 casualties a day")
        "phases", "stages", "waves", "(?:\\w+ ){1,2}(?:a|per|each|every) day",
        # kinds, not items ("several types of missiles")
        "(?:different )?(?:types?|kinds?|sorts?|models?) of",
        # (notfig, session 6) money: currencies, their codes and symbols after the number
        # ("500 US dollars", "500 EUR", "500 yuan", "500 hryvnias", "500 pounds sterling")
        "(?:us|u\\.s\\.|american) dollars?", "\\$", "€", "£", "eur", "krw", "jpy", "yen",
        "yuan", "renminbi", "rmb", "cny", "rub", "hryvnias?", "hryvnya", "uah",
        "pounds?(?: sterling)?", "sterling", "gbp", "cents?",
        # (notfig, session 6) measures: lengths, weights, volumes ("500 m", "500 feet", "500 t",
        # "500 metric tons", "500 barrels", "500 litres")
        "m(?!-)", "cm", "centimet(?:er|re)s?", "mi(?!-)", "feet", "ft", "yards?", "nautical miles?",
        "lbs?", "t(?!-)", "metric tons?", "kilotons?", "megatons?", "lit(?:er|re)s?", "gallons?",
        "barrels?", "bpd", "cubic met(?:er|re)s?",
        # (notfig, session 6) durations and speeds ("500 seconds", "for decades", "500 mph")
        "seconds?", "secs?", "mins?", "hrs?", "decades?", "centur(?:y|ies)", "kph", "kmh", "mph",
        "knots?", "-?cal\\.?",
        # (notfig, session 6) percentage points, times of day, degrees, power, other counts
        # ("5 percentage points", "at 5 am", "0600 GMT", "40 degrees", "300 seats")
        "(?:percentage|basis) points?", "am", "pm", "gmt", "utc", "kst", "cet", "local time",
        "degrees?", "°c?", "megawatts?", "mw", "kw", "calories", "seats", "votes",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:of )?(?:convicts|inmates)",
        "(?:(?:training|military|army|prison|detention) )?camps",  # (16px)
        "(?:hospital )?beds",  # (16px)
        "-for-\\d[\\d,.]*",  # (16px)
        "for \\d[\\d,.]*(?= (?:format|exchange|swap))",  # (16px)
    ],
    # (16nf) the counted noun: a number whose noun counts places, trips, times, ships or days
    # counts no subject of the story ("five military bases", "at least 32 trips", "two ports",
    # "16 sites"), with at most two words between that are no function words (`counted_gap`)
    "not_counted": [
        "bases", "sites", "locations", "places", "spots", "destinations", "ports", "harbou?rs",
        "airfields",
        "airports", "airbases", "facilities", "installations", "training (?:grounds|centers|centres"
        "|facilities|areas|ranges)", "ranges", "polygons", "depots", "warehouses", "hospitals",
        "positions", "provinces", "regions", "oblasts", "districts", "cities", "towns",
        "villages", "settlements", "areas", "sectors", "fronts", "directions",
        "trips", "round trips", "voyages", "journeys", "crossings", "sailings", "visits",
        "port calls", "calls", "flights", "rotations", "times", "occasions",
        "ships", "vessels", "freighters", "cargo ships", "container ships", "boats", "trains",
        "days", "weeks", "months", "shifts",
        # (19ct) things placed on a memorial or a cemetery: seats, rows, graves, plaques ("9 rows
        # of 12 seats", "400 graves", "300 tombstones were deployed")
        "seats", "rows", "graves", "tombs", "tombstones", "gravestones", "headstones",
        "burial plots", "plots", "plaques", "monuments", "buildings",
    ],
    "counted_gap": "(?!(?:into|from|with|than|during|including|between|among|within|across|"
                   "after|before|over|under|each|more|about|around|some|nearly|almost|least|"
                   "most|only|just|were|have|been|being|that|which|who|whom|where|when)\\b)"
                   "[^\\W\\d_][\\w'’-]{3,}",
    # (16nf) a day of a range of dates ("from 3 to 5 March", "between 27 and 28 October") and a
    # day's number ("Day 1,000 of the war")
    "day_range": ["to(?: the)?", "and(?: the)?", "through", "until", "till"],
    "day_number": ["day"],
    # (16pq) a size told as usual, no count:
    # "a battalion usually consists of several hundred soldiers"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["number", "total number", "toll", "death toll", "size", "strength",
                              "count", "tally"],
                  "verb": ["is", "was", "stands at", "stood at", "totals", "totaled", "totalled",
                           "totaling", "totalling", "reaches", "reached", "has reached",
                           "has risen to", "rose to", "has grown to", "grew to", "exceeds",
                           "has exceeded", "is estimated at", "was estimated at", "is put at",
                           "was put at", "could be", "would be", "be", "could range", "ranges",
                           "range", "at", "to"]},
    "usual": ["generally", "usually", "typically", "normally", "ordinarily", "as a rule",
              # (16ci) the rest of the closed class: how often, how it varies
              "often", "commonly", "customarily", "in general", "as a general rule",
              "(?:can|may|could) vary", "var(?:y|ies)", "tends? to"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    "age": {"after": [r"\s?-?\s?years?[- ]olds?(?!\w)", r"\s?years? of age(?!\w)",
                      r"-somethings?(?!\w)"],
            "decade": [r"['’]?s(?!\w)"],  # "in their 20s", "in his early 30s", "the 20's"
            "before": [r"aged(?: between| from| about| around| roughly| nearly| under| over)?",
                       r"(?:at|under|over) the age of(?: about| around)?",
                       r"ages(?: of)?(?: between| from)?"]},
    "measure": [r"\s?-?\s?(?:foot|feet|ft|inch(?:es)?|yards?|miles?|(?:kilo|centi|milli)?"
                r"met(?:er|re)s?|km|cm|mm)(?![\w])",
                r"-(?:tons?|tonnes?|pounds?|lbs?|kilograms?|kg)(?![\w])",
                r"\s?(?:tons?|tonnes?) (?:heavy|in weight)(?![\w])",
                r"\s?-?\s?calib(?:er|re)(?![\w])"],
    "interviewed": {
        "before": [r"(?:spoke|speaking|spoken|talked|talking|talks|conversations?|interviews?) "
                   r"(?:with|to)", r"interview(?:ed|ing)", r"an interview of",
                   r"survey(?:ed|ing)?(?: of)?", r"polls? of", r"polled", r"questionnaires? of",
                   r"(?<!were )(?<!was )(?<!been )met(?: with)?", r"meetings? with",
                   r"heard from", r"testimon(?:y|ies) (?:of|from)"],
        "gap": ["the", "all", "some", "about", "around", "nearly", "almost", "roughly",
                "at least", "more than", "over", "another", "these", "those", "a further"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:who|whom|that)(?:\s+[^\s\d.,;:!?]+){0,4}\s+"
                  r"(?:interviewed|spoke (?:to|with)|talked (?:to|with)|met|surveyed)(?!\w)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:(?:were|was|being|been) )?(?:interviewed|"
                  r"surveyed|polled) (?:by|for)(?!\w)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:the|this|our) (?:[^\s\d.,;:!?]+ )?"
                  r"(?:interviewed|spoke (?:to|with)|talked (?:to|with)|met)(?!\w)"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "(?:for )?(?:personal|private) (?:reasons|affairs|purposes?)",
        "(?:business|tourist) purposes?", "in transit to (?:a )?third countr\\w*", "entrants",
        "visitors from north korea", "north korean visitors",
        "entered (?:russia|the country|russian territory)", "for (?:studies|study)",
              "to study", "educational purposes?",
              "purpose of (?:study|education|their (?:visit|trip))",
              # (16ce) visas issued or obtained: border statistics too
              "visas?"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["shortages?", "shortfalls?", "deficit", "lack of", "short of"],
    # (16ce) a number for each of several units ("units of 2,000 to 3,000 troops each"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": ["each", "apiece"]},
    # (32ar) a phase named by its number ("in phase 2"): no count (articles/nonfigures.py)
    "phase_before": ["phase", "stage"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("moved in batches of 1,500 to 3,000"): a
        # group's size, no count of the sending
        "(?<!\\w)in (?:batches|groups|contingents|rotations) of",
        # (23at) and groups counted first ("organised into five groups of 2,500 to 3,000")
        "(?<!\\w)(?:into|two|three|four|five|six|seven|eight|several|\\d+) "
        "(?:batches|groups|units) of",
        # (16kl) an outlet named by a number ("France 24", "France 2"): a name, no count
        "(?<!\\w)france",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに" ("each
        # container holding 300 to 500 shells"; not "each of the 11,000")
        "(?<!\\w)(?:in |per )?(?:each|every) (?!of\\b)[\\w-]+(?: [\\w-]+){0,3}",
        # (16pf) a document's number, no figure ("resolution 2375", "decree No. 123", "article 5")
        "(?<!\\w)(?:resolutions|decrees?|directives?|ordinances?|executive order|"
        "laws?)(?: no\\.?)?",
        # (16pf) an organisation's members counted, no figure ("the G-7")
        "(?<!\\w)g-",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "interview(?:ed|s)(?: \\S+){0,2}",
        "spoke to(?: \\S+){0,2}",
        # those whose accounts the outlet gathered ("the testimonies of six workers")
        "(?:testimon(?:y|ies)|accounts) of(?: [^\\s.!?;:]+){0,2}",
        "talked to(?: [^\\s.!?;:]+){0,2}",
        "\\$", "us\\$", "€", "£", "₩", "aged", "age", "no\\.", "page", "pages", "article",
        "resolution", "kh-", "ks-", "top",
        # (notfig, session 6) money and designations before the number: "¥500", "No 5",
        # "Hwasong-11", "chapter 5", "ranked 3", "Unit 29155", "Flight 17", "Type 73"
        "¥", "cn¥", "(?<!\\w)nos?\\.?", "hwasong-?", "(?<!\\w)(?:chapter|section|paragraph)",
        # (not phase, stage, unit, regiment, brigade, battalion: "In the first phase 3,000
        # soldiers were sent", "a unit 3,000 strong"; the session's review)
        "(?<!\\w)rank(?:ed|s)?", "(?<!\\w)(?:grade|level|tier)",
        "(?<!\\w)(?:flight|route|highway|road|room|building|gate|block|platform)",
        "(?<!\\w)(?:model|type|version|ages)",
        "(?<!\\w)calib(?:er|re)",  # (16px)
        "\\d[\\d,.]*-for-",  # (16px)
        "\\d[\\d,.]* for",  # (16px)
        "(?<!\\w)in the year",  # (16px)
        "(?<!\\w)names of",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["already"],
    # (16cj) words of a sum: right before a total ("a total of", "in all") or right after it
    # ("6,000 in all"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) a proportion, no figure ("eight out of ten", "nine in ten", "one of every three";
    # "8 of 10" with the denominator ten only: "3 of the 12,000", "3,000 of 12,000" are parts
    # with their total, 16cj): analysis.articles.ratios
    "ratio": {"sure": ["out of", "out of every", "in", "in every", "of every", "of each",
                       "for every"],
              "of": ["of"]},
    # (16cl) the nouns of a military unit named by the number after them ("Unit 1234",
    # "Brigade 155", "Corps 11"; not "a brigade 5,000 strong": analysis.articles.ratios)
    "unit_named": ["(?:military |army )?units?", "corps", "army", "armies", "army corps",
                   "divisions?", "brigades?", "regiments?", "battalions?", "compan(?:y|ies)",
                   "platoons?", "squads?", "sections?", "batter(?:y|ies)", "detachments?",
                   "task force", "fleets?", "flotillas?", "squadrons?", "wings?",
                   # (25at) a tactical group named by its number ("Tactical Group 84")
                   "(?:tactical|battle|combat|operational|assault) groups?"],
    "sum": {"before": ["a total of", "total of", "for a total of", "bringing the total to",
                       "totaling", "totalling", "totaled", "totalled", "in total", "in all",
                       "altogether", "all told", "all in all", "combined", "overall", "in sum"],
            "after": ["in all", "in total", "altogether", "all told", "combined", "in sum",
                      "total", "overall"],
            # (between a whole and its parts: "6,000 troops, consisting of 1,000 sappers and
            # 5,000 builders")
            "made_of": ["consisting of", "consists of", "made up of", "composed of",
                        "comprising", "comprised of", "including", "of whom", "of which",
                        "among them", "among whom", "broken down into", "split into",
                        "divided into"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("Russia … utilizing 10,000 artillery shells daily"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["a day(?! after| before| later| earlier| ago| of| when| that| or two)", "per day",
                "each day", "every day",
                "daily(?! nk| mail| telegraph| express| star| beast| news| record| mirror| sabah)",
                "a-day", "per-day"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["abducted", "abduction", "deported", "deportation", "taken from",
                           "forcibly (?:transferred|moved|displaced)", "kidnapped", "stolen"],
                 "camp": ["camps?", "songdowon", "wonsan", "pyongyang"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "iran(?:ian)?s?",
        "tehran",
        "(?:the )?(?:united states|u\\.s\\.|us|washington|americans|(?:the )?west|western (?:nat"
        "ions|countries|allies|partners)|europe|european (?:union|countries)|the eu) (?:has |hav"
        "e |had )?(?:only |already |so far )?(?:sent|supplied|provided|delivered|given|pledged|t"
        "ransferred|shipped)",
        "(?:sent|supplied|provided|delivered|given|pledged|transferred|shipped) [^.;:]{0,50}?to "
        "(?:ukraine|kyiv|kiev)(?!\\w)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "destroyed",
        "lost",
        "neutrali[sz]ed",
        "knocked out",
        "disabled",
        "damaged",
        "wiped out",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "worldwide",
        "around the world",
        "across the world",
        "abroad",
        "overseas",
        "\\d+ countries",
        "other countries",
        "foreign countries",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "per day",
        "a day(?! after| before| later| earlier| ago| of| when| that| or two)",
        "each day",
        "every day",
    ],
    # (26aw) a loss told as a unit's size, no number ("lost up to a battalion"): articles/units.py
    "unit_size": [
        "(?:(?:up to|about|around|nearly|almost|roughly|some|close to|as many as) )?"
        "(?:a|one|an) (?:whole |full |entire )?battalion"
        "(?! commander| command| headquarters| level| chief| of (?:russian|ukrainian))",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("Ukraine's
# ambassador to the UN, Sergiy Kyslytsya"); the bare "ambassador" stays Russia's in Pyongyang
ARTICLES["claimants"].update({
    "ukrain(?:e['’]s|ian) (?:deputy |permanent )?(?:ambassador|envoy|representative)s?|"
    "(?:ambassador|envoy|permanent representative)s? of ukraine":
        "Ukrainian government (unspecified)"})
# the side holding a place is no source ("the Kursk region, still occupied by Ukrainian special
# forces"), as the one helped is none
ARTICLES["partner"] += ["(?:occupied|controlled) by(?: the)?"]
# workers counted for another destination ("China with 1,500, … Libya with 600 and Iran with
# 130 workers") in a sentence naming no Russia: no workers sent to Russia, as "worldwide"
ARTICLES["worldwide"] += ["china", "qatar", "(?:the )?united arab emirates", "uae", "libya",
                          "iran", "kuwait", "mongolia", "southeast asia", "(?:the )?middle east",
                          "africa"]
# a force counted with North Koreans among it ("50,000 troops, including North Korean
# soldiers"): a mixed unit, no figure of the story, as "combined forces" (its North Korean part
# keeps its own count)
ARTICLES["other_side"] += ["(?:soldiers|troops|servicemen|personnel|fighters),? including"
                           "(?=[^.;:]{0,40}?(?:north korean|from north korea))"]

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 vehicles crashed in several
# places"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)(?:in|at|on) )(?:several|various|multiple) (?=(?:places|loca"
    r"tions|spots|points|sites)(?!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B" ("requests
# rose 62%, from 913 to 1,479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"\b(rose|risen|rises|rising|increased|increasing|climbed|climbing|grew|grown|"
    r"jumped|soared|surged|fell|fallen|dropped|declined|decreased)"
    r"(?: by)? \d[\d.,]*\s?(?:%|per ?cent)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60"
    r"},(?= from \d)",
    r"\1,",
))

# (17cm, D67.3) "an explosion at one mine killed 14 miners", "in one village, 30 died": "one"
# after a preposition of place (the grammar's closed class: in, at, on, from, inside, near,
# aboard, into, outside, across, throughout, within, behind, beside) and before a noun locates
# the counted and is no count when another number stands in the phrase, before or after it.
# Not before "of" (one of), "or", "and", "to", "in" (a range, a ratio: "one in five"), a
# number word or a magnitude; not after "per", "about", "around", "over", "under" (qualifiers
# and rates). Alone ("in one village") it stays one (D8)
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)(?:in|at|on|from|inside|near|aboard|into|outside|across|throughout|"
    r"within|behind|beside) )one (?=[a-z]{2,})(?!(?:of|or|and|to|in|another|more|other|"
    r"hundred|thousand|million|billion|trillion|dozen|half|third|quarter|percent|per|"
    r"two|three|four|five|six|seven|eight|nine|ten)\b)",
    r"\1",
))
# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) words that join a vague magnitude to itself: "hundreds and hundreds", "thousands
    # upon thousands", "thousands on thousands", "dozens after dozens"
    "repeat": ["and", "upon", "on", "after"],
    # (D68.2) the units of mass, area and volume (the closed class; not lengths, D66.3): "a ton",
    # "more than a tonne", "nearly a hectare" are one unit. Not "pound" (also money) nor
    # "barrel" ("a barrel bomb")
    "measures": [
        "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne",
        "metric tonnes", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
        "kg", "gram", "grams", "gramme", "grammes", "hectare", "hectares", "acre", "acres",
        "square kilometre", "square kilometres", "square kilometer", "square kilometers",
        "square mile", "square miles", "square metre", "square metres", "square meter",
        "square meters", "litre", "litres", "liter", "liters", "gallon", "gallons",
        "cubic metre", "cubic metres", "cubic meter", "cubic meters",
    ],
})

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Despite several warnings, 12 people died"; not after the prepositions of
# place, of adding or including, nor before a number or a magnitude; alone it stays several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "despite", "after", "before", "during", "following", "amid", "amidst", "over", "through",
        "throughout", "within", "for", "since", "until", "till", "against", "without", "by",
        "via", "because of", "due to", "owing to", "thanks to", "in spite of", "as a result of",
        "in the wake of", "in the course of", "in the face of",
    ],
    [
        "of", "and", "or", "were", "was", "are", "is", "had", "have", "has", "who", "which",
        "that", "to", "in", "more", "other", "others", "times", "hundred", "thousand",
    ],
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3); a count that
# rose by N is additional (rule 12): the language's verbs in every tense before "by", as "rose by"
FIGURES["at_most"] += [
    # (not "didn't reach": its "t" would be a word of the table, and vote for English)
    "did not reach", "does not reach", "failed to reach", "did not exceed", "does not exceed",
    "fell short of", "falls short of",
]
FIGURES["additional"] += [
    "risen by", "rises by", "grown by", "grows by", "growing by", "increases by", "increasing by",
    "climbs by", "climbing by", "jumps by", "jumping by", "surges by", "surging by", "soars by",
    "gone up by", "goes up by", "going up by", "swelled by", "swollen by", "spiked by",
]

# (20fa, D91.1) an estimate told by its verb, across its object ("the agency estimated the death
# toll at 3,100"): approx, as "an estimated 3,100"
FIGURES["rewrites"].append(
    estimated_at(FIGURES, ["estimates", "estimated", "estimate"], ["at"], "about")
)
# (20fa, D92.3) "many thousand" / "many hundred" (the singular after "many"): vague, as
# "thousands" (it read the scale alone: exactly 1,000)
FIGURES["vague"].update({"many thousand": 1000, "many hundred": 100})
# (20fa, D91.3) "at / on one of the …" (an occasion, no count) beside a count in digits: the count
# is read ("At one of the weddings about 120 people" = 120), as the ru, uk "в одном из" rewrites;
# not "in one of the houses", which D67 (17cm, pl "W jednym z domów") keeps unparsed
FIGURES["rewrites"].append(
    (r"^(?=.*\d)(.*?)(?<!\S)(?:at|on) one of the (?=[^\W\d_]{2,})", r"\1at the "),
)
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)one of (?!the (?:[^\W\d_]+ ){1,2}(?:injured|hurt|wounded)(?!\w))"
    r"(?=the (?:[^\W\d_]+'s )?(?:worst|deadliest|largest|biggest|highest|"
    r"greatest|heaviest|strongest|busiest|longest|costliest|bloodiest|most(?! (?:seriously|"
    r"severely|critically|badly|gravely)(?!\w)))(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(?:one by one|one after (?:the )?other|one after another|one another)(?!\w)",
    " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r",\s*the majority of whom(?!\w)", ", most of whom",
))
# (33ra, D224.4) "the majority of sources / historians" (most of the sources) is a share of those
# who tell the count, not of the count, as "most historians put the toll at 300,000" reads
FIGURES["rewrites"].append((
    r"\b(?:the (?:vast |great )?majority of|most of the) (?:the )?(?=(?:sources|historians|experts|"
    r"estimates|studies|scholars|researchers|accounts)\b)",
    "the ",
))
# (21rb, D102.4) a per cent of rise is additional, as "rose by 5 %" (rule 12, D65): told with
# the noun of the rise after it ("about 20 per cent rise", "a 25% to 30% increase"); "to N" after
# it still names the new total
FIGURES["rewrites"].append((
    r"(?<!\S)((?:about|around|nearly|almost|roughly|some|over|more than|at least) )?"
    r"(\d[\d.,]*\s?(?:%|per ?cent)(?: to \d[\d.,]*\s?(?:%|per ?cent))?) "
    r"(?:rise|increase|jump|surge|hike|spike)(?!\w)",
    r"an increase of \1\2",
))
# (22rb, D110) "some" on an institution or a medium that reports the count, its verb right after
# ("Some airports have reported that as many as 90% of flights …"): the source's determiner, no
# count (D9), as "some officials"; not people who are also counted (round 4's fr "Certains
# survivants ont déclaré qu'il y avait 65 hommes" is labelled unparsed), and only where a number
# follows (alone it stays several)
FIGURES["rewrites"].append((
    r"\bsome ((?:[^\W\d_]+ )?(?:airports|airlines|hospitals|clinics|media|outlets|newspapers|"
    r"agencies|authorities|studies|governments|countries|states|regions|provinces|districts|"
    r"municipalities|ministries|organisations|organizations|groups) (?:have |has |"
    r"had )?(?:reported|report|reports|said|say|says|"
    r"estimated|estimate|estimates|claimed|claim|claims|told|put)\b)(?=.*\d)",
    r"\1",
))

# (23rc, D125) "A or maybe B" is a range (rule 6), as "or even" ("five or perhaps six people")
FIGURES["range_sep"] += ["or maybe", "or perhaps", "or possibly"]

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\bnew ((?:passenger |electric |private )?(?:cars?|vehicles?|automobiles?|trucks?|vans?|"
    r"motorcycles?|buses)\b)",
    r"\1",
))

# (23rf, D137) the nouns of a rise before the count or per cent they add ("a growth of 9.4
# percent", "a spike of 500"), as "a rise of" (rule 12, D108)
FIGURES["additional"] += [
    "growth of", "a spike of", "a hike of", "an uptick of", "an upswing of", "a climb of",
    "a leap of", "a boost of",
]
# (23rf, D137) "up N" told as a change ("up 10%" opening a figure text, "sales were up 9.4
# percent"): "rose by", additional; "up to" stays at most. Only at the phrase's start or after a
# form of "be" ("making up 21 per cent of that figure" is a share; "rounded up 500 migrants" no
# rise)
FIGURES["rewrites"].append((
    r"^\s*up(?= (?:about |around |nearly |almost |more than |over |some |roughly )?\d)",
    "rose by",
))
FIGURES["rewrites"].append((
    r"\b(is|are|was|were|be|been|being|now|also|still|already) up"
    r"(?= (?:about |around |nearly |almost |more than |over |some |roughly )?\d)",
    r"\1 rose by",
))
# (23rf, D137) a figure text that is only "by N per cent" ("by more than 54 percent") tells the
# size of a change: additional, as "rose by N%" (D65); not with a word of a fall
FIGURES["rewrites"].append((
    r"^\s*by (?=(?:about |around |roughly |nearly |almost |more than |over |some |at least |"
    r"just over |just under |close to |less than |up to )?\d[\d.,]* ?(?:%|percent|per cent)"
    r"\s*[.!]?\s*$)",
    "rose by ",
))

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) a range told by its minimum and maximum ("a minimum of 1,269 wolves and a maximum
# of 1,800"): the range A-B (rule 6), the noun after its ends, as "between 1,269 and 1,800 wolves"
FIGURES["rewrites"].append((
    r"\b(?:between )?a minimum of (\d[\d.,]*(?: (?:thousand|million))?)((?: [^\W\d_]+)?),? and "
    r"a maximum of (\d[\d.,]*(?: (?:thousand|million))?)",
    r"between \1 and \3\2",
))

# (23rf, D140) "N (out) of the last M months" is a ratio (rule 13), as "15 out of 16": the time
# unit no duration to drop
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:out of|of) the (?:last|past|previous|first) \d+) (?:months?|years?|weeks?|days?"
    r"|seasons?)\b",
    r"\1",
))

# (23re, D133.2) "a fall of N %" is a change's size, as "a drop of": "fall" alone is the season
# ("fall 2018", a date), so only the noun with its article and "of"
FIGURES["change"] += ["a fall of"]
# (23re, D136.1) D100's rank with a possessive for the article ("one of its worst attendance
# figures ever", "one of their biggest"), and "best": no count of one, the other count is read
FIGURES["rewrites"].append((
    r"(?<!\S)one of (?=(?:its|their|his|her|our) (?:[^\W\d_]+ )?(?:worst|deadliest|largest|"
    r"biggest|highest|greatest|heaviest|strongest|busiest|longest|costliest|bloodiest|best|"
    r"most(?! (?:seriously|severely|critically|badly|gravely)(?!\w)))(?!\w))"
    r"|(?<!\S)one of (?=the (?:[^\W\d_]+'s )?best(?!\w))", "",
))
# (23re, D134.1) D122's size of a change told after the count with a sign ("(+3,932 compared with
# 2023)") or the noun of the change before it ("an increase of 3,000 visitors compared with
# 2022"), then the comparison: no count beside the count
FIGURES["differences"] += [
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:compared|versus|vs|as against)(?![^\W\d_])",
    r"(?:\S+ )*?an? (?:increase|rise|drop|decline|decrease|fall|jump) of # (?:[^\W\d_]+ ){0,2}"
    r"(?:compared|versus|vs|as against)(?![^\W\d_])",
]

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5,000 members") tells the size of a
# change: additional (rule 12), written as "another" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("another"))

# (24ra, D143) the verbs of passing a mark in their tenses and participles: "broke through
# 31,000", "crossed the 31,000 mark", "passing the 31,000 milestone" are at least (rule 3), as
# "surpassed"; "neared N" and "nearing / approached the N mark" are nearly, as "nearing"
# ("approached 3 men" alone is no mark: not written). Not after
# "not" (D42: "did not pass N" is at most; "has not crossed N" too)
FIGURES["rewrites"].append((
    r"(?<!\bnot )\b(?:broke|breaks|break|breaking|broken) through(?= (?:the )?\d)", "surpassed",
))
# (32rb, D221.1) "passing" right before the number ("the number of cases passing 2,700"), as
# "passed", "exceeding", "topping", "surpassing": at least. Not the noun ("the passing of 3
# people", a death), nor after "not" ("not passing N" is at most, D42)
FIGURES["rewrites"].append((r"(?<!\bnot )(?<!\bnever )\bpassing(?= \d)", "passed"))
FIGURES["rewrites"].append((
    r"(?<!\bnot )\b(?:passed|passing|passes|crossed|crossing|crosses|broke|breaks|breaking|broken|"
    r"topped|topping|tops|surpassed|surpassing|surpasses|exceeded|exceeding|exceeds|cleared|"
    r"clearing|clears) the (\d[\d.,]*(?: (?:thousand|million|billion|lakh|crore))?)"
    r"(?:[ -](?:mark|milestone|threshold|barrier|level|line))\b",
    r"surpassed \1",
))
FIGURES["rewrites"].append((
    r"(?<!\bnot )\b(?:neared|nearing|nears|approached|approaching|approaches) the "
    r"(\d[\d.,]*(?: (?:thousand|million|billion|lakh|crore))?)"
    r"(?:[ -](?:mark|milestone|threshold|barrier|level|line))\b",
    r"nearing \1",
))
FIGURES["at_least"] += ["crossed", "crosses", "crossing"]
FIGURES["at_most"] += [
    "not crossed", "did not cross", "does not cross", "never crossed", "not cross",
    "has not crossed", "have not crossed", "had not crossed",
]
FIGURES["nearly"] += ["neared", "nears"]

# (24rb, D147) multipliers are no counts (rule 13, as "times more"): "multiplied by nearly 30",
# "a 30-fold increase"; not "doubled" / "tripled" alone, which may lead to a new total ("tripled
# to 300"), nor "3 times" of events, nor a spelled "threefold" beside a count ("300 killed, a
# threefold increase" reads 300)
FIGURES["fraction"] += [
    "multiplied by", "multiply by", "multiplies by", "multiplying by", "-fold", "fold increase",
    "fold rise",
    "times as much", "times greater", "times larger", "times bigger", "times as high",
    "times as large", "times as great", "times over",
]

# (24rb, D147.2) a change "from QUAL A to B" (from over/about A to B: "rose from more than 10,000
# to 17,000"): the old count's qualifier goes with the old count; the new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:rose|risen|rising|rises|increased|increasing|grew|grown|jumped|climbed|fell|fallen|"
    r"dropped|declined|decreased|went|gone|soared|surged|swelled|doubled|tripled) from) "
    r"(?:just over|just under|more than|fewer than|less than|over|about|around|nearly|almost|"
    r"roughly|some|approximately|at least|an estimated|under) "
    r"(?=\d[^;]{0,40}? to (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['i.e.', 'ie', 'that is', 'that is to say', 'in other words']

# (24rd, D154) "to about / to around N" when no number stands before it ("the number of homes
# affected to about 300"): the qualifier of the one number, as "rose to about" (D39), not a
# range's second end. Not after "from / between" or a number word before it ("from three to
# about five" stays a range)
FIGURES["rewrites"].append((
    r"^(?!\D*\b(?:from|between|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|tens|several|few|score)\b)(\D*?[a-z]) to (?=(?:about|around) \d)",
    r"\1 ",
))

# (24rc, D150) "up N" told as a change with the number in words ("sales were up eight percent",
# "up twelve"): "rose by", additional, as "up 10%" (D137); the same guards (at the phrase's start or
# after a form of "be"); "up to" stays at most
_EN_NUMBER = number_word(
    [*(w for w, v in FIGURES["numbers"].items() if v >= 2), *FIGURES["small"]]
)
FIGURES["rewrites"].append((
    r"^\s*up(?= (?:about |around |nearly |almost |more than |over |some |roughly )?"
    + _EN_NUMBER + ") ",
    "rose by ",
))
FIGURES["rewrites"].append((
    r"\b(is|are|was|were|be|been|being|now|also|still|already) up"
    r"(?= (?:about |around |nearly |almost |more than |over |some |roughly )?" + _EN_NUMBER + ") ",
    r"\1 rose by ",
))

# (24rc, D150) an adverb between a verb of rise and its "by" ("rose sharply by 10%", "increased
# significantly by 500", "grew further by 3"): dropped, so "rose by N" reads, additional (rule 12,
# D65, D108); first of the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"\b(rose|risen|rises|rising|increased|increases|increasing|grew|grown|grows|growing|climbed|"
    r"climbs|climbing|jumped|jumps|jumping|surged|surges|surging|soared|soars|soaring|swelled|"
    r"swollen|spiked|went up|gone up|goes up|going up)(?: (?:[a-z]+ly|further|again|even|also|"
    r"yet again)){1,2} (?=by\b)",
    r"\1 ",
))

# (25ra, D167) a change "from A to B" with a verb of change the D35 rewrite did not list
# ("reduced in 2009 from 3,064 to 2,820", "cut / slashed / shrank / ballooned / skyrocketed from
# A to B"), also with the year of the change between: the new total B (D35), read as "rose from";
# no verb before "from" ("from 300 to 420 people") stays a range (rule 6); the verbs D35 lists
# keep their own rewrites ("more than tripled from", 17ta)
FIGURES["rewrites"].insert(0, (
    r"\b(?:cut|slashed|trimmed|reduced|reducing|reduces|shrank|shrunk|shrinking|shrinks|"
    r"dwindled|dwindling|plunged|plunging|plummeted|plummeting|tumbled|tumbling|slid|sliding|"
    r"slumped|slumping|dipped|dipping|sank|sunk|sinking|ballooned|ballooning|skyrocketed|"
    r"skyrocketing|sky-rocketed|rocketed|rocketing|spiked|spiking|leapt|leaped|leaping|swelled|"
    r"swollen|swelling|expanded|expanding|multiplied|edged (?:up|down)|ticked (?:up|down)|"
    r"inched (?:up|down)|crept (?:up|down)|downgraded|upgraded|updated|amended|corrected|"
    r"adjusted|changed|shifted|escalated|contracted|narrowed|widened|dropping|declining|"
    r"decreasing|climbs|jumps|jumping|soaring|surging|rebounded)"
    r"(?:,? (?:in|during|over|by) (?:19|20)\d\d,?| (?:this|last) year,?)?"
    r"(?= from (?:[a-z]+ ){0,3}\d)",
    "rose",
))
FIGURES["rewrites"].insert(1, (
    r"\brose from (?:just over|just under|more than|fewer than|less than|over|about|around|"
    r"nearly|almost|roughly|some|approximately|at least|an estimated|under|barely|only|just) "
    r"(?=\d[^;]{0,40}? to (?:[^\W\d_]+ ){0,3}\d)",
    "rose from ",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D169) a point and three digits right before million / billion / trillion (bn, mn, mln)
# or the Indian lakh / crore is the decimal point: English writes the point as its decimal mark
# ("1.259 billion" = 1,259,000,000; rule 9 read a thousands group), as ar D155.1 and hi D162.
# Not before "thousand" nor "m" (a metre: "1.500 m")
FIGURES["rewrites"].insert(0, decimal_point_before(
    "million|millions|billion|billions|trillion|trillions|bn|mn|mln|lakh|lakhs|crore|crores"))

# (25rb, D171) the words of a rise with something between: an adjective between the article and
# the noun of a rise before "of" and its size ("a significant increase of 11%", "a sharp rise of
# 500"): dropped, so "an increase of N" reads, additional (rule 12, D150); a per cent told
# "higher / greater / larger / bigger" after it ("11% higher") is "11% more" (additional). Falls
# stay a total
FIGURES["rewrites"].insert(0, (
    r"\ban? (?:(?:significant|sharp|steep|slight|small|modest|large|huge|big|massive|"
    r"marked|substantial|considerable|dramatic|further|notable|record|sudden|rapid|strong|"
    r"annual|overall|net|total|year-on-year|year-over-year|whopping|staggering|alarming|"
    r"significantly|slightly) ){1,2}(increase|rise|jump|surge|growth|hike|spike|climb|uptick|"
    r"gain) (?=(?:of|by) (?:about |around |nearly |almost |more than |over |some |roughly )?\d)",
    r"an \1 ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|per cent|percent|pct)) (?:higher|greater|larger|"
    r"bigger)\b",
    r"\1 more",
))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadows?', 'atacms', 'himars', 'scalp']
ARTICLES["excluded"] += ['demilitari[sz]ed zone', 'dmz']
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    "(?:north korean )?defectors?['’]? (?:group|organi[sz]ation|association)",
    'gyeore-?a?-?eol(?: nation united| unification solidarity)?',
    '(?:human[- ]rights )?activists?',
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("according to various sources"): nobody's, as "according to
# some reports" (not "unnamed sources": an outlet's own reporting; not a side's sources)
ARTICLES["impersonal"] += ["according to (?:various|several|multiple|different|diverse) sources"
                           "(?! (?:in|from|at|close|familiar))"]
# (26ac) a next sentence naming who gave "such data" ("North Korea has sent about 15,000 migrant
# workers to Russia … South Korean intelligence presented such data to lawmakers"), as "these
# figures" and "the data was provided by" above
ARTICLES["attribution_next"] += [
    "(?:presented|provided|gave|shared|released|disclosed|revealed|cited|published) (?:such|these|"
    "those|this|that) (?:data|figures?|numbers?|estimates?|information|assessments?)",
]

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "2.3 times", "1.5 times",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("times", "times more")

# (25rd, D177) an ordinal spelled in words is no count (D7): cardinal words before an ordinal
# ("twenty-first", "one hundred and first", "the one thousand, seven hundred and thirteenth",
# "the two millionth visitor") read their cardinals (20, 100, 1,700, 2) as the figure; the
# whole ordinal is dropped, as "21st" is. A unit before an ordinal of a unit is a fraction
# ("one third", "two fifths"), not written; tens and a unit's ordinal only with the hyphen
# ("twenty-first": "twenty first responders" are 20, "twenty second delay" a time)
_EN_CARDINAL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion)"
)
_EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|"
    r"thousandth|millionth|billionth)"
)
FIGURES["rewrites"].append((
    rf"(?<![\w-])(?:{_EN_CARDINAL}(?:, | and |-| ))*"
    rf"(?:{_EN_TENS}-{_EN_ORDINAL}|{_EN_CARDINAL}[- ](?:hundredth|thousandth|millionth|"
    rf"billionth)|(?:hundred|thousand|million|billion),? and {_EN_ORDINAL})(?![\w-]| respond)",
    "",
))

# (26ra, D183) a verb of a rise right before its per cent, with no "by" ("rose 0.21 per cent",
# "increased 40.5%", "has risen some 12 per cent"): "rose by N%", additional (rule 12, D150,
# D164); a fall stays a total, a count after the verb is left (a distance, "rose 300 metres")
_EN_RISE = (
    r"rose|risen|rises|rising|increased|increases|increasing|grew|grown|grows|growing|climbed|"
    r"climbs|climbing|jumped|jumps|jumping|surged|surges|surging|soared|soars|soaring|spiked|"
    r"gained|gains|advanced|expanded|rallied|swelled|ballooned|skyrocketed|rocketed|leapt|"
    r"leaped|rebounded|went up|gone up|goes up|going up|edged up|ticked up|inched up|crept up|"
    r"shot up|picked up"
)
FIGURES["rewrites"].insert(0, rise_then_percent(
    rf"(?:{_EN_RISE})(?: [a-z]+ly| further| again| also| even){{0,2}}", "by",
    r"%|per cent|percent|pct|per-cent|percentage points?",
    r"about|around|nearly|almost|more than|over|some|roughly|just over|just under|"
    r"approximately|an estimated|a further|another|a whopping|a record|only|just",
))
# the noun of a rise before "of" with no article ("increase of 5 per cent", "rise of 300"), as
# "an increase of N" reads (rule 12, D150); "the increase of" names a known rise and is left
FIGURES["rewrites"].insert(0, (
    r"^\s*(increase|rise|jump|surge|growth|hike|spike|climb|uptick|gain)(?= of (?:about |around |"
    r"nearly |almost |more than |over |some |roughly )?\d)",
    r"an \1",
))
# an emphatic word between "by" and the per cent ("by a whopping 40%", "by a staggering 12 per
# cent"): dropped, so "by N%" reads, a change's size, additional (D164); only before a per cent
FIGURES["rewrites"].insert(0, (
    r"\bby (?:a (?:whopping|staggering|massive|huge|remarkable|hefty|healthy|solid|modest|mere|"
    r"record|full|stunning|striking|significant|substantial|sizeable|sizable|dramatic|"
    r"respectable|startling|jaw-dropping|considerable|marked|sharp|steep)|an (?:impressive|"
    r"astonishing|astounding|incredible|enormous|eye-watering|extraordinary|unprecedented))"
    r" (?=\d[\d.,]* ?(?:%|per cent|percent|pct|percentage points?)(?!\w))",
    "by ",
))

# (26ar) numbers of another subject than the story's people (articles/subjects.py): a
# population or an income of millions ("a population of 26 million", "earning the regime
# millions", an army's strength), participants or inhabitants counted ("over 10,000
# participants"), and a part of places ("37 of 64 settlements")
ARTICLES["other_subject"] = {
    "before": ["population of", "earn(?:s|ed|ing)?", "standing army of",
               # an army's whole strength ("the fourth largest military in the world with 1.21
               # million active duty military personnel")
               "(?:military|army|armed forces)(?: [^\\W\\d_]+){0,5} with",
               # (art34b) the plural of a ranking and a comma before "with" ("one of the largest
               # armies in the world, with more than 1.25 million personnel")
               "(?:militaries|armies)(?: [^\\W\\d_]+){0,5},? with"],
    "scale": ["million", "billion", "trillion", "mn", "bn"],
    "after": ["participants", "inhabitants", "residents"],
    "of_total": ["of", "out of"],
}

# (26ar) one of a pair told before, described one by one (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["one"], "other": ["the other", "the second one"]}
# (26ar) a capture that did not happen: before it, or none held ("blew himself up before being
# captured", "Ukraine has no North Korean prisoners")
ARTICLES["excluded"] += [
    "before (?:being |getting )?(?:captured|taken prisoner)", "before (?:their|his|its) capture",
    "(?:has|have|had|holds?|held) no (?:\\w+ ){0,2}(?:prisoners|captives|pows)",
]
# (26ar) the other side's people named by their army ("eight soldiers of the Ukrainian special
# forces", "some twenty soldiers of the Russian army")
ARTICLES["other_side"] += [
    "(?:soldiers|troops|servicemen|fighters|members|operators|personnel) of (?:the )?"
    "(?:russian|ukrainian) (?:\\w+ )?(?:army|armed forces|forces|military)",
]
# (26ar) waves and deployments counted, no people ("the first two deployments")
ARTICLES["not_counted"] += ["deployments", "waves", "batches", "dispatches"]
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['some', 'several']
# (26ar) troops going back, in the present tense ("as thousands of North Korean troops return to
# … after Moscow withdrew them"), as "returned", "returning" above
ARTICLES["excluded"] += ["(?<=troops\\s)return (?:to|home)", "(?<=soldiers\\s)return (?:to|home)",
                         "withdrew them"]

# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): no count
# (lang/_designations.py)
FIGURES["rewrites"] += GENERATION

# (26rb, D185.5) "from A to more than a million": the "more than" of the high end before "a" and a
# scale was read as "N more" compared with the low end (17nm's rewrite: "from 850,000 to more
# than a million" = 850,000 additional, a wrong number); "a" written "one" there, the high end
# is the qualified scale: a range open above (D3), and after "and" two quantities
FIGURES["rewrites"].insert(0, (
    r"(?<=\d)((?: (?:thousand|million|billion))?) (to|and) more than (?:a|an) (?=(?:thousand|"
    r"million|billion|hundred)\b)",
    r"\1 \2 more than one ",
))

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "between", "and", "more than|over", r"thousand|million|millions", "or more"))

# (28rb, D207) "an estimate of N" is approximate (rule 2, as "an estimated")
FIGURES["approx"] += ["estimate of", "an estimate of", "estimates of"]
# (28rb, D207) "raised / pushed / brought the toll up to N" and "the toll rose up to N": the new
# total, exact (rule 1, D31), as "rose to N"; "up to 79 dead" with no such verb stays at most
FIGURES["rewrites"].append((
    r"\b((?:rais|push|brought|bring|took|take|increas|lift|driv|drove)[^\W\d_]* (?:the|its|their) "
    r"(?:[^\W\d_]+ )?(?:toll|number|total|tally|count|figure)\b[^\d,;:.]{0,40}?) up to "
    r"(?=\d)",
    r"\1 to ",
))
FIGURES["rewrites"].append((
    r"\b((?:toll|number|total|tally|count)\b[^\d,;:.]{0,40}? (?:rose|risen|rises|climbed|climbs|"
    r"jumped|jumps|increased|increases|grew|grown|soared|swelled|surged)) up to (?=\d)",
    r"\1 to ",
))

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out: "half a
# million shells", "a quarter of a million", "one and a half million", "a million and a half" (it
# read "million", 1,000,000)
ARTICLES["scale_fractions"] = {
    "before": ["one and a half", "one-and-a-half", "(?:a |one )?half(?: an?)?", "a quarter of an?",
               "(?:a |one )?quarter", "three quarters of an?"],
    "after": ["and a half"],
}

# (30fx, D215.4) "up 30% from 179,099" (a share of change, then the earlier value): "from" names
# the compared value, as "compared with" does (D111): "233,597 killed, up 30% from 179,099" =
# 233,597 (the share of change dropped, D59.1); only after a count (round 59's "That was down
# 3.1% from 624,828 in 2021 – … when there were 596,122" tells no count before it: unparsed)
FIGURES["rewrites"].append((
    r"(\d\D*?\b(?:up|down) (?:by )?(?:about |around |almost |nearly |some )?\d+(?:[.,]\d+)? ?"
    r"(?:%|per ?cent|percent)) from\b", r"\1 compared with"))

# (30ab) a loss cue right after words of making up for it names the sending's purpose, not the
# metric of its number: "sent an additional 3,000 to 4,000 soldiers to compensate for the losses"
ARTICLES["made_up_for"] = [
    "(?:to |in order to )?(?:compensate for|make up for|replace|replenish|offset)"
    "(?: (?:the|their|its|his|her|heavy|huge|mounting|battlefield|recent|these|those|such))*"]
# (30ab) people who injure themselves to escape the draft are no wounded of the war ("Some North
# Koreans of conscription age are taking drastic measures, injuring themselves to avoid being
# sent to the front"): a loss cue with a reflexive right after it is no metric
ARTICLES["self_inflicted_after"] = ["themselves", "himself", "herself"]
# (30ab) earlier estimates nobody is named for, as the sentence's subject ("Earlier estimates
# mentioned 3,000 casualties"): an impersonal estimate, no source carried from before (the
# codebook's impersonal-estimate convention, 20 of 27 labels)
ARTICLES["impersonal"] += ["(?:earlier|previous|prior|initial|older) estimates "
                           "(?:mentioned|put|said|suggested|spoke of|showed|indicated|placed|were|"
                           "had)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("agreed to exchange 314
# prisoners of war"): both sides' prisoners, no capture of North Koreans; only the count right
# after the word of exchange (North Korean captives offered in an exchange name their side)
ARTICLES["excluded"] += [
    "(?:exchanged?|exchanging|swap|swapped|swapping)(?: of)?"
    "(?= (?:a total of |some |about |around |nearly |over |more than )?\\d[\\d,]* "
    "(?:prisoners|pows|captives|servicemen))",
    "prisoners of war (?:were |have been |had been )?(?:exchanged|swapped)",
]
# (30ab) reinforcements counted are troops ("14,000 troops, including 3,000 reinforcements to
# replace its losses"): with "reinforcements" an additional word too, a later wave
ARTICLES["troops"] += ["reinforcements"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["and"], ["the"]))

# (31fx, D218.1) "N of them were X and M Y" opening the phrase (as es "siete de ellas eran mujeres
# y dos hombres"): the count after "and" is the list's other part, two counts, unparsed; "seven of
# them" alone stays 7, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(_EN_NUMBER, ["of them", "of these", "of those"], ["and"]))

# (31rb, D219.5) the article of a person exchanged for a count is the count one, as fr "un otage
# pour trois prisonniers" (lang/_forms.py): "a hostage for three prisoners", "1,027 prisoners for
# a single soldier" are two counts, unparsed (they read the other count); "one … for every" is a
# rate already
FIGURES["rewrites"] += one_in_exchange(
    "an?", "single|lone",
    "hostage|prisoner|captive|detainee|soldier|serviceman|servicewoman|israeli|palestinian|"
    "civilian|fighter|man|woman",
    "for",
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|several|"
    "dozens|hundreds|thousands",
    "days?|weeks?|months?|years?|hours?|minutes?")

# (32rl, D220.1) a share told after the total and its comma ("349 people, more than half of them
# children") tells who the counted were: the total's breakdown (D5), written as the table's
# breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share keeps
# it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["of whom", "of which", "among them", "including"],
    ["more than", "over", "nearly", "almost", "about", "around", "roughly", "some", "at least",
     "less than", "fewer than", "well over", "just over", "close to", "up to", "just under"],
    ["half", "one half", "a third", "one third", "one-third", "a quarter", "one quarter",
     "one-quarter", "two thirds", "two-thirds", "three quarters", "three-quarters", "a fifth",
     "the majority", "a majority", "the vast majority", "most"],
    ["of them", "of whom", "of these", "of those", "of which"],
    "including"))

# (32rl, D220.2) "of these" after the total's comma, right before a count ("331, of these 186
# were children"), opens its breakdown (D5), as "of whom" does
FIGURES["rewrites"].append((r", ?of (?:these|those),? (?=\d)", ", including "))

# (34ar) the country owning a capture ("South Korean Intelligence Confirms Ukraine's Capture of Two
# North Korean Soldiers", seatickers.com; "Seoul's spy agency confirmed Kyiv's capture of two"): it
# acted, the one confirming speaks (articles/speaker.spoken_countries)
ARTICLES["agent_after"] = ["['’]s (?:capture|seizure|detention|apprehension)"]

# (34ar) a standing army's strength counted by its active soldiers ("North Korea has about 1.2
# million active troops", "1.28 million active-duty personnel"): North Korea's own army, no
# figure of the story (articles/subjects.py)
ARTICLES["other_subject"]["after"] += [
    "active(?:[- ]duty)? (?:troops|soldiers|personnel|military personnel|servicemen|"
    "service members|military)"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "vladivostok", "moscow", "kursk", "primorye", "primorsky", "khabarovsk", "siberia\\w*",
    "(?:russia['’]s )?far east(?:ern)?", "st\\.? petersburg", "saint petersburg", "nakhodka",
    "ussuriysk", "sakhalin", "amur", "rostov", "tuva", "kazan", "tatarstan", "alabuga",
    "novosibirsk", "yakutia"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['in', 'in the', 'at', 'at the'], 'and', [
        # (35rd, D236.1) a noun of an area with no name ("in the region, 6 in Kharkiv")
        (r"in the (?:country|region|province|state|oblast|county|district|territory)",
         r"in|in the|at|at the"),
    ]),
    part_of_total(
        [
            'out of a total of', 'out of the total of', 'from a total of', 'among a total of',
            'out of a total force of'
        ], 'out of'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('a', 'an', 'one') for u in ('year', 'month', 'week', 'day', 'decade')]
    + [f'{n} {u}' for n in ('two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten')
       for u in ('years', 'months', 'weeks', 'days', 'decades')],
    ['later', 'earlier', 'ago', 'afterwards', 'previously'],
))

# (34rc, D229.1) D122's size of a change with its per cent in brackets between it and "fewer /
# more" ("54,488 births … – 612 (1.1%) fewer than in 2015", round 100; "1,573 deaths, 137 (8%)
# fewer than 2022", ons.gov.uk): no count beside the count
FIGURES["differences"] += [
    r"\S+ # (?:[^\W\d_]+ ){0,2}\( (?:[-+] )?[\d.,]+ % \) (?:fewer|less|more)(?: [^\W\d_]+){0,3}?"
    r" (?:than|compared|as against)(?![^\W\d_])",
]
# (34rc, D229.2) "fell by N last year to M" (D61.3): a time told between the change's size and
# "to" ("last year", "in 2016", "over the past year", "year on year") is dropped, so that D61.3's
# rewrite reads the new total ("Membership of trade unions fell by 275,000 last year to 6.2
# million", round 100; "rose by 58,000 over the year to 1.36 million", ons.gov.uk)
_EN_BY_TO = rewrite_index(FIGURES["rewrites"], r"\1 to ", " by (?:about ")
FIGURES["rewrites"].insert(_EN_BY_TO, (
    r"(\bby (?:about |around |some |nearly |almost |more than |over )?\d[\d.,]*"
    r"(?: (?:thousand|million|hundred))?(?: ?%| percent| per cent)?) "
    r"(?:last (?:year|month|week|quarter)|in (?:19|20)\d\d|year on year|on the year|"
    r"(?:in|over) (?:the|a) (?:past |last |previous )?(?:year|month|quarter|decade|"
    r"(?:twelve|12) months))(?=,? to )",
    r"\1",
))

# (art34b) ground a capture takes ("positions they captured in Kursk", "ground captured in a
# lightning incursion", "captured towns and villages"): no capture of people, and a number of
# the sentence takes no capture cue from it (articles/seized.py)
ARTICLES["places_taken"] = {
    "places": ["positions?", "territor(?:y|ies)", "ground", "land", "lands", "areas?",
               "villages?", "towns?", "settlements?", "cit(?:y|ies)", "regions?", "parts? of",
               "square (?:kilometers|kilometres|miles)", "land grab"],
    "next": ["in", "during", "by", "last", "earlier", "since", "from", "back", "this", "after",
             "and", "but", "as", "when", "with", "on", "at"],
    "not_between": ["were", "was", "been", "being", "are", "is", "have", "has", "had",
                    "get", "got", "gets"],
    "between": ["the", "a", "some", "several", "many", "two", "three", "their", "its", "russian",
                "ukrainian", "key", "border", "more", "small", "large", "new"],
}

# (art34b) words of size before a loss noun ("with heavy losses", "suffered heavy casualties"):
# the losses are many, none counted; across a clause boundary they give no number its metric
# (articles/heavy.py)
ARTICLES["heavy_losses"] = ["heavy", "high", "huge", "massive", "significant", "severe",
                            "considerable", "enormous", "staggering"]

# (art34b) reservists counted ("Russia would mobilise 300,000 reservists", "calls up 300,000
# reservists"): a call-up of Russia's own or North Korea's reserve, no figure of the troops sent
# (the codebook's negatives: Russia's mobilisation, North Korea's own army). Not "mobilized"
# before the number: "North Korea has mobilized 11,000 troops for Russia" is a sending.
ARTICLES["not_figure_after"] += ["(?: [^\\W\\d_]+)? reservists"]

# (art34b) unnamed reports named in a figure's own clause ("…, and some reports put the number at
# 12,000"): the figure is theirs, not the sources of the clause before (articles/speaker.py,
# hedged_reports)
ARTICLES["hedged_reports"] = ["(?:some|other) reports (?:put|say|said|suggest|speak)",
                              "according to (?:some|other) reports",
                              "in (?:some|other) reports"]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("More than 400 people are sheltering in 33 evacuation centres"; "12,394 evacuees in 208
# evacuation centres", fijitimes.com/evacuees-highest-in-the-west; "12,090 flood evacuees are
# currently at 84 relief centres", thesundaily.my 2022): set aside, the people read (D20)
_LODGING_EN = (
    r"(?:temporary|emergency|public|government|official|makeshift|flood|relief|evacuation|"
    r"evacuee|displacement|refugee|reception|accommodation|transit|idp|tent)"
)
FIGURES["rewrites"] += lodging_aside(
    ["in", "at", "across", "among", "between", "to", "into"],
    [rf"(?:{_LODGING_EN} ){{0,3}}(?:shelters|camps|tent cities)",
     rf"(?:{_LODGING_EN} ){{1,3}}(?:centres|centers|sites|points|facilities|halls)"],
    ["more than", "over", "some", "about", "around", "nearly", "almost", "at least"],
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of",
)
# (34re, D231.2) "18 arrested in France and another in Belgium": one more of the counted, a sum
FIGURES["rewrites"].insert(0, one_other_in(
    ["and"], ["another", "one more", "one other", "a further one"],
    ["in", "at", "on", "from", "near", "outside"],
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"))

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# injured were taken to five hospitals", "admitted to 3 hospitals", "distributed among 4
# hospitals"): set aside beside the people, as D231.1's shelters; with no such verb ("32 people
# in 5 hospitals") two counts as before (D45.5)
FIGURES["rewrites"] += care_aside(
    ["taken", "took", "transported", "transferred", "evacuated", "admitted", "hospitali[sz]ed",
     "treated", "being treated", "distributed", "spread", "sent", "rushed", "brought",
     "airlifted", "moved", "dispersed", "ferried", "carried", "flown", "referred", "shifted",
     "receiving treatment", "undergoing treatment", "divided"],
    ["to", "in", "at", "among", "between", "across", "into"],
    [r"(?:(?:different|separate|local|nearby|area|regional|city|district|field|military|public|"
     r"private|government|state|major|several|other) ){0,2}"
     r"(?:hospitals|clinics|medical (?:facilities|centres|centers|institutions)|"
     r"health (?:facilities|centres|centers|posts)|healthcare facilities|trauma centres|"
     r"trauma centers)"],
    ["more than", "over", "some", "about", "around", "nearly", "almost", "at least"],
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several",
)

# (art34b, 35aa) the labels of an editorial's headline ("Editorial: …", "[Editorial]",
# "Opinion | …"): the paper's own view, no source of its lead (reader._named_after)
ARTICLES["editorial_headline"] = ["\\[\\s*editorial\\s*\\]", "editorial\\s*[:|]", "opinion\\s*[:|]"]

# (35aa) troops Russia gathers itself ("Russia has amassed a force of 50,000 troops, including
# 10,000 North Korean soldiers", "The Kremlin has amassed 50,000 Russian and North Korean
# troops"): its own forces, or a mixed force, no figure of the troops North Korea sends (the
# codebook's negatives); the North Koreans counted inside it stay ("including 10,000 …")
ARTICLES["not_figure_before"] += [
    "(?:russia|moscow|kremlin) (?:has|had|have) (?:now |already )?(?:amassed|massed|assembled|"
    "gathered|concentrated)(?: (?:a force of|a force of some|some|about|around|nearly|up to|"
    "more than|over))?"]

# (35ad) impersonal estimates in the past tense, and the first reports nobody is named for ("In
# 2023, only 4,000 North Korean construction workers were believed to be in Russia", round 16zz35;
# "Initial reports indicated that these troops took roughly 3,000 casualties"): no source carried
# from the sentence before (the codebook's impersonal-estimate convention), as "are believed to"
ARTICLES["impersonal"] += [
    "(?:was|were) (?:then |once |previously |initially |widely |also )?(?:believed|thought|"
    "estimated|said|reported) to",
    "(?:initial|early|first|earlier|previous|unconfirmed) reports (?:indicated|suggested|showed|"
    "said|put)"]
