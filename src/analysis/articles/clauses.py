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

(16wu, the languages with ``ARTICLES["owned_statement"]``: en, de, fr, es, ru, uk) A statement
noun owned by a named source opening its content clause ("l'annonce de Kiev selon laquelle deux
soldats … avaient été capturés", "die Angaben von Präsident Selenskyj, dass Nordkorea tausende
Soldaten … entsandt habe") makes the figures of that clause the owner's, whoever confirms or
doubts them (:func:`statement_owner`; kind d of 16ws). Korean and Japanese put the content clause
before the noun ("…했다는 우크라이나 측 발표"): not read here.

(30ab) Two clause tests for every language that has the form: a subject relative pronoun after a
name makes it the speaker of its clause (:data:`SUBJECT_GAP`, :func:`speaks_in_relative`), and a
loss cue after words of making up for it, or before a reflexive, is no metric
(:func:`made_up_for`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from analysis.articles.cues import Mention, compile_cues, words_pattern
from analysis.figures import parse_figure
from analysis.lang import ARTICLE_TABLES, SCRIPTS

__all__ = ["PARTICIPLE", "SUBJECT_GAP", "designation", "made_in_north_korea", "made_up_for",
           "relative_follows", "speaks_in_relative", "statement_owner", "used_by_russia",
           "without_second_report"]

PARTICIPLE = re.compile(r",\s+(?:що\s|[^\W\d]+(?:вш|ющ|ящ|енн|анн|янн|ен|ан|ян|ут)"
                        r"(?:ий|ій|ый|ая|ое|ее|ие|ые|их|ых|им|ым|ими|ыми|ую|ей|ого|его|ому|ему|ой|"
                        r"ої|ою)(?:ся|сь)?\s)")
"""A participle phrase after a comma (ru/uk -вш-, -ющ-, -ящ-, -енн-, -ен-, -ан-, -ут-; uk "що")."""



_SUBJECT_RELATIVE = (r",\s*(?:which|who|que|quien|quienes|el cual|la cual|qui|lequel|laquelle|"
                     r"der|die|das|welcher|welche)(?!\w)")
# (an incise may stand between a speaker and the speech word: "Estados Unidos, por su parte,
# calculó"; 30ab: or a subject relative pronoun, whose antecedent speaks: "…, en línea con lo
# informado por la agencia de inteligencia de Corea del Sur, que informó de unos 100 muertos",
# "the NIS, which said", "le NIS, qui a indiqué", "der Geheimdienst, der mitteilte")
SUBJECT_GAP = re.compile(r"\s*(?:,(?:\s*[^\W\d]+){1,3}\s*,|" + _SUBJECT_RELATIVE + r")?"
                         r"(?:\s+[^\W\d]+){0,2}\s*")
"""Between a speaker named first (subject-first languages) and the speech word it is subject of."""
_RELATIVE_SPEAKER = re.compile(_SUBJECT_RELATIVE + r"(?:\s+[^\W\d]+){0,2}\s*")


def speaks_in_relative(m: Mention, attribution: list[Mention], low: str) -> bool:
    """Whether the name ``m`` is the antecedent of a relative clause it speaks in (30ab).

    "…, en línea con lo informado por la agencia de inteligencia de Corea del Sur, que informó
    de unos 100 muertos": the agency tells the figures of that clause in its own right, not as
    the ground of the sentence's first speaker.
    """
    return any(a.start >= m.end and _RELATIVE_SPEAKER.fullmatch(low, m.end, a.start)
               for a in attribution)


@cache
def _made_up_for(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = ARTICLE_TABLES.get(code, {})
    before = table.get("made_up_for")
    # (a reflexive is a whole word: "themselves"; a verb stem is not: "보충하기", "補うため")
    after = table.get("made_up_for_after", []) + [
        w + r"(?!\w)" for w in table.get("self_inflicted_after", [])]
    return (re.compile(r"(?<!\w)(?:" + "|".join(before) + r")\s*$") if before else None,
            re.compile(r"\s*(?:" + "|".join(after) + r")") if after else None)


def made_up_for(code: str, low: str, cue: Mention) -> bool:
    """Whether a loss cue names what a sending makes up for, no count of its own (30ab).

    "sent an additional 3,000 to 4,000 soldiers to compensate for the losses", "pour compenser
    les pertes", "для восполнения потерь", "손실을 보충하기 위해", "損失を補うため": the words of
    ``ARTICLES["made_up_for"]`` right before the cue, or (ko, ja) ``made_up_for_after`` right
    after it, make the losses the purpose of the sending, not the metric of its number; so does
    a reflexive right after the cue (``self_inflicted_after``: "injuring themselves to avoid
    being sent to the front", "verletzten sich selbst"), harm done to oneself, no loss of war.
    """
    before, after = _made_up_for(code)
    return bool(before and before.search(low, max(0, cue.start - 60), cue.start)) or bool(
        after and after.match(low, cue.end))


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


_PART_OF = re.compile(r"\S{0,2}?\s?(?:중|가운데|의 (?:일부|대부분|상당수|절반)|"
                      r"の(?:うち|多く|一部|大半|半分|ほとんど|半数))")
"""A part of the number just after it, in Korean and Japanese ("900万発の多く", "900만 발 중")."""


def used_by_russia(here: dict[str, list[Mention]], number: tuple, low: str,
                   in_clause: Callable[[list[Mention]], bool]) -> bool:
    """Whether a materiel number counts ammunition Russia uses or fires.

    ``number`` is the reader's candidate and the text's language.

    A word of ``ARTICLES["used"]`` in its clause ("снарядів, які використовує Росія", "пяти
    ракет, выпущенных утром по Харькову"), none of ``supplied`` ("відправила росіянам понад 1
    мільйон снарядів, які кремль використовує") and no North Korea in its noun phrase
    (:func:`made_in_north_korea`); ``in_clause`` tells whether mentions stand in its clause.
    A word of ``ARTICLES["fired"]`` in its clause counts launches whatever made the weapons
    ("Russia used two North Korean ballistic missiles", "약 60기의 북한산 미사일을 발사했다",
    16pf): no sending either, unless the clause says they were sent ("sent 100 missiles, of
    which 60 were fired" keeps the 100) or the number is a lower bound ("accusé la Russie
    d'avoir utilisé plus de 20 missiles balistiques de fabrication nord-coréenne", "уже
    применила … по меньшей мере девять ракет северокорейского производства": at least so many
    were sent, as the labels of rounds 16b, 16e and 16m read it; not "fired around 50"), but for
    a lower bound of one ("launched at least one North Korean missile": a launch, 22ar).
    In Korean and Japanese the verb after the number is the clause's: a word of supplying
    before it only says where the weapons came from ("북한에서 제공받은 탄도미사일 약 60기를
    사용했다", round 16v: not a figure).
    """
    candidate, code = number
    end = candidate.end
    # (22ar) a lower bound of one says a launch happened, not how many were sent: "запустили
    # принаймні одну північнокорейську балістичну ракету", "최소 1발의 북한 탄도미사일을 …
    # 발사했고" (rounds 16zz4, 16zz9, 16zz10)
    fired = in_clause(here["fired"]) and (
        (reading := parse_figure(candidate.text, code)).qualifier != "at_least"
        or reading.best <= 1)
    after = [m for m in here["fired"] if m.start >= end]
    # (not when a part of the number is what was fired: "送った砲弾900万発の多くが使用された",
    # "보낸 포탄 900만 발 중 상당수가 사용됐다": the sent total stays, 16rv)
    verb_last = fired and not compile_cues(code).spaced and in_clause(after) and not \
        _PART_OF.match(low, end, min(m.start for m in after))
    supplied = [m for m in here["supplied"] if not (verb_last and m.end <= candidate.start)]
    return (fired or in_clause(here["used"]) and not made_in_north_korea(
        end, here["side"], low)) and not in_clause(supplied)


_REACH = 60
"""How many characters before a name its statement noun may stand (a title or two between)."""


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    table = ARTICLE_TABLES[code].get("owned_statement")
    if not table:
        return None
    nouns = words_pattern(table.get("nouns") or ["(?!)"], True)
    opens = words_pattern(table.get("opens") or ["(?!)"], True)
    return (re.compile(nouns + r"\s+(?:[\w’'.-]+\s+){0,2}$"),
            re.compile(r"\s*,?\s*" + opens),
            re.compile(r"\s*(?:" + "|".join(table.get("possessive") or ["(?!)"]) + r")(?!\w)"))


def statement_owner(code: str, here: dict[str, list[Mention]], low: str, s0: int, at: int
                    ) -> Mention | None:
    """Return the named source owning the statement whose content clause holds ``at``.

    ``here``: the sentence's mentions by kind (its claimant names before
    :meth:`~analysis.articles.claimants.Claimants.resolve`, so Kyiv keeps its statement although
    Zelensky is named too); ``s0``: where the sentence starts; ``low``: the lower-cased text.
    The nearest owner before the figure whose statement opens before it wins.
    """
    found = _patterns(code)
    if found is None:
        return None
    noun, opens, possessive = found
    owners = []
    for m in here.get("claimant", []):
        if m.end > at or m.start < s0:
            continue
        after = opens.match(low, m.end, at) or possessive.match(low, m.end, at)
        if after and after.end() <= at and (
                after.re is possessive or noun.search(low[max(s0, m.start - _REACH):m.start])):
            owners.append(m)
    return max(owners, key=lambda m: m.end) if owners else None


def without_second_report(claimants: list[Mention], figure: tuple[int, int], low: str
                          ) -> list[Mention]:
    """Return ``claimants`` less the names that open a second report after the figure.

    (30ar) In Japanese and Korean a name after the figure with "also" ("国情院も", "국정원도")
    tells a report of its own after it: no source of the figure told before it, when a name
    before the figure gives it ("米軍当局者は、…死傷者が100人余りに達し、国情院も…把握している").
    """
    if not any(m.end <= figure[0] for m in claimants):
        return claimants
    return [m for m in claimants
            if not (m.start >= figure[1] and low[m.end:m.end + 1] in ("も", "도"))]
