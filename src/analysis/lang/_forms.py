"""Number forms that several figure tables rewrite alike (rule 9 and rule 6 of the codebook).

A table appends these to its ``FIGURES["rewrites"]`` when its language writes the form; what
differs between languages (the words of its scales) is an argument. One home for the patterns,
so that a fix reaches every table that reads the form.
"""

import re
from collections.abc import Callable, Iterable

STRAY_POINT_SPACE: tuple[str, str] = (
    r"(?<![\d.,])(?<!\d[.,] )(\d{1,3})\. (\d{3})(?![\d]|[.,] ?\d)", r"\1.\2",
)
"""A stray space after a thousands point ("61. 852 presenze"): one number, as D22 reads "15, 200"
(23rf, D139): one to three digits, a point, one space and exactly three, no other digit group
right before or after it."""

STRAY_MARK_GROUP: tuple[str, str] = (
    r"(?<=\d)¿(?=\d{3}(?!\d|[.,]\d))", " ",
)
"""A stray inverted question mark where a page's thousands mark was lost in its decoding ("im
Vergleich zu 197¿000", 33ra, D224.11): one number, grouped by a space as "197 000" is. No writing
sets "¿" between digits (Spanish opens a question with it, before a word or a number: "¿1.000
muertos?" is untouched): a digit, the mark and exactly three digits ("1¿500¿000" too)."""

SHARED_MAGNITUDE: tuple[str, str] = (
    r"(?<![\d.,/-])(?=2-3|3-4|4-5|5-6|6-7|7-8|8-9)(\d)-(\d)(00|000)(?![\d]|[.,]\d)",
    r"\1\3-\2\3",
)
""""5-600" said as "five to six hundred" (23rf, D139): two consecutive digits before a dash and
hundreds or thousands after it share the magnitude ("5-600" = 500-600, "2-3000" = 2,000-3,000,
rule 6); not from 1 ("1-200", a bracket of sizes) nor between digits that do not follow each
other ("5-800" is the range five to 800)."""


def decimal_comma_before(scales: str) -> tuple[str, str]:
    """Return the rewrite that reads a comma and three digits before a scale as a decimal comma.

    "1,326 млн" = 1,326,000 (23rd, D129.2, as pt D47): in a language that groups thousands
    with a point or a space, "N,NNN" before a scale of millions is no thousands group.

    Parameters
    ----------
    scales : str
        The language's scale words of millions and more, as one regular expression
        alternation ("mio|mrd|millionen|million").

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (rf"(?<![\d.,])(\d{{1,3}}),(\d{{3}})(?= ?(?:{scales})\b)", r"\1,\g<2>0")


def stray_decimal_space_before(scales: str) -> tuple[str, str]:
    """Return the rewrite that closes a stray space after a decimal comma before a scale word.

    "154, 2 mil pessoas" = 154,200, "411, 1 тисяч осіб" = 411,100 (25rb, D170): in a language
    that writes the comma as its decimal mark, one to three digits, a comma, one space, ONE or
    TWO digits and a scale word right after are one decimal number (three digits after the
    space are a thousands group, D22's "15, 200", read already). Not after another number and
    a comma ("5, 6 mil": a list), not before a word other than a scale ("em 2020, 15 pessoas"),
    not two consecutive single digits ("tahminen 7, 8 bin", seven or eight thousand: a range,
    round 14).

    Parameters
    ----------
    scales : str
        The language's scale words (thousands and more), as one regular expression alternation.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (
        r"(?<![\d.,'])(?<!\d[.,] )(?!(?:1, 2|2, 3|3, 4|4, 5|5, 6|6, 7|7, 8|8, 9)(?!\d))"
        rf"(\d{{1,3}}), (\d{{1,2}})(?= ?(?:{scales})(?!\w))",
        r"\1,\2",
    )


def leading_plus(word: str) -> tuple[str, str]:
    """Return the rewrite that reads a sign "+" opening a figure text as the size of a change.

    "(+130%)", "+5.000 iscritti" (24ra, D142): a leading plus sign on a count or a per cent tells
    how much was added, additional (rule 12), in every language; written as the table's own
    word of "more" before the number. Only at the phrase's start (an opening bracket may stand
    before it) and right before a digit ("+/-5" and "N+" are not it: "1000+" is at least).

    Parameters
    ----------
    word : str
        A word of the table's ``additional`` list read before a number ("another", "ulteriori").

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (r"^\s*\(?\s*\+\s?(?=\d)", f"{word} ")


def decimal_point_before(scales: str) -> tuple[str, str]:
    """Return the rewrite that reads a point and three digits before a scale as a decimal point.

    "2.850 مليون شخص" = 2,850,000 (24rd, D155): in Arabic reporting with Latin digits a point
    before "million" is the decimal point (the Arabic mark ٫ is folded to "." already), so "N.NNN"
    right before a scale of millions is no thousands group: one to three digits before the point.

    Parameters
    ----------
    scales : str
        The language's scale words of millions and more, as one regular expression alternation.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (rf"(?<![\d.,])(\d{{1,3}})\.(\d{{3}})(?= ?(?:{scales})(?!\w))", r"\1.\g<2>0")


def number_word(words: Iterable[str], parts: Iterable[str] = (), ones: Iterable[str] = ()) -> str:
    r"""Return a pattern of one number word of a table, two or more (24rc, D150).

    The rewrites that read the size of a rise were written before digits ("aumento de 8%"); the
    same size is told in words ("Alta de oito por cento", round 64). This pattern stands where
    those rewrites read ``\\d``: one of the table's number words, or a word made only of the
    morphemes of a language that writes numbers as one word (Italian "quindici", "ventotto",
    German "achtundzwanzig"), not the word for one alone (also an article: "un aumento").

    Parameters
    ----------
    words : iterable of str
        Whole number words (values two and more).
    parts : iterable of str
        Morphemes of numbers written as one word (``compound``, ``compound_small``,
        ``compound_scales``, ``compound_and``).
    ones : iterable of str
        The words for one, refused as a whole word.

    Returns
    -------
    str
        A regular expression, a group of its own, ending at a word boundary.
    """
    alternatives = []
    if whole := _alternation(words):
        alternatives.append(rf"(?:{whole})\b")
    if pieces := _alternation(parts):
        refused = _alternation(ones)
        guard = rf"(?!(?:{refused})\b)" if refused else ""
        alternatives.append(rf"{guard}(?:{pieces})+\b")
    return "(?:" + "|".join(alternatives) + ")"


def _alternation(words: Iterable[str]) -> str:
    """Return the words as one alternation, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def percent_ahead(percent: str) -> str:
    """Return a look-ahead: a per cent right ahead, told in digits, as a range or in words (24rc).

    Up to four words (a qualifier, the number's words) may stand before the last number word or
    the digits ("de quase oito por cento", "del 15-20%"); no digit, comma or stop between: "alta
    de 500 pacientes, 5% do total" holds no per cent of the rise (D150).

    Parameters
    ----------
    percent : str
        The table's per cent words as one alternation ("%|por cento").

    Returns
    -------
    str
        A regular expression look-ahead.
    """
    return (
        rf"(?=(?:[^\W\d_]+ ){{0,4}}?(?:\d[\d.,]*(?: ?[-–] ?\d[\d.,]*)? ?|[^\W\d_]+ )"
        rf"(?:{percent}))"
    )


def mark_ahead(scales: str, articles: str = "") -> str:
    r"""Return the look-ahead of a mark: a number of three digits or more, or one with a scale word.

    A verb of approaching or passing reaches a mark ("frôlait les 31.000", "approached 3,000"),
    never a small count ("se rapprochait de deux hommes", "approached 3 men"; 24ra, D143). The
    look-ahead stands right after the verb: a space, an optional article, then digits grouped
    by a point, a comma or a (narrow) space, three or more digits, or a word and a scale word.

    Parameters
    ----------
    scales : str
        The language's scale words of thousands and more, as one regular expression
        alternation ("mille|millions?|milliards?").
    articles : str, optional
        The articles (or mark nouns) that may stand before the number, as one alternation
        ("les|le|la"); none by default.

    Returns
    -------
    str
        A regular expression look-ahead, to follow the verb in a table's rewrite.
    """
    article = rf"(?:(?:{articles}) )?" if articles else ""
    return (rf"(?= {article}(?:\d{{1,3}}(?:[.,  ]\d{{3}})+|\d{{3,}}"
            rf"|\S+ (?:{scales})\b))")


def leading_minus(percent: Iterable[str] = ()) -> tuple[str, str]:
    """Return the rewrite that reads a sign "-" opening a per cent as the size of a fall.

    "-46% presenze", "−3,2 %" (25ra, D168): a leading minus sign on a per cent tells how much a
    count fell; a fall is total (D150), so the sign is dropped and the per cent read as written.
    Only at the phrase's start (an opening bracket may stand before it) and only before digits
    that a per cent sign (or one of the table's per cent words) follows: "-5" alone (a
    temperature, a score) is left as it reads.

    Parameters
    ----------
    percent : iterable of str
        The table's ``percent`` list (words, or patterns with a backslash: ru "процент" and
        its endings).

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    words = "|".join(w if "\\" in w else re.escape(w) for w in percent if w != "%")
    words = f"%|{words}" if words else "%"
    return (rf"^\s*(\(?)\s*-\s?(?=\d[\d.,]*\s?(?:{words})|%\s?\d)", r"\1")


_STRIP = str.maketrans({
    "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n",
    "ó": "o", "ś": "s", "ź": "z", "ż": "z", "ı": "i", "ş": "s", "ğ": "g", "ç": "c",
})
"""Letters people type without their marks (de, pl, tr keyboards without the letter)."""


def unmarked(words: Iterable[str]) -> list[str]:
    """Return the spellings of *words* typed without their letters' marks, not already there.

    "ponizej" (poniżej), "uber" (über), "yaklasik" (yaklaşık) (25ra, D166): the folding keeps
    the marks (``text.normalise.fold``), so a table writes each unmarked spelling of its
    qualifier words. Only words with such a letter give a spelling; entries with a regular
    expression's backslash are left out.

    Parameters
    ----------
    words : iterable of str
        A table's list of qualifier words.

    Returns
    -------
    list of str
        The new spellings, in order, each once.
    """
    return _new_spellings(words, lambda word: [word.translate(_STRIP)])


def _new_spellings(words: Iterable[str], forms: Callable[[str], list[str]]) -> list[str]:
    """Return the *forms* of each of *words* not among them already, in order, each once.

    Entries with a regular expression's backslash give none (:func:`unmarked`,
    :func:`arabic_spellings`).
    """
    have = set(words := list(words))
    out: list[str] = []
    for word in words:
        if "\\" in word:
            continue
        for form in forms(word):
            if form not in have:
                have.add(form)
                out.append(form)
    return out


_AR_LOOSE = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى ", "ي "), ("ي ", "ى "), ("ة ", "ه "))
"""Arabic letters typed loosely: hamza seats as a bare alif, final ya and alif maqsura swapped,
ta marbuta as ha (each pair replaced in a word's end where it ends with a space)."""


def arabic_spellings(words: Iterable[str]) -> list[str]:
    """Return the loose Arabic spellings of *words*, and the colloquial "أكتر", not there yet.

    "اكثر من", "علي الأقل", "قرابه", "أكتر من" (25ra, D166): the folding keeps the hamza, the
    final ya and the ta marbuta as typed, so the table writes the loose spellings of its
    qualifier words: each substitution of :data:`_AR_LOOSE` alone and all of them together, and
    the Egyptian and Levantine "أكتر / اكتر" (more) for "أكثر".

    Parameters
    ----------
    words : iterable of str
        A table's list of qualifier words.

    Returns
    -------
    list of str
        The new spellings, in order, each once.
    """
    return _new_spellings(words, _arabic_forms)


def _arabic_forms(word: str) -> list[str]:
    """Each loose spelling of *word* (:data:`_AR_LOOSE`, alone and together) and "أكتر"."""
    padded = word + " "
    forms = [padded.replace(a, b) for a, b in _AR_LOOSE]
    every = padded
    for a, b in _AR_LOOSE[:3] + _AR_LOOSE[4:]:
        every = every.replace(a, b)
    forms.append(every)
    forms += [f.replace("أكثر", "أكتر").replace("اكثر", "اكتر") for f in (padded, every)]
    return [f.rstrip(" ") for f in forms]



def decimal_times(times: str, ratio: str, before: str = "") -> list[tuple[str, str]]:
    """Return the rewrites that read a decimal number of "times" as a multiplier (25rc, D176).

    "2,3 раза", "на 1,5 рази", "2.3 times", "2,3-mal" (rule 13): no count of occasions has a
    decimal (one or two digits, or more than three, after the separator: "2.940 Mal" and "2,031
    times" group thousands and stay counts of occasions), so the number is a ratio, written as
    the table's own multiplier phrase (a ``fraction`` word such as "раз больше"), unparsed like
    it. An integer ("2 раза", twice) is left as it was, unless a word of *before* stands before
    it (uk "на 2 рази", by two times).

    Parameters
    ----------
    times : str
        The language's words for "times" after a number, one regular expression alternation
        ("раза|раз").
    ratio : str
        The table's multiplier phrase that replaces them ("раз больше").
    before : str, optional
        Words before the number that make any number of "times" a multiplier ("на").

    Returns
    -------
    list of (str, str)
        Patterns and their replacements for ``FIGURES["rewrites"]``.
    """
    done = rf"(?! ?{re.escape(ratio.split()[-1])})"  # written so already ("2,3 раза больше")
    decimal = r"\d+[,.](?:\d{1,2}|\d{4,})(?![\d.,])"  # not "2.940 Mal", "2,031 times" (thousands)
    out = [(rf"(?<![\d.,])({decimal})[ -]?(?:{times})\b{done}", rf"\1 {ratio}")]
    if before:
        out.insert(0, (
            rf"\b(?:{before}) (\d+|{decimal}) (?:{times})\b{done}", rf"\1 {ratio}",
        ))
    return out


def rise_then_percent(verbs: str, by: str, percent: str, qualifiers: str = "") -> tuple[str, str]:
    """Return the rewrite that reads a verb of a rise right before a per cent as "rose by N%".

    "rose 0.21 per cent", "increased 40.5%", "вырос 3%", "stieg 3 Prozent" (26ra, D183): the
    size of a rise told without its preposition is the same size (rule 12, D150, D164),
    additional; written as the table's own "rose by" ("by", "um", "на", "o", "de"). Only a per
    cent (or a range of per cents), one qualifier of *qualifiers* allowed between: a count
    after a verb may be a distance or a new total ("rose 300 metres").

    Parameters
    ----------
    verbs : str
        The verbs of a rise as one alternation ("rose|increased").
    by : str
        The table's preposition of a change's size.
    percent : str
        The table's per cent words as one alternation ("%|per cent").
    qualifiers : str
        Qualifier words that may stand between the verb and the number, as one alternation.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    between = rf"(?:(?:{qualifiers}) )?" if qualifiers else ""
    return (
        rf"(?<![\w-])({verbs})(?= {between}\d[\d.,]*(?: ?[-–] ?\d[\d.,]*)? ?(?:{percent})(?!\w))",
        rf"\1 {by}",
    )


def negated_bounds(
    prefixes: Iterable[str], modals: Iterable[str], below: Iterable[str], above: Iterable[str],
) -> tuple[list[str], list[str]]:
    """Return the negated bounds of a language written without spaces: (at least, at most).

    zh "不低于37万" (not below: at least), "不会少于", "不高于" (not above: at most; 26ra, D182):
    "not" (with a modal between: "不会", "不得", "不应") before a word of "below / fewer than"
    is at least, before one of "above / more than" at most. Listed whole, so that the longest
    phrase wins over the bound inside it ("低于" alone is at most).

    Parameters
    ----------
    prefixes : iterable of str
        The words of "not" ("不", "未").
    modals : iterable of str
        Modal words written between "not" and the bound ("会", "得"); "" for none.
    below, above : iterable of str
        The bounds of "below / fewer than" and "above / more than".

    Returns
    -------
    tuple of (list of str, list of str)
        The phrases of at least and of at most.
    """
    heads = [p + m for p in prefixes for m in modals]
    return [h + b for h in heads for b in below], [h + a for h in heads for a in above]


def open_range_top(between: str, joins: str, more: str, scales: str, or_more: str
                   ) -> tuple[str, str]:
    """Return the rewrite that opens a range's high end told "between A and more than B".

    (28ru, D205) "between A and more than B" opens the range's high end as D3's "from 1,000 to
    more than 3,000" does: written "between A and B or more", as the range reads it ("las
    estimaciones oscilan entre 1.000 y más de 12.000" = 1,000-open); only right after the range
    word, never in a list ("5 muertos y más de 20 heridos" stays two counts).

    Parameters
    ----------
    between, joins, more : str
        The language's range word ("entre", "tra|fra"), its "and" ("y") and its "more than"
        ("más de", "più di|oltre"), each a regular expression alternation.
    scales : str
        The scale words a number may carry ("mil|millones|millón").
    or_more : str
        What the rewrite writes after B ("o más").

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    number = rf"\d+(?:[.,\u00a0\u202f ]\d{{3}})*(?:[.,]\d+)?(?: (?:{scales}))?"
    return (rf"\b((?:{between}) {number} (?:{joins})) (?:{more}) ({number})(?![\d.,])",
            rf"\1 \2 {or_more}")


def one_in_exchange(ones: str, single: str, nouns: str, joins: str, counts: str, times: str = ""
                    ) -> list[tuple[str, str]]:
    """Return the rewrites that read the article of a person exchanged for a count as one.

    (31rb, D219.5) An exchange told as a ratio of two counts, "un otage pour trois prisonniers"
    (one hostage for three prisoners), "438 Arabes pour un Israélien": the article before a noun
    of captives, soldiers or the sides' people is the count one when the language's "for" joins
    it to a count on the other side, so the phrase holds two counts (D5, D195), as "1 otage pour 3
    prisonniers" reads. Only before such a noun ("un abri pour 300 personnes" stays 300), and only
    with a count on the other side (digits or a number word of *counts*), not a time ("a soldier
    for 300 days").

    Parameters
    ----------
    ones, single : str
        The articles ("un|une") and the words of "a single" that may follow them ("seule?").
    nouns : str
        The nouns of people exchanged, each with its plural or feminine ending as a pattern.
    joins : str
        The words of "for" in an exchange ("pour").
    counts : str
        The number words that open a count ("deux|trois|…|des centaines"); digits always do.
    times : str, optional
        The units of time that make the number after "for" a duration ("jours|mois|ans").

    Returns
    -------
    list of (str, str)
        Two patterns and their replacements for ``FIGURES["rewrites"]``: the article before
        "for" and a count, and the article after a count and "for".
    """
    one = rf"(?<![\w'’])(?:{ones})((?: (?:{single}))? (?:{nouns})\b)"
    count = rf"(?:\d|(?:{counts})\b)"
    duration = rf"(?!\S+ (?:{times})\b)" if times else ""
    return [
        (rf"{one}((?: [^\W\d_]+)?) ({joins}) (?={count}){duration}", r"1\1\2 \3 "),
        (rf"({count}[^\s]*(?: [^\W\d_]+){{0,3}}) ({joins}) (?:{ones})((?: (?:{single}))? "
         rf"(?:{nouns}))(?![\w'’])", r"\1 \2 1\3"),
    ]


def time_told_after(durations: Iterable[str], laters: Iterable[str]) -> tuple[str, str]:
    """Return the rewrite that drops "one year later" told right after a count.

    (34ra, D226.5) "rising to nearly 59,000 one year later", "para quase 59 mil um ano depois",
    "59 000 год спустя": a span of time with "later / earlier / ago" right after the count (and
    at most one word: its noun or its scale word) says when the count was told, as D224.10's "a
    year later"; its number word ("one", "um", "zwei") is no part of the count ("59 mil um" =
    59,001 before) and "год" after the number no year. The span goes, "later" stays.

    Parameters
    ----------
    durations : iterable of str
        The spans as written: a number word or article with a unit of time ("one year", "um
        ano", "zwei Jahre"), or the unit alone where the language writes one so ("год").
    laters : iterable of str
        The words of "later / earlier / ago" after the span.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (rf"(?<=\d)((?: [^\W\d_]+)?) (?:{_alternation(durations)}) "
            rf"(?=(?:{_alternation(laters)})(?!\w))", r"\1 ")


def rewrite_index(rewrites: list[tuple[str, str]], replacement: str, holding: str) -> int:
    """Return the position of a table's rewrite, to write another one before it.

    Parameters
    ----------
    rewrites : list of (str, str)
        The table's ``FIGURES["rewrites"]`` as written so far.
    replacement : str
        The rewrite's replacement.
    holding : str
        A piece of its pattern that tells it from the others with that replacement.

    Returns
    -------
    int
        The index of the first rewrite with that replacement whose pattern holds ``holding``.
    """
    return next(n for n, (pattern, written) in enumerate(rewrites)
                if written == replacement and holding in pattern)
