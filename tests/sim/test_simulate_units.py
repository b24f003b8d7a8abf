"""simulate on a score the game shows with decimals says its numbers are the file's units,
so a designer reading 486 knows players see 4.86 and edits 486."""

import pytest

from game.cli.main import main
from game.paths import PROJECT_ROOT

GIG = PROJECT_ROOT / "levels" / "gig_street.yaml"
UNITS = "scores are in the level file's units: players see 500 as 5.00 (score.decimals: 2)"


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["simulate", *args]) == 0
    return capsys.readouterr().out


def test_the_table_of_a_score_with_decimals_says_its_numbers_are_the_files_units(capsys):
    assert _out(capsys, str(GIG), "--runs", "2", "--strategy", "random").splitlines()[1] == UNITS


def test_a_sweep_of_a_score_with_decimals_says_so_too(capsys):
    out = _out(
        capsys, str(GIG), "--runs", "2", "--strategy", "random", "--set", "score.start=470,480"
    )
    assert out.splitlines()[1] == UNITS


def test_a_whole_number_score_has_no_units_line(capsys):
    level = str(PROJECT_ROOT / "levels" / "fico_country.yaml")
    assert "level file's units" not in _out(capsys, level, "--runs", "2", "--strategy", "random")
