"""The later wave of sappers and builders, told as a list or by its purpose (helper 31fm).

North Korea's sappers and military builders (Shoigu's "1,000 sappers and 5,000 military
builders", 2025) are one additional deployment, whatever noun each count of the list takes
(codebook "Articles"; the sets label them ``additional_deployed`` 324 times, workers 34 and
deployed 25 in sentences of sappers, builders, demining or rebuilding):

* workers counted in one list with a count of sappers ("5,000 construction workers and 1,000
  sappers", "공병 1천명과 건설 인력 5천명", "1 тыс. военных саперов и 5 тыс. строителей") are of
  that wave, not workers sent to Russia's factories;
* in Japanese and Korean the purpose of rebuilding or demining told right before the number
  with a word of purpose ("쿠르스크 지역 재건에 필요한 인력 6000명", "地雷除去のために1000人";
  :func:`analysis.articles.purpose.purpose_before`) says what the people were sent for, as
  "6,000 … to rebuild" does after the number in the spaced languages;
* a count read as a later wave with a word of the sum right before it ("총 1만1000명을 파병할
  계획", "合わせておよそ3000人") is the whole deployment (the sets: 33 such totals deployed, 2
  additional).

Both end the row's ``why`` with :data:`analysis.articles.rules.LATER_WAVE_WHY`; the same count
of workers told elsewhere in the article (a headline, the lead) is that wave again
(:func:`wave_again`), so that the repeats are kept once (:mod:`analysis.articles.repeats`).
"""

from __future__ import annotations

import re

from analysis.articles import rules
from analysis.articles.cues import Cues
from analysis.articles.parts import sum_before
from analysis.articles.purpose import purpose_before

__all__ = ["later_wave", "wave_again"]

_DIGIT = re.compile(r"\d")
_STOP = re.compile(r"[.;!?。…]")
_LIST_REACH = 80
"""At most this many characters between two counts of one list."""
_SENDINGS = ("deployed", "workers_sent")


def later_wave(rows: list[dict], cues: Cues, low: str, s1: int) -> list[dict]:
    """Give the counts of one sentence that belong to the later wave its metric.

    ``rows`` are one sentence's figures (``s1``: its end). A count read as workers with at most
    :data:`_LIST_REACH` characters, no other number and no full stop or semicolon between it
    and a count of sappers or military builders
    (:func:`analysis.articles.rules.engineers`) is a part of one sending; a count read as
    deployed or workers after the purpose of rebuilding (Japanese and Korean) is one. A count
    read as a later wave with a word of the sum right before it is the whole deployment. Other
    metrics stay ("10.000 Kampftruppen und 1.000 Ingenieursoldaten": the combat troops are the
    first deployment).
    """
    sappers = [r for r in rows if r["metric"] == "additional_deployed"
               and r["status"] == "ok" and rules.engineers(
                   cues, low, (r["start"], r["end"], s1), "deployed") == "additional_deployed"]
    out = []
    for row in rows:
        if row["metric"] == "workers_sent" and any(_listed(low, row, s) for s in sappers):
            row = _wave(row, "listed with sappers")
        elif row["metric"] in _SENDINGS and purpose_before(cues, low, row["start"]):
            row = _wave(row, "its purpose before it")
        elif _total(row, cues, low):
            row = dict(row, metric="deployed", why=f"{row['why']}; a total, the whole deployment "
                                                    f"(31fm)")
        out.append(row)
    return out


def _total(row: dict, cues: Cues, low: str) -> bool:
    # (31fm) a total ("총 1만1000명을 파병할 계획", "合わせておよそ3000人", "a total of
    # 12,000"), read as a later wave by a word of plan or "new" in its sentence, is the whole
    # deployment: the
    # sets label a sending told with a word of the sum right before it deployed 33 times in 35
    # (not the total of the sappers' and builders' wave, "военных строителей» общей
    # численностью пять тысяч": an engineers' noun before it; not "more", "another")
    start = row["start"]
    return row["metric"] == "additional_deployed" and row["status"] == "ok" \
        and row["relation"] != "additional" and not cues.engineers.search(
            low, max(0, start - 60), start) and not rules.engineers(
            cues, low, (start, row["end"], row["end"] + 60), "deployed") == "additional_deployed" \
        and bool(sum_before(cues.code, cues.spaced).search(low, max(0, start - 25), start))


def _wave(row: dict, how: str) -> dict:
    return dict(row, metric="additional_deployed", subject="north_korean_troops",
                why=f"{row['why']}; {how} {rules.LATER_WAVE_WHY}")


def _listed(low: str, a: dict, b: dict) -> bool:
    lo, hi = (a["end"], b["start"]) if a["end"] <= b["start"] else (b["end"], a["start"])
    return 0 <= hi - lo <= _LIST_REACH and not _DIGIT.search(low, lo, hi) \
        and not _STOP.search(low, lo, hi)


def wave_again(rows: list[dict]) -> list[dict]:
    """Read the workers told again with a count :func:`later_wave` moved as that wave.

    "North Korea to send 5,000 builders …" above "… Shoigu, who mentioned the deployment of
    5,000 construction workers and 1,000 North Korean sappers": the same reading of workers
    elsewhere in the article is the same people, the later wave, and a repeat of it.
    """
    moved = {r["best"] for r in rows if r["why"].endswith(rules.LATER_WAVE_WHY)
             and r["status"] == "ok"}
    if not moved:
        return rows
    return [_wave(r, "told again") if r["metric"] == "workers_sent" and r["status"] == "ok"
            and r["best"] in moved else r for r in rows]
