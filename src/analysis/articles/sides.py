"""Companions and enemies are no side counted (helper 16cg).

The other side named right after a word of fighting beside (``ARTICLES["alongside"]``: "fought
alongside Russian troops", "combattant aux côtés des forces russes", the word's own article
overlapping the side's: "aux côtés des Russes") or against (``ARTICLES["against"]``: "gegen die
Ukrainer", and since 16cg the verbs of fighting: "to fight Ukrainian forces", "combattre",
"combatir a", "воевать с", "воювати з") is who the counted people fought with or against: no
side they belong to, in the sentence that counts them (read by ``reader.side_of``: "Séoul estime
leur nombre à environ 600" of "soldats qui ont perdu la vie en combattant aux côtés des forces
russes" are North Koreans) as in the sentences after it (the side the article last named,
``reader._read_sentences``). A side named right after the number still decides ("alongside tens
of thousands of Russian troops" counts Russians).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.articles import order
from analysis.articles.cues import Cues, Mention

if TYPE_CHECKING:
    from analysis.articles.candidates import Candidate

__all__ = ["counted", "side_of"]

_PUNCTUATION = re.compile(r"[,;:、，(]|\s[-–—]\s")
_REACH = 30
"""Characters at most between a word of fighting beside or against and the side it names."""


def counted(here: dict[str, list[Mention]], low: str,
            weapons: re.Pattern[str] | None = None) -> list[Mention]:
    """Return the side mentions of a sentence that name whose people are counted.

    ``here``: the sentence's mentions by kind ("side", "alongside", "against").
    Not the other side (nor North Korea) named right after a word of fighting beside, nor the
    other side named right after a word of fighting against ("sanctions against North Korea"
    still names North Korea); the side's own article may be the word's last ("aux côtés des
    Russes"). (30ar) Nor the other side named right after a word of helping
    (``ARTICLES["partner"]``: "deployed up to 12,000 troops … to support Russian forces", "to
    help Russian troops"): the side helped, as the side fought beside. (26ar) Nor North Korea
    named as the maker of a weapon (``weapons``, the article tables' nouns of weapons a few
    characters after it) in a sentence that names the other
    side: "a North Korean ballistic missile … attack on Kyiv … at least 10 dead", "a ballistic
    missile manufactured in North Korea during a deadly overnight attack on Kyiv that killed 12
    people", "キーウへの攻撃に北朝鮮製の弾道ミサイルを使用し、少なくとも10人が死亡" count the other
    side's victims.
    """
    sides = [m for m in here["side"] if not any(
        a.start < m.start and m.start - a.end <= _REACH
        and not _PUNCTUATION.search(low, min(a.end, m.start), m.start)
        for a in here["alongside"] + (here["against"] + here["partner"]
                                      if m.kind == "other_side" else []))]
    if weapons is None or not any(m.kind == "other_side" for m in sides):
        return sides
    return [m for m in sides if not (m.kind == "north_korea" and _maker(m, low, weapons))]


_MAKER_REACH = 30
"""Characters at most between North Korea and the weapon it made ("北朝鮮製の弾道ミサイル",
"nordkoreanische ballistische Rakete", "North Korean KN-23 missile")."""


def _maker(m: Mention, low: str, weapons: re.Pattern[str]) -> bool:
    # the weapon after North Korea ("North Korean KN-23 missile", "北朝鮮製の弾道ミサイル") or
    # right before it ("a ballistic missile manufactured in North Korea")
    hit = weapons.search(low, m.end, m.end + _MAKER_REACH)
    if hit and not _PUNCTUATION.search(low, m.end, hit.start()) and \
            len(low[m.end:hit.start()].split()) <= 2:
        return True
    before = list(weapons.finditer(low, max(0, m.start - _MAKER_REACH), m.start))
    return bool(before) and not _PUNCTUATION.search(low, before[-1].end(), m.start) and \
        len(low[before[-1].end():m.start].split()) <= 3



def side_of(c: Candidate, sides: list[Mention], carried: str, low: str, cues: Cues,
            counted: list[Mention] | None = None) -> str:
    """Whose people a number counts: ``"north_korea"``, ``"other_side"`` or ``""``.

    A side named right after the number ("18 Russians", "500 North Korean soldiers")
    decides; otherwise North Korea when its sentence names it, the other side when the
    sentence names only that one (of ``counted``, when given: not companions or enemies,
    :func:`counted`), and with neither the side the article last named. (Step 4 of the
    reader, ``reader.side_of``; moved here by 16cg.)
    """
    for m in sides:
        if m.start >= c.end and len(low[c.end:m.start].split()) <= 1:
            return m.kind
    # (in a language without spaces right before it: "アフマトの兵士8人", 16kj)
    before = order.side_before(cues, sides, low, c.start)
    if before:
        return before
    kinds = {m.kind for m in sides if counted is None or m in counted}
    if "north_korea" in kinds:
        return "north_korea"
    return "other_side" if kinds else carried
