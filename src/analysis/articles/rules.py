"""Rules of the article reader added for wordings of the fifth round (issue 16g).

Each function is one rule of ``docs/articles.md`` ("The reader"), called from
:mod:`analysis.articles.reader`: a list of the dead and the wounded, North Korea's leader as
the one who sends, sappers and military builders, and breakdowns of a figure given before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, datetime
from functools import cache, lru_cache

from analysis.articles import reported
from analysis.articles.claimants import ACTOR, JOINT, MEDIA, OTHERS
from analysis.articles.clauses import SUBJECT_GAP as _SUBJECT_GAP
from analysis.articles.cues import Cues, Mention, resolve_overlaps, within
from analysis.articles.purpose import for_rebuilding
from analysis.lang import ARTICLE_TABLES, BODIES, SPEAKING_COUNTRIES

__all__ = ["LATER_WAVES", "LATER_WAVE_WHY", "capacity_of", "captives", "children_sent",
           "acted", "counting_troops", "countries", "dash_predicate", "destination", "engineers",
           "enumerated", "goes_on", "joined_adjectives", "later_wave", "line_goes_on",
           "lost_by_other_side", "part_before_whole", "part_of_counted", "people_sides",
           "phrase_start", "projected", "quoting", "russians",
           "scoped", "speakers", "speaks", "troops_follow", "without_parts"]

LATER_WAVES = date(2025, 1, 1)
"""North Korea's first deployment (about 11,000-12,000 troops) reached Russia from October to
December 2024; a sending an article published from this day on says is planned or to come
("планирует перебросить", "незабаром прибудуть") is a later wave: ``additional_deployed``."""
LATER_WAVE_WHY = "(the later wave, 31fm)"
"""The end of ``why`` of a figure :mod:`analysis.articles.waves` read as the later wave."""

# (not a digit group's comma: "1,000人", 16s; a sentence's end too: "… de Pyongyang.\nCorea del
# Norte ha enviado")
_CLAUSE_END = re.compile(r"[;:()\n。]|[.!?](?=\s)|,(?!\d{3})")
# loss words a projection may hold ("could be killed"); not things counted ("there could be
# over 3 million 152-millimeter shells" is an estimate of shells sent)
_LOSSES = ("killed", "wounded", "killed_or_wounded", "captured", "died_in_captivity")
_PUNCTUATION = re.compile(r"[,;:、，(]|\s[-–—]\s")

_LIST_GLUE = re.compile(r"[\s,]*(?:(?:and|und|et|y|e|и|і|та|or|oder|ou|o)\s+)?[\s,]*")

_DIGIT = re.compile(r"\d")
_GLOSS = re.compile(r"(?:\([^()]{0,40}\)|（[^（）]{0,40}）)?,?")
# "5000人の工兵", "数千人規模の軍事建設要員", "수천 명 규모의 군사 건설 인력"
_OF = re.compile(r"\s*(?:の|規模の|(?:\s*규모)?의\s*)")
# the agent of a passive sending: "enviadas por (el líder norcoreano) Kim Jong-un"
# the agent of a passive capture, right before its noun: "von den Truppen", "by the troops"
_BY_AGENT = re.compile(r"(?<!\w)(?:by|von|par|por)\s+(?:the\s+|den\s+|dem\s+|der\s+|les\s+|"
                       r"la\s+|las\s+|los\s+|el\s+|des\s+)?$")
# an apposition between the name and its verb, a few words between two commas: "Kim Jong-un,
# el líder de Corea del Norte, envió hasta 12.000 tropas" (16in)
_APPOSITION = re.compile(r",(?:\s*[^\W\d]+){1,8}\s*,(?=\s*[^\W\d])")
_AGENT = re.compile(r"\s+(?:by|por|par|von|от|від)\s+(?:[^\W\d]+\s+){0,3}")

# a full stop glued to the next sentence (KBS World, "gefallen.Dies"): a word of two lower-case
# letters or more, or a closing quote (16ef: "un honneur ».Pour rappel"), then a capitalised
# word, also elided ("l'Ukraine.C'est"), or an acronym ("so der Sender.VOA hatte", 31ar); in
# Korean a syllable on either side (31ar)
GLUED_STOP = (r"(?<=[a-zß-ÿа-яіїєё]{2}[.!?]|[\w\s][»”][.!?])"
              r"(?=[A-ZÀ-ÞА-ЯІЇЄЁ][a-zß-ÿа-яіїєё'’]|[A-ZÀ-Þ]{2,}\s)"
              # (31ar) and in Korean, a stop between two syllables (SBS, KBS:
              # "보도했습니다.우크라이나")
              r"|(?<=[가-힣][.!?])(?=[가-힣])")


def enumerated(metrics: list[Mention], low: str) -> list[Mention]:
    """Read a list of the dead and the wounded as one killed-or-wounded cue.

    "Die Verluste, die die Gefallenen, Verwundeten und Vermissten umfassen, würden auf 4.000
    geschätzt": killed and wounded words with nothing but commas and "and" between them name
    the casualties as a whole, not the wounded alone.
    """
    out: list[Mention] = []
    for m in metrics:
        last = out[-1] if out else None
        if last is not None and {last.value, m.value} <= {"killed", "wounded",
                                                            "killed_or_wounded"} \
                and last.value != m.value and _LIST_GLUE.fullmatch(low, last.end, m.start):
            out[-1] = Mention(last.start, m.end, "metric", "killed_or_wounded")
        else:
            out.append(m)
    return out


# a relative clause after a name ("Kim Jong Un, who has supplied …, said"): not its predicate
_RELATIVE = re.compile(r"\s*,\s*(?:who|which|der|die|welche[rs]?|qui|que|quien|el cual|"
                       r"котор\w+|як(?:ий|а|е|і)|яка)\b")


def _supplies(cues: Cues, low: str, start: int, end: int) -> bool:
    """Whether a word of supplying (``ARTICLES["supplied"]``) stands in ``low[start:end]``.

    (16ab) The leader or the regime who ships shells is no source either, as the one who sends
    troops: "the regime of North Korean dictator Kim Jong-un has transferred at least 4 million
    artillery shells", "Kim Jong-Un mandó a su aliado un total de 11.000".
    """
    if _RELATIVE.match(low, start):
        return False  # "Kim Jong Un, who has supplied Moscow with shells, said …": he says
    return any(rx.search(low, start, end) for _, rx in cues.groups.get("supplied", ()))


# (16rv2) a verb of saying joined to the leader's own clause: "Kim Jong Un lieferte Millionen
# Granaten und sagte, …", "… и заявил, что …", "… y dijo que …", "金正恩氏は…を送り、…と述べた"
_JOINED_SAY = re.compile(r"(?:(?<!\w)(?:and|und|и|і|й|та|y|et|e)\s+(?:[^\W\d]+\s+){0,2}|と|고\s?)$")
_SENTENCE_END = re.compile(r"[.!?。](?=\s|$)")
# (26ac) the word that opens a reported clause: the leader named right after "sostienen que",
# "said that", "erklärte, dass", "заявил, что" is that clause's subject, not the verb's speaker
# ("desde Corea sostienen que Kim Jong-un enviará 6.000 soldados más")
_THAT = re.compile(r"[\s,]*(?:que|qu['’]|that|dass|что|що)\s*")


def _says_too(m: Mention, attribution: list[Mention], claimants: list[Mention], low: str) -> bool:
    """Whether the leader who supplies also says, in his own sentence.

    (16rv2) "Kim Jong Un shipped millions of shells and said nine soldiers died", "金正恩氏は
    ロシアに砲弾を送り、…兵士9人が死亡したと述べた": a verb of saying joined to the leader's
    clause (after "and", "und", "и", "y", "et", or the quotation's "と", "고"), with no other
    source named in the sentence before the verb, makes him the speaker, as "Kim Jong Un, who
    shipped …, said" does (not "ショイグ書記は、…金正恩が…派遣することを決定したと述べた").
    """
    stop = _SENTENCE_END.search(low, m.end)
    end = stop.start() if stop else len(low)
    begin = max((e.end() for e in _SENTENCE_END.finditer(low, 0, m.start)), default=0)
    for a in attribution:
        if m.end < a.start < end and not any(c is not m and begin <= c.start < a.start
                                            for c in claimants) \
                and _JOINED_SAY.search(low, max(m.end, a.start - 30), a.start):
            return True
    return False


def _victims(m: Mention, sides: list[Mention], low: str, cues: Cues) -> bool:
    """Whether a name stands in the other side's people counted just before it.

    (16ab) "qui avait fait neuf victimes parmi les militaires américains": the US military
    there are the dead, no source (``ARTICLES["other_side"]`` after a count or "among").
    """
    return any(s.kind == "other_side" and s.start < m.end and m.start < s.end and (
        cues.number.search(low, max(0, s.start - 30), s.start) is not None
        or cues.among.search(low, max(0, s.start - 30), s.start) is not None) for s in sides)


def speakers(claimants: list[Mention], read: tuple[Cues, str, list[Mention]],
              attribution: list[Mention], after: list[Mention]) -> list[Mention]:
    """Set aside North Korea's leader named as the one who sends, not the one who says.

    "Shoigu said Kim Jong Un agreed to send an additional 6,000", "Kim Jong-un will 6.000 …
    entsenden. Das kündigte … Schoigu an": when a word of sending (``ARTICLES["sent"]``)
    follows the leader's name in its clause, another source named in the sentence, or in the
    next one saying whose the figures are, is the claimant, unless an attribution word
    follows the name ("Kim Jong Un said"). The leader who sends and says nothing is no source
    even alone ("el líder norcoreano, Kim Jong-un, aprobó el envío de mil zapadores", "miles
    de tropas enviadas por Kim Jong-un": the article's own account).
    """
    cues, low, sides = read  # sides: the other side's people named (``ARTICLES["other_side"]``)
    claimants = [m for m in claimants if not _victims(m, sides, low, cues)]
    media = [m for m in claimants if m.value == MEDIA]
    if media and {m.value for m in claimants} == {ACTOR, MEDIA}:
        # (19nm) an outlet beside the leader: its report when he only sends, else his word
        rest = speakers([m for m in claimants if m.value != MEDIA], read, attribution, after)
        return rest or ([] if after else media)

    def sends(m: Mention) -> bool:
        # (a comma right after the name closes an apposition, not the clause: "el dictador
        # norcoreano, Kim Jong-un, envió más de 10.000 soldados"; nor does a reading in
        # brackets: "金正恩(キム・ジョンウン)国務委員長が", 16s)
        gap = (_APPOSITION.match(low, m.end) or _GLOSS.match(low, m.end)).end() - m.end
        stop = _CLAUSE_END.search(low, m.end + gap, m.end + 120)
        before = cues.sent.search(low, max(0, m.start - 40), m.start)  # "sent by Kim Jong Un"
        end = stop.start() if stop else m.end + 120
        supplies = _supplies(cues, low, m.end, end) and not _says_too(m, attribution,
                                                                       claimants, low)
        return (bool(cues.sent.search(low, m.end, end) or supplies) or (
            before is not None and _AGENT.fullmatch(low, before.end(), m.start) is not None)) \
            and not any(0 <= a.start - m.end <= 12 or m.start <= a.start < m.end  # (a name
                        for a in attribution)  # holding its verb: "КНДР повідомляла про …")

    # (25ar) a speech verb another source speaks as subject is not the leader's when he is
    # named right after it: "Budanow gab bekannt, dass Kim Jong-un … bereitgestellt hat"
    owned = reported.owned_verbs(claimants, attribution, low, cues.spaced)

    def says(m: Mention) -> bool:  # "X said", "according to (the) X", "X a précédemment affirmé"
        # (or a name holding its verb: "北朝鮮が…公表した", "북한이 … 공개한", 16o)
        words = [a for a in attribution if m.value != ACTOR or (a not in owned or (
            a.end > m.start and m.start < owned[a])) and not (  # (26ac) "sostienen que Kim"
            a.end <= m.start and _THAT.fullmatch(low, a.end, m.start))]
        return any(0 <= a.start - m.end <= 12 or 0 <= m.start - a.end <= 5
                   or m.start <= a.start < m.end
                   for a in words) or speaks(m, words, low, cues)

    actor = [m for m in claimants if m.value == ACTOR and sends(m)]
    if actor and (len(actor) < len(claimants) or after or not any(says(m) for m in actor)):
        # (25au) nor North Korea named in the adverbial of another source's verb ("Шойгу по
        # итогам визита в КНДР сообщил, что Ким Чен Ын принял решение направить …")
        return [m for m in claimants if m not in actor and (
            m.value != ACTOR or not owned or says(m))]
    # the leader named in passing ("since the summit between Kim Jong Un and Putin, South
    # Korean Defense Minister Shin Won-sik said"): another source says, the leader does not
    silent = [m for m in claimants if m.value == ACTOR and not says(m)]
    if silent and any(m.value not in (ACTOR, MEDIA) and says(m) for m in claimants):
        return [m for m in claimants if m not in silent]
    return claimants


def countries(named: list[Mention], claimants: list[Mention], attribution: list[Mention],
              read: tuple[str, Cues], according: list[Mention] | None = None
              ) -> tuple[list[Mention], list[Mention]]:
    """Countries named alone: a source when it speaks, else a joint's part.

    "according to the US", "nach Angaben der USA", "selon les États-Unis", "Seoul said",
    "Kiev dijo": the country's government (:data:`analysis.lang.BODIES`) is the source.
    Elsewhere a country is a mention of kind ``country`` that only joins a source of another
    country ("las autoridades de EEUU y de Corea del Sur": several governments jointly); a
    country or capital a language lists as a claimant name is no source there either ("pour
    aider Moscou à combattre Kyiv", "la région où, selon Kiev, …" is Kiev's). A country
    inside a longer name ("South Korea's defence ministry") is that name. ``according`` are
    the text's "according to" words (:func:`speaks`).
    """
    low, cues = read
    said, alone, bare = [], [], []
    spans: dict[tuple[int, int], list[Mention]] = {}
    for c in claimants:
        spans.setdefault((c.start, c.end), []).append(c)
    ordered = sorted(claimants, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    attribution = sorted(attribution, key=lambda a: a.start)
    said_at = [a.start for a in attribution]
    for m in named:
        government = BODIES.get((m.value, "government")) or SPEAKING_COUNTRIES[m.value]
        exact = spans.get((m.start, m.end), [])
        near = attribution[bisect_left(said_at, m.start - 200):bisect_right(said_at, m.end + 200)]
        if exact and cues.spaced and not speaks(m, near, low, cues, according) and not any(
                _LISTED.fullmatch(low, min(m.end, n.end), max(m.start, n.start))
                for n in claimants + named if n.start != m.start):
            bare += exact  # (written alone where nobody speaks: no source)
            alone.append(Mention(m.start, m.end, "country", government))
            continue
        around = ordered[bisect_left(starts, m.start - 200):bisect_left(starts, m.end)]
        if any(c.start < m.end and m.start < c.end for c in around) or \
                low[m.start - 1:m.start] == "-" or low[m.end:m.end + 1] == "-":
            continue  # (inside a longer name: "РБК-Украина")
        if speaks(m, near, low, cues, according):
            said.append(Mention(m.start, m.end, "claimant", government))
        else:
            alone.append(Mention(m.start, m.end, "country", government))
    kept = [c for c in claimants if not any(c is b for b in bare)]
    return sorted(kept + said, key=lambda m: m.start), alone


# (a name listed with others: "según Kyiv, Washington y Seúl", "Estados Unidos y de Corea")
_LISTED = re.compile(r"\s*,?\s*(?:[^\W\d]{1,3}\s+){0,2}")
def counting_troops(cues: Cues, low: str, cands: list) -> set[int]:
    """Return the numbers (indices of ``cands``) a troops noun follows right after.

    "including heavy weaponry, ballistic missiles and more than 14,000 troops", "more than
    11,000 troops last year; rocket launchers …": the noun says what the number counts, so it
    takes no materiel cue of another clause or list item.
    """
    if not cues.spaced:  # (Korean and Japanese count with counters: "約200門や兵力約1万1000人")
        return set()
    return {i for i, c in enumerate(cands) if troops_follow(cues, low, c.end, words=1)}


def troops_follow(cues: Cues, low: str, end: int, words: int = 3) -> bool:
    """Return whether a troops noun follows the number ending at ``end``.

    ``words`` words at most between, and no comma ("11,000 North Korean troops").
    """
    after = low[end:end + 60]
    hit = cues.groups["troops"][0][1].search(after)
    return bool(hit) and len(after[:hit.start()].split()) <= words and \
        "," not in after[:hit.start()]


def joined_adjectives(claimants: list[Mention], cues: Cues, low: str) -> list[Mention]:
    """Return the claimants with two countries' adjectives joined on one name made joint.

    "South Korean and Western intelligence agencies", "fuentes surcoreanas y occidentales",
    "les services sud-coréens et occidentaux": one body of two sides, several governments
    jointly (the name covers both adjectives).
    """
    out = []
    for m in claimants:
        after = cues.joined_after.match(low, m.end)
        if after and any(m.end < n.start <= after.end() + 1 for n in claimants):
            after = None  # ("South Korea's spy agency and Ukraine's military intelligence": two)
        before = cues.joined_before.search(low, max(0, m.start - 40), m.start)
        if before and any(before.start() <= n.end <= m.start for n in claimants):
            before = None
        if m.kind == "claimant" and (after or before):
            out.append(Mention(before.start() if before else m.start,
                               after.end() if after else m.end, "claimant", JOINT))
        else:
            out.append(m)
    return out


def children_sent(metric: str, children: list[Mention], low: str, end: int,
                  start: int = -1) -> str:
    """Return ``hosted_children`` for a sending that counts children, else ``metric``.

    "at least two Ukrainian children have been forcibly transferred to North Korea": a
    word of sending with a children noun right after the number (two words at most
    between) sends children to North Korea's camps, not troops. (16kl) Where the counted
    noun comes first (ko, ja: ``start`` given), a children noun right before the number
    does so too ("미성년자 2명을 북한으로 보냈다", "子ども2人を北朝鮮に送った").
    """
    if metric == "deployed" and any(
            m.start >= end and len(low[end:m.start].split()) <= 2
            or 0 <= start - m.end <= 2 and not low[m.end:start].strip() for m in children):
        return "hosted_children"
    return metric


def scoped(claimants: list[Mention], figure: tuple[int, int], here: dict[str, list[Mention]],
           read: tuple[Cues, str]) -> list[Mention]:
    """Return the sources of a figure that no name of its own clause gives.

    Those an explicit "according to" puts before it, or (``ARTICLES["subject_first"]``) who
    says it before it ("The NIS said in January that about 300 … died and another 2,700
    were injured, and the South Korean military increased …"), else every name of the
    sentence.

    "Según las estimaciones estadounidenses, de las 10.000 unidades …, al menos 1.000 ya
    estarían fuera de combate, mientras que Ucrania asegura que la cifra es de 3.000": the
    1,000 is the US estimate; Ukraine's word opens a clause after it.
    """
    cues, low = read

    def explicit(m: Mention) -> bool:
        if cues.spaced:
            return any(a.start < m.start <= a.end + 6 and any(
                a.start <= g.start and g.end <= a.end for g in here["according"])
                or a.end <= figure[0] and _subject_of(m, a, here["attribution"], low, cues)
                for a in here["attribution"])
        return any(0 <= g.start - m.end <= 2 for g in here["according"])

    return [m for m in claimants if m.end <= figure[0] and explicit(m)] or claimants


def speaks(m: Mention, attribution: list[Mention], low: str, cues: Cues,
           according: list[Mention] | None = None) -> bool:
    """Whether a country named alone is who speaks.

    Right after an attribution word, or a headline's source before a colon ("Seoul: …");
    when the text's "according to" words are given (``according``), right after a speech
    verb only where the name ends its clause ("…, dijo Kiev."), not as the subject of a
    reported clause ("U.S. officials say Russia has deployed some 8,000");
    where the language writes its subject first (``ARTICLES["subject_first"]``), also right
    before the word, two words at most between ("Seoul said", "Séoul a précédemment
    affirmé", "Kiev dijo"). In Korean and Japanese, right before the word ("미국에 따르면",
    "米国によると").
    """
    if not cues.spaced:
        return any(0 <= a.start - m.end <= 2 for a in attribution)
    return any((a.start < m.start <= a.end + 6 and _after(m, a, (low, cues), according))
               or _subject_of(m, a, attribution, low, cues)
               for a in attribution) or low[m.end:m.end + 2].strip()[:1] == ":"


def _after(m: Mention, a: Mention, read: tuple[str, Cues],
           according: list[Mention] | None) -> bool:
    # a name right after the attribution word ``a`` speaks ("according to the US", "…, a
    # affirmé Séoul", "la confirmación por parte de Kiev"), unless an auxiliary makes it the
    # subject of the reported clause ("officials say Russia has deployed", "sagte, Russland
    # habe … eingeführt")
    low, cues = read
    if according is None or any(x.start <= a.start < x.end or a.start <= x.start < a.end
                                for x in according):
        return True
    return not cues.auxiliary.match(low, m.end)  # (``ARTICLES["auxiliary"]``)


def _subject_of(m: Mention, a: Mention, attribution: list[Mention], low: str,
                cues: Cues) -> bool:
    # ``m`` the subject of the speech word ``a`` (subject-first languages): right before it,
    # two words or an incise at most between, no other speech word between (the unnamed others
    # with it before them: "Seoul and its allies assessed", 16ws)
    more = OTHERS.match(low, m.end)
    end = more.end() if more else m.end
    return cues.subject_first and a.start >= end and \
        _SUBJECT_GAP.fullmatch(low, end, a.start) is not None and \
        not any(end <= b.start and b.end <= a.start for b in attribution)


def part_of_counted(cues: Cues, low: str, s0: int, start: int) -> bool:
    """Whether a number is a part of a deployment its sentence counted before it.

    "12.000 militares, de los cuales 11.000 …", "of whom 500 officers": no other deployment;
    of an uncounted one ("un contingente de militares, de los cuales 11.000 …") the number
    is the count.
    """
    # (a CJK comma parts clauses too, not one closing the breakdown word: "このうち、")
    return bool(cues.including.search(re.split(r"[,;:]|[、，](?!\s*$)", low[s0:start])[-1])) and \
        not cues.among.search(low[max(s0, start - 20):start]) and \
        bool(cues.number.search(low, s0, start))


_FROM = frozenset({"from", "by", "de", "del", "von", "aus", "par", "por", "из", "от", "з", "від"})
"""Words of origin after a weapon and its supplying word ("misiles recibidos de Pionyang")."""


def people_sides(metric: str, sides: list[Mention], cues: Cues, low: str) -> list[Mention]:
    """Return the side mentions that may make a loss North Korea's.

    "a North Korean ballistic missile …, which killed at least 10 people", "eine
    nordkoreanische Rakete …, was zu mindestens 10 Todesfällen führte": North Korea named as
    the maker or supplier of a weapon (a materiel word right before or after the name, or two
    words before it: "misiles recibidos de Pionyang") says nothing of whose the dead are.
    """
    if metric not in _LOSSES:
        return sides

    def arms(m: Mention) -> bool:
        if not cues.spaced:  # "북한산 미사일", "北朝鮮製ミサイル"
            return bool(cues.weapons.match(low, m.end, m.end + 12) or
                        cues.weapons.search(low[m.end:m.end + 6]))
        after = " ".join(low[m.end:m.end + 40].split()[:2])
        # (or a word of supplying and "from" between: "misiles recibidos de Pionyang"; not
        # "los drones atacaron a norcoreanos", 16rv)
        words = low[max(0, m.start - 40):m.start].split()
        before = " ".join(words[-2:])
        supplied = len(words) >= 3 and words[-1] in _FROM and cues.weapons.search(words[-3])
        return bool(cues.weapons.search(after) or cues.weapons.search(before) or supplied)

    return [m for m in sides if m.kind != "north_korea" or not arms(m)]


def engineers(cues: Cues, low: str, where: tuple[int, int, int], metric: str) -> str:
    """Return ``additional_deployed`` for a number counting sappers or military builders.

    North Korea sent its combat troops in 2024; the engineers, sappers and military
    construction units (``ARTICLES["engineers"]``: "1,000 sappers", "5.000 Bauarbeiter des
    Militärs", "5 000 ouvriers militaires", "mil zapadores", "建設部隊約5000人") came after
    them, so the ledger counts them as an additional deployment, not as workers or the first
    deployment. In spaced languages the noun follows the number (``where``: the number's
    start and end, and the end of its sentence) within 50 characters, with no other number
    between; in Japanese and Korean it comes right before it (:func:`engineers_before`) or
    right after "の" / "의" ("数千人の軍事建設作業員", "수천 명 규모의 군사 건설 인력"). Other
    metrics stay.
    """
    start, end, s1 = where
    if metric not in ("deployed", "workers_sent"):
        return metric
    if metric == "deployed" and for_rebuilding(cues, low, where):
        return "additional_deployed"
    if not cues.spaced:  # before it, or after "の", "의" ("数千人の軍事建設作業員", 16s)
        after = _OF.match(low, end)
        return "additional_deployed" if engineers_before(cues, low, start) or (
            after is not None and cues.engineers.match(low, after.end())) else metric
    hit = cues.engineers.search(low, end, min(s1, end + 50))
    found = bool(hit) and not any(ch.isdigit() for ch in low[end:hit.start()])
    return "additional_deployed" if found else metric


_BETWEEN_PURPOSE = re.compile(r"[,;:()]|\s[-–—]\s")
_DIGIT = re.compile(r"\d")


def quoting(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a quotation it does not close: one statement.

    «… 12 тисяч приїхали. …», — сказав президент: a sentence end inside it ends no sentence.
    """
    part = text[start:end]
    opened = sum(part.count(q) for q in "«“「")
    return len(part) < 1500 and opened > sum(part.count(q) for q in "»”」")


def capacity_of(words: list[Mention], span: tuple[int, int], low: str,
                spaced: bool) -> bool:
    """Whether a word of capacity says what the number at ``span`` can hold, no count.

    ``ARTICLES["capacity"]`` right before the number ("could accommodate over 400",
    "pouvant transporter jusqu'à 400 soldats": at most 30 characters and no other number
    between) or right after it and its noun ("400人を輸送できる", "400 Soldaten transportieren
    kann", "4万1000人が収容可能"; in Japanese and Korean only after it). Another number of the
    clause stays a count: "A ferry capable of carrying 500 passengers took about 1,500 soldiers".
    """
    start, end = span
    return any(spaced and 0 <= start - w.end <= 30 and not _DIGIT.search(low, w.end, start)
               or 0 <= w.start - end <= 30 and not _DIGIT.search(low, end, w.start)
               and not _BETWEEN_PURPOSE.search(low, end, w.start) for w in words)


def engineers_before(cues: Cues, low: str, start: int) -> bool:
    """Whether the noun of sappers or builders ends right before a number phrase.

    In a language without spaces ("建設部隊約5000人", "追加派遣された工兵約1000人"), the
    phrase starting at ``start``: at most three characters (a particle, a bracket) may stand
    between them.
    """
    if cues.spaced:
        return False
    return any(m.end() >= start - 3 for m in cues.engineers.finditer(low, max(0, start - 20),
                                                                       start))


def captives(nouns: list[Mention], sides: list[Mention], low: str = "") -> list[Mention]:
    """Set aside the captors among the nouns a capture without a number may count.

    "Ukrainian forces have captured an injured North Korean soldier": a noun inside another
    side's words ("Ukrainian forces") is not the captive; nor is the agent of a passive ("von
    den Truppen Kiews gefangen genommen", "captured by the troops", 16ij): with only agents,
    no captive is named.
    """
    kept = [n for n in nouns if not _BY_AGENT.search(low, max(0, n.start - 12), n.start)]
    if nouns and not kept:
        return []
    nouns = kept
    return [n for n in nouns if not any(m.kind == "other_side" and m.start <= n.start and
                                        n.end <= m.end for m in sides)] or nouns


def without_parts(rows: list[dict]) -> list[dict]:
    """Drop the parts of a figure given before, in a sentence of their own.

    "Kim Jong-un will 6.000 Kräfte … entsenden. … Demnach entsendet Nordkorea 1.000 Pioniere
    … sowie 5.000 Bauarbeiter": two or more numbers of one sentence and one metric that add up
    exactly to a figure of that metric in an earlier sentence are its breakdown, not new
    figures. Not a total read as the later wave by its purpose or its list only
    (:data:`LATER_WAVE_WHY`, 31fm): the sets label its parts as often as not (codebook 29ar),
    and before 31fm such a total had another metric, so its parts stayed.
    """
    drop: set[int] = set()
    for sentence in dict.fromkeys(r["sentence"] for r in rows):
        mine = [i for i, r in enumerate(rows) if r["sentence"] == sentence and r["status"] == "ok"]
        for metric in {rows[i]["metric"] for i in mine}:
            parts = [i for i in mine if rows[i]["metric"] == metric]
            total = sum(rows[i]["best"] for i in parts)
            if len(parts) >= 2 and any(
                    r["metric"] == metric and r["status"] == "ok" and r["best"] == total
                    and r["sentence"] != sentence and r["start"] < rows[parts[0]]["start"]
                    and not r["why"].endswith(LATER_WAVE_WHY) for r in rows):
                drop.update(parts)
    return [r for i, r in enumerate(rows) if i not in drop]


def part_of_whole(mine: list, cues: Cues, low: str) -> list:
    """Give the part its loss and the whole its sending: "A of the B sent … were killed".

    "over 6,000 of the 14,000 North Korean soldiers sent to the conflict were killed or
    wounded", "über 6.000 der 14.000 … entsandten … getötet oder verwundet": each number takes
    the cue nearest to it, so the part gets the whole's "sent" and the whole the part's loss.
    Two numbers joined by a word of the group (``ARTICLES["of_the"]``) with those two metrics
    swap them.
    """
    out = list(mine)
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if part.metric in ("deployed", "additional_deployed") and whole.metric in _LOSSES \
                and cues.of_the.fullmatch(low, part.end, whole.start):
            out[i] = replace(part, metric=whole.metric, cue=whole.cue)
            out[i + 1] = replace(whole, metric=part.metric, cue=part.cue)
    return out


def lost_by_other_side(start: int, losses_of: list[Mention], low: str) -> bool:
    """Whether the number at ``start`` follows the other side named as the one that lost.

    "Moscou a dépassé le million de pertes", "Russia has lost over …" (``ARTICLES
    ["losses_of"]``, within 30 characters before the number, no punctuation between): the
    other side's losses, not a figure of the story.
    """
    return any(0 <= start - m.end <= 30 and not _PUNCTUATION.search(low, m.end, start)
               for m in losses_of)


def phrase_start(start: int, here: dict[str, list[Mention]], low: str) -> int:
    """Return where the noun phrase of a figure without a number starts.

    The side, determiner and adjective words right before the noun at ``start`` belong to
    it: "captured North Korean soldiers", "an injured North Korean soldier" (a wounded or
    captured word is an adjective), "another North Korean soldier"; a capture verb before
    the article is not ("fait prisonnier un soldat", "have captured an injured soldier").
    """
    adjectives = [m for m in here["metric"] if m.value in ("captured", "wounded")]
    lead = sorted(here["side"] + here["determiners"] + adjectives, key=lambda m: -m.start)
    for m in lead:
        if m.end <= start and not low[m.end:start].strip(" -'’"):
            if any(a.start == m.start for a in adjectives) and any(
                    d.start == start for d in here["determiners"]):
                break
            start = m.start
    return start


@cache
def _agent_after(code: str) -> re.Pattern[str] | None:
    words = ARTICLE_TABLES.get(code, {}).get("agent_after")
    return re.compile(r"(?:" + "|".join(words) + r")(?!\w)") if words else None


def acted(m: Mention, code: str, low: str) -> bool:
    """Whether name ``m`` owns the act written right after it (``ARTICLES["agent_after"]``).

    "South Korean Intelligence Confirms Ukraine's Capture of Two …": Ukraine captured, the
    intelligence speaks (34ar).
    """
    agent = _agent_after(code)
    return agent is not None and agent.match(low, m.end) is not None


def destination(m: Mention, cues: Cues, low: str, attribution: list[Mention]) -> bool:
    """Whether a name stands as a place the soldiers go to, not as a source.

    "… haben darum gebeten, an Südkorea ausgeliefert zu werden", "transferred to Kyiv": a
    name right after a word of direction (``ARTICLES["destination"]``) is no claimant,
    unless that word belongs to an attribution ("according to South Korea"); nor is a name
    followed by a word making it the place of something (``ARTICLES["place_after"]``: "the
    Kyiv-based Regional Centre", "die in Seoul ansässige").
    """
    if cues.place_after.match(low, m.end) or acted(m, cues.code, low):  # "the Kyiv-based
        return True  # Regional Centre": a place; "Kyiv's capture of two": who acted (34ar)
    if within(attribution, m.start, m.end):  # (resolve_overlaps': in order, none overlapping)
        return False  # a name holding an attribution word is a statement: "nach ukrainischen
        # Angaben"
    hit = cues.destination.search(low, max(0, m.start - 16), m.start)
    return bool(hit) and not any(a.start <= hit.start() < a.end for a in attribution)


def projected(here: dict[str, list[Mention]], low: str, spaced: bool) -> list[Mention]:
    """Return the metric cues of a sentence without those of a projection.

    "the entire contingent of approximately 12,000 troops … may be killed or wounded by
    mid-April … should they continue to suffer their current high loss rate": loss words
    after a word of possibility (``ARTICLES["hypothetical"]``: "may be", "could be",
    "pourrait être", "podría ser") in its clause are what might happen, not a count, so the
    number keeps its own noun (a deployment). Past estimates ("may have been killed") are
    not projections.

    A word of hosting (a camp, "прийняли") in a sentence that names troops and no children is
    no children's: "3 тисячі північнокорейських військових перебувають у російських таборах"
    (military camps, 22ar; ``spaced``: whether the language writes spaces between words).
    """
    # (not in Korean or Japanese, whose camp words are the children's camps' and whose
    # schoolchildren are often named as students: "러시아 학생 250여 명이 송도원 야영소에서")
    military = spaced and not here["children"] and bool(here["troops"])
    return [m for m in here["metric"] if not (military and m.value == "hosted_children") and (
        m.value not in _LOSSES or not any(
            h.end <= m.start and not _CLAUSE_END.search(low, h.end, m.start)
            for h in here["hypothetical"]))]


def goes_on(here: dict[str, list[Mention]], cands: list) -> bool:
    """Whether a sentence counts more of what the sentence before reported.

    "… plus de 20 militaires nord-coréens ont été tués, rapportent des sources du
    renseignement militaire ukrainien. …, et trois autres soldats ont été blessés": a number
    right after an ``additional`` word ("trois autres", "another 2,700") goes on with the
    report before it, so it takes that report's source like an attributed sentence.
    """
    return any(c.start - 12 <= m.start <= c.end + 2 for m in here["additional"] for c in cands)


def part_before_whole(cues: Cues, low: str, span: tuple[int, int, int],
                      side: list[Mention]) -> bool:
    """Whether a number is a part written before the whole it is in.

    "장교 500명과 장성 3명을 포함한 1만 2000명": a number followed, in its clause, by the
    figure words' ``including_post`` and then another number (``span``: the number's start,
    end and its sentence's end) is a part of that whole; not North Korea's share of a larger
    force ("北朝鮮兵1万人以上を含む約5万人の露軍": North Korea named right before the number).
    """
    start, end, s1 = span
    part = cues.including_after.match(low, end, s1)
    return bool(part) and bool(_DIGIT.search(low, part.end(), s1)) and not any(
        m.kind == "north_korea" and 0 <= start - m.end <= 2 for m in side)


def russians(end: int, side: list[Mention]) -> bool:
    """Whether the people counted are named as the other side's right after the number.

    "hundreds of wounded Russian troops", "сотни раненых российских военных": Russians (within
    16 characters after the number), not North Koreans.
    """
    return any(m.kind == "other_side" and 0 <= m.start - end <= 16 for m in side)


def materiel_counted(cues: Cues, before: str, after: str) -> bool:
    """Whether a number is a count of guns, launchers or shells by its counter.

    A counter of things (``ARTICLES["materiel_counters"]``: 両, 門, 基, 대, 문 ...) right
    after the number, with a word of materiel in the text just before it ("自走砲「M1989」
    約50両", "포격시스템 1백 대"): the counter does not make it no figure, as "대" or "両" after
    a number otherwise do (vehicles, tanks lost).
    """
    return bool(cues.counters.match(after)) and bool(cues.materiel.search(before))


def footnote(
    cues: Cues, low: str, first: int, start: int, end: int, s1: int, events: tuple[str, ...]
) -> bool:
    """Whether a number is a note marker ("… han resultado heridos 1.").

    A one- or two-digit number closing its sentence right after a metric word, in a sentence
    whose first number (ending at ``first``) that word already describes (no other event word
    between them): the count stands before the word, the note after it ("killed 12." alone, or
    "300 were wounded and … killed 12.", stays a count).
    """
    if not cues.spaced or end - start > 2 or not low[start:end].isdigit() or \
            low[end:s1].strip(" .;)\"'”»"):
        return False
    before = low[first:start].rstrip()
    events = resolve_overlaps([Mention(m.start(), m.end(), "metric", metric)
                               for metric, rx in cues.groups["metric"] if metric in events
                               for m in rx.finditer(before)])
    return [m.end for m in events] == [len(before)]


_DAY_DOT = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])\.$")  # "28." before "Februar"
_LATIN_GLUED = re.compile(r"[a-z]\.[A-Z]")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)


def sentence_goes_on(text: str, cut: re.Match[str], months: re.Pattern[str] | None) -> bool:
    """Whether the sentence goes on after the full stop ``cut`` of ``text``.

    It does before a lower-case letter ("11 тыс. солдат"), after a day of the month before
    one of the language's ``months`` ("am 28. Februar", "den 3. März"), and inside a Latin name
    glued by its full stop in a Cyrillic text ("агенція новин Yonhap.News": one name, 16x).
    """
    if text[cut.end():cut.end() + 1].islower():
        return True
    if cut.end() == cut.start() and _LATIN_GLUED.match(text, cut.start() - 2, cut.end() + 1) \
            and _CYRILLIC.search(text, max(0, cut.start() - 80), cut.start()):
        return True
    return bool(months is not None and _DAY_DOT.search(text, max(0, cut.start() - 4), cut.start())
                and months.match(text[cut.end():cut.end() + 12].lower()))


_LINE_OPEN = re.compile(r"[\w,]\Z")  # a line broken after a word or a comma
_FINISHED = re.compile(r"[.!?][\"'”’»)]*\s+\S")  # a sentence finished earlier on the line


def line_goes_on(text: str, cut: re.Match[str]) -> bool:
    r"""Whether the sentence goes on across the line break ``cut`` (a hard-wrapped line).

    (16db) "Ще 2000-3000 військових … напрямок. Про це\nзаявив президент …": a single line
    break after a word or a comma, before a lower-case letter, inside a line that is body
    text (it ends with a comma, or a sentence ended earlier on it), is no sentence's end. Not
    a headline's ("… – Держдеп США\nросія запустила …": Ukrainian writes "росія" in lower
    case), not a paragraph break, not before a list item or a capital; Korean and Japanese
    have no lower case and keep every line break.
    """
    if cut.group().count("\n") != 1 or not text[cut.end():cut.end() + 1].islower():
        return False
    line = text[text.rfind("\n", 0, cut.start()) + 1:cut.start()].rstrip()
    return bool(_LINE_OPEN.search(line)) and (line.endswith(",") or bool(_FINISHED.search(line)))


def later_wave(published: str | date | None) -> bool:
    """Whether an article published on ``published`` tells of the later waves' sendings.

    A sending planned or to come (``ARTICLES["planned"]``: "планирует перебросить", "незабаром
    прибудуть") is the first deployment in an article of 2024 ("к 28 октября ожидается
    прибытие … до 5 тыс. военных КНДР") and a later wave from :data:`LATER_WAVES` on. With no
    date it is read as neither (the deployment's metric stays).
    """
    if isinstance(published, datetime):  # (a datetime or pandas Timestamp is also a date)
        published = published.date()
    if isinstance(published, date):
        return published >= LATER_WAVES
    return _later(str(published)[:10])


@lru_cache(maxsize=256)
def _later(day: str) -> bool:
    try:
        return date.fromisoformat(day) >= LATER_WAVES
    except ValueError:
        return False


_DASH_PREDICATE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?[-–—]\s+(?:[^\W\d]+\s+){0,2}")


def dash_predicate(cues: Cues, low: str, number: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a dash joins a number to the predicate after it ("ще тисяча – зазнали поранення").

    In Russian and Ukrainian a dash stands for a verb left out or joins the subject to its
    predicate (``ARTICLES["predicate_dash"]``): "щонайменше 100 … були вбиті, ще тисяча – зазнали
    поранення" counts the wounded after the dash, not the killed before the comma. The number's
    own noun (at most two words), the dash and at most two words before the cue: one clause.
    """
    return cues.predicate_dash and number[1] <= cue[0] and \
        bool(_DASH_PREDICATE.fullmatch(low, number[1], cue[0]))
