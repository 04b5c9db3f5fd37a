"""Lists of counts that several figure tables rewrite alike (D5, D210.2 and D218 of the codebook).

A breakdown (D5: "300 dead, including 40 children") is no count of its own: the figure is its
total. Two forms look like a breakdown and are lists of counts (unparsed, rule 13); a table
appends these rewrites to its ``FIGURES["rewrites"]`` with its own words as arguments, so that
the phrase reads as the same list told plainly ("seven women and two men", "28 guests and the
12 staff"). (32rl, D220.1) A share told after the total and its comma is the total's breakdown:
``share_of_total`` writes it as the table's breakdown word.
"""

import re
from collections.abc import Iterable


def _alternation(words: Iterable[str]) -> str:
    """Return the words as one alternation, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def parts_of_them(number: str, of_them: Iterable[str], joins: Iterable[str]) -> tuple[str, str]:
    """Return the rewrite that reads "N of them were X and M Y" as the list "N were X and M Y".

    (31fx, D218.1) "Siete de ellas eran mujeres y dos hombres" (seven of them were women and two
    men): opening the phrase, "N of them" has no count before it to break down, and the count
    joined by "and" after one to three words is the list's other part: two counts, unparsed, as
    "siete eran mujeres y dos hombres" reads. "N of them" alone stays N, and so does a phrase
    with a count before it ("300 muertos, siete de ellos niños y dos mujeres": D5, 300).

    Parameters
    ----------
    number : str
        The language's number words of two and more, one pattern
        (:func:`analysis.lang._forms.number_word`); digits are read too.
    of_them : iterable of str
        The words of "of them" right after the number ("de ellos", "of them").
    joins : iterable of str
        The language's "and".

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    count = rf"(?:\d+\b|{number})"
    return (rf"^\s*({count}) (?:{_alternation(of_them)})"
            rf"(?= (?:[^\W\d_]+ ){{1,3}}(?:{_alternation(joins)}) {count})", r"\1")


def bracketed_breakdown(
    including: Iterable[str], joins: Iterable[str], articles: Iterable[str] = ()
) -> tuple[str, str]:
    """Return the rewrite that drops a bracketed breakdown followed by "and" and another count.

    (31fx, D218.3) "I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti" (the 28 guests, four
    children among them, and the 12 staff): the bracket closes the breakdown of the count before
    it, as D210.2's comma does, and "and" with a count in digits after it (past the language's
    definite article) is the list's next part: two counts, unparsed, as "I 28 ospiti e i 12
    dipendenti" reads. A bracketed breakdown with nothing after it, or with "and" before no
    count, stays D5's total ("I 28 ospiti (tra questi 4 bambini)" = 28).

    Parameters
    ----------
    including : iterable of str
        The table's ``including`` words, one of which opens the bracket.
    joins : iterable of str
        The language's "and".
    articles : iterable of str
        Definite articles that may stand between "and" and the count.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    article = rf"(?:(?:{_alternation(articles)}) )?" if articles else ""
    return (rf" ?\((?:{_alternation(including)})(?!\w)[^()]*\)"
            rf"(?= (?:{_alternation(joins)}) {article}\d)", "")


def article_after_resumes(
    including: Iterable[str], joins: Iterable[str], articles: Iterable[str]
) -> tuple[str, str]:
    """Return the rewrite that drops a definite article between D210.2's "and" and its count.

    (31fx, D218.3) "I 28 ospiti, tra questi 4 bambini, e i 12 dipendenti": after the comma that
    closes a breakdown, "and" with a count goes back to the list (D210.2, the table's
    ``told_with["resumes"]``); the article before that count ("e i 12", "y los 15", "et les
    12") is dropped, so that the count stands right after "and" as D210.2 reads it. Only after
    a breakdown word and its comma, with no bracket or other comma between.

    Parameters
    ----------
    including : iterable of str
        The table's ``including`` words.
    joins : iterable of str
        The table's ``told_with["resumes"]`` words.
    articles : iterable of str
        Definite articles that may stand between "and" and the count.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (rf"\b((?:{_alternation(including)})(?!\w)[^(),]*, (?:{_alternation(joins)}))"
            rf" (?:{_alternation(articles)}) (?=\d)", r"\1 ")


def share_of_total(
    counts: Iterable[str],
    openers: Iterable[str],
    qualifiers: Iterable[str],
    shares: Iterable[str],
    of_them: Iterable[str],
    including: str,
) -> tuple[str, str]:
    """Return the rewrite that reads a share told after a total as the total's breakdown.

    (32rl, D220.1) "349 personnes, dont plus de la moitié d'enfants" (349 people, more than half
    of them children): after a count and its comma, a share of it ("half", "a third", "the
    majority", with a qualifier before it and "of them" before or after it) tells who the
    counted were, a breakdown (D5), no share reported instead of the count; the share is
    written as the table's breakdown word ("349 personnes, dont d'enfants" = 349), as "most of
    them" reads already (D30, D64.4). Not when a number follows the share ("la moitié des 300
    blessés", or a list's next count: "300 morts, dont la moitié d'enfants, et 200 blessés"
    stays two counts), nor a share with no count and comma before it ("la moitié des 300").

    Parameters
    ----------
    counts : iterable of str
        Words that are a count with no digit (the table's vague magnitudes: "thousands").
    openers : iterable of str
        Breakdown words that may stand before the share ("of whom", "dont", "davon").
    qualifiers : iterable of str
        Qualifiers that may stand right before the share ("more than", "nearly").
    shares : iterable of str
        The shares ("half", "a third", "the majority"), as written after the qualifier.
    of_them : iterable of str
        "Of them" words that may follow the share ("of them", "d'entre eux", "davon").
    including : str
        The table's breakdown word the share is written as.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    words = _alternation(counts)
    count = rf"(?:\d|(?<!\w)(?:{words})(?!\w))" if words else r"\d"
    opener = rf"(?:(?:{_alternation(openers)}) )?" if openers else ""
    qualifier = rf"(?:(?:{_alternation(qualifiers)}) )?" if qualifiers else ""
    after = rf"(?: (?:{_alternation(of_them)}))?" if of_them else ""
    return (rf"({count}[^,;:]{{0,60}}?) ?, ?{opener}{qualifier}(?:{_alternation(shares)}){after}"
            rf"(?!\w)(?!.*{count})", rf"\1, {including}")


def part_of_total(totals: Iterable[str], of: str, reach: int = 8) -> tuple[str, str]:
    """Return the rewrite that reads "N … out of a total of M" as the part and its whole.

    (34ra, D226.2) "64 presos não voltaram de um total de 1.568" (64 prisoners did not return,
    of a total of 1,568): after a count, "out of / of a total of" names the whole the count is a
    part of, two quantities (rule 13, D85.2's share with its whole given), as "64 presos não
    voltaram de 1.568" reads; the table's total word must not make M the figure (D5). The
    words are written as the language's plain "out of" (*of*). Only after a number earlier in
    the phrase, *reach* words at most and no colon or semicolon between; alone ("un total de
    1.568 presos") M stays the total.

    Parameters
    ----------
    totals : iterable of str
        The words of "out of a total of" (the part's preposition with the total word), as
        written before the whole's number and its qualifiers.
    of : str
        The language's "out of", written in their place.
    reach : int
        Words (a comma glued to one) at most between the count and the words: a plain "of"
        ("de um total de") may belong to a noun far from the count ("las donaciones de un total
        de 3.500"), so a table gives it a short reach.

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    return (rf"(\d[\d.,]*(?: [^\s\d;:]+){{0,{reach}}}?) (?:{_alternation(totals)})(?!\w) ?"
            rf"(?=(?:[^\W\d_]+ ){{0,4}}\d)", rf"\1 {of} ")


def places_listed(places: Iterable[str], joins: str,
                  wider: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """Return the rewrite that reads counts told each with its own place as a list.

    (34ra, D226.1) "600 militaires au Gabon, 400 en RDC et 200 en Centrafrique" (600 soldiers
    in Gabon, 400 in the DRC and 200 in the CAR): a count told with its place, then after a
    comma counts told right before a place of their own (the noun left out), is a list of
    several quantities (rule 13), no count with its breakdown (D60.2, D93.4) even when the
    later counts add up to the first; the comma is written as the language's "and" (*joins*),
    as "600 militaires au Gabon et 400 en RDC" reads. A breakdown by place of a count told
    with no place ("10 morts, 6 à Kiev et 4 à Kharkiv", D56.5) stays the count.

    Parameters
    ----------
    places : iterable of str
        The prepositions (with their articles) that open a place ("au", "en", "in the").
    joins : str
        The language's "and", written for the comma.
    wider : iterable of (str, str), optional
        (35rd, D236.1) Pairs of patterns: the first count's place (its preposition and what
        follows it, a regular expression) and the later counts' preposition, where the language
        tells the first place as the wider one: fr and it a country's or region's preposition
        ("en Ukraine", "in Ucraina") before a city's ("à Kiev", "a Kiev"), pt a place with its
        article ("na Ucrânia") before a bare "em" ("em Kiev"), every language a noun of an area
        with no name ("in the region", "в области"). There the later counts are the first one's
        breakdown by place, read as D60.2 reads parts that add up (the comma is left).

    Returns
    -------
    tuple of (str, str)
        A pattern and its replacement for ``FIGURES["rewrites"]``.
    """
    place = rf"(?:{_alternation(places)})"
    count = r"\d[\d.,]*(?: \d{3})*"
    keep = "".join(
        rf"(?!{count}(?: [^\W\d_]+){{1,3}} (?:{first})(?![^\W\d_])[^\d,;:()]{{0,40}}?,"
        rf" {count}(?: [^\W\d_]+)? (?:{part}) [^\W\d_])"
        for first, part in wider)
    return (rf"(?<![\d.,]){keep}({count}(?: [^\W\d_]+){{1,3}} {place} [^\W\d_][^\d,;:()]{{0,40}}?),"
            rf" (?={count}(?: [^\W\d_]+)? {place} [^\W\d_])", rf"\1 {joins} ")
