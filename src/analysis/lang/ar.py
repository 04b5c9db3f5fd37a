"""Arabic (``ar``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._forms import (
    arabic_spellings,
    decimal_point_before,
    leading_minus,
    leading_plus,
    number_word,
)
from analysis.lang._lodging import care_aside, lodging_aside
from analysis.lang._order import longest_first

# fmt: off

SCRIPTS = ("arabic",)

# (17cp, D72) Arabic writes many words in several spellings: one form for all, in the text and in
# every table phrase and rewrite (applied by the figure engine after folding, analysis.lang)
SPELLING = [
    # short vowels, tanween, shadda, sukun, the dagger alif and the tatweel are no letters:
    # "ألفًا" = "ألفا", "ألـف" = "ألف" ("بـ4700" = "ب4700", "1433هـ" = "1433ه")
    ("[\u064b-\u065f\u0670\u0640]", ""),
    # the hamza on or under alif, the madda and the wasla: "أكثر" = "اكثر", "إلى" = "الى",
    # "آلاف" = "الاف", "إلف" = "ألف"
    ("[\u0622\u0623\u0625\u0671]", "\u0627"),
    # ta marbuta and ha at a word's end: "مئة" = "مئه", "ثلاثة" = "ثلاثه", "قرابة" = "قرابه";
    # not in "عدة" (several) and its glued forms ("بعدة", "لعدة"): written with ha it is another
    # word, "بعده" (after it), "وعده" (his promise), which would read as several
    ("(?<!\u0639\u062f)\u0629", "\u0647"),
    # alif maqsura and ya (and the Persian ya and kaf some sites type): "حوالى" = "حوالي",
    # "إلى" = "الي"
    ("[\u0649\u06cc]", "\u064a"),
    ("\u06a9", "\u0643"),
]

MONTHS = [
    # (17nj) the Egyptian "يونيه", "يوليه" and the Maghreb names ("جويلية", "أوت", "غشت") are the
    # months too ("مليون سائح خلال يوليه 2012", D7, D49)
    ["يناير", "كانون الثاني", "جانفي"],
    ["فبراير", "شباط", "فيفري"],
    ["مارس", "آذار"],
    ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
    ["مايو", "أيار"],
    ["يونيو", "حزيران", "يونيه", "جوان"],
    ["يوليو", "تموز", "يوليه", "جويلية", "يوليوز"],
    ["أغسطس", "اغسطس", "آب", "أوت", "غشت"],
    ["سبتمبر", "أيلول", "شتنبر"],
    ["أكتوبر", "اكتوبر", "تشرين الأول"],
    ["نوفمبر", "تشرين الثاني", "نونبر"],
    ["ديسمبر", "كانون الأول", "دجنبر"],
]

WEEKDAYS = [
    ["الاثنين", "الإثنين"],
    ["الثلاثاء"],
    ["الأربعاء", "الاربعاء"],
    ["الخميس"],
    ["الجمعة"],
    ["السبت"],
    ["الأحد", "الاحد"],
]

# (17ce) a dual after a preposition ("في حادثتين", in two accidents; "بين الدولتين", between the
# two states) tells where or how, not the counted noun: the rewrites of the dual do not read it
# (D63.1)
_NOT_AFTER_PREP = "".join(
    f"(?<!{p} )" for p in ("في", "على", "علي", "من", "إلى", "الى", "عن", "خلال", "بعد", "قبل",
                           "منذ", "بين", "لدى", "حول", "عبر", "داخل")
)

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "(?:ال)?قتلى", "قتيلا?", "(?:ال)?جرحى", "جريحا?", "(?:ال)?مصابين", "(?:ال)?مصابون",
        "مصابا", "(?:ال)?مفقودين", "(?:ال)?وفيات", "(?:ال)?معتقلين",
    ],
    "casualties": [
        "(?:ال)?ضحايا", "(?:ال)?حالات",
        # (17cf) "of them" opening the parts of a count: a number in brackets after it is a
        # part's count, no age ("(1777) حالة جديدة …، منها (542) سعوديا و(1235) غير سعودي" =
        # 1777; D43.1, D55.8, D64.10)
        "منها", "منهم", "منهن",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "ليس 2 بل 12", "لا 2 بل 12", "12 وليس 2"; "ليس فقط 2 بل 3 أيضا"
    "contrast": {
        "not": [
            "ليس", "ليست", "لا", "وليس", "وليست", "ولا", "بدلا من", "بدلاً من", "عوضا عن", "لم يكن",
            "لم تكن", "ليسوا",
        ],
        "but": ["بل", "وإنما", "وانما", "إنما", "انما", "لكن", "ولكن"],
        "also": ["أيضا", "ايضا", "أيضاً", "ايضاً", "كذلك"],
    },
    # short vowels and tanween are dropped before reading ("ألفًا" = "ألفا")
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "ارتفاع", "انخفاض", "زيادة", "تراجع", "بارتفاع", "بانخفاض", "بزيادة", "ارتفع", "ارتفعت",
        "انخفض", "انخفضت", "تراجعت", "زاد", "زادت", "قفز", "قفزت", "ازداد", "ازدادت", "تزايد",
    ],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "whole": [r"و?من (?:إجمالي|اجمالي|مجموع)"],
    },
    "rewrites": [
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        MAGNITUDE,
        # (19ms, D90) a clock time after "الساعة" (the hour): "في الساعة 20:35", "الساعة 6 صباحا"
        (r"(الساعة|بالساعة|والساعة) (?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?![\d.,:])", r"\1"),
        # (17cn, D70) a place told by its distance from another ("على بعد 30 كيلومترا")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<!\w)(على بعد|على مسافة|على مسافة تبعد) (?:(?:نحو|حوالي|حوالى|قرابة|أكثر من|"
            r"أقل من) )?(?:\d[\d.,]*+(?: \d{3})*|\w+) ?(?:كم|كلم|كيلومتر\w*|كيلو متر\w*|متر"
            r"\w*|ميل\w*|أميال)",
            r"\1",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "وذكرت مصادر أخرى أن 600 شخص قتلوا"
        (r"(?<!\S)(و?(?:مصادر|تقارير|تقديرات|وسائل إعلام|شهود)) (?:أخرى|اخرى)(?!\S)", r"\1"),
        # (17cp, D72.6) "other" qualifies the noun it follows: before the phrase's first digit it is
        # another noun's ("وقدرت قنوات تلفزيونية أخرى العدد بما بين 450 ألفا و460 ألف", other
        # channels estimated; "ذكرت صحف أخرى أن 300 شخص قتلوا") or "last" ("بلغت آخر حصيلة 50
        # قتيلا", the latest toll), no "more" of the count (rule 12); after it, it stays "N others"
        # ("أصيب 3 آخرون", "وتضرر 19070 وحدة سكنية أخرى"). The table told "other" by its spelling
        # before (with or without the hamza), which SPELLING makes one (D72.1)
        (
            r"^([^\d]*?)(?<!\S)(?:أخرى|اخرى|آخر|اخر|آخرين|آخرون|اخرين|اخرون|آخران|اخران)(?!\S)"
            r"(?=[^\d]*\d)",
            r"\1",
        ),
        # (17cg) "ويقدر عدد الوفيات نتيجة الإيدز ب1.5 مليون" (the number of deaths is estimated at
        # 1.5 million): the verb "estimate" before its object, and "ب" (at) glued to the number, are
        # "about" (rule 2, D65.1); "تقدر ب 4700" right before it was already
        (
            r"(?<!\S)([وف]?(?:يقدر|تقدر|قدرت|قدر|يقدرون|قدروا)(?!\S)[^\d،,.;:؛]{1,80}?)(?<!\S)بـ?"
            r" ?(?=\d)",
            r"\1حوالي ",
        ),
        # (17cb) "ولا شخص واحد" (not a single person) reports none: no count (D36, D60.3); "شخص
        # واحد" alone stays one
        (r"(?<!\S)و?لا (?:حتى )?(\S+) (?:واحد|واحدة)(?!\S)", r"لا \1"),
        # (17np) "(2) ألف دولار", "(4) ملايين سيجارة": a number written in brackets before its
        # scale is the scale's number, as without them (rule 8, D55.8)
        (
            r"\((\d[\d.,٬]*)\) ?(?=(?:ألف|ألفا|آلاف|مليون|مليونا|ملايين|مليار|مليارات)(?!\w))",
            r"\1 ",
        ),
        # (17cf) and before its noun ("كما تم اكتشاف (1777) حالة جديدة", "و(1235) غير سعودي"):
        # the number as without them, its noun's "new" read (D55.8, D64.10); ages in brackets
        # after a name are dropped before the rewrites (D43.1)
        (r"(?<![^\sو])\((\d[\d.,٬]*)\)(?= [\u0621-\u064a])", r"\1"),
        # (17np) "في كل عمليات السرقة" (in all the thefts): كل before a definite noun or a plural
        # in -ات is "all", no "each" (rule 13, D55.3); "كل يوم", "كل 100" stay rates
        (r"(?<!\w)كل(?= (?:ال\w+|\w+ات)(?!\w))", "جميع"),
        # (17nl) "…، منها 43 حالة وفاة" (of which 43 deaths): the feminine "of them" after a comma
        # and right before a number opens a breakdown, as "من بينها" (D30, D51.5); elsewhere
        # "منها" is "from it" ("وصل منها إلى المستشفيات 62 جثمانا")
        (r"(?<=,) (?:منها|منهما) (?=\d)", " من بينها "),
        # (17nl) "10848 إصابة جديدة" (10,848 new infections): "new" after the count's noun is
        # additional, as in every language; "عدد الحالات الجديدة … 31" (before it) names the
        # counted (D40.14, D51.8)
        (
            # (17ce) also after the noun and its genitive ("211 ألف حالات إصابة جديدة", new
            # cases of infection; D63.3)
            r"(?<![\d.,])(\d[\d.,٬]*(?: (?:ألف|ألفا|آلاف|مليون|ملايين))?(?: و\d+)? [^\s\d]+"
            r"(?: [^\s\d]+)?) "
            r"(?:جديدة|جديد|جديدا|جديدًا)(?![\w])",
            r"\1 إضافية",
        ),
        # (17nl) a dual stressed by "two" after it ("هلاك شخصين اثنين", the death of two persons):
        # one count, the dual's (D44.3, D51.7); the word starts with an Arabic letter, so the
        # gate (patterns.any_of) can tell the characters this rewrite starts with (rv10)
        (r"(?<!\S)[ء-ي][^\s\d]*[نا] (اثنين|اثنان|اثنتين|اثنتان)(?![\w])", r"\1"),
        # (17nk) a year of the Hijri calendar after عام / سنة ("في عام ١٤١٣", "سنة 1445 هـ") is a
        # date (D7, D50), as a Gregorian one
        (r"\b(عام|العام|سنة) (?:1[34]\d\d|١[٣٤][٠-٩][٠-٩])(?: ?هـ)?(?!\S)", r"\1"),
        # (35rd, D236.2) "this year" told with its number ("منذ مطلع العام الجاري 2025 ولغاية
        # اليوم", round 100; "منذ مطلع العام الجاري 2023 ولغاية اليوم", elhmra.com): the year's
        # number after "الجاري / الحالي" is a date (D7), as after "العام" alone, when a comma,
        # "until" or the phrase's end follows it (not a noun: "العام الجاري 2025 حالة")
        (r"\b(عام|العام|سنة|السنة) (?:الجاري|الحالي|الجارية|الحالية) ((?:19|20)\d\d)"
         r"(?= ?[،,]| و?(?:لغاية|حتى|إلى|الى)(?!\S)|\s*$)", r"\1 \2"),
        # (17nk) a year in brackets closing a phrase with a count before it ("161 ألف حالة في
        # العام الماضي فقط (2013)") dates it (D7, D50); a bracketed number alone stays the count
        (r"(\d\D*?)\s*\((?:19|20)\d\d\)\s*$", r"\1"),
        # (short vowels: dropped by SPELLING before reading, D72)
        # "القطار رقم 1935" (train number 1935): a number's name, no count (D32, D38, D43.3)
        # (32rc, D222.5) also with "ك" (as) or "و" (and) glued to it: "رقم 45000 كرقم 1500000"
        # (the figure 45,000 as the figure 1,500,000) compares two figures, no count
        (r"(?:\b[وك]?رقم|\b[وك]?رقمه|\b[وك]?رقمها|\b[وك]?الرقم)\s*\d+(?:[/.,-]\d+)*", " "),
        # (17nf) "قرب العمود 1200" (near pole 1200), "الكيلو 50" (kilometre 50): a marker on a
        # road names a place, no count (D32, D46)
        (r"(?<!\w)(?:ال|و|ب|عند |قرب )?(?:العمود|عمود|الكيلو|الكيلومتر)\s*\d+(?![\d.,])", " "),
        # "لا" (not) written glued to its verb: "ما لايقل عن 50" = "ما لا يقل عن" (at least, D39)
        # (17cp, D72.1) and "ما" glued to that "لا" ("مالا يقل عن 30", "مالايقل عن 20": no less
        # than; "مالا يقل" read "less than" 30, at most)
        (r"(?<!\S)ما(?=لا ?(?:يقل|تقل|يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى)\b)", "ما "),
        (r"\bلا(?=(?:يقل|تقل|يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى)\b)", "لا "),
        # (32rc, D222.4) "more / less than" with "من" glued to it ("أكثرمن مليون", "بأكثرمن 300",
        # "أقلمن 100": the space lost) and "ما" glued to the verb of a qualifier ("مايقارب 300",
        # "مايزيد عن 300", "مايناهز", "مايربو على"): no glued form is another word; read as
        # written apart (at least, at most, nearly)
        (r"(?<![^\W\d_])([وبل]?[أا](?:كثر|قل))من(?![^\W\d_])", r"\1 من"),
        (
            r"(?<![^\W\d_])([وب]?)ما(?=(?:يقارب|تقارب|يقرب|تقرب|يزيد|تزيد|يناهز|تناهز|يربو|تربو|"
            r"يفوق|تفوق|يتجاوز|تتجاوز)(?![^\W\d_]))",
            r"\1ما ",
        ),
        # "يزيد عددها على 130" (whose number exceeds 130), "يتجاوز عددهم 500": the number
        # named between the verb and its preposition or count is the verb's subject; the verb
        # qualifies the count as it does alone (at least / at most, D41)
        (
            r"\b(يزيد|تزيد|يتجاوز|تتجاوز|يفوق|تفوق|يتعدى|تتعدى|يتخطى|تتخطى|تجاوز|تجاوزت|يقل|تقل|"
            r"يقارب|تقارب|قارب|قاربت) (?:عدد|أعداد|اعداد)(?:هم|ها|ه|هن)\b",
            r"\1",
        ),
        # (17nf) "تجاوز العشرين حالة" (exceeded twenty cases): a tens word with the article
        # right after a verb of reaching or passing is the cardinal, as without it (D46); after
        # a noun it is the ordinal ("القرن العشرين", the twentieth century) and stays unread
        (
            r"\b(تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطى|تخطت|يتخطى|تتخطى|قارب|قاربت|يقارب|بلغ|بلغت|يبلغ|"
            r"تبلغ) ال((?:عشر|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون))(?!\w)",
            r"\1 \2",
        ),
        # (17nf) "ما بين 5 واربعين" (between 5 and forty): after "بين" a digit and a tens word
        # joined by "و" are a range's two ends, not the units and tens of one number (D46)
        (
            r"(بين \d+) و ?(?=(?:عشر|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)(?!\w))",
            r"\1 إلى ",
        ),
        # (17cs) a change "from A to B" after a verb of change gives the new total B, as "rose to
        # B" (D35): "ارتفع عدد القتلى من 10 إلى 25", "انخفض عدد النازحين من 5000 إلى 3200"
        (
            r"\b((?:ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تراجع|تراجعت|قفز|قفزت|"
            # (17cc) the counted noun with its place between, six words at most ("ارتفع عدد
            # مصابي الجرب بمدارس مكة من", D61.1)
            r"زاد|زادت)(?: [^\d\s]+){0,6}) من \d[\d.,]*(?: (?:ألف|آلاف|الف|مليون))? "
            # (17cc) the old count's own words between, its noun, place and time, a number of
            # places among them ("من 264 طالبا وطالبة في 3 أحياء في مكة إلى 619", D61.1)
            # (17cl) and its year ("من 1204 حالة في 2019 إلى 3318", D69)
            r"(?:(?:[^\d\s]+|(?:19|20)\d\d|\d+ [^\d\s]+) ){0,8}?"
            r"(?:إلى|الى) ?(?=\d)",
            r"\1 إلى ",
        ),
        # (17cc) the new total first, the old count after "بعد أن كان" (after it was) or "مقابل"
        # (against): "ارتفع العدد إلى 46 بعد أن كان 39" = 46 (D35, D61.2)
        (
            r"\b((?:ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تراجع|تراجعت|قفز|قفزت|"
            r"زاد|زادت)(?: [^\d\s]+){0,3} (?:إلى|الى) ?\d[\d.,]*(?: (?:ألف|آلاف|الف|مليون))?"
            r"(?: [^\d\s]+)?)،? (?:بعد أن كان|بعد ان كان|بعد أن كانت|بعد ان كانت|بعدما كان|"
            r"بعدما كانت|مقابل|مقارنة ب) ?\d[\d.,]*(?: (?:ألف|آلاف|الف|مليون))?"
            r"(?: [^\d\s]+)?(?: (?:في|عام) (?:19|20)\d\d| العام الماضي)?(?![\d.,]*\d)",
            r"\1",
        ),
        # "نصف مليون" (half a million) = 500,000 (rule 8), not the fraction "half"
        (r"(?<!\w)نصف (مليون|ألف)(?!\w)", r"0.5 \1"),
        # "ربع مليون" (a quarter of a million) = 250,000, in the same way
        (r"(?<!\w)ربع (مليون|ألف)(?!\w)", r"0.25 \1"),
        # "مائة وخمسين" (150): "و" glued to a tens word is "and"
        (r"(?<!\w)و((?:عشر|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين))(?!\w)", r"و \1"),
        # "مئة وأحد عشر" (111), "ألف وخمسة" (1,005): "و" glued to a unit or a teen after a
        # hundred or a thousand is "and" (rule 11, D38)
        (
            r"و(?:(?<=مئة و)|(?<=مائة و)|(?<=مئتين و)|(?<=مائتين و)|(?<=ألف و)|(?<=الف و)|"
            r"(?<=مئتان و)|(?<=مائتان و))"
            r"((?:(?:أحد|احد|إحدى|احدى|اثنا|اثني|اثنتا|اثنتي|ثلاثة|ثلاث|أربعة|اربعة|أربع|اربع|"
            r"خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|ثمان|تسعة|تسع) (?:عشر|عشرة))|"
            r"واحد|واحدة|اثنان|اثنين|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)(?!\w)",
            r"و \1",
        ),
        # (17ng) "عشرة آلاف ومائتان وستة وسبعون" (10,276): "و" glued to a hundreds word after a
        # thousands word is "and" (rule 11, D38.1, D47)
        (
            r"(?:(?<=آلاف )|(?<=ألف )|(?<=الف )|(?<=ألفا )|(?<=ألفان )|(?<=ألفين ))و"
            r"(?=(?:مائة|مئة|مائتان|مئتان|مائتين|مئتين|(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)"
            r"(?:مائة|مئة))(?!\w))",
            "و ",
        ),
        # (17ng) "تقدم 22550 طالبا ونجح منهم 20434" (22,550 sat and 20,434 of them passed): "منهم"
        # (of them) after "و" and a verb opens a clause with another outcome, no breakdown: two
        # counts (D30, D43.5, D47); ", منهم 4 أطفال" after a comma stays a breakdown
        (r"(?<!\S)و([^\W\d]+) منهم (?=\d)", r"و\1 "),
        # (17ng) "عام 1419هـ" (the Hijri year 1419), "22 ربيع الآخر 1433ه": a Hijri year (a number
        # with هـ) and a day before a Hijri month are dates (D7, D47)
        (r"(?<![\d.,])\d{3,4} ?(?:هـ|ه)(?!\w)", " "),
        (
            r"(?<![\d.,])\d{1,2} (?=(?:محرم|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|"
            r"جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|"
            r"ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة)(?!\w))",
            "",
        ),
        # "و" glued to a word starting with a hamza is "and" before a count of others ("مقتل طفل
        # وإصابة 16 آخرين": a child killed and 16 others wounded, a sum, D12)
        (r"\bو(?=[إأآ]\w*(?: \S+){0,2} (?:آخرين|آخرون|اخرين|اخرون)\b)", "و "),
        # the same for a verb with any first letter, also before a qualified count ("مقتل شخص
        # وفقدان نحو عشرين آخرين": one killed and about twenty others missing, a sum, D37.2, D40)
        (r"\bو(?=[^\W\d]+(?: \S+){0,2} (?:آخرين|آخرون|اخرين|اخرون)\b)", "و "),
        # (21ra, D98.1) one person told by a singular noun with what befell them, opening the
        # phrase, then "and" and a count with its own outcome ("وفاة مشجع وإصابة 60", a fan died
        # and 60 were hurt; "وتوفي شخص بالغ واحتاج عدة مرضى"): the singular is one, a sum with
        # the count (D88, rule 13), as "مقتل طفل وإصابة 16 آخرين" is
        (
            r"^((?:و)?(?:وفاة|مقتل|مصرع|توفي|توفيت|قتل|قتلت) )"
            r"(شخص|مشجع|مشجعة|طفل|طفلة|رجل|امراة|سائق|شاب|فتاة|طالب|طالبة|جندي|مواطن|مسن|مسنة)"
            r"((?: [^\W\d]+)? و(?:اصابة|اصيب|اصيبت|احتاج|احتاجت|فقدان|جرح|نقل)"
            r" [^,،.]*?(?:\d|عدة|بضعة|بضع|عشرات|مئات))",
            r"\1\2 1\3",
        ),
        # "مصرع مهاجرين اثنين وفقدان ثالث" (two migrants died and a third is missing): "a third"
        # after "and" and a verbal noun is one person more, a list (rule 13, D40)
        (
            r"\bو([^\W\d]+) (?:ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة)(?!\w)",
            r"و \1 1",
        ),
        # the dual of a noun of the pattern فعيل (CCīC: "شقيقين" two brothers, "قتيلين", "جريحان",
        # "رضيعين", "شقيقتين") is two of it: such nouns take a broken plural (أشقاء, قتلى, جرحى),
        # so their "-ين / -ان" is the dual, never the plural (D37.3, D40). Not participles in م
        # ("مقيمين", residents: a sound plural) or in ل / ا (a clitic or the article before a
        # word of another shape: "للطيران", aviation), nor "كثيرين" (many), "قليلين", "عديدين",
        # "قريبين", "بعيدين", "دقيقتين" (two minutes, a duration), the name "سليمان". Written from
        # the ي of the stem, with look-behinds for its first two letters and a clitic: "شقيقين" is
        # read as "شقيق 2" (the number after its noun, as "مهاجرين اثنين").
        (
            r"ي(?=[^\W\d]ت?(?:ين|ان)(?!\w))(?<=[^\W\dملا][^\W\d]ي)"
            r"(?:(?<=(?<!\w)\w\wي)|(?<=(?<!\w)[وبل]\w\wي)|(?<=(?<!\w)(?:ال|لل)\w\wي)|"
            r"(?<=(?<!\w)(?:وال|بال)\w\wي))"
            r"(?!(?<=كثي)ر|(?<=قلي)ل|(?<=عدي)د|(?<=قري)ب|(?<=بعي)د|(?<=دقي)ق|(?<=سلي)م)"
            r"([^\W\d]ت?)(?:ين|ان)(?!\w)",
            r"ي\1 2",
        ),
        # (17ce) the feminine dual: a noun in ة takes "-تان" (nominative) / "-تين" (oblique) for two
        # of it ("حالتان", "رصاصتين", "بجعتين", "مزرعتين"); its plural is "-ات", so the ending is
        # the dual alone: two (D37.3, D63.1). An agreeing dual adjective after it is the same two
        # ("بجعتين عملاقتين", "حادثتان منفصلتان"). Read as "2 حالة" (the number before its noun).
        # Not after a preposition ("في حادثتين", "بين الدولتين"), not the durations and
        # frequencies "ساعتين", "دقيقتين", "ليلتين", "سنتين", "ثانيتين", "مرتين" (D7), nor
        # "ستين" (60), the number words "اثنتين", "مئتين", "مائتان" (200), a participle's plural
        # with a root ت ("ثابتين", "ميتين", "مؤقتين"), "-وتين" ("بوتين", "روتين") or the names
        # "مارتين", "كريستين", "لاتين", the names in "-ستان" (باكستان)
        (
            r"(?<!\w)" + _NOT_AFTER_PREP + r"(?![وبلف]?(?:ال|لل)?(?:(?:س|ساع|دقيق|ليل|سن|ثاني|مر|"
            r"اثن|مئ|مائ|ثاب|صام|ساك|مي|مؤق|مثب|فائ|به|مار|كريس|فالن|لا|[^\W\d]*و)ت(?:ين|ان)|(?:باك|أفغان|افغان|كرد|"
            r"كازاخ|أوزبك|اوزبك|طاجيك|تركمان|قرغيز|داغ|هند|بلوش|خوز|عرب|ب|ف|سي)ستان)(?!\w))"
            # (the stem starts with an Arabic letter, so that the gate can tell where it starts)
            r"([ء-ي][^\W\d]+?)ت(?:ان|ين)(?!\w)(?: [^\W\d]{2,}ت(?:ان|ين)(?!\w))?",
            r"2 \1ة",
        ),
        # (17ce) the masculine dual of things and events (in the table of numbers below: ألغام,
        # انفجارات, هجمات, حوادث, مساجد, فنادق, قطارات) is not read after a preposition, as the
        # feminine dual ("مقتل 5 أشخاص في هجومين", in two attacks: 5; D63.1): the singular is
        # left. Gated on the stems (a phrase without one is not searched)
        (
            r"(?<!\S)((?:في|على|علي|من|إلى|الى|عن|خلال|بعد|قبل|منذ|بين|لدى|حول|عبر|داخل) "
            r"[وبلف]?(?:ال|لل)?(?:لغم|انفجار|هجوم|حادث|مسجد|فندق|قطار))(?:ين|ان)(?!\w)",
            r"\1",
        ),
        # (17ce) a definite numeral after its noun is the count of the noun ("ركابه الخمسة", his
        # five passengers; "العمال الثلاثة", the three workers): the article agrees with the
        # noun, the number is cardinal (the ordinals are "الخامس", "الثالثة"; D63.2). Not
        # "الاثنين" (Monday), nor the tens with the article (ordinals after a noun, D46), nor
        # after a time unit ("خلال الأيام الخمسة الماضية", a duration, D7)
        (
            # (the article first: a literal the search skips to, four times faster than the
            # look-behinds first)
            r"ال(?<=[^\W\d] ال)(?<!الأيام ال)(?<!الايام ال)(?<!الساعات ال)(?<!الأسابيع ال)"
            r"(?<!الأشهر ال)(?<!الشهور ال)(?<!السنوات ال)(?<!الأعوام ال)(?<!السنين ال)"
            r"(?<!الليالي ال)(?<!الدقائق ال)(ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|"
            r"ثلاث|أربع|اربع|خمس|ثماني|تسع|اثنان|اثنتان|اثنتين)(?!\w)",
            r"\1",
        ),
        # (17ce) "في بعض المناطق النائية، وجود 20 حالة" (in some remote regions, 20 cases): "بعض"
        # / "عدة" (some, several) before a word of unnamed places (regions, places, parts), with a
        # later count in digits, says where, no count beside it (D63.6); "بعض" alone stays
        # several (D9), and towns, villages, states stay places that are counted (D45.5)
        (
            r"(?<!\S)(?:بعض|عدة)(?= (?:ال)?(?:مناطق|أماكن|اماكن|أنحاء|انحاء|مواقع)(?!\w)[^\d]*\d)",
            "",
        ),
        # (17ce) "إلغاء إقلاع رحلتين دوليتين وتأخر إقلاع رحلة أخرى" (two flights cancelled and
        # another delayed): after a count, "and" with a verbal noun and a noun with "another"
        # is one more, a list, as "وفقدان ثالث" (and a third missing; rule 13, D37.4, D63.1)
        (
            # (not a noun in و right after the count: "وتضرر 19070 وحدة سكنية أخرى", 19,070 other
            # housing units)
            r"^([^\n]*\d[^\n]*? )(?<!\d )و([^\W\d]+) ((?:[^\W\d]+ )?[^\W\d]+) "
            r"(?:آخر|أخرى|اخرى)(?!\w)",
            r"\1و \2 \3 1",
        ),
        # (17ce) "أكوام فوق بعض" (heaped on top of each other): "بعض" closing its clause after a
        # preposition is "each other", no count (D9, D63.6)
        (r"(?<!\S)(فوق|تحت|مع) بعض(?:هم|ها)?(?=\s*$|\s*[,.])", r"\1"),
        # (17ce) "إصابة الراقصة …، بالإضافة إلى اثنين آخرين" (the dancer hurt, in addition to two
        # others): "in addition to" before a count of others joins it to someone named, as "و"
        # (and): a sum with someone not counted (D12, D37.2, D63.7)
        (
            r"(?<!\S)(?:ب|و)?الإضافة (?:إلى|الى) (?=\S+ (?:آخرين|آخرون|اخرين|اخرون)(?!\w))",
            "و",
        ),
        # (17ce) "الرحلة 1498" (flight 1498): the number after "the flight" names it, no count
        # (D32, D63.3), as "رقم"; "رحلة" without the article is left ("رحلة 15 ساعة")
        (r"(?<!\S)([وبل]?ال|لل)رحلة \d+(?!\d|[.,٬]\d)", r"\1رحلة"),
        # (17ce) "250 من إجمالي 15192" (250 of a total of 15,192): after a count, "of the total"
        # opens the whole of a share, as "من أصل" (rule 13, D41.11, D63.3); "إجمالي 200" alone
        # stays the total
        (
            r"(?<=\d)((?: [^\s\d]+){0,2}) من (?:إجمالي|اجمالي|الإجمالي|الاجمالي)(?= \d)",
            r"\1 من أصل",
        ),
        # (17ce) "ألفين و947" (2,947): the dual of a thousand before "و" and digits is "2 ألف",
        # the form "228 ألف و474" already reads (rule 11, D63.4)
        (r"(?<!\S)(?:ألفين|ألفان|ألفي|الفين|الفان)(?= و ?\d)", "2 ألف"),
    ],
    "numbers": {
        "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
        "ثمانية": 8, "تسعة": 9, "عشرة": 10, "مئتين": 200, "ألفين": 2000,
        # (lexicon 17, session 6) feminine one and two, "ثمان" (eight), "مائتان" / "مائتي" (200)
        "واحدة": 1, "اثنتان": 2, "اثنتين": 2, "ثمان": 8, "مائتان": 200, "مائتي": 200,
        # (17co) the indefinite accusative of "one" ("ليس واحدا أو اثنين", D71)
        "واحدا": 1,
        # without hamza, feminine forms, tens in both cases ("سبعين الف" = 70,000)
        "اربعة": 4, "ثلاث": 3, "أربع": 4, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
        # (17np) the accusative with its alif ("خمسا وعشرين زيارة", twenty-five visits; D53,
        # D55.9)
        "ثلاثا": 3, "أربعا": 4, "اربعا": 4, "خمسا": 5, "ستا": 6, "تسعا": 9,
        "ثماني": 8, "تسع": 9, "عشر": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30,
        "أربعون": 40, "أربعين": 40, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
        "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
        "تسعون": 90, "تسعين": 90,
        # hundreds written as one word ("حوالي ثلاثمائة مهاجر")
        "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500,
        "خمسمئة": 500, "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700, "سبعمئة": 700,
        "ثمانمائة": 800, "ثمانمئة": 800, "تسعمائة": 900, "تسعمئة": 900, "مائتين": 200, "مائتا": 200,
        "مئتا": 200,
        # the dual of a counted noun is two of it: "شخصين", "وطفلان", "طائرتي ايرباص" (D37),
        # with the clitics و / ب / ل and the article. The ending alone is no rule: "-ين" is also
        # the plural ("مدنيين", "مسعفين"), "-ان", "-تين" end many words ("لبنان", "ستين" = 60,
        # "بوتين"), "-ي" is also "my" and the adjective ("شخصي"); these nouns have a broken or
        # feminine plural, so their dual is unambiguous (generated here: no rewrite to run).
        **{
            f"{pre}{stem}{end}": 2
            for stems, ends in (
                (("شخص", "طفل", "شاب", "جندي", "قتيل", "جريح", "منزل", "بيت", "جسر", "صاروخ",
                  "قارب", "زورق", "منجم", "سد",
                  # (17nd) people: "مقتل راكبين" (two passengers); plurals ركاب, أشقاء, صبية,
                  # أولاد, ضباط, سياح, بحارة (not "رجلين", also two legs; not nouns with a sound
                  # plural in "-ين": مسافرين, عاملين, مدنيين, شرطيين)
                  "راكب", "شقيق", "صبي", "ولد", "ضابط", "بحار",
                  # (17ng) "رأسين من الأغنام" (two head of sheep: plural رؤوس, D47)
                  "رأس",
                  # (17ce) people with a broken plural: ضيوف ("أصابت … ضيفين", two guests),
                  # أزواج ("زوجين", a couple), أبناء, شيوخ, أفراد, عناصر, تلاميذ, حراس, جثامين,
                  # توائم, نواب (D63.1)
                  "ضيف", "زوج", "ابن", "شيخ", "فرد", "عنصر", "تلميذ", "حارس", "جثمان", "توأم",
                  "نائب",
                  # (17ce) things and events: ألغام, انفجارات, هجمات, حوادث, مساجد, فنادق,
                  # قطارات (not after a preposition: a rewrite above; D63.1)
                  "لغم", "انفجار", "هجوم", "حادث", "مسجد", "فندق", "قطار"), ("ين", "ان")),
                (("طائرت", "سيارت", "حافلت", "شاحنت", "سفينت", "مروحيت", "امرأت", "طفلت", "فتات",
                  "عائلت", "أسرت", "اسرت", "دبابت", "مسيرت", "عمارت", "قريت",
                  # (17nf) "جثتين" (two bodies: plural جثث), "جثتان" (D46)
                  "جثت"), ("ين", "ان", "ي")),
            )
            for stem in stems
            for end in ends
            for pre in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل")
        },
        # (17ne) the nominative dual "-ان" of nouns with a sound plural ("عاملان", two workers;
        # "مقيمان", two residents): their plural is "-ون / -ين", so "-ان" is the dual alone; the
        # oblique "-ين" stays unread, also the plural (D44.3, D45.9)
        **{
            f"{pre}{stem}ان": 2
            for stem in ("عامل", "مقيم", "مسافر", "مدني", "شرطي", "موظف", "مواطن", "مسعف",
                         "مزارع", "صياد", "معلم", "مهندس", "فلاح", "مصاب", "مفقود",
                         # (17nj) "عدد السائحين" (the number of tourists): سائح has the sound
                         # plural too (beside سياح), so "-ين" with the article is no dual; without
                         # it ("إصابة سائحين", two tourists hurt) it stays two, below (D44.3, D49)
                         "سائح")
            for pre in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل")
        },
        **{f"{pre}سائحين": 2 for pre in ("", "و", "ب", "ل")},
        # duals: "two thousand", "two million"
        "مئتان": 200, "مئتي": 200, "ألفان": 2000, "ألفي": 2000, "مليونان": 2_000_000,
        "مليونين": 2_000_000, "مليوني": 2_000_000,
        # (17cp, D72) the dual of every scale in its three forms (nominative, oblique, construct):
        # billions ("ملياري دولار", two billion dollars) and trillions, as thousands and millions
        # (spellings with hamza or ta marbuta are one form by SPELLING)
        "ملياران": 2_000_000_000, "مليارين": 2_000_000_000, "ملياري": 2_000_000_000,
        "بليونان": 2_000_000_000, "بليونين": 2_000_000_000, "بليوني": 2_000_000_000,
        "تريليونان": 2_000_000_000_000, "تريليونين": 2_000_000_000_000,
        "تريليوني": 2_000_000_000_000, "ترليونان": 2_000_000_000_000,
        "ترليونين": 2_000_000_000_000, "ترليوني": 2_000_000_000_000,
        # (17cp) eight hundred also written with the ya of "ثماني" ("ثمانيمائة")
        "ثمانيمائة": 800, "ثمانيمئة": 800,
        # the teens, written in two words ("أربعة عشر شخصًا", fourteen people)
        **{
            f"{unit} {ten}": value
            for value, units in (
                (11, ("أحد", "احد", "إحدى", "احدى")), (12, ("اثنا", "اثني", "اثنتا", "اثنتي")),
                (13, ("ثلاثة", "ثلاث")), (14, ("أربعة", "اربعة", "أربع", "اربع")),
                (15, ("خمسة", "خمس")), (16, ("ستة", "ست")), (17, ("سبعة", "سبع")),
                (18, ("ثمانية", "ثماني", "ثمان")), (19, ("تسعة", "تسع")),
            )
            for unit in units
            for ten in ("عشر", "عشرة")
        },
    },
    "scales": {
        "ألف": 1000, "آلاف": 1000, "الف": 1000, "ألفا": 1000, "الفا": 1000, "مليون": 1_000_000,
        "مليونا": 1_000_000, "ملايين": 1_000_000, "المليون": 1_000_000,
        "مليار": 1_000_000_000,
        # (lexicon 17, session 6) "3 الاف" (without hamza), billions in the plural and accusative
        "الاف": 1000, "مليارات": 1_000_000_000, "مليارا": 1_000_000_000,
        "المليار": 1_000_000_000,
        # (17gwa) "تجاوز الألف" (passed the thousand): the scale with the article, as "المليون";
        # "بليون" / "بلايين" (billion, the older and Levantine word)
        "الألف": 1000, "الالف": 1000, "بليون": 1_000_000_000, "بليونا": 1_000_000_000,
        "بلايين": 1_000_000_000,
        # (17cp, D72) trillions, as billions: singular, accusative, plural ("3 تريليونات دولار"
        # read 3 before), in both spellings
        "تريليون": 1_000_000_000_000, "تريليونا": 1_000_000_000_000,
        "تريليونات": 1_000_000_000_000, "ترليون": 1_000_000_000_000,
        "ترليونا": 1_000_000_000_000, "ترليونات": 1_000_000_000_000,
    },
    # (17gwa) a hundred written apart from its unit ("ثلاث مئة شخص", "خمس مائة قتيل") multiplies
    # it, as "ثلاثمائة" written as one word; alone it stays 100
    "small": {"مئة": 100, "مائة": 100},
    # also with the article ("الآلاف من جنود")
    "vague": {
        "عشرات": 10, "مئات": 100, "آلاف": 1000, "ملايين": 1_000_000, "العشرات": 10,
        "المئات": 100, "الآلاف": 1000, "الملايين": 1_000_000, "عشرات الآلاف": 10_000,
        "مئات الآلاف": 100_000,
        # with a clitic prefix: "تقدر بالآلاف" (estimated in the thousands), "وآلاف" (and ...)
        "بالعشرات": 10, "بالمئات": 100, "بالآلاف": 1000, "بالملايين": 1_000_000,
        "وعشرات": 10, "ومئات": 100, "وآلاف": 1000, "وملايين": 1_000_000, "لعشرات": 10,
        "لمئات": 100, "لآلاف": 1000, "لملايين": 1_000_000,
        # (17gwa) "ب" (with, by) before the plural ("بعشرات القتلى", with dozens of dead), and
        # "و" / "ل" before the plural with its article ("والآلاف", "للمئات")
        "بعشرات": 10, "بمئات": 100, "بآلاف": 1000, "بملايين": 1_000_000, "والعشرات": 10,
        "والمئات": 100, "والآلاف": 1000, "والملايين": 1_000_000, "للعشرات": 10, "للمئات": 100,
        "للآلاف": 1000,
        # (lexicon 17, session 6) written without the hamza ("عشرات الاف"), "ألوف" (thousands),
        # billions, tens and hundreds of millions (rule 7)
        "الاف": 1000, "عشرات الاف": 10_000, "مئات الاف": 100_000, "ألوف": 1000, "الوف": 1000,
        "مليارات": 1_000_000_000, "المليارات": 1_000_000_000,
        # (17cp) trillions, as billions
        "تريليونات": 1_000_000_000_000, "ترليونات": 1_000_000_000_000,
        "عشرات الملايين": 10_000_000, "مئات الملايين": 100_000_000,
        # (17ce) "مئات الألوف" (hundreds of thousands) with the plural "ألوف", as "مئات الآلاف"
        "مئات الألوف": 100_000, "عشرات الألوف": 10_000, "مئات الالوف": 100_000,
        "عشرات الالوف": 10_000,
    },
    "several": [
        "عدة", "بضع", "بضعة",
        # (lexicon 17, session 6) "عدد من" (a number of) and "بعض" (some, D9): 2 / 2 / 9 alone
        "عدد من", "بعض",
        # (17gwa) with the clitics و / ب / ل ("وبضعة جنود", "بعدة", "لبضع")
        "وبضعة", "وبضع", "ببضعة", "ببضع", "لبضعة", "لبضع", "وعدة", "بعدة", "وعدد من",
        # (21ra, D97.3) "عدداً من" (a number of, accusative: the tanween dropped, its alif stays)
        "عددا من", "وعددا من",
    ],
    "and": ["و"],
    # (17nf) units before tens joined by "و": "أربعة وثلاثين" = 34, "خمسة وعشرون" = 25 (rule 11,
    # D46)
    "und": ["و"],
    "approx": [
        "نحو", "حوالي", "حوالى", "زهاء", "تقريبا", "تقريباً", "بنحو", "بحوالي",
        # with the proclitics ل / و ("لنحو 12 مليون طفل")
        "لنحو", "ونحو", "لحوالي", "وحوالي",
        # (17cg) the same with the alif maqsura, as "حوالى" ("بحوالى 2.1 مليون", D65.1)
        "بحوالى", "لحوالى", "وحوالى",
        "~",
        # "estimated at" (تُقدَّر بـ4700; short vowels are dropped before reading)
        "تقدر بـ", "تقدر ب", "يقدر بـ", "يقدر ب", "قدرت بـ", "قدرت ب", "المقدر بـ", "المقدرة بـ",
        "تقدر", "يقدر",
        # (lexicon 17, session 6) "في حدود" / "بحدود" (in the region of)
        "في حدود", "بحدود",
        # (17gwa) the approximators with the clitics ب / ل / و ("بقرابة", "بزهاء", "بما يقارب"),
        # "ناهز" / "ناهزت" (came to about, the past of "يناهز")
        "بزهاء", "وزهاء", "لزهاء", "المقدر ب", "المقدرة ب",
    ],

    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "أكثر بقليل من", "ما يزيد بقليل عن", "ما يزيد قليلا عن", "يزيد قليلا عن", "يزيد بقليل عن",
        "أعلى بقليل من", "ما يزيد بقليل على", "ما يزيد قليلا على",
        "تخطى", "تخطت", "أكثر من", "اكثر من", "ما لا يقل عن", "لا يقل عن", "يزيد على",
        "يزيد عن", "يتجاوز", "تجاوز", "لأكثر من", "وأكثر من", "بأكثر من",
        "يفوق", "أزيد من", "تجاوزت", "لتتجاوز", "ليتجاوز", "يتخطى", "لتتخطى",
        "لا تقل عن", "ما لا تقل عن",
        # the feminine verbs (a group, a number: "مجموعة يزيد عددها على", D41)
        "تزيد على", "تزيد عن", "تتجاوز", "تفوق", "يتعدى", "تتعدى", "تتخطى",
        # (lexicon 17, session 6) "ما يربو على" (upwards of), "على أقل تقدير" (at the lowest
        # estimate)
        "ما يربو على", "يربو على", "يربو عن", "تربو على", "على أقل تقدير",
        # (17gwa) the past "تعدى" / "فاق" / "زاد على" (passed, exceeded), as "تجاوز"; "ليس أقل من"
        "تعدى", "تعدت", "فاق", "فاقت", "زاد على", "زاد عن", "زادت على", "زادت عن",
        "ليس أقل من", "بما يزيد على", "بما يزيد عن", "لما يزيد على", "لما يزيد عن",
    ],
    "at_most": [
        "ما يصل إلى", "ما يصل الى", "حتى", "أقل من", "لا يزيد عن", "لا يتجاوز", "حد أقصى",
        "يصل إلى", "يصل الى", "تصل إلى", "تصل الى", "يقل عن", "تقل عن",
        "لا تزيد عن", "لا يزيد على", "لا تزيد على", "لا تتجاوز", "لا يتعدى", "لا تتعدى",
        # (lexicon 17, session 6) "لم يتجاوز" (did not exceed): not "يتجاوز"
        "لم يتجاوز", "لم تتجاوز", "لم يتعد", "لم تتعد", "لم يزد عن", "لم يزد على", "لم تزد عن",
        "لم تزد على", "لم يتخط", "لم تتخط",
        # (17gwa) with the clitics ب / ل ("بأقل من 100 شخص")
        "بأقل من", "لأقل من", "وأقل من", "اقل من",
    ],
    # "قارب" is both "approached" and "boat" ("قارب يحمل 600 مهاجر", a boat carrying 600): as a
    # qualifier it reaches its number across number and table words only (D34, D38)
    "prepositions": ["قارب"],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "أقل بقليل من", "ما يقل بقليل عن", "ما يقل قليلا عن", "يقل قليلا عن", "يقل بقليل عن",
        "أدنى بقليل من", "دون ذلك بقليل",
        "ما يقرب من", "قرابة", "نحو من", "شبه", "يقترب من", "تقترب من", "يقارب", "تقارب",
        # (17tb) without its preposition ("ان ما يقرب 100 شخص توفوا"), as "ما يقارب" (D57.2)
        "ما يقرب", "بما يقرب", "لما يقرب", "وما يقرب",
        # (17nl) the words of closeness and approach are "nearly" in every form, as "ما يقرب من"
        # (close to) and "يقترب من" (approaching; rule 5, D51.9): "قرابة" with its clitics, "ما
        # يقارب" (what comes close to), "يناهز" / "ناهز" (approaches, approached)
        "بقرابة", "لقرابة", "وقرابة", "ما يقارب", "بما يقارب", "لما يقارب", "وما يقارب",
        "ما يناهز", "يناهز", "بما يناهز", "ناهز", "ناهزت", "تناهز",
        # "approached" ("شارفت على الـ300 ألف")
        "شارفت على", "شارف على", "تشارف على", "يشارف على", "قاربت", "قارب",
    ],
    # (17gwa) "100 أو نحو ذلك" / "او نحو ذلك" (100 or so)
    "post_approx": ["تقريبا", "تقريباً", "أو نحو ذلك", "او نحو ذلك"],
    # "علي" is a common spelling of "على"
    "post_at_least": [
        "على الأقل", "على الاقل", "علي الأقل", "علي الاقل", "+", "أو أكثر",
        # (lexicon 17, session 6) "100 على أقل تقدير", "كحد أدنى" / "بحد أدنى" (as a minimum)
        "على أقل تقدير", "كحد أدنى", "بحد أدنى", "كحد ادنى",
        # (17gwa) "100 فأكثر" / "فما فوق" / "وما فوق" (100 and over), "او أكثر" (without hamza)
        "فأكثر", "فاكثر", "فما فوق", "وما فوق", "او أكثر", "او اكثر", "أو اكثر", "أو يزيد",
    ],
    # (lexicon 17, session 6) "كحد أقصى" / "بحد أقصى" (as a maximum) after the number
    "post_at_most": [
        "كحد أقصى", "بحد أقصى", "كحد اقصى",
        # (17gwa) "100 على الأكثر" (at most 100), "100 أو أقل" / "فأقل" / "فما دون" (or fewer)
        "على الأكثر", "على الاكثر", "أو أقل", "او أقل", "او اقل", "فأقل", "فما دون", "وما دون",
    ],
    # (lexicon 17, session 6) "100 ونيف" (a hundred-odd): weak at least (D2)
    "weak_at_least": ["ونيف", "نيف", "ونيفا"],
    "additional": [
        # (23rb, D124) "added to them": a count added to an earlier one ("يضاف إليهم 5 ضحايا")
        "يضاف إليهم", "يضاف إليها", "تضاف إليها",
        "آخرين", "آخرون", "أخرى", "آخر", "إضافيين", "إضافيون", "إضافية", "جدد",
        # (17nj) the accusative after a counted noun ("674 سجينًا إضافيًا", 674 more prisoners;
        # rule 12, D49)
        "إضافيا", "اضافيا",
        # written without the hamza ("واصيب ثمانية اخرون"); not "اخرى" ("قنوات اخرى", other
        # channels, names no count)
        "اخرين", "اخرون",
        # the dual ("وأصيب شخصان آخران", two others were wounded)
        "آخران", "اخران",
        # "إضافي" (additional) after the noun, in every gender and number ("24 مليون شخص إضافي",
        # D12, D41)
        "إضافي", "اضافي", "اضافية", "اضافيين", "اضافيون",
        # (17ng) "بزيادة بلغت 228.704" (with an increase of 228,704): the noun of a rise before the
        # number is "rose by" (rule 12, D47)
        "بزيادة", "زيادة قدرها",
    ],
    "including": [
        "من بينهم", "بينهم", "من بينها", "بينها", "منهم", "بما في ذلك", "بمن فيهم",
        # (lexicon 17, session 6) the feminine plural ("من بينهن 5 نساء"), "بمن فيهن"
        "من بينهن", "بينهن", "منهن", "بمن فيهن",
        # (17gwa) "من ضمنهم" / "ضمنهم" (among them), the dual "من بينهما" and "بما فيهم"
        "من ضمنهم", "ضمنهم", "من ضمنها", "من ضمنهن", "من بينهما", "بينهما", "بما فيهم",
        "بما فيها", "بما فيهن",
    ],
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "ارتفع إلى", "ارتفعت إلى", "يرتفع إلى", "ترتفع إلى", "زاد إلى", "زادت إلى", "قفز إلى",
        "قفزت إلى", "انخفض إلى", "انخفضت إلى", "تراجع إلى", "تراجعت إلى",
        "إجمالي", "المجموع", "في المجموع", "بمجموع",
        # (lexicon 17, session 6) "إجمالا" (in all), "بإجمالي", "الإجمالي"
        "إجمالا", "بإجمالي", "الإجمالي", "اجمالي",
        # (17gwa) the feminine ("الحصيلة الإجمالية", the total toll) and "مجموعه / مجموعها"
        "الإجمالية", "الاجمالية", "الاجمالي", "الكلية", "مجموعه", "مجموعها", "مجموعهم",
    ],
    "range_pre": ["بين", "من"],
    # "إلي" is a common spelling of "إلى" (to)
    # (17gwa) "او" (or) without its hamza, as "الى"
    "range_sep": ["إلى", "الى", "إلي", "أو", "او"],
    "range_and": ["و"],
    "percent": ["%", "بالمئة", "بالمائة", "في المئة", "في المائة", "٪"],
    # multipliers ("three times") and fractions of a population ("two thirds") are no count
    "fraction": [
        # (17tb) "ثلاثة امثال" (three times as many, "أمثال" without hamza): a multiple (D57.6)
        "أمثال", "امثال",
        "أضعاف", "ضعف", "ضعفي", "مرات", "نصف", "ثلث", "ثلثي", "ثلثا", "أرباع", "ربع", "معظم",
        "غالبية",
    ],
    # (17nj) per mille ("‰") is a rate per thousand: no count, no per cent (rule 13, D49)
    "rate": [
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "في الكيلومتر المربع", "لكل كيلومتر مربع", "الكيلومتر المربع الواحد",
        "‰", "يوميا", "يومياً", "في اليوم", "أسبوعيا", "شهريا", "سنويا", "كل", "يومي", "شبه يومي",
        # (17gwa) "لكل 100 ألف نسمة" (per 100,000), an average ("بمعدل", "في المتوسط"; D40),
        # per capita ("للفرد"), per mille ("بالألف", "في الألف"); not "متوسط" alone (also
        # "medium": "صاروخ متوسط المدى")
        "لكل", "بمعدل", "في المتوسط", "بمتوسط", "للفرد", "بالألف", "في الألف",
    ],
    # (17gwa) the duals ("كتيبتين"), "أفواج" and "فيلق" (corps); not "سرية" (a company, also
    # "secret") nor "فرق" (divisions, also "teams" and "difference")
    "units": [
        "كتيبة", "كتائب", "لواء", "ألوية", "فوج", "فرقة", "كتيبتين", "كتيبتان", "لواءين", "أفواج",
        "فيلق", "فيالق",
    ],
    # (17gwa) "الكثير" (many), "كثيرون", "أعداد كبيرة" (large numbers), "عديد", "لا يحصى"
    "uncountable": [
        "كثير", "العديد", "عدد كبير", "الكثير", "كثيرون", "كثيرين", "أعداد كبيرة", "عدد هائل",
        "أعداد غفيرة", "لا يحصى", "لا تحصى",
    ],
    # The figure engine also reads "كانون" and "تشرين" on their own (the period table lists them
    # only with الأول / الثاني).
    "months": [*(form for forms in MONTHS for form in forms), "كانون", "تشرين"],
    # also "since the start of 2025" (منذ مطلع 2025), "by the end of", "mid-" (D7)
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "قبل", "بعد", "طوال",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "خلال", "أثناء",
        "عام", "العام", "في", "منذ", "سنة", "مطلع", "بداية", "نهاية", "أواخر", "اواخر", "أوائل",
        "اوائل", "منتصف",
        # (17gwa) "لعام 2024" (for 2024), "أواسط" (mid), the seasons ("صيف 2023")
        "لعام", "وعام", "بعام", "لسنة", "السنة", "أواسط", "اواسط", "صيف", "شتاء", "ربيع", "خريف",
    ],
    # (17gwa) "2024م" (AD, the Gregorian mark): a year; "م" is cut from the digits as a word
    "year_post": ["م"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a category,
    # type, degree, rank or place ("احتل المركز 3"; "المركز" alone is also "the centre": "استقبل
    # المركز 20 حالة و5 وفيات"), a draw, an age ("بعمر 47")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "الخط الساخن", "الرقم", "رقم", "بالرقم", "ناقص",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "بقوة", "قوته", "بلغت قوته", "درجة حرارة", "درجة الحرارة", "حرارة",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "الفصل", "المادة", "بالمادة", "للمادة", "الكيلو", "الكيلومتر",
        "الفئة", "النوع", "الدرجة", "المرتبة", "احتل المركز", "احتلت المركز", "يحتل المركز",
        "تحتل المركز", "بالمركز", "السحب", "عمر", "بعمر", "عمره",
        "عمرها", "العمر", "سن", "بسن",
        # (17cu) a century named by its number ("القرن 19", "في القرن الـ20"): no count beside
        # another number (D77.2); its ordinal in words ("القرن العشرين") stays unread (17nf)
        "القرن", "قرن", "بالقرن", "للقرن", "القرن الـ", "القرن ال",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "بسعة",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("فوق مركبة أخرى … السيارتين")
    "other_words": ['أخرى', 'آخر', 'آخرون', 'آخرين', 'أخريات'],
    "source_words": ["(?<!\\w)(?:حسب|بحسب|وفق|وفقا ل)(?!\\w)"],
    "compared_pre": [
        "مقارنة ب", "مقارنة مع", "بالمقارنة مع", "بالمقارنة ب", "مقابل",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "شارع",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "كيلو فولت", "كيلوفولت", "كيلوواط", "ميغاواط", "ميجاوات", "ميجاواط", "فولت",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "درجة تحت الصفر", "تحت الصفر", "طابقا", "طوابق",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "ملم", "مم", "ملليمتر",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "درجات", "درجة", "درجة مئوية",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "متر", "مترا", "أمتار", "امتار", "كيلومتر", "كيلومترات", "كم",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "قدم", "قدما", "أقدام", "اقدام", "ميل", "ميلا", "أميال", "اميال",
        # (19ms, D89) the definite plural after a vague magnitude ("مئات الأمتار", hundreds of
        # metres)
        "الأمتار", "الامتار", "الكيلومترات", "الأقدام", "الاقدام", "الأميال", "الاميال",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "هكتار", "هكتارات", "هكتارا", "دونم", "دونمات", "دونما",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "من",
    ],
    "time_units": [
        # (17cs) a size of a building ("مبنى من 20 طابقا"): a measure, no count; dropped
        # as durations are (D32, D49.9)
        "طابقا", "طوابق",
        "ساعة", "ساعات", "يوم", "أيام", "أسبوع", "أسابيع", "شهر", "أشهر", "سنة", "سنوات",
        "عام", "عاما", "عامًا", "أعوام", "دقيقة", "دقائق",
        # (17nf) the accusative "يوما" (after 11-99: "منذ 15 يوما", for 15 days), "شهرا", "ساعة"
        # forms and "الأيام" with the article ("خلال الأيام الخمسة الماضية"): durations (D7, D46)
        "يوما", "يومًا", "شهرا", "شهرًا", "أسبوعا", "ساعات", "الأيام", "الساعات", "الأشهر",
        "الأسابيع", "السنوات", "الأعوام",
        # (17gwa) the broken plurals "شهور", "سنين", "عقود" (decades) and "ثوان" (seconds)
        "شهور", "الشهور", "سنين", "عقود", "ثوان", "ثواني", "ليلة", "ليال",
    ],
    "stop": [
        # (17nl) "في يوم واحد" (in a single day): one day, no count of one (D8, D51.7)
        "يوم واحد", "ليلة واحدة", "ساعة واحدة", "أسبوع واحد", "شهر واحد",
        # (17nk) "خلال نصف العام الحالي" (in half of this year): a period, no fraction (D7, D50)
        "نصف العام", "نصف السنة",
        # (22rd, D113) half an hour, a day, a century: a duration, no fraction of the count
        "نصف ساعة", "نصف الساعة", "نصف يوم", "نصف قرن",
        # (17nk) "حتى الآن" (so far): no "up to" (D50)
        "حتى الآن", "حتى الان",
        # (17nj) the ordinals 11th-19th ("الثالث عشر", the thirteenth; "الحادية عشرة") are no
        # counts: one word of this table, so that "عشر" is no ten (D7, D49)
        "الحادي عشر", "الحادية عشرة", "الثاني عشر", "الثانية عشرة", "الثالث عشر", "الثالثة عشرة",
        "الرابع عشر", "الرابعة عشرة", "الخامس عشر", "الخامسة عشرة", "السادس عشر", "السادسة عشرة",
        "السابع عشر", "السابعة عشرة", "الثامن عشر", "الثامنة عشرة", "التاسع عشر", "التاسعة عشرة",
        "جندي", "جنود", "كوري", "شمالي", "قتيل", "قتلى", "جريح", "جرحى", "في", "من", "على", "و",
        "الأقل", "نحو",
    ],
}

# (17cl) a change told with its amount in per cent, then "from A to B" ("انخفض عدد الشكاوى
# بنسبة 8%، من 27 862 إلى 25 610"): the amount dropped, the change "from A to B" reads B as
# D61.1 says (D64.8 for Arabic, D69); without a verb of change "from A to B" stays a range.
# First of the rewrites, before that of the change.
FIGURES["rewrites"].insert(0, (
    r"\b((?:ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تراجع|تراجعت|قفز|قفزت|"
    r"زاد|زادت)(?: [^\d\s]+){0,6}) (?:بنسبة|بمعدل) \d[\d.,]*\s?(?:%|٪|في المائة|في المئة|"
    r"بالمائة|بالمئة)[،,]?(?= من \d)",
    r"\1",
))
# (17cp, D72.8) the conjunctions و / ف and the prepositions ب / ل / ك are written glued to the word
# after them: before a scale, a vague plural or a "several" word they are split off ("فعشرات
# القتلى", "لعدة أشخاص", "ولآلاف اللاجئين", "بألف دولار"; "لل" is ل + ال: "للملايين"), so the word
# reads as written alone; the glued forms the table lists read as before. Not before a number word
# of units or tens, whose "و" joins numbers (rewrites above).
_QUANTITY_WORDS = {
    w for field in ("scales", "vague", "several") for w in FIGURES[field]
    if " " not in w and "\\" not in w
}
_GLUED_WORDS = longest_first(
    # the words themselves, not the glued forms the table lists ("وعشرات", "بالآلاف", "للمئات")
    {w for w in _QUANTITY_WORDS
     if not (w[1:] in _QUANTITY_WORDS or w[2:] in _QUANTITY_WORDS
             or (w.startswith("لل") and "ال" + w[2:] in _QUANTITY_WORDS))}
)
_GLUED_KNOWN = {w for field in ("scales", "vague", "several", "approx") for w in FIGURES[field]}
# (17dc, D84.1) the whole class of scale words: the duals of the hundred, the thousand, the million,
# the billion and the trillion in their three forms (nominative "-ان", oblique "-ين", construct
# "-ا" / "-ي": "بألفي شخص", "وبمليونين و141 ألف", "لمائتي طفل"), the hundred ("بمئة شخص") and the
# hundreds written as one word ("بخمسمائة"), split from the clitics و ف ب ل ك as the scales are.
# Before the units and tens that multiply a scale ("بثلاثة آلاف" read 1,000, "بعشرين ألفا"
# 1,000) only the prepositions ب ل ك are split: a "و" there joins numbers ("مئة وخمسة", the
# rewrites above)
_DUAL_WORDS = longest_first(
    {w for w, v in FIGURES["numbers"].items()
     if v in (200, 2000, 2_000_000, 2_000_000_000, 2_000_000_000_000) and " " not in w}
    | {w for w, v in FIGURES["numbers"].items() if v in range(300, 1000, 100)}
    | set(FIGURES["small"])
)
_PREP_WORDS = [
    "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    *(t + e for t in ("عشر", "ثلاث", "أربع", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
      for e in ("ون", "ين")),
]
FIGURES["rewrites"] += [
    # (D84.1) "ب" (at) glued to a scale word after the verb "estimate" is "about", as before digits
    # (17cg: "قدر عددها بمليونين و141 ألف", "تقدر بألفي شخص")
    (
        r"(?<!\S)([وف]?(?:يقدر|تقدر|قدرت|قدر|يقدرون|قدروا)(?!\S)[^\d،,.;:؛]{0,80}?)(?<!\S)ب"
        r"(?=(?:" + "|".join(_DUAL_WORDS + _PREP_WORDS + _GLUED_WORDS) + r")(?!\S))",
        r"\1حوالي ",
    ),
    (
        r"(?<!\S)(?!(?:" + "|".join(longest_first(_GLUED_KNOWN)) + r")(?!\S))"
        r"(?:([وف])([بلك])?|([بلك]))(?=(?:ال)?(?:" + "|".join(_GLUED_WORDS) + r")(?!\S))",
        r"\1 \2\3 ",
    ),
    (
        r"(?<!\S)(?:([وف])([بلك])?|([بلك]))(?=(?:" + "|".join(_DUAL_WORDS) + r")(?!\S))",
        r"\1 \2\3 ",
    ),
    (
        r"(?<!\S)([وف]?)([بلك])(?=(?:" + "|".join(_PREP_WORDS) + r")(?!\S))",
        r"\1 \2 ",
    ),
    # and "و" / "ف" before a unit that multiplies the plural scale after it ("وثلاثة آلاف شخص",
    # "مليون وثلاثة آلاف" = 1,003,000)
    (
        r"(?<!\S)([وف])(?=(?:" + "|".join(_PREP_WORDS[:9]) + r") (?:آلاف|ملايين|مليارات|بلايين)"
        r"(?!\S))",
        r"\1 ",
    ),
    (
        r"(?<!\S)([وف]?)لل(?=(?:" + "|".join(_GLUED_WORDS) + r")(?!\S))",
        r"\1 ل ال",
    ),
]

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["الشتاء"],
        "spring": ["الربيع"],
        "summer": ["الصيف"],
        "autumn": ["الخريف"],
    },
    "words": {
        "rel:last": ["الماضي", "الماضية", "السابق", "المنصرم", "المنصرمة"],
        "rel:this": ["هذا", "هذه", "الحالي", "الجاري", "الجارية"],
        "rel:next": ["القادم", "المقبل", "المقبلة", "القادمة"],
        "unit:day": ["يوم"],
        "units:day": ["أيام"],
        "unit:week": ["الأسبوع", "أسبوع"],
        "unit:month": ["الشهر", "شهر"],
        "units:month": ["أشهر", "شهور"],
        "unit:year": ["العام", "السنة", "عام"],
        "part:begin": ["بداية", "مطلع", "أوائل"],
        "part:mid": ["منتصف"],
        "part:end": ["نهاية", "أواخر"],
        "day:0": ["اليوم"],
        "day:-1": ["أمس", "الأمس"],
        "now": ["حتى الآن", "حاليا", "حالياً", "الآن"],
        "before": ["مؤخرا", "مؤخراً", "سابقا"],
        "since": ["منذ"],
        "until": ["حتى"],
        "between": ["بين"],
        "and": ["و"],
    },
}

# (17cm, D67.3) "في قرية واحدة لقي 30 شخصا حتفهم" (in one village 30 people died): "واحد /
# واحدة" after a noun that a preposition governs (في, على, من, إلى, عن, داخل, خارج, قرب, لدى,
# عند, أمام, حول, على متن; or the clitics ب / ل / ك on the noun) locates the counted and is no
# count when another quantity stands in the phrase, before or after it: the grammar's closed
# class of prepositions, not a list of nouns. Not after "أكثر من / أقل من" (more / fewer than
# one). Alone ("قتل شخص واحد", "في قرية واحدة") it stays as it was (D8)
_AR_ONES = {"واحد", "واحدة"}
_AR_OTHER = "|".join(
    longest_first(
        (set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])) - _AR_ONES
    )
)
FIGURES["rewrites"].append((
    r"^(?=.*(?:\d|(?<!\S)(?:" + _AR_OTHER + r")(?!\S)))"
    r"(.*?(?<!\S)(?:(?<!أكثر )(?<!اكثر )(?<!أقل )(?<!اقل )(?:في|فى|على|من|إلى|الى|عن|داخل|"
    r"خارج|قرب|لدى|عند|أمام|حول|متن)(?: \S+){1,2}?|[بلك]\S{2,})) (?:واحد|واحدة)(?!\S)",
    r"\1",
))
# (17ck, D68) a vague magnitude repeated, and a measure told in the singular
FIGURES.update({
    # (D68.1) "آلاف وآلاف", "مئات ومئات": "and" is glued to the second word, or stands alone
    "repeat": ["و"],
    # (D68.2) the indefinite singular of a unit of mass, area or volume is one unit: "أكثر من
    # طن", "نحو طن", "كيلوغراما من الهيروين" (not beside a number: "20 طنا", "طن واحد")
    "measure_one": [
        "طن", "طنا", "طنًا", "كيلوغرام", "كيلوغراما", "كيلوغرامًا", "كيلوجرام", "كيلوجراما",
        "كيلوجرامًا", "هكتار", "هكتارا", "هكتارًا", "لتر", "لترا", "لترًا", "فدان", "فدانا",
        "فدانًا", "دونم", "دونما", "دونمًا",
    ],
})

# (17cv, D78.3) halves and compound magnitudes: "7 ملايين ونصف المليون", "مليون ونصف" (a million
# and a half), "3 آلاف ونصف": "ونصف" (and half) after a magnitude, alone or with the magnitude
# again, is half of it, told as the next lower magnitude ("7 ملايين و500 الف"; it read 7,000,000
# or 1,000,000 before, the half dropped); not before a definite noun ("مليون ونصف المصابين", and
# half of the injured: a share). A hundreds word glued to "و" after a magnitude and before a
# lower one ("مليار ومائة مليون", "3 ملايين ومائتا ألف") is written in digits, as "مليار و100
# مليون" reads already (the word with the lower magnitude read as a second quantity)
# (17dc, D84.1: the oblique dual "-ين" too, "أكثر من مليونين ونصف المليون")
_AR_MILLIONS = r"مليون|ملايين|مليونا|مليونان|مليونين|مليوني"
_AR_BILLIONS = r"مليار|مليارات|مليارا|ملياران|مليارين|ملياري"
_AR_THOUSANDS = r"ألف|الف|آلاف|الاف|ألفا|الفا|ألفان|الفان|ألفين|الفين|ألفي|الفي"
FIGURES["rewrites"] += [
    (
        r"(?<!\S)(" + big + r") و ?نصف(?: (?:ال)?(?:" + big + r"))?(?!\S)(?! ال)",
        r"\1 و" + half,
    )
    for big, half in (
        (_AR_BILLIONS, "500 مليون"), (_AR_MILLIONS, "500 الف"), (_AR_THOUSANDS, "500"),
    )
]
_AR_HUNDREDS = {
    100: "مائة|مائه|مئة|مئه",
    200: "مائتا|مائتي|مائتان|مئتا|مئتي|مئتان",
    **{
        n * 100: "|".join(
            stem + h for stem in stems for h in ("مائة", "مائه", "مئة", "مئه")
        )
        for n, stems in (
            (3, ("ثلاث",)), (4, ("أربع", "اربع")), (5, ("خمس",)), (6, ("ست",)), (7, ("سبع",)),
            (8, ("ثمان", "ثماني")), (9, ("تسع",)),
        )
    },
}
FIGURES["rewrites"] += [
    (
        r"(?<!\S)(" + _AR_BILLIONS + "|" + _AR_MILLIONS + r") و ?(?:" + words + r") ("
        + _AR_MILLIONS + "|" + _AR_THOUSANDS + r")(?!\S)",
        r"\1 و" + str(value) + r" \2",
    )
    for value, words in _AR_HUNDREDS.items()
]
# (17dc, D84.1) "ألفا شخص", "مليونا دولار", "مليارا ريال" (two thousand persons, two million
# dollars): the nominative dual in construct loses its "ن" and is spelt as the accusative singular
# "ألفًا" once the tanween is dropped (SPELLING). The singular accusative follows a number ("20
# ألفا", "أحد عشر ألفا") or stands without an indefinite noun after it ("بلغ ألفا", "ألفا من
# الجنود", "ألفا في"); the dual stands first and before its counted noun, indefinite. Not after a
# number or the words that name a variant, a force or a brand ("متحور ألفا", "قوة ألفا"), nor
# before a preposition, a particle, a definite word, "و" or digits ("ألفا روميو" a brand)
_AR_NOT_AFTER_DUAL = "".join(
    f"(?<!{w} )" for w in (
        "عشر", "عشرة", *(t + e for t in ("عشر", "ثلاث", "أربع", "اربع", "خمس", "ست", "سبع",
                                          "ثمان", "تسع") for e in ("ون", "ين")),
        "متحور", "المتحور", "متحورة", "سلالة", "السلالة", "متغير", "المتغير", "نسخة", "فئة",
        "قوة", "فريق", "شركة", "مجموعة", "عملية", "طراز",
    )
)
FIGURES["rewrites"].append((
    r"(?<!\S)(?<![\d.,] )" + _AR_NOT_AFTER_DUAL + r"([وفبلك]?)(ألف|مليون|مليار|بليون)ا"
    r"(?= (?!(?:من|في|فى|على|علي|إلى|الى|عن|حتى|خلال|منذ|بين|مع|أو|او|ثم|قد|لقد|ما|لم|لن|لا|"
    r"حسب|وفق|بعد|قبل|آخر|اخر|إضافي|اضافي|روميو|بيتا|فقط|تقريبا|أو أكثر)(?!\S))(?!و|ال)[^\W\d])",
    r"\1 \2ي",
))
# the dual of a million or a billion before "و" and digits is two of it and the digits, as
# "ألفين و947" (D63.4): "مليونان و500 ألف" = 2,500,000
FIGURES["rewrites"] += [
    (r"(?<!\S)(?:مليونان|مليونين|مليوني)(?= و ?\d)", "2 مليون"),
    (r"(?<!\S)(?:ملياران|مليارين|ملياري)(?= و ?\d)", "2 مليار"),
]

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "دون" / "ما
# دون" (below; a preposition too), "لم يبلغ / لم يصل إلى" in its genders; a verb of a rise with
# "بمقدار" / "بواقع" / "ب" before its count ("ارتفع عدد القتلى بمقدار 12", "زاد … بـ340",
# "بنحو 200") is "rose by N", additional (rule 12), as "بزيادة"
_AR_BELOW = ["دون", "ما دون", "إلى ما دون", "الى ما دون", "لما دون", "إلى دون", "الى دون"]
FIGURES["at_most"] += _AR_BELOW + [
    "لم يبلغ", "لم تبلغ", "لا يبلغ", "لا تبلغ", "لم يصل إلى", "لم تصل إلى", "لم يصل الى",
    "لم تصل الى", "لم يصل", "لم تصل",
]
FIGURES["prepositions"] += _AR_BELOW
# the verb first, its subject between ("لم يصل عدد الضحايا إلى 100"): the subject after the verb
FIGURES["rewrites"].append((
    r"(?<!\S)(لم|لا) (يصل|تصل|يبلغ|تبلغ|يتجاوز|تتجاوز)((?: [^\d\s]+){1,3}?) (?:(?:إلى|الى) ?)?"
    r"(?=\d)",
    r"\3 \1 \2 ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)((?:ارتفع|ارتفعت|يرتفع|ترتفع|زاد|زادت|يزيد|تزيد|ازداد|ازدادت|تزايد|تزايدت|قفز|قفزت)"
    # (\s, not a space, before the preposition: the verbs gate the rewrite, not " ب")
    r"(?: [^\d\s]+){0,6})\s(?:بمقدار |بواقع |ب ?(?=\d)|ب(?=(?:نحو|حوالي|قرابة|أكثر من|اكثر من) ))",
    r"\1 بزيادة ",
))

# (20fa, D92.1) a dual noun agreeing with "آخران / أخريان" (two others) is two, additional: "ونجا
# متسلقان آخران" (two other climbers survived) = 2; the noun need not be in the table of duals. Only
# the nominative: the oblique "آخرين" is also the plural
FIGURES["rewrites"].append((
    # (anchored at the start: a rewrite that starts with a negated class blinds the table's gate)
    r"^(.*?)(?<!\S)[^\s\d]{2,}ان (?=(?:آخران|اخران|أخريان|اخريان)(?!\S))",
    r"\1اثنان ",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)(?:واحدة|واحد|واحدا|واحدًا|إحدى|أحد) (?:من )?(?=(?:أسوأ|أكبر|أكثر|أعلى|أخطر|"
    r"أشد|أضخم|أعنف)(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(?:واحدا|واحدًا|واحدة|واحد) (?:تلو|بعد) (?:الآخر|الأخرى|واحد)(?!\w)", " ",
))

# (22rb, D108) a per cent of rise told with "بنسبة" (by) after a verb or noun of rise ("ارتفع عدد
# الحالات بنسبة 10%", "زيادة بنسبة 10%") is additional, as "بمقدار 12" (17dc, D84.2) and "rose by
# 5 %" (rule 12, D65); not after a fall, nor "بمعدل" (a rate)
FIGURES["rewrites"].append((
    r"(?<!\S)((?:ارتفع|ارتفعت|يرتفع|ترتفع|زاد|زادت|يزيد|تزيد|ازداد|ازدادت|تزايد|تزايدت|قفز|قفزت)"
    r"(?: [^\d\s]+){0,6}|زيادة|بزيادة|ارتفاع|بارتفاع|ارتفاعا|ارتفاعًا)\sبنسبة "
    r"(?=\d[\d.,٫]*\s?(?:%|٪|في المائة|في المئة|بالمائة|بالمئة))",
    r"\1 بزيادة ",
))

# (23rc, D125) "A or maybe B" is a range (rule 6), as "أو" ("خمسة أو ربما ستة أشخاص")
FIGURES["range_sep"] += ["أو ربما", "او ربما"]

# (23rf, D137) a noun of a rise right before the count or per cent it adds ("زيادة 500 حالة",
# "ارتفاع 9.4%", "نمو بنسبة 12%"): additional, as "بزيادة" and "ارتفاع بنسبة" (rule 12, D108);
# "ارتفاع" before a count alone is also a height (not written)
FIGURES["rewrites"].append((
    r"(?<!\S)[وب]?(?:زيادة|ارتفاع|نمو|صعود) (?=(?:نحو |حوالي )?\d[\d.,]* ?(?:%|٪|بالمئة|بالمائة|"
    r"في المئة|في المائة))",
    "بزيادة ",
))
FIGURES["rewrites"].append((r"(?<!\S)[وب]?زيادة (?=(?:نحو |حوالي )?\d)", "بزيادة "))
FIGURES["rewrites"].append((r"(?<!\S)[وب]?(?:نمو|صعود) (?=بنسبة)", "بزيادة "))

# (23rf, D138) "أعلى من" (higher than) and "أدنى من" (lower than) before the number: at least / at
# most (rules 3, 4), as "أكثر من", "أقل من"; "فوق" (above), a preposition, at least
FIGURES["at_least"] += ["أعلى من", "فوق"]
FIGURES["at_most"] += ["أدنى من"]
FIGURES["prepositions"] += ["فوق"]

# (23rf, D140) "N مرة / مرات في الشهر" (N times a month; a week, a year, a day): a rate (rule 13,
# D19), as "N مرة شهريا" and "كل شهر" read
FIGURES["rate"] += [
    "مرة في الشهر", "مرات في الشهر", "مرة في الأسبوع", "مرات في الأسبوع", "مرة في السنة",
    "مرات في السنة", "مرة في العام", "مرات في العام", "مرة في اليوم", "مرات في اليوم",
]

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "إضافيين" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("إضافيين"))

# (24ra, D141) "بمقدار" (by the amount of) opening a figure text ("بمقدار 893 ألف مشتغل") tells the
# size of a change: additional, as "بزيادة" (rule 12, D84.2 after a verb). "بنسبة" (by a rate of)
# alone is also the share a count makes ("بنسبة 40%" of a whole): left. A verb of a rise with its
# proclitic ("لترتفع", "وارتفعت", "فزادت") before "بنسبة / بمقدار", and a per cent in words after
# it ("بنسبة أربعين بالمئة"), as the verb alone (D108); not "بنسبة تزيد عن 8%" (a rate told
# with a verb of its own: as before)
FIGURES["rewrites"].append((r"^\s*\(?بمقدار (?=\S)", "بزيادة "))
FIGURES["rewrites"].append((
    r"(?<!\S)[وفل]{0,2}((?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفعوا|زاد|زادت|يزيد|تزيد|ازداد|ازدادت|"
    r"يزداد|تزداد|تزايد|تزايدت|يتزايد|قفز|قفزت|يقفز|تقفز)(?: [^\d\s]+){0,6}?)\s(?:بنسبة|بمقدار) "
    r"(?=(?:نحو |حوالي |قرابة |أكثر من |اكثر من )?(?:\d|[^\d\s]+ (?:%|٪|بالمئة|بالمائة|في المئة|"
    r"في المائة)))",
    r"\1 بزيادة ",
))

# (24ra, D143) "تجاوز / تخطى" as participles ("متجاوزا 31 ألفا"): at least (rule 3), as "تجاوز";
# "اقترب / اقتربت من" in the past and as participles: nearly, as "يقترب من"
FIGURES["at_least"] += [
    "متجاوزا", "متجاوزًا", "متجاوزة", "متجاوزين", "متخطيا", "متخطيًا", "متخطية", "متخطين",
]
FIGURES["nearly"] += [
    "اقترب من", "اقتربت من", "اقتربوا من", "مقتربا من", "مقتربًا من", "مقتربة من", "تقترب من",
    "يقتربون من",
]
# (35rb, D234.1) the verb of approach first, what approaches between the verb and its preposition
# ("اقترب عدد المصابين من 80 ألفا", the number of injured approached 80,000; "يقترب حاليا من 100
# مليون حالة"): the subject is put before the verb, so "اقترب من" / "شارف على" stand right before
# the count and read nearly (rule 5) as they do alone. Only after a word of a number or toll
# (عدد, حصيلة, إجمالي …) or an adverb of time: "اقترب الجيش من 5 قرى" (approached five villages)
# is a place, read as before. The one-word verbs ("قاربت حصيلة القتلى 500") read so already; قارب
# (also "boat") only with its subject word
_AR_APPROACH_SUBJECT = (
    r"(?:[وبل]?(?:ال)?(?:عدد|أعداد|اعداد|حصيلة|إجمالي|اجمالي|مجموع|رقم|أرقام|ارقام)"
    r"|حاليا|حاليًا|حالياً|الآن|الان|اليوم|تدريجيا|تدريجيًا|بذلك)"
)
FIGURES["rewrites"].append((
    r"(?<!\S)[وف]?س?((?:اقترب|اقتربت|يقترب|تقترب) (?=\S)|(?:شارف|شارفت|يشارف|تشارف) (?=\S))"
    r"(" + _AR_APPROACH_SUBJECT + r"(?: [^\d\s]+){0,5}?) (من|على) ?"
    r"(?=\d|(?:مليون|ملايين|ألف|الف|آلاف|مئة|مائة)(?!\S))",
    r"\2 \1\3 ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)[وف]?((?:قارب|قاربت) )(" + _AR_APPROACH_SUBJECT + r"(?: [^\d\s]+){0,5}?) (?=\d)",
    r"\2 يقارب ",
))

# (24rb, D147) multipliers are no counts (rule 13): the accusative and dual of ضعف ("30 ضعفا",
# "ضعفين"), as أضعاف
FIGURES["fraction"] += ["ضعفا", "ضعفاً", "أضعافا", "أضعافاً", "ضعفين", "ضعفان", "مضروبا في"]

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['أي', 'أى', 'بمعنى', 'يعني']

# (24rd, D155) a point and three digits before "million / billion" is the decimal point in
# Arabic reporting with Latin digits ("2.850 مليون شخص" = 2,850,000; "1.831 مليون حاج"): no
# thousands group before a scale of millions. Not before ألف (thousand): "961.382 ألف" is left
FIGURES["rewrites"].insert(0, decimal_point_before("مليون\\w*|ملايين|مليار\\w*|مليارات|بليون\\w*"))

# (24rc, D150) a noun of a rise right before the size it adds told in words ("زيادة ثمانية بالمئة",
# "بزيادة ثلاثة آلاف"): additional, as in digits (D137); "ارتفاع / نمو / صعود" only before a per
# cent (a height, "ارتفاع ثلاثة أمتار", is no rise)
_AR_NUMBER = number_word(w for w, v in FIGURES["numbers"].items() if v >= 2)
# (the look-ahead stands before the space it reads, so that the engine's loose scan, which drops a
# look-ahead followed by more, does not carry the table's 1,300 number words)
FIGURES["rewrites"].append((
    r"(?<!\S)[وب]?(?:زيادة|ارتفاع|نمو|صعود)(?= (?:نحو |حوالي )?" + _AR_NUMBER
    + r"(?: [^\W\d_]+)? ?(?:%|٪|بالمئة|بالمائة|في المئة|في المائة)) ",
    "بزيادة ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)[وب]?زيادة(?= (?:نحو |حوالي )?" + _AR_NUMBER + ") ", "بزيادة ",
))

# (24rc, D151) the rates of a surface the table lacked ("للهكتار", "في الهكتار", "للمتر المربع"):
# rule 13, D19, D114, as "في الكيلومتر المربع" reads. "خلال اليوم" (during the day) is not written:
# the day's total as often ("قتل 50 شخصا خلال اليوم"); round 64's "292 رحلة خلال اليوم" stays a
# known miss
FIGURES["rate"] += [
    "للهكتار", "في الهكتار", "الهكتار الواحد", "للمتر المربع", "في المتر المربع",
    "المتر المربع الواحد",
]

# (25ra, D166) the qualifier words in their loose spellings (a bare alif for the hamza's seat,
# final ya and alif maqsura swapped, ta marbuta as ha) and the colloquial "أكتر من" (more than;
# lang/_forms.py): read as the written words
for _key in ("approx", "at_least", "at_most", "nearly", "post_approx", "post_at_least",
             "post_at_most", "post_nearly"):
    if _key in FIGURES:
        FIGURES[_key] += arabic_spellings(FIGURES[_key])

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D171) the adverbial accusative of a rise ("ارتفاعا بحوالي 2.34 مليار", rising by about
# 2.34 billion) and its participle ("مرتفعا بنسبة", "مرتفعة ب") before "ب" and the size: "rose by
# N", additional, as the verbs' "ب" (D65, rule 12); the noun "ارتفاع" alone (a height: "على
# ارتفاع 500 متر") is left as it reads
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(?:ارتفاعا|ارتفاعًا|ارتفاعاً|مرتفعا|مرتفعًا|مرتفعاً|مرتفعة|مرتفعه)\s(?:بمقدار |بواقع |"
    r"ب ?(?=\d)|ب(?=(?:نحو|حوالي|قرابة|أكثر من|اكثر من) ))",
    "بزيادة ",
))

# (25rb, D172) the dual of a million or a billion with the article before an indefinite noun
# ("جاوز المليوني نزيل", passed two million inmates) is the dual, 2,000,000, as "مليوني"; not
# after a definite noun ("الحشد المليوني", the million-strong crowd: an adjective), and not
# "الألفين" (also the year 2000); anchored at the start, so that the table's gate is not blinded
# (a negated class first, tests/test_figures_passes.py)
FIGURES["rewrites"].insert(0, (
    r"^((?:.*?(?<!\S)(?!ال)[^\d\s]+ )?)(?:المليوني|المليونين|المليونان)(?= (?!ال)[^\d\s])",
    r"\g<1>2 مليون",
))
FIGURES["rewrites"].insert(0, (
    r"^((?:.*?(?<!\S)(?!ال)[^\d\s]+ )?)(?:الملياري|المليارين|الملياران)(?= (?!ال)[^\d\s])",
    r"\g<1>2 مليار",
))

# (25rd, D179) the unit one written "إحدى" / "أحد" before "و" and a ten: "إحدى وستون دولة",
# "أحد وعشرون شخصا" (61, 21) read only the ten (60, 20), as "إحدى" alone is "one of" (no
# number); "واحد وستون" reads 61 already: written so. Not "إحدى عشرة" / "أحد عشر" (11, read),
# nor "إحدى" before anything but a ten ("إحدى الدول", one of the states). First of the rewrites
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(?:إحدى|أحد) و(?=(?:عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)(?!\S))",
    "واحد و",
))

# (26ra, D183) the noun of a rise and "its rate / its amount" before the size ("بارتفاع نسبته 5.4
# بالمئة", "زيادة مقدارها 154 ألفاً و302"): "بزيادة", additional, as "زيادة قدرها" (rule 12, D137);
# "ارتفاع" (also a height) only before a per cent
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)[وب]?(?:زيادة|ارتفاع|ارتفاعا|ارتفاعًا|نمو|صعود) (?:نسبته|نسبتها|مقداره|مقدارها|قدره|"
    r"قدرها|بلغت|بلغ|تبلغ) (?=(?:نحو |حوالي )?\d[\d.,٫]* ?"
    r"(?:%|٪|بالمئة|بالمائة|في المئة|في المائة))",
    "بزيادة ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)[وب]?زيادة (?:مقداره|مقدارها|نسبتها|نسبته|بلغت|تبلغ) (?=(?:نحو |حوالي )?\d)",
    "بزيادة ",
))

# (26rb, D187.3) per person told with the noun of a person ("25 كجم للشخص الواحد", "للمواطن",
# "للأسرة الواحدة"): a rate, as "للفرد" (rule 13, D40); only the definite noun with "لـ" and
# "الواحد / الواحدة" or after a measure, not "للشخص المسؤول" (to the person in charge: the
# phrase "للشخص" alone is listed only with a unit of measure before it). (26rb, D186.3) "4G"
FIGURES["rate"] += [
    "للشخص الواحد", "للفرد الواحد", "للمواطن الواحد", "للأسرة الواحدة", "للعائلة الواحدة",
    "لكل فرد", "لكل مواطن", "لكل أسرة", "لكل عائلة",
]
FIGURES["rewrites"] += [
    (r"(\d[\d.,]* ?(?:كجم|كغم|كيلوغرام|كيلوجرام|كيلو|كغ|غرام|جرام|لتر|لترات|طن|أطنان|متر|"
     r"مترا|أمتار|دولار|دولارا|دولارات|جنيه|جنيها|ريال|ريالا|درهم|درهما|دينار|دينارا)) "
     r"(?:للشخص|للمواطن|للفرد)(?![\u0600-\u06ff])", r"\1 للفرد الواحد"),
    *GENERATION,
]

# (27ru, D195) an exchange of two counts: after a word of exchange or release ("الإفراج عن 1968
# أسيرًا فلسطينيًا مقابل 20 إسرائيليًا", "تبادل ... مقابل"), "مقابل" is "in exchange for", no earlier
# value of a comparison (D66.1, the old count of 17cc): two quantities, no single count (D5).
# First of the rewrites, before 17cc's reads "مقابل N" as the old count
FIGURES["rewrites"].insert(0, (
    r"((?:الإفراج|الافراج|إفراج|افراج|الإطلاق|إطلاق سراح|اطلاق سراح|تبادل|مبادلة|صفقة|يفرج|"
    r"أفرج|افرج|تفرج|سيفرج|ستفرج|الإفراج عن|مقايضة|"
    # (28ru, D203.1) a handover: "تسليم 31 أسير حرب أوكراني مصاب مقابل 15 جنديا روسيا مصابا"
    r"تسليم|سلمت|يسلم|تسلمت|استلام|استعادة)[^.;:؛]*?(?:\d|[٠-٩])[^.;:؛]*?) مقابل "
    r"(?=\d|[٠-٩])",
    r"\1 و ",
))

# (27ru, D196.11) a count in digits in brackets before the same count in words ("(05) خمس جثث",
# "(158) مائة وثمانية وخمسين جثة", the civil protection's style): one count said twice, as with
# "أي" (D147.4: one count when both values agree; two values that differ stay two quantities);
# only before a number word, not before a scale ("(4) ملايين", "(2) ألف" = 4,000,000, 2,000)
FIGURES["rewrites"].insert(0, (
    r"\(\s*([0-9٠-٩]+)\s*\)\s*(?=(?:واحد|اثن|إثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|"
    r"مائة|مئة|مائت|مئت)[\u0621-\u064a]*(?![\u0621-\u064a]))",
    r"\1 أي ",
))

# (29ru, D210.1) the verbs of passing a number in every person they take with a count: the
# plural ("يتجاوزون الـ11 ألف قتيل", they exceed 11,000 dead), the dual and the feminine plural,
# present and past, as the singular forms above (rule 3: at least; negated, at most)
_PASSED_BY_MANY = [
    "يتجاوزون", "يتجاوزان", "تتجاوزان", "يتجاوزن", "تجاوزوا", "تجاوزن", "ليتجاوزوا",
    "يتخطون", "يتخطيان", "تتخطيان", "يتخطين", "تخطوا", "تخطين",
    "يفوقون", "يفوقان", "تفوقان", "يفقن", "فاقوا",
    "يتعدون", "يتعديان", "تتعديان", "يتعدين", "تعدوا",
    "يزيدون على", "يزيدون عن", "يزيدان على", "يزيدان عن", "يزدن على", "يزدن عن",
    "زادوا على", "زادوا عن", "يربون على",
]
FIGURES["at_least"] += _PASSED_BY_MANY
FIGURES["at_most"] += [
    "لا يتجاوزون", "لا يتجاوزان", "لا تتجاوزان", "لا يتجاوزن", "لم يتجاوزوا", "لا يتعدون",
    "لم يتعدوا", "لا يزيدون على", "لا يزيدون عن", "لم يزيدوا على", "لم يزيدوا عن", "لم يتخطوا",
]

# (31fx, D218.2) "بين A noun وB" (between A noun and B): the noun told once, after the low end, as
# D213 reads "from A noun to B" ("من ستة آلاف قتيل إلى 20 ألفا"); dropped, so the range reads as
# "بين ستة آلاف و20 ألفا" (6,000-20,000), the ends in digits or words, each with its scale. Only
# after "بين" itself (not "من بين", among), one word of no number or scale between, and B closing
# what is told (the phrase ends or a sign follows): "بين 10 قتلى و20 جريحا" (B with a noun of its
# own) stays two counts
_AR_SCALE = r"(?:ألف|آلاف|ألفا|مليون|ملايين|مليونا|مليار|مليارات)"
_AR_END = r"(?:\d[\d.,]*|[^\W\d_]+)(?: " + _AR_SCALE + r")?"
FIGURES["rewrites"].append((
    r"(?<!\S)(?<!من )(بين " + _AR_END + r") (?!" + _AR_SCALE + r"(?!\S))(?!و)[^\W\d_]{2,}"
    r"(?= و ?(?:\d[\d.,]*(?: " + _AR_SCALE + r")?|[^\W\d_]+ " + _AR_SCALE + r")\s*(?:$|[^\w\s]))",
    r"\1",
))

# (34rd, D230.9) the letter "ر" as a decimal mark, the digits stored fraction first (the pages
# show "2ر734" read left to right): "734ر2 مليون" is 2.734 million, "532ر1 مليون" 1.532 million
# (round 100), "4ر76 مليون" 76.4 million (round 70), "7ر4 مليون شخص" (4.7 million Spanish jobless)
# and "9ر25 %" (25.9 per cent), https://www.alwasatnews.com/news/882795.html; "2ر6%" and "7ر62%
# إلى 8ر62%", https://www.shorouknews.com/news/view.aspx?cdate=01092025&id=db624a3a-76c2-4bb2-
# 98ca-87e67e589603. Only one to three digits on each side, no other letter touching
FIGURES["rewrites"].insert(0, (
    r"(?<![\d\w.,])(\d{1,3})ر(\d{1,3})(?![\d\w])",
    r"\2.\1",
))
# (34rd, D230.10) the size of a change with "بمقدار / بواقع" (by) before the new total with
# "ليصل / لتصل / ليبلغ / لتبلغ … إلى" (to reach): the size dropped, the new total read (D52.6,
# D61): "تراجع بمقدار 146549 عاطلا ليصل إجمالي عدد العاطلين … إلى 734ر2 مليون", "وتراجع عدد
# العاطلين بواقع 74 ألف شخص ليصل الإجمالي إلى 532ر1 مليون شخص"
FIGURES["rewrites"].append((
    r"(?<!\S)(?:بمقدار|بواقع|بنحو|ب)\s?\d[\d.,]*(?: (?:ألف|الف|آلاف|الاف|مليون|ملايين))?"
    r"(?: [^\d\s]+){0,2}? (?=[ولف]?(?:يصل|تصل|يبلغ|تبلغ|ليصل|لتصل|ليبلغ|لتبلغ)(?: [^\d\s]+){0,6}"
    r" (?:إلى|الى|إلي|الي) ?\d)",
    "",
))
# (34rd, D230.11) a rise with "بمقدار / بواقع" (by) told by the noun of a rise and its subject
# ("ارتفاع عدد العاملين بمقدار 935 ألف شخص") or by the verb with its proclitic, the subject
# told in more words ("وارتفعت البطالة بين من يبلغون من العمر أقل من 25 عاماً بواقع 16085"): a
# rise by its size alone is additional (D164, rule 12), as "ارتفع … بمقدار" (D84.2)
FIGURES["rewrites"].append((
    r"(?<!\S)[وفل]{0,2}((?:ارتفاع|زيادة|ارتفع|ارتفعت|زاد|زادت|ازداد|ازدادت|تزايد|تزايدت|قفز|قفزت)"
    r"(?: \S+){0,12}?)\s(?:بمقدار|بواقع) (?=(?:نحو |حوالي |قرابة )?\d)",
    r"\1 بزيادة ",
))

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("400 شخص في 33 مركز إيواء"): set aside, the people read (D20)
FIGURES["rewrites"] += lodging_aside(
    ["في", "على", "داخل"],
    [r"(?:مركز|مراكز|مركزا|مركزًا) (?:إيواء|ايواء|الإيواء|الايواء|للإيواء|للايواء)",
     r"(?:مخيم|مخيما|مخيمًا|مخيمات)", r"(?:ملجأ|ملجا|ملاجئ)",
     r"(?:مدرسة|مدارس|مدرسه) (?:إيواء|ايواء|الإيواء|الايواء)", r"(?:مأوى|ماوى|مآوي)"],
    ["أكثر من", "اكثر من", "نحو", "حوالي", "قرابة", "ما يقارب"],
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# جريحا نقلوا إلى خمسة مستشفيات", "تم توزيعهم على 4 مستشفيات"): set aside beside the people, as
# D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"[وف]?(?:نقل|نقلوا|نقلت|نقلهم|نُقلوا|ينقل|تنقل|تم نقل|تم نقلهم|جرى نقل|جرى نقلهم)",
     r"[وف]?(?:أسعف|اسعف|أسعفوا|اسعفوا|تم إسعاف|تم اسعاف|تم إسعافهم|تم اسعافهم)",
     r"[وف]?(?:وزع|وزعوا|توزع|توزعوا|تم توزيع|تم توزيعهم|جرى توزيعهم|موزعين)",
     r"[وف]?(?:أدخل|ادخل|أدخلوا|ادخلوا|تم إدخال|تم ادخال|تم إدخالهم|تم ادخالهم)",
     r"[وف]?(?:يتلقون العلاج|يتلقون|تلقوا العلاج|يعالجون|يرقدون)"],
    ["إلى", "الى", "في", "على", "بين"],
    [r"(?:مستشفيات|مستشفى|مشاف|مشافي|مستوصفات|عيادات|مراكز (?:صحية|طبية)|مرافق (?:صحية|طبية))"],
    ["أكثر من", "اكثر من", "نحو", "حوالي", "قرابة", "ما يقارب"],
    r"اثنين|ثلاثة|ثلاث|أربعة|أربع|اربعة|اربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|"
    r"تسع|عشرة|عشر|عدة",
)
