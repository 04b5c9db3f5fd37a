import pandas as pd
import pytest

from analysis.core.tables import escape_cell, read_csv_table, to_csv_text, unescape_cell


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
        ("+1,500", "'+1,500"),
        ("-47", "'-47"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=already quoted", "''=already quoted"),
        ("it's fine", "it's fine"),
        ("'quoted'", "'quoted'"),
        ("more than 3,000", "more than 3,000"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised_and_reversible(cell, written):
    assert escape_cell(cell) == written
    assert unescape_cell(escape_cell(cell)) == cell


def test_tables_round_trip_with_types(tmp_path):
    table = pd.DataFrame({"text": ["=1+1", "ok"], "n": [3000.0, float("nan")],
                          "x": [2.5, 1e6], "i": [2, 3], "b": [True, False]})
    text = to_csv_text(table)
    assert text.splitlines() == ["text,n,x,i,b", "'=1+1,3000,2.5,2,true", "ok,,1000000,3,false"]
    path = tmp_path / "t.csv"
    path.write_text(text)
    back = read_csv_table(path, numbers=("n", "x"), integers=("i",), booleans=("b",))
    pd.testing.assert_frame_equal(back, table)
