"""A person named again by surname who speaks beside an outlet or his own government (23au).

:func:`~analysis.articles.backref.surnames` gives a sentence that names nobody the source of
a person named again by surname. Two forms it leaves:

* **The surname speaks, and the sentence names only where he spoke or whom he speaks for**:
  "In einem Interview mit der Nachrichtenagentur "Bloomberg News" sagte Shin, dass Seoul
  mindestens 10.000 Container identifiziert hat" (Shin Won-sik, the defence minister, named
  in full before). The surname stands beside an attribution word (the speaker of it), and
  every other source the sentence names is a news outlet (the interview's medium) or a
  government above the speaker's body (``claimant_hierarchy.csv``: "Seoul" for the defence
  ministry; what he speaks for): the figure is the speaker's. Another body ("Shin said the
  NIS saw …"), another country or an actor of the story keeps the sentence as it is.
* **A Japanese surname with "氏"** ("韓国の申源湜国防相が示した。… 申氏は…と明らかにした"):
  a claimant named in full in three or four kanji (a person's name in the claimant table)
  is written again as its first one or two kanji with 氏. A sentence that names nobody and
  attributes takes his source; one that opens with "X氏は" (he is the topic: what follows up
  to the closing verb is his speech) takes it over an outlet or his own government, as above.

The surname and its source come from the full name the article used before, from no list;
two people of one surname (two values) name nobody.
"""

from __future__ import annotations

import re

from analysis.articles import backref
from analysis.articles.claimants import MEDIA, UNATTRIBUTED, Claimants
from analysis.articles.cues import Mention

__all__ = ["speakers_again"]

SPOKE = 12
"""Characters between a surname and the attribution word it speaks with ("sagte Shin")."""

_KANJI_NAME = re.compile(r"[一-龥]{3,4}")
_KANJI_SURNAME = re.compile(r"(?<![一-龥])([一-龥]{1,2})氏")
_OPENS = re.compile(r"[\s「」『』（）()【】、]*")


def _kanji_known(named: list[list[Mention]], text: str) -> dict[str, tuple[str, int]]:
    """Return the surnames (first one or two kanji) of claimants named in full in kanji."""
    found: dict[str, tuple[str, int]] = {}
    clash: set[str] = set()
    for ms in named:
        for m in ms:
            if m.value in (MEDIA, UNATTRIBUTED) or not _KANJI_NAME.fullmatch(
                    text, m.start, m.end):
                continue
            for key in (text[m.start], text[m.start:m.start + 2]):
                if key in found and found[key][0] != m.value:
                    clash.add(key)
                found.setdefault(key, (m.value, m.end))
    return {k: v for k, v in found.items() if k not in clash}


def _kanji_hits(text: str, span: tuple[int, int], known: dict[str, tuple[str, int]]
                ) -> list[Mention]:
    return [Mention(h.start(), h.end(), "carried", known[h.group(1)][0])
            for h in _KANJI_SURNAME.finditer(text, *span)
            if h.group(1) in known and known[h.group(1)][1] <= h.start()]


def _spoken_words(text: str, span: tuple[int, int], here: dict[str, list[Mention]]
                  ) -> list[re.Match[str]]:
    """Return the capitalised words of a sentence that stand beside an attribution word."""
    said = here.get("attribution", [])
    return [w for w in backref.WORD.finditer(text, *span) if w.group()[0].isupper() and any(
        0 <= a.start - w.end() <= SPOKE or 0 <= w.start() - a.end <= SPOKE for a in said)]


def _own(value: str, others: set[str], names: Claimants) -> bool:
    """Whether every other source is an outlet or a government above ``value``."""
    return all(o == MEDIA or o in names.broader.get(value, ()) for o in others)


def speakers_again(named: list[list[Mention]], text: str, low: str,
                   sentences: list[tuple[int, int]], per: dict[int, dict[str, list[Mention]]],
                   names: Claimants) -> list[list[Mention]]:
    """Return ``named`` with the source of a surname that speaks (see the module's forms).

    Parameters as :func:`~analysis.articles.backref.surnames`, and the claimant names
    (their hierarchy).
    """
    asking = [i for i in range(len(sentences)) if "attribution" in per.get(i, {})
              and "impersonal" not in per.get(i, {})]
    if not asking or not any(named):
        return named
    out = list(named)
    kanji = _kanji_known(named, text) if any("氏" in text[slice(*sentences[i])]
                                             for i in asking) else {}
    spaced = {i: _spoken_words(text, sentences[i], per[i]) for i in asking if named[i]}
    spaced = {i: ws for i, ws in spaced.items() if ws}
    wanted = {backref.surname_key(w.group()) for ws in spaced.values() for w in ws}
    known = backref.speaking_surnames(text, low, sentences, (named, per), wanted) \
        if wanted else {}
    for i in asking:
        s0, s1 = sentences[i]
        hits = _kanji_hits(text, (s0, s1), kanji) if kanji else []
        opens = bool(hits) and _OPENS.fullmatch(text, s0, hits[0].start) is not None
        for w in spaced.get(i, []):
            key = backref.surname_key(w.group())
            if key in known and known[key][1] <= w.start():
                hits.append(Mention(w.start(), w.end(), "carried", known[key][0]))
                opens = True  # (beside its attribution word)
        values = {h.value for h in hits}
        if len(values) != 1:
            continue
        value = values.pop()
        others = {m.value for m in named[i]} - {value}
        if not named[i] or (opens and others and _own(value, others, names)):
            out[i] = hits[:1]
    return out
