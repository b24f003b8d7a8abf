"""`class new --hide-scores` says the scores are hidden beside the level and seed it prints:
its output was the same as without it, so a teacher could not tell, before the lesson, that
the code on the board would hide the numbers (or that they had left --hide-scores out)."""

from game.cli.main import main


def level_line(capsys, *extra: str) -> str:
    assert main(["class", "new", "nosedive", "--seed", "4", *extra]) == 0
    return next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("Level:"))


def test_a_code_made_with_hide_scores_says_students_see_tiers_only(capsys):
    line = level_line(capsys, "--hide-scores")
    assert line.endswith("seed 4; scores hidden: students play with tiers, not numbers")


def test_a_code_made_without_hide_scores_says_nothing_of_hiding(capsys):
    assert level_line(capsys).endswith("seed 4")
