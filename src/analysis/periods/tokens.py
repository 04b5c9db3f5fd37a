"""From a phrase to tokens: normalising, the numeric patterns, the language taggers.

A token is a ``(kind, value)`` pair. Words come from the language tables, where each
fragment emits the tags of its key (``"rel:last"`` -> ``(REL, "last")``); digits come
from the numeric patterns (dates, months, quarters, plain numbers). The kinds are the
constants below; :mod:`analysis.periods.grammar` joins them into fields.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.lang import PERIOD_TABLES as TABLES  # the one import of the word tables
from analysis.text.scripts import PATTERNS, SPACELESS

__all__ = ["SCRIPTS", "TAGGERS", "Tagger", "Token", "normalise"]

Token = tuple[str, Any]
"""A ``(kind, value)`` pair."""

# ------------------------------------------------------------------ token kinds

# from the word tables (see the module docstring of the tables)
REL = "rel"  # last | past | this | next
UNIT = "unit"  # day | week | month | year | hour (| quarter, from QUARTER_WORD)
UNITS = "units"  # the same, plural
PART = "part"  # begin | early | mid | late | end
PLURAL = "pl"  # marks the preceding unit as plural
NUMBER_WORD = "n"  # "three", "세": an int
FEW = "few"  # "a few", "several"
ORDINAL = "ord"  # "first", "second": an int
DAY_OFFSET = "dayrel"  # tag day:N; today = 0, yesterday = -1
MONTH = "month"  # 1..12
WEEKDAY = "wd"  # 0 (Monday) .. 6
SEASON = "season"  # winter | spring | summer | autumn
QUARTER_WORD = "quarterw"  # the word "quarter"
HALF_WORD = "halfw"  # the word "half"
YEAR_MARK = "ymark"  # 年, 년, "року" after a year
MONTH_MARK = "mmark"  # 月, 월 after a month number
DAY_MARK = "dmark"  # 日, 일 after a day number
IGNORED = "x"  # a word to consume and ignore

# flags: words whose presence is all that counts
NOW = "now"  # so far, currently
BEFORE = "before"  # earlier, recently
FUTURE = "future"  # soon
WITHIN = "within"
AGO = "ago"
DEADLINE = "deadline"  # by, until (with a weekday: the next such day)
WEEKEND = "weekend"

# connectors (they split a phrase into segments)
SINCE, FROM, UNTIL, TO, BETWEEN, AND = "since", "from", "until", "to", "between", "and"

# from the numeric patterns
DATE = "date"  # (year or None, month, day)
YEAR_MONTH = "ym"  # (year, month)
YEAR_RANGE = "yrange"  # (first year, last year): "2024-25"
QUARTER = "quarter"  # 1..4: "Q3"
HALF = "half"  # 1 | 2: "H1"
NUM = "num"  # (value, number of digits, is an ordinal)
DASH = "dash"

_INT_TAGS = {"day": DAY_OFFSET, "n": NUMBER_WORD, "ord": ORDINAL, "month": MONTH, "wd": WEEKDAY}
_WORD_TAGS = {REL, UNIT, UNITS, PART, SEASON, PLURAL, FEW, QUARTER_WORD, HALF_WORD, IGNORED}
_WORD_TAGS |= {YEAR_MARK, MONTH_MARK, DAY_MARK, NOW, BEFORE, FUTURE, WITHIN, AGO, DEADLINE}
_WORD_TAGS |= {WEEKEND, SINCE, FROM, UNTIL, TO, BETWEEN, AND}

# ------------------------------------------------------------------- scripts

# the scripts of the period tables (a phrase in another script, Devanagari say, is offered
# to every table: its digits may still make a year)
_TABLE_SCRIPTS = ("hangul", "kana", "han", "cyrillic", "arabic", "latin")
SCRIPTS = {name: PATTERNS[name] for name in _TABLE_SCRIPTS}
"""Scripts that tell the tables apart: a table is tried only on a phrase in its scripts."""

_SPACELESS = tuple(PATTERNS[name] for name in sorted(SPACELESS))


def _is_cjk(fragment: str) -> bool:
    """Whether a table fragment is Korean, Japanese or Chinese (matched as a substring)."""
    return any(rx.match(fragment) for rx in _SPACELESS)


# ----------------------------------------------------------- numeric patterns

# private-use characters (not \w) used as markers by the normaliser
_ORD, _QMARK, _HMARK = "\ue001", "\ue002", "\ue003"

_NUMERIC = [
    # 2024-12-19, 2024/12/19, 2024.12.19
    ("ymd", r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"),
    # 19.12.2024, 19/12/2024, 19-12-2024 (day first), 19.12.24
    ("dmy", r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d])"),
    # 12/2024, 12.2024 -> month and year
    ("my", r"(\d{1,2})[./](\d{4})(?![\d])"),
    # 2024-12 -> year and month (2024-25 is a year range, see _numeric_token)
    ("ym", r"(\d{4})-(\d{2})(?![\d./-])"),
    # 14/12, 14.12. (day first, no year)
    ("dm", r"(\d{1,2})[/.](\d{1,2})(?![\d/])\.?"),
    ("q", _QMARK + r"([1-4])"),
    ("h", _HMARK + r"([12])"),
    ("num", r"(\d+)(" + _ORD + r")?"),
    ("dash", r"[-~]"),
]

_RE_NUMERIC = re.compile("|".join(f"(?P<{k}>{pat})" for k, pat in _NUMERIC))
_RE_TOKEN = re.compile(_RE_NUMERIC.pattern + r"|(?P<word>[^\W\d_]+)")
# for each pattern: where its inner groups start in the combined pattern, and how many
_NUMERIC_GROUPS = {k: (_RE_NUMERIC.groupindex[k], re.compile(pat).groups) for k, pat in _NUMERIC}
_RE_WORD = re.compile(r"[^\W\d_]+|\d+")


def _numeric(m: re.Match) -> Token:
    kind = m.lastgroup
    i, n_inner = _NUMERIC_GROUPS[kind]
    return _numeric_token(kind, list(m.groups()[i : i + n_inner]))


def _day_first(a: int, b: int) -> tuple[int, int]:
    """Day and month of ``a/b``: day first; month first only when day first is impossible."""
    return (b, a) if b > 12 >= a else (a, b)


def _numeric_token(kind: str, g: list) -> Token:
    if kind == "ymd":
        return (DATE, (int(g[0]), int(g[1]), int(g[2])))
    if kind == "dmy":
        y = int(g[2])
        y = y + 2000 if len(g[2]) == 2 else y
        d, m = _day_first(int(g[0]), int(g[1]))  # 12/19/2024 is read month first
        return (DATE, (y, m, d))
    if kind == "my":
        return (YEAR_MONTH, (int(g[1]), int(g[0])))
    if kind == "ym":
        y, m = int(g[0]), int(g[1])
        if 1 <= m <= 12:
            return (YEAR_MONTH, (y, m))
        return (YEAR_RANGE, (y, (y // 100) * 100 + m))
    if kind == "dm":
        d, m = _day_first(int(g[0]), int(g[1]))
        return (DATE, (None, m, d))
    if kind == "q":
        return (QUARTER, int(g[0]))
    if kind == "h":
        return (HALF, int(g[0]))
    if kind == "num":
        return (NUM, (int(g[0]), len(g[0]), bool(g[1])))
    return (DASH, None)


def _parse_tag(t: str) -> Token:
    """Read one tag of a table key: ``"rel:last"`` -> ``(REL, "last")``.

    ``"day:-1"`` -> ``(DAY_OFFSET, -1)``; ``"x"`` -> ``(IGNORED, None)``. An unknown tag
    is an error in the table, reported when the tables are loaded.
    """
    k, sep, v = t.partition(":")
    if k in _INT_TAGS and sep:
        return (_INT_TAGS[k], int(v))
    if k not in _WORD_TAGS:
        raise ValueError(f"unknown tag {t!r} in a period word table")
    return (k, v if sep else None)


# --------------------------------------------------------------- normalising

_RE_SPACES = re.compile(r"\s+")
_RE_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a]")
_RE_TILDES = re.compile(r"[~\u301c\uff5e]")
_RE_WIDE_DIGITS = re.compile(r"[\uff10-\uff19]")
_RE_QH = re.compile(r"(?<![\w])([qh])([1-4])(?![\w])")
_RE_ORD = re.compile(
    r"(?<![\w.])(\d{1,2})(?:st|nd|rd|th|er|re|ère|ème|eme|e|º|ª|°|-?(?:го|е|й|я|ого|м))(?![\w])"
    r"|(?<![\w.])(\d{1,2})\.(?=\s|$)"
)
_RE_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-|-(?=[^\W\d_])")
_RE_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_RE_PUNCTUATION = re.compile(r"[,;:!?\"«»“”„()\[\]]")


def _ord_sub(m: re.Match) -> str:
    return (m.group(1) or m.group(2)) + _ORD


def _qh_sub(m: re.Match) -> str:
    return (_QMARK if m.group(1) == "q" else _HMARK) + m.group(2)


def normalise(text: str) -> str:
    """Return the phrase in the form the taggers read.

    Lower case; one apostrophe, dash and tilde; ASCII digits; Q1-Q4, H1-H2 and ordinals
    ("23rd", "1er", "15.") marked; a space between letters and digits and in place of
    hyphens between letters and of punctuation.

    Parameters
    ----------
    text : str
        A period phrase as reported.

    Returns
    -------
    str
        The normalised phrase (empty when nothing is left).
    """
    t = text.lower().strip()
    t = t.replace("\u2019", "'").replace("`", "'").replace("\u02bc", "'").replace("´", "'")
    t = _RE_DASHES.sub("-", t)
    t = _RE_TILDES.sub("~", t)
    t = t.replace("\uff08", "(").replace("\uff09", ")").replace("\u3000", " ")
    t = _RE_WIDE_DIGITS.sub(lambda m: str(ord(m.group(0)) - 0xFF10), t)
    t = _RE_QH.sub(_qh_sub, t)
    t = _RE_ORD.sub(_ord_sub, t)
    t = _RE_LETTER_HYPHEN.sub(" ", t)
    t = _RE_DIGIT_LETTER.sub(" ", t)
    t = _RE_PUNCTUATION.sub(" ", t)
    return _RE_SPACES.sub(" ", t).strip()


# ------------------------------------------------------------------- taggers


def _entries(table: dict) -> list[tuple[str, tuple[Token, ...]]]:
    """Every fragment of a table with the tokens it emits, in table order."""
    entries: list[tuple[str, tuple[Token, ...]]] = []
    for i, frags in enumerate(table.get("months", [])):
        entries += [(f, ((MONTH, i + 1),)) for f in frags]
    for i, frags in enumerate(table.get("weekdays", [])):
        entries += [(f, ((WEEKDAY, i),)) for f in frags]
    for name, frags in table.get("seasons", {}).items():
        entries += [(f, ((SEASON, name),)) for f in frags]
    for key, frags in table.get("words", {}).items():
        tags = tuple(_parse_tag(t) for t in key.split())
        entries += [(f, tags) for f in frags]
    return entries


class Tagger:
    """Dictionary look-up of one language table (no regular expression per word).

    Latin, Cyrillic... tables match whole words and multi-word phrases, longest
    first; Korean, Japanese and Chinese tables match substrings, longest first.

    Parameters
    ----------
    code : str
        ISO 639-1 code of the table.
    table : dict
        The table: ``months``, ``weekdays``, ``seasons``, ``words``.
    """

    def __init__(self, code: str, table: dict) -> None:
        entries = _entries(table)
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
        self.scripts = {k for k, rx in SCRIPTS.items() if rx.search(script_text)}

    def tokens(self, text: str) -> tuple[list[Token], int]:
        """Return the tokens of a normalised phrase and the number of characters they cover."""
        return self._tokens_cjk(text) if self.cjk else self.tokens_words(text)[:2]

    def knows(self, word: str) -> bool:
        """Return whether a match could start at *word* (a cheap test, before tokenising)."""
        return word in self.first_words or any(
            word[:j] in self.single_stems for j in range(len(word), 0, -1)
        )

    def tokens_words(self, text: str) -> tuple[list[Token], int, list[str]]:
        """Return the tokens, the characters covered and the words not read (word tables)."""
        out: list[Token] = []
        skipped: list[str] = []
        covered = 0
        items: list[tuple[str, Any]] = []  # ("w", word) or ("t", token)
        for m in _RE_TOKEN.finditer(text):
            if m.lastgroup == "word":
                items.append(("w", m.group(0)))
            else:
                tok = _numeric(m)
                items.append(("t", tok))
                if tok[0] != DASH:
                    covered += len(m.group(0))
        i, n = 0, len(items)
        while i < n:
            kind, val = items[i]
            if kind == "t":
                out.append(val)
                i += 1
                continue
            best = self._match(items, i) if self.knows(val) else None
            if best is None:
                skipped.append(val)
                i += 1
                continue
            k, tags, width = best
            out.extend(tags)
            covered += width
            i += k
        return out, covered, skipped

    def _match(self, items: list[tuple[str, Any]], i: int) -> tuple[int, tuple, int] | None:
        """Find the longest phrase of the table starting at word *i*: (words, tags, characters)."""
        exact, stems = self.exact, self.stems
        for k in range(min(self.max_words, len(items) - i), 0, -1):
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
                return k, tags, sum(len(w) for w in words)
        return None

    def _tokens_cjk(self, text: str) -> tuple[list[Token], int]:
        out: list[Token] = []
        covered = 0
        i, n = 0, len(text)
        chars, lengths = self.chars, self.char_lengths
        while i < n:
            m = _RE_NUMERIC.match(text, i)
            if m and m.end() > i:
                tok = _numeric(m)
                out.append(tok)
                if tok[0] != DASH:
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


TAGGERS: dict[str, Tagger] = {code: Tagger(code, tbl) for code, tbl in TABLES.items()}
"""One tagger per language table, in table order."""
