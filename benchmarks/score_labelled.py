"""Score the readers on the labelled sets, dump every row, and compare two trees' dumps.

The measurement of issues 16 and 17 as a session runs it: the labelled article sets
(``tests/cases/articles``: ``devset.yml``, ``final_heldout.yml``, ``round_16*.yml``) and the
figure rounds (``tests/cases/figures_round*.csv``), scored on one tree, then compared with
another tree's dump (the session's start, compiled in its own worktree):

    PYTHONPATH=<tree>/src ANALYSIS_ROOT=<tree> python benchmarks/score_labelled.py articles \\
        --dump /tmp/a.json [--only round_16zy7.yml ...] [--skip round_16zz8.yml ...]
    PYTHONPATH=<tree>/src ANALYSIS_ROOT=<tree> python benchmarks/score_labelled.py figures \\
        --dump /tmp/f.json [--only figures_round43.csv ...] [--skip figures_round45.csv ...]
    python benchmarks/score_labelled.py diff /tmp/start.json /tmp/end.json [--totals]

``--skip`` keeps a session's untuned measurement out of what rule writers see; ``--totals``
prints only the scores, so that a held-out round can be scored without its rows being read.
The scores are those of ``tests/articles_devset.py`` (precision, recall and the fields of
matched figures) and ``tests/figure_sets.py`` (a row is right when every field of its label
is read).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

CASES = ROOT / "tests" / "cases"
LANGS = ("en", "de", "fr", "es", "ru", "uk", "ko", "ja")


def article_sets(only: list[str], skip: list[str]) -> list[str]:
    """Return the names of the labelled article sets, ``only`` those if given, less ``skip``."""
    names = only or ["devset.yml", "final_heldout.yml",
                     *sorted(p.name for p in (CASES / "articles").glob("round_16*.yml"))]
    return [n for n in names if n not in skip]


def score_articles(names: list[str]) -> dict:
    """Return the scores of every set, of all together and by language, and every row read."""
    from articles_devset import load_yaml, score

    from analysis.articles import extract_figures

    out: dict = {"scores": {}, "rows": {}}
    every: list[dict] = []
    for name in names:
        articles = load_yaml(CASES / "articles" / name)
        every += articles
        out["scores"][name] = score(articles)["all"]
        for a in articles:
            found = extract_figures(a["text"], a["lang"], a.get("published"))
            out["rows"][f"{name}:{a['id']}"] = [
                [r.figure_text, r.metric, r.claimant, None if math.isnan(r.best) else r.best]
                for r in found.itertuples()]
    together = score(every)
    out["scores"]["ALL"] = together["all"]
    out["scores"].update({f"ALL-{code}": together[code] for code in LANGS if code in together})
    return out


def figure_rounds(only: list[str], skip: list[str]) -> list[str]:
    """Return the names of the figure rounds, ``only`` those if given, less ``skip``."""
    names = only or sorted(p.name for p in CASES.glob("figures_round*.csv"))
    return [n for n in names if n not in skip]


def score_figures(names: list[str]) -> dict:
    """Return, per round, rows right and rows, and whether each labelled row is read right."""
    from figure_sets import read_right

    out: dict = {"scores": {}, "rows": {}}
    for name in names:
        with (CASES / name).open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        right = [read_right(row) for row in rows]
        out["scores"][name] = {"right": sum(right), "rows": len(rows)}
        out["rows"].update({f"{name}:{i}:{row['lang']}:{row['phrase']}": ok
                            for i, (row, ok) in enumerate(zip(rows, right, strict=True))})
    return out


def diff(before: dict, after: dict, totals: bool) -> list[str]:
    """Return the lines that say what changed from ``before`` to ``after``."""
    lines = []
    for name in sorted(set(before["scores"]) | set(after["scores"])):
        a, b = before["scores"].get(name), after["scores"].get(name)
        if a != b:
            moved = {k: (_short(a.get(k) if a else None), _short(v)) for k, v in (b or {}).items()
                     if not a or a.get(k) != v}
            lines.append(f"{name}: {moved}")
    if totals:
        return lines
    for key in sorted(set(before["rows"]) | set(after["rows"])):
        a, b = before["rows"].get(key), after["rows"].get(key)
        if a != b:
            lines.append(f"== {key}\n   before: {a}\n   after:  {b}")
    return lines


def _short(value: object) -> object:
    return round(value, 3) if isinstance(value, float) else value


def main(argv: list[str] | None = None) -> None:
    """Run the command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for kind in ("articles", "figures"):
        p = sub.add_parser(kind)
        p.add_argument("--dump", required=True, type=Path)
        p.add_argument("--only", action="append", default=[])
        p.add_argument("--skip", action="append", default=[])
    p = sub.add_parser("diff")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--totals", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "diff":
        load = [json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after)]
        print("\n".join(diff(*load, args.totals)) or "no change")
        return
    if args.command == "articles":
        result = score_articles(article_sets(args.only, args.skip))
    else:
        result = score_figures(figure_rounds(args.only, args.skip))
    args.dump.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    for name, value in result["scores"].items():
        print(name, {k: _short(v) for k, v in value.items()})


if __name__ == "__main__":
    main()
