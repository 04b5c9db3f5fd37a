"""Would a learned gate over the figure engine's status fix its misses on unseen rounds? (issue 17)

Most of the engine's misses on a fresh round are the status: a phrase labelled ``unparsed`` (no
single reported count) that the engine reads, or the reverse. This script asks whether a text
classifier of the *label's* status, trained on the labelled rounds up to ``--train-max``, could
overrule the engine on later rounds: it flips a read row to ``unparsed`` when the classifier's
probability of ``unparsed`` reaches a threshold, and counts the rows that flip fixes and breaks::

    python benchmarks/try_status_gate.py                       # train on rounds <= 50, test 51-54
    python benchmarks/try_status_gate.py --train-max 46 --test 47 48 49 50
    python benchmarks/try_status_gate.py --with-engine         # the engine's own status as features

Features: character 2-4-grams of the phrase (lowercased, digits as ``0``, the language code in
front), TF-IDF, logistic regression; with ``--with-engine`` also the engine's status and qualifier.
It needs scikit-learn, which is no dependency of the project (``pip install scikit-learn`` in a
scratch environment): the answer is a measurement, not a stage. The answer
(docs/figures_evaluation.md, "A learned status gate, measured and not built"): the classifier
reads the status of unseen rounds about as well as always saying ``ok``, far below the engine,
and fixes next to nothing.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from figure_sets import read_right  # noqa: E402

from analysis.figures import parse_figure  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def labelled_rows() -> list[dict]:
    """Read every labelled figure round with the engine's reading of each row."""
    rows = []
    for path in sorted((ROOT / "tests" / "cases").glob("figures_round*.csv")):
        number = int(re.search(r"round(\d+)", path.name).group(1))
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                figure = parse_figure(row["phrase"], lang=row["lang"])
                rows.append({"round": number, "text": _text(row), "label": row["status"],
                             "status": figure.status, "qualifier": figure.qualifier,
                             "right": read_right(row)})
    return rows


def _text(row: dict[str, str]) -> str:
    return f"{row['lang']} " + re.sub(r"\d", "0", row["phrase"].lower())


def main(argv: list[str] | None = None) -> None:
    """Train on the early rounds, gate the later ones, print fixes and breaks per threshold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-max", type=int, default=50)
    parser.add_argument("--test", type=int, nargs="+", default=[51, 52, 53, 54])
    parser.add_argument("--with-engine", action="store_true")
    args = parser.parse_args(argv)
    try:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("try_status_gate: needs scikit-learn (pip install scikit-learn), "
                 "which is no dependency of the project")
    rows = labelled_rows()
    train = [r for r in rows if r["round"] <= args.train_max]
    test = [r for r in rows if r["round"] in args.test]
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)

    def features(part: list[dict], fit: bool):
        words = (vectors.fit_transform if fit else vectors.transform)([r["text"] for r in part])
        if not args.with_engine:
            return words
        engine = np.array([[r["status"] == "unparsed", r["qualifier"] == "vague",
                            r["qualifier"] == "exact"] for r in part], float)
        return hstack([words, csr_matrix(engine * 3)]).tocsr()

    model = LogisticRegression(C=4.0, max_iter=2000)
    model.fit(features(train, True), np.array([r["label"] == "unparsed" for r in train]))
    unparsed = model.predict_proba(features(test, False))[:, 1]
    truth = np.array([r["label"] == "unparsed" for r in test])
    print(f"trained on {len(train)} rows (rounds <= {args.train_max}), tested on {len(test)}; "
          f"the engine reads {sum(r['right'] for r in test)} right")
    engine = np.array([r["status"] == "unparsed" for r in test])
    print(f"status right: classifier {((unparsed >= 0.5) == truth).mean():.3f}, engine "
          f"{(engine == truth).mean():.3f}, "
          f"always ok {1 - truth.mean():.3f}")
    for threshold in THRESHOLDS:
        flipped = [r for r, p in zip(test, unparsed, strict=True)
                   if r["status"] != "unparsed" and p >= threshold]
        fixed = sum(r["label"] == "unparsed" for r in flipped)
        broken = sum(r["label"] != "unparsed" and r["right"] for r in flipped)
        print(f"p >= {threshold}: flips {len(flipped)}, fixes {fixed}, breaks {broken}")


if __name__ == "__main__":
    main()
