"""A learned second opinion on the claimant (issue 16, 16ml and 16mw2): measured, NOT wired in.

:func:`choose` is not called by the reader: wired in as ``figure_rows``' last stage with the
guards below (16mw2), it still broke documented same-sentence conventions and the score floors
of tuned rounds (it learned to overrule the *untuned* rules, not today's); see docs/articles.md,
"A learned claimant choice (16ml, 16mw2)".

The rules choose a claimant for every figure (:mod:`analysis.articles.claimants`,
:mod:`analysis.articles.carry`). On articles nobody tuned them for they are right for about 72 %
of the figures, most often wrong by saying "Unattributed" where the article names the source a
sentence or two away. This stage scores, for every figure, the candidates "Unattributed", the
rules' choice and every source the reader's mention finder saw in the article, with a conditional
logit over features of where each stands and what its sentence holds — nothing of the article's
words, outlet or language. When the model's best candidate is not the rules' and its probability
reaches the threshold, it replaces the rules' claimant and ``why`` says so ("claimant: learned
choice … over" the rules' reason).

The reader's documented conventions are guards, code over the candidates rather than weights
(:func:`allowed`, :func:`kept`): no source named only in a later sentence with figures of its
own, no North Korean leader who sends and says nothing, no joint claim the rules did not make;
a joint claim and a relayed source stay as the rules give them. Sources the rules reject for a
stated reason (an interviewer, a partner or captor, a quoted name, a country named alone) are
never candidates: the mention finder drops them before this stage sees its mentions.

The weights (``claimant_model.json``) are written by ``benchmarks/train_claimant_model.py`` from the
labelled article sets and the claimants the reader gave each round before any rule was written for
it (``tests/cases/articles/untuned_claimants.json``): trained on the rules' untuned mistakes, the
model learns when to overrule them on unseen text.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from analysis.articles.claimants import ACTOR, JOINT, MEDIA, UNATTRIBUTED

__all__ = ["Context", "choose", "features", "how_of", "load_model"]

WEIGHTS = Path(__file__).with_name("claimant_model.json")
_CUE_KINDS = ("attribution", "according", "relay", "impersonal")
_HOW = (("in the sentence", "sentence"), ("carried", "carried"), ("just before", "before"),
        ("next sentence", "after"), ("closing", "after"), ("headline", "headline"),
        ("refers back", "none"), ("no source", "none"))
_LINE = re.compile(r"\n")

Context = dict
"""What the reader saw of one article: ``named`` and ``carried`` (the claimant mentions of each
sentence, :func:`analysis.articles.carry.fill`'s input and output), ``sentences``, ``per`` (the
mentions of each sentence by kind), ``cands`` (the sentences holding candidate figures) and
``text`` (a tuple in the order of :data:`SEEN` will do; ``benchmarks/train_claimant_model.py``
captures them around ``carry.fill``)."""

SEEN = ("named", "carried", "sentences", "per", "cands", "text")


def how_of(why: str) -> str:
    """Return the kind of the rules' reason in a row's ``why`` (sentence, carried, before …)."""
    text = why.split("claimant:", 1)[-1]
    return next((k for words, k in _HOW if words in text), "other")


def _kind(value: str, kinds: dict[str, str]) -> str:
    if value == JOINT:
        return "joint"
    if value == MEDIA:
        return "media_own"
    if value == ACTOR:
        return "actor"
    return kinds.get(value, "other")


def mentions_of(seen: Context) -> list:
    """Every claimant mention the reader saw, as (sentence, mention), in order."""
    return sorted({(j, m) for key in ("named", "carried") for j, ms in enumerate(seen[key])
                   for m in ms}, key=lambda jm: (jm[0], jm[1].start, jm[1].value))


def paragraphs(seen: Context) -> list[int]:
    """Return the paragraph (line) of each sentence."""
    breaks = [m.start() for m in _LINE.finditer(seen["text"])]
    return [bisect.bisect_right(breaks, s0) for s0, _ in seen["sentences"]]


def features(value: str, where: tuple[int, int, int], seen: Context, mentions: list,
             kinds: dict[str, str], rules: tuple[str, str]) -> dict[str, float]:
    """Return the features of one candidate ``value`` for the figure at ``where``.

    ``where`` is the figure's sentence, start and end; ``mentions`` :func:`mentions_of`;
    ``kinds`` the claimants' kinds; ``rules`` the rules' claimant and :func:`how_of` kind.
    """
    index, start, _ = where
    per, cands, paras = seen["per"], seen["cands"], seen["paras"]
    rule, how = rules
    f: dict[str, float] = {}
    chosen = value == rule
    f["rules_chose"] = float(chosen)
    f[f"rules_chose_{how}"] = float(chosen)
    here = per.get(index, {})
    fig_cue = any(here.get(k) for k in _CUE_KINDS)
    if value == UNATTRIBUTED:
        f["none"] = 1.0
        f["none_fig_cue"] = float(fig_cue)
        f["none_named_here"] = float(any(j == index for j, _ in mentions))
        f["none_headline"] = float(index == 0)
        f["none_sources_0"] = float(not mentions)
        return f
    own = [(j, m) for j, m in mentions if m.value == value]
    if not own:
        f["unseen"] = 1.0
        return f
    # the nearest mention: before or in the figure's sentence first, else the first after
    before = [(j, m) for j, m in own if j <= index]
    j, m = (min(before, key=lambda jm: (index - jm[0], abs(jm[1].start - start))) if before
            else min(own, key=lambda jm: jm[0]))
    d = j - index
    f["d0" if d == 0 else "d-1" if d == -1 else "d-2" if d == -2 else "d-3_5" if -5 <= d <= -3
      else "d-6+" if d < -5 else "d+1" if d == 1 else "d+2+"] = 1.0
    if d == 0:
        f["before_in_sentence"] = float(m.end <= start)
    its = per.get(j, {})
    f["its_cue"] = float(any(its.get(k) for k in _CUE_KINDS))
    f["its_figures"] = float(j in cands and j != index)
    f["same_para"] = float(paras[j] == paras[index])
    f["headline"] = float(j == 0)
    f["lead"] = float(j == 1)
    lo, hi = (j, index) if j <= index else (index, j)
    between = {mm.value for jj, mm in mentions if lo < jj < hi and mm.value != value}
    if d == 0:
        a, b = sorted((m.end, start))
        between |= {mm.value for jj, mm in mentions if jj == index and a <= mm.start < b
                    and mm.value != value}
    f["other_between"] = float(bool(between))
    distinct = {mm.value for _, mm in mentions}
    f["only_source"] = float(len(distinct) == 1)
    f["log_sources"] = math.log(len(distinct))
    counts = Counter(mm.value for _, mm in mentions)
    f["most_named"] = float(counts[value] == max(counts.values()))
    f["named_first"] = float(min(mentions, key=lambda jm: (jm[0], jm[1].start))[1].value == value)
    f["carried_here"] = float(m.kind == "carried" and j == index)
    f["fig_cue"] = float(fig_cue)
    f["fig_named_other"] = float(any(jj == index and mm.value != value for jj, mm in mentions))
    f[f"kind_{_kind(value, kinds)}"] = 1.0
    return f


def allowed(value: str, index: int, seen: Context, mentions: list) -> bool:
    """Whether the reader's conventions let ``value`` be the source of sentence ``index``'s figure.

    Not a source named only in a later sentence that has figures of its own ("About 300 …
    killed. According to the NIS, 2,700 were wounded."), not North Korea's leader who sends and
    says nothing, not a joint claim the rules did not read.
    """
    if value in (ACTOR, JOINT):
        return False
    own = [j for j, m in mentions if m.value == value]
    return not own or min(own) <= index or min(own) not in seen["cands"]


def kept(row: dict, index: int, seen: Context) -> bool:
    """Whether the rules' claimant stays whatever the model says: a joint claim, a relay."""
    return row["claimant"] == JOINT or bool(seen["per"].get(index, {}).get("relay"))


def sentence_of(row: dict, seen: Context) -> int:
    """Return the sentence holding the row's figure."""
    return max(0, bisect.bisect_right([s for s, _ in seen["sentences"]], row["start"]) - 1)


def candidates(row: dict, seen: Context, mentions: list, kinds: dict[str, str],
               rules: tuple[str, str]) -> dict[str, dict[str, float]]:
    """Return the candidates of one row with their features.

    The candidates: ``Unattributed``, the rules' choice and every source the article names
    that the conventions allow (:func:`allowed`).
    """
    index = sentence_of(row, seen)
    # (a sentence naming no source takes one from another only where its language refers back:
    # carry.fill's call, docs/articles.md "Carried across sentences")
    values = sorted({m.value for j, m in mentions if allowed(m.value, index, seen, mentions)
                     and (j == index or rules[0] != UNATTRIBUTED)} | {UNATTRIBUTED, rules[0]})
    return {v: features(v, (index, row["start"], row["end"]), seen, mentions, kinds, rules)
            for v in values}


@lru_cache(maxsize=1)
def load_model() -> tuple[dict[str, float], float]:
    """Return the trained weights by feature and the threshold of an override."""
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return model["weights"], model["threshold"]


def best(feats: dict[str, dict[str, float]], weights: dict[str, float]) -> tuple[str, float]:
    """Return the best candidate under ``weights`` and its probability (ties: the first)."""
    scores = {v: sum(weights.get(k, 0.0) * x for k, x in f.items()) for v, f in feats.items()}
    top = max(scores.values())
    total = sum(math.exp(s - top) for s in scores.values())
    value = next(v for v, s in scores.items() if s == top)
    return value, 1.0 / total


def choose(rows: list[dict], seen: Context | tuple, kinds: dict[str, str]) -> list[dict]:
    """Return ``rows`` with the claimant the model is sure of where it differs from the rules'.

    ``seen`` is a :data:`Context` or its values in the order of :data:`SEEN`.
    """
    seen = seen if isinstance(seen, dict) else dict(zip(SEEN, seen, strict=True))
    if not rows or not seen.get("sentences"):
        return rows
    weights, threshold = load_model()
    seen = dict(seen, paras=paragraphs(seen))
    mentions = mentions_of(seen)
    out = []
    for row in rows:
        rule = row["claimant"]
        if not kept(row, sentence_of(row, seen), seen):
            value, p = best(candidates(row, seen, mentions, kinds, (rule, how_of(row["why"]))),
                            weights)
            if value != rule and p >= threshold:
                metric, _, reason = row["why"].partition("; claimant: ")
                row = dict(row, claimant=value, why=f"{metric}; claimant: learned choice of "
                                                    f"'{value}' ({p:.2f}) over {reason}")
        out.append(row)
    return out
