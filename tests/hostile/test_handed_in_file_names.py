"""A handed-in file's name is the student's: an escape sequence, a line break or a
right-to-left mark in it is shown written out in the teacher's report lines, never sent to
the terminal, and each problem stays on one line."""

import json
from pathlib import Path

import pytest

from game.cli.main import main


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("red\x1b[31m.json", "red\\x1b[31m.json"),
        ("two\nlines.json", "two\\x0alines.json"),
        ("\u202eevil.json", "\\u202eevil.json"),
    ],
)
def test_a_hostile_file_name_in_a_class_folder_is_shown_written_out(
    name: str, shown: str, tmp_path: Path, results: dict, capsys
):
    folder = tmp_path / "handed-in"
    folder.mkdir()
    (folder / "fine.json").write_text(json.dumps(results))
    (folder / name).write_text("{}")
    capsys.readouterr()
    assert main(["class", "report", str(folder)]) == 0
    err = capsys.readouterr().err
    assert shown in err and name not in err and err.count("\n") == 1
