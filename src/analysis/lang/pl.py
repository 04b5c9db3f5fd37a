"""Polish (``pl``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
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
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
    unmarked,
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

SCRIPTS = ("latin",)

MONTHS = [
    ["styczeń", "styczni\\w*", "stycz"],
    ["luty", "lutego", "lutym"],
    ["marzec", "marca", "marcu"],
    ["kwiecień", "kwietni\\w*"],
    ["maj", "maja", "maju"],
    ["czerwiec", "czerwca", "czerwcu"],
    ["lipiec", "lipca", "lipcu"],
    ["sierpień", "sierpni\\w*"],
    ["wrzesień", "wrześni\\w*"],
    ["październik\\w*"],
    ["listopad\\w*"],
    ["grudzień", "grudni\\w*"],
]

WEEKDAYS = [
    ["poniedział\\w*"],
    ["wtor\\w*"],
    ["środ\\w*"],
    ["czwart\\w*"],
    ["piąt\\w*"],
    ["sobot\\w*"],
    ["niedziel\\w*"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "zabit\\w*", "zginęł\\w*", "zginęli", "zmarł\\w*", "zmarli", "rann\\w*", "zaginion\\w*",
        "zatrzyman\\w*", "ewakuowan\\w*", "hospitalizowan\\w*",
    ],
    "casualties": [
        "ofiar\\w*", "poszkodowan\\w*", "przypadk\\w*",
    ],
    "numbers": {
        # collective nouns counting people one by one are exact (D27): "szóstka dzieci",
        # "dwójkę ewakuowali"
        "dwójka": 2, "dwójkę": 2, "dwójki": 2, "trójka": 3, "trójkę": 3, "trójki": 3,
        "czwórka": 4, "czwórkę": 4, "czwórki": 4, "piątka": 5, "piątkę": 5, "szóstka": 6,
        "szóstkę": 6, "siódemka": 7, "siódemkę": 7, "ósemka": 8, "ósemkę": 8,
        "dziewiątka": 9, "dziewiątkę": 9, "dziesiątka": 10, "dziesiątkę": 10,
        # "pół tysiąca" = 500: pół multiplies the scale after it, like "half a million"
        "pół": 0.5,
        # (lexicon 17, session 6) "półtora tysiąca" / "półtorej" (one and a half) = 1,500 (rule 8)
        "półtora": 1.5, "półtorej": 1.5,
        "zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "dwa": 2, "dwie": 2,
        "dwóch": 2, "dwaj": 2, "trzy": 3, "trzech": 3, "trzej": 3, "cztery": 4, "czterech": 4,
        "czterej": 4, "pięć": 5, "pięciu": 5,
        "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9,
        "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12,
        "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17,
        "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20, "trzydzieści": 30,
        "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60, "siedemdziesiąt": 70,
        "osiemdziesiąt": 80, "dziewięćdziesiąt": 90, "sto": 100, "dwieście": 200, "trzysta": 300,
        "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700, "osiemset": 800,
        "dziewięćset": 900,
        # other cases of the tens and hundreds ("czeka siedmiuset mieszkańców")
        "dwudziestu": 20, "trzydziestu": 30, "czterdziestu": 40, "pięćdziesięciu": 50,
        "sześćdziesięciu": 60, "siedemdziesięciu": 70, "osiemdziesięciu": 80,
        "dziewięćdziesięciu": 90, "stu": 100, "dwustu": 200, "trzystu": 300, "czterystu": 400,
        "pięciuset": 500, "sześciuset": 600, "siedmiuset": 700, "ośmiuset": 800,
        "dziewięciuset": 900, "jedenastu": 11, "dwunastu": 12, "trzynastu": 13,
        "czternastu": 14, "piętnastu": 15, "szesnastu": 16, "siedemnastu": 17,
        "osiemnastu": 18, "dziewiętnastu": 19,
        # collective numerals for people and children ("troje dzieci", "pięcioro cywilów")
        "dwoje": 2, "dwojga": 2, "troje": 3, "trojga": 3, "czworo": 4, "czworga": 4,
        "pięcioro": 5, "pięciorga": 5, "sześcioro": 6, "sześciorga": 6, "siedmioro": 7,
        "jedenaścioro": 11, "dwanaścioro": 12, "trzynaścioro": 13, "czternaścioro": 14,
        "piętnaścioro": 15, "szesnaścioro": 16, "siedemnaścioro": 17, "osiemnaścioro": 18,
        "dziewiętnaścioro": 19, "dwadzieścioro": 20,
        # (17nd) the tens and the other cases ("trzydzieścioro osób", "dwadzieściorga dzieci")
        "dwadzieściorga": 20, "trzydzieścioro": 30, "trzydzieściorga": 30, "czterdzieścioro": 40,
        "czterdzieściorga": 40, "pięćdziesięcioro": 50, "pięćdziesięciorga": 50,
        "jedenaściorga": 11, "dwanaściorga": 12, "trzynaściorga": 13, "czternaściorga": 14,
        "piętnaściorga": 15, "szesnaściorga": 16, "siedemnaściorga": 17, "osiemnaściorga": 18,
        "dziewiętnaściorga": 19, "dwadzieściorgiem": 20, "trzydzieściorgiem": 30,
        "siedmiorga": 7, "ośmioro": 8, "ośmiorga": 8, "dziewięcioro": 9, "dziewięciorga": 9,
        "dziesięcioro": 10, "dziesięciorga": 10,
        # the other cases of the cardinals (D37): dative and instrumental ("z siedmioma
        # zaginionymi", "dwóm rannym"), "dwu", and of the collective numerals and nouns
        "jednemu": 1, "jednym": 1, "jedną": 1, "jednej": 1,
        "dwu": 2, "dwom": 2, "dwóm": 2, "dwoma": 2, "dwiema": 2, "trzem": 3, "trzema": 3,
        "czterem": 4, "czterema": 4,
        **{
            f"{stem}oma": value
            for stem, value in (
                ("pięci", 5), ("sześci", 6), ("siedmi", 7), ("ośmi", 8), ("dziewięci", 9),
                ("dziesięci", 10), ("jedenast", 11), ("dwunast", 12), ("trzynast", 13),
                ("czternast", 14), ("piętnast", 15), ("szesnast", 16), ("siedemnast", 17),
                ("osiemnast", 18), ("dziewiętnast", 19), ("dwudziest", 20), ("trzydziest", 30),
                ("czterdziest", 40), ("pięćdziesięci", 50), ("sześćdziesięci", 60),
                ("siedemdziesięci", 70), ("osiemdziesięci", 80), ("dziewięćdziesięci", 90),
                ("st", 100), ("dwust", 200), ("trzyst", 300), ("czteryst", 400),
            )
        },
        **{
            f"{stem}{ending}": value
            for stem, value in (
                ("dwoj", 2), ("troj", 3), ("czworg", 4), ("pięciorg", 5), ("sześciorg", 6),
                ("siedmiorg", 7), ("ośmiorg", 8), ("dziewięciorg", 9), ("dziesięciorg", 10),
            )
            for ending in (("gu", "giem") if stem in ("dwoj", "troj") else ("u", "iem"))
        },
        "dwójce": 2, "dwójką": 2, "trójce": 3, "trójką": 3, "czwórce": 4, "czwórką": 4,
        "piątce": 5, "piątką": 5, "szóstce": 6, "szóstką": 6, "siódemce": 7, "siódemką": 7,
        "ósemce": 8, "ósemką": 8, "siódemki": 7, "ósemki": 8,
        # (17gwa) "both" of men and of mixed groups ("obaj kierowcy zginęli", "oboje rodzice") is
        # two people, as hi "दोनों" (D27); not "obie" / "obu" ("obie strony", "po obu stronach":
        # both sides, no count)
        "obaj": 2, "obydwaj": 2, "oboje": 2, "obydwoje": 2, "obojga": 2, "obydwojga": 2,
    },
    "scales": {
        "tys.": 1000, "tys": 1000, "mln": 1_000_000, "mln.": 1_000_000, "mld": 1_000_000_000,
        # (17gwa) "mld." with its dot and the common misspelling "tyś."
        "mld.": 1_000_000_000, "tyś.": 1000, "tyś": 1000,
        # the scale words in every case, singular and plural (D38): "około 2 tysiącom
        # mieszkańców" (dative), "z 3 tysiącami" (instrumental), "o milionie"
        **{
            f"{stem}{ending}": value
            for stem, value, endings in (
                ("tysi", 1000, ("ąc", "ąca", "ącowi", "ącem", "ącu", "ące", "ęcy", "ącom",
                                "ącami", "ącach")),
                ("milio", 1_000_000, ("n", "na", "nowi", "nem", "nie", "ny", "nów", "nom",
                                      "nami", "nach")),
                ("miliard", 1_000_000_000, ("", "a", "owi", "em", "zie", "y", "ów", "om",
                                            "ami", "ach")),
                # (17gwa) written without diacritics ("5 tysiecy", "2 milionow")
                ("tysi", 1000, ("ac", "aca", "acowi", "acem", "acu", "ace", "ecy", "acom",
                                "acami", "acach")),
                ("milio", 1_000_000, ("now",)), ("miliard", 1_000_000_000, ("ow",)),
            )
            for ending in endings
        },
    },
    "collective": {
        "tuzin": 12, "setka": 100,
        # (lexicon 17, session 6) other cases of tuzin and setka ("około tuzina", "ponad setkę")
        "tuzina": 12, "tuzinem": 12, "tuzinie": 12, "setkę": 100, "setką": 100,
    },
    "vague": {
        # (21ra, D97.3) "wielotysięczny tłum" (a crowd many thousand strong): thousands
        "wielotysięczn\\w*": 1000,
        "dziesiątki": 10, "setki": 100, "tysiące": 1000, "dziesiątki tysięcy": 10_000,
        "miliony": 1_000_000,
        # genitive plural alone ("życie tysięcy żołnierzy"); after a number a multiplier
        "dziesiątek": 10, "setek": 100, "tysięcy": 1000, "dziesiątek tysięcy": 10_000,
        "setek tysięcy": 100_000, "milionów": 1_000_000,
        # (lexicon 17, session 6) instrumental and locative plurals ("setkami", "w tysiącach"),
        # billions, tens and hundreds of millions
        "dziesiątkami": 10, "setkami": 100, "tysiącami": 1000, "milionami": 1_000_000,
        "dziesiątkach": 10, "setkach": 100, "tysiącach": 1000, "milionach": 1_000_000,
        # (27ru, D196.3) the dative plural ("tysiącom niewinnych Irakijczyków", to thousands;
        # read one thousand before)
        "dziesiątkom": 10, "setkom": 100, "tysiącom": 1000, "milionom": 1_000_000,
        "miliardy": 1_000_000_000, "miliardów": 1_000_000_000,
        "dziesiątki milionów": 10_000_000, "dziesiątek milionów": 10_000_000,
        "setki milionów": 100_000_000, "setek milionów": 100_000_000,
    },
    "several": [
        "kilka", "kilku", "kilkoma", "parę", "paru",
        # (17gwa) the instrumental "paroma" ("z paroma osobami")
        "paroma",
        # (lexicon 17, session 6) the collective "kilkoro" (a few, of children or mixed groups)
        "kilkoro", "kilkorga", "kilkorgu", "kilkorgiem",
    ],
    "several_magnitude": {
        # (21ra, D97.3) "several" fused with a magnitude in an adjective of a group ("kilkutysięczną
        # grupę", a group several thousand strong; "kilkusetosobowy tłum"): the group's size, vague
        # 2·M .. 10·M − 1, as the labels read "15-osobową wyprawę" = 15
        "kilkutysięczn\\w*": 1000, "kilkusetosobow\\w*": 100,
        "kilkudziesięcioosobow\\w*": 10, "kilkudziesięciotysięczn\\w*": 10_000,
        "kilkusettysięczn\\w*": 100_000,
        "kilkadziesiąt": 10, "kilkudziesięciu": 10, "kilkaset": 100, "kilkuset": 100,
        # (lexicon 17, session 6) instrumental forms and the colloquial "parę-" (a few tens,
        # a few hundred)
        "kilkudziesięcioma": 10, "parędziesiąt": 10,
        "parudziesięciu": 10, "paręset": 100, "paruset": 100,
    },
    # "teens" words: vague 11-19 (times the magnitude after them)
    "teens": [
        "kilkanaście", "kilkunastu",
        # (lexicon 17, session 6) instrumental and the colloquial "paręnaście"
        "kilkunastoma", "paręnaście", "parunastu",
        # (lexicon 17, session 6) the collective "kilkanaścioro" (a dozen-odd children)
        "kilkanaścioro", "kilkanaściorga", "kilkunaściorga",
    ],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    # "rzędu" is also "row" (genitive): "środkowego rzędu dla sześciu osób" (the middle row, for
    # six) is no "of the order of six" (D34, D39)
    "prepositions": [
        "do", "około", "powyżej", "poniżej", "blisko", "ponad", "aż do", "rzędu",
        # (lexicon 17, session 6) "koło" / "w okolicach" are also "near" a place
        "koło", "w okolicach",
        # (lexicon 17, session 6) "dobre" (a good …) is also the adjective "good"
        "dobre", "dobrych", "dobry", "dobra",
    ],
    "approx": [
        "jakieś", "jakichś",
        "około", "ok.", "mniej więcej", "szacunkowo", "rzędu", "w przybliżeniu", "~",
        "szacuje się na",
        # (lexicon 17, session 6) colloquial "koło", "w granicach" / "w okolicach" (in the
        # region of), "ok" without its dot
        "koło", "w granicach", "w okolicach", "ok", "mniej-więcej", "circa",
        # (17gwa) "szacowane na 500" (estimated at 500) in every gender and number, as "szacuje
        # się na"; "orientacyjnie" (roughly); "okolo" without diacritics
        "szacowane na", "szacowana na", "szacowany na", "szacowanych na", "szacowani na",
        "szacowano na", "szacuje się ją na", "szacuje się je na", "orientacyjnie", "okolo",
    ],
    # (17gwa) "100 osób mniej więcej" (100 people, more or less): written after the number
    "post_approx": ["mniej więcej", "w przybliżeniu"],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "trochę więcej niż", "niewiele więcej niż", "nieco powyżej", "trochę powyżej",
        "nieznacznie powyżej", "nieznacznie ponad", "nieznacznie więcej niż", "trochę ponad",
        "niewiele ponad",
        "ponad", "nieco ponad", "co najmniej", "przekroczyła", "przekroczył", "przekroczyły",
        "przekroczyło", "przekracza", "przekraczają", "przekraczać", "przekroczyć", "przekroczy",
        "przekroczą", "przynajmniej", "więcej niż", "powyżej",
        "minimum", "przeszło",
        "blisko ponad",
        # the abbreviations "min. 15" (at least) and "maks. 15", "max. 15" (at most) (D41)
        "min.", "minim.",
        # (lexicon 17, session 6) "nie mniej niż" / "nie mniej jak" (no fewer than), "więcej jak",
        # "z górą" (upwards of), "dobrze ponad" / "grubo ponad" (well over)
        "nie mniej niż", "nie mniej jak", "więcej jak", "z górą", "dobrze ponad", "grubo ponad",
        # (lexicon 17, session 6) "dobre 100 osób" (a good 100, as de "gut")
        "dobre", "dobrych", "dobry", "dobra",
        # (17gwa) "conajmniej" (at least, written as one word), "wiecej niz" without diacritics
        "conajmniej", "wiecej niz",
    ],
    "at_most": [
        "do", "nawet", "maksymalnie", "najwyżej", "mniej niż", "poniżej", "nie więcej niż", "aż do",
        "maks.", "max.",
        # (lexicon 17, session 6) "co najwyżej" (at most), colloquial "mniej jak"
        "co najwyżej", "mniej jak", "nie więcej jak",
        # (lexicon 17, session 6) "nie przekracza" (does not exceed): at most, not "przekracza"
        "nie przekracza", "nie przekraczają", "nie przekroczyła", "nie przekroczył",
        "nie przekroczyły", "nie przekroczyło", "nie przekroczy", "nie przekroczą",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "nieco mniej niż", "nieco mniej jak", "trochę mniej niż", "niewiele mniej niż",
        "nieco poniżej", "trochę poniżej", "niewiele poniżej", "lekko poniżej",
        "nieznacznie poniżej", "nieznacznie mniej niż",
        "prawie", "niemal", "blisko", "zbliża się do", "zbliżają się do", "zbliżyła się do",
        "zbliżyły się do", "niespełna", "prawie że",
        # "niecałe 24 tys." (not quite, not a whole)
        "niecałe", "niecały", "niecała", "niecałych", "niecałego", "niecałej",
        # (lexicon 17, session 6) "nieomal", "bez mała" (all but, nearly)
        "nieomal", "bez mała", "omal",
    ],
    # (lexicon 17, session 6) "100 z okładem" / "z hakiem" (a hundred-odd): weak at least (D2)
    "weak_at_least": ["z okładem", "z hakiem"],
    # "N, a nawet więcej" (or even more) is at least, as "lub więcej" (D3, D41)
    "post_at_least": [
        "+", "lub więcej", "i więcej", "a nawet więcej", "jeśli nie więcej",
        # (17gwa) "albo więcej", "czy więcej" (or more) and "100 lat z górą" (upwards of 100)
        "albo więcej", "czy więcej", "z górą",
    ],
    # (17gwa) "100 osób lub mniej" (100 or fewer)
    "post_at_most": ["lub mniej", "albo mniej", "czy mniej", "i mniej"],
    # "cztery inne zostały ranne" (four others)
    # (17gwa) the instrumental "z 5 innymi" (with five others)
    # (17nk) "new" counts only after the number ("386 tysięcy nowych"); before it ("liczba nowych
    # zachorowań … wynosiła 10,6 mln") it names the count, a total (D40.14, D50)
    "additional_post": ["inne", "inni", "innych", "więcej", "innymi", "nowych"],
    "additional": [
        "kolejne", "kolejnych", "dodatkowe", "dodatkowych", "jeszcze", "następne", "następnych",
        # (lexicon 17, session 6) other genders and cases of "kolejny", "dodatkowy", "dalszy"
        "kolejni", "kolejny", "kolejna", "kolejnego", "kolejnej", "dodatkowo", "dodatkowi",
        "dalsze", "dalszych", "dalsi",
        # (17gwa) the other genders and cases ("dodatkowy batalion", "dalszej setki")
        "dodatkowy", "dodatkowa", "dodatkowego", "dodatkowej", "dodatkowymi", "kolejnymi",
        "dalszy", "dalsza", "dalszego", "dalszej", "dalszymi",
        # (17nj) "rose by N" with the verb's preposition of the difference is additional, as en
        # "grew by", de "wuchs um" (rule 12, D39, D49); "to N" stays the total
        "wzrosła o", "wzrosło o", "wzrósł o", "wzrosły o", "zwiększyła się o",
        "zwiększyło się o", "zwiększył się o", "zwiększyły się o",
        # (17cg) the noun of the rise ("wzrost o przeszło tysiąc", a rise of over a thousand), as ru
        # "рост на" (D54.2, D65.3)
        "wzrost o", "wzrostu o", "wzrostem o", "przyrost o", "przyrostu o",
    ],
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 rannych, a mianowicie
        # 20 dorosłych"; D23, D50.5)
        "a mianowicie", "mianowicie",
        "w tym", "z czego", "spośród nich",
        # (17nl) "646 osób, aż 157 z nich" (646, 157 of them): "z nich" (of them) after the part
        # opens it as "z których" does; the number right before it is the part (D30, D51.5)
        "z nich",
        # (lexicon 17, session 6) "wśród nich", "wśród których", "z których" (of whom)
        "wśród nich", "wśród których", "z których", "spośród których",
        # (17gwa) "w tej liczbie" (in this number), "m.in." / "między innymi" (among others),
        # "wliczając" (counting in)
        "w tej liczbie", "m.in.", "między innymi", "wliczając", "wliczając w to",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "złożona z", "złożony z", "złożone z", "złożoną z", "złożonej z", "złożonego z",
        "składająca się z", "składający się z", "składające się z", "składającą się z",
    ],
    "total": [
        "łącznie", "w sumie", "ogółem", "razem", "w całości",
        # (lexicon 17, session 6) "sumarycznie" (in sum)
        "sumarycznie",
        # (17gwa) "łączna / całkowita / ogólna liczba" (the total number)
        "łączna liczba", "całkowita liczba", "ogólna liczba", "łączną liczbę", "ogólnie",
    ],
    "range_pre": ["od", "między", "pomiędzy"],
    "range_sep": ["do", "lub", "albo", "-", "jeśli nie", "a nawet", "czy nawet", "o ile nie",
        # (lexicon 17, session 6) "dwa czy trzy", "dwa bądź trzy" (two or three)
        "czy", "bądź"],
    "range_and": ["a", "i"],
    # "and": "zabijając mężczyznę i raniąc cztery inne osoby" (killing a man and wounding four
    # others) is a sum with someone not counted (D12, D37, D39)
    "and": ["i", "oraz"],
    # (17gwa) the cases of "procent" and "proc" without its dot
    "percent": [
        "%", "procent", "proc.", "proc", "procenta", "procentów", "procentach", "procentami",
    ],
    "fraction": [
        # (17cg) "prawie wszystkie z 30 gondoli": "nearly all of" a count, with the partitive "z",
        # is a part of it, as "most of the" (rule 13, D49.7, D65.6); without "z" it stays the count
        "prawie wszyscy z", "prawie wszystkie z", "niemal wszyscy z", "niemal wszystkie z",
        # "razy" (times) is a multiplier before a comparative ("trzy razy więcej", "dwa razy
        # tyle"); after a verb it counts occasions ("interweniowali ponad 2800 razy", D38),
        # as English "times" and Russian "раз"
        "razy więcej", "razy mniej", "razy tyle", "razy szybciej", "razy częściej", "krotnie",
        # (30fx, D214.1) the comparatives declined: a stem inside a longer phrase is read as
        # written (no stem), so "razy większ\\w*" never matched ("400 razy większe" read 400)
        *(f"razy {stem}{end}" for stem in ("większ", "mniejsz", "wyższ", "niższ")
          for end in ("y", "a", "e", "ego", "ej", "ych", "ym", "ymi", "ą")),
        "połowa", "połowę", "połowy", "trzecia", "trzecie", "trzecich",
        "trzecią", "czwarta", "czwarte", "czwartą", "czwartej", "ćwierć", "większość", "większości",
        # "i drugie tyle" (and as many again): a sum, not one count
        "drugie tyle",
    ],
    "rate": [
        # (32rl, D220.5) "for each" ("za każdego zabitego bojownika zamordują 50 zakładników": 50
        # hostages for each fighter killed) is a rate, as ru "за каждого", en "for every"
        "za każdego", "za każdą", "za każde",
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "co noc", "każdej nocy", "co wieczór", "każdego wieczoru",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "co minutę", "co sekundę", "co godzinę", "każdej minuty", "każdej sekundy",
        "każdej godziny",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "na kilometr kwadratowy", "na km kw",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "promil", "promila", "promili",
        # (17nj) "on both days" and the distributive before a qualifier ("W oba dni … zatrzymali po
        # ponad 400", over 400 on each of the days): a count per day, no total (rule 13, D49)
        "w oba dni", "w obu dniach", "w obydwa dni", "po ponad", "po około", "po blisko",
        "po kilka", "po kilkanaście", "po kilkadziesiąt", "po kilkaset",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "średnio", "przeciętnie",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "średnia dzienna", "średnia tygodniowa", "średnia miesięczna", "średnia roczna",
        "średniej dziennej", "średniej rocznej",
        # not "po": in reporting it is "after / on" ("po stronie Rosji") far more often than
        # the distributive "po 100"
        "dziennie", "na dzień", "tygodniowo", "miesięcznie", "rocznie", "każdy", "każda",
        "każdego dnia", "na tydzień", "co roku", "co miesiąc", "co tydzień", "codziennie",
        # (17nk) "co rok" (every year, the colloquial form of "co roku", D50)
        "co rok",
        # (17gwa) per person, "each year" ("każdego roku"), "dobowo" (per 24 hours); not "na
        # godzinę", "na dobę", "na miesiąc", "na rok": also "an hour / a month before" ("na
        # miesiąc przed wyborami")
        "na osobę", "na mieszkańca", "na głowę",
        "każdego roku", "każdego miesiąca", "każdego tygodnia", "każdej doby", "dobowo",
    ],
    "units": [
        "batalion\\w*", "brygad\\w*", "pułk\\w*", "dywizj\\w*", "kompani\\w*",
        # the fire service's sections and units ("14 zastępów straży", "osiem jednostek straży
        # pożarnej") and crews are units, as ru "расчёты", uk "розрахунки" (D20, D41); the forms,
        # not a stem: "zastępca" is a deputy
        "zastęp", "zastępy", "zastępów", "zastępami", "zastępom", "zastępu", "zastępie",
        "jednostka", "jednostki", "jednostek", "jednostkami", "jednostkom", "jednostkę",
        "sekcja", "sekcje", "sekcji", "plutonów", "plutony", "pluton",
    ],
    # (17gwa) the other forms of "liczny" (numerous), "sporo", "dużo" (a lot), "niezliczone"
    "uncountable": [
        "wielu", "wiele", "liczne", "mnóstwo", "licznych", "liczni", "licznymi", "sporo", "dużo",
        "niezliczone", "niezliczonych", "niezliczoną", "duża liczba", "dużej liczby",
        "znaczna liczba",
    ],
    # Not MONTHS: the figure engine reads stems on any word and does not count them as words of the
    # language when it guesses one ("stycznia" would no longer point to Polish), so it reads the
    # full forms.
    "months": [
        "styczeń", "stycznia", "luty", "lutego", "marzec", "marca", "kwiecień", "kwietnia", "maj",
        "maja", "czerwiec", "czerwca", "lipiec", "lipca", "sierpień", "sierpnia", "wrzesień",
        "września", "październik", "października", "listopad", "listopada", "grudzień", "grudnia",
        # (17gwa) the locative ("w marcu 2024") and instrumental ("przed marcem")
        "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu",
        "wrześniu", "październiku", "listopadzie", "grudniu", "styczniem", "marcem",
        "kwietniem", "majem", "czerwcem", "lipcem", "sierpniem", "wrześniem", "październikiem",
        "listopadem", "grudniem",
    ],
    # (17gwa) "roku 2024", a part of a year ("na początku 2024", "pod koniec 2023", "w połowie
    # 2023", "do końca 2024") and a season ("latem 2022", "zimą 2023")
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "od", "po", "przed", "począwszy od",
    ],
    "year_pre": [
        "w", "roku", "początku", "początkiem", "koniec", "końcu", "końca", "połowie", "połowy",
        "latem", "zimą", "wiosną", "jesienią", "lata", "zimy", "wiosny", "jesieni",
    ],
    "year_post": ["r.", "roku", "rok", "r", "rokiem"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a type,
    # class, category, serogroup, draw ("losowanie 6852") or edition; a degree after the
    # number ("oparzenia 2 stopnia")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "numer", "numerem", "numeru", "minus", "nr",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitudzie", "o magnitudzie", "o sile",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "rozdział", "artykuł", "artykułu", "art.", "km",
        "typ", "typu", "klasa", "klasy", "kategoria", "kategorii", "serogrupy", "serotypu",
        "losowanie", "losowaniu", "losowania", "edycja", "edycji", "odcinek", "wersji",
        "modelu",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "o pojemności",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("o 199 mniej niż rok wcześniej"): no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}(?:mniej|więcej)(?: ,)?"
        r" (?:niż|aniżeli|w porównaniu|wobec)(?![^\W\d_])",
    ],
    "source_words": ["(?<!\\w)według(?!\\w)", "(?<!\\w)zdaniem(?!\\w)"],
    "compared_pre": [
        "w porównaniu z", "w porównaniu ze", "w porównaniu do", "porównując z", "wobec",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "ul.", "ulica", "ulicy", "ulicą", "al.", "aleja", "alei", "aleją", "os.", "osiedle",
        "osiedlu",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilowoltów", "kilowatów", "megawatów",
        "gigawatów", "woltów",
        # (22ra, D103.1) a temperature in degrees abbreviated ("44 st. C"): as "stopni"
        "st. c", "st. c.", "st. celsjusza",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "piętrze", "piętro", "pięter", "piętrowy", "piętrowego", "piętrowym", "piętrowej",
        "piętrowa", "piętrowe", "piętrowych", "stopniami", "stopniom",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "tonow\\w*", "kilogramow\\w*", "litrow\\w*", "centymetrow\\w*",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "milimetrów",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "stopni", "stopnie", "stopniach", "stopnie celsjusza", "w skali richtera",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metrów", "metry", "metra", "metrach", "km", "kilometrów", "kilometry", "tydzień",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "stóp", "stopy",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "hektarów", "hektary", "hektara", "hektarach",
        # (17cf) a measure's unit glued by a hyphen to its number, as an adjective ("850-метрового
        # забігу", "a 10-metre fall"): a measure, no count beside another number (D64.2)
        "metrow\\w*", "kilometrow\\w*",
        "tygodniu",
        "stopnia",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "z", "spośród", "wśród",
    ],
    "time_units": [
        # (17cd) "po 69 roku życia" (past the 69th year of life) is an age (D7, D59.7)
        "roku życia", "rok życia", "roku zycia",
        # (17cs) a size of a building ("20-piętrowy budynek"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "piętrow\\w*",
        "godzin\\w*", "dzień", "dni", "tydzień", "tygodni\\w*", "miesiąc\\w*", "lat", "rok", "lata",
        # (17nj) the cases of "dzień" and "doba" (a day of 24 hours): "po dwóch dobach", "w ciągu
        # trzech dni", "przez dwie doby" are durations, no counts (D40, D49)
        "dniach", "dniami", "dniom", "doba", "doby", "dobę", "dobie", "dób", "dobach", "dobami",
        "tygodniach", "miesiącach", "latach",
        # (17gwa) minutes and seconds ("w ciągu 10 minut"), the genitive plural "miesięcy" (the
        # stem "miesiąc\\w*" does not reach it), "latami"
        "minut\\w*", "sekund\\w*", "miesięcy", "latami",
        # (17nk) quarters of a year ("w ciągu trzech kwartałów 2020 r.", in three quarters of
        # 2020): a duration, no count (D40, D50)
        "kwartał\\w*",
        # (23ra, D118.3) decades ("od trzech dekad", "od dwóch dziesięcioleci"): a duration
        "dekad\\w*", "dziesięcioleci\\w*", "dziesięciolecie",
    ],
    # "Do siedmiu wzrosła liczba ofiar" (rose to seven, the verb after the number): "do" there
    # is not "up to" (rule 1)
    # (17ch) "the pilot and four passengers", "eight passengers and the driver": one person named
    # by a role or a family word, joined by "and" to a count, is one more of a sum the codebook
    # does not add (rule 13, D12, D65.6); a verb between the count and the "and" ends its clause
    # ("Two died and the driver was arrested": the count stays). Read by
    # analysis.figures.reject.beside_person; no table words (they vote for no language)
    "persons": {
        "roles": [
            # (19fr, D88) one person named by what they are, not by a role: "a woman and
            # three children"
            "mama", "mamę", "tata", "tatę",
            "kobieta", "kobietę", "mężczyzna", "mężczyznę", "dziewczynka", "dziewczynkę",
            "chłopiec", "chłopca", "babcia", "babcię", "dziadek", "dziadka", "syn", "syna",
            "córka", "córkę",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "dziecko", "niemowlę", "nastolatek", "nastolatka", "nastolatkę", "brat", "brata",
            "siostra", "siostrę", "wujek", "wujka", "ciocia", "ciocię", "kuzyn", "kuzyna",
            "kuzynka", "kuzynkę", "wnuk", "wnuka", "wnuczka", "wnuczkę",
            # (23ra, D119.1) one who looks after, teaches or owns: "16 dzieci oraz opiekunka"
            "opiekun", "opiekuna", "opiekunka", "opiekunkę", "nauczyciel", "nauczyciela",
            "nauczycielka", "nauczycielkę", "wychowawca", "wychowawcę", "wychowawczyni",
            "pielęgniarka", "pielęgniarkę", "właściciel", "właściciela",
            # (17dd, D85.1) "3 soldiers and their commander"
            "dowódca",
            "pilot", "kierowca", "kapitan", "maszynista", "instruktor", "przewodnik", "matka",
            "ojciec", "żona", "mąż",
            # (35ra, D233.8) a relative, a neighbour ("kobieta, jej troje dzieci oraz krewny":
            # round 99)
            "krewny", "krewnego", "krewna", "krewną", "sąsiad", "sąsiada", "sąsiadka", "sąsiadkę"],
        "and": ["i", "oraz"],
        # (19fr, D88) a possessive before the count: "a mother and her two children"
        "own": ["jej", "jego", "ich", "swoje", "swoich"],
        "verbs": ["\\w+li", "\\w+ły", "\\w+ło", "są", "byli", "były"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "nie dwie, lecz dwanaście", "nie 2, tylko 12", "12, a nie 2"; "nie tylko 2, ale i 3"
    "contrast": {
        "not": [
            "nie", "nie tylko", "zamiast", "nie było", "nie są", "nie jest", "nie byli", "nie były",
            "nie będzie",
        ],
        "but": ["lecz", "ale", "a", "tylko"],
        "also": ["też", "także", "również", "i"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "wzrost", "wzrostu", "wzrostem", "spadek", "spadku", "spadkiem", "przyrost", "przyrostu",
        "zwiększenie", "zmniejszenie", "obniżenie", "wzrósł", "wzrosła", "wzrosło", "wzrosły",
        "spadł", "spadła", "spadło", "spadły", r"zwiększył\w*", r"zmniejszył\w*", r"zmalał\w*",
        "urósł", "urosła",
        # the noun with its "from" (z): "wzrost z 103 do 149"
        "wzrost z", "wzrostu z", "spadek z", "spadku z", "przyrost z", "przyrostu z",
    ],
    # (17ct, D76.5) the old count's "from" of a change ("z 300 do 250"): no range word
    "change_from": ["z", "ze"],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("300 dzieci do lat 14", "powyżej 65. roku życia"); alone it stays
    "age_limits": [
        r"\bdo lat " + AGE + r"\b(?![.,]\d)",
        r"\b(?:poniżej|powyżej|ponad) " + AGE + r"\.? (?:roku życia|r\. ?ż\.)",
        r"\b(?:starsz|młodsz)\w* niż " + AGE + r"(?: lat)?(?!\w)(?! ?(?:tys|mln|%))",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["do lat", "roku życia", "r. ż", "r.ż", "niż"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "whole": [
            r"z (?:ogólnej|łącznej|tej) liczby", r"spośród (?:ogólnej |łącznej |tej )?liczby",
        ],
        "how": [
            "ciężko", "lekko", "poważnie", "śmiertelnie", "w stanie ciężkim", "w ciężkim stanie",
            "w stanie krytycznym",
        ],
    },
    "rewrites": [
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b((?:przełamał|przełamała|przełamało|złamał|złamała|pękł|pękła|pękło|rozpadł|"
         r"rozpadła)(?: się)?) na (?:pół|dwie części)\b", r"\1"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 kilometrów od")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\b(?:w odległości )?(?:(?:około|ok\.|blisko|ponad|niecałe|niespełna|zaledwie|k"
            r"ilka) )?(?:\d[\d.,]*+(?: \d{3})*|[a-ząćęłńóśźż]+) (?:km|kilometr\w*|metr\w*|m|"
            r"mil(?:e|a|ach|ami)?)(?= (?:od|na północ|na południe|na wschód|na zachód|"
            r"na północny|na południowy)\b)",
            r"",
        ),
        # (17cg) "w stosunku do 15 622 osób" (in respect of): the "do" of a compound preposition is
        # no "up to" (D31, D34, D65.5)
        (r"\b(w (?:stosunku|porównaniu|odniesieniu|relacji)) do\b", r"\1"),
        # (17cb) "jeszcze" before "nie", a verb of remaining or a time ("jeszcze nie odnaleziono
        # 12", "jeszcze przed wojną") is "still / yet / even", no "more" (rule 12, D55.12, D60.1)
        # ("jeszcze nie mniej niż 10 osób", at least ten more: "nie" of a qualifier stays, rv12)
        (r"\bjeszcze (?=(?:nie(?! (?:mniej|więcej)\b)|pozostaje|pozostają|pozostało|przebywa|"
         r"pozostały|pozostał|pozostała|"
         r"przebywają|wczoraj|dziś|dzisiaj|rano|wieczorem|wtedy|niedawno|wcześniej|przed|"
         r"zanim)\b)", ""),
        # (17cb) "pilot i wszyscy czterej pasażerowie": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )i (?:wszyscy|wszystkie|wszystkich) (?=\d|(?:"
            r"dwaj|dwie|dwa|dwóch|trzej|trzy|trzech|czterej|cztery|"
            r"czterech|pięciu|pięć|sześciu|sześć|siedmiu|siedem|ośmiu|"
            r"osiem)\b)",
            "i kolejni ",
        ),
        # (17tb) "o trzy więcej niż w sobotę" (three more than on Saturday): "więcej niż" after
        # the count, before what it is compared with, is its "more" (rule 12, D57.4); before a
        # number it stays "more than"; a comma keeps what is compared ("rok temu") from the count
        (
            # (35ra, D233.2) also after an abbreviated scale ("100 tys. więcej niż")
            r"(?:(?<=\w )|(?<=\btys\. )|(?<=\bmln\. )|(?<=\bmld\. ))"
            r"więcej niż (?=(?:w|we|rok|przed|wczoraj|dzień|tydzień|"
            r"miesiąc|poprzednio|dotychczas|zeszł\w*|ubiegł\w*|poprzedni\w*|"
            # (35ra, D233.2) what was reported, thought or counted before ("ponad 100 tys.
            # więcej niż podawano do tej pory": round 99)
            r"dotąd|wcześniej|do tej pory|pierwotnie|początkowo|oficjalnie|sądzono|szacowano|"
            r"zakładano|przypuszczano|myślano|uważano|podawano|podano|informowano|"
            r"poinformowano|zgłaszano|zgłoszono|mówiono|liczono|oczekiwano|prognozowano)\b)",
            "więcej, niż ",
        ),
        # (17nk) "badanie … z 2019" (a survey of 2019): a survey, report or census "z" a year is
        # dated by it (D7, D50); "z 1800 zatrudnionych" (of 1,800 employed) stays a count
        (
            r"\b(badani\w*|raport\w*|spis\w*|sprawozdani\w*|analiz\w*|statystyk\w*|dane|danych)"
            r"((?: [^\W\d]+){0,4}) z ((?:19|20)\d\d)\b(?![.,]?\d)",
            r"\1\2 z roku \3",
        ),
        # (17nh) a clock time written "14:30" after "o", "od", "do", "po", "przed", "około" is no
        # count (D28, D48.1); a ratio "1:10" has no such word
        (r"\b(o|od|do|po|przed|około|ok\.) (?:[01]?\d|2[0-3]):[0-5]\d\b(?![.,:]?\d)", r"\1 "),
        # (19ms, D90) the same written with a point after "o", "godz." or "godzinie" ("o 20.35",
        # "o godz. 6.00"), not before a unit of its own ("o 20.35 proc.", "o 12.50 zł"); and an
        # hour told by the part of the day ("do 6 rano", "o 8 wieczorem")
        (
            r"\b(o|godz\.|godzinie|godziny) (?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d)"
            r"(?! ?(?:%|proc|tys|mln|mld|zł|euro|dolar|kg|t\b|km|m\b))",
            r"\1 ",
        ),
        (r"\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)? (rano|wieczorem|w nocy)\b", r"\1"),
        # (17ng) "o ponad tysiąc więcej niż w ubiegłym roku" (by over a thousand more than last
        # year): "N more than last year" is additional (rule 12, D38.4, D47); "więcej niż" before
        # a number stays more than
        (
            # (17nj) also with the adjective after the noun ("72 więcej niż w roku ubiegłym", D49)
            r"(?<=\S) więcej niż (?:w )?(?:ubiegłym|zeszłym|poprzednim) roku\b|"
            r"(?<=\S) więcej niż w roku (?:ubiegłym|zeszłym|poprzednim)\b|"
            r"(?<=\S) więcej niż (?:rok wcześniej|przed rokiem)\b",
            " więcej",
        ),
        # "Blisko 50 gości jednego z hosteli" (nearly 50 guests of one of the hostels): "one of"
        # after a count, before no number, names a place or group, no count (D8, 17nd)
        (r"(\d[^.;:\d]*?)\bjedn(?:ego|ej|ym) ze? (?![\d(])", r"\1"),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:jeśli nie|a nawet|czy nawet|o ile nie)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (
            r"\b(?<=\d )(z|spośród) (?:łącznie|ogółem|ogólnej liczby|"
            r"wszystkich) (?=\d)",
            r"\1 ",
        ),
        # the age of the oldest or youngest, its unit left out ("наймолодшому — 26 років,
        # найстаршому — 60", "the oldest was 60"), is no count (D7, D41)
        (
            r"\b(najstarsz\w*|najmłodsz\w*)(?: [^\W\d_]+)?(?:\s*[—–:-]\s*|\s+)(?:miał |miała |ma )?"
            r"\d+(?:[.,]\d+)*(?:\s*(?:lat\w*|rok\w*))?(?![\w.,]*\s*(?:tys|mln))",
            r"\1",
        ),
        # a number with a dot before a word is an ordinal ("był 21. tajfunem", the 21st
        # typhoon), no count (D7, D40): the text is lower-cased, so a sentence's end is not told
        # from it; phrases are cut from sentences
        (r"\b(?<![\d.,])\d{1,4}\.(?= [^\W\d_])", " "),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (
            r"^(?=.*\d)(.*?)\b(?:jedn[aąeo]\w*|dwie|dwóch|dwiema|trzy|trzech|trzema|obie|obu|"
            r"obiema) (daw\w*)",
            r"\1\2",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\b(?:żaden|żadna|żadne|żadnego|żadnej|ani jeden|ani jedna) (?:z|ze|spośród) "
            r"(?=\d|(?:dwóch|trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziewięciu|dziesięciu|"
            r"\w+nastu|\w+dziestu)\b)",
            "0 z ",
        ),
        # "1 tys. 344" (1,344): the dot of an abbreviated scale does not end the
        # number, the next part adds up as after the full word (rule 8, D38)
        (r"\b(tys|mln|mld)\. (?=\d{1,3}\b(?![.,]\d))(?!\d+ z\b)", r"\1 "),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:nr|numer|numerze) ?\d+(?:[.,]\d+)*\b", " "),
        # "ani jednej ofiary" (not a single victim): none, no count (D36)
        (r"\bani (?:jeden|jedna|jedno|jednego|jednej|jedną|jednym|jednemu)\b", "ani"),
        # ages ("22-letni kierowca", "22-latek", "w wieku od 33 do 46 lat") and clock times
        # ("po godzinie 22", "o godz. 22.30") are no counts (D7, D28)
        (r"\b\d[\d.,]*-(?:letn|latk|latek|latc|miesięczn|tygodniow|dniow|godzinn)\w*", " "),
        (
            r"\bw wieku (?:od |do |ok\. |około |powyżej |poniżej |ponad )?\d[\d.,]*"
            r"(?:\s*(?:-|–|do|i)\s*\d[\d.,]*)?(?: (?:lat|roku|lata)\b)?",
            " ",
        ),
        (r"\b(?:godz\.|godzinie|godziny|godzina)\s*\d[\d:.,]*", " "),
        # "jest jeszcze osiem" (there are still eight): "jeszcze" after a verb of being is
        # "still", the count is the total (D12)
        (
            r"\b((?:jest|są|było|były|był|była|pozostaje|pozostają|pozostało|pozostały|nadal|wciąż|"
            r"przebywa|przebywają|przebywało|"
            # (27ru, D194.1) every form of "remain"
            r"pozostał|pozostała|pozostanie|pozostaną|"
            # (33ra, D224.7) "live", and "of them" before "jeszcze" ("Żyje ich jeszcze 420", 420
            # of them are still alive; "jest ich jeszcze pięciu")
            r"żyje|żyją|żyło|żyły|żył|żyła|żyli|"
            # (35ra, D233.1) "lie, rest, are found" ("pod gruzami spoczywa jeszcze około 10
            # tysięcy ciał", about 10,000 still lie under the rubble: round 99)
            r"spoczywa|spoczywają|spoczywało|spoczywały|spoczywał|spoczywała|spoczywali|"
            r"leży|leżą|leżało|leżały|leżał|leżała|leżeli|znajduje się|znajdują się|"
            r"znajdowało się|znajdowały się)(?: (?:ich|nas|was))?) jeszcze\b",
            r"\1",
        ),
        # (27ru, D194.1) "zostało jeszcze około 220" (about 220 are still there): "zostać" is
        # "remain" too, but also the passive's auxiliary ("Rannych zostało jeszcze 10 osób", 10
        # more were hurt; "zostały jeszcze policzone"): not after a plural adjective or
        # participle in -ych / -ich, nor before a participle
        (
            r"(?<!ych )(?<!ich )\b(zostało|zostały|został|została|zostali|zostaje|zostają|"
            r"zostanie|zostaną) jeszcze\b(?! [^\W\d_]+(?:ych|ani|eni|ane|one|ano|ono|ty|te|ta|"
            r"ci)\b)",
            r"\1",
        ),
        # (17np) "jeszcze w 2006 roku skradziono 30 529 samochodów" (as recently as 2006): "jeszcze"
        # before a preposition of time is "still, as late as", no "more" of the count (rule 12,
        # D12, D55.12); "jeszcze 5 osób" stays additional
        (r"\bjeszcze (?=(?:w|we|do|na|przed|po|z|od) (?:\d{4}|lat|latach|roku|czasie|ubiegłym|"
         r"zeszłym|poprzednim|tym|styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|"
         r"wrześniu|październiku|listopadzie|grudniu)\b)", ""),
        # "15 zabitych, czworo z nich to dzieci": the number before "of them" is the breakdown (D30)
        (r",(?!\d)\s*([^\s,]+) z nich\b", r", w tym \1"),
        # "ćwierć miliona" (a quarter of a million) = 250,000, as "pół miliona" (rule 8, D38)
        (r"\bćwierć (?=(?:tysi|milio|miliard)\w*)", "0,25 "),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\bpół roku\b", "6 miesięcy"), (r"\bpół wieku\b", "50 lat"),
        (r"\bpół dnia\b", "12 godzin"),
        # "Kilkanaście godzin później": a vague count of hours or days is a duration (D7)
        (
            r"\b(kilka|kilkanaście|kilkadziesiąt|kilkunastu|kilku)\s+"
            r"(godzin|dni|minut|tygodni|lat|miesięcy)\b",
            " ",
        ),
        # "W latach 2022–2023": a range of years is a date (D7)
        (r"\bw latach (1[89]|20)\d\d\s*[–-]\s*(1[89]|20)\d\d\b", "w latach"),
        (
            r"\bdo ((?:[^\s,]+ ){0,2}[^\s,]+) (wzr(?:osła|osło|ósł|osły)|zwiększył[aoy]? się)\b",
            r"\1 \2",
        ),
        # a change "from A to B" and "fell to N" give the new total (D29, D35)
        (
            r"\b(wzr(?:osła|osło|ósł|osły)|spadł[aoy]?|zmalał[aoy]?|zmniejszył[aoy]? się|"
            # (17nk) the nouns of a change: "uległa obniżeniu - z 265,8 tys. do 240,6 tys." (D35,
            # D50)
            r"zwiększył[aoy]? się|uległ[aoy]? (?:obniżeniu|zmniejszeniu|zwiększeniu))"
            r"(?: [-–])? "
            # (17cc) by how much first, also in per cent ("wzrosła o 18 proc. do 46", D61.3)
            r"(?:o (?:prawie |ponad |około )?\d[\d,.]*(?: tys\.?| tysięcy)?"
            r"(?: ?%| proc\.?| procent\w*)?"
            r",?(?: [-–])? )?"
            r"(?:z \d[\d,.]*(?: tys\.?| tysięcy)? "
            # (17nj) the old count's year, also after its noun ("spadła z 500 w 2014 roku do
            # 284", D49)
            r"(?:(?:[^\W\d_]+ )?w (?:19|20)\d\d (?:roku |r\. ?)?"
            # (30rg, D213) or its noun alone, the new total in digits after "do" closing what is
            # told ("wzrosła z 300 osób do 500"), as "z 300 do 500 osób" reads
            r"|[^\W\d_]+ (?=do \d[\d,.]*(?:$|[,;.)])))?)?do\b",
            # (22ra, D106) a total word stands for "do", so that beside an earlier count the new
            # total is the figure ("… 20 tys. 677 przypadków, a … liczba ta wzrosła do 26 tys.
            # 072"), as ru and uk write "всего" (D58.1)
            r"\1 łącznie",
        ),
        # (17cc) the new total first, the old count after it, "wzrosła do 46 z 39" (the verb and
        # its "do" left by the rewrite above): the old count dropped, the new total (D35, D61.2)
        (
            r"\b((?:wzr(?:osła|osło|ósł|osły)|spadł[aoy]?|zmalał[aoy]?|zmniejszył[aoy]? się|"
            r"zwiększył[aoy]? się) (?:łącznie )?(?:prawie |ponad |około )?\d[\d,.]*"
            r"(?: tys\.?| tysięcy)?(?: [^\W\d_]+)?),? z (?!(?:19|20)\d\d\b)\d[\d,.]*"
            r"(?: tys\.?| tysięcy)?"
            r"(?: w (?:19|20)\d\d(?: roku| r\.)?| rok wcześniej| w ubiegłym roku| przed rokiem)?"
            r"(?![\d.,]*\d)",
            r"\1",
        ),
    ],
    "stop": [
        # (17tb) the middle of a month or a year ("do połowy listopada", until mid-November;
        # "w połowie roku") is a date, no half (D7, D57.3)
        *(
            f"{half} {month}"
            for half in ("połowy", "połowie", "połowa", "połowę")
            for month in (
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                "września", "października", "listopada", "grudnia", "roku", "miesiąca",
            )
        ),
        # "rose to N" is the new total, exact (rule 1): not "do" = up to
        "wzrosła do", "wzrosło do", "wzrósł do", "wzrosły do", "wzrośnie do",
        "zwiększyła się do", "zwiększyło się do", "zwiększył się do", "zwiększyły się do",
        # "doszło do 1442 wypadków" (there were), "doprowadził do przesiedlenia 13 milionów" (led
        # to): "do" belongs to the verb (D31)
        "doszło do", "doprowadził do", "doprowadziła do", "doprowadziło do", "doprowadziły do",
        "doprowadzi do",
        "żołnierzy", "żołnierze", "wojska", "osób", "ludzi", "zabitych", "rannych", "co", "i", "w",
        "na", "z", "do", "tysięcy", "najmniej",
        # function words only Polish writes: with the hint "pl", a phrase of them is not read
        # with another table ("Według ... ponosi młody 22-letni kierowca", D15)
        "według", "się", "przez", "oraz", "który", "która", "które", "jest", "są", "został",
        "została", "zostało", "zostały",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["zim\\w*"],
        "spring": ["wiosn\\w*"],
        "summer": ["lato", "latem", "lecie"],
        "autumn": ["jesie\\w*"],
    },
    "words": {
        "rel:last": ["zeszł\\w*", "ubiegł\\w*", "poprzedni\\w*"],
        "rel:past": ["ostatni\\w*"],
        "rel:this": ["ten", "tym", "tego", "bieżąc\\w*"],
        "rel:next": ["przyszł\\w*", "następn\\w*", "najbliższ\\w*"],
        "unit:day": ["dzień", "dnia"],
        "units:day": ["dni"],
        "unit:week": ["tydzień", "tygodniu", "tygodnia"],
        "units:week": ["tygodni", "tygodnie"],
        "unit:month": ["miesiąc", "miesiąca", "miesiącu"],
        "units:month": ["miesięcy", "miesiące"],
        "unit:year": ["rok"],
        "ymark": ["roku", "r"],
        "units:year": ["lat", "lata"],
        "quarterw": ["kwartał\\w*"],
        "halfw": ["półrocz\\w*", "połow\\w*"],
        "part:begin": ["początk\\w*", "początek"],
        "part:end": ["koniec", "końc\\w*"],
        "day:0": ["dziś", "dzisiaj"],
        "day:-1": ["wczoraj"],
        "day:1": ["jutro"],
        "now": ["obecnie", "do tej pory", "już", "teraz", "na razie", "dotychczas", "dotąd"],
        "before": ["niedawno", "ostatnio", "wcześniej"],
        "future": ["wkrótce", "niebawem"],
        "since": ["od"],
        "until": ["do"],
        "between": ["między", "pomiędzy"],
        "and": ["i"],
        "ago": ["temu"],
        "n:1": ["jeden", "jedna", "jeden"],
        "n:2": ["dwa", "dwie"],
        "n:3": ["trzy"],
        "few": ["kilka", "kilku"],
    },
}

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800 przypadków, w większości kobiety")
FIGURES["rewrites"].append((r",\s*w (?:zdecydowanej |przeważającej )?większości(?!\S)", ", w tym"))
FIGURES["rewrites"].append((r"(?<=, w tym )większość(?!\S) ?", ""))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 pojazdów zderzyło się w kilku
# miejscach"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)w )(?:kilku|różnych) (?=(?:miejscach|punktach)(?!\w))",
    r"\1",
))

# (rv14) the abbreviation "art." (article of a law) before its number: its dot is no stop, so
# that "art." of not_count_pre names the number (D56.4, D64.6): "na mocy art. 148 skazano 12
# osób" = 12, as "artykułu 148"
FIGURES["rewrites"].append((r"(?<!\S)art\.(?= ?\d)", "art"))

# (17cm, D67.3) "w jednej wsi zginęło 30 osób" (in one village 30 people died): a form of
# "jeden" after a preposition, before a noun, locates the counted (the place, the vehicle,
# the family they were in) and is no count when another quantity stands in the phrase, before
# or after it; the grammar's closed class of prepositions (with the compound ones: "w ciągu
# jednego dnia", "na pokładzie jednego statku"), not a list of the nouns met. Not
# after "po" (one each), "o" (by one), "około" / "ponad" (qualifiers), "za" ("100 tysięcy
# złotych za jeden automat": for each, a rate), "od" ("od jednej do 150": a range), nor "na"
# with the accusative ("na jednego mieszkańca": per inhabitant); not "jednego z" (one of, D44.1).
# Alone ("zginęła jedna osoba", "w jednym domu") it stays as it was (D8)
_PL_ONES = {"jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną"}
_PL_OTHER = "|".join(
    w.replace(".", r"\.")
    for w in longest_first(
        (set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])) - _PL_ONES
    )
)
FIGURES["rewrites"].append((
    r"^(?=.*(?:\d|(?<!\w)(?:" + _PL_OTHER + r")(?!\w)))"
    r"(.*?(?<!\S)(?:(?:w ciągu|w czasie|w trakcie|w pobliżu|w okolicy|w okolicach|w obrębie|"
    r"w rejonie|na terenie|na pokładzie|z powodu|"
    r"w|we|z|ze|do|przy|u|pod|pode|nad|nade|przed|przede|dla|obok|"
    r"koło|wokół|spod|znad|zza|sprzed|przez|bez|wobec|według|podczas|wśród|spośród|między|"
    r"pomiędzy|poza|wewnątrz|naprzeciw) (?=(?:jeden|jedna|jedno|jednego|jednej|jednemu|"
    r"jednym|jedną) )|na (?=(?:jednej|jednym) )))(?:jeden|jedn\w*) "
    r"(?=[^\W\d_]{2,})(?!(?:ze?|ani|do|i|lub|albo|czy|na|w|we|po|od)\b)"
    r"(?!(?:" + _PL_OTHER + r")(?!\w))",
    r"\1",
))
# (17ck, D68) a vague magnitude repeated, and a measure told in the singular
FIGURES.update({
    # (D68.1) "tysiące i tysiące", "setki i setki"
    "repeat": ["i"],
    # (D68.2) without an article the singular of a unit of mass, area or volume is one unit:
    # "ponad tonę", "prawie tona", "około hektara" (not beside a number; not "tonie", also
    # "drowns")
    "measure_one": [
        "tona", "tonę", "toną", "kilogram", "kilograma", "kilogramem", "kilogramie", "hektar",
        "hektara", "hektarem", "hektarze", "litr", "litra", "litrem", "litrze",
    ],
    # "tony" is also the plural ("tony śmieci"): one only after a qualifier ("ponad tony")
    "measure_one_qualified": ["tony"],
})

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Mimo kilku ostrzeżeń zginęło 12 osób"; not after the prepositions of
# place, of adding or including, nor before a number or a magnitude; alone it stays several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "mimo", "pomimo", "przed", "podczas", "w trakcie", "w ciągu", "w czasie", "przez",
        "z powodu", "wskutek", "na skutek", "w wyniku", "dzięki", "bez", "dla", "przeciw",
        "przeciwko", "za", "po",
    ],
    [
        "z", "ze", "i", "lub", "albo", "razy", "innych", "inne", "set", "tysięcy", "dziesiątek",
    ],
))

# (17dc, D84.2) a count that did not reach a value is at most (rule 3): "nie osiągnęła 50",
# "nie sięgnęła" in their genders and tenses ("spadła poniżej", "nie przekroczyła" read already)
FIGURES["at_most"] += [
    f"nie {verb}"
    for verb in (
        "osiągnęła", "osiągnął", "osiągnęło", "osiągnęły", "osiągnęli", "osiąga", "osiągają",
        "osiągnie", "osiągną", "sięgnęła", "sięgnął", "sięgnęło", "sięgnęły", "sięga", "sięgają",
    )
]

# (20fa, D91.1) an estimate told by its verb across its object ("resort szacuje liczbę ofiar na
# 3100"): approx, as "szacuje się na 3100"
FIGURES["rewrites"].append(estimated_at(
    FIGURES,
    ["szacuje", "szacują", "oszacował", "oszacowała", "oszacowali", "szacował", "szacowali"],
    ["na"], "około",
))
# (20fa, D91.3) "na jednym z wesel" (at one of the weddings, an occasion) before a count in
# digits: no count ("Na jednym z wesel bawiło się około 120 osób" = approx 120); not "w jednym z
# domów", which D67 (17cm) keeps unparsed
FIGURES["rewrites"].append(
    (r"^(?=.*\d)(.*?)(?<!\S)na (?:jednym|jednej) ze? (?=[^\W\d_]{2,})", r"\1w "),
)
# (20fa, D92.1) "dwa nowe ogniska" (two new outbreaks): additional, as "nowych"
FIGURES["additional_post"] += ["nowe", "nowi"]
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)(?:jeden|jedna|jedno|jednym|jedną|jednej|jednego) z (?=naj(?!bliższ)"
    r"[^\W\d_]+(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(?:jeden|jedna|jedno|jednego|jedną) (?:po|za) (?:drugim|drugiej|drugą|"
    r"drugiego)(?!\w)", " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
FIGURES["rewrites"].append((
    r",\s*z których większość(?!\w)", ", w tym",
))

# (22rb, D107) the verb of a change after its "do" (D29: "Do siedmiu wzrosła liczba ofiar"),
# also with a qualifier before "do" and a breakdown between commas ("Co najmniej do 34 ofiar
# śmiertelnych, w tym dzieci, wzrósł bilans" = at least 34), and with the verbs of a fall ("Do 34
# spadła liczba ofiar" = 34): the new total, no "up to"
FIGURES["rewrites"].append((
    r"\bdo ((?:[^\s,]+ ){0,2}[^\s,]+)((?:, (?:w tym|m\.in\.|głównie|wśród nich) [^\d,]{1,40},)?) "
    r"(wzr(?:osła|osło|ósł|osły)|zwiększył[aoy]? się|spadł[aoy]?|zmalał[aoy]?|"
    r"zmniejszył[aoy]? się)\b",
    r"\1\2 \3",
))

# (23rc, D125) "A or maybe B" is a range (rule 6), as "a nawet" ("pięć, a może sześć osób")
FIGURES["range_sep"] += ["a może", "lub może", "albo może", "czy może"]

# (23rc, D126) "urósł / urosła do" (grew to) is "wzrósł do", the new total (rule 1), not "do" = up
# to ("bilans urósł do 7000"); "urosła o" is "wzrosła o" (rose by: additional)
FIGURES["rewrites"].insert(0, (r"\bur(osła|osło|ósł|osły)\b", r"wzr\1"))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\b(?:nowych|nowe) (?=(?:osobowych |ciężarowych |elektrycznych )?(?:samochod[a-ząćęłńóśźż]*|"
    r"aut|pojazdów|osobówek|motocykli)\b)",
    r"",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("mln|mld|milion[a-ząćęłńóśźż]*|miliard[a-ząćęłńóśźż]*"))

# (23rf, D137) the nouns of a rise with "o" before the count or per cent they add ("zwiększenie o
# 9,4%", "podwyżka o 12%"), as "wzrost o" (rule 12, D108)
FIGURES["additional"] += [
    "zwiększenie o", "zwiększenia o", "zwiększeniu o", "podwyżka o", "podwyżki o", "podwyżkę o",
]

# (23rf, D138) "higher / greater than" and "lower / smaller than" before the number ("wyższy niż
# 40%", "mniejsza od 500"): at least / at most (rules 3, 4), as "więcej niż", "mniej niż"
FIGURES["at_least"] += [
    "wyższy niż", "wyższa niż", "wyższe niż", "wyższych niż", "większy niż", "większa niż",
    "większe niż", "większych niż", "wyższy od", "wyższa od", "wyższe od", "większy od",
    "większa od", "większe od",
]
FIGURES["at_most"] += [
    "niższy niż", "niższa niż", "niższe niż", "niższych niż", "mniejszy niż", "mniejsza niż",
    "mniejsze niż", "mniejszych niż", "niższy od", "niższa od", "niższe od", "mniejszy od",
    "mniejsza od", "mniejsze od",
]

# (23rf, D140) "N razy w miesiącu / w tygodniu / w roku / na miesiąc / do roku" (N times a month,
# a week, a year): a rate (rule 13, D19), as "N razy dziennie" and "miesięcznie" read; not "w roku"
# before a year ("13 razy w roku 2020": in that year)
FIGURES["rewrites"].append((r"\brazy (?:w miesiącu|na miesiąc)\b(?! \d)", "razy miesięcznie"))
FIGURES["rewrites"].append((r"\brazy w tygodniu\b(?! \d)", "razy tygodniowo"))
FIGURES["rewrites"].append((r"\brazy (?:w roku|na rok|do roku)\b(?! \d)", "razy rocznie"))
FIGURES["rewrites"].append((r"\brazy na dobę\b", "razy dobowo"))

# (32rc, D222.1) a ratio told with "stosunek" or "proporcja" before "A do B" ("w stosunku 1 do
# 15", "w proporcji 1 do 15"): a ratio (rule 13), no range; "w stosunku do" (compared with) has
# no number before "do" and stays as it reads
FIGURES["fraction"] += ["proporcj\\w*"]
FIGURES["rewrites"].append((
    r"\bstosun(?:ek|ku|kiem) (?=(?:(?:wynosi|wynosił|wynoszący) )?\d[\d.,]* ?(?:do|:|na) ?\d)",
    "proporcji ",
))

# (23rf, D140) "N z ostatnich M miesięcy" is a ratio (rule 13), as "15 z 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( z (?:ostatnich|pierwszych) \d+) (?:miesięcy|lat|tygodni|dni|miesiące|tygodnie)\b",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)", "+5 tys. osób") tells the size of a
# change: additional (rule 12), written as "dodatkowe" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("dodatkowe"))

# (24ra, D141) a figure text that is only "o (qualifier) N proc. / % / pkt" ("o 3,4 proc.", "o
# blisko 5%") tells the size of a change, no share: additional, as "wzrost o" (rule 12, D137).
# Only with a per cent or its points: "o" is also "about" (o + locative) and "at" (a clock time)
# before a count ("o 127,3 tys." left: "o 3 tys. osób" may be either)
_PL_BY = (r"(?:około|ok\.|prawie|blisko|niemal|niemalże|ponad|mniej więcej|aż|jeszcze|nieco "
          r"ponad|przeszło|co najmniej|ok)")
FIGURES["rewrites"].append((
    rf"^\s*((?:{_PL_BY} )?)o ((?:{_PL_BY} )?)(?=\d[\d.,]* ?(?:%|proc\.?|procent\w*|pkt\.?"
    r"(?: proc\.?)?|punkt\w* proc\w*)\s*[.!]?\s*$)",
    r"wzrost o \1\2",
))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("zbliżył się do dwóch osób" is no mark)
_PL_BIG = mark_ahead(r"tys|tysi\w*|mln|milion\w*|mld|miliard\w*")

# (24ra, D143) "przekroczyć / przebić / przewyższyć" in every tense and participle, with "próg /
# barierę / granicę" between ("przekraczając 31 tys.", "przebiła barierę 31 tys."): at least (rule
# 3), as "przekroczyła" ("nie przekroczyła" reads at most); "zbliżyć / zbliżać się do" in every
# form: nearly, as "prawie" (not "do", up to: at most)
_PL_MARK = r"(?: (?:próg|barierę|granicę|pułap|poziom|barierę|magiczną granicę))"
FIGURES["rewrites"].append((
    r"\b(?:przekr(?:acza\w*|oczy\w*|oczon\w*|oczyws\w*)|przebi(?:ł|ła|ło|li|ły|je|ją|jając\w*|wszy|"
    r"ć)|przewyższ\w*)" + _PL_MARK + r"?(?= )",
    "przekroczyła",
))
FIGURES["rewrites"].append((
    r"\b(?:zbliż\w*|zbliża\w*) się do(?: (?:progu|granicy|poziomu|bariery))?" + _PL_BIG,
    "prawie",
))

# (24rb, D147) multipliers are no counts (rule 13, as "krotnie"): "30-krotny wzrost",
# "pomnożona przez 3"
FIGURES["fraction"] += [
    "-krotny", "-krotna", "-krotne", "-krotnego", "-krotnej", "-krotnym", "-krotną", "-krotnie",
    "krotny", "krotna", "krotne", "krotnego", "krotnej", "krotnym", "krotną", "krotnych",
    "pomnożony przez", "pomnożona przez", "pomnożone przez", "pomnożyć przez",
]

# (24rb, D147.2) a change "z QUAL A do B" (from over/about A to B: "wzrosła z ponad 300 do 450"):
# the old count's qualifier goes with the old count; the new total B (D35)
FIGURES["rewrites"].insert(0, (
    r"\b((?:wzrósł|wzrosł\w*|wzrasta\w*|zwiększył\w*|spadł\w*|zmniejszył\w*|zmalał\w*|"
    r"skoczył\w*) (?:z|ze)) (?:ponad|około|blisko|prawie|niemal|mniej niż|więcej niż|przeszło) "
    r"(?=\d[^;]{0,40}? do (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['czyli', 'tj.', 'to jest', 'to znaczy', 'tzn.', 'innymi słowy']

# (24rd, D154) "oscylować wokół / w okolicach / w granicach N" (to hover around N) in every form:
# approx, read as "około"; "w okolicy N" (in the vicinity of N) as "w okolicach". "wokół" alone
# before a number is left (also "around" a place)
FIGURES["rewrites"].append((
    r"\boscyl(?:uje|ują|ował|owała|owało|owały|owali|owałby|owałaby|owałoby|ować|ując)"
    r" (?:wokół|w okolicach|w okolicy|w granicach|około|w pobliżu) (?=\d)",
    "około ",
))
FIGURES["rewrites"].append((r"\bw okolicy (?=\d)", "w okolicach "))

# (24rc, D151) the rates the table lacked: per day told "na dobę" ("1000 pasażerów na dobę"), per
# hour, minute, second, per hectare and square metre ("z hektara", "na hektar", "na metr
# kwadratowy"): rule 13, D19, D114, as "dobowo" and "na kilometr kwadratowy" read. Not "na rok /
# na miesiąc" (also "for a year / a month": "skazani na rok")
FIGURES["rate"] += [
    "na dobę", "na godzinę", "na minutę", "na sekundę", "na hektar", "z hektara",
    "z jednego hektara", "na metr kwadratowy",
]

# (24rc, D150) an adverb between a verb of rise and its "o" ("wzrosła znacząco o 10%", "zwiększyła
# się gwałtownie o 500"): dropped, so "wzrosła o N" reads, additional (rule 12, D65); first of the
# rewrites. Not the qualifiers (prawie, niemal, blisko, aż: their reading is their own). Falls stay
# a total.
FIGURES["rewrites"].insert(0, (
    r"\b(wzrosła|wzrosło|wzrósł|wzrosły|wzrośnie|wzrosną|zwiększyła się|zwiększyło się|"
    r"zwiększył się|zwiększyły się)(?: (?:znacząco|znacznie|wyraźnie|gwałtownie|mocno|"
    r"nieznacznie|lekko|jeszcze|ponownie|dynamicznie|istotnie|drastycznie|błyskawicznie|"
    r"skokowo|łącznie)){1,2} (?=o\b)",
    r"\1 ",
))

# (24re, D156) D141's "o N proc." with the qualifiers of an upper bound ("nawet o 30 proc.", "o
# maksymalnie 5%") and with a range after "o" ("o 20–30 proc.", "nawet o 50-70 proc."): the size of
# the change, additional (rule 12), its qualifier or range kept, as "wzrost o"; only a per cent or
# its points closing the figure text, as D141
_PL_BY_24RE = (r"(?:około|ok\.|prawie|blisko|niemal|niemalże|ponad|mniej więcej|aż|jeszcze|nieco "
               r"ponad|przeszło|co najmniej|ok|nawet|maksymalnie|najwyżej|co najwyżej|"
               r"przynajmniej|minimum|maksimum|niespełna|szacunkowo|średnio|mniej niż|więcej niż)")
FIGURES["rewrites"].append((
    rf"^\s*((?:{_PL_BY_24RE} )?)o ((?:{_PL_BY_24RE} )?)(?=\d[\d.,]*(?: ?[-–—] ?\d[\d.,]*)? ?"
    r"(?:%|proc\.?|procent\w*|pkt\.?(?: proc\.?)?|punkt\w* proc\w*)\s*[.!]?\s*$)",
    r"wzrost o \1\2",
))

# (24re, D156) a per cent before the noun of a rise, nominative ("10% wzrost", "o 5 proc. wzrost"
# is D141's): the size of the rise, additional (rule 12), read as "wzrost o 10%"; the genitive
# "30% wzrostu" (a share of the growth) is not written
FIGURES["rewrites"].append((
    r"^\s*(\d[\d.,]*(?: ?[-–—] ?\d[\d.,]*)? ?(?:%|proc\.?|procent))\s(?:wzrost|przyrost|"
    r"zwyżka|podwyżka)(?=\s|$)",
    r"wzrost o \1 ",
))

# (24re, D157) a noun of change before "do" (to: "spadek do 30,4 mln osób", "wzrost do 12%",
# "zmniejszenie liczby do 300"): the new total, exact (rule 1, D107), as the verbs ("spadła do")
# read; up to three words between, dropped. "ograniczenie do" (a cap: at most) and "redukcja do
# 300 etatów" (a cut of up to 300 posts, as ru "сокращение до", round 52) are not written; "do 30"
# alone stays at most. Before the rewrite of the verbs' "do" (D29)
_PL_VERB_TO = next(
    n for n, (_, replacement) in enumerate(FIGURES["rewrites"]) if replacement == r"\1 łącznie"
)
FIGURES["rewrites"].insert(_PL_VERB_TO, (
    r"\b(?:spad(?:ek|ku|kiem)|wzrost(?:u|em)?|zwiększeni(?:e|a|em)|zmniejszeni(?:e|a|em)|"
    r"obniżeni(?:e|a|em)|podwyższeni(?:e|a|em)|obniżk(?:a|i|ą)|podwyżk(?:a|i|ą)|"
    r"zwyżk(?:a|i|ą)|zniżk(?:a|i|ą)|przyrost(?:u|em)?)(?: [^\s\d]+){0,3}? do (?=\d)",
    "spadła do ",
))

# (25ra, D167) a change "z A do B" with a verb of change the D35 rewrite did not list
# ("skoczyła z 300 do 420", "podskoczyła", "wystrzeliła", "zmalała", "obniżyła się"), in its
# forms: the new total B (D35), read as "wzrosła z"; "z 300 do 420" with no verb stays a range
FIGURES["rewrites"].insert(0, (
    r"\b(?:skoczył\w*|podskoczył\w*|wystrzelił\w*|poszybował\w*|zmalał\w*|obniżył\w*|"
    r"podwoił\w*|potroił\w*|urósł|urosł\w*|spadał\w*|rósł|rosł\w*|zwiększał\w*|zmniejszał\w*|"
    r"skurczył\w*|stopniał\w*|podniósł|podniosł\w*|obniżał\w*|spadł\w*|wzrósł|wzrosł\w*|"
    r"zwiększył\w*|zmniejszył\w*|zmalał\w*|wzrasta\w*|maleje|maleją|spada|spadają)"
    r"(?: się)?(?= (?:[^\W\d_]+ )?(?:z|ze) (?:[^\W\d_]+ ){0,2}\d[^;]{0,40}? do )",
    "wzrosła",
))

# (25ra, D166) the qualifier words typed without their Polish letters ("ponizej", "mniej niz",
# "niespelna", "przeszlo"; lang/_forms.py): read as the marked words
for _key in ("approx", "at_least", "at_most", "nearly", "post_approx", "post_at_least",
             "post_at_most", "post_nearly"):
    if _key in FIGURES:
        FIGURES[_key] += unmarked(FIGURES[_key])

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 tys. osób" =
# 12,500): one or two digits after the space and a scale after them are a decimal (three digits
# are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "tys|tysiąc[a-ząćęłńóśźż]*|tysięcy|tysiące|mln|mld|milion[a-ząćęłńóśźż]*|"
    "miliard[a-ząćęłńóśźż]*"))

# (25rb, D171) the words of a rise before "o" and its size: the comparatives ("więcej o 476 tys.
# osób", "wyższa o 5%", "większy o 300") and every tense of the verbs of a rise ("wzrośnie o",
# "wzrastała o", "urosła o", "skoczyła o", "podniosła się o"), as "wzrosła o" (rule 12, D150);
# "aż" (as much as) between the verb and "o" ("wzrosła aż o 11%") is dropped; a per cent told
# "wyższy / większy" after "o N" is "więcej" (additional). "mniej o", falls, stay a total
FIGURES["additional"] += [
    f"{w} o" for w in (
        "więcej", "wyższy", "wyższa", "wyższe", "wyżsi", "wyższej", "wyższego", "większy",
        "większa", "większe", "więksi", "większej", "większego", "wzrośnie", "wzrosną", "wzrasta",
        "wzrastają", "wzrastał", "wzrastała", "wzrastało", "wzrastały", "urósł", "urosła",
        "urosło", "urosły", "skoczył", "skoczyła", "skoczyło", "skoczyły", "zwiększa się",
        "zwiększają się", "zwiększy się", "zwiększą się", "podniósł się", "podniosła się",
        "podniosło się", "podniosły się", "wzrosnąć", "wzrosnie", "wzrosly", "wzrosla", "wzroslo",
    )
]
FIGURES["rewrites"].insert(0, (
    r"\b(wzrosła|wzrosło|wzrósł|wzrosły|wzrośnie|wzrosną|wzrasta|wzrastają|wzrastał|wzrastała|"
    r"wzrastało|wzrastały|urósł|urosła|urosło|urosły|skoczył|skoczyła|skoczyło|skoczyły|"
    r"zwiększyła się|zwiększyło się|zwiększył się|zwiększyły się|więcej|wzrost|wzrostu) aż "
    r"(?=o \d|o ok)",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"\b(o (?:ok\. |około |prawie |niemal )?\d(?:[\d.,]*\d)?\s?(?:%|proc\.?|procent\w*)?) "
    r"(?:wyższ[a-ząćęłńóśźż]*|większ[a-ząćęłńóśźż]*)",
    r"\1 więcej",
))

# (25rc, D176) a decimal number of "times" is a multiplier, no count (rule 13):
# "2,3 razy", "o 1,5 raza",
# written as the table's multiplier phrase (lang/_forms.py)
FIGURES["rewrites"] += decimal_times("razy|raza", "razy więcej", "o")

# (25rd, D177) an ordinal spelled in words is no count (D7): a compound ordinal may keep its
# hundreds and thousands as cardinals ("sto dwudziesta piąta ofiara", "dwa tysiące dziesiąty"),
# which read as the figure (100, 2000); the whole ordinal is dropped, as "125." is. Singular
# forms only ("sto pierwszych osób" are the first hundred: a count)
FIGURES["rewrites"].append((
    r"(?<![\w-])(?:(?:dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć) )?"
    r"(?:sto|dwieście|trzysta|czterysta|pięćset|sześćset|siedemset|osiemset|dziewięćset|"
    r"tysiąc|tysiące|tysięcy)(?: (?:sto|dwieście|trzysta|czterysta|pięćset|sześćset|siedemset|"
    r"osiemset|dziewięćset))? (?:(?:dwudziest|trzydziest|czterdziest|pięćdziesiąt|"
    r"sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:y|a|e|ego|emu|ej|ą) )?"
    r"(?:pierwsz|drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|jedenast|dwunast|"
    r"trzynast|czternast|piętnast|szesnast|siedemnast|osiemnast|dziewiętnast|dwudziest|"
    r"trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|"
    r"dziewięćdziesiąt|setn|tysięczn)(?:y|i|a|e|ego|emu|ej|ą)(?![\w-])",
    "",
))

# (26ra, D183) points of a per cent in every spelling ("o 3,1 pkt procentowe", "punktu
# procentowego", "p.p.", "pp."): written "pkt proc.", so D141 reads "o N pkt proc." as a change's
# size (additional, D164); a verb of a rise right before its per cent with no "o" ("wzrosła 3%"):
# "wzrosła o N%", additional (rule 12, D150). Falls stay a total
FIGURES["rewrites"].insert(0, (
    r"(?<=\d) ?(?:pkt\.? proc\w*\.?|p\. ?p\.|pp\.?(?!\w)|punkt\w* proc\w*)", " pkt proc.",
))
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"wzrósł|wzrosł[aoy]|wzrośli|wzrasta|wzrastają|zwiększył(?:[aoy])? się|zwiększa się|"
    r"podskoczył[aoy]?|urósł|urosł[aoy]|zdrożał[aoy]?|poszedł w górę|poszła w górę", "o",
    r"%|proc\.?|procent\w*", r"prawie|niemal|blisko|około|ok\.|ponad|aż",
))
# an emphatic word between "o" and the per cent ("o imponujące 9%", "o całe 12 proc."): dropped,
# so "o N%" reads, a change's size, additional (D141, D164); only before a per cent
FIGURES["rewrites"].insert(0, (
    r"\bo (?:imponujące|całe|rekordowe|znaczące|solidne|niebagatelne|pokaźne|spore|skromne|"
    r"symboliczne|kolosalne|niewielkie|zawrotne|rekordowych|ogromne|znaczne)"
    r" (?=\d[\d.,]* ?(?:%|proc|procent|pkt)(?!\w))",
    "o ",
))

# (26rb, D186.2) a scale told as an adjective ("11-milionowa baza", "ponad 11 milionowej bazy",
# "30-tysięczny tłum"): the number times the scale (read 11 and 30). With a hyphen any case;
# with a space not the plural genitive and instrumental ("5 tysięcznych sekundy", "2
# milionowych": fractions). (26rb, D186.3) "4G", "5G"
FIGURES["rewrites"] += [
    (rf"(?<![\w.,])(\d+(?:[.,]\d+)?)(?:-| (?!\w+(?:ych|ymi)(?!\w))){stem}"
     rf"(?:y|a|e|ego|ej|emu|ym|ą|i|ych|ymi)(?!\w)", rf"\1 {scale}")
    for stem, scale in (("tysięczn", "tysięcy"), ("milionow", "mln"), ("miliardow", "mld"))
]
FIGURES["rewrites"] += GENERATION

# (27ru, D198) the distributive "po" before a count in digits ("Iran i Turcja – po 3,4 miliona",
# 3.4 million each; "po 5 osób") is "each", a per-unit figure (rule 13), as "po około / po ponad"
# read (17nj); not "po" = after, before a time or a place in the locative ("po 2 latach", "po 3
# dniach", "po 1989 roku", "po 20 minutach") nor before a year
FIGURES["rewrites"].append((
    r"(?<!\S)po (?!(?:1[89]|20)\d\d(?!\d))(?=\d[\d.,]*(?: \d{3})*(?: ?(?:tys\.?|tysiące|tysięcy|"
    r"tysiąca|mln|miliona|milionów|miliony|mld))?(?:(?: (?![^\W\d_]*(?:ach|ech)\b|(?:roku|r\.|"
    r"dniu|godzinie|godz\.|minucie|miesiącu|tygodniu|sekundzie|latach|meczu)(?!\w)))|[^\w\s]|$))",
    "po ponad ",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 pasażerów, w tym 3 dzieci, i 15 członków załogi" holds two counts (a list,
# unparsed), as a count with its own "more" word there does (D60.2); a list's last "and" takes no
# comma in this language
FIGURES["told_with"]["resumes"] = ["i", "oraz"]

# (29rv, D212.2) the genitive plural of a scale word is the vague plural when no number stands
# before it, after a qualifier too: "do tysięcy osób" (up to thousands) read "up to 1,000"
FIGURES["plural_scales"] = ["tysięcy", "milionów", "miliardów"]

# (30rb, D216.6) a transitive verb of change ("Zwiększa to liczebność naszych wojsk … z 75 tys. do
# 125 tys.", zwiększył, zmniejszają …) before "z A do B", its object between: the new total B (D35),
# as the verbs with "się" read
FIGURES["rewrites"].append((
    r"\b((?:zwiększ|zmniejsz)(?:a|ają|ył[aoy]?|yli|y|ą|ono)\b"
    r"(?: (?!z\b|ze\b|do\b)[^\s\d,;]+){0,8}) "
    r"ze? \d[\d,.]*(?: tys\.?| tysięcy| mln\.?| milion\w*)? do\b",
    r"\1 łącznie",
))

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["i", "oraz"], []))

# (31fx, D218.1) "N of them were X and M Y" opening the phrase, as es "siete de ellas eran
# mujeres y dos hombres" ("siedem z nich to kobiety i dwóch mężczyzn"): no count before it to
# break down, so the count after "and" is the list's other part, two counts, unparsed; "N of
# them" alone stays N, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(
    number_word(w for w, v in FIGURES["numbers"].items() if v >= 2),
    ["z nich", "spośród nich"], ["i", "oraz", "a"]))

# (32rl, D220.1) a share told after the total and its comma ("333 zakładników, z czego większość to
# dzieci") tells who the counted were: the total's breakdown (D5), written as the table's breakdown
# word (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share
# or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["z czego", "w tym", "z których", "spośród których", "spośród nich", "wśród nich"],
    ["ponad", "prawie", "blisko", "około", "co najmniej", "mniej niż", "niemal", "przeszło",
     "więcej niż"],
    ["połowa", "połowę", "połowy", "jedna trzecia", "jedną trzecią", "dwie trzecie",
     "jedna czwarta", "jedną czwartą", "trzy czwarte", "większość", "większa część",
     "większą część", "zdecydowana większość", "zdecydowaną większość"],
    ["z nich", "spośród nich"],
    "w tym"))

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['w', 'we', 'na'], 'i', [
        # (35rd, D236.1) a noun of an area with no name ("w kraju, 6 w Kijowie")
        (r"w (?:całym )?(?:kraju|regionie|województwie|obwodzie|powiecie)", r"w|we|na"),
    ]),
    part_of_total(
        [
            'z łącznie', 'spośród łącznie', 'z ogółem', 'spośród ogółem', 'z ogólnej liczby',
            'spośród ogólnej liczby', 'z łącznej liczby', 'spośród łącznej liczby'
        ], 'z'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py). Not "rok"
# alone: "100 rok wcześniej" after "w stosunku do" reads as before (D111, 120 of "120 ofiar w
# stosunku do 100 rok wcześniej")
FIGURES["rewrites"].append(time_told_after(
    ['jeden rok', 'jeden miesiąc']
    + [f'{n} {u}' for n in ('dwa', 'trzy', 'cztery')
       for u in ('lata', 'miesiące', 'tygodnie', 'dni')]
    + [f'{n} {u}' for n in ('pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć')
       for u in ('lat', 'miesięcy', 'tygodni', 'dni')],
    ['później', 'wcześniej', 'temu'],
))

# (34rc, D229.1) D122's size of a change told after the count: "i była / i był / i było o N"
# (and was N lower) closes the count's clause as "czyli" does ("wyniosła 1023,7 tys. osób i była
# o 4,3 tys. osób niższa", round 100); the size's scale with its point ("o 12 tys. mniej niż", the
# point of "tys." a unit of its own) and the comparative adjectives (niższa / wyższa / mniejsza /
# większa, "lower / higher by N") after "o N" ("Liczba zgonów wyniosła 409 tys. i była o 68 tys.
# niższa niż przed rokiem"): no count beside the count
FIGURES["rewrites"].append((
    r"(?<=[\w.]) i (?:była|był|było|były|jest) (?=o \d)", ", czyli ",
))
FIGURES["differences"] += [
    r"\S+ # (?:\. )?(?:[^\W\d_]+ ){0,2}(?:mniej|więcej)(?: ,)?"
    r" (?:niż|aniżeli|w porównaniu|wobec)(?![^\W\d_])",
    r"o # (?:\. )?(?:[^\W\d_]+ ){0,2}(?:niższ|wyższ|mniejsz|większ)(?:a|y|e|i)(?![^\W\d_])",
]
# (34rc, D229.2) D61.3's "o N do M" with the size's noun between ("spadła o 4,3 tys. osób do
# 1023,7 tys.") or the new total told with "i wyniosła / i osiągnęła" ("zmniejszyła się o 4,3 tys.
# osób i wyniosła 1023,7 tys."): the size dropped, the new total read (D35, D61.3), before the
# rewrite of 17cc
_PL_BY_TO = next(
    n for n, (_, replacement) in enumerate(FIGURES["rewrites"]) if replacement == r"\1 łącznie"
)
_PL_CHANGE = (r"(?:wzr(?:osła|osło|ósł|osły)|spadł[aoy]?|zmalał[aoy]?|zmniejszył[aoy]? się|"
              r"zwiększył[aoy]? się)")
_PL_SIZE = (r"o (?:prawie |ponad |około )?\d[\d,.]*(?: tys\.?| tysięcy| mln\.?)?"
            r"(?: ?%| proc\.?| procent\w*)?")
FIGURES["rewrites"][_PL_BY_TO:_PL_BY_TO] = [
    (rf"\b({_PL_CHANGE}(?: [-–])? {_PL_SIZE}) [^\W\d_]+(?=,?(?: [-–])? do \d)", r"\1"),
    (rf"\b({_PL_CHANGE})(?: [-–])? {_PL_SIZE}(?: [^\W\d_]+)?,? i (?:wyniosł|osiągnęł|osiągnął)"
     r"\w* (?=\d)", r"\1 do "),
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("ponad 400 osób przebywa w 12 ośrodkach"): set aside (D20)
FIGURES["rewrites"] += lodging_aside(
    ["w", "we"],
    [r"ośrodkach", r"schroniskach", r"obozach", r"noclegowniach",
     r"miejscach (?:tymczasowego )?(?:zakwaterowania|pobytu)",
     r"punktach (?:recepcyjnych|ewakuacyjnych|noclegowych|pomocy|zbiórki|zbiorki)"],
    ["ponad", "około", "okolo", "blisko", "prawie", "co najmniej", "przeszło"],
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# ranne osoby są rozlokowane w pięciu szpitalach", round 102; "trafiły do pięciu szpitali"): set
# aside beside the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"rozlokowan\w*", r"przewiezion\w*", r"przewieziono", r"trafił\w*", r"trafili",
     r"przetransportowan\w*", r"hospitalizowan\w*", r"zabran\w*", r"zabrano", r"odwiezion\w*",
     r"rozwiezion\w*", r"rozwieziono", r"przyjęt\w*", r"przyjęto", r"leczon\w*",
     r"przekazan\w*", r"ewakuowan\w*", r"skierowan\w*", r"umieszczon\w*", r"umieszczono",
     r"przebywają w leczeniu", r"przetransportowano"],
    ["w", "we", "do", "po", "między", "pomiędzy"],
    [r"(?:(?:różnych|okolicznych|pobliskich) )?(?:szpital(?:ach|i|e|om)|klinik(?:ach|i|om)?|"
     r"lecznic(?:ach|y)?|placówk(?:ach|i) (?:medycznych|medyczne|ochrony zdrowia)|"
     r"placówek (?:medycznych|ochrony zdrowia))"],
    ["ponad", "około", "okolo", "blisko", "prawie", "co najmniej", "przeszło"],
    r"dwa|dwie|dwóch|dwu|trzy|trzech|cztery|czterech|pięć|pięciu|sześć|sześciu|siedem|siedmiu|"
    r"osiem|ośmiu|dziewięć|dziewięciu|dziesięć|dziesięciu|kilku|kilka",
)
