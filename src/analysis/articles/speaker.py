"""A name in a contrasting clause after the figure is no source of it (16cc).

"North Korea has deployed 15,000 troops to fight alongside Russia, while Seoul warns
repatriation is …", "…, tandis que le NIS a fait état d'au moins 600", "北朝鮮は、約1万1000人の
部隊をロシアに派遣したが、国情院によれば、…": a clause opened by a contrast word
(``ARTICLES["contrast"]``: "while", "während", "tandis que", "mientras que", "в то время как",
"тоді як"; the clause endings "지만,", "는데,", "が、" in Korean and Japanese) with a source as
its subject right after the word says what that source says, not the figure before it; the
figure takes no source carried from around it either (the sentence's speech is the other
clause's). Where the language writes its subject first, the same holds for a contrasting
clause put first and closed by a comma before the figure ("While earlier reports from Western
officials indicated that at least 1,000 … had died …, newer estimates suggest that around
600 have perished"); in Korean and Japanese a speaker before "が、" goes on speaking after it.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles import rules
from analysis.articles.claimants import ACTOR, Claimants
from analysis.articles.clauses import speaks_in_relative
from analysis.articles.cues import Cues, Mention, words_pattern
from analysis.articles.metonymy import speaking_bodies
from analysis.lang import ARTICLE_TABLES, SPEAKING_COUNTRIES

__all__ = ["before_after", "choose", "contrast_opened", "contrasted", "own_intelligence",
           "silent_leader", "spoken_countries"]

# what may stand between the contrast word and its subject: three words, no punctuation
_OPENS = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}")


@cache
def _contrast(code: str, spaced: bool) -> re.Pattern[str]:
    words = ARTICLE_TABLES[code].get("contrast", [])
    return re.compile(words_pattern(words, spaced) if words else "(?!)")


def contrasted(names: list[Mention], figure: tuple[int, int], low: str, cues: Cues,
               sentence: tuple[int, int]) -> list[Mention]:
    """Return ``names`` without those opening a contrasting clause that does not hold the figure.

    ``sentence`` is where the figure's sentence starts and ends.
    """
    words = list(_contrast(cues.code, cues.spaced).finditer(low, *sentence))

    def opens(m: Mention, w: re.Match[str]) -> bool:
        # the subject right after the word, three words at most between ("while the NIS",
        # "tandis que le NIS"; not "while fighting in Kursk, the NIS said")
        return w.end() <= m.start and _OPENS.fullmatch(low, w.end(), m.start) is not None

    def fronted(m: Mention) -> bool:
        # "While earlier reports from Western officials indicated …, newer estimates suggest
        # that around 600 have perished": the clause opens the sentence and ends before the
        # figure (not in Korean or Japanese, where "…と発表したが、…" ends the speaker's own
        # clause and goes on); a contrast in the sentence's second half ("…, tandis que les
        # estimations américaines étaient plus faibles, autour de 1 200") holds its figure
        return cues.spaced and m.end <= figure[0] and \
            _CLAUSE.search(low, m.end, figure[0]) is not None and \
            any(w.end() <= figure[0] and opens(m, w)
                and _FRONT.fullmatch(low, sentence[0], w.start()) for w in words)

    return [m for m in names if not fronted(m) and not any(
        w.start() >= figure[1] and opens(m, w) for w in words)]


def before_after(names: list[Mention], figure: tuple[int, int], low: str,
                 attribution: list[Mention]) -> list[Mention]:
    """Return ``names`` without those after the figure, when a source speaks in a clause before it.

    (32cl) Two sources in two clauses, the figure's own clause naming neither: the one that
    speaks before it ("according to", a word of saying beside it) introduces it; the one after
    it opens its own statement ("북한의 대러 무기 지원 규모는 … 정보본부 추산에 따르면, 컨테이너
    약 1만3000개, 지난달 미국 측 추산에 따르면 약 1만6500개다": 13,000 is the Defense Intelligence
    Agency's). Counted over every labelled set (figures whose sentence names sources before
    and after the figure, none in its clause): the labels give the name before in 15 of 15.
    """
    before = [m for m in names if m.end <= figure[0]]
    later = [m for m in names if m.start >= figure[1]]
    if not before or not later or any(
            not _CLAUSE.search(low, m.end, figure[0]) for m in before) or any(
            not _CLAUSE.search(low, figure[1], m.start) for m in later):
        return names
    speaks = any(abs(a.end - m.start) <= _SPOKE or abs(m.end - a.start) <= _SPOKE
                 for m in before for a in attribution)
    return [m for m in names if m not in later] if speaks else names


def contrast_opened(names: list[Mention], figure: tuple[int, int], low: str, cues: Cues,
                    s0: int) -> list[Mention]:
    """Return ``names`` without those of the clause a contrast word before the figure closes.

    (32cl) The mirror of :func:`contrasted`: where the figure stands in a contrasting clause
    (``ARTICLES["contrast"]``) that names a source of its own before it, the names before the
    contrast word tell the other clause's statement, however they speak ("La inteligencia
    surcoreana reporta que estas tropas sufren bajas masivas …, mientras que el portavoz de la
    Casa Blanca, John Kirby, corroboró la cifra de alrededor de 1,000 bajas": the White House's;
    "Zelensky avait dit que près de 3 000 …, tandis que Séoul avait avancé le chiffre de
    1 000"; "…발표하지 않았지만, 한국 정보당국은 최소 2000명…"). The last contrast word before the
    figure decides; North Korea acting in that clause names no source. Counted over every
    labelled set: the labels give the contrasting clause's source in 12 of 12 such figures.
    """
    words = list(_contrast(cues.code, cues.spaced).finditer(low, s0, figure[0]))
    if not words or len(names) < 2:
        return names
    cut = words[-1].end()
    if not any(cut <= m.start and m.end <= figure[0] and m.value != ACTOR for m in names):
        return names
    return [m for m in names if m.start >= cut]


_CLAUSE = re.compile(r"[,;]")
_FRONT = re.compile(r"\W*(?:\w+\W+)?")  # the sentence's start: one word at most ("But while")


def spoken_countries(countries: list[Mention], found: dict[str, list[Mention]],
                     names: Claimants, read: tuple[str, Cues, list[tuple[int, int]]]
                     ) -> tuple[list[Mention], list[Mention]]:
    """Return :func:`analysis.articles.rules.countries`, a speaking country read as its body.

    ``found`` holds the text's mentions by kind; ``read`` the lowered text, its cues and its
    sentences (:func:`analysis.articles.metonymy.speaking_bodies`).
    """
    low, cues, _ = read
    # (24ar) "die Gefangennahme zweier … Soldaten durch die Ukraine bestätigt": a country after
    # a word of agency (``ARTICLES["agent_before"]``) is who acted, not who speaks
    agent = _agent_before(cues.code)
    if agent is not None:
        countries = [m for m in countries if not agent.search(low, max(0, m.start - 16), m.start)]
    # (34ar) "confirms Ukraine's capture of two …": the country owning the capture acted
    countries = [m for m in countries if not rules.acted(m, cues.code, low)]
    said, alone = rules.countries(countries, found["claimant"], found["attribution"],
                                  (low, cues), found["according"])
    # (31cl) a country whose name speaks for a claimant (``SPEAKING_COUNTRIES``) only as the
    # subject right before its speech verb: no joint's part, no "according to" (it is named as
    # the destination in most sentences: "mitgeteilt, dass Nordkorea … nach Russland …")
    spans = {(m.start, m.end) for m in countries}
    said = [m for m in said if m.value not in SPEAKING_COUNTRIES.values() or (
        m.start, m.end) not in spans or _announces(m, found["attribution"], low, cues)]
    alone = [m for m in alone if m.value not in SPEAKING_COUNTRIES.values()]
    return speaking_bodies(said, countries, names, read,
                           (found["attribution"], found["according"])), alone


# the subject and its verb: words between, no punctuation ("Russia announced", "la Russie a
# annoncé"); in Korean and Japanese the subject's particle ("러시아는 … 밝혔습니다", "ロシアは…
# 発表した"), the verb in the same sentence
_SUBJECT_VERB = re.compile(r"\s+(?:[^\W\d]+\s+){0,3}")
_SUBJECT_PARTICLE = re.compile(r"(?:는|은|가|이|は|が)[^.。!?\n]{0,90}$")
_QUOTES = re.compile(r"[\"“”„«»「」『』]")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:.!?\n\"“«]\s*)(?:[^\W\d]+\s+){0,2}$")


def _announces(m: Mention, attribution: list[Mention], low: str, cues: Cues) -> bool:
    # not inside a quotation ("“After dispatching 11,000 …, Russia has already announced …,”
    # Lee added": the quoted speaker's), nor before a semicolon opening another statement
    # ("El Kremlin reconoció que …; se estima que Pyongyang habría enviado cerca de 10.000")
    line = low.rfind("\n", 0, m.start) + 1
    end = low.find("\n", m.end) % (len(low) + 1)
    if len(_QUOTES.findall(low, line, m.start)) % 2 or ";" in low[m.end:end]:
        return False
    if cues.spaced:  # (the subject opens its clause: not "… nach Russland entsandt habe"; its
        # verb no auxiliary of a reported clause: "sagte …, Russland habe … eingeführt", while
        # "la Russie a annoncé" speaks)
        aux = cues.auxiliary.match(low, m.end)
        return _OPENS_CLAUSE.search(low, max(0, m.start - 40), m.start) is not None and any(
            _SUBJECT_VERB.fullmatch(low, m.end, a.start) and not (
                aux and a.end <= aux.end() and " " not in low[a.start:a.end])
            for a in attribution if a.start > m.end)
    return any(a.start > m.end and _SUBJECT_PARTICLE.match(low, m.end, a.start)
               for a in attribution)


@cache
def _agent_before(code: str) -> re.Pattern[str] | None:
    """Compile ``ARTICLES["agent_before"]`` of language ``code``, ending where a name starts."""
    words = ARTICLE_TABLES[code].get("agent_before")
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\s+$") if words else None


def choose(names: Claimants, c, own: list[Mention], context: tuple,
           where: tuple[str, Cues, int, int]) -> tuple[str, str]:
    """Return :meth:`Claimants.choose` of the figure ``c`` without a contrasting clause's source.

    (32cl) Nor a source after the figure that opens its own statement (:func:`before_after`).

    ``context`` is the sentence's mentions by kind, the sources of the sentences before,
    whether the sentence attributes and the sources named after it; ``where`` the lowered
    text, its cues and the sentence's offsets. A source removed (:func:`contrasted`) leaves
    the figure no source carried in: the sentence's speech is the other clause's.
    """
    here, recent, attributed, after = context
    low, cues, s0, s1 = where
    own = silent_leader(own, c.metric, here["attribution"], (low, cues))  # (31cl)
    kept = contrasted(before_after(own, (c.start, c.end), low, here["attribution"]),
                      (c.start, c.end), low, cues, (s0, s1))
    return names.choose(c, kept, here["attribution"], recent, attributed and kept == own,
                        after if kept == own else [])


_OWN_DEAD = ("killed", "wounded", "killed_or_wounded")
"""The metrics North Korea's leadership gives as its own account: its dead and wounded honoured."""


def silent_leader(own: list[Mention], metric: str, attribution: list[Mention],
                  read: tuple[str, Cues]) -> list[Mention]:
    """Return ``own`` without North Korea named as the one who acts, when it is all ``own`` holds.

    "Kim Jong Un desplazó hasta 12.000 soldados", "Mit zumindest einer Million Artilleriegranaten
    hat Nordkoreas Diktator Kim Jong Un Russland bereits unterstützt", "Le déploiement d'environ
    10 000 militaires du régime de Kim Jong Un", "“김정은, 러에 컨테이너 6700개분 포탄 주고 …”": the
    leader or the state named in the figure's clause with no word of saying beside it (the
    reach of :func:`analysis.articles.rules.speakers`, or a relative clause between: "Кім Чен
    Ин, який був присутній на заході, уперше публічно визнав …") acts, offers or owns; the
    figure is the article's account, or takes the source the next sentence or the one before
    gives. Counted over every labelled set (31cl): 11 figures made right, none made wrong. Not
    for its dead and wounded (``_OWN_DEAD``): the leader who honours them at a ceremony ("Kim
    depositó una flor blanca ante los retratos de nueve soldados", "김정은 국무위원장은 9명의
    사망자를 추모하며") gives North Korea's own count, as the sets label 10 of the 12 casualty
    figures the rule would otherwise have taken from him.
    """
    low, cues = read
    if metric in _OWN_DEAD or not own or any(
            m.value != ACTOR or m.kind != "claimant" for m in own):
        return own

    def says(m: Mention) -> bool:  # (and "Кім Чен Ин, який був присутній …, уперше визнав";
        # the speaker after his verb and title: "a déclaré l'agence officielle KCNA", "sagte
        # Nordkoreas Machthaber Kim Jong Un", "повідомляє лідер КНДР Кім Чен Ин")
        # (33ar) not after a word with an auxiliary right after it: the name is that verb's
        # subject ("Demnach hat Machthaber Kim Jong-un bereits mit der Rekrutierung …
        # begonnen": he recruits, the source before is carried)
        return any(0 <= a.start - m.end <= _SPOKE or m.start <= a.start < m.end
                   or _APPOSED.fullmatch(low, m.end, a.start)
                   or (0 <= m.start - a.end <= 5 or _POSTPOSED.fullmatch(low, a.end, m.start))
                   and not cues.auxiliary.match(low, a.end)
                   for a in attribution) or rules.speaks(m, attribution, low, cues)

    return own if any(says(m) for m in own) else []


# a relative clause or apposition between the name and its verb, two words after it at most
_POSTPOSED = re.compile(r"[\s\w'’-]{0,40}")
_APPOSED = re.compile(r"\s*,[^,.;]{1,60},\s*(?:\w+\s+){0,2}")

_SPOKE = 12  # (characters between a speaker's name and its attribution word, as Claimants.choose)


def own_intelligence(names: Claimants, mentions: list[Mention], attribution: list[Mention],
                     according: list[Mention], low: str) -> list[Mention]:
    """Return ``mentions`` without the intelligence body a speaker of its own government relays.

    "According to Shin Won-sik, South Korean intelligence agencies saw more than 10,000
    containers", "Zelenski ha asegurado que los servicios de inteligencia ucranianos han
    detectado …", "За даними української розвідки, заявив Зеленський, …": a minister or a
    president speaking (named beside an attribution word) gives his own government's
    intelligence (a body under the same government, ``claimant_hierarchy.csv``) as his ground;
    the figure is the speaker's (23as). Only a speaker with a government above him (not the
    government itself, nor an intelligence body) and only his own government's intelligence:
    another country's stays a source of its own, and so does a body after the speaker with an
    "according to" of its own ("Zelenski cifró en 4.000 las bajas …, donde según los servicios
    de seguridad de Kiev se han desplegado 11.000": another clause's source). ``according``
    holds the sentence's "according to" words (``ARTICLES["according"]``); so does a body that
    speaks in a relative clause of its own (:func:`~analysis.articles.clauses.speaks_in_relative`,
    30ab: "…, en línea con lo informado por la agencia de inteligencia de Corea del Sur, que
    informó de unos 100 muertos").
    """
    if len(mentions) < 2:
        return mentions

    def speaking(m: Mention) -> bool:
        return names.kind.get(m.value) in ("government", "military") and bool(
            names.broader.get(m.value)) and any(
            abs(a.end - m.start) <= _SPOKE or abs(m.end - a.start) <= _SPOKE
            for a in attribution)

    speakers = [m for m in mentions if m.kind == "claimant" and speaking(m)]
    relayed = [m for m in mentions if names.kind.get(m.value) == "intelligence" and any(
        names.broader.get(m.value, set()) & names.broader.get(s.value, set())
        and s.value != m.value and not (s.end <= m.start and any(
            0 <= m.start - a.end <= _SPOKE for a in according)) for s in speakers)
        and not speaks_in_relative(m, attribution, low)]
    if not relayed or len({s.value for s in speakers}) != 1:
        return mentions
    return [m for m in mentions if m not in relayed]


def impersonal_first(names: list[Mention], figure: tuple[int, int], low: str,
                     here: dict[str, list[Mention]], code: str) -> list[Mention]:
    """Return ``names`` without a later clause's speaker when the figure's clause is impersonal.

    (art34b) "Yet about 10,000 are now thought to be fighting for Moscow, and on Tuesday a US
    official reported that “several hundred” had died": an impersonal word of estimate
    (``ARTICLES["impersonal"]``) in the figure's clause, no name before the figure, and every
    name after it opening a clause of its own (a comma and a word of ``ARTICLES["clause"]``
    between: ", and", ", but", ", while") with a word of saying beside it. The estimate is
    nobody's; the speaker tells the next clause's figure.
    """
    if not names or any(m.end <= figure[0] for m in names):
        return names
    stop = _CLAUSE.search(low, figure[1])
    end = stop.start() if stop else len(low)
    begin = max((k.end() for k in _CLAUSE.finditer(low, 0, figure[0])), default=0)
    if not any(begin <= m.start and m.end <= end for m in here["impersonal"]):
        return names
    if not stop or low[stop.start()] != "," or not _opens_clause(code).match(low, stop.end()):
        return names
    spoken = [m for m in names if any(abs(a.start - m.end) <= _SPOKE or m.start <= a.start < m.end
                                      for a in here["attribution"])]
    return [] if len(spoken) == len(names) else names


@cache
def _opens_clause(code: str) -> re.Pattern[str]:
    words = ARTICLE_TABLES.get(code, {}).get("clause", [])
    spaced = code not in ("ko", "ja", "zh")
    return re.compile(r"\s*" + words_pattern(words, spaced)) if words else re.compile("(?!)")


def hedged_reports(names: list[Mention], figure: tuple[int, int], low: str,
                   code: str) -> list[Mention]:
    """Return no name when the figure's own clause gives its own hedged source (art34b).

    "Ukrainische, südkoreanische und US-amerikanische Quellen berichten übereinstimmend, dass
    Nordkorea mindestens 10.000 … verlegt hat, in einigen Berichten ist von 12.000 die Rede":
    words of unnamed reports (``ARTICLES["hedged_reports"]``: "in einigen Berichten", "some
    reports put") in the figure's clause, every name before that clause: the figure is the
    unnamed reports', not the sources of the clause before (art34's leftover of round 16zz39).
    """
    words = _hedged(code)
    if not names or words is None:
        return names
    begin = max((k.end() for k in _CLAUSE.finditer(low, 0, figure[0])), default=0)
    stop = _CLAUSE.search(low, figure[1])
    end = stop.start() if stop else len(low)
    if begin and all(m.end <= begin for m in names) and words.search(low, begin, end):
        return []
    return names


@cache
def _hedged(code: str) -> re.Pattern[str] | None:
    words = ARTICLE_TABLES.get(code, {}).get("hedged_reports", [])
    return re.compile(words_pattern(words, code not in ("ko", "ja", "zh"))) if words else None
