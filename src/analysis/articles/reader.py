"""Read an article: every figure of the story, its metric, subject and claimant.

The steps (codebook section "Articles"), one small function each:

1. :func:`split_sentences` cuts the text into sentences (offsets kept);
2. :mod:`~analysis.articles.candidates` finds the numbers of a sentence ("over 10,000",
   "hundreds", "1만1000여 명"), with the qualifier words before them and the counters after,
   and drops those that are no figures (dates, years, ages, money, distances, ordinals,
   footnote markers, percentages): only in a sentence that can hold a figure of the story
   (``may_hold_figures``), or when another rule asks about the sentence;
3. :func:`assign_metrics` links each number to the metric cue of its clause (the closest
   cue not nearer another number; casualty and captivity cues before deployment words);
4. :func:`side_of` keeps the numbers that count North Koreans (or the Russian wounded
   treated in North Korea), not Russian or Ukrainian losses;
5. :func:`claimant_of` attributes the figure to the closest claimant named in its
   sentence (a relayed claim to its origin, "Kyiv and Seoul" to several governments), or to
   the claimant of the sentence before when the sentence only says "he said";
6. :func:`unnumbered` adds the captivity and children figures written without a number
   ("captured North Korean soldiers", "another North Korean soldier ... died in captivity");
7. repeated figures (a headline and its paragraph) are kept once, attributed.

Each figure is read by the figure engine (:func:`analysis.figures.parse_figure`) and its
period, when the sentence gives one, by :func:`analysis.periods.parse_period`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache

import pandas as pd

from analysis.articles import (
    abbrev,
    carry,
    clauses,
    flows,
    order,
    rates,
    rules,
    seized,
    subjects,
    waves,
    width,
    wording,
)
from analysis.articles.candidates import EVENTS, Candidate, SentenceCandidates, may_hold_figures
from analysis.articles.claimants import ACTOR, MEDIA, Claimants, load_claimants
from analysis.articles.classes import interviewed
from analysis.articles.cues import FOUND_KINDS, Cues, Mention, compile_cues, lower, resolve_overlaps
from analysis.articles.heavy import heavy_losses
from analysis.articles.hosting import reach as children_reach
from analysis.articles.language import guess_language
from analysis.articles.lost import lost_rate
from analysis.articles.more import more_of_them, noted
from analysis.articles.more import recent as sent_recently
from analysis.articles.number_of import counter_fits, uncued
from analysis.articles.partitive import whole_sent
from analysis.articles.parts import group_told, listed_with_sum, member, part_counts
from analysis.articles.period import period_of
from analysis.articles.reinforcements import additional_troops, troops_joined
from analysis.articles.relayed import briefings
from analysis.articles.repeats import bare_again, dedupe, told_again
from analysis.articles.sides import counted as counted_sides
from analysis.articles.sides import side_of
from analysis.articles.speaker import (
    choose,
    contrast_opened,
    hedged_reports,
    impersonal_first,
    own_intelligence,
    spoken_countries,
)
from analysis.articles.units import LOSSES, unit_losses
from analysis.articles.witnesses import speaking as witnesses_speaking
from analysis.figures import parse_figure
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES

__all__ = ["COLUMNS", "Candidate", "extract_figures", "figure_rows", "split_sentences"]

COLUMNS = [
    "start", "end", "figure_text", "sentence", "metric", "subject", "claimant", "low", "best",
    "high", "unit", "qualifier", "relation", "status", "period_text", "period_start",
    "period_end", "why",
]
"""The columns of :func:`extract_figures`, in order."""

SUBJECTS = {"treated_in_north_korea": "russian_wounded", "hosted_children": "children",
            "workers_sent": "north_korean_workers", "materiel_sent": "north_korean_materiel"}
"""The subject class of each metric whose subject is not the North Korean troops."""

_SENTENCE = re.compile(r"(?<=[.!?])(?:[\"'”’»)]*\s+(?=\S)"
                       # a full stop glued to the next sentence ("gefallen.Dies", KBS World):
                       # (rules.GLUED_STOP: after a word or a closing quote, "honneur ».Pour")
                       r"|" + rules.GLUED_STOP + r")"
                       r"|(?<=[。！？])[」』”’)）]*\s*(?=\S)|\n\s*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                           r"Sept|Oct|Nov|Dec|Gen|Lt|Col|Sgt|Gov|Rep|Sen|vs|approx|ca))\.$")

# (35ad) a plural abbreviation of doubled capitals goes on into the next one ("EE. UU.", "FF. AA.":
# "Funcionarios de EE. UU. y Ucrania han corroborado …", round 16zz35)
_DOUBLED = re.compile(r"(?<![^\W\d_])([A-Z])\1\.\s+([A-Z])\2\.")

_VERB_AND_PREPOSITION = re.compile(r"\s+[^\W\d]{1,3}\s")  # "estimated at", "оцениваются в"
_PUNCTUATION = re.compile(r"[,;:、，(]|\s[-–—]\s")
_HANDFUL = re.compile(r"\d{1,2}")
_DIGIT = re.compile(r"\d")
_INCISE = re.compile(r"\s*,\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*,\s*")
_QUOTE = re.compile(r"[\"“”«»「」]")
_SCARE_QUOTE = re.compile(r"[\"“«「]\s*[^\s\"“”«»「」]+(?:\s+[^\s\"“”«»「」]+)?\s*[\"”»」]")
_RELATIVE = re.compile(r",\s+(?:which|where|that|qui|où|die|der|das|который|которая|которые|"
                       r"які|який|яка|que|donde|"
                       # ru/uk "с которыми", "з якими" (16g: "шестеро рабочих, с которыми …")
                       r"(?:с|со|з|із|зі)\s+(?:которыми|которым|которой|якими|яким|якою))\s")


def split_sentences(text: str, months: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the sentences of ``text``.

    A full stop after a single capital or a common abbreviation ("U.S.", "Jan.") or before a
    lower-case letter ("11 тыс. солдат") does not end a sentence; a line break does, unless it
    only wraps a line of body text (:func:`analysis.articles.rules.line_goes_on`).
    """
    spans, start = [], 0
    for cut in _SENTENCE.finditer(text):
        if "\n" not in cut.group() and (
                _ABBREVIATION.search(text[max(start, cut.start() - 6):cut.start()])
                or _DOUBLED.match(text, max(0, cut.start() - 3))
                or rules.sentence_goes_on(text, cut, months)
                or rules.quoting(text, start, cut.end())) or (  # (16db) a wrapped line:
                    rules.line_goes_on(text, cut)):  # "… Про це\nзаявив президент …"
            continue  # "U.S. officials", "11 тыс. солдат": no sentence starts in lower case
        if text[start:cut.start()].strip():
            spans.append((start, cut.start()))
        start = cut.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def _boundary(cues: Cues, low: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    between = low[min(a[1], b[1]):max(a[0], b[0])]
    if _INCISE.fullmatch(between):  # "capturé, jeudi dernier, deux soldats": one clause
        return False
    return bool(_PUNCTUATION.search(between)) or bool(
        cues.groups["clause"][0][1].search(between))


def assign_metrics(cands: list[Candidate], metrics: list[Mention], cues: Cues,
                   low: str) -> list[Candidate]:
    """Give each number of a sentence the metric of its closest cue.

    Cues and numbers are paired greedily by distance (a clause boundary, a comma or
    "and", between them counts as far), each cue and each number once,
    casualty, captivity and other event cues first, then deployment cues; a number left
    without a cue and followed by a troops noun ("11,000 North Korean troops") is a
    deployment. ``additional`` words before it make it an additional deployment.
    """
    out, used = list(cands), set()
    # (30ab) "… soldiers to compensate for the losses": the losses are the sending's purpose
    metrics = [m for m in rules.enumerated(metrics, low)
               if not (m.value in EVENTS and clauses.made_up_for(cues.code, low, m))]
    # a number with a word of sending in its own clause, or the group a loss is counted
    # among ("pertes parmi les 11 000 soldats envoyés"), takes no event cue from elsewhere
    sending = [m for m in metrics
               if m.value == "deployed" and cues.sent.fullmatch(low[m.start:m.end])]
    among = {i for i, c in enumerate(out) if cues.among.search(low[max(0, c.start - 20):c.start])
             or cues.among_after.match(low, c.end)  # "1万1千人のうち4千人が死傷"
             or order.broken_down(cues, low, c.end, metrics, EVENTS)}
    # (not a sending that names the group the number is a part of: "派遣された北朝鮮兵のうち
    # 6千人超が、…死傷")
    sent = among | {i for i, c in enumerate(out) if any(
        not _boundary(cues, low, (c.start, c.end), (m.start, m.end)) and not (
            m.end <= c.start and cues.part_of.search(low, max(m.end, c.start - 12), c.start))
        for m in sending)}
    # (right before it, nothing between: not "the troops deployed now number 4,000")
    governed = {i: _gap((c.start, c.end), (m.start, m.end)) for i, c in enumerate(out)
                for m in sending if m.end <= c.start and not low[m.end:c.start].strip()}
    # "… misiles y más de 14.000 soldados" (with no cue, nothing to pair: not looked for)
    held = rules.counting_troops(cues, low, out) if metrics else set()
    for group in (EVENTS, ("deployed",)):
        pairs = sorted(
            ((_gap((c.start, c.end), (m.start, m.end)) + (1 if m.start < c.start else 0)
              + (1000 if _boundary(cues, low, (c.start, c.end), (m.start, m.end)) and not
                 rules.dash_predicate(cues, low, (c.start, c.end), (m.start, m.end)) else 0))
             * (0.3 if m.value == "died_in_captivity" else 1), i, k, m)
            for i, c in enumerate(out) if not out[i].metric
            for k, m in enumerate(metrics) if m.value in group and not (
                group is EVENTS and i in sent and not _counts(c, m, low)
                and not _qualifies(c, m, cues, low) and (
                    i in among or _boundary(cues, low, (c.start, c.end), (m.start, m.end))
                    or m.end <= c.start
                    and _gap((c.start, c.end), (m.start, m.end)) > governed.get(i, 10 ** 6)))
            and not ((i in held and m.value == "materiel_sent" or heavy_losses(
                cues.code, low, m)) and _boundary(cues, low, (c.start, c.end), (m.start, m.end)))
            and counter_fits(cues, low, (c.start, c.end), m.value))
        for _, i, _k, m in pairs:
            if out[i].metric or m in used:
                continue
            used.add(m)
            out[i] = replace(out[i], metric=m.value, cue=low[m.start:m.end])
    # "two wounded soldiers after they were captured": a capture no number took belongs to
    # a handful read as wounded (captives are counted in ones and twos, the wounded not)
    free = [m for m in metrics if m.value == "captured" and m not in used]
    if free:
        out = [replace(c, metric="captured", cue=low[free[0].start:free[0].end])
               if c.metric == "wounded" and _HANDFUL.fullmatch(c.text.lower().strip()) or (
                   c.metric == "wounded" and c.text.lower().strip() in cues.small_words)
               else c for c in out]
    for i, c in enumerate(out):
        # (troops named at it, or "the number of North Korean troops … is" before it, 16cd)
        if not c.metric and (told := uncued(cues, low, (c.start, c.end), EVENTS)):
            out[i] = replace(c, metric=told[0], cue=told[1])
        elif not c.metric and i not in among:  # another estimate ("(others say up to 15,000)")
            near = [m for m in metrics if _gap((c.start, c.end), (m.start, m.end)) <= 60
                    and counter_fits(cues, low, (c.start, c.end), m.value)]
            if near:
                m = min(near, key=lambda m: _gap((c.start, c.end), (m.start, m.end)))
                out[i] = replace(c, metric=m.value, cue=low[m.start:m.end])
    return out


def _qualifies(c: Candidate, m: Mention, cues: Cues, low: str) -> bool:
    # (30ar) in Japanese and Korean an event verb in the relative clause right before the group
    # a part is counted among says what befell the whole group ("우크라이나군에 붙잡힌 북한군
    # 2명 중 1명": the two were captured): at most two words between, no clause boundary
    return not cues.spaced and m.end <= c.start and len(low[m.end:c.start].split()) <= 2 \
        and not _boundary(cues, low, (c.start, c.end), (m.start, m.end))


def _counts(c: Candidate, m: Mention, low: str) -> bool:
    # the materiel noun right after the number is what it counts ("among the 6,700 containers
    # sent from North Korea"): it wins over the word of sending and the group it is among
    return m.value == "materiel_sent" and m.start >= c.end and \
        len(low[c.end:m.start].split()) <= 1


def extract_figures(text: str, lang: str | None = None,
                    published: str | date | None = None) -> pd.DataFrame:
    """Find every figure of the story in an article's text.

    Parameters
    ----------
    text : str
        The article's text (plain; see :func:`analysis.articles.source.text_of` for HTML).
    lang : str, optional
        ISO 639-1 code; guessed from the script and the words when not given.
    published : str or date, optional
        The article's publication date, to read relative periods ("last summer").

    Returns
    -------
    pandas.DataFrame
        One row per figure, in text order, with :data:`COLUMNS`: offsets into ``text``,
        the phrase as written, its sentence, ``metric`` and ``subject`` (the ledger's
        vocabulary), ``claimant`` (canonical; ``"Unattributed"`` when the article names no
        source), the reading of the figure engine, the period the sentence gives, and
        ``why`` (the cue words that decided).

    Raises
    ------
    ArticleError
        When ``text`` is empty, binary or too long, or ``lang`` has no article words.
    """
    return pd.DataFrame(figure_rows(text, lang, published), columns=COLUMNS)


def figure_rows(text: str, lang: str | None = None,
                published: str | date | None = None) -> list[dict]:
    """Return the rows of :func:`extract_figures` as dicts (no table: a batch builds one).

    Raises
    ------
    ArticleError
        As :func:`extract_figures`.
    """
    from analysis.articles.source import text_of

    written = text_of(text)
    text = width.fold(written)  # ("２人", "１９６８年": read as ASCII, written back at the end)
    code = guess_language(text) if lang is None else _known(lang)
    cues, names = compile_cues(code), load_claimants()
    low = lower(text)
    sentences = split_sentences(text, cues.months)
    present = cues.present(low)
    found = {kind: resolve_overlaps(cues.find(low, kind, present)) for kind in FOUND_KINDS}
    found["side"] = resolve_overlaps(cues.find(low, "north_korea", present)
                                     + cues.find(low, "other_side", present))
    # a partner named by a working word ("в сотрудничестве с СБУ" before it, "SBU와의 공조를
    # 통해" after it, "l'armée de Kim Jong-un" holding it) is no source; neither is the owner of
    # the troops ("Kim Jong Un's troops")
    found["claimant"] = [m for m in abbrev.named(names, (text, low), cues, code, present)
                         if not order.owner_only(m, found["troops"], low) and not any(
                             0 <= (m.start - p.end if cues.spaced else p.start - m.end
                                   - order.bracketed(low, m.end, p.start)) <= 3
                             or p.start < m.start < p.end for p in found["partner"])
                         and not rules.destination(m, cues, low, found["attribution"])]
    found["claimant"] = rules.joined_adjectives(witnesses_speaking(  # (26ac)
        found["claimant"], found["attribution"], low, cues.spaced), cues, low)
    found["claimant"], found["country"] = spoken_countries(  # (16cc: the body it stands for)
        cues.find(low, "country", present), found, names, (low, cues, sentences))
    rows = waves.wave_again(_read_sentences(text, low, code, cues, names, sentences, found,
                                            published))  # (31fm) the later wave told again
    # (16cj) the parts told before their sum ("100人、120人、合わせて約220人")
    rows = listed_with_sum(rows, low, code, cues.spaced)
    pronouns = ARTICLE_TABLES[code].get("captive_pronoun", ())
    # (a death told by a pronoun that no captive counted before took: nobody's death, 16ru)
    rows = bare_again(told_again(rows, cues.definite, low, lambda s, e: interviewed(
        cues, low, s, e)), code, low)  # (16ci) people met, told again
    return width.restore(rules.without_parts([r for r in dedupe(rows) if not (
        r["metric"] == "died_in_captivity" and r["figure_text"].lower() in pronouns)]),
        written, text, sentences)


def _known(lang: str) -> str:
    from analysis.core.errors import ArticleError

    code = str(lang).lower().split("-")[0]
    if code not in ARTICLE_TABLES:
        raise ArticleError(f"no article words for language {lang!r}; known: "
                           f"{', '.join(sorted(ARTICLE_TABLES))}", column="lang")
    return code


class _Here(dict):
    """The mentions of one sentence by kind; a kind it does not name has none."""

    def __missing__(self, kind: str) -> list[Mention]:
        return []


def _by_sentence(found: dict[str, list[Mention]], sentences: list[tuple[int, int]]
                 ) -> tuple[dict[str, dict[int, list[Mention]]], dict[int, dict[str, list]]]:
    """Return the mentions inside each sentence (starting and ending in it), in order.

    Both by kind then sentence, and by sentence then kind (only the kinds it names).
    """
    starts = [s0 for s0, _ in sentences]
    inside: dict[str, dict[int, list[Mention]]] = {}
    per: dict[int, dict[str, list[Mention]]] = {}
    for kind, mentions in found.items():
        out: dict[int, list[Mention]] = {}
        for m in mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sentences[i][1] and m.end <= sentences[i][1]:
                out.setdefault(i, []).append(m)
        inside[kind] = out
        for i, ms in out.items():
            per.setdefault(i, {})[kind] = ms
    return inside, per


def _read_sentences(text: str, low: str, code: str, cues: Cues, names: Claimants,
                    sentences: list[tuple[int, int]], found: dict[str, list[Mention]],
                    published: str | date | None) -> list[dict]:
    rows: list[dict] = []
    cands = SentenceCandidates(cues, (text, low), sentences)  # (read when asked for)
    inside, per = _by_sentence(found, sentences)
    unnumbered_cues = {i for i, ms in inside["metric"].items() if any(
        m.value in UNNUMBERED for m in ms)} | troops_joined(inside, low) | set(inside["unit_size"])
    # a lawmaker relays the intelligence briefing named in the sentence or the two around it
    # ("Об этом заявил член парламента … Ли выступил после закрытого брифинга NIS"), or the
    # origin named there ("…の高官から得た情報", 16ca)
    briefed = briefings(inside, low, len(sentences))
    named = [names.resolve(sorted(inside["claimant"].get(i, []) + inside["country"].get(i, []),
                                  key=lambda m: m.start),
                           inside["joint"].get(i, []) + inside["subordinate"].get(i, []), low,
                           (inside["relay"].get(i, []), briefed[i]), inside["according"].get(i),
                           inside["attribution"].get(i))
             if i in inside["claimant"] or i in inside["relay"] else []
             for i in range(len(sentences))]
    # sources the language carries into sentences that name none ("the agency", "уточнялось")
    # (a name quoted by the speaker is no source to carry: "군 관계자는 … "김정은의 러시아 방문
    # 직전인 …"고 말했습니다. … 이 관계자는 설명했습니다", 16kj)
    unquoted = [order.outside_quotes(n, low, sentences[i][0]) for i, n in enumerate(named)]
    carried = carry.fill(unquoted, low, code, sentences, (names, per, cands, text))
    named = [n if unquoted[i] is not n else carried[i] for i, n in enumerate(named)]
    side, recent = "", []  # the side the article last named; claimants of recent sentences
    sent: list[int] = []  # (16cg) the sentences that counted a deployment
    for index, (s0, s1) in enumerate(sentences):
        here = _Here(per.get(index, ()))
        here["metric"] = [m for m in here["metric"]  # "positions they captured" (art34b)
                          if not seized.place_taken(code, low, m)]
        # "한편 …", "一方、…": a new topic, no source of the report before
        recent = [] if here["new_topic"] and here["new_topic"][0].start <= s0 + 3 else recent
        if here["continues"] and here["continues"][0].start <= s0 + 3:
            here["more"] = inside["additional"].get(index - 1, [])  # "… додаткові ресурси.
            # Йдеться про близько 6000 військовослужбовців": the sentence before goes on
        here["counted"] = counted_sides(here, low)  # (16cg) not companions or enemies
        here["sent_before"] = sent_recently(sent, index, sentences, low)  # type: ignore[assignment]
        # (a sentence with no word that can make a number a figure is not read, session 21)
        if index in unnumbered_cues or may_hold_figures(cues, low, (s0, s1), here.keys()) and \
                index in cands:
            # (the arguments of _named_after: the sources named after the sentence are looked
            # for only when it has figures)
            after = (cues, low, sentences, per, index, (named, cands))
            last = rows[-1]["metric"] if rows else ""
            rows += noted(_sentence_rows(text, low, code, cues, names, (index, s0, s1), here,
                                              cands.get(index, []), (named[index], recent, side,
                                                                     after, last), published),
                               sent, index)
        # "fought alongside Russian troops": companions, not the side the article counts; nor
        # the enemy fought against ("gegen die Ukrainer"; "sanctions against North Korea" is ours)
        side = here["counted"][-1].kind if here["counted"] else side
        # (North Korea acting in a sentence that attributes nothing is no source of the next:
        # "김정은 … 푸틴 … 조약을 체결하고 … 합의한 바 있다. 이후 북한은 … 공병 6000명 추가 파병을
        # 약속했다", 16kj; unless a pronoun speaks next: "Лидер КНДР поздравил военных … Он
        # заявил, что … погибли девять", 16v)
        # (26ac: the pronoun's the subject's, the source named first: "Sergei K. Shoigu … met
        # Kim Jong-un … Afterwards, he told reporters that Kim had agreed to send 5,000")
        recent = (recent + [[m for m in carried[index] if m.value != ACTOR or here[
            "attribution"] or (_Here(per.get(index + 1, ()))["pronoun"]
                               and min(carried[index], key=lambda n: n.start) is m)]])[-2:]
    return rows


def _named_after(cues: Cues, low: str, sentences: list[tuple[int, int]],
                 per: dict[int, dict[str, list[Mention]]], index: int,
                 known: tuple[list[list[Mention]], dict[int, list[Candidate]]]
                 ) -> list[Mention]:
    """Return the claimants of a later sentence that only says whose the figures are.

    The next sentence, or the one after it when the next gives figures of its own but names
    no source ("… 6,000 killed or wounded. Some 11,000 remain. That is according to …").
    """
    named, cands = known
    # a lead that tells what became known ("…が死亡したことが分かりました。"): the source
    # opening the next sentence with its own report on North Korea ("国家情報院は30日、北朝鮮が
    # …と報告しました。")
    # (or the one after a background sentence naming nobody and counting nothing: "…駐留して
    # いることが分かった。…今回が初めてだ。ウクライナ軍情報総局（GUR）は…「…」とし")
    if _Here(per.get(index, ()))["source_follows"]:
        for j in range(index + 1, min(index + 3, len(sentences))):
            here = _Here(per.get(j, ()))
            if named[j] and here["attribution"] and any(
                    m.kind == "north_korea" for m in here["side"]):
                return named[j]
            if named[j] or j in cands:
                break
    for j in (index + 1, index + 2):
        if j >= len(sentences):
            break
        here = _Here(per.get(j, ()))
        if named[j] and carry.says_whose(cues, low, sentences, j, (per, cands)) and not (
                _Here(per.get(index, ()))["impersonal"] and here["breakdown_next"]):
            # ("… 보낸 것으로 알려졌다. 이 가운데 사상자 수는 … 영국 국방정보국은 추산했다": the
            # breakdown's source is not the impersonal report's, 16s; an outlet's source named
            # in the sentence after it, 16x)
            return carry.relayed_by_outlet(named, j, lambda k: k < len(sentences) and
                                           carry.says_whose(cues, low, sentences, k, (per, cands)))
        # a sentence with no figure, metric or source in the same paragraph ("Частина цих
        # військ вже брала участь … Про це заявив президент") does not end the report
        if named[j] or here["attribution"] or (j not in cands and (
                here["metric"] or j + 1 >= len(sentences)
                or "\n" in low[sentences[index][1]:sentences[j + 1][0]])):
            break
    # "… Про це повідомив …" closing the report a few sentences (or paragraphs) on; "… - Zelensky
    # said." closing a quoted paragraph
    # (art34b) an editorial's headline ("[사설] …", "【社説】", "Editorial: …") is the paper's
    # own view: no source of its lead
    editorial = index == 0 and _editorial().match(low) is not None
    return carry.closing(cues.code, low, sentences, index, (named, per, cands)) or \
        carry.dash_closed(low, sentences, index, (named, per, cands)) or ([] if editorial else
                                                                         carry.lead_or_noun(
            cues.code, low, sentences, index, (named, per, cands)))


@cache
def _editorial() -> re.Pattern[str]:
    # (art34b, 35aa) the labels of an editorial's headline (``ARTICLES["editorial_headline"]``),
    # every table's: a label marks the paper's view whatever the language the text is read in
    labels = [w for table in ARTICLE_TABLES.values() for w in table.get("editorial_headline", [])]
    return re.compile(r"\s*(?:" + "|".join(labels or ["(?!)"]) + ")")


def _sentence_rows(text: str, low: str, code: str, cues: Cues, names: Claimants,
                   where: tuple[int, int, int], here: dict[str, list[Mention]],
                   cands: list[Candidate], context: tuple, published: str | date | None
                   ) -> list[dict]:
    """Return the figures of one sentence (``where``: its index and offsets)."""
    index, s0, s1 = where
    claimants, recent, side, named_after, last = context
    if not rules.later_wave(published):
        here["planned"] = []  # a sending planned before the first one arrived is the first
    mine = rules.part_of_whole(assign_metrics(cands, rules.projected(here, low, cues.spaced),
                                              cues, low)
                               if cands else [], cues, low)
    mine = whole_sent(mine, cues, low)  # "6,000 of 14,000 soldiers died": 14,000 sent (ofw31)
    mine = more_of_them(mine, here, low, (bool(here["sent_before"]), cues.spaced))  # 16cg
    part = [c for c in mine if c.metric == "deployed" and any(
        0 <= p.start - c.end <= 2 for p in here["partitive"])]
    if last == "additional_deployed":  # "1.000 dieser Soldaten": a part of the new wave before
        mine = [replace(c, metric=last) if c in part else c for c in mine]
    elif last == "deployed":  # "Понад тисяча цих військових …": a part of the deployment
        mine = [c for c in mine if c not in part]  # before, no other deployment
    if here["anaphora"] and last:  # "estime ce chiffre à environ 1 100": the figure before's metric
        mine = [c if c.metric and not wording.affected(c, here["anaphora"]) else replace(
                    c, metric=last, cue=low[here["anaphora"][0].start:here["anaphora"][0].end])
                for c in mine]  # (30ac) "„etwa 1.100“ betroffenen Soldaten": those of the last
    figures = [c for c in mine if c.metric] + unnumbered(here, mine, low, text, (index, code)) + \
        unit_losses(here, mine, low, text, index) + [
        Candidate(p0, p1, text[p0:p1], index, "additional_deployed", cue, numbered=False)
        for p0, p1, cue in additional_troops(here, [c.metric for c in mine], low, cues, (s0, s1))]
    if not figures:
        return []  # (the sources named after the sentence are not looked for)
    if here["pronoun"] and all(m.value == MEDIA for m in claimants):
        claimants = []  # "сообщил он …, пишет Reuters": the wire carries the speaker before
    # (a pronoun speaker, "«Кім Чен Ином прийнято рішення направити …», - сказав він", says
    # who spoke as a next sentence would: the leader sending is no source, 16c)
    claimants = rules.speakers(claimants, (cues, low, here["side"]), here["attribution"],
                               (after := _named_after(*named_after)) or here["pronoun"])
    claimants = own_intelligence(names, claimants, here["attribution"],  # (23as)
                                 here["according"], low)
    # an impersonal estimate ("se estima", "it is believed", "전해졌다") is nobody's: it
    # takes no claimant from the sentences before
    # a quotation says somebody spoke; a word or two in quotes ('"hundreds" of casualties')
    # only marks the word
    quotes = _QUOTE.findall(text, s0, s1)
    quoted = quotes and len(quotes) > 2 * len(_SCARE_QUOTE.findall(text, s0, s1))
    # (a word of the figure's own phrase says no one spoke: "an estimated 11,000"; a verb
    # and its preposition the figure reader took as its qualifier still says somebody did:
    # "Их потери оцениваются в несколько тысяч", D65.1)
    says = [a for a in here["attribution"] if not any(
        c.start <= a.start < c.end and not _VERB_AND_PREPOSITION.match(low, a.end) for c in cands)]
    attributed = (bool(says) or bool(quoted) or rules.goes_on(here, cands)) \
        and not here["impersonal"]
    rows, period = [], None
    for c in figures:
        # of several names, those in the figure's own clause ("北朝鮮が公開した…350人ほどでしたが、
        # 国家情報院が…": North Korea's, not the NIS's)
        # (an earlier estimate recalled in its own clause, "이는 … 7,000~8,000명으로 추정되던
        # 수치": nobody's, not the name of another clause)
        fit = contrast_opened(order.outside_quotes(claimants, low, s0, c.start) if quotes else
                              claimants, (c.start, c.end), low, cues, s0)  # (32cl)
        own = [m for m in fit if not _boundary(cues, low, (c.start, c.end), (
            m.start, m.end))] or ([] if _in_clause(here["earlier_estimate"], c, low, s0, s1)
                                  else rules.scoped(fit if cues.spaced else  # (30ar)
                                                    clauses.without_second_report(
                                                        fit, (c.start, c.end), low),
                                                    (c.start, c.end), here, (cues, low)))
        own = _narrowed(own, c, (low, code, here), (names, after, named_after))  # (art34b)
        # (16wu) "l'annonce de Kiev selon laquelle …": the statement's owner (clauses.py)
        own = [o] if (o := clauses.statement_owner(code, here, low, s0, c.start)) else own
        # (16cc) "…, while Seoul warns": no source of a figure before the contrasting clause
        who, how = choose(names, c, own, (here, recent, attributed, after), (low, cues, s0, s1))
        people = rules.people_sides(c.metric, here["side"], cues, low)
        # (26ar) a loss in a sentence naming North Korea as a weapon's maker only
        counted = here["counted"] if c.metric not in LOSSES else counted_sides(
            here, low, cues.weapons)
        row = _row(c, code, text, s0, s1, who, how, side_of(c, people, side, low, cues,
                                                            counted), here, low)
        if row is None or subjects.vague_deployment(code, row["metric"], c.text,
                                                            row["best"]):
            continue  # (26ar) "algunas tropas … desplegadas": no number told
        if period is None:
            period = period_of(text[s0:s1], code, published)
        row.update(zip(("period_text", "period_start", "period_end"), period, strict=True))
        rows.append(row)
    return waves.later_wave(rows, cues, low, s1)  # (31fm) sappers and builders


def _row(c: Candidate, code: str, text: str, s0: int, s1: int, who: str, how: str,
         side: str, here: dict[str, list[Mention]], low: str) -> dict | None:
    metric = wording.first_metric(c, code, here["children"], low)
    treated = [m for m in here["metric"] if m.value == "treated_in_north_korea"]
    # North Korea named in the sentence, or the one the article last named ("реабилитация
    # сотен раненых бойцов в корейских санаториях" after "… КНДР")
    # ("Hundreds of Russian soldiers … in North Korean hospitals": the Russians are the subject)
    in_north_korea = side == "north_korea" or any(m.kind == "north_korea" for m in here["side"])
    # the wounded counted are Russians ("hundreds of wounded Russian troops … in North Korea")
    if (metric == "treated_in_north_korea" or metric == "wounded" and (
            treated or rules.russians(c.end, here["side"]))) and in_north_korea:
        metric = wording.treated_or_own(c.start, c.end, here["own_wounded"])
    if metric == "treated_in_north_korea":
        if not in_north_korea or any(  # "치료 후 … 북한군 2명의 사진": captives, not Russians
                m.kind == "north_korea" and 0 <= c.start - m.end <= 2 for m in here["side"]):
            return None
    elif metric != "hosted_children" and side != "north_korea" or (
            # (16ru) "…, вбивши та поранивши дев'ятьох американських солдатів" in a story
            # of the camp: soldiers of another side named right after the number, no children
            # (not "the children of fallen Russian servicemen": the children are counted)
            metric == "hosted_children" and c.numbered and rules.russians(c.end, here["side"])
            and not any(0 <= m.start - c.end <= 16 for m in here["children"])):
        return None
    if metric == "hosted_children" and rates.abducted_elsewhere(code, low, s0, s1):
        return None  # (24at) children Russia took from Ukraine, no North Korea named
    if lost_rate(metric, code, low, c.start, c.end):
        return None  # (25at) "92 hommes tués au combat par jour": a daily rate of losses
    # "Moscou a dépassé le million de pertes": the other side's losses
    # (26aw: "Росія втратила … близько батальйону солдат КНДР": the unit is North Korea's)
    if rules.lost_by_other_side(c.start, here["losses_of"], low) and not (
            c.sized and side == "north_korea") or \
            _in_clause(here["excluded"], c, low, s0, s1) or (  # (what containers hold counts)
                metric != "materiel_sent" and rules.capacity_of(
                    here["capacity"], (c.start, c.end), low, compile_cues(code).spaced)) or (
                flows.not_sent_to_russia(metric, here, (c, code), low, lambda ms: _in_clause(
                    ms, c, low, s0, s1))):  # (16l) Russia's stock; (18ra) sent the other way
        return None  # returned, repatriated or missing soldiers, a breakdown: no figure
    if metric == "captured" and compile_cues(code).part_of.search(low, max(s0, c.start - 12),
                                                                  c.start):
        return None  # "생포된 북한군 중 1명은 …": one of the captives, no capture of its own
    if member(compile_cues(code), low, (c.start, c.end, s0, s1), here) or \
            group_told(code, low, (c.start, c.end), s0):
        return None  # (16cj) "1人はロシア軍の身分証明書を携行"; (25au) "負傷者は将校2人と…"
    figure = parse_figure(c.text, code)
    if c.numbered and figure.status != "ok":
        return None
    reading = (figure.low, figure.best, figure.high) if not c.sized else (_NAN, _NAN, _NAN)
    # (the words of one anywhere in the phrase, which may open with the capture verb: "взяли в
    # полон північнокорейського військового", 16ru)
    words = c.text.lower().split()
    if not c.numbered and not c.sized and (set(words[:3]) & set(FIGURE_TABLES[code].get(
            "articles", ())) or set(words) & set(ARTICLE_TABLES[code].get("one", ()))):
        reading = (1.0, 1.0, 1.0)  # "un soldat", "a North Korean soldier": one, no number written
    cues = compile_cues(code)
    if metric == "deployed" and not (metric := part_counts(cues, low, (c, s0, s1), here)):
        return None  # "of whom 500 officers": a part of the deployment counted before (16cg)
    if metric == "deployed" and rules.part_before_whole(cues, low, (c.start, c.end, s1),
                                                        here["side"]):
        return None  # "장교 500명과 장성 3명을 포함한 1만 2000명"
    if metric == "deployed" and (figure.relation == "additional" or here.get("more") or any(
            (0 <= c.start - m.end <= 25 or 0 <= m.start - c.end <= 15 or (  # "… у рамках
                0 <= m.start - c.end <= 60 and not _boundary(cues, low, (c.start, c.end),
                                                             (m.start, m.end))))  # третьої хвилі"
            # (not past another number: "約1万人で、工兵約1000人が追加で": that one's word)
            and not _DIGIT.search(low, min(c.end, m.end), max(c.start, m.start))
            for m in here["additional"] + here["planned"])) and not any(
                # "остается еще 11 тыс.": still, not more
                0 <= c.start - m.end <= 12 for m in here["still"]):
        metric = "additional_deployed"
    # sappers, builders: later waves
    metric = rules.engineers(cues, low, (c.start, c.end, s1), metric)
    return {
        "start": c.start, "end": c.end, "figure_text": c.text,
        "sentence": " ".join(text[s0:s1].split()), "metric": metric,
        "subject": SUBJECTS.get(metric, "north_korean_troops"), "claimant": who,
        "low": reading[0], "best": reading[1], "high": reading[2], "unit": figure.unit,
        "qualifier": figure.qualifier, "status": figure.status,
        "relation": "additional" if metric == "captured" and rules.goes_on(here, [c])
        else figure.relation,  # "captured two more": not the captives before (repeats.py)
        "period_text": "", "period_start": None, "period_end": None,
        "why": f"metric: '{c.cue}'; claimant: {how}",
    }


def _narrowed(own: list[Mention], c: Candidate, read: tuple[str, str, dict],
              known: tuple[Claimants, list[Mention], tuple]) -> list[Mention]:
    """Return the figure's sources less a later clause's speaker and a country yielding (art34b).

    :func:`~analysis.articles.speaker.impersonal_first`, then
    :meth:`~analysis.articles.claimants.Claimants.yield_to_body` when the next sentence says
    whose the figures are ("Las cifras llegan de su Servicio de Inteligencia Nacional").
    """
    low, code, here = read
    names, after, named_after = known
    own = hedged_reports(impersonal_first(own, (c.start, c.end), low, here, code),
                         (c.start, c.end), low, code)
    per, index = named_after[3], named_after[4]
    if after and _Here(per.get(index + 1, ()))["attribution_next"]:
        return names.yield_to_body(own, after)
    return own


_CLAUSE_END = re.compile(r"[,;:()]|(?<![はもが])[、，]")  # (not "約2000人は、…送還": one clause)


def _in_clause(mentions: list[Mention], c: Candidate, low: str, s0: int, s1: int) -> bool:
    """Whether one of ``mentions`` stands in the clause of figure ``c`` (between commas)."""
    if not mentions:
        return False
    before = [m.end() for m in _CLAUSE_END.finditer(low, s0, c.start)]
    after = _CLAUSE_END.search(low, c.end, s1)
    # ("1100 військових, які повернулися", "военнослужащих, вернувшихся")
    if after and clauses.relative_follows(_RELATIVE, low, after.start()):
        after = _CLAUSE_END.search(low, after.end(), s1)
    lo, hi = (before[-1] if before else s0), (after.start() if after else s1)
    return any(lo <= m.start and m.end <= hi for m in mentions)


_NAN = float("nan")  # (a unit's size reads no number: "대대 1개", articles/units.py)
UNNUMBERED = ("died_in_captivity", "captured", "hosted_children")
"""Metrics reported without a number ("captured North Korean soldiers"), read as figures."""


def _captives_within(code: str, low: str, cue: Mention) -> list[Mention]:
    # (art34b) the captives named inside the death's own cue ("tentative de capture, les
    # prisonniers nord-coréens avaient succombé"): the last capture word before the death,
    # not the verb opening the cue ("capturé fin décembre, mais il est mort": no captive named)
    found = [Mention(m.start(), m.end(), "metric", "captured") for value, rx in
             compile_cues(code).groups["metric"] if value == "captured"
             for m in rx.finditer(low, cue.start, cue.end) if m.start() > cue.start]
    return sorted(found, key=lambda m: m.start)[-1:]


def unnumbered(here: dict[str, list[Mention]], numbered: list[Candidate], low: str,
               text: str, where: tuple[int, str]) -> list[Candidate]:
    """Return the captivity or children figure of a sentence that gives no number for it.

    The most specific cue wins ("died in captivity" over "captured"); the figure is the
    noun phrase of the story closest to the cue, with its determiners ("another North
    Korean soldier", "the children"). A death told of the captive by a pronoun only ("…
    захватили в плен … солдата КНДР. На следующий день стало известно, что он скончался от
    обострения ран", ``ARTICLES["captive_pronoun"]``) is the pronoun's: :func:`figure_rows` keeps
    it only as the death of the one captive counted before (``repeats.dedupe``).
    """
    index, code = where
    # "un soldat", "ein Soldat": an article read as a number takes no cue from the noun phrase
    taken = {c.metric for c in numbered if c.metric and not any(
        d.start <= c.start and c.end <= d.end for d in here["determiners"])}
    cues = [m for m in here["metric"] if m.value in UNNUMBERED]
    if not cues or taken & set(UNNUMBERED):
        return []
    cue = min(cues, key=lambda m: UNNUMBERED.index(m.value))
    nouns = here["children"] if cue.value == "hosted_children" else here["troops"]
    if cue.value == "died_in_captivity" and not nouns:  # "la muerte de los prisioneros"
        nouns = [m for m in here["metric"] if m.value == "captured"] or order.captive_pronoun(
            code, low, cue.start) or _captives_within(code, low, cue)
    nouns = [n for n in nouns if n.end <= cue.start or n.start >= cue.end] or nouns
    # "Ukrainian forces have captured an injured North Korean soldier": the captors are
    # another side's noun, not the captive
    nouns = rules.captives(nouns, here["side"], low)
    if not nouns:  # no noun, or only captors' ("captured by the troops"): no captive is named
        return []
    noun = min(nouns, key=lambda n: _gap((n.start, n.end), (cue.start, cue.end))
               + (0 if n.start >= cue.end else 1))
    between = low[min(noun.end, cue.end):max(noun.start, cue.start)]
    # ("перший солдат КНДР, якого ЗСУ взяли у полон на Курщині, помер унаслідок ускладнення
    # ран": a clause holding the capture between the captive and his death is his, 16ru)
    captive = cue.value == "died_in_captivity" and any(
        m.value == "captured" and noun.end <= m.start and m.end <= cue.start
        for m in here["metric"]) and _gap((noun.start, noun.end), (cue.start, cue.end)) <= 100
    if not captive and (_gap((noun.start, noun.end), (cue.start, cue.end))
                        > children_reach(cue.value, low, (noun, cue), (here["troops"], numbered))
                        or _RELATIVE.search(between)):
        # ", which Ukraine captured in August": the cue is another clause's (the territory)
        return []
    start = rules.phrase_start(noun.start, here, low)
    return [Candidate(start, noun.end, text[start:noun.end], index, cue.value,
                      low[cue.start:cue.end], numbered=False)]
