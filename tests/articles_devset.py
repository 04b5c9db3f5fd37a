"""Score the article reader on the hand-labelled development set (tests/cases/articles)."""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from analysis.articles import extract_figures

DEVSET = Path(__file__).parent / "cases" / "articles" / "devset.yml"

# libyaml's loader where PyYAML was built with it: the same safe loading, ten times faster on the
# labelled sets (about 5 s for all of them with the pure-Python one, in every test that reads them)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """Return the YAML file at ``path`` read safely (nothing in it is run as code)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506


@functools.cache
def set_urls(name: str) -> frozenset[str]:
    """Return the URLs of the labelled set ``name`` (a file beside ``devset.yml``), read once a
    process: every round's novelty test reads every other set, 203 tests reading some 60 files
    each, which was 121 s of the suite's CPU when each read them again (2026-12-07)."""
    return frozenset(a["url"] for a in load_yaml(DEVSET.parent / name))


def load_devset() -> list[dict]:
    """Return the labelled articles."""
    return load_yaml(DEVSET)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.find(phrase)
    assert start >= 0, f"labelled phrase {phrase!r} is not in the excerpt"
    return start, start + len(phrase)


def _close(a: float, b: float) -> bool:
    if math.isnan(b):  # a figure with no number ("the children"): right when none is read
        return math.isnan(a)
    return not math.isnan(a) and abs(a - b) <= 0.01 * max(abs(b), 1)


def score_article(article: dict) -> dict:
    """Match the reader's figures to the labels of one article.

    A found figure is a labelled one when their spans overlap, or when it has the same
    metric and best value (a repeat of the figure elsewhere in the excerpt).
    """
    text = article["text"]
    found = extract_figures(text, article["lang"], article.get("published"))
    gold = [dict(g, span=_span(text, g["text"])) for g in article["figures"]]
    matched_gold, right = set(), {"metric": 0, "claimant": 0, "best": 0, "all": 0}
    false_pos = []
    for row in found.itertuples():
        hit = next((i for i, g in enumerate(gold) if i not in matched_gold and (
            row.start < g["span"][1] and g["span"][0] < row.end)), None)
        if hit is None:
            hit = next((i for i, g in enumerate(gold) if i not in matched_gold and
                        g["metric"] == row.metric and _close(row.best, g["best"])), None)
        if hit is None:
            false_pos.append(row.figure_text)
            continue
        matched_gold.add(hit)
        g = gold[hit]
        ok = {"metric": row.metric == g["metric"], "claimant": row.claimant == g["claimant"],
              "best": _close(row.best, g["best"])}
        for key, value in ok.items():
            right[key] += value
        right["all"] += all(ok.values())
    return {"lang": article["lang"], "found": len(found), "gold": len(gold),
            "tp": len(matched_gold), "false": false_pos,
            "missed": [g["text"] for i, g in enumerate(gold) if i not in matched_gold],
            **right}


def score(articles: list[dict]) -> dict[str, dict]:
    """Precision, recall and field accuracy per language and overall."""
    totals: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for article in articles:
        result = score_article(article)
        for key in ("found", "gold", "tp", "metric", "claimant", "best", "all"):
            totals[result["lang"]][key] += result[key]
            totals["all"][key] += result[key]
    out = {}
    for lang, t in totals.items():
        out[lang] = {
            "articles": (sum(a["lang"] == lang for a in articles) if lang != "all"
                         else len(articles)),
            "figures": t["gold"], "found": t["found"],
            "precision": t["tp"] / t["found"] if t["found"] else 1.0,
            "recall": t["tp"] / t["gold"] if t["gold"] else 1.0,
            "metric": t["metric"] / t["tp"] if t["tp"] else 0.0,
            "claimant": t["claimant"] / t["tp"] if t["tp"] else 0.0,
            "reading": t["best"] / t["tp"] if t["tp"] else 0.0,
            "all_fields": t["all"] / t["tp"] if t["tp"] else 0.0,
        }
    return out


def sets_besides(*own: str) -> tuple[str, ...]:
    """Return every labelled set of articles (files beside ``devset.yml``) but ``own``."""
    names = ["devset.yml", "final_heldout.yml", *sorted(
        p.name for p in DEVSET.parent.glob("round_16*.yml"))]
    return tuple(n for n in names if n not in own)


def heldout_round(name: str, figures: int, floors: dict[str, float], articles: int):
    """Return :func:`scored_round` of ``round_<name>.yml`` (tag ``issue-<name>``) against every
    other labelled set: a held-out round's two tests, score and novelty."""
    return scored_round(f"round_{name}.yml", f"issue-{name}", figures, floors,
                        sets_besides(f"round_{name}.yml"), articles=articles)


def scored_round(name: str, tag: str, figures: int, floors: dict[str, float],
                 others: tuple[str, ...], articles: int = 32):
    """Return the two tests of a labelled round of ``articles`` articles: score and novelty.

    ``floors`` gives the least ``precision``, ``recall``, ``metric``, ``claimant`` and
    ``all_fields`` of the whole round; ``others`` the sets (files beside it) it shares no
    article with. A test module assigns them to names starting with ``test_``.
    """
    where = DEVSET.parent / name

    def scores() -> None:
        import pandas as pd

        labelled = load_yaml(where)
        assert {a["heldout"] for a in labelled} == {tag}
        result = score(labelled)
        print("\n" + pd.DataFrame(result).T.round(2).to_string())
        overall = result["all"]
        assert overall["articles"] == articles and overall["figures"] == figures
        assert {k: overall[k] for k in floors if overall[k] < floors[k]} == {}

    def new() -> None:
        labelled = load_yaml(where)
        seen = frozenset().union(*(set_urls(other) for other in others))
        assert not [a["id"] for a in labelled if a["url"] in seen]
        assert len({a["id"] for a in labelled}) == articles

    return scores, new


if __name__ == "__main__":
    arts = load_devset()
    for a in arts:
        r = score_article(a)
        if r["false"] or r["missed"] or r["all"] < r["tp"]:
            f = extract_figures(a["text"], a["lang"], a.get("published"))
            print(a["id"], "false:", r["false"], "missed:", r["missed"])
            print(f[["figure_text", "metric", "claimant", "best"]].to_string())
    for lang, s in score(arts).items():
        print(lang, {k: (round(v, 2) if isinstance(v, float) else v) for k, v in s.items()})


def figure_rows(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, str]]:
    """Return the (figure text, metric, claimant) rows the reader finds in ``text``."""
    found = extract_figures(text, lang, published)
    return [(t.strip(), m, c) for t, m, c in
            zip(found["figure_text"], found["metric"], found["claimant"], strict=True)]


def round_lines(name: str, article_id: str, first: int = 0, last: int | None = None) -> str:
    """Return lines ``first`` to ``last`` (verbatim) of an article of a labelled round."""
    articles = load_yaml(DEVSET.parent / name)
    text = next(a["text"] for a in articles if a["id"] == article_id)
    return "\n".join(text.split("\n")[first:last])
