"""Who an article says a figure comes from.

Names are found with the ledger's own alias patterns (``data/raw/claimants.csv``) and the
names each language writes (``ARTICLES["claimants"]`` in :mod:`analysis.lang`). In a
sentence naming several sources, a relayed claim goes to its origin (the specific name of
the claimant hierarchy wins over its broader one: "a lawmaker briefed by the NIS" → the
NIS), two governments joined by "and" are several governments jointly, and a news agency
relaying a source yields to that source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.articles import outlets, relayed
from analysis.articles.cues import Cues, Mention, resolve_overlaps
from analysis.articles.edges import LATIN_EDGE, letter_first, lowered
from analysis.articles.prefilter import Prefilter
from analysis.lang import ARTICLE_TABLES
from analysis.ledger.reference import load_alias_table, load_hierarchy

__all__ = ["ACTOR", "JOINT", "MEDIA", "OTHERS", "UNATTRIBUTED", "Claimants", "load_claimants"]

RELAYED = "South Korea National Intelligence Service (NIS)"
"""Whose briefing a lawmaker relays when a sentence names a lawmaker and intelligence: in
this story, South Korea's spy agency briefs parliament's intelligence committee."""
UNATTRIBUTED = "Unattributed"
JOINT = "Several governments jointly"
MEDIA = "News media (own reporting)"
ACTOR = "North Korea (state media and leadership)"  # also the one who sends the troops
_CLAUSE = re.compile(r"[,;:、，]")
SPOKE_AFTER = 24
"""How far after a name its own speech verb may stand, in its clause (a speaker of its own)."""


def _speaks(m: Mention, spoken: list[Mention], low: str) -> bool:
    return any(0 <= a.start - m.end <= SPOKE_AFTER and not _CLAUSE.search(low, m.end, a.start)
               for a in spoken)
_PARENTHESES = re.compile(r"\([^)]*\)")


def _interviewer_words(where: str) -> str:
    words = sorted({w for table in ARTICLE_TABLES.values()
                    for w in table.get("interviewer", {}).get(where, [])})
    return "|".join(words) or "(?!)"


# (16ij) the outlet a source spoke to in an interview is no source of its own ("said in an
# interview with Russian media", "dans une interview accordée à", "в интервью", "러시아
# 매체와의 인터뷰에서", "NHKの取材に"): ``ARTICLES["interviewer"]``, the words before the
# outlet (three words at most between) or right after it, of every language at once
_INTERVIEWER_BEFORE = re.compile(r"(?:" + _interviewer_words("before") + r")\w*\s+(?:\S+\s+){0,3}$")
_INTERVIEWER_AFTER = re.compile(r"\s*(?:" + _interviewer_words("after") + ")")
# (16ws) a source named with unnamed others ("South Korea and other Western countries",
# "Kyiv and its allies", "ウクライナなど"): ``ARTICLES["others"]`` right after the name, every
# language at once
OTHERS = re.compile(r"\s?(?:" + "|".join(sorted({w for table in ARTICLE_TABLES.values()
                                                    for w in table.get("others", [])}))
                     + ")")
_SKIPPED = {UNATTRIBUTED, "Individual witnesses and sources"}  # patterns of free text only


def _top_level(pattern: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _sentence_pattern(pattern: str) -> str:
    # the sheet's patterns are written for an attribution cell: a whole-cell alternative
    # ("^Ukraine$") names no one inside a sentence; other anchors become word edges, and
    # word edges know scripts ("NATOによると": NATO glued to kana is a whole word)
    kept = [p for p in _top_level(pattern) if not (p.startswith("^") and p.endswith("$"))]
    edged = re.sub(r"(?<![\\\[])\^", r"\\b", "|".join(kept) or "(?!)")
    return re.sub(r"(?<!\\)\\b", lambda _: LATIN_EDGE, edged)


def _interviewing(low: str, mention: Mention) -> bool:
    """Whether the outlet ``mention`` names is the one interviewing the source."""
    return bool(_INTERVIEWER_BEFORE.search(low, max(0, mention.start - 45), mention.start)
                or _INTERVIEWER_AFTER.match(low, mention.end))

_BRACKET_OPEN = re.compile(r"\s*[(（]\s*")


def _bracketed(b: Mention, mentions: list[Mention], low: str) -> list[Mention]:
    """Return the name ``b`` told again in brackets right after itself ("정보총국(HUR)").

    The bracketed form is the same source, no second one: it joins the joint claim ``b`` is
    the last member of ("국정원과 우크라이나 국방부 정보총국(HUR)은": NIS and HUR jointly), not
    standing beside it as another source (29ar).
    """
    return [m for m in mentions if m.value == b.value and m.start > b.end
            and _BRACKET_OPEN.fullmatch(low, b.end, m.start)]


@dataclass
class Claimants:
    """The claimant names, their countries and kinds, and the claimant hierarchy."""

    patterns: list[tuple[str, re.Pattern[str]]]
    country: dict[str, str]
    kind: dict[str, str]
    broader: dict[str, set[str]]
    filter: Prefilter | None = None

    def mentions(self, text: str, low: str, cues: Cues, present: set[int] | None = None
                 ) -> list[Mention]:
        """Every claimant named in ``text`` (sheet patterns and the language's names).

        ``present`` is :meth:`Cues.present` of ``low`` when already known.
        """
        named = self.filter.hits(text) if self.filter else range(len(self.patterns))
        # one set for every language: the word edges only look at Latin letters and digits
        # ("NATOによると", "NIS는": a Latin name glued to Hangul or kana has its edge)
        found = [Mention(m.start(), m.end(), "claimant", self.patterns[k][0])
                 for k in sorted(named) for m in self.patterns[k][1].finditer(low)
                 if m.end() > m.start()]
        found += cues.find(low, "claimant", cues.present(low) if present is None else present)
        found = resolve_overlaps(found)
        # (19nm) outlets named by grammar ("the British newspaper The Times"), after the names
        return resolve_overlaps(found + outlets.named(text, cues.code, found))

    def resolve(self, mentions: list[Mention], joints: list[Mention], low: str,
                relays: tuple[list[Mention], list[Mention]] = ([], []),
                according: list[Mention] | None = None,
                spoken: list[Mention] | None = None) -> list[Mention]:
        """Merge joint attributions and relays within one sentence's mentions.

        ``joints`` holds the words joining two names ("and": a joint claim) and those
        putting the first under the second ("the DIA under South Korea's defence ministry",
        kind ``subordinate``: the body it belongs to is no other source). ``mentions`` may
        hold countries named alone (kind ``country``, the value their government): joined
        to a source of another country they make a joint claim; alone they name no one.
        ``according`` are the sentence's "according to" words (``ARTICLES["according"]``).
        """
        according, spoken = according or [], spoken or []
        mentions = [m for m in mentions
                    if not (self.kind.get(m.value) == "media" and _interviewing(low, m))]
        out = list(mentions)
        relay, intelligence = relays
        # (16ca) the origin of relayed information ("data provided by X", "X로부터 받은 자료")
        origins = relayed.origins(mentions, low)
        # (a lawmaker handing on another intelligence body's material names it: "국방정보본부";
        # one relaying an origin named in the sentences around, that origin)
        told = [m.value for m in intelligence if m.kind == "origin"]
        if relay and intelligence and not origins and not any(
                self.kind.get(m.value) == "intelligence" for m in out):
            out.append(Mention(relay[0].start, relay[0].end, "claimant",
                               told[0] if len(set(told)) == 1 else RELAYED))
        chain: list[Mention] = []  # governments listed so far ("Kyiv, Washington y Seúl")
        for a, b in zip(mentions, mentions[1:], strict=False):
            between = low[a.end:b.start]
            if any(j.kind == "subordinate" and j.start >= a.end and j.end <= b.start
                   for j in joints) and len(_PARENTHESES.sub("", between).split()) <= 2 \
                    and "," not in between:
                out = [m for m in out if m is not b]  # "the DIA under South Korea's ministry"
                continue
            joint = next((j for j in joints if j.kind == "joint" and j.start >= a.end
                          and j.end <= b.start), None)
            if a.kind == b.kind == "country":
                chain = []
                continue  # two countries named together, neither as a source
            listed = between.strip() == "," and self._governments(a, b)
            if listed:
                chain = chain or [a]
                chain.append(b)
                continue
            # besides the joining word, a comma and a word or two ("Seoul and the US", "así
            # como las de Estados Unidos")
            rest = low[a.end:joint.start] + " " + low[joint.end:b.start] if joint else ""
            # (a country alone joins a source within one phrase: "fight Ukraine, and South
            # Korea said" is no joint claim)
            alone = "country" in (a.kind, b.kind) and ("," in between or len(rest.split()) > 1)
            if joint and len(rest.split()) <= 3 and len(rest.strip()) <= 12 and not alone and \
                    self._governments(a, b):
                first = chain[0] if chain and chain[-1] is a else a
                gone = [*chain, a, b, *_bracketed(b, mentions, low)]
                out = [m for m in out if m not in gone]
                out.append(Mention(first.start, b.end, "claimant", JOINT))
            elif joint and len(rest.split()) <= 3 and len(rest.strip()) <= 12 and not alone \
                    and (common := self._common_government(a, b)):
                # two bodies of one government joined ("the Pentagon and the State
                # Department", "미국 국방부와 국무부"): that government's claim
                out = [m for m in out if m not in (a, b)]
                out.append(Mention(a.start, b.end, "claimant", common))
            chain = []
        out = [self._with_others(m, low) for m in out if m.kind != "country"]  # (a country
        # alone names no source)
        # the broader name of a specific one gives way to it, unless it is the explicit source
        # ("according to", ``ARTICLES["according"]``) of another clause: "우크라이나 정부에
        # 따르면 … 파견했는데, 젤렌스키 대통령의 주장이 사실이라면" is Kyiv's figure (16z)
        # (35ad) nor where each speaks a clause of its own with its verb right after it ("un
        # portavoz del Pentágono de EE. UU. dijo que …, y al día siguiente un funcionario
        # estadounidense no identificado dijo que había habido "varios cientos"")
        specific = [m for m in out if not any(
            m.value in self.broader.get(o.value, ()) and not (_CLAUSE.search(
                low, min(m.end, o.end), max(m.start, o.start)) and (any(
                    a.start <= m.end + 3 and a.end >= m.start - 3 for a in according)
                    or _speaks(m, spoken, low) and _speaks(o, spoken, low)))
            for o in out)]
        named = [m for m in specific if m.value != MEDIA]
        # (19nm) North Korea's leader beside an outlet: the outlet stays, the source when the
        # leader only sends ("Kim … hat 15.000 Arbeiter geschickt, wie das WSJ berichtet",
        # :func:`analysis.articles.rules.speakers`)
        named = specific if named and all(m.value == ACTOR for m in named) else named
        first = [m for m in named if any(m.start <= o.start < m.end for o in origins)]
        return sorted(first or named or specific, key=lambda m: m.start)

    def _with_others(self, m: Mention, low: str) -> Mention:
        """Return several governments jointly for a source followed by unnamed others.

        "les services de renseignement de la Corée du Sud et d'autres pays occidentaux",
        "ウクライナなどによると" (16ws); North Korea and the news media have no others.
        """
        if m.value in (ACTOR, MEDIA, JOINT) or not self._side(m.value):
            return m
        more = OTHERS.match(low, m.end)
        return Mention(m.start, more.end(), "claimant", JOINT) if more else m

    def _side(self, value: str) -> str:
        # Western intelligence has no country of its own: it is the West's; (16ck) an
        # alliance is a side of its own ("les agences de renseignement sud-coréennes et de
        # l'OTAN": several governments jointly)
        kind = self.kind.get(value)
        return self.country.get(value) or ("WEST" if kind == "intelligence" else value
                                           if kind == "international" else "")

    def _common_government(self, a: Mention, b: Mention) -> str:
        """Return the one government two named bodies of a country both belong to, or "".

        "US State Department" and "US Department of Defense": "US government (unspecified)"
        (claimant_hierarchy.csv); the narrower of two shared ones (a ministry and the joint
        chiefs: the military, not the government). A body and its own government ("Seoul and
        its spy agency") share none.
        """
        if a.kind != "claimant" or b.kind != "claimant" or a.value == b.value:
            return ""
        common = self.broader.get(a.value, set()) & self.broader.get(b.value, set())
        narrow = [c for c in common if not any(c in self.broader.get(o, ()) for o in common)]
        return narrow[0] if len(narrow) == 1 else ""

    def _governments(self, a: Mention, b: Mention) -> bool:
        """Whether two names are of different countries (a joint claim when joined).

        North Korea, the one who sends, is never one of them (16ch): "쇼이구 … 서기와 김정은
        … 총비서는 … 보내기로 합의했다" is the deal Shoigu announces, no joint claim.
        """
        return a.value != b.value and ACTOR not in (a.value, b.value) and \
            bool(self._side(a.value)) and \
            bool(self._side(b.value)) and self._side(a.value) != self._side(b.value)

    def _generic(self, value: str) -> bool:
        # a country's government named as a whole ("South Korea government", "US government
        # (unspecified)"), no body of it
        return self.kind.get(value) == "government" and "government" in value.lower() and \
            bool(self.country.get(value))

    def yield_to_body(self, claimants: list[Mention], after: list[Mention]) -> list[Mention]:
        """Return no claimant when a country's government yields to its body named next (art34b).

        "…, según Seúl. Las cifras llegan de su Servicio de Inteligencia Nacional": the next
        sentence says whose the figures are (``ARTICLES["attribution_next"]``, checked by the
        caller) and names a body of the same country, the narrower source of the same claim.
        Without such words the country stays ("According to Seoul, … The National Intelligence
        Service briefed lawmakers on Monday": rv12, 16cc).
        """
        if claimants and all(self._generic(m.value) for m in claimants) and all(
                not self._generic(a.value) and self.country.get(a.value)
                and {self.country.get(m.value) for m in claimants} == {self.country[a.value]}
                for a in after):
            return []
        return claimants

    def choose(self, c, claimants: list[Mention], attribution: list[Mention],
               recent: list[list[Mention]], attributed: bool,
               after: list[Mention] | None = None) -> tuple[str, str]:
        """Return the claimant of a figure and the words that decided it.

        The claimant named closest to the figure in its sentence (a name right after "according
        to" counts double); with none, the claimant of the next sentence when that sentence
        only says whose the figures are (``after``: "That is according to the NIS."); then
        the last claimant of the two sentences before when this sentence attributes ("he
        said", a quotation); otherwise ``Unattributed``.
        """
        def weight(m: Mention) -> float:
            gap = max(m.start - c.end, c.start - m.end, 0)
            near = any(abs(a.end - m.start) <= 12 or abs(m.end - a.start) <= 12
                       for a in attribution)
            return gap * (0.5 if near else 1.0)

        where = {"closing": "closing the report", "lead": "in the lead",
                 "lede": "in the lead paragraph", "quote": "after the quotation"}.get(
            after[0].kind if after else "", "in the next sentence")  # (carry.closing, .lead)
        # a dateline ("[ソウル 29日 ロイター]") names nobody: the next sentence says whose (16k)
        if after and all(m.value == UNATTRIBUTED and m.kind == "claimant" for m in claimants):
            claimants = []
        # (31ar) an outlet relaying the event yields to the source the next sentence says made
        # it ("…, according to Russian state news agency Tass. The move was announced by
        # Sergei Shoigu"): the claimant is who made the claim, not who relayed it
        if after and claimants and all(self.kind.get(m.value) == "media" for m in claimants) \
                and all(self.kind.get(m.value) != "media" and m.value != UNATTRIBUTED
                        for m in after):
            claimants = []
        if claimants:
            best = min(claimants, key=weight)
            if best.kind == "carried" and after and after[0].value != MEDIA:
                # "…, хотя эти данные нуждаются в уточнении. Об этом заявил начальник Генштаба
                # ВСУ": the next sentence says whose they are (a wire naming itself does not)
                return after[0].value, f"'{after[0].value}' named {where}"
            if best.kind == "carried" and best.value == UNATTRIBUTED:
                return UNATTRIBUTED, "refers back to no single source named just before"
            if best.kind == "carried":  # a word of the language that refers back to it
                return best.value, f"'{best.value}' carried from before"
            return best.value, f"'{best.value}' named in the sentence"
        if after:
            return after[0].value, f"'{after[0].value}' named {where}"
        if attributed:  # a news agency named just before yields to a source named before it
            carried = [m for previous in recent for m in previous]
            sources = [m for m in carried if m.value != MEDIA] or carried
            if sources:
                return sources[-1].value, f"'{sources[-1].value}' named just before"
        return UNATTRIBUTED, "no source named"


@lru_cache(maxsize=1)
def load_claimants() -> Claimants:
    """Read the claimant names and hierarchy from ``data/raw`` (cached)."""
    table = load_alias_table()
    rows = [(row.claimant, _sentence_pattern(row.pattern)) for row in table.itertuples()
            if row.claimant not in _SKIPPED]
    # (matched on the lowered text: see :func:`~analysis.articles.edges.lowered`)
    patterns = [(name, re.compile(lowered(letter_first(pattern)))) for name, pattern in rows]
    country = {row.claimant: row.country for row in table.itertuples() if row.country}
    kind = {row.claimant: row.kind for row in table.itertuples()}
    broader: dict[str, set[str]] = {}
    for row in load_hierarchy().itertuples():
        if row.specific != "*":
            broader.setdefault(row.specific, set()).add(row.broader)
    return Claimants(patterns, country, kind, broader,
                     Prefilter([pattern for _, pattern in rows]))
