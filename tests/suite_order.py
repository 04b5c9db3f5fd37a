"""The order the suite's files run in (tests/conftest.py): the longest first."""

from __future__ import annotations

from typing import Any

# The test files that take longest (seconds of a whole run, measured with `--durations=0` on
# 2026-12-07, session 35, summed by file), in that order. The
# suite runs on every core with `--dist loadfile`, each file on one worker; xdist would hand out
# the files with most tests first (`--no-loadscope-reorder` in pyproject.toml turns that off), so
# these few long files came last and one worker ran them alone for minutes while the other sat
# idle. Run first, they end while the other worker clears the many short files.
LONGEST_FIRST = (
    "tests/test_robustness_runs.py",
    "tests/test_figures_passes.py",
    "tests/test_verify.py",
    "tests/test_figures_fuzz.py",
    "tests/test_articles.py",
    "tests/browser/test_lab.py",
    "tests/browser/test_report_pages.py",
    "tests/test_articles_prefilter_31pf.py",
    "tests/test_reports_e2e.py",
    "tests/test_figures_speed_27sp.py",
    "tests/test_figures_compiled.py",
    "tests/test_figures_speed_29sp.py",
    "tests/test_robustness_signals.py",
    "tests/test_robustness_fuzz.py",
    "tests/test_claims_build.py",
    "tests/test_robustness_kernels.py",
    "tests/test_figures_fast.py",
    "tests/test_figures_speed_30sp.py",
    "tests/test_losses.py",
    "tests/test_cli_errors.py",
    "tests/test_articles_claimant_names_16ch.py",
    "notebooks/00_start_here.ipynb",
    "tests/test_robustness_inputs.py",
    "tests/test_figures_speed_31sp.py",
    "tests/test_articles_heldout_16zot.py",
    "notebooks/05_general_staff.ipynb",
)


def longest_first(items: list[Any]) -> None:
    """Put the files of ``LONGEST_FIRST`` first, in its order, in place; every file keeps its own
    order (a notebook's cells run in theirs), and the others follow as collected."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}

    def key(item: Any) -> int:
        return rank.get(item.nodeid.split("::", 1)[0], len(rank))

    items.sort(key=key)
