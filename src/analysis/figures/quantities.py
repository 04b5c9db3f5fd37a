"""Reading quantities: runs of numerals, number words and multipliers (rules 7, 8, 10, 11).

:func:`read_run` reads one quantity from a run of units ("4천700", "four-thousand-100",
"une dizaine de milliers", "hundreds of") as a loop over a :class:`RunState`. A joiner
("-", "and", "of") between two parts is skipped; any other unit goes to the handler of
its role (digits, number word, multiplier, collective, vague, several, article, per
cent), which updates the state and says whether the unit belongs to the quantity
(:data:`ACCEPT`), ends it after itself (:data:`LAST`) or ends it before itself
(:data:`STOP`).
"""

from __future__ import annotations

import math
from typing import Final

from analysis.figures import cats as Cat
from analysis.figures.lexicon import Lexicon
from analysis.figures.quantity import Quantity, place
from analysis.figures.units import Unit

__all__ = [
    "COUNTERS", "PLURAL", "SEVERAL", "Quantity", "RunState", "is_magnitude", "measure_at",
    "read_run",
]


_COUNTERS: Final = frozenset("명人名여발개대기発個万만천千백百십十억億")
_ODD_COUNTERS: Final = frozenset("台辆輛起件只隻头頭艘架座所家户戶位具条條匹")
"""Chinese counters read after Han numerals and an "-odd" word 多 / 余 ("十多台", "二十余起")."""
_CLASSIFIERS: Final = frozenset("只隻头頭匹羽棵株具颗顆场場枚辆輛架部")
"""Classifiers of animals, trees and bodies a Han numeral counts with ("有十七只羊", "二十头牛",
"八十棵树", "三具遗体"; 17cm, D67.4): the counted itself. Not after a lone 一 ("一只熊猫": read as
before, D8, D67.3). The classifiers of vehicles, buildings, households, incidents and the general
个 stay read only after 多 / 余 (as before): beside a headcount they name where the counted were
("三艘渔船上的40名船员" = 40, "两起矿难…至少22人"), and 个 also counts units ("两个分队", D20);
those of place names (台: 七台河; 本: 六本木; 戸: 八戸; 所: 五所川原; 家: 三家子; 条: 三条) too.
(24rf, D160) Also the classifiers of satellites and bombs 颗 / 顆, of events 场 / 場, of
missiles and medals 枚, of vehicles 辆 / 輛 / 部 and of aircraft 架 ("三場衛星發射任務" = 3,
"四輛機動車" = 4, "十二部車輛" = 12), which name no place of another count in the labelled
rounds; 艘 (ships, with their crews), 起 (incidents, beside their dead) and 座 / 家 / 所 stay
out.
"""
_ONE: Final = frozenset("一壹")
COUNTERS: Final = frozenset("명人名발개個")
"""Counter nouns written after a CJK number ("1万人", "3000명")."""

PLURAL: Final = "plural"  # a vague plural: "hundreds", "수천"
SEVERAL: Final = "several"  # "several", "a few", "몇"

ACCEPT: Final = 0
LAST: Final = 1
STOP: Final = 2
"""What a handler says about its unit (see the module docstring)."""

_NUMBER_ROLES: Final = frozenset(Cat.NUMBER_ROLES)
# a unit takes part in a quantity only with one of these (or as digits, or a "-")
_ROLES: Final = frozenset((*Cat.NUMBER_ROLES, Cat.PERCENT, Cat.AND, Cat.UND, Cat.OF))


class RunState:
    """The state of reading one run of units.

    ``total`` + ``section`` + ``number`` is the value so far: ``total`` the groups closed
    by a scale, ``section`` the part multiplied by a small multiplier, ``number`` the
    number words not yet multiplied. A plain class with slots (a dataclass's ``__init__``
    is made by Python at run time, so it would not be compiled).
    """

    __slots__ = (
        "units", "lex", "q", "j", "last_ok", "total", "section", "number", "big",
        "last_mult", "started", "article", "vkind", "mag", "mag_seen", "digits_in_run",
        "joiner", "teens", "additions",
    )  # fmt: skip

    def __init__(self, units: list[Unit], lex: Lexicon, q: Quantity, j: int, last_ok: int) -> None:
        self.units = units
        self.lex = lex
        self.q = q
        self.j = j  # the unit being read
        self.last_ok = last_ok  # the last unit that belongs to the quantity
        self.total = 0.0
        self.section = 0.0
        self.number: float | None = None
        self.big = math.inf  # the last scale: a later one must be smaller
        self.last_mult = math.inf  # the last multiplier: a later number must be smaller
        self.started = False
        self.article = False  # "a" / "an" before a magnitude
        self.vkind: str | None = None  # PLURAL or SEVERAL once the quantity is vague
        self.mag = 1.0  # the magnitude of a vague quantity
        self.mag_seen = False
        self.digits_in_run = False
        self.joiner: str | None = None  # "-", "and", "und" or "of" between two parts
        self.teens = False  # a "teens" word: 11 .. 19 times the magnitude
        self.additions = 0  # parts added to the first one (the value is not linear)


def is_magnitude(u: Unit) -> bool:
    """Return whether *u* is a multiplier: small, scale, collective, vague, several + M."""
    c = u.cats
    return (
        Cat.SMALL in c
        or Cat.SCALE in c
        or Cat.COLLECTIVE in c
        or Cat.VAGUE in c
        or Cat.SEVERAL_MAGNITUDE in c
    )


_KATAKANA_GO_ON: Final = frozenset([*map(chr, range(0x30A1, 0x30FB)), "\u30fc"])
"""Katakana (and the long vowel mark): one glued after a unit of measure written in katakana
goes on with another word ("トンネル", a tunnel, is no "トン")."""


def measure_at(units: list[Unit], k: int) -> bool:
    """Whether the unit at *k* is a unit of mass, area or volume (the table's ``measures``).

    A unit in katakana followed by a glued katakana is the start of another word ("トンネル");
    a Hangul one glued to a syllable before it that is no numeral ("수톤", "몇톤" are) is inside
    a word (D14).
    """
    if k >= len(units) or Cat.MEASURE not in units[k].cats:
        return False
    u = units[k]
    if not u.cjk:
        return True
    if (
        "\uac00" <= u.text[0] <= "\ud7af" and u.glued_prev and k > 0 and units[k - 1].cjk
        and not Cat.shares(_NUMBER_ROLES, units[k - 1].cats)
    ):
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    return not (
        nxt is not None and nxt.glued_prev and nxt.text[0] in _KATAKANA_GO_ON
        and u.text[-1] in _KATAKANA_GO_ON
    )


def _counted(units: list[Unit], i: int) -> bool:
    """Whether the Han numerals from *i* end at a counter or scale ("廿一人", "七萬", "十七人")."""
    j = i
    while j < len(units) and units[j].cjk and (
        Cat.NUMBER in units[j].cats or Cat.SMALL in units[j].cats
    ):
        if j > i and not units[j].glued_prev:
            return False
        if j > i and units[j].text in _COUNTERS:
            return True  # "八千", "七十": a magnitude after the first numeral
        j += 1
    if j == i or j >= len(units) or not units[j].glued_prev:
        return False
    nx = units[j]
    if (
        Cat.WEAK_AT_LEAST in nx.cats
        and j + 1 < len(units)
        and units[j + 1].glued_prev
        and (units[j + 1].text in _COUNTERS or units[j + 1].text in _ODD_COUNTERS)
    ):
        return True  # "停了十多台", "有十余人": an "-odd" word, then a counter (D2, D55.7)
    return (
        nx.text in _COUNTERS
        or Cat.SCALE in nx.cats
        or (nx.text in _CLASSIFIERS and not _lone_one(units, i))
        or measure_at(units, j)
    )


def _lone_one(units: list[Unit], i: int) -> bool:
    """Whether the Han numeral at *i* is 一 alone, no numeral glued before or after it."""
    if units[i].text not in _ONE:
        return False
    prev_num = (
        i > 0 and units[i].glued_prev
        and any(r in units[i - 1].cats for r in Cat.NUMBER_ROLES)
    )
    return not prev_num


def _cjk_alone(units: list[Unit], i: int) -> bool:
    """Whether a Han/Hangul numeral at *i* stands as a number, not inside a word."""
    u = units[i]
    if Cat.BOTH in u.cats:
        return True  # a "both" word of the table, "両方" (D87): a word of its own, glued or not
    if not u.cjk or (u.kind == "p" and len(u.text) > 5):
        return True  # a table phrase of four characters or more ("数以万计") is no part of a word
    if u.kind == "p" and Cat.SEVERAL in u.cats and "\u4e00" <= u.text[0] <= "\u9fff":
        return True  # a Han "several" word of two characters ("複数", "若干"), as "several" (D37)
    if u.kind == "p" and Cat.TEENS in u.cats and "\u4e00" <= u.text[0] <= "\u9fff":
        return True  # a Han "teens" word ("十几", "十数") after any character ("一家十几万人", D47)
    if (
        (Cat.VAGUE_PREFIX in u.cats or (Cat.SEVERAL in u.cats and u.kind != "p"))
        and not "\uac00" <= u.text[0] <= "\ud7af"
        and u.glued_next
        and i + 1 < len(units)
        and (is_magnitude(units[i + 1]) or measure_at(units, i + 1))
    ):
        # Han 数 + magnitude is a numeral wherever it stands ("兵士が数百人"), and so is 几 +
        # magnitude ("有几十具尸体", several tens of bodies: D41), and 数 or 几 + a unit of
        # measure ("数トン", "几吨": several tons, D68.2)
        return True
    if u.glued_prev and i > 0:
        p = units[i - 1]
        if (
            p.cjk
            and not any(r in p.cats for r in Cat.NUMBER_ROLES)
            and not p.cats.get(Cat.QUALIFIER_BEFORE)
            and not ("\u4e00" <= u.text[0] <= "\u9fff" and _counted(units, i))
        ):
            return False
    if (
        u.glued_next
        and i + 1 < len(units)
        and not (u.kind == "p" and u.text[-1] in _COUNTERS)
        and not (u.glued_prev and i > 0 and _qualified_magnitude(units[i - 1], u, units[i + 1]))
    ):
        # (a table phrase ending in its counter, "数人", ends the numeral whatever follows; a
        # magnitude right after a qualifier, "近千師生", nearly a thousand teachers and pupils,
        # is a number before any noun: D39)
        nx = units[i + 1]
        if nx.cjk and not (
            any(r in nx.cats for r in Cat.NUMBER_ROLES)
            or nx.text in _COUNTERS
            or (
                nx.text in _CLASSIFIERS
                and "\u4e00" <= u.text[0] <= "\u9fff"
                and not _lone_one(units, i)
            )
            or measure_at(units, i + 1)
            or Cat.WEAK_AT_LEAST in nx.cats
            or Cat.QUALIFIER_AFTER in nx.cats
        ):
            return False
    return True


def _qualified_magnitude(prv: Unit, u: Unit, nx: Unit) -> bool:
    """Whether *u* is a Han magnitude alone ("千", "万") right after a qualifier ("近", "逾").

    Not before a year or time unit: "近千年" (nearly a thousand years) is a duration.
    """
    return (
        bool(prv.cats.get(Cat.QUALIFIER_BEFORE))
        and (Cat.SMALL in u.cats or Cat.SCALE in u.cats)
        and Cat.YEAR_AFTER not in nx.cats
        and Cat.DURATION not in nx.cats
    )


def _scale_follows(units: list[Unit], j: int, big: float) -> bool:
    """Whether the number at *j* is followed by a scale as large as *big*."""
    if j + 1 < len(units):
        c = units[j + 1].cats
        s = c.get(Cat.SCALE) or c.get(Cat.VAGUE)
        return s is not None and float(s) >= big  # type: ignore[arg-type]
    return False


def _collective_follows(units: list[Unit], j: int) -> bool:
    """Whether the number word at *j* is followed by a collective noun ("un millier", D129.1)."""
    return j + 1 < len(units) and Cat.COLLECTIVE in units[j + 1].cats


def _lower_scale_follows(st: RunState) -> bool:
    """Whether, after an article and its scale, the digits at ``st.j`` precede a lower scale.

    "un milliard 500 millions", "a billion 500 million", "um bilhão e 500 milhões" (D78.3): the
    digits of the next lower magnitude, as after "one billion"; digits alone after "a million"
    ("a thousand 500", "a million 200,000 people") stay no part of it.
    """
    j = st.j + 1
    if st.total <= 0 or j >= len(st.units):
        return False
    s = st.units[j].cats.get(Cat.SCALE)
    return s is not None and float(s) < st.big  # type: ignore[arg-type]


def _and_ends_compound(st: RunState) -> bool:
    """Whether the "and" before the number at ``st.j`` ends the quantity instead of joining it.

    A lower part joins by "and" only a whole number of the scale before it ("dois milhões e 800
    mil" = 2,800,000), and only when no scale as large follows it (D78.3). A part of a scale is no
    compound's head (33hf, D223.1): "entre meio milhão e 800 mil" ("meio milhão" is 0.5 milhão) is
    a range's two ends, never their sum.
    """
    return st.joiner in (Cat.AND, Cat.UND) and (
        _scale_follows(st.units, st.j, st.big) or st.total % st.big != 0.0
    )


# ---------------------------------------------------------------- handlers, one per role


def _digits(st: RunState, u: Unit) -> int:
    """Read a digit group: the first number, or one added after a multiplier ("4천700")."""
    if st.vkind is not None:
        return STOP
    if not st.started:
        st.number = u.value
        st.started = True
    elif (
        st.number is None
        and u.value < st.last_mult  # type: ignore[operator]
        and (not st.article or _lower_scale_follows(st))
    ):
        if st.joiner == "-" and st.digits_in_run:
            return STOP
        if _and_ends_compound(st):
            return STOP
        st.number = u.value
        st.additions += 1
    else:
        return STOP
    st.digits_in_run = True
    st.q.digit_units += 1
    return ACCEPT


def _percent(st: RunState, u: Unit) -> int:
    """Read a per cent word or sign: it ends the quantity."""
    if not st.started or st.vkind is not None or st.article:
        return STOP
    st.q.pct = True
    return LAST


def _article(st: RunState, u: Unit) -> int:
    """Read "a" / "an": one, when a magnitude follows ("a thousand", "a dozen")."""
    if st.j + 1 < len(st.units) and is_magnitude(st.units[st.j + 1]):
        st.article = True
        st.started = True
        return ACCEPT
    if measure_at(st.units, st.j + 1):  # "a ton", "une tonne", "bir tondan fazla" (D68.2)
        st.number = 1.0
        st.started = True
        st.q.measure = True
        return LAST
    return STOP


def _vague_prefix(st: RunState, u: Unit) -> int:
    """수, 数: the magnitude after it is a vague plural ("수천" = thousands).

    Before a unit of measure it is "several" ("数トン", "수 톤": 2-9, D68.2).
    """
    st.started = True
    if measure_at(st.units, st.j + 1):
        st.vkind = SEVERAL
        st.q.measure = True
        return LAST
    st.vkind = PLURAL
    return ACCEPT


def _several(st: RunState, u: Unit) -> int:
    """"several" / "a few": vague, unless a plain number follows ("a few 100" is not)."""
    units, j = st.units, st.j
    nxt = units[j + 1] if j + 1 < len(units) else None
    if nxt is not None and Cat.OF in nxt.cats and j + 2 < len(units):
        nxt = units[j + 2] if is_magnitude(units[j + 2]) else nxt
    if nxt is not None and (nxt.kind == "d" or Cat.NUMBER in nxt.cats) and not is_magnitude(nxt):
        return STOP
    st.vkind = SEVERAL
    st.started = True
    if Cat.SEVERAL_MAGNITUDE in u.cats:
        st.mag *= u.cats[Cat.SEVERAL_MAGNITUDE]  # type: ignore[operator]
        st.mag_seen = True
    return ACCEPT


def _teens(st: RunState, u: Unit) -> int:
    """Read a "teens" word ("kilkanaście", "belasan"): vague 11 .. 19 times the magnitude."""
    st.vkind = SEVERAL
    st.teens = True
    st.started = True
    return ACCEPT


def _number_word(st: RunState, u: Unit) -> int:
    """Read a number word: the first number, or added to the one before ("twenty-five")."""
    v: float = u.cats[Cat.NUMBER]  # type: ignore[assignment]
    if st.vkind is not None:
        return STOP
    number = st.number
    if not st.started:
        st.number = v
        st.started = True
    elif st.joiner in (Cat.AND, Cat.UND) and _collective_follows(st.units, st.j):
        return STOP  # "entre 300 et un millier": the article of a collective count (D129.1)
    elif number is None:
        if v >= st.last_mult:
            return STOP
        if _and_ends_compound(st):
            return STOP
        st.number = v
        st.additions += 1
    elif st.units[st.j - 1].kind == "d" and v >= 1.0:
        # "59,000 one year later", "300 two": digits take no whole number word (D226.5); a half
        # does ("5 buçuk milyon", "34 с половиной тысячи")
        return STOP
    elif st.joiner == Cat.UND and 0 < number % 100 < 10 and v % 10 == 0 and 20 <= v < 100:
        st.number = number + v  # "fünf und zwanzig", "مئتان و واحد و عشرون" (221, D53.3)
        st.additions += 1
    elif v < place(number):
        st.number = number + v
        st.additions += 1
    else:
        return STOP
    return ACCEPT


def _vague_magnitude(st: RunState, u: Unit) -> int:
    """Read a magnitude after "several" or a vague prefix: it multiplies the vague M."""
    c = u.cats
    mult = c.get(Cat.SCALE) or c.get(Cat.SMALL) or c.get(Cat.COLLECTIVE) or c.get(Cat.VAGUE)
    st.mag *= float(mult)  # type: ignore[arg-type]
    st.mag_seen = True
    return ACCEPT


def _plural_magnitude(st: RunState, u: Unit) -> int:
    """Read a plural magnitude word opening a quantity ("hundreds", "тысячи"): vague."""
    if st.started:
        return STOP
    st.vkind = PLURAL
    st.mag = float(u.cats[Cat.VAGUE])  # type: ignore[arg-type]
    st.mag_seen = True
    st.started = True
    return ACCEPT


def _collective(st: RunState, u: Unit) -> int:
    """Read a collective noun ("dozen", "dizaine"): approximate, multiplies what is before."""
    cv = float(u.cats[Cat.COLLECTIVE])  # type: ignore[arg-type]
    if st.number is None and st.section == 0:
        st.section = cv  # "a dozen", "dozen"
    else:
        st.section = (st.section + (st.number or 0.0)) * cv
    st.number = None
    st.last_mult = cv
    st.q.approx = True
    st.q.has_mag = True
    st.started = True
    return ACCEPT


def _multiplier(st: RunState, u: Unit) -> int:
    """Read a small multiplier ("hundred", "천") or a scale ("thousand", "만") (rule 10)."""
    c = u.cats
    if Cat.SCALE in c:
        s, small = float(c[Cat.SCALE]), False  # type: ignore[arg-type]
    elif Cat.SMALL in c:
        s, small = float(c[Cat.SMALL]), True  # type: ignore[arg-type]
    else:
        # a plural magnitude counted ("tres decenas", "две дюжины", "dos millares"): a
        # collective count, approximate like "two dozen" (D6); not a plural million
        s = float(c[Cat.VAGUE])  # type: ignore[arg-type]
        small = s < 1000
        st.q.approx = st.q.approx or s < 1_000_000
    number = st.number
    if u.text in st.lex.after_number and (number is None or st.units[st.j - 1].kind != "d"):
        return STOP
    if small:
        if number is not None and number >= s:
            return STOP
        if number is not None:
            st.additions += 1  # value-dependent reading: no template
        st.section += (number if number is not None else 1.0) * s
        st.number = None
        st.last_mult = s
    else:
        if s >= st.big and not (s == 1e6 and st.big == 1e3):
            return STOP
        if s >= st.big:  # "dos mil quinientos millones", "thousand million": millions (D78.3)
            val = st.total + st.section + (number if number is not None else 0.0)
            st.total = 0.0
        else:
            val = st.section + (number if number is not None else (0.0 if st.section else 1.0))
        st.total += val * s
        st.section = 0.0
        st.number = None
        st.big = st.last_mult = s
        st.q.big_part = st.total
        st.q.big_unit = s
    st.q.has_mag = True
    st.started = True
    return ACCEPT


def _magnitude(st: RunState, u: Unit) -> int:
    """Read any multiplier word the way its place in the run calls for."""
    c = u.cats
    if st.vkind is not None:
        if st.vkind == PLURAL and Cat.VAGUE in c and (
                st.joiner == "-" or u.cjk or _glued_and(st.lex, u.text)):
            # "सैकड़ों-हज़ारों", "수천수만", "수백 수천", "آلاف وآلاف": two vague plurals told one
            # after the other are their span or the word repeated, never a product (D68.1)
            return STOP
        return _vague_magnitude(st, u)
    counted = st.number is not None or st.section > 0 or st.total > 0
    if (
        Cat.VAGUE in c
        and not counted
        and not st.article
        and not (
            (Cat.COLLECTIVE in c or Cat.SCALE in c)
            and st.j > 0
            and Cat.QUALIFIER_BEFORE in st.units[st.j - 1].cats
            and u.text not in st.lex.plural_scales  # "до тысяч": up to thousands (D212.2)
        )
    ):
        return _plural_magnitude(st, u)
    if Cat.COLLECTIVE in c and (Cat.SCALE not in c or not counted):
        return _collective(st, u)
    return _multiplier(st, u)


def _glued_and(lex: Lexicon, text: str) -> bool:
    """Whether *text* is a vague word with a ``repeat`` word glued before it ("وآلاف", D68.1)."""
    for j in lex.repeat:
        if text.startswith(j) and len(text) > len(j):
            cats = lex.one.get(text[len(j):])
            if cats is not None and Cat.VAGUE in cats:
                return True
    return False


def _vague_quantity(st: RunState) -> Quantity | None:
    """Set the bounds of a vague quantity: M .. 10·M − 1 (plural), 2·M .. 10·M − 1 (several)."""
    q = st.q
    if st.teens:
        q.low, q.value, q.high = 11.0 * st.mag, 11.0 * st.mag, 19.0 * st.mag
    elif not st.mag_seen:
        if st.vkind == PLURAL:
            return None
        q.low, q.value, q.high = 2.0, 2.0, 9.0
    else:
        low = st.mag if st.vkind == PLURAL else 2.0 * st.mag
        high = 99.0 if st.mag == 12.0 else 10.0 * st.mag - 1.0
        q.low, q.value, q.high = low, low, high
    q.vague = st.vkind
    q.linear = False
    return q


def _finish(st: RunState, i: int) -> Quantity | None:
    """Return the quantity read by the run that started at *i*, if it is one."""
    q = st.q
    q.start = i
    q.end = st.last_ok
    if st.article and st.number is None and st.section == 0 and st.total == 0 and st.vkind is None:
        return None  # "a" with nothing after it
    if st.vkind is not None:
        return _vague_quantity(st)
    q.value = st.total + st.section + (st.number if st.number is not None else 0.0)
    q.linear = st.additions == 0 and q.digit_units == 1 and st.units[i].kind == "d"
    return q


def _role(st: RunState, u: Unit) -> int:
    """Read the word or symbol *u* with the handler of its role; :data:`STOP` when it has none.

    The handlers are called directly, not returned: compiled, a direct call is a C call.
    """
    c = u.cats
    if Cat.PERCENT in c:
        return _percent(st, u)
    started = st.started
    if Cat.ARTICLE in c and not started:
        return _article(st, u)
    if Cat.VAGUE_PREFIX in c and not started and Cat.VAGUE not in c:
        return _vague_prefix(st, u)
    if Cat.TEENS in c and not started:
        return _teens(st, u)
    if (Cat.SEVERAL in c or Cat.SEVERAL_MAGNITUDE in c) and not started:
        return _several(st, u)
    if Cat.NUMBER in c and not (st.vkind is not None and is_magnitude(u)):
        return _number_word(st, u)
    if Cat.SMALL in c or Cat.SCALE in c or Cat.COLLECTIVE in c or Cat.VAGUE in c:
        return _magnitude(st, u)
    return STOP


def _joiner(st: RunState, u: Unit) -> str | None:
    """Return the link *u* makes between two parts of a quantity ("-", "and", "of")."""
    c = u.cats
    if u.kind == "s" and u.text == "-":
        return "-"
    if (Cat.UND in c or Cat.AND in c) and st.vkind is None:
        return Cat.UND if Cat.UND in c else Cat.AND
    if Cat.OF in c and (st.vkind is not None or st.q.approx):
        return Cat.OF
    return None


def _odd_inside(st: RunState, u: Unit) -> bool:
    """Whether *u* is an "-odd" suffix written between a number and its scale ("700多万")."""
    if Cat.WEAK_AT_LEAST not in u.cats or st.vkind is not None or not u.glued_next:
        return False
    nxt = st.units[st.j + 1] if st.j + 1 < len(st.units) else None
    return nxt is not None and (Cat.SCALE in nxt.cats or Cat.SMALL in nxt.cats)


_SCALE_ONLY: Final = frozenset((Cat.SCALE, Cat.STOP))


def _ends_run(units: list[Unit], k: int, n: int) -> bool:
    """Whether the unit at *k* (if any) cannot join the run before it (see :func:`read_run`)."""
    if k >= n:
        return True
    nxt = units[k]
    if nxt.kind == "d" or Cat.shares(_ROLES, nxt.cats) or nxt.text == "-":
        return False
    return Cat.WEAK_AT_LEAST not in nxt.cats


def _lone_digits(units: list[Unit], i: int, n: int) -> Quantity | None:
    """Return the quantity of a digit group, alone or with one scale, that ends there.

    What the loop of :func:`read_run` returns for "3,000" or "1,5 тыс." followed by
    nothing that can join them, without its state; None for any other run.
    """
    v: float = units[i].value  # type: ignore[assignment]
    if _ends_run(units, i + 1, n):
        q = Quantity()
        q.start = q.end = i
        q.digit_units = 1
        q.value = v
        return q
    scale = units[i + 1]
    c = scale.cats
    if Cat.SCALE not in c or not Cat.only(_SCALE_ONLY, c) or not _ends_run(units, i + 2, n):
        return None
    s = float(c[Cat.SCALE])  # type: ignore[arg-type]
    if math.isinf(s):
        return None
    q = Quantity()
    q.start = i
    q.digit_units = 1
    q.end = i + 1
    q.value = q.big_part = (0.0 + v) * s
    q.big_unit = s
    q.has_mag = True
    return q


def read_run(units: list[Unit], i: int, lex: Lexicon) -> tuple[Quantity | None, int]:
    """Read one quantity starting at unit *i*.

    Each unit is either a joiner between two parts of the quantity, or goes to the
    handler of its role (:func:`_role`), which says whether the unit belongs to it.

    Parameters
    ----------
    units : list of Unit
        The phrase.
    i : int
        Index of the unit to start at.
    lex : Lexicon
        The language's table.

    Returns
    -------
    tuple of (Quantity or None, int)
        The quantity (None when the run reads none) and the index to go on from.
    """
    n = len(units)
    if units[i].kind == "d":
        lone = _lone_digits(units, i, n)
        if lone is not None:
            return lone, lone.end + 1
    st = RunState(units, lex, Quantity(), i, i - 1)
    while st.j < n:
        u = units[st.j]
        if u.kind != "d":
            if st.started and _odd_inside(st, u):
                st.q.odd = True  # "180餘萬": the suffix stands before the scale
                st.j += 1
                continue
            if not Cat.shares(_ROLES, u.cats) and u.text != "-":
                break  # a unit with no role in a quantity ends it
            if st.started and st.joiner is None:
                joiner = _joiner(st, u)
                if joiner is not None:
                    st.joiner = joiner
                    st.j += 1
                    continue
            elif u.cjk and not st.started and not _cjk_alone(units, st.j):
                break
        if st.joiner == Cat.OF and not is_magnitude(u):
            break
        action = _digits(st, u) if u.kind == "d" else _role(st, u)
        if action == STOP:
            break
        st.last_ok = st.j
        st.j += 1
        if action == LAST:
            break
        st.joiner = None
    if not st.started or st.last_ok < i:
        return None, i + 1
    return _finish(st, i), st.last_ok + 1
