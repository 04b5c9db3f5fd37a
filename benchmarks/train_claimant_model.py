"""Train the claimant model's weights (benchmarks/claimant_model.json) deterministically.

The model (``benchmarks/claimant_model.py``, issue 16, helpers 16ml and 16mw2) learns when
to overrule the rules' claimant on text the rules were not written for. Its training examples are
the labelled figures of every development round (``devset`` aside: it has no untuned reading) that
the reader finds, with the claimant the reader gave each round *before any rule was written for
it* (``tests/cases/articles/untuned_claimants.json``) as "the rules' choice", and the candidates
and features of today's mention finder (captured around ``carry.fill``; the conventions'
guards, ``claimant_model.allowed``, drop candidates)::

    python benchmarks/train_claimant_model.py             # writes the weights
    python benchmarks/train_claimant_model.py --check     # fails if they would change
    python benchmarks/train_claimant_model.py --folds     # leave-one-round-out: rules vs model
    python benchmarks/train_claimant_model.py --untuned   # adds missing rounds' untuned readings

``--untuned`` runs, for every round not yet in the file (delete it to rebuild all), the reader of
the commit before the one that added the round, or of ``READ_AT``'s commit for the rounds no rule
was written for (``git archive`` of ``src`` and ``data`` into a temporary folder); it needs the
repository's history and takes a few minutes. ``--folds`` trains on all rounds but one and
scores that one, for every round, at every threshold of ``THRESHOLDS``; the threshold written
(:func:`threshold`) is the one whose folds fix most with a broken figure counting twice a fixed
one.
The rounds 16zo-16zr (the session's untuned measurement) are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from articles_devset import _close, _span, load_yaml  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import claimant_model  # noqa: E402
import untuned_reader  # noqa: E402

from analysis.articles import carry  # noqa: E402
from analysis.articles.claimants import load_claimants  # noqa: E402
from analysis.articles.reader import figure_rows  # noqa: E402

SETS = ROOT / "tests" / "cases" / "articles"
UNTUNED = SETS / "untuned_claimants.json"
ROUNDS = ("final_heldout", *(f"round_16{s}" for s in (
    "a", "b", "e", "f", "g", "h", "i", "j", "k", "m", "q", "r", "s", "t", "u", "v", "w", "x", "y",
    "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl", "zm", "zn")))
# rounds no rule was written for: read by the reader of the day they were added to training
READ_AT = dict.fromkeys((f"round_16{s}" for s in ("zi", "zj", "zk", "zl", "zm", "zn")),
                        "9cdeffb1068e312c8f14c3644af142c1d879d8b2")
L2, STEPS = 0.003, 1500
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
_RUN = """
import json, sys
from pathlib import Path
import yaml
from analysis.articles import extract_figures
out = {}
for a in yaml.load(Path(sys.argv[1]).read_text(encoding="utf-8"),
                 Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    rows = extract_figures(a["text"], a["lang"], a.get("published"))
    out[a["id"]] = [{"start": int(r.start), "end": int(r.end), "claimant": r.claimant,
                     "why": r.why} for r in rows.itertuples()]
print(json.dumps(out))
"""


def untuned(have: dict) -> dict:
    """Read every round not in ``have`` with the reader of the day before any rule for it."""
    out = dict(have)
    with tempfile.TemporaryDirectory() as tmp:
        for name in (n for n in ROUNDS if n not in have):
            before = READ_AT.get(name) or untuned_reader.commit_before(name)
            articles = untuned_reader.read_at(before, name, _RUN, Path(tmp))
            if articles is None:
                raise SystemExit(f"{name}: the reader of {before[:10]} failed")
            out[name] = {"commit": before, "articles": articles}
    return out


def _seen(text: str, lang: str, published: str | None) -> tuple[list[dict], dict]:
    # the reader's rows and what it saw (``claimant_model.Context``): carry.fill's arguments
    real, seen = carry.fill, {}

    def capture(named, low, code, sentences, context):  # noqa: ANN001, ANN202
        out = real(named, low, code, sentences, context)
        seen.update(named=named, carried=out, sentences=sentences, per=context[1],
                    cands=context[2], text=context[3])
        return out

    carry.fill = capture
    try:
        rows = figure_rows(text, lang, published)
    finally:
        carry.fill = real
    return rows, seen


def examples(old: dict) -> list[dict]:
    """One example per labelled figure found today that the untuned reader found too.

    Each holds its round, the candidates' features, the labelled claimant, the untuned rules'
    claimant, whether the conventions keep it (``claimant_model.kept``) and whether every other
    field is right.
    """
    out = []
    kinds = load_claimants().kind
    for name in ROUNDS:
        then_rows = old[name]["articles"]
        for article in load_yaml(SETS / f"{name}.yml"):
            text = article["text"]
            rows, seen = _seen(text, article["lang"], article.get("published"))
            if not seen.get("sentences"):
                continue
            seen = dict(seen, paras=claimant_model.paragraphs(seen))
            mentions = claimant_model.mentions_of(seen)
            gold = [(g, _span(text, g["text"])) for g in article["figures"]]
            used: set[int] = set()
            for row in rows:
                hit = next((i for i, (_, s) in enumerate(gold) if i not in used
                            and row["start"] < s[1] and s[0] < row["end"]), None)
                if hit is None:
                    hit = next((i for i, (g, _) in enumerate(gold) if i not in used and
                                g["metric"] == row["metric"] and _close(row["best"], g["best"])),
                               None)
                if hit is None:
                    continue
                used.add(hit)
                then = next((r for r in then_rows.get(article["id"], [])
                             if r["start"] < row["end"] and row["start"] < r["end"]), None)
                if then is None:
                    continue
                rules = (then["claimant"], claimant_model.how_of(then["why"]))
                feats = claimant_model.candidates(row, seen, mentions, kinds, rules)
                g = gold[hit][0]
                kept = claimant_model.kept(dict(row, claimant=rules[0]),
                                           claimant_model.sentence_of(row, seen), seen)
                out.append({"set": name, "feats": feats, "gold": g["claimant"],
                            "rules": rules[0], "kept": kept,
                            "others": row["metric"] == g["metric"] and _close(row["best"],
                                                                               g["best"])})
    return out


def train(items: list[dict]) -> dict[str, float]:
    """Fit the conditional logit (softmax over each figure's candidates, L2, gradient descent).

    Only the figures whose labelled claimant is among their candidates teach it.
    """
    items = [e for e in items if e["gold"] in e["feats"]]
    keys = sorted({k for e in items for f in e["feats"].values() for k in f})
    blocks = [np.array([[f.get(k, 0.0) for k in keys] for f in e["feats"].values()])
              for e in items]
    x = np.vstack(blocks)
    sizes = np.array([len(b) for b in blocks])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gold = np.array([s + list(e["feats"]).index(e["gold"]) for s, e in zip(starts, items,
                                                                             strict=True)])
    group = np.repeat(np.arange(len(items)), sizes)
    w = np.zeros(len(keys))
    for _ in range(STEPS):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p /= np.add.reduceat(p, starts)[group]
        w -= 0.5 * ((x.T @ p - x[gold].sum(axis=0)) / len(items) + L2 * w)
    return {k: round(float(v), 4) for k, v in zip(keys, w, strict=True) if round(float(v), 4)}


def folds(items: list[dict]) -> dict[float, list[str]]:
    """Return, for every threshold, each item's claimant with the model trained without its round.

    The rules' claimant where the model is not sure enough or the conventions keep it.
    """
    out: dict[float, list[str]] = {t: [e["rules"] for e in items] for t in THRESHOLDS}
    for name in ROUNDS:
        weights = train([e for e in items if e["set"] != name])
        for i, e in enumerate(items):
            if e["set"] == name and not e["kept"]:
                value, p = claimant_model.best(e["feats"], weights)
                for t in THRESHOLDS:
                    out[t][i] = value if value != e["rules"] and p >= t else e["rules"]
    return out


def threshold(items: list[dict], chosen: dict[float, list[str]]) -> float:
    """Return the threshold whose folds fix most, a broken one counting twice (ties: higher)."""
    def gain(t: float) -> int:
        fixed = sum(c == e["gold"] != e["rules"] for e, c in zip(items, chosen[t], strict=True))
        broke = sum(c != e["gold"] == e["rules"] for e, c in zip(items, chosen[t], strict=True))
        return fixed - 2 * broke

    return max(THRESHOLDS, key=lambda t: (gain(t), t))


def score(items: list[dict], chosen: list[str]) -> str:
    """Claimant and every-field accuracy, fixed and broken against the rules."""
    pairs = list(zip(items, chosen, strict=True))
    right = sum(c == e["gold"] for e, c in pairs)
    every = sum(c == e["gold"] and e["others"] for e, c in pairs)
    fixed = sum(c == e["gold"] != e["rules"] for e, c in pairs)
    broke = sum(c != e["gold"] == e["rules"] for e, c in pairs)
    return (f"claimant {right / len(pairs):.3f} every field {every / len(pairs):.3f} "
            f"fixed {fixed} broken {broke} (n={len(pairs)})")


def report(items: list[dict]) -> None:
    """Print the folds: the rules, then the model at every threshold, overall and per round."""
    rules = [e["rules"] for e in items]
    print(f"rules          {score(items, rules)}")
    chosen = folds(items)
    for t, c in chosen.items():
        print(f"model >= {t:.2f}  {score(items, c)}")
    best = threshold(items, chosen)
    print(f"chosen threshold {best}")
    for name in ROUNDS:
        idx = [i for i, e in enumerate(items) if e["set"] == name]
        part = [items[i] for i in idx]
        print(f"  {name:14} rules {score(part, [rules[i] for i in idx])}"
              f"\n  {'':14} model {score(part, [chosen[best][i] for i in idx])}")


def main() -> None:
    """Write (or check) the weights; with ``--untuned``, first rebuild the untuned readings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the weights would change")
    parser.add_argument("--untuned", action="store_true", help="add the missing untuned readings")
    parser.add_argument("--folds", action="store_true", help="leave-one-round-out scores")
    args = parser.parse_args()
    have = json.loads(UNTUNED.read_text(encoding="utf-8")) if UNTUNED.exists() else {}
    if args.untuned:
        have = untuned(have)
        UNTUNED.write_text(json.dumps(have, ensure_ascii=False, indent=0, sort_keys=True)
                           + "\n", encoding="utf-8")
    items = examples(have)
    if args.folds:
        report(items)
        return
    model = {"trained_on": sum(e["gold"] in e["feats"] for e in items), "l2": L2,
             "threshold": threshold(items, folds(items)), "steps": STEPS,
             "weights": train(items)}
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if args.check:
        sys.exit(0 if claimant_model.WEIGHTS.read_text(encoding="utf-8") == text else
                 "the trained weights differ from claimant_model.json")
    claimant_model.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"{model['trained_on']} of {len(items)} figures; threshold {model['threshold']}; "
          f"{len(model['weights'])} weights -> {claimant_model.WEIGHTS}")


if __name__ == "__main__":
    main()
