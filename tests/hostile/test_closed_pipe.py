"""Output cut short (`| head -1` that has already quit) never stops a command's files from
being written, and is not reported as a file that could not be written."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES


def _with_stdout_closed(argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    read, write = os.pipe()
    os.close(read)  # like `| head -1` that has already quit
    try:
        return subprocess.run(
            [sys.executable, "-m", "game", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)


def test_the_society_command_writes_its_csv_when_its_output_is_cut_short(tmp_path: Path):
    csv = tmp_path / "town.csv"
    argv = ["society", "nosedive", "--citizens", "200", "--days", "3", "--csv", str(csv)]
    done = _with_stdout_closed(argv)
    assert done.returncode == 0 and done.stderr == b""
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 1 + 4


def test_the_simulate_command_writes_its_csv_when_its_output_is_cut_short(tmp_path: Path):
    csv = tmp_path / "runs.csv"
    level = str(FIXTURES / "all_features.yaml")
    argv = ["simulate", level, "--runs", "3", "--strategy", "random", "--csv", str(csv)]
    done = _with_stdout_closed(argv)
    assert done.returncode == 0 and done.stderr == b""
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 1 + 3
