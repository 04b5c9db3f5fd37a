"""Russian (``ru``): the words of the figure and period engines.

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

MONTHS = [
    ["январ\\w*", "янв"],
    ["феврал\\w*", "фев"],
    ["март\\w*"],
    ["апрел\\w*", "апр"],
    ["май", "мая", "мае", "маю"],
    ["июн\\w*"],
    ["июл\\w*"],
    ["август\\w*", "авг"],
    ["сентябр\\w*", "сент", "сен"],
    ["октябр\\w*", "окт"],
    ["ноябр\\w*", "нояб"],
    ["декабр\\w*", "дек"],
]

WEEKDAYS = [
    ["понедельник\\w*"],
    ["вторник\\w*"],
    ["среда", "среды", "среду", "среде"],
    ["четверг\\w*"],
    ["пятниц\\w*"],
    ["суббот\\w*"],
    ["воскресень\\w*"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "погибш\\w*", "погибли", "ранен\\w*", "умерш\\w*", "умерли", "пропавш\\w*",
        "задержанн\\w*", "эвакуированн\\w*", "госпитализированн\\w*", "убит\\w*",
    ],
    "casualties": [
        "жертв\\w*", "пострадавш\\w*", "случа\\w*", "заболевш\\w*",
    ],
    "numbers": {
        # (lexicon 17, session 6) dative, instrumental, prepositional of hundreds, tens, teens
        # (трёмстам, пятьюстами, двадцатью); полтораста = 150
        "двумястами": 200, "двухстах": 200, "тремстам": 300, "тремястами": 300, "трёхстах": 300,
        "трехстах": 300, "четырёмстам": 400, "четыремстам": 400, "четырьмястами": 400,
        "четырёхстах": 400, "четырехстах": 400, "пятистам": 500, "пятьюстами": 500, "пятистах": 500,
        "шестистам": 600, "шестьюстами": 600, "шестистах": 600, "семистам": 700, "семьюстами": 700,
        "семистах": 700, "восьмистам": 800, "восьмьюстами": 800, "восемьюстами": 800,
        "восьмистах": 800, "девятистам": 900, "девятьюстами": 900, "девятистах": 900,
        "одиннадцатью": 11, "двенадцатью": 12, "тринадцатью": 13, "четырнадцатью": 14,
        "пятнадцатью": 15, "шестнадцатью": 16, "семнадцатью": 17, "восемнадцатью": 18,
        "девятнадцатью": 19, "двадцатью": 20, "тридцатью": 30, "пятьюдесятью": 50,
        "шестьюдесятью": 60, "семьюдесятью": 70, "восемьюдесятью": 80, "полтораста": 150,
        "полутораста": 150,
        # "and a half" after a number ("три с половиной тисячі" = 3,500), as Turkish "buçuk"
        "с половиной": 0.5,
        # collective numerals are exact counts (D27): "трое", "пятерых"
        "двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5,
        "пятерых": 5, "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7, "восьмеро": 8,
        "восьмерых": 8, "девятеро": 9, "девятерых": 9, "десятеро": 10, "десятерых": 10,
        # their dative and instrumental ("четверым их товарищам", "с двоими детьми", D27, D40)
        "двоим": 2, "двоими": 2, "троим": 3, "троими": 3, "четверым": 4, "четверыми": 4,
        "пятерым": 5, "пятерыми": 5, "шестерым": 6, "шестерыми": 6, "семерым": 7, "семерыми": 7,
        "восьмерым": 8, "восьмерыми": 8, "девятерым": 9, "девятерыми": 9, "десятерым": 10,
        "десятерыми": 10,
        "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1,
        "одним": 1, "одном": 1, "одну": 1, "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
        "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3, "тремя": 3, "четыре": 4, "четырех": 4,
        "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "пятью": 5,
        "шесть": 6, "шести": 6, "шестью": 6, "семь": 7, "семи": 7, "семью": 7, "восемь": 8,
        "восьми": 8, "восемью": 8, "восьмью": 8, "девять": 9, "девяти": 9, "девятью": 9,
        "десять": 10, "десяти": 10, "десятью": 10, "одиннадцать": 11, "одиннадцати": 11,
        "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14,
        "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16,
        "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18,
        "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20, "двадцати": 20,
        "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
        "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
        "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100,
        "ста": 100, "двести": 200, "двухсот": 200, "двумстам": 200, "триста": 300, "трехсот": 300,
        "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500,
        "пятисот": 500, "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700,
        "восемьсот": 800, "восьмисот": 800, "девятьсот": 900, "девятисот": 900, "полтора": 1.5,
        "полторы": 1.5, "полутора": 1.5, "полмиллиона": 500_000, "полумиллиона": 500_000,
        # "более полутысячи" (half a thousand, in the genitive: D37), "полусотни"
        "полутысячи": 500, "полутысяче": 500, "полусотни": 50,
        "полтысячи": 500, "полсотни": 50,
        # (33hf, D223.5) the other cases of "half a million" ("между полумиллионом и 800 тысячами")
        "полумиллионом": 500_000, "полумиллиону": 500_000, "полумиллионе": 500_000,
        "полмиллиарда": 500_000_000, "полумиллиарда": 500_000_000,
    },
    "scales": {
        # (lexicon 17, session 6) colloquial тыща (thousand)
        "тыща": 1000, "тыщи": 1000, "тыщ": 1000, "тыщу": 1000,
        "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячей": 1000,
        # (17nw) the other instrumental "тысячью" (D53.2)
        "тысячью": 1000,
        "тысячам": 1000, "тысячами": 1000, "тысячах": 1000, "тыс.": 1000, "тыс": 1000,
        "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "миллионы": 1_000_000,
        "миллионом": 1_000_000, "млн.": 1_000_000, "млн": 1_000_000, "миллиард": 1_000_000_000,
        "миллиарда": 1_000_000_000, "миллиардов": 1_000_000_000, "млрд": 1_000_000_000,
        "млрд.": 1_000_000_000, "к": 1000,
        # (17gwc) the other case forms ("к тысяче", "с миллиардами"), and the trillion
        "тысяче": 1000, "миллиону": 1_000_000, "миллионами": 1_000_000, "миллионах": 1_000_000,
        "миллиарду": 1_000_000_000, "миллиардом": 1_000_000_000, "миллиарды": 1_000_000_000,
        "миллиардами": 1_000_000_000, "миллиардах": 1_000_000_000,
        "триллион": 1_000_000_000_000, "триллиона": 1_000_000_000_000,
        "триллионов": 1_000_000_000_000, "трлн": 1_000_000_000_000, "трлн.": 1_000_000_000_000,
    },
    "after_number": ["к"],
    "collective": {
        "десяток": 10, "десятка": 10, "десятком": 10, "дюжина": 12, "дюжину": 12, "сотня": 100,
        "сотни": 100, "сотню": 100, "сотней": 100,
        # (17gwc) the prepositional and dative ("в десятке случаев", "о сотне")
        "десятке": 10, "десятку": 10, "сотне": 100, "дюжиной": 12,
    },
    "vague": {
        # (21ra, D97.3) "многотысячная толпа" (a crowd many thousand strong): thousands
        "многотысячн\\w*": 1000,
        # (lexicon 17, session 6) сот (genitive plural of сто) after несколько: several hundred
        "сот": 100,
        # (lexicon 17, session 6) colloquial тыщи (thousands)
        "тыщи": 1000, "тыщ": 1000, "тыщами": 1000,
        "десятки": 10, "десятков": 10, "дюжины": 12, "сотни": 100, "сотен": 100, "сотнями": 100,
        "тысячи": 1000, "тысяч": 1000, "тысячами": 1000, "миллионы": 1_000_000,
        "миллионов": 1_000_000,
        # other cases ("о десятках тысяч пропавших")
        "десятках": 10, "десятками": 10, "сотнях": 100, "тысячах": 1000, "десятки тысяч": 10_000,
        "десятков тысяч": 10_000, "десятках тысяч": 10_000, "десятками тысяч": 10_000,
        "сотни тысяч": 100_000, "сотен тысяч": 100_000, "сотнях тысяч": 100_000,
        "сотнями тысяч": 100_000,
        # (17gwc) the dative plural ("тысячам людей" was read 1,000 exact), the milliards
        "десяткам": 10, "сотням": 100, "тысячам": 1000, "миллионам": 1_000_000,
        "миллионами": 1_000_000, "миллионах": 1_000_000, "миллиарды": 1_000_000_000,
        "миллиардов": 1_000_000_000, "миллиардам": 1_000_000_000, "миллиардами": 1_000_000_000,
        "миллиардах": 1_000_000_000,
    },
    # (17df, D87) "оба", "обе" in every case: two, when the phrase holds no other quantity
    # and no "и" ("Погибли оба водителя", "Оба мальчика находятся в сознании")
    "both": ["оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"],
    "several": [
        # "some" alone is read like "several" (D9): the article reader's words decide whether a
        # "some" counts anybody ("некоторые подразделения" are units, no people)
        "несколько", "нескольких", "несколькими", "нескольким", "пара", "пару", "пары", "ряд",
        "некоторые", "некоторых",
    ],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "практически", "близко к", "не выше",
        "до", "около", "под", "за", "от", "сверх", "в районе", "далеко за",
        # (17gwc) "в пределах 300" (within: at most)
        "в пределах",
    ],
    "approx": [
        "около", "порядка", "приблизительно", "примерно", "ориентировочно", "где-то", "в районе",
        "ориентировочно около", "по оценкам", "по разным оценкам", "предположительно", "~", "ок.",
        "приблизительно около", "до порядка",
        # (17cg) "estimated at" before the number ("ущерб оценивается в 500 миллионов"), the verb of
        # estimating with its "в" (rule 2, D65.1)
        "оценивается в", "оцениваются в", "оценивают в", "оценили в", "оценил в", "оценила в",
        "оценено в", "оценена в", "оценены в",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "чуть выше", "немного выше", "несколько больше", "несколько более", "слегка больше",
        "слегка более", "немногим больше",
        # (lexicon 17, session 6) register variants of более
        "превысить", "превысят", "превышающее", "превышающих", "превысившее", "перевалило за",
        "перевалил за", "перевалила за", "перевалили за",
        "более", "больше", "свыше", "не менее", "по меньшей мере", "по крайней мере", "как минимум",
        "минимум", "превысило", "превысил", "превысила", "превысили", "превышает", "превышают",
        "превысит", "более чем", "больше чем", "сверх", "от", "не меньше", "не меньше чем",
        "уже более", "далеко за", "за",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of не более; не превышает = at most
        "не превышает", "не превышают", "не превысит", "не превысило", "не превышал",
        "не превышало", "не превышала", "самое большее", "самое многое", "не выше",
        "до", "не более", "не больше", "менее", "меньше", "как максимум", "максимум", "вплоть до",
        "не свыше", "менее чем", "меньше чем", "не более чем",
        # (17gwc) "в пределах 300 человек" (within)
        "в пределах",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "чуть ниже", "немного ниже", "несколько меньше", "несколько менее", "слегка меньше",
        "слегка менее", "немногим меньше",
        # (lexicon 17, session 6) register variants of почти
        "немногим менее", "немногим меньше", "немного меньше", "немного менее", "практически",
        "почти что", "приблизилось к", "приблизилась к", "приблизился к", "приблизились к",
        "близко к", "едва не",
        "почти", "без малого", "чуть менее", "чуть меньше", "приближается к", "около почти",
        "едва ли не", "под",
        # "чуть ли не 41 жителя" (all but, nearly; session 6, round 16)
        "чуть ли не", "чуть не",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "или около того", "или около этого", "или что-то около того",
        "примерно", "приблизительно",
    ],
    "post_at_least": [
        # (lexicon 17, session 6) after the number
        "с чем-то", "плюс", "с гаком", "с хвостиком", "и выше", "или выше",
        "с лишним", "и более", "или более", "и больше", "или больше", "с небольшим", "+",
        # "N, а то и больше" (or even more; "а то и" is written "или даже") is at least (D41)
        "если не больше", "или даже больше", "если не более", "или даже более",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number: at most
        "максимум", "и менее", "или менее", "и меньше", "или меньше", "не более", "самое большее",
    ],
    "additional": [
        "ещё", "еще", "дополнительно", "дополнительных", "дополнительные", "дополнительный",
        "новых", "новые", "очередные", "очередных", "других",
        # (17nj) "rose by N" with the verb's preposition of the difference is additional, as en
        # "grew by", de "wuchs um" (rule 12, D39, D49); "to N" stays the total
        "выросло на", "выросла на", "вырос на", "выросли на", "увеличилось на", "увеличилась на",
        "увеличился на", "увеличились на", "возросло на", "возросла на", "возрос на",
        "возросли на",
        # (17no) "к ним добавляются 47" (added to them), "рост на": additional (rule 12, D54.2)
        "добавляются", "добавились", "добавилось", "прибавилось", "рост на", "прирост на",
    ],
    "including": [
        # (lexicon 17, session 6) breakdown words
        "из числа которых", "в том числе и", "включая и",
        "в том числе", "из них", "включая", "среди них", "из которых", "среди которых",
        "в числе которых", "в их числе",
        # (17gwc) the abbreviation "в т.ч." and "из этого числа"
        "в т.ч.", "в т. ч.", "из этого числа", "из них же",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "состоящая из", "состоящий из", "состоящее из", "состоящих из", "состоящую из",
        "состоящей из",
    ],
    "total": [
        "в общей сложности", "всего", "итого", "общей численностью", "в сумме", "общим числом",
        "суммарно",
        # (17no) the other forms of "общей численностью" (numbering in all; D5, D54.4)
        "общим количеством", "совокупной численностью", "суммарной численностью",
    ],
    "range_pre": ["от", "между", "с"],
    "range_sep": ["до", "или", "и до", "либо", "если не", "или даже"],
    "range_and": ["и"],
    "percent": ["%", "процент\\w*"],
    "fraction": [
        # (17cg) "почти все из 30 кабин": "nearly all of" a count, with the partitive "из", is a
        # part of it, as "most of the" (rule 13, D49.7, D65.6); "почти все 300" (no "of") stays the
        # count, as 17la's "практически все 300 человек"
        "почти все из", "почти всех из",
        "половин\\w*", "треть", "трети", "третей", "четверть", "четверти", "большинство", "доля",
        "из каждых",
        # multipliers ("в десятки раз меньше", "в 5 раз больше") are ratios, not counts
        "раз больше", "раз меньше", "раза больше", "раза меньше",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "еженощно",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "ежеминутно", "ежесекундно", "ежечасно",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "на квадратный километр",
        # (17nm) an average named by its adjective ("средняя сумма штрафа составила 350
        # рублей") is a per-unit figure, as "в среднем" (rule 13, D40.12, D52.7)
        "средняя сумма", "средний размер", "среднее число", "среднее количество",
        "средняя численность", "средний показатель", "средняя стоимость", "средняя цена",
        "средний возраст",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "среднесуточн\\w*", "среднемесячн\\w*", "среднегодов\\w*", "среднедневн\\w*",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "промилле",
        # (17nj) "on both days" and the distributive before a qualifier ("в оба дня задержали по
        # 400", over 400 on each of the days): a count per day, no total (rule 13, D49)
        "в оба дня", "по несколько", "по нескольку", "по более чем",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "в среднем", "в среднем по",
        "в день", "в сутки", "ежедневно", "в неделю", "в месяц", "ежемесячно", "в час", "в год",
        "ежегодно", "каждый", "каждая", "каждое", "каждого", "каждой",
        # (17nh) a speed: "35 метров в секунду" (D48.4)
        "в секунду", "в минуту",
        # (17gwc) "300 на человека", "ежесуточно", "каждые"
        "на человека", "на душу населения", "в расчете на", "в расчёте на", "ежесуточно",
        "еженедельно", "каждые", "каждую", "каждым", "каждом",
    ],
    "units": [
        "батальон\\w*", "бригад\\w*", "полк", "полка", "полку", "полки", "полков", "полком",
        "дивизи\\w*", "рота", "роты", "роту", "рот", "взвод\\w*", "корпус\\w*", "подразделени\\w*",
        # "два отделения горноспасателей" (two rescue sections)
        "отделени\\w*",
        # fire-and-rescue crews ("семнадцать пожарно-спасательных расчетов", D20, D41)
        "расчет", "расчета", "расчеты", "расчетов", "расчетами", "расчёт", "расчёта", "расчёты",
        "расчётов", "расчётами", "пожарных расчетов", "пожарных расчётов",
        # (17gwc) squadrons and artillery batteries
        "эскадрил\\w*", "эскадрон\\w*", "батаре\\w*",
    ],
    "uncountable": [
        "много", "многие", "многих", "множество", "большое количество", "значительное число",
        "немало",
        # (17gwc) vague words with no magnitude
        "многочисленные", "многочисленных", "многочисленными", "бесчисленные", "бесчисленных",
        "неизвестное число", "неизвестное количество", "неустановленное число",
        "огромное количество", "большое число",
    ],
    # Not MONTHS: the figure engine reads stems on any word and does not count them as words of the
    # language when it guesses one ("августа" would no longer tell Russian from Ukrainian), so it
    # reads the full forms.
    "months": [
        "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май", "мая",
        "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября", "октябрь",
        "октября", "ноябрь", "ноября", "декабрь", "декабря",
    ],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "в", "во", "с", "со", "после", "начиная с",
    ],
    "year_pre": [
        "начале", "конце", "середине",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "первой половине", "второй половине", "первом полугодии", "втором полугодии",
        # (17gwc) the seasons ("летом 2022 погибли 300 человек")
        "летом", "зимой", "весной", "осенью",
    ],
    "year_post": ["год", "года", "году", "г.", "г", "гг.", "годов"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a type,
    # serogroup, draw ("тираж 1052"), category or issue; a degree after the number ("ожоги 3
    # степени")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "горячая линия", "горячую линию", "горячей линии", "номер", "номеру", "номером", "минус",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "магнитудой", "магнитуда", "магнитуды", "магнитуде",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "глава", "главы", "статья", "статье", "статьи", "трасса", "трассе", "трассы",
        "тип", "типа", "серогруппы", "серотипа", "тираж", "тиража", "тираже", "категории",
        "выпуск", "выпуске", "версии", "модели",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "вместимостью",
        # (23rd, D129.3) a capacity or a limit told before its number, with its verb or
        # adjective ("space meant for 1,044", "при лимите в 8657"): no count beside another
        # number, as D96's "capacity of"
        "лимите в", "лимит в", "рассчитан на", "рассчитано на",
        "рассчитанный на", "рассчитанном на", "рассчитанного на",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("на 12 человек меньше, чем годом ранее"): no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:меньше|больше)(?: ,)?"
        r" (?:чем|по сравнению|в сравнении|против)(?![^\W\d_])",
        r"ещё # (?:[^\W\d_]+ )?, (?:чем|по сравнению|в сравнении)(?![^\W\d_])",
    ],
    "source_words": ["(?<!\\w)по (?:данным|словам|оценкам|информации|подсчетам|подсчётам)(?!\\w)"],
    "compared_pre": [
        "по сравнению с", "по сравнению со", "в сравнении с", "в сравнении со", "сравнительно с",
        "против",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "ул.", "улица", "улице", "улицы", "пр-т", "просп.", "проспект", "проспекте", "пер.",
        "переулок", "переулке", "д.",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "кв", "квт", "мвт", "гвт", "квтч", "киловольт\\w*", "киловатт\\w*", "мегаватт\\w*",
        "гигаватт\\w*", "вольт\\w*",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "этаже", "этажа", "этаж", "этажей", "-этажный", "-этажного", "-этажном", "-этажной",
        "-этажная", "-этажное", "-этажные", "-этажных", "-этажку", "-этажке", "-этажка", "-этажки",
        "градусам", "градусами",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "-тонный", "-тонная", "-тонное", "-тонного", "-тонной", "-тонные", "-тонных", "-тонным",
        "-тонными", "-тонную", "-тонному", "-литровый", "-литровая", "-литрового", "-литровой",
        "-литровые", "-литровых", "-килограммовый", "-килограммовая", "-килограммовой",
        "-килограммовых", "-килограммового", "-метровый", "-метровая", "-метрового", "-метровой",
        "-метровые", "-метровых", "-километровый", "-километровая", "-километровой",
        "-километровых", "-метровом", "-тонном", "-литровом",
        "-километровом",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "мм", "миллиметров", "миллиметра", "категории",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "градусов", "градуса", "градус", "градусах", "балла", "баллов",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "метров", "метра", "метрах", "метр", "км", "километров", "километра", "километрах",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "футов", "фута", "фут", "миль", "мили",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "квадратных", "квадратного", "квадратный", "квадратные", "квадратными", "кубическ\\w*",
        "кубометр", "кубометра", "кубометров", "кубометрах", "гектар", "гектара", "гектаров",
        "гектарах", "га",
        # (17cf) a measure's unit glued by a hyphen to its number, as an adjective ("850-метрового
        # забігу", "a 10-metre fall"): a measure, no count beside another number (D64.2)
        "метров\\w*", "километров\\w*",
        "неделе", "неделя",
        "степени",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "из", "от",
    ],
    "time_units": [
        # (17cs) a size of a building ("20-этажный дом"): a measure, no count; dropped as
        # durations are (D32, D49.9)
        "этажн\\w*",
        # the forms of "час" (hour), not a stem: "час\\w*" also took "частных" (private) and
        # "частично" (D38)
        "час", "часа", "часов", "часу", "часом", "часам", "часами", "часах", "часы", "часовой",
        "часового", "часовую", "часовых", "часовые", "часовым", "день", "дня", "дней", "сутки",
        "суток", "недел\\w*", "месяц\\w*", "лет", "год",
        # (17tb) the abbreviation "мес." ("в возрасте от 1 мес. до 14 лет", aged one month to 14
        # years): a duration, an age (D7, D57.3)
        "мес", "мес.",
        "года", "году", "минут\\w*", "ноч\\w*", "секунд\\w*",
        # (17gwc) the other cases of "год" and "день", decades, centuries, abbreviations
        "годы", "годам", "годами", "годах", "дням", "днями", "днях", "суткам", "сутками",
        "десятилети\\w*", "век", "века", "веков", "столети\\w*", "ч.", "мин.", "сек.",
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
            "мама", "маму", "папа", "папу",
            "женщина", "женщину", "мужчина", "мужчину", "девушка", "девушку", "девочка",
            "девочку", "мальчик", "мальчика", "бабушка", "бабушку", "дедушка", "дедушку", "сын",
            "сына", "дочь", "супруги", "супругов",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "ребёнок", "ребенок", "ребёнка", "ребенка", "младенец", "младенца", "подросток",
            "подростка", "брат", "брата", "сестра", "сестру", "дядя", "дядю", "тётя", "тетя",
            "тётю", "тетю", "племянник", "племянника", "племянница", "племянницу", "внук", "внука",
            "внучка", "внучку",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 детей и воспитательница"
            "учитель", "учительница", "учительницу", "воспитатель", "воспитателя",
            "воспитательница", "воспитательницу", "медсестра", "медсестру", "владелец",
            "владельца",
            # (17dd, D85.1) "3 soldiers and their commander"
            "командир",
            "пилот", "водитель", "капитан", "машинист", "инструктор", "мать", "отец", "жена",
            "муж",
            # (35ra, D233.8) a relative, a neighbour ("женщина, её трое детей и родственник")
            "родственник", "родственника", "родственница", "родственницу", "сосед", "соседа",
            "соседка", "соседку"],
        # (19fr, D88) "with" after a person ("женщина с четырьмя детьми")
        "and": ["и", "с", "со"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["её", "его", "их", "свои", "своих"],
        "verbs": ["\\w+ли", "\\w+лись", "\\w+ло", "\\w+лось"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "не двое, а двенадцать", "двенадцать, а не двое"; "не только 2, но и 3"
    "contrast": {
        "not": [
            "не", "вместо", "не было", "не были", "не будет",
        ],
        "but": ["а", "но"],
        "also": ["и", "тоже", "также"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "рост", "роста", "ростом", "прирост", "прироста", r"снижени\w*", r"сокращени\w*",
        r"увеличени\w*", r"уменьшени\w*", r"падени\w*", r"повышени\w*", "вырос", r"выросл\w*",
        "возрос", r"возросл\w*", r"увеличил\w*", r"сократил\w*", r"снизил\w*", r"уменьшил\w*",
        "упал", "упала", "упало", "упали",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("300 пенсионеров старше 80"); alone it stays
    "age_limits": [
        r"\bв возрасте (?:от|до|старше|свыше|более|менее|младше|моложе) " + AGE
        + r"(?: (?:лет|года|год))?(?!\w)(?! ?(?:тыс|млн|%))",
        r"\b(?:старше|младше|моложе) " + AGE + r"(?: (?:лет|года|год))?(?!\w)(?! ?(?:тыс|млн|%))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["старше", "младше", "моложе", "в возрасте"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "whole": [
            r"из общего (?:числа|количества)",
            r"из (?:этого|указанного|данного) (?:числа|количества)",
        ],
        "how": [
            "тяжело", "легко", "серьезно", "смертельно", "в тяжелом состоянии",
            "в крайне тяжелом состоянии",
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
        # (17cg) "в 2017–2019 гг." (in the years 2017-2019): the plural year word, abbreviated after
        # a span, marks both years (D7, D37.5), as "годах" does; written as two years
        (r"\b((?:19|20)\d\d) ?[–-] ?((?:19|20)\d\d) ?гг(?:\.|\b)", r"\1 г. и \2 г."),
        # (17cg) "другие 25 кабин зависли" (the other 25): "other" right before the count is
        # additional, as en "the other N" and "25 других" (rule 12, D65.3)
        (
            r"(?<!\S)другие (?=\d|(?:двое|трое|четверо|пятеро|шестеро|семеро|два|две|три|четыре|"
            r"пять|шесть|семь|восемь|девять|десять)(?!\S))",
            "дополнительные ",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "по данным других источников, погибли 600 человек"
        (r"(?<!\S)(?:другие|других|другим|другими) (?=(?:источник|оценк|данны|сми\b|эксперт|"
         r"свидетел|организаци))", ""),
        # (17nm) "выросло на 49 до 537" (rose by 49 to 537): the new total is the figure, as "с A
        # до B" (D35, D52.6), no range of 49 to 537
        (
            r"\b((?:воз|вы)рос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*) на "
            r"(?:почти |более |около )?\d[\d.,]*(?: (?:тыс\.?|тысяч\w*|млн\.?))?"
            # (17cc) a percentage of change and a dash before "до" ("увеличилось на 18% — до 46",
            # D61.3)
            r"(?: ?%| процент\w*)?,?(?: [-–—])? до\b",
            r"\1 до",
        ),
        # (17cc) the new total first, the old count after it, "до B с A" ("выросло до 46 с 39 в
        # первом полугодии"): the old count dropped, the new total B (D35, D61.2)
        (
            r"\b((?:воз|вы)рос\w*|увеличил\w*|увеличивши\w*|сократил\w*|сокративши\w*|снизил\w*|"
            r"снизивши\w*|уменьшил\w*|уменьшивши\w*|упал\w*|поднял\w*|подскочил\w*) до "
            r"((?:почти |более |около )?\d[\d.,]*(?: (?:тыс\.?|тысяч\w*|млн\.?))?"
            # (17cc) "с" or "против" (against) before the old count (D61.2)
            r"(?: [^\s\d,.]+)?),? (?:с|против) (?:(?!(?:19|20)\d\d\b)\d[\d.,]*|одного|одной|двух|"
            r"трех|трёх|четырех|четырёх|пяти)"
            r"(?: (?:тыс\.?|тысяч\w*|млн\.?))?(?: годом ранее| год назад| в прошлом году)?"
            r"(?![\d.,]*\d)",
            r"\1 до \2",
        ),
        # (17nm) an "other" word two words or more after the count, no number between, names
        # other things, no more of the count: "31,7 тысячи — в детдомах и других госучреждениях"
        # (total); "ещё 16 других" stays additional (rule 12, D12, D52.2)
        (
            r"(?<=\d)((?: [^\s\d,;:]+){2,}? )\bдруг(?:их|ие|им|ими)\b",
            r"\1различных",
        ),
        # (17nm) "некоторые (неофициальные) источники утверждают, что … более 43 тыс." (some
        # sources): "some" before a word naming who reports is that source's determiner, no
        # count (D9, D52.5)
        (
            r"\b(?:некоторые|некоторых|некоторым)\b(?=(?: [^\s\d,.]+)? (?:источник|эксперт|оценк|"
            r"данны|сми\b|аналитик|специалист|журналист|наблюдател|исследовател))",
            "",
        ),
        # (17nm) "на 237 больше, чем в 2022 году" (by N more than …): the count of the difference is
        # additional, as "N more" (rule 12, D49.4, D52.1); "больше 300" alone stays at least
        (
            # (23rd, D130.1) also a per cent and "more often" ("на 16% чаще, чем годом ранее")
            r"\bна (\d[\d.,]*(?:\s?%| (?:тыс\.?|тысяч\w*|млн\.?))?)( [^\W\d_]+)? "
            r"(?:больше|чаще)\b",
            r"ещё \1\2",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 каждый ",
        ),
        # a position told by its distance or height ("в 150 метрах от берега", "на высоте 10
        # метров") is no count; a length alone stays as written ("370 километров дорог", round
        # 14) (D45.3)
        (
            r"\b(в|на расстоянии|на высоте|на глубине|с высоты|с глубины) (?:около |почти |более "
            r"|примерно |свыше |менее |порядка )?(?:\d[\d.,]*|[а-яё]+) (?:метрах|метров|метра|км|"
            r"километрах|километров|километра|милях|миль|мили)(?= от|\b(?![\s\w]*\bдорог))",
            r"\1 ",
        ),
        # (17cn, D70) a kilometre post of a road ("на 983 километре трассы", "на 45-м км"): a
        # place, no count
        (r"\bна (?:\d+)(?:-?м|-?ом)? (?:километре|км)\b", "на трассе"),
        # "обнаружили семью - все четверо" (found the family: all four): "семью" at the end of
        # its clause is the noun (family), not the numeral seven (D45.8)
        (r"\bсемью(?=\s*(?:[-–—,.:;]|$))", "семья"),
        # "в день отключения" (on the day of the cut-off) before a noun of an event is a date,
        # no rate (D19, D33, D45.8)
        (r"\bв (?:день|дни) (?=[а-яё]+(?:ения|ания|тия|ления|ствия|ств|ии)\b)", "в тот раз "),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        # ("а то и", "а может и" are written as "или даже": a phrase of the table starting with
        # "а" would make "а" a word of the table, and a Ukrainian phrase with it Russian, D15)
        (r"\bа (?:то|может) и(?= )", "или даже"),
        (r"\b,\s*(?=(?:если не|или даже)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (
            r"\b(?<=\d )из (?:в общей сложности|общего числа|общего количества|"
            r"всего) (?=\d)",
            "из ",
        ),
        # the age of the oldest or youngest, its unit left out ("наймолодшому — 26 років,
        # найстаршому — 60", "the oldest was 60"), is no count (D7, D41)
        (
            r"\b((?:наи|самому |самой |самого |самая |самый )(?:старш|младш)\w*)(?: [^\W\d_]+)?"
            r"(?:\s*[—–:-]\s*|\s+)(?:было |был |была |исполнилось )?\d+(?:[.,]\d+)*(?:-\w+)?"
            r"(?:\s*(?:год\w*|лет))?(?![\w.,]*\s*(?:тыс|млн))",
            r"\1",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(некоторые|многие|несколько)(?= (?:из них )?(?:тяжело|серьезно|серьёзно|"
            r"в тяжелом|в тяжёлом|в критическом|критически)\b)",
            r", в том числе \1",
        ),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (
            r"^(?=.*\d)(.*?)\b(?:одн[аоуи]\w*|две|двух|двумя|обе\w*|три|трех|трёх|тремя) (доз\w*)",
            r"\1\2",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\bни (?:один|одна|одно|одного|одной) из "
            r"(?=\d|(?:двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|\w+десяти|ста)\b)",
            "0 из ",
        ),
        # "1 тыс. 344" (1,344): the dot of an abbreviated scale does not end the
        # number, the next part adds up as after the full word (rule 8, D38)
        (r"\b(тыс|млн|млрд)\. (?=\d{1,3}\b(?![.,]\d))(?!\d+ из\b)", r"\1 "),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\bномер[аеу]? \d+(?:[.,]\d+)*\b", " "),
        # (17no) a vessel's name in Latin letters with its number ("лайнера Queen Mary 2",
        # "теплохода Costa Serena 5"): a designation, no count (D32, D54.3)
        (
            r"\b((?:лайнер|теплоход|судн|корабл|паром|яхт|танкер|сухогруз|круизник)[а-яё]* "
            r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}) \d{1,4}\b(?![.,]\d)",
            r"\1",
        ),
        # "четверть миллиона" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\bчетверт[ьи] (?=(?:тысяч|миллион|миллиард)\w*)", "0,25 "),
        # a number after "№" names an institution ("колонии №1", "no1" once normalised), no
        # count (D32)
        (r"(?:№|\bno)\s*\d+(?:/\d+)?", " "),
        # aircraft and weapon designations ("Ан-24", "Су-25", "Т-72"; lower case once
        # normalised): no count (D32)
        (r"\b[а-яёіїє]{1,2}-\d+", " "),
        # "в четыре раза" (fourfold): a multiplier, as "раз больше" (rule 13)
        (
            r"\bв (\d[\d,.]*|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора|"
            r"сто|тысячу|десятки|сотни|несколько|пару) раза?\b",
            r"\1 раз больше",
        ),
        # "в одном из сел" (in one of the villages): a place, no count
        (r"\bв одн(?:ом|ой) из\b", " "),
        # an age written with a hyphen ("36-летнего проходчика"), not "летний" (summer)
        (r"\b\d+-летн\w*", " "),
        # "15 погибших, четверо из них дети": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) из них\b", r", в том числе \1"),
        # "до 4-х человек", "42-х украинцев": a case ending on a cardinal, not an ordinal (D7);
        # "90-х годов" (the nineties) stays a date
        (r"\b(\d+)-(?:х|ти|ми|ёх|ех)\b(?!\s+(?:год|гг|лет))", r"\1"),
        # "152-м пострадавшим": the dative ending before a dative plural is a cardinal (D7)
        (r"\b(\d+)-м(?=\s+[^\W\d_]+(?:ам|ям|им|ым)\b)", r"\1"),
        # a change "from A to B" and "fell to N" give the new total (D29, D35), also with the
        # count named between ("выросло число погибших до 17", D38)
        # (17nm) the future and present forms ("увеличится до 377", "вырастет до", "возрастает
        # до"), an adverb after the verb and the old count's scale ("сократилось незначительно - с
        # 145 тыс до 122 тыс") too (D29, D35, D52.3)
        (
            r"\b(возрос\w*|вырос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|"
            # (17cc) the converbs ("увеличившись с 39 до 46", D61.5)
            r"увеличивши\w*|сокративши\w*|снизивши\w*|уменьшивши\w*|"
            r"поднял\w*|подскочил\w*|удвоил\w*|утроил\w*|вырастет|вырастут|возрастет|возрастёт|"
            r"возрастут|возрастает|возрастают|увеличит\w*|увеличат\w*|увеличива\w*|сократит\w*|"
            r"сократят\w*|сокращае\w*|снизит\w*|снизят\w*|снижае\w*|уменьшит\w*|уменьшат\w*|"
            r"уменьшае\w*|удвоит\w*|упадет|упадёт) "
            r"(?:(?:незначительно|значительно|существенно|резко|заметно|немного|слегка|ещё|еще|"
            r"вновь|снова|сразу) )?(?:- )?"
            # (17cg) a weekday and its date between ("выросло в четверг, 16 июня, до 38", D65.5)
            r"(?:(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
            r"(?:,? \d{1,2} [^\s\d,.]+)?,? )?"
            # (17no) by how much, as a multiple or a fraction ("сократилось почти вдвое до 42";
            # D35, D54.6)
            r"(?:(?:почти |примерно |более чем )?(?:вдвое|втрое|вчетверо|наполовину|на треть|"
            r"на четверть) )?"
            r"(?:(?:число|количество|численность) [^\s\d,.]+ )?"
            # (17nj) the old count's year, also after its noun ("снизилось с 500 в 2014 году до
            # 284", D49)
            # (17ta) also the old count in words ("увеличилось с одного до четырех", D56.5)
            r"(?:с (?:\d[\d,.]*|одного|одной|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|"
            r"восьми|девяти|десяти)(?: (?:тыс\.?|тысяч\w*|млн\.?))? "
            r"(?:(?:[^\s\d,.]+ )?в (?:19|20)\d\d (?:году |г\. ?)?"
            # (17cc) or a part of the year ("с 39 в первом квартале до 46", D61.1)
            r"|в (?:первом|втором|третьем|четвертом|четвёртом|прошлом|предыдущем) "
            r"(?:квартале|полугодии|году|месяце|сезоне) )?)?"
            r"(?:с начала (?:суток|дня|недели|месяца|года) )?(?:- )?до\b",
            # (17tc) the count after the change is the new total: a total word stands for "до", so
            # that beside another number ("в трех странах число погибших выросло до 4500") it is
            # the figure (D35, D58.1)
            r"\1 всего",
        ),
        # (35ra, D233.4) the noun of the change, its count named after it ("об увеличении числа
        # погибших при пожаре в Кемерове до семи человек": round 102; "рост количества … до")
        # gives the new total as the verb does; six words between at most, no number, no comma
        (
            r"\b((?:увеличени|уменьшени|сокращени|снижени|повышени)\w*|рост[аеу]?|росте|ростом) "
            r"((?:числа|количества|численности)(?: [^\s\d,.;:]+){1,6}) до\b",
            r"\1 \2 всего",
        ),
        # (17no) "усилить поисковую группу до 70 человек" (strengthen the group to 70): a verb
        # that brings a group to N, its object between, gives the new total (D35, D54.6)
        (
            r"\b(усили\w*|нарасти\w*|довест\w*|довел\w*|доведен\w*|расшири\w*) "
            r"((?:[^\s\d,.]+ ){0,2})до (?=\d)",
            r"\1 \2",
        ),
        # ages ("в возрасте от 18 до 22 лет") are no counts (D7)
        (
            r"\bв возрасте (?:от |до |старше |младше )?\d+(?:\s*(?:-|–|до)\s*\d+)? "
            r"(?:лет|года|год)\b",
            " ",
        ),
        # "ни одного пострадавшего" (not a single one): none, no count (D36)
        (r"\bни (?:одного|одной|один|одна|одну|единого|единой)\b", "ни"),
        # (17cb) "не погиб даже один человек" (not even one died): none, no count (D36, D60.3)
        (r"\bдаже (?:одного|одной|один|одна|одну)\b(?=[^,;.]*\bне\b)", "даже"),
        (r"(\bне\b[^,;.]*?)\bдаже (?:одного|одной|один|одна|одну)\b", r"\1даже"),
        # (17cb) "ещё" that is "still / even / yet" is no "more" of the count (rule 12, D60.1):
        # after "всё" or a verb of remaining ("все еще превышен в восьми регионах", "остаются
        # ещё 15"), before such a verb or "не" ("ещё не найдены 12"), before a time ("Ещё до
        # окончания января … 70", "ещё в 2006 году", "ещё вчера"); "ещё 15 человек", "ещё в 15
        # регионах", "ещё до 100 тысяч", "находились еще три человека" (a verb of being: three
        # more besides the pilot) stay additional
        (r"\b(вс[её]|оста[её]тся|остаются|остались|осталось|оставались|оставалось|числятся|"
         r"числится|считаются|продолжают|пока|"
         # (27ru, D194.1) the other forms of "remain" ("остался ещё", "останется ещё")
         r"остался|осталась|оставался|оставалась|останется|останутся|остаётся|"
         # (35ra, D233.1) "rest" ("под завалами покоятся ещё 200 тел", still rest)
         r"покоятся|покоится|покоились|покоилось) ещ[её]\b", r"\1"),
        # ("ещё не менее 10 человек", at least ten more: "не" of a qualifier stays "more", rv12)
        (r"\bещ[её] (?=(?:оста[её]тся|остаются|остались|осталось|числятся|считаются|нет|"
         r"остался|осталась|останется|останутся)\b|"
         r"не\b(?! (?:менее|меньше|более|больше)\b))", ""),
        (r"\bещ[её] (?=(?:(?:до|в|во|с|со|на|при|к|после) (?:(?:19|20)\d\d\b(?![.,]?\d)|"
         r"(?:начал|конц|середин|оконча|окончи|прошл|позапрошл|эт[оиу]|т[оу]м|январ|феврал|март|"
         r"апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|утр|вечер|ноч|войн|пандеми|"
         r"эпидеми|революци|советск|времен|прошедш|нов[оы]|понедельник|вторник|сред|четверг|"
         r"пятниц|суббот|воскресень)\w*)|(?:вчера|позавчера|сегодня|утром|вечером|ночью|днём|"
         r"днем|летом|зимой|весной|осенью|тогда|раньше|недавно|накануне|давно|прежде)\b))",
         ""),
        # (17cb) "пилот и все четыре пассажира погибли": "and all N" after a word counts the
        # others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (r"(?<=[^\W\d] )и все (?=\d|(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
         r"двое|трое|четверо|пятеро|шестеро|семеро)\b)", "и ещё "),
        # "в других регионах" (in other regions): "other" names a place, not more of the count
        (r"\b(в|во|на|из|по|от|для|у|о|об|при|среди) других\b(?!\s*\d)", r"\1"),
        # "по состоянию на 11.00", "в 14:30": a clock time is no figure (D28, D33)
        (r"\b(по состоянию на|к) ([01]?\d|2[0-3])[.:][0-5]\d\b", r"\1"),
        (r"\b(на|в) ([01]?\d|2[0-3]):[0-5]\d\b", r"\1"),
        # (19ms, D90) the same written with a point after "в", "к", "около", "после", "до", "с"
        # ("в 20.35", "к 6.00"), not before a unit of its own ("в 1.50 раза", "до 12.50 руб"); and
        # an hour told by the part of the day ("к 6 утра", "в 8 вечера", "до 2 ночи")
        (
            r"\b(в|к|около|после|до|с) ([01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d)"
            r"(?! ?(?:раз|%|процент|тыс|млн|млрд|руб|доллар|евро|грн|кг|т\b|км|м\b))",
            r"\1",
        ),
        (r"\b([01]?\d|2[0-3])(?:[.:][0-5]\d)? (утра|вечера|ночи)\b", r"\2"),
        # "полсотни" (half a hundred) is a numeral of its own, exact 50 as "полтысячи" is 500
        # (17nd); "сотни" alone is "hundreds", vague, so it is no "0.5 сотни"
        (r"\bпол(?:-| )?сотни\b", "полсотни"),
        (r"\bпол(?:-| )?(миллиона|тысячи)\b", r"0.5 \1"),
        (r"\bполтор(?:а|ы) (тысячи|миллиона|сотни)\b", r"1.5 \1"),
    ],
    "stop": [
        # (17nm) "больше всего отмен – 42" (the most cancellations: 42) is a superlative, no
        # "more than" (rule 3, D52.5)
        "больше всего", "больше всех", "меньше всего",
        # "за неделю утонули 99" (in a week): a period, not "за" = over
        "за неделю", "за сутки", "за день", "за месяц", "за год", "за выходные",
        # "rose to N" is the new total, exact (rule 1): not "до" = up to
        "возросло до", "возросла до", "возрос до", "возросли до", "выросло до", "выросла до",
        "вырос до", "выросли до", "увеличилось до", "увеличилась до", "увеличился до",
        "увеличились до",
        "военных", "военнослужащих", "солдат", "военные", "человек", "северокорейских", "кндр",
        "погибли", "ранены", "убиты", "потери", "рабочих", "снарядов", "в", "и", "на", "с", "по",
        "из", "не", "что", "общей", "сложности", "около", "более", "тысяч", "порядка", "до", "ещё",
        "еще", "всего", "ребят", "одного",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["зим\\w*"],
        "spring": ["весн\\w*", "весной"],
        "summer": ["лето", "летом", "лета", "лете"],
        "autumn": ["осен\\w*", "осень"],
    },
    "words": {
        "rel:last": ["прошл\\w*", "предыдущ\\w*", "минувш\\w*"],
        "rel:past": ["последн\\w*"],
        "rel:this": [
            "этот", "этом", "этого", "эту", "этой", "эта", "текущ\\w*", "нынешн\\w*", "сего",
        ],
        "rel:next": ["следующ\\w*", "будущ\\w*", "ближайш\\w*", "предстоящ\\w*"],
        "unit:day": ["день", "дня", "дне"],
        "units:day": ["дней", "дни", "днями"],
        "n:24 unit:hour": ["сутки", "суток", "суткам"],
        "unit:week": ["неделя", "неделе", "неделю", "недели"],
        "units:week": ["недель", "неделями"],
        "weekend": ["выходные", "выходных"],
        "unit:month": ["месяц", "месяца", "месяце"],
        "units:month": ["месяцев", "месяцы"],
        "ymark": ["год", "году", "года", "г", "гг", "го"],
        "units:year": ["годы", "лет", "годов"],
        "unit:hour": ["час", "часа", "часов"],
        "quarterw": ["квартал\\w*"],
        "halfw": ["полугоди\\w*", "половин\\w*"],
        "part:begin": ["начал\\w*"],
        "part:mid": ["середин\\w*"],
        "part:end": ["конц\\w*", "конец"],
        "day:0": ["сегодня"],
        "day:-1": ["вчера"],
        "day:-2": ["позавчера"],
        "day:1": ["завтра"],
        "now": [
            "на сегодня", "на сегодняшний день", "к настоящему времени", "до сих пор",
            "на данный момент", "в настоящее время", "сейчас", "уже", "пока", "на текущий момент",
            "ныне", "нынче", "на сегодняшний", "по сей день", "на момент",
        ],
        "before": ["недавно", "ранее", "прежде", "до этого", "накануне"],
        "future": ["скоро", "вскоре", "в ближайшее время", "в скором времени"],
        "within": ["в течение", "в течении"],
        "since": ["с", "со", "начиная с", "начиная со", "после", "с момента"],
        "until": ["до", "по состоянию на"],
        "until deadline": ["к", "не позднее"],
        "to": ["по"],
        "between": ["между"],
        "and": ["и"],
        "ago": ["назад", "тому назад"],
        "n:1": ["один", "одна", "одну", "одного", "одной", "за"],
        "n:2": ["два", "две", "двух"],
        "n:3": ["три", "трёх", "трех"],
        "n:4": ["четыре", "четырёх", "четырех"],
        "n:5": ["пять", "пяти"],
        "n:6": ["шесть", "шести"],
        "n:7": ["семь", "семи"],
        "n:8": ["восемь", "восьми"],
        "n:9": ["девять", "девяти"],
        "n:10": ["десять", "десяти"],
        "few": ["несколько", "нескольких"],
        "ord:1": ["перв\\w*"],
        "ord:2": ["втор\\w*"],
        "ord:3": ["трет\\w*"],
        "ord:4": ["четверт\\w*"],
    },
}

# (16l) a message whose author a sentence names after the figures ("Соответствующее сообщение
# появилось в Telegram …", "Соответствующее заявление сделал …", "Сообщение об этом опубликовал …")
_MESSAGE_CAME = ("(?:соответствующ\\w*|эт\\w*|такое|такой|такую) (?:сообщени\\w*|заявлени\\w*|"
                 "информаци\\w*|пост\\w*|видео\\w*|обращени\\w*) (?:\\S+ ){0,3}?(?:появил\\w*|"
                 "опубликова\\w*|обнародова\\w*|распространи\\w*|размести\\w*|сделал\\w*)")

# (16cd) a conclusion and where it is drawn: the source of the figures before it
_CONCLUSION = ("(?:(?:такой|этот) вывод (?:\\w+ )?(?:содержится|сделал\\w*|приводится|делает\\w*)|"
               "к (?:такому|этому) выводу (?:\\w+ )?пришл\\w*)")

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("Об этом, как пишет «Главком», «Суспильному» рассказал …")
_RELAYED_ASIDE = ("(?:, как (?:[^,.]{1,40} )?(?:пишет|пишут|сообща\\w*|сообщил\\w*|переда[её]т|"
                  "передают|информирует|отмечает|уточняет)(?: [^,.]{1,60})?,)?")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["ракет\\w*", "снаряд\\w*", "гаубиц\\w*", "дрон\\w*", "артиллери\\w*", "оружи\\w*",
                "боеприпас\\w*",
        "орудий",  # (16px)
        "орудия",  # (16px)
        "пушк\\w*",  # (16px)
        "минометов",  # (16px)
    ],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["если не", "а то и", "или даже", "а может и", "возможно, даже"],
    # имена из страны и органа (articles/grammar.py, lang.BODIES)
    # (16g) a body under the one it belongs to ("посол США при НАТО"): the second is no source
    "subordinate": ["при", "в составе", "подчин[её]нн\\w*", "подчиняющ\\w*", "подведомственн\\w*"],
    # (19nm) СМИ по грамматике (articles/outlets.py): "газета «Чосон Ильбо»", "британская
    # газета The Times", "сообщает Daily Star"
    "outlet_grammar": {
        "before": ["газет[аыеу]", "газетой", "издани[еяю]", "изданием", "телеканал[ауе]?",
                   "телеканалом", "агентств[оау]", "агентством", "портал[ауе]?", "журнал[ауе]?",
                   "таблоид[ауе]?", "сайт[ауе]?", "радиостанци[яиею]", "медиа"],
        "adjectives": [],
        "verbs": ["сообщает", "сообщил[аио]?", "пишет", "писал[аио]?", "написал[аио]?",
                  "передает", "передаёт"],
        "verbs_after": [],
            "skip": ["северокорейск\\w*", "государственн\\w*", "официальн\\w*", "кндр",
                     "пропагандистск\\w*"],
    },
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": ["украинск\\w*"], "name": ["украин(?:а|ы|е|у|ой)", "киев(?:а|у|ом|е)?"]},
            "KR": {"adj": ["южнокорейск\\w*", "южно-корейск\\w*"],
                   "name": ["южн(?:ая|ой|ую) коре(?:я|и|ю|ей)", "сеул(?:а|у|ом|е)?"]},
            "US": {"adj": ["американск\\w*"],
                   "name": ["сша", "соедин[её]нных штатов", "вашингтон(?:а|у|ом|е)?"]},
            "GB": {"adj": ["британск\\w*"], "name": ["великобритани[иья]", "лондон[ау]?"]},
            "RU": {"adj": ["российск\\w*"], "name": ["росси(?:я|и|ю|ей)"]},
            "WEST": {"adj": ["западн\\w*"], "name": []},
        },
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["президент\\w*", "лидер\\w*", "глав\\w* государства"],
            # (16db) a country's media reporting
            # ("украинские СМИ сообщили", "по данным южнокорейских СМИ"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["сми", "медиа", "издания", "изданий", "пресса", "прессы"],
            "government": ["власт\\w*", "чиновник\\w*", "официальн\\w* лиц\\w*", "правительств\\w*",
                           "представител\\w*", "дипломат\\w*", "конгресс\\w*",
                           # (16g) a country's ambassador speaks for its government ("посол США
                           # при НАТО"); Russia's (no government in BODIES) is named below
                           "пос(?:ол|л(?:а|ом|у|ы|ов|ам))", "посольств\\w*",
                           # (16ck) the source nouns of a side: "по данным южнокорейских
                           # источников", "украинская сторона" (not "на … стороне": a place),
                           # "американское руководство"
                           "источник\\w*", "сторон[аы]", "руководств\\w*"],
            "intelligence": ["разведк\\w*", "спецслужб\\w*", "разведслужб\\w*",
                             "разведывательн\\w* (?:служб\\w*|сообществ\\w*|данн\\w*)",
                             # (16cd) "разведывательное агентство Южной Кореи"
                             "разведывательн\\w* агентств\\w*"],
            "military_intelligence": ["военн\\w* разведк\\w*"],
            "defence": ["министерств\\w* обороны", "минобороны", "министр\\w* обороны",
                        "оборонн\\w* ведомств\\w*"],
            "military": ["военны[ех]", "военным", "военн\\w* источник\\w*",
                         "генерал\\w*", "арми[ияю]",
                         "вооруж[её]нн\\w* сил\\w*"],
            "security": ["служб\\w* безопасности", "федеральн\\w* служб\\w* безопасности"],
        },
        "templates": ["{adj} {body}", "{body} {name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:убит\\w*|погиб\\w*) или выведен\\w* из строя",
            # (16cd) the active verbs, killing or wounding them ("ВСУ ликвидировали или ранили
            # несколько сотен северокорейских солдат"), as en "killed or wounded"
            "(?:убил|ликвидировал|уничтожил)\\w* (?:или|и) ранил\\w*",
            "ранил\\w* (?:или|и) (?:убил|ликвидировал|уничтожил)\\w*",
            # (16r) casualty cue variants (M5)
            "погибл\\w* или (?:были )?ранен\\w*",
            "убит\\w* или (?:были )?ранен\\w*",
            "погибл\\w* или (?:получили )?ранени\\w*",
            "убит\\w* или ранен\\w*", "убит\\w* и ранен\\w*", "погибш\\w* и ранен\\w*",
            "погибл\\w* или ранен\\w*", "ранен\\w* и погибш\\w*", "ранен\\w* или убит\\w*",
            "потер\\w*", "включая раненых и погибших", "жертв\\w*",
            "погибл\\w* и (?:получил\\w* )?ранен\\w*", "погибл\\w* или (?:получил\\w* )?ранен\\w*",
            # (16y) "раненых или погибших", "от убитых в бою до раненых" (a range of losses)
            "ранен\\w* или (?:погибш|погибл|убит)\\w*", "(?:погибш|убит)\\w* или ранен\\w*",
            "от (?:убит|погибш)\\w* (?:\\w+ ){0,3}до ранен\\w*",
        ],
        "killed": ["гибел\\w*",
                   "погиб\\w*", "убит\\w*", "уничтожен\\w*", "ликвидирован\\w*", "смерт\\w*",
                   # (16cd) the active verb, as uk "ліквідували" ("ВСУ ликвидировали … сотен")
                   "ликвидировал\\w*",
                   "погибш\\w*",
                   # (16gh) losses counted as killed, the instrumental ("КНДР потеряла убитыми
                   # около 2000"), not "убитыми и ранеными"
                   "потер\\w* убитыми(?! (?:и|или) ранен)",
                   # (16x) the dead counted on a memorial ("мемориальная стена, где были размещены
                   # портреты 101 человека", "стела с фотографиями 101 бойца")
                   "(?:мемориал\\w*|стел(?:а|е|у|ы|ой)|памятн\\w*)[^.\\d]{0,60}?"
                   "(?:портрет|фотографи|фото|имен|им[её]н)\\w*"],
        "wounded": ["ранен\\w*", "пострадал\\w*"],
        "captured": ["задержа\\w*",
                     "в плен\\w*", "пленн\\w*", "военнопленн\\w*", "пленил\\w*",
                     "взят\\w* в плен", "плена",
                     # (18) the noun and the participle ("подтвердила пленение двух …",
                     # "плененные северокорейские солдаты"), as uk "полонення"
                     "пленени\\w*", "плененн\\w*", "пленённ\\w*",
                     # (16c) not seized land ("двое детей из захваченных территорий")
                     "захвачен\\w*(?!\\s+(?:территори|город|сел|район|област|земл))",
                     # (16g) seizing verbs ("Украина захватила двух … солдат"): a capture when
                     # they govern the soldiers (a village seized is no count: "сел" below)
                     "захватил\\w*", "захватыва\\w*", "захвати(?:ть|т|ли)"],
        "died_in_captivity": [
            # captured …, then died (no number between)
            "(?:взят\\w* в плен|захвачен\\w*)[^.\\d]{0,60} (?:умер|скончал)\\w*",
            "умер\\w* в плену", "скончал\\w* в плену", "умер от ранений", "скончался от ранений",
            # (18) "скончался через день после пленения" (пленение is of people only)
            "(?:умер|скончал|погиб)\\w*[^.\\d]{0,40} после (?:своего |его |их )?пленения",
            # (16ab) the captive named by the participle, then his death ("Плененный
            # северокорейский солдат скончался"), as uk "полонений … помер"
            "(?:пленн|плененн|пленённ)\\w* (?:(?!заявил|рассказал|сообщил)[^.\\d,]){0,60}"
            "(?:умер|скончал)\\w*",
            # (16ru) "скончался от обострения ран", "скончался в пятницу от обострения ран",
            # "умер вследствие осложнения ран"
            "(?:умер|скончал)\\w* (?:\\S+ ){0,3}?(?:от|из-за|вследствие) (?:обострени\\w* |"
            "осложнени\\w* |полученн\\w* |тяжел\\w* )?ран(?:ений|ения|ы)?",
        ],
        "deployed": ["направ\\w*", "отправ\\w*", "перебро\\w*", "размещ\\w*", "развернут\\w*",
                     # (16c) arriving ("Ожидается прибытие 1000 саперов", "прибудут")
                     "прибыл\\w*", "прибыт(?:ь|и\\w*)", "прибыва\\w*", "прибуд\\w*", "приехал\\w*",
                     "воюют", "находится", "находятся",
                     "контингент\\w*", "дислоци\\w*", "передислоци\\w*",
                     # (16ru) the strength of the force ("численность военных составляет около
                     # 12 тысяч")
                     "численност\\w*"],
        "treated_in_north_korea": ["лечени\\w*", "реабилитаци\\w*", "санатори\\w*",
                                   "лечатся", "лечились",
                                   # (16y) the wounded sent to North Korea ("Число раненых,
                                   # отправленных в КНДР"): treated there
                                   "ранен\\w*,? (?:отправ|направ|доставл|вывез|привез)\\w* "
                                   "(?:на лечение )?в (?:кндр|северн\\w* коре\\w*|пхеньян)",
                                   "(?:отправк|направлени|доставк)\\w* (?:\\w+ )?ранен\\w* "
                                   "(?:\\w+ ){0,2}?в (?:кндр|северн\\w* коре\\w*|пхеньян)"],
        # "приняли участие" (took part) hosts nobody
        # (16c) nor "принял решение" (took a decision)
        "hosted_children": ["(?:детск\\w* )?лагер\\w*", "принял\\w*(?!\\s+(?:участ|решени))",
                            # (16cd) not the camp's name "центр детского отдыха": the cue is
                            # the hosting ("… бесплатно принял детей погибших")
                            "(?<!детского\\x20)отдых\\w*",
                            # (16cd) the future ("отдохнут около 250 школьников"), as uk
                            # "відпочинуть"; the camp with its adjective: the cue of "дети …,
                            # посещали детский лагерь"
                            "отдохн\\w*"],
        "workers_sent": ["рабоч\\w*", "работник\\w*", "строител\\w*", "на (?:\\w+ )?работу",
                         # (16cd) people who work there ("тысячи северокорейцев работают в РФ";
                         # not "работают над", working on something)
                         "работа(?:ют|ли)(?! над)", "трудятся", "трудились",
                         # (16c) sent to work ("отправляются работать в России")
                         "(?:отправ|направ|привоз|привез|выезжа|приезжа)\\w* "
                         "(?:\\w+ ){0,2}?работать"],
        "materiel_sent": [
            # (16r) materiel noun variants (V)
            "артснаряд\\w*",
            "артиллерийск\\w* снаряд\\w*",
            "мин\\w* для миномет\\w*",
            "снаряд\\w*", "ракет\\w*", "контейнер\\w*", "боеприпас\\w*",
                          "гаубиц\\w*",
                          # (16y) "от 50 до 100 единиц северокорейской техники"
                          "единиц\\w* (?:\\w+ ){0,2}?(?:брон\\w*|авто)?техник\\w*",
            # (16mw) self-propelled guns and artillery mounts and pieces ("120 самоходных
            # артиллерийских установок", "САУ", "артиллерийских орудий", "единиц артиллерии";
            # not bare "артиллерийских систем": "использование … артиллерийских систем" in a
            # sentence of training, no count, would end a report's carry), guns, launchers
            # ("РСЗО", "реактивных систем залпового огня"), armoured vehicles, air defence
            # ("систем ПВО", "ЗРК"), small arms, mortars, grenades, cartridges; tanks and
            # drones stay counts of no figure (``not_figure_after``)
            "самоходн\\w*", "сау", "артиллерийск\\w* (?:установ|оруди|комплекс)\\w*",
            "единиц\\w* (?:\\w+ )?артиллери(?:и|йск\\w*)", "оруди(?:й|я|е|ями)", "пуш(?:ек|ки|ка)",
            "коксан\\w*", "koksan", "рсзо", "(?:реактивн\\w* )?систем\\w* залпового огня",
            "пусков\\w* установ\\w*", "бронемашин\\w*", "бронетранспорт\\w*", "бтр", "бмп",
            "бронированн\\w* (?:машин|автомобил)\\w*", "бронетехник\\w*", "зенитн\\w*",
            "(?:систем|комплекс)\\w* пво", "зрк", "пзрк", "винтов(?:ок|ки|ка)", "автоматов",
            "стрелков\\w* оружи\\w*", "миномет\\w*", "гранат\\w*", "патрон(?:ов|а|ы)"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["солдат\\w*", "военн\\w*", "военнослужащ\\w*", "бойц\\w*", "войск\\w*"],
    "troops": ["солдат\\w*", "военн\\w*", "военнослужащ\\w*", "бойц\\w*", "войск\\w*",
               "человек", "сапер\\w*", "сапёр\\w*",
               # (16ru) engineers counted ("около тысячи боевых инженеров", "ещё 1 тысячу
               # инженеров"): soldiers of the later waves (``engineers``)
               "инженер(?:ов|ы|ам|ами|ах)",
               # (16l) one North Korean ("первого северокорейца", as uk): a captive (not the
               # plural, "работают 15 тысяч северокорейцев", nor the nominative a number
               # ending in 1 takes, "въехал 13 221 северокореец": no troops)
               "северокорейц(?:а|у|ем|е)"],
    # (16cd) not the adjective of a children's camp ("в детский лагерь": the camp, not the
    # children); schoolchildren are children ("около 250 школьников")
    "children": ["дет(?!ск)\\w*", "ребят\\w*", "сирот\\w*", "школьни(?:к|ц)\\w*",
                 "учени(?:к|ц)\\w*",
                 "несовершеннолетн\\w*"],  # (16kl) minors are children, as en "minors"
    "russian_wounded": ["ранен\\w* российск\\w*", "ранен\\w* бойц\\w*", "ранен\\w* военн\\w*"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["ранен\\w* северокорейск\\w*", "северокорейск\\w* ранен\\w*"],
    # (16c) not "всё ещё" (still: "8 тысяч … все еще воюют"); "в дополнение к 11 000" makes the
    # figure before it the additional one (the words take the number after them: not that one)
    "additional": ["дополнительн\\w*", "(?<!вс[её].)ещ[её]",
                   # (16l) not new equipment ("проходят обучение на новой военной технике")
                   "нов\\w*(?! (?:\\w+ )?(?:техник|технолог|оружи|вооружени|систем|ракет|снаряд|"
                   "дрон|беспилотник|позици|территори|направлени|участк)\\w*)", "вторая волна",
                   "третьей волны", "в дополнение к(?: \\S+){1,3}",
                   # (16pr) "больше войск" (not "больше 1000"), reinforcements, a later group
                   # by its order or its turn ("второй контингент", "ротация")
                   "больше(?= (?:войск|солдат|военных|бойцов|военнослужащих)\\b)",
                   "подкреплени\\w*", "втор\\w* (?:волн|контингент|парти)\\w*", "ротаци\\w*"],
    # (16y) a planned, announced or future sending is an additional deployment ("планирует
    # перебросить около 6000", "скоро прибудут"), not the troops already there
    "planned": [
        # (16gh) an agreement to send is a sending to come ("договорился … об отправке 6000")
        "договорил\\w* (?:[^.,;]{0,40} )?(?:о|об) (?:направлении|отправке|переброске)",
        "планиру\\w*", "запланирова\\w*", "намерен\\w*", "намерева\\w*",
                "собира\\w*ся", "готов\\w*ся", "прибуд\\w*", "отправит", "отправят", "направит",
                "направят", "перебросит", "перебросят", "пришл[её]т", "пришлют", "пошл[её]т",
                "(?:может|могут|сможет|смогут) (?:отправить|направить|перебросить|прислать)",
                "будут (?:отправлен|направлен|переброшен|развернут)\\w*",
                "(?:ожидается|планируется) (?:прибытие|отправка|переброска)",
                # (16c) promised or due sendings ("пообещала передать", "должны прибыть")
                "(?:пообеща|обеща)\\w* (?:отправить|направить|перебросить|прислать|передать)",
                "должн\\w* (?:прибыть|быть (?:отправлен|направлен|переброшен)\\w*)",
                # (16c) plans as a noun ("в планах Пхеньяна отправить ещё …")
                "(?:план(?:ы|ах|ами)?|намерени\\w*) (?:\\w+ ){0,3}?(?:направить|отправить|"
                "перебросить|прислать|передать)",
        "в ближайшее время",  # (16px)
        # (16pr) the future of the verbs of sending in their imperfective aspect ("будет
        # отправлять бойцов партиями")
        "буд(?:ет|ут) (?:отправлять|направлять|перебрасывать|присылать)",
    ],
    "north_korea": ["северокорейск\\w*", "кндр",
                    "северн\\w* коре\\w*", "пхеньян\\w*",
                    "северокорейц\\w*",  # (16g) the people ("потери северокорейцев")
                    "ким чен ын\\w*",
                    "корейск\\w* народн\\w* арми\\w*", "кна",  # the Korean People's Army
                    # (16l) North Korea's army is no other army ("солдат … северокорейской
                    # армии"): the longest mention wins over "армии" alone. ("армии КНДР" is
                    # left to "армии": round 16s labels "около тысячи солдат армии КНДР
                    # проходят обучение" no figure)
                    "северокорейск\\w* арми\\w*",
                    # (23at) the official name ("военнослужащих Корейской Народно-
                    # Демократической Республики")
                    "корейск\\w* народно-демократическ\\w* республик\\w*"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("убили четырех
        # человек в Киеве")
        "(?:человек|жител\\w*) (?:в|во) (?:киеве|харькове|одессе|днепре|запорожье|львове|украине)",
        "жител\\w* (?:киева|харькова|одессы|днепра|запорожья|львова|украины)", "украинц\\w*",
        "российск\\w* и северокорейск\\w*",  # mixed units are not ours
        "российск\\w* военн\\w*", "российск\\w* солдат\\w*", "украинск\\w* военн\\w*",
                   "всу", "мирн\\w* жител\\w*",
        # (16ru) another country's soldiers ("убив и ранив девятерых американских солдат": the
        # Pueblo's crew in 1968)
        "(?:американск|британск|японск|южнокорейск)\\w* (?:солдат|моряк|военнослужащ)\\w*",
        # Russia's own losses, another country's army ("армия Европы", "армия Франции")
        "росси\\w* потерял\\w*", "враг\\w* потерял\\w*", "противник\\w* потерял\\w*",
        # (16l) Russia bearing losses ("Россия несёт большие потери — 1200 военных в сутки"),
        # Russia's or the Russian army's losses
        "(?:росси\\w*|москв\\w*|рф|враг|противник|оккупант\\w*) (?:нес[её]т|понесл\\w*|несут|"
        "терпит|потерпел\\w*)(?: \\w+){0,2}? потер\\w*",
        "потер\\w* (?:россии|рф|москвы|российск\\w* (?:арми\\w*|войск\\w*|военн\\w*)|врага|"
        "противника|оккупантов)", "российск\\w* потер\\w*",
        "арми(?:я|ю|ей|и)",
        "чеченск\\w*",  # (16px)
        "чеченц\\w*",  # (16px)
        "израильск\\w*",  # (16px)
        "израильтян\\w*",  # (16px)
        "палестинц\\w*",  # (16px)
        "палестинск\\w*",  # (16px)
        "(?:удар|атак|обстрел)\\w* (?:по|на) (?:киеву|киев|украине|украину)",  # (16px)
        "ахмат\\w*",  # (16px)
        "российск\\w* (?:войск|бойц|сил)\\w*",  # (16px)
        "украинск\\w* (?:солдат|бойц)\\w*",  # (16px)
        "российск\\w* (?:удар|обстрел)\\w*",  # (16px)
    ],
    "attribution_next": [  # предложение о том, чьи цифры приведены перед ним
        "(?:такое|это) заявление (?:\\w+ )?сделал\\w*",
        # (16km) "Об этом сказал начальник ГУР …", "Об этом он сказал во время …" (as uk)
        "об этом" + _RELAYED_ASIDE
        + " [^.]{0,80}?(?:сообщ\\w*|заяв\\w*|рассказ\\w*|говори\\w*|пиш\\w*|информир\\w*|"
        "сказа\\w*)",
        "(?:такие|эти) (?:данные|цифры|оценки) (?:\\w+ )?(?:привел\\w*|привёл|привод\\w*|"
        "озвучи\\w*|назва\\w*|сообщи\\w*|обнародова\\w*)",
        "эта цифра", "эти цифры", "эти данные",
        # (16cd) "Такой вывод содержится в докладе ISW", "К такому выводу пришли в …"
        _CONCLUSION,
        # "Такую информацию предоставил журналистам …" (16p, as uk)
        "(?:такую|эту) информацию (?:\\w+ )?(?:предостав\\w*|обнародова\\w*|распростран\\w*|"
        "сообщи\\w*|озвучи\\w*|подтверди\\w*|привел\\w*|привёл|переда\\w*)",
        # (16y) "Источник: начальник ГУР …" (Украинская правда): the lead's source
        "источник:",
        # (16l) "Соответствующее сообщение появилось в Telegram …", "Соответствующее заявление
        # опубликовал …": the message the figures before come from
        _MESSAGE_CAME,
        "(?:сообщи\\w*|заяви\\w*|рассказа\\w*|написа\\w*|говори\\w*|"
        "информирова\\w*) об этом",  # (16sw)
        "(?:данные|цифры|сведения) (?:\\w+ )?(?:привод\\w*|прив[её]л\\w*|"
        "опубликова\\w*|обнародова\\w*|озвучи\\w*)",  # (16sw)
    ],
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "обнаружил(?:а|и)?", "выявил(?:а|и)?", "зафиксировал(?:а|и)?",
        "по данным", "по словам", "заявил\\w*", "сообщил\\w*", "сообщает",
                    "со ссылкой", "по оценкам", "по информации", "утверждает", "считает",
                    "рассказал\\w*", "отметил\\w*", "подтвердил\\w*", "по мнению",
                    "отмечается", "как указано", "по их данным", "как считал\\w*",
                    # "По его словам, …": the speaker named before
                    "по его словам", "по ее словам", "по её словам", "по их словам",
                    # (16y) "По его информации, …", "по её данным", "по их оценкам"
                    "по (?:его|ее|её|их) (?:информации|данным|мнению|оценк\\w*)",
                    # (16c) an estimate with its author after it ("прежнюю оценку Сеула")
                    "оценк(?:а|у|ой|и|ами)",
                    # earlier or unnamed reports: "Ранее … сообщали", "Уточнялось, что"
                    "сообщал\\w*", "уточнял\\w*", "отмечал\\w*", "напомнил\\w*",
                    # (16c) every verb of saying, estimating, reporting, confirming, accusing in
                    # the tenses outlets write, and statement nouns with their author
                    "заявля\\w*", "сообщают", "сказал\\w*", "говорит", "говорят", "говорил\\w*",
                    "говорится", "пишет", "пишут", "передает", "передаёт", "передают",
                    "оценил\\w*", "оценива\\w*", "подсчитал\\w*", "утвержда\\w*",
                    "счита(?:ют|л\\w*)", "полага\\w*", "уточнил\\w*", "пояснил\\w*",
                    "добавил\\w*", "подчеркнул\\w*", "указал\\w*", "обвинил\\w*", "обвиня\\w*",
                    "признал\\w*", "доложил\\w*", "проинформировал\\w*", "озвучил\\w*",
                    "подтвержда\\w*", "по сведениям", "по подсч[её]там",
                    "по расч[её]там", "по оценке", "в заявлении",
                    # (a statement noun after "согласно": "Согласно договору" names no source)
                    "согласно (?:данным|оценк\\w*|информации|сведениям|подсч[её]там|заявлени\\w*|"
                    "доклад\\w*|отч[её]т\\w*)", "объявил\\w*", "объявля\\w*",
                    "анонсировал\\w*", "со слов", "по версии", "по утверждению", "цитиру\\w*",
                    "ссылаясь на",
                    # (16x) supposing ("Син Вон Сик также предположил в интервью, что …")
                    "предположи(?:л|ла|ли)",
                    # (16cd) sharing information is saying it ("поделилась информацией, что …")
                    "поделил\\w* (?:\\w+ )?(?:информаци\\w*|данн\\w*|сведени\\w*)",
        "по сообщени(?:ю|ям)",  # (16sw)
        "согласно (?:сообщени\\w*|публикаци\\w*)",  # (16sw)
        "по заявлению",  # (16sw)
        "по утверждениям",  # (16sw)
        "информирует",  # (16sw)
        "призна[её]т",  # (16sw)
        "указывается",  # (16sw)
        "отмеча(?:ет|ют)",  # (16sw)
        "уточня(?:ет|ют|ется)",  # (16sw)
        "поясня(?:ет|ют|ется)",  # (16sw)
        "добавля(?:ет|ют)",  # (16sw)
        "подч[её]ркива(?:ет|ют)",  # (16sw)
        "рассказыва(?:ет|ют)",  # (16sw)
        "написа(?:л|ла|ли|ло)",  # (16sw)
        "насчитал(?:и|а|о)?",  # (16sw)
        "констатирова\\w*",  # (16sw)
        "заверил\\w*",  # (16sw)
        "уверя(?:ет|ют)",  # (16sw)
        "прив[её]л(?:а|и|о)? (?:данные|цифры|оценку|оценки|сведения)",  # (16sw)
        "привод(?:ит|ят) (?:данные|цифры|оценку|оценки|сведения)",  # (16sw)
        "назва(?:л|ла|ли|ло) (?:цифр\\w*|числ\\w*)",  # (16sw)
        "опубликова(?:л|ла|ли|ло)",  # (16sw)
        "обнародова(?:л|ла|ли|ло)",  # (16sw)
        "в сообщении",  # (16sw)
        "докладыва\\w*",  # (16sw)
        "сказано",  # (16sw)
        "говорилось",  # (16sw)
        "заявлено",  # (16sw)
        "подсчитыва\\w*",  # (16sw)
        "объясни(?:л|ла|ли|ло)",  # (16sw)
    ],
    # (16c) the "according to" words (articles.claimants, rules.scoped)
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) сведения, которые передаёт говорящий, от источника, названного сразу после
    # ("before") или перед ("after") этими словами: их источник (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:данн\\w+|информаци\\w+|сведени\\w+),? (?:им |ей |ими )?"
            "(?:полученн|предоставленн|переданн)\\w* (?:им |ей |ими )?(?:от|со стороны)?",
            "(?:опира|основыва|ссыла)\\w*(?:ся)? на (?:информаци|данн|сведени)\\w*"],
        "after": [],
    },
    "others": [
        "и (?:ряда |нескольких )?други\\w+ (?:западн\\w+ )?(?:стран\\w*|государств\\w*)",
        "и (?:его|её|ее|их) (?:западн\\w+ )?союзник\\w*",
    ],
    "interviewer": {"before": ["интервью"], "after": []},
    "according": ["по данным", "по словам", "со слов", "по версии", "по утверждению",
                  "по оценкам", "по оценке", "по информации",
                  "по сведениям", "по подсч[её]там",
                  "согласно (?:данным|оценк\\w*|информации|сведениям|подсч[её]там|заявлени\\w*|"
                  "доклад\\w*|отч[её]т\\w*)",
        "по сообщени(?:ю|ям)",  # (16sw)
        "по заявлению",  # (16sw)
        "по утверждениям",  # (16sw)
        "согласно (?:сообщени\\w*|публикаци\\w*)",  # (16sw)
        "согласно (?:последним|новым|свежим|официальным|обновл[её]нным|"
        "уточн[её]нным|предварительным) (?:данным|оценкам|сведениям)"
        "(?!\\s*[,.;:—–-])",  # (16sw)
        "по (?:последним|новым|свежим|официальным|обновл[её]нным|уточн[её]нным|"
        "предварительным) (?:данным|оценкам|сведениям)"
        "(?!\\s*[,.;:—–-])",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["ранее", "прежде", "до этого", "предыдущ\\w*", "прежн\\w*"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["в то время как", "тогда как", "между тем как"],
    "intelligence": ["разведк\\w*", "разведыватель\\w*",
                     # (16x) "По словам парламентариев …, разведслужба также заявила"
                     "разведслужб\\w*", "спецслужб\\w*"],
    "clause": ["и", "а", "но"],
    "relay": ["член\\w* парламента", "депутат\\w*", "законодател\\w*", "парламентари\\w*"],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "по (?:имеющимся|некоторым|различным|предварительным|последним) оценкам",
        "считается", "предположительно", "по некоторым данным",
        # (16gh) reported earlier, nobody named ("Ранее сообщалось, что в РФ уже находятся 1500")
        "(?:ранее |как )?сообщалось",
                   # (16c) unnamed analysts or experts ("По подсчётам аналитиков, …"): nobody's
                   "(?:по (?:данным|оценк\\w*|подсч[её]там|расч[её]там|мнению|словам)|согласно "
                   "(?:данным|оценкам|подсч[её]там)) (?:\\w+ )?(?:аналитик|эксперт|специалист|"
                   "наблюдател|исследовател)\\w*",
        "по слухам",  # (16sw)
        "по сообщениям (?:сми|прессы|медиа)",  # (16sw)
        "по (?:неподтвержд[её]нным|неофициальным|предварительным|имеющимся|"
        "последним) (?:данным|сведениям|информации)(?=\\s*[,.;:—–-])",  # (16sw)
        "как стало известно",  # (16sw)
        "по разным (?:оценкам|данным)",  # (16sw)
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:может|могут|сможет) (?:вместить|разместить)",
        "вместимост\\w*",
        "рассчитан\\w* на",
        "мест(?:а)? для",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:способн\\w*|может|могут|сможет) (?:перевозить|перевезти|принять на борт|взять на борт)",
    ],
    "excluded": [
        # (16ce) дезертиры: не цифра истории
        # (17ch) not desertion fought ("чтобы остановить дезертирство", "для борьбы с
        # дезертирством"): no soldier deserted
        "дезертир(?!ств)\\w*", "дезертирова\\w*",
        "(?<!остановить\\s)(?<!пресечь\\s)(?<!предотвратить\\s)(?<!сдержать\\s)(?<!сдерживать\\s)"
        "(?<!борьбы\\sс\\s)(?<!борьба\\sс\\s)(?<!бороться\\sс\\s)(?<!против\\s)дезертирств\\w*",
        # (16cd) a shortage counted, not people sent ("не хватает 5000 рабочих", "нехватка около
        # 5 тысяч строителей"; not "отправила 5000 рабочих, чтобы восполнить нехватку рабочей силы")
        # (16rv2) at most one word and a qualifier between: not "из-за нехватки солдат Россия
        # получила 11 тысяч" (the shortage's noun, then a sending of its own)
        "(?:не хватает|не хватало|не хватит|нехватк\\w*|дефицит\\w*|недоста[её]т\\w*) "
        "(?:\\S+ )?(?:(?:около|примерно|более|почти|порядка|до|свыше|не менее|минимум) )?\\d+",
        # (16r) goods sent the other way, from Russia to North Korea (E)
        "контейнер\\w* (?:с )?помощ\\w*",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "избега\\w* плена", "избежать плена", "не попасть в плен",
        # (16ru) captives hoped for, not taken ("разведка рассчитывает найти и первых пленных
        # солдат КНДР", "надеются взять в плен")
        "(?:рассчитыва|наде[еяю]|пыта|стрем|хоч|хот)\\w* (?:\\S+ ){0,2}?(?:найти|обнаружить|"
        "взять в плен|захватить|пленить)",
        "пропал\\w* без вести", "пропавш\\w*", "[–—] это",
        # (16ru) a breakdown of a group just named ("из 10 тысяч - более тысячи … инженеров")
        "из \\d[\\d ]*(?:тыс\\w*\\.?)? ?[-–—]", "вернул\\w*", "возвращ\\w*",
        # (16l) the participle ("военнослужащих, вернувшихся в КНДР")
        "вернувш\\w*", "возвративш\\w*",
        "отозван\\w*",
        "репатриир\\w*",
        # (16g) the people a reporter spoke to ("шестеро рабочих, с которыми разговаривали
        # журналисты BBC"): interviewees, no count of the story
        "с (?:которым|которой|которыми) (?:\\S+ ){0,3}?(?:разговарива|поговори|побеседова|"
        "беседова|общал)\\w*",
        # a count of combined Russian and North Korean forces is no figure of the story (16n)
        "объедин[её]нн\\w* (?:российско-северокорейск\\w* )?(?:сил|войск)\\w*",
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))в (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d) году",  # (16px)
        "запас(?:ы|ом|ами)",  # (16px)
        "арми\\w* численностью",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "сбежал\\w*", "бежали", "разыскива\\w*", "в розыске", "в розыск",
    ],
    # "this figure": the metric of the figure before
    # (16y) a dash joins a number to its predicate ("еще тысяча – ранены"): one clause
    "predicate_dash": True,
    # staying verbs: "остается еще 11 тыс." is "still", not more
    "still": ["оста[её]тся", "остаются", "находится", "находятся",
              "вс[её] ещ[её]", "по-прежнему", "до сих пор"],  # (16c)
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["из них", "из этого числа"],
    # (16y) "N of these" right after a number: a part of the figure before ("тысяча этих военных")
    "partitive": ["этих", "из них", "из этих"],
    # (16c) "чем прежняя оценка Белого дома в 3 000": an earlier count of the same thing
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["из"],
    # companions of the North Koreans and the enemy they fight: not the side counted
    "alongside": ["вместе с", "наряду с", "бок о бок с", "плечом к плечу с"],
    "against": ["против", "воевать с", "воюют с", "сражаться с"],  # (16cg)
    "anaphora": ["эту цифру", "эта цифра", "это число",
                 "(?:предыдущ|прежн|предварительн)\\w* оценк\\w*"],
    # атрибуция через границу предложения (articles/carry.py): слова, отсылающие к источнику,
    # названному раньше (и какому источнику они подходят), формы, продолжающие сообщение, и
    # слова, которые его заканчивают
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py; as en): the owner in the genitive right after the noun
    # ("заявление Киева о том, что …")
    "owned_statement": {
        "nouns": ["(?:заявлени[еяю]|данны[емх]|утверждени[еяю]|информаци[яию]|сообщени[еяю]|"
                  "оценк[аиу])"],
        "opens": ["о том,? что", "что"],
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
            "(?<=,\\s)(?:пишет|пишут|сообщает|сообщают|передает|передаёт) (?:издание|газета|"
            "агентство|портал|телеканал)",
        ],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "насчитывает",
            "насчитывают",
            "располагает",
            "располагают",
            "имеет (?:\\S+ )?(?:армию|население)",
            "содержит (?:\\S+ )?армию",
            "под ружь[её]м",
            "на действительной службе",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "в частности",
            "в том числе",
            "более того",
            "вдобавок",
        ],
        "documents": {
            "в (?:материале|публикации|статье)": "outlet",
            "(?:в|согласно) (?:сообщении|сообщению|заявлении|заявлению|документе|документу|"
            "оценке|оценкам)":
            "published",
            "по данным документа": "published",
            "как (?:говорится|сказано|отмечается) в (?:документе|сообщении|заявлении)": "published",
        },
        "anaphors": {
            # (16an) разведка без прилагательного другой страны в падежах после предлога ("по
            # данным разведки", "из разведки", не "британской разведки"), разведчики во
            # множественном числе, пресс-секретарь
            "(?:в|из|от|по данным|по информации|по оценкам|по словам|согласно данным|согласно "
            "оценкам) разведк[аиеу](?! (?:украины|сша|великобритании|британии|запада"
            "|россии))": "agency",
            "разведчик(?:и|ов|ам|ами|ах)": "agency",
            "пресс-секретар[ьяюе]\\w*(?! \\w+ (?:министерства|службы|ведомства"
            "|президента))": "institution",
            "ведомств\\w*": "institution",
            "в разведке": "agency", "спецслужб\\w*": "agency",
            "министерств\\w*": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("(?:со ссылкой на|ссылаясь на) (?:данные |сообщения |информацию )?разведк\\w*"
             "(?! (?:украины|сша|великобритании|британии|запада|россии))"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("министр (?:также |ранее )?(?:заявил|сообщил|отметил|добавил|подчеркнул|уто"
             "чнил|сказал|пояснил|рассказал)"): "minister",
            "по словам министра(?! иностранных)": "minister",
            ("(?:заявил|сообщил|отметил|добавил|подчеркнул|уточнил|сказал|пояснил) минис"
             "тр(?! иностранных)"): "minister",
            "депутат\\w*": "lawmaker",
            "(?:этот|тот же) источник": "source", "того же источника": "source",
            "(?:эти|этим) данн\\w*": "source", "эт\\w+ информаци\\w*": "source",
            # the report of the institution named before (16n)
            "(?:в|согласно) доклад\\w*": "institution",
            # (16l) the outlet named again without its name ("По данным издания, …", "как
            # пишет агентство.", "говорится в публикации."): the source it cited just before
            "(?:по (?:данным|информации|сведениям|словам)|согласно данным) (?:издания|агентства|"
            "газеты|телеканала)(?=\\s*[,.;:!?])": "outlet",
            "(?:как )?(?:пишет|сообщает|уточняет|отмечает|добавляет|передает|передаёт) "
            "(?:издание|агентство|газета|телеканал)(?=\\s*[,.;:!?])": "outlet",
            "(?:говорится|указывается|отмечается|сообщается) в (?:публикации|материале|статье)"
            "(?=\\s*[,.;:!?])": "outlet",
        },
        # a report the article names an author for ("доклад MSMT", "звіт, оприлюднений …")
        "report": ["доклад\\w*", "отч[её]т\\w*", "документ\\w*"],
        "goes_on": ["уточнялось", "уточняется", "отмечается", "отмечалось", "подчеркивается",
                    "добавили", "также заявили", "по (?:его|ее|её|их) словам",
                    "по (?:его|ее|её|их) данным", "как указано в публикации",
                    "по (?:его|ее|её|их) (?:информации|мнению|оценк\\w*)",  # (16y)
                    # (16gh) the information obtained, the report before goes on ("Согласно
                    # полученной информации, в Россию должны прибыть около 5 тыс.")
                    "(?:согласно|по) полученн\\w* (?:информаци|данн|сведени)\\w*",
                    # (16g) a pronoun as the subject of a verb of saying ("он заявлял, что …",
                    # "сказала она"): the speaker named just before (a person, or a body the
                    # pronoun agrees with: "разведка … она")
                    "(?:он|она|они) (?:также |ранее |уже |неоднократно )?(?:заяв|сообщ|"
                    "утвержда|сказа|говори|отмети|отмеча|подчеркну|подчеркива|рассказа|"
                    "рассказыва|уточни|поясни|поясня|оцени|оценива|написа|доба)\\w*",
                    "(?:заяв|сообщ|утвержда|сказа|говори|отмети|подчеркну|рассказа|уточни|поясни|"
                    "оцени|доба|написа|объяви)\\w* (?:он|она|они)",
                    # (16sw) the reflexive passive of saying goes on with the source before
                    # ("Об этом пишет «Ёнхап» … Утверждается, что …")
                    "сообщается",  # (16sw)
                    "утверждается",  # (16sw)
                    ],
        # (16y) a sentence opening with a word that adds to the report ("Кроме того, …")
        # goes on with the source of the sentence before across a line break
        "adds": ["кроме того", "помимо этого", "помимо того", "к тому же"],
        # (16y) a sentence opening with these closes the report: it names the source of the
        # figures of the sentences before it (articles/carry.py, closing)
        "closes": [
            "об этом" + _RELAYED_ASIDE
            + " (?:\\S+ ){0,8}?(?:сообщ\\w*|заяв\\w*|рассказ\\w*|говори\\w*|пиш\\w*|"
            "написал\\w*|информир\\w*|сказа\\w*)",  # (16km: "сказал")
            # (16c) "Эту информацию озвучил секретарь Совбеза …", "Такие данные привел …"
            "(?:такую|эту) информацию (?:\\w+ )?(?:предостав\\w*|обнародова\\w*|"
            "распростран\\w*|сообщи\\w*|озвучи\\w*|подтверди\\w*|привел\\w*|привёл|переда\\w*)",
            "(?:такие|эти) (?:данные|цифры|оценки) (?:\\w+ )?(?:привел\\w*|привёл|привод\\w*|"
            "озвучи\\w*|назва\\w*|сообщи\\w*|обнародова\\w*)",
            "(?:такое|это) заявление (?:\\w+ )?сделал\\w*", "источник:", _MESSAGE_CAME,
            _CONCLUSION],  # (16cd)
        "ends": ["ранее", "прежде", "до этого", "в прошлом году",
                 # (16y) background the outlet recalls ("Напомним, …")
                 "напомним", "напоминаем",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "означает", "то есть", "получается",
            "стоит напомнить",  # (16px)
            "напомню",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["эти", "этих", "этим", "этими"],
        "other": ["другие", "других", "новые", "новых"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["среди", "из числа",
              # (16y) the base of a share ("более половины от примерно 11 000 военнослужащих")
              "(?:половин\\w*|трет(?:ь|и|ью|ей)|четверт(?:ь|и|ью|ей))(?: (?:от|из))?"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    "sent": ["направ\\w*", "отправ\\w*", "переброс\\w*", "разверну\\w*", "воюют",
             "прибыти\\w*", "прибуд\\w*"],  # (16c) arriving
    # Russia's own losses, told in a relative clause (S2)
    "losses_of": [
        "потер\\w* (?:россии|рф|москвы)(?: \\S+){0,3},? (?:которые|что) (?:\\S+ "
        ")?(?:составляют|достигают|превышают)",
        "(?:россия|москва|рф) (?:потеряла|теряет|потеряли)",
        "потери (?:россии|рф|москвы|российской армии|российских войск|врага|противника) "
        "(?:составили|составляют|превысили|превышают|достигли|достигают|оцениваются в)",  # (16px)
        "(?:россия|москва|рф) уже (?:потеряла|теряет)",  # (16px)
        "(?:россия|москва|рф) лишилась",  # (16px)
        "российск\\w* (?:армия|войска|военные) (?:потеряли|потеряла|теряют|теряет)",  # (16px)
    ],
    # (16l) Russia using or firing ammunition: a count of its stock or of one strike, not of
    # what North Korea sent ("трех миллионов снарядов, которые использует Россия", "Две из пяти
    # ракет, выпущенных утром по Харькову")
    "used": [
             # (23ar) produced, not sent ("Россия производит около 3 млн снарядов в год")
             "производ(?:ит|ят|ить)", "произвел\\w*", "изготавлива(?:ет|ют)",
             "использу(?:ет|ют|ющ\\w*|ем\\w*)", "расходу(?:ет|ют)", "израсходова\\w*",
             "(?:выпущенн|запущенн|выпустил|запустил|выпуска|запуска)\\w* (?:\\S+ ){0,3}?по"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("КНДР передала России 100 ракет, из которых 60
        # уже выпущены"): a count of launches, North Korean or not, unless its clause says they
        # were sent (`supplied`) or the number is a lower bound ("уже применила … по меньшей
        # мере девять ракет северокорейского производства", round 16b: at least so many sent)
        "(?:выпущен|запущен)[ыао]?", "(?:выпустил|запустил)\\w*", "использовал\\w*",
        "применил\\w*",
    ],
    # (16l) supplying ammunition: a number of what Russia uses is what was sent when its clause
    # says so ("КНДР передала России 1,5 млн снарядов, которые использует армия РФ")
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends the
    # КНДР is no figure of the story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination: "в Северную Корею", "в Пхеньян" (accusative), "в КНДР"
        # after a verb of sending (also "in"), the dative after it ("поставила Пхеньяну"), or
        # the one who receives ("КНДР получила")
        "recipient": [
            "(?<!визит\\s)(?<!визита\\s)(?<!визите\\s)(?<!поездки\\s)(?<!поездку\\s)"
            "в (?:северную корею|пхеньян)(?!\\w)",
            "(?:отправ|направ|постав|переда|предостав|достав|отгруз|экспорт|перебро|перебра|"
            "перевез|перевоз|вывез|вывоз|прода|завез|завоз|присла|присыла)\\w*"
            "(?: [^\\s;:]*[^\\s.,;:]){0,8}? в кндр(?!\\w)",
            # (finite verbs only: "направленных КНДР" is sent BY North Korea)
            "(?:(?:отправил|направил|поставил|передал|предоставил|доставил|отгрузил|продал|"
            "прислал)(?:а|о|и)?|(?:поставля|отправля|предоставля|присыла)(?:ет|ют|ла|ло|ли|л)|"
            "переда[её]т|передают|прода[её]т|продают)(?: (?!в )[^\\s.,;:]+)? (?:кндр|пхеньяну|"
            "северной корее)(?!\\w)",
            "из россии (?:в|до) (?:кндр|пхеньян|северную корею)",
            "(?:пхеньян|кндр|северная корея)(?: (?:же|также|тоже|в ответ|взамен)){0,2}"
            "(?: [^\\s;:]*[^\\s.,;:])? (?:получил\\w*|получа\\w*|получит|импортирова\\w*|закупил\\w"
            "*|"
            "приобр[её]л\\w*)(?! (?:приказ|указани|распоряжени|запрос|приглашени|ранени|травм|конту"
            "зи)\\w*)",
        ],
        # Russia as the one who sends ("Россия отправила", "Москва поставила", "получила от
        # России")
        "sender": [
            "(?:россия|москва|кремль|рф)(?: (?:в свою очередь|в ответ|взамен|же|также|тоже|"
            "затем|уже|якобы)){0,3} (?:отправил\\w*|направил\\w*|поставил\\w*|передал\\w*|"
            "предоставил\\w*|доставил\\w*|отгрузил\\w*|экспортировал\\w*|продал\\w*|прислал\\w*|"
            "поставля\\w*|отправля\\w*|переда[её]т|передают|предоставля\\w*|прода[её]т)",
            "(?:получ|импортир|закуп|приобр|постав|отправл|доставл|присла)\\w*(?: [^\\s;:]*[^\\s.,;"
            ":])"
            "{0,2}? (?:от|из) (?:россии|москвы|рф)",
        ],
        # the story's own direction ("в Россию", "КНДР отправила", "из КНДР")
        "forward": [
            "(?:в|на территорию) (?:россию|рф)", "в москву", "в курск\\w*", "на фронт",
            "(?:кндр|пхеньян|северная корея|ким чен ын|ким)(?: [^\\s;:]*[^\\s.,;:]){0,3}? (?:отправ"
            "|"
            "направ|постав|переда|предостав|достав|отгруз|экспорт|перебро|прода|присла|развер)"
            "\\w*",
            "(?:россии|москве|рф) (?:\\S+ ){0,6}?(?:постав|переда|отправ|направ|предостав|прода|"
            "присла)\\w*",
            "(?:из|от) (?:кндр|северной кореи|пхеньяна)",
            "(?:россия|москва|рф)(?: (?:уже|также|якобы)){0,1}(?: [^\\s;:]*[^\\s.,;:])? (?:получил"
            "\\w*|"
            "получа\\w*|импортирова\\w*|закупил\\w*|приобр[её]л\\w*)",
        ],
    },
    "supplied": ["постав(?:ил|ля|ля[её]т|ляют|лен|ка|ки|ку|ок)\\w*", "переда(?:л|ва|н|ч)\\w*",
                 "отправ\\w*", "направ\\w*", "получ\\w*", "импортирова\\w*", "прислал\\w*",
                 "присыла\\w*", "перебро\\w*", "доставл\\w*", "доставил\\w*"],
    # sappers and military builders of the later waves (M3, M4)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    # (30ac) a clause whose subject is the counted people, before their work ("…, где они занимаются
    # разминированием"): the purpose of rebuilding still theirs (articles/rules.py, _for_rebuilding)
    "their_work": ["где они"],
    "rebuilding": [
        "разминировани\\w*",
        "восстановлени\\w* (?:инфраструктур\\w*|объект\\w*|региона|области|курской)",
        "отстраива\\w*", "строительн\\w* работ\\w*",
    ],
    "engineers": [
        "сап[её]р\\w*",
        "военн\\w* строител\\w*",
        # written as one hyphenated word ("военнослужащих-строителей")
        "военн\\w*-строител\\w*",
        "военн\\w* инженер\\w*",
        "специалист\\w* по разминированию",
        "инженерн\\w* войск\\w*",
        "строительн\\w* войск\\w*",
        # (16ru) engineers in any form ("боевых инженеров", "1 тысячу инженеров") and military
        # construction units ("5 тысяч военных строительных подразделений")
        "инженер(?:ов|ы|ам|ами|ах)",
        "строительн\\w* (?:подразделени|част|бригад|батальон)\\w*",
        # (16c) builders sent to rebuild (Kursk, 2025): "5000 строителей для проведения
        # восстановительных работ", "строителей для восстановления"
        "строител\\w* (?:\\w+ ){0,2}?(?:восстановительн|восстановлени|восстанавлива)\\w*",
    ],
    "claimants": {
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        "украинск\\w* президент\\w*": "Volodymyr Zelensky (President of Ukraine)",
        # North Korea's state media by the outlets' short words ("северокорейские госСМИ") and
        # KCNA's other Russian abbreviation (КЦТА)
        "(?:северокорейск\\w*|пхеньянск\\w*) (?:госсми|государственн\\w* сми)":
            "North Korea (state media and leadership)",
        "госсми (?:кндр|северной кореи)": "North Korea (state media and leadership)",
        "кцта": "North Korea (state media and leadership)",
        "(?:марк\\w* )?рутте": "NATO",
        # the US envoys to the UN (the US mission to the UN is the State Department's)
        "(?:линд\\w* )?томас[- ]гринфилд": "US State Department",
        "дороти шей": "US State Department",
        "(?:постоянн\\w* )?представител\\w* (?:сша|соедин[её]нных штатов) (?:при|в) (?:оон|совбезе "
        "оон|совете безопасности оон)": "US State Department",
        "(?:нср|нрс) (?:южной кореи|рк|республики корея)":
            "South Korea National Intelligence Service (NIS)",
        "южнокорейск\\w* (?:нср|нрс)": "South Korea National Intelligence Service (NIS)",
        "минобороны (?:республики корея|рк)": "South Korea Ministry of National Defense",
        # Ukraine's foreign ministers, the head of the president's office and the ombudsman, in
        # every case (a surname others share with the given name: "Андрей Ермак")
        "(?:андре\\w* )?сибиг\\w*": "Ukrainian government (unspecified)",
        "(?:дмитри\\w* )?кулеб\\w*": "Ukrainian government (unspecified)",
        "андре\\w* ермак\\w*": "Ukrainian government (unspecified)",
        "(?:дмитри\\w* )?лубин(?:ец|ца|цу|цом|це)": "Ukrainian government (unspecified)",
        # the Kremlin's spokesman, as en "Peskov"
        "дмитри\\w* песков\\w*": "Russian media",
        "(?:пресс-секретар\\w*|представител\\w*) (?:кремля|президента (?:россии|рф)|путина)"
        "(?: дмитри\\w* песков\\w*)?": "Russian media",
        # the MSMT by its name
        # (16ru) also "международная группа по мониторингу санкций"
        "(?:многосторонн|международн)\\w* групп\\w* (?:по )?(?:мониторинг\\w*|наблюдени\\w*) "
        "(?:за )?"
        "(?:соблюдени\\w* )?санкци\\w*": "Multilateral Sanctions Monitoring Team (MSMT)",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "(?:украинск|южнокорейск|американск)\\w* (?:чиновник|официальн|власт|разведк)\\w* и "
        "западн\\w* разведк\\w*":
            "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        "по (?:официальным )?данным (?:кндр|пхеньяна|северной кореи)":
            "North Korea (state media and leadership)",
        # (16x) North Korea as the speaker ("Северная Корея официально сообщала о примерно 350
        # погибших", "КНДР впервые признала", "Пхеньян заявил")
        "(?:северная корея|кндр|пхеньян) (?:\\w+ )?(?:сообща(?:л|ла|ли|ет|ют)|сообщи(?:л|ла|ли)|"
        "заяв(?:ил|ила|или|ляла?|ляли|ляет|ляют)|призна(?:л|ла|ли|ет|ют|вала?)|"
        "объяви(?:л|ла|ли)|обнародова(?:л|ла|ли)|подтверди(?:л|ла|ли))":
            "North Korea (state media and leadership)",
        "военн\\w* разведк\\w* южной кореи": "South Korea Defense Intelligence Agency",
        "(?:генпрокурор\\w*|генеральн\\w* прокурор\\w*) украины":
            "Ukrainian government (unspecified)",
        "андре\\w* костин\\w*": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "(?:олег\\w* )?иващенк\\w*": "Ukrainian government (unspecified)",
        "служб\\w* внешней разведки украины": "Ukrainian government (unspecified)",
        "свр украины": "Ukrainian government (unspecified)",
        "сзру": "Ukrainian government (unspecified)",
        "(?:постпред\\w*|пос(?:ол|л\\w+)|представител\\w*) сша (?:при|в) оон":
            "US State Department",
        "роберт\\w* вуд\\w*": "US State Department",
        "по данным сша": "US government (unspecified)",
        "американск\\w* оценк\\w*": "US government (unspecified)",
        # a country or its capital as the speaker of a verb of saying or estimating
        # ("Украина заявила", "Киев считает, что …", "Сеул оценивает", "США заявили": the
        # BODIES government of the country, 16g, 18), the verb agreeing with the country (not
        # "в Сенате США сообщила правозащитница")
        "украина (?:заявля\\w*|утвержда\\w*|сообщ\\w*|заявил\\w*|счита\\w*|оценива\\w*|оценила|"
        "полага\\w*|предполага\\w*|подсчитала|подтвердила|подтвержда\\w*)":
            "Ukrainian government (unspecified)",
        "киев (?:заявил|заявляет|утверждает|сообщил|сообщает|считает|оценивает|оценил|полагает|"
        "предполагает|подсчитал|подтвердил|подтверждает)": "Ukrainian government (unspecified)",
        "(?:южная корея|республика корея) (?:заявила|заявляет|утверждает|сообщила|сообщает|"
        "считает|оценивает|оценила|полагает|предполагает|подсчитала|подтвердила|подтверждает)":
            "South Korea government",
        "сеул (?:заявил|заявляет|утверждает|сообщил|сообщает|считает|оценивает|оценил|полагает|"
        "предполагает|подсчитал|подтвердил|подтверждает)": "South Korea government",
        "(?:сша|соедин[её]нные штаты) (?:заявили|заявляют|утверждают|сообщили|сообщают|считают|"
        "оценивают|оценили|полагают|предполагают|подсчитали|подтвердили|подтверждают)":
            "US government (unspecified)",
        "вашингтон (?:заявил|заявляет|утверждает|сообщил|сообщает|считает|оценивает|оценил|"
        "полагает|предполагает|подсчитал|подтвердил|подтверждает)": "US government (unspecified)",
        "шойг[уа]": "Russian Security Council (Sergei Shoigu)",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "нис": "South Korea National Intelligence Service (NIS)",
        "национальн\\w* разведк\\w*": "South Korea National Intelligence Service (NIS)",
        "национальн\\w* разведывательн\\w* служб\\w*":
            "South Korea National Intelligence Service (NIS)",
        "служб\\w* национальной разведки": "South Korea National Intelligence Service (NIS)",
        "главн\\w* управлени\\w* разведки": "Ukraine Defence Intelligence (HUR)",
        # (16g) an intelligence body named under the defence ministry, in the genitive ("Главное
        # управление разведки Министерства обороны Украины", "разведка Минобороны Украины"):
        # the body named first is the source, not the ministry
        "(?:гур|главн\\w* управлени\\w* разведки|(?:военн\\w* )?разведк\\w*|"
        "разведывательн\\w* управлени\\w*) (?:министерств\\w* обороны|минобороны|мо) украины":
            "Ukraine Defence Intelligence (HUR)",
        "(?:(?:военн\\w* )?разведк\\w*|разведывательн\\w* управлени\\w*) (?:министерств\\w* "
        "обороны|минобороны) (?:южной кореи|республики корея)":
            "South Korea Defense Intelligence Agency",
        "украинск\\w* (?:военн\\w* )?разведк\\w*": "Ukraine Defence Intelligence (HUR)",
        "объедин[её]нн\\w* комитет\\w* начальников штабов": "South Korea Joint Chiefs of Staff",
        "окнш": "South Korea Joint Chiefs of Staff",
        "нато": "NATO",
        "рютте": "NATO",
        "институт\\w* изучения войны": "Institute for the Study of War (ISW)",
        "сбу": "Security Service of Ukraine (SBU)",
        "служб\\w* безопасности украины": "Security Service of Ukraine (SBU)",
        "сырск\\w*": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "цтак": "North Korea (state media and leadership)",
        "центральн\\w* телеграфн\\w* агентств\\w* кореи":
            "North Korea (state media and leadership)",
        "министерств\\w* обороны великобритании": "UK Ministry of Defence (Defence Intelligence)",
        "ёнхап\\w*": "News media (own reporting)",
        "р[её]нхап\\w*": "News media (own reporting)",
        "рёнхап\\w*": "News media (own reporting)",
        "йонхап\\w*": "News media (own reporting)",
        "бел\\w* дом\\w*": "White House",
        "кирби": "White House",
        "госдеп\\w*": "US State Department",
        "блинкен\\w*": "US State Department",
        "министерств\\w* обороны южной кореи": "South Korea Ministry of National Defense",
        "минобороны южной кореи": "South Korea Ministry of National Defense",
        "южнокорейск\\w* военн\\w* ведомств\\w*": "South Korea Ministry of National Defense",
        # the defence office and its minister by other nouns (16n)
        "оборонн\\w* ведомств\\w* южной кореи": "South Korea Ministry of National Defense",
        "южнокорейск\\w* оборонн\\w* ведомств\\w*": "South Korea Ministry of National Defense",
        "министр\\w* обороны южной кореи": "South Korea Ministry of National Defense",
        # (16x) every spelling outlets use: "Шин", "Син Вон Сик"
        "(?:шин|син)\\w* вон[- ]?сик\\w*": "South Korea Ministry of National Defense",
        "южнокорейск\\w* военн\\w* разведк\\w*": "South Korea Defense Intelligence Agency",
        "сил\\w* специальных операций": "Ukraine Special Operations Forces",
        "ссо(?: украины)?": "Ukraine Special Operations Forces",
        "центр\\w* противодействия дезинформации":
            "Ukraine National Security and Defense Council (NSDC)",
        "цпд": "Ukraine National Security and Defense Council (NSDC)",
        "снбо": "Ukraine National Security and Defense Council (NSDC)",
        "коваленко": "Ukraine National Security and Defense Council (NSDC)",
        "умеров\\w*": "Ukraine Ministry of Defence",
        "минобороны украины": "Ukraine Ministry of Defence",
        "министерств\\w* обороны украины": "Ukraine Ministry of Defence",
        "фсб": "Russian Federal Security Service (FSB)",
        "региональн\\w* центр\\w* прав человека":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        "центр\\w* национального сопротивления": "Ukraine National Resistance Center",
        "колмаков\\w*": "Novosibirsk region government",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "генштаб\\w* (?:всу|украины)": "Ukrainian army units",
        "генеральн\\w* штаб\\w* (?:всу|украины)": "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:разведк\\w*|спецслужб\\w*) сеула": "South Korea National Intelligence Service (NIS)",
        "национальн\\w* служб\\w* разведки": "South Korea National Intelligence Service (NIS)",
        # ── (16nb) more names as outlets write them: the bodies' other names, and the heads
        # and spokespeople who speak for them in 2024-2026, in every case ─────────────────
        "(?:многонациональн|межгосударственн|многосторонн)\\w* (?:групп|команд|механизм)\\w* "
        "(?:по |для )?(?:мониторинг\\w*|наблюдени\\w*|контрол\\w*|надзор\\w*) (?:за )?"
        "(?:соблюдени\\w* |выполнени\\w* |исполнени\\w* )?(?:антипхеньянских )?санкци\\w*":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "мгмс": "Multilateral Sanctions Monitoring Team (MSMT)",
        "столтенберг\\w*": "NATO",
        "(?:генеральн\\w* секретар\\w*|генсек\\w*) (?:североатлантического )?альянса": "NATO",
        "североатлантическ\\w* альянс\\w*": "NATO",
        "организаци\\w* североатлантического договора": "NATO",
        "киев\\w* и сеул\\w*": "Several governments jointly",
        "сеул\\w* и киев\\w*": "Several governments jointly",
        "(?:по данным|по оценкам) (?:украины|киева) и (?:южной кореи|сеула)":
            "Several governments jointly",
        "западн\\w* (?:источник|разведслужб|официальн\\w* лиц)\\w*":
            "Western intelligence (unnamed)",
        "разведк\\w* западных стран": "Western intelligence (unnamed)",
        "нодон[- ]синмун\\w*": "North Korea (state media and leadership)",
        "родон[- ]синмун\\w*": "North Korea (state media and leadership)",
        "(?:государственн\\w* |официальн\\w* )?(?:сми|медиа|телевидени\\w*|агентств\\w*) "
        "(?:кндр|северной кореи)": "North Korea (state media and leadership)",
        "северокорейск\\w* (?:государственн\\w* |официальн\\w* |центральн\\w* )?"
        "(?:сми|медиа|агентств\\w*|телевидени\\w*|телеканал\\w*|информагентств\\w*)":
            "North Korea (state media and leadership)",
        "ким [её][- ]?(?:чжон|джон|чон)\\w*": "North Korea (state media and leadership)",
        "чх?ве сон[- ]?х[иы]\\w*": "North Korea (state media and leadership)",
        "управлени\\w* военной разведки (?:южной кореи|республики корея)":
            "South Korea Defense Intelligence Agency",
        "(?:объедин[её]нн\\w* )?комитет\\w* начальников штабов (?:вооруж[её]нных сил )?"
        "(?:южной кореи|республики корея|рк)": "South Korea Joint Chiefs of Staff",
        "южнокорейск\\w* (?:объедин[её]нн\\w* )?комитет\\w* начальников штабов":
            "South Korea Joint Chiefs of Staff",
        "министерств\\w* национальной обороны (?:южной кореи|республики корея|рк)":
            "South Korea Ministry of National Defense",
        "(?:министерств\\w*|министр\\w*) обороны (?:республики корея|рк)":
            "South Korea Ministry of National Defense",
        "ким [её]н[- ]?х[её]н\\w*": "South Korea Ministry of National Defense",
        "ан гю[- ]?б[эе]к\\w*": "South Korea Ministry of National Defense",
        "ч[оа]н ха[- ]?гю\\w*": "South Korea Ministry of National Defense",
        "чо т(?:х)?[эе][- ]?(?:ён|ен|йон|ёнг|енг)\\w*":
            "South Korea National Intelligence Service (NIS)",
        "(?:директор\\w*|глав\\w*|руководител\\w*) (?:южнокорейской )?(?:нис|национальной "
        "разведки|разведки южной кореи|южнокорейской разведки)":
            "South Korea National Intelligence Service (NIS)",
        "(?:национальн\\w* )?разведывательн\\w* служб\\w* (?:южной кореи|рк|республики корея)":
            "South Korea National Intelligence Service (NIS)",
        "пак сон[- ]?вон\\w*": "South Korea National Intelligence Service (NIS)",
        "юн сок[- ]?(?:ёл|ел|ёль|ель)\\w*": "South Korea government",
        "ли (?:чжэ|джэ|дже|чже)[- ]?(?:мён|мен|мьон|мйон)\\w*": "South Korea government",
        "(?:администраци\\w*|офис\\w*|канцеляри\\w*) президента (?:южной кореи|республики корея)":
            "South Korea government",
        "президент\\w* (?:южной кореи|республики корея)": "South Korea government",
        "(?:министерств\\w*|министр\\w*) иностранных дел (?:республики корея|рк)":
            "South Korea government",
        "джон\\w* хили": "UK Ministry of Defence (Defence Intelligence)",
        "грант\\w* шаппс\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "шаппс\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "британск\\w* военн\\w* ведомств\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "разведк\\w* (?:министерств\\w* обороны|минобороны) (?:великобритании|британии)":
            "UK Ministry of Defence (Defence Intelligence)",
        "юсов\\w*": "Ukraine Defence Intelligence (HUR)",
        "андре\\w* черняк\\w*": "Ukraine Defence Intelligence (HUR)",
        "главн\\w* разведуправлени\\w*": "Ukraine Defence Intelligence (HUR)",
        "(?:военн\\w* )?разведуправлени\\w* (?:министерства обороны |минобороны |мо )?украины":
            "Ukraine Defence Intelligence (HUR)",
        "гур мо(?: украины)?": "Ukraine Defence Intelligence (HUR)",
        "сил\\w* спецопераций(?: всу| украины)?": "Ukraine Special Operations Forces",
        "ссо всу": "Ukraine Special Operations Forces",
        "малюк\\w*": "Security Service of Ukraine (SBU)",
        "дехтяренк\\w*": "Security Service of Ukraine (SBU)",
        "евгени\\w* хмар\\w*": "Security Service of Ukraine (SBU)",
        "главнокомандующ\\w* (?:всу|вооруж[её]нных сил украины)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:генеральн\\w* штаб\\w*|генштаб\\w*) вооруж[её]нных сил украины": "Ukrainian army units",
        "десантно-штурмов\\w* войск\\w*(?: всу| украины)?": "Ukrainian army units",
        "дшв(?: всу)?": "Ukrainian army units",
        "цнс": "Ukraine National Resistance Center",
        "совет\\w* национальной безопасности и обороны(?: украины)?":
            "Ukraine National Security and Defense Council (NSDC)",
        "андре\\w* коваленк\\w*": "Ukraine National Security and Defense Council (NSDC)",
        "рустем\\w* умеров\\w*": "Ukraine Ministry of Defence",
        "ллойд\\w* остин\\w*": "US Department of Defense",
        "остин(?:а|у|ом|е)?": "US Department of Defense",
        "(?:пит\\w* )?хегсет\\w*": "US Department of Defense",
        "(?:пэт\\w*|пат\\w*|патрик\\w*) райдер\\w*": "US Department of Defense",
        "райдер\\w*": "US Department of Defense",
        "сабрин\\w* сингх": "US Department of Defense",
        "(?:шон\\w* )?парнелл\\w*": "US Department of Defense",
        "(?:военн\\w* министерств\\w*|министерств\\w* войны) сша": "US Department of Defense",
        "(?:джейк\\w* )?салливан\\w*": "White House",
        "(?:джон\\w* )?кирби": "White House",
        "(?:кэролайн\\w* |каролин\\w* )?(?:ливитт|левитт)\\w*": "White House",
        "администраци\\w* (?:президента )?сша": "White House",
        "(?:энтони |антони )?блинкен\\w*": "US State Department",
        "(?:мэтью|мэттью|метью) миллер\\w*": "US State Department",
        "(?:марко )?рубио": "US State Department",
        "тэмми брюс": "US State Department",
        "госсекретар\\w* (?:сша|соедин[её]нных штатов)": "US State Department",
        "государственн\\w* департамент\\w*(?: сша)?": "US State Department",
        "институт\\w* (?:по )?изучени\\w* войны": "Institute for the Study of War (ISW)",
        "американск\\w* (?:аналитическ\\w* )?центр\\w* isw": "Institute for the Study of War (ISW)",
        "серге\\w* шойгу": "Russian Security Council (Sergei Shoigu)",
        "секретар\\w* (?:совбеза|совета безопасности) (?:россии|рф)":
            "Russian Security Council (Sergei Shoigu)",
        "федеральн\\w* служб\\w* безопасности(?: россии| рф)?":
            "Russian Federal Security Service (FSB)",
        "(?:российск\\w*|провластн\\w*|прокремл[её]вск\\w*) (?:государственн\\w* )?"
        "(?:сми|медиа|госсми|телевидени\\w*|пропагандист\\w*|военкор\\w*)": "Russian media",
        "(?:росси[йи]ск\\w* )?госсми": "Russian media",
        # (16cd) Russia's state news agencies by name, as en, de, fr, es, ko and ja read them
        # (not the dateline of its own wire, "СЕУЛ, 22 августа. /ТАСС/.": the outlet, no source)
        "(?<!/)тасс(?!/)": "Russian media", "риа «?новост(?:и|ей|ям)»?": "Russian media",
        "екатерин\\w* рашевск\\w*": "Regional Center for Human Rights (Kateryna Rashevska)",
        "андре\\w* колмаков\\w*": "Novosibirsk region government",
        "(?:правительств\\w*|губернатор\\w*|власт\\w*) новосибирской области":
            "Novosibirsk region government",
        "(?:анатоли\\w* )?баргилевич\\w*": "Ukrainian army units",
        "(?:андре\\w* )?гнатов\\w*": "Ukrainian army units",
        # (16nb) the big outlets of the language reporting on their own (an outlet that only
        # relays another source yields to it: claimants.MEDIA, carry.relayed_by_outlet)
        "рбк": "News media (own reporting)",
        "коммерсантъ|«коммерсант\\w*»": "News media (own reporting)",
        "медуз[аеыу]": "News media (own reporting)",
        "би-би-си": "News media (own reporting)",
        "русск\\w* служб\\w* bbc": "News media (own reporting)",
        "нов(?:ая|ой|ую) газет(?:а|ы|е|у)(?: европа)?": "News media (own reporting)",
        "радио свобод(?:а|ы|е|у)": "News media (own reporting)",
        "медиазон\\w*": "News media (own reporting)",
        # (16km) the American papers in Cyrillic (their Latin names: lang.OUTLETS)
        "уолл[- ]стрит[- ]джорн[эа]л\\w*": "News media (own reporting)",
        "нью[- ]йорк[- ]таймс": "News media (own reporting)",
        "блумберг\\w*": "News media (own reporting)",
        # (16wp) outlets named after a city or country, in Cyrillic ("«Вашингтон пост»", "«Голос
        # Америки»"): the outlet, not the place (their Latin names: lang.OUTLETS)
        "вашингтон[- ]пост\\w*": "News media (own reporting)",
        "ки[еє]в[- ]пост\\w*": "News media (own reporting)",
        "моск(?:оу|ау) таймс": "News media (own reporting)",
        "коре[яи] (?:таймс|геральд)": "News media (own reporting)",
        "джапан таймс": "News media (own reporting)",
        "голос\\w* америки": "News media (own reporting)",
        "радио свободн\\w* ази\\w*": "News media (own reporting)",
        "украинск\\w* правд\\w*": "News media (own reporting)",
        "рбк[- ]украин\\w*": "News media (own reporting)",
        # (35b) the Ukrainian outlets of the language's editions by their own names ("сообщает 24
        # Канал со ссылкой на The Telegraph", "пишет УНН", "в расследовании «Суспільного»"); "24
        # Канал" in the nominative only ("объяснил 24 Каналу": the one interviewed speaks) and
        # not as the editor's note in brackets ("(Энтони Блинкен – 24 Канал)")
        "24 канал(?![\\w-]|\\s*\\))": "News media (own reporting)",
        "униан\\w*": "News media (own reporting)",
        "укринформ\\w*": "News media (own reporting)",
        "унн": "News media (own reporting)",
        "суспільн(?:е|ого|ому)(?=\\s*[,.;:!?»\"“”)]|$)": "News media (own reporting)",
        # (16nb) the lawmaker Lee Seong-kweun as outlets also spell him ("Ли Сынгвон")
        "ли с[ыу]н[- ]?(?:гвон|квон|гвен|квен|квун|гвун)\\w*":
            "South Korea National Intelligence Service (NIS)",
        # ── end of 16h block ──
        "анонимн\\w+ источник\\w*": "Unattributed",  # unnamed sources: nobody
        # (16km) unnamed officials, the outlet's relayed source ("пишет газета The New York Times
        # со ссылкой на неназванных чиновников — …"): nobody, when nothing names whose they are
        # (not "неназванного украинского чиновника", "анонимный чиновник южнокорейской разведки")
        "(?:неназванн\\w+ (?:источник|чиновник|собеседник)|анонимн\\w+ (?:чиновник|собеседник))"
        "\\w*(?=\\s*[,.;:—–-]|\\s*$)": "Unattributed",
        "официальн\\w+ лиц\\w* южной кореи": "South Korea government",
        "американск\\w+ военн\\w+ чиновник\\w*": "US Department of Defense",
        # officials by nationality (16p), as en "Ukrainian officials", "US officials"
        "украинск\\w+ чиновник\\w*": "Ukrainian government (unspecified)",
        # (16ru) the intelligence committee's members who relay the NIS's briefings
        # (claimants.csv: "includes briefings relayed by MPs Lee Seong-kweun, Park Sun-won"),
        # named alone ("— сообщил Ли Сон-Квен")
        "ли сон[- ]?(?:квен|гвон|квеун|гвен|квон)\\w*":
            "South Korea National Intelligence Service (NIS)",
        "пак сун[- ]?вон\\w*": "South Korea National Intelligence Service (NIS)",
        # (16ru) the capital's adjective ("заявили киевские чиновники"), and a country's
        # officials speaking impersonally ("В Южной Корее оценивают, что …", "в США считают")
        "киевск\\w+ (?:чиновник|официальн\\w* лиц|власт|политик)\\w*":
            "Ukrainian government (unspecified)",
        "в южной корее (?:оценива\\w*|оценили|счита\\w*|заяв\\w*|сообщ\\w*|подсчита\\w*|"
        "утвержда\\w*|полага\\w*|предполага\\w*)": "South Korea government",
        "в сша (?:оценива\\w*|оценили|счита\\w*|заяв\\w*|сообщ\\w*|подсчита\\w*|утвержда\\w*|"
        "полага\\w*|предполага\\w*)": "US government (unspecified)",
        "(?:в украине|в киеве) (?:оценива\\w*|оценили|счита\\w*|заяв\\w*|сообщ\\w*|"
        "подсчита\\w*|утвержда\\w*|полага\\w*)": "Ukrainian government (unspecified)",
        "американск\\w+ чиновник\\w*": "US government (unspecified)",
        "тв-канал\\w* кндр": "North Korea (state media and leadership)",
        "телевидени\\w* (?:северной кореи|кндр)": "North Korea (state media and leadership)",
        "сми": "News media (own reporting)",
        "зеленск\\w*": "Volodymyr Zelensky (President of Ukraine)",
        "президент\\w* украины": "Volodymyr Zelensky (President of Ukraine)",
        "разведк\\w* южной кореи": "South Korea National Intelligence Service (NIS)",
        "южнокорейск\\w* разведк\\w*": "South Korea National Intelligence Service (NIS)",
        "спецслужб\\w* южной кореи": "South Korea National Intelligence Service (NIS)",
        "южнокорейск\\w* спецслужб\\w*": "South Korea National Intelligence Service (NIS)",
        "национальн\\w* разведывательн\\w* служб\\w* южной кореи":
            "South Korea National Intelligence Service (NIS)",
        # (16g) any intelligence noun of South Korea and the West ("разведслужб Южной Кореи и
        # Запада")
        "(?:разведк\\w*|разведок|разведслужб\\w*|спецслужб\\w*) (?:южной кореи|сеула) и запада":
            "Several governments jointly",
        "рашевск\\w*": "Regional Center for Human Rights (Kateryna Rashevska)",
        "регионального центра прав человека":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        # South Korea's foreign ministry ("МИД Южной Кореи", "глава южнокорейского МИД")
        "мид южной кореи": "South Korea government",
        "южнокорейск\\w* мид": "South Korea government",
        "министерств\\w* иностранных дел южной кореи": "South Korea government",
        "сеул\\w*": "South Korea government",  # Сеул, в Сеуле, по оценкам Сеула
        "киев": "Ukrainian government (unspecified)",
        # Ukraine's own data (16n), as de 'ukrainische Angaben'
        "данн\\w* украины": "Ukrainian government (unspecified)",
        "украинск\\w* данн\\w*": "Ukrainian government (unspecified)",
        "гур": "Ukraine Defence Intelligence (HUR)",
        "буданов\\w*": "Ukraine Defence Intelligence (HUR)",
        "скибицк\\w*": "Ukraine Defence Intelligence (HUR)",
        "пентагон\\w*": "US Department of Defense",
        "министерств\\w* обороны сша": "US Department of Defense",
        "по данным издания": "News media (own reporting)",  # the outlet's own count
        "южнокорейск\\w* и западн\\w* разведк\\w*": "Several governments jointly",
        "белый дом": "White House",
        "белого дома": "White House",
        "шойгу": "Russian Security Council (Sergei Shoigu)",
        "мацегор\\w*": "Russian ambassador to North Korea (Alexander Matsegora)",
        # (16g) Russia's ambassador in Pyongyang, never "посол" alone ("посол США при НАТО")
        "(?:российск\\w* пос(?:ол|ла|лом|лу)|пос(?:ол|ла|лом|лу) (?:россии|рф))"
        "(?: (?:в|при) (?:кндр|пхеньяне|северной корее))?":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "ким чен ын\\w*": "North Korea (state media and leadership)",
        "лидер\\w* (?:кндр|северной кореи)(?!,? ?ким)":
            "North Korea (state media and leadership)",
        "северокорейск\\w* лидер\\w*(?!,? ?ким)":
            "North Korea (state media and leadership)",
        "председател\\w* кндр(?!,? ?ким)":
            "North Korea (state media and leadership)",
        "минобороны великобритании": "UK Ministry of Defence (Defence Intelligence)",
        "британск\\w* разведк\\w*": "UK Ministry of Defence (Defence Intelligence)",
        # (16y) the UK by its other names: its defence intelligence and ministry, and the
        # country as the speaker of an estimate ("Великобритания считает, что потери …"):
        # every UK figure of the ledger is its Defence Intelligence's
        "британск\\w* (?:военн\\w* |оборонн\\w* )разведк\\w*":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:(?:оборонн|военн)\\w* )?разведк\\w* (?:великобритании|британии|"
        "соедин[её]нного королевства)": "UK Ministry of Defence (Defence Intelligence)",
        "британск\\w* (?:министерств\\w* обороны|минобороны|оборонн\\w* ведомств\\w*)":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:министерств\\w* обороны|минобороны) соедин[её]нного королевства":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:соедин[её]нн\\w* королевств\\w*|великобритани\\w*|британи\\w*|лондон) "
        "(?:счита\\w*|заявля\\w*|заяви\\w*|сообщ\\w*|оценива\\w*|оценил\\w*|утвержда\\w*|"
        "подсчита\\w*)": "UK Ministry of Defence (Defence Intelligence)",
        "по (?:данным|оценкам|информации) (?:соедин[её]нного королевства|великобритании|"
        "британии|лондона)": "UK Ministry of Defence (Defence Intelligence)",
        "reuters": "News media (own reporting)",
    },
    # a pronoun speaker ("сообщил он"): the source named before, not the wire that carries it
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Ким возложил цветы к портретам девяти погибших солдат")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "ким", "verbs": [
        "(?:возложил|возлагает|почтил|чтит|наградил|награждает|вручил|вручает|признал|"
        "признаёт|признает|объявил|объявляет|заявил|заявляет|сообщил|сообщает|сказал|"
        "говорит|показал|показывает|похвалил|поклонился|чествовал|отдал дань|подтвердил)",
    ]},
    "they_open": ["они"],
    "pronoun": ["сообщил он", "заявил он", "добавил он", "отметил он", "сказал он",
                "он сообщил", "он заявил", "по его словам", "по ее словам", "по её словам",
                "по (?:его|ее|её) (?:информации|данным|мнению|оценк\\w*)",
                # (16g) either gender, more verbs ("написал он", "заявила она", "она сообщила")
                "(?:сообщил|заявил|добавил|отметил|сказал|написал|подчеркнул|уточнил|объявил|"
                "пояснил)а? (?:он|она)",  # (16c) "объявил он", "пояснил он"
                "(?:он|она) (?:сообщил|заявил|написал|отметил|сказал)а?"],
    # a partner, not the source ("в сотрудничестве с СБУ")
    # (16ef) background the outlet recalls, opening a sentence (as its carry "ends"): no
    # source of the report before, as ko "한편" (nor its "ещё" troops more of it)
    "new_topic": ["напомним", "напоминаем",
        "стоит напомнить",  # (16px)
        "напомню",  # (16px)
    ],
    "partner": [
        # (16r) the one who orders or owns the sending is no source (C6)
        "по (?:личному )?указанию(?: северокорейского лидера)?",
        "по (?:личному )?приказу(?: северокорейского лидера)?",
        "арми\\w* ким",
        "в сотрудничестве с", "совместно с", "во взаимодействии с", "при содействии",
        # (16km) a photo's credit names no source ("Фото: пресс-служба президента Украины")
        "фото ?[:=—–](?: \\S+){0,2}",
        # (16km) who questions the captives is no source ("они дают показания следователям СБУ",
        # "доставили в Киев для допроса СБУ")
        "(?:для|на) допрос\\w*(?: в)?", "(?:со )?следовател\\w*",
        # (16c) the other side of talks ("по итогам переговоров с лидером КНДР Ким Чен Ыном")
        "(?:переговор|встреч|разговор|бесед)\\w* с(?: (?:лидером|президентом|главой|"
        "руководителем|министром|генсеком)(?: \\S+){0,2})?"],
    # a sentence going on with the one before ("… дополнительные силы. Речь идет о 6000 …")
    "continues": ["речь идет о", "речь идёт о", "речь идет об", "речь идёт об"],
    "joint": ["и"],
    "determiners": ["один", "одного", "ещё", "еще", "двое", "двух", "первый", "первого",
        "второго",  # (16px)
        "другого",  # (16px)
        "обоих",  # (16px)
        "нескольких",  # (16px)
    ],
    # (16l) the first captive is one ("взяли в плен первого северокорейского солдата")
    "one": ["первый", "первого", "первая", "первую",
            # (16ru) a soldier in the singular, no number ("захватили в плен … солдата КНДР",
            # "северокорейского военнослужащего"): one; the plural is "солдат", "военных"
            "солдата", "бойца", "военнослужащего", "военного"],
    # (16ru) a pronoun for the captive whose death a sentence tells with no noun ("… захватили в
    # плен … солдата КНДР. … он скончался от обострения ран"): the one captive counted before
    "captive_pronoun": ["он", "она"],
    "not_figure_after": [
        # (22lb) an anniversary's number ("к 75-летию партии", "80-й годовщины"): an ordinal, no
        # count
        "-?лети(?:е|я|ю|ем)", "(?:-?(?:й|я|ю|ой))? годовщин\\w*",
        # (16cl) замкнутый класс подразделений после номера ("11 корпуса", "11 армейского
        # корпуса", "155 отдельной бригады"): название или счёт подразделений, не люди
        "(?:[^\\W\\d_]+(?:ого|его|ому|ему|ым|им|ой|ей|ая|яя|ую|юю|ый|ий|ое|ее) ){0,2}"
        "(?:корпус\\w*|дивизи\\w*|бригад\\w*|полк\\w*|батальон\\w*|"
        "рот(?:а|ы|е|у|ой)|взвод\\w*|батаре(?:я|и|ю|ей|й)|эскадрил\\w*|флотили\\w*)",
        # (16ab) a quantity per thing ("300 снарядов на контейнер", "в каждом контейнере")
        "(?:[\\w-]+ ){0,2}(?:на (?:один |каждый )?|в каждом )(?:контейнер|ящик|вагон)\\w*",
        # (16rv2) mines counted, no people ("саперы ликвидировали около 1000 мин")
        "(?:\\w+ )?мин(?!\\w)",
        # (16cd) photos and videos counted, no figure ("опубликовал три фотографии")
        "(?:фотографи\\w*|фото|снимк\\w*|видео\\w*|изображени\\w*)(?! (?:погибш|убит|павш)\\w*)",
        # (16cd) a rate with its noun between ("92 солдата в день", "около 1500 военных в сутки"),
        # as en "(\w+ ){1,2}a day"; not a date ("92 солдата в день наступления")
        "(?:\\w+ ){1,2}(?:в|за) (?:день|сутки|неделю|месяц)(?! [а-яё]{4,})",
        "(?:\\w+ ){1,2}ежедневно",
        # (16pf) sources counted, no figure ("два американских чиновника", "один из чиновников")
        "(?:(?:высокопоставленн|американск|западн|южнокорейск|украинск)\\w* )*"
        "(?:чиновник\\w*|дипломат\\w*|собеседник\\w*|официальн\\w* лиц\\w*)",
        "из (?:этих |тех )?(?:чиновник|дипломат|источник|собеседник)\\w*",
        # (16pf) an organisation's members counted, no figure ("27 государств ЕС", "32 страны-члена
        # НАТО", "союзников")
        "государств\\w*", "союзник\\w*",
        # units, not people ("некоторые северокорейские подразделения", 16s)
        "(?:[^\\W\\d]+ )?подразделени\\w*",
        # (16c) the first day of a date range ("с 14 по 21 декабря")
        "(?:по|-|–) ?\\d{1,2} (?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|"
        "октябр|ноябр|декабр)\\w*",
        # (16kl) an outlet named by a number ("передає 24 Канал", "5 канал"): a name, no count
        "канал\\w*",
        "дюйм\\w*",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # партии, поставки и заводы, а не снаряды (16n)
        "парти[йия]", "поставок",
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?кратн\\w*",
        "-?калибр\\w*",
        "(?:северокорейск\\w* )?(?:завод\\w*|предприяти\\w*|фабрик\\w*)",
        "км", "километр\\w*", "метр\\w*", "лет", "год\\w*", "долл\\w*", "\\$", "евро", "руб\\w*",
        "процент\\w*", "%", "час\\w*", "дн\\w*", "день", "недел\\w*", "месяц\\w*", "минут\\w*",
        "тонн\\w*", "сел\\w*", "раз\\w*", "танк\\w*", "дрон\\w*", "беспилотник\\w*",
        "бригад\\w*", "дивизи\\w*", "батальон\\w*", "стран\\w*", "-минутный", "-й", "-го",
        "источник\\w*",
        "-?миллиметр\\w*", "-?мм",  # calibres ("152-миллиметровых снарядов")
        "трет(?:и|ей|ью)", "четверт\\w*", "половин\\w*",  # fractions ("две трети")
        "на \\d+",  # an exchange format ("обмен 1000 на 1000"), not a count
        # (16g) a measure joined to the number by a hyphen ("12-часовом рабочем дне", "8-часовой
        # сменой", "10-дневный", "5-летний", "100-километровый") and areas ("км2", "кв. км",
        # "гектаров"): no count of people
        "-(?:час|минут|секунд|дн[её]в|дневн|суточн|недельн|месячн|годичн|летн|километров|"
        "метров|тонн|процентн|градусн)\\w*",
        "утра", "вечера", "ночи",  # (16g) a time of day ("просыпались в 6 утра")
        "км2", "км²", "кв\\.? ?(?:км|м|километр\\w*|метр\\w*)", "квадратн\\w*", "гектар\\w*",
        "га",
        # (16x) waves, rotations and stages of the sending are counted, not people ("в первых
        # двух волнах отправки", "в две ротации", "в три этапа")
        "волн\\w*", "ротаци\\w*", "этап\\w*",
        # (16ru) directions and sectors of the front ("по нескольким направлениям", "на трёх
        # участках фронта"), military places and things ("на пяти военных полигонах", "165
        # военных лагерей", "военных баз", "военных частей"), camps: counted, not people
        "направлени(?:ям|ях|ями|й)", "участк\\w*",
        "военн\\w* (?:полигон|баз|лагер|академи|училищ|округ|объект|аэродром|склад|городк|"
        "корабл|суд|самол[её]т|вертол[её]т|машин|техник|част|заведени|учебн\\w* центр)\\w*",
        "лагер(?:я|ей|ях|ями)",
        # (notfig, session 6) деньги: валюты, их коды и знаки после числа ("500 USD", "500 вон",
        # "500 иен", "500 юаней", "500 гривен", "500 фунтов", "500 ₽")
        "usd", "€", "£", "₽", "вон(?:ы|а)?", "иен\\w*", "йен\\w*", "юан\\w*", "гривен",
        "гривн\\w*", "грн\\.?", "фунт(?:ов|а)?(?: стерлингов)?", "цент(?:ов|а)?",
        # (notfig, session 6) меры: длина, вес, объём ("500 м", "500 миль", "500 кг", "500 т",
        # "500 литров", "500 баррелей")
        "м(?!-)", "см", "сантиметр\\w*", "мил(?:ь|и|ях|ями)", "морск\\w* мил(?:ь|и|ях|ями)",
        "кг", "килограмм\\w*", "кило", "т(?!\\.\\s?н|-)", "килотонн\\w*", "литр\\w*", "л(?![/-])",
        "баррел\\w*", "куб\\w* метр\\w*",
        # (notfig, session 6) сроки и скорости ("500 секунд", "трое суток", "десятилетия",
        # "500 узлов")
        "секунд\\w*", "сут(?:ок|ки)", "десятилети\\w*", "век(?:а|ов)?", "узл\\w*",
        # (notfig, session 6) процентные пункты, градусы, мощность, места, голоса, населённые
        # пункты и порядковые окончания ("на 5 п. п.", "40 градусов", "300 мест", "в 500
        # населённых пунктах", "5-ой бригады")
        "п\\.\\s?п\\.", "процентн\\w* пункт\\w*", "градус\\w*", "°", "мегаватт\\w*", "мвт",
        "калори\\w*", "мест", "голос(?:ов|а)", "населённ\\w* пункт\\w*", "населенн\\w* пункт\\w*",
        "(?<=-)(?:ой|ом|ому|му|ым|ая|ое|ую|ых|ые)",
        # (16ef) a unit's number or a count of units, no people ("528 инженерный полк")
        "(?:\\w+(?:ый|ий|ой) )?(?:полк|батальон)\\w*", "(?:\\w+[ая]я )?бригад\\w*",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:заключ[её]нн|осужд[её]нн|зек|уголовник)\\w*",
        "страниц\\w*",  # (16px)
        "(?:вид|тип)(?:а|ов)(?= )",  # (16px)
        "коек",  # (16px)
        "койк\\w*",  # (16px)
        "койко-мест\\w*",  # (16px)
        "регион(?:а|ов|ах|ами)",  # (16px)
        "област(?:и|ей|ях|ями)",  # (16px)
        "самол[её]т\\w*",  # (16px)
        "истребител\\w*",  # (16px)
        "(?:осведомл[её]нн|знаком)\\w* (?:[^\\W\\d]+ ){0,2}(?:источник|собеседник|лиц|"
        "человек)\\w*",  # (16px)
    ],
    # (16nf) считаемое существительное во всех падежах: места, регионы, базы, рейсы, разы, суда,
    # дни не считают ничего из истории ("из пяти российских регионов", "32 рейса", "четырех
    # контейнеровозах"); между числом и ним не более двух прилагательных (`counted_gap`)
    "not_counted": [
        "баз(?:а|ы|е|у|ой|ам|ами|ах)?", "военн\\w* баз\\w*", "регион\\w*",
        "област(?:ь|и|ей|ям|ями|ях)",
        "субъект\\w*", "пункт\\w* назначения", "город(?:а|ов|ах|ам|ами)?", "населенн\\w* пункт\\w*",
        "населённ\\w* пункт\\w*", "мест(?:а|ах|ам|ами)?", "площадк\\w*", "полигон\\w*",
        "порт(?:а|ов|ах|ам|ами|ы|у)?", "аэродром\\w*", "аэропорт\\w*", "лагер\\w*",
        "склад(?:а|ов|ах|ам|ами|ы)?", "объект\\w*", "позици\\w*", "район\\w*", "направлени\\w*",
        "рейс\\w*", "поездк\\w*", "плавани\\w*", "визит\\w*", "заход\\w*", "раз(?:а)?",
        "суд(?:но|на|ов|ах|ам|ами)", "корабл\\w*", "контейнеровоз\\w*", "сухогруз\\w*",
        "теплоход\\w*", "эшелон\\w*", "смен(?:а|ы|у|ой|ам|ами|ах)?",
        "д(?:ня|ней|ням|нями|нях)", "день", "сут(?:ки|ок)",
        # (19ct) ряды, могилы, надгробия, доски ("9 рядов по 12 мест", "400 могил"; "мест" above)
        "ряд(?:а|ов|ах|ам|ами)", "могил(?:а|ы|е|у|ой|ам|ами|ах)?", "надгроби\\w*",
        "плит(?:а|ы|у|ой|ам|ами|ах)?", "дос(?:ка|ки|ок|кам|ками|ках)", "памятник\\w*",
        "кресл\\w*", "сидени\\w*", "здани\\w*",
    ],
    "counted_gap": "[^\\W\\d_]+(?:ых|их|ые|ие|ыми|ими|ым|им)",
    # (16nf) день интервала дат ("с 3 по 5 марта", "с 24 июля по 2 августа": месяц после) и номер
    # дня ("День 1093")
    "day_range": ["по", "до", "и"],
    "day_number": ["день"],
    # (16pq) a size told as usual, no count:
    # "батальон обычно насчитывает несколько сотен военных"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["число", "количество", "численность"],
                  "verb": ["составляет", "составило", "составил", "составила", "составит",
                           "составляло", "составлял", "достигает", "достигло", "достигла",
                           "достигнет", "оценивается в", "оценивалось в", "превышает",
                           "превысило", "превысила"]},
    "usual": ["обычно", "как правило", "как водится",
              # (16ci) the rest of the closed class: how often, how it varies
              "чаще всего", "зачастую", "часто", "обыкновенно", "типично",
              "варьир\\w*", "колебл\\w*"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    # ("20-летний", "лет 25", "в возрасте 20 лет")
    "age": {"after": [r"\s?-?\s?летн\w*", r"\s?-?\s?лет(?:ие|ия|ий)?(?= от роду)"],
            "before": [r"лет", r"в возрасте(?: от| около| примерно| до| свыше)?",
                       r"возраст\w*(?: от| около)?"]},
    "measure": [r"\s?-?\s?(?:(?:кило|санти|милли)?метр\w*|км|см|мм|фут\w*|дюйм\w*)(?!\w)",
                r"-тонн\w*", r"\s?тонн(?:ый|ая|ое|ые|ого|ой|ых|ым|ыми|ому)(?!\w)",
                r"\s?-?\s?калибр\w*"],
    "interviewed": {
        "before": [r"опрос\w*", r"опрошенн\w*", r"(?:по)?говорил\w* с", r"побеседовал\w* с",
                   r"пообщал\w* с", r"встрети\w* с", r"встречал\w* с", r"встреч[аеиу] с",
                   r"бесед\w* с", r"разговор\w* с", r"интервью (?:у|с)",
                   r"проинтервьюировал\w*", r"расспросил\w*"],
        "gap": ["более", "около", "почти", "примерно", "свыше", "не менее", "ещё", "еще",
                "этих", "тех", "всех", "всеми", "этими"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+опрошенн\w*",
                  r"(?:\s+[^\s\d.,;:!?]+){0,3},?\s+(?:с )?котор\w+(?:\s+[^\s\d.,;:!?]+){0,4}\s+"
                  r"(?:поговорил|побеседовал|пообщал|встретил|опросил|проинтервьюировал|"
                  r"взял\w* интервью|взяли интервью)\w*"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "посетител\\w* из (?:кндр|северной кореи)", "по «?личным причинам",
        "в (?:деловых|частных|личных)(?: и (?:деловых|частных|личных))? целях",
        "транзит\\w* в трет\\w* стран\\w*",
        "въехал\\w*", "въезд\\w*", "с целью (?:учебы|учёбы|обучения)",
              "образовательн\\w* цел\\w*", "цел\\w* поездки", "на учебу", "на учёбу",
              # (16ce) выданные визы: пограничная статистика
              "виз(?:а|ы|у|ой|ам|ами|ах)?"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["дефицит\\w*", "нехватк\\w*", "не хватает", "недостает", "недостаёт"],
    # (16ce) на каждую часть ("пять частей численностью 2000-3000 человек каждая"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": ["каждая", "каждый", "каждое", "каждую"]},
    # (32ar) a phase named by its number ("на этапе 2"): no count (articles/nonfigures.py)
    "phase_before": ["этап\\w*", "фаз\\w*"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("партиями по 1500–3000 человек"): no count
        "(?<!\\w)(?:партиями|группами|эшелонами|ротациями|контингентами) по",
        # (23at) and groups counted first ("будут организованы в пять групп по 2500–3000 человек")
        "(?<!\\w)(?:групп|партий|эшелонов|подразделений) по",
        # (16ce) the people an outlet interviewed ("взяла интервью у шести северокорейских рабочих")
        "интервью (?:у|с)(?: \\S+){0,1}",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに" ("в каждом
        # контейнере по 300 снарядов"; not "каждый из 11 тысяч")
        "(?<!\\w)(?:в |на )?кажд\\w* (?!из\\b)[\\w-]+(?: [\\w-]+){0,3}",
        # (16pf) a document's number, no figure ("резолюция 2397", "указ № 123", "статья 5")
        "(?<!\\w)(?:резолюци\\w*|стат(?:ья|ьи|ье|ью|ьей|ёй)|указ(?:а|е|у|ом)?|постановлени\\w*|"
        "закон(?:а|е|у|ом)?|декрет\\w*|директив\\w*)(?: (?:№|номер))?",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "опросил\\w*(?: \\S+){0,2}",
        "побеседовал\\w* с(?: \\S+){0,2}",
        "\\$", "€", "в возрасте", "№", "\\d\\s*на",
        # (notfig, session 6) деньги и обозначения перед числом: "£500", "¥500", "Хвасон-11",
        # "глава 5", "войсковая часть 29155", "в/ч 12345", "рейс 17"
        "£", "₩", "¥", "хвасон-?", "hwasong-?",
        "(?<!\\w)(?:глав[аеуы]|раздел\\w*|пункт\\w*|параграф\\w*)",
        "(?<!\\w)возрастом",  # an age ("возрастом 20 и 26 лет")
        "(?<!\\w)(?:в/ч|войсков\\w* част\\w*|рейс\\w*|трасс\\w*|модел\\w*|верси\\w*)",
        "(?<!\\w)страниц\\w*",  # (16px)
        "(?<!\\w)калибр\\w*",  # (16px)
        "(?<!\\w)france",  # (16px)
        "(?<!\\w)франс-?",  # (16px)
        "(?:поговорил|разговаривал)\\w* с(?: \\S+){0,2}",  # (16px)
        "(?<!\\w)имена",  # (16px)
    ],
    "hypothetical": [  # (16px)
        "мо(?:жет|гут) быть",  # (16px)
        "мо(?:жет|гут)(?= (?:\\S+ )?(?:погибнуть|пострадать))",  # (16px)
        "рискуют(?= (?:\\S+ )?(?:погибнуть|быть))",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["уже"],
    # (16cj) words of a sum: right before a total ("всего", "в общей сложности") or right after
    # it ("11 тысяч всего"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) пропорция, не число истории ("восемь из десяти", "один из каждых трёх"; "из" лишь
    # со знаменателем десять: "трое из 12 000", "3 тысячи из 12 тысяч" — части с их итогом, 16cj):
    # analysis.articles.ratios
    "ratio": {"sure": ["из каждых", "из каждой", "из каждого", "на каждые", "на каждых"],
              "of": ["из", "изо"]},
    # (16cl) названия подразделения с номером после них ("бригады 155", "корпус 11", "воинской
    # части 1234", "полка 94")
    "unit_named": ["(?:войсков|воинск)\\w* част(?:ь|и|ью|ей|ям|ях)", "част(?:ь|и)",
                   "корпус(?:а|у|ом|е)?", "арми(?:я|и|ю|ей)", "дивизи(?:я|и|ю|ей)",
                   "бригад(?:а|ы|е|у|ой)", "полк(?:а|у|ом|е)?", "батальон(?:а|у|ом|е)?",
                   "рот(?:а|ы|е|у|ой)", "взвод(?:а|у|ом|е)?", "отделени(?:е|я|ю|ем|и)",
                   "батаре(?:я|и|ю|ей)", "подразделени(?:е|я|ю|ем|и)", "отряд(?:а|у|ом|е)?",
                   "эскадрильи?", "эскадрил(?:ья|ью|ьей)", "флотили(?:я|и|ю|ей)"],
    "sum": {"before": ["всего", "а всего", "в общей сложности", "итого", "суммарно", "в сумме",
                       "общим числом", "общей численностью", "то есть", "т\\. е\\.", "т\\.е\\.",
                       "вместе(?! с)", "в целом", "в совокупности"],
            "after": ["всего", "в общей сложности", "в сумме", "итого", "суммарно",
                      "в совокупности"],
            "made_of": ["в том числе", "из них", "из которых", "включая", "среди них",
                        "состоящих из", "состоящий из", "состоящая из", "состоит из",
                        "в составе", "в их числе"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("Россия выпускает около 10 тысяч снарядов в день"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["в день(?! (?:рождени|побед|визит|саммит|встреч|выбор|памят|независимост|"
                "нападени|начал|открыти|парад|когда|котор)\\w*)",
                "в сутки", "за сутки", "за день(?! до)", "ежедневн\\w*", "каждый день",
                "ежесуточн\\w*"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["похищ\\w*", "депорт\\w*", "вывез\\w*", "угнан\\w*",
                           "насильственно перемещ\\w*"],
                 "camp": ["лагер\\w*", "сондовон\\w*", "вонсан\\w*", "пхеньян\\w*"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "иран\\w*",
        "тегеран\\w*",
        "(?:сша|соединенные штаты|вашингтон|запад|западные страны|европа|ес) (?:уже )?(?:передал"
        "\\w*|поставил\\w*|отправил\\w*|предоставил\\w*)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "уничтожен\\w*", "уничтожил\\w*",
        "потерял\\w*",
        "потерян\\w*",
        "теря(?:ет|ют|ла|ли)",
        "подбит\\w*",
        "поврежден\\w*",
        "выведен\\w* из строя",
        "поразил\\w*",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "по всему миру",
        "за рубеж\\w*",
        "за границ\\w*",
        "\\d+ стран\\w*",
        "други\\w* стран\\w*",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "в сутки",
        "ежедневно",
        "каждый день",
        "в день(?=\\s*(?:[,.;:)]|$))",
    ],
    # (26aw) потери размером с подразделение ("до батальона"): articles/units.py (only with a
    # size word: "бурятский батальон" is a unit's name)
    "unit_size": [
        "(?:до|около|почти|порядка|примерно|целого|целый|одного|один) батальон(?:а|ом)?",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("посол
# Украины в Южной Корее"); the bare "посол" is anyone's
ARTICLES["claimants"].update({
    "(?:посл|постпред|представител)\\w* украины|украинск\\w+ (?:посл|постпред)\\w*":
        "Ukrainian government (unspecified)"})
# the side holding a place is no source ("Курская область, подконтрольная украинским войскам",
# "оккупированной ВСУ"), as fr "occupée par"
ARTICLES["partner"] += ["(?:оккупированн|контролируем|удерживаем|подконтрольн)\\w*"]
# workers counted for another destination ("в Китай – 1500, … в Ливию – 600") in a sentence
# naming no Russia: no workers sent to Russia, as "по всему миру"
ARTICLES["worldwide"] += ["кита[йяюе]", "катар\\w*", "оаэ", "объединённ\\w+ арабск\\w+ эмират\\w*",
                          "объединенн\\w+ арабск\\w+ эмират\\w*", "ливи[яиюе]", "иран\\w*",
                          "кувейт\\w*", "монголи[яиюе]", "юго-восточн\\w+ ази\\w+",
                          "ближн\\w+ восток\\w*", "африк\\w+"]
# a force counted with North Koreans among it ("50 тысяч военных, в том числе более 10 тысяч
# северокорейских"): a mixed unit, no figure of the story, as fr "dont"
ARTICLES["other_side"] += ["(?:военн|солдат|бойц|военнослужащ)\\w*,? (?:в том числе|включая|среди "
                           "которых)(?=[^.;:]{0,40}?(?:северокорейск|кндр|северной кореи))"]

# (24ar) a side's military command ("южнокорейское военное командование") is its military, as
# "военные"; a country's foreign ministry ("в украинском МИД", "МИД Украины") is its government,
# as "мид южной кореи"
ARTICLES["claimant_grammar"]["bodies"]["military"] += ["военн\\w* командовани\\w*"]
ARTICLES["claimants"].update({
    "(?:украинск\\w* мид|мид украины|министерств\\w* иностранных дел украины)":
        "Ukrainian government (unspecified)",
})

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800 случаев, большинство из них женщины")
FIGURES["rewrites"].append((r"(?<=, в том числе )большинство(?!\S) ?", ""))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 машин столкнулись в нескольких
# местах"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)в )(?:нескольких|разных) (?=(?:местах|точках)(?!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B" ("число
# заявок выросло на 62%, с 913 до 1479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(выросло|выросла|выросли|вырос|увеличилось|увеличилась|увеличились|"
    r"увеличился|сократилось|сократилась|сократились|снизилось|снизилась|снизились|"
    r"уменьшилось|уменьшилась|возросло|возросла)"
    r"(?: на)? \d[\d.,]*\s?(?:%|процент\w*)(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,6"
    r"0},(?= с \d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told in the singular
FIGURES.update({
    # (D68.1) "тысячи и тысячи", "сотни и сотни"
    "repeat": ["и"],
    # (D68.2) without an article the singular of a unit of mass, area or volume is one unit:
    # "изъяли тонну кокаина", "почти гектар" (not beside a number: "2 тонны", "5 гектар")
    "measure_one": [
        "тонна", "тонну", "тонной", "тонне", "килограмм", "килограмма", "килограмму",
        "килограммом", "килограмме", "гектар", "гектара", "гектаре", "гектаром", "литр", "литра",
        "литре", "литром", "кубометр", "кубометра", "центнер", "центнера",
    ],
    # "тонны" is also the plural ("тонны мусора", tons of rubbish): one only after a qualifier
    # ("более тонны", "около тонны")
    "measure_one_qualified": ["тонны"],
})

# (17cv, D78.1) "4 случая трихинеллеза в одной семье" (4 cases in one family), "на одном
# предприятии 30 рабочих": a form of "один" after a preposition, before a noun, locates the
# counted (the place, the family, the vehicle they were in) and is no count when another
# quantity stands in the phrase, before or after it (D67.3, as Polish "jeden"). The grammar's
# closed class of prepositions with the genitive, dative, instrumental and prepositional (and the
# compound ones: "в течение одного дня", "на борту одного судна"), not a list of nouns. Not after
# "по" (one each), "о / об", "за" (for each, a rate), "от" / "до" (a range), "с / со" (with: a
# sum), "без", "кроме", "вместо" (minus, except, instead), "около" (about), "для", "к", nor "на"
# with the accusative ("на одного жителя": per inhabitant); not "одного из" (one of, D44.1).
# Alone ("погиб один человек", "в одном доме") it stays as it was (D8)
_RU_ONES = {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну",
            "одною"}
_RU_OTHER = "|".join(
    w.replace(".", r"\.")
    for w in longest_first(
        (set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])) - _RU_ONES
    )
)
FIGURES["rewrites"].append((
    r"^(?=.*(?:\d|(?<!\w)(?:" + _RU_OTHER + r")(?!\w)))"
    r"(.*?(?<!\S)(?:(?:в течение|в ходе|в районе|в пределах|на территории|на борту|из-за|"
    r"из-под|в|во|у|при|из|изо|под|подо|над|надо|перед|передо|через|после|между|среди|"
    r"возле|вокруг|вблизи|внутри|вне|вдоль|мимо|сквозь|благодаря) "
    r"(?=(?:один|одна|одно|одного|одной|одному|одним|одном|одну|одною) )"
    r"|на (?=(?:одном|одной) )))(?:один|одна|одно|одного|одной|одному|одним|одном|одну|одною) "
    r"(?=[^\W\d_]{2,})(?!(?:из|изо|и|или|либо|на|в|во|по|от|до|за|из-за)(?!\w))"
    r"(?!(?:" + _RU_OTHER + r")(?!\w))",
    r"\1",
))

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Несмотря на несколько предупреждений, погибли 12 человек"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "несмотря на", "после", "перед", "во время", "в течение", "в ходе", "из-за", "вследствие",
        "благодаря", "через", "за", "без", "против", "для", "ради", "в результате",
    ],
    [
        "из", "и", "или", "раз", "других", "другие", "сотен", "тысяч", "десятков",
    ],
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "ниже" (below:
# "опустилось ниже 2 тысяч", "упало ниже 300"; a preposition too, it reaches no count across
# another word), "не достигло 50" in its genders and tenses; a verb of a rise separated from its
# "на N" by the time or a place ("увеличилось за сутки на 12 человек") is "rose by N", additional
# (rule 12), as "увеличилось на"
FIGURES["at_most"] += [
    "ниже", "ниже чем", "не достигло", "не достиг", "не достигла", "не достигли", "не достигает",
    "не достигают", "не дотягивает до", "не дотянуло до",
]
FIGURES["prepositions"] += ["ниже"]
FIGURES["rewrites"].append(rise_then_by(
    r"увеличил(?:ось|ась|ся|ись)|вырос(?:ло|ла|ли)?|возрос(?:ло|ла|ли)?",
    ["ещё", "еще", "почти", "около", "более"],
))

# (20fa, D91.1) an estimate told by its verb and its object of number, across the rest ("оценивает
# число погибших в 15 тысяч"): approx. Only with "число / количество" (в is also "in")
FIGURES["rewrites"].append(estimated_at(
    FIGURES,
    [r"(?:оценивает|оценивают|оценил|оценила|оценили) (?:число|количество|численность)"], ["в"],
    "примерно",
))
# (20fa, D91.3) "на одной из свадеб" (at one of the weddings), as "в одном из": no count
FIGURES["rewrites"].append((r"\bна одн(?:ом|ой) из\b", " "))
# (20fa, D92.2) "ещё" before a verb of a lasting state ("спасатели ещё ищут 11 человек", still
# search): "still", no relation word; "ещё 11 человек погибли" stays additional
FIGURES["rewrites"].append((
    r"(?<!\w)(?:ещё|еще) (?=(?:ищут|разыскивают|остаются|находятся|продолжают|числятся)(?!\w))",
    "пока ",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)(?:один|одн(?:им|ой|ого|ому|ом|у|а|о)) из (?=(?:самых|наиболее|худших|"
    r"(?!ближайш)[^\W\d_]+(?:ейших|айших))(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
# (before the rewrite of "другим", other, to "различных")
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(?:одного|одной|одну|один|одна|одно) за (?:другим|другой|одним)(?!\w)", " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r",\s*(?:большинство|большая часть) из (?:которых|них)(?!\w)", ", в том числе",
))

# (22rb, D107) the verb of a change after its "до" ("До 100 выросло число погибших", as Polish
# "Do siedmiu wzrosła", D29): the new total, no "up to"; "приближается к / до" after its number
# ("К сотне приближается число погибших") is "approaching", nearly (rule 5), as "приближается к
# сотне"
FIGURES["rewrites"].append((
    r"\bдо ((?:[^\s,]+ ){0,2}[^\s,]+) (выросл[аои]?|вырос|возросл[аои]?|возрос|увеличил\w*|"
    r"сократил\w*|снизил\w*|уменьшил\w*|упал[аои]?|поднял\w*|подскочил\w*)\b",
    r"\1 \2",
))
FIGURES["rewrites"].append((
    r"\b(?:к|до) ((?:[^\s,]+ ){0,2}[^\s,]+) (приближа\w*|подбира\w*)\b",
    r"почти \1 \2",
))
# (22rb, D110) "некоторые" on an institution or a medium that reports the count, its verb right
# after ("Некоторые аэропорты сообщили о 300 отменах"): the source's determiner, no count (D9), as
# "some officials"; not people who are also counted (round 4's fr "Certains survivants ont déclaré
# qu'il y avait 65 hommes" is labelled unparsed), and only where a number follows (alone it stays
# several)
FIGURES["rewrites"].append((
    r"\bнекоторые ((?:[^\W\d_]+ )?(?:аэропорты|авиакомпании|больницы|клиники|сми|издания|"
    r"газеты|агентства|власти|исследования|правительства|страны|государства|регионы|области|"
    r"муниципалитеты|министерства|организации) (?:сообщили|сообщают|заявили|заявляют|"
    r"оценивают|"
    r"зафиксировали|говорят)\b)(?=.*\d)",
    r"\1",
))

# (32rb, D221.2) "new" right after the count in the singular, which Russian writes after a number
# ending in 1 ("161 новый случай заражения", "21 новая жертва", "31 новое заражение"), or in an
# oblique case ("с 21 новым случаем", "21 новую жертву"), is "новых" (additional, D40.14), as
# "очередной" (another) is "очередных". Only right after the count: "161 случай нового
# коронавируса" (of the new virus) and "новый рекорд: 161 случай" stay totals
FIGURES["rewrites"].append((
    r"(?<![^\s(])(\d[\d.,]*|один|одна|одно|одного|одной|одному|одним|одну|одном) "
    r"(нов|очередн)(?:ый|ой|ая|ое|ого|ому|ым|ую|ом|ыми)\b",
    r"\1 \2ых",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    # (32rb, D221.2) the nouns in the singular too ("21 новый автобус", D221.2's "21 новых")
    r"\b(?:новых|новые|новому) "
    r"(?=(?:легков[а-яё]* |грузов[а-яё]* |пассажирск[а-яё]* )?(?:автомобил[а-яё]*|"
    r"машин[а-яё]*|легковуш[а-яё]*|автобус[а-яё]*|грузовик[а-яё]*|мотоцикл[а-яё]*)\b)",
    r"",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("млн|млрд|трлн|миллион[а-яё]*|миллиард[а-яё]*"))

# (23rf, D137) the nouns of a rise with "на" before the count or per cent they add ("увеличение на
# 9,4%", "повышение на 12%"), as "рост на" (rule 12, D108)
FIGURES["additional"] += [
    "увеличение на", "увеличения на", "повышение на", "повышения на", "подъём на", "подъем на",
]

# (23rf, D138) "выше" (higher than, above) before the number ("выше 40%"): at least (rule 3), as
# "свыше"; "ниже" reads at most already. A preposition: it reaches the number only across number
# and table words
FIGURES["at_least"] += ["выше", "выше чем"]
FIGURES["prepositions"] += ["выше"]

# (23rf, D140) "N из последних M месяцев" is a ratio (rule 13), as "15 из 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( из (?:последних|первых) \d+) (?:месяцев|лет|недель|дней|месяца|года|недели|дня)\b",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5000 человек") tells the size of a
# change: additional (rule 12), written as "ещё" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("ещё"))

# (24ra, D141) a figure text that is only "(qualifier) на (qualifier) N процентов" ("примерно на
# 10%", "почти на 17%", "на двести семьдесят процентов") tells the size of a change, no share:
# additional, as "рост на N%" (rule 12, D137 for de "um", en "by", es "en un"). Only with a per cent
# or its points: "на" is also "for / on" before a count ("на 500 мест", "на 5 кораблях")
_RU_BY = (
    "(?:примерно|приблизительно|почти|около|порядка|практически|ориентировочно|где-то|"
    "(?:чуть |немногим )?(?:более|менее|больше|меньше) чем|свыше|не (?:более|менее) чем|"
    "ещё|еще|минимум|максимум)"
)
FIGURES["rewrites"].append((
    rf"^\s*((?:{_RU_BY} )?)на ((?:{_RU_BY} )?)(?=(?:\d[\d.,]*|[а-яё]+(?: [а-яё]+){{0,3}}) ?"
    r"(?:%|процент\w*|п\. ?п\.|процентн\w* пункт\w*)\s*[.!]?\s*$)",
    r"рост на \1\2",
))
# (24ra, D141) a qualifier between the noun of a rise and its "на" opening a figure text
# ("увеличение почти на 17%"), as after it ("рост на почти 17%"); not after a count ("172
# человека — рост почти на 46 %": the count's change, D133)
FIGURES["rewrites"].append((
    rf"^\s*(рост|роста|прирост|прироста|увеличение|увеличения|повышение|повышения|подъём|подъем) "
    rf"({_RU_BY}) на ",
    r"\1 на \2 ",
))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("приблизился к трём мужчинам" is no mark)
_RU_BIG = mark_ahead(r"тысяч\w*|тыс|млн|миллион\w*|млрд")

# (24ra, D143) "превысить / превзойти / перешагнуть / перевалить за / преодолеть отметку" in every
# tense and participle ("превышала", "превысив", "перешагнуло отметку в 31 тысячу"): at least
# (rule 3), as "превысило" ("не превысило" reads at most); "приблизиться / приближаться к" in every
# form: nearly, as "почти". "преодолеть" only with its mark ("преодолели 300 км" is a distance)
_RU_MARK = r"(?: (?:отметку|рубеж|порог|планку|барьер|черту)(?: в)?)"
FIGURES["rewrites"].append((
    r"\b(?:(?:превы[сш](?!ен\b|ена\b|ено\b|ены\b|енн)\w*|превзош\w*|превзойд(?!ен)\w*|"
    r"перешагну(?!т\b|та\b|то\b|ты\b)\w*|перешагива\w*)" + _RU_MARK + r"?|"
    r"(?:преодоле\w*|преодолева\w*)" + _RU_MARK + r"|(?:перевалил\w*|перевалит|переваливш\w*|"
    r"перевалив|переваливает|переваливают) за" + _RU_MARK + r"?)(?= )",
    "превысило",
))
FIGURES["rewrites"].append((
    r"\b(?:вплотную )?(?:приблизил\w*|приблизит\w*|приблизив\w*|приблизятся|приблизиться|"
    r"приближа\w*) (?:к|ко)(?: (?:отметке|рубежу|порогу|планке) в)?" + _RU_BIG,
    "почти",
))

# (24rb, D147.3) "до B с A" with compounds ("до 20 тыс. 582 человек с 7 тыс. 718 человек": to
# 20,582 from 7,718): the new total B, as D61.2; with no verb only at the phrase's start and when
# the old count's noun, if any, is the new total's (a noun after "с" in another case is "with":
# "до 20 человек с 5 детьми" stays)
_RU_NUM = r"\d[\d.,]*(?: (?:тыс\.?|тысяч\w*|млн\.?|миллион\w*)(?: \d{1,3}(?![\d.,]*\d))?)?"
FIGURES["rewrites"][0:0] = [
    (
        rf"^до (?=(?:почти |более |около |свыше )?{_RU_NUM}(?: ([^\s\d,.]+))?,? (?:с|со) "
        rf"(?:почти |более |около |свыше |примерно )?{_RU_NUM}(?: \1)?$)",
        "выросло до ",
    ),
    (
        r"\b((?:воз|вы)рос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|"
        rf"подскочил\w*) до ((?:почти |более |около |свыше )?{_RU_NUM}(?: [^\s\d,.]+)?),? "
        rf"(?:с|со|против) (?:почти |более |около |свыше |примерно )?(?!(?:19|20)\d\d\b){_RU_NUM}"
        r"(?: [^\s\d,.]+)?(?: годом ранее| год назад| в прошлом году)?$",
        r"\1 до \2",
    ),
]

# (24rb, D147.2) a change "с QUAL A до B" (from over/about A to B: "выросло с более чем 300 до
# 450"): the old count's qualifier goes with the old count; the new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:(?:воз|вы)рос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*) (?:с|со)) "
    r"(?:более чем|больше чем|менее чем|более|свыше|около|почти|примерно|порядка|"
    r"приблизительно) (?=\d[^;]{0,40}? до (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['то есть', 'т.е.', 'т. е.', 'иначе говоря', 'иными словами', 'или же']

# (24rd, D155) a case ending of the hundreds glued to digits with a hyphen ("около 400-сот
# специалистов", "до 500-ста"): the number; the other endings ("5-ти", "3-х") read already
FIGURES["rewrites"].append((r"(?<![\d.,])(\d)00-(?:сот|ста|стам|стами|стах)(?!\w)", r"\g<1>00"))
# (24rd, D155) a scale abbreviation glued to the next abbreviation or word ("2 тис.кв.м.",
# "2 тыс.человек"): the scale, then a space
FIGURES["rewrites"].append((r"(?<=\d) ?(тыс|млн|млрд)\.(?=[^\W\d_])", r" \1. "))

# (24rc, D151) the rates of a surface the table lacked ("50 центнеров с гектара", "на гектар", "на
# квадратный метр"): rule 13, D19, D114, as "на квадратный километр" reads. "за сутки" (over the
# day) is not written: a total of that day (labelled so in rounds 18, 36 and 50), as "in a single
# day"
FIGURES["rate"] += [
    "с гектара", "с одного гектара", "на гектар", "на один гектар", "на квадратный метр",
]

# (24re, D157) a noun of change before "до" (to: "снижение до 30,4 млн человек", "рост до 12%",
# "уменьшение численности до 300"): the new total, exact (rule 1, D107), as the verbs ("снизилось
# до") read; up to three words with no digit between, dropped ("снижение с 40 до 30" is not
# touched). "сокращение до 25 000 сотрудников" (a cut of up to 25,000 staff, round 52) is the size
# of a cut: "сокращение" is not written. "до 300" alone stays at most. Before the rewrite of the
# verbs' "до" (D29), which reads the new total
_RU_VERB_TO = next(
    n for n, (_, replacement) in enumerate(FIGURES["rewrites"])
    if replacement == r"\1 всего"
)
FIGURES["rewrites"].insert(_RU_VERB_TO, (
    r"(?<![а-яё])(?:снижени[еяюи]|снижением|уменьшени[еяюи]|"
    r"уменьшением|падени[еяюи]|падением|увеличени[еяюи]|увеличением|"
    r"повышени[еяюи]|повышением|понижени[еяюи]|понижением|спад|спада|спадом|прирост|прироста|"
    r"приростом)(?: [^\s\d]+){0,3}? до (?=\d)",
    "снизилось до ",
))
# "рост" (also a body's height: "рост до 180 см") only before a per cent
FIGURES["rewrites"].insert(_RU_VERB_TO, (
    r"(?<![а-яё])(?:рост|роста|ростом)(?: [^\s\d]+){0,3}? до (?=\d[\d.,]* ?(?:%|процент))",
    "снизилось до ",
))

# (25ra, D167) a change "с A до B" with a verb of change the D35 rewrite did not list
# ("взлетело с 300 до 420", "рухнуло", "обвалилось", "повысилось", "понизилось"), in its
# forms: the new total B (D35), read as "выросло с"; "с 300 до 420" with no verb stays a range
FIGURES["rewrites"].insert(0, (
    r"\b(?:взлетел\w*|взлетит|взлетят|подпрыгнул\w*|скакнул\w*|рухнул\w*|обвалил\w*|"
    r"опустил\w*|понизил\w*|повысил\w*|прибавил\w*|падал\w*|росл[оаи]|рос|выросш\w*|"
    r"уменьшал\w*|увеличивал\w*|сокращал\w*|снижал\w*|подскакивал\w*|обрушил\w*|"
    r"откатил\w*|сползл\w*|опустил\w*|поднимал\w*|подрос\w*|удвоил\w*|утроил\w*)"
    r"(?= (?:[^\W\d_]+ )?(?:с|со) (?:[^\W\d_]+ )?\d)",
    "выросло",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 тыс. человек" =
# 12,500): one or two digits after the space and a scale after them are a decimal (three digits
# are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "тыс|тысяч[а-яё]*|млн|млрд|трлн|миллион[а-яё]*|миллиард[а-яё]*"))

# (25rb, D171) "на N% выше" (N % higher) is "на N% больше" (additional, rule 12, D150); "выше N"
# before it stays at least, "на N ниже", a fall, a total
FIGURES["rewrites"].insert(0, (
    r"\b(на (?:[^\W\d_]+ )?\d(?:[\d.,]*\d)?\s?(?:%|процент[а-яё]*|тыс\.?|тысяч[а-яё]*|млн)?) "
    r"выше\b",
    r"\1 больше",
))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadow', 'шторм шэдоу', 'atacms', 'himars', 'хаймарс\\w*']
ARTICLES["excluded"] += ['демилитаризованн\\w* зон\\w*', 'дмз', 'dmz']
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    'правозащитн\\w* (?:организаци|групп|объединени)\\w*',
    '(?:организаци|объединени|союз)\\w* (?:северокорейских )?перебежчиков',
    'gyeore-?a?-?eol\\w*',
    '(?:правозащитн\\w* )?активист\\w*',
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("по различным источникам"): nobody's, as "по разным данным"
ARTICLES["impersonal"] += ["по (?:разным|различным) (?:сведениям|источникам)"]

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "2,3 раза", "на 1,5 раза", "на 2 раза",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("раза|раз", "раз больше", "на")

# (25rd, D177) an ordinal spelled in words is no count (D7): in a compound ordinal only the last
# word is an ordinal, the cardinals before it ("двадцать первый", "сто двадцать пятая", "две
# тысячи десятого") read as the figure (20, 120, 2000); the whole ordinal is dropped, as "21-й"
# is. The word before the ordinal is a ten, hundred or thousand (never a unit: "три первых");
# singular forms only ("два первых погибших" are the first two: a count); not "одна пятая" (a
# fraction, no cardinal written before it here)
FIGURES["rewrites"].append((
    r"(?<![\w-])(?:(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|"
    r"тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|"
    r"четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяча|тысячи|тысяч|миллиона?|"
    r"миллионов) )*(?:десять|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|"
    r"восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|"
    r"девятьсот|тысяча|тысячи|тысяч|миллиона?|миллионов) "
    r"(?:(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|"
    r"тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|"
    r"тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот|двухсот|"
    r"тр[её]хсот|четыр[её]хсот|пятисот|шестисот|семисот|восьмисот|девятисот|тысячн|миллионн)"
    r"(?:ый|ой|ая|ое|ого|ому|ом|ую)|трет(?:ий|ья|ье|ьего|ьему|ьем|ьей|ью))(?![\w-])",
    "",
))

# (26ra, D183) the size of a rise told without its "на": a verb of a rise right before its per
# cent ("вырос 3%", "увеличился 5 процентов"); the noun of a rise, its noun in the genitive and
# "на" before a per cent ("рост тиражей на 20%", "рост цен на 5%"; only a per cent: "на" before
# a count is also "for", D164); the noun and a dash, a colon or "составил" before the size
# ("прирост – 0,77 %", "прирост составил 300 человек"): "рост на N", additional (rule 12, D150,
# D164). Falls (снижение, падение, сокращение) stay a total
_RU_RISE_NOUN = r"рост|прирост|увеличение|повышение|подорожание|рост\w*"
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"вырос(?:ла|ло|ли)?|растёт|растет|растут|рос(?:ла|ло|ли)|увеличил(?:ся|ась|ось|ись)|"
    r"увеличивается|увеличиваются|подскочил[аои]?|повысил(?:ся|ась|ось|ись)|прибавил[аои]?|"
    r"подорожал[аои]?|подрос(?:ла|ло|ли)?|взлетел[аои]?", "на",
    r"%|процент\w*", r"почти|около|более|свыше|примерно|приблизительно|порядка|чуть более",
))
FIGURES["rewrites"].insert(0, (
    rf"\b({_RU_RISE_NOUN})(?: (?!(?:на|до|с|со|в|во|и|или|за|по|почти|около|более|свыше|"
    r"примерно|приблизительно|порядка|чуть|лишь|всего|только|ещё|еще|уже|менее|не|минимум|"
    r"максимум|ровно|целых|аж)\b)[а-яё]+){1,2} "
    r"(?=(?:почти |около |более чем |свыше |примерно |не менее чем |не более чем |чуть более чем )?"
    r"на (?:почти |около |более |свыше |примерно )?\d[\d.,]* ?(?:%|процент))",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"\b(прирост|рост|увеличение|повышение)(?: ?[–—:-] ?| составил[аио]? | составляет "
    r"| составит )(?=(?:почти |около |более |свыше |примерно )?\d)",
    r"\1 на ",
))
# an emphatic word between "на" and the per cent ("на впечатляющие 9%", "на целых 12%"): dropped,
# so "на N%" reads, a change's size, additional (D164); only before a per cent
FIGURES["rewrites"].insert(0, (
    r"\bна (?:впечатляющие|целых|рекордные|внушительные|солидные|колоссальные|скромные|"
    r"ощутимые|заметные|значительные|существенные|символические|невероятные|огромные|"
    r"небольшие|весомые|серьёзные|серьезные|сенсационные|астрономические|беспрецедентные|"
    r"рекордных|внушительных)"
    r" (?=\d[\d.,]* ?(?:%|процент)(?!\w))",
    "на ",
))

# (26ar) числа другого предмета (articles/subjects.py): население или заработок в миллионах
# ("в ней живут 26 миллионов человек"), жители, часть мест ("37 из 64 населённых пунктов");
# не участники (дети лагеря: "около 50 участников Движения Первых")
ARTICLES["other_subject"] = {
    "before": ["населени\\w*", "живут", "живёт", "живет", "проживают", "проживает",
               "заработ\\w*", "зарабатыва\\w*", "принос\\w*"],
    "scale": ["миллион", "миллиард", "млн", "млрд"],
    "after": ["жител\\w*"],
    "of_total": ["из"],
}

# (26ar) один из двух уже названных, описанных по одному (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["один", "одна", "одного", "одной"],
                                     "other": ["другой", "второй", "другая", "вторая",
                                               "другого", "второго"]}
# (26ar) плен, которого не было: перед ним, или пленных нет
ARTICLES["excluded"] += [
    "перед пленением", "прежде чем (?:попасть|сдаться) в плен",
    "(?:нет|не имеет|не было|не имеется) (?:\\w+ ){0,2}пленных",
]
# (26ar) люди другой стороны, названные по их армии
ARTICLES["other_side"] += [
    "(?:солдат|военнослужащих|бойцов|военных) (?:российской|русской|украинской) армии",
    "(?:солдат|военнослужащих|бойцов|военных) (?:российского|украинского) спецназа",
]
ARTICLES["not_counted"] += ["волн(?:ы|ах|ами)?", "контингент(?:а|ов|ы)"]  # (26ar)
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['некоторы[ехм]', 'некоторое количество', 'несколько']
# (26ar) people who came from North Korea, any purpose: border statistics ("в прошлом году в Россию
# из КНДР приехали более 13 тыс. человек"; soldiers or workers named at the number stay a count)
ARTICLES["entry"] += ["приехал\\w* (?:в россию )?из (?:кндр|северной кореи)",
                      "из (?:кндр|северной кореи) приехал\\w*"]

# (26rb, D186.2) a scale told as an adjective joined by a hyphen ("100-тысячная армия", "11-
# миллионный город"): the number times the scale (read 100 and 11); the fraction words with a
# space ("пять тысячных") are not touched. (26rb, D187.1) "в N тысяч / миллионов раз": a
# multiplier with its scale (read 900,000), as "в 900 раз". (26rb, D187.2) "1 к N" (odds, one in
# N): a ratio, as "1 на N" ("к" after "1" read as "k", a thousand). (26rb, D186.3) "4G", "5G"
FIGURES["rewrites"] += [
    (r"(?<![\w.,])(\d+(?:[.,]\d+)?)-(?:х )?(тысяч|миллион|миллиард)н(?:ый|ая|ое|ые|ого|ой|ому|ым|"
     r"ую|ом|ых|ыми)(?!\w)", r"\1 \2"),
    (r"\bв (\d[\d,.]*) (тысяч[а-яё]*|тыс\.?|миллион[а-яё]*|млн\.?|миллиард[а-яё]*|млрд\.?) "
     r"раза?\b", r"\1 \2 раз больше"),
    (r"(?<![\w.,])(?:1|один|одна|одно|одну|одному) к (?=\d[\d.,]*(?:\s?(?:тыс|млн|млрд|миллион|"
     r"миллиард|тысяч)[а-яё]*\.?)?(?![\d.,]|\s?(?:%|году|г\.|году|числу|часам|утру)))", "1 на "),
    *GENERATION,
]

# (27ru, D194.2) "мин" after a verb of clearing, finding or laying (up to two words between: "в
# городе обезврежено 1230 мин", "сапёры уничтожили более 500 мин") is the genitive plural of
# "мина" (mines), no abbreviation of minutes (a duration, D7): written out as "мины"; "через 15
# мин" stays a time
FIGURES["rewrites"].append((
    r"\b((?:обезвре|уничтож|извле|изъя|обнаруж|ликвидир|нейтрализ|разминир|установ|заложи|"
    r"сняли|снято|найден|нашли|собрал|собран)[а-яё]*(?: [^\W\d_]+){0,2} \d[\d\s.,]*"
    r"(?: ?(?:тыс\.?|тысяч[а-яё]*|млн\.?))?) мин(?![\w.])",
    r"\1 мины",
))

# (27ru, D196.10) "сотни" after a qualifier is the singular (D6: "около сотни" = approx 100), also
# before a scale: "около сотни тысяч" = approx 100,000 (read "hundreds of thousands" before); and a
# preposition of a range or qualifier glued to the digits ("от15 до17 тыс.", a typing slip) is
# spaced
FIGURES["rewrites"] += [
    (r"\b(около|порядка|свыше|более|менее|почти|примерно|приблизительно|не менее|не более|до|"
     r"больше|меньше|ориентировочно) сотни (тысяч|миллионов)\b", r"\1 100 \2"),
]
# (first of the rewrites: before the designations', which take "от15" for a name like "K9")
FIGURES["rewrites"].insert(0, (r"(?<![^\W\d_])(от|до|около|свыше|более)(?=\d)", r"\1 "))

# (28ru, D201) the distributive "по N" (N each: "по 11 дронов", "По два вражеских дрона", "по
# двое", "по сто") is a per-unit figure (rule 13), as pl "po" (D198) and "по более чем" (17nj):
# written "по более чем N", a rate. The count in digits or a number word of the accusative (a
# numeral's dative "по двум", "по пяти", "по ста" is "on / across": "удары по двум городам"); not
# "по" = until before a date, a month, a year, a clock time or an ordinal ("с 1 по 5 августа", "по
# 2025 год", "по 10 марта", "с 5 по 11 класс"), nor "по" = on / across before a noun or adjective
# in the dative ("по 11 объектам", "по 5 населённым пунктам")
_RU_EACH_WORD = (
    r"(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|(?:одиннад|двенад|тринад|"
    r"четырнад|пятнад|шестнад|семнад|восемнад|девятнад)цать|двадцать|тридцать|сорок|пятьдесят|"
    r"шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|"
    r"семьсот|восемьсот|девятьсот|двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|"
    r"десятеро|несколько десятков|несколько сотен|десятки|сотни|тысячу|полторы|полтора)"
)
FIGURES["rewrites"].append((
    r"(?<![^\W\d_])(?<!с \d )(?<!с \d\d )(?<!с \d\d\d )(?<!с \d\d\d\d )по ((?:"
    r"(?!(?:1[89]|20)\d\d(?!\d))\d[\d.,]*(?: \d{3})*(?![\d.,]?\d| \d{3}(?!\d))"
    r"(?![.:]\d\d?(?!\d)|-?(?:[а-яё]{1,3})(?![а-яё]))"
    rf"|{_RU_EACH_WORD}(?![а-яё])))"
    r"(?! ?(?:(?:тыс\.?|тысяч[а-яё]*|млн\.?|миллион[а-яё]*|млрд\.?|миллиард[а-яё]*) )?"
    r"(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр|год|г\.|"
    r"числ|квартал|класс|включительно)[а-яё]*)"
    r"(?! ?(?:[а-яё]+ )?(?:[а-яё]+ )?[а-яё]*(?:ам|ям|ым|им)(?![а-яё]))",
    r"по более чем \1",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 пассажира, среди которых 3 детей, и 15 членов экипажа" holds two counts (a
# list, unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes
# no comma in this language
FIGURES["told_with"]["resumes"] = ["и"]

# (29aa) infantrymen counted are troops and soldiers, as en "infantry" is (round 16zz26's
# "11 000 nordkoreanischen Infanteristen")
ARTICLES["troops"].append("пехотинц\\w*")
ARTICLES["soldiers"].append("пехотинц\\w*")

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out:
# "четверть миллиона снарядов" (полмиллиона, one word, was read) (it read "million", 1,000,000)
ARTICLES["scale_fractions"] = {"before": ["пол", "четверть"], "after": []}

# (29rv, D212.2) the genitive plural of a scale word is the vague plural when no number stands
# before it, after a qualifier too: "до тысяч человек" (up to thousands) read "up to 1,000"
FIGURES["plural_scales"] = ["тысяч", "миллионов", "миллиардов"]

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "для восполнения
# потерь", "чтобы компенсировать потери", "на замену погибшим"
ARTICLES["made_up_for"] = [
    "(?:для|с целью) (?:восполнения|компенсации|возмещения)(?: (?:понесенных|понесённых|больших|"
    "тяжелых|тяжёлых))*",
    "(?:чтобы )?(?:восполнить|компенсировать|возместить|заменить)(?: (?:понесенные|понесённые|"
    "большие|тяжелые|тяжёлые))*",
    "(?:на замену|взамен)"]
# (30ab) self-harm to escape the draft is no wound of the war ("калечили себя"): a loss cue with a
# reflexive right after it is no metric
ARTICLES["self_inflicted_after"] = ["себя", "себе"]
# (30ab) earlier estimates nobody is named for ("По прежним оценкам, потери составляли 3000"):
# impersonal, no source carried from before
ARTICLES["impersonal"] += ["(?:по )?(?:прежним|ранним|предыдущим|более ранним) оценкам"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("обменялись 314
# военнопленными"): both sides' prisoners, no capture of North Koreans
ARTICLES["excluded"] += [
    "(?:обмен|обменялись|обменяются|обменять)(?= (?:всего |около |более )?\\d[\\d  ]* "
    "(?:военнопленн|пленн)\\w*)"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["и"], []))

# (31fx, D218.1) "N of them were X and M Y" opening the phrase, as es "siete de ellas eran
# mujeres y dos hombres" ("семь из них были женщинами и двое мужчинами"): no count before it to
# break down, so the count after "and" is the list's other part, two counts, unparsed; "N of
# them" alone stays N, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(
    number_word(w for w, v in FIGURES["numbers"].items() if v >= 2),
    ["из них", "из которых"], ["и"]))

# (32rl, D220.1) a share told after the total and its comma ("349 человек, из них больше половины
# дети") tells who the counted were: the total's breakdown (D5), written as the table's breakdown
# word (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share
# or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["из них", "из которых", "в том числе", "среди них"],
    ["более", "больше", "почти", "около", "свыше", "не менее", "менее", "примерно", "порядка",
     "приблизительно", "чуть больше", "чуть более"],
    ["половина", "половины", "половину", "треть", "трети", "две трети", "четверть", "четверти",
     "три четверти", "большинство", "большая часть", "большую часть", "подавляющее большинство"],
    ["из них", "из которых"],
    "в том числе"))

# (34ar) численность постоянной армии ("1,2 млн активных военнослужащих", "около 1,3 миллиона
# действующих военных"): своя армия КНДР, не цифра сюжета
ARTICLES["other_subject"]["after"] += [
    "(?:активных|действующих|кадровых) (?:военнослужащих|военных|солдат|бойцов|штыков)"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "владивосток\\w*", "москв\\w*", "курск\\w*", "примор\\w*", "хабаровск\\w*", "сибир\\w*",
    "дальн\\w+ восток\\w*", "петербург\\w*", "находк\\w*", "сахалин\\w*", "амурск\\w*",
    "ростов\\w*", "тыв\\w*", "казан\\w*", "татарстан\\w*", "алабуг\\w*", "новосибирск\\w*",
    "якути\\w*"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['в', 'во', 'на'], 'и', [
        # (35rd, D236.1) a noun of an area with no name ("в стране, 6 в Киеве")
        (r"в (?:стране|регионе|области|крае|республике)", r"в|во|на"),
    ]),
    part_of_total(
        [
            'из в общей сложности', 'из общего числа', 'из общего количества', 'из общего числа в',
            'из всего'
        ], 'из'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    ['год', 'месяц', 'неделю', 'день', 'один год', 'один месяц']
    + [f'{n} {u}' for n in ('два', 'две', 'три', 'четыре')
       for u in ('года', 'месяца', 'недели', 'дня')]
    + [f'{n} {u}' for n in ('пять', 'шесть', 'семь', 'восемь', 'девять', 'десять')
       for u in ('лет', 'месяцев', 'недель', 'дней')],
    ['спустя', 'назад', 'позже', 'позднее', 'ранее', 'раньше'],
))

# (34rc, D229.2) D61.3's change "на N — до M" in the orders the rewrite of 17cc did not list:
# the size's noun between ("уменьшилось на 12,5 тыс. человек – до 1,807 млн"), the new total in
# brackets ("уменьшилось на 1,6 тыс. человек (до 146,6 тыс. человек)"), and the new total told
# with "и составило / и достигло" or the converb "составив" ("снизилось на 1,3 тыс. человек и
# составило 971,8 тыс.", tgoop.com/mahchzo/2206; round 100): the size dropped, the new total
# read (D35, D61.3). Before the rewrite of 17cc ("на N - до")
_RU_BY_TO = rewrite_index(FIGURES["rewrites"], r"\1 до", r"на (?:почти |более |около )?\d")
_RU_CHANGE = (r"(?:(?:воз|вы)рос\w*|увеличил\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|"
              r"увеличивши\w*|сокративши\w*|снизивши\w*|уменьшивши\w*)")
_RU_SIZE = (r"на (?:почти |более |около |примерно )?\d[\d.,]*(?: (?:тыс\.?|тысяч\w*|млн\.?))?"
            r"(?: ?%| процент\w*)?")
FIGURES["rewrites"][_RU_BY_TO:_RU_BY_TO] = [
    # the size's noun ("человек", "жителей"), then a dash, a comma or a bracket before "до"
    (rf"\b({_RU_CHANGE}(?: [^\s\d,.()]+){{0,3}}? (?:более чем |почти )?{_RU_SIZE}) "
     r"[^\W\d_]+(?=,?(?: [-–—(]| \()? ?до \d)", r"\1"),
    # "(до M)": the bracket read as the dash
    (rf"\b({_RU_CHANGE}(?: [^\s\d,.()]+){{0,3}}? (?:более чем |почти )?{_RU_SIZE}),? \( ?"
     r"(до \d[^()]*)\)", r"\1 - \2"),
    # "и составило / и достигло M", "составив M": the new total as "до M"
    (rf"\b({_RU_CHANGE})(?: [^\s\d,.()]+){{0,3}}? (?:более чем |почти )?{_RU_SIZE}"
     r"(?: [^\W\d_]+)?,? (?:и (?:составил|достиг)\w*|составив|достигнув) (?=\d)", r"\1 до "),
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("более 400 человек находятся в 33 пунктах временного размещения"): set aside (D20).
# Not "населённых пунктах" (settlements: places that are counted, D45.5)
FIGURES["rewrites"] += lodging_aside(
    ["в", "во", "на"],
    [r"пункт(?:ах|ов|а) временного (?:размещения|пребывания)", r"пвр",
     r"пункт(?:ах|ов|а) (?:обогрева|эвакуации|сбора)", r"эвакопункт(?:ах|ов|а)",
     r"(?:палаточных |временных )?лагер(?:ях|ей|я)", r"центр(?:ах|ов|а) (?:временного )?размещения",
     r"убежищ(?:ах|а)?", r"приют(?:ах|ов|а)"],
    ["более", "свыше", "около", "почти", "не менее", "порядка"],
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# пострадавших доставлены в пять больниц", "распределены по четырём больницам"): set aside
# beside the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"доставлен[аоы]?", r"доставили", r"госпитализирован[аоы]?", r"госпитализировали",
     r"отвезли", r"отвезен[аоы]?", r"перевезен[аоы]?", r"перевезли", r"эвакуирован[аоы]?",
     r"направлен[аоы]?", r"распределен[аоы]?", r"распределён[аоы]?", r"распределили",
     r"развезли", r"развезен[аоы]?", r"госпитализированных", r"доставленных",
     r"проходят лечение", r"находятся на лечении", r"лечатся", r"поступил[аои]?"],
    ["в", "во", "по"],
    [r"(?:(?:разн\w+|различн\w+|городск\w+|ближайш\w+) )?(?:больниц\w*|клиник\w*|"
     r"госпитал\w*|медучреждени\w*|стационар\w*|(?:медицинск|лечебн)\w+ учреждени\w*)"],
    ["более", "свыше", "около", "почти", "не менее", "порядка"],
    r"два|две|двух|двум|три|трёх|трех|трём|трем|четыре|четырёх|четырех|четырём|четырем|"
    r"пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|"
    r"нескольких|несколько",
)
