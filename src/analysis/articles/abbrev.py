"""A source named once with its short name in brackets, then by the short name alone.

"米国防総省傘下の国防情報局(DIA)は29日、… DIAによると、北朝鮮はロシアに300万発以上の砲弾を提供"
(round 16f): outlets introduce a body by its full name with its Latin short name in brackets,
then write the short name alone. The short name is that body wherever it stands, when the
language's table asks for it (``ARTICLES["short_names"]``: the bracket form) and the short
name is no name of its own already (a name the tables know keeps its reading).
"""

from __future__ import annotations

import re

from analysis.articles.claimants import Claimants
from analysis.articles.cues import Cues, Mention
from analysis.lang import ARTICLE_TABLES

__all__ = ["named", "short_names"]

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
    return short_names(names.mentions(text, low, cues, present), low,
                       ARTICLE_TABLES[code].get("short_names"))


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
