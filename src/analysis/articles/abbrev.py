"""A source named once with its short name in brackets, then by the short name alone.

"米国防総省傘下の国防情報局(DIA)は29日、… DIAによると、北朝鮮はロシアに300万発以上の砲弾を提供"
(round 16f): outlets introduce a body by its full name with its Latin short name in brackets,
then write the short name alone. The short name is that body wherever it stands, when the
language's table asks for it (``ARTICLES["short_names"]``: the bracket form) and the short
name is no name of its own already (a name the tables know keeps its reading).

(16db) North Korea's leader, named in full ("El líder norcoreano Kim Jong Un recibió a …"),
then by his surname alone as the subject of a verb of honouring, showing or telling ("Kim
depositó una flor blanca ante los retratos de nueve soldados fallecidos"): the surname is
North Korea's leadership too (:func:`leader_surname`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.claimants import ACTOR, Claimants
from analysis.articles.cues import Cues, Mention
from analysis.lang import ARTICLE_TABLES

__all__ = ["leader_surname", "named", "short_names"]

# what may stand between the name found and its bracket: the body under it, no clause break
# ("米国防総省傘下の国防情報局(DIA)", "미 국방부 산하 국방정보국(DIA)")
_BETWEEN = 12
_BREAK = re.compile(r"[、。,.;:「」『』\"“”]")


def named(names: Claimants, texts: tuple[str, str], cues: Cues, code: str,
          present: set[int] | None = None) -> list[Mention]:
    """Every claimant named in the text (:meth:`Claimants.mentions`) and its short names.

    ``texts`` is the text and its lowered form, ``code`` the language.
    """
    text, low = texts
    return leader_surname(short_names(names.mentions(text, low, cues, present), low,
                                      ARTICLE_TABLES[code].get("short_names")), text, low, code)


_NEXT_NAME = re.compile(r"[ -]+[^\W\d_]")


@cache
def _leader(code: str) -> tuple[str, re.Pattern[str]] | None:
    table = ARTICLE_TABLES[code].get("leader_acts")
    return (table["surname"], re.compile(r"\s+(?:" + "|".join(table["verbs"]) + r")(?!\w)")) \
        if table else None


def leader_surname(mentions: list[Mention], text: str, low: str, code: str) -> list[Mention]:
    """Add North Korea's leadership where its leader, named in full before, is named by surname.

    ``ARTICLES["leader_acts"]`` gives the leader's surname ("kim", "ким") and the verbs of
    honouring, showing or telling. After a mention of :data:`ACTOR` that is his full name
    (the surname and more: "Kim Jong Un", "Ким Чен Ын"), the surname alone, capitalised and
    followed by one of the verbs ("Kim depositó", "Kim laid", "Ким возложил"), is a mention of
    the leadership. Nobody when the surname opens another name of the text that is no mention
    of the leader ("Defence Minister Kim Yong-hyun", read as his ministry or as no name): two
    people.
    """
    leader = _leader(code)
    if leader is None:
        return mentions
    surname, acts = leader
    full = [m for m in mentions if m.value == ACTOR and low.startswith(surname, m.start)
            and _NEXT_NAME.match(low, m.start + len(surname), m.end)]
    if not full:
        return mentions
    found = []
    for s in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", low):
        inside = {o.value for o in mentions if o.start <= s.start() < o.end}
        if inside - {ACTOR} or not inside and _NEXT_NAME.match(text, s.end()) and \
                text[s.end():].lstrip(" -")[:1].isupper():
            return mentions  # another person of that surname ("Minister Kim Yong-hyun")
        if inside or not text[s.start()].isupper() or any(
                0 <= s.start() - o.end <= 1 for o in mentions):
            continue  # (review) a title named right before: "Defence Minister Kim said"
        if s.start() > full[0].start and acts.match(low, s.end()):
            found.append(Mention(s.start(), s.end(), "claimant", ACTOR))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def short_names(mentions: list[Mention], low: str, bracket: str | None) -> list[Mention]:
    """Add a mention of the claimant before a bracketed short name at each of its other uses.

    ``mentions`` are the text's claimant mentions in order, ``low`` the lowered text,
    ``bracket`` the language's pattern of a short name in brackets (group 1 the short name),
    ``None`` where the language has none.
    """
    if not bracket:
        return mentions
    out = list(mentions)
    for d in re.finditer(bracket, low):
        before = [m for m in mentions if m.value != "Unattributed"
                  and 0 <= d.start() - m.end <= _BETWEEN
                  and not _BREAK.search(low, m.end, d.start())]
        if not before:
            continue
        value = before[-1].value
        for s in re.finditer(rf"(?<![a-z]){re.escape(d.group(1))}(?![a-z])", low):
            if not d.start() <= s.start() < d.end() and not any(
                    o.start < s.end() and s.start() < o.end for o in out):
                out.append(Mention(s.start(), s.end(), "claimant", value))
    return sorted(out, key=lambda m: m.start)
