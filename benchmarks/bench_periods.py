"""Speed of analysis.periods.parse_periods against dateparser, and a side-by-side comparison.

Usage (from the project root)::

    .venv/bin/python benchmarks/bench_periods.py                 # speed
    .venv/bin/python benchmarks/bench_periods.py --compare       # dateparser comparison
    .venv/bin/python benchmarks/bench_periods.py --ledger        # ledger report

Speed: 100,000 rows are drawn (seeded, with replacement) from the ledger rows that
have a period phrase; ``parse_periods`` runs on all of them with a cold cache.
``dateparser.parse`` (RELATIVE_BASE = published, PREFER_DATES_FROM = past, the
row's language when dateparser knows it) runs on the first ``--dateparser-rows``
of the same draw in the same run (all 100,000 would take minutes); both are
reported as phrases per second. For a like-for-like figure the script also times
our parser row by row with no de-duplication and no cache.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis import periods  # noqa: E402
from analysis.ledger.dates import resolve_published, resolve_published_frame  # noqa: E402
from analysis.periods import parse_periods  # noqa: E402

LEDGER = [ROOT / "data/raw/claims/deployments.csv", ROOT / "data/raw/claims/casualties.csv"]
DATEPARSER_LANGS = {"en", "de", "fr", "es", "uk", "ru", "ko", "ja", "zh", "it", "pt", "pl", "id"}
DATEPARSER_LANGS |= {"et", "sl", "ar", "hu", "ro", "mk", "hi", "is"}


def load_ledger() -> pd.DataFrame:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in LEDGER]
    df = pd.concat(frames, ignore_index=True)
    pub = resolve_published_frame(df)
    df["published_resolved"] = (
        pub["published"].dt.date.astype(object).where(pub["published"].notna(), None)
    )
    df["published_source"] = pub["published_source"]
    df["published_conflict"] = pub["published_conflict"]
    return df


def _dateparser():
    warnings.filterwarnings("ignore")
    import dateparser

    return dateparser


def dateparser_parse(dp, text: str, published: date | None, lang: str | None):
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    langs = [lang] if lang in DATEPARSER_LANGS else None
    try:
        return dp.parse(text, languages=langs, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises on unknown language codes
        return dp.parse(text, settings=settings)


def bench(rows: int, dp_rows: int, seed: int) -> None:
    df = load_ledger()
    src = df[df["period_text"].str.strip() != ""].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    draw = src.iloc[rng.integers(0, len(src), rows)].reset_index(drop=True)
    texts = draw["period_text"]
    pubs = draw["published_resolved"]
    langs = draw["language"]

    periods._parse_cached.cache_clear()
    t0 = time.perf_counter()
    out = parse_periods(texts, pubs, langs)
    t_ours = time.perf_counter() - t0
    assert len(out) == rows

    sub = draw.iloc[:dp_rows]
    raw = periods._parse_cached.__wrapped__
    t0 = time.perf_counter()
    for t, p, lg in zip(
        sub["period_text"], sub["published_resolved"], sub["language"], strict=True
    ):
        raw(t, p, lg)
    t_ours_raw = time.perf_counter() - t0

    dp = _dateparser()
    dateparser_parse(dp, "warm up", date(2025, 1, 1), "en")
    t0 = time.perf_counter()
    for t, p, lg in zip(
        sub["period_text"], sub["published_resolved"], sub["language"], strict=True
    ):
        dateparser_parse(dp, t, p, lg)
    t_dp = time.perf_counter() - t0

    ours_rate = rows / t_ours
    raw_rate = dp_rows / t_ours_raw
    dp_rate = dp_rows / t_dp
    print(f"rows drawn from the ledger:        {rows:,} ({src['period_text'].nunique()} distinct)")
    print(f"parse_periods (cold cache):        {t_ours:.3f} s  -> {ours_rate:,.0f} phrases/s")
    print(f"ours row by row, no cache/dedup:   {raw_rate:,.0f} phrases/s  (first {dp_rows:,} rows)")
    print(f"dateparser.parse, same rows:       {dp_rate:,.0f} phrases/s  (first {dp_rows:,} rows)")
    print(f"ratio parse_periods / dateparser:  {ours_rate / dp_rate:,.0f}x")
    print(f"ratio row by row / dateparser:     {raw_rate / dp_rate:,.0f}x")


def _contains(period, point: date) -> bool:
    if period.start is not None and point < period.start:
        return False
    if period.end is not None and point > period.end:
        return False
    return period.start is not None or period.end is not None


def compare(phrases: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (phrase, published, lang): ours vs dateparser."""
    dp = _dateparser()
    keys = phrases.drop_duplicates(["text", "published", "lang"])
    rows = []
    for t, p, lg in zip(keys["text"], keys["published"], keys["lang"], strict=True):
        ours = periods.parse_period(t, p, lg)
        if p is None:
            # dateparser would silently use today's date; give it none and say so
            got = None
            verdict = "no published: ours " + ours.status
        else:
            d = dateparser_parse(dp, t, p, lg)
            got = d.date() if d is not None else None
            if got is None and ours.status == "ok":
                verdict = "ours only"
            elif got is None:
                verdict = "neither"
            elif ours.status != "ok":
                verdict = "dateparser only"
            elif _contains(ours, got):
                verdict = "agree"
            else:
                verdict = "differ"
        rows.append(
            {
                "phrase": t,
                "lang": lg,
                "published": p,
                "ours": f"{ours.start}..{ours.end} {ours.precision} {ours.status}",
                "dateparser": got,
                "verdict": verdict,
            }
        )
    return pd.DataFrame(rows)


def ledger_phrases(df: pd.DataFrame) -> pd.DataFrame:
    sel = df[df["period_text"].str.strip() != ""]
    return pd.DataFrame(
        {
            "text": sel["period_text"],
            "published": sel["published_resolved"],
            "lang": sel["language"],
        }
    )


def case_phrases() -> pd.DataFrame:
    cases = pd.read_csv(ROOT / "tests/cases/periods.csv", dtype=str, keep_default_na=False)
    cases = cases[cases["phrase"].str.strip() != ""]
    return pd.DataFrame(
        {
            "text": cases["phrase"],
            "published": [date.fromisoformat(p) if p else None for p in cases["published"]],
            "lang": [lg or None for lg in cases["lang"]],
        }
    )


def ledger_report(df: pd.DataFrame) -> None:
    sel = df[df["period_text"].str.strip() != ""]
    out = parse_periods(sel["period_text"], sel["published_resolved"], sel["language"])
    print(f"ledger rows: {len(df)}; with a period phrase: {len(sel)}")
    print(out["status"].value_counts().to_string())
    print(out["precision"].value_counts().to_string())
    print("publication dates:", df["published_source"].value_counts().to_dict())
    inferred = df[df["published_source"] == "url"]
    for r in inferred.itertuples():
        print(f"  inferred from URL: {r.id} {r.published_resolved} {r.url}")
    conflicts = df[df["published_conflict"].notna()]
    print(f"URL/page disagreements: {len(conflicts)}")
    for r in conflicts.itertuples():
        print(f"  {r.id}: {r.published_conflict} ({r.url})")
    unparsed = sel[out["status"].to_numpy() == "unparsed"]
    print("unparsed phrases:", sorted(set(unparsed["period_text"])))
    # how many URLs carry a date at all (whether or not the page date exists)
    n_url = sum(resolve_published(None, u)[1] == "url" for u in df["url"])
    print(f"rows whose URL carries a full date: {n_url}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--dateparser-rows", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=20241219)
    ap.add_argument("--compare", action="store_true", help="compare with dateparser")
    ap.add_argument("--ledger", action="store_true", help="report on the ledger")
    args = ap.parse_args()
    if args.compare:
        df = load_ledger()
        pd.set_option("display.width", 200, "display.max_colwidth", 60, "display.max_rows", 500)
        for name, phrases in [("ledger", ledger_phrases(df)), ("case table", case_phrases())]:
            res = compare(phrases)
            print(f"== {name}: {len(res)} distinct phrase/date/language triples")
            print(res["verdict"].value_counts().to_string())
            show = res[res["verdict"].isin(["differ", "dateparser only", "ours only"])]
            print(show.to_string(index=False))
        return
    if args.ledger:
        ledger_report(load_ledger())
        return
    bench(args.rows, args.dateparser_rows, args.seed)


if __name__ == "__main__":
    main()
