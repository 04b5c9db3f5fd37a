"""Publication dates and reported periods as intervals with a precision.

A claim's period phrase ("since October", "in just three days", "先週",
"le 23 décembre") becomes an interval ``start .. end`` (both inclusive) plus a
precision, in the spirit of UCDP's ``date_prec`` and ACLED's ``time_precision``,
never a falsely exact point. Relative phrases resolve against the publication
date; without one they are ``unresolved``, not guessed. Nothing here reads the
clock.

The conventions are documented in ``docs/codebook.md`` (section "Periods"); the
language tables are in :mod:`analysis.period_words`.

This module is pure: it imports only the standard library, numpy and pandas.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from analysis.period_words import LANGUAGES

__all__ = [
    "PRECISIONS",
    "STATUSES",
    "Period",
    "explain_period",
    "parse_period",
    "parse_periods",
    "to_date",
]

PRECISIONS = (
    "day",
    "week",
    "part_of_month",
    "month",
    "season",
    "quarter",
    "year",
    "span",
    "open",
    "none",
)
"""Allowed values of :attr:`Period.precision`, finest first."""

STATUSES = ("ok", "unresolved", "unparsed")
"""Allowed values of :attr:`Period.status`."""


class Period(NamedTuple):
    """A reported period as an inclusive interval with a precision.

    Attributes
    ----------
    start, end : datetime.date or None
        First and last day of the interval, both inclusive. ``None`` means open
        on that side (precision ``open``) or not known (status ``unresolved``).
    precision : str
        One of :data:`PRECISIONS`.
    status : str
        ``ok``; ``unresolved`` (a relative phrase without a publication date);
        ``unparsed`` (empty or not understood).
    """

    start: date | None
    end: date | None
    precision: str
    status: str


UNPARSED = Period(None, None, "none", "unparsed")

# --------------------------------------------------------------------------- dates


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _last_day(y, m))


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _shift_months(d: date, k: int) -> date:
    y, m = _add_months(d.year, d.month, k)
    return date(y, m, min(d.day, _last_day(y, m)))


_PART_DAYS = {
    "begin": (1, 10),
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}


def _part_of_month(y: int, m: int, part: str) -> tuple[date, date]:
    a, b = _PART_DAYS[part]
    return date(y, m, a), date(y, m, min(b, _last_day(y, m)))


_SEASON_MONTHS = {"winter": -1, "spring": 3, "summer": 6, "autumn": 9}


def _season(y: int, s: str) -> tuple[date, date]:
    """Meteorological season; winter *y* is December y-1 to February y."""
    first = _SEASON_MONTHS[s]
    sy, sm = (y - 1, 12) if first == -1 else (y, first)
    ey, em = _add_months(sy, sm, 2)
    return date(sy, sm, 1), date(ey, em, _last_day(ey, em))


def _quarter(y: int, q: int) -> tuple[date, date]:
    m = 3 * (q - 1) + 1
    return date(y, m, 1), date(y, m + 2, _last_day(y, m + 2))


def _half(y: int, h: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _latest(f, ref: date, years_back: int = 3) -> tuple[date, date] | None:
    """Latest ``f(year)`` whose start is on or before *ref*."""
    for y in range(ref.year + 1, ref.year - years_back - 1, -1):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[0] <= ref:
            return iv
    return None


def _latest_ended(f, pub: date) -> tuple[date, date] | None:
    """Latest ``f(year)`` that ended strictly before *pub* ("last April")."""
    for y in range(pub.year + 1, pub.year - 4, -1):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[1] < pub:
            return iv
    return None


def _earliest_after(f, pub: date) -> tuple[date, date] | None:
    """Earliest ``f(year)`` that starts strictly after *pub* ("next April")."""
    for y in range(pub.year - 1, pub.year + 3):
        try:
            iv = f(y)
        except ValueError:
            continue
        if iv[0] > pub:
            return iv
    return None


def _nearest(f, pub: date) -> tuple[date, date]:
    """Return the ``f(year)`` containing *pub*, else the nearest one (ties: the past)."""
    cands = [f(y) for y in range(pub.year - 2, pub.year + 3)]
    return min(cands, key=lambda c: (max((c[0] - pub).days, (pub - c[1]).days, 0), c[0] > pub))


def to_date(value: Any) -> date | None:
    """Coerce a publication date; empty, missing or invalid values become None."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value).date()
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return None
    return None


# ---------------------------------------------------------------------- tokenising

_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
_SCRIPTS = {
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "han": re.compile(r"[\u3400-\u9fff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "latin": re.compile(r"[a-z\u00c0-\u024f]"),
}

# private-use characters (not \w) used as markers by the normaliser
_ORD, _QMARK, _HMARK = "\ue001", "\ue002", "\ue003"

_NUMERIC = [
    # 2024-12-19, 2024/12/19, 2024.12.19
    ("ymd", r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"),
    # 19.12.2024, 19/12/2024, 19-12-2024 (day first), 19.12.24
    ("dmy", r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d])"),
    # 12/2024, 12.2024 -> month and year
    ("my", r"(\d{1,2})[./](\d{4})(?![\d])"),
    # 2024-12 -> year and month (2024-25 is a year range, see the engine)
    ("ym", r"(\d{4})-(\d{2})(?![\d./-])"),
    # 14/12, 14.12. (day first, no year)
    ("dm", r"(\d{1,2})[/.](\d{1,2})(?![\d/])\.?"),
    ("q", _QMARK + r"([1-4])"),
    ("h", _HMARK + r"([12])"),
    ("num", r"(\d+)(" + _ORD + r")?"),
    ("dash", r"[-~]"),
]


def _is_cjk(fragment: str) -> bool:
    return bool(_CJK.match(fragment))


_RE_NUMERIC = re.compile("|".join(f"(?P<{k}>{pat})" for k, pat in _NUMERIC))
_RE_TOKEN = re.compile(_RE_NUMERIC.pattern + r"|(?P<word>[^\W\d_]+)")
_NUMERIC_GROUPS = {k: _RE_NUMERIC.groupindex[k] for k, _ in _NUMERIC}


def _numeric(m: re.Match) -> tuple[str, Any]:
    kind = m.lastgroup
    i = _NUMERIC_GROUPS[kind]
    n_inner = re.compile(dict(_NUMERIC)[kind]).groups
    return _numeric_token(kind, list(m.groups()[i : i + n_inner]))


class _Tagger:
    """Dictionary look-up of one language table (no regular expression per word).

    Latin, Cyrillic... tables match whole words and multi-word phrases, longest
    first; Korean, Japanese and Chinese tables match substrings, longest first.
    """

    def __init__(self, code: str, table: dict) -> None:
        entries: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
        for i, frags in enumerate(table.get("months", [])):
            entries += [(f, (("month", i + 1),)) for f in frags]
        for i, frags in enumerate(table.get("weekdays", [])):
            entries += [(f, (("wd", i),)) for f in frags]
        for name, frags in table.get("seasons", {}).items():
            entries += [(f, (("season", name),)) for f in frags]
        for key, frags in table.get("words", {}).items():
            tags = tuple(_parse_tag(t) for t in key.split())
            entries += [(f, tags) for f in frags]
        self.code = code
        self.cjk = any(_is_cjk(f) for f, _ in entries)
        # exact[(w1, w2, ...)] and stems[(w1, ..., prefix)]; the first entry wins
        self.exact: dict[tuple[str, ...], tuple] = {}
        self.stems: dict[tuple[str, ...], tuple] = {}
        self.chars: dict[str, tuple] = {}
        for frag, tags in entries:
            if self.cjk:
                self.chars.setdefault(frag, tags)
                continue
            stem = frag.endswith("\\w*")
            words = tuple(_RE_WORD.findall(frag[:-3] if stem else frag))
            if words:
                (self.stems if stem else self.exact).setdefault(words, tags)
        self.max_words = max((len(k) for k in [*self.exact, *self.stems]), default=1)
        # a word can start a match only if it is a known first word or has a stem prefix
        self.first_words = {k[0] for k in self.exact} | {k[0] for k in self.stems if len(k) > 1}
        self.single_stems = {k[0] for k in self.stems if len(k) == 1}
        self.char_lengths = sorted({len(k) for k in self.chars}, reverse=True)
        script_text = " ".join(f for f, _ in entries)
        self.scripts = {k for k, rx in _SCRIPTS.items() if rx.search(script_text)}

    def tokens(self, text: str) -> tuple[list[tuple[str, Any]], int]:
        """Tokens of a normalised phrase and the number of characters they cover."""
        return self._tokens_cjk(text) if self.cjk else self._tokens_words(text)[:2]

    def knows(self, word: str) -> bool:
        """Whether a match could start at *word* (a cheap test, before tokenising)."""
        return word in self.first_words or any(
            word[:j] in self.single_stems for j in range(len(word), 0, -1)
        )

    def _tokens_words(self, text: str) -> tuple[list[tuple[str, Any]], int, list[str]]:
        out: list[tuple[str, Any]] = []
        skipped: list[str] = []
        covered = 0
        items: list[tuple[str, Any]] = []  # ("w", word) or ("t", token)
        for m in _RE_TOKEN.finditer(text):
            if m.lastgroup == "word":
                items.append(("w", m.group(0)))
            else:
                tok = _numeric(m)
                items.append(("t", tok))
                if tok[0] != "dash":
                    covered += len(m.group(0))
        i, n = 0, len(items)
        exact, stems = self.exact, self.stems
        while i < n:
            kind, val = items[i]
            if kind == "t":
                out.append(val)
                i += 1
                continue
            best = None
            if not self.knows(val):
                skipped.append(val)
                i += 1
                continue
            for k in range(min(self.max_words, n - i), 0, -1):
                span = items[i : i + k]
                if any(x[0] != "w" for x in span):
                    continue
                words = tuple(x[1] for x in span)
                tags = exact.get(words)
                if tags is None and stems:
                    last = words[-1]
                    head = words[:-1]
                    for j in range(len(last), 0, -1):
                        tags = stems.get((*head, last[:j]))
                        if tags is not None:
                            break
                if tags is not None:
                    best = (k, tags, sum(len(w) for w in words))
                    break
            if best is None:
                skipped.append(val)
                i += 1
                continue
            k, tags, width = best
            out.extend(tags)
            covered += width
            i += k
        return out, covered, skipped

    def _tokens_cjk(self, text: str) -> tuple[list[tuple[str, Any]], int]:
        out: list[tuple[str, Any]] = []
        covered = 0
        i, n = 0, len(text)
        chars, lengths = self.chars, self.char_lengths
        while i < n:
            m = _RE_NUMERIC.match(text, i)
            if m and m.end() > i:
                tok = _numeric(m)
                out.append(tok)
                if tok[0] != "dash":
                    covered += m.end() - i
                i = m.end()
                continue
            for k in lengths:
                tags = chars.get(text[i : i + k])
                if tags is not None:
                    out.extend(tags)
                    covered += k
                    i += k
                    break
            else:
                i += 1
        return out, covered


_RE_WORD = re.compile(r"[^\W\d_]+|\d+")


def _parse_tag(t: str) -> tuple[str, Any]:
    if ":" not in t:
        return (t, None)
    k, v = t.split(":", 1)
    if k in ("day", "n", "ord", "month", "wd"):
        return (k if k != "day" else "dayrel", int(v))
    return (k, v)


def _numeric_token(kind: str, g: list) -> tuple[str, Any]:
    if kind == "ymd":
        return ("date", (int(g[0]), int(g[1]), int(g[2])))
    if kind == "dmy":
        y = int(g[2])
        y = y + 2000 if len(g[2]) == 2 else y
        a, b = int(g[0]), int(g[1])
        # day first; month first only when day first is impossible (12/19/2024)
        if b > 12 >= a:
            a, b = b, a
        return ("date", (y, b, a))
    if kind == "my":
        return ("ym", (int(g[1]), int(g[0])))
    if kind == "ym":
        y, m = int(g[0]), int(g[1])
        if 1 <= m <= 12:
            return ("ym", (y, m))
        return ("yrange", (y, (y // 100) * 100 + m))
    if kind == "dm":
        a, b = int(g[0]), int(g[1])
        if b > 12 >= a:
            a, b = b, a
        return ("date", (None, b, a))
    if kind == "q":
        return ("quarter", int(g[0]))
    if kind == "h":
        return ("half", int(g[0]))
    if kind == "num":
        return ("num", (int(g[0]), len(g[0]), bool(g[1])))
    return ("dash", None)


_RE_SPACES = re.compile(r"\s+")
_RE_QH = re.compile(r"(?<![\w])([qh])([1-4])(?![\w])")
_RE_ORD = re.compile(
    r"(?<![\w.])(\d{1,2})(?:st|nd|rd|th|er|re|ère|ème|eme|e|º|ª|°|-?(?:го|е|й|я|ого|м))(?![\w])"
    r"|(?<![\w.])(\d{1,2})\.(?=\s|$)"
)
_RE_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-|-(?=[^\W\d_])")
_RE_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def _ord_sub(m: re.Match) -> str:
    return (m.group(1) or m.group(2)) + _ORD


def _normalise(text: str) -> str:
    t = text.lower().strip()
    t = t.replace("\u2019", "'").replace("`", "'").replace("\u02bc", "'").replace("´", "'")
    t = re.sub(r"[\u2010-\u2015\u2212\u2e3a]", "-", t)
    t = re.sub(r"[~\u301c\uff5e]", "~", t)
    t = t.replace("\uff08", "(").replace("\uff09", ")").replace("\u3000", " ")
    t = re.sub(r"[\uff10-\uff19]", lambda m: str(ord(m.group(0)) - 0xFF10), t)
    t = _RE_QH.sub(lambda m: (_QMARK if m.group(1) == "q" else _HMARK) + m.group(2), t)
    t = _RE_ORD.sub(_ord_sub, t)
    t = _RE_LETTER_HYPHEN.sub(" ", t)
    t = _RE_DIGIT_LETTER.sub(" ", t)
    t = re.sub(r"[,;:!?\"«»“”„()\[\]]", " ", t)
    return _RE_SPACES.sub(" ", t).strip()


_TAGGERS: dict[str, _Tagger] = {code: _Tagger(code, tbl) for code, tbl in LANGUAGES.items()}


# ------------------------------------------------------------------------ grammar

_CONNECT = {"since": "since", "from": "since", "until": "until", "to": "until"}
_POINT_KINDS = ("month", "wd", "date", "season", "day")


class _NeedPub(Exception):
    """A relative phrase needs the publication date, which is missing."""


class _Fail(Exception):
    """The tokens do not make a period."""


def _merge(tokens: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Join numbers with their markers and units ("2025 年", "three days", "Q1")."""
    out: list[tuple[str, Any]] = []
    i = 0
    n = len(tokens)
    while i < n:
        kind, v = tokens[i]
        nk = tokens[i + 1][0] if i + 1 < n else None
        nv = tokens[i + 1][1] if i + 1 < n else None
        if kind in ("num", "n") and nk == "rel" and nv == "past":
            j = i + 2
            while j < n and tokens[j][0] == "pl":
                j += 1
            if j < n and tokens[j][0] in ("unit", "units"):
                val = v[0] if kind == "num" else v
                out.append(("rel", "past"))
                out.append(("count", (val, tokens[j][1])))
                i = j + 1
                continue
        if kind == "num":
            val, ndig, is_ord = v
            if nk == "ymark":
                out.append(("year", val + 2000 if ndig <= 2 else val))
                i += 2
                continue
            if nk == "mmark" and 1 <= val <= 12:
                out.append(("month", val))
                i += 2
                continue
            if nk == "dmark" and 1 <= val <= 31:
                out.append(("day", val))
                i += 2
                continue
            if nk in ("unit", "units") and not is_ord and ndig <= 3:
                out.append(("count", (val, nv)))
                i += 2
                continue
            if nk == "quarterw" and 1 <= val <= 4:
                out.append(("quarter", val))
                i += 2
                continue
            if nk == "halfw" and val in (1, 2):
                out.append(("half", val))
                i += 2
                continue
            if ndig == 4 and 1900 <= val <= 2100:
                out.append(("year", val))
            elif is_ord and 1 <= val <= 31:
                out.append(("day", val))
            elif 1 <= val <= 31 and ndig <= 2:
                out.append(("bare", val))
            i += 1
            continue
        if kind == "n":
            if nk in ("unit", "units"):
                out.append(("count", (v, nv)))
                i += 2
            elif nk == "few" and i + 2 < n and tokens[i + 2][0] in ("unit", "units"):
                out.append(("vague", tokens[i + 2][1]))
                i += 3
            else:
                i += 1
            continue
        if kind == "few":
            if nk in ("unit", "units"):
                out.append(("vague", nv))
                i += 2
            else:
                i += 1
            continue
        if kind == "ord":
            if nk in ("unit",) and nv == "week" and 1 <= v <= 5:
                out.append(("nthweek", v))
                i += 2
                continue
            if v == 1 and nk in ("num", "n") and i + 2 < n and tokens[i + 2][0] == "units":
                cnt = nv[0] if nk == "num" else nv
                out.append(("firstn", (cnt, tokens[i + 2][1])))
                i += 3
                continue
            if nk == "quarterw" and 1 <= v <= 4:
                out.append(("quarter", v))
                i += 2
            elif nk == "halfw" and v in (1, 2):
                out.append(("half", v))
                i += 2
            else:
                i += 1
            continue
        if kind == "quarterw":
            if nk == "num" and 1 <= nv[0] <= 4:
                out.append(("quarter", nv[0]))
                i += 2
            else:
                out.append(("unit", "quarter"))
                i += 1
            continue
        if kind == "ymark":
            out.append(("unit", "year"))
            i += 1
            continue
        if kind in ("mmark", "dmark", "halfw"):
            i += 1
            continue
        out.append((kind, v))
        i += 1
    return out


def _segments(items: list[tuple[str, Any]]) -> tuple[list[list], set[str]]:
    """Split at connectors (between, and, from, to, since, until, dashes)."""
    segs: list[list] = [[]]
    conns: set[str] = set()
    for kind, v in items:
        if kind in ("since", "from", "until", "to", "between", "and", "dash"):
            conns.add(_CONNECT.get(kind, kind))
            if segs[-1]:
                segs.append([])
            continue
        pk = "day" if kind == "bare" else kind
        if pk in _POINT_KINDS and any(("day" if k == "bare" else k) == pk for k, _ in segs[-1]):
            segs.append([])  # "de enero a marzo", "hari Jumat dan Sabtu"
        segs[-1].append((kind, v))
    return [s for s in segs if s], conns


_ANCHOR_KINDS = {
    "year",
    "month",
    "day",
    "date",
    "ym",
    "wd",
    "season",
    "quarter",
    "half",
    "bare",
    "dayrel",
    "now",
    "count",
    "vague",
    "before",
    "future",
    "yrange",
    "weekend",
    "nthweek",
    "firstn",
}


def _fields(seg: list) -> dict:
    f: dict[str, Any] = {}
    for kind, v in seg:
        if kind == "date":
            y, m, d = v
            if y is not None:
                f.setdefault("year", y)
            f.setdefault("month", m)
            f.setdefault("day", d)
            f["explicit_date"] = True
        elif kind == "ym":
            f.setdefault("year", v[0])
            f.setdefault("month", v[1])
        elif kind == "bare":
            f.setdefault("bare", v)
        elif kind in ("now", "before", "future", "within", "ago", "pl", "deadline", "weekend"):
            f[kind] = True
        elif kind in ("unit", "units"):
            if kind == "units" or "unit" not in f:
                f[kind] = v
        else:
            f.setdefault(kind, v)
    if f.get("pl") and "unit" in f and "units" not in f:
        f["units"] = f.pop("unit")
    if "bare" in f and "month" in f and "day" not in f:
        f["day"] = f.pop("bare")
    return f


def _has_anchor(f: dict) -> bool:
    if any(k in f for k in _ANCHOR_KINDS):
        return True
    if "units" in f and any(k in f for k in ("within", "rel", "now", "ago")):
        return True
    if "unit" in f and "within" in f:
        return True
    if f.get("rel") == "past" and len(f) == 1:  # "in the past"
        return True
    if f.get("unit") in ("year", "month", "week", "quarter") and (
        "part" in f or "before" in f or "half" in f
    ):
        return True
    return "rel" in f and ("unit" in f or "units" in f)


class _Res(NamedTuple):
    start: date | None
    end: date | None
    precision: str
    rule: str


def _need(pub: date | None) -> date:
    if pub is None:
        raise _NeedPub
    return pub


def _window(pub: date, n: int, unit: str, future: bool) -> tuple[date, date]:
    if unit == "hour":
        k = -(-n // 24)
        return (pub, pub + timedelta(days=k)) if future else (pub - timedelta(days=k), pub)
    # the window ends at an unknown hour of the publication day, so it starts at the
    # same unknown hour N units earlier: the covering interval is pub - N .. pub
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        if future:
            return pub, pub + timedelta(days=days)
        return pub - timedelta(days=days), pub
    months = n * (12 if unit == "year" else 3 if unit == "quarter" else 1)
    if future:
        return pub, _shift_months(pub, months)
    return _shift_months(pub, -months), pub


def _ago(pub: date, n: int, unit: str) -> _Res:
    if unit in ("day", "hour"):
        d = pub - timedelta(days=n if unit == "day" else -(-n // 24))
        return _Res(d, d, "day", "ago")
    if unit == "week":
        mon = _monday(pub - timedelta(days=7 * n))
        return _Res(mon, mon + timedelta(days=6), "week", "ago")
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, -n)
        return _Res(*_month(y, m), "month", "ago")
    if unit == "year":
        return _Res(*_year(pub.year - n), "year", "ago")
    raise _Fail


_REL_OFFSET = {"last": -1, "this": 0, "next": 1}


def _resolve(f: dict, pub: date | None, ref: date | None) -> _Res:
    """Resolve one segment's fields into an interval."""
    rel = f.get("rel")
    unit = f.get("unit")
    units = f.get("units")
    future = bool(f.get("future")) or rel == "next"

    # explicit count: "in just three days", "over the last 24 hours", "3 days ago"
    count = f.get("count")
    if count is None and f.get("ago") and "day" in f and "month" not in f:
        count = (f["day"], "day")  # 3일 전, 3日前
    if count is not None:
        n, u = count
        if n <= 0:
            raise _Fail
        p = _need(pub)
        if f.get("ago"):
            return _ago(p, n, u)
        if u == "quarter":
            u, n = "month", 3 * n
        s, e = _window(p, n, u, future)
        return _Res(s, e, "span", "window_future" if future else "window")

    # vague windows: "in recent weeks", "in just a few days", "within months"
    vague = f.get("vague")
    if vague is None and units and not any(k in f for k in ("year", "month", "season", "wd")):
        if rel in ("past", "last", "next") or f.get("before") or future or f.get("within"):
            vague = units
        elif f.get("ago"):
            vague = units
        elif f.get("now"):
            vague = units
    if vague is not None:
        p = _need(pub)
        if future or f.get("within"):
            return _Res(p, None, "open", "vague_future")
        return _Res(None, p, "open", "vague_past")

    # a single rolling unit: "in the past week", "over the last month", "протягом тижня"
    if (
        (rel == "past" or (f.get("within") and rel is None))
        and unit
        and not any(k in f for k in ("year", "month", "wd", "day", "part"))
    ):
        p = _need(pub)
        s, e = _window(p, 1, unit, False)
        return _Res(s, e, "span", "window")

    if f.get("weekend"):
        p = _need(pub)
        if rel in _REL_OFFSET:
            sat = _monday(p) + timedelta(days=5 + 7 * _REL_OFFSET[rel])
        else:
            sat = p - timedelta(days=(p.weekday() - 5) % 7)
        return _Res(sat, sat + timedelta(days=1), "span", "weekend")

    if unit == "day" and rel in ("next", "last") and len(f) == 2:
        raise _Fail  # "the next day", "the previous day": relative to the story, not to P

    if "dayrel" in f:
        p = _need(pub)
        d = p + timedelta(days=f["dayrel"])
        return _Res(d, d, "day", "relative_day")

    # implicit "this": "by the end of the year", "since the beginning of the year"
    if rel is None and unit in ("year", "month", "week", "quarter"):
        if ("part" in f or f.get("before") or "half" in f) and not (
            "year" in f or ("month" in f and unit == "month")
        ):
            rel = "this"

    year = f.get("year")
    year_rel = False
    if year is None and unit == "year" and rel in _REL_OFFSET:
        year = _need(pub).year + _REL_OFFSET[rel]
        year_rel = True

    firstn = f.get("firstn")
    if firstn is not None and firstn[1] == "month" and "month" not in f:
        if year is None:
            year = _need(pub).year
        k = firstn[0]
        if not 1 <= k <= 12:
            raise _Fail
        return _Res(date(year, 1, 1), _month(year, k)[1], "span", "first_months")

    month = f.get("month")
    month_year = year
    month_rel = False
    if month is None and unit == "month" and rel in _REL_OFFSET:
        p = _need(pub)
        month_year, month = _add_months(p.year, p.month, _REL_OFFSET[rel])
        month_rel = True

    week = None
    if unit == "week" and rel in _REL_OFFSET:
        week = _monday(_need(pub)) + timedelta(days=7 * _REL_OFFSET[rel])

    day = f.get("day")
    if day is None and "bare" in f and (month is not None):
        day = f["bare"]

    wd = f.get("wd")
    if wd is not None and day is None:
        if week is not None:
            d = week + timedelta(days=wd)
            return _Res(d, d, "day", "weekday_in_week")
        p = _need(pub)
        if rel == "last":
            d = p - timedelta(days=(p.weekday() - wd - 1) % 7 + 1)
        elif rel == "next":
            d = p + timedelta(days=(wd - p.weekday() - 1) % 7 + 1)
        elif rel == "this":
            d = _monday(p) + timedelta(days=wd)
        elif f.get("deadline") and ref is None:
            d = p + timedelta(days=(wd - p.weekday()) % 7)
        else:
            r = ref or p
            d = r - timedelta(days=(r.weekday() - wd) % 7)
        return _Res(d, d, "day", "weekday")

    if day is not None:
        if month is not None:
            if month_year is not None:
                try:
                    d = date(month_year, month, day)
                except ValueError as exc:
                    raise _Fail from exc
                rule = "day" if not month_rel else "day_in_relative_month"
                return _Res(d, d, "day", rule)
            r = ref or _need(pub)

            def mk(y: int, mo: int = month, dd: int = day) -> tuple[date, date]:
                x = date(y, mo, dd)
                return x, x

            iv = _latest(mk, r, years_back=8)
            if iv is None:
                raise _Fail
            return _Res(iv[0], iv[1], "day", "day_without_year")
        if not (1 <= day <= 31):
            raise _Fail
        r = ref or _need(pub)
        y, mo = r.year, r.month
        for _ in range(24):
            if day <= _last_day(y, mo) and date(y, mo, day) <= r:
                d = date(y, mo, day)
                return _Res(d, d, "day", "day_of_month")
            y, mo = _add_months(y, mo, -1)
        raise _Fail

    part = f.get("part")
    if month is not None:
        if not 1 <= month <= 12:
            raise _Fail

        def mk_month(y: int, mo: int = month) -> tuple[date, date]:
            return _month(y, mo)

        if month_year is not None:
            iv = mk_month(month_year)
            rule = "month" if not month_rel else "relative_month"
        elif rel == "last":
            iv = _latest_ended(mk_month, _need(pub))
            rule = "last_named_month"
        elif rel == "next":
            iv = _earliest_after(mk_month, _need(pub))
            rule = "next_named_month"
        elif rel == "this":
            iv = mk_month(_need(pub).year)
            rule = "month"
        elif f.get("_until") and ref is None:
            iv = _nearest(mk_month, _need(pub))
            rule = "month_without_year"
        else:
            iv = _latest(mk_month, ref or _need(pub))
            rule = "month_without_year"
        if iv is None:
            raise _Fail
        y0, last = iv[0].year, _last_day(iv[0].year, month)
        if firstn is not None and firstn[1] in ("day", "week"):
            k = firstn[0] * (7 if firstn[1] == "week" else 1)
            if not 1 <= k <= last:
                raise _Fail
            return _Res(date(y0, month, 1), date(y0, month, k), "span", "first_days_of_month")
        if "half" in f:
            a, b = (1, 15) if f["half"] == 1 else (16, last)
            return _Res(date(y0, month, a), date(y0, month, b), "span", "half_month")
        if unit == "week" and rel in ("last", "past") and not month_rel:
            d0 = date(y0, month, last)
            return _Res(d0 - timedelta(days=6), d0, "week", "last_week_of_month")
        nth = f.get("nthweek")
        if nth is not None:
            y0 = iv[0].year
            a = 7 * (nth - 1) + 1
            if a > _last_day(y0, month):
                raise _Fail
            b = min(a + 6, _last_day(y0, month))
            return _Res(date(y0, month, a), date(y0, month, b), "week", "nth_week_of_month")
        if f.get("before") and not part:
            p = pub
            if p is not None and iv[0] <= p <= iv[1]:
                return _Res(iv[0], p, "span", "earlier_in_month")
        if part:
            iv = _part_of_month(iv[0].year, month, part)
            return _Res(iv[0], iv[1], "part_of_month", "part_of_month")
        return _Res(iv[0], iv[1], "month", rule)

    season = f.get("season")
    if season is not None:

        def mk_season(y: int, s: str = season) -> tuple[date, date]:
            return _season(y, s)

        if year is None and "yrange" in f and f["yrange"][1] == f["yrange"][0] + 1:
            year = f["yrange"][1] if season == "winter" else f["yrange"][0]
        if year is not None:
            iv = mk_season(year)
            rule = "season"
        elif rel == "last":
            iv = _latest_ended(mk_season, _need(pub))
            rule = "last_season"
        elif rel == "next":
            iv = _earliest_after(mk_season, _need(pub))
            rule = "next_season"
        elif rel == "this" or (f.get("_until") and ref is None):
            iv = _nearest(mk_season, _need(pub))
            rule = "this_season" if rel == "this" else "season_without_year"
        else:
            iv = _latest(mk_season, ref or _need(pub))
            rule = "season_without_year"
        if iv is None:
            raise _Fail
        return _Res(iv[0], iv[1], "season", rule)

    quarter = f.get("quarter")
    if quarter is None and unit == "quarter" and rel in _REL_OFFSET:
        p = _need(pub)
        qy, qm = _add_months(p.year, p.month, 3 * _REL_OFFSET[rel])
        s, e = _quarter(qy, (qm - 1) // 3 + 1)
        return _Res(s, e, "quarter", "relative_quarter")
    if quarter is not None:
        if year is not None:
            s, e = _quarter(year, quarter)
        else:
            iv = _latest(lambda y, q=quarter: _quarter(y, q), ref or _need(pub))
            if iv is None:
                raise _Fail
            s, e = iv
        return _Res(s, e, "quarter", "quarter")

    half = f.get("half")
    if half is not None:
        if year is not None:
            s, e = _half(year, half)
        else:
            iv = _latest(lambda y, h=half: _half(y, h), ref or _need(pub))
            if iv is None:
                raise _Fail
            s, e = iv
        return _Res(s, e, "span", "half_year")

    if year is not None:
        if part == "begin":
            return _Res(*_month(year, 1), "month", "beginning_of_year")
        if part == "end":
            return _Res(*_month(year, 12), "month", "end_of_year")
        if part in ("early", "mid", "late"):
            a = {"early": 1, "mid": 5, "late": 9}[part]
            return _Res(date(year, a, 1), _month(year, a + 3)[1], "span", "part_of_year")
        if f.get("before") and year_rel:
            p = _need(pub)
            if p.year == year:
                return _Res(date(year, 1, 1), p, "span", "earlier_this_year")
        if f.get("now"):
            p = _need(pub)
            if p.year == year:
                return _Res(date(year, 1, 1), p, "span", "year_to_date")
        return _Res(*_year(year), "year", "year" if not year_rel else "relative_year")

    if "yrange" in f:
        a, b = f["yrange"]
        if b < a:
            raise _Fail
        return _Res(date(a, 1, 1), date(b, 12, 31), "span", "year_range")

    if week is not None:
        if f.get("before"):
            p = _need(pub)
            if week <= p <= week + timedelta(days=6):
                return _Res(week, p, "span", "earlier_this_week")
        return _Res(week, week + timedelta(days=6), "week", "relative_week")

    if f.get("now"):
        return _Res(None, _need(pub), "open", "until_now")
    if f.get("before") or (rel == "past" and len(f) == 1):
        return _Res(None, _need(pub), "open", "earlier")
    if future:
        return _Res(_need(pub), None, "open", "future")
    raise _Fail


def _propagate(a: dict, b: dict) -> None:
    """Share context between the two ends of a range (month, year, last week...)."""
    for x, y in ((a, b), (b, a)):
        if "bare" in x and "day" not in x and "month" not in x:
            if "day" in y:
                x["day"] = x.pop("bare")
            elif "month" in y and 1 <= x["bare"] <= 12:
                x["month"] = x.pop("bare")
    for x, y in ((a, b), (b, a)):
        if "day" in x and "month" not in x and "month" in y:
            x["month"] = y["month"]
            if "year" in y and "year" not in x:
                x["year"] = y["year"]
        if "rel" in y and "rel" not in x and "year" not in x and "month" not in x:
            for k in ("rel", "unit"):
                if k in y:
                    x[k] = y[k]
    if "year" in b and "year" not in a and "rel" not in a:
        a["year"] = b["year"]
        a["_year_copied"] = True
    elif "year" in a and "year" not in b and "rel" not in b:
        b["year"] = a["year"]


def _interpret(tokens: list, pub: date | None) -> tuple[Period, str]:
    items = _merge(tokens)
    segs, conns = _segments(items)
    fs = [_fields(s) for s in segs]
    # "mid-to-late October", "Mitte bis Ende Februar": a bare part borrows the month
    for i, f in enumerate(fs[:-1]):
        if f and set(f) <= {"part"}:
            nxt = fs[i + 1]
            for k in ("month", "year", "rel", "unit"):
                if k in nxt:
                    f[k] = nxt[k]
    anchors = [f for f in fs if _has_anchor(f)]
    if not anchors:
        raise _Fail
    # context-only segments ("of last week") join the neighbouring anchor
    for f in fs:
        if not _has_anchor(f):
            target = anchors[-1]
            for k, v in f.items():
                target.setdefault(k, v)

    if len(anchors) >= 2:
        a, b = anchors[0], anchors[-1]
        if set(a) <= {"year", "season"} and set(b) <= {"year", "season"}:
            season = a.get("season") or b.get("season")
            if season and "year" in a and b.get("year") == a["year"] + 1:
                s_, e_ = _season(b["year"] if season == "winter" else a["year"], season)
                return Period(s_, e_, "season", "ok"), "season"
        if set(a) <= {"count", "rel"} and "count" in a and "until" in conns:
            rb = _resolve(b, pub, None) if (pub or "year" in b) else None
            if rb is None or rb.end is None:
                return Period(None, None, "span", "unresolved"), "window_to"
            n_, u_ = a["count"]
            s_, e_ = _window(rb.end, n_, u_, False)
            if u_ in ("month", "year", "quarter") and rb.end.day == _last_day(
                rb.end.year, rb.end.month
            ):
                k = n_ * (12 if u_ == "year" else 3 if u_ == "quarter" else 1)
                y_, m_ = _add_months(rb.end.year, rb.end.month, 1 - k)
                s_ = date(y_, m_, 1)
            return Period(s_, e_, "span", "ok"), "window_to"
        _propagate(a, b)
        try:
            rb = _resolve(b, pub, None)
        except _NeedPub:
            rb = None
        if rb is None or (rb.start is None and rb.end is None):
            return _unresolved_range(a, b)
        ref_a = rb.start or rb.end
        try:
            ra = _resolve(a, pub, ref_a)
            if ra.start is not None and rb.end is not None and ra.start > rb.end:
                if not a.get("_year_copied"):
                    raise _Fail
                a["year"] -= 1
                ra = _resolve(a, pub, ref_a)
        except _NeedPub:
            return Period(None, None, "span", "unresolved"), "range"
        start = ra.start
        end = rb.end if rb.end is not None else rb.start
        if start is not None and end is not None and start > end:
            raise _Fail
        return Period(start, end, "span", "ok"), "range"

    f = anchors[0]
    if "since" in conns and "until" not in conns:
        if f.get("now"):
            raise _Fail
        try:
            r = _resolve(f, pub, None)
        except _NeedPub:
            return Period(None, None, "span", "unresolved"), "since"
        start = r.start if r.start is not None else r.end
        if pub is None:
            return Period(start, None, "span", "unresolved"), "since"
        if start is None:
            return UNPARSED, "unparsed"
        if start > pub:  # "since" a date after publication: keep the start, end unknown
            return Period(start, None, "open", "ok"), "since"
        return Period(start, pub, "span", "ok"), "since"
    if "until" in conns and "since" not in conns:
        f["_until"] = True  # a month or season without a year: the nearest one
        try:
            r = _resolve(f, pub, None)
        except _NeedPub:
            return Period(None, None, "open", "unresolved"), "until"
        end = r.end if r.end is not None else r.start
        return Period(None, end, "open", "ok"), "until"
    try:
        r = _resolve(f, pub, None)
    except _NeedPub:
        probe = _resolve(dict(f), date(2001, 6, 15), None)
        return Period(None, None, probe.precision, "unresolved"), probe.rule
    return Period(r.start, r.end, r.precision, "ok"), r.rule


def _unresolved_range(a: dict, b: dict) -> tuple[Period, str]:
    try:
        ra = _resolve(a, None, None)
        start = ra.start
    except (_NeedPub, _Fail):
        start = None
    return Period(start, None, "span", "unresolved"), "range"


def _candidates(text: str, lang: str | None) -> list[_Tagger]:
    present = {k for k, rx in _SCRIPTS.items() if rx.search(text)}
    if lang is not None:
        lang = lang.strip().lower()[:2]
    first = _TAGGERS.get(lang) if lang else None
    others = [
        t for t in _TAGGERS.values() if t is not first and (present & t.scripts or not present)
    ]
    return ([first] if first else []) + others


def _attempt(toks: list, pub: date | None) -> tuple[Period, str] | None:
    try:
        period, rule = _interpret(toks, pub)
    except _NeedPub:
        return Period(None, None, "span", "unresolved"), "unresolved"
    except (_Fail, ValueError, OverflowError, ArithmeticError, KeyError, IndexError):
        return None
    if period.start is not None and period.end is not None and period.start > period.end:
        return None
    return period, rule


@lru_cache(maxsize=65536)
def _parse_cached(text: str, pub: date | None, lang: str | None) -> tuple[Period, str]:
    norm = _normalise(text)
    if not norm:
        return UNPARSED, "empty"
    cands = _candidates(norm, lang)
    best = first_cov = 0
    first = None
    if lang and cands and cands[0].code == lang[:2]:
        # the requested language first; the others only when it fails or reads
        # less than three quarters of the phrase (a Russian phrase filed as uk, say)
        tagger = cands[0]
        if tagger.cjk:
            toks, first_cov = tagger.tokens(norm)
            skipped = None
        else:
            toks, first_cov, skipped = tagger._tokens_words(norm)
        first = _attempt(toks, pub) if toks else None
        if first is not None and 4 * first_cov >= 3 * len(norm.replace(" ", "")):
            return first
        if first is not None and skipped is not None:
            # only another table that knows one of the words left over can read more
            others = [t for t in cands[1:] if t.cjk or any(t.knows(w) for w in skipped)]
            if not others:
                return first
            cands = [tagger, *others]
        best = first_cov
        cands = cands[1:]
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
        found = _attempt(toks, pub)
        if found is not None:
            return found
    if first is not None:
        return first
    return UNPARSED, "unparsed"


def explain_period(
    text: str, published: date | str | None = None, lang: str | None = None
) -> tuple[Period, str]:
    """Parse a period phrase and name the codebook rule that resolved it.

    Parameters
    ----------
    text : str
        The period phrase as reported.
    published : datetime.date or str or None
        Publication date (ISO string accepted); relative phrases resolve against it.
    lang : str or None
        ISO 639-1 code of the phrase; its table is tried first.

    Returns
    -------
    tuple of (Period, str)
        The period and the rule name (see the codebook), e.g. ``"since"``.
    """
    if not isinstance(text, str):
        return UNPARSED, "empty"
    lang = lang if isinstance(lang, str) and lang.strip() else None
    try:
        return _parse_cached(text, to_date(published), lang)
    except Exception:  # noqa: BLE001 - the contract is "never raises"; found by fuzzing
        return UNPARSED, "unparsed"


def parse_period(text: str, published: date | str | None = None, lang: str | None = None) -> Period:
    """Parse a reported period phrase into an interval with a precision.

    Parameters
    ----------
    text : str
        The period phrase as reported ("since October", "先週", "le 23 décembre").
    published : datetime.date or str or None
        Publication date of the article (ISO string accepted). Relative phrases
        resolve against it; without it they come back ``unresolved``.
    lang : str or None
        ISO 639-1 language code; its table is tried first, then the others.

    Returns
    -------
    Period
        ``Period(start, end, precision, status)``; never raises.

    Examples
    --------
    >>> parse_period("since October", "2024-12-19")
    Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 12, 19), \
precision='span', status='ok')
    """
    return explain_period(text, published, lang)[0]


def _as_array(values: Any, n: int) -> np.ndarray:
    if values is None or isinstance(values, (str, date)):
        return np.full(n, values, dtype=object)
    arr = np.asarray(list(values) if not isinstance(values, pd.Series) else values, dtype=object)
    if arr.shape != (n,):
        raise ValueError(f"expected {n} values, got {arr.shape}")
    return arr


def parse_periods(
    texts: Iterable[str] | pd.Series,
    published: Any = None,
    lang: Any = None,
) -> pd.DataFrame:
    """Vectorised :func:`parse_period`.

    Each distinct (text, published, lang) triple is parsed once and the results
    are broadcast back to the rows.

    Parameters
    ----------
    texts : iterable of str or pandas.Series
        Period phrases; missing values count as empty.
    published : scalar or array-like, optional
        One publication date for all rows, or one per row.
    lang : scalar or array-like, optional
        One language code for all rows, or one per row.

    Returns
    -------
    pandas.DataFrame
        Columns ``start``, ``end`` (datetime64, NaT when absent), ``precision``,
        ``status`` and ``rule``; the index of *texts* when it is a Series.
    """
    index = texts.index if isinstance(texts, pd.Series) else None
    t = pd.Series(texts, dtype=object) if not isinstance(texts, pd.Series) else texts
    n = len(t)
    t_codes, t_uniq = pd.factorize(t.to_numpy(dtype=object), use_na_sentinel=True)
    pub_raw = _as_array(published, n)
    p_codes, p_uniq = pd.factorize(pub_raw, use_na_sentinel=True)
    l_codes, l_uniq = pd.factorize(_as_array(lang, n), use_na_sentinel=True)
    nt, np_, nl = len(t_uniq) + 1, len(p_uniq) + 1, len(l_uniq) + 1
    key = (t_codes + 1).astype(np.int64) * (np_ * nl) + (p_codes + 1) * nl + (l_codes + 1)
    k_codes, k_uniq = pd.factorize(key)
    p_dates = [None] + [to_date(v) for v in p_uniq]
    t_vals = [None] + list(t_uniq)
    l_vals = [None] + list(l_uniq)
    starts, ends, precs, stats, rules = [], [], [], [], []
    for k in k_uniq:
        ti, rest = divmod(int(k), np_ * nl)
        pi, li = divmod(rest, nl)
        text = t_vals[ti] if ti < nt else None
        period, rule = explain_period(
            text if isinstance(text, str) else "", p_dates[pi], l_vals[li]
        )
        starts.append(period.start)
        ends.append(period.end)
        precs.append(period.precision)
        stats.append(period.status)
        rules.append(rule)
    take = k_codes
    out = pd.DataFrame(
        {
            "start": pd.to_datetime(pd.Series(starts, dtype=object)).to_numpy()[take],
            "end": pd.to_datetime(pd.Series(ends, dtype=object)).to_numpy()[take],
            "precision": np.asarray(precs, dtype=object)[take],
            "status": np.asarray(stats, dtype=object)[take],
            "rule": np.asarray(rules, dtype=object)[take],
        },
        index=index,
    )
    return out
