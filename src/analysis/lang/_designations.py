"""Rewrites the figure tables share: designations, magnitudes, decimals before a unit.

A designation is no quantity (17cr, D74), nor a magnitude (D75); a point before three digits and a
unit is a decimal point in Han, kana and Hangul text (:func:`decimal_before`, D82); a Russian or
Ukrainian verb of a rise separated from its "на N" is read as "rose by N" (:func:`rise_then_by`,
D84.2).

Letters glued to the digits after them name a thing: a weapon ("M1989 Koksan", "M777", "K9",
"KN23"), an aircraft ("A320", "MiG29"), a virus ("H5N1", "Covid19"), a group ("G7"). Folded to
lower case, "m1989" read as "million" and 1989 ("3 M777 howitzers" = 3,000,777; "50 K9
howitzers" = 50,009): a wrong number. The rewrite drops the designation, so the count beside it
is read alone and a designation alone is no number. One to four Latin or Cyrillic letters, at
the start of a word, then digits (and maybe more letters and digits); not a unit's exponent
("km2", "m3": written "km²", "m³" before the rewrites, D73), a currency glued to its amount
("Rp18 miliar"), a time ("AM8:00"; "23h30" is digits first), a number sign ("№39") or a
quarter ("Q1 2024"); and never Hangul or Han, whose scale words are glued to digits
("1만2000").
"""

DESIGNATION: tuple[str, str] = (
    r"(?<![\w$€£¥₹])"
    # not a currency glued to its amount ("Rp18 miliar", "US5"), a time ("AM8:00"), a number
    # sign ("№39/40" folds to "no39/40") or a quarter or half ("Q1 2024"); a unit's exponent
    # ("km2") is written "km²" before any rewrite (D73, normalise.unit_powers)
    r"(?!(?:rp|rs|us|usd|eur|gbp|chf|kr|rm|tl|aed|sar|inr|jpy|cny|rmb|krw|rub|uah|pln|brl|mxn|zar"
    r"|am|pm|no|nr|n)[0-9]|[qh][1-4](?![0-9\w]))"
    r"[a-zа-яёіїєґ]{1,4}[0-9]+(?:[a-zа-яёіїєґ]+[0-9]*)*(?![0-9]|[.,:/h][0-9])",
    "",
)

NUMBER_SIGN: tuple[str, str] = (
    # (21ra, D95.2) a number sign glued to digits names the thing so numbered ("patient #14",
    # "3명(#14, #15, #16)", a hashtag "#2024"): no quantity, as "№14" (D74); "№" folds to "no"
    # and is the designation's own exception above
    # ("#14, #15, #16": the list's commas go too, else they would end the count's clause)
    r"(?<![a-z0-9_&])[#＃]\d+(?:[.,]\d+)*(?:\s*[,、/]\s*[#＃]\d+(?:[.,]\d+)*)*(?![\d])",
    " ",
)

MAGNITUDE: tuple[str, str] = (
    # (17cs, D75) an earthquake's magnitude written "M7.8", "Mw 6,4", "ML 5.1": a measure, no
    # quantity ("m" would read as million); one decimal after one digit
    r"(?<![\w$€£¥₹])m[wl]? ?[1-9][.,][0-9](?![0-9])",
    "",
)


# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): digits glued to "g" name a
# technology, no count ("25.000 menara BTS 4G/LTE" = 25,000). Only before "/" or LTE / NR, or
# after a word of networks (never "4 g" with a space, nor "4g" alone: grams)
NETWORK_WORDS: str = (
    "bts|lte|jaringan|sinyal|layanan|teknologi|network|networks|internet|mobile|sieć|sieci|"
    "réseau|réseaux|red|redes|rede|rete|reti|netz|netzes|netze|mobilfunk|сеть|сети|мережа|"
    "мережі|ağı|ağ|şebekesi|şebeke|standard|standardu|standardzie|technologia|technologii|"
    "tecnologia|tecnología|technologie|технологи[яи]|технологі[яї]|menara|tower|towers|mast|"
    "masts|antenna|antennas|antena|antenas|antenne|antennes|antenn[ae]|torre|torres|maszt\\w*|"
    "stacj\\w*|вышк\\w*|веж\\w*|baz\\w*|base|stations?|smartphones?|phones?|ponsel|"
    "subscribers?|abonnés?|abonent\\w*|абонент\\w*|pelanggan|usuarios|usuários|utenti|"
    "users|nutzer\\w*|handy\\w*|ready|kompatibel|compatible"
)
GENERATION: list[tuple[str, str]] = [
    (r"(?<![\w.,])[2-6]g(?=/|\s?(?:lte|nr|volte)\b)", " "),
    (rf"\b({NETWORK_WORDS}) [2-6]g(?![\w.,])", r"\1 "),
    (rf"(?<![\w.,])[2-6]g[ -]({NETWORK_WORDS})\b", r" \1"),
]
"""Rewrites that drop a network generation's "4G" (D186.3), for the tables of Latin and
Cyrillic script; Han, kana and Hangul tables write their own (the nouns glued after it)."""


def decimal_before(units: list[str]) -> tuple[str, str]:
    """Return the rewrite that reads a point before three digits and a unit as a decimal point.

    *units* are the language's own units of measure; the Latin symbols kg, g, t, km are added.

    (17cz, D82) Chinese, Japanese and Korean group thousands with a comma; a point before three
    digits and a unit of measure is a decimal point ("36.205公斤" = 36.205 kg, never 36,205, which
    rule 9 reads from three digits after a point, as a count written "9.730명" is). A zero added
    to the three decimals ("36.2050") makes rule 9 read them as decimals.
    """
    return (
        r"(?<![\d.,])(\d{1,3})\.(\d{3})(?= ?(?:"
        + "|".join([*units, "kg", "g", "t", "km"])
        + r")(?![a-z]))",
        r"\1.\g<2>0",
    )


def rise_then_by(verbs: str, leads: list[str]) -> tuple[str, str]:
    """Return the rewrite that joins a verb of a rise to its "на N" across up to four words.

    "увеличилось за сутки на 12 человек" (rose in a day by 12 people) becomes "увеличилось на за
    сутки 12 человек", so the verb's "на" stands where a table's additional phrase reads it (D84.2,
    rule 12). *verbs* is the alternation of the verb's forms; *leads* the words that may stand
    between "на" and the number (a qualifier: "ещё", "почти", "около" …). Never across "на" or "до"
    (a second change), a digit or a stop.
    """
    lead = "|".join(f"{word} " for word in leads)
    return (
        rf"(?<!\S)({verbs})((?: (?!на(?!\S)|до(?!\S))[^\s\d,.;:]+){{1,4}}) на (?=(?:\d|{lead}))",
        r"\1 на\2 ",
    )

