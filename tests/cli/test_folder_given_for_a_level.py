"""A designer names their levels folder where one level file is wanted (`play levels
--watch`): the message named the folder only, not the files in it to give instead."""

from pathlib import Path

from game.cli.main import main
from game.design.tutorial import level_text


def test_a_folder_given_to_simulate_lists_the_level_files_it_holds(tmp_path: Path, capsys):
    (tmp_path / "b.yaml").write_text(level_text())
    (tmp_path / "a.yaml").write_text(level_text())
    (tmp_path / "notes.txt").write_text("x")
    assert main(["simulate", str(tmp_path), "--runs", "1"]) != 0
    err = capsys.readouterr().err
    assert f"{tmp_path}: a folder, not a level file (give one of its files: a.yaml, b.yaml)" in err


def test_a_folder_with_no_level_file_says_so(tmp_path: Path, capsys):
    assert main(["society", str(tmp_path)]) != 0
    assert "a folder, not a level file (it holds no .yaml file)" in capsys.readouterr().err
