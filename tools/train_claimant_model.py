"""Train the claimant model's weights (src/analysis/articles/claimant_model.json) deterministically.

The model (:mod:`analysis.articles.claimant_model`, issue 16, helper 16ml) learns when to overrule
the rules' claimant on text the rules were not written for. Its training examples are the
labelled figures of the TRAIN sets (``devset`` aside: it has no untuned reading) that the reader
finds, with the claimant the reader gave each round *before any rule was written for it*
(``tests/cases/articles/untuned_claimants.json``) as "the rules' choice", and the candidates and
features of today's mention finder::

    python tools/train_claimant_model.py             # writes the weights
    python tools/train_claimant_model.py --check     # fails if they would change
    python tools/train_claimant_model.py --untuned   # rebuilds untuned_claimants.json from git

``--untuned`` runs, for every round, the reader of the commit before the one that added the round
(``git archive`` of ``src`` and ``data`` into a temporary folder); it needs the repository's
history and takes a few minutes. L2 and the override threshold were chosen by leave-one-set-out
cross-validation (``benchmarks/claimant_model_16ml.py``); the rounds 16zi-16zn are never read here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from articles_devset import _close, _span  # noqa: E402

from analysis.articles import carry, claimant_model  # noqa: E402
from analysis.articles.claimants import load_claimants  # noqa: E402
from analysis.articles.reader import figure_rows  # noqa: E402

SETS = ROOT / "tests" / "cases" / "articles"
UNTUNED = SETS / "untuned_claimants.json"
ROUNDS = ("final_heldout", *(f"round_16{s}" for s in (
    "a", "b", "e", "f", "g", "h", "i", "j", "k", "m", "q", "r", "s", "t", "u", "v", "w", "x", "y",
    "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh")))
L2, THRESHOLD, STEPS = 0.003, 0.7, 1500
_RUN = """
import json, sys
from pathlib import Path
import yaml
from analysis.articles import extract_figures
out = {}
for a in yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8")):
    rows = extract_figures(a["text"], a["lang"], a.get("published"))
    out[a["id"]] = [{"start": int(r.start), "end": int(r.end), "claimant": r.claimant,
                     "why": r.why} for r in rows.itertuples()]
print(json.dumps(out))
"""


def untuned() -> dict:
    """Read every round with the reader of the commit before the round was added."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ROUNDS:
            path = f"tests/cases/articles/{name}.yml"
            added = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A",
                                    "--format=%H", "--", path], capture_output=True, text=True,
                                   check=True).stdout.split()[-1]
            before = subprocess.run(["git", "-C", str(ROOT), "rev-parse", f"{added}^"],
                                    capture_output=True, text=True, check=True).stdout.strip()
            tree = Path(tmp) / before
            if not tree.exists():
                tree.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", before, "src",
                                          "data"], capture_output=True, check=True).stdout
                subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            read = subprocess.run(
                [sys.executable, "-c", _RUN, str(SETS / f"{name}.yml")], capture_output=True,
                text=True, check=True, env={"PYTHONPATH": str(tree / "src"),
                                            "ANALYSIS_ROOT": str(tree), "PATH": "/usr/bin:/bin"})
            out[name] = {"commit": before, "articles": json.loads(read.stdout)}
            print(f"{name}: read at {before[:10]}", file=sys.stderr)
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
    """One example per labelled figure found today that the untuned reader found too."""
    out = []
    kinds = load_claimants().kind
    for name in ROUNDS:
        then_rows = old[name]["articles"]
        for article in yaml.safe_load((SETS / f"{name}.yml").read_text(encoding="utf-8")):
            text = article["text"]
            rows, seen = _seen(text, article["lang"], article.get("published"))
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
                if gold[hit][0]["claimant"] in feats:
                    out.append({"feats": feats, "gold": gold[hit][0]["claimant"]})
    return out


def train(items: list[dict]) -> dict[str, float]:
    """Fit the conditional logit (softmax over each figure's candidates, L2, gradient descent)."""
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


def main() -> None:
    """Write (or check) the weights; with ``--untuned``, first rebuild the untuned readings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the weights would change")
    parser.add_argument("--untuned", action="store_true", help="rebuild the untuned readings")
    args = parser.parse_args()
    if args.untuned:
        UNTUNED.write_text(json.dumps(untuned(), ensure_ascii=False, indent=0, sort_keys=True)
                           + "\n", encoding="utf-8")
    items = examples(json.loads(UNTUNED.read_text(encoding="utf-8")))
    model = {"trained_on": len(items), "l2": L2, "threshold": THRESHOLD, "steps": STEPS,
             "weights": train(items)}
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if args.check:
        sys.exit(0 if claimant_model.WEIGHTS.read_text(encoding="utf-8") == text else
                 "the trained weights differ from claimant_model.json")
    claimant_model.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"{len(items)} figures; {len(model['weights'])} weights -> {claimant_model.WEIGHTS}")


if __name__ == "__main__":
    main()
