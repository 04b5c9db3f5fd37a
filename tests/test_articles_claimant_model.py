"""The learned claimant choice (16ml, 16mw2): an experiment kept in ``benchmarks/`` (the reader does
not call it; on the tenth session's clean rounds it fixed 4 claimants and broke 3): its weights
reproduce and its guards hold."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import claimant_model  # noqa: E402

from analysis.articles import extract_figures  # noqa: E402
from analysis.articles.claimants import ACTOR, JOINT, load_claimants  # noqa: E402
from analysis.articles.cues import Mention  # noqa: E402

NIS = "South Korea National Intelligence Service (NIS)"


def test_the_trained_weights_reproduce_byte_identically():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_claimant_model.py"),
                           "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_later_sentence_with_figures_of_its_own_is_no_candidate():
    # the convention that kept 16ml's model out: "About 300 … killed. According to the NIS,
    # 2,700 were wounded." gives the 300 no source; the guard removes the NIS from its candidates
    text = ("About 300 North Korean soldiers have been killed in Kursk. According to the NIS, "
            "2,700 were wounded.")
    rows = extract_figures(text, "en")
    assert list(rows["claimant"]) == ["Unattributed", NIS]
    seen = {"sentences": [(0, 58), (59, len(text))], "cands": {0: [], 1: []}}
    mentions = [(1, Mention(75, 78, "claimant", NIS))]
    assert not claimant_model.allowed(NIS, 0, seen, mentions)
    assert claimant_model.allowed(NIS, 1, seen, mentions)
    assert claimant_model.allowed(NIS, 0, dict(seen, cands={0: []}), mentions)


def test_the_leader_who_sends_and_joint_claims_the_rules_did_not_make_are_no_candidates():
    seen = {"sentences": [(0, 10)], "cands": {0: []}}
    assert not claimant_model.allowed(ACTOR, 0, seen, [])
    assert not claimant_model.allowed(JOINT, 0, seen, [])


def test_a_joint_claim_and_a_relay_stay_as_the_rules_give_them():
    seen = {"per": {0: {"relay": [Mention(0, 5, "relay", "relay")]}, 1: {}}}
    assert claimant_model.kept({"claimant": JOINT}, 1, seen)
    assert claimant_model.kept({"claimant": NIS}, 0, seen)
    assert not claimant_model.kept({"claimant": NIS}, 1, seen)


def test_why_says_when_the_model_chose():
    rows = [{"start": 0, "end": 3, "claimant": "Unattributed",
             "why": "metric: 'killed'; claimant: no source named"}]
    seen = {"named": [[Mention(20, 23, "claimant", NIS)]], "carried": [[]],
            "sentences": [(0, 40)], "per": {}, "cands": {0: []}, "text": "x" * 40}
    out = claimant_model.choose(rows, seen, load_claimants().kind)
    assert out[0]["claimant"] == NIS
    assert out[0]["why"].startswith("metric: 'killed'; claimant: learned choice of ")
    assert out[0]["why"].endswith("over no source named")
