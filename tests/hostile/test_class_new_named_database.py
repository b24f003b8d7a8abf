"""`class new --collect ... --db FILE` registers the code in FILE: a file that is no class
database (a results file, a folder) gets no code, rather than a code on the board whose
serve and report commands fail on that file."""

from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


@pytest.mark.parametrize("kind", ["a JSON file", "a folder"])
def test_class_new_refuses_a_named_database_that_is_no_class_database(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = tmp_path / "results.json"
    if kind == "a folder":
        db.mkdir()
    else:
        db.write_text('{"kind": "citizen-score-results"}\n')
    argv = ["class", "new", LEVEL, "--collect", "192.168.1.20:8765", "--db", str(db)]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    (line,) = err.splitlines()
    assert f"--db {db}: not a class database" in line and "no code made" in line
    assert db.is_dir() or db.read_text() == '{"kind": "citizen-score-results"}\n'


def test_class_new_makes_a_named_database_that_does_not_exist_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = tmp_path / "class.db"
    assert main(["class", "new", LEVEL, "--collect", "192.168.1.20:8765", "--db", str(db)]) == 0
    assert "Session code: CS-" in capsys.readouterr().out and db.is_file()
