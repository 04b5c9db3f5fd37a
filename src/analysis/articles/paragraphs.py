"""A report's source carried over a paragraph's end (24ar), and the linking word's test.

Outlets that write one or two sentences a paragraph close a report with a sentence saying whose
it is ("Про це повідомляє …", "Об этом сообщил …", "This was reported by …", "이같이 밝혔다";
``ARTICLES["carry"]["closes"]`` and ``"closes_within"``) and go on with the same report in the
next paragraph, naming nobody: "Понад 10 тис. північнокорейських військових перебувають на
території Росії … Про це повідомляє південнокорейська Національна розвідувальна служба (NIS),
пише «Главком». ¶ Крім військовослужбовців, Пхеньян направив до Росії понад тисячу інженерів
…". A sentence with no attribution otherwise goes on with the source before it only inside its
paragraph (:func:`analysis.articles.carry._carried`): the first sentence of the next paragraph
takes the source that such a closing sentence, the last of its paragraph, names itself (one
source, news outlets aside), when it has a figure and no word that ends a report ("раніше",
"Нагадаємо", checked before). Any other sentence before a line break carries nothing over it:
measured over every labelled set, carrying every attributing sentence's source into the next
paragraph read 18 figures right and 28 wrong (background the labels leave "Unattributed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.articles.claimants import ACTOR, MEDIA, UNATTRIBUTED
from analysis.articles.cues import Mention

if TYPE_CHECKING:  # (carry imports this module)
    from analysis.articles.carry import CarryCues

__all__ = ["after_closing", "linked"]


def after_closing(named: list[list[Mention]], index: int, low: str,
                  sentences: list[tuple[int, int]],
                  read: tuple[CarryCues, dict[int, dict[str, list[Mention]]]]) -> str | None:
    """Return the source a closing sentence ending the paragraph before names, else ``None``.

    Sentence ``index`` opens a paragraph (the caller has checked the line break); ``read``
    holds the language's carry cues and the mentions of each sentence by kind.
    """
    cues, per = read
    previous = sentences[index - 1]
    if "attribution" not in per.get(index - 1, {}) or not (
            cues.closes.match(low, *previous) or cues.closes_within.search(low, *previous)):
        return None
    # (named in the closing sentence's own words, not carried into it)
    values = {m.value for m in named[index - 1] if m.end > m.start
              and m.value not in (MEDIA, UNATTRIBUTED, ACTOR)}
    return values.pop() if len(values) == 1 else None


def linked(before: list[Mention], cues: CarryCues, low: str, span: tuple[int, int]) -> bool:
    """Whether a sentence opening with a linking word (``adds``) was given one carried source."""
    return len({m.value for m in before}) == 1 and \
        all(m.kind == "carried" and m.value != UNATTRIBUTED for m in before) and \
        bool(cues.adds.match(low, *span))
