"""What the designer commands say about numbers out of range: the same bounds everywhere,
and the defaults named in --help."""

import pytest

from game.cli.main import main


@pytest.mark.parametrize("day", ["-1", "0"])
def test_play_refuses_a_warp_before_day_one_with_the_bound_day_one(day, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["play", "good_neighbour", "--day", day])
    assert exit_.value.code == 2
    assert "must be 1 to" in capsys.readouterr().err


def test_simulate_help_names_the_default_runs_and_seed(capsys):
    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default 100)" in out and "(default 0)" in out
