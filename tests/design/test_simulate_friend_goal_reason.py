"""`simulate` says why a goal that needs a friend was missed: the bot cut them, or never
added someone who was not a friend at the start, so the designer knows which weight to look at."""

from game.cli.main import main


def missed_line(capsys, path, strategy: str) -> str:
    assert main(["simulate", str(path), "--strategy", strategy, "--runs", "10"]) == 0
    out = capsys.readouterr().out
    return next(line for line in out.splitlines() if "goal keep_jun missed" in line)


def test_a_friend_the_bot_cut_is_said_to_be_unfriended(capsys, write_level, tutorial_text):
    line = missed_line(capsys, write_level(tutorial_text), "random")
    assert line.endswith("not is_friend: jun (unfriended)"), line


def test_a_stranger_the_bot_never_added_is_said_to_be_never_befriended(
    capsys, write_level, tutorial_text
):
    old = "met_if: {is_friend: jun}"
    assert old in tutorial_text
    path = write_level(tutorial_text.replace(old, "met_if: {is_friend: mrs_lam}", 1))
    line = missed_line(capsys, path, "conformist")
    assert line.endswith("not is_friend: mrs_lam (never befriended)"), line
