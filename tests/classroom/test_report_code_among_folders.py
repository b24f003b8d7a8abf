"""A session code typed among the report's folders counts that class only, as the projector
takes it after a ;: it was read as a folder, said 'no such file or folder', and the report
then counted every class in the database."""

from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.cli.main import main
from tests.classroom.conftest import bot_results


def _two_classes(tmp_path: Path, sesame) -> tuple[Path, str]:
    folder = tmp_path / "stick"
    ours, theirs = (make_code(sesame.id, sesame.content_hash, seed) for seed in (7, 8))
    for i in range(3):
        write_results(bot_results(sesame, ours, i), folder / f"ours-{i}.json")
    write_results(bot_results(sesame, theirs, 9), folder / "theirs.json")
    return folder, ours.text


def test_a_code_typed_before_the_folder_reports_that_class_only(tmp_path, sesame, capsys):
    folder, code = _two_classes(tmp_path, sesame)
    assert main(["class", "report", code, str(folder)]) == 0
    captured = capsys.readouterr()
    assert "Sesame Garden: 3 students" in captured.out
    assert "no such file or folder" not in captured.err


def test_a_code_typed_alone_asks_for_the_folder_in_one_line(capsys):
    code = make_code("sesame_garden", "d606d29f" * 8, 1).text
    assert main(["class", "report", code]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(f"citizen-score class report FOLDER --session {code}")


def test_no_folder_at_all_names_the_missing_folder(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["class", "report"])
    assert exc.value.code == 2
    assert "the following arguments are required: FOLDER" in capsys.readouterr().err
