"""What the designer commands say about numbers out of range: the same bounds everywhere,
and the defaults named in --help."""

import pytest

from game.cli.main import main


@pytest.mark.parametrize("day", ["-1", "0"])
def test_play_refuses_a_warp_before_day_one_with_the_bound_day_one(day, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["play", "nosedive", "--day", day])
    assert exit_.value.code == 2
    assert "must be 1 to" in capsys.readouterr().err


def test_simulate_help_names_the_default_runs_and_seed(capsys):
    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default 100)" in out and "(default 0)" in out


def test_simulate_offers_the_strategy_a_misspelt_name_was_meant_to_be(capsys):
    assert main(["simulate", "the_list", "--strategy", "randm", "--runs", "1"]) == 2
    assert "did you mean 'random'?" in capsys.readouterr().err


def test_simulate_compare_says_when_b_is_another_level_not_a_version(capsys):
    argv = ["simulate", "the_list", "--compare", "nosedive", "--runs", "1"]
    assert main([*argv, "--strategy", "random"]) == 0
    assert "note: B is the level 'nosedive', not a version of" in capsys.readouterr().out
