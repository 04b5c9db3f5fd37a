"""News outlets named by grammar, not only by a list of names (19nm).

Outlets name each other in more ways than a list of names holds ("the British newspaper The
Times", "das US-Medium NK News", "газета «Чосон Ильбо»", "Про це повідомляє Daily Star",
"英デイリー・スター紙"). A language's ``ARTICLES["outlet_grammar"]`` gives:

- ``before``: media nouns written before the outlet's name ("newspaper", "Zeitung",
  "journal", "газета", "видання", "매체", "英紙"), with ``adjectives`` that may stand between
  the noun and the name ("le journal britannique The Times"), or ``after``: nouns written
  after it ("デイリー・スター紙", "X 신문");
- ``verbs``: a newsroom's verbs of reporting that take an outlet as the subject right after
  them ("rapporte X", "informó X", "сообщает X", "повідомляє X") or, ``verbs_after``, before
  them ("wie das X berichtet", "X 보도에 따르면", "Xは…と報じた");
- ``skip``: words before the noun that make it no outlet of the news media's own reporting
  (North Korea's or Russia's media, state media: their own claimants, read by the tables).

A name is a quoted name or a run of capitalised words (Latin; Cyrillic in ru and uk;
katakana, hangul or Latin in ja and ko). A name a verb takes in a Latin-script language
counts only quoted or closing the sentence (", rapporte Le Monde."): a person speaks in the
middle of one. A mention overlapping a name the tables know (the NIS, Yonhap, KCNA) gives
way to it.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.articles.cues import Mention
from analysis.articles.prefilter import Prefilter
from analysis.lang import ARTICLE_TABLES, longest_first

__all__ = ["MEDIA", "named"]

MEDIA = "News media (own reporting)"
_QUOTED = (r"(?:«[^«»\n]{2,40}»|„[^„“”\n]{2,40}[“”]|“[^“”\n]{2,40}[”“]|\"[^\"\n]{2,40}\""
           r"|'[^'\n]{2,40}'|‘[^‘’\n]{2,40}’)")
_CAP = {"latin": "A-ZÀ-Ý", "cyrillic": "А-ЯЁІЇЄҐ"}  # (capitals; their lower case follows)
_ARTICLE = r"(?:(?:The|Le|La|Les|El|Die|Der|Das)\s|L['’])?"
# (26ac) an outlet named by its web address ("wie die Redaktion von compakt.de berichtet",
# "reports euromaidanpress.com"): a name in every script's runs
_DOMAIN = (r"(?<![\w.@/])[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{2,40})?\.(?:com|net|org|"
           r"info|news|de|at|ch|fr|be|es|it|ru|ua|by|kz|co\.uk|uk|kr|jp|io|tv|media)(?![\w-]|\.\w)")


def _run(letters: str) -> str:
    # (words of the script only: "Telegram-канал" is no Latin name; "22 июля" after one no word)
    rest = rf"(?:[{letters}{letters.lower()}0-9'’&-]|\.(?=\w))*"
    return rf"[{letters}]{rest}(?:\s[{letters}]{rest})" + "{0,3}(?![\\w-])"


def _words(words: list[str]) -> str:
    return "(?:" + "|".join(longest_first(words)) + ")" if words else "(?!)"


_KINDS = {"noun": "before", "after": "after", "verb": "verbs", "verb_after": "verbs_after"}


@cache
def _gate(code: str) -> tuple[tuple[str, ...], Prefilter]:
    """Return the pattern kinds that have words, and one RE2 prefilter of their words.

    Each pattern below scans the whole article with ``re`` from every position; most articles
    hold none of its media nouns or verbs, and the prefilter says so first, for all kinds in one
    scan (it answers a superset: no outlet is lost; words RE2 cannot read are always scanned).
    """
    grammar = ARTICLE_TABLES.get(code, {}).get("outlet_grammar", {})
    kinds = tuple(kind for kind, key in _KINDS.items() if grammar.get(key))
    return kinds, Prefilter([_words(grammar[_KINDS[kind]]) for kind in kinds])


@cache
def _compiled(code: str) -> dict[str, re.Pattern[str]]:
    table = ARTICLE_TABLES.get(code, {})
    grammar = table.get("outlet_grammar", {})
    if not grammar:
        return {}
    latin = code in ("en", "de", "fr", "es")
    cyrillic = code in ("ru", "uk")
    runs = [_DOMAIN, _ARTICLE + _run(_CAP["latin"])] + (
        [_run(_CAP["cyrillic"])] if cyrillic else [])
    if code in ("ko", "ja"):  # (no capitals: a run of katakana, hangul or Latin letters)
        runs = [r"[ァ-ヶー・]{2,}", r"[A-Za-z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,3}",
                r"[가-힣A-Za-z]{2,}"]
    name = "(?:" + _QUOTED + "|" + "|".join(runs) + ")"
    adjectives = _words(grammar.get("adjectives", []))
    spaced = "" if code in ("ja",) else r"\s"
    out = {"noun": re.compile(
        rf"(?<!\w)(?i:{_words(grammar.get('before', []))})(?:\s(?i:{adjectives})){{0,2}}"
        rf"{spaced}?(?P<name>{name})")}
    if grammar.get("after"):
        out["after"] = re.compile(rf"(?P<name>{name})\s?(?:{_words(grammar['after'])})")
    # a name a verb takes: quoted anywhere; unquoted only closing the sentence (Latin script)
    # (in Cyrillic text a quoted or Latin name only: "передала Росії" is no outlet)
    taken = rf"(?:{_QUOTED}|(?:{_DOMAIN}|{_ARTICLE}{_run(_CAP['latin'])})(?=\s*[.;]|\s*$))" \
        if latin else rf"(?:{_QUOTED}|{_DOMAIN}|{_ARTICLE}{_run(_CAP['latin'])})" if cyrillic \
        else name
    if grammar.get("verbs"):
        out["verb"] = re.compile(rf"(?<!\w)(?i:{_words(grammar['verbs'])})\s(?:(?i:le|la|l['’]|"
                                 rf"el|die|das|der|the)\s?)?(?P<name>{taken})")
    if grammar.get("verbs_after"):
        out["verb_after"] = re.compile(rf"(?P<name>{name})\s?(?i:{_words(grammar['verbs_after'])})")
    skip = [f for c in ("KP", "RU") for f in table.get("claimant_grammar", {}).get(
        "countries", {}).get(c, {}).get("adj", [])] + grammar.get("skip", [])
    out["skip"] = re.compile(rf"(?<!\w)(?i:{_words(skip)})")  # (inside the mention)
    out["skip_before"] = re.compile(rf"(?<!\w)(?i:{_words(skip)})\W*$")  # (right before it)
    return out


def named(text: str, code: str, known: list[Mention]) -> list[Mention]:
    """Return the outlets ``text`` names by grammar (claimant mentions of the news media).

    Parameters
    ----------
    text : str
        The article, as written (the case of a name's letters counts).
    code : str
        Its language.
    known : list of Mention
        The claimants the tables found: an outlet overlapping one gives way to it.

    Returns
    -------
    list of Mention
        In text order, none overlapping a known name.
    """
    rx, (kinds, gate) = _compiled(code), _gate(code)
    found: list[Mention] = []
    present = gate.hits(text)
    for index, kind in enumerate(kinds):
        if kind not in rx or index not in present:
            continue
        for m in rx[kind].finditer(text):
            start = m.start() if kind in ("noun", "after") else m.start("name")
            end = m.end("name") if kind != "after" else m.end()
            # North Korea's or Russia's media, state media ("North Korea's state newspaper
            # Rodong Sinmun", "북한 관영 매체"): their own claimants, read by the tables
            if rx["skip_before"].search(text, max(0, start - 30), start) or \
                    rx["skip"].search(text, start, m.end("name")):
                continue
            if any(k.start < end and start < k.end for k in known + found):
                continue
            found.append(Mention(start, end, "claimant", MEDIA))
    return sorted(found, key=lambda m: m.start)
