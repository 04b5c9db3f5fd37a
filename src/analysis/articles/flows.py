"""Things sent the other way, from Russia to North Korea, are no figures of the story (18ra).

The story counts what North Korea sends to Russia: troops (``deployed``,
``additional_deployed``), workers (``workers_sent``) and materiel (``materiel_sent``). What
Russia sends back (food, oil, containers, fighter jets, air-defence systems, money, Russian
specialists or instructors) is told with the same words of sending, so the reader took it for
the story's figures in every language ("Russia, in turn, sent North Korea some 9,000
containers", "러시아도 북한에 … 9000여개의 컨테이너를 보낸", "Россия … отправила в КНДР около
9000 контейнеров").

A number of those four metrics is no figure when its clause (the reader's ``_in_clause``,
between commas) says the sending goes the other way, by the words of ``ARTICLES["flows"]``
(``lang/<code>.py``):

* ``recipient``: North Korea as the destination or the one who receives ("to North Korea",
  "sent North Korea", "North Korea received", "nach Nordkorea", "в Северную Корею",
  "북한에 … 보낸", "北朝鮮に…送った"); counted for every one of the four metrics;
* ``sender``: Russia as the one who sends ("Russia sent", "Russland wiederum schickte",
  "Москва поставила", "러시아도 … 보낸", "received … from Russia"); for materiel and workers
  only: Russia also moves North Korea's own troops ("Moscow has moved 3,000 of them to the
  front"), so a count of troops needs North Korea named as where they go;

unless the clause tells the story's own direction (``forward``: "to Russia", "North Korea
sent", "from North Korea", "러시아에", "北朝鮮が…送った") nearer the number, or as near
("In exchange for food and oil sent to North Korea, Pyongyang shipped 12,000 containers of
shells to Russia" keeps its 12,000; "в обмен на поставки в Россию КНДР получила 9 тысяч
контейнеров" loses its 9 тысяч), or North Korea is named in the number's own noun phrase
("Russia has deployed 11,000 North Korean troops", "북한군 1만 명"; not as where they go: "20
Luftabwehrsysteme an Pjöngjang"). Children hosted and wounded treated in North Korea are other
metrics and stay (``hosted_children``, ``treated_in_north_korea``).

Since 18ra the reverse forms that ``ARTICLES["excluded"]`` held for en, de, fr, es, ru and uk
(16r: "from Russia to North Korea", "North Korea received", "КНДР получила", "отримала від
Росії") are read here: with the story's own direction in view ("North Korea received orders
and sent 3,000 more troops to Russia" keeps its 3,000) and only for the four metrics
("Декілька солдатів КНДР загинули внаслідок отриманих … поранень" is a count of the dead).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.articles import lost, order, rates
from analysis.articles.clauses import made_in_north_korea, used_by_russia
from analysis.articles.cues import Mention, compile_cues

__all__ = ["SENT", "not_sent_to_russia", "sent_other_way"]

SENT = ("deployed", "additional_deployed", "workers_sent", "materiel_sent")
"""The metrics of what North Korea sends to Russia."""

_PEOPLE = ("deployed", "additional_deployed")
"""Metrics whose sender may be Russia moving North Korea's own troops."""


def sent_other_way(metric: str, here: dict[str, list[Mention]], number: tuple, low: str,
                   in_clause: Callable[[list[Mention]], bool]) -> bool:
    """Whether a number of a sending counts what Russia sends to North Korea.

    Parameters
    ----------
    metric : str
        The number's metric; only those of :data:`SENT` are read.
    here : dict
        The sentence's mentions by kind (``flow_recipient``, ``flow_sender``,
        ``flow_forward``, ``side``).
    number : tuple
        The reader's candidate and the text's language.
    low : str
        The lower-cased text.
    in_clause : callable
        Whether one of the mentions given stands in the number's clause.

    Returns
    -------
    bool
        True when the clause makes North Korea the destination or recipient (or, for
        materiel and workers, Russia the sender), tells no sending of North Korea's, and
        the number's noun phrase names no North Korean.
    """
    if metric not in SENT:
        return False
    candidate, code = number
    other_way = [m for m in here["flow_recipient"] + (
        here["flow_sender"] if metric not in _PEOPLE else []) if in_clause([m])]
    forward = [m for m in here["flow_forward"] if in_clause([m])]
    # (both directions in one clause: the one told nearest the number is its own, the story's
    # on a tie; "в обмен на поставки в Россию КНДР получила 9 тысяч контейнеров" is North
    # Korea's receiving, "…식량과 원유를 받는 대가로 … 컨테이너 1만2000개를 러시아에 보냈다" its
    # sending)
    if not other_way or forward and min(map(_gap(candidate), forward)) <= min(
            map(_gap(candidate), other_way)):
        return False
    # ("11,000 North Korean troops", "북한군 1만 명": North Korea's own, whoever moves them;
    # not North Korea named as where they go: "20 Luftabwehrsysteme an Pjöngjang")
    sides = [m for m in here["side"] if not any(
        r.start <= m.start and m.end <= r.end for r in here["flow_recipient"])]
    return not made_in_north_korea(candidate.end, sides, low) and order.side_before(
        compile_cues(code), sides, low, candidate.start) != "north_korea"


def _gap(candidate) -> Callable[[Mention], int]:
    """Return the characters between a mention and the number (0 when one holds the other)."""
    return lambda m: max(0, m.start - candidate.end, candidate.start - m.end)


def not_sent_to_russia(metric: str, here: dict[str, list[Mention]], number: tuple, low: str,
                       in_clause: Callable[[list[Mention]], bool]) -> bool:
    """Whether a number of a sending counts nothing North Korea sent to Russia.

    Ammunition Russia uses or fires (:func:`analysis.articles.clauses.used_by_russia`, 16l)
    or what is sent the other way (:func:`sent_other_way`); the arguments are theirs. (24at)
    Ammunition counted by the day is a rate of use (:func:`analysis.articles.rates.daily_rate`),
    and another country's supplies are not North Korea's (:func:`~analysis.articles.rates.
    other_supplier`). (25at) Weapons lost or destroyed are an army's losses
    (:func:`analysis.articles.lost.materiel_lost`), workers all over the world no workers sent to
    Russia (:func:`analysis.articles.lost.worldwide`).
    """
    candidate, code = number
    return (metric == "materiel_sent" and (
        used_by_russia(here, number, low, in_clause) or
        rates.daily_rate(code, low, candidate.start, candidate.end) or
        rates.other_supplier(code, low, candidate.start, candidate.end) or
        lost.materiel_lost(code, low, candidate.start, candidate.end)) or
        metric == "workers_sent" and lost.worldwide(code, low, candidate.start, candidate.end)) or \
        sent_other_way(metric, here, number, low, in_clause)
