"""The teacher's class database: a file named on the command line may be anything, and what
the database holds (nicknames, results) stays with the teacher's account."""

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.cli.main import main


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which a file made without a mode is readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """Another program's SQLite database, named by mistake."""
    path = tmp_path / "notes.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('keep me')")
    db.commit()
    db.close()
    return path


def test_class_report_of_another_programs_database_leaves_it_unchanged(foreign: Path, capsys):
    before = foreign.read_bytes()
    assert main(["class", "report", str(foreign)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert foreign.read_bytes() == before


def test_a_new_class_database_is_readable_by_its_owner_only(tmp_path: Path, umask_022, capsys):
    db = tmp_path / "class.db"
    argv = ["class", "new", "nosedive", "--collect", "192.168.1.20:8765", "--db", str(db)]
    assert main(argv) == 0
    capsys.readouterr()
    assert db.stat().st_mode & 0o777 == 0o600


def test_a_class_database_named_as_a_pipe_is_refused_without_opening_it(tmp_path: Path, capsys):
    pipe = tmp_path / "class.db"
    os.mkfifo(pipe)
    argv = ["class", "new", "nosedive", "--collect", "192.168.1.20:8765", "--db", str(pipe)]
    main(argv)
    assert "not a regular file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.db"]  # no journal beside it
