import csv

import pandas as pd
import pytest

from analysis.claims.build import assemble_claims
from analysis.core import paths
from analysis.core.errors import SheetError
from analysis.ledger.reference import classify_subjects, load_alias_table, match_claimants

CASES = list(csv.DictReader(open(paths.ROOT / "tests" / "cases" / "claimants.csv",
                                 encoding="utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[c["attributed_to"][:50] for c in CASES])
def test_attributions_map_to_canonical_claimants(case):
    got = match_claimants(pd.Series([case["attributed_to"]])).iloc[0]
    assert (got.claimant, got.claimant_country, got.claimant_kind) == (
        case["claimant"], case["country"], case["kind"])
    assert got.claimant_matched


def test_unknown_names_keep_their_text_and_are_marked_unmatched():
    got = match_claimants(pd.Series(["Estonian foreign intelligence", "Zelensky"]))
    assert got.iloc[0].tolist() == ["Estonian foreign intelligence", "", "", False]
    assert got.iloc[1].claimant_matched


def test_every_attribution_in_the_ledger_is_matched():
    claims, _ = assemble_claims()
    got = match_claimants(claims["attributed_to"])
    assert got["claimant_matched"].all(), claims.loc[~got["claimant_matched"], "attributed_to"]
    # The NIS is the ledger's main claimant: 100+ of its 334 rows.
    assert (got["claimant"] == "South Korea National Intelligence Service (NIS)").sum() > 100


def test_the_alias_table_is_checked_line_by_line(tmp_path):
    table = tmp_path / "claimants.csv"
    table.write_text("pattern,claimant,country,kind,note\nNIS,NIS,KR,intelligence,\n"
                     "(unclosed,X,,other,\n", encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        load_alias_table(table)
    assert (caught.value.line, caught.value.column) == (3, "pattern")
    table.write_text("pattern,claimant,country,kind,note\nNIS,NIS,KR,spies,\n", encoding="utf-8")
    with pytest.raises(SheetError, match="unknown kind 'spies'"):
        load_alias_table(table)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("North Korean soldiers", "north_korean_troops"),
        ("North Korean 170mm self-propelled howitzers", "north_korean_materiel"),
        ("North Korean construction workers", "north_korean_workers"),
        ("Russian wounded soldiers", "russian_wounded"),
        ("Ukrainian children abducted by Russia", "children"),
        ("combined Russian and North Korean units", "mixed_units"),
        ("Chinese volunteers", "unclassified"),
    ],
)
def test_subjects_fall_into_classes(subject, expected):
    assert classify_subjects(pd.Series([subject])).iloc[0] == expected
