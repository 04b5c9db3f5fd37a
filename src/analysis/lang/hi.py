"""Hindi (``hi``): the words of the figure engine (no period table yet).

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_before
from analysis.lang._forms import decimal_point_before, leading_minus, leading_plus
from analysis.lang._lists import share_of_total
from analysis.lang._order import longest_first

# fmt: off

SCRIPTS = ("devanagari",)

# (17cp, D72) Hindi writes many words in several spellings: one form for all, in the text and in
# every table phrase and rewrite (applied by the figure engine after folding, analysis.lang)
SPELLING = [
    # zero-width joiners and non-joiners inside conjuncts (as many Hindi sites write "ज्यादा")
    # are no letters (17gwa)
    ("[\u200c\u200d]", ""),
    # the nukta: "ज़्यादा" = "ज्यादा", "फ़ीसदी" = "फीसदी", "करोड़" = "करोड", "ढ़ाई" = "ढाई"
    # (the letters with a nukta are a letter and U+093C after NFKC)
    ("\u093c", ""),
    # chandrabindu and anusvara: "पाँच" = "पांच", "यहाँ" = "यहां"
    ("\u0901", "\u0902"),
    # a nasal consonant with virama before a stop or a sibilant is the anusvara: "घन्टे" =
    # "घंटे", "हिन्दी" = "हिंदी", "पन्द्रह" = "पंद्रह", "सम्बन्ध" = "संबंध", "पेन्शन" = "पेंशन";
    # not before a nasal, य, र, ल, व, ह ("अन्य", "जन्म", "उन्नीस", "तुम्हारा": written so only)
    ("[ङञणनम]\u094d(?=[कखगघचछजझटठडढतथदधपफबभशषस])", "\u0902"),
    # the nasal of the oblique plural is often left off: "सैकड़ो" = "सैकड़ों", "महिलाओ" =
    # "महिलाओं" (at a word's end, after -ो / -ओ: no other word ends so)
    (r"(?<=[\u094bओ])\u0902(?![\w\u0900-\u097f])", ""),
    # the glide य before -ए / -ई after a vowel: "गये" = "गए", "नयी" = "नई", "लिये" = "लिए",
    # "रुपये" = "रुपए" (not after a virama: "ज्येष्ठ"; not at a word's start: "ये", these)
    ("(?<=[\u0905-\u0914\u0915-\u0939\u093e-\u094c])\u092f\u0947", "\u090f"),
    ("(?<=[\u0905-\u0914\u0915-\u0939\u093e-\u094c])\u092f\u0940", "\u0908"),
]

MONTHS = [
    ["जनवरी"],
    ["फरवरी", "फ़रवरी"],
    ["मार्च"],
    ["अप्रैल", "अप्रेल"],
    ["मई"],
    ["जून"],
    ["जुलाई"],
    ["अगस्त"],
    ["सितंबर", "सितम्बर"],
    ["अक्टूबर", "अक्तूबर"],
    ["नवंबर", "नवम्बर"],
    ["दिसंबर", "दिसम्बर"],
]

# not read by any engine yet: there is no PERIODS table
WEEKDAYS = [
    ["सोमवार"],
    ["मंगलवार"],
    ["बुधवार"],
    ["गुरुवार"],
    ["शुक्रवार"],
    ["शनिवार"],
    ["रविवार"],
]

_NEIGHBOURS = (
    ("एक", "दो"), ("दो", "तीन"), ("तीन", "चार"), ("चार", "पांच|पाँच"), ("पांच|पाँच", "छह"),
    ("छह", "सात"), ("सात", "आठ"), ("आठ", "नौ"), ("नौ", "दस"),
)
"""(lexicon 17, session 6) Neighbouring numerals ("दो तीन लोग"): a range (D41)."""

_MONTH_WORDS = "|".join(
    [name for names in MONTHS for name in names] + ["फ़रवरी", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"]
)
"""The month names, for a day written in words beside one ("जून चार", 17nd)."""
_DAY_WORDS = (
    "एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|ग्यारह|बारह|तेरह|"
    "चौदह|पंद्रह|पन्द्रह|सोलह|सत्रह|अठारह|उन्नीस|बीस|इक्कीस|बाईस|"
    "तेईस|चौबीस|पच्चीस|छब्बीस|सत्ताईस|अट्ठाईस|उनतीस|तीस|इकतीस"
)
"""The numbers 1-31 in words."""

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "मृत", "मृतक\\S*", "घायल\\S*", "लापता", "मौत\\S*", "गिरफ्तार",
    ],
    "casualties": [
        "हताहत\\S*", "पीड़ित\\S*", "मामले",
    ],
    "numbers": {
        # "all N" ("पांचों को डिस्चार्ज कर दिया", all five were discharged)
        "दोनों": 2, "तीनों": 3, "चारों": 4, "पांचों": 5, "पाँचों": 5, "छहों": 6, "सातों": 7, "आठों": 8,
        # (17ce) "दसों" (all ten) and the spellings without the nasal ("आठो छात्रों", all eight
        # students; "दोनो", D63.5)
        "दसों": 10, "दोनो": 2, "तीनो": 3, "चारो": 4, "पांचो": 5, "पाँचो": 5, "छहो": 6, "सातो": 7,
        "आठो": 8, "दसो": 10,
        "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8,
        "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15,
        "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20,
        "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80,
        "नब्बे": 90,
        # (17ng) "साढ़े तीन" (three and a half) … "साढ़े दस": a half added (rule 8, D47)
        "साढ़े तीन": 3.5, "साढ़े चार": 4.5, "साढ़े पांच": 5.5, "साढ़े पाँच": 5.5, "साढ़े छह": 6.5,
        "साढ़े सात": 7.5, "साढ़े आठ": 8.5, "साढ़े नौ": 9.5, "साढ़े दस": 10.5,
        # (17gwa) "साढे" without the nukta, "सवा दो" (two and a quarter) and "पौने दो" (a quarter
        # less than two: "पौने दो लाख" = 175,000) for 2-10; alone "सवा" stays 1.25 before a
        # multiplier ("सवा लाख"); without these "पौने दो लाख" was read as 200,000 (rule 8)
        **{
            f"{word} {unit}": value + add
            for unit, value in (
                ("दो", 2), ("तीन", 3), ("चार", 4), ("पांच", 5), ("पाँच", 5), ("छह", 6), ("सात", 7),
                ("आठ", 8), ("नौ", 9), ("दस", 10),
            )
            for word, add in (("साढे", 0.5), ("सवा", 0.25), ("पौने", -0.25))
            if not (word == "साढे" and value == 2)
        },
        # (lexicon 17, session 6) every cardinal from 21 to 99 (each is one word in Hindi), "छः"
        # (six, with visarga), "शून्य" (zero)
        "इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "छब्बीस": 26, "सत्ताईस": 27,
        "अट्ठाईस": 28, "उनतीस": 29, "इकतीस": 31, "बत्तीस": 32, "तैंतीस": 33, "चौंतीस": 34,
        "पैंतीस": 35, "छत्तीस": 36, "सैंतीस": 37, "अड़तीस": 38, "उनतालीस": 39, "इकतालीस": 41,
        "बयालीस": 42, "तैंतालीस": 43, "चौवालीस": 44, "चवालीस": 44, "पैंतालीस": 45, "छियालीस": 46,
        "सैंतालीस": 47, "अड़तालीस": 48, "उनचास": 49, "इक्यावन": 51, "बावन": 52, "तिरेपन": 53,
        "तिरपन": 53, "चौवन": 54, "पचपन": 55, "छप्पन": 56, "सत्तावन": 57, "अट्ठावन": 58,
        "उनसठ": 59, "इकसठ": 61, "बासठ": 62, "तिरसठ": 63, "चौंसठ": 64, "पैंसठ": 65, "छियासठ": 66,
        "सड़सठ": 67, "अड़सठ": 68, "उनहत्तर": 69, "इकहत्तर": 71, "बहत्तर": 72, "तिहत्तर": 73,
        "चौहत्तर": 74, "पचहत्तर": 75, "छिहत्तर": 76, "सतहत्तर": 77, "अठहत्तर": 78, "उन्यासी": 79,
        "उनासी": 79, "इक्यासी": 81, "बयासी": 82, "तिरासी": 83, "चौरासी": 84, "पचासी": 85,
        "छियासी": 86, "सत्तासी": 87, "अट्ठासी": 88, "नवासी": 89, "इक्यानवे": 91, "बानवे": 92,
        "तिरानवे": 93, "चौरानवे": 94, "पचानवे": 95, "छियानवे": 96, "सत्तानवे": 97,
        "अट्ठानवे": 98, "निन्यानवे": 99, "छः": 6, "शून्य": 0,
        # (17nw) 91-99 also written with -नबे, and 95 "पंचानवे" (D53.2)
        "इक्यानबे": 91, "बानबे": 92, "तिरानबे": 93, "चौरानबे": 94, "पंचानबे": 95, "पचानबे": 95,
        "पंचानवे": 95, "छियानबे": 96, "सत्तानबे": 97, "अट्ठानबे": 98, "निन्यानबे": 99,
        # सौ (100) is a multiplier only ("दो सौ" = 200; alone it is 100)
        # fractional numbers before a multiplier: "ढाई सौ" = 250, "डेढ़ लाख" = 150,000
        "ढाई": 2.5, "डेढ़": 1.5, "डेढ": 1.5, "सवा": 1.25,
    },
    "small": {"सौ": 100},
    "scales": {
        "हज़ार": 1000, "हजार": 1000, "लाख": 100_000, "करोड़": 10_000_000, "करोड": 10_000_000,
        "मिलियन": 1_000_000,
        # (17gwa) "बिलियन" (billion), as "मिलियन"
        "बिलियन": 1_000_000_000,
        # (lexicon 17, session 6) अरब (10^9, "5 अरब"); alone it is "Arab" and no scale
        "अरब": 1_000_000_000,
    },
    "collective": {"दर्जन": 12, "दर्जनभर": 12, "एक दर्जन": 12,
                   # (17nd) "आधा दर्जन" (half a dozen): about six, as "दर्जन" is about twelve
                   "आधा दर्जन": 6, "आधे दर्जन": 6,
                   # (17gwa) "एक सैकड़ा" (a hundred, the collective noun), as "दर्जन"
                   "सैकड़ा": 100, "सैंकड़ा": 100, "एक सैकड़ा": 100, "एक सैंकड़ा": 100},
    "vague": {
        "सैकड़ों": 100, "सैंकड़ों": 100, "सैकडों": 100, "सैकड़ो": 100, "हज़ारों": 1000,
        "हजारों": 1000, "लाखों": 100_000, "करोड़ों": 10_000_000, "दर्जनों": 12,
        # (lexicon 17, session 6) "दसियों" (tens), "अरबों" (billions), spellings without the
        # nasal or nukta
        "दसियों": 10, "अरबों": 1_000_000_000, "हजारो": 1000, "हज़ारो": 1000, "लाखो": 100_000,
        "करोड़ो": 10_000_000, "करोडों": 10_000_000,
        # (17cp, D72) "बीसियों" (scores), as en "scores" (vague 20); every other spelling of
        # these words (without the nukta or the nasal) is one form by SPELLING
        "बीसियों": 20,
    },
    "several": [
        "कई", "कुछ",
        # (lexicon 17, session 6) "चंद" (a few), "कुछेक" (a few)
        "चंद", "कुछेक",
        # (17cp, D72) the oblique plural "कइयों" (several of them: "भीड़ ने कइयों को मौत के घाट
        # उतार दिया"), also written "कईयों": the same word as "कई"
        "कइयों", "कईयों",
    ],
    "approx": [
        "करीब", "क़रीब", "लगभग", "तकरीबन", "तक़रीबन", "अनुमानित", "~", "कोई",
        # (lexicon 17, session 6) "अंदाजन" / "अंदाज़न", "अनुमानतः" (approximately), "करीबन"
        "अंदाजन", "अंदाज़न", "अनुमानतः", "करीबन", "क़रीबन",
    ],
    "at_least": ["कम से कम", "कम-से-कम", "न्यूनतम"],
    "at_most": [
        "अधिकतम", "ज़्यादा से ज़्यादा",
        # (lexicon 17, session 6) spellings without nukta and with hyphens, "अधिक से अधिक"
        "ज्यादा से ज्यादा", "ज्यादा-से-ज्यादा", "ज़्यादा-से-ज़्यादा", "अधिक से अधिक",
        "अधिक-से-अधिक",
    ],
    "nearly": [
        "तकरीबन क़रीब", "लगभग क़रीब",
        # (lexicon 17, session 6) "करीब-करीब" (almost)
        "करीब-करीब", "क़रीब-क़रीब", "करीब करीब", "क़रीब क़रीब",
    ],
    "post_approx": [
        "के आसपास", "के क़रीब", "के करीब",
        # (lexicon 17, session 6) "के आस-पास", "के लगभग"
        "के आस-पास", "के लगभग",
    ],
    # also with भी ("even"): "12 से भी ज्यादा"
    "post_nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "से थोड़ा कम", "से थोड़े कम", "से थोड़ी कम", "से कुछ कम", "से ज़रा कम", "से थोड़ा नीचे",
    ],
    "post_at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "से थोड़ा ज़्यादा", "से थोड़ा ज्यादा", "से थोड़ा अधिक", "से थोड़े ज़्यादा",
        "से थोड़े ज्यादा", "से थोड़े अधिक", "से थोड़ी ज़्यादा", "से थोड़ी ज्यादा", "से थोड़ी अधिक",
        # (30fx, D214.3) "N or more" ("अन्य 8,000 या अधिक"), as en "or more": या / अथवा (or),
        # with or without उससे (than that)
        *(f"{o} {t}{m}" for o in ("या", "अथवा") for t in ("", "उससे ")
          for m in ("अधिक", "ज़्यादा", "ज्यादा")),
        "से कुछ अधिक", "से कुछ ज़्यादा", "से कुछ ज्यादा", "से थोड़ा ऊपर", "से कुछ ऊपर",
        "के पार", "पार", "से अधिक", "से ज़्यादा", "से ज्यादा", "से ऊपर", "+", "से भी अधिक",
        "से भी ज़्यादा", "से भी ज्यादा",
        # (lexicon 17, session 6) "से कहीं अधिक" (far more than)
        "से कहीं अधिक", "से कहीं ज्यादा", "से कहीं ज़्यादा",
        # (17gwa) "500 के ऊपर" (above 500) and the common spelling "से उपर"
        "के ऊपर", "से उपर", "के उपर",
        # (27ru, D196.4) "से तजावुज़" (Urdu "exceeded", as "के पार": "2,000 से तजावुज़")
        "से तजावुज़", "से तजावुज", "से तजाविज़", "से तजाविज",
    ],
    "post_at_most": [
        "तक", "से कम", "से भी कम",
        # (lexicon 17, session 6) "से नीचे" (below), "से अधिक नहीं" (not more than)
        "से नीचे", "से अधिक नहीं", "से ज्यादा नहीं", "से ज़्यादा नहीं",
    ],
    # not "और": it is "and" ("बाढ़ और भूस्खलन") as often as "more"
    # (17nl) "नए / नई / नये" (new) right after the count are additional ("101 नए मामले"), as in
    # every language (D40.14, D51.8: additional_post below); before it they name the counted
    "additional": ["अतिरिक्त", "अन्य"],
    # "और" alone is "and" as often as "more"; right after the number and before a noun of people
    # it is "N more" ("दो और लोगों की मौत", two more people died; rule 12)
    "additional_post": [
        "नए", "नई", "नये",
        "और लोगों", "और लोग", "और व्यक्तियों", "और व्यक्ति", "और शव", "और मौतें", "और जवानों",
        "और जवान",
        "और सैनिकों", "और सैनिक",
        # (17cg) more nouns of the counted after "और" ("एक और बच्चे की मौत", one more child died;
        # rule 12, D65.3); "एक और झांसी में" stays "and" (a place)
        "और बच्चे", "और बच्चों", "और बच्चा", "और बच्ची", "और मरीज", "और मरीजों", "और मरीज़",
        "और मरीज़ों", "और महिला", "और महिलाओं", "और मामले", "और मामलों", "और यात्री",
        "और यात्रियों",
        "और घायल", "और घायलों", "और शिकार", "और मौत",
        # "कई हजार ज्यादा लोग" (several thousand more people); "से ज्यादा" stays more than
        "ज्यादा", "ज़्यादा",
        # (17ng) "10,000 अधिक छात्र", "6 लाख विद्यार्थी अधिक हैं" (N more students than last
        # year; "से अधिक" stays more than), "107 केंद्र बढ़ गए" (107 centres were added): the
        # count of a rise is additional (rule 12, D38.4, D47)
        "अधिक", "बढ़ गए", "बढ़ गई", "बढ़ गया", "बढ़े",
    ],
    "including": [
        "इनमें से", "इनमें", "जिनमें", "जिनमें से",
        # (lexicon 17, session 6) the singular relative and "उनमें (से)" (of them)
        "जिसमें", "जिसमें से", "उनमें", "उनमें से",
        # (17gwa) the common spellings without the nasal dot ("इनमे", "जिनमे") and "इसमें"
        "इनमे", "इनमे से", "जिनमे", "जिनमे से", "उनमे", "उनमे से", "जिसमे", "इसमें", "इसमें से",
    ],
    # written after what they include ("600 सैनिकों सहित")
    "including_post": ["सहित", "समेत"],
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "बढ़कर", "बढ़ कर", "घटकर", "घट कर",
        "कुल",
        # (lexicon 17, session 6) "कुल मिलाकर" (all told), "सब मिलाकर"
        "कुल मिलाकर", "सब मिलाकर",
        # (17gwa) written apart ("कुल मिला कर"), "कुल संख्या" (the total number)
        "कुल मिला कर", "सब मिला कर", "कुल संख्या", "कुल तादाद",
    ],
    # (17gwa) "अथवा" (or), "या फिर" (or else)
    "range_sep": ["से", "या", "अथवा", "या फिर"],
    # (17gwa) "फीसद" / "फ़ीसद" and the loanword "परसेंट"
    "percent": ["%", "प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद", "फ़ीसद", "परसेंट", "पर्सेंट"],
    # "अधिकांश", "ज्यादातर" (most of them) is a share, as fr "la plupart" (rule 13, D41)
    "fraction": [
        "गुना", "गुणा", "आधे", "आधा", "तिहाई", "चौथाई", "अधिकांश", "ज्यादातर", "ज़्यादातर",
        # (17gwa) "दोगुना" / "दुगना" (double), "तिगुना" (treble); not the feminine "आधी" (half):
        # "आधी रात" is midnight
        "दोगुना", "दोगुनी", "दोगुने", "दुगना", "दुगुना", "दुगनी", "तिगुना", "तिगुनी", "चौगुना",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "हर रात", "हर शाम",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        "प्रतिदिन", "रोज़", "रोज", "रोजाना", "रोज़ाना", "हर दिन", "प्रति", "हर साल", "हर वर्ष",
        "हर महीने", "हर हफ्ते", "सालाना",
        # (17nl) "हर माह करीब 10 केस" (about ten cases every month): "माह" is "month" as "महीने"
        # (rule 13, D51.7)
        "हर माह", "हर हफ़्ते", "हर बरस",
        # (17ng) "हर घंटे" (every hour), "प्रति घंटे", "हर मिनट": rates (rule 13, D47)
        "हर घंटे", "हर घंटा", "प्रति घंटे", "प्रति घंटा", "हर मिनट", "हर सप्ताह",
        # (17nj) "4 साल में एक बार" (once in four years): a frequency, no count (rule 13, D49)
        "में एक बार",
        # (17gwa) per year and month written as one word, "प्रत्येक" (each), "औसतन" (on average,
        # D40), "वार्षिक" / "मासिक" / "साप्ताहिक"; not "दैनिक" (daily: also the newspapers'
        # name, "दैनिक भास्कर")
        "प्रतिवर्ष", "प्रतिमाह", "प्रति माह", "प्रति वर्ष", "प्रत्येक", "औसतन", "औसत", "हर रोज",
        "हर रोज़", "वार्षिक", "मासिक", "साप्ताहिक",
    ],
    # (17gwa) the oblique plurals and "डिवीज़न", "टुकड़ी" (a detachment)
    "units": [
        "बटालियन", "ब्रिगेड", "रेजिमेंट", "डिवीजन", "बटालियनों", "ब्रिगेडों", "रेजिमेंटों",
        "डिवीजनों",
        "डिवीज़न", "टुकड़ी", "टुकड़ियां", "टुकड़ियों",
    ],
    "uncountable": [
        # (27ru, D196.12) not "कई सैनिक" (several soldiers): "कई" is several, 2-9 (rule 7), before
        # this noun as before "सैनिकों", "जवान", "लोग"
        "बहुत",
        # (lexicon 17, session 6) "अनेक" (many)
        "अनेक",
        # (17gwa) "अनगिनत" / "असंख्य" (countless), "बड़ी संख्या में" (in large numbers)
        "अनगिनत", "असंख्य", "बड़ी संख्या में", "भारी संख्या में", "बहुत सारे", "ढेरों",
    ],
    # (17gwa) "सन 2020 में" (in the year 2020)
    "year_pre": ["वर्ष", "साल", "सन", "सन्"],
    # (17gwa) a part of a year ("2024 के अंत तक", by the end of 2024; "की शुरुआत में"), the era
    # mark ("2024 ई.")
    "year_post": [
        # (17cl) the postposition that marks a year, after it (D69)
        "के बाद", "से पहले", "से अब तक", "के दौरान",
        # (17cs) a quarter or half of the year after it ("2023 की पहली तिमाही में"): a
        # date (D7, D50)
        "की पहली तिमाही", "की दूसरी तिमाही", "की तीसरी तिमाही", "की चौथी तिमाही", "की पहली छमाही",
        "की दूसरी छमाही",
        "में", "के अंत", "के अंत में", "के अंत तक", "के आखिर", "के आखिर में", "की शुरुआत",
        "की शुरुआत में", "के मध्य", "के मध्य में", "ई.", "ईस्वी",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a class,
    # category, type, ward, an age ("उम्र 47")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "हेल्पलाइन", "हेल्पलाइन नंबर", "नंबर", "नम्बर", "माइनस",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "तीव्रता",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "एनएच", "एसएच", "धारा", "अनुच्छेद", "अध्याय",
        "कक्षा", "श्रेणी", "टाइप", "वार्ड", "उम्र", "आयु",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    "source_words": ["(?<!\\S)के अनुसार(?!\\S)"],
    "compared_post": [
        "की तुलना में", "के मुकाबले", "के मुक़ाबले", "की अपेक्षा",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "किलोवाट", "मेगावाट", "किलोवोल्ट", "केवी", "वोल्ट",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "हेल्पलाइन", "मंजिल", "मंज़िल", "मंजिला", "मंज़िला", "नंबर",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "मिमी", "मिलीमीटर",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "डिग्री", "डिग्री सेल्सियस", "तीव्रता", "की तीव्रता",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "मीटर", "किलोमीटर", "किमी",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "फीट", "फुट", "मील",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "वर्ग मीटर", "वर्ग किलोमीटर", "वर्ग किमी", "वर्ग फुट", "वर्ग फीट", "घन मीटर", "हेक्टेयर",
        "एकड़",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "सीटर",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "में से",
    ],
    "time_units": [
        # (17cs) a size of a building ("20 मंजिला इमारत"): a measure, no count; dropped as
        # durations are (D32, D49.9)
        "मंजिला", "मंजिली", "मंज़िला", "मंज़िली",
        "घंटे", "दिन", "सप्ताह", "महीने", "साल", "घंटों", "घंटा", "दिनों", "हफ्ते", "हफ्तों",
        "महीनों",
        "सालों",
        # minutes and seconds ("कुछ ही मिनटों में", within a few minutes: D7, D45.3)
        "मिनट", "मिनटों", "सेकंड", "सेकंडों",
        # an age ("35 वर्षीय", 35-year-old)
        "वर्षीय",
        # "60 वर्ष से अधिक आयु के" (aged over 60): years after a number are a duration or an
        # age, also with a qualifier written after them ("वर्ष 2024" stays a year, D7, D41)
        "वर्ष", "वर्षों",
        # (17gwa) "माह" (month), "महीना", "हफ़्ते" with the nukta, "बरस" (year), decades and
        # centuries, nights
        "माह", "महीना", "हफ़्ते", "हफ़्तों", "हफ्ता", "हफ़्ता", "सप्ताहों", "बरस", "बरसों",
        "दशक", "दशकों", "सदी", "सदियों", "रात", "रातों",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "2 नहीं बल्कि 12", "12, न कि 2", "2 के बजाय 12"; "न केवल 2 बल्कि 3 भी"
    "contrast": {
        "not": ["न कि", "ना कि", "नाकि", "न केवल", "ना केवल", "न सिर्फ", "ना सिर्फ"],
        "not_post": ["नहीं", "नही", "के बजाय", "की बजाय", "के बजाए", "की बजाए"],
        "but": ["बल्कि", "बलकि", "वरन", "वरन्", "अपितु"],
        "also": ["भी"],
    },
    # a change "from A to B" gives the new total B (D35): "9 से बढ़कर 15"
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "वृद्धि", "बढ़ोतरी", "बढ़ोत्तरी", "इजाफा", "इज़ाफ़ा", "गिरावट", "बढ़कर", "घटकर", "बढ़ा",
        "बढ़े", "बढ़ी", "घटा", "घटे", "घटी",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("65 से अधिक उम्र के 1200 लोग", the unit left out); alone it stays
    "age_limits": [
        AGE + r" (?:(?:साल|वर्ष|बरस) )?से (?:कम|अधिक|ज़्यादा|ज्यादा|ऊपर|नीचे) (?:की )?(?:उम्र|आयु)",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["उम्र", "आयु"],
    "rewrites": [
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"(?<!\S)(?:आधे|आधा) घंटे?(?!\S)", "30 मिनट"),
        # (21ra, D97.4) the ambulance services' numbers 108 and 102 before "ambulance" and a
        # postposition or "service" ("घायलों को 108 एम्बुलेंस से अस्पताल भेजा", sent to hospital by
        # the 108 ambulance): a phone line (D83), no count; "108 एम्बुलेंस तैनात" stays a count
        (r"(?<![\d.,])(?:108|102)(?= ?(?:एम्बुलेंस|एंबुलेंस|एम्बुलेन्स|एंबुलेन्स) ?"
         r"(?:से|सेवा|की|के|को|पर|द्वारा)(?!\S))", ""),
        # (21ra, D97.2) "एक" before a noun of a group of people ("प्रदर्शनकारियों का एक समूह", a
        # group of protesters; गुट, जत्था, टोली, झुंड) is the article "a": a group is no count
        # (D8, D20), as "a group of", "eine Gruppe", "bir grup" read no number
        (r"(?<!\S)एक (?=(?:समूह|गुट|जत्था|जत्थे|टोली|झुंड)(?!\S))", ""),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 किलोमीटर दूर")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<![\d.,])\d[\d.,]*+(?: \d{3})* ?(?:किमी|कि\.मी\.|किलोमीटर|मीटर|मील|km)(?= (?"
            r":दूर|की दूरी|दूरी)(?!\w))",
            r"",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "अन्य सूत्रों के अनुसार 600 लोगों की मौत"
        (r"(?<!\S)अन्य (?=(?:सूत्रों|सूत्र|स्रोतों|स्रोत|रिपोर्टों|अनुमानों|मीडिया|विशेषज्ञों|"
         r"अधिकारियों)(?!\S))", ""),
        # (17gwa) zero-width joiners and non-joiners inside conjuncts: SPELLING drops them (D72)
        # (17ng) "हिस्सों से कम से कम 212" (from parts, at least 212): "से" (from) before "कम से कम"
        # (at least) is the word before's, no "से कम" (less than): read as "न्यूनतम" (at least, D47)
        (r"(?<!\S)कम[ -]से[ -]कम(?!\S)", "न्यूनतम"),
        # (34rb, D227.4) "A से B तक" with a verb of rise or fall last in its clause ("2.4 लाख से 4.3
        # लाख तक विचाराधीन बंदियों की संख्या बढ़ चुकी हैं", rose from 240,000 to 430,000): the
        # change's old and new count, the new total B (D35), as "A से बढ़कर B" reads; written as
        # "बढ़कर B" (its verb then "हो", became: "B मामले बढ़ गए" alone is B more) / "घटकर B" with
        # words between, "A से" dropped right before the verb (then read as "तक पहुंच गई" below).
        # Not without a verb of change ("10 से 20 लोग घायल हुए": a range)
        (
            r"(?<![\d,.])\d[\d,.]*(?: (?:हजार|हज़ार|लाख|करोड़))? से (\d[\d,.]*(?: (?:हजार|हज़ार|लाख|"
            r"करोड़))?) तक ((?:[^\s\d।,;:!?()]+ ){1,6})बढ़[ीेा]?(?!\S)",
            r"बढ़कर \1 \2हो",
        ),
        (
            r"(?<![\d,.])\d[\d,.]*(?: (?:हजार|हज़ार|लाख|करोड़))? से (\d[\d,.]*(?: (?:हजार|हज़ार|लाख|"
            r"करोड़))?) तक (?=(?:[^\s\d।,;:!?()]+ ){0,6}घट)",
            r"घटकर \1 ",
        ),
        (
            r"(?<![\d,.])\d[\d,.]*(?: (?:हजार|हज़ार|लाख|करोड़))? से (?=\d[\d,.]*(?: (?:हजार|हज़ार|"
            r"लाख|करोड़))? तक (?:बढ़|पहुंच|पहुँच))",
            "",
        ),
        # (17ng) "500 तक बढ़ गई" (rose to 500) is the new total, as "तक पहुंच गई" (reached, rule
        # 1, D29); "500 बढ़ गए" (500 were added) is the rise (D47)
        (r"(?<=\S) तक बढ़ (?:गई|गए|गया)(?!\S)", " तक पहुंच गई"),
        # (17ng) "साढ़े तीन लाख" (three and a half lakh): साढ़े adds a half to the numeral after it
        # (rule 8, D47), as "ढाई", "डेढ़" name 2.5 and 1.5; a clock time ("साढ़े आठ बजे") is
        # dropped before (D28)
        (r"(?<!\S)साढ़े (\d+)(?!\S)", r"\1.5"),
        # (17ng) "10 वीं और 12वीं" (the 10th and 12th): an ordinal in -वां / -वीं / -वें, glued or
        # after a space, is no count (D7, D47)
        (r"(?<![\d.,])\d+ ?(?:वीं|वां|वाँ|वें|वी|वा)(?!\S)", " "),
        # (17ng) "एक ही गांव में 50 से ज्यादा पशुओं" (in one and the same village, more than 50
        # animals): "एक ही" before a place or group and a later number is "the same", no count
        # (D8, D47); alone ("एक ही व्यक्ति", only one person) it stays one
        # (17nl) also before a number in words ("एक ही परिवार के सात लोगों") and after the count
        # ("पांचों बच्चे एक ही परिवार के": all five children of the same family; D8, D51.6)
        (
            r"(?<!\S)एक ही (?=\S+ (?:में|के|की|का|से|पर)(?!\S)[^\d]*(?:\d|(?<!\S)(?:"
            + _DAY_WORDS + r"|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे|सौ|हजार|हज़ार|लाख)(?!\S)))",
            "",
        ),
        (
            r"^((?:\S+ ){0,12}?(?:\S*\d\S*|पांचों|पाँचों|दोनों|तीनों|चारों|छहों|सातों|आठों|दसों|"
            + _DAY_WORDS + r") (?:\S+ ){0,12}?)एक ही (?=\S+ (?:में|के|की|का|से|पर)(?!\S))",
            r"\1",
        ),
        # (17np) "अप्रैल की एक तारीख से 25 तक" (from the 1st of April to the 25th): a span of days
        # of the month, a date, no count (D7, D55.16)
        (
            r"(?<!\S)(?:[1-9]|[12]\d|3[01]|" + _DAY_WORDS + r") (?:तारीख|तारीख़) से "
            r"(?:[1-9]|[12]\d|3[01]|" + _DAY_WORDS + r")(?: (?:तारीख|तारीख़))? तक(?!\S)",
            " ",
        ),
        # (17np) "एक जुऐ के अड्डे पर छापा मार कर लाखों की नगदी" (raiding a gambling den, cash worth
        # lakhs): "एक" before a place and its postposition, with a later number or magnitude, is
        # the article "a", no count (D8, D55.10), as ko "한 초등학교"; alone ("एक घर में आग") it
        # stays one
        (
            r"(?<!\S)एक (?=(?:\S+ (?:के |की )?)?(?:अड्डे|अड्डा|घर|मकान|गांव|गाँव|होटल|दुकान|"
            r"फैक्ट्री|कमरे|कमरा|ढाबे|ढाबा|फार्म|स्कूल|अस्पताल|मोहल्ले|कॉलोनी|खेत|गोदाम) "
            r"(?:पर|में|से)(?!\S)[^\d]*(?:\d|(?<!\S)(?:" + _DAY_WORDS
            + r"|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे|सौ|हजार|हज़ार|लाख|लाखों|हजारों|हज़ारों|सैकड़ों|"
            r"करोड़ों|दर्जनों)(?!\S)))",
            "",
        ),
        # (17ce) "इंडिगो की एक विमान ने उड़ान भरी थी जिसमें 175 यात्री" (an IndiGo plane took off
        # with 175 passengers), "एक बस में 40 यात्री": "एक" before a vehicle and its
        # postposition, with a later number or magnitude, is the article "a" (D8, D45.2, D63.5), as
        # before a place above; alone ("एक बस पलटी") it stays one
        (
            r"(?<!\S)एक (?=(?:\S+ )?(?:विमान|बस|ट्रेन|ट्रक|कार|नाव|जहाज|जहाज़|हेलीकॉप्टर|हेलिकॉप्टर|"
            r"जीप|वाहन|गाड़ी|टेंपो|ट्रैक्टर|डंपर|एंबुलेंस|टैंकर|फ्लाइट|उड़ान) "
            r"(?:पर|में|से|ने|को)(?!\S)[^\d]*(?:\d|(?<!\S)(?:" + _DAY_WORDS
            + r"|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे|सौ|हजार|हज़ार|लाख|लाखों|हजारों|हज़ारों|सैकड़ों|"
            r"करोड़ों|दर्जनों)(?!\S)))",
            "",
        ),
        # (17ce) "राज्य के कई हिस्सों, खास तौर पर सिरोही में, सैकड़ों गायें" (in several parts of
        # the state, hundreds of cows): "कई" (several) before a word of unnamed places (parts,
        # areas, places), with a later number or magnitude, says where, no count beside the count
        # (D63.6); states, districts, villages stay places that are counted ("कई राज्यों में
        # दर्जनों लोगों", round 4: two quantities, D5, D45.5), "कई" alone stays several
        (
            r"(?<!\S)कई (?=(?:हिस्सों|इलाकों|क्षेत्रों|जगहों|स्थानों)(?:,| में| के| की| से| पर)(?!\S)[^\d]*"
            r"(?:\d|(?<!\S)(?:" + _DAY_WORDS
            + r"|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे|सौ|हजार|हज़ार|लाख|लाखों|हजारों|हज़ारों|सैकड़ों|"
            r"सैंकड़ों|करोड़ों|दर्जनों)(?!\S)))",
            "",
        ),
        # (17nf) "हजारीबाग के लगभग सात सौ बंदी" (about 700 prisoners of Hazaribagh): "के" (of)
        # before "लगभग" and a number is the genitive of the word before, not the "के लगभग" written
        # after a number (D46)
        (
            # (17np) and before "करीब" ("जिले भर के करीब पांच हजार से अधिक मरीजों", about 5,000 and
            # more patients of the district; D55.15): "500 के करीब" after a number stays as it was
            r"(?<!\w)(?<!\d )के (?=(?:लगभग|तकरीबन|तक़रीबन|करीब|क़रीब) "
            r"(?:\d|एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|"
            r"बीस|तीस|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे|सौ|हजार|हज़ार|लाख|करोड़|डेढ़|ढाई|सवा))",
            "",
        ),
        # "कुछ ही मिनटों में" (within just a few minutes): the particle ही between "a few" and its
        # time unit leaves a duration (D7, D45.3)
        (r"(?<!\w)(कुछ|कई|चंद) ही (?=मिनट|घंट|दिन|सेकंड|सप्ताह|हफ्त|महीन|साल)", r"\1 "),
        # "के एक प्राथमिक विद्यालय के" (of a primary school), "एक संदिग्ध मामले में" (in a
        # suspected case): एक before a place or a case is the article "a", no count (D8, as ko
        # "한 초등학교", D43.3; 17nd)
        (
            r"(?<!\S)एक (?=(?:(?:प्राथमिक|सरकारी|निजी|संदिग्ध|स्थानीय|छोटे|बड़े) )?"
            r"(?:विद्यालय|स्कूल|अस्पताल|गांव|गाँव|मामले|मामला|होटल|कारखाने|फैक्ट्री|कंपनी|"
            # (17nl) "एक रिकॉर्ड" (a record: "2563 यूनिट रक्तदान … एक रिकॉर्ड रक्तदान हुआ", D51.6)
            r"मंदिर|समारोह|रिकॉर्ड|रिकार्ड|कीर्तिमान)(?=\s|$|[,.।]))",
            "",
        ),
        # "जून चार को" (on June four), "चार जून को": a number word beside a month is the day,
        # a date (D7, 17nd); with digits the month is seen by the engine ("जून 4")
        (
            rf"(?<!\S)({_MONTH_WORDS}) (?:{_DAY_WORDS})(?=\s|$|[,.।])",
            r"\1",
        ),
        (
            rf"(?<!\S)(?:{_DAY_WORDS}) ({_MONTH_WORDS})(?=\s|$|[,.।])",
            r"\1",
        ),
        # a clock time ("सुबह करीब साढ़े आठ बजे", at about half past eight): no count (D28)
        (
            r"(?:करीब |लगभग )?(?:साढ़े |सवा |पौने )?(?:\d{1,2}(?:[:.][0-5]\d)?|एक|दो|तीन|चार|पांच|"
            r"पाँच|छह|सात|आठ|नौ|दस|ग्यारह|बारह) बजे",
            " ",
        ),
        # (17nl) a section of a law ("मोटरयान अधिनियम की धारा 185 के तहत", under section 185 of the
        # Motor Vehicles Act; "आईपीसी 302") names the section, no count (D32, D51.4)
        (r"(?<!\S)(?:धारा|धाराओं|अनुच्छेद|आईपीसी|आइपीसी) ?\d+[a-zA-Z]?(?:\(\d+\))?", " "),
        # (17np) "13 जुआ एक्ट के तहत", "3/4 जुआ अधिनियम" (under section 13 of the Gambling Act): a
        # number right before an act's name is its section, no count (D32, D51.4, D55.17)
        (r"(?<![\S])\d{1,3}(?:/\d{1,3})? (?=(?:\S+ )?(?:एक्ट|अधिनियम|ऐक्ट)(?!\S))", " "),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"(?:नंबर|नम्बर|नं\.) ?\d+(?:[.,]\d+)*", " "),
        (r"\d[\d,.]*(?: (?:हजार|हज़ार|लाख|करोड़))? से (?=(?:बढ़कर|घटकर|बढ़ कर|घट कर) )", ""),
        # (17ta) the verb before the two counts ("बढ़कर 15 से 22 हो गई", having risen from 15 to
        # 22): the new total B (D35, D56.5)
        (r"(?<!\S)(बढ़कर|घटकर|बढ़ कर|घट कर) \d[\d,.]* से (?=\d)", r"\1 "),
        # (17cc) the change's amount first, "5 बढ़कर 22 हो गई" (having risen by 5, 22): the
        # amount dropped, the new total (D35, D61.3); "से बढ़कर" (from A) is the rewrite above
        (r"(?<![\d,.])\d[\d,.]* (?=(?:बढ़कर|घटकर|बढ़ कर|घट कर) \d)", ""),
        # "12 और मामले" (12 more cases): "और" right after digits and before a word that is no
        # number is "more" (rule 12, D37); "10 और 20" stays "and"
        (
            r"(\d) और (?!(?:एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|बीस|सौ|हजार|हज़ार|लाख|"
            r"करोड़)(?:\s|$))(?=[^\W\d_])",
            r"\1 अतिरिक्त ",
        ),
        # (lexicon 17, session 6) two neighbouring numerals side by side ("दो तीन लोग", two or
        # three people) are "N or N+1", as "दो-तीन": a range (rule 6, D41)
        (
            r"(?<!\S)(?:" + "|".join(f"({a}) (?=(?:{b})(?!\\S))" for a, b in _NEIGHBOURS) + ")",
            "".join(f"\\{k}" for k in range(1, len(_NEIGHBOURS) + 1)) + "-",
        ),
        # (lexicon 17, session 6) "100 से लेकर 200 तक" (from 100 up to 200): the range "से … तक"
        (r"(?<=\d) से लेकर (?=\d)", " से "),
    ],
    "stop": [
        # (17nk) "हर साल की तरह" (as every year): a comparison, no rate beside the count (D50)
        "हर साल की तरह", "हर वर्ष की तरह",
        # (17nj) "एक साथ" (together), "एक बार फिर" (once again): idioms with एक, no "one" beside
        # the count ("करीब 400 पैरा ट्रूपर्स, एक साथ पैराजंप करेंगे"; D8, D49)
        "एक साथ", "एकसाथ", "एक-साथ", "एक बार फिर", "एक बार फ़िर", "एक बार फिर से",
        # "reached N" is exact: "7,757 तक पहुंच गई" is one phrase, not "up to" (तक)
        "तक पहुंच", "तक पहुँच", "तक पहुंचा", "तक पहुँचा", "तक पहुंची", "तक पहुँची",
        "सैनिक", "सैनिकों", "उत्तर", "कोरियाई", "मारे", "गए", "घायल", "के", "की", "में", "करीब",
    ],
}

# (lexicon 17, session 6) अरब is 10^9 only after a number ("5 अरब", "ढाई अरब"); elsewhere it
# is "Arab" ("अरब देशों में 500 लोग": 500 people in Arab countries), rewritten to "अरबी" (a word
# no table reads)
FIGURES["rewrites"].append((
    r"^अरब(?!\S)|(?:^|(?<=\s))(?!(?:" + "|".join(longest_first(FIGURES["numbers"]))
    + r"|सौ)\s)([^\s\d]\S*) अरब(?!\S)",
    r"\1 अरबी",
))

# (17cb) "एक भी … न / नहीं" (not even one: "हम जिले में एक भी बाल विवाह न होने दें") reports none:
# no count (D36, D60.3); "एक" alone stays one. Not after another number ("सात जिलों में … एक भी
# मौत नहीं", none in seven districts: the seven count places, not the reported thing; unparsed)
FIGURES["rewrites"].append((
    r"^((?:(?!\d|(?<!\S)(?:"
    + "|".join(longest_first(set(FIGURES["numbers"]) - {"एक"}))
    + r")(?!\S)).)*?)(?<!\S)एक भी(?=\s[^,।.;]*?(?<!\S)(?:न|नहीं|नही|ना)(?!\S))",
    r"\1भी",
))

# (17cm, D67.3) "एक तालाब में हजारों मछलियां" (in a pond, thousands of fish), "एक बस के खाई में
# गिरने से 22 यात्री घायल": "एक" before a noun that a postposition of place or source governs
# (में, पर, से; after "X के" too) is the article "a" when another quantity stands in the phrase,
# before or after it; and before a noun in the genitive right before the count ("एक स्कूल के 50
# छात्र"). The grammar's postpositions, not the lists of places and vehicles above (kept). Not
# before a magnitude, a unit of time or the idioms with एक (एक ही, एक साथ, एक बार, एक ओर / तरफ,
# एक और, एक भी); not with की / का + noun before में / पर / से ("एक व्यक्ति की मौत से …, 30
# घायल" stays two quantities). Alone ("एक घर में आग") it stays one (D8)
_HI_OTHER = "|".join(
    longest_first(
        (set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])) - {"एक"}
    )
)
_HI_NOT_NOUN = (
    r"(?!(?:ही|भी|और|साथ|बार|ओर|तरफ|या|से|व|दिन|रात|सप्ताह|हफ्ते|हफ्ता|महीने|महीना|माह|साल|वर्ष|"
    r"घंटे|घंटा|मिनट|सौ|हजार|हज़ार|लाख|करोड़|करोड|दर्जन|तिहाई|चौथाई|प्रतिशत|फीसदी|"
    + _HI_OTHER + r")(?!\S))"
)
FIGURES["rewrites"].append((
    r"^(?=.*(?:\d|(?<!\S)(?:" + _HI_OTHER + r")(?!\S)))(.*?)(?<!\S)एक " + _HI_NOT_NOUN
    + r"(?=(?:\S+ )?\S+ (?:(?:के \S+ (?:में|पर|से))|में|पर|से|(?:के|की|का) (?:करीब |लगभग |"
    r"तकरीबन )?(?:\d|(?:" + _HI_OTHER + r")(?!\S)))(?!\S))",
    r"\1",
))
# (17ck, D68.1) a vague magnitude repeated: "सैकड़ों और सैकड़ों" ("हज़ारों-हज़ारों" with the hyphen
# needs no word)
FIGURES.update({"repeat": ["और", "व"]})

# (17cv, D78.3) "साढ़े बारह लाख" (twelve and a half lakh), "सवा पंद्रह हजार", "पौने बीस": साढ़े /
# साढे (and a half), सवा (and a quarter) and पौने (a quarter less) before any cardinal from 2 to
# 99, not only 2-10 ("साढ़े बारह लाख" read 1,200,000 before: the half dropped). Not the "all"
# forms ("आठों", "दसो"); a clock time ("साढ़े बारह बजे") is dropped before, as for 3-10 (D28)
_HI_HALVES = {"साढ़े": 0.5, "साढे": 0.5, "सवा": 0.25, "पौने": -0.25}
FIGURES["numbers"].update({
    f"{word} {unit}": value + add
    for unit, value in list(FIGURES["numbers"].items())
    if " " not in unit and isinstance(value, int) and 11 <= value <= 99
    and not unit.endswith(("ों", "ो"))
    for word, add in _HI_HALVES.items()
})

# (17cv, D78.2) a vague determiner on another noun, before a postposition that does not say
# where (lang/_determiners.py): "कई चेतावनियों के बावजूद 12 लोगों की मौत" (despite several
# warnings, 12 died); not में / पर / से alone (where, D63.6, D64.7), nor के साथ (with); alone it
# stays several (D9)
FIGURES["rewrites"].append(several_before(
    FIGURES,
    [
        "के बावजूद", "के बाद", "से पहले", "के पहले", "के दौरान", "के कारण", "की वजह से",
        "के चलते", "के लिए", "के जरिए", "के जरिये", "के ज़रिए", "के फलस्वरूप", "के परिणामस्वरूप",
    ],
))

# (17dc, D84.2) "N की बढ़ोतरी / की वृद्धि / का इजाफा" (a rise of N) right after the count, or its
# scale, is additional (rule 12), as "बढ़ गए": read as "अतिरिक्त" (additional); not after "तक"
# ("103 से 149 तक की वृद्धि", a change from A to B: the new total, D76)
FIGURES["rewrites"].append((
    r"(?:(?<=\d)|(?<=हजार)|(?<=हज़ार)|(?<=लाख)|(?<=करोड़)) (?=(?:की बढ़ोतरी|की बढ़ोत्तरी|की वृद्धि|"
    r"का इजाफा|का इज़ाफ़ा|की बढ़त|का उछाल)(?!\S))",
    " अतिरिक्त ",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(सबसे [^,।\d]{1,60}?) में से एक(?![^\s,।])", r"\1",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)एक-(?:एक कर(?:के)?|दूसरे|दूसरी|दूसरा)(?![^\s,।])", " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r"(?<=जिनमें से )(?:अधिकांश|ज्यादातर|ज़्यादातर)(?![^\s,।])", "",
))
# (22rb, D108) a per cent of rise, "10 प्रतिशत की वृद्धि" (a rise of 10 per cent), is additional as
# "500 की वृद्धि" reads (17dc, D84.2) and "rose by 5 %" (rule 12, D65)
FIGURES["rewrites"].append((
    # (23rd, D130.4) also with "more / less than" between ("8% से ज्यादा की बढ़ोतरी")
    r"(?<![\d.,])(\d[\d.,]*\s?(?:%|प्रतिशत|फीसदी|फ़ीसदी))((?: से (?:ज्यादा|ज़्यादा|अधिक|कम))?) "
    r"(?=(?:की बढ़ोतरी|की बढ़ोत्तरी|की वृद्धि|का इजाफा|का इज़ाफ़ा|की बढ़त|का उछाल)(?!\S))",
    r"अतिरिक्त \1\2 ",
))
# (22rb, D109) "कुछ" (some) right before a number in digits is approx (rule 2, D9: "some 9
# bodies"), as "करीब"; alone or before a magnitude ("कुछ लोग", "कुछ सौ") it stays "several"
FIGURES["rewrites"].append((r"(?<!\S)कुछ (?=\d)", "लगभग "))
# (22ra, D104.2) ages listed before one age word ("57 और 21 वर्षीय दो पुरुष", "8, 10 और 12 साल के"):
# the word is each number's, as "26 et 29 ans" (D37); the ages before it go ("और" is no
# "and" of the table: it is also "more", D95)
FIGURES["rewrites"].append((
    AGE + r"(?: ?, ?" + AGE + r")* और (?=" + AGE + r" ?(?:वर्षीय|वर्ष|साल)(?![^\s,।]))",
    " ",
))

# (23rc, D125) "A or maybe B" is a range (rule 6), as "या फिर" ("पांच या शायद छह लोग")
FIGURES["range_sep"] += ["या शायद"]

# (23rc, D128) a per cent of rise is additional (rule 12, D102.4, D108) also told with the verb
# after it in each gender ("आबादी 57 फीसदी बढ़ी है", "57 प्रतिशत बढ़ा"), as "बढ़े" and "बढ़ गई"
# read; "N तक बढ़ी / बढ़े" (rose to N) is the new total, as "तक बढ़ गई" (17ng)
FIGURES["additional_post"] += ["बढ़ी", "बढ़ा"]
FIGURES["rewrites"].append((r"(?<=\S) तक बढ़(?:ी|े|ा)(?!\S)", " तक पहुंच गई"))
# (23rc, D128) and with "more than" between the number and the rise ("8% से ज्यादा की बढ़ोतरी", "500
# से अधिक की वृद्धि"): at least, additional, as "8% की बढ़ोतरी" (D108) and "500 की वृद्धि" (D84.2)
FIGURES["rewrites"].append((
    r"(?<![\d.,])(\d[\d.,]*\s?(?:%|प्रतिशत|फीसदी|फ़ीसदी|हजार|हज़ार|लाख|करोड़)?) "
    r"(से (?:ज्यादा|ज़्यादा|अधिक)) (?=(?:की बढ़ोतरी|की बढ़ोत्तरी|की वृद्धि|का इजाफा|का इज़ाफ़ा|की बढ़त|"
    r"का उछाल)(?!\S))",
    r"अतिरिक्त \1 \2 ",
))
# (23rc, D126) "अन्य" (other) far from the count names another thing (D124): "अन्य संघर्ष में 200 से
# ज्यादा की जान" (in other conflicts, more than 200 lives) is a total; "अन्य 200 लोग" stays
# additional
FIGURES["other_words"] = ["अन्य"]

# (23rf, D137) the nouns of a rise right after the per cent they add ("9,4% बढ़ोतरी", with no की),
# as "9,4% की बढ़ोतरी" (rule 12, D108); a per cent only: "103 से 149 तक की वृद्धि" stays the new
# total (D76.2), and as "N more" words they would end that change. First of the rewrites, before
# those of D108 that read "की बढ़ोतरी"
FIGURES["rewrites"].insert(0, (
    r"(\d ?%|\d (?:प्रतिशत|फीसदी)) (बढ़ोतरी|बढ़ोत्तरी|वृद्धि)", r"\1 की \2",
))
FIGURES["rewrites"].insert(0, (r"(\d ?%|\d (?:प्रतिशत|फीसदी)) (इजाफा|उछाल)", r"\1 का \2"))
# (23rf, D137) "ज्यादा / अधिक" (more) closing a count after its noun and verb ("ढाई करोड़ वोट पड़े
# ज्यादा", 2.5 crore more votes were cast): "N more", as "N ज्यादा वोट" (rule 12)
FIGURES["rewrites"].append((
    r"(\d[\d.,]*|ढाई|डेढ़|सवा)( (?:करोड़|लाख|हजार|सौ))? ([^\s\d]+ (?:पड़े|पड़ी|हुए|हुई|आए|आई|मिले|मिली|"
    r"बढ़े|बढ़ी|गए|गई)) (?:ज्यादा|अधिक)(?=\s*[।.]?\s*$)",
    r"\1\2 ज्यादा \3",
))

# (23rf, D139) a comma between the groups of one number told in Indian scales, each smaller than
# the one before ("16 करोड़ 63 लाख, 86 हजार 344"): one number (rule 8), as without the comma; not
# between two groups of the same scale or a larger one ("5 लाख, 3 लाख": a list)
FIGURES["rewrites"].append((r"(करोड़|लाख), (?=\d{1,2} हजार)", r"\1 "))
FIGURES["rewrites"].append((r"करोड़, (?=\d{1,2} लाख)", "करोड़ "))

# (23rf, D140) "महीने में 13 बार" (13 times a month; a week, a year, a day): a rate (rule 13, D19),
# as "हर महीने 13 बार" reads; only before a count of times (बार)
FIGURES["rewrites"].append((
    r"(?<!\S)(?:एक )?(महीने|हफ्ते|सप्ताह|साल|वर्ष|दिन) में (?=\d+ बार)", r"हर \1 ",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "अतिरिक्त" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("अतिरिक्त"))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['यानी', 'यानि', 'याने', 'अर्थात', 'अर्थात्', 'मतलब']

# (24rc, D150) an adjective between "की / का" and the noun of a rise ("10 प्रतिशत की तेज वृद्धि", "का
# भारी इजाफा"): dropped, so "की वृद्धि" reads, additional (rule 12, D108); first of the rewrites.
# Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"(?<=की )(?:तेज|तेज़|भारी|बड़ी|जबरदस्त|ज़बरदस्त|मामूली|तीव्र|उल्लेखनीय|रिकॉर्ड|अभूतपूर्व|"
    r"शानदार) (?=(?:वृद्धि|बढ़ोतरी|बढ़ोत्तरी))",
    "",
))
FIGURES["rewrites"].insert(0, (
    r"(?<=का )(?:तेज|तेज़|भारी|बड़ा|जबरदस्त|ज़बरदस्त|मामूली|तीव्र|उल्लेखनीय|रिकॉर्ड|अभूतपूर्व|"
    r"शानदार) (?=(?:इजाफा|इज़ाफ़ा|उछाल))",
    "",
))

# (24rf, D162) "385.519 मिलियन टन" (385.519 million tonnes): Hindi groups digits with the comma,
# so a point and three digits right before a scale of a lakh and more is the decimal point, as
# ar D155.1 ("2.850 مليون"); not before हजार (thousand: no label reads it so)
FIGURES["rewrites"].insert(0, decimal_point_before(
    "मिलियन|बिलियन|लाख|करोड़|करोड|अरब|खरब"))

# (25ra, D165) "N के नीचे" (below N) right after the count or its scale, as "से नीचे": at most
# (rule 3); after a noun ("100 लोग मलबे के नीचे", under the rubble: a place) nothing is written
FIGURES["rewrites"].append((
    r"(?<=\d)((?: ?(?:हजार|हज़ार|लाख|करोड़|करोड़|मिलियन|बिलियन|अरब))?) के नीचे(?!\w)",
    r"\1 से नीचे",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D172) a decimal told in words with दशमलव (point), its digits read one by one ("तीन
# दशमलव एक-सात प्रतिशत" = 3.17 %, "दस दशमलव तीन पांच" = 10.35): the digit words after दशमलव,
# apart or joined by a hyphen, are written as digits (three passes: three decimals in any
# order), then a whole number (a word of the table up to 99, or digits) before दशमलव and them
# is the decimal number (rule 11). "एक" alone after दशमलव is the digit one, not an article
_HI_DIGIT_WORDS = {
    "शून्य": 0, "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6,
    "छे": 6, "सात": 7, "आठ": 8, "नौ": 9,
}
_HI_END = r"(?![\w\u0900-\u097f])"
FIGURES["rewrites"] += [
    (rf"(दशमलव\d*)[ -]{word}{_HI_END}", rf"\g<1>{digit}")
    for _ in range(3)
    for word, digit in _HI_DIGIT_WORDS.items()
]
_HI_WHOLE: dict[float, list[str]] = {}
for _word, _value in FIGURES["numbers"].items():
    if _value == int(_value) and 0 <= _value < 100 and " " not in _word:
        _HI_WHOLE.setdefault(_value, []).append(_word)
FIGURES["rewrites"] += [
    (rf"(?<![\w\u0900-\u097f])(?:{'|'.join(words)}) दशमलव(?=\d)", f"{int(value)}.")
    for value, words in _HI_WHOLE.items()
]
FIGURES["rewrites"].append((r"(?<![\d.,])(\d{1,3}) दशमलव(?=\d)", r"\1."))

# (26rc, D189) Hindi as a whole, read against a grammar of its number phrases. The cardinals
# 11-99 in the spellings newsrooms write beside the table's: a short i for the long ई in the
# tens of -तीस / -तालीस and -ईस ("बत्तिस", "चालिस", "अट्ठाइस"), ठ्ठ for ट्ठ ("अठ्ठाईस"), the single
# consonant ("अठारह" / "अट्ठारह", "सतासी", "अठासी", "पचीस"), the nasal left off ("पैतीस",
# "चौतीस", "सैतालीस"), इकत्तीस / उन्तीस / उन्चास and the other forms of the tens (rule 11). Not
# "तिस" alone (30: "तिस पर" is "moreover")
FIGURES["numbers"].update({
    "अट्ठारह": 18, "अठ्ठारह": 18, "सतरह": 17, "उन्निस": 19, "इक्किस": 21, "बाइस": 22, "तेइस": 23,
    "चौबिस": 24, "पचीस": 25, "छब्बिस": 26, "सत्ताइस": 27, "सताईस": 27, "अट्ठाइस": 28,
    "अठ्ठाईस": 28, "अठ्ठाइस": 28, "अठाईस": 28, "अठाइस": 28, "उन्तीस": 29, "उंतीस": 29,
    "इकत्तीस": 31, "इकतिस": 31, "एकतीस": 31, "बत्तिस": 32, "तैंतिस": 33, "तेंतीस": 33,
    "तैतीस": 33, "चौंतिस": 34, "चौतीस": 34, "पैंतिस": 35, "पैतीस": 35, "छत्तिस": 36,
    "सैंतिस": 37, "सैतीस": 37, "अड़तिस": 38, "अढ़तीस": 38, "उन्तालीस": 39, "उनतालिस": 39,
    "चालिस": 40, "इकतालिस": 41, "बयालिस": 42, "बियालीस": 42, "तैंतालिस": 43, "तेंतालीस": 43,
    "तैतालीस": 43, "चौवालिस": 44, "चवालिस": 44, "पैंतालिस": 45, "पैतालीस": 45, "छियालिस": 46,
    "छयालीस": 46, "सैंतालिस": 47, "सैतालीस": 47, "अड़तालिस": 48, "अढ़तालीस": 48, "उन्चास": 49,
    "इकावन": 51, "इक्यावन": 51, "तिरेपन": 53, "चौव्वन": 54, "चव्वन": 54, "सतावन": 57,
    "अठावन": 58, "अठ्ठावन": 58, "उन्सठ": 59, "तिरेसठ": 63, "सरसठ": 67, "अरसठ": 68,
    "इकत्तर": 71, "तेहत्तर": 73, "छियत्तर": 76, "अठत्तर": 78, "उनयासी": 79, "इकयासी": 81,
    "बियासी": 82, "तिरयासी": 83, "पिचासी": 85, "सतासी": 87, "अठासी": 88, "अठ्ठासी": 88,
    "बयानवे": 92, "अठ्ठानवे": 98, "अठानवे": 98,
})
# (26rc, D189) खरब (10^11, "10 खरब" read 10 before: the scale was no word of the table) and its
# plural खरबों (vague, rule 7), as अरब / अरबों (10^9)
FIGURES["scales"]["खरब"] = 100_000_000_000
FIGURES["vague"]["खरबों"] = 100_000_000_000
# (26rc, D189) "छ" (six, short spelling) right before a multiplier ("छ सौ" read 100: the word was
# dropped): "छह"; alone "छ" stays no number (a letter of abbreviations: "छ.ग.")
FIGURES["rewrites"].append((r"(?<!\S)छ (?=(?:सौ|हजार|लाख|करोड)(?!\S))", "छह "))
# (26rc, D190) qualifiers after the count: "के नजदीक" / "के नज़दीक" (near), "के इर्द-गिर्द"
# (around) are approx, as "के करीब" and "के आसपास" (rule 2); "कमसेकम" (at least, written as one
# word) as "कम से कम". "N के करीब पहुंच गई" stays approx: three labelled rows read it so, two
# nearly (rounds 7 and 20, known misses)
FIGURES["post_approx"] += ["के नजदीक", "के नज़दीक", "के इर्द-गिर्द", "के इर्दगिर्द"]
FIGURES["at_least"] += ["कमसेकम"]
# (26rc, D191) "A और B के बीच" (between A and B) is a range (rule 6), as "A से B के बीच"; not two
# years ("2022 और 2023 के बीच 500 लोग": the span of the count, D37); "A और B" alone stays a list
# (33rb, D225.1) also with B's "+" (at least, D3: the high end open) and the counted noun before
# "के बीच" ("379 और 1500+ लोगों के बीच", between 379 and 1500+ people): one word, no number
FIGURES["rewrites"].append((
    r"(?<![\d.,])(?!(?:19|20)\d\d )(\d[\d,.]*) और (?!(?:19|20)\d\d )(?=\d[\d,.]*\+?"
    r"(?: (?:सौ|हजार|लाख|करोड|मिलियन|प्रतिशत|फीसदी|%))?(?: [^\s\d+]+)? के बीच(?!\S))",
    r"\1 से ",
))
# (26rc, D191) a dash glued after a magnitude word and before the next number ("दो सौ-तीन सौ
# लोग", "सौ-डेढ़ सौ", "हजार-बारह सौ", "लाख-डेढ़ लाख") is the range's "से" (rule 6): the two groups
# were added before ("दो सौ-तीन सौ" read 500, "सौ-दो सौ" 300). Not the word said twice ("सौ-सौ
# रुपये", a hundred each: distributive)
FIGURES["rewrites"].append((
    r"(?<!\S)(सौ|हजार|लाख|करोड)[-–](?!\1(?!\S))(?=[^\s\-–])", r"\1 से ",
))
# (26rc, D191) the magnitude word said twice ("सौ-सौ रुपये", a hundred each; read 200 before) is
# distributive, as "एक-एक लाख" and "पांच-पांच लाख" read: a rate ("प्रत्येक", each), no count
# (rule 13)
FIGURES["rewrites"].append((r"(?<!\S)(सौ|हजार|लाख|करोड)[-–]\1(?!\S)", r"\1 प्रत्येक"))

# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): no count
# (lang/_designations.py)
FIGURES["rewrites"] += GENERATION

# (27ru, D196.5) "कुछ और / कई और" (some more, several more: "कुछ और आतंकी") is "more", as "12 और
# मामले"; after the counted noun "और" is "and" ("कई बच्चों और महिलाओं", many children and women):
# no "N more" (rule 12). Not before a number ("5 लोगों और 3 बच्चों" stays a list)
_HI_NUMERALS = (r"एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|बीस|सौ|हजार|हज़ार|लाख|करोड़|कई|"
                r"कुछ|\d")
FIGURES["rewrites"] += [
    (rf"(?<!\S)(कुछ|कई) और (?!(?:{_HI_NUMERALS})(?:\s|$))(?=\S)", r"\1 अतिरिक्त "),
    (rf"(?<!\S)((?:कई|कुछ|\d[\d,.]*)(?: (?:सौ|हजार|हज़ार|लाख|करोड़))? (?!(?:और|अतिरिक्त|"
     rf"{_HI_NUMERALS})(?:\s|$))\S+) और (?!(?:{_HI_NUMERALS}))(?=\S)", r"\1 एवं "),
]

# (28ru, D206) "दोनों ओर / तरफ / पक्षों के" (on both sides) names where the counted are, no count of
# two beside the count: "दोनों ओर के हजारों जवान" = thousands (as en "thousands of soldiers on both
# sides"); "दोनों" alone or before a counted noun stays two (D87: "दोनों जवान")
FIGURES["rewrites"].append((
    r"(?<!\S)दोनों (?=(?:ओर|तरफ|तरफ़|पक्षों|पक्ष)(?: (?:के|की|से|में|पर))?(?:\s|$))", "",
))

# (28rb, D207) "और" between a qualifier word and the number ("कम से कम और 13 बंधकों", at least 13
# more hostages; "लगभग और 200 लोग"): "and" cannot stand there, so it is "more" (rule 12), as "12 और
# मामले" and "कुछ और" (D196.5); "और 13" at the phrase's start or after a count stays "and" (a list)
FIGURES["rewrites"].append((
    r"(?<!\S)(कम से कम|कम-से-कम|न्यूनतम|करीब|क़रीब|लगभग|तकरीबन|तक़रीबन|करीबन|क़रीबन|अनुमानित|"
    r"अधिकतम) और (?=\d|(?:एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|सौ|हजार|हज़ार)(?:\s|$))",
    r"\1 अतिरिक्त ",
))

# (32rl, D220.1) a share told after the total and its comma ("हजारों, ज्यादातर युवा और छात्र") tells
# who the counted were: the total's breakdown (D5), written as the table's breakdown word
# (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share or a
# list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["जिनमें से", "जिनमें", "इनमें से", "इनमें", "उनमें से", "उनमें"],
    [],
    ["आधे से ज्यादा", "आधे से अधिक", "आधे से कम", "आधे", "आधा", "आधी", "ज्यादातर", "अधिकतर",
     "अधिकांश", "एक तिहाई", "दो तिहाई", "एक चौथाई", "बहुसंख्यक"],
    [],
    "जिनमें"))

# (34re, D231.1) a count of lodging places before "में" beside the people sheltered there ("400
# लोग 33 राहत शिविरों में हैं"): set aside, the people read (D20); either order. Not districts,
# villages or states ("9 जिलों में 18 लाख लोग" stays two quantities, D45.5)
_LODGING_HI = (
    r"(?:राहत\s)?(?:शिविरों|कैंपों|केंद्रों|केन्द्रों)|आश्रय\s?(?:स्थलों|गृहों|केंद्रों|केन्द्रों)"
    r"|रैन\s?बसेरों|शरणार्थी\s(?:शिविरों|कैंपों)|राहत\s(?:स्थलों|कैम्पों)"
)
FIGURES["rewrites"] += [
    (rf"(\d[^।.;!?]*?\s)\d[\d,.]*(?=\s(?:{_LODGING_HI})\sमें)", r"\1"),
    (rf"(?:^|(?<=\s))\d[\d,.]*(?=\s(?:{_LODGING_HI})\sमें[^।.;!?]*?\d)", ""),
]

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or treated in ("32
# घायल 5 अस्पतालों में भर्ती", "घायलों को 3 अस्पतालों में ले जाया गया"): set aside beside the
# people, as D231.1's shelters; with no such verb ("32 लोग 5 अस्पतालों में") two counts
_CARE_HI = (
    r"(?:अलग-अलग\s|विभिन्न\s|अलग\s)?(?:अस्पतालों|अस्पताल|हॉस्पिटलों|हॉस्पिटल|चिकित्सालयों|"
    r"स्वास्थ्य\sकेंद्रों|स्वास्थ्य\sकेन्द्रों|नर्सिंग\sहोम)\s(?:में|ले|पहुंचाया|पहुँचाया)"
)
_CARE_HI_VERB = (
    r"(?:भर्ती|ले\sजाया|पहुंचाया|पहुँचाया|पहुंचाए|पहुँचाए|भेजा|भेजे|इलाज|उपचार|रेफर|शिफ्ट|"
    r"दाखिल|ले\sजाए)"
)
FIGURES["rewrites"] += [
    (rf"((?:\d|(?<!\S)(?:दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस)(?!\S))[^।.;!?]*?\s)"
     rf"(?:\d[\d,.]*|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|कई)"
     rf"(?=\s{_CARE_HI}[^।.;!?,]*?{_CARE_HI_VERB})", r"\1"),
]

# (35ra, D233.3) "mostly" right after the count's noun of people, no comma between ("10,700 से
# अधिक लोगों ज्यादातर आदिवासी", over 10,700 people, mostly tribal: round 99) tells who the
# counted were, as after a comma (D220.1): the breakdown word. Not before "of" or "in" or a
# number ("500 लोगों में से ज्यादातर", "ज्यादातर 500" stay a share)
_PEOPLE_HI = (
    r"लोग|लोगों|व्यक्ति|व्यक्तियों|नागरिक|नागरिकों|बच्चे|बच्चों|परिवार|परिवारों|श्रमिक|श्रमिकों|"
    r"मजदूर|मजदूरों|मज़दूर|मज़दूरों|यात्री|यात्रियों|शरणार्थी|शरणार्थियों|ग्रामीण|ग्रामीणों|"
    r"छात्र|छात्रों|पीड़ित|पीड़ितों|पीडित|पीडितों"
)
FIGURES["rewrites"].append((
    rf"((?:\d|(?<!\S)(?:हजारों|हज़ारों|सैकड़ों|सैकडों|लाखों|दर्जनों)(?!\S))[^\s।.;!?]*"
    rf"(?:\s[^\s\d।.;!?,]+){{0,3}}?\s(?:{_PEOPLE_HI}))\s(?:ज्यादातर|ज़्यादातर|अधिकतर|अधिकांश)"
    r"(?=\s(?!\d|के\s|की\s|का\s|में\s|से\s))",
    r"\1 जिनमें",
))
