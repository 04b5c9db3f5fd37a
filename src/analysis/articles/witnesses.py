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

(30ab) A group speaks a quotation opening right after its name whose closing mark its speech
word follows ("탈북민 단체 ‘겨레얼통일연대’의 장세율 대표는 6일 뉴스1에 “… 우크라이나 국방부
산하 ‘전쟁포로처우조정본부’에 확인해본 결과, 북한군 2명은 … 배제됐다”고 말했다"): it speaks however
long the quotation, and the names inside it (the ministry it asked) are no sources of their own.
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

    quoted = [q for m in claimants if m.value == WITNESS
              and (q := _quotation(m, attribution, low)) is not None]
    # (30ab) the names inside a quotation the group speaks are where it learned what it says
    return [m for m in claimants if (m.value != WITNESS or low[m.end - 1] in _PARTICLES
                                     or any(speaks(m, a) for a in attribution)
                                     or any(q[0] >= m.end for q in quoted))
            and not (m.value != WITNESS and any(q[0] < m.start < q[1] for q in quoted))]


_OPENS, _CLOSES = "“「『\"", "”」』\""
QUOTE_REACH, VERB_AFTER = 60, 4
"""How far after a group its quotation may open, and its speech word after the closing mark."""


def _quotation(m: Mention, attribution: list[Mention], low: str) -> tuple[int, int] | None:
    """Return the quotation a group speaks ("장세율 대표는 6일 뉴스1에 “…”고 말했다"), or None.

    (30ab) A quotation opening within :data:`QUOTE_REACH` characters after the group's name,
    in its sentence, whose closing mark a speech word follows at most :data:`VERB_AFTER`
    characters after ("”고 말했다", "」と話した"): the group speaks it, however long it is.
    """
    start = next((i for i in range(m.end, min(len(low), m.end + QUOTE_REACH))
                  if low[i] in _OPENS), None)
    if start is None or any(end in low[m.end:start] for end in _ENDS):
        return None
    # (its closing mark on the same line: a quotation never runs across a paragraph)
    close = next((i for i in range(start + 1, len(low)) if low[i] in _CLOSES or low[i] == "\n"),
                 None)
    if close is None or low[close] == "\n":
        return None
    return (start, close) if any(0 <= a.start - close - 1 <= VERB_AFTER
                                 for a in attribution) else None
