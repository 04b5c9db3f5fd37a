"""Attribution carried across sentences: the language's own words that refer back to a source.

A report often names its source once and goes on in the next sentences without naming it
again. The reader carries the source forward only where the language says so
(``ARTICLES["carry"]`` in :mod:`analysis.lang`), never blindly:

* an **anaphor** names the kind of source it refers back to ("the agency", "ведомство",
  "同院", "이 기관", "der Geheimdienst", "the lawmaker"): it takes the most recent named
  claimant of that kind within the last :data:`LOOKBACK` sentences, and none when the nearest
  sentence naming one names two of that kind (ambiguous); the outlet named again without its
  name (kind ``outlet``: "по данным издания,", "за даними видання,") is the source it cited
  just before, else its own reporting;
* a **continuation form** says the report goes on without naming anybody ("it added",
  "уточнялось", "зазначається", "selon la même source", "Es hieß"; in Korean and Japanese a
  sentence opening with "또", "이어", "さらに", "また" that ends with a reporting verb): it takes
  the source of the sentence before (or the one before that when the sentence before names
  none), when that sentence names a single source;
* a sentence with **no attribution at all** goes on with the source of the sentence just
  before only inside the same paragraph (no line break between them), when that sentence
  attributes to a single named source and this one has no word that ends a report: a
  background word ("earlier", "ранее", "以前", "앞서", "zuvor"), an impersonal estimate ("it is
  believed", "man geht davon aus") or another side's name; a sentence opening with a word
  that adds to the report (``adds``: "Кроме того,", "Крім того,") does so across a line break;
* a sentence that **closes the report** (``closes``: "Про це повідомив …", "Об этом сообщил …"
  opening it) names the source of the figures before it up to :data:`CLOSING_REACH`
  sentences back, across line breaks (:func:`closing`), when none of the sentences between
  names a source, attributes, is an impersonal estimate with a figure or has a word that
  ends a report (the nearer cases are the reader's ``attribution_next`` rule); an outlet
  saying whose the figures are yields to the source the next sentence names for it
  (:func:`relayed_by_outlet`: "Об этом сообщает РБК-Украина со ссылкой на BBC.
  Соответствующие данные изданию сообщили западные чиновники.").

Further (16cs, keys read with the older ones by :func:`~analysis.articles.cues.carry_further`):
later sentences saying whose the report is ("This revelation, disclosed by …", "…, пише видання
BBC.", "이는 … 발표한 … 결과다"; ``closes_later``, ``closes_later_within``); document anaphors
("発表によると", "В материале сообщалось", "according to the statement"; ``documents``, kind
``published``: the source of the nearest sentence before that attributes); linking adverbs
opening a paragraph that goes on with the report ("Darüber hinaus", "In addition", "また";
``links``), and the next sentences of that paragraph with it.

A lawmaker named again ("유 의원은", "the lawmaker") relays the intelligence source he cited
just before, not the default briefing (the NIS) of :meth:`Claimants.resolve`.

Carried claimants are :class:`~analysis.articles.cues.Mention` of kind ``"carried"``, so the
figure's ``why`` says where the source came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from analysis.articles import backref, lede, paragraphs, surname_speaker
from analysis.articles.claimants import ACTOR, MEDIA, RELAYED, UNATTRIBUTED, Claimants
from analysis.articles.cues import Cues, Mention, carry_further, words_pattern
from analysis.lang import ARTICLE_TABLES, SCRIPTS

__all__ = ["CLOSING_REACH", "LOOKBACK", "MINISTRIES", "PERSONS", "CarryCues", "carry_cues",
           "closing", "fill", "lead_or_noun", "relayed_by_outlet", "says_whose"]

LOOKBACK = 3
"""How many sentences back an anaphor looks for the source it names."""

CLOSING_REACH = 4
"""How many sentences back a sentence closing the report ("Про це повідомив …") reaches."""

MINISTRIES = frozenset({
    "South Korea Ministry of National Defense", "Ukraine Ministry of Defence",
    "US Department of Defense", "UK Ministry of Defence (Defence Intelligence)",
    "US State Department"})
"""Claimants a ministry or department word ("the ministry", "同省", "міністерство") refers to."""

PERSONS = frozenset({
    "Volodymyr Zelensky (President of Ukraine)", "Russian Security Council (Sergei Shoigu)",
    "Russian ambassador to North Korea (Alexander Matsegora)",
    "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
    "Regional Center for Human Rights (Kateryna Rashevska)"})
"""Claimants that are one person: no institution word ("ведомство", "당국") refers to them."""


@dataclass(frozen=True)
class CarryCues:
    """The compiled carry words of one language read here.

    Anaphors and ``goes_on`` forms are the cue kinds ``carry_anaphor`` and ``carry_goes_on`` of
    :func:`~analysis.articles.cues.compile_cues`, found with the other cues.
    """

    goes_on_start: re.Pattern[str]
    reports: re.Pattern[str]
    ends: re.Pattern[str]
    adds: re.Pattern[str]
    closes: re.Pattern[str]
    closes_within: re.Pattern[str]
    reported: re.Pattern[str]
    reasoning: re.Pattern[str]
    reports_end: re.Pattern[str]
    standing: re.Pattern[str]


@cache
def carry_cues(code: str) -> CarryCues:
    """Compile ``ARTICLES["carry"]`` of language ``code`` (cached)."""
    table = carry_further(ARTICLE_TABLES[code].get("carry", {}))
    spaced = any(s in ("latin", "cyrillic", "greek", "arabic", "devanagari")
                 for s in SCRIPTS.get(code, ("latin",)))

    def rx(words: list[str]) -> re.Pattern[str]:
        return re.compile(words_pattern(words or ["(?!)"], spaced))

    return CarryCues(
        goes_on_start=re.compile(r"\s*(?:" + "|".join(table.get("goes_on_start", [])
                                                      or ["(?!)"]) + ")"),
        reports=rx(table.get("reports", [])),
        ends=rx(table.get("ends", [])),
        # (matched where a sentence starts, with ``match``)
        adds=re.compile(r"\s*" + rx(table.get("adds", [])).pattern),
        closes=re.compile(r"\s*" + rx(table.get("closes", [])).pattern),
        # (16cf) forms whose back-reference word stands inside the sentence ("국정원이 이같이
        # 밝혔다고 했다", "…が記者団に明らかにした"): the table says where a form may stand
        closes_within=rx(table.get("closes_within", [])),
        reported=rx(table.get("reported", [])),
        reasoning=rx(table.get("reasoning", [])),
        reports_end=re.compile(r"(?:" + "|".join(table.get("reports_end", []) or ["(?!)"])
                               + r")[。.]?\s*$"),
        # (16wu) a standing fact of a country's forces ("keeps", "compte", "насчитывает", "保有")
        standing=rx(table.get("standing", [])))


def _fits(kind: str, names: Claimants) -> Callable[[str], bool]:
    """Return a test of whether a claimant is one an anaphor of ``kind`` can refer to."""
    checks: dict[str, Callable[[str], bool]] = {
        "agency": lambda v: names.kind.get(v) == "intelligence",
        "lawmaker": lambda v: names.kind.get(v) == "intelligence",
        "ministry": lambda v: v in MINISTRIES,
        "institution": lambda v: v not in PERSONS,
        "person": lambda v: v in PERSONS,
    }
    fits = checks.get(kind, lambda v: True)  # "source": any named source
    return lambda v: v not in (MEDIA, UNATTRIBUTED) and fits(v)


def _back(named: list[list[Mention]], index: int, fits: Callable[[str], bool],
          reach: int) -> str | None:
    """Return the claimant of the nearest of ``reach`` sentences before that names one that fits.

    ``None`` when none does, or when the nearest such sentence names two (ambiguous).
    """
    for j in range(index - 1, max(index - 1 - reach, -1), -1):
        values = {m.value for m in named[j] if fits(m.value)}
        if len(values) == 1:
            return values.pop()
        if values:
            return None
    return None


def _anaphor(here: dict[str, list[Mention]]) -> tuple[str, Mention] | None:
    found = here.get("carry_anaphor")
    if not found:
        return None
    m = found[0]  # the first in the sentence
    return m.value, Mention(m.start, m.end, "carried", "")


def _goes_on(cues: CarryCues, low: str, span: tuple[int, int],
             here: dict[str, list[Mention]]) -> Mention | None:
    s0, s1 = span
    if here.get("carry_goes_on"):
        m = here["carry_goes_on"][0]
        return Mention(m.start, m.end, "carried", "")
    m = cues.goes_on_start.match(low, s0, s1)
    if m and cues.reports.search(low, m.end(), s1):
        return Mention(m.start(), m.end(), "carried", "")
    # (a sentence naming nobody that ends in a reporting form, "…と説明しています。",
    # "…고 설명했다.": Korean and Japanese leave the subject out when it is the one before)
    m = cues.reports_end.search(low, max(s0, s1 - 30), s1)
    return Mention(m.start(), m.end(), "carried", "") if m else None


def _outlet(named: list[list[Mention]], index: int, per: dict) -> str:
    """Return the source behind "the outlet" named again without its name (16l).

    "Об этом сообщило агентство «Рёнхап» со ссылкой на данные NIS. По данным издания, …": the
    outlet's data are the source it cited in the nearest of the two sentences before that names
    a source or attributes; the outlet's own reporting when it cited nobody ("Про це повідомляє
    rfi. За даними видання, …").
    """
    for j in (index - 1, index - 2):
        if j < 0:
            break
        values = {m.value for m in named[j] if m.value not in (MEDIA, UNATTRIBUTED)}
        if named[j] or "attribution" in per.get(j, {}):
            return values.pop() if len(values) == 1 else MEDIA
    return MEDIA


def _published(named: list[list[Mention]], index: int, per: dict, names: Claimants
               ) -> str | None:
    """Return the source whose report, announcement or statement a document anaphor names (16cs).

    "情報総局は24日、…と発表した。… 発表によると、…", "the assessment said": the source of the
    nearest of :data:`LOOKBACK` sentences before that attributes (one naming a source only as
    an actor, "ウクライナ軍が越境攻撃を続ける", published nothing); a news outlet when it names
    only one; ``None`` when it names two sources (a body and the ministry it belongs to,
    "ウクライナ国防省の情報機関「情報総局」", are one: the body); ``""`` when none of them
    attributes ("El Estado Mayor Conjunto emitió un comunicado.", "Разведка выступила с
    заявлением.": no verb of saying), which leaves the sentence to the reader's "he said" rule
    (:meth:`~analysis.articles.claimants.Claimants.choose`), as before 16cs.
    """
    for j in range(index - 1, max(index - 1 - LOOKBACK, -1), -1):
        if not named[j] or "attribution" not in per.get(j, {}):
            continue
        values = {m.value for m in named[j] if m.value not in (MEDIA, UNATTRIBUTED)}
        values = {v for v in values if not any(v in names.broader.get(o, ()) for o in values)}
        if len(values) == 1:
            return values.pop()
        return MEDIA if not values and any(m.value == MEDIA for m in named[j]) else None
    return ""


def _relayed(named: list[list[Mention]], index: int, relays: dict[int, list[Mention]],
             names: Claimants) -> str | None:
    """Return the intelligence source a lawmaker cited in the two sentences before (not the NIS)."""
    for j in (index - 1, index - 2):
        if j >= 0 and j in relays:
            values = {m.value for m in named[j] if names.kind.get(m.value) == "intelligence"}
            if len(values) == 1 and RELAYED not in values:
                return values.pop()
    return None


def fill(named: list[list[Mention]], low: str, code: str,
         sentences: list[tuple[int, int]], context: tuple[Claimants, dict, Any, str]
         ) -> list[list[Mention]]:
    """Return ``named`` (the claimants of each sentence) with the sources carried forward.

    Parameters
    ----------
    named : list of list of Mention
        The claimants each sentence names (:meth:`Claimants.resolve`), in order.
    low : str
        The lower-cased text.
    code : str
        The language.
    sentences : list of (int, int)
        The sentence offsets.
    context : tuple
        The claimant names, the mentions of each sentence by kind (``per``: ``attribution``,
        ``impersonal``, ``relay``, ``side`` ...), the sentences holding candidate figures and
        the text (a person named again by surname, :func:`~analysis.articles.backref.surnames`).

    Returns
    -------
    list of list of Mention
        The claimants of each sentence, carried ones of kind ``"carried"``.
    """
    names, per, cands, text = context
    cues = carry_cues(code)
    named = backref.surnames(named, text, low, sentences, per)  # "Selon Lee, …" (16co)
    # "… sagte Shin, dass Seoul …", "申氏は…と明らかにした" (23au)
    named = surname_speaker.speakers_again(named, text, low, sentences, per, names)
    relays = {i: k["relay"] for i, k in per.items() if "relay" in k}
    out = list(named)
    for index, span in enumerate(sentences):
        here = per.get(index, {})
        # "신 장관은 … 로이터통신 인터뷰에서 이같이 말하고": the outlet is where the official
        # named again spoke, not the source (an anaphor that finds nobody keeps the outlet)
        relayed_by_outlet = bool(out[index]) and "carry_anaphor" in here and all(
            m.value == MEDIA for m in out[index])
        if out[index] and not relayed_by_outlet:
            only = out[index]
            if index in relays and len(only) == 1 and only[0].value == RELAYED and any(
                    (r.start, r.end) == (only[0].start, only[0].end) for r in relays[index]):
                value = _relayed(out, index, relays, names)
                if value:
                    out[index] = [Mention(only[0].start, only[0].end, "carried", value)]
            continue
        # (an impersonal verb after a document anaphor is the document's: "В материале
        # сообщалось …", 16cs)
        anaphor = _anaphor(here)
        if "impersonal" in here and not (anaphor and anaphor[0] in ("outlet", "published")):
            continue
        value, where = _carried(out, index, (low, span, sentences), (cues, names, per),
                                cands.__contains__)
        if relayed_by_outlet and not value:
            continue
        if value or where.end > where.start:  # a word that refers back to nobody it fits
            out[index] = [Mention(where.start, where.end, "carried", value or UNATTRIBUTED)]
    return _introduced(_the_report(out, named, per, (low, sentences)), per, (low, sentences))


REPORT_AUTHOR_REACH = (100, 40)
"""How far after (and before) a report word its author may be named ("a report by …")."""

REPORT_REACH = 6
"""How many sentences after the one naming a report and its author go on with its findings."""


def _the_report(out: list[list[Mention]], named: list[list[Mention]],
                per: dict[int, dict[str, list[Mention]]], read: tuple
                ) -> list[list[Mention]]:
    """Give the sentences citing "the report" the one author the article names for it.

    "… according to a new report by an international watchdog … The report was released
    Thursday by the Multilateral Sanctions Monitoring Team (MSMT)", "según un informe
    internacional … un informe reciente publicado por el Equipo de Monitoreo (MSMT)": a report
    word of the language (``ARTICLES["carry"]["report"]``) with a named institution right
    after it ("by", "publicado por") or right before it ("the MSMT report") names the
    report's author. When the article names exactly one author, a sentence that attributes
    to a report and names no source of its own takes it, before or after the naming; so do
    the sentences after the naming that give its findings ("This, from the very first report
    by the Multilateral Sanctions Monitoring Team … The North has supplied Russia with over
    20-thousand containers …"): up to :data:`REPORT_REACH` of them, until a sentence where
    another source speaks or an impersonal estimate.
    """
    low, sentences = read
    after, before = REPORT_AUTHOR_REACH
    authors: set[str] = set()
    first = len(sentences)  # the first sentence naming the report's author
    for j, here in per.items():
        for r in here.get("carry_report", []):
            found = {m.value for m in named[j] if m.end > m.start
                     and m.value not in (MEDIA, UNATTRIBUTED, ACTOR) and m.value not in PERSONS
                     and (0 <= m.start - r.end <= after or 0 <= r.start - m.end <= before)
                     and not _SENTENCE_END.search(low, min(m.end, r.end), max(m.start, r.start))}
            authors |= found
            first = min(first, j) if found else first
    if len(authors) != 1:
        return out
    author = authors.pop()
    for j, here in per.items():
        if here.get("carry_report") and here.get("attribution") and all(
                m.value == UNATTRIBUTED for m in out[j]):
            r = here["carry_report"][0]
            out[j] = [Mention(r.start, r.end, "carried", author)]
    for j in range(first + 1, min(first + 1 + REPORT_REACH, len(sentences))):
        here = per.get(j, {})
        # (another body named in passing, "The team serves as an alternative to the UN Panel of
        # Experts", does not end the findings, nor does North Korea as the actor; one that speaks
        # does)
        if (any(m.value not in (author, UNATTRIBUTED, ACTOR) for m in out[j])
                and "attribution" in here) or "impersonal" in here:
            break  # (a report's findings have dates, "last year", "l'an dernier": no background)
        # (North Korea named as the one who supplied, saying nothing: "On y apprend que le
        # régime de Kim Jong-un a fourni plus de 11.000 soldats")
        if not out[j] or "attribution" not in here and all(m.value == ACTOR for m in out[j]):
            out[j] = [Mention(sentences[j][0], sentences[j][0], "carried", author)]
    return out


_SENTENCE_END = re.compile(r"[.!?。;]\s")


_INTRODUCES = re.compile(r"[:：]\s*\n")
# (16ck) a line of a list: opening with a bullet, or a dash or star and a space ("- ", "• ",
# "・", "▲"; not the em dash, which opens a line of dialogue in Russian and Ukrainian)
_ITEM = re.compile(r"[ \t]*(?:[-–*]\s|[•·・■□▲△▶►●◆])")
LIST_REACH = 30
"""How many sentences of list lines at most one source told before the list covers."""


def _item(low: str, start: int) -> bool:
    """Whether the line holding offset ``start`` is an item of a list."""
    return bool(_ITEM.match(low, low.rfind("\n", 0, start) + 1))


def _introduced(out: list[list[Mention]], per: dict[int, dict[str, list[Mention]]],
                read: tuple) -> list[list[Mention]]:
    """Give the lines a source introduces with a colon, or a list after it, that source.

    "Here is what the NIS has assessed:", "Der Geheimdienst teilte Folgendes mit:" (16u). A
    sentence naming one source that ends its line with a colon introduces what follows: the
    next sentences that name no source take it, up to :data:`REPORT_REACH` of them, until a
    sentence where another source speaks or an impersonal estimate. (16ck) So does a line
    naming one source right before a list ("Diese Informationen stammen aus südkoreanischen
    Geheimdienstdaten." then lines opening with "- ", "•", "・", "▲"): the list's lines that
    name no source take it, all of them (:data:`LIST_REACH` sentences at most), by the
    layout, whatever the words; a line naming its own source keeps it.
    """
    low, sentences = read
    for j, (s0, s1) in enumerate(sentences[:-1]):
        values = {m.value for m in out[j] if m.value != UNATTRIBUTED}
        end = s0 + len(low[s0:s1].rstrip())
        if len(values) != 1:
            continue
        listed = "\n" in low[end:sentences[j + 1][0]] and not _item(low, s0) and \
            _item(low, sentences[j + 1][0])
        if not listed and not _INTRODUCES.match(low, end - 1):
            continue
        author = values.pop()
        for k in range(j + 1, min(j + 1 + (LIST_REACH if listed else REPORT_REACH),
                                  len(sentences))):
            here = per.get(k, {})
            if listed and not _item(low, sentences[k][0]):
                break  # (the list ends with the first line that is no item)
            if listed and (out[k] and "attribution" in here or "impersonal" in here):
                continue  # (an item naming its own source keeps it)
            if (any(m.value not in (author, UNATTRIBUTED, ACTOR) for m in out[k])
                    and "attribution" in here) or "impersonal" in here:
                break
            if not out[k] or "attribution" not in here and all(m.value == ACTOR for m in out[k]):
                out[k] = [Mention(sentences[k][0], sentences[k][0], "carried", author)]
    return out


def _headline(named: list[list[Mention]], index: int, low: str,
              sentences: list[tuple[int, int]]) -> str | None:
    """Return the one source a headline names for the story, when no sentence names another."""
    if not _headline_line(low, sentences):
        return None
    values = {m.value for m in named[0] if m.value != MEDIA}
    if len(values) != 1:
        return None
    later = {m.value for ms in named[1:index] for m in ms if m.value != MEDIA}
    return values.pop() if later <= values else None


def _headline_line(low: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether the first sentence is a headline: its own line, with no full stop."""
    (s0, s1), after = sentences[0], sentences[1][0] if len(sentences) > 1 else len(low)
    return (s1 >= len(low) or "\n" in low[s1:after + 1]) and \
        low[s0:s1].rstrip()[-1:] not in ".!?。"


def _heading(low: str, sentences: list[tuple[int, int]], index: int) -> bool:
    """Whether a sentence is one of the headline's lines (no full stop up to it)."""
    return all(low[s0:s1].rstrip()[-1:] not in ".!?。" for s0, s1 in sentences[:index + 1])


def _carried(named: list[list[Mention]], index: int, text: tuple, read: tuple,
             has_figures: Callable[[int], bool]) -> tuple[str | None, Mention]:
    """Return the source carried into a sentence that names none, and the words carrying it.

    ``has_figures`` tells whether a sentence has candidate figures: asked last, only when a
    source would be carried (reading a sentence's numbers costs more than the rest, session 21).
    """
    low, span, sentences = text
    cues, names, per = read
    here = per.get(index, {})
    anaphor = _anaphor(here)
    if anaphor:
        kind, where = anaphor
        if kind == "outlet":
            return _outlet(named, index, per), where
        if kind == "published":
            value = _published(named, index, per, names)
            return value, (where if value != "" else Mention(span[0], span[0], "carried", ""))
        # (22as) "the minister", "за словами міністра": the last source named (any kind), when
        # it is a ministry (its minister); none after a president or a foreign minister
        value = _back(named, index, _fits(kind, names), LOOKBACK)
        return (value if kind != "minister" or value in MINISTRIES else None), where
    where = _goes_on(cues, low, span, here)
    if where:  # (a news outlet named alone before is the report's source too)
        value = _back(named, index, _fits("source", names), 2) or _back(
            named, index, lambda v: v == MEDIA, 1)
        # unresolved, it leaves the sentence to the reader's "he said" rule (claimants.choose)
        return value, (where if value else Mention(span[0], span[0], "carried", ""))
    nowhere = Mention(span[0], span[0], "carried", "")
    # (a sentence adding to the report may give its figure without a number: "Крім того, …
    # табір прийняв дітей загиблих військових")
    # (a sentence that neither adds nor gives a figure carries nothing: asked at the end)
    adds = bool(cues.adds.match(low, *span))
    if index == 0 or "attribution" in per.get(index, {}):
        return None, nowhere
    # (16wu) a link word opening the journalist's background ("In addition, North Korea keeps
    # about 1.2 million soldiers", "Par ailleurs, la Corée du Nord compte …"): a standing fact
    # of a country's forces, population or economy is no part of the report before
    if adds and cues.standing.search(low, *span):
        return None, nowhere
    # no attribution at all: the report of the sentence just before, in the same paragraph
    previous = sentences[index - 1]
    # (a headline's own line dates its story, "북한 노동자 8000명 지난해 러시아에 파견": no
    # earlier report, 16y)
    # (unless its verb is in the mood of reported speech: "auraient été tués l'année dernière")
    if cues.ends.search(low, *span) and not _heading(low, sentences, index) and (
            not cues.reported.search(low, *span) or cues.reasoning.search(low, *span)):
        return None, nowhere
    # (16cs) the sentence before went on with a report by a linking word ("Darüber hinaus
    # wurden 11.000 … entsandt. 300 davon dürften gefallen …"): it says whose, as an
    # attributing sentence would
    crossed = "\n" in low[previous[1]:span[0]] and not adds
    # (31ar) a report going on over figures the sentence before took from it, in one paragraph
    # ("… 쇼이구 … 서기는 … 밝혔습니다.공병 1,000명: … 파견될 예정입니다.건설 노동자 5,000명: …")
    chained = [m.value for m in named[index - 1]
               if m.kind == "carried" and m.start == m.end == previous[0] and m.value]
    if not crossed and len(chained) == 1 and chained[0] != UNATTRIBUTED and \
            "attribution" not in per.get(index - 1, {}):
        return (chained[0] if adds or has_figures(index) else None), nowhere
    if crossed or "attribution" not in per.get(index - 1, {}) and not paragraphs.linked(
            named[index - 1], cues, low, previous):
        # (24ar) over a paragraph's end only after a closing sentence ("Про це повідомляє …")
        value = crossed and paragraphs.after_closing(named, index, low, sentences, (cues, per)) \
            or _headline(named, index, low, sentences)
    else:
        values = {m.value for m in named[index - 1] if m.value != MEDIA} or {
            m.value for m in named[index - 1]}
        value = values.pop() if len(values) == 1 else None
    return (value if not value or adds or has_figures(index) else None), nowhere


def says_whose(cues: Cues, low: str, sentences: list[tuple[int, int]], j: int,
               read: tuple[dict[int, dict[str, list[Mention]]], dict[int, list]]) -> bool:
    """Whether sentence ``j`` only says whose the figures before it are.

    "That is according to the NIS." / "Об этом сообщило издание Yonhap со ссылкой на
    разведку" / "국정원이 이같이 밝혔다": a sentence that gives no figure of its own
    (no number but "a"/"one", no metric word) and either uses a back-referring attribution of its
    language (``ARTICLES["attribution_next"]``) or is a short attribution ("Laut NIS.").
    ``read``: the mentions of each sentence by kind and the sentences' candidate figures (moved
    here from the reader, 16x).
    """
    (s0, s1), (per, cands) = sentences[j], read
    here = per.get(j, {})
    numbered = any(c.text.strip().lower() not in cues.small_words for c in cands.get(j, []))
    breakdown, said = here.get("breakdown_next"), here.get("attribution")
    if breakdown and said and breakdown[0].start <= s0 + 3:
        return True  # "Из них около 300 погибли …, сообщил депутат": the total is the same source's
    if numbered:
        return False
    # "Nordkorea schickt rund 5000 Bausoldaten … Sie sollen … wiederaufbauen, teilte der Sekretär
    # … mit": the counted, a pronoun opening the next sentence, go on with the same report (16u)
    # (only when the speaker closes it, "…, said X.": not "They appeared to back up what South
    # Korean and U.S. officials have said …", 16t)
    they, last = here.get("they_open"), here.get("claimant", [])[-1:]
    if they and said and last and they[0].start <= s0 + 3 and said[-1].start < last[0].start \
            and s0 + len(low[s0:s1].rstrip()) - last[0].end <= 6:
        return True
    if here.get("metric"):
        return False
    if here.get("attribution_next"):
        return True
    short = len(low[s0:s1].split()) <= 8 if cues.spaced else s1 - s0 <= 30
    return short and bool(said)


def relayed_by_outlet(named: list[list[Mention]], index: int,
                      says_whose: Callable[[int], bool]) -> list[Mention]:
    """Return the source of the figures before an outlet's closing sentence ``index``.

    "… около 4000 военных. Об этом сообщает РБК-Украина со ссылкой на BBC. Соответствующие
    данные изданию сообщили западные чиновники.": when the sentence saying whose the figures
    are names only news outlets and the next one also only says whose they are
    (``says_whose``) naming another source, that source is the outlet's, as a source named in
    the same sentence as the outlet relaying it is (:meth:`Claimants.resolve`).
    """
    if all(m.value == MEDIA for m in named[index]) and says_whose(index + 1):
        origin = [m for m in named[index + 1] if m.value not in (MEDIA, UNATTRIBUTED)]
        return origin or named[index]
    return named[index]


LEAD_REACH = 3
"""How many sentences of the first paragraph under a headline count as its lead."""


def headline_lead(low: str, sentences: list[tuple[int, int]], index: int,
                  read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the one source the lead gives for the story of a headline that names none.

    "Hundreds of injured Russian soldiers treated in North Korea" over "North Korea has
    treated a large number of injured Russian soldiers … This was explained by the Russian
    ambassador in Pyongyang, Alexander Matsegora": a headline (the first line, with no full
    stop) sums up the story its lead attributes. When the sentences of the first paragraph
    under it (up to :data:`LEAD_REACH`) that attribute name exactly one source (news outlets
    aside), the headline's figures are that source's.
    """
    named, per, cands = read
    if index or 0 not in cands or len(sentences) < 2 or not _headline_line(low, sentences):
        return []
    lead: list[Mention] = []
    for j in range(1, min(1 + LEAD_REACH, len(sentences))):
        # (the first paragraph ended; a first paragraph attributing nothing, "ドナルド・トランプ
        # 米大統領の就任を控え、…兆しが捉えられた。", leaves the lead to the next, 16y)
        if j > 1 and "\n" in low[sentences[j - 1][1]:sentences[j][0]] and any(
                "attribution" in per.get(i, {}) for i in range(1, j)):
            break
        if "attribution" in per.get(j, {}):
            lead += [m for m in named[j] if m.end > m.start
                     and m.value not in (MEDIA, UNATTRIBUTED)]
    if len({m.value for m in lead}) != 1:
        return []
    kind = "lead" if "\n" not in low[sentences[1][1]:lead[0].start] else "lede"  # (16y)
    return [Mention(m.start, m.end, kind, m.value) for m in lead[:1]]


def lead_or_noun(code: str, low: str, sentences: list[tuple[int, int]], index: int,
                 read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return :func:`headline_lead`, else the source of a later sentence naming the counted noun.

    (:func:`~analysis.articles.backref.counted_noun`: "… 12,000 workers … According to …
    Ukraine's military intelligence services (HUR/DIU), the workers are expected …", 16co);
    else the speaker of the paragraph before a quoted one, or the source the sentence after
    the story's first report names (:mod:`~analysis.articles.lede`, 16cf).
    """
    return headline_lead(low, sentences, index, read) or backref.counted_noun(
        code, low, sentences, index, read) or lede.quoted_after(low, sentences, index, read) \
        or lede.lead_next(low, sentences, index, read, carry_cues(code).ends)


QUOTE_REACH = 8
"""How many sentences of its paragraph a quote closed by a dash ("… - Zelensky said.") holds."""

_DASH_CLOSE = re.compile(r"\s[-–—]\s*[^-–—\n]{1,80}$")

_QUOTE_SENTENCE_END = re.compile(
    r"(?<![.\s]\w)(?<!\s\w\w)(?<!gen|col|maj|adm|sgt|rep|sen|gov|apt|nos|vol)[.!?。;]\s")
"""A full stop ending a sentence, not an abbreviation's ("U.S.", "Lt.", "Gen.")."""

_QUOTE_MARK = re.compile(r"[\"“”„«»「」『』]")


def quote_closed(low: str, sentences: list[tuple[int, int]], index: int,
                 read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the speaker named after a quotation that runs on from the figure's sentence.

    "„Nach neuesten Erkenntnissen hat Nordkorea 10.000 Soldaten entsandt … Einige dieser
    Einheiten wurden bereits verlegt“, sagte … Lloyd Austin" (16i): the figure's sentence ends
    inside a quotation (an odd number of quotation marks in its paragraph up to its end); the
    source is the one named, with an attribution word, after the mark that closes it in one of
    the next :data:`QUOTE_REACH` sentences of the paragraph. A source named inside the quote
    before it closes, or none after it, gives nobody.
    """
    named, per, _ = read
    start = low.rfind("\n", 0, sentences[index][0]) + 1
    if len(_QUOTE_MARK.findall(low, start, sentences[index][1])) % 2 == 0:
        return []
    for j in range(index + 1, min(index + QUOTE_REACH + 1, len(sentences))):
        s0, s1 = sentences[j]
        if "\n" in low[sentences[j - 1][1]:s0]:
            return []  # (the paragraph ended first)
        marks = list(_QUOTE_MARK.finditer(low, s0, s1))
        if not marks:
            if any(m.end > m.start for m in named[j]):
                return []
            continue
        close = marks[0].end()
        here = per.get(j, {})
        # (up to the end of the sentence the closing mark stands in, even when the sentences
        # were not told apart: "…“, sagte ein Sprecher. Der NIS meldete später 12.000", 16rv)
        stop = _QUOTE_SENTENCE_END.search(low, close, s1)
        end = stop.start() + 1 if stop else s1
        after = [m for m in named[j] if close <= m.start < end and m.end > m.start]
        if after and any(close <= a.start < end for a in here.get("attribution", [])):
            return [Mention(m.start, m.end, "quote", m.value) for m in after[:1]]
        return []
    return []


def dash_closed(low: str, sentences: list[tuple[int, int]], index: int,
                read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the speaker of a quoted paragraph closed by a dash and who said it.

    "We see 12 thousand North Korean soldiers … 4 thousand were killed. They suffered heavy
    losses. … The Russians have suffered great losses - Zelensky said.": outlets that drop
    the quotation marks close a quoted paragraph with "- X said" ("- сказав Зеленський"). Its
    speaker is the source of the figures of the paragraph's sentences before it (up to
    :data:`QUOTE_REACH`) that name no source and have no attribution word of their own.
    """
    named, per, _ = read
    closed = quote_closed(low, sentences, index, read)
    if closed:
        return closed
    for j in range(index, min(index + QUOTE_REACH + 1, len(sentences))):
        s0, s1 = sentences[j]
        if j > index and "\n" in low[sentences[j - 1][1]:s0]:
            return []  # (the paragraph ended first)
        here = per.get(j, {})
        dash = _DASH_CLOSE.search(low, s0, s1) if j > index else None
        after = [m for m in named[j] if dash and m.start > dash.start() and m.end > m.start]
        if after and any(a.start > dash.start() for a in here.get("attribution", [])):
            return [Mention(m.start, m.end, "closing", m.value) for m in after]
        if j > index and (any(m.end > m.start for m in named[j]) or "attribution" in here
                          or "impersonal" in here):
            return []
    return []


@lru_cache(maxsize=64)
def _closing_sentences(code: str, low: str, sentences: tuple[tuple[int, int], ...]
                       ) -> frozenset[int]:
    """Return the sentences that close a report ("Про це повідомив …", "…이같이 밝혔다").

    A sentence opening with a ``closes`` form, or holding a ``closes_within`` one anywhere (16cf).
    """
    cues = carry_cues(code)
    return frozenset(j for j, (s0, s1) in enumerate(sentences)
                     if cues.closes.match(low, s0, s1) or cues.closes_within.search(low, s0, s1))


def closing(code: str, low: str, sentences: list[tuple[int, int]], index: int,
            read: tuple[list[list[Mention]], dict, dict]) -> list[Mention]:
    """Return the source of a later sentence that closes the report of sentence ``index``.

    "… вже перебуває близько 11 тисяч військових … Протягом … ще 6 тисяч … Північна Корея
    отримує … досвід … Про це повідомив заступник начальника ГУР … Скібіцький.": a sentence
    opening with the language's ``closes`` form names the source of the sentences before it,
    up to :data:`CLOSING_REACH` back and across line breaks (outlets write one sentence a
    paragraph), when the figure's sentence and those between name no source, have no
    attribution word, no impersonal estimate (between: none with a figure; "Імовірно, …" with
    none is the journalist's guess) and no word that ends a report ("раніше"), and
    those between have a figure or no metric word (another item of the news, as the reader's
    ``attribution_next`` rule reads them). A headline (the first line, alone) is no part of the
    report: its figure, told again below, is lent the body's source by the repeats rule.

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
        The claimants of each sentence (carried ones included), the mentions of each sentence
        by kind, and the sentences holding candidate figures.

    Returns
    -------
    list of Mention
        The closing sentence's claimants (of kind ``"closing"``), or none.
    """
    named, per, cands = read
    cues = carry_cues(code)
    if index == 0 and len(sentences) > 1 and "\n" in low[sentences[0][1]:sentences[1][0]]:
        return []  # a headline: its figure told again below takes the body's source (repeats)
    closes = _closing_sentences(code, low, tuple(sentences))
    if not any(index < j <= index + CLOSING_REACH for j in closes):
        return []  # (no sentence within reach closes a report: most articles, read at once)
    for j in range(index, min(index + CLOSING_REACH + 1, len(sentences))):
        s0, s1 = sentences[j]
        if j > index and named[j] and j not in cands and j in closes:
            return [Mention(m.start, m.end, "closing", m.value) for m in named[j]]
        here = per.get(j, {})
        # (a source only carried, by no word of the sentence, does not stop it: the headline's;
        # nor the journalist's guess with no figure between, "Імовірно, саме з цієї зброї
        # гатять по Україні.", 16x)
        if any(m.end > m.start for m in named[j]) or "attribution" in here or \
                ("impersonal" in here and (j == index or j in cands)) or \
                cues.ends.search(low, s0, s1) or (j not in cands and "metric" in here):
            return []  # (a metric word with no figure: another item, as the reader's rule)
    return []
