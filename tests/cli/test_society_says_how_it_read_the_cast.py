"""`citizen-score society` on a level with one character, tagged by an association rule:
the model gives that tag to every citizen's every friend, the whole town sinks to the
lowest score, and the output used to give no word of why."""

from pathlib import Path

from game.cli.main import main
from game.design.tutorial import level_text


def test_society_names_the_share_of_friends_an_association_rule_counts(tmp_path: Path, capsys):
    path = tmp_path / "level.yaml"
    path.write_text(level_text())
    assert main(["society", str(path), "--citizens", "100", "--days", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == [
        "association rules, as the model reads the level's characters:",
        "  noisy_friend: 1 of 2 characters tagged noisy, so it counts 50% of all friends",
    ]


def test_society_says_nothing_of_the_cast_without_a_tagged_association_rule(tmp_path: Path, capsys):
    path = tmp_path / "level.yaml"
    path.write_text(level_text().replace("    tags: [noisy]\n    delta: -4\n", "    delta: -4\n"))
    assert main(["society", str(path), "--citizens", "100", "--days", "2"]) == 0
    assert "association rules" not in capsys.readouterr().out
