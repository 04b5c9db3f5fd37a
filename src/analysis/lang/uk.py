"""Ukrainian (``uk``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import (
    DESIGNATION,
    GENERATION,
    MAGNITUDE,
    NUMBER_SIGN,
    rise_then_by,
)
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at
from analysis.lang._forms import (
    STRAY_MARK_GROUP,
    decimal_comma_before,
    decimal_times,
    leading_minus,
    leading_plus,
    mark_ahead,
    number_word,
    rewrite_index,
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
)
from analysis.lang._lists import (
    bracketed_breakdown,
    part_of_total,
    parts_of_them,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside
from analysis.lang._order import longest_first

# fmt: off

SCRIPTS = ("cyrillic",)
LETTERS = "іїєґ"

MONTHS = [
    ["січ\\w*"],
    ["лют\\w*"],
    ["берез\\w*"],
    ["квіт\\w*"],
    ["трав\\w*"],
    ["черв\\w*"],
    ["лип\\w*"],
    ["серп\\w*"],
    ["верес\\w*"],
    ["жовт\\w*"],
    ["листопад\\w*"],
    ["груд\\w*"],
]

WEEKDAYS = [
    ["понеділ\\w*"],
    ["вівтор\\w*"],
    ["середа", "середу", "середи", "середі"],
    ["четвер\\w*"],
    ["п'ятниц\\w*", "пятниц\\w*"],
    ["субот\\w*"],
    ["неділ\\w*"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "загибл\\w*", "загинули", "поранен\\w*", "травмован\\w*", "померл\\w*", "зниклі\\w*",
        "зниклих", "затриман\\w*", "евакуйован\\w*", "госпіталізован\\w*", "вбит\\w*",
    ],
    "casualties": [
        "жертв\\w*", "постраждал\\w*", "випадк\\w*",
    ],
    "numbers": {
        # (lexicon 17, session 6) dative, instrumental, prepositional of hundreds, tens, teens
        # (трьомстам, п'ятьмастами, двадцятьма); півтораста = 150; пятсот (no apostrophe)
        "двомстам": 200, "двомастами": 200, "двохстах": 200, "трьомстам": 300, "трьомастами": 300,
        "трьохстах": 300, "чотирьомстам": 400, "чотирмастами": 400, "чотирьохстах": 400,
        "п'ятистам": 500, "п'ятьмастами": 500, "п'ятистах": 500, "шестистам": 600,
        "шістьмастами": 600, "шестистах": 600, "семистам": 700, "сьомастами": 700,
        "сімомастами": 700, "семистах": 700, "восьмистам": 800, "вісьмастами": 800,
        "вісьмомастами": 800, "восьмистах": 800, "дев'ятистам": 900, "дев'ятьмастами": 900,
        "дев'ятистах": 900,
        # (17nw) the other instrumental in -ьома- (п'ятьомастами), as the dictionaries give (D53.2)
        "п'ятьомастами": 500, "шістьомастами": 600, "дев'ятьомастами": 900,
        "одинадцятьма": 11, "дванадцятьма": 12, "тринадцятьма": 13,
        "чотирнадцятьма": 14, "п'ятнадцятьма": 15, "шістнадцятьма": 16, "сімнадцятьма": 17,
        "вісімнадцятьма": 18, "дев'ятнадцятьма": 19, "двадцятьма": 20, "тридцятьма": 30,
        "п'ятдесятьма": 50, "шістдесятьма": 60, "сімдесятьма": 70, "вісімдесятьма": 80,
        "півтораста": 150, "пятсот": 500, "пятдесят": 50, "пятнадцять": 15, "девятсот": 900,
        "девятнадцять": 19, "пятисот": 500, "пятдесяти": 50,
        # "and a half" after a number ("три з половиною тисячі" = 3,500), as Turkish "buçuk"
        "з половиною": 0.5,
        # dative forms ("надали допомогу десятьом потерпілим")
        "шістьом": 6, "сімом": 7, "вісьмом": 8, "дев'ятьом": 9, "десятьом": 10,
        # genitive and locative "-ох" forms of 11-20 and 30 ("в одинадцятьох районах")
        "одинадцятьох": 11, "дванадцятьох": 12, "тринадцятьох": 13, "чотирнадцятьох": 14,
        "п'ятнадцятьох": 15, "шістнадцятьох": 16, "сімнадцятьох": 17, "вісімнадцятьох": 18,
        "дев'ятнадцятьох": 19, "двадцятьох": 20, "тридцятьох": 30,
        # collective numerals are exact counts (D27): "четверо", "десятеро", "п'ятеро"
        "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
        "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10, "одинадцятеро": 11, "дванадцятеро": 12,
        "нуль": 0, "один": 1, "одна": 1, "одне": 1, "одного": 1, "одній": 1, "одному": 1,
        "одним": 1, "одну": 1, "однієї": 1, "два": 2, "дві": 2, "двох": 2, "двом": 2, "двома": 2,
        "три": 3, "трьох": 3, "трьом": 3, "трьома": 3, "чотири": 4, "чотирьох": 4, "чотирьом": 4,
        "чотирма": 4, "п'ять": 5, "п'яти": 5, "п'ятьох": 5, "п'ятьом": 5, "п'ятьма": 5, "шість": 6,
        "шести": 6, "шістьох": 6, "шістьма": 6, "сім": 7, "семи": 7, "сімох": 7, "сьома": 7,
        "вісім": 8, "восьми": 8, "вісьмох": 8, "вісьма": 8, "дев'ять": 9, "дев'яти": 9,
        "дев'ятьох": 9, "дев'ятьма": 9, "десять": 10, "десяти": 10, "десятьох": 10, "десятьма": 10,
        "одинадцять": 11, "одинадцяти": 11, "дванадцять": 12, "дванадцяти": 12, "тринадцять": 13,
        "тринадцяти": 13, "чотирнадцять": 14, "чотирнадцяти": 14, "п'ятнадцять": 15,
        "п'ятнадцяти": 15, "шістнадцять": 16, "шістнадцяти": 16, "сімнадцять": 17, "сімнадцяти": 17,
        "вісімнадцять": 18, "вісімнадцяти": 18, "дев'ятнадцять": 19, "дев'ятнадцяти": 19,
        "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30, "сорок": 40, "сорока": 40,
        "п'ятдесят": 50, "п'ятдесяти": 50, "шістдесят": 60, "шістдесяти": 60, "сімдесят": 70,
        "сімдесяти": 70, "вісімдесят": 80, "вісімдесяти": 80, "дев'яносто": 90, "дев'яноста": 90,
        "сто": 100, "ста": 100, "двісті": 200, "двохсот": 200, "триста": 300, "трьохсот": 300,
        "чотириста": 400, "чотирьохсот": 400, "п'ятсот": 500, "п'ятисот": 500, "шістсот": 600,
        "шестисот": 600, "сімсот": 700, "семисот": 700, "вісімсот": 800, "восьмисот": 800,
        "дев'ятсот": 900, "дев'ятисот": 900, "півтора": 1.5, "півтори": 1.5, "півмільйона": 500_000,
        "півтисячі": 500, "півсотні": 50,
    },
    "scales": {
        "тисяча": 1000, "тисячі": 1000, "тисяч": 1000, "тисячу": 1000, "тисячею": 1000,
        "тисячам": 1000, "тисячами": 1000, "тисячах": 1000, "тис.": 1000, "тис": 1000,
        "мільйон": 1_000_000, "мільйона": 1_000_000, "мільйонів": 1_000_000, "мільйони": 1_000_000,
        "млн.": 1_000_000, "млн": 1_000_000, "мільярд": 1_000_000_000, "мільярда": 1_000_000_000,
        "мільярдів": 1_000_000_000, "млрд": 1_000_000_000, "млрд.": 1_000_000_000, "к": 1000,
        # (17gwc) the other case forms ("понад 2 мільйонами", "з мільярдами"), the trillion
        "мільйону": 1_000_000, "мільйоном": 1_000_000, "мільйонам": 1_000_000,
        "мільйонами": 1_000_000, "мільйонах": 1_000_000, "мільйоні": 1_000_000,
        "мільярду": 1_000_000_000, "мільярдом": 1_000_000_000, "мільярди": 1_000_000_000,
        "мільярдам": 1_000_000_000, "мільярдами": 1_000_000_000, "мільярдах": 1_000_000_000,
        "мільярді": 1_000_000_000, "трильйон": 1_000_000_000_000, "трильйона": 1_000_000_000_000,
        "трильйонів": 1_000_000_000_000, "трлн": 1_000_000_000_000, "трлн.": 1_000_000_000_000,
    },
    "after_number": ["к"],
    "collective": {
        "десяток": 10, "десятка": 10, "дюжина": 12, "дюжини": 12, "сотня": 100, "сотні": 100,
        "сотню": 100,
        # the other cases, as Russian "десятком" ("з майже десятком людей", with nearly ten
        # people: D6, D45.8)
        "десятком": 10, "десятку": 10, "десятці": 10, "сотнею": 100, "сотнями": 100,
        # (32rl, D220.3) "понад дюжину тіл" (more than a dozen bodies): the accusative after a
        # qualifier, and the instrumental, as ru "дюжину", "дюжиной"
        "дюжину": 12, "дюжиною": 12,
    },
    "vague": {
        # (21ra, D97.3) "багатотисячний натовп" (a crowd many thousand strong): thousands
        "багатотисячн\\w*": 1000,
        # (lexicon 17, session 6) сот (genitive plural of сто) after кілька: several hundred
        "сот": 100,
        "десятки": 10, "десятків": 10, "дюжини": 12, "сотні": 100, "сотень": 100, "сотнями": 100,
        "тисячі": 1000, "тисяч": 1000, "тисячами": 1000, "мільйони": 1_000_000,
        "мільйонів": 1_000_000,
        # other cases ("про десятки тисяч загиблих")
        "десятках": 10, "десятками": 10, "сотнях": 100, "тисячах": 1000, "десятки тисяч": 10_000,
        "десятків тисяч": 10_000, "десятках тисяч": 10_000, "десятками тисяч": 10_000,
        "сотні тисяч": 100_000, "сотень тисяч": 100_000, "сотнях тисяч": 100_000,
        "сотнями тисяч": 100_000,
        # (17gwc) the dative plural ("тисячам людей" was read 1,000 exact), the milliards
        "десяткам": 10, "сотням": 100, "тисячам": 1000, "мільйонам": 1_000_000,
        "мільйонами": 1_000_000, "мільйонах": 1_000_000, "мільярди": 1_000_000_000,
        "мільярдів": 1_000_000_000, "мільярдам": 1_000_000_000, "мільярдами": 1_000_000_000,
        "мільярдах": 1_000_000_000,
    },
    # (17df, D87) "обидва", "обидві", "обоє" in every case: two, when the phrase holds no other
    # quantity and no "і", "та" ("Обох госпіталізували", "обидва чоловіки"; "двоє дітей: обох
    # ушпиталили" keeps its 2)
    "both": [
        "обидва", "обидві", "обидвох", "обидвом", "обидвома", "обоє", "обидвоє", "обох", "обом",
        "обома",
    ],
    "several": [
        "кілька", "декілька", "кількох", "декількох", "кількома", "декількома", "кільком", "пара",
        "пару", "деякі", "деяких",  # "some" alone is read like "several" (D9)
    ],
    "several_magnitude": {
        # (lexicon 17, session 6) кількадесят (several tens): 20-99, as Polish kilkadziesiąt
        "кількадесят": 10, "кількадесяти": 10,
        "кількасот": 100,
    },
    # (lexicon 17, session 6) "teens" words: кільканадцять (eleven to nineteen, rule 7)
    "teens": ["кільканадцять", "кільканадцяти", "кільканадцятьох"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "біля", "у районі", "десь біля", "десь у", "практично",
        "до", "під", "за", "від", "близько", "в районі",
        # (17gwc) "в межах 300" (within: at most)
        "в межах", "у межах",
    ],
    "approx": [
        # (lexicon 17, session 6) register variants of близько
        "у районі", "біля", "десь біля", "десь у",
        "близько", "приблизно", "орієнтовно", "порядку", "в районі", "за оцінками",
        "за різними оцінками", "ймовірно близько", "~", "десь", "приблизно близько",
        # (17cg) "estimated at" before the number ("збитки оцінюються в 500 мільйонів"), the verb of
        # estimating with its "в / у" (rule 2, D65.1)
        "оцінюється в", "оцінюється у", "оцінюються в", "оцінюються у", "оцінюють в",
        "оцінюють у", "оцінили в", "оцінили у", "оцінив в", "оцінив у", "оцінила в", "оцінила у",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "трохи вище", "дещо вище", "дещо понад", "ледь більше", "трохи більш",
        # (lexicon 17, session 6) register variants of понад
        "не менш як", "щонайменш", "перевищити", "перевищать", "перевищить", "перевалило за",
        "перевалила за", "перевалили за", "перевалив за", "трохи більше ніж", "трохи більш як",
        "понад", "більше", "більш ніж", "більш як", "більше як", "більше ніж", "щонайменше",
        "не менше", "не менш ніж",
        "не менше ніж", "принаймні", "як мінімум", "мінімум", "перевищує", "перевищило",
        "перевищили", "перевищила", "перевищують", "перевищив", "вже понад", "від", "понад як",
        "сягає понад", "за",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of не більше; не перевищує = at most
        "не більш як", "не більше як", "менш як", "менше як", "щонайбільше", "не перевищує",
        "не перевищують", "не перевищить", "не перевищило", "не перевищила", "не перевищував",
        "не вище",
        "до", "не більше", "не більш ніж", "не більше ніж", "менш ніж", "менше ніж", "менше",
        "максимум", "як максимум", "аж до",
        # (17gwc) "в межах 300 осіб" (within)
        "в межах", "у межах",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "дещо менше", "дещо менш ніж", "дещо менше ніж", "трохи нижче", "дещо нижче", "ледь менше",
        "трохи менш",
        # (lexicon 17, session 6) register variants of майже
        "трохи менш як", "трохи менше ніж", "трохи менше як", "практично", "ледве не", "ледь чи не",
        "наблизилася до", "наблизилось до", "наблизилося до", "наблизилися до", "наблизився до",
        "майже", "ледь не", "трохи менше", "трохи менш ніж", "без малого", "наближається до", "під",
        # "мало не 300" (all but, nearly; as ru "чуть ли не", session 6)
        "мало не",
    ],
    "post_approx": ["приблизно"],
    # "N, а то й більше" (or even more; "а то й" is written "або навіть") is at least (D41)
    "post_at_least": [
        # (lexicon 17, session 6) after the number
        "з лишнім", "з чимось", "щонайменше", "і вище", "або вище", "плюс",
        "з гаком", "і більше", "або більше", "з лишком", "+", "якщо не більше", "або навіть більше",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number: at most
        "максимум", "і менше", "або менше", "щонайбільше", "не більше",
    ],
    "additional": [
        "ще", "додатково", "додаткових", "додаткові", "додатковий", "нових", "нові", "чергові",
        "чергових", "інших",
        # (17nj) "rose by N" with the verb's preposition of the difference is additional, as en
        # "grew by", de "wuchs um" (rule 12, D39, D49); "to N" stays the total
        "зросла на", "зросло на", "зріс на", "зросли на", "збільшилася на", "збільшилась на",
        "збільшилося на", "збільшилось на", "збільшився на", "збільшилися на", "збільшились на",
        # (17no) the past forms of "виросло на" and "до них додаються" (added to them): additional
        # (rule 12, D54.2)
        "виросла на", "виросло на", "виріс на", "виросли на", "додаються", "додалися",
        "додалося", "зростання на", "приріст на",
    ],
    "including": [
        # (lexicon 17, session 6) breakdown words
        "з-поміж них", "у їх числі", "в їх числі", "серед них і", "з поміж них",
        "у тому числі", "в тому числі", "з них", "із них", "включно з", "серед них", "зокрема",
        # "including" as a participle, as Russian "включая" (D30, D38)
        "включаючи", "включно із",
        "серед яких", "з яких", "із яких", "в тому числі й",
        # (17gwc) the abbreviation "у т.ч." and "з цієї кількості"
        "у т.ч.", "в т.ч.", "у т. ч.", "в т. ч.", "з цієї кількості",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "що складається з", "що складаються з", "що складалася з", "яка складається з",
        "який складається з", "складається з",
    ],
    "total": ["загалом", "усього", "всього", "загальною кількістю", "в цілому", "разом",
              # (17no) "41 команда сукупною чисельністю 378" (numbering in all), as ru "общей
              # численностью" (D5, D54.4)
              "загальною чисельністю", "сукупною чисельністю", "сукупною кількістю"],
    "range_pre": ["від", "між", "з"],
    "range_sep": [
        "до", "або", "чи", "і до", "якщо не", "або навіть",
    ],
    "range_and": ["і", "й", "та"],
    "percent": ["%", "відсот\\w*", "процент\\w*"],
    "fraction": [
        # (17cg) "майже всі з 30 кабін": "nearly all of" a count, with the partitive "з", is a
        # part of it, as "most of the" (rule 13, D49.7, D65.6); "майже всі 30" (no "of") stays the
        # count
        "майже всі з", "майже всі із", "майже всіх з", "майже всіх із",
        "половин\\w*", "третин\\w*", "чверть", "чверті", "більшість", "частка", "з кожних",
        # (32rc, D222.1) a ratio ("співвідношення 1 до 15", "у співвідношенні 1 до 15") is no
        # count and no range (rule 13), as ru "соотношение 1 к 15" reads
        "співвідношенн\\w*",
        # multipliers ("у десятки разів менше", "в 5 разів більше") are ratios, not counts
        "разів більше", "разів менше", "рази більше", "рази менше",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "щоночі", "щовечора",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "щохвилини", "щосекунди", "щогодини", "щохвилинно", "щосекундно", "щогодинно",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "щорічно", "щоденно", "щотижнево", "щомісячно", "на квадратний кілометр",
        # (17nm) an average named by its adjective ("середня сума штрафу склала 350 гривень") is
        # a per-unit figure, as "в середньому" (rule 13, D40.12, D52.7)
        "середня сума", "середній розмір", "середня кількість",
        "середня чисельність", "середній показник", "середня вартість", "середня ціна",
        "середній вік",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "середньодобов\\w*", "середньомісячн\\w*", "середньорічн\\w*", "середньоденн\\w*",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "проміле",
        # (17nj) "on both days" ("в обидва дні затримали по 400", 400 on each of the days): a
        # count per day, no total (rule 13, D49); not "по кілька", whose "по" would make Russian
        # phrases Ukrainian
        "в обидва дні", "у обидва дні",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "в середньому", "у середньому",
        "на день", "на добу", "щодня", "на тиждень", "на місяць", "щомісяця", "на годину", "на рік",
        "щороку", "кожен", "кожна", "кожного", "кожної",
        # (17nh) a speed: "35 метрів на секунду", "за секунду" (D48.4)
        "на секунду", "на хвилину", "за секунду",
        # (17gwc) "300 на людину", "щотижня", "кожні"
        "на людину", "на душу населення", "у розрахунку на", "в розрахунку на", "щотижня",
        "щодоби", "кожні", "кожну", "кожним", "кожному",
        # (27ru, D197) the other forms of "each" ("у кожній мусульманській родині вбили 20—40
        # чоловіків", in each family: a per-unit figure), as ru "каждой"
        "кожній", "кожне", "кожний", "кожнім",
        # (28ru, D201) the distributive before a qualifier ("по понад 400", over 400 each), as ru
        # "по более чем" and pl "po ponad"; the rewrite of D201 writes "по N" (N each) so
        "по понад",
    ],
    "units": [
        "батальйон\\w*", "бригад\\w*", "полк", "полку", "полки", "полків", "полком", "дивізі\\w*",
        "рота", "роти", "роту", "рот", "взвод\\w*", "корпус\\w*", "підрозділ\\w*", "відділен\\w*",
        # fire-and-rescue crews ("17 пожежно-рятувальних розрахунків", D20, D41)
        "розрахунок", "розрахунки", "розрахунків", "розрахунками", "розрахунку",
        # (17gwc) squadrons and artillery batteries
        "ескадрил\\w*", "ескадрон\\w*", "батаре\\w*",
    ],
    "uncountable": [
        "багато", "чимало", "численні", "численних", "велика кількість", "значна кількість",
        # (17gwc) vague words with no magnitude
        "численними", "незліченні", "незліченних", "невідома кількість",
        "невстановлена кількість", "величезна кількість",
    ],
    # Not MONTHS: the figure engine would read a stem on any word ("трав\w*" makes "20 травмованих",
    # twenty injured, a date), so it reads the full forms.
    "months": [
        "січень", "січня", "лютий", "лютого", "березень", "березня", "квітень", "квітня", "травень",
        "травня", "червень", "червня", "липень", "липня", "серпень", "серпня", "вересень",
        "вересня", "жовтень", "жовтня", "листопад", "листопада", "грудень", "грудня",
    ],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        # not "з", "із", "зі": also "of" before a count ("шість з 12 вагонів")
        "у", "в", "після", "починаючи з",
    ],
    "year_pre": [
        "початку", "кінці", "середині",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "першій половині", "другій половині", "першому півріччі", "другому півріччі",
        # (17gwc) the seasons ("влітку 2022 загинули 300 людей")
        "влітку", "улітку", "взимку", "узимку", "навесні", "восени",
    ],
    "year_post": ["рік", "року", "році", "р.", "р", "рр.", "років"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a type,
    # serogroup, draw ("тираж 1052"), category or issue; a degree after the number ("опіки 3
    # ступеня")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "гаряча лінія", "гарячу лінію", "гарячої лінії", "гарячій лінії", "номер", "номеру",
        "номером", "мінус",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "магнітудою", "магнітуда", "магнітуди", "магнітуді",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "розділ", "розділу", "стаття", "статті", "статтею", "траса", "трасі", "траси",
        "тип", "типу", "серогрупи", "серотипу", "тираж", "тиражу", "тиражі", "категорії",
        "випуск", "випуску", "версії", "моделі",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "місткістю",
        # (23rd, D129.3) a capacity or a limit told before its number, with its verb or
        # adjective ("space meant for 1,044", "при лимите в 8657"): no count beside another
        # number, as D96's "capacity of"
        "ліміті в", "ліміті у", "ліміт у", "ліміт в", "розрахований на", "розраховано на",
        "розрахованому на", "розрахованого на",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("на 296 людей більше, порівняно з 2022 роком", "на 12 менше, ніж"): no count
    # beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:менше|більше)(?: ,)?"
        r" (?:ніж|аніж|порівняно|у порівнянні|в порівнянні|проти)(?![^\W\d_])",
        r"ще # (?:[^\W\d_]+ )?,"
        r" (?:ніж|аніж|порівняно|у порівнянні|в порівнянні)(?![^\W\d_])",
    ],
    "source_words": ["(?<!\\w)за (?:даними|словами|оцінками|інформацією|підрахунками)(?!\\w)"],
    "compared_pre": [
        "порівняно з", "порівняно із", "порівняно зі", "у порівнянні з", "в порівнянні з",
        "у порівнянні із", "проти",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "вул.", "вулиця", "вулиці", "вулицю", "просп.", "проспект", "проспекті", "пров.",
        "провулок", "провулку", "буд.",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "кв", "квт", "мвт", "гвт", "кіловольт\\w*", "кіловат\\w*", "мегават\\w*", "гігават\\w*",
        "вольт\\w*",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "поверсі", "поверху", "поверх", "поверхів", "-поверховий", "-поверхового", "-поверховому",
        "-поверховій", "-поверхова", "-поверхове", "-поверхові", "-поверхових", "-поверхівка",
        "-поверхівці", "-поверхівки", "градусам", "градусами",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "-тонна", "-тонний", "-тонне", "-тонного", "-тонної", "-тонні", "-тонних", "-тонну",
        "-тонним", "-літровий", "-літрова", "-літрових", "-кілограмовий", "-кілограмова",
        "-метровий", "-метрова", "-метрових", "-кілометровий", "-кілометрова", "-кілометрових",
        "-метровій", "-тонній", "-літровій", "-кілометровій",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "мм", "міліметрів", "міліметра", "категорії",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "градусів", "градуси", "градус", "градусах", "бала", "балів", "бали",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "метрів", "метра", "метри", "метрах", "км", "кілометрів", "кілометра", "тижні",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "футів", "фути", "фута", "фут", "миль", "милі",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "квадратних", "квадратного", "квадратний", "квадратні", "квадратними", "кубічн\\w*",
        "кубометр", "кубометра", "кубометри", "кубометрів", "кубометрах", "гектар", "гектара",
        "гектари", "гектарів", "гектарах", "га",
        # (17cf) a measure's unit glued by a hyphen to its number, as an adjective ("850-метрового
        # забігу", "a 10-metre fall"): a measure, no count beside another number (D64.2)
        "метров\\w*", "кілометров\\w*",
        "тиждень",
        "ступеня",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "місний", "місного", "місному", "місним", "місна", "місної", "місній", "місну",
        "місною", "місне", "місні", "місних", "місними",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "з", "із", "від",
    ],
    "time_units": [
        # (17cd) "тижні" (weeks) is also a week's number's word (D59.5): written here too, a
        # duration as the stem's other forms ("два тижні", D59.8)
        "тижні",
        # (17cs) a size of a building ("20-поверховий будинок"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "поверхов\\w*",
        "годин\\w*", "день", "дні", "днів", "доба", "доби", "діб", "тиж\\w*", "місяц\\w*",
        "місяців", "рік", "роки", "років",
        # (17tb) the abbreviation "міс." ("віком від 1 міс. до 14 років"): a duration (D7, D57.3)
        "міс", "міс.", "хвилин\\w*", "ноч\\w*", "секунд\\w*",
        # (17gwc) the other cases of "рік", "день", "доба", decades, centuries, abbreviations
        "роками", "рокам", "роках", "днями", "дням", "днях", "добами", "десятиліт\\w*",
        "століт\\w*", "хв.", "сек.",
        # (17tc) the accusative, locative and instrumental of "доба" (a day and a night: "за 151
        # добу"), a duration as "доба" (D7, D58.5)
        "добу", "добі", "добою",
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
            "мама", "маму", "тато", "тата",
            "жінка", "жінку", "чоловік", "чоловіка", "дівчина", "дівчину", "дівчинка", "дівчинку",
            "хлопець", "хлопця", "хлопчик", "хлопчика", "бабуся", "бабусю", "дідусь", "дідуся",
            "син", "сина", "донька", "доньку", "дочка", "дочку", "подружжя",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "дитина", "дитину", "немовля", "підліток", "підлітка", "брат", "брата", "сестра",
            "сестру", "дядько", "дядька", "тітка", "тітку", "племінник", "племінника",
            "племінниця", "племінницю", "онук", "онука", "онучка", "онучку",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 дітей і вихователька"
            "вчитель", "вчителя", "вчителька", "вчительку", "учитель", "вихователь", "вихователя",
            "вихователька", "виховательку", "медсестра", "медсестру", "власник", "власника",
            # (17dd, D85.1) "3 soldiers and their commander"
            "командир",
            "пілот", "водій", "капітан", "машиніст", "інструктор", "мати", "матір", "батько",
            "дружина",
            # (35ra, D233.8) a relative, a neighbour ("жінка, її троє дітей і родич")
            "родич", "родича", "родичка", "родичку", "сусід", "сусіда", "сусідка", "сусідку"],
        # (19fr, D88) "with" after a person ("женщина с четырьмя детьми")
        "and": ["і", "й", "та", "з", "із", "зі"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["її", "його", "їх", "їхні", "їхніх", "свої", "своїх"],
        "verbs": ["\\w+ли", "\\w+лися", "\\w+лись", "\\w+ло", "\\w+ти"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "не двоє, а дванадцять", "дванадцять, а не двоє"; "не лише 2, а й 3"
    "contrast": {
        "not": [
            "не", "замість", "не було", "не були", "не буде",
        ],
        "but": ["а", "але", "проте"],
        "also": ["і", "й", "також", "теж"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "зростання", "приріст", "приросту", "збільшення", "зменшення", "скорочення", "зниження",
        "падіння", "зріс", r"зросл\w*", r"збільшил\w*", r"зменшил\w*", r"скоротил\w*", r"знизил\w*",
        "впав", "впала", "впало", "впали",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("300 пенсіонерів старше 80"); alone it stays
    "age_limits": [
        r"\bвіком (?:від|до|понад|старше|молодше|більше|менше) " + AGE
        + r"(?: (?:років|року|рік))?(?!\w)(?! ?(?:тис|млн|%))",
        r"\b(?:старше|старші|молодше|молодші) (?:за )?" + AGE
        + r"(?: (?:років|року|рік))?(?!\w)(?! ?(?:тис|млн|%))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["старш", "молодш", "віком"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "whole": [
            r"(?:з|із|зі) загальної кількості",
            r"(?:з|із) (?:цієї|цього|зазначеної|даної) (?:кількості|числа)",
            r"(?:з|із) загального числа",
        ],
        "how": [
            "важко", "тяжко", "легко", "серйозно", "смертельно", "у важкому стані",
            "в важкому стані", "у тяжкому стані", "в тяжкому стані",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cg) "в 2017–2019 рр." (in the years 2017-2019): the plural year word, abbreviated after
        # a span, marks both years (D7, D37.5), as "роках" does; written as two years
        (r"\b((?:19|20)\d\d) ?[–-] ?((?:19|20)\d\d) ?рр(?:\.|\b)", r"\1 р. і \2 р."),
        # (17cg) "інші 25 кабін зависли" (the other 25): "other" right before the count is
        # additional, as en "the other N" and "25 інших" (rule 12, D65.3)
        (
            r"(?<!\S)інші (?=\d|(?:двоє|троє|четверо|п'ятеро|шестеро|семеро|два|дві|три|чотири|"
            r"п'ять|шість|сім|вісім|дев'ять|десять)(?!\S))",
            "додаткові ",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "за даними інших джерел, загинули 600 людей"
        (r"(?<!\S)(?:інші|інших|іншим|іншими) (?=(?:джерел|оцін|дан[іи]|змі\b|експерт|свідк|"
         r"організаці))", ""),
        # (17nm) "зросла на 49 до 537" (rose by 49 to 537): the new total is the figure, as "з A
        # до B" (D35, D52.6), no range of 49 to 537
        (
            r"\b(зросл\w+|зріс|збільш\w+|зменш\w+|скороти\w+|знизи\w+) на "
            r"(?:майже |понад |близько )?\d[\d.,]*(?: (?:тис\.?|тисяч\w*|млн\.?))?"
            # (17cc) a percentage of change and a dash before "до" ("збільшилась на 10% - до 19127",
            # D61.3)
            r"(?: ?%| відсот\w*)?,?(?: [-–—])? до\b",
            r"\1 до",
        ),
        # (17cc) the new total first, the old count after it, "до B з A" ("зросла до 46 з 39 у
        # першому півріччі"): the old count dropped, the new total B (D35, D61.2)
        (
            r"\b(піднял\w+|зросл\w+|зріс|збільш\w+|зменш\w+|скороти\w+|знизи\w+|впал\w+|вирос\w*|"
            r"виріс) до ((?:майже |понад |близько )?\d[\d.,]*(?: (?:тис\.?|тисяч\w*|млн\.?))?"
            # (17cc) "з / від" or "проти" (against) before the old count (D61.2)
            r"(?: [^\s\d,.]+)?),? (?:з|від|проти) (?:(?!(?:19|20)\d\d\b)\d[\d.,]*|одного|однієї|"
            r"двох|трьох|чотирьох|п['’]яти)(?: (?:тис\.?|тисяч\w*|млн\.?))?"
            r"(?: роком раніше| рік тому| минулого року)?(?![\d.,]*\d)",
            r"\1 до \2",
        ),
        # (17nm) an "other" word two words or more after the count, no number between, names
        # other things, no more of the count: "31,7 тисячі — в дитбудинках та інших закладах"
        # (total); "16 інших людей" stays additional (rule 12, D12, D52.2)
        (
            r"(?<=\d)((?: [^\s\d,;:]+){2,}? )\bінш(?:их|і|им|ими)\b",
            r"\1різних",
        ),
        # (17nm) "деякі (неофіційні) джерела стверджують, що … понад 43 тис." (some sources):
        # "some" before a word naming who reports is that source's determiner, no count (D9,
        # D52.5)
        (
            r"\b(?:деякі|деяких|деяким)\b(?=(?: [^\s\d,.]+)? (?:джерел|експерт|оцінк|дані|даних|"
            r"зми\b|аналітик|спеціаліст|журналіст|спостерігач|дослідник))",
            "",
        ),
        # (17nm) "на 237 більше, ніж у 2022 році" (by N more than …): the count of the difference is
        # additional, as "N more" (rule 12, D49.4, D52.1); "більше 300" alone stays at least
        (
            # (23rd, D130.1) also a per cent and "more often" ("на 16% частіше, чем годом ранее")
            r"\bна (\d[\d.,]*(?:\s?%| (?:тис\.?|тисяч\w*|млн\.?))?)( [^\W\d_]+)? "
            r"(?:більше|частіше)\b",
            r"ще \1\2",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 кожен ",
        ),
        # a position told by its distance or height ("за 150 метрів від берега", "на висоті 10
        # метрів") is no count; a length alone stays as written (D45.3)
        (
            r"\b(за|на відстані|на висоті|на глибині|з висоти|з глибини) (?:близько |майже |понад "
            r"|приблизно |понад |більше |менше |майже )?(?:\d[\d.,]*|[а-яіїєґ']+) (?:метрів|метра|"
            r"метри|км|кілометрів|кілометра|кілометри|кілометрах|милях|миль)(?= від|\b(?! дор))",
            r"\1 ",
        ),
        # (17cn, D70) a kilometre post of a road ("на 45 кілометрі траси", "на 45-му км"): a
        # place, no count
        (r"\bна (?:\d+)(?:-?му|-?ому)? (?:кілометрі|км)\b", "на трасі"),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        # ("а то й", "а може й" are written as "або навіть": a phrase of the table starting with
        # "а" would make "а" a word of the table, and a Russian phrase with it Ukrainian, D15)
        (r"\bа (?:то [йі]|може й)(?= )", "або навіть"),
        (r"\b,\s*(?=(?:якщо не|або навіть)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (
            r"\b(?<=\d )(з|із) (?:загальної кількості|загалом|усього|всього) (?=\d)",
            r"\1 ",
        ),
        # the age of the oldest or youngest, its unit left out ("наймолодшому — 26 років,
        # найстаршому — 60", "the oldest was 60"), is no count (D7, D41)
        (
            r"\b(най(?:старш|молодш)\w*)(?: [^\W\d_]+)?(?:\s*[—–:-]\s*|\s+)(?:було |був |була |"
            r"має |мав |мала )?"
            r"\d+(?:[.,]\d+)*(?:-\w+)?(?:\s*(?:рок\w*|річ\w*|літ\w*))?(?![\w.,]*\s*(?:тис|млн))",
            r"\1",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(деякі|багато|кілька|декілька)(?= (?:з них |із них )?(?:тяжко|важко|серйозно|"
            r"у важкому|у тяжкому|в важкому|в тяжкому|критично|у критичному)\b)",
            r", з них \1",
        ),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (
            r"^(?=.*\d)(.*?)\b(?:одн[аоуіи]\w*|дв[іо]\w*|обидв\w*|три|трьом\w*|трьох) (доз\w*)",
            r"\1\2",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\b(?:жоден|жодна|жодне|жодного|жодної|ні один|ні одна) (?:з|із|зі) "
            r"(?=\d|(?:двох|трьох|чотирьох|п'яти|шести|семи|восьми|дев'яти|десяти|\w+надцяти|\w+десяти|ста)\b)",
            "0 з ",
        ),
        # (17df, D87) "жоден з обох" is none of two, as "жоден з двох"
        (r"\b(?:жоден|жодна|жодне|жодного|жодної) (?:з|із|зі) обох\b", "0 з двох"),
        # "1 тис. 344" (1,344): the dot of an abbreviated scale does not end the
        # number, the next part adds up as after the full word (rule 8, D38)
        (r"\b(тис|млн|млрд)\. (?=\d{1,3}\b(?![.,]\d))(?!\d+ (?:з|із)\b)", r"\1 "),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\bномер[аіу]? \d+(?:[.,]\d+)*\b", " "),
        # (17no) a vessel's name in Latin letters with its number ("лайнера Queen Mary 2",
        # "теплохода Costa Serena 5"): a designation, no count (D32, D54.3)
        (
            r"\b((?:лайнер|теплоход|судн|корабл|пором|яхт|танкер|суховантаж|круїзник)[а-яіїєґ']* "
            r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}) \d{1,4}\b(?![.,]\d)",
            r"\1",
        ),
        # "чверть мільйона" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\bчверт[ьі] (?=(?:тисяч|мільйон|мільярд)\w*)", "0,25 "),
        # "ні одного загиблого" (not a single one): none, no count (D36)
        (r"\b(?:ні|ані) (?:одного|одної|однієї|один|одна|одну|єдиного|єдиної)\b", "ні"),
        # (17cb) "не загинула навіть одна людина" (not even one died): none, no count (D36, D60.3)
        (r"\bнавіть (?:одного|одної|однієї|один|одна|одну)\b(?=[^,;.]*\bне\b)", "навіть"),
        (r"(\bне\b[^,;.]*?)\bнавіть (?:одного|одної|однієї|один|одна|одну)\b", r"\1навіть"),
        # (17cb) "ще" that is "still / even / yet" is no "more" of the count (rule 12, D60.1):
        # after "все / усе" or a verb of remaining ("в стаціонарі залишаються ще 15 хворих"),
        # before such a verb or "не" ("ще не знайдено 12"), before a time ("ще до початку
        # війни", "ще у 2014 році", "ще вчора"); "ще 15 людей", "ще у 15 областях", "ще до 100
        # тисяч", "перебувають ще 15" (a verb of being: 15 more) stay additional
        (r"\b(вс[еі]|усе|залишається|залишаються|залишилися|залишилось|залишилося|лишається|"
         r"лишаються|вважаються|числяться|продовжують|поки|"
         # (27ru, D194.1) the other forms of "remain" ("залишилася ще", "лишилося ще")
         r"залишився|залишилася|залишилась|залишились|залишиться|залишаться|лишилося|лишилось|"
         r"лишився|лишилася|лишилися|лишились|"
         # (35ra, D233.1) "rest" ("під завалами спочивають ще 200 тіл", still rest)
         r"спочивають|спочиває|спочивали|спочивало) ще\b", r"\1"),
        # ("ще не менше 10 людей", at least ten more: "не" of a qualifier stays "more", rv12)
        (r"\bще (?=(?:залишається|залишаються|лишається|лишаються|вважаються|числяться|"
         r"немає)\b|не\b(?! (?:менше|більше)\b))", ""),
        (r"\bще (?=(?:(?:до|у|в|з|із|на|при|після) (?:(?:19|20)\d\d\b(?![.,]?\d)|"
         r"(?:почат|кін|середин|закінч|минул|позаминул|ц[ьеі]|т[оі]|січ|лют|берез|квіт|трав|черв|"
         r"лип|серп|верес|жовт|листопад|груд|ран|вечор|ноч|війн|пандемі|епідемі|революці|"
         r"радянськ|час|нов|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ)\w*)|(?:вчора|"
         r"позавчора|сьогодні|вранці|зранку|ввечері|увечері|вночі|уночі|вдень|влітку|взимку|"
         r"навесні|восени|тоді|раніше|нещодавно|напередодні|давно)\b))", ""),
        # (17cb) "пілот і всі четверо пасажирів загинули": "and all N" after a word counts the
        # others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (r"(?<=[^\W\d] )(і|й|та) (?:всі|усі) (?=\d|(?:два|дві|три|чотири|п'ять|шість|сім|вісім|"
         r"дев'ять|десять|двоє|троє|четверо|п'ятеро|шестеро|семеро)\b)", r"\1 ще "),
        # a number after "№" names an institution ("колонии №1", "no1" once normalised), no
        # count (D32)
        (r"(?:№|\bno)\s*\d+(?:/\d+)?", " "),
        # aircraft and weapon designations ("Ан-24", "Су-25", "Т-72"; lower case once
        # normalised): no count (D32)
        (r"\b[а-яёіїє]{1,2}-\d+", " "),
        # "до 3-х тисяч", "50-ти тисяч": a case ending on a cardinal, not an ordinal (D7);
        # "90-х років" (the nineties) stays a date
        (r"\b(\d+)-(?:х|ти|ми|ох|ьох)\b(?!\s+(?:рок|рр|літ))", r"\1"),
        # "152-м особам": the dative ending before a dative plural is a cardinal (D7)
        (r"\b(\d+)-м(?=\s+[^\W\d_]+(?:ам|ям|им)\b)", r"\1"),
        # ages ("у віці від 18 до 22 років", "віком 25 років") are no counts (D7)
        (
            r"\b(?:[ув] віці|віком) (?:від |до )?\d+(?:\s*(?:-|–|до)\s*\d+)? (?:років|року|рік)\b",
            " ",
        ),
        # "в інших регіонах" (in other regions): "other" names a place, not more of the count
        (r"\b(в|у|на|з|із|зі|від|для|по|серед|при) інших\b(?!\s*\d)", r"\1"),
        # "у вісім разів" (eightfold): a multiplier, as "разів більше" (rule 13)
        (
            r"\b[ув] (\d[\d,.]*|два|дві|три|чотири|п'ять|шість|сім|вісім|дев'ять|десять|півтора|"
            r"сто|тисячу|десятки|сотні|кілька|пару) (раз|рази|разів)\b",
            r"\1 \2 більше",
        ),
        # "в одній із місцевостей" (in one of the places): a place, no count
        (r"\b[ув] одн(?:ому|ій) (?:з|із)\b", " "),
        # an age written with a hyphen ("36-річного шахтаря"), not "річний" (annual)
        (r"\b\d+-річн\w*", " "),
        # "15 загиблих, четверо з них діти": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) (?:з|із|зі) них\b", r", у тому числі \1"),
        # "піднялася лише до 35,9": a verb of rising before "до" gives the new value (D29, D31)
        # a change "from A to B", "fell to N" and "having raised them to N" too (D35), also with
        # the count named between ("зросла кількість загиблих до 17", D38); (17nh) "doubled to N"
        # is a change too, also with the time since when and a dash ("подвоїлася кількість ДТП з
        # початку доби - до 260", D48.3)
        # (17nm) the future and present forms ("загальна кількість … збільшиться до 377", "виросте
        # до 215", "зростає до"), an adverb after the verb and the old count's scale ("скоротилася
        # незначно - з 145 тис. до 122 тис.") too (D29, D35, D52.3)
        (
            r"\b(піднял\w+|підняв\w*|зросл\w+|зріс|збільш\w+|збільшивши|зменш\w+|скороти\w+|"
            r"знизи\w+|впал\w+|подвоїл\w+|подвоїв\w*|потроїл\w+|потроїв\w*|зрост(?:е|уть|ає|ають)|"
            r"вирос\w*|виріс|вирост(?:е|уть|ає|ають)|подвоїт\w+|знижу\w+|скорочу\w+|впаде|впадуть) "
            r"(?:(?:їх|його|її) )?(?:(?:незначно|значно|суттєво|різко|помітно|трохи|ще|знову|"
            r"відразу|одразу) )?(?:- )?"
            # (17cg) a weekday and its date between ("зросла у четвер, 16 червня, до 38", D65.5)
            r"(?:(?:у|в) (?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)"
            r"(?:,? \d{1,2} [^\s\d,.]+)?,? )?"
            # (17no) by how much, as a multiple or a fraction ("скоротилася майже вдвічі до 42";
            # D35, D54.6)
            r"(?:(?:майже |приблизно |більш ніж |понад )?(?:вдвічі|удвічі|втричі|учетверо|"
            r"наполовину|на третину|на чверть) )?"
            r"(?:(?:кількість|число|чисельність) [^\s\d,.]+ )?"
            # (17nj) the old count's year, also after its noun ("знизилася з 500 у 2014 році до
            # 284", D49)
            r"(?:(?:з|від) \d[\d,.]*(?: (?:тис\.?|тисяч\w*|млн\.?))? "
            r"(?:(?:[^\s\d,.]+ )?(?:у|в) (?:19|20)\d\d (?:році |р\. ?)?)?)?"
            r"(?:(?:з|від) початку (?:доби|дня|тижня|місяця|року) )?(?:- )?"
            r"(?:лише |тільки |вже )?до\b",
            # (17tc) the count after the change is the new total: a total word stands for "до", so
            # that beside another number ("у трьох країнах кількість загиблих зросла до 4500") it
            # is the figure (D35, D58.1)
            r"\1 усього",
        ),
        # (35ra, D233.4) the noun of the change, its count named after it ("про збільшення
        # кількості загиблих … до семи"; ru round 102) gives the new total as the verb does; six
        # words between at most, no number, no comma
        (
            r"\b((?:збільшенн|зменшенн|скороченн|зниженн|зростанн)\w*) "
            r"((?:кількості|числа|чисельності)(?: [^\s\d,.;:]+){1,6}) до\b",
            r"\1 \2 усього",
        ),
        # (17no) "посилити пошукову групу до 70 осіб" (strengthen the group to 70): a verb that
        # brings a group to N, its object between, gives the new total (D35, D54.6)
        (
            r"\b(посили\w*|підсили\w*|нарости\w*|довест\w*|довів|довели|доведен\w*|розшири\w*) "
            r"((?:[^\s\d,.]+ ){0,2})до (?=\d)",
            r"\1 \2",
        ),
        # with a qualifier between ("зросла щонайменше до 69"): the qualifier is kept
        (
            r"\b(піднял\w+|підняв\w*|зросл\w+|зріс|збільшил\w+) "
            r"(щонайменше|принаймні|майже|понад|близько|приблизно) до\b",
            r"\1 \2",
        ),
        # "станом на 23.00", "о 14:30": a clock time is no figure (D28, D33)
        (r"\b(станом на) ([01]?\d|2[0-3])[.:][0-5]\d\b", r"\1"),
        (r"\b(на|о) ([01]?\d|2[0-3]):[0-5]\d\b", r"\1"),
        # (19ms, D90) the same written with a point after "о", "об", "до", "після", "близько",
        # "з" ("о 20.35", "до 6.00"), not before a unit of its own ("у 1.50 раза", "до 12.50
        # грн"); and an hour told by the part of the day ("до 6 ранку", "о 8 вечора")
        (
            r"\b(о|об|до|після|близько|з) ([01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d)"
            r"(?! ?(?:раз|%|відсот|тис|млн|млрд|грн|гривень|доллар|долар|євро|кг|т\b|км|м\b))",
            r"\1",
        ),
        (r"\b([01]?\d|2[0-3])(?:[.:][0-5]\d)? (ранку|вечора|ночі)\b", r"\2"),
        # "півсотні" (half a hundred) is a numeral of its own, exact 50 as "півтисячі" is 500
        # (17nd); "сотні" alone is "hundreds", vague, so it is no "0.5 сотні"
        (r"\bпів(?:-| )?сотні\b", "півсотні"),
        (r"\bпів(?:-| )?(мільйона|тисячі)\b", r"0.5 \1"),
        (r"\bпівтор(?:а|и) (тисячі|мільйона|сотні)\b", r"1.5 \1"),
    ],
    "stop": [
        # (17nm) "більше всього скасувань – 42" (the most: 42) is a superlative, no "more than"
        # (rule 3, D52.5)
        "більше всього", "більше всіх", "менше всього",
        # "rose to N" is the new total, exact (rule 1): not "до" = up to
        "зросло до", "зросла до", "зріс до", "зросли до", "збільшилася до", "збільшилась до",
        "збільшилося до", "збільшилось до", "збільшився до", "збільшилися до",
        "військових", "військовослужбовців", "солдатів", "вояків", "людей", "осіб",
        "північнокорейських", "кндр", "загинули", "поранені", "втрати", "і", "та", "в", "у", "на",
        "з", "із", "що", "не", "близько", "понад", "тисяч", "тис", "ще", "дітей", "загиблих",
        "російських",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["зим\\w*", "взимку", "узимку"],
        "spring": ["весн\\w*", "навесні"],
        "summer": ["літо", "літа", "літку", "влітку", "улітку", "літом"],
        "autumn": ["осін\\w*", "осен\\w*", "восени", "увосени"],
    },
    "words": {
        "rel:last": ["минул\\w*", "попередн\\w*"],
        "rel:last unit:year": ["торік", "минулоріч\\w*"],
        "rel:past": ["останн\\w*"],
        "rel:this": ["цей", "цього", "цьому", "цю", "цієї", "ця", "поточн\\w*", "нинішн\\w*"],
        "rel:this unit:year": ["цьогоріч", "цьогорічн\\w*"],
        "rel:next": ["наступн\\w*", "найближч\\w*", "майбутн\\w*"],
        "unit:day": ["день", "дня"],
        "units:day": ["дні", "днів", "днями"],
        "n:24 unit:hour": ["добу", "доба", "доби"],
        "unit:week": ["тиждень", "тижня"],
        "units:week": ["тижнів", "тижні", "тижнями"],
        "weekend": ["вихідні", "вихідних"],
        "unit:month": ["місяць", "місяця", "місяці"],
        "units:month": ["місяців"],
        "unit:year": ["рік", "році"],
        "ymark": ["року", "р"],
        "units:year": ["років", "роки", "літ"],
        "unit:hour": ["годин\\w*"],
        "quarterw": ["квартал\\w*"],
        "halfw": ["півріч\\w*", "половин\\w*"],
        "part:begin": ["початк\\w*", "початок"],
        "part:mid": ["середин\\w*"],
        "part:end": ["кін\\w*", "наприкінці", "кінець"],
        "day:0": ["сьогодні"],
        "day:-1": ["вчора", "учора"],
        "day:-2": ["позавчора"],
        "day:1": ["завтра"],
        "now": [
            "на сьогодні", "станом на сьогодні", "наразі", "нині", "зараз", "вже", "уже", "досі",
            "на даний момент", "на цей час", "до сьогодні", "поки що", "на сьогоднішній день",
            "на цей момент", "на зараз",
        ],
        "before": ["нещодавно", "раніше", "перед тим", "напередодні"],
        "future": ["незабаром", "скоро", "найближчим часом", "невдовзі"],
        "within": ["протягом", "впродовж", "упродовж"],
        "since": ["з", "із", "зі", "від", "починаючи з", "починаючи від", "відтоді", "після"],
        "until": ["до", "станом на", "не пізніше"],
        "to": ["по"],
        "between": ["між"],
        "and": ["і", "й", "та"],
        "ago": ["тому"],
        "n:1": ["один", "одна", "одну", "одного", "одної", "за"],
        "n:2": ["два", "дві", "двох"],
        "n:3": ["три", "трьох"],
        "n:4": ["чотири", "чотирьох"],
        "n:5": ["п'ять", "пять"],
        "n:6": ["шість"],
        "n:7": ["сім"],
        "n:8": ["вісім"],
        "n:9": ["дев'ять"],
        "n:10": ["десять"],
        "few": ["кілька", "декілька", "кількох"],
        "ord:1": ["перш\\w*"],
        "ord:2": ["друг\\w*"],
        "ord:3": ["трет\\w*"],
        "ord:4": ["четверт\\w*"],
    },
}

# (16l) a message whose author a sentence names after the figures ("Відповідне повідомлення
# з'явилось у Telegram президента України …", "Відповідну заяву зробив …", "Повідомлення про
# це опублікував …")
_MESSAGE_CAME = ("(?:відповідн\\w*|ц\\w*|таке|такий|таку) (?:повідомлення|заяв\\w*|інформаці\\w*|"
                 "допис\\w*|відео\\w*|звернення) (?:\\S+ ){0,3}?(?:з'явил\\w*|оприлюдн\\w*|"
                 "опубліку\\w*|опублікова\\w*|поширил\\w*|поширив\\w*|розмісти\\w*|зробив|зробила|"
                 "зробили)")

# (16cd) a conclusion and where it is drawn: the source of the figures before it
_CONCLUSION = ("(?:(?:такий|цей) висновок (?:\\w+ )?(?:міститься|зробил\\w*|наводиться|робить\\w*)|"
               "до (?:такого|цього) висновку (?:\\w+ )?дійшл\\w*)")

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("Про це, як пише «Главком», «Суспільному» розповів …")
_RELAYED_ASIDE = ("(?:, як (?:[^,.]{1,40} )?(?:пише|пишуть|повідомля\\w*|повідоми\\w*|передає|"
                  "передають|інформує|зазначає|уточнює)(?: [^,.]{1,60})?,)?")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["ракет\\w*", "снаряд\\w*", "гаубиц\\w*", "дрон\\w*", "артилері\\w*", "зброї",
                "зброя", "боєприпас\\w*",
        "зброю",  # (16px)
        "гармат\\w*",  # (16px)
        "мінометів",  # (16px)
    ],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["якщо не", "а то й", "а то і", "або навіть", "чи навіть",
                          "можливо, навіть"],
    # імена з країни та органу (articles/grammar.py, lang.BODIES)
    # (16g) a body under the one it belongs to ("посол США при НАТО"): the second is no source
    "subordinate": ["при", "у складі", "в складі", "підпорядкован\\w*", "підвідомч\\w*"],
    # (19nm) ЗМІ за граматикою (articles/outlets.py): "газета «Чосон Ільбо»", "британська
    # газета The Times", "Про це повідомляє Daily Star"
    "outlet_grammar": {
        "before": ["газет[аиіу]", "газетою", "видання", "виданням", "телеканал[ауі]?",
                   "телеканалом", "агентств[оау]", "агентством", "портал[ауі]?", "журнал[ауі]?",
                   "таблоїд[ауі]?", "сайт[ауі]?", "радіостанці[яїю]", "медіа"],
        "adjectives": [],
        "verbs": ["повідомляє", "повідомил[аио]?", "пише", "писал[аио]?", "написал[аио]?",
                  "передає"],
        "verbs_after": [],
            "skip": ["північнокорейськ\\w*", "державн\\w*", "офіційн\\w*", "кндр",
                     "пропагандистськ\\w*"],
    },
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": ["українськ\\w*"],
                   "name": ["україн(?:а|и|і|у|ою)", "києв(?:а|і|ом)?", "київ"]},
            "KR": {"adj": ["південнокорейськ\\w*"],
                   "name": ["південн(?:а|ої|ій|у) коре(?:я|ї|ю|єю)", "сеул(?:а|у|ом|і)?"]},
            "US": {"adj": ["американськ\\w*"],
                   "name": ["сша", "сполучених штатів", "вашингтон(?:а|у|ом|і)?"]},
            "GB": {"adj": ["британськ\\w*"], "name": ["великобритані[їя]", "лондон[ау]?"]},
            "RU": {"adj": ["російськ\\w*"], "name": ["росі[їя]"]},
            "WEST": {"adj": ["західн\\w*"], "name": []},
        },
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["президент\\w*", "лідер\\w*", "глав\\w* держави"],
            # (16db) a country's media reporting
            # ("як повідомили українські ЗМІ", "за даними південнокорейських медіа"): the
            # news media's own reporting; North Korea's its state's (lang.BODIES)
            "media": ["змі", "медіа", "видання", "преса", "преси", "пресі"],
            "government": ["влад\\w*", "посадовц\\w*", "посадов\\w* ос\\w*", "чиновник\\w*",
                           "уряд\\w*", "представник\\w*", "дипломат\\w*", "конгрес\\w*",
                           # (16g) a country's ambassador speaks for its government ("посол США")
                           "пос(?:ол|л(?:а|ом|ові|у|и|ів|ам))", "посольств\\w*",
                           # (16ck) the source nouns of a side: "за даними українських
                           # джерел", "американська сторона" (not "на … стороні": a place),
                           # "українське керівництво"
                           "джерел\\w*", "джерело", "сторон[аи]", "керівництв\\w*"],
            "intelligence": ["розвідк\\w*", "розвідувальн\\w* (?:служб\\w*|спільнот\\w*|дан\\w*)",
                             # (16g) "за оцінками розвідслужб Південної Кореї"
                             "спецслужб\\w*", "розвідслужб\\w*",
                             # (16cd) "південнокорейське розвідувальне агентство"
                             "розвідувальн\\w* агентств\\w*"],
            "military_intelligence": ["військов\\w* розвідк\\w*"],
            "defence": ["міністерств\\w* оборони", "міноборони", "міністр\\w* оборони",
                        "оборонн\\w* відомств\\w*"],
            "military": ["військові", "військових", "військов\\w* джерел\\w*",
                         "генерал\\w*", "армі[їя]",
                         "збройн\\w* сил\\w*"],
            "security": ["служб\\w* безпеки"],
        },
        "templates": ["{adj} {body}", "{body} {name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:убит\\w*|вбит\\w*|загинул\\w*) або виведен\\w* з ладу",
            # (16cd) the active verbs, killing or wounding them ("ЗСУ ліквідували або поранили
            # кілька сотень"), as en "killed or wounded"
            "(?:вбил|убил|ліквідувал|знищил)\\w* (?:або|чи|і|й|та) поранил\\w*",
            "поранил\\w* (?:або|чи|і|й|та) (?:вбил|убил|ліквідувал|знищил)\\w*",
            # (16r) casualty cue variants (M5)
            "загинул\\w* або (?:були )?поранен\\w*",
            "вбит\\w* або (?:були )?поранен\\w*",
            "вбит\\w* або поранен\\w*", "вбит\\w* та поранен\\w*", "вбит\\w* [ій] поранен\\w*",
            "вбитими та пораненими", "загибл\\w* і поранен\\w*", "поранен\\w* та загибл\\w*",
            "втрат\\w*", "загинул\\w* або поранен\\w*", "убит\\w* або поранен\\w*",
            "загинул\\w* (?:і|й|та) (?:(?:отрима|зазна|дістал)\\w* )?поранен\\w*",  # "й" (16p)
            "загинул\\w* або (?:дістал|отрима)\\w* поранен\\w*",
            # (16y) "поранених чи загиблих" ("чи": or), "від вбитих в бою до поранених" (a range
            # of losses)
            "поранен\\w* (?:чи|або) (?:загибл|вбит|убит|загинул)\\w*",
            "(?:загибл|вбит|убит)\\w* чи (?:були )?поранен\\w*",
            "від (?:вбит|убит|загибл)\\w* (?:\\w+ ){0,3}до поранен\\w*",
        ],
        "killed": ["загибел\\w*",
                   "загинул\\w*", "загибл\\w*", "вбит\\w*", "ліквідува\\w*", "ліквідован\\w*",
                   "знищен\\w*", "смерт\\w*", "загинуло", "убит\\w*",
                   # (16gh) losses counted as killed, the instrumental ("КНДР втратила вбитими
                   # близько 2000"), not "вбитими та пораненими"
                   "втрат\\w* (?:вбитими|убитими)(?! (?:і|й|та|або|чи) поранен)",
                   # (16x) the dead counted on a memorial ("стела з фотографіями 101 бійця",
                   # "меморіальна стіна з портретами 101 військового")
                   "(?:меморіал\\w*|стел(?:а|и|у|ою)|пам['’]ятн\\w*)[^.\\d]{0,60}?"
                   "(?:портрет|фотографі|фото|імен)\\w*"],
        "wounded": ["поранен\\w*"],
        "captured": ["затрима\\w*",
                     "в полон\\w*", "у полон\\w*", "полонен\\w*", "полонил\\w*", "полонених",
                     # (16g) prisoners of war in one word ("Двоє військовополонених із КНДР")
                     "військовополонен\\w*",
                     "взял\\w* в полон", "полоні",
                     # (16c) not seized land ("дітей із захоплених територій")
                     "захоплен\\w*(?!\\s+(?:територі|міст|сел|район|област|земл))",
                     # (16g) seizing verbs ("Україна захопила двох … солдатів", "захоплено")
                     "захопил\\w*", "захоплю\\w*", "захопи(?:ти|ть|ли)", "захоплено"],
        "died_in_captivity": [
            # captured …, then died (no number between)
            "захоплен\\w* у полон[^.\\d]{0,60} помер\\w*",
            "помер\\w* у полоні", "помер\\w* в полоні", "помер від поранень",
            # (18) "помер наступного дня після полонення" (полонення is of people only)
            "(?:помер|померл|загину)\\w*[^.\\d]{0,40} після (?:свого |його |їх )?полонення",
            # (16ru) "помер 27 грудня від загострення ран", "помер унаслідок ускладнення ран",
            # "помер від отриманих поранень"
            "помер\\w* (?:\\S+ ){0,3}?(?:від|через|внаслідок|унаслідок) (?:загостренн\\w* |"
            "ускладненн\\w* |отриман\\w* |важк\\w* )?(?:поранень|ран)",
            "помер\\w* після полону",
            "полонен\\w*[^.\\d]{0,40} помер\\w*",  # "полонені солдати КНДР померли"
        ],
        "deployed": ["направ\\w*", "відправ\\w*", "перекину\\w*", "розміщ\\w*", "розгорну\\w*",
                     # (16c) arriving ("Очікується прибуття 1000 саперів", "прибудуть")
                     "прибул\\w*", "прибут(?:и|т\\w*)", "прибува\\w*", "прибуд\\w*",
                     "приїхал\\w*", "воюють", "перебуває", "перебувають",
                     "контингент\\w*", "дислок\\w*", "передислок\\w*",
                     # (16ru) the strength of the force ("чисельність військових складає близько
                     # 12 тисяч")
                     "чисельніст\\w*"],
        "treated_in_north_korea": ["лікуван\\w*", "реабілітаці\\w*", "санатор\\w*", "лікуються",
                                   # (16y) the wounded sent to North Korea ("поранених,
                                   # відправлених до КНДР"): treated there
                                   "поранен\\w*,? (?:відправ|направ|доставл|вивез|привез)\\w* "
                                   "(?:на лікування )?(?:до|в|у) (?:кндр|північн\\w* коре\\w*|"
                                   "пхеньян\\w*)",
                                   "(?:відправк|направленн|доставк)\\w* (?:\\w+ )?поранен\\w* "
                                   "(?:\\w+ ){0,2}?(?:до|в|у) (?:кндр|північн\\w* коре\\w*|"
                                   "пхеньян\\w*)"],
        # "прийняли участь" (took part) hosts nobody
        # (16c) nor "прийнято рішення" (a decision taken)
        "hosted_children": ["табор\\w*", "прийня\\w*(?!\\s+(?:участ|рішен))", "відпочин\\w*",
                            # (16pq) "діти … відпочивають у КНДР", "на канікулах", as en
                            # "vacationing"
                            "відпочива\\w*", "канікул\\w*"],
        "workers_sent": ["робітник\\w*", "працівник\\w*", "будівельник\\w*", "на (?:\\w+ )?роботу",
                         # (16cd) people who work there ("Тисячі північнокорейців працюють у РФ";
                         # not "працюють над", working on something)
                         "працю(?:ють|вали)(?! над)",
                         # (16c) sent to work ("відправляють працювати до Росії")
                         "(?:відправ|направ|привоз|привез|виїжджа|приїжджа)\\w* "
                         "(?:\\w+ ){0,2}?працювати"],
        "materiel_sent": [
            # (16r) materiel noun variants (V)
            "артснаряд\\w*",
            "артилерійськ\\w* снаряд\\w*",
            "снаряд\\w*", "ракет\\w*", "контейнер\\w*", "боєприпас\\w*",
                          "гаубиц\\w*",
                          # (16y) "від 50 до 100 одиниць північнокорейської техніки"
                          "одиниц\\w* (?:\\w+ ){0,2}?(?:брон\\w*|авто)?техніки",
            # (16mw) self-propelled guns and artillery mounts ("120 самохідних артилерійських
            # установок", "САУ", "гармат", "одиниць артилерії"; not bare "артилерійських
            # систем": "використання … артилерійських систем" in a sentence of training, no
            # count, would end a report's carry), launchers
            # ("РСЗВ", "реактивних систем залпового вогню"), armoured vehicles, air defence
            # ("систем ППО", "ЗРК"), small arms, mortars, grenades, cartridges; tanks and
            # drones stay counts of no figure (``not_figure_after``)
            "самохідн\\w*", "сау", "артилерійськ\\w* (?:установ|гармат|комплекс)\\w*",
            "одиниц\\w* (?:\\w+ )?артилері(?:ї|йськ\\w*)", "гармат\\w*", "коксан\\w*", "koksan",
            "рсзв", "(?:реактивн\\w* )?систем\\w* залпового вогню", "пусков\\w* установ\\w*",
            "бронемашин\\w*", "бронетранспорт\\w*", "бтр", "бмп",
            "броньован\\w* (?:машин|автомобіл)\\w*", "бронетехні\\w*", "зенітн\\w*",
            "(?:систем|комплекс)\\w* ппо", "зрк", "пзрк", "гвинтів(?:ок|ки|ка)", "автоматів",
            "стрілецьк\\w* зброї", "міномет\\w*", "гранат\\w*", "набо(?:їв|ї)"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["солдат\\w*", "військов\\w*", "бійц\\w*", "вояк\\w*"],
    "troops": ["солдат\\w*", "військов\\w*", "військовослужбов\\w*", "бійц\\w*", "вояк\\w*",
               # (16pr) the troops as a body ("додаткові війська", "10 тисяч військ"), as ru
               # "войск"
               "війська", "військ", "людей", "осіб", "сапер\\w*", "кндрівц\\w*",
               "північнокорейців",
               # (16ru) engineers counted ("близько тисячі бойових інженерів", "ще 1 тисячу
               # інженерів"): soldiers of the later waves (``engineers``)
               "інженер(?:ів|и|ам|ами|ах)",
               # (16l) one North Korean ("першого північнокорейця"): a captive (not the
               # nominative a number ending in 1 takes: "в'їхав 13 221 північнокореєць")
               "північнокорейц(?:я|ю|ем|еві)"],
    # (16cd) schoolchildren are children ("близько 250 школярів"; "дитячий табір" names the camp)
    "children": ["діт\\w*", "дитин\\w*", "сиріт\\w*", "школяр\\w*", "учн(?:і|ів|ям|ями|ях)",
                 "неповнолітн\\w*"],  # (16kl) minors are children, as en "minors"
    "russian_wounded": ["поранен\\w* російськ\\w*", "поранен\\w* окупант\\w*"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["(?:поранен|ранен)\\w* північнокорейськ\\w*",
                    "північнокорейськ\\w* (?:поранен|ранен)\\w*"],
    # (16c) not "все ще" (still: "8 тисяч … все ще воюють"); "на додачу до 11 000" makes the
    # figure before it the additional one (the words take the number after them: not that one)
    "additional": ["додатков\\w*", "(?<!вс[еі].)ще",
                   # (16l) not new equipment ("навчаються на новій військовій техніці")
                   "нов\\w*(?! (?:\\w+ )?(?:техні|технолог|зброї|зброю|озброєн|систем|ракет|"
                   "снаряд|дрон|безпілотник|позиці|територі|напрямк|ділянк)\\w*)",
                   "третьої хвилі", "друга хвиля",
                   # (16pr) "більше військ" (not "більше 1000"), reinforcements, a later group
                   # by its order or its turn ("другий контингент", "ротація")
                   "більше(?= (?:військ|війська|солдат|військових|бійців)\\b)",
                   "підкріплен\\w*", "друг\\w* (?:хвил|контингент|парті)\\w*", "ротаці\\w*",
                   "(?:на (?:додачу|додаток)|на доповнення|додатково) до(?: \\S+){1,3}"],
    # (16y) a planned, announced or future sending is an additional deployment ("незабаром
    # прибудуть", "планує перекинути"), not the troops already there
    "planned": [
        # (16gh) an agreement to send is a sending to come ("домовився … про відправку 6000")
        "домови(?:л|в)\\w* (?:[^.,;]{0,40} )?про (?:направлення|відправку|перекидання)",
        "планує\\w*", "планують", "планується", "запланова\\w*", "мають? намір",
                "збирається", "збираються", "готується", "готуються", "прибуд\\w*",
                "відправить", "відправлять", "направить", "направлять", "перекине", "перекинуть",
                "надішле", "надішлють",
                "(?:може|можуть|зможе|зможуть) (?:відправити|направити|перекинути|надіслати)",
                "будуть (?:відправлен|направлен|перекинут|розгорнут)\\w*",
                "(?:очікується|планується) (?:прибуття|відправка|перекидання)",
                # (16c) promised or due sendings ("пообіцяла передати", "мають прибути")
                "(?:пообіця|обіця)\\w* (?:відправити|направити|перекинути|надіслати|передати)",
                "(?:мають|має|повинні) (?:прибути|бути (?:відправлен|направлен|перекинут)\\w*)",
                # (16c) plans as a noun ("про плани Пхеньяна … направити")
                "(?:план(?:и|ах|ами)?|намір\\w*) (?:\\w+ ){0,3}?(?:направити|відправити|"
                "перекинути|надіслати|передати)",
        "найближчим часом",  # (16px)
        # (16pr) the future of the verbs of sending in their imperfective aspect
        # ("відправлятиме бійців партіями", "буде направляти")
        "(?:відправлят|направлят|перекидат|надсилат)им\\w*",
        "буд(?:е|уть) (?:відправляти|направляти|перекидати|надсилати)",
    ],
    "north_korea": ["північнокорейськ\\w*", "кндр", "північн\\w* коре\\w*", "пхеньян\\w*",
                    "північнокорейц\\w*", "кім чен ин\\w*",
                    "корейськ\\w* народн\\w* армі\\w*", "кна",  # the Korean People's Army
                    # (16l) North Korea's army is no other army ("солдатів … північнокорейської
                    # армії"): the longest mention wins over "армії" alone (as ru)
                    "північнокорейськ\\w* армі\\w*",
                    # (23at) the official name ("військовослужбовців Корейської Народно-
                    # Демократичної Республіки")
                    "корейськ\\w* народно-демократичн\\w* республік\\w*"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("вбили чотирьох
        # людей у Києві")
        "(?:людей|осіб|мешканц\\w*) (?:у|в) (?:києві|харкові|одесі|дніпрі|запоріжжі|львові|"
        "україні)",
        "мешканц\\w* (?:києва|харкова|одеси|дніпра|запоріжжя|львова|україни)", "українц\\w*",
        # mixed units are not ours
        "російськ\\w* і північнокорейськ\\w*", "російськ\\w* та північнокорейськ\\w*",
        "російськ\\w* військов\\w*", "російськ\\w* солдат\\w*", "окупант\\w*",
                   "українськ\\w* військов\\w*", "зсу", "цивільн\\w*",
        # (16ru) another country's soldiers ("вбивши та поранивши дев'ятьох американських
        # солдатів": the Pueblo's crew in 1968)
        "(?:американськ|британськ|японськ|південнокорейськ)\\w* "
        "(?:солдат|моряк|військовослужбовц)\\w*",
        # Russia's own losses, another country's army ("армія Європи", "у своїй армії")
        "росі\\w* втрати\\w*", "ворог\\w* втрати\\w*", "арм(?:ія|ію|ією|ії|ій)",
        # (16l) Russia bearing losses ("Росія зазнає великих втрат в Україні — 1200 військових
        # на добу"), Russia's or the Russian army's losses
        "(?:росі\\w*|москв\\w*|рф|ворог\\w*|противник\\w*|окупант\\w*) (?:зазна\\w*|нес[еу]\\w*|"
        "понес\\w*)(?: \\w+){0,2}? втрат\\w*",
        "втрат\\w* (?:росії|рф|москви|російськ\\w* (?:армі\\w*|військ\\w*)|ворога|противника|"
        "окупантів)", "російськ\\w* втрат\\w*",
        "чеченськ\\w*",  # (16px)
        "чеченц\\w*",  # (16px)
        "ізраїльськ\\w*",  # (16px)
        "ізраїльтян\\w*",  # (16px)
        "палестинц\\w*",  # (16px)
        "палестинськ\\w*",  # (16px)
        "(?:удар|атак|обстріл)\\w* (?:по|на) (?:києву|київ|україні|україну)",  # (16px)
        "ахмат\\w*",  # (16px)
        "російськ\\w* (?:військ|бійц|сил)\\w*",  # (16px)
        "українськ\\w* (?:солдат|бійц)\\w*",  # (16px)
        "російськ\\w* (?:удар|обстріл)\\w*",  # (16px)
    ],
    "attribution_next": [  # речення про те, чиї цифри наведено перед ним
        "(?:таку|цю) заяву (?:\\w+ )?(?:зробив|зробила|зробили)",
        "про це" + _RELAYED_ASIDE
        + " [^.]{0,80}?(?:повідом\\w*|заяв\\w*|розпові\\w*|йдеться|пише|пишуть|"
        "інформу\\w*|сказа\\w*)",
        "(?:такі|ці) (?:дані|цифри|оцінки) (?:\\w+ )?(?:навів|навела|навели|наводить|озвучи\\w*|"
        "назва\\w*|повідоми\\w*|оприлюдни\\w*)",
        "ця цифра", "ці цифри", "ці дані",
        # (16cd) "Такий висновок міститься в звіті ISW", "До такого висновку дійшли в …"
        _CONCLUSION,
        # "Таку інформацію надав журналістам …" (16p)
        "(?:таку|цю) інформацію (?:\\w+ )?(?:надав\\w*|оприлюдни\\w*|пошири\\w*|повідоми\\w*|"
        "озвучи\\w*|підтверди\\w*|навів|навела|навели|переда\\w*)",
        # (16y) "Джерело: начальник ГУР …" (Українська правда): the lead's source
        "джерело:",
        # (16l) "Відповідне повідомлення з'явилось у Telegram президента …", "Відповідну заяву
        # оприлюднив …": the message the figures before come from
        _MESSAGE_CAME,
        "(?:повідоми\\w*|заяви\\w*|розпові\\w*|написа\\w*|сказа\\w*|інформува\\w*) "
        "про це",  # (16sw)
        "(?:дані|цифри|відомості) (?:\\w+ )?(?:наводить|наводять|навів|навела|"
        "навели|оприлюдни\\w*|опублікува\\w*|озвучи\\w*)",  # (16sw)
    ],
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "виявив", "виявила", "виявили", "зафіксува(?:в|ла|ли)",
        "за даними", "за словами", "заявив", "заявила", "заявили", "повідомив\\w*",
                    "повідомляє", "повідомили", "з посиланням", "за оцінками", "за інформацією",
                    "стверджує", "зазначив\\w*", "підтвердив\\w*", "розповів\\w*", "передає",
                    "за їх даними", "за його словами", "за її словами", "за їхніми словами",
                    "нагадав\\w*", "за словам",
                    # (16y) "За його даними, …", "за її інформацією", "на його думку"
                    "за (?:його|її|їхніми|їх) (?:даними|оцінками)",
                    "за (?:його|її|їхньою|їх) інформацією", "на (?:його|її|їхню|їх) думку",
                    # (16c) an estimate with its author after it ("попередню оцінку Сеула",
                    # "оцінка Білого дому в 3 000")
                    "оцінк(?:а|у|ою|и|ами)",
                    # (16c) every verb of saying, estimating, reporting, confirming, accusing in
                    # the tenses outlets write, and statement nouns with their author
                    "заявля\\w*", "повідомил\\w*", "повідомля\\w*", "сказав", "сказал\\w*",
                    "каже", "кажуть", "говорить", "говорять", "говориться", "пише", "пишуть",
                    "передають", "зазначил\\w*", "зазначає", "зазначають", "підтвердил\\w*",
                    "підтверджу\\w*", "розповіл\\w*", "розповіда\\w*", "оцінив\\w*",
                    "оцінил\\w*", "оціню\\w*", "підрахува\\w*", "стверджу\\w*",
                    "уточни(?:в|ла|ли)", "поясни(?:в|ла|ли)", "дода(?:в|ла|ли)", "наголоси\\w*",
                    "наголошу\\w*", "підкресли\\w*", "вказа(?:в|ла|ли)", "звинуват\\w*",
                    "звинувачу\\w*", "визна(?:в|ла|ли)", "доповіл\\w*", "доповів",
                    "поінформува\\w*", "озвучи(?:в|ла|ли)", "вважа(?:є|ють|в|ла|ли)",
                    # (a statement noun after "згідно з": "згідно з договором" names no source)
                    "згідно (?:з|із) (?:даними|оцінк\\w*|інформаці\\w*|відомостями|підрахунками|"
                    "заяв\\w*|доповід\\w*|звіт\\w*)",
                    "за відомостями", "за підрахунками", "за оцінкою",
                    "за розрахунками", "у заяві", "в заяві", "оголоси(?:в|ла|ли)", "оголошу\\w*",
                    "анонсува\\w*", "зі слів", "із слів", "за версією", "за твердженням",
                    "циту\\w*", "посилаючись на",
                    # (16x) supposing ("Шин Вон Сік також припустив в інтерв'ю, що …")
                    "припусти(?:в|ла|ли)",
                    # (16cd) sharing information is saying it ("поділилася інформацією, що …")
                    "поділил\\w* (?:\\w+ )?(?:інформаці\\w*|дан\\w*|відомост\\w*)",
        "за повідомленням",  # (16sw)
        "за повідомленнями",  # (16sw)
        "згідно (?:з|із) (?:повідомленн\\w*|публікаці\\w*)",  # (16sw)
        "за заявою",  # (16sw)
        "заявило",  # (16sw)
        "інформу(?:є|ють)",  # (16sw)
        "написа(?:в|ла|ли|ло)",  # (16sw)
        "уточню(?:є|ють|ється)",  # (16sw)
        "поясню(?:є|ють|ється)",  # (16sw)
        "дода(?:є|ють)",  # (16sw)
        "підкреслю\\w*",  # (16sw)
        "зауважи(?:в|ла|ли|ло)",  # (16sw)
        "зауважу\\w*",  # (16sw)
        "констатува\\w*",  # (16sw)
        "запевни(?:в|ла|ли|ло)",  # (16sw)
        "запевня\\w*",  # (16sw)
        "нарахува(?:в|ла|ли|ло)",  # (16sw)
        "порахува(?:в|ла|ли|ло)",  # (16sw)
        "нав(?:ів|ела|ели|одить|одять) (?:дані|цифр\\w*|оцінк\\w*|відомості)",  # (16sw)
        "назва(?:в|ла|ли|ло) (?:цифр\\w*|числ\\w*)",  # (16sw)
        "оприлюдни(?:в|ла|ли|ло)",  # (16sw)
        "оприлюдню\\w*",  # (16sw)
        "опублікува(?:в|ла|ли|ло)",  # (16sw)
        "у повідомленні",  # (16sw)
        "в повідомленні",  # (16sw)
        "йдеться (?:у|в) (?:повідомленн\\w*|заяв\\w*|звіт\\w*|доповід\\w*|"
        "документ\\w*|дописі)",  # (16sw)
        "мовиться",  # (16sw)
        "сказано",  # (16sw)
        "зазначено",  # (16sw)
        "доповіда\\w*",  # (16sw)
        "визна(?:є|ють)",  # (16sw)
        "підрахову\\w*",  # (16sw)
    ],
    # (16c) the "according to" words (articles.claimants, rules.scoped)
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) відомості, які передає мовець, від джерела, названого одразу після ("before") або
    # перед ("after") цими словами: їхнє джерело (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:дан\\w+|інформаці\\w+|відомост\\w+),? (?:йому |їй |їм )?"
            "(?:отриман|надан|передан)\\w* (?:йому |їй |їм )?(?:від|з боку)?",
            "(?:спира|посила|базу)\\w*(?:ся)? на (?:інформаці|дан|відомост)\\w*"],
        "after": [],
    },
    "others": [
        "(?:і|та|й) (?:низки |кількох )?інш\\w+ (?:західн\\w+ )?(?:країн\\w*|держав\\w*)",
        "(?:і|та|й) (?:її|його|їхн\\w+) (?:західн\\w+ )?союзник\\w*",
    ],
    "interviewer": {"before": ["інтерв[ʼ'’]?ю"], "after": []},
    "according": ["за даними", "за словами", "зі слів", "за версією", "за твердженням",
                  "за оцінками", "за оцінкою", "за інформацією",
                  "за відомостями", "за підрахунками",
                  "згідно (?:з|із) (?:даними|оцінк\\w*|інформаці\\w*|відомостями|підрахунками|"
                  "заяв\\w*|доповід\\w*|звіт\\w*)",
        "за повідомленням",  # (16sw)
        "за повідомленнями",  # (16sw)
        "за заявою",  # (16sw)
        "згідно (?:з|із) (?:повідомленн\\w*|публікаці\\w*)",  # (16sw)
        "згідно (?:з|із) (?:останніми|новими|свіжими|офіційними|оновленими|"
        "уточненими|попередніми) (?:даними|оцінками|відомостями)"
        "(?!\\s*[,.;:—–-])",  # (16sw)
        "за (?:останніми|новими|свіжими|офіційними|оновленими|уточненими|"
        "попередніми) (?:даними|оцінками|відомостями)"
        "(?!\\s*[,.;:—–-])",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["раніше", "до цього", "попередн\\w*", "колишн\\w*"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["тоді як", "в той час як", "у той час як"],
    "intelligence": ["розвідк\\w*", "розвідувальн\\w*",
                     # (16x) "За словами парламентарів …, розвідслужба також заявила"
                     "розвідслужб\\w*", "спецслужб\\w*"],
    "clause": ["і", "та", "а", "але"],
    "relay": ["парламентськ\\w+ комітет\\w*", "депутат\\w*", "законодав\\w*", "парламентар\\w*"],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "за (?:наявними|деякими|різними|попередніми|останніми) оцінками",
        "вважається", "за деякими даними", "як відомо",
        # (16wp) "probably" hedges a figure only at it ("Пхеньян, ймовірно, отримав понад 9
        # тисяч", "ймовірно, близько 300"): three words at most before its number; hedging a
        # place or purpose ("близько тисячі саперів … – ймовірно, в Курській області",
        # glavnoe.in.ua) it leaves the figure to the source carried on
        "[ій]мовірно(?=,?\\s+(?:[^\\s.;:!?]+\\s+){0,3}?(?:\\d|(?:близько|понад|щонайменше|"
        "приблизно|майже|більше|менше|кілька\\w*|кількох|десят\\w*|сотн?\\w*|тисяч\\w*|"
        "мільйон\\w*|дв(?:а|і|ох|ома|адцят\\w*|іст\\w*)|тр(?:и|ьох|ьома|идцят\\w*|иста)|"
        "чотир\\w*|п[’'ʼ]?ят\\w*|шіст\\w*|сім(?:ох|ома|десят\\w*|сот\\w*)?|вісім\\w*|"
        "дев[’'ʼ]?ят\\w*|півтор\\w*)(?!\\w)))",
        # (16gh) reported earlier, nobody named ("Раніше повідомлялося, що …")
        "(?:раніше |як )?повідомлял(?:ось|ося)",
                   # (16c) unnamed analysts or experts ("За підрахунками аналітиків, …"): nobody's
                   "(?:за (?:даними|оцінк\\w*|підрахунками|розрахунками|словами)|на думку|"
                   "згідно з (?:даними|оцінками|підрахунками)) (?:\\w+ )?(?:аналітик|експерт|"
                   "фахів|спостерігач|дослідник)\\w*",
        "за чутками",  # (16sw)
        "за повідомленнями (?:змі|медіа|преси)",  # (16sw)
        "за (?:непідтвердженими|неофіційними|попередніми|наявними|останніми) "
        "(?:даними|відомостями|інформацією)(?=\\s*[,.;:—–-])",  # (16sw)
        "як стало відомо",  # (16sw)
        "за різними (?:оцінками|даними)",  # (16sw)
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:може|можуть|зможе) (?:вмістити|розмістити)",
        "місткіст\\w*",
        "розрахован\\w* на",
        "місць? для",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:здатн\\w*|може|можуть|зможе) (?:перевозити|перевезти|взяти на борт)",
    ],
    "excluded": [
        # (16ce) дезертири: не цифра історії
        # (17ch) not desertion fought ("щоб зупинити дезертирство", "для боротьби з
        # дезертирством"): no soldier deserted
        "дезертир(?!ств)\\w*", "дезертирува\\w*",
        "(?<!зупинити\\s)(?<!припинити\\s)(?<!запобігти\\s)(?<!стримати\\s)(?<!стримувати\\s)"
        "(?<!боротьби\\sз\\s)(?<!боротьба\\sз\\s)(?<!боротися\\sз\\s)(?<!проти\\s)дезертирств\\w*",
        # (16cd) a shortage counted, not people sent ("бракує 5000 робітників", "нестача близько
        # 5 тисяч будівельників"; not "відправила 5000 робітників, щоб покрити дефіцит робочої
        # сили")
        # (16rv2) at most one word and a qualifier between, as ru
        "(?:бракує|бракувало|не вистачає|не вистачало|нестач\\w*|дефіцит\\w*) "
        "(?:\\S+ )?(?:(?:близько|приблизно|понад|майже|щонайменше|до|більше) )?\\d+",
        # (16r) goods sent the other way, from Russia to North Korea (E)
        "контейнер\\w* (?:з )?допомог\\w*",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "уникну\\w* полону", "уника\\w* полону", "не потрапити в полон",
        # (16ru) captives hoped for, not taken ("розвідка розраховує знайти й перших полонених",
        # "сподіваються взяти в полон")
        "(?:розрахову|сподіва|намага|праг|хоч|хоті)\\w* (?:\\S+ ){0,2}?(?:знайти|виявити|"
        "взяти (?:в|у) полон|захопити|полонити)",
        "зникл\\w* безвісти", "безвісти зникл\\w*", "[–—] це",
        # (16pr) the same breakdown with "це" left out ("10 тисяч – звичайні війська, 1
        # тисяча – інженерні"): a number, a dash and the kind of troops it counts
        "\\d[\\d ]*(?:тис\\w*\\.?)? [–—] \\w+(?:і|ні) (?:війська|військові)",
        # (16ru) a breakdown of a group just named ("з 10 тисяч – понад тисячу … інженерів")
        "(?:з|із) \\d[\\d ]*(?:тис\\w*\\.?)? ?[-–—]", "повернул\\w*", "відкликан\\w*",
        "поверну\\w*", "повертаю\\w*", "репатрі\\w*",
        # (16g) the people a reporter spoke to ("шестеро робітників, з якими розмовляли
        # журналісти BBC"): interviewees, no count of the story
        "з (?:яким|якою|якими) (?:\\S+ ){0,3}?(?:розмовля|поговори|поспілкува|спілкува)\\w*",
        "об['’]єднан\\w* (?:російсько-північнокорейськ\\w* )?(?:сил|військ)\\w*",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))"
        "[ув] (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d) році",  # (16px)
        "запас(?:и|ом|ами)",  # (16px)
        "арм\\w* чисельністю",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "втекл[аои]", "втік", "розшуку(?:є|ють|вали)\\w*", "у розшуку", "в розшуку", "в розшук",
    ],
    # "this figure": the metric of the figure before
    # (16y) a dash joins a number to its predicate ("ще тисяча – зазнали поранення"): one clause
    "predicate_dash": True,
    # staying verbs: "остается еще 11 тыс." is "still", not more
    "still": ["залишається", "залишаються", "перебуває", "перебувають",
              "вс[еі] ще", "досі", "як і раніше"],  # (16c)
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["з них", "із них"],
    # (16y) "N of these" right after a number: a part of the figure before ("тисяча цих військових")
    "partitive": ["цих", "з них", "із них", "з цих", "із цих"],
    # (16c) "ніж попередня оцінка Білого дому в 3 000": an earlier count of the same thing
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["з", "із"],
    # companions of the North Koreans and the enemy they fight: not the side counted
    "alongside": ["разом з", "разом із", "пліч-о-пліч з", "пліч-о-пліч із"],
    "against": ["проти", "воювати з", "воювати із", "воюють з", "битися з"],  # (16cg)
    "anaphora": ["цю цифру", "ця цифра", "це число", "попередн\\w* оцінк\\w*"],
    # атрибуція через межу речення (articles/carry.py): слова, що відсилають до джерела,
    # названого раніше (і якому джерелу вони відповідають), форми, що продовжують повідомлення,
    # і слова, що його завершують
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py; as en): the owner in the genitive right after the noun
    # ("заяву Києва про те, що …")
    "owned_statement": {
        "nouns": ["(?:заяв[аиуі]|дан[іих]|твердженн[яю]|інформаці[яюї]|повідомленн[яю]|"
                  "оцінк[аиу])"],
        "opens": ["про те,? що", "що"],
    },
    "carry": {
        # (16cs) carrying a source further (articles/carry.py; docs/articles.md "Carrying a
        # source further (16cs)"): "closes_later" opens a later sentence that says whose the
        # report before it is and is read with "closes"; "closes_later_within" may stand
        # anywhere in it (read with "closes_within"); "documents": the report, announcement,
        # statement, material, data or assessment of a source named before (read with
        # "anaphors", kind as there); "links": a linking adverb opening a sentence (a paragraph)
        # that goes on with the report before (read with "adds")
        "closes_later": [],
        "closes_later_within": [
            "(?<=,\\s)(?:пише|пишуть|повідомляє|повідомляють|передає) (?:видання|газета|"
            "агентство|портал|телеканал)",
        ],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "налічує",
            "налічують",
            "нараховує",
            "нараховують",
            "розпоряджається",
            "має (?:\\S+ )?(?:армію|населення)",
            "утримує (?:\\S+ )?армію",
            "під рушницею",
            "на дійсній службі",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "зокрема",
            "у тому числі",
            "в тому числі",
            "більше того",
            "до того ж",
        ],
        "documents": {
            "[ув] (?:матеріалі|публікації|статті)": "outlet",
            "(?:у|в|згідно з) (?:повідомленні|повідомленням|заяві|заявою|документі|"
            "документом|оцінці|оцінкою)":
            "published",
            "за даними документа": "published",
            "як (?:йдеться|сказано|зазначається) [ув] (?:документі|повідомленні|заяві)":
            "published",
        },
        "anaphors": {
            # (16an) розвідка без прикметника іншої країни у відмінках після прийменника ("за
            # даними розвідки", не "британської розвідки"), розвідники у множині, речник
            "(?:з|від|за даними|за інформацією|за оцінками|за словами|згідно з даними) "
            "розвідк[иі](?! (?:україни|сша|великої британії|британії|заходу|росії))": "agency",
            "розвідник(?:и|ів|ам|ами|ах)": "agency",
            "речни(?:к|ка|ку|ком|ці)(?! [\\w’']+ (?:міністерства|служби|відомства"
            "|президента|гур|сбу))": "institution",
            "відомств\\w*": "institution",
            "[ув] розвідці": "agency", "спецслужб\\w*": "agency",
            "міністерств\\w*": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("(?:(?:з|із|зі) посиланням на|посилаючись на) (?:дані |повідомлення |інформ"
             "ацію )?(?:розвідк\\w*|розвіддан\\w*|розвідувальн\\w+ служб\\w*)(?! (?:укра"
             "їни|сша|великої британії|британії|заходу|росії))"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("міністр (?:також |раніше )?(?:заявив|повідомив|зазначив|додав|наголосив|пі"
             "дкреслив|уточнив|сказав|пояснив|розповів)"): "minister",
            "за словами міністра(?! закордонних)": "minister",
            ("(?:заявив|повідомив|зазначив|додав|наголосив|уточнив|сказав|пояснив) мініс"
             "тр(?! закордонних)"): "minister",
            "депутат\\w*": "lawmaker",
            "(?:це|те саме) джерело": "source",
            "ц(?:і|им) дан\\w*": "source", "ц\\w+ інформаці\\w*": "source",
            # the report of the institution named before (16n)
            "(?:у|в|згідно з) доповід\\w*": "institution",
            # (16l) the outlet named again without its name ("За даними видання, …", "як
            # пише агентство.", "йдеться в публікації."): the source it cited just before
            "за (?:даними|інформацією|словами) (?:видання|агентства|газети|телеканалу)"
            "(?=\\s*[,.;:!?])": "outlet",
            "(?:як )?(?:пише|повідомляє|уточнює|зазначає|додає|передає) (?:видання|агентство|"
            "газета|телеканал)(?=\\s*[,.;:!?])": "outlet",
            "(?:йдеться|йшлося|зазначається|вказується|говориться) (?:у|в) (?:публікації|"
            "матеріалі|статті)(?=\\s*[,.;:!?])": "outlet",
        },
        # a report the article names an author for ("доклад MSMT", "звіт, оприлюднений …")
        "report": ["доповід\\w*", "звіт\\w*", "документ\\w*"],
        "goes_on": [
                    # (16gh) the information obtained ("Згідно з отриманою інформацією, …"):
                    # the report before goes on
                    "(?:згідно з|за) отриман\\w* (?:інформаці|дани)\\w*",
                    "уточнюється", "уточнювалося", "зазначається", "зазначалося",
                    "наголошується", "додали", "також заявили",
                    "за (?:його|її|їхніми|їх) словами", "за (?:його|її|їхніми|їх) даними",
                    # (16y)
                    "за (?:його|її|їхніми|їх) оцінками", "за (?:його|її|їхньою|їх) інформацією",
                    "на (?:його|її|їхню|їх) думку",
                    # (16g) a pronoun as the subject of a verb of saying ("він заявляв, що …",
                    # "сказала вона"): the speaker named just before (a person, or a body the
                    # pronoun agrees with: "розвідка … вона")
                    "(?:він|вона|вони) (?:також |раніше |вже |неодноразово )?(?:заяв|повідом|"
                    "стверджу|сказа|каза|говори|зазнач|наголоси|наголошува|підкресли|підкреслюва|"
                    "розповів|розповіла|розповідав|уточни|поясни|поясню|оціни|оцінюва|написа|дода)\\w*",
                    "(?:заяв|повідом|стверджу|сказа|каза|говори|зазнач|наголоси|підкресли|"
                    "розповів|розповіла|уточни|поясни|оціни|дода|написа|оголоси)\\w* "
                    "(?:він|вона|вони)",
                    # (16sw) the reflexive passive of saying goes on with the source before
                    "повідомляється",  # (16sw)
                    "стверджується",  # (16sw)
                    ],
        # (16y) a sentence opening with a word that adds to the report ("Крім того, …")
        # goes on with the source of the sentence before across a line break
        "adds": ["крім того", "окрім того", "крім цього", "окрім цього", "до того ж"],
        # (16y) a sentence opening with these closes the report: it names the source of the
        # figures of the sentences before it (articles/carry.py, closing)
        "closes": [
            "про це" + _RELAYED_ASIDE
            + " (?:\\S+ ){0,8}?(?:повідом\\w*|заяв\\w*|розпові\\w*|пише|пишуть|написа\\w*|"
            "інформу\\w*|сказа\\w*)",
            # (16c) "Цю інформацію озвучив секретар Радбезу …", "Такі дані навів …"
            "(?:таку|цю) інформацію (?:\\w+ )?(?:надав\\w*|оприлюдни\\w*|пошири\\w*|"
            "повідоми\\w*|озвучи\\w*|підтверди\\w*|навів|навела|навели|переда\\w*)",
            "(?:такі|ці) (?:дані|цифри|оцінки) (?:\\w+ )?(?:навів|навела|навели|наводить|"
            "озвучи\\w*|назва\\w*|повідоми\\w*|оприлюдни\\w*)",
            "(?:таку|цю) заяву (?:\\w+ )?(?:зробив|зробила|зробили)", "джерело:", _MESSAGE_CAME,
            _CONCLUSION],  # (16cd)
        "ends": ["раніше", "до цього", "торік", "минулого року",
                 # (16y) background the outlet recalls ("Нагадаємо, …")
                 "нагадаємо", "нагадуємо",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "означає", "тобто", "виходить",
            "варто нагадати",  # (16px)
            "нагадаю",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["ці", "цих", "цим", "цими"],
        "other": ["інші", "інших", "нові", "нових"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["серед", "з числа",
              # (16y) the base of a share ("більше половини від приблизно 11 000 військових")
              "(?:половин|третин|чверт)\\w*(?: (?:від|з|із))?"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    "sent": ["направ\\w*", "відправ\\w*", "перекину\\w*", "розгорну\\w*", "воюють",
             "прибутт\\w*", "прибуд\\w*",  # (16c) arriving
             # (16ca) "ухвалив рішення скерувати до Росії 1 тис. саперів"
             "скерув\\w*", "скерован\\w*"],
    # Russia's own losses, told in a relative clause (S2)
    "losses_of": [
        "втрат\\w* (?:росії|рф|москви)(?: \\S+){0,3},? (?:які|що) (?:\\S+ "
        ")?(?:становлять|сягають|складають|перевищують)",
        "(?:росія|москва|рф) (?:втратила|втрачає)",
        "втрати (?:росії|рф|москви|російської армії|російських військ|ворога|противника|"
        "окупантів) (?:становлять|склали|сягнули|перевищили|сягають|перевищують)",  # (16px)
        "(?:росія|москва|рф) вже (?:втратила|втрачає)",  # (16px)
        "(?:ворог|противник) (?:вже )?(?:втратив|втрачає)",  # (16px)
        "росіяни (?:вже )?(?:втратили|втрачають)",  # (16px)
    ],
    # (16l) Russia using or firing ammunition: a count of its stock or of one strike, not of
    # what North Korea sent ("трьох мільйонів снарядів, які використовує Росія", "двох із п'яти
    # ракет, випущених вранці по Харкову")
    "used": [
             # (23ar) produced, not sent ("росія виробляє близько 3 млн снарядів на рік")
             "виробля(?:є|ють|ти)", "вироби(?:в|ла|ли)",
             "використову(?:є|ють|ван\\w*)", "витрача(?:є|ють)", "витрати(?:в|ла|ли)",
             "(?:випущен|запущен|випусти|запусти|випуска|запуска)\\w* (?:\\S+ ){0,3}?(?:по|на)"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("КНДР передала Росії 100 ракет, з яких 60 вже
        # випущено"), North Korean or not, unless its clause says they were sent (`supplied`), as ru
        "(?:випущен|запущен)\\w*", "(?:випусти|запусти)(?:в|ла|ли|ло)",
        "використа(?:в|ла|ли|но)", "застосува(?:в|ла|ли|но)",
    ],
    # (16l) supplying ammunition: a number of what Russia uses is what was sent when its clause
    # says so ("Північна Корея відправила росіянам понад 1 мільйон артилерійських снарядів,
    # які кремль використовує", meta.ua)
    # (18ra) the direction of a sending (articles/flows.py), as en and ru: what Russia sends the
    # КНДР is no figure of the story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination ("до КНДР", "до Північної Кореї", "в/у КНДР" after a
        # verb of sending), the dative after it ("передала Пхеньяну"), or the one who receives
        # ("КНДР отримала")
        "recipient": [
            "(?<!візит\\s)(?<!візиту\\s)(?<!поїздки\\s)(?<!поїздку\\s)(?<!прибув\\s)(?<!прибула\\s)"
            "до (?:кндр|північної кореї|пхеньяна)(?!\\w)",
            "(?:відправ|направ|постав|постача|переда|надал|надав|нада|доставл|достави|перекину|"
            "перекида|перевез|перевоз|вивез|вивоз|прода|надісла|надсила)\\w*"
            "(?: [^\\s;:]*[^\\s.,;:]){0,8}? (?:[ву] кндр|[ву] північну корею|[ву] пхеньян)(?!\\w)",
            # (finite verbs only: "направлених КНДР" is sent BY North Korea)
            "(?:(?:відправил|направил|передал|надал|продал)(?:а|о|и)?|(?:відправ|направ|"
            "постав|перед|над|достав|прод|надісл)(?:ив|ав)|(?:постави|достави|надісла)(?:ла|ли)|"
            "(?:постача|переда|нада|надсила)(?:є|ють))(?: (?![ву] )[^\\s.,;:]+)? (?:кндр|"
            "пхеньяну|північній кореї)(?!\\w)",
            "з росії (?:до|в) (?:кндр|пхеньяна|північної кореї)",
            "(?:пхеньян|кндр|північна корея)(?: (?:же|також|теж|натомість|у відповідь)){0,2}"
            "(?: [^\\s;:]*[^\\s.,;:])? (?:отрима\\w*|отриму\\w*|імпортува\\w*|закупи\\w*|придба\\w*"
            ")"
            "(?! (?:наказ|вказів|розпоряджен|запит|запрошен|поранен|травм|контузі)\\w*)",
        ],
        # Russia as the one who sends ("Росія відправила", "Москва передала", "отримала від
        # Росії")
        "sender": [
            "(?:росія|москва|кремль|рф)(?: (?:своєю чергою|у свою чергу|натомість|у відповідь|"
            "же|також|теж|потім|вже|нібито)){0,3} (?:відправил\\w*|направил\\w*|постави\\w*|"
            "передал\\w*|передав\\w*|надал\\w*|надав\\w*|достави\\w*|експортува\\w*|продал\\w*|"
            "продав\\w*|надісла\\w*|постача\\w*|відправля\\w*|переда[єю]\\w*|нада[єю]\\w*)",
            "(?:отрима|отриму|імпорт|закупи|придба|постав|відправл|доставл|надісла)\\w*"
            "(?: [^\\s;:]*[^\\s.,;:]){0,2}? (?:від|з) (?:росії|москви|рф)",
        ],
        # the story's own direction ("до Росії", "КНДР відправила", "з КНДР")
        "forward": [
            "(?:до|[ву]) (?:росії|росію|рф|москви|москву|курськ\\w*)", "на фронт",
            "(?:кндр|пхеньян|північна корея|кім чен ин|кім)(?: [^\\s;:]*[^\\s.,;:]){0,3}? (?:відпра"
            "в|"
            "направ|постав|постача|переда|надал|надав|достав|експорт|перекину|прода|надісла|"
            "розгорну)\\w*",
            "(?:росії|москві|рф) (?:\\S+ ){0,6}?(?:постав|переда|відправ|направ|надал|надав|"
            "прода|надісла)\\w*",
            "(?:з|із|від) (?:кндр|північної кореї|пхеньяна)",
            "(?:росія|москва|рф)(?: (?:вже|також|нібито)){0,1}(?: [^\\s;:]*[^\\s.,;:])? (?:отрима\\"
            "w*|"
            "отриму\\w*|імпортува\\w*|закупи\\w*|придба\\w*)",
        ],
    },
    "supplied": ["постача\\w*", "постав(?:ил|ля|ок|ка|ки|ку|лен)\\w*", "переда(?:л|ва|н|ч)\\w*",
                 "відправ\\w*", "направ\\w*", "отрима\\w*", "імпортува\\w*", "надісла\\w*",
                 "надсила\\w*", "перекину\\w*", "перекида\\w*", "доставл\\w*", "достави\\w*",
                 # (16ab) the past of the perfective ("Кім Чен Ин передав Росії мільйон снарядів")
                 "передав\\w*", "постави(?:в|ла|ли)"],
    # sappers and military builders of the later waves (M3, M4)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    # (30ac) a clause whose subject is the counted people, before their work ("…, де вони займаються
    # розмінуванням"): the purpose of rebuilding still theirs (articles/rules.py, _for_rebuilding)
    "their_work": ["де вони"],
    "rebuilding": [
        "розмінуванн\\w*", "розмінувати", "відбудов\\w*",
        "відновленн\\w* (?:інфраструктур\\w*|об'єкт\\w*|регіону|області|курської)",
        "будівельн\\w* робіт\\w*",
    ],
    "engineers": [
        "сапер\\w*",
        "військов\\w* будівельник\\w*",
        "військов\\w*-будівельник\\w*",
        "військов\\w* інженер\\w*",
        "фахівц\\w* з розмінування",
        "інженерн\\w* військ\\w*",
        "будівельн\\w* військ\\w*",
        # (16ru) engineers in any form ("бойових інженерів", "1 тисячу інженерів") and military
        # construction units ("5 тисяч військових будівельних підрозділів")
        "інженер(?:ів|и|ам|ами|ах)",
        "будівельн\\w* (?:підрозділ|частин|бригад|батальйон)\\w*",
        # (16c) builders sent to rebuild (Kursk, 2025): "5000 будівельників для проведення
        # відновлювальних робіт", "будівельників для відновлення"
        "будівельник\\w* (?:\\w+ ){0,2}?(?:відновлювальн|відновленн|відбудов)\\w*",
    ],
    "claimants": {
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # North Korea's state media by the outlets' short words ("північнокорейські держЗМІ")
        "(?:північнокорейськ\\w*|пхеньянськ\\w*) (?:держзмі|державн\\w* змі)":
            "North Korea (state media and leadership)",
        "держзмі (?:кндр|північної кореї)": "North Korea (state media and leadership)",
        # the US envoys to the UN (the US mission to the UN is the State Department's)
        "(?:лінд\\w* )?томас[- ]грінфілд": "US State Department",
        "дороті шей": "US State Department",
        "(?:постійн\\w* )?(?:представни\\w*|постпредк\\w*) (?:сша|сполучених штатів) (?:при|в|у) "
        "(?:оон|радбезі оон|раді безпеки оон)": "US State Department",
        "(?:нср|нрс) (?:південної кореї|рк|республіки корея)":
            "South Korea National Intelligence Service (NIS)",
        "південнокорейськ\\w* (?:нср|нрс)": "South Korea National Intelligence Service (NIS)",
        "міноборони (?:республіки корея|рк)": "South Korea Ministry of National Defense",
        # Ukraine's foreign ministers, the head of the president's office and the ombudsman, in
        # every case (a surname others share with the given name: "Андрій Єрмак")
        "(?:андрі\\w* )?сибіг\\w*": "Ukrainian government (unspecified)",
        "(?:дмитр\\w* )?кулеб\\w*": "Ukrainian government (unspecified)",
        "андрі\\w* єрмак\\w*": "Ukrainian government (unspecified)",
        "(?:дмитр\\w* )?лубін(?:ець|ця|цю|цем|ці)": "Ukrainian government (unspecified)",
        # the Kremlin's spokesman, as en "Peskov"
        "дмитр\\w* пєсков\\w*": "Russian media",
        "(?:речник\\w*|прес-секретар\\w*|представник\\w*) (?:кремля|президента (?:росії|рф)|путіна)"
        "(?: дмитр\\w* пєсков\\w*)?": "Russian media",
        # the MSMT by its name
        # (16ru) also "міжнародна група з моніторингу санкцій"
        "(?:багатосторонн|міжнародн)\\w* груп\\w* (?:з )?(?:моніторинг\\w*|спостереженн\\w*) "
        "(?:за )?"
        "(?:дотриманн\\w* )?санкц\\w*": "Multilateral Sanctions Monitoring Team (MSMT)",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "(?:українськ|південнокорейськ|американськ)\\w* (?:посадовц|чиновник|влад|розвідк)\\w* "
        "(?:і|та) західн\\w* розвідк\\w*":
            "Several governments jointly",
        "південнокорейськ\\w* (?:і|та) західн\\w* розвідк\\w*": "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        "за (?:офіційними )?даними (?:кндр|пхеньяна|північної кореї)":
            "North Korea (state media and leadership)",
        # (16x) North Korea as the speaker ("Північна Корея офіційно повідомляла про близько 350
        # загиблих", "КНДР вперше визнала", "Пхеньян заявив")
        "(?:північна корея|кндр|пхеньян) (?:\\w+ )?(?:повідомля(?:в|ла|ли|є|ють)|"
        "повідоми(?:в|ла|ли)|заяв(?:ив|ила|или|ляла?|ляли|ляє|ляють)|визна(?:в|ла|ли|є|ють|вала?)|"
        "оголоси(?:в|ла|ли)|оприлюдни(?:в|ла|ли)|підтверди(?:в|ла|ли))":
            "North Korea (state media and leadership)",
        "військов\\w* розвідк\\w* південної кореї": "South Korea Defense Intelligence Agency",
        "(?:генпрокурор\\w*|генеральн\\w* прокурор\\w*)(?: україни)?":
            "Ukrainian government (unspecified)",
        "андрі\\w* костін\\w*": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "(?:олег\\w* )?іващенк\\w*": "Ukrainian government (unspecified)",
        "служб\\w* зовнішньої розвідки(?: україни)?": "Ukrainian government (unspecified)",
        "сзру": "Ukrainian government (unspecified)",
        "(?:постпред\\w*|пос(?:ол|л\\w+)|представник\\w*) сша (?:при|в|у) оон":
            "US State Department",
        "роберт\\w* вуд\\w*": "US State Department",
        "за даними сша": "US government (unspecified)",
        "американськ\\w* оцінк\\w*": "US government (unspecified)",
        # a country or its capital as the speaker of a verb of saying or estimating
        # ("Україна заявила", "Київ вважає, що …", "Сеул оцінює", "США заявили": the BODIES
        # government of the country, 16g, 18), the verb agreeing with the country (not "у
        # Сенаті США повідомила правозахисниця")
        "україна (?:заявля\\w*|стверджу\\w*|повідом\\w*|заявил\\w*|вважає|оцінює|оцінила|"
        "припускає|підрахувала|підтвердила|підтверджує)": "Ukrainian government (unspecified)",
        "київ (?:заявив|заявляє|стверджує|повідомив|повідомляє|вважає|оцінює|оцінив|припускає|"
        "підрахував|підтвердив|підтверджує)": "Ukrainian government (unspecified)",
        "(?:південна корея|республіка корея) (?:заявила|заявляє|стверджує|повідомила|повідомляє|"
        "вважає|оцінює|оцінила|припускає|підрахувала|підтвердила|підтверджує)":
            "South Korea government",
        "сеул (?:заявив|заявляє|стверджує|повідомив|повідомляє|вважає|оцінює|оцінив|припускає|"
        "підрахував|підтвердив|підтверджує)": "South Korea government",
        "(?:сша|сполучені штати) (?:заявили|заявляють|стверджують|повідомили|повідомляють|"
        "вважають|оцінюють|оцінили|припускають|підрахували|підтвердили|підтверджують)":
            "US government (unspecified)",
        "вашингтон (?:заявив|заявляє|стверджує|повідомив|повідомляє|вважає|оцінює|оцінив|"
        "припускає|підрахував|підтвердив|підтверджує)": "US government (unspecified)",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "ніс": "South Korea National Intelligence Service (NIS)",
        "національн\\w* розвідувальн\\w* служб\\w*":
            "South Korea National Intelligence Service (NIS)",
        "розвідувальн\\w* агентств\\w* південної кореї":
            "South Korea National Intelligence Service (NIS)",
        "розвідувальн\\w* відомств\\w* південної кореї":
            "South Korea National Intelligence Service (NIS)",
        "головн\\w* управлінн\\w* розвідки": "Ukraine Defence Intelligence (HUR)",
        # (16g) an intelligence body named under the defence ministry, in the genitive ("Головне
        # управління розвідки Міністерства оборони України", "розвідка Міноборони"): the body
        # named first is the source, not the ministry
        "(?:гур|головн\\w* управлінн\\w* розвідки|(?:військов\\w* )?розвідк\\w*|"
        "розвідувальн\\w* управлінн\\w*) (?:міністерств\\w* оборони|міноборони|мо) україни":
            "Ukraine Defence Intelligence (HUR)",
        "(?:(?:військов\\w* )?розвідк\\w*|розвідувальн\\w* управлінн\\w*) (?:міністерств\\w* "
        "оборони|міноборони) (?:південної кореї|республіки корея)":
            "South Korea Defense Intelligence Agency",
        # (16g) Russia's ambassador in Pyongyang (the bare "посол" is anyone's)
        "(?:російськ\\w* пос(?:ол|ла|лом|лові)|пос(?:ол|ла|лом|лові) (?:росії|рф))"
        "(?: (?:в|у|при) (?:кндр|пхеньяні|північній кореї))?":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "скібіцьк\\w*": "Ukraine Defence Intelligence (HUR)",
        "об['’]єднан\\w* комітет\\w* начальників штабів": "South Korea Joint Chiefs of Staff",
        "окнш": "South Korea Joint Chiefs of Staff",
        "нато": "NATO",
        "рютте": "NATO",
        "інститут\\w* вивчення війни": "Institute for the Study of War (ISW)",
        "служб\\w* безпеки україни": "Security Service of Ukraine (SBU)",
        "цтак": "North Korea (state media and leadership)",
        # (16cd) KCNA by its full name, as ru
        "центральн\\w* телеграфн\\w* агентств\\w* кореї":
            "North Korea (state media and leadership)",
        "міністерств\\w* оборони (?:великої )?британії":
            "UK Ministry of Defence (Defence Intelligence)",
        "міноборони (?:великої )?британії": "UK Ministry of Defence (Defence Intelligence)",
        "британськ\\w* розвідк\\w*": "UK Ministry of Defence (Defence Intelligence)",
        # (16y) the UK by its other names: its defence intelligence and ministry, and the
        # country as the speaker of an estimate ("Сполучене королівство вважає, що втрати …"):
        # every UK figure of the ledger is its Defence Intelligence's
        "британськ\\w* (?:військов\\w* |оборонн\\w* )розвідк\\w*":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:(?:оборонн|військов)\\w* )?розвідк\\w* (?:великої британії|британії|"
        "сполученого королівства)": "UK Ministry of Defence (Defence Intelligence)",
        "британськ\\w* (?:міністерств\\w* оборони|міноборони|оборонн\\w* відомств\\w*)":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:міністерств\\w* оборони|міноборони) сполученого королівства":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:сполучен\\w* королівств\\w*|велик\\w* британі\\w*|британі\\w*|лондон) "
        "(?:вважа\\w*|заявля\\w*|заяви\\w*|повідоми\\w*|повідомля\\w*|оціню\\w*|оцінил\\w*|"
        "стверджу\\w*|підрахува\\w*)": "UK Ministry of Defence (Defence Intelligence)",
        "за (?:даними|оцінками|інформацією) (?:сполученого королівства|великої британії|"
        "британії|лондона)": "UK Ministry of Defence (Defence Intelligence)",
        "йонхап\\w*": "News media (own reporting)",
        "біл\\w* д(?:ім|ому|омі)": "White House",
        "кірбі": "White House",
        "держдеп\\w*": "US State Department",
        "державн\\w* департамент\\w* сша": "US State Department",
        "блінкен\\w*": "US State Department",
        "міністерств\\w* оборони південної кореї": "South Korea Ministry of National Defense",
        "міноборони південної кореї": "South Korea Ministry of National Defense",
        # the defence office and its minister by other nouns (16n)
        "оборонн\\w* відомств\\w* південної кореї": "South Korea Ministry of National Defense",
        "південнокорейськ\\w* оборонн\\w* відомств\\w*": "South Korea Ministry of National Defense",
        "міністр\\w* оборони південної кореї": "South Korea Ministry of National Defense",
        # (16x) every spelling outlets use: "Шін", "Шин", "Сін Вон Сік"
        "(?:ш|с)[иі]н\\w* вон[- ]?с[иі]к\\w*": "South Korea Ministry of National Defense",
        "південнокорейськ\\w* військов\\w* розвідк\\w*": "South Korea Defense Intelligence Agency",
        "сил\\w* спеціальних операцій": "Ukraine Special Operations Forces",
        "ссо": "Ukraine Special Operations Forces",
        "центр\\w* протидії дезінформації": "Ukraine National Security and Defense Council (NSDC)",
        "цпд": "Ukraine National Security and Defense Council (NSDC)",
        "рнбо": "Ukraine National Security and Defense Council (NSDC)",
        "коваленк\\w*": "Ukraine National Security and Defense Council (NSDC)",
        "умєров\\w*": "Ukraine Ministry of Defence",
        "міноборони україни": "Ukraine Ministry of Defence",
        "міністерств\\w* оборони україни": "Ukraine Ministry of Defence",
        "фсб": "Russian Federal Security Service (FSB)",
        "регіональн\\w* центр\\w* прав людини":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        "центр\\w* національного спротиву": "Ukraine National Resistance Center",
        "колмаков\\w*": "Novosibirsk region government",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "генштаб\\w* (?:зсу|україни)": "Ukrainian army units",
        "генеральн\\w* штаб\\w* (?:зсу|україни)": "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:розвідк\\w*|спецслужб\\w*) (?:сеула|південної кореї)":
            "South Korea National Intelligence Service (NIS)",
        "південнокорейськ\\w* спецслужб\\w*": "South Korea National Intelligence Service (NIS)",
        "національн\\w* служб\\w* розвідки": "South Korea National Intelligence Service (NIS)",
        # ── (16nb) more names as outlets write them: the bodies' other names, and the heads
        # and spokespeople who speak for them in 2024-2026, in every case ─────────────────
        "(?:багатонаціональн|міждержавн|багатосторонн)\\w* (?:груп|команд|механізм)\\w* "
        "(?:з |для )?(?:моніторинг\\w*|спостереженн\\w*|контрол\\w*|нагляд\\w*) (?:за )?"
        "(?:дотриманн\\w* |виконанн\\w* )?санкц\\w*":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "бгмс": "Multilateral Sanctions Monitoring Team (MSMT)",
        "столтенберг\\w*": "NATO",
        "(?:генеральн\\w* секретар\\w*|генсек\\w*) (?:північноатлантичного )?альянсу": "NATO",
        "північноатлантичн\\w* альянс\\w*": "NATO",
        "організаці\\w* північноатлантичного договору": "NATO",
        "(?:київ|києв\\w*) (?:і|та|й) сеул\\w*": "Several governments jointly",
        "сеул\\w* (?:і|та|й) (?:київ|києв\\w*)": "Several governments jointly",
        "за (?:даними|оцінками) (?:україни|києва) (?:і|та|й) (?:південної кореї|сеула)":
            "Several governments jointly",
        "західн\\w* (?:джерел|розвідслужб|офіційн\\w* ос|посадовц)\\w*":
            "Western intelligence (unnamed)",
        "розвідк\\w* західних країн": "Western intelligence (unnamed)",
        "(?:нодон|родон)[- ]сінмун\\w*": "North Korea (state media and leadership)",
        "(?:державн\\w* |офіційн\\w* )?(?:змі|медіа|телебачен\\w*|агентств\\w*) "
        "(?:кндр|північної кореї)": "North Korea (state media and leadership)",
        "північнокорейськ\\w* (?:державн\\w* |офіційн\\w* |центральн\\w* )?"
        "(?:змі|медіа|агентств\\w*|телебачен\\w*|телеканал\\w*|інформагентств\\w*)":
            "North Korea (state media and leadership)",
        "кім (?:йо|ьо|ё|е)[- ]?(?:чжон|джон|чон)\\w*": "North Korea (state media and leadership)",
        "чх?ве сон[- ]?х[іи]\\w*": "North Korea (state media and leadership)",
        "управлінн\\w* військової розвідки (?:південної кореї|республіки корея)":
            "South Korea Defense Intelligence Agency",
        "(?:об['’]єднан\\w* )?комітет\\w* начальників штабів (?:збройних сил )?"
        "(?:південної кореї|республіки корея|рк)": "South Korea Joint Chiefs of Staff",
        "південнокорейськ\\w* (?:об['’]єднан\\w* )?комітет\\w* начальників штабів":
            "South Korea Joint Chiefs of Staff",
        "міністерств\\w* національної оборони (?:південної кореї|республіки корея|рк)":
            "South Korea Ministry of National Defense",
        "(?:міністерств\\w*|міністр\\w*) оборони (?:республіки корея|рк)":
            "South Korea Ministry of National Defense",
        "кім (?:йон|ен|ьон)[- ]?(?:хьон|хен|гьон|хйон)\\w*":
            "South Korea Ministry of National Defense",
        "ан г[юю][- ]?б[еє]к\\w*": "South Korea Ministry of National Defense",
        "ч[оа]н ха[- ]?гю\\w*": "South Korea Ministry of National Defense",
        "чо т(?:х)?[еє][- ]?(?:йон|ен|ьон|йонг)\\w*":
            "South Korea National Intelligence Service (NIS)",
        "(?:директор\\w*|голов\\w*|керівник\\w*) (?:південнокорейської )?(?:ніс|національної "
        "розвідки|розвідки південної кореї|південнокорейської розвідки)":
            "South Korea National Intelligence Service (NIS)",
        "(?:національн\\w* )?розвідувальн\\w* служб\\w* (?:південної кореї|рк|республіки корея)":
            "South Korea National Intelligence Service (NIS)",
        "пак сон[- ]?вон\\w*": "South Korea National Intelligence Service (NIS)",
        "юн с[оу]к[- ]?(?:йол|йоль|ьоль|ел|ель)\\w*": "South Korea government",
        "л[іи] (?:дже|чже|джей)[- ]?(?:мьон|мен|мйон|мьонг)\\w*": "South Korea government",
        "(?:адміністраці\\w*|офіс\\w*|канцеляр\\w*) президента "
        "(?:південної кореї|республіки корея)":
            "South Korea government",
        "президент\\w* (?:південної кореї|республіки корея)": "South Korea government",
        "джон\\w* (?:гілі|хілі)": "UK Ministry of Defence (Defence Intelligence)",
        "(?:грант\\w* )?шаппс\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "британськ\\w* військов\\w* відомств\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "міністр\\w* оборони (?:великої )?британії":
            "UK Ministry of Defence (Defence Intelligence)",
        "юсов\\w*": "Ukraine Defence Intelligence (HUR)",
        "андрі\\w* черняк\\w*": "Ukraine Defence Intelligence (HUR)",
        "головн\\w* розвідк\\w*": "Ukraine Defence Intelligence (HUR)",
        "гур мо(?: україни)?": "Ukraine Defence Intelligence (HUR)",
        # "воєнна розвідка" is how Ukrainian outlets name the HUR; another country's is named
        # with its adjective or name (the longer form wins)
        "воєнн\\w* розвідк\\w*(?: україни)?": "Ukraine Defence Intelligence (HUR)",
        "(?:воєнн\\w* розвідк\\w* (?:південної кореї|республіки корея)|південнокорейськ\\w* "
        "воєнн\\w* розвідк\\w*)": "South Korea Defense Intelligence Agency",
        "(?:британськ\\w* воєнн\\w* розвідк\\w*|воєнн\\w* розвідк\\w* (?:великої )?британії)":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:американськ\\w* воєнн\\w* розвідк\\w*|воєнн\\w* розвідк\\w* сша)":
            "US Department of Defense",
        "(?:російськ\\w* воєнн\\w* розвідк\\w*|воєнн\\w* розвідк\\w* (?:росії|рф))": "Unattributed",
        "сил\\w* спецоперацій(?: зсу| україни)?": "Ukraine Special Operations Forces",
        "ссо зсу": "Ukraine Special Operations Forces",
        "малюк\\w*": "Security Service of Ukraine (SBU)",
        "дехтяренк\\w*": "Security Service of Ukraine (SBU)",
        "євгені\\w* хмар\\w*": "Security Service of Ukraine (SBU)",
        "головнокомандувач\\w* (?:зсу|збройних сил україни)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:генеральн\\w* штаб\\w*|генштаб\\w*) збройних сил україни": "Ukrainian army units",
        "десантно-штурмов\\w* військ\\w*(?: зсу| україни)?": "Ukrainian army units",
        "дшв(?: зсу)?": "Ukrainian army units",
        "цнс": "Ukraine National Resistance Center",
        "рад\\w* національної безпеки (?:і|та|й) оборони(?: україни)?":
            "Ukraine National Security and Defense Council (NSDC)",
        "рустем\\w* умєров\\w*": "Ukraine Ministry of Defence",
        "ллойд\\w* остін\\w*": "US Department of Defense",
        "остін(?:а|у|ом|і)?": "US Department of Defense",
        "(?:піт\\w* )?(?:гегсет|хегсет)\\w*": "US Department of Defense",
        "(?:пет\\w*|пат\\w*|патрік\\w*) райдер\\w*": "US Department of Defense",
        "райдер\\w*": "US Department of Defense",
        "сабрін\\w* сінгх": "US Department of Defense",
        "(?:шон\\w* )?парнелл\\w*": "US Department of Defense",
        "(?:військов\\w* міністерств\\w*|міністерств\\w* війни) сша": "US Department of Defense",
        "міністерств\\w* оборони сша": "US Department of Defense",
        "(?:джейк\\w* )?салліван\\w*": "White House",
        "(?:джон\\w* )?кірбі": "White House",
        "(?:керолайн\\w* |каролін\\w* )?(?:лівітт|левітт)\\w*": "White House",
        "адміністраці\\w* (?:президента )?сша": "White House",
        "(?:ентоні |антоні )?блінкен\\w*": "US State Department",
        "(?:метью|меттью|мет) міллер\\w*": "US State Department",
        "(?:марко )?рубіо": "US State Department",
        "теммі брюс": "US State Department",
        "держсекретар\\w* (?:сша|сполучених штатів)": "US State Department",
        "інститут\\w* (?:з )?(?:вивченн|дослідженн)\\w* війни":
            "Institute for the Study of War (ISW)",
        "американськ\\w* (?:аналітичн\\w* )?центр\\w* isw": "Institute for the Study of War (ISW)",
        "сергі\\w* шойгу": "Russian Security Council (Sergei Shoigu)",
        "секретар\\w* (?:радбезу|ради безпеки) (?:росії|рф)":
            "Russian Security Council (Sergei Shoigu)",
        "федеральн\\w* служб\\w* безпеки(?: росії| рф)?": "Russian Federal Security Service (FSB)",
        "(?:російськ\\w*|пропагандистськ\\w*|прокремлівськ\\w*) (?:державн\\w* )?"
        "(?:змі|медіа|телебачен\\w*|пропагандист\\w*|воєнкор\\w*)": "Russian media",
        # (16cd) Russia's state news agencies by name, as en, de, fr, es, ko and ja read them
        # (not the dateline of its own wire, "СЕУЛ, 22 августа. /ТАСС/.": the outlet, no source)
        "(?<!/)тасс(?!/)": "Russian media",
        "(?:ріа|риа) «?(?:новин\\w*|новост(?:и|ей))»?": "Russian media",
        "катерин\\w* рашевськ\\w*": "Regional Center for Human Rights (Kateryna Rashevska)",
        "андрі\\w* колмаков\\w*": "Novosibirsk region government",
        "(?:уряд\\w*|губернатор\\w*|влад\\w*) новосибірської області":
            "Novosibirsk region government",
        "андрі\\w* коваленк\\w*": "Ukraine National Security and Defense Council (NSDC)",
        "(?:анатолі\\w* )?баргилевич\\w*": "Ukrainian army units",
        "(?:андрі\\w* )?гнатов\\w*": "Ukrainian army units",
        # (16nb) the big outlets of the language reporting on their own (an outlet that only
        # relays another source yields to it: claimants.MEDIA, carry.relayed_by_outlet)
        "українськ\\w* правд\\w*": "News media (own reporting)",
        "уніан\\w*": "News media (own reporting)",
        "укрінформ\\w*": "News media (own reporting)",
        # the public broadcaster, not the adjective ("суспільне життя"): named at a clause end
        "суспільн(?:е|ого|ому)(?=\\s*[,.;:!?»)]|$)": "News media (own reporting)",
        "суспільн\\w* мовник\\w*": "News media (own reporting)",
        "рбк-україн\\w*": "News media (own reporting)",
        # (35b) outlets by their own names, as in ru ("Про це повідомляє 24 Канал", "пише УНН"); "24
        # Канал" in the nominative only ("пояснив 24 Каналу": the one interviewed speaks) and not
        # as the editor's note in brackets ("(з Трампом – 24 Канал)")
        "24 канал(?![\\w-]|\\s*\\))": "News media (own reporting)",
        "унн": "News media (own reporting)",
        "ліга\\.net": "News media (own reporting)",
        "цензор\\.нет": "News media (own reporting)",
        "hromadske": "News media (own reporting)",
        "радіо свобод\\w*": "News media (own reporting)",
        "united24": "News media (own reporting)",
        # (16km) the American papers in Cyrillic (their Latin names: lang.OUTLETS)
        "(?:волл|уолл)[- ]стр[іи]т[- ]джорнал\\w*": "News media (own reporting)",
        "нью[- ]йорк[- ]таймс": "News media (own reporting)",
        "блумберг\\w*": "News media (own reporting)",
        # (16wp) outlets named after a city or country, in Cyrillic ("«Вашингтон пост»", "Київ
        # Пост", "«Голос Америки»"): the outlet, not the place (their Latin names: lang.OUTLETS)
        "вашингтон[- ]пост\\w*": "News media (own reporting)",
        "ки[їє]в[- ]пост\\w*": "News media (own reporting)",
        "київ ?24": "News media (own reporting)",
        "моск(?:оу|ау) таймс": "News media (own reporting)",
        "коре[яї] (?:таймс|геральд)": "News media (own reporting)",
        "джапан таймс": "News media (own reporting)",
        "голос\\w* америки": "News media (own reporting)",
        "радіо вільн\\w* азі\\w*": "News media (own reporting)",
        "нов(?:а|ої|у|ій|ая|ой) газет(?:а|и|і|у|ы|е)(?: європа| европа)?":
            "News media (own reporting)",
        # (16nb) the lawmaker Lee Seong-kweun as outlets also spell him ("Лі Син Гвон")
        "л[іи] с[иу]н[- ]?(?:гвон|квон|гвен|квен|квун|гвун)\\w*":
            "South Korea National Intelligence Service (NIS)",
        # ── end of 16h block ──
        "анонімн\\w+ джерел\\w*": "Unattributed",  # unnamed sources: nobody
        # (16km) unnamed officials, the outlet's relayed source (as ru "неназванных чиновников")
        # (not "анонімний чиновник південнокорейської розвідки": whose he is named)
        "(?:неназван\\w+ (?:джерел|посадовц|чиновник|співрозмовник)|анонімн\\w+ (?:посадовц|"
        "чиновник|співрозмовник))\\w*(?=\\s*[,.;:—–-]|\\s*$)": "Unattributed",
        "офіційн\\w+ ос\\w+ південної кореї": "South Korea government",
        "сеул\\w+": "South Korea government",
        "мзс південної кореї": "South Korea government",  # the foreign ministry
        "південнокорейськ\\w* мзс": "South Korea government",
        "американськ\\w+ військов\\w+ (?:чиновник|посадов)\\w*": "US Department of Defense",
        # officials by nationality (16p), as en "Ukrainian officials", "US officials"
        "українськ\\w+ (?:чиновник|посадов)\\w*": "Ukrainian government (unspecified)",
        # (16ru) the intelligence committee's members who relay the NIS's briefings
        # (claimants.csv: "includes briefings relayed by MPs Lee Seong-kweun, Park Sun-won"),
        # named alone ("— повідомив Лі Сон-Квен")
        "л[іи] сон[- ]?(?:квен|гвон|квеун|гвен|квон)\\w*":
            "South Korea National Intelligence Service (NIS)",
        "пак сун[- ]?вон\\w*": "South Korea National Intelligence Service (NIS)",
        # (16ru) the capital's adjective ("заявили київські посадовці"), and a country's
        # officials speaking impersonally ("У Південній Кореї оцінюють, що …", "у США вважають")
        "київськ\\w+ (?:чиновник|посадов|влад|політик)\\w*": "Ukrainian government (unspecified)",
        "(?:у|в) південній кореї (?:оціню\\w*|оцінили|вважа\\w*|заяв\\w*|повідом\\w*|"
        "підрахува\\w*|стверджу\\w*|припуска\\w*)": "South Korea government",
        "(?:у|в) сша (?:оціню\\w*|оцінили|вважа\\w*|заяв\\w*|повідом\\w*|підрахува\\w*|"
        "стверджу\\w*|припуска\\w*)": "US government (unspecified)",
        "(?:(?:у|в) україні|(?:у|в) києві) (?:оціню\\w*|оцінили|вважа\\w*|заяв\\w*|повідом\\w*|"
        "підрахува\\w*|стверджу\\w*|припуска\\w*)": "Ukrainian government (unspecified)",
        "американськ\\w+ (?:чиновник|посадов)\\w*": "US government (unspecified)",
        "телебачен\\w* (?:північної кореї|кндр)": "North Korea (state media and leadership)",
        "змі": "News media (own reporting)",
        "зеленськ\\w*": "Volodymyr Zelensky (President of Ukraine)",
        "президент\\w* україни": "Volodymyr Zelensky (President of Ukraine)",
        # a bare title in Ukrainian reporting is the country's own president
        "за слова(?:ми|м) президента(?=,)": "Volodymyr Zelensky (President of Ukraine)",
        "(?:сказав|заявив|зазначив|наголосив|додав|підкреслив) президент(?=\\.)":
            "Volodymyr Zelensky (President of Ukraine)",
        "рашевськ\\w*": "Regional Center for Human Rights (Kateryna Rashevska)",
        "регіонального центру прав людини": "Regional Center for Human Rights (Kateryna Rashevska)",
        "південнокорейськ\\w* депутат\\w*": "South Korea government",
        "депутат\\w*[^.]{0,60} південної кореї": "South Korea government",
        "розвідк\\w* південної кореї": "South Korea National Intelligence Service (NIS)",
        "південнокорейськ\\w* розвідк\\w*": "South Korea National Intelligence Service (NIS)",
        "розвідувальне відомство": "South Korea National Intelligence Service (NIS)",
        "національн\\w* розвідувальн\\w* служб\\w* південної коре\\w*":
            "South Korea National Intelligence Service (NIS)",
        "сеул": "South Korea government",
        "південнокорейських, українських та західних": "Several governments jointly",
        "південнокорейських та українських": "Several governments jointly",
        "південнокорейськ\\w* (?:та|і|й) західн\\w* розвідк\\w*": "Several governments jointly",
        # (16g) any intelligence noun of South Korea and the West ("розвідки Південної Кореї та
        # Заходу")
        "(?:розвідслужб\\w*|розвідк\\w*|розвідок|спецслужб\\w*) (?:південної кореї|сеула) "
        "(?:та|і|й) заходу": "Several governments jointly",
        "за даними видання": "News media (own reporting)",  # the outlet's own count
        "київ": "Ukrainian government (unspecified)",
        # Ukraine's own data (16n), as de 'ukrainische Angaben'
        "дан\\w* україни": "Ukrainian government (unspecified)",
        "українськ\\w* дан\\w*": "Ukrainian government (unspecified)",
        "гур": "Ukraine Defence Intelligence (HUR)",
        "буданов\\w*": "Ukraine Defence Intelligence (HUR)",
        "сили спеціальних операцій": "Ukraine Special Operations Forces",
        "сбу": "Security Service of Ukraine (SBU)",
        "сирськ\\w*": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "пентагон\\w*": "US Department of Defense",
        "високопоставленого військового": "US Department of Defense",
        "білий дім": "White House",
        "шойгу": "Russian Security Council (Sergei Shoigu)",
        "мацегор\\w*": "Russian ambassador to North Korea (Alexander Matsegora)",
        "кім чен ин\\w*": "North Korea (state media and leadership)",
        "лідер\\w* (?:кндр|північної кореї)(?!,? ?кім)":
            "North Korea (state media and leadership)",
        "північнокорейськ\\w* лідер\\w*(?!,? ?кім)":
            "North Korea (state media and leadership)",
        "голов\\w* кндр(?!,? ?кім)": "North Korea (state media and leadership)",
        "західні чиновники": "Western intelligence (unnamed)",
        "reuters": "News media (own reporting)",
        "bbc": "News media (own reporting)",
        "ввс": "News media (own reporting)",
    },
    # a pronoun speaker ("повідомив він"): the source named before, not the wire carrying it
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Кім поклав квіти до портретів дев'ятьох загиблих солдатів")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "кім", "verbs": [
        "(?:поклав|покладає|вшанував|вшановує|нагородив|нагороджує|вручив|вручає|визнав|"
        "визнає|оголосив|оголошує|заявив|заявляє|повідомив|повідомляє|сказав|каже|показав|"
        "показує|похвалив|вклонився|віддав шану|підтвердив)",
    ]},
    "they_open": ["вони"],
    "pronoun": ["повідомив він", "заявив він", "додав він", "сказав він", "він заявив",
                "він повідомив", "за його словами", "за її словами",
                "за (?:його|її) (?:даними|оцінками|інформацією)", "на (?:його|її) думку",
                # (16g) either gender, more verbs ("написав він", "заявила вона", "вона повідомила")
                "(?:повідоми|заяви|дода|сказа|написа|наголоси|зазначи|уточни|оголоси)(?:в|ла) "
                "(?:він|вона)",  # (16c) "оголосив він"
                "(?:він|вона) (?:повідоми|заяви|написа|зазначи|сказа)(?:в|ла)"],
    # a partner, not the source ("у співпраці з СБУ")
    # (16ef) background the outlet recalls, opening a sentence (as its carry "ends"): no
    # source of the report before, as ko "한편" (nor its "ещё" troops more of it)
    "new_topic": ["нагадаємо", "нагадуємо",
        "варто нагадати",  # (16px)
        "нагадаю",  # (16px)
    ],
    "partner": [
        # (16r) the one who orders or owns the sending is no source (C6)
        "за (?:особистим )?(?:наказом|вказівкою)(?: північнокорейського лідера)?",
        "арм\\w* кім",
        "у співпраці з", "в співпраці з", "спільно з", "у взаємодії з", "за сприяння",
        # (16km) a photo's credit names no source ("Фото: Офіс президента", as ru)
        "фото ?[:=—–](?: \\S+){0,2}",
        # (16km) who questions the captives is no source ("їх доправили до Києва для допиту СБУ",
        # "спілкуються зі слідчими СБУ")
        "(?:для|на) допит\\w*(?: до| в)?", "(?:зі |із |з )?слідч\\w*",
        # (16c) the other side of talks ("за підсумками переговорів з лідером КНДР Кім Чен Ином")
        "(?:переговор|перемовин|зустріч|розмов)\\w* (?:з|із)(?: (?:лідером|президентом|головою|"
        "керівником|міністром|генсеком)(?: \\S+){0,2})?"],
    # a sentence going on with the one before ("… додаткові ресурси. Йдеться про 6000 …")
    "continues": ["йдеться про", "ідеться про", "мова йде про"],
    "joint": ["і", "та", "й"],
    "determiners": ["один", "одного", "ще", "двоє", "двох", "перший", "першого",
        "другого",  # (16px)
        "обох",  # (16px)
        "кількох",  # (16px)
    ],
    # (16l) the first captive is one ("взяли у полон першого північнокорейця")
    "one": ["перший", "першого", "перша", "першу",
            # (16ru) a soldier in the singular, no number ("взяли в полон … солдата КНДР",
            # "північнокорейського військового"): one; the plural is "солдатів", "військових"
            "солдата", "бійця", "військовослужбовця", "військового"],
    # (16ru) a pronoun for the captive whose death a sentence tells with no noun ("… захватили в
    # плен … солдата КНДР. … он скончался от обострения ран"): the one captive counted before
    "captive_pronoun": ["він", "вона"],
    "not_figure_after": [
        # (22lb) an anniversary's number ("до 75-річчя партії", "80-ї річниці"): an ordinal, no
        # count
        "-?річч(?:я|ю|ям)", "(?:-?(?:а|ї|у|ої))? річниц\\w*",
        # (16cl) замкнений клас підрозділів після номера ("11 корпусу", "11 армійського
        # корпусу", "155 окремої бригади"): назва або лік підрозділів, не люди
        "(?:[^\\W\\d_'’]{3,}(?:ого|ому|ий|ій|им|ім|ої|ою|ська|цька|на|ва|ма|ну|ву|му) )?"
        "(?:корпус\\w*|дивізі\\w*|бригад\\w*|полк\\w*|батальйон\\w*|"
        "рот(?:а|и|і|у|ою)|взвод\\w*|батаре(?:я|ї|ю|єю|й)|ескадрил\\w*|флотилі\\w*)",
        # (16ab) a quantity per thing ("300 снарядів на контейнер", "у кожному контейнері")
        "(?:[\\w'’-]+ ){0,2}(?:на (?:один |кожен )?|у кожному |в кожному )(?:контейнер|ящик|"
        "вагон)\\w*",
        # (16rv2) mines counted, no people ("сапери ліквідували близько 1000 мін"), as ru
        "(?:[\\w'’]+ )?мін(?!\\w)",
        # (16cd) photos and videos counted, no figure ("оприлюднив три фотографії")
        "(?:фотографі\\w*|фото|знімк\\w*|відео\\w*|зображен\\w*)(?! (?:загибл|вбит|полегл)\\w*)",
        # (16cd) a rate with its noun between ("92 солдати на день", "близько 1500 військових на
        # добу"), as en "(\w+ ){1,2}a day"; not a date ("92 солдати в день наступу")
        "(?:\\w+ ){1,2}(?:на|за) (?:день|добу|тиждень|місяць)(?! [а-яіїєґ']{4,})",
        "(?:\\w+ ){1,2}щодня",
        # (16pf) sources counted, no figure ("двоє посадовців", "один із посадовців")
        "(?:(?:високопосадов|американськ|західн|південнокорейськ|українськ)\\w* )*"
        "(?:посадовц\\w*|посадов\\w* ос\\w*|чиновник\\w*|дипломат\\w*|співрозмовник\\w*)",
        "(?:з|із) (?:цих |тих )?(?:посадовц|чиновник|дипломат|джерел|співрозмовник)\\w*",
        # (16pf) an organisation's members counted, no figure ("27 держав ЄС", "32 країни-члени
        # НАТО", "союзників")
        "союзник\\w*",
        # units, not people ("некоторые северокорейские подразделения", 16s)
        "(?:[^\\W\\d]+ )?підрозділ\\w*",
        # (16c) the first day of a date range ("з 14 по 21 грудня")
        "(?:по|-|–) ?\\d{1,2} (?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|"
        "груд)\\w*",
        # (16kl) an outlet named by a number ("передає 24 Канал", "5 канал"): a name, no count
        "канал\\w*",
        "дюйм\\w*",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # партії, поставки і заводи, а не снаряди (16n)
        "партій", "партії", "поставок",
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?кратн\\w*",
        "-?калібр\\w*",
        "(?:північнокорейськ\\w* )?(?:завод\\w*|підприєм\\w*|фабрик\\w*)",
        "км", "кілометр\\w*", "метр\\w*", "років", "рок\\w*", "долар\\w*", "\\$", "євро",
        "грн", "гривень", "відсот\\w*", "%", "годин\\w*", "дн\\w*", "день", "тиж\\w*",
        "місяц\\w*", "хвилин\\w*", "тонн\\w*", "сіл\\w*", "раз\\w*", "танк\\w*", "дрон\\w*",
        "безпілотник\\w*", "бригад\\w*", "дивізі\\w*", "батальйон\\w*", "країн\\w*", "-го", "-й",
        "інженерного", "полку",
        "джерел\\w*",
        "-?міліметр\\w*", "-?мм",  # calibres
        "держав\\w*",  # "ще однієї держави": a state, not a soldier
        "третин\\w*", "чверт\\w*", "половин\\w*",  # fractions ("дві третини")
        "на \\d+",  # an exchange format ("обмін 1000 на 1000"), not a count
        # (16g) a measure joined to the number by a hyphen ("12-годинна зміна", "8-годинний
        # робочий день", "10-денний", "5-річний", "100-кілометровий") and areas ("км2", "кв. км",
        # "гектарів"): no count of people
        "-(?:годин|хвилин|секунд|денн|добов|тижнев|місячн|річн|літн|кілометров|метров|тонн|"
        "відсотков|градусн)\\w*",
        "ранку", "вечора", "ночі",  # (16g) a time of day ("прокидалися о 6 ранку")
        "км2", "км²", "кв\\.? ?(?:км|м|кілометр\\w*|метр\\w*)", "квадратн\\w*", "гектар\\w*",
        "га",
        # (16x) waves, rotations and stages of the sending are counted, not people ("у перших
        # двох хвилях відправки", "у дві ротації", "у три етапи")
        "хвил\\w*", "ротаці\\w*", "етап\\w*",
        # (16ru) directions and sectors of the front ("по кількох напрямках", "на трьох ділянках
        # фронту"), military places and things ("на п'яти військових полігонах", "165 військових
        # таборів", "військових баз", "військових частин"), camps: counted, not people
        "напрям\\w*", "ділянк\\w*",
        "військов\\w* (?:полігон|баз|табор|академі|училищ|округ|об['’]єкт|аеродром|склад|"
        "містечк|корабл|кораб|суд|літак|гелікоптер|машин|техні|частин|заклад|навчальн\\w* центр)"
        "\\w*",
        "табор(?:и|ів|ах|ами)",
        # (notfig, session 6) гроші: валюти, їхні коди та знаки після числа ("500 USD", "500
        # вон", "500 єн", "500 юанів", "500 рублів", "500 фунтів", "500 ₽")
        "usd", "€", "£", "₽", "дол\\.?", "вон", "єн\\w*", "юан\\w*", "рубл\\w*", "руб\\.",
        "гривн\\w*", "фунт(?:ів|а)?(?: стерлінгів)?", "цент(?:ів|а)?",
        # (notfig, session 6) міри: довжина, вага, об'єм ("500 м", "500 миль", "500 кг", "500 т",
        # "500 літрів", "500 барелів")
        "м(?!-)", "см", "сантиметр\\w*", "миль", "морськ\\w* миль", "кг", "кілограм\\w*", "кіло",
        "т(?!\\.\\s?зв|-)",
        "кілотонн\\w*", "літр\\w*", "л(?![/-])", "барел\\w*", "кубічн\\w* метр\\w*",
        # (notfig, session 6) строки і швидкості ("500 секунд", "троє діб", "десятиліття",
        # "500 вузлів")
        "секунд\\w*", "діб", "доб[аи]", "десятиліт\\w*", "століт\\w*", "вузл\\w*",
        # (notfig, session 6) відсоткові пункти, градуси, потужність, місця, голоси, населені
        # пункти і порядкові закінчення ("на 5 в. п.", "40 градусів", "300 місць", "у 500
        # населених пунктах", "5-ої бригади")
        "в\\.\\s?п\\.", "відсотков\\w* пункт\\w*", "градус\\w*", "°", "мегават\\w*", "мвт",
        "калорі\\w*", "місць", "голос(?:ів|и)", "населен\\w* пункт\\w*",
        "(?<=-)(?:а|ій|му|ому|ої|ї|им|ою|та|ту|ого|их)",
        # (16ef) a unit's number or a count of units, no people ("528 інженерний полк")
        "(?:\\w+(?:ий|ій) )?(?:полк|батальйон)\\w*", "(?:\\w+[ая] )?бригад\\w*",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:ув['’]язнен|засуджен|в['’]язн)\\w*",
        "сторін\\w*",  # (16px)
        "(?:вид|тип)(?:и|ів)(?= )",  # (16px)
        "ліжок",  # (16px)
        "ліжк\\w*",  # (16px)
        "ліжко-місц\\w*",  # (16px)
        "регіон(?:и|ів|ах|ами)",  # (16px)
        "област(?:і|ей|ях|ями)",  # (16px)
        "літак\\w*",  # (16px)
        "винищувач\\w*",  # (16px)
        "обізнан\\w* (?:[^\\W\\d]+ ){0,2}(?:джерел|співрозмовник|ос[іо]б)\\w*",  # (16px)
    ],
    # (16nf) злічуваний іменник у всіх відмінках: місця, регіони, бази, рейси, рази, судна, дні
    # не лічать нічого з історії ("з п'яти російських регіонів", "32 рейси", "чотирьох
    # контейнеровозах"); між числом і ним не більше двох прикметників (`counted_gap`)
    "not_counted": [
        "баз(?:а|и|і|у|ою|ам|ами|ах)?", "військов\\w* баз\\w*", "регіон\\w*",
        "област(?:ь|і|ей|ям|ями|ях)", "пункт\\w* призначення", "міст(?:а|ах|ам|ами)?",
        "населен\\w* пункт\\w*",
        "місц(?:ь|ях|ям|ями)", "майданчик\\w*", "полігон\\w*", "порт(?:и|ів|ах|ам|ами|у|а)?",
        "аеродром\\w*", "аеропорт\\w*", "табор\\w*", "склад(?:и|ів|ах|ам|ами|у|а)?",
        "об['’]єкт\\w*", "позиці\\w*", "район\\w*", "напрям\\w*", "рейс\\w*", "поїздк\\w*",
        "візит\\w*", "заход\\w*", "раз(?:и|у|ів)?", "суд(?:на|ен|нах|нам|нами|но)", "корабл\\w*",
        "контейнеровоз\\w*", "суховантаж\\w*", "ешелон\\w*", "змін(?:а|и|у|ою|ам|ами|ах)?",
        "д(?:ні|нів|ням|нями|нях)", "день", "діб", "доб(?:а|и)",
        # (19ct) ряди, могили, надгробки, дошки ("9 рядів по 12 місць", "400 могил"; "місць" above)
        "ряд(?:и|ів|ах|ам|ами)", "могил(?:а|и|і|у|ою|ам|ами|ах)?", "надгроб\\w*",
        "плит(?:а|и|і|у|ою|ам|ами|ах)?", "дош(?:ка|ки|ок|кам|ками|ках)", "пам['’]ятник\\w*",
        "крісл\\w*", "сидін\\w*", "будів(?:ля|лі|ель|лям|лями|лях)",
    ],
    "counted_gap": "[^\\W\\d_'’]+(?:их|іх|ими|іми|им|ім|і)",
    # (16nf) день проміжку дат ("з 3 по 5 березня", "з 24 липня по 2 серпня": місяць після) і
    # номер дня ("День 1093")
    "day_range": ["по", "до", "і", "та"],
    "day_number": ["день"],
    # (16pq) a size told as usual, no count:
    # "батальйон зазвичай налічує кілька сотень військових"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["кількість", "число", "чисельність"],
                  "verb": ["становить", "становила", "становило", "становитиме", "складає",
                           "складала", "складатиме", "сягає", "сягнула", "сягне",
                           "(?:сягає|сягнула|сягне|сягнути|може сягнути) до", "оцінюється в",
                           "оцінюється у", "перевищує", "перевищила"]},
    "usual": ["зазвичай", "як правило",
              # (16ci) the rest of the closed class: how often, how it varies
              "найчастіше", "здебільшого", "часто", "типово", "варію\\w*", "варіюва\\w*",
              "колива\\w*"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    # ("20-річний", "років 25", "віком 20 років")
    "age": {"after": [r"\s?-?\s?річн\w*"],
            "before": [r"років", r"віком(?: від| близько| до| понад)?",
                       r"(?:у|в) віці(?: від| близько| до)?"]},
    "measure": [r"\s?-?\s?(?:(?:кіло|санти|мілі|міллі)?метр\w*|км|см|мм|фут\w*|дюйм\w*)(?!\w)",
                r"-тонн\w*", r"\s?-?\s?калібр\w*"],
    "interviewed": {
        "before": [r"опитуван\w*", r"опитал\w*", r"опитан\w*", r"опитав\w*",
                   r"(?:по)?говорил\w* з", r"поспілкувал\w* з", r"спілкувал\w* з",
                   r"(?:по)?розмовля\w* з", r"розмов\w* з", r"зустрі\w* з", r"бесід\w* з",
                   r"інтерв['’]ю (?:у|з|в)", r"розпита\w*"],
        "gap": ["понад", "близько", "майже", "щонайменше", "ще", "цих", "тих", "усіма",
                "всіма", "приблизно"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+опитан\w*",
                  r"(?:\s+[^\s\d.,;:!?]+){0,3},?\s+(?:з )?(?:котр|як)\w+"
                  r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:поговори|поспілкува|розмовля|опитав|"
                  r"опитали|зустрі|взя\w* інтерв)\w*"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "відвідувач\\w* з (?:кндр|північної кореї)", "з «?особистих причин",
        "у (?:ділових|приватних|особистих)(?: (?:і|та) (?:ділових|приватних|особистих))? цілях",
        "транзит\\w* до трет\\w* країн\\w*",
        "в['’]їхал\\w*", "в['’]їзд\\w*", "з метою навчання", "освітн\\w* мет\\w*",
              "мет\\w* поїздки", "на навчання", "навчатися",
              # (16ce) видані візи: прикордонна статистика ("віз" alone is also "he carried")
              "віз(?:а|и|у|ою|ами|ах)", "(?:робоч|студентськ|навчальн|туристичн)\\w* віз"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["дефіцит\\w*", "нестач\\w*", "бракує", "бракувал\\w*", "не вистачає"],
    # (16ce) на кожну частину ("чисельністю 2000-3000 осіб кожне"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": ["кожна", "кожне", "кожен", "кожний", "кожну"]},
    # (32ar) a phase named by its number ("на етапі 2"): no count (articles/nonfigures.py)
    "phase_before": ["етап\\w*", "фаз\\w*"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("партіями по 1500–3000 осіб"): no count
        "(?<!\\w)(?:партіями|групами|ешелонами|ротаціями|контингентами) по",
        # (23at) and groups counted first ("організовані в п’ять груп по 2500–3000 осіб")
        "(?<!\\w)(?:груп|партій|ешелонів|підрозділів) по",
        # (16ce) the people an outlet interviewed ("взяла інтерв'ю у шести робітників")
        "інтерв[ʼ'’]?ю (?:у|в|з)(?: \\S+){0,1}",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに"
        # ("у кожному контейнері по 300 снарядів"; not "кожен із 11 тисяч")
        "(?<!\\w)(?:в |у |на )?кожн?\\w* (?!з\\b|із\\b)[\\w'’-]+(?: [\\w'’-]+){0,3}",
        # (16pf) a document's number, no figure ("резолюції 2397", "указ № 123", "стаття 5")
        "(?<!\\w)(?:резолюці\\w*|статт(?:я|і|ю|ею)|указ(?:у|і|ом)?|постанов(?:а|и|і|ою)|"
        "закон(?:у|і|ом)?|декрет\\w*|директив\\w*)(?: (?:№|номер))?",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "опитал\\w*(?: \\S+){0,2}",
        "поспілкувал\\w* з(?: \\S+){0,2}",
        "\\$", "€", "у віці", "№", "\\d\\s*на",
        # (notfig, session 6) гроші й позначення перед числом: "£500", "¥500", "Хвасон-11",
        # "розділ 5", "військова частина А1234", "в/ч 12345", "рейс 17"
        "£", "₩", "¥", "хвасон-?", "hwasong-?",
        "(?<!\\w)(?:розділ\\w*|пункт\\w*|параграф\\w*|глав[аиу])",
        "(?<!\\w)віком",  # an age ("віком 20 і 26 років")
        "(?<!\\w)(?:в/ч|військов\\w* частин\\w*|рейс\\w*|трас\\w*|модел\\w*|верс\\w*)",
        "(?<!\\w)сторін\\w*",  # (16px)
        "(?<!\\w)калібр\\w*",  # (16px)
        "(?<!\\w)france",  # (16px)
        "(?<!\\w)франс-?",  # (16px)
        "(?:поговори|розмовля)\\w* з(?: \\S+){0,2}",  # (16px)
        "(?<!\\w)імена",  # (16px)
    ],
    "hypothetical": [  # (16px)
        "мо(?:же|жуть) бути",  # (16px)
        "мо(?:же|жуть)(?= (?:\\S+ )?(?:загинути|постраждати))",  # (16px)
        "ризикують(?= (?:\\S+ )?(?:загинути|бути))",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["вже", "уже"],
    # (16cj) words of a sum: right before a total ("загалом", "усього") or right after it
    # ("11 тисяч загалом"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) пропорція, не число історії ("9 з 10", "вісім із десяти", "один із кожних трьох";
    # "з", "із", "зі" лише зі знаменником десять: "троє з 12 000", "3 тисячі з 12 тисяч" —
    # частини з їх підсумком, 16cj): analysis.articles.ratios
    "ratio": {"sure": ["з кожних", "із кожних", "зі кожних", "на кожні", "на кожних"],
              "of": ["з", "із", "зі", "зо"]},
    # (16cl) назви підрозділу з номером після них ("бригади 155", "корпус 11", "військової
    # частини 1234", "полку 94")
    "unit_named": ["військов\\w* частин(?:а|и|і|у|ою)", "частин(?:а|и|і|у|ою)",
                   "корпус(?:у|і|ом|а)?", "арм(?:ія|ії|ію|ією)", "дивізі(?:я|ї|ю|єю)",
                   "бригад(?:а|и|і|у|ою)", "полк(?:у|і|ом|а)?", "батальйон(?:у|і|ом|а)?",
                   "рот(?:а|и|і|у|ою)", "взвод(?:у|і|ом|а)?", "відділен(?:ня|ню|ням|ні)",
                   "батаре(?:я|ї|ю|єю)", "підрозділ(?:у|і|ом|а)?", "загон(?:у|і|ом|а)?",
                   "ескадриль(?:я|ї|ю|єю)?", "флотилі(?:я|ї|ю|єю)"],
    "sum": {"before": ["загалом", "а загалом", "усього", "всього", "у сумі", "в сумі",
                       "сумарно", "разом(?! з)(?! із)", "в цілому", "у цілому",
                       "загальною кількістю", "загальною чисельністю", "тобто",
                       "в загальній складності", "у загальній складності", "в сукупності"],
            "after": ["загалом", "усього", "всього", "у сумі", "в сумі", "сумарно",
                      "в сукупності"],
            "made_of": ["зокрема", "з них", "з яких", "у тому числі", "в тому числі",
                        "включно з", "серед них", "що складаються з", "що складається з",
                        "складається з", "у складі", "в їх числі"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("росія випускає близько 10 тисяч снарядів на добу"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["на день", "за день(?! до)",
                "(?:в|у) день(?! (?:народженн|перемог|візит|саміт|зустріч|вибор|пам|незалежност|"
                "нападу|початк|відкритт|парад|коли|котр|як)\\w*)",
                "на добу", "за добу", "щодня", "щоденн\\w*", "кожного дня", "щодоби"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["викраден\\w*", "викрадал\\w*", "депорт\\w*", "вивез\\w*",
                           "примусово переміщ\\w*"],
                 "camp": ["табор\\w*", "табір\\w*", "сондовон\\w*", "вонсан\\w*", "пхеньян\\w*"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "іран\\w*",
        "тегеран\\w*",
        "(?:сша|сполучені штати|вашингтон|захід|західні країни|європа|єс) (?:вже )?(?:передал\\w"
        "*|постачал\\w*|надал\\w*|відправил\\w*|поставил\\w*)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "знищен\\w*", "знищено", "знищи(?:в|ла|ли|ло)",
        "втрати(?:в|ла|ли|ло)",
        "втрачен\\w*",
        "втрача(?:є|ють|ла|ли)",
        "підбит\\w*",
        "пошкоджен\\w*",
        "виведен\\w* з ладу",
        "урази(?:в|ла|ли)",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "по всьому світу",
        "за кордон\\w*",
        "\\d+ країн\\w*",
        "інш\\w* країн\\w*",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "на добу",
        "щодня",
        "щодоби",
        "кожного дня",
        "(?:на|в|у) день(?=\\s*(?:[,.;:)]|$))",
    ],
    # (26aw) втрати розміром з підрозділ ("близько батальйону"): articles/units.py (only with a
    # size word: "бурятський батальйон" is a unit's name)
    "unit_size": [
        "(?:до|близько|майже|приблизно|цілого|цілий|одного|один) батальйон(?:у|а|ом)?",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("посол
# України в Південній Кореї"); the bare "посол" is anyone's
ARTICLES["claimants"].update({
    "(?:посл|постпред|представник|представниц)\\w* україни|українськ\\w+ (?:посл|постпред)\\w*":
        "Ukrainian government (unspecified)"})
# the side holding a place is no source ("окупована ЗСУ", "підконтрольна українським
# військам"), as fr "occupée par"
ARTICLES["partner"] += ["(?:окупован|контрольован|утримуван|підконтрольн)\\w*"]
# workers counted for another destination ("до Китаю – 1500, … до Лівії – 600") in a sentence
# naming no Russia: no workers sent to Russia, as "за кордон"
ARTICLES["worldwide"] += ["кита[йюєї]", "катар\\w*", "оае",
                          "об['’]єднан\\w+ арабськ\\w+ емірат\\w*",
                          "ліві[яїю]", "іран\\w*", "кувейт\\w*", "монголі[яїю]",
                          "південно-східн\\w+ азі\\w+", "близьк\\w+ сход\\w*", "африк\\w+"]
# a force counted with North Koreans among it ("50 тисяч військових, у тому числі понад 10 тисяч
# північнокорейських"): a mixed unit, no figure of the story, as fr "dont"
ARTICLES["other_side"] += ["(?:військов|солдат|бійц|військовослужбовц)\\w*,? (?:у тому числі|в "
                           "тому числі|включно з|серед яких)(?=[^.;:]{0,40}?(?:північнокорейськ|"
                           "кндр|північної кореї))"]

# (24ar) a side's military command ("південнокорейське військове командування", "військове
# командування Південної Кореї") is its military, as "військові"; a country's foreign ministry
# ("В українському МЗС нагадали", "МЗС України") is its government, as "мзс південної кореї"
ARTICLES["claimant_grammar"]["bodies"]["military"] += ["військов\\w* командуванн\\w*"]
ARTICLES["claimants"].update({
    "(?:українськ\\w* мзс|мзс україни|міністерств\\w* закордонних справ україни)":
        "Ukrainian government (unspecified)",
})

# (25ar) one official of a side in the nominative ("заявив південнокорейський посадовець"), as
# "посадовці", "посадовця"
ARTICLES["claimant_grammar"]["bodies"]["government"] += ["посадовець"]

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800 випадків, більшість з них жінки")
FIGURES["rewrites"].append((r"(?<=, у тому числі )більшість(?!\S) ?", ""))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 автомобілів зіткнулися в
# кількох місцях"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)[ву] )(?:кількох|декількох|різних) (?=(?:місцях|точках)(?!\w"
    r"))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B"
# ("кількість заявок зросла на 62%, з 913 до 1479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(зросла|зросло|зросли|зріс|збільшилася|збільшилась|збільшилося|"
    r"збільшилось|збільшилися|зменшилася|зменшилась|зменшилося|скоротилася|"
    r"скоротилось|знизилася|знизилось)"
    r"(?: на)? \d[\d.,]*\s?(?:%|відсот\w*)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60"
    r"},(?= з \d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told in the singular
FIGURES.update({
    # (D68.1) "сотні й сотні", "тисячі і тисячі", "десятки та десятки"
    "repeat": ["і", "й", "та"],
    # (D68.2) without an article the singular of a unit of mass, area or volume is one unit:
    # "понад тонну", "майже гектар" (not beside a number)
    "measure_one": [
        "тонна", "тонну", "тонною", "тонні", "кілограм", "кілограма", "кілограму", "кілограмом",
        "гектар", "гектара", "гектарі", "гектаром", "літр", "літра", "літрі", "кубометр",
        "кубометра", "центнер", "центнера",
    ],
    # "тонни" is also the plural: one only after a qualifier ("близько тонни")
    "measure_one_qualified": ["тонни"],
})

# (17cv, D78.1) "в одній родині 5 людей отруїлися" (in one family 5 people were poisoned), "на
# одному підприємстві 30 робітників": a form of "один" after a preposition, before a noun,
# locates the counted (the place, the family, the vehicle they were in) and is no count when
# another quantity stands in the phrase, before or after it (D67.3, as Polish "jeden"). The
# grammar's closed class of prepositions (and the compound ones: "протягом одного дня", "на
# борту одного судна", "під час"), not a list of nouns. Not after "по" (one each), "о / об",
# "за" (for each, a rate), "від" / "до" (a range), "з / із / зі" (with: a sum), "без", "крім",
# "замість" (minus, except, instead), "близько" / "біля" (also "about"), "для", "к", nor "на"
# with the accusative ("на одного мешканця": per inhabitant); not "одного з" (one of, D44.1).
# Alone ("загинула одна людина", "в одному будинку") it stays as it was (D8)
_UK_ONES = {"один", "одна", "одне", "одно", "одного", "одній", "одному", "одним", "одну",
            "однієї", "одною", "однією"}
_UK_OTHER = "|".join(
    w.replace(".", r"\.")
    for w in longest_first(
        (set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])) - _UK_ONES
    )
)
FIGURES["rewrites"].append((
    r"^(?=.*(?:\d|(?<!\w)(?:" + _UK_OTHER + r")(?!\w)))"
    r"(.*?(?<!\S)(?:(?:протягом|впродовж|під час|у межах|в межах|на території|на борту|"
    r"в районі|у районі|через|в|у|при|під|над|перед|після|між|серед|поблизу|поруч з|"
    r"навколо|довкола|всередині|поза|вздовж|уздовж|крізь|завдяки) "
    r"(?=(?:один|одна|одне|одно|одного|одній|одному|одним|одну|однієї|одною|однією) )"
    r"|на (?=(?:одному|одній) )))"
    r"(?:один|одна|одне|одно|одного|одній|одному|одним|одну|однієї|одною|однією) "
    r"(?=[^\W\d_]{2,})(?!(?:з|із|зі|і|й|та|або|чи|на|в|у|по|від|до|за)(?!\w))"
    r"(?!(?:" + _UK_OTHER + r")(?!\w))",
    r"\1",
))

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Попри кілька попереджень, загинули 12 людей"; not after the prepositions
# of place, of adding or including, nor before a number or a magnitude; alone it stays several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "попри", "незважаючи на", "після", "перед", "під час", "протягом", "впродовж", "через",
        "внаслідок", "завдяки", "без", "проти", "для", "за", "в результаті", "у результаті",
    ],
    [
        "з", "із", "і", "й", "та", "або", "разів", "інших", "інші", "сотень", "тисяч", "десятків",
    ],
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "нижче"
# (below; a preposition too), "не досягло 50" in its genders and tenses; a verb of a rise
# separated from its "на N" ("збільшилася за добу на 12 осіб") is "rose by N", additional (rule
# 12), as "збільшилася на"
FIGURES["at_most"] += [
    "нижче", "нижче ніж", "не досягло", "не досяг", "не досягла", "не досягли", "не сягає",
    "не сягають", "не досягає", "не досягають",
]
FIGURES["prepositions"] += ["нижче"]
FIGURES["rewrites"].append(rise_then_by(
    r"збільшил(?:ася|ась|ося|ось|ся|ися|ись)|зрос(?:ла|ло|ли)?|зріс|вирос(?:ла|ло|ли)?|виріс",
    ["ще", "майже", "близько", "понад"],
))

# (20fa, D91.1) an estimate told by its verb and its object of number ("оцінює кількість загиблих
# у 15 тисяч"): approx. Only with "кількість / число" (в, у are also "in")
FIGURES["rewrites"].append(estimated_at(
    FIGURES,
    [r"(?:оцінює|оцінюють|оцінив|оцінила|оцінили) (?:кількість|число|чисельність)"],
    ["в", "у"],
    "приблизно",
))
# (20fa, D91.3) "на одному з весіль" (at one of the weddings), as "в одному з": no count
FIGURES["rewrites"].append((r"\bна одн(?:ому|ій) (?:з|із)\b", " "))
# (20fa, D92.2) "ще" before a verb of a lasting state ("рятувальники ще шукають … 11 осіб", still
# search): "still", no relation word; "ще 11 осіб загинули" stays additional
FIGURES["rewrites"].append((
    r"(?<!\w)ще (?=(?:шукають|розшукують|залишаються|перебувають|продовжують|вважаються)"
    r"(?!\w))",
    "поки ",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)(?:один|одн(?:а|е|им|ією|ієї|ого|ому|у)) (?:з|із|зі) (?=(?:(?!найближч)най[^\W\d_]+|"
    r"самих)(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(?:одного|одну|один|одна|одне) за (?:одним|одною|другим)(?!\w)", " ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)(?:один|одна|одне) (?:(?:з|із|до|на|про|від) )?(?:одного|одною|одним|одній|"
    r"одну|одному)(?!\w)", " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r",\s*(?:більшість|більша частина) (?:з|із) (?:яких|них)(?!\w)", ", у тому числі",
))

# (22rb, D107) the verb of a change after its "до" ("До 100 зросла кількість загиблих", as
# Polish "Do siedmiu wzrosła", D29): the new total, no "up to"; "наближається до" after its
# number ("До сотні наближається кількість швидких") is "approaching", nearly (rule 5), as
# "наближається до сотні"
FIGURES["rewrites"].append((
    r"\bдо ((?:[^\s,]+ ){0,2}[^\s,]+) (зросл[аои]?|зріс|збільшил\w*|скоротил\w*|знизил\w*|"
    r"зменшил\w*|впал[аои]?|підскочил\w*|піднял\w*)\b",
    r"\1 \2",
))
FIGURES["rewrites"].append((
    r"\bдо ((?:[^\s,]+ ){0,2}[^\s,]+) (наближа\w*|сяга\w*)\b",
    r"майже \1 \2",
))
# (22rb, D110) "деякі" on an institution or a medium that reports the count, its verb right after
# ("Деякі аеропорти повідомили про 300 скасувань"): the source's determiner, no count (D9), as
# "some officials"; not people who are also counted (round 4's fr "Certains survivants ont déclaré
# qu'il y avait 65 hommes" is labelled unparsed), and only where a number follows (alone it stays
# several)
FIGURES["rewrites"].append((
    r"\bдеякі ((?:[^\W\d_]+ )?(?:аеропорти|авіакомпанії|лікарні|клініки|змі|видання|газети|"
    r"агентства|влада|дослідження|уряди|країни|держави|регіони|області|громади|міністерства|"
    r"організації) (?:повідомили|повідомляють|заявили|заявляють|оцінюють|"
    r"зафіксували|кажуть)\b)(?=.*\d)",
    r"\1",
))

# (32rb, D221.2) "new" right after the count in the singular, which Ukrainian writes after a
# number ending in 1 ("161 новий випадок", "21 нова жертва", "31 нове інфікування"), or in an
# oblique case ("з 21 новим випадком", "21 нову жертву"), is "нових" (additional, D40.14), as
# "черговий" (another) is "чергових". Only right after the count: "161 випадок нового
# коронавірусу" (of the new virus) and "новий рекорд: 161 випадок" stay totals
FIGURES["rewrites"].append((
    r"(?<![^\s(])(\d[\d.,]*|один|одна|одне|одного|однієї|одному|одним|одну|одною|одній|однім) "
    r"(н|черг)ов(?:ий|а|е|ого|ої|ому|им|у|ою|ім|ій|ими)(?![\w'])",
    r"\1 \2ових",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    # (32rb, D221.2) the nouns in the singular too ("21 новий автобус", D221.2's "21 нових")
    r"\b(?:нових|нові) "
    r"(?=(?:легков[а-яіїєґ']* |вантажн[а-яіїєґ']* |пасажирськ[а-яіїєґ']* )?(?:автомобіл[а-яіїєґ']*|"
    r"авто|машин[а-яіїєґ']*|автобус[а-яіїєґ']*|вантажів[а-яіїєґ']*|мотоцикл[а-яіїєґ']*)\b)",
    r"",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("млн|млрд|трлн|мільйон[а-яіїєґ]*|мільярд[а-яіїєґ]*"))

# (23rf, D137) the nouns of a rise with "на" before the count or per cent they add ("збільшення
# на 9,4%", "підвищення на 12%"), as "зростання на" (rule 12, D108)
FIGURES["additional"] += ["збільшення на", "підвищення на"]

# (23rf, D138) "вище" (higher than, above) before the number ("вище 40%"): at least (rule 3), as
# "понад"; "нижче" reads at most already. A preposition, as "нижче"
FIGURES["at_least"] += ["вище", "вище ніж", "вище за"]
FIGURES["prepositions"] += ["вище"]

# (23rf, D140) "N з останніх M місяців" is a ratio (rule 13), as "15 з 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:з|із|зі) (?:останніх|перших) \d+) (?:місяців|років|тижнів|днів|місяці|роки|"
    r"тижні|дні)\b",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5000 осіб") tells the size of a
# change: additional (rule 12), written as "ще" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("ще"))

# (24ra, D141) a figure text that is only "(qualifier) на (qualifier) N відсотків" ("майже на
# 17%", "на 10 відсотків") tells the size of a change, no share: additional, as "зростання на
# N%" (rule 12, D137). Only with a per cent or its points: "на" is also "for / on" before a count
# ("на 1,4 тисячі людей" may be a capacity, "укриття на 500 осіб": left)
_UK_BY = (
    "(?:приблизно|майже|близько|понад|порядку|практично|орієнтовно|десь|"
    "(?:трохи |дещо )?(?:більш|менш|більше|менше) (?:ніж|як)|не (?:більше|менше) (?:ніж|як)|"
    "ще|щонайменше|щонайбільше|мінімум|максимум)"
)
FIGURES["rewrites"].append((
    rf"^\s*((?:{_UK_BY} )?)на ((?:{_UK_BY} )?)(?=(?:\d[\d.,]*|[а-яіїєґ'’]+(?: [а-яіїєґ'’]+){{0,3}})"
    r" ?(?:%|відсот\w*|процент\w*|в\. ?п\.|п\. ?п\.|відсотков\w* пункт\w*)\s*[.!]?\s*$)",
    r"зростання на \1\2",
))
# (24ra, D141) a qualifier between the noun of a rise and its "на" opening a figure text
# ("збільшення майже на 17%"); not after a count (D133)
FIGURES["rewrites"].append((
    rf"^\s*(зростання|приріст|приросту|збільшення|підвищення|підйом|підйому) ({_UK_BY}) на ",
    r"\1 на \2 ",
))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("наблизився до трьох чоловіків" is no mark)
_UK_BIG = mark_ahead(r"тисяч\w*|тис|млн|мільйон\w*|млрд")

# (24ra, D143) "перевищити / перетнути / перейти позначку / перевалити за" in every tense and
# participle ("перевищила", "перевищивши", "перетнуло позначку в 31 тисячу"): at least (rule 3),
# as "перевищило" ("не перевищило" reads at most); "наблизитися / наближатися до" in every form:
# nearly, as "майже" (not "до", up to: at most)
_UK_MARK = r"(?: (?:позначку|рубіж|поріг|планку|бар'єр|бар’єр|межу)(?: в| у)?)"
FIGURES["rewrites"].append((
    r"\b(?:перевищ(?!ен)\w*" + _UK_MARK + r"?|(?:перетну\w*|перетина\w*|перейш\w*|перейде|"
    r"переходить|подола\w*)" + _UK_MARK + r"|(?:перевалил\w*|перевалить|перевалив\w*|перевалює) за"
    + _UK_MARK + r"?)(?= )",
    "перевищило",
))
FIGURES["rewrites"].append((
    r"\b(?:впритул )?(?:наблизи\w*|наближа\w*|наближу\w*|наблизя\w*) до(?: (?:позначки|рубежу|"
    r"порогу) в)?" + _UK_BIG,
    "майже",
))

# (24rb, D147.3) "до B з A" with compounds ("до 20 тис. 582 осіб з 7 тис. 718 осіб"): the new
# total B, as D61.2 and ru; with no verb only at the phrase's start and when the old count's
# noun, if any, is the new total's ("до 20 осіб з 5 дітьми" stays)
_UK_NUM = r"\d[\d.,]*(?: (?:тис\.?|тисяч\w*|млн\.?|мільйон\w*)(?: \d{1,3}(?![\d.,]*\d))?)?"
FIGURES["rewrites"][0:0] = [
    (
        rf"^до (?=(?:майже |понад |близько )?{_UK_NUM}(?: ([^\s\d,.]+))?,? (?:з|із|від) "
        rf"(?:майже |понад |близько |приблизно )?{_UK_NUM}(?: \1)?$)",
        "зросла до ",
    ),
    (
        r"\b(зросл\w+|зріс|збільш\w+|зменш\w+|скороти\w+|знизи\w+|впал\w+|вирос\w*|виріс) до "
        rf"((?:майже |понад |близько )?{_UK_NUM}(?: [^\s\d,.]+)?),? (?:з|із|від|проти) "
        rf"(?:майже |понад |близько |приблизно )?(?!(?:19|20)\d\d\b){_UK_NUM}"
        r"(?: [^\s\d,.]+)?(?: роком раніше| рік тому| минулого року)?$",
        r"\1 до \2",
    ),
]

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['тобто', 'себто', 'т.б.', 'інакше кажучи', 'іншими словами']

# (24rd, D155) a case ending of the hundreds glued to digits with a hyphen ("близько 400-сот
# фахівців", "до 500-ста"): the number; the other endings ("5-ти", "3-х") read already
FIGURES["rewrites"].append((r"(?<![\d.,])(\d)00-(?:сот|ста|стам|стами|стах)(?!\w)", r"\g<1>00"))
# (24rd, D155) a scale abbreviation glued to the next abbreviation or word ("2 тис.кв.м.",
# "2 тис.осіб"): the scale, then a space
FIGURES["rewrites"].append((r"(?<=\d) ?(тис|млн|млрд)\.(?=[^\W\d_])", r" \1. "))

# (24rc, D151) the rates of a surface the table lacked ("з гектара", "на гектар", "на квадратний
# метр"): rule 13, D19, D114, as "на квадратний кілометр" reads. "за добу" (over the day) is not
# written: a total of that day (labelled so in rounds 42 and 50: "Сотні ДТП за добу"); round 64's
# "100 000 пасажирів за добу" (labelled a rate) stays a known miss
FIGURES["rate"] += [
    "з гектара", "із гектара", "з одного гектара", "на гектар", "на один гектар",
    "на квадратний метр",
]

# (24re, D156) D141's "на N%" with a range and a doubled unit ("на 70-80% відсотків", "на 5–7
# відсотків"): the size of the change, additional (rule 12), its range kept; a per cent only, as
# D141; the doubled "% відсотків" read as one per cent
FIGURES["rewrites"].append((
    rf"^\s*((?:{_UK_BY} )?)на ((?:{_UK_BY} )?)(\d[\d.,]* ?[-–—] ?\d[\d.,]*) ?(?:% ?відсот\w*|%|"
    r"відсот\w*|процент\w*)\s*[.!]?\s*$",
    r"зростання на \1\2\3%",
))

# (24re, D157) a noun of change before "до" (to: "зниження до 30,4 млн осіб", "зростання до 12%",
# "зменшення кількості до 300"): the new total, exact (rule 1, D107), as the verbs ("знизилася
# до") read; up to three words with no digit between, dropped. "до 300" alone stays at most;
# "скорочення до 300 працівників" (a cut of up to 300 staff, as ru) is not written
# Before the rewrite of the verbs' "до" (D29), which reads the new total
_UK_VERB_TO = next(
    n for n, (_, replacement) in enumerate(FIGURES["rewrites"])
    if replacement == r"\1 усього"
)
FIGURES["rewrites"].insert(_UK_VERB_TO, (
    r"(?<![а-яіїєґ'’])(?:зниженн(?:я|ям|і)|зменшенн(?:я|ям|і)|падінн(?:я|ям|і)|"
    r"зростанн(?:я|ям|і)|збільшенн(?:я|ям|і)|підвищенн(?:я|ям|і)|ріст|росту|ростом|спад|спаду|"
    r"спадом|приріст|приросту|приростом)(?: [^\s\d]+){0,3}? до (?=\d)",
    "знизилася до ",
))

# (25ra, D167) a change "з A до B" with a verb of change the D35 rewrite did not list
# ("підскочила з 300 до 420", "злетіла", "обвалилася", "впав"), in its forms: the new total B
# (D35), read as "зросла з"; "з 300 до 420" with no verb stays a range (rule 6)
FIGURES["rewrites"].insert(0, (
    r"\b(?:підскочил\w*|підскочив|злетіл\w*|злетів|стрибнул\w*|обвалил\w*|обвалив\w*|"
    r"опустил\w*|опустив\w*|понизил\w*|понизив\w*|підвищил\w*|підвищив\w*|рухнул\w*|впав|"
    r"зменшувал\w*|збільшувал\w*|знижувал\w*|скорочувал\w*|падал\w*|зростал\w*|"
    r"піднімал\w*|подвоїл\w*|потроїл\w*|зросл\w+|зріс|збільш\w+|зменш\w+|скороти\w+|знизи\w+|"
    r"впал\w+)"
    r"(?= (?:[^\W\d_]+ )?(?:з|із|від) (?:[^\W\d_]+ )?\d)",
    "зросла",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("411, 1 тисяч осіб" =
# 411,100, "на 57, 5 тис. осіб" = 57,500): one or two digits after the space and a scale after
# them are a decimal (three digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "тис|тисяч[а-яіїєґ]*|млн|млрд|трлн|мільйон[а-яіїєґ]*|мільярд[а-яіїєґ]*"))

# (25rb, D171) "на N% вище" (N % higher) is "на N% більше" (additional, rule 12, D150); "вище N"
# before it stays at least, "на N нижче", a fall, a total
FIGURES["rewrites"].insert(0, (
    r"\b(на (?:[^\W\d_]+ )?\d(?:[\d.,]*\d)?\s?(?:%|відсот[а-яіїєґ]*|тис\.?|тисяч[а-яіїєґ]*|"
    r"млн)?) вище\b",
    r"\1 більше",
))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadow', 'шторм шедоу', 'atacms', 'himars', 'хаймарс\\w*']
ARTICLES["excluded"] += ['демілітаризован\\w* зон\\w*', 'дмз', 'dmz']
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    "правозахисн\\w* (?:організаці|груп|об['’]єднанн)\\w*",
    "(?:організаці|об['’]єднанн|спілк)\\w* (?:північнокорейських )?перебіжчиків",
    'gyeore-?a?-?eol\\w*',
    '(?:правозахисн\\w* )?активіст\\w*',
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("за різними даними"): nobody's, as "за різними оцінками"
ARTICLES["impersonal"] += ["за різними (?:даними|джерелами|відомостями)"]

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "на 1,5 рази", "2,3 раза", "на 2 рази",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("рази|раза|разів|раз", "рази більше", "на")

# (25rd, D177) an ordinal spelled in words is no count (D7): in a compound ordinal only the last
# word is an ordinal, the cardinals before it ("двадцять перший", "сто двадцять п'ята", "дві
# тисячі десятого") read as the figure (20, 120, 2000); the whole ordinal is dropped, as "21-й"
# is. The word before the ordinal is a ten, hundred or thousand (never a unit: "три перших");
# singular forms only ("два перших загиблих" are the first two: a count)
_UK_AP = "['’ʼ]"
FIGURES["rewrites"].append((
    rf"(?<![\w-])(?:(?:два|дві|три|чотири|п{_UK_AP}ять|шість|сім|вісім|дев{_UK_AP}ять|десять|"
    rf"двадцять|тридцять|сорок|п{_UK_AP}ятдесят|шістдесят|сімдесят|вісімдесят|"
    rf"дев{_UK_AP}яносто|сто|двісті|триста|чотириста|п{_UK_AP}ятсот|шістсот|сімсот|вісімсот|"
    rf"дев{_UK_AP}ятсот|тисяча|тисячі|тисяч|мільйона?|мільйонів) )*"
    rf"(?:десять|двадцять|тридцять|сорок|п{_UK_AP}ятдесят|шістдесят|сімдесят|вісімдесят|"
    rf"дев{_UK_AP}яносто|сто|двісті|триста|чотириста|п{_UK_AP}ятсот|шістсот|сімсот|вісімсот|"
    rf"дев{_UK_AP}ятсот|тисяча|тисячі|тисяч|мільйона?|мільйонів) "
    rf"(?:(?:перш|друг|четверт|п{_UK_AP}ят|шост|сьом|восьм|дев{_UK_AP}ят|десят|одинадцят|"
    rf"дванадцят|тринадцят|чотирнадцят|п{_UK_AP}ятнадцят|шістнадцят|сімнадцят|вісімнадцят|"
    rf"дев{_UK_AP}ятнадцят|двадцят|тридцят|сороков|п{_UK_AP}ятдесят|шістдесят|сімдесят|"
    rf"вісімдесят|дев{_UK_AP}яност|сот|двохсот|трьохсот|чотирьохсот|п{_UK_AP}ятисот|шестисот|"
    rf"семисот|восьмисот|дев{_UK_AP}ятисот|тисячн|мільйонн)(?:ий|а|е|ого|ому|ім|у|ої|ою|ій)"
    rf"|трет(?:ій|я|є|ього|ьому|ім|ю|ьої|ьою))(?![\w-])",
    "",
))

# (26ra, D183) the size of a rise told without its "на", as ru: a verb of a rise right before its
# per cent ("зріс 3%"); the noun, a noun in the genitive and "на" before a per cent ("зростання цін
# на 20%"); the noun and a dash, a colon or "склав / становив" before the size ("приріст – 0,77
# %"): "зростання на N", additional (rule 12, D150, D164). Falls stay a total
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"зріс|зросл[аои]|зростає|зростають|збільшив(?:ся)?|збільшил(?:ася|ось|ося|ися|а|о|и)|"
    r"збільшується|збільшуються|підскочи(?:в|ла|ло|ли)|підвищи(?:вся|лася|лось|лися)|"
    r"подорожча(?:в|ла|ло|ли)|підріс|підросл[аои]", "на",
    r"%|відсот\w*|процент\w*", r"майже|близько|понад|більш ніж|приблизно|орієнтовно",
))
FIGURES["rewrites"].insert(0, (
    r"\b(зростання|приріст|збільшення|підвищення|подорожчання)"
    r"(?: (?!(?:на|до|з|із|зі|в|у|і|й|та|або|за|по|майже|близько|понад|більш|приблизно|"
    r"орієнтовно|лише|тільки|всього|ще|вже|менш|не|щонайменше|мінімум|максимум|рівно|"
    r"цілих)\b)[а-яіїєґ']+){1,2} "
    r"(?=(?:майже |близько |більш ніж |приблизно |не менш ніж |щонайменше )?"
    r"на (?:майже |близько |понад |приблизно )?\d[\d.,]* ?(?:%|відсот|процент))",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"\b(приріст|зростання|збільшення|підвищення)(?: ?[–—:-] ?| склав | склала | склало "
    r"| становив | становила | становило | становить )(?=(?:майже |близько |понад |приблизно )?\d)",
    r"\1 на ",
))
# an emphatic word between "на" and the per cent ("на вражаючі 9%", "на цілих 12%"): dropped, so
# "на N%" reads, a change's size, additional (D164); only before a per cent
FIGURES["rewrites"].insert(0, (
    r"\bна (?:вражаючі|цілих|рекордні|значні|суттєві|відчутні|скромні|солідні|колосальні|"
    r"помітні|величезні|невеликі|символічні|неймовірні|істотні|рекордних)"
    r" (?=\d[\d.,]* ?(?:%|відсот|процент)(?!\w))",
    "на ",
))

# (26ar) числа іншого предмета (articles/subjects.py): населення або заробіток у мільйонах,
# жителі, частина місць ("37 з 64 населених пунктів"); не учасники (діти табору)
ARTICLES["other_subject"] = {
    "before": ["населенн\\w*", "живуть", "живе", "проживають", "проживає", "заробит\\w*",
               "заробля\\w*", "принос\\w*"],
    "scale": ["мільйон", "мільярд", "млн", "млрд"],
    "after": ["жител\\w*", "мешканц\\w*"],
    "of_total": ["з", "із"],
}

# (26ar) один із двох уже названих, описаних по одному (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["один", "одна", "одного", "однієї"],
                                     "other": ["інший", "другий", "інша", "друга", "іншого",
                                               "другого"]}
# (26ar) полон, якого не було: перед ним, або полонених немає
ARTICLES["excluded"] += [
    "перед полоненням", "перш ніж (?:потрапити|здатися) в полон",
    "(?:не має|немає|не мала|не було|не мають) (?:\\w+ ){0,2}полонених",
]
# (26ar) люди іншої сторони, названі за їхньою армією
ARTICLES["other_side"] += [
    "(?:солдатів|військовослужбовців|бійців|військових) (?:російської|української) армії",
    "(?:солдатів|військовослужбовців|бійців|військових) (?:російського|українського) спецназу",
]
ARTICLES["not_counted"] += ["хвил(?:і|ь|ях|ями)", "контингент(?:и|ів)"]  # (26ar)
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['деяк(?:і|их|ими)', 'деяка кількість', 'кілька']
# (26ar) people who came from North Korea, any purpose: border statistics ("торік до Росії з КНДР
# приїхали понад 13 тис. осіб"; soldiers or workers named at the number stay a count)
ARTICLES["entry"] += ["приїхал\\w* (?:до росії |в росію )?з (?:кндр|північної кореї)",
                      "з (?:кндр|північної кореї) приїхал\\w*"]

# (26rb, D186.2) a scale told as an adjective joined by a hyphen ("100-тисячна армія", "20-
# тисячне місто"): the number times the scale (read 100 and 20); the fraction words with a space
# ("п'ять тисячних") are not touched. (26rb, D187.1) "у / в N тисяч / мільйонів разів": a
# multiplier with its scale (read 900,000), as "у 900 разів". (26rb, D187.2) "1 к N" (odds, one
# in N): a ratio, as "1 на N". (26rb, D186.3) "4G", "5G"
FIGURES["rewrites"] += [
    (r"(?<![\w.,])(\d+(?:[.,]\d+)?)-(?:ти )?(тисяч|мільйон|мільярд)н(?:ий|а|е|і|ого|ої|ому|ій|им|"
     r"ім|у|ою|их|ими)(?!\w)", r"\1 \2"),
    (r"\b[ув] (\d[\d,.]*) (тисяч[а-яіїєґ]*|тис\.?|мільйон[а-яіїєґ]*|млн\.?|мільярд[а-яіїєґ]*|"
     r"млрд\.?) раз(?:ів|и|а)?\b", r"\1 \2 рази більше"),
    (r"(?<![\w.,])(?:1|один|одна|одне|одну|одному) к (?=\d[\d.,]*(?:\s?(?:тис|млн|млрд|мільйон|"
     r"мільярд|тисяч)[а-яіїєґ]*\.?)?(?![\d.,]|\s?(?:%|року|р\.)))", "1 на "),
    *GENERATION,
]

# (27ru, D196.10) "сотні" after a qualifier is the singular (D6: "близько сотні" = approx 100),
# also before a scale: "близько сотні тисяч" = approx 100,000 (read "hundreds of thousands"
# before); and a preposition of a range or qualifier glued to the digits ("від15 до17 тис. осіб",
# a typing slip; read 1,000 before) is spaced
FIGURES["rewrites"] += [
    (r"\b(близько|понад|більше|майже|приблизно|до|менше|щонайменше|не менше|не більше|"
     r"орієнтовно) сотні (тисяч|мільйонів)\b", r"\1 100 \2"),
]
# (first of the rewrites: before the designations', which take "от15" for a name like "K9")
FIGURES["rewrites"].insert(0, (r"(?<![^\W\d_'’])(від|до|близько|понад)(?=\d)", r"\1 "))

# (28ru, D201) the distributive "по N" (N each: "по 11 дронів", "по два дрони", "по двоє", "по
# сто") is a per-unit figure (rule 13), as ru "по" and pl "po" (D198): written "по понад N", a
# rate. The count in digits or a number word of the accusative (a numeral's dative or locative
# "по двом", "по п'яти" is "on / across": "удари по двом містах"); not "по" = until before a date,
# a month, a year, a clock time or an ordinal ("з 1 по 5 серпня", "по 2025 рік", "по 10 березня",
# "з 5 по 11 клас"), nor "по" = on / across before a noun or adjective in the dative or locative
# ("по 11 об'єктах", "по 5 населеним пунктам")
_UK_EACH_WORD = (
    r"(?:два|дві|три|чотири|п['’ʼ]?ять|шість|сім|вісім|дев['’ʼ]?ять|десять|(?:одинад|двана|трина|"
    r"чотирна|п['’ʼ]?ятна|шістна|сімна|вісімна|дев['’ʼ]?ятна)дцять|двадцять|тридцять|сорок|"
    r"п['’ʼ]?ятдесят|шістдесят|сімдесят|вісімдесят|дев['’ʼ]?яносто|сто|двісті|триста|чотириста|"
    r"п['’ʼ]?ятсот|шістсот|сімсот|вісімсот|дев['’ʼ]?ятсот|двоє|троє|четверо|п['’ʼ]?ятеро|шестеро|"
    r"семеро|восьмеро|дев['’ʼ]?ятеро|десятеро|кілька десятків|кілька сотень|десятки|сотні|тисячу|"
    r"півтори)"
)
_UK_LETTER = r"[а-яіїєґ'’ʼ]"
FIGURES["rewrites"].append((
    r"(?<![^\W\d_])(?<!з \d )(?<!з \d\d )(?<!з \d\d\d )(?<!з \d\d\d\d )по ((?:"
    r"(?!(?:1[89]|20)\d\d(?!\d))\d[\d.,]*(?: \d{3})*(?![\d.,]?\d| \d{3}(?!\d))"
    rf"(?![.:]\d\d?(?!\d)|-?{_UK_LETTER}{{1,3}}(?!{_UK_LETTER}))"
    rf"|{_UK_EACH_WORD}(?!{_UK_LETTER})))"
    r"(?! ?(?:(?:тис\.?|тисяч[а-яіїєґ]*|млн\.?|мільйон[а-яіїєґ]*|млрд\.?|мільярд[а-яіїєґ]*) )?"
    r"(?:січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн|рік|року|р\.|числ|"
    r"квартал|клас|включно)[а-яіїєґ]*)"
    rf"(?! ?(?:{_UK_LETTER}+ )?(?:{_UK_LETTER}+ )?{_UK_LETTER}*(?:ам|ям|ах|ях|им)(?!{_UK_LETTER}))",
    r"по понад \1",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 пасажири, серед яких 3 дітей, і 15 членів екіпажу" holds two counts (a
# list, unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes
# no comma in this language
FIGURES["told_with"]["resumes"] = ["і", "й", "та"]

# (29aa) infantrymen counted are troops and soldiers, as en "infantry" is (round 16zz26's
# "11 000 nordkoreanischen Infanteristen")
ARTICLES["troops"].append("піхотинц\\w*")
ARTICLES["soldiers"].append("піхотинц\\w*")

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out:
# "чверть мільйона снарядів" (півмільйона, one word, was read) (it read "million", 1,000,000)
ARTICLES["scale_fractions"] = {"before": ["пів", "чверть"], "after": []}

# (29rv, D212.2) the genitive plural of a scale word is the vague plural when no number stands
# before it, after a qualifier too: "до тисяч людей" (up to thousands) read "up to 1,000"
FIGURES["plural_scales"] = ["тисяч", "мільйонів", "мільярдів"]

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "для поповнення
# втрат", "щоб компенсувати втрати", "на заміну загиблим"
ARTICLES["made_up_for"] = [
    "(?:для|з метою) (?:поповнення|компенсації|відшкодування)(?: (?:понесених|великих|значних))*",
    "(?:щоб )?(?:поповнити|компенсувати|відшкодувати|замінити)(?: (?:понесені|великі|значні))*",
    "(?:на заміну|замість)"]
# (30ab) self-harm to escape the draft is no wound of the war ("калічили себе"): a loss cue with a
# reflexive right after it is no metric
ARTICLES["self_inflicted_after"] = ["себе", "собі"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("обмінялися 314
# військовополоненими"): both sides' prisoners, no capture of North Koreans
ARTICLES["excluded"] += [
    "(?:обмін|обмінялися|обміняються|обміняти)(?= (?:усього |всього |близько |понад )?\\d[\\d  ]* "
    "(?:військовополонен|полонен)\\w*)"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["і", "й", "та"], []))

# (31fx, D218.1) "N of them were X and M Y" opening the phrase, as es "siete de ellas eran
# mujeres y dos hombres" ("сім з них були жінками і двоє чоловіками"): no count before it to
# break down, so the count after "and" is the list's other part, two counts, unparsed; "N of
# them" alone stays N, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(
    number_word(w for w, v in FIGURES["numbers"].items() if v >= 2),
    ["з них", "із них"], ["і", "й", "та"]))

# (32rl, D220.1) a share told after the total and its comma ("349 осіб, з них більше половини діти")
# tells who the counted were: the total's breakdown (D5), written as the table's breakdown word
# (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share or a
# list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["з них", "із них", "з яких", "із яких", "у тому числі", "в тому числі", "серед них"],
    ["понад", "більше", "більш ніж", "майже", "близько", "щонайменше", "менше", "приблизно",
     "трохи більше"],
    ["половина", "половини", "половину", "третина", "третини", "третину", "дві третини",
     "чверть", "чверті", "три чверті", "більшість", "більша частина", "більшу частину",
     "переважна більшість"],
    ["з них", "із них", "з яких"],
    "у тому числі"))

# (34ar) чисельність постійної армії ("1,2 млн активних військовослужбовців", "близько 1,3
# мільйона діючих військових"): власна армія КНДР, не цифра сюжету
ARTICLES["other_subject"]["after"] += [
    "(?:активних|діючих|кадрових) (?:військовослужбовців|військових|солдатів|бійців|багнетів)"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "владивосток\\w*", "москв\\w*", "курськ\\w*", "курщин\\w*", "примор\\w*", "хабаровськ\\w*",
    "сибір\\w*", "далек\\w+ сход\\w*", "петербург\\w*", "находк\\w*", "сахалін\\w*",
    "амурськ\\w*", "ростов\\w*", "тув\\w*", "казан\\w*", "татарстан\\w*", "алабуг\\w*",
    "новосибірськ\\w*", "якуті\\w*"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['в', 'у', 'на'], 'і', [
        # (35rd, D236.1) a noun of an area with no name ("в країні, 6 у Києві")
        (r"[ву] (?:країні|регіоні|області)", r"в|у|на"),
    ]),
    part_of_total(
        [
            'з загалом', 'із загалом', 'з усього', 'із усього', 'з загальної кількості',
            'із загальної кількості', 'з загального числа', 'із загального числа'
        ], 'з'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    ['рік', 'місяць', 'тиждень', 'день', 'один рік', 'один місяць']
    + [f'{n} {u}' for n in ('два', 'дві', 'три', 'чотири')
       for u in ('роки', 'місяці', 'тижні', 'дні')]
    + [f'{n} {u}'
       for n in ('пʼять', "п'ять", 'шість', 'сім', 'вісім', 'девʼять', "дев'ять", 'десять')
       for u in ('років', 'місяців', 'тижнів', 'днів')],
    ['потому', 'тому', 'пізніше', 'згодом', 'раніше'],
))

# (34rc, D229.2) D61.3's change "на N — до M" in the orders the rewrite of 17cc did not list,
# as ru: the size's noun between ("скоротилося на 2,5 тис. осіб — до 430,9 тис.", round 100;
# "зменшилася на 179 тис. осіб - до 41,3 млн"), the new total in brackets ("на 2,5% (до 430,9
# тис.)"), and the new total told with "і становила / і склала / і сягнула" or their converbs
# ("зменшилася на 2,3 тис. і становила 970 тис."): the size dropped, the new total read (D35,
# D61.3). Before the rewrite of 17cc ("на N - до")
_UK_BY_TO = rewrite_index(FIGURES["rewrites"], r"\1 до", r"на (?:майже |понад |близько )?\d")
_UK_CHANGE = r"(?:зросл\w+|зріс|збільш\w+|зменш\w+|скороти\w+|знизи\w+|впал\w+|виріс|вирос\w*)"
_UK_SIZE = (r"на (?:майже |понад |близько |приблизно )?\d[\d.,]*"
            r"(?: (?:тис\.?|тисяч\w*|млн\.?))?(?: ?%| відсот\w*)?")
FIGURES["rewrites"][_UK_BY_TO:_UK_BY_TO] = [
    (rf"\b({_UK_CHANGE}(?: [^\s\d,.()]+){{0,3}}? (?:більш ніж |майже )?{_UK_SIZE}) "
     r"[^\W\d_]+(?=,?(?: [-–—(]| \()? ?до \d)", r"\1"),
    (rf"\b({_UK_CHANGE}(?: [^\s\d,.()]+){{0,3}}? (?:більш ніж |майже )?{_UK_SIZE}),? \( ?"
     r"(до \d[^()]*)\)", r"\1 - \2"),
    (rf"\b({_UK_CHANGE})(?: [^\s\d,.()]+){{0,3}}? (?:більш ніж |майже )?{_UK_SIZE}"
     r"(?: [^\W\d_]+)?,? (?:і (?:становил|склал|сягнул|досягл)\w*|становивши|склавши|сягнувши|"
     r"досягнувши) (?=\d)", r"\1 до "),
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("понад 400 людей перебувають у 33 пунктах незламності"): set aside (D20). Not
# "населених пунктах" (settlements: places that are counted, D45.5)
FIGURES["rewrites"] += lodging_aside(
    ["в", "у", "на"],
    [r"пункт(?:ах|ів|и) (?:незламності|обігріву|евакуації|збору)",
     r"пункт(?:ах|ів|и) тимчасового (?:розміщення|перебування)", r"птп",
     r"укритт(?:ях|ів|я)", r"сховищ(?:ах|а)?", r"(?:наметових )?табор(?:ах|ів|и)",
     r"центр(?:ах|ів|и) (?:тимчасового )?розміщення", r"шелтер(?:ах|ів|и)",
     r"прихист(?:ках|ків|ки)",
     r"місц(?:ях|ь) (?:тимчасового|компактного) (?:проживання|розміщення)"],
    ["понад", "більш ніж", "більше ніж", "близько", "майже", "щонайменше", "приблизно"],
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# постраждалих госпіталізовані до п'яти лікарень", "доставили у три лікарні"): set aside beside
# the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"госпіталізован\w*", r"госпіталізували", r"шпиталізован\w*", r"доставлен\w*",
     r"доставили", r"евакуйован\w*", r"перевезен\w*", r"перевезли", r"розподілен\w*",
     r"розподілили", r"направлен\w*", r"відвезли", r"лікуються", r"перебувають на лікуванні",
     r"надійшл[иао]"],
    ["в", "у", "до", "по"],
    [r"(?:(?:різн\w+|міськ\w+|найближч\w+) )?(?:лікар(?:ень|нях|ні|ням)|клінік\w*|"
     r"госпітал\w*|шпитал\w*|медзаклад\w*|(?:медичн|лікувальн)\w+ заклад\w*)"],
    ["понад", "більш ніж", "більше ніж", "близько", "майже", "щонайменше", "приблизно"],
    r"два|дві|двох|двом|три|трьох|трьом|чотири|чотирьох|чотирьом|п['’]ять|п['’]яти|"
    r"шість|шести|сім|семи|вісім|восьми|дев['’]ять|дев['’]яти|десять|десяти|кількох|кілька",
)

# (35b) "розвідка" writes its dative and locative with ц ("у розвідці Південної Кореї
# розповіли", "в розвідці Сеула заявили"): every name of an intelligence body reads that case too,
# as the ru names read "в разведке Южной Кореи" ("розвідк\w*" stopped at the stem's к)
_UK_INTEL, _UK_INTEL_CASES = "розвідк\\w*", "розвід(?:к\\w*|ці(?!\\w))"
ARTICLES["claimants"] = {key.replace(_UK_INTEL, _UK_INTEL_CASES): value
                         for key, value in ARTICLES["claimants"].items()}
for _kind in ("intelligence", "military_intelligence"):
    ARTICLES["claimant_grammar"]["bodies"][_kind] = [
        word.replace(_UK_INTEL, _UK_INTEL_CASES)
        for word in ARTICLES["claimant_grammar"]["bodies"][_kind]]
