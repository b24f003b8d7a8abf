"""Outputs the system refuses late (a full disk) or early (a link into nowhere, a read-only
disk) are named as the user gave them, and refused before a long run where that can be known."""

import errno
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

import game.cli.common
import game.userfiles
from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """No room for the temp file: the system's error names it, as tempfile raises it."""

    def fail(prefix: str, suffix: str, dir: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", f"{dir}/{prefix}x1y2{suffix}")

    monkeypatch.setattr(game.userfiles.tempfile, "mkstemp", fail)


def last_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 1, out + err
    return err.strip().splitlines()[-1], out


def test_a_simulate_csv_on_a_full_disk_is_named_as_given_not_as_its_temp_file(
    tmp_path: Path, capsys, monkeypatch
):
    disk_full(monkeypatch)
    csv = tmp_path / "runs.csv"
    argv = ["simulate", LEVEL, "--runs", "1", "--workers", "1", "--csv", str(csv)]
    line, _ = last_error(argv, capsys)
    assert line == f"citizen-score simulate: cannot write {csv}: No space left on device"


def test_a_society_png_on_a_full_disk_is_named_as_given_not_as_its_temp_file(
    tmp_path: Path, capsys, monkeypatch
):
    disk_full(monkeypatch)
    png = tmp_path / "curves.png"
    argv = ["society", LEVEL, "--citizens", "100", "--days", "1", "--png", str(png)]
    line, _ = last_error(argv, capsys)
    assert line == f"citizen-score society: cannot write {png}: No space left on device"


def test_an_output_linked_into_a_missing_folder_is_refused_before_the_run(tmp_path: Path, capsys):
    link = tmp_path / "runs.csv"
    link.symlink_to(tmp_path / "nowhere" / "runs.csv")
    argv = ["simulate", LEVEL, "--runs", "1", "--workers", "1", "--csv", str(link)]
    line, out = last_error(argv, capsys)
    assert line.startswith(f"citizen-score simulate: cannot write {link}: no folder")
    assert out == "" and not (tmp_path / "nowhere").exists()


def test_an_output_on_a_read_only_disk_is_refused_before_the_run_and_says_so(
    tmp_path: Path, capsys, monkeypatch
):
    read_only = SimpleNamespace(f_flag=os.ST_RDONLY)
    monkeypatch.setattr(game.cli.common.os, "statvfs", lambda folder: read_only)
    csv = tmp_path / "runs.csv"
    argv = ["simulate", LEVEL, "--runs", "1", "--workers", "1", "--csv", str(csv)]
    line, out = last_error(argv, capsys)
    assert line == f"citizen-score simulate: cannot write {csv}: the disk is read-only"
    assert out == ""


def test_autoplay_results_on_a_full_disk_are_named_on_stderr_not_stdout(
    tmp_path: Path, capsys, monkeypatch
):
    disk_full(monkeypatch)
    results = tmp_path / "r.json"
    argv = ["autoplay", LEVEL, "--results", str(results), "--nickname", "Ana"]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert "results file" not in out
    assert f"Could not save your results file {results}: No space left on device" in err
