"""`simulate --set` sweeps one number and --compare plays one B: a second of either is refused
before anything is played, rather than replacing the first without a word."""

from game.cli.main import main
from tests.conftest import FIXTURES


def test_a_second_set_is_refused_in_one_line_before_playing(capsys):
    level = str(FIXTURES / "all_features.yaml")
    argv = [
        "simulate",
        level,
        "--runs",
        "1",
        "--set",
        "score.start=400",
        "--set",
        "score.start=500",
    ]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--set once" in err


def test_a_second_other_compare_is_refused_in_one_line_before_playing(capsys):
    level = str(FIXTURES / "all_features.yaml")
    argv = ["simulate", level, "--runs", "1", "--compare", level, "--compare", "sesame_garden"]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--compare once" in err
