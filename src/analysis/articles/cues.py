"""The article tables of :mod:`analysis.lang`, compiled once per language.

Every cue list becomes one regular expression; a match is a :class:`Mention` (start, end,
kind, value). Latin and Cyrillic cues match whole words; Hangul, kana and Han cues match
inside words (those scripts do not separate words with spaces), and a Latin cue of those
languages ("nato") only needs Latin word edges (:mod:`analysis.articles.edges`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from re import _compiler, _parser  # type: ignore[attr-defined]

from analysis.articles.alternation import grouped, regrouped
from analysis.articles.edges import latin_edged
from analysis.articles.grammar import composed_claimants, country_names
from analysis.articles.prefilter import Prefilter
from analysis.articles.translate import to_window
from analysis.lang import (
    ARTICLE_TABLES,
    FIGURE_TABLES,
    MODULES,
    OUTLETS,
    PERIOD_TABLES,
    SCRIPTS,
    longest_first,
)

__all__ = ["Cues", "Mention", "Nearby", "compile_cues", "lower", "resolve_overlaps", "within",
           "words_pattern"]

_SPACED = ("latin", "cyrillic", "greek", "arabic", "devanagari")
_NOTHING = r"[^\x00-\x{10ffff}]"  # an RE2 pattern that matches no text
_CJK_COUNTERS = "명|人|名|발|개|문|発|個|門|基"  # counters that may close a range's first number


@dataclass(frozen=True)
class Mention:
    """A cue found in the text: ``kind`` (metric, claimant, side ...) and its ``value``."""

    start: int
    end: int
    kind: str
    value: str


_MONTH_LEAD = re.compile(r"^\.?\s*(?:(?:de|of|du)\s+|d'|-)?\s*")  # ".": "am 28. Februar"


@dataclass
class Cues:
    """The compiled cue expressions of one language."""

    code: str
    spaced: bool
    number: re.Pattern[str]
    qualifier_left: re.Pattern[str]
    post: re.Pattern[str]
    range_join: re.Pattern[str]
    months: re.Pattern[str]
    weekdays: re.Pattern[str] = re.compile("(?!)")
    glued_month: re.Pattern[str] = re.compile("(?!)")
    year_word: re.Pattern[str] = re.compile("(?!)")
    estimate_left: re.Pattern[str] = re.compile("(?!)")
    groups: dict[str, list[tuple[str, re.Pattern[str]]]] = field(default_factory=dict)
    not_after: re.Pattern[str] | None = None
    percent_end: re.Pattern[str] = re.compile("(?!)")
    not_before: re.Pattern[str] | None = None
    small_words: frozenset[str] = frozenset()
    including: re.Pattern[str] = re.compile("(?!)")
    among: re.Pattern[str] = re.compile("(?!)")
    among_after: re.Pattern[str] = re.compile("(?!)")
    including_after: re.Pattern[str] = re.compile("(?!)")
    part_of: re.Pattern[str] = re.compile("(?!)")
    sent: re.Pattern[str] = re.compile("(?!)")
    engineers: re.Pattern[str] = re.compile("(?!)")
    rebuilding: re.Pattern[str] = re.compile("(?!)")
    counters: re.Pattern[str] = re.compile("(?!)")
    people: re.Pattern[str] = re.compile("(?!)")
    materiel: re.Pattern[str] = re.compile("(?!)")
    destination: re.Pattern[str] = re.compile("(?!)")
    range_pre: re.Pattern[str] = re.compile("(?!)")
    upper_alternative: re.Pattern[str] = re.compile("(?!)")
    weapons: re.Pattern[str] = re.compile("(?!)")
    # a country's adjective joined after or before a name ("fuentes surcoreanas y occidentales")
    joined_after: re.Pattern[str] = re.compile("(?!)")
    joined_before: re.Pattern[str] = re.compile("(?!)")
    place_after: re.Pattern[str] = re.compile("(?!)")
    definite: re.Pattern[str] = re.compile("(?!)")  # "the", "las": right before a number
    indefinite: re.Pattern[str] = re.compile("(?!)")  # "un centenar", "a hundred"
    of_the: re.Pattern[str] = re.compile("(?!)")  # "6,000 of the 14,000": part and whole
    auxiliary: re.Pattern[str] = re.compile("(?!)")  # "say Ukraine has captured": a subject
    predicate_dash: bool = False  # a dash joins a number to its predicate (ru, uk)
    subject_first: bool = False  # a name right before a speech verb is who speaks
    members: dict[str, list[int]] = field(default_factory=dict)
    filter: Prefilter | None = None
    tally: dict[int, list[int]] = field(default_factory=dict)  # cue: [texts searched, matches]
    encoded: tuple[str, bytes] = ("", b"")  # (the last text :meth:`find` read, in UTF-8)

    def month_first(self, text: str) -> bool:
        """Whether ``text`` opens with a month, after what may join a day to it.

        ("Februar" in ". Februar", "marzo" in " de marzo", "March" in " of March", "mars" in
        " du mars", "octobre" in " d'octobre").
        """
        return bool(self.months.match(_MONTH_LEAD.sub("", text)))

    def present(self, low: str) -> set[int]:
        """Return the cue patterns (indices into :attr:`members`) that may occur in ``low``."""
        return self.filter.hits(low) if self.filter else set()

    def find(self, low: str, kind: str, present: set[int]) -> list[Mention]:
        """Every match in ``low`` of the cues of ``kind`` (``present``: :meth:`present`)."""
        out = []
        for (value, rx), k in zip(self.groups[kind], self.members[kind], strict=True):
            if k in present:
                spans = _spans(rx, low, self._starts(rx, k, low))
                tally = self.tally.setdefault(k, [0, 0])
                tally[0] += 1
                tally[1] += len(spans)
                out += [Mention(start, end, kind, value) for start, end in spans if end > start]
        return out

    def _starts(self, rx: re.Pattern[str], k: int, low: str) -> list[tuple[int, int]] | None:
        """Where the matches of cue ``k`` (``rx``) can start in ``low``, by its RE2 guide.

        ``None`` (search the whole text) when there is no prefilter, or when ``re`` itself
        skips ahead to the cue's first characters (:func:`_skips`) and that is faster than a
        guide: always after a literal prefix; after a class of first characters only while the
        cue has matched :data:`_RARE` times or more per text searched so far (``tally``). A
        rare cue's first letters are common ("a", "d", "s" ...): ``re`` tries each of them,
        the guide only where the cue can be (the spans are the same either way, 20cu).
        """
        if self.filter is None:
            return None
        skips = _form(rx)[3]
        if skips == _LITERAL:
            return None
        if skips:
            tally = self.tally.get(k)
            if tally is None or tally[1] >= _RARE * tally[0]:
                return None
        if self.encoded[0] is not low:  # (the text at hand in UTF-8, for the RE2 guides)
            self.encoded = (low, low.encode("utf-8"))
        return self.filter.starts(k, low, self.encoded[1])


_EDGE = "(?<!\\w)"


@cache
def _scanner(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    r"""Return the expression :func:`_spans` searches for a cue, and whether it lost its edge.

    A cue "(?<!\w)(?:...)" without its leading word edge: ``re`` then skips ahead to the
    cues' first letters instead of trying every position (the edge is checked by hand). Its
    alternatives are grouped by first letter (:func:`~analysis.articles.alternation.regrouped`:
    the same matches, fewer tries).
    """
    headless = pattern.pattern.startswith(_EDGE)
    text = pattern.pattern[len(_EDGE):] if headless else pattern.pattern
    if not pattern.flags & re.IGNORECASE:  # (letters of two cases may start the same match)
        text = regrouped(text)
    return re.compile(text, pattern.flags), headless


_FORMS: dict[int, tuple[object, re.Pattern[str], bool, int]] = {}


def _form(pattern: re.Pattern[str]) -> tuple[object, re.Pattern[str], bool, int]:
    """Return a cue, its search form, whether it lost its edge and how ``re`` skips in it.

    :func:`_scanner` and :func:`_skips`, remembered by the cue's identity: a compiled
    expression hashes its whole compiled code at each look-up of ``@cache`` (a few
    microseconds for the long cues, three times per cue searched). The entry holds the cue,
    so its id is not another's while remembered.
    """
    entry = _FORMS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        scanner, headless = _scanner(pattern)
        entry = _FORMS[id(pattern)] = (pattern, scanner, headless, _skips(scanner))
    return entry


_LITERAL, _CHARSET = 2, 1
_RARE = 5  # (matches per text: below it, a guide beats ``re``'s first-character skips, 20cu)


@cache
def _skips(scanner: re.Pattern[str]) -> int:
    """Whether ``re`` skips ahead to where ``scanner`` can start, and how.

    :data:`_LITERAL`: a literal prefix, which ``re`` looks for before it tries the pattern
    (its search is quicker than :func:`_guided`'s tries); :data:`_CHARSET`: a class of first
    characters; 0: none (``re`` tries every position).
    """
    flags = scanner.flags
    try:
        parsed = _parser.parse(scanner.pattern, flags)
        if not (flags & re.IGNORECASE and flags & re.LOCALE):
            prefix = _compiler._get_literal_prefix(parsed, flags)[0]
            if prefix:
                return _LITERAL
        return _CHARSET if _compiler._get_charset_prefix(parsed, flags) else 0
    except (AttributeError, TypeError, ValueError, re.error):  # (another Python's ``re``)
        return 0


_LONG = 48  # a guide's span longer than this is searched, not tried position by position


def _spans(rx: re.Pattern[str], low: str,
           starts: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Return the spans of ``rx.finditer(low)``, found faster.

    ``starts``: spans of ``low`` that hold the start of every match
    (:meth:`~analysis.articles.prefilter.Prefilter.starts`); ``re`` then only tries there.
    """
    _, scanner, headless, _ = _form(rx)
    if starts is None and not headless:
        return [m.span() for m in scanner.finditer(low)]
    search = scanner.search if starts is None else _guided(scanner, low, starts)
    out, pos, size = ([], 0, len(low)) if starts is not None else (*_edged(scanner, low),
                                                                    len(low))
    while pos <= size:
        m = search(low, pos)
        if m is None:
            break
        start, end = m.span()
        if headless and start and (low[start - 1].isalnum() or low[start - 1] == "_"):
            pos = start + 1  # inside a word: not a match of ``rx``; look again one further
            continue
        if end == start and not headless:  # (an empty match: ``finditer``'s own rules)
            return [m.span() for m in scanner.finditer(low)]
        out.append((start, end))
        pos = end if end > start else start + 1
    return out


_NON_WORD = re.compile(r"\W")


def _edged(scanner: re.Pattern[str], low: str) -> tuple[list[tuple[int, int]], int]:
    """Return the spans of a headless cue's matches that no word char precedes, by ``finditer``.

    The same spans as :func:`_spans`' loop (search again one further after a match inside a
    word) up to the position returned, where the loop takes over (``len(low) + 1``: done):
    ``finditer`` goes on at the end of a match inside a word, and no match of the cue can
    start before that end unless a character of the match but its last is no word character
    (then the loop goes on from the match; from an empty match too).
    """
    out = []
    for m in scanner.finditer(low):
        start, end = m.span()
        inside = start and (low[start - 1].isalnum() or low[start - 1] == "_")
        if end == start or inside and _NON_WORD.search(low, start, end - 1):
            return out, start
        if not inside:
            out.append((start, end))
    return out, len(low) + 1


def _guided(scanner: re.Pattern[str], low: str, starts: list[tuple[int, int]]):
    """Return ``scanner.search`` that only tries the positions of ``starts``.

    The same match as ``scanner.search(low, pos)``: no match starts outside ``starts``. A
    short span is tried position by position, from a long one ``re`` searches (and may find
    a match past it, still the first from ``pos``).
    """
    state = [0]  # the first span that may hold a position at or after ``pos``

    def search(text: str, pos: int) -> re.Match[str] | None:
        i = state[0]
        while i < len(starts):
            first, last = starts[i]
            if last <= pos:
                i += 1
                continue
            state[0] = i
            at = max(first, pos)
            if last - at > _LONG:
                return scanner.search(text, at)
            match = scanner.match
            for p in range(at, last):
                m = match(text, p)
                if m is not None:
                    return m
            i += 1
        state[0] = i
        return None

    return search


def lower(text: str) -> str:
    """Lower-case ``text`` keeping every character at its offset.

    Typographic apostrophes become straight ones ("South Korea’s", "d’après"), so a cue
    written with "'" matches both.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    # (str.replace, not str.translate: translate looks every character up, slow on long texts)
    return low.replace("’", "'").replace("ʼ", "'")


def _phrase(pattern: str) -> str:
    # a cue is a regular expression in lower case; a space matches any run of spaces, and an
    # optional space (" ?": "air ?strikes") one space or none
    return pattern.replace(" ?", r"\s?").replace(" ", r"\s+")


def _words(patterns, spaced: bool) -> str:
    phrases = longest_first(_phrase(p) for p in patterns)
    body = "|".join(phrases if spaced else map(latin_edged, phrases))
    return rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})"


class Nearby:
    r"""Whether a word of a list can match in a window of the text at hand: a guard.

    A rule that searches its words (:func:`words_pattern`) in a window around each number
    first asks whether they occur near it at all: the words without look-arounds
    (:func:`~analysis.articles.translate.to_window`), searched from the window's start in the
    whole text, the search
    remembered for the next number of the same text (the leftmost start at or after a
    position stays so for a later one before it). No such start in the window: no match of
    the rule's expression there (each of its matches is one of these at its start). Always
    ``True`` when a word cannot be loosened so.
    """

    def __init__(self, phrases: list[str], spaced: bool | None) -> None:
        words = [to_window(_phrase(p) if spaced is not None else p) for p in phrases]
        self.loose = None if not words or None in words else \
            re.compile("|".join(f"(?:{w})" for w in words))
        self.text: str | None = None
        self.at, self.next = 0, -1

    def within(self, low: str, lo: int, hi: int) -> bool:
        """Whether a match of the words can start in ``low[lo:hi]`` (or at ``hi``)."""
        if self.loose is None:
            return True
        if self.text is not low or lo < self.at or 0 <= self.next < lo:
            m = self.loose.search(low, lo)
            self.text, self.at, self.next = low, lo, m.start() if m else -1
        return 0 <= self.next <= hi


def words_pattern(patterns: list[str], spaced: bool) -> str:
    """Return one expression matching any of the cue ``patterns`` as whole words.

    Parameters
    ----------
    patterns : list of str
        Cue expressions in lower case (a space matches any run of spaces).
    spaced : bool
        Whether the language separates words with spaces (Latin, Cyrillic ...).

    Returns
    -------
    str
        The expression, with word edges as :func:`compile_cues` gives every cue.
    """
    return _words(patterns, spaced)


def _literal(words, spaced: bool) -> str:
    # (grouped by first letter: the number words are tried at every word of a sentence)
    body = grouped([re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(words)])
    return rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})"


def _number_pattern(fig: dict, spaced: bool, fractions: dict | None = None) -> str:
    # a run of digits (with CJK or spelled-out scales after it), or a run of number words
    # one kind of thousands separator per number ("500,000 122-millimeter" is two numbers);
    # Swiss German and French group thousands with an apostrophe ("12'000")
    digits = (
        r"\d+(?:(?:[.,]\d{3})+|(?:['’](?=\d{3}(?!\d))\d{3})+|(?:\s(?=\d{3}(?!\d))\d{3})+)?"
        r"(?:[.,]\d+)?"
    )
    if not spaced:
        cjk = "만천백억万千百億"
        vague = [w for key in ("vague", "several") for w in fig.get(key, {})]
        words = f"|{_literal(vague, False)}" if vague else ""
        # Han numerals without a digit before a people counter ("約千人", "三千人", "二百名"):
        # a ten, hundred, thousand or ten-thousand in the run, never a bare "一人"
        han = (r"(?<![\d一二三四五六七八九十百千万数何幾])[一二三四五六七八九両]?[十百千万]"
               r"(?:[一二三四五六七八九]?[十百千])*(?=余?[人名])")
        # Hangul scale words written alone before the people counter ("최소 만 명", "만 2천 명",
        # "천여 명"): a word of its own (the particle "만", only, is written on its noun; "천명한",
        # declared, is a verb)
        # (30ar: and the thousands written as a word after it, "만 천여 명", 11,000)
        hangul = (rf"(?<![\w\d.,])(?:만\s?[천백](?=\s?(?:여\s?)?명)|"
                  rf"[백천만](?:\s?{digits}\s?[천백]?)?)"
                  r"(?=\s?(?:여\s?)?명(?![하한했해할함]))")
        # (a vague magnitude's scale may stand apart: "수백 만의 무기와 미사일", millions, 16kj)
        return (rf"(?<![\d.,])(?:{digits}(?:\s?(?:여|余)?[{cjk}](?:\s?{digits})?)*"
                rf"|(?:수|数|몇)[십백천만十百千万]+(?:\s[만억](?!원))?{words}|{han}|{hangul})")
    words = [w for key in ("numbers", "small", "collective", "vague", "several",
                           "several_magnitude") for w in fig.get(key, {})]
    scales = [w for w in list(fig.get("scales", {})) + list(fig.get("vague", {})) if len(w) > 1]
    glue = [w for key in ("of", "and", "articles") for w in fig.get(key, [])]
    joiner = r"(?:\s+|-)"
    if glue:
        joiner = rf"(?:{joiner}(?:{_literal(glue, True)}{joiner})?)"
    # a digit multiplies a scale ("3 Millionen"), never a vague plural: "Anfang 2023
    # Zehntausende", "2024 Tausende Arbeiter" are a year and a vague number (16ef)
    exact = [w for w in fig.get("scales", {}) if len(w) > 1]
    digit_run = digits + (rf"(?:{joiner}{_literal(exact, True)})*" if exact else "")
    if not words:
        return rf"(?<![\w.,]){digit_run}"
    word = _literal(words + scales, True)
    morphemes = [w for key in ("compound", "compound_small", "compound_scales")
                 for w in fig.get(key, {})]
    if morphemes:  # German "dreitausend", "dreiundzwanzig": morphemes written as one word
        body = "|".join(re.escape(w) for w in longest_first(morphemes))
        link = "|".join(re.escape(w) for w in fig.get("compound_and", [])) or "(?!)"
        word = rf"(?:{word}|(?<!\w)(?:{body})+(?:(?:{link})(?:{body})+)?(?!\w))"
    # "a million", "un millón": the article before a scale word is its one
    big = [w for w in scales if len(w) > 3]
    lead = (rf"(?:{_literal(fig['articles'], True)}\s+(?={_literal(big, True)}))?"
            if fig.get("articles") and big else "")
    run = rf"{lead}{word}(?:{joiner}{word})*"
    # (29hf) a fraction of a scale word is part of the number: "half a million", "eine halbe
    # Million", "medio millón", "un million et demi" (not "a million", 1,000,000)
    before, after = (fractions or {}).get("before"), (fractions or {}).get("after")
    if before and big:
        run = rf"(?:{'|'.join(before)})(?:\s+|-){_literal(big, True)}|{run}"
    if after and big:
        run = rf"(?:{run})(?:(?<={_ends(big)})\s+(?:{'|'.join(after)})(?!\w))?"
    return rf"(?<![\w.,])(?:{digit_run}|{run}){_thousand_tail(fig)}"


def _ends(words: list[str]) -> str:
    """Return look-behinds, one a word: the text before ends with one of *words*."""
    return "|".join(f"(?<={re.escape(w)})" for w in longest_first(words))


def _thousand_tail(fig: dict) -> str:
    # a thousand word with the hundreds after it in digits, one number: Mexican "mil 500
    # soldados", "2 mil 500" (1,500 and 2,500), ru "2 тысячи 500", uk "2 тисячі 500" (25au); not
    # a calibre ("тысяч 122-мм"), a percent or a larger scale after ("mil 500 millones")
    scales = fig.get("scales", {})
    words = [w for w, v in scales.items()
             if v == 1000 and w.isalpha() and len(w) > 2 and w not in ("тыс", "тис", "tsd")]
    if not words:
        return ""
    behind = "|".join(f"(?<={re.escape(w)})" for w in longest_first(words))
    big = [w for w, v in scales.items() if v >= 1_000_000 and w.isalpha()]
    not_big = rf"(?!\s+{_literal(big, True)})" if big else ""
    return (rf"(?:(?:{behind})\s+\d{{1,3}}(?![\d-]|[.,]\d|\s?(?:mm|мм|%)){not_big})?")


def _year_word(code: str, spaced: bool) -> re.Pattern[str]:
    # a year needs a year word after it ("2000 года") or a date (D7): the year words of the
    # period table ("year", "года", "року", "年")
    words = PERIOD_TABLES.get(code, {}).get("words", {})
    years = [f for tags, frags in words.items() for f in frags
             if {"unit:year", "units:year", "ymark"} & set(tags.split())]
    return re.compile(r"^\s*-?" + _words(years or ["(?!)"], spaced))


def _table_words(table: dict, key: str, spaced: bool) -> re.Pattern[str]:
    return re.compile(_words(table.get(key, []) or ["(?!)"], spaced))


def _estimate_left(fig: dict, spaced: bool) -> re.Pattern[str]:
    # an estimate ("около", "about", "more than") right before a year-like number makes it a
    # count ("около 2000 северокорейских военнослужащих"), unless a year word follows
    words = [w for key in ("approx", "at_least", "nearly") for w in fig.get(key, [])]
    return re.compile(rf"(?:{_literal(words, spaced)})\s*$" if words else "(?!)")


def carry_further(table: dict) -> dict:
    """Return the carry table with the 16cs keys read with the older ones they extend.

    ``closes_later`` with ``closes``, ``closes_later_within`` with ``closes_within``, ``links``
    with ``adds`` and ``documents`` with ``anaphors`` (docs/articles.md, "Carrying a source
    further (16cs)").
    """
    merged = dict(table)
    for key, old in (("closes_later", "closes"), ("closes_later_within", "closes_within"),
                     ("links", "adds")):
        merged[old] = list(table.get(old, [])) + list(table.get(key, []))
    merged["anaphors"] = {**table.get("anaphors", {}), **table.get("documents", {})}
    return merged


def _carry_groups(carry: dict, spaced: bool) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    # words that carry a source across sentences (articles/carry.py): an anaphor's value is the
    # kind of source it fits
    return {
        "carry_anaphor": [(kind, re.compile(_words([p], spaced)))
                          for p, kind in carry_further(carry).get("anaphors", {}).items()],
        "carry_goes_on": [("goes_on", re.compile(_words(carry.get("goes_on", []) or ["(?!)"],
                                                        spaced)))],
        "carry_report": [("report", re.compile(_words(carry.get("report", []) or ["(?!)"],
                                                      spaced)))],
    }


def _listed(table: dict, kind: str) -> list[str]:
    # the words of a cue kind: the table's list of that name, or (18ra) of ``ARTICLES["flows"]``,
    # the direction of a sending (North Korea receiving, Russia sending, the story's own
    # direction: articles/flows.py)
    return table.get("flows", {}).get(FLOW_KEYS[kind], []) if kind in FLOW_KEYS else \
        table.get(kind, [])


WORD_KINDS = ("troops", "children", "russian_wounded", "additional", "north_korea",
              "other_side", "attribution", "attribution_next", "relay", "determiners",
              "intelligence", "clause", "impersonal", "excluded", "anaphora", "breakdown_next",
              "still", "alongside", "partitive", "pronoun", "continues", "partner", "losses_of",
              "hypothetical", "source_follows", "subordinate", "according", "new_topic",
              "earlier_estimate", "planned", "capacity", "used", "fired", "supplied", "against",
              "they_open", "own_wounded", "unit_size", "wiped_out", "wave_unseen")
"""The cue kinds read as plain word lists of the article table (one expression each)."""

FLOW_KEYS = {"flow_recipient": "recipient", "flow_sender": "sender", "flow_forward": "forward"}
"""The cue kinds of ``ARTICLES["flows"]`` and the table's key of each (18ra)."""

FOUND_KINDS = ("metric", "troops", "children", "additional", "attribution", "attribution_next",
               "relay", "joint", "determiners", "intelligence", "impersonal", "excluded",
               "anaphora", "breakdown_next", "still", "alongside", "partitive", "pronoun",
               "continues", "partner", "losses_of", "hypothetical", "source_follows", "new_topic",
               "earlier_estimate", "carry_anaphor", "carry_goes_on", "carry_report",
               "subordinate", "according", "planned", "capacity", "used", "fired", "supplied",
               "against", "they_open", "own_wounded", "flow_recipient", "flow_sender",
               "flow_forward", "unit_size", "wiped_out")
"""The cue kinds the reader finds in a whole text, each resolved to non-overlapping mentions
(the sides and claimants are found apart)."""


@cache
def compile_cues(code: str) -> Cues:
    """Compile the article and figure words of language ``code``.

    Parameters
    ----------
    code : str
        ISO 639-1 code of a language with an ``ARTICLES`` table.

    Returns
    -------
    Cues
        The compiled expressions (cached).
    """
    table = ARTICLE_TABLES[code]
    fig = FIGURE_TABLES.get(code, {})
    spaced = any(s in _SPACED for s in SCRIPTS.get(code, ("latin",)))
    quals = [w for key in ("approx", "at_least", "at_most", "nearly", "additional",
                           "range_pre") for w in fig.get(key, [])]
    left = _literal(quals, spaced) if quals else "(?!)"
    posts = [w for key in ("post_approx", "post_at_least", "post_at_most", "post_nearly",
                           "weak_at_least", "additional_post") for w in fig.get(key, [])]
    counters = ["명", "人", "여", "余", "余り"] if not spaced else []
    post = _literal(posts + counters, spaced) if posts + counters else "(?!)"
    # a counter of things ("160門以上", "100만발 이상") belongs to the phrase, with its own
    # look-arounds (not "발생"); not one the figure engine reads as a number (両 = 2)
    things = [c for c in table.get("materiel_counters", [])
              if re.sub(r"\(\?.*$", "", c) not in fig.get("numbers", {})]
    if things:
        post = f"(?:{post}|{'|'.join(things)})"
    seps = [w for key in ("range_sep", "range_and") for w in fig.get(key, [])]
    seps = [s for s in seps if s not in ("or", "или", "oder", "ou", "o", "либо", "або")]
    join = _literal(seps, spaced) if seps else "(?!)"
    cues = Cues(
        code=code, spaced=spaced,
        number=re.compile(_number_pattern(fig, spaced, table.get("scale_fractions"))),
        qualifier_left=re.compile(rf"(?:{left})\s*(?:{left}\s*)*$"),
        post=re.compile(rf"^\s?(?:{post})(?:\s?(?:{post}))*"),
        # "1000人から3000人": a CJK counter may close the first number of a range (of things
        # too: "300万発から500万発", "20만 발에서 100만 발", 16o)
        range_join=re.compile(rf"^\s*(?:{_CJK_COUNTERS if not spaced else '(?!)'})?\s*"
                              rf"(?:[-–—~〜∼]|{join})\s*$"),
        months=re.compile(_literal(fig.get("months", []) or ["january"], spaced)),
        year_word=_year_word(code, spaced), estimate_left=_estimate_left(fig, spaced),
        small_words=frozenset(w for key in ("numbers", "compound")
                              for w, v in fig.get(key, {}).items() if v < 10)
        | frozenset(fig.get("several", {})),
        predicate_dash=bool(table.get("predicate_dash")),
        subject_first=bool(table.get("subject_first")),
    )
    for kind in WORD_KINDS + tuple(FLOW_KEYS):  # (18ra: and the flows' three kinds)
        cues.groups[kind] = [(kind, re.compile(_words(_listed(table, kind) or ["(?!)"],
                                                      spaced)))]
    cues.groups["metric"] = [(m, re.compile(_words(ps, spaced)))
                             for m, ps in table["metrics"].items()]
    cues.groups["claimant"] = _claimant_group(table, spaced)
    cues.groups["country"] = [(code, _Deferred(_words([pattern], spaced))) for pattern, code
                              in country_names(table.get("claimant_grammar", {})).items()]
    cues.groups["joint"] = [("joint", re.compile(_words(table.get("joint", ["and"]), spaced)))]
    _joined_adjectives(cues, table, spaced, fig)
    cues.groups.update(_carry_groups(table.get("carry", {}), spaced))
    # (a unit may be hyphen-joined: "12-hour shifts", "12-Stunden-Schichten", "20-kilometre")
    # (the figure engine's percent words are no count's noun: "40 por ciento", "40프로")
    percent = fig.get("percent", [])
    cues.not_after = re.compile(r"^[\"”»]?\s*-?(?:" + _words(
        table.get("not_figure_after", []) + percent or ["(?!)"], spaced) + ")")
    # a number word closing a percent word is none either ("el 40 por ciento": not "ciento")
    cues.percent_end = re.compile(f"(?:{_words(percent or ['(?!)'], spaced)})$")
    cues.not_before = re.compile(regrouped("(?:" + "|".join(  # (grouped: before every number)
        _phrase(p) for p in table.get("not_figure_before", ["(?!)"])) + r")\s*$"))
    _prefilter(cues)
    cues.sent, cues.engineers, cues.rebuilding = (
        _table_words(table, k, spaced) for k in ("sent", "engineers", "rebuilding"))
    # counters of things sent ("50門", "1백 대") and of people ("1万1000人", "4000명")
    cues.counters = re.compile(r"\s*" + _words(table.get("materiel_counters", []) or ["(?!)"],
                                                 spaced))
    cues.people = re.compile(_words(table.get("people_counters", []) or ["(?!)"], spaced))
    cues.materiel = re.compile(_words(table["metrics"].get("materiel_sent", []) or ["(?!)"],
                                      spaced))
    cues.destination = re.compile(_words(table.get("destination", []) or ["(?!)"], spaced)
                                  + r"\s+(?:the\s+|die\s+|la\s+|le\s+|l')?$")
    days = [w for day in getattr(MODULES[code], "WEEKDAYS", []) for w in day]
    if days:  # "el miércoles 30": a day of the month after a weekday
        cues.weekdays = re.compile(_literal(days, spaced))
    if spaced:  # "KurskDecember 27": a month glued to the word before it (scraped headlines)
        long_months = [m for m in fig.get("months", []) if len(m) >= 5]
        cues.glued_month = re.compile(rf"\w(?:{'|'.join(map(re.escape, long_months))})$"
                                      if long_months else "(?!)")
    _part_words(cues, table, fig, spaced)
    if fig.get("including"):
        cues.including = re.compile(_literal(fig["including"], spaced))
    if fig.get("range_pre"):
        cues.range_pre = re.compile(_literal(fig["range_pre"], spaced))
    return cues


def _prefilter(cues: Cues) -> None:
    """Give the cues one RE2 prefilter of all their patterns (and each kind its members)."""
    patterns: list[str] = []
    never = _words(["(?!)"], cues.spaced)  # a kind the language has no words for
    for kind, group in cues.groups.items():
        cues.members[kind] = list(range(len(patterns), len(patterns) + len(group)))
        # (given to RE2 as a class of no character: never present, so never scanned by ``re``,
        # where the look-ahead would send it to the patterns always run)
        patterns += [_NOTHING if rx.pattern == never else rx.pattern for _, rx in group]
    # (the cues are matched in their case, lower, on the lowered text: so are the loose forms)
    cues.filter = Prefilter(patterns, case_sensitive=not any(
        rx.flags & re.IGNORECASE for group in cues.groups.values() for _, rx in group))


def _joined_adjectives(cues: Cues, table: dict, spaced: bool, fig: dict) -> None:
    """Compile a country's adjective joined after or before a name.

    "fuentes surcoreanas y occidentales", "South Korean and Western intelligence": read by
    :func:`analysis.articles.rules.joined_adjectives`. (35ad) Before the name, the second
    side may be counted ("citing one Ukrainian and two U.S. officials", "einen ukrainischen
    und zwei amerikanische Beamte"): a handful, a digit or the language's word of 2 to 10.
    """
    adjectives = [a for code, forms in table.get("claimant_grammar", {}).get("countries", {})
                  .items() if code != "KP" for a in forms.get("adj", [])]  # (the one who sends)
    if adjectives and spaced:
        adj, joint = "|".join(adjectives), "|".join(table.get("joint", ["and"]))
        # (a list: "fuentes surcoreanas, ucranianas y occidentales")
        cues.joined_after = re.compile(
            rf"(?:,\s*(?:{adj}))*,?\s+(?:{joint})\s+(?:{adj})(?!\w)")
        few = "|".join(["\\d"] + [re.escape(w) for key in ("numbers", "compound")
                                   for w, v in fig.get(key, {}).items() if v in range(2, 11)])
        cues.joined_before = re.compile(
            rf"(?<!\w)(?:{adj}),?\s+(?:{joint})\s+(?:(?:{few})\s+)?$")


def _claimant_group(table: dict, spaced: bool) -> list[tuple[str, re.Pattern[str]]]:
    """Compile the claimant names of a language, in the order they win ties."""
    own = table.get("claimants", {})  # the table's own names first, then the outlets, then
    # the names composed of a country and a body ("autoridades de Ucrania")
    claimants = {**own, **{p: n for p, n in OUTLETS.items() if p not in own}}
    claimants.update((p, n) for p, n in composed_claimants(table.get("claimant_grammar", {}))
                     .items() if p not in claimants)
    return [(name, _Deferred(_words([p], spaced))) for p, name in claimants.items()]


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]")


class _Deferred:
    """A claimant's cue, compiled at its first use as a pattern (20cu).

    The reader finds claimants only through :func:`_spans`, which compiles a search form of
    its own (:func:`_scanner`), and the prefilter reads ``pattern`` and ``flags``: the ~2,000
    names of eight languages need not be compiled twice at start. ``flags`` are those
    ``re.compile`` gives (``re.UNICODE``; an expression with inline flags is compiled at once).
    """

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._rx = re.compile(pattern) if _INLINE_FLAGS.search(pattern) else None
        self.flags = self._rx.flags if self._rx is not None else re.UNICODE

    def __getattr__(self, name: str):
        if self._rx is None:
            self._rx = re.compile(self.pattern)
        return getattr(self._rx, name)


def _part_words(cues: Cues, table: dict, fig: dict, spaced: bool) -> None:
    """Compile the words that make a number a part of a group (before or after it)."""
    def words(kind: str) -> str:
        return _words(table.get(kind, []) or fig.get(kind, []) or ["(?!)"], spaced)

    cues.among = re.compile(words("among") + r"\s*$")
    cues.upper_alternative = re.compile(r",?\s*" + words("upper_alternative") + r"\s*$")
    cues.weapons = re.compile(words("weapons"))
    cues.definite = re.compile(words("definite") + r"\s+$")
    cues.indefinite = re.compile(words("indefinite") + r"\s+$")
    cues.of_the = re.compile(r"\s+" + words("of_the") + r"\s+")
    cues.auxiliary = re.compile(r"\s+" + words("auxiliary"))
    # (glued to the name: "kyiv-based")
    cues.place_after = re.compile(r"\s?(?:" + "|".join(
        _phrase(p) for p in table.get("place_after", ["(?!)"])) + r")(?!\w)")
    cues.part_of = re.compile(words("part_of") + r"\s*$")
    cues.among_after = re.compile(r"\s*" + words("among_after"))
    # "장교 500명과 장성 3명을 포함한 1만 2000명": the whole after its parts (the figure
    # words' ``including_post``)
    cues.including_after = re.compile(r"[^,;.。、]{0,20}?" + words("including_post"))


def within(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether one of ``mentions`` (in order, none overlapping) lies in ``[start, end)``.

    As ``any(start <= m.start and m.end <= end for m in mentions)``: the first mention
    starting at or after ``start`` ends first of those (their ends follow their starts).
    """
    first = bisect_left(mentions, start, key=_start)
    return first < len(mentions) and mentions[first].end <= end


def _start(m: Mention) -> int:
    return m.start


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (then the first), in text order."""
    if all(a.start < a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False)):
        return list(mentions)  # (in order, none overlapping: the matches of one cue)
    starts: list[int] = []  # kept mentions, in text order: their starts and ends
    ends: list[int] = []
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_left(starts, m.start)
        if (i < len(starts) and starts[i] < m.end) or (i > 0 and ends[i - 1] > m.start):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        kept.insert(i, m)
    return kept
