"""Would a small learned model choose the claimant better than the rules on unseen articles? (16ml)

Nothing here is part of the reader: it is the experiment behind a design decision (issue 16,
docs/articles.md, "A learned claimant choice, measured (16ml)"). The sets are named one by one
(never a glob: the session's untuned measurement must not be read):

* TRAIN: ``devset``, ``final_heldout`` and the rounds 16a … 16zh; features, the L2 weight and
  the override threshold are chosen by cross-validation grouped by set (leave one set out).
* TEST: rounds 16zi … 16zn, written after the rules and never tuned for; scored once per design.

For every labelled figure the reader finds, the candidates are "Unattributed", the reader's own
claimant and every source the reader's mention finder sees in the article (the per-sentence
claimants ``Claimants.resolve`` gives and the ones ``carry.fill`` carries, captured from inside
``figure_rows``). Each candidate gets language-free features of where it stands and what its
sentence holds (no words of the text). A conditional logit (softmax over the candidates, L2,
gradient descent in numpy) scores them; it overrides the reader only when its choice differs
and its probability is at least a threshold::

    python benchmarks/claimant_model_16ml.py            # all designs, folds and TEST

It prints the ceiling (the labelled claimant among the candidates), rules against model on the
folds and on TEST (claimant and every-field accuracy of the figures found, per language) and
the TEST figures fixed and broken.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from articles_devset import _close, _span  # noqa: E402

from analysis.articles import carry, reader  # noqa: E402
from analysis.articles.claimants import ACTOR, JOINT, MEDIA, load_claimants  # noqa: E402

SETS = ROOT / "tests" / "cases" / "articles"
NONE = "Unattributed"
TRAIN = ("devset", "final_heldout", *(f"round_16{s}" for s in (
    "a", "b", "e", "f", "g", "h", "i", "j", "k", "m", "q", "r", "s", "t", "u", "v", "w", "x", "y",
    "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh")))
TEST = tuple(f"round_16{s}" for s in ("zi", "zj", "zk", "zl", "zm", "zn"))
_CUE_KINDS = ("attribution", "according", "relay", "impersonal")
_HOW = (("in the sentence", "sentence"), ("carried", "carried"), ("just before", "before"),
        ("next sentence", "after"), ("closing", "after"), ("headline", "headline"),
        ("refers back", "none"), ("no source", "none"))


def _how(why: str) -> str:
    text = why.split("claimant:", 1)[-1]
    return next((k for words, k in _HOW if words in text), "other")


class _Capture:
    """Wrap ``carry.fill`` to keep what the reader saw of one article."""

    def __init__(self) -> None:
        self.real = carry.fill
        self.seen: dict = {}

    def __call__(self, named, low, code, sentences, context):
        out = self.real(named, low, code, sentences, context)
        self.seen = {"named": named, "carried": out, "sentences": sentences,
                     "per": context[1], "cands": context[2]}
        return out


def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    breaks = [m.start() for m in re.finditer(r"\n", text)]
    return [bisect.bisect_right(breaks, s0) for s0, _ in sentences]


def _kind(value: str, kinds: dict) -> str:
    if value == JOINT:
        return "joint"
    if value == MEDIA:
        return "media_own"
    if value == ACTOR:
        return "actor"
    return kinds.get(value, "other")


def _candidate_features(value: str, where: dict, seen: dict, mentions: list, kinds: dict,
                        rules: tuple[str, str]) -> dict[str, float]:
    index, start = where["index"], where["start"]
    para, per, cands = where["para"], seen["per"], seen["cands"]
    rule, how = rules
    f: dict[str, float] = {}
    chosen = value == rule
    f["rules_chose"] = float(chosen)
    f[f"rules_chose_{how}"] = float(chosen)
    here = per.get(index, {})
    fig_cue = any(here.get(k) for k in _CUE_KINDS)
    named_here = any(m_index == index for m_index, _ in mentions)
    if value == NONE:
        f["none"] = 1.0
        f["none_fig_cue"] = float(fig_cue)
        f["none_named_here"] = float(named_here)
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
    bin_ = ("d0" if d == 0 else "d-1" if d == -1 else "d-2" if d == -2 else
            "d-3_5" if -5 <= d <= -3 else "d-6+" if d < -5 else "d+1" if d == 1 else "d+2+")
    f[bin_] = 1.0
    if d == 0:
        f["before_in_sentence"] = float(m.end <= start)
    its = per.get(j, {})
    cue = any(its.get(k) for k in _CUE_KINDS)
    f["its_cue"] = float(cue)
    f["its_figures"] = float(j in cands and j != index)
    f["same_para"] = float(where["paras"][j] == para)
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


def examples(names: tuple[str, ...], untuned: Path | None = None) -> list[dict]:
    """Return one example per labelled figure the reader finds: candidates and features.

    With ``untuned`` (a folder of ``<set>.json``: the rows the reader gave each set before it
    was ever tuned for it, :func:`untuned_rows`), an example also holds ``alt``: the same
    candidates and features with the untuned reader's claimant and reason as "the rules'".
    """
    kinds = load_claimants().kind
    capture = _Capture()
    carry.fill = capture
    out = []
    try:
        for name in names:
            old_path = untuned / f"{name}.json" if untuned else None
            old = json.loads(old_path.read_text()) if old_path and old_path.exists() else None
            for article in yaml.safe_load((SETS / f"{name}.yml").read_text(encoding="utf-8")):
                text = article["text"]
                rows = reader.figure_rows(text, article["lang"], article.get("published"))
                seen = capture.seen
                sentences = seen.get("sentences", [])
                starts = [s for s, _ in sentences]
                paras = _paragraphs(text, sentences)
                mentions = sorted({(j, m) for key in ("named", "carried") if key in seen
                                   for j, ms in enumerate(seen[key]) for m in ms},
                                  key=lambda jm: (jm[0], jm[1].start, jm[1].value))
                gold = [(g, _span(text, g["text"])) for g in article["figures"]]
                used: set[int] = set()
                for row in rows:
                    hit = next((i for i, (_, s) in enumerate(gold) if i not in used
                                and row["start"] < s[1] and s[0] < row["end"]), None)
                    if hit is None:
                        hit = next((i for i, (g, _) in enumerate(gold) if i not in used and
                                    g["metric"] == row["metric"]
                                    and _close(row["best"], g["best"])), None)
                    if hit is None:
                        continue
                    used.add(hit)
                    g = gold[hit][0]
                    index = max(0, bisect.bisect_right(starts, row["start"]) - 1)
                    where = {"index": index, "start": row["start"], "end": row["end"],
                             "para": paras[index] if paras else 0, "paras": paras}
                    how = _how(row["why"])
                    values = sorted({m.value for _, m in mentions} | {NONE, row["claimant"]})
                    feats = {v: _candidate_features(v, where, seen, mentions, kinds,
                                                    (row["claimant"], how)) for v in values}
                    item = {"set": name, "lang": article["lang"], "id": article["id"],
                            "figure": row["figure_text"], "gold": g["claimant"],
                            "rules": row["claimant"], "how": how, "values": values,
                            "feats": feats, "others_right": row["metric"] == g["metric"]
                            and _close(row["best"], g["best"])}
                    then = next((r for r in (old or {}).get(article["id"], [])
                                 if r["start"] < row["end"] and row["start"] < r["end"]), None)
                    if then is not None:
                        old_how = _how(then["why"])
                        old_values = sorted(set(values) | {then["claimant"]})
                        item["alt"] = dict(item, rules=then["claimant"], how=old_how,
                                           values=old_values, feats={
                            v: _candidate_features(v, where, seen, mentions, kinds,
                                                   (then["claimant"], old_how))
                            for v in old_values})
                    out.append(item)
    finally:
        carry.fill = capture.real
    return out


def _matrix(example: dict, keys: list[str]) -> np.ndarray:
    return np.array([[example["feats"][v].get(k, 0.0) for k in keys] for v in example["values"]])


def _stack(items: list[dict], keys: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # every candidate of every item in one matrix; the rows where each item starts; its gold's row
    x = np.vstack([_matrix(e, keys) for e in items])
    sizes = np.array([len(e["values"]) for e in items])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gold = np.array([s + e["values"].index(e["gold"]) for s, e in zip(starts, items, strict=True)])
    return x, starts, gold


def train(items: list[dict], keys: list[str], l2: float, steps: int = 1500) -> np.ndarray:
    """Fit the conditional logit's weights on ``items`` whose gold is among the candidates."""
    items = [e for e in items if e["gold"] in e["values"]]
    x, starts, gold = _stack(items, keys)
    group = np.repeat(np.arange(len(items)), np.diff(np.append(starts, len(x))))
    w = np.zeros(len(keys))
    for _ in range(steps):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p /= np.add.reduceat(p, starts)[group]
        grad = x.T @ p - x[gold].sum(axis=0)
        w -= 0.5 * (grad / len(items) + l2 * w)
    return w


def predict(e: dict, keys: list[str], w: np.ndarray) -> tuple[str, float]:
    """Return the model's choice for ``e`` and its probability."""
    s = _matrix(e, keys) @ w
    p = np.exp(s - s.max())
    p /= p.sum()
    k = int(np.argmax(p))
    return e["values"][k], float(p[k])


def decide(e: dict, choice: tuple[str, float], threshold: float) -> str:
    """The model's claimant when it differs from the rules' and is sure enough; else the rules'."""
    value, prob = choice
    return value if value != e["rules"] and prob >= threshold else e["rules"]


def folds(items: list[dict], keys: list[str], l2: float) -> list[tuple[str, float]]:
    """The model's choice for every TRAIN item, trained on the other sets (leave one set out)."""
    choice: list[tuple[str, float]] = [("", 0.0)] * len(items)
    for name in sorted({e["set"] for e in items}):
        w = train([e for e in items if e["set"] != name], keys, l2)
        for i, e in enumerate(items):
            if e["set"] == name:
                choice[i] = predict(e, keys, w)
    return choice


def folds_on(items: list[dict], targets: list[dict], keys: list[str],
             l2: float) -> list[tuple[str, float]]:
    """The model's choice for every target, trained on the ``items`` of the other sets."""
    choice: list[tuple[str, float]] = [("", 0.0)] * len(targets)
    for name in sorted({e["set"] for e in targets}):
        w = train([e for e in items if e["set"] != name], keys, l2)
        for i, e in enumerate(targets):
            if e["set"] == name:
                choice[i] = predict(e, keys, w)
    return choice


def report(items: list[dict], claimants: list[str], label: str) -> dict[str, float]:
    """Print claimant and every-field accuracy per language; return the overall."""
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for e, c in zip(items, claimants, strict=True):
        for lang in (e["lang"], "all"):
            by[lang][0] += 1
            by[lang][1] += c == e["gold"]
            by[lang][2] += c == e["gold"] and e["others_right"]
    cells = "  ".join(f"{lang} {r / n:.2f}/{a / n:.2f}" for lang, (n, r, a) in sorted(by.items())
                      if lang != "all")
    n, r, a = by["all"]
    print(f"  {label:24} claimant {r / n:.3f}  every field {a / n:.3f}  (n={n})  [{cells}]")
    return {"claimant": r / n, "all": a / n}


def changes(items: list[dict], claimants: list[str]) -> Counter:
    """Count the model's overrides by kind: from / to Unattributed or a source, right or wrong."""
    out: Counter = Counter()
    for e, c in zip(items, claimants, strict=True):
        if c != e["rules"]:
            kind = ("none" if e["rules"] == NONE else "source") + " -> " + (
                "none" if c == NONE else "source")
            verdict = ("fixed" if c == e["gold"] else "broke" if e["rules"] == e["gold"]
                       else "still wrong")
            out[f"{kind} {verdict}"] += 1
    return out


def fixed_broken(items: list[dict], claimants: list[str]) -> tuple[int, int]:
    fixed = sum(c == e["gold"] != e["rules"] for e, c in zip(items, claimants, strict=True))
    broke = sum(c != e["gold"] == e["rules"] for e, c in zip(items, claimants, strict=True))
    return fixed, broke


DESIGNS = {
    # name: (which features, whose "rules' choice" the folds train and score on)
    "with the rules' choice": (lambda k: True, "now"),
    "the model alone": (lambda k: not k.startswith("rules_chose"), "now"),
    "with the untuned rules' choice": (lambda k: True, "untuned"),
}


def _cached(folder: Path | None, label: str, names: tuple[str, ...],
            untuned: Path | None) -> list[dict]:
    if folder is None:
        return examples(names, untuned)
    path = folder / f"{label}.pickle"
    if not path.exists():
        path.write_bytes(pickle.dumps(examples(names, untuned)))
    return pickle.loads(path.read_bytes())  # noqa: S301 (our own file)


def main() -> None:
    """Print the ceiling, then rules against model on the folds and on TEST, design by design."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-test", action="store_true", help="the folds only")
    parser.add_argument("--verbose", action="store_true", help="every L2 and threshold")
    parser.add_argument("--untuned", type=Path, help="the untuned readers' rows (untuned_rows)")
    parser.add_argument("--cache", type=Path, help="a folder keeping the examples between runs")
    args = parser.parse_args()
    train_items = _cached(args.cache, "train", TRAIN, args.untuned)
    test_items = [] if args.no_test else _cached(args.cache, "test", TEST, None)
    for label, items in (("TRAIN", train_items), ("TEST", test_items)):
        if not items:
            continue
        inside = sum(e["gold"] in e["values"] for e in items)
        unseen = Counter(e["gold"] for e in items if e["gold"] not in e["values"])
        print(f"{label}: {len(items)} figures found; labelled claimant among the candidates "
              f"{inside / len(items):.3f} (mean {np.mean([len(e['values']) for e in items]):.1f}"
              f" candidates); rules right {np.mean([e['rules'] == e['gold'] for e in items]):.3f}")
        print(f"  labelled claimants no candidate holds: {unseen.most_common(6)}")
    thresholds = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
    for design, (keep, rules) in DESIGNS.items():
        items = train_items if rules == "now" else [e["alt"] for e in train_items if "alt" in e]
        if not items:
            continue
        keys = sorted({k for e in items for f in e["feats"].values() for k in f if keep(k)})
        print(f"\n== {design} ({len(keys)} features; folds on {len(items)} figures, "
              f"{len({e['set'] for e in items})} sets)")
        best = None
        for l2 in (0.003, 0.03, 0.3):
            choice = folds(items, keys, l2)
            for t in thresholds:
                claim = [decide(e, c, t) for e, c in zip(items, choice, strict=True)]
                right = np.mean([c == e["gold"] for e, c in zip(items, claim, strict=True)])
                fx, br = fixed_broken(items, claim)
                if args.verbose:
                    print(f"  folds l2={l2} threshold {t}: claimant {right:.3f} (fixed {fx}, "
                          f"broke {br})")
                # precision first: a figure broken counts twice a figure fixed
                if best is None or fx - 2 * br > best[0]:
                    best = (fx - 2 * br, l2, t, claim)
        assert best is not None
        _, l2, t, claim = best
        print(f"  chosen on the folds: l2={l2} threshold {t}")
        report(items, [e["rules"] for e in items], "folds, rules")
        report(items, claim, "folds, model")
        print(f"  folds fixed / broke: {fixed_broken(items, claim)}  "
              f"{dict(changes(items, claim))}")
        if rules == "untuned":
            # the same model (trained on the other sets' untuned choices) over today's rules
            now = [decide(e, c, t) for e, c in zip(train_items, folds_on(
                items, train_items, keys, l2), strict=True)]
            report(train_items, [e["rules"] for e in train_items], "folds, today's rules")
            report(train_items, now, "folds, model on today's")
            print(f"  fixed / broke: {fixed_broken(train_items, now)}  "
                  f"{dict(changes(train_items, now))}")
        w = train(items, keys, l2)
        ranked = sorted(zip(keys, w, strict=True), key=lambda kv: -abs(kv[1]))
        print("  weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in ranked))
        if args.no_test:
            continue
        claim = [decide(e, predict(e, keys, w), t) for e in test_items]
        report(test_items, [e["rules"] for e in test_items], "TEST, rules")
        report(test_items, claim, "TEST, model")
        print(f"  TEST fixed / broke: {fixed_broken(test_items, claim)}  "
              f"{dict(changes(test_items, claim))}")


if __name__ == "__main__":
    main()
