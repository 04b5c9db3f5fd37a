"""Claimant names composed from a country and a body ("the Ukrainian authorities").

Outlets name a source in more ways than a list of phrases can hold: "South Korean
intelligence", "the South Korean spy agency", "Geheimdienst Südkoreas", "les services de
renseignement militaires ukrainiens", "autoridades de Ucrania". A language's
``claimant_grammar`` gives the words for each country (as an adjective and as a name), the
words for each kind of body (officials, intelligence, military intelligence, defence
ministry, military) and the templates that join them; :data:`analysis.lang.BODIES` says
which claimant each country's body stands for. The phrases an article table lists itself
are read first (:func:`analysis.articles.cues.compile_cues`); these fill the gaps.
"""

from __future__ import annotations

from analysis.lang import BODIES, SPEAKING_COUNTRIES, longest_first

__all__ = ["JOINT", "composed_claimants", "country_names"]

JOINT = "Several governments jointly"


def _any(words: list[str]) -> str:
    return "(?:" + "|".join(longest_first(words)) + ")"


def _filled(templates: list[str], parts: dict[str, str]) -> str:
    # templates opening with the same part share it ("{body}(?: {adj}| de {name})"): the
    # expression engine then tries the long word lists once per position, not once per template
    by_head: dict[str, list[str]] = {}
    for template in templates:
        head = template[:template.index("}") + 1] if template.startswith("{") else ""
        by_head.setdefault(head, []).append(template[len(head):])
    return "|".join(
        head.format(**parts) + "(?:" + "|".join(rest.format(**parts) for rest in rests) + ")"
        for head, rests in by_head.items())


def composed_claimants(grammar: dict) -> dict[str, str]:
    """Return ``{cue pattern: claimant}`` for every country's body a grammar can write.

    Parameters
    ----------
    grammar : dict
        ``{"countries": {code: {"adj": [...], "name": [...]}}, "bodies": {kind: [...]},
        "templates": [...]}``: each template holds ``{adj}`` or ``{name}`` and ``{body}``
        ("{adj} {body}", "{body} de {name}"); words are cue expressions in lower case.

    Returns
    -------
    dict
        One pattern per country and claimant its bodies stand for.
    """
    out: dict[str, str] = {}
    bodies = grammar.get("bodies", {})
    for code, forms in grammar.get("countries", {}).items():
        # the bodies of a country standing for one claimant share one expression (one scan
        # of the text: "US officials", "US intelligence" → the US government)
        words: dict[str, list[str]] = {}
        for kind, body in bodies.items():
            claimant = BODIES.get((code, kind))
            if claimant is not None and body:
                words.setdefault(claimant, []).extend(body)
        for claimant, body in words.items():
            parts = {"body": _any(body), "adj": _any(forms.get("adj", []) or ["(?!)"]),
                     "name": _any(forms.get("name", []) or ["(?!)"])}
            out[_filled(grammar.get("templates", []), parts)] = claimant
    joint = _joint_short(grammar)
    if joint:
        out[joint] = JOINT
    return out


_JOINT_BODIES = ("government", "intelligence", "military_intelligence", "defence", "military",
                 "statement")


def _joint_short(grammar: dict) -> str:
    """Return the pattern of two or more countries' one-letter forms on one body, or "".

    (16ck) Korean and Japanese join countries by their one-character forms ("한미 정보당국",
    "한·미·일 당국", "日米韓の当局", "米韓両国の情報機関"): one subject of several sides,
    several governments jointly. ``short`` holds each country's form and ``short_join``
    what may stand between the forms and before the body (a dot, "양국", "の").
    """
    short = grammar.get("short", {})
    bodies = [w for kind in _JOINT_BODIES for w in grammar.get("bodies", {}).get(kind, [])]
    if len(short) < 2 or not bodies:
        return ""
    one = _any(list(short.values()))
    join = grammar.get("short_join", {})
    return (join.get("before", "") + one + "(?:" + join.get("between", "") + one + "){1,3}"
            + join.get("after", "") + _any(bodies))


def country_names(grammar: dict) -> dict[str, str]:
    """Return ``{cue pattern: country code}`` for the countries whose government is a claimant.

    A country named alone ("the US", "Südkoreas", "Corea del Sur") is no source by itself;
    the reader makes it one right after an attribution word ("according to the US") or
    joined to a source of another country ("las autoridades de EEUU y de Corea del Sur").
    """
    return {_any(forms["name"]): code for code, forms in grammar.get("countries", {}).items()
            if forms.get("name") and ((code, "government") in BODIES
                                      or code in SPEAKING_COUNTRIES)}
