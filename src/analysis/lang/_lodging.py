"""Counts told with the places they are lodged or cared in, and "and one other in <place>".

D231 and D235 (hospitals the counted are taken to).

(34re, D231.1) "Mais de 400 pessoas estão abrigadas em 33 pontos de apoio" (400 people sheltered
in 33 support points): the count of shelters, camps or evacuation centres after a place
preposition tells how the counted are lodged, as a count of units tells how a force is made up
(D20: "rund 12.000 Soldaten in vier Brigaden"): it is set aside and the people read. Only places
made or opened to lodge people (shelters, evacuation or reception centres, camps, tent cities,
temporary accommodation points): villages, towns, provinces, countries, schools and hospitals
exist without the counted and stay a second count (D45.5). Another number must be told in the
clause: the people before the places, or after a place count that opens the phrase with its
preposition ("In 33 evacuation centres, 400 people …"); "33 shelters housed 400 people" (no
preposition) stays two counts, and so does a place count alone.

(34re, D231.2) "18 personnes ont été interpellées en France et une autre en Belgique": after a
count, "and" + "another / one other / one more" before a place preposition is one more of the
counted, a sum (rule 13, D5, D85.1), written "et 1 en Belgique" as the phrase reads with a digit
(two counts, unparsed).

(35rc, D235.1) "32 injured were taken to five hospitals": a count of hospitals beside the people
a verb of taking, admitting, treating or spreading brings there is set aside too (care_aside);
with no such verb hospitals stay a second count, as above.
"""

from collections.abc import Iterable


def _alternation(words: Iterable[str]) -> str:
    """Return the words (patterns) as one alternation, longest first."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def _place_count(quals: Iterable[str], numbers: str) -> str:
    """Return the pattern of a count of places: digits or a number word, a qualifier before."""
    count = r"\d[\d.,]*" + (f"|{numbers}" if numbers else "")
    qual = _alternation(quals)
    return (f"(?:(?:{qual})\\s)?" if qual else "") + f"(?:{count})"


def lodging_aside(
    preps: Iterable[str], nouns: Iterable[str], quals: Iterable[str] = (), numbers: str = "",
) -> list[tuple[str, str]]:
    """Return the rewrites that drop a count of lodging places beside a count of people.

    Parameters
    ----------
    preps : iterable of str
        The language's place prepositions before the count (patterns, lowercase: "in", "em").
    nouns : iterable of str
        The lodging places' nouns after the count, each a pattern ("evacuation cent(?:re|er)s").
    quals : iterable of str
        Qualifier words that may stand before the place count ("more than", "some"), dropped
        with it.
    numbers : str
        A pattern of the language's number words of two and more, read as the digits are.

    Returns
    -------
    list of (pattern, replacement)
        Two rewrites: the people before the places, and the places first with the people after.
    """
    prep = _alternation(preps)
    noun = _alternation(nouns)
    place = _place_count(quals, numbers)
    ahead = f"(?=\\s(?:{noun})(?!\\w))"
    return [
        (f"(\\d[^.;!?]*?\\s(?:{prep})\\s){place}{ahead}", r"\1"),
        (f"((?:^|(?<=\\s))(?:{prep})\\s){place}(?=\\s(?:{noun})(?!\\w)"
         f"[^.;!?]*?\\d)", r"\1"),
    ]


def one_other_in(ands: Iterable[str], others: Iterable[str], preps: Iterable[str],
                 numbers: str = "") -> tuple[str, str]:
    """Return the rewrite that writes "N … and another in <place>" as "N … and 1 in <place>".

    Parameters
    ----------
    ands : iterable of str
        The language's "and" words.
    others : iterable of str
        "another / one other / one more" forms (patterns, lowercase).
    preps : iterable of str
        The place prepositions that follow them.
    numbers : str
        A pattern of the language's number words of two and more, a count as digits are.

    Returns
    -------
    (pattern, replacement)
        A count (digits or a number word) must come before in the clause; the "other" becomes
        "1".
    """
    count = r"\d" + (f"|(?<!\\w)(?:{numbers})(?!\\w)" if numbers else "")
    return (
        f"((?:{count})[^.;!?]*?\\s(?:{_alternation(ands)}))\\s(?:{_alternation(others)})"
        f"(?=\\s(?:{_alternation(preps)})\\s)",
        r"\1 1",
    )


def care_aside(
    verbs: Iterable[str], preps: Iterable[str], nouns: Iterable[str], quals: Iterable[str] = (),
    numbers: str = "",
) -> list[tuple[str, str]]:
    """Return the rewrites that drop a count of hospitals the counted are taken to (D235.1).

    (35rc, D235.1) "32 injured were taken to five hospitals": a verb of taking, admitting,
    treating or spreading the counted joins them to the count of hospitals (clinics, medical
    facilities), which tells how they are cared for, as D231.1's lodging places tell how they
    are lodged: set aside, the people read. Without such a verb ("32 people in 5 hospitals")
    the hospitals stay a second count (D45.5).

    Parameters
    ----------
    verbs : iterable of str
        The verbs of taking, admitting, treating or spreading (patterns, lowercase), whole
        words.
    preps : iterable of str
        The place prepositions before the count of hospitals.
    nouns : iterable of str
        The nouns of hospitals and medical facilities after the count (patterns).
    quals : iterable of str
        Qualifier words that may stand before the count of hospitals, dropped with it.
    numbers : str
        A pattern of the language's number words of two and more, read as digits are.

    Returns
    -------
    list of (pattern, replacement)
        Four rewrites: the people, then the verb, then the places; the verb, the people, the
        places ("took 32 injured to 5 hospitals"); the people, the places, then the verb (de
        "in fünf Krankenhäuser gebracht"); the places first after their preposition, then the
        verb and the people in either order (pl "Do pięciu szpitali trafiło 32 pasażerów"). A
        comma may stand between the people and the verb (and after places that open the
        phrase), none between the verb and the places.
    """
    prep = _alternation(preps)
    noun = f"(?:{_alternation(nouns)})(?!\\w)"
    verb = f"(?<!\\w)(?:{_alternation(verbs)})(?!\\w)"
    people = r"\d" + (f"|(?<!\\w)(?:{numbers})(?!\\w)" if numbers else "")
    place = _place_count(quals, numbers)
    at = f"\\s(?:{prep})\\s"
    return [
        (f"((?:{people})[^.;!?]*?{verb}[^.;!?,]*?{at}){place}(?=\\s{noun})", r"\1"),
        (f"({verb}[^.;!?,]*?(?:{people})[^.;!?,]*?{at}){place}(?=\\s{noun})", r"\1"),
        (f"((?:{people})[^.;!?,]*?{at}){place}(?=\\s{noun}[^.;!?,]*?{verb})", r"\1"),
        (f"((?:^|(?<=\\s))(?:{prep})\\s){place}(?=\\s{noun}[^.;!?]*?(?:{verb}[^.;!?]*?"
         f"(?:{people})|(?:{people})[^.;!?]*?{verb}))", r"\1"),
    ]
