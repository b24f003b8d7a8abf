"""A class database on a disk that cannot be written (a write-protected USB stick, a
read-only share): a report reads it and writes nothing, never refusing it as "not a class
database" because SQLite could not make its files beside it."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.classroom.gather import gather
from game.cli.main import main


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A small disk of its own, for the test to make read-only (root on Linux only)."""
    disk = tmp_path / "stick"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("making a disk read-only needs root and mount")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)])
    if made.returncode != 0:
        pytest.skip("this system does not let the test mount a disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def write_protect(disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)


def test_a_class_database_on_a_read_only_disk_is_reported(
    stick: Path, class_database: Path, class_results, capsys
):
    copy = stick / "class.db"
    shutil.copy(class_database, copy)
    write_protect(stick)
    found = gather([copy])
    assert (len(found.results), found.problems) == (len(class_results), [])
    assert main(["class", "report", str(copy)]) == 0
    assert f": {len(class_results)} students" in capsys.readouterr().out


def test_class_report_of_an_empty_database_file_writes_nothing_into_it(tmp_path: Path, capsys):
    empty = tmp_path / "class.db"
    empty.touch()
    assert main(["class", "report", str(empty)]) == 1
    assert "no results in" in capsys.readouterr().err
    assert empty.read_bytes() == b""


def test_serving_a_class_database_on_a_read_only_disk_says_so_and_what_to_do(
    stick: Path, class_database: Path, capsys
):
    copy = stick / "class.db"
    shutil.copy(class_database, copy)
    write_protect(stick)
    assert main(["class", "serve", "--port", "1", "--db", str(copy)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the disk is read-only" in err and "--db" in err
    assert "not a class database" not in err
