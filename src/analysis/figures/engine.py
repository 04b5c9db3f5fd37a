"""Parsing a phrase end to end, with the phrase cache and the template path.

Two caches make a column cheap: every (phrase, language) read is kept, and a phrase
with one digit group leaves a *template* (its wording with the digits cut out) when its
figure is the digits times a constant; the same wording with another number is then
scaled from the template without reading it again. Possible years and value-dependent
readings (dates, unit counts, ranges) never leave a template.
"""

from __future__ import annotations

import math
import re
from typing import Final, final

import numpy as np

from analysis.figures.cats import NUMBER_ROLES, SCALE
from analysis.figures.decide import decide
from analysis.figures.fast import read_cjk, read_simple
from analysis.figures.language import OTHER_VOTES, choose_language, hinted_table
from analysis.figures.lexicon import LEXICONS, Lexicon
from analysis.figures.model import UNPARSED, Figure, Reason
from analysis.figures.normalise import (
    DATE_RE,
    DIGITS_SPLIT,
    HAS_CJK,
    digits_value,
    expander,
    folded_ascii,
    has_cjk,
    join_stray_comma,
    letter_tokens,
    normalise,
    powers_may_stand,
    split_digits,
    tokens,
    unit_powers,
)
from analysis.figures.qualify import tidied
from analysis.figures.quantities import Quantity
from analysis.figures.units import other_cats

__all__ = ["clear_cache", "explain_figure", "parse_figure"]

Result = tuple[Figure, str]
Template = tuple[tuple[float, float, float] | None, Figure, str]

# hint -> text -> figure of every phrase read, and hint -> text -> its unparsed reason (when it
# has one): keyed by the hint first, so that no (text, hint) tuple is built for a look-up nor kept
# for each phrase read (one more object for the cyclic collector to go through, 30sp)
_CACHE: Final[dict[str | None, dict[str, Figure]]] = {}
_REASONS: Final[dict[str | None, dict[str, str]]] = {}


@final
class _Kept:
    """How many phrases :data:`_CACHE` holds (cleared at :data:`_CACHE_LIMIT`).

    A native ``int`` field of a compiled class (31sp): a module global was a look-up and a
    store in the module's dictionary and a boxed integer at each phrase read (30sp).
    """

    __slots__ = ("size",)

    def __init__(self) -> None:
        self.size = 0


_KEPT: Final = _Kept()
_TEMPLATES: Final[dict[object, Template]] = {}
"""(wording before the digit group, after it, hint) -> :data:`Template` (keys typed as objects:
compiled code then looks a key up as it is, without building its tuple again, 17se)."""
_CACHE_LIMIT: Final = 1_000_000
# builds a Figure from a tuple, as Figure(...) does, without its keywords
_new: Final = tuple.__new__
_NEGATIVE: Final = re.compile(
    r"\s*[-\u2212\u2012\u2013\ufe63\uff0d]\s*\d(?![\d.,\u066b]*\s?[%\uff05\u066a])"
)
"""A minus sign (ASCII, typographic, figure or en dash, small or full-width) before the
first digit: "-5" is a negative count, never 5 (issue 18). Not before a per cent ("-46%
presenze"): the size of a fall, read by the tables' ``leading_minus`` rewrite (25ra, D168)."""
_MINUS: Final = frozenset("-\u2212\u2012\u2013\ufe63\uff0d")
"""The signs of :data:`_NEGATIVE`: a text that starts with none of them and no space is not
searched for it (most texts: a set look-up instead of a call of the pattern)."""
_SPACES: Final = (
    *range(0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F,
    0x3000,
)
_MINUS_OR_SPACE: Final = _MINUS | frozenset(chr(c) for c in _SPACES if chr(c).isspace())
""":data:`_MINUS` and every character ``str.isspace`` (and the pattern's ``\\s``) takes: what
may start a match of :data:`_NEGATIVE`, one set look-up (17sp;
``tests/test_figures_speed_17sp.py`` holds it to ``str.isspace`` over every code point)."""
_HINTED: Final[dict[str, Lexicon]] = {}
"""The table each hint names, as written ("en", "EN", "en-US"): found once per hint."""
_YEAR_SPAN: Final = re.compile(
    r"\(\s*(?:1[89]|20)\d\d\s*(?:[-\u2013\u2014/]|[^\W\d_]{1,4})\s*(?:1[89]|20)\d\d\s*\)"
)
"""Two years in brackets joined by a dash or a short word: "(1964 bis 1975)", "(1939–1945)"."""
_YEARS_JOINED: Final = re.compile(
    r"(?<![\d.,])((?:1[89]|20)\d\d)\s*(?:[-\u2013\u2014/]|[^\W\d_]{1,4}(?:\s+[^\W\d_]{1,3})?)\s*"
    r"((?:1[89]|20)\d\d)(?![\d.,]?\d)"
)
"""Two years joined by a dash or a short word, brackets or none: "entre 2000 y 2001", "tra il
2000 e il 2001", "с 2000 по 2001 год" (D37 when the phrase counts something else)."""
_YEARS_LISTED: Final = re.compile(r"(?<![\d.,])(?:(?:1[89]|20)\d\d,\s*)+$")
"""Years listed with commas right before a span of years (:func:`_without_year_spans`)."""
_NUMBER_ROLES: Final = frozenset(NUMBER_ROLES)
_SEX: Final = (
    r"(?:m|f|w|h|k|e|l|p|d|male|female|м|ж|ч|남|여|남성|여성|男|女|男性|女性|[\uac00-\ud7a3]{2,4})"
)
"""A sex (or, in Hangul, another short mark: "회사원") written beside an age in brackets (D80.1)."""
_MARK: Final = r"\s*[·\u119e\u318d\u30fb\u2027\u2022,/;]\s*"
_AGE_IN_BRACKETS: Final = re.compile(
    rf"(?<=[^\W\d_])\s?\(\s*(?:{_SEX}{_MARK})?(\d{{1,3}})\s*(?:세|살|歳|才)?(?:{_MARK}{_SEX})?\s*\)"
)
"""A number in brackets right after a word: the age of the person named, "노모(43) 씨",
"女性(24)ら", "John Smith (44)" (D43.1), with a sex or a mark beside it, "A(67·여)씨", "B(남·34)씨",
"Kim (67, F)" (D80.1): dropped when the phrase counts beside it."""
_QUOTED_NAME: Final = re.compile(r'["«“„][^"«»“”„]{0,60}?([^\W\d_]+)\s+\d{1,4}(?=\s*["»”“])')
"""A number that ends a quoted name after a capitalised word: "M/V Trisha Kerstin 3", «Союз 2»
(a designation, D32, D38); not a quoted statement ("we lost 50")."""

_QUOTED_YEAR: Final = re.compile(r"['‘][^'‘’\d]{0,60}?([^\W\d_])\s*(?:19|20)\d\d(?=['’])")
"""A year that ends a name in single quotes ("'로체샤르 2003'원정대"): dropped when the letter
before it has no case (Hangul, Han, kana, Arabic, Devanagari), where D38's capital cannot tell a
name (D90)."""

_SPACE_GROUPED: Final = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![.,]?\d)")
"""A number grouped by spaces, "27 862" (rule 9): written "27,862" before the rewrites (D69)."""
_NEXT_WORD: Final = re.compile(r" ?([^\W\d_]+)")


def _comma_grouped(body: str, lex: Lexicon) -> str:
    """Write the numbers of *body* grouped by spaces with commas ("27 862" -> "27,862", D69).

    They read the same (rule 9); the tables' rewrites of a change, written for digits with
    points and commas, then see one number. Not before a scale word ("40 000 milhões"): a
    comma there is read as the decimal point by some tables' rewrites (pt "1,500 milhões" =
    1,500,000).
    """
    out: list[str] = []
    last = 0
    for m in _SPACE_GROUPED.finditer(body):
        w = _NEXT_WORD.match(body, m.end())
        if w is not None and _is_scale(w.group(1), lex):
            continue
        out.append(body[last : m.start()])
        out.append(m.group().replace(" ", ","))
        last = m.end()
    if not out:
        return body
    out.append(body[last:])
    return "".join(out)


def _is_scale(word: str, lex: Lexicon) -> bool:
    """Whether the table reads *word* as a scale ("milhões", "тысяч", "bin", a stem's form)."""
    cats = lex.one.get(word)
    if cats is not None and SCALE in cats:
        return True
    if lex.stem_re is not None:
        m = lex.stem_re.match(word)
        if m is not None:
            found = lex.stem_of.get(m.group())
            return found is not None and found[0] == SCALE
    return False


_MAKER: Final = re.compile(
    r"\b(boeing|airbus|embraer|cessna|bombardier|fokker|tupolev|antonov|ilyushin|iljuschin|"
    r"sukhoi|superjet|atr|mcdonnell douglas|lockheed|beechcraft|learjet|gulfstream|dornier|"
    r"туполев|антонов|ильюшин|суперджет|eurocopter|sikorsky|agusta|agustawestland|"
    r"bell(?= ?\d{3})|robinson(?= ?-? ?r?\d)|kamov|камов|робинсон|робінсон) ?-? ?[^\W\d_]{0,3}-?\d+"
    r"(?:-\d+)?(?![\d.,]\d)"
)
"""A maker's name and its model: "Boeing 787", "Airbus A320", "Tupolev Tu-154", "ATR 72-600",
"Eurocopter 135", "Bell 412" (a three-digit model only), "Robinson R44" are designations, no
counts (D32, D39, D59.3); the maker is kept, its number dropped."""
_MAKERS: Final = frozenset(
    (
        "boeing", "airbus", "embraer", "cessna", "bombardier", "fokker", "tupolev", "antonov",
        "ilyushin", "iljuschin", "sukhoi", "superjet", "atr", "mcdonnell", "lockheed",
        "beechcraft", "learjet", "gulfstream", "dornier", "туполев", "антонов", "ильюшин",
        "суперджет",
        # (17ca) helicopters' makers: "Typ Eurocopter 135", "helicóptero militar Bell 412" (D59.3)
        "eurocopter", "sikorsky", "agusta", "agustawestland", "bell", "robinson", "kamov", "камов",
        "робинсон", "робінсон",
    )
)
"""The words of :data:`_MAKER`: a phrase holding none of them is not searched for it."""


def _holds_maker(words: list[str]) -> bool:
    """Whether a word of *words* is one of :data:`_MAKERS` (``not _MAKERS.isdisjoint(words)``).

    A loop of set look-ups in compiled code, where ``isdisjoint`` is a method looked up by its
    name at each call (17sf).
    """
    for word in words:
        if word in _MAKERS:
            return True
    return False


_MAKER_KEPT: Final = expander(_MAKER, r"\1") or r"\1"
"""The maker of a match of :data:`_MAKER` (its group 1), built in compiled code."""


def _unquote_name(m: re.Match[str]) -> str:
    """Drop the number of a quoted name (see :data:`_QUOTED_NAME`)."""
    text = m.group()
    return text.rstrip("0123456789") if m.group(1)[0].isupper() else text


def _unquote_year(m: re.Match[str]) -> str:
    """Drop the year of a name in single quotes (see :data:`_QUOTED_YEAR`)."""
    text = m.group()
    letter = m.group(1)
    return text.rstrip("0123456789").rstrip() if letter.lower() == letter.upper() else text


# unparsed reasons that do not depend on the value of the one digit group
_VALUE_FREE_REASONS: Final = frozenset((Reason.RATE.value, Reason.FRACTION.value))


def _from_template(hit: Template, x: float) -> Result:
    mults, fig, reason = hit
    if mults is None:
        return fig, reason
    lo, be, hi = mults
    low, best, high = tidied(lo * x), tidied(be * x), tidied(hi * x)
    values = (low, best, high, fig.unit, fig.qualifier, fig.relation, fig.status)
    return _new(Figure, values), reason


def _parse(text: str, hint: str | None) -> Result:
    """Read *text*: from a template when its wording was read before, else in full."""
    if text[:1] in _MINUS_OR_SPACE and _NEGATIVE.match(text):  # once per phrase read
        return UNPARSED, Reason.NEGATIVE.value
    norm, ascii = folded_ascii(text)  # isascii asked once, for every step below
    parts = split_digits(norm, ascii)
    if powers_may_stand(norm, parts, ascii):  # normalise's last step, where the groups allow
        norm = unit_powers(norm)
        ascii = norm.isascii()
        parts = split_digits(norm, ascii)
    # the template path: the same wording around one digit group was read before
    key: tuple[str, str, str | None] | None = None
    if len(parts) == 3:
        raw = parts[1]
        plural = parts[2][:1] == "s" and not parts[2][1:2].isalpha()  # "1,000s"
        shape = None if plural else _shape_mark(raw)
        if shape is not None:  # each shape of digit group leaves a template of its own
            key = (parts[0], parts[2] + shape, hint)
            hit = _TEMPLATES.get(key)
            if hit is not None:
                return _from_template(hit, digits_value(raw))
    lex = _HINTED.get(hint) if hint is not None else None
    if lex is None and hint is not None:
        lex = LEXICONS.get(hint.strip().lower()[:2])
        if lex is not None and len(_HINTED) < 1_000:
            _HINTED[hint] = lex
    cjk: bool | None = None
    applies: bool | None = None
    # the fast readers read one digit group, or CJK text: no other phrase is worth trying
    if lex is not None and len(parts) >= 3:
        # whether the phrase is CJK text and whether the hinted table rewrites it: found
        # once, for the fast readers and the full engine alike
        cjk = not ascii and has_cjk(norm)
        applies = lex.rewrites_apply(norm, True)  # it holds a digit group
        simple = _read_simple(norm, lex, key, len(parts) == 3, cjk, applies, parts, ascii)
        if simple is not None:
            return simple
    if key is None and ('"' in text or "«" in text or "“" in text or (
            not ascii and ("'" in text or "‘" in text))):
        # a quoted name's number (D38): read on the text, where its capital letter is seen
        cut = _QUOTED_YEAR.sub(_unquote_year, _QUOTED_NAME.sub(_unquote_name, text))
        if cut != text:  # another text: what was found above is not known of it
            return _read_in_full(normalise(cut), hint, key, None, lex)
    return _read_in_full(
        norm, hint, key, parts[1] if key is not None else None, lex, cjk, applies,
        len(parts) >= 5 and _two_long_groups(parts), len(parts) > 1,
        any(" " in parts[k] for k in range(1, len(parts), 2)), len(parts) >= 5, ascii, parts,
    )


def _two_long_groups(parts: list[str]) -> bool:
    """Whether two digit groups of *parts* (a text split by :data:`DIGITS_SPLIT`) are 4+ long.

    Two years joined (:data:`_YEARS_JOINED`) are four digits each, in two digit groups of the
    text (a dash or a word between them ends a group): a text without two such groups holds
    no span of years, and the blanks and joins made before the span is looked for (dates,
    ages, "15, 200") make none.
    """
    n = 0
    for k in range(1, len(parts), 2):
        if len(parts[k]) >= 4:
            n += 1
    return n >= 2


def _date_may_stand(parts: list[str]) -> bool:
    """Whether the text cut into *parts* by :data:`DIGITS_SPLIT` may hold a date of ``DATE_RE``.

    Every numeric date ``DATE_RE`` finds ("2024-10-18", "18.10.2024", "18/10/24") holds two
    marks, each between two digits: a point there is within a digit group (or is all the text
    between two groups), a dash or a slash is all the text between two groups. A text with
    fewer (most phrases with a decimal point or a hyphen) holds none: the pattern's ``sub`` is
    not run (29sp; held to the pattern by tests/test_figures_speed_29sp.py).
    """
    marks = 0
    last = len(parts) - 1
    for k in range(1, last, 2):
        marks += parts[k].count(".")
        if k + 1 < last:
            between = parts[k + 1]
            if between == "-" or between == "." or between == "/":
                marks += 1
    return marks >= 2


def _read_in_full(
    norm: str, hint: str | None, key: tuple[str, str, str | None] | None, raw: str | None = None,
    hinted: Lexicon | None = None, cjk: bool | None = None, applies: bool | None = None,
    years: bool = True, digits: bool = True, spaced: bool = True, several: bool = True,
    ascii: bool | None = None, parts: list[str] | None = None,
) -> Result:
    """Read the normalised phrase *norm* with every step; leave its template under *key*.

    *raw* is the one digit group of *norm* when *key* is given (found again when it is not).
    *hinted* is the table the hint names, when the caller looked it up (then *hint* is not
    looked up again); *cjk* whether *norm* holds a Han, kana or Hangul character and *applies*
    whether a rewrite of *hinted* matches in it, when the caller found out (None: not known).
    *years* is False when *norm* cannot hold a span of years (:func:`_two_long_groups`), and
    *digits* when it holds no digit (a phrase in number words, "a few hundred"): it is then cut
    by :func:`~.normalise.letter_tokens` when it can be, and the passes before the rewrites,
    each of which needs a digit (numeric dates, stray commas, spans of years, ages in brackets,
    makers' models), are skipped. *ascii* is ``norm.isascii()`` when the caller found it,
    *parts* *norm* split by :data:`DIGITS_SPLIT` when the caller split it (a text whose parts
    hold no date, :func:`_date_may_stand`, is not searched for one).
    """
    if ascii is None:
        ascii = norm.isascii()
    words: list[str] = []
    # "a few hundred": no pattern needed
    toks = None if digits else letter_tokens(norm, words, ascii)
    if toks is None:
        toks = tokens(norm, words, ascii)
    if hinted is not None:
        if cjk is None:
            cjk = not ascii and has_cjk(norm)
        lex, strict = hinted_table(norm, hinted, words, cjk), False
    else:
        lex, strict = choose_language(norm, hint, words)
    body = norm
    if digits:
        # a numeric date holds "-", "." or "/"
        if ("-" in norm or "." in norm or "/" in norm) and (
                parts is None or _date_may_stand(parts)):
            body = DATE_RE.sub(" ", norm)
        if several and lex.ages_may_stand(body):  # "people over 65", "15 yaş altı" (D80.1)
            body = _without_age_limits(body, lex.age_limits, lex)
        if ", " in body:
            body = join_stray_comma(body, lex.months)
        if "(" in body:  # "(1964 bis 1975)": a span of years in brackets is a date (D7, D37)
            body = _without_ages(_YEAR_SPAN.sub(" ", body), lex)
        if years:
            body = _without_year_spans(body, lex)
        if _holds_maker(words):  # "Boeing 787", "Airbus A320": a model (D32, D39)
            body = _MAKER.sub(_MAKER_KEPT, body)
        # "fell by 8%, from 27 862 to 25 610": a number grouped by spaces reads as one grouped
        # by commas (rule 9), so the tables' rewrites of a change see it as one number (D69)
        if spaced and " " in body:  # (*spaced*: a digit group of *norm* holds a space)
            body = _comma_grouped(body, lex)
    if applies is None or lex is not hinted or body != norm:
        applies = lex.rewrites_apply(body, None if digits else False)
    if applies:
        body = lex.rewritten(body)
    if body != norm:
        toks = tokens(body)
    fig, reason, q, value_dependent = decide(toks, lex, strict)
    reason = str(reason)
    if key is not None and body == norm and not value_dependent:
        _leave_template(key, fig, reason, q, norm, raw)
    return fig, reason


def _shape_mark(raw: str) -> str | None:
    """Return the mark of the digit group *raw*'s shape its template is kept under, or None.

    A reading may hang on the digits, not only on the wording around them: a shape whose
    reading can change with its value leaves no template (None), and each other shape keeps
    templates of its own (``_parse`` adds the mark to the wording's key).

    * None for a possible year (four digits from 1000 to 2999), and for a comma before one
      or two digits ("2,3", "12,5"): a decimal or two numbers, whichever the digits make it
      (zh and ja read "2,3人" as the range 2-3 and "1,5人" as 1.5, D225.7; before 33, "2,3人"
      read after "1,5人" took its template and read 2.3).
    * One mark after a comma and three digits, another after a point and three: a table may
      read either as its decimal mark before a scale (pt "4,175 milhões", D47, D129.2; en
      "1.259 billion", ar, hi, ko, D155.1, D162, D169), so "1.5 billion" does not read "1.259
      billion", nor "1,259 billion".
    * (33) One after a point before one or two digits: a fraction may read otherwise than a
      whole number (ru "2.5 раза" is a multiplier, unparsed; "3 раза", three times, a count).
    * (33) One each for three digits and for four or more with no mark: a reading may hang on
      the number's length (ja "5000千戸" reads 5,000 and "3千戸" 3,000: a scale after four
      digits multiplies none of them; es "(3)" after a word is a note's mark, "(500)" a
      count; "se acercó a 500" nearly). ``benchmarks/scan_templates.py`` checks the shapes.
    """
    n = len(raw)
    digits = raw.isdigit()
    if n == 4 and digits and raw[0] in "12":
        return None
    if digits:
        return "\x03" if n >= 4 else "\x04" if n == 3 else ""
    k = raw.rfind(",")
    if k >= 0 and 1 <= n - k - 1 <= 2 and raw[k + 1 :].isdigit():
        return None
    if 5 <= n <= 7 and raw[: n - 4].isdigit() and raw[n - 3 :].isdigit():
        mark = raw[n - 4]
        if mark == ",":
            return "\x00"
        if mark == ".":
            return "\x01"
    k = raw.rfind(".")
    if k >= 0 and 1 <= n - k - 1 <= 2 and raw[k + 1 :].isdigit():
        return "\x02"
    return ""


def _leave_template(
    key: tuple[str, str, str | None], fig: Figure, reason: str, q: Quantity | None, norm: str,
    raw: str | None,
) -> None:
    """Leave the template of a reading that does not depend on the value of its digits.

    An unparsed reason that holds whatever the digits (a rate, a fraction), or a figure
    that is its one digit group (*raw*, found in *norm* when None) times a constant.
    """
    if fig.status == "unparsed":
        if reason in _VALUE_FREE_REASONS:
            _TEMPLATES[key] = (None, fig, reason)
    elif q is not None and q.linear and fig.qualifier != "range":
        x = digits_value(raw if raw is not None else DIGITS_SPLIT.split(norm)[1])
        if x:
            _TEMPLATES[key] = ((fig.low / x, fig.best / x, fig.high / x), fig, reason)


def _counts_beside(rest: str, lex: Lexicon, again: bool = True) -> bool:
    """Whether *rest* still holds a digit or a number word of *lex* (a word, or a CJK character).

    A number word the table's rewrites write (id "kedelapan korban" = "delapan korban", the eight
    victims) counts too: *rest* is read once more after them (D104.1; *again* False then).
    """
    if any(ch.isdigit() for ch in rest):
        return True
    pieces = rest.split()
    if HAS_CJK.search(rest):
        pieces += list(rest)
    if any(not _NUMBER_ROLES.isdisjoint(lex.one.get(p, ())) for p in pieces):
        return True
    if not again or not lex.rewrites_apply(rest, False):
        return False
    return _counts_beside(lex.rewritten(rest), lex, False)


def _without_ages(body: str, lex: Lexicon) -> str:
    """Drop the ages in brackets after a name ("강재희씨(44)등 9명") from a phrase that counts.

    An age of 1 to 120 in brackets, glued to a word or one space after it, is the age of the
    person named, no count (D43.1); a phrase with no other number keeps it as written.
    """
    ages = [
        m
        for m in _AGE_IN_BRACKETS.finditer(body)
        if 0 < int(m[1]) <= 120
        and not _counted_before(body, m.start(), lex)
        and not _scale_after(body, m.end(), lex)
    ]
    if not ages:
        return body
    rest = body
    for m in reversed(ages):
        rest = rest[:m.start()] + " " + rest[m.end():]
    return rest if _counts_beside(rest, lex) else body


def _without_age_limits(body: str, limits: re.Pattern[str] | None, lex: Lexicon) -> str:
    """Drop the age limits ("people over 65", "15 yaş altı", "15岁以下") from a phrase that counts.

    An age limit of the table's closed class (``age_limits``) names who is counted, no count
    (D80.1): beside another number it is dropped, and the count read alone; a phrase with no
    other number keeps it as written ("under 15" stays at most 15). Searched only in a phrase
    of two digit groups or more.
    """
    if limits is None or limits.search(body) is None:
        return body
    rest = limits.sub(" ", body)
    return rest if _counts_beside(rest, lex) else body


def _scale_after(body: str, at: int, lex: Lexicon) -> bool:
    """Whether a scale word follows *at*: "(2) ألف دولار" is 2,000 (rule 8, D55.8), no age."""
    rest = body[at:].split(None, 1)
    return bool(rest) and SCALE in lex.one.get(rest[0], {})


def _counted_before(body: str, at: int, lex: Lexicon) -> bool:
    """Whether the word before *at* counts casualties: "Fatalities (12)", "사망자(12)" (D43.1).

    A number in brackets after "dead", "injured", "victims" is a count, no age. A word in
    Han or kana is matched at its end ("事故の死者(12)").
    """
    if lex.counted is None:
        return False
    before = body[:at].split()
    if not before:
        return False
    word = before[-1]
    if lex.counted.fullmatch(word):
        return True
    return bool(HAS_CJK.search(word)) and any(
        lex.counted.fullmatch(word[k:]) for k in range(len(word) - 1, max(len(word) - 6, -1), -1)
    )


def _without_year_spans(body: str, lex: Lexicon) -> str:
    """Drop two years joined ("between 2000 and 2001") from a phrase that counts beside them.

    A span of years (the second one to thirty years after the first) is a date (D37), so the
    count beside it is read alone: "más de un centenar de muertos entre 2000 y 2001". A phrase
    with no other number keeps them as written, a range: "between 2022 and 2023", "entre 1990 y
    2000 soldados" (which counts soldiers).
    """
    for span in _YEARS_JOINED.finditer(body):
        if 0 < int(span[2]) - int(span[1]) <= 30 and int(span[2]) <= 2035:
            listed = _YEARS_LISTED.search(body, 0, span.start())
            if listed is not None:  # "2004, 2006 и 2011 годов рождения": one list of years (D90)
                rest = body[:listed.start()] + " " + body[span.end():]
                return rest if _holds_count(rest, lex) else body
            rest = body[:span.start()] + " " + body[span.end():]
            if any(ch.isdigit() for ch in rest) or any(
                    not _NUMBER_ROLES.isdisjoint(lex.one.get(word, ())) for word in rest.split()):
                return rest
    return body


def _holds_count(text: str, lex: Lexicon) -> bool:
    """Whether *text* holds a digit or a word *lex* reads as a number ("drei", "tre", "трое")."""
    return any(ch.isdigit() for ch in text) or any(
        not _NUMBER_ROLES.isdisjoint(lex.one.get(word) or other_cats(word, "w", lex))
        for word in text.split())


def _read_simple(
    norm: str, lex: Lexicon, key: tuple[str, str, str | None] | None, one_group: bool,
    cjk: bool, applies: bool, parts: list[str] | None = None, ascii: bool | None = None,
) -> Result | None:
    """Read a phrase of the simple shape (:mod:`~.fast`) and leave its template.

    *lex* is the hinted table; *one_group* says whether *norm* holds one digit group
    (read_simple reads no other), *cjk* whether it holds a Han, kana or Hangul character,
    *applies* whether a rewrite of *lex* matches in it (no fast reader reads it then), *parts*
    *norm* split by :data:`~.normalise.DIGITS_SPLIT` when the caller split it, *ascii*
    ``norm.isascii()`` when the caller found it.
    """
    if applies:
        return None
    if cjk:
        # the engine keeps the hinted table for CJK text; read_cjk reads with its steps
        decision = read_cjk(norm, lex, False, parts)
        if decision is None:
            return None
        fig, why, q, value_dependent = decision
        reason = str(why)
        if key is not None and not value_dependent:
            # (a key: one digit group, parts[1], not split again)
            _leave_template(key, fig, reason, q, norm, parts[1] if parts is not None else None)
        return fig, reason
    if not one_group:
        return None
    simple = read_simple(norm, lex, False, False, ascii, parts)
    if simple is None:
        return None
    fig, x = simple
    if key is not None and x:
        _TEMPLATES[key] = ((fig.low / x, fig.best / x, fig.high / x), fig, "")
    return fig, ""


def _as_text(text: object) -> str | None:
    """Return the text a value of a column stands for: a finite number's digits, else None."""
    if isinstance(text, str):
        return text
    number = isinstance(text, (int, float, np.integer, np.floating))
    if number and not isinstance(text, bool) and math.isfinite(text):  # type: ignore[arg-type]
        return str(int(text)) if float(text).is_integer() else str(float(text))  # type: ignore[arg-type, call-overload]
    return None


def _cached(text: object, lang: object) -> Figure:
    """Return the figure of *text* (any value) with the language hint *lang*."""
    read = text if isinstance(text, str) else _as_text(text)
    if read is None:
        return UNPARSED
    hint = lang if isinstance(lang, str) and lang else None
    by_text = _CACHE.get(hint)
    if by_text is not None:
        fig = by_text.get(read)
        if fig is not None:
            return fig
    return _read(read, hint)[0]


def _read(text: str, hint: str | None) -> Result:
    """Read *text* (:func:`_parse`) and keep its figure and reason."""
    fig, reason = _parse(text, hint)
    kept = _KEPT
    if kept.size >= _CACHE_LIMIT:
        _CACHE.clear()
        _REASONS.clear()
        kept.size = 0
    _CACHE.setdefault(hint, {})[text] = fig
    if reason:
        _REASONS.setdefault(hint, {})[text] = reason
    kept.size += 1
    return fig, reason


def clear_cache() -> None:
    """Forget every phrase, template and word read so far (used by the benchmark)."""
    _CACHE.clear()
    _REASONS.clear()
    _KEPT.size = 0
    _TEMPLATES.clear()
    OTHER_VOTES.clear()
    for lex in LEXICONS.values():
        lex.other.clear()


def parse_figure(text: object, lang: object = None) -> Figure:
    """Read one reported figure under the codebook.

    Parameters
    ----------
    text : str
        The figure as reported ("more than 3,000", "über 3.000", "1만여 명"). Any value
        is accepted, as in a column: a finite number is read as its digits, anything else
        that is not a string (None, NaN) is unparsed.
    lang : str, optional
        ISO 639-1 hint ("en", "de", "ko" ...).  Without it (or with a value that is not
        a non-empty string) the language is guessed from the script and the words.

    Returns
    -------
    Figure
        ``low, best, high`` (NaN where open or unknown), ``unit``,
        ``qualifier``, ``relation`` and ``status``.  Never raises on a string: a
        phrase the codebook cannot read is ``unparsed`` (see :func:`explain_figure`);
        an exception is a bug in the engine and propagates.

    Examples
    --------
    >>> parse_figure("more than 3,000")
    Figure(low=3000.0, best=3000.0, high=nan, unit='count', qualifier='at_least', \
relation='total', status='ok')
    """
    return _cached(text, lang)


def explain_figure(text: object, lang: object = None) -> str:
    """Return why a phrase is unparsed (empty string when it parses).

    Parameters
    ----------
    text : str
        The figure as reported (any value, as :func:`parse_figure` takes).
    lang : str, optional
        ISO 639-1 hint.

    Returns
    -------
    str
        The codebook reason, one of the values of :class:`Reason` ("several
        quantities ...", "fraction or ratio" ...).
    """
    read = _as_text(text)
    if read is None:
        return Reason.NO_TEXT.value
    hint = lang if isinstance(lang, str) and lang else None
    if read not in _CACHE.get(hint, {}):
        return _read(read, hint)[1]
    return _REASONS.get(hint, {}).get(read, "")
