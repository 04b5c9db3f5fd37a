"""From tokens to a period: the connectors, and the choice of a language table.

One segment is placed by :func:`analysis.periods.rules.resolve`; here the segments of
a phrase are combined (codebook rules ``range``, ``since``, ``until``, ``window_to``
and cross-year seasons), and :func:`parse_cached` tries the language tables on a
phrase until one reads it.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from analysis.periods.calendar import add_months, last_day, season_span, window_span
from analysis.periods.grammar import Fields, fields_of, has_anchor, merge, propagate, segments
from analysis.periods.model import UNPARSED, Fail, NeedPub, Period
from analysis.periods.rules import resolve
from analysis.periods.tokens import NOW, SCRIPTS, SINCE, TAGGERS, UNTIL, Tagger, Token, normalise

__all__ = ["attempt", "candidates", "interpret", "parse_cached"]

Reading = tuple[Period, str]
"""A period and the name of the rule that placed it."""

_PROBE_PUB = date(2001, 6, 15)  # any date: what a relative phrase's precision would be


def _unresolved(precision: str, rule: str, start: date | None = None) -> Reading:
    return Period(start, None, precision, "unresolved"), rule


# ---------------------------------------------------------------- connectors


def _cross_year_season(a: Fields, b: Fields) -> Reading | None:
    """Read a season over two years: "winter 2024-2025", "зима 2024/2025" (rule ``season``)."""
    if not (a.only("year", "season") and b.only("year", "season")):
        return None
    season = a.season or b.season
    if season and a.year is not None and b.year == a.year + 1:
        s, e = season_span(b.year if season == "winter" else a.year, season)
        return Period(s, e, "season", "ok"), "season"
    return None


def _window_to(a: Fields, b: Fields, pub: date | None) -> Reading:
    """Rule ``window_to``: "the three months to March" = the three months ending with March."""
    rb = resolve(b, pub, None) if (pub or b.year is not None) else None
    if rb is None or rb.end is None:
        return _unresolved("span", "window_to")
    n, unit = a.count
    start, end = window_span(rb.end, n, unit, False)
    if unit in ("month", "year", "quarter") and end.day == last_day(end.year, end.month):
        k = n * (12 if unit == "year" else 3 if unit == "quarter" else 1)
        y, m = add_months(end.year, end.month, 1 - k)
        start = date(y, m, 1)
    return Period(start, end, "span", "ok"), "window_to"


def _range(a: Fields, b: Fields, conns: set[str], pub: date | None) -> Reading:
    """Rule ``range``: "between X and Y", "from X to Y", "X-Y" = start of X .. end of Y.

    Missing parts are shared (:func:`propagate`); without years, Y is placed on or
    before P, then X on or before Y (so "from November to February" crosses the new
    year).
    """
    found = _cross_year_season(a, b)
    if found is not None:
        return found
    if a.count is not None and a.only("count", "rel") and UNTIL in conns:
        return _window_to(a, b, pub)
    propagate(a, b)
    try:
        rb = resolve(b, pub, None)
    except NeedPub:
        rb = None
    if rb is None or (rb.start is None and rb.end is None):
        return _unresolved_range(a)
    ref_a = rb.start or rb.end
    try:
        ra = resolve(a, pub, ref_a)
        if ra.start is not None and rb.end is not None and ra.start > rb.end:
            if not a.year_copied:
                raise Fail
            a.year -= 1
            ra = resolve(a, pub, ref_a)
    except NeedPub:
        return _unresolved("span", "range")
    start = ra.start
    end = rb.end if rb.end is not None else rb.start
    if start is not None and end is not None and start > end:
        raise Fail
    return Period(start, end, "span", "ok"), "range"


def _unresolved_range(a: Fields) -> Reading:
    """Leave a range unresolved (its end needs P), keeping the start if it is absolute."""
    try:
        start = resolve(a, None, None).start
    except (NeedPub, Fail):
        start = None
    return _unresolved("span", "range", start)


def _since(f: Fields, pub: date | None) -> Reading:
    """Rule ``since``: "since X" = start of X .. P (``span``).

    Without P, ``unresolved``, keeping the start when X is absolute. A start after P
    keeps its start with an open end (``open``).
    """
    if NOW in f.flags:
        raise Fail
    try:
        r = resolve(f, pub, None)
    except NeedPub:
        return _unresolved("span", "since")
    start = r.start if r.start is not None else r.end
    if pub is None:
        return _unresolved("span", "since", start)
    if start is None:
        return UNPARSED, "unparsed"
    if start > pub:
        return Period(start, None, "open", "ok"), "since"
    return Period(start, pub, "span", "ok"), "since"


def _until(f: Fields, pub: date | None) -> Reading:
    """Rule ``until``: "by X", "as of X", "until X" = open start .. last day of X (``open``).

    A month or season without a year takes the nearest one.
    """
    f.until = True
    try:
        r = resolve(f, pub, None)
    except NeedPub:
        return _unresolved("open", "until")
    end = r.end if r.end is not None else r.start
    return Period(None, end, "open", "ok"), "until"


def _single(f: Fields, pub: date | None) -> Reading:
    """One segment, no connector: the rule that places it (or, without P, its precision)."""
    try:
        r = resolve(f, pub, None)
    except NeedPub:
        probe = resolve(f, _PROBE_PUB, None)
        return _unresolved(probe.precision, probe.rule)
    return Period(r.start, r.end, r.precision, "ok"), r.rule


def _borrow_for_bare_parts(fs: list[Fields]) -> None:
    """Let a bare part borrow the month: "mid-to-late October", "Mitte bis Ende Februar"."""
    for f, nxt in zip(fs, fs[1:], strict=False):
        if f.part is not None and f.only("part"):
            for name in ("month", "year", "rel", "unit"):
                value = getattr(nxt, name)
                if value is not None:
                    setattr(f, name, value)


def interpret(tokens: list[Token], pub: date | None) -> Reading:
    """Read one language's tokens as a period.

    Parameters
    ----------
    tokens : list of (kind, value)
        The tagger's tokens.
    pub : datetime.date or None
        The publication date.

    Returns
    -------
    tuple of (Period, str)
        The period and the rule's name.

    Raises
    ------
    NeedPub
        A relative phrase without a publication date, where no connector says better.
    Fail
        The tokens do not make a period.
    """
    segs, conns = segments(merge(tokens))
    fs = [fields_of(s) for s in segs]
    _borrow_for_bare_parts(fs)
    anchors = [f for f in fs if has_anchor(f)]
    if not anchors:
        raise Fail
    # context-only segments ("of last week") join the neighbouring anchor
    for f in fs:
        if not has_anchor(f):
            anchors[-1].absorb(f)
    if len(anchors) >= 2:
        return _range(anchors[0], anchors[-1], conns, pub)
    f = anchors[0]
    if SINCE in conns and UNTIL not in conns:
        return _since(f, pub)
    if UNTIL in conns and SINCE not in conns:
        return _until(f, pub)
    return _single(f, pub)


# ------------------------------------------------------------- the tables


def candidates(text: str, lang: str | None) -> list[Tagger]:
    """Return the taggers to try on a normalised phrase: the requested language first.

    Parameters
    ----------
    text : str
        The normalised phrase.
    lang : str or None
        The requested language.

    Returns
    -------
    list of Tagger
        The requested language's tagger (if any), then every other tagger whose
        scripts occur in the phrase (all of them when the phrase has no letters).
    """
    present = {k for k, rx in SCRIPTS.items() if rx.search(text)}
    if lang is not None:
        lang = lang.strip().lower()[:2]
    first = TAGGERS.get(lang) if lang else None
    others = [
        t for t in TAGGERS.values() if t is not first and (present & t.scripts or not present)
    ]
    return ([first] if first else []) + others


def attempt(toks: list[Token], pub: date | None) -> Reading | None:
    """Interpret one table's tokens; None when they make no period.

    Parameters
    ----------
    toks : list of (kind, value)
        The tagger's tokens.
    pub : datetime.date or None
        The publication date.

    Returns
    -------
    tuple of (Period, str) or None
        The reading, or None when the tokens make no period (including a date that
        does not exist or falls outside the calendar, such as year 0).
    """
    try:
        period, rule = interpret(toks, pub)
    except NeedPub:
        return Period(None, None, "span", "unresolved"), "unresolved"
    except (Fail, ValueError, OverflowError):
        return None
    if period.start is not None and period.end is not None and period.start > period.end:
        return None
    return period, rule


def _requested_first(
    norm: str, tagger: Tagger, cands: list[Tagger], pub: date | None
) -> tuple[Reading | None, int, list[Tagger] | None]:
    """Read with the requested language first: (its reading, its coverage, others to try).

    The others are tried only when it fails or reads less than three quarters of the
    phrase (a Russian phrase filed as uk, say); ``None`` for the others means its
    reading is final.
    """
    if tagger.cjk:
        toks, coverage = tagger.tokens(norm)
        skipped = None
    else:
        toks, coverage, skipped = tagger.tokens_words(norm)
    first = attempt(toks, pub) if toks else None
    if first is not None and 4 * coverage >= 3 * len(norm.replace(" ", "")):
        return first, coverage, None
    if first is not None and skipped is not None:
        # only another table that knows one of the words left over can read more
        others = [t for t in cands[1:] if t.cjk or any(t.knows(w) for w in skipped)]
        if not others:
            return first, coverage, None
        return first, coverage, others
    return first, coverage, cands[1:]


@lru_cache(maxsize=65536)
def parse_cached(text: str, pub: date | None, lang: str | None) -> Reading:
    """Parse one phrase (cached): normalise, try the tables, keep the best reading.

    Parameters
    ----------
    text : str
        The period phrase.
    pub : datetime.date or None
        The publication date.
    lang : str or None
        The requested language (not blank).

    Returns
    -------
    tuple of (Period, str)
        The period and the rule's name (``empty``, ``unparsed`` when none).
    """
    norm = normalise(text)
    if not norm:
        return UNPARSED, "empty"
    cands = candidates(norm, lang)
    best = first_cov = 0
    first = None
    if lang and cands and cands[0].code == lang[:2]:
        first, first_cov, rest = _requested_first(norm, cands[0], cands, pub)
        if rest is None:
            return first
        best = first_cov
        cands = rest
    scored = []
    for i, tagger in enumerate(cands):
        toks, cov = tagger.tokens(norm)
        if toks:
            scored.append((-cov, i, toks))
    scored.sort(key=lambda s: s[:2])
    best = max([best] + [-s[0] for s in scored])
    for neg_cov, _, toks in scored:
        if -neg_cov < 0.6 * best:
            break  # a language that reads much less of the phrase than another
        if first is not None and -neg_cov <= first_cov:
            break  # the requested language reads as much: keep its reading
        found = attempt(toks, pub)
        if found is not None:
            return found
    if first is not None:
        return first
    return UNPARSED, "unparsed"
