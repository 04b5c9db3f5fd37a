"""Benchmark analysis.figures against pd.to_numeric measured in the same run.

Run: .venv/bin/python benchmarks/bench_figures.py  [--rows 1000000] [--distinct 200000]

Prints
1. parse_figures on N rows drawn from the ledger's phrases (realistic repetition),
   divided by pd.to_numeric on N clean integer strings (target <= 1.0);
2. phrases per second on M distinct generated phrases (target >= 100,000/s), and the
   same rate for phrases whose wording (template) is new each time (the slow path);
3. peak memory (tracemalloc) of the N-row case;
4. wordings never seen: every distinct real phrase we hold (the ledger, the case tables
   tests/cases/figures.csv and figures_heldout.csv; 20+ languages, language hint given)
   read one by one with the caches cleared, against text2num's ``alpha2digit`` on the same
   phrases in the same run (target >= 0.25x its rate); ``--profile`` adds where the time
   goes (cProfile); ``--stages`` adds [5], the µs per phrase of each way a phrase is read
   (template, fast reader, full engine) and of the full engine's steps, each timed alone.
``benchmarks/compare_figures.py`` checks that a faster engine reads every phrase exactly as
before; ``benchmarks/try_mypyc.py`` compares the compiled engine (``make setup`` builds it)
with the Python one. The first line says which engine is measured.
Every parse starts from empty caches. Times are CPU times of this process (`time.process_time`),
best of several runs, so that the load of other processes does not skew a ratio.

With --libraries it instead evaluates text2num (alpha2digit) and number-parser on every
ledger figure_text against the hand-written expectations in tests/cases/figures.csv
(the table in docs/codebook.md comes from this run).
"""

from __future__ import annotations

import argparse
import csv
import re
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import figures
from analysis.figures import parse_figure, parse_figures

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ("compiled (mypyc, build/compiled/; ANALYSIS_PURE_PYTHON=1 for the Python one)"
          if figures.COMPILED else "pure Python (no matching compiled build, or"
          " ANALYSIS_PURE_PYTHON set)")
LEDGER = [ROOT / "data" / "raw" / "claims" / f"{n}.csv" for n in ("deployments", "casualties")]

QUALIFIERS = {
    "en": ["", "about ", "more than ", "up to ", "nearly ", "at least ", "an estimated ",
           "another ", "some ", "over ", "roughly ", "as many as "],
    "de": ["", "rund ", "etwa ", "über ", "mehr als ", "bis zu ", "fast ", "mindestens ",
           "weitere "],
    "es": ["", "alrededor de ", "más de ", "hasta ", "casi ", "al menos ", "unos ", "otros "],
    "fr": ["", "environ ", "plus de ", "jusqu'à ", "près de ", "au moins ", "quelque "],
    "ru": ["", "около ", "более ", "до ", "почти ", "не менее ", "порядка ", "ещё "],
    "uk": ["", "близько ", "понад ", "до ", "майже ", "щонайменше ", "приблизно ", "ще "],
    "ko": ["", "약 ", "최소 ", "최대 ", "거의 ", "추가 "],
    "ja": ["", "約", "少なくとも", "最大"],
}  # fmt: skip
NOUNS = {
    "en": ["", " troops", " soldiers", " North Korean troops", " shells", " workers"],
    "de": ["", " Soldaten", " nordkoreanische Soldaten"],
    "es": ["", " soldados", " militares"],
    "fr": ["", " soldats", " militaires"],
    "ru": ["", " военных", " человек", " тысяч военных"],
    "uk": ["", " військових", " тис.", " тисяч"],
    "ko": ["명", "명 이상", "여 명", "명 정도"],
    "ja": ["人", "人以上", "人超", "人ほど"],
}
SEPARATOR = {"en": ",", "de": ".", "es": ".", "fr": "\u202f", "ru": " ", "uk": " "}


def _ledger() -> pd.DataFrame:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in LEDGER]
    return pd.concat(frames, ignore_index=True)[["figure_text", "language"]]


def _timed(fn, repeat: int = 3) -> float:
    """Best CPU time of *fn* over *repeat* runs, each from empty caches.

    CPU time of this process (``time.process_time``), not wall time: on a shared machine
    other processes' load would otherwise skew one side of a ratio.
    """
    best = float("inf")
    for _ in range(repeat):
        figures.clear_cache()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _distinct_phrases(m: int, rng: np.random.Generator) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    langs: list[str] = []
    seen: set[str] = set()
    codes = list(QUALIFIERS)
    while len(texts) < m:
        lang = codes[rng.integers(len(codes))]
        n = int(rng.integers(1, 2_000_000))
        sep = SEPARATOR.get(lang, "")
        num = f"{n:,}".replace(",", sep) if sep else str(n)
        q = QUALIFIERS[lang][rng.integers(len(QUALIFIERS[lang]))]
        noun = NOUNS[lang][rng.integers(len(NOUNS[lang]))]
        text = f"{q}{num}{noun}"
        if text not in seen:
            seen.add(text)
            texts.append(text)
            langs.append(lang)
    return texts, langs


_DIGIT_GROUP = re.compile(r"\d+(?:[.,' \u00a0\u202f]\d+)*")


def _numbers_in(text: str) -> list[float]:
    """Digit groups in a library's output, read with the codebook's separator rule."""
    out = []
    for m in _DIGIT_GROUP.finditer(text):
        f = parse_figure(m.group(), "en")
        if f.status == "ok":
            out.append(f.best)
    return out


def evaluate_libraries() -> None:
    """Run alpha2digit and number-parser over the ledger; print what each got right."""
    from number_parser import parse as np_parse
    from number_parser import parse_number
    from text_to_num import alpha2digit

    cases = {
        (r["phrase"], r["lang"]): r
        for r in csv.DictReader((ROOT / "tests/cases/figures.csv").open(encoding="utf-8"))
    }
    ledger = _ledger()
    a2d_langs = {"en", "fr", "es", "pt", "de", "it", "nl", "da"}
    tally = {
        name: {"rows": 0, "covered": 0, "right": 0, "words": 0, "words_right": 0, "wrong": []}
        for name in ("alpha2digit", "number-parser")
    }
    timing = {"alpha2digit": 0.0, "number-parser": 0.0, "parse_figure": 0.0}
    ours = {"right": 0, "rows": 0}
    for text, lang in ledger.itertuples(index=False):
        want = cases[(text, lang)]
        if want["status"] != "ok" or want["qualifier"] in ("vague", "range"):
            continue
        best = float(want["best"])
        has_words = not re.search(r"\d", text)
        t0 = time.perf_counter()
        try:
            a2d = alpha2digit(text, lang) if lang in a2d_langs else None
        except Exception:  # noqa: BLE001 - a library failing is a result
            a2d = None
        t1 = time.perf_counter()
        try:
            npp = np_parse(text, language=lang)
            npn = parse_number(text, language=lang)
        except Exception:  # noqa: BLE001
            npp, npn = None, None
        t2 = time.perf_counter()
        figures.clear_cache()
        fig = parse_figure(text, lang)
        t3 = time.perf_counter()
        timing["alpha2digit"] += t1 - t0
        timing["number-parser"] += t2 - t1
        timing["parse_figure"] += t3 - t2
        ours["rows"] += 1
        ours["right"] += fig.best == best and fig.qualifier == want["qualifier"]
        for name, output in (("alpha2digit", a2d), ("number-parser", npp)):
            t = tally[name]
            t["rows"] += 1
            t["words"] += has_words
            if output is None:
                continue
            t["covered"] += 1
            found = _numbers_in(output)
            if name == "number-parser" and npn is not None:
                found.append(float(npn))
            ok = best in found and len(set(found)) == 1
            t["right"] += ok
            t["words_right"] += ok and has_words
            if not ok and len(t["wrong"]) < 12:
                t["wrong"].append(f"{lang}: {text!r} -> {output!r} (want {best:g})")
    print("value right = the library's output holds exactly the codebook's best value")
    print("(rows with a single ok figure, not vague or range; qualifiers are never output)")
    for name, t in tally.items():
        print(
            f"{name}: rows {t['rows']}, language supported {t['covered']}, "
            f"value right {t['right']}, of which number words right "
            f"{t['words_right']}/{t['words']}"
        )
        for w in t["wrong"]:
            print("   wrong:", w)
    print(f"parse_figure: value and qualifier right {ours['right']}/{ours['rows']}")
    n = ours["rows"]
    for name, secs in timing.items():
        print(f"time per phrase {name}: {secs / n * 1e6:.0f} us")


A2D_LANGS = {"en", "fr", "es", "pt", "de", "it", "nl", "da"}


def _real_phrases() -> list[tuple[str, str]]:
    """Every distinct (phrase, language) we hold: ledger and case tables."""
    pairs = set(_ledger().itertuples(index=False, name=None))
    for name in ("figures.csv", "figures_heldout.csv"):
        with (ROOT / "tests" / "cases" / name).open(encoding="utf-8") as fh:
            pairs.update((r["phrase"], r["lang"]) for r in csv.DictReader(fh))
    return sorted(pairs)


def unseen_wordings(profile: bool = False) -> None:
    """Phrases per second on wordings never seen (caches cleared) vs alpha2digit."""
    from text_to_num import alpha2digit

    pairs = _real_phrases()

    def ours() -> None:
        figures.clear_cache()
        for text, lang in pairs:
            parse_figure(text, lang or None)

    def theirs() -> None:
        for text, lang in pairs:
            try:
                alpha2digit(text, lang if lang in A2D_LANGS else "en")
            except Exception:  # noqa: BLE001, S112 - a library failing is a result
                continue

    # interleaved, so that both sides see the same conditions
    t_ours = t_a2d = float("inf")
    for _ in range(7):
        t_ours = min(t_ours, _timed(ours, repeat=1))
        t_a2d = min(t_a2d, _timed(theirs, repeat=1))
    n = len(pairs)
    print(
        f"[4] {n:,} distinct real phrases ({len({lang for _, lang in pairs})} languages), "
        f"caches cleared: parse_figure {n / t_ours:,.0f}/s, alpha2digit {n / t_a2d:,.0f}/s, "
        f"ratio {t_a2d / t_ours:.3f} (target >= 0.25)"
    )
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(ours)
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def _paths_here(pairs: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Which way each phrase is read in one pass from empty caches (pure-Python engine only).

    The engine's readers are replaced by counting wrappers on the module, which the Python
    engine looks up at each call; compiled code calls them directly and would not see them.
    Ways: template, the CJK reader, the fast reader, the full engine after a fast reader
    refused (CJK or not), because a rewrite of the hinted table matches or because the
    phrase holds several digit groups, the full engine alone (digits / number words).
    """
    from analysis.figures import engine

    read_full, read_fast = engine._read_in_full, engine._read_simple
    simple, cjk = engine.read_simple, engine.read_cjk
    seen: list[str] = []

    def full(*args):  # noqa: ANN002, ANN202
        seen.append("full")
        return read_full(*args)

    def fast(*args):  # noqa: ANN002, ANN202
        out = read_fast(*args)
        if out is None:  # args: norm, lex, key, one_group, cjk, applies
            seen.append("rewrite" if args[5] else "groups" if not args[3] else "refused")
        return out

    def count_simple(*args):  # noqa: ANN002, ANN202
        seen.append("simple")
        return simple(*args)

    def count_cjk(*args):  # noqa: ANN002, ANN202
        seen.append("cjk")
        return cjk(*args)

    engine._read_in_full, engine._read_simple = full, fast
    engine.read_simple, engine.read_cjk = count_simple, count_cjk
    out: dict[str, list[tuple[str, str]]] = {}
    try:
        figures.clear_cache()
        for pair in pairs:
            seen.clear()
            parse_figure(pair[0], pair[1] or None)
            if not seen:
                way = "template"
            elif seen[-1] != "full":
                way = "CJK reader (read_cjk)" if seen[0] == "cjk" else "fast reader (read_simple)"
            elif len(seen) > 1 and seen[0] != "full":
                way = {"cjk": "full, after read_cjk refused",
                       "simple": "full, after read_simple refused",
                       "rewrite": "full, a rewrite matched",
                       "groups": "full, several digit groups"}[seen[0]]
            else:
                way = "full, digits" if re.search(r"\d", pair[0]) else "full, number words"
            out.setdefault(way, []).append(pair)
    finally:
        engine._read_in_full, engine._read_simple = read_full, read_fast
        engine.read_simple, engine.read_cjk = simple, cjk
    return out


def _paths(pairs: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Which way each phrase is read, found by the pure-Python engine in a child process.

    The compiled engine takes the same ways (the same sources, the same readings:
    ``tests/test_figures_compiled.py``) but cannot be watched from Python, so the ways are
    always counted by :func:`_paths_here` under ``ANALYSIS_PURE_PYTHON=1``.
    """
    import json
    import os
    import subprocess
    import sys

    if not figures.COMPILED:
        return _paths_here(pairs)
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import bench_figures as b; "
            "pairs = [tuple(p) for p in json.load(sys.stdin)]; "
            "json.dump(b._paths_here(pairs), sys.stdout)")
    env = {**os.environ, "ANALYSIS_PURE_PYTHON": "1"}
    done = subprocess.run(  # noqa: S603 - this interpreter, this script
        [sys.executable, "-c", code, str(ROOT / "benchmarks")], input=json.dumps(pairs),
        capture_output=True, text=True, env=env, check=True,
    )
    return {way: [tuple(p) for p in group] for way, group in json.loads(done.stdout).items()}


def stage_profile(pairs: list[tuple[str, str]]) -> None:
    """Where the time goes, in µs per phrase (CPU time, best of 7, caches cleared)."""
    from analysis.figures import decide, engine, gather, language, normalise, units

    n = len(pairs)

    def best(fn) -> float:  # noqa: ANN001
        return min(_timed(fn, repeat=1) for _ in range(7))

    print(f"[5] where the time goes ({n:,} phrases of [4], µs per phrase of the whole set)")
    ways = _paths(pairs)
    # each phrase's best of 7 passes, read in order from empty caches (templates as in [4])
    each = dict.fromkeys(pairs, float("inf"))
    clock = time.perf_counter
    for _ in range(7):
        figures.clear_cache()
        for pair in pairs:
            t0 = clock()
            parse_figure(pair[0], pair[1] or None)
            each[pair] = min(each[pair], clock() - t0)
    for way, group in sorted(ways.items(), key=lambda kv: -len(kv[1])):
        t = sum(each[p] for p in group)
        print(f"    {way:32s} {len(group):5,} phrases  {t / n * 1e6:5.1f} µs "
              f"({t / len(group) * 1e6:5.1f} µs each)")
    print(f"    all (sum of each phrase's best)    {sum(each.values()) / n * 1e6:5.1f} µs")
    # the full engine's steps, each timed alone on the normalised phrases that reach it
    full = [(normalise.normalise(x), lang or None) for way, group in ways.items()
            if way.startswith("full") for x, lang in group]
    toks = [normalise.tokens(x) for x, _ in full]
    words = [[t for t, kind, _ in tk if kind == "w"] for tk in toks]
    lexes = [language.choose_language(x, h, w) for (x, h), w in zip(full, words, strict=True)]
    us = [units.read_units(tk, lex) for tk, (lex, _) in zip(toks, lexes, strict=True)]
    steps = {
        "_read_in_full, all": lambda: [engine._read_in_full(x, h, None) for x, h in full],
        "tokens": lambda: [normalise.tokens(x) for x, _ in full],
        "choose_language": lambda: [language.choose_language(x, h, w)
                                    for (x, h), w in zip(full, words, strict=True)],
        "decide, all": lambda: [decide.decide(tk, lex, s)
                                for tk, (lex, s) in zip(toks, lexes, strict=True)],
        "read_units": lambda: [units.read_units(tk, lex)
                               for tk, (lex, _) in zip(toks, lexes, strict=True)],
        "gather_quantities": lambda: [gather.gather_quantities(u, lex, True)
                                for u, (lex, _) in zip(us, lexes, strict=True)],
    }
    for step, fn in steps.items():
        t = best(fn)
        each_full = t / len(full) * 1e6
        print(f"    full engine: {step:24s} {t / n * 1e6:5.1f} µs ({each_full:5.1f} µs each)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--distinct", type=int, default=200_000)
    ap.add_argument("--libraries", action="store_true", help="evaluate text2num/number-parser")
    ap.add_argument("--unseen", action="store_true", help="only [4], wordings never seen")
    ap.add_argument("--profile", action="store_true", help="profile [4] (cProfile)")
    ap.add_argument("--stages", action="store_true", help="with --unseen: µs per step [5]")
    args = ap.parse_args()
    if args.libraries:
        evaluate_libraries()
        return
    print(f"engine: {ENGINE}")
    if args.unseen:
        unseen_wordings(args.profile)
        if args.stages:
            stage_profile(_real_phrases())
        return
    rng = np.random.default_rng(20241018)
    ledger = _ledger()

    # 1. N rows with the ledger's repetition vs pd.to_numeric on N clean integer strings.
    pick = rng.integers(0, len(ledger), args.rows)
    texts = pd.Series(ledger["figure_text"].to_numpy()[pick])
    langs = pd.Series(ledger["language"].to_numpy()[pick])
    clean = pd.Series(rng.integers(0, 1_000_000, args.rows).astype(str))
    t_numeric = _timed(lambda: pd.to_numeric(clean))
    t_parse = _timed(lambda: parse_figures(texts, langs))
    print(
        f"[1] {args.rows:,} ledger rows: parse_figures {t_parse:.3f}s, "
        f"pd.to_numeric {t_numeric:.3f}s, ratio {t_parse / t_numeric:.2f} (target <= 1.0)"
    )

    # 2. M distinct phrases.
    dtexts, dlangs = _distinct_phrases(args.distinct, rng)
    ds, dl = pd.Series(dtexts), pd.Series(dlangs)
    t_distinct = _timed(lambda: parse_figures(ds, dl), repeat=2)
    print(
        f"[2] {args.distinct:,} distinct phrases: {t_distinct:.3f}s, "
        f"{args.distinct / t_distinct:,.0f} phrases/s (target >= 100,000/s)"
    )
    # The slow path: every phrase has a wording never seen before (a unique word in it).
    k = 5_000
    novel = pd.Series([f"{t} ref{i}x" for i, t in enumerate(dtexts[:k])])
    t_novel = _timed(lambda: parse_figures(novel, pd.Series(dlangs[:k])), repeat=2)
    print(f"    slow path (new wording every phrase, {k:,}): {k / t_novel:,.0f} phrases/s")

    # 3. Peak memory of case 1.
    figures.clear_cache()
    tracemalloc.start()
    out = parse_figures(texts, langs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"[3] peak memory (tracemalloc) for {args.rows:,} rows: {peak / 2**20:.1f} MiB "
        f"(result frame {out.memory_usage(deep=True).sum() / 2**20:.1f} MiB)"
    )
    ok = (out["status"] == "ok").mean()
    print(f"    share parsed ok in the sample: {ok:.1%}")

    # 4. Wordings never seen, against text2num in the same run.
    unseen_wordings(args.profile)


if __name__ == "__main__":
    main()
