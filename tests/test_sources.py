from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import SheetError
from analysis.sources import SHEET_COLUMNS, read_sheet, read_sheets, sheet_paths

HEADER = ("id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
          "period_text,location_text,note")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_the_real_sheets_as_text_with_their_lines():
    deployments = read_sheet(paths.RAW_CLAIMS / "deployments.csv")
    casualties = read_sheet(paths.RAW_CLAIMS / "casualties.csv")
    # Row counts stated by the ledger's compilers (shared/README.md).
    assert len(deployments.rows) == 151
    assert len(casualties.rows) == 183
    assert list(deployments.rows.columns) == ["line", *SHEET_COLUMNS]
    first = deployments.rows.iloc[0]
    assert (first["id"], first["line"], first["figure_text"]) == ("d001", 2, "1,500")
    assert casualties.rows.iloc[0]["figure_text"] == "mintegy ötszáz"
    # Missing cells are empty text, never NaN.
    assert (deployments.rows["published"] == "").sum() > 0
    assert deployments.rows["published"].isna().sum() == 0


def test_sheets_are_listed_in_name_order_and_new_sheets_are_picked_up(raw_claims_copy):
    write(raw_claims_copy / "aaa_new.csv",
          HEADER + "\nn001,,Outlet,https://example.org/a,en,Someone,troops,deployed,12,,,\n")
    (raw_claims_copy / "notes.txt").write_text("not a sheet")
    names = [p.name for p in sheet_paths(raw_claims_copy)]
    assert names == ["aaa_new.csv", "casualties.csv", "deployments.csv"]
    sheets = read_sheets(raw_claims_copy)
    assert [len(s.rows) for s in sheets] == [1, 183, 151]


def test_columns_in_another_order_and_extra_columns_are_accepted(tmp_path):
    columns = list(reversed(HEADER.split(","))) + ["reviewer"]
    values = {"id": "x1", "figure_text": "about 300", "url": "https://example.org/"}
    row = [values.get(c, "") for c in columns]
    sheet = read_sheet(write(tmp_path / "s.csv", ",".join(columns) + "\n" + ",".join(row) + "\n"))
    assert list(sheet.rows.columns) == ["line", *SHEET_COLUMNS]
    assert sheet.rows.iloc[0]["figure_text"] == "about 300"


def test_embedded_newlines_keep_line_numbers_right(tmp_path):
    text = (HEADER + "\n"
            'a1,,O,https://e.org/1,en,X,t,killed,5,,,"a note\nover two lines"\n'
            "a2,,O,https://e.org/2,en,X,t,killed,6,,,\n")
    sheet = read_sheet(write(tmp_path / "s.csv", text))
    assert sheet.rows["line"].tolist() == [2, 4]
    assert sheet.rows.iloc[0]["note"] == "a note\nover two lines"


def test_a_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    sheet = read_sheet(write(tmp_path / "s.csv", "\ufeff" + HEADER + "\nb1" + "," * 11 + "\n"))
    assert sheet.rows.iloc[0]["id"] == "b1"


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        pytest.param("", None, None, "empty", id="empty-file"),
        pytest.param(HEADER.replace("figure_text,", "") + "\n", 1, "figure_text",
                     "required column missing", id="missing-column"),
        pytest.param(HEADER.replace("metric", "Metric ") + "\n", 1, "metric",
                     "required column missing", id="renamed-column"),
        pytest.param(HEADER + ",id\n", 1, "id", "twice", id="repeated-column"),
        pytest.param(HEADER + "\nr1,,O,u,en\n", 2, None, "5 fields but the header has 12",
                     id="short-record"),
        pytest.param(HEADER + "\n" + "r1" + "," * 11 + "\nr2" + "," * 13 + "\n", 3, None,
                     "14 fields", id="long-record-names-its-line"),
    ],
)
def test_broken_sheets_raise_an_error_naming_file_line_and_column(tmp_path, text, line,
                                                                   column, words):
    path = write(tmp_path / "broken.csv", text)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    error = caught.value
    assert error.file.endswith("broken.csv")
    assert error.line == line
    assert error.column == column
    assert words in error.message
    assert str(error).startswith(error.file)


def test_undecodable_bytes_name_their_line(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes((HEADER + "\nr1,,O,u,en,X,t,killed,5,,,caf").encode() + b"\xe9\n")
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.line == 2
    assert "UTF-8" in caught.value.message


def test_a_folder_without_sheets_is_an_error(tmp_path):
    with pytest.raises(SheetError, match="no collection sheet"):
        read_sheets(tmp_path)
