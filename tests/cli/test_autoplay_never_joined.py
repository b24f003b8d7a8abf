"""autoplay's summary line gives no score to a bot that never joined an opt-in score: it had
none, as the debrief, the class report and simulate say."""

from game.cli.main import main


def test_autoplay_of_a_bot_that_never_joins_sesame_says_so_without_a_score(capsys):
    assert main(["autoplay", "sesame_garden", "--seed", "3", "--strategy", "dissident"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "never joined the score" in line and "score 550" not in line


def test_autoplay_of_a_bot_that_joins_gives_its_score_and_tier(capsys):
    assert main(["autoplay", "sesame_garden", "--seed", "3", "--strategy", "conformist"]) == 0
    assert ": score " in capsys.readouterr().out.splitlines()[0]
