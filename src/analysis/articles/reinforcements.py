"""Additional troops written without a number (16pr).

Outlets often tell a later wave before anybody counts it: "North Korea has sent additional
troops", "Nordkorea wird zusätzliche Truppen entsenden", "a envoyé des troupes
supplémentaires", "plus de soldats", "el envío de tropas adicionales", "направить додаткові
війська", "추가 병력을 파병", "追加兵力を派遣". An additional word of the language
(``ARTICLES["additional"]``) joined to a troops noun (``ARTICLES["troops"]``: before it, or
after it where the adjective follows the noun, only a space or nothing between) in a sentence
that sends (a deployment cue or a word of ``ARTICLES["sent"]``) and counts nothing with a
number is the ledger's additional deployment with no number (not a sending planned or
possible, ``ARTICLES["planned"]``, ``ARTICLES["hypothetical"]``: "plans to send additional
personnel", "zusätzliche Soldaten … schicken könnte", "se dispone a enviar más soldados" are
no figure the labelled rounds count; nor a wave told as a possibility, a risk, an
expectation or not yet seen, ``ARTICLES["wave_unseen"]`` (35c): "did not rule out the
possibility of North Korea deploying additional troops", "has yet to detect signs of another
troop deployment", "se espera la llegada de más efectivos"): the noun phrase is the figure
(status ``unparsed``), as the captives and children written without a number
(``reader.unnumbered``). A number given for the wave anywhere in the article takes its place
(``repeats.dedupe``: a figure without a number yields to its number).
"""

from __future__ import annotations

from analysis.articles.cues import Cues, Mention

_SENDING = ("deployed", "additional_deployed")


def _joined(word: Mention, noun: Mention, low: str) -> bool:
    """Whether the additional word and the troops noun make one phrase (a space at most)."""
    lo, hi = (word.end, noun.start) if word.end <= noun.start else (noun.end, word.start)
    return 0 <= hi - lo <= 1 and not low[lo:hi].strip()


def troops_joined(inside: dict[str, dict[int, list[Mention]]], low: str) -> set[int]:
    """Return the sentences where an additional word is joined to a troops noun."""
    return {i for i, words in inside["additional"].items()
            if any(_joined(w, n, low) for w in words for n in inside["troops"].get(i, []))}


def additional_troops(here: dict[str, list[Mention]], metrics: list[str], low: str, cues: Cues,
                      where: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Return the additional troops written without a number in a sentence.

    ``metrics``: those of the sentence's numbers (a sentence that counts anything, a wave
    or its losses, "around 100 … killed and a further 1,000 injured, … more soldiers are being
    sent", tells the wave without a number only in passing: no phrase); ``where``: the
    sentence's offsets. Each phrase is (start, end, cue word), the
    first of the sentence only.
    """
    s0, s1 = where
    if any(metrics) or any(
            rx.search(low, s0, s1) for kind in ("planned", "hypothetical", "wave_unseen")
            for _, rx in cues.groups[kind]) or not (
            any(m.value in _SENDING for m in here["metric"]) or cues.sent.search(low, s0, s1)):
        return []
    for word in here["additional"]:
        for noun in here["troops"]:
            if _joined(word, noun, low):
                start = min(word.start, noun.start)
                return [(start, max(word.end, noun.end), low[word.start:word.end])]
    return []
