"""Two general ways a news report refers back to a source it named before (helper 16co).

* **A person named again by surname** (:func:`surnames`): "Le député Lee Seong-kweun, …, a
  déclaré … Selon Lee, « la Corée du Nord a envoyé 18 000 soldats »", "Vadym Skibitsky, deputy
  head of the Defence Intelligence … According to Skibitsky, …", "Kim Jong-un gab weitere
  Details bekannt … wie Kim sagt", "キリーロ・ブダノフ … ブダノフ氏は". A person named in full
  (two to four capitalised words; katakana joined by "・") where the article names a source (the
  full name is a claimant's, or follows a claimant or a lawmaker word with lower-case words
  between, "Pentagon spokeswoman Sabrina Singh", in a sentence naming one source) is that
  source when a later sentence that attributes and names
  nobody writes the surname alone (or title + surname: "Assemblyman Park said"): the last
  word of the full name, or the first of an East Asian name ("Lee Seong-kweun", "Kim Jong Un":
  a hyphenated given name, or words of four letters at most), with the case endings of
  Russian, Ukrainian and German ("Буданова", "Kims"). The surname comes from the full name the
  article used, from no list. It names nobody when the article writes it in another full
  name ("Kim Jong Un" and "Kim Byung-kee"), when it is also a common word of the text (written
  in lower case there: "Young", "young") and, a two-letter one, opening a sentence.
* **The counted noun again** (:func:`counted_noun`): "Russia is preparing to bring in
  approximately 12,000 workers … According to … Ukraine's military intelligence services
  (HUR/DIU), the workers are expected to arrive …": a figure whose sentence names no source
  and has no attribution word takes the one source of one of the next two sentences (the one
  between naming none) that attributes and refers back to the figure's counted noun with a
  definite or demonstrative word of the language (``ARTICLES["carry"]["refers_back"]``:
  "the", "these", "ces", "diese", "эти", "ці", "이들", "これらの") right before it, no word of
  ``["carry"]["other"]`` ("other", "autres") between.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.articles.claimants import MEDIA, UNATTRIBUTED
from analysis.articles.cues import Mention
from analysis.lang import ARTICLE_TABLES

__all__ = ["WORD", "counted_noun", "speaking_surnames", "surname_key", "surnames"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_KANA = re.compile(r"[ァ-ヿ]{2,}(?:・[ァ-ヿ]{2,})+")
_ENDINGS = re.compile(r"(?:ого|ому|ими|ым|им|ом|ой|ою|ові|ем|а|у|е|ю|я|s)$")
_PART = re.compile(r"[^・\W\d_]+")
_BREAK = re.compile(r"[.;:!?。]")
_NAMES = ("side", "country", "claimant", "troops")
NEAR = 40
"""How far from a claimant or lawmaker word a full name stands to be its speaker."""


def _key(word: str) -> str:
    """Return a surname without its case ending ("Буданова" -> "Буданов", "Kims" -> "Kim")."""
    return _ENDINGS.sub("", word) if len(word) > 4 else word


WORD = _WORD
"""A word of a name (letters, joined by hyphens or apostrophes)."""


def surname_key(word: str) -> str:
    """Return a surname as :func:`surnames` keys it (without a case ending)."""
    return _key(word)


def speaking_surnames(text: str, low: str, sentences: list[tuple[int, int]],
                      read: tuple[list[list[Mention]], dict], wanted: set[str]
                      ) -> dict[str, tuple[str | None, int]]:
    """Return the surnames of ``wanted`` a full name speaking for a source bears.

    Each as (its source, where the full name ends), as :func:`surnames` finds them (23au).
    """
    wanted = _speaking(text, low, sentences, read, wanted)
    return _full_names(text, low, sentences, read, wanted) if wanted else {}


@lru_cache(maxsize=256)
def _runs(text: str, s0: int, s1: int) -> list[list[re.Match[str]]]:
    """Return the full names of ``text[s0:s1]``: runs of 2-4 words (capitalised; kana).

    (Remembered: :func:`surnames` and ``surname_speaker.speakers_again`` read the same
    sentences of a text, each twice; the callers only read the lists.)
    """
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for w in _WORD.finditer(text, s0, s1):
        if w.group()[0].isupper() and current and text[current[-1].end():w.start()] == " ":
            current.append(w)
            continue
        runs.append(current)
        current = [w] if w.group()[0].isupper() else []
    runs.append(current)
    # (a longer run is a name after capitalised nouns, in German: "Laut Südkoreas
    # Verteidigungsminister Shin Won-sik": its last two words, 23au)
    found = [r if len(r) <= 4 else r[-2:] for r in runs if len(r) >= 2]
    for m in _KANA.finditer(text, s0, s1):
        found.append([_PART.search(text, m.start() + p.start())
                      for p in re.finditer(r"[^・]+", m.group())])
    return found


def _surname_words(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the words of a full name that may be its surname (the last; an East Asian first)."""
    words = [run[-1]]
    for p in (0, 1, 2):  # (capitalised words before it: "Lawmaker Kim Byung-kee",
        # "Südkoreas Verteidigungsminister Shin Won-sik", 23au)
        rest = run[p:]
        east = any("-" in w.group() for w in rest[1:]) or all(len(w.group()) <= 4 for w in rest)
        if 2 <= len(rest) <= 3 and east and rest[0] is not run[-1]:
            words.append(rest[0])
    return [w for w in words if len(w.group()) >= 2 and (
        w.group()[0].isupper() or len(w.group()) >= 3)]


def _speaker(run: list[re.Match[str]], j: int, named: list[list[Mention]],
             per: dict[int, dict[str, list[Mention]]], texts: tuple[str, str]) -> str | None:
    """Return the source a full name in sentence ``j`` speaks for, if any."""
    text, low = texts
    a, b = run[0].start(), run[-1].end()
    here = per.get(j, {})
    for m in here.get("claimant", []):
        # (a name in kana only inside a claimant's name: "キリーロ・ブダノフ")
        if m.start < b and a < m.end and (run[0].group()[0].isupper() or m.start <= a < b <= m.end):
            return None if m.value in (MEDIA, UNATTRIBUTED) else m.value
    if not run[0].group()[0].isupper():
        return None
    if any(m.start < b and a < m.end for m in here.get("side", []) + here.get("country", [])):
        return None  # (a country's name: "North Korea", "South Korea")
    values = {m.value for m in named[j] if m.end > m.start} - {MEDIA, UNATTRIBUTED}
    if len(values) != 1:
        return None
    # (a title of lower-case words between: "Pentagon spokeswoman Sabrina Singh", "Le député")
    near = any(0 <= a - m.end <= NEAR and text[m.end:a].strip() == low[m.end:a].strip()
               and not _BREAK.search(low, m.end, a)
               for m in here.get("claimant", []) + here.get("relay", []))
    return values.pop() if near else None


def _speaking(text: str, low: str, sentences: list[tuple[int, int]],
              read: tuple[list[list[Mention]], dict], wanted: set[str]) -> set[str]:
    """Return the surnames in ``wanted`` of the full names that speak for a source somewhere.

    A full name speaks only in a sentence naming a claimant (:func:`_speaker`), so only those
    are read; :func:`_full_names` then settles these surnames over the whole text.
    """
    named, per = read
    keys: set[str] = set()
    for j, (s0, s1) in enumerate(sentences):
        if not (named[j] or per.get(j, {}).get("claimant")):
            continue
        sentence = text[s0:s1]
        if not any(key in sentence for key in wanted):
            continue
        for run in _runs(text, s0, s1):
            if _speaker(run, j, named, per, (text, low)):
                keys.update(_key(w.group()) for w in _surname_words(run))
    return keys & wanted


def _full_names(text: str, low: str, sentences: list[tuple[int, int]],
                read: tuple[list[list[Mention]], dict], wanted: set[str]
                ) -> dict[str, tuple[str | None, int]]:
    """Return each wanted surname of the text's speaking full names: its source, where first named.

    The source is ``None`` when two full names of the text share the surname (two people). Each
    surname is settled on its own, so only the sentences that hold one of ``wanted`` (a word
    whose ending is cut still begins with its key) are read.
    """
    named, per = read
    found: dict[str, tuple[str | None, int]] = {}
    given: dict[str, set[str]] = {}
    for j, (s0, s1) in enumerate(sentences):
        sentence = text[s0:s1]
        if not any(key in sentence for key in wanted):
            continue
        for run in _runs(text, s0, s1):
            value = _speaker(run, j, named, per, (text, low))
            for w in _surname_words(run):
                key = _key(w.group())
                if key not in wanted:
                    continue
                others = {o.group()[:3].lower() for o in run if o is not w}
                if value or w is not run[-1]:  # (not "Selon Lee": a word before a surname)
                    if key in given and not given[key] & others:
                        found[key] = (None, 0)  # (another person of that surname)
                    given.setdefault(key, set()).update(others)
                if value and key not in found:
                    found[key] = (value, w.end())
                elif value and found[key][0] not in (value, None):
                    found[key] = (None, 0)
    return {k: v for k, v in found.items() if v[0] and not (
        k[0].isupper() and re.search(rf"(?<!\w){re.escape(k.lower())}\w{{0,3}}(?!\w)", text))}


def surnames(named: list[list[Mention]], text: str, low: str, sentences: list[tuple[int, int]],
             per: dict[int, dict[str, list[Mention]]]) -> list[list[Mention]]:
    """Return ``named`` with the source of a person named again by surname alone.

    Parameters
    ----------
    named : list of list of Mention
        The claimants each sentence names, in order.
    text, low : str
        The text and its lower-cased form (the same offsets).
    sentences : list of (int, int)
        The sentence offsets.
    per : dict
        The mentions of each sentence by kind.

    Returns
    -------
    list of list of Mention
        ``named``, a sentence that names nobody and attributes given the surname's source
        (a :class:`Mention` of kind ``"carried"``).
    """
    asking = [i for i in range(len(sentences)) if not named[i]
              and "attribution" in per.get(i, {}) and "impersonal" not in per.get(i, {})]
    if not asking or not any(ms for ms in named):
        return named
    # only the surnames a sentence that asks for a source writes are looked for (16co's scan of
    # every full name of every article was ~14 % of the reader's time)
    # (a full name's words are capitalised, or kana: a lower-case word is no one's surname)
    wanted = {_key(w.group()) for i in asking for w in _WORD.finditer(text, *sentences[i])
              if not w.group()[0].islower()}
    wanted = _speaking(text, low, sentences, (named, per), wanted)
    known = _full_names(text, low, sentences, (named, per), wanted) if wanted else {}
    if not known:
        return named
    out = list(named)
    for i in asking:
        s0, s1 = sentences[i]
        here = per.get(i, {})
        hits = []
        for w in _WORD.finditer(text, s0, s1):
            key = _key(w.group())
            if key in known and known[key][1] <= w.start() and not (
                    len(key) == 2 and not text[s0:w.start()].strip()) and not any(
                    m.start < w.end() and w.start() < m.end and m.end - m.start > len(key) + 4
                    for kind in _NAMES for m in here.get(kind, [])):
                hits.append(Mention(w.start(), w.end(), "carried", str(known[key][0])))
        if len({h.value for h in hits}) == 1:
            out[i] = hits[:1]
    return out


def _subject(start: int, s0: int, low: str, here: dict[str, list[Mention]]) -> bool:
    """Whether a phrase opens its sentence or clause, or follows its attribution.

    "…, the workers are expected", "Diese Arbeiter sollen …", "…에 따르면 이들 노동자는": not
    "about a third of the soldiers" (a part of them).
    """
    before = low[s0:start].rstrip()
    return not before or before[-1] in ",;:、，" or any(
        0 <= start - a.end <= 12 for a in here.get("attribution", []))


@cache
def _determiners(code: str) -> tuple[str, str]:
    table = ARTICLE_TABLES[code].get("carry", {})
    return ("|".join(table.get("refers_back", [])) or "(?!)",
            "|".join(table.get("other", [])) or "(?!)")


def counted_noun(code: str, low: str, sentences: list[tuple[int, int]], index: int,
                 read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the source of a later sentence that refers back to the figure's counted noun.

    Parameters
    ----------
    code : str
        The language.
    low : str
        The lower-cased text.
    sentences : list of (int, int)
        The sentence offsets.
    index : int
        The figure's sentence.
    read : tuple
        The claimants of each sentence, the mentions of each sentence by kind, and the
        sentences' candidate figures.

    Returns
    -------
    list of Mention
        The later sentence's claimant (of kind ``"noun"``), or none.
    """
    named, per, cands = read
    here = per.get(index, {})
    if any(m.value != UNATTRIBUTED for m in named[index]) or "attribution" in here:
        return []
    nouns = {low[m.start:m.end].split()[-1] for c in cands.get(index, [])
             for m in here.get("metric", []) + here.get("troops", [])
             if (0 <= m.start - c.end <= 30 or 0 <= c.start - m.end <= 3)
             and low[m.start:m.end].split()}
    if not nouns:
        return []
    det, other = _determiners(code)
    spaced = " " in low[sentences[index][0]:sentences[index][1]].strip()
    gap = rf"(?:\s+(?!(?:{other})\b)\w+){{0,2}}?\s+" if spaced else r"\s?の?\s?"
    stems = "|".join(re.escape(n[:max(3, len(n) - 2)] if spaced else n) for n in nouns)
    refer = re.compile(rf"(?<!\w)(?:{det}){gap}(?:{stems})")
    for k in (index + 1, index + 2):
        if k >= len(sentences):
            break
        values = [m for m in named[k] if m.end > m.start and m.value not in (MEDIA, UNATTRIBUTED)]
        # (not a sentence with figures of its own: "about a third of the North Korean soldiers
        # have been killed or wounded, according to …" is about a part of them)
        if len({m.value for m in values}) == 1 and "attribution" in per.get(k, {}) \
                and k not in cands and any(_subject(r.start(), sentences[k][0], low, per[k])
                                           for r in refer.finditer(low, *sentences[k])):
            return [Mention(values[0].start, values[0].end, "noun", values[0].value)]
        if any(m.end > m.start for m in named[k]) or "attribution" in per.get(k, {}):
            break
    return []
