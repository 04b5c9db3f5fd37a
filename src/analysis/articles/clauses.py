"""Russian and Ukrainian word forms the reader needs beyond its cue tables (helper 16l).

Three small tests of the reader (:mod:`analysis.articles.reader`) that a table of words
cannot express:

* a participle phrase after the number's noun belongs to the number's clause, as a relative
  clause does ("1,1 тыс. военнослужащих, вернувшихся в КНДР", "пяти ракет, выпущенных утром
  по Харькову", uk "військових, що повернулися"): the words of that phrase (returned, fired)
  decide whether the number is a figure;
* Latin letters glued to a number in a Cyrillic text make a model name ("HVASON 11GA"), not a
  count;
* North Korea named in the number's own noun phrase ("девять ракет северокорейского
  производства") says the thing counted is North Korean, whatever the clause says of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.articles.cues import Mention
from analysis.lang import SCRIPTS

__all__ = ["PARTICIPLE", "designation", "made_in_north_korea", "relative_follows",
           "used_by_russia"]

PARTICIPLE = re.compile(r",\s+(?:що\s|[^\W\d]+(?:вш|ющ|ящ|енн|анн|янн|ен|ан|ян|ут)"
                        r"(?:ий|ій|ый|ая|ое|ее|ие|ые|их|ых|им|ым|ими|ыми|ую|ей|ого|его|ому|ему|ой|"
                        r"ої|ою)(?:ся|сь)?\s)")
"""A participle phrase after a comma (ru/uk -вш-, -ющ-, -ящ-, -енн-, -ен-, -ан-, -ут-; uk "що")."""



def relative_follows(relative: re.Pattern[str], low: str, at: int) -> bool:
    """Whether a relative clause (the reader's ``relative``) or a participle opens at ``at``."""
    return bool(relative.match(low, at) or PARTICIPLE.match(low, at))


_DESIGNATION = re.compile(r"[a-z]{1,3}(?![^\W\d_])")
_PUNCTUATION = re.compile(r"[,;:、，(]|\s[-–—]\s")


def designation(code: str, after: str) -> bool:
    """Whether Latin letters glued to a number (``after`` it, lower case) make a model name.

    Only in a language written in Cyrillic ("HVASON 11GA", "KN-23" is the hyphen rule's): in
    a Latin text "1.5mn" or "1000s" are numbers.
    """
    return bool(_DESIGNATION.match(after)) and "cyrillic" in SCRIPTS.get(code, ())


def made_in_north_korea(end: int, sides: list[Mention], low: str) -> bool:
    """Whether North Korea is named in the noun phrase of the number ending at ``end``.

    At most two words after it, no punctuation between: "девять ракет северокорейского
    производства", "понад 1,5 млн снарядів з КНДР"; not "пяти ракет, выпущенных …, —
    северокорейского производства".
    """
    return any(m.kind == "north_korea" and m.start >= end and len(
        low[end:m.start].split()) <= 2 and not _PUNCTUATION.search(low, end, m.start)
        for m in sides)


def used_by_russia(here: dict[str, list[Mention]], end: int, low: str,
                   in_clause: Callable[[list[Mention]], bool]) -> bool:
    """Whether a materiel number (ending at ``end``) counts ammunition Russia uses or fires.

    A word of ``ARTICLES["used"]`` in its clause ("снарядів, які використовує Росія", "пяти
    ракет, выпущенных утром по Харькову"), none of ``supplied`` ("відправила росіянам понад 1
    мільйон снарядів, які кремль використовує") and no North Korea in its noun phrase
    (:func:`made_in_north_korea`); ``in_clause`` tells whether mentions stand in its clause.
    """
    return in_clause(here["used"]) and not in_clause(here["supplied"]) and \
        not made_in_north_korea(end, here["side"], low)
