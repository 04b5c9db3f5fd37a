"""German (``de``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE, after
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    decimal_comma_before,
    decimal_times,
    leading_minus,
    leading_plus,
    mark_ahead,
    number_word,
    open_range_top,
    rewrite_index,
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
    unmarked,
)
from analysis.lang._latin import LATIN_NAMES
from analysis.lang._lists import (
    article_after_resumes,
    bracketed_breakdown,
    part_of_total,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside, one_other_in
from analysis.lang._order import longest_first

# fmt: off

PEOPLE = (
    "menschen", "personen", "leute", "kinder", "jugendliche", "jugendlichen", "erwachsene",
    "erwachsenen", "männer", "frauen", "jungen", "mädchen", "senioren", "seniorinnen", "rentner",
    "rentnerinnen", "patienten", "patientinnen", "schüler", "schülerinnen", "bewohner",
    "einwohner", "minderjährige", "minderjährigen", "ältere", "älteren", "opfer", "tote", "toten",
    "verletzte", "verletzten", "fälle", "beschäftigte", "arbeiter", "passagiere", "bürger",
    "babys", "säuglinge", "kleinkinder", "infizierte", "infizierten",
)
"""(17cx, D80.1) The nouns of people an age limit follows ("Kinder unter 14", "Senioren ab 80")."""

SCRIPTS = ("latin",)

MONTHS = [
    ["januar", "jänner", "jaenner", "jan"],
    ["februar", "feber", "feb"],
    ["märz", "maerz", "mrz"],
    ["april", "apr"],
    ["mai"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sept", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["dezember", "dez"],
]

WEEKDAYS = [
    ["montag\\w*"],
    ["dienstag\\w*"],
    ["mittwoch\\w*"],
    ["donnerstag\\w*"],
    ["freitag\\w*"],
    ["samstag\\w*", "sonnabend\\w*"],
    ["sonntag\\w*"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "tote\\w*", "tot", "getötete\\w*", "verletzte\\w*", "verletzt", "verwundete\\w*",
        "vermisste\\w*", "festgenommene\\w*", "evakuierte\\w*", "gestorben",
        # (20fb, D94.2) the participle: "eine Person getötet, acht weitere …"
        "getötet",
    ],
    "casualties": [
        "opfer\\w*", "todesopfer\\w*", "festnahmen", "fälle\\w*", "betroffene\\w*",
    ],
    "numbers": {
        # (lexicon 17, session 6) fractional numbers: zweieinhalb Millionen = 2,500,000
        "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5,
        "sechseinhalb": 6.5, "siebeneinhalb": 7.5, "achteinhalb": 8.5, "neuneinhalb": 9.5,
        "zehneinhalb": 10.5,
        "eins": 1, "zwo": 2, "anderthalb": 1.5, "eineinhalb": 1.5, "null": 0,
        # (17df, D87) the genitive of "zwei" and "drei": "die Gefangennahme zweier
        # nordkoreanischer Soldaten", "der Tod dreier Menschen"
        "zweier": 2, "dreier": 3,
    },
    "compound": {
        "ein": 1, "eins": 1, "eine": 1, "einen": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4,
        "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
        "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
        "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
        "neunzig": 90,
    },
    "compound_small": {"hundert": 100},
    "compound_scales": {"tausend": 1000},
    "compound_and": ["und"],
    "small": {"hundert": 100},
    "scales": {
        "tausend": 1000, "million": 1_000_000, "millionen": 1_000_000, "mio.": 1_000_000,
        "mio": 1_000_000, "milliarde": 1_000_000_000, "milliarden": 1_000_000_000,
        "mrd.": 1_000_000_000, "tsd.": 1000, "tsd": 1000, "k": 1000,
        # (17gwc) the German "Billion" is 10^12 ("eine Billion Euro"); "Mill." (Austria,
        # Switzerland) only right after a number
        "billion": 1_000_000_000_000, "billionen": 1_000_000_000_000, "mill.": 1_000_000,
    },
    "after_number": ["k", "tsd.", "tsd", "mill."],
    "collective": {"dutzend": 12},
    "vague": {
        # (lexicon 17, session 6) plural magnitudes: Abertausende, zigtausende
        "abertausende": 1000, "abertausenden": 1000, "aberhunderte": 100, "aberhunderten": 100,
        "zigtausende": 10000, "zigtausenden": 10000, "zigtausend": 10000,
        "dutzende": 12, "dutzenden": 12, "hunderte": 100, "hunderten": 100, "tausende": 1000,
        # "viele Tausend Bürger" (many thousand)
        "viele tausend": 1000, "viele tausende": 1000, "viele hundert": 100, "viele hunderte": 100,
        "tausenden": 1000, "zehntausende": 10_000, "zehntausenden": 10_000,
        "hunderttausende": 100_000, "hunderttausenden": 100_000, "millionen": 1_000_000,
        # (16ij) the genitive plural, as ru "сотен", uk "сотень" ("die Rehabilitation Hunderter
        # verwundeter Soldaten", "das Schicksal Tausender Kinder")
        "hunderter": 100, "tausender": 1000, "zehntausender": 10_000,
        "hunderttausender": 100_000, "aberhunderter": 100, "abertausender": 1000,
        # (17gwc) "Milliarden Menschen" (was read 1,000,000,000 exact), as "Millionen"
        "milliarden": 1_000_000_000,
    },
    # (17df, D87) "beide": two, when the phrase holds no other quantity and no "und" ("die
    # beiden", "beide Soldaten"; "einen / keinen der beiden" are rewritten below as "der
    # zwei", a share); not "beides" ("oder beides": either or both things)
    "both": ["beide", "beiden", "beider"],
    "several": [
        "mehrere", "einige", "ein paar", "etliche", "einigen", "mehreren", "wenige", "wenigen",
        # (17gwc) the genitive ("der Tod mehrerer Menschen", "einiger hundert Menschen") and
        # the other cases of "etliche"
        "mehrerer", "einiger", "etlicher", "etlichen",
    ],
    "articles": ["ein", "eine", "einen", "einem", "einer", "eines"],
    "of": ["von"],
    "und": ["und"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "nicht unter", "nicht über", "im bereich von", "um etwa", "um rund", "kaum unter",
        "über", "unter", "bis", "gegen", "an die", "um die", "bis zu", "oberhalb von",
        "jenseits von",
        # (17gwc) the spelling without umlaut, and "unterhalb von" (below)
        "ueber", "unterhalb von",
    ],
    "approx": [
        # (lexicon 17, session 6) register variants of ungefähr
        "in der größenordnung von", "in einer größenordnung von", "im bereich von", "rd.",
        "grob geschätzt", "so um die", "um etwa", "um rund", "etwa um die",
        "rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "schätzungsweise", "geschätzt",
        "geschätzte", "geschätzten", "um die", "an die", "in etwa", "annähernd", "grob", "gegen",
        "~",
        # (17gwc) the spellings without umlaut ("ungefaehr 300"), "ca" without its point
        "ungefaehr", "annaehernd", "schaetzungsweise", "geschaetzt", "geschaetzte",
        "geschaetzten", "ca",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "ein wenig über", "ein wenig mehr als", "ein bisschen mehr als", "ein bisschen über",
        "leicht über", "geringfügig über", "etwas oberhalb von",
        # (lexicon 17, session 6) register variants of mehr als
        "nicht unter", "reichlich", "deutlich mehr als", "weit mehr als",
        "etwas mehr als", "knapp mehr als", "ein wenig mehr als", "wesentlich mehr als",
        "erheblich mehr als",
        "über", "mehr als", "mindestens", "wenigstens", "nicht weniger als", "weit über", "gut",
        "gute", "guten", "deutlich über", "übersteigt", "überstieg", "überschreitet",
        "überschritten", "überschritt", "übertrifft", "oberhalb von", "jenseits von", "über die",
        "mindestens rund",
        # "zumindest 600" (at least), and the abbreviations "mind. 15", "min. 15" (D41)
        "zumindest", "mind.", "min.",
        # (17gwc) the past and plural forms of "übersteigen / übertreffen", without umlaut
        "übertraf", "übertrafen", "übertreffen", "überstiegen", "übersteigen", "überschreiten",
        "ueber", "weit ueber", "deutlich ueber",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of höchstens
        "allerhöchstens", "nicht über", "maximal bis zu", "bis maximal",
        "bis zu", "höchstens", "weniger als", "unter", "maximal", "nicht mehr als", "bis",
        "allenfalls", "bis hin zu", "so viele wie", "max.",
        # (17gwc) "unterhalb von 300" (below), without umlaut
        "unterhalb von", "hoechstens",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "etwas unter", "ein wenig unter", "ein wenig weniger als", "ein bisschen weniger als",
        "ein bisschen unter", "leicht unter", "geringfügig unter", "geringfügig weniger als",
        "etwas unterhalb von",
        # (lexicon 17, session 6) register variants of fast
        "nicht ganz", "etwas weniger als", "knapp weniger als", "annähernd an die", "beinah",
        "kaum unter",
        "fast", "knapp", "beinahe", "nahezu", "gut und gern", "knapp unter", "kaum weniger als",
        # (17gwc) "so gut wie 300" (practically; was read at least by "gut")
        "so gut wie",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "circa", "ca.", "in etwa", "oder so",
        "etwa", "ungefähr",
        # (17cg) "wird auf 216.000 geschätzt" (is estimated at): the participle after the number
        # (rule 2, D65.1)
        "geschätzt", "geschaetzt",
    ],
    "post_at_least": [
        # (lexicon 17, session 6) after the number
        "und darüber", "oder darüber", "aufwärts", "und aufwärts", "und mehr noch",
        "und mehr", "oder mehr", "plus", "+", "mindestens", "oder noch mehr", "und noch mehr",
        # "N, wenn nicht mehr" (or even more) is at least, as "oder mehr" (D3, D41)
        "wenn nicht mehr", "oder sogar mehr", "vielleicht sogar mehr",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number
        "oder weniger", "und weniger", "maximal", "oder darunter",
        "höchstens",
        # (17gwc) "300 und darunter"
        "und darunter", "hoechstens",
    ],
    "additional": [
        # (lexicon 17, session 6) once more: another N
        "nochmals", "abermals", "nochmal",
        "weitere", "weiteren", "weiterer", "weiteres", "zusätzliche", "zusätzlichen", "zusätzlich",
        # (22rb, D109) not "erneut" (again): it tells the event repeated, no count added to one
        # ("Erneut hat die GDL Millionen Fahrgäste …", "erneut über 1000 Menschen das Leben
        # gekostet" = total, as "wieder", "again", "de nuevo", "снова" read)
        "noch einmal",
        # (17gwc) the other cases, and the spelling without umlaut
        "zusätzlicher", "zusätzliches", "zusaetzliche", "zusaetzlichen", "zusaetzlich",
        # (17no) the nouns of a rise by N ("einen Anstieg um mehr als 1000 Tote"): its count is
        # additional, as "stieg um" (rule 12, D54.2)
        "anstieg um", "zunahme um", "zuwachs um", "zuwachs von", "ein plus von",
    ],
    # (17nl) "300 neue Fälle": "neue" right after the count is additional, as in every language
    # (D40.14, D51.8); "die Zahl der neuen Fälle stieg auf 300" names the counted
    # (17cg) "zehn andere" (ten others) as "N other" in every language (rule 12, D12, D65.3)
    "additional_post": ["weitere", "mehr", "neue", "neuen", "andere"],
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 Verletzte, und zwar 20
        # Erwachsene"; D23, D50.5)
        "und zwar", "nämlich",
        # (lexicon 17, session 6) breakdown words
        "unter ihnen", "unter denen", "darunter auch", "davon allein", "einschließlich der",
        "einschliesslich",
        "darunter", "davon", "einschließlich", "inklusive", "inkl.",
        # (17gwc) "300 Menschen, von denen 20 Kinder", "unter anderem", "u.a."
        "von denen", "wovon", "unter anderem", "u.a.",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "bestehend aus", "zusammengesetzt aus",
    ],
    "total": ["insgesamt", "gesamt", "summe", "alles in allem", "zusammen", "in summe", "total",
              # (17tc) a verb of change with "auf" announces the new total: beside another
              # number ("in den drei Ländern stieg die Zahl auf 4.500") the count after it is the
              # figure (D35, D58.1); the verb after it: the rewrite below
              "stieg auf", "stiegen auf", "steigt auf", "steigen auf", "kletterte auf",
              "kletterten auf", "klettert auf", "wuchs auf", "wuchsen auf", "wächst auf",
              "erhöhte sich auf", "erhöhten sich auf", "erhöht sich auf", "sank auf",
              "sanken auf", "sinkt auf"],
    "range_pre": ["zwischen", "von"],
    "range_sep": [
        "bis", "oder", "bis zu", "bis rund", "bis etwa", "wenn nicht gar", "wenn nicht sogar",
        "oder sogar", "ja sogar", "vielleicht sogar",
    ],
    "range_and": ["und"],
    "percent": ["%", "prozent",
                # (17gwc) percentage points
                "prozentpunkte", "prozentpunkten", "prozentpunkt"],
    "fraction": [
        # (17cg) "fast alle der 30 Gondeln": "nearly all of" a count, with the partitive "der" or
        # "von", is a part of it, as "die meisten der" (rule 13, D49.7, D65.6); "fast alle 30" stays
        # the count
        "fast alle der", "nahezu alle der", "beinahe alle der", "fast alle von",
        "hälfte", "drittel", "viertel", "fünftel", "zehntel", "mehrheit", "anteil", "halb", "halbe",
        "jeder",
        # (17nj) "die meisten der 64 Grindwale" (most of the 64): a part of the count (rule 13,
        # D49); "die meisten davon" after a count stays a breakdown
        "meisten der", "meisten von",
        # (17gwc) "dreiviertel" in one word
        "dreiviertel",
        # (17tb) "viermal so viele Kinder wie im Jahr zuvor" (four times as many): a multiple of
        # another count, a ratio, no count (rule 13, D57.6), as "doppelt so viele"
        "zweimal so viele", "dreimal so viele", "viermal so viele", "fünfmal so viele",
        "sechsmal so viele", "zehnmal so viele", "doppelt so viele", "dreimal so hoch",
        "doppelt so hoch", "viermal so hoch", "zweimal so hoch", "fünfmal so hoch",
        # (17cz, D82) the same with the number in digits: "20 Mal so viele wie in Deutschland",
        # "20-mal mehr Fälle", "20mal so hoch" (read 20 before: a wrong number)
        "mal so viele", "mal so viel", "mal so hoch", "mal so groß", "mal so oft", "mal mehr",
        "mal höher", "mal größer", "mal häufiger", "-mal so viele", "-mal so viel", "-mal so hoch",
        "-mal mehr", "-mal höher", "-mal häufiger",
    ],
    "rate": [
        # (32rl, D220.5) "for each" ("für jeden getöteten Kämpfer 50 Geiseln") is a rate, as pl
        # "za każdego", en "for every"
        "für jeden", "für jede", "für jedes",
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "jede nacht", "jeden abend", "allnächtlich", "allabendlich", "pro abend",
        # (33ra, D224.1) every minute, second or hour ("jede Minute 24 Menschen"), as "stündlich"
        "jede minute", "jede sekunde", "jede stunde", "jede viertelstunde", "minütlich",
        "sekündlich",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "promille",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "durchschnittlich", "im durchschnitt", "im schnitt", "durchschnittliche",
        "durchschnittlichen",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "tagesdurchschnitt\\w*", "wochendurchschnitt\\w*", "monatsdurchschnitt\\w*",
        "jahresdurchschnitt\\w*",
        "pro tag", "am tag", "täglich", "pro woche", "pro monat", "im monat", "monatlich",
        "pro stunde", "pro jahr", "im jahr", "jährlich", "jeweils", "je", "pro",
        "jedes jahr", "jeden tag", "jede woche", "jeden monat", "alljährlich",
        # (17gwc) "300 stündlich", "300 in der Woche", the spellings without umlaut
        "stündlich", "wöchentlich", "in der woche", "in der stunde", "pro nacht",
        "täglich", "taeglich", "jaehrlich", "woechentlich", "stuendlich",
    ],
    "units": [
        "bataillon\\w*", "brigade\\w*", "regiment\\w*", "division\\w*", "kompanie\\w*", "zug",
        "züge", "korps", "einheiten", "einheit",
        # (34ra, D226.4) contingents counted, in the plural ("elf Kontingente")
        "kontingente", "kontingenten",
    ],
    "uncountable": [
        "viele", "zahlreiche", "zahlreichen", "eine große zahl", "eine erhebliche zahl",
        "unzählige",
        # (17gwc) the other cases, and vague words with no magnitude
        "vielen", "unzähligen", "zahlreicher", "eine vielzahl", "eine menge", "jede menge",
        "eine unbekannte zahl", "eine unbestimmte zahl", "eine ungenannte zahl",
        "eine große anzahl", "eine hohe zahl", "eine hohe anzahl", "eine beträchtliche zahl",
    ],
    # The figure engine also reads two abbreviations the period table does not list.
    "months": [*(form for forms in MONTHS for form in forms), "febr.", "mär."],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        # not "vor": also "in front of", before a count ("vor 2000 Zuschauern")
        "ab", "nach",
    ],
    # (17cl) no count's noun after a year told as the sentence's adverb ("wurde 2021
    # hier", "endete 1996 nach"): a year beside another count (D69)
    # (17cl) a plural verb before such a year: the number may be its subject ("Getötet wurden
    # 2000 allein in Aleppo", "Es starben 2000 nach Angaben …"), no year (D69.3). No table
    # words: they vote for no language
    "year_plural": ["\\w*en", "sind"],
    "year_next": [
        "hier", "dort", "da", "lediglich", "nur", "noch", "bereits", "schon", "erst",
        "erstmals", "erneut", "wieder", "zudem", "außerdem", "jedoch", "aber", "auch", "dann",
        "damals", "allein", "nach", "die", "das", "dem", "den", "ein", "eine", "einen",
        "einem", "es", "er", "sie", "man", "wir",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "anno",
                 # (17ci) a period, month or level and "of" before a year ("auf dem Niveau von
                 # 2008", "im selben Monat des Jahres 2013"): a date (D7, D66.2)
                 "niveau von", "stand von", "monat des", "monats des", "zeitraum des", "niveau des",
                 "im", "seit", "jahr", "jahres", "anfang", "ende", "mitte", "während",
                 # (17cs) a quarter of a year before the year ("im ersten Quartal 2023"): a
                 # date (D7, D50)
                 "quartal", "quartals",
                 # "im Jahr 2001", "im Jahre 2001" (in the year; "im Jahr" is also a rate)
                 "im jahr", "im jahre",
                 # (17nj) a census with its year ("Zensus von 2011", "Zensus 2022", "und dem von
                 # 2022", the one of 2022) and a feast ("Weihnachten 2023") are dates (D7, D49)
                 "zensus", "zensus von", "volkszählung", "volkszählung von", "dem von",
                 "weihnachten", "ostern", "silvester",
                 # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
                 "ersten hälfte", "zweiten hälfte", "ersten hälfte des jahres",
                 "zweiten hälfte des jahres", "ersten halbjahr", "zweiten halbjahr",
                 "ersten jahreshälfte", "zweiten jahreshälfte",
                 # (17gwc) the seasons and the parts of a year ("im Sommer 2022", "zum
                 # Jahresende 2022")
                 "sommer", "herbst", "frühjahr", "frühling", "jahresende",
                 "jahresbeginn", "jahresanfang", "jahresmitte",
                 # (17no) a year named by a year-noun or a yearly tally ("im Berichtsjahr 2001",
                 # "ROG-Bilanz 2018", "Jahresbilanz 2018") is a date (D7, D54.1)
                 "berichtsjahr", "kalenderjahr", "geschäftsjahr", "haushaltsjahr", "bilanz",
                 "jahresbilanz", "jahresbericht", "statistik"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a prize
    # class ("Gewinnklasse 1"), a class, serogroup, type, stage, draw, episode or issue, an
    # age ("im Alter von 47")
    "not_count_pre": [
        # (22rd, D116) a capacity told before its number, as en "capacity of" (D96): no count
        # beside another number
        "kapazität von", "fassungsvermögen von",
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "hotline", "notruf", "notrufnummer", "rufnummer", "telefonnummer", "hausnummer",
        "haus nr", "minus",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "stärke", "magnitude", "der stärke",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "kapitel", "artikel", "paragraf", "paragraph", "bundesstraße", "autobahn", "kilometer",
        # (17ca) a week's number after its word ("KW 15", "semaine 40"): no count (D59.5)
        "kw", "kalenderwoche", "meldewoche",
        "gewinnklasse", "klasse", "serogruppe", "serotyp", "typ", "kategorie", "stufe",
        "ziehung", "folge", "ausgabe", "alter von", "level", "version", "modell",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("239 weniger als im Vergleichszeitraum", "zwei Personen mehr als im
    # Vorjahr"): no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:weniger|mehr)"
        r" (?:als|gegenüber|im vergleich)(?![^\W\d_])",
    ],
    "source_words": ["(?<!\\w)laut(?!\\w)", "(?<!\\w)nach angaben(?!\\w)",
                     "(?<!\\w)zufolge(?!\\w)"],
    "compared_pre": [
        "im vergleich zu", "im vergleich zum", "im vergleich zur", "im vergleich mit",
        "verglichen mit", "gegenüber", "gegenüber den",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "straße", "str.", "strasse", "allee", "platz", "weg",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "kwh", "mwh", "gwh", "kilovolt", "kilowatt", "megawatt", "gigawatt",
        "volt",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "stock", "obergeschoss", "etage", "stockwerk", "-stöckig", "-stöckige", "-stöckigen",
        "-stöckiges", "-stöckiger", "-stöckigem", "platz",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "-tonner", "-tonnen", "-tonnen-", "-kilo", "-kilo-", "-liter", "-liter-", "-meter",
        "-meter-", "-kilometer", "-kilometer-",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "millimeter", "liter pro quadratmeter",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "grad", "grad celsius",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "kw", "kalenderwoche", "meldewoche", "meter", "metern", "km", "kilometer",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "fuß", "fuss", "meilen", "meile",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "quadratmeter\\w*", "quadratkilometer\\w*", "quadratzentimeter\\w*", "kubikmeter\\w*",
        "kubikzentimeter\\w*", "kubikkilometer\\w*", "hektar", "qm", "qkm",
        "kilometern", "zentimeter",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "sitzer",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "von", "der", "aller",
    ],
    "time_units": [
        # (17cs) quarters of a year ("im 1. Quartal"): a period, no count (D40, D50)
        "quartal", "quartals", "quartalen", "quartale",
        "stunde\\w*", "tag", "tage", "tagen", "woche\\w*", "monat\\w*", "jahr", "jahre", "jahren",
        "minute\\w*", "sekunde\\w*", "-jährige\\w*",
        "jährige\\w*",  # "Mit dem 75-Jährigen": an age (the hyphen is cut off as a symbol)
        # "nach ihrer 60-stündigen Geiselhaft": an adjective of a duration (D7, D43.4)
        "stündig\\w*", "tägig\\w*", "wöchig\\w*", "monatig\\w*", "minütig\\w*",
        # (17nj) an adjective of a size ("in dem 20-seitigen Papier", "ein 5-stöckiges Haus"): a
        # measure of a thing, no count; dropped as a duration is (D32, D49)
        "seitig\\w*", "stöckig\\w*", "geschossig\\w*", "spurig\\w*", "teilig\\w*",
        # (17gwc) decades, centuries, nights, quarters, "Std."
        "jahrzehnt\\w*", "jahrhundert\\w*", "nacht", "nächte", "nächten", "quartal\\w*",
        "std.",
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
            "mama", "papa",
            "frau", "mann", "mädchen", "großmutter", "großvater", "sohn", "tochter",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "kind", "baby", "säugling", "jugendlicher", "erwachsener", "bruder", "schwester",
            "onkel", "tante", "cousin", "cousine", "neffe", "nichte", "enkel", "enkelin",
            "schwager", "schwägerin",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 Kinder und ihre Lehrerin"
            "lehrerin", "betreuerin", "begleiterin", "erzieherin", "pflegerin",
            "krankenschwester", "besitzerin",
            # (17dd, D85.1) "3 soldiers and their commander"
            "kommandeur", "kommandant",
            "pilot", "pilotin", "copilot", "fahrer", "fahrerin", "kapitän", "lokführer",
            "busfahrer", "ballonfahrer", "führer", "mutter", "vater", "ehefrau", "ehemann"],
        "and": ["und"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["ihre", "ihren", "ihrer", "seine", "seinen", "seiner"],
        "verbs": ["starben", "sterben", "wurden", "werden", "sind", "waren", "kamen", "überlebten",
            "ertranken", "flohen", "blieben", "verunglückten"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "nicht zwei, sondern zwölf", "zwölf statt zwei"; "nicht nur 2, sondern auch 3"
    "contrast": {
        # with the preposition of the value ("liegt nicht bei 19, sondern bei 9", "beläuft sich
        # nicht auf 40, sondern auf 60")
        "not": ["nicht", "statt", "anstatt", "anstelle von", "nicht bei", "nicht auf"],
        "but": ["sondern", "sondern bei", "sondern auf"],
        "also": ["auch", "ebenfalls", "zudem", "außerdem", "obendrein"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "anstieg", "anstiegs", "zunahme", "rückgang", "rückgangs", "abnahme", "zuwachs",
        "zuwachses", "steigerung", "erhöhung", "senkung", "verringerung", "stieg",
        "gestiegen", "steigt", "sank", "gesunken", "sinkt", "wuchs", "gewachsen", "fiel",
        "gefallen", "zugenommen", "abgenommen", "kletterte", "geklettert", "sprang",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("40 Kinder unter 14", "300 Senioren ab 80", "Menschen über 80"); alone it stays.
    # "unter / über / ab / bis N" limits an age only right after a noun of people and before no
    # scale, unit or duration
    "age_limits": [
        after(r"(?:unter|über|ab|bis) ", *PEOPLE)
        + r"(?:unter|über|ab|bis|bis zu) " + AGE + r"\b(?: jahren?| jahre)?(?! ?(?:"
        r"tausend|millionen?|mio\b|mrd\b|milliarden?|hundert|%|prozent|mal\b|-|tage?n?\b|wochen\b|"
        r"monate?n?\b|stunden\b|minuten\b|km|kilometer|meter|kg\b|tonnen\b|[.,]\d))",
        r"\b(?:älter|jünger) als " + AGE + r"(?: jahre)?(?!\w)(?! ?(?:tausend|millionen?|%))",
        r"\bim alter (?:von )?(?:unter|über|ab|bis zu|bis) " + AGE + r"(?: jahren)?\b",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["unter", "über", "ab ", "bis", "älter", "jünger", "alter"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["und"],
        "plus": ["plus"],
        "the": [
            "der", "die", "das", "den", "dem", "ihr", "ihre", "ihren", "ihrem", "sein", "seine",
            "seinen", "seinem",
        ],
        "whole": [r"von (?:der|dieser) (?:gesamtzahl|gesamtsumme|zahl)"],
        "how": ["schwer", "schwerst", "lebensgefährlich", "leicht", "tödlich"],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "\\w*raketen?", "\\w*drohnen?", "\\w*flugkörpern?", "\\w*bomben?", "\\w*granaten?",
            "\\w*geschosse?n?", "shaheds?",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(brach|zerbrach|brachen|zerbrachen|riss|zerriss) in zwei (?:teile|hälften|stücke)\b",
         r"\1"),
        (r"\bin zwei (?:teile|hälften|stücke) (?=(?:gebrochen|zerbrochen|gerissen|zerrissen)\b)",
         ""),
        # (17ct, D76.4, D66.1) "1.200 Verletzte, nach 950 im Vorjahr": "nach" before a count and its
        # earlier time compares, as "gegenüber"
        (
            r"\bnach (?=(?:rund |etwa |knapp |gut )?\d[\d.]*(?: [^\W\d_]+)? (?:im vorjahr|"
            r"im vorjahreszeitraum|vor einem jahr|im jahr (?:19|20)\d\d|(?:19|20)\d\d)\b)",
            "gegenüber ",
        ),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 Kilometer von … entfernt")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\b(?:(?:etwa|rund|fast|knapp|gut|über|mehr als|weniger als|ca\.|circa|nur|nur "
            r"noch|wenige) )?(?:\d[\d.,]*+(?: \d{3})*|[a-zäöüß]+) (?:km|kilometer|kilometern"
            r"|meter|metern|m|meilen|seemeilen)(?= (?:von|vom|vor|hinter|außerhalb|nördlich|"
            r"südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|lande"
            r"inwärts|entfernt)\b)",
            r"",
        ),
        (
            r"\bin (?:(?:etwa|rund|knapp|gut|ca\.) )?(?:\d[\d.,]*+(?: \d{3})*|[a-zäöüß]+) (?"
            r":km|kilometern|metern|m|meilen) entfernung\b",
            r"in entfernung",
        ),
        # (17cd) a number right after a month's name is no day in German (the day comes first, "21.
        # September"; after the name only a year, "September 2021"): "bis Ende September 21 Tote" is
        # a month and a count (D7, D59.6); only after "Anfang, Mitte, Ende" and before a word (an
        # English date read with the German table stays a date; "im Dezember 19" may be a year)
        (
            r"\b((?:anfang|mitte|ende) (?:januar|jänner|februar|märz|april|mai|juni|juli|"
            r"august|september|oktober|november|dezember)) (?=\d{1,2} [^\W\d_])",
            r"\1 des monats ",
        ),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\b(?:eine |einer |einen )?halbe[nr]? stunde\b", "30 minuten"),
        # (33ra, D224.1) "jede Minute zählt" (every minute counts) is a saying, no rate per minute
        (r"\bjede (?:minute|sekunde|stunde) zählt\b", " "),
        # (17cb) "Die anderen vier Toten" (the other four) is "N other", additional (rule 12,
        # D54.5, D60.1), as en "the other 201"
        (
            r"\b(?:die|den|der) anderen (?=\d|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
            r"zehn|elf|zwölf)\b)",
            "weitere ",
        ),
        # (17cb) "der Pilot und alle vier Passagiere starben": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )und alle (?=\d|(?:"
            r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)",
            "und weitere ",
        ),
        # (17tb) "8.000 mehr als noch 2015" (8,000 more than in 2015): the year of a comparison
        # after "als / wie noch" is a date, as "im Jahr 2015" (D7, D57.4)
        (r"\b(als|wie) noch (?=(?:19|20)\d\d\b(?![.,]\d))", r"\1 im jahr "),
        # (17nm) "sei um 49 auf mindestens 537 Menschen angewachsen" (rose by 49 to at least 537):
        # the new total is the figure, as "von A auf B" (D35, D52.6), no range of 49 to 537
        (
            r"\bum (?:rund |etwa |mehr als |über |fast |knapp |gut )?\d[\d.,]*"
            r"(?: (?:tausend|millionen|million|mio\.))? auf (?=\S)",
            "auf ",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 pro ",
        ),
        # (17nh) a number before "Uhr" is a clock time ("um 17.30 Uhr", "gegen 20:30 Uhr"), no
        # count (D28, D48.1)
        (r"\b(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)? ?uhr\b", " uhr"),
        # (19ms, D90) a year after a compound of "Jahr" ("im Hitzejahr 2015", "des Rekordjahres
        # 2018", "im Pandemiejahr 2020") is a date, as after "Jahr" itself; not "Vorjahr" ("im
        # Vorjahr 2015 Fälle" may count)
        (
            r"\b(im|des|dem|das|ein|einem) ((?!vor)[^\W\d_]{3,}jahr(?:es|s)?) ((?:19|20)\d\d)\b"
            r"(?![.,]?\d)",
            r"\1 \2 jahr \3",
        ),
        # (19ms, D90) a numeric date with a space before its year ("(22.3. 2016)", "am 22. 3.
        # 2016"): a date, as "22.3.2016" is (D7)
        (
            r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\. ?(?:0?[1-9]|1[0-2])\. (?:19|20)\d\d\b"
            r"(?![.,]?\d)",
            " ",
        ),
        # (19ms, D90) a day and month with their points after a date's article or preposition
        # ("zwischen dem 06.08. und dem 16.08.", "am 22.3."): a date without its year
        (
            r"\b(am|vom|bis zum|zum|dem|den|seit dem|ab dem) (?:0?[1-9]|[12]\d|3[01])\."
            r"(?:0?[1-9]|1[0-2])\.(?![\d-])",
            r"\1 ",
        ),
        # a height, depth or distance in metres ("aus einer Höhe von drei Metern") is no count; a
        # length alone stays as written ("auf einer Breite von etwa 3,5 Kilometern", round 4)
        # (D45.3)
        (
            r"\b(höhe|tiefe|entfernung) von (?:etwa |rund |fast |über )?(?:\d[\d.,]*|[a-zäöüß]+) "
            r"(?:metern|meter|m)\b",
            r"\1",
        ),
        # "unter den 7 Toten" (among the 7 dead): "unter" before an article and a number is
        # "among", no "under" (rule 3, D43.1: "Ein Mann (45) ist unter den 7 Toten")
        (r"\bunter (?=(?:den|diesen|allen) \d)", ""),
        # "785 Menschen mehr als erwartet" (785 more than expected): "mehr als" after the count
        # and its noun, before what it is compared with, is "N more" (rule 12, D38.4, D41), not
        # "more than" before a number
        (
            # (written from "mehr als", so that the rewrites' gate stays cheap: what it is
            # compared with is named, and "more than" before a number is never followed by it)
            r"\bmehr als (?=(?:erwartet|üblich|normal|gewöhnlich|sonst|zuvor|bisher|befürchtet|"
            r"gedacht|angenommen|geplant|gemeldet|damals|vorher|im vorjahr|im vergleich|"
            r"im gleichen zeitraum|im selben zeitraum|letztes jahr|vor einem jahr|"
            # (17nm) the year, or the same time of it, compared with ("120 Drogentote mehr als im
            # Jahr zuvor", "107 mehr als im Jahr 2015", "75 Opfer mehr als im
            # Vorjahreszeitraum"; D52.1)
            r"im jahre? (?:zuvor|davor|vorher|(?:19|20)\d\d)|im vorjahr\w*|in den vorjahren|"
            r"ein jahr zuvor|im vormonat|in der vorwoche)\b)",
            "mehr ",
        ),
        # (17nm) "237 mehr als 2022", "über 2.000 mehr als 2023" (N more than in that year): a
        # bare year after "mehr als", right after the count, that no word follows is the year
        # compared with; "mehr als 2022 Menschen" stays more than 2022 (rule 12, D52.1)
        (
            r"(?<=\d)( [^\W\d_]+)? mehr als (?=(?:19|20)\d\d\b(?![.,]\d)(?! *[^\W\d_\s]))",
            r"\1 mehr im jahr ",
        ),
        # (17nm) "im Monat Februar" (in the month of February) is a date, no rate "im Monat"
        # (D7, D52.4)
        (
            r"\bim monat (?=(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|"
            r"oktober|november|dezember)\b)",
            "im ",
        ),
        # (17nm) "im Jahr zuvor" (the year before) is a time, no rate "im Jahr" (D52.1)
        (r"\bim jahre? (?:zuvor|davor|vorher)\b", "im vorjahr"),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (
            r"\b,\s*(?=(?:wenn nicht gar|wenn nicht sogar|wenn nicht mehr|oder sogar|ja sogar|"
            r"vielleicht sogar)(?!\w))",
            " ",
        ),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (r"\b(?<=\d )(der|von) (?:insgesamt|gesamt) (?=\d)", r"\1 "),
        # the age of the oldest or youngest, its unit left out ("наймолодшому — 26 років,
        # найстаршому — 60", "the oldest was 60"), is no count (D7, D41)
        (
            r"\b((?:der|die|das|dem) (?:älteste|jüngste)\w*)(?:\s*[—–:]\s*| (?:war|ist|sei) )"
            r"\d+(?:[.,]\d+)*(?:\s*(?:jahre\w*))?(?![\w.,]*\s*(?:tausend|million))",
            r"\1",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(einige|manche|mehrere|viele)(?= (?:davon |von ihnen )?(?:schwer|schwerst|"
            r"lebensgefährlich|kritisch|ernsthaft)\w*\b)",
            r", darunter \1",
        ),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:eine|einer|zwei|drei|beide\w*) ((?:impf)?dos\w*)", r"\1\2"),
        # "au moins un enfant" (at least one child): after an at-least word the article is the
        # numeral one, as "at least one" (D8, D39); not before a magnitude ("au moins un millier")
        (
            r"\b(mindestens|wenigstens|zumindest) (?:ein|eine|einen|einem|einer)\b"
            r"(?! ?(?:\d|tausend|million|milliarde|hundert|dutzend|halb|drittel|viertel|paar|"
            r"bisschen|wenig)\w*)",
            r"\1 1",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\b(?:keiner|keine|keines|keinem|keinen) (?:der|von den|unter den|von) "
            r"(?=\d|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w*zig|"
            r"\w*hundert)\b)",
            "0 von ",
        ),
        # "one of the twelve" is a share, no count, as English "one of the 12" (rule 13, D38)
        (
            # (17nj) also "einer jener / dieser" and with a qualifier between ("einer jener über
            # 6.000 Soldaten", D49)
            r"\b(?:einer|eine|eines|einem|einen) (?:der|von den|unter den|von|jener|dieser) "
            r"(?=(?:(?:über|mehr als|rund|etwa|fast|knapp|gut|insgesamt) )?(?:\d|(?:zwei|drei|"
            r"vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w*zig|\w*hundert|"
            r"\w*tausend)\b))",
            "1 von ",
        ),
        # (17df, D87) "einer / keiner der beiden" is one or none of two, as "einer der zwei": a
        # share, no count ("beiden" alone is two)
        (r"\b(?:einer|eine|eines|einem|einen) (?:der|von den|unter den|von) beiden\b",
         "1 von zwei"),
        (r"\b(?:keiner|keine|keines|keinem|keinen) (?:der|von den|unter den|von) beiden\b",
         "0 von zwei"),
        # "645 deaths for 2023": a year after "for" that no noun follows is a date (D7, D38)
        (r"\bfür ((?:19|20)\d\d)\b(?![ \t]*[^\W\d_])(?![ \t]*\d)", r"in \1"),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:nr\.?|nummer) ?\d+(?:[.,]\d+)*\b", " "),
        # "eine Viertelmillion" (a quarter of a million) = 250,000 (rule 8, D38)
        (r"\b(?:eine[rn]? )?viertel ?(million|milliarde)\b", r"0,25 \1"),
        # the number of a road, line, flight or reactor ("Autobahn 2", "Linie 5", "Flug 370") is
        # a designation, no count (D32)
        (
            r"\b(autobahn|bundesstraße|bundesstrasse|landstraße|kreisstraße|linie|gleis|flug|"
            r"reaktor|reaktorblock|route) \d[\d.,]*",
            r"\1",
        ),
        # "auf der A 7", "B 23": a motorway or federal road written with a space (D32)
        (r"\b[ab] \d{1,3}\b(?![.,]\d)", " "),
        # (17nf) "erweitert um bis zu 1000 Stellen", "stieg um 100" (extended, rose by N): the
        # verb before "um" and its number is "rose by N" too, additional (rule 12, D46)
        # (17nj) also with the subject and its time between, in the clause ("wuchs die Bevölkerung
        # zwischen dem Zensus von 2011 und dem von 2022 um rund 2,5 Millionen", D49)
        (
            r"\b(erweitert|erweitern|erweiterte|ausgeweitet|erhöht|erhöhte|erhöhen|stieg|steigt|"
            r"gestiegen|wuchs|wächst|gewachsen|aufgestockt|gesteigert)((?: [^\s,.;:]+){0,12}?) um "
            r"(?=(?:bis zu |rund |etwa |mehr als |über |fast |knapp |gut )?\d[\d.,]*"
            r"(?![\d.,])(?: (?:tausend|millionen|million|mio\.))?(?! ?(?:prozent|%|uhr)))",
            r"\1\2 weitere ",
        ),
        # "bis 2028 rund 1300 Stellen" (by 2028): a year after "bis" before another number is a
        # date (D7, D46); "bis 2000 Stellen" alone stays up to 2000, "1000 bis 2000" a range
        (
            r"(?<!\d)(?<!\d )\bbis (?=(?:18|19|20)\d\d\b(?![.,]\d)(?! bis\b)"
            r"[^\d]*\d)",
            "bis zum jahr ",
        ),
        # "2023 waren es mindestens 3.155 Menschen" (in 2023 there were): a year opening the
        # phrase before "waren es / gab es" and a number is the time, no count (D7, D46)
        (
            # (17nm) also "2017 hat es 53.632 … gegeben" (D52.4)
            r"^((?:18|19|20)\d\d),? (?=(?:waren|sind|gab|starben|wurden|hat|hatte|gibt|haben) "
            r"(?:es|damit|nach|laut)\b"
            r"[^\d]*\d)",
            r"im jahr \1 ",
        ),
        # (17no) a year before a finite verb or an adverb and then the count, in one clause
        # ("2012 wurden 2824 Fälle gemeldet", "2018 fielen Wilderern fast 770 Tiere zum Opfer",
        # "dass 2015 weltweit 110", "waren es 2022 immer noch 116"): German puts the time first
        # or after the verb, a count has its noun after it; the time, no count (D7, D54.1). Not
        # across a comma, "und" or "oder" ("2000 wurden getötet, 300 verletzt"), nor before a
        # second year
        (
            # (17cd) also after "allein / bereits / schon / auch" ("Allein 2018 kamen … 11", D59.6)
            r"(^|[:,] |\b(?:dass|wurden|wurde|waren|war|sind|ist|es|hat|hatte|haben|gab|allein|"
            r"bereits|schon|auch) )"
            r"((?:19|20)\d\d) (?=(?:wurden|wurde|waren|war|sind|ist|gab|gibt|starben|sterben|"
            r"erkrankten|erkrankte|fielen|kamen|zählte|zählten|registrierte|registrierten|"
            r"verzeichnete|verzeichneten|meldete|meldeten|verunglückten|verunglückte|ertranken|"
            r"weltweit|bundesweit|deutschlandweit|europaweit|landesweit|allein|bereits|schon|"
            # (17tc) the subjunctive of reported speech ("2014 habe sie noch bei 39 gelegen")
            r"immer|erneut|erstmals|nur|habe|hätte|hätten|sei|seien|wären)\b"
            r"(?:(?!\bund\b|\boder\b)[^\d,;])*?"
            # (17tc) the count may be written in words ("2016 starben in Deutschland drei Babys",
            # D58.3)
            r"(?:(?!(?:19|20)\d\d\b)\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
            r"elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dutzende)\b))",
            r"\1im jahr \2 ",
        ),
        # (17tc) "ist in den drei Ländern auf 2097 gestiegen" (has risen to): the count of a change
        # told with its verb last is the new total, as "stieg auf" (a total word; D35, D58.1)
        (
            r"\bauf (?=(?:rund |etwa |über |mehr als |fast |knapp |gut |mindestens )?\d[\d.,]*"
            r"(?: (?:tausend|millionen|million|mio\.))?(?: [^\W\d_]+)? (?:gestiegen|angestiegen|"
            r"geklettert|gewachsen|angewachsen|gesunken|gefallen|zurückgegangen|erhöht|korrigiert)"
            r"\b)",
            "auf insgesamt ",
        ),
        # (17tc) the verb first and its subject between ("in den drei Ländern stieg die Zahl der
        # Toten auf 4.500"): the same (D35, D58.1)
        (
            r"\b((?:stieg|stiegen|steigt|kletterte|kletterten|klettert|wuchs|wuchsen|wächst|sank|"
            r"sanken|sinkt|erhöhte sich|erhöhten sich|erhöht sich)(?: (?!und\b|oder\b)"
            r"[^\W\d_][\w-]*){1,5}) auf (?=(?:rund |etwa |über |mehr als |fast |knapp |gut |"
            r"mindestens )?\d)",
            r"\1 auf insgesamt ",
        ),
        # "um 100 erhöht" (raised by 100): "rose by N" is additional (rule 12)
        (
            r"\bum (\d[\d.,]*(?: (?:tausend|millionen|million|mio\.))?) "
            r"(?!prozent\b)(?=(?:[^\W\d_]+ )?"
            r"(?:erhöht|gestiegen|angestiegen|gewachsen|zugenommen|aufgestockt|gesteigert|"
            # (17nf) extended by N (D46)
            r"erweitert|ausgeweitet)\b)",
            r"\1 mehr ",
        ),
        # a change "from A to B" gives the new total B (D35)
        (
            # the old count's year may follow it ("von 306 im Jahr 2014 auf 444", D39)
            # (17tc) also the old count in words ("von drei auf sieben", D58.2)
            r"\bvon (?:rund |etwa )?(?:\d[\d.,]*|(?:einem|einer|zwei|drei|vier|fünf|sechs|"
            r"sieben|acht|neun|zehn|elf|zwölf)\b)(?: (?:tausend|millionen|million|mio\.))?"
            # or another word of its time ("von 935 im Vorjahr auf 1.031", D41)
            # (17nj) also after its noun ("von 22 Toten 2019 auf 9", D49); (17tc) and a
            # participle ("von 122 gewilderten Nashörnern 2009 auf 946", D58.2)
            r"(?:(?: [^\W\d_]+){0,2}(?: (?:im jahr |im jahre )?(?:19|20)\d\d| im vorjahr|"
            r" im vergangenen jahr| letztes jahr| vor einem jahr| zuvor| vorher| gestern|"
            r" am vortag| anfangs| zunächst"
            # (17cc) a part of the year or a season before ("von 39 im ersten Halbjahr auf 46",
            # "von 23 in der Vorsaison auf 12", D61.1)
            r"| im (?:ersten|zweiten|dritten|vierten|vergangenen|letzten|gleichen|selben) "
            r"(?:halbjahr|quartal|monat|jahr|zeitraum)| im vorjahreszeitraum| im vormonat|"
            r" in der vorsaison| in der vorwoche| in der vergangenen saison)"
            # (30rg, D213) or its noun alone, the new total in digits after "auf" closing what
            # is told ("von 300 Toten auf 500"), as "von 300 auf 500 Tote" reads
            # (32rc, D222.3) B with its own qualifier and the noun told again, its case ending
            # aside ("von 844 Toten auf mindestens 1234 Tote"): B and its qualifier
            r"| ([^\W\d_]+?)n?(?= auf (?:(?:mindestens|mehr als|über|rund|etwa|fast|knapp|gut|"
            r"weniger als|wenigstens|nahezu) )?\d[\d.,]*(?: (?:tausend|millionen|million|mio\.))?"
            r"(?: \1n?)?(?:$|[,;.)])))? auf (?=\S)",
            "auf ",
        ),
        # (17cc) the new total first, the old count after it, "stieg auf B von A" ("die Zahl
        # stieg auf 46 von 39 im Vorjahr"): the old count dropped, the new total B (D35, D61.2).
        # Only after a verb of change ("auf 5 von 10 Stationen" is a share)
        (
            r"\b((?:stieg|stiegen|steigt|kletterte|kletterten|klettert|wuchs|wuchsen|wächst|sank|"
            r"sanken|sinkt|erhöhte sich|erhöhten sich|erhöht sich|fiel|fielen|ging(?: \w+)? zurück)"
            r"(?: (?!und\b|oder\b)[^\W\d_][\w-]*){0,5} auf (?:insgesamt )?(?:rund |etwa |über |"
            r"mehr als |fast |knapp |gut |mindestens )?\d[\d.,]*"
            # (17cc) "von" or "gegenüber" before the old count (D61.2)
            r"(?: (?:tausend|millionen|million|mio\.))?(?: [^\W\d_]+)?),? (?:von|gegenüber) "
            r"(?:rund |etwa )?"
            r"\d[\d.,]*(?: (?:tausend|millionen|million|mio\.))?"
            r"(?: (?:im jahr |im jahre )?(?:19|20)\d\d| im vorjahr| im vergangenen jahr| zuvor|"
            r" vorher| im vorjahreszeitraum| in der vorsaison)?(?![\d.,]*\d)",
            r"\1",
        ),
        # "52 Verletzte, vier von ihnen schwer": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) von (?:ihnen|denen)\b", r", darunter \1"),
        # (17cm, D67.5) ", von ihnen wurden 15 gerettet" (of them, 15 were rescued): "von ihnen"
        # right after a comma opens the part, as "darunter"; "Elf von ihnen …, vier …" (no comma
        # before) stays as it was
        (r",\s*von ihnen(?=\s)", ", darunter"),
        # "15 Tote, vier davon Kinder": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) davon\b", r", darunter \1"),
        (r"\b(?:eine |einer )?halbe(?:n)? (million|milliarde)\b", r"0.5 \1"),
        (r"\beinhalb (million|milliarden)\b", r"0.5 \1"),
        # (lexicon 17, session 6) "ein halbes Dutzend" = approx 6 (rule 2, D6)
        (r"\b(?:ein|einem|eines) halbe[ns]? dutzends?\b", "0.5 dutzend"),
        # (lexicon 17, session 6) "ein gutes Dutzend" (a good dozen) is more than a dozen, as
        # "gut" before a number (rule 3); "ein guter Freund" qualifies nothing
        (r"\bein(?:em|es)? gute[ns]? dutzends?\b", "gut ein dutzend"),
    ],
    "stop": [
        "der", "die", "das", "den", "dem", "soldaten", "soldat", "truppen", "nordkoreanische",
        "nordkoreanischen", "getötet", "verletzt", "tote", "verwundete", "verluste", "mann",
        "menschen", "ersten", "insgesamt", "bereits", "rund", "etwa", "bis", "zu", "über", "mehr",
        "als", "mindestens", "und", "oder", "von", "mit", "im", "nach", "nur", "noch", "arbeiter",
        "granaten", "raketen", "schätzungsweise", "sollen", "sind", "wurden",
        # (17nm) the words the rewrite of "2017 hat es … gegeben" reads are the table's too, so
        # that the phrase keeps it (D40.1, D52.4); not "hat", which is Hungarian six
        "hatte", "gibt", "gegeben", "waren", "gab",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["winter\\w*"],
        "spring": ["frühling\\w*", "frühjahr\\w*"],
        "summer": ["sommer\\w*"],
        "autumn": ["herbst\\w*"],
    },
    "words": {
        "rel:last": ["letzte\\w*", "vergangene\\w*", "vorige\\w*", "vorherige\\w*"],
        "rel:this": ["diese\\w*", "laufende\\w*", "aktuelle\\w*", "im laufe", "im verlauf"],
        "rel:next": ["nächste\\w*", "kommende\\w*", "naechste\\w*"],
        "rel:this unit:year": ["heuer", "heurig\\w*"],
        "rel:last unit:year": ["vorjahr\\w*"],
        "unit:day": ["tag", "tages", "tags"],
        "units:day": ["tage", "tagen"],
        "unit:week": ["woche"],
        "weekend": ["wochenende"],
        "units:week": ["wochen"],
        "unit:month": ["monat", "monats"],
        "units:month": ["monate", "monaten"],
        "unit:year": ["jahr", "jahres", "jahrs"],
        "units:year": ["jahre", "jahren"],
        "unit:hour": ["stunde", "stunden"],
        "quarterw": ["quartal\\w*"],
        "halfw": ["hälfte", "halbjahr\\w*", "jahreshälfte"],
        "part:begin": ["anfang", "beginn", "anfangs"],
        "part:early": ["früh", "frühen"],
        "part:mid": ["mitte"],
        "part:late": ["spät", "späten"],
        "part:end": ["ende", "ausgang", "endes"],
        "day:0": ["heute"],
        "day:-1": ["gestern", "letzte nacht", "vergangene nacht"],
        "part:begin unit:week": ["wochenbeginn", "wochenanfang"],
        "part:begin unit:month": ["monatsbeginn", "monatsanfang"],
        "part:end unit:month": ["monatsende"],
        "part:begin unit:year": ["jahresbeginn", "jahresanfang"],
        "part:end unit:year": ["jahresende"],
        "day:-2": ["vorgestern"],
        "day:1": ["morgen"],
        "now": [
            "bisher", "bislang", "derzeit", "zurzeit", "aktuell", "momentan", "bereits", "schon",
            "mittlerweile", "inzwischen", "jetzt", "nun", "gegenwärtig", "bis jetzt", "bis heute",
            "bis dato", "nach aktuellem stand", "zuletzt",
        ],
        "before": ["kürzlich", "vor kurzem", "zuvor", "früher", "neulich", "jüngst", "unlängst"],
        "future": ["bald", "demnächst", "künftig", "in kürze"],
        "within": ["innerhalb"],
        "since": ["seit", "seitdem", "ab", "nach"],
        "from": ["von", "vom"],
        "until": ["stand"],
        "until deadline": ["bis", "bis zum", "bis zur", "spätestens"],
        "between": ["zwischen"],
        "and": ["und"],
        "ago": ["vor"],
        "n:1": ["ein", "eine", "einer", "einem", "einen", "eins"],
        "n:2": ["zwei"],
        "n:3": ["drei"],
        "n:4": ["vier"],
        "n:5": ["fünf"],
        "n:6": ["sechs"],
        "n:7": ["sieben"],
        "n:8": ["acht"],
        "n:9": ["neun"],
        "n:10": ["zehn"],
        "n:12": ["zwölf"],
        "n:24": ["vierundzwanzig"],
        "few": ["wenige\\w*", "einige\\w*", "mehrere\\w*", "paar", "ein paar"],
        "ord:1": ["erste\\w*"],
        "ord:2": ["zweite\\w*"],
        "ord:3": ["dritte\\w*"],
        "ord:4": ["vierte\\w*"],
    },
}

# (16db) the outlet relaying a statement, told as an aside inside the sentence saying whose the
# figures before are ("Das hat, wie Glavcom berichtet, der Vizechef … gesagt")
_RELAYED_ASIDE = ("(?:, (?:wie (?:[^,.]{1,40} )?(?:berichtet\\w*|meldet\\w*|meldete\\w*|schreibt|"
                  "schrieb|schreiben|mitteilte|zitiert\\w*)|laut [^,.]{1,40}),)?")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["raketen?\\w*", "granaten?\\w*", "geschoss\\w*", "haubitze\\w*", "drohnen?\\w*",
                "artillerie\\w*", "waffen?\\w*", "munition\\w*",
        "geschütz\\w*",  # (16px)
        "kanone\\w*",  # (16px)
    ],
    # "hundreds, if not thousands": the number after them is the figure's upper guess, no
    # other figure
    "upper_alternative": ["wenn nicht(?: gar| sogar)?", "oder gar", "oder sogar",
                          "vielleicht sogar", "vielleicht", "möglicherweise"],
    # a body named under the one it belongs to ("the DIA under South Korea's defence
    # ministry"): the second is no other source
    # ein Ort, keine Quelle ("die in Kiew ansässige", "das Kiewer")
    "place_after": ["ansässige\\w*", "-basierte\\w*"],
    "subordinate": ["unter", "unterstellt", "beim"],
    # (19nm) Medien nach Grammatik (articles/outlets.py): "die britische Zeitung The Times",
    # "das US-Medium NK News", "wie das “Wall Street Journal“ berichtet"
    "outlet_grammar": {
        "before": ["(?:\\w+-)?(?:tages|wochen|boulevard|online|)zeitung", "(?:\\w+-)?medium",
                   "(?:nachrichten|fernseh|tv-|radio)?sender", "(?:boulevard)?blatt(?:es)?",
                   "(?:nachrichten)?magazin(?:s|es)?", "(?:nachrichten|online)?portal(?:s)?",
                   "nachrichtenseite", "nachrichtenagentur"],
        "adjectives": [],
        "verbs": ["berichtet", "berichtete", "schreibt", "schrieb", "meldet", "meldete"],
        "verbs_after": [],
            "skip": ["staatlich\\w*", "staats\\w*", "offiziell\\w*", "propaganda\\w*"],
    },
    # Namen aus Land und Behörde (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            # (genitive names: "Geheimdienst Kiews"; the plain name after "in"/"aus")
            "UA": {"adj": ["ukrainische\\w*"],
                   "name": ["(?:der|die) ukraine", "kiews", "kyjiws", "kiew", "kyjiw"]},
            "KR": {"adj": ["südkoreanische\\w*", "süd-koreanische\\w*"],
                   "name": ["südkoreas", "seouls", "seoul", "südkorea"]},
            "US": {"adj": ["us-amerikanische\\w*", "amerikanische\\w*", "us-"],
                   "name": ["(?:der|die) usa", "(?:der|die) vereinigten staaten", "washingtons",
                            "washington"]},
            "GB": {"adj": ["britische\\w*", "uk-"],
                   "name": ["großbritanniens", "londons", "london", "großbritannien"]},
            "KP": {"adj": ["nordkoreanische\\w*"],
                   "name": ["nordkoreas", "pjöngjangs", "nordkorea", "pjöngjang"]},
            "RU": {"adj": ["russische\\w*"],
                   "name": ["russlands", "russland", "(?:der|des|dem) kreml\\w*"]},
            "WEST": {"adj": ["westliche\\w*"], "name": []},
        },
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["präsident(?:en)?", "staatschef(?:s)?", "staatsoberhaupt(?:es|s)?"],
            # (16db) a country's media reporting
            # ("berichteten ukrainische Medien", "laut südkoreanischen Medienberichten"): the
            # news media's own reporting; North Korea's its state's (lang.BODIES)
            "media": ["medien", "medienberichte\\w*", "presse"],
            # what a side has published ("nach ukrainischen Angaben"): its government
            "statement": ["angaben", "schätzungen", "erkenntnisse\\w*", "einschätzung\\w*",
                          "aussagen", "erklärungen"],
            "state_media": ["staatsmedien", "staatliche\\w* medien", "offizielle\\w* medien",
                            "medien", "staatliche\\w* nachrichtenagentur", "staatsagentur",
                            "nachrichtenagentur", "staatsfernsehen\\w*",
                            "staatliche\\w* fernsehen\\w*", "propaganda\\w*"],
            "security": ["sicherheitsdienst\\w*", "inlandsgeheimdienst\\w*"],
            "government": ["behörden", "beamte\\w*", "regierung\\w*", "regierungsvertreter\\w*",
                           "kongress\\w*", "diplomat\\w*",
                           "regierungskreise\\w*", "offizielle\\w*", "stellen",
                           # (16ck) the source nouns of a side: "südkoreanischen Quellen
                           # zufolge", "aus ukrainischen Kreisen", "ein ukrainischer Sprecher"
                           "quellen?", "kreise[n]?", "sprecher\\w*", "führung"],
            "intelligence": ["geheimdienst\\w*", "nachrichtendienst\\w*", "geheimdienstkreise\\w*",
                             "geheimdienstinformationen", "geheimdienstangaben", "aufklärung"],
            "military_intelligence": [
                "militärgeheimdienst\\w*", "militärische\\w* geheimdienst\\w*",
                "militärnachrichtendienst\\w*", "militäraufklärung"],
            "defence": ["verteidigungsministerium\\w*", "verteidigungsministers?"],
            "military": ["militär\\b", "militärs", "militärkreise[n]?", "militärquellen?",
                         "streitkräfte\\w*", "armee", "general\\b",
                         "generäle", "generals", "kommandeur\\w*",
                         # (22ar) its officials ("nach Angaben mehrerer Militärvertreter in
                         # Südkorea", "ein südkoreanischer Militärsprecher")
                         "militärvertreter\\w*", "militärsprecher\\w*", "militärbeamte\\w*"],
        },
        "templates": ["{adj}\\s?{body}", "{body} (?:in |aus )?{name}"],
    },
    "metrics": {
        "killed_or_wounded": [
            # (16ef) dead or out of action: casualties ("tot oder kampfunfähig")
            "(?:tot|getötet|gefallen) oder (?:kampfunfähig\\w*|außer gefecht gesetzt)",
            # a side that "lost" soldiers lost them killed or wounded, as "Verluste" says
            "verloren", "verlor", "verliert", "eingebüßt",
            "getötet oder verwundet", "getötet oder verletzt", "getötet und verwundet",
            "getötet und verletzt", "tot oder verletzt", "tote oder verletzte",
            "tote und verletzte",
            "gefallen oder verwundet", "verluste\\w*",
            # (33ar) the two participles with their auxiliaries ("6000 dieser Soldaten gefallen
            # sind oder verwundet wurden"), as ru "погибли или были ранены", fr "morts ou ont
            # été blessés" read
            "(?:getötet|gefallen|gestorben|ums leben gekommen)(?: (?:sind|seien|wären|wurden|"
            "worden|waren|sein)){1,2} oder (?:(?:wurden|sind|seien) )?(?:verwundet|verletzt)",
            "(?:verwundet|verletzt)(?: (?:sind|seien|wurden|worden|waren)){1,2} oder "
            "(?:(?:wurden|sind|seien) )?(?:getötet|gefallen|gestorben)",
            # compounds of the people lost ("4.000 Kriegsverluste"), not of land or materiel
            "(?:kriegs|gesamt|personal|menschen|kampf)verlust\\w*",
            "opfer\\w*", "opferzahl", "kampfopfer",
            "verwundet oder getötet", "verletzt oder getötet", "ums leben gekommen oder verletzt",
            # a list of the lost ("zerstört, verletzt oder vermisst", "tot, verwundet oder
            # vermisst": 16m)
            "(?:getötet|zerstört|tot|gefallen)(?:,| oder| und) (?:verletzt|verwundet)",
            # (31ar) a verb of death and one of wounds joined by "oder", the auxiliaries
            # between ("sind gestorben oder wurden verwundet")
            "(?:getötet|gestorben|gefallen|tot|ums leben gekommen) oder (?:(?!\\d)\\w+ ){0,2}"
            "(?:verwundet|verletzt)",
        ],
        "killed": [
            "getötet\\w*", "tot", "tote\\w*", "gefallen\\w*", "ums leben", "gestorben",
            "starben", "todesopfer", "(?:ihr|sein|das) leben (?:verloren|gelassen)",
            "getötet worden", "umgekommen", "sterben",
            # (16gh) losses counted as dead ("2000 Soldaten an Toten verloren"), not "an Toten
            # und Verwundeten"
            "an toten verlor\\w*",
            # the deaths as a noun, verbs in the present of headlines ("tötet 21 Nordkoreaner")
            "todesfäll\\w*", "todesfall", "tötet\\w*", "töten",
            # (16in) the death of a number acknowledged ("den Tod von mehr als hundert Soldaten")
            "(?:den |der )?tod von",
        ],
        "wounded": ["verwundet\\w*", "verletzt\\w*", "verwundungen", "verletzungen"],
        "captured": [
            "gefangen genommen", "gefangene\\w*", "kriegsgefangen\\w*", "gefangennahme",
            "festgenommen", "gefasst", "in gefangenschaft",
            # the verb in every tense (16k)
            "nahm\\w* [^.\\d]{0,40}gefangen", "nehmen [^.\\d]{0,40}gefangen", "gefangen",
        ],
        "died_in_captivity": [
            # (16r) a death in captivity told without a number (N)
            "in (?:\\w+ )?gefangenschaft geraten\\w*[^.\\d]{0,60} (?:verstorben|gestorben)",
            # captured …, then died (no number between)
            "gefangen genommen[^.\\d]{0,60} gestorben",
            "in gefangenschaft gestorben", "in gefangenschaft verstorben",
            "seinen verletzungen erlegen", "nach der gefangennahme gestorben",
            # (18) "starb einen Tag nach seiner Gefangennahme" (a Gefangennahme is of people)
            "(?:starb|starben|verstarb\\w*|gestorben)[^.\\d]{0,40} nach (?:seiner|ihrer|der) "
            "gefangennahme",
            # (16ab) the captive named by the participle, then his death ("Der gefangene
            # nordkoreanische Soldat ist verstorben")
            "gefangen(?:e|en|er)? (?:(?!sagte|sagten|berichtete)[^.\\d,]){0,60}"
            "(?:ist|sind) (?:\\w+ )?(?:gestorben|verstorben)",
            # (30ar) the capture told before the death, as a participle ends the German clause
            # ("Der nordkoreanische Kriegsgefangene sei einen Tag nach seiner Gefangennahme an
            # seinen Verletzungen gestorben")
            "nach (?:seiner|ihrer|der) gefangennahme [^.\\d,]{0,60}?(?:gestorben|verstorben|"
            "erlegen)",
        ],
        "deployed": [
            "geschickt", "entsandt\\w*", "stationiert\\w*", "verlegt", "eingesetzt\\w*",
            "entsendet", "schickte\\w*",
            # (30ar) the infinitive of "einsetzen" ("bis zu sechstausend Spezialisten
            # einzusetzen"), as its participle "eingesetzt"
            "einzusetzen", "einsetzen", "kämpf\\w*", "einsatz", "im einsatz", "schicken",
            "entsenden",
            # arrived, present ("12.000 Menschen kamen", "befinden sich … an der Grenze", "sich
            # in der Region Kursk aufhielten") (16w)
            "kamen", "gekommen", "eingetroffen", "befinden sich", "befindet sich",
            "befanden sich", "aufhielten", "aufhalten", "hält sich", "halten sich",
            # (31ar) the noun of arrival ("die Ankunft von 10.000 bis 12.000 Soldaten")
            "ankunft",
        ],
        "treated_in_north_korea": ["behandelt", "behandlung", "rehabilitation", "sanatori\\w*",
                                   "kur", "erholung"],
        "hosted_children": ["ferienlager", "kinderlager", "lager", "aufgenommen",
                            "beherberg\\w*",
                            # (16pq) a holiday there ("Kinder … machen Urlaub in Nordkorea",
                            # "verbrachten den Sommer"), as en "vacationing"
                            "urlaub\\w*", "(?:sommer)?ferien(?!lager)", "verbrachten", "verbracht"],
        "workers_sent": [
            # (16r) workers told by their work, with no worker noun (M2)
            "(?:geschickt|geschickten|entsandt|geschickt worden),? um [^.\\d]{0,60}zu arbeiten",
            "arbeiter\\w*", "bauarbeiter\\w*", "arbeitskräfte",
            "zur arbeit", "zum arbeiten", "fachkräfte\\w*", "arbeitnehmer\\w*",
            # North Koreans working there ("in dem angeblich 20.000 Nordkoreaner arbeiten") (16w)
            "arbeiten", "arbeiteten",
            # (30ar) employed there ("Tausende nordkoreanische Staatsbürger …, die in
            # Verteidigungsbetrieben, im Bausektor … tätig sind")
            "tätig (?:sind|waren|seien|sein|werden)", "beschäftigt (?:sind|waren|seien)"],
        "materiel_sent": [
            # (16r) materiel noun variants (V)
            "artilleriegranaten",
            "artilleriegeschosse",
            "artilleriemunition",
            "granaten", "geschosse", "raketen", "container\\w*", "munition",
            # ship containers as one word (16p: "6700 Schiffscontainer")
            "schiffscontainer\\w*",
                          "haubitzen", "artillerie\\w*",
            # (16mw) guns and launchers as compounds ("Selbstfahrlafetten", "Koksan-Geschütze",
            # "Mehrfachraketenwerfer", "Feldhaubitzen"; not "geschützt"), rockets, grenades
            # and containers of a kind ("Kurzstreckenraketen", not "Pukguksong-2-
            # Ballistikraketen-Abschussvorrichtungen"; "Mörsergranaten",
            # "Munitionscontainer"), mortars, small arms, armoured vehicles and air defence;
            # "Panzer…" and drones stay counts of no figure (``not_figure_after``)
            "\\w*selbstfahrlafette\\w*", "\\w*geschütz(?:e|en|systeme?n?)", "koksan\\w*",
            "\\w*raketenwerfer\\w*", "\\w+haubitzen", "(?:kurz|mittel|lang)strecken\\w*raketen",
            "(?:flugabwehr|panzerabwehr|lenk|marsch)raketen", "\\w+granaten",
            "\\w+container\\w*", "mörser\\w*", "\\w*gewehre[n]?", "(?:klein|handfeuer)waffen",
            "\\w+panzer[n]?", "gepanzerte\\w* (?:\\w+)?fahrzeuge\\w*",
            "(?:flug|luft)abwehr(?:systeme|raketen|geschütze)[n]?"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["soldat\\w*", "truppen?", "kämpfer\\w*", "militärangehörige\\w*"],
    "troops": ["soldat\\w*", "truppen", "militärs", "kämpfer\\w*", "mann", "streitkräfte",
               "militärangehörige\\w*", "einheiten", "pioniere", "soldaten", "minenräumer\\w*",
               "minen-entschärfer\\w*", "bausoldaten",
               # members of the army (16w)
               "angehörige\\w* der (?:\\w+ )?armee",
               # members of a military body ("neun Mitglieder des Regiments"; 34ar: its compound,
               # "1500 Mitglieder nordkoreanischer Spezialeinheiten")
               "(?:angehörige|mitglieder)\\w* (?:de[rsn] |eine[rsn] )?(?:\\w+ ){0,2}"
               "\\w*(?:regiment\\w*|"
               "einheit\\w*|brigade\\w*|bataillon\\w*|korps|kontingent\\w*|kräfte|truppe\\w*)"],
    # (16cd) not a compound naming the camp ("Kinderferienlager", "Kinderlager"); schoolchildren
    "children": ["kinder(?!\\w*lager)\\w*", "waisen\\w*", "mädchen", "jugendliche\\w*",
                 "schüler\\w*", "schulkinder\\w*",
                 "minderjährige\\w*"],  # (16kl) minors are children, as en "minors"
    "russian_wounded": ["verwundete\\w* russische\\w*", "russische\\w* verwundete\\w*",
                        "verwundete\\w* soldaten"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["(?:verwundete|verletzte)\\w* nordkoreanische\\w*",
                    "nordkoreanische\\w* (?:verwundete|verletzte)\\w*"],
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": [
        # (16gh) an agreement to send ("vereinbarte … die Entsendung von 6000")
        "(?:vereinbart\\w*|einigt\\w* sich) (?:[^.;]|\\d\\.){0,60}?(?:die )?entsendung von",
        "plant\\w*", "geplant\\w*", "beabsichtigt\\w*", "vorbereit\\w*",
                "(?:wird|werden|will|wollen|soll|sollen|könnte|könnten) (?:\\w+ ){0,3}"
                "(?:schicken|entsenden|verlegen|senden|geschickt|entsandt|verlegt)",
                "zugesagt", "sagte\\w* [^.]{0,30}zu", "in kürze", "demnächst", "künftig\\w*",
        "(?:wird|werden|soll|sollen) (?:[^\\s.,;]+ ){0,6}(?:eintreffen|ankommen)",  # (16px)
        # (16pr) the same with the verb last, as a subordinate clause writes it ("dass
        # Nordkorea noch mehr Soldaten … schicken will", "… entsenden könnte")
        "(?:schicken|entsenden|verlegen|senden) (?:will|wollen|soll|sollen|wird|werden)",
        # (16pr) a sending told as possible ("wird Nordkorea möglicherweise bereits im Juli
        # weitere Truppen nach Russland entsenden")
        "möglicherweise (?:[^\\s.,;]+ ){0,10}?(?:schicken|entsenden|verlegen|senden)",
    ],
    "additional": ["weitere\\w*", "zusätzlich\\w*", "erneut", "nochmals", "neue\\w*",
                   # (16pr) "mehr Soldaten" (not "mehr als"), reinforcements, a later group by
                   # its order or its turn ("ein zweites Kontingent", "Rotation")
                   "mehr(?= (?:soldaten|truppen|kämpfer|militärs)\\b)", "verstärkung\\w*",
                   "zweite\\w* (?:welle|kontingent|entsendung)\\w*", "dritte\\w* welle",
                   "rotation"],
    "north_korea": [
        # "der Norden" as the one that sends
        "der norden(?= (?:hat|habe|hatte|schickte|lieferte|entsandte) )",
        # (16r) North Korea spellings (S1)
        "pyongyang",
        "pjongjang",
        "kim jong-un['’]?s",
        "nordkorea\\w*", "pjöngjang", "kim jong un", "kim jong-un",
        # (23at) the official name and its initials ("Soldaten der Demokratischen
        # Volksrepublik Korea", "der DVRK")
        "demokratische\\w* volksrepublik korea", "dvrk", "kdvr"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("14 Menschen in
        # Kiew", "den Tod von 14
        # ukrainischen Zivilisten")
        "(?:menschen|personen|einwohner\\w*|zivilisten) in (?:kiew|charkiw|odessa|dnipro|"
        "saporischschja|lwiw|der ukraine)",
        "ukrainische\\w* zivilisten",
        # mixed units are not ours
        "nordkoreanische\\w* und russische\\w*", "russische\\w* und nordkoreanische\\w*",
        "russen", "russische\\w* soldaten", "russische\\w* truppen", "ukrainer",
                   "ukrainische\\w* soldaten", "ukrainische\\w* truppen", "zivilisten",
        "russische\\w* armee", "russische\\w* streitkräfte",
        # (16ab) another country's soldiers, as ru/uk 16ru ("neun amerikanische Soldaten")
        "(?:amerikanisch|us-amerikanisch|britisch|japanisch|südkoreanisch)\\w* "
        "(?:soldat|matros|seeleute|militärangehörig)\\w*",
        # die Opfer eines Angriffs auf die Ukraine ("14 Tote bei Luftangriff auf Kiew")
        "(?:luft|raketen|drohnen)?angriff\\w* auf (?:kiew|die ukraine)",
        "russische\\w* (?:luft|raketen|drohnen)?angriff\\w*",
        "tschetschen\\w*",  # (16px)
        "israelis",  # (16px)
        "israelisch\\w*",  # (16px)
        "palästinenser\\w*",  # (16px)
        "achmat",  # (16px)
    ],
    "attribution_next": [  # ein Satz, der sagt, von wem die Zahlen davor stammen
        # (16cd) "Zu diesem Schluss kommt das ISW"
        "zu (?:diesem|dem|jenem) (?:schluss|ergebnis) (?:kommt|kommen|kam|kamen)",
        "(?:das|dies) (?:\\w+ )?(?:schätzt|schätzte|sagte|sagt|teilte|teilt|berichtet\\w*|"
        "erklärte|meldete|meldet|gab|gibt|geht aus|geht hervor|stammt|stammen|kündigte)",
        "so (?:der|die|das)", "wie (?:der|die|das) \\w+ (?:berichtet\\w*|mitteilte|meldete)",
        "diese zahl\\w*", "diese angabe\\w*", "diese schätzung\\w*",
        "(?:das|dies) (?:\\w+ )?(?:bestätigte\\w*|schrieb\\w*|ergab\\w*|"
        "bezifferte\\w*|veröffentlichte\\w*|verkündete\\w*|zitiert\\w*)",  # (16sw)
        "quelle:",  # (16sw)
        "davon (?:geht|gehen|ging|gingen)",  # (16sw)
        "(?:das|dies) (?:hat|haben|hatte|hatten)" + _RELAYED_ASIDE
        + " [^.]{0,80}?(?:mitgeteilt|gesagt|"
        "erklärt|berichtet|gemeldet|bestätigt|angegeben|bekanntgegeben|bekannt "
        "gegeben|geschrieben|veröffentlicht)",  # (16sw)
    ],
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "entdeckten?",
        # (16cd) sharing information is saying it ("Der NIS teilte zudem Informationen, wonach …")
        "(?:teilte|teilten) (?:\\w+ )?(?:informationen|erkenntnisse|daten|einzelheiten)",
        "kündigte\\w* an", "angekündigt",
        # (16u) a separable verb split around its subject ("teilte der Sekretär … mit.", "gab das
        # Ministerium … bekannt."): the verb, when its particle ends the clause
        "(?:teilte|teilt|teilten)(?=[^.!?;]{1,100}? mit[.,;:!?])",
        "(?:gab|gibt|gaben)(?=[^.!?;]{1,100}? (?:an|bekannt)[.,;:!?])",
        "(?:kündigte|kündigt|kündigten)(?=[^.!?;]{1,100}? an[.,;:!?])",
        "(?:räumte|räumt|räumten)(?=[^.!?;]{1,100}? ein[.,;:!?])",
        # (16g) an estimate's verb split the same way ("Südkoreas Geheimdienst geht davon aus, dass
        # …") and joined ("davon ausgehen")
        "(?:geht|gehen|ging|gingen)(?= davon aus\\b)", "davon ausg\\w+",
        "laut", "nach angaben", "zufolge", "sagte\\w*", "sagt", "teilte\\w* mit", "erklärte\\w*",
        "demnach", "ausgegangen",
        "berichtet\\w*", "meldete\\w*", "unter berufung", "schätzt", "schätzen", "schätzte\\w*",
        "schätzung\\w*", "gesagt", "hieß es", "seien", "sei", "habe", "hätten",
        "heißt es", "angaben", "bestätigt\\w*",
        # the rest of the speech verbs, every tense outlets write (16k)
        "erklärt", "sagen", "meldet", "berichten", "betont\\w*", "beziffert\\w*",
        "schrieb\\w*", "schreibt", "räumte\\w* ein", "gab\\w* an", "gibt an", "mitgeteilt",
        "teilt\\w* mit", "geht\\w* davon aus", "gehen davon aus", "vermutet\\w*", "nannte\\w*",
        "sprach\\w* von", "spricht von", "zitiert\\w*", "warnte\\w*", "äußerte\\w*",
        "erläuterte\\w*", "ergänzte\\w*", "fügte\\w* hinzu", "informierte\\w*",
        "behauptet\\w*", "warf\\w* [^.]{0,40}vor", "wirft [^.]{0,40}vor", "beschuldigt\\w*",
        # a statement's noun with its author ("nach Erkenntnissen aus Kiew", "von Kiew
        # veröffentlichte Bilder")
        "nach (?:angaben|informationen|schätzungen|erkenntnissen) (?:aus|von|des|der)",
        # (34ar) a side's adjective and a compound of the statement's noun ("Nach ukrainischen
        # Geheimdienstinformationen sind schon jetzt mehrere Tausend …", "nach US-Angaben")
        "nach (?:[^\\W\\d_]+(?:en|er) |[^\\W\\d_]+-)[^\\W\\d_]*(?:angaben|informationen|"
        "erkenntnissen)(?!\\w)",
        "veröffentlicht\\w* von", "geht aus [^.]{0,60} hervor",
        "(?<=[,\"“”»])\\s*so",  # "…“, so Skibitskyj"
        "mitteilte\\w*",  # (16sw)
        "bekanntgab\\w*",  # (16sw)
        "bekanntgegeben",  # (16sw)
        "bekannt gegeben",  # (16sw)
        "angegeben",  # (16sw)
        "angab",  # (16sw)
        "einräumte\\w*",  # (16sw)
        "hinzufügte\\w*",  # (16sw)
        "verlautete\\w*",  # (16sw)
        "verlautet",  # (16sw)
        "verkündete\\w*",  # (16sw)
        "vermeldete\\w*",  # (16sw)
        "präzisierte\\w*",  # (16sw)
        "unterstrich\\w*",  # (16sw)
        "meinte\\w*",  # (16sw)
        "meint",  # (16sw)
        "erklären",  # (16sw)
        "berief\\w* sich auf",  # (16sw)
        "beruft sich auf",  # (16sw)
        "berufen sich auf",  # (16sw)
        "nach eigenen angaben",  # (16sw)
        "nach (?:darstellung|einschätzung|ansicht|auffassung|zählung|berechnungen) "
        "(?:aus|von|des|der|dem|den)",  # (16sw)
        "hervorgeh\\w*",  # (16sw)
        "hervorging\\w*",  # (16sw)
        "veröffentlichte\\w*",  # (16sw)
        "schilderte\\w*",  # (16sw)
        "ergänzt",  # (16sw)
        "zugegeben",  # (16sw)
    ],
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) Angaben, die ein Sprecher von einer Quelle weitergibt: die Quelle gleich danach
    # ("before") oder davor ("after") ist ihr Ursprung (articles/relayed.py)
    "relayed_from": {
        "before": [
            "(?:angaben|informationen|daten|erkenntnisse)(?:,)? (?:die|welche)"
            " (?:ihm|ihr|ihnen|er|sie) (?:von|vom|von der|seitens)",
            "(?:übermittelt|erhalten|bereitgestellt|zur verfügung gestellt)\\w*"
            " (?:angaben|informationen|daten) (?:von|vom|von der|des|der|seitens)",
            "(?:angaben|informationen|daten|erkenntnisse),?"
            " (?:übermittelt|bereitgestellt|erhalten)\\w* (?:von|vom|von der|durch)",
            "stützt\\w* sich auf (?:angaben|informationen|daten|erkenntnisse)"
            " (?:von|vom|von der|des|der)"],
        "after": ["\\s*(?:übermittelt|zur verfügung gestellt|weitergegeben|geliefert)\\w*"],
    },
    "others": [
        "und (?:mehrere\\w* |einige\\w* )?andere\\w* (?:westliche\\w* |verbündete\\w* )?"
        "(?:länder\\w*|staaten|regierungen)",
        "und (?:seine\\w*|ihre\\w*) (?:westlichen )?verbündeten",
    ],
    "interviewer": {"before": ["interview"], "after": []},
    "according": ["laut", "nach angaben", "zufolge",
        "nach (?:informationen|schätzungen|erkenntnissen|darstellung|einschätzung|"
        "ansicht|auffassung|zählung|berechnungen) (?:aus|von|des|der|dem|den)",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["zuvor", "früher", "vorher", "bereits im", "vorherig\\w*", "frühere\\w*"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["während", "wohingegen", "wogegen"],
    "subject_first": True,
    "intelligence": ["geheimdienst\\w*", "nachrichtendienst\\w*"],
    "clause": ["und", "aber", "während"],
    "relay": ["abgeordnete\\w*", "parlamentarier\\w*",
        "bundestagsabgeordnete\\w*",  # (16sw)
    ],
    # estimates nobody makes (no carried claimant)
    "impersonal": [
        # (session 6) estimates nobody is named for ("de acuerdo con las estimaciones
        # disponibles"): no source carried from before
        "(?:nach|laut) (?:vorliegenden |aktuellen |bisherigen |groben )?schätzungen"
        "(?! (?:des|der|von))",
        "es wird geschätzt", "man geht davon aus",
                   "es wird (?:\\w+ )?davon ausgegangen", "mutmaßlich", "vermutlich",
                   # reports nobody is named for (16w)
                   "berichten zufolge", "medienberichten zufolge", "angeblich",
                   # (16gh) reported earlier, nobody named ("Zuvor hieß es, …")
                   "(?:zuvor|bereits|früher) hieß es",
                   "(?:zuvor|bereits|früher) war berichtet worden",
                   "(?:medien)?berichte\\w* (?:deuten|zeigen|legen nahe|besagen)",
        "schätzungen zufolge",  # (16sw)
        "(?:es )?(?:wird|wurde) berichtet",  # (16sw)
        "(?:ist|war) die rede von",  # (16sw)
    ],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "(?:platz|raum|kapazität\\w*) für",
        "(?:kann|könnte|können|könnten) [^.,]{0,40}(?:unterbringen|aufnehmen|fassen)",
        "bietet platz",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:transportieren|befördern|an bord nehmen) (?:kann|können|könnte)",
        "ausgelegt für",  # (16px)
    ],
    "excluded": [
        # (16ce) Deserteure: keine Zahl der Geschichte
        # (17ch) not desertion fought ("um die Fahnenflucht einzudämmen", "gegen Fahnenflucht")
        "desertier\\w*", "deserteur\\w*",
        "(?<!gegen\\s)(?<!gegen\\sdie\\s)fahnenflucht\\w*(?! (?:zu )?(?:verhindern|"
        "einzudämmen|eindämmen|vorzubeugen|vorbeugen|bekämpfen|unterbinden|stoppen))",
        # (16cd) a shortage counted, not people sent ("der Region fehlen 5000 Arbeiter", "Mangel
        # an rund 5000 Bauarbeitern"; not "schickte 5000 Arbeiter gegen den Arbeitskräftemangel")
        "(?:fehl(?:en|t|ten)|mangel an|mangelt es an) (?:\\S+ ){0,4}?\\d+",
        "\\d[\\d.]* (?:\\S+ ){0,3}?fehl(?:en|ten)",
        # (16r) the direction of goods sent the other way, from Russia to North Korea, is read
        # by "flows" since 18ra (articles/flows.py)
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "gefangennahme zu entgehen", "gefangennahme zu entkommen",
        "nicht in gefangenschaft zu geraten",
        "vermisst\\w*", "zurückgekehrt\\w*", "zurückgebracht\\w*", "zurückgeschickt\\w*",
        "heimgekehrt\\w*", "repatriiert\\w*", "rückkehr",
        # (25at) the separable verb's present and past ("2.000 Soldaten kehrten in ihre Heimat
        # zurück", "kehren nach Nordkorea zurück"), as the participle "zurückgekehrt"
        "kehr(?:t|te|ten|en) (?:[^\\s,.;:]+ ){0,5}?zurück(?!\\w)",
        # (16in) the wounded evacuated home are repatriated ("nach Nordkorea ausgeflogen")
        "(?:nach nordkorea|in (?:ihre|die) heimat) (?:zurück )?(?:evakuiert|ausgeflogen)\\w*",
        "(?:kombiniert|vereint)\\w* (?:russisch-nordkoreanisch\\w* )?(?:streitkräfte|truppen|"
        "kräfte)",  # (16px)
        "hilfscontainer\\w*",  # (16px)
        "mit denen (?:\\S+ ){1,3}?(?:gesprochen|sprach\\w*)",  # (16px)
        "(?:^|(?<=[.!?,;:]\\s)|(?<=\\n))"
        "im jahre? (?:19[5-9]\\d|20[01]\\d|202[01])(?!\\d)",  # (16px)
        "einen? (?:vorrat|bestand|arsenal) (?:von|an)",  # (16px)
        "eine armee von",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "geflohen", "geflüchtet", "(?<=werden\\s)gesucht", "(?<=wird\\s)gesucht",
        "(?<=wurden\\s)gesucht",
    ],
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["davon", "darunter"],
    # (16ij) an article or a preposition before a number with a full stop that the sentence
    # goes on after: an ordinal ("für den kommenden 9. Parteitag", "zum 80. Jahrestag")
    "ordinal_before": ["der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom",
                       "beim", "ab", "seit", "bis zum"],
    # "1.000 dieser Soldaten": a part of the figure before
    "partitive": ["dieser", "von ihnen", "davon"],
    # companions of the North Koreans ("an der Seite russischer Truppen"): not the side counted
    # (and the enemy they fight: "gegen die Ukrainer" counts no Ukrainians)
    "alongside": ["an der seite", "zusammen mit", "gemeinsam mit", "seite an seite mit"],
    # (23ar) Munition, die ein Land herstellt, verbraucht oder lagert, ist keine Lieferung, as en
    "used": ["produzier\\w*", "herstell\\w*", "hergestellt\\w*",
             "verbrauch\\w*", "auf lager", "vorräte?"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("Russland hat etwa 60 nordkoreanische Raketen
        # abgefeuert"), unless its clause says they were sent (`supplied`), as en
        "abgefeuert\\w*", "feuerte\\w*", "abgeschossen", "verschossen", "eingesetzt\\w*",
        "setzte\\w* (?:[^\\s,.;]+ ){1,6}ein", "verwendet\\w*", "benutzt\\w*",
    ],
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends Nordkorea
    # is no figure of the story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination ("nach Nordkorea", "an Pjöngjang"; not a trip or visit)
        # or the one who receives ("Nordkorea erhielt", "Nordkorea hat … erhalten")
        "recipient": [
            "(?<!reise\\s)(?<!besuch\\s)(?<!besuchs\\s)(?<!fahrt\\s)(?<!flug\\s)(?<!rückkehr\\s)(?<"
            "!zurück\\s)"
            "(?:nach|an) (?:nordkorea|pjöngjang|pjongjang|pyongyang|die kdvr|die dvrk)(?!\\w)",
            "aus russland (?:nach|an) nordkorea",
            "(?:nordkorea|pjöngjang|pjongjang|pyongyang)(?: (?:hat|habe|hatte|hätte|soll|sollen|"
            "wiederum|seinerseits|im gegenzug|auch)){0,2}(?: [^\\s;:]*[^\\s.,;:]){0,4}? (?:erhielt|"
            "erhalten|bekam|bekommen|bezog|bezogen|importierte|importiert)",
        ],
        # Russia as the one who sends ("Russland wiederum schickte", "Moskau lieferte",
        # "Russland hat … geliefert", "von Russland erhalten")
        "sender": [
            "(?:russland|moskau|der kreml)(?: (?:wiederum|seinerseits|ihrerseits|im gegenzug|"
            "auch|zudem|außerdem|dann|später|hat|habe|hatte|hätte|soll|sollen)){0,3} (?:schickte|"
            "schickt|lieferte|liefert|sandte|entsandte|übergab|übergibt|exportierte|exportiert|"
            "verschiffte|stellte|gab|gibt|verkaufte|verkauft|transferierte)",
            "(?:russland|moskau|der kreml) (?:hat|habe|hatte|hätte|soll|sollen)(?: [^\\s;:]*[^\\s.,"
            ";:])"
            "{0,12}? (?:geschickt|geliefert|gesandt|gesendet|entsandt|übergeben|bereitgestellt|"
            "exportiert|verschifft|transferiert|gegeben|verkauft)",
            "(?:von|aus) russland(?: [^\\s;:]*[^\\s.,;:]){0,2}? (?:erhalten|erhielt|geliefert|bekom"
            "men|"
            "bekam|geschickt|importiert)",
        ],
        # the story's own direction ("nach Russland", "Nordkorea schickte", "aus Nordkorea")
        "forward": [
            "(?:nach|an|in) (?:russland|moskau|den kreml|kursk|die front)",
            "(?:nordkorea|pjöngjang|pjongjang|pyongyang|der norden|kim jong[- ]un|kim)"
            "(?: [^\\s;:]*[^\\s.,;:]){0,3}? (?:schickte|schickt|lieferte|liefert|sandte|entsandte|"
            "entsendet|verlegte|übergab|exportierte|verschiffte|stellte|gab|verkaufte)",
            "(?:nordkorea|pjöngjang|pjongjang|pyongyang|der norden) (?:hat|habe|hatte|hätte|soll|"
            "sollen)(?: [^\\s;:]*[^\\s.,;:]){0,12}? (?:geschickt|geliefert|gesandt|gesendet|entsand"
            "t|"
            "verlegt|übergeben|bereitgestellt|exportiert|verschifft|stationiert|verkauft)",
            "(?:aus|von) (?:nordkorea|pjöngjang|pjongjang|pyongyang)",
            "(?:russland|moskau)(?: (?:hat|habe|hatte|soll)){0,1}(?: [^\\s;:]*[^\\s.,;:]){0,3}? "
            "(?:erhielt|erhalten|bekam|bekommen|bezog|bezogen|importierte|importiert)",
        ],
    },
    "supplied": [
        "geliefert", "liefert\\w*", "lieferte\\w*", "geschickt", "schickt\\w*", "übergeben",
        "übergab\\w*", "bereitgestellt", "gesendet", "entsandt", "erhalten", "erhielt\\w*",
        "exportiert\\w*",
        # (16ab) shipped ("dass Nordkorea 1.000 Container … nach Russland verschifft habe")
        "verschifft\\w*", "verschiffte\\w*",
    ],
    "against": ["gegen"],
    # a number told again after one of these is an earlier figure's people ("die 101 Soldaten")
    # (16ci) "alle sechs Arbeiter": the people told before, as "die sechs"
    "definite": ["die", "den", "der", "diese[nr]?", "alle", "allen"],
    # the article of a number word ("un centenar", "a hundred"): part of the figure
    "indefinite": ["ein", "eine", "einen", "einem", "einer"],
    # auxiliaries after a name right after a speech verb: it is the reported clause's subject
    # ("officials in Seoul say Ukraine has captured …"), not who speaks
    "auxiliary": ["hat", "haben", "habe", "hatte", "hätte", "ist", "sei", "war", "wird", "würde"],
    # a part and its group joined ("6,000 of the 14,000 … sent … were killed"): the part
    # takes the loss, the group the sending
    "of_the": ["der", "von den", "von insgesamt"],
    "anaphora": ["diese zahl", "die zahl",
                 # (16pr) a pronoun for the number just told ("beziffern sie auf mehr als 1000")
                 "(?:beziffer|schätz)\\w* (?:sie|ihn) auf",
                 # (30ac) the soldiers "affected" right after a number: those the figure before
                 # counts ("geht hingegen von „etwa 1.100“ betroffenen Soldaten aus", after "mehr
                 # als 3.000 … getötet oder verwundet"; articles/wording.py, affected)
                 "betroffene[nr]?"],
    # ein Pronomen spricht ("sagte er"): die zuvor genannte Quelle, nicht die Agentur
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    # (16db) the North Korean leader named again by surname alone, after the article named
    # him in full, as the subject of these verbs of honouring, showing or telling
    # ("Kim legte vor den Porträts von neun gefallenen Soldaten Blumen nieder")
    # North Korea's leadership as a source (articles/abbrev.py)
    "leader_acts": {"surname": "kim", "verbs": [
        "(?:legte|legt|ehrte|ehrt|würdigte|würdigt|gedachte|gedenkt|verlieh|verleiht|"
        "zeichnete|zeichnet|räumte|räumt|gab|gibt|kündigte|kündigt|verkündete|verkündet|"
        "erklärte|erklärt|sagte|sagt|zeigte|zeigt|lobte|lobt|verneigte|verneigt|"
        "bestätigte|bestätigt)",
    ]},
    "they_open": ["sie"],
    "pronoun": ["(?:sagte|erklärte|betonte|schrieb|berichtete|meinte|bestätigte|räumte|gab|"
                "fügte|teilte|gestand|sprach) (?:er|sie)", "so er",
                "er (?:sagte|erklärte|betonte|schrieb|berichtete|bestätigte|teilte|sprach)",
                "(?:seinen|ihren) (?:angaben|worten) zufolge",
                "nach (?:seinen|ihren) (?:angaben|worten)",
                "laut (?:ihm|ihr)"],
    # Zuschreibung über Satzgrenzen (articles/carry.py): Wörter, die auf eine zuvor genannte
    # Quelle zurückverweisen (und zu welcher Art Quelle sie passen), Formen, die den Bericht
    # fortsetzen, und Wörter, die ihn beenden
    # (16wu) a statement noun owned by a named source opening its content clause (kind d of
    # 16ws; articles/clauses.py; as en): "die Angaben von Präsident Selenskyj, dass …"
    "owned_statement": {
        "nouns": ["(?:angaben|aussagen?|ankündigung|behauptungen?|erklärung|darstellung|"
                  "einschätzung|schätzungen?|informationen|bericht) (?:von|vom|des|der)"],
        "opens": ["dass", "wonach"],
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
            "(?:diese|die) (?:angaben|informationen|zahlen|erkenntnisse|schätzungen) "
            "(?:stammen|kommen) (?:\\S+ ){0,3}?(?:von|vom|aus)",
            "(?:das|dies|so) (?:schreibt|schrieb|berichtet|meldet)\\b",
            # (carry_further_sentences.yml, de-dw) "Diese nicht unabhängig überprüfbare
            # Schätzung nannte der ukrainische Präsident"
            "(?:diese|die)(?: \\S+){0,4}? (?:schätzung|zahl|angabe)n? (?:nannte|nannten|nennt|"
            "gab|gaben|veröffentlichte|veröffentlichten)",
        ],
        "closes_later_within": [],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            # (the verb second after the link word: "Darüber hinaus verfügt Nordkorea über …")
            "verfüg(?:t|en) (?:\\S+ ){0,3}?über",
            "unterhält",
            "unterhalten",
            "hat eine (?:\\S+ )?(?:armee|bevölkerung) von",
            "unter waffen",
            "stehendes heer",
            "(?:armee|streitkräfte|bevölkerung) (?:zählt|umfasst|zählen|umfassen)",
            "(?:zählt|umfasst|zählen|umfassen) (?:\\S+ ){0,2}?(?:armee|streitkräfte|bevölkerung)",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "insbesondere",
            "konkret",
            "darüber hinaus",
            "außerdem",
            "zudem",
            "ferner",
            "des weiteren",
            "weiterhin",
        ],
        "documents": {
            "(?:dem|diesem) (?:papier|dokument)\\w* zufolge": "published",
            "laut (?:dem |diesem )?(?:papier|dokument|lagebericht|mitteilung|erklärung)":
            "published",
            "(?:im|in dem) (?:papier|dokument) (?:heißt|hieß) es": "published",
            "(?:den|diesen) angaben zufolge": "published",
        },
        "anaphors": {
            # (19nm) das Medium ohne seinen Namen: die Quelle, die es nannte, sonst es selbst
            "(?:laut|nach angaben|nach informationen) (?:der zeitung|des blatte?s|des mediums|des "
            "senders|des magazins|dem blatt|dem medium|dem sender|dem magazin)": "outlet",
            "wie (?:die zeitung|das blatt|das medium|der sender|das magazin) (?:berichtet|"
            "berichtete|schreibt|schrieb)": "outlet",
            # (16an) Demonstrativ und Plural, der Chef des Dienstes, der Sprecher (nicht "ein
            # Sprecher des Pentagons": dessen Behörde ist genannt)
            "(?:diese[rnms]?) (?:geheimdienst\\w*|nachrichtendienst\\w*|behörde|agentur)": "agency",
            "(?:der|die|den|dem|des) (?:spionagedienst\\w*|geheimdienstchef\\w*)": "agency",
            "(?:der|des|dem|den) chefs? des spionagedienst\\w*": "agency",
            "(?:der|des|dem|den) sprechers?(?! de[sr] )": "institution",
            "(?:die|der) sprecherin(?! de[sr] )": "institution",
            "(?:der|die|den|dem|des) (?:geheimdienst\\w*|nachrichtendienst\\w*|spionagebehörde"
            "|spionageagentur)": "agency",
            "(?:die|der) (?:agentur|behörde)": "agency",
            "(?:das|dem|des) ministerium\\w*": "ministry",
            # (22as) a news outlet citing intelligence it does not name: the agency named before
            ("unter berufung auf (?:den |die )?(?:geheimdienst|nachrichtendienst)\\w*(?!"
             " (?:der|des) )"): "agency",
            ("(?:laut|nach) (?:geheimdienst|nachrichtendienst)"
             "(?:informationen|angaben|kreisen)"): "agency",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            ("(?:der|die) (?:verteidigungs)?minister(?:in)? (?:sagte|fügte|betonte|erklä"
             "rte|nannte|schätzte)"): "minister",
            ("(?:so|sagte|erklärte|betonte) (?:der|die) (?:verteidigungs)?minister(?:in)"
             "?"): "minister",
            "(?:laut|nach angaben) (?:dem|der|des) (?:verteidigungs)?minister(?:s|in)?": "minister",
            "(?:dem|der) (?:verteidigungs)?minister(?:in)? zufolge": "minister",
            "(?:der|die|den|dem) abgeordnete\\w*": "lawmaker",
            "(?:derselben|der gleichen) quelle": "source",
            # the report of the institution named before (16n)
            "laut (?:dem )?bericht": "institution", "dem bericht zufolge": "institution",
        },
        # a report the article names an author for ("un informe publicado por …")
        "report": ["bericht", "report", "dokument", "studie"],
        "goes_on": ["es hieß", "hieß es", "wie es weiter hieß", "nach denselben angaben",
                    "fügte (?:er|sie) hinzu", "so (?:die|der) (?:behörde|agentur|geheimdienst)"],
        # the subjunctive of reported speech ("seien getötet worden", "habe … entsandt"): the
        # sentence still relays the source before it, whatever time it names (not "soll",
        # "sollen": "reportedly", hearsay of nobody named, like "berichten zufolge")
        "reported": ["seien", "sei", "habe", "hätten", "soll", "sollen"],
        # (not past the journalist's own reasoning: "das bedeutet, … seien")
        "reasoning": ["bedeutet", "deutet darauf hin", "das heißt"],
        # (16cf) a sentence closing the report: names the source of the figures before it
        # (articles/carry.py, closing); "closes" opens the sentence, "closes_within" anywhere
        "closes": ["(?:das|dies) (?:teilte|teilten|berichtete|berichteten|meldete|meldeten|sagte|"
                   "sagten|erklärte|erklärten|gab|gaben)\\b",
                   "(?:das|dies) geht aus (?:\\S+ ){0,8}?hervor"],
        "closes_within": ["details dazu"],
        "ends": ["zuvor", "früher", "bereits im", "im vergangenen jahr", "berichten zufolge",
                 "man geht davon aus",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "bedeutet", "deutet darauf hin", "das heißt",
                 # (16ef) background the outlet recalls (as ru "Напомним")
                 "zur erinnerung", "zur einordnung",
            "es sei daran erinnert",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["die", "diese[nr]?", "den", "der"],
        "other": ["anderen", "weiteren", "neuen", "zusätzlichen"],
    },
    # the group a loss is counted among ("parmi les 11 000 soldats envoyés")
    "among": ["unter den", "von den", "von insgesamt", "von den insgesamt",
              # (16cd) the base of a share ("mehr als die Hälfte der rund 11.000 … Soldaten"), as
              # ru and uk
              "(?:hälfte|drittel|viertel) (?:der|von den|von)"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    # Pioniere, Minenräumer und Bausoldaten: die späteren Wellen (zusätzliche Entsendung)
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    # (30ac) a clause whose subject is the counted people, before their work ("…, wo sie …
    # Minenräumarbeiten durchführen"): the purpose of rebuilding still theirs
    # (articles/rules.py, _for_rebuilding)
    "their_work": ["wo sie"],
    "rebuilding": [
        "wiederaufbau\\w*", "minenräum\\w*", "entminung\\w*", "bauarbeiten", "räumung von minen",
        "wiederherstellung der infrastruktur",
    ],
    "engineers": ["pionier\\w*", "minenräumer\\w*", "minen-entschärfer\\w*",
                  "minenentschärfer\\w*", "bausoldaten", "bautruppen", "baupionier\\w*",
                  "bauarbeiter des militärs", "militärische\\w* bauarbeiter\\w*",
                  "militärbauarbeiter\\w*", "baueinheiten", "bauregiment\\w*",
                  "baubataillon\\w*",
                  "soldaten für (?:den )?wiederaufbau\\w*",
                  # (31fm) "rund 1.000 nordkoreanische Kampfingenieure", "1.000 Ingenieursoldaten"
                  "kampfingenieur\\w*", "ingenieursoldat\\w*"],
    "sent": ["geschickt", "schicken", "entsandt\\w*", "entsenden", "entsendet", "schickte\\w*",
             "verlegt", "ankunft"],  # (31ar) the noun of arrival governing the number
    # the one who orders or owns the sending is no source (C6)
    # (16ef) background the outlet recalls, opening a sentence ("Pour rappel, Pyongyang avait
    # … dépêché plus de 1 000 hommes supplémentaires"): no source of the report before, as
    # ko "한편" (and its "additional" troops no more of that report)
    "new_topic": ["zur erinnerung", "zur einordnung",
        "es sei daran erinnert",  # (16px)
    ],
    "partner": [
        "armee von kim",
        "auf (?:persönliche )?anweisung von",
        "auf (?:persönlichen )?befehl von",
        "im auftrag von",
    ],
    "claimants": {
        # people and bodies every Latin-script language writes alike (lang/_latin.py)
        **LATIN_NAMES,
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # the US envoy to the UN, every title (the US mission to the UN is the State
        # Department's); not "Botschafter" alone, read as Russia's in Pyongyang
        "(?:us-|us-amerikanische\\w* |amerikanische\\w* )(?:un-|uno-)"
        "(?:botschafter|vertreter|gesandte)\\w*": "US State Department",
        "(?:us-|amerikanische\\w* )(?:vertretung|mission|botschafter|vertreter|gesandte)\\w* "
        "(?:bei|in) (?:den vereinten nationen|der uno?|dem un-sicherheitsrat)":
            "US State Department",
        "(?:un-|uno-)?(?:vertretung|mission|botschafter|vertreter|gesandte)\\w* (?:der usa|der "
        "vereinigten staaten|washingtons) (?:bei|in) (?:den vereinten nationen|der uno?|dem "
        "un-sicherheitsrat)": "US State Department",
        # another country's envoy is no source of this story ("der chinesische Botschafter",
        # Russia's at the UN): not "Botschafter" alone, read as Russia's in Pyongyang
        "(?:chinesische|japanische|deutsche|französische)\\w* (?:un-|uno-)?(?:botschafter|"
        "gesandte|vertreter)\\w*|russische\\w* (?:un-|uno-)(?:botschafter|gesandte|vertreter)\\w*":
            "Unattributed",
        # Russia's ambassador in Pyongyang in every case ("des russischen Botschafters in
        # Nordkorea", "dem russischen Botschafter in Pjöngjang")
        "(?:russische\\w* )?botschafter\\w* (?:russlands )?(?:in|bei) (?:nordkorea|pjöngjang)":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        # the JCS by the English title outlets translate ("die Vereinigten Stabschefs
        # Südkoreas")
        "(?:südkoreanische\\w* )?vereinigte\\w* stabschefs?(?: südkoreas)?":
            "South Korea Joint Chiefs of Staff",
        # the NSDC by the name outlets shorten it to ("der ukrainische Sicherheitsrat"), not
        # Russia's (read above) or the UN's
        "(?:ukrainische\\w* (?:nationale\\w* )?sicherheitsrat\\w*|(?:nationale\\w* )?"
        "sicherheitsrat\\w* der ukraine)":
            "Ukraine National Security and Defense Council (NSDC)",
        # the MSMT by its name
        "multilaterale\\w* (?:sanktions-?überwachungs-?team\\w*|team\\w* zur überwachung "
        "(?:der|von) sanktionen)": "Multilateral Sanctions Monitoring Team (MSMT)",
        "sanktionsüberwachungsteam\\w*": "Multilateral Sanctions Monitoring Team (MSMT)",
        # der Militärgeheimdienst der USA (die DIA allein ist Südkoreas)
        "(?:us-militärgeheimdienst\\w* )?(?:dia|defense intelligence agency(?: \\(dia\\))?) "
        "(?:des pentagons|der usa|der vereinigten staaten)":
            "US Department of Defense",
        "us-militärgeheimdienst\\w*(?: dia)?": "US Department of Defense",
        # the NSDC by its German name (16t)
        "(?:ukrainische\\w* )?nationale\\w* sicherheits- und verteidigungsrat\\w*(?: der ukraine)?":
            "Ukraine National Security and Defense Council (NSDC)",
        # (16r) two sides as one source: a country's officials and Western intelligence (C2)
        "südkoreanische\\w* und westliche\\w* geheimdienst\\w*": "Several governments jointly",
        # (16r) claimant forms: titles, country as speaker (C1)
        # (16in) Nordkorea, das seine Toten einräumt ("Nun hat das Regime in Pjöngjang erstmals
        # den Tod von mehr als hundert Soldaten … anerkannt"): was es zugibt, veröffentlicht es
        "(?:nordkorea|pjöngjang|das regime (?:in|von) pjöngjang|das nordkoreanische regime)"
        "(?= (?:hat |hatte )?(?:\\w+ ){0,2}den tod [^.]{0,80}?(?:anerkannt|eingeräumt|zugegeben|"
        "bestätigt|ein(?!\\w))|(?:räumt|räumte|erkennt|erkannte|gibt|gab|bestätigt|bestätigte) "
        "(?:\\w+ ){0,2}den tod)":
            "North Korea (state media and leadership)",
        "nach us-angaben": "US government (unspecified)",
        "us-angaben": "US government (unspecified)",
        "nach (?:amerikanischen|us-amerikanischen) angaben": "US government (unspecified)",
        "usa (?:sagten|erklärten|schätzen|schätzten|gaben an)":
            "US government (unspecified)",
        "us-au(?:ss|ß)en(?:amt|ministerium)\\w*": "US State Department",
        "au(?:ss|ß)enamtssprecher\\w* vedant patel": "US State Department",
        "us-botschafter\\w* (?:bei den vereinten nationen|bei der uno?)": "US State Department",
        "generalstaatsanwa\\w*(?: der ukraine)?":
            "Ukrainian government (unspecified)",
        "andrij kostin": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "oleh iwaschtschenko": "Ukrainian government (unspecified)",
        "iwaschtschenko": "Ukrainian government (unspecified)",
        "auslands(?:geheim|nachrichten)dienst\\w* der ukraine":
            "Ukrainian government (unspecified)",
        "ukrainische\\w* auslands(?:geheim|nachrichten)dienst\\w*":
            "Ukrainian government (unspecified)",
        "szru": "Ukrainian government (unspecified)",
        "militärgeheimdienst\\w* südkoreas": "South Korea Defense Intelligence Agency",
        "ukraine (?:sagt|erklärt|schätzt|gibt an|spricht von)":
            "Ukrainian government (unspecified)",
        "nach (?:offiziellen )?nordkoreanischen angaben":
            "North Korea (state media and leadership)",
        "ukrainische\\w* (?:beamte\\w*|behörden) und westliche\\w* geheimdienst\\w*":
            "Several governments jointly",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "nationale\\w* geheimdienst\\w*": "South Korea National Intelligence Service (NIS)",
        "südkoreanische\\w* nachrichtendienst\\w*":
            "South Korea National Intelligence Service (NIS)",
        "nationale\\w* nachrichtendienst\\w*": "South Korea National Intelligence Service (NIS)",
        "budanow\\w*": "Ukraine Defence Intelligence (HUR)",
        "hauptverwaltung für aufklärung(?: der ukraine)?": "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "ukrainische\\w* verteidigungsgeheimdienst\\w*|verteidigungsgeheimdienst\\w* der ukraine":
            "Ukraine Defence Intelligence (HUR)",
        # (30ar) "des Hauptnachrichtendienstes des ukrainischen Verteidigungsministeriums": the
        # HUR by a translation of its Ukrainian name ("Головне управління розвідки")
        "(?:hauptverwaltung für aufklärung|(?:militär|haupt)?(?:geheim|nachrichten)dienst\\w*) des "
        "(?:ukrainischen verteidigungsministeriums|verteidigungsministeriums der ukraine)":
            "Ukraine Defence Intelligence (HUR)",
        "sicherheitsdienst\\w* der ukraine": "Security Service of Ukraine (SBU)",
        "ukrainische\\w* geheimdienst\\w* sbu": "Security Service of Ukraine (SBU)",
        "südkoreanische\\w* generalstab\\w*": "South Korea Joint Chiefs of Staff",
        "vereinigte\\w* generalstab\\w*": "South Korea Joint Chiefs of Staff",
        "schoigu\\w*": "Russian Security Council (Sergei Shoigu)",
        "mazegora\\w*": "Russian ambassador to North Korea (Alexander Matsegora)",
        "weiße\\w* haus\\w*": "White House",
        "us-außenministerium\\w*": "US State Department",
        "südkoreanische\\w* verteidigungsministerium\\w*":
            "South Korea Ministry of National Defense",
        # the minister (16n): the ministry's statement by its head
        "südkoreanische\\w* verteidigungsminister\\w*": "South Korea Ministry of National Defense",
        "südkoreanische\\w* militärgeheimdienst\\w*": "South Korea Defense Intelligence Agency",
        # officials by nationality (16p), as en "Ukrainian officials", "US officials"
        "ukrainische\\w* (?:beamte\\w*|regierungsvertreter\\w*)":
            "Ukrainian government (unspecified)",
        "(?:us-|amerikanische\\w* )(?:beamte\\w*|regierungsvertreter\\w*)":
            "US government (unspecified)",
        "ukrainische\\w* spezialkräfte\\w*": "Ukraine Special Operations Forces",
        "spezialeinsatzkräfte\\w*(?: der ukraine)?": "Ukraine Special Operations Forces",
        "zentrum\\w* zur bekämpfung von desinformation":
            "Ukraine National Security and Defense Council (NSDC)",
        "kowalenko": "Ukraine National Security and Defense Council (NSDC)",
        "umerow": "Ukraine Ministry of Defence",
        "raschewska": "Regional Center for Human Rights (Kateryna Rashevska)",
        "nationale\\w* widerstandszentrum\\w*": "Ukraine National Resistance Center",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "ukrainische\\w* generalstab\\w*": "Ukrainian army units",
        "generalstab\\w* der ukrainischen (?:armee|streitkräfte)": "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:geheimdienst\\w*|nachrichtendienst\\w*|spionagebehörde\\w*|spionageagentur\\w*) "
        "(?:in|aus) (?:seoul|südkorea)":
            "South Korea National Intelligence Service (NIS)",
        "südkoreanische\\w* (?:spionagebehörde\\w*|spionageagentur\\w*|geheimdienstbehörde\\w*)":
            "South Korea National Intelligence Service (NIS)",
        # ── end of 16h block ──
        # ── issue 16 (16na): every claimant as outlets write it, with the heads and
        # spokespeople who speak for it in 2024-2026 (tests/cases/articles/claimant_names.yml) ──
        # the MSMT described ("das multinationale Sanktionsüberwachungsteam")
        "(?:(?:multilaterale|multinationale|internationale)\\w* )?"
        "sanktions(?:überwachungs|beobachtungs)(?:team|gruppe|gremium|mechanismus)\\w*":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "multilaterale\\w* (?:sanktions)?überwachungs(?:team|gruppe|gremium)\\w*":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "(?:multilaterale\\w* |multinationale\\w* )?(?:team|gruppe|gremium)\\w* zur "
        "überwachung der (?:nordkorea-)?sanktionen":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "multilateral sanctions? monitoring team": "Multilateral Sanctions Monitoring Team (MSMT)",
        "(?:südkoreas|seouls) generalstab\\w*": "South Korea Joint Chiefs of Staff",
        "generalstab\\w* (?:südkoreas|seouls)": "South Korea Joint Chiefs of Staff",
        "(?:südkoreas|seouls) (?:militär\\w*|armee|streitkräfte)":
            "South Korea military (unspecified)",
        "(?:südkoreas|seouls) verteidigungsminist\\w*": "South Korea Ministry of National Defense",
        "cho tae[- ]?yong": "South Korea National Intelligence Service (NIS)",
        "südkoreanische\\w* auslandsgeheimdienst\\w*":
            "South Korea National Intelligence Service (NIS)",
        "(?:südkoreas|seouls) (?:regierung|präsident\\w*|präsidialamt\\w*)":
            "South Korea government",
        "südkoreanische\\w* (?:präsident\\w*|präsidialamt\\w*)": "South Korea government",
        "ukrainische\\w* präsident(?:en)?\\b": "Volodymyr Zelensky (President of Ukraine)",
        "präsident\\w* der ukraine": "Volodymyr Zelensky (President of Ukraine)",
        "(?:londoner|londons|großbritanniens) verteidigungsminist\\w*":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:wadym )?skibizkyj\\w*": "Ukraine Defence Intelligence (HUR)",
        "(?:andrij )?jussow\\w*": "Ukraine Defence Intelligence (HUR)",
        "spezialkräfte\\w* der ukraine": "Ukraine Special Operations Forces",
        "spezialoperationskräfte\\w*": "Ukraine Special Operations Forces",
        "(?:wassyl )?maljuk\\w*": "Security Service of Ukraine (SBU)",
        "maliuk": "Security Service of Ukraine (SBU)",
        "ukrainische\\w* oberbefehlshaber\\w*":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "oberbefehlshaber\\w* der ukrainischen (?:armee|streitkräfte)":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "ukrainische\\w* armeechef\\w*":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:ukrainische\\w* )?luftsturmtruppen": "Ukrainian army units",
        "zentrum\\w* des nationalen widerstand\\w*": "Ukraine National Resistance Center",
        "verteidigungsminister (?:denys schmyhal|mychajlo fedorow)": "Ukraine Ministry of Defence",
        "oleksandr lytwynenko": "Ukraine National Security and Defense Council (NSDC)",
        "ukrainische\\w* außenminist\\w*": "Ukrainian government (unspecified)",
        "(?:andrij )?sybiha": "Ukrainian government (unspecified)",
        "(?:dmytro )?kuleba": "Ukrainian government (unspecified)",
        "(?:andrij )?jermak": "Ukrainian government (unspecified)",
        "verteidigungsminister austin": "US Department of Defense",
        "(?:us-|amerikanische\\w* )kriegsminist\\w*": "US Department of Defense",
        "us-außenminister\\w*": "US State Department",
        "amerikanische\\w* außenminist\\w*": "US State Department",
        "außenministerium\\w* in washington": "US State Department",
        "institut\\w* für kriegsstudien": "Institute for the Study of War (ISW)",
        "kolmakow": "Novosibirsk region government",
        "russische\\w* (?:staats)?medien": "Russian media",
        "(?:dmitri )?peskow": "Russian media",
        "kremlsprecher\\w*": "Russian media",
        "ria nowosti": "Russian media",
        "regionale\\w* zentrum\\w* für menschenrechte":
            "Regional Center for Human Rights (Kateryna Rashevska)",
        # big outlets reporting on their own (16na; one relaying a source yields to it)
        "frankfurter allgemeine\\w*(?: zeitung)?": "News media (own reporting)",
        "faz": "News media (own reporting)",
        "süddeutsche\\w* zeitung": "News media (own reporting)",
        "bild-zeitung": "News media (own reporting)",
        "ard": "News media (own reporting)",
        "zdf": "News media (own reporting)",
        "tagesschau": "News media (own reporting)",
        "deutsche\\w* welle": "News media (own reporting)",
        "nzz": "News media (own reporting)",
        "neue\\w* zürcher zeitung": "News media (own reporting)",
        "the national interest": "News media (own reporting)",  # the US magazine, in English
        # (16wp) outlets named after a country, in the language (the Latin names: lang.OUTLETS)
        "(?:der )?stimme amerikas": "News media (own reporting)",
        "(?:russlands|moskaus) oberste\\w* sicherheits(?:beamte|funktionär|politiker)\\w*":
            "Russian Security Council (Sergei Shoigu)",
        "oberste\\w* sicherheits(?:beamte|funktionär)\\w* (?:russlands|moskaus|des kremls)":
            "Russian Security Council (Sergei Shoigu)",
        "außenminist\\w* der ukraine": "Ukrainian government (unspecified)",
        "andrij tschernjak": "Ukraine Defence Intelligence (HUR)",
        "artem dechtjarenko": "Security Service of Ukraine (SBU)",
        "(?:dmytro )?lubinez": "Ukrainian government (unspecified)",
        "koordinierungs(?:stab|zentrale|zentrum)\\w* für (?:die )?(?:behandlung von )?"
        "kriegsgefangene\\w*":
            "Ukrainian government (unspecified)",
        "südkoreanische\\w* (?:außen|vereinigungs)minist\\w*": "South Korea government",
        # ── end of 16na block ──
        "westliche\\w* einschätzung\\w*": "Western intelligence (unnamed)",
        "westliche\\w* (?:beamte\\w*|regierungsvertreter\\w*|geheimdienst\\w*)":
            "Western intelligence (unnamed)",
        # nationality adjectives sharing one noun ("südkoreanischer und westlicher
        # Geheimdienste"): several governments at once
        "(?:südkoreanisch|westlich|ukrainisch|amerikanisch|britisch)\\w*(?:,? (?:und )?"
        "(?:südkoreanisch|westlich|ukrainisch|amerikanisch|britisch)\\w*){1,3} "
        "(?:geheimdienst\\w*|behörden|angaben|beamte\\w*|regierungen|einschätzungen|schätzungen|"
        "quellen)":
            "Several governments jointly",
        "(?:den )?ukrainern zufolge": "Ukrainian government (unspecified)",
        "(?:ungenannte|anonyme) quellen": "Unattributed",  # unnamed sources: nobody
        "(?:südkoreanisch\\w* )?nationale\\w* nachrichtendienst\\w*":
            "South Korea National Intelligence Service (NIS)",
        "selenskyj": "Volodymyr Zelensky (President of Ukraine)",
        "selenskij": "Volodymyr Zelensky (President of Ukraine)",
        "südkoreas geheimdienst": "South Korea National Intelligence Service (NIS)",
        "südkoreanische\\w* geheimdienst\\w*": "South Korea National Intelligence Service (NIS)",
        "geheimdienst südkoreas": "South Korea National Intelligence Service (NIS)",
        "seoul": "South Korea government",
        "südkorea": "South Korea government",
        "kiew": "Ukrainian government (unspecified)",
        "ukrainische\\w* angaben": "Ukrainian government (unspecified)",
        "ukrainische\\w* militärgeheimdienst\\w*": "Ukraine Defence Intelligence (HUR)",
        "ukrainische\\w* geheimdienst\\w*": "Ukraine Defence Intelligence (HUR)",
        "us-militär\\w*": "US Department of Defense",
        "us-verteidigungsministerium\\w*": "US Department of Defense",
        "pentagon": "US Department of Defense",
        "weißen hauses": "White House",
        "weiße haus": "White House",
        "us-regierung\\w*": "US government (unspecified)",
        "britische\\w* geheimdienst\\w*": "UK Ministry of Defence (Defence Intelligence)",
        "britische\\w* verteidigungsministerium\\w*":
            "UK Ministry of Defence (Defence Intelligence)",
        "westliche\\w* einschätzungen": "Western intelligence (unnamed)",
        "kim jong un": "North Korea (state media and leadership)",
        "nordkoreas (?:machthaber|diktator|staatschef)(?!,? ?kim)":
            "North Korea (state media and leadership)",
        "nordkoreanische\\w* (?:machthaber|diktator|staatschef)\\w*(?!,? ?kim)":
            "North Korea (state media and leadership)",
        # Shoigu in German spelling and by his title
        "schoigu": "Russian Security Council (Sergei Shoigu)",
        "russische\\w* sicherheitsrat\\w*": "Russian Security Council (Sergei Shoigu)",
        "sicherheitsratssekretär\\w*": "Russian Security Council (Sergei Shoigu)",
        "sekretär\\w* des russischen (?:nationalen )?sicherheitsrat\\w*":
            "Russian Security Council (Sergei Shoigu)",
        "botschafter": "Russian ambassador to North Korea (Alexander Matsegora)",
        "bbc": "News media (own reporting)",
        "(?:kiew|die ukraine) und (?:ihre|seine)n? (?:westlichen )?verbündeten":
            "Several governments jointly",
        "medienbericht\\w*": "News media (own reporting)",  # "laut einem Medienbericht"
        "nhk": "News media (own reporting)",
        "deutsche welle": "News media (own reporting)",
        "rbk(?: ukrajina| ukraine)?": "News media (own reporting)",
        "dpa": "News media (own reporting)",
    },
    "joint": ["und", "sowie"],
    "determiners": ["ein", "einen", "einer", "eines", "der", "die", "den", "zwei", "weitere\\w*",
                    "gefangene\\w*", "verwundete\\w*", "erste\\w*",
        "beide\\w*",  # (16px)
        "einige\\w*",  # (16px)
        "mehrere\\w*",  # (16px)
    ],
    # die andere Seite als die, die verlor ("Russland verlor mehr als eine Million")
    "losses_of": [
        # (16r) Russia's own losses, told in a relative clause (S2)
        "verluste (?:russlands|moskaus)(?: \\S+){0,3},? die (?:\\S+ "
        ")?(?:betragen|liegen bei|übersteigen)",
        "(?:russland|moskau|die ukraine|kiew) (?:verlor|verliert|erlitt)",
        "(?:die )?(?:russen|ukrainer|russische\\w* (?:armee|truppen|streitkräfte)) "
        "(?:haben |hatten )?"
        "(?:verloren|verlieren|verlor\\w*|erlitten|erleiden)",
        "(?:russland|moskau|die ukraine|kiew) hat(?=(?:[^.,;!?]|(?<=\\d)[.,](?=\\d)){0,60}"
        "\\sverloren)",  # (16px)
        "verluste (?:russlands|moskaus|der russischen armee) (?:belaufen sich auf|"
        "betragen)",  # (16px)
        "verluste (?:russlands|moskaus|der russischen armee) (?:liegen bei|übersteigen|"
        "erreichen)",  # (16px)
    ],
    # ein Ziel ("an Südkorea ausgeliefert"): der Name danach ist keine Quelle
    "destination": ["an", "nach"],
    "not_figure_after": [
        # (22lb) an anniversary's number ("zum 75 Jahrestag", "75-jähriges Jubiläum"): an
        # ordinal, no count
        "-?jahrestag(?:e?s)?", "-?jähriges jubiläum", "-?jubiläum",
        # (16cl) die geschlossene Klasse der Einheiten nach ihrer Nummer ("11 Korps", "155
        # Brigade"): ein Name oder gezählte Einheiten, keine Menschen
        "\\w*korps", "armeen?", "division", "\\w*kompanie(?:n)?", "staffeln", "geschwader",
        "flottillen?",
        # (16ab) a quantity per thing ("300 Granaten pro Container", "je Container")
        "(?:[\\w-]+ ){0,2}(?:pro|je|in jedem) (?:container|kiste|waggon|lieferung|schiff)\\w*",
        # (16ab) camps counted, no people, as ru/uk "лагерей" ("165 Umerziehungslager")
        "[\\w-]*lager(?:n)?",
        # (16cd) photos and videos counted, no figure ("veröffentlichte drei Fotos")
        "(?:fotos?|fotografien|bilder|videos?|aufnahmen)"
        "(?! (?:der |von )?(?:gefallenen|getöteten|toten))",
        # (16pf) sources counted, no figure ("zwei US-Beamte", "drei mit der Sache vertraute
        # Personen", "einer der Beamten")
        "(?:(?:ranghohe|hochrangige|amerikanische|westliche|südkoreanische|ukrainische)\\w* )*"
        "(?:\\S+-)?(?:beamte|beamten|diplomaten|regierungsvertreter|insider)",
        "(?:personen|menschen|quellen),? die mit (?:der|den|dem) \\S+ vertraut",
        "mit (?:der|den|dem) \\S+ vertraute\\w*",
        "der (?:\\S+ )?(?:beamten|diplomaten|quellen)",
        # (16pf) an organisation's members counted, no figure ("32 NATO-Mitgliedstaaten", "27 EU-
        # Staaten")
        "(?:nato|eu|g7|g20|un)-?(?:mitglied)?(?:staaten|länder|mitglieder)",
        "(?:mitglied(?:s)?staaten|mitgliedsländer|verbündete\\w*|alliierte\\w*)",
        "zoll",  # inches: a calibre ("152 milímetros (6 pulgadas)", 16p)
        # (16r) calibres and multipliers are no counts ('152mm', '152-millimeter', '12-fache',
        # A); a number counting a noun outside the story: factories, interviewees (B)
        "-?mm", "uhr",
        "-?millimeter\\w*",
        # (30ar) a multiplier only as a word of its own or joined by a hyphen ("12-fache", "12
        # fach"), not the nouns that start with "Fach" ("über tausend Fachkräfte": workers)
        "-fach\\w*", "fach(?:e|em|en|er|es)?(?!\\w)",
        "-?kaliber\\w*",
        "(?:nordkoreanische\\w* )?(?:fabriken|betriebe|unternehmen|firmen)",
        # Minen sind kein geliefertes Material ("Hunderte Minen")
        "minen(?!-)",
        # Lieferungen und Fabriken werden gezählt, nicht das Material (16n)
        "lieferungen", "sendungen", "chargen", "fabriken",
        # Flächen ("200 Quadratkilometer", "mehrere hundert km2")
        "quadratkilometer\\w*", "km2", "km²", "qkm", "hektar\\w*",
        "km", "kilometer\\w*", "meter\\w*", "jahre alt", "-jährig\\w*", "jährig\\w*", "-tägig\\w*",
        "tägig\\w*", "-wöchig\\w*", "-monatig\\w*", "dollar",
        "euro", "rubel", "won", "prozent", "%", "stunden", "tage\\w*", "wochen", "monate\\w*",
        "jahre\\w*", "minuten", "tonnen", "dörfer\\w*", "mal", "panzer\\w*", "drohnen",
        "\\w+drohnen",  # "6.000 Kampfdrohnen"
        "brigaden", "divisionen", "bataillon\\w*", "regiment\\w*", "länder\\w*", "staaten",
        "quellen",
        # stages and rates are no counts ("in zwei Phasen", "92 Opfer pro Tag")
        "phasen", "etappen", "wellen", "(?:\\w+ ){1,2}(?:pro|am|jeden) tag",
        # kinds, not items ("mehrere Arten von Raketen")
        "(?:verschiedene\\w* )?(?:arten|typen|sorten|modelle)",
        # (notfig, session 6) Geld: Währungen, ihre Kürzel und Zeichen nach der Zahl
        # ("500 US-Dollar", "500 EUR", "500 Yuan", "500 Hrywnja", "500 Pfund")
        "us-dollar", "usd", "\\$", "€", "£", "eur", "yen", "yuan", "renminbi", "hrywnj\\w*",
        "griwn\\w*", "uah", "pfund", "franken", "cents?",
        # (notfig, session 6) Maße: Längen, Gewichte, Mengen ("500 m", "500 Seemeilen", "500 kg",
        # "500 t", "500 Liter", "500 Barrel")
        "m(?!-)", "cm", "zentimeter\\w*", "meilen", "seemeilen", "kg", "kilo(?:gramm)?\\w*",
        "t(?!-)", "kilotonnen", "liter\\w*", "barrel\\w*", "fass", "kubikmeter\\w*",
        # (notfig, session 6) Dauer und Geschwindigkeit ("500 Sekunden", "seit Jahrzehnten",
        # "500 Stundenkilometer", "-stündigen")
        "sekunden", "jahrzehnt\\w*", "jahrhundert\\w*", "-stündig\\w*", "stündig\\w*",
        "-minütig\\w*", "stundenkilometer\\w*", "km/h", "knoten",
        # (notfig, session 6) Prozentpunkte, Uhrzeit, Grad, Leistung, andere Zählungen
        # ("5 Prozentpunkte", "40 Grad", "300 Sitze", "500 Stimmen")
        "prozentpunkt\\w*", "ortszeit", "mez", "gmt", "utc", "grad(?!-)", "°c?", "megawatt", "mw",
        "kalorien", "sitze", "stimmen",
        # (16ef) a unit's number or a count of units, no people ("das 528 Pionierregiment")
        "\\w*regiment\\w*", "\\w*brigade\\w*", "\\w*bataillon\\w*",
        # (16ij) units counted with a side's or an arm's adjective between ("zwei
        # nordkoreanische Brigaden"), as en "two North Korean brigades"
        "(?:nordkoreanische|koreanische|militärische|motorisierte)\\w* "
        "(?:brigade|division|bataillon|regiment)\\w*",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "(?:strafgefangene|sträfling|häftling)\\w*",
        "seiten",  # (16px)
        "(?:kranken)?betten",  # (16px)
        "gegen \\d[\\d.]*",  # (16px)
        "regionen",  # (16px)
        "gebiete[n]?",  # (16px)
        "flugzeug\\w*",  # (16px)
        "kampfjets?",  # (16px)
        "kampfflugzeug\\w*",  # (16px)
    ],
    # (16nf) das gezählte Nomen: Orte, Fahrten, Male, Schiffe, Tage zählen nichts der Geschichte
    # ("in fünf russischen Stützpunkten", "32 Fahrten", "an 16 Orte", "von zwei Häfen"); dazwischen
    # höchstens zwei gebeugte Adjektive (`counted_gap`)
    "not_counted": [
        "stützpunkte[n]?", "militärbasen", "basen", "standorte[n]?", "orte[n]?", "stellen",
        "ziele[n]?", "zielorte[n]?", "bestimmungsorte[n]?",
        "häfen", "flughäfen", "flugplätze[n]?", "einrichtungen", "anlagen", "lager[n]?",
        "ausbildungsstätten", "ausbildungslager[n]?", "übungsplätze[n]?",
        "truppenübungsplätze[n]?", "militärstützpunkte[n]?", "depots", "krankenhäuser[n]?",
        "stellungen", "positionen", "provinzen", "regionen", "gebiete[n]?", "bezirke[n]?",
        "städte[n]?", "dörfer[n]?", "ortschaften", "fronten", "frontabschnitte[n]?",
        "fahrten", "reisen", "überfahrten", "hin- und rückfahrten", "besuche[n]?", "flüge[n]?",
        "rotationen", "mal", "male[n]?", "schiffe[n]?", "frachtschiffe[n]?", "frachter[n]?",
        "containerschiffe[n]?", "boote[n]?", "züge[n]?", "tage[n]?", "wochen", "monate[n]?",
        # (19ct) Sitze, Reihen, Gräber, Tafeln ("12 Sitze in 9 Reihen", "400 Gräber")
        "sitze[n]?", "sitzplätze[n]?", "reihen", "gräber[n]?", "grabsteine[n]?", "grabstätten",
        "grabplatten", "gedenktafeln", "tafeln", "denkmäler[n]?", "gebäude[n]?",
    ],
    "counted_gap": "(?!(?:einen|einer|eines|einem|sowie|gegen|unter|über|nach|durch|während|"
                   "zwischen|davon|insgesamt|jeweils|weitere[n]?|mehr)\\b)"
                   "[^\\W\\d_][\\w-]*(?:e|en|er|es)",
    # (16nf) ein Tag einer Spanne von Daten ("vom 3. bis 5. März", "am 3. und 4. März") und die
    # Nummer eines Tages ("Ukraine-Invasion, Tag 1093")
    "day_range": ["bis", "bis zum", "und(?: de[nm])?"],
    "day_number": ["tag"],
    # (16pq) a size told as usual, no count:
    # "besteht ein Bataillon im Allgemeinen aus mehreren Hundert Soldaten"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["zahl", "anzahl", "gesamtzahl", "stärke", "größe", "umfang"],
                  "verb": ["liegt bei", "lag bei", "liege bei", "beträgt", "betrug", "betrage",
                           "beläuft sich auf", "belief sich auf", "belaufe sich auf", "auf",
                           "erreicht", "erreichte", "übersteigt", "überstieg"]},
    "usual": ["im allgemeinen", "in der regel", "normalerweise", "üblicherweise", "gewöhnlich",
              "typischerweise", "generell",
              # (16ci) the rest of the closed class: how often, how it varies
              "meist", "meistens", "zumeist", "oft", "häufig", "in aller regel",
              "gemeinhin", "variier\\w*", "schwank\\w*"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation, a measure of a thing, the people a reporter met or surveyed
    "age": {"after": [r"\s?-?\s?jährig\w*", r"\s?-?\s?jährige\w*", r"\s+jahre alt(?!\w)",
                      r"\s?-?\s?generation\w*"],
            "decade": [r"\s?-?\s?(?:er|ern|ers)(?!\w)"],  # "in den 20ern", "Mitte der 20er"
            "before": [r"(?:anfang|mitte|ende)(?: der)?",
                       r"(?:im )?alter (?:von|zwischen)(?: rund| etwa| knapp| gut| über| unter)?"]},
    "measure": [r"\s?-?\s?(?:fuß|fuss|zoll|meilen?|(?:kilo|zenti|milli)?meter\w*|km|cm|mm)"
                r"(?![\w])",
                r"-tonn\w+", r"\s?-?\s?tonnen?[- ]?schwer\w*", r"\s?-?\s?kaliber\w*"],
    "interviewed": {
        "before": [r"sprach(?:en)?(?: \w+)? mit", r"redete(?:n)?(?: \w+)? mit",
                   r"unterhielt(?:en)? sich(?: \w+)? mit", r"traf(?:en)? sich(?: \w+)? mit",
                   r"befragte(?:n)?", r"interviewte(?:n)?", r"befragung(?:en)? (?:von|unter)",
                   r"umfrage unter", r"gespräch(?:e|en)? mit", r"interviews? mit",
                   r"aussagen von"],
        "gap": ["den", "dem", "der", "die", "allen", "rund", "etwa", "über", "mehr als",
                "mindestens", "insgesamt", "weiteren", "nun", "jetzt"],
        "after": [r"(?:\s+[^\s\d.,;:!?]+){0,4}\s+(?:befragt|interviewt)(?!\w)",
                  r"(?:\s+[^\s\d.,;:!?]+){0,3},?\s+mit denen(?:\s+[^\s\d.,;:!?]+){0,4}\s+"
                  r"(?:sprach|sprachen|gesprochen|redete|geredet)"],
    },
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "aus persönlichen gründen", "(?:zu )?(?:geschäfts|privat|touristischen) ?zwecken",
        "(?:durchreise|transit) in (?:ein )?drittl\\w*", "besucher aus nordkorea",
        "nordkoreanische besucher",
        "eingereist", "einreise\\w*", "bildungszweck\\w*", "zum studium", "um zu studieren",
              # (16ce) ausgestellte Visa: Grenzstatistik
              "\\w*visum", "\\w*visa"],
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["fehlen", "fehlten", "\\w*mangel\\w*"],
    # (16ce) je Einheit ("die jeweils Hunderte von Containern transportieren"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": ["jeweils", "je"],
               "after": ["jeweils", "pro einheit"]},
    # (32ar) a phase named by its number ("in Phase 2"): no count (articles/nonfigures.py)
    "phase_before": ["phase", "etappe"],
    "not_figure_before": [
        # (22lb) the size of each group of a sending ("in Gruppen von je 1500 verlegt"): no count
        "(?<!\\w)in (?:gruppen|kontingenten|rotationen) (?:von )?(?:je |jeweils )?",
        # (23at) and groups counted first ("in fünf Gruppen zu je 2500 bis 3000")
        "(?<!\\w)(?:zwei|drei|vier|fünf|sechs|sieben|acht|mehrere|\\d+) "
        "(?:gruppen|einheiten) (?:von |zu |à )(?:je |jeweils )?",
        # (16kl) an outlet named by a number ("France 24", "France 2"): a name, no count
        "(?<!\\w)france",
        # (16ab) a quantity per thing, no total, as ko "각 컨테이너에", ja "各コンテナに" ("wobei in
        # jedem Container 300 bis 500 Granaten enthalten sein könnten")
        "(?<!\\w)(?:in |pro |für )?jede[mnrs]? [\\w-]+(?: [\\w-]+){0,3}",
        # (16pf) a document's number, no figure ("Resolution 2375", "Dekret Nr. 123", "Artikel 5")
        "(?<!\\w)(?:resolution(?:en)?|artikel[ns]?|art\\.|dekret\\w*|erlass\\w*|verordnung|"
        "gesetz(?:es|e)?|ukas|§)(?: nr\\.?)?",
        # (16r) a number counting a noun outside the story: factories, interviewees (B)
        "befragt\\w*(?: \\S+){0,2}",
        "interviewt\\w*(?: \\S+){0,2}",
        "sprach\\w* mit(?: \\S+){0,2}",
        # those whose accounts the outlet gathered ("die Aussagen von sechs Arbeitern")
        "(?:aussagen|berichte|schilderungen) von(?: [^\\s.!?;:]+){0,2}",
        "\\$", "€", "£", "alter von", "nr\\.", "seite",
        # (notfig, session 6) Geld und Bezeichnungen vor der Zahl: "¥500", "Hwasong-11",
        # "Kapitel 5", "Einheit 29155", "Typ 73", "Flug 17"
        "₩", "¥", "hwasong-?", "(?<!\\w)(?:kapitel|abschnitt|absatz|paragraph|paragraf)",
        "(?<!\\w)(?:platz|rang|stufe|flug|route|raum|zimmer|gebäude|tor|modell|typ|version)",
        "(?<!\\w)seiten",  # (16px)
        "(?<!\\w)kaliber",  # (16px)
        "(?<!\\w)top",  # (16px)
        "\\d[\\d.]* gegen",  # (16px)
        "(?<!\\w)im jahre?",  # (16px)
        "(?<!\\w)namen von",  # (16px)
    ],
    # (35c) a wave without a number told as a possibility, an expectation or not yet seen
    # ("die Möglichkeit, dass Nordkorea zusätzliche Truppen entsendet", "wird erwartet",
    # "noch nicht"): no figure; read only beside an unnumbered wave (articles/reinforcements.py)
    "wave_unseen": ["möglichkeit", "möglicherweise", "erwartet\\w*", "noch nicht",
                    "bereitet sich (?:darauf )?vor"],
    "hypothetical": [  # (16px)
        "(?:könnte|dürfte|würde)\\w*(?=(?: [^\\s,.;:]+){1,8} werden(?!\\w))",  # (16px)
        "droh(?:t|en)(?=(?: [^\\s,.;:]+){1,6} zu werden(?!\\w))",  # (16px)
        # (16pr) a sending told as possible with the verb last ("dass Nordkorea zusätzliche
        # Soldaten … schicken könnte"): no sending done
        "(?:schicken|entsenden|verlegen|senden) (?:könnte|könnten|dürfte|dürften)",
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["bereits", "schon"],
    # (16cj) words of a sum: right before a total ("insgesamt", "zusammen") or right after it
    # ("11.000 insgesamt"); the numbers listed before the total that add up to it are its parts
    # (analysis.articles.parts.listed_with_sum)
    # (16cl) ein Verhältnis, keine Zahl der Geschichte ("acht von zehn", "neun von je zehn";
    # "von", "aus" nur mit dem Nenner zehn: "3 der 12.000", "6.000 von 14.000" sind Teile mit
    # ihrer Summe, 16cj): analysis.articles.ratios
    "ratio": {"sure": ["von je", "aus je", "auf je", "von jeweils", "unter je"],
              "of": ["von", "aus", "unter"], "one": ["einer", "eines", "einem", "eine"]},
    # (16cl) die Namen einer Einheit mit ihrer Nummer danach ("Einheit 1234", "Brigade 155",
    # "Korps 11", "des Regiments 94"; nicht "eine Brigade 5000 Mann stark")
    "unit_named": ["\\w*einheit(?:en)?", "truppenteils?", "\\w*korps", "armee(?:n)?",
                   "\\w*division(?:en)?", "\\w*brigade(?:n)?", "\\w*regiment(?:s|er|e|en)?",
                   "\\w*bataillons?", "\\w*kompanie(?:n)?", "\\w*zuges", "trupps?",
                   "\\w*batterie(?:n)?", "\\w*abteilung(?:en)?", "\\w*staffel(?:n)?",
                   "\\w*geschwaders?", "flottille(?:n)?"],
    "sum": {"before": ["insgesamt", "zusammen(?! mit)", "zusammengenommen", "zusammengerechnet",
                       "gesamt", "in summe", "in der summe", "alles in allem", "summa summarum",
                       "also insgesamt", "macht zusammen", "in toto"],
            "after": ["insgesamt", "zusammen(?! mit)", "zusammengenommen", "zusammengerechnet",
                      "in summe", "alles in allem", "gesamt"],
            "made_of": ["bestehend aus", "besteht aus", "bestehen aus", "zusammengesetzt aus",
                        "setzt sich aus", "setzen sich aus", "darunter", "davon", "von denen",
                        "unter ihnen", "aufgeteilt in", "einschließlich"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("Russland verschießt täglich rund 10.000 Granaten"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["pro tag", "jeden tag", "täglich\\w*", "tagtäglich", "je tag"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["entführt\\w*", "verschlepp\\w*", "deportiert\\w*",
                           "zwangsumgesiedelt\\w*", "entführung\\w*", "verschleppung\\w*",
                           "deportation\\w*"],
                 "camp": ["\\w*lager\\w*", "songdowon", "wonsan", "pjöngjang"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "iran(?:s|er)?",
        "iranisch\\w*",
        "teheran",
        "(?:die usa|die vereinigten staaten|washington|der westen|westliche\\w* (?:staaten|lände"
        "r|verbündete\\w*)|europa|die eu) (?:hat|haben|hatten?)? ?(?:nur |bereits |bisher )?(?:g"
        "eliefert|geschickt|bereitgestellt|lieferte\\w*|schickte\\w*)",
        "an die ukraine (?:geliefert|geschickt|übergeben)",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "zerstört\\w*",
        "zerstörte\\w*",
        "verloren",
        "verlor(?:en|t)?\\w*",
        "neutralisiert\\w*",
        "vernichtet\\w*",
        "ausgeschaltet\\w*",
        "beschädigt\\w*",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "weltweit",
        "ins ausland",
        "im ausland",
        "\\d+ länder\\w*",
        "andere\\w* länder\\w*",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "pro tag",
        "am tag(?! \\w)",
        "täglich(?!\\w)",
        "jeden tag",
    ],
    # (26aw) ein Verlust in der Größe einer Einheit ("bis zu einem Bataillon"): articles/units.py
    "unit_size": [
        "(?:(?:bis zu|etwa|rund|fast|nahezu|beinahe|knapp|ungefähr) )?"
        "(?:ein|einem|eines|einen) (?:ganze[nms]? |gesamte[nms]? )?bataillons?",
    ],
    "wiped_out": [],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("der
# ukrainische Botschafter in Südkorea"); "Botschafter" alone stays Russia's in Pyongyang
ARTICLES["claimants"].update({
    "ukrainische\\w* (?:un-|uno-)?(?:botschafter|gesandte|vertreter)\\w*|"
    "(?:un-|uno-)?(?:botschafter|gesandte)\\w* (?:der ukraine|kiews)":
        "Ukrainian government (unspecified)"})
# the side holding a place is no source ("die von ukrainischen Spezialkräften besetzte Region",
# "besetzt von den ukrainischen Spezialkräften"), as fr "occupée par"
ARTICLES["partner"] += ["(?:besetzt|kontrolliert)\\w* (?:von|durch)"
                        "(?: den| der| dem| die)?",
                        "von(?= (?:\\S+ )?(?:\\S+ )?\\S+ (?:besetzt|kontrolliert)\\w*)"]
# workers counted for another destination ("China mit 1.500, … Libyen mit 600 und Iran mit 130
# Arbeitern") in a sentence naming no Russia: no workers sent to Russia, as "weltweit"
ARTICLES["worldwide"] += ["china", "katar", "(?:vereinigte\\w* )?arabische\\w* emirate\\w*",
                          "libyen", "iran", "kuwait", "mongolei", "südostasien",
                          "(?:de[nm] )?nahen osten", "afrika"]
# a force counted with North Koreans among it ("50.000 Soldaten, darunter mehr als 10.000 aus
# Nordkorea"): a mixed unit, no figure of the story, as fr "dont"
ARTICLES["other_side"] += ["(?:soldaten|truppen|kämpfer|militärangehörige),? (?:darunter|"
                           "einschließlich|inklusive)(?=[^.;:]{0,40}?nordkorea)"]

# (24ar) a country right after "durch" is who acted (the agent of a capture or a delivery named
# by its noun: "die Gefangennahme zweier nordkoreanischer Soldaten durch die Ukraine
# bestätigt"), not the subject of the verb after it: the body before confirms
# (articles/speaker.spoken_countries)
ARTICLES["agent_before"] = ["durch(?: die| den| das| der)?"]

# (25ar) the separable "bekannt geben" with its particle right after the verb ("Budanow gab
# bekannt, dass Kim Jong-un …"): the split form above wants a word between them
ARTICLES["attribution"].append("(?:gab|gibt|gaben) bekannt")

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 Fahrzeuge stießen an mehreren
# Stellen zusammen"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)(?:an|in) )(?:mehreren|verschiedenen) (?=(?:stellen|orten|pu"
    r"nkten)(?!\w))",
    r"\1",
))

# (rv14) "most of them" after the count, beyond a comma or a dash, is its breakdown, as "die
# meisten davon" (D30, D64.4): "300 Menschen wurden festgenommen, die meisten von ihnen
# Studenten" = 300; "die meisten von 300" (the share's whole after it) stays a share (rule 13)
FIGURES["rewrites"].append(
    # (the comma or dash in lookbehinds: the table's gate must see what the rewrite starts with)
    (r"(?:(?<=,)|(?<=,\s)|(?<=\s[–—-])|(?<=\s[–—-]\s))die meisten von ihnen(?!\w)",
     "die meisten davon"),
)
# (33ra, D224.5) "die (überwiegende) Mehrheit" after the count, beyond a comma or a dash, tells
# who most of the counted were ("fast 120 Arbeitskräfte, die überwiegende Mehrheit Rumänen und ein
# paar Bulgaren" = nearly 120), as "die meisten davon"; not before the share's whole ("die Mehrheit
# der 120", rule 13)
FIGURES["rewrites"].append((
    r"(?:(?<=,)|(?<=,\s)|(?<=\s[–—-])|(?<=\s[–—-]\s))die (?:große |überwiegende |weit überwiegende "
    r"|absolute |deutliche )?mehrheit(?! (?:der|von|aller) )(?!\w)",
    "die meisten davon",
))
# (33ra, D224.4) "die Mehrheit der Quellen / Historiker" (most of the sources) is a share of those
# who tell the count, not of the count ("die meisten Quellen sprechen von 300.000" reads 300,000)
FIGURES["rewrites"].append((
    r"(?<!\w)die (?:große |überwiegende )?mehrheit der (?=(?:quellen|historiker\w*|experten|"
    r"expertinnen|fachleute|schätzungen|studien|forscher\w*)(?!\w))",
    "die ",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) "Tausende und Abertausende", "Hunderte und Hunderte"
    "repeat": ["und"],
    # (D68.2) the units of mass, area and volume (not lengths, D66.3): "eine Tonne", "mehr als
    # einer Tonne", "ein Hektar", "einen Liter" are one unit
    "measures": [
        "tonne", "tonnen", "kilo", "kilos", "kilogramm", "kilogramms", "gramm", "hektar",
        "hektars", "quadratkilometer", "quadratkilometern", "quadratmeter", "quadratmetern",
        "liter", "litern", "kubikmeter", "kubikmetern", "zentner",
    ],
})

# (17cv, D78.3) a number and a half is the number written with "-einhalb", for every number the
# compounds write, not only 2-10: "elfeinhalb Millionen" = 11,500,000, "zwanzigeinhalb" (read
# before as "Millionen" alone, vague, or as "Tausend" alone: 1,000); glued to "tausend" or
# "hundert" it is that many thousands or hundreds ("zweieinhalbtausend" = 2,500, unparsed before)
FIGURES["numbers"].update({
    word + "einhalb": value + 0.5
    for word, value in FIGURES["compound"].items()
    if value >= 11
})
FIGURES["rewrites"].append((
    r"(?<!\S)(" + "|".join(
        longest_first(
            {w for w in FIGURES["numbers"] if w.endswith("einhalb")} | {"anderthalb"}
        )
    ) + r")(tausend|hundert)(?!\w)",
    r"\1 \2",
))

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Trotz mehrerer Warnungen starben 12 Menschen"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "trotz", "nach", "vor", "während", "wegen", "infolge", "aufgrund", "auf grund", "durch",
        "seit", "binnen", "innerhalb", "ohne", "für", "gegen", "dank", "angesichts", "im laufe",
        "im zuge", "im verlauf", "nach ablauf",
    ],
    [
        "von", "und", "oder", "mal", "male", "andere", "anderen", "weitere", "weiteren",
        "hundert", "tausend",
    ],
))

# (17cu) German nouns are head-final: a compound whose head is a time unit ("Festwochen",
# "Regentage", "Lebensmonaten", "Amtsjahren") is that unit, a duration beside a count (D77.1).
# Every form of each unit's noun; a word that ends so and is no time unit is in
# ``time_heads_not`` (the loans in "-age": "Etage", "Reportage"; "…tag" of an assembly,
# "Bundestag", takes no number before it but an ordinal). Read in
# analysis.figures.units.other_cats, once per word; no table words (they vote for no language).
FIGURES["time_heads"] = [
    "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden",
    "tag", "tage", "tagen", "nacht", "nächte", "nächten",
    "woche", "wochen", "monat", "monate", "monaten",
    "quartal", "quartale", "quartalen",
    "jahr", "jahre", "jahren",
    "jahrzehnt", "jahrzehnte", "jahrzehnten",
    "jahrhundert", "jahrhunderte", "jahrhunderten",
]  # (no genitive singular, "-tages", "-jahres": no number stands right before one)
FIGURES["time_heads_not"] = [
    "^etage", "^etagen", "reportage", "reportagen", "sabotage", "sabotagen", "courtage",
    "plantage", "plantagen", "frottage", "stellage",
]
# (17cu) an ordinal after an article or a contracted preposition ("das 25. Stadtfest", "beim
# 12. Marathon", "im 19. Jahrhundert", "zur 3. Auflage"): German writes every ordinal with a
# point; after one of these words the number is no count ending a sentence (D77.2, D7). Written
# as the ordinal sign "e" the engine drops ("25e"); not before a month (a date: "am 3. Mai")
FIGURES["rewrites"].append((
    "(?<![\\w.])(der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|seit|seine[mnrs]?|ihre[mnrs]?"
    "|unsere[mnrs]?|jede[mnrs]?|diese[mnrs]?) (\\d{1,3})\\. (?!(?:januar|jänner|februar|feber|"
    "märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mrz|mär|apr|"
    "jun|jul|aug|sept?|okt|nov|dez)\\b)(?=[^\\W\\d])",
    "\\1 \\2e ",
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "unterschritt
# 2000" (fell below), "erreichte nicht (einmal) 50"; the separable verb "nahm … um N zu" (rose by N)
# is additional (rule 12), as "stieg um N"
FIGURES["at_most"] += [
    "unterschritt", "unterschritten", "unterschreitet", "unterschreiten",
    "erreichte nicht", "erreichten nicht", "erreicht nicht", "erreichen nicht",
    "erreichte nicht einmal", "erreichten nicht einmal", "erreicht nicht einmal",
    "erreichen nicht einmal",
]
FIGURES["post_at_most"] += ["nicht erreicht", "nicht erreichte", "nicht erreichten"]
FIGURES["rewrites"].append((
    r"\b(nahm|nahmen|nimmt|nehmen)((?: [^\s,.;:]+){0,12}?) um "
    r"(?=(?:rund |etwa |mehr als |über |fast |knapp |gut )?\d[\d.,]*(?![\d.,])"
    r"(?: (?:tausend|millionen|million|mio\.))?(?: [^\W\d_]+)? zu\b)",
    r"\1\2 weitere ",
))

# (20fa, D91.1) an estimate told by its verb, across its object ("Das RKI schätzt 2023 die Zahl
# der … Personen auf 3100"): approx, as "schätzungsweise 3100"
FIGURES["rewrites"].append(estimated_at(
    FIGURES, ["schätzt", "schätzen", "schätzte", "schätzten", "schaetzt", "schaetzen"], ["auf"],
    "schätzungsweise",
))
# (20fa, D92.3) "viele Tausend" in its dative and genitive ("zu vielen Tausend Todesfällen"): vague,
# as "viele tausend" (the singular "Tausend" alone was read as the scale: exactly 1,000)
FIGURES["vague"].update({
    "vielen tausend": 1000, "vielen tausenden": 1000, "vieler tausend": 1000,
    "vielen hundert": 100, "vielen hunderten": 100, "vieler hundert": 100,
})
# (21rb, D102.4) a per cent of rise is additional, as "rose by 5 %" (rule 12, D65): "um 14
# Prozent zugenommen / gestiegen" (verb-final), as "ein Anstieg um 14 Prozent"
# (22rb, D108) and with every verb of a rise, as a count "um 50 erhöht" reads: "um 10 Prozent
# erhöht / gesteigert / aufgestockt / angehoben" (raised by; round 9's rule test now expects
# additional), "um" (by) names the rise, "auf" (to) the new total ("auf 400 erhöht" stays)
FIGURES["rewrites"].append((
    r"\bum ((?:rund |etwa |fast |knapp |gut |mehr als |über )?\d[\d.,]*) ?(prozent|%) "
    r"(?=(?:[^\W\d_]+ )?(?:gestiegen|angestiegen|gewachsen|zugenommen|erhöht|gesteigert|"
    r"aufgestockt|angehoben|angewachsen|geklettert)\b)",
    r"anstieg um \1 \2 ",
))
# (22rb, D108) the verb first ("die Zahl der Fälle stieg um 14 Prozent", "erhöhte sich um 10
# Prozent", "legte um 10 Prozent zu"): additional as "stieg um 500" reads; not with the new total
# after it ("stieg um 10 Prozent auf 400" = 400) nor with a fall ("sank um 10 Prozent")
FIGURES["rewrites"].append((
    r"\b((?:stieg|stiegen|steigt|wuchs|wuchsen|wächst|kletterte|kletterten|klettert|legte|legten|"
    r"legt|erhöhte sich|erhöhten sich|erhöht sich)(?: (?!und\b|oder\b|um\b)[^\W\d_][\w-]*){0,5}) "
    r"um ((?:rund |etwa |fast |knapp |gut |mehr als |über )?\d[\d.,]*) ?(prozent|%)"
    r"(?! (?:[^\W\d_]+ )?auf\b)",
    r"\1 anstieg um \2 \3",
))
# (22rb, D110) "einige" on an institution or a medium that reports the count, its verb right after
# ("Einige Flughäfen meldeten 300 Ausfälle"): the source's determiner, no count (D9), as "some
# officials"; not people who are also counted (round 4's fr "Certains survivants ont déclaré qu'il
# y avait 65 hommes" is labelled unparsed), and only where a number follows (alone it stays
# several)
FIGURES["rewrites"].append((
    r"\beinige ((?:[^\W\d_]+ )?(?:flughäfen|fluggesellschaften|krankenhäuser|kliniken|medien|"
    r"zeitungen|agenturen|behörden|studien|regierungen|länder|staaten|regionen|bundesländer|"
    r"kommunen|ministerien|organisationen) (?:meldeten|meldet|melden|berichteten|berichten|"
    r"berichtet|"
    r"sagten|sagen|schätzen|schätzten|gaben an|geben an)\b)(?=.*\d)",
    r"\1",
))

# (23rc, D125) "one or two" told with the article that is also "one" ("ein oder zwei Tote", "eine
# bis zwei Personen"): the range 1-2 (rule 6), as "1 oder 2" reads; not "einer" (the pronoun: "einer
# oder zwei der Verletzten")
FIGURES["rewrites"].append((
    r"(?<!\w)(?:ein|eine|einen|einem) (oder|bis) (?=(?:vielleicht )?zwei\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6), as "oder sogar"
FIGURES["range_sep"] += ["oder vielleicht", "oder möglicherweise", "oder eventuell"]

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\bneuen? ((?:[^\W\d_]+ )?(?:autos?|pkw|fahrzeuge|personenwagen|elektroautos|wagen|lkw|"
    r"motorräder)\b)",
    r"\1",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("mio|mrd|millionen|million|milliarden|milliarde"))

# (23rf, D137) the nouns of a rise with "von" or "um" before a count or a per cent ("ein Anstieg
# von 9,4 Prozent", "eine Steigerung von ca. 14 Prozent"): additional, as "ein Anstieg um" and "ein
# Plus von" read (rule 12, D108); "von A auf B" stays the new total B (D35). Falls stay a total.
FIGURES["additional"] += [
    "anstieg von", "zunahme von", "steigerung um", "steigerung von", "erhöhung um",
    "erhöhung von", "wachstum um", "wachstum von", "sprung um", "sprung von", "plus von",
    "ein mehr von", "einem mehr von", "aufwuchs um", "aufwuchs von",
]
# (23rf, D137) a figure text that is only "um N Prozent" (by N per cent: "um mehr als 54 Prozent",
# "um rund 60 Prozent") tells the size of a change, no share: additional, as "um N Prozent
# gestiegen" (D108); not "um die N Prozent" (about N), not with a word of a fall in the phrase
FIGURES["rewrites"].append((
    r"^\s*um ((?:rund |etwa |ca\. |ca |circa |zirka |ungefähr |fast |knapp |gut |mehr als |über |"
    r"weniger als |nahezu |beinahe |mindestens |bis zu )?\d[\d.,]*) ?(prozent|%)(?=\s*[.!]?\s*$)",
    r"anstieg um \1 \2",
))

# (23rf, D138) "higher / greater than" and "lower / smaller than" before the number ("höher als 40
# Prozent", "geringer als 500"): at least / at most (rules 3, 4), as "mehr als", "weniger als"
FIGURES["at_least"] += ["höher als", "größer als", "hoeher als", "groesser als"]
FIGURES["at_most"] += ["niedriger als", "geringer als", "kleiner als"]

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) a range told by its least and most ("mindestens 1269 Wölfe und höchstens 1800",
# "zwischen mindestens 1269 und höchstens 1800"): the range A-B (rule 6), the noun after its ends
FIGURES["rewrites"].append((
    r"\b(?:zwischen )?mindestens (\d[\d.,]*(?: (?:tausend|millionen))?)((?: [^\W\d_]+)?),? und "
    r"(?:höchstens|maximal) (\d[\d.,]*(?: (?:tausend|millionen))?)",
    r"zwischen \1 und \3\2",
))

# (23rf, D140) "N der letzten M Monate" is a ratio (rule 13), as "15 der letzten 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:von den|der) (?:letzten|vergangenen|ersten) \d+) (?:monate|monaten|jahre|jahren|"
    r"wochen|tage|tagen)\b",
    r"\1",
))

# (23re, D134.1) D122's size of a change told after the count with a sign ("(+3.932 gegenüber
# 2023)"), or with "mehr / weniger" before a bare year ("- 103 mehr als 2016", which the 17nm
# rewrite turns into "103 mehr im jahr 2016"), then the comparison: no count beside the count
FIGURES["differences"] += [
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:gegenüber|im vergleich)(?![^\W\d_])",
    r"\S+ # (?:[^\W\d_]+ ){0,2}(?:weniger|mehr) im jahr (?:19|20)\d\d(?!\d)",
]
# (23re, D135.2) a bare year in the slot after the finite verb, when the count stands before the
# verb as its subject (passive "wurden / wurde") or its object ("haben wir"), and a preposition or
# an adverb follows the year ("131 Hunde wurden 2025 bei uns aufgenommen", "Knapp 111,7 Millionen
# Besucher wurden 2018 deutschlandweit … gezählt", "178 … Wildkatzen haben wir 2023 im Tierheim …
# aufgenommen"): the time, written "im Jahr" (D7). Not before a noun, "und", "bis" ("wurden 2000
# Menschen", a count)
FIGURES["rewrites"].append((
    r"(?<=\d)((?: [^\W\d_]+){1,3} (?:wurden|wurde|haben wir|hatten wir)) ((?:19|20)\d\d) "
    r"(?=(?:bei|beim|im|in|am|an|auf|aus|vom|von|nach|zwecks|deutschlandweit|bundesweit|"
    r"landesweit|weltweit|europaweit|allein|insgesamt|erstmals|hier|dort|bereits|schon|"
    r"erneut|wieder|nur|lediglich)\b)",
    r"\1 im jahr \2 ",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12 %)", "+5.000 Mitglieder") tells the size
# of a change: additional (rule 12), written as "weitere" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("weitere"))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("näherte sich drei Männern" is no mark)
_DE_BIG = mark_ahead(r"tausend|millionen|million|mio|mrd|milliarden", "der|den|dem|die")

# (24ra, D143) the verbs of passing a mark in their tenses and participles, with "die Marke /
# Schwelle / Grenze (von)" between ("überschreitet die Marke von 31.000", "knackte die Marke von",
# "durchbrach", "übersprang"): at least (rule 3), as "überschritt"; "nähert(e) sich (der Marke
# von) N": nearly, as "fast". Not after "nicht" (D42)
_DE_MARK = r"(?: (?:die|der|den|dem) (?:marke|schwelle|grenze|hürde|schallmauer)(?: von)?)?"
FIGURES["rewrites"].append((
    r"(?<!nicht )\b(?:überschreit\w*|überschritt\w*|übersteig\w*|überstieg\w*|übertraf\w*|"
    r"übertrifft|übertroffen|knackt|knackte|knackten|knacken|geknackt|durchbrach\w*|durchbricht|"
    r"durchbrochen|übersprang\w*|überspring\w*|übersprungen)" + _DE_MARK + r"(?= )",
    "überschritt",
))
FIGURES["rewrites"].append((
    r"(?<!nicht )\b(?:nähert|näherte|näherten|nähern|annähernd an) sich" + _DE_MARK + _DE_BIG,
    "fast",
))

# (24rb, D147) multipliers are no counts (rule 13, as "mal mehr"): "das 30-Fache", "um das
# 30fache", "multipliziert mit 3"
FIGURES["fraction"] += [
    "-fache", "-fachen", "-facher", "-faches", "fache", "fachen", "multipliziert mit",
    "multiplizieren mit", "vervielfacht", "vervielfachte", "vervielfachten",
]

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['d.h.', 'das heißt', 'das heisst', 'sprich', 'mit anderen worten']

# (24rd, D154) "sich um (die) N bewegen / um N pendeln" (to hover around N) in every form: approx,
# as "um die"; not "schwanken um" ("schwankte um 300 Euro": varied by 300) nor "um N" alone (a
# change's size, D141, or a time)
FIGURES["rewrites"].append((
    r"\b(?:bewegt|bewegte|bewegten|bewegen|bewegend|pendelt|pendelte|pendelten|pendeln|pendelnd)"
    r" (?:sich )?um (?:die )?(?=\d)",
    "um die ",
))

# (24rc, D150) the size of a rise told in words with "um" ("um acht Prozent gestiegen", "stieg um
# zwölf Prozent", "um zwanzig erhöht"): additional, as the same in digits (rule 12, D108): "um"
# before its verb of rise (participle) or after it (the verb first); "auf" after it (the new total,
# D35) and "um die" (about) keep their readings. Falls (gesunken, sank um) stay a total.
_DE_NUMBER = number_word(
    (w for w, v in FIGURES["numbers"].items() if v >= 2),
    [*FIGURES["compound"], *FIGURES["compound_small"], *FIGURES["compound_scales"], "und"],
    ("ein", "eins", "eine", "einen", "und"),
)
_DE_QUAL = r"(?:rund |etwa |ca\. |circa |ungefähr |fast |knapp |gut |mehr als |über |nahezu )?"
FIGURES["rewrites"].append((
    r"\bum(?= " + _DE_QUAL + _DE_NUMBER + r"(?! (?:uhr|jahre?n?|tage?n?|prozentpunkte)\b)"
    r"[^.;]{0,40}?\b(?:gestiegen|erhöht|gesteigert|aufgestockt|angehoben|angewachsen|geklettert|"
    r"zugenommen|gewachsen)\b)(?![^.;]*\bauf\s) ",
    "um weitere ",
))
FIGURES["rewrites"].append((
    r"\b(stieg|stiegen|steigt|steigen|wuchs|wuchsen|wächst|kletterte|kletterten|erhöhte sich|"
    r"erhöhten sich|nahm|nahmen|legte|legten) um(?= " + _DE_QUAL + _DE_NUMBER
    + r"(?! (?:uhr|jahre?n?|tage?n?|prozentpunkte)\b))(?![^.;]*\bauf\s) ",
    r"\1 um weitere ",
))

# (24rc, D151) "auf einen / den Quadratmeter, Hektar, Quadratkilometer" (per square metre, per
# hectare: "drei Personen auf einen Quadratmeter", round 65): a rate (rule 13, D19, D114), as "pro
# Quadratmeter" reads; the dative "auf einem Quadratmeter" (on one square metre, a place) is not
# written
FIGURES["rate"] += [
    f"auf {article} {unit}"
    for article in ("einen", "den")
    for unit in ("quadratmeter", "hektar", "quadratkilometer", "qm", "km²")
]

# (24re, D156) a figure text that is only "um (qualifier) N Prozent" with N in words ("um knapp
# zehn Prozent", "um rund zwanzig Prozent"): additional, as D137's digits; not "um die" (about N)
FIGURES["rewrites"].append((
    r"^\s*um ((?:rund |etwa |ca\. |ca |circa |zirka |ungefähr |fast |knapp |gut |mehr als |über |"
    r"weniger als |nahezu |beinahe |mindestens |bis zu )?)(?=" + _DE_NUMBER
    + r" ?(?:prozent|%)\s*[.!]?\s*$)",
    r"anstieg um \1",
))

# (24re, D158) "unter die Marke / Schwelle / Grenze von" (below the mark of: "sank unter die Marke
# von 100"): at most (rule 3), as "unter"; D143's twin of a fall
FIGURES["at_most"] += [
    f"unter {article} {mark}{of}"
    for article in ("die", "der")
    for mark in ("marke", "schwelle", "grenze")
    for of in (" von", "")
]

# (25ra, D166) the qualifier words typed without their umlauts and ß ("uber 300", "ungefahr",
# "hochstens"; "ueber" was written, lang/_forms.py): read as the marked words
for _key in ("approx", "at_least", "at_most", "nearly", "post_approx", "post_at_least",
             "post_at_most", "post_nearly"):
    if _key in FIGURES:
        FIGURES[_key] += unmarked(FIGURES[_key])

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 Millionen" =
# 12,500,000): one or two digits after the space and a scale after them are a decimal (three
# digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "mio|mrd|millionen|million|milliarden|milliarde|tausend|tsd"))

# (25rb, D171) a per cent told "höher / größer" after it ("um 11 % höher") is "mehr"
# (additional), as "um 11 % mehr" reads (rule 12, D150). Falls stay a total
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|prozent)) (?:höher|hoeher|größer|groesser|grösser)\b",
    r"\1 mehr",
))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += ['storm shadow', 'atacms', 'himars', 'scalp']
ARTICLES["excluded"] += ['entmilitarisierte\\w* zone', 'dmz']
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    'verband\\w* nordkoreanischer (?:überläufer|flüchtlinge)',
    '(?:südkoreanische\\w* )?menschenrechts(?:gruppe|organisation|verband)\\w*',
    'überläufer(?:verband|organisation|gruppe)\\w*',
    'gyeore-?a?-?eol\\w*',
    'aktivist(?:in|en)?',
], "Individual witnesses and sources"))
# (26ac) many sources, none named ("laut verschiedenen Quellen"): nobody's
ARTICLES["impersonal"] += ["(?:laut|nach) (?:verschiedenen|mehreren|diversen|unterschiedlichen) "
                           "(?:quellen|angaben)(?! (?:aus|in|von|des|der))"]
# (26ac) "verkünden" in the present and the perfect ("Seoul verkündet, dass", "hat verkündet"), as
# "verkündete"
ARTICLES["attribution"] += ["verkündet", "verkünden"]
# (26ac) the outlet's newsroom named as its reporter ("Wie die Redaktion von compakt.de berichtet")
ARTICLES["outlet_grammar"]["before"] += ["redaktion (?:von|des|der)"]

# (25rc, D173) the decimal comma before the other abbreviation of millions ("1,724 Mill." of
# Austrian and Swiss pages = 1,724,000): German groups thousands with a point.
FIGURES["rewrites"].append(decimal_comma_before("mill"))

# (25rc, D174) "several" before a magnitude written as one word ("Mehrere Hunderttausend Hühner",
# "einige Zehntausend Menschen"): "hunderttausend" is read as its two words and "zehntausend" as
# its plural, so that rule 7 reads the "several" with the whole magnitude (200,000-999,999;
# 20,000-99,999, as "mehrere Zehntausende"), not one exact 100,000 or 10,000.
FIGURES["rewrites"] += [
    (r"\b((?:mehrere|einige|ein paar|etliche|wenige)[nr]?) (hundert)(tausend)\b", r"\1 \2 \3"),
    (r"\b((?:mehrere|einige|ein paar|etliche|wenige)[nr]?) zehntausend\b", r"\1 zehntausende"),
]

# (25rc, D175) the verbs of passing and approaching written after the number (German puts the
# participle last): "die Marke von 1 Million überschritten", "hat 1 Million übertroffen" (at
# least); "die Marke von 1 Million fast erreicht" (nearly).
FIGURES["post_at_least"] += [
    "überschritten", "überschreitet", "überschritt", "überschreiten", "übersteigt", "überstiegen",
    "überstieg", "übertroffen", "übertrifft", "übertraf", "geknackt", "knackte", "knackt",
]
FIGURES["post_nearly"] = [
    "fast erreicht", "beinahe erreicht", "nahezu erreicht", "knapp verfehlt", "fast erreichte",
]

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "2,3-mal", "2,3 mal",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("mal", "mal mehr")

# (25rd, D178) "zig" written apart from its "tausend" ("zig-tausenden Besucher", "Zig Tausende")
# read "Tausende" (1,000-9,999): written as the one word "zigtausende" (10,000-99,999, D11).
# ("several" before "Hunderttausend" / "Zehntausend", D178's other half, is D174's rewrite above:
# the two helpers wrote it at once, and one is kept.)
FIGURES["rewrites"].append((r"(?<![\w-])zig[- ]tausend", "zigtausend"))

# (25rd, D180) "Nr." before digits names the thing so numbered ("Zug Nr. 5", "Fall Nr. 14"), as
# "#14" and "№14" do (D74, D95.2): dropped, so a count beside it is read
FIGURES["rewrites"].append((r"(?<![\w.])nr\. ?\d+(?![\d]|[.,]\d)", " "))

# (26ra, D183) a verb of a rise right before its per cent with no "um" ("stieg 3 Prozent",
# "wuchs 2,5 %", "gestiegen 12 Prozent"): "stieg um N Prozent", additional (rule 12, D150, D164);
# falls stay a total
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"stieg|stiegen|steigt|steigen|gestiegen|wuchs|wuchsen|wächst|wachsen|gewachsen|kletterte|"
    r"kletterten|geklettert|sprang|sprangen|gesprungen|zulegte|zugelegt|erhöhte sich|"
    r"erhöhten sich|erhöht sich|nahm zu|nahmen zu", "um",
    r"%|prozent", r"fast|knapp|rund|etwa|gut|über|mehr als|circa|ca\.|nahezu",
))
# an emphatic word between "um" and the per cent ("um satte 40 Prozent", "um stolze 12 %"):
# dropped, so "um N Prozent" reads, a change's size, additional (D164); only before a per cent
FIGURES["rewrites"].insert(0, (
    r"\bum (?:satte|stolze|kräftige|beachtliche|beeindruckende|happige|gewaltige|ganze|"
    r"stattliche|erstaunliche|unglaubliche|enorme|erhebliche|magere|bescheidene|"
    r"rekordverdächtige|sagenhafte|saftige|mickrige|immerhin|schlappe|satten|stolzen)"
    r" (?=\d[\d.,]* ?(?:%|prozent)(?!\w))",
    "um ",
))

# (26ar) Zahlen eines anderen Gegenstands (articles/subjects.py): Einwohner oder Einnahmen in
# Millionen ("in ihr leben 26 Millionen Menschen"), Teilnehmer und Einwohner gezählt, ein Teil
# von Orten ("37 von 64 Ortschaften")
ARTICLES["other_subject"] = {
    "before": ["einwohnerzahl von", "bevölkerung von", "leben", "verdien\\w*"],
    "scale": ["million", "milliard", "mio", "mrd"],
    "after": ["teilnehmer(?:n|innen)?", "einwohner(?:n|innen)?", "bewohner(?:n|innen)?"],
    "of_total": ["von", "aus"],
}

# (26ar) einer von zweien, einzeln beschrieben (articles/subjects.py)
ARTICLES["other_subject"]["pair"] = {"one": ["einer", "eine", "ein", "eines"],
                                     "other": ["der andere", "die andere", "das andere",
                                               "der zweite", "die zweite"]}
# (26ar) eine Gefangennahme, die nicht geschah: davor, oder keine Gefangenen
ARTICLES["excluded"] += [
    "vor (?:ihrer|seiner|der) gefangennahme", "bevor (?:sie|er) gefangen genommen",
    "keine (?:\\w+ ){0,2}(?:gefangenen|kriegsgefangenen)",
]
# (26ar) die Leute der anderen Seite, nach ihrer Armee benannt
ARTICLES["other_side"] += [
    "(?:soldaten|angehörige|kämpfer|militärs) der (?:russischen|ukrainischen) (?:\\w+ )?"
    "(?:armee|streitkräfte|spezialeinheiten|spezialkräfte)",
]
ARTICLES["not_counted"] += ["entsendungen", "wellen", "kontingente"]  # (26ar)
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['einige', 'einigen', 'einiger', 'mehrere', 'mehreren']
# (26ar) die Opfer eines Beschusses einer ukrainischen Stadt ("in einem nächtlichen Beschuss von
# Kiew eine nordkoreanische ballistische Rakete ein, was zu mindestens 10 Todesfällen führte")
ARTICLES["other_side"] += [
    "(?:beschuss|bombardierung|raketenbeschuss|bombardement) (?:von|auf) (?:kiew|charkiw|odessa|"
    "dnipro|saporischschja|lwiw)",
]

# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): no count
# (lang/_designations.py)
FIGURES["rewrites"] += GENERATION

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "zwischen", "und", "mehr als|über", r"millionen|million|mio\.?|tausend", "oder mehr"))

# (28rb, D207) "eine Schätzung von N" (an estimate of) is approximate (rule 2, as "geschätzt")
FIGURES["approx"] += ["schätzung von", "eine schätzung von", "schätzungen von"]

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 Passagiere, darunter 3 Kinder, und 15 Besatzungsmitglieder" holds two
# counts (a list, unparsed), as a count with its own "more" word there does (D60.2); a list's last
# "and" takes no comma in this language
FIGURES["told_with"]["resumes"] = ["und"]

# (29aa) infantrymen counted are troops and soldiers, as en "infantry" is (round 16zz26's
# "11 000 nordkoreanischen Infanteristen")
ARTICLES["troops"].append("infanterist\\w*")
ARTICLES["soldiers"].append("infanterist\\w*")

# (29hf) a fraction of a scale word belongs to the number the article reader cuts out: "eine halbe
# Million Granaten", "eine Million und eine halbe" (it read "million", 1,000,000)
ARTICLES["scale_fractions"] = {
    "before": ["(?:eine[nrm]? )?halbe[nrm]?", "(?:eine[nrm]? )?viertel"],
    "after": ["und eine halbe"],
}

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "zum Ausgleich
# der Verluste", "als Ersatz für die Gefallenen"; the verb after them ("um die Verluste
# auszugleichen") follows a comma, a clause boundary already
ARTICLES["made_up_for"] = [
    "(?:zum|als) (?:ausgleich|ersatz)(?: (?:der|für|die|ihre|seine|hohen|schweren))*"]
# (30ab) self-harm to escape the draft is no wound of the war ("verletzten sich selbst"): a loss
# cue with a reflexive right after it is no metric
ARTICLES["self_inflicted_after"] = ["sich(?: selbst)?"]
# (30ab) earlier estimates nobody is named for ("Frühere Schätzungen nannten 3000 Verluste"):
# impersonal, no source carried from before
ARTICLES["impersonal"] += ["(?:frühere|vorherige|bisherige|ältere) schätzungen "
                           "(?:nannten|gingen|sprachen|lagen|hatten|waren)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("Austausch von 314
# Kriegsgefangenen"): both sides' prisoners, no capture of North Koreans
ARTICLES["excluded"] += [
    "(?:austausch|austauschen|tauschten|tauschen|ausgetauscht)(?: von)?"
    "(?= (?:insgesamt |rund |etwa |mehr als )?\\d[\\d.]* (?:kriegsgefangene|gefangene))"]

# (30rb, D216.2) "Viertel" after a preposition with its article or a definite article ("ins
# Viertel", "im Viertel", "aus dem Viertel": the district) is no quarter (rule 13); "ein Viertel",
# "das Viertel der Bevölkerung" (of a whole) stay the fraction
FIGURES["rewrites"].append((
    r"\b(ins|im|ans|am|vom|aus dem|in dem|in das|zum|dem|durchs|ums) viertel\b"
    r"(?! (?:der|des|von|aller)\b)",
    r"\1 stadtteil",
))

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["und"], ["die", "der", "den", "dem", "das"]))
# (31fx, D218.3) and the plural article between D210.2's "and" and its count ("e i 12"): dropped
FIGURES["rewrites"].append(article_after_resumes(
    FIGURES["including"], FIGURES["told_with"]["resumes"], ["die"]))

# (32rl, D220.1) a share told after the total and its comma ("349 Menschen, davon mehr als die
# Hälfte Kinder") tells who the counted were: the total's breakdown (D5), written as the table's
# breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share keeps
# it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["davon", "darunter", "von denen", "unter ihnen", "von ihnen"],
    ["mehr als", "über", "fast", "knapp", "etwa", "rund", "ungefähr", "mindestens", "weniger als",
     "gut", "nahezu", "annähernd", "beinahe"],
    ["die hälfte", "die mehrheit", "die große mehrheit", "ein drittel", "zwei drittel",
     "ein viertel", "drei viertel", "ein fünftel", "der großteil", "ein großteil", "die meisten"],
    ["davon", "von ihnen"],
    "darunter"))

# (34ar) die Stärke eines stehenden Heeres nach seinen aktiven Soldaten ("Bei der Truppenstärke
# rangiert Nordkorea mit 1,3 Millionen aktiven Soldaten hinter China", meilleur-en-suisse.ch /
# NZZ; "eine Armee mit rund 1,2 Millionen aktiven Soldaten"): Nordkoreas eigenes Heer, keine
# Zahl der Geschichte (articles/subjects.py)
ARTICLES["other_subject"]["after"] += [
    "aktive[nr]? (?:soldaten|soldatinnen und soldaten|truppen|militärangehörige[n]?|"
    "streitkräfte[n]?)"]
ARTICLES["other_subject"]["before"] += [
    "truppenstärke", "(?:armee|streitkräfte|militär)(?: [^\\W\\d_]+){0,3} mit"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "wladiwostok", "moskau", "kursk", "primorje", "chabarowsk", "sibirien", "fernen osten",
    "ferner osten", "(?:sankt|st\\.) petersburg", "nachodka", "sachalin", "amur", "rostow",
    "tuwa", "kasan", "tatarstan", "alabuga", "nowosibirsk", "jakutien"
]

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['in', 'im', 'in der', 'in den', 'auf', 'auf der', 'am'], 'und', [
        # (35rd, D236.1) a noun of an area with no name ("im Land, 6 in Kiew"; the text is read
        # in small letters)
        (r"im (?:ganzen )?(?:land|bundesland|gebiet|bezirk|kreis|landkreis)"
         r"|in der (?:ganzen )?(?:region|provinz)", r"in|im|in der|in den|auf|auf der|am"),
    ]),
    part_of_total(
        [
            'von insgesamt', 'unter insgesamt', 'von einer gesamtzahl von', 'aus insgesamt'
        ], 'von'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('ein', 'eine', 'einen')
       for u in ('jahr', 'monat', 'woche', 'tag', 'jahrzehnt')]
    + [f'{n} {u}'
       for n in ('zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn')
       for u in ('jahre', 'monate', 'wochen', 'tage', 'jahrzehnte')],
    ['später', 'zuvor', 'danach', 'davor', 'früher'],
))

# (34rc, D229.1) D122's "das sind 28 mehr als im Vorjahr" once the rewrites dropped "als" before
# "im Vorjahr" ("auf insgesamt 114 Tote, das sind 28 mehr als im Vorjahr", round 100; "4.123
# Menschen, 96 weniger als im Vorjahreszeitraum"): "mehr / weniger im Vor…" (the year, month,
# period before) is the size of a change after the count, no count beside it
FIGURES["differences"] += [
    r"\S+ # (?:[^\W\d_]+ ){0,2}(?:weniger|mehr) (?:im|in der|in dem|zum|zur|gegenüber dem) "
    r"vor[^\W\d_]*(?![^\W\d_])",
]
# (34rc, D229.2) D52.6's "um N auf M" with the size's noun, or its per cent joined by "oder /
# bzw.", between ("um 216 Menschen oder 6,6 Prozent auf 3059 Menschen gegenüber dem Vorjahr
# gesunken", round 100; "stieg um 1.900 Personen oder 0,5 Prozent auf 389.000"): dropped, so that
# the rewrite of "um N auf" reads the new total (D35, D61.3). Not "Uhr" (the time: "um 5 Uhr")
_DE_BY_TO = rewrite_index(FIGURES["rewrites"], "auf ", r"\bum (?:rund ")
FIGURES["rewrites"].insert(_DE_BY_TO, (
    r"(\bum (?:rund |etwa |mehr als |über |fast |knapp |gut )?\d[\d.,]*"
    r"(?: (?:tausend|millionen|million|mio\.))?)(?: (?!uhr\b)[^\W\d_]+)?"
    r"(?: (?:oder|bzw\.|beziehungsweise|und) (?:um )?(?:rund |etwa |fast |knapp )?\d[\d.,]*"
    r" ?(?:%|prozent))?(?= auf (?:rund |etwa |über |mehr als |fast |knapp |gut )?\d)",
    r"\1",
))

# (art34b) words of size before a loss noun ("mit hohen Verlusten", "schwere Verluste"): the losses
# are many, none counted; across a clause boundary they give no number its metric
# (articles/heavy.py)
ARTICLES["heavy_losses"] = ["hohen?", "hoher", "schweren?", "schwerer", "großen?", "großer",
                            "erheblichen?", "massiven?", "enormen?", "beträchtlichen?"]

# (art34b) unnamed reports named in a figure's own clause ("in einigen Berichten ist von 12.000 die
# Rede"): the figure is theirs, not the sources of the clause before (articles/speaker.py,
# hedged_reports)
ARTICLES["hedged_reports"] = ["in (?:einigen|manchen|anderen) berichten",
                              "(?:einigen|manchen|anderen) berichten zufolge",
                              "laut (?:einigen|manchen|anderen) berichten"]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("über 400 Menschen sind in 15 Notunterkünften untergebracht"): set aside (D20)
FIGURES["rewrites"] += lodging_aside(
    ["in", "auf"],
    [r"\w*(?:unterkünften|unterkuenften|notquartieren|sammelstellen|zeltstädten|zeltstaedten)",
     r"\w*(?:aufnahmeeinrichtungen|aufnahmestellen|auffanglagern|flüchtlingslagern|lagern)",
     r"\w*(?:notunterkunftsstellen|evakuierungszentren|betreuungsstellen|wärmestuben)"],
    ["mehr als", "über", "rund", "etwa", "fast", "knapp", "mindestens"],
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf",
)

# (35rc, D235.1) a count of hospitals the counted are brought to, admitted to or spread over ("32
# Verletzte wurden in fünf Krankenhäuser gebracht", "auf vier Kliniken verteilt"): set aside
# beside the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    ["gebracht", "eingeliefert", "transportiert", "verlegt", "behandelt", "versorgt", "verteilt",
     "geflogen", "ausgeflogen", "evakuiert", "aufgenommen", "überwiesen", "gefahren",
     "brachten", "brachte", "bringen", "liegen verteilt", "werden behandelt"],
    ["in", "auf", "an", "zu"],
    [r"(?:(?:nahe gelegene|nahe gelegenen|\w+(?:e|en)) )?"
     r"\w*(?:krankenhäuser|krankenhäusern|krankenhaeuser|"
     r"krankenhaeusern|kliniken|spitäler|spitälern|spitaeler|spitaelern|hospitäler|"
     r"hospitälern|klinika)"],
    ["mehr als", "über", "rund", "etwa", "fast", "knapp", "mindestens"],
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehrere",
)
# (34re, D231.2) "und eine weitere in Belgien" after a count: one more of the counted, a sum
FIGURES["rewrites"].insert(0, one_other_in(
    ["und"], ["eine weitere", "ein weiterer", "einen weiteren", "eine andere", "ein anderer"],
    ["in", "im", "auf", "am", "bei"],
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"))

# (art34b, 35aa) the label of an editorial's headline ("Leitartikel: …"): the paper's own view,
# no source of its lead (reader._named_after)
ARTICLES["editorial_headline"] = ["leitartikel\\s*[:|]"]
