"""simulate plays seeds S .. S+N-1: past the largest seed a record or autoplay takes, a run
found in its CSV could never be played again, so the range is refused before playing."""

from game.cli.main import main
from game.core.seeds import MAX_SEED
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def test_runs_that_would_pass_the_largest_seed_are_refused_with_the_seed_to_use(capsys):
    argv = ["simulate", LEVEL, "--runs", "2", "--seed", str(MAX_SEED), "--strategy", "random"]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and f"use --seed {MAX_SEED - 1} or less" in err


def test_runs_that_end_on_the_largest_seed_are_played(capsys):
    argv = ["simulate", LEVEL, "--runs", "2", "--seed", str(MAX_SEED - 1), "--strategy", "random"]
    assert main(argv) == 0
