"""The ``analysis`` command: arguments only; the work is in :mod:`analysis.pipeline`.

Problems in the user's input (a broken sheet, a wrong parameter, a failing report) end
with one clear line on stderr and exit status 1; a traceback means a bug in claims-desk.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.core import paths
from analysis.core.errors import ClaimsDeskError


def _build(args: argparse.Namespace) -> int:
    from analysis.pipeline import StageRun, build

    def show(stage: StageRun) -> None:
        for line in stage.audit():
            print(f"build: {line}", flush=True)

    def warn(message: str) -> None:
        print(f"warning: {message}", file=sys.stderr, flush=True)

    report = build(force=args.force, on_stage=show, on_warning=warn)
    if report.package is not None:
        print(f"build: wrote {paths.relative(report.package)} ({report.tables} tables)")
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from analysis.pipeline import fetch

    for line in fetch(args.dataset or None):
        print(f"fetch: {line}")
    return 0


def _progress_printer() -> object:
    """Return a progress callback: a tqdm bar on a terminal, plain lines otherwise (CI)."""
    interactive = sys.stderr.isatty() and not os.environ.get("CI")
    if interactive:
        from tqdm import tqdm

        bar = None

        def on_event(event: str, name: str, done: int, total: int, detail: str) -> None:
            nonlocal bar
            if bar is None:
                bar = tqdm(total=total, unit="report", desc="reports", leave=True)
            if event == "run":
                bar.set_postfix_str(f"running {name}")
                return
            bar.update(done - bar.n)
            bar.write(f"reports: {name}: {event} ({detail})")
            if done == total:
                bar.close()

        return on_event

    def on_line(event: str, name: str, done: int, total: int, detail: str) -> None:
        if event != "run":
            print(f"reports: [{done}/{total}] {name} {event} ({detail})", flush=True)

    return on_line


def _reports(args: argparse.Namespace) -> int:
    from analysis.pipeline import reports

    summary = reports(only=args.only, force=args.force, jobs=args.jobs,
                      progress=_progress_printer())
    for name, reasons in summary.reasons.items():
        shown = "; ".join(reasons[:4]) + (f"; and {len(reasons) - 4} more" if len(reasons) > 4
                                          else "")
        print(f"reports: {name} ran because {shown}")
    for name in summary.orphans:
        print(f"reports: warning: reports/{name}/ is not in reports.yml any more; delete it "
              "if the report was retired on purpose", file=sys.stderr)
    if not summary.published:
        print(f"reports: nothing changed; {len(summary.skipped)} report(s) up to date, "
              "no kernel started")
    else:
        print(f"reports: {len(summary.published)} published, {len(summary.skipped)} unchanged "
              f"in {paths.relative(paths.REPORTS)}/")
    return 0


def _verify(args: argparse.Namespace) -> int:
    import time

    from analysis.verify import verify

    started = time.perf_counter()
    print("verify: checking data/raw against its manifest and reports/ for unexpected files, "
          "then rebuilding data and every report from data/raw in a temporary folder…",
          flush=True)
    result = verify(jobs=args.jobs)
    lines = result.table()
    shown = lines if args.all else [lines[0]] + [
        line for line, row in zip(lines[1:-1], result.rows, strict=True) if row.status != "same"
    ] + [lines[-1]]
    for line in shown:
        print(line)
    print(f"verify: took {time.perf_counter() - started:.0f} s")
    return 1 if result.differences else 0


def _manifest(args: argparse.Namespace) -> int:
    from analysis.ledger.manifest import main as manifest_main

    return manifest_main(["--write"] if args.write else [])


def _check_article(args: argparse.Namespace) -> int:
    from analysis.articles import article_table, headline, proposed_rows
    from analysis.pipeline import check_article_source

    checked = check_article_source(args.source, lang=args.lang, published=args.published,
                                   url=args.url)
    if args.csv:
        checked.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        print(headline(checked))
        if len(checked):
            print(article_table(checked).to_string(index=False))
    if args.proposed:
        rows = proposed_rows(checked, args.url or (args.source if "://" in args.source else None),
                             args.published, language=args.lang or "")
        rows.to_csv(args.proposed, index=False, lineterminator="\n")
        print(f"check-article: {len(rows)} proposed ledger row(s) in {args.proposed} "
              "(to confirm by hand; data/raw is not touched)", file=sys.stderr)
    return 0


def _scan_articles(args: argparse.Namespace) -> int:
    import time

    from analysis.pipeline import scan_articles

    started = time.perf_counter()
    table = scan_articles(args.folder, lang=args.lang, jobs=args.jobs)
    table.to_csv(args.output, index=False, lineterminator="\n")
    files = table["file"].nunique() if len(table) else 0
    print(f"scan-articles: {files} article(s), {int((table['error'] == '').sum())} figure(s) "
          f"→ {args.output} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _check_reports(args: argparse.Namespace) -> int:
    from analysis.pipeline import check_reports

    problems = check_reports(only=args.only)
    for problem in problems:
        print(f"analysis check-reports: {problem}")
    print(f"analysis check-reports: {len(problems)} problem(s)")
    return 1 if problems else 0


LOCKED_COMMANDS = {"build", "reports", "fetch", "verify"}
"""Commands that write or check outputs: one at a time per project (see :mod:`analysis.lock`);
``manifest`` too when it writes (``--write``)."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``analysis`` command."""
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="claims-desk: build clean claims tables and publish reports.",
    )
    parser.add_argument("--debug", action="store_true",
                        help="show the traceback of an internal error (a bug in claims-desk)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="rebuild what changed in data/processed/ from "
                                "data/raw/ and the external data (fetched when needed)")
    build.add_argument("--force", action="store_true",
                       help="rebuild every stage even if nothing it depends on changed")
    build.set_defaults(run=_build)
    reports = commands.add_parser("reports", help="run the reports listed in reports.yml")
    reports.add_argument("--only", action="append", metavar="NAME",
                         help="run only this report (repeatable)")
    reports.add_argument("--force", action="store_true",
                         help="re-run every report even if nothing it depends on changed")
    reports.add_argument("--jobs", type=int, default=None, metavar="N",
                         help="reports run at once (default: the number of cores)")
    reports.set_defaults(run=_reports)
    fetch = commands.add_parser("fetch", help="fetch the external data sets into data/external/ "
                                "(mirror or pinned download, sha256 checked)")
    fetch.add_argument("--dataset", action="append", metavar="NAME",
                       help="fetch only this data set (repeatable): general-staff, "
                            "general-staff-2025-12-31, oryx")
    fetch.set_defaults(run=_fetch)
    verify = commands.add_parser("verify", help="rebuild everything from data/raw and prove "
                                 "the published figures, tables and charts are the same")
    verify.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="reports run at once (default: the number of cores)")
    verify.add_argument("--all", action="store_true",
                        help="list every figure compared, not only the differences")
    verify.set_defaults(run=_verify)
    manifest = commands.add_parser("manifest", help="check (or --write) data/raw's checksums")
    manifest.add_argument("--write", action="store_true", help="record the current checksums")
    manifest.set_defaults(run=_manifest)
    article = commands.add_parser("check-article", help="find the figures of the story in any "
                                  "article and check them against the ledger")
    article.add_argument("source", metavar="PATH|URL|-", help="a text or HTML file, a URL, or -")
    article.add_argument("--lang", help="its language (ISO 639-1; guessed when not given)")
    article.add_argument("--published", help="its publication date (YYYY-MM-DD)")
    article.add_argument("--url", help="its address, for a file (the ledger's rows of it)")
    article.add_argument("--csv", action="store_true", help="print the full table as CSV")
    article.add_argument("--proposed", metavar="CSV",
                         help="write the figures not in the ledger as proposed ledger rows")
    article.set_defaults(run=_check_article)
    scan = commands.add_parser("scan-articles", help="check every article of a folder in "
                               "parallel and write one table")
    scan.add_argument("folder", metavar="DIR")
    scan.add_argument("--output", default="articles_checked.csv", metavar="CSV")
    scan.add_argument("--lang", help="one language for all (guessed per article otherwise)")
    scan.add_argument("--jobs", type=int, default=None, metavar="N")
    scan.set_defaults(run=_scan_articles)
    checks = commands.add_parser("check-reports", help="run the pre-publication checks on "
                                 "the published reports (docs/reviewing.md)")
    checks.add_argument("--only", action="append", metavar="NAME",
                        help="check just this report (repeatable)")
    checks.set_defaults(run=_check_reports)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``analysis`` command; return its exit status.

    Parameters
    ----------
    argv : list of str, optional
        Arguments without the program name; default ``sys.argv[1:]``.

    Returns
    -------
    int
        0 on success, 1 for a problem in the input, 2 for a bug in claims-desk (with
        ``--debug``: its traceback), 130 when interrupted (SIGINT), 143 on SIGTERM.
    """
    args = build_parser().parse_args(argv)
    try:
        with _stop_on_signals():
            return _run(args)
    except Exception as exc:  # noqa: BLE001 - anything _run did not turn into one line is a bug
        if args.debug:
            raise
        print(f"analysis {args.command}: internal error (a bug in claims-desk, not in your "
              f"data): {type(exc).__name__}: {exc}; run `analysis --debug {args.command}` for "
              "the traceback and report it", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    """Run one command; turn problems in the input into one line and an exit status."""
    try:
        if args.command in LOCKED_COMMANDS or (args.command == "manifest" and args.write):
            from analysis.core.lock import project_lock

            with project_lock(wait=float(os.environ.get("ANALYSIS_LOCK_WAIT", "600"))):
                return args.run(args)
        return args.run(args)
    except ClaimsDeskError as exc:
        print(f"analysis {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        # a full disk or a read-only folder is the machine's problem, not a bug: one line
        if exc.errno not in {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM,
                             errno.EDQUOT}:
            raise
        where = f"{paths.relative(Path(exc.filename))}: " if exc.filename else ""
        # only these errors say a write failed; a refused permission may be a read as well
        # (reads that know it say "cannot read", see analysis.core.atomic.file_sha256)
        what = "cannot write: " if exc.errno in {errno.ENOSPC, errno.EROFS, errno.EDQUOT} \
            else ""
        print(f"analysis {args.command}: error: {where}{what}{exc.strerror} "
              "(outputs already published are unchanged)", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        # Ctrl-C or SIGTERM: scheduling stopped, running reports and kernels stopped, staging
        # folders removed (analysis.publish.runner); 128 + the signal, as a shell reports it
        signum = getattr(exc, "signum", signal.SIGINT)
        print(f"analysis {args.command}: interrupted ({signal.Signals(signum).name}); stopped "
              "what was running; outputs already written are intact", file=sys.stderr)
        return 128 + signum


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
"""Signals that stop a command cleanly (:class:`~analysis.core.errors.Interrupted`)."""


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`~analysis.core.errors.Interrupted` while a command runs.

    The first signal raises it; later ones are ignored while the command cleans up (a clean-up
    is bounded: see :func:`analysis.publish.workers.stop_workers`). The handlers in place
    before are restored afterwards. Outside the main thread, signals are left alone.
    """
    from analysis.core.errors import Interrupted

    def stop(signum: int, frame: object) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, signal.SIG_IGN)
        raise Interrupted(signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {each: signal.signal(each, stop) for each in STOP_SIGNALS}
    try:
        yield
    finally:
        for each, handler in before.items():
            signal.signal(each, handler)


if __name__ == "__main__":
    sys.exit(main())
