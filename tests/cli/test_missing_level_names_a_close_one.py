"""A designer mistypes the level's file name or a shipped level's id: the hint listed the
shipped level ids whatever was typed, even for a file one letter away in the same folder."""

from pathlib import Path

from game.cli.main import main
from game.design.tutorial import level_text


def test_a_mistyped_file_name_suggests_the_file_beside_it(tmp_path: Path, capsys, monkeypatch):
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "pick_rate.yaml").write_text(level_text())
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "levels/pick_rat.yaml"]) == 1
    assert capsys.readouterr().err == (
        "citizen-score validate: no level file or level id 'levels/pick_rat.yaml' "
        "(did you mean 'levels/pick_rate.yaml'?)\n"
    )


def test_a_file_in_a_folder_that_is_not_there_says_the_folder_is_missing(
    tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(["simulate", "lvls/mine.yaml"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "citizen-score simulate: no level file or level id 'lvls/mine.yaml' "
        "(there is no folder 'lvls' here)\n"
    )


def test_a_mistyped_shipped_id_suggests_the_shipped_level(capsys):
    assert main(["society", "nosedve"]) == 1
    assert "(did you mean 'nosedive'?)" in capsys.readouterr().err
