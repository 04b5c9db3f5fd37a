"""Issue 18's smaller findings: a negative figure reaches the review queue, and decode and
record errors name the physical line even after quoted cells that span lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.claims.build import build_claims, read_claims
from analysis.core.errors import SheetError
from analysis.core.tables import read_csv_table
from analysis.figures import explain_figure, parse_figure
from analysis.ledger.reference import read_reference_csv
from analysis.ledger.sheets import read_sheet

TODAY = date(2026, 11, 27)
HEADER = ("id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
          "period_text,location_text,note")


@pytest.mark.parametrize("text", ["-5", "−5", "- 5", "–1,500", " -5 "])
def test_a_negative_figure_is_unparsed_with_its_reason(text):
    assert parse_figure(text, "en").status == "unparsed"
    assert explain_figure(text, "en") == "negative figure (a count cannot be below zero)"


@pytest.mark.parametrize("text", ["5", "1,000-3,000", "an additional 1,000-3,000"])
def test_hyphens_inside_a_figure_are_not_a_sign(text):
    assert parse_figure(text, "en").status == "ok"


def test_a_negative_figure_reaches_the_review_queue(raw_claims_copy, tmp_path):
    (raw_claims_copy / "extra.csv").write_text(
        HEADER + "\n"
        "n001,2025-01-02,Outlet,https://example.org/n1,en,NIS,North Korean soldiers,killed,-5,,,\n"
        "n002,2025-01-03,Outlet,https://example.org/n2,en,NIS,North Korean soldiers,killed,−500,"
        ",,\n"
        "n003,2025-01-04,Outlet,https://example.org/n3,en,NIS,North Korean soldiers,killed,5,,,\n",
        encoding="utf-8")
    build_claims(raw_claims_copy, tmp_path, today=TODAY)
    claims = read_claims(tmp_path / "claims.csv").set_index("id")
    assert claims.loc[["n001", "n002"], "figure_status"].tolist() == ["unparsed", "unparsed"]
    assert claims.loc[["n001", "n002"], "best"].isna().all()
    assert claims.loc["n003", "best"] == 5
    queue = read_csv_table(tmp_path / "review_queue.csv", integers=("line",))
    mine = queue[queue["id"].isin(["n001", "n002", "n003"])]
    assert mine[["kind", "id", "detail"]].values.tolist() == [
        ["unparsed_figure", "n001", "figure '-5' is negative: a count cannot be below zero"],
        ["unparsed_figure", "n002", "figure '−500' is negative: a count cannot be below zero"],
    ]
    # the other unparsed figures keep their sentence
    others = queue[(queue["kind"] == "unparsed_figure") & ~queue["id"].isin(["n001", "n002"])]
    assert len(others) and others["detail"].str.endswith(
        "holds no single quantity under the codebook").all()


def sheet_bytes(newline: bytes) -> bytes:
    rows = [HEADER.encode(),
            b'a1,2025-01-02,Outl\xc3\xa9t,https://e.org/a,de,NIS,S,killed,3,,,"multi' + newline
            + b"line" + newline + b'note"',
            b'a2,2025-01-02,O,https://e.org/b,de,NIS,S,killed,3,,,"one' + newline + b'more"',
            b'a3,2025-01-02,O,https://e.org/c,de,NIS,S,killed,3,,,"bad \xfc byte"',
            b"a4,2025-01-02,O,https://e.org/d,de,NIS,S,killed,3,,,ok"]
    return newline.join(rows) + newline


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_a_bad_byte_after_multiline_records_names_its_own_line(tmp_path, newline):
    # header 1, a1 on lines 2-4, a2 on 5-6: the bad byte is on line 7, the fourth record
    path = tmp_path / "sheet.csv"
    path.write_bytes(sheet_bytes(newline))
    sheet = read_sheet(path)
    assert sheet.rows[["line", "id"]].values.tolist() == [[2, "a1"], [5, "a2"], [8, "a4"]]
    [(line, reason)] = sheet.rejected[["line", "reason"]].values.tolist()
    offset = sheet_bytes(newline).index(b"\xfc")
    assert (line, reason) == (7, f"bytes that are not UTF-8 on line 7 (byte 0xfc at offset "
                                 f"{offset}): the rest of the sheet is UTF-8; retype that text "
                                 "and save as UTF-8")


def reference(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "claimants.csv"
    path.write_bytes(data)
    with pytest.raises(SheetError) as caught:
        read_reference_csv(path)
    return str(caught.value)


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_a_reference_table_names_the_line_of_a_bad_byte(tmp_path, newline):
    data = newline.join([b"\xef\xbb\xbfpattern,claimant,note", b'NIS,NIS,"two' + newline
                         + b'lines"', b"HUR,HUR,x", b"\\bMSMT\\b,M\xfcT,y", b""])
    message = reference(tmp_path, data)
    offset = data.index(bytes([0xFC]))
    assert message.endswith(f"claimants.csv:5: byte 0xfc at offset {offset} is "
                            "not UTF-8; save the table as UTF-8 CSV")


def test_a_reference_table_names_the_line_of_a_wide_record(tmp_path):
    # pandas says "line 4" (it counts records); the record is on line 6
    message = reference(tmp_path, b'pattern,claimant,note\nNIS,NIS,"a\nb\nc"\nHUR,HUR,x\n'
                                  b"MSMT,M,y,extra\n")
    assert message.endswith("claimants.csv:6: this record has 4 fields but the header has 3")
