"""A witness or a group speaking for captives and defectors, as a figure's source (26ac).

The tables name the groups that relay what captives and defectors say (a human-rights or
defectors' group, Gyeore-eol, an activist: ``ARTICLES["claimants"]`` blocks marked 26ac) as
"Individual witnesses and sources". Such a group is often named in a figure's sentence without
speaking: "a documentary coordinated by Gyeore-eol Nation United", "задокументировала
правозащитная организация". It is the figure's source only where it speaks: an attribution word
right before it ("according to the human rights group", "повідомила правозахисна організація")
or shortly after it ("an activist said", "겨레얼통일연대 장세율 대표가 31일 전했다",
"人権団体が2日、AFPに明らかにした"). The experts and scholars the ko and ja tables read with
their particle ("전문가인 홍길동 박사는", "…氏によると") keep their reading.
"""

from __future__ import annotations

from analysis.articles.cues import Mention

WITNESS = "Individual witnesses and sources"
AFTER, AFTER_UNSPACED, BEFORE = 40, 25, 15
"""How far an attribution word may stand after (characters; in ko and ja, whose speech verb
follows its speaker closely) or before the witness named, in its sentence."""
_PARTICLES = frozenset("은는이가면はがとば")  # the ko / ja forms that hold their particle
_ENDS = (". ", "。", "! ", "? ", "\n")


def speaking(claimants: list[Mention], attribution: list[Mention], low: str,
             spaced: bool) -> list[Mention]:
    """Return ``claimants`` less the witnesses named where they do not speak."""
    if not any(m.value == WITNESS for m in claimants):  # (the common case: one set lookup)
        return claimants
    after = AFTER if spaced else AFTER_UNSPACED

    def speaks(m: Mention, a: Mention) -> bool:
        near = -2 <= a.start - m.end <= after or 0 <= m.start - a.end <= BEFORE
        between = low[min(m.end, a.end):max(m.start, a.start)]
        return near and not any(end in between for end in _ENDS)

    return [m for m in claimants if m.value != WITNESS or low[m.end - 1] in _PARTICLES
            or any(speaks(m, a) for a in attribution)]
