"""Files the classroom code writes that hold students' nicknames and results are readable by
their owner only on a shared school computer (POSIX; Windows keeps its own rules): the class
database and the files SQLite keeps beside it, the folder the game makes for it, a database
an older copy of the game made readable by everyone, and a student's results kept in the
computer's temporary folder."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.store import Store
from game.cli.main import main
from tests.classroom.conftest import bot_results
from tests.classroom.test_results_kept_somewhere import finish

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    """The usual umask, under which a file made without a mode is readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def collect_into(db: Path, sesame) -> None:
    code = make_code(sesame.id, sesame.content_hash, 7, collect="192.168.1.20:8765")
    store = Store(db)
    store.add_session(code.text, sesame.id)
    store.add_results(bot_results(sesame, code, 0))
    assert (db.parent / f"{db.name}-wal").is_file()
    files = [db, db.parent / f"{db.name}-wal", db.parent / f"{db.name}-shm"]
    for path in files:
        assert mode(path) == 0o600, path
    store.close()


def test_the_class_database_and_the_files_sqlite_keeps_beside_it_are_owner_only(
    tmp_path: Path, sesame
):
    collect_into(tmp_path / "class.db", sesame)


def test_the_folder_made_for_this_computers_class_database_is_owner_only(
    tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / "home"))
    assert main(["class", "new", "nosedive", "--collect", "192.168.1.20:8765"]) == 0
    capsys.readouterr()
    db = tmp_path / "home" / "classroom" / "class.db"
    assert mode(db) == 0o600
    assert mode(db.parent) == 0o700


def test_a_database_an_older_copy_made_readable_by_everyone_is_made_owner_only_when_used(
    tmp_path: Path, sesame, capsys
):
    db = tmp_path / "class.db"
    Store(db).close()
    db.chmod(0o644)  # as class new made it before its files were private
    argv = ["class", "new", "nosedive", "--collect", "192.168.1.20:8765", "--db", str(db)]
    assert main(argv) == 0
    capsys.readouterr()
    assert mode(db) == 0o600


def test_a_report_leaves_the_mode_of_the_database_it_reads_as_it_was(tmp_path: Path, sesame):
    db = tmp_path / "class.db"
    collect_into(db, sesame)
    db.chmod(0o640)
    Store(db, read_only=True).close()
    assert mode(db) == 0o640


def test_results_kept_in_the_temporary_folder_are_in_a_folder_only_their_student_reads(
    sesame, tmp_path, monkeypatch
):
    home = tmp_path / "home_is_a_file"
    home.write_text("not a folder")
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spare))
    done = finish(sesame)
    assert done.path is not None and done.path.is_relative_to(spare)
    assert mode(done.path) == 0o600
    assert mode(done.path.parent) == 0o700
