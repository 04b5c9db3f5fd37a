from pathlib import Path

import pytest

from analysis.core import paths
from analysis.core.errors import SheetError
from analysis.ledger.sheets import SHEET_COLUMNS, read_sheet, read_sheets, sheet_paths

HEADER = (
    "id,published,outlet,url,language,attributed_to,subject,metric,figure_text,"
    "period_text,location_text,note"
)


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
    write(
        raw_claims_copy / "aaa_new.csv",
        HEADER + "\nn001,,Outlet,https://example.org/a,en,Someone,troops,deployed,12,,,\n",
    )
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
    text = (
        HEADER + "\n"
        'a1,,O,https://e.org/1,en,X,t,killed,5,,,"a note\nover two lines"\n'
        "a2,,O,https://e.org/2,en,X,t,killed,6,,,\n"
    )
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
        pytest.param(
            HEADER.replace("figure_text,", "") + "\n",
            1,
            "figure_text",
            "required column missing",
            id="missing-column",
        ),
        pytest.param(
            HEADER.replace("metric", "Metric ") + "\n",
            1,
            "metric",
            "required column missing",
            id="renamed-column",
        ),
        pytest.param(HEADER + ",id\n", 1, "id", "twice", id="repeated-column"),
        pytest.param(
            HEADER + '\nr1,,O,"u,en\nr2,,O,u,en' + "," * 7 + "\n",
            2,
            None,
            "a quote opened there is probably never closed",
            id="unbalanced-quote",
        ),
        pytest.param("\n\n", None, None, "empty", id="only-blank-lines"),
        pytest.param(
            "id;outlet\nx;y\n",
            1,
            "published",
            "required column missing",
            id="semicolon-missing-column",
        ),
    ],
)
def test_broken_sheets_raise_an_error_naming_file_line_and_column(
    tmp_path, text, line, column, words
):
    path = write(tmp_path / "broken.csv", text)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    error = caught.value
    assert error.file.endswith("broken.csv")
    assert error.line == line
    assert error.column == column
    assert words in error.message
    assert str(error).startswith(error.file)


def test_records_with_the_wrong_number_of_fields_are_rejected_with_their_line(tmp_path):
    text = HEADER + "\nr1,,O,u,en\n" + "r2" + "," * 11 + "\n" + "r3" + "," * 13 + "\n"
    sheet = read_sheet(write(tmp_path / "s.csv", text))
    assert sheet.rows["id"].tolist() == ["r2"]
    assert sheet.rejected["line"].tolist() == [2, 4]
    assert sheet.rejected["reason"].tolist() == [
        "this record has 5 fields but the header has 12",
        "this record has 14 fields but the header has 12",
    ]
    assert sheet.rejected["raw"].iloc[0] == "r1,,O,u,en"
    assert sheet.records == 3


def test_blank_rows_that_spreadsheets_append_are_skipped_and_counted(tmp_path):
    text = HEADER + "\nr1" + "," * 11 + "\n" + "," * 11 + "\n\n"
    sheet = read_sheet(write(tmp_path / "s.csv", text))
    assert sheet.rows["id"].tolist() == ["r1"]
    assert sheet.blank_lines == 2  # the delimiter-only row and the empty line


ROW_RU = "r1,2025-01-02,РБК,https://rbc.ru/a,ru,Генштаб,военные,killed,более 3 тысяч,,,заметка"
ROW_DE = (
    "r1,2025-01-02,Die Zeit,https://zeit.de/a,de,Größe,Soldaten,killed,über 3.000,,,schätzungsweise"
)
ROW_FR = (
    "r1,2025-01-02,Le Monde,https://lemonde.fr/a,fr,État-major,soldats,killed,près de 3 000,,,"
    "à Koursk"
)


@pytest.mark.parametrize(
    ("text", "encoding", "detected", "figure"),
    [
        pytest.param(HEADER + "\n" + ROW_DE + "\n", "utf-8", "utf-8", "über 3.000", id="utf-8"),
        pytest.param(
            HEADER + "\n" + ROW_DE + "\n", "utf-8-sig", "utf-8-sig", "über 3.000", id="utf-8-bom"
        ),
        pytest.param(
            HEADER + "\r\n" + ROW_RU + "\r\n",
            "utf-16",
            "utf-16",
            "более 3 тысяч",
            id="utf-16-bom-excel-unicode",
        ),
        pytest.param(
            HEADER + "\n" + ROW_RU + "\n",
            "utf-16-le",
            "utf-16-le",
            "более 3 тысяч",
            id="utf-16-le-without-bom",
        ),
        pytest.param(
            HEADER + "\r\n" + ROW_RU + "\r\n",
            "cp1251",
            "cp1251",
            "более 3 тысяч",
            id="cp1251-cyrillic-windows",
        ),
        pytest.param(
            HEADER + "\n" + ROW_DE + "\n",
            "cp1252",
            "cp1252",
            "über 3.000",
            id="cp1252-western-windows",
        ),
        pytest.param(
            HEADER + "\n" + ROW_FR + "\n",
            "latin-1",
            "cp1252",
            "près de 3 000",
            id="latin-1-read-as-its-superset",
        ),
    ],
)
def test_excel_encodings_are_detected(tmp_path, text, encoding, detected, figure):
    sheet = read_sheet(write(tmp_path / "s.csv", text, encoding))
    assert sheet.encoding == detected
    assert sheet.rows["figure_text"].tolist() == [figure]
    assert sheet.rows["line"].tolist() == [2]


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_excel_delimiters_are_detected(tmp_path, delimiter):
    row = [
        "r1",
        "2025-01-02",
        "Spiegel",
        "https://spiegel.de/a",
        "de",
        "Kyjiw",
        "Soldaten",
        "killed",
        "1.500, vielleicht mehr",
        "",
        "",
        "",
    ]
    text = HEADER.replace(",", delimiter) + "\n" + delimiter.join(row) + "\n"
    sheet = read_sheet(write(tmp_path / "s.csv", text))
    assert sheet.delimiter == delimiter
    assert sheet.rows["figure_text"].tolist() == ["1.500, vielleicht mehr"]


def test_mixed_line_endings_keep_every_row_and_line(tmp_path):
    text = HEADER + "\r\n" + "a1" + "," * 11 + "\n" + "a2" + "," * 11 + "\r" + "a3" + "," * 11
    sheet = read_sheet(write(tmp_path / "s.csv", text))
    assert sheet.rows["id"].tolist() == ["a1", "a2", "a3"]
    assert sheet.rows["line"].tolist() == [2, 3, 4]


def test_an_oversized_sheet_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import analysis.ledger.sheets as sources

    monkeypatch.setattr(sources, "MAX_SHEET_BYTES", 1000)
    path = write(tmp_path / "big.csv", HEADER + "\n" + ("r" + "," * 11 + "\n") * 200)
    with pytest.raises(SheetError, match="over the limit of 1,000 bytes"):
        read_sheet(path)


def test_a_folder_without_sheets_is_an_error(tmp_path):
    with pytest.raises(SheetError, match="no collection sheet"):
        read_sheets(tmp_path)
