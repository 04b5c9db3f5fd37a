"""Benchmark the article check: articles per second, and a folder scanned in parallel.

Run: .venv/bin/python benchmarks/bench_articles.py  [--articles 2000] [--jobs 2]

Builds 1,000-word articles from real text (the seed article and the development set's
excerpts, in eight languages, with the figures varied so each article is new text to the
figure cache), then prints

* articles per second on one core for :func:`analysis.articles.extract_figures` and for
  :func:`analysis.articles.check_article` (claims tables loaded and each language's cues
  compiled once, as in a scan worker), by the clock and per CPU second (the second is what
  a core of one's own gives when other work shares the machine);
* the seconds of :func:`analysis.pipeline.scan_articles` on a folder of ``--articles`` files
  with ``--jobs`` processes, and the time that gives for 10,000 articles (target: under a
  minute on 2 cores).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def articles(count: int, words: int = 1000) -> list[tuple[str, str]]:
    """Return ``count`` (language, text) articles of about ``words`` words each."""
    seed = (ROOT / "data" / "raw" / "articles" / "theins-278689.txt").read_text(encoding="utf-8")
    dev = yaml.safe_load((ROOT / "tests" / "cases" / "articles" / "devset.yml").read_text(
        encoding="utf-8"))
    by_lang: dict[str, list[str]] = {"en": [seed]}
    for a in dev:
        by_lang.setdefault(a["lang"], []).append(a["text"])
    rng = random.Random(16)
    out = []
    for k in range(count):
        lang = sorted(by_lang)[k % len(by_lang)]
        parts: list[str] = []
        while (sum(len(p.split()) for p in parts) < words
               and sum(len(p) for p in parts) < words * 12):
            text = rng.choice(by_lang[lang])
            parts.append(text.replace("100", str(100 + rng.randrange(900))))
        out.append((lang, "\n".join(parts)))
    return out


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    from analysis.articles import check_article, extract_figures
    from analysis.claims.explore import load_claim_groups, load_claims
    from analysis.pipeline import scan_articles

    sample = articles(200)
    claims, groups = load_claims(), load_claim_groups()
    for lang in sorted({lang for lang, _ in sample}):  # compile each language's cues once,
        extract_figures(next(t for code, t in sample if code == lang), lang)  # as a worker does
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(len(extract_figures(text, lang)) for lang, text in sample)
    read = len(sample) / (time.perf_counter() - started)
    read_cpu = len(sample) / (time.process_time() - cpu)
    started, cpu = time.perf_counter(), time.process_time()
    for lang, text in sample:
        check_article(text, lang, claims=claims, groups=groups)
    checked = len(sample) / (time.perf_counter() - started)
    checked_cpu = len(sample) / (time.process_time() - cpu)
    print(f"one core: extract_figures {read:.0f} articles/s, check_article {checked:.0f} "
          f"articles/s ({found} figures in {len(sample)} articles of ~1,000 words)")
    print(f"  per CPU second (the rate of a core of one's own on a loaded machine): "
          f"extract_figures {read_cpu:.0f}, check_article {checked_cpu:.0f} articles")
    with tempfile.TemporaryDirectory() as folder:
        for k, (_, text) in enumerate(articles(args.articles)):
            Path(folder, f"a{k:05d}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        table = scan_articles(folder, jobs=args.jobs)
        seconds = time.perf_counter() - started
    print(f"scan-articles: {args.articles} articles with {args.jobs} jobs in {seconds:.1f} s "
          f"({len(table)} rows) → 10,000 articles in ~{seconds * 10000 / args.articles:.0f} s")


if __name__ == "__main__":
    main()
