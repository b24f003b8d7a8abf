"""Folders given to validate and lint: a whole disk is refused in one line instead of walked
for minutes, hidden folders are not levels, and a folder that vanishes mid-walk is skipped."""

import os
import shutil
from pathlib import Path

import game.core.content.loader as loader
from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = FIXTURES / "all_features.yaml"


def test_a_folder_with_more_names_than_the_limit_is_one_line_and_exit_2(
    tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.setattr(loader, "MAX_FOLDER_ENTRIES", 30)
    for n in range(40):
        (tmp_path / f"notes{n}.txt").write_text("x")
    assert main(["validate", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"citizen-score validate: {tmp_path}: more than 30 files and folders inside;"
        " give the level files, or a folder that holds fewer\n"
    )


def test_lint_of_a_folder_past_the_limit_is_refused_too(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FOLDER_ENTRIES", 3)
    for n in range(5):
        shutil.copy(LEVEL, tmp_path / f"level{n}.yaml")
    assert main(["lint", str(tmp_path)]) == 2
    assert "more than 3 files and folders inside" in capsys.readouterr().err


def test_level_files_in_hidden_folders_are_not_checked(tmp_path: Path, capsys):
    shutil.copy(LEVEL, tmp_path / "level.yaml")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "port.yaml").write_text("- not a level\n")
    assert main(["validate", str(tmp_path)]) == 0
    assert "port.yaml" not in capsys.readouterr().out


def test_a_folder_that_vanishes_while_it_is_walked_is_skipped(tmp_path: Path, capsys, monkeypatch):
    shutil.copy(LEVEL, tmp_path / "level.yaml")
    (tmp_path / "gone").mkdir()
    real_scandir = os.scandir

    def scandir(path=".") -> object:  # as /proc/PID/task/TID does when its task ends
        if os.fspath(path).endswith("gone"):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.endswith("level.yaml: OK\n")


def test_a_folder_reached_again_through_a_link_is_walked_once(tmp_path: Path, capsys):
    shutil.copy(LEVEL, tmp_path / "level.yaml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    assert main(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count("OK") == 1


def test_the_shipped_levels_folder_is_still_expanded(capsys):
    assert main(["validate", str(Path(loader.__file__).parents[3] / "levels")]) == 0
    assert "the_list.yaml: OK" in capsys.readouterr().out
