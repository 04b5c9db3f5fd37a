"""The ``analysis`` command: ``build``, ``reports``, ``manifest``.

Problems in the user's input (a broken sheet, a wrong parameter, a failing report) end
with one clear line on stderr and exit status 1; a traceback means a bug in claims-desk.
"""

from __future__ import annotations

import argparse
import sys

from analysis import paths
from analysis.errors import ClaimsDeskError


def _build(args: argparse.Namespace) -> int:
    from analysis.claims import build_claims
    from analysis.manifest import manifest_differences

    for problem in manifest_differences():
        print(f"warning: data/raw/{problem} (run `make raw-manifest` if intended)",
              file=sys.stderr)
    summary = build_claims()
    for line in summary.lines():
        print(f"build: {line}")
    return 0


def _reports(args: argparse.Namespace) -> int:
    from analysis.reports import load_config, run_reports

    specs = load_config()
    chosen = [s for s in specs if not args.only or s.name in args.only]
    total = len(chosen)
    done = 0

    def progress(result: object) -> None:
        nonlocal done
        done += 1
        name = getattr(result, "name", "?")
        folder = paths.relative(getattr(result, "folder", paths.REPORTS))
        print(f"reports: [{done}/{total}] {name} → {folder}/", flush=True)

    results = run_reports(specs, only=args.only, on_done=progress)
    print(f"reports: {len(results)} report(s) published in {paths.relative(paths.REPORTS)}/")
    return 0


def _manifest(args: argparse.Namespace) -> int:
    from analysis.manifest import main as manifest_main

    return manifest_main(["--write"] if args.write else [])


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``analysis`` command."""
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="claims-desk: build clean claims tables and publish reports.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="rebuild data/processed/ from data/raw/")
    build.set_defaults(run=_build)
    reports = commands.add_parser("reports", help="run the reports listed in reports.yml")
    reports.add_argument("--only", action="append", metavar="NAME",
                         help="run only this report (repeatable)")
    reports.set_defaults(run=_reports)
    manifest = commands.add_parser("manifest", help="check (or --write) data/raw's checksums")
    manifest.add_argument("--write", action="store_true", help="record the current checksums")
    manifest.set_defaults(run=_manifest)
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
        0 on success, 1 for a problem in the input, 130 when interrupted.
    """
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ClaimsDeskError as exc:
        print(f"analysis {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"analysis {args.command}: interrupted; outputs already written are intact",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
