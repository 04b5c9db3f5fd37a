"""The claimant model of 16ml (measured, not wired in): its weights and what it would do."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from analysis.articles import claimant_model  # noqa: E402
from analysis.articles.claimants import load_claimants  # noqa: E402


def test_the_trained_weights_reproduce_byte_identically():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "train_claimant_model.py"),
                           "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _model_reading(text: str, lang: str) -> list[str]:
    from train_claimant_model import _seen

    rows, seen = _seen(text, lang, None)
    return [r["claimant"] for r in claimant_model.choose(rows, seen, load_claimants().kind)]


def test_the_model_would_overrule_the_convention_that_kept_it_out():
    # why it is not wired in: a next sentence with figures of its own gives no source to the
    # one before (tests/test_articles.py), but the model gives the 300 to the NIS
    text = ("About 300 North Korean soldiers have been killed in Kursk. According to the NIS, "
            "2,700 were wounded.")
    nis = "South Korea National Intelligence Service (NIS)"
    assert _model_reading(text, "en") == [nis, nis]
