from analysis.runner import recover_interrupted


def test_an_interrupted_swap_is_repaired(tmp_path):
    # killed between "old aside" and "new in": only the old folder is left
    (tmp_path / ".old-a-123").mkdir()
    (tmp_path / ".old-a-123" / "report.ipynb").write_text("old a")
    # killed after the swap, before the old copy was deleted
    (tmp_path / "b").mkdir()
    (tmp_path / ".old-b-9").mkdir()
    (tmp_path / ".tmp-c-7").mkdir()
    assert recover_interrupted(tmp_path) == ["restored a from an interrupted run"]
    assert (tmp_path / "a" / "report.ipynb").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    assert recover_interrupted(tmp_path) == []
