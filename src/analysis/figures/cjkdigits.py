"""The rewrite replacements that write CJK numerals in digits.

Moved out of :mod:`analysis.figures.normalise` to keep each module small (24rf).

A table's rewrite names one of these strings as its replacement (:mod:`analysis.lang`,
``rewrites``); :func:`analysis.figures.normalise.apply_rewrite` computes it from the match.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "HANGUL_DIGITS", "HAN_DECIMAL_POINT", "HAN_DIGITS", "han_decimal_point", "han_digits",
    "hangul_digits",
]


HANGUL_DIGITS: Final = "HANGULDIGITS"
"""The rewrite replacement that writes the Sino-Korean digits of its match in digits."""
_HANGUL_DIGITS: Final = str.maketrans("일이삼사오육칠팔구", "123456789")


def hangul_digits(m: re.Match[str]) -> str:
    """Write the Sino-Korean digits of the match *m* in digits ("이천삼백" -> "2천3백")."""
    return m.group().translate(_HANGUL_DIGITS)


HAN_DIGITS: Final = "HANDIGITS"
"""The rewrite replacement that writes the Han digits of its match in digits, 〇 and 0 as zero
("二00三" -> "2003", a year written in Han digits, 17cd)."""
_HAN_DIGITS: Final = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def han_digits(m: re.Match[str]) -> str:
    """Write the Han digits of the match *m* in digits, one by one ("二〇〇三" -> "2003")."""
    return m.group().translate(_HAN_DIGITS)


HAN_DECIMAL_POINT: Final = "HANDECIMAL"
"""The rewrite replacement that writes a Han numeral with a Han decimal point in digits: group 1
the whole part ("三十九", 十 百 千 as multipliers), group 2 the digits after 點 / 点 ("七三"):
"三十九點七三" -> "39.73" (24rf, D160)."""
_HAN_SMALL: Final = {"十": 10, "百": 100, "千": 1000}
_HAN_ONE_DIGIT: Final = str.maketrans("两兩", "22")


def han_decimal_point(m: re.Match[str]) -> str:
    """Write the Han numeral of group 1 and the Han digits of group 2 as one decimal number.

    Parameters
    ----------
    m : re.Match
        Group 1 the whole part (十 百 千 multiply the digit before them), group 2 the digits after
        the decimal point.

    Returns
    -------
    str
        The number in digits: "三十九" and "七三" -> "39.73", "一百零五" and "三" -> "105.3".
    """
    whole, digit, section = m.group(1).translate(_HAN_ONE_DIGIT).translate(_HAN_DIGITS), 0, 0
    for ch in whole:
        if ch in _HAN_SMALL:
            section += (digit or 1) * _HAN_SMALL[ch]
            digit = 0
        else:
            digit = int(ch)
    return f"{section + digit}.{m.group(2).translate(_HAN_DIGITS)}"
