"""Read reported figures ("more than 3,000", "약 1만 2천 명") as low / best / high.

This module implements the codebook v1 published in ``docs/codebook.md``
(section "Figures").  One engine reads every language; the words of each
language live in tables in :mod:`analysis.figure_words`.

The engine, in order:

1. normalise the text (NFKC, lower case, one apostrophe, one dash, ASCII digits)
   and apply the language's rewrites (French 70-99, "half a million");
2. cut it into tokens (digit groups, words, single Han/Hangul/kana
   characters, symbols) and join tokens into the longest phrases of the table;
3. read quantities: runs of numerals, number words and multipliers
   ("4천700", "four-thousand-100", "une dizaine de milliers", "hundreds of");
4. drop numbers that are not the figure: dates, years, ordinals, durations;
5. decide: one quantity, a range of two, or unparsed (several quantities,
   fractions, rates, unit sizes, nothing to read);
6. read the qualifier nearest to the quantity (before or after it) and the
   relation (``additional`` when "another", "ще", "추가" ... is written).

The public functions are :func:`parse_figure`, :func:`parse_figures` and
:func:`explain_figure` (the reason a phrase is unparsed).
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.figure_words import TABLES

__all__ = [
    "Figure",
    "QUALIFIERS",
    "RELATIONS",
    "STATUSES",
    "UNITS",
    "explain_figure",
    "parse_figure",
    "parse_figures",
]

NAN = float("nan")

UNITS = ("count", "percent")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "nearly", "range", "vague", "none")
RELATIONS = ("total", "additional")
STATUSES = ("ok", "unparsed")


class Figure(NamedTuple):
    """A reported figure read under the codebook.

    Attributes
    ----------
    low, best, high : float
        Bounds and best estimate; NaN where open or unknown.
    unit : str
        ``"count"`` or ``"percent"``.
    qualifier : str
        One of ``exact, approx, at_least, at_most, nearly, range, vague, none``.
    relation : str
        ``"total"`` or ``"additional"``.
    status : str
        ``"ok"`` or ``"unparsed"``.
    """

    low: float
    best: float
    high: float
    unit: str
    qualifier: str
    relation: str
    status: str


UNPARSED = Figure(NAN, NAN, NAN, "count", "none", "total", "unparsed")

# --------------------------------------------------------------------------
# Normalisation and tokens
# --------------------------------------------------------------------------

_TRANSLATE = {}
for _src, _dst in (
    ("\u2019\u02bc\u2018`\u00b4\u2032\u02b9\uff07", "'"),
    ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
    ("\u301c\uff5e\u223c\u2053", "~"),
    ("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789"),
    ("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9", "0123456789"),
    ("\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789"),
    ("\u066c\u066b\u060c", ",.,"),
):
    for _k, _a in enumerate(_src):
        _TRANSLATE[ord(_a)] = _dst if len(_dst) == 1 else _dst[_k]
_TRANSLATE[ord("\u066a")] = "%"

_CJK = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_NUM_PATTERN = r"\d{1,3}(?: \d{3}(?!\d))+(?:[,.]\d+)?|\d+(?:[,.'](?=\d)\d+)*"
_TOKEN_RE = re.compile(
    rf"(?P<d>{_NUM_PATTERN})"
    rf"|(?P<c>[{_CJK}])"
    rf"|(?P<w>[^\W\d_{_CJK}]+(?:[.'](?=[^\W\d_{_CJK}])[^\W\d_{_CJK}]+)*)"
    r"|(?P<s>[^\w\s])"
)
_DIGITS_SPLIT = re.compile(f"({_NUM_PATTERN})")
_DATE_RE = re.compile(
    r"(?<![\d.,])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?![\d])"
)
_SEP_SPLIT = re.compile(r"([,.' ])")
_HAS_CJK = re.compile(rf"[{_CJK}]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CYR = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DEVA = re.compile(r"[\u0900-\u097f]")

_BREAK_SYMS = frozenset(",;:()[]{}|/")
_ORD_SUFFIX = frozenset(("st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "è", "º", "ª"))
_ORD_CYR = frozenset(("й", "го", "я", "е", "ї", "ий", "ого", "ої", "му", "м", "х", "ю", "ій", "ий"))
_ORD_PREFIX = frozenset(("제", "第"))
_COUNTERS = frozenset("명人名여발개대기発個万만천千백百십十억億")
_NUMBER_ROLES = ("num", "small", "scale", "coll", "vague", "sev", "sevM", "vpre", "art")
_RUN_STARTS = frozenset((*_NUMBER_ROLES, "pct"))
_POWERS = frozenset((10.0, 100.0, 1e3, 1e4, 1e5, 1e6))


def _normalise(text: str) -> str:
    """Return *text* in NFKC, lower case, with one apostrophe, dash and digit set."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower()
    return text


def _digits_value(raw: str) -> float:
    """Read a digit group under rule 9 (separators).

    A separator followed by exactly three digits groups thousands; otherwise a
    comma or point is the decimal point.
    """
    if raw.isdigit():
        return float(raw)
    parts = _SEP_SPLIT.split(raw)
    out = parts[0]
    last = len(parts) - 2
    for k in range(1, len(parts), 2):
        sep, grp = parts[k], parts[k + 1]
        if len(grp) == 3 and not (k == last and sep in ",." and parts[0] == "0"):
            out += grp
        elif sep in ",.":
            out += "." + grp
            # anything after a decimal point ends the number
            break
        else:
            out += grp
    try:
        return float(out)
    except ValueError:  # pragma: no cover - defensive
        return NAN


def _place(n: float) -> float:
    """Return the largest power of ten dividing the integer *n* (1 for others)."""
    if n <= 0 or n != int(n):
        return 0.0
    n = int(n)
    p = 1
    while n % (p * 10) == 0:
        p *= 10
    return float(p)


# --------------------------------------------------------------------------
# Language tables compiled for the engine
# --------------------------------------------------------------------------

_QUAL_FIELDS = {
    "approx": ("q", "approx"),
    "at_least": ("q", "at_least"),
    "at_most": ("q", "at_most"),
    "nearly": ("q", "nearly"),
    "post_approx": ("qp", "approx"),
    "post_at_least": ("qp", "at_least"),
    "post_at_most": ("qp", "at_most"),
    "post_nearly": ("qp", "nearly"),
    "weak_at_least": ("qw", "at_least"),
}
_FLAG_FIELDS = {
    "additional": "add",
    "additional_post": "addp",
    "total": "total",
    "range_pre": "rpre",
    "range_sep": "rsep",
    "range_and": "rand",
    "percent": "pct",
    "fraction": "frac",
    "rate": "rate",
    "rate_post": "ratep",
    "including": "incl",
    "units": "unit",
    "uncountable": "unc",
    "months": "month",
    "year_pre": "ypre",
    "year_post": "ypost",
    "time_units": "time",
    "stop": "stop",
    "articles": "art",
    "of": "of",
    "and": "and",
    "und": "und",
    "vague_prefix": "vpre",
}
_VALUE_FIELDS = {
    "numbers": "num",
    "small": "small",
    "scales": "scale",
    "collective": "coll",
    "vague": "vague",
}


def _split_items(field: str) -> list[str]:
    return [item.strip() for item in field.split("|") if item.strip()]


def _tokens_of(phrase: str) -> tuple[str, ...]:
    """Cut a table phrase into the same tokens the engine sees."""
    out: list[str] = []
    for m in _TOKEN_RE.finditer(_normalise(phrase)):
        kind = m.lastgroup
        tok = m.group()
        if kind == "w" and "'" in tok and tok[0] < "\u0250":
            head, _, tail = tok.partition("'")
            out.append(head + "'")
            if tail:
                out.append(tail)
        elif kind == "w" and tok.endswith("."):
            out.append(tok[:-1])
        else:
            out.append(tok)
    merged: list[str] = []
    for tok in out:
        if tok == "'" and merged and merged[-1][-1].isalpha():
            merged[-1] += "'"
        else:
            merged.append(tok)
    out = merged
    # a trailing dot of an abbreviation ("тыс.") is not part of the key
    while len(out) > 1 and out[-1] == ".":
        out.pop()
    return tuple(out)


class _Lang:
    """One language table compiled into dictionaries keyed by token tuples."""

    __slots__ = (
        "code",
        "one",
        "multi",
        "starts",
        "maxlen",
        "stems",
        "compound",
        "after_number",
        "rewrites",
        "known",
        "stem_of",
        "stem_re",
    )

    def __init__(self, code: str, table: dict[str, str]) -> None:
        self.code = code
        self.one: dict[str, dict[str, object]] = {}
        self.multi: dict[tuple[str, ...], dict[str, object]] = {}
        self.stems: list[tuple[str, str, object]] = []
        self.compound: dict[str, tuple[str, float]] = {}
        self.after_number: set[str] = set()
        self.rewrites: list[tuple[re.Pattern[str], str]] = []
        for field, raw in table.items():
            if field == "rewrites":
                for item in raw.split("|\\b") if raw else []:
                    item = item if item.startswith("\\b") else "\\b" + item
                    pat, _, rep = item.partition("=>")
                    self.rewrites.append((re.compile(pat), rep))
                continue
            if field == "compound":
                for item in _split_items(raw):
                    word, _, val = item.partition("=")
                    if val == "+":
                        self.compound[word] = ("und", 0.0)
                    elif val.startswith("**"):
                        self.compound[word] = ("scale", float(val[2:]))
                    elif val.startswith("*"):
                        self.compound[word] = ("small", float(val[1:]))
                    else:
                        self.compound[word] = ("num", float(val))
                continue
            if field == "after_number":
                self.after_number = {_tokens_of(x)[0] for x in _split_items(raw)}
                continue
            for item in _split_items(raw):
                if field in _VALUE_FIELDS:
                    word, _, val = item.rpartition("=")
                    self._add(word, _VALUE_FIELDS[field], float(val))
                elif field == "several":
                    word, eq, val = item.partition("=")
                    if eq and val.startswith("*"):
                        self._add(word, "sevM", float(val[1:]))
                    else:
                        self._add(word, "sev", 1.0)
                elif field in _QUAL_FIELDS:
                    cat, qual = _QUAL_FIELDS[field]
                    self._add(item, cat, qual)
                elif field in _FLAG_FIELDS:
                    self._add(item, _FLAG_FIELDS[field], True)
        self.stems.sort(key=lambda item: -len(item[0]))
        self.stem_of = {stem: (cat, val) for stem, cat, val in reversed(self.stems)}
        self.stem_re = (
            re.compile("|".join(re.escape(stem) for stem, _, _ in self.stems))
            if self.stems
            else None
        )
        self.starts = {k[0] for k in self.multi}
        self.maxlen = max((len(k) for k in self.multi), default=1)
        self.known = set(self.one) | {t for k in self.multi for t in k}

    def _add(self, phrase: str, cat: str, value: object) -> None:
        if phrase.endswith("*") and len(phrase) > 1:
            self.stems.append((_normalise(phrase[:-1]), cat, value))
            return
        key = _tokens_of(phrase)
        if not key:
            return
        if len(key) == 1:
            self.one.setdefault(key[0], {})[cat] = value
        else:
            self.multi.setdefault(key, {})[cat] = value

    def compound_value(self, word: str) -> dict[str, object] | None:
        """Read a number written as one word ("dreitausendfünfhundert", "ötszáz")."""
        if not self.compound or len(word) < 2:
            return None
        seq = self._segment(word, 0)
        if not seq:
            return None
        if len(seq) == 1 and seq[0][0] in ("small", "scale"):
            return {seq[0][0]: seq[0][1]}
        total = section = 0.0
        number = None
        und = False
        for kind, val in seq:
            if kind == "num":
                if number is None:
                    number = val
                elif und and number < 10 and val % 10 == 0:
                    number += val
                elif val < _place(number):
                    number += val
                else:
                    return None
                und = False
            elif kind == "small":
                section += (number if number is not None else 1.0) * val
                number = None
            elif kind == "scale":
                total += section + (number if number is not None else (0 if section else 1))
                total *= val
                section, number = 0.0, None
            else:
                if number is None:
                    return None
                und = True
        if und:
            return None
        return {"num": total + section + (number or 0.0)}

    def _segment(self, word: str, pos: int) -> list[tuple[str, float]] | None:
        if pos == len(word):
            return []
        for end in range(len(word), pos, -1):
            piece = self.compound.get(word[pos:end])
            if piece is not None:
                rest = self._segment(word, end)
                if rest is not None:
                    return [piece, *rest]
        return None


_LANGS: dict[str, _Lang] = {code: _Lang(code, table) for code, table in TABLES.items()}
# word -> ((language, weight), ...): a word listed on its own counts 1, a word
# only seen inside a longer phrase ("y" in "y compris") counts 0.5, one letter half.
_VOTES: dict[str, tuple[tuple[str, float], ...]] = {}
for _code, _lang in _LANGS.items():
    for _word in _lang.known:
        if _word and _word[0].isalpha():
            _w = (1.0 if _word in _lang.one else 0.5) * (1.0 if len(_word) > 1 else 0.5)
            _VOTES[_word] = (*_VOTES.get(_word, ()), (_code, _w))
_COMPOUND_LANGS = tuple(code for code, lang in _LANGS.items() if lang.compound)


def _words(text: str) -> list[str]:
    """Words of normalised *text*, elisions split ("jusqu'à" -> "jusqu'", "à")."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        if m.lastgroup == "w":
            tok = m.group()
            if "'" in tok and tok[0] < "\u0250":
                head, _, tail = tok.partition("'")
                out.append(head + "'")
                if tail:
                    out.append(tail)
            else:
                out.append(tok)
    return out


_LATIN = ("en", "de", "fr", "es", "it", "pt", "id", "pl", "hu", "is", "sl", "et", "ro")
_CYRILLIC = ("ru", "uk", "mk")
_UNIVERSAL = {"-": {"rsep": True}, "~": {"rsep": True, "q": "approx"}, "+": {"qp": "at_least"}}


def _guess_language(text: str, words: list[str]) -> str:
    """Guess the language of a phrase from its script and known words."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        # Han without kana: Japanese or Chinese, by the characters each table knows
        chars = [c for c in text if "\u3400" <= c <= "\u9fff"]
        ja = sum((c in _LANGS["ja"].one) + (c in _LANGS["ja"].known) for c in chars)
        zh = sum((c in _LANGS["zh"].one) + (c in _LANGS["zh"].known) for c in chars)
        return "zh" if zh > ja else "ja"
    if _ARABIC.search(text):
        return "ar"
    if _DEVA.search(text):
        return "hi"
    pool = _CYRILLIC if _CYR.search(text) else _LATIN
    if pool is _CYRILLIC and ("і" in text or "ї" in text or "є" in text or "ґ" in text):
        return "uk"
    if pool is _CYRILLIC and ("ј" in text or "ќ" in text or "ѓ" in text or "љ" in text):
        return "mk"
    scores = dict.fromkeys(pool, 0.0)
    for w in words:
        votes = _VOTES.get(w)
        if votes is None:
            # a number written as one word ("dreitausend", "tremila")
            votes = tuple((c, 1.0) for c in _COMPOUND_LANGS if _LANGS[c].compound_value(w))
        for code, weight in votes:
            if code in scores:
                scores[code] += weight
    # a phrase of the table ("as few as", "y compris") is strong evidence
    for code in pool:
        lang = _LANGS[code]
        for i, w in enumerate(words):
            if w in lang.starts:
                for k in range(min(lang.maxlen, len(words) - i), 1, -1):
                    if tuple(words[i : i + k]) in lang.multi:
                        scores[code] += k
                        break
    best = max(pool, key=lambda c: scores[c])
    return best if scores[best] else pool[0]


# --------------------------------------------------------------------------
# Units of a phrase
# --------------------------------------------------------------------------


class _Unit:
    """A token or a table phrase, with its categories."""

    __slots__ = ("cats", "kind", "text", "value", "glued_prev", "glued_next", "cjk")

    def __init__(self, cats, kind, text, value, glued_prev, cjk):
        self.cats = cats
        self.kind = kind
        self.text = text
        self.value = value
        self.glued_prev = glued_prev
        self.glued_next = False
        self.cjk = cjk


_NO_CATS: dict[str, object] = {}


def _units(text: str, lang: _Lang) -> list[_Unit]:
    """Cut normalised *text* into units using the table of *lang*."""
    toks: list[tuple[str, str, bool]] = []
    prev_end = -1
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        tok = m.group()
        glued = m.start() == prev_end
        prev_end = m.end()
        if kind == "w" and "'" in tok and tok[0] < "\u0250":
            head, _, tail = tok.partition("'")
            toks.append((head + "'", "w", glued))
            if tail:
                toks.append((tail, "w", True))
        else:
            toks.append((tok, kind, glued))
    units: list[_Unit] = []
    one, multi, starts, maxlen = lang.one, lang.multi, lang.starts, lang.maxlen
    i, n = 0, len(toks)
    while i < n:
        tok, kind, glued = toks[i]
        if kind == "d":
            value = _digits_value(tok)
            if i + 1 < n and toks[i + 1][0] == "s" and toks[i + 1][2] and value in _POWERS:
                # "100s", "1,000s": a plural magnitude written in digits
                units.append(_Unit({"vague": value}, "w", tok + "s", None, glued, False))
                i += 2
                continue
            units.append(_Unit(_NO_CATS, "d", tok, value, glued, False))
            i += 1
            continue
        if tok in starts:
            hit = None
            top = min(maxlen, n - i)
            if kind == "c":
                run = 1
                while run < top and toks[i + run][2] and toks[i + run][1] == "c":
                    run += 1
                top = run
            for k in range(top, 1, -1):
                key = tuple(t[0] for t in toks[i : i + k])
                cats = multi.get(key)
                if cats is not None:
                    hit = (k, cats, key)
                    break
            if hit is not None:
                k, cats, key = hit
                units.append(_Unit(cats, "p", " ".join(key), None, glued, kind == "c"))
                i += k
                continue
        cats = one.get(tok)
        if cats is None:
            cats = _UNIVERSAL.get(tok)
        if cats is None and kind == "w":
            cats = lang.compound_value(tok)
            if cats is None and lang.stem_re is not None:
                m = lang.stem_re.match(tok)
                if m is not None:
                    cat, val = lang.stem_of[m.group()]
                    cats = {cat: val}
        units.append(_Unit(cats or _NO_CATS, kind, tok, None, glued, kind == "c"))
        i += 1
    for a, b in zip(units, units[1:], strict=False):
        a.glued_next = b.glued_prev
    return units


# --------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------


class _Q:
    """A quantity read from a run of units."""

    __slots__ = (
        "start",
        "end",
        "value",
        "low",
        "high",
        "vague",
        "approx",
        "pct",
        "has_mag",
        "big_part",
        "big_unit",
        "digit_units",
        "linear",
    )

    def __init__(self) -> None:
        self.vague = None
        self.approx = False
        self.pct = False
        self.has_mag = False
        self.big_part = 0.0
        self.big_unit = 0.0
        self.digit_units = 0
        self.linear = True
        self.low = self.high = self.value = NAN


def _is_magnitude(u: _Unit) -> bool:
    c = u.cats
    return "small" in c or "scale" in c or "coll" in c or "vague" in c or "sevM" in c


def _cjk_alone(units: list[_Unit], i: int) -> bool:
    """Whether a Han/Hangul numeral at *i* stands as a number, not inside a word."""
    u = units[i]
    if not u.cjk:
        return True
    if u.glued_prev and i > 0:
        p = units[i - 1]
        if p.cjk and not any(r in p.cats for r in _NUMBER_ROLES) and not p.cats.get("q"):
            return False
    if u.glued_next and i + 1 < len(units):
        nx = units[i + 1]
        if nx.cjk and not (
            any(r in nx.cats for r in _NUMBER_ROLES)
            or nx.text in _COUNTERS
            or "qw" in nx.cats
            or "qp" in nx.cats
        ):
            return False
    return True


def _scale_follows(units: list[_Unit], j: int, big: float) -> bool:
    """Whether the number at *j* is followed by a scale as large as *big*."""
    if j + 1 < len(units):
        c = units[j + 1].cats
        s = c.get("scale") or c.get("vague")
        return s is not None and float(s) >= big
    return False


def _read_run(units: list[_Unit], i: int, lang: _Lang) -> tuple[_Q | None, int]:
    """Read one quantity starting at unit *i*; return it and the next index."""
    n = len(units)
    q = _Q()
    total = section = 0.0
    number: float | None = None
    big = math.inf
    last_mult = math.inf
    started = False
    article = False
    vkind: str | None = None
    mag = 1.0
    mag_seen = False
    digits_in_run = False
    joiner: str | None = None
    last_ok = i - 1
    additions = 0
    j = i
    while j < n:
        u = units[j]
        c = u.cats
        kind = u.kind
        if started and kind == "s" and u.text == "-" and joiner is None:
            joiner = "-"
            j += 1
            continue
        if started and joiner is None and ("und" in c or "and" in c) and vkind is None:
            joiner = "und" if "und" in c else "and"
            j += 1
            continue
        if started and joiner is None and "of" in c and (vkind is not None or q.approx):
            joiner = "of"
            j += 1
            continue
        if u.cjk and not started and not _cjk_alone(units, j):
            break
        if joiner == "of" and not _is_magnitude(u):
            break
        if kind == "d":
            v = u.value
            if vkind is not None:
                break
            if not started:
                number = v
                started = True
            elif number is None and v < last_mult and not article:
                if joiner == "-" and digits_in_run:
                    break
                if joiner in ("and", "und") and _scale_follows(units, j, big):
                    break
                number = v
                additions += 1
            else:
                break
            digits_in_run = True
            q.digit_units += 1
        elif "pct" in c:
            if not started or vkind is not None or article:
                break
            q.pct = True
            last_ok = j
            j += 1
            break
        elif "art" in c and not started:
            if j + 1 < n and _is_magnitude(units[j + 1]):
                article = True
                started = True
                last_ok = j
                j += 1
                continue
            break
        elif "vpre" in c and not started and "vague" not in c:
            vkind = "plural"
            started = True
        elif ("sev" in c or "sevM" in c) and not started:
            nxt = units[j + 1] if j + 1 < n else None
            if nxt is not None and "of" in nxt.cats and j + 2 < n:
                nxt = units[j + 2] if _is_magnitude(units[j + 2]) else nxt
            if (
                nxt is not None
                and (nxt.kind == "d" or "num" in nxt.cats)
                and not _is_magnitude(nxt)
            ):
                break
            vkind = "several"
            started = True
            if "sevM" in c:
                mag *= c["sevM"]
                mag_seen = True
        elif "num" in c and not (vkind is not None and _is_magnitude(u)):
            v = c["num"]
            if vkind is not None:
                break
            if not started:
                number = v
                started = True
            elif number is None:
                if v >= last_mult:
                    break
                if joiner in ("and", "und") and _scale_follows(units, j, big):
                    break
                number = v
                additions += 1
            elif joiner == "und" and number < 10 and v % 10 == 0 and v < 100:
                number += v
                additions += 1
            elif v < _place(number):
                number += v
                additions += 1
            else:
                break
        elif "small" in c or "scale" in c or "coll" in c or "vague" in c:
            counted = number is not None or section > 0 or total > 0
            if vkind is not None:
                mult = c.get("scale") or c.get("small") or c.get("coll") or c.get("vague")
                mag *= float(mult)
                mag_seen = True
            elif (
                "vague" in c
                and not counted
                and not article
                and not (("coll" in c or "scale" in c) and j > 0 and "q" in units[j - 1].cats)
            ):
                if started:
                    break
                vkind = "plural"
                mag = float(c["vague"])
                mag_seen = True
                started = True
            elif "coll" in c and ("scale" not in c or not counted):
                cv = float(c["coll"])
                if number is None and section == 0:
                    section = cv  # "a dozen", "dozen"
                else:
                    section = (section + (number or 0.0)) * cv
                number = None
                last_mult = cv
                q.approx = True
                q.has_mag = True
                started = True
            else:
                if "scale" in c:
                    s = float(c["scale"])
                    small = False
                elif "small" in c:
                    s = float(c["small"])
                    small = True
                else:
                    s = float(c["vague"])
                    small = s < 1000
                if u.text in lang.after_number and (number is None or not units[j - 1].kind == "d"):
                    break
                if small:
                    base = number if number is not None else 1.0
                    if number is not None and number >= s:
                        break
                    if number is not None:
                        additions += 1  # value-dependent reading: no template
                    section += base * s
                    number = None
                    last_mult = s
                else:
                    if s >= big:
                        break
                    val = section + (number if number is not None else (0.0 if section else 1.0))
                    total += val * s
                    section = 0.0
                    number = None
                    big = s
                    last_mult = s
                    q.big_part = total
                    q.big_unit = s
                q.has_mag = True
                started = True
        else:
            break
        last_ok = j
        joiner = None
        j += 1
    if not started or last_ok < i:
        return None, i + 1
    q.start = i
    q.end = last_ok
    if article and number is None and section == 0 and total == 0 and vkind is None:
        return None, last_ok + 1
    if vkind is not None:
        if not mag_seen:
            if vkind == "plural":
                return None, last_ok + 1
            q.low, q.value, q.high = 2.0, 2.0, 9.0
        else:
            low = mag if vkind == "plural" else 2.0 * mag
            high = 99.0 if mag == 12.0 else 10.0 * mag - 1.0
            q.low, q.value, q.high = low, low, high
        q.vague = vkind
        q.linear = False
        return q, last_ok + 1
    q.value = total + section + (number if number is not None else 0.0)
    q.linear = additions == 0 and q.digit_units == 1 and units[i].kind == "d"
    return q, last_ok + 1


# --------------------------------------------------------------------------
# The decision
# --------------------------------------------------------------------------


def _inside_word(units: list[_Unit], k: int) -> bool:
    """Whether the Han/Hangul unit at *k* is the tail of a longer word ("만약")."""
    u = units[k]
    if not (u.cjk and u.glued_prev and k > 0 and "\uac00" <= u.text[0] <= "\ud7af"):
        return False
    p = units[k - 1]
    if not p.cjk:
        return False
    if not p.cats:
        return True
    numeric = any(r in p.cats for r in _NUMBER_ROLES)
    return numeric and not (p.glued_prev and k > 1 and units[k - 2].kind == "d")


def _scan_before(units, q_start, lo, cat):
    """Return (value, distance) of the nearest unit with *cat* before *q_start*."""
    words = 0.0
    k = q_start - 1
    while k >= lo:
        u = units[k]
        v = u.cats.get(cat)
        if v is not None and not _inside_word(units, k):
            return v, words
        if u.kind == "s":
            if u.text in _BREAK_SYMS:
                return None, 0
        else:
            words += 0.5 if u.cjk else 1.0
            if words > 2:
                return None, 0
        k -= 1
    return None, 0


def _scan_after(units, q_end, hi, cat, limit=2.0):
    words = 0.0
    k = q_end + 1
    while k < hi:
        u = units[k]
        v = u.cats.get(cat)
        if v is not None:
            return v, words
        if u.kind == "s":
            if u.text in _BREAK_SYMS:
                return None, 0
        else:
            words += 0.5 if u.cjk else 1.0
            if words > limit:
                return None, 0
        k += 1
    return None, 0


def _qualifier(units, q, lo, hi):
    pre, dpre = _scan_before(units, q.start, lo, "q")
    post, dpost = _scan_after(units, q.end, hi, "qp")
    if pre is not None and (post is None or dpre <= dpost):
        return pre
    if post is not None:
        return post
    weak, _ = _scan_after(units, q.end, hi, "qw", limit=0.5)
    if weak is not None:
        return weak
    return "approx" if q.approx else "exact"


def _dropped(units: list[_Unit], q: _Q) -> bool:
    """Whether a quantity is a date, year, ordinal or duration, not the figure."""
    if q.vague is not None or q.pct:
        return False
    n = len(units)
    first = units[q.start]
    nxt = units[q.end + 1] if q.end + 1 < n else None
    prv = units[q.start - 1] if q.start > 0 else None
    if q.start == q.end and first.kind == "d":
        v = first.value
        if nxt is not None and nxt.glued_prev:
            if nxt.text in _ORD_SUFFIX:
                return True
            if nxt.text == "-" and q.end + 2 < n and units[q.end + 2].text in _ORD_CYR:
                return True
        if prv is not None and first.glued_prev and prv.text in _ORD_PREFIX:
            return True
        yearish = first.text.isdigit() and len(first.text) == 4 and 1800 <= v <= 2100
        if nxt is not None and "ypost" in nxt.cats and (yearish or (nxt.cjk and nxt.glued_prev)):
            return True
        if yearish and prv is not None and "ypre" in prv.cats:
            return True
        if yearish or (v == int(v) and 1 <= v <= 31):
            for k in (q.start - 1, q.start - 2, q.end + 1, q.end + 2):
                if 0 <= k < n and "month" in units[k].cats:
                    between = units[min(k, q.start) + 1 : max(k, q.end)]
                    if all(b.kind == "s" or "of" in b.cats for b in between):
                        return True
    k = q.end + 1
    if k < n and units[k].text == "-":
        k += 1
    return k < n and "time" in units[k].cats


def _is_unit_count(units: list[_Unit], q: _Q, hi: int) -> bool:
    """Whether *q* counts military units ("three brigades"), not people.

    A number of 100 or more next to a unit's name ("1,500 Storm Corps troops")
    is a headcount.
    """
    small = q.vague is not None or q.value < 100
    return small and _scan_after(units, q.end, hi, "unit")[0] is not None


def _share_magnitude(a: _Q, b: _Q) -> float:
    """Apply a magnitude written once to the low end of a range (rule 6)."""
    av, bv = a.value, b.value
    if b.vague is not None or a.vague is not None:
        return av
    if bv < av and a.big_part > 0 and b.big_part == 0 and bv < a.big_unit:
        return av  # handled by the caller (Korean head sharing)
    if a.has_mag or av >= 1000:
        return av
    unit = b.big_unit if b.big_unit >= 1000 else 0.0
    if not unit and bv >= 1000 and bv == int(bv):
        unit = 1.0
        while bv % (unit * 1000) == 0:
            unit *= 1000
        if unit == 1.0:
            unit = 0.0
    if unit and av * unit <= bv and av * unit * 10 >= bv:
        return av * unit
    return av


def _decide_all(text: str, lang: _Lang, strict: bool) -> tuple[Figure, str, _Q | None, bool]:
    """Parse normalised *text*.

    Returns the figure, the reason it is unparsed, the quantity read, and
    whether a number was dropped as a date, ordinal or duration (such a
    result depends on the value and cannot serve as a template).
    """
    units = _units(text, lang)
    if not units:
        return UNPARSED, "empty", None, False
    has = set()
    for u in units:
        has.update(u.cats)
    if strict:
        for u in units:
            if u.kind in ("w", "c") and not u.cats:
                reason = f"unreadable word '{u.text}' (no table for this language)"
                return UNPARSED, reason, None, False
    qs: list[_Q] = []
    dropped_at: list[int] = []
    # readings near a month, a year word or a unit's name depend on the value
    # (24 October vs 40 October, 3 battalions vs 1,500 battalions): such
    # wordings are never reused as templates
    dated = "month" in has or "ypre" in has or "ypost" in has or "unit" in has
    i, n = 0, len(units)
    while i < n:
        u = units[i]
        if u.kind == "d" or not _RUN_STARTS.isdisjoint(u.cats):
            q, nxt = _read_run(units, i, lang)
            if q is not None:
                if _dropped(units, q):
                    dropped_at.append(q.end)
                else:
                    qs.append(q)
            i = nxt
        else:
            i += 1
    if "incl" in has and qs:
        k = next(k for k, u in enumerate(units) if "incl" in u.cats)
        if qs[0].end < k:
            kept = [q for q in qs if q.end < k]
            dropped_at.extend(q.end for q in qs if q.end >= k)
            qs = kept
    if "rate" in has or any(_scan_after(units, q.end, n, "ratep", 1)[0] for q in qs):
        return UNPARSED, "rate or per-unit figure", None, bool(dropped_at) or dated
    if "frac" in has:
        return UNPARSED, "fraction or ratio", None, bool(dropped_at) or dated
    for k in range(1, n - 1):
        if units[k].text in "/:" and units[k - 1].kind == "d" and units[k + 1].kind == "d":
            return UNPARSED, "fraction or ratio", None, bool(dropped_at) or dated
    if not qs:
        if "unit" in has:
            return UNPARSED, "unit size, not a count", None, bool(dropped_at) or dated
        if "unc" in has:
            return UNPARSED, "vague word without a magnitude", None, bool(dropped_at) or dated
        return UNPARSED, "no number", None, bool(dropped_at) or dated
    additional = "add" in has
    relation = "additional" if additional else "total"

    def bounds(q: _Q) -> tuple[int, int]:
        lo = 0
        hi = n
        for other in qs:
            if other.end < q.start:
                lo = max(lo, other.end + 1)
            if other.start > q.end:
                hi = min(hi, other.start)
        for d in dropped_at:
            if d < q.start:
                lo = max(lo, d + 1)
        return lo, hi

    if len(qs) == 2:
        a, b = qs
        gap = units[a.end + 1 : b.start]
        lo_a, _ = bounds(a)
        has_pre = _scan_before(units, a.start, lo_a, "rpre")[0] is not None
        if (
            gap
            and ("rsep" in gap[0].cats or ("rand" in gap[0].cats and has_pre))
            and all("q" in g.cats for g in gap[1:])
        ):
            return (*_range(units, a, b, gap, lo_a, n, relation), True)
    if len(qs) > 1:
        last = qs[-1]
        lo, _ = bounds(last)
        counts = [q for q in qs if not _is_unit_count(units, q, bounds(q)[1])]
        if _scan_before(units, last.start, lo, "total")[0] is not None:
            qs = [last]
        elif len(counts) == 1 and not any(
            "and" in u.cats or "rand" in u.cats or u.text == "+"
            for u in units[qs[0].end + 1 : qs[-1].start]
        ):
            # "two brigades, about 10,000 troops": the unit count describes the force
            qs = counts
        else:
            return (
                UNPARSED,
                "several quantities (sum, list or ratio)",
                None,
                bool(dropped_at) or dated,
            )
    q = qs[0]
    lo, hi = bounds(q)
    if _is_unit_count(units, q, hi):
        return UNPARSED, "unit size, not a count", None, bool(dropped_at) or dated
    if not additional and _scan_after(units, q.end, hi, "addp", limit=1)[0] is not None:
        relation = "additional"
    unit = "percent" if q.pct else "count"
    if q.vague is not None:
        return (
            Figure(q.low, q.value, q.high, unit, "vague", relation, "ok"),
            "",
            q,
            bool(dropped_at) or dated,
        )
    qual = _qualifier(units, q, lo, hi)
    v = q.value
    if qual == "at_least":
        fig = Figure(v, v, NAN, unit, qual, relation, "ok")
    elif qual in ("at_most", "nearly"):
        fig = Figure(NAN, v, v, unit, qual, relation, "ok")
    else:
        fig = Figure(v, v, v, unit, qual, relation, "ok")
    return fig, "", q, bool(dropped_at) or dated


def _range(units, a, b, gap, lo_a, n, relation):
    if a.vague is not None or b.vague is not None:
        if a.vague is not None and b.vague is not None and a.low < b.low:
            unit = "count"
            return Figure(a.low, a.low, b.high, unit, "vague", relation, "ok"), "", None
        return UNPARSED, "range mixing a number and a vague word", None
    av, bv = a.value, b.value
    if bv < av and a.big_part > 0 and b.big_part == 0 and bv < a.big_unit:
        bv = a.big_part + bv
    else:
        av = _share_magnitude(a, b)
    if not av < bv:
        return UNPARSED, "not an increasing range (ratio, score or two figures)", None
    pct = a.pct or b.pct
    low, high = av, bv
    pre, _ = _scan_before(units, a.start, lo_a, "q")
    if pre is not None and _scan_before(units, a.start, lo_a, "rpre")[0] is not None:
        pre = None
    post, _ = _scan_after(units, b.end, n, "qp")
    mid = [g.cats.get("q") for g in gap[1:]]
    if pre == "at_least" or post == "at_least" or "at_least" in mid:
        high = NAN
    if pre in ("at_most", "nearly"):
        low = NAN
    best = (av + bv) / 2.0
    unit = "percent" if pct else "count"
    if _scan_after(units, b.end, n, "unit")[0] is not None:
        return UNPARSED, "unit size, not a count", None
    return Figure(low, best, high, unit, "range", relation, "ok"), "", None


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------

_CACHE: dict[tuple[str, str | None], tuple[Figure, str]] = {}
# unparsed reasons that do not depend on the value of the one digit group
_VALUE_FREE_REASONS = frozenset(("rate or per-unit figure", "fraction or ratio"))
_TEMPLATES: dict[tuple[str, str | None], tuple] = {}
_CACHE_LIMIT = 1_000_000


def _language(text: str, hint: str | None) -> tuple[_Lang, bool]:
    """Choose the table for *text*: the hint when it has one, else a guess."""
    words = None
    if hint:
        hint = hint.strip().lower()[:2]
    if hint in _LANGS:
        lang = _LANGS[hint]
        if not _HAS_CJK.search(text) and hint not in ("ko", "ja", "zh"):
            words = _words(text)
            if words and not any(w in lang.known or lang.compound_value(w) for w in words):
                other = _LANGS[_guess_language(text, words)]
                if any(w in other.known or other.compound_value(w) for w in words):
                    return other, False
        return lang, False
    if words is None:
        words = _words(text)
    guess = _guess_language(text, words)
    return _LANGS[guess], bool(hint)


def _rewrite(text: str, lang: _Lang) -> str:
    for pat, rep in lang.rewrites:
        if rep == "FR7099":
            text = pat.sub(_fr_7099, text)
        else:
            text = pat.sub(rep, text)
    return text


_FR_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}  # fmt: skip


def _fr_7099(m: re.Match[str]) -> str:
    base = 60 if m.group(1) == "soixante" else 80
    tail = m.group(3)
    return str(base + (_FR_UNITS.get(tail.replace(" ", "-"), 0) if tail else 0))


def _parse(text: str, hint: str | None) -> tuple[Figure, str]:
    norm = _normalise(text)
    # Template path: the same wording with one other digit group was read before.
    # The wording decides the language, the qualifier and the multiplier; the digit
    # group only scales the result.  Possible years never take this path.
    parts = _DIGITS_SPLIT.split(norm)
    key = None
    raw = ""
    if len(parts) == 3:
        raw = parts[1]
        plural = parts[2][:1] == "s" and not parts[2][1:2].isalpha()  # "1,000s"
        if not plural and not (len(raw) == 4 and raw.isdigit() and raw[0] in "12"):
            key = (parts[0], parts[2], hint)
            hit = _TEMPLATES.get(key)
            if hit is not None:
                return _from_template(hit, _digits_value(raw))
    lang, strict = _language(norm, hint)
    body = _DATE_RE.sub(" ", norm)
    if lang.rewrites:
        body = _rewrite(body, lang)
    fig, reason, q, dropped = _decide_all(body, lang, strict)
    if key is not None and body == norm and not dropped:
        if fig.status == "unparsed":
            if reason in _VALUE_FREE_REASONS:
                _TEMPLATES[key] = (None, fig, reason)
        elif q is not None and q.linear and fig.qualifier != "range":
            x = _digits_value(raw)
            if x:
                _TEMPLATES[key] = ((fig.low / x, fig.best / x, fig.high / x), fig, reason)
    return fig, reason


def _from_template(hit: tuple, x: float) -> tuple[Figure, str]:
    mults, fig, reason = hit
    if mults is None:
        return fig, reason
    lo, be, hi = mults
    return Figure(lo * x, be * x, hi * x, fig.unit, fig.qualifier, fig.relation, fig.status), reason


def _cached(text: object, lang: object) -> tuple[Figure, str]:
    if not isinstance(text, str):
        number = isinstance(text, (int, float, np.integer, np.floating))
        if number and not isinstance(text, bool) and math.isfinite(text):
            text = str(int(text)) if float(text).is_integer() else str(float(text))
        else:
            return UNPARSED, "no text"
    hint = lang if isinstance(lang, str) and lang else None
    key = (text, hint)
    hit = _CACHE.get(key)
    if hit is None:
        try:
            hit = _parse(text, hint)
        except Exception as exc:  # noqa: BLE001 - a phrase must never stop a run
            hit = (UNPARSED, f"parser error: {type(exc).__name__}")
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = hit
    return hit


def clear_cache() -> None:
    """Forget every phrase read so far (used by the benchmark)."""
    _CACHE.clear()
    _TEMPLATES.clear()


def parse_figure(text: str, lang: str | None = None) -> Figure:
    """Read one reported figure under the codebook.

    Parameters
    ----------
    text : str
        The figure as reported ("more than 3,000", "über 3.000", "1만여 명").
    lang : str, optional
        ISO 639-1 hint ("en", "de", "ko" ...).  Without it the language is
        guessed from the script and the words.

    Returns
    -------
    Figure
        ``low, best, high`` (NaN where open or unknown), ``unit``,
        ``qualifier``, ``relation`` and ``status``.  Never raises on a string.

    Examples
    --------
    >>> parse_figure("more than 3,000")
    Figure(low=3000.0, best=3000.0, high=nan, unit='count', qualifier='at_least', \
relation='total', status='ok')
    """
    return _cached(text, lang)[0]


def explain_figure(text: str, lang: str | None = None) -> str:
    """Return why a phrase is unparsed (empty string when it parses).

    Parameters
    ----------
    text : str
        The figure as reported.
    lang : str, optional
        ISO 639-1 hint.

    Returns
    -------
    str
        The codebook reason ("several quantities ...", "fraction or ratio" ...).
    """
    return _cached(text, lang)[1]


_QUAL_CODE = {q: k for k, q in enumerate(QUALIFIERS)}
_REL_CODE = {r: k for k, r in enumerate(RELATIONS)}
_STATUS_CODE = {s: k for k, s in enumerate(STATUSES)}
_UNIT_CODE = {u: k for k, u in enumerate(UNITS)}


def parse_figures(texts: pd.Series, lang: pd.Series | str | None = None) -> pd.DataFrame:
    """Read a column of reported figures.

    Each distinct (text, language) pair is parsed once and the results are
    broadcast back, so a column with realistic repetition costs little more
    than its distinct phrases.

    Parameters
    ----------
    texts : pandas.Series
        Figures as reported; missing values give unparsed rows.
    lang : pandas.Series or str, optional
        ISO 639-1 hints, one per row (aligned on position) or one for all.

    Returns
    -------
    pandas.DataFrame
        Columns ``low, best, high`` (float64) and ``unit, qualifier,
        relation, status`` (categorical), with the index of *texts*.
    """
    n = len(texts)
    t_codes, t_uniques = pd.factorize(texts, use_na_sentinel=True)
    t_codes = t_codes.astype(np.int64) + 1
    if isinstance(lang, pd.Series):
        l_codes, l_uniques = pd.factorize(lang, use_na_sentinel=True)
        l_codes = l_codes.astype(np.int64) + 1
        width = len(l_uniques) + 1
        codes, pairs = pd.factorize(t_codes * width + l_codes)
        pair_t = pairs // width
        pair_l = pairs % width
        lang_of = [None, *list(l_uniques)]
        langs = [lang_of[k] for k in pair_l]
    else:
        codes, pair_t = pd.factorize(t_codes)
        langs = [lang] * len(pair_t)
    text_of = [None, *list(t_uniques)]
    m = len(pair_t)
    low = np.empty(m, dtype=np.float64)
    best = np.empty(m, dtype=np.float64)
    high = np.empty(m, dtype=np.float64)
    unit = np.empty(m, dtype=np.int8)
    qual = np.empty(m, dtype=np.int8)
    rel = np.empty(m, dtype=np.int8)
    status = np.empty(m, dtype=np.int8)
    for k in range(m):
        f = _cached(text_of[pair_t[k]], langs[k])[0]
        low[k], best[k], high[k] = f.low, f.best, f.high
        unit[k] = _UNIT_CODE[f.unit]
        qual[k] = _QUAL_CODE[f.qualifier]
        rel[k] = _REL_CODE[f.relation]
        status[k] = _STATUS_CODE[f.status]
    if n == 0:
        codes = np.empty(0, dtype=np.intp)

    def cat(arr: np.ndarray, cats: tuple[str, ...]) -> pd.Categorical:
        return pd.Categorical.from_codes(arr.take(codes), categories=list(cats))

    return pd.DataFrame(
        {
            "low": low.take(codes),
            "best": best.take(codes),
            "high": high.take(codes),
            "unit": cat(unit, UNITS),
            "qualifier": cat(qual, QUALIFIERS),
            "relation": cat(rel, RELATIONS),
            "status": cat(status, STATUSES),
        },
        index=texts.index,
    )
