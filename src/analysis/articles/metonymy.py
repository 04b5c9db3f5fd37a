"""A country that speaks is the one body of it the report names (16cc).

Outlets write a country or its capital for the body of it that spoke: "Die USA gehen davon aus,
dass Nordkorea mindestens 3.000 Soldaten … entsendet hat. …, so der Sprecher des nationalen
Sicherheitsrats, Kirby"; "…労働者1万2,000人を誘致する計画だとウクライナが明らかにした。ウクライナ
国防省情報総局(GUR)は14日、…発表した"; "This was reported by the Minister of Defense of South Korea
Shin Wonsik. Seoul discovered at least 10 000 shipping containers". A country read as its
government because it is the subject of a speech word (:func:`analysis.articles.rules.speaks`)
is that body when the sentence before it, its own or the one after it names exactly one body of
the country (its claimants in ``data/raw/claimants.csv``; news media and others aside; of a body
and its broader one, the body) other than as the source an "according to" cites ("Laut
südkoreanischem Verteidigungsministerium könnten es sogar 4,8 Millionen sein. Seoul habe
mindestens 10.000 Schiffscontainer entdeckt" stays Seoul's). It stays the government

* after an "according to" word ("according to Seoul", "d'après Séoul", "По оценкам Сеула",
  ``ARTICLES["according"]``): labellers keep the country named as a source;
* in a sentence recalling an earlier claim (``ARTICLES["earlier_claim"]``: "Seoul has
  previously claimed", "Séoul avait avancé le chiffre de 1 000", "попередню оцінку Сеула"),
  and a body named only with such a claim is no body of the story;
* when two bodies of the country are named around it, or the government itself in words of
  its own ("the South Korean government", "les autorités sud-coréennes");
* for Ukraine's president: a head of state is no body the state's name stands for ("Kiev
  estime que 12 000 soldats …" beside Zelensky is Kyiv's).

A headline's country is the body the article names anywhere below
(:func:`analysis.articles.repeats.dedupe`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from analysis.articles import rules
from analysis.articles.claimants import Claimants
from analysis.articles.cues import Cues, Mention, words_pattern
from analysis.lang import ARTICLE_TABLES

__all__ = ["speaking_bodies"]

_NO_BODY = ("media", "other")  # (an outlet or a think tank of the country is no body of it)
_HEADS = ("Volodymyr Zelensky (President of Ukraine)",)  # (the state itself, no body of it)


@cache
def _earlier(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES[code].get("earlier_claim", [])
    return re.compile(words_pattern(words, spaced) if words else "(?!)")


def speaking_bodies(claimants: list[Mention], countries: list[Mention], names: Claimants,
                    read: tuple[str, Cues, list[tuple[int, int]]],
                    said: tuple[list[Mention], list[Mention]]) -> list[Mention]:
    """Return ``claimants`` with each country that speaks read as the one body named of it.

    ``countries`` are the country and capital names of the text (kind ``country``): a
    claimant mention with the same span is a country read as its government. ``read`` is
    the lowered text, its cues and its sentences; ``said`` its attribution and "according
    to" words.
    """
    spans = {(m.start, m.end) for m in countries}
    low, cues, sentences = read
    attribution, according = said
    starts = [s0 for s0, _ in sentences]

    def sentence(m: Mention) -> int:
        return bisect_right(starts, m.start) - 1

    earlier = _earlier(cues.code, cues.spaced)
    recalled = {i for i, (s0, s1) in enumerate(sentences) if earlier.search(low, s0, s1)}
    own = [m for m in claimants if (m.start, m.end) not in spans and m.value not in _HEADS
           and sentence(m) not in recalled]
    out = []
    for m in claimants:
        if (m.start, m.end) in spans and m.value in names.country and \
                sentence(m) not in recalled and _subject(m, (low, cues), attribution, according):
            near = [o for o in own if abs(sentence(o) - sentence(m)) <= 1
                    and not _cited(o, according)]
            m = Mention(m.start, m.end, m.kind, _one_body(m.value, near, names) or m.value)
        out.append(m)
    return out


def _subject(m: Mention, read: tuple[str, Cues], attribution: list[Mention],
             according: list[Mention]) -> bool:
    """Whether the country is who speaks, not the source an "according to" names."""
    low, cues = read
    return rules.speaks(m, attribution, low, cues) and not _cited(m, according)


def _cited(m: Mention, according: list[Mention]) -> bool:
    # the source an "according to" names ("laut südkoreanischem Verteidigungsministerium",
    # "국정원에 따르면"): a cited source, no speaker
    return any(-1 <= m.start - a.end <= 8 or 0 <= a.start - m.end <= 2 for a in according)


def _one_body(government: str, near: list[Mention], names: Claimants) -> str:
    """Return the one body of ``government``'s country named in ``near``, or ""."""
    if any(m.value == government for m in near):
        return ""  # the government named in words of its own
    country = names.country[government]
    bodies = {m.value for m in near if m.value != government and names.country.get(m.value)
              == country and names.kind.get(m.value) not in _NO_BODY}
    # (of a body and its broader one, the body: "the South Korean military … the JCS")
    bodies = {b for b in bodies if not any(b in names.broader.get(o, ()) for o in bodies)}
    return bodies.pop() if len(bodies) == 1 else ""
