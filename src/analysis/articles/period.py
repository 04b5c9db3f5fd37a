"""The period a sentence of an article gives its figures ("in December", "since October 2024").

Read by the period engine (:func:`analysis.periods.parse_period`) on the phrases around a
time word, with the article's publication date as the reference.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from analysis.periods import parse_period

__all__ = ["period_of", "years_span"]

_PERIOD_WORDS = re.compile(
    r"(?:(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d|\s?(?:명|人|名|여|余))|summer|winter|"
    r"spring|autumn|"
    r"fall|last year|this year|end of|beginning of|mid-?\w+|sommer|winter|"
    r"(?<!\ba )(?<!\bont )(?<!avait )(?<!avaient )(?<!aurait )(?<!auraient )(?<!ayant )"
    r"(?<!avoir )(?<!\bait )(?<!aient )été|hiver|verano|invierno|лет\w*|зим\w*|влітку|взимку|"
    r"прошлого года|минулого року|지난해|올해|여름|겨울|昨年|今年|夏|冬)", re.IGNORECASE)

# two years joined ("les combats de 2024-2025", "2024–25")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)")


def years_span(token: str) -> bool:
    """Whether a number phrase is two years joined, a span of time and no range of counts.

    "les combats de 2024-2025", "in 2024–25": the second year after the first, at most ten
    years on ("2000-2500 soldiers" is a range of counts).
    """
    span = _YEAR_SPAN.fullmatch(token)
    if not span:
        return False
    first, second = int(span[1]), int(span[2])
    second += first // 100 * 100 if second < 100 else 0
    return first < second <= first + 10


@lru_cache(maxsize=65536)
def period_of(sentence: str, lang: str, published: date | str | None) -> tuple[str, object,
                                                                           object]:
    """Return the period a sentence gives: its phrase, start and end (or ``"", None, None``).

    The widest phrase around a time word that the period engine reads, written as the
    shortest phrase that reads the same.
    """
    for hit in _PERIOD_WORDS.finditer(sentence):
        before = sentence[:hit.start()].split()[-4:]
        after = sentence[hit.end():].split()[:3]
        read = {}
        for k in range(len(before) + 1):
            for j in range(len(after) + 1):
                phrase = " ".join(before[len(before) - k:] + [hit.group()] + after[:j])
                phrase = phrase.strip(" ,.;:")
                found = parse_period(phrase, published, lang)
                if found.status == "ok" and found.precision not in ("open", "none"):
                    read[phrase] = (found.start, found.end)
        if read:
            widest = read[max(read, key=len)]
            phrase = min((p for p, v in read.items() if v == widest), key=len)
            return phrase, widest[0], widest[1]
    return "", None, None
