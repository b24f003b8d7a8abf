"""Output cut short (`| head -1` that has already quit) never stops a command's files from
being written, and is not reported as a file that could not be written."""

from pathlib import Path

from tests.conftest import FIXTURES, run_with_stdout_closed


def test_the_society_command_writes_its_csv_when_its_output_is_cut_short(tmp_path: Path):
    csv = tmp_path / "town.csv"
    argv = ["society", "nosedive", "--citizens", "200", "--days", "3", "--csv", str(csv)]
    done = run_with_stdout_closed(argv)
    assert done.returncode == 0 and done.stderr == b""
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 1 + 4


def test_the_simulate_command_writes_its_csv_when_its_output_is_cut_short(tmp_path: Path):
    csv = tmp_path / "runs.csv"
    level = str(FIXTURES / "all_features.yaml")
    argv = ["simulate", level, "--runs", "3", "--strategy", "random", "--csv", str(csv)]
    done = run_with_stdout_closed(argv)
    assert done.returncode == 0 and done.stderr == b""
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 1 + 3
