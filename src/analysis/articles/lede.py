"""A source named in the sentence or paragraph right after the figure that has none (16cf).

Two conventions of news writing in every language the reader knows, where the source stands
*after* the figure and no word of the figure's sentence points to it:

* **The lead and its attribution** (:func:`lead_next`): a story opens with what happened and
  says in the next sentence who says so: "Thousands of North Korean laborers have been sent
  to Russia …, a new investigation reports. According to a BBC probe this week, …", "Тысячи
  граждан Северной Кореи отправляются работать в России … Как сообщает Report со ссылкой на
  ВВС News, …", "…捕虜2人のインタビュー内容が公開された。20日、韓国メディアMBCは…伝えた。".
  The story's first report (a sentence opening one of the first two paragraphs, no source
  named or carried before it) that names no source takes the one source of the next
  sentence when that sentence attributes (a news outlet yields to the source it cites), has
  no figure of its own ("Laut südkoreanischen Angaben sind 600 von ihnen bereits gefallen"
  is the source of its 600 only) and no word that ends a report ("earlier", "ранее", "앞서").
  A headline is left to the repeats rule, as before; a lead telling an impersonal or earlier
  report itself ("Ще на початку листопада повідомлялось, що …") takes nothing.
* **A quotation after its speaker** (:func:`quoted_after`): a paragraph that opens with a
  quotation mark right after a paragraph whose last sentence attributes to one source is that
  source's words: "По словам Сырского, для украинского командования это было неожиданным
  шагом врага. ¶ "Это был первый случай … группировка до 12 тысяч …", "… Зеленский заявил, что
  ¶ "Северная Корея. 12 тысяч приехало …"". A source named in the quotation before the figure,
  or a quotation closed by another speaker (:func:`~analysis.articles.carry.quote_closed`,
  read first), gives nobody.
"""

from __future__ import annotations

import re

from analysis.articles.claimants import ACTOR, MEDIA, UNATTRIBUTED
from analysis.articles.cues import Mention

__all__ = ["lead_next", "quoted_after"]

_QUOTE_OPEN = re.compile(r"\s*[\"“„«「『]")
_QUOTE_MARK = re.compile(r"[\"“”„«»「」『』]")


def _headline(low: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether the first sentence is a headline: its own line, with no full stop."""
    (s0, s1), after = sentences[0], sentences[1][0] if len(sentences) > 1 else len(low)
    return (s1 >= len(low) or "\n" in low[s1:after + 1]) and \
        low[s0:s1].rstrip()[-1:] not in ".!?。"


def _one(mentions: list[Mention]) -> list[Mention]:
    """Return the mentions of the one source named (an outlet yields to the source it cites)."""
    named = [m for m in mentions if m.value not in (UNATTRIBUTED, ACTOR)]
    sources = [m for m in named if m.value != MEDIA] or named
    return sources if len({m.value for m in sources}) == 1 else []


def lead_next(low: str, sentences: list[tuple[int, int]], index: int,
              read: tuple[list[list[Mention]], dict, dict], ends: re.Pattern[str]
              ) -> list[Mention]:
    """Return the one source of the sentence after the story's first report ``index``.

    ``read``: the claimants of each sentence (carried ones included), the mentions of each
    sentence by kind, the sentences' candidate figures; ``ends``: the language's words that
    end a report (``ARTICLES["carry"]["ends"]``).
    """
    named, per, cands = read
    j = index + 1
    if j >= len(sentences) or any(m.value != UNATTRIBUTED for m in named[index]):
        return []
    # (not a headline, not a sentence telling an impersonal or earlier report itself, not a
    # next sentence with figures of its own: "Laut südkoreanischen Angaben sind 600 von ihnen
    # bereits gefallen" is the source of its own 600)
    if index == 0 and _headline(low, sentences) or "impersonal" in per.get(index, {}) or \
            ends.search(low, *sentences[index]) or j in cands:
        return []
    s0 = sentences[index][0]
    before = low[:s0]
    # (the story's first report: a sentence opening the first or second paragraph, nothing
    # named or attributed before it; a headline line is the repeats rule's)
    if before.strip() and not before.rstrip(" \t").endswith("\n") or \
            len(before.strip().splitlines()) > 1:
        return []
    if any("attribution" in per.get(i, {}) or any(m.value not in (UNATTRIBUTED, ACTOR)
                                                  for m in named[i]) for i in range(index)):
        return []
    if low[sentences[index][1]:sentences[j][0]].count("\n") > 2:
        return []
    here = per.get(j, {})
    if "attribution" not in here or ends.search(low, *sentences[j]):
        return []
    # (the next sentence reports on North Korea, as the Japanese lead's "…が分かりました。"
    # reads it, 16y: not "ゼレンスキー大統領は30日、ロシア軍の損失について述べました。", nor "the
    # drones are expected …" after "12,000 workers", 16co; and it is not opened by a pronoun
    # whose speaker does not close it: "They appeared to back up what South Korean and U.S.
    # officials have said …" are the soldiers' answers, 16t)
    # (22as) or a news outlet opens it with its attribution: "Как сообщает Report со ссылкой на
    # ВВС News, …", "According to Ukrinform, the Yonhap news agency stated this": an outlet
    # telling the story (not a source's own other claim: "According to Ukraine's military
    # intelligence, Russian losses rose again", 16cf)
    found = _one([m for m in named[j] if m.end > m.start])
    told = {m.value for m in found} == {MEDIA} and _opens_with_source(sentences[j][0], here)
    if not (told or any(m.kind == "north_korea" for m in here.get("side", []))) or any(
            m.start <= sentences[j][0] + 3 for m in here.get("they_open", [])):
        return []
    return [Mention(m.start, m.end, "lead", m.value) for m in found[:1]]


_OPENING = 6
"""Characters of a sentence before its attribution cue that still open it (one short word)."""


def _opens_with_source(start: int, here: dict[str, list[Mention]]) -> bool:
    """Whether a sentence opens with its attribution (22as).

    "Как сообщает Report со ссылкой на …", "According to Ukrinform, …": the whole sentence is
    the source's, whatever it tells (one word may stand before the cue: "Как", "As", "Wie").
    """
    cues = here.get("attribution", []) + here.get("according", [])
    return any(m.start <= start + _OPENING for m in cues)


def quoted_after(low: str, sentences: list[tuple[int, int]], index: int,
                 read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the speaker of the paragraph before a quoted paragraph holding figure ``index``."""
    named, per, _ = read
    start = low.rfind("\n", 0, sentences[index][0]) + 1
    if not start or not _QUOTE_OPEN.match(low, start) or \
            len(_QUOTE_MARK.findall(low, start, sentences[index][0])) % 2 == 0 and \
            not _QUOTE_OPEN.match(low, sentences[index][0]):
        return []
    first = next(i for i, (s0, s1) in enumerate(sentences) if s1 > start)
    if first == 0 or any(any(m.end > m.start for m in named[i]) for i in range(first, index + 1)):
        return []
    last = first - 1
    if "attribution" not in per.get(last, {}) and not any(m.end > m.start for m in named[last]):
        return []
    found = _one(named[last])
    return [Mention(m.start, m.end, "quote", m.value) for m in found[:1]]
