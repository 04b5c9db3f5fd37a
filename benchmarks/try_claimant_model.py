"""Measure whether a small trained model would choose claimants better than the reader's rules.

Nothing here is part of the reader: it is the experiment behind a design decision (issue 16,
docs/articles.md, "A trained claimant model, measured"). For every labelled figure the reader
finds (every labelled article set except the ones named with ``--skip``), the candidates are
"Unattributed", the reader's own claimant and every claimant the text names; each candidate gets
language-free features of where it stands (its sentence's distance from the figure's, before
or after it in the sentence, an attribution word next to it or in its sentence, the headline,
how often and whether first the text names it, its rank by nearness) and, optionally, whether
the rules chose it. A conditional logit (softmax over the candidates, L2, plain gradient
descent in numpy) is trained on all sets but one and scored on that one, for every set::

    .venv/bin/python benchmarks/try_claimant_model.py            # with the rules' choice
    .venv/bin/python benchmarks/try_claimant_model.py --no-rule  # the model alone

It prints, per held-out set, the share of claimants right by the rules and by the model.
"""

from __future__ import annotations

import argparse
import bisect
import math
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from articles_devset import _span  # noqa: E402

from analysis.articles import abbrev, order, rules  # noqa: E402
from analysis.articles.claimants import ACTOR, load_claimants  # noqa: E402
from analysis.articles.cues import compile_cues, lower, resolve_overlaps  # noqa: E402
from analysis.articles.reader import _known, figure_rows, split_sentences  # noqa: E402

SETS = ROOT / "tests" / "cases" / "articles"
NONE = "Unattributed"
_ATTRIBUTION = ("attribution", "according", "attribution_next", "relay")


def _names(text: str, code: str) -> tuple[list, list, list]:
    # the claimants the text names and its attribution words, found as the reader finds them
    cues, names = compile_cues(code), load_claimants()
    low = lower(text)
    present = cues.present(low)
    found = {k: resolve_overlaps(cues.find(low, k, present)) for k in (*_ATTRIBUTION, "troops")}
    named = [m for m in abbrev.named(names, (text, low), cues, code, present)
             if not order.owner_only(m, found["troops"], low)]
    named, countries = rules.countries(cues.find(low, "country", present), named,
                                       found["attribution"], (low, cues), found["according"])
    words = [m for k in _ATTRIBUTION for m in found[k]]
    return split_sentences(text, cues.months), named + countries, words


def _features(where: tuple[int, int, int], value: str, named: list, sentences: list,
              words: list, first: str | None) -> dict[str, float]:
    start, end, index = where
    starts = [s for s, _ in sentences]

    def sentence(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    if value == NONE:
        return {"unattributed": 1.0,
                "u_named_here": float(any(sentence(m.start) == index for m in named)),
                "u_named_before": float(any(0 < index - sentence(m.start) <= 2 for m in named)),
                "u_words_here": float(any(sentence(w.start) == index for w in words))}
    mentions = [m for m in named if m.value == value]
    if not mentions:
        return {"not_named": 1.0}
    before = [m for m in mentions if sentence(m.start) <= index]
    m = min(before, key=lambda m: (index - sentence(m.start), abs(m.start - start))) \
        if before else min(mentions, key=lambda m: sentence(m.start))
    gap = index - sentence(m.start)
    f = {{0: "d0", 1: "d1", 2: "d2"}.get(gap, "d3_5" if 3 <= gap <= 5 else
                                            "d6+" if gap > 5 else "after"): 1.0}
    if gap == 0:
        f["before_in_sentence"] = float(m.end <= start)
        f["after_in_sentence"] = float(m.start >= end)
    f["words_in_its_sentence"] = float(any(sentence(w.start) == sentence(m.start) for w in words))
    f["words_next_to_it"] = float(any(-40 < w.start - m.end < 40 or -40 < m.start - w.end < 40
                                      for w in words))
    f["headline"] = float(sentence(m.start) == 0)
    counts = {v: sum(n.value == v for n in named) for v in {n.value for n in named}}
    f["log_count"] = math.log1p(counts[value])
    f["most_named"] = float(counts[value] == max(counts.values()))
    f["named_first"] = float(value == first)
    f["actor"] = float(value == ACTOR)
    return f


def examples(paths: list[Path]) -> list[dict]:
    """Return one example per labelled figure the reader finds: candidates and features."""
    out = []
    for path in paths:
        for article in yaml.safe_load(path.read_text(encoding="utf-8")):
            text = article["text"]
            sentences, named, words = _names(text, _known(article["lang"]))
            starts = [s for s, _ in sentences]
            first = min(named, key=lambda m: m.start).value if named else None
            gold = [(g, _span(text, g["text"])) for g in article["figures"]]
            used: set[int] = set()
            for row in figure_rows(text, article["lang"], article.get("published")):
                hit = next((i for i, (_, s) in enumerate(gold) if i not in used
                            and row["start"] < s[1] and s[0] < row["end"]), None)
                if hit is None:
                    continue
                used.add(hit)
                index = max(0, bisect.bisect_right(starts, row["start"]) - 1)
                values = sorted({m.value for m in named} | {NONE, row["claimant"]})
                feats = {v: _features((row["start"], row["end"], index), v, named, sentences,
                                      words, first) for v in values}
                for v in values:
                    feats[v]["rules_chose_it"] = float(v == row["claimant"])
                out.append({"set": path.stem, "gold": gold[hit][0]["claimant"],
                            "rules": row["claimant"], "values": values, "feats": feats})
    return out


def _matrix(example: dict, keys: list[str]) -> np.ndarray:
    return np.array([[example["feats"][v].get(k, 0.0) for k in keys] for v in example["values"]])


def train(items: list[dict], keys: list[str], l2: float = 0.1, steps: int = 300) -> np.ndarray:
    """Fit the conditional logit's weights on ``items`` (their gold among the candidates)."""
    data = [(_matrix(e, keys), e["values"].index(e["gold"])) for e in items
            if e["gold"] in e["values"]]
    w = np.zeros(len(keys))
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            grad += x.T @ (p / p.sum()) - x[y]
        w -= 0.5 * (grad / len(data) + l2 * w)
    return w


def main() -> None:
    """Print the rules' and the model's share of right claimants, set by set held out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-rule", action="store_true", help="the model without the rules")
    parser.add_argument("--skip", nargs="*", default=["round_16u", "round_16v"],
                        help="sets left out (the session's untuned measurement)")
    args = parser.parse_args()
    paths = [p for p in sorted(SETS.glob("*.yml"))
             if (p.stem == "devset" or p.stem.startswith(("round_", "final_")))
             and p.stem not in args.skip]
    items = examples(paths)
    keys = sorted({k for e in items for f in e["feats"].values() for k in f
                   if not (args.no_rule and k == "rules_chose_it")})
    right = {"rules": 0, "model": 0}
    for name in sorted({e["set"] for e in items}):
        test = [e for e in items if e["set"] == name]
        w = train([e for e in items if e["set"] != name], keys)
        model = sum(e["values"][int(np.argmax(_matrix(e, keys) @ w))] == e["gold"] for e in test)
        by_rules = sum(e["rules"] == e["gold"] for e in test)
        right["rules"] += by_rules
        right["model"] += model
        print(f"{name:15} {len(test):4} figures  rules {by_rules / len(test):.3f}  "
              f"model {model / len(test):.3f}")
    n = len(items)
    print(f"{'all':15} {n:4} figures  rules {right['rules'] / n:.3f}  "
          f"model {right['model'] / n:.3f}")


if __name__ == "__main__":
    main()
