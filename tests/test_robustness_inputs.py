"""Bad input, case by case: every raw record is cleaned or quarantined, or the sheet is refused.

Each row-level case is a sheet of its own (``robustness_<case>.csv``) added to a copy of
the real ledger; one real build (``build_claims``) reads them all, and each case then checks
its own outcome, line by line, against ``claims.csv`` and ``quarantine.csv`` as written:

- ``clean``: the record is in ``claims.csv`` with the cleaned cells given;
- ``quarantine``: the record is in ``quarantine.csv`` with sheet, line, id, column and a
  reason;

and the reconciliation for its sheet (records read = processed + quarantined, every line
and id accounted for, none in both tables). Sheet-level cases check that the build stops
with a :class:`~analysis.errors.SheetError` naming file, line and column, and that the last
good outputs are untouched. The catalogue is ``docs/robustness.md``.
"""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from analysis.claims.build import build_claims, read_claims
from analysis.core import paths
from analysis.core.errors import SheetError
from analysis.core.tables import read_csv_table
from analysis.ledger.sheets import SHEET_COLUMNS, read_sheet
from analysis.pipeline import write_data_package

TODAY = date(2026, 11, 27)
GOOD = {
    "published": "2025-01-02", "outlet": "Outlet", "language": "en",
    "attributed_to": "Volodymyr Zelensky", "subject": "North Korean soldiers",
    "metric": "killed", "figure_text": "about 300", "period_text": "", "location_text": "",
    "note": "",
}  # fmt: skip


def row(id_: str, **cells: str) -> dict[str, str]:
    """A valid ledger row with ``cells`` changed (url defaults to a unique example page)."""
    out = {"id": id_, "url": f"https://example.org/{id_}", **GOOD}
    out.update(cells)
    return out


def sheet(rows: list[dict[str, str]], columns=SHEET_COLUMNS, delimiter: str = ",",
          newline: str = "\n", encoding: str = "utf-8") -> bytes:
    """Write rows as a CSV the way a spreadsheet would (quoting only where needed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return buffer.getvalue().encode(encoding)


def clean(id_: str, **cells: str) -> tuple:
    return ("clean", id_, cells)


def quarantine(id_: str, column: str, reason: str) -> tuple:
    return ("quarantine", id_, column, reason)


@dataclass
class Case:
    """One bad input: the sheet's bytes and the outcome of each record, by starting line."""

    name: str
    content: bytes
    expect: dict[int, tuple]
    blank_lines: int = 0
    encoding: str | None = None
    delimiter: str = ","
    extra: dict = field(default_factory=dict)


# -- sheets -----------------------------------------------------------------------------------

RU = row("cp-1", outlet="РБК", attributed_to="Генштаб ВСУ", subject="северокорейские военные",
         figure_text="более 3 тысяч", language="ru", note="заметка о потерях")
DE = row("l1-1", outlet="Die Zeit", attributed_to="Selenskyj", subject="nordkoreanische Soldaten",
         figure_text="über 3.000", language="de", note="schätzungsweise, Größe unklar")
FR = row("l1-2", outlet="Le Monde", attributed_to="Zelensky", subject="soldats nord-coréens",
         figure_text="près de 3 000", language="fr", note="à Koursk, déjà")

# issue 18: a UTF-8 sheet with one stray Latin-1 byte (0xfc, "ü") and one encoded lone
# surrogate (ED A0 80) on two rows: the sheet stays UTF-8; those two rows are quarantined
_UTF8_GOOD = sheet([row("u8-1", outlet="Süddeutsche Zeitung", figure_text="über 3.000",
                        language="de"),
                    row("u8-2", outlet="Süddeutsche Zeitung", figure_text="über 3.500",
                        language="de"),
                    row("u8-3", outlet="연합뉴스", figure_text="1만여 명", language="ko"),
                    row("u8-4", outlet="Le Monde", figure_text="près de 3 000", language="fr")])
UTF8_FEW_BAD_BYTES = (_UTF8_GOOD.replace("über 3.500".encode(), b"\xfcber 3.500")
                      .replace("près".encode(), b"pr\xed\xa0\x80s", 1))
LATIN1_OFFSET = UTF8_FEW_BAD_BYTES.index(b"\xfc")
SURROGATE_OFFSET = UTF8_FEW_BAD_BYTES.index(b"\xed\xa0\x80")

# issue 18: cells over the cell limit; the long note holds a quoted line that looks like a
# claim (with the csv module's 131,072-character field limit it became a record of its own)
_FAKE_ROW = "\nfake-1,2025-01-02,Outlet,https://example.org/fake,en,Zelensky,soldiers,killed,5"
LONG_CELLS = sheet([row("lc-1", figure_text="1 " * 30_000),
                    row("lc-2", published="1" + " " * 16_000 + "x"),
                    row("lc-3", note="x" * 140_000 + _FAKE_ROW + "y" * 10),
                    row("lc-4", note="n" * 2_000)])

CASES: list[Case] = [
    Case("header_only", sheet([]), {}),
    Case("utf8_with_a_few_bad_bytes", UTF8_FEW_BAD_BYTES,
         {2: clean("u8-1", outlet="Süddeutsche Zeitung", figure_text="über 3.000"),
          3: quarantine("", "", f"bytes that are not UTF-8 on line 3 (byte 0xfc at offset "
                        f"{LATIN1_OFFSET})"),
          4: clean("u8-3", outlet="연합뉴스"),
          5: quarantine("", "", f"bytes that are not UTF-8 on line 5 (byte 0xed at offset "
                        f"{SURROGATE_OFFSET})")},
         encoding="utf-8, with bytes that are not UTF-8"),
    Case("cells_over_the_cell_limit", LONG_CELLS,
         {2: quarantine("lc-1", "figure_text", "the cell has 59,999 characters, over the "
                        "limit of 2,000 per cell"),
          3: quarantine("lc-2", "published", "not a date: 16,002 characters"),
          4: quarantine("lc-3", "note",
                        f"the cell has {140_010 + len(_FAKE_ROW):,} characters"),
          6: clean("lc-4", note="n" * 2_000)}),  # lc-3 spans lines 4 and 5
    Case("bidi_override_characters", sheet([
        row("bd-1", outlet="Reuters\u202e", attributed_to="\u2067Zelensky\u2069",
            note="exe.\u202egnp")]),
        {2: clean("bd-1", outlet="Reuters", attributed_to="Zelensky", note="exe.gnp")}),
    Case("extra_and_reordered_columns",
         sheet([row("ex-1", reviewer="AB", figure_text="1,500")],
               columns=("reviewer", *reversed(SHEET_COLUMNS), "Unnamed: 13")),
         {2: clean("ex-1", figure_text="1,500")}),
    Case("duplicate_ids_within_sheet",
         sheet([row("dw-1"), row("dw-2"), row("dw-1", figure_text="400"), row("dw-1")]),
         {2: clean("dw-1"), 3: clean("dw-2"),
          4: quarantine("dw-1", "id", "id 'dw-1' is already used at "
                        "robustness_duplicate_ids_within_sheet.csv line 2"),
          5: quarantine("dw-1", "id", "is already used at "
                        "robustness_duplicate_ids_within_sheet.csv line 2")}),
    Case("duplicate_ids_across_sheets",
         sheet([row("d001"), row("c001"), row("da-1")]),
         {2: quarantine("d001", "id", "id 'd001' is already used at deployments.csv line 2"),
          3: quarantine("c001", "id", "id 'c001' is already used at casualties.csv line 2"),
          4: clean("da-1")}),
    Case("wrong_number_of_fields",
         b"id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
         b"period_text,location_text,note\n"
         b"wf-1,2025-01-02,Outlet,https://example.org/a,en\n"
         b"wf-2,2025-01-02,Outlet,https://example.org/b,en,Zelensky,soldiers,killed,300,,,,extra\n"
         b"wf-3,2025-01-02,Outlet,https://example.org/c,en,Zelensky,soldiers,killed,300,,,\n",
         {2: quarantine("", "", "this record has 5 fields but the header has 12"),
          3: quarantine("", "", "this record has 13 fields but the header has 12"),
          4: clean("wf-3")}),
    Case("stray_quote_inside_a_cell",
         b"id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
         b"period_text,location_text,note\n"
         b'sq-1,2025-01-02,Outlet,https://example.org/a,en,Zelensky,soldiers,killed,"5" tall,,,\n'
         b"sq-2,2025-01-02,Outlet,https://example.org/b,en,Zelensky,soldiers,killed,300,,,\n",
         {2: quarantine("", "", "a quote inside a cell that is not itself wrapped in quotes"),
          3: clean("sq-2")}),
    Case("embedded_newlines",
         sheet([row("nl-1", note="first line\nsecond line", figure_text="more than\n3,000"),
                row("nl-2", note="a\r\nb"), row("nl-3")])
         + b'nl-4,2025-01-02,Outlet,https://example.org/nl-4,en,Zelensky,soldiers,killed,300,,,'
           b'"old Mac\rline break"\n',
         {2: clean("nl-1", note="first line\nsecond line", figure_text="more than\n3,000"),
          5: clean("nl-2", note="a\r\nb"), 7: clean("nl-3"),
          8: clean("nl-4", note="old Mac\rline break")}),
    Case("utf8_with_bom", b"\xef\xbb\xbf" + sheet([DE | {"id": "bom-1"}]),
         {2: clean("bom-1", figure_text="über 3.000", note="schätzungsweise, Größe unklar")},
         encoding="utf-8-sig"),
    Case("utf16_with_bom_excel_unicode_text",
         sheet([RU | {"id": "u16-1"}], delimiter="\t", newline="\r\n", encoding="utf-16"),
         {2: clean("u16-1", figure_text="более 3 тысяч", outlet="РБК")},
         encoding="utf-16", delimiter="\t"),
    Case("utf16le_without_bom",
         sheet([RU | {"id": "u16le-1"}], encoding="utf-16-le"),
         {2: clean("u16le-1", figure_text="более 3 тысяч")}, encoding="utf-16-le"),
    Case("cp1251_cyrillic_windows", sheet([RU], newline="\r\n", encoding="cp1251"),
         {2: clean("cp-1", figure_text="более 3 тысяч", note="заметка о потерях")},
         encoding="cp1251"),
    Case("latin1", sheet([DE, FR], encoding="latin-1"),
         {2: clean("l1-1", figure_text="über 3.000", attributed_to="Selenskyj"),
          3: clean("l1-2", figure_text="près de 3 000", note="à Koursk, déjà")},
         encoding="cp1252"),
    Case("semicolon_excel_export",
         sheet([row("sc-1", published="19.12.2024", figure_text="1.500", outlet="Spiegel",
                    note="Zahl; unbestätigt", language="DE", attributed_to="Selenskyj"),
                row("sc-2", published="20.12.2024", figure_text="3.000,5", note="")],
               delimiter=";", newline="\r\n", encoding="cp1252"),
         {2: clean("sc-1", published="2024-12-19", note="Zahl; unbestätigt", language="de"),
          3: clean("sc-2", published="2024-12-20", figure_text="3.000,5")},
         delimiter=";"),
    Case("tab_delimited", sheet([row("tb-1", note="a, b; c")], delimiter="\t"),
         {2: clean("tb-1", note="a, b; c")}, delimiter="\t"),
    Case("mixed_line_endings",
         sheet([row("ml-1")], newline="\r\n")
         + sheet([row("ml-2")])[sheet([]).__len__():]
         + sheet([row("ml-3")], newline="\r")[sheet([], newline="\r").__len__():],
         {2: clean("ml-1"), 3: clean("ml-2"), 4: clean("ml-3")}),
    Case("blank_rows_spreadsheets_append",
         sheet([row("bl-1")]) + b",,,,,,,,,,,\n\n  ,  ,,,,,,,,,,\n",
         {2: clean("bl-1")}, blank_lines=3),
    # -- cells ------------------------------------------------------------------------------
    Case("dates_in_spreadsheet_forms", sheet([
        row("dt-01", published="2024-12-19"),
        row("dt-02", published="2024-12-19T08:30:00Z"),
        row("dt-03", published="2024-12-19 00:00:00"),
        row("dt-04", published="2024/12/19"),
        row("dt-05", published="19.12.2024"),
        row("dt-06", published="19/12/2024"),
        row("dt-07", published="12/19/2024"),
        row("dt-08", published="19 December 2024"),
        row("dt-09", published="Dec. 19, 2024"),
        row("dt-10", published="December 19th, 2024"),
        row("dt-11", published="19-Dec-2024"),
        row("dt-12", published="Thursday, 19 December 2024"),
        row("dt-13", published="19/12/2024 08:30"),
        row("dt-14", published="12/19/2024 8:30 PM"),
        row("dt-15", published="45645"),
        row("dt-16", published="45645.35"),
        row("dt-17", published=" 2024-12-19\u200b "),
        row("dt-18", published=""),
        row("dt-19", published="2026-11-27"),
    ]), {line: clean(f"dt-{line - 1:02d}", published="2024-12-19") for line in range(2, 19)}
        | {19: clean("dt-18", published=""), 20: clean("dt-19", published="2026-11-27")}),
    Case("dates_impossible_ambiguous_or_future", sheet([
        row("di-1", published="2025-02-30"),
        row("di-2", published="2026-13-01"),
        row("di-3", published="31.02.2025"),
        row("di-4", published="03/04/2025"),
        row("di-5", published="2026-11-28"),
        row("di-6", published="2099-01-01"),
        row("di-7", published="19-Dec-24"),
        row("di-8", published="yesterday"),
        row("di-9", published="December 2024"),
    ]), {2: quarantine("di-1", "published", "impossible date '2025-02-30'"),
         3: quarantine("di-2", "published", "impossible date '2026-13-01'"),
         4: quarantine("di-3", "published", "impossible date '31.02.2025'"),
         5: quarantine("di-4", "published", "ambiguous date '03/04/2025'"),
         6: quarantine("di-5", "published", "after the day of this build"),
         7: quarantine("di-6", "published", "after the day of this build"),
         8: quarantine("di-7", "published", "not a date: '19-Dec-24'"),
         9: quarantine("di-8", "published", "not a date: 'yesterday'"),
         10: quarantine("di-9", "published", "not a date: 'December 2024'")}),
    Case("figures_in_odd_forms", sheet([row(f"fg-{i:02d}", figure_text=text) for i, text in
                                        enumerate(["n/a", "—", "?", "1e6", "∞", "-5", "0",
                                                   "3,000–4,000", "½", "١٢٣", "9" * 40,
                                                   "=1+1", "+1,500", "@SUM(A1)",
                                                   "about 3,000 (maybe 4,000)", "NaN",
                                                   "1.5k", "tens of thousands", "'=quoted"])]),
         {i + 2: clean(f"fg-{i:02d}", figure_text=text) for i, text in
          enumerate(["n/a", "—", "?", "1e6", "∞", "-5", "0", "3,000–4,000", "½", "١٢٣",
                     "9" * 40, "=1+1", "+1,500", "@SUM(A1)", "about 3,000 (maybe 4,000)",
                     "NaN", "1.5k", "tens of thousands", "'=quoted"])}),
    Case("urls", sheet([
        row("ur-1", url="www.bbc.com/news/x"),
        row("ur-2", url="https://www.bbc.com/news/a b c"),
        row("ur-3", url="  https://example.org/padded  "),
        row("ur-4", url="HTTPS://EXAMPLE.ORG/UPPER"),
        row("ur-5", url="javascript:alert(1)"),
        row("ur-6", url="ftp://example.org/x"),
        row("ur-7", url="mailto:desk@example.org"),
        row("ur-8", url="https://"),
        row("ur-9", url="https://exa\u200bmple.org/zero-width"),
        row("ur-10", url="//example.org/no-scheme"),
    ]), {2: quarantine("ur-1", "url", "not a web address starting with http:// or https://"),
         3: clean("ur-2", url="https://www.bbc.com/news/a%20b%20c"),
         4: clean("ur-3", url="https://example.org/padded"),
         5: clean("ur-4", url="HTTPS://EXAMPLE.ORG/UPPER"),
         6: quarantine("ur-5", "url", "not a web address"),
         7: quarantine("ur-6", "url", "not a web address"),
         8: quarantine("ur-7", "url", "not a web address"),
         9: quarantine("ur-8", "url", "not a web address"),
         10: clean("ur-9", url="https://example.org/zero-width"),
         11: quarantine("ur-10", "url", "not a web address")}),
    Case("language_codes", sheet([
        row("lg-1", language="EN"), row("lg-2", language=" Uk "), row("lg-3", language="dE"),
        row("lg-4", language="ko\u200b"), row("lg-5", language="en-GB"),
        row("lg-6", language="eng"), row("lg-7", language="xx"), row("lg-8", language=""),
    ]), {2: clean("lg-1", language="en"), 3: clean("lg-2", language="uk"),
         4: clean("lg-3", language="de"), 5: clean("lg-4", language="ko"),
         6: quarantine("lg-5", "language", "not an ISO 639-1 language code"),
         7: quarantine("lg-6", "language", "not an ISO 639-1 language code"),
         8: quarantine("lg-7", "language", "not an ISO 639-1 language code"),
         9: quarantine("lg-8", "language", "empty, but this column is required")}),
    Case("whitespace_and_zero_width", sheet([
        row("ws-1", outlet="  Reuters  ", subject="\tNorth Korean soldiers\t"),
        row("ws-2", outlet="\u00a0Reuters\u00a0", figure_text="3\u00a0000"),
        row("ws\u200b-3", outlet="Reu\u200cters", subject="Nord\u00adkorea"),
        row("\ufeffws-4", note="  kept inside  spaces  "),
        row("ws-5", attributed_to="\u200b\u200b"),
        row("ws-6", figure_text="   "),
        row("ws 7"),
        row("ws-8", outlet="Cafe\u0301"),
    ]), {2: clean("ws-1", outlet="Reuters", subject="North Korean soldiers"),
         3: clean("ws-2", outlet="Reuters", figure_text="3\u00a0000"),
         4: clean("ws-3", outlet="Reuters", subject="Nordkorea"),
         5: clean("ws-4", note="kept inside  spaces"),
         6: quarantine("ws-5", "attributed_to", "empty, but this column is required"),
         7: quarantine("ws-6", "figure_text", "empty, but this column is required"),
         8: quarantine("ws 7", "id", "an id must be letters, digits"),
         9: clean("ws-8", outlet="Café")}),
    Case("required_cells_and_vocabulary", sheet([
        row("", figure_text="12"), row("rq-2", outlet=""), row("rq-3", url=""),
        row("rq-4", subject=""), row("rq-5", metric=""), row("rq-6", metric="dead"),
        row("rq-7", language="xx", metric="dead", url="www.example.org"),
    ]), {2: quarantine("", "id", "empty, but this column is required"),
         3: quarantine("rq-2", "outlet", "empty, but this column is required"),
         4: quarantine("rq-3", "url", "empty, but this column is required"),
         5: quarantine("rq-4", "subject", "empty, but this column is required"),
         6: quarantine("rq-5", "metric", "empty, but this column is required"),
         7: quarantine("rq-6", "metric", "not one of the metrics"),
         8: quarantine("rq-7", "language | metric | url", "not a web address")}),
    Case("formula_injection_in_text_cells", sheet([
        row("fx-1", outlet='=HYPERLINK("http://evil.example","click")',
            note="+cmd|' /C calc'!A0", attributed_to="@Zelensky", subject="-soldiers-"),
    ]), {2: clean("fx-1", outlet='=HYPERLINK("http://evil.example","click")',
                  note="+cmd|' /C calc'!A0", attributed_to="@Zelensky",
                  subject="-soldiers-")}),
]

ROW_CASES = {case.name: case for case in CASES}


@pytest.fixture(scope="module")
def case_build(tmp_path_factory):
    """One real build over the real ledger plus every row-level case sheet."""
    base = tmp_path_factory.mktemp("cases")
    raw = base / "raw" / "claims"
    shutil.copytree(paths.RAW_CLAIMS, raw)
    for case in CASES:
        (raw / f"robustness_{case.name}.csv").write_bytes(case.content)
    overrides = base / "claim_overrides.csv"
    overrides.write_text("action,ids,note\n", encoding="utf-8")
    out = base / "processed"
    summary = build_claims(raw, out, overrides, today=TODAY)
    write_data_package(out)
    claims = read_claims(out / "claims.csv")
    quarantined = read_csv_table(out / "quarantine.csv", integers=("line",))
    return raw, summary, claims, quarantined, out


@pytest.mark.parametrize("name", list(ROW_CASES))
def test_each_record_is_cleaned_or_quarantined_and_its_sheet_reconciles(case_build, name):
    raw, summary, claims, quarantined, _ = case_build
    case = ROW_CASES[name]
    sheet_name = f"robustness_{name}.csv"
    mine = claims[claims["sheet"] == sheet_name].set_index("line")
    held = quarantined[quarantined["sheet"] == sheet_name].set_index("line")
    # reconciliation for this input: raw records = processed + quarantined, line by line
    assert summary.rows_in[sheet_name] == len(case.expect) == len(mine) + len(held)
    assert set(mine.index) | set(held.index) == set(case.expect)
    assert not set(mine.index) & set(held.index)
    for line, outcome in case.expect.items():
        if outcome[0] == "clean":
            _, id_, cells = outcome
            assert line in mine.index, f"line {line} was quarantined: {held.loc[line].to_dict()}"
            got = mine.loc[line]
            assert got["id"] == id_
            for column, value in cells.items():
                assert got[column] == value, (line, column)
            assert got["figure_status"] in {"ok", "unparsed", "vague"} or got["figure_status"]
            values = [v for v in (got["low"], got["best"], got["high"]) if not math.isnan(v)]
            assert values == sorted(values)
        else:
            _, id_, column, reason = outcome
            assert line in held.index, f"line {line} was not quarantined"
            got = held.loc[line]
            assert (got["id"], got["column"]) == (id_, column)
            assert reason in got["reason"], got["reason"]
    sheet_read = read_sheet(raw / sheet_name)
    assert sheet_read.blank_lines == case.blank_lines
    if case.encoding:
        assert sheet_read.encoding == case.encoding
    assert sheet_read.delimiter == case.delimiter


def test_the_whole_build_reconciles_and_keeps_every_raw_id(case_build):
    raw, summary, claims, quarantined, _ = case_build
    assert summary.total_in == len(claims) + len(quarantined)
    assert summary.lines()[-1] == (f"reconciled: {summary.total_in} raw rows = {len(claims)} "
                                   f"processed + {len(quarantined)} quarantined")
    expected_ids = []
    for path in sorted(paths.RAW_CLAIMS.glob("*.csv")):
        with open(path, newline="", encoding="utf-8-sig") as handle:
            expected_ids += [r["id"] for r in csv.DictReader(handle)]
    for case in CASES:
        expected_ids += [o[1] for o in case.expect.values()]
    from analysis.ledger.validation import clean_text

    assert sorted(clean_text(i) for i in expected_ids) == sorted(
        [*claims["id"], *quarantined["id"]])
    # every real ledger row still processed: the bad sheets cost nothing else
    real = claims[claims["sheet"].isin(["casualties.csv", "deployments.csv"])]
    assert len(real) == 334


def test_formula_cells_are_escaped_on_disk_and_restored_on_reading(case_build):
    _, _, claims, _, out = case_build
    text = (out / "claims.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")" in text
    assert ",'@Zelensky," in text and "'+cmd|" in text and "'-soldiers-" in text
    assert ",'=1+1," in text and ",'+1,500" not in text  # quoted: the cell holds a comma
    for line in text.splitlines()[1:]:
        for cell in next(csv.reader([line])) if line.count('"') % 2 == 0 else []:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
    row_ = claims.set_index("id").loc["fx-1"]
    assert row_["outlet"] == '=HYPERLINK("http://evil.example","click")'
    package = (out / "datapackage.json").read_text(encoding="utf-8")
    assert "apostrophe" in package


# -- sheet-level problems: the build stops, naming file, line and column ----------------------

HEADER = ",".join(SHEET_COLUMNS)
GOOD_LINE = "x1,2025-01-02,Outlet,https://example.org/x1,en,Zelensky,soldiers,killed,300,,,"


@dataclass
class SheetCase:
    name: str
    content: bytes
    line: int | None
    column: str | None
    words: str


SHEET_CASES = [
    SheetCase("empty_file", b"", None, None, "the file is empty"),
    SheetCase("only_blank_lines", b"\n\r\n  \n", None, None, "the file is empty"),
    SheetCase("missing_column", HEADER.replace(",figure_text", "").encode() + b"\n", 1,
              "figure_text", "required column missing"),
    SheetCase("renamed_column", HEADER.replace("figure_text", "Figure text").encode() + b"\n"
              + GOOD_LINE.encode() + b"\n", 1, "figure_text", "required column missing"),
    SheetCase("upper_case_column", HEADER.replace("metric", "METRIC").encode() + b"\n", 1,
              "metric", "required column missing"),
    SheetCase("repeated_column", (HEADER + ",note").encode() + b"\n", 1, "note",
              "column appears twice"),
    SheetCase("quote_never_closed",
              (HEADER + "\n" + GOOD_LINE + '\nx2,,O,"https://e.org,en\n' + GOOD_LINE + "\n"
               ).encode(), 3, None, "a quote opened there is probably never closed"),
    SheetCase("undecodable_bytes",
              HEADER.encode() + b"\nx1,,\x81\x98\x8d\x90,https://e.org,en" + b"," * 7 + b"\n",
              2, None, "cannot be decoded"),
    SheetCase("spreadsheet_binary_saved_as_csv",
              b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 4,
              # 0x81 follows an LF and a lone CR: line 3, as the csv reader counts lines
              3, None, "cannot be decoded"),
    SheetCase("no_header_row", (GOOD_LINE + "\n" + GOOD_LINE + "\n").encode(), 1, "id",
              "required column missing"),
]


@pytest.fixture(scope="module")
def good_outputs(tmp_path_factory):
    """The last good outputs: a build of the real ledger."""
    out = tmp_path_factory.mktemp("good")
    build_claims(processed_dir=out, today=TODAY)
    return {p.name: p.read_bytes() for p in out.iterdir()}


def _check_sheet_error(raw, out, good_outputs, name, line, column, words):
    with pytest.raises(SheetError) as caught:
        build_claims(raw, out, today=TODAY)
    error = caught.value
    assert error.file.endswith(name)
    assert (error.line, error.column) == (line, column)
    assert words in error.message
    assert str(error).startswith(error.file)
    # the build stopped before writing: the last good outputs are intact, nothing half-written
    assert {p.name: p.read_bytes() for p in out.iterdir()} == good_outputs


@pytest.mark.parametrize("case", SHEET_CASES, ids=[c.name for c in SHEET_CASES])
def test_a_sheet_level_problem_stops_the_build_naming_file_line_and_column(
        raw_claims_copy, tmp_path, good_outputs, case):
    out = tmp_path / "processed"
    out.mkdir()
    for name, data in good_outputs.items():
        (out / name).write_bytes(data)
    (raw_claims_copy / f"robustness_{case.name}.csv").write_bytes(case.content)
    _check_sheet_error(raw_claims_copy, out, good_outputs, f"robustness_{case.name}.csv",
                       case.line, case.column, case.words)


def test_a_200_mb_sheet_is_refused_before_it_is_read(raw_claims_copy, tmp_path, good_outputs):
    """A real 200 MB file (sparse: no disk used) against the default 64 MiB limit."""
    import analysis.ledger.sheets as sources

    assert sources.MAX_SHEET_BYTES == 64 * 1024 * 1024 or "ANALYSIS_MAX_SHEET_MB" in os.environ
    big = raw_claims_copy / "robustness_200mb.csv"
    with open(big, "wb") as handle:
        handle.write((HEADER + "\n" + GOOD_LINE + "\n").encode())
        handle.truncate(200 * 1024 * 1024)
    out = tmp_path / "processed"
    out.mkdir()
    for name, data in good_outputs.items():
        (out / name).write_bytes(data)
    _check_sheet_error(raw_claims_copy, out, good_outputs, "robustness_200mb.csv", None, None,
                       "the file has 209,715,200 bytes, over the limit of 67,108,864 bytes")


def test_the_size_limit_is_configurable(raw_claims_copy, tmp_path, good_outputs, monkeypatch):
    import analysis.ledger.sheets as sources

    monkeypatch.setattr(sources, "MAX_SHEET_BYTES", 2000)
    (raw_claims_copy / "robustness_big.csv").write_text(
        HEADER + "\n" + (GOOD_LINE + "\n") * 50, encoding="utf-8")
    out = tmp_path / "processed"
    out.mkdir()
    for name, data in good_outputs.items():
        (out / name).write_bytes(data)
    # the real sheets are over 2,000 bytes too; the first in name order is named
    with pytest.raises(SheetError, match="over the limit of 2,000 bytes for a collection "
                                         "sheet; split it, or raise ANALYSIS_MAX_SHEET_MB"):
        build_claims(raw_claims_copy, out, today=TODAY)


# -- the command line: one clear line, no traceback, small memory ----------------------------

# Peak memory of the child's own image: VmHWM in /proc (ru_maxrss is not used because Linux
# carries it across fork and exec, so a child of a big pytest process would report the
# parent's peak).
MEASURE = (
    "import re, sys\n"
    "from analysis.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "print(int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)\n"
    "sys.exit(code)\n"
)


def minimal_project(root: Path) -> Path:
    shutil.copytree(paths.RAW, root / "data" / "raw")
    (root / "data" / "processed").mkdir(parents=True)
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def run_measured(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", MEASURE, *args],
                          env={**os.environ, "ANALYSIS_ROOT": str(root), **env},
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("size_mb", "limit_mb", "words"),
    [
        pytest.param(2, "1", "the file has 2,097,152 bytes, over the limit of 1,048,576 bytes",
                     id="2MB-over-ANALYSIS_MAX_SHEET_MB=1"),
        pytest.param(200, None, "the file has 209,715,200 bytes, over the limit of 67,108,864 "
                     "bytes", id="200MB-over-the-default-64MiB"),
    ],
)
def test_cli_refuses_an_oversized_sheet_fast_with_one_line(tmp_path, size_mb, limit_mb, words):
    root = minimal_project(tmp_path / "project")
    big = root / "data" / "raw" / "claims" / "zz_big.csv"
    with open(big, "wb") as handle:
        handle.write((HEADER + "\n" + GOOD_LINE + "\n").encode())
        handle.truncate(size_mb * 1024 * 1024)
    env = {"ANALYSIS_MAX_SHEET_MB": limit_mb} if limit_mb else {}
    if not limit_mb:
        env_without = {k: v for k, v in os.environ.items() if k != "ANALYSIS_MAX_SHEET_MB"}
        done = subprocess.run([sys.executable, "-c", MEASURE, "build"],
                              env={**env_without, "ANALYSIS_ROOT": str(root)},
                              capture_output=True, text=True, timeout=120)
    else:
        done = run_measured(root, "build", **env)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"analysis build: error: data/raw/claims/zz_big.csv: {words} for a collection sheet; "
        "split it, or raise ANALYSIS_MAX_SHEET_MB")
    peak_mb = int(done.stdout.strip().splitlines()[-1])
    assert peak_mb < 400, f"peak memory {peak_mb} MB: the file was read"
    assert not any((root / "data" / "processed").iterdir())


def test_cli_names_file_line_and_column_for_a_broken_sheet(tmp_path):
    root = minimal_project(tmp_path / "project")
    (root / "data" / "raw" / "claims" / "zz_broken.csv").write_text(
        HEADER + "\n" + GOOD_LINE + '\nx2,,O,"https://e.org,en\n', encoding="utf-8")
    done = run_measured(root, "build")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "analysis build: error: data/raw/claims/zz_broken.csv:3: unreadable CSV from line 3 "
        "(unexpected end of data): a quote opened there is probably never closed")


@pytest.mark.parametrize(
    ("body", "quarantined"),
    [pytest.param("", 0, id="header-only-sheet-alone"),
     pytest.param("x1,2025-02-30,,,,,,,,,,\nx1,,O,www.example.org,en,Z,s,dead,5,,,\n", 2,
                  id="every-row-quarantined")],
)
def test_a_build_with_no_valid_row_writes_empty_tables_and_reconciles(tmp_path, body,
                                                                      quarantined):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "only.csv").write_text(HEADER + "\n" + body, encoding="utf-8")
    summary = build_claims(raw, tmp_path / "out", today=TODAY)
    assert summary.lines()[-1] == (f"reconciled: {quarantined} raw rows = 0 processed + "
                                   f"{quarantined} quarantined")
    assert len(read_claims(tmp_path / "out" / "claims.csv")) == 0
    for name in ("claim_groups.csv", "review_queue.csv"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert text.count("\n") == 1 and text.startswith(("claim_group,", "kind,"))
